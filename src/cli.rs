//! Command-line arguments (clap). The commands themselves are in [`crate::commands`].

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::rules::{CapPolicy, NegFormula};

rakit_core::texts! {
    USAGE = "cli.usage",
        "Penggunaan:",
        "Usage:";
    COMMANDS = "cli.commands",
        "Perintah",
        "Commands";
    ARGUMENTS = "cli.arguments",
        "Argumen",
        "Arguments";
    OPTIONS = "cli.options",
        "Opsi",
        "Options";
    PRINT_THIS_HELP = "cli.print_this_help",
        "Cetak bantuan ini",
        "Print this help";
    PRINT_THE_VERSION = "cli.print_the_version",
        "Cetak versi",
        "Print the version";
    UNEXPECTED_ARGUMENT = "cli.unexpected_argument",
        "argumen tidak dikenal:",
        "unexpected argument:";
    NEEDS_A_VALUE = "cli.needs_a_value",
        "memerlukan nilai",
        "needs a value";
    IS_NOT_A_VALID_VALUE = "cli.is_not_a_valid_value",
        "bukan nilai yang sah untuk",
        "is not a valid value for";
    CHOOSE_FROM = "cli.choose_from",
        "pilihan:",
        "choose from:";
    UNKNOWN_COMMAND = "cli.unknown_command",
        "perintah tidak dikenal:",
        "unknown command:";
    A_REQUIRED_ARGUMENT_IS_MISSING = "cli.a_required_argument_is_missing",
        "argumen wajib belum diberikan:",
        "a required argument is missing:";
    NAME_A_COMMAND = "cli.name_a_command",
        "sebutkan perintahnya",
        "name a command";
    CANNOT_BE_USED_WITH = "cli.cannot_be_used_with",
        "tidak dapat dipakai bersama",
        "cannot be used with";
    NEEDS_ITS_VALUE_AFTER_E = "cli.needs_its_value_after_e",
        "memerlukan nilai dengan tanda = (misalnya --lang=en)",
        "needs its value after = (e.g. --lang=en)";
    WRONG_NUMBER_OF_VALUES_FOR = "cli.wrong_number_of_values_for",
        "jumlah nilai salah untuk",
        "wrong number of values for";
    ERROR = "cli.error",
        "galat",
        "error";
    PERHAPS_YOU_MEANT = "cli.perhaps_you_meant",
        "mungkin maksud Anda",
        "perhaps you meant";
    SEE_RAKIT_HELP_FOR_HELP = "cli.see_rakit_help_for_help",
        "Lihat 'rakit --help' untuk bantuan.",
        "See 'rakit --help' for help.";
    NOT_UTF8 = "cli.not_utf8",
        "argumen bukan teks UTF-8 yang sah",
        "an argument is not valid UTF-8 text";
}

