//! Formulas a file stored without their results. Excel and LibreOffice keep every formula's
//! last result beside it, and rakit reads that result; a workbook written by a program that
//! does not calculate (a web application's export, openpyxl, PhpSpreadsheet with
//! pre-calculation off) holds the formula alone, and Excel computes it only when the file is
//! opened. Such a cell would read as empty: a `=F4/E4*100` taken for a % capaian never
//! filled in, and a corrected copy would write a number over the formula.
//!
//! Here those formulas are computed as Excel does, in doubles: arithmetic (`+ - * / ^ & %`),
//! comparisons, references and ranges on any sheet of the workbook, and the functions tables
//! like these use (SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, ROUND, ROUNDUP, ROUNDDOWN, ABS,
//! INT, MOD, IF, IFERROR, AND, OR, NOT, ISBLANK, ISNUMBER, ISERROR, VLOOKUP with an exact
//! match, SUMIF and COUNTIF without wildcards). A formula that needs anything else (another
//! function, a defined name, a whole column, a date) stays without a value, and the sheet's
//! [`Sheet::unstored`] says which cells were computed and which could not be.
//!
//! ```
//! use rakit_core::read::compute::evaluate_alone;
//! assert_eq!(evaluate_alone("ROUND(38/40*100,2)"), Some(95.0));
//! assert_eq!(evaluate_alone("IFERROR(1/0,0)"), Some(0.0));
//! assert_eq!(evaluate_alone("INDEX(A1:B2,1,2)"), None);
//! ```

use std::collections::HashMap;

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, RoundingStrategy};

use super::{decimal_from_f64, Raw, Sheet};

/// A cell whose formula the file stored without its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unstored {
    pub row: u32,
    pub col: u32,
    /// rakit computed its value (else it stays without one)
    pub computed: bool,
}

/// The most cells and operations one workbook's missing results may cost: past it the rest
/// stay without a value (a hostile file cannot make rakit compute for ever).
const BUDGET: u64 = 5_000_000;
/// How deep formulas may wait on other formulas without results (a cell's formula computed
/// while another's waits on it; cells are computed in order, so a running total down a
/// column waits on one cell only).
const MAX_DEPTH: u32 = 32;
/// How deep one formula may nest (brackets, functions, signs).
const MAX_NESTING: u32 = 32;
/// The longest formula rakit parses (Excel's own limit is 8,192 characters).
const MAX_FORMULA: usize = 8_192;

#[derive(Debug, Clone, PartialEq)]
enum V {
    Num(f64),
    Text(String),
    Bool(bool),
    Err(&'static str),
    Blank,
}

const DIV0: &str = "#DIV/0!";
const VALUE: &str = "#VALUE!";
const NUM: &str = "#NUM!";
const NA: &str = "#N/A";
const REF: &str = "#REF!";
const NAME: &str = "#NAME?";
const NULL: &str = "#NULL!";

fn error_value(text: &str) -> &'static str {
    match text.trim() {
        DIV0 => DIV0,
        NUM => NUM,
        NA => NA,
        REF => REF,
        NAME => NAME,
        NULL => NULL,
        _ => VALUE,
    }
}

/// Computes the formulas of every sheet that the file stored without a result (a cell with
/// a formula and an empty value), and records them in each sheet's `unstored`.
pub(crate) fn fill(sheets: &mut [Sheet]) {
    let pending: Vec<(usize, u32, u32)> = sheets
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.cells
                .iter()
                .filter(|c| c.formula.is_some() && matches!(c.value, Raw::Empty))
                .map(move |c| (si, c.row, c.col))
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    let mut book = Book::of(sheets);
    for &(si, row, col) in &pending {
        book.cell(si, row, col, 0);
    }
    let results = std::mem::take(&mut book.memo);
    for (si, row, col) in pending {
        let value = match results.get(&(si, row, col)) {
            Some(Slot::Done(Some(v))) => raw_of(v),
            _ => None,
        };
        let sheet = &mut sheets[si];
        let computed = value.is_some();
        if let Some(v) = value {
            if let Some(i) = sheet.index_of(row, col) {
                sheet.cells[i].value = v;
            }
        }
        sheet.unstored.push(Unstored { row, col, computed });
    }
}

/// Gives an .xls's formulas whose result is a text the text, where the file stored the number
/// 0 for them: LibreOffice saves a text result of a number-formatted formula in an .xls as 0,
/// and Excel and LibreOffice show the text once they calculate the file (a realisasi `=H5`
/// over a TW IV typed `74,2 %`; `=IFERROR(J11/E11*100,"-")` over a target typed `95-97`).
/// The formula is computed as [`fill`] computes one; a formula that computes a number, or
/// that rakit cannot compute, keeps its stored result.
pub(crate) fn texts_stored_as_zero(sheets: &mut [Sheet]) {
    let pending: Vec<(usize, u32, u32, std::sync::Arc<str>)> = sheets
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.cells.iter().filter_map(move |c| {
                let f = c.formula.clone().filter(|f| &**f != "?")?;
                matches!(&c.value, Raw::Number(d) if d.is_zero()).then_some((si, c.row, c.col, f))
            })
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    let mut book = Book::of(sheets);
    let mut found = Vec::new();
    for (si, row, col, f) in pending {
        let Some(expr) = parse(&f, &book.names) else {
            continue;
        };
        if let Some(V::Text(t)) = book.eval(&expr, si, 1) {
            if !t.trim().is_empty() {
                found.push((si, row, col, t));
            }
        }
    }
    for (si, row, col, t) in found {
        let sheet = &mut sheets[si];
        if let Some(i) = sheet.index_of(row, col) {
            sheet.cells[i].value = Raw::Text(t.as_str().into());
        }
    }
}

