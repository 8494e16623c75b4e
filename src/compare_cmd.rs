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
    let reports: Vec<FileReport> = inputs
        .par_iter()
        .map(|i| app::read_file_for_compare(&i.path, mapping.as_ref()))
        .collect();
    let mut code = 0;
    let mut usable = Vec::new();
    let mut used: Vec<app::Input> = Vec::new();
    for (input, r) in inputs.iter().zip(reports) {
        if let Some(e) = &r.error {
            eprintln!("{}: {}", r.path.display(), e.message.render(lang));
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
    let mut cmp = compare::compare(&usable, &CompareConfig { pins });
    // the year-over-year findings are rules of the registry: --select and --ignore apply
    cmp.findings.retain(|f| opts.reports(f.code));
    for (p, s) in &cmp.no_year {
        eprintln!("{p} › {s}: {}", THE_TABLE_S_YEAR_CANNOT.get(lang));
    }
    for line in cmp.notices(lang) {
        eprintln!("{line}");
    }
    if cmp.years.is_empty() {
        eprintln!("{}", RAKIT_NO_INDICATOR_TABLE_WITH.get(lang));
        return 2;
    }
    let mut out = std::io::stdout().lock();
    if args.print_matches {
        let _ = write!(out, "{}", pins::to_toml(&cmp, lang));
        return code;
    }
    if args.format == OutputFormat::Json {
        let mut json = cmp.to_json_bytes(lang);
        json.push(b'\n');
        let _ = out.write_all(&json);
        return code;
    }
    if cmp.years.len() < 2 {
        eprintln!("{} {}", RAKIT_ONLY_ONE_YEAR_WAS.get(lang), cmp.years[0]);
    }
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| default_output(&inputs, &cmp.years, lang));
    code.max(write_summary(
        &cmp, &used, &output, args.force, lang, &mut out,
    ))
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
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    dir.join(format!("{}-{span}.xlsx", COMPARISON.get(lang)))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn write_summary(
    cmp: &compare::Comparison,
    inputs: &[app::Input],
    output: &Path,
    force: bool,
    lang: Lang,
    out: &mut impl Write,
) -> i32 {
    if inputs.iter().any(|i| same_file(&i.path, output)) {
        eprintln!(
            "{}: {}",
            output.display(),
            THE_SUMMARY_WORKBOOK_MAY_NOT.get(lang)
        );
        return 2;
    }
    if output.symlink_metadata().is_ok() && !force {
        eprintln!(
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
        eprintln!(
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
            eprintln!(
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
        eprintln!(
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
    for l in confirm {
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
