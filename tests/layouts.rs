//! Layouts the samples do not have: a LAKIP-style table with a "Kinerja" group header over
//! "Rencana Tingkat Capaian (Target)" / "Realisasi Tingkat Capaian" / "Persentase Capaian",
//! numbers stored as numbers and the % as fractions under a percent format.

mod common;

use common::*;
use rakit::rules::Severity;
use rust_xlsxwriter::{Format, Workbook};

#[test]
fn lakip_style_two_row_header_with_percent_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lakip-2023.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Tabel 3.1").unwrap();
    let pct = Format::new().set_num_format("0.00%");
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2023").unwrap();
    ws.write(1, 0, "BADAN PENDAPATAN DAERAH KOTA CONTOH")
        .unwrap();
    ws.merge_range(3, 0, 4, 0, "No", &Format::new()).unwrap();
    ws.merge_range(3, 1, 4, 1, "Sasaran", &Format::new())
        .unwrap();
    ws.merge_range(3, 2, 4, 2, "Uraian", &Format::new())
        .unwrap();
    ws.merge_range(3, 3, 4, 3, "Satuan", &Format::new())
        .unwrap();
    ws.merge_range(3, 4, 3, 6, "Kinerja", &Format::new())
        .unwrap();
    ws.write(4, 4, "Rencana Tingkat Capaian (Target)").unwrap();
    ws.write(4, 5, "Realisasi Tingkat Capaian").unwrap();
    ws.write(4, 6, "Persentase Capaian").unwrap();
    let rows: [(&str, f64, f64, f64); 4] = [
        ("Persentase realisasi PAD", 100.0, 104.2, 1.042),
        ("Jumlah wajib pajak terdaftar", 12000.0, 11400.0, 0.95),
        ("Nilai SAKIP", 70.0, 72.5, 1.0357),
        // wrong: 850 / 1000 = 85 %
        ("Jumlah objek pajak terdata", 1000.0, 850.0, 0.58),
    ];
    for (i, (name, t, r, p)) in rows.iter().enumerate() {
        let row = 5 + i as u32;
        ws.write(row, 0, (i + 1) as u32).unwrap();
        if i == 0 {
            ws.write(row, 1, "Meningkatnya pendapatan asli daerah")
                .unwrap();
        }
        ws.write(row, 2, *name).unwrap();
        ws.write(row, 3, if i == 0 { "%" } else { "unit" }).unwrap();
        ws.write(row, 4, *t).unwrap();
        ws.write(row, 5, *r).unwrap();
        ws.write_with_format(row, 6, *p, &pct).unwrap();
    }
    ws.write(10, 4, "Kota Contoh, 31 Desember 2023").unwrap();
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    assert_eq!(r.sheets[0].indicators, 4);
    assert_eq!(r.sheets[0].year, Some(2023));
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("Tabel 3.1", "G9", "C101")]),
        "{:#?}",
        r.findings
    );
    let g9 = r.findings.iter().find(|f| f.cell() == "G9").unwrap();
    assert_eq!(g9.expected.as_deref(), Some("85,00"));
    // the fix writes the fraction back under the percent format
    let out = dir.path().join("lakip-2023-diperbaiki.xlsx");
    rakit::fix::fix(&r, &out, rakit::i18n::Lang::Id).unwrap();
    let again = check(&out);
    assert!(
        again.findings.iter().all(|f| f.severity != Severity::Error),
        "{:#?}",
        again.findings
    );
}

