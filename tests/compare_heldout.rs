//! `rakit compare` on held-out agencies, four years each, in layouts other than Banjar's:
//!
//! - an annual Pengukuran Kinerja with other header words and column order, years as separate
//!   files (generated here);
//! - a Rencana Aksi (the annual target and the quarters' realisasi), years as the sheets of one
//!   workbook in no particular order (generated here);
//! - the evaluation form of Permendagri 86/2017 (E.81), years as separate files
//!   (`tests/data/years`, built by `cargo run -p xtask -- years`).
//!
//! Their names drift as real ones do (spelling variants, words added, dropped and moved,
//! abbreviations, "Rata - rata", an indicator typed into the Sasaran column, rows reordered)
//! and look-alikes stand beside them (Mikro / Kecil / Menengah, SD / SMP, Jumlah /
//! Persentase, UMKM / IKM). The measure: every indicator a person calls the same falls into
//! one group, no group holds two different indicators, and every year's target and realisasi
//! in the comparison equal the cells they were written to.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader};
use common::*;
use rakit::compare::{self, CompareConfig, Comparison, Fig};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook};

/// One indicator row as written: the year, the name, what a person calls it (the same
/// `same_as` is the same indicator), and where its figures are.
#[derive(Debug, Clone)]
struct Written {
    year: i32,
    name: String,
    same_as: String,
    /// file name, sheet, Excel row
    file: String,
    sheet: String,
    row: u32,
    /// the figures written (None: the test does not know them; the source cell decides)
    target: Option<f64>,
    realisasi: Option<f64>,
}

