//! Developer tasks of rakit.
//!
//! `cargo run -p xtask -- samples` rebuilds every workbook in `sample-workbooks/` from the
//! seeds (the values exactly as the source documents write them, mistakes included).
//! `cargo run -p xtask -- bench-data [ROWS]` writes the generated benchmark workbooks.

mod banjar;
mod bone;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."));
    let result = match args.first().map(String::as_str) {
        Some("samples") => {
            let out = root.join("sample-workbooks");
            banjar::build(&out).and_then(|_| bone::build(&out))
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- samples");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}
