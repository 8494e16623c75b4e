//! Reading keeps, for each cell, its position, raw value, formula and number format; the
//! fast formula/merge scan agrees with calamine's full parse.

mod common;

use std::path::Path;

use calamine::{open_workbook_auto, Reader};
use common::*;
use rakit::read::{self, Raw};

fn real() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real-workbooks/EVALUASI RENJA BAPPEDALITBANG TAHUN 2025.xlsx")
}

#[test]
fn formulas_and_merges_agree_with_calamine() {
    for path in [
        real(),
        sample("bone-2020-rencana-aksi.xlsx"),
        sample("banjar-pk-2016.xlsx"),
    ] {
        let wb = read::load(&path).unwrap();
        let mut cal = open_workbook_auto(&path).unwrap();
        for sheet in &wb.sheets {
            let formulas = cal.worksheet_formula(&sheet.name).unwrap();
            let mut expected: Vec<(u32, u32)> = formulas
                .used_cells()
                .filter(|(_, _, f)| !f.is_empty())
                .map(|(r, c, _)| {
                    let (sr, sc) = formulas.start().unwrap();
                    (sr + r as u32, sc + c as u32)
                })
                .collect();
            expected.sort();
            let mut got: Vec<(u32, u32)> = sheet
                .cells
                .iter()
                .filter(|c| c.formula.is_some())
                .map(|c| (c.row, c.col))
                .collect();
            got.sort();
            // calamine lists formulas of empty cells too; rakit keeps non-empty cells only
            let nonempty: Vec<_> = expected
                .into_iter()
                .filter(|(r, c)| sheet.get(*r, *c).is_some())
                .collect();
            assert_eq!(got, nonempty, "{} / {}", path.display(), sheet.name);
        }
    }
    let wb = read::load(&real()).unwrap();
    let s = &wb.sheets[0];
    assert_eq!(
        s.get(10, 36 - 26)
            .and_then(|c| c.formula.clone())
            .as_deref(),
        Some("SUM(K12+K91+K96)")
    );
    assert!(s
        .merged
        .iter()
        .any(|m| (m.first_row, m.first_col, m.last_row, m.last_col) == (10, 2, 104, 2)));
}

#[test]
fn cells_keep_value_and_percent_format() {
    let wb = read::load(&sample("banjar-pk-2016.xlsx")).unwrap();
    let renstra = wb
        .sheets
        .iter()
        .find(|s| s.name == "Capaian Renstra")
        .unwrap();
    let c3 = renstra.get(2, 2).unwrap();
    assert!(c3.format.percent);
    assert_eq!(c3.value, Raw::Number("0.6147".parse().unwrap()));
    let pk = wb.sheets.iter().find(|s| s.name == "PK 2016").unwrap();
    let e13 = pk.get(12, 4).unwrap();
    assert_eq!(e13.format.decimals, Some(2));
}
