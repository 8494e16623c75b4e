//! K101..K105: the computed columns of the evaluation form (Formulir E.81) against the rules
//! written in its numbering row (`13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`), K from K and
//! Rp from Rp, with exact decimals. These rules read the cells of the columns the form
//! mapped, row by row.

pub(crate) mod k101;
pub(crate) mod k102;
pub(crate) mod k103;
pub(crate) mod k104;
pub(crate) mod k105;
pub(crate) mod k106;

use rust_decimal::Decimal;

use crate::layout::{EvalColumn, EvalOp, TableKind};
use crate::model::Polaritas;

use crate::read::{Raw, Sheet};
use crate::rules::Finding;

/// A cell as a number: blank is zero, `None` for text or an error (nothing to compute).
fn number(sheet: &Sheet, row: u32, col: u32) -> Option<(Decimal, bool)> {
    match sheet.get(row, col) {
        None => Some((Decimal::ZERO, true)),
        Some(c) => match &c.value {
            Raw::Empty => Some((Decimal::ZERO, true)),
            Raw::Number(d) => Some((
                if c.format.percent {
                    *d * Decimal::ONE_HUNDRED
                } else {
                    *d
                },
                false,
            )),
            Raw::Text(t) if matches!(t.trim(), "" | "-") => Some((Decimal::ZERO, true)),
            // a figure typed as text (`1.470.000.000`, `91,54`: what a web application's
            // export holds in every cell), read as the model reads one; a separator the
            // text leaves open is read the Indonesian way
            Raw::Text(t) => match text_figure(t) {
                Some(q) => Some((q.scaled(), false)),
                None if matches!(crate::value::parse(t), crate::value::Value::Dash { .. }) => {
                    Some((Decimal::ZERO, true))
                }
                None => None,
            },
            _ => None,
        },
    }
}

/// The figure a text cell holds, when it holds exactly one.
fn text_figure(text: &str) -> Option<crate::value::Quantity> {
    use crate::value::{SeparatorUse, Value};
    match crate::value::parse(text) {
        Value::Number(q) => Some(q),
        v @ Value::Ambiguous { .. } => v
            .resolved(&SeparatorUse::default())
            .map(|r| r.into_quantity()),
        _ => None,
    }
}

/// The decimals a figure typed as text is written to (`79,71` → 2).
fn text_decimals(sheet: &Sheet, row: u32, col: u32) -> Option<u32> {
    match &sheet.get(row, col)?.value {
        Raw::Text(t) => text_figure(t).map(|q| q.decimals),
        _ => None,
    }
}

/// Whether a stated value agrees with the exact one at the stated precision: it rounds the
/// exact value to its decimals, or (a stored float) is within a relative 1e-9, or (money)
/// within a cent.
fn agrees(stated: Decimal, exact: Decimal, money: bool) -> bool {
    agrees_at(stated, exact, money, 0)
}

/// [`agrees`], the stated value written to at least `min_dp` decimals (its column's or its
/// format's precision: a typed `72,30` is stored as 72.3).
fn agrees_at(stated: Decimal, exact: Decimal, money: bool, min_dp: u32) -> bool {
    let diff = (stated - exact).abs();
    if money && diff <= Decimal::new(1, 2) {
        return true;
    }
    let dp = stated.normalize().scale().max(min_dp);
    if dp <= 6 {
        let r =
            exact.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        if r == stated.normalize() {
            return true;
        }
    }
    diff <= exact.abs().max(Decimal::ONE) * Decimal::new(1, 9)
}

/// The precision most typed numbers of a column are written to (three at least), where
/// it has decimals: `72.3` in a column of `85.09`, `61.27` is a `72.30`. A column of values
/// kept at full precision (computed, then pasted as values) is the form's 2 decimals.
fn column_dp(sheet: &Sheet, t: &crate::layout::Table, col: u32) -> Option<u32> {
    let mut counts = [0usize; 7];
    let mut full = 0usize;
    for row in t.first_row..=t.last_row {
        if let Some(c) = sheet.get(row, col) {
            if let (Raw::Number(d), None) = (&c.value, &c.formula) {
                let scale = d.normalize().scale() as usize;
                if (1..=6).contains(&scale) {
                    counts[scale] += 1;
                } else if scale >= 9 {
                    full += 1;
                }
            }
        }
    }
    let (dp, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(dp, n)| (**n, usize::MAX - dp))?;
    if full >= 3 && full > counts.iter().sum::<usize>() {
        return Some(2);
    }
    (*n >= 3).then_some(dp as u32)
}