#[test]
fn quarters_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renaksi-2024.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Rencana Aksi").unwrap();
    let f = Format::new();
    ws.write(0, 0, "RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024")
        .unwrap();
    ws.merge_range(3, 0, 4, 0, "No", &f).unwrap();
    ws.merge_range(3, 1, 4, 1, "Indikator Kinerja", &f).unwrap();
    ws.merge_range(3, 2, 4, 2, "Satuan", &f).unwrap();
    ws.merge_range(3, 3, 4, 3, "Target Tahunan", &f).unwrap();
    for (i, tw) in ["TW I", "TW II", "TW III", "TW IV"].iter().enumerate() {
        let c = 4 + 3 * i as u16;
        ws.merge_range(3, c, 3, c + 2, tw, &f).unwrap();
        ws.write(4, c, "Target").unwrap();
        ws.write(4, c + 1, "Realisasi").unwrap();
        ws.write(4, c + 2, "%").unwrap();
    }
    // (annual, [(target, realisasi, stated %) per quarter])
    type Quarter = (f64, f64, f64);
    let rows: [(&str, f64, [Quarter; 4]); 2] = [
        // cumulative and right
        (
            "Jumlah UMKM dibina",
            100.0,
            [
                (25.0, 25.0, 100.0),
                (50.0, 55.0, 110.0),
                (75.0, 75.0, 100.0),
                (100.0, 90.0, 90.0),
            ],
        ),
        // TW II % wrong (40 / 50 = 80), TW IV target 90 against an annual 100
        (
            "Jumlah koperasi sehat",
            100.0,
            [
                (25.0, 20.0, 80.0),
                (50.0, 40.0, 75.0),
                (75.0, 60.0, 80.0),
                (90.0, 90.0, 100.0),
            ],
        ),
    ];
    for (i, (name, annual, qs)) in rows.iter().enumerate() {
        let r = 5 + i as u32;
        ws.write(r, 0, (i + 1) as u32).unwrap();
        ws.write(r, 1, *name).unwrap();
        ws.write(r, 2, "unit").unwrap();
        ws.write(r, 3, *annual).unwrap();
        for (q, (t, re, p)) in qs.iter().enumerate() {
            let c = 4 + 3 * q as u16;
            ws.write(r, c, *t).unwrap();
            ws.write(r, c + 1, *re).unwrap();
            ws.write(r, c + 2, *p).unwrap();
        }
    }
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    assert_eq!(format!("{:?}", r.sheets[0].layout), "Quarterly");
    assert_eq!(r.sheets[0].indicators, 2);
    assert_eq!(
        cells(&r, Severity::Error),
        expect_set(&[("Rencana Aksi", "J7", "C101")]),
        "{:#?}",
        r.findings
    );
    let i7 = r.findings.iter().find(|f| f.cell() == "J7").unwrap();
    assert_eq!(i7.quarter, Some(2));
    assert_eq!(i7.level, None);
    assert!(has(&r, "Rencana Aksi", "N7", "Q602"), "{:#?}", r.findings);
    let out = dir.path().join("renaksi-2024-diperbaiki.xlsx");
    rakit::fix::fix(&r, &out, rakit::i18n::Lang::Id).unwrap();
    let again = check(&out);
    assert!(
        !again.findings.iter().any(|f| f.code == "C101"),
        "{:#?}",
        again.findings
    );
}

/// A quarterly PK headed on three rows ("TARGET | REALISASI" over "TAHUNAN | TRIWULAN" over
/// "I … IV", `tests/data/blind4/dispendik-sidoarjo`, 2025) with a "Rata-rata capaian kinerja"
/// line under it: the year's realisasi is read from "REALISASI S.D. TW IV", not TW I's, and
/// the average line is no indicator (it held no target: C105 was raised on it).
#[test]
fn periods_headed_on_two_rows_and_an_average_line() {
    let r = check(&data(
        "blind4/dispendik-sidoarjo/PK Dinas Pendidikan 2025 (TW IV).xlsx",
    ));
    let m = &r.models[0];
    // a Rencana Aksi: TW I .. TW IV under `Target` and under `Realisasi`, the year's
    // realisasi beside them
    assert_eq!(m.triwulan.len(), 20);
    assert!(m
        .triwulan
        .iter()
        .all(|i| !i.nama.starts_with("Rata-rata capaian")));
    let apm = &m.triwulan[0];
    assert_eq!(&*apm.nama, "APM SD/MI (%)");
    assert_eq!(apm.quarters.len(), 4);
    assert_eq!(
        apm.realisasi_tahunan.as_ref().map(|f| f.shown.to_string()),
        Some("96,76".to_string())
    );
    assert!(
        !r.findings.iter().any(|f| f.code == "C105"),
        "{:#?}",
        r.findings
    );
}

