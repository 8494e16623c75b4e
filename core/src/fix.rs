//! `rakit fix`: the corrected copy of a workbook. Each correctable finding becomes a
//! [`CellEdit`] (new value, highlighted, a note with the old value and the reason); the sheet
//! "Temuan" lists every finding with a link to its cell; the sheet "Indikator (rakit)" holds
//! the normalized table with live % formulas that carry their computed values.

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::i18n::{Lang, Message, Text};
use crate::model::{Figure, Polaritas, Reading, OWN_SHEETS};
use crate::msg;
use crate::outcome::FileReport;
use crate::read::{cell_name, Format};
use crate::rules::{capaian, Level, Severity};
use crate::write::{self, Cached, CellEdit, ExtraSheet, OutCell, OutValue, WriteError};

crate::texts! {
    NOTE = "fix.note",
        "Catatan",
        "Note";
    ACTIVITY = "fix.activity",
        "Kegiatan",
        "Activity";
    SUB_ACTIVITY = "fix.sub_activity",
        "Sub Kegiatan",
        "Sub-activity";
    CODE = "fix.code",
        "Kode",
        "Code";
    RULE = "fix.rule",
        "Aturan",
        "Rule";
    SEVERITY = "fix.severity",
        "Tingkat",
        "Severity";
    CELL = "fix.cell",
        "Sel",
        "Cell";
    LEVEL = "fix.level",
        "Jenjang",
        "Level";
    SASARAN_PROGRAM_ACTIVITY = "fix.sasaran_program_activity",
        "Sasaran/Program/Kegiatan",
        "Sasaran/Program/Activity";
    INDICATOR = "fix.indicator",
        "Indikator",
        "Indicator";
    QUARTER = "fix.quarter",
        "Triwulan",
        "Quarter";
    FOUND = "fix.found",
        "Ditemukan",
        "Found";
    EXPECTED = "fix.expected",
        "Seharusnya",
        "Expected";
    MESSAGE = "fix.message",
        "Pesan",
        "Message";
    HOW_TO_FIX = "fix.how_to_fix",
        "Cara memperbaiki",
        "How to fix";
    CORRECTED_BY_RAKIT = "fix.corrected_by_rakit",
        "Diperbaiki rakit",
        "Corrected by rakit";
    ERROR = "fix.error",
        "galat",
        "error";
    WARNING = "fix.warning",
        "peringatan",
        "warning";
    YES = "fix.yes",
        "ya",
        "yes";
    NO = "fix.no",
        "tidak",
        "no";
    ROW = "fix.row",
        "Baris",
        "Row";
    UNIT = "fix.unit",
        "Satuan",
        "Unit";
    POLARITY = "fix.polarity",
        "Polaritas",
        "Polarity";
    STATED_CAPAIAN = "fix.stated_capaian",
        "Capaian tertulis",
        "Stated capaian";
    CAPAIAN_RECALCULATED = "fix.capaian_recalculated",
        "Capaian (hitung ulang)",
        "Capaian (recalculated)";
    CATEGORY = "fix.category",
        "Kategori",
        "Category";
    YEAR = "fix.year",
        "Tahun",
        "Year";
    FILE = "fix.file",
        "Berkas",
        "File";
    POSITIVE = "fix.positive",
        "positif",
        "positive";
    NEGATIVE = "fix.negative",
        "negatif",
        "negative";
    N_FORMULAS = "fix.n_formulas",
        "{n} rumus",
        "{n} formulas";
    N_DEFINED_NAMES = "fix.n_defined_names",
        "{n} nama yang didefinisikan",
        "{n} defined names";
    UNREADABLE_FORMULAS = "fix.unreadable_formulas",
        "rumus yang tidak dapat dibaca rakit",
        "formulas rakit cannot read";
    AND = "fix.and",
        "{a} dan {b}",
        "{a} and {b}";
    REBUILD_REFUSED = "fix.rebuild_refused",
        "tidak ada salinan perbaikan: buku kerja {ext} ini memuat {held}, yang tidak dapat dipertahankan utuh oleh rakit pada format ini. Buka berkasnya di Excel atau LibreOffice, pilih Simpan Sebagai (Save As) .xlsx, lalu jalankan rakit fix pada berkas .xlsx itu",
        "no corrected copy: this {ext} workbook holds {held}, which rakit cannot keep whole in this format. Open it in Excel or LibreOffice, Save As .xlsx, then run rakit fix on that .xlsx file";
    NOT_KEPT_XLS = "fix.not_kept_xls",
        "salinan ini dibangun ulang dari berkas .xls: nilai, sheet, sel gabungan dan format angka tetap, tetapi lebar kolom, huruf, warna dan garis sel tidak ikut",
        "this copy was rebuilt from an .xls file: values, sheets, merged cells and number formats are kept, but column widths, fonts, colours and borders are not";
    NOT_KEPT_ODS = "fix.not_kept_ods",
        "salinan ini dibangun ulang dari berkas .ods: nilai, sheet, sel gabungan dan format angka tetap, tetapi lebar kolom, huruf, warna dan garis sel tidak ikut",
        "this copy was rebuilt from an .ods file: values, sheets, merged cells and number formats are kept, but column widths, fonts, colours and borders are not";
    NOT_KEPT_HTML = "fix.not_kept_html",
        "salinan ini adalah buku kerja .xlsx yang dibangun dari halaman HTML (ekspor aplikasi web): nilai, sel gabungan dan format angka tetap, tetapi huruf, warna, garis sel dan lebar kolom halaman itu tidak ikut",
        "this copy is an .xlsx workbook built from an HTML page (a web application's export): values, merged cells and number formats are kept, but the page's fonts, colours, borders and column widths are not";
    NOT_KEPT_SPREADSHEET_XML = "fix.not_kept_spreadsheet_xml",
        "salinan ini adalah buku kerja .xlsx yang dibangun dari XML Spreadsheet 2003: nilai, sheet, sel gabungan dan format angka tetap, tetapi lebar kolom, huruf, warna dan garis sel tidak ikut",
        "this copy is an .xlsx workbook built from an XML Spreadsheet 2003: values, sheets, merged cells and number formats are kept, but column widths, fonts, colours and borders are not";
    NOT_KEPT_CSV = "fix.not_kept_csv",
        "salinan ini adalah buku kerja .xlsx yang dibangun dari teks CSV: setiap nilai tetap seperti diketik",
        "this copy is an .xlsx workbook built from CSV text: every value is kept as typed";
    NOT_KEPT_XLSB = "fix.not_kept_xlsb",
        "salinan ini dibangun ulang dari berkas .xlsb: nilai, sheet, sel gabungan dan format angka tetap, tetapi lebar kolom, huruf, warna dan garis sel tidak ikut",
        "this copy was rebuilt from an .xlsb file: values, sheets, merged cells and number formats are kept, but column widths, fonts, colours and borders are not";
    FORMULA_KEPT = "fix.formula_kept",
        "tidak ada salinan perbaikan: sel {sheet}!{cell} berisi rumus ={formula} dan tidak akan ditimpa dengan angka",
        "no corrected copy: cell {sheet}!{cell} holds the formula ={formula} and will not be overwritten with a number";
    CELL_NOTE = "fix.cell_note",
        "rakit {code}: nilai lama \"{old}\". {message}",
        "rakit {code}: old value \"{old}\". {message}";
}

