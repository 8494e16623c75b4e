//! ## Apa yang diperiksa
//!
//! Di antara berkas-berkas yang diperiksa bersama: dua buku kerja yang isinya berbeda
//! (nama, judul, format) tetapi semua angka tabel indikatornya sama, berurutan (target,
//! realisasi dan % setiap indikator, termasuk setiap triwulan). Hanya tabel dengan
//! sedikitnya delapan angka yang dibandingkan.
//!
//! *English.* Among the files checked together: two workbooks that differ as files but
//! whose indicator tables hold the very same figures in the same order (target, realisasi and
//! % of every indicator and quarter); only tables with at least eight figures are compared.
//!
//! ## Mengapa penting
//!
//! Angka yang sama di dua perangkat daerah hampir selalu berarti berkas disalin dari yang
//! lain dan hanya judulnya yang diganti.
//!
//! ## Contoh
//!
//! `dinas-a/pk.xlsx` dan `dinas-b/pk.xlsx`, judul berbeda, semua target dan realisasi sama.
//!
//! ## Yang tidak memicunya
//!
//! Berkas yang sama persis (itu [D101](D101.md)); angka yang berbeda satu saja; tabel
//! kecil.
//!
//! ## Cara memperbaiki
//!
//! Minta perangkat daerah yang bersangkutan mengirim angkanya sendiri.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "d102.finding",
        "semua angka tabelnya sama dengan {list}",
        "every figure of its tables is the same as in {list}";
    FINDING_HELP = "d102.finding.help",
        "Minta perangkat daerah mengirim angkanya sendiri.",
        "Ask the agency to send its own figures.";
}

/// A workbook whose figures are those of `others` (the paths as shown).
pub fn finding(sheet: &str, others: &[&str]) -> Finding {
    let list = others.join(", ");
    Finding::new(
        RuleId::D102,
        sheet,
        0,
        0,
        msg!(FINDING, list),
        msg!(FINDING_HELP),
    )
    .found(list)
}
