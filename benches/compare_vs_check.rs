//! `cargo bench --bench compare_vs_check`: comparing 4 years × 100 agencies as a ratio to
//! merely checking the same 400 workbooks (issue 14 asks for at most 1.5).
//!
//! Each agency has four annual tables (2013–2016) of 30 indicators whose names drift the way
//! real ones do (Prosentase / Persentase, words added, an indicator dropped and a new one).
//! Workbooks are generated once into `target/bench-data/compare/`. Besides the summary
//! workbooks it measures the JSON document (`rakit compare --format json`: read, match,
//! print, no workbook), so both ratios are visible. Compare reads what `rakit compare`
//! reads ([`rakit::app::read_file_for_compare`]: the models, no rules); each stage is
//! timed alone, then each command start to end, against `check_file` on the same threads:
//! a run of checking, then one of each command, over and over, so that a machine whose
//! speed drifts (a shared virtual machine) slows both alike; the ratio is given of the best
//! runs and as the median of the runs' own ratios. Beside the summary workbooks it times
//! rust_xlsxwriter's floor: workbooks of as many sheets and charts with nothing else in them,
//! the least any summary written with it can take. Last, the same for the Banjar samples'
//! four years (`sample-workbooks/`), whose names drift as a real agency's did.
//! Then a second set of 100 agencies, each with its own indicators (18 to 42), aims, title,
//! headers and columns (`target/bench-data/compare-diverse/`), checked and compared the same
//! way, so that the ratio is not one of a hundred copies of one agency. A third set has
//! workbooks of a real submission's size: each agency's four years are the real Deli Serdang
//! evaluation form of `tests/data` (102 indicators, 61 KB), its years moved to 2022-2025
//! (`target/bench-data/compare-real/`); the generated tables are small, so checking them
//! takes little and a summary workbook's fixed cost weighs more against it. Last, the
//! commands themselves as a verifier types them, `rakit check -q` and `rakit compare
//! --per-folder` over the first and the third set's folders, as child processes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rakit::compare::{self, CompareConfig};
use rakit::rules::Options;
use rayon::prelude::*;
use rust_xlsxwriter::Workbook;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const AGENCIES: usize = 100;
const YEARS: [i32; 4] = [2013, 2014, 2015, 2016];

fn name(i: usize, year: i32) -> String {
    let subjects = [
        "koperasi aktif",
        "anggota koperasi",
        "usaha mikro yang aktif",
        "usaha kecil yang aktif",
        "usaha menengah yang aktif",
        "UMKM penerima modal",
        "pengurus koperasi yang ikut diklat",
        "dokumen perencanaan tepat waktu",
        "rumah tangga yang mengakses air minum layak",
        "sekolah SD yang terakreditasi",
        "sekolah SMP yang terakreditasi",
        "pelaku usaha yang mendapat pendampingan",
        "produk unggulan daerah yang dipasarkan",
        "kelompok tani yang aktif",
        "pasar tradisional yang direvitalisasi",
    ];
    let measure = if i.is_multiple_of(2) {
        "Jumlah"
    } else {
        "Persentase"
    };
    let measure = if measure == "Persentase" && year % 2 == 1 {
        "Prosentase"
    } else {
        measure
    };
    let extra = if year >= 2015 && i.is_multiple_of(5) {
        " di kabupaten"
    } else {
        ""
    };
    format!("{measure} {}{extra}", subjects[i % subjects.len()])
}