/// A budget line whose amount stands in the next cell after a colon ("Jumlah Anggaran | :
/// Rp. 104.870.553.000,-", as two examiners typed it): the amount is read, not called
/// malformed (A501), and the absorption follows (A502).
#[test]
fn a_budget_amount_after_a_colon_in_the_next_cell() {
    let r = check(&data(
        "blind4/dinkes-bantul/Pengukuran Kinerja Dinkes 2019.xls",
    ));
    assert!(
        !r.findings.iter().any(|f| f.code == "A501"),
        "{:#?}",
        r.findings
    );
    let a502 = r.findings.iter().find(|f| f.code == "A502").expect("A502");
    let m = a502.message.render(rakit::i18n::Lang::Id);
    assert!(m.contains("Rp 104.870.553.000"), "{m}");
}

/// An LKjIP of one block an indicator: its name on a line of its own, then the header again
/// (`Uraian | 2021 | 2022 | 2023 | Target Akhir Renstra`) over its Target / Realisasi /
/// Capaian lines, the unit in the labels' brackets. Every block is read, named by its line,
/// the year's figures from the year's column; a wrong % on one block is found at its cell.
#[test]
fn blocks_each_under_the_header_again_with_the_name_above() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lkjip-2023.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Capaian IKU").unwrap();
    ws.write(0, 0, "CAPAIAN KINERJA TAHUN 2023").unwrap();
    ws.write(2, 0, "Sasaran 1 : Meningkatnya kualitas pelayanan")
        .unwrap();
    let blocks: [(&str, &str, [f64; 6]); 3] = [
        (
            "Persentase desa dengan peta batas",
            "%",
            [40.0, 38.0, 50.0, 51.0, 60.0, 57.0],
        ),
        (
            "Jumlah dokumen kerja sama yang difasilitasi",
            "dokumen",
            [8.0, 9.0, 10.0, 10.0, 12.0, 9.0],
        ),
        (
            "Indeks kepuasan masyarakat",
            "indeks",
            [75.0, 76.0, 77.0, 78.0, 80.0, 82.0],
        ),
    ];
    let mut row = 4u32;
    for (i, (name, unit, f)) in blocks.iter().enumerate() {
        ws.write(row, 0, format!("{}.", i + 1)).unwrap();
        ws.merge_range(row, 1, row, 5, name, &Format::new())
            .unwrap();
        let header = [
            "Uraian",
            "2021",
            "2022",
            "2023",
            "Target Akhir Renstra (2024)",
        ];
        for (c, h) in header.iter().enumerate() {
            ws.write(row + 1, 1 + c as u16, *h).unwrap();
        }
        ws.write(row + 2, 1, format!("Target ({unit})")).unwrap();
        ws.write(row + 3, 1, format!("Realisasi ({unit})")).unwrap();
        ws.write(row + 4, 1, "Capaian (%)").unwrap();
        for y in 0..3u16 {
            let (t, r) = (f[2 * y as usize], f[2 * y as usize + 1]);
            ws.write(row + 2, 2 + y, t).unwrap();
            ws.write(row + 3, 2 + y, r).unwrap();
            // the second block's 2023 % typed wrong: 9 / 12 is 75 %
            let p = if i == 1 && y == 2 {
                90.0
            } else {
                r / t * 100.0
            };
            ws.write(row + 4, 2 + y, (p * 100.0).round() / 100.0)
                .unwrap();
        }
        ws.write(row + 2, 5, f[4] + 10.0).unwrap();
        row += 7;
    }
    ws.write(row + 1, 3, "Kota Contoh, 31 Januari 2024")
        .unwrap();
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    let m = &r.models[0];
    let year: Vec<&rakit::model::Indikator> =
        m.indikator.iter().filter(|i| i.period.is_none()).collect();
    let names: Vec<&str> = year.iter().map(|i| &*i.nama).collect();
    assert_eq!(names, blocks.iter().map(|b| b.0).collect::<Vec<_>>());
    assert_eq!(year[1].satuan.as_deref(), Some("dokumen"));
    assert_eq!(
        year[1].sasaran.as_deref(),
        Some("Meningkatnya kualitas pelayanan")
    );
    // two earlier years of each block, left to their years
    assert_eq!(m.indikator.len(), 9);
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("Capaian IKU", "E16", "C101")]),
        "{:#?}",
        r.findings
    );
}

