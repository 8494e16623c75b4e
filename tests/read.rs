//! Reading keeps, for each cell, its position, raw value, formula and number format; the
//! fast formula/merge scan agrees with calamine's full parse.

mod common;

use std::path::Path;

use calamine::{open_workbook_auto, Reader};
use common::*;
use rakit::read::{self, Raw};

/// The real agency workbook kept in `tests/data` (see its README).
fn real() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx")
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

/// An .xls's number formats, which calamine does not give, are read from its records: a
/// schedule typed 30 % is 0,3 shown as a percent, and a % column's two decimals are known.
#[test]
fn xls_cells_keep_their_number_formats() {
    let wb = read::load(&data(
        "blind5/distan-tabalong/Rencana_Aksi_PK_Distan_Tabalong_2022.xls",
    ))
    .unwrap();
    let s = wb.sheets.iter().find(|s| s.name == "Renaksi").unwrap();
    assert!(s.formats_known);
    // G9: the TW 1 target of a schedule, 30 %
    let g9 = s.get(8, 6).unwrap();
    assert!(g9.format.percent, "{:?}", g9.format);
    assert_eq!(g9.value, Raw::Number("0.3".parse().unwrap()));
    // I33: a % typed 0,955 in a cell with no percent format
    let i33 = s.get(32, 8).unwrap();
    assert!(!i33.format.percent, "{:?}", i33.format);
    // the Banjar 2015 table saved as .xls by LibreOffice: G14 shows 109,10
    let banjar = read::load(&sample("banjar-pk-2015.xls")).unwrap();
    let g14 = banjar.sheets[0].get(13, 6).unwrap();
    assert_eq!(g14.format.decimals, Some(2), "{:?}", g14);
}

/// An .xls saved by LibreOffice stores the text result of a number-formatted formula as the
/// number 0 (`=H4` over a TW IV typed `74,2 %`): a formula that refers to one cell alone
/// reads as the text that cell holds, as Excel and LibreOffice show it; a formula that
/// computes a number keeps its stored result.
#[test]
fn an_xls_reference_to_a_text_stored_as_zero_reads_as_the_text() {
    let wb = read::load(&data("xls-shared/teks-jadi-nol-2023.xls")).unwrap();
    let s = &wb.sheets[0];
    assert_eq!(s.get(3, 8).unwrap().value, Raw::Text("74,2 %".into()));
    assert_eq!(s.get(5, 8).unwrap().value, Raw::Text("BB".into()));
    assert_eq!(s.get(4, 8).unwrap().value, Raw::Number(126.into()));
    // and the year's realisasi of the first row is read as its TW IV shows it
    let r = check(&data("xls-shared/teks-jadi-nol-2023.xls"));
    let first = &r.models[0].indikator[0];
    let realisasi = first.realisasi.as_ref().and_then(|f| f.reading.quantity());
    assert_eq!(realisasi.map(|q| q.scaled()), Some("74.2".parse().unwrap()));
}

/// An .xls's formulas read as LibreOffice reads them, cell for cell: a column filled down
/// (a shared formula, which calamine gives no text for), `IFERROR` (a function newer than the
/// format, written as a defined name), a reference into another sheet (whose column calamine
/// gives four times too far), `>` and `>=` (which calamine gives the other way round).
#[test]
fn xls_formulas_read_as_libreoffice_reads_them() {
    let norm = |f: &str| {
        f.trim_start_matches('=')
            .replace(['$', ' '], "")
            .replace("_xlfn.", "")
            .to_uppercase()
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, at_least) in [
        ("xls-shared/pk-rumus-bersama-2023.xls", 7),
        ("blind23/diskominfo/Evaluasi Renja Diskominfo 2020.xls", 50),
        (
            "blind39/c_bpad_kepulauan_selindang/LKjIP 2024 dan Realisasi 2025 BPAD.xls",
            80,
        ),
        (
            "blind37/biro_pemotda_provinsi_nusa_kenari/E81 Renja Biro PemOtda TW IV 2021.xls",
            100,
        ),
    ] {
        let xls = read::load(&data(name)).unwrap();
        let out = dir.path().join(name.replace('/', "_"));
        let Some(xlsx) = soffice_convert(&data(name), "xlsx", &out) else {
            return;
        };
        let lo = read::load(&xlsx).unwrap();
        let mut compared = 0;
        for s in &xls.sheets {
            let other = lo.sheets.iter().find(|o| o.name == s.name).unwrap();
            for c in s.cells.iter().filter(|c| c.formula.is_some()) {
                let theirs = other.get(c.row, c.col).and_then(|o| o.formula.as_deref());
                let ours = c.formula.as_deref().unwrap_or_default();
                assert_eq!(
                    Some(norm(ours)),
                    theirs.map(norm),
                    "{name} › {} › {}",
                    s.name,
                    read::cell_name(c.row, c.col)
                );
                compared += 1;
            }
        }
        assert!(compared >= at_least, "{name}: {compared} formulas");
    }
}

