//! Times each stage of a check on one workbook (median of N runs):
//! `cargo run --release --example stages FILE [N]`.
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [N]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(7);
    let path = std::path::PathBuf::from(path);
    let (mut read, mut detect, mut model, mut rules) = (vec![], vec![], vec![], vec![]);
    let mut findings = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let wb = match rakit::read::load(&path) {
            Ok(wb) => wb,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        read.push(t.elapsed());
        let t = Instant::now();
        for sheet in &wb.sheets {
            let tables = rakit::forms::detect(sheet);
            let _ = rakit::layout::meta::read_meta(sheet, &tables);
        }
        detect.push(t.elapsed());
        let t = Instant::now();
        let models = rakit::forms::build(&wb, None);
        model.push(t.elapsed());
        let t = Instant::now();
        let opts = rakit::rules::Options::default();
        let policies = rakit::rules::sheet_policy::decide_all(&models, &opts);
        findings = rakit::rules::check(&wb, &models, &policies, &opts).len();
        rules.push(t.elapsed());
    }
    println!("read   {:?}", median(read));
    println!("detect {:?} (also inside model)", median(detect));
    println!("model  {:?}", median(model));
    println!("rules  {:?} ({findings} findings)", median(rules));
}
