//! ## Apa yang diperiksa
//!
//! Di tabel realisasi anggaran (lihat [A503](A503.md)), realisasi sebuah baris yang lebih
//! besar dari anggarannya (serapan di atas 100 %). Belanja tidak dapat melebihi pagu DPA, jadi
//! salah satu angkanya hampir pasti salah ketik. Program dilaporkan hanya bila tidak ada
//! kegiatannya yang melebihi anggaran, dan baris JUMLAH hanya bila tidak ada baris di atasnya
//! yang melebihi anggaran (akibatnya tidak dilaporkan dua kali).
//!
//! > **English.** In a budget table, a line whose realisasi exceeds its anggaran (serapan
//! > above 100 %). Spending cannot exceed the DPA ceiling, so one of the two amounts is almost
//! > certainly mistyped. A programme is reported only when none of its kegiatan is over, and a
//! > total line only when none of its lines is (a consequence is not reported twice).
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
    let over: Vec<Option<(Decimal, Decimal)>> = table
        .items
        .iter()
        .map(|i| match (i.anggaran.value, i.realisasi.value) {
            (Some(a), Some(r)) if a > Decimal::ZERO && r > a => Some((a, r)),
            _ => None,
        })
        .collect();
    // a line above the total (since the one before) is over
    let mut line_over = false;
    for (k, item) in table.items.iter().enumerate() {
        let Some((a, r)) = over[k] else {
            if item.total {
                line_over = false;
            }
            continue;
        };
        // the consequence of a line under it, or of a line above the total, is not reported
        let under_over = table
            .items
            .iter()
            .enumerate()
            .any(|(c, i)| i.parent == Some(k) && over[c].is_some());
        let skip = if item.total {
            std::mem::take(&mut line_over)
        } else {
            line_over = true;
            under_over
        };
        if skip {
            continue;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::budget::{Amount, BudgetItem};
    use crate::value::Scale;

    fn item(row: u32, parent: Option<usize>, total: bool, a: i64, r: i64) -> BudgetItem {
        let amount = |col: u32, v: i64| Amount {
            col,
            shown: v.to_string(),
            value: Some(Decimal::from(v)),
            ..Amount::default()
        };
        BudgetItem {
            row,
            name: String::new(),
            total,
            depth: u8::from(parent.is_some()),
            parent,
            anggaran: amount(2, a),
            realisasi: amount(3, r),
            serapan: None,
            sisa: None,
            periods: Vec::new(),
            other_anggaran: Vec::new(),
        }
    }

    /// A kegiatan over its anggaran is reported; its programme and the total, over only
    /// because of it, are not. Another programme over on its own is.
    #[test]
    fn a_consequence_is_not_reported_twice() {
        let table = BudgetTable {
            header_row: 0,
            name_col: 1,
            anggaran_col: 2,
            realisasi_col: 3,
            serapan_col: None,
            sisa_col: None,
            period_cols: Vec::new(),
            periods_to_date: false,
            other_anggaran_cols: Vec::new(),
            realisasi_is_last_period: false,
            items: vec![
                item(1, None, false, 100, 110),
                item(2, Some(0), false, 100, 110),
                item(3, None, false, 50, 60),
                item(4, None, true, 150, 170),
            ],
            nested: true,
            levels_named: true,
            indicator_lines: false,
            beside_indicators: false,
            unit: Scale::Satuan,
        };
        let mut out = Vec::new();
        check("Anggaran", &table, &mut out);
        let rows: Vec<u32> = out.iter().map(|f| f.row).collect();
        assert_eq!(rows, [2, 3]);
    }
}
