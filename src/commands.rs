//! The commands behind the CLI: check, fix, the drag-and-drop mode, and the rules list.
//! Each returns the process exit code: 0 no error finding, 1 an error finding, 2 an input
//! that cannot be read or wrong arguments.

use std::io::{IsTerminal, Write};

/// `println!` that never panics on a closed pipe (`rakit rules | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::app::{self, FileReport, Status};
use crate::cli::{CheckArgs, Cli, Command, Common, FixArgs, OutputFormat};
use crate::fix;
use crate::i18n::Lang;
use crate::layout::mapping::Mapping;
use crate::report::{self, Style};
use crate::rules::{self, Options};

pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Some(Command::Check(args)) => check(&args),
        Some(Command::Fix(args)) => fix_cmd(&args),
        Some(Command::Rules { code, common }) => rules_cmd(code.as_deref(), common.lang),
        None if !cli.files.is_empty() => drop_mode(&cli.files, &cli.common),
        None => {
            eprintln!(
                "{}",
                cli.common.lang.t(
                    "rakit: sebutkan buku kerja, misalnya `rakit check pk-2014.xlsx` (lihat `rakit --help`), atau seret berkas ke rakit.exe",
                    "rakit: name a workbook, e.g. `rakit check pk-2014.xlsx` (see `rakit --help`), or drop files onto rakit.exe"
                )
            );
            pause(cli.common.lang);
            2
        }
    }
}

fn load_mapping(common: &Common) -> Result<Option<Mapping>, i32> {
    let Some(path) = &common.mapping else {
        return Ok(None);
    };
    Mapping::load(path).map(Some).map_err(|e| {
        eprintln!(
            "{}: {} — {e}",
            path.display(),
            common.lang.t(
                "berkas pemetaan tidak dapat dipakai",
                "the mapping file cannot be used"
            )
        );
        2
    })
}

fn options(common: &Common) -> Options {
    Options {
        negatif: common.negatif,
        cap: common.cap,
    }
}

fn style() -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if std::io::stdout().is_terminal() && !no_color {
        Style::Graphical { color: true }
    } else {
        Style::Plain
    }
}

