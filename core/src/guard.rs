//! What `fix` may change: the stage between the rules and the writers. A rule proposes a
//! correction ([`Fix`]) for a finding; here it is weighed against the workbook, so that a
//! corrected copy never becomes worse than its input:
//!
//! - a cell that holds a formula never gets a constant. Where the formulas of the same
//!   column around it, on rows of its polarity, agree on one pattern (`=F{r}/E{r}*100`;
//!   a negative indicator's row follows the negative rows), their results match rakit's
//!   recalculation, and the pattern reads this row's target and realisasi, the cell gets the
//!   pattern instead (a formula pointing at another row, or holding a typed number, is put
//!   right). Otherwise the finding stays, with no correction, and says why;
//! - a formula that follows its neighbours' pattern but gives another % than rakit's is not
//!   "corrected" either: the columns rakit read are then as doubtful as the formula.
//!
//! Tables whose % mostly disagree with the columns found are handled by the rules
//! (L701): their findings carry no correction.

use std::collections::{HashMap, HashSet};

use crate::formula::{references, relative_form, shift_formula, typed_operands};
use crate::i18n::Message;
use crate::model::SheetModel;
use crate::msg;
use crate::read::{cell_name, Sheet, Workbook};
use crate::rules::Finding;

crate::texts! {
    REWRITE = "guard.rewrite",
        "sel ini berisi rumus ={formula}, yang {why}; rakit fix menggantinya dengan pola baris lain ={new}",
        "this cell holds the formula ={formula}, which {why}; rakit fix replaces it with the other rows' pattern ={new}";
    SAME_AS_NEIGHBOURS = "guard.same_as_neighbours",
        "sel ini berisi rumus ={formula} yang sama polanya dengan baris lain: bila hasilnya salah, rumus kolom ini atau kolom yang dibaca rakit tidak sesuai; rakit tidak mengubah rumus",
        "this cell holds the formula ={formula}, the same pattern as the other rows: if its result is wrong, either this column's formula or the columns rakit read are not right; rakit does not change formulas";
    SAME_AS_NEIGHBOURS_HELP = "guard.same_as_neighbours.help",
        "Di Excel, periksa rumus {cell} dan kolom target/realisasi yang dirujuknya (rakit check --print-mapping menunjukkan kolom yang dibaca rakit).",
        "In Excel, check the formula of {cell} and the target/realisasi columns it refers to (rakit check --print-mapping shows the columns rakit read).";
    TEXT_COUNTED_ZERO = "guard.text_counted_zero",
        "sel ini berisi rumus ={formula} yang sama polanya dengan baris lain; hasilnya {result} karena {cells} diketik sebagai teks, bukan angka",
        "this cell holds the formula ={formula}, the same pattern as the other rows; its result is {result} because {cells} is typed as text, not as a number";
    TEXT_COUNTED_ZERO_HELP = "guard.text_counted_zero.help",
        "Di Excel, ketik ulang {cells} sebagai angka (tanpa titik ribuan, satuan atau kata), lalu rumus {cell} menghitung ulang.",
        "In Excel, type {cells} again as a number (without thousands dots, unit or words), and the formula of {cell} computes again.";
    KEEP_TEXT = "guard.keep_text",
        "sel ini berisi rumus ={formula}; hasilnya {result} karena {cells} diketik sebagai teks, bukan angka; rakit tidak menimpa rumus dengan angka",
        "this cell holds the formula ={formula}; its result is {result} because {cells} is typed as text, not as a number; rakit does not overwrite a formula with a number";
    UNREAD = "guard.unread",
        "sel ini berisi rumus yang teksnya tidak terbaca dari berkas ini; rakit tidak menimpa rumus dengan angka",
        "this cell holds a formula whose text cannot be read from this file; rakit does not overwrite a formula with a number";
    KEEP = "guard.keep",
        "sel ini berisi rumus ={formula}; rakit tidak menimpa rumus dengan angka",
        "this cell holds the formula ={formula}; rakit does not overwrite a formula with a number";
    KEEP_HELP = "guard.keep.help",
        "Di Excel, perbaiki rumus {cell} (atau data yang dirujuknya); rakit fix tidak mengubah sel ini.",
        "In Excel, correct the formula of {cell} (or the data it refers to); rakit fix leaves this cell as it is.";
    OTHER_ROW = "guard.other_row",
        "merujuk baris lain ({cells})",
        "points at another row ({cells})";
    TYPED_NUMBER = "guard.typed_number",
        "memuat angka yang diketik ({n}) di tempat rujukan sel",
        "holds a typed number ({n}) where a cell reference belongs";
    DIFFERS = "guard.differs",
        "berbeda dari rumus baris lain",
        "differs from the other rows' formula";
}

/// The target and realisasi cells a stated % is computed from.
#[derive(Debug, Clone, Copy)]
struct Basis {
    target_col: u32,
    realisasi_col: u32,
    /// the table's rows, inclusive
    rows: (u32, u32),
    /// lower is better: its formula is not the positive rows' pattern
    negative: bool,
}

