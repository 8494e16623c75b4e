//! ## Apa yang diperiksa
//!
//! Sekali per sheet, di sel judul tabel, rakit menghitung berapa indikator yang masuk setiap
//! kategori capaian skala Permendagri, **dari capaian hasil hitung ulang** (bukan dari % yang
//! tertulis):
//!
//! | kategori | capaian (batas persis yang dipakai rakit) |
//! | --- | --- |
//! | Sangat Tinggi | di atas 90 |
//! | Tinggi | di atas 75, sampai 90 |
//! | Sedang | di atas 65, sampai 75 |
//! | Rendah | di atas 50, sampai 65 |
//! | Sangat Rendah | 50 atau kurang |
//!
//! Jadi 90,5 masuk Sangat Tinggi, 90 masuk Tinggi, 75,5 Tinggi, 50 Sangat Rendah. (Baris
//! `help:` temuan ini masih menulis skalanya dengan bilangan bulat, "≥ 91 Sangat Tinggi,
//! 76–90 Tinggi, …"; batas di tabel ini yang dipakai.)
//!
//! Indikator negatif dihitung dengan rumus yang dipakai sheet itu, sama dengan yang
//! disebutkan [C107](C107.md) (disimpulkan, atau dipilih dengan `--negatif`). Indikator yang
//! capaiannya tidak dapat dihitung (target nol, satuan berbeda, nilai tak terbaca, predikat di
//! bawah target) tidak dihitung. Predikat yang mencapai target dihitung sebagai 100. Kategori
//! setiap indikator juga tertulis di sheet "Indikator (rakit)" dari `rakit fix`.
//!
//! C109 hanya menghitung indikator tabel **tahunan**. Sheet Rencana Aksi triwulanan tidak
//! mendapat C109; kategori setiap triwulan tertulis di sheet "Indikator (rakit)".
//!
//! > **English.** Once per sheet, at the table header, rakit counts the annual indicators in
//! > each Permendagri category (above 90 Sangat Tinggi, above 75 Tinggi, above 65 Sedang,
//! > above 50 Rendah, 50 or less Sangat Rendah), from the recalculated capaian, not the stated
//! > one, with the sheet's negative-polarity formula (C107, `--negatif`). Indicators whose
//! > capaian cannot be computed are left out. The `help:` line still prints the scale in whole
//! > numbers (≥ 91, 76–90, …); the boundaries above are the ones applied. Quarterly sheets get
//! > no C109.
//!
//! ## Mengapa penting
//!
//! Sebaran kategori adalah ringkasan yang biasa dimuat di LKjIP dan dipakai aplikasi
//! monitoring. Karena dihitung dari angka yang benar, Anda dapat membandingkannya dengan
//! ringkasan yang sudah Anda tulis.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! INFO C109 kategori-capaian · 1 temuan
//! C109(kategori-capaian)
//!
//!   ☞ A9
//!   │ kategori capaian (hasil hitung ulang): 29 Sangat Tinggi, 2 Tinggi, 1
//!   │ Sedang, 3 Sangat Rendah
//!    ╭─[banjar-pk-2015.xlsx › Sheet1 › A9]
//!  9 │ A9: Sasaran Strategis │ B9: Indikator Kinerja │ C9: Target │ …
//!    ·     ─────────────────
//!    ╰────
//!  saran: Skala Permendagri: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang,
//!         > 50–65 Rendah, ≤ 50 Sangat Rendah.
//! ```
//!
//! Rumus indikator negatif mengubah sebarannya. `contoh-polaritas-predikat.xlsx` dengan rumus
//! yang disimpulkan (LKjIP):
//!
//! ```text
//!   ☞ A5: kategori capaian (hasil hitung ulang): 8 Sangat Tinggi, 1 Sedang
//! ```
//!
//! dan dengan `rakit check --negatif rasio sample-workbooks/contoh-polaritas-predikat.xlsx`:
//!
//! ```text
//!   ☞ A5: kategori capaian (hasil hitung ulang): 8 Sangat Tinggi, 1 Tinggi
//! ```
//!
//! Indikator baris 11 (target 20, realisasi 25) bernilai (2 × 20 − 25) / 20 × 100 = 75
//! (Sedang) dengan rumus LKjIP, dan 20 / 25 × 100 = 80 (Tinggi) dengan rumus rasio.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Sheet yang tidak punya satu pun indikator dengan capaian yang dapat dihitung.
//! - Sheet Rencana Aksi triwulanan (`bone-2020-rencana-aksi.xlsx`).
//!
//! ## Memperbaiki dengan tangan
//!
//! Tidak ada yang perlu diperbaiki. Bila ringkasan kategori di dokumen Anda berbeda, periksa
//! temuan C101–C106 lebih dulu: ringkasan itu mungkin dihitung dari % yang salah.
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [Panduan: cara rakit menilai % capaian](../panduan.md#cara-rakit-menilai--capaian)

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c109.finding",
        "kategori capaian (hasil hitung ulang): {categories}",
        "capaian categories (recalculated): {categories}";
    FINDING_HELP = "c109.finding.help",
        "Skala Permendagri: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.",
        "Permendagri scale: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.";
}

/// How many indicators fall in each capaian category (`parts`: "29 Sangat Tinggi", ...).
pub(in crate::rules) fn finding(sheet: &str, (row, col): (u32, u32), parts: &[String]) -> Finding {
    Finding::new(
        RuleId::C109,
        sheet,
        row,
        col,
        msg!(FINDING, categories = parts.join(", ")),
        msg!(FINDING_HELP),
    )
}
