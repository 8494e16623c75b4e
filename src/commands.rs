//! The commands behind the CLI: check, fix, the drag-and-drop mode, and the rules list.
//! Each returns the process exit code: 0 no error finding, 1 an error finding, 2 an input
//! that cannot be read or wrong arguments.

use std::io::{IsTerminal, Write};

rakit_core::texts! {
    RAKIT_NAME_A_WORKBOOK_E = "commands.rakit_name_a_workbook_e",
        "rakit: sebutkan buku kerja, misalnya `rakit check pk-2014.xlsx` (lihat `rakit --help`), atau seret berkas ke rakit.exe",
        "rakit: name a workbook, e.g. `rakit check pk-2014.xlsx` (see `rakit --help`), or drop files onto rakit.exe";
    THE_MAPPING_FILE_CANNOT_BE = "commands.the_mapping_file_cannot_be",
        "berkas pemetaan tidak dapat dipakai",
        "the mapping file cannot be used";
    UNKNOWN_RULE = "commands.unknown_rule",
        "aturan tidak dikenal:",
        "unknown rule:";
    SEE_RAKIT_RULES_FOR_THE = "commands.see_rakit_rules_for_the",
        "lihat `rakit rules` untuk kode dan nama aturan",
        "see `rakit rules` for the codes and names of the rules";
    THE_POLICY_FILE_CANNOT_BE = "commands.the_policy_file_cannot_be",
        "berkas kebijakan tidak dapat dipakai",
        "the policy file cannot be used";
    RAKIT_NO_WORKBOOK_XLSX_XLS = "commands.rakit_no_workbook_xlsx_xls",
        "rakit: tidak ada buku kerja (.xlsx, .xls, .xlsb, .ods) di jalur yang diberikan",
        "rakit: no workbook (.xlsx, .xls, .xlsb, .ods) in the given paths";
    SKIPPED = "commands.skipped",
        "dilewati",
        "skipped";
    UNREADABLE = "commands.unreadable",
        "Tidak terbaca",
        "Unreadable";
    THE_SUMMARY_WORKBOOK_CANNOT_BE = "commands.the_summary_workbook_cannot_be",
        "buku kerja ringkasan tidak dapat dibuat",
        "the summary workbook cannot be made";
    THE_SUMMARY_WORKBOOK_CANNOT_BE_2 = "commands.the_summary_workbook_cannot_be_2",
        "buku kerja ringkasan tidak dapat ditulis",
        "the summary workbook cannot be written";
    MACROS_NEED_XLSM = "commands.macros_need_xlsm",
        "buku kerja ini bermakro; salinan perbaikannya menyimpan makronya dan harus bernama .xlsm (Excel tidak membuka buku kerja bermakro bernama .xlsx): pakai -o NAMA.xlsm",
        "this workbook holds macros; its corrected copy keeps them and must be named .xlsm (Excel does not open a macro workbook named .xlsx): use -o NAME.xlsm";
    COPY_NEEDS_XLSX = "commands.copy_needs_xlsx",
        "salinan perbaikan selalu berupa buku kerja .xlsx, dan Excel hanya membukanya bila namanya berakhiran .xlsx: pakai -o NAMA.xlsx",
        "the corrected copy is always an .xlsx workbook, and Excel opens it only when its name ends in .xlsx: use -o NAME.xlsx";
    IS_NOT_A_FOLDER_WITH = "commands.is_not_a_folder_with",
        "bukan folder; dengan beberapa masukan atau masukan berupa folder, -o harus folder (dibuat bila belum ada)",
        "is not a folder; with several inputs or a folder input, -o must be a folder (created when missing)";
    CORRECTED_COPIES_NOT_WRITTEN_SEE = "commands.corrected_copies_not_written_see",
        "salinan perbaikan tidak ditulis (lihat pesan di atas)",
        "corrected copies not written (see the messages above)";
    ALREADY_EXIST_USE_FORCE_TO = "commands.already_exist_use_force_to",
        "sudah ada: pakai --force untuk menimpanya",
        "already exist: use --force to overwrite them";
    ALREADY_EXISTS = "commands.already_exists",
        "sudah ada",
        "already exists";
    THE_COPY_IS_SAVED_AS = "commands.the_copy_is_saved_as",
        "salinan disimpan sebagai",
        "the copy is saved as";
    THE_FOLDER_CANNOT_BE_CREATED = "commands.the_folder_cannot_be_created",
        "folder tidak dapat dibuat:",
        "the folder cannot be created:";
    OF_THEM_FORMULAS_PUT_BACK = "commands.of_them_formulas_put_back",
        "di antaranya rumus yang dikembalikan ke pola kolomnya",
        "of them formulas put back to their column's pattern";
    CELLS_CORRECTED = "commands.cells_corrected",
        "sel diperbaiki",
        "cells corrected";
    FINDINGS_NEED_A_MANUAL_FIX = "commands.findings_need_a_manual_fix",
        "temuan perlu diperbaiki manual (lihat sheet Temuan)",
        "findings need a manual fix (see the Temuan sheet)";
    NOTE = "commands.note",
        "catatan",
        "note";
    THE_CORRECTED_COPY_CANNOT_BE = "commands.the_corrected_copy_cannot_be",
        "salinan perbaikan tidak dapat ditulis ke",
        "the corrected copy cannot be written to";
    ALREADY_EXISTS_AND_IS_NOT = "commands.already_exists_and_is_not",
        "sudah ada dan tidak ditimpa; pakai --force untuk menimpanya, atau pilih keluaran lain dengan -o",
        "already exists and is not overwritten; use --force to overwrite it, or choose another output with -o";
    ITS_CORRECTED_COPY_IS_NOT = "commands.its_corrected_copy_is_not",
        "salinan perbaikannya tidak ditulis: namanya sama dengan salinan dari",
        "its corrected copy is not written: it has the same name as the copy of";
    PLANNED_BEFORE_IT = "commands.planned_before_it",
        "yang sudah direncanakan",
        "planned before it";
    GIVE_THEIR_PARENT_FOLDER_SO = "commands.give_their_parent_folder_so",
        "Berikan folder induknya agar subfolder dipertahankan, atau perbaiki berkas ini terpisah dengan -o lain.",
        "Give their parent folder so that subfolders are kept, or fix this file separately with another -o.";
    NO_FREE_NAME_FOR_THE = "commands.no_free_name_for_the",
        "tidak ada nama bebas untuk salinan perbaikan di samping",
        "no free name for the corrected copy next to";
    NPRESS_ENTER_TO_CLOSE = "commands.npress_enter_to_close",
        "\nTekan Enter untuk menutup...",
        "\nPress Enter to close...";
    ERROR = "commands.error",
        "galat",
        "error";
    WARNING = "commands.warning",
        "peringatan",
        "warning";
    IS_INPUT = "commands.is_input",
        "salinan perbaikan tidak boleh menimpa berkas asli; pilih nama lain dengan -o",
        "the corrected copy may not overwrite the input; choose another name with -o";
    SUMMARY_WORKBOOK = "commands.summary_workbook",
        "buku kerja ringkasan rakit (--summary), ditulis ulang oleh pemeriksaan ini",
        "rakit's summary workbook (--summary), written again by this check";
}

