//! The browser page (`target/web/rakit.html`, issue 17) in a real browser: Debian's chromium
//! driven by playwright-core (tests/browser/run.mjs). The page is given the sample
//! workbooks, the workbooks of tests/data and hostile files; for every one of them what it
//! shows must be what `rakit check` reports, the JSON of its core must be the document of
//! `rakit check --format json` (both languages), its downloaded corrected copy must be what
//! `rakit fix` writes (byte for byte for an xlsx; for a copy rebuilt from xls/ods, whose
//! package carries the time it was made, every cell's value and formula), a hostile file is
//! "unreadable" with the CLI's message, and no request leaves file://.
//!
//! The test builds the page (`cargo run -p xtask -- web`; a no-op when .ci/run built it).
//! It is skipped, with a message, only where chromium or node is missing: .ci/run installs
//! both, so CI runs it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Debian's chromium (or `RAKIT_CHROMIUM`).
fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("RAKIT_CHROMIUM").map(PathBuf::from),
        Some(PathBuf::from("/usr/bin/chromium")),
        Some(PathBuf::from("/usr/bin/chromium-browser")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

fn has_node() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Runs a command; its stdout, or a panic with what it printed.
fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?} cannot be started: {e}"));
    if !out.status.success() {
        panic!(
            "{cmd:?} failed ({}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out.stdout
}

/// The page, built now (cargo does nothing when it is up to date).
fn build_page() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|d| if d.is_absolute() { d } else { root().join(d) })
        .unwrap_or_else(|| root().join("target"));
    run(Command::new(cargo)
        .current_dir(root())
        .args(["run", "-q", "-p", "xtask", "--", "web"]));
    let page = target.join("web/rakit.html");
    assert!(page.is_file(), "{} was not built", page.display());
    page
}

/// playwright-core, from tests/browser's package-lock.json.
fn playwright() {
    let dir = root().join("tests/browser");
    if !dir.join("node_modules/playwright-core").is_dir() {
        run(Command::new("npm")
            .current_dir(&dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .args(["ci", "--no-audit", "--no-fund"]));
    }
}

/// The workbooks given to the page: every sample, every workbook of tests/data (the zip
/// bomb among them), and files that are not what their name says. Not tests/data/fuzz: what
/// the fuzzer found there panics a reader only in builds with overflow checks (this test's
/// CLI, not the page's release WebAssembly), so the two would rightly differ.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut sources = Vec::new();
    for folder in [
        "sample-workbooks",
        "tests/data",
        "tests/data/heldout",
        "tests/data/xlsb",
    ] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("xlsx" | "xls" | "ods" | "xlsb")
                )
            })
            .collect();
        found.sort();
        sources.extend(found);
    }
    let mut files = Vec::new();
    for s in sources {
        let to = dir.join(s.file_name().unwrap());
        assert!(!to.exists(), "two inputs named {}", to.display());
        std::fs::copy(&s, &to).unwrap();
        files.push(to);
    }
    // hostile or broken: a web page named .xls, an empty file, a workbook cut in half
    let html = dir.join("ekspor-aplikasi.xls");
    std::fs::write(
        &html,
        "<html><body><table><tr><td>Indikator</td></tr></table><script>alert(1)</script></body></html>",
    )
    .unwrap();
    let empty = dir.join("kosong.xlsx");
    std::fs::write(&empty, b"").unwrap();
    let whole = std::fs::read(root().join("sample-workbooks/banjar-pk-2014.xlsx")).unwrap();
    let cut = dir.join("terpotong.xlsx");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    files.extend([html, empty, cut]);
    files
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// `rakit check --format json NAME` in the file's folder: the document, as printed.
fn cli_json(file: &Path, lang: &str, mapping: Option<&Path>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rakit"));
    cmd.current_dir(file.parent().unwrap())
        .args(["check", "--format", "json", "--lang", lang]);
    if let Some(m) = mapping {
        // named as a person in the file's folder names it (the page knows only its name)
        match m.parent() == file.parent() {
            true => cmd.arg("--mapping").arg(name(m)),
            false => cmd.arg("--mapping").arg(m),
        };
    }
    let out = cmd.arg(name(file)).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.strip_suffix('\n').unwrap_or(&text).to_string()
}