/// A PK whose realisasi is written in two semesters with no column for the year
/// (`Realisasi` merged over `Semester I | Semester II`): a row counting things as they happen
/// adds its semesters up, a row whose stated % is worked out of the sum does so whatever its
/// unit, a level or a running total keeps its latest semester, a row whose second semester is
/// not in yet takes its first; a % typed wrong is found against the sum.
#[test]
fn semesters_without_a_year_column_add_up_for_a_flow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk-2024.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").unwrap();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2024").unwrap();
    let merged = Format::new();
    for (c, h) in ["No", "Indikator Kinerja", "Satuan", "Target"]
        .iter()
        .enumerate()
    {
        ws.merge_range(2, c as u16, 3, c as u16, h, &merged)
            .unwrap();
    }
    ws.merge_range(2, 4, 2, 5, "Realisasi", &merged).unwrap();
    ws.write(3, 4, "Semester I").unwrap();
    ws.write(3, 5, "Semester II").unwrap();
    ws.merge_range(2, 6, 3, 6, "Capaian (%)", &merged).unwrap();
    // name, unit, target, semester I, semester II (None: not in yet), stated %, the year's
    type Row<'a> = (&'a str, &'a str, f64, f64, Option<f64>, f64, f64);
    let rows: [Row; 6] = [
        (
            "Jumlah pelatihan yang dilaksanakan",
            "kali",
            10.0,
            4.0,
            Some(5.0),
            90.0,
            9.0,
        ),
        (
            "Persentase layanan tepat waktu",
            "%",
            90.0,
            80.0,
            Some(88.0),
            97.78,
            88.0,
        ),
        (
            "Nilai retribusi pemakaman",
            "Rp juta",
            500.0,
            200.0,
            Some(260.0),
            92.0,
            460.0,
        ),
        (
            "Jumlah peserta magang",
            "orang",
            200.0,
            120.0,
            None,
            60.0,
            120.0,
        ),
        // typed wrong: 90 of 100 is 90 %
        (
            "Jumlah kunjungan kerja",
            "kali",
            100.0,
            40.0,
            Some(50.0),
            95.0,
            90.0,
        ),
        // a running total: the second semester is the year's
        (
            "Jumlah desa yang memiliki peta batas",
            "desa",
            20.0,
            8.0,
            Some(18.0),
            90.0,
            18.0,
        ),
    ];
    for (i, (name, unit, t, s1, s2, p, _)) in rows.iter().enumerate() {
        let r = 4 + i as u32;
        ws.write(r, 0, (i + 1) as f64).unwrap();
        ws.write(r, 1, *name).unwrap();
        ws.write(r, 2, *unit).unwrap();
        ws.write(r, 3, *t).unwrap();
        ws.write(r, 4, *s1).unwrap();
        if let Some(s2) = s2 {
            ws.write(r, 5, *s2).unwrap();
        }
        ws.write(r, 6, *p).unwrap();
    }
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    let m = &r.models[0];
    let year: Vec<(String, f64)> = m
        .indikator
        .iter()
        .map(|i| {
            let q = i.realisasi.as_ref().and_then(|f| f.reading.quantity());
            let v = q.map(|q| q.scaled().to_string().parse::<f64>().unwrap());
            (i.nama.to_string(), v.unwrap_or(f64::NAN))
        })
        .collect();
    let expected: Vec<(String, f64)> = rows
        .iter()
        .map(|r| {
            (
                r.0.to_string(),
                r.6 * if r.1 == "Rp juta" { 1e6 } else { 1.0 },
            )
        })
        .collect();
    assert_eq!(year, expected);
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("PK 2024", "G9", "C101")]),
        "{:#?}",
        r.findings
    );
}

