//! ## Apa yang diperiksa
//!
//! Rencana Aksi triwulanan yang menulis, di samping TW I-IV, **realisasi setahun** (kolom
//! `Realisasi Tahunan`, `Real. Tahunan`, `Realisasi s.d. TW IV`): realisasi setahun itu harus
//! sesuai dengan triwulan-triwulannya, seperti laporan bulanan dengan bulan-bulannya
//! ([Q605](Q605.md)):
//!
//! - **jumlah triwulannya** bila target triwulannya per triwulan (berjumlah target tahunan):
//!   5 + 7 + 6 + 8 = 26;
//! - **triwulan terakhir yang terisi** bila targetnya kumulatif (target TW IV sama dengan
//!   target tahunan), dan untuk persentase, indeks dan angka kumulatif.
//!
//! Pola mana yang berlaku ditentukan dari target triwulannya seperti pada [Q602](Q602.md);
//! tanpa pola yang jelas, persentase memakai triwulan terakhir dan hitungan memakai jumlahnya
//! (atau triwulan terakhir bila realisasinya tidak pernah turun). Jadwal dalam persen
//! pekerjaan setahun (30 / 50 / 80 / 100 % untuk 2 dokumen) tidak dinilai: triwulannya bukan
//! satuan yang sama dengan realisasi setahun. Triwulan yang kosong tidak ikut, `-` dihitung
//! nol, dan angka dibandingkan pada ketelitian sel realisasi setahun.
//!
//! > **English.** A quarterly Rencana Aksi that writes the year's realisasi beside TW I-IV
//! > must have it agree with its quarters, as a monthly report with its months (Q605): their
//! > sum where the quarter targets add up to the annual target, the last quarter filled in
//! > where they are cumulative, and for percentages, indices and cumulative counts. A
//! > schedule in percent of the year's work is not judged.
//!
//! ## Mengapa penting
//!
//! Realisasi setahun itulah yang dipakai untuk capaian tahunan dan dibaca di LKjIP. Bila tidak
//! sesuai dengan triwulannya, salah satunya keliru: triwulan yang terlewat, atau realisasi
//! setahun yang diketik dan tidak diperbarui.
//!
//! ## Contoh
//!
//! `tests/data/blind13/ra_bapenda_kab_banyuwangi_2024.ods`, baris 11: target 6 laporan setiap
//! triwulan (24 setahun), realisasi 5, 7, 6 dan 8, tetapi Real. Tahunan menulis 24:
//!
//! ```console
//! $ rakit check tests/data/blind13/ra_bapenda_kab_banyuwangi_2024.ods --select Q606
//! ```
//!
//! Pesannya: `realisasi tahunan "24" tidak sama dengan jumlah realisasi triwulannya, 26`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Realisasi setahun yang sama dengan jumlah triwulannya, atau dengan triwulan terakhir
//!   untuk target kumulatif dan persentase.
//! - Tabel tanpa kolom realisasi setahun: rakit memakai triwulan terakhir.
//! - Jadwal dalam persen pekerjaan setahun, dan triwulan yang satuannya berbeda.
//!
//! ## Memperbaiki dengan tangan
//!
//! Hitung ulang realisasi setahun dari triwulannya: `=SUM(…)` untuk target per triwulan, atau
//! realisasi TW IV untuk target kumulatif.
//!
//! ## Lihat juga
//!
//! [Q605](Q605.md) · [Q602](Q602.md) · [C101](C101.md)

use crate::model::{IndikatorTw, SheetModel};
use crate::rules::{Finding, RuleId};

crate::texts! {
    pub(super) WHAT_SUM = "q606.what_sum",
        "jumlah realisasi triwulannya",
        "the sum of its quarters";
    pub(super) WHAT_LAST = "q606.what_last",
        "realisasi triwulan terakhir (TW {q})",
        "the last quarter's realisasi (TW {q})";
    pub(super) WHAT_LAST_HALF = "q606.what_last_half",
        "realisasi semester terakhir ({period})",
        "the last half year's realisasi ({period})";
    pub(super) WHAT_SUM_HALVES = "q606.what_sum_halves",
        "jumlah realisasi semesternya",
        "the sum of its half years";
}

/// The year's realisasi of a quarterly indicator against its quarters; a schedule in
/// percent of the year's work is left alone.
pub(super) fn check(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    let annual = ind.annual.as_ref().and_then(|a| a.reading.quantity());
    if annual.is_some_and(|a| super::schedule(ind, a)) {
        return;
    }
    super::q605::year_against_periods(sm, ind, RuleId::Q606, out);
}
