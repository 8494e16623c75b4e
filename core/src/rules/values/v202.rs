//! ## Apa yang diperiksa
//!
//! Dalam penulisan Indonesia, titik memisahkan ribuan dan koma memisahkan desimal (`24.220`,
//! `61,47`). Dokumen yang sama kadang memakai cara Inggris (`24,450 orang`, `137.09`). Sebuah
//! angka dengan **satu** pemisah yang diikuti **tepat tiga angka** (`24,450`, `1.555`,
//! `1,425`) bisa dibaca dua cara: 24.450 atau 24,45. rakit memutuskan begini:
//!
//! 1. Satuannya menghitung barang utuh (orang, unit, kegiatan, laporan, koperasi, UM, …) atau
//!    angkanya uang (`Rp.`, `(juta)`): pemisah itu pemisah ribuan. **Pasti**, tanpa temuan.
//! 2. Kalau tidak, rakit melihat angka lain di kolom yang sama: bila kolom itu selalu memakai
//!    pemisah itu dengan satu cara, cara itu dipakai.
//! 3. Kalau kolom tidak memberi petunjuk: cara Indonesia (titik = ribuan, koma = desimal).
//!
//! Pada langkah 2 dan 3 bacaannya bersandar pada dugaan. Di kolom target dan realisasi rakit
//! lalu melapor V202 dan menyebutkan kedua bacaan serta yang dipakainya. Bila % capaian yang
//! tertulis di baris itu hanya benar dengan bacaan yang lain (realisasi `689.455`, target
//! 700.000, tertulis 98,49 %, di kolom yang menulis `63.8`), bacaan itulah yang dipakai (juga
//! untuk setiap triwulan atau bulan Rencana Aksi, dengan % periode itu); V202 tetap
//! dilaporkan. Bila tidak ada bacaan yang membuat % itu benar, temuan capaiannya tetap
//! dilaporkan, tetapi `rakit fix` tidak menulis ulang % yang dihitung dari angka tebakan.
//!
//! Di kolom % capaian (termasuk % setiap triwulan Rencana Aksi) keputusannya diserahkan kepada
//! hitungan ulang, karena hitungan ulang tahu bacaan mana yang benar:
//!
//! - bacaan yang dipakai membuat % itu benar: tidak ada temuan;
//! - hanya bacaan yang **lain** yang membuat % itu benar: V202 (bukan [C101](C101.md)), dengan
//!   bacaan yang benar sebagai nilai "seharusnya", dan `rakit fix` menulis angka itu tanpa
//!   pemisah;
//! - tidak ada bacaan yang membuat % itu benar: temuan capaian biasa ([C101](C101.md),
//!   [C102](C102.md), …), tanpa V202.
//!
//! > **English.** A figure with one separator followed by exactly three digits (`24,450`,
//! > `1,425`) reads two ways. A unit that counts whole things, or money, decides for thousands
//! > with no finding; otherwise the column's own use of that separator decides, or the
//! > Indonesian convention, and in a target or realisasi column rakit reports V202 with both
//! > readings; where the row's stated % is right with the other reading only, that reading is
//! > taken (still reported; each quarter or month of a Rencana Aksi by its own %), and a %
//! > recalculated from a figure that stays ambiguous is never
//! > rewritten by `fix`. For a stated % (annual or quarterly) the recalculation decides: no finding when
//! > the reading used makes it right; V202 rather than C101, fixed by `rakit fix`, when only
//! > the other reading does; the ordinary capaian finding (C101, C102, …) when neither does.
//!
//! ## Mengapa penting
//!
//! 24,450 dan 24.450 berbeda seribu kali. Bila rakit (atau Excel, atau aplikasi) membaca
//! pemisah dengan cara yang salah, capaian yang dihitung ikut salah seribu kali.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! PERINGATAN V202 pemisah-ambigu · 1 temuan · semua diperbaiki rakit fix [fix]
//! V202(pemisah-ambigu)
//!
//!   ⚠ G24 — indikator "Jumlah UMKM penerima modal"
//!   │ "1,425" dibaca 1,425 karena kolom ini memakai pemisah itu sebagai desimal;
//!   │ hanya benar (1.425) bila pemisahnya pemisah ribuan
//!     ╭─[banjar-pk-2015.xlsx › Sheet1 › G24]
//!  24 │ … │ F24: unit │ G24: 1,425
//!     ·                      ──┬──
//!     ·                        ╰── tertulis "1,425", seharusnya 1.425 [fix]
//!     ╰────
//!  saran: Tulis angkanya tanpa pemisah ribuan (atau sebagai angka, bukan teks).
//! ```
//!
//! Target 100 unit, realisasi 1.425 unit: capaiannya memang 1.425 %. % `1,425` benar hanya bila
//! komanya pemisah ribuan, padahal kolom % ini memakai koma sebagai desimal (101,42; 109,10).
//! `rakit fix` menulis 1425 di G24.
//!
//! Di kolom lain (target, realisasi) pesannya berbentuk
//! `"…" bisa dibaca … atau …; rakit memakai …`, tanpa nilai "seharusnya", dan tidak ada yang
//! diubah. Buku kerja contoh tidak punya kasus seperti itu: setiap angka ambigu di kolom target
//! dan realisasinya diputuskan oleh satuannya (langkah 1). Rencana Aksi Bone 2020 juga tidak
//! memicu V202: % triwulannya ditulis dengan dua desimal (`87,30%`, `99,15%`) atau tanpa desimal
//! (`65%`), yang hanya punya satu bacaan.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `1,425` di kolom realisasi dengan satuan `unit` (`banjar-pk-2015.xlsx`, E24): hitungan
//!   unit, jadi pasti 1.425.
//! - `24,450 orang`, `2,492 orang/badan usaha`: hitungan orang, pasti ribuan.
//! - `Rp. 46.821 (juta)`: uang, pasti ribuan.
//! - `55,000,000`, `137.09`, `0.034`: hanya satu bacaan yang mungkin (`55,000,000` punya dua
//!   kelompok ribuan; `137.09` hanya dua angka di belakang titik; `0.034` diawali nol, jadi
//!   bukan ribuan).
//!
//! ## Memperbaiki dengan tangan
//!
//! Simpan angka sebagai angka Excel, bukan teks, dan atur tampilannya dengan format sel. Bila
//! harus teks, tulis tanpa pemisah ribuan (`1425`) atau dengan cara Indonesia (`1.425`).
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [C106](C106.md) · [Panduan: cara rakit membaca angka](../panduan.md#cara-rakit-membaca-angka)

use crate::model::Figure;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, Fix, RuleId};
use crate::value::Quantity;

