//! `cargo run -p xtask -- fuzz [TARGET...] [--seconds N | --runs N] [--seed N]`: builds the
//! libFuzzer targets in `fuzz/` on stable Rust (the coverage instrumentation cargo-fuzz adds,
//! without a sanitizer, which needs nightly) and runs each over a seed corpus of every workbook
//! in `sample-workbooks/` and `tests/data/`. New inputs go to `target/fuzz/corpus/TARGET`, crashes
//! to `target/fuzz/artifacts/TARGET/`; a crash fails the task naming the input that caused it.

use std::path::{Path, PathBuf};
use std::process::Command;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Every target in `fuzz/Cargo.toml`.
const TARGETS: [&str; 3] = ["check_bytes", "fix_bytes", "parse_value"];

/// Instrumentation flags as cargo-fuzz passes them, minus `-Zsanitizer` (nightly only).
const RUSTFLAGS: &str = "--cfg fuzzing -Cpasses=sancov-module \
    -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
    -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares \
    -Cdebug-assertions -Coverflow-checks";

/// The host triple: with `--target` the flags reach the targets and not the build scripts.
const HOST: &str = "x86_64-unknown-linux-gnu";

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut targets = Vec::new();
    let mut budget = vec!["-max_total_time=60".to_string()];
    let mut seed = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => {
                let n: u64 = it.next().ok_or("--seconds needs a number")?.parse()?;
                budget = vec![format!("-max_total_time={n}")];
            }
            "--runs" => {
                let n: u64 = it.next().ok_or("--runs needs a number")?.parse()?;
                budget = vec![format!("-runs={n}")];
            }
            "--seed" => seed = Some(it.next().ok_or("--seed needs a number")?.parse::<u64>()?),
            t if TARGETS.contains(&t) => targets.push(t),
            other => {
                return Err(format!(
                    "unknown fuzz target or option `{other}` (targets: {})",
                    TARGETS.join(", ")
                )
                .into())
            }
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    let out = root.join("target/fuzz");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--target", HOST, "--manifest-path"])
        .arg(root.join("fuzz/Cargo.toml"))
        .arg("--target-dir")
        .arg(&out)
        .env("RUSTFLAGS", RUSTFLAGS)
        .status()?;
    if !status.success() {
        return Err("building the fuzz targets failed".into());
    }
    let seeds = seed_corpus(root, &out)?;
    for target in targets {
        let corpus = out.join("corpus").join(target);
        let artifacts = out.join("artifacts").join(target);
        std::fs::create_dir_all(&corpus)?;
        std::fs::create_dir_all(&artifacts)?;
        let mut cmd = Command::new(out.join(HOST).join("release").join(target));
        cmd.args(&budget)
            .arg("-max_len=262144")
            .arg("-rss_limit_mb=2048")
            .arg("-timeout=30")
            .arg(format!("-artifact_prefix={}/", artifacts.display()))
            .arg(&corpus);
        if target != "parse_value" {
            cmd.arg(&seeds);
        }
        if let Some(s) = seed {
            cmd.arg(format!("-seed={s}"));
        }
        eprintln!("xtask fuzz: {target}");
        if !cmd.status()?.success() {
            return Err(format!(
                "fuzz target {target} failed: the input is in {}",
                artifacts.display()
            )
            .into());
        }
    }
    Ok(())
}

/// The workbooks of `sample-workbooks/` and `tests/data/` (any depth), copied flat into one
/// folder so libFuzzer reads them as seeds without writing beside the originals.
fn seed_corpus(root: &Path, out: &Path) -> Result<PathBuf> {
    let dir = out.join("seeds");
    std::fs::create_dir_all(&dir)?;
    let mut stack = vec![root.join("sample-workbooks"), root.join("tests/data")];
    let mut n = 0usize;
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(
                p.extension()
                    .and_then(|x| x.to_str())
                    .map(str::to_ascii_lowercase)
                    .as_deref(),
                Some("xlsx" | "xlsm" | "xls" | "xlsb" | "ods")
            ) && e.metadata().map(|m| m.len() <= 262_144).unwrap_or(false)
            {
                n += 1;
                std::fs::copy(
                    &p,
                    dir.join(format!("{n:04}-{}", e.file_name().to_string_lossy())),
                )?;
            }
        }
    }
    Ok(dir)
}
