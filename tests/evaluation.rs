//! The Permendagri 86/2017 evaluation form (Formulir E.81): its tables found as evaluation
//! tables, its computed columns checked against their written rules (K101), realisasi
//! anggaran above the anggaran (K102), and the held-out workbooks measured.

use std::path::{Path, PathBuf};

use rakit::app::{check_file, FileReport};
use rakit::layout::TableKind;
use rakit::rules::{Options, Severity};

fn check(path: &Path) -> FileReport {
    check_file(path, None, &Options::default())
}

fn heldout() -> Vec<(PathBuf, serde_json::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".key.json"))
        .collect();
    names.sort();
    for key in names {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&key).unwrap()).unwrap();
        let file = dir.join(v["file"].as_str().unwrap());
        out.push((file, v));
    }
    out
}

#[test]
fn real_workbook_is_an_evaluation_table() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx");
    let r = check(&p);
    assert_eq!(r.sheets[0].layout, TableKind::Evaluation);
    assert!(r.findings.iter().all(|f| f.code != "L701"));
}

#[test]
fn heldout_rows() {
    let (mut planted, mut hit, mut clean, mut false_errors) = (0usize, 0usize, 0usize, 0usize);
    for (file, key) in heldout() {
        let r = check(&file);
        let sheet = key["sheet"].as_str().unwrap();
        // Excel rows (1-based) with an error or warning
        let flagged = |sev_ok: &dyn Fn(Severity) -> bool| -> Vec<u32> {
            r.findings
                .iter()
                .filter(|f| f.sheet == sheet && sev_ok(f.severity))
                .map(|f| f.row + 1)
                .collect()
        };
        let any = flagged(&|s| s != Severity::Info);
        let errors = flagged(&|s| s == Severity::Error);
        let mut rows: Vec<u64> = key["mistakes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["row"].as_u64().unwrap())
            .collect();
        rows.dedup();
        for row in rows {
            planted += 1;
            if any.contains(&(row as u32)) {
                hit += 1;
            } else {
                eprintln!("missed {} row {row}", file.display());
            }
        }
        for row in key["clean_rows"].as_array().unwrap() {
            let row = row.as_u64().unwrap() as u32;
            clean += 1;
            if errors.contains(&row) {
                false_errors += 1;
                eprintln!("false error {} row {row}", file.display());
            }
        }
    }
    let hit_rate = hit as f64 / planted as f64;
    let false_rate = false_errors as f64 / clean as f64;
    eprintln!(
        "planted rows hit: {hit}/{planted} = {:.1} %; clean rows with an error: {false_errors}/{clean} = {:.2} %",
        hit_rate * 100.0,
        false_rate * 100.0
    );
    // achieved 53 of 58 (91.4 %) when written; a small margin below it
    assert!(hit_rate >= 0.88, "hit rate {hit_rate}");
    assert!(false_rate <= 0.02, "false error rate {false_rate}");
}

/// Each K rule fires at the cell of its planted mistake, and nowhere on the key's clean rows
/// (the workbooks that do not trigger them: the clean rows of the same files).
#[test]
fn each_rule_at_its_planted_cell() {
    let want = [
        ("computed-typed-over", "K101"),
        ("percent-plus-rupiah", "K101"),
        ("realisasi-above-anggaran", "K102"),
        ("parent-sum-omits-child", "K103"),
        ("rata-rata-not-mean", "K104"),
        ("range-chain", "K104"),
        ("predikat-mismatch", "K105"),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (file, key) in heldout() {
        let r = check(&file);
        for m in key["mistakes"].as_array().unwrap() {
            let (kind, cell) = (m["kind"].as_str().unwrap(), m["cell"].as_str().unwrap());
            for (k, code) in want {
                if k == kind
                    && r.findings
                        .iter()
                        .any(|f| f.code == code && f.cell() == cell)
                {
                    seen.insert(code);
                }
            }
        }
        let clean: Vec<u32> = key["clean_rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap() as u32)
            .collect();
        for f in &r.findings {
            if f.code.code().starts_with('K') {
                assert!(
                    !clean.contains(&(f.row + 1)),
                    "{} on a clean row: {f:?}",
                    file.display()
                );
            }
        }
    }
    for code in ["K101", "K102", "K103", "K104", "K105"] {
        assert!(seen.contains(code), "{code} found at no planted cell");
    }
}