/// rakit: memeriksa, menghitung ulang dan memperbaiki buku kerja Pengukuran Kinerja
/// dan Rencana Aksi perangkat daerah.
///
/// Tanpa subperintah (misalnya berkas diseret ke rakit.exe), setiap BERKAS diperiksa lalu
/// salinan perbaikannya ditulis.
#[derive(Debug, Parser)]
#[command(name = "rakit", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Buku kerja untuk diperiksa dan diperbaiki (mode seret-dan-lepas)
    #[arg(value_name = "BERKAS")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Periksa buku kerja dan laporkan setiap masalah di selnya (check)
    Check(CheckArgs),
    /// Tulis salinan yang sudah diperbaiki; berkas asli tidak disentuh (fix)
    Fix(FixArgs),
    /// Bandingkan beberapa tahun dalam satu buku kerja ringkasan (compare)
    Compare(CompareArgs),
    /// Daftar aturan, atau penjelasan satu aturan (rules)
    Rules {
        /// kode atau nama aturan, misalnya C101 atau capaian-salah: cetak seluruh halamannya
        code: Option<String>,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Bahasa keluaran: id (Bahasa Indonesia) atau en (English)
    #[arg(
        long,
        value_parser = lang_parser(),
        global = true,
        env = "RAKIT_LANG",
        default_value = "id"
    )]
    pub lang: Lang,

    /// Berkas pemetaan kolom (TOML) untuk tata letak yang tidak terdeteksi
    #[arg(long, value_name = "FILE", global = true)]
    pub mapping: Option<PathBuf>,

    /// Rumus capaian indikator negatif (bawaan: disimpulkan dari buku kerja, atau lkjip)
    #[arg(long, value_parser = neg_formula_parser(), global = true)]
    pub negatif: Option<NegFormula>,

    /// Batas capaian: none (tanpa batas), 100, atau angka lain (bawaan: disimpulkan)
    #[arg(long, value_name = "none|100|N", global = true)]
    pub cap: Option<CapPolicy>,

    /// Hanya aturan ini yang dilaporkan dan diperbaiki: kode, nama atau awal kode, dipisah
    /// koma (misalnya C101,V202 atau capaian-salah atau C1)
    #[arg(long, value_name = "KODE,..", global = true)]
    pub select: Option<String>,

    /// Aturan ini tidak dilaporkan dan tidak diperbaiki (kode, nama atau awal kode, dipisah
    /// koma)
    #[arg(long, value_name = "KODE,..", global = true)]
    pub ignore: Option<String>,

    /// Kebijakan penyerahan (TOML): tahun, formulir, tanda tangan, baris tanggal, indikator
    /// ganda, sasaran tanpa indikator, sel galat, batas peringatan (aturan P1xx)
    #[arg(long, value_name = "FILE", global = true)]
    pub policy: Option<PathBuf>,

    /// Tahun yang diminta: buku kerja tahun lain dilaporkan (P101); menimpa `tahun` di --policy
    #[arg(long, value_name = "TAHUN", global = true)]
    pub tahun: Option<i32>,
}

// The domain's enums know their names and descriptions; clap's view of them lives here:
// the same values and help a derived `ValueEnum` would show.
fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(|l| PossibleValue::new(l.name()).help(l.description())))
        .try_map(|s| s.parse::<Lang>())
}

fn neg_formula_parser() -> impl TypedValueParser<Value = NegFormula> {
    PossibleValuesParser::new(
        NegFormula::ALL.map(|n| PossibleValue::new(n.name()).help(n.description())),
    )
    .try_map(|s| s.parse::<NegFormula>())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// diagnostik untuk dibaca orang
    Human,
    /// satu dokumen JSON
    Json,
    /// JUnit XML: testsuite per folder, testcase per berkas
    Junit,
    /// tabel Markdown (untuk surel atau ringkasan CI)
    Markdown,
    /// CSV: satu baris per temuan
    Csv,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Buku kerja atau folder (folder diperiksa beserta isinya)
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Format keluaran
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,

    /// Cetak pemetaan kolom yang terdeteksi (TOML) alih-alih temuan
    #[arg(long)]
    pub print_mapping: bool,

    /// Hanya baris ringkasan per berkas (dengan hasilnya: lulus, lulus dengan catatan,
    /// gagal, tidak terbaca)
    #[arg(long, short)]
    pub quiet: bool,

    /// Tulis juga buku kerja ringkasan (.xlsx): satu baris per berkas, setiap temuan,
    /// jumlah per aturan
    #[arg(long, value_name = "OUT.xlsx")]
    pub summary: Option<PathBuf>,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// Buku kerja atau folder
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Berkas keluaran (satu berkas masukan) atau folder keluaran (beberapa masukan, masukan
    /// berupa folder, atau OUT diakhiri `/`; dibuat bila belum ada). Subfolder dari folder
    /// masukan dipertahankan di dalamnya
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Timpa salinan perbaikan yang sudah ada (tanpa ini berkas yang sudah ada dilewati)
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub common: Common,
}

/// The language of the messages, known before the arguments are parsed (clap's help and
/// errors are written in it): `--lang X` or `--lang=X` on the command line, else the
/// environment's `RAKIT_LANG`, else Bahasa Indonesia.
pub fn lang_of(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut from_args = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            from_args = it.next().map(|v| v.to_string());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            from_args = Some(v.to_string());
        }
    }
    from_args
        .or_else(|| std::env::var("RAKIT_LANG").ok())
        .and_then(|v| v.parse::<Lang>().ok())
        .unwrap_or(Lang::Id)
}

