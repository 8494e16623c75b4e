//! ## Apa yang diperiksa
//!
//! Baris "Rata-rata capaian kinerja (%)" di bawah tabel formulir Evaluasi Hasil Renja
//! (Formulir E.81): setiap nilainya di kolom tingkat capaian (K dan Rp) harus rerata kolom
//! itu, atas baris-baris program atau atas seluruh baris tabel, pada ketelitian yang
//! tertulis. Rumus yang merangkai rentang (`AVERAGE(X11:X30:X55)`) juga dilaporkan: rentang
//! berantai meliputi setiap baris di antaranya, padahal yang dimaksud daftar baris.
//!
//! *English.* The mean capaian row under the evaluation table must be the mean of its
//! capaian column (over the program rows or over every row), at its stated precision; a
//! chain of ranges in its formula is reported too.
//!
//! ## Mengapa penting
//!
//! Rata-rata itu menentukan predikat kinerja perangkat daerah.
//!
//! ## Contoh
//!
//! 83,06 diketik di tempat rerata baris program 76.
//!
//! ## Yang tidak memicunya
//!
//! Rerata yang dibulatkan ke satu desimal; sel kosong atau teks.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, tulis `=AVERAGE(...)` atas baris-baris program, dipisah koma.

use rust_decimal::Decimal;

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k104.finding",
        "rata-rata capaian {cell} berisi {stated}, rerata kolomnya {mean}",
        "the mean capaian {cell} holds {stated}, its column's mean is {mean}";
    FINDING_HELP = "k104.finding.help",
        "Di Excel, hitung {cell} dengan AVERAGE atas baris-baris program.",
        "In Excel, compute {cell} with AVERAGE over the program rows.";
    CHAIN = "k104.chain",
        "rumus {cell} (={formula}) merangkai rentang: setiap baris di antaranya ikut dirata-rata",
        "the formula of {cell} (={formula}) chains ranges: every row between is averaged";
    CHAIN_HELP = "k104.chain.help",
        "Di Excel, pisahkan rujukan di rumus {cell} dengan koma (daftar baris program).",
        "In Excel, separate the references of {cell} with commas (the program rows).";
}

/// A mean capaian that is not its column's mean.
pub(super) fn finding(sheet: &str, row: u32, col: u32, stated: Decimal, mean: Decimal) -> Finding {
    let cell = cell_name(row, col);
    let (s, m) = (stated.normalize(), mean.round_dp(2).normalize());
    Finding::new(
        RuleId::K104,
        sheet,
        row,
        col,
        msg!(FINDING, cell, stated = &s, mean = &m),
        msg!(FINDING_HELP, cell),
    )
    .found(s.to_string())
    .expected(m.to_string())
}

/// A chain of ranges in the mean's formula.
pub(super) fn chain(sheet: &str, row: u32, col: u32, formula: &str) -> Finding {
    let cell = cell_name(row, col);
    Finding::new(
        RuleId::K104,
        sheet,
        row,
        col,
        msg!(CHAIN, cell, formula),
        msg!(CHAIN_HELP, cell),
    )
    .found(format!("={formula}"))
}