/// Checks every computed column of the sheet's evaluation tables.
pub(super) fn check(cx: &super::RuleContext, out: &mut Vec<Finding>) {
    let (Some(sheet), sm) = (cx.sheet, cx.model) else {
        return;
    };
    // the formula the sheet computes a lower-is-better indicator's % with
    let neg = super::capaian::negative_formula(sm, cx.options).0;
    for t in sm.tables.iter().filter(|t| t.kind == TableKind::Evaluation) {
        let Some(ev) = t.eval.as_deref() else {
            continue;
        };
        summary_rows(sheet, t, ev, out);
        typed_total(sheet, t, ev, out);
        later_quarters(sheet, t, ev, out);
        let money_cols: Vec<u32> = ev.numbers.values().filter_map(|c| c.rp).collect();
        for row in t.first_row..=t.last_row {
            parent_sums(sheet, row, &money_cols, out);
            // the row's indicator, looked up once for all its rules
            let ind = cx.model.indikator.iter().find(|i| i.row == row);
            for rule in &ev.rules {
                let Some(target) = ev.numbers.get(&rule.target) else {
                    continue;
                };
                for money in [false, true] {
                    let pick = |c: &EvalColumn| if money { c.rp } else { c.k };
                    let Some(tcol) = pick(target) else { continue };
                    let parts: Vec<u32> = match &rule.op {
                        EvalOp::Sum(p) => p.clone(),
                        EvalOp::Ratio(a, b) => vec![*a, *b],
                    };
                    let Some(cols) = parts
                        .iter()
                        .map(|n| ev.numbers.get(n).and_then(pick))
                        .collect::<Option<Vec<u32>>>()
                    else {
                        continue;
                    };
                    let Some(vals) = cols
                        .iter()
                        .map(|c| number(sheet, row, *c))
                        .collect::<Option<Vec<_>>>()
                    else {
                        continue;
                    };
                    if vals.iter().all(|(_, blank)| *blank) {
                        continue;
                    }
                    let Some((stated, blank)) = number(sheet, row, tcol) else {
                        continue;
                    };
                    if blank {
                        continue;
                    }
                    let (exact, ratio) = match &rule.op {
                        EvalOp::Sum(_) => (vals.iter().map(|(v, _)| *v).sum::<Decimal>(), false),
                        // a lower-is-better indicator's % by the sheet's negative formula
                        // (`14 = 13/8 x 100` written as (2 x 8 - 13) / 8 x 100)
                        // (the year's; the Renstra's progress is written as its rule says)
                        EvalOp::Ratio(..)
                            if !money
                                && Some(rule.target) == ev.roles.capaian
                                && ind.is_some_and(|i| i.polaritas == Polaritas::Negatif) =>
                        {
                            let (a, b) = (vals[0].0, vals[1].0);
                            let Some(q) = super::capaian::capaian(b, a, Polaritas::Negatif, neg)
                            else {
                                continue;
                            };
                            (q, true)
                        }
                        EvalOp::Ratio(..) => {
                            let (a, b) = (vals[0].0, vals[1].0);
                            if b.is_zero() {
                                continue;
                            }
                            let Some(q) = a.checked_div(b) else { continue };
                            (q * Decimal::ONE_HUNDRED, true)
                        }
                    };
                    // a typed value is judged at its column's precision
                    let min_dp = match sheet.get(row, tcol) {
                        Some(c) if c.formula.is_none() => c
                            .format
                            .decimals
                            .map(u32::from)
                            .or_else(|| text_decimals(sheet, row, tcol))
                            .or_else(|| column_dp(sheet, t, tcol))
                            .unwrap_or(0),
                        _ => 0,
                    };
                    // a percentage or an index does not add up over the quarters: its year
                    // is the last quarter's value or their mean, and its Renstra level to
                    // date the latest year's (`12 = 8+9+10+11` and `13 = 6 + 12` are for
                    // quantities)
                    // (a level by its name, or by its figures: the value written lies nearer
                    // the year's target than the sum does, `225,3` Ha of a target of 232
                    // where the quarters add up to 887,9)
                    let level_kept = || {
                        !money
                            && matches!(rule.op, EvalOp::Sum(_))
                            && level_values(&vals)
                                .into_iter()
                                .any(|v| agrees_at(stated, v, false, min_dp))
                            && ind.is_some_and(|i| {
                                crate::model::measures_a_level(&i.nama, i.satuan.as_deref())
                                    || nearer_the_target(i, stated, exact)
                            })
                    };
                    if !agrees_at(stated, exact, money && !ratio, min_dp) && !level_kept() {
                        out.push(k101::finding(
                            &sheet.name,
                            row,
                            tcol,
                            stated,
                            exact,
                            &rule.text,
                            money,
                        ));
                    }
                }
            }
            // the year's realisasi Rp against its anggaran
            let realisasi = ev
                .rules
                .iter()
                .find(|r| matches!(&r.op, EvalOp::Sum(p) if p.len() == 4))
                .map(|r| r.target);
            let anggaran = realisasi.and_then(|r| {
                ev.rules.iter().find_map(|x| match x.op {
                    EvalOp::Ratio(a, b) if a == r => Some(b),
                    _ => None,
                })
            });
            let anggaran = anggaran.or_else(|| realisasi.map(|r| r - 5));
            if let (Some(rn), Some(an)) = (realisasi, anggaran) {
                let rc = ev.numbers.get(&rn).and_then(|c| c.rp);
                let ac = ev.numbers.get(&an).and_then(|c| c.rp);
                if let (Some(rc), Some(ac)) = (rc, ac) {
                    if let (Some((r, false)), Some((a, false))) =
                        (number(sheet, row, rc), number(sheet, row, ac))
                    {
                        if a > Decimal::ZERO && r > a {
                            out.push(k102::finding(&sheet.name, row, rc, r, a, ac));
                        }
                    }
                }
            }
        }
    }
}

