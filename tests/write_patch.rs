//! The xlsx patcher, on real packages built with rust_xlsxwriter (and one by hand), read back
//! with calamine, unzipped, and opened with LibreOffice.

mod common;

use common::soffice_convert;
use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::str::FromStr;

use calamine::{Data, Reader, Xlsx};
use quick_xml::events::Event;
use rakit::read::{self, Raw};
use rakit::write::patch::write_patched_xlsx;
use rakit::write::{Cached, CellEdit, ExtraSheet, OutCell, OutValue, WriteError};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatBorder, Formula, Workbook};

const PK: &str = "PK 2014";
const RA: &str = "Rencana O'Aksi";

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The input: two sheets, styles, a percent format, merged ranges, formulas.
fn build_input(path: &Path) {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let pct = Format::new().set_num_format("0.00%");
    let thousands = Format::new().set_num_format("#,##0");
    let boxed = Format::new().set_border(FormatBorder::Thin);
    let ws = wb.add_worksheet();
    ws.set_name(PK).unwrap();
    for (c, h) in ["Indikator", "Target", "Realisasi", "%"].iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold).unwrap();
    }
    ws.merge_range(1, 0, 1, 3, "Sasaran 1", &bold).unwrap();
    ws.write_string(2, 0, "Persentase layanan").unwrap();
    ws.write_number(2, 1, 100).unwrap();
    ws.write_number(2, 2, 62.87).unwrap();
    ws.write_formula_with_format(2, 3, Formula::new("=C3/B3").set_result("0.6287"), &pct)
        .unwrap();
    ws.write_string_with_format(2, 4, "kotak", &boxed).unwrap();
    ws.write_string(3, 0, "Jumlah").unwrap();
    ws.write_number_with_format(3, 1, 200, &thousands).unwrap();
    ws.write_string(3, 2, "n/a").unwrap();
    ws.write_formula_with_format(3, 3, Formula::new("=B4/B3").set_result("2"), &pct)
        .unwrap();
    ws.write_string(5, 0, "catatan").unwrap();
    ws.merge_range(6, 0, 7, 1, "dua baris", &boxed).unwrap();
    ws.set_column_width(0, 30).unwrap();

    let ws2 = wb.add_worksheet();
    ws2.set_name(RA).unwrap();
    ws2.write_string(0, 0, "Kegiatan").unwrap();
    ws2.write_string(1, 0, "Rapat").unwrap();
    ws2.write_number_with_format(1, 1, 0.25, &pct).unwrap();
    ws2.write_formula(1, 2, Formula::new("='PK 2014'!B3*2").set_result("200"))
        .unwrap();
    ws2.merge_range(3, 0, 3, 2, "akhir", &bold).unwrap();
    wb.save(path).unwrap();
}

fn edit(sheet: &str, cell: &str, value: OutValue, highlight: bool, note: Option<&str>) -> CellEdit {
    let (row, col) = read::parse_cell_name(cell).unwrap();
    CellEdit {
        sheet: sheet.to_string(),
        row,
        col,
        value,
        highlight,
        note: note.map(str::to_string),
    }
}

fn edits() -> Vec<CellEdit> {
    vec![
        // an existing number
        edit(
            PK,
            "B3",
            OutValue::Number(dec("120")),
            true,
            Some("lama: 100\ntarget diperbaiki"),
        ),
        // an existing text
        edit(
            PK,
            "A3",
            OutValue::Text("Persentase layanan & <mutu>".into()),
            true,
            None,
        ),
        // an existing formula becomes a value
        edit(
            PK,
            "D3",
            OutValue::Number(dec("0.52391666666666666667")),
            true,
            Some("dihitung ulang"),
        ),
        // a cell missing in an existing row
        edit(
            PK,
            "F3",
            OutValue::Number(dec("1.5")),
            false,
            Some("sel baru"),
        ),
        // a missing row
        edit(
            PK,
            "A5",
            OutValue::Text("baris baru".into()),
            true,
            Some("baris baru"),
        ),
        // text that was text, no highlight
        edit(PK, "C4", OutValue::Text("t/a".into()), false, None),
        // the other sheet
        edit(
            RA,
            "B2",
            OutValue::Number(dec("0.3")),
            true,
            Some("0,25 → 0,30"),
        ),
    ]
}

