//! Names written as items under a heading that ends with a colon, the heading holding no
//! figure (`1. Produksi benih sumber tanaman pangan :` over `- Padi`, `- Jagung`): each item
//! is named with its heading (`1. Produksi benih sumber tanaman pangan: Padi`), as the item
//! alone names no indicator, for the annual and the quarterly forms alike. The name's cell
//! stays the item's.

use crate::model::SheetModel;
use crate::read::{Raw, Sheet};

/// The most rows from an item up to its heading (the items between passed over).
const REACH: u32 = 12;

/// The name of the item written at `cell` as `name`, with its heading's words; `None` where
/// the name is no short item under a heading.
fn headed(sheet: &Sheet, cell: (u32, u32), name: &str) -> Option<String> {
    let item = name.trim().strip_prefix(['-', '•', '–'])?.trim();
    let words = item.split_whitespace().count();
    if item.is_empty() || words > 3 {
        return None;
    }
    let (row, col) = cell;
    for r in (row.saturating_sub(REACH)..row).rev() {
        let Some(Raw::Text(t)) = sheet.get(r, col).map(|c| &c.value) else {
            continue;
        };
        let t = t.trim();
        if t.starts_with(['-', '•', '–']) {
            continue;
        }
        let heading = t.strip_suffix(':')?.trim_end();
        return (!heading.is_empty()).then(|| format!("{heading}: {item}"));
    }
    None
}

/// Names each item of a model under its heading ([`headed`]).
pub(crate) fn name_items(sheet: &Sheet, model: &mut SheetModel) {
    for ind in &mut model.indikator {
        if let Some(name) = headed(sheet, ind.nama_cell, &ind.nama) {
            ind.nama = name.into();
        }
    }
    for t in &mut model.triwulan {
        if let Some(name) = headed(sheet, t.nama_cell, &t.nama) {
            t.nama = name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_is_named_with_its_heading() {
        let sheet = Sheet::of_rows(
            "Capaian",
            &[
                &["", "1. Produksi benih sumber tanaman pangan :"],
                &["", "- Padi"],
                &["", ""],
                &["", "- Kacang tanah"],
                &["", "Benih bersertifikat"],
                &["", "- Padi sawah irigasi teknis"],
            ],
        );
        assert_eq!(
            headed(&sheet, (1, 1), "- Padi").as_deref(),
            Some("1. Produksi benih sumber tanaman pangan: Padi")
        );
        assert_eq!(
            headed(&sheet, (3, 1), "- Kacang tanah").as_deref(),
            Some("1. Produksi benih sumber tanaman pangan: Kacang tanah")
        );
        // a long item, a name of its own, an item under a heading with no colon: as written
        assert_eq!(headed(&sheet, (5, 1), "- Padi sawah irigasi teknis"), None);
        assert_eq!(headed(&sheet, (4, 1), "Benih bersertifikat"), None);
        let sheet = Sheet::of_rows("Capaian", &[&["Produksi benih"], &["- Padi"]]);
        assert_eq!(headed(&sheet, (1, 0), "- Padi"), None);
    }
}
