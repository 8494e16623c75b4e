//! ## Apa yang diperiksa
//!
//! Dengan `baris_tanggal = true` di kebijakan: di bawah tabel setiap sheet indikator ada
//! baris tempat dan tanggal (`Watampone, 31 Desember 2020`).
//!
//! *English.* With `baris_tanggal = true`: under each indicator sheet's table, a place and
//! date line.
//!
//! ## Mengapa penting
//!
//! Tanggal penandatanganan menunjukkan kapan capaian dilaporkan; tanpa itu dokumen tidak
//! dapat diarsipkan sebagai laporan tahunan.
//!
//! ## Contoh
//!
//! Sheet yang berakhir di tabelnya tanpa baris tanggal dilaporkan di baris di bawah tabel.
//!
//! ## Yang tidak memicunya
//!
//! `Bone, 31 Desember 2020` atau `Kota Contoh, Desember 2020` di bawah tabel; kebijakan
//! tanpa `baris_tanggal`.
//!
//! ## Cara memperbaiki
//!
//! Tulis tempat dan tanggal penandatanganan di atas blok tanda tangan.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p104.finding",
        "tidak ada baris tempat dan tanggal di bawah tabel",
        "no place and date line under the table";
    FINDING_HELP = "p104.finding.help",
        "Tulis tempat dan tanggal (\"Watampone, 31 Desember 2020\") di atas tanda tangan.",
        "Write the place and date (\"Watampone, 31 Desember 2020\") above the signature.";
}

pub(super) fn finding(sheet: &str, row: u32) -> Finding {
    Finding::new(
        RuleId::P104,
        sheet,
        row,
        0,
        msg!(FINDING),
        msg!(FINDING_HELP),
    )
}
