//! The summary workbook of a run (`rakit check --summary ringkasan.xlsx`), to send back to
//! agencies or load into a portal:
//!
//! 1. "Berkas" (Files): a row per file: agency (OPD) as its title block writes it, year,
//!    form, verdict, errors, warnings, the most frequent codes, a link to the file; skipped
//!    files below, with their reason;
//! 2. "Temuan" (Findings): every finding (file, sheet, cell, code, severity, message, found,
//!    expected and their plain values), autofilter and frozen header;
//! 3. "Aturan" (Rules): per rule, how many findings and in how many files.

use rust_xlsxwriter::{Format, Url, Workbook, Worksheet, XlsxError};

use crate::i18n::Lang;
use crate::outcome::Verdict;
use crate::report::{Document, FileView};
use crate::rules::{RuleId, Severity};

crate::texts! {
    FILES = "emit.summary_xlsx.files",
        "Berkas",
        "Files";
    FINDINGS = "emit.summary_xlsx.findings",
        "Temuan",
        "Findings";
    RULES = "emit.summary_xlsx.rules",
        "Aturan",
        "Rules";
    ERROR = "emit.summary_xlsx.error",
        "galat",
        "error";
    WARNING = "emit.summary_xlsx.warning",
        "peringatan",
        "warning";
    RAKIT_S_COPY = "emit.summary_xlsx.rakit_s_copy",
        "Salinan rakit",
        "rakit's copy";
    NOTE = "emit.summary_xlsx.note",
        "Keterangan",
        "Note";
    YES = "emit.summary_xlsx.yes",
        "ya",
        "yes";
    SKIPPED = "emit.summary_xlsx.skipped",
        "dilewati",
        "skipped";
    FILE = "emit.summary_xlsx.file",
        "Berkas",
        "File";
    CELL = "emit.summary_xlsx.cell",
        "Sel",
        "Cell";
    CODE = "emit.summary_xlsx.code",
        "Kode",
        "Code";
    RULE = "emit.summary_xlsx.rule",
        "Aturan",
        "Rule";
    SEVERITY = "emit.summary_xlsx.severity",
        "Tingkat",
        "Severity";
    MESSAGE = "emit.summary_xlsx.message",
        "Pesan",
        "Message";
    FOUND = "emit.summary_xlsx.found",
        "Ditemukan",
        "Found";
    EXPECTED = "emit.summary_xlsx.expected",
        "Seharusnya",
        "Expected";
    FOUND_VALUE = "emit.summary_xlsx.found_value",
        "Nilai ditemukan",
        "Found value";
    EXPECTED_VALUE = "emit.summary_xlsx.expected_value",
        "Nilai seharusnya",
        "Expected value";
    SUMMARY = "emit.summary_xlsx.summary",
        "Ringkasan",
        "Summary";
}

/// The sheet names, in order, in each language.
pub fn sheet_names(lang: Lang) -> [&'static str; 3] {
    [FILES.get(lang), FINDINGS.get(lang), RULES.get(lang)]
}

fn sev_word(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => ERROR.get(lang),
        Severity::Warning => WARNING.get(lang),
        Severity::Info => "info",
    }
}

fn to_f64(d: rust_decimal::Decimal) -> Option<f64> {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64()
}

