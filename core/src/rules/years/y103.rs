//! ## Apa yang diperiksa
//!
//! Indikator jumlah (namanya diawali "Jumlah", satuannya bukan %, atau namanya menyebut
//! "kumulatif") yang targetnya tidak pernah turun dari tahun ke tahun, tetapi realisasinya
//! turun dari satu tahun ke tahun berikutnya. Jumlah yang namanya menyebut "per tahun",
//! "setiap tahun" atau "tahunan" dihitung ulang tiap tahun, jadi bukan kumulatif.
//!
//! *English.* A count (its name starts with "Jumlah", its unit is not %, or its name says
//! "kumulatif") whose targets never fall over the years while its realisasi falls from one
//! year to the next. A count whose name says "per tahun" is counted afresh each year: not
//! cumulative.
//!
//! ## Mengapa penting
//!
//! Hitungan kumulatif (anggota koperasi, pelaku usaha terdaftar) jarang benar-benar turun;
//! penurunan tajam biasanya angka yang kehilangan ribuannya (26.773 ditulis 27) atau
//! realisasi yang diisi dengan angka tahunan, bukan kumulatif.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit compare sample-workbooks/banjar-pk-201*.xlsx
//! 4 berkas → sample-workbooks/perbandingan-2013-2016.xlsx: 45 indikator (2013, 2014, 2015, 2016), 1 kecocokan perlu konfirmasi, 48 temuan antartahun
//! ```
//!
//! Temuan ada di sheet "Temuan" buku kerja ringkasan; dengan `--format json`:
//!
//! ```console
//! $ rakit compare sample-workbooks/banjar-pk-201*.xlsx --format json \
//!     | jq -c '.findings[] | select(.code=="Y103") | {year, indicator, message}'
//! {"year":2014,"indicator":"Jumlah anggota koperasi","message":"realisasi turun dari 26.773 orang (2013) menjadi 27 (2014) walau targetnya terus naik"}
//! {"year":2014,"indicator":"Jumlah anggota koperasi pada koperasi aktif","message":"realisasi turun dari 19.048 orang (2013) menjadi 19 (2014) walau targetnya terus naik"}
//! ```
//!
//! ## Yang tidak memicunya
//!
//! Indikator yang bukan jumlah (persentase, rata-rata); jumlah per tahun ("Jumlah kunjungan
//! ke PLUT per tahun"); jumlah yang targetnya pernah turun
//! (penurunan memang direncanakan); tahun tanpa target.
//!
//! ## Cara memperbaiki
//!
//! Periksa realisasi tahun yang disebut terhadap data sumbernya; bila penurunan itu nyata,
//! jelaskan di analisis capaian LKjIP.
//!
//! Temuan Y hanya dibuat oleh `rakit compare` (bukan `rakit check`), sebagai peringatan:
//! tidak mengubah kode keluar. `--select` dan `--ignore` berlaku seperti pada aturan lain
//! (`--ignore Y103`).
//!
//! *English.* Y findings come from `rakit compare` only, as warnings; `--select` and
//! `--ignore` apply to them.

use crate::i18n::Message;
use crate::msg;

crate::texts! {
    MESSAGE = "y103.message",
        "realisasi turun dari {a} ({from}) menjadi {b} ({to}) walau targetnya terus naik",
        "realisasi falls from {a} ({from}) to {b} ({to}) although its targets keep rising";
}

/// The realisasi falls from `a` (year `from`) to `b` (year `to`).
pub fn message(from: i32, a: &str, to: i32, b: &str) -> Message {
    msg!(MESSAGE, a, from, b, to)
}
