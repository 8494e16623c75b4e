//! Behaviour pinned down: the JSON of `rakit check` (both languages) on every sample workbook
//! and the real workbook, and every cell of the corrected copy of each, equal the files in
//! `tests/data/golden/`. A restructure must leave them as they are; a change of behaviour
//! shows here as a diff, to be looked at and then accepted with
//! `RAKIT_BLESS=1 cargo test --test golden`.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rakit::app::check_file;
use rakit::i18n::Lang;
use rakit::read::{cell_name, Raw};
use rakit::rules::Options;

/// The inputs, as paths relative to the repository (the JSON names them so).
const INPUTS: [&str; 12] = [
    "sample-workbooks/banjar-pk-2013.ods",
    "sample-workbooks/banjar-pk-2013.xlsx",
    "sample-workbooks/banjar-pk-2014.xlsx",
    "sample-workbooks/banjar-pk-2015.xls",
    "sample-workbooks/banjar-pk-2015.xlsx",
    "sample-workbooks/banjar-pk-2016.xlsx",
    "sample-workbooks/bone-2020-rencana-aksi.xlsx",
    "sample-workbooks/contoh-polaritas-predikat.xlsx",
    "sample-workbooks/evaluasi-renja-17kolom-2023.xlsx",
    "sample-workbooks/evaluasi-renja-e81-2024.xlsx",
    "sample-workbooks/rencana-aksi-bulanan-2024.xlsx",
    "tests/data/deli-serdang-evaluasi-renja-2025.xlsx",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn golden(name: &str) -> PathBuf {
    root().join("tests/data/golden").join(name)
}

/// Compares `got` with the golden file, or writes it under `RAKIT_BLESS=1`.
fn same_as_golden(name: &str, got: &str, diffs: &mut Vec<String>) {
    let path = golden(name);
    if std::env::var_os("RAKIT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (RAKIT_BLESS=1 writes it)", path.display()));
    if want != got {
        let line = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        diffs.push(format!(
            "{name}: differs from line {} on:\n  golden: {}\n  now:    {}",
            line + 1,
            want.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>")
        ));
    }
}

/// Every cell of every sheet: position, value, formula.
fn cells_text(path: &Path) -> String {
    let wb = rakit::read::load(path).unwrap();
    let mut out = String::new();
    for s in &wb.sheets {
        let _ = writeln!(out, "[{}]", s.name);
        for c in &s.cells {
            let v = match &c.value {
                Raw::Empty => String::new(),
                Raw::Text(t) => format!("{t:?}"),
                Raw::Number(d) => d.to_string(),
                Raw::Bool(b) => b.to_string(),
                Raw::Date(d) => format!("date {d}"),
                Raw::Error(e) => format!("error {e}"),
            };
            let f = c
                .formula
                .as_deref()
                .map(|f| format!(" ={f}"))
                .unwrap_or_default();
            let _ = writeln!(out, "{} {v}{f}", cell_name(c.row, c.col));
        }
    }
    out
}

fn stem(input: &str) -> String {
    Path::new(input)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .replace('.', "-")
}

#[test]
fn check_json_and_corrected_copies_are_unchanged() {
    // the JSON names files as given: relative to the repository
    std::env::set_current_dir(root()).unwrap();
    let mut diffs = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    for input in INPUTS {
        let report = check_file(Path::new(input), None, &Options::default());
        for (lang, tag) in [(Lang::Id, "id"), (Lang::En, "en")] {
            let json = rakit::report::json(std::slice::from_ref(&report), lang);
            same_as_golden(
                &format!("{}.check.{tag}.json", stem(input)),
                &json,
                &mut diffs,
            );
        }
        let out = dir.path().join(format!("{}.xlsx", stem(input)));
        match rakit::fix::fix(&report, &out, Lang::Id) {
            Ok(_) => same_as_golden(
                &format!("{}.fixed.cells.txt", stem(input)),
                &cells_text(&out),
                &mut diffs,
            ),
            Err(e) => same_as_golden(
                &format!("{}.fixed.cells.txt", stem(input)),
                &format!("no copy: {e}\n"),
                &mut diffs,
            ),
        }
    }
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
