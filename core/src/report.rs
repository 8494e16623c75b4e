//! Outputs for programs and the summary line of a file: one JSON document. (The terminal's
//! diagnostics are the front end's: `rakit::render`.)

use std::borrow::Cow;

use serde::Serialize;

use rust_decimal::Decimal;

use crate::i18n::Lang;
use crate::outcome::{FileReport, Skipped, Status, Verdict};

use crate::rules::{Options, Severity};

pub use crate::place::{place_of, Place};

crate::texts! {
    RAKIT_S_CORRECTED_COPY = "report.rakit_s_corrected_copy",
        " [salinan perbaikan rakit]",
        " [rakit's corrected copy]";
    INDICATORS = "report.indicators",
        "indikator",
        "indicators";
    ERRORS = "report.errors",
        "galat",
        "errors";
    WARNINGS = "report.warnings",
        "peringatan",
        "warnings";
    SUMMARY = "report.summary",
        "Ringkasan",
        "Summary";
    FILES = "report.files",
        "berkas",
        "files";
    OF_THEM_RAKIT_S_CORRECTED = "report.of_them_rakit_s_corrected",
        "di antaranya salinan perbaikan rakit",
        "of them rakit's corrected copies";
    SKIPPED = "report.skipped",
        "dilewati",
        "skipped";
}

/// The summary line of one file, with its verdict word: `dinas-a/pk.xlsx: gagal — galat 3,
/// peringatan 1, info 2 — PK 2020 (2020, 12 indikator)`.
pub fn summary_line(r: &FileReport, lang: Lang) -> String {
    let mut name = r.relative_path.clone();
    if r.corrected_copy {
        name.push_str(RAKIT_S_CORRECTED_COPY.get(lang));
    }
    let verdict = r.verdict().word(lang);
    match r.status {
        Status::Unreadable => format!(
            "{name}: {verdict} — {}",
            r.error
                .as_ref()
                .map(|e| e.message.render(lang))
                .unwrap_or_default()
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
                        INDICATORS.get(lang)
                    )
                })
                .collect();
            format!(
                "{name}: {verdict} — {} {}, {} {}, info {} — {}",
                ERRORS.get(lang),
                r.count(Severity::Error),
                WARNINGS.get(lang),
                r.count(Severity::Warning),
                r.count(Severity::Info),
                sheets.join("; ")
            )
        }
    }
}

/// The report of a run, as every output shows it: one public, serde-stable type that the
/// JSON document serializes as it is and the Temuan sheet of a corrected copy lists row by
/// row, in the chosen language. Its field names are the JSON's keys. `Files` is the list of
/// [`FileView`]s, or what renders them one at a time while they are written
/// ([`write_json_of_run`]).
#[derive(Debug, Clone, Serialize)]
pub struct Document<'a, Files = Vec<FileView<'a>>> {
    /// `rakit`
    pub tool: &'a str,
    /// the version of the tool that wrote the document
    pub version: &'a str,
    /// the options the files were checked with
    pub options: OptionsView,
    /// how many files got each verdict, and how many were skipped
    pub summary: Summary,
    pub files: Files,
    /// files found in the folders given and not checked, with the reason
    pub skipped: Vec<SkippedView<'a>>,
}

/// What a run was asked for, beside its files: what the JSON's `tool`, `version`,
/// `options` and `skipped` say.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// the front end's version (`env!("CARGO_PKG_VERSION")` of the command line)
    pub version: String,
    pub options: Options,
    /// the mapping file given, as named
    pub mapping: Option<String>,
    /// the policy file given, as named
    pub policy_file: Option<String>,
    pub skipped: Vec<Skipped>,
}

/// The options of a run as JSON shows them.
#[derive(Debug, Clone, Serialize)]
pub struct OptionsView {
    pub lang: &'static str,
    pub negatif: Option<&'static str>,
    pub cap: Option<String>,
    pub select: Option<Vec<&'static str>>,
    pub ignore: Vec<&'static str>,
    pub mapping: Option<String>,
    pub policy_file: Option<String>,
    pub policy: Option<crate::rules::policy::Policy>,
}

impl OptionsView {
    fn of(run: &Run, lang: Lang) -> OptionsView {
        let o = &run.options;
        OptionsView {
            lang: lang.name(),
            negatif: o.negatif.map(|n| n.name()),
            cap: o.cap.map(|c| match c {
                crate::rules::CapPolicy::None => "none".to_string(),
                crate::rules::CapPolicy::At(d) => d.to_string(),
            }),
            select: o
                .select
                .as_ref()
                .map(|s| s.iter().map(|id| id.code()).collect()),
            ignore: o.ignore.iter().map(|id| id.code()).collect(),
            mapping: run.mapping.clone(),
            policy_file: run.policy_file.clone(),
            policy: o.policy.clone(),
        }
    }
}

