//! The monthly Rencana Aksi / Laporan Bulanan: held-out workbooks written here by the
//! generator of the sample (`xtask/src/bulanan.rs`) with other wordings than the sample's
//! (abbreviated and upper-case months typed with trailing spaces, T / R / % sub-columns,
//! months holding realisasi only beside the year's target, Sasaran or Program / Kegiatan
//! levels, with and without anggaran, a report at the end of Juni, the month row repeated
//! inside the table as a printed page's header), as `.xlsx` and, through
//! LibreOffice, `.ods`. Every row with a planted mistake gets an error or a warning on that
//! row; no clean row gets one.

#[path = "../xtask/src/bulanan.rs"]
mod bulanan;
mod common;
#[path = "common/lo.rs"]
mod lo;

use std::path::{Path, PathBuf};

use bulanan::{Levels, Mistake, Months, Params, MONTHS_FULL};
use common::*;
use rakit::layout::TableKind;
use rakit::rules::Severity;

/// Upper case, abbreviated, typed with trailing spaces; T / R / % under each; Sasaran
/// level, no anggaran; a numbering row under the header.
fn abbreviated() -> Params {
    Params {
        seed: 7,
        sheet: "LAPORAN BULANAN",
        title: "LAPORAN BULANAN CAPAIAN KINERJA",
        agency: "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KABUPATEN SINTANG",
        place: "Sintang",
        year: 2025,
        months: [
            "JAN ", "PEB ", "MAR ", "APR ", "MEI ", "JUN ", "JUL ", "AGT ", "SEPT ", "OKT ",
            "NOP ", "DES ",
        ],
        layout: Months::Triple(["T", "R", "%"]),
        levels: Levels::Sasaran,
        anggaran: false,
        filled: 12,
        target_label: "Target 2025",
        total_label: "Jumlah",
        capaian_label: "% Capaian",
        group_label: "Bulan",
        numbering_row: true,
        repeat_months_at: Some(3),
        mistakes: vec![
            (0, Mistake::WrongPercent),
            (2, Mistake::TextWithUnit),
            (4, Mistake::TotalMismatch),
        ],
    }
}

/// One realisasi column a month beside the year's target, Program / Kegiatan with their
/// anggaran, reported to the end of Juni.
fn realisasi_only() -> Params {
    Params {
        seed: 11,
        sheet: "Realisasi Bulanan",
        title: "REALISASI BULANAN RENCANA AKSI",
        agency: "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BONE",
        place: "Watampone",
        year: 2024,
        months: [
            "Januari  ",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agust",
            "Sep",
            "Oktober",
            "Nopember",
            "Desember",
        ],
        layout: Months::RealisasiOnly,
        levels: Levels::ProgramKegiatan,
        anggaran: true,
        filled: 6,
        target_label: "Target Tahunan",
        total_label: "Realisasi s/d Juni",
        capaian_label: "Capaian",
        group_label: "Realisasi Bulanan",
        numbering_row: false,
        repeat_months_at: Some(3),
        mistakes: vec![
            (1, Mistake::TextWithUnit),
            (2, Mistake::WrongPercent),
            (5, Mistake::TotalMismatch),
        ],
    }
}

/// Full month names, "Target / Realisasi / Capaian (%)", Sasaran level, nine months reported.
fn rencana_aksi() -> Params {
    Params {
        seed: 23,
        sheet: "RENAKSI",
        title: "RENCANA AKSI TAHUN 2023",
        agency: "DINAS KESEHATAN KABUPATEN LOMBOK TIMUR",
        place: "Selong",
        year: 2023,
        months: MONTHS_FULL,
        layout: Months::Triple(["Target", "Realisasi", "Capaian (%)"]),
        levels: Levels::Sasaran,
        anggaran: true,
        filled: 9,
        target_label: "Target",
        total_label: "Total",
        capaian_label: "Capaian Kinerja (%)",
        group_label: "Rencana Aksi",
        numbering_row: false,
        repeat_months_at: None,
        mistakes: vec![
            (2, Mistake::TotalMismatch),
            (4, Mistake::WrongPercent),
            (5, Mistake::TextWithUnit),
        ],
    }
}

