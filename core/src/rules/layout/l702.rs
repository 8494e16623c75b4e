//! ## Apa yang diperiksa
//!
//! Tabel indikator yang belum diisi: templat kosong (judul kolom tanpa angka di bawahnya)
//! atau templat yang masih berisi penanda isian (`{indikator}`, `{target}`, `{{realisasi}}`,
//! `<target>`). Satu baris informasi per tabel; temuan lain di tabel itu tidak ditampilkan
//! dan kode keluarnya 0.
//!
//! *English.* An indicator table not filled in yet: an empty template (headers with no
//! figure under them) or one still holding placeholders (`{target}`): one info line per
//! table; the table's other findings are not shown and the exit code is 0.
//!
//! ## Mengapa penting
//!
//! Templat yang dikirim sebelum diisi bukan laporan yang salah: melaporkan setiap sel
//! kosong sebagai "capaian tidak diisi" hanya menenggelamkan pesan yang sebenarnya, yaitu
//! bahwa berkasnya belum diisi.
//!
//! ## Contoh
//!
//! Baris di bawah judul kolom berisi `{no}`, `{indikator}`, `{target}`, `{realisasi}`,
//! `{capaian}`: satu temuan info di baris judul.
//!
//! ## Yang tidak memicunya
//!
//! Tabel yang satu saja indikatornya memiliki angka target, realisasi atau capaian;
//! templat impor yang hanya berisi target (tabel itu diisi, tanpa % yang perlu diperiksa).
//!
//! ## Cara memperbaiki
//!
//! Isi templatnya, lalu periksa lagi.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING_HELP = "l702.finding.help",
        "Isi templatnya, lalu jalankan rakit check lagi.",
        "Fill in the template, then run rakit check again.";
    PLACEHOLDERS = "l702.placeholders",
        "tabel ini templat yang belum diisi ({placeholders} sel masih berisi penanda isian seperti {{target}}); tidak ada yang diperiksa",
        "this table is a template not yet filled in ({placeholders} cells still hold placeholders such as {{target}}); nothing was checked";
    EMPTY = "l702.empty",
        "tabel ini templat kosong: tidak ada angka target, realisasi atau capaian; tidak ada yang diperiksa",
        "this table is an empty template: no target, realisasi or capaian figure; nothing was checked";
}

/// A table with no figure filled in (`placeholders`: how many cells hold a placeholder).
pub(in crate::rules) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    placeholders: usize,
) -> Finding {
    let message = if placeholders > 0 {
        msg!(PLACEHOLDERS, placeholders)
    } else {
        msg!(EMPTY)
    };
    Finding::new(RuleId::L702, sheet, row, col, message, msg!(FINDING_HELP))
}

/// A placeholder: `{target}`, `{{realisasi}}`, `<target>`, `[target]`.
pub(in crate::rules) fn is_placeholder(t: &str) -> bool {
    let t = t.trim();
    let inner = |open: char, close: char| {
        t.len() > 2
            && t.starts_with(open)
            && t.ends_with(close)
            && t[1..t.len() - 1]
                .trim_matches([open, close])
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
    };
    inner('{', '}') || inner('<', '>') || inner('[', ']')
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders() {
        use super::is_placeholder as p;
        assert!(p("{target}") && p("{{ realisasi }}") && p("<nama_indikator>"));
        assert!(!p("85,09") && !p("{") && !p("Indeks {x} kepuasan"));
    }
}