/// `println!` that never panics on a closed pipe (`rakit rules | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::app::{self, FileReport, Shed, Status};
use crate::cli::{CheckArgs, Cli, Command, Common, FixArgs, OutputFormat};
use crate::fix;
use crate::i18n::Lang;
use crate::layout::mapping::Mapping;
use crate::report::{self, Term};
use crate::rules::{self, Options};
use crate::write::WriteError;

pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Some(Command::Check(args)) => check(&args),
        Some(Command::Fix(args)) => fix_cmd(&args),
        Some(Command::Compare(args)) => crate::compare_cmd::run(&args),
        Some(Command::Rules { code, common }) => rules_cmd(code.as_deref(), common.lang),
        None if !cli.files.is_empty() => drop_mode(&cli.files, &cli.common),
        None => {
            eprintln!("{}", RAKIT_NAME_A_WORKBOOK_E.get(cli.common.lang));
            pause(cli.common.lang);
            2
        }
    }
}

fn load_mapping(common: &Common) -> Result<Option<Mapping>, i32> {
    let Some(path) = &common.mapping else {
        return Ok(None);
    };
    std::fs::read_to_string(path)
        .map_err(|e| {
            crate::layout::mapping::MappingError::Io(app::os_error_text(
                &e.to_string(),
                common.lang,
            ))
        })
        .and_then(|text| Mapping::parse(&text))
        .map(Some)
        .map_err(|e| {
            eprintln!(
                "{}: {} — {e}",
                path.display(),
                THE_MAPPING_FILE_CANNOT_BE.get(common.lang)
            );
            2
        })
}

/// The options of a check; an entry of `--select` or `--ignore` that names no rule is an
/// error (exit 2).
fn options(common: &Common) -> Result<Options, i32> {
    let list = |flag: &str, arg: &Option<String>| -> Result<Option<Vec<rules::RuleId>>, i32> {
        match arg.as_deref().map(rules::parse_rule_list).transpose() {
            Ok(ids) => Ok(ids),
            Err(entry) => {
                eprintln!(
                    "rakit: --{flag}: {} `{entry}` ({})",
                    UNKNOWN_RULE.get(common.lang),
                    SEE_RAKIT_RULES_FOR_THE.get(common.lang)
                );
                Err(2)
            }
        }
    };
    Ok(Options {
        negatif: common.negatif,
        cap: common.cap,
        select: list("select", &common.select)?,
        ignore: list("ignore", &common.ignore)?.unwrap_or_default(),
        policy: policy(common)?,
    })
}

