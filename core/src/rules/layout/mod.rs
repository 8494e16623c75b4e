//! Whether a table was read with the right columns at all (L701).

pub mod l701;

use super::{Finding, RuleId};
use crate::model::SheetModel;

/// A table whose stated % mostly disagree with their columns was probably read with the
/// wrong columns (an unknown layout): its findings would be noise. They are replaced by one
/// finding that says so and how to give the mapping.
pub(super) fn layout_doubt(sm: &SheetModel, found: &mut Vec<Finding>) {
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
        let stated = sm
            .indikator
            .iter()
            .filter(|i| rows.contains(&i.row))
            .flat_map(|i| i.checks())
            .chain(
                sm.triwulan
                    .iter()
                    .filter(|i| rows.contains(&i.block_row))
                    .flat_map(|i| i.checks()),
            )
            .filter(|c| c.stated.reading.quantity().is_some())
            .count();
        let wrong = found
            .iter()
            .filter(|f| rows.contains(&f.row) && WRONG.contains(&f.code))
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
