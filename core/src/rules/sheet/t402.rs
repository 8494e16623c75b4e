//! ## Apa yang diperiksa
//!
//! Baris anggaran (Jumlah Anggaran / Jumlah Realisasi Anggaran) yang menulis kata "Tahun"
//! tetapi tidak diikuti angka tahun, misalnya "Jumlah Realisasi Anggaran Kegiatan Tahun :
//! Rp. …". Biasanya tahunnya terhapus saat templat tahun lalu dipakai ulang.
//!
//! > **English.** A budget line that writes "Tahun" with no year after it, usually a year
//! > deleted when last year's template was reused.
//!
//! ## Mengapa penting
//!
//! Baris anggaran tanpa tahun tidak bisa dicocokkan dengan DPA, dan bila tahun di bagian lain
//! dokumen juga keliru, tidak ada yang bisa menunjukkan tahun yang benar.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2013.xlsx
//! ```
//!
//! ```text
//! INFO T402 tahun-tidak-ditulis · 1 temuan
//! T402(tahun-tidak-ditulis)
//!
//!   ☞ A40
//!   │ "Jumlah Realisasi Anggaran Kegiatan Tahun : Rp. 1.611.865.497" menyebut
//!   │ "Tahun" tanpa angka tahun
//!     ╭─[banjar-pk-2013.xlsx › PK 2013 › A40]
//!  40 │ A40: Jumlah Realisasi Anggaran Kegia…
//!     ·      ────────────────────────────────
//!     ╰────
//!  saran: Tambahkan tahunnya.
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - "Jumlah Anggaran Kegiatan Tahun 2013 : Rp. 2.181.927.300" (A39 berkas yang sama).
//! - Baris anggaran yang tidak memakai kata "Tahun" sama sekali ("Jumlah Realisasi Anggaran
//!   Kegiatan : Rp. …" di `banjar-pk-2016.xlsx`).
//!
//! ## Memperbaiki dengan tangan
//!
//! Tambahkan tahunnya: "Jumlah Realisasi Anggaran Kegiatan Tahun 2013 : Rp. 1.611.865.497".
//!
//! ## Lihat juga
//!
//! [T401](T401.md) · [A502](A502.md)

use crate::layout::meta::BudgetLine;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "t402.finding",
        "\"{text}\" menyebut \"Tahun\" tanpa angka tahun",
        "\"{text}\" says \"Tahun\" with no year";
    FINDING_HELP = "t402.finding.help",
        "Tambahkan tahunnya.",
        "Add the year.";
}

/// A budget line that says "Tahun" with no year.
pub(in crate::rules) fn finding(sheet: &str, b: &BudgetLine) -> Finding {
    Finding::new(
        RuleId::T402,
        sheet,
        b.row,
        b.col,
        msg!(FINDING, text = b.text.trim()),
        msg!(FINDING_HELP),
    )
}