/// The submission policy of `--policy` and `--tahun` (`--tahun` wins over the file's
/// `tahun`); a policy file that cannot be read or parsed is an error (exit 2).
fn policy(common: &Common) -> Result<Option<rules::policy::Policy>, i32> {
    let mut policy = match &common.policy {
        None => None,
        Some(path) => {
            let parsed = std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|text| rules::policy::Policy::parse(&text));
            match parsed {
                Ok(p) => Some(p),
                Err(e) => {
                    eprintln!(
                        "{}: {} — {e}",
                        path.display(),
                        THE_POLICY_FILE_CANNOT_BE.get(common.lang)
                    );
                    return Err(2);
                }
            }
        }
    };
    if let Some(y) = common.tahun {
        policy.get_or_insert_with(Default::default).tahun = Some(y);
    }
    Ok(policy)
}

/// What a run keeps of each file's report until its output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// everything: `fix` and `--print-mapping` need the workbook and its tables
    All,
    /// the findings with their places, and of the workbook the rows of the findings
    /// ([`FileReport::trimmed`]): the terminal's diagnostics show each finding's row
    Rows,
    /// the findings, each with its place ([`FileReport::slim`]): the outputs that list
    /// every finding
    Findings,
    /// the number of findings of each severity ([`FileReport::tally`]): `-q`, which prints
    /// one line per file
    Counts,
}

