//! E901: cells that hold an error value, on every sheet of the workbook (hidden and helper
//! sheets too): they are read as what they are, not as text that is "not a number".
//! E902: links to other workbooks, one finding per workbook.
//! E903, E904: formulas stored without their results, computed by rakit or not.

pub(crate) mod e901;
pub(crate) mod e902;
pub(crate) mod e903;
pub(crate) mod e904;

use crate::model::OWN_SHEETS;
use crate::read::{cell_name, Raw, Workbook};
use crate::rules::Finding;

/// Error values in cells, one finding per run of the same error down a column.
pub(super) fn check(wb: &Workbook, out: &mut Vec<Finding>) {
    external_links(wb, out);
    unstored(wb, out);
    for sheet in &wb.sheets {
        if OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        // (column, error) → runs of rows
        let mut errors: Vec<(u32, &str, u32)> = sheet
            .cells
            .iter()
            .filter_map(|c| match &c.value {
                Raw::Error(e) => Some((c.col, &**e, c.row)),
                _ => None,
            })
            .collect();
        if errors.is_empty() {
            continue;
        }
        errors.sort();
        let mut i = 0;
        while i < errors.len() {
            let (col, err, first) = errors[i];
            let mut last = first;
            let mut j = i + 1;
            while j < errors.len()
                && errors[j].0 == col
                && errors[j].1 == err
                && errors[j].2 == last + 1
            {
                last = errors[j].2;
                j += 1;
            }
            out.push(e901::finding(sheet, col, err, first, last));
            i = j;
        }
    }
}

/// Links to other workbooks: in formulas (`[1]Sheet1!A1`) and in the package's external
/// link parts; one finding for the workbook.
fn external_links(wb: &Workbook, out: &mut Vec<Finding>) {
    let mut first: Option<(&str, u32, u32)> = None;
    let mut cells = 0;
    let mut in_formulas: Vec<String> = Vec::new();
    for sheet in wb
        .sheets
        .iter()
        .filter(|s| !OWN_SHEETS.contains(&s.name.as_str()))
    {
        for c in &sheet.cells {
            let Some(f) = c.formula.as_deref() else {
                continue;
            };
            if !f.contains('[') {
                continue;
            }
            let books = e902::linked_in_formula(f);
            if books.is_empty() {
                continue;
            }
            cells += 1;
            first.get_or_insert((sheet.name.as_str(), c.row, c.col));
            for b in books {
                if !in_formulas.contains(&b) {
                    in_formulas.push(b);
                }
            }
        }
    }
    let package = wb.external_link_targets();
    // the package names the books; `[1]` alone names only an index
    let books = if package.is_empty() {
        in_formulas
    } else {
        package
    };
    if books.is_empty() {
        return;
    }
    let sheet = first
        .map(|(s, _, _)| s)
        .or_else(|| wb.sheets.first().map(|s| s.name.as_str()))
        .unwrap_or("");
    out.push(e902::finding(
        sheet,
        first.map(|(_, r, c)| (r, c)),
        &books,
        cells,
    ));
}

/// Formulas stored without their results: those rakit computed (E903) and those it could
/// not (E904), one finding of each per sheet.
fn unstored(wb: &Workbook, out: &mut Vec<Finding>) {
    for sheet in wb
        .sheets
        .iter()
        .filter(|s| !s.unstored.is_empty() && !OWN_SHEETS.contains(&s.name.as_str()))
    {
        let (computed, not): (Vec<_>, Vec<_>) = sheet.unstored.iter().partition(|u| u.computed);
        let cells = |us: Vec<&crate::read::compute::Unstored>| -> Vec<(u32, u32)> {
            us.into_iter().map(|u| (u.row, u.col)).collect()
        };
        out.extend(e903::finding(sheet, &cells(computed)));
        out.extend(e904::finding(sheet, &cells(not)));
    }
}

/// One finding for cells of a sheet (E903, E904): at the first, its message counting them
/// and naming them the short way.
fn over_cells(
    id: crate::rules::RuleId,
    text: &'static crate::i18n::Text,
    help: &'static crate::i18n::Text,
    sheet: &crate::read::Sheet,
    cells: &[(u32, u32)],
) -> Option<Finding> {
    let &(row, col) = cells.first()?;
    let list = cell_list(cells);
    Some(Finding::new(
        id,
        &sheet.name,
        row,
        col,
        crate::i18n::Message::new(text)
            .arg("n", cells.len())
            .arg("cells", &list),
        crate::i18n::Message::new(help),
    ))
}

/// Cells named the short way: a run down one column as a range (`G4:G9`), at most five
/// runs, then how many more cells there are.
fn cell_list(cells: &[(u32, u32)]) -> String {
    let mut sorted = cells.to_vec();
    sorted.sort_by_key(|&(r, c)| (c, r));
    let mut runs: Vec<(u32, u32, u32)> = Vec::new();
    for (r, c) in sorted {
        match runs.last_mut() {
            Some((col, _, last)) if *col == c && *last + 1 == r => *last = r,
            _ => runs.push((c, r, r)),
        }
    }
    let shown: Vec<String> = runs
        .iter()
        .take(5)
        .map(|&(c, first, last)| {
            if first == last {
                cell_name(first, c)
            } else {
                format!("{}:{}", cell_name(first, c), cell_name(last, c))
            }
        })
        .collect();
    let in_shown: u32 = runs.iter().take(5).map(|&(_, a, b)| b - a + 1).sum();
    let more = cells.len() as u32 - in_shown;
    if more > 0 {
        format!("{}, +{more}", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