/// Appended to the input's name: `pk-2014.xlsx` → `pk-2014-diperbaiki.xlsx`.
pub const SUFFIX: &str = crate::outcome::CORRECTED_SUFFIX;

/// Where the corrected copy of `input` goes by default: next to it, an `.xlsx` (an `.xlsm`
/// for a workbook with macros, which the copy keeps).
pub fn default_output(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("buku-kerja");
    // pk.xls and pk.xlsx side by side must not write the same copy
    let ext = input
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" => input.with_file_name(format!("{stem}{SUFFIX}.xlsx")),
        // a workbook with macros is patched in place and keeps them: its copy is an .xlsm
        "xlsm" => input.with_file_name(format!("{stem}{SUFFIX}.xlsm")),
        "xltm" => input.with_file_name(format!("{stem}-{ext}{SUFFIX}.xlsm")),
        _ => input.with_file_name(format!("{stem}-{ext}{SUFFIX}.xlsx")),
    }
}

/// Whether the copy of `input` keeps macros, so that it must be named `.xlsm`: Excel does
/// not open a macro workbook named `.xlsx`.
pub fn keeps_macros(input: &Path) -> bool {
    input
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsm") || e.eq_ignore_ascii_case("xltm"))
}

/// A corrected copy and what went into it.
#[derive(Debug, Clone)]
pub struct Corrected {
    /// the corrected workbook: an xlsx (an .xlsm's copy keeps its macros and is an .xlsm)
    pub bytes: Vec<u8>,
    pub corrected: usize,
    pub remaining: usize,
    /// of the corrected cells, formulas put back to their column's pattern
    pub formulas: usize,
    /// what a rebuilt copy (xls, xlsb, ods input) could not keep, in the chosen language
    pub not_kept: Option<String>,
}

