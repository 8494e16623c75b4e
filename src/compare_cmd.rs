//! `rakit compare`: several years' workbooks → one summary workbook (or JSON, or the matches
//! to decide). The comparison itself is [`rakit_core::compare`]; this reads the files, plans
//! the output (never onto an input, never over a file without `--force`) and saves it
//! atomically.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::app::{self, FileReport, Status};
use crate::cli::{CompareArgs, OutputFormat};
use crate::compare::{self, pins, xlsx, CompareConfig, Outcome, Pins};
use crate::i18n::Lang;
use crate::layout::mapping::Mapping;
use crate::rules::{self, Options};

rakit_core::texts! {
    FORMAT_IS_HUMAN_THE_SUMMARY = "compare_cmd.format_is_human_the_summary",
        "--format hanya human (buku kerja ringkasan) atau json",
        "--format is human (the summary workbook) or json only";
    RAKIT_NO_WORKBOOK_XLSX_XLS = "compare_cmd.rakit_no_workbook_xlsx_xls",
        "rakit: tidak ada buku kerja (.xlsx, .xls, .xlsb, .ods) di jalur yang diberikan",
        "rakit: no workbook (.xlsx, .xls, .xlsb, .ods) in the given paths";
    THE_TABLE_S_YEAR_CANNOT = "compare_cmd.the_table_s_year_cannot",
        "tahun tabel tidak dapat ditentukan; sheet ini tidak dibandingkan (tulis tahunnya di judul, atau pakai berkas pemetaan dengan `tahun`)",
        "the table's year cannot be decided; this sheet is not compared (write the year in its title, or use a mapping file with `tahun`)";
    RAKIT_NO_INDICATOR_TABLE_WITH = "compare_cmd.rakit_no_indicator_table_with",
        "rakit: tidak ada tabel indikator bertahun untuk dibandingkan",
        "rakit: no indicator table with a year to compare";
    RAKIT_ONLY_ONE_YEAR_WAS = "compare_cmd.rakit_only_one_year_was",
        "rakit: hanya satu tahun yang terbaca:",
        "rakit: only one year was read:";
    COMPARISON = "compare_cmd.comparison",
        "perbandingan",
        "comparison";
    THE_SUMMARY_WORKBOOK_MAY_NOT = "compare_cmd.the_summary_workbook_may_not",
        "buku kerja ringkasan tidak boleh menimpa masukan; pilih nama lain dengan -o",
        "the summary workbook may not overwrite an input; choose another name with -o";
    ALREADY_EXISTS_AND_IS_NOT = "compare_cmd.already_exists_and_is_not",
        "sudah ada dan tidak ditimpa; pakai --force untuk menimpanya, atau pilih keluaran lain dengan -o",
        "already exists and is not overwritten; use --force to overwrite it, or choose another output with -o";
    THE_FOLDER_CANNOT_BE_CREATED = "compare_cmd.the_folder_cannot_be_created",
        "folder tidak dapat dibuat:",
        "the folder cannot be created:";
    THE_SUMMARY_WORKBOOK_CANNOT_BE = "compare_cmd.the_summary_workbook_cannot_be",
        "buku kerja ringkasan tidak dapat dibuat",
        "the summary workbook cannot be built";
    THE_SUMMARY_WORKBOOK_CANNOT_BE_2 = "compare_cmd.the_summary_workbook_cannot_be_2",
        "buku kerja ringkasan tidak dapat ditulis ke",
        "the summary workbook cannot be written to";
    FILES = "compare_cmd.files",
        "berkas",
        "files";
    INDICATORS = "compare_cmd.indicators",
        "indikator",
        "indicators";
    MATCHES_TO_CONFIRM = "compare_cmd.matches_to_confirm",
        "kecocokan perlu konfirmasi",
        "matches to confirm";
    YEAR_OVER_YEAR_FINDINGS = "compare_cmd.year_over_year_findings",
        "temuan antartahun",
        "year-over-year findings";
    COMPARISON_2 = "compare_cmd.comparison_2",
        "perbandingan-",
        "comparison-";
    THE_MATCHES_FILE_CANNOT_BE = "compare_cmd.the_matches_file_cannot_be",
        "berkas kecocokan tidak dapat dipakai",
        "the matches file cannot be used";
    THE_MAPPING_FILE_CANNOT_BE = "compare_cmd.the_mapping_file_cannot_be",
        "berkas pemetaan tidak dapat dipakai",
        "the mapping file cannot be used";
    PER_FOLDER_AND_MATCHES = "compare_cmd.per_folder_and_matches",
        "--print-matches dan --matches berlaku untuk satu OPD: bandingkan foldernya sendiri, tanpa --per-folder",
        "--print-matches and --matches are for one agency: compare its folder alone, without --per-folder";
    PER_FOLDER_HINT = "compare_cmd.per_folder_hint",
        "Bila tiap OPD ada di subfoldernya sendiri: rakit compare --per-folder FOLDER membandingkan tiap subfolder tersendiri",
        "When each agency sits in a subfolder of its own: rakit compare --per-folder FOLDER compares each subfolder on its own";
    FOLDERS_COMPARED = "compare_cmd.folders_compared",
        "folder dibandingkan",
        "folders compared";
    SUMMARIES_WRITTEN = "compare_cmd.summaries_written",
        "buku kerja ringkasan ditulis",
        "summary workbooks written";
    UNKNOWN_RULE = "compare_cmd.unknown_rule",
        "aturan tidak dikenal:",
        "unknown rule:";
}

