//! ## Apa yang diperiksa
//!
//! rakit menghitung ulang setiap % capaian dari target dan realisasi di baris yang sama,
//! dengan angka persis (tanpa pembulatan di tengah jalan):
//!
//! - indikator positif (bawaan): realisasi / target × 100;
//! - indikator negatif: rumus yang dipakai lembar itu (lihat [C107](C107.md) dan `--negatif`);
//! - indikator predikat (target `B`, realisasi `BB`): 100 bila realisasi mencapai target.
//!
//! Hasilnya dibandingkan dengan angka yang tertulis **pada ketelitian yang tertulis**: `518`
//! dinilai sebagai bilangan bulat, `109,10` dengan dua desimal. Angka tertulis dianggap benar
//! bila hasil hitung, dibulatkan setengah menjauhi nol (seperti `ROUND` di Excel), sama dengan
//! angka itu. Hasil rumus yang tersimpan dengan sembilan desimal atau lebih (bilangan biner
//! 15 digit, seperti `97,1882352941177` yang disimpan LibreOffice untuk `=R8/E8*100`) dinilai
//! benar bila selisihnya dari hasil persis paling banyak sepertriliun. Hasil hitung yang
//! ditawarkan untuk sel berumus ditulis dengan ketelitian format selnya (`0.00%` → `92,80`).
//! C101 muncul bila angka tertulis tidak cocok **dan** kesalahan itu bukan jenis
//! yang punya aturan sendiri:
//!
//! - dipotong, bukan dibulatkan → [C102](C102.md);
//! - ditulis sebagai pecahan (0,95 untuk 95 %) → [C104](C104.md);
//! - dijelaskan oleh realisasi atau target yang kehilangan ribuannya → [C106](C106.md);
//! - benar bila pemisah ribuan/desimalnya dibaca sebaliknya → [V202](V202.md).
//!
//! C101 juga muncul bila sel % berisi `-` sementara hasil hitung bukan nol, dan bila
//! indikator predikat mencapai target tetapi % tertulis bukan 100. Aturan yang sama berlaku
//! untuk kolom "Capaian s/d tahun N terhadap target akhir Renstra" (realisasi / target akhir
//! × 100); pesannya lalu menyebut "% capaian terhadap target akhir Renstra".
//!
//! Di Rencana Aksi triwulanan setiap % triwulan dihitung ulang terhadap target **triwulan
//! itu** (realisasi TW n / target TW n × 100), di ketiga tingkat; pesannya menyebut
//! "% capaian TW n". Bila sheet itu dinilai dengan batas capaian ([Q601](Q601.md)), hasil
//! hitung di atas batas dianggap sama dengan batas. Bila rakit menemukan dari mana angka yang
//! salah itu berasal, pesannya diberi catatan:
//!
//! - "dihitung terhadap target tahunan … alih-alih target triwulan …": % cocok dengan
//!   realisasi dibagi target tahunan;
//! - "sama dengan realisasinya, seolah targetnya 100 %": % hanya menyalin realisasi;
//! - "nilai tanpa batas; melanggar kebijakan batas 100 buku kerja ini": % menulis nilai di atas
//!   batas yang dipakai sheet itu;
//! - "tertulis menurut rumus indikator negatif …, padahal tabel tidak menyebut polaritasnya":
//!   tabel tanpa kolom Polaritas (jadi positif) menulis % seperti indikator negatif (Angka
//!   Kematian Ibu 95 / 93,48 → 101,6). Yang mungkin hilang adalah polaritasnya, jadi `fix`
//!   tidak menulis ulang % itu; sarannya: tulis Negatif di kolom Polaritas.
//!
//! > **English.** rakit recomputes every stated % from the target and realisasi on the same
//! > row, exactly, and compares it with the stated value at the stated precision (rounded half
//! > away from zero, like Excel's `ROUND`); a formula's result stored with nine decimals or
//! > more (a binary double) is right within a trillionth of the exact value; the value offered
//! > for a formula's cell is written at its format's precision (`0.00%`: `92,80`). C101 is
//! > raised when the stated value is wrong and
//! > the mistake is not one of the kinds with their own rule (truncation C102, fraction C104,
//! > lost thousands C106, separator ambiguity V202). It also covers a `-` where the capaian is
//! > not zero, a grade indicator that reached its target but does not say 100, and the Renstra
//! > progress column. In a quarterly Rencana Aksi each quarter's % is recalculated against that
//! > quarter's target, capped when the sheet is (Q601), and the message notes when the stated
//! > value was computed against the annual target, copies the realisasi, or breaks the cap. In
//! > a table with no polarity column, a % written by the negative-indicator formula is noted
//! > as such and not rewritten by `fix`: the polarity is what may be missing.
//!
//! ## Mengapa penting
//!
//! % capaian adalah angka yang dibaca pimpinan, APIP dan evaluator SAKIP, dan yang disalin
//! ke LKjIP. Angka yang salah membuat kategori capaian (Sangat Tinggi, Tinggi, ...) dan
//! kesimpulan kinerja ikut salah, padahal target dan realisasinya benar.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! GALAT C101 capaian-salah · 3 temuan · semua diperbaiki rakit fix [fix]
//! C101(capaian-salah)
//!
//!   × G14 — indikator "Jumlah anggota koperasi"
//!   │ % capaian tertulis "109,10", hasil hitung 109,90 (realisasi / target ×
//!   │ 100; realisasi "26,870", target "24,450")
//!     ╭─[banjar-pk-2015.xlsx › Sheet1 › G14]
//!  14 │ … │ F14: orang │ G14: 109,10
//!     ·                       ───┬──
//!     ·                          ╰── tertulis "109,10", seharusnya 109,90 [fix]
//!     ╰────
//!  saran: Ganti G14 dengan 109,90, atau periksa target dan realisasinya.
//! ```
//!
//! 26.870 / 24.450 × 100 = 109,8977… → 109,90. Di berkas yang sama: G15 (129,22, seharusnya
//! 133,88) dan G32 (150, seharusnya 170). Contoh lain dari sampel:
//!
//! | berkas | sel | tertulis | seharusnya |
//! | --- | --- | --- | --- |
//! | `banjar-pk-2013.xlsx` | G16, G17, G19 | 91,33; 20,90; 85,58 | 89,54; 12,13; 83,28 |
//! | `banjar-pk-2014.xlsx` | G27 | 100 | 12 (15 / 125) |
//! | `banjar-pk-2016.xlsx`, PK 2016 | E13 | 137,09 | 137,08 (64.184 / 46.821) |
//! | `banjar-pk-2016.xlsx`, Capaian Renstra | F5; H21 | `137.09`; 100 | 137,08; 41,18 (7 / 17) |
//! | `contoh-polaritas-predikat.xlsx` | H12 (negatif) | 80 | 120 ((2 × 10 − 8) / 10 × 100) |
//!
//! Di Rencana Aksi Bone 2020 (`bone-2020-rencana-aksi.xlsx`) ada 41 temuan C101, semuanya di
//! kolom % sasaran (G) dan program (M):
//!
//! ```text
//! GALAT C101 capaian-salah · 41 temuan · semua diperbaiki rakit fix [fix]
//! C101(capaian-salah)
//!
//!   × G51, G61, G76
//!   │ % capaian TW 4 tertulis "38,17%", hasil hitung 40,05 (realisasi / target ×
//!   │ 100; realisasi "24,43%", target "61%"); dihitung terhadap target tahunan
//!   │ "64%" alih-alih target triwulan "61%"
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › G51]
//!  51 │ … │ F51: 24,43% │ G51: 38,17% │ J51: TW 4 (B12) │ K51: 100% │ …
//!     ·                        ───┬──
//!     ·                           ╰── tertulis "38,17%", seharusnya 40,05 [fix]
//!     ╰────
//! ```
//!
//! | sel | tertulis | seharusnya | keterangan |
//! | --- | --- | --- | --- |
//! | G48, G49 | 87,30%; 86,00% | 87,33; 86,67 | 13,10 / 15; 26,00 / 30 (sasaran "Persentase koperasi Sehat", diulang di G58–G59 dan G73–G74) |
//! | G51, G61, G76 | 38,17% | 40,05 | 24,43 / 61; dihitung terhadap target tahunan 64 % |
//! | G63, G64, G65 | 85,19%; 99,15%; 99,15% | 100,00 | sama dengan realisasinya; hasil hitung 283,97 / 198,30 / 123,94 dibatasi 100 (diulang di blok baris 67, 77, 82) |
//! | M38, M39 | 65%; 83% | 66,67; 84 | 20 / 30; 42 / 50 (program "Peningkatan Kualitas Kelembagaan Koperasi", diulang di kesepuluh bloknya) |
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `518` untuk 1.555 / 300 = 518,33 (`banjar-pk-2016.xlsx`, E19): bilangan bulat yang benar
//!   dibulatkan. Begitu pula `83` untuk 82,5.
//! - Realisasi `-` dengan 0 % (`banjar-pk-2013.xlsx`, E20, E21, E23): `-` berarti nihil, dan
//!   0 % untuk nihil benar. Begitu pula realisasi `0` dengan 0 % (2016, baris 28).
//! - `100` untuk target `100%` dan realisasi `100%` (2016, baris 30).
//! - `2453` di samping `2,492` (2015, baris 18): keduanya hitungan orang/badan usaha, jadi
//!   `2,492` dibaca 2.492 dan 2.492 / 2.453 = 101,59 cocok dengan yang tertulis.
//! - Realisasi predikat `BB` terhadap target `B` dengan 100
//!   (`contoh-polaritas-predikat.xlsx`, H13): predikat yang mencapai target dinilai 100.
//! - Sel persen berformat `0,00%` yang menyimpan 0,95: rakit membacanya 95,00 %.
//! - `100%` untuk capaian di atas 100 pada sheet yang dinilai dengan batas 100 (Bone 2020, G13:
//!   70 / 30 = 233,33); lihat [Q601](Q601.md).
//! - `100%` untuk predikat `B` terhadap target `B` (Bone 2020, G121).
//!
//! ## Sel yang berisi rumus
//!
//! `rakit fix` tidak pernah menimpa rumus dengan angka. Bila % yang salah dihitung oleh rumus:
//!
//! - rumus yang berbeda dari pola kolomnya (merujuk baris lain, `=F8/E9*100`, atau memuat angka
//!   yang diketik, `=120/E8*100`) sementara rumus-rumus tetangganya cocok dengan hitungan rakit:
//!   fix menulis pola kolom itu (`=F8/E8*100`) beserta hasilnya, dan pesannya menyebutkan apa
//!   yang salah pada rumus itu;
//! - rumus yang sama polanya dengan tetangganya tetapi hasilnya lain, atau rumus tanpa pola yang
//!   jelas: temuan tetap dilaporkan, tanpa perbaikan (`"fixable": false`), dan pesannya
//!   menjelaskan alasannya.
//!
//! *English.* A formula is never overwritten by a number: a formula that departs from its
//! column's pattern (another row, a typed number) gets the pattern back when the neighbours'
//! results match rakit's; otherwise the finding is reported without a correction, saying why.
//! Tested in `tests/guard.rs`.
//!
//! ## Memperbaiki dengan tangan
//!
//! 1. Periksa dulu target dan realisasinya: kalau keduanya benar, % yang salah.
//! 2. Ganti angka % dengan rumus agar tidak salah lagi, misalnya di G14:
//!    `=ROUND(E14/C14*100;2)` (Excel berbahasa Indonesia memakai `;`) atau
//!    `=ROUND(E14/C14*100,2)` (Excel berbahasa Inggris). Rumus hanya bekerja bila target dan
//!    realisasi tersimpan sebagai angka, bukan teks seperti `24,450`.
//! 3. Atau jalankan `rakit fix`: nilainya ditulis untuk Anda dan sel itu diberi tanda.
//!
//! ## Lihat juga
//!
//! [C102](C102.md) · [C104](C104.md) · [C106](C106.md) · [C107](C107.md) · [V202](V202.md) ·
//! [Q601](Q601.md) · [Panduan: cara rakit menilai % capaian](../panduan.md#cara-rakit-menilai--capaian)

