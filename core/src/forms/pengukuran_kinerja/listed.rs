//! A report that names its indicators in a numbered list (`• (1) Persentase konflik sosial
//! yang terselesaikan`, `2. Jumlah kejadian konflik sosial`) and gives their figures in a
//! table below or beside it whose rows hold only the numbers (`No. | Target | Realisasi |
//! Satuan | Capaian (%)`): each row's name is the list's entry of its number, its cell the
//! entry's cell.

use std::collections::BTreeMap;

use crate::read::{Raw, Sheet};

use crate::text::numbered_entry as entry;

/// The column of a numbered list naming the table's rows: the rows' numbers (`numbers`),
/// each found as an entry of one column above the table's header (`above`), two thirds of
/// them and three at least.
pub(super) fn list_column(sheet: &Sheet, above: u32, numbers: &[u32]) -> Option<u32> {
    if numbers.len() < 3 {
        return None;
    }
    let mut by_col: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for c in sheet.cells.iter().filter(|c| c.row < above) {
        if let Raw::Text(t) = &c.value {
            if let Some((n, _)) = entry(t) {
                by_col.entry(c.col).or_default().push(n);
            }
        }
    }
    by_col.into_iter().find_map(|(col, found)| {
        let named = numbers.iter().filter(|n| found.contains(n)).count();
        (named >= 3 && named * 3 >= numbers.len() * 2).then_some(col)
    })
}

/// The name and the cell of the entry numbered `n` in the list of column `col` above row
/// `above`.
pub(super) fn named(
    sheet: &Sheet,
    col: u32,
    above: u32,
    n: u32,
) -> Option<(std::sync::Arc<str>, (u32, u32))> {
    (0..above)
        .filter_map(|r| sheet.get(r, col))
        .find_map(|c| match &c.value {
            Raw::Text(t) => {
                let (k, name) = entry(t)?;
                (k == n).then(|| (std::sync::Arc::from(name), (c.row, c.col)))
            }
            _ => None,
        })
}
