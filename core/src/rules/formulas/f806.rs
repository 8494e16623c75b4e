//! ## Apa yang diperiksa
//!
//! Di kolom yang baris-barisnya menghitung hal yang sama, rumus-rumusnya punya satu pola:
//! `=ROUND(K18/J18*100,2)`, `=ROUND(K28/J28*100,2)`, `=ROUND(K33/J33*100,2)`. Rumus yang
//! bentuknya sama dan merujuk baris yang sama, tetapi kolom lain (`=ROUND(K23/I23*100,2)`:
//! anggaran murni di tempat anggaran perubahan), dilaporkan di selnya, dengan pola kolom
//! yang dipindah ke baris itu sebagai rumus yang seharusnya. Pola kolom adalah bentuk rumus
//! yang dipakai sedikitnya tiga sel dan setengah dari rumus kolom itu (dibandingkan relatif
//! terhadap selnya, seperti notasi R1C1).
//!
//! *English.* In a column whose formulas share one pattern, a formula of the same shape on
//! the same row that points at another column (`=ROUND(K23/I23*100,2)` where the others
//! divide by column J) is reported, with the column's pattern moved to its row as the
//! expected formula.
//!
//! ## Mengapa penting
//!
//! Rumus yang tergeser satu kolom menghitung dengan angka lain (anggaran murni, target
//! tahun lalu, triwulan lain) tanpa tanda apa pun: hasilnya tampak wajar.
//!
//! ## Contoh
//!
//! Rencana Aksi seorang penguji (`tests/data/blind18`, Diskop UKM Wajo): kolom Serapan berisi
//! `=ROUND(K18/J18*100,2)` di setiap baris anggaran, kecuali `L23` yang membagi dengan
//! `I23` (Anggaran Murni) alih-alih `J23` (Anggaran Perubahan).
//!
//! ## Yang tidak memicunya
//!
//! - Rumus yang bentuknya lain (`=(2*E5-F5)/E5*100` untuk indikator negatif di antara
//!   `=F6/E6*100`), atau yang merujuk baris lain ([F801](F801.md)).
//! - Rumus yang merujuk sel-sel yang sama dengan urutan lain (`=E7/F7*100`, target dibagi
//!   realisasi untuk indikator negatif, di antara `=F6/E6*100`): itu rumus tersendiri, bukan
//!   kolom yang bergeser.
//! - Kolom yang rumusnya tidak punya pola bersama.
//! - Sel % capaian yang hasilnya salah karena rujukan itu: [C101](C101.md) melaporkannya
//!   sekali, dengan rumus barisnya sebagai perbaikannya.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, salin rumus dari baris di atasnya ke sel ini (atau perbaiki rujukan kolomnya).

use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f806.finding",
        "rumus ={formula} merujuk kolom lain daripada rumus-rumus di kolomnya (={expected})",
        "the formula ={formula} points at another column than its column's formulas do (={expected})";
    FINDING_HELP = "f806.finding.help",
        "Di Excel, salin rumus dari baris di atasnya ke {cell}, atau perbaiki rujukan kolomnya.",
        "In Excel, copy the formula of the row above into {cell}, or correct its column reference.";
}

/// A formula that points at another column than its column's pattern.
pub(super) fn finding(sheet: &str, row: u32, col: u32, formula: &str, expected: &str) -> Finding {
    super::off_reference(
        RuleId::F806,
        (&FINDING, &FINDING_HELP),
        sheet,
        (row, col),
        formula,
        expected,
    )
}
