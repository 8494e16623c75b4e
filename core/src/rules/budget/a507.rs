//! ## Apa yang diperiksa
//!
//! Di tabel realisasi anggaran (lihat [A503](A503.md)), serapan (%) yang tertulis sama dengan
//! realisasi ÷ anggaran × 100 yang **dipotong** pada jumlah desimal yang tertulis, bukan yang
//! **dibulatkan**: 801.250.500 ÷ 865.400.000 × 100 = 92,5873…, dibulatkan 92,59, tetapi
//! tertulis 92,58. Seperti % capaian yang dipotong ([C102](C102.md)), selisihnya hanya satu
//! angka di desimal terakhir, jadi rakit memberi peringatan, bukan galat
//! ([A504](A504.md) untuk serapan yang salah).
//!
//! Bila pemotongan dan pembulatan memberi angka yang sama (96,00 untuk 96,0024), angka itu
//! benar dan tidak ada temuan. Serapan yang dihitung rumus menyimpan angka lengkapnya, jadi
//! hanya rumus `TRUNC` / `ROUNDDOWN` atau angka yang diketik yang memicu aturan ini.
//!
//! > **English.** In a budget table, the written serapan (%) equals realisasi ÷ anggaran × 100
//! > truncated at the written decimals instead of rounded (92,58 for 92,5873, which rounds to
//! > 92,59). A small, separate finding, as a truncated capaian (C102) is: a warning. A
//! > serapan that is simply wrong is A504.
//!
//! ## Mengapa penting
//!
//! Serapan yang dipotong tidak konsisten dengan baris lain yang dibulatkan, dan evaluator yang
//! menghitung ulang akan menemukan selisihnya. Biasanya berasal dari `TRUNC` / `ROUNDDOWN`,
//! atau dari angka yang diketik ulang dari layar aplikasi keuangan.
//!
//! ## Contoh
//!
//! `tests/data/blind13/pk_dkp_kab_pati_2023.xlsx`, sel L32: realisasi 801.250.500 dari
//! anggaran 865.400.000, serapan diketik 92,58:
//!
//! ```console
//! $ rakit check tests/data/blind13/pk_dkp_kab_pati_2023.xlsx --select A507
//! ```
//!
//! Pesannya: `serapan "92,58" dipotong; realisasi 801.250.500 ÷ anggaran 865.400.000 × 100 =
//! 92,5873 dibulatkan menjadi 92,59`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Serapan yang dibulatkan dengan benar (92,59), pada jumlah desimal berapa pun.
//! - Serapan 96,00 untuk 96,0024: dipotong maupun dibulatkan hasilnya 96,00.
//! - Serapan yang dihitung rumus `=I22/H22*100` dan ditampilkan dengan dua desimal: sel
//!   menyimpan angka lengkapnya.
//!
//! ## `rakit fix`
//!
//! Serapan yang **diketik** diganti dengan angka yang dibulatkan pada jumlah desimal yang
//! sama, sel diberi warna dan catatan. Sel berisi rumus (`TRUNC`, `ROUNDDOWN`) tidak pernah
//! diganti angka: temuan itu hanya dilaporkan.
//!
//! ## Memperbaiki dengan tangan
//!
//! Pakai `=ROUND(realisasi/anggaran*100;2)`, bukan `TRUNC` / `ROUNDDOWN`, atau ketik angka
//! yang dibulatkan: 4 ke bawah, 5 ke atas.
//!
//! ## Lihat juga
//!
//! [A504](A504.md) · [C102](C102.md) · [A502](A502.md)

use rust_decimal::Decimal;

use crate::layout::budget::{Amount, BudgetItem};
use crate::msg;
use crate::num::{fmt_id, fmt_id_auto, round};
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "a507.finding",
        "serapan \"{written}\" dipotong; realisasi {realisasi} ÷ anggaran {anggaran} × 100 = {exact} dibulatkan menjadi {expected}",
        "serapan \"{written}\" is truncated; realisasi {realisasi} ÷ anggaran {anggaran} × 100 = {exact} rounds to {expected}";
    HELP = "a507.help",
        "Bulatkan setengah ke atas (=ROUND(realisasi/anggaran*100;2)), jangan memotong (TRUNC/ROUNDDOWN).",
        "Round half away from zero (=ROUND(realisasi/anggaran*100,2)), do not truncate (TRUNC/ROUNDDOWN).";
}

/// A serapan `s` written as `expected` cut off at the `dp` decimals it shows, where rounding
/// gives another number (the caller has seen that).
pub(super) fn finding(
    sheet: &str,
    item: &BudgetItem,
    s: &Amount,
    (r, a): (Decimal, Decimal),
    expected: Decimal,
    dp: u32,
) -> Finding {
    let rounded = round(expected, dp);
    // a typed serapan gets the rounded one at its decimals; a formula is never replaced
    let fix = super::serapan_fix(s, expected, dp);
    Finding::new(
        RuleId::A507,
        sheet,
        item.row,
        s.col,
        msg!(
            FINDING,
            written = s.shown.trim(),
            realisasi = fmt_id_auto(r, 0, 2),
            anggaran = fmt_id_auto(a, 0, 2),
            exact = fmt_id_auto(expected, 0, 4),
            expected = fmt_id(rounded, dp)
        ),
        msg!(HELP),
    )
    .found(s.shown.trim())
    .expected(format!("{} %", fmt_id(rounded, dp)))
    .with_fix_opt(fix)
}
