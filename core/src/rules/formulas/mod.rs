//! F801..F806: the formulas of a table's columns against each other. In a column whose
//! rows compute the same thing, the formulas share one pattern (`=P15+S15+V15+Y15`,
//! `=P16+S16+V16+Y16`): a formula that points at another row, a number typed into a formula
//! where a cell reference belongs, or a number typed over a formula stand out. Each is
//! reported at its cell with the column's pattern, moved to that row, as the expected
//! formula. These rules read the cells, not the columns rakit mapped, so they hold on every
//! form, including tables whose layout rakit doubts.

pub(crate) mod f801;
pub(crate) mod f802;
pub(crate) mod f803;
pub(crate) mod f804;
pub(crate) mod f805;
pub(crate) mod f806;

use std::collections::HashMap;

use crate::formula::{
    added_cells, references, relative_form, shape, shift_formula, typed_operands,
};

use crate::read::Sheet;
use crate::rules::{Finding, RuleId};

/// How many formulas with one pattern make it the column's.
const PATTERN_MIN: usize = 3;

/// One formula of a column.
struct Entry<'a> {
    row: u32,
    formula: &'a str,
    form: String,
}

/// Checks the formulas of every table column of a sheet.
pub(super) fn check(cx: &crate::rules::RuleContext, out: &mut Vec<Finding>) {
    let (Some(sheet), sm) = (cx.sheet, cx.model) else {
        return;
    };
    blank_polarities(sheet, out);
    let own = own_figures(sm);
    for t in &sm.tables {
        let (first, last) = (t.first_row, t.last_row);
        // a column of cards holds another figure on each line of a card (`Realisasi`
        // worked out of its `Pembilang` and `Penyebut`, `Capaian` of the two lines above):
        // its lines of one label are its columns
        let labels = t.qcols.get(crate::layout::CARD_LABELS).copied();
        let line = |row: u32| -> String {
            labels
                .and_then(|lc| sheet.get(row, lc))
                .map(|c| crate::text::norm(&c.value.as_text()))
                .unwrap_or_default()
        };
        let mut columns: HashMap<(u32, String), Vec<Entry<'_>>> = HashMap::new();
        let mut numbers: HashMap<(u32, String), Vec<u32>> = HashMap::new();
        let header = crate::layout::HeaderTexts::of(sheet, &t.header_rows);
        for row in first..=last {
            // the header again on a new page, and its numbering row, are no data
            if crate::layout::is_numbering_row(sheet, row) || header.repeated_at(sheet, row) {
                continue;
            }
            for cell in sheet.row(row) {
                match cell.formula.as_deref() {
                    Some(f) if f != "?" => {
                        columns
                            .entry((cell.col, line(row)))
                            .or_default()
                            .push(Entry {
                                row,
                                formula: f,
                                form: relative_form(f, row, cell.col),
                            })
                    }
                    Some(_) => {}
                    None => {
                        if matches!(cell.value, crate::read::Raw::Number(_)) {
                            numbers.entry((cell.col, line(row))).or_default().push(row);
                        }
                    }
                }
            }
        }
        let mut cols: Vec<_> = columns.into_iter().collect();
        cols.sort_by(|(a, _), (b, _)| a.cmp(b));
        for (key, entries) in cols {
            check_column(sheet, key.0, &entries, numbers.get(&key), &own, out);
        }
    }
}

/// Blank polarity cells that formulas of the sheet branch on (F804): one finding per cell.
fn blank_polarities(sheet: &Sheet, out: &mut Vec<Finding>) {
    let mut seen: Vec<(u32, u32)> = Vec::new();
    for cell in &sheet.cells {
        let Some(f) = cell.formula.as_deref() else {
            continue;
        };
        if !f.contains('"') {
            continue;
        }
        for at in f804::polarity_tests(f) {
            let blank = sheet
                .get(at.0, at.1)
                .is_none_or(|c| c.value.text().trim().is_empty());
            if blank && !seen.contains(&at) {
                seen.push(at);
                out.push(f804::finding(&sheet.name, at, (cell.row, cell.col), f));
            }
        }
    }
}