/// Checks files in parallel, keeping their order; a progress bar on a terminal. Each report
/// carries its path relative to the folder given, and drops what `keep` does not ask for as
/// soon as it is made.
fn check_all(
    inputs: &[app::Input],
    mapping: Option<&Mapping>,
    opts: &Options,
    keep: Keep,
) -> Vec<FileReport> {
    if inputs.len() > 1 {
        crate::reuse_freed_memory_across_files();
    }
    let bar = if inputs.len() > 1 && std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(inputs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    // one file: what its report lets go of is freed on a thread of its own while the report
    // is written (a workbook of 50,000 rows takes tens of milliseconds to free); many
    // files: each frees its own as it goes, so that memory stays flat
    let one = inputs.len() == 1;
    let reports: Vec<FileReport> = inputs
        .par_iter()
        .map(|i| {
            let mut r = app::check_file(&i.path, mapping, opts);
            r.relative_path = i.relative();
            if let Some(b) = &bar {
                b.inc(1);
            }
            let (r, shed) = match keep {
                Keep::All => (r, Shed::default()),
                Keep::Rows => r.trimmed_shedding(),
                Keep::Findings => r.slim_shedding(),
                Keep::Counts => r.tally_shedding(),
            };
            if one && keep != Keep::All {
                // where no thread can be started, spawn drops the closure and so frees it here
                let _ = std::thread::Builder::new().spawn(move || drop(shed));
            }
            r
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    reports
}

/// The workbooks named (folders expanded), each with the folder argument it came from; a
/// message when there is none.
fn inputs_or_complain(paths: &[PathBuf], lang: Lang) -> Option<Vec<app::Input>> {
    let inputs = app::collect_inputs_with_roots(paths);
    if inputs.is_empty() {
        eprintln!("{}", RAKIT_NO_WORKBOOK_XLSX_XLS.get(lang));
        return None;
    }
    Some(inputs)
}

/// [`prepare`] for the commands that write: each workbook keeps the folder it came from,
/// and a workbook named twice (a file and its folder) is corrected once.
fn prepare_with_roots(
    common: &Common,
    paths: &[PathBuf],
) -> Result<(Option<Mapping>, Vec<app::Input>), i32> {
    let mapping = load_mapping(common)?;
    let inputs = inputs_or_complain(paths, common.lang).ok_or(2)?;
    Ok((mapping, plan::dedupe(inputs)))
}

fn check(args: &CheckArgs) -> i32 {
    let lang = args.common.lang;
    let opts = match options(&args.common) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let mapping = match load_mapping(&args.common) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let (mut inputs, mut skipped) = app::collect_for_check(&args.paths);
    // the summary workbook of an earlier run of the same command, written into the folder
    if let Some(dest) = &args.summary {
        inputs.retain(|i| {
            let ours = i.root.is_some() && plan::same_file(&i.path, dest);
            if ours {
                skipped.push(app::Skipped {
                    path: i.relative(),
                    reason: rules::Message::new(&SUMMARY_WORKBOOK),
                });
            }
            !ours
        });
    }
    if inputs.is_empty() {
        for k in &skipped {
            eprintln!(
                "{}: {} — {}",
                k.path,
                SKIPPED.get(lang),
                k.reason.render(lang)
            );
        }
        inputs_or_complain(&[], lang);
        return 2;
    }
    let inputs = plan::dedupe(inputs);
    // --print-mapping shows the tables, the terminal's diagnostics the row of each
    // finding, -q the counts alone
    let keep = if args.print_mapping {
        Keep::All
    } else if args.format == OutputFormat::Human && !args.quiet {
        Keep::Rows
    } else if args.format == OutputFormat::Human && args.summary.is_none() {
        Keep::Counts
    } else {
        Keep::Findings
    };
    let mut reports = check_all(&inputs, mapping.as_ref(), &opts, keep);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.print_mapping {
        for r in &reports {
            let _ = writeln!(out, "# {}", r.relative_path);
            match &r.error {
                Some(e) => {
                    let _ = writeln!(out, "# {}\n", e.message.render(lang));
                }
                None => {
                    let tables: Vec<_> = r.models.iter().flat_map(|m| m.tables.clone()).collect();
                    let sheets = r.workbook.as_ref().map(|w| &w.sheets[..]).unwrap_or(&[]);
                    let _ = writeln!(out, "{}", r.mapping().to_toml_explained(&tables, sheets));
                }
            }
        }
        // printing a mapping succeeds unless a file cannot be read
        return if reports.iter().any(|r| r.status == Status::Unreadable) {
            2
        } else {
            0
        };
    }
    app::cross_check(&mut reports, &opts);
    let run = report::Run {
        version: env!("CARGO_PKG_VERSION").to_string(),
        options: opts.clone(),
        mapping: args
            .common
            .mapping
            .as_ref()
            .map(|p| p.display().to_string()),
        policy_file: args.common.policy.as_ref().map(|p| p.display().to_string()),
        skipped,
    };
    // the terminal needs the counts only, and JSON is written file by file as it is
    // rendered: only the other outputs hold every rendered finding at once
    let whole =
        args.summary.is_some() || !matches!(args.format, OutputFormat::Human | OutputFormat::Json);
    let doc = whole.then(|| report::document_of_run(&reports, &run, lang));
    let summary = match &doc {
        Some(d) => d.summary,
        None => report::Summary::of(&reports, run.skipped.len()),
    };
    match args.format {
        OutputFormat::Json => {
            let mut w = std::io::BufWriter::new(&mut out);
            if report::write_json_of_run(&mut w, &reports, &run, lang).is_ok() {
                let _ = writeln!(w);
            }
        }
        OutputFormat::Human => {
            let term = Term::stdout();
            for r in &reports {
                print_human(&mut out, r, lang, term, args.quiet);
            }
            for k in &run.skipped {
                let _ = writeln!(
                    out,
                    "{}: {} — {}",
                    k.path,
                    SKIPPED.get(lang),
                    k.reason.render(lang)
                );
            }
            if reports.len() > 1 || !run.skipped.is_empty() {
                closing(&mut out, &reports, &summary, lang);
            }
        }
        format => {
            if let Some(doc) = &doc {
                match format {
                    OutputFormat::Junit => {
                        let _ = write!(out, "{}", crate::emit::junit::junit(doc, lang));
                    }
                    OutputFormat::Markdown => {
                        let _ = write!(out, "{}", crate::emit::markdown::markdown(doc, lang));
                    }
                    OutputFormat::Csv => match crate::emit::csv::csv(doc, lang) {
                        Ok(text) => {
                            let _ = write!(out, "{text}");
                        }
                        Err(e) => {
                            eprintln!("rakit: CSV: {e}");
                            return 2;
                        }
                    },
                    OutputFormat::Json | OutputFormat::Human => {}
                }
            }
        }
    }
    if let (Some(dest), Some(doc)) = (&args.summary, &doc) {
        if let Err(code) = write_summary(doc, dest, lang) {
            return code;
        }
    }
    summary.exit_code()
}

/// The end of a run of several files: the unreadable files again, with their reason, and
/// the summary line, whose verdicts add up to the files.
fn closing(out: &mut impl Write, reports: &[FileReport], summary: &report::Summary, lang: Lang) {
    let unreadable: Vec<&FileReport> = reports
        .iter()
        .filter(|r| r.status == Status::Unreadable)
        .collect();
    if !unreadable.is_empty() {
        let _ = writeln!(out, "\n{} ({}):", UNREADABLE.get(lang), unreadable.len());
        for r in unreadable {
            let _ = writeln!(
                out,
                "  {}: {}",
                r.relative_path,
                r.error
                    .as_ref()
                    .map(|e| e.message.render(lang))
                    .unwrap_or_default()
            );
        }
    }
    let _ = writeln!(out, "{}", summary.line(lang));
}

/// Writes the summary workbook (`--summary`); its links to the files are relative to the
/// folder it is written in.
fn write_summary(doc: &report::Document<'_>, dest: &Path, lang: Lang) -> Result<(), i32> {
    let base = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let base = std::path::absolute(base).unwrap_or_else(|_| base.to_path_buf());
    let link = |f: &report::FileView<'_>| -> Option<String> {
        let abs = std::path::absolute(&f.path).ok()?;
        let rel = pathdiff(&abs, &base);
        Some(format!(
            "file:///{}",
            rel.display().to_string().replace('\\', "/")
        ))
    };
    let bytes = crate::emit::summary_xlsx::summary_xlsx(doc, lang, &link).map_err(|e| {
        eprintln!(
            "{}: {} ({e})",
            dest.display(),
            THE_SUMMARY_WORKBOOK_CANNOT_BE.get(lang)
        );
        2
    })?;
    crate::write::save_atomically(Path::new(""), dest, |file| {
        file.write_all(&bytes)?;
        // a report to share: readable by others, as a workbook saved by Excel is
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        Ok(())
    })
    .map(|_| ())
    .map_err(|e| {
        eprintln!(
            "{}: {} ({e})",
            dest.display(),
            THE_SUMMARY_WORKBOOK_CANNOT_BE_2.get(lang)
        );
        2
    })
}

/// `path` relative to the folder `base` (both absolute): `../kiriman/dinas-a/pk.xlsx`.
fn pathdiff(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<_> = path.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

fn print_human(out: &mut impl Write, r: &FileReport, lang: Lang, term: Term, quiet: bool) {
    let _ = write!(out, "{}", report::file_report(r, lang, term, quiet));
    let _ = write!(
        out,
        "{}",
        term.wrap(&report::summary_line(r, lang), "", "  ")
    );
}

/// Where the corrected copies go with `-o`: `Some(dir)` when OUT is a folder (several
/// workbooks, a folder argument, a trailing `/`, or an existing folder), `None` when it is
/// the one copy's file name; the exit code when OUT cannot be a folder.
fn output_dir<'a>(
    output: Option<&'a Path>,
    inputs: &[app::Input],
    lang: Lang,
) -> Result<Option<&'a Path>, i32> {
    let Some(o) = output else {
        return Ok(None);
    };
    let trailing = o
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator);
    let folder =
        o.is_dir() || trailing || inputs.len() > 1 || inputs.iter().any(|i| i.root.is_some());
    if !folder {
        return Ok(None);
    }
    if o.exists() && !o.is_dir() {
        eprintln!("{}: {}", o.display(), IS_NOT_A_FOLDER_WITH.get(lang));
        return Err(2);
    }
    Ok(Some(o))
}

