//! ## Apa yang diperiksa
//!
//! Laporan yang menurut judulnya (`PERIODE PELAKSANAAN : TRIWULAN I TAHUN 2024`) atau nama
//! sheetnya (`Realisasi TW I`) adalah laporan satu triwulan, tetapi kolom triwulan
//! sesudahnya (TW II, III, IV) berisi angka yang diketik. Satu temuan per baris, di sel
//! pertama yang terisi.
//!
//! *English.* A report that its title or sheet name says is of one quarter (Triwulan I)
//! while a later quarter's column (TW II–IV) holds a typed figure: one finding per row, at
//! the first such cell.
//!
//! ## Mengapa penting
//!
//! Realisasi tahun berjalan adalah jumlah keempat triwulan: angka di triwulan yang belum
//! berjalan ikut terjumlah, sehingga realisasi dan capaian laporan triwulan itu terlalu
//! tinggi. Biasanya ini sisa dari berkas triwulan lain yang disalin, atau angka yang
//! diketik di kolom yang salah.
//!
//! ## Contoh
//!
//! Judul "TRIWULAN I TAHUN 2022", dan `O23` (TW II, K) berisi 66: temuan di `O23`.
//!
//! ## Yang tidak memicunya
//!
//! Laporan yang tidak menyebut triwulannya; laporan Triwulan IV; sel triwulan sesudahnya
//! yang kosong, nol, `-`, atau berisi rumus (jumlah baris induk yang merujuk baris anak
//! ikut tercatat di baris anaknya).
//!
//! ## Cara memperbaiki
//!
//! Kosongkan kolom triwulan yang belum berjalan, atau pindahkan angkanya ke triwulan yang
//! benar; bila laporan ini sebenarnya untuk triwulan lain, perbaiki judulnya.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k106.finding",
        "laporan Triwulan {report_quarter}, tetapi {cell} (Triwulan {quarter}) berisi {shown}",
        "a Triwulan {report_quarter} report, but {cell} (Triwulan {quarter}) holds {shown}";
    FINDING_HELP = "k106.finding.help",
        "Kosongkan kolom triwulan sesudah Triwulan {report_quarter}, atau perbaiki periode di judul.",
        "Clear the columns of the quarters after Triwulan {report_quarter}, or correct the period in the title.";
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// A typed figure in quarter `later` of a report of quarter `report`.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    shown: &str,
    report: u8,
    later: u8,
) -> Finding {
    let cell = cell_name(row, col);
    let (r, l) = (ROMAN[(report - 1) as usize], ROMAN[(later - 1) as usize]);
    Finding::new(
        RuleId::K106,
        sheet,
        row,
        col,
        msg!(FINDING, report_quarter = &r, cell, quarter = &l, shown),
        msg!(FINDING_HELP, report_quarter = &r),
    )
    .found(shown)
    .expected(lang_blank())
}

fn lang_blank() -> &'static str {
    "(kosong / blank)"
}
