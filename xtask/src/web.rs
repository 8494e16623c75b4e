//! `cargo run -p xtask -- web`: the browser page `target/web/rakit.html`, one file that
//! holds everything (the core compiled to WebAssembly, base64; wasm-bindgen's JS glue; the
//! page's HTML, CSS and script), opened from disk with no network.
//!
//! 1. `cargo build -p rakit-web --target wasm32-unknown-unknown --profile wasm` (the profile
//!    of the root Cargo.toml: small and optimized, lto);
//! 2. the wasm-bindgen CLI of exactly the version of the `wasm-bindgen` crate in Cargo.lock
//!    (installed with `cargo install wasm-bindgen-cli --version X --locked` into
//!    `target/tools` when missing), `--target no-modules`;
//! 3. `wasm-opt -Os` when it is on the PATH (binaryen; optional);
//! 4. web/page/{rakit.html,style.css,app.js} with the glue and the wasm inlined (gzip, then
//!    base64: the page inflates it with the browser's DecompressionStream).

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Where cargo puts what it builds: `CARGO_TARGET_DIR`, or the workspace's `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) if !d.is_empty() => {
            let d = PathBuf::from(d);
            if d.is_absolute() {
                d
            } else {
                root.join(d)
            }
        }
        _ => root.join("target"),
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .map_err(|e| format!("{:?} cannot be started: {e}", cmd.get_program()))?;
    if !status.success() {
        return Err(format!("{cmd:?} failed ({status})").into());
    }
    Ok(())
}

/// The version of `package` in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))?;
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(v.to_string());
            }
        }
    }
    Err(format!("Cargo.lock has no package {package}").into())
}

/// The wasm-bindgen CLI of `version`, installed into `target/tools` when missing.
fn wasm_bindgen_cli(target: &Path, version: &str) -> Result<PathBuf> {
    let root = target.join("tools");
    let bin = root
        .join("bin")
        .join(format!("wasm-bindgen{}", std::env::consts::EXE_SUFFIX));
    let has = |bin: &Path| {
        Command::new(bin)
            .arg("--version")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == format!("wasm-bindgen {version}"))
            .unwrap_or(false)
    };
    if has(&bin) {
        return Ok(bin);
    }
    eprintln!(
        "xtask web: installing wasm-bindgen-cli {version} into {} (a few minutes, once)",
        root.display()
    );
    run(Command::new(cargo())
        .args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            version,
            "--locked",
            "--root",
        ])
        .arg(&root))?;
    if !has(&bin) {
        return Err(format!(
            "{} is not wasm-bindgen {version} after installing it",
            bin.display()
        )
        .into());
    }
    Ok(bin)
}

/// Builds the page; its path.
pub fn build(root: &Path) -> Result<PathBuf> {
    let target = target_dir(root);
    run(Command::new(cargo()).current_dir(root).args([
        "build",
        "-p",
        "rakit-web",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm",
    ]))?;
    let wasm = target.join("wasm32-unknown-unknown/wasm/rakit_web.wasm");

    let version = locked_version(root, "wasm-bindgen")?;
    let bindgen = wasm_bindgen_cli(&target, &version)?;
    let out = target.join("web");
    let pkg = out.join("pkg");
    std::fs::create_dir_all(&pkg)?;
    run(Command::new(&bindgen)
        .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
        .arg(&pkg)
        .arg(&wasm))?;
    let mut module = pkg.join("rakit_web_bg.wasm");

    // binaryen's optimizer, when there is one (the build is fine without it)
    let optimized = pkg.join("rakit_web_bg.opt.wasm");
    let _ = std::fs::remove_file(&optimized);
    match Command::new("wasm-opt")
        .args(["-Os", "--all-features", "-o"])
        .arg(&optimized)
        .arg(&module)
        .status()
    {
        Ok(s) if s.success() => module = optimized,
        Ok(s) => eprintln!("xtask web: wasm-opt failed ({s}); the module is used as wasm-bindgen wrote it"),
        Err(_) => eprintln!("xtask web: no wasm-opt on the PATH (binaryen): the module is used as wasm-bindgen wrote it"),
    }

    let wasm_bytes = std::fs::read(&module)?;
    let packed = gzip(&wasm_bytes)?;
    let glue = std::fs::read_to_string(pkg.join("rakit_web.js"))?;
    let page_dir = root.join("web/page");
    let html = std::fs::read_to_string(page_dir.join("rakit.html"))?;
    let css = std::fs::read_to_string(page_dir.join("style.css"))?;
    let js = std::fs::read_to_string(page_dir.join("app.js"))?;
    let page = inline(&html, &css, &glue, &js, &packed)?;
    let file = out.join("rakit.html");
    std::fs::write(&file, &page)?;
    let b64 = packed.len().div_ceil(3) * 4;
    println!(
        "{}: {:.2} MB (WebAssembly {:.2} MB, gzip {:.2} MB, base64 {:.2} MB; glue, HTML, CSS and script {} kB), wasm-bindgen {version}",
        file.display(),
        page.len() as f64 / 1e6,
        wasm_bytes.len() as f64 / 1e6,
        packed.len() as f64 / 1e6,
        b64 as f64 / 1e6,
        (page.len() - b64) / 1000,
    );
    Ok(file)
}

