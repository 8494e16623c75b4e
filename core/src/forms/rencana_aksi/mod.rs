//! The quarterly Rencana Aksi: per level (sasaran, program, kegiatan) a name column, an
//! indicator column, and target / realisasi / % read on a "Target Tahunan" line and four
//! quarter lines (`TW 1 (B03)` .. `TW 4 (B12)`); or, in its side-by-side variant, one
//! indicator per row with the quarters as column groups (TW I..IV).
//!
//! [`detect`] finds the period labels down the rows (or across a header row) and reads the
//! header above them; [`read`] reads each block into [`crate::model::IndikatorTw`]s with
//! their budgets and unit kerja. [`cards`] reads a Rencana Aksi written as a card per
//! indicator, its quarters in a small table of their own.

mod cards;
mod detect;
pub(crate) use detect::is_horizontal;
pub(super) use read::{anggaran_at, polarity_at};
mod read;

use super::Form;
use crate::layout::quarterly::{level_key, FIELDS, LEVELS};
use crate::layout::{Table, TableKind};
use crate::model::SheetModel;
use crate::read::Sheet;

/// The quarterly Rencana Aksi form.
pub struct RencanaAksi;

impl Form for RencanaAksi {
    fn kind(&self) -> TableKind {
        TableKind::Quarterly
    }

    fn name(&self) -> &'static str {
        "Rencana Aksi"
    }

    fn detect(&self, sheet: &Sheet) -> Vec<Table> {
        // cards of a quarter table each (`Indikator Kinerja : …` over `Triwulan | Target |
        // Realisasi`) where no blocks of rows are found
        detect::table(sheet)
            .or_else(|| cards::table(sheet))
            .into_iter()
            .collect()
    }

    fn read(&self, sheet: &Sheet, table: &Table, _index: usize, into: &mut SheetModel) {
        let mut blocks = if table.qcols.contains_key(cards::CARDS) {
            cards::read(sheet, table)
        } else if detect::is_horizontal(table) {
            read::side_by_side(sheet, table)
        } else {
            read::blocks(sheet, table)
        };
        // a period's target written as a bound read at its edge, and the stated % decides a
        // separator that stays ambiguous, as in the annual tables
        for b in &mut blocks {
            b.bound_targets();
            b.settle_by_stated();
        }
        into.triwulan.extend(blocks);
    }

    fn mapping_keys(&self) -> Vec<String> {
        LEVELS
            .iter()
            .flat_map(|l| FIELDS.iter().map(move |f| format!("{}_{f}", level_key(*l))))
            .collect()
    }
}