fn workbook(path: &Path, agency: usize, year: i32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(format!("PK {year}")).expect("name");
    ws.write(0, 0, "PENGUKURAN KINERJA").expect("w");
    ws.write(1, 0, format!("DINAS CONTOH {agency}")).expect("w");
    ws.write(2, 0, format!("TAHUN {year}")).expect("w");
    for (c, h) in [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "%",
    ]
    .iter()
    .enumerate()
    {
        ws.write(4, c as u16, *h).expect("w");
    }
    let mut r = 5;
    for i in 0..30usize {
        // one indicator is dropped in 2015, one appears in 2016
        if (i == 7 && year >= 2015) || (i == 29 && year < 2016) {
            continue;
        }
        let target = 100 + (i * 37 + agency) as u32 % 900 + (year as u32 - 2013) * 10;
        let real = target - (i as u32 % 7);
        ws.write(r, 0, (r - 4) as f64).expect("w");
        ws.write(r, 1, format!("Sasaran {}", i / 6 + 1)).expect("w");
        ws.write(r, 2, name(i + (i / 15) * 100, year)).expect("w");
        ws.write(r, 3, target as f64).expect("w");
        ws.write(r, 4, real as f64).expect("w");
        let pct = (real as f64 / target as f64 * 10_000.0).round() / 100.0;
        ws.write(r, 5, pct).expect("w");
        r += 1;
    }
    ws.write(
        r + 1,
        0,
        format!("Jumlah Anggaran Kegiatan Tahun {year} : Rp. 2.181.927.300"),
    )
    .expect("w");
    ws.write(
        r + 2,
        0,
        format!("Jumlah Realisasi Anggaran Kegiatan Tahun {year} : Rp. 1.611.865.497"),
    )
    .expect("w");
    wb.save(path).expect("save");
}

/// What the agencies of the second set measure: each picks its own indicators from these
/// (a prime number of them, so that a stride walks through all before repeating).
const SUBJECTS: [&str; 53] = [
    "siswa SD yang lulus ujian sekolah",
    "guru yang bersertifikat pendidik",
    "sekolah SMP yang terakreditasi A",
    "balita gizi buruk yang ditangani",
    "ibu hamil yang mendapat pelayanan K4",
    "puskesmas yang terakreditasi",
    "desa yang bebas buang air besar sembarangan",
    "jalan kabupaten dalam kondisi mantap",
    "jembatan dalam kondisi baik",
    "rumah tidak layak huni yang direhabilitasi",
    "rumah tangga yang mengakses air minum layak",
    "rumah tangga yang memiliki sanitasi layak",
    "sampah rumah tangga yang tertangani",
    "ruang terbuka hijau publik",
    "koperasi aktif",
    "anggota koperasi aktif",
    "usaha mikro yang naik kelas",
    "wirausaha baru yang dibina",
    "produksi padi",
    "produktivitas jagung per hektar",
    "kelompok tani yang aktif",
    "lahan sawah yang teririgasi",
    "kunjungan wisatawan nusantara",
    "kunjungan wisatawan mancanegara",
    "pelaku ekonomi kreatif yang dibina",
    "nilai investasi PMDN",
    "izin yang terbit tepat waktu",
    "pengaduan masyarakat yang ditindaklanjuti",
    "dokumen perencanaan yang ditetapkan tepat waktu",
    "perangkat daerah dengan nilai SAKIP minimal B",
    "rekomendasi BPK yang ditindaklanjuti",
    "ASN yang mengikuti pendidikan dan pelatihan",
    "arsip aktif yang tertata",
    "pengunjung perpustakaan daerah",
    "penduduk miskin",
    "PMKS yang tertangani",
    "anak terlantar yang mendapat layanan sosial",
    "kasus kekerasan terhadap perempuan yang ditangani",
    "peserta KB aktif",
    "pemuda pelopor yang dibina",
    "atlet yang berprestasi di tingkat provinsi",
    "titik rawan bencana yang tertangani",
    "kejadian kebakaran yang tertangani dalam 15 menit",
    "pelanggaran perda yang ditindak",
    "desa mandiri",
    "BUMDes yang aktif",
    "pendapatan asli daerah",
    "pasar rakyat yang direvitalisasi",
    "industri kecil menengah yang bersertifikat halal",
    "pencari kerja yang ditempatkan",
    "lulusan pelatihan kerja yang bekerja",
    "ternak yang divaksinasi",
    "produksi perikanan budidaya",
];

/// The agencies' aims, each agency taking a few of them.
const AIMS: [&str; 11] = [
    "Meningkatnya kualitas pelayanan publik",
    "Meningkatnya akses dan mutu pendidikan",
    "Meningkatnya derajat kesehatan masyarakat",
    "Meningkatnya kualitas infrastruktur daerah",
    "Meningkatnya daya saing koperasi dan usaha mikro",
    "Meningkatnya ketahanan pangan",
    "Meningkatnya kunjungan wisata",
    "Meningkatnya akuntabilitas kinerja perangkat daerah",
    "Menurunnya angka kemiskinan",
    "Meningkatnya perlindungan sosial",
    "Meningkatnya kualitas lingkungan hidup",
];

