//! ## Apa yang diperiksa
//!
//! Indikator yang tidak ada pada tahun pertama yang dibandingkan (muncul: dilaporkan pada
//! tahun pertama ia ada), atau tidak ada lagi pada tahun terakhir (hilang: dilaporkan pada
//! tahun pertama ia tidak ada).
//!
//! *English.* An indicator missing from the first year compared (it appears: reported on its
//! first year), or from the last one (it disappears: reported on the first year without it).
//!
//! ## Mengapa penting
//!
//! Bab III LKjIP membandingkan realisasi dengan tahun-tahun sebelumnya; indikator yang muncul
//! atau hilang perlu dijelaskan (perubahan Renstra), atau menandakan nama yang berubah terlalu
//! jauh sehingga rakit tidak mencocokkannya.
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
//!     | jq -c '.findings[] | select(.code=="Y104") | {year, indicator, message}'
//! {"year":2014,"indicator":"Pengadaan kendaraan dinas / operasional","message":"indikator baru mulai 2014 (tidak ada pada tahun sebelumnya)"}
//! {"year":2016,"indicator":"Jumlah koperasi aktif","message":"indikator tidak ada lagi sejak 2016 (terakhir 2015)"}
//! ```
//!
//! ## Yang tidak memicunya
//!
//! Indikator yang ada di setiap tahun yang dibandingkan, walau namanya berubah dan rakit
//! mencocokkannya; perbandingan satu tahun saja.
//!
//! ## Cara memperbaiki
//!
//! Lihat sheet "Kecocokan" (atau `--print-matches`): bila indikator itu sama dengan indikator
//! tahun lain, pasangkan dengan `--matches` (keputusan YA); bila memang baru atau dihapus,
//! jelaskan di LKjIP.
//!
//! Temuan Y hanya dibuat oleh `rakit compare` (bukan `rakit check`), sebagai peringatan:
//! tidak mengubah kode keluar. `--select` dan `--ignore` berlaku seperti pada aturan lain
//! (`--ignore Y104`).
//!
//! *English.* Y findings come from `rakit compare` only, as warnings; `--select` and
//! `--ignore` apply to them.

use crate::i18n::Message;
use crate::msg;

crate::texts! {
    APPEARS = "y104.appears",
        "indikator baru mulai {year} (tidak ada pada tahun sebelumnya)",
        "a new indicator from {year} (not in the years before)";
    DISAPPEARS = "y104.disappears",
        "indikator tidak ada lagi sejak {gone} (terakhir {last})",
        "the indicator is gone from {gone} on (last in {last})";
}

/// The indicator is first found in `year`, after the first year compared.
pub fn appears(year: i32) -> Message {
    msg!(APPEARS, year)
}

/// The indicator is missing from `gone` on; it was last found in `last`.
pub fn disappears(gone: i32, last: i32) -> Message {
    msg!(DISAPPEARS, gone, last)
}