/// What `rakit fix NAME` did, run on a copy of the file in `dir`: the copy's bytes, or the
/// message it printed instead (after the file's name).
fn cli_fix(file: &Path, dir: &Path, mapping: Option<&Path>) -> Result<Vec<u8>, String> {
    std::fs::create_dir_all(dir).unwrap();
    let input = dir.join(name(file));
    std::fs::copy(file, &input).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rakit"));
    cmd.current_dir(dir).arg("fix");
    if let Some(m) = mapping {
        cmd.arg("--mapping").arg(m);
    }
    let out = cmd.arg(name(file)).output().unwrap();
    let copy = rakit::fix::default_output(&input);
    if copy.is_file() {
        return Ok(std::fs::read(copy).unwrap());
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let prefix = format!("{}: ", name(file));
    Err(stderr
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or(&stderr)
        .trim()
        .to_string())
}

/// Every cell of every sheet of a workbook: position, value, formula.
fn cells_text(path: &Path) -> String {
    let wb = rakit::read::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = String::new();
    for s in &wb.sheets {
        let _ = writeln!(out, "[{}]", s.name);
        for c in &s.cells {
            let _ = writeln!(
                out,
                "{} {:?} {:?}",
                rakit::read::cell_name(c.row, c.col),
                c.value,
                c.formula
            );
        }
    }
    out
}

/// A finding as the page shows it and as the CLI's JSON has it, comparable.
fn finding_key(f: &Value) -> String {
    let s = |k: &str| match &f[k] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    };
    format!(
        "{} {} {}!{} fixable={} | {} | found {} | expected {}",
        s("code"),
        s("severity"),
        s("sheet"),
        s("cell"),
        s("fixable"),
        s("message"),
        s("found"),
        s("expected")
    )
}

fn sorted_keys(findings: &Value) -> Vec<String> {
    let mut v: Vec<String> = findings
        .as_array()
        .map(|a| a.iter().map(finding_key).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// One batch of files as the page showed them, compared with the CLI; problems are pushed.
fn compare_batch(
    files: &[PathBuf],
    mapping: Option<&Path>,
    shown: &Value,
    work: &Path,
    problems: &mut Vec<String>,
) {
    let by_name: BTreeMap<String, &Value> = shown["id"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["file"].as_str().unwrap().to_string(), f))
        .collect();
    let en_by_name: BTreeMap<String, &Value> = shown["en"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| (f["file"].as_str().unwrap().to_string(), f))
                .collect()
        })
        .unwrap_or_default();
    let mut not_info = 0;
    for file in files {
        let n = name(file);
        let Some(page) = by_name.get(&n) else {
            problems.push(format!("{n}: not shown by the page"));
            continue;
        };
        for lang in ["id", "en"] {
            let cli = cli_json(file, lang, mapping);
            let core = shown["json"][&n][lang].as_str().unwrap_or_default();
            if core != cli {
                problems.push(format!(
                    "{n}: the page's JSON ({lang}) differs from rakit check --format json:\n--- page\n{core}\n--- cli\n{cli}"
                ));
            }
            let doc: Value = serde_json::from_str(&cli).unwrap();
            let expected = &doc["files"][0];
            let page = if lang == "id" {
                Some(*page)
            } else {
                en_by_name.get(&n).copied()
            };
            let Some(page) = page else { continue };
            if page["status"] != expected["status"] {
                problems.push(format!(
                    "{n}: status {} on the page, {} by the CLI",
                    page["status"], expected["status"]
                ));
            }
            if expected["status"] == "unreadable" {
                let message = expected["error"]["message"].as_str().unwrap_or_default();
                if page["message"].as_str() != Some(message) {
                    problems.push(format!(
                        "{n}: the page says {:?}, the CLI {message:?}",
                        page["message"]
                    ));
                }
            }
            let (p, c) = (
                sorted_keys(&page["findings"]),
                sorted_keys(&expected["findings"]),
            );
            if p != c {
                problems.push(format!(
                    "{n} ({lang}): findings differ\n--- page\n{}\n--- cli\n{}",
                    p.join("\n"),
                    c.join("\n")
                ));
            }
            if lang == "id" {
                not_info += expected["findings"]
                    .as_array()
                    .map(|a| a.iter().filter(|f| f["severity"] != "info").count())
                    .unwrap_or(0);
            }
        }

        // the corrected copy
        let download = shown["downloads"][&n].as_str().map(PathBuf::from);
        match (cli_fix(file, &work.join("fix"), mapping), download) {
            (Ok(cli), Some(page)) => {
                let got = std::fs::read(&page).unwrap();
                if got != cli {
                    let rebuilt = !n.ends_with(".xlsx");
                    let cli_copy = work
                        .join("fix")
                        .join(rakit::fix::default_output(Path::new(&n)));
                    if !rebuilt {
                        problems.push(format!(
                            "{n}: the downloaded copy is not byte for byte what rakit fix writes"
                        ));
                    } else if cells_text(&page) != cells_text(&cli_copy) {
                        problems.push(format!(
                            "{n}: the downloaded copy's cells differ from rakit fix's"
                        ));
                    }
                }
            }
            (Ok(_), None) => problems.push(format!(
                "{n}: rakit fix writes a copy, the page offers none ({:?})",
                page["refused"]
            )),
            (Err(message), Some(_)) => problems.push(format!(
                "{n}: rakit fix writes no copy ({message}), the page offers one"
            )),
            (Err(message), None) => {
                let unreadable = page["status"] == "unreadable";
                let refused = page["refused"].as_str().unwrap_or_default();
                if !unreadable && !refused.ends_with(&message) {
                    problems.push(format!(
                        "{n}: rakit fix says {message:?}, the page {refused:?}"
                    ));
                }
            }
        }
    }
    if shown["filter"]["info_visible"] != 0 || shown["filter"]["others_visible"] != not_info {
        problems.push(format!(
            "the severity filter without info shows {} (expected no info row and {not_info} others)",
            shown["filter"]
        ));
    }
}