/// The corrected copy of a checked workbook, as bytes: an xlsx patched in place (only the
/// corrected cells change, rakit's sheets are added), an xls/xlsb/ods with values only
/// rebuilt, or, where the copy could not keep the workbook whole, a refusal that says why.
pub fn corrected_copy(report: &FileReport, lang: Lang) -> Result<Corrected, WriteError> {
    let Some(wb) = &report.workbook else {
        return Err(WriteError::Package("the workbook was not read".into()));
    };
    if let Some(why) = rebuild_refusal(wb) {
        return Err(WriteError::Refused(why));
    }
    let edits = edits(report, lang);
    formulas_stay_formulas(wb, &edits)?;
    let not_kept = not_kept(wb.format).map(|t| t.get(lang).to_string());
    let mut temuan = temuan_sheet(report, lang);
    if let Some(n) = &not_kept {
        temuan.rows.push(Vec::new());
        let mut row = vec![OutCell::Empty; TEMUAN_MESSAGE_COL + 1];
        row[1] = t(NOTE.get(lang));
        row[TEMUAN_MESSAGE_COL] = t(n);
        temuan.rows.push(row);
    }
    let mut extra = vec![temuan, indikator_sheet(report, lang)];
    for sh in &mut extra {
        sh.replaces = written_by_rakit(wb, &sh.name);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    match wb.format {
        Format::Xlsx => write::patch::patch_xlsx(wb.source.to_vec(), &mut out, &edits, &extra)?,
        _ => write::rebuild::write_rebuilt(wb, &mut out, &edits, &extra)?,
    }
    let corrected = report.findings.iter().filter(|f| f.fix.is_some()).count();
    Ok(Corrected {
        bytes: out.into_inner(),
        corrected,
        remaining: report
            .findings
            .iter()
            .filter(|f| f.fix.is_none() && f.severity != Severity::Info)
            .count(),
        formulas: edits
            .iter()
            .filter(|e| matches!(e.value, OutValue::Formula { .. }))
            .count(),
        not_kept,
    })
}

/// Whether the workbook has a sheet of this name that an earlier run of rakit wrote (a
/// corrected copy fixed again): one of rakit's own sheets with rakit's header row, in
/// either language. A sheet of the agency's own that happens to bear the name is kept.
fn written_by_rakit(wb: &crate::read::Workbook, name: &str) -> bool {
    let Some(sheet) = wb.sheets.iter().find(|s| s.name == name) else {
        return false;
    };
    let header: Vec<String> = sheet
        .row(0)
        .iter()
        .take(2)
        .map(|c| c.value.text().to_string())
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    if name == OWN_SHEETS[0] {
        matches!(header.as_slice(), ["No", "Kode" | "Code"])
    } else if name == OWN_SHEETS[1] {
        matches!(header.as_slice(), ["Sheet", "Baris" | "Row"])
    } else {
        false
    }
}

/// Why an xls, xlsb or ods input gets no corrected copy: a copy rebuilt from what calamine
/// reads would lose or alter its formulas and defined names (calamine gives BIFF formulas
/// in a form that is not always Excel's own). Such a workbook is saved as .xlsx first.
fn rebuild_refusal(wb: &crate::read::Workbook) -> Option<Message> {
    if wb.format == Format::Xlsx {
        return None;
    }
    let b = &wb.beyond_values;
    let mut held = Vec::new();
    if b.formulas > 0 {
        held.push(msg!(N_FORMULAS, n = b.formulas));
    }
    if b.defined_names > 0 {
        held.push(msg!(N_DEFINED_NAMES, n = b.defined_names));
    }
    if b.formulas_unknown {
        held.push(msg!(UNREADABLE_FORMULAS));
    }
    // "12 rumus dan 2 nama yang didefinisikan"
    let held = held.into_iter().reduce(|a, b| msg!(AND, a, b))?;
    let ext = match wb.format {
        Format::Xls => ".xls",
        Format::Xlsb => ".xlsb",
        Format::Html => "HTML",
        Format::SpreadsheetXml => "XML Spreadsheet 2003",
        Format::Csv => "CSV",
        Format::Ods | Format::Xlsx => ".ods",
    };
    Some(msg!(REBUILD_REFUSED, ext, held))
}

/// What a copy rebuilt from an xls, xlsb or ods input does not keep.
fn not_kept(format: Format) -> Option<&'static Text> {
    match format {
        Format::Xlsx => None,
        Format::Xls => Some(&NOT_KEPT_XLS),
        Format::Ods => Some(&NOT_KEPT_ODS),
        Format::Html => Some(&NOT_KEPT_HTML),
        Format::SpreadsheetXml => Some(&NOT_KEPT_SPREADSHEET_XML),
        Format::Csv => Some(&NOT_KEPT_CSV),
        Format::Xlsb => Some(&NOT_KEPT_XLSB),
    }
}