/// Weighs every proposed correction against the cells of the workbook (see the module).
pub fn guard(wb: &Workbook, models: &[SheetModel], findings: &mut [Finding]) {
    if !findings.iter().any(|f| f.fix.is_some()) {
        return;
    }
    // cells whose stated % rakit found wrong: their formulas are no example to follow
    let proposed: HashSet<(String, u32, u32)> = findings
        .iter()
        .filter(|f| f.fix.is_some())
        .map(|f| (f.sheet.clone(), f.row, f.col))
        .collect();
    // the columns of every stated %, gathered at the first corrected cell holding a formula
    // (a workbook of typed figures never needs them)
    let mut basis = None;
    for f in findings.iter_mut() {
        if f.fix.is_none() {
            continue;
        }
        let Some(sheet) = wb.sheets.iter().find(|s| s.name == f.sheet) else {
            continue;
        };
        let Some(formula) = sheet.get(f.row, f.col).and_then(|c| c.formula.clone()) else {
            continue;
        };
        if &*formula == "?" {
            f.fix = None;
            f.message = f.message.clone().note(msg!(UNREAD));
            f.help = msg!(KEEP_HELP, cell = f.cell());
            continue;
        }
        let all = basis.get_or_insert_with(|| bases(models));
        let b = all.get(&(f.sheet.as_str(), f.row, f.col)).copied();
        // the cells typed as text that a result of 0, or of the text a formula gives in
        // place of an error (`=IFERROR(H7/H6*100,"-")`), comes from
        let result = sheet.get(f.row, f.col).and_then(|c| match &c.value {
            crate::read::Raw::Number(n) if n.is_zero() => Some("0".to_string()),
            crate::read::Raw::Text(t) => Some(format!("\"{t}\"")),
            _ => None,
        });
        let typed: Vec<String> = if result.is_some() {
            // those the formula reads
            let read: HashSet<String> = references(&formula)
                .into_iter()
                .filter(|r| r.sheet.is_none())
                .map(|r| cell_name(r.row, r.col))
                .collect();
            typed_inputs(models, &f.sheet, (f.row, f.col))
                .into_iter()
                .filter(|c| read.contains(c))
                .collect()
        } else {
            Vec::new()
        };
        match pattern_for(sheet, f, &formula, b, all, &proposed) {
            Verdict::Rewrite(new) => {
                let why = difference(&formula, &new, f.row);
                if let Some(fix) = f.fix.as_mut() {
                    fix.formula = Some(new.clone());
                    fix.text = None;
                }
                f.message = f.message.clone().note(msg!(REWRITE, formula, why, new));
            }
            // a result of 0 or `-` from figures typed as text: the text cells said
            v @ (Verdict::SameAsNeighbours | Verdict::Keep) if !typed.is_empty() => {
                let cells = typed.join(", ");
                let result = result.clone().unwrap_or_default();
                let note = if v == Verdict::SameAsNeighbours {
                    msg!(TEXT_COUNTED_ZERO, formula, result, cells = cells.clone())
                } else {
                    msg!(KEEP_TEXT, formula, result, cells = cells.clone())
                };
                f.fix = None;
                f.message = f.message.clone().note(note);
                f.help = msg!(TEXT_COUNTED_ZERO_HELP, cells, cell = f.cell());
            }
            Verdict::SameAsNeighbours => {
                f.fix = None;
                f.message = f.message.clone().note(msg!(SAME_AS_NEIGHBOURS, formula));
                f.help = msg!(SAME_AS_NEIGHBOURS_HELP, cell = f.cell());
            }
            Verdict::Keep => {
                f.fix = None;
                f.message = f.message.clone().note(msg!(KEEP, formula));
                f.help = msg!(KEEP_HELP, cell = f.cell());
            }
        }
    }
}

/// What may happen to a formula cell whose result rakit found wrong.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// the neighbours' pattern, moved to this cell
    Rewrite(String),
    /// the cell follows its neighbours' pattern already
    SameAsNeighbours,
    /// no pattern to follow with certainty
    Keep,
}

/// How many neighbours with a formula rakit looks at above and below.
const REACH: u32 = 12;