/// The name the corrected copy of `input` asks for, before clashes are looked at: next to
/// it, OUT itself, or inside the folder OUT at the input's place under its folder argument.
fn wanted_output(input: &app::Input, output: Option<&Path>, dir: Option<&Path>) -> PathBuf {
    let default = fix::default_output(&input.path);
    match (dir, output) {
        (Some(d), _) => {
            let sub = input
                .root
                .as_deref()
                .and_then(|root| input.path.parent()?.strip_prefix(root).ok())
                .unwrap_or(Path::new(""));
            d.join(sub).join(default.file_name().unwrap_or_default())
        }
        (None, Some(o)) => o.to_path_buf(),
        (None, None) => default,
    }
}

fn fix_cmd(args: &FixArgs) -> i32 {
    let lang = args.common.lang;
    let opts = match options(&args.common) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let (mapping, inputs) = match prepare_with_roots(&args.common, &args.paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let dir = match output_dir(args.output.as_deref(), &inputs, lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let paths: Vec<PathBuf> = inputs.iter().map(|i| i.path.clone()).collect();
    let reports = check_all(&inputs, mapping.as_ref(), &opts, Keep::All);
    let wanted: Vec<Option<PathBuf>> = inputs
        .iter()
        .zip(&reports)
        .map(|(i, r)| {
            r.error
                .is_none()
                .then(|| wanted_output(i, args.output.as_deref(), dir))
        })
        .collect();
    for (input, w) in inputs.iter().zip(&wanted) {
        let named_xlsm = |p: &Path| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsm"))
        };
        let named_xlsx = |p: &Path| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
        };
        // the copy is an xlsx (an .xlsm where it keeps macros) whatever the input was: a
        // name of another kind (`-o pk.ods`, `-o pk.json`) would hide it from Excel
        let misnamed = w.as_deref().and_then(|w| {
            if fix::keeps_macros(&input.path) {
                (!named_xlsm(w)).then_some((w, MACROS_NEED_XLSM))
            } else {
                (!named_xlsx(w)).then_some((w, COPY_NEEDS_XLSX))
            }
        });
        if let Some((w, why)) = misnamed {
            eprintln!(
                "{} → {}: {}",
                input.path.display(),
                w.display(),
                why.get(lang)
            );
            return 2;
        }
    }
    let plans = plan::plan(&paths, &wanted, plan::Policy::Refuse { force: args.force });
    let mut code = 0;
    for (r, p) in reports.iter().zip(&plans) {
        code = code.max(fix_planned(r, p, lang));
    }
    not_written_summary(&plans, lang);
    code
}

/// One line at the end of a run that left corrected copies unwritten, so a long run does not
/// hide them.
fn not_written_summary(plans: &[plan::Plan], lang: Lang) {
    let skipped = plans
        .iter()
        .filter(|p| matches!(p, plan::Plan::Skip(_)))
        .count();
    let exists = plans
        .iter()
        .filter(|p| matches!(p, plan::Plan::Skip(plan::Skip::Exists { .. })))
        .count();
    if plans.len() < 2 || skipped == 0 {
        return;
    }
    let mut line = format!(
        "rakit: {skipped} {}",
        CORRECTED_COPIES_NOT_WRITTEN_SEE.get(lang)
    );
    if exists > 0 {
        line.push_str(&format!(
            "; {exists} {}",
            ALREADY_EXIST_USE_FORCE_TO.get(lang)
        ));
    }
    eprintln!("{line}");
}