/// The invariant no edit may break: a cell holding a formula gets a formula, never a
/// constant or a blank. Checked here, whatever the rules proposed.
fn formulas_stay_formulas(
    wb: &crate::read::Workbook,
    edits: &[CellEdit],
) -> Result<(), WriteError> {
    for e in edits {
        if matches!(e.value, OutValue::Formula { .. }) {
            continue;
        }
        let formula = wb
            .sheets
            .iter()
            .find(|s| s.name == e.sheet)
            .and_then(|s| s.get(e.row, e.col))
            .and_then(|c| c.formula.as_deref());
        if let Some(f) = formula {
            let cell = cell_name(e.row, e.col);
            return Err(WriteError::Refused(msg!(
                FORMULA_KEPT,
                sheet = &e.sheet,
                cell,
                formula = f
            )));
        }
    }
    Ok(())
}

fn edits(report: &FileReport, lang: Lang) -> Vec<CellEdit> {
    report
        .findings
        .iter()
        .filter_map(|f| {
            let fix = f.fix.as_ref()?;
            let old = f.found.clone().unwrap_or_default();
            // the message as the report shows it: rakit's numbers the English way under en
            let message = match lang {
                Lang::Id => f.message.render(lang),
                Lang::En => crate::num::english_marks(&f.message.render(lang)),
            };
            let note = msg!(CELL_NOTE, code = f.code.code(), old, message).render(lang);
            Some(CellEdit {
                sheet: f.sheet.clone(),
                row: f.row,
                col: f.col,
                value: match (&fix.formula, &fix.text) {
                    (Some(formula), _) => OutValue::Formula {
                        formula: formula.clone(),
                        cached: fix.exact,
                    },
                    (None, Some(t)) => OutValue::Text(t.clone()),
                    (None, None) => OutValue::Number(fix.value),
                },
                highlight: true,
                note: Some(note),
            })
        })
        .collect()
}

fn t(s: &str) -> OutCell {
    OutCell::Text(s.to_string())
}

/// The name of a level in the chosen language.
pub fn level_name(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::Sasaran => "Sasaran",
        Level::Program => "Program",
        Level::Kegiatan => ACTIVITY.get(lang),
        Level::SubKegiatan => SUB_ACTIVITY.get(lang),
    }
}

/// The column of Temuan that holds the message (the note of a rebuilt copy goes there too).
const TEMUAN_MESSAGE_COL: usize = 12;

