//! The patcher on workbooks nobody here designed: every xlsx in `sample-workbooks/` and, when
//! set, in the folder named by `RAKIT_REAL_WORKBOOKS`. Formula cells (shared-formula masters
//! among them) and value cells are edited with notes and highlight; every other cell must
//! read back exactly as before, and LibreOffice must open the result.

mod common;

use common::soffice_convert;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rakit::read::{self, Raw};
use rakit::write::patch::write_patched_xlsx;
use rakit::write::{CellEdit, ExtraSheet, OutCell, OutValue};
use rust_decimal::Decimal;

fn workbooks() -> Vec<PathBuf> {
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-workbooks")];
    if let Some(d) = std::env::var_os("RAKIT_REAL_WORKBOOKS") {
        dirs.extend(std::env::split_paths(&d));
    }
    let mut out = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let ext = p
                .extension()
                .and_then(|x| x.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if ext == "xlsx" || ext == "xlsm" {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Up to `n` formula cells and `n` number cells of a sheet, spread over it.
fn pick(sheet: &read::Sheet, n: usize) -> Vec<(u32, u32)> {
    let formulas: Vec<&read::Cell> = sheet.cells.iter().filter(|c| c.formula.is_some()).collect();
    let numbers: Vec<&read::Cell> = sheet
        .cells
        .iter()
        .filter(|c| c.formula.is_none() && matches!(c.value, Raw::Number(_)))
        .collect();
    let mut out = Vec::new();
    for list in [formulas, numbers] {
        if list.is_empty() {
            continue;
        }
        let step = (list.len() / n).max(1);
        out.extend(list.iter().step_by(step).take(n).map(|c| (c.row, c.col)));
    }
    out
}

#[test]
fn sample_workbooks_patch_cleanly() {
    let files = workbooks();
    if files.is_empty() {
        eprintln!("no sample workbooks found; nothing to check");
        return;
    }
    for file in files {
        check(&file);
    }
}

fn check(file: &Path) {
    let name = file.display().to_string();
    let before = read::load(file).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut edits = Vec::new();
    for sheet in before.sheets.iter().take(2) {
        for (i, (row, col)) in pick(sheet, 4).into_iter().enumerate() {
            edits.push(CellEdit {
                sheet: sheet.name.clone(),
                row,
                col,
                value: OutValue::Number(Decimal::from_str("12.5").unwrap() + Decimal::from(i)),
                highlight: true,
                note: Some(format!("rakit: dibetulkan ({i})")),
            });
        }
        // a cell right of everything
        let last_col = sheet.cells.iter().map(|c| c.col).max().unwrap_or(0);
        edits.push(CellEdit {
            sheet: sheet.name.clone(),
            row: 0,
            col: last_col + 2,
            value: OutValue::Text("diperiksa rakit".into()),
            highlight: false,
            note: Some("catatan".into()),
        });
    }
    let extra = vec![ExtraSheet {
        replaces: false,
        name: before.sheets[0].name.clone(),
        widths: vec![12.0],
        header_rows: 1,
        rows: vec![
            vec![OutCell::Text("Temuan".into())],
            vec![OutCell::Link {
                text: "lihat".into(),
                sheet: before.sheets[0].name.clone(),
                cell: "A1".into(),
            }],
        ],
        ..Default::default()
    }];
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.xlsx");
    {
        let mut f = std::fs::File::create(&out).unwrap();
        write_patched_xlsx(file, &mut f, &edits, &extra).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let after = read::load(&out).unwrap_or_else(|e| panic!("{name} patched: {e}"));
    assert_eq!(after.sheets.len(), before.sheets.len() + 1, "{name}");
    for (b, a) in before.sheets.iter().zip(&after.sheets) {
        assert_eq!(b.name, a.name);
        assert_eq!(b.merged, a.merged, "{name} {}", b.name);
        for c in &b.cells {
            let edited = edits
                .iter()
                .any(|e| e.sheet == b.name && (e.row, e.col) == (c.row, c.col));
            let got = a.get(c.row, c.col);
            if edited {
                let got = got.unwrap_or_else(|| panic!("{name}: edit lost"));
                assert_eq!(got.formula, None);
                assert!(matches!(got.value, Raw::Number(_)));
                assert_eq!(got.format, c.format, "{name}: edited cell keeps its format");
            } else {
                assert_eq!(
                    Some(c),
                    got,
                    "{name} {}!{}",
                    b.name,
                    read::cell_name(c.row, c.col)
                );
            }
        }
    }
    if let Some(csv) = soffice_convert(&out, "csv", dir.path()) {
        let text = std::fs::read_to_string(csv).unwrap_or_default();
        assert!(!text.is_empty(), "{name}: LibreOffice wrote nothing");
    }
}