/// The arguments of the command line, parsed with help and errors in `lang`.
pub fn parse(args: Vec<std::ffi::OsString>, lang: Lang) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let cmd = command(lang);
    let args = command_first(args, &cmd);
    let matches = cmd.try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The arguments with a command written after global options (`rakit --lang en check F`)
/// moved to the front (`rakit check --lang en F`), so it is not taken for a file to check
/// and correct in drag-and-drop mode. A token that names an existing file stays a file.
fn command_first(
    mut args: Vec<std::ffi::OsString>,
    cmd: &clap::Command,
) -> Vec<std::ffi::OsString> {
    let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
    let is_command = |a: &std::ffi::OsString| {
        a.to_str()
            .is_some_and(|s| names.contains(&s) && !std::path::Path::new(s).exists())
    };
    if args.get(1).is_some_and(&is_command) {
        return args;
    }
    // only options (and their values) may come before it
    let Some(i) = args
        .iter()
        .enumerate()
        .skip(1)
        .take_while(|(_, a)| a.to_str() != Some("--"))
        .find(|(_, a)| is_command(a))
        .map(|(i, _)| i)
    else {
        return args;
    };
    let before_are_options = args[1..i].iter().enumerate().all(|(j, a)| {
        let s = a.to_string_lossy();
        s.starts_with('-')
            || (j > 0
                && args[j].to_string_lossy().starts_with("--")
                && !args[j].to_string_lossy().contains('='))
    });
    if before_are_options {
        let c = args.remove(i);
        args.insert(1, c);
    }
    args
}

/// A text in both languages.
type Both = (&'static str, &'static str);

/// What a command does, in both languages.
fn about_of(cmd: &str) -> Option<Both> {
    Some(match cmd {
        "rakit" => (
            "rakit: memeriksa, menghitung ulang dan memperbaiki buku kerja Pengukuran Kinerja dan Rencana Aksi perangkat daerah.\n\nTanpa perintah (misalnya berkas diseret ke rakit.exe), setiap BERKAS diperiksa lalu salinan perbaikannya ditulis di sampingnya.",
            "rakit: checks, recalculates and corrects the Pengukuran Kinerja and Rencana Aksi workbooks of local agencies.\n\nWithout a command (files dropped onto rakit.exe, say), every FILE is checked and its corrected copy is written next to it.",
        ),
        "check" => (
            "Periksa buku kerja dan laporkan setiap masalah di selnya",
            "Check workbooks and report every problem at its cell",
        ),
        "fix" => (
            "Tulis salinan yang sudah diperbaiki; berkas asli tidak disentuh",
            "Write corrected copies; the input is never touched",
        ),
        "rules" => (
            "Daftar aturan, atau seluruh penjelasan satu aturan",
            "List the rules, or print one rule's whole page",
        ),
        "compare" => (
            "Bandingkan beberapa tahun dalam satu buku kerja ringkasan (LKjIP bab III)",
            "Compare several years in one summary workbook (LKjIP chapter III)",
        ),
        _ => return None,
    })
}

/// How a command is called, in both languages.
fn usage_of(cmd: &str) -> Option<Both> {
    Some(match cmd {
        "rakit" => (
            "rakit [OPSI] [BERKAS]...\n       rakit <PERINTAH> [OPSI]",
            "rakit [OPTIONS] [FILE]...\n       rakit <COMMAND> [OPTIONS]",
        ),
        "check" => (
            "rakit check [OPSI] <JALUR>...",
            "rakit check [OPTIONS] <PATH>...",
        ),
        "fix" => (
            "rakit fix [OPSI] <JALUR>...",
            "rakit fix [OPTIONS] <PATH>...",
        ),
        "rules" => ("rakit rules [KODE|NAMA]", "rakit rules [CODE|NAME]"),
        "compare" => (
            "rakit compare [OPSI] <JALUR>...",
            "rakit compare [OPTIONS] <PATH>...",
        ),
        _ => return None,
    })
}