/// Runs `rakit compare`; its exit code (0 done, 2 an input or the output failed).
pub fn run(args: &CompareArgs) -> i32 {
    let lang = args.common.lang;
    if !matches!(args.format, OutputFormat::Human | OutputFormat::Json) {
        eprintln!("rakit compare: {}", FORMAT_IS_HUMAN_THE_SUMMARY.get(lang));
        return 2;
    }
    if args.per_folder && (args.print_matches || args.matches.is_some()) {
        eprintln!("rakit compare: {}", PER_FOLDER_AND_MATCHES.get(lang));
        return 2;
    }
    let opts = match options(args, lang) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let mapping = match load_mapping(args, lang) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let pins = match load_pins(args.matches.as_deref(), lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut seen = std::collections::HashSet::new();
    let inputs: Vec<app::Input> = app::collect_inputs_with_roots(&args.paths)
        .into_iter()
        .filter(|i| seen.insert(i.path.canonicalize().unwrap_or_else(|_| i.path.clone())))
        .collect();
    if inputs.is_empty() {
        eprintln!("{}", RAKIT_NO_WORKBOOK_XLSX_XLS.get(lang));
        return 2;
    }
    // summaries of earlier runs (default names) inside a folder are no year of their own
    let inputs: Vec<app::Input> = inputs
        .into_iter()
        .filter(|i| i.root.is_none() || !has_summary_name(&i.path))
        .collect();
    if inputs.len() > 1 {
        // as `rakit check` does over several files: freed pages are reused by the next file
        crate::reuse_freed_memory_across_files();
    }
    let how = How {
        args,
        opts: &opts,
        mapping: mapping.as_ref(),
        pins,
        lang,
    };
    if args.per_folder {
        return per_folder(&how, inputs);
    }
    let reports = read_all(&inputs, how.mapping);
    let output = args.output.clone().map_or(Output::Beside, Output::File);
    let (mut err, mut out) = (std::io::stderr().lock(), std::io::stdout().lock());
    let done = compare_one(&how, &inputs, reports, output, None, &mut err, &mut out);
    if let Some(mut json) = done.json {
        json.push(b'\n');
        let _ = out.write_all(&json);
    }
    done.code
}

/// What every comparison of one run shares: the arguments, the rules' options, the mapping
/// and the pins.
struct How<'a> {
    args: &'a CompareArgs,
    opts: &'a Options,
    mapping: Option<&'a Mapping>,
    pins: Pins,
    lang: Lang,
}

/// Every file read as compare reads it (the models and the workbook), in parallel.
fn read_all(inputs: &[app::Input], mapping: Option<&Mapping>) -> Vec<FileReport> {
    inputs
        .par_iter()
        .map(|i| app::read_file_for_compare(&i.path, mapping))
        .collect()
}

/// Where one comparison's summary workbook goes.
enum Output {
    /// this file (`-o`)
    File(PathBuf),
    /// this folder, by its years' name (a folder of `--per-folder`)
    In(PathBuf),
    /// beside the first input, by its years' name
    Beside,
}

/// What one comparison leaves: its exit code, whether its summary workbook was written, and,
/// under `--format json`, its document.
struct Done {
    code: i32,
    summary: bool,
    json: Option<Vec<u8>>,
}