fn temuan_sheet(report: &FileReport, lang: Lang) -> ExtraSheet {
    use crate::write::ColStyle::{Plain, Wrap};
    let mut rows = vec![vec![
        t("No"),
        t(CODE.get(lang)),
        t(RULE.get(lang)),
        t(SEVERITY.get(lang)),
        t("Sheet"),
        t(CELL.get(lang)),
        t(LEVEL.get(lang)),
        t(SASARAN_PROGRAM_ACTIVITY.get(lang)),
        t(INDICATOR.get(lang)),
        t(QUARTER.get(lang)),
        t(FOUND.get(lang)),
        t(EXPECTED.get(lang)),
        t(MESSAGE.get(lang)),
        t(HOW_TO_FIX.get(lang)),
        t(CORRECTED_BY_RAKIT.get(lang)),
    ]];
    // the same report the JSON document shows, row by row
    for (i, f) in crate::report::FileView::of(report, lang)
        .findings
        .iter()
        .enumerate()
    {
        let sev = match f.severity {
            Severity::Error => ERROR.get(lang),
            Severity::Warning => WARNING.get(lang),
            Severity::Info => "info",
        };
        rows.push(vec![
            OutCell::Number(Decimal::from(i as u64 + 1)),
            t(f.code),
            t(f.rule),
            t(sev),
            t(f.sheet),
            OutCell::Link {
                text: f.cell.clone(),
                sheet: f.sheet.to_string(),
                cell: f.cell.clone(),
            },
            t(f.level.map(|l| level_name(l, lang)).unwrap_or("")),
            t(f.induk.as_deref().unwrap_or("")),
            t(f.indikator.as_deref().unwrap_or("")),
            match (f.quarter, f.semester) {
                (Some(q), _) => OutCell::Number(Decimal::from(q)),
                // a half year in the quarters' column, as the form names it
                (None, Some(n)) => t(&format!("Semester {}", crate::model::half_numeral(n))),
                (None, None) => OutCell::Empty,
            },
            t(f.found.unwrap_or("")),
            t(f.expected.as_deref().unwrap_or("")),
            t(&f.message),
            t(&f.help),
            t(if f.fixable {
                YES.get(lang)
            } else {
                NO.get(lang)
            }),
        ]);
    }
    ExtraSheet {
        replaces: false,
        name: OWN_SHEETS[0].to_string(),
        widths: vec![
            4.0, 6.0, 18.0, 9.0, 12.0, 6.0, 9.0, 24.0, 28.0, 5.0, 12.0, 12.0, 50.0, 40.0, 9.0,
        ],
        col_styles: vec![
            Plain, Plain, Wrap, Plain, Wrap, Plain, Plain, Wrap, Wrap, Plain, Wrap, Wrap, Wrap,
            Wrap, Plain,
        ],
        header_rows: 1,
        autofilter: true,
        landscape_fit: true,
        rows,
    }
}

fn number_of(f: &Option<Figure>) -> Option<Decimal> {
    match &f.as_ref()?.reading {
        Reading::Number { q, .. } => Some(q.scaled()),
        Reading::Dash => Some(Decimal::ZERO),
        _ => None,
    }
}

fn unit_of(f: &Option<Figure>) -> String {
    match f.as_ref().map(|f| &f.reading) {
        Some(Reading::Number { q, .. }) if q.percent => "%".into(),
        Some(Reading::Number { q, .. }) => q.unit.as_deref().unwrap_or_default().to_string(),
        _ => String::new(),
    }
}

