//! ## Apa yang diperiksa
//!
//! Indikator **negatif** adalah indikator yang makin kecil makin baik (angka pengangguran,
//! kasus gizi buruk). rakit mengenalinya dari kolom Polaritas / Sifat / Arah yang berisi
//! `Negatif`, `Negative`, `Minimize`, `Minimal`, `Min`, `Menurun`, `Turun`, `-` atau `(-)`.
//!
//! Instansi dan aplikasinya memakai tiga rumus berbeda:
//!
//! | pilihan `--negatif` | rumus | target 5, realisasi 4,5 |
//! | --- | --- | --- |
//! | `lkjip` (bawaan) | (2 × target − realisasi) / target × 100 | 110 |
//! | `rasio` | target / realisasi × 100 | 111,11 |
//! | `selisih` | (target − realisasi) / target × 100 | 10 |
//!
//! rakit tidak berganti rumus diam-diam. Untuk setiap sheet, rakit mencoba ketiga rumus pada
//! baris-baris negatif dan memilih rumus yang paling banyak cocok dengan % yang tertulis
//! (bila seri, atau tidak ada yang cocok: `lkjip`). Pilihan Anda dengan `--negatif` selalu
//! menang. C107 muncul **sekali per sheet**, di nama indikator negatif pertama, dan
//! menyebutkan berapa indikator negatif, rumus mana, dan dari mana pilihan itu: "disimpulkan
//! dari n baris yang cocok", "dipilih pengguna", atau "bawaan". Semua indikator negatif di
//! sheet itu dinilai dengan rumus yang sama; baris yang tidak cocok menjadi [C101](C101.md).
//!
//! > **English.** Negative-polarity indicators (lower is better) are recognised from a
//! > Polaritas / Sifat / Arah column. Three formulas are in use; rakit infers per sheet the one
//! > that explains most stated values (LKjIP's (2 × target − realisasi) / target × 100 when
//! > tied or when none fits), never switches silently, and reports its choice once per sheet
//! > as this info finding. `--negatif lkjip|rasio|selisih` sets it.
//!
//! ## Mengapa penting
//!
//! % capaian indikator negatif bisa "salah" hanya karena pemeriksa memakai rumus yang lain.
//! Dengan C107 Anda tahu rumus mana yang dipakai untuk menilai, dan bisa memilih rumus yang
//! ditetapkan instansi Anda.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/contoh-polaritas-predikat.xlsx
//! ```
//!
//! ```text
//! INFO C107 rumus-polaritas-negatif · 1 temuan
//! C107(rumus-polaritas-negatif)
//!
//!   ☞ C9 — indikator "Angka pengangguran terbuka"
//!   │ 4 indikator berpolaritas negatif dihitung dengan (2 × target − realisasi)
//!   │ / target × 100 (disimpulkan dari 3 baris yang cocok)
//!    ╭─[contoh-polaritas-predikat.xlsx › PK 2021 › C9]
//!  9 │ … │ C9: Angka pengangguran terbuka │ D9: % │ E9: Negatif │ F9: 5,00 │ …
//!    ·         ──────────────────────────
//!    ╰────
//!  saran: Bila instansi memakai rumus lain, periksa satu % indikator negatif di
//!         Excel dengan rumus itu. Di baris perintah: --negatif
//!         lkjip|rasio|selisih memilih rumusnya.
//! ```
//!
//! Baris 9, 10 dan 11 cocok dengan rumus LKjIP; baris 12 (target 10, realisasi 8, tertulis 80)
//! tidak cocok dengan rumus mana pun dan dilaporkan sebagai C101 (seharusnya 120). Dengan
//! `--negatif rasio` pesannya berubah menjadi "… dihitung dengan target / realisasi × 100
//! (dipilih pengguna)", dan keempat baris negatif menjadi C101:
//!
//! ```console
//! $ rakit check --negatif rasio sample-workbooks/contoh-polaritas-predikat.xlsx
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! Sheet tanpa kolom Polaritas, atau tanpa indikator negatif: semua indikator dihitung
//! realisasi / target × 100.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tidak ada yang perlu diperbaiki. Bila rumus yang disimpulkan bukan rumus instansi Anda,
//! jalankan ulang dengan `--negatif` yang benar. rakit tidak membatasi hasil di 0: rumus
//! `lkjip` dan `selisih` bisa memberi capaian negatif bila realisasi jauh di atas target.
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [Panduan: indikator negatif](../panduan.md#indikator-negatif---negatif)

use super::formula_text;
use crate::i18n::Message;
use crate::msg;
use crate::rules::{Finding, NegFormula, RuleId};

crate::texts! {
    FINDING = "c107.finding",
        "{count} indikator berpolaritas negatif dihitung dengan {neg} ({how})",
        "{count} negative-polarity indicators computed with {neg} ({how})";
    FINDING_HELP = "c107.finding.help",
        "Bila instansi memakai rumus lain, periksa satu % indikator negatif di Excel dengan rumus itu. Di baris perintah: --negatif lkjip|rasio|selisih memilih rumusnya.",
        "If the agency uses another formula, check one negative indicator's % in Excel with it. On the command line: --negatif lkjip|rasio|selisih chooses the formula.";
}

/// The formula the sheet's `count` negative-polarity indicators are computed with, and why.
pub(in crate::rules) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    count: usize,
    neg: NegFormula,
    how: &Message,
) -> Finding {
    Finding::new(
        RuleId::C107,
        sheet,
        row,
        col,
        msg!(FINDING, count, neg = formula_text(neg), how),
        msg!(FINDING_HELP),
    )
}
