//! ## Apa yang diperiksa
//!
//! Dengan kebijakan penyerahan (`--tahun 2020`, atau `tahun = 2020` di `--policy
//! kebijakan.toml`): tahun buku kerja, yaitu tahun yang disepakati judul, nama sheet, baris
//! tanggal dan baris anggaran, harus tahun yang diminta. Buku kerja tanpa tahun juga
//! melanggar.
//!
//! *English.* With a submission policy: the workbook's year (the one its title, sheet name,
//! date line and budget lines agree on) must be the year required; a workbook with no year
//! breaches it too.
//!
//! ## Mengapa penting
//!
//! Perangkat daerah kerap mengirim ulang berkas tahun lalu. Pemeriksa yang menerima 300
//! berkas tidak membuka judul setiap berkas.
//!
//! ## Contoh
//!
//! `rakit check --tahun 2020 kiriman/`: `PK 2019.xlsx` berjudul "TAHUN 2019" dilaporkan di
//! sel judulnya.
//!
//! ## Yang tidak memicunya
//!
//! Buku kerja tahun 2020; pemeriksaan tanpa `--tahun` dan tanpa `tahun` di kebijakan.
//!
//! ## Cara memperbaiki
//!
//! Minta berkas tahun yang benar dari perangkat daerah, atau perbaiki judulnya bila hanya
//! judulnya yang salah.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING_HELP = "p101.finding.help",
        "Minta berkas tahun yang benar, atau tulis tahunnya di judul (\"TAHUN 2020\").",
        "Ask for the right year's file, or write the year in the title (\"TAHUN 2020\").";
    OTHER_YEAR = "p101.other_year",
        "buku kerja tahun {year}, bukan tahun {want} yang diminta",
        "the workbook is for {year}, not the {want} required";
    NO_YEAR = "p101.no_year",
        "tahun buku kerja tidak ditemukan (diminta {want})",
        "the workbook's year is not found ({want} required)";
}

pub(super) fn finding(sheet: &str, at: (u32, u32), want: i32, year: Option<i32>) -> Finding {
    let message = match year {
        Some(y) => msg!(OTHER_YEAR, year = &y, want),
        None => msg!(NO_YEAR, want),
    };
    let f = Finding::new(RuleId::P101, sheet, at.0, at.1, message, msg!(FINDING_HELP))
        .expected(want.to_string());
    match year {
        Some(y) => f.found(y.to_string()),
        None => f,
    }
}
