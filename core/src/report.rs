//! Outputs for programs and the summary line of a file: one JSON document. (The terminal's
//! diagnostics are the front end's: `rakit::render`.)

use serde::Serialize;

use crate::i18n::Lang;
use crate::outcome::{FileReport, Status};

use crate::rules::Severity;

/// The summary line of one file.
pub fn summary_line(r: &FileReport, lang: Lang) -> String {
    let name = r.path.display();
    match r.status {
        Status::Unreadable => format!(
            "{name}: {} — {}",
            lang.t("TIDAK TERBACA", "UNREADABLE"),
            r.error.as_ref().map(|e| e.message.get(lang)).unwrap_or("")
        ),
        _ => {
            let sheets: Vec<String> = r
                .sheets
                .iter()
                .map(|s| {
                    format!(
                        "{} ({}{} {})",
                        s.name,
                        s.year.map(|y| format!("{y}, ")).unwrap_or_default(),
                        s.indicators,
                        lang.t("indikator", "indicators")
                    )
                })
                .collect();
            format!(
                "{name}: {} {}, {} {}, info {} — {}",
                lang.t("galat", "errors"),
                r.count(Severity::Error),
                lang.t("peringatan", "warnings"),
                r.count(Severity::Warning),
                r.count(Severity::Info),
                sheets.join("; ")
            )
        }
    }
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: String,
    status: Status,
    error: Option<JsonError<'a>>,
    sheets: &'a [crate::outcome::SheetSummary],
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonError<'a> {
    kind: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    rule: &'a str,
    severity: Severity,
    sheet: &'a str,
    cell: String,
    row: u32,
    column: String,
    message: &'a str,
    help: &'a str,
    found: Option<&'a str>,
    expected: Option<&'a str>,
    fixable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<crate::rules::Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quarter: Option<u8>,
}

/// The JSON document for all files.
pub fn json(reports: &[FileReport], lang: Lang) -> String {
    let doc = JsonDoc {
        files: reports
            .iter()
            .map(|r| JsonFile {
                path: r.path.display().to_string(),
                status: r.status,
                error: r.error.as_ref().map(|e| JsonError {
                    kind: e.kind,
                    message: e.message.get(lang),
                }),
                sheets: &r.sheets,
                findings: r
                    .findings
                    .iter()
                    .map(|f| JsonFinding {
                        code: f.code.code(),
                        rule: f.rule().name,
                        severity: f.severity,
                        sheet: &f.sheet,
                        cell: f.cell(),
                        row: f.row + 1,
                        column: crate::read::col_name(f.col),
                        message: f.message.get(lang),
                        help: f.help.get(lang),
                        found: f.found.as_deref(),
                        expected: f.expected.as_deref(),
                        fixable: f.fix.is_some(),
                        level: f.level,
                        quarter: f.quarter,
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{\"files\":[]}".into())
}