/// Carries out one input's plan; its exit code.
fn fix_planned(r: &FileReport, p: &plan::Plan, lang: Lang) -> i32 {
    match p {
        plan::Plan::Unreadable => {
            if let Some(e) = &r.error {
                eprintln!("{}: {}", r.path.display(), e.message.render(lang));
            }
            2
        }
        plan::Plan::Skip(skip) => {
            eprintln!("{}: {}", r.path.display(), skip.message(lang));
            2
        }
        plan::Plan::Write { output, taken } => {
            if let Some(t) = taken {
                say!(
                    "{}: {} {}; {} {}",
                    r.path.display(),
                    t.display(),
                    ALREADY_EXISTS.get(lang),
                    THE_COPY_IS_SAVED_AS.get(lang),
                    output.display()
                );
            }
            fix_one(r, output, lang)
        }
    }
}

fn fix_one(r: &FileReport, output: &Path, lang: Lang) -> i32 {
    if let Some(e) = &r.error {
        eprintln!("{}: {}", r.path.display(), e.message.render(lang));
        return 2;
    }
    if plan::same_file(&r.path, output) {
        eprintln!("{}: {}", r.path.display(), plan::Skip::IS_INPUT.get(lang));
        return 2;
    }
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(parent) {
            eprintln!(
                "{}: {} {} ({})",
                r.path.display(),
                THE_FOLDER_CANNOT_BE_CREATED.get(lang),
                parent.display(),
                app::os_error_text(&e.to_string(), lang)
            );
            return 2;
        }
    }
    match fix::fix(r, output, lang) {
        Ok(o) => {
            let formulas = if o.formulas > 0 {
                format!(" ({} {})", o.formulas, OF_THEM_FORMULAS_PUT_BACK.get(lang))
            } else {
                String::new()
            };
            let term = Term::stdout();
            let line = format!(
                "{} → {}: {} {}{formulas}, {} {}",
                r.path.display(),
                o.output.display(),
                o.corrected,
                CELLS_CORRECTED.get(lang),
                o.remaining,
                FINDINGS_NEED_A_MANUAL_FIX.get(lang)
            );
            say!("{}", term.wrap(&line, "", "  ").trim_end());
            if let Some(n) = &o.not_kept {
                say!(
                    "{}",
                    term.wrap(&format!("{}: {n}", NOTE.get(lang)), "  ", "    ")
                        .trim_end()
                );
            }
            let remaining_errors = r
                .findings
                .iter()
                .any(|f| f.fix.is_none() && f.severity == rules::Severity::Error);
            i32::from(remaining_errors)
        }
        Err(WriteError::Refused(why)) => {
            eprintln!("{}: {}", r.path.display(), why.render(lang));
            2
        }
        Err(e) => {
            eprintln!(
                "{}: {} {} ({})",
                r.path.display(),
                THE_CORRECTED_COPY_CANNOT_BE.get(lang),
                output.display(),
                app::os_error_text(&e.to_string(), lang)
            );
            2
        }
    }
}

/// Files dropped onto the executable: check and fix each, then wait for Enter when the
/// console window was opened for us. Nobody can type `--force` there, so a copy whose name
/// is taken gets the next free one: `pk-diperbaiki (2).xlsx`.
fn drop_mode(files: &[PathBuf], common: &Common) -> i32 {
    let lang = common.lang;
    let opts = match options(common) {
        Ok(o) => o,
        Err(code) => {
            pause(lang);
            return code;
        }
    };
    let (mapping, inputs) = match prepare_with_roots(common, files) {
        Ok(p) => p,
        Err(code) => {
            pause(lang);
            return code;
        }
    };
    let paths: Vec<PathBuf> = inputs.iter().map(|i| i.path.clone()).collect();
    let reports = check_all(&inputs, mapping.as_ref(), &opts, Keep::All);
    let wanted: Vec<Option<PathBuf>> = reports
        .iter()
        .map(|r| r.error.is_none().then(|| fix::default_output(&r.path)))
        .collect();
    let plans = plan::plan(&paths, &wanted, plan::Policy::Number);
    let mut code = 0;
    let term = Term::stdout();
    let stdout = std::io::stdout();
    for (r, p) in reports.iter().zip(&plans) {
        {
            let mut out = stdout.lock();
            print_human(&mut out, r, lang, term, false);
        }
        code = code.max(match r.status {
            Status::Unreadable => 2,
            _ => fix_planned(r, p, lang),
        });
    }
    // several files dropped: what became of all of them, before the window closes
    if reports.len() > 1 {
        let mut out = stdout.lock();
        closing(&mut out, &reports, &report::Summary::of(&reports, 0), lang);
    }
    pause(lang);
    code
}

