//! The formula shifter (`rakit::formula::shift_formula`), which gives the dependent cells of
//! a shared formula their own text when fix edits the master, against LibreOffice.
//!
//! Formulas come from a small grammar (numbers, relative/absolute/mixed references, ranges,
//! `+ - * / ^ &`, comparisons, SUM/IF/ROUND/ABS/MIN/MAX/AND/OR, string literals with quotes
//! and reference-like text, references to the sheet `'Data Ref'`). Each formula sits next to
//! a data block that is repeated `DR` rows further down. The reference for "the formula
//! moved `DR` rows" is LibreOffice's own: the formula is the master of a shared formula
//! whose dependent sits `DR` rows below (Excel's semantics, which rakit must reproduce when
//! it writes out a dependent). Next to it, on a sheet with the same data, sits rakit's
//! shifted text. Both must read back with the same formula and the same value; where no
//! range changes size the moved formula also gives the original's value (repeated block).
//! (Comparing only original and moved values is not enough: `SUM(B$7:B7)` moved by 20 rows
//! is `SUM(B$7:B27)`, rightly a different sum.)
//!
//! LibreOffice evaluates all cases in ONE workbook (one soffice run, recalculation forced);
//! the cases come from a proptest runner with a fixed seed, so every run checks the same
//! formulas.

mod common;
#[path = "common/lo.rs"]
mod lo;

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use rakit::formula::shift_formula;

/// Data rows 1..=ROWS, columns A..F, on both sheets; repeated DR rows further down.
const ROWS: u32 = 10;
const COLS: u32 = 6;
const DR: u32 = 20;
const CASES: usize = 200;
const REF_SHEET: &str = "Data Ref";

fn cell_ref() -> impl Strategy<Value = String> {
    (0..COLS, 1..=ROWS, 0u8..4).prop_map(|(c, r, m)| {
        let col = char::from(b'A' + c as u8);
        match m {
            0 => format!("{col}{r}"),
            1 => format!("${col}${r}"),
            2 => format!("{col}${r}"),
            _ => format!("${col}{r}"),
        }
    })
}

fn range_ref() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (cell_ref(), cell_ref()).prop_map(|(a, b)| format!("{a}:{b}")),
        1 => (cell_ref(), cell_ref()).prop_map(|(a, b)| format!("'{REF_SHEET}'!{a}:{b}")),
    ]
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => cell_ref(),
        2 => (0u32..100).prop_map(|n| n.to_string()),
        1 => Just("2.5".to_string()),
        2 => cell_ref().prop_map(|c| format!("'{REF_SHEET}'!{c}")),
        1 => prop_oneof![
            Just(r#""a""b""#.to_string()),
            Just(r#""B3""#.to_string()),
            Just(r#""x&y""#.to_string()),
            Just(r#""'Data Ref'!B3""#.to_string()),
            Just(r#""$A$1:C2""#.to_string()),
        ],
    ]
}

fn cmp_op() -> BoxedStrategy<&'static str> {
    prop_oneof![
        Just("="),
        Just("<>"),
        Just("<"),
        Just("<="),
        Just(">"),
        Just(">=")
    ]
    .boxed()
}

fn formula() -> impl Strategy<Value = String> {
    leaf().prop_recursive(4, 40, 3, |inner| {
        let cond = (inner.clone(), cmp_op(), inner.clone())
            .prop_map(|(a, o, b)| format!("{a}{o}{b}"))
            .boxed();
        prop_oneof![
            4 => (
                inner.clone(),
                prop_oneof![Just("+"), Just("-"), Just("*"), Just("/"), Just("^"), Just("&")],
                inner.clone()
            )
                .prop_map(|(a, o, b)| format!("({a}{o}{b})")),
            1 => cond.clone().prop_map(|c| format!("({c})")),
            2 => range_ref().prop_map(|r| format!("SUM({r})")),
            2 => (cond.clone(), inner.clone(), inner.clone())
                .prop_map(|(c, a, b)| format!("IF({c},{a},{b})")),
            1 => inner.clone().prop_map(|a| format!("ROUND({a},2)")),
            1 => inner.clone().prop_map(|a| format!("ABS({a})")),
            1 => (range_ref(), inner.clone()).prop_map(|(r, a)| format!("MIN({r},{a})")),
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("MAX({a},{b})")),
            1 => (cond.clone(), cond.clone()).prop_map(|(a, b)| format!("AND({a},{b})")),
            1 => (cond.clone(), cond).prop_map(|(a, b)| format!("OR({a},{b})")),
        ]
    })
}

/// The same formulas on every run.
fn cases() -> Vec<String> {
    let config = Config {
        cases: CASES as u32,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]));
    let s = formula();
    (0..CASES)
        .map(|_| s.new_tree(&mut runner).unwrap().current())
        .collect()
}

