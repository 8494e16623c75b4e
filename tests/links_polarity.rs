//! E902 (links to other workbooks, one finding per workbook) and F804 (a blank polarity that
//! a capaian formula branches on), on workbooks generated here: each rule on one that
//! triggers it and one that does not.

mod common;

use std::io::{Read, Write};
use std::path::Path;

use common::*;
use rust_xlsxwriter::Formula;

#[test]
fn blank_polarity_under_a_branching_formula_is_found_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let p = polarity_table(dir.path(), "polaritas.xlsx", |_| {});
    let r = check(&p);
    let f804: Vec<_> = r.findings.iter().filter(|f| f.code == "F804").collect();
    assert_eq!(f804.len(), 1, "{:#?}", r.findings);
    assert_eq!(f804[0].cell(), "C6");
    assert!(
        f804[0].message.render(rakit::i18n::Lang::En).contains("F6"),
        "{}",
        f804[0].message.render(rakit::i18n::Lang::En)
    );
    // the polarity column is read: the "turun" row is negative, "naik" rows are not, and
    // the row whose cell is blank goes by its name ("desa tertinggal": fewer is better)
    let m = &r.models[0];
    let neg: Vec<_> = m
        .indikator
        .iter()
        .filter(|i| i.polaritas == rakit::model::Polaritas::Negatif)
        .map(|i| i.row + 1)
        .collect();
    assert_eq!(neg, vec![5, 6]);
}

#[test]
fn filled_polarities_give_no_finding() {
    let dir = tempfile::tempdir().unwrap();
    let p = polarity_table(dir.path(), "polaritas-terisi.xlsx", |ws| {
        ws.write(5, 2, "turun").unwrap();
    });
    let r = check(&p);
    assert!(
        r.findings.iter().all(|f| f.code != "F804"),
        "{:#?}",
        r.findings
    );
}

/// A copy of `src` whose package holds an external link part naming `target`.
fn with_link_part(src: &Path, out: &Path, target: &str) {
    let mut bytes = Vec::new();
    std::fs::File::open(src)
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut zout = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        zout.start_file(name, opts).unwrap();
        zout.write_all(&data).unwrap();
    }
    zout.start_file("xl/externalLinks/externalLink1.xml", opts)
        .unwrap();
    zout.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>"#).unwrap();
    zout.start_file("xl/externalLinks/_rels/externalLink1.xml.rels", opts)
        .unwrap();
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="{target}" TargetMode="External"/></Relationships>"#
    );
    zout.write_all(rels.as_bytes()).unwrap();
    zout.finish().unwrap();
}

#[test]
fn links_to_other_workbooks_are_one_finding() {
    let dir = tempfile::tempdir().unwrap();
    let p = linked_table(dir.path());
    let r = check(&p);
    let e902: Vec<_> = r.findings.iter().filter(|f| f.code == "E902").collect();
    assert_eq!(e902.len(), 1, "{:#?}", r.findings);
    assert_eq!(e902[0].cell(), "D4");
    assert!(
        e902[0]
            .message
            .render(rakit::i18n::Lang::En)
            .contains("Renja 2024.xlsx"),
        "{}",
        e902[0].message.render(rakit::i18n::Lang::En)
    );
    assert!(
        e902[0]
            .message
            .render(rakit::i18n::Lang::En)
            .contains("1 other cells"),
        "{}",
        e902[0].message.render(rakit::i18n::Lang::En)
    );
    // the package's link part names the book behind `[1]`
    let q = dir.path().join("tautan-part.xlsx");
    with_link_part(&p, &q, "file:///C:\\Data\\Renja%20Dinas%202024.xlsx");
    let r = check(&q);
    let e902: Vec<_> = r.findings.iter().filter(|f| f.code == "E902").collect();
    assert_eq!(e902.len(), 1);
    assert!(
        e902[0]
            .message
            .render(rakit::i18n::Lang::Id)
            .contains("Renja Dinas 2024.xlsx"),
        "{}",
        e902[0].message.render(rakit::i18n::Lang::Id)
    );
}

#[test]
fn references_to_own_sheets_are_no_link() {
    let dir = tempfile::tempdir().unwrap();
    let p = polarity_table(dir.path(), "tanpa-tautan.xlsx", |ws| {
        ws.write_formula(3, 3, Formula::new("'PK 2024'!D5*20").set_result("80"))
            .unwrap();
    });
    let r = check(&p);
    assert!(
        r.findings.iter().all(|f| f.code != "E902"),
        "{:#?}",
        r.findings
    );
}

