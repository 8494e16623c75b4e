//! The result of checking one file: what the check ([`crate::app`]) hands to the outputs
//! ([`crate::report`], [`crate::fix`]) and to the front end.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::layout::mapping::Mapping;
use crate::layout::TableKind;
use crate::model::SheetModel;
use crate::read::Workbook;
use crate::rules::{Finding, Msg, Severity, SheetPolicy};

/// What happened to one input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Clean,
    Findings,
    Unreadable,
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
    pub message: Msg,
}

/// The result of checking one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: PathBuf,
    pub status: Status,
    pub error: Option<FileError>,
    pub sheets: Vec<SheetSummary>,
    pub findings: Vec<Finding>,
    #[serde(skip)]
    pub workbook: Option<Workbook>,
    #[serde(skip)]
    pub models: Vec<SheetModel>,
    /// how each model's sheet was judged, in the models' order
    #[serde(skip)]
    pub policies: Vec<SheetPolicy>,
}

impl FileReport {
    pub fn count(&self, sev: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == sev).count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
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
            workbook: None,
            models: Vec::new(),
            policies: Vec::new(),
        }
    }
}
