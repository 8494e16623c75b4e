//! The annual Pengukuran Kinerja: one line per indicator (Sasaran, Indikator, Satuan,
//! Target, Realisasi, % Capaian; Renstra columns where a table has them).
//!
//! [`detect`] finds the tables by their header words (one to three header rows, merged
//! group headers, the numbering row under them, the end at the budget, date or signature
//! lines); [`read`] reads each row into an [`crate::model::Indikator`], deciding a column's
//! separators with the whole column in view and following rows shifted by one column.
//! [`stacked`] reads tables whose figures stand in labelled rows, [`card`] sheets of one card
//! of labelled lines per indicator.

pub(super) mod card;
mod detect;
mod listed;
mod read;
mod stacked;

use super::Form;
use crate::layout::{Role, Table, TableKind};
use crate::model::SheetModel;
use crate::read::Sheet;

/// The annual Pengukuran Kinerja form.
pub struct PengukuranKinerja;

impl Form for PengukuranKinerja {
    fn kind(&self) -> TableKind {
        TableKind::Annual
    }

    fn name(&self) -> &'static str {
        "Pengukuran Kinerja"
    }

    fn detect(&self, sheet: &Sheet) -> Vec<Table> {
        detect::tables(sheet)
    }

    fn read(&self, sheet: &Sheet, table: &Table, index: usize, into: &mut SheetModel) {
        let read = if table.qcols.contains_key(stacked::LABELS) {
            stacked::table(sheet, table, index)
        } else if table.qcols.contains_key(card::CARD) {
            card::read(sheet, table, index)
        } else {
            read::table(sheet, table, index)
        };
        // the first table's indicators become the sheet's without being copied: a table of
        // 50,000 rows is not held twice
        if into.indikator.is_empty() {
            into.indikator = read;
        } else {
            into.indikator.extend(read);
        }
    }

    fn mapping_keys(&self) -> Vec<String> {
        Role::ALL.iter().map(|r| r.key().to_string()).collect()
    }
}