/// A PK turned over: its indicators across the columns (a name a column), its measures down
/// the first column (`Indikator Kinerja | Satuan | Realisasi 2022 | Target 2023 | Realisasi
/// 2023 | Capaian (%)`). Every indicator is read with the year's figures at their own cells
/// (not last year's realisasi), and a wrong % is found at its cell; a sheet of notes laid
/// out alike but holding no figures is no table.
#[test]
fn a_table_turned_over_with_indicators_across() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk-turned-2023.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2023").unwrap();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2023").unwrap();
    ws.write(1, 0, "DINAS CONTOH KABUPATEN CONTOH").unwrap();
    let labels = [
        "Indikator Kinerja",
        "Satuan",
        "Realisasi 2022",
        "Target 2023",
        "Realisasi 2023",
        "Capaian (%)",
    ];
    for (i, l) in labels.iter().enumerate() {
        ws.write(3 + i as u32, 0, *l).unwrap();
    }
    // name, unit, last year's realisasi, target, realisasi, stated %
    let indicators: [(&str, &str, f64, f64, f64, f64); 4] = [
        ("Jumlah koperasi aktif", "unit", 40.0, 45.0, 47.0, 104.44),
        ("Persentase desa mandiri", "%", 12.0, 15.0, 14.0, 93.33),
        // typed wrong: 180 of 200 is 90 %
        (
            "Jumlah pelaku usaha yang dibina",
            "orang",
            150.0,
            200.0,
            180.0,
            95.0,
        ),
        (
            "Indeks kepuasan masyarakat",
            "indeks",
            78.0,
            80.0,
            81.0,
            101.25,
        ),
    ];
    for (i, (name, unit, last, t, r, p)) in indicators.iter().enumerate() {
        let c = 1 + i as u16;
        ws.write(3, c, *name).unwrap();
        ws.write(4, c, *unit).unwrap();
        ws.write(5, c, *last).unwrap();
        ws.write(6, c, *t).unwrap();
        ws.write(7, c, *r).unwrap();
        ws.write(8, c, *p).unwrap();
    }
    let notes = wb.add_worksheet();
    notes.set_name("Catatan").unwrap();
    for (i, l) in ["Indikator Kinerja", "Satuan", "Target", "Realisasi"]
        .iter()
        .enumerate()
    {
        notes.write(i as u32, 0, *l).unwrap();
        notes.write(i as u32, 1, "lihat lembar PK").unwrap();
    }
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    assert_eq!(r.models.len(), 1, "the notes sheet is no table");
    let m = &r.models[0];
    assert_eq!(m.year(), Some(2023));
    let year: Vec<&rakit::model::Indikator> =
        m.indikator.iter().filter(|i| i.period.is_none()).collect();
    let names: Vec<&str> = year.iter().map(|i| &*i.nama).collect();
    assert_eq!(names, indicators.iter().map(|i| i.0).collect::<Vec<_>>());
    for (k, ind) in year.iter().enumerate() {
        let col = 1 + k as u32;
        assert_eq!(ind.nama_cell, (3, col));
        let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
        assert_eq!(at(&ind.target), Some((6, col)));
        assert_eq!(at(&ind.realisasi), Some((7, col)));
        assert_eq!(at(&ind.capaian), Some((8, col)));
    }
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("PK 2023", "D9", "C101")]),
        "{:#?}",
        r.findings
    );
}

