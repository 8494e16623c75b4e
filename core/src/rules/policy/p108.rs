//! ## Apa yang diperiksa
//!
//! Dengan `maks_peringatan = N` di kebijakan: berkas punya paling banyak N peringatan.
//! Temuan ini ada di peringatan ke-(N+1).
//!
//! *English.* With `maks_peringatan = N`: a file has at most N warnings; the finding stands
//! at the (N+1)th warning.
//!
//! ## Mengapa penting
//!
//! Satu-dua peringatan wajar; puluhan peringatan berarti berkas perlu diperiksa ulang oleh
//! pengirimnya sebelum direkap.
//!
//! ## Contoh
//!
//! `maks_peringatan = 5` dan 12 peringatan: "12 peringatan, lebih dari 5 yang dibolehkan".
//!
//! ## Yang tidak memicunya
//!
//! N peringatan atau kurang; galat dan info tidak dihitung.
//!
//! ## Cara memperbaiki
//!
//! Tangani peringatan-peringatannya (lihat temuan lain berkas ini), lalu kirim ulang.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p108.finding",
        "{count} peringatan, lebih dari {max} yang dibolehkan kebijakan",
        "{count} warnings, more than the {max} the policy allows";
    FINDING_HELP = "p108.finding.help",
        "Tangani peringatan berkas ini, lalu kirim ulang.",
        "Deal with this file's warnings, then send it again.";
}

pub(super) fn finding(sheet: &str, row: u32, col: u32, count: usize, max: usize) -> Finding {
    Finding::new(
        RuleId::P108,
        sheet,
        row,
        col,
        msg!(FINDING, count, max),
        msg!(FINDING_HELP),
    )
    .found(count.to_string())
    .expected(max.to_string())
}
