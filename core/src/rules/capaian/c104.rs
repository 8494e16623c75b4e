//! ## Apa yang diperiksa
//!
//! % capaian yang tertulis sama dengan hasil hitung **dibagi 100**: `0.034` untuk 3,41 %,
//! `0,95` untuk 95 % (pecahan di bawah 10: `101,84` bukan pecahan untuk 10.184 %). Di Excel, sel berformat persen (`0%`, `0,00%`) memang menyimpan
//! pecahan: 0,95 ditampilkan "95%". rakit membaca format sel, jadi sel seperti itu benar.
//! Yang salah adalah pecahan di sel **tanpa** format persen (format General, atau teks):
//! di layar dan di cetakan tertulis 0,95, bukan 95.
//!
//! > **English.** The stated % equals the recalculated value divided by 100 (`0.034` for
//! > 3,41 %; a fraction is below 10: `101,84` is none for 10.184 %). A cell with a percent number format stores a fraction and shows a percentage, so
//! > rakit reads its format and accepts it; the finding is for a fraction in a cell without a
//! > percent format, which shows and prints as 0,034. `.xlsb` files give rakit no number
//! > formats (an `.xls`'s are read from its records, an `.ods`'s from its XML); there a
//! > stored fraction that is exactly the recalculated value / 100 is taken as a
//! > percent-formatted cell (right), never "fixed". Text such as `0.034` is still C104 in every format.
//!
//! ## Mengapa penting
//!
//! Pembaca melihat capaian 0,034 % atau 0,95 %, yaitu indikator yang seolah-olah gagal total,
//! padahal capaiannya 3,41 % atau 95 %. Kesalahan ini sering muncul saat angka disalin dari
//! sel berformat persen ke sel biasa (Paste Values).
//!
//! ## Contoh
//!
//! Kolom "Capaian s/d 2016 terhadap 2021 (%)" di sheet Capaian Renstra:
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2016.xlsx
//! ```
//!
//! ```text
//! GALAT C104 capaian-pecahan · 1 temuan · semua diperbaiki rakit fix [fix]
//! C104(capaian-pecahan)
//!
//!   × Capaian Renstra!H13 — indikator "Persentase koperasi simpan pinjam yang
//!   │ sehat usaha"
//!   │ % capaian terhadap target akhir Renstra "0.034" ditulis sebagai pecahan;
//!   │ seharusnya 3,41 (persen)
//!     ╭─[banjar-pk-2016.xlsx › Capaian Renstra › H13]
//!  13 │ … │ G13: 88 unit │ H13: 0.034
//!     ·                         ──┬──
//!     ·                           ╰── tertulis "0.034", seharusnya 3,41 [fix]
//!     ╰────
//!  saran: Tulis persen sebagai angka persen (3,41), atau beri sel format persen
//!         (0,00%).
//! ```
//!
//! 3 / 88 × 100 = 3,409… → 3,41. Contoh kedua, di kolom % tahunan:
//!
//! ```console
//! $ rakit check sample-workbooks/contoh-polaritas-predikat.xlsx
//! ```
//!
//! ```text
//! GALAT C104 capaian-pecahan · 1 temuan · semua diperbaiki rakit fix [fix]
//! C104(capaian-pecahan)
//!
//!   × H16 — indikator "Persentase pengaduan masyarakat yang ditindaklanjuti"
//!   │ % capaian "0,95" ditulis sebagai pecahan; seharusnya 95 (persen)
//!     ╭─[contoh-polaritas-predikat.xlsx › PK 2021 › H16]
//!  16 │ … │ F16: 100 │ G16: 95 │ H16: 0,95
//!     ·                               ──┬─
//!     ·                                 ╰── tertulis "0,95", seharusnya 95 [fix]
//!     ╰────
//!  saran: Tulis persen sebagai angka persen (3,41), atau beri sel format persen
//!         (0,00%).
//! ```
//!
//! H16 menyimpan 0,95 dengan format General untuk realisasi 95 terhadap target 100. `rakit fix`
//! menulis 95 ke sel itu.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `contoh-polaritas-predikat.xlsx`, H15: 0,95 dengan format `0,00%` (tampil 95,00 %): benar.
//! - `banjar-pk-2016.xlsx`, Capaian Renstra C3: 0,6147 dengan format `0,00%` dibaca 61,47 %.
//! - % nol: 0 bukan pecahan dari apa pun.
//! - Sel teks yang menulis tanda persen (`95%`, `0,95 %`): tandanya dibaca, jadi `0,95 %` adalah
//!   0,95 persen, bukan pecahan.
//!
//! **Perhatian untuk `.xlsb`.** rakit tidak mendapat format angka dari berkas `.xlsb` (lihat
//! [Panduan: masukan `.xls`, `.xlsb` dan `.ods`](../panduan.md#masukan-xls-xlsb-dan-ods)); format
//! `.xls` dibaca dari catatan berkasnya sendiri, format `.ods` dari XML-nya. Di `.xlsb`, %
//! capaian yang tepat seperseratus hasil hitung dianggap sel berformat persen (benar), bukan
//! C104. Simpan berkasnya sebagai `.xlsx` lebih dulu bila memakai format persen.
//!
//! ## Memperbaiki dengan tangan
//!
//! Pilih salah satu: ketik angka persennya (3,41), atau biarkan 0,0341 dan beri sel itu format
//! persen (Format Cells › Percentage, 2 desimal). Jangan campur keduanya dalam satu kolom.
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [Panduan: cara rakit membaca angka](../panduan.md#cara-rakit-membaca-angka)

use rust_decimal::Decimal;

use super::cell_value;
use crate::i18n::Message;
use crate::model::Figure;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c104.finding",
        "{what} \"{stated}\" ditulis sebagai pecahan; seharusnya {expected} (persen)",
        "{what} \"{stated}\" is written as a fraction; it should be {expected} (percent)";
    FINDING_HELP = "c104.finding.help",
        "Di Excel, ketik angka persennya ({expected}), atau beri sel format persen (0,00%).",
        "In Excel, type the percent points ({expected}), or give the cell a percent format (0.00%).";
}

/// A % written as a fraction: `e` percent points were meant.
pub(in crate::rules) fn finding(
    sheet: &str,
    stated: &Figure,
    what: &Message,
    e: Decimal,
    exact: Decimal,
) -> Finding {
    Finding::new(
        RuleId::C104,
        sheet,
        stated.row,
        stated.col,
        msg!(
            FINDING,
            what,
            stated = &stated.shown,
            expected = fmt_id_auto(e, 0, 2)
        ),
        msg!(FINDING_HELP, expected = fmt_id_auto(e, 0, 2)),
    )
    .found(stated.shown.clone())
    .expected(fmt_id_auto(e, 0, 2))
    .with_fix(cell_value(stated, e, exact))
}
