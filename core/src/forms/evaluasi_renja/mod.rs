//! The Permendagri 86/2017 evaluation of the Renja (Formulir E.81, "Evaluasi Terhadap Hasil
//! Renja/RKPD"): numbered columns under a multi-row header (Renstra, Renja, Realisasi pada
//! Triwulan I-IV, Capaian), each a K (kinerja) and Rp (anggaran) pair, some computed from
//! others by a rule written in the numbering row (`13 = 9 + 10 + 11 + 12`,
//! `15 = 14 / 6 x 100`).
//!
//! [`detect`] finds the numbering row, maps each number to its K, Rp and % columns and reads
//! the written rules (or the scheme's, for a recognisable 15- or 17-column numbering without
//! them); the rules family `evaluation` checks each computed column against its rule.
//! [`read`] puts every row into the one indicator model (the year's target, realisasi and
//! capaian, the Renstra period, the budget), marked as checked by the form's own rules.

mod detect;
mod read;

use super::Form;
use crate::layout::{Table, TableKind};
use crate::model::SheetModel;
use crate::read::Sheet;

/// The Permendagri 86/2017 evaluation form.
pub struct EvaluasiRenja;

impl Form for EvaluasiRenja {
    fn kind(&self) -> TableKind {
        TableKind::Evaluation
    }

    fn name(&self) -> &'static str {
        "Evaluasi Hasil Renja (Formulir E.81)"
    }

    fn detect(&self, sheet: &Sheet) -> Vec<Table> {
        detect::tables(sheet)
    }

    fn read(&self, sheet: &Sheet, table: &Table, index: usize, into: &mut SheetModel) {
        read::read(sheet, table, index, into);
    }

    fn mapping_keys(&self) -> Vec<String> {
        Vec::new()
    }
}