/// A result as the cell would keep it: a number as the double Excel would store, read the
/// way every stored double is read.
fn raw_of(v: &V) -> Option<Raw> {
    Some(match v {
        V::Num(n) => Raw::Number(decimal_from_f64(*n)?),
        V::Text(t) => Raw::Text(t.as_str().into()),
        V::Bool(b) => Raw::Bool(*b),
        V::Err(e) => Raw::Error((*e).into()),
        // a formula that refers to an empty cell shows 0
        V::Blank => Raw::Number(Decimal::ZERO),
    })
}

/// A formula computed on its own, with no workbook around it (references read as empty
/// cells): for the examples and tests. `None` when the result is not a number or rakit
/// cannot compute it.
pub fn evaluate_alone(formula: &str) -> Option<f64> {
    let mut sheets = vec![Sheet::new(String::new(), Vec::new(), Vec::new())];
    let mut book = Book {
        sheets: &mut sheets,
        names: HashMap::new(),
        memo: HashMap::new(),
        budget: BUDGET,
    };
    let expr = parse(formula, &book.names)?;
    match book.eval(&expr, 0, 0)? {
        V::Num(n) => Some(n),
        _ => None,
    }
}

enum Slot {
    Busy,
    Done(Option<V>),
}

struct Book<'a> {
    sheets: &'a mut [Sheet],
    names: HashMap<String, usize>,
    memo: HashMap<(usize, u32, u32), Slot>,
    budget: u64,
}

