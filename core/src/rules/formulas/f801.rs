//! ## Apa yang diperiksa
//!
//! Di kolom yang baris-barisnya menghitung hal yang sama, rumus-rumusnya punya satu pola:
//! `=X91/N91*100`, `=X92/N92*100`, `=X94/N94*100`. Rumus yang bentuknya sama tetapi
//! merujuk baris lain (`=X93/N94*100` di baris 93) dilaporkan di selnya, dengan pola kolom
//! yang dipindah ke baris itu sebagai rumus yang seharusnya. Pola kolom adalah bentuk rumus
//! yang dipakai sedikitnya tiga sel dan setengah dari rumus kolom itu (dibandingkan relatif
//! terhadap selnya, seperti notasi R1C1).
//!
//! *English.* In a column whose formulas share one pattern, a formula of the same shape that
//! points at another row (`=X93/N94*100` on row 93) is reported, with the column's pattern
//! moved to that row as the expected formula.
//!
//! ## Mengapa penting
//!
//! Rumus yang tergeser satu baris (karena baris disisipkan, atau rumus diseret dari tempat
//! yang salah) menghitung angka indikator lain tanpa tanda apa pun: hasilnya tampak wajar.
//!
//! ## Contoh
//!
//! Kolom capaian `=(AD11/J11)*100` … dengan satu sel `=(AD20/J21)*100`: rakit melaporkan
//! sel itu dan menulis `=(AD20/J20)*100` sebagai yang seharusnya (`tests/formula_rules.rs`).
//!
//! ## Yang tidak memicunya
//!
//! - Kartu indikator (satu blok baris per indikator: `Pembilang`, `Penyebut`, `Realisasi`,
//!   `Capaian`): rumus tiap baris kartu dibandingkan dengan rumus baris berlabel sama di
//!   kartu lain, bukan dengan baris lain di kolom yang sama.
//! - Baris induk yang menjumlahkan anak-anaknya (`=SUM(K15:K21)`) di kolom yang baris anaknya
//!   berisi angka: bentuknya lain, bukan rujukan baris yang bergeser.
//! - Kolom yang rumusnya tidak punya pola bersama.
//! - Rumus % capaian yang merujuk tepat target dan realisasi indikatornya sendiri seperti
//!   dibaca rakit, dalam urutan mana pun (`=I36/I37*100` di blok yang baris Realisasinya
//!   ditulis sebelum baris Targetnya): rumus itu benar walau polanya lain dari kolomnya.
//! - Sel % capaian yang hasilnya salah karena rujukan itu: [C101](C101.md) melaporkannya
//!   sekali, dengan rumus yang merujuk baris lain dan rumus baris itu sebagai perbaikannya.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, salin rumus dari baris di atasnya ke sel ini (atau perbaiki rujukannya). `rakit
//! fix` memperbaiki sendiri sel % capaian yang salah karena hal ini (lihat [C101](C101.md));
//! kolom lain dibiarkan.

use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f801.finding",
        "rumus ={formula} merujuk baris lain daripada rumus-rumus di kolomnya (={expected})",
        "the formula ={formula} points at another row than its column's formulas do (={expected})";
    FINDING_HELP = "f801.finding.help",
        "Di Excel, salin rumus dari baris di atasnya ke {cell}, atau perbaiki rujukan barisnya.",
        "In Excel, copy the formula of the row above into {cell}, or correct its row reference.";
}

/// A formula that points at another row than its column's pattern.
pub(super) fn finding(sheet: &str, row: u32, col: u32, formula: &str, expected: &str) -> Finding {
    super::off_reference(
        RuleId::F801,
        (&FINDING, &FINDING_HELP),
        sheet,
        (row, col),
        formula,
        expected,
    )
}
