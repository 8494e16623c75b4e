//! The rules of formulas and error cells (F801..F806, E901): each triggered by a workbook
//! and silent on one without the mistake; and what they find in the real Deli Serdang
//! evaluation form.

mod common;

use std::path::{Path, PathBuf};

use rakit::app::FileReport;
use rust_xlsxwriter::{Formula, Workbook};

/// What a cell of column G holds.
enum G {
    Formula(&'static str, f64),
    Number(f64),
    Error(&'static str),
}

/// A PK table (No, Indikator, Satuan, Target E, Realisasi F, % G) of ten rows from row 4;
/// column G as given for each row (`{r}` is the row's Excel number).
fn workbook(dir: &Path, name: &str, g: &[G]) -> PathBuf {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("PK 2024").unwrap();
    ws.write_string(0, 0, "PENGUKURAN KINERJA TAHUN 2024")
        .unwrap();
    for (c, h) in [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "",
        "Target",
        "Realisasi",
        "% Capaian",
    ]
    .iter()
    .enumerate()
    {
        if !h.is_empty() {
            ws.write_string(2, c as u16, *h).unwrap();
        }
    }
    for (i, cell) in g.iter().enumerate() {
        let row = 3 + i as u32;
        let excel = (row + 1).to_string();
        let (t, r) = (100.0 + i as f64 * 10.0, 90.0 + i as f64 * 7.0);
        ws.write_number(row, 0, i as f64 + 1.0).unwrap();
        ws.write_string(row, 1, format!("Persentase layanan {}", i + 1))
            .unwrap();
        ws.write_string(row, 2, "%").unwrap();
        ws.write_number(row, 4, t).unwrap();
        ws.write_number(row, 5, r).unwrap();
        match cell {
            G::Formula(f, v) => {
                let f = f
                    .replace("{r}", &excel)
                    .replace("{n}", &(row + 2).to_string());
                let v = if v.is_nan() { r / t * 100.0 } else { *v };
                ws.write_formula(row, 6, Formula::new(f).set_result(v.to_string()))
                    .unwrap();
            }
            G::Number(v) => {
                ws.write_number(row, 6, *v).unwrap();
            }
            G::Error(e) => {
                ws.write_formula(
                    row,
                    6,
                    Formula::new("F{r}/0".replace("{r}", &excel)).set_result(*e),
                )
                .unwrap();
            }
        }
    }
    let path = dir.join(name);
    wb.save(&path).unwrap();
    path
}

/// Ten rows of `=F{r}/E{r}*100` with their right values, one row replaced.
fn column(replace: Option<(usize, G)>) -> Vec<G> {
    let mut g: Vec<G> = (0..10)
        .map(|_| G::Formula("F{r}/E{r}*100", f64::NAN))
        .collect();
    if let Some((i, cell)) = replace {
        g[i] = cell;
    }
    g
}

fn codes_at(r: &FileReport, code: &str) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.cell())
        .collect()
}

#[test]
fn f801_a_formula_pointing_at_another_row() {
    let d = tempfile::tempdir().unwrap();
    // G8 divides by the next row's target
    let bad = workbook(
        d.path(),
        "bad.xlsx",
        &column(Some((
            4,
            G::Formula("F{r}/E{n}*100", 118.0 / 150.0 * 100.0),
        ))),
    );
    let r = common::check(&bad);
    // a % whose result the reference makes wrong: C101 says it once, naming the formula
    // and giving the row's formula as its fix; F801 does not say it again
    assert_eq!(codes_at(&r, "C101"), ["G8"]);
    assert!(codes_at(&r, "F801").is_empty());
    let f = r.findings.iter().find(|f| f.code == "C101").unwrap();
    let text = f.message.render(rakit::i18n::Lang::En);
    assert!(text.contains("=F8/E9*100"), "{text}");
    assert_eq!(
        f.fix.as_ref().and_then(|x| x.formula.as_deref()),
        Some("F8/E8*100")
    );
    let good = workbook(d.path(), "good.xlsx", &column(None));
    let good = common::check(&good);
    assert!(codes_at(&good, "F801").is_empty());
    assert!(codes_at(&good, "C101").is_empty());
}

