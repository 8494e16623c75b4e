//! Hardening: value parsing and layout detection never panic on arbitrary cells, every
//! number rakit writes reads back to itself, and one hostile workbook among good ones is
//! reported while the others are still checked (see also tests/verifier.rs, which compares
//! the hashes of a folder's files before and after a run).

use std::path::Path;

use proptest::prelude::*;
use rakit::num::{fmt_id, fmt_id_auto, fmt_plain_id, round};
use rakit::report::plain_decimal;
use rakit::rules::Options;
use rust_decimal::Decimal;

/// What a cell may hold: the words tables are found by, figures as agencies type them, or
/// anything at all.
fn cell() -> impl Strategy<Value = Option<Cell>> {
    prop_oneof![
        3 => Just(None),
        3 => prop::sample::select(vec![
            "No", "Sasaran", "Sasaran Strategis", "Indikator Kinerja", "Indikator", "Target",
            "Realisasi", "%", "% Capaian", "Capaian", "Satuan", "TW I", "TW 4", "Triwulan",
            "PERIODE", "Target Tahunan", "(1)", "(2)", "(3)", "K", "Rp", "Tahun 2020",
            "NIP. 19600512 198503 1 025", "Jumlah Anggaran Tahun 2020 : Rp. 1.000",
            "Kota Contoh, 31 Desember 2020", "DINAS KOPERASI", "-", "Baik", "#DIV/0!",
            "Program", "Kegiatan", "Rata-rata capaian", "Predikat", "Jumlah",
        ])
        .prop_map(|s| Some(Cell::Text(s.to_string()))),
        2 => "(Rp\\.? ?)?-?[0-9]{0,6}([.,][0-9]{0,3}){0,3} ?(%|orang|unit|\\(juta\\)|,-)?"
            .prop_map(|s| Some(Cell::Text(s))),
        2 => (-1e9f64..1e9).prop_map(|f| Some(Cell::Number(f))),
        1 => any::<String>().prop_map(|s| Some(Cell::Text(s))),
        1 => "=[A-H][1-9]{1,2}[/*+-][A-H][1-9]{1,2}(\\*100)?".prop_map(|s| Some(Cell::Formula(s))),
    ]
}

#[derive(Debug, Clone)]
enum Cell {
    Text(String),
    Number(f64),
    Formula(String),
}

fn workbook(grid: &[Vec<Option<Cell>>], merges: &[(u32, u16, u32)]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in grid.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            let _ = match v {
                None => continue,
                Some(Cell::Text(s)) => ws.write_string(r, c, s).map(|_| ()),
                Some(Cell::Number(f)) => ws.write_number(r, c, *f).map(|_| ()),
                Some(Cell::Formula(f)) => ws.write_formula(r, c, f.as_str()).map(|_| ()),
            };
        }
    }
    for &(r, c, h) in merges {
        let _ = ws.merge_range(r, c, r + h, c, "", &rust_xlsxwriter::Format::new());
    }
    wb.save_to_buffer().unwrap()
}

