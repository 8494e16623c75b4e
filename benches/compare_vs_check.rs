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
//! runs and as the median of the runs' own ratios. Last, the same for the Banjar samples'
//! four years (`sample-workbooks/`), whose names drift as a real agency's did.

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

fn data() -> Vec<Vec<PathBuf>> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data")
        .join("compare");
    (0..AGENCIES)
        .map(|a| {
            let dir = d.join(format!("dinas-{a:03}"));
            std::fs::create_dir_all(&dir).expect("dir");
            YEARS
                .iter()
                .map(|y| {
                    let p = dir.join(format!("pk-{y}.xlsx"));
                    if !p.exists() {
                        workbook(&p, a, *y);
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

fn main() {
    rakit::purge_freed_memory_promptly();
    let agencies = data();
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
            std::hint::black_box(c.to_json(rakit::i18n::Lang::Id));
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
                std::hint::black_box(c.to_json(rakit::i18n::Lang::Id));
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
        let mut pairs: Vec<(Duration, Duration)> = (0..runs)
            .map(|_| {
                let c = timed(&|| check_of(&copies)).0;
                (c, timed(&|| whole_of(&copies, true)).0)
            })
            .collect();
        let best_check = pairs.iter().map(|p| p.0).min().unwrap_or_default();
        let best_json = pairs.iter().map(|p| p.1).min().unwrap_or_default();
        pairs.sort_by(|a, b| (ratio(a.1, a.0)).total_cmp(&ratio(b.1, b.0)));
        let median = pairs.get(pairs.len() / 2).map_or(0.0, |p| ratio(p.1, p.0));
        println!(
            "Banjar 2013-2016 (names drifting as they really did) x {AGENCIES}: check {:.1} ms; compare --format json {:.1} ms; ratio: wall {:.2} (median of the paired runs {median:.2})",
            ms(best_check),
            ms(best_json),
            ratio(best_json, best_check),
        );
    }
}
