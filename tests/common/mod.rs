//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rakit::app::{check_file, FileReport};
use rakit::rules::{Options, Severity};

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-workbooks")
        .join(name)
}

pub fn check(path: &Path) -> FileReport {
    check_file(path, None, &Options::default())
}

/// `(sheet, cell, code)` of every finding of a severity.
pub fn cells(r: &FileReport, sev: Severity) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity == sev)
        .map(|f| (f.sheet.clone(), f.cell(), f.code.to_string()))
        .collect();
    v.sort();
    v
}

pub fn has(r: &FileReport, sheet: &str, cell: &str, code: &str) -> bool {
    r.findings
        .iter()
        .any(|f| f.sheet == sheet && f.cell() == cell && f.code == code)
}

pub fn expect_set(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = list
        .iter()
        .map(|(s, c, k)| (s.to_string(), c.to_string(), k.to_string()))
        .collect();
    v.sort();
    v
}

/// Runs LibreOffice headless to convert a workbook to CSV; the CSV text of the first sheet.
pub fn soffice_csv(file: &Path) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "csv", "--outdir"])
        .arg(dir.path())
        .arg(file)
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            if std::env::var_os("RAKIT_SKIP_SOFFICE").is_some() {
                return Ok(String::new());
            }
            return Err(format!("soffice not found ({e}); install libreoffice-calc-nogui or set RAKIT_SKIP_SOFFICE=1"));
        }
    };
    if !out.status.success() {
        return Err(format!(
            "soffice failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    std::fs::read_to_string(dir.path().join(format!("{stem}.csv"))).map_err(|e| e.to_string())
}
