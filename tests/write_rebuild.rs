//! The rebuilding writer: a workbook read by calamine (built by hand, or an .ods made by
//! LibreOffice) written anew, read back and opened with LibreOffice.

mod common;

use common::soffice_convert;
use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use calamine::{Data, Reader, Xlsx};
use rakit::read::{self, Cell, Format as InFormat, Merge, NumFmt, Raw, Sheet, Workbook};
use rakit::write::rebuild::write_rebuilt;
use rakit::write::{Cached, CellEdit, ExtraSheet, OutCell, OutValue, WriteError};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Formula};

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn at(name: &str) -> (u32, u32) {
    read::parse_cell_name(name).unwrap()
}

fn cell(name: &str, value: Raw) -> Cell {
    let (row, col) = at(name);
    Cell {
        row,
        col,
        value,
        formula: None,
        format: NumFmt::default(),
    }
}

fn edit(sheet: &str, name: &str, value: OutValue, highlight: bool, note: Option<&str>) -> CellEdit {
    let (row, col) = at(name);
    CellEdit {
        sheet: sheet.into(),
        row,
        col,
        value,
        highlight,
        note: note.map(str::to_string),
    }
}

fn merge(a: &str, b: &str) -> Merge {
    let (r0, c0) = at(a);
    let (r1, c1) = at(b);
    Merge {
        first_row: r0,
        first_col: c0,
        last_row: r1,
        last_col: c1,
    }
}

const ODD: &str = "Data:2024/Q1 with a name far too long";

fn source() -> Workbook {
    let pct = NumFmt::from_code("0.00%");
    let mut d3 = cell("D3", Raw::Number(dec("0.6287")));
    d3.formula = Some("C3/B3".into());
    d3.format = pct.clone();
    let mut d4 = cell("D4", Raw::Text("tinggi".into()));
    d4.formula = Some("IF(C4>B4,\"tinggi\",\"rendah\")".into());
    let mut e3 = cell("E3", Raw::Number(dec("0.25")));
    e3.format = pct;
    let mut f3 = cell("F3", Raw::Date("45292".into()));
    f3.format = NumFmt::from_code("dd/mm/yyyy");
    let mut g3 = cell("G3", Raw::Error("#DIV/0!".into()));
    g3.formula = Some("B3/0".into());
    let pk = Sheet::new(
        "PK 2014".into(),
        vec![
            cell("A1", Raw::Text("Indikator".into())),
            cell("B1", Raw::Text("Target".into())),
            cell("A2", Raw::Text("Sasaran 1".into())),
            cell("A3", Raw::Text("Persentase".into())),
            cell("B3", Raw::Number(dec("100"))),
            cell("C3", Raw::Number(dec("62.87"))),
            d3,
            e3,
            f3,
            g3,
            cell("A4", Raw::Text("Jumlah".into())),
            cell("B4", Raw::Number(dec("1234567.891"))),
            cell("C4", Raw::Number(dec("2000000"))),
            d4,
            cell("H4", Raw::Bool(true)),
            cell("B7", Raw::Number(dec("5"))),
            cell("A9", Raw::Error("#N/A".into())),
        ],
        vec![merge("A2", "D2"), merge("B7", "C8"), merge("A10", "A10")],
    );
    let mut other_f = cell("B1", Raw::Number(dec("200")));
    other_f.formula = Some("'PK 2014'!B3*2".into());
    let other = Sheet::new(
        ODD.into(),
        vec![cell("A1", Raw::Text("Nilai".into())), other_f],
        vec![],
    );
    Workbook {
        path: PathBuf::from("in.xls"),
        format: InFormat::Xls,
        sheets: vec![pk, other],
        beyond_values: Default::default(),
        source: Vec::new().into(),
    }
}