/// Quarters side by side with a Polaritas column: the row's polarity decides its formula.
fn quarters_with_polarity(dir: &Path, polarity: &str) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "RENCANA AKSI TAHUN 2024").unwrap();
    for (c, h) in ["No", "Indikator Kinerja", "Polaritas", "Target"]
        .iter()
        .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    let fmt = rust_xlsxwriter::Format::new();
    ws.merge_range(2, 4, 2, 6, "TW I", &fmt).unwrap();
    ws.merge_range(2, 7, 2, 9, "TW II", &fmt).unwrap();
    for q in 0..2u16 {
        for (i, h) in ["Target", "Realisasi", "%"].iter().enumerate() {
            ws.write(3, 4 + q * 3 + i as u16, *h).unwrap();
        }
    }
    // lower is better: 3 against 4 is (2 x 4 - 3) / 4 x 100 = 125, 2 against 4 is 150
    let row: [(u16, &str); 4] = [(0, "1"), (1, "Angka kematian ibu"), (2, polarity), (3, "4")];
    for (c, v) in row {
        match v.parse::<f64>() {
            Ok(x) => ws.write(4, c, x).unwrap(),
            Err(_) if v.is_empty() => ws,
            Err(_) => ws.write(4, c, v).unwrap(),
        };
    }
    for (c, v) in [
        (4, 4.0),
        (5, 3.0),
        (6, 125.0),
        (7, 4.0),
        (8, 2.0),
        (9, 150.0),
    ] {
        ws.write(4, c, v).unwrap();
    }
    let p = dir.join(format!("ra-polaritas-{}.xlsx", polarity.len()));
    wb.save(&p).unwrap();
    p
}

#[test]
fn quarterly_polarity_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let r = check(&quarters_with_polarity(dir.path(), "turun"));
    assert_eq!(r.sheets[0].indicators, 1, "{:#?}", r.findings);
    assert!(
        r.findings.iter().all(|f| f.code != "C101"),
        "{:#?}",
        r.findings
    );
    // without a polarity the name decides: "Angka kematian ibu", fewer is better
    let r = check(&quarters_with_polarity(dir.path(), ""));
    assert!(
        r.findings.iter().all(|f| f.code != "C101"),
        "{:#?}",
        r.findings
    );
    // a polarity cell saying otherwise wins over the name: judged as higher-is-better, 75
    // and 50
    let r = check(&quarters_with_polarity(dir.path(), "naik"));
    let c101: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == "C101")
        .map(|f| f.cell())
        .collect();
    assert_eq!(c101, vec!["G5", "J5"], "{:#?}", r.findings);
}

/// A block-style Rencana Aksi (a "Target Tahunan" line and four TW lines per indicator) with
/// a polarity column read by its header (`header`), its one indicator's polarity `polarity`
/// and each quarter's % written as `pct` (target 4, realisasi 3).
fn blocks_with_polarity(dir: &Path, header: &str, polarity: &str, pct: f64) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("RENAKSI 2024").unwrap();
    ws.write(0, 0, "RENCANA AKSI TAHUN 2024").unwrap();
    let heads = [
        "NO",
        "SASARAN STRATEGIS",
        "INDIKATOR SASARAN",
        header,
        "PERIODE",
        "TARGET",
        "REALISASI",
        "%",
    ];
    for (c, h) in heads.iter().enumerate() {
        ws.write(2, c as u16, *h).unwrap();
    }
    ws.write(3, 0, "1").unwrap();
    ws.write(3, 1, "Menurunnya angka kematian ibu").unwrap();
    ws.write(3, 2, "Angka kematian ibu").unwrap();
    ws.write(3, 3, polarity).unwrap();
    ws.write(3, 4, "Target Tahunan").unwrap();
    ws.write(3, 5, 4.0).unwrap();
    for q in 1..=4u32 {
        let r = 3 + q;
        ws.write(r, 4, format!("TW {q}")).unwrap();
        ws.write(r, 5, 4.0).unwrap();
        ws.write(r, 6, 3.0).unwrap();
        ws.write(r, 7, pct).unwrap();
    }
    let p = dir.join(format!("ra-blok-{}-{}.xlsx", header.len(), pct as u32));
    wb.save(&p).unwrap();
    p
}

#[test]
fn block_rencana_aksi_reads_its_polarity_column_by_header() {
    let dir = tempfile::tempdir().unwrap();
    // lower is better: 3 against 4 is (2 x 4 - 3) / 4 x 100 = 125 (the default formula)
    for (header, polarity) in [
        ("POLARITAS", "turun (baik)"),
        ("Polarisasi", "Minimize"),
        ("Sifat", "Negatif"),
        ("SIFAT INDIKATOR", "turun"),
    ] {
        let r = check(&blocks_with_polarity(dir.path(), header, polarity, 125.0));
        assert_eq!(r.sheets[0].indicators, 1, "{header}: {:#?}", r.findings);
        assert!(
            r.findings.iter().all(|f| f.code != "C101"),
            "{header}: {:#?}",
            r.findings
        );
        // the higher-is-better formula, 3 / 4 x 100 = 75, is wrong for a "turun" indicator
        let r = check(&blocks_with_polarity(dir.path(), header, polarity, 75.0));
        let c101: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code == "C101")
            .map(|f| f.cell())
            .collect();
        assert_eq!(
            c101,
            vec!["H5", "H6", "H7", "H8"],
            "{header}: {:#?}",
            r.findings
        );
    }
    // a "naik" indicator is judged by realisasi / target: 75 is right, 125 is not
    let r = check(&blocks_with_polarity(
        dir.path(),
        "Polaritas",
        "naik (baik)",
        75.0,
    ));
    assert!(
        r.findings.iter().all(|f| f.code != "C101"),
        "{:#?}",
        r.findings
    );
    let r = check(&blocks_with_polarity(
        dir.path(),
        "Polaritas",
        "Maximize",
        125.0,
    ));
    assert_eq!(
        r.findings.iter().filter(|f| f.code == "C101").count(),
        4,
        "{:#?}",
        r.findings
    );
}
