//! ## Apa yang diperiksa
//!
//! Sel target, realisasi atau % yang tidak bisa dibaca sebagai satu angka:
//!
//! - **dua angka dalam satu sel**: `4 BPR/12 LKM`, `5 - 10`. rakit menyebutkan kedua angka
//!   dan jumlahnya, tetapi tidak memilih salah satu;
//! - **kelompok ribuan yang tidak tiga angka**: `1.2.3`, `2.119.2015.485` (di baris anggaran
//!   kesalahan ini menjadi [A501](A501.md));
//! - **angka bercampur huruf atau simbol** yang bukan angka dengan satuan: `12a34`,
//!   angka lebar penuh (fullwidth), tanda minus Unicode. Target yang ditulis sebagai batas
//!   atau rentang (`≥ 90`, `< 5`, `min. 75`, `80 - 85`) bukan kesalahan: rakit membacanya
//!   sebagai angka batasnya, seperti cara instansi mengukurnya (batas bawah untuk indikator
//!   positif, batas atas untuk indikator negatif);
//! - **teks di kolom angka**: `Nihil`, `Tidak ada data` di kolom target atau realisasi, bila
//!   pasangannya berupa angka. Baris tanpa angka di target maupun realisasinya (indikator
//!   kualitatif: `WTP` / `WTP`, atau target `Tersedia` di Perjanjian Kinerja yang tidak
//!   punya kolom realisasi) tidak dilaporkan.
//!
//! Capaian indikator itu tidak dinilai.
//!
//! > **English.** A target, realisasi or % cell that does not read as one number: two figures
//! > in one cell (`4 BPR/12 LKM`; rakit names both and their sum but picks neither), thousands
//! > groups that are not three digits, digits mixed with letters or symbols, or words in a
//! > figure column beside a number (a row with no number in its target or realisasi, such
//! > as `WTP` / `WTP` or a Perjanjian Kinerja's `Tersedia`, is qualitative and not
//! > reported). A target written as a bound or a range (`≥ 90`, `< 5`, `80 - 85`) is read as
//! > its edge, as agencies measure it: the lower for a positive indicator, the upper for a
//! > negative one. The indicator's capaian is not judged.
//!
//! ## Mengapa penting
//!
//! Aplikasi dan rumus Excel akan mengabaikan sel seperti ini atau membacanya nol, sehingga
//! capaian yang dilaporkan tidak dapat diperiksa. Dua angka dalam satu sel juga berarti
//! indikatornya sebenarnya dua.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! GALAT V201 nilai-tidak-terbaca · 1 temuan
//! V201(nilai-tidak-terbaca)
//!
//!   × E22 — indikator "Jumlah BPR / LKM"
//!   │ "4 BPR/12 LKM" berisi dua angka dalam satu sel (4 dan 12; jumlahnya 16);
//!   │ capaian tidak dinilai
//!     ╭─[banjar-pk-2015.xlsx › Sheet1 › E22]
//!  22 │ … │ C22: 10 │ D22: unit │ E22: 4 BPR/12 LKM │ F22: unit │ G22: 160
//!     ·                                ──────┬─────
//!     ·                                      ╰── tertulis "4 BPR/12 LKM"
//!     ╰────
//!  saran: Tulis satu angka saja di sel ini (pecah menjadi dua indikator bila
//!         perlu).
//! ```
//!
//! % 160 di G22 tidak dinilai: 16 / 10 = 160 bila kedua angka dijumlahkan, tetapi rakit tidak
//! tahu apakah itu yang dimaksud. Di `banjar-pk-2014.xlsx`, F21 `4 BPR/15 LKM` dilaporkan
//! dengan cara yang sama, ditambah [C103](C103.md) di H21 karena % tidak dapat dihitung.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `-`, `- unit`, `- Rp. (juta)` (`banjar-pk-2013.xlsx`, E20, E21, E23): nihil.
//! - Predikat `AA` … `D`: dibaca sebagai predikat (lihat [C108](C108.md)).
//! - Salah ketik yang tetap bisa dibaca: ``11`,76%`` dibaca 11,76 ([V204](V204.md)); `45WUB`
//!   dibaca 45 WUB tanpa temuan nilai (di Bone 2020 sel itu mendapat [C110](C110.md) karena
//!   targetnya `1 Laporan Triwulan`).
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis satu angka per sel. Bila satu baris mengukur dua hal (BPR dan LKM), pecah menjadi dua
//! indikator dengan target masing-masing, atau tulis jumlahnya dan jelaskan rinciannya di
//! Keterangan.
//!
//! ## Lihat juga
//!
//! [V204](V204.md) · [A501](A501.md) · [Panduan: cara rakit membaca angka](../panduan.md#cara-rakit-membaca-angka)

use crate::i18n::Message;
use crate::model::Figure;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};
use crate::value::Unreadable;

crate::texts! {
    UNREADABLE = "v201.unreadable",
        "{why}; capaian tidak dinilai",
        "{why}; capaian not judged";
    UNREADABLE_HELP = "v201.unreadable.help",
        "Tulis satu angka saja di sel ini (pecah menjadi dua indikator bila perlu).",
        "Write a single number in this cell (split it into two indicators if needed).";
    TEXT = "v201.text",
        "\"{text}\" di kolom angka tidak dapat dibaca sebagai angka",
        "\"{text}\" in a figure column cannot be read as a number";
    TEXT_HELP = "v201.text.help",
        "Tulis angkanya (dengan satuan di kolom satuan), atau \"-\" bila tidak ada.",
        "Write the number (its unit in the unit column), or \"-\" when there is none.";
    TWO_FIGURES = "v201.two_figures",
        "\"{shown}\" berisi dua angka dalam satu sel ({first} dan {second}; jumlahnya {sum})",
        "\"{shown}\" holds two figures in one cell ({first} and {second}; {sum} if summed)";
    MALFORMED_GROUPS = "v201.malformed_groups",
        "\"{shown}\": kelompok ribuannya tidak tiga angka",
        "\"{shown}\": its thousands groups are not three digits";
    GARBLED = "v201.garbled",
        "\"{shown}\" bukan angka yang bisa dibaca",
        "\"{shown}\" is not a readable number";
}

/// What is wrong with a figure that cannot be read (in Bahasa Indonesia, in English).
pub(in crate::rules) fn unreadable_message(f: &Figure, why: &Unreadable) -> Message {
    match why {
        Unreadable::TwoFigures { first, second } => msg!(
            TWO_FIGURES,
            shown = &f.shown,
            first = fmt_id_auto(first.value, 0, 4),
            second = fmt_id_auto(second.value, 0, 4),
            sum = fmt_id_auto(first.value + second.value, 0, 4)
        ),
        Unreadable::MalformedGroups { .. } => msg!(MALFORMED_GROUPS, shown = &f.shown),
        Unreadable::Garbled { .. } => msg!(GARBLED, shown = &f.shown),
    }
}

/// A figure that cannot be read, with its `unreadable_message`.
pub(in crate::rules) fn unreadable(sheet: &str, f: &Figure, why: Message) -> Finding {
    Finding::new(
        RuleId::V201,
        sheet,
        f.row,
        f.col,
        msg!(UNREADABLE, why),
        msg!(UNREADABLE_HELP),
    )
    .found(f.shown.clone())
}

/// Text in a figure column.
pub(in crate::rules) fn text(sheet: &str, f: &Figure, text: &str) -> Finding {
    Finding::new(
        RuleId::V201,
        sheet,
        f.row,
        f.col,
        msg!(TEXT, text),
        msg!(TEXT_HELP),
    )
    .found(f.shown.clone())
}
