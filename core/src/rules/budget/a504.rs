//! ## Apa yang diperiksa
//!
//! Di tabel realisasi anggaran (lihat [A503](A503.md)), kolom Serapan (%) (juga "% Realisasi",
//! "Capaian Keuangan (%)") harus sama dengan realisasi ÷ anggaran × 100 baris yang sama, pada
//! jumlah desimal yang ditampilkan sel. Serapan yang dipotong, bukan dibulatkan (92,58 untuk
//! 92,5873), bukan galat di sini: itu peringatan [A507](A507.md). Angka yang disimpan sebagai
//! pecahan (0,9831) dan ditampilkan sebagai persen juga dibaca sebagai persen. Baris
//! beranggaran nol tidak diperiksa.
//!
//! Serapan dihitung dari angka di baris itu sendiri: bila anggaran program salah ketik,
//! serapan yang dihitung darinya tidak dilaporkan lagi (A503 sudah melaporkan anggarannya).
//!
//! > **English.** In a budget table, the Serapan (%) column must equal realisasi ÷ anggaran ×
//! > 100 of the same line, at the decimals the cell shows (one cut off instead of rounded is
//! > the warning A507); a fraction
//! > shown as a percentage reads as one. Lines with a zero anggaran are not checked. The
//! > serapan is computed from the line's own figures, so a wrong anggaran is reported once
//! > (A503), not again through its serapan.
//!
//! ## Mengapa penting
//!
//! Serapan anggaran dibaca bersama capaian kinerja (efisiensi). Serapan yang salah ketik,
//! terbalik (anggaran ÷ realisasi) atau dihitung dari baris lain membuat efisiensi salah.
//!
//! ## Contoh
//!
//! Di `tests/data/blind8/sumedang-dpupr-lkjip-2023.xlsx` serapan satu kegiatan diketik 41,47
//! untuk realisasi 3.101.845.000 dari anggaran 3.250.000.000:
//!
//! ```console
//! $ rakit check tests/data/blind8/sumedang-dpupr-lkjip-2023.xlsx --select A504
//! ```
//!
//! ```text
//! A504(serapan-salah)
//!
//!   x E23
//!   | serapan tertulis 41,47, seharusnya 95,44 % (realisasi 3.101.845.000 ÷
//!   | anggaran 3.250.000.000 × 100)
//!     ,-[sumedang-dpupr-lkjip-2023.xlsx › Pengukuran Kinerja › E23]
//!  23 | … | D23: 3.101.845.000 | E23: 41,47 | F23: 148.155.000
//!     :                               ^^|^^
//!     :                                 `-- tertulis "41,47", seharusnya 95,44 %
//!     `----
//!  saran: Hitung ulang serapan: realisasi ÷ anggaran × 100, atau pakai rumus
//!         =ROUND(realisasi/anggaran*100;2).
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Serapan 96,00 untuk 96,0024 % (dua desimal), atau 96,3 untuk 96,3148 % (satu desimal).
//! - Serapan dengan format persen yang menyimpan 0,9831.
//! - Serapan 0,00 untuk realisasi 0 atau `-`.
//!
//! ## `rakit fix`
//!
//! Serapan yang **diketik** diganti dengan serapan yang benar (pada jumlah desimal selnya,
//! paling sedikit dua), sel diberi warna dan catatan. Sel yang berisi rumus tidak pernah
//! diganti angka (rumus yang merujuk baris lain dilaporkan saja), dan angka yang mungkin
//! pecahan (0,9318 di sel tanpa format persen) dibiarkan untuk Anda.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis rumus `=ROUND(realisasi/anggaran*100;2)` di kolom serapan, atau hitung ulang angkanya.
//!
//! ## Lihat juga
//!
//! [A502](A502.md) · [A503](A503.md) · [A506](A506.md) · [A507](A507.md)

use rust_decimal::Decimal;

use crate::layout::budget::BudgetTable;
use crate::msg;
use crate::num::{fmt_id, fmt_id_auto, round, trunc};
use crate::rules::capaian::formula_double;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "a504.finding",
        "serapan tertulis {written}, seharusnya {expected} % (realisasi {realisasi} ÷ anggaran {anggaran} × 100)",
        "serapan written {written}, should be {expected} % (realisasi {realisasi} ÷ anggaran {anggaran} × 100)";
    HELP = "a504.help",
        "Hitung ulang serapan: realisasi ÷ anggaran × 100, atau pakai rumus =ROUND(realisasi/anggaran*100;2).",
        "Recompute the serapan: realisasi ÷ anggaran × 100, or use =ROUND(realisasi/anggaran*100,2).";
}

/// Whether `written` (`dp` decimals shown) is `expected` rounded or cut off, as the cell
/// shows it; a formula's double (`0,93958181629044`) as close as a double is.
fn agrees(written: Decimal, expected: Decimal, dp: u32) -> bool {
    if formula_double(written, expected) {
        return true;
    }
    let shown = round(written, dp);
    round(expected, dp) == shown || trunc(expected, dp) == shown
}

pub(super) fn check(sheet: &str, table: &BudgetTable, out: &mut Vec<Finding>) {
    for item in &table.items {
        let Some(s) = item.serapan.as_ref() else {
            continue;
        };
        let (Some(written), Some(a), Some(r)) =
            (s.value, item.anggaran.value, item.realisasi.value)
        else {
            continue;
        };
        if a.is_zero() {
            continue;
        }
        let expected = r * Decimal::ONE_HUNDRED / a;
        let dp = s.decimals;
        if agrees(written, expected, dp) {
            // cut off where rounding gives another number: a small finding of its own
            if round(written, dp) != round(expected, dp) && !formula_double(written, expected) {
                out.push(super::a507::finding(sheet, item, s, (r, a), expected, dp));
            }
            continue;
        }
        // a fraction without a percent format rakit can see (0,9831 for 98,31 %)
        let fraction = !s.percent && written <= Decimal::new(15, 1);
        if fraction && agrees(written, expected / Decimal::ONE_HUNDRED, dp) {
            continue;
        }
        // a typed serapan gets the right one at its decimals (at least two); a formula is
        // never replaced by a number, and a fraction-like one is left to the person
        let fix = if fraction {
            None
        } else {
            super::serapan_fix(s, expected, dp.max(2))
        };
        // the right serapan at the decimals the cell shows, in percent points
        let dp = if fraction { dp.saturating_sub(2) } else { dp }.clamp(2, 4);
        out.push(
            Finding::new(
                RuleId::A504,
                sheet,
                item.row,
                s.col,
                msg!(
                    FINDING,
                    written = s.shown.trim(),
                    expected = fmt_id(expected, dp),
                    realisasi = fmt_id_auto(r, 0, 2),
                    anggaran = fmt_id_auto(a, 0, 2)
                ),
                msg!(HELP),
            )
            .found(s.shown.trim())
            .expected(format!("{} %", fmt_id(expected, dp)))
            .with_fix_opt(fix),
        );
    }
}
