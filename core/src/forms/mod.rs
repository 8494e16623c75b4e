//! The forms rakit reads, one folder each, behind one trait: a [`Form`] finds its tables on
//! a sheet and reads them into the one indicator model ([`crate::model`]). The rules read
//! the model, never a form.
//!
//! - [`pengukuran_kinerja`]: the annual Pengukuran Kinerja (one line per indicator);
//! - [`evaluasi_renja`]: the Permendagri 86/2017 evaluation of the Renja (Formulir E.81),
//!   numbered K / Rp columns and the rules written over them;
//! - [`rencana_aksi`]: the quarterly Rencana Aksi (blocks of a "Target Tahunan" line and
//!   four quarter lines, or quarters side by side);
//! - [`bulanan`]: the monthly Rencana Aksi / Laporan Bulanan (Januari..Desember side by
//!   side), read into the quarterly record with months as its periods.
//!
//! After a sheet is read, whatever its form, the rows that only complete another are joined
//! to it: a name wrapped into the row below (`wrapped`), a name written on a band of its own
//! above its unit and figures (`name_band`), items under a heading ending with a colon
//! (`headed`).
//!
//! What the forms share lives in [`crate::layout`]: the header vocabulary
//! ([`crate::layout::classify`]), the numbering row, the end of a table, the mapping file and
//! the lines around a table (title, year, budget, signature).
//!
//! Adding a form: a folder here with `detect.rs` and `read.rs`, a unit struct implementing
//! [`Form`], its place in [`FORMS`], a sample workbook and its tests
//! (docs/architecture.md walks through it).

pub mod bulanan;
mod coded;
pub mod evaluasi_renja;
mod headed;
mod name_band;
pub mod pengukuran_kinerja;
pub mod rencana_aksi;
mod side_by_side;
mod sub_names;
mod turned;
mod wrapped;

use crate::layout::mapping::Mapping;
use crate::layout::meta::read_meta;
use crate::layout::{Table, TableKind};
use crate::model::{SheetModel, OWN_SHEETS};
use crate::read::{Sheet, Workbook};

/// One form of workbook rakit reads.
pub trait Form: Sync {
    /// The kind of table this form reads.
    fn kind(&self) -> TableKind;
    /// The form's name as agencies know it.
    fn name(&self) -> &'static str;
    /// This form's tables on a sheet (none: the sheet is not of this form).
    fn detect(&self, sheet: &Sheet) -> Vec<Table>;
    /// Reads one of its tables (the `index`-th of the sheet) into the sheet's model.
    fn read(&self, sheet: &Sheet, table: &Table, index: usize, into: &mut SheetModel);
    /// The column keys a mapping file may give for a table of this form.
    fn mapping_keys(&self) -> Vec<String>;
}

/// Every form, in the order detection tries them: the first that finds a table on a sheet
/// reads it (an evaluation form has Renja / Realisasi / Capaian headers, and a Rencana Aksi
/// and a monthly table have Target / Realisasi / %, so they go before the annual form).
pub static FORMS: [&dyn Form; 4] = [
    &evaluasi_renja::EvaluasiRenja,
    &rencana_aksi::RencanaAksi,
    &bulanan::Bulanan,
    &pengukuran_kinerja::PengukuranKinerja,
];

/// The form that reads tables of a kind.
pub fn form_of(kind: TableKind) -> &'static dyn Form {
    match kind {
        TableKind::Annual => &pengukuran_kinerja::PengukuranKinerja,
        TableKind::Quarterly => &rencana_aksi::RencanaAksi,
        TableKind::Evaluation => &evaluasi_renja::EvaluasiRenja,
        TableKind::Monthly => &bulanan::Bulanan,
    }
}

/// The indicator tables of a sheet: those of the first form that finds any.
pub fn detect(sheet: &Sheet) -> Vec<Table> {
    // one after another, not side by side: a form later in the order may take far longer on
    // a sheet that is not its own (the annual form on 2,000 Rencana Aksi blocks: a quarter
    // of a second) and would hold up the answer of the one before it
    let mut tables = FORMS
        .iter()
        .map(|f| f.detect(sheet))
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    // a budget table (its serapan headed "Capaian Keuangan (%)") holds no indicators: the
    // budget rules read it (crate::rules::budget)
    tables.retain(|t| {
        t.kind != TableKind::Annual
            || !crate::layout::budget::is_budget_table(sheet, &t.header_rows)
    });
    tables
}