fn extras() -> Vec<ExtraSheet> {
    vec![
        ExtraSheet {
            replaces: false,
            name: "Temuan".into(),
            widths: vec![6.0, 18.0, 8.0, 40.0],
            header_rows: 1,
            rows: vec![
                vec![
                    OutCell::Text("No".into()),
                    OutCell::Text("Sheet".into()),
                    OutCell::Text("Sel".into()),
                    OutCell::Text("Pesan".into()),
                ],
                vec![
                    OutCell::Number(dec("1")),
                    OutCell::Text(PK.into()),
                    OutCell::Link {
                        text: "B3".into(),
                        sheet: PK.into(),
                        cell: "B3".into(),
                    },
                    OutCell::Text("target salah".into()),
                ],
                vec![
                    OutCell::Number(dec("2")),
                    OutCell::Text(RA.into()),
                    OutCell::Link {
                        text: "B2".into(),
                        sheet: RA.into(),
                        cell: "B2".into(),
                    },
                    OutCell::Text("persen".into()),
                ],
                vec![
                    OutCell::Formula {
                        formula: "COUNT(A2:A3)".into(),
                        cached: Cached::Number(dec("2")),
                    },
                    OutCell::Formula {
                        formula: "\"temuan: \"&A4".into(),
                        cached: Cached::Text("temuan: 2".into()),
                    },
                ],
            ],
            ..Default::default()
        },
        ExtraSheet {
            // collides with an existing sheet (not one of rakit's: added beside it)
            replaces: false,
            name: PK.into(),
            widths: vec![],
            header_rows: 2,
            rows: vec![
                vec![OutCell::Text("Tabel".into())],
                vec![
                    OutCell::Text("Nilai".into()),
                    OutCell::Text("Dua kali".into()),
                ],
                vec![
                    OutCell::Number(dec("0.6287")),
                    OutCell::Formula {
                        formula: "=A3*2".into(),
                        cached: Cached::Number(dec("1.2574")),
                    },
                ],
                vec![
                    OutCell::Empty,
                    OutCell::Formula {
                        formula: "'PK 2014'!B4+1".into(),
                        cached: Cached::Number(dec("201")),
                    },
                ],
            ],
            ..Default::default()
        },
    ]
}

fn tmpdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn patch_to(input: &Path, out: &Path, edits: &[CellEdit], extra: &[ExtraSheet]) {
    let mut f = std::fs::File::create(out).unwrap();
    write_patched_xlsx(input, &mut f, edits, extra).unwrap();
}

fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut b = Vec::new();
        f.read_to_end(&mut b).unwrap();
        out.insert(f.name().unwrap().to_string(), b);
    }
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