/// The held-out workbooks with their keys: three `.xlsx` and the `.ods` LibreOffice makes of
/// two of them.
fn heldout(dir: &Path) -> Vec<(PathBuf, bulanan::Key)> {
    let mut out = Vec::new();
    for (name, p) in [
        ("bulanan-singkat.xlsx", abbreviated()),
        ("bulanan-realisasi.xlsx", realisasi_only()),
        ("rencana-aksi-bulanan.xlsx", rencana_aksi()),
    ] {
        let path = dir.join(name);
        let key = bulanan::write(&path, &p).unwrap();
        assert_eq!(key.mistakes.len(), 3, "{name}: {key:?}");
        out.push((path, key));
    }
    if lo::soffice_available() {
        let xlsx: Vec<PathBuf> = out[..2].iter().map(|(p, _)| p.clone()).collect();
        let ods = lo::convert(&xlsx, "ods", &dir.join("ods")).unwrap();
        for (o, i) in ods.into_iter().zip(0..2) {
            let key = out[i].1.clone();
            out.push((o, key));
        }
    }
    out
}

#[test]
fn every_mistake_row_gets_a_finding_and_clean_rows_none() {
    let dir = tempfile::tempdir().unwrap();
    for (path, key) in heldout(dir.path()) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let r = check(&path);
        assert_eq!(r.sheets.len(), 1, "{name}: {:?}", r.sheets);
        assert_eq!(r.sheets[0].layout, TableKind::Monthly, "{name}");
        assert_eq!(
            r.sheets[0].indicators,
            key.rows.len(),
            "{name}: {:#?}",
            r.findings
        );
        let view = rakit::report::FileView::of(&r, rakit::i18n::Lang::Id);
        eprintln!(
            "{name}: {:?}",
            view.findings
                .iter()
                .map(|f| format!("{} {}", f.code, f.cell))
                .collect::<Vec<_>>()
        );
        let serious = |row: u32| -> Vec<String> {
            view.findings
                .iter()
                .filter(|f| f.sheet == key.sheet && f.row == row)
                .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
                .map(|f| format!("{} {}: {}", f.code, f.cell, f.message))
                .collect()
        };
        for m in &key.mistakes {
            assert!(
                !serious(m.row).is_empty(),
                "{name}: {} at {} ({}) has no finding: {:#?}",
                m.kind.key(),
                m.cell,
                m.note,
                r.findings
            );
        }
        for row in &key.clean_rows {
            assert!(
                serious(*row).is_empty(),
                "{name}: clean row {row} has {:?}",
                serious(*row)
            );
        }
        // nothing outside the rows either (a header or a month label row read as data)
        let elsewhere: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info && !key.rows.contains(&(f.row + 1)))
            .map(|f| format!("{} {}", f.code, f.cell()))
            .collect();
        assert!(elsewhere.is_empty(), "{name}: {elsewhere:?}");
        // each kind of mistake by the rule that names it
        for m in &key.mistakes {
            let want = match m.kind {
                Mistake::WrongPercent => "C101",
                Mistake::TextWithUnit | Mistake::TotalMismatch => "Q605",
            };
            assert!(
                r.findings
                    .iter()
                    .any(|f| f.code == want && f.row + 1 == m.row),
                "{name}: {} at {} is not {want}: {:#?}",
                m.kind.key(),
                m.cell,
                r.findings
            );
        }
    }
}

/// The months' columns are figures of their month, never the unit or the name, and the
/// year's columns are the year's.
#[test]
fn months_are_periods_not_units_or_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    let key = bulanan::write(&path, &abbreviated()).unwrap();
    let wb = rakit::read::load(&path).unwrap();
    let models = rakit::forms::build(&wb, None);
    assert_eq!(models.len(), 1);
    let m = &models[0];
    let t = &m.tables[0];
    let month_cols: Vec<u32> = t
        .qcols
        .iter()
        .filter(|(k, _)| k.starts_with("bulan"))
        .map(|(_, c)| *c)
        .collect();
    assert_eq!(month_cols.len(), 36, "{:?}", t.qcols);
    for k in [
        "indikator",
        "satuan",
        "sasaran",
        "target",
        "realisasi",
        "capaian",
    ] {
        let c = t.qcols.get(k).copied();
        assert!(c.is_some(), "{k} not found: {:?}", t.qcols);
        assert!(!month_cols.contains(&c.unwrap()), "{k} is a month column");
    }
    // the month row and the T / R / % row are header, the numbering row is skipped
    assert_eq!(t.first_row + 1, key.rows[0], "{t:?}");
    assert_eq!(m.triwulan.len(), key.rows.len());
    for ind in &m.triwulan {
        assert_eq!(ind.period, rakit::model::PeriodKind::Month);
        assert_eq!(ind.quarters.len(), 12, "{}", ind.nama);
        assert!(rakit::layout::monthly::month(&ind.nama).is_none());
        assert!(ind.realisasi_tahunan.is_some() && ind.capaian_tahunan.is_some());
        assert_eq!(ind.level, Some(rakit::layout::Level::Sasaran));
    }
    // a cumulative percentage: the year's realisasi is December's
    let pct = m
        .triwulan
        .iter()
        .find(|i| i.nama.starts_with("Persentase"))
        .unwrap();
    let dec = pct.quarters[11].realisasi.as_ref().unwrap();
    assert_eq!(
        pct.realisasi_tahunan
            .as_ref()
            .unwrap()
            .reading
            .quantity()
            .map(|q| q.value),
        dec.reading.quantity().map(|q| q.value)
    );
}

