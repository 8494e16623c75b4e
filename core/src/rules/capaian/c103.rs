//! ## Apa yang diperiksa
//!
//! Sel % capaian kosong, padahal indikator itu punya target atau realisasi. Ada dua bentuk
//! pesan:
//!
//! - **"% capaian kosong; hasil hitung X"**: target dan realisasi terbaca, jadi rakit tahu
//!   berapa seharusnya (X).
//! - **"% capaian kosong dan tidak dapat dihitung: realisasi … tidak terbaca"**: realisasinya
//!   sendiri tidak terbaca (lihat [V201](V201.md)); perbaiki realisasinya dulu.
//!
//! `rakit fix` mengisi sel % hanya pada bentuk pertama, dan hanya bila baris itu berada di
//! kolom yang benar. Sel kosong tidak punya format sendiri, jadi nilainya ditulis seperti
//! kolomnya menulis % (jumlah desimal yang paling sering, dan pecahan `0,9309` bila
//! kolomnya berformat persen). Pada baris yang bergeser ([S301](S301.md)) sel % yang "kosong" berada di
//! luar tabel, jadi rakit tidak menulis apa pun di sana.
//!
//! > **English.** The % cell is empty although the indicator has figures. When target and
//! > realisasi can be read, the message gives the recalculated value and `rakit fix` writes it
//! > as its column writes its % (its decimals; a fraction under a percent format), unless the
//! > row is shifted (S301). When the realisasi cannot be read (V201),
//! > the % cannot be computed and nothing is written.
//!
//! ## Mengapa penting
//!
//! Indikator tanpa % capaian tidak ikut dalam kesimpulan kinerja, dan pembaca tidak tahu
//! apakah indikator itu tercapai. Sering % kosong karena barisnya bergeser satu kolom: angkanya
//! ada, tetapi di bawah judul kolom yang salah.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2014.xlsx
//! ```
//!
//! ```text
//! GALAT C103 capaian-kosong · 2 temuan
//! C103(capaian-kosong)
//!
//!   × H17 — indikator "Jumlah Usaha Mikro yang aktif"
//!   │ % capaian kosong; hasil hitung 100,9
//!     ╭─[banjar-pk-2014.xlsx › Pengukuran Kinerja › H17]
//!  17 │ … │ H17: (kosong)
//!     ·          ────┬───
//!     ·              ╰── sel kosong, seharusnya 100,9
//!     ╰────
//!  saran: Isi H17 dengan 100,9.
//! ```
//!
//! Baris 17 bergeser satu kolom ke kanan ([S301](S301.md)): target di D17, realisasi di F17,
//! dan % yang seharusnya di G berpindah ke H yang kosong. 9.851 / 9.763 = 100,90. Di baris 21
//! berkas yang sama, realisasinya `4 BPR/15 LKM` tidak terbaca, jadi rakit melapor
//! "H21: % capaian kosong dan tidak dapat dihitung: realisasi F21 tidak terbaca".
//!
//! Di Rencana Aksi Bone 2020, kegiatan blok baris 67 melaporkan realisasi TW 4 (R71 `3 Keg`,
//! target Q71 `1 Kegiatan`) tanpa %:
//!
//! ```text
//! GALAT C103 capaian-kosong · 1 temuan · semua diperbaiki rakit fix [fix]
//! C103(capaian-kosong)
//!
//!   × S71 — Kegiatan "Pembinaan pemantauan Administrasi Koperasi Pengel…" ›
//!   │ indikator "Jumlah Koperasi pasar tradisional yang dibina" › TW 4
//!   │ % capaian TW 4 kosong; hasil hitung 100
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › S71]
//!  71 │ … │ R71: 3 Keg │ S71: (kosong)
//!     ·                       ────┬───
//!     ·                           ╰── sel kosong, seharusnya 100 [fix]
//!     ╰────
//!  saran: Isi S71 dengan 100.
//! ```
//!
//! 3 / 1 × 100 = 300, dibatasi 100 karena sheet ini dinilai dengan batas 100 ([Q601](Q601.md)).
//! `Keg` dan `Kegiatan` dianggap satuan yang sama. Realisasi TW 4 kegiatan lain yang juga tanpa %
//! (R81, R86, R91, …) satuannya berbeda dari targetnya, jadi rakit melapor [C110](C110.md), bukan
//! C103.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Baris judul atau sub-judul tanpa angka sama sekali: itu bukan indikator.
//! - Target nol dengan % kosong: capaian memang tidak terdefinisi (lihat [C105](C105.md) bila
//!   % justru diisi).
//! - Target berupa rentang ("80 - 85") dengan % kosong: tepi mana yang menjadi ukuran adalah
//!   pilihan instansi.
//! - Target dan realisasi dalam satuan berbeda: rakit melapor [C110](C110.md) dan tidak
//!   menghitung.
//!
//! ## Memperbaiki dengan tangan
//!
//! Geser dulu isi baris agar setiap nilai berada di bawah judul kolomnya (bila barisnya
//! bergeser), lalu isi % dengan rumus, misalnya `=ROUND(E17/C17*100;2)`.
//!
//! ## Lihat juga
//!
//! [S301](S301.md) · [V201](V201.md) · [C101](C101.md)

use rust_decimal::Decimal;

use crate::i18n::Message;
use crate::model::{Check, Figure};
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};

crate::texts! {
    UNREADABLE = "c103.unreadable",
        "{what} kosong dan tidak dapat dihitung: realisasi {realisasi_cell} tidak terbaca",
        "{what} is missing and cannot be computed: the realisasi {realisasi_cell} cannot be read";
    UNREADABLE_HELP = "c103.unreadable.help",
        "Perbaiki realisasinya, lalu isi % capaian.",
        "Correct the realisasi, then fill in the %.";
    BLANK = "c103.blank",
        "{what} kosong; hasil hitung {expected}",
        "{what} is missing; recalculated {expected}";
    BLANK_HELP = "c103.blank.help",
        "Isi {cell} dengan {expected}.",
        "Fill {cell} with {expected}.";
}

/// An empty % that cannot be computed: its realisasi cannot be read.
pub(in crate::rules) fn unreadable(sheet: &str, c: &Check, what: &Message) -> Finding {
    Finding::new(
        RuleId::C103,
        sheet,
        c.stated.row,
        c.stated.col,
        msg!(UNREADABLE, what, realisasi_cell = c.realisasi.cell_name()),
        msg!(UNREADABLE_HELP),
    )
    .found("")
}

/// An empty % whose recalculated value is `exact` (the caller adds the correction).
pub(in crate::rules) fn blank(
    sheet: &str,
    stated: &Figure,
    what: &Message,
    exact: Decimal,
) -> Finding {
    Finding::new(
        RuleId::C103,
        sheet,
        stated.row,
        stated.col,
        msg!(BLANK, what, expected = fmt_id_auto(exact, 0, 2)),
        msg!(
            BLANK_HELP,
            cell = stated.cell_name(),
            expected = fmt_id_auto(exact, 0, 2)
        ),
    )
    .found("")
    .expected(fmt_id_auto(exact, 0, 2))
}
