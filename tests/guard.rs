//! What `fix` may change (src/guard.rs and the small-table L701): generated workbooks with a
//! % column of formulas, each rule once triggered and once not.

mod common;

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Reader};
use rakit::rules::Finding;
use rust_xlsxwriter::{Formula, Workbook};

/// One indicator row: target, realisasi, and what the % cell holds.
struct Row {
    target: f64,
    realisasi: f64,
    /// a formula (without `=`, `{r}` for this row's Excel number) or a typed number
    pct: Pct,
    /// a column D ("Target Renstra") the formulas of some tables divide by
    d: f64,
}

enum Pct {
    Formula(&'static str),
    Number(f64),
}

/// A PK table at A3:G(3+n): No, Indikator, Satuan, Target Renstra (D), Target (E),
/// Realisasi (F), % Capaian (G); cached results as Excel computes them.
fn workbook(path: &Path, rows: &[Row]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("PK 2024").unwrap();
    ws.write_string(0, 0, "PENGUKURAN KINERJA TAHUN 2024")
        .unwrap();
    for (c, h) in [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Renstra",
        "Target",
        "Realisasi",
        "% Capaian",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for (i, r) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        let excel = row + 1;
        ws.write_number(row, 0, i as f64 + 1.0).unwrap();
        ws.write_string(row, 1, format!("Persentase layanan {}", i + 1))
            .unwrap();
        ws.write_string(row, 2, "%").unwrap();
        ws.write_number(row, 3, r.d).unwrap();
        ws.write_number(row, 4, r.target).unwrap();
        ws.write_number(row, 5, r.realisasi).unwrap();
        match &r.pct {
            Pct::Formula(f) => {
                let text = f.replace("{r}", &excel.to_string());
                let value = evaluate(&text, rows, 3);
                ws.write_formula(row, 6, Formula::new(&text).set_result(value.to_string()))
                    .unwrap();
            }
            Pct::Number(v) => {
                ws.write_number(row, 6, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

/// The value of `X/Y*K` (X, Y a number or a cell of column D, E or F) as Excel computes it.
fn evaluate(f: &str, rows: &[Row], first: u32) -> f64 {
    let (body, k) = f.split_once('*').unwrap();
    let (num, den) = body.split_once('/').unwrap();
    let get = |r: &str| {
        if let Ok(n) = r.parse::<f64>() {
            return n;
        }
        let (col, n) = r.split_at(1);
        let row = &rows[(n.parse::<u32>().unwrap() - 1 - first) as usize];
        match col {
            "D" => row.d,
            "E" => row.target,
            "F" => row.realisasi,
            other => panic!("column {other}"),
        }
    };
    get(num) / get(den) * k.parse::<f64>().unwrap()
}

fn row(target: f64, realisasi: f64, pct: Pct) -> Row {
    Row {
        target,
        realisasi,
        pct,
        d: target,
    }
}

fn run(name: &str, rows: &[Row]) -> (PathBuf, rakit::app::FileReport, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    workbook(&path, rows);
    let report = common::check(&path);
    assert!(report.error.is_none(), "{name}: {:?}", report.error);
    (path, report, dir)
}

fn at<'a>(r: &'a rakit::app::FileReport, cell: &str, code: &str) -> Option<&'a Finding> {
    r.findings
        .iter()
        .find(|f| f.cell() == cell && f.code == code)
}

/// The formula (without `=`) and value of a cell of a written copy.
fn cell_of(path: &Path, cell: &str) -> (Option<String>, calamine::Data) {
    let (r, c) = rakit::read::parse_cell_name(cell).unwrap();
    let mut wb = open_workbook_auto(path).unwrap();
    let values = wb.worksheet_range("PK 2024").unwrap();
    let formulas = wb.worksheet_formula("PK 2024").unwrap();
    let f = formulas
        .get_value((r, c))
        .filter(|f| !f.is_empty())
        .cloned();
    (f, values.get_value((r, c)).cloned().unwrap_or_default())
}

fn fix(input: &Path) -> PathBuf {
    let out = input.with_file_name("copy.xlsx");
    let report = common::check(input);
    rakit::fix::fix(&report, &out, rakit::i18n::Lang::Id).unwrap();
    out
}

/// Ten rows of `=F{r}/E{r}*100`, one of them `=F{r}/E{next}*100` (a dragged formula).
fn ten_rows(bad: Pct) -> Vec<Row> {
    let mut rows: Vec<Row> = (0..10)
        .map(|i| {
            row(
                100.0 + i as f64 * 10.0,
                90.0 + i as f64 * 7.0,
                Pct::Formula("F{r}/E{r}*100"),
            )
        })
        .collect();
    rows[4].pct = bad;
    rows
}

#[test]
fn an_off_row_formula_gets_its_columns_pattern_back() {
    let (path, report, _d) = run("off-row.xlsx", &ten_rows(Pct::Formula("F{r}/E9*100")));
    // G8 (row 4 of the table) divides by the next row's target
    let f = at(&report, "G8", "C101").expect("C101 at G8");
    let correction = f.fix.as_ref().expect("fix corrects it");
    assert_eq!(correction.formula.as_deref(), Some("F8/E8*100"));
    assert!(
        f.message
            .render(rakit::i18n::Lang::Id)
            .contains("merujuk baris lain (E9)"),
        "{}",
        f.message.render(rakit::i18n::Lang::Id)
    );
    // the copy holds the pattern, with its value, and the other rows keep theirs
    let copy = fix(&path);
    let (formula, value) = cell_of(&copy, "G8");
    assert_eq!(formula.as_deref(), Some("F8/E8*100"));
    assert_eq!(value, calamine::Data::Float(118.0 / 140.0 * 100.0));
    assert_eq!(cell_of(&copy, "G9").0.as_deref(), Some("F9/E9*100"));
}

#[test]
fn a_typed_number_inside_a_formula_is_named() {
    let (_p, report, _d) = run("constant.xlsx", &ten_rows(Pct::Formula("118/E{r}*100")));
    let f = at(&report, "G8", "C101");
    // 118 is the realisasi: the % is right and nothing is reported
    assert!(f.is_none(), "{f:?}");
    let (_p, report, _d) = run("constant2.xlsx", &ten_rows(Pct::Formula("120/E{r}*100")));
    let f = at(&report, "G8", "C101").expect("C101 at G8");
    assert_eq!(
        f.fix.as_ref().and_then(|x| x.formula.as_deref()),
        Some("F8/E8*100")
    );
    assert!(
        f.message
            .render(rakit::i18n::Lang::En)
            .contains("typed number (120)"),
        "{}",
        f.message.render(rakit::i18n::Lang::En)
    );
}

#[test]
fn a_typed_number_in_a_formula_column_is_corrected_as_a_number() {
    let (path, report, _d) = run("typed.xlsx", &ten_rows(Pct::Number(80.0)));
    let f = at(&report, "G8", "C101").expect("C101 at G8");
    assert!(f.fix.as_ref().is_some_and(|x| x.formula.is_none()));
    let copy = fix(&path);
    let (formula, value) = cell_of(&copy, "G8");
    assert_eq!(formula, None);
    assert_eq!(value, calamine::Data::Float(84.29));
}

#[test]
fn a_formula_like_its_neighbours_is_not_overwritten() {
    // every % divides by column D, which equals the target except on one row: rakit's
    // recalculation (F/E) and the workbook's formula disagree there, and rakit cannot know
    // which is meant
    let mut rows = ten_rows(Pct::Formula("F{r}/D{r}*100"));
    for r in &mut rows {
        r.pct = Pct::Formula("F{r}/D{r}*100");
    }
    rows[4].d = 150.0;
    let (path, report, _d) = run("same-pattern.xlsx", &rows);
    let f = at(&report, "G8", "C101").expect("C101 at G8");
    assert!(f.fix.is_none(), "{f:?}");
    assert!(
        f.message
            .render(rakit::i18n::Lang::En)
            .contains("same pattern"),
        "{}",
        f.message.render(rakit::i18n::Lang::En)
    );
    let copy = fix(&path);
    assert_eq!(cell_of(&copy, "G8").0.as_deref(), Some("F8/D8*100"));
}

#[test]
fn a_lone_formula_is_left_alone() {
    // typed numbers everywhere but one wrong formula: no pattern to follow
    let mut rows: Vec<Row> = (0..6)
        .map(|i| {
            let t = 100.0 + i as f64;
            row(
                t,
                90.0,
                Pct::Number(((90.0 / t) * 10000.0_f64).round() / 100.0),
            )
        })
        .collect();
    rows[2].pct = Pct::Formula("F{r}/E{r}*10");
    let (path, report, _d) = run("lone.xlsx", &rows);
    let f = at(&report, "G6", "C101").expect("C101 at G6");
    assert!(f.fix.is_none());
    assert!(
        f.message
            .render(rakit::i18n::Lang::Id)
            .contains("tidak menimpa rumus"),
        "{}",
        f.message.render(rakit::i18n::Lang::Id)
    );
    let copy = fix(&path);
    assert_eq!(cell_of(&copy, "G6").0.as_deref(), Some("F6/E6*10"));
}

#[test]
fn a_small_table_that_mostly_disagrees_is_not_corrected() {
    // five rows, four wrong: the columns may be misread
    let mut rows: Vec<Row> = (0..5)
        .map(|i| {
            let t = 200.0 + i as f64;
            row(
                t,
                150.0,
                Pct::Number(((150.0 / t) * 10000.0_f64).round() / 100.0),
            )
        })
        .collect();
    for r in rows.iter_mut().take(4) {
        r.pct = Pct::Number(99.0);
    }
    let (path, report, _d) = run("small.xlsx", &rows);
    let l701: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "L701")
        .collect();
    assert_eq!(l701.len(), 1, "{:?}", report.findings);
    assert!(l701[0]
        .message
        .render(rakit::i18n::Lang::En)
        .contains("changes nothing"));
    let wrong: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "C101")
        .collect();
    assert_eq!(wrong.len(), 4);
    assert!(wrong.iter().all(|f| f.fix.is_none()));
    let copy = fix(&path);
    assert_eq!(cell_of(&copy, "G4").1, calamine::Data::Float(99.0));

    // one wrong of five: an ordinary mistake, corrected
    rows[1].pct = Pct::Number(((150.0 / 201.0) * 10000.0_f64).round() / 100.0);
    rows[2].pct = Pct::Number(((150.0 / 202.0) * 10000.0_f64).round() / 100.0);
    rows[3].pct = Pct::Number(((150.0 / 203.0) * 10000.0_f64).round() / 100.0);
    let (_p, report, _d) = run("small-ok.xlsx", &rows);
    assert!(report.findings.iter().all(|f| f.code != "L701"));
    let f = at(&report, "G4", "C101").expect("C101 at G4");
    assert!(f.fix.is_some());
}