/// Whether a value written lies nearer the indicator's target than the sum of its parts does
/// ([`crate::model::off_target`]): the row counts a level, whose year is its latest value.
fn nearer_the_target(ind: &crate::model::Indikator, stated: Decimal, sum: Decimal) -> bool {
    let Some(target) = ind
        .target
        .as_ref()
        .and_then(|t| t.reading.quantity().map(|q| q.scaled()))
        .filter(|t| *t > Decimal::ZERO)
    else {
        return false;
    };
    let off = |x: Decimal| crate::model::off_target(x, target);
    matches!((off(stated), off(sum)), (Some(s), Some(t)) if s < t)
}

/// What a level's year (or its level to date) may be written as instead of the sum of the
/// parts: the last part written, or the mean of those written.
fn level_values(parts: &[(Decimal, bool)]) -> Vec<Decimal> {
    let written: Vec<Decimal> = parts.iter().filter(|(_, b)| !b).map(|(v, _)| *v).collect();
    let mut out = Vec::new();
    if let Some(last) = written.last() {
        out.push(*last);
    }
    if written.len() >= 2 {
        if let Some(mean) = written
            .iter()
            .sum::<Decimal>()
            .checked_div(Decimal::from(written.len()))
        {
            out.push(mean);
        }
    }
    out
}

