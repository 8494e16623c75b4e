//! ## Apa yang diperiksa
//!
//! Rumus capaian yang bercabang menurut polaritas indikator
//! (`=IF(D5="naik";F5/E5*100;(2*E5-F5)/E5*100)`, `=IF($C7="Minimize";…;…)`), sedangkan sel
//! polaritas yang dirujuknya kosong. Temuan di sel polaritas yang kosong, menyebut rumus
//! yang bergantung padanya dan cabang yang diambil Excel.
//!
//! *English.* A formula that branches on an indicator's polarity (`=IF(D5="naik",…,…)`)
//! while the polarity cell it tests is blank: reported at the blank polarity cell, naming
//! the formula and the branch Excel takes.
//!
//! ## Mengapa penting
//!
//! Sel kosong tidak sama dengan "naik": Excel mengambil cabang lainnya, yaitu rumus
//! polaritas negatif. Pada buku kerja nyata, target 4 dengan realisasi 0 tampil sebagai
//! capaian 200 % karena polaritasnya belum diisi.
//!
//! ## Contoh
//!
//! `G5` berisi `=IF(D5="naik";F5/E5*100;(2*E5-F5)/E5*100)` dan `D5` kosong: temuan di `D5`.
//!
//! ## Yang tidak memicunya
//!
//! Sel polaritas yang terisi (apa pun isinya); rumus `IF` yang membandingkan sel dengan
//! teks lain daripada kata polaritas (naik, turun, positif, negatif, maximize, minimize).
//!
//! ## Cara memperbaiki
//!
//! Isi polaritas indikator itu (naik / turun, positif / negatif) sesuai Renstra.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "f804.finding",
        "polaritas {cell} kosong, padahal rumus {formula_cell} (={formula}) bercabang menurut isinya: Excel mengambil cabang \"lainnya\"",
        "the polarity {cell} is blank, while the formula {formula_cell} (={formula}) branches on it: Excel takes the \"other\" branch";
    FINDING_HELP = "f804.finding.help",
        "Isi polaritas di {cell} (naik / turun, positif / negatif) sesuai Renstra.",
        "Fill in the polarity in {cell} (naik / turun, positive / negative) as the Renstra gives it.";
}

/// Words a polarity cell holds.
const POLARITY_WORDS: [&str; 12] = [
    "naik",
    "turun",
    "positif",
    "negatif",
    "maximize",
    "minimize",
    "max",
    "min",
    "meningkat",
    "menurun",
    "naik (baik)",
    "turun (baik)",
];

/// The cells a formula compares with a polarity word (`D5="naik"`, `"turun"=$D$5`,
/// `D5<>"naik"`), as (row, col) on its own sheet.
pub(super) fn polarity_tests(formula: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let bytes = formula.as_bytes();
    let mut i = 0;
    while let Some(start) = formula[i..].find('"').map(|p| p + i) {
        let Some(len) = formula[start + 1..].find('"') else {
            break;
        };
        let end = start + 1 + len;
        let word = crate::text::norm(&formula[start + 1..end]);
        if POLARITY_WORDS.contains(&word.as_str()) {
            // the reference before `=` / `<>`, or after it
            let before = formula[..start].trim_end();
            let before = before
                .strip_suffix("<>")
                .or_else(|| before.strip_suffix('='))
                .map(str::trim_end);
            let after = formula[end + 1..].trim_start();
            let after = after
                .strip_prefix("<>")
                .or_else(|| after.strip_prefix('='))
                .map(str::trim_start);
            let tail = |s: &str| -> Option<(u32, u32)> {
                let t: String = s
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '$')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                // a reference of the formula's own sheet (`Sheet2!D5` is not judged)
                if s[..s.len() - t.len()].ends_with('!') {
                    return None;
                }
                crate::formula::parse_cell_name(&t)
            };
            let head = |s: &str| -> Option<(u32, u32)> {
                let t: String = s
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '$')
                    .collect();
                if s[t.len()..].starts_with('!') {
                    return None;
                }
                crate::formula::parse_cell_name(&t)
            };
            if let Some(at) = before.and_then(tail).or_else(|| after.and_then(head)) {
                if !out.contains(&at) {
                    out.push(at);
                }
            }
        }
        i = end + 1;
        if i >= bytes.len() {
            break;
        }
    }
    out
}

/// A blank polarity cell that a formula branches on.
pub(super) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    by: (u32, u32),
    formula: &str,
) -> Finding {
    let cell = cell_name(row, col);
    let fcell = cell_name(by.0, by.1);
    Finding::new(
        RuleId::F804,
        sheet,
        row,
        col,
        msg!(FINDING, cell, formula_cell = &fcell, formula),
        msg!(FINDING_HELP, cell),
    )
    .found("(kosong / blank)")
    .expected("naik / turun")
}

#[cfg(test)]
mod tests {
    use super::polarity_tests;

    #[test]
    fn tests_found() {
        assert_eq!(
            polarity_tests("IF(D5=\"naik\",F5/E5*100,(2*E5-F5)/E5*100)"),
            vec![(4, 3)]
        );
        assert_eq!(polarity_tests("IF(\"Minimize\"=$C$7,1,2)"), vec![(6, 2)]);
        assert_eq!(polarity_tests("IF(D5<>\"turun\";1;2)"), vec![(4, 3)]);
        assert!(polarity_tests("IF(D5=\"ya\",1,2)").is_empty());
        assert!(polarity_tests("IF(Data!D5=\"naik\",1,2)").is_empty());
    }
}
