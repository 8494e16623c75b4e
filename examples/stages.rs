//! Times each stage of a check on one workbook (median of N runs):
//! `cargo run --release --example stages FILE [N]`.
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak memory since the last reset and memory now, in MiB (Linux; `None` elsewhere).
fn memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024)
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

/// Starts a new peak (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn main() {
    rakit::purge_freed_memory_promptly();
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [N]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(7);
    let path = std::path::PathBuf::from(path);
    let (mut read, mut detect, mut model, mut rules) = (vec![], vec![], vec![], vec![]);
    let mut findings = 0;
    let mut peaks = [(0u64, 0u64); 3];
    for _ in 0..runs {
        reset_peak();
        let t = Instant::now();
        let wb = match rakit::read::load(&path) {
            Ok(wb) => wb,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        read.push(t.elapsed());
        peaks[0] = memory().unwrap_or_default();
        let t = Instant::now();
        for sheet in &wb.sheets {
            let tables = rakit::forms::detect(sheet);
            let _ = rakit::layout::meta::read_meta(sheet, &tables);
        }
        detect.push(t.elapsed());
        reset_peak();
        let t = Instant::now();
        let models = rakit::forms::build(&wb, None);
        model.push(t.elapsed());
        peaks[1] = memory().unwrap_or_default();
        reset_peak();
        let t = Instant::now();
        let opts = rakit::rules::Options::default();
        let policies = rakit::rules::sheet_policy::decide_all(&models, &opts);
        findings = rakit::rules::check(&wb, &models, &policies, &opts).len();
        rules.push(t.elapsed());
        peaks[2] = memory().unwrap_or_default();
    }
    let mib = |(peak, now): (u64, u64)| format!("peak {peak} MiB, after {now} MiB");
    println!("read   {:?}  {}", median(read), mib(peaks[0]));
    println!("detect {:?} (also inside model)", median(detect));
    println!("model  {:?}  {}", median(model), mib(peaks[1]));
    println!(
        "rules  {:?} ({findings} findings)  {}",
        median(rules),
        mib(peaks[2])
    );
}