/// How many files got each verdict: `files` = `pass` + `pass_with_warnings` + `fail` +
/// `unreadable`; `skipped` files are not among them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub pass: usize,
    pub pass_with_warnings: usize,
    pub fail: usize,
    pub unreadable: usize,
    pub skipped: usize,
    /// of the files, rakit's own corrected copies
    pub corrected_copies: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    /// The counts of a run.
    pub fn of(reports: &[FileReport], skipped: usize) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            skipped,
            ..Summary::default()
        };
        for r in reports {
            match r.verdict() {
                Verdict::Pass => s.pass += 1,
                Verdict::PassWithWarnings => s.pass_with_warnings += 1,
                Verdict::Fail => s.fail += 1,
                Verdict::Unreadable => s.unreadable += 1,
            }
            s.corrected_copies += usize::from(r.corrected_copy);
            s.errors += r.count(Severity::Error);
            s.warnings += r.count(Severity::Warning);
        }
        s
    }

    /// How many files got `v`.
    pub fn count(&self, v: Verdict) -> usize {
        match v {
            Verdict::Pass => self.pass,
            Verdict::PassWithWarnings => self.pass_with_warnings,
            Verdict::Fail => self.fail,
            Verdict::Unreadable => self.unreadable,
        }
    }

    /// The exit code of a run: 2 when a file is unreadable, else 1 when a file has an
    /// error, else 0.
    pub fn exit_code(&self) -> i32 {
        if self.unreadable > 0 {
            2
        } else if self.fail > 0 {
            1
        } else {
            0
        }
    }

    /// The closing line: `Ringkasan: 12 berkas: 7 lulus, 2 lulus dengan catatan, 2 gagal,
    /// 1 tidak terbaca; 3 dilewati`. The verdicts add up to the files.
    pub fn line(&self, lang: Lang) -> String {
        let verdicts: Vec<String> = Verdict::ALL
            .iter()
            .map(|v| format!("{} {}", self.count(*v), v.word(lang)))
            .collect();
        let mut line = format!(
            "{}: {} {}: {}",
            SUMMARY.get(lang),
            self.files,
            FILES.get(lang),
            verdicts.join(", ")
        );
        if self.corrected_copies > 0 {
            line.push_str(&format!(
                "; {} {}",
                self.corrected_copies,
                OF_THEM_RAKIT_S_CORRECTED.get(lang)
            ));
        }
        if self.skipped > 0 {
            line.push_str(&format!("; {} {}", self.skipped, SKIPPED.get(lang)));
        }
        line
    }
}

/// A file not checked.
#[derive(Debug, Clone, Serialize)]
pub struct SkippedView<'a> {
    pub path: &'a str,
    pub reason: String,
}

/// Counts of a file's findings by severity.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// One file of a [`Document`].
#[derive(Debug, Clone, Serialize)]
pub struct FileView<'a> {
    pub path: String,
    /// relative to the folder given (the path as given for a file named alone)
    pub relative_path: &'a str,
    pub status: Status,
    pub verdict: Verdict,
    /// the agency (OPD) as the title block writes it
    pub agency: Option<&'a str>,
    /// one of rakit's own corrected copies
    pub corrected_copy: bool,
    pub counts: Counts,
    pub error: Option<ErrorView<'a>>,
    pub sheets: &'a [crate::outcome::SheetSummary],
    pub findings: Vec<FindingView<'a>>,
}

/// Why a file could not be checked.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorView<'a> {
    pub kind: &'a str,
    pub message: String,
}