/// The stated % cells whose formula refers to exactly the target and the realisasi rakit read
/// for them, in either order (`=I36/I37*100` where an indicator's Realisasi row comes before
/// its Target row): right, whatever pattern the column's other formulas share.
fn own_figures(sm: &crate::model::SheetModel) -> std::collections::HashSet<(u32, u32)> {
    let mut own = std::collections::HashSet::new();
    for c in sm.checks() {
        let Some(f) = c.stated.formula.as_deref() else {
            continue;
        };
        let mut refs: Vec<(u32, u32)> = references(f)
            .into_iter()
            .filter(|r| r.sheet.is_none())
            .map(|r| (r.row, r.col))
            .collect();
        refs.sort_unstable();
        refs.dedup();
        let mut figures = vec![
            (c.target.row, c.target.col),
            (c.realisasi.row, c.realisasi.col),
        ];
        figures.sort_unstable();
        figures.dedup();
        if refs == figures {
            own.insert((c.stated.row, c.stated.col));
        }
    }
    own
}

fn check_column(
    sheet: &Sheet,
    col: u32,
    entries: &[Entry<'_>],
    typed: Option<&Vec<u32>>,
    own: &std::collections::HashSet<(u32, u32)>,
    out: &mut Vec<Finding>,
) {
    let pattern = dominant(entries);
    for e in entries {
        let expected = pattern.and_then(|p| moved(p, e.row));
        let constants = typed_operands(e.formula);
        if !constants.is_empty() {
            // a number where the column's pattern has a reference
            let pattern_constants = pattern.is_some_and(|p| !typed_operands(p.formula).is_empty());
            if !pattern_constants {
                out.push(f802::finding(
                    &sheet.name,
                    e.row,
                    col,
                    e.formula,
                    &constants,
                    expected.as_deref(),
                ));
                continue;
            }
        }
        let Some(p) = pattern else {
            continue;
        };
        if e.form == p.form {
            continue;
        }
        // the same formula but for the rows its references point at (F801), or on the same
        // row for the columns (F806); the same cells in another order (`=E7/F7*100` among
        // `=F6/E6*100`: a lower-is-better indicator's target over realisasi) are a formula
        // of its own, not a column off
        let same_shape = shape(e.formula) == shape(p.formula);
        let off = if same_shape && rows_blind(&e.form) == rows_blind(&p.form) {
            Some(RuleId::F801)
        } else if same_shape
            && cols_blind(&e.form) == cols_blind(&p.form)
            && !expected
                .as_deref()
                .is_some_and(|x| same_cells(e.formula, x))
        {
            Some(RuleId::F806)
        } else {
            None
        };
        // a % worked out of its own indicator's target and realisasi is off no row
        if off.is_some() && own.contains(&(e.row, col)) {
            continue;
        }
        if let Some(id) = off {
            let expected = expected.as_deref().unwrap_or("");
            out.push(if id == RuleId::F801 {
                f801::finding(&sheet.name, e.row, col, e.formula, expected)
            } else {
                f806::finding(&sheet.name, e.row, col, e.formula, expected)
            });
            continue;
        }
        // a sum that leaves out some of the cells the column's sums add up
        if let Some(expected) = expected.as_deref() {
            if let Some(missing) = left_out(e.formula, expected) {
                let blank = missing.iter().all(|&(r, c)| {
                    sheet.get(r, c).is_none_or(|cell| match &cell.value {
                        crate::read::Raw::Number(n) => n.is_zero(),
                        v => v.text().trim().is_empty(),
                    })
                });
                out.push(f805::finding(
                    &sheet.name,
                    (e.row, col),
                    e.formula,
                    &missing,
                    blank,
                    expected,
                ));
            }
        }
    }
    // numbers typed among the column's formulas
    if let (Some(p), Some(typed)) = (pattern, typed) {
        let following = entries.iter().filter(|e| e.form == p.form).count();
        let rows: Vec<u32> = entries.iter().map(|e| e.row).collect();
        let (lo, hi) = (rows.iter().min().copied(), rows.iter().max().copied());
        if following >= 4 && following * 10 >= (entries.len() + typed.len()) * 7 {
            for &row in typed {
                // only inside the run of formulas, not in a total row below it
                if lo.is_some_and(|lo| row > lo) && hi.is_some_and(|hi| row < hi) {
                    // the pattern cannot compute a row whose cells it reads hold words (a
                    // grade `BB`, a `-`): the number typed there is the only way
                    let computable = |expected: &str| {
                        crate::formula::references(expected).iter().all(|r| {
                            r.sheet.is_some()
                                || !sheet.get(r.row, r.col).is_some_and(|c| {
                                    matches!(&c.value, crate::read::Raw::Text(t) if !t.trim().is_empty())
                                })
                        })
                    };
                    if let Some(expected) = moved(p, row).filter(|e| computable(e)) {
                        out.push(f803::finding(&sheet.name, row, col, sheet, &expected));
                    }
                }
            }
        }
    }
}

/// The cells an additive formula leaves out of the additive formula its column expects on
/// its row: `None` unless it adds at least two of them and nothing else.
fn left_out(formula: &str, expected: &str) -> Option<Vec<(u32, u32)>> {
    let has = added_cells(formula)?;
    let wants = added_cells(expected)?;
    if has.len() < 2 || has.len() >= wants.len() || has.iter().any(|c| !wants.contains(c)) {
        return None;
    }
    Some(wants.into_iter().filter(|c| !has.contains(c)).collect())
}

/// Whether two formulas refer to the same cells, in whatever order.
fn same_cells(a: &str, b: &str) -> bool {
    let cells = |f: &str| {
        let mut v: Vec<_> = references(f)
            .into_iter()
            .map(|r| (r.sheet, r.row, r.col))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    cells(a) == cells(b)
}

/// The column's pattern: the relative form most of its formulas share.
fn dominant<'a, 'b>(entries: &'b [Entry<'a>]) -> Option<&'b Entry<'a>> {
    let mut tally: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        tally.entry(e.form.as_str()).or_insert((0, i)).0 += 1;
    }
    let (_, (count, first)) = tally
        .into_iter()
        .max_by_key(|(_, (n, i))| (*n, usize::MAX - i))?;
    (count >= PATTERN_MIN && count * 2 >= entries.len()).then(|| &entries[first])
}

