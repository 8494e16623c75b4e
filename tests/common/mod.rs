//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub mod submission;

use rakit::app::{check_file, FileReport};
use rakit::rules::{Options, Severity};

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-workbooks")
        .join(name)
}

/// A file or folder under `tests/data`.
pub fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
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

/// Runs LibreOffice headless to convert a workbook to CSV; the CSV text of the first sheet
/// (empty when LibreOffice is missing and `RAKIT_SKIP_SOFFICE=1`).
pub fn soffice_csv(file: &Path) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    match soffice_convert(file, "csv", dir.path()) {
        Some(p) => std::fs::read_to_string(p).map_err(|e| e.to_string()),
        None => Ok(String::new()),
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub fn find_soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path).chain([PathBuf::from("/usr/bin")]) {
        for name in ["soffice", "libreoffice"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Converts `file` with LibreOffice headless into `outdir`; the converted file's path.
/// `None` only when LibreOffice is missing and `RAKIT_SKIP_SOFFICE=1`.
pub fn soffice_convert(file: &Path, to: &str, outdir: &Path) -> Option<PathBuf> {
    let Some(soffice) = find_soffice() else {
        if std::env::var("RAKIT_SKIP_SOFFICE").as_deref() == Ok("1") {
            eprintln!("soffice not found; skipped (RAKIT_SKIP_SOFFICE=1)");
            return None;
        }
        panic!("LibreOffice (soffice) is not installed: install it, or set RAKIT_SKIP_SOFFICE=1 to skip");
    };
    std::fs::create_dir_all(outdir).unwrap();
    let profile = std::env::temp_dir().join(format!(
        "lo-rakit-{}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(outdir)
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("soffice starts");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("soffice did not finish converting {}", file.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        status.success(),
        "soffice failed on {}: {err}",
        file.display()
    );
    let ext = to.split(':').next().unwrap();
    let out = outdir.join(file.with_extension(ext).file_name().unwrap());
    assert!(out.is_file(), "soffice made no {}: {err}", out.display());
    Some(out)
}

/// A copy of a sample workbook with one cell's text changed (to plant a mistake the sample
/// does not have), written by rakit's own patcher.
pub fn sample_with_text(dir: &Path, name: &str, sheet: &str, cell: &str, text: &str) -> PathBuf {
    let (row, col) = rakit::read::parse_cell_name(cell).unwrap();
    let out = dir.join(format!("{cell}-{name}"));
    let edit = rakit::write::CellEdit {
        sheet: sheet.into(),
        row,
        col,
        value: rakit::write::OutValue::Text(text.into()),
        highlight: false,
        note: None,
    };
    let mut f = std::fs::File::create(&out).unwrap();
    rakit::write::patch::write_patched_xlsx(&sample(name), &mut f, &[edit], &[]).unwrap();
    out
}

/// An annual table whose capaian formulas branch on the polarity (`=IF(C6="naik",…)`),
/// the polarity of row 6 left blank: No, Indikator, Polaritas, Target, Realisasi, Capaian; `extra` writes
/// more cells.
pub fn polarity_table(
    dir: &Path,
    name: &str,
    extra: impl FnOnce(&mut rust_xlsxwriter::Worksheet),
) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").unwrap();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2024").unwrap();
    for (c, h) in [
        "No",
        "Indikator Kinerja",
        "Polaritas",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]
    .iter()
    .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    let rows = [
        ("Persentase jalan mantap", Some("naik"), 80.0, 72.0),
        ("Angka kematian ibu", Some("turun"), 4.0, 3.0),
        ("Persentase desa tertinggal", None, 4.0, 0.0),
        ("Indeks kepuasan masyarakat", Some("naik"), 80.0, 84.0),
    ];
    for (i, (n, pol, t, r)) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        let x = row + 1;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, *n).unwrap();
        if let Some(p) = pol {
            ws.write(row, 2, *p).unwrap();
        }
        ws.write(row, 3, *t).unwrap();
        ws.write(row, 4, *r).unwrap();
        let cached = if *pol == Some("naik") {
            r / t * 100.0
        } else {
            (2.0 * t - r) / t * 100.0
        };
        ws.write_formula(
            row,
            5,
            rust_xlsxwriter::Formula::new(format!(
                "IF(C{x}=\"naik\",E{x}/D{x}*100,(2*D{x}-E{x})/D{x}*100)"
            ))
            .set_result(cached.to_string()),
        )
        .unwrap();
    }
    extra(ws);
    let p = dir.join(name);
    wb.save(&p).unwrap();
    p
}

/// The annual table with `=[1]Sheet1!D4`-style formulas in two cells.
pub fn linked_table(dir: &Path) -> PathBuf {
    polarity_table(dir, "tautan.xlsx", |ws| {
        ws.write_formula(
            3,
            3,
            rust_xlsxwriter::Formula::new("[1]Sheet1!D4").set_result("80"),
        )
        .unwrap();
        ws.write_formula(
            4,
            3,
            rust_xlsxwriter::Formula::new("'C:\\Renja\\[Renja 2024.xlsx]TW IV'!D5").set_result("4"),
        )
        .unwrap();
    })
}

/// A sheet named `sheet` with `title` in A1 and `headers` in row 3, as an annual table starts.
pub fn headed_sheet<'a>(
    wb: &'a mut rust_xlsxwriter::Workbook,
    sheet: &str,
    title: &str,
    headers: &[&str],
) -> &'a mut rust_xlsxwriter::Worksheet {
    let ws = wb.add_worksheet();
    ws.set_name(sheet).unwrap();
    ws.write_string(0, 0, title).unwrap();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    ws
}
