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
    // achieved 58 of 58 when raised (parent sums compared by the rows they cover, a typed
    // capaian at its column's precision, later quarters of a TW I report); one row of margin
    assert!(hit_rate >= 0.98, "hit rate {hit_rate}");
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
        ("tw1-report-later-quarters", "K106"),
        ("parent-sum-omits-child", "K103"),
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
    for code in ["K101", "K102", "K103", "K104", "K105", "K106"] {
        assert!(seen.contains(code), "{code} found at no planted cell");
    }
}

/// The held-out workbooks and the two evaluation samples with their keys.
fn keyed() -> Vec<(PathBuf, serde_json::Value)> {
    let mut out = heldout();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-workbooks");
    for name in ["evaluasi-renja-17kolom-2023", "evaluasi-renja-e81-2024"] {
        let key: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.key.json"))).unwrap(),
        )
        .unwrap();
        out.push((dir.join(format!("{name}.xlsx")), key));
    }
    out
}

/// Every data row is an indicator of the one model, at its level, its figures from the
/// key's columns (the year's realisasi from the computed total, never a quarter), and the
/// rules of annual tables leave them to the form's rules.
#[test]
fn evaluation_rows_are_indicators() {
    use rakit::layout::Level;
    for (file, key) in keyed() {
        let r = check(&file);
        let name = file.display();
        let m = &r.models[0];
        let [first, last] = [0, 1].map(|i| key["data_rows"][i].as_u64().unwrap() as u32);
        assert_eq!(
            m.indikator.len() as u32,
            last - first + 1,
            "{name}: one indicator per data row"
        );
        let col = |k: &str| {
            key["columns"][k]
                .as_str()
                .map(|c| rakit::read::parse_col(c).unwrap())
        };
        for ind in &m.indikator {
            let row = ind.row + 1;
            let at = |f: Option<&rakit::model::Figure>| f.map(|f| f.col);
            assert_eq!(at(ind.target.as_ref()), col("target_k"), "{name} row {row}");
            assert_eq!(
                at(ind.realisasi.as_ref()),
                col("realisasi_k"),
                "{name} row {row}"
            );
            assert_eq!(
                at(ind.capaian.as_ref()),
                col("capaian_tahun_k"),
                "{name} row {row}"
            );
            assert_eq!(at(ind.target_akhir.as_deref()), col("target_renstra_k"));
            assert_eq!(
                at(ind.realisasi_akhir.as_deref()),
                col("realisasi_renstra_k")
            );
            assert_eq!(at(ind.capaian_akhir.as_deref()), col("capaian_renstra_k"));
            assert_eq!(at(ind.anggaran_target.as_deref()), col("target_rp"));
            assert_eq!(at(ind.anggaran_realisasi.as_deref()), col("realisasi_rp"));
            assert!(ind.form_checked && ind.satuan.is_some(), "{name} row {row}");
            let level = [
                ("program", Level::Program),
                ("kegiatan", Level::Kegiatan),
                ("sub_kegiatan", Level::SubKegiatan),
            ]
            .into_iter()
            .find(|(k, _)| {
                key["levels"][k]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|v| v.as_u64() == Some(row as u64))
            })
            .map(|(_, l)| l);
            assert_eq!(ind.level, level, "{name} row {row}");
        }
        // the annual rules do not judge the form's rows a second time
        for f in &r.findings {
            let c = f.code.code();
            assert!(
                !(c.starts_with('C') && c != "C109" || c.starts_with('V') || c.starts_with('S')),
                "{name}: {f:?}"
            );
        }
    }
}

/// The year of the report is the title's, not the signing date's (a TW IV report is signed
/// in January of the next year).
#[test]
fn the_year_is_the_reports() {
    for (file, key) in keyed() {
        let r = check(&file);
        assert_eq!(
            r.sheets[0].year,
            key["year"].as_i64().map(|y| y as i32),
            "{}",
            file.display()
        );
        assert!(
            r.findings.iter().all(|f| f.code != "T401"),
            "{}: {:?}",
            file.display(),
            r.findings.iter().find(|f| f.code == "T401")
        );
    }
}