/// A report of one quarter (its title or sheet name says so) whose later quarters hold
/// typed figures: one finding per row, at the first.
fn later_quarters(
    sheet: &Sheet,
    t: &crate::layout::Table,
    ev: &crate::layout::EvalColumns,
    out: &mut Vec<Finding>,
) {
    let Some(report) = ev.report_quarter else {
        return;
    };
    let quarters = &ev.roles.quarters;
    if quarters.len() != 4 || report >= 4 {
        return;
    }
    for row in t.first_row..=t.last_row {
        'row: for (i, n) in quarters.iter().enumerate().skip(report as usize) {
            let Some(c) = ev.numbers.get(n) else { continue };
            for col in [c.k, c.pct, c.rp].into_iter().flatten() {
                let Some(cell) = sheet.get(row, col) else {
                    continue;
                };
                if cell.formula.is_some() {
                    continue;
                }
                if let Some((v, false)) = number(sheet, row, col) {
                    if !v.is_zero() {
                        out.push(k106::finding(
                            &sheet.name,
                            row,
                            col,
                            &cell.shown(),
                            report,
                            i as u8 + 1,
                        ));
                        break 'row;
                    }
                }
            }
        }
    }
}

/// What a parent sum adds: the rows it covers (a range's every row).
type SumKey = Vec<u32>;

/// The rows a formula's references cover: each row of a range (`K13:K16`), each listed
/// cell (`K12,K17`) once per mention (a row counted twice stays twice).
fn covered_rows(formula: &str) -> Vec<u32> {
    let mut rows = Vec::new();
    for token in formula.split(|c: char| !(c.is_ascii_alphanumeric() || c == '$' || c == ':')) {
        let ends: Vec<Option<(u32, u32)>> = token
            .split(':')
            .map(crate::formula::parse_cell_name)
            .collect();
        match ends.as_slice() {
            [Some((r, _))] => rows.push(*r),
            [first, .., last] => {
                let all: Vec<u32> = ends.iter().flatten().map(|(r, _)| *r).collect();
                if let (Some(_), Some(_), Some(lo), Some(hi)) =
                    (first, last, all.iter().min(), all.iter().max())
                {
                    rows.extend(*lo..=*hi);
                }
            }
            _ => {}
        }
    }
    rows.sort_unstable();
    rows
}

/// The Rp sums of a parent row (`=SUM(K12,K17,K21)`, `=SUM(G18:G20)`, each over its own
/// column): the child rows most of them cover, and those that cover others (one left out,
/// one counted twice), ranges and lists compared by the rows they cover.
fn parent_sums(sheet: &Sheet, row: u32, money: &[u32], out: &mut Vec<Finding>) {
    let mut sums: Vec<(u32, &str, SumKey)> = Vec::new();
    // single references (`=F15`): a copy of one child, or a sum that left the others out
    let mut singles: Vec<(u32, &str, SumKey)> = Vec::new();
    for cell in sheet.row(row).iter().filter(|c| money.contains(&c.col)) {
        let Some(f) = cell.formula.as_deref() else {
            continue;
        };
        let refs = crate::formula::references(f);
        if refs.is_empty()
            || refs
                .iter()
                .any(|r| r.sheet.is_some() || r.col != cell.col || r.row <= row)
        {
            continue;
        }
        // a single cell is a parent's sum only when written as one (`=SUM(K30)`)
        if refs.len() < 2 && !f.trim_start().to_ascii_uppercase().starts_with("SUM(") {
            singles.push((cell.col, f, covered_rows(f)));
            continue;
        }
        sums.push((cell.col, f, covered_rows(f)));
    }
    if sums.len() < 3 {
        return;
    }
    let mut counts: Vec<(&SumKey, usize)> = Vec::new();
    for (_, _, rows) in &sums {
        match counts.iter_mut().find(|(r, _)| *r == rows) {
            Some(c) => c.1 += 1,
            None => counts.push((rows, 1)),
        }
    }
    let Some((common, n)) = counts.iter().max_by_key(|(_, n)| *n).copied() else {
        return;
    };
    if n < 3 || n * 2 <= sums.len() {
        return;
    }
    for (col, f, rows) in &sums {
        if rows != common {
            out.push(k103::finding(&sheet.name, row, *col, f, common, rows));
        }
    }
    // where the row's sums add several children, one of them alone leaves the others out
    if common.len() >= 2 {
        for (col, f, rows) in &singles {
            if rows.iter().all(|r| common.contains(r)) {
                out.push(k103::finding(&sheet.name, row, *col, f, common, rows));
            }
        }
    }
}

