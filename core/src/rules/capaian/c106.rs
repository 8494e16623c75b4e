//! ## Apa yang diperiksa
//!
//! % capaian yang tertulis tidak cocok dengan realisasi dan target, **tetapi** cocok bila
//! realisasi (atau target) seribu kali lebih besar. Contoh: target 24.350 orang, realisasi
//! tertulis `27`, % tertulis 109,10. 109,10 % dari 24.350 = 26.566: realisasinya hampir pasti
//! "26.5xx" yang kehilangan tiga angka terakhir. rakit melapor di sel realisasi (atau target)
//! yang rusak, bukan di sel %, karena % itulah yang benar.
//!
//! Pemeriksaan ini berlaku untuk indikator positif dengan % antara 0 dan 10.000.
//!
//! > **English.** The stated % does not fit the realisasi and target, but it does if the
//! > realisasi (or the target) were a thousand times larger: a realisasi of `27` against
//! > 24.350 with 109,10 % stated means 26.566. The finding is at the broken figure, not at the
//! > %, which is the right one.
//!
//! ## Mengapa penting
//!
//! Realisasi yang kehilangan ribuannya membuat capaian terlihat 0,1 % bila orang menghitung
//! ulang, dan angka itu sering ikut tersalin ke dokumen lain (LKjIP, Renstra). Biasanya
//! terjadi saat angka diketik dengan pemisah ribuan dan sebagian terpotong (`31.15` untuk
//! 31.150) atau saat kolom diformat ulang.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2014.xlsx
//! ```
//!
//! ```text
//! GALAT C106 ribuan-hilang · 2 temuan
//! C106(ribuan-hilang)
//!
//!   × E14 — indikator "Jumlah anggota koperasi"
//!   │ realisasi "27" tampaknya kehilangan ribuannya: 109,1 % dari target
//!   │ "24,350" = 26.566
//!     ╭─[banjar-pk-2014.xlsx › Pengukuran Kinerja › E14]
//!  14 │ … │ D14: orang │ E14: 27 │ F14: orang │ G14: 109,10
//!     ·                       ─┬
//!     ·                        ╰── tertulis "27", seharusnya 26.566
//!     ╰────
//!  saran: Periksa realisasi di E14: kemungkinan 26.566.
//! ```
//!
//! Di berkas yang sama, E15: realisasi `19` dengan 134,04 % dari 14.467 → 19.392. Di
//! `banjar-pk-2016.xlsx`, sheet Capaian Renstra, E8: `31.15 orang/badan usaha` dengan 88,62 %
//! dari 35.150 → 31.150.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `2453` di samping `2,492` (`banjar-pk-2015.xlsx`, baris 18): `2,492` adalah hitungan
//!   orang/badan usaha, jadi dibaca 2.492, dan 2.492 / 2.453 = 101,59 cocok dengan yang tertulis.
//! - `1,425` unit sebagai realisasi (`banjar-pk-2015.xlsx`, E24): hitungan unit, dibaca 1.425.
//!
//! ## Memperbaiki dengan tangan
//!
//! Cari angka realisasi yang sebenarnya di data sumber (laporan bidang, aplikasi) dan ketik
//! lengkap. Angka "seharusnya" dari rakit adalah perkiraan dari % yang dibulatkan: 26.566 bisa
//! saja aslinya 26.570. Setelah realisasi benar, periksa ulang % capaiannya.
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [V202](V202.md) · [Panduan: cara rakit membaca angka](../panduan.md#cara-rakit-membaca-angka)

use crate::model::Check;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    REALISASI_LOST = "c106.realisasi_lost",
        "realisasi \"{realisasi}\" tampaknya kehilangan ribuannya: {stated} % dari target \"{target}\" = {expected}",
        "realisasi \"{realisasi}\" seems to have lost its thousands: {stated} % of the target \"{target}\" = {expected}";
    REALISASI_LOST_HELP = "c106.realisasi_lost.help",
        "Periksa realisasi di {realisasi_cell}: kemungkinan {expected}.",
        "Check the realisasi at {realisasi_cell}: probably {expected}.";
    TARGET_LOST = "c106.target_lost",
        "target \"{target}\" tampaknya kehilangan ribuannya: realisasi \"{realisasi}\" dengan {stated} % berarti target {expected}",
        "target \"{target}\" seems to have lost its thousands: realisasi \"{realisasi}\" at {stated} % means a target of {expected}";
    TARGET_LOST_HELP = "c106.target_lost.help",
        "Periksa target di {target_cell}: kemungkinan {expected}.",
        "Check the target at {target_cell}: probably {expected}.";
}

/// The realisasi lost its thousands: the stated % `s` implies `exp`.
pub(in crate::rules) fn realisasi_lost(
    sheet: &str,
    c: &Check,
    s: &Quantity,
    exp: String,
) -> Finding {
    Finding::new(
        RuleId::C106,
        sheet,
        c.realisasi.row,
        c.realisasi.col,
        msg!(
            REALISASI_LOST,
            realisasi = &c.realisasi.shown,
            stated = fmt_id_auto(s.value, 0, 4),
            target = &c.target.shown,
            expected = &exp
        ),
        msg!(
            REALISASI_LOST_HELP,
            realisasi_cell = c.realisasi.cell_name(),
            expected = &exp
        ),
    )
    .found(c.realisasi.shown.clone())
    .expected(exp)
}

/// The target lost its thousands: the stated % `s` implies `exp`.
pub(in crate::rules) fn target_lost(sheet: &str, c: &Check, s: &Quantity, exp: String) -> Finding {
    Finding::new(
        RuleId::C106,
        sheet,
        c.target.row,
        c.target.col,
        msg!(
            TARGET_LOST,
            target = &c.target.shown,
            realisasi = &c.realisasi.shown,
            stated = fmt_id_auto(s.value, 0, 4),
            expected = &exp
        ),
        msg!(
            TARGET_LOST_HELP,
            target_cell = c.target.cell_name(),
            expected = &exp
        ),
    )
    .found(c.target.shown.clone())
    .expected(exp)
}
