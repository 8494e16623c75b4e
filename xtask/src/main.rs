//! Developer tasks of rakit.
//!
//! `cargo run -p xtask -- samples` rebuilds every workbook in `sample-workbooks/` from the
//! seeds (the values exactly as the source documents write them, mistakes included).
//! `cargo run -p xtask -- bench-data [ROWS]` writes the generated benchmark workbooks.
//! `cargo run -p xtask -- evaluasi OUT_DIR [--seed N] [--count N]` writes generated Evaluasi Renja
//! workbooks (Formulir E.81) with planted mistakes and an answer key beside each.
//! `samples` also writes the monthly Rencana Aksi sample (`bulanan.rs`).
//! `cargo run -p xtask -- years [OUT_DIR]` writes one agency's evaluation forms of four years
//! with drifting indicator names (`tests/data/years`, for `tests/compare_heldout.rs`).
//! `cargo run -p xtask -- docs` writes `docs/rules/*.md` from the rules' doc comments
//! (`rakit::rules::docs`).
//! `cargo run -p xtask -- web` builds the browser page `target/web/rakit.html` (the core as
//! WebAssembly, inlined with its glue into one offline HTML file);
//! `cargo run -p xtask -- bench-web [ROWS]` times its check of a ~5 MB workbook
//! in chromium against the native CLI.
//! `cargo run -p xtask -- fuzz [TARGET...] [--seconds N | --runs N] [--seed N]` builds the
//! libFuzzer targets of `fuzz/` on stable Rust and runs them over the sample workbooks.

mod banjar;
mod bone;
mod bulanan;
mod evaluasi;
mod fuzz;
mod web;
mod years;

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
            banjar::build(&out)
                .and_then(|_| bone::build(&out))
                .and_then(|_| evaluasi::build_samples(&out))
                .and_then(|_| bulanan::build_samples(&out))
        }
        Some("evaluasi") => evaluasi_command(&args[1..]),
        Some("years") => years::generate(
            &args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("tests/data/years")),
        ),
        Some("docs") => docs(&root.join("docs/rules")),
        Some("web") => web::build(&root).map(|_| ()),
        Some("bench-web") => web::bench(&root, &args[1..]),
        Some("fuzz") => fuzz::run(&root, &args[1..]),
        _ => {
            eprintln!(
                "usage: cargo run -p xtask -- samples|docs|web|bench-web\n       cargo run -p xtask -- fuzz [TARGET...] [--seconds N | --runs N] [--seed N]\n       cargo run -p xtask -- evaluasi OUT_DIR [--seed N] [--count N]"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}

/// `evaluasi OUT_DIR [--seed N] [--count N]` (seed 86 and 12 workbooks unless told).
fn evaluasi_command(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let mut out = None;
    let mut seed = 86u64;
    let mut count = 12usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => seed = it.next().ok_or("--seed needs a number")?.parse()?,
            "--count" => count = it.next().ok_or("--count needs a number")?.parse()?,
            _ if out.is_none() => out = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a}").into()),
        }
    }
    let out = out.ok_or("evaluasi needs OUT_DIR")?;
    evaluasi::generate(&out, seed, count)
}

/// Writes every rule's page and the index of `docs/rules`.
fn docs(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use rakit::rules::{docs, RuleId};
    for &id in RuleId::ALL {
        std::fs::write(dir.join(format!("{id}.md")), docs::page(id))?;
    }
    std::fs::write(dir.join("README.md"), docs::index())?;
    eprintln!(
        "{} pages and the index written to {}",
        RuleId::ALL.len(),
        dir.display()
    );
    Ok(())
}
