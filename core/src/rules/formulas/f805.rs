//! ## Apa yang diperiksa
//!
//! Di kolom yang rumus-rumusnya menjumlahkan sel-sel yang sama di setiap baris
//! (`=L10+N10+P10+R10`, `=SUM(L11:R11)`), sebuah rumus penjumlahan yang melewatkan sebagian
//! sel itu (`=N12+P12+R12`): dilaporkan di selnya, dengan sel yang terlewat dan pola kolom
//! yang dipindah ke baris itu sebagai rumus yang seharusnya. Bila sel yang terlewat kosong
//! atau 0, hasilnya kini benar, tetapi akan salah begitu sel itu diisi.
//!
//! *English.* In a column whose formulas add up the same cells on every row
//! (`=L10+N10+P10+R10`), an additive formula that leaves some of them out (`=N12+P12+R12`)
//! is reported at its cell, naming the cells it leaves out, with the column's pattern moved
//! to that row as the expected formula. Where the cells left out are blank or 0 the result
//! is right today, and turns wrong as soon as they are filled in.
//!
//! ## Mengapa penting
//!
//! Realisasi tahunan `=N12+P12+R12` yang melewatkan TW I tampak benar selama TW I masih 0;
//! pada laporan berikutnya, atau setelah TW I dikoreksi, jumlahnya salah tanpa tanda apa pun.
//! Pemeriksaan angka (K101, Q606) tidak melihatnya selama hasilnya masih cocok.
//!
//! ## Contoh
//!
//! Formulir Evaluasi Hasil Renja seorang penguji (`tests/data/blind18`, DPUPR Klaten): kolom
//! 12 berisi `=L9+N9+P9+R9` di setiap baris, kecuali `T10` yang berisi `=N10+P10+R10`.
//!
//! ## Yang tidak memicunya
//!
//! - Rumus satu sel (`=R12`: indikator tingkat yang mengambil triwulan terakhirnya, lihat
//!   [K101](K101.md)).
//! - Baris induk yang menjumlahkan baris-baris anaknya (`=SUM(K15:K21)`): sel-selnya lain,
//!   bukan bagian dari pola kolom.
//! - Rumus yang merujuk baris lain ([F801](F801.md)) dan kolom yang rumusnya tidak punya pola
//!   bersama.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, salin rumus dari baris di atasnya ke sel ini.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f805.finding",
        "rumus ={formula} tidak menjumlahkan {missing}, yang dijumlahkan rumus-rumus lain di kolomnya (={expected})",
        "the formula ={formula} leaves out {missing}, which its column's formulas add up (={expected})";
    FINDING_BLANK = "f805.finding.blank",
        "rumus ={formula} tidak menjumlahkan {missing}, yang dijumlahkan rumus-rumus lain di kolomnya (={expected}); hasilnya kini benar karena {missing} kosong atau 0, tetapi akan salah begitu diisi",
        "the formula ={formula} leaves out {missing}, which its column's formulas add up (={expected}); its result is right today because {missing} is blank or 0, and turns wrong once filled in";
    FINDING_HELP = "f805.finding.help",
        "Di Excel, salin rumus dari baris di atasnya ke {cell}.",
        "In Excel, copy the formula of the row above into {cell}.";
}

/// An additive formula that leaves out cells its column's pattern adds up.
pub(super) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    formula: &str,
    missing: &[(u32, u32)],
    blank: bool,
    expected: &str,
) -> Finding {
    let cell = cell_name(row, col);
    let missing = missing
        .iter()
        .map(|&(r, c)| cell_name(r, c))
        .collect::<Vec<_>>()
        .join(", ");
    let message = if blank {
        msg!(FINDING_BLANK, formula, missing, expected)
    } else {
        msg!(FINDING, formula, missing, expected)
    };
    Finding::new(
        RuleId::F805,
        sheet,
        row,
        col,
        message,
        msg!(FINDING_HELP, cell),
    )
    .found(format!("={formula}"))
    .expected(format!("={expected}"))
}
