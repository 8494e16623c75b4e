//! The result of checking one file: what the check ([`crate::app`]) hands to the outputs
//! ([`crate::report`], [`crate::fix`]) and to the front end.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::layout::mapping::Mapping;
use crate::layout::TableKind;
use crate::model::SheetModel;
use crate::place::{Place, Places};
use crate::read::Workbook;
use crate::rules::{Finding, Message, Severity, SheetPolicy};

crate::texts! {
    PASS = "outcome.pass",
        "lulus",
        "pass";
    PASS_WITH_WARNINGS = "outcome.pass_with_warnings",
        "lulus dengan catatan",
        "pass with warnings";
    FAIL = "outcome.fail",
        "gagal",
        "fail";
    UNREADABLE = "outcome.unreadable",
        "tidak terbaca",
        "unreadable";
}

/// What happened to one input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Clean,
    Findings,
    Unreadable,
}

/// The verdict on one file, as a verifier reports it: lulus (no error, no warning), lulus
/// dengan catatan (warnings only), gagal (an error), tidak terbaca (not checked at all).
/// Info findings never change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    PassWithWarnings,
    Fail,
    Unreadable,
}

impl Verdict {
    /// Every verdict, from the best to the worst.
    pub const ALL: [Verdict; 4] = [
        Verdict::Pass,
        Verdict::PassWithWarnings,
        Verdict::Fail,
        Verdict::Unreadable,
    ];

    /// The word people read: `lulus`, `lulus dengan catatan`, `gagal`, `tidak terbaca`
    /// (`pass`, `pass with warnings`, `fail`, `unreadable`).
    pub fn word(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            Verdict::Pass => PASS.get(lang),
            Verdict::PassWithWarnings => PASS_WITH_WARNINGS.get(lang),
            Verdict::Fail => FAIL.get(lang),
            Verdict::Unreadable => UNREADABLE.get(lang),
        }
    }

    /// The key programs read (the JSON's): `pass`, `pass_with_warnings`, `fail`,
    /// `unreadable`.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::PassWithWarnings => "pass_with_warnings",
            Verdict::Fail => "fail",
            Verdict::Unreadable => "unreadable",
        }
    }
}

/// A sheet with an indicator table, as JSON shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SheetSummary {
    pub name: String,
    pub layout: TableKind,
    pub year: Option<i32>,
    pub indicators: usize,
}

/// Why a file could not be checked.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    pub kind: &'static str,
    pub message: Message,
}

/// What a report lets go of when it is made smaller for a run ([`FileReport::slim`],
/// [`FileReport::trimmed`], [`FileReport::tally`]): the workbook and its models, and for a
/// tally the findings too. Dropping it frees them; freeing a workbook of 50,000 rows takes
/// a while, which a caller may spend on another thread.
#[derive(Default)]
pub struct Shed {
    // held only to be dropped
    _workbook: Option<Workbook>,
    _models: Vec<SheetModel>,
    _findings: Vec<Finding>,
    _places: Vec<Place>,
    _policies: Vec<SheetPolicy>,
}

/// The result of checking one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: PathBuf,
    pub status: Status,
    pub error: Option<FileError>,
    pub sheets: Vec<SheetSummary>,
    pub findings: Vec<Finding>,
    /// the path as people read it: relative to the folder given on the command line (the
    /// path itself for a file named alone)
    pub relative_path: String,
    /// the agency (OPD) as the first title block writes it
    pub agency: Option<String>,
    /// one of rakit's corrected copies (`-diperbaiki` in its name, or rakit's Temuan sheet
    /// in it): checked like any file, marked as such
    pub corrected_copy: bool,
    /// SHA-256 of the file's bytes (byte-identical submissions)
    #[serde(skip)]
    pub digest: Option<[u8; 32]>,
    /// a fingerprint of every figure the tables hold, in order (two workbooks with the
    /// same figures); `None` when the tables hold too few figures to tell
    #[serde(skip)]
    pub figures: Option<u64>,
    #[serde(skip)]
    pub workbook: Option<Workbook>,
    #[serde(skip)]
    pub models: Vec<SheetModel>,
    /// how each model's sheet was judged, in the models' order
    #[serde(skip)]
    pub policies: Vec<SheetPolicy>,
    /// the place of each finding, in the findings' order, kept by [`FileReport::slim`]
    /// when the models go (empty while the models are here: the places are read from them)
    #[serde(skip)]
    pub places: Vec<Place>,
    /// how many findings of each severity (error, warning, info) [`FileReport::tally`] let
    /// go; [`FileReport::count`] adds them to those still held
    #[serde(skip)]
    pub tallied: [usize; 3],
}

impl FileReport {
    pub fn count(&self, sev: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == sev).count() + self.tallied[sev as usize]
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// The file's verdict: unreadable, else fail on an error, else pass with warnings on a
    /// warning, else pass.
    pub fn verdict(&self) -> Verdict {
        if self.status == Status::Unreadable {
            Verdict::Unreadable
        } else if self.has_errors() {
            Verdict::Fail
        } else if self.count(Severity::Warning) > 0 {
            Verdict::PassWithWarnings
        } else {
            Verdict::Pass
        }
    }

    /// The form of its tables (`annual`, `quarter`, `evaluation`), the first table's when
    /// sheets differ.
    pub fn form(&self) -> Option<TableKind> {
        self.sheets.first().map(|s| s.layout)
    }