/// The second set: every agency its own indicators (18 to 42 of [`SUBJECTS`], each with
/// its own measure and unit), its own aims, title and headers, a unit column or none; the
/// names drift from year to year as the first set's do.
fn diverse_workbook(path: &Path, agency: usize, year: i32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(format!("PK {year}")).expect("name");
    let mut r = 0;
    let titles = [
        "PENGUKURAN KINERJA".to_string(),
        format!("PERANGKAT DAERAH CONTOH {agency}"),
        format!("TAHUN ANGGARAN {year}"),
        "KABUPATEN CONTOH".to_string(),
    ];
    for t in &titles[..2 + agency % 3] {
        ws.write(r, 0, t.as_str()).expect("w");
        r += 1;
    }
    r += 1;
    let unit_column = !agency.is_multiple_of(3);
    let mut headers = vec!["No", "Sasaran Strategis"];
    headers.push(if agency.is_multiple_of(2) {
        "Indikator Kinerja"
    } else {
        "Indikator Kinerja Utama"
    });
    if unit_column {
        headers.push("Satuan");
    }
    let (target, real) = (format!("Target {year}"), format!("Realisasi {year}"));
    if agency % 4 < 2 {
        headers.extend(["Target", "Realisasi"]);
    } else {
        headers.extend([target.as_str(), real.as_str()]);
    }
    headers.push(["%", "Capaian (%)", "% Capaian"][agency % 3]);
    for (c, h) in headers.iter().enumerate() {
        ws.write(r, c as u16, *h).expect("w");
    }
    r += 1;
    let first = r;
    let n = 18 + (agency * 7) % 25;
    let stride = 1 + (agency * 5) % 52;
    for i in 0..n {
        // one indicator is dropped in 2015, one appears in 2016
        if (i == agency % (n - 1) && year >= 2015) || (i == n - 1 && year < 2016) {
            continue;
        }
        let subject = SUBJECTS[(agency * 11 + i * stride) % SUBJECTS.len()];
        let k = agency + i * 3;
        let (measure, unit, percent) = match k % 7 {
            0 => ("Persentase", "%", true),
            1 => ("Cakupan", "%", true),
            2 => ("Tingkat", "%", true),
            3 => ("Indeks kepuasan atas", "indeks", false),
            4 => ("Rasio", "rasio", false),
            5 => ("Rata - rata", "orang", false),
            _ => ("Jumlah", "unit", false),
        };
        let measure = match measure {
            "Persentase" if year % 2 == 1 && agency.is_multiple_of(2) => "Prosentase",
            "Rata - rata" if year >= 2015 => "Rata-rata",
            m => m,
        };
        let mut name = format!("{measure} {subject}");
        if year >= 2015 && (agency + i).is_multiple_of(5) {
            name.push_str(" di kabupaten");
        }
        if year == 2016 && (agency + i).is_multiple_of(7) {
            name = name.replacen(" yang ", " ", 1);
        }
        let base = 40 + ((i * 37 + agency * 13) % 900) as u32;
        let target = if percent {
            50 + base % 50 + (year as u32 - 2013)
        } else {
            base * (1 + (k % 3) as u32 * 10) + (year as u32 - 2013) * 10
        };
        let real = target - (i as u32 * 3 + agency as u32) % 9;
        let aim = AIMS[(agency + i / 6) % AIMS.len()];
        let pct = (real as f64 / target as f64 * 10_000.0).round() / 100.0;
        ws.write(r, 0, (r - first + 1) as f64).expect("w");
        ws.write(r, 1, aim).expect("w");
        ws.write(r, 2, name.as_str()).expect("w");
        let c = if unit_column {
            ws.write(r, 3, unit).expect("w");
            4
        } else {
            3
        };
        ws.write(r, c, target as f64).expect("w");
        ws.write(r, c + 1, real as f64).expect("w");
        ws.write(r, c + 2, pct).expect("w");
        r += 1;
    }
    let budget = 1_000_000_000 + (agency as u64 * 7_919_123) % 4_000_000_000;
    let spent = budget / 100 * (70 + (agency as u64 + year as u64) % 28);
    let rp = |v: u64| {
        let digits = v.to_string();
        let mut out = String::new();
        for (j, ch) in digits.chars().enumerate() {
            if j > 0 && (digits.len() - j).is_multiple_of(3) {
                out.push('.');
            }
            out.push(ch);
        }
        out
    };
    ws.write(
        r + 1,
        0,
        format!("Jumlah Anggaran Kegiatan Tahun {year} : Rp. {}", rp(budget)),
    )
    .expect("w");
    ws.write(
        r + 2,
        0,
        format!(
            "Jumlah Realisasi Anggaran Kegiatan Tahun {year} : Rp. {}",
            rp(spent)
        ),
    )
    .expect("w");
    wb.save(path).expect("save");
}

