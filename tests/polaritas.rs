//! Negative polarity, grades and percent formats on the synthetic sample
//! `contoh-polaritas-predikat.xlsx` (its planted mistakes are listed in sample-workbooks/BANJAR.md).

mod common;

use common::*;
use rakit::rules::{NegFormula, Options, Severity};

const S: &str = "PK 2021";

#[test]
fn negative_formula_inferred_and_grades_judged() {
    let r = check(&sample("contoh-polaritas-predikat.xlsx"));
    assert_eq!(
        cells(&r, Severity::Error),
        expect_set(&[(S, "H12", "C101"), (S, "H16", "C104")]),
        "{:#?}",
        r.findings
    );
    let c107: Vec<_> = r.findings.iter().filter(|f| f.code == "C107").collect();
    assert_eq!(c107.len(), 1, "the formula is reported once");
    assert!(c107[0]
        .message
        .render(rakit::i18n::Lang::Id)
        .contains("(2 × target − realisasi)"));
    assert!(has(&r, S, "G14", "C108"), "grade B below target BB");
    // right: negative rows, the BB-over-B grade, the percent-formatted 0.95
    for cell in ["H9", "H10", "H11", "H13", "H15"] {
        assert!(!r.findings.iter().any(|f| f.cell() == cell), "{cell}");
    }
    let h12 = r.findings.iter().find(|f| f.cell() == "H12").unwrap();
    assert_eq!(h12.expected.as_deref(), Some("120"));
}

#[test]
fn user_formula_is_never_switched_silently() {
    let opts = Options {
        negatif: Some(NegFormula::Rasio),
        ..Default::default()
    };
    let r = rakit::app::check_file(&sample("contoh-polaritas-predikat.xlsx"), None, &opts);
    // target / realisasi: 5 / 4,5 = 111,11, not the stated 110
    assert!(has(&r, S, "H9", "C101"));
    let c107 = r.findings.iter().find(|f| f.code == "C107").unwrap();
    assert!(c107
        .message
        .render(rakit::i18n::Lang::Id)
        .contains("dipilih pengguna"));
}

#[test]
fn the_excel_formula_is_the_capaian_arithmetic() {
    use rakit::model::Polaritas;
    use rakit::rules::capaian::excel_formula;
    let f = |pol, neg, cap| excel_formula(pol, neg, "G5", "H5", cap);
    assert_eq!(
        f(Polaritas::Positif, NegFormula::Lkjip, None),
        "IF(G5=0,\"\",H5/G5*100)"
    );
    assert_eq!(
        f(Polaritas::Negatif, NegFormula::Lkjip, None),
        "IF(G5=0,\"\",(2*G5-H5)/G5*100)"
    );
    assert_eq!(
        f(Polaritas::Negatif, NegFormula::Rasio, None),
        "IF(H5=0,\"\",G5/H5*100)"
    );
    assert_eq!(
        f(Polaritas::Negatif, NegFormula::Selisih, None),
        "IF(G5=0,\"\",(G5-H5)/G5*100)"
    );
    assert_eq!(
        f(
            Polaritas::Positif,
            NegFormula::Rasio,
            Some(rust_decimal::Decimal::ONE_HUNDRED)
        ),
        "IF(G5=0,\"\",MIN(100,H5/G5*100))"
    );
}

/// A table with no polarity column: an indicator whose name measures something of which
/// less is better (`tests/data/blind4/dinkes-bantul`, 2019: Angka Kematian Ibu, Prevalensi
/// Stunting …) is negative, and its % by the negative formula is right (C107 names the
/// formula). A % following the negative formula for a name that does not say so (a table
/// generated here) is reported with that reading and the polarity to state, and never
/// rewritten; a table that states its polarity keeps its plain C101 (the sample above, H12,
/// with its fix).
#[test]
fn a_negative_formula_without_a_polarity_column_is_not_rewritten() {
    let r = check(&data(
        "blind4/dinkes-bantul/Pengukuran Kinerja Dinkes 2019.xls",
    ));
    assert!(
        !r.findings.iter().any(|f| f.code == "C101"),
        "{:#?}",
        r.findings
    );
    let c107 = r.findings.iter().find(|f| f.code == "C107").unwrap();
    assert!(c107
        .message
        .render(rakit::i18n::Lang::Id)
        .contains("6 indikator"));

    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("tanpa-polaritas.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2024").unwrap();
    for (c, h) in [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]
    .iter()
    .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    // the second row's 110 is (2 × 20 − 18) / 20 × 100; its name does not say fewer is
    // better, so 18 / 20 × 100 = 90 is what the table states
    let rows = [
        ("Jumlah koperasi aktif", 120.0, 126.0, 105.0),
        ("Jumlah hari pelayanan izin", 20.0, 18.0, 110.0),
        ("Persentase desa mandiri", 40.0, 42.0, 105.0),
    ];
    for (i, (n, t, re, pct)) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, *n).unwrap();
        ws.write(row, 2, *t).unwrap();
        ws.write(row, 3, *re).unwrap();
        ws.write(row, 4, *pct).unwrap();
    }
    wb.save(&p).unwrap();
    let r = check(&p);
    let c101: Vec<_> = r.findings.iter().filter(|f| f.code == "C101").collect();
    let cells: Vec<String> = c101.iter().map(|f| f.cell()).collect();
    assert_eq!(cells, ["E5"], "{c101:#?}");
    for f in &c101 {
        let m = f.message.render(rakit::i18n::Lang::Id);
        assert!(m.contains("rumus indikator negatif"), "{m}");
        assert!(
            f.help.render(rakit::i18n::Lang::En).contains("Polaritas"),
            "{f:?}"
        );
        assert!(f.fix.is_none(), "{} would be rewritten", f.cell());
    }
    let stated = check(&sample("contoh-polaritas-predikat.xlsx"));
    let h12 = stated.findings.iter().find(|f| f.cell() == "H12").unwrap();
    assert!(h12.fix.is_some());
    assert!(!h12
        .message
        .render(rakit::i18n::Lang::Id)
        .contains("rumus indikator negatif"));
}
