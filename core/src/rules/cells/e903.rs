//! ## Apa yang diperiksa
//!
//! Sel berisi rumus yang disimpan **tanpa hasilnya**. Excel dan LibreOffice selalu menyimpan
//! hasil terakhir setiap rumus di sampingnya; berkas yang dibuat oleh program yang tidak
//! menghitung (ekspor aplikasi web, openpyxl, PhpSpreadsheet tanpa pra-hitung) hanya
//! menyimpan rumusnya, dan Excel baru menghitungnya saat berkas dibuka. rakit menghitung
//! rumus itu sendiri seperti Excel (aritmetika, rujukan ke sheet mana pun, SUM, AVERAGE,
//! MIN, MAX, COUNT, ROUND, IF, IFERROR, dan sejenisnya) lalu memeriksa hasilnya seperti
//! angka lain. Satu temuan per sheet, menyebut sel-selnya.
//!
//! *English.* Formulas stored without their results (a workbook written by a program that
//! does not calculate): rakit computes them as Excel would and checks the results like any
//! other figure. One finding per sheet, naming the cells.
//!
//! ## Mengapa penting
//!
//! Tanpa dihitung, sel itu terbaca kosong: `=F4/E4*100` dikira % capaian yang belum diisi,
//! dan salinan perbaikan akan menimpa rumusnya dengan angka. Temuan ini memberi tahu bahwa
//! angka yang diperiksa adalah hasil hitungan rakit, bukan angka yang tersimpan di berkas.
//!
//! ## Contoh
//!
//! `G4` berisi `=F4/E4*100` tanpa hasil tersimpan, `E4` 40 dan `F4` 38: rakit membacanya
//! sebagai 95 dan melaporkan satu info di `G4`.
//!
//! ## Yang tidak memicunya
//!
//! Buku kerja yang disimpan Excel atau LibreOffice (setiap rumus punya hasil); rumus yang
//! tidak dapat dihitung rakit (lihat [E904](E904.md)).
//!
//! ## Cara memperbaiki
//!
//! Tidak perlu diubah. Bila ingin angka tersimpan di berkas, buka dan simpan sekali di Excel
//! atau LibreOffice.

use crate::read::Sheet;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "e903.finding",
        "{n} rumus tersimpan tanpa hasil ({cells}); rakit menghitungnya sendiri seperti Excel",
        "{n} formulas were stored without their results ({cells}); rakit computed them as Excel would";
    FINDING_HELP = "e903.finding.help",
        "Tidak perlu diubah. Berkas ini dibuat oleh program yang tidak menghitung rumus; buka dan simpan sekali di Excel atau LibreOffice bila hasilnya ingin tersimpan.",
        "Nothing to change. A program that does not calculate wrote this file; open and save it once in Excel or LibreOffice to store the results.";
}

/// The formulas of a sheet that rakit computed, at the first of them.
pub(super) fn finding(sheet: &Sheet, cells: &[(u32, u32)]) -> Option<Finding> {
    super::over_cells(RuleId::E903, &FINDING, &FINDING_HELP, sheet, cells)
}
