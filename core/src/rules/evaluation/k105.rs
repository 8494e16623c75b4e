//! ## Apa yang diperiksa
//!
//! Baris "Predikat kinerja" di bawah rata-rata capaian formulir Evaluasi Hasil Renja
//! (Formulir E.81): predikat harus sesuai rentang rata-ratanya (> 90 Sangat Tinggi, 76-90
//! Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah; atau Sangat Baik / Baik / Cukup /
//! Kurang / Sangat Kurang).
//!
//! *English.* The predikat under the mean capaian must match the band of that mean.
//!
//! ## Mengapa penting
//!
//! Predikat yang tidak sesuai angka membuat penilaian Bappeda atas perangkat daerah keliru.
//!
//! ## Contoh
//!
//! Rata-rata 92,7 dengan predikat Tinggi: seharusnya Sangat Tinggi.
//!
//! ## Yang tidak memicunya
//!
//! Predikat yang sesuai rentangnya; teks yang bukan nama predikat.
//!
//! ## Cara memperbaiki
//!
//! Tulis predikat sesuai rentang rata-rata capaian (atau rumus `IF` atas sel rata-rata).

use rust_decimal::Decimal;

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k105.finding",
        "predikat {cell} \"{text}\" tidak sesuai rata-rata {mean}: rentangnya {want}",
        "the predikat {cell} \"{text}\" does not match the mean {mean}: its band is {want}";
    FINDING_HELP = "k105.finding.help",
        "Tulis predikat {cell} sesuai rentang rata-rata capaian.",
        "Write the predikat of {cell} by the band of the mean capaian.";
}

/// A predikat outside its mean's band.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    text: &str,
    mean: Decimal,
    want: &str,
) -> Finding {
    let cell = cell_name(row, col);
    let m = mean.normalize();
    Finding::new(
        RuleId::K105,
        sheet,
        row,
        col,
        msg!(FINDING, cell, text, mean = &m, want),
        msg!(FINDING_HELP, cell),
    )
    .found(text)
    .expected(want)
}