/// The one real agency workbook in the repository: Deli Serdang's 2025 evaluation form
/// (Permendagri 86; 102 indicators on one sheet of 125 rows and 36 columns, 61 KB, with its
/// styles, comments and formulas), as `tests/data/README.md` notes.
const REAL_WORKBOOK: &str = "tests/data/deli-serdang-evaluasi-renja-2025.xlsx";

/// The real workbook as the year `year` (up to 2025): the years in its texts (title, "s/d
/// Tahun 2025", "Renja ... Tahun 2024", the date line) moved back by as many years as
/// `year` is before 2025; nothing else changes (every other part of the package is copied
/// as it is).
fn real_workbook(path: &Path, _agency: usize, year: i32) {
    use std::io::{Read, Write};
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(REAL_WORKBOOK);
    let file = std::fs::File::open(&src).expect("the real workbook in tests/data");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let out = std::fs::File::create(path).expect("create");
    let mut w = zip::ZipWriter::new(out);
    let back = 2025 - year;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).expect("entry");
        let name = entry.name().expect("a name").into_owned();
        if name == "xl/sharedStrings.xml" {
            let mut xml = String::new();
            entry.read_to_string(&mut xml).expect("UTF-8");
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            w.start_file(name, opts).expect("start");
            w.write_all(years_back(&xml, back).as_bytes())
                .expect("write");
        } else {
            drop(entry);
            let raw = zip.by_index_raw(i).expect("entry");
            w.raw_copy_file(raw).expect("copy");
        }
    }
    w.finish().expect("finish");
}

/// `text` with every free-standing year 2015-2025 moved `back` years earlier (the Renstra's
/// end, 2030, stays).
fn years_back(text: &str, back: i32) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    for i in 0..b.len().saturating_sub(3) {
        if !digit(i.wrapping_sub(1)) && (0..4).all(|k| digit(i + k)) && !digit(i + 4) {
            if let Ok(y) = text[i..i + 4].parse::<i32>() {
                if (2015..=2025).contains(&y) && i >= last {
                    out.push_str(&text[last..i]);
                    out.push_str(&(y - back).to_string());
                    last = i + 4;
                }
            }
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The agencies' workbooks in `target/bench-data/FOLDER/dinas-NNN/pk-YEAR.xlsx`, made by
/// `make` where missing.
fn data(folder: &str, make: fn(&Path, usize, i32)) -> Vec<Vec<PathBuf>> {
    data_of(folder, make, "pk", YEARS)
}

/// [`data`] with files `STEM-YEAR.xlsx` for `years`.
fn data_of(
    folder: &str,
    make: fn(&Path, usize, i32),
    stem: &str,
    years: [i32; 4],
) -> Vec<Vec<PathBuf>> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data")
        .join(folder);
    (0..AGENCIES)
        .map(|a| {
            let dir = d.join(format!("dinas-{a:03}"));
            std::fs::create_dir_all(&dir).expect("dir");
            years
                .iter()
                .map(|y| {
                    let p = dir.join(format!("{stem}-{y}.xlsx"));
                    if !p.exists() {
                        make(&p, a, *y);
                    }
                    p
                })
                .collect()
        })
        .collect()
}

/// The process's CPU time so far (user + system, every thread), from `/proc/self/stat`
/// (Linux); `None` elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // the fields after the command name in parentheses: utime and stime are 14 and 15
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    // USER_HZ, 100 on Linux
    Some(Duration::from_millis(ticks * 10))
}

