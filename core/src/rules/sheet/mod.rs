//! What a sheet says as a whole: its year in every place it is written (T401, T402), its
//! budget lines (A501, A502) and the spread of capaian categories (C109).

pub mod a501;
pub mod a502;
pub mod t401;
pub mod t402;

use crate::i18n::{Message, Text};
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::capaian::{kategori, recalculated, recalculated_of};
use super::{Finding, NegFormula, RuleContext};
use crate::layout::meta::{BudgetKind, YearSource};
use crate::model::SheetModel;
use crate::value::Value;

fn source_name(s: YearSource) -> &'static Text {
    match s {
        YearSource::Title => &TITLE,
        YearSource::SheetName => &SHEET_NAME,
        YearSource::Header => &HEADER,
        YearSource::DateLine => &DATE_LINE,
        YearSource::BudgetLine => &BUDGET_LINE,
        YearSource::FileName => &FILE_NAME,
    }
}

crate::texts! {
    TITLE = "sheet.source.title", "judul", "title";
    SHEET_NAME = "sheet.source.sheet_name", "nama sheet", "sheet name";
    HEADER = "sheet.source.header", "judul kolom", "column header";
    DATE_LINE = "sheet.source.date_line", "baris tanggal", "date line";
    BUDGET_LINE = "sheet.source.budget_line", "baris anggaran", "budget line";
    FILE_NAME = "sheet.source.file_name", "nama berkas", "file name";
    HIDDEN_ROW = "sheet.hidden_row",
        "baris ini tersembunyi di Excel (tampilkan dengan Home › Format › Hide & Unhide › Unhide Rows); rakit membacanya seperti baris lain, tetapi rakit fix tidak mengubahnya",
        "this row is hidden in Excel (show it with Home › Format › Hide & Unhide › Unhide Rows); rakit reads it as any other row, but rakit fix does not change it";
    HIDDEN_COL = "sheet.hidden_col",
        "kolom ini tersembunyi di Excel (tampilkan dengan Home › Format › Hide & Unhide › Unhide Columns); rakit membacanya seperti kolom lain, tetapi rakit fix tidak mengubahnya",
        "this column is hidden in Excel (show it with Home › Format › Hide & Unhide › Unhide Columns); rakit reads it as any other column, but rakit fix does not change it";
    HIDDEN_FORMULA_HELP = "sheet.hidden.formula_help",
        "Di Excel, tampilkan dan periksa rumus {cell} (atau data yang dirujuknya); rakit fix tidak mengubah sel ini.",
        "In Excel, unhide and check the formula of {cell} (or the data it refers to); rakit fix leaves this cell as it is.";
    HIDDEN_SHEET = "sheet.hidden_sheet",
        "sheet ini tersembunyi di Excel (tampilkan dengan klik kanan pada tab sheet › Unhide); rakit membacanya seperti sheet lain, tetapi rakit fix tidak mengubahnya",
        "this sheet is hidden in Excel (show it with a right click on a sheet tab › Unhide); rakit reads it as any other sheet, but rakit fix does not change it";
}

/// A finding on a row or column the sheet hides, or on a sheet the workbook hides (a draft
/// left behind), says so: whoever opens the workbook would not see it, and rakit reads hidden
/// rows, columns and sheets as any other. Its cell is not corrected: a change no one sees is
/// no correction anyone checked. Where the cell holds a formula, its help says to look at the
/// formula, not to type the result over it.
pub fn mark_hidden(wb: &crate::read::Workbook, out: &mut [Finding]) {
    for f in out {
        let Some(sheet) = wb.sheets.iter().find(|s| s.name == f.sheet) else {
            continue;
        };
        let note = if sheet.hidden {
            &HIDDEN_SHEET
        } else if sheet.hidden_rows.binary_search(&f.row).is_ok() {
            &HIDDEN_ROW
        } else if sheet.hidden_cols.binary_search(&f.col).is_ok() {
            &HIDDEN_COL
        } else {
            continue;
        };
        let message = std::mem::replace(&mut f.message, Message::new(note));
        f.message = message.note(Message::new(note));
        let corrected = f.fix.take().is_some();
        if corrected && sheet.get(f.row, f.col).is_some_and(|c| c.formula.is_some()) {
            f.help = crate::msg!(HIDDEN_FORMULA_HELP, cell = f.cell());
        }
    }
}

pub fn check(cx: &RuleContext, out: &mut Vec<Finding>) {
    let (sm, neg) = (cx.model, cx.policy.negative);
    years(sm, out);
    budget(sm, out);
    categories(sm, neg, out);
}