/// A text of rakit's in the chosen language's number convention: rules write numbers the
/// Indonesian way; English gets `26,566` and `109.1`.
fn marks<'a>(s: impl Into<Cow<'a, str>>, lang: Lang) -> Cow<'a, str> {
    let s = s.into();
    match lang {
        Lang::Id => s,
        Lang::En => Cow::Owned(crate::num::english_marks(&s)),
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
    /// the stable key of the message's text (`c101.wrong`), for programs to key on
    pub message_id: &'static str,
    /// the message's arguments by name, each as plain text in the chosen language (numbers
    /// as rakit writes them, Indonesian marks: `109,90`)
    pub args: crate::i18n::Args,
    /// the cell's own text, as typed
    pub found: Option<&'a str>,
    pub expected: Option<Cow<'a, str>>,
    /// `found` as a plain decimal (`109.10` for `109,10`), when it is a number
    pub found_value: Option<Decimal>,
    /// `expected` as a plain decimal, when it is a number
    pub expected_value: Option<Decimal>,
    /// `rakit fix` corrects it
    pub fixable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::rules::Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    /// the half year (1 or 2) of a Rencana Aksi written by semester
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semester: Option<u8>,
    /// the month (1 = Januari) of a monthly table's figure
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
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
            message: marks(f.message.render(lang), lang),
            help: marks(f.help.render(lang), lang),
            message_id: f.message.key(),
            args: crate::i18n::Args(f.message.rendered_args(lang)),
            found: f.found.as_deref(),
            expected: f.expected.as_deref().map(|e| marks(e, lang)),
            found_value: f.found.as_deref().and_then(plain_decimal),
            expected_value: f.expected.as_deref().and_then(plain_decimal),
            fixable: f.fix.is_some(),
            level: f.level,
            quarter: f.quarter,
            semester: f.semester,
            month: None,
            indikator: None,
            induk: None,
        }
    }

    /// The finding with its place (indikator, induk, level, quarter) filled in.
    pub fn placed(mut self, place: Place) -> FindingView<'a> {
        self.level = self.level.or(place.level);
        self.quarter = self.quarter.or(place.quarter);
        self.semester = self.semester.or(place.semester);
        self.month = place.month;
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
            relative_path: &r.relative_path,
            status: r.status,
            verdict: r.verdict(),
            agency: r.agency.as_deref(),
            corrected_copy: r.corrected_copy,
            counts: Counts {
                error: r.count(Severity::Error),
                warning: r.count(Severity::Warning),
                info: r.count(Severity::Info),
            },
            error: r.error.as_ref().map(|e| ErrorView {
                kind: e.kind,
                message: e.message.render(lang),
            }),
            sheets: &r.sheets,
            findings: r
                .findings
                .iter()
                .zip(r.all_places())
                .map(|(f, place)| FindingView::of(f, lang).placed(place))
                .collect(),
        }
    }
}

/// A number as a finding's `found` or `expected` writes it (`109,10`, `1.425`, `61,47 %`),
/// as a plain decimal (`109.10`, `1425`, `61.47`): the number as written, not multiplied by
/// its scale word. rakit writes numbers the Indonesian way, so a separator that could be
/// either (`1.425`, `1,425`) is read so: `.` groups thousands, `,` marks decimals. `None`
/// for a text that is not one number.
pub fn plain_decimal(text: &str) -> Option<Decimal> {
    match crate::value::parse(text) {
        crate::value::Value::Number(q) => Some(q.value),
        crate::value::Value::Ambiguous { grouped, decimal } => {
            if grouped.grouping == Some('.') {
                Some(grouped.value)
            } else {
                Some(decimal.value)
            }
        }
        _ => None,
    }
}

/// The report of every file, in the chosen language, with default options.
pub fn document(reports: &[FileReport], lang: Lang) -> Document<'_> {
    static DEFAULT: std::sync::OnceLock<Run> = std::sync::OnceLock::new();
    let run = DEFAULT.get_or_init(|| Run {
        version: env!("CARGO_PKG_VERSION").to_string(),
        ..Run::default()
    });
    document_of_run(reports, run, lang)
}

/// The report of a run: its files, its options and what it skipped.
pub fn document_of_run<'a>(reports: &'a [FileReport], run: &'a Run, lang: Lang) -> Document<'a> {
    Document {
        tool: "rakit",
        version: &run.version,
        options: OptionsView::of(run, lang),
        summary: Summary::of(reports, run.skipped.len()),
        files: reports.iter().map(|r| FileView::of(r, lang)).collect(),
        skipped: run
            .skipped
            .iter()
            .map(|s| SkippedView {
                path: &s.path,
                reason: s.reason.render(lang),
            })
            .collect(),
    }
}

/// The JSON document for all files.
pub fn json(reports: &[FileReport], lang: Lang) -> String {
    serde_json::to_string_pretty(&document(reports, lang))
        .unwrap_or_else(|_| "{\"files\":[]}".into())
}

/// The JSON document of a run written to `w` as it is rendered, one file at a time: the
/// same bytes as [`json_of_run`] without holding every file's rendered findings at once (a
/// folder of a thousand submissions).
pub fn write_json_of_run(
    w: impl std::io::Write,
    reports: &[FileReport],
    run: &Run,
    lang: Lang,
) -> serde_json::Result<()> {
    /// the files of a [`Document`], rendered while they are written
    struct Files<'a>(&'a [FileReport], Lang);
    impl Serialize for Files<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.iter().map(|r| FileView::of(r, self.1)))
        }
    }
    let head = document_of_run(&[], run, lang);
    let doc = Document {
        tool: head.tool,
        version: head.version,
        options: head.options,
        summary: Summary::of(reports, run.skipped.len()),
        files: Files(reports, lang),
        skipped: head.skipped,
    };
    serde_json::to_writer_pretty(w, &doc)
}

/// The JSON document of a run.
pub fn json_of_run(reports: &[FileReport], run: &Run, lang: Lang) -> String {
    serde_json::to_string_pretty(&document_of_run(reports, run, lang))
        .unwrap_or_else(|_| "{\"files\":[]}".into())
}
