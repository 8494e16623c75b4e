//! ## Apa yang diperiksa
//!
//! Nama indikator yang sama muncul lebih dari sekali dalam satu tabel. Perbandingan tidak
//! membedakan huruf besar/kecil dan spasi ganda. Temuan dilaporkan di kemunculan kedua (dan
//! seterusnya), dan menyebut baris kemunculan pertama.
//!
//! > **English.** The same indicator name (ignoring case and repeated spaces) appears more than
//! > once in a table. Reported at each repeat, naming the row of the first.
//!
//! ## Mengapa penting
//!
//! Indikator ganda bisa disengaja (dua aspek yang namanya sama), tetapi sering berarti baris
//! yang tersalin dua kali, atau dua indikator berbeda yang diberi nama sama. Keduanya membuat
//! jumlah indikator dan sebaran kategorinya tidak tepat. Karena itu hanya informasi.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! INFO S303 indikator-ganda · 1 temuan
//! S303(indikator-ganda)
//!
//!   ☞ B39 — indikator "Terpeliharanya sarana dan prasarana pelayanan
//!   │ perkantoran"
//!   │ indikator "Terpeliharanya sarana dan prasarana pelayanan perkantoran"
//!   │ sudah ada di baris 38
//!     ╭─[banjar-pk-2015.xlsx › Sheet1 › B39]
//!  39 │ B39: Terpeliharanya sarana dan prasa… │ C39: 7 │ D39: buah │ …
//!     ·      ────────────────────────────────
//!     ╰────
//!  saran: Gabungkan, atau bedakan namanya bila keduanya memang berbeda.
//! ```
//!
//! Baris 38 menulis indikator itu dalam persen (100 %), baris 39 dalam buah. Di
//! `banjar-pk-2013.xlsx`, B37 mengulang B36 (3 buah dan 4 triwulan).
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Nama yang sama di dua tabel yang berbeda (PK 2016 dan Capaian Renstra di
//!   `banjar-pk-2016.xlsx`).
//! - Nama yang mirip tetapi tidak sama ("Persentase koperasi aktif" dan "Jumlah koperasi
//!   aktif").
//!
//! ## Memperbaiki dengan tangan
//!
//! Bila keduanya memang satu indikator, gabungkan menjadi satu baris. Bila berbeda, beri nama
//! yang membedakannya ("… (persentase)", "… (jumlah)").
//!
//! ## Lihat juga
//!
//! [S304](S304.md)

use crate::model::Indikator;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "s303.finding",
        "indikator \"{nama}\" sudah ada di baris {first_row}",
        "indicator \"{nama}\" already appears at row {first_row}";
    FINDING_HELP = "s303.finding.help",
        "Gabungkan, atau bedakan namanya bila keduanya memang berbeda.",
        "Merge them, or make the names differ if they really are different.";
}

/// An indicator that already appears at `first_row` (zero-based).
pub(in crate::rules) fn finding(sheet: &str, ind: &Indikator, first_row: u32) -> Finding {
    finding_at(sheet, &ind.nama, ind.nama_cell, first_row)
}

/// An indicator name (`nama`, at `cell`) already written at `first_row`.
pub(in crate::rules) fn finding_at(
    sheet: &str,
    nama: &str,
    cell: (u32, u32),
    first_row: u32,
) -> Finding {
    Finding::new(
        RuleId::S303,
        sheet,
        cell.0,
        cell.1,
        msg!(FINDING, nama = nama, first_row = first_row + 1),
        msg!(FINDING_HELP),
    )
}
