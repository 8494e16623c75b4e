//! One CSV row per finding (UTF-8, comma-separated, a header row), for a spreadsheet or a
//! portal's import: the file, its agency and verdict, then the finding. An unreadable file
//! has one row with its reason, so no file disappears from the list.

use crate::i18n::Lang;
use crate::outcome::Verdict;
use crate::report::Document;

/// The columns, in order.
pub const HEADER: [&str; 15] = [
    "path",
    "agency",
    "verdict",
    "sheet",
    "cell",
    "code",
    "rule",
    "severity",
    "message",
    "found",
    "found_value",
    "expected",
    "expected_value",
    "fixable",
    "corrected_copy",
];

/// The CSV of a run's findings.
pub fn csv(doc: &Document<'_>, _lang: Lang) -> Result<String, String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let err = |e: ::csv::Error| e.to_string();
    w.write_record(HEADER).map_err(err)?;
    let copy = |b: bool| if b { "true" } else { "false" };
    for f in &doc.files {
        let verdict = f.verdict.key();
        if f.verdict == Verdict::Unreadable {
            let msg = f.error.as_ref().map(|e| e.message.as_str()).unwrap_or("");
            w.write_record([
                f.relative_path,
                "",
                verdict,
                "",
                "",
                "",
                "",
                "",
                msg,
                "",
                "",
                "",
                "",
                "",
                copy(f.corrected_copy),
            ])
            .map_err(err)?;
            continue;
        }
        for x in &f.findings {
            let sev = match x.severity {
                crate::rules::Severity::Error => "error",
                crate::rules::Severity::Warning => "warning",
                crate::rules::Severity::Info => "info",
            };
            let fv = x.found_value.map(|d| d.to_string()).unwrap_or_default();
            let ev = x.expected_value.map(|d| d.to_string()).unwrap_or_default();
            w.write_record([
                f.relative_path,
                f.agency.unwrap_or(""),
                verdict,
                x.sheet,
                &x.cell,
                x.code,
                x.rule,
                sev,
                &x.message,
                x.found.unwrap_or(""),
                &fv,
                x.expected.as_deref().unwrap_or(""),
                &ev,
                copy(x.fixable),
                copy(f.corrected_copy),
            ])
            .map_err(err)?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