/// The best wall time of `runs` runs, and the CPU time (user + system) of all of them
/// divided by `runs`.
fn best(runs: usize, mut f: impl FnMut()) -> (Duration, Option<Duration>) {
    let cpu0 = cpu_time();
    let wall = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default();
    let cpu = cpu0
        .zip(cpu_time())
        .map(|(a, b)| (b - a) / runs.max(1) as u32);
    (wall, cpu)
}

/// rust_xlsxwriter's own floor for a summary workbook: as many sheets (7) and charts as the
/// summary has, and nothing else in them (four numbers on the first sheet that every chart
/// shows): what no summary workbook written with it can take less time than.
fn floor_workbook(charts: usize) -> Vec<u8> {
    use rust_xlsxwriter::{Chart, ChartType};
    let mut wb = Workbook::new();
    wb.set_zip_compression_level(1);
    for s in 0..7 {
        let ws = wb.add_worksheet();
        if s == 0 {
            for r in 0..4u32 {
                ws.write_number(r, 0, f64::from(r)).expect("number");
            }
            for c in 0..charts {
                let mut chart = Chart::new(ChartType::Line);
                chart.add_series().set_values(("Sheet1", 0, 0, 3, 0));
                let row = 6 + 16 * u32::try_from(c).unwrap_or(0);
                ws.insert_chart(row, 2, &chart).expect("chart");
            }
        }
    }
    wb.save_to_buffer().expect("floor workbook")
}

