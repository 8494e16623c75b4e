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
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "p102.finding",
        "tabel formulir {kind}, bukan formulir yang diminta ({allowed})",
        "a {kind} table, not a form required ({allowed})";
    FINDING_HELP = "p102.finding.help",
        "Minta formulir yang benar dari perangkat daerah.",
        "Ask the agency for the form required.";
}

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
        msg!(FINDING, kind = name(kind), allowed),
        msg!(FINDING_HELP),
    )
    .found(name(kind))
    .expected(allowed)
}