/// `r` → `s` of every `<c>` of a sheet part.
fn cell_styles(xml: &[u8]) -> HashMap<String, String> {
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut out = HashMap::new();
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "c" => {
                let mut rr = String::new();
                let mut s = "0".to_string();
                for a in e.attributes().flatten() {
                    match a.key.into_inner() {
                        "r" => rr = a.value.to_string(),
                        "s" => s = a.value.to_string(),
                        _ => {}
                    }
                }
                out.insert(rr, s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The attributes of every `<xf>` in `cellXfs`, and the fills, of a stylesheet.
fn xfs_and_fills(xml: &[u8]) -> (Vec<HashMap<String, String>>, Vec<String>) {
    let s = text(xml);
    let cell_xfs = &s[s.find("<cellXfs").unwrap()..s.find("</cellXfs>").unwrap()];
    let mut xfs = Vec::new();
    let mut r = quick_xml::Reader::from_str(cell_xfs);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "xf" => {
                let mut m = HashMap::new();
                for a in e.attributes().flatten() {
                    m.insert(a.key.into_inner().to_string(), a.value.to_string());
                }
                xfs.push(m);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let fills_xml = &s[s.find("<fills").unwrap()..s.find("</fills>").unwrap()];
    let fills = fills_xml
        .split("<fill>")
        .skip(1)
        .map(|f| f.to_string())
        .collect();
    (xfs, fills)
}

fn number(sheet: &read::Sheet, cell: &str) -> Decimal {
    let (r, c) = read::parse_cell_name(cell).unwrap();
    match &sheet.get(r, c).unwrap_or_else(|| panic!("no {cell}")).value {
        Raw::Number(d) => *d,
        other => panic!("{cell}: {other:?}"),
    }
}

fn string(sheet: &read::Sheet, cell: &str) -> String {
    let (r, c) = read::parse_cell_name(cell).unwrap();
    match &sheet.get(r, c).unwrap_or_else(|| panic!("no {cell}")).value {
        Raw::Text(s) => s.to_string(),
        other => panic!("{cell}: {other:?}"),
    }
}

fn formula(sheet: &read::Sheet, cell: &str) -> Option<String> {
    let (r, c) = read::parse_cell_name(cell).unwrap();
    sheet
        .get(r, c)
        .and_then(|c| c.formula.as_deref().map(str::to_string))
}

#[test]
fn patched_copy_keeps_everything_but_the_edits() {
    let dir = tmpdir();
    let input = dir.path().join("in.xlsx");
    let output = dir.path().join("out.xlsx");
    build_input(&input);
    patch_to(&input, &output, &edits(), &extras());
    if let Ok(d) = std::env::var("RAKIT_KEEP_OUTPUT") {
        std::fs::copy(&output, Path::new(&d).join("patched.xlsx")).unwrap();
        std::fs::copy(&input, Path::new(&d).join("input.xlsx")).unwrap();
    }

    // values, through the project's reader
    let before = read::load(&input).unwrap();
    let after = read::load(&output).unwrap();
    let names: Vec<&str> = after.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, [PK, RA, "Temuan", "PK 2014 (2)"]);
    let pk = &after.sheets[0];
    assert_eq!(number(pk, "B3"), dec("120"));
    assert_eq!(string(pk, "A3"), "Persentase layanan & <mutu>");
    assert_eq!(number(pk, "F3"), dec("1.5"));
    assert_eq!(string(pk, "A5"), "baris baru");
    assert_eq!(string(pk, "C4"), "t/a");
    // the writer does what it is told: the formula cell is a value now, still shown as a
    // percent (`rakit fix` never asks this of it: see tests/fix_invariant.rs); read back to
    // Excel's 15 significant digits
    let d3 = pk.get(2, 3).unwrap();
    assert_eq!(d3.formula, None);
    assert!(d3.format.percent);
    assert_eq!(d3.value, Raw::Number(dec("0.523916666666667")));
    assert_eq!(number(&after.sheets[1], "B2"), dec("0.3"));
    assert!(after.sheets[1].get(1, 1).unwrap().format.percent);

    // untouched cells and merged ranges are as they were
    let edited: Vec<(u32, u32)> = edits()
        .iter()
        .filter(|e| e.sheet == PK)
        .map(|e| (e.row, e.col))
        .collect();
    for c in &before.sheets[0].cells {
        if edited.contains(&(c.row, c.col)) {
            continue;
        }
        assert_eq!(
            Some(c),
            pk.get(c.row, c.col),
            "cell {}",
            read::cell_name(c.row, c.col)
        );
    }
    assert_eq!(before.sheets[0].merged, pk.merged);
    assert_eq!(before.sheets[1].merged, after.sheets[1].merged);
    assert_eq!(formula(pk, "D4").as_deref(), Some("B4/B3"));
    assert_eq!(
        formula(&after.sheets[1], "C2").as_deref(),
        Some("'PK 2014'!B3*2")
    );

    // added sheets, through calamine directly: cached values and formula text
    let bytes = std::fs::read(&output).unwrap();
    let mut x = Xlsx::new(Cursor::new(bytes)).unwrap();
    let temuan = x.worksheet_range("Temuan").unwrap();
    assert_eq!(
        temuan.get_value((0, 3)),
        Some(&Data::String("Pesan".into()))
    );
    assert_eq!(temuan.get_value((1, 2)), Some(&Data::String("B3".into())));
    assert_eq!(temuan.get_value((3, 0)), Some(&Data::Float(2.0)));
    assert_eq!(
        temuan.get_value((3, 1)),
        Some(&Data::String("temuan: 2".into()))
    );
    let tf = x.worksheet_formula("Temuan").unwrap();
    assert_eq!(
        tf.get_value((3, 0)).map(String::as_str),
        Some("COUNT(A2:A3)")
    );
    assert_eq!(
        tf.get_value((3, 1)).map(String::as_str),
        Some("\"temuan: \"&A4")
    );
    let second = x.worksheet_range("PK 2014 (2)").unwrap();
    assert_eq!(second.get_value((2, 1)), Some(&Data::Float(1.2574)));
    assert_eq!(second.get_value((3, 1)), Some(&Data::Float(201.0)));
    let sf = x.worksheet_formula("PK 2014 (2)").unwrap();
    assert_eq!(sf.get_value((2, 1)).map(String::as_str), Some("A3*2"));
    assert_eq!(
        sf.get_value((3, 1)).map(String::as_str),
        Some("'PK 2014'!B4+1")
    );
    let pkf = x.worksheet_formula(PK).unwrap();
    assert_eq!(pkf.get_value((3, 3)).map(String::as_str), Some("B4/B3"));

    // the package
    let a = unzip(&input);
    let b = unzip(&output);
    let changed = [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
    ];
    for (name, bytes) in &a {
        if changed.contains(&name.as_str()) {
            assert_ne!(Some(bytes), b.get(name), "{name} should have changed");
        } else {
            assert_eq!(Some(bytes), b.get(name), "{name} changed");
        }
    }
    let added: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    assert_eq!(
        added,
        [
            "xl/comments1.xml",
            "xl/comments2.xml",
            "xl/drawings/vmlDrawing1.vml",
            "xl/drawings/vmlDrawing2.vml",
            "xl/worksheets/_rels/sheet1.xml.rels",
            "xl/worksheets/_rels/sheet2.xml.rels",
            "xl/worksheets/sheet3.xml",
            "xl/worksheets/sheet4.xml",
        ]
    );

    // notes
    let c1 = text(&b["xl/comments1.xml"]);
    assert!(
        c1.contains("ref=\"B3\"") && c1.contains("lama: 100\ntarget diperbaiki"),
        "{c1}"
    );
    assert!(c1.contains("ref=\"A5\"") && c1.contains("ref=\"F3\"") && c1.contains("ref=\"D3\""));
    assert!(c1.find("ref=\"B3\"").unwrap() < c1.find("ref=\"D3\"").unwrap());
    assert!(c1.find("ref=\"F3\"").unwrap() < c1.find("ref=\"A5\"").unwrap());
    assert!(text(&b["xl/comments2.xml"]).contains("0,25 → 0,30"));
    let v1 = text(&b["xl/drawings/vmlDrawing1.vml"]);
    assert_eq!(v1.matches("<x:ClientData ObjectType=\"Note\">").count(), 4);
    let v2 = text(&b["xl/drawings/vmlDrawing2.vml"]);
    assert!(
        !v2.contains("data=\"1\""),
        "each drawing gets its own block"
    );
    let s1 = text(&b["xl/worksheets/sheet1.xml"]);
    assert!(
        s1.contains("<legacyDrawing r:id=\"rId2\"/></worksheet>"),
        "{s1}"
    );
    assert!(s1.find("</mergeCells>").unwrap() < s1.find("<legacyDrawing").unwrap());
    let r1 = text(&b["xl/worksheets/_rels/sheet1.xml.rels"]);
    assert!(r1.contains("Target=\"../comments1.xml\""));
    assert!(r1.contains("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\""));
    let ct = text(&b["[Content_Types].xml"]);
    assert!(ct.contains("<Default Extension=\"vml\""));
    assert!(ct.contains("PartName=\"/xl/comments1.xml\""));
    assert!(ct.contains("PartName=\"/xl/worksheets/sheet4.xml\""));
    let wbx = text(&b["xl/workbook.xml"]);
    assert!(wbx.contains("<calcPr fullCalcOnLoad=\"1\"/>") || wbx.contains("fullCalcOnLoad=\"1\""));
    assert!(wbx.contains("name=\"PK 2014 (2)\" sheetId=\"4\""), "{wbx}");

    // added sheets: frozen bold headers, widths, links
    let t = text(&b["xl/worksheets/sheet3.xml"]);
    assert!(t.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    ));
    assert!(t.contains("<col min=\"4\" max=\"4\" width=\"40.7109375\" customWidth=\"1\"/>"));
    assert!(
        t.contains("<hyperlink ref=\"C3\" location=\"'Rencana O''Aksi'!B2\" display=\"B2\"/>"),
        "{t}"
    );
    assert!(text(&b["xl/worksheets/sheet4.xml"]).contains("<pane ySplit=\"2\" topLeftCell=\"A3\""));
    let header_style: usize = cell_styles(&b["xl/worksheets/sheet3.xml"])["A1"]
        .parse()
        .unwrap();
    let styles_after = text(&b["xl/styles.xml"]);
    let fonts =
        &styles_after[styles_after.find("<fonts").unwrap()..styles_after.find("</fonts>").unwrap()];
    let fonts: Vec<&str> = fonts.split("<font>").skip(1).collect();
    let (xfs_now, _) = xfs_and_fills(&b["xl/styles.xml"]);
    let font: usize = xfs_now[header_style]["fontId"].parse().unwrap();
    assert!(fonts[font].starts_with("<b/>"), "{}", fonts[font]);

    // styles: untouched cells keep their `s`; highlighted ones get a copy with the fill
    let (xfs_before, _) = xfs_and_fills(&a["xl/styles.xml"]);
    let (xfs_after, fills_after) = xfs_and_fills(&b["xl/styles.xml"]);
    assert_eq!(xfs_before[..], xfs_after[..xfs_before.len()]);
    let sa = cell_styles(&a["xl/worksheets/sheet1.xml"]);
    let sb = cell_styles(&b["xl/worksheets/sheet1.xml"]);
    for (r, s) in &sa {
        if ["B3", "A3", "D3"].contains(&r.as_str()) {
            continue;
        }
        assert_eq!(Some(s), sb.get(r), "style of {r}");
    }
    for r in ["B3", "A3", "D3", "A5"] {
        let s: usize = sb[r].parse().unwrap();
        assert!(s >= xfs_before.len(), "{r} should have a new xf");
        let xf = &xfs_after[s];
        let fill: usize = xf["fillId"].parse().unwrap();
        assert!(
            fills_after[fill].contains("FFFFFF99"),
            "{r}: {}",
            fills_after[fill]
        );
        if let Some(orig) = sa.get(r) {
            let o = &xfs_before[orig.parse::<usize>().unwrap()];
            assert_eq!(o["numFmtId"], xf["numFmtId"], "{r} keeps its number format");
            assert_eq!(o["fontId"], xf["fontId"]);
        }
    }
    assert_eq!(sb["F3"], "0", "no highlight asked");
    // the highlight copy of D3's xf is shared with nobody else; one new xf per distinct xf
    assert_ne!(sb["B3"], sb["D3"]);
    assert_eq!(sb["B3"], sb["A3"], "both were xf 0");

    // LibreOffice opens it and shows the first sheet
    if let Some(csv) = soffice_convert(&output, "csv", dir.path()) {
        let csv = text(&std::fs::read(csv).unwrap());
        let lines: Vec<&str> = csv.lines().collect();
        // LibreOffice shows the percent with all its digits, and keeps the cached 200 %
        // of D4 (it does not recalculate on load)
        assert!(
            lines[2].starts_with("Persentase layanan & <mutu>,120,62.87,52.39"),
            "{csv}"
        );
        assert!(lines[2].ends_with("%,kotak,1.5"), "{csv}");
        assert!(lines[3].starts_with("Jumlah,200,t/a,200%"), "{csv}");
        assert!(lines[4].starts_with("baris baru"), "{csv}");
    }
}

#[test]
fn libreoffice_keeps_notes_and_links() {
    let dir = tmpdir();
    let input = dir.path().join("in.xlsx");
    let output = dir.path().join("patched.xlsx");
    build_input(&input);
    patch_to(&input, &output, &edits(), &extras());
    // LibreOffice reads the package and writes its own: the notes and links it read survive
    let Some(again) = soffice_convert(&output, "xlsx", &dir.path().join("lo")) else {
        return;
    };
    let parts = unzip(&again);
    let comments: String = parts
        .iter()
        .filter(|(k, _)| k.contains("comments"))
        .map(|(_, v)| text(v))
        .collect();
    assert!(comments.contains("target diperbaiki"), "{:?}", parts.keys());
    assert!(comments.contains("0,25 → 0,30"));
    assert!(comments.contains("baris baru"));
    let sheets: String = parts
        .iter()
        .filter(|(k, _)| k.starts_with("xl/worksheets/sheet"))
        .map(|(_, v)| text(v))
        .collect();
    // LibreOffice writes the apostrophes as entities
    let sheets = sheets.replace("&apos;", "'");
    assert!(sheets.contains("location=\"'PK 2014'!B3\""), "links");
    assert!(
        sheets.contains("location=\"'Rencana O''Aksi'!B2\""),
        "links"
    );
    // headless LibreOffice drops every frozen pane (rust_xlsxwriter's too), so panes are
    // checked in our own output only
    let wb = read::load(&again).unwrap();
    assert_eq!(wb.sheets.len(), 4);
    assert_eq!(number(&wb.sheets[0], "B3"), dec("120"));
    assert_eq!(number(&wb.sheets[2], "A4"), dec("2"));
}

#[test]
fn patching_twice_merges_notes() {
    let dir = tmpdir();
    let input = dir.path().join("in.xlsx");
    let once = dir.path().join("once.xlsx");
    let twice = dir.path().join("twice.xlsx");
    build_input(&input);
    patch_to(&input, &once, &edits(), &[]);
    let second = vec![
        // a cell with a note already, and a new one
        edit(PK, "B3", OutValue::Number(dec("121")), true, Some("kedua")),
        edit(
            PK,
            "E4",
            OutValue::Text("x".into()),
            false,
            Some("baru lagi"),
        ),
    ];
    patch_to(&once, &twice, &second, &[]);
    let b = unzip(&twice);
    let c1 = text(&b["xl/comments1.xml"]);
    assert_eq!(c1.matches("ref=\"B3\"").count(), 1, "{c1}");
    assert!(c1.contains("target diperbaiki") && c1.contains("\nkedua"));
    assert!(c1.contains("ref=\"E4\""));
    assert_eq!(c1.matches("<author>").count(), 1, "rakit is an author once");
    let v1 = text(&b["xl/drawings/vmlDrawing1.vml"]);
    assert_eq!(v1.matches("<x:ClientData ObjectType=\"Note\">").count(), 5);
    assert!(!b.keys().any(|k| k == "xl/comments3.xml"));
    let s1 = text(&b["xl/worksheets/sheet1.xml"]);
    assert_eq!(s1.matches("<legacyDrawing").count(), 1);
    // the second highlight reuses nothing it should not: B3 still has a fill
    let wb = read::load(&twice).unwrap();
    assert_eq!(number(&wb.sheets[0], "B3"), dec("121"));
    if let Some(csv) = soffice_convert(&twice, "csv", dir.path()) {
        assert!(text(&std::fs::read(csv).unwrap()).contains(",121,"));
    }
}

/// A package written by hand: no styles part, a calculation chain, shared formulas, rows and
/// cells without `r`, a namespace prefix on the main elements.
fn handmade(path: &Path) {
    let sheet = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:dimension ref="A1:D4"/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Target</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Real</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="B2"><x:v>10</x:v></x:c><x:c r="C2"><x:v>5</x:v></x:c><x:c r="D2"><x:f t="shared" ref="D2:D4" si="0">C2/B2*100</x:f><x:v>50</x:v></x:c></x:row><x:row><x:c r="B3"><x:v>20</x:v></x:c><x:c><x:v>5</x:v></x:c><x:c r="D3"><x:f t="shared" si="0"/><x:v>25</x:v></x:c></x:row><x:row r="4"><x:c r="B4"><x:v>8</x:v></x:c><x:c r="C4"><x:v>2</x:v></x:c><x:c r="D4"><x:f t="shared" si="0"/><x:v>25</x:v></x:c></x:row></x:sheetData></x:worksheet>"#;
    let parts: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="7" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>"#.to_string()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>"#.to_string()),
        ("xl/worksheets/sheet1.xml", sheet.to_string()),
        ("xl/calcChain.xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D2" i="1"/><c r="D3"/><c r="D4"/></calcChain>"#.to_string()),
    ];
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, body) in parts {
        z.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(body.as_bytes()).unwrap();
    }
    z.finish().unwrap();
}

#[test]
fn shared_formulas_calc_chain_and_missing_styles() {
    let dir = tmpdir();
    let input = dir.path().join("hand.xlsx");
    let output = dir.path().join("hand-out.xlsx");
    handmade(&input);
    let before = read::load(&input).unwrap();
    assert_eq!(
        formula(&before.sheets[0], "D3").as_deref(),
        Some("C3/B3*100")
    );
    let e = vec![
        edit(
            "data",
            "D2",
            OutValue::Number(dec("50")),
            true,
            Some("rumus diganti nilai"),
        ),
        edit("Data", "C3", OutValue::Number(dec("6")), false, None),
    ];
    patch_to(&input, &output, &e, &extras()[..1]);
    let after = read::load(&output).unwrap();
    let s = &after.sheets[0];
    assert_eq!(formula(s, "D2"), None);
    assert_eq!(number(s, "D2"), dec("50"));
    assert_eq!(formula(s, "D3").as_deref(), Some("C3/B3*100"));
    assert_eq!(formula(s, "D4").as_deref(), Some("C4/B4*100"));
    assert_eq!(number(s, "C3"), dec("6"));
    assert_eq!(number(s, "B3"), dec("20"));
    let b = unzip(&output);
    assert!(!b.contains_key("xl/calcChain.xml"));
    let ct = text(&b["[Content_Types].xml"]);
    assert!(!ct.contains("calcChain"));
    assert!(
        ct.contains("/xl/styles1.xml") || ct.contains("/xl/styles.xml"),
        "{ct}"
    );
    let rels = text(&b["xl/_rels/workbook.xml.rels"]);
    assert!(
        !rels.contains("calcChain") && rels.contains("relationships/styles"),
        "{rels}"
    );
    let wbx = text(&b["xl/workbook.xml"]);
    assert!(
        wbx.contains("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>"),
        "{wbx}"
    );
    assert!(wbx.contains("sheetId=\"8\""));
    let sx = text(&b["xl/worksheets/sheet1.xml"]);
    assert!(sx.contains("<x:legacyDrawing rel:id="), "{sx}");
    assert!(
        sx.contains("<x:c r=\"D2\" s=\"1\"><x:v>50</x:v></x:c>"),
        "{sx}"
    );
    assert!(sx.contains("<x:f>C3/B3*100</x:f>"));
    if let Some(csv) = soffice_convert(&output, "csv", dir.path()) {
        let csv = text(&std::fs::read(csv).unwrap());
        assert!(csv.lines().nth(1).unwrap().starts_with(",10,5,50"), "{csv}");
    }
}

#[test]
fn damaged_inputs_are_errors() {
    let dir = tmpdir();
    let good = dir.path().join("good.xlsx");
    build_input(&good);
    let bytes = std::fs::read(&good).unwrap();
    let run = |name: &str, content: &[u8]| -> WriteError {
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        let mut out = Cursor::new(Vec::new());
        write_patched_xlsx(&p, &mut out, &edits(), &extras()).unwrap_err()
    };
    assert!(matches!(
        run("trunc.xlsx", &bytes[..bytes.len() / 2]),
        WriteError::Package(_)
    ));
    assert!(matches!(run("empty.xlsx", b""), WriteError::Package(_)));
    assert!(matches!(
        run("text.xlsx", b"hello, world"),
        WriteError::Package(_)
    ));

    // a zip without the workbook
    let mut buf = Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file(
            "[Content_Types].xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        z.write_all(b"<Types/>").unwrap();
        z.start_file("docs/readme.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(b"hi").unwrap();
        z.finish().unwrap();
    }
    let e = run("noworkbook.xlsx", buf.get_ref());
    assert!(e.to_string().contains("workbook"), "{e}");

    // every part replaced by broken XML in turn
    let parts = unzip(&good);
    for victim in parts
        .keys()
        .filter(|k| k.ends_with(".xml") || k.ends_with(".rels"))
    {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            for (k, v) in &parts {
                z.start_file(k.as_str(), zip::write::SimpleFileOptions::default())
                    .unwrap();
                if k == victim {
                    z.write_all(b"<a><b></a>").unwrap();
                } else {
                    z.write_all(v).unwrap();
                }
            }
            z.finish().unwrap();
        }
        let p = dir.path().join("broken.xlsx");
        std::fs::write(&p, buf.get_ref()).unwrap();
        let mut out = Cursor::new(Vec::new());
        // an error or a package, never a panic
        let _ = write_patched_xlsx(&p, &mut out, &edits(), &extras());
    }

    // the first sheet cut short at many places, and odd row and cell numbers
    let sheet = text(&parts["xl/worksheets/sheet1.xml"]);
    let mut variants: Vec<String> = (1..40)
        .map(|k| {
            let mut cut = sheet.len() * k / 40;
            while !sheet.is_char_boundary(cut) {
                cut -= 1;
            }
            sheet[..cut].to_string()
        })
        .collect();
    variants.push(sheet.replace("<row r=\"3\"", "<row r=\"0\""));
    variants.push(sheet.replace("<row r=\"3\"", "<row r=\"4294967295\""));
    variants.push(sheet.replace("<row r=\"3\"", "<row r=\"x\""));
    variants.push(sheet.replace("r=\"B3\"", "r=\"ZZZZ3\""));
    variants.push(sheet.replace(" r=\"", " q=\""));
    variants.push(sheet.replace("<sheetData>", "<sheetData/><sheetData>"));
    variants.push(sheet.replace("<dimension ref=\"A1:E8\"/>", "<dimension ref=\"?\"/>"));
    variants.push(
        sheet
            .replace("<sheetData>", "<foo><sheetData>")
            .replace("</sheetData>", "</sheetData></foo>"),
    );
    for (i, v) in variants.iter().enumerate() {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            for (k, body) in &parts {
                z.start_file(k.as_str(), zip::write::SimpleFileOptions::default())
                    .unwrap();
                if k == "xl/worksheets/sheet1.xml" {
                    z.write_all(v.as_bytes()).unwrap();
                } else {
                    z.write_all(body).unwrap();
                }
            }
            z.finish().unwrap();
        }
        let p = dir.path().join("odd.xlsx");
        std::fs::write(&p, buf.get_ref()).unwrap();
        let mut out = Cursor::new(Vec::new());
        let r = write_patched_xlsx(&p, &mut out, &edits(), &extras());
        if i < 39 {
            // a sheet cut short is refused, not copied half
            assert!(matches!(r, Err(WriteError::Package(_))), "cut {i}: {r:?}");
        }
    }

    // an unknown sheet
    let mut out = Cursor::new(Vec::new());
    let e = write_patched_xlsx(
        &good,
        &mut out,
        &[edit("Tidak ada", "A1", OutValue::Blank, false, None)],
        &[],
    )
    .unwrap_err();
    assert!(e.to_string().contains("Tidak ada"), "{e}");
    // a missing input
    let e = write_patched_xlsx(&dir.path().join("nope.xlsx"), &mut out, &[], &[]).unwrap_err();
    assert!(matches!(e, WriteError::Io(_)));
}