fn main() {
    rakit::purge_freed_memory_promptly();
    rakit::no_transparent_huge_pages();
    let agencies = data("compare", workbook);
    // as `rakit check` and `rakit compare` do over several files, before any thread starts
    rakit::reuse_freed_memory_across_files();
    let opts = Options::default();
    let runs = std::env::var("RAKIT_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let check = best(runs, || {
        agencies.par_iter().for_each(|files| {
            for f in files {
                std::hint::black_box(rakit::app::check_file(f, None, &opts));
            }
        });
    });
    // what `rakit compare` reads of each file: the models and the workbook, no rules
    let read = |files: &[PathBuf]| -> Vec<_> {
        files
            .iter()
            .map(|f| rakit::app::read_file_for_compare(f, None))
            .collect()
    };
    let reading = best(runs, || {
        agencies.par_iter().for_each(|files| {
            std::hint::black_box(read(files));
        });
    });
    let reports: Vec<Vec<_>> = agencies.par_iter().map(|f| read(f)).collect();
    let mut groups = 0;
    let matching = best(runs, || {
        groups = reports
            .par_iter()
            .map(|r| compare::compare(r, &CompareConfig::default()).groups.len())
            .sum::<usize>();
    });
    let comparisons: Vec<_> = reports
        .par_iter()
        .map(|r| compare::compare(r, &CompareConfig::default()))
        .collect();
    drop(reports);
    // `rakit compare --format json`: the document instead of the workbook
    let json = best(runs, || {
        comparisons.par_iter().for_each(|c| {
            std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
        });
    });
    // RAKIT_BENCH_WORKBOOKS=0: no summary workbooks (a quicker profile of the rest)
    let workbooks = std::env::var("RAKIT_BENCH_WORKBOOKS").map_or(true, |v| v != "0");
    let runs_xlsx = if workbooks { runs } else { 0 };
    let writing = best(runs_xlsx, || {
        comparisons.par_iter().for_each(|c| {
            std::hint::black_box(c.to_xlsx(rakit::i18n::Lang::Id).expect("xlsx"));
        });
    });
    // the summary's charts: one per indicator of two years or more, and the budget's
    let charts: Vec<usize> = comparisons
        .iter()
        .map(|c| c.groups.iter().filter(|g| g.entries.len() >= 2).count() + 1)
        .collect();
    let floor = best(runs_xlsx, || {
        charts.par_iter().for_each(|&n| {
            std::hint::black_box(floor_workbook(n));
        });
    });
    drop(comparisons);
    // what a user runs, start to end, per agency: read, match, then the document or the
    // workbook; each run right after a run of checking, so that both meet the same load of
    // the machine, and the ratio is also taken run by run (its median)
    let check_of = |agencies: &[Vec<PathBuf>]| {
        agencies.par_iter().for_each(|files| {
            for f in files {
                std::hint::black_box(rakit::app::check_file(f, None, &opts));
            }
        });
    };
    let check_all = || check_of(&agencies);
    let whole_of = |agencies: &[Vec<PathBuf>], json: bool| {
        agencies.par_iter().for_each(|files| {
            let c = compare::compare(&read(files), &CompareConfig::default());
            if json {
                std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
            } else {
                std::hint::black_box(c.to_xlsx(rakit::i18n::Lang::Id).expect("xlsx"));
            }
        });
    };
    let whole = |json: bool| whole_of(&agencies, json);
    let timed = |f: &dyn Fn()| {
        let (t, cpu) = (Instant::now(), cpu_time());
        f();
        (t.elapsed(), cpu.zip(cpu_time()).map(|(a, b)| b - a))
    };
    // (check, compare --format json, compare to workbooks), wall and CPU
    let mut paired: Vec<[(Duration, Option<Duration>); 3]> = Vec::new();
    for _ in 0..runs {
        let c = timed(&check_all);
        let j = timed(&|| whole(true));
        let x = if workbooks {
            timed(&|| whole(false))
        } else {
            (Duration::ZERO, None)
        };
        paired.push([c, j, x]);
    }
    let best_of = |k: usize| {
        let wall = paired.iter().map(|p| p[k].0).min().unwrap_or_default();
        let cpu: Option<Duration> = paired.iter().map(|p| p[k].1).sum();
        (wall, cpu.map(|c| c / runs.max(1) as u32))
    };
    let (check_paired, whole_json, whole_xlsx) = (best_of(0), best_of(1), best_of(2));
    let median_ratio = |k: usize| {
        let mut r: Vec<f64> = paired
            .iter()
            .map(|p| p[k].0.as_secs_f64() / p[0].0.as_secs_f64().max(1e-9))
            .collect();
        r.sort_by(f64::total_cmp);
        r.get(r.len() / 2).copied().unwrap_or(0.0)
    };
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let cpu = |d: Option<Duration>| d.map(|d| format!("{:.0} ms", ms(d))).unwrap_or("?".into());
    let threads = rayon::current_num_threads();
    println!(
        "compare 4 years x {AGENCIES} agencies ({groups} indicator groups), {threads} threads, best of {runs} (CPU user+sys per run):"
    );
    println!(
        "  stages: check {:.1} ms ({}); compare's reading {:.1} ms ({}); matching {:.1} ms ({}); JSON documents {:.1} ms ({}); summary workbooks {:.1} ms ({})",
        ms(check.0),
        cpu(check.1),
        ms(reading.0),
        cpu(reading.1),
        ms(matching.0),
        cpu(matching.1),
        ms(json.0),
        cpu(json.1),
        ms(writing.0),
        cpu(writing.1),
    );
    println!(
        "  start to end, each run after a run of checking: check {:.1} ms ({}); compare --format json {:.1} ms ({}); compare to summary workbooks {:.1} ms ({})",
        ms(check_paired.0),
        cpu(check_paired.1),
        ms(whole_json.0),
        cpu(whole_json.1),
        ms(whole_xlsx.0),
        cpu(whole_xlsx.1),
    );
    let ratio = |a: Duration, c: Duration| ms(a) / ms(c);
    let cpu_ratio = |a: Option<Duration>, c: Option<Duration>| match (a, c) {
        (Some(a), Some(c)) => format!(", CPU {:.2}", ms(a) / ms(c)),
        _ => String::new(),
    };
    println!(
        "ratio to checking, compare --format json: wall {:.2} (median of the paired runs {:.2}){} (stages summed: wall {:.2})",
        ratio(whole_json.0, check_paired.0),
        median_ratio(1),
        cpu_ratio(whole_json.1, check_paired.1),
        (ms(reading.0) + ms(matching.0) + ms(json.0)) / ms(check.0),
    );
    println!(
        "ratio to checking, compare to summary workbooks: wall {:.2} (median of the paired runs {:.2}){} (stages summed: wall {:.2})",
        ratio(whole_xlsx.0, check_paired.0),
        median_ratio(2),
        cpu_ratio(whole_xlsx.1, check_paired.1),
        (ms(reading.0) + ms(matching.0) + ms(writing.0)) / ms(check.0),
    );
    if workbooks {
        println!(
            "rust_xlsxwriter's floor, workbooks of as many sheets and charts holding nothing else: {:.1} ms ({}), ratio to checking: wall {:.2}",
            ms(floor.0),
            cpu(floor.1),
            ms(floor.0) / ms(check.0),
        );
    }
    // runs of (checking, JSON, workbooks) over a set, one after the other
    let paired_runs = |set: &[Vec<PathBuf>]| {
        let mut pairs: Vec<[Duration; 3]> = (0..runs)
            .map(|_| {
                let c = timed(&|| check_of(set)).0;
                let j = timed(&|| whole_of(set, true)).0;
                let x = if workbooks {
                    timed(&|| whole_of(set, false)).0
                } else {
                    Duration::ZERO
                };
                [c, j, x]
            })
            .collect();
        best_and_median(&mut pairs)
    };
    let groups_of = |set: &[Vec<PathBuf>]| -> usize {
        set.par_iter()
            .map(|f| {
                compare::compare(&read(f), &CompareConfig::default())
                    .groups
                    .len()
            })
            .sum()
    };
    // the names of the generated agencies drift little (most join at once): the Banjar
    // samples' names drift as a real agency's did from 2013 to 2016, and nearly every pair
    // is scored; the same four workbooks compared as many times as there are agencies
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-workbooks");
    let banjar: Vec<PathBuf> = YEARS
        .iter()
        .map(|y| samples.join(format!("banjar-pk-{y}.xlsx")))
        .collect();
    if banjar.iter().all(|p| p.exists()) {
        let copies = vec![banjar; AGENCIES];
        let ([best_check, best_json, best_xlsx], [median_json, median_xlsx]) = paired_runs(&copies);
        println!(
            "Banjar 2013-2016 (names drifting as they really did) x {AGENCIES}: check {:.1} ms; compare --format json {:.1} ms, ratio: wall {:.2} (median of the paired runs {median_json:.2}); compare to summary workbooks {:.1} ms, ratio: wall {:.2} (median {median_xlsx:.2})",
            ms(best_check),
            ms(best_json),
            ratio(best_json, best_check),
            ms(best_xlsx),
            ratio(best_xlsx, best_check),
        );
    }
    // the second set: the first set's agencies share 30 names, one layout and one aim list,
    // so a run over them repeats itself a hundred times; here every agency has its own
    // indicators, aims, title, headers and columns, as real submissions do
    let diverse = data("compare-diverse", diverse_workbook);
    // each indicator written is one group when matching is right (none is written twice)
    let written: usize = (0..AGENCIES).map(|a| 18 + (a * 7) % 25).sum();
    let groups = groups_of(&diverse);
    let ([best_check, best_json, best_xlsx], [median_json, median_xlsx]) = paired_runs(&diverse);
    println!(
        "{AGENCIES} agencies each with its own indicators and layout ({groups} indicator groups of {written} indicators written): check {:.1} ms; compare --format json {:.1} ms, ratio: wall {:.2} (median of the paired runs {median_json:.2}); compare to summary workbooks {:.1} ms, ratio: wall {:.2} (median {median_xlsx:.2})",
        ms(best_check),
        ms(best_json),
        ratio(best_json, best_check),
        ms(best_xlsx),
        ratio(best_xlsx, best_check),
    );
    // the third set: workbooks of a real submission's size. The generated tables above are
    // small (30 indicators, 7 KB, one style), so checking them takes little, and a summary
    // workbook's fixed cost (seven sheets, a chart per indicator) weighs more against it
    // than it does against what verifiers receive; here each agency's four years are the
    // real Deli Serdang evaluation form, its years moved (2022-2025), its names the same
    let real = data_of(
        "compare-real",
        real_workbook,
        "evaluasi-renja",
        [2022, 2023, 2024, 2025],
    );
    let groups = groups_of(&real);
    let ([best_check, best_json, best_xlsx], [median_json, median_xlsx]) = paired_runs(&real);
    println!(
        "{AGENCIES} agencies each with four years of the real Deli Serdang evaluation form (102 indicators, 61 KB a file; {groups} indicator groups): check {:.1} ms; compare --format json {:.1} ms, ratio: wall {:.2} (median of the paired runs {median_json:.2}); compare to summary workbooks {:.1} ms, ratio: wall {:.2} (median {median_xlsx:.2})",
        ms(best_check),
        ms(best_json),
        ratio(best_json, best_check),
        ms(best_xlsx),
        ratio(best_xlsx, best_check),
    );
    commands(runs, workbooks, "compare", "400 generated workbooks");
    commands(runs, workbooks, "compare-real", "400 real-size workbooks");
}

