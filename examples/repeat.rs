//! Checks one workbook N times (for a profiler): `cargo run --release --example repeat FILE N`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    rakit::purge_freed_memory_promptly();
    let mut args = std::env::args().skip(1);
    let (Some(path), n) = (args.next(), args.next()) else {
        eprintln!("usage: repeat FILE [N]");
        std::process::exit(2);
    };
    let n: usize = n.and_then(|n| n.parse().ok()).unwrap_or(20);
    let path = std::path::PathBuf::from(path);
    let opts = rakit::rules::Options::default();
    let t = std::time::Instant::now();
    for _ in 0..n {
        let r = rakit::app::check_file(&path, None, &opts);
        std::hint::black_box(r.findings.len());
    }
    println!("{:?} per check", t.elapsed() / n as u32);
}
