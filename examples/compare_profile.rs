//! Profiles `rakit compare` on one agency's years, each step N times:
//! `cargo run --release --example compare_profile DIR [N] [json|xlsx|match|read|read4|readmatch|whole|check]` (DIR: one
//! agency's years, e.g. `target/bench-data/compare/dinas-000` made by `cargo bench --bench
//! compare_vs_check`).
use std::path::PathBuf;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    rakit::reuse_freed_memory_across_files();
    // on a pool's thread, as the bench and `rakit compare` run: rayon's joins inside reading
    // then stay on it instead of waking a worker (RAYON_NUM_THREADS=1 for one thread)
    match rayon::ThreadPoolBuilder::new().build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
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
    let reports: Vec<_> = files
        .iter()
        .map(|f| rakit::app::read_file_for_compare(f, None))
        .collect();
    let c = rakit::compare::compare(&reports, &rakit::compare::CompareConfig::default());
    for _ in 0..n {
        match what.as_str() {
            "check" => {
                for f in &files {
                    std::hint::black_box(rakit::app::check_file(f, None, &opts));
                }
            }
            "read" => {
                for f in &files {
                    std::hint::black_box(rakit::app::read_file_for_compare(f, None));
                }
            }
            "whole" => {
                let reports: Vec<_> = files
                    .iter()
                    .map(|f| rakit::app::read_file_for_compare(f, None))
                    .collect();
                let c =
                    rakit::compare::compare(&reports, &rakit::compare::CompareConfig::default());
                drop(reports);
                std::hint::black_box(c.to_json_bytes(rakit::i18n::Lang::Id));
            }
            // the files read, kept until the next round (reading alone, as `readmatch` reads)
            "read4" => {
                let fresh: Vec<_> = files
                    .iter()
                    .map(|f| rakit::app::read_file_for_compare(f, None))
                    .collect();
                std::hint::black_box(&fresh);
            }
            // reading, then matching what was just read: more than `read4` and `match`
            // apart (matching starts cold after reading)
            "readmatch" => {
                let fresh: Vec<_> = files
                    .iter()
                    .map(|f| rakit::app::read_file_for_compare(f, None))
                    .collect();
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