crate::texts! {
    IN_PERCENT_COLUMN = "v202.in_percent_column",
        "\"{shown}\" dibaca {value} karena kolom ini memakai pemisah itu sebagai desimal; hanya benar ({other_value}) bila pemisahnya pemisah ribuan",
        "\"{shown}\" reads as {value} because this column uses that mark as a decimal; it is right ({other_value}) only as a thousands separator";
    IN_PERCENT_COLUMN_HELP = "v202.in_percent_column.help",
        "Tulis angkanya tanpa pemisah ribuan (atau sebagai angka, bukan teks).",
        "Write the number without a thousands separator (or as a number, not text).";
    FINDING = "v202.finding",
        "\"{shown}\" bisa dibaca {value} atau {other_value}; rakit memakai {value}",
        "\"{shown}\" reads as {value} or {other_value}; rakit uses {value}";
    FINDING_HELP = "v202.finding.help",
        "Tulis angka tanpa pemisah ribuan, atau simpan sebagai angka.",
        "Write the number without a thousands separator, or store it as a number.";
}

/// A stated % read with the column's decimal mark as `s`, right only as `o` with the mark as a thousands separator: corrected to `expected` by `fix`.
pub(in crate::rules) fn in_percent_column(
    sheet: &str,
    stated: &Figure,
    s: &Quantity,
    o: &Quantity,
    expected: String,
    fix: Fix,
) -> Finding {
    Finding::new(
        RuleId::V202,
        sheet,
        stated.row,
        stated.col,
        msg!(
            IN_PERCENT_COLUMN,
            shown = &stated.shown,
            value = fmt_id_auto(s.value, 0, 4),
            other_value = fmt_id_auto(o.value, 0, 4)
        ),
        msg!(IN_PERCENT_COLUMN_HELP),
    )
    .found(stated.shown.clone())
    .expected(expected)
    .with_fix(fix)
}

/// A figure whose separator reads either way (`q` or `o`); rakit uses `q`.
pub(in crate::rules) fn finding(sheet: &str, f: &Figure, q: &Quantity, o: &Quantity) -> Finding {
    Finding::new(
        RuleId::V202,
        sheet,
        f.row,
        f.col,
        msg!(
            FINDING,
            shown = &f.shown,
            value = fmt_id_auto(q.value, 0, 4),
            other_value = fmt_id_auto(o.value, 0, 4)
        ),
        msg!(FINDING_HELP),
    )
    .found(f.shown.clone())
}