fn extras() -> Vec<ExtraSheet> {
    vec![ExtraSheet {
        replaces: false,
        name: "Temuan".into(),
        widths: vec![8.0, 30.0],
        header_rows: 1,
        rows: vec![
            vec![OutCell::Text("Sel".into()), OutCell::Text("Pesan".into())],
            vec![
                OutCell::Link {
                    text: "B3".into(),
                    sheet: "PK 2014".into(),
                    cell: "B3".into(),
                },
                OutCell::Text("target".into()),
            ],
            vec![
                OutCell::Link {
                    text: "lain".into(),
                    sheet: ODD.into(),
                    cell: "B1".into(),
                },
                OutCell::Formula {
                    formula: "COUNTA(A2:A3)".into(),
                    cached: Cached::Number(dec("2")),
                },
            ],
            vec![
                OutCell::Empty,
                OutCell::Formula {
                    formula: "=\"n=\"&B3".into(),
                    cached: Cached::Text("n=2".into()),
                },
            ],
        ],
        ..Default::default()
    }]
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            out.insert(f.name().unwrap().to_string(), s);
        }
    }
    out
}

fn value<'a>(s: &'a Sheet, name: &str) -> &'a Raw {
    let (r, c) = at(name);
    &s.get(r, c).unwrap_or_else(|| panic!("no {name}")).value
}

