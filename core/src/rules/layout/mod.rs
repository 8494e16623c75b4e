//! Whether a table was read with the right columns at all (L701), and whether it was filled
//! in at all (L702).

pub mod l701;
pub mod l702;

use super::{Finding, RuleId};
use crate::model::SheetModel;

/// A table whose stated % mostly disagree with their columns was probably read with the
/// wrong columns (an unknown layout): its findings would be noise. They are replaced by one
/// finding that says so and how to give the mapping.
pub(super) fn layout_doubt(sm: &SheetModel, found: &mut Vec<Finding>) {
    templates(sm, found);
    const WRONG: [RuleId; 5] = [
        RuleId::C101,
        RuleId::C104,
        RuleId::C105,
        RuleId::C106,
        RuleId::C111,
    ];
    // an evaluation table states no annual %: its columns are checked by their rules (K1xx)
    for t in sm
        .tables
        .iter()
        .filter(|t| t.kind != crate::layout::TableKind::Evaluation)
    {
        let rows = t.first_row..=t.last_row;
        let checks = || {
            sm.indikator
                .iter()
                .filter(|i| rows.contains(&i.row))
                .flat_map(|i| i.checks())
                .chain(
                    sm.triwulan
                        .iter()
                        .filter(|i| rows.contains(&i.block_row))
                        .flat_map(|i| i.checks()),
                )
        };
        // a % left unfilled (`-`) is no % that disagrees with its columns: it says nothing
        // of how they were read; nor is a % of 0 beside a target or realisasi typed as text
        // (`27,5 ribu`, `1.420`), which a formula counts as 0 (`N(E6)`): the figure is wrong,
        // its columns are not
        let says_nothing = |c: &crate::model::Check| {
            c.stated
                .reading
                .quantity()
                .is_none_or(|q| q.value.is_zero() && (c.target.typed || c.realisasi.typed))
        };
        let stated = checks().filter(|c| !says_nothing(c)).count();
        let unfilled: Vec<(u32, u32)> = checks()
            .filter(says_nothing)
            .map(|c| (c.stated.row, c.stated.col))
            .collect();
        let wrong = found
            .iter()
            .filter(|f| rows.contains(&f.row) && WRONG.contains(&f.code))
            .filter(|f| !unfilled.contains(&(f.row, f.col)))
            .count();
        if wrong < 2 || wrong * 10 <= stated * 6 {
            continue;
        }
        let (row, col) = (t.header_rows.first().copied().unwrap_or(t.first_row), 0);
        // a small table keeps its findings, without corrections; a large one loses them
        let small = stated < 8;
        if small {
            // too few % to be sure the columns are wrong, and too few to be sure they are
            // right: the findings stay, but fix changes nothing in this table
            for f in found.iter_mut().filter(|f| rows.contains(&f.row)) {
                f.fix = None;
            }
        } else {
            found.retain(|f| !rows.contains(&f.row) || f.code == RuleId::T401);
        }
        found.push(l701::finding(&sm.name, (row, col), wrong, stated, small));
    }
}

/// A table with no figure filled in (an empty template, or placeholders such as
/// `{target}`): its findings give way to one info line (L702).
fn templates(sm: &SheetModel, found: &mut Vec<Finding>) {
    use crate::model::{Figure, Reading};
    for (ti, t) in sm.tables.iter().enumerate() {
        let rows = t.first_row..=t.last_row;
        let inds: Vec<_> = sm.indikator.iter().filter(|i| i.table == ti).collect();
        let tws: Vec<_> = sm
            .triwulan
            .iter()
            .filter(|i| rows.contains(&i.block_row))
            .collect();
        let figures: Vec<&Figure> = inds
            .iter()
            .flat_map(|i| [&i.target, &i.realisasi, &i.capaian])
            .flatten()
            .chain(tws.iter().flat_map(|i| {
                i.annual
                    .iter()
                    .chain(i.quarters.iter().flat_map(|q| q.figures()))
            }))
            .collect();
        let placeholder = |f: &Figure| l702::is_placeholder(&f.shown);
        let filled = figures
            .iter()
            .any(|f| !matches!(f.reading, Reading::Blank | Reading::Dash) && !placeholder(f));
        if filled {
            continue;
        }
        let names = inds
            .iter()
            .filter(|i| l702::is_placeholder(&i.nama))
            .count();
        let placeholders = figures.iter().filter(|f| placeholder(f)).count() + names;
        found.retain(|f| !rows.contains(&f.row));
        let row = t.header_rows.first().copied().unwrap_or(t.first_row);
        found.push(l702::finding(&sm.name, (row, 0), placeholders));
    }
}