#[test]
fn no_edits_copies_the_package() {
    let dir = tmpdir();
    let input = dir.path().join("in.xlsx");
    let output = dir.path().join("out.xlsx");
    build_input(&input);
    patch_to(&input, &output, &[], &[]);
    let a = unzip(&input);
    let b = unzip(&output);
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (k, v) in &a {
        if k != "xl/workbook.xml" {
            assert_eq!(v, &b[k], "{k}");
        }
    }
}

#[test]
fn drawing_without_comments_gets_a_comments_part() {
    // a sheet whose legacy drawing has no comments part (as with form controls)
    let dir = tmpdir();
    let input = dir.path().join("in.xlsx");
    let once = dir.path().join("once.xlsx");
    build_input(&input);
    patch_to(&input, &once, &edits(), &[]);
    let parts = unzip(&once);
    let stripped = dir.path().join("stripped.xlsx");
    {
        let mut z = zip::ZipWriter::new(std::fs::File::create(&stripped).unwrap());
        for (k, v) in &parts {
            if k == "xl/comments1.xml" {
                continue;
            }
            let body = match k.as_str() {
                "xl/worksheets/_rels/sheet1.xml.rels" => {
                    let s = text(v);
                    let i = s.find("<Relationship Id=\"rId1\"").unwrap();
                    let j = i + s[i..].find("/>").unwrap() + 2;
                    assert!(s[i..j].contains("comments"));
                    format!("{}{}", &s[..i], &s[j..]).into_bytes()
                }
                "[Content_Types].xml" => text(v)
                    .replace("<Override PartName=\"/xl/comments1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>", "")
                    .into_bytes(),
                _ => v.clone(),
            };
            z.start_file(k.as_str(), zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(&body).unwrap();
        }
        z.finish().unwrap();
    }
    let out = dir.path().join("out.xlsx");
    patch_to(
        &stripped,
        &out,
        &[edit(
            PK,
            "C3",
            OutValue::Number(dec("63")),
            true,
            Some("catatan baru"),
        )],
        &[],
    );
    let b = unzip(&out);
    // the freed name is taken again
    let c = text(&b["xl/comments1.xml"]);
    assert!(c.contains("ref=\"C3\"") && c.contains("catatan baru"));
    let v = text(&b["xl/drawings/vmlDrawing1.vml"]);
    assert_eq!(v.matches("ObjectType=\"Note\"").count(), 5);
    assert!(text(&b["xl/worksheets/_rels/sheet1.xml.rels"]).contains("Target=\"../comments1.xml\""));
    assert!(text(&b["[Content_Types].xml"]).contains("/xl/comments1.xml"));
    assert_eq!(
        text(&b["xl/worksheets/sheet1.xml"])
            .matches("<legacyDrawing")
            .count(),
        1
    );
    if let Some(again) = soffice_convert(&out, "xlsx", &dir.path().join("lo")) {
        let comments: String = unzip(&again)
            .iter()
            .filter(|(k, _)| k.contains("comments"))
            .map(|(_, v)| text(v))
            .collect();
        assert!(comments.contains("catatan baru"));
    }
}
