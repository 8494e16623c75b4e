//! A table of figures by code (`Kode IK | Target 2025 | Realisasi s.d. TW IV | Capaian`)
//! whose indicators' names another sheet of the workbook lists by the same codes (`Daftar
//! IKU`: `Kode | Sasaran / Indikator Kinerja | Satuan`): read as if each code cell held its
//! name, the code column as the `Indikator` one. Every figure keeps its own cell; only the
//! sheet read is named, the workbook is not touched.

use rustc_hash::FxHashMap;

use crate::layout::{classify, Role};
use crate::read::{Raw, Sheet, Workbook};
use crate::text;

/// The rows a table's header is looked for in, from the top.
const HEADER_ROWS: u32 = 30;

/// The fewest codes named for a sheet to be read so.
const FEWEST: usize = 3;

/// `sheet` with each code of its figures' table written as the name another sheet of `wb`
/// lists it by; `None` where the sheet has no such table, or no sheet lists its codes.
pub(super) fn named(wb: &Workbook, sheet: &Sheet) -> Option<Sheet> {
    let (header, code_col) = code_header(sheet, Some(&[Role::Target, Role::Realisasi]))?;
    let names = wb
        .sheets
        .iter()
        .filter(|s| s.name != sheet.name)
        .find_map(|s| listed(s).filter(|n| n.len() >= FEWEST))?;
    let mut cells = sheet.cells.clone();
    let mut found = 0;
    for cell in cells.iter_mut().filter(|c| c.col == code_col) {
        if cell.row == header {
            cell.value = Raw::Text("Indikator".into());
        } else if cell.row > header {
            if let Some(name) = names.get(&code_key(&cell.value.as_text())) {
                cell.value = Raw::Text(name.clone());
                found += 1;
            }
        }
    }
    (found >= FEWEST).then(|| {
        let mut named = Sheet::new(sheet.name.clone(), cells, sheet.merged.clone());
        named.formats_known = sheet.formats_known;
        named.hidden = sheet.hidden;
        named
    })
}

/// The names a sheet lists by code: under a header with a `Kode` column and an `Indikator`
/// one, each code with the name on its row.
fn listed(sheet: &Sheet) -> Option<FxHashMap<String, std::sync::Arc<str>>> {
    let (header, code_col) = code_header(sheet, None)?;
    let name_col = sheet.row(header).iter().find_map(|c| match &c.value {
        Raw::Text(t) if classify(&text::label(t)) == Some(Role::Indikator) => Some(c.col),
        _ => None,
    })?;
    let mut names = FxHashMap::default();
    for cell in sheet
        .cells
        .iter()
        .filter(|c| c.row > header && c.col == code_col)
    {
        let code = code_key(&cell.value.as_text());
        if code.is_empty() {
            continue;
        }
        if let Some(Raw::Text(name)) = sheet.get(cell.row, name_col).map(|c| &c.value) {
            names.insert(code, name.clone());
        }
    }
    Some(names)
}

/// The header row and column of a table's code (`Kode`, `Kode IK`): with the figures'
/// roles `figures` and no `Indikator` column, or (`None`) with an `Indikator` column and
/// neither a target nor a realisasi.
fn code_header(sheet: &Sheet, figures: Option<&[Role]>) -> Option<(u32, u32)> {
    let last = sheet.last_row()?.min(HEADER_ROWS);
    (0..=last).find_map(|r| {
        let row = sheet.row(r);
        let mut code = None;
        let mut roles = Vec::new();
        for c in row {
            let Raw::Text(t) = &c.value else { continue };
            let l = text::label(t);
            if l == "kode" || l.starts_with("kode ") || l == "kd" {
                code = code.or(Some(c.col));
            } else if let Some(role) = classify(&l) {
                roles.push(role);
            }
        }
        let code = code?;
        let fits = match figures {
            Some(need) => {
                need.iter().all(|n| roles.contains(n)) && !roles.contains(&Role::Indikator)
            }
            // a list of names alone: a table of names with figures (a summary pulling them
            // from a sheet of codes by VLOOKUP) is read itself
            None => {
                roles.contains(&Role::Indikator)
                    && !(roles.contains(&Role::Target) || roles.contains(&Role::Realisasi))
            }
        };
        fits.then_some((r, code))
    })
}

/// A code as compared: its letters and digits, upper case (`IKU-01`, `iku 01`: `IKU01`).
fn code_key(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}
