//! Names that wrap into the row below: a clerk who does not wrap text in its cell types the
//! rest of a long name into the next row's cell (`Persentase nilai transaksi e-katalog
//! terhadap` over `total belanja pengadaan barang/jasa`), a row with no figure of its own.
//! Its text is the rest of the indicator's name, for every form alike.

use crate::model::SheetModel;
use crate::read::{Raw, Sheet};

/// Words a name does not end with: where a name cell ends in one, its rest is below.
const OPEN_ENDS: [&str; 19] = [
    "yang", "terhadap", "pada", "di", "dan", "atau", "dengan", "untuk", "dalam", "oleh", "ke",
    "dari", "bagi", "serta", "melalui", "sesuai", "atas", "antara", "&",
];

/// Joins to each indicator's name the rows below its name cell that hold its rest: a row
/// whose only cell is text in the name's column, that no indicator of the sheet starts at,
/// and that either starts with a small letter (`bersertifikat kompetensi`) or follows a name
/// left open (`… yang`, `… terhadap`). A row that starts with a capital after a name that
/// reads whole (a group's title, a note under the table) is not joined.
pub(crate) fn join(sheet: &Sheet, model: &mut SheetModel) {
    let starts: std::collections::HashSet<u32> = model
        .indikator
        .iter()
        .map(|i| i.nama_cell.0)
        .chain(model.triwulan.iter().map(|t| t.nama_cell.0))
        .collect();
    for i in &mut model.indikator {
        if let Some(name) = joined(sheet, &i.nama, i.nama_cell, &starts) {
            i.nama = name.into();
        }
    }
    for t in &mut model.triwulan {
        if let Some(name) = joined(sheet, &t.nama, t.nama_cell, &starts) {
            t.nama = name;
        }
    }
}

/// The name with its rest from the rows below, or `None` where nothing wraps.
fn joined(
    sheet: &Sheet,
    name: &str,
    (row, col): (u32, u32),
    starts: &std::collections::HashSet<u32>,
) -> Option<String> {
    // a merged name cell holds its whole name
    if sheet
        .merge_at(row, col)
        .is_some_and(|m| m.last_row > m.first_row)
    {
        return None;
    }
    let mut out: Option<String> = None;
    let mut at = row;
    loop {
        at = at.checked_add(1)?;
        if starts.contains(&at) {
            break;
        }
        let Some(rest) = rest_at(sheet, at, col) else {
            break;
        };
        let so_far = out.as_deref().unwrap_or(name);
        let open = so_far
            .split_whitespace()
            .last()
            .is_some_and(|w| OPEN_ENDS.iter().any(|o| w.eq_ignore_ascii_case(o)));
        let small = rest.chars().next().is_some_and(char::is_lowercase);
        let letter = rest.chars().next().is_some_and(char::is_alphabetic);
        if !(small || open && letter) {
            break;
        }
        out = Some(format!("{} {}", so_far.trim_end(), rest));
    }
    out
}

/// The text of the cell at `(row, col)` where it is the row's only filled cell, short, and no
/// note (`sumber: BPS`).
fn rest_at(sheet: &Sheet, row: u32, col: u32) -> Option<&str> {
    let cells = sheet.row(row);
    let mut filled = cells.iter().filter(|c| !c.value.is_empty());
    let only = filled.next()?;
    if filled.next().is_some() || only.col != col || sheet.merge_at(row, col).is_some() {
        return None;
    }
    let Raw::Text(t) = &only.value else {
        return None;
    };
    let t = t.trim();
    (!t.is_empty() && t.chars().count() <= 80 && !t.contains(':')).then_some(t)
}
