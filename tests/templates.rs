//! The vocabulary of real headers ("IKU", "Kinerja Utama", "Target Kinerja", "Realisasi
//! Kinerja", "Persentase Capaian"), flat import templates with targets only, and empty
//! templates or templates with `{placeholders}`: each read without false findings.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use rakit::app::Status;

/// A sheet with `header` on row 3 and `rows` under it (numbers where they parse).
fn table(dir: &Path, name: &str, header: &[&str], rows: &[&[&str]]) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("IKU 2024").unwrap();
    ws.write(0, 0, "INDIKATOR KINERJA UTAMA TAHUN 2024")
        .unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write(2, c as u16, *h).unwrap();
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (3 + i as u32, c as u16);
            match v.parse::<f64>() {
                Ok(x) => ws.write(r, c, x).unwrap(),
                Err(_) if v.is_empty() => ws,
                Err(_) => ws.write(r, c, *v).unwrap(),
            };
        }
    }
    let p = dir.join(name);
    wb.save(&p).unwrap();
    p
}

#[test]
fn iku_headers_are_read_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let p = table(
        dir.path(),
        "iku.xlsx",
        &[
            "No",
            "IKU",
            "Satuan",
            "Target Kinerja",
            "Realisasi Kinerja",
            "Persentase Capaian",
        ],
        &[
            &[
                "1",
                "Indeks Pembangunan Manusia",
                "indeks",
                "72",
                "73",
                "101.39",
            ],
            &["2", "Persentase penduduk miskin", "%", "8", "8", "100"],
            &[
                "3",
                "Indeks kepuasan masyarakat",
                "indeks",
                "80",
                "76",
                "90",
            ],
        ],
    );
    let r = check(&p);
    assert_eq!(r.sheets[0].indicators, 3, "{:#?}", r.findings);
    assert!(has(&r, "IKU 2024", "F6", "C101"), "{:#?}", r.findings);
    let clean = table(
        dir.path(),
        "iku-benar.xlsx",
        &[
            "No",
            "Kinerja Utama",
            "Satuan",
            "Target Kinerja",
            "Realisasi Kinerja",
            "Capaian",
        ],
        &[
            &[
                "1",
                "Indeks Pembangunan Manusia",
                "indeks",
                "72",
                "73",
                "101.39",
            ],
            &[
                "2",
                "Indeks kepuasan masyarakat",
                "indeks",
                "80",
                "76",
                "95",
            ],
        ],
    );
    let r = check(&clean);
    assert_eq!(r.sheets[0].indicators, 2);
    assert_eq!(r.status, Status::Clean, "{:#?}", r.findings);
}

#[test]
fn targets_only_templates_are_no_mistake() {
    let dir = tempfile::tempdir().unwrap();
    let p = table(
        dir.path(),
        "impor.xlsx",
        &["No", "Indikator Kinerja Utama", "Satuan", "Target Kinerja"],
        &[
            &["1", "Indeks Pembangunan Manusia", "indeks", "72"],
            &["2", "Persentase penduduk miskin", "%", "8"],
        ],
    );
    let r = check(&p);
    assert_eq!(r.sheets[0].indicators, 2);
    assert_eq!(r.status, Status::Clean, "{:#?}", r.findings);
}

#[test]
fn empty_and_placeholder_templates_are_one_info_line() {
    let dir = tempfile::tempdir().unwrap();
    let header: &[&str] = &[
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ];
    let placeholders = table(
        dir.path(),
        "templat.xlsx",
        header,
        &[&[
            "{no}",
            "{indikator}",
            "{target}",
            "{realisasi}",
            "{capaian}",
        ]],
    );
    let empty = table(dir.path(), "kosong.xlsx", header, &[&["1", "", "", "", ""]]);
    for p in [placeholders, empty] {
        let r = check(&p);
        assert_eq!(r.status, Status::Clean, "{}: {:#?}", p.display(), r);
        let codes: Vec<_> = r.findings.iter().map(|f| f.code.code()).collect();
        assert_eq!(codes, vec!["L702"], "{}", p.display());
    }
    // a filled table is no template
    let filled = table(
        dir.path(),
        "terisi.xlsx",
        header,
        &[&["1", "Indeks kepuasan masyarakat", "80", "76", "95"]],
    );
    let r = check(&filled);
    assert!(r.findings.iter().all(|f| f.code != "L702"));
}
