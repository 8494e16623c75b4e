//! ## Apa yang diperiksa
//!
//! Target akhir Renstra sebuah indikator (dari sheet Renstra seperti "Capaian Renstra" Banjar
//! 2016, atau kolom Renstra formulir Evaluasi Hasil Renja) berbeda antara dua tahun yang
//! memuatnya. Dilaporkan pada tahun yang kedua.
//!
//! *English.* The Renstra final target of an indicator (from a Renstra sheet, or the Renstra
//! columns of the evaluation form) differs between two years that hold it; reported on the
//! later year.
//!
//! ## Mengapa penting
//!
//! Target akhir Renstra berlaku untuk seluruh periode Renstra; bila berubah, status capaian
//! terhadap Renstra (Tercapai / Akan tercapai / Perlu usaha keras) bergantung pada tahun
//! yang dibaca. Perubahan yang sah hanya lewat perubahan Renstra.
//!
//! ## Contoh
//!
//! Sampel Banjar hanya memuat target Renstra pada 2016, jadi Y105 tidak muncul di sana. Dua
//! formulir Evaluasi Hasil Renja buatan (tests/data/heldout) tahun 2024 dan 2025:
//!
//! ```console
//! $ rakit compare tests/data/heldout/evaluasi-86-08-17-dinkes-2024.xlsx \
//!     tests/data/heldout/evaluasi-86-04-15-dinkes-2025.xlsx --format json \
//!     | jq -c '.findings[] | select(.code=="Y105") | {year, indicator, message}'
//! {"year":2025,"indicator":"Nilai SAKIP Perangkat Daerah","message":"target akhir Renstra 2024 \"70,30\", 2025 \"73,40\""}
//! {"year":2025,"indicator":"Persentase dokumen perencanaan dan evaluasi yang tersusun tepat waktu","message":"target akhir Renstra 2024 \"64,20\", 2025 \"75,40\""}
//! ```
//!
//! ## Yang tidak memicunya
//!
//! Target akhir yang sama di setiap tahun; indikator dengan target akhir di satu tahun saja.
//!
//! ## Cara memperbaiki
//!
//! Periksa dokumen Renstra (dan perubahannya) dan tulis target akhir yang berlaku di setiap
//! tahun.
//!
//! Temuan Y hanya dibuat oleh `rakit compare` (bukan `rakit check`), sebagai peringatan:
//! tidak mengubah kode keluar. `--select` dan `--ignore` berlaku seperti pada aturan lain
//! (`--ignore Y105`).
//!
//! *English.* Y findings come from `rakit compare` only, as warnings; `--select` and
//! `--ignore` apply to them.

use crate::i18n::Message;
use crate::msg;

crate::texts! {
    MESSAGE = "y105.message",
        "target akhir Renstra {from} \"{a}\", {to} \"{b}\"",
        "Renstra final target {from} \"{a}\", {to} \"{b}\"";
}

/// The Renstra final target of `from` (`a`) differs from the one of `to` (`b`).
pub fn message(from: i32, a: &str, to: i32, b: &str) -> Message {
    msg!(MESSAGE, from, a, to, b)
}