/// Cards set two to a band of rows (`Indikator Kinerja : …`, `Satuan`, `Target`,
/// `Realisasi`, `Capaian (%)` in columns B–D and again in H–J): every card is read with its
/// own figures, the right one's not taken for the left one's, a left card's empty line not
/// filled from the right card, and a wrong % found at its cell on either side.
#[test]
fn cards_two_to_a_band() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lembar-pk-2020.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Lembar PK 2020").unwrap();
    ws.write(0, 0, "LEMBAR PENGUKURAN KINERJA TAHUN 2020")
        .unwrap();
    ws.write(2, 0, "SASARAN 1 : Meningkatnya kelaikan kendaraan")
        .unwrap();
    // name, unit (None: left empty), target, realisasi, stated %
    type Card<'a> = (&'a str, Option<&'a str>, f64, f64, f64);
    let cards: [Card; 4] = [
        (
            "Jumlah kendaraan yang diuji",
            Some("unit"),
            9800.0,
            8415.0,
            85.87,
        ),
        (
            "Persentase kendaraan lulus uji",
            Some("%"),
            80.0,
            72.0,
            90.0,
        ),
        ("Jumlah penguji bersertifikat", None, 8.0, 8.0, 100.0),
        // typed wrong: 40 of 50 is 80 %
        (
            "Jumlah sosialisasi uji berkala",
            Some("kali"),
            50.0,
            40.0,
            85.0,
        ),
    ];
    for (k, (name, unit, t, r, p)) in cards.iter().enumerate() {
        let top = 4 + 7 * (k as u32 / 2);
        let col = if k % 2 == 0 { 0 } else { 6 };
        ws.write(top, col, format!("{}.", k + 1)).unwrap();
        let lines = [
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
        ];
        for (i, l) in lines.iter().enumerate() {
            ws.write(top + i as u32, col + 1, *l).unwrap();
            ws.write(top + i as u32, col + 2, ":").unwrap();
        }
        ws.write(top, col + 3, *name).unwrap();
        if let Some(u) = unit {
            ws.write(top + 1, col + 3, *u).unwrap();
        }
        ws.write(top + 2, col + 3, *t).unwrap();
        ws.write(top + 3, col + 3, *r).unwrap();
        ws.write(top + 4, col + 3, *p).unwrap();
    }
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    let m = &r.models[0];
    assert_eq!(m.year(), Some(2020));
    let mut read: Vec<_> = m
        .indikator
        .iter()
        .map(|i| {
            let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
            (
                i.nama.to_string(),
                i.satuan.as_deref().map(str::to_string),
                at(&i.target),
                at(&i.realisasi),
            )
        })
        .collect();
    read.sort();
    let mut expected: Vec<_> = cards
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let top = 4 + 7 * (k as u32 / 2);
            let col = if k % 2 == 0 { 3 } else { 9 };
            (
                c.0.to_string(),
                c.1.map(str::to_string),
                Some((top + 2, col)),
                Some((top + 3, col)),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(read, expected);
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("Lembar PK 2020", "J16", "C101")]),
        "{:#?}",
        r.findings
    );
}

/// An application's export (`no | tahun | kode_indikator | indikator_kinerja | satuan |
/// target | realisasi | capaian`): the names are read from `indikator_kinerja`, not from the
/// codes beside them.
#[test]
fn an_export_with_a_code_column_beside_the_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export-2022.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("export_2022").unwrap();
    let header = [
        "no",
        "tahun",
        "kode_indikator",
        "indikator_kinerja",
        "satuan",
        "target",
        "realisasi",
        "capaian",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    let rows = [
        (
            "IKU.01.01",
            "JUMLAH KENDARAAN YANG DIUJI",
            "unit",
            10200.0,
            10644.0,
            104.35,
        ),
        (
            "IKU.01.02",
            "PERSENTASE KENDARAAN LULUS UJI",
            "%",
            92.0,
            93.8,
            101.96,
        ),
        (
            "IKU.02.01",
            "JUMLAH PENGUJI BERSERTIFIKAT",
            "orang",
            10.0,
            11.0,
            110.0,
        ),
    ];
    for (i, (code, name, unit, t, r, p)) in rows.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, 2022.0).unwrap();
        ws.write(row, 2, *code).unwrap();
        ws.write(row, 3, *name).unwrap();
        ws.write(row, 4, *unit).unwrap();
        ws.write(row, 5, *t).unwrap();
        ws.write(row, 6, *r).unwrap();
        ws.write(row, 7, *p).unwrap();
    }
    wb.save(&path).unwrap();

    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    let m = &r.models[0];
    let names: Vec<&str> = m.indikator.iter().map(|i| &*i.nama).collect();
    assert_eq!(names, rows.iter().map(|r| r.1).collect::<Vec<_>>());
    assert!(cells(&r, Severity::Error).is_empty(), "{:#?}", r.findings);
}

