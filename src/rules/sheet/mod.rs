//! What a sheet says as a whole: its year in every place it is written (T401, T402), its
//! budget lines (A501, A502) and the spread of capaian categories (C109).

pub mod a501;
pub mod a502;
pub mod t401;
pub mod t402;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::capaian::{kategori, recalculated};
use super::{Finding, Msg, NegFormula, RuleId};
use crate::layout::meta::{BudgetKind, YearSource};
use crate::model::SheetModel;
use crate::num::fmt_id;
use crate::value::Value;

fn source_name(s: YearSource) -> (&'static str, &'static str) {
    match s {
        YearSource::Title => ("judul", "title"),
        YearSource::SheetName => ("nama sheet", "sheet name"),
        YearSource::Header => ("judul kolom", "column header"),
        YearSource::DateLine => ("baris tanggal", "date line"),
        YearSource::BudgetLine => ("baris anggaran", "budget line"),
    }
}

pub fn check(sm: &SheetModel, neg: NegFormula, out: &mut Vec<Finding>) {
    years(sm, out);
    budget(sm, out);
    categories(sm, neg, out);
}

fn years(sm: &SheetModel, out: &mut Vec<Finding>) {
    let Some(year) = sm.meta.year() else {
        return;
    };
    let odd: Vec<_> = sm.meta.years.iter().filter(|m| m.year != year).collect();
    if odd.is_empty() {
        return;
    }
    let agreeing: Vec<&str> = {
        let mut v: Vec<&str> = sm
            .meta
            .years
            .iter()
            .filter(|m| m.year == year)
            .map(|m| source_name(m.source).0)
            .collect();
        v.dedup();
        v
    };
    let agreeing_en: Vec<&str> = {
        let mut v: Vec<&str> = sm
            .meta
            .years
            .iter()
            .filter(|m| m.year == year)
            .map(|m| source_name(m.source).1)
            .collect();
        v.dedup();
        v
    };
    for m in odd {
        let (row, col) = m.cell.unwrap_or_else(|| {
            sm.tables
                .first()
                .and_then(|t| t.header_rows.first().map(|r| (*r, 0)))
                .unwrap_or((0, 0))
        });
        let (sid, sen) = source_name(m.source);
        out.push(
            Finding::new(
                RuleId::T401,
                &sm.name,
                row,
                col,
                Msg::new(
                    format!(
                        "{sid} menyebut tahun {}, sedangkan {} menyebut {year}",
                        m.year,
                        agreeing.join(" dan ")
                    ),
                    format!(
                        "the {sen} says {}, while the {} say {year}",
                        m.year,
                        agreeing_en.join(" and ")
                    ),
                ),
                Msg::new(
                    format!("Samakan tahunnya; rakit memakai {year}."),
                    format!("Make the years agree; rakit uses {year}."),
                ),
            )
            .found(m.year.to_string())
            .expected(year.to_string()),
        );
    }
}

fn budget(sm: &SheetModel, out: &mut Vec<Finding>) {
    for b in &sm.meta.budget {
        if b.year_blank {
            out.push(Finding::new(
                RuleId::T402,
                &sm.name,
                b.row,
                b.col,
                Msg::new(
                    format!("\"{}\" menyebut \"Tahun\" tanpa angka tahun", b.text.trim()),
                    format!("\"{}\" says \"Tahun\" with no year", b.text.trim()),
                ),
                Msg::new("Tambahkan tahunnya.", "Add the year."),
            ));
        }
        match &b.amount {
            Value::Number(_) | Value::Empty => {}
            _ => {
                out.push(
                    Finding::new(
                        RuleId::A501,
                        &sm.name,
                        b.row,
                        b.col,
                        Msg::new(
                            format!("angka anggaran \"{}\" tidak sah: kelompok ribuannya harus tiga angka", b.amount_text),
                            format!("budget amount \"{}\" is malformed: thousands groups must have three digits", b.amount_text),
                        ),
                        Msg::new(
                            "Periksa angka ini dengan dokumen anggaran (DPA) dan ketik ulang.",
                            "Check the amount against the budget document (DPA) and type it again.",
                        ),
                    )
                    .found(b.amount_text.clone()),
                );
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
            out.push(
                Finding::new(
                    RuleId::A502,
                    &sm.name,
                    line.row,
                    line.col,
                    Msg::new(
                        format!(
                            "serapan anggaran {} % (Rp {} dari Rp {})",
                            fmt_id(serapan, 2),
                            fmt_id(r, 0),
                            fmt_id(a, 0)
                        ),
                        format!(
                            "budget absorption {} % (Rp {} of Rp {})",
                            fmt_id(serapan, 2),
                            fmt_id(r, 0),
                            fmt_id(a, 0)
                        ),
                    ),
                    Msg::new("Informasi saja.", "Information only."),
                )
                .found(fmt_id(serapan, 2)),
            );
        }
    }
}

fn categories(sm: &SheetModel, neg: NegFormula, out: &mut Vec<Finding>) {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    use rayon::prelude::*;
    let kinds: Vec<&'static str> = sm
        .indikator
        .par_iter()
        .filter_map(|ind| recalculated(ind, neg).map(kategori))
        .collect();
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
    out.push(Finding::new(
        RuleId::C109,
        &sm.name,
        row,
        col,
        Msg::new(
            format!("kategori capaian (hasil hitung ulang): {}", parts.join(", ")),
            format!("capaian categories (recalculated): {}", parts.join(", ")),
        ),
        Msg::new(
            "Skala Permendagri: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.",
            "Permendagri scale: > 90 Sangat Tinggi, > 75–90 Tinggi, > 65–75 Sedang, > 50–65 Rendah, ≤ 50 Sangat Rendah.",
        ),
    ));
}
