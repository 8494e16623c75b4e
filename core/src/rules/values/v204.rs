//! ## Apa yang diperiksa
//!
//! Angka yang tetap dapat dibaca dengan pasti, tetapi diketik dengan kekeliruan kecil:
//!
//! - **karakter nyasar**: tanda petik terbalik, apostrof, titik atau koma di ujung, `%` dobel:
//!   ``11`,76%`` dibaca 11,76 %; `5.` dibaca 5; `5%%` dibaca 5 %;
//! - **tanda % pada hitungan**: `3 Kop%` dibaca 3 koperasi, bukan 3 %;
//! - **huruf O untuk angka 0**: `12.5OO` dibaca 12.500, `3O5` dibaca 305 (hanya pada angka
//!   tanpa satuan yang diawali angka).
//!
//! rakit memakai bacaan yang disebutkan dalam pesan untuk menghitung, dan memberi tahu Anda
//! agar ketikannya dibetulkan.
//!
//! > **English.** A figure that still reads with certainty but carries a typing slip: a stray
//! > character (``11`,76%`` reads 11,76 %), a % sign on a count (`3 Kop%` reads 3 Kop) or the
//! > letter O typed for a zero in a bare figure (`12.5OO` reads 12.500). rakit
//! > computes with the reading given in the message and asks for the typing to be corrected.
//!
//! ## Mengapa penting
//!
//! Excel menyimpan sel seperti ini sebagai teks, sehingga rumus dan aplikasi lain membacanya
//! nol atau mengabaikannya. Tanda % pada hitungan juga bisa membuat pembaca mengira indikatornya
//! persentase.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! PERINGATAN V204 salah-ketik · 3 temuan
//! V204(salah-ketik)
//!
//!   ⚠ F31, F36
//!   │ "11`,76%" memuat karakter nyasar '`'; dibaca 11,76
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › F31]
//!  31 │ … │ E31: 11,76% │ F31: 11`,76% │ G31: 100% │ J31: TW 4 (B12) │ …
//!     ·                        ───┬───
//!     ·                           ╰── tertulis "11`,76%", seharusnya 11,76
//!     ╰────
//!  saran: Perbaiki ketikannya.
//! ```
//!
//! F31 dan F36 adalah realisasi TW 4 sasaran "Persentase Pertumbuhan Usaha Mikro menjadi usaha
//! kecil" (blok baris 27 dan 32). Karena ``11`,76%`` dibaca 11,76 %, % TW 4 di G31 dan G36
//! (`100%` untuk 11,76 terhadap 11,76) dinilai benar. F41 adalah realisasi TW 4 sasaran "Jumlah
//! koperasi berprestasi"; % di sebelahnya tidak dapat dinilai karena target TW 4 (E41) `-`
//! ([C105](C105.md)). Di JSON ketiga temuan ini membawa `"level": "sasaran"` dan
//! `"quarter": 4`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `45WUB` (Bone, R33–R35): satuan yang menempel pada angka dibaca 45 WUB tanpa temuan
//!   V204 (sel itu mendapat [C110](C110.md) karena targetnya `1 Laporan Triwulan`).
//! - `Rp.150.825.000 ,-`: spasi sebelum `,-` adalah gaya penulisan uang yang sah.
//!
//! ## Memperbaiki dengan tangan
//!
//! Ketik ulang angkanya: `11,76%`, `3` (dengan satuan Kop di kolom satuan).
//!
//! ## Lihat juga
//!
//! [V201](V201.md)

use crate::i18n::Message;
use crate::model::Figure;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};
use crate::value::{Note, Quantity};

crate::texts! {
    FINDING_HELP = "v204.finding.help",
        "Perbaiki ketikannya.",
        "Correct the typing.";
    STRAY = "v204.stray",
        "\"{shown}\" memuat karakter nyasar '{ch}'; dibaca {read}",
        "\"{shown}\" holds a stray '{ch}'; read as {read}";
    LETTER_O = "v204.letter_o",
        "\"{shown}\" memuat huruf O di tempat angka 0; dibaca {read}",
        "\"{shown}\" has the letter O typed for a zero; read as {read}";
    PERCENT_ON_COUNT = "v204.percent_on_count",
        "\"{shown}\" adalah hitungan yang diberi tanda %; dibaca {read}",
        "\"{shown}\" is a count with a % sign; read as {read}";
}

/// The typing slip a note of the reading shows, if it is one (Bahasa Indonesia, English).
pub(in crate::rules) fn message(f: &Figure, q: &Quantity, note: &Note) -> Option<Message> {
    let read = fmt_id_auto(q.value, 0, 4);
    Some(match note {
        Note::StrayCharacter(ch) => msg!(STRAY, shown = &f.shown, ch, read),
        Note::PercentOnCount => msg!(PERCENT_ON_COUNT, shown = &f.shown, read),
        Note::LetterO => msg!(LETTER_O, shown = &f.shown, read),
        _ => return None,
    })
}

/// A typing slip in a figure, read as `q`.
pub(in crate::rules) fn finding(
    sheet: &str,
    f: &Figure,
    q: &Quantity,
    message: Message,
) -> Finding {
    Finding::new(
        RuleId::V204,
        sheet,
        f.row,
        f.col,
        message,
        msg!(FINDING_HELP),
    )
    .found(f.shown.clone())
    .expected(fmt_id_auto(q.value, 0, 4))
}
