//! E901: cells that hold an error value, on every sheet of the workbook (hidden and helper
//! sheets too): they are read as what they are, not as text that is "not a number".

mod e901;

use crate::model::OWN_SHEETS;
use crate::read::{Raw, Workbook};
use crate::rules::Finding;

/// Error values in cells, one finding per run of the same error down a column.
pub(super) fn check(wb: &Workbook, out: &mut Vec<Finding>) {
    for sheet in &wb.sheets {
        if OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        // (column, error) → runs of rows
        let mut errors: Vec<(u32, &str, u32)> = sheet
            .cells
            .iter()
            .filter_map(|c| match &c.value {
                Raw::Error(e) => Some((c.col, e.as_str(), c.row)),
                _ => None,
            })
            .collect();
        if errors.is_empty() {
            continue;
        }
        errors.sort();
        let mut i = 0;
        while i < errors.len() {
            let (col, err, first) = errors[i];
            let mut last = first;
            let mut j = i + 1;
            while j < errors.len()
                && errors[j].0 == col
                && errors[j].1 == err
                && errors[j].2 == last + 1
            {
                last = errors[j].2;
                j += 1;
            }
            out.push(e901::finding(sheet, col, err, first, last));
            i = j;
        }
    }
}
