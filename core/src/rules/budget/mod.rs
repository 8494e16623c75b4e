//! Budget tables (program, kegiatan, sub kegiatan; anggaran, realisasi, serapan, sisa), on
//! every sheet: their sums (A503), serapan (A504, and A507 where it is cut off), sisa
//! anggaran (A505), realisasi above anggaran (A506), the year's realisasi against its
//! periods' (A508), and amounts that make no number (A501). The tables are read by
//! [`crate::layout::budget`].

pub(crate) mod a503;
pub(crate) mod a504;
pub(crate) mod a505;
pub(crate) mod a506;
pub(crate) mod a507;
pub(crate) mod a508;

use rust_decimal::Decimal;

use crate::layout::budget::{Amount, BudgetItem};
use crate::model::{SheetModel, OWN_SHEETS};
use crate::read::Workbook;
use crate::rules::Finding;

/// Every budget table of the workbook beside its indicator tables
/// ([`crate::layout::budget::find_beside`]).
pub(super) fn check(wb: &Workbook, models: &[SheetModel], out: &mut Vec<Finding>) {
    for sheet in &wb.sheets {
        if OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        let beside = models
            .iter()
            .filter(|m| m.name == sheet.name)
            .flat_map(|m| &m.tables);
        for table in crate::layout::budget::find_beside(sheet, beside) {
            for item in &table.items {
                for a in figures(item) {
                    if a.malformed {
                        out.push(super::sheet::a501::table_amount(&sheet.name, item.row, a));
                    }
                }
            }
            a503::check(&sheet.name, &table, out);
            a504::check(&sheet.name, &table, out);
            a505::check(&sheet.name, &table, out);
            a506::check(&sheet.name, &table, out);
            a508::check(&sheet.name, &table, out);
        }
        // a Rencana Aksi in blocks: each block's serapan, its realisasi above its anggaran,
        // and its quarters' realisasi against the year's (its programme's sums are Q604's)
        for m in models.iter().filter(|m| m.name == sheet.name) {
            for t in m.tables.iter().filter(|t| {
                t.kind == crate::layout::TableKind::Quarterly
                    && !t.qcols.keys().any(|k| k.starts_with("tw"))
            }) {
                let blocks: Vec<(u32, String, Vec<u32>)> = m
                    .triwulan
                    .iter()
                    .filter(|i| (t.first_row..=t.last_row).contains(&i.block_row))
                    .map(|i| {
                        let rows = i
                            .quarters
                            .iter()
                            .filter_map(|q| q.row())
                            .filter(|r| *r != i.block_row)
                            .collect();
                        (i.block_row, i.nama.clone(), rows)
                    })
                    .collect();
                let mut seen = std::collections::HashSet::new();
                let blocks: Vec<_> = blocks.into_iter().filter(|b| seen.insert(b.0)).collect();
                if let Some(table) =
                    crate::layout::budget::of_blocks(sheet, &t.header_rows, &blocks)
                {
                    a504::check(&sheet.name, &table, out);
                    a506::check(&sheet.name, &table, out);
                    a508::check(&sheet.name, &table, out);
                }
            }
        }
    }
}

/// The fix of a serapan cell: `expected` at `dp` decimals, written as the cell writes a %
/// (a number, a percent-formatted fraction, or text with its `%`); none for a formula, which
/// is never replaced by a number.
fn serapan_fix(s: &Amount, expected: Decimal, dp: u32) -> Option<crate::rules::Fix> {
    (!s.formula).then(|| {
        let percent_format = s.percent && !s.typed;
        crate::rules::capaian::percent_fix(
            &s.shown,
            s.typed,
            percent_format,
            crate::num::round(expected, dp),
            dp,
            expected,
        )
    })
}

/// Whether two amounts are the same: exactly, or within a thousandth where one is a
/// formula's double (`=SUM(...)` caches 22596.300000000003 for 22.596,3). A typed amount
/// that differs is a cent apart at least.
fn same(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < Decimal::new(1, 3)
}

/// A line's amounts: anggaran, realisasi and sisa.
fn figures(item: &BudgetItem) -> impl Iterator<Item = &Amount> {
    [
        Some(&item.anggaran),
        Some(&item.realisasi),
        item.sisa.as_ref(),
    ]
    .into_iter()
    .flatten()
}

/// Which amount of a line a sum speaks of.
#[derive(Clone, Copy)]
enum Figure {
    Anggaran,
    Realisasi,
    /// the realisasi of one quarter or month ([`crate::layout::budget::BudgetTable::period_cols`])
    Period(usize),
    /// another budget (the Anggaran Murni beside the Perubahan:
    /// [`crate::layout::budget::BudgetTable::other_anggaran_cols`])
    OtherAnggaran(usize),
}

impl Figure {
    /// Every amount a table's sums are checked for (a sisa is checked line by line, A505,
    /// and its sums follow from these).
    fn all(table: &crate::layout::budget::BudgetTable) -> Vec<Figure> {
        let mut out = vec![Figure::Anggaran, Figure::Realisasi];
        out.extend((0..table.period_cols.len()).map(Figure::Period));
        out.extend((0..table.other_anggaran_cols.len()).map(Figure::OtherAnggaran));
        out
    }

    fn of(self, item: &BudgetItem) -> &Amount {
        // a line without the period's cell: nothing written
        static NONE: Amount = Amount {
            col: 0,
            shown: String::new(),
            value: None,
            malformed: false,
            decimals: 0,
            percent: false,
            format_unknown: false,
            formula: false,
            typed: false,
        };
        match self {
            Figure::Anggaran => &item.anggaran,
            Figure::Realisasi => &item.realisasi,
            Figure::Period(k) => item.periods.get(k).unwrap_or(&NONE),
            Figure::OtherAnggaran(k) => item.other_anggaran.get(k).unwrap_or(&NONE),
        }
    }
}

/// The sum of some lines' amounts; none when one of them makes no number.
fn sum_of<'a>(
    figure: Figure,
    lines: impl Iterator<Item = &'a BudgetItem>,
) -> Option<(Decimal, usize)> {
    let mut sum = Decimal::ZERO;
    let mut n = 0;
    for line in lines {
        let a = figure.of(line);
        if a.is_empty() {
            continue;
        }
        sum += a.value?;
        n += 1;
    }
    Some((sum, n))
}

#[cfg(test)]
mod tests {
    use super::same;
    use rust_decimal::Decimal;

    #[test]
    fn a_formula_double_is_the_same_amount_and_a_typo_is_not() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert!(same(d("22596.300000000003"), d("22596.3")));
        assert!(!same(d("12480600000"), d("12408600000")));
        assert!(!same(d("865.30"), d("865.31")));
    }
}
