//! ## Apa yang diperiksa
//!
//! Rumus yang merujuk buku kerja lain: `=[1]Sheet1!A1` (tautan bernomor, cara xlsx
//! menyimpannya), `='C:\Data\[Renja 2024.xlsx]TW IV'!K12` atau `=[Renja.xls]Sheet1!A1`, dan
//! bagian tautan eksternal di dalam paket xlsx (`xl/externalLinks/`). Satu temuan untuk
//! seluruh buku kerja, menyebut buku kerja yang dirujuk dan sel pertama yang memakainya.
//!
//! *English.* Formulas that refer to another workbook (`=[1]Sheet1!A1`,
//! `='C:\Data\[Renja 2024.xlsx]TW IV'!K12`) and the external link parts of an xlsx package:
//! one finding per workbook, naming the linked workbooks and the first cell that uses one.
//!
//! ## Mengapa penting
//!
//! Angka yang diambil dari buku kerja lain hanya benar di komputer yang menyimpan buku kerja
//! itu di tempat yang sama. Di komputer Bappeda, Excel menampilkan nilai terakhir yang
//! tersimpan (atau `#REF!` setelah diperbarui), dan tidak ada yang bisa memeriksa asalnya.
//!
//! ## Contoh
//!
//! `K12` berisi `=[1]Sheet1!K12`, dan paketnya menautkan `file:///C:\Renja\[Renja 2024.xlsx]`:
//! satu temuan di `K12` yang menyebut `Renja 2024.xlsx`.
//!
//! ## Yang tidak memicunya
//!
//! Rujukan ke sheet lain di buku kerja yang sama (`='TW I'!K12`), rujukan tabel terstruktur
//! (`Tabel1[Target]`), teks dalam tanda kutip di dalam rumus.
//!
//! ## Cara memperbaiki
//!
//! Di Excel: Data → Edit Links → Break Link (nilai disalin ke sel), atau salin sheet sumber
//! ke buku kerja ini dan rujuk sheet itu.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "e902.finding",
        "buku kerja ini merujuk buku kerja lain ({list}), di {at}",
        "this workbook refers to other workbooks ({list}), at {at}";
    FINDING_HELP = "e902.finding.help",
        "Di Excel: Data → Edit Links → Break Link, atau salin sheet sumbernya ke buku kerja ini.",
        "In Excel: Data → Edit Links → Break Link, or copy the source sheet into this workbook.";
    CELL_AND_OTHERS = "e902.cell_and_others",
        "{cell} dan {others} sel lain",
        "{cell} and {others} other cells";
    CELL = "e902.cell",
        "{cell}",
        "{cell}";
    PACKAGE_PARTS = "e902.package_parts",
        "bagian tautan eksternal paketnya",
        "its package's external link parts";
}

/// The external workbooks a formula names: `[1]` (an xlsx link index) or `[name.xlsx]`
/// before a `!`, outside quoted strings.
pub(super) fn linked_in_formula(formula: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_string = false;
    let chars: Vec<char> = formula.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '"' => in_string = !in_string,
            '[' if !in_string => {
                let Some(len) = chars[i + 1..].iter().position(|c| *c == ']') else {
                    break;
                };
                let inside: String = chars[i + 1..i + 1 + len].iter().collect();
                let rest: String = chars[i + 1 + len..].iter().take(64).collect();
                let lower = inside.to_ascii_lowercase();
                let is_book = !inside.is_empty()
                    && (inside.chars().all(|c| c.is_ascii_digit())
                        || [".xls", ".xlsx", ".xlsm", ".xlsb", ".ods", ".csv"]
                            .iter()
                            .any(|e| lower.ends_with(e)));
                // a sheet name and `!` follow the book (`[1]Sheet1!A1`, `[x.xlsx]TW'!A1`)
                let sheet_follows = rest
                    .find('!')
                    .is_some_and(|p| !rest[..p].contains(['(', ')', ',', ';', '+', '*', '/']));
                if is_book && sheet_follows && !out.contains(&inside) {
                    out.push(inside);
                }
                i += len + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// One finding for a workbook's links: the books named (by the package, else by the
/// formulas) and the first cell whose formula uses one, if any.
pub(super) fn finding(
    sheet: &str,
    at: Option<(u32, u32)>,
    books: &[String],
    cells: usize,
) -> Finding {
    let (row, col) = at.unwrap_or((0, 0));
    let list = books.join(", ");
    let where_ = match at {
        Some((r, c)) if cells > 1 => {
            msg!(CELL_AND_OTHERS, cell = cell_name(r, c), others = cells - 1)
        }
        Some((r, c)) => msg!(CELL, cell = cell_name(r, c)),
        None => msg!(PACKAGE_PARTS),
    };
    Finding::new(
        RuleId::E902,
        sheet,
        row,
        col,
        msg!(FINDING, list, at = &where_),
        msg!(FINDING_HELP),
    )
    .found(list)
}

#[cfg(test)]
mod tests {
    use super::linked_in_formula;

    #[test]
    fn links_in_formulas() {
        assert_eq!(linked_in_formula("[1]Sheet1!A1"), vec!["1"]);
        assert_eq!(
            linked_in_formula("'C:\\Data\\[Renja 2024.xlsx]TW IV'!K12*2"),
            vec!["Renja 2024.xlsx"]
        );
        assert!(linked_in_formula("'TW I'!K12").is_empty());
        assert!(linked_in_formula("SUM(Tabel1[Target])").is_empty());
        assert!(linked_in_formula("\"[1]x!\"&A1").is_empty());
    }
}