fn pattern_for(
    sheet: &Sheet,
    f: &Finding,
    formula: &str,
    basis: Option<Basis>,
    all: &HashMap<(&str, u32, u32), Basis>,
    proposed: &HashSet<(String, u32, u32)>,
) -> Verdict {
    let Some(b) = basis else {
        return Verdict::Keep;
    };
    // a neighbour of the same polarity: a negative indicator's % is no example for a
    // positive one's, nor the other way round
    let alike = |row: u32| {
        all.get(&(f.sheet.as_str(), row, f.col))
            .is_some_and(|n| n.negative == b.negative)
    };
    let own = relative_form(formula, f.row, f.col);
    // the formulas of the same column in the same table, nearest first
    let (first, last) = b.rows;
    let mut near: Vec<(u32, String, String)> = Vec::new();
    for row in first.max(f.row.saturating_sub(REACH))..=last.min(f.row.saturating_add(REACH)) {
        if row == f.row || !alike(row) {
            continue;
        }
        if let Some(fm) = sheet.get(row, f.col).and_then(|c| c.formula.as_deref()) {
            near.push((row, relative_form(fm, row, f.col), fm.to_string()));
        }
    }
    if near.is_empty() {
        return Verdict::Keep;
    }
    let mut tally: HashMap<&str, usize> = HashMap::new();
    for (_, form, _) in &near {
        *tally.entry(form.as_str()).or_default() += 1;
    }
    let Some((pattern, count)) = tally.into_iter().max_by_key(|(form, n)| (*n, *form)) else {
        return Verdict::Keep;
    };
    // a pattern is the column's when at least two rows and most of them follow it
    if count < 2 || count * 10 < near.len() * 6 {
        return Verdict::Keep;
    }
    if own == pattern {
        return Verdict::SameAsNeighbours;
    }
    // the rows following the pattern whose % rakit found right
    let mut agreeing = near
        .iter()
        .filter(|(row, form, _)| {
            form == pattern && !proposed.contains(&(f.sheet.clone(), *row, f.col))
        })
        .collect::<Vec<_>>();
    if agreeing.len() < 2 {
        return Verdict::Keep;
    }
    agreeing.sort_by_key(|(row, _, _)| row.abs_diff(f.row));
    let (row, _, example) = agreeing[0];
    let new = shift_formula(example, f.row as i64 - *row as i64, 0);
    // the pattern must read this row's target and realisasi, as rakit did
    let same_row: HashSet<u32> = references(&new)
        .into_iter()
        .filter(|r| r.sheet.is_none() && r.row == f.row)
        .map(|r| r.col)
        .collect();
    if !same_row.contains(&b.target_col) || !same_row.contains(&b.realisasi_col) {
        return Verdict::Keep;
    }
    Verdict::Rewrite(new)
}

/// Every stated % cell with the columns of its target and realisasi.
fn bases(models: &[SheetModel]) -> HashMap<(&str, u32, u32), Basis> {
    let mut out = HashMap::new();
    for sm in models {
        let rows_of = |row: u32| {
            sm.tables
                .iter()
                .find(|t| t.first_row <= row && row <= t.last_row)
                .map(|t| (t.first_row, t.last_row))
        };
        for c in sm.checks() {
            let Some(rows) = rows_of(c.stated.row) else {
                continue;
            };
            out.insert(
                (sm.name.as_str(), c.stated.row, c.stated.col),
                Basis {
                    target_col: c.target.col,
                    realisasi_col: c.realisasi.col,
                    rows,
                    negative: c.polaritas == crate::model::Polaritas::Negatif,
                },
            );
        }
    }
    out
}

/// The target and realisasi cells of the stated % at `at` whose figures are typed as text
/// (`11.000` in a text cell, `27,5 ribu`, `18 unit`).
fn typed_inputs(models: &[SheetModel], sheet: &str, at: (u32, u32)) -> Vec<String> {
    models
        .iter()
        .filter(|sm| sm.name == sheet)
        .flat_map(|sm| sm.checks())
        .find(|c| (c.stated.row, c.stated.col) == at)
        .map(|c| {
            [c.target, c.realisasi]
                .iter()
                // a figure written as text: not a dash (none) nor words
                .filter(|f| f.typed && f.reading.quantity().is_some())
                .map(|f| cell_name(f.row, f.col))
                .collect()
        })
        .unwrap_or_default()
}

/// What sets a formula apart from its neighbours' pattern, in words.
fn difference(formula: &str, pattern: &str, row: u32) -> Message {
    let other_rows: Vec<String> = references(formula)
        .into_iter()
        .filter(|r| r.sheet.is_none() && r.row != row)
        .map(|r| cell_name(r.row, r.col))
        .collect();
    let pattern_other = references(pattern)
        .iter()
        .any(|r| r.sheet.is_none() && r.row != row);
    if !other_rows.is_empty() && !pattern_other {
        let cells = other_rows.join(", ");
        return msg!(OTHER_ROW, cells);
    }
    let constants = typed_operands(formula);
    if !constants.is_empty() && typed_operands(pattern).is_empty() {
        let n = constants.join(", ");
        return msg!(TYPED_NUMBER, n);
    }
    msg!(DIFFERS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_in_words() {
        assert!(difference("F12/E13*100", "F13/E13*100", 12)
            .render(crate::i18n::Lang::En)
            .contains("another row (F12)"));
        assert!(difference("120/E14*100", "F14/E14*100", 13)
            .render(crate::i18n::Lang::En)
            .contains("typed number (120)"));
        assert!(difference("F14/E14", "F14/E14*100", 13)
            .render(crate::i18n::Lang::En)
            .contains("differs"));
    }
}
