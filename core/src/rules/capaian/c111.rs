//! ## Apa yang diperiksa
//!
//! Sel % capaian berisi angka, target ada, tetapi tidak ada realisasi yang mendukungnya. Dua
//! bentuk:
//!
//! - sel realisasi **kosong** dan % berisi angka: "% capaian 100 diisi, tetapi realisasi
//!   (E25) kosong";
//! - sel realisasi berisi **`-`** (nihil) dan % berisi angka **selain nol**: "% capaian TW 1
//!   30% diisi, tetapi realisasinya "-" (R38)".
//!
//! Tanpa realisasi, % itu tidak berasal dari hitungan. Temuan dilaporkan di sel %, dan %
//! itu tidak dinilai lebih lanjut (tidak ada [C101](C101.md) tambahan di sel yang sama).
//! Realisasi `-` dengan % `0` atau `-` benar: `-` berarti nihil, dan capaian nihil adalah 0.
//!
//! > **English.** The % cell holds a number and a target exists, but no realisasi supports it:
//! > either the realisasi cell is empty, or it holds `-` (none) and the stated % is not zero.
//! > The % cannot come from a calculation. The finding is at the % cell, and no C101 is added
//! > there. A `-` realisasi with a 0 or `-` % is right.
//!
//! ## Mengapa penting
//!
//! % tanpa realisasi biasanya adalah jadwal (30 / 50 / 80 % per triwulan) yang disalin ke
//! kolom capaian, atau capaian yang diisi lebih dulu sebelum datanya ada. Keduanya membuat
//! capaian terlihat lebih baik daripada yang bisa dibuktikan.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! GALAT C111 capaian-tanpa-realisasi · 3 temuan
//! C111(capaian-tanpa-realisasi)
//!
//!   × S38 — Kegiatan "Pembinaan Pengawasan dan Penghargaan Koperasi Ber…" ›
//!   │ indikator "Peningkatan Koperasi berprestasi ( Jumlah Koperasi Berprest…" ›
//!   │ TW 1
//!   │ % capaian TW 1 "30%" diisi, tetapi realisasinya (R38) "-"
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › S38]
//!  38 │ … │ R38: - │ S38: 30%
//!     ·                   ─┬─
//!     ·                    ╰── tertulis "30%"
//!     ╰────
//!  saran: Isi realisasinya, atau kosongkan % capaian (atau tulis 0 bila memang
//!         nol).
//! ```
//!
//! Kegiatan "Pembinaan Pengawasan dan Penghargaan Koperasi Berprestasi" (blok baris 37–41)
//! menulis 30 % di TW 1 dan 50 % di TW 2 (S39) tanpa realisasi: angka jadwal (30 / 50 / 80 /
//! 100 %) yang tersalin ke kolom capaian. Kegiatan blok baris 62 melakukan hal yang sama di
//! S64 (TW 2, 50 %). Pada realisasi yang kosong, pesannya berbentuk
//! "% capaian 100 diisi, tetapi realisasi (E25) kosong", dengan saran "Isi realisasinya, atau
//! kosongkan % capaian."
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Realisasi `-` dengan 0 % (`banjar-pk-2013.xlsx`, E20, E21, E23): benar.
//! - Realisasi `-` dengan % `-`: Bone 2020, L118 dan M118 (program, TW 1).
//! - Realisasi kosong dan % kosong: belum ada yang dilaporkan (di Rencana Aksi, triwulan yang
//!   belum berjalan; Bone 2020, F15 dan G15).
//! - Realisasi ada tetapi % kosong: itu [C103](C103.md) (Bone 2020, S71).
//!
//! ## Memperbaiki dengan tangan
//!
//! Isi realisasinya, lalu hitung ulang %. Bila realisasi belum ada, kosongkan % capaian
//! (atau tulis `0` bila realisasinya memang nihil).
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [C103](C103.md) · [C105](C105.md)

use crate::i18n::Message;
use crate::model::{Check, Reading, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c111.finding",
        "{what} \"{stated}\" diisi, tetapi realisasinya ({realisasi_cell}) {realisasi}",
        "{what} \"{stated}\" is stated, but the realisasi ({realisasi_cell}) is {realisasi}";
    FINDING_HELP = "c111.finding.help",
        "Isi realisasinya, atau kosongkan % capaian (atau tulis 0 bila memang nol).",
        "Fill in the realisasi, or clear the % (or write 0 when it really is zero).";
    DASH = "c111.dash",
        "\"{shown}\"",
        "\"{shown}\"";
    EMPTY = "c111.empty",
        "kosong",
        "empty";
}

/// C111: a % stated where the realisasi is empty or "-".
pub(super) fn finding(sm: &SheetModel, c: &Check, what: &Message) -> Finding {
    // as written: "-", "n/a", "belum ada data"
    let r = if matches!(c.realisasi.reading, Reading::Dash) {
        msg!(DASH, shown = c.realisasi.shown.trim())
    } else {
        msg!(EMPTY)
    };
    Finding::new(
        RuleId::C111,
        &sm.name,
        c.stated.row,
        c.stated.col,
        msg!(
            FINDING,
            what,
            stated = &c.stated.shown,
            realisasi_cell = c.realisasi.cell_name(),
            realisasi = &r
        ),
        msg!(FINDING_HELP),
    )
    .found(c.stated.shown.clone())
}