#[test]
fn f802_a_number_typed_inside_a_formula() {
    let d = tempfile::tempdir().unwrap();
    let bad = workbook(
        d.path(),
        "bad.xlsx",
        &column(Some((4, G::Formula("118/E{r}*100", f64::NAN)))),
    );
    let r = common::check(&bad);
    assert_eq!(codes_at(&r, "F802"), ["G8"]);
    let f = r.findings.iter().find(|f| f.code == "F802").unwrap();
    assert_eq!(f.expected.as_deref(), Some("=F8/E8*100"));
    assert!(
        f.message
            .render(rakit::i18n::Lang::En)
            .contains("typed number (118)"),
        "{}",
        f.message.render(rakit::i18n::Lang::En)
    );
    // rounding, a factor of two and the *100 of a percentage are not typed numbers
    let good = workbook(
        d.path(),
        "good.xlsx",
        &(0..10)
            .map(|_| G::Formula("ROUND((2*E{r}-(2*E{r}-F{r}))/E{r}*100,2)", f64::NAN))
            .collect::<Vec<_>>(),
    );
    assert!(codes_at(&common::check(&good), "F802").is_empty());
}

#[test]
fn f803_a_number_typed_among_formulas() {
    let d = tempfile::tempdir().unwrap();
    let bad = workbook(d.path(), "bad.xlsx", &column(Some((4, G::Number(84.29)))));
    let r = common::check(&bad);
    assert_eq!(codes_at(&r, "F803"), ["G8"]);
    let f = r.findings.iter().find(|f| f.code == "F803").unwrap();
    assert_eq!(f.expected.as_deref(), Some("=F8/E8*100"));
    // mostly typed numbers: nothing to follow
    let mostly_typed: Vec<G> = (0..10)
        .map(|i| {
            if i < 3 {
                G::Formula("F{r}/E{r}*100", f64::NAN)
            } else {
                let (t, r) = (100.0 + i as f64 * 10.0, 90.0 + i as f64 * 7.0);
                G::Number((r / t * 10000.0_f64).round() / 100.0)
            }
        })
        .collect();
    let good = workbook(d.path(), "good.xlsx", &mostly_typed);
    assert!(codes_at(&common::check(&good), "F803").is_empty());
}

/// A quarterly table (No, Indikator, Satuan, Target D, TW I..IV E..H, Jumlah I) of eight
/// rows from row 4: I is `=E{r}+F{r}+G{r}+H{r}` but where `jumlah` gives another formula for
/// a row (`{r}` is the row's Excel number); the quarters as `quarters` gives them.
fn quarters_table(
    dir: &Path,
    name: &str,
    quarters: impl Fn(usize) -> [f64; 4],
    jumlah: impl Fn(usize) -> Option<&'static str>,
) -> PathBuf {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("RA 2024").unwrap();
    ws.write_string(0, 0, "RENCANA AKSI TAHUN 2024").unwrap();
    let head = [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Jumlah",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for i in 0..8 {
        let row = 3 + i as u32;
        let excel = (row + 1).to_string();
        let q = quarters(i);
        ws.write_number(row, 0, i as f64 + 1.0).unwrap();
        ws.write_string(row, 1, format!("Jumlah kegiatan pembinaan {}", i + 1))
            .unwrap();
        ws.write_string(row, 2, "Kegiatan").unwrap();
        ws.write_number(row, 3, q.iter().sum::<f64>()).unwrap();
        for (k, v) in q.iter().enumerate() {
            ws.write_number(row, 4 + k as u16, *v).unwrap();
        }
        let f = jumlah(i)
            .unwrap_or("E{r}+F{r}+G{r}+H{r}")
            .replace("{r}", &excel);
        let cols = ['D', 'E', 'F', 'G', 'H'];
        // the result Excel would have stored: the cells the formula names, added up
        let value: f64 = cols
            .iter()
            .enumerate()
            .filter(|(_, c)| f.contains(&format!("{c}{excel}")))
            .map(|(k, _)| if k == 0 { q.iter().sum() } else { q[k - 1] })
            .sum();
        ws.write_formula(row, 8, Formula::new(f).set_result(value.to_string()))
            .unwrap();
    }
    let path = dir.join(name);
    wb.save(&path).unwrap();
    path
}

#[test]
fn f805_a_sum_leaving_out_a_cell_its_column_adds() {
    let d = tempfile::tempdir().unwrap();
    // row 7 leaves out TW I, which is 0 this year: its value is right, its formula is not;
    // row 9 leaves out TW IV, which is not
    let quarters = |i: usize| {
        if i == 3 {
            [0.0, 2.0, 3.0, 4.0]
        } else {
            [1.0, 2.0, 3.0, 4.0 + i as f64]
        }
    };
    let bad = quarters_table(d.path(), "bad.xlsx", quarters, |i| match i {
        3 => Some("F{r}+G{r}+H{r}"),
        5 => Some("SUM(E{r}:G{r})"),
        _ => None,
    });
    let r = common::check(&bad);
    assert_eq!(codes_at(&r, "F805"), ["I7", "I9"]);
    let at = |cell: &str| {
        r.findings
            .iter()
            .find(|f| f.code == "F805" && f.cell() == cell)
            .unwrap()
            .message
            .render(rakit::i18n::Lang::En)
    };
    assert!(at("I7").contains("leaves out E7") && at("I7").contains("right today"));
    assert!(at("I9").contains("leaves out H9") && !at("I9").contains("right today"));
    let f = r.findings.iter().find(|f| f.cell() == "I7").unwrap();
    assert_eq!(f.expected.as_deref(), Some("=E7+F7+G7+H7"));
    // the same sum written another way, and a level taking its last quarter, are no gap
    let good = quarters_table(d.path(), "good.xlsx", quarters, |i| match i {
        2 => Some("SUM(E{r}:H{r})"),
        4 => Some("H{r}"),
        _ => None,
    });
    assert!(codes_at(&common::check(&good), "F805").is_empty());
}