/// The fast xlsx reader and calamine's agree cell for cell (value, formula, format) and on
/// merged ranges; the fast reader must not have declined the file.
fn assert_readers_agree(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    let slow = read::both::xlsx_calamine(&bytes).unwrap();
    let fast = read::both::xlsx_fast(&bytes)
        .unwrap_or_else(|| panic!("{}: the fast reader declined", path.display()));
    assert_eq!(fast.len(), slow.len(), "{}", path.display());
    for (f, s) in fast.iter().zip(&slow) {
        assert_eq!(f.name, s.name, "{}", path.display());
        assert_eq!(
            f.cells.len(),
            s.cells.len(),
            "{} / {}",
            path.display(),
            s.name
        );
        for (a, b) in f.cells.iter().zip(&s.cells) {
            assert_eq!(a, b, "{} / {}", path.display(), s.name);
        }
        assert_eq!(f.merged, s.merged, "{} / {}", path.display(), s.name);
        assert_eq!(f, s, "{} / {}", path.display(), s.name);
    }
}

#[test]
fn fast_reader_agrees_with_calamine_on_every_xlsx() {
    let mut paths = vec![real()];
    for entry in std::fs::read_dir(sample("")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "xlsx") {
            paths.push(p);
        }
    }
    assert!(paths.len() >= 6);
    for p in paths {
        assert_readers_agree(&p);
    }
}

