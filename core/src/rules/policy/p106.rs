//! ## Apa yang diperiksa
//!
//! Dengan `sasaran_berindikator = true` di kebijakan: setiap sasaran yang ditulis di kolom
//! Sasaran tabel tahunan punya sedikitnya satu indikator, di barisnya atau di baris-baris
//! di bawahnya sampai sasaran berikutnya.
//!
//! *English.* With `sasaran_berindikator = true`: every sasaran in an annual table's Sasaran
//! column has at least one indicator, on its row or the rows down to the next sasaran.
//!
//! ## Mengapa penting
//!
//! Sasaran tanpa indikator tidak dapat diukur: capaiannya tidak ada di laporan.
//!
//! ## Contoh
//!
//! "Meningkatnya daya saing koperasi" di B9, dan baris berikutnya langsung sasaran lain:
//! dilaporkan di B9.
//!
//! ## Yang tidak memicunya
//!
//! Sasaran yang disambung (merge) ke beberapa baris indikator; nama indikator yang
//! diketik di kolom Sasaran ([S302](S302.md)).
//!
//! ## Cara memperbaiki
//!
//! Tulis indikator sasaran itu (dengan target dan realisasinya), atau hapus sasarannya.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p106.finding",
        "sasaran \"{name}\" tidak punya indikator",
        "sasaran \"{name}\" has no indicator";
    FINDING_HELP = "p106.finding.help",
        "Tulis indikator sasaran ini dengan target dan realisasinya.",
        "Write this sasaran's indicator with its target and realisasi.";
}

pub(super) fn finding(sheet: &str, row: u32, col: u32, name: &str) -> Finding {
    Finding::new(
        RuleId::P106,
        sheet,
        row,
        col,
        msg!(FINDING, name),
        msg!(FINDING_HELP),
    )
}