/// The module gzipped, as the browser's `DecompressionStream("gzip")` takes it.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write as _;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes)?;
    Ok(e.finish()?)
}

/// A script's text made safe inside `<script>`: no `</script` closes it early.
fn in_script(text: &str) -> String {
    text.replace("</script", "<\\/script")
        .replace("</SCRIPT", "<\\/SCRIPT")
}

/// The page with every placeholder replaced; an error when one is missing.
fn inline(html: &str, css: &str, glue: &str, js: &str, wasm: &[u8]) -> Result<String> {
    let b64 = base64::engine::general_purpose::STANDARD.encode(wasm);
    let mut page = html.to_string();
    for (mark, with) in [
        ("/*RAKIT_CSS*/", css.replace("</style", "<\\/style")),
        ("/*RAKIT_GLUE*/", in_script(glue)),
        ("/*RAKIT_JS*/", in_script(js)),
        ("/*RAKIT_WASM_BASE64*/", b64),
    ] {
        if page.matches(mark).count() != 1 {
            return Err(format!("web/page/rakit.html must hold {mark} once").into());
        }
        page = page.replacen(mark, &with, 1);
    }
    Ok(page)
}

/// A generated Pengukuran Kinerja workbook of `rows` indicator rows, as the benchmark of
/// `benches/check_vs_load.rs` writes it: text with units, numbers, a formula % on every
/// fourth row, and a wrong % now and then.
pub fn bench_workbook(path: &Path, rows: u32) -> Result<()> {
    use rust_xlsxwriter::{Format, Formula, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024")?;
    let bold = Format::new().set_bold();
    ws.write_with_format(0, 0, "PENGUKURAN KINERJA", &bold)?;
    ws.write(1, 0, "DINAS CONTOH KABUPATEN CONTOH")?;
    ws.write(2, 0, "TAHUN 2024")?;
    let head = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "",
        "Realisasi",
        "",
        "%",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_with_format(4, c as u16, *h, &bold)?;
    }
    let two = Format::new().set_num_format("0.00");
    for i in 0..rows {
        let r = 5 + i;
        let (target, real) = if i % 3 == 0 {
            (
                100_000 + (i % 900) * 1000 + i % 1000,
                90_000 + (i * 7 % 950) * 1000 + (i * 3) % 1000,
            )
        } else {
            (100 + (i % 900), 90 + (i * 7 % 950))
        };
        ws.write(r, 0, i + 1)?;
        if i % 10 == 0 {
            ws.write(r, 1, format!("Sasaran strategis nomor {}", i / 10 + 1))?;
        }
        ws.write(r, 2, format!("Jumlah koperasi aktif kelompok {i}"))?;
        if i % 3 == 0 {
            ws.write(
                r,
                3,
                format!("{}.{:03} orang", target / 1000, target % 1000),
            )?;
            ws.write(r, 5, format!("{}.{:03} orang", real / 1000, real % 1000))?;
        } else {
            ws.write(r, 3, target)?;
            ws.write(r, 4, "unit")?;
            ws.write(r, 5, real)?;
            ws.write(r, 6, "unit")?;
        }
        let pct = f64::from(real) / f64::from(target) * 100.0;
        let stated = if i % 17 == 0 {
            pct + 1.0
        } else {
            (pct * 100.0 + 0.5).floor() / 100.0
        };
        if i % 4 == 1 {
            let f = Formula::new(format!("=F{0}/D{0}*100", r + 1)).set_result(stated.to_string());
            ws.write_formula_with_format(r, 7, f, &two)?;
        } else {
            ws.write_with_format(r, 7, stated, &two)?;
        }
    }
    let end = 5 + rows + 1;
    ws.write(
        end,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2024 : Rp. 2.165.319.100",
    )?;
    ws.write(end + 2, 5, "Kota Contoh, 31 Desember 2024")?;
    wb.save(path)?;
    Ok(())
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// `bench-web [ROWS]`: the check of one ~5 MB workbook in the page (Debian's chromium) and
/// by the native CLI (release build), five times each; prints the medians and their ratio.
pub fn bench(root: &Path, args: &[String]) -> Result<()> {
    let rows: u32 = match args.first() {
        Some(r) => r.parse()?,
        None => 100_000,
    };
    const RUNS: usize = 5;
    let page = build(root)?;
    let target = target_dir(root);
    let data = target.join("bench-data");
    std::fs::create_dir_all(&data)?;
    let workbook = data.join(format!("web-annual-{rows}.xlsx"));
    if !workbook.is_file() {
        bench_workbook(&workbook, rows)?;
    }
    let size = std::fs::metadata(&workbook)?.len();

    run(Command::new(cargo())
        .current_dir(root)
        .args(["build", "--release", "--bin", "rakit"]))?;
    let cli = target
        .join("release")
        .join(format!("rakit{}", std::env::consts::EXE_SUFFIX));
    let mut native = Vec::new();
    for _ in 0..RUNS {
        let t0 = std::time::Instant::now();
        let out = Command::new(&cli)
            .args(["check", "--format", "json"])
            .arg(&workbook)
            .output()?;
        native.push(t0.elapsed().as_secs_f64() * 1000.0);
        if out.stdout.is_empty() {
            return Err("rakit check printed nothing".into());
        }
    }
    let mut single = Vec::new();
    for _ in 0..RUNS {
        let t0 = std::time::Instant::now();
        Command::new(&cli)
            .env("RAYON_NUM_THREADS", "1")
            .args(["check", "--format", "json"])
            .arg(&workbook)
            .output()?;
        single.push(t0.elapsed().as_secs_f64() * 1000.0);
    }

    let browser_dir = root.join("tests/browser");
    if !browser_dir.join("node_modules/playwright-core").is_dir() {
        run(Command::new("npm")
            .current_dir(&browser_dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .args(["ci", "--no-audit", "--no-fund"]))?;
    }
    let chromium = std::env::var("RAKIT_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let out = Command::new("node")
        .current_dir(&browser_dir)
        .arg("bench.mjs")
        .arg(&page)
        .arg(&chromium)
        .arg(&workbook)
        .arg(RUNS.to_string())
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "node bench.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let text = String::from_utf8(out.stdout)?;
    // {"check_ms":[..],"page_ms":N}
    let list = text
        .split("\"check_ms\":[")
        .nth(1)
        .and_then(|s| s.split(']').next())
        .ok_or("bench.mjs printed no check_ms")?;
    let mut wasm: Vec<f64> = list
        .split(',')
        .map(|x| x.trim().parse())
        .collect::<std::result::Result<_, _>>()?;
    let page_ms: f64 = text
        .split("\"page_ms\":")
        .nth(1)
        .map(|s| s.trim_end_matches('}').trim().parse())
        .transpose()?
        .ok_or("bench.mjs printed no page_ms")?;
    let (n, s, w) = (median(&mut native), median(&mut single), median(&mut wasm));
    println!(
        "workbook: {} ({rows} indicator rows, {:.1} MB)",
        workbook.display(),
        size as f64 / 1e6
    );
    println!("native CLI, rakit check --format json (release, whole process): {n:.0} ms (one thread: {s:.0} ms)");
    println!("page (chromium, the core's check in WebAssembly, one thread):   {w:.0} ms");
    println!(
        "ratio page / native CLI: {:.2}x (against one native thread: {:.2}x)",
        w / n,
        w / s
    );
    println!("the page's whole flow once (file given → verdict, findings and corrected copy shown): {page_ms:.0} ms");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_cannot_close_their_element() {
        let page = inline(
            "<style>/*RAKIT_CSS*/</style><script>/*RAKIT_WASM_BASE64*/</script><script>/*RAKIT_GLUE*/</script><script>/*RAKIT_JS*/</script>",
            "a{}",
            "let s = '</script>';",
            "x",
            &[0, 1, 2],
        )
        .unwrap_or_default();
        assert_eq!(page.matches("</script>").count(), 3, "{page}");
        assert!(page.contains("AAEC"));
    }
}