fn every_requirement() -> Options {
    Options {
        policy: Some(rakit::rules::policy::Policy {
            tahun: Some(2020),
            formulir: Some(vec![rakit::layout::TableKind::Annual]),
            tanda_tangan: true,
            baris_tanggal: true,
            tanpa_indikator_ganda: true,
            sasaran_berindikator: true,
            tanpa_sel_galat: true,
            maks_peringatan: Some(0),
        }),
        ..Default::default()
    }
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the cells, checking (every rule, a policy, the report in every output)
    /// returns a report and never panics.
    #[test]
    fn detection_never_panics_on_arbitrary_cells(
        grid in prop::collection::vec(prop::collection::vec(cell(), 0..9), 0..14),
        merges in prop::collection::vec((0u32..12, 0u16..8, 0u32..4), 0..3),
    ) {
        let bytes = workbook(&grid, &merges);
        let opts = every_requirement();
        let mut reports = vec![
            rakit::app::check_bytes(Path::new("a.xlsx"), bytes.clone(), None, &opts),
            rakit::app::check_bytes(Path::new("b.xlsx"), bytes, None, &opts),
        ];
        rakit::app::cross_check(&mut reports, &opts);
        let doc = rakit::report::document(&reports, rakit::i18n::Lang::Id);
        prop_assert_eq!(doc.summary.files, 2);
        prop_assert!(rakit::emit::csv::csv(&doc, rakit::i18n::Lang::Id).is_ok());
        let _ = rakit::emit::junit::junit(&doc, rakit::i18n::Lang::En);
        let _ = rakit::emit::markdown::markdown(&doc, rakit::i18n::Lang::Id);
        prop_assert!(rakit::emit::summary_xlsx::summary_xlsx(&doc, rakit::i18n::Lang::Id, &|_| None).is_ok());
        // a corrected copy of what was read, when there is a table
        if reports[0].error.is_none() {
            let _ = rakit::fix::corrected_copy(&reports[0], rakit::i18n::Lang::Id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Every number rakit writes (the Indonesian way, grouped or not, with the decimals it
    /// chose) reads back to the number it meant, as JSON's `found_value` gives it.
    #[test]
    fn every_number_rakit_writes_reads_back(d in decimal(), dp in 0u32..=4) {
        let want = round(d, dp);
        for text in [fmt_id(d, dp), fmt_plain_id(d, dp), format!("{} %", fmt_id(d, dp))] {
            prop_assert_eq!(plain_decimal(&text), Some(want), "{}", text);
        }
        let auto = fmt_id_auto(d, 0, dp);
        prop_assert_eq!(plain_decimal(&auto), Some(round(d, dp).normalize()), "{}", auto);
    }

    /// Any text at all: `plain_decimal` answers without panicking.
    #[test]
    fn plain_decimal_never_panics(s in any::<String>()) {
        let _ = plain_decimal(&s);
    }
}

/// A workbook that inflates far beyond the limit, among good ones: it is reported as too
/// large, the others are checked.
#[test]
fn a_zip_bomb_in_a_folder_is_reported_and_the_rest_checked() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-workbooks/banjar-pk-2015.xlsx");
    std::fs::copy(&good, root.join("a.xlsx")).unwrap();
    std::fs::copy(&good, root.join("c.xlsx")).unwrap();
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("[Content_Types].xml", o).unwrap();
        z.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
        z.start_file("xl/workbook.xml", o).unwrap();
        z.write_all(b"<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>")
            .unwrap();
        z.start_file("xl/worksheets/sheet1.xml", o).unwrap();
        // 40 MiB of spaces, a few dozen KiB packed
        let block = vec![b' '; 1 << 20];
        for _ in 0..40 {
            z.write_all(&block).unwrap();
        }
        z.finish().unwrap();
    }
    std::fs::write(root.join("b.xlsx"), buf.into_inner()).unwrap();
    let out = assert_cmd::Command::cargo_bin("rakit")
        .unwrap()
        .env("RAKIT_MAX_UNPACKED_MB", "8")
        .env_remove("RAKIT_LANG")
        .args(["check", "-q"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("b.xlsx: tidak terbaca — buku kerja ini membengkak"),
        "{text}"
    );
    assert!(text.contains("a.xlsx: gagal"), "{text}");
    assert!(text.contains("c.xlsx: gagal"), "{text}");
}

/// A sheet whose used range runs to XDU1048576 (a formatted empty cell at the far corner, as
/// real submissions have) is read as its data: the same findings as without that cell.
#[test]
fn a_used_range_to_the_far_corner_is_read_as_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let write = |far: bool| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("PK 2020").unwrap();
        for (c, h) in ["No", "Indikator Kinerja", "Target", "Realisasi", "%"]
            .iter()
            .enumerate()
        {
            ws.write(2, c as u16, *h).unwrap();
        }
        for i in 0..6u32 {
            let r = 3 + i;
            ws.write(r, 0, i + 1).unwrap();
            ws.write(r, 1, format!("Jumlah koperasi {i}")).unwrap();
            ws.write(r, 2, 100 + i).unwrap();
            ws.write(r, 3, 90 + 2 * i).unwrap();
            // one wrong %
            let pct = f64::from(90 + 2 * i) / f64::from(100 + i) * 100.0;
            ws.write(
                r,
                4,
                if i == 2 {
                    pct + 3.0
                } else {
                    (pct * 100.0).round() / 100.0
                },
            )
            .unwrap();
        }
        if far {
            let fill = rust_xlsxwriter::Format::new().set_background_color("FFFF00");
            ws.write_blank(1_048_575, 16_348, &fill).unwrap();
        }
        let p = dir.path().join(if far { "far.xlsx" } else { "near.xlsx" });
        wb.save(&p).unwrap();
        p
    };
    let (near, far) = (write(false), write(true));
    let cells = |p: &Path| -> Vec<(String, String)> {
        rakit::app::check_file(p, None, &Options::default())
            .findings
            .iter()
            .map(|f| (f.cell(), f.code.to_string()))
            .collect()
    };
    let near_cells = cells(&near);
    assert!(
        near_cells.contains(&("E6".to_string(), "C101".to_string())),
        "{near_cells:?}"
    );
    assert_eq!(cells(&far), near_cells);
}

/// Two workbooks found by `cargo run -p xtask -- fuzz`: an xlsx on which calamine panics (a
/// cell reference whose row overflows its arithmetic when overflow checks are on) and an xls
/// whose damaged cell records span 4 billion cells (calamine would ask for 132 GB and the
/// allocation failure would end the whole run), and an xls whose directory's chain of sectors
/// loops (calamine would read it until the memory ran out), and an xls whose DIMENSIONS record
/// claims 4 billion rows (calamine reserves a terabyte for them first). Each is one unreadable file, and
/// an xls with a merged range written backwards (last row before the first) is checked, with no panic
/// text, and the folder's other files are checked.
#[test]
fn a_reader_panic_is_one_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let data = Path::new(env!("CARGO_MANIFEST_DIR"));
    let good = data.join("sample-workbooks/banjar-pk-2015.xlsx");
    std::fs::copy(&good, root.join("a.xlsx")).unwrap();
    std::fs::copy(&good, root.join("c.xlsx")).unwrap();
    std::fs::copy(
        data.join("tests/data/fuzz/calamine-overflow.xlsx"),
        root.join("b.xlsx"),
    )
    .unwrap();
    std::fs::copy(
        data.join("tests/data/fuzz/calamine-xls-span.xls"),
        root.join("d.xls"),
    )
    .unwrap();
    std::fs::copy(
        data.join("tests/data/fuzz/calamine-cfb-loop.xls"),
        root.join("e.xls"),
    )
    .unwrap();
    std::fs::copy(
        data.join("tests/data/fuzz/merge-backwards.xls"),
        root.join("f.xls"),
    )
    .unwrap();
    std::fs::copy(
        data.join("tests/data/fuzz/calamine-xls-dimensions.xls"),
        root.join("g.xls"),
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("rakit")
        .unwrap()
        .env_remove("RAKIT_LANG")
        .args(["check", "-q"])
        .arg(root)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(text.contains("a.xlsx: gagal"), "{text}");
    assert!(text.contains("c.xlsx: gagal"), "{text}");
    assert!(
        text.contains("d.xls: tidak terbaca — sheet \"Sheet1\" rusak (its cells span A1:CRXL63266"),
        "{text}"
    );
    assert!(
        text.contains("e.xls: tidak terbaca — buku kerja rusak atau terpotong (a chain of sectors"),
        "{text}"
    );
    assert!(
        text.contains(
            "g.xls: tidak terbaca — sheet \"Sheet1\" rusak (its DIMENSIONS record claims"
        ),
        "{text}"
    );
    // a merged range written backwards is read the right way round: the sheet is checked
    assert!(text.contains("f.xls: gagal"), "{text}");
    assert_eq!(out.status.code(), Some(2));
    if cfg!(debug_assertions) {
        // the overflow panics only with overflow checks, as in this test build
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(text.contains("b.xlsx: tidak terbaca"), "{text}");
        assert!(text.contains("attempt to multiply with overflow"), "{text}");
    }
}
