//! Outputs for programs and the summary line of a file: one JSON document. (The terminal's
//! diagnostics are the front end's: `rakit::render`.)

use std::borrow::Cow;

use serde::Serialize;

use crate::i18n::Lang;
use crate::outcome::{FileReport, Status};

use crate::rules::Severity;

mod place;
pub use place::{place_of, Place};

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

/// The report of a run, as every output shows it: one public, serde-stable type that the
/// JSON document serializes as it is and the Temuan sheet of a corrected copy lists row by
/// row, in the chosen language. Its field names are the JSON's keys.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'a> {
    pub files: Vec<FileView<'a>>,
}

/// One file of a [`Document`].
#[derive(Debug, Clone, Serialize)]
pub struct FileView<'a> {
    pub path: String,
    pub status: Status,
    pub error: Option<ErrorView<'a>>,
    pub sheets: &'a [crate::outcome::SheetSummary],
    pub findings: Vec<FindingView<'a>>,
}

/// Why a file could not be checked.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorView<'a> {
    pub kind: &'a str,
    pub message: &'a str,
}

/// A text of rakit's in the chosen language's number convention: rules write numbers the
/// Indonesian way; English gets `26,566` and `109.1`.
fn marks(s: &str, lang: Lang) -> Cow<'_, str> {
    match lang {
        Lang::Id => Cow::Borrowed(s),
        Lang::En => Cow::Owned(crate::num::english_marks(s)),
    }
}

/// One finding as people and programs see it.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView<'a> {
    pub code: &'a str,
    /// the rule's kebab name
    pub rule: &'a str,
    pub severity: Severity,
    pub sheet: &'a str,
    /// `G14`
    pub cell: String,
    /// one-based, as Excel numbers rows
    pub row: u32,
    /// `G`
    pub column: String,
    /// under English, rakit's own numbers written the English way (`26,566`); a cell's
    /// text stays quoted as typed
    pub message: Cow<'a, str>,
    pub help: Cow<'a, str>,
    /// the cell's own text, as typed
    pub found: Option<&'a str>,
    pub expected: Option<Cow<'a, str>>,
    /// `rakit fix` corrects it
    pub fixable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::rules::Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    /// the indikator of the finding's row, as the sheet names it
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indikator: Option<String>,
    /// the sasaran, program or kegiatan that indikator belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub induk: Option<String>,
}

impl<'a> FindingView<'a> {
    /// A finding in the chosen language.
    pub fn of(f: &'a crate::rules::Finding, lang: Lang) -> FindingView<'a> {
        FindingView {
            code: f.code.code(),
            rule: f.rule().name,
            severity: f.severity,
            sheet: &f.sheet,
            cell: f.cell(),
            row: f.row + 1,
            column: crate::read::col_name(f.col),
            message: marks(f.message.get(lang), lang),
            help: marks(f.help.get(lang), lang),
            found: f.found.as_deref(),
            expected: f.expected.as_deref().map(|e| marks(e, lang)),
            fixable: f.fix.is_some(),
            level: f.level,
            quarter: f.quarter,
            indikator: None,
            induk: None,
        }
    }

    /// The finding with its place (indikator, induk, level, quarter) filled in.
    pub fn placed(mut self, place: Place) -> FindingView<'a> {
        self.level = self.level.or(place.level);
        self.quarter = self.quarter.or(place.quarter);
        self.indikator = place.indikator;
        self.induk = place.induk;
        self
    }
}

impl<'a> FileView<'a> {
    /// A file's report in the chosen language.
    pub fn of(r: &'a FileReport, lang: Lang) -> FileView<'a> {
        FileView {
            path: r.path.display().to_string(),
            status: r.status,
            error: r.error.as_ref().map(|e| ErrorView {
                kind: e.kind,
                message: e.message.get(lang),
            }),
            sheets: &r.sheets,
            findings: r
                .findings
                .iter()
                .map(|f| FindingView::of(f, lang).placed(place_of(&r.models, f)))
                .collect(),
        }
    }
}

/// The report of every file, in the chosen language.
pub fn document(reports: &[FileReport], lang: Lang) -> Document<'_> {
    Document {
        files: reports.iter().map(|r| FileView::of(r, lang)).collect(),
    }
}

/// The JSON document for all files.
pub fn json(reports: &[FileReport], lang: Lang) -> String {
    serde_json::to_string_pretty(&document(reports, lang))
        .unwrap_or_else(|_| "{\"files\":[]}".into())
}