#[test]
fn rebuilt_workbook_round_trips() {
    let src = source();
    let edits = vec![
        edit(
            "PK 2014",
            "B3",
            OutValue::Number(dec("120")),
            true,
            Some("lama: 100"),
        ),
        edit("PK 2014", "D3", OutValue::Number(dec("0.5239")), true, None),
        edit(
            "PK 2014",
            "J5",
            OutValue::Text("baru".into()),
            false,
            Some("sel baru"),
        ),
        edit("pk 2014", "B7", OutValue::Number(dec("6")), true, None),
        edit(ODD, "A1", OutValue::Blank, true, None),
    ];
    let mut out = Cursor::new(Vec::new());
    write_rebuilt(&src, &mut out, &edits, &extras()).unwrap();
    let bytes = out.into_inner();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rebuilt.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    if let Ok(d) = std::env::var("RAKIT_KEEP_OUTPUT") {
        std::fs::write(Path::new(&d).join("rebuilt.xlsx"), &bytes).unwrap();
    }

    let wb = read::load(&path).unwrap();
    let names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["PK 2014", "Data_2024_Q1 with a name far to", "Temuan"]
    );
    let pk = &wb.sheets[0];
    // edits
    assert_eq!(value(pk, "B3"), &Raw::Number(dec("120")));
    assert_eq!(value(pk, "D3"), &Raw::Number(dec("0.5239")));
    assert!(pk.get(2, 3).unwrap().format.percent, "D3 keeps its percent");
    assert_eq!(pk.get(2, 3).unwrap().formula, None);
    assert_eq!(value(pk, "J5"), &Raw::Text("baru".into()));
    assert_eq!(value(pk, "B7"), &Raw::Number(dec("6")));
    // untouched values, formats and formulas
    assert_eq!(value(pk, "A1"), &Raw::Text("Indikator".into()));
    assert_eq!(value(pk, "A2"), &Raw::Text("Sasaran 1".into()));
    assert_eq!(value(pk, "C3"), &Raw::Number(dec("62.87")));
    assert_eq!(value(pk, "E3"), &Raw::Number(dec("0.25")));
    assert!(pk.get(2, 4).unwrap().format.percent);
    assert_eq!(value(pk, "B4"), &Raw::Number(dec("1234567.891")));
    assert_eq!(value(pk, "D4"), &Raw::Text("tinggi".into()));
    assert_eq!(value(pk, "H4"), &Raw::Bool(true));
    assert_eq!(
        pk.get(3, 3).unwrap().formula.as_deref(),
        Some("IF(C4>B4,\"tinggi\",\"rendah\")")
    );
    assert_eq!(
        pk.get(2, 5).unwrap().format.code.as_deref(),
        Some("dd/mm/yyyy")
    );
    assert!(matches!(value(pk, "F3"), Raw::Date(_) | Raw::Number(_)));
    assert!(matches!(value(pk, "G3"), Raw::Error(e) if e.contains("DIV")));
    assert!(matches!(value(pk, "A9"), Raw::Error(e) if e.contains("N/A")));
    // merges (the 1×1 one is dropped)
    assert_eq!(pk.merged.len(), 2);
    assert!(pk.merged.contains(&merge("A2", "D2")));
    assert!(pk.merged.contains(&merge("B7", "C8")));
    // the renamed sheet, a blank edit that still carries the highlight
    let other = &wb.sheets[1];
    assert_eq!(other.get(0, 0), None);
    assert_eq!(
        other.get(0, 1).unwrap().formula.as_deref(),
        Some("'PK 2014'!B3*2")
    );
    assert_eq!(value(other, "B1"), &Raw::Number(dec("200")));

    // calamine directly: cached values and formula text
    let mut x = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    let t = x.worksheet_range("Temuan").unwrap();
    assert_eq!(t.get_value((2, 1)), Some(&Data::Float(2.0)));
    assert_eq!(t.get_value((3, 1)), Some(&Data::String("n=2".into())));
    assert_eq!(t.get_value((1, 0)), Some(&Data::String("B3".into())));
    let tf = x.worksheet_formula("Temuan").unwrap();
    assert_eq!(
        tf.get_value((2, 1)).map(String::as_str),
        Some("COUNTA(A2:A3)")
    );
    let pf = x.worksheet_formula("PK 2014").unwrap();
    assert!(
        pf.get_value((2, 2)).is_none_or(|f| f.is_empty()),
        "C3 is a value"
    );
    assert_eq!(
        pf.get_value((2, 3)).map(String::as_str),
        Some(""),
        "D3 was edited"
    );

    // package: notes, fill, links to the renamed sheet, frozen header
    let parts = unzip(&bytes);
    let comments = &parts["xl/comments1.xml"];
    assert!(
        comments.contains("lama: 100") && comments.contains("sel baru"),
        "{comments}"
    );
    assert!(!comments.contains("rakit:"), "no author prefix in the text");
    let styles = &parts["xl/styles.xml"];
    assert!(styles.contains("FFFFFF99"), "{styles}");
    let temuan = &parts["xl/worksheets/sheet3.xml"];
    assert!(
        temuan.contains("location=\"'Data_2024_Q1 with a name far to'!B1\""),
        "{temuan}"
    );
    assert!(temuan.contains("state=\"frozen\""));
    assert!(temuan.contains("width=\"30.7109375\""));

    if let Some(csv) = soffice_convert(&path, "csv", dir.path()) {
        let csv = std::fs::read_to_string(csv).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("Indikator,Target"), "{csv}");
        assert!(lines[1].starts_with("Sasaran 1,"), "{csv}");
        assert!(
            lines[2].starts_with("Persentase,120,62.87,52.39%,25"),
            "{csv}"
        );
        assert!(lines[2].contains(",01/01/2024,"), "{csv}");
        assert!(
            lines[3].starts_with("Jumlah,1234567.891,2000000,tinggi"),
            "{csv}"
        );
        assert!(lines[4].ends_with(",baru"), "{csv}");
    }
}

#[test]
fn unknown_sheet_is_an_error() {
    let mut out = Cursor::new(Vec::new());
    let e = write_rebuilt(
        &source(),
        &mut out,
        &[edit("Nope", "A1", OutValue::Blank, false, None)],
        &[],
    )
    .unwrap_err();
    assert!(
        matches!(e, WriteError::Xlsx(ref m) if m.contains("Nope")),
        "{e}"
    );
}

