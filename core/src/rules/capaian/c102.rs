//! ## Apa yang diperiksa
//!
//! % capaian yang tertulis sama dengan hasil hitung ulang yang **dipotong** pada jumlah
//! desimal yang tertulis, bukan yang **dibulatkan**. Contoh: 142 / 140 × 100 = 101,4286…;
//! dibulatkan menjadi 101,43, tetapi tertulis 101,42. Selisihnya hanya satu angka di desimal
//! terakhir, jadi rakit memberi peringatan, bukan galat.
//!
//! Bila pemotongan dan pembulatan memberi angka yang sama (518,33 → 518), angka itu benar dan
//! tidak ada temuan.
//!
//! > **English.** The stated % equals the recalculated value truncated (cut off) at the stated
//! > number of decimals instead of rounded: 101,42 for 101,4286 (which rounds to 101,43). It is
//! > a small, separate finding, a warning rather than an error. Where truncating and rounding
//! > agree (518 for 518,33) the value is right.
//!
//! ## Mengapa penting
//!
//! Pemotongan biasanya berasal dari rumus `TRUNC`, `ROUNDDOWN` atau `INT`, atau dari angka
//! yang diketik ulang dari layar. Angkanya hampir benar, tetapi tidak konsisten dengan baris
//! lain yang dibulatkan, dan evaluator yang menghitung ulang akan menemukan selisihnya.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! PERINGATAN C102 capaian-terpotong · 2 temuan · semua diperbaiki rakit fix [fix]
//! C102(capaian-terpotong)
//!
//!   ⚠ G11 — indikator "Jumlah koperasi aktif"
//!   │ % capaian "101,42" dipotong; 142 / 140 = 101,4286 dibulatkan menjadi
//!   │ 101,43
//!     ╭─[banjar-pk-2015.xlsx › Sheet1 › G11]
//!  11 │ … │ E11: 142 │ F11: unit │ G11: 101,42
//!     ·                                 ───┬──
//!     ·                                    ╰─┤ tertulis "101,42", seharusnya
//!     ·                                      │ 101,43 [fix]
//!     ╰────
//!  saran: Bulatkan setengah ke atas (ROUND di Excel), jangan memotong
//!         (TRUNC/ROUNDDOWN).
//! ```
//!
//! Contoh lain dari sampel:
//!
//! | berkas | sel | tertulis | hasil hitung | seharusnya |
//! | --- | --- | --- | --- | --- |
//! | `banjar-pk-2015.xlsx` | G16 | 112,69 | 49.586 / 44.000 = 112,6955 | 112,70 |
//! | `banjar-pk-2013.xlsx` | G14 | 132 | 19.048 / 14.340 = 132,8312 | 133 |
//! | `banjar-pk-2016.xlsx`, Capaian Renstra | H4 | 137,54 | 26.847 / 19.518 = 137,54995… | 137,55 |
//! | `banjar-pk-2016.xlsx`, Capaian Renstra | H9 | 15,55 | 140 / 900 = 15,5556 | 15,56 |
//! | `banjar-pk-2016.xlsx`, Capaian Renstra | H12 | 12,03 | 140 / 1.163 = 12,0378 | 12,04 |
//! | `bone-2020-rencana-aksi.xlsx` (sasaran, TW 3) | G50, G60, G75 | 54,88% | 24,70 / 45 = 54,8889 | 54,89 |
//! | `bone-2020-rencana-aksi.xlsx` (program, TW 3) | M40, M45, … M85 | 77% | 62 / 80 = 77,5 | 78 |
//!
//! Pesan untuk H4 berbunyi "137,54 dipotong; 26.847 / 19.518 = 137,55 dibulatkan menjadi
//! 137,55": hasil hitungnya (137,54995…) ditampilkan dengan empat desimal, yang sudah
//! membulatkannya menjadi 137,55.
//!
//! Di Bone, 77 % untuk 77,5 (program, TW 3, kesepuluh blok program "Peningkatan Kualitas
//! Kelembagaan Koperasi") adalah pembulatan setengah ke bawah; rakit membulatkan setengah
//! menjauhi nol, seperti `ROUND` di Excel, jadi seharusnya 78.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `518` untuk 518,33 (`banjar-pk-2016.xlsx`, E19): dibulatkan maupun dipotong hasilnya 518.
//! - `83%` untuk 82,5 (Bone 2020, program TW 3 di blok baris 87–116, M90 dan seterusnya):
//!   dibulatkan ke atas dengan benar.
//! - Sel yang menyimpan angka lengkap (misalnya 101,428571) tetapi ditampilkan dengan format
//!   `0,00`: rakit membaca angka yang tersimpan, dan angka itu benar.
//!
//! ## Memperbaiki dengan tangan
//!
//! Ganti `TRUNC(...)`, `ROUNDDOWN(...)` atau `INT(...)` dengan `ROUND(...;2)`, atau ketik angka
//! yang dibulatkan: 4 ke bawah, 5 ke atas (82,5 → 83). `rakit fix` menulis angka yang
//! dibulatkan dengan jumlah desimal yang sama seperti yang tertulis.
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [Panduan: cara rakit menilai % capaian](../panduan.md#cara-rakit-menilai--capaian)

use rust_decimal::Decimal;

use super::cell_value;
use crate::i18n::Message;
use crate::model::Figure;
use crate::msg;
use crate::num::{fmt_id, fmt_id_auto};
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    FINDING = "c102.finding",
        "{what} \"{stated}\" dipotong; {realisasi} / {target} = {exact} dibulatkan menjadi {expected}",
        "{what} \"{stated}\" is truncated; {realisasi} / {target} = {exact} rounds to {expected}";
    FINDING_HELP = "c102.finding.help",
        "Bulatkan setengah ke atas (ROUND di Excel), jangan memotong (TRUNC/ROUNDDOWN).",
        "Round half away from zero (Excel ROUND), do not truncate (TRUNC/ROUNDDOWN).";
}

/// A stated % truncated where rounding gives `e` (`r / t` is `exact`).
#[allow(clippy::too_many_arguments)]
pub(in crate::rules) fn finding(
    sheet: &str,
    stated: &Figure,
    what: &Message,
    t: Decimal,
    r: Decimal,
    s: &Quantity,
    exact: Decimal,
    e: Decimal,
) -> Finding {
    Finding::new(
        RuleId::C102,
        sheet,
        stated.row,
        stated.col,
        msg!(
            FINDING,
            what,
            stated = &stated.shown,
            realisasi = fmt_id_auto(r, 0, 4),
            target = fmt_id_auto(t, 0, 4),
            exact = fmt_id_auto(exact, 0, 4),
            expected = fmt_id(e, s.decimals)
        ),
        msg!(FINDING_HELP),
    )
    .found(stated.shown.clone())
    .expected(fmt_id(e, s.decimals))
    .with_fix(cell_value(stated, e, exact))
}