fn indikator_sheet(report: &FileReport, lang: Lang) -> ExtraSheet {
    let mut rows = vec![vec![
        t("Sheet"),
        t(ROW.get(lang)),
        t("Sasaran"),
        t(INDICATOR.get(lang)),
        t(UNIT.get(lang)),
        t(POLARITY.get(lang)),
        t("Target"),
        t("Realisasi"),
        t(STATED_CAPAIAN.get(lang)),
        t(CAPAIAN_RECALCULATED.get(lang)),
        t(CATEGORY.get(lang)),
        t(YEAR.get(lang)),
        t(FILE.get(lang)),
    ]];
    let file = report
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (i, sm) in report.models.iter().enumerate() {
        let policy = report.policies.get(i).copied().unwrap_or_default();
        let (neg, cap) = (policy.negative, policy.cap);
        let year = match sm.year() {
            Some(y) => OutCell::Number(Decimal::from(y)),
            None => OutCell::Empty,
        };
        for ind in &sm.indikator {
            let r = rows.len() + 1; // 1-based row of this line
            let target = number_of(&ind.target);
            let realisasi = number_of(&ind.realisasi);
            let exact = capaian::recalculated(ind, neg);
            let formula = (target.is_some() && realisasi.is_some()).then(|| {
                capaian::excel_formula(ind.polaritas, neg, &format!("G{r}"), &format!("H{r}"), None)
            });
            let cap_cell = match (formula, exact) {
                (Some(fm), Some(e)) => OutCell::Formula {
                    formula: fm,
                    cached: Cached::Number(crate::num::round(e, 10).normalize()),
                },
                (Some(fm), None) => OutCell::Formula {
                    formula: fm,
                    cached: Cached::Text(String::new()),
                },
                (None, Some(e)) => OutCell::Number(crate::num::round(e, 2)),
                (None, None) => OutCell::Empty,
            };
            let num_or_text = |n: Option<Decimal>, f: &Option<Figure>| match n {
                Some(v) => OutCell::Number(v.normalize()),
                None => t(f.as_ref().map(|f| f.shown.as_ref()).unwrap_or("")),
            };
            rows.push(vec![
                OutCell::Link {
                    text: sm.name.clone(),
                    sheet: sm.name.clone(),
                    cell: cell_name(ind.row, ind.nama_cell.1),
                },
                OutCell::Number(Decimal::from(ind.row + 1)),
                t(ind.sasaran.as_deref().unwrap_or("")),
                t(&ind.nama),
                t(&{
                    let u = unit_of(&ind.target);
                    if u.is_empty() {
                        ind.satuan.as_deref().unwrap_or_default().to_string()
                    } else {
                        u
                    }
                }),
                t(match ind.polaritas {
                    Polaritas::Positif => POSITIVE.get(lang),
                    Polaritas::Negatif => NEGATIVE.get(lang),
                }),
                num_or_text(target, &ind.target),
                num_or_text(realisasi, &ind.realisasi),
                num_or_text(number_of(&ind.capaian), &ind.capaian),
                cap_cell,
                t(exact.map(capaian::kategori).unwrap_or("")),
                year.clone(),
                t(&file),
            ]);
        }
        for ind in &sm.triwulan {
            let level = match ind.level {
                Some(Level::Sasaran) => "Sasaran",
                Some(Level::Program) => "Program",
                Some(Level::Kegiatan) => "Kegiatan",
                Some(Level::SubKegiatan) => "Sub Kegiatan",
                None => "Indikator",
            };
            for q in &ind.quarters {
                let Some(q_target) = &q.target else {
                    continue;
                };
                let r = rows.len() + 1;
                let target = number_of(&q.target);
                let realisasi = number_of(&q.realisasi);
                let (Some(tv), Some(rv)) = (target, realisasi) else {
                    continue;
                };
                let units_differ = match (
                    q_target.reading.quantity(),
                    q.realisasi.as_ref().and_then(|f| f.reading.quantity()),
                ) {
                    (Some(a), Some(b)) => capaian::units_differ(a, b),
                    _ => false,
                };
                if units_differ {
                    continue;
                }
                let exact = capaian::capaian(tv, rv, Polaritas::Positif, neg).map(|e| match cap {
                    Some(c) if e > c => c,
                    _ => e,
                });
                let formula = capaian::excel_formula(
                    Polaritas::Positif,
                    neg,
                    &format!("G{r}"),
                    &format!("H{r}"),
                    cap,
                );
                let cached = match exact {
                    Some(e) => Cached::Number(crate::num::round(e, 10).normalize()),
                    None => Cached::Text(String::new()),
                };
                rows.push(vec![
                    OutCell::Link {
                        text: sm.name.clone(),
                        sheet: sm.name.clone(),
                        cell: cell_name(q_target.row, q_target.col),
                    },
                    OutCell::Number(Decimal::from(q_target.row + 1)),
                    t(&format!("{level}: {}", ind.induk.as_deref().unwrap_or(""))),
                    t(&match (ind.month_of(q), ind.half_of(q)) {
                        (Some(m), _) => {
                            format!("{} ({})", ind.nama, crate::layout::monthly::name_id(m))
                        }
                        (None, Some(h)) => {
                            let h = crate::model::half_numeral(h);
                            format!("{} (Semester {h})", ind.nama)
                        }
                        (None, None) => format!("{} (TW {})", ind.nama, q.q),
                    }),
                    t(&unit_of(&q.target)),
                    t(POSITIVE.get(lang)),
                    OutCell::Number(tv.normalize()),
                    OutCell::Number(rv.normalize()),
                    match number_of(&q.capaian) {
                        Some(v) => OutCell::Number(v.normalize()),
                        None => t(q.capaian.as_ref().map(|f| f.shown.as_ref()).unwrap_or("")),
                    },
                    OutCell::Formula { formula, cached },
                    t(exact.map(capaian::kategori).unwrap_or("")),
                    year.clone(),
                    t(&file),
                ]);
            }
        }
    }
    ExtraSheet {
        replaces: false,
        name: OWN_SHEETS[1].to_string(),
        widths: vec![
            14.0, 6.0, 40.0, 50.0, 16.0, 9.0, 14.0, 14.0, 12.0, 14.0, 14.0, 7.0, 28.0,
        ],
        col_styles: {
            use crate::write::ColStyle::{Decimal2, Plain, Wrap};
            vec![
                Plain, Plain, Wrap, Wrap, Plain, Plain, Plain, Plain, Decimal2, Decimal2, Plain,
                Plain, Plain,
            ]
        },
        header_rows: 1,
        autofilter: true,
        landscape_fit: true,
        rows,
    }
}