    /// The year of its first sheet with one.
    pub fn year(&self) -> Option<i32> {
        self.sheets.iter().find_map(|s| s.year)
    }

    /// The report without the workbook and its models, which only the terminal's
    /// diagnostics and `fix` need: a folder of a thousand files is then held as findings,
    /// each with its place (indikator, induk), read from the models before they go.
    pub fn slim(self) -> FileReport {
        self.slim_shedding().0
    }

    /// [`FileReport::slim`], handing back what it lets go of instead of freeing it.
    pub fn slim_shedding(mut self) -> (FileReport, Shed) {
        if self.places.len() != self.findings.len() {
            self.places = self.all_places();
        }
        let shed = Shed {
            _workbook: self.workbook.take(),
            _models: std::mem::take(&mut self.models),
            ..Shed::default()
        };
        (self, shed)
    }

    /// [`FileReport::slim`] keeping of the workbook the rows the terminal's report shows:
    /// each finding's row, and the first row of every sheet (where the duplicates across
    /// files are reported, once every file is checked).
    pub fn trimmed(self) -> FileReport {
        self.trimmed_shedding().0
    }

    /// [`FileReport::trimmed`], handing back what it lets go of instead of freeing it.
    pub fn trimmed_shedding(mut self) -> (FileReport, Shed) {
        // the rows kept come from the workbook, the places from the models: side by side
        let (workbook, places) = rayon::join(
            || {
                let rows: std::collections::HashSet<(&str, u32)> = self
                    .findings
                    .iter()
                    .map(|f| (f.sheet.as_str(), f.row))
                    .collect();
                self.workbook
                    .as_ref()
                    .map(|wb| wb.rows_only(|sheet, row| row == 0 || rows.contains(&(sheet, row))))
            },
            || self.all_places(),
        );
        self.places = places;
        let (mut r, shed) = self.slim_shedding();
        r.workbook = workbook;
        (r, shed)
    }

    /// The report without its workbook, models and findings, holding only the number of
    /// findings of each severity: all a run that prints counts alone (`rakit check -q`)
    /// needs, so a folder of any size holds a few hundred bytes per file. The verdict and
    /// [`FileReport::count`] stay as they were; findings added later (the duplicates across
    /// files) are held as usual.
    pub fn tally(self) -> FileReport {
        self.tally_shedding().0
    }

    /// [`FileReport::tally`], handing back what it lets go of instead of freeing it.
    pub fn tally_shedding(mut self) -> (FileReport, Shed) {
        for f in &self.findings {
            self.tallied[f.severity as usize] += 1;
        }
        let shed = Shed {
            _workbook: self.workbook.take(),
            _models: std::mem::take(&mut self.models),
            _findings: std::mem::take(&mut self.findings),
            _places: std::mem::take(&mut self.places),
            _policies: std::mem::take(&mut self.policies),
        };
        (self, shed)
    }

    /// The place of every finding, in order: those kept by [`FileReport::slim`], else read
    /// from the models (each sheet's rows gone through once, [`Places`]).
    pub fn all_places(&self) -> Vec<Place> {
        if self.places.len() == self.findings.len() {
            return self.places.clone();
        }
        let places = Places::new(&self.models);
        self.findings.iter().map(|f| places.of(f)).collect()
    }

    /// The mapping that reproduces what was detected (`--print-mapping`).
    pub fn mapping(&self) -> Mapping {
        let tables: Vec<_> = self.models.iter().flat_map(|m| m.tables.clone()).collect();
        let years: Vec<_> = self
            .models
            .iter()
            .map(|m| (m.name.clone(), m.year()))
            .collect();
        Mapping::from_tables(&tables, &years)
    }

    pub fn failed(path: &Path, err: FileError) -> FileReport {
        FileReport {
            path: path.to_path_buf(),
            status: Status::Unreadable,
            error: Some(err),
            sheets: Vec::new(),
            findings: Vec::new(),
            relative_path: path.display().to_string(),
            agency: None,
            corrected_copy: is_corrected_copy_name(path),
            digest: None,
            figures: None,
            workbook: None,
            models: Vec::new(),
            policies: Vec::new(),
            places: Vec::new(),
            tallied: [0; 3],
        }
    }
}

/// What rakit appends to the name of a corrected copy: `pk-2014-diperbaiki.xlsx`.
pub const CORRECTED_SUFFIX: &str = "-diperbaiki";

/// Whether a file's name is one of rakit's corrected copies: `pk-diperbaiki.xlsx`, or the
/// numbered `pk-diperbaiki (2).xlsx` that drop mode writes when the name is taken.
pub fn is_corrected_copy_name(path: &Path) -> bool {
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
    let unnumbered = stem
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(stem, |(base, _)| base);
    unnumbered.ends_with(CORRECTED_SUFFIX)
}

/// Whether a workbook holds the sheets rakit adds to a corrected copy: a sheet named as
/// one of them whose first rows name rakit (its "Diperbaiki rakit" column).
pub fn has_rakit_sheets(wb: &Workbook) -> bool {
    wb.sheets.iter().any(|s| {
        crate::model::OWN_SHEETS.contains(&s.name.as_str())
            && s.cells
                .iter()
                .take_while(|c| c.row < 3)
                .any(|c| c.value.as_text().to_lowercase().contains("rakit"))
    })
}

/// A file found in a folder and not checked, with the reason (an Office lock file, a
/// rakit temporary file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// relative to the folder given
    pub path: String,
    pub reason: Message,
}