impl<'a> Book<'a> {
    /// A workbook's sheets to compute on, each found by its name in any case.
    fn of(sheets: &'a mut [Sheet]) -> Book<'a> {
        let names = sheets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.to_lowercase(), i))
            .collect();
        Book {
            sheets,
            names,
            memo: HashMap::new(),
            budget: BUDGET,
        }
    }

    fn spend(&mut self, n: u64) -> Option<()> {
        self.budget = self.budget.checked_sub(n)?;
        Some(())
    }

    /// The last row of `row1..=row2` that a sheet fills, once the walk over its rows is paid
    /// for (`cols` cells a row): every row costs, filled or not, so that a thousand
    /// `SUM(A1:A1048576)` over a sheet with one far cell cannot walk a billion rows.
    fn walk(&mut self, sheet: usize, row1: u32, row2: u32, cols: u32) -> Option<u32> {
        let last = self.sheets.get(sheet)?.last_row().unwrap_or(0).min(row2);
        self.spend((u64::from(last.saturating_sub(row1)) + 1) * u64::from(cols))?;
        Some(last)
    }

    /// A cell's value: stored, computed here, or `None` when it cannot be known.
    fn cell(&mut self, si: usize, row: u32, col: u32, depth: u32) -> Option<V> {
        self.spend(1)?;
        let sheet = self.sheets.get(si)?;
        let Some(cell) = sheet.get(row, col) else {
            return Some(V::Blank);
        };
        let formula = match (&cell.value, &cell.formula) {
            (Raw::Empty, Some(f)) => f.clone(),
            (value, _) => return stored(value),
        };
        match self.memo.get(&(si, row, col)) {
            Some(Slot::Done(v)) => return v.clone(),
            // a formula that waits on itself: Excel reports a circular reference
            Some(Slot::Busy) => return None,
            None => {}
        }
        if depth > MAX_DEPTH {
            return None;
        }
        self.memo.insert((si, row, col), Slot::Busy);
        let result = parse(&formula, &self.names).and_then(|expr| {
            self.eval(&expr, si, depth + 1).map(|v| match v {
                V::Num(n) if !n.is_finite() => V::Err(NUM),
                v => v,
            })
        });
        self.memo.insert((si, row, col), Slot::Done(result.clone()));
        result
    }

    fn eval(&mut self, e: &Expr, si: usize, depth: u32) -> Option<V> {
        self.spend(1)?;
        Some(match e {
            Expr::Num(n) => V::Num(*n),
            Expr::Text(t) => V::Text(t.clone()),
            Expr::Bool(b) => V::Bool(*b),
            Expr::Err(e) => V::Err(e),
            Expr::Missing => V::Blank,
            Expr::Ref(r) => self.cell(r.sheet.unwrap_or(si), r.row, r.col, depth)?,
            // a range where one value belongs (Excel's implicit intersection): not computed
            Expr::Range(..) => return None,
            Expr::Neg(x) => match number(self.eval(x, si, depth)?) {
                Ok(n) => V::Num(-n),
                Err(e) => V::Err(e),
            },
            Expr::Percent(x) => match number(self.eval(x, si, depth)?) {
                Ok(n) => V::Num(n / 100.0),
                Err(e) => V::Err(e),
            },
            Expr::Chain(first, rest) => {
                let mut acc = self.eval(first, si, depth)?;
                for (op, e) in rest {
                    let b = self.eval(e, si, depth)?;
                    acc = binary(*op, acc, b);
                }
                acc
            }
            Expr::Call(name, args) => self.call(name, args, si, depth)?,
        })
    }

    /// The values an argument gives a function that takes many: a range's cells (`None`
    /// for each that cannot be known makes the whole unknown) or one value, flagged as
    /// coming from a range or not.
    fn values(&mut self, e: &Expr, si: usize, depth: u32) -> Option<Vec<(V, bool)>> {
        match e {
            Expr::Range(r) => {
                let sheet_index = r.sheet.unwrap_or(si);
                let last = self.walk(sheet_index, r.row1, r.row2, 1)?;
                let sheet = self.sheets.get(sheet_index)?;
                let mut positions = Vec::new();
                for row in r.row1..=last {
                    for c in sheet.row(row) {
                        if c.col >= r.col1 && c.col <= r.col2 {
                            positions.push((row, c.col));
                        }
                    }
                }
                self.spend(positions.len() as u64)?;
                let mut out = Vec::with_capacity(positions.len());
                for (row, col) in positions {
                    out.push((self.cell(sheet_index, row, col, depth)?, true));
                }
                Some(out)
            }
            other => Some(vec![(self.eval(other, si, depth)?, false)]),
        }
    }

    fn call(&mut self, name: &str, args: &[Expr], si: usize, depth: u32) -> Option<V> {
        let name = name.strip_prefix("_XLFN.").unwrap_or(name);
        let arg = |i: usize| args.get(i);
        match name {
            "SUM" | "AVERAGE" | "MIN" | "MAX" | "COUNT" | "COUNTA" => {
                let mut numbers = Vec::new();
                let mut counta = 0usize;
                for a in args {
                    for (v, in_range) in self.values(a, si, depth)? {
                        if !matches!(v, V::Blank) {
                            counta += 1;
                        }
                        match v {
                            V::Err(e) if name != "COUNT" && name != "COUNTA" => {
                                return Some(V::Err(e))
                            }
                            V::Num(n) => numbers.push(n),
                            // typed arguments count as numbers; cells in a range do not
                            V::Bool(b) if !in_range => numbers.push(if b { 1.0 } else { 0.0 }),
                            V::Text(t) if !in_range && name != "COUNTA" => match text_number(&t) {
                                Some(n) => numbers.push(n),
                                None if name == "COUNT" => {}
                                None => return Some(V::Err(VALUE)),
                            },
                            _ => {}
                        }
                    }
                }
                Some(match name {
                    "SUM" => V::Num(numbers.iter().sum()),
                    "AVERAGE" if numbers.is_empty() => V::Err(DIV0),
                    "AVERAGE" => V::Num(numbers.iter().sum::<f64>() / numbers.len() as f64),
                    "MIN" => V::Num(numbers.iter().copied().reduce(f64::min).unwrap_or(0.0)),
                    "MAX" => V::Num(numbers.iter().copied().reduce(f64::max).unwrap_or(0.0)),
                    "COUNT" => V::Num(numbers.len() as f64),
                    _ => V::Num(counta as f64),
                })
            }
            "ROUND" | "ROUNDUP" | "ROUNDDOWN" => {
                let x = self.number_arg(arg(0)?, si, depth)?;
                let places = match arg(1) {
                    Some(a) => self.number_arg(a, si, depth)?,
                    None => Ok(0.0),
                };
                Some(match (x, places) {
                    (Ok(x), Ok(p)) => round(x, p, name),
                    (Err(e), _) | (_, Err(e)) => V::Err(e),
                })
            }
            "ABS" | "INT" => {
                let x = self.number_arg(arg(0)?, si, depth)?;
                Some(match x {
                    Ok(x) if name == "ABS" => V::Num(x.abs()),
                    Ok(x) => V::Num(x.floor()),
                    Err(e) => V::Err(e),
                })
            }
            "MOD" => {
                let a = self.number_arg(arg(0)?, si, depth)?;
                let b = self.number_arg(arg(1)?, si, depth)?;
                Some(match (a, b) {
                    (Ok(_), Ok(0.0)) => V::Err(DIV0),
                    (Ok(a), Ok(b)) => V::Num(a - b * (a / b).floor()),
                    (Err(e), _) | (_, Err(e)) => V::Err(e),
                })
            }
            "IF" => {
                let cond = self.eval(arg(0)?, si, depth)?;
                match truth(&cond) {
                    Err(e) => Some(V::Err(e)),
                    Ok(true) => match arg(1) {
                        Some(a) => self.eval(a, si, depth).map(missing_is_zero),
                        None => Some(V::Bool(true)),
                    },
                    Ok(false) => match arg(2) {
                        Some(a) => self.eval(a, si, depth).map(missing_is_zero),
                        None => Some(V::Bool(false)),
                    },
                }
            }
            "IFERROR" => match self.eval(arg(0)?, si, depth)? {
                V::Err(_) => self.eval(arg(1)?, si, depth).map(missing_is_zero),
                v => Some(v),
            },
            "AND" | "OR" => {
                let mut all = true;
                let mut any = false;
                for a in args {
                    for (v, in_range) in self.values(a, si, depth)? {
                        if in_range && matches!(v, V::Text(_) | V::Blank) {
                            continue;
                        }
                        match truth(&v) {
                            Ok(t) => {
                                all &= t;
                                any |= t;
                            }
                            Err(e) => return Some(V::Err(e)),
                        }
                    }
                }
                Some(V::Bool(if name == "AND" { all } else { any }))
            }
            // a number as it is, a truth value as 1 or 0, text and a blank as 0 (a cell's
            // `1.420` typed as text counts 0: `=IF(N(E7)=0,0,N(F7)/N(E7)*100)` gives 0)
            "N" => Some(match self.eval(arg(0)?, si, depth)? {
                V::Num(n) => V::Num(n),
                V::Bool(b) => V::Num(if b { 1.0 } else { 0.0 }),
                V::Err(e) => V::Err(e),
                _ => V::Num(0.0),
            }),
            "NOT" => Some(match truth(&self.eval(arg(0)?, si, depth)?) {
                Ok(t) => V::Bool(!t),
                Err(e) => V::Err(e),
            }),
            "VLOOKUP" => {
                let Expr::Range(table) = arg(1)? else {
                    return None;
                };
                let key = self.eval(arg(0)?, si, depth)?;
                let column = match number(self.eval(arg(2)?, si, depth)?) {
                    Ok(n) if n >= 1.0 => n as u32 - 1,
                    Ok(_) => return Some(V::Err(VALUE)),
                    Err(e) => return Some(V::Err(e)),
                };
                let exact = match arg(3) {
                    Some(a) => !truth(&self.eval(a, si, depth)?).ok()?,
                    None => false,
                };
                // approximate matching assumes a sorted first column: not computed
                if !exact || column > table.col2 - table.col1 || wildcard(&key) {
                    return None;
                }
                let sheet = table.sheet.unwrap_or(si);
                let last = self.walk(sheet, table.row1, table.row2, 1)?;
                for row in table.row1..=last {
                    let v = self.cell(sheet, row, table.col1, depth)?;
                    if !matches!(v, V::Blank) && compare(&v, &key) == std::cmp::Ordering::Equal {
                        return self.cell(sheet, row, table.col1 + column, depth);
                    }
                }
                Some(V::Err(NA))
            }
            "SUMIF" | "COUNTIF" => {
                let Expr::Range(range) = arg(0)? else {
                    return None;
                };
                let criterion = self.eval(arg(1)?, si, depth)?;
                let (op, wanted) = criterion_of(&criterion)?;
                let summed = match arg(2) {
                    Some(Expr::Range(r)) if name == "SUMIF" => *r,
                    Some(_) => return None,
                    None => *range,
                };
                let sheet = range.sheet.unwrap_or(si);
                let last = self.walk(sheet, range.row1, range.row2, range.col2 - range.col1 + 1)?;
                let (mut sum, mut count) = (0.0, 0usize);
                for row in range.row1..=last {
                    for col in range.col1..=range.col2 {
                        let v = self.cell(sheet, row, col, depth)?;
                        if !meets(&v, op, &wanted) {
                            continue;
                        }
                        count += 1;
                        if name == "SUMIF" {
                            let at = (
                                summed.sheet.unwrap_or(si),
                                summed.row1 + (row - range.row1),
                                summed.col1 + (col - range.col1),
                            );
                            if let V::Num(n) = self.cell(at.0, at.1, at.2, depth)? {
                                sum += n;
                            }
                        }
                    }
                }
                Some(V::Num(if name == "SUMIF" { sum } else { count as f64 }))
            }
            "ISBLANK" | "ISNUMBER" | "ISERROR" => {
                let v = self.eval(arg(0)?, si, depth)?;
                Some(V::Bool(match name {
                    "ISBLANK" => matches!(v, V::Blank),
                    "ISNUMBER" => matches!(v, V::Num(_)),
                    _ => matches!(v, V::Err(_)),
                }))
            }
            _ => None,
        }
    }

    fn number_arg(&mut self, e: &Expr, si: usize, depth: u32) -> Option<Result<f64, &'static str>> {
        Some(number(self.eval(e, si, depth)?))
    }
}

