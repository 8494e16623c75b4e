//! An annual table written turned over: its indicators across the columns, its measures down
//! the rows (`Indikator Kinerja | Satuan | Sifat | Realisasi 2019 | Target 2020 | Realisasi
//! 2020 | Capaian` in the first column, one indicator a column). Read as the annual form reads
//! a table written down the rows, on the sheet turned over its diagonal
//! ([`Sheet::transposed`]), and every position turned back: each figure at its own cell, each
//! indicator at its name's cell.
//!
//! Tried only on a sheet where no form finds a table, and taken only where the turned sheet
//! holds an annual table of names, targets and realisasi of three indicators or more. The
//! model keeps no [`crate::layout::Table`] of it: a table's rows and columns are those of
//! the turned sheet, which the rules that walk a table's cells must not take for the sheet's
//! own; the rules that read the indicators' figures see them at their cells.

use crate::forms::Form;
use crate::layout::meta::read_meta;
use crate::layout::{Role, TableKind};
use crate::model::{Figure, Indikator, SheetModel};
use crate::read::Sheet;

/// The most rows a turned table spans (its measures: name, unit, polarity, earlier years'
/// realisasi, target, realisasi, %, notes, around a title and a signature).
const MOST_ROWS: u32 = 60;

/// The indicators of a sheet whose annual table is written turned over, as a sheet model;
/// `None` where the turned sheet holds no such table.
pub(super) fn model(sheet: &Sheet) -> Option<SheetModel> {
    if sheet.last_row()? > MOST_ROWS {
        return None;
    }
    let turned = sheet.transposed()?;
    let form = super::pengukuran_kinerja::PengukuranKinerja;
    let tables: Vec<_> = form
        .detect(&turned)
        .into_iter()
        .filter(|t| {
            t.kind == TableKind::Annual
                && [Role::Indikator, Role::Target, Role::Realisasi]
                    .iter()
                    .all(|r| t.columns.contains_key(r))
        })
        .collect();
    if tables.is_empty() {
        return None;
    }
    let mut model = SheetModel {
        name: sheet.name.clone(),
        meta: read_meta(sheet, &[]),
        tables: Vec::new(),
        indikator: Vec::new(),
        triwulan: Vec::new(),
    };
    for (i, t) in tables.iter().enumerate() {
        form.read(&turned, t, i, &mut model);
    }
    let of_the_year = model
        .indikator
        .iter()
        .filter(|i| i.period.is_none())
        .count();
    if of_the_year < 3 {
        return None;
    }
    for ind in &mut model.indikator {
        turn_back(ind);
    }
    Some(model)
}

/// An indicator read on the turned sheet, at its cells on the sheet itself: the row of its
/// name's cell, and each figure's cell.
fn turn_back(ind: &mut Indikator) {
    let (r, c) = ind.nama_cell;
    ind.nama_cell = (c, r);
    ind.row = c;
    let figure = |f: &mut Figure| std::mem::swap(&mut f.row, &mut f.col);
    for f in [&mut ind.target, &mut ind.realisasi, &mut ind.capaian]
        .into_iter()
        .flatten()
    {
        figure(f);
    }
    for f in [
        &mut ind.capaian_lalu,
        &mut ind.target_akhir,
        &mut ind.capaian_akhir,
        &mut ind.realisasi_akhir,
        &mut ind.anggaran_target,
        &mut ind.anggaran_realisasi,
    ]
    .into_iter()
    .flatten()
    {
        figure(f);
    }
}