/// The help of an argument (and its value name), in both languages; `None` keeps what the
/// derive wrote.
fn arg_text(id: &str) -> Option<(Both, Option<Both>)> {
    Some(match id {
        "files" => (
            (
                "Buku kerja untuk diperiksa dan diperbaiki (mode seret-dan-lepas)",
                "Workbooks to check and correct (drag-and-drop mode)",
            ),
            Some(("BERKAS", "FILE")),
        ),
        "paths" => (
            (
                "Buku kerja atau folder (folder diperiksa beserta isinya)",
                "Workbooks or folders (a folder is checked with everything in it)",
            ),
            Some(("JALUR", "PATH")),
        ),
        "code" => (
            (
                "Kode atau nama aturan, misalnya C101 atau capaian-salah: cetak seluruh halamannya",
                "A rule's code or name, e.g. C101 or capaian-salah: print its whole page",
            ),
            Some(("KODE|NAMA", "CODE|NAME")),
        ),
        "lang" => (
            (
                "Bahasa keluaran: id (Bahasa Indonesia, bawaan) atau en (English); juga dari variabel RAKIT_LANG",
                "Output language: id (Bahasa Indonesia, the default) or en (English); also from the variable RAKIT_LANG",
            ),
            Some(("id|en", "id|en")),
        ),
        "mapping" => (
            (
                "Berkas pemetaan kolom (TOML) untuk tata letak yang tidak terdeteksi",
                "A column mapping file (TOML) for a layout that is not detected",
            ),
            Some(("BERKAS", "FILE")),
        ),
        "negatif" => (
            (
                "Rumus capaian indikator negatif: lkjip, rasio atau selisih (bawaan: disimpulkan dari buku kerja, atau lkjip)",
                "The capaian formula of negative indicators: lkjip, rasio or selisih (default: inferred from the workbook, or lkjip)",
            ),
            Some(("RUMUS", "FORMULA")),
        ),
        "cap" => (
            (
                "Batas capaian: none (tanpa batas), 100, atau angka lain (bawaan: disimpulkan)",
                "The cap on capaian: none (no cap), 100, or another number (default: inferred)",
            ),
            None,
        ),
        "select" => (
            (
                "Hanya aturan ini yang dilaporkan dan diperbaiki: kode, nama atau awal kode, dipisah koma (misalnya C101,V202 atau capaian-salah atau C1)",
                "Only these rules are reported and corrected: codes, names or code prefixes, comma-separated (e.g. C101,V202 or capaian-salah or C1)",
            ),
            Some(("KODE,..", "CODE,..")),
        ),
        "ignore" => (
            (
                "Aturan ini tidak dilaporkan dan tidak diperbaiki (kode, nama atau awal kode, dipisah koma)",
                "These rules are neither reported nor corrected (codes, names or code prefixes, comma-separated)",
            ),
            Some(("KODE,..", "CODE,..")),
        ),
        "format" => (
            (
                "Format keluaran: human (untuk dibaca orang, bawaan), json (satu dokumen JSON), junit, markdown, atau csv (satu baris per temuan)",
                "Output format: human (for people, the default), json (one JSON document), junit, markdown, or csv (one row per finding)",
            ),
            Some(("FORMAT", "FORMAT")),
        ),
        "print_mapping" => (
            (
                "Cetak pemetaan kolom yang terdeteksi (TOML) alih-alih temuan",
                "Print the detected column mapping (TOML) instead of the findings",
            ),
            None,
        ),
        "quiet" => (
            (
                "Hanya baris ringkasan per berkas",
                "Only the summary line of each file",
            ),
            None,
        ),
        "output" => (
            (
                "Berkas keluaran (satu masukan) atau folder keluaran (beberapa masukan, masukan berupa folder, atau OUT diakhiri /; dibuat bila belum ada). Subfolder dari folder masukan dipertahankan di dalamnya",
                "Output file (one input) or output folder (several inputs, a folder input, or OUT ending in /; created when missing). Subfolders of an input folder are kept inside it",
            ),
            Some(("OUT", "OUT")),
        ),
        "policy" => (
            (
                "Kebijakan penyerahan (TOML): tahun, formulir, tanda tangan, baris tanggal, indikator ganda, sasaran tanpa indikator, sel galat, batas peringatan (aturan P1xx)",
                "The submission policy (TOML): year, form, signature, date line, repeated indicators, sasaran without an indicator, error cells, warning limit (rules P1xx)",
            ),
            Some(("BERKAS", "FILE")),
        ),
        "tahun" => (
            (
                "Tahun yang diminta: buku kerja tahun lain dilaporkan (P101); menimpa `tahun` di --policy",
                "The year asked for: a workbook of another year is reported (P101); overrides `tahun` in --policy",
            ),
            Some(("TAHUN", "YEAR")),
        ),
        "summary" => (
            (
                "Tulis juga buku kerja ringkasan (.xlsx): satu baris per berkas, setiap temuan, jumlah per aturan",
                "Also write a summary workbook (.xlsx): one row per file, every finding, the count per rule",
            ),
            Some(("OUT.xlsx", "OUT.xlsx")),
        ),
        "print_matches" => (
            (
                "Cetak kecocokan indikator antartahun (TOML yang dapat disunting untuk --matches)",
                "Print the matches of indicators between years (TOML to edit for --matches)",
            ),
            None,
        ),
        "matches" => (
            (
                "Keputusan kecocokan: berkas TOML, atau buku kerja ringkasan dengan kolom Keputusan (YA / TIDAK) di sheet Kecocokan",
                "Decisions on matches: a TOML file, or a summary workbook with the Keputusan column (YA / TIDAK) on its Kecocokan sheet",
            ),
            Some(("BERKAS", "FILE")),
        ),
        "force" => (
            (
                "Timpa salinan perbaikan yang sudah ada (tanpa ini berkas yang sudah ada dilewati)",
                "Overwrite corrected copies that exist (without it they are skipped)",
            ),
            None,
        ),
        _ => return None,
    })
}

