//! Finding annual tables by their header words.

use std::collections::BTreeMap;

use crate::layout::*;
use crate::read::{Merge, Raw, Sheet};
use crate::text;

/// Finds every annual indicator table on a sheet.
pub fn tables(sheet: &Sheet) -> Vec<Table> {
    let mut tables = Vec::new();
    let Some(last) = sheet.last_row() else {
        return tables;
    };
    let rows: Vec<u32> = sheet.rows().collect();
    // the merged ranges by their first row, gathered once: every header candidate asks for
    // those of its header rows (a sheet of 2,000 blocks has thousands of both)
    let mut merges_from: rustc_hash::FxHashMap<u32, Vec<&Merge>> = Default::default();
    for m in &sheet.merged {
        merges_from.entry(m.first_row).or_default().push(m);
    }
    let mut i = 0;
    while i < rows.len() {
        let r = rows[i];
        let roles = row_roles(sheet, r);
        if roles.len() >= 2 && is_header_candidate_loose(&roles) {
            if let Some(table) = build_table(sheet, r, last, &merges_from) {
                let end = table.last_row;
                tables.push(table);
                // continue after this table
                while i < rows.len() && rows[i] <= end {
                    i += 1;
                }
                continue;
            }
        }
        i += 1;
    }
    tables
}

fn is_header_candidate_loose(roles: &[(u32, Role)]) -> bool {
    let has = |r: Role| roles.iter().any(|(_, x)| *x == r);
    has(Role::Indikator) || has(Role::Sasaran) || is_header_candidate(roles)
}

fn build_table(
    sheet: &Sheet,
    header: u32,
    last: u32,
    merges_from: &rustc_hash::FxHashMap<u32, Vec<&Merge>>,
) -> Option<Table> {
    // header block: this row and up to two more rows that hold header labels
    let mut header_rows = vec![header];
    let mut r = header + 1;
    while r <= last && header_rows.len() < 3 {
        if is_numbering_row(sheet, r) {
            break;
        }
        let roles = row_roles(sheet, r);
        let covered_by_merge = sheet.row(r).is_empty()
            && sheet
                .merged
                .iter()
                .any(|m| m.first_row < r && r <= m.last_row && m.first_row >= header);
        if (!roles.is_empty() && roles.len() * 2 >= sheet.row(r).len()) || covered_by_merge {
            header_rows.push(r);
        } else {
            break;
        }
        r += 1;
    }
    let (min_col, max_col) = header_rows
        .iter()
        .flat_map(|hr| sheet.row(*hr).iter().map(|c| c.col))
        .fold((u32::MAX, 0), |(a, b), c| (a.min(c), b.max(c)));
    if min_col == u32::MAX {
        return None;
    }
    // merged header cells may reach further right than any stored cell
    let max_col = header_rows
        .iter()
        .filter_map(|r| merges_from.get(r))
        .flatten()
        .map(|m| m.last_col)
        .fold(max_col, u32::max);

    let mut columns: BTreeMap<Role, u32> = BTreeMap::new();
    let mut header_year = None;
    let mut prev: Option<(Role, Option<(u32, u32)>)> = None;
    for col in min_col..=max_col {
        let mut parts: Vec<String> = Vec::new();
        let mut owner = None;
        for hr in &header_rows {
            if let Some(cell) = sheet.get_shown(*hr, col) {
                let t = cell.value.as_text();
                if header_year.is_none() {
                    header_year = text::header_year(&t);
                }
                if !parts.contains(&t) {
                    parts.push(t);
                }
                // a label merged over several columns in the lowest header row
                if Some(hr) == header_rows.last() {
                    if let Some(m) = sheet.merge_at(*hr, col) {
                        if m.first_col < m.last_col {
                            owner = Some((m.first_row, m.first_col));
                        }
                    }
                }
            }
        }
        let label = text::label(&parts.join(" "));
        // a column under the same merged header as its left neighbour: the unit column
        let role = match (prev, owner) {
            (Some((Role::Target, Some(o1))), Some(o2))
                if o1 == o2 && !columns.contains_key(&Role::TargetSatuan) =>
            {
                Some(Role::TargetSatuan)
            }
            (Some((Role::Realisasi, Some(o1))), Some(o2))
                if o1 == o2 && !columns.contains_key(&Role::RealisasiSatuan) =>
            {
                Some(Role::RealisasiSatuan)
            }
            (Some((Role::Target, _)), _) if label.is_empty() => Some(Role::TargetSatuan),
            (Some((Role::Realisasi, _)), _) if label.is_empty() => Some(Role::RealisasiSatuan),
            // the lowest label decides under a group header ("Tahun 2016" over "Target")
            _ => header_rows
                .iter()
                .rev()
                .filter_map(|hr| sheet.get_shown(*hr, col))
                .find_map(|c| classify(&text::label(&c.value.as_text())))
                .or_else(|| classify(&label)),
        };
        if let Some(role) = role {
            columns.entry(role).or_insert(col);
            prev = Some((role, owner));
        } else {
            prev = None;
        }
    }
    let has = |r: Role| columns.contains_key(&r);
    let figures = FIGURE_ROLES.iter().filter(|r| has(**r)).count();
    // a flat import template gives targets only: nothing to recalculate, still a table
    if !(has(Role::Indikator) && (figures >= 2 || has(Role::Target))) {
        return None;
    }
    let mut first = header_rows.last().copied().unwrap_or(header) + 1;
    let mut numbering_row = None;
    // skip blank rows, then the numbering row
    while first <= last && sheet.row(first).is_empty() {
        first += 1;
    }
    if first <= last && is_numbering_row(sheet, first) {
        numbering_row = Some(first);
        first += 1;
    }
    // the table ends at a stop row or at another table's header: the first such row is
    // sought on all cores (every text cell of a 50,000-row table is looked at), and the
    // table's last row is the last non-empty one above it
    let ends = |r: u32| {
        is_stop_row(sheet, r)
            || (r > first && may_be_header(sheet, r) && {
                let roles = row_roles(sheet, r);
                roles.len() >= 3 && is_header_candidate(&roles)
            })
    };
    let last_data = crate::layout::last_data_row_where(sheet, first, last, ends);
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Annual,
        header_rows,
        numbering_row,
        first_row: first,
        last_row: last_data,
        columns,
        qcols: BTreeMap::new(),
        header_year,
        from_mapping: false,
        eval: None,
    })
}

/// A cheap look before classifying a row's labels: at least three short texts and no
/// number (data rows are skipped without allocating).
fn may_be_header(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    let short_texts = cells
        .iter()
        .filter(|c| matches!(&c.value, Raw::Text(t) if t.len() < 80))
        .count();
    short_texts >= 3 && !cells.iter().any(|c| matches!(c.value, Raw::Number(_)))
}
