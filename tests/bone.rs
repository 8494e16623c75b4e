//! The Bone 2020 Rencana Aksi sample (bone-2020-reconstruction.md): each quarterly rule fires
//! where the seed is wrong and stays silent where it is right (every budget sum; every capped
//! 100 % that the inferred policy explains).

mod common;

use common::*;
use rakit::rules::{CapPolicy, Level, Options, Severity};

const S: &str = "RENAKSI 2020";

/// First row (1-based) of block Rk.
fn block(k: u32) -> u32 {
    12 + 5 * (k - 1)
}

fn c(col: &str, row: u32) -> String {
    format!("{col}{row}")
}

#[test]
fn quarterly_layout_and_levels() {
    let r = check(&sample("bone-2020-rencana-aksi.xlsx"));
    assert!(r.error.is_none(), "{:?}", r.error);
    let sh = &r.sheets[0];
    assert_eq!(sh.name, S);
    assert_eq!(format!("{:?}", sh.layout), "Quarterly");
    assert_eq!(sh.year, Some(2020));
    // 30 blocks × 3 levels
    assert_eq!(sh.indicators, 90);
    let g48 = r
        .findings
        .iter()
        .find(|f| f.cell() == "G48" && f.code == "C101")
        .unwrap();
    assert_eq!(g48.level, Some(Level::Sasaran));
    assert_eq!(g48.quarter, Some(1));
    let m38 = r.findings.iter().find(|f| f.cell() == "M38").unwrap();
    assert_eq!(m38.level, Some(Level::Program));
}

#[test]
fn wrong_percentages_fire_and_capped_ones_stay_silent() {
    let r = check(&sample("bone-2020-rencana-aksi.xlsx"));
    let mut expected: Vec<(String, String)> = Vec::new();
    let mut e = |col: &str, row: u32, code: &str| expected.push((c(col, row), code.to_string()));
    // IS6 (R08, R10, R13): TW1, TW2 wrong, TW3 truncated, TW4 against the annual target
    for k in [8, 10, 13] {
        let s = block(k);
        e("G", s + 1, "C101");
        e("G", s + 2, "C101");
        e("G", s + 4, "C101");
    }
    // IS7 (R11, R12, R14, R15): the % equals the realisasi; breaks the cap policy
    for k in [11, 12, 14, 15] {
        let s = block(k);
        for q in 1..=3 {
            e("G", s + q, "C101");
        }
    }
    // P3 (R06..R15): TW1 65 (66,67), TW2 83 (84)
    for k in 6..=15 {
        let s = block(k);
        e("M", s + 1, "C101");
        e("M", s + 2, "C101");
    }
    // % without realisasi
    e("S", 38, "C111");
    e("S", 39, "C111");
    e("S", 64, "C111");
    // IS4 TW4: target "-" with 100 % stated
    e("E", 41, "C105");
    // R12 TW4: a realisasi (3 Keg) and no %
    e("S", 71, "C103");
    expected.sort();
    let mut errors: Vec<(String, String)> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.cell(), f.code.to_string()))
        .collect();
    errors.sort();
    assert_eq!(errors, expected);

    // truncations (warnings): IS6 TW3 and P3 TW3
    for k in [8, 10, 13] {
        assert!(has(&r, S, &c("G", block(k) + 3), "C102"));
    }
    for k in 6..=15 {
        assert!(has(&r, S, &c("M", block(k) + 3), "C102"));
    }
    // IS6 TW4 says it was computed against the annual target
    let g51 = r.findings.iter().find(|f| f.cell() == "G51").unwrap();
    assert!(
        g51.message
            .render(rakit::i18n::Lang::Id)
            .contains("target tahunan"),
        "{}",
        g51.message.render(rakit::i18n::Lang::Id)
    );
    let g63 = r.findings.iter().find(|f| f.cell() == "G63").unwrap();
    assert_eq!(g63.expected.as_deref(), Some("100,00"));

    // capped 100 % explained by the policy: no finding at those cells
    let capped = [
        ("G", block(1) + 1),
        ("G", block(1) + 2),
        ("G", block(2) + 1),
        ("G", block(2) + 2),
        ("G", block(2) + 3),
        ("G", block(4) + 1),
        ("G", block(4) + 2),
        ("G", block(4) + 3),
        ("G", block(7) + 1),
        ("G", block(7) + 2),
        ("G", block(7) + 3),
        ("M", block(1) + 3),
        ("M", block(22) + 2),
        ("M", block(27) + 1),
        ("M", block(28) + 2),
        ("M", block(29) + 2),
    ];
    for (col, row) in capped {
        let cell = c(col, row);
        assert!(
            !r.findings.iter().any(|f| f.cell() == cell),
            "{cell}: {:?}",
            r.findings
                .iter()
                .filter(|f| f.cell() == cell)
                .collect::<Vec<_>>()
        );
    }
    assert_eq!(r.findings.iter().filter(|f| f.code == "Q601").count(), 1);
}

