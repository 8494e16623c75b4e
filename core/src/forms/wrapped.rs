//! Names that wrap into the row below: a clerk who does not wrap text in its cell types the
//! rest of a long name into the next row's cell (`Persentase nilai transaksi e-katalog
//! terhadap` over `total belanja pengadaan barang/jasa`), a row with no figure of its own.
//! Its text is the rest of the indicator's name, for every form alike. A rest that starts
//! with a capital joins where the code it ends with abbreviates words on both sides of the
//! break (`Jumlah perpanjangan Izin Penggunaan` over `Tanah Makam (IPTM)`).

use crate::model::SheetModel;
use crate::read::{Raw, Sheet};

/// Words a name does not end with: where a name cell ends in one, its rest is below.
const OPEN_ENDS: [&str; 19] = [
    "yang", "terhadap", "pada", "di", "dan", "atau", "dengan", "untuk", "dalam", "oleh", "ke",
    "dari", "bagi", "serta", "melalui", "sesuai", "atas", "antara", "&",
];

/// Joins to each indicator's name the rows below its name cell that hold its rest: a row
/// whose only cell is text in the name's column, that no indicator of the sheet starts at,
/// and that either starts with a small letter (`bersertifikat kompetensi`), follows a name
/// left open (`… yang`, `… terhadap`), or ends with a code in brackets whose letters start
/// the words before it on both sides of the break ([`code_spans`]). A row that starts with a capital after a name that
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
        if !(small || open && letter || code_spans(so_far, rest)) {
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

/// Whether `rest` ends with a code in brackets (`Tanah Makam (IPTM)`) whose letters are the
/// initials of the words before it, read across the break from `name` (`… Izin Penggunaan`):
/// one term cut in two, not a second name.
fn code_spans(name: &str, rest: &str) -> bool {
    let Some(code) = rest
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .map(|(_, c)| c.trim())
    else {
        return false;
    };
    if !(2..=8).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words = |t: &str| -> Vec<char> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let before = rest.rsplit_once('(').map_or("", |(b, _)| b);
    let (tail, head) = (words(before), words(name));
    let n = code.len();
    // the code's letters from the rest's words, then from the name's last words
    if tail.is_empty() || tail.len() >= n || head.len() < n - tail.len() {
        return false;
    }
    head[head.len() - (n - tail.len())..]
        .iter()
        .chain(&tail)
        .copied()
        .eq(code.chars())
}

#[cfg(test)]
mod tests {
    use super::code_spans;

    #[test]
    fn a_code_read_across_the_break_joins_a_rest_that_starts_with_a_capital() {
        assert!(code_spans(
            "Jumlah perpanjangan Izin Penggunaan",
            "Tanah Makam (IPTM)"
        ));
        // a code of the rest's own words, or of words not at the break, joins nothing
        assert!(!code_spans("Jumlah izin", "Tanah Makam (TM)"));
        assert!(!code_spans("Jumlah Izin Penggunaan", "Tanah Makam (IPTX)"));
        assert!(!code_spans("Jumlah izin", "Tanah Makam"));
    }
}