/// The depth of a row's code (`1` → 1, `1.1` → 2, `1.01.02` → 3); `None` for no code.
fn code_depth(sheet: &Sheet, row: u32, col: u32) -> Option<usize> {
    let text = sheet.get(row, col)?.value.as_text();
    let code = text.trim().trim_end_matches('.');
    let parts: Vec<&str> = code.split('.').collect();
    parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
        .then_some(parts.len())
}

/// A typed JUMLAH row in or under the table: each Rp figure against the sum of the programme
/// rows (the top-level codes), reported where most of its Rp figures are that sum (K103).
fn typed_total(
    sheet: &Sheet,
    t: &crate::layout::Table,
    ev: &crate::layout::EvalColumns,
    out: &mut Vec<Finding>,
) {
    let Some(&no_col) = t.columns.get(&crate::layout::Role::No) else {
        return;
    };
    let Some(total_row) = (t.first_row..=t.last_row + 2).find(|r| {
        row_starts(sheet, *r, &["jumlah", "total"])
            && sheet.row(*r).iter().take(3).all(|c| {
                crate::text::norm(&c.value.as_text())
                    .split_whitespace()
                    .count()
                    <= 2
            })
    }) else {
        return;
    };
    let depths: Vec<(u32, usize)> = (t.first_row..total_row)
        .filter_map(|r| code_depth(sheet, r, no_col).map(|d| (r, d)))
        .collect();
    let Some(top) = depths.iter().map(|(_, d)| *d).min() else {
        return;
    };
    let programmes: Vec<u32> = depths
        .iter()
        .filter(|(_, d)| *d == top)
        .map(|(r, _)| *r)
        .collect();
    // a hierarchy: several programmes, with rows under them
    if programmes.len() < 2 || !depths.iter().any(|(_, d)| *d > top) {
        return;
    }
    // the Rp of the x 100 columns (serapan, capaian Renstra) is a ratio, no sum
    let ratios: Vec<u32> = ev
        .rules
        .iter()
        .filter(|r| matches!(r.op, EvalOp::Ratio(..)))
        .map(|r| r.target)
        .collect();
    let mut checked: Vec<(u32, Decimal, Decimal, bool)> = Vec::new();
    for col in ev
        .numbers
        .iter()
        .filter(|(n, _)| !ratios.contains(n))
        .filter_map(|(_, c)| c.rp)
    {
        let Some(cell) = sheet.get(total_row, col) else {
            continue;
        };
        if cell.formula.is_some() {
            continue;
        }
        let Some((stated, false)) = number(sheet, total_row, col) else {
            continue;
        };
        let Some(sum) = programmes
            .iter()
            .map(|r| number(sheet, *r, col).map(|(v, _)| v))
            .sum::<Option<Decimal>>()
        else {
            continue;
        };
        checked.push((col, stated, sum, agrees(stated, sum, true)));
    }
    let agreeing = checked.iter().filter(|c| c.3).count();
    if agreeing < 2 || agreeing * 2 <= checked.len() {
        return;
    }
    for (col, stated, sum, ok) in checked {
        if !ok {
            out.push(k103::total_finding(
                &sheet.name,
                total_row,
                col,
                stated,
                sum,
                &programmes,
            ));
        }
    }
}

/// Whether a row's first cells start with a word (`rata-rata`, `predikat`).
fn row_starts(sheet: &Sheet, row: u32, words: &[&str]) -> bool {
    sheet.row(row).iter().take(3).any(|c| match &c.value {
        Raw::Text(t) => {
            let n = crate::text::norm(t);
            words.iter().any(|w| n.starts_with(w))
        }
        _ => false,
    })
}

/// A chain of ranges (`X11:X30:X55`): every row between, where a list was meant.
fn range_chain(formula: &str) -> bool {
    formula
        .split([',', ';', '(', ')', '+', '-', '*', '/', ' '])
        .any(|part| part.matches(':').count() >= 2)
}