/// A 2021 table with last year's columns beside its own (`Tahun 2020 | Tahun 2021`, each over
/// Target / Realisasi / Capaian): a title naming 2020 alone, copied from last year's report,
/// is still reported (T401); a title naming 2021 with a line `(dibandingkan dengan Tahun
/// 2020)` under it names both years rightly.
#[test]
fn a_title_naming_only_the_year_held_beside_is_still_reported() {
    let build = |path: &std::path::Path, titles: &[&str]| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("PK 2021").unwrap();
        for (r, t) in titles.iter().enumerate() {
            ws.write(r as u32, 0, *t).unwrap();
        }
        let merged = Format::new();
        ws.merge_range(3, 0, 4, 0, "No", &merged).unwrap();
        ws.merge_range(3, 1, 4, 1, "Indikator Kinerja", &merged)
            .unwrap();
        ws.merge_range(3, 2, 3, 4, "Tahun 2020", &merged).unwrap();
        ws.merge_range(3, 5, 3, 7, "Tahun 2021", &merged).unwrap();
        for (i, h) in ["Target", "Realisasi", "Capaian (%)"].iter().enumerate() {
            ws.write(4, 2 + i as u16, *h).unwrap();
            ws.write(4, 5 + i as u16, *h).unwrap();
        }
        let rows = [
            ("Jumlah kampung mandiri", [3.0, 3.0, 100.0, 4.0, 5.0, 125.0]),
            (
                "Jumlah BUM Kampung aktif",
                [10.0, 9.0, 90.0, 12.0, 12.0, 100.0],
            ),
            (
                "Persentase kampung tertib APBKam",
                [80.0, 84.0, 105.0, 85.0, 85.0, 100.0],
            ),
        ];
        for (i, (name, figures)) in rows.iter().enumerate() {
            let r = 5 + i as u32;
            ws.write(r, 0, (i + 1) as f64).unwrap();
            ws.write(r, 1, *name).unwrap();
            for (c, v) in figures.iter().enumerate() {
                ws.write(r, 2 + c as u16, *v).unwrap();
            }
        }
        ws.write(10, 5, "Wandoma, 14 Januari 2022").unwrap();
        wb.save(path).unwrap();
    };
    let dir = tempfile::tempdir().unwrap();
    let copied = dir.path().join("pk-2021-judul-lama.xlsx");
    build(&copied, &["PENGUKURAN KINERJA TAHUN 2020"]);
    let r = check(&copied);
    assert!(has(&r, "PK 2021", "A1", "T401"), "{:#?}", r.findings);
    let compared = dir.path().join("pk-2021.xlsx");
    build(
        &compared,
        &[
            "PENGUKURAN KINERJA TAHUN 2021",
            "(dibandingkan dengan Tahun 2020)",
        ],
    );
    let r = check(&compared);
    assert!(
        !r.findings
            .iter()
            .any(|f| f.code == rakit::rules::RuleId::T401),
        "{:#?}",
        r.findings
    );
}

