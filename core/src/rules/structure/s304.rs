//! ## Apa yang diperiksa
//!
//! Nama indikator diawali "Persentase", "Prosentase" atau "Persen", tetapi targetnya ditulis
//! dalam satuan hitungan (unit, orang, kegiatan, …), bukan persen. Temuan dilaporkan di sel
//! target. Di Rencana Aksi triwulanan yang dinilai adalah target tahunannya, dengan satuan
//! dari kolom Satuan bila angkanya sendiri tidak bersatuan.
//!
//! > **English.** The indicator's name starts with "Persentase" (or "Prosentase", "Persen") but
//! > its target is in a count unit (unit, orang, kegiatan …). Reported at the target cell; in
//! > a quarterly Rencana Aksi, at the annual target, with the Satuan column's unit where the
//! > figure has none of its own.
//!
//! ## Mengapa penting
//!
//! Indikator persentase perlu pembilang dan penyebut (berapa dari berapa). Bila yang dilaporkan
//! hanya jumlah, pembaca tidak tahu persentasenya, dan capaian dihitung dari besaran yang
//! lain dari yang dijanjikan dalam Perjanjian Kinerja.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2016.xlsx
//! ```
//!
//! ```text
//! PERINGATAN S304 satuan-tidak-sesuai-nama · 2 temuan
//! S304(satuan-tidak-sesuai-nama)
//!
//!   ⚠ PK 2016!C21; Capaian Renstra!D13 — indikator "Persentase koperasi simpan
//!   │ pinjam yang sehat usaha"
//!   │ "Persentase koperasi simpan pinjam yang sehat usaha" menyebut persentase,
//!   │ tetapi targetnya dalam satuan "unit"
//!     ╭─[banjar-pk-2016.xlsx › PK 2016 › C21]
//!  21 │ … │ C21: 5 unit │ D21: 3 unit │ E21: 60
//!     ·          ───┬──
//!     ·             ╰── tertulis "5 unit"
//!     ╰────
//!  saran: Tulis target dan realisasi dalam persen, atau ganti nama indikatornya
//!         (Jumlah ...).
//! ```
//!
//! Indikator yang sama di sheet Capaian Renstra dilaporkan di D13.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - "Persentase koperasi aktif" dengan target `62,50 %` (`banjar-pk-2016.xlsx`, baris 11).
//! - Nama yang tidak diawali kata persentase, misalnya "Jumlah karyawan … terhadap total
//!   karyawan" dengan target `100%`.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis target dan realisasi dalam persen (3 dari 88 koperasi = 3,41 %), atau ganti nama
//! indikatornya menjadi "Jumlah koperasi simpan pinjam yang sehat usaha".
//!
//! ## Lihat juga
//!
//! [C110](C110.md) · [S303](S303.md)

use crate::model::Figure;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "s304.finding",
        "\"{nama}\" menyebut persentase, tetapi targetnya dalam satuan \"{unit}\"",
        "\"{nama}\" names a percentage, but its target is in \"{unit}\"";
    FINDING_HELP = "s304.finding.help",
        "Tulis target dan realisasi dalam persen, atau ganti nama indikatornya (Jumlah ...).",
        "Write target and realisasi in percent, or rename the indicator (Jumlah ...).";
}

/// An indicator (`nama`) whose name says percentage but whose target is a count (`u`).
pub(in crate::rules) fn finding(sheet: &str, nama: &str, t: &Figure, u: &str) -> Finding {
    Finding::new(
        RuleId::S304,
        sheet,
        t.row,
        t.col,
        msg!(FINDING, nama = nama, unit = &u),
        msg!(FINDING_HELP),
    )
    .found(t.shown.clone())
}
