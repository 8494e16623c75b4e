//! ## Apa yang diperiksa
//!
//! Target dan realisasi ditulis dalam satuan yang tidak bisa dibandingkan, sehingga realisasi /
//! target tidak berarti apa-apa:
//!
//! - dua satuan hitungan yang berbeda: target "1 Laporan Triwulan", realisasi "90 UM";
//! - satuan hitungan terhadap persen: target "3 kegiatan", realisasi "75 %".
//!
//! Satuan dibandingkan sebagai kata, tanpa membedakan huruf besar/kecil, spasi dan tanda baca:
//! `Orang` dan `orang`, `8 orang/badan usaha` dan `8 orang / badan usaha` sama. Satuan yang
//! satu merupakan awal satuan lainnya juga dianggap sama, sehingga singkatan cocok dengan kata
//! lengkapnya: `Kop` dan `Koperasi`, `Keg` dan `Kegiatan`, `orang` dan `orang/badan usaha`.
//! Uang terhadap uang selalu sama (`Rp. 46.821 (juta)` dan `Rp. 64.184 (juta)`). Satuan yang
//! ditulis di sel tersendiri di sebelah angka (kolom satuan, misalnya `orang` atau
//! `Rp. (juta)`) ikut dibandingkan. Temuan dilaporkan di sel realisasi, dan % yang tertulis
//! tidak dinilai.
//!
//! Aturan ini berlaku juga untuk setiap triwulan Rencana Aksi: target triwulan itu terhadap
//! realisasi triwulan itu. Target triwulan yang ditulis sebagai persen dari target tahunan
//! (jadwal 30 / 50 / 80 / 100 %), sedangkan target tahunan dan realisasinya dihitung dalam
//! satuannya (`12 laporan`, realisasi `3`), juga tidak bisa dibandingkan.
//!
//! > **English.** Target and realisasi are in units that cannot be compared (two different
//! > count units such as "Laporan Triwulan" against "UM", or a count against a percentage), so
//! > realisasi / target means nothing. Units are compared as words, ignoring case, spacing and
//! > punctuation, and a unit that begins the other counts as the same (abbreviations: `Kop`
//! > and `Koperasi`, `Keg` and `Kegiatan`); money against money is always the same. A unit in
//! > its own cell next to the figure counts. The finding is at the realisasi cell and the
//! > stated % is not judged. Each quarter of a Rencana Aksi is checked the same way; a
//! > quarter's target written as a % of the year's (a schedule of 30 / 50 / 80 / 100 %)
//! > beside a realisasi counted in the year's unit (`12 laporan`, `3`) cannot be compared
//! > either.
//!
//! ## Mengapa penting
//!
//! Capaian "100 %" untuk realisasi 90 UM terhadap target 1 Laporan Triwulan tidak dapat
//! dipertanggungjawabkan: indikatornya mengukur satu hal, realisasinya melaporkan hal lain.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! PERINGATAN C110 satuan-berbeda · 61 temuan
//! C110(satuan-berbeda)
//!
//!   ⚠ R13 — Kegiatan "Penyelenggaraan Pelatihan Kewirausahaan" › indikator
//!   │ "Jumlah UM yang dilatih ( 3 Kec.Pertahun) dan fasilitasi ban…" › TW 1
//!   │ target "1 Laporan Triwulan" dan realisasi "90 UM" dalam satuan berbeda; %
//!   │ capaian TW 1 tidak dihitung
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › R13]
//!  13 │ … │ R13: 90 UM │ S13: 100%
//!     ·          ──┬──
//!     ·            ╰── tertulis "90 UM"
//!     ╰────
//!  saran: Tuliskan realisasi dalam satuan target (atau target dalam satuan
//!         realisasi).
//! ```
//!
//! Kegiatan "Penyelenggaraan Pelatihan Kewirausahaan" menargetkan satu laporan triwulan, tetapi
//! melaporkan jumlah usaha mikro yang dilatih. Rencana Aksi Bone 2020 punya 61 temuan seperti
//! ini, semuanya di kolom realisasi kegiatan (R): misalnya R33–R35 `45WUB`, `40WUB`, `35WUB`
//! terhadap `1 Laporan Triwulan`, R40 `10 kop` terhadap `1 Laporan Triwulan`, R123 `3 paket`
//! terhadap `1 Kegiatan`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `banjar-pk-2016.xlsx`, baris 23: `8 orang / badan usaha` terhadap `8 orang / badan usaha`.
//! - `banjar-pk-2015.xlsx`, baris 24: target `100` dan realisasi `1,425`, masing-masing dengan
//!   `unit` di sel sebelahnya.
//! - Bone 2020, R75 `12 Kop` terhadap Q75 `12 Koperasi`, dan R71 `3 Keg` terhadap Q71
//!   `1 Kegiatan`: singkatan kata yang sama.
//! - Bone 2020, F33 `5,90%` terhadap E33 `2,50%`: keduanya persen.
//! - Target atau realisasi tanpa satuan sama sekali.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis realisasi dalam satuan target (berapa Laporan Triwulan yang terbit), atau ubah target
//! dan nama indikatornya agar mengukur hal yang dilaporkan (jumlah UM).
//!
//! ## Lihat juga
//!
//! [S304](S304.md)

use crate::i18n::Message;
use crate::model::Check;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c110.finding",
        "target \"{target}\" dan realisasi \"{realisasi}\" dalam satuan berbeda; {what} tidak dihitung",
        "target \"{target}\" and realisasi \"{realisasi}\" are in different units; {what} not computed";
    FINDING_HELP = "c110.finding.help",
        "Tuliskan realisasi dalam satuan target (atau target dalam satuan realisasi).",
        "Write the realisasi in the target's unit (or the target in the realisasi's).";
}

/// Target and realisasi in different units: the % is not computed.
pub(in crate::rules) fn finding(sheet: &str, c: &Check, what: &Message) -> Finding {
    Finding::new(
        RuleId::C110,
        sheet,
        c.realisasi.row,
        c.realisasi.col,
        msg!(
            FINDING,
            target = &c.target.shown,
            realisasi = &c.realisasi.shown,
            what
        ),
        msg!(FINDING_HELP),
    )
    .found(c.realisasi.shown.clone())
}
