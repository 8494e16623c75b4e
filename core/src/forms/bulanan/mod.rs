//! The monthly Rencana Aksi / Laporan Bulanan ("Realisasi Bulanan", "Laporan Bulanan"):
//! one indicator per row, at sasaran, program or kegiatan level (a name column each, with
//! or without an anggaran column), the year's target beside the months Januari..Desember
//! written side by side, each month either a merged header over Target / Realisasi / %
//! (or T / R / %) sub-columns or one column of realisasi, and the year's realisasi
//! ("Realisasi", "Jumlah", "Total") and % after them.
//!
//! It reads into the quarterly record, [`crate::model::IndikatorTw`], with
//! [`crate::model::PeriodKind::Month`]: a month is a period as a quarter is, so the % of
//! each month is recalculated by the same arithmetic and rules as a quarter's (Q6xx, C1xx,
//! V2xx), and [Q605](../../../../docs/rules/Q605.md) judges the year's realisasi against
//! the months.
//!
//! [`detect`] finds the row naming the months (`Januari`, `Jan`, `Peb`, `Agt`, `Sept`,
//! `Nop`, `DES `: [`crate::layout::monthly::month`]), the sub-column row under it and the
//! header words of the other columns; [`read`] reads each row, never a month label row.

mod detect;
mod read;

use super::Form;
use crate::layout::mapping::monthly_keys;
use crate::layout::{Table, TableKind};
use crate::model::SheetModel;
use crate::read::Sheet;

/// The monthly Rencana Aksi / Laporan Bulanan form.
pub struct Bulanan;

impl Form for Bulanan {
    fn kind(&self) -> TableKind {
        TableKind::Monthly
    }

    fn name(&self) -> &'static str {
        "Rencana Aksi / Laporan Bulanan"
    }

    fn detect(&self, sheet: &Sheet) -> Vec<Table> {
        detect::table(sheet).into_iter().collect()
    }

    fn read(&self, sheet: &Sheet, table: &Table, _index: usize, into: &mut SheetModel) {
        let mut rows = read::rows(sheet, table);
        // a period's target written as a bound read at its edge, and the stated % decides a
        // separator that stays ambiguous, as in the annual tables
        for r in &mut rows {
            r.bound_targets();
            r.settle_by_stated();
        }
        into.triwulan.extend(rows);
    }

    fn mapping_keys(&self) -> Vec<String> {
        monthly_keys()
    }
}