/// Levels and the months holding realisasi only: Program and Kegiatan with their names as
/// induk, the year's target beside the months, no month target.
#[test]
fn realisasi_only_months_at_program_and_kegiatan_level() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.xlsx");
    bulanan::write(&path, &realisasi_only()).unwrap();
    let wb = rakit::read::load(&path).unwrap();
    let m = &rakit::forms::build(&wb, None)[0];
    use rakit::layout::Level;
    let levels: Vec<Option<Level>> = m.triwulan.iter().map(|i| i.level).collect();
    assert_eq!(
        levels,
        [Level::Program, Level::Kegiatan, Level::Kegiatan]
            .repeat(2)
            .into_iter()
            .map(Some)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        m.triwulan[1].induk.as_deref(),
        Some("Pengelolaan Konten dan Perencanaan Media Komunikasi Publik")
    );
    for ind in &m.triwulan {
        assert!(ind.annual.is_some());
        assert!(ind.anggaran.is_some(), "{}", ind.nama);
        assert!(ind
            .quarters
            .iter()
            .all(|p| p.target.is_none() && p.capaian.is_none()));
        assert_eq!(ind.quarters.len(), 12);
    }
    // the months reported: Januari to Juni
    let filled = m.triwulan[2]
        .quarters
        .iter()
        .filter(|p| p.realisasi.as_ref().is_some_and(|f| !f.reading.is_blank()))
        .count();
    assert_eq!(filled, 6);
}

/// The findings of a month say which month (JSON `month`, the message), never a quarter.
#[test]
fn a_month_finding_names_its_month() {
    let r = check(&sample("rencana-aksi-bulanan-2024.xlsx"));
    let doc = rakit::report::FileView::of(&r, rakit::i18n::Lang::En);
    let c101 = doc
        .findings
        .iter()
        .find(|f| f.code == "C101")
        .expect("the sample's wrong %");
    assert_eq!(c101.cell, "AA10");
    assert_eq!(c101.month, Some(7));
    assert_eq!(c101.quarter, None);
    assert!(
        c101.message.starts_with("July % capaian"),
        "{}",
        c101.message
    );
    let q605: Vec<_> = doc.findings.iter().filter(|f| f.code == "Q605").collect();
    assert_eq!(q605.len(), 2);
    assert!(
        q605[0].message.contains("N9 \"10 konten\" typed as text"),
        "{}",
        q605[0].message
    );
}

/// The mapping `--print-mapping` prints for a monthly table (`jenis = "monthly"`,
/// `bulan<n>_…` keys) reads the table back to the same findings.
#[test]
fn a_printed_monthly_mapping_reads_the_same() {
    use rakit::layout::mapping::Mapping;
    let path = sample("rencana-aksi-bulanan-2024.xlsx");
    let detected = check(&path);
    let wb = rakit::read::load(&path).unwrap();
    let models = rakit::forms::build(&wb, None);
    let tables: Vec<_> = models.iter().flat_map(|m| m.tables.clone()).collect();
    let text = Mapping::from_tables(&tables, &[]).to_toml();
    assert!(text.contains("jenis = \"monthly\""), "{text}");
    assert!(text.contains("bulan12_capaian = \"AP\""), "{text}");
    let mapping = Mapping::parse(&text).unwrap();
    let mapped = rakit::app::check_file(&path, Some(&mapping), &rakit::rules::Options::default());
    let cells = |r: &rakit::app::FileReport| -> Vec<String> {
        r.findings
            .iter()
            .map(|f| format!("{} {}", f.code, f.cell()))
            .collect()
    };
    assert_eq!(cells(&mapped), cells(&detected));
    // a month key the form does not know is refused
    assert!(Mapping::parse(&text.replace("bulan12_capaian", "bulan13_capaian")).is_err());
}
