//! ## Apa yang diperiksa
//!
//! Dengan `tanpa_indikator_ganda = true` di kebijakan: tidak ada indikator yang ditulis dua
//! kali dalam satu tabel (nama sama, huruf besar-kecil dan spasi diabaikan). Tanpa
//! kebijakan, indikator ganda hanya informasi ([S303](S303.md)); dengan kebijakan ini ia
//! membuat berkas gagal.
//!
//! *English.* With `tanpa_indikator_ganda = true`: no indicator written twice in a table;
//! without the policy a duplicate is only information (S303).
//!
//! ## Mengapa penting
//!
//! Indikator ganda dihitung dua kali dalam rata-rata capaian dan rekap daerah.
//!
//! ## Contoh
//!
//! "Persentase koperasi aktif" di baris 8 dan lagi di baris 15: dilaporkan di baris 15.
//!
//! ## Yang tidak memicunya
//!
//! Nama yang sama di dua tabel atau dua sheet berbeda; Rencana Aksi triwulanan, yang memang
//! mengulang indikator sasaran dan program di setiap blok kegiatan.
//!
//! ## Cara memperbaiki
//!
//! Hapus baris ganda, atau bedakan namanya bila keduanya memang indikator berbeda.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p105.finding",
        "indikator \"{name}\" sudah ada di baris {first_row}; kebijakan melarang indikator ganda",
        "indicator \"{name}\" already appears at row {first_row}; the policy forbids duplicates";
    FINDING_HELP = "p105.finding.help",
        "Hapus baris ganda, atau bedakan namanya bila memang berbeda.",
        "Delete the duplicate row, or make the names differ if they really are different.";
}

pub(super) fn finding(sheet: &str, at: (u32, u32), name: &str, first_row: u32) -> Finding {
    Finding::new(
        RuleId::P105,
        sheet,
        at.0,
        at.1,
        msg!(FINDING, name, first_row = first_row + 1),
        msg!(FINDING_HELP),
    )
}
