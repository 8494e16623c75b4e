//! ## Apa yang diperiksa
//!
//! Setelah `rakit compare` mencocokkan indikator antartahun: satuan indikator yang sama
//! berbeda antara dua tahun berurutan yang memuatnya (dibandingkan setelah dinormalkan, jadi
//! "Orang" dan "orang" sama, dan ejaan lain satu satuan juga: `%` / `persen` / `Persen (%)`,
//! `Org` / `orang`, `m` / `meter`, `KH` / `kelahiran hidup`). Temuan dilaporkan pada tahun
//! yang kedua.
//!
//! *English.* Once `rakit compare` has matched indicators across years: the unit of one
//! indicator differs between two consecutive years that hold it (compared normalised, so
//! "Orang" equals "orang", and spellings of one unit are one: `%` / `persen` / `Persen (%)`,
//! `Org` / `orang`, `m` / `meter`, `KH` / `kelahiran hidup`); reported on the later year.
//!
//! ## Mengapa penting
//!
//! Angka dengan satuan berbeda tidak dapat dibandingkan: perubahan realisasi, grafik per
//! indikator dan status terhadap target Renstra di buku kerja ringkasan menjadi tidak
//! bermakna. Sering pula satuan berubah karena indikatornya diam-diam diganti (dari "tahun"
//! menjadi "%").
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
//!     | jq -c '.findings[] | select(.code=="Y101") | {year, indicator, message}'
//! {"year":2014,"indicator":"Jumlah KUM yang melakukan promosi dan promosi ke luar daerah","message":"satuan 2013 \"orang / koperasi\", 2014 \"orang\""}
//! {"year":2016,"indicator":"Jumlah KUM yang melakukan promosi dan promosi ke luar daerah","message":"satuan 2015 \"orang\", 2016 \"orang / badan usaha\""}
//! {"year":2014,"indicator":"Lancarnya koordinasi pembinaan berupa rapat, perjalanan dinas","message":"satuan 2013 \"tahun\", 2014 \"%\""}
//! ```
//!
//! ## Yang tidak memicunya
//!
//! Satuan yang sama dengan tulisan berbeda (huruf besar, spasi, singkatan seperti `Org`,
//! `persen` untuk `%`); tahun yang tidak menulis
//! satuan; indikator yang hanya ada satu tahun.
//!
//! ## Cara memperbaiki
//!
//! Periksa dokumen Renstra atau Perjanjian Kinerja: bila satuannya memang sama, samakan
//! tulisannya; bila indikatornya berganti, pisahkan kecocokannya dengan `--matches`
//! (keputusan TIDAK) agar tidak dibandingkan.
//!
//! Temuan Y hanya dibuat oleh `rakit compare` (bukan `rakit check`), sebagai peringatan:
//! tidak mengubah kode keluar. `--select` dan `--ignore` berlaku seperti pada aturan lain
//! (`--ignore Y101`).
//!
//! *English.* Y findings come from `rakit compare` only, as warnings; `--select` and
//! `--ignore` apply to them.

use crate::i18n::Message;
use crate::msg;

crate::texts! {
    MESSAGE = "y101.message",
        "satuan {from} \"{a}\", {to} \"{b}\"",
        "unit {from} \"{a}\", {to} \"{b}\"";
}

/// The unit of `from` (`a`) differs from the unit of `to` (`b`).
pub fn message(from: i32, a: &str, to: i32, b: &str) -> Message {
    msg!(MESSAGE, from, a, to, b)
}
