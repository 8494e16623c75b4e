//! ## Apa yang diperiksa
//!
//! Di tabel realisasi anggaran (lihat [A503](A503.md)), realisasi sebuah baris yang lebih
//! besar dari anggarannya (serapan di atas 100 %). Belanja tidak dapat melebihi pagu DPA, jadi
//! salah satu angkanya hampir pasti salah ketik. Baris JUMLAH dilaporkan hanya bila tidak ada
//! baris di atasnya yang sudah dilaporkan.
//!
//! > **English.** In a budget table, a line whose realisasi exceeds its anggaran (serapan
//! > above 100 %). Spending cannot exceed the DPA ceiling, so one of the two amounts is almost
//! > certainly mistyped. A total line is reported only when none of its lines is.
//!
//! ## Mengapa penting
//!
//! Serapan di atas 100 % tidak mungkin terjadi dalam APBD dan akan dipertanyakan pemeriksa.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check tests/data/blind8/sumedang-dpupr-lkjip-2023.xlsx --select A506
//! ```
//!
//! ```text
//! A506(realisasi-melebihi-anggaran)
//!
//!   ! D29
//!   | realisasi 4.286.500.000 melebihi anggarannya 4.200.000.000 (serapan 102,06
//!   | %)
//!     ,-[sumedang-dpupr-lkjip-2023.xlsx › Pengukuran Kinerja › D29]
//!  29 | … | C29: 4.200.000.000 | D29: 4.286.500.000 | E29: 102,06 | …
//!     :                               ^^^^^^|^^^^^^
//!     :                                     `-| tertulis "4.286.500.000",
//!     :                                       | seharusnya ≤ 4.200.000.000
//!     `----
//!  saran: Periksa kedua angka dengan DPA dan laporan realisasi anggaran (LRA).
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Realisasi yang sama dengan anggaran (serapan 100 %).
//! - Baris beranggaran nol atau tidak terbaca.
//!
//! ## Memperbaiki dengan tangan
//!
//! Periksa kedua angka dengan DPA dan laporan realisasi anggaran (LRA).
//!
//! ## Lihat juga
//!
//! [A503](A503.md) · [A504](A504.md)

use rust_decimal::Decimal;

use crate::layout::budget::BudgetTable;
use crate::msg;
use crate::num::{fmt_id, fmt_id_auto};
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "a506.finding",
        "realisasi {realisasi} melebihi anggarannya {anggaran} (serapan {serapan} %)",
        "realisasi {realisasi} exceeds its anggaran {anggaran} (serapan {serapan} %)";
    HELP = "a506.help",
        "Periksa kedua angka dengan DPA dan laporan realisasi anggaran (LRA).",
        "Check both amounts against the DPA and the budget realisation report (LRA).";
}

pub(super) fn check(sheet: &str, table: &BudgetTable, out: &mut Vec<Finding>) {
    // a line above the next total already reported
    let mut reported = false;
    for item in &table.items {
        let over = match (item.anggaran.value, item.realisasi.value) {
            (Some(a), Some(r)) if a > Decimal::ZERO && r > a => Some((a, r)),
            _ => None,
        };
        let skip = item.total && std::mem::take(&mut reported);
        let Some((a, r)) = over.filter(|_| !skip) else {
            continue;
        };
        reported = !item.total;
        out.push(
            Finding::new(
                RuleId::A506,
                sheet,
                item.row,
                item.realisasi.col,
                msg!(
                    FINDING,
                    realisasi = item.realisasi.shown.trim(),
                    anggaran = item.anggaran.shown.trim(),
                    serapan = fmt_id(r * Decimal::ONE_HUNDRED / a, 2)
                ),
                msg!(HELP),
            )
            .found(item.realisasi.shown.trim())
            .expected(format!("≤ {}", fmt_id_auto(a, 0, 2))),
        );
    }
}
