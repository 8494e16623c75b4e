//! ## Apa yang diperiksa
//!
//! Tabel yang punya kolom **Kategori** atau **Predikat** per indikator (judul kolom diawali
//! "Kategori" atau "Predikat") menulis kategori capaian setiap baris. Di Rencana Aksi
//! triwulanan kategori itu ditulis di baris tahunan atau di baris triwulannya (paling sering
//! TW 4), dan dinilai terhadap capaian baris itu. rakit
//! membandingkannya dengan kategori **capaian hasil hitung ulang** pada skala Permendagri
//! yang sama dengan [C109](C109.md): di atas 90 Sangat Tinggi, di atas 75 sampai 90 Tinggi, di
//! atas 65 sampai 75 Sedang, di atas 50 sampai 65 Rendah, 50 ke bawah Sangat Rendah. Temuan
//! dilaporkan di sel kategori bila keduanya berbeda.
//!
//! Hanya kategori yang ditulis dengan nama skala itu yang dinilai (huruf besar-kecil dan spasi
//! tidak dihitung). Skala lain (Sangat Baik / Baik / Cukup / Kurang, AA .. D) tidak dinilai:
//! rakit tidak tahu batasnya.
//!
//! > **English.** Where a table has a Kategori or Predikat column, each row's written category
//! > (in a quarterly Rencana Aksi, on the year's line or a quarter's, TW 4's most often) is
//! > compared with the category of the recalculated capaian on the Permendagri
//! > scale (> 90 Sangat Tinggi, > 75-90 Tinggi, > 65-75 Sedang, > 50-65 Rendah, <= 50 Sangat
//! > Rendah), and a difference is reported at the category cell. Only categories written with
//! > that scale's names are judged; other scales are left alone. A category that follows a
//! > wrong stated % (it is that %'s category) is not reported apart: the % is (C101).
//!
//! ## Mengapa penting
//!
//! Kategori itulah yang dibaca pimpinan dan yang diringkas di LKjIP ("12 indikator Sangat
//! Tinggi"). Kategori yang diketik dari % yang salah, atau dari baris lain, membuat
//! ringkasan itu salah walaupun angkanya benar.
//!
//! ## Contoh
//!
//! `tests/data/blind7/sleman-dinkes-pk-2024.xlsx`, sheet "Pengukuran Kinerja", baris 10:
//! realisasi 10 dari target 12 adalah 83,33 % (Tinggi), tetapi kolom Kategori menulis
//! "Sangat Tinggi".
//!
//! ```console
//! $ rakit check tests/data/blind7/sleman-dinkes-pk-2024.xlsx
//! ```
//!
//! Pesannya: `kategori "Sangat Tinggi" tidak sesuai dengan capaian hasil hitung ulang 83,33
//! (Tinggi)`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Kategori yang cocok dengan capaian hasil hitung ulang, juga bila % tertulisnya salah
//!   (kesalahan % itu [C101](C101.md)).
//! - Kategori yang mengikuti % tertulis yang salah (% 37,50 ditulis "Sangat Rendah", padahal
//!   hasil hitungnya 73,50): yang dilaporkan % itu ([C101](C101.md)), sekali saja; setelah %
//!   diperbaiki, kategorinya dinilai lagi.
//! - Baris yang capaiannya tidak dapat dihitung (target nol, predikat huruf, satuan berbeda).
//! - Kategori skala lain ("Baik", "Memuaskan") dan sel kategori kosong.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis kategori dari capaian yang benar (atau perbaiki % capaiannya lebih dulu).
//!
//! ## Lihat juga
//!
//! [C109](C109.md) · [C101](C101.md) · [K105](K105.md)

use rust_decimal::Decimal;

use crate::msg;
use crate::num::fmt_id_auto;
use crate::read::Sheet;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c112.finding",
        "kategori \"{written}\" tidak sesuai dengan capaian hasil hitung ulang {capaian} ({kategori})",
        "the category \"{written}\" does not match the recalculated capaian {capaian} ({kategori})";
    FINDING_HELP = "c112.finding.help",
        "Tulis {kategori} di {cell}, atau periksa % capaiannya. Skala Permendagri: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.",
        "Write {kategori} in {cell}, or check its % capaian. Permendagri scale: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.";
}

/// The scale's names, as [`super::kategori`] writes them.
const NAMES: [&str; 5] = [
    "Sangat Tinggi",
    "Tinggi",
    "Sedang",
    "Rendah",
    "Sangat Rendah",
];

/// The written category at (`row`, `col`) against the recalculated capaian `exact`, where
/// the cell holds one of the scale's names. A category that is the one of the row's stated
/// % (`stated`), where that % is itself wrong, follows it: the % is what is reported (C101).
pub(super) fn check(
    sheet_name: &str,
    sheet: &Sheet,
    (row, col): (u32, u32),
    exact: Decimal,
    stated: Option<&crate::value::Quantity>,
) -> Option<Finding> {
    let cell = sheet.get_shown(row, col)?;
    let written = cell.value.as_text();
    let words = written.split_whitespace().collect::<Vec<_>>().join(" ");
    let named = NAMES.iter().find(|n| n.eq_ignore_ascii_case(&words))?;
    let right = super::kategori(exact);
    if *named == right {
        return None;
    }
    if stated.is_some_and(|s| {
        super::judge(s, exact) != super::Verdict::Right && super::kategori(s.value) == *named
    }) {
        return None;
    }
    let cell_name = crate::read::cell_name(row, col);
    Some(
        Finding::new(
            RuleId::C112,
            sheet_name,
            row,
            col,
            msg!(
                FINDING,
                written = words.as_str(),
                capaian = fmt_id_auto(exact, 0, 2),
                kategori = right
            ),
            msg!(FINDING_HELP, kategori = right, cell = cell_name.as_str()),
        )
        .found(words.clone())
        .expected(right),
    )
}
