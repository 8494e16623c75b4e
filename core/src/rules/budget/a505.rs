//! ## Apa yang diperiksa
//!
//! Di tabel realisasi anggaran (lihat [A503](A503.md)), kolom Sisa Anggaran harus sama
//! dengan anggaran − realisasi baris yang sama.
//!
//! > **English.** In a budget table, the Sisa Anggaran (remaining budget) column must equal
//! > anggaran − realisasi of the same line.
//!
//! ## Mengapa penting
//!
//! Sisa anggaran (SiLPA kegiatan) dilaporkan dan dijumlahkan; angka yang tidak sama dengan
//! selisihnya menandakan salah ketik di salah satu dari tiga angka.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check tests/data/blind8/sumedang-dpupr-lkjip-2023.xlsx --select A505
//! ```
//!
//! ```text
//! A505(sisa-anggaran-salah)
//!
//!   x F19
//!   | sisa anggaran 142.352.650 tidak sama dengan anggaran − realisasi
//!   | (142.325.650)
//!     ,-[sumedang-dpupr-lkjip-2023.xlsx › Pengukuran Kinerja › F19]
//!  19 | … | E19: 97,92 | F19: 142.352.650
//!     :                       ^^^^^|^^^^^
//!     :                            `-| tertulis "142.352.650", seharusnya
//!     :                              | 142.325.650
//!     `----
//!  saran: Hitung ulang: anggaran − realisasi, atau pakai rumus
//!         =anggaran-realisasi.
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Sisa `-` atau 0 untuk realisasi yang sama dengan anggaran.
//! - Baris yang anggaran atau realisasinya tidak terbaca sebagai angka.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis rumus `=anggaran-realisasi` di kolom sisa, atau betulkan angka yang salah ketik.
//!
//! ## Lihat juga
//!
//! [A503](A503.md) · [A504](A504.md)

use crate::layout::budget::BudgetTable;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "a505.finding",
        "sisa anggaran {written} tidak sama dengan anggaran − realisasi ({expected})",
        "sisa anggaran {written} is not anggaran − realisasi ({expected})";
    HELP = "a505.help",
        "Hitung ulang: anggaran − realisasi, atau pakai rumus =anggaran-realisasi.",
        "Recompute it: anggaran − realisasi, or use the formula =anggaran-realisasi.";
}

pub(super) fn check(sheet: &str, table: &BudgetTable, out: &mut Vec<Finding>) {
    for item in &table.items {
        let Some(s) = item.sisa.as_ref() else {
            continue;
        };
        let (Some(written), Some(a), Some(r)) =
            (s.value, item.anggaran.value, item.realisasi.value)
        else {
            continue;
        };
        let expected = a - r;
        if super::same(written, expected) {
            continue;
        }
        let shown = fmt_id_auto(expected, 0, 2);
        out.push(
            Finding::new(
                RuleId::A505,
                sheet,
                item.row,
                s.col,
                msg!(FINDING, written = s.shown.trim(), expected = shown.as_str()),
                msg!(HELP),
            )
            .found(s.shown.trim())
            .expected(shown),
        );
    }
}
