//! ## Apa yang diperiksa
//!
//! Dengan `formulir = ["annual"]` (atau `quarterly`, `evaluation`) di kebijakan: setiap
//! tabel indikator yang ditemukan harus salah satu formulir yang diminta: Pengukuran Kinerja
//! tahunan (`annual`), Rencana Aksi triwulanan (`quarterly`) atau Evaluasi Hasil Renja
//! E.81 (`evaluation`).
//!
//! *English.* With `formulir` in the policy: every indicator table found must be one of the
//! forms required.
//!
//! ## Mengapa penting
//!
//! Permintaan Pengukuran Kinerja yang dijawab dengan Rencana Aksi (atau sebaliknya) tidak
//! dapat direkap bersama berkas lain.
//!
//! ## Contoh
//!
//! Kebijakan `formulir = ["annual"]`, berkas berisi tabel Rencana Aksi: dilaporkan di baris
//! judul kolomnya.
//!
//! ## Yang tidak memicunya
//!
//! Tabel formulir yang diminta; kebijakan tanpa `formulir`.
//!
//! ## Cara memperbaiki
//!
//! Minta formulir yang benar dari perangkat daerah.

use crate::layout::TableKind;
use crate::rules::{Finding, Msg, RuleId};

fn name(k: TableKind) -> &'static str {
    match k {
        TableKind::Annual => "annual",
        TableKind::Quarterly => "quarterly",
        TableKind::Evaluation => "evaluation",
        TableKind::Monthly => "monthly",
    }
}

pub(super) fn finding(sheet: &str, row: u32, kind: TableKind, allowed: &[TableKind]) -> Finding {
    let allowed: Vec<&str> = allowed.iter().map(|k| name(*k)).collect();
    let allowed = allowed.join(", ");
    Finding::new(
        RuleId::P102,
        sheet,
        row,
        0,
        Msg::new(
            format!(
                "tabel formulir {}, bukan formulir yang diminta ({allowed})",
                name(kind)
            ),
            format!("a {} table, not a form required ({allowed})", name(kind)),
        ),
        Msg::new(
            "Minta formulir yang benar dari perangkat daerah.",
            "Ask the agency for the form required.",
        ),
    )
    .found(name(kind))
    .expected(allowed)
}