/// Compares the files of one agency (read already) and writes what was asked: the summary
/// workbook (to `output`), or the matches; the JSON document is
/// handed back. `folder` (under `--per-folder`) names the folder in messages that name no
/// file, and leaves the list of matches to confirm to the summary's sheet.
fn compare_one(
    how: &How,
    inputs: &[app::Input],
    reports: Vec<FileReport>,
    output: Output,
    folder: Option<&str>,
    err: &mut dyn Write,
    out: &mut dyn Write,
) -> Done {
    let lang = how.lang;
    let failed = |code| Done {
        code,
        summary: false,
        json: None,
    };
    let mut code = 0;
    let mut usable = Vec::new();
    let mut used: Vec<app::Input> = Vec::new();
    for (input, r) in inputs.iter().zip(reports) {
        if let Some(e) = &r.error {
            let _ = writeln!(err, "{}: {}", r.path.display(), e.message.render(lang));
            code = 2;
            continue;
        }
        // a summary workbook of an earlier run, found in a folder, is no year of its own
        if input.root.is_some() && is_summary(&r) {
            continue;
        }
        if r.status != Status::Unreadable {
            used.push(input.clone());
            usable.push(r);
        }
    }
    let mut cmp = compare::compare(
        &usable,
        &CompareConfig {
            pins: how.pins.clone(),
        },
    );
    // the year-over-year findings are rules of the registry: --select and --ignore apply
    cmp.findings.retain(|f| how.opts.reports(f.code));
    for (p, s) in &cmp.no_year {
        let _ = writeln!(err, "{p} › {s}: {}", THE_TABLE_S_YEAR_CANNOT.get(lang));
    }
    for line in cmp.notices(lang) {
        let _ = writeln!(err, "{line}");
    }
    if cmp.agencies.len() > 1 && folder.is_none() {
        let _ = writeln!(err, "{}", PER_FOLDER_HINT.get(lang));
    }
    let named = |text: &str| match folder {
        Some(f) => format!("{f}: {text}"),
        None => text.to_string(),
    };
    if cmp.years.is_empty() {
        let _ = writeln!(err, "{}", named(RAKIT_NO_INDICATOR_TABLE_WITH.get(lang)));
        return failed(2);
    }
    if how.args.print_matches {
        let _ = write!(out, "{}", pins::to_toml(&cmp, lang));
        return failed(code);
    }
    if how.args.format == OutputFormat::Json {
        return Done {
            code,
            summary: false,
            // a folder's document stands as a member's value in `--per-folder`'s
            json: Some(cmp.to_json_bytes_nested(lang, usize::from(folder.is_some()))),
        };
    }
    if cmp.years.len() < 2 {
        let _ = writeln!(
            err,
            "{} {}",
            named(RAKIT_ONLY_ONE_YEAR_WAS.get(lang)),
            cmp.years[0]
        );
    }
    let output = match output {
        Output::File(f) => f,
        Output::In(dir) => dir.join(summary_name(&cmp.years, lang)),
        Output::Beside => default_output(inputs, &cmp.years, lang),
    };
    let wrote = write_summary(&cmp, &used, &output, how, folder.is_none(), err, out);
    Done {
        code: code.max(wrote),
        summary: wrote == 0,
        json: None,
    }
}

/// `--per-folder`: the files of each subfolder of a folder given (and those lying in the
/// folder itself, or given as files, by the folder they lie in) compared on their own, in
/// parallel; the summaries inside their folders or in the `-o` folder as `FOLDER.xlsx`,
/// the JSON documents in one object by folder. Messages and summary lines come folder by
/// folder, in order.
fn per_folder(how: &How, inputs: Vec<app::Input>) -> i32 {
    let lang = how.lang;
    let mut folders: BTreeMap<PathBuf, Vec<app::Input>> = BTreeMap::new();
    for input in inputs {
        folders.entry(folder_of(&input)).or_default().push(input);
    }
    let out_dir = how.args.output.clone();
    let names = folder_names(folders.keys());
    let folders: Vec<_> = folders.into_iter().zip(names).collect();
    let results: Vec<FolderDone> = folders
        .into_par_iter()
        .map(|((folder, inputs), name)| {
            // read folder by folder: one folder's workbooks in memory at a time per thread
            let reports = read_all(&inputs, how.mapping);
            let (mut err, mut out) = (Vec::new(), Vec::new());
            let output = match &out_dir {
                Some(d) => Output::File(d.join(format!("{name}.xlsx"))),
                None => Output::In(folder.clone()),
            };
            let shown = folder.display().to_string();
            let done = compare_one(
                how,
                &inputs,
                reports,
                output,
                Some(&shown),
                &mut err,
                &mut out,
            );
            FolderDone {
                folder: shown,
                done,
                err,
                out,
            }
        })
        .collect();
    let total = results.len();
    let (mut stderr, mut stdout) = (std::io::stderr().lock(), std::io::stdout().lock());
    let mut code = 0;
    let mut written = 0;
    let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
    for r in results {
        let _ = stderr.write_all(&r.err);
        let _ = stdout.write_all(&r.out);
        code = code.max(r.done.code);
        if r.done.summary {
            written += 1;
        }
        if let Some(j) = r.done.json {
            documents.push((r.folder, j));
        }
    }
    if how.args.format == OutputFormat::Json {
        let _ = by_folder(&documents, &mut stdout);
    } else {
        let _ = writeln!(
            stdout,
            "{} {}, {} {}",
            total,
            FOLDERS_COMPARED.get(lang),
            written,
            SUMMARIES_WRITTEN.get(lang)
        );
    }
    code
}

