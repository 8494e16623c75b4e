//! ## Apa yang diperiksa
//!
//! Indikator predikat memakai nilai huruf SAKIP: `AA`, `A`, `BB`, `B`, `CC`, `C`, `D` (urutan
//! dari yang terbaik: AA > A > BB > B > CC > C > D). rakit mengenalinya bila sel target dan
//! realisasi berisi huruf itu saja, huruf besar. Aturannya:
//!
//! - realisasi sama dengan atau di atas target → capaian 100 (% lain menjadi [C101](C101.md));
//! - realisasi **di bawah** target → C108, di sel realisasi. Tidak ada rumus baku untuk
//!   "B terhadap target BB", jadi rakit tidak menghitung dan tidak menilai % yang tertulis.
//!
//! > **English.** Grade indicators use SAKIP grades (AA > A > BB > B > CC > C > D). A realisasi
//! > at or above the target grade is 100; below it, rakit reports C108 at the realisasi cell,
//! > computes nothing and does not judge the stated %.
//!
//! ## Mengapa penting
//!
//! % 100 untuk predikat yang tidak mencapai target menyembunyikan kegagalan. Instansi perlu
//! menjelaskan capaian seperti itu dengan kata-kata, atau dengan cara penilaian yang ditetapkan.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/contoh-polaritas-predikat.xlsx
//! ```
//!
//! ```text
//! PERINGATAN C108 predikat-di-bawah-target · 1 temuan
//! C108(predikat-di-bawah-target)
//!
//!   ⚠ G14 — indikator "Predikat Reformasi Birokrasi"
//!   │ predikat B di bawah target BB; capaian tidak dapat dihitung sebagai persen
//!     ╭─[contoh-polaritas-predikat.xlsx › PK 2021 › G14]
//!  14 │ … │ F14: BB │ G14: B │ H14: 100
//!     ·                    ┬
//!     ·                    ╰── tertulis "B"
//!     ╰────
//!  saran: Tuliskan penjelasan capaian predikat ini; rakit tidak menebak
//!         angkanya.
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `contoh-polaritas-predikat.xlsx`, baris 13: target `B`, realisasi `BB`, 100: benar.
//! - Rencana Aksi Bone 2020, "Hasil Evaluasi SAKIP Oleh APIP": target `B`, realisasi `B`,
//!   100 %: benar.
//! - Huruf kecil (`bb`) atau huruf dengan kata lain (`Predikat B`) tidak dibaca sebagai
//!   predikat. Bila target dan realisasi sama-sama teks, rakit tidak menilai baris itu; bila
//!   hanya salah satunya, rakit melapor nilai yang tidak terbaca ([V201](V201.md)).
//!
//! ## Memperbaiki dengan tangan
//!
//! Periksa apakah predikatnya benar. Bila benar, tulis capaian menurut ketentuan instansi
//! Anda dan jelaskan di kolom Keterangan atau di narasi LKjIP.
//!
//! ## Lihat juga
//!
//! [C101](C101.md)

use crate::model::Check;
use crate::msg;
use crate::rules::{Finding, RuleId};
use crate::value::Grade;

crate::texts! {
    FINDING = "c108.finding",
        "predikat {rg} di bawah target {tg}; capaian tidak dapat dihitung sebagai persen",
        "grade {rg} is below the target {tg}; capaian cannot be computed as a percentage";
    FINDING_HELP = "c108.finding.help",
        "Tuliskan penjelasan capaian predikat ini; rakit tidak menebak angkanya.",
        "Explain this grade's achievement; rakit does not guess a number.";
}

/// A realisasi grade `rg` below its target grade `tg`.
pub(in crate::rules) fn finding(sheet: &str, c: &Check, rg: &Grade, tg: &Grade) -> Finding {
    Finding::new(
        RuleId::C108,
        sheet,
        c.realisasi.row,
        c.realisasi.col,
        msg!(FINDING, rg = format!("{rg:?}"), tg = format!("{tg:?}")),
        msg!(FINDING_HELP),
    )
    .found(c.realisasi.shown.clone())
}
