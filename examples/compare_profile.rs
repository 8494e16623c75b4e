//! Profiles `rakit compare` on one agency's years, each step N times:
//! `cargo run --release --example compare_profile DIR [N] [json|xlsx|match|read|read4|readmatch|whole|check]` (DIR: one
//! agency's years, e.g. `target/bench-data/compare/dinas-000` made by `cargo bench --bench
//! compare_vs_check`), or over every agency of a set in turn, as the bench's runs go:
//! `DIR` = `target/bench-data/compare` and `whole-all` (read, match, JSON), `read-all`,
//! `check-all`, `mj-all` (matching and JSON of agencies read beforehand) or
//! `whole-all-timed` (each stage's time summed and printed). One thread with
//! `RAYON_NUM_THREADS=1`; under `perf record -e cpu-clock` for a profile of wall time
//! (callgrind's instruction counts understate checking: under valgrind SHA-256 and inflating
//! take their portable paths).
use std::path::PathBuf;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // as `rakit` and the bench set memory up
    rakit::purge_freed_memory_promptly();
    rakit::no_transparent_huge_pages();
    rakit::reuse_freed_memory_across_files();
    // on a pool's thread, as the bench and `rakit compare` run: rayon's joins inside reading
    // then stay on it instead of waking a worker (RAYON_NUM_THREADS=1 for one thread)
    match rayon::ThreadPoolBuilder::new().build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
}

/// Every file read as `rakit compare` reads it.
fn read_all(files: &[PathBuf]) -> Vec<rakit::app::FileReport> {
    files
        .iter()
        .map(|f| rakit::app::read_file_for_compare(f, None))
        .collect()
}

fn run() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/bench-data/compare/dinas-000".into()),
    );
    let n: usize = args.next().and_then(|v| v.parse().ok()).unwrap_or(10);
    let what = args.next().unwrap_or_else(|| "xlsx".into());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let opts = rakit::rules::Options::default();
    // DIR holding agencies' folders (a bench set): `whole-all` and `check-all` go over
    // every agency in turn, N times, as the bench's start-to-end runs do (one thread)
    let mut agencies: Vec<Vec<PathBuf>> = files
        .iter()
        .filter(|f| f.is_dir())
        .map(|d| {
            let mut v: Vec<PathBuf> = std::fs::read_dir(d)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            v.sort();
            v
        })
        .collect();
    if !agencies.is_empty() {
        files = agencies[0].clone();
    } else {
        agencies.push(files.clone());
    }
    let reports: Vec<_> = read_all(&files);
    let c = rakit::compare::compare(&reports, &rakit::compare::CompareConfig::default());
    let all: Vec<Vec<_>> = if what == "mj-all" {
        agencies.iter().map(|files| read_all(files)).collect()
    } else {
        Vec::new()
    };
    for _ in 0..n {
        match what.as_str() {
            "check" => {
                for f in &files {
                    std::hint::black_box(rakit::app::check_file(f, None, &opts));
                }
            }
            "whole-all" => {
                for files in &agencies {
                    let reports: Vec<_> = read_all(files);
                    let c = rakit::compare::compare(
                        &reports,
                        &rakit::compare::CompareConfig::default(),
                    );
                    drop(reports);
                    std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
                }
            }
            // matching and the document of every agency in turn, all read beforehand
            "mj-all" => {
                for reports in &all {
                    let c =
                        rakit::compare::compare(reports, &rakit::compare::CompareConfig::default());
                    std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
                }
            }
            // whole-all, each stage's time summed and printed
            "whole-all-timed" => {
                let mut t = [std::time::Duration::ZERO; 4];
                for files in &agencies {
                    let s = std::time::Instant::now();
                    let reports: Vec<_> = read_all(files);
                    let s1 = std::time::Instant::now();
                    let c = rakit::compare::compare(
                        &reports,
                        &rakit::compare::CompareConfig::default(),
                    );
                    let s2 = std::time::Instant::now();
                    drop(reports);
                    let s3 = std::time::Instant::now();
                    std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
                    drop(c);
                    let s4 = std::time::Instant::now();
                    t[0] += s1 - s;
                    t[1] += s2 - s1;
                    t[2] += s3 - s2;
                    t[3] += s4 - s3;
                }
                eprintln!(
                    "read {:?} match {:?} drop {:?} json {:?}",
                    t[0], t[1], t[2], t[3]
                );
            }
            "read-all" => {
                for files in &agencies {
                    let reports: Vec<_> = read_all(files);
                    std::hint::black_box(reports);
                }
            }
            "check-all" => {
                for files in &agencies {
                    for f in files {
                        std::hint::black_box(rakit::app::check_file(f, None, &opts));
                    }
                }
            }
            "read" => {
                for f in &files {
                    std::hint::black_box(rakit::app::read_file_for_compare(f, None));
                }
            }
            "whole" => {
                let reports: Vec<_> = read_all(&files);
                let c =
                    rakit::compare::compare(&reports, &rakit::compare::CompareConfig::default());
                drop(reports);
                std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
            }
            // the files read, kept until the next round (reading alone, as `readmatch` reads)
            "read4" => {
                let fresh: Vec<_> = read_all(&files);
                std::hint::black_box(&fresh);
            }
            // reading, then matching what was just read: more than `read4` and `match`
            // apart (matching starts cold after reading)
            "readmatch" => {
                let fresh: Vec<_> = read_all(&files);
                std::hint::black_box(rakit::compare::compare(
                    &fresh,
                    &rakit::compare::CompareConfig::default(),
                ));
            }
            "match" => {
                std::hint::black_box(rakit::compare::compare(
                    &reports,
                    &rakit::compare::CompareConfig::default(),
                ));
            }
            "json" => {
                std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
            }
            _ => {
                std::hint::black_box(c.to_xlsx(rakit::i18n::Lang::Id).ok());
            }
        }
    }
}