/// The help of an argument that means something else in this command than elsewhere.
fn command_arg_text(cmd: &str, id: &str) -> Option<(Both, Option<Both>)> {
    Some(match (cmd, id) {
        ("compare", "paths") => (
            (
                "Buku kerja atau folder dari beberapa tahun satu OPD, urutan bebas (satu buku kerja boleh berisi beberapa tahun sebagai sheet; tahun yang ada dua kali dibandingkan sekali)",
                "Workbooks or folders of several years of one agency, in any order (one workbook may hold several years as sheets; a year given twice is compared once)",
            ),
            Some(("JALUR", "PATH")),
        ),
        ("compare", "output") => (
            (
                "Buku kerja ringkasan yang ditulis (bawaan: perbandingan-TAHUN-TAHUN.xlsx di samping masukan pertama); dengan --per-folder, folder tempat ringkasan tiap subfolder ditulis sebagai SUBFOLDER.xlsx",
                "The summary workbook to write (default: perbandingan-YEAR-YEAR.xlsx beside the first input); with --per-folder, the folder each subfolder's summary is written to as SUBFOLDER.xlsx",
            ),
            Some(("OUT.xlsx", "OUT.xlsx")),
        ),
        ("compare", "per_folder") => (
            (
                "Bandingkan tiap subfolder dari folder yang diberikan tersendiri (satu OPD per subfolder), bersamaan: ringkasan tiap subfolder ditulis di dalamnya (atau ke folder -o), dengan --format json satu objek per subfolder",
                "Compare each subfolder of the folders given on its own (one agency per subfolder), in parallel: each subfolder's summary is written inside it (or to the -o folder); with --format json one object by subfolder",
            ),
            None,
        ),
        ("compare", "force") => (
            (
                "Timpa buku kerja ringkasan yang sudah ada",
                "Overwrite a summary workbook that exists",
            ),
            None,
        ),
        ("compare", "format") => (
            (
                "Format keluaran: human (menulis buku kerja ringkasan, bawaan) atau json (satu dokumen JSON)",
                "Output format: human (writes the summary workbook, the default) or json (one JSON document)",
            ),
            Some(("FORMAT", "FORMAT")),
        ),
        _ => return None,
    })
}

