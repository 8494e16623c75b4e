//! ## Apa yang diperiksa
//!
//! Dengan `tanpa_sel_galat = true` di kebijakan: tidak ada sel berisi nilai galat Excel
//! (`#DIV/0!`, `#REF!`, `#N/A`, …) di sheet mana pun. Satu temuan per berkas, di sel galat
//! pertama, dengan jumlah selnya; setiap sel sendiri dilaporkan oleh [E901](E901.md).
//!
//! *English.* With `tanpa_sel_galat = true`: no cell holds an Excel error value; one finding
//! per file at the first such cell, with their count (E901 reports each).
//!
//! ## Mengapa penting
//!
//! Sel galat adalah angka yang hilang; kebijakan ini menolak berkas itu sebelum direkap.
//!
//! ## Contoh
//!
//! `#DIV/0!` di H12 dan H13: "2 sel berisi nilai galat, yang pertama H12".
//!
//! ## Yang tidak memicunya
//!
//! Buku kerja tanpa sel galat; sheet Temuan milik rakit.
//!
//! ## Cara memperbaiki
//!
//! Perbaiki setiap sel galat (lihat [E901](E901.md)), lalu kirim ulang.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p107.finding",
        "{count} sel berisi nilai galat, yang pertama {at}; kebijakan melarangnya",
        "{count} cells hold an error value, the first {at}; the policy forbids them";
    FINDING_HELP = "p107.finding.help",
        "Perbaiki setiap sel galat (lihat temuan E901).",
        "Correct every error cell (see the E901 findings).";
}

pub(super) fn finding(sheet: &str, row: u32, col: u32, count: usize) -> Finding {
    let at = cell_name(row, col);
    Finding::new(
        RuleId::P107,
        sheet,
        row,
        col,
        msg!(FINDING, count, at),
        msg!(FINDING_HELP),
    )
    .found(count.to_string())
    .expected("0")
}
