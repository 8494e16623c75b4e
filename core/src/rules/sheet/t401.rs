//! ## Apa yang diperiksa
//!
//! rakit mencari tahun di setiap tempat sebuah sheet menyebutnya:
//!
//! - **judul** di atas tabel (`TAHUN 2016`, `Tahun Anggaran 2020`, `TA. 2020`; bukan tahun
//!   peraturan yang dikutip, `Permenpan RB No. 53 Tahun 2014`);
//! - **nama sheet** (`PK 2013`);
//! - **judul kolom** (`Tahun 2016` di atas Target / Realisasi / %);
//! - **baris tanggal** di atas tanda tangan (`Martapura, 31 Desember 2015`);
//! - **baris anggaran** (`Jumlah Anggaran Kegiatan Tahun 2015 : Rp. …`).
//!
//! Tahun sheet adalah tahun yang disebut paling banyak tempat (bila seri, tahun di judul
//! menang). Tahun yang angkanya disebut tajuk sebagai angka tahun-tahun sebelumnya
//! (`Realisasi` di atas `2018 | 2019 | 2020`, `Realisasi 2020` di samping `Tahun 2021 /
//! Target`) bukan tahun tabel selama ada tahun lain yang disebut: judul yang disalin dari
//! laporan tahun lalu tidak menjadikan tabel itu tabel tahun lalu. Tahun yang angkanya memang
//! dimuat sheet di samping tahunnya sendiri (tabel tahun lalu berdampingan atau di bawahnya,
//! kolom tahun-tahun sebelumnya tabel LKjIP) tidak dilaporkan, kecuali judul hanya menyebut
//! tahun itu (judul laporan tahun lalu yang tersalin). Setiap tempat lain yang menyebut
//! tahun lain dilaporkan di selnya. Tahun sheet itu juga
//! yang ditampilkan di baris ringkasan dan di JSON (`"year"`).
//!
//! > **English.** rakit reads the year wherever a sheet writes it: title, sheet name, column
//! > header, place-and-date line, budget lines (not the year of a regulation a title cites,
//! > "No. 53 Tahun 2014"). The sheet's year is the one most places agree
//! > on (the title wins a tie). A year whose figures the header gives as earlier ones
//! > ("Realisasi" over "2018 | 2019 | 2020") is not the table's while another is named, so a
//! > title copied from last year's report does not make the table last year's. A year whose
//! > figures the sheet holds beside its own (last year's table beside or under this year's,
//! > an LKjIP table's earlier years) is not reported, unless the titles name that year alone
//! > (last year's title copied). Every other place that says another
//! > year is reported at its cell.
//!
//! ## Mengapa penting
//!
//! Dokumen yang berjudul 2016 tetapi ditandatangani 31 Desember 2015 dengan anggaran 2015 akan
//! dikembalikan oleh evaluator, atau lebih buruk, dipakai sebagai data tahun yang salah.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2015.xlsx
//! ```
//!
//! ```text
//! PERINGATAN T401 tahun-berbeda · 1 temuan
//! T401(tahun-berbeda)
//!
//!   ⚠ A4
//!   │ judul menyebut tahun 2016, sedangkan baris anggaran dan baris tanggal
//!   │ menyebut 2015
//!    ╭─[banjar-pk-2015.xlsx › Sheet1 › A4]
//!  4 │ A4: TAHUN 2016
//!    ·     ─────┬────
//!    ·          ╰── tertulis "2016", seharusnya 2015
//!    ╰────
//!  saran: Samakan tahunnya; rakit memakai 2015.
//! ```
//!
//! Baris anggaran A48 dan A49 menyebut "Tahun 2015", baris tanggal E51 "Martapura, 31 Desember
//! 2015": tiga lawan satu, jadi sheet ini dibaca sebagai tahun 2015.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Tahun lain yang bukan tahun dokumen: "Capaian 2015" dan "Target Akhir Renstra (2021)" di
//!   sheet Capaian Renstra (`banjar-pk-2016.xlsx`), tahun di dalam NIP.
//! - Baris anggaran tanpa angka tahun: itu [T402](T402.md).
//!
//! ## Memperbaiki dengan tangan
//!
//! Tentukan tahun yang benar dari Perjanjian Kinerja dan dokumen anggaran, lalu samakan judul,
//! nama sheet, baris tanggal dan baris anggaran.
//!
//! ## Lihat juga
//!
//! [T402](T402.md)

use crate::i18n::Message;
use crate::layout::meta::YearMention;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "t401.finding",
        "{source} menyebut tahun {m_year}, sedangkan {agreeing} menyebut {year}",
        "the {source} says {m_year}, while the {agreeing} say {year}";
    FINDING_HELP = "t401.finding.help",
        "Samakan tahunnya; rakit memakai {year}.",
        "Make the years agree; rakit uses {year}.";
    pub(super) AND = "t401.and",
        "{a} dan {b}",
        "{a} and {b}";
    pub(super) COMMA = "t401.comma",
        "{a}, {b}",
        "{a}, {b}";
    pub(super) NONE = "t401.none",
        "",
        "";
}

/// A year mention `m` (named `sid`/`sen`) that differs from the `year` the others agree on.
pub(in crate::rules) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    m: &YearMention,
    source: &Message,
    year: i32,
    agreeing: &Message,
) -> Finding {
    Finding::new(
        RuleId::T401,
        sheet,
        row,
        col,
        msg!(FINDING, source, m_year = &m.year, agreeing, year),
        msg!(FINDING_HELP, year),
    )
    .found(m.year.to_string())
    .expected(year.to_string())
}