fn header(ws: &mut Worksheet, names: &[&str], widths: &[f64]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color("DDEBF7");
    for (c, (n, w)) in names.iter().zip(widths).enumerate() {
        ws.write_with_format(0, c as u16, *n, &bold)?;
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// `link(file)` gives the hyperlink target of a file as the summary workbook sees it
/// (`file:///dinas-a/pk.xlsx`), or `None` for no link.
pub fn summary_xlsx(
    doc: &Document<'_>,
    lang: Lang,
    link: &dyn Fn(&FileView<'_>) -> Option<String>,
) -> Result<Vec<u8>, String> {
    build(doc, lang, link).map_err(|e| e.to_string())
}

fn build(
    doc: &Document<'_>,
    lang: Lang,
    link: &dyn Fn(&FileView<'_>) -> Option<String>,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let [files_name, findings_name, rules_name] = sheet_names(lang);
    let link_fmt = Format::new()
        .set_font_color("0563C1")
        .set_underline(rust_xlsxwriter::FormatUnderline::Single);

    // 1. a row per file
    let ws = wb.add_worksheet();
    ws.set_name(files_name)?;
    let mut cols = super::file_columns(lang).to_vec();
    cols.push(RAKIT_S_COPY.get(lang));
    cols.push(NOTE.get(lang));
    header(
        ws,
        &cols,
        &[40.0, 40.0, 7.0, 11.0, 22.0, 8.0, 11.0, 30.0, 12.0, 60.0],
    )?;
    let mut row = 1u32;
    for f in &doc.files {
        match link(f) {
            Some(url) => {
                ws.write_url_with_format(
                    row,
                    0,
                    Url::new(url).set_text(f.relative_path),
                    &link_fmt,
                )?;
            }
            None => {
                ws.write(row, 0, f.relative_path)?;
            }
        }
        ws.write(row, 1, f.agency.unwrap_or(""))?;
        if let Some(y) = super::year_of(f) {
            ws.write(row, 2, y)?;
        }
        ws.write(row, 3, super::form_of(f).unwrap_or(""))?;
        ws.write(row, 4, f.verdict.word(lang))?;
        if f.verdict != Verdict::Unreadable {
            ws.write(row, 5, f.counts.error as u32)?;
            ws.write(row, 6, f.counts.warning as u32)?;
        }
        ws.write(row, 7, super::frequent_codes(f, 3))?;
        ws.write(row, 8, if f.corrected_copy { YES.get(lang) } else { "" })?;
        if let Some(e) = &f.error {
            ws.write(row, 9, e.message.as_str())?;
        }
        row += 1;
    }
    for k in &doc.skipped {
        ws.write(row, 0, k.path)?;
        ws.write(row, 4, SKIPPED.get(lang))?;
        ws.write(row, 9, k.reason.as_str())?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, (cols.len() - 1) as u16)?;
    }
    // the closing summary under the table
    ws.write(row + 1, 0, doc.summary.line(lang))?;

    // 2. every finding
    let ws = wb.add_worksheet();
    ws.set_name(findings_name)?;
    let cols = [
        FILE.get(lang),
        "Sheet",
        CELL.get(lang),
        CODE.get(lang),
        RULE.get(lang),
        SEVERITY.get(lang),
        MESSAGE.get(lang),
        FOUND.get(lang),
        EXPECTED.get(lang),
        FOUND_VALUE.get(lang),
        EXPECTED_VALUE.get(lang),
    ];
    header(
        ws,
        &cols,
        &[
            40.0, 18.0, 8.0, 7.0, 24.0, 11.0, 70.0, 16.0, 16.0, 14.0, 14.0,
        ],
    )?;
    let mut row = 1u32;
    for f in &doc.files {
        let base = link(f);
        for x in &f.findings {
            ws.write(row, 0, f.relative_path)?;
            ws.write(row, 1, x.sheet)?;
            match &base {
                Some(url) => {
                    let target = format!("{url}#'{}'!{}", x.sheet.replace('\'', "''"), x.cell);
                    ws.write_url_with_format(
                        row,
                        2,
                        Url::new(target).set_text(&x.cell),
                        &link_fmt,
                    )?;
                }
                None => {
                    ws.write(row, 2, &x.cell)?;
                }
            }
            ws.write(row, 3, x.code)?;
            ws.write(row, 4, x.rule)?;
            ws.write(row, 5, sev_word(x.severity, lang))?;
            ws.write(row, 6, x.message.as_ref())?;
            ws.write(row, 7, x.found.unwrap_or(""))?;
            ws.write(row, 8, x.expected.as_deref().unwrap_or(""))?;
            if let Some(v) = x.found_value.and_then(to_f64) {
                ws.write(row, 9, v)?;
            }
            if let Some(v) = x.expected_value.and_then(to_f64) {
                ws.write(row, 10, v)?;
            }
            row += 1;
        }
    }
    ws.autofilter(0, 0, row.max(1) - 1, (cols.len() - 1) as u16)?;

    // 3. counts per rule
    let ws = wb.add_worksheet();
    ws.set_name(rules_name)?;
    let cols = [
        CODE.get(lang),
        RULE.get(lang),
        SEVERITY.get(lang),
        FINDINGS.get(lang),
        FILES.get(lang),
        SUMMARY.get(lang),
    ];
    header(ws, &cols, &[7.0, 30.0, 11.0, 9.0, 8.0, 80.0])?;
    let mut row = 1u32;
    for &id in RuleId::ALL {
        let code = id.code();
        let findings: usize = doc
            .files
            .iter()
            .map(|f| f.findings.iter().filter(|x| x.code == code).count())
            .sum();
        if findings == 0 {
            continue;
        }
        let files = doc
            .files
            .iter()
            .filter(|f| f.findings.iter().any(|x| x.code == code))
            .count();
        let r = id.rule();
        ws.write(row, 0, code)?;
        ws.write(row, 1, r.name)?;
        ws.write(row, 2, sev_word(r.severity, lang))?;
        ws.write(row, 3, findings as u32)?;
        ws.write(row, 4, files as u32)?;
        ws.write(row, 5, r.summary.get(lang))?;
        row += 1;
    }
    ws.autofilter(0, 0, row.max(1) - 1, (cols.len() - 1) as u16)?;
    wb.save_to_buffer()
}