/// One folder's comparison under `--per-folder`, and what it printed, to be shown in order.
struct FolderDone {
    folder: String,
    done: Done,
    err: Vec<u8>,
    out: Vec<u8>,
}

/// The folder a file is compared in under `--per-folder`: the subfolder of the folder given
/// that holds it, else the folder given, else (a file given) the folder it lies in.
fn folder_of(input: &app::Input) -> PathBuf {
    match &input.root {
        Some(root) => {
            let rel = input.path.strip_prefix(root).unwrap_or(&input.path);
            let mut parts = rel.components();
            match (parts.next(), parts.next()) {
                (Some(first), Some(_)) => root.join(first),
                _ => root.clone(),
            }
        }
        None => input
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
    }
}

/// Each folder's name for its summary in the `-o` folder: its own name, or, where two share
/// one, the name with its number among them (`dinkes`, `dinkes-2`).
fn folder_names<'a>(folders: impl Iterator<Item = &'a PathBuf>) -> Vec<String> {
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    folders
        .map(|f| {
            let base = f
                .canonicalize()
                .unwrap_or_else(|_| f.clone())
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| COMPARISON.get(Lang::Id).to_string());
            let n = used.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                base
            } else {
                format!("{base}-{n}")
            }
        })
        .collect()
}

/// Writes the JSON documents of `--per-folder` as one object by folder, each document
/// indented under its key (written so: [`rakit_core::compare::Comparison::to_json_bytes_nested`]).
fn by_folder(documents: &[(String, Vec<u8>)], out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(b"{")?;
    for (i, (folder, doc)) in documents.iter().enumerate() {
        out.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
        let key = serde_json::to_string(folder).unwrap_or_else(|_| "\"\"".into());
        out.write_all(key.as_bytes())?;
        out.write_all(b": ")?;
        out.write_all(doc)?;
    }
    out.write_all(b"\n}\n")
}

/// `perbandingan-2013-2016.xlsx` beside the first input (inside it when it is a folder).
fn default_output(inputs: &[app::Input], years: &[i32], lang: Lang) -> PathBuf {
    let dir = inputs
        .first()
        .map(|i| match &i.root {
            Some(root) => root.clone(),
            None => i.path.parent().map(Path::to_path_buf).unwrap_or_default(),
        })
        .unwrap_or_default();
    dir.join(summary_name(years, lang))
}