#[test]
fn cap_can_be_set() {
    let path = sample("bone-2020-rencana-aksi.xlsx");
    let none = rakit::app::check_file(
        &path,
        None,
        &Options {
            cap: Some(CapPolicy::None),
            ..Default::default()
        },
    );
    // without a cap, the capped 100 % are wrong
    assert!(has(&none, S, &c("G", block(1) + 1), "C101"));
    assert!(!none.findings.iter().any(|f| f.code == "Q601"));
}

#[test]
fn targets_budgets_units_and_typos() {
    let r = check(&sample("bone-2020-rencana-aksi.xlsx"));
    for (col, row) in [("E", 51), ("E", 61), ("E", 76)] {
        assert!(has(&r, S, &c(col, row), "Q602"), "TW4 61 % against 64 %");
    }
    // the programmes' 30/50/80/100 % schedules and the kegiatan's 1 LT a quarter are explained
    assert!(!r
        .findings
        .iter()
        .any(|f| f.code == "Q602" && f.level != Some(Level::Sasaran)));
    for (col, row) in [("Q", 14), ("E", 41), ("Q", 51), ("Q", 76), ("Q", 124)] {
        assert!(
            has(&r, S, &c(col, row), "Q603"),
            "target falls back at {col}{row}"
        );
    }
    // every programme budget equals the sum of its kegiatan
    assert!(!r.findings.iter().any(|f| f.code == "Q604"));
    // target and realisasi in different units
    assert!(
        has(&r, S, "R13", "C110"),
        "1 Laporan Triwulan against 90 UM"
    );
    // typed mistakes
    for cell in ["F31", "F36", "F41"] {
        assert!(has(&r, S, cell, "V204"), "{cell}");
    }
}

#[test]
fn quarterly_mapping_round_trips() {
    use rakit::layout::mapping::Mapping;
    let path = sample("bone-2020-rencana-aksi.xlsx");
    let r = check(&path);
    let toml = r.mapping().to_toml();
    assert!(
        toml.contains("jenis = \"quarterly\"") && toml.contains("kegiatan_target = \"Q\""),
        "{toml}"
    );
    let mapping = Mapping::parse(&toml).unwrap();
    let again = rakit::app::check_file(&path, Some(&mapping), &Options::default());
    let key = |r: &rakit::app::FileReport| {
        let mut v: Vec<_> = r.findings.iter().map(|f| (f.cell(), f.code)).collect();
        v.sort();
        v
    };
    assert_eq!(key(&r), key(&again));
}

#[test]
fn unreadable_budget_is_reported_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let out = sample_with_text(
        dir.path(),
        "bone-2020-rencana-aksi.xlsx",
        S,
        "N22",
        "Penyelenggaraan Promosi Produk Usaha Mikro Kecil Menengah\nRp. 60.5250.000,-",
    );
    let r = check(&out);
    assert!(
        has(&r, S, "N22", "A501"),
        "{:#?}",
        r.findings
            .iter()
            .filter(|f| f.code.code().starts_with('A') || f.code == "Q604")
            .collect::<Vec<_>>()
    );
}
