//! Times each stage of a check on one workbook: `cargo run --release --example stages FILE`.
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages FILE");
        std::process::exit(2);
    };
    let path = std::path::PathBuf::from(path);
    let t = Instant::now();
    let wb = match rakit::read::load(&path) {
        Ok(wb) => wb,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    println!("read   {:?}", t.elapsed());
    for sheet in &wb.sheets {
        let t = Instant::now();
        let tables = rakit::layout::detect(sheet);
        println!("  detect {} {:?}", sheet.name, t.elapsed());
        let t = Instant::now();
        let _ = rakit::layout::meta::read_meta(sheet, &tables);
        println!("  meta   {} {:?}", sheet.name, t.elapsed());
    }
    let t = Instant::now();
    let models = rakit::model::build(&wb, None);
    println!("model  {:?}", t.elapsed());
    let t = Instant::now();
    let f = rakit::rules::check(&models, &rakit::rules::Options::default());
    println!("rules  {:?} ({} findings)", t.elapsed(), f.len());
}