/// The command line's description with every text in `lang`: about, usage, headings, the
/// help of each argument, `-h`/`-V`, and no English leftovers (`[default: …]`,
/// `[possible values: …]`; the help texts say them).
pub fn command(lang: Lang) -> clap::Command {
    use clap::CommandFactory;
    localize(Cli::command(), lang, true)
}

fn localize(cmd: clap::Command, lang: Lang, root: bool) -> clap::Command {
    use clap::{Arg, ArgAction};
    let name = if root {
        "rakit".to_string()
    } else {
        cmd.get_name().to_string()
    };
    // the per-argument table keeps its own pairs (see `Both`)
    let t = |b: Both| match lang {
        Lang::Id => b.0,
        Lang::En => b.1,
    };
    let usage_heading = USAGE.get(lang);
    let mut cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{usage_heading} {{usage}}\n\n{{all-args}}{{after-help}}\n"
        ))
        .subcommand_help_heading(COMMANDS.get(lang))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .mut_args(|a| {
            let heading = if a.is_positional() {
                ARGUMENTS.get(lang)
            } else {
                OPTIONS.get(lang)
            };
            let mut a = a.help_heading(heading).long_help(None::<&str>);
            if a.get_action().takes_values() {
                a = a
                    .hide_default_value(true)
                    .hide_possible_values(true)
                    .hide_env(true);
            }
            let id = a.get_id().as_str();
            if let Some((help, value)) = command_arg_text(&name, id).or_else(|| arg_text(id)) {
                a = a.help(t(help));
                if let Some(v) = value {
                    a = a.value_name(t(v));
                }
            }
            a
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(PRINT_THIS_HELP.get(lang))
                .help_heading(OPTIONS.get(lang)),
        );
    if let Some(about) = about_of(&name) {
        let about = t(about);
        let short = about.split("\n\n").next().unwrap_or(about).to_string();
        cmd = cmd.about(short).long_about(None::<&str>);
        if about.contains("\n\n") {
            cmd = cmd.after_help(
                about
                    .split_once("\n\n")
                    .map(|(_, rest)| rest.to_string())
                    .unwrap_or_default(),
            );
        }
    }
    if let Some(usage) = usage_of(&name) {
        cmd = cmd.override_usage(t(usage));
    }
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(PRINT_THE_VERSION.get(lang))
                .help_heading(OPTIONS.get(lang)),
        );
    }
    cmd.mut_subcommands(|s| localize(s, lang, false))
}

