//! An annual table written turned over: its indicators across the columns, its measures down
//! the rows (`Indikator Kinerja | Satuan | Sifat | Realisasi 2019 | Target 2020 | Realisasi
//! 2020 | Capaian` in the first column, one indicator a column). Read as the annual form reads
//! a table written down the rows, on the sheet turned over its diagonal
//! ([`Sheet::transposed`]), and every position turned back: each figure at its own cell, each
//! indicator at its name's cell.
//!
//! A monthly recap turned over (the months down the rows under `Realisasi`, then `Realisasi
//! s/d Desember` and `Capaian`, an indicator a column) is read the same way by the monthly
//! form, which is tried first, as detection tries it before the annual form. A plan of
//! quarters turned over (each quarter's label over a Target and a Realisasi row, an
//! indicator a column) is read by the Rencana Aksi form, tried next.
//!
//! Tried only on a sheet where no form finds a table, or finds fewer than three indicators,
//! and taken only where the turned sheet holds an annual table of names, targets and
//! realisasi of three indicators or more (more than the forms found); tables turned over
//! one under the other are turned band by band, between empty rows. The model keeps no
//! [`crate::layout::Table`] of it: a table's rows and columns are those of the turned sheet,
//! which the rules that walk a table's cells must not take for the sheet's own; the rules
//! that read the indicators' figures see them at their cells.

use crate::forms::Form;
use crate::layout::meta::read_meta;
use crate::layout::{Role, TableKind};
use crate::model::{Figure, Indikator, IndikatorTw, SheetModel};
use crate::read::{Raw, Sheet};

/// The most rows a turned table spans (its measures: name, unit, polarity, earlier years'
/// realisasi, target, realisasi, %, notes, around a title and a signature).
const MOST_ROWS: u32 = 60;

/// The indicators of a sheet whose annual table is written turned over, as a sheet model;
/// `None` where the turned sheet holds no such table.
pub(super) fn model(sheet: &Sheet) -> Option<SheetModel> {
    let last = sheet.last_row()?;
    if last > MOST_ROWS {
        return None;
    }
    // the whole sheet turned, else each band of rows between empty ones (tables turned over
    // one under the other, a printed page's worth each), whichever reads more indicators
    // the title lines over the table (a cell alone on its row) are left out: turned, they
    // would stand in its row of labels (`REKAPITULASI REALISASI …` taken for a realisasi's)
    let first = (0..=last)
        .find(|&r| sheet.row(r).iter().filter(|c| !c.value.is_empty()).count() >= 2)
        .unwrap_or(0);
    let whole = model_of(sheet, std::slice::from_ref(&(first..=last)));
    let banded = model_of(sheet, &bands(sheet, last));
    let read = |m: &SheetModel| m.indikator.len() + m.triwulan.len();
    match (whole, banded) {
        (Some(w), Some(b)) if read(&b) > read(&w) => Some(b),
        (w, b) => w.or(b),
    }
}

/// Whether three of the names read or more are the labels of measures (`Satuan`, `Target
/// 2024`, `Realisasi TW I`, `Capaian (%)`) or of periods (`TW I`, `Januari`: a quarter's
/// target and realisasi on two rows under its label), as the first column of a table
/// turned over gives where its row of names is taken for a header.
pub(super) fn labels_read_as_names(sheet: &Sheet, model: &SheetModel) -> bool {
    // a sheet too long to be read turned is not looked at
    if sheet.last_row().is_none_or(|last| last > MOST_ROWS) {
        return false;
    }
    model
        .indikator
        .iter()
        .filter(|i| {
            i.nama.len() < 40
                && (crate::layout::classify(&crate::text::label(&i.nama)).is_some_and(|r| {
                    crate::layout::FIGURE_ROLES.contains(&r)
                        || matches!(r, Role::Satuan | Role::Polaritas)
                }) || names_a_period(&i.nama))
        })
        .count()
        >= 3
}

