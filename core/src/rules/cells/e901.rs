//! ## Apa yang diperiksa
//!
//! Setiap sel yang berisi nilai galat Excel (`#DIV/0!`, `#REF!`, `#N/A`, `#VALUE!`,
//! `#NAME?`, `#NUM!`, `#NULL!`), di semua sheet (juga sheet tersembunyi dan sheet bantu).
//! Galat yang sama yang berderet di satu kolom menjadi satu temuan dengan rentang dan
//! jumlah selnya, jadi ribuan sel galat tidak menenggelamkan temuan lain. Bila sebabnya
//! terlihat, temuan menyebutkannya: `#DIV/0!` dari rumus yang membagi dengan sel kosong
//! atau nol (target yang belum diisi). Di .ods LibreOffice menyimpan hasil galat rumus
//! sebagai teks (`#DIV/0!`, `Err:502`); sel rumus yang berisi teks itu dibaca sebagai galat.
//!
//! *English.* Every cell holding an Excel error value, on every sheet (hidden and helper
//! sheets too); a run of the same error down a column is one finding with its range and
//! count; where the cause can be seen (a `#DIV/0!` dividing by a blank or zero cell) the
//! finding names it. In an .ods, where LibreOffice keeps a formula's error result as text
//! (`#DIV/0!`, `Err:502`), a formula cell holding such text is read as the error.
//!
//! ## Mengapa penting
//!
//! Sel galat berarti angka yang tidak ada: rata-rata, jumlah dan predikat yang merujuknya
//! ikut galat atau salah. Di laporan yang dikirim ke Bappeda, sel itu tampak sebagai data.
//!
//! ## Contoh
//!
//! Buku kerja nyata Deli Serdang (`tests/data/deli-serdang-evaluasi-renja-2025.xlsx`): sel
//! `#DIV/0!` di kolom capaian, dari baris yang targetnya kosong.
//!
//! ## Yang tidak memicunya
//!
//! Sel berisi teks seperti `#1` atau `# Catatan`; sel kosong.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, isi sel yang dirujuk (target yang kosong), perbaiki rujukan yang rusak
//! (`#REF!`), atau bungkus rumusnya dengan `IFERROR(…;"")` bila kosong memang benar.

use crate::formula::references;
use crate::i18n::Message;
use crate::msg;
use crate::read::{cell_name, Raw, Sheet};
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "e901.finding",
        "{at} berisi {error}{why}",
        "{at} holds {error}{why}";
    FINDING_HELP = "e901.finding.help",
        "Di Excel, isi sel yang dirujuk rumusnya (misalnya target yang kosong) atau perbaiki rujukannya; bungkus dengan IFERROR(…;\"\") bila kosong memang benar.",
        "In Excel, fill the cell its formula refers to (such as an empty target) or correct the reference; wrap it in IFERROR(…,\"\") if blank is right.";
    RANGE = "e901.range",
        "{range} ({n} sel)",
        "{range} ({n} cells)";
    CELL = "e901.cell",
        "{at}",
        "{at}";
    NO_CAUSE = "e901.no_cause",
        "",
        "";
    DIVIDES_BY_BLANK = "e901.divides_by_blank",
        ": rumusnya membagi dengan {name}, yang kosong atau nol",
        ": its formula divides by {name}, which is blank or zero";
}

/// A run of one error value down a column, from `first` to `last` (rows).
pub(super) fn finding(sheet: &Sheet, col: u32, error: &str, first: u32, last: u32) -> Finding {
    let at = cell_name(first, col);
    let where_ = if last > first {
        let n = last - first + 1;
        let range = format!("{at}:{}", cell_name(last, col));
        msg!(RANGE, range, n)
    } else {
        msg!(CELL, at)
    };
    let why = cause(sheet, first, col, error).unwrap_or_else(|| msg!(NO_CAUSE));
    Finding::new(
        RuleId::E901,
        &sheet.name,
        first,
        col,
        msg!(FINDING, at = &where_, error, why),
        msg!(FINDING_HELP),
    )
    .found(error)
}

/// What can be seen of an error's cause: a division by a blank or zero cell.
fn cause(sheet: &Sheet, row: u32, col: u32, error: &str) -> Option<Message> {
    if error != "#DIV/0!" {
        return None;
    }
    let formula = sheet.get(row, col)?.formula.as_deref()?;
    let after = formula.rsplit_once('/')?.1;
    let divisor = references(after).into_iter().find(|r| r.sheet.is_none())?;
    let name = cell_name(divisor.row, divisor.col);
    let blank_or_zero = match sheet.get(divisor.row, divisor.col).map(|c| &c.value) {
        None | Some(Raw::Empty) => true,
        Some(Raw::Number(n)) => n.is_zero(),
        Some(Raw::Text(t)) => t.trim().is_empty() || t.trim() == "-",
        _ => false,
    };
    blank_or_zero.then(|| msg!(DIVIDES_BY_BLANK, name))
}