fn years(sm: &SheetModel, out: &mut Vec<Finding>) {
    let Some(year) = sm.meta.year() else {
        return;
    };
    // a date line early in the next year signs the report of this one: not a disagreement
    let all = &sm.meta.years;
    // a year whose figures the sheet holds beside its own (tables of two years side by
    // side, an LKjIP table's earlier years), read as that year's: named rightly, unless the
    // titles name it alone (a title copied from last year's report over this year's table
    // and last year's columns)
    let beside: std::collections::BTreeSet<i32> = sm
        .indikator
        .iter()
        .filter_map(|i| i.period.map(i32::from))
        .collect();
    let titles_name_it = all
        .iter()
        .any(|m| m.source == YearSource::Title && m.year_for(all) == year);
    let odd: Vec<_> = all
        .iter()
        .filter(|m| {
            let held = beside.contains(&m.year_for(all))
                && (titles_name_it || m.source != YearSource::Title);
            !m.covers(year, all) && !held
        })
        .collect();
    if odd.is_empty() {
        return;
    }
    let agreeing = {
        let mut v: Vec<&'static Text> = sm
            .meta
            .years
            .iter()
            .filter(|m| m.year_for(all) == year)
            .map(|m| source_name(m.source))
            .collect();
        v.dedup();
        // "judul, nama sheet dan baris tanggal"
        let last = v.pop();
        let listed = v
            .into_iter()
            .map(Message::new)
            .reduce(|a, b| crate::msg!(t401::COMMA, a, b));
        match (listed, last) {
            (Some(a), Some(b)) => crate::msg!(t401::AND, a, b = Message::new(b)),
            (None, Some(b)) => Message::new(b),
            _ => Message::new(&t401::NONE),
        }
    };
    for m in odd {
        let (row, col) = m.cell.unwrap_or_else(|| {
            sm.tables
                .first()
                .and_then(|t| t.header_rows.first().map(|r| (*r, 0)))
                .unwrap_or((0, 0))
        });
        out.push(t401::finding(
            &sm.name,
            (row, col),
            m,
            &Message::new(source_name(m.source)),
            year,
            &agreeing,
        ));
    }
}

fn budget(sm: &SheetModel, out: &mut Vec<Finding>) {
    for b in &sm.meta.budget {
        if b.year_blank {
            out.push(t402::finding(&sm.name, b));
        }
        match &b.amount {
            Value::Number(_) | Value::Empty => {}
            _ => {
                out.push(a501::budget_line(&sm.name, b));
            }
        }
    }
    let amount = |k: BudgetKind| match sm.meta.anggaran(k).map(|b| &b.amount) {
        Some(Value::Number(q)) => Some(q.scaled()),
        _ => None,
    };
    if let (Some(a), Some(r), Some(line)) = (
        amount(BudgetKind::Anggaran),
        amount(BudgetKind::Realisasi),
        sm.meta.anggaran(BudgetKind::Realisasi),
    ) {
        if !a.is_zero() {
            let serapan = r * Decimal::ONE_HUNDRED / a;
            out.push(a502::finding(&sm.name, line, serapan, r, a));
        }
    }
}

fn categories(sm: &SheetModel, neg: NegFormula, out: &mut Vec<Finding>) {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    use rayon::prelude::*;
    let mut kinds: Vec<&'static str> = sm
        .indikator
        .par_iter()
        .filter_map(|ind| recalculated(ind, neg).map(kategori))
        .collect();
    // a quarterly table's indicators by their year, where it gives the year's realisasi
    kinds.extend(sm.triwulan.iter().filter_map(|i| {
        let c = recalculated_of(
            i.annual.as_ref()?,
            i.realisasi_tahunan.as_deref()?,
            i.polaritas,
            neg,
        )?;
        Some(kategori(c))
    }));
    for k in kinds {
        *counts.entry(k).or_default() += 1;
    }
    if counts.is_empty() {
        return;
    }
    let order = [
        "Sangat Tinggi",
        "Tinggi",
        "Sedang",
        "Rendah",
        "Sangat Rendah",
    ];
    let parts: Vec<String> = order
        .iter()
        .filter_map(|k| counts.get(k).map(|n| format!("{n} {k}")))
        .collect();
    let (row, col) = sm
        .tables
        .first()
        .and_then(|t| {
            t.header_rows
                .first()
                .map(|r| (*r, t.columns.values().copied().min().unwrap_or(0)))
        })
        .unwrap_or((0, 0));
    out.push(super::capaian::c109::finding(&sm.name, (row, col), &parts));
}