/// A lookup or criterion with Excel's wildcards (`*`, `?`), which rakit does not match.
fn wildcard(v: &V) -> bool {
    matches!(v, V::Text(t) if t.contains(['*', '?', '~']))
}

/// A SUMIF / COUNTIF criterion: `">=90"`, `"<>"`, `"Tinggi"`, `5`: its comparison and
/// value (`None` for wildcards).
fn criterion_of(c: &V) -> Option<(Op, V)> {
    let V::Text(t) = c else {
        return Some((Op::Eq, c.clone()));
    };
    let (op, rest) = [
        ("<>", Op::Ne),
        ("<=", Op::Le),
        (">=", Op::Ge),
        ("=", Op::Eq),
        ("<", Op::Lt),
        (">", Op::Gt),
    ]
    .iter()
    .find_map(|(p, op)| t.strip_prefix(p).map(|r| (*op, r)))
    .unwrap_or((Op::Eq, t.as_str()));
    let wanted = match text_number(rest) {
        Some(n) => V::Num(n),
        None if rest.is_empty() => V::Blank,
        None => V::Text(rest.to_string()),
    };
    if wildcard(&wanted) {
        return None;
    }
    Some((op, wanted))
}

/// Whether a cell meets a SUMIF / COUNTIF criterion: numbers against numbers, text
/// against text (case-insensitive); `"<>"` takes every cell that is not empty.
fn meets(v: &V, op: Op, wanted: &V) -> bool {
    use std::cmp::Ordering::*;
    let comparable = matches!(
        (v, wanted),
        (V::Num(_), V::Num(_)) | (V::Text(_), V::Text(_)) | (V::Bool(_), V::Bool(_))
    );
    match (op, wanted) {
        (Op::Eq, V::Blank) => matches!(v, V::Blank) || matches!(v, V::Text(t) if t.is_empty()),
        (Op::Ne, V::Blank) => !matches!(v, V::Blank),
        (Op::Ne, _) => !comparable || compare(v, wanted) != Equal,
        _ if !comparable => false,
        (Op::Eq, _) => compare(v, wanted) == Equal,
        (Op::Lt, _) => compare(v, wanted) == Less,
        (Op::Gt, _) => compare(v, wanted) == Greater,
        (Op::Le, _) => compare(v, wanted) != Greater,
        (Op::Ge, _) => compare(v, wanted) != Less,
        _ => false,
    }
}

/// A branch of IF left out (`IF(A1,,2)`) gives 0.
fn missing_is_zero(v: V) -> V {
    match v {
        V::Blank => V::Num(0.0),
        v => v,
    }
}

fn stored(value: &Raw) -> Option<V> {
    Some(match value {
        Raw::Empty => V::Blank,
        Raw::Number(d) => V::Num(d.to_f64()?),
        Raw::Text(t) => V::Text(t.to_string()),
        Raw::Bool(b) => V::Bool(*b),
        Raw::Error(e) => V::Err(error_value(e)),
        // Excel holds a date as a serial number, which rakit does not keep
        Raw::Date(_) => return None,
    })
}

