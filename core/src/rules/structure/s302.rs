//! ## Apa yang diperiksa
//!
//! Kolom Indikator sebuah baris kosong, kolom Sasaran berisi teks, dan baris itu punya angka
//! target atau realisasi. Teks itu hampir pasti nama indikator yang diketik satu kolom terlalu
//! ke kiri. rakit menganggapnya indikator dari sasaran di atasnya, tetap menilai angkanya, dan
//! melapor S302 di sel itu. Sel Sasaran yang digabung (merged) ke beberapa baris tidak dianggap
//! begini: itu memang nama sasaran.
//!
//! > **English.** The Indikator cell of a row is empty while its Sasaran cell holds text and the
//! > row has figures: the text is an indicator name typed one column too far left. rakit takes
//! > it as an indicator of the sasaran above, still judges its figures, and reports S302. A
//! > Sasaran cell merged over several rows is a sasaran, not this.
//!
//! ## Mengapa penting
//!
//! Pembaca dan aplikasi akan mengira ada sasaran strategis baru bernama "Jumlah UMKM", dan
//! indikator itu hilang dari sasarannya yang sebenarnya.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2014.xlsx
//! ```
//!
//! ```text
//! PERINGATAN S302 indikator-di-kolom-sasaran · 3 temuan
//! S302(indikator-di-kolom-sasaran)
//!
//!   ⚠ A20 — indikator "Jumlah UMKM"
//!   │ indikator "Jumlah UMKM" ditulis di kolom Sasaran; dianggap indikator dari
//!   │ sasaran di atasnya
//!     ╭─[banjar-pk-2014.xlsx › Pengukuran Kinerja › A20]
//!  20 │ A20: Jumlah UMKM │ C20: 10,943 │ D20: orang/badan usaha │ …
//!     ·      ───────────
//!     ╰────
//! ```
//!
//! A18 ("Jumlah Usaha Kecil yang aktif") dan A19 ("Jumlah Usaha Menengah yang aktif") dilaporkan
//! dengan cara yang sama. % ketiganya benar (41,83; 9,79; 93,69), jadi tidak ada temuan lain.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Sel Sasaran yang dikosongkan di bawah baris pertama sebuah kelompok (`banjar-pk-2014.xlsx`
//!   mengosongkannya; rakit membawa sasaran dari baris di atasnya).
//! - Nama sasaran yang ditulis sekali di sel gabungan (`banjar-pk-2013.xlsx`, 2015, 2016).
//!
//! ## Memperbaiki dengan tangan
//!
//! Pindahkan teks itu ke kolom Indikator di baris yang sama, dan kosongkan sel Sasaran (atau
//! isi dengan sasaran yang benar).
//!
//! ## Lihat juga
//!
//! [S301](S301.md)

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "s302.finding",
        "indikator \"{nama}\" ditulis di kolom Sasaran; dianggap indikator dari sasaran di atasnya",
        "indicator \"{nama}\" is typed in the Sasaran column; taken as an indicator of the sasaran above";
    FINDING_HELP = "s302.finding.help",
        "Pindahkan nama indikator ke kolom Indikator.",
        "Move the indicator name to the Indikator column.";
}

/// An indicator name (`nama`, at `cell`) typed in the Sasaran column.
pub(in crate::rules) fn finding(sheet: &str, nama: &str, cell: (u32, u32)) -> Finding {
    Finding::new(
        RuleId::S302,
        sheet,
        cell.0,
        cell.1,
        msg!(FINDING, nama = nama),
        msg!(FINDING_HELP),
    )
}