/// Rich text, kept and trimmed spaces, escapes, inline strings, every built-in number
/// format, dates, booleans, errors, formulas with text results, merged ranges.
fn edge_workbook(path: &Path, constant_memory: bool) {
    use rust_xlsxwriter::{Color, ExcelDateTime, Format, Formula, Workbook};
    let mut wb = Workbook::new();
    let ws = if constant_memory {
        wb.add_worksheet_with_constant_memory().unwrap()
    } else {
        wb.add_worksheet()
    };
    ws.set_name("Tepi & <batas>").unwrap();
    let texts = [
        "  spasi di depan",
        "spasi di belakang  ",
        "baris\nbaru",
        "a & b < c > d \"e\" 'f'",
        "_x000D_ harfiah",
        "emoji 📊 dan ñ",
        "\t tab",
        "Rp. 45.865.000,-",
    ];
    for (i, t) in texts.iter().enumerate() {
        ws.write(i as u32, 0, *t).unwrap();
    }
    let red = Format::new().set_font_color(Color::Red);
    let bold = Format::new().set_bold();
    ws.write_rich_string(
        0,
        1,
        &[
            (&bold, "Tebal "),
            (&red, "merah"),
            (&Format::new(), " biasa"),
        ],
    )
    .unwrap();
    let numbers = [
        0.1,
        1e20,
        -0.0,
        123456789012345.0,
        0.6287,
        2.5,
        1e-7,
        99.995,
    ];
    for (i, n) in numbers.iter().enumerate() {
        ws.write(i as u32, 2, *n).unwrap();
    }
    for id in 0..=49u8 {
        let f = Format::new().set_num_format_index(id);
        ws.write_with_format(u32::from(id), 3, 0.75 + f64::from(id), &f)
            .unwrap();
    }
    for (i, code) in [
        "0.00%",
        "#,##0.00 \"orang\"",
        "[$-421]dd mmmm yyyy",
        "\"Rp\"#,##0",
        "0.0;[Red]-0.0",
        "[h]:mm",
        "yyyy-mm-dd",
        "@",
    ]
    .iter()
    .enumerate()
    {
        let f = Format::new().set_num_format(*code);
        ws.write_with_format(i as u32, 4, 1234.5678, &f).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write_datetime_with_format(0, 5, ExcelDateTime::from_ymd(2020, 12, 31).unwrap(), &date)
        .unwrap();
    ws.write(1, 5, true).unwrap();
    ws.write(2, 5, false).unwrap();
    ws.write_formula(3, 5, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    ws.write_formula(4, 5, Formula::new("=\"a\"&\"b\"").set_result("ab"))
        .unwrap();
    ws.write_formula(5, 5, Formula::new("=C1*2").set_result("0.2"))
        .unwrap();
    ws.write_formula(6, 5, "=SUM(C1:C8)").unwrap();
    ws.write(60, 10, "jauh di bawah").unwrap();
    if !constant_memory {
        ws.merge_range(10, 6, 14, 6, "Sasaran digabung", &Format::new())
            .unwrap();
    }
    let ws2 = wb.add_worksheet();
    ws2.set_name("Kedua").unwrap();
    ws2.write(0, 0, "Indikator").unwrap();
    ws2.write(0, 1, 64.5).unwrap();
    wb.save(path).unwrap();
}

#[test]
fn fast_reader_agrees_with_calamine_on_edge_cases() {
    let dir = tempfile::tempdir().unwrap();
    for constant_memory in [false, true] {
        let p = dir.path().join(format!("tepi-{constant_memory}.xlsx"));
        edge_workbook(&p, constant_memory);
        assert_readers_agree(&p);
    }
    // what other writers do: spaces without `xml:space="preserve"` (trimmed), a phonetic
    // run (left out), a character reference, an escaped carriage return
    let p = dir.path().join("tepi-false.xlsx");
    let bytes = std::fs::read(&p).unwrap();
    let patched = rewrite_part(&bytes, "xl/sharedStrings.xml", |xml| {
        let out = xml
            .replace(
                "<t xml:space=\"preserve\">  spasi di depan</t>",
                "<t>  spasi di depan</t><rPh sb=\"0\" eb=\"1\"><t>furigana</t></rPh>",
            )
            .replace(
                "<t>Rp. 45.865.000,-</t>",
                "<t>Rp.&#160;45.865.000,-_x000D_</t>",
            );
        assert_ne!(out, xml, "the edge workbook changed: update this test");
        out
    });
    let p2 = dir.path().join("tepi-lain.xlsx");
    std::fs::write(&p2, patched).unwrap();
    assert_readers_agree(&p2);
    let wb = read::load(&p2).unwrap();
    assert_eq!(
        wb.sheets[0].get(0, 0).unwrap().value,
        Raw::Text("spasi di depan".into())
    );
}

#[test]
fn fast_reader_agrees_with_calamine_on_libreoffice_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let Some(p) = soffice_convert(&sample("banjar-pk-2013.ods"), "xlsx", dir.path()) else {
        return;
    };
    assert_readers_agree(&p);
}

#[test]
fn fast_reader_declines_what_it_does_not_expect() {
    // a cell without its `r` attribute: calamine reads it by its place in the row
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("tanpa-r.xlsx");
    edge_workbook(&p, false);
    let bytes = std::fs::read(&p).unwrap();
    let patched = rewrite_part(&bytes, "xl/worksheets/sheet2.xml", |xml| {
        xml.replace("<c r=\"B1\"", "<c")
    });
    assert!(read::both::xlsx_fast(&patched).is_none());
    let slow = read::both::xlsx_calamine(&patched).unwrap();
    assert_eq!(slow[1].cells.len(), 2);
    let p2 = dir.path().join("tanpa-r-2.xlsx");
    std::fs::write(&p2, &patched).unwrap();
    // the public loader falls back and still reads it
    let wb = read::load(&p2).unwrap();
    assert_eq!(wb.sheets[1].cells, slow[1].cells);
}

fn rewrite_part(bytes: &[u8], part: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut file = zin.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == part {
            data = f(String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn fast_reader_agrees_with_calamine_on_a_sheet_read_in_parts() {
    // over 1 MiB of sheet XML: the fast reader cuts it at row boundaries
    use rust_xlsxwriter::{Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("besar.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let pct = Format::new().set_num_format("0.00%");
    for r in 0..2500u32 {
        for c in 0..16u16 {
            match c % 4 {
                0 => ws.write(r, c, format!("Indikator {r}-{c}")).unwrap(),
                1 => ws.write(r, c, f64::from(r) * 1.25 + f64::from(c)).unwrap(),
                2 => ws
                    .write_with_format(r, c, f64::from(r % 97) / 100.0, &pct)
                    .unwrap(),
                _ => ws.write(r, c, format!("{r},{c}0%")).unwrap(),
            };
        }
    }
    ws.merge_range(2600, 0, 2604, 0, "Sasaran", &Format::new())
        .unwrap();
    wb.save(&p).unwrap();
    let bytes = std::fs::read(&p).unwrap();
    let xml_len = {
        use std::io::Read;
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
        let mut s = String::new();
        z.by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s.len()
    };
    assert!(
        xml_len > 1 << 20,
        "the sheet is too small to be cut: {xml_len}"
    );
    assert_readers_agree(&p);
}

mod damaged_xml {
    use super::*;
    use proptest::prelude::*;

    fn base() -> &'static [u8] {
        static BASE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
        BASE.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let p = dir.path().join("dasar.xlsx");
            edge_workbook(&p, false);
            std::fs::read(&p).unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        /// Whatever the damage to a sheet or its shared strings, the fast reader answers
        /// (sheets, or "leave it to calamine") and never panics.
        #[test]
        fn the_fast_reader_never_panics(
            part in prop::sample::select(vec!["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]),
            cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        ) {
            let patched = rewrite_part(base(), part, |xml| {
                let mut b = xml.into_bytes();
                for (at, byte) in &cuts {
                    let i = at.index(b.len());
                    // a byte from the XML's own alphabet: the damage looks like markup
                    b[i] = b"<>/=\"' :&;_x0A9rcsvtf"[*byte as usize % 21];
                }
                String::from_utf8_lossy(&b).into_owned()
            });
            let _ = read::both::xlsx_fast(&patched);
        }
    }
}

/// An .ods's number formats and merged ranges are read from its XML (calamine gives
/// neither): the Banjar 2013 table saved as .ods by LibreOffice shows what its .xlsx shows,
/// cell for cell (percent, decimals), and has the same merged ranges.
#[test]
fn ods_cells_keep_their_number_formats_and_merged_ranges() {
    let ods = read::load(&sample("banjar-pk-2013.ods")).unwrap();
    let xlsx = read::load(&sample("banjar-pk-2013.xlsx")).unwrap();
    let (o, x) = (&ods.sheets[0], &xlsx.sheets[0]);
    assert!(o.formats_known);
    let mut compared = 0;
    for c in x.cells.iter().filter(|c| matches!(c.value, Raw::Number(_))) {
        let oc = o.get(c.row, c.col).unwrap_or_else(|| panic!("{c:?}"));
        assert_eq!(
            (oc.format.percent, oc.format.decimals),
            (c.format.percent, c.format.decimals),
            "{c:?} {oc:?}"
        );
        compared += 1;
    }
    assert!(compared > 50, "{compared}");
    let mut om = o.merged.clone();
    let mut xm = x.merged.clone();
    om.sort_by_key(|m| (m.first_row, m.first_col));
    xm.sort_by_key(|m| (m.first_row, m.first_col));
    assert!(!xm.is_empty());
    assert_eq!(om, xm);
    // a percent-formatted serapan of an examiner's .ods: 0,9318 shown as 93,18 %
    let gresik = read::load(&data("blind8/gresik-bappelitbangda-lkjip-2023.ods")).unwrap();
    let s = gresik
        .sheets
        .iter()
        .find(|s| s.name == "Kinerja Program")
        .unwrap();
    let j7 = s.get(6, 9).unwrap();
    assert!(j7.format.percent && j7.format.decimals == Some(2), "{j7:?}");
}

/// A workbook written by openpyxl, which stores formulas without their results (as web
/// applications' exports do): rakit computes them, and gets what LibreOffice computed and
/// stored when it saved the same workbook (`tests/data/unstored/make.py`). The formulas it
/// cannot compute (a VLOOKUP, and what depends on it) stay without a value.
#[test]
fn formulas_stored_without_results_are_computed_as_libreoffice_computes_them() {
    let alone = read::load(&data("unstored/pk-tanpa-hasil-2023.xlsx")).unwrap();
    let saved = read::load(&data("unstored/pk-tanpa-hasil-2023-libreoffice.xlsx")).unwrap();
    let (mut computed, mut not) = (0, Vec::new());
    for sheet in &alone.sheets {
        let other = saved.sheets.iter().find(|s| s.name == sheet.name).unwrap();
        for cell in sheet.cells.iter().filter(|c| c.formula.is_some()) {
            let u = sheet
                .unstored
                .iter()
                .find(|u| (u.row, u.col) == (cell.row, cell.col))
                .unwrap_or_else(|| panic!("{} {:?} is not listed", sheet.name, cell));
            let name = read::cell_name(cell.row, cell.col);
            if !u.computed {
                assert_eq!(cell.value, Raw::Empty, "{name}");
                not.push(name);
                continue;
            }
            computed += 1;
            let theirs = other.get(cell.row, cell.col).map(|c| c.value.clone());
            let theirs = theirs.unwrap_or(Raw::Empty);
            match (&cell.value, &theirs) {
                // LibreOffice's TRUE is the number 1 with a boolean format
                (Raw::Bool(b), Raw::Number(n)) => assert_eq!(*n, (*b as i64).into(), "{name}"),
                (ours, theirs) => assert_eq!(ours, theirs, "{name}"),
            }
        }
    }
    assert!(computed >= 20, "{computed} computed");
    assert_eq!(not, ["G7", "H7", "G13", "H13", "G14"]);
    // the stored results are untouched: a saved workbook has nothing to compute
    assert!(saved.sheets.iter().all(|s| s.unstored.is_empty()));
}

/// A `PK 2024` sheet of `wb`: a title, `headers` on its third row, then a row for each of
/// `rows` from the fourth: its number, its texts, then its figures.
fn pk_2024_sheet<'a>(
    wb: &'a mut rust_xlsxwriter::Workbook,
    headers: &[&str],
    rows: &[(&[&str], &[f64])],
) -> &'a mut rust_xlsxwriter::Worksheet {
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").unwrap();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2024").unwrap();
    for (c, h) in headers.iter().enumerate() {
        ws.write(2, c as u16, *h).unwrap();
    }
    for (i, (texts, figures)) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        for (c, t) in texts.iter().enumerate() {
            ws.write(row, 1 + c as u16, *t).unwrap();
        }
        for (c, f) in figures.iter().enumerate() {
            ws.write(row, (1 + texts.len() + c) as u16, *f).unwrap();
        }
    }
    ws
}

/// Rows a workbook hides are read as any other row, and a finding on one says it is hidden:
/// whoever opens the workbook would not see it (the real Deli Serdang form hides 14 rows).
#[test]
fn findings_on_hidden_rows_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tersembunyi.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sasaran = "Meningkatnya ekonomi";
    let ws = pk_2024_sheet(
        &mut wb,
        &[
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Target",
            "Realisasi",
            "%",
        ],
        &[
            (&[sasaran, "Jumlah koperasi aktif"], &[120.0, 130.0, 180.33]),
            (&[sasaran, "Jumlah UMKM dibina"], &[95.0, 98.0, 130.16]),
            (
                &[sasaran, "Jumlah pasar direvitalisasi"],
                &[10.0, 9.0, 90.0],
            ),
            (&[sasaran, "Jumlah koperasi sehat"], &[40.0, 42.0, 105.0]),
            (&[sasaran, "Jumlah wirausaha baru"], &[60.0, 45.0, 75.0]),
            (
                &[sasaran, "Jumlah pelaku usaha dibina"],
                &[200.0, 210.0, 105.0],
            ),
        ],
    );
    ws.set_row_hidden(4).unwrap();
    wb.save(&path).unwrap();
    let book = read::load(&path).unwrap();
    assert_eq!(book.sheets[0].hidden_rows, [4]);
    let report = check(&path);
    let said = |cell: &str| {
        report.findings.iter().find(|f| f.cell() == cell).map(|f| {
            f.message
                .render(rakit::i18n::Lang::En)
                .contains("hidden in Excel")
        })
    };
    // F4 (visible) and F5 (hidden) both hold a wrong %; F6 is right; only the visible one is
    // corrected by fix
    assert_eq!(said("F4"), Some(false));
    assert_eq!(said("F5"), Some(true));
    assert_eq!(said("F6"), None);
    let fixed: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.fix.is_some())
        .map(|f| f.cell())
        .collect();
    assert_eq!(fixed, ["F4"]);
    // the same workbook saved by LibreOffice as .xls (a ROW record's flag) and as .ods
    // (`table:visibility`)
    for to in ["xls", "ods"] {
        if let Some(copy) = soffice_convert(&path, to, dir.path()) {
            let book = read::load(&copy).unwrap();
            assert_eq!(book.sheets[0].hidden_rows, [4], "{to}");
        }
    }
}

/// Columns a workbook hides are read as any other column, and a finding in one says it is
/// hidden and is not corrected by fix (blind52's irrigation unit hid its two capaian columns,
/// both holding wrong percentages). LibreOffice's .xls (COLINFO records) and .ods
/// (`table:visibility` of a column) copies hide the same column.
#[test]
fn findings_in_hidden_columns_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kolom-tersembunyi.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = pk_2024_sheet(
        &mut wb,
        &["No", "Indikator Kinerja", "Target", "Realisasi", "%"],
        &[
            (&["Jumlah koperasi aktif"], &[120.0, 130.0, 108.33]),
            (&["Jumlah UMKM dibina"], &[95.0, 98.0, 130.16]),
            (&["Jumlah pasar direvitalisasi"], &[10.0, 9.0, 90.0]),
            (&["Jumlah koperasi sehat"], &[40.0, 42.0, 105.0]),
            (&["Jumlah wirausaha baru"], &[60.0, 45.0, 57.0]),
        ],
    );
    ws.set_column_hidden(4).unwrap();
    wb.save(&path).unwrap();
    let book = read::load(&path).unwrap();
    assert_eq!(book.sheets[0].hidden_cols, [4]);
    assert!(book.sheets[0].hidden_rows.is_empty());
    let report = check(&path);
    let wrong: Vec<(String, bool, bool)> = report
        .findings
        .iter()
        .filter(|f| f.col == 4)
        .map(|f| {
            let said = f
                .message
                .render(rakit::i18n::Lang::En)
                .contains("column is hidden in Excel");
            (f.cell(), said, f.fix.is_some())
        })
        .collect();
    // E5 and E8 hold a wrong %: found, said hidden, neither corrected
    assert_eq!(
        wrong,
        [
            ("E5".to_string(), true, false),
            ("E8".to_string(), true, false)
        ]
    );
    for to in ["xls", "ods"] {
        if let Some(copy) = soffice_convert(&path, to, dir.path()) {
            let book = read::load(&copy).unwrap();
            assert_eq!(book.sheets[0].hidden_cols, [4], "{to}");
        }
    }
}