/// Checks files in parallel, keeping their order; a progress bar on a terminal.
fn check_all(paths: &[PathBuf], mapping: Option<&Mapping>, opts: &Options) -> Vec<FileReport> {
    let bar = if paths.len() > 1 && std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(paths.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let reports: Vec<FileReport> = paths
        .par_iter()
        .map(|p| {
            let r = app::check_file(p, mapping, opts);
            if let Some(b) = &bar {
                b.inc(1);
            }
            r
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    reports
}

fn inputs_or_complain(paths: &[PathBuf], lang: Lang) -> Option<Vec<PathBuf>> {
    let inputs = app::collect_inputs(paths);
    if inputs.is_empty() {
        eprintln!(
            "{}",
            lang.t(
                "rakit: tidak ada buku kerja (.xlsx, .xls, .xlsb, .ods) di jalur yang diberikan",
                "rakit: no workbook (.xlsx, .xls, .xlsb, .ods) in the given paths"
            )
        );
        return None;
    }
    Some(inputs)
}

fn exit_code(reports: &[FileReport]) -> i32 {
    if reports.iter().any(|r| r.status == Status::Unreadable) {
        2
    } else if reports.iter().any(|r| r.has_errors()) {
        1
    } else {
        0
    }
}

/// The mapping file (if any) and the workbooks named; the exit code when either fails.
fn prepare(common: &Common, paths: &[PathBuf]) -> Result<(Option<Mapping>, Vec<PathBuf>), i32> {
    let mapping = load_mapping(common)?;
    let inputs = inputs_or_complain(paths, common.lang).ok_or(2)?;
    Ok((mapping, inputs))
}

fn check(args: &CheckArgs) -> i32 {
    let lang = args.common.lang;
    let (mapping, inputs) = match prepare(&args.common, &args.paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let reports = check_all(&inputs, mapping.as_ref(), &options(&args.common));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.print_mapping {
        for r in &reports {
            let _ = writeln!(out, "# {}", r.path.display());
            match &r.error {
                Some(e) => {
                    let _ = writeln!(out, "# {}\n", e.message.get(lang));
                }
                None => {
                    let _ = writeln!(out, "{}", r.mapping().to_toml());
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
    match args.format {
        OutputFormat::Json => {
            let _ = writeln!(out, "{}", report::json(&reports, lang));
        }
        OutputFormat::Human => {
            let style = style();
            for r in &reports {
                print_human(&mut out, r, lang, style, args.quiet);
            }
            if reports.len() > 1 {
                let _ = writeln!(out, "{}", batch_summary(&reports, lang));
            }
        }
    }
    exit_code(&reports)
}

fn print_human(out: &mut impl Write, r: &FileReport, lang: Lang, style: Style, quiet: bool) {
    if !quiet {
        for f in &r.findings {
            let _ = write!(
                out,
                "{}",
                report::render_finding(&r.path, r.workbook.as_ref(), f, lang, style)
            );
        }
    }
    let _ = writeln!(out, "{}", report::summary_line(r, lang));
}

fn batch_summary(reports: &[FileReport], lang: Lang) -> String {
    let count = |s: Status| reports.iter().filter(|r| r.status == s).count();
    let with_errors = reports.iter().filter(|r| r.has_errors()).count();
    format!(
        "{}: {} {}, {} {}, {} {}, {} {}",
        lang.t("Ringkasan", "Summary"),
        reports.len(),
        lang.t("berkas", "files"),
        count(Status::Clean),
        lang.t("bersih", "clean"),
        with_errors,
        lang.t("dengan galat", "with errors"),
        count(Status::Unreadable),
        lang.t("tidak terbaca", "unreadable"),
    )
}

fn output_for(input: &Path, output: Option<&Path>, many: bool) -> PathBuf {
    match output {
        Some(o) if many || o.is_dir() => {
            let name = fix::default_output(input);
            o.join(name.file_name().unwrap_or_default())
        }
        Some(o) => o.to_path_buf(),
        None => fix::default_output(input),
    }
}

fn fix_cmd(args: &FixArgs) -> i32 {
    let lang = args.common.lang;
    let (mapping, inputs) = match prepare(&args.common, &args.paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(o) = &args.output {
        if inputs.len() > 1 && !o.is_dir() {
            eprintln!(
                "{}: {}",
                o.display(),
                lang.t(
                    "dengan beberapa masukan, -o harus folder yang sudah ada",
                    "with several inputs, -o must be an existing folder"
                )
            );
            return 2;
        }
    }
    let opts = options(&args.common);
    let reports = check_all(&inputs, mapping.as_ref(), &opts);
    let many = inputs.len() > 1;
    let mut code = 0;
    for r in &reports {
        code = code.max(fix_one(
            r,
            output_for(&r.path, args.output.as_deref(), many),
            &opts,
            lang,
        ));
    }
    code
}

fn fix_one(r: &FileReport, output: PathBuf, opts: &Options, lang: Lang) -> i32 {
    if let Some(e) = &r.error {
        eprintln!("{}: {}", r.path.display(), e.message.get(lang));
        return 2;
    }
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y);
    if same(&r.path, &output) {
        eprintln!(
            "{}: {}",
            r.path.display(),
            lang.t(
                "salinan perbaikan tidak boleh menimpa berkas asli; pilih nama lain dengan -o",
                "the corrected copy may not overwrite the input; choose another name with -o"
            )
        );
        return 2;
    }
    match fix::fix(r, &output, opts, lang) {
        Ok(o) => {
            say!(
                "{} → {}: {} {}, {} {}",
                r.path.display(),
                o.output.display(),
                o.corrected,
                lang.t("sel diperbaiki", "cells corrected"),
                o.remaining,
                lang.t(
                    "temuan perlu diperbaiki manual (lihat sheet Temuan)",
                    "findings need a manual fix (see the Temuan sheet)"
                )
            );
            let remaining_errors = r
                .findings
                .iter()
                .any(|f| f.fix.is_none() && f.severity == rules::Severity::Error);
            i32::from(remaining_errors)
        }
        Err(e) => {
            eprintln!(
                "{}: {} {} ({e})",
                r.path.display(),
                lang.t(
                    "salinan perbaikan tidak dapat ditulis ke",
                    "the corrected copy cannot be written to"
                ),
                output.display()
            );
            2
        }
    }
}

/// Files dropped onto the executable: check and fix each, then wait for Enter when the
/// console window was opened for us.
fn drop_mode(files: &[PathBuf], common: &Common) -> i32 {
    let lang = common.lang;
    let (mapping, inputs) = match prepare(common, files) {
        Ok(p) => p,
        Err(code) => {
            pause(lang);
            return code;
        }
    };
    let opts = options(common);
    let reports = check_all(&inputs, mapping.as_ref(), &opts);
    let mut code = 0;
    let style = style();
    let stdout = std::io::stdout();
    for r in &reports {
        {
            let mut out = stdout.lock();
            print_human(&mut out, r, lang, style, false);
        }
        code = code.max(match r.status {
            Status::Unreadable => 2,
            _ => fix_one(r, fix::default_output(&r.path), &opts, lang),
        });
    }
    pause(lang);
    code
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
        let _ = write!(
            std::io::stdout(),
            "{}",
            lang.t(
                "\nTekan Enter untuk menutup...",
                "\nPress Enter to close..."
            )
        );
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
    }
}

fn rules_cmd(code: Option<&str>, lang: Lang) -> i32 {
    match code {
        None => {
            for r in rules::RULES {
                say!(
                    "{}  {:<26} {:<8} {}  {}",
                    r.code,
                    r.name,
                    format!("{:?}", r.severity).to_lowercase(),
                    if r.fixable { "fix" } else { "   " },
                    lang.t(r.summary_id, r.summary_en)
                );
            }
            0
        }
        Some(c) => match rules::rule(&c.to_ascii_uppercase()) {
            Some(r) => {
                say!(
                    "{} ({}): {}",
                    r.code,
                    r.name,
                    lang.t(r.summary_id, r.summary_en)
                );
                say!("docs/rules/{}.md", r.code);
                0
            }
            None => {
                eprintln!(
                    "rakit: {} {c}",
                    lang.t("aturan tidak dikenal:", "unknown rule:")
                );
                2
            }
        },
    }
}