/// The pattern's formula as it reads in another row.
fn moved(p: &Entry<'_>, row: u32) -> Option<String> {
    let f = shift_formula(p.formula, row as i64 - p.row as i64, 0);
    (!f.contains("#REF!")).then_some(f)
}

/// The finding of a formula that points at another row or column than its column's
/// pattern (F801, F806): its own texts, the formula as found and the pattern as expected.
fn off_reference(
    id: RuleId,
    (finding, help): (&'static crate::i18n::Text, &'static crate::i18n::Text),
    sheet: &str,
    (row, col): (u32, u32),
    formula: &str,
    expected: &str,
) -> Finding {
    let cell = crate::read::cell_name(row, col);
    Finding::new(
        id,
        sheet,
        row,
        col,
        crate::i18n::Message::new(finding)
            .arg("formula", formula)
            .arg("expected", expected),
        crate::i18n::Message::new(help).arg("cell", cell.as_str()),
    )
    .found(format!("={formula}"))
    .expected(format!("={expected}"))
}

/// A relative form with the row offsets left out: `R[0]C[-2]` and `R[1]C[-2]` alike.
fn rows_blind(form: &str) -> String {
    offsets_blind(form, 'R')
}

/// A relative form with the column offsets left out: `R[0]C[-2]` and `R[0]C[-3]` alike.
fn cols_blind(form: &str) -> String {
    offsets_blind(form, 'C')
}

/// A relative form with the offsets after `axis` (`R` or `C`) left out.
fn offsets_blind(form: &str, axis: char) -> String {
    let mut out = String::with_capacity(form.len());
    let mut chars = form.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == axis && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d == ']' {
                    break;
                }
            }
            out.push_str("[]");
        }
    }
    out
}