/// An evaluation table a mapping gives: its numbered columns and rules from the numbering
/// row detection finds (the mapping keeps its rows and named columns); without one, its
/// named columns are read as an annual table's.
fn with_numbering(sheet: &Sheet, mut t: Table) -> Table {
    if t.kind != TableKind::Evaluation || t.eval.is_some() {
        return t;
    }
    match evaluasi_renja::EvaluasiRenja
        .detect(sheet)
        .into_iter()
        .next()
    {
        Some(found) => {
            t.eval = found.eval;
            t.numbering_row = found.numbering_row;
        }
        None => t.kind = TableKind::Annual,
    }
    t
}

/// The one year a file's name gives ("PK_Disdik_2021.xlsx"); none when it gives none or
/// several ("Renstra 2021-2026.xlsx").
fn file_name_year(path: &std::path::Path) -> Option<i32> {
    crate::text::one_year(&path.file_stem()?.to_string_lossy())
}

/// Builds the model of every sheet that holds an indicator table (its tables found by
/// detection, or given by a mapping file).
pub fn build(wb: &Workbook, mapping: Option<&Mapping>) -> Vec<SheetModel> {
    let mut out = Vec::new();
    for sheet in &wb.sheets {
        if OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        // tables of different years side by side, each band of columns read on its own
        if mapping.is_none() {
            if let Some(models) = side_by_side::bands(sheet).and_then(|b| banded(wb, sheet, &b)) {
                out.extend(models);
                continue;
            }
        }
        let tables = match mapping.and_then(|m| m.tables_for(sheet)) {
            Some(t) => t.into_iter().map(|t| with_numbering(sheet, t)).collect(),
            None => detect(sheet),
        };
        // figures by code, their names listed on another sheet: read with the names
        let named;
        let (sheet, tables) = match tables.is_empty() && mapping.is_none() {
            true => match coded::named(wb, sheet) {
                Some(s) => {
                    named = s;
                    (&named, detect(&named))
                }
                None => (sheet, tables),
            },
            false => (sheet, tables),
        };
        if tables.is_empty() {
            // an annual table written turned over, indicators across the columns
            if mapping.is_none() {
                out.extend(turned::model(sheet));
            }
            continue;
        }
        let mut model = empty_model(wb, sheet, &tables);
        for (index, table) in tables.iter().enumerate() {
            form_of(table.kind).read(sheet, table, index, &mut model);
        }
        model.tables = tables;
        wrapped::join(sheet, &mut model);
        name_band::join(sheet, &mut model);
        // tables of different years one under the other
        if mapping.is_none() {
            let annual = model.tables.iter().all(|t| t.kind == TableKind::Annual);
            if let Some(years) = annual
                .then(|| side_by_side::years_one_under_another(sheet, &model.tables))
                .flatten()
            {
                for (t, year) in model.tables.iter_mut().zip(years) {
                    t.header_year = Some(year);
                }
                mark_other_years(&mut model);
            }
        }
        // fewer than three indicators found down the rows (each block of a table turned
        // over taken for one indicator on labelled rows), or measures' labels read as names
        // (`Satuan`, `Target 2024`, `Realisasi TW I`: the row of names taken for a header):
        // the sheet turned, where it reads more
        let few = model.indikator.len() + model.triwulan.len() < 3;
        if mapping.is_none() && (few || turned::labels_read_as_names(sheet, &model)) {
            if let Some(turned) = turned::model(sheet) {
                if turned.indikator.len() + turned.triwulan.len()
                    > model.indikator.len() + model.triwulan.len()
                {
                    out.push(turned);
                    continue;
                }
            }
        }
        headed::name_items(sheet, &mut model);
        out.push(model);
    }
    out
}