/// An indicator of a generated agency: its id, unit, sasaran and its name in each of the
/// four years (`None`: not in that year's table).
struct Ind {
    id: &'static str,
    unit: &'static str,
    sasaran: usize,
    names: [Option<&'static str>; 4],
}

const fn ind(
    id: &'static str,
    unit: &'static str,
    sasaran: usize,
    names: [Option<&'static str>; 4],
) -> Ind {
    Ind {
        id,
        unit,
        sasaran,
        names,
    }
}

/// The figures of indicator `i` in year index `y`: (target, realisasi).
fn figures(i: usize, y: usize, unit: &str) -> (f64, f64) {
    if unit == "%" || unit == "nilai" {
        let t = 60.0 + (i * 3 % 30) as f64 + y as f64 * 2.0;
        let r = t + ((i + y) % 5) as f64 - 2.0 + 0.25;
        (t, r)
    } else if unit.starts_with("Rp") {
        let t = 1500.0 + (i * 250) as f64 + y as f64 * 100.0;
        (t, t + 37.5 - (i % 3) as f64 * 50.0)
    } else {
        let t = (40 + i * 15 + y * 5) as f64;
        (t, t + ((i * 7 + y) % 9) as f64 - 4.0)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

// ---------------------------------------------------------------------------------------------
// Agency 1: an annual PK, other header words and column order, one file a year

const PK_YEARS: [i32; 4] = [2019, 2020, 2021, 2022];

const PK_SASARAN: [&str; 3] = [
    "Meningkatnya akses pendidikan dasar",
    "Meningkatnya mutu pendidikan dasar",
    "Meningkatnya tata kelola perangkat daerah",
];

const PK: &[Ind] = &[
    ind(
        "apm-sd",
        "%",
        0,
        [
            Some("Angka Partisipasi Murni (APM) SD"),
            Some("Angka Partisipasi Murni SD"),
            Some("APM SD"),
            Some("APM jenjang SD"),
        ],
    ),
    ind(
        "apm-smp",
        "%",
        0,
        [
            Some("Angka Partisipasi Murni (APM) SMP"),
            Some("Angka Partisipasi Murni SMP"),
            Some("APM SMP"),
            Some("APM jenjang SMP"),
        ],
    ),
    ind(
        "paud",
        "%",
        0,
        [
            Some("Angka Partisipasi Kasar PAUD"),
            Some("APK PAUD"),
            Some("Angka Partisipasi Kasar (APK) PAUD"),
            Some("APK PAUD"),
        ],
    ),
    ind(
        "putus-sd",
        "%",
        0,
        [
            Some("Angka putus sekolah SD"),
            Some("Angka putus sekolah jenjang SD"),
            Some("Angka Putus Sekolah (APS) SD"),
            Some("Angka putus sekolah SD"),
        ],
    ),
    ind(
        "guru-jumlah",
        "orang",
        1,
        [
            Some("Jumlah guru yang bersertifikat pendidik"),
            Some("Jumlah guru bersertifikat pendidik"),
            Some("Jumlah guru bersertifikat pendidik"),
            Some("Jumlah guru yang telah bersertifikat pendidik"),
        ],
    ),
    ind(
        "guru-persen",
        "%",
        1,
        [
            Some("Persentase guru yang bersertifikat pendidik"),
            Some("Prosentase guru bersertifikat pendidik"),
            Some("Persentase guru bersertifikat pendidik"),
            Some("Presentase guru yang telah bersertifikat pendidik"),
        ],
    ),
    ind(
        "nilai-sd",
        "nilai",
        1,
        [
            Some("Rata-rata nilai ujian sekolah SD"),
            Some("Rata - rata nilai ujian sekolah SD"),
            Some("Nilai rata-rata ujian sekolah SD"),
            Some("Rata rata nilai ujian sekolah jenjang SD"),
        ],
    ),
    ind(
        "nilai-smp",
        "nilai",
        1,
        [
            Some("Rata-rata nilai ujian sekolah SMP"),
            Some("Rata - rata nilai ujian sekolah SMP"),
            Some("Nilai rata-rata ujian sekolah SMP"),
            Some("Rata rata nilai ujian sekolah jenjang SMP"),
        ],
    ),
    ind(
        "akreditasi-sd",
        "%",
        1,
        [
            Some("Persentase SD terakreditasi minimal B"),
            Some("Persentase SD yang terakreditasi minimal B"),
            Some("Prosentase sekolah SD terakreditasi minimal B"),
            Some("Persentase SD terakreditasi minimal B"),
        ],
    ),
    ind(
        "akreditasi-smp",
        "%",
        1,
        [
            Some("Persentase SMP terakreditasi minimal B"),
            Some("Persentase SMP yang terakreditasi minimal B"),
            Some("Prosentase sekolah SMP terakreditasi minimal B"),
            Some("Persentase SMP terakreditasi minimal B"),
        ],
    ),
    // typed into the Sasaran column in 2021 (see `pk_workbook`)
    ind(
        "perpustakaan",
        "unit",
        1,
        [
            Some("Jumlah perpustakaan sekolah yang memenuhi standar"),
            Some("Jumlah perpustakaan sekolah yang memenuhi standar"),
            Some("Jumlah perpustakaan sekolah yang memenuhi standar"),
            Some("Jumlah perpustakaan sekolah memenuhi standar nasional"),
        ],
    ),
    ind(
        "beasiswa-prestasi",
        "orang",
        0,
        [
            Some("Jumlah siswa penerima beasiswa berprestasi"),
            Some("Jumlah siswa berprestasi penerima beasiswa"),
            Some("Jumlah siswa penerima beasiswa berprestasi"),
            Some("Jumlah siswa penerima beasiswa prestasi"),
        ],
    ),
    // disappears after 2020; its look-alike above stays
    ind(
        "beasiswa-miskin",
        "orang",
        0,
        [
            Some("Jumlah siswa penerima beasiswa miskin"),
            Some("Jumlah siswa miskin penerima beasiswa"),
            None,
            None,
        ],
    ),
    // appears in 2021
    ind(
        "bos-daerah",
        "unit",
        0,
        [
            None,
            None,
            Some("Jumlah sekolah penerima BOS daerah"),
            Some("Jumlah sekolah penerima BOSDA"),
        ],
    ),
    ind(
        "dokumen",
        "%",
        2,
        [
            Some("Persentase dokumen perencanaan yang tepat waktu"),
            Some("Persentase dokumen perencanaan tepat waktu"),
            Some("Persentase dokumen perencanaan yang disusun tepat waktu"),
            Some("Persentase dokumen perencanaan tepat waktu"),
        ],
    ),
    ind(
        "sakip",
        "nilai",
        2,
        [
            Some("Nilai SAKIP Perangkat Daerah"),
            Some("Nilai SAKIP PD"),
            Some("Nilai SAKIP Perangkat Daerah"),
            Some("Nilai SAKIP Perangkat Daerah"),
        ],
    ),
];

/// The order of the rows in year `y`: each year its own (rows move within and across sasaran).
fn order(n: usize, y: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    match y {
        1 => v.reverse(),
        2 => v.rotate_left(n / 3),
        3 => v.sort_by_key(|i| (i * 7) % n),
        _ => {}
    }
    v
}

fn pk_workbook(dir: &Path, y: usize) -> (PathBuf, Vec<Written>) {
    let year = PK_YEARS[y];
    let file = format!("lkjip-disdik-{year}.xlsx");
    let sheet = format!("Tabel 3.{}", y + 1);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(&sheet).unwrap();
    let bold = Format::new().set_bold();
    let two = Format::new().set_num_format("0.00");
    ws.write_with_format(
        0,
        0,
        format!("LAPORAN PENGUKURAN KINERJA TAHUN {year}"),
        &bold,
    )
    .unwrap();
    ws.write(1, 0, "DINAS PENDIDIKAN KABUPATEN CONTOH").unwrap();
    // other words, and the unit after the target
    for (c, h) in [
        "No.",
        "Sasaran Strategis",
        "Indikator Kinerja Utama",
        "Target",
        "Satuan",
        "Realisasi",
        "Capaian (%)",
    ]
    .iter()
    .enumerate()
    {
        ws.write_with_format(3, c as u16, *h, &bold).unwrap();
    }
    let mut written = Vec::new();
    let mut row = 4u32;
    let mut last_sasaran = usize::MAX;
    let mut n = 0;
    for i in order(PK.len(), y) {
        let ind = &PK[i];
        let Some(name) = ind.names[y] else { continue };
        n += 1;
        let (t, r) = figures(i, y, ind.unit);
        ws.write(row, 0, n).unwrap();
        let in_sasaran_col = ind.id == "perpustakaan" && year == 2021;
        if in_sasaran_col {
            // the indicator typed one column to the left, its own cell empty
            ws.write(row, 1, name).unwrap();
            last_sasaran = usize::MAX;
        } else {
            if ind.sasaran != last_sasaran {
                ws.write(row, 1, PK_SASARAN[ind.sasaran]).unwrap();
                last_sasaran = ind.sasaran;
            }
            ws.write(row, 2, name).unwrap();
        }
        ws.write(row, 3, t).unwrap();
        ws.write(row, 4, ind.unit).unwrap();
        ws.write(row, 5, r).unwrap();
        ws.write_with_format(row, 6, round2(r / t * 100.0), &two)
            .unwrap();
        written.push(Written {
            year,
            name: name.to_string(),
            same_as: ind.id.to_string(),
            file: file.clone(),
            sheet: sheet.clone(),
            row: row + 1,
            target: Some(t),
            realisasi: Some(r),
        });
        row += 1;
    }
    ws.write(
        row + 1,
        0,
        format!("Jumlah Anggaran Tahun {year} : Rp. 5.250.000.000"),
    )
    .unwrap();
    ws.write(row + 3, 5, format!("Kota Contoh, 31 Desember {year}"))
        .unwrap();
    let path = dir.join(&file);
    wb.save(&path).unwrap();
    (path, written)
}

// ---------------------------------------------------------------------------------------------
// Agency 2: a Rencana Aksi, the years as sheets of one workbook

const RA_YEARS: [i32; 4] = [2020, 2021, 2022, 2023];

const RA_SASARAN: [&str; 2] = [
    "Meningkatnya daya saing usaha mikro, kecil dan menengah",
    "Meningkatnya kualitas kelembagaan koperasi",
];

const RA: &[Ind] = &[
    ind(
        "mikro",
        "unit",
        0,
        [
            Some("Jumlah Usaha Mikro yang naik kelas"),
            Some("Jumlah usaha mikro naik kelas"),
            Some("Jumlah Usaha Mikro yang naik kelas"),
            Some("Jumlah Usaha Mikro yang berhasil naik kelas"),
        ],
    ),
    ind(
        "kecil",
        "unit",
        0,
        [
            Some("Jumlah Usaha Kecil yang naik kelas"),
            Some("Jumlah usaha kecil naik kelas"),
            Some("Jumlah Usaha Kecil yang naik kelas"),
            Some("Jumlah Usaha Kecil yang berhasil naik kelas"),
        ],
    ),
    ind(
        "menengah",
        "unit",
        0,
        [
            Some("Jumlah Usaha Menengah yang naik kelas"),
            Some("Jumlah usaha menengah naik kelas"),
            Some("Jumlah Usaha Menengah yang naik kelas"),
            Some("Jumlah Usaha Menengah yang berhasil naik kelas"),
        ],
    ),
    ind(
        "omzet",
        "Rp (juta)",
        0,
        [
            Some("Rata - rata omzet UMKM binaan"),
            Some("Rata-rata omset UMKM binaan"),
            Some("Rata-rata omzet UMKM yang dibina"),
            Some("Rata rata omset UMKM binaan"),
        ],
    ),
    ind(
        "wirausaha",
        "orang",
        0,
        [
            Some("Jumlah wirausaha baru"),
            Some("Jumlah wirausaha baru yang difasilitasi"),
            Some("Jumlah wira usaha baru"),
            Some("Jumlah wirausaha baru"),
        ],
    ),
    ind(
        "pelatihan",
        "orang",
        0,
        [
            Some("Jumlah UMKM yang mengikuti pelatihan"),
            Some("Jumlah pelaku UMKM yang mengikuti pelatihan"),
            Some("Jumlah UMKM yang mengikuti pelatihan"),
            Some("Jumlah UMKM yang mengikuti pelatihan kewirausahaan"),
        ],
    ),
    ind(
        "halal-umkm",
        "unit",
        0,
        [
            Some("Jumlah UMKM yang tersertifikasi halal"),
            Some("Jumlah UMKM tersertifikasi halal"),
            Some("Jumlah UMKM yang tersertifikasi halal"),
            Some("Jumlah UMKM yang memiliki sertifikat halal"),
        ],
    ),
    ind(
        "halal-ikm",
        "unit",
        0,
        [
            Some("Jumlah IKM yang tersertifikasi halal"),
            Some("Jumlah IKM tersertifikasi halal"),
            Some("Jumlah IKM yang tersertifikasi halal"),
            Some("Jumlah IKM yang memiliki sertifikat halal"),
        ],
    ),
    ind(
        "koperasi-persen",
        "%",
        1,
        [
            Some("Persentase koperasi sehat"),
            Some("Prosentase koperasi yang sehat"),
            Some("Persentase koperasi sehat"),
            Some("Persentase koperasi dalam kondisi sehat"),
        ],
    ),
    ind(
        "koperasi-jumlah",
        "unit",
        1,
        [
            Some("Jumlah koperasi sehat"),
            Some("Jumlah koperasi yang sehat"),
            Some("Jumlah koperasi sehat"),
            Some("Jumlah koperasi dalam kondisi sehat"),
        ],
    ),
    ind(
        "rat",
        "%",
        1,
        [
            Some("Persentase koperasi yang melaksanakan RAT tepat waktu"),
            Some("Prosentase koperasi melaksanakan RAT tepat waktu"),
            Some("Persentase koperasi yang melaksanakan RAT"),
            Some("Persentase koperasi yang melaksanakan RAT tepat waktu"),
        ],
    ),
];

fn ra_sheet(wb: &mut Workbook, y: usize, file: &str) -> Vec<Written> {
    let year = RA_YEARS[y];
    let sheet = format!("RA {year}");
    let ws = wb.add_worksheet();
    ws.set_name(&sheet).unwrap();
    let f = Format::new();
    ws.write(
        0,
        0,
        format!("RENCANA AKSI PERJANJIAN KINERJA TAHUN {year}"),
    )
    .unwrap();
    ws.write(1, 0, "DINAS KOPERASI DAN UKM KOTA CONTOH")
        .unwrap();
    ws.merge_range(3, 0, 4, 0, "No", &f).unwrap();
    ws.merge_range(3, 1, 4, 1, "Sasaran", &f).unwrap();
    ws.merge_range(3, 2, 4, 2, "Indikator Kinerja", &f).unwrap();
    ws.merge_range(3, 3, 4, 3, "Satuan", &f).unwrap();
    ws.merge_range(3, 4, 4, 4, "Target Tahunan", &f).unwrap();
    for (q, tw) in ["TW I", "TW II", "TW III", "TW IV"].iter().enumerate() {
        let c = 5 + 3 * q as u16;
        ws.merge_range(3, c, 3, c + 2, tw, &f).unwrap();
        ws.write(4, c, "Target").unwrap();
        ws.write(4, c + 1, "Realisasi").unwrap();
        ws.write(4, c + 2, "%").unwrap();
    }
    let mut written = Vec::new();
    let mut row = 5u32;
    let mut last_sasaran = usize::MAX;
    for (n, i) in order(RA.len(), (y + 2) % 4).into_iter().enumerate() {
        let ind = &RA[i];
        let Some(name) = ind.names[y] else { continue };
        let (t, r) = figures(i + 20, y, ind.unit);
        ws.write(row, 0, (n + 1) as u32).unwrap();
        if ind.sasaran != last_sasaran {
            ws.write(row, 1, RA_SASARAN[ind.sasaran]).unwrap();
            last_sasaran = ind.sasaran;
        }
        ws.write(row, 2, name).unwrap();
        ws.write(row, 3, ind.unit).unwrap();
        ws.write(row, 4, t).unwrap();
        let ratio = ind.unit == "%";
        for q in 0..4 {
            let c = 5 + 3 * q as u16;
            // a % is the same each quarter; counts and amounts add up over the year
            let share = if ratio { 1.0 } else { (q + 1) as f64 / 4.0 };
            let (qt, qr) = if q == 3 {
                (t, r)
            } else {
                (round2(t * share), round2(r * share))
            };
            ws.write(row, c, qt).unwrap();
            ws.write(row, c + 1, qr).unwrap();
            ws.write(row, c + 2, round2(qr / qt * 100.0)).unwrap();
        }
        written.push(Written {
            year,
            name: name.to_string(),
            same_as: ind.id.to_string(),
            file: file.to_string(),
            sheet: sheet.clone(),
            row: row + 1,
            target: Some(t),
            realisasi: Some(r),
        });
        row += 1;
    }
    written
}

fn ra_workbook(dir: &Path) -> (PathBuf, Vec<Written>) {
    let file = "renaksi-diskopukm-2020-2023.xlsx";
    let mut wb = Workbook::new();
    let mut written = Vec::new();
    // the sheets in no year order
    for y in [2, 0, 3, 1] {
        written.extend(ra_sheet(&mut wb, y, file));
    }
    let path = dir.join(file);
    wb.save(&path).unwrap();
    (path, written)
}

// ---------------------------------------------------------------------------------------------
// Agency 3: the evaluation form, from tests/data/years

fn evaluation() -> (Vec<PathBuf>, Vec<Written>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/years");
    let key: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("years.json")).unwrap()).unwrap();
    let mut files = Vec::new();
    let mut written = Vec::new();
    for f in key.as_array().unwrap() {
        let file = f["file"].as_str().unwrap();
        let path = dir.join(file);
        let sheet = open_workbook_auto(&path).unwrap().sheet_names()[0].clone();
        for i in f["indicators"].as_array().unwrap() {
            written.push(Written {
                year: f["year"].as_i64().unwrap() as i32,
                name: i["written"].as_str().unwrap().to_string(),
                same_as: i["same_as"].as_str().unwrap().to_string(),
                file: file.to_string(),
                sheet: sheet.clone(),
                row: i["row"].as_u64().unwrap() as u32,
                target: None,
                realisasi: None,
            });
        }
        files.push(path);
    }
    (files, written)
}

// ---------------------------------------------------------------------------------------------
// The measure

fn file_name(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

/// A number from a source cell as calamine reads it (the cached value of a formula).
fn cell_number(files: &[PathBuf], fig: &Fig) -> Option<f64> {
    let path = files
        .iter()
        .find(|f| *f.display().to_string() == **fig.source.path())?;
    let mut wb = open_workbook_auto(path).ok()?;
    let range = wb.worksheet_range(fig.source.sheet()).ok()?;
    let (row, col) = rakit::read::parse_cell_name(&fig.source.cell.to_string())?;
    match range.get_value((row, col))? {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

fn dec(x: f64) -> Decimal {
    Decimal::from_f64_retain(x).unwrap().round_dp(6).normalize()
}

/// Everything wrong with a comparison against what was written: groups that hold two
/// indicators, indicators split over groups, rows not compared, figures that differ from
/// their cells.
fn judge(c: &Comparison, files: &[PathBuf], written: &[Written]) -> Vec<String> {
    let mut problems = Vec::new();
    let key = |year: i32, file: &str, row: u32| (year, file.to_string(), row);
    let truth: BTreeMap<_, &Written> = written
        .iter()
        .map(|w| (key(w.year, &w.file, w.row), w))
        .collect();
    let mut groups_of: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (gi, g) in c.groups.iter().enumerate() {
        let mut ids = BTreeSet::new();
        for e in &g.entries {
            let k = key(e.year, file_name(e.source.path()), e.source.row);
            let Some(w) = truth.get(&k) else {
                problems.push(format!("not written: {k:?} {:?}", e.name));
                continue;
            };
            seen.insert(k.clone());
            if e.name != w.name {
                problems.push(format!("{k:?}: name {:?}, written {:?}", e.name, w.name));
            }
            ids.insert(w.same_as.as_str());
            groups_of.entry(w.same_as.as_str()).or_default().insert(gi);
            // the figures: those written, in the cells the comparison names
            for (what, fig, want) in [
                ("target", &e.target, w.target),
                ("realisasi", &e.realisasi, w.realisasi),
            ] {
                let Some(fig) = fig else {
                    problems.push(format!("{k:?} {}: no {what}", w.name));
                    continue;
                };
                if fig.source.row != w.row || **fig.source.sheet() != *w.sheet {
                    problems.push(format!("{k:?} {what}: from {:?}", fig.source));
                }
                let cell = cell_number(files, fig);
                if cell.map(dec) != Some(dec(fig.value.try_into().unwrap())) {
                    problems.push(format!(
                        "{k:?} {what}: {} but the cell {} holds {cell:?}",
                        fig.value, fig.source.cell
                    ));
                }
                if let Some(want) = want {
                    if fig.value.normalize() != dec(want) {
                        problems.push(format!("{k:?} {what}: {} written {want}", fig.value));
                    }
                }
            }
        }
        if ids.len() > 1 {
            let names: Vec<String> = g
                .entries
                .iter()
                .map(|e| format!("{} {:?}", e.year, e.name))
                .collect();
            problems.push(format!("wrong merge of {ids:?}: {names:?}"));
        }
    }
    for (id, gs) in &groups_of {
        if gs.len() > 1 {
            let parts: Vec<Vec<String>> = gs
                .iter()
                .map(|gi| {
                    c.groups[*gi]
                        .entries
                        .iter()
                        .map(|e| format!("{} {:?}", e.year, e.name))
                        .collect()
                })
                .collect();
            let links: Vec<String> = c
                .links
                .iter()
                .filter(|l| {
                    parts
                        .iter()
                        .flatten()
                        .any(|p| p.ends_with(&format!("{:?}", l.to_name)))
                })
                .map(|l| {
                    format!(
                        "{} {:?} -> {} {:?}: {:?} {} ({})",
                        l.from_year,
                        l.from_name,
                        l.to_year,
                        l.to_name,
                        l.verdict.outcome,
                        l.verdict.score,
                        l.verdict.reason
                    )
                })
                .collect();
            problems.push(format!("{id} split into {parts:?}; links {links:#?}"));
        }
    }
    for w in written {
        if !seen.contains(&key(w.year, &w.file, w.row)) {
            problems.push(format!(
                "not compared: {} {:?} ({} row {})",
                w.year, w.name, w.file, w.row
            ));
        }
    }
    problems
}

fn compare_files(files: &[PathBuf]) -> Comparison {
    let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
    compare::compare(&reports, &CompareConfig::default())
}

#[test]
fn annual_tables_of_other_words_one_file_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut written = Vec::new();
    // any order
    for y in [3, 1, 0, 2] {
        let (p, w) = pk_workbook(dir.path(), y);
        files.push(p);
        written.extend(w);
    }
    let c = compare_files(&files);
    assert_eq!(c.years, PK_YEARS);
    let problems = judge(&c, &files, &written);
    assert!(problems.is_empty(), "{problems:#?}");
    // the JSON gives the same figures as plain decimal strings
    let v = c.to_json_value(rakit::i18n::Lang::Id);
    for w in &written {
        let ind = v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["names"][w.year.to_string()] == w.name.as_str())
            .unwrap_or_else(|| panic!("{w:?}"));
        let y = &ind["years"][w.year.to_string()];
        assert_eq!(y["target"], dec(w.target.unwrap()).to_string(), "{w:?}");
        assert_eq!(
            y["realisasi"],
            dec(w.realisasi.unwrap()).to_string(),
            "{w:?}"
        );
    }
}

#[test]
fn rencana_aksi_years_as_sheets_of_one_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let (path, written) = ra_workbook(dir.path());
    let files = vec![path];
    let c = compare_files(&files);
    assert_eq!(c.years, RA_YEARS);
    let problems = judge(&c, &files, &written);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn evaluation_forms_one_file_a_year() {
    let (files, written) = evaluation();
    let c = compare_files(&files);
    assert_eq!(c.years, [2021, 2022, 2023, 2024]);
    let problems = judge(&c, &files, &written);
    assert!(problems.is_empty(), "{problems:#?}");
}