/// A Rencana Aksi written as a card per indicator: its name on a labelled line (`Indikator
/// Kinerja | : | …`), its unit and its year's target on a line (`Satuan | : | % | Target
/// Tahunan | 92`), then a small table of its quarters (`Triwulan | Target | Realisasi | %
/// Capaian` over `TW I` .. `TW IV`). Every card is read as a quarterly indicator with its
/// year's target and four quarters, and a quarter's % typed wrong is found at its cell. The
/// same cards without the line labelling their periods are no Rencana Aksi.
#[test]
fn rencana_aksi_written_as_a_card_per_indicator() {
    let dir = tempfile::tempdir().unwrap();
    // name, unit, year's target, the quarters' (target, realisasi, stated %)
    type Card<'a> = (&'a str, &'a str, f64, [(f64, f64, f64); 4]);
    let cards: [Card; 3] = [
        (
            "Persentase sampel yang sesuai standar mutu",
            "%",
            92.0,
            [
                (92.0, 93.2, 101.3),
                (92.0, 92.8, 100.87),
                (92.0, 93.5, 101.63),
                (92.0, 93.9, 102.07),
            ],
        ),
        (
            "Jumlah sampel monitoring residu",
            "sampel",
            160.0,
            [
                (30.0, 30.0, 100.0),
                (45.0, 45.0, 100.0),
                // typed wrong: 50 of 50 is 100 %
                (50.0, 50.0, 90.0),
                (35.0, 38.0, 108.57),
            ],
        ),
        (
            "Jumlah uji profisiensi yang diikuti",
            "kali",
            4.0,
            [
                (1.0, 1.0, 100.0),
                (1.0, 1.0, 100.0),
                (1.0, 1.0, 100.0),
                (1.0, 2.0, 200.0),
            ],
        ),
    ];
    let write = |path: &std::path::Path, labelled: bool, label: &str| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Renaksi 2023 per IK").unwrap();
        ws.write(
            0,
            0,
            "RENCANA AKSI DAN REALISASI PER INDIKATOR KINERJA TAHUN 2023",
        )
        .unwrap();
        for (k, (name, unit, year, quarters)) in cards.iter().enumerate() {
            let top = 3 + 8 * k as u32;
            ws.write(top, 0, format!("IK-{}", k + 1)).unwrap();
            ws.write(top, 1, label).unwrap();
            ws.write(top, 2, ":").unwrap();
            ws.write(top, 3, *name).unwrap();
            ws.write(top + 1, 1, "Satuan").unwrap();
            ws.write(top + 1, 2, ":").unwrap();
            ws.write(top + 1, 3, *unit).unwrap();
            ws.write(top + 1, 5, "Target Tahunan").unwrap();
            ws.write(top + 1, 6, *year).unwrap();
            if labelled {
                for (c, l) in ["Triwulan", "Target", "Realisasi", "% Capaian"]
                    .iter()
                    .enumerate()
                {
                    ws.write(top + 2, 1 + c as u16, *l).unwrap();
                }
            }
            for (q, (t, r, p)) in quarters.iter().enumerate() {
                let row = top + 3 + q as u32;
                ws.write(row, 1, ["TW I", "TW II", "TW III", "TW IV"][q])
                    .unwrap();
                ws.write(row, 2, *t).unwrap();
                ws.write(row, 3, *r).unwrap();
                ws.write(row, 4, *p).unwrap();
            }
        }
        wb.save(path).unwrap();
    };
    let path = dir.path().join("renaksi-per-ik-2023.xlsx");
    write(&path, true, "Indikator Kinerja");
    let r = check(&path);
    assert!(r.error.is_none(), "{:?}", r.error);
    let m = &r.models[0];
    assert_eq!(m.year(), Some(2023));
    let read: Vec<_> = m
        .triwulan
        .iter()
        .map(|t| {
            (
                t.nama.clone(),
                t.nama_cell,
                t.satuan.clone(),
                t.annual.as_ref().map(|f| (f.row, f.col)),
                t.quarters.iter().map(|q| q.q).collect::<Vec<_>>(),
            )
        })
        .collect();
    let expected: Vec<_> = cards
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let top = 3 + 8 * k as u32;
            (
                c.0.to_string(),
                (top, 3),
                Some(c.1.to_string()),
                Some((top + 1, 6)),
                vec![1, 2, 3, 4],
            )
        })
        .collect();
    assert_eq!(read, expected);
    // the indicator labelled by its short name alone (`IKU :`), as it is by its long one
    let short = dir.path().join("renaksi-per-iku-2023.xlsx");
    write(&short, true, "IKU");
    let s = check(&short);
    let names: Vec<_> = s
        .models
        .iter()
        .flat_map(|m| &m.triwulan)
        .map(|t| (t.nama.clone(), t.nama_cell))
        .collect();
    let want: Vec<_> = expected.iter().map(|e| (e.0.clone(), e.1)).collect();
    assert_eq!(names, want);
    let errors = cells(&r, Severity::Error);
    assert_eq!(
        errors,
        expect_set(&[("Renaksi 2023 per IK", "E17", "C101")]),
        "{:#?}",
        r.findings
    );
    // without the line labelling the periods: not read as cards of quarters
    let path = dir.path().join("tanpa-label-triwulan-2023.xlsx");
    write(&path, false, "Indikator Kinerja");
    let r = check(&path);
    assert!(
        r.models.iter().all(|m| m.triwulan.is_empty()),
        "{:#?}",
        r.models
    );
}
