//! ## Apa yang diperiksa
//!
//! Angka yang diketik di kolom yang baris-baris lainnya berisi rumus dengan satu pola
//! (sedikitnya empat rumus dan 70 % dari isi kolom itu di tabelnya), di antara baris-baris
//! rumus itu: misalnya `0` di kolom realisasi triwulan yang barisnya dihitung `=Q23*N23`.
//! Pola kolom, dipindah ke baris itu, ditulis sebagai yang seharusnya.
//!
//! *English.* A number typed among a column's formulas (at least four formulas sharing one
//! pattern, 70 % of the column) is reported, with the pattern moved to its row as the
//! expected formula.
//!
//! ## Mengapa penting
//!
//! Angka yang diketik di atas rumus tidak ikut berubah bila datanya berubah: kolom yang
//! dihitung menjadi campuran hasil hitungan dan angka lama.
//!
//! ## Contoh
//!
//! Buku kerja nyata Deli Serdang: di kolom P (`=Q15*N15`, `=Q17*N17`, …) beberapa baris
//! berisi `0` yang diketik.
//!
//! ## Yang tidak memicunya
//!
//! Baris jumlah di bawah kolom rumus; kolom yang sebagian besar berisi angka yang diketik;
//! baris yang sel-sel rujukan polanya berisi kata (predikat `BB`, `-`), yang tidak dapat
//! dihitung rumus.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, salin rumus dari baris di atasnya ke sel ini, atau pastikan angka itu memang
//! disengaja.

use crate::msg;
use crate::read::{cell_name, Sheet};
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f803.finding",
        "{cell} berisi angka {shown} yang diketik, sedangkan baris-baris lain di kolomnya dihitung dengan rumus (={expected})",
        "{cell} holds the typed number {shown}, while the other rows of its column are computed (={expected})";
    FINDING_HELP = "f803.finding.help",
        "Di Excel, salin rumus dari baris di atasnya ke {cell}, bila angka itu seharusnya dihitung.",
        "In Excel, copy the formula of the row above into {cell}, if the number should be computed.";
}

/// A number typed among a column's formulas.
pub(super) fn finding(
    sheet_name: &str,
    row: u32,
    col: u32,
    sheet: &Sheet,
    expected: &str,
) -> Finding {
    let cell = cell_name(row, col);
    let shown = sheet
        .get(row, col)
        .map(|c| c.value.text().to_string())
        .unwrap_or_default();
    Finding::new(
        RuleId::F803,
        sheet_name,
        row,
        col,
        msg!(FINDING, cell, shown, expected),
        msg!(FINDING_HELP, cell),
    )
    .found(shown)
    .expected(format!("={expected}"))
}
