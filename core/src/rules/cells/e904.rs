//! ## Apa yang diperiksa
//!
//! Sel berisi rumus yang disimpan tanpa hasilnya (lihat [E903](E903.md)) dan **tidak dapat
//! dihitung rakit**: rumus yang memakai fungsi di luar yang dikenal rakit (VLOOKUP, SUMIF,
//! …), nama yang didefinisikan, satu kolom utuh (`A:A`), tanggal, atau rujukan melingkar.
//! Nilainya tidak diketahui, jadi angka di sel itu tidak diperiksa dan `rakit fix` tidak
//! pernah menulis di sana. Satu temuan per sheet, menyebut sel-selnya.
//!
//! *English.* Formulas stored without their results that rakit cannot compute (a function
//! it does not know, a defined name, a whole column, a date, a circular reference): their
//! values are unknown, so they are not checked and fix never writes there.
//!
//! ## Mengapa penting
//!
//! rakit tidak menebak: angka yang tidak diketahui tidak dilaporkan benar maupun salah.
//! Temuan ini memberi tahu bagian mana yang belum diperiksa.
//!
//! ## Contoh
//!
//! `G4` berisi `=VLOOKUP(C4;Data!A:D;4;0)` tanpa hasil tersimpan: satu peringatan di `G4`;
//! capaian baris itu tidak dibandingkan.
//!
//! ## Yang tidak memicunya
//!
//! Rumus dengan hasil tersimpan (buku kerja yang disimpan Excel atau LibreOffice), dan rumus
//! tanpa hasil yang dapat dihitung rakit ([E903](E903.md)).
//!
//! ## Cara memperbaiki
//!
//! Buka berkasnya di Excel atau LibreOffice dan simpan sekali (hasil setiap rumus ikut
//! tersimpan), lalu periksa lagi.

use crate::read::Sheet;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "e904.finding",
        "{n} rumus tersimpan tanpa hasil dan tidak dapat dihitung rakit ({cells}): nilainya tidak diperiksa",
        "{n} formulas were stored without their results and rakit cannot compute them ({cells}): their values are not checked";
    FINDING_HELP = "e904.finding.help",
        "Buka berkas ini di Excel atau LibreOffice, simpan sekali agar hasil setiap rumus tersimpan, lalu periksa lagi.",
        "Open this file in Excel or LibreOffice, save it once so that every formula's result is stored, and check it again.";
}

/// The formulas of a sheet that rakit could not compute, at the first of them, with the
/// first one's formula.
pub(super) fn finding(sheet: &Sheet, cells: &[(u32, u32)]) -> Option<Finding> {
    let f = super::over_cells(RuleId::E904, &FINDING, &FINDING_HELP, sheet, cells)?;
    Some(
        match sheet.get(f.row, f.col).and_then(|c| c.formula.as_deref()) {
            Some(formula) => f.found(format!("={formula}")),
            None => f,
        },
    )
}