/// Data value of a block cell (the same in both blocks of a sheet).
fn data(sheet: u32, r: u32, c: u32) -> f64 {
    f64::from((r * 7 + c * 3 + sheet * 5) % 11) - 3.0
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The XML of a sheet's cells (what follows `<c r=".."`) by zero-based (row, col).
type SheetXml = BTreeMap<(u32, u32), String>;

/// A minimal xlsx package: sheets given as their `<sheetData>` cells by (row, col).
fn write_xlsx(path: &Path, sheets: &[(&str, SheetXml)]) {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, text: String| {
        z.start_file(name, opts).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    };
    let ns = "http://schemas.openxmlformats.org";
    let mut types = String::new();
    let mut list = String::new();
    let mut rels = String::new();
    for (i, (name, cells)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
        list.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            esc(name)
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
        let mut data = String::new();
        let mut row = None;
        for ((r, c), xml) in cells {
            if row != Some(*r) {
                if row.is_some() {
                    data.push_str("</row>");
                }
                data.push_str(&format!(r#"<row r="{}">"#, r + 1));
                row = Some(*r);
            }
            data.push_str(&format!(
                r#"<c r="{}"{xml}</c>"#,
                rakit::read::cell_name(*r, *c)
            ));
        }
        if row.is_some() {
            data.push_str("</row>");
        }
        put(
            &format!("xl/worksheets/sheet{n}.xml"),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>"#
            ),
        );
    }
    put(
        "[Content_Types].xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{types}</Types>"#
        ),
    );
    put(
        "_rels/.rels",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        ),
    );
    put(
        "xl/workbook.xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>{list}</sheets></workbook>"#
        ),
    );
    put(
        "xl/_rels/workbook.xml.rels",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{ns}/package/2006/relationships">{rels}</Relationships>"#
        ),
    );
    z.finish().unwrap();
}

/// Each case's original formula at (row, col) of "Uji" is the master of a shared formula
/// whose one dependent sits `DR` rows below: LibreOffice moves it the way Excel does. The
/// sheet "Geser" holds the same data and, at that same dependent cell, the text rakit's
/// shifter makes of the formula. LibreOffice recalculates both (one soffice run, forced
/// recalculation); the two cells must read back with the same formula text and the same
/// value. Because the data block is repeated `DR` rows down, the dependent also evaluates
/// like the original whenever its ranges keep their size.
#[test]
fn shifted_formulas_evaluate_like_the_original_in_libreoffice() {
    let cases = cases();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("formula_shift");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let block = |sheet: u32| {
        let mut m = BTreeMap::new();
        for r in 0..ROWS {
            for c in 0..COLS {
                let v = format!("><v>{}</v>", data(sheet, r, c));
                m.insert((r, c), v.clone());
                m.insert((r + DR, c), v);
            }
        }
        m
    };
    let (mut uji, mut geser) = (block(0), block(0));
    let mut placed = Vec::new();
    for (i, f) in cases.iter().enumerate() {
        let (row, col) = ((i as u32) % ROWS, 7 + i as u32);
        let shifted = shift_formula(f, i64::from(DR), 0);
        let top = rakit::read::cell_name(row, col);
        let bottom = rakit::read::cell_name(row + DR, col);
        uji.insert(
            (row, col),
            format!(
                r#"><f t="shared" ref="{top}:{bottom}" si="{i}">{}</f>"#,
                esc(f)
            ),
        );
        uji.insert((row + DR, col), format!(r#"><f t="shared" si="{i}"/>"#));
        geser.insert((row, col), format!("><f>{}</f>", esc(f)));
        geser.insert((row + DR, col), format!("><f>{}</f>", esc(&shifted)));
        placed.push((row, col, f, shifted));
    }
    let path = dir.join("shift-cases.xlsx");
    write_xlsx(
        &path,
        &[("Uji", uji), ("Geser", geser), (REF_SHEET, block(1))],
    );

    let Some(books) = lo::recalculated(&[path], &dir.join("lo")) else {
        return;
    };
    let book = &books[0].1;
    let (uji, geser) = (book.sheet("Uji").unwrap(), book.sheet("Geser").unwrap());
    let mut bad = Vec::new();
    let mut errors = 0;
    for (row, col, f, shifted) in &placed {
        let k = (row + DR, *col);
        let (Some(a), Some(b)) = (uji.get(&k), geser.get(&k)) else {
            bad.push(format!(
                "={f}: no cell read back at {}",
                rakit::read::cell_name(k.0, k.1)
            ));
            continue;
        };
        if matches!(a.value, calamine::Data::Error(_)) {
            errors += 1;
        }
        if a != b {
            bad.push(format!(
                "={f} moved {DR} rows: Excel/LibreOffice ={} gives {:?}, rakit ={shifted} (read back ={}) gives {:?}",
                a.formula.as_deref().unwrap_or("?"),
                a.value,
                b.formula.as_deref().unwrap_or("?"),
                b.value
            ));
        }
        // where every range keeps its size, the moved formula reads the repeated block
        let orig = &uji[&(*row, *col)];
        if !f.contains(':') && orig.value != a.value {
            bad.push(format!(
                "={f} gives {:?} but moved onto the repeated block gives {:?}",
                orig.value, a.value
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} shifted formulas differ:\n{}",
        bad.len(),
        placed.len(),
        bad.join("\n")
    );
    // the grammar is not vacuous: most formulas compute a value
    assert!(
        errors * 2 < placed.len(),
        "{errors} of {} formulas are errors",
        placed.len()
    );
}

/// Moving a formula away and back gives it back (no reference leaves the sheet here), and
/// string literals and sheet names are never touched.
#[test]
fn shifting_there_and_back_is_the_identity() {
    for f in cases() {
        for (dr, dc) in [(DR as i64, 0), (3, 2), (0, 5), (100, 1)] {
            let there = shift_formula(&f, dr, dc);
            assert_eq!(
                shift_formula(&there, -dr, -dc),
                f,
                "={f} moved by ({dr}, {dc}): ={there}"
            );
            let lits = |s: &str| -> Vec<String> {
                s.split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect()
            };
            assert_eq!(lits(&there), lits(&f), "string literals of ={f}");
            assert_eq!(
                there.matches("'Data Ref'!").count(),
                f.matches("'Data Ref'!").count()
            );
        }
    }
}