/// The page's comparison of the years of `files` against `rakit compare` on the same files:
/// the same years, the same name, the same sheets.
fn compare_years(files: &[PathBuf], batch: &Value, dir: &Path, problems: &mut Vec<String>) {
    use calamine::Reader;
    let page = &batch["compare"];
    if page.is_null() {
        problems.push("several years were checked but the page offers no comparison".into());
        return;
    }
    std::fs::create_dir_all(dir).unwrap();
    let json = Command::new(env!("CARGO_BIN_EXE_rakit"))
        .arg("compare")
        .args(files)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&json.stdout).unwrap_or(Value::Null);
    // the notices (a year given twice, files of several agencies) as the command line
    // printed them, the folder of the files left out as the page knows only their names
    let folder = files
        .first()
        .and_then(|f| f.parent())
        .map(|d| format!("{}/", d.display()))
        .unwrap_or_default();
    let printed: Vec<String> = String::from_utf8_lossy(&json.stderr)
        .lines()
        .map(|l| l.replace(&folder, "").trim().to_string())
        .collect();
    let notices: Vec<String> = page["notices"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    // the inputs hold Banjar 2013 twice and several agencies' files
    let expected = cli["agencies"].as_array().map_or(0, Vec::len)
        + 1
        + cli["sheets_repeating_a_year"]
            .as_array()
            .map_or(0, Vec::len);
    if cli["agencies"].as_array().map_or(0, Vec::len) < 2
        || cli["sheets_repeating_a_year"]
            .as_array()
            .map_or(0, Vec::len)
            == 0
        || notices.len() != expected
        || notices.iter().any(|n| !printed.contains(n))
    {
        problems.push(format!(
            "the page's notices on the years {notices:?} are not those rakit compare printed ({expected} expected): {printed:?}"
        ));
    }
    let years: Vec<i64> = cli["years"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    let shown: Vec<i64> = page["years"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    if years.len() < 2 || years != shown {
        problems.push(format!(
            "the page compares the years {shown:?}, rakit compare {years:?}"
        ));
    }
    let expected_name = format!(
        "perbandingan-{}-{}.xlsx",
        years.first().unwrap_or(&0),
        years.last().unwrap_or(&0)
    );
    if page["name"].as_str() != Some(expected_name.as_str()) {
        problems.push(format!(
            "the page's comparison is named {}, rakit compare's {expected_name}",
            page["name"]
        ));
    }
    let out = dir.join(&expected_name);
    let _ = Command::new(env!("CARGO_BIN_EXE_rakit"))
        .arg("compare")
        .args(files)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .output()
        .unwrap();
    let sheets = |p: &Path| {
        calamine::open_workbook_auto(p)
            .map(|wb| wb.sheet_names())
            .unwrap_or_default()
    };
    let page_path = PathBuf::from(page["path"].as_str().unwrap_or_default());
    let (from_page, from_cli) = (sheets(&page_path), sheets(&out));
    if from_page.is_empty() || from_page != from_cli {
        problems.push(format!(
            "the page's comparison has the sheets {from_page:?}, rakit compare's {from_cli:?}"
        ));
    }
}

#[test]
fn the_page_checks_and_fixes_as_the_cli_does() {
    // CI (.ci/run) installs both: there a missing one is a failure, never a skip
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    let Some(chromium) = chromium() else {
        assert!(!in_ci, "CI without chromium: .ci/run installs it");
        eprintln!("SKIPPED tests/browser.rs: no chromium (/usr/bin/chromium); .ci/run installs it (apt-get install chromium)");
        return;
    };
    if !has_node() {
        assert!(!in_ci, "CI without node: .ci/run installs it");
        eprintln!("SKIPPED tests/browser.rs: no node; .ci/run installs nodejs and npm");
        return;
    }
    playwright();
    let page = build_page();
    let work = tempfile::tempdir().unwrap();
    let work = work.path();

    let first = inputs(&work.join("in"));
    // a table under other labels, read with a mapping file given beside it
    let mapped_dir = work.join("mapped");
    std::fs::create_dir_all(&mapped_dir).unwrap();
    let mapped = mapped_dir.join("deli-serdang-evaluasi-renja-2025.xlsx");
    std::fs::copy(root().join("tests/data").join(name(&mapped)), &mapped).unwrap();
    let mapping = mapped_dir.join("pemetaan.toml");
    std::fs::copy(
        root().join("tests/data/deli-serdang-evaluasi-renja-2025.mapping.toml"),
        &mapping,
    )
    .unwrap();

    let config = serde_json::json!({
        "page": page,
        "chromium": chromium,
        "out": work.join("downloads"),
        "batches": [
            { "files": first, "english": true },
            { "files": [mapped, mapping], "english": false },
        ],
    });
    let config_file = work.join("config.json");
    std::fs::write(&config_file, config.to_string()).unwrap();
    let out = run(Command::new("node")
        .current_dir(root().join("tests/browser"))
        .arg("run.mjs")
        .arg(&config_file));
    let result: Value = serde_json::from_slice(&out).unwrap();

    let mut problems = Vec::new();
    for url in result["requests"].as_array().unwrap() {
        let url = url.as_str().unwrap_or_default();
        if !(url.starts_with("file:") || url.starts_with("blob:") || url.starts_with("data:")) {
            problems.push(format!(
                "the page made a request that leaves file://: {url}"
            ));
        }
    }
    for e in result["errors"].as_array().unwrap() {
        problems.push(format!("the page reported: {e}"));
    }
    let batches = result["batches"].as_array().unwrap();
    compare_batch(&first, None, &batches[0], &work.join("b0"), &mut problems);
    compare_batch(
        std::slice::from_ref(&mapped),
        Some(&mapping),
        &batches[1],
        &work.join("b1"),
        &mut problems,
    );
    compare_years(&first, &batches[0], &work.join("cmp"), &mut problems);
    if !batches[1]["compare"].is_null() {
        problems.push("one file of one year offered a comparison of years".into());
    }

    // the hostile files are unreadable, each with its reason
    let shown = batches[0]["id"].as_array().unwrap();
    for (file, kind) in [
        ("hostile-zip-bomb.xlsx", "too_large"),
        // a web page is read as Excel opens it; this one holds no indicator table (its
        // `<script>` is not read as cells)
        ("ekspor-aplikasi.xls", "no_table"),
        ("kosong.xlsx", "empty"),
    ] {
        let status = shown
            .iter()
            .find(|f| f["file"] == file)
            .map(|f| f["status"].clone());
        if status != Some(Value::from("unreadable")) {
            problems.push(format!(
                "{file} ({kind}): {status:?} on the page, not unreadable"
            ));
        }
        let json: Value =
            serde_json::from_str(batches[0]["json"][file]["id"].as_str().unwrap_or("{}")).unwrap();
        if json["files"][0]["error"]["kind"] != kind {
            problems.push(format!(
                "{file}: error kind {} , not {kind}",
                json["files"][0]["error"]["kind"]
            ));
        }
    }
    // the batch really held readable files with findings and copies
    let copies = batches[0]["downloads"]
        .as_object()
        .map(|o| o.len())
        .unwrap_or(0);
    assert!(
        copies >= 8,
        "only {copies} corrected copies were downloaded"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}