/// The band of a mean capaian (Permendagri 86/2017).
fn band(mean: Decimal) -> usize {
    let d = |n: i64| Decimal::from(n);
    if mean > d(90) {
        0
    } else if mean > d(75) {
        1
    } else if mean > d(65) {
        2
    } else if mean > d(50) {
        3
    } else {
        4
    }
}

const BANDS: [[&str; 2]; 5] = [
    ["sangat tinggi", "sangat baik"],
    ["tinggi", "baik"],
    ["sedang", "cukup"],
    ["rendah", "kurang"],
    ["sangat rendah", "sangat kurang"],
];

/// The mean capaian row and the predikat row under the table.
fn summary_rows(
    sheet: &Sheet,
    t: &crate::layout::Table,
    ev: &crate::layout::EvalColumns,
    out: &mut Vec<Finding>,
) {
    let Some(mean_row) = (t.last_row + 1..=t.last_row + 6)
        .find(|r| row_starts(sheet, *r, &["rata-rata", "rata rata"]))
    else {
        return;
    };
    // the capaian columns: the targets of the x 100 rules
    let cols: Vec<u32> = ev
        .rules
        .iter()
        .filter(|r| matches!(r.op, EvalOp::Ratio(..)))
        .filter_map(|r| ev.numbers.get(&r.target))
        .flat_map(|c| [c.k, c.rp])
        .flatten()
        .collect();
    let programs: Vec<u32> = (t.first_row..=t.last_row)
        .filter(|r| {
            sheet.row(*r).iter().any(|c| {
                matches!(&c.value, Raw::Text(x) if crate::text::norm(x).starts_with("program "))
            })
        })
        .collect();
    let predikat_row = (mean_row + 1..=mean_row + 3).find(|r| row_starts(sheet, *r, &["predikat"]));
    for col in cols {
        let Some(cell) = sheet.get(mean_row, col) else {
            continue;
        };
        if let Some(f) = cell.formula.as_deref() {
            if range_chain(f) {
                out.push(k104::chain(&sheet.name, mean_row, col, f));
                continue;
            }
        }
        let Some((stated, false)) = number(sheet, mean_row, col) else {
            continue;
        };
        let mean = |rows: &mut dyn Iterator<Item = u32>| -> Option<Decimal> {
            let vals: Vec<Decimal> = rows
                .filter_map(|r| match number(sheet, r, col) {
                    Some((v, false)) => Some(v),
                    _ => None,
                })
                .collect();
            (!vals.is_empty()).then(|| vals.iter().sum::<Decimal>() / Decimal::from(vals.len()))
        };
        let of_programs = mean(&mut programs.iter().copied());
        let of_all = mean(&mut (t.first_row..=t.last_row));
        let ok = [of_programs, of_all]
            .into_iter()
            .flatten()
            .any(|m| agrees(stated, m, false));
        if !ok {
            if let Some(m) = of_programs.or(of_all) {
                out.push(k104::finding(&sheet.name, mean_row, col, stated, m));
            }
        }
        // the predikat under it
        if let Some(pr) = predikat_row {
            let text = sheet
                .get_shown(pr, col)
                .map(|c| crate::text::norm(&c.value.text()));
            if let Some(text) = text {
                let named = BANDS.iter().position(|b| b.iter().any(|w| text == *w));
                let want = band(stated);
                if let Some(named) = named {
                    if named != want {
                        out.push(k105::finding(
                            &sheet.name,
                            pr,
                            col,
                            &text,
                            stated,
                            BANDS[want][0],
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert!(agrees(d("85.09"), d("85.086"), false));
        assert!(!agrees(d("85.08"), d("85.086"), false));
        assert!(agrees(
            d("233.33333333333334"),
            d("7") / d("3") * d("100"),
            false
        ));
        assert!(agrees(d("4"), d("4.00000000000001"), false));
        assert!(!agrees(d("0"), d("4"), false));
        assert!(agrees(d("49021000"), d("49021000.004"), true));
    }
}
