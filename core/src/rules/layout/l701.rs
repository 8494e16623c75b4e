//! ## Apa yang diperiksa
//!
//! Setelah semua % sebuah tabel dihitung ulang, rakit menghitung berapa banyak yang tidak cocok
//! dengan kolom target dan realisasinya. Bila ada sedikitnya 8 % yang tertulis dan lebih dari 60 %
//! di antaranya "salah", hampir pasti bukan angkanya yang salah, melainkan kolomnya yang terbaca
//! keliru (tata letak yang belum dikenal rakit, judul kolom bertingkat yang tidak lazim). Ratusan
//! temuan palsu tidak membantu siapa pun, jadi rakit menggantinya dengan satu temuan ini di baris
//! judul tabel, dan tidak melaporkan temuan per sel untuk baris-baris tabel itu.
//!
//! **Tabel kecil.** Pada tabel dengan kurang dari 8 % tertulis, bila sedikitnya 2 dan lebih dari
//! 60 % di antaranya "salah", rakit tidak bisa yakin ke arah mana pun: temuan per sel tetap
//! ditampilkan, tetapi tidak satu pun diperbaiki oleh `rakit fix` (kolom `fixable` bernilai
//! `false`), dan satu `L701` di baris judul menjelaskan alasannya. Salinan perbaikan tidak
//! mengubah apa pun di tabel itu.
//!
//! Yang tidak dihitung sebagai % "salah": % yang dibiarkan `-`, dan % 0 di samping target
//! atau realisasi yang diketik sebagai teks (`27,5 ribu`, `11.000` di sel teks), yang oleh
//! rumus seperti `=IF(N(E6)=0,0,N(F6)/N(E6)*100)` dihitung 0: angkanya yang keliru, bukan
//! kolomnya. Temuan `C101`-nya menyebut sel teks itu.
//!
//! *English.* When more than 60 % of a table's stated percentages (at least 8 of them) disagree
//! with their target and realisasi columns, the layout was almost certainly misread. rakit reports
//! this single finding at the table's header instead of hundreds of false per-cell findings. In a
//! smaller table (fewer than 8 stated %, at least 2 and over 60 % of them wrong) the per-cell
//! findings stay, but `rakit fix` corrects none of them, and one L701 says why. A % left as
//! `-` is reported (`C101`) but not counted as one that disagrees, nor is a % of 0 beside a
//! target or realisasi typed as text (`27,5 ribu`, `11.000` in a text cell), which a formula
//! such as `=IF(N(E6)=0,0,N(F6)/N(E6)*100)` counts as 0: the figure is wrong, not the columns.
//!
//! ## Contoh
//!
//! Buku kerja nyata `tests/data/deli-serdang-evaluasi-renja-2025.xlsx`
//! (formulir Evaluasi Hasil RKPD, Permendagri 86/2017) memakai empat baris judul dengan label
//! `K`, `%`, `Rp.` di bawah judul kelompok:
//!
//! ```sh
//! rakit check tests/data/deli-serdang-evaluasi-renja-2025.xlsx
//! ```
//!
//! melaporkan `L701` di sel `A6`, bukan 158 × `C101`.
//!
//! Tabel kecil: lima indikator dengan empat % yang tidak cocok (`tests/guard.rs`) memberi empat
//! `C101` tanpa perbaikan dan satu `L701`.
//!
//! ## Yang tidak memicunya
//!
//! Tabel Banjar dan Bone: kesalahannya nyata tetapi sedikit (paling banyak belasan dari puluhan %).
//!
//! Tabel yang % capaiannya dibiarkan `-` (belum diisi): tiap sel itu tetap dilaporkan (`C101`,
//! isi dengan hasil hitung), tetapi % yang belum diisi tidak dihitung sebagai % yang "salah",
//! karena tidak mengatakan apa pun tentang kolom yang terbaca (`tests/check_blind.rs`, formulir
//! evaluasi dan PK 2023 UPTD jembatan timbang).
//!
//! ## Cara memperbaiki
//!
//! 1. `rakit check --print-mapping BERKAS > pemetaan.toml`
//! 2. Perbaiki huruf kolom dan nomor baris di `pemetaan.toml` (lihat panduan, "Pemetaan kolom").
//! 3. `rakit check --mapping pemetaan.toml BERKAS`

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "l701.finding",
        "{wrong} dari {stated} % di tabel kecil ini tidak cocok dengan kolom target dan realisasinya; kolomnya mungkin terbaca salah, jadi rakit fix tidak mengubah apa pun di tabel ini",
        "{wrong} of {stated} % in this small table do not match their target and realisasi columns; its columns may have been misread, so rakit fix changes nothing in this table";
    FINDING_HELP = "l701.finding.help",
        "Periksa setiap temuan di Excel. Bila kolomnya terbaca salah, lihat pemetaan dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
        "Check each finding in Excel. If the columns were misread, see the mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.";
    FINDING_3 = "l701.finding.3",
        "{wrong} dari {stated} % di tabel ini tidak cocok dengan kolom target dan realisasinya; tata letaknya kemungkinan terbaca salah, jadi temuan per sel tidak ditampilkan",
        "{wrong} of {stated} % in this table do not match their target and realisasi columns; the layout was probably misread, so per-cell findings are not shown";
    FINDING_4 = "l701.finding.4",
        "Lihat pemetaan yang terdeteksi dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
        "See the detected mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.";
}

/// A table where `wrong` of its `stated` % do not match their columns. A `small` table keeps
/// its findings (without corrections); a large one's are replaced by this one.
pub(in crate::rules) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    wrong: usize,
    stated: usize,
    small: bool,
) -> Finding {
    let (message, help) = if small {
        (msg!(FINDING, wrong, stated), msg!(FINDING_HELP))
    } else {
        (msg!(FINDING_3, wrong, stated), msg!(FINDING_4))
    };
    Finding::new(RuleId::L701, sheet, row, col, message, help)
}