/// A value in arithmetic, as Excel takes it: empty is 0, TRUE is 1, text that reads as a
/// number is that number.
fn number(v: V) -> Result<f64, &'static str> {
    match v {
        V::Num(n) => Ok(n),
        V::Blank => Ok(0.0),
        V::Bool(b) => Ok(if b { 1.0 } else { 0.0 }),
        V::Text(t) => text_number(&t).ok_or(VALUE),
        V::Err(e) => Err(e),
    }
}

fn text_number(t: &str) -> Option<f64> {
    let t = t.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(p) = t.strip_suffix('%') {
        return p.trim().parse::<f64>().ok().map(|n| n / 100.0);
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn truth(v: &V) -> Result<bool, &'static str> {
    match v {
        V::Bool(b) => Ok(*b),
        V::Num(n) => Ok(*n != 0.0),
        V::Blank => Ok(false),
        V::Text(t) => match t.trim().to_ascii_uppercase().as_str() {
            "TRUE" => Ok(true),
            "FALSE" => Ok(false),
            _ => Err(VALUE),
        },
        V::Err(e) => Err(e),
    }
}

/// ROUND, ROUNDUP and ROUNDDOWN on the decimal the double stands for, as Excel rounds:
/// halves away from zero.
fn round(x: f64, places: f64, how: &str) -> V {
    let places = places.trunc();
    if !(-15.0..=15.0).contains(&places) {
        return V::Num(x);
    }
    let Some(d) = decimal_from_f64(x) else {
        return V::Err(NUM);
    };
    let strategy = match how {
        "ROUNDUP" => RoundingStrategy::AwayFromZero,
        "ROUNDDOWN" => RoundingStrategy::ToZero,
        _ => RoundingStrategy::MidpointAwayFromZero,
    };
    let rounded = if places >= 0.0 {
        d.round_dp_with_strategy(places as u32, strategy)
    } else {
        let Some(scale) = Decimal::from_f64(10f64.powi(-places as i32)) else {
            return V::Err(NUM);
        };
        match d.checked_div(scale) {
            Some(q) => q.round_dp_with_strategy(0, strategy) * scale,
            None => return V::Err(NUM),
        }
    };
    match rounded.to_f64() {
        Some(n) => V::Num(n),
        None => V::Err(NUM),
    }
}

fn binary(op: Op, a: V, b: V) -> V {
    if let V::Err(e) = a {
        return V::Err(e);
    }
    if let V::Err(e) = b {
        return V::Err(e);
    }
    match op {
        Op::Concat => V::Text(format!("{}{}", text_of(&a), text_of(&b))),
        Op::Eq | Op::Ne | Op::Lt | Op::Gt | Op::Le | Op::Ge => {
            let ord = compare(&a, &b);
            V::Bool(match op {
                Op::Eq => ord == std::cmp::Ordering::Equal,
                Op::Ne => ord != std::cmp::Ordering::Equal,
                Op::Lt => ord == std::cmp::Ordering::Less,
                Op::Gt => ord == std::cmp::Ordering::Greater,
                Op::Le => ord != std::cmp::Ordering::Greater,
                _ => ord != std::cmp::Ordering::Less,
            })
        }
        _ => {
            let (x, y) = match (number(a), number(b)) {
                (Ok(x), Ok(y)) => (x, y),
                (Err(e), _) | (_, Err(e)) => return V::Err(e),
            };
            let n = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div if y == 0.0 => return V::Err(DIV0),
                Op::Div => x / y,
                _ => x.powf(y),
            };
            if n.is_finite() {
                V::Num(n)
            } else {
                V::Err(NUM)
            }
        }
    }
}

/// A value as `&` joins it: a number as Excel writes it in General format.
fn text_of(v: &V) -> String {
    match v {
        V::Num(n) => decimal_from_f64(*n)
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        V::Text(t) => t.clone(),
        V::Bool(true) => "TRUE".into(),
        V::Bool(false) => "FALSE".into(),
        V::Err(e) => (*e).into(),
        V::Blank => String::new(),
    }
}