/// The runs of rows holding something, between empty rows.
fn bands(sheet: &Sheet, last: u32) -> Vec<std::ops::RangeInclusive<u32>> {
    let mut out = Vec::new();
    let mut start: Option<u32> = None;
    for r in 0..=last + 1 {
        let filled = r <= last && sheet.row(r).iter().any(|c| !c.value.is_empty());
        match (filled, start) {
            (true, None) => start = Some(r),
            (false, Some(s)) => {
                out.push(s..=r - 1);
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The indicators of the tables turned over in the bands of rows `bands`, as one sheet model
/// (three of the year at least); `None` where there are fewer.
fn model_of(sheet: &Sheet, bands: &[std::ops::RangeInclusive<u32>]) -> Option<SheetModel> {
    let mut model = SheetModel {
        name: sheet.name.clone(),
        meta: read_meta(sheet, &[]),
        tables: Vec::new(),
        indikator: Vec::new(),
        triwulan: Vec::new(),
    };
    let mut index = 0;
    for band in bands {
        read_turned(sheet, band.clone(), &mut index, &mut model);
    }
    // a period's label is no indicator's name: a sheet of quarters or months across
    // (`Indikator | Satuan | TW I | … | Tahunan`) turned over gives its periods as names
    model.indikator.retain(|i| !names_a_period(&i.nama));
    model.triwulan.retain(|t| !names_a_period(&t.nama));
    let of_the_year = model
        .indikator
        .iter()
        .filter(|i| i.period.is_none())
        .count()
        + model.triwulan.len();
    if of_the_year < 3 {
        return None;
    }
    for ind in &mut model.indikator {
        turn_back(ind);
    }
    for ind in &mut model.triwulan {
        turn_back_periods(ind);
    }
    Some(model)
}

/// Whether a text is a period's label (`TW I`, `Triwulan II`, `Tahunan`, `Januari`,
/// `Semester 1`).
pub(crate) fn names_a_period(name: &str) -> bool {
    let l = crate::text::label(name);
    crate::layout::quarterly::period(&l).is_some()
        || crate::layout::monthly::month(&l).is_some()
        || l.strip_prefix("semester")
            .is_some_and(|rest| crate::text::one_to_four(rest.trim()).is_some())
}

/// Reads the annual tables of the rows `rows` turned over into `model`, numbering them from
/// `index` on.
fn read_turned(
    sheet: &Sheet,
    rows: std::ops::RangeInclusive<u32>,
    index: &mut usize,
    model: &mut SheetModel,
) {
    let Some(mut turned) = sheet.transposed_rows(rows) else {
        return;
    };
    name_the_corner(&mut turned);
    // a table of months turned over (the months down the rows, an indicator a column, the
    // year's target and realisasi s.d. Desember on rows of their own, or three months'
    // realisasi at least and no year's: `Bulan` over `Target 2020`, `Januari` .. `Desember`):
    // read as the monthly form reads one, into the periods' record, as detection tries that
    // form first
    let monthly = super::bulanan::Bulanan;
    let months: Vec<_> = monthly
        .detect(&turned)
        .into_iter()
        .filter(|t| {
            let of_months = t
                .qcols
                .keys()
                .filter(|k| k.starts_with("bulan") && k.ends_with("_realisasi"))
                .count();
            ["indikator", "target"]
                .iter()
                .all(|k| t.qcols.contains_key(*k))
                && (t.qcols.contains_key("realisasi") || of_months >= 3)
        })
        .collect();
    for t in &months {
        monthly.read(&turned, t, *index, model);
        *index += 1;
    }
    if !months.is_empty() {
        return;
    }
    // a plan of quarters turned over (each quarter's label over a Target and a Realisasi
    // row, an indicator a column): turned, quarters across with their Target / Realisasi
    // columns, read as the Rencana Aksi form reads one
    let plan = super::rencana_aksi::RencanaAksi;
    let quarters: Vec<_> = plan
        .detect(&turned)
        .into_iter()
        .filter(|t| {
            super::rencana_aksi::is_horizontal(t)
                && t.qcols.keys().filter(|k| k.ends_with("_realisasi")).count() >= 2
        })
        .collect();
    for t in &quarters {
        plan.read(&turned, t, *index, model);
        *index += 1;
    }
    if !quarters.is_empty() {
        return;
    }
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
    for t in &tables {
        form.read(&turned, t, *index, model);
        *index += 1;
        // the year its labels name (`Target 2022` down the turned table's first column),
        // where nothing around the sheet names one
        if let Some(year) = t.header_year.filter(|_| model.meta.year().is_none()) {
            model
                .meta
                .years
                .push(crate::layout::meta::YearMention::of_header(year));
        }
    }
}

/// The corner of a table turned over labels the axis down its rows (`Bulan` over the
/// months, `Uraian`): turned, that label heads the column of the indicators' names, and is
/// read as `Indikator` there. Only a corner cell left of a row naming three months or more.
/// A corner merged down over the rows of the names and of what stands beside them (a
/// group's title over its indicators, their units under them: `Bulan / Uraian` over
/// `BIDANG …`, the names, `%`) heads, turned, the column of the names, and a column of units
/// right of it is the `Satuan`.
fn name_the_corner(turned: &mut Sheet) {
    let Some((row, first_month)) =
        (0..turned.last_row().unwrap_or(0).min(MOST_ROWS)).find_map(|r| {
            let months = crate::layout::monthly::months_in_row(turned, r);
            (months.len() >= 3).then(|| (r, months.first().map_or(0, |m| m.0)))
        })
    else {
        return;
    };
    // a line of its own names the indicators (`Indikator Kinerja` beside `Uraian`): the
    // corner names nothing more
    let named = turned.row(row).iter().any(|c| {
        c.col < first_month
            && matches!(&c.value, Raw::Text(t)
                if crate::layout::classify(&crate::text::label(t)) == Some(Role::Indikator))
    });
    if named {
        return;
    }
    let Some(at) = turned.cells.iter().position(|c| {
        c.row == row
            && c.col < first_month
            && matches!(&c.value, Raw::Text(t) if names_the_axis(&crate::text::label(t)))
    }) else {
        return;
    };
    let corner_col = turned.cells[at].col;
    let span = turned
        .merge_at(row, corner_col)
        .filter(|m| m.first_col == corner_col && m.last_col > corner_col && m.last_row == row)
        .copied();
    let Some(span) = span else {
        turned.cells[at].value = Raw::Text("Indikator".into());
        return;
    };
    // the names: the column of the span writing the most texts of two words or more
    let texts = |col: u32, long: bool| {
        turned
            .cells
            .iter()
            .filter(|c| c.col == col && c.row != row)
            .filter(|c| match &c.value {
                Raw::Text(t) => {
                    let words = t.split_whitespace().count();
                    if long {
                        words >= 2
                    } else {
                        words <= 2 && t.chars().count() <= 12
                    }
                }
                _ => false,
            })
            .count()
    };
    let Some(names) = (span.first_col..=span.last_col)
        .map(|c| (texts(c, true), std::cmp::Reverse(c)))
        .max()
        .filter(|(n, _)| *n >= 3)
        .map(|(_, c)| c.0)
    else {
        turned.cells[at].value = Raw::Text("Indikator".into());
        return;
    };
    let units = (names + 1..=span.last_col).find(|&c| texts(c, false) >= 3);
    let mut cells = std::mem::take(&mut turned.cells);
    cells[at].value = Raw::Text("Indikator".into());
    cells[at].col = names;
    // the empty cells the merged corner covered (an .xlsx writes them) make way
    cells.retain(|c| {
        !(c.row == row && c.col > span.first_col && c.col <= span.last_col && c.value.is_empty())
    });
    if let Some(u) = units {
        cells.push(crate::read::Cell {
            row,
            col: u,
            value: Raw::Text("Satuan".into()),
            formula: None,
            format: Default::default(),
        });
    }
    let merged = turned
        .merged
        .iter()
        .filter(|m| **m != span)
        .copied()
        .collect();
    let mut t = Sheet::new(turned.name.clone(), cells, merged);
    t.formats_known = turned.formats_known;
    t.hidden = turned.hidden;
    *turned = t;
}

/// A corner's label naming the axis of months or of measures, alone or with the other
/// (`Bulan`, `Periode`, `Uraian`, `Bulan / Uraian`, `Indikator / Bulan`).
fn names_the_axis(label: &str) -> bool {
    let words: Vec<&str> = label
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .any(|w| matches!(*w, "bulan" | "periode" | "uraian"))
        && words
            .iter()
            .all(|w| matches!(*w, "bulan" | "periode" | "uraian" | "indikator" | "kinerja"))
}

/// An indicator of months read on the turned sheet, at its cells on the sheet itself, as
/// [`turn_back`] turns an annual one: its block starts at its name's row.
fn turn_back_periods(ind: &mut IndikatorTw) {
    let (r, c) = ind.nama_cell;
    ind.nama_cell = (c, r);
    ind.block_row = c;
    let figure = |f: &mut Figure| std::mem::swap(&mut f.row, &mut f.col);
    for p in &mut ind.quarters {
        for f in [&mut p.target, &mut p.realisasi, &mut p.capaian]
            .into_iter()
            .flatten()
        {
            figure(f);
        }
    }
    for f in [
        ind.annual.as_mut(),
        ind.realisasi_tahunan.as_deref_mut(),
        ind.capaian_tahunan.as_deref_mut(),
    ]
    .into_iter()
    .flatten()
    {
        figure(f);
    }
    if let Some(a) = &mut ind.anggaran {
        std::mem::swap(&mut a.row, &mut a.col);
    }
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