#[test]
fn f806_a_formula_pointing_at_another_column() {
    let d = tempfile::tempdir().unwrap();
    let quarters = |i: usize| [1.0, 2.0, 3.0, 4.0 + i as f64];
    // row 8 adds the target (D) where the others add TW I (E)
    let bad = quarters_table(d.path(), "bad.xlsx", quarters, |i| {
        (i == 4).then_some("D{r}+F{r}+G{r}+H{r}")
    });
    let r = common::check(&bad);
    assert_eq!(codes_at(&r, "F806"), ["I8"]);
    let f = r.findings.iter().find(|f| f.code == "F806").unwrap();
    assert_eq!(f.expected.as_deref(), Some("=E8+F8+G8+H8"));
    assert!(codes_at(&r, "F801").is_empty());
    // the same cells in another order (as a lower-is-better row's target over realisasi
    // among realisasi over target) are no column off
    let good = quarters_table(d.path(), "good.xlsx", quarters, |i| {
        (i == 4).then_some("H{r}+G{r}+F{r}+E{r}")
    });
    let good = common::check(&good);
    assert!(codes_at(&good, "F806").is_empty());
    assert!(codes_at(&good, "F801").is_empty() && codes_at(&good, "F805").is_empty());
}

#[test]
fn e901_error_cells_grouped_with_their_cause() {
    let d = tempfile::tempdir().unwrap();
    let mut g = column(None);
    g[3] = G::Error("#DIV/0!");
    g[4] = G::Error("#DIV/0!");
    g[5] = G::Error("#DIV/0!");
    let bad = workbook(d.path(), "bad.xlsx", &g);
    let r = common::check(&bad);
    // one finding for the run G7:G9, not three, and no "not a number" (V201) beside it
    assert_eq!(codes_at(&r, "E901"), ["G7"]);
    assert!(codes_at(&r, "V201").is_empty(), "{:?}", r.findings);
    let f = r.findings.iter().find(|f| f.code == "E901").unwrap();
    assert!(
        f.message
            .render(rakit::i18n::Lang::En)
            .contains("G7:G9 (3 cells)"),
        "{}",
        f.message.render(rakit::i18n::Lang::En)
    );
    let good = workbook(d.path(), "good.xlsx", &column(None));
    assert!(codes_at(&common::check(&good), "E901").is_empty());
}

/// The real Deli Serdang evaluation form (tests/data): the constants inside formulas, the
/// formula pointing at the next row, the typed values among formulas and the #DIV/0! cells
/// are found at their cells, although rakit doubts the table's layout (L701).
#[test]
fn the_real_evaluation_form() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx");
    let r = common::check(&path);
    let has = |code: &str, cell: &str| {
        r.findings
            .iter()
            .any(|f| f.code == code && f.cell() == cell)
    };
    assert!(has("F802", "U15"), "=20906000-R15");
    assert!(has("F802", "U23"), "=3251126996-R23");
    assert!(has("F801", "Y92"), "=Z92*N93-P92-S92-V92");
    assert!(has("F803", "Y24"));
    assert!(has("E901", "AF82") && has("E901", "AG82"));
    let div = r
        .findings
        .iter()
        .find(|f| f.code == "E901" && f.cell() == "AF82")
        .unwrap();
    assert!(
        div.message
            .render(rakit::i18n::Lang::En)
            .contains("divides by J82"),
        "{}",
        div.message.render(rakit::i18n::Lang::En)
    );
    // read by the evaluation form: no layout doubt, its computed columns checked (K101)
    assert!(!r.findings.iter().any(|f| f.code == "L701"));
    assert!(has("K101", "AB51"), "13 = 9 + 10 + 11 + 12 typed over as 0");
    // every formula finding is a warning: they ask a person to look
    assert!(r
        .findings
        .iter()
        .filter(|f| f.code.code().starts_with('F'))
        .all(|f| f.severity == rakit::rules::Severity::Warning));
}
