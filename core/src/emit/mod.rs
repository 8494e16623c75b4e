//! The outputs of a run of many files, from its [`Document`]: pure functions, bytes or text
//! out, for the command line to write and the browser page to offer for download.
//!
//! - [`junit`]: a JUnit XML report (a testsuite per folder, a testcase per file) for CI
//!   systems and portals;
//! - [`markdown`]: a table to paste into an e-mail or a job summary;
//! - [`csv`](mod@csv): one row per finding;
//! - [`summary_xlsx`]: a workbook to send back: a row per file, every finding, counts per
//!   rule.

pub mod csv;
pub mod junit;
pub mod markdown;
pub mod summary_xlsx;

use crate::report::{Document, FileView};

crate::texts! {
    FILE = "emit.file",
        "Berkas",
        "File";
    AGENCY = "emit.agency",
        "Perangkat daerah",
        "Agency";
    YEAR = "emit.year",
        "Tahun",
        "Year";
    FORM = "emit.form",
        "Formulir",
        "Form";
    VERDICT = "emit.verdict",
        "Hasil",
        "Verdict";
    ERRORS = "emit.errors",
        "Galat",
        "Errors";
    WARNINGS = "emit.warnings",
        "Peringatan",
        "Warnings";
    MOST_FREQUENT_CODES = "emit.most_frequent_codes",
        "Kode tersering",
        "Most frequent codes";
}

/// The folder of a file as the run shows it (`dinas-a` for `dinas-a/pk.xlsx`, `.` for a
/// file at the top).
/// The headings of the row per file that the Markdown table and the summary workbook share:
/// file, agency, year, form, verdict, errors, warnings, most frequent codes.
pub fn file_columns(lang: crate::i18n::Lang) -> [&'static str; 8] {
    [
        FILE.get(lang),
        AGENCY.get(lang),
        YEAR.get(lang),
        FORM.get(lang),
        VERDICT.get(lang),
        ERRORS.get(lang),
        WARNINGS.get(lang),
        MOST_FREQUENT_CODES.get(lang),
    ]
}

pub fn folder_of(path: &str) -> &str {
    match path.rfind(['/', '\\']) {
        Some(i) if i > 0 => &path[..i],
        _ => ".",
    }
}

/// The file name of a path as the run shows it.
pub fn file_name_of(path: &str) -> &str {
    match path.rfind(['/', '\\']) {
        Some(i) => &path[i + 1..],
        None => path,
    }
}

/// The codes a file's findings name most, most frequent first (then by code), with their
/// counts: `C101 ×3, V202 ×1`. Info findings are left out.
pub fn frequent_codes(f: &FileView<'_>, max: usize) -> String {
    codes_of(f, max, |s| s != crate::rules::Severity::Info)
}

/// [`frequent_codes`] of the findings whose severity `keep` accepts.
pub fn codes_of(
    f: &FileView<'_>,
    max: usize,
    keep: impl Fn(crate::rules::Severity) -> bool,
) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for x in f.findings.iter().filter(|x| keep(x.severity)) {
        match counts.iter_mut().find(|(c, _)| *c == x.code) {
            Some(e) => e.1 += 1,
            None => counts.push((x.code, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
        .iter()
        .take(max)
        .map(|(c, n)| format!("{c} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The year a file's sheets agree on, or the first.
pub fn year_of(f: &FileView<'_>) -> Option<i32> {
    f.sheets.iter().find_map(|s| s.year)
}

/// The form of a file's first table: `annual`, `quarterly`, `evaluation`.
pub fn form_of(f: &FileView<'_>) -> Option<&'static str> {
    f.sheets.first().map(|s| match s.layout {
        crate::layout::TableKind::Annual => "annual",
        crate::layout::TableKind::Quarterly => "quarterly",
        crate::layout::TableKind::Evaluation => "evaluation",
        crate::layout::TableKind::Monthly => "monthly",
    })
}

/// The files of a document grouped by folder, in the order they first appear.
pub fn by_folder<'d, 'a>(doc: &'d Document<'a>) -> Vec<(&'d str, Vec<&'d FileView<'a>>)> {
    let mut out: Vec<(&str, Vec<&FileView>)> = Vec::new();
    for f in &doc.files {
        let folder = folder_of(f.relative_path);
        match out.iter_mut().find(|(d, _)| *d == folder) {
            Some((_, v)) => v.push(f),
            None => out.push((folder, vec![f])),
        }
    }
    out
}