#[test]
fn ods_from_libreoffice_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("asal.xlsx");
    {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let pct = Format::new().set_num_format("0.00%");
        let ws = wb.add_worksheet();
        ws.set_name("PK 2014").unwrap();
        ws.write_string(0, 0, "Indikator").unwrap();
        ws.merge_range(1, 0, 1, 2, "Sasaran", &Format::new())
            .unwrap();
        ws.write_number(2, 1, 100).unwrap();
        ws.write_number(2, 2, 62.87).unwrap();
        ws.write_formula_with_format(2, 3, Formula::new("=C3/B3").set_result("0.6287"), &pct)
            .unwrap();
        ws.write_formula(3, 3, Formula::new("=SUM(B3:C3)").set_result("162.87"))
            .unwrap();
        ws.write_formula(
            4,
            3,
            Formula::new("=IF(B3>50,\"ok\",\"no\")").set_result("ok"),
        )
        .unwrap();
        let ws2 = wb.add_worksheet();
        ws2.set_name("Rencana Aksi").unwrap();
        ws2.write_formula(0, 0, Formula::new("='PK 2014'!B3*2").set_result("200"))
            .unwrap();
        wb.save(&xlsx).unwrap();
    }
    let Some(ods) = soffice_convert(&xlsx, "ods", dir.path()) else {
        return;
    };
    let src = read::load(&ods).unwrap();
    assert_eq!(src.format, InFormat::Ods);
    // calamine gives ods formulas in OpenFormula (`of:=[.C3]/[.B3]`); rakit reads them in
    // Excel's syntax, as the other formats give theirs
    let raw_f = src.sheets[0].get(2, 3).unwrap().formula.clone().unwrap();
    // and its number formats, read from the ods's styles (calamine gives none)
    assert_eq!(
        src.sheets[0].get(2, 3).unwrap().format,
        NumFmt::from_code("0.00%")
    );
    assert_eq!(&*raw_f, "C3/B3");

    let edits = vec![edit(
        "PK 2014",
        "B3",
        OutValue::Number(dec("80")),
        true,
        Some("lama 100"),
    )];
    let mut out = Cursor::new(Vec::new());
    write_rebuilt(&src, &mut out, &edits, &extras()).unwrap();
    let path = dir.path().join("dari-ods.xlsx");
    std::fs::write(&path, out.get_ref()).unwrap();
    let wb = read::load(&path).unwrap();
    let pk = &wb.sheets[0];
    assert_eq!(value(pk, "B3"), &Raw::Number(dec("80")));
    assert_eq!(value(pk, "A2"), &Raw::Text("Sasaran".into()));
    assert_eq!(pk.get(2, 3).unwrap().formula.as_deref(), Some("C3/B3"));
    assert_eq!(value(pk, "D3"), &Raw::Number(dec("0.6287")));
    assert_eq!(pk.get(3, 3).unwrap().formula.as_deref(), Some("SUM(B3:C3)"));
    assert_eq!(
        pk.get(4, 3).unwrap().formula.as_deref(),
        Some("IF(B3>50,\"ok\",\"no\")")
    );
    assert_eq!(value(pk, "D5"), &Raw::Text("ok".into()));
    assert_eq!(
        wb.sheets[1].get(0, 0).unwrap().formula.as_deref(),
        Some("'PK 2014'!B3*2")
    );
    assert_eq!(wb.sheets[2].name, "Temuan");
    // the merged range and the percent format, read from the ods's XML, come out
    assert_eq!(
        pk.merged,
        [read::Merge {
            first_row: 1,
            first_col: 0,
            last_row: 1,
            last_col: 2
        }]
    );
    assert!(pk.get(2, 3).unwrap().format.percent);

    if let Some(csv) = soffice_convert(&path, "csv", dir.path()) {
        let csv = std::fs::read_to_string(csv).unwrap();
        assert!(
            csv.lines().nth(2).unwrap().starts_with(",80,62.87,"),
            "{csv}"
        );
    }
}
