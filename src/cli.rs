//! Command-line arguments (clap). The commands themselves are in [`crate::commands`].

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::rules::{CapPolicy, NegFormula};

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

    /// Hanya baris ringkasan per berkas
    #[arg(long, short)]
    pub quiet: bool,

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

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Buku kerja atau folder dari beberapa tahun, urutan bebas (satu buku kerja boleh berisi
    /// beberapa tahun sebagai sheet)
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

    #[command(flatten)]
    pub common: Common,
}