/// Excel's order of values in comparisons: numbers, then text (case-insensitive), then
/// logical values; an empty cell is 0 or the empty text, whichever it meets.
fn compare(a: &V, b: &V) -> std::cmp::Ordering {
    fn rank(v: &V) -> u8 {
        match v {
            V::Num(_) | V::Blank => 0,
            V::Text(_) => 1,
            _ => 2,
        }
    }
    let blank_as = |v: &V, other: &V| match (v, other) {
        (V::Blank, V::Text(_)) => V::Text(String::new()),
        (V::Blank, V::Bool(_)) => V::Bool(false),
        (V::Blank, _) => V::Num(0.0),
        (v, _) => v.clone(),
    };
    let (a, b) = (blank_as(a, b), blank_as(b, a));
    match (&a, &b) {
        (V::Num(x), V::Num(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
        (V::Text(x), V::Text(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        (V::Bool(x), V::Bool(y)) => x.cmp(y),
        _ => rank(&a).cmp(&rank(&b)),
    }
}

// ---------------------------------------------------------------------------------------
// Parsing

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Concat,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

#[derive(Debug, Clone, Copy)]
struct CellRef {
    sheet: Option<usize>,
    row: u32,
    col: u32,
}

#[derive(Debug, Clone, Copy)]
struct RangeRef {
    sheet: Option<usize>,
    row1: u32,
    col1: u32,
    row2: u32,
    col2: u32,
}

#[derive(Debug, Clone)]
enum Expr {
    Num(f64),
    Text(String),
    Bool(bool),
    Err(&'static str),
    Missing,
    Ref(CellRef),
    Range(RangeRef),
    Neg(Box<Expr>),
    Percent(Box<Expr>),
    /// operands of one precedence left to right (`A1+A2-A3`)
    Chain(Box<Expr>, Vec<(Op, Expr)>),
    Call(String, Vec<Expr>),
}

/// A formula (without its `=`) as an expression; `None` for anything rakit does not
/// compute (a defined name, a whole column, an array, another workbook).
fn parse(formula: &str, names: &HashMap<String, usize>) -> Option<Expr> {
    if formula.len() > MAX_FORMULA {
        return None;
    }
    let mut p = Parser {
        s: formula.trim().trim_start_matches('=').chars().collect(),
        i: 0,
        names,
        depth: 0,
    };
    let e = p.comparison()?;
    p.skip_space();
    (p.i == p.s.len()).then_some(e)
}

struct Parser<'a> {
    s: Vec<char>,
    i: usize,
    names: &'a HashMap<String, usize>,
    depth: u32,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.i += 1;
        }
    }

    fn eat(&mut self, text: &str) -> bool {
        self.skip_space();
        let n = text.chars().count();
        if self.s.len() >= self.i + n && self.s[self.i..self.i + n].iter().copied().eq(text.chars())
        {
            self.i += n;
            true
        } else {
            false
        }
    }

    fn comparison(&mut self) -> Option<Expr> {
        self.chain(
            &[
                ("<>", Op::Ne),
                ("<=", Op::Le),
                (">=", Op::Ge),
                ("=", Op::Eq),
                ("<", Op::Lt),
                (">", Op::Gt),
            ],
            Self::concat,
        )
    }

    fn concat(&mut self) -> Option<Expr> {
        self.chain(&[("&", Op::Concat)], Self::additive)
    }

    fn additive(&mut self) -> Option<Expr> {
        self.chain(&[("+", Op::Add), ("-", Op::Sub)], Self::multiplicative)
    }

    fn multiplicative(&mut self) -> Option<Expr> {
        self.chain(&[("*", Op::Mul), ("/", Op::Div)], Self::power)
    }

    /// Operands joined by operators of one precedence, left to right, kept as one list:
    /// a sum of a hundred cells is one level deep, not a hundred.
    fn chain(
        &mut self,
        ops: &[(&str, Op)],
        operand: fn(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        let first = operand(self)?;
        let mut rest = Vec::new();
        'more: loop {
            for (text, op) in ops {
                if self.eat(text) {
                    rest.push((*op, operand(self)?));
                    continue 'more;
                }
            }
            break;
        }
        Some(if rest.is_empty() {
            first
        } else {
            Expr::Chain(Box::new(first), rest)
        })
    }

    /// Excel's `^` goes left to right (`2^3^2` is 64).
    fn power(&mut self) -> Option<Expr> {
        self.chain(&[("^", Op::Pow)], Self::unary)
    }

    /// Excel's unary minus binds tighter than `^` (`-2^2` is 4), and `%` tighter still.
    fn unary(&mut self) -> Option<Expr> {
        if self.eat("-") {
            self.enter()?;
            let e = Expr::Neg(Box::new(self.unary()?));
            self.depth -= 1;
            return Some(e);
        }
        if self.eat("+") {
            return self.unary();
        }
        let mut e = self.primary()?;
        while self.eat("%") {
            self.enter()?;
            e = Expr::Percent(Box::new(e));
        }
        Some(e)
    }

    /// One level deeper into the expression: nesting past [`MAX_NESTING`] is not computed.
    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_NESTING).then_some(())
    }

    fn primary(&mut self) -> Option<Expr> {
        self.enter()?;
        self.skip_space();
        let c = self.peek()?;
        let e = if c == '(' {
            self.i += 1;
            let e = self.comparison()?;
            if !self.eat(")") {
                return None;
            }
            e
        } else if c == '"' {
            Expr::Text(self.string()?)
        } else if c.is_ascii_digit() || c == '.' {
            Expr::Num(self.number()?)
        } else if c == '#' {
            self.error_literal()?
        } else {
            self.name_or_ref()?
        };
        self.depth -= 1;
        Some(e)
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            self.i += 1;
            if c == '"' {
                if self.peek() == Some('"') {
                    out.push('"');
                    self.i += 1;
                } else {
                    return Some(out);
                }
            } else {
                out.push(c);
            }
        }
    }

    fn number(&mut self) -> Option<f64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
            self.i += 1;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.i;
            self.i += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.i += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
            } else {
                self.i = save;
            }
        }
        let text: String = self.s[start..self.i].iter().collect();
        text.parse().ok()
    }

    fn error_literal(&mut self) -> Option<Expr> {
        for e in [DIV0, VALUE, NUM, NA, REF, NAME, NULL] {
            if self.eat(e) {
                return Some(Expr::Err(e));
            }
        }
        None
    }

    /// A function call, TRUE / FALSE, or a reference (`A1`, `$B$2`, `Sheet1!A1`,
    /// `'TW I'!A1:B3`).
    fn name_or_ref(&mut self) -> Option<Expr> {
        let mut sheet = None;
        if self.peek() == Some('\'') {
            let mut name = String::new();
            self.i += 1;
            loop {
                let c = self.peek()?;
                self.i += 1;
                if c == '\'' {
                    if self.peek() == Some('\'') {
                        name.push('\'');
                        self.i += 1;
                    } else {
                        break;
                    }
                } else {
                    name.push(c);
                }
            }
            if self.peek() != Some('!') {
                return None;
            }
            self.i += 1;
            sheet = Some(*self.names.get(&name.to_lowercase())?);
        }
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '$'))
        {
            self.i += 1;
        }
        let word: String = self.s[start..self.i].iter().collect();
        if word.is_empty() {
            return None;
        }
        if sheet.is_none() && self.peek() == Some('!') {
            self.i += 1;
            sheet = Some(*self.names.get(&word.to_lowercase())?);
            return self.reference(sheet);
        }
        if sheet.is_some() {
            self.i = start;
            return self.reference(sheet);
        }
        let upper = word.to_ascii_uppercase();
        self.skip_space();
        if self.peek() == Some('(') && !upper.contains('$') {
            self.i += 1;
            let mut args = Vec::new();
            self.skip_space();
            if self.peek() == Some(')') {
                self.i += 1;
                return Some(Expr::Call(upper, args));
            }
            loop {
                self.skip_space();
                if matches!(self.peek(), Some(',' | ')')) {
                    args.push(Expr::Missing);
                } else {
                    args.push(self.comparison()?);
                }
                if self.eat(",") {
                    continue;
                }
                if self.eat(")") {
                    return Some(Expr::Call(upper, args));
                }
                return None;
            }
        }
        match upper.as_str() {
            "TRUE" => return Some(Expr::Bool(true)),
            "FALSE" => return Some(Expr::Bool(false)),
            _ => {}
        }
        self.i = start;
        self.reference(None)
    }

    fn reference(&mut self, sheet: Option<usize>) -> Option<Expr> {
        let (row1, col1) = self.cell()?;
        if self.peek() == Some(':') {
            self.i += 1;
            let (row2, col2) = self.cell()?;
            return Some(Expr::Range(RangeRef {
                sheet,
                row1: row1.min(row2),
                col1: col1.min(col2),
                row2: row1.max(row2),
                col2: col1.max(col2),
            }));
        }
        Some(Expr::Ref(CellRef {
            sheet,
            row: row1,
            col: col1,
        }))
    }

    /// `$A$1`, `B12`: zero-based (row, column).
    fn cell(&mut self) -> Option<(u32, u32)> {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '$')
        {
            self.i += 1;
        }
        let word: String = self.s[start..self.i]
            .iter()
            .filter(|c| **c != '$')
            .collect();
        super::parse_cell_name(&word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Cell, NumFmt};

    fn num(row: u32, col: u32, n: i64) -> Cell {
        Cell {
            row,
            col,
            value: Raw::Number(Decimal::from(n)),
            formula: None,
            format: NumFmt::default(),
        }
    }

    fn formula(row: u32, col: u32, f: &str) -> Cell {
        Cell {
            row,
            col,
            value: Raw::Empty,
            formula: Some(f.into()),
            format: NumFmt::default(),
        }
    }

    fn value(s: &Sheet, row: u32, col: u32) -> Raw {
        s.get(row, col)
            .map(|c| c.value.clone())
            .unwrap_or(Raw::Empty)
    }

    #[test]
    fn a_capaian_column_without_results_is_computed() {
        // E4 40, F4 38, G4 = F4/E4*100; E5 120, F5 130, G5 = ROUND(F5/E5*100,2)
        let cells = vec![
            num(3, 4, 40),
            num(3, 5, 38),
            formula(3, 6, "F4/E4*100"),
            num(4, 4, 120),
            num(4, 5, 130),
            formula(4, 6, "ROUND(F5/E5*100,2)"),
            formula(5, 6, "SUM(G4:G5)"),
            formula(6, 6, "IFERROR(F8/E8*100,\"-\")"),
            formula(7, 6, "HLOOKUP(1,A1:B2,2,0)"),
        ];
        let mut sheets = vec![Sheet::new("PK".into(), cells, Vec::new())];
        fill(&mut sheets);
        let s = &sheets[0];
        assert_eq!(value(s, 3, 6), Raw::Number(Decimal::from(95)));
        assert_eq!(value(s, 4, 6), Raw::Number(Decimal::new(10833, 2)));
        assert_eq!(value(s, 5, 6), Raw::Number(Decimal::new(20333, 2)));
        assert_eq!(value(s, 6, 6), Raw::Text("-".into()));
        assert_eq!(value(s, 7, 6), Raw::Empty);
        let computed: Vec<bool> = s.unstored.iter().map(|u| u.computed).collect();
        assert_eq!(computed, vec![true, true, true, true, false]);
    }

    #[test]
    fn n_counts_text_as_zero() {
        // E1 `11.000` typed as text, F1 10913: `=IF(N(E1)=0,0,N(F1)/N(E1)*100)` gives 0;
        // E2 11000 a number: the same formula gives the %
        let cells = vec![
            text(0, 4, "11.000"),
            num(0, 5, 10913),
            formula(0, 6, "IF(N(E1)=0,0,N(F1)/N(E1)*100)"),
            num(1, 4, 11000),
            num(1, 5, 11000),
            formula(1, 6, "IF(N(E2)=0,0,N(F2)/N(E2)*100)"),
            formula(2, 6, "N(H9)+N(TRUE)"),
        ];
        let mut sheets = vec![Sheet::new("PK".into(), cells, Vec::new())];
        fill(&mut sheets);
        let s = &sheets[0];
        assert_eq!(value(s, 0, 6), Raw::Number(Decimal::ZERO));
        assert_eq!(value(s, 1, 6), Raw::Number(Decimal::from(100)));
        assert_eq!(value(s, 2, 6), Raw::Number(Decimal::ONE));
    }

    #[test]
    fn other_sheets_and_cycles() {
        let a = Sheet::new("TW I".into(), vec![num(0, 0, 7)], Vec::new());
        let b = Sheet::new(
            "Rekap".into(),
            vec![
                formula(0, 0, "'TW I'!A1*2"),
                formula(1, 0, "A3+1"),
                formula(2, 0, "A2+1"),
            ],
            Vec::new(),
        );
        let mut sheets = vec![a, b];
        fill(&mut sheets);
        assert_eq!(value(&sheets[1], 0, 0), Raw::Number(Decimal::from(14)));
        // a circular reference stays without a value
        assert_eq!(value(&sheets[1], 1, 0), Raw::Empty);
        assert_eq!(value(&sheets[1], 2, 0), Raw::Empty);
    }

    fn text(row: u32, col: u32, t: &str) -> Cell {
        Cell {
            row,
            col,
            value: Raw::Text(t.into()),
            formula: None,
            format: NumFmt::default(),
        }
    }

    #[test]
    fn lookups_and_conditional_sums() {
        let cells = vec![
            text(0, 0, "Tinggi"),
            num(0, 1, 3),
            text(1, 0, "Sedang"),
            num(1, 1, 5),
            text(2, 0, "tinggi"),
            num(2, 1, 7),
            formula(0, 3, "VLOOKUP(\"SEDANG\",A1:B3,2,FALSE)"),
            formula(1, 3, "SUMIF(A1:A3,\"Tinggi\",B1:B3)"),
            formula(2, 3, "COUNTIF(B1:B3,\">=5\")"),
            formula(3, 3, "VLOOKUP(\"Rendah\",A1:B3,2,0)"),
            formula(4, 3, "VLOOKUP(\"Tinggi\",A1:B3,2)"),
            formula(5, 3, "COUNTIF(A1:A3,\"T*\")"),
            formula(6, 3, "SUMIF(B1:B3,\"<>5\")"),
        ];
        let mut sheets = vec![Sheet::new("s".into(), cells, Vec::new())];
        fill(&mut sheets);
        let s = &sheets[0];
        assert_eq!(value(s, 0, 3), Raw::Number(Decimal::from(5)));
        assert_eq!(value(s, 1, 3), Raw::Number(Decimal::from(10)));
        assert_eq!(value(s, 2, 3), Raw::Number(Decimal::from(2)));
        assert_eq!(value(s, 3, 3), Raw::Error("#N/A".into()));
        // an approximate lookup and a wildcard are not computed
        assert_eq!(value(s, 4, 3), Raw::Empty);
        assert_eq!(value(s, 5, 3), Raw::Empty);
        assert_eq!(value(s, 6, 3), Raw::Number(Decimal::from(10)));
    }

    #[test]
    fn many_sums_over_whole_columns_stop_at_the_budget() {
        let mut cells: Vec<Cell> = (0..2_000)
            .map(|i| formula(i, 1, "SUM(A1:A1048576)"))
            .collect();
        cells.push(num(1_048_000, 0, 1));
        let mut sheets = vec![Sheet::new("s".into(), cells, Vec::new())];
        fill(&mut sheets);
        let computed = sheets[0].unstored.iter().filter(|u| u.computed).count();
        assert!(computed > 0 && computed < 2_000, "{computed}");
    }

    proptest::proptest! {
        /// Any text taken for a formula is computed or declined, never a panic or a hang.
        #[test]
        fn any_formula_text_is_computed_or_declined(f in "[-+*/^&%=<>(),.:$!'\"A-Z0-9a-z ]{0,60}") {
            let _ = evaluate_alone(&f);
        }

        /// Arithmetic over numbers gives what Rust's doubles give.
        #[test]
        fn arithmetic_is_done_in_doubles(a in -1e6f64..1e6, b in 1f64..1e6, c in -1e3f64..1e3) {
            let f = format!("({a}+{c})/{b}*100");
            let want = (a + c) / b * 100.0;
            proptest::prop_assert_eq!(evaluate_alone(&f), Some(want));
        }
    }

    #[test]
    fn excel_arithmetic() {
        let e = evaluate_alone;
        assert_eq!(e("-2^2"), Some(4.0));
        assert_eq!(e("2+3*4"), Some(14.0));
        assert_eq!(e("(2+3)*4"), Some(20.0));
        assert_eq!(e("50%*10"), Some(5.0));
        assert_eq!(e("ROUND(2.675,2)"), Some(2.68));
        assert_eq!(e("ROUND(-2.5,0)"), Some(-3.0));
        assert_eq!(e("ROUNDDOWN(2.679,2)"), Some(2.67));
        assert_eq!(e("ROUNDUP(2.671,2)"), Some(2.68));
        assert_eq!(e("ROUND(1234,-2)"), Some(1200.0));
        assert_eq!(e("IF(1>2,1,2)"), Some(2.0));
        assert_eq!(e("IF(\"a\"=\"A\",1,2)"), Some(1.0));
        assert_eq!(e("IF(A1=0,0,1)"), Some(0.0));
        assert_eq!(e("AVERAGE(1,2,6)"), Some(3.0));
        assert_eq!(e("MAX(1,7,3)-MIN(4,2)"), Some(5.0));
        assert_eq!(e("MOD(-7,3)"), Some(2.0));
        assert_eq!(e("\"5\"+1"), Some(6.0));
        assert_eq!(e("SUM(1,,2)"), Some(3.0));
        assert_eq!(e("_xlfn.IFS(1,2)"), None);
        assert_eq!(e("1/0"), None);
        assert_eq!(e("Target*2"), None);
        assert_eq!(e("A:A"), None);
        assert_eq!(e("SUM(1,2"), None);
        assert_eq!(e(&"(".repeat(10_000)), None);
    }
}
