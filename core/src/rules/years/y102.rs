//! ## Apa yang diperiksa
//!
//! Target satu tahun yang berbeda 100 kali atau lebih (dua orde besaran) dari median target
//! tahun-tahun lain indikator yang sama, bila satuannya tidak berubah (perubahan satuan
//! adalah [Y101](Y101.md)). Juga target yang berbeda 8 kali atau lebih, bila indikatornya
//! punya target di tiga tahun atau lebih dan realisasi tahun itu sendiri sejalan dengan
//! target tahun-tahun lain (paling jauh 2 kali dari mediannya) tetapi tidak dengan targetnya
//! (5 kali atau lebih): `1.400` yang dimaksudkan 140, dengan realisasi 152.
//!
//! *English.* A year's target 100 times or more off the median of the indicator's targets
//! over the years, when its unit does not change (a changed unit is Y101); or 8 times or
//! more off where the indicator has targets in three years or more and that year's own
//! realisasi is in line with the other years' targets (within 2 times their median) and not
//! with its own target (5 times or more apart): `1.400` meant as 140, realisasi 152.
//!
//! ## Mengapa penting
//!
//! Lonjakan sebesar itu hampir selalu salah tulis: pemisah ribuan yang keliru, atau skala
//! (juta, miliar) yang ditulis di satu tahun dan tidak di tahun lain. Banjar 2013 menulis
//! target KUR 55.000.000 "Rp. (juta)", padahal 2014 menulis 57.000: capaian, perubahan
//! antartahun dan grafiknya menjadi tidak bermakna.
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
//!     | jq -c '.findings[] | select(.code=="Y102") | {year, indicator, message}'
//! {"year":2013,"indicator":"Volume peminjaman KUR pada Bank Pemerintah","message":"target 2013 \"55,000,000 Rp. (juta)\" (C20) berbeda ×917 dari tahun lain (2014 57,000, 2015 60,000): periksa pemisah ribuan dan skala (juta, miliar)"}
//! ```
//!
//! ## Yang tidak memicunya
//!
//! Target yang naik atau turun kurang dari 100 kali, kecuali seperti di atas (kurang dari 8
//! kali, atau realisasi tahun itu sejalan dengan targetnya sendiri: sasaran yang memang
//! dinaikkan); indikator dengan target di satu tahun saja; indikator yang satuannya berubah.
//!
//! ## Cara memperbaiki
//!
//! Bandingkan sel yang disebut dengan dokumen sumbernya dan tulis target dalam skala yang
//! sama dengan tahun-tahun lain (di sini: 55.000 juta rupiah).
//!
//! Temuan Y hanya dibuat oleh `rakit compare` (bukan `rakit check`), sebagai peringatan:
//! tidak mengubah kode keluar. `--select` dan `--ignore` berlaku seperti pada aturan lain
//! (`--ignore Y102`).
//!
//! *English.* Y findings come from `rakit compare` only, as warnings; `--select` and
//! `--ignore` apply to them.

use crate::i18n::Message;
use crate::msg;

crate::texts! {
    MESSAGE = "y102.message",
        "target {year} \"{shown}\" ({cell}) berbeda ×{ratio} dari tahun lain ({others}): periksa pemisah ribuan dan skala (juta, miliar)",
        "target {year} \"{shown}\" ({cell}) is ×{ratio} off the other years ({others}): check the thousands separators and the scale (juta, miliar)";
    BESIDE_REALISASI = "y102.beside_realisasi",
        "target {year} \"{shown}\" ({cell}) berbeda ×{ratio} dari tahun lain ({others}), sedangkan realisasinya \"{realisasi}\" sejalan dengan tahun lain: periksa angka nol yang bertambah atau hilang dan pemisah desimal",
        "target {year} \"{shown}\" ({cell}) is ×{ratio} off the other years ({others}), while its realisasi \"{realisasi}\" is in line with them: check for a zero added or lost and the decimal separator";
}

/// The target of `year` as shown (`shown`, at `cell`) is `×ratio` off the other years'
/// (`others`: "2014 57.000, …").
pub fn message(year: i32, shown: &str, cell: &str, ratio: &str, others: &str) -> Message {
    msg!(MESSAGE, year, shown, cell, ratio, others)
}

/// [`message`], for a target ten times off or more whose year's realisasi (`realisasi`, as
/// shown) is in line with the other years' targets.
pub fn message_beside_realisasi(
    year: i32,
    shown: &str,
    cell: &str,
    ratio: &str,
    others: &str,
    realisasi: &str,
) -> Message {
    msg!(
        BESIDE_REALISASI,
        year,
        shown,
        cell,
        ratio,
        others,
        realisasi
    )
}