/// A sheet's model before its tables are read: the lines around its tables (title, year,
/// budget, signature), and where the sheet names no year anywhere the one year its file's
/// name gives.
fn empty_model(wb: &Workbook, sheet: &Sheet, tables: &[Table]) -> SheetModel {
    let mut meta = read_meta(sheet, tables);
    if meta.years.is_empty() {
        if let Some(year) = file_name_year(&wb.path) {
            meta.years.push(crate::layout::meta::YearMention {
                source: crate::layout::meta::YearSource::FileName,
                year,
                cell: None,
                early_in_year: false,
                span_end: None,
            });
        }
    }
    SheetModel {
        name: sheet.name.clone(),
        meta,
        tables: Vec::new(),
        indikator: Vec::new(),
        triwulan: Vec::new(),
    }
}

/// The models of a sheet of tables of different years side by side ([`side_by_side`]): each
/// band's tables, found and read on its columns alone, of the year its header names.
/// Annual tables make one model, the indicators of a year not the sheet's marked with it, as
/// a table's other years' are; a band of any other form (a Rencana Aksi printed twice, for
/// two years) is a model of its own, of its year, as a sheet of that year alone would be.
/// `None` where a band holds no table (the sheet is read whole).
fn banded(wb: &Workbook, sheet: &Sheet, bands: &[side_by_side::Band]) -> Option<Vec<SheetModel>> {
    // each band's columns as a sheet, and its tables
    let mut parts = Vec::with_capacity(bands.len());
    for band in bands {
        let part = sheet.columns(band.cols.clone());
        let found: Vec<Table> = detect(&part)
            .into_iter()
            .map(|t| Table {
                header_year: band.year.or(t.header_year),
                ..t
            })
            .collect();
        if found.is_empty() {
            return None;
        }
        parts.push((part, found, band.year));
    }
    let annual = parts
        .iter()
        .all(|(_, found, _)| found.iter().all(|t| t.kind == TableKind::Annual));
    if !annual {
        // each band a year's: halves of one year's list are read as one sheet
        return parts
            .into_iter()
            .map(|(part, tables, year)| Some(band_model(wb, &part, tables, year?)))
            .collect();
    }
    // for each table the band it stands in
    let mut tables: Vec<Table> = Vec::new();
    let mut band_of: Vec<usize> = Vec::new();
    for (b, (_, found, _)) in parts.iter_mut().enumerate() {
        band_of.extend(std::iter::repeat_n(b, found.len()));
        tables.append(found);
    }
    let mut model = empty_model(wb, sheet, &tables);
    for (index, (table, &b)) in tables.iter().zip(&band_of).enumerate() {
        form_of(table.kind).read(&parts[b].0, table, index, &mut model);
    }
    model.tables = tables;
    mark_other_years(&mut model);
    Some(vec![model])
}

/// The model of one band of a sheet of tables side by side, read as a sheet of its own: the
/// lines around it within its columns (its title, its signature), and its header's year
/// where those name it not.
fn band_model(wb: &Workbook, part: &Sheet, tables: Vec<Table>, year: i32) -> SheetModel {
    let mut model = empty_model(wb, part, &tables);
    if !model.meta.years.iter().any(|m| m.year == year) {
        model
            .meta
            .years
            .push(crate::layout::meta::YearMention::of_header(year));
    }
    for (index, table) in tables.iter().enumerate() {
        form_of(table.kind).read(part, table, index, &mut model);
    }
    model.tables = tables;
    model
}

/// Marks the indicators of a sheet's tables of another year than the sheet's (tables of
/// different years on one sheet, each table's `header_year` its own) with that year, as a
/// table's other years' columns are: named with it, checked as any other, compared in its
/// year.
fn mark_other_years(model: &mut SheetModel) {
    let year = model.year();
    for ind in model.indikator.iter_mut().filter(|i| i.period.is_none()) {
        let Some(own) = model.tables.get(ind.table).and_then(|t| t.header_year) else {
            continue;
        };
        if Some(own) == year {
            continue;
        }
        let Ok(period) = u16::try_from(own) else {
            continue;
        };
        ind.nama = format!("{} ({own})", ind.nama).into();
        ind.period = Some(period);
    }
}