/// Of runs of (checking, JSON, workbooks): the best time of each, and the median of the
/// runs' own ratios of JSON and of workbooks to checking.
fn best_and_median(pairs: &mut [[Duration; 3]]) -> ([Duration; 3], [f64; 2]) {
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let best = |k: usize| pairs.iter().map(|p| p[k]).min().unwrap_or_default();
    let bests = [best(0), best(1), best(2)];
    let mut median = |k: usize| {
        pairs.sort_by(|a, b| ratio(a[k], a[0]).total_cmp(&ratio(b[k], b[0])));
        pairs
            .get(pairs.len() / 2)
            .map_or(0.0, |p| ratio(p[k], p[0]))
    };
    (bests, [median(1), median(2)])
}

/// The commands a verifier types, as child processes, each run right after a run of
/// checking: `rakit check -q` over the 100 agencies' folder against `rakit compare
/// --per-folder` over it (JSON to nowhere, or a summary workbook per agency into a folder
/// of its own); the best runs' ratio and the median of the runs' ratios.
fn commands(runs: usize, workbooks: bool, folder: &str, label: &str) {
    use std::process::{Command, Stdio};
    let rakit = env!("CARGO_BIN_EXE_rakit");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let dir = data.join(folder);
    let out = data.join(format!("{folder}-summaries"));
    let run = |args: &[&std::ffi::OsStr]| {
        let t = Instant::now();
        let status = Command::new(rakit)
            .args(args)
            .env("RAKIT_NO_PAUSE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("rakit runs");
        // check exits 1 when a workbook has findings; 2 or worse is a failure here
        assert!(status.code().is_some_and(|c| c <= 1), "{args:?}: {status}");
        t.elapsed()
    };
    let (check, per_folder, force, o) = ("check", "--per-folder", "--force", "-o");
    let (q, format, json) = ("-q", "--format", "json");
    let mut pairs: Vec<[Duration; 3]> = (0..runs.max(3))
        .map(|_| {
            let c = run(&[check.as_ref(), q.as_ref(), dir.as_os_str()]);
            let j = run(&[
                "compare".as_ref(),
                per_folder.as_ref(),
                format.as_ref(),
                json.as_ref(),
                dir.as_os_str(),
            ]);
            let x = if workbooks {
                run(&[
                    "compare".as_ref(),
                    per_folder.as_ref(),
                    force.as_ref(),
                    o.as_ref(),
                    out.as_os_str(),
                    dir.as_os_str(),
                ])
            } else {
                Duration::ZERO
            };
            [c, j, x]
        })
        .collect();
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let ([c, j, x], [mj, mx]) = best_and_median(&mut pairs);
    println!(
        "the commands, {label} of {AGENCIES} agencies: rakit check -q {:.1} ms; rakit compare --per-folder --format json {:.1} ms, ratio {:.2} (median {mj:.2}); rakit compare --per-folder -o DIR {:.1} ms, ratio {:.2} (median {mx:.2})",
        c.as_secs_f64() * 1e3,
        j.as_secs_f64() * 1e3,
        ratio(j, c),
        x.as_secs_f64() * 1e3,
        ratio(x, c),
    );
}
