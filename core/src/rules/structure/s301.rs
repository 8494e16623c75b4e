//! ## Apa yang diperiksa
//!
//! Isi sebuah baris berada satu kolom di kanan (atau kiri) judul kolomnya: nama indikator di
//! kolom Target, target di kolom satuan, dan seterusnya. rakit mendeteksinya dengan mencoba
//! membaca baris itu bergeser satu kolom: bila dengan pergeseran itu nama indikator, target,
//! realisasi dan % jauh lebih cocok dengan jenis isinya, baris itu dianggap bergeser. rakit
//! lalu **tetap menilai** baris itu dengan pergeseran tersebut, sehingga angkanya tidak hilang
//! dari pemeriksaan. Temuan dilaporkan di sel nama indikator.
//!
//! > **English.** A row's cells stand one column right (or left) of their headers. rakit tries
//! > each row shifted by one column; when the shifted reading fits clearly better (a name under
//! > Indikator, figures under Target, Realisasi and %), it reports S301 at the name cell and
//! > still judges the row with that shift.
//!
//! ## Mengapa penting
//!
//! Orang yang membaca cetakan melihat nama indikator di bawah "Target" dan angka di bawah
//! judul yang salah. Rumus dan aplikasi yang membaca kolom demi kolom akan mengambil nilai yang
//! salah, dan % capaian sering hilang ke luar tabel.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2014.xlsx
//! ```
//!
//! ```text
//! PERINGATAN S301 baris-bergeser · 2 temuan
//! S301(baris-bergeser)
//!
//!   ⚠ C17 — indikator "Jumlah Usaha Mikro yang aktif"
//!   │ baris 17 bergeser 1 kolom ke kanan: "Jumlah Usaha Mikro yang aktif" berada
//!   │ di kolom C
//!     ╭─[banjar-pk-2014.xlsx › Pengukuran Kinerja › C17]
//!  17 │ … │ C17: Jumlah Usaha Mikro yang aktif │ D17: 9,763 │ …
//!     ·          ─────────────────────────────
//!     ╰────
//!  saran: Geser isi baris ini agar setiap nilai berada di bawah judul kolomnya.
//! ```
//!
//! Karena baris ini dibaca bergeser, rakit juga menemukan bahwa % capaiannya tidak ada
//! ([C103](C103.md) di H17, seharusnya 100,9). Baris 21 berkas yang sama (`Jumlah BPR / LKM`)
//! bergeser dengan cara yang sama.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Baris yang kolom Sasaran-nya kosong (sasaran yang sama dengan baris di atasnya).
//! - Nama indikator yang ditulis di kolom Sasaran dengan angka di kolom yang benar: itu
//!   [S302](S302.md).
//!
//! ## Memperbaiki dengan tangan
//!
//! Pilih sel-sel baris itu dari nama indikator sampai kolom terakhir, lalu potong dan tempel
//! satu kolom ke kiri (atau kanan) sehingga setiap nilai berada di bawah judulnya. Setelah itu
//! isi % capaian yang hilang.
//!
//! ## Lihat juga
//!
//! [S302](S302.md) · [C103](C103.md)

use crate::i18n::Message;
use crate::model::Indikator;
use crate::msg;
use crate::read::col_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "s301.finding",
        "baris {row} bergeser {columns} kolom ke {dir}: \"{nama}\" berada di kolom {column}",
        "row {row} is shifted {columns} column(s) to the {dir}: \"{nama}\" stands in column {column}";
    FINDING_HELP = "s301.finding.help",
        "Geser isi baris ini agar setiap nilai berada di bawah judul kolomnya.",
        "Move this row's cells so that each value stands under its column header.";
}

/// A row shifted by `ind.shift` columns to the left or right.
pub(in crate::rules) fn finding(sheet: &str, ind: &Indikator, dir: &Message) -> Finding {
    Finding::new(
        RuleId::S301,
        sheet,
        ind.nama_cell.0,
        ind.nama_cell.1,
        msg!(
            FINDING,
            row = ind.row + 1,
            columns = ind.shift.abs(),
            dir,
            nama = &ind.nama,
            column = col_name(ind.nama_cell.1)
        ),
        msg!(FINDING_HELP),
    )
}