use rust_decimal::Decimal;

use super::cell_value;
use crate::i18n::{Arg, Message};
use crate::model::{Check, Figure, SheetModel};
use crate::msg;
use crate::num::{self, fmt_id_auto};
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    WRONG = "c101.wrong",
        "{what} tertulis \"{stated}\", hasil hitung {expected} ({basis}; realisasi \"{realisasi}\", target \"{target}\")",
        "{what} is \"{stated}\", recalculated {expected} ({basis}; realisasi \"{realisasi}\", target \"{target}\")";
    WRONG_HELP = "c101.wrong.help",
        "Ganti {cell} dengan {expected}, atau periksa target dan realisasinya.",
        "Replace {cell} with {expected}, or check the target and realisasi.";
    NOT_A_NUMBER = "c101.not_a_number",
        "{what} ditulis \"{stated}\"; hasil hitung {expected}",
        "{what} is written \"{stated}\"; recalculated {expected}";
    NOT_A_NUMBER_HELP = "c101.not_a_number.help",
        "Isi dengan hasil hitung.",
        "Fill in the recalculated value.";
}

/// A stated % that differs from the recalculated one, with what it was computed by
/// (`basis`) and what else explains it (`note`).
pub(super) fn wrong(
    sm: &SheetModel,
    c: &Check,
    s: &Quantity,
    exact: Decimal,
    what: &Message,
    basis: impl Into<Arg>,
    note: Option<Message>,
) -> Finding {
    let basis = basis.into();
    // a formula's double (…,666666666667) is shown at the precision its cell shows, and so
    // is any formula's result whose cell's format gives one (`0,93 %` of `0.00%` over
    // 0,00928: 92,80, not 92,800)
    let formatted = c.stated.formula.is_some() && c.stated.format.decimals.is_some();
    let dp = if s.decimals >= super::FORMULA_DECIMALS || formatted {
        u32::from(c.stated.format.decimals.unwrap_or(2)).max(2)
    } else if s.decimals == 0 {
        // a whole number says nothing of the column's precision: two decimals, as usual
        2
    } else {
        // the precision the cell is written to (`104,5` is corrected to `105,4`)
        s.decimals
    };
    let e = num::round(exact, dp);
    let shown_e = fmt_id_auto(e, s.decimals.min(dp), dp);
    let t = &c.target.shown;
    let r = &c.realisasi.shown;
    Finding::new(
        RuleId::C101,
        &sm.name,
        c.stated.row,
        c.stated.col,
        {
            let m = msg!(
                WRONG,
                what,
                stated = &c.stated.shown,
                expected = &shown_e,
                basis,
                realisasi = &r,
                target = &t
            );
            match note {
                Some(n) => m.note(n),
                None => m,
            }
        },
        msg!(WRONG_HELP, cell = c.stated.cell_name(), expected = &shown_e),
    )
    .found(c.stated.shown.clone())
    .expected(shown_e)
    .with_fix(cell_value(c.stated, e, exact))
}

/// A `-` or a grade written as the % where the recalculated capaian (`e`, rounded to two
/// decimals) is not zero.
pub(super) fn not_a_number(
    sheet: &str,
    stated: &Figure,
    what: &Message,
    e: Decimal,
    exact: Decimal,
) -> Finding {
    Finding::new(
        RuleId::C101,
        sheet,
        stated.row,
        stated.col,
        msg!(
            NOT_A_NUMBER,
            what,
            stated = &stated.shown,
            expected = fmt_id_auto(e, 0, 2)
        ),
        msg!(NOT_A_NUMBER_HELP),
    )
    .found(stated.shown.clone())
    .expected(fmt_id_auto(e, 0, 2))
    .with_fix(cell_value(stated, e, exact))
}
