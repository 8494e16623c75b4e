//! ## Apa yang diperiksa
//!
//! Angka yang diketik di dalam rumus sebagai bagian hitungannya: `=20906000-R15`,
//! `=120/E14*100`. Angka seperti itu tidak ikut berubah bila datanya berubah, jadi hasil
//! rumusnya diam-diam salah. Yang tidak dihitung: pangkat sepuluh (`*100`, `/1000`), faktor
//! atau argumen kecil (`2*E5` pada rumus indikator negatif, `ROUND(x;2)`), dan ambang yang
//! dibandingkan (`IF(X>90;…)` pada predikat). Bila kolomnya punya pola rumus, pola itu
//! (dipindah ke baris ini) ditulis sebagai yang seharusnya.
//!
//! *English.* A number typed into a formula as an operand of its arithmetic
//! (`=20906000-R15`, `=120/E14*100`) is reported; powers of ten, small factors and
//! arguments, and thresholds compared against are not.
//!
//! ## Mengapa penting
//!
//! Pada formulir Evaluasi Hasil Renja, realisasi anggaran triwulan sering ditulis
//! `=total_sampai_triwulan_ini - triwulan_lalu` dengan totalnya diketik sebagai angka: bila
//! angka triwulan lalu dikoreksi, triwulan ini ikut salah tanpa terlihat.
//!
//! ## Contoh
//!
//! Buku kerja nyata Deli Serdang (`tests/data/deli-serdang-evaluasi-renja-2025.xlsx`), sel
//! U15: `=20906000-R15`.
//!
//! ## Yang tidak memicunya
//!
//! `=F12/E12*100`, `=(2*E5-F5)/E5*100`, `=ROUND(F5/E5*100;2)`, `=IF(X5>90;"Sangat Tinggi";…)`.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, ganti angka itu dengan rujukan ke sel yang memuatnya (atau tulis angkanya di sel
//! sendiri dan rujuk sel itu).

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f802.finding",
        "rumus ={formula} memuat angka yang diketik ({n}): hasilnya tidak ikut berubah bila datanya berubah",
        "the formula ={formula} holds a typed number ({n}): its result does not follow its data";
    FINDING_HELP = "f802.finding.help",
        "Di Excel, ganti {n} di rumus {cell} dengan rujukan ke sel yang memuat angka itu.",
        "In Excel, replace {n} in the formula of {cell} with a reference to the cell holding that number.";
}

/// A formula with a number typed where a cell reference belongs.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    formula: &str,
    constants: &[String],
    expected: Option<&str>,
) -> Finding {
    let cell = cell_name(row, col);
    let n = constants.join(", ");
    let f = Finding::new(
        RuleId::F802,
        sheet,
        row,
        col,
        msg!(FINDING, formula, n),
        msg!(FINDING_HELP, n, cell),
    )
    .found(format!("={formula}"));
    match expected {
        Some(e) => f.expected(format!("={e}")),
        None => f,
    }
}