/// Where each corrected copy goes, decided for every input before anything is written, so
/// no copy overwrites an input, another copy of this run, or (without `--force`) a file
/// already there.
mod plan {
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};

    use crate::app::Input;
    use crate::i18n::Lang;

    /// What to do when a wanted name is taken.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Policy {
        /// `rakit fix`: skip the copy with a message; `force` overwrites existing files
        /// (never an input, never another copy of the run).
        Refuse { force: bool },
        /// Drop mode: take the next free name, `name (2).xlsx`, `name (3).xlsx`…
        Number,
    }

    /// The plan for one input.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Plan {
        /// The input cannot be read: nothing to write.
        Unreadable,
        /// Write the copy to `output`; `taken` is the name it wanted when that was taken.
        Write {
            output: PathBuf,
            taken: Option<PathBuf>,
        },
        /// The copy is not written.
        Skip(Skip),
    }

    /// Why a corrected copy is not written.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Skip {
        /// It would overwrite an input of this run.
        Input { output: PathBuf },
        /// A file is there already and `--force` was not given.
        Exists { output: PathBuf },
        /// An earlier input of this run writes its copy there.
        Clash { output: PathBuf, first: PathBuf },
        /// Drop mode found no free numbered name.
        NoFreeName { output: PathBuf },
    }

    impl Skip {
        pub const IS_INPUT: &'static rakit_core::i18n::Text = &super::IS_INPUT;

        /// What the user reads: the file in question and what to do.
        pub fn message(&self, lang: Lang) -> String {
            match self {
                Skip::Input { output } => {
                    format!("{} ({})", Skip::IS_INPUT.get(lang), output.display())
                }
                Skip::Exists { output } => format!(
                    "{} {}",
                    output.display(),
                    super::ALREADY_EXISTS_AND_IS_NOT.get(lang)
                ),
                Skip::Clash { output, first } => format!(
                    "{} {} {} ({}). {}",
                    super::ITS_CORRECTED_COPY_IS_NOT.get(lang),
                    first.display(),
                    super::PLANNED_BEFORE_IT.get(lang),
                    output.display(),
                    super::GIVE_THEIR_PARENT_FOLDER_SO.get(lang)
                ),
                Skip::NoFreeName { output } => format!(
                    "{} {}",
                    super::NO_FREE_NAME_FOR_THE.get(lang),
                    output.display()
                ),
            }
        }
    }

    /// Inputs without repeats: a workbook named twice (as a file and inside its folder)
    /// is corrected once, where it is first named.
    pub fn dedupe(inputs: Vec<Input>) -> Vec<Input> {
        let mut seen = std::collections::HashSet::new();
        inputs
            .into_iter()
            .filter(|i| seen.insert(key(&i.path)))
            .collect()
    }

    /// The plan of every input, in order: `wanted[i]` is the name input `i` asks for
    /// (`None` when it cannot be read). Earlier inputs keep their name.
    pub fn plan(inputs: &[PathBuf], wanted: &[Option<PathBuf>], policy: Policy) -> Vec<Plan> {
        let input_keys: HashMap<String, &Path> =
            inputs.iter().map(|p| (key(p), p.as_path())).collect();
        let mut taken: HashMap<String, &Path> = HashMap::new();
        let mut plans = Vec::with_capacity(wanted.len());
        for (input, w) in inputs.iter().zip(wanted) {
            let Some(w) = w else {
                plans.push(Plan::Unreadable);
                continue;
            };
            let p = plan_one(w, &input_keys, &taken, policy);
            if let Plan::Write { output, .. } = &p {
                taken.insert(key(output), input.as_path());
            }
            plans.push(p);
        }
        plans
    }

    /// The plan of one copy that wants `w`, given the inputs and the names already taken.
    fn plan_one(
        w: &Path,
        inputs: &HashMap<String, &Path>,
        taken: &HashMap<String, &Path>,
        policy: Policy,
    ) -> Plan {
        let k = key(w);
        let problem = if inputs.contains_key(&k) {
            Some(Skip::Input {
                output: w.to_path_buf(),
            })
        } else if let Some(first) = taken.get(&k) {
            Some(Skip::Clash {
                output: w.to_path_buf(),
                first: first.to_path_buf(),
            })
        } else if exists(w) && policy != (Policy::Refuse { force: true }) {
            Some(Skip::Exists {
                output: w.to_path_buf(),
            })
        } else {
            None
        };
        match (problem, policy) {
            (None, _) => Plan::Write {
                output: w.to_path_buf(),
                taken: None,
            },
            (Some(skip), Policy::Refuse { .. }) => Plan::Skip(skip),
            (Some(_), Policy::Number) => free_name(w, inputs, taken),
        }
    }

    /// Drop mode: `name (2).xlsx`, `name (3).xlsx`… the first that is neither a file, an
    /// input nor another copy of this run.
    fn free_name(
        w: &Path,
        inputs: &HashMap<String, &Path>,
        taken: &HashMap<String, &Path>,
    ) -> Plan {
        for n in 2..10_000 {
            let c = numbered(w, n);
            let k = key(&c);
            if !inputs.contains_key(&k) && !taken.contains_key(&k) && !exists(&c) {
                return Plan::Write {
                    output: c,
                    taken: Some(w.to_path_buf()),
                };
            }
        }
        Plan::Skip(Skip::NoFreeName {
            output: w.to_path_buf(),
        })
    }

    /// `dir/pk-diperbaiki.xlsx` → `dir/pk-diperbaiki (n).xlsx`.
    pub fn numbered(w: &Path, n: u32) -> PathBuf {
        let stem = w
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default();
        let name = match w.extension() {
            Some(ext) => format!("{stem} ({n}).{}", ext.to_string_lossy()),
            None => format!("{stem} ({n})"),
        };
        w.with_file_name(name)
    }

    /// Whether anything (a file, a folder, a broken link) is at `p`.
    fn exists(p: &Path) -> bool {
        p.symlink_metadata().is_ok()
    }

    /// Whether `a` and `b` name the same file, existing or not.
    pub fn same_file(a: &Path, b: &Path) -> bool {
        key(a) == key(b)
    }

    /// What a path names, for comparing: absolute, links and `..` resolved as far as the
    /// path exists, and case-folded where the file system usually ignores case.
    fn key(p: &Path) -> String {
        let r = resolved(p).to_string_lossy().into_owned();
        if cfg!(any(windows, target_os = "macos")) {
            r.to_lowercase()
        } else {
            r
        }
    }

    /// `p` made absolute, with its longest existing ancestor canonicalized.
    fn resolved(p: &Path) -> PathBuf {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut tail = Vec::new();
        let mut cur = abs.as_path();
        loop {
            if let Ok(c) = cur.canonicalize() {
                return tail.iter().rev().fold(c, |acc, name| acc.join(name));
            }
            match (cur.parent(), cur.file_name()) {
                (Some(parent), Some(name)) => {
                    tail.push(name.to_os_string());
                    cur = parent;
                }
                _ => return abs,
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn numbered_names_keep_the_extension() {
            assert_eq!(
                numbered(Path::new("a/pk-diperbaiki.xlsx"), 2),
                PathBuf::from("a/pk-diperbaiki (2).xlsx")
            );
        }

        #[test]
        fn a_clash_is_refused_or_numbered() {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let d = dir.path();
            let inputs = [d.join("a/pk.xlsx"), d.join("b/pk.xlsx")];
            let out = d.join("out/pk-diperbaiki.xlsx");
            let wanted = [Some(out.clone()), Some(out.clone())];
            let refused = plan(&inputs, &wanted, Policy::Refuse { force: true });
            assert!(matches!(&refused[0], Plan::Write { output, .. } if *output == out));
            assert!(matches!(
                &refused[1],
                Plan::Skip(Skip::Clash { first, .. }) if *first == inputs[0]
            ));
            let numbered = plan(&inputs, &wanted, Policy::Number);
            assert!(matches!(
                &numbered[1],
                Plan::Write { output, .. } if *output == d.join("out/pk-diperbaiki (2).xlsx")
            ));
        }
    }
}

/// Whether rakit runs in a console window of its own: on Windows, one that was opened for
/// it (files dropped onto rakit.exe, a double-click), not a terminal the user typed in.
#[cfg(windows)]
fn own_console() -> bool {
    #[link(name = "kernel32")]
    extern "system" {
        fn GetConsoleProcessList(list: *mut u32, count: u32) -> u32;
    }
    let mut ids = [0u32; 4];
    // SAFETY: the buffer holds `ids.len()` process ids, as the call is told.
    let n = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
    n == 1
}

/// Elsewhere a window closes with its program when a file manager starts it; a terminal on
/// standard input is the best sign available.
#[cfg(not(windows))]
fn own_console() -> bool {
    std::io::stdin().is_terminal()
}

/// Keeps a console window opened for rakit (a drop, a double-click) until Enter.
fn pause(lang: Lang) {
    if own_console()
        && std::io::stdin().is_terminal()
        && std::env::var_os("RAKIT_NO_PAUSE").is_none()
    {
        let _ = write!(std::io::stdout(), "{}", NPRESS_ENTER_TO_CLOSE.get(lang));
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
    }
}

fn rules_cmd(code: Option<&str>, lang: Lang) -> i32 {
    match code {
        None => {
            let mut list: Vec<_> = rules::RULES.iter().collect();
            list.sort_by_key(|r| r.code);
            let term = Term::stdout();
            for r in list {
                let severity = match r.severity {
                    rules::Severity::Error => ERROR.get(lang),
                    rules::Severity::Warning => WARNING.get(lang),
                    rules::Severity::Info => "info",
                };
                let head = format!(
                    "{}  {:<26} {:<10} {}",
                    r.code,
                    r.name,
                    severity,
                    if r.fixable { "fix" } else { "   " },
                );
                let line = format!("{head}  {}", r.summary.get(lang));
                let _ = write!(std::io::stdout(), "{}", term.wrap(&line, "", "      "));
            }
            0
        }
        Some(c) => match rules::RuleId::from_code(c).or_else(|| rules::RuleId::from_name(c)) {
            Some(id) => {
                // the whole page, as docs/rules/CODE.md has it
                let _ = write!(std::io::stdout(), "{}", rules::docs::page(id));
                0
            }
            None => {
                eprintln!(
                    "rakit: {} {c} ({})",
                    UNKNOWN_RULE.get(lang),
                    SEE_RAKIT_RULES_FOR_THE.get(lang)
                );
                2
            }
        },
    }
}