/// A clap error in `lang`: what is wrong, a suggestion when clap has one, the usage and
/// where help is. (Help and the version are not errors: they print as they are.)
pub fn error_text(e: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |k: C| -> Option<String> {
        e.get(k).and_then(|v| match v {
            V::String(s) => Some(s.clone()),
            V::Strings(v) => Some(v.join(", ")),
            V::StyledStr(s) => Some(s.to_string()),
            V::StyledStrs(v) => Some(
                v.iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            V::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let arg = get(C::InvalidArg).unwrap_or_default();
    let value = get(C::InvalidValue).unwrap_or_default();
    let what = match e.kind() {
        K::UnknownArgument => format!("{} '{arg}'", UNEXPECTED_ARGUMENT.get(lang)),
        K::InvalidValue => {
            let mut s = if value.is_empty() {
                format!("{arg} {}", NEEDS_A_VALUE.get(lang))
            } else {
                format!("'{value}' {} {arg}", IS_NOT_A_VALID_VALUE.get(lang))
            };
            if let Some(valid) = get(C::ValidValue) {
                s.push_str(&format!("; {} {valid}", CHOOSE_FROM.get(lang)));
            }
            s
        }
        K::ValueValidation => {
            // the parsers explain in English; Indonesian gets the usage and --help instead
            let why = match lang {
                Lang::En => std::error::Error::source(e)
                    .map(|s| format!(": {s}"))
                    .unwrap_or_default(),
                Lang::Id => String::new(),
            };
            format!("'{value}' {} {arg}{why}", IS_NOT_A_VALID_VALUE.get(lang))
        }
        K::InvalidSubcommand => format!(
            "{} '{}'",
            UNKNOWN_COMMAND.get(lang),
            get(C::InvalidSubcommand).unwrap_or_default()
        ),
        K::MissingRequiredArgument => format!("{} {arg}", A_REQUIRED_ARGUMENT_IS_MISSING.get(lang)),
        K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            NAME_A_COMMAND.get(lang).to_string()
        }
        K::ArgumentConflict => format!(
            "{arg} {} {}",
            CANNOT_BE_USED_WITH.get(lang),
            get(C::PriorArg).unwrap_or_default()
        ),
        K::NoEquals => format!("{arg} {}", NEEDS_ITS_VALUE_AFTER_E.get(lang)),
        K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => {
            format!("{} {arg}", WRONG_NUMBER_OF_VALUES_FOR.get(lang))
        }
        K::InvalidUtf8 => NOT_UTF8.get(lang).to_string(),
        _ => e.kind().to_string(),
    };
    let mut out = format!("rakit: {}: {what}\n", ERROR.get(lang));
    let suggestion = get(C::SuggestedArg)
        .or_else(|| get(C::SuggestedSubcommand))
        .or_else(|| get(C::SuggestedValue));
    if let Some(s) = suggestion {
        out.push_str(&format!("\n  {} '{s}'\n", PERHAPS_YOU_MEANT.get(lang)));
    }
    if let Some(usage) = get(C::Usage) {
        let usage = usage
            .trim()
            .trim_start_matches("Usage:")
            .trim_start()
            .to_string();
        out.push_str(&format!("\n{} {usage}\n", USAGE.get(lang)));
    }
    out.push_str(&format!("\n{}\n", SEE_RAKIT_HELP_FOR_HELP.get(lang)));
    out
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Buku kerja atau folder dari beberapa tahun satu OPD, urutan bebas (satu buku kerja
    /// boleh berisi beberapa tahun sebagai sheet; tahun yang ada dua kali dibandingkan sekali)
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Buku kerja ringkasan yang ditulis (bawaan: perbandingan-TAHUN-TAHUN.xlsx di samping
    /// masukan pertama)
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: Option<PathBuf>,

    /// Format keluaran: human menulis buku kerja ringkasan, json mencetak satu dokumen JSON
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,

    /// Cetak kecocokan indikator antartahun (TOML yang dapat disunting untuk --matches)
    #[arg(long)]
    pub print_matches: bool,

    /// Keputusan kecocokan: berkas TOML, atau buku kerja ringkasan dengan kolom Keputusan
    /// (YA / TIDAK) di sheet Kecocokan
    #[arg(long, value_name = "FILE")]
    pub matches: Option<PathBuf>,

    /// Timpa buku kerja ringkasan yang sudah ada
    #[arg(long)]
    pub force: bool,

    /// Satu perbandingan per subfolder (satu OPD per subfolder)
    #[arg(long)]
    pub per_folder: bool,

    #[command(flatten)]
    pub common: Common,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_localized_command_is_valid_in_both_languages() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn every_argument_has_its_help_in_both_languages() {
        // a help left to the derive is Indonesian in the English help too
        use clap::CommandFactory;
        let root = Cli::command();
        let mut missing = Vec::new();
        let mut each = |cmd: &clap::Command, name: &str| {
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if !matches!(id, "help" | "version")
                    && command_arg_text(name, id)
                        .or_else(|| arg_text(id))
                        .is_none()
                {
                    missing.push(format!("{name} --{id}"));
                }
            }
        };
        each(&root, "rakit");
        for sub in root.get_subcommands() {
            each(sub, sub.get_name());
        }
        assert!(missing.is_empty(), "no help in both languages: {missing:?}");
    }

    #[test]
    fn the_language_is_known_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_of(&args(&["rakit", "--lang", "en", "check"])),
            Lang::En
        );
        assert_eq!(lang_of(&args(&["rakit", "check", "--lang=en"])), Lang::En);
        assert_eq!(
            lang_of(&args(&["rakit", "check", "--", "--lang=en"])),
            Lang::Id
        );
    }
}
