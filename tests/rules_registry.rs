//! The registry is complete: every rule has a page in docs/rules, a workbook that triggers it
//! and one that does not.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;
use rakit::rules::{RuleId, RULES};

const SAMPLES: [&str; 6] = [
    "banjar-pk-2013.xlsx",
    "banjar-pk-2014.xlsx",
    "banjar-pk-2015.xlsx",
    "banjar-pk-2016.xlsx",
    "bone-2020-rencana-aksi.xlsx",
    "contoh-polaritas-predikat.xlsx",
];

/// The Bone workbook with one kegiatan budget changed, so that its programme's budget no
/// longer equals the sum of its kegiatan (Q604).
fn bone_with_wrong_budget(dir: &Path) -> std::path::PathBuf {
    sample_with_text(
        dir,
        "bone-2020-rencana-aksi.xlsx",
        "RENAKSI 2020",
        "N12",
        "Penyelenggaraan Pelatihan Kewirausahaan\nRp. 40.000.000,-",
    )
}

#[test]
fn every_rule_has_a_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let index = std::fs::read_to_string(root.join("README.md")).unwrap();
    for r in RULES {
        let page = std::fs::read_to_string(root.join(format!("{}.md", r.code)))
            .unwrap_or_else(|_| panic!("docs/rules/{}.md missing", r.code));
        assert!(page.contains(r.code) && page.contains(r.name), "{}", r.code);
        assert!(index.contains(r.code), "index lists {}", r.code);
    }
}

#[test]
fn every_rule_fires_somewhere_and_not_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = SAMPLES.iter().map(|s| sample(s)).collect();
    files.push(bone_with_wrong_budget(dir.path()));
    // a real agency workbook in a layout rakit does not know (L701)
    files.push(real_workbook());
    // corrected copies: workbooks where the corrected rules no longer fire
    for s in SAMPLES {
        let out = dir.path().join(format!("{s}-diperbaiki.xlsx"));
        let r = check(&sample(s));
        rakit::fix::fix(
            &r,
            &out,
            &rakit::rules::Options::default(),
            rakit::i18n::Lang::Id,
        )
        .unwrap();
        files.push(out);
    }
    let per_file: Vec<BTreeSet<RuleId>> = files
        .iter()
        .map(|f| check(f).findings.iter().map(|x| x.code).collect())
        .collect();
    for r in RULES {
        let fires = per_file.iter().filter(|s| s.contains(&r.id)).count();
        assert!(
            fires > 0,
            "{} ({}) is triggered by no workbook",
            r.code,
            r.name
        );
        assert!(
            fires < per_file.len(),
            "{} ({}) fires on every workbook",
            r.code,
            r.name
        );
    }
    let q604 = check(&files[6]);
    let f = q604.findings.iter().find(|f| f.code == "Q604").unwrap();
    assert_eq!(f.cell(), "H12");
    assert_eq!(f.expected.as_deref(), Some("Rp 40.000.000"));
}

/// The real agency workbook kept in `tests/data` (see its README).
fn real_workbook() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx")
}