/// An .xlsb read as LibreOffice reads it: SheetJS (which web applications use for their
/// "Export" button) writes a row's cells after the first in the short form without a column,
/// which calamine 0.38 passes over (the 2023 table came out as its first column alone, "no
/// indicator table"); its number formats, merged ranges and hidden rows, which calamine does
/// not give, are read from its records. Every cell, format, merged range and hidden row
/// agrees with LibreOffice's own reading of the file, saved as .xlsx.
#[test]
fn xlsb_cells_formats_merges_and_hidden_rows_agree_with_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    for (name, hidden) in [
        ("pk-biner-2023.xlsb", vec![]),
        ("pk-biner-pecahan-2024.xlsb", vec![7]),
    ] {
        let input = data(&format!("xlsb/{name}"));
        let ours = read::load(&input).unwrap();
        let sheet = &ours.sheets[0];
        assert!(sheet.formats_known, "{name}");
        assert_eq!(sheet.hidden_rows, hidden, "{name}");
        // without the short cells, a row had its first cell alone
        let row_cells = |s: &read::Sheet, row: u32| s.cells.iter().filter(|c| c.row == row).count();
        assert!(row_cells(sheet, 4) >= 5, "{name}: {:?}", sheet.cells);
        let Some(xlsx) = soffice_convert(&input, "xlsx", dir.path()) else {
            continue;
        };
        let theirs = read::load(&xlsx).unwrap();
        let other = &theirs.sheets[0];
        assert_eq!(sheet.name, other.name);
        let mut compared = 0;
        for c in &other.cells {
            let ours = sheet
                .get(c.row, c.col)
                .unwrap_or_else(|| panic!("{name} {c:?}"));
            assert_eq!(ours.value, c.value, "{name} {c:?}");
            if matches!(c.value, Raw::Number(_)) {
                assert_eq!(
                    (ours.format.percent, ours.format.decimals),
                    (c.format.percent, c.format.decimals),
                    "{name} {c:?} {ours:?}"
                );
            }
            compared += 1;
        }
        assert_eq!(
            compared,
            sheet.cells.len(),
            "{name}: cells LibreOffice does not show"
        );
        let sorted = |s: &read::Sheet| {
            let mut m = s.merged.clone();
            m.sort_by_key(|m| (m.first_row, m.first_col));
            m
        };
        assert!(!sheet.merged.is_empty(), "{name}");
        assert_eq!(sorted(sheet), sorted(other), "{name}");
        assert_eq!(other.hidden_rows, hidden, "{name}: LibreOffice");
    }
}
