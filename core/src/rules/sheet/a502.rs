//! ## Apa yang diperiksa
//!
//! Bila sheet punya baris Jumlah Anggaran dan baris Jumlah Realisasi Anggaran yang keduanya
//! terbaca, rakit menghitung serapan anggaran = realisasi anggaran / anggaran × 100 (dua
//! desimal) dan melaporkannya di baris realisasi anggaran.
//!
//! > **English.** When a sheet has a readable budget line and a readable budget-realisation
//! > line, rakit reports the budget absorption, realisasi / anggaran × 100, at the realisation
//! > line.
//!
//! ## Mengapa penting
//!
//! Serapan anggaran dibandingkan dengan capaian kinerja untuk menilai efisiensi (instansi
//! biasanya menyebut "efisien" bila capaian kinerja lebih dari 5 poin di atas serapan). Angka
//! dari rakit dapat Anda cocokkan dengan yang tertulis di LKjIP.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2013.xlsx
//! ```
//!
//! ```text
//! INFO A502 serapan-anggaran · 1 temuan
//! A502(serapan-anggaran)
//!
//!   ☞ A40
//!   │ serapan anggaran 73,87 % (Rp 1.611.865.497 dari Rp 2.181.927.300)
//!     ╭─[banjar-pk-2013.xlsx › PK 2013 › A40]
//!  40 │ A40: Jumlah Realisasi Anggaran Kegia…
//!     ·      ────────────────┬───────────────
//!     ·                      ╰── tertulis "73,87"
//!     ╰────
//!  saran: Informasi saja.
//! ```
//!
//! Di `banjar-pk-2015.xlsx` (A49) serapannya 94,31 %, di `banjar-pk-2016.xlsx` (A39) 97,65 %.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Sheet tanpa baris anggaran (sheet Capaian Renstra di `banjar-pk-2016.xlsx`).
//! - Anggaran yang tidak terbaca ([A501](A501.md)), seperti `banjar-pk-2014.xlsx`.
//! - Anggaran nol.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tidak ada yang perlu diperbaiki.
//!
//! ## Lihat juga
//!
//! [A501](A501.md) · [T402](T402.md)

use rust_decimal::Decimal;

use crate::layout::meta::BudgetLine;
use crate::msg;
use crate::num::fmt_id;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "a502.finding",
        "serapan anggaran {serapan} % (Rp {realisasi} dari Rp {budget})",
        "budget absorption {serapan} % (Rp {realisasi} of Rp {budget})";
    FINDING_HELP = "a502.finding.help",
        "Informasi saja.",
        "Information only.";
}

/// The budget absorption `serapan` % (realisasi `r` of anggaran `a`).
pub(in crate::rules) fn finding(
    sheet: &str,
    line: &BudgetLine,
    serapan: Decimal,
    r: Decimal,
    a: Decimal,
) -> Finding {
    Finding::new(
        RuleId::A502,
        sheet,
        line.row,
        line.col,
        msg!(
            FINDING,
            serapan = fmt_id(serapan, 2),
            realisasi = fmt_id(r, 0),
            budget = fmt_id(a, 0)
        ),
        msg!(FINDING_HELP),
    )
    .found(fmt_id(serapan, 2))
}
