//! ## Apa yang diperiksa
//!
//! Pada formulir Evaluasi Hasil Renja (Formulir E.81), realisasi anggaran tahun ini (Rp dari
//! kolom realisasi yang dijumlahkan dari triwulan, kolom 12 pada skema 15 kolom) yang lebih
//! besar daripada anggaran Renja tahun berjalan (Rp kolom 7).
//!
//! *English.* The year's budget realisasi (Rp of the column summing the quarters) above the
//! year's Renja budget (Rp of the target column).
//!
//! ## Mengapa penting
//!
//! Belanja tidak dapat melampaui pagu DPA: angka seperti itu biasanya salah ketik, triwulan
//! yang terhitung dua kali, atau anggaran dari baris lain.
//!
//! ## Contoh
//!
//! Anggaran Rp 73.945.400, realisasi triwulan berjumlah Rp 80.120.000.
//!
//! ## Yang tidak memicunya
//!
//! Realisasi sama dengan atau di bawah anggaran; anggaran kosong atau nol.
//!
//! ## Cara memperbaiki
//!
//! Periksa realisasi triwulan dan anggaran baris itu terhadap DPA dan laporan keuangan.

use rust_decimal::Decimal;

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k102.finding",
        "realisasi anggaran {cell} ({realisasi}) melebihi anggaran {budget_cell} ({budget})",
        "budget realisasi {cell} ({realisasi}) exceeds the budget {budget_cell} ({budget})";
    FINDING_HELP = "k102.finding.help",
        "Periksa realisasi triwulan dan anggaran baris ini ({budget_cell}) terhadap DPA.",
        "Check this row's quarter realisasi and budget ({budget_cell}) against the DPA.";
}

/// A realisasi Rp above the year's anggaran.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    realisasi: Decimal,
    anggaran: Decimal,
    anggaran_col: u32,
) -> Finding {
    let cell = cell_name(row, col);
    let acell = cell_name(row, anggaran_col);
    let (r, a) = (realisasi.normalize(), anggaran.normalize());
    Finding::new(
        RuleId::K102,
        sheet,
        row,
        col,
        msg!(
            FINDING,
            cell,
            realisasi = &r,
            budget_cell = &acell,
            budget = &a
        ),
        msg!(FINDING_HELP, budget_cell = &acell),
    )
    .found(r.to_string())
    .expected(format!("<= {a}"))
}