/// `perbandingan-2013-2016.xlsx`: the summary's name by the years it compares.
fn summary_name(years: &[i32], lang: Lang) -> String {
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    format!("{}-{span}.xlsx", COMPARISON.get(lang))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes the summary workbook (never onto an input, never over a file without `force`) and
/// its line; the matches to confirm listed under it when `list_confirm`.
fn write_summary(
    cmp: &compare::Comparison,
    inputs: &[app::Input],
    output: &Path,
    how: &How,
    list_confirm: bool,
    err: &mut dyn Write,
    out: &mut dyn Write,
) -> i32 {
    let (force, lang) = (how.args.force, how.lang);
    if inputs.iter().any(|i| same_file(&i.path, output)) {
        let _ = writeln!(
            err,
            "{}: {}",
            output.display(),
            THE_SUMMARY_WORKBOOK_MAY_NOT.get(lang)
        );
        return 2;
    }
    if output.symlink_metadata().is_ok() && !force {
        let _ = writeln!(
            err,
            "{} {}",
            output.display(),
            ALREADY_EXISTS_AND_IS_NOT.get(lang)
        );
        return 2;
    }
    let dir = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Err(e) = std::fs::create_dir_all(dir) {
        let _ = writeln!(
            err,
            "{} {} ({e})",
            THE_FOLDER_CANNOT_BE_CREATED.get(lang),
            dir.display()
        );
        return 2;
    }
    let opts = xlsx::XlsxOptions {
        links: links(cmp, dir),
    };
    let bytes = match cmp.to_xlsx_with(lang, &opts) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}: {} ({e})",
                output.display(),
                THE_SUMMARY_WORKBOOK_CANNOT_BE.get(lang)
            );
            return 2;
        }
    };
    let first = inputs.first().map(|i| i.path.as_path()).unwrap_or(output);
    if let Err(e) = crate::write::save_atomically(first, output, |f| {
        f.write_all(&bytes)?;
        Ok(())
    }) {
        let _ = writeln!(
            err,
            "{} {} ({e})",
            THE_SUMMARY_WORKBOOK_CANNOT_BE_2.get(lang),
            output.display()
        );
        return 2;
    }
    let confirm: Vec<_> = cmp.to_confirm().collect();
    let _ = writeln!(
        out,
        "{} {} → {}: {} {} ({}), {} {}, {} {}",
        cmp.files.len(),
        FILES.get(lang),
        output.display(),
        cmp.groups.len(),
        INDICATORS.get(lang),
        cmp.years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        confirm.len(),
        MATCHES_TO_CONFIRM.get(lang),
        cmp.findings.len(),
        YEAR_OVER_YEAR_FINDINGS.get(lang),
    );
    for l in confirm.iter().filter(|_| list_confirm) {
        let _ = writeln!(
            out,
            "  {} {} \"{}\" ↔ {} \"{}\" ({})",
            Outcome::Confirm.label(lang),
            l.from_year,
            l.from_name,
            l.to_year,
            l.to_name,
            l.verdict.reason
        );
    }
    0
}

/// Links from the summary workbook to the sources that sit in its folder or below it.
fn links(cmp: &compare::Comparison, dir: &Path) -> BTreeMap<String, String> {
    let Ok(dir) = dir.canonicalize() else {
        return BTreeMap::new();
    };
    cmp.files
        .iter()
        .filter_map(|f| {
            let rel = Path::new(f).canonicalize().ok()?;
            let rel = rel.strip_prefix(&dir).ok()?;
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            Some((f.clone(), parts.join("/")))
        })
        .collect()
}

/// `perbandingan-2013-2016.xlsx`, `comparison-2013.xlsx`: the names rakit compare gives.
fn has_summary_name(p: &Path) -> bool {
    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    Lang::ALL.iter().any(|l| {
        stem.strip_prefix(COMPARISON_2.get(*l))
            .is_some_and(|rest| rest.chars().next().is_some_and(|c| c.is_ascii_digit()))
    })
}

/// Whether a workbook is a summary rakit compare wrote (its overview and matches sheets).
fn is_summary(r: &FileReport) -> bool {
    let Some(wb) = &r.workbook else {
        return false;
    };
    let has = |n: &str| wb.sheets.iter().any(|s| s.name == n);
    Lang::ALL.iter().any(|l| {
        let names = xlsx::sheet_names(*l);
        has(names[0]) && has(names[6])
    })
}

fn load_pins(path: Option<&Path>, lang: Lang) -> Result<Pins, i32> {
    let Some(path) = path else {
        return Ok(Pins::default());
    };
    let fail = |detail: String| {
        eprintln!(
            "{}: {} — {detail}",
            path.display(),
            THE_MATCHES_FILE_CANNOT_BE.get(lang)
        );
        2
    };
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    Pins::from_bytes(path, bytes).map_err(|e| fail(e.to_string()))
}

fn load_mapping(args: &CompareArgs, lang: Lang) -> Result<Option<Mapping>, i32> {
    let Some(path) = &args.common.mapping else {
        return Ok(None);
    };
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| Mapping::parse(&t).map_err(|e| e.to_string()))
        .map(Some)
        .map_err(|e| {
            eprintln!(
                "{}: {} — {e}",
                path.display(),
                THE_MAPPING_FILE_CANNOT_BE.get(lang)
            );
            2
        })
}

fn options(args: &CompareArgs, lang: Lang) -> Result<Options, i32> {
    let c = &args.common;
    let list = |flag: &str, arg: &Option<String>| -> Result<Option<Vec<rules::RuleId>>, i32> {
        arg.as_deref()
            .map(rules::parse_rule_list)
            .transpose()
            .map_err(|entry| {
                eprintln!("rakit: --{flag}: {} `{entry}`", UNKNOWN_RULE.get(lang));
                2
            })
    };
    Ok(Options {
        negatif: c.negatif,
        cap: c.cap,
        select: list("select", &c.select)?,
        ignore: list("ignore", &c.ignore)?.unwrap_or_default(),
        policy: None,
    })
}
