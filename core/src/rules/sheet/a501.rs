//! ## Apa yang diperiksa
//!
//! Angka rupiah di baris anggaran (Jumlah Anggaran, Jumlah Realisasi Anggaran, Total Anggaran,
//! Jumlah Pagu) yang kelompok ribuannya tidak tiga angka, misalnya `Rp. 2.119.2015.485`: ada
//! kelompok empat angka ("2015"). Angka seperti itu tidak mungkin ditulis dengan benar, dan
//! rakit tidak menebak mana yang dimaksud (2.119.201.485? 2.119.015.485?).
//!
//! > **English.** A rupiah amount on a budget line whose thousands groups are not three digits
//! > (`Rp. 2.119.2015.485` has a group of four). It cannot be a correctly written number, and
//! > rakit does not guess which one was meant.
//!
//! ## Mengapa penting
//!
//! Angka anggaran dipakai untuk serapan anggaran dan efisiensi (capaian kinerja dibanding
//! serapan). Angka yang rusak membuat keduanya tidak dapat dihitung, dan terlihat janggal di
//! dokumen resmi.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2014.xlsx
//! ```
//!
//! ```text
//! GALAT A501 anggaran-rusak · 1 temuan
//! A501(anggaran-rusak)
//!
//!   × A48
//!   │ angka anggaran "Rp. 2.119.2015.485" tidak sah: kelompok ribuannya harus
//!   │ tiga angka
//!     ╭─[banjar-pk-2014.xlsx › Pengukuran Kinerja › A48]
//!  48 │ A48: …Tahun 2014 : Rp. 2.119.2015.485
//!     ·      ────────────────┬───────────────
//!     ·                      ╰── tertulis "Rp. 2.119.2015.485"
//!     ╰────
//!  saran: Periksa angka ini dengan dokumen anggaran (DPA) dan ketik ulang.
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `Rp. 2.529.945.350` (A47 berkas yang sama) dan semua baris anggaran Banjar lainnya.
//! - Gaya penulisan uang yang sah: `Rp.150.825.000 ,-`, `Rp. 45.865.000,-`, `Rp 0,-`.
//!
//! ## Memperbaiki dengan tangan
//!
//! Ambil angka dari DPA atau laporan realisasi anggaran dan ketik ulang dengan titik setiap
//! tiga angka dari kanan.
//!
//! ## Lihat juga
//!
//! [A502](A502.md) · [V201](V201.md)

use crate::layout::meta::BudgetLine;
use crate::model::Anggaran;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    BUDGET_LINE = "a501.budget_line",
        "angka anggaran \"{amount_text}\" tidak sah: kelompok ribuannya harus tiga angka",
        "budget amount \"{amount_text}\" is malformed: thousands groups must have three digits";
    BUDGET_LINE_HELP = "a501.budget_line.help",
        "Periksa angka ini dengan dokumen anggaran (DPA) dan ketik ulang.",
        "Check the amount against the budget document (DPA) and type it again.";
    KEGIATAN_BUDGET = "a501.kegiatan_budget",
        "anggaran \"{text}\" tidak dapat dibaca sebagai angka; tidak ikut dijumlahkan",
        "budget \"{text}\" cannot be read as a number; left out of the sums";
    TABLE_AMOUNT = "a501.table_amount",
        "angka \"{text}\" di tabel anggaran tidak sah: tidak dapat dibaca sebagai angka; tidak ikut dijumlahkan",
        "amount \"{text}\" in the budget table is malformed: it makes no number; left out of the sums";
    KEGIATAN_BUDGET_HELP = "a501.kegiatan_budget.help",
        "Periksa angka ini dengan dokumen anggaran (DPA) dan ketik ulang.",
        "Check the amount against the budget document (DPA) and type it again.";
}

/// A budget line whose amount is malformed.
pub(in crate::rules) fn budget_line(sheet: &str, b: &BudgetLine) -> Finding {
    Finding::new(
        RuleId::A501,
        sheet,
        b.row,
        b.col,
        msg!(BUDGET_LINE, amount_text = &b.amount_text),
        msg!(BUDGET_LINE_HELP),
    )
    .found(b.amount_text.clone())
}

/// An amount of a budget table that makes no number (`Rp. 1.215.3400.000`).
pub(in crate::rules) fn table_amount(
    sheet: &str,
    row: u32,
    a: &crate::layout::budget::Amount,
) -> Finding {
    Finding::new(
        RuleId::A501,
        sheet,
        row,
        a.col,
        msg!(TABLE_AMOUNT, text = a.shown.trim()),
        msg!(BUDGET_LINE_HELP),
    )
    .found(a.shown.trim())
}

/// A budget of a quarterly Rencana Aksi that cannot be read (the caller adds its level).
pub(in crate::rules) fn kegiatan_budget(sheet: &str, a: &Anggaran) -> Finding {
    Finding::new(
        RuleId::A501,
        sheet,
        a.row,
        a.col,
        msg!(KEGIATAN_BUDGET, text = a.text.trim()),
        msg!(KEGIATAN_BUDGET_HELP),
    )
    .found(a.text.trim())
}
