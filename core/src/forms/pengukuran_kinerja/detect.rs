//! Finding annual tables by their header words.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::layout::*;
use crate::layout::{
    EARLIER_PERIOD, NAME_REST, OTHER_PERIOD, PAIR, PERIODS_TO_DATE, PERIOD_TARGET, SUB_NAME,
    YEAR_COLUMN,
};
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
    // a "table" whose target column holds the labels of figures (`Target`, `Realisasi`,
    // `Capaian` down a column, the values beside them) is cards read as columns: none
    tables.retain(|t| !labels_for_figures(sheet, t));
    // no table of columns: a sheet of cards, one per indicator; or tables whose names are
    // the labels of card lines (a card's `Nama Indikator | : | Jumlah dokumen perencanaan …`
    // taken for a header, a plan's word read as a target's label, and `Satuan`, `Target
    // 2023`, `Realisasi 2023` down its name column): the cards, where cards are found
    if tables.is_empty() {
        tables.extend(super::card::tables(sheet));
    } else if tables.iter().all(|t| {
        // a table of years across, its rows labelled (`Uraian | 2018 | 2019` over `Target`,
        // `Realisasi`: [`super::stacked`]), is read as such
        !t.qcols.contains_key(super::stacked::LABELS) && labels_in(sheet, t, t.col(Role::Indikator))
    }) {
        let cards = super::card::tables(sheet);
        if !cards.is_empty() {
            tables = cards;
        }
    }
    tables
}

/// Whether a table's target column holds, on most of its body rows that write anything
/// there, a label of a figure (`Target`, `Realisasi`, `Capaian`): the labels of cards set in
/// a band, not a column of targets.
fn labels_for_figures(sheet: &Sheet, t: &Table) -> bool {
    labels_in(sheet, t, t.col(Role::Target))
}

/// Whether column `col` of a table holds, on most of its body rows that write anything
/// there, a card line's label of a figure (`Target`, `Realisasi`, `Capaian`) or of a unit
/// (`Satuan`), two at least.
fn labels_in(sheet: &Sheet, t: &Table, col: Option<u32>) -> bool {
    let Some(c) = col else {
        return false;
    };
    let (mut labels, mut written) = (0usize, 0usize);
    for r in t.first_row..=t.last_row {
        // each row left adds at most one to twice the labels less the rows written: where
        // even that cannot make half of them labels, none of the rest is looked at (a long
        // table of names stops halfway)
        let left = (t.last_row - r) as usize + 1;
        if 2 * labels + left < written {
            return false;
        }
        if sheet.get(r, c).is_none_or(|x| x.value.is_empty()) {
            continue;
        }
        written += 1;
        // a card's line label, as the cards are read
        if super::card::label_role(sheet, r, c)
            .is_some_and(|role| crate::layout::FIGURE_ROLES.contains(&role) || role == Role::Satuan)
        {
            labels += 1;
        }
    }
    labels >= 2 && labels * 2 >= written
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
        if (!roles.is_empty()
            && roles.len() * 2 >= sheet.row(r).len()
            && !is_group_row(sheet, r, header))
            || covered_by_merge
            || is_period_row(sheet, r)
            || is_labels_and_periods_row(sheet, r)
            || is_sub_label_row(sheet, r, r - 1)
            || is_year_row(sheet, r, roles.len())
            // a heading merged across the header's width (`A. INDIKATOR KINERJA UTAMA`) heads
            // rows, not columns
            || header_rows.len() < 2
                && is_group_label_row(sheet, r)
                && is_label_row(sheet, r + 1)
                && !is_section_row(sheet, r, header)
        {
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

    // each column's role and combined label, left to right
    let mut found: Vec<Found> = Vec::new();
    let mut header_years: Vec<(u32, i32)> = Vec::new();
    // the column on the left: its role, its column and the merged label it sits under
    let mut prev: Option<(Role, u32, Option<MergeOwner>)> = None;
    // the columns labelled with a period to date alone (`s.d. TW I`), no role of their own
    let mut bare_to_date: Vec<(u32, (u8, u8, bool))> = Vec::new();
    for col in min_col..=max_col {
        let mut parts: Vec<String> = Vec::new();
        let mut owner = None;
        for hr in &header_rows {
            if let Some(cell) = sheet.get_shown(*hr, col) {
                let t = cell.value.as_text();
                // "Tahun 2023", or a year alone over its group ("2023" over Target / Realisasi)
                if let Some(y) = text::header_year(&t).or_else(|| super::stacked::year_of(cell)) {
                    header_years.push((col, y));
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
            (Some((Role::Target, _, Some(o1))), Some(o2)) if o1 == o2 => Some(Role::TargetSatuan),
            (Some((Role::Realisasi, _, Some(o1))), Some(o2)) if o1 == o2 => {
                Some(Role::RealisasiSatuan)
            }
            (Some((Role::Target, _, _)), _) if label.is_empty() => Some(Role::TargetSatuan),
            (Some((Role::Realisasi, _, _)), _) if label.is_empty() => Some(Role::RealisasiSatuan),
            // the lowest label decides under a group header ("Tahun 2016" over "Target")
            _ => header_rows
                .iter()
                .rev()
                .filter_map(|hr| sheet.get_shown(*hr, col))
                .find_map(|c| classify(&text::label(&c.value.as_text())))
                .or_else(|| classify(&label)),
        };
        // a Renstra's targets by year under one label (`Target Kinerja Renstra` over `2019 |
        // … | 2024`): each year's target, not the Renstra's final one
        let lowest_year = header_rows
            .last()
            .and_then(|&hr| sheet.get(hr, col))
            .and_then(super::stacked::year_of);
        let role = match role {
            Some(Role::TargetAkhir) if lowest_year.is_some() => Some(Role::Target),
            // the quality, time or cost planned and achieved beside the quantity (a civil
            // servant's SKP: `Target` over `Kuant/Output | Kual/Mutu | Waktu | Biaya`): no
            // figure of the indicator
            Some(Role::Target | Role::Realisasi)
                if header_rows.len() >= 2
                    && header_rows
                        .iter()
                        .rev()
                        .find_map(|&hr| sheet.get_shown(hr, col))
                        .is_some_and(|c| {
                            is_other_aspect_label(&text::label(&c.value.as_text()))
                        }) =>
            {
                None
            }
            r => r,
        };
        // a unit column belongs to the figure column on its left
        let of = match (role, prev) {
            (Some(Role::TargetSatuan | Role::RealisasiSatuan), Some((_, c, _))) => Some(c),
            _ => None,
        };
        // a count beside a rate ("Target Sasaran (jumlah)" | "Target (%)", "Pencapaian
        // (jumlah)" | "Cakupan (%)"): what the rate is taken of, no capaian
        let count = label
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "jumlah");
        if role.is_none() {
            if let Some(period @ (_, _, true)) = period_of(&label) {
                bare_to_date.push((col, period));
            }
        }
        match role {
            Some(role) => {
                found.push(Found {
                    col,
                    role,
                    of,
                    years: text::years(&label),
                    past: is_past_label(&label),
                    count,
                    set_aside: is_original_label(&label)
                        || is_breakdown_label(&label)
                        || (role == Role::Sasaran && is_goal_label(&label)),
                    period: period_of(&label),
                });
                prev = Some((role, col, owner));
            }
            None => prev = None,
        }
    }
    // what is achieved to date each period (`Capaian s.d. TW I` .. `s.d. TW IV`, no `%`) in
    // a table that gives no realisasi of its own: the realisasi, run to date
    if !found.iter().any(|f| f.role == Role::Realisasi) {
        for f in found
            .iter_mut()
            .filter(|f| f.role == Role::Capaian && f.of.is_none() && f.period.is_some_and(|p| p.2))
        {
            let label: String = header_rows
                .iter()
                .filter_map(|&hr| sheet.get_shown(hr, f.col))
                .map(|c| text::label(&c.value.as_text()))
                .collect::<Vec<_>>()
                .join(" ");
            if !label.contains('%') && !label.contains("persen") {
                f.role = Role::Realisasi;
            }
        }
    }
    // what is achieved in the year a target names (`Target 2022 | Capaian 2022`, no `%`) in
    // a table that gives no realisasi of its own: the realisasi (a share of the target
    // would be labelled with its `%`)
    if !found.iter().any(|f| f.role == Role::Realisasi) {
        let target_years: Vec<i32> = found
            .iter()
            .filter(|f| f.role == Role::Target && f.of.is_none())
            .flat_map(|f| f.years.iter().copied())
            .collect();
        for f in found.iter_mut().filter(|f| {
            f.role == Role::CapaianLalu
                && f.of.is_none()
                && matches!(f.years[..], [y] if target_years.contains(&y))
        }) {
            f.role = Role::Realisasi;
        }
    }
    // periods to date alone (`Target 2023 | s.d. TW I` .. `s.d. TW IV`) in a table with no
    // realisasi of its own, under a title saying they are realisasi (`Realisasi kumulatif
    // s.d. triwulan`): the realisasi, run to date (a plan's targets by quarter are written
    // so too, and its title says none)
    if !found.iter().any(|f| f.role == Role::Realisasi)
        && bare_to_date.len() >= 2
        && bare_to_date.iter().any(|(_, (k, of, _))| k == of)
        && titled_realisasi(sheet, header)
    {
        for (col, period) in bare_to_date {
            found.push(Found {
                col,
                role: Role::Realisasi,
                of: None,
                years: Vec::new(),
                past: false,
                count: false,
                set_aside: false,
                period: Some(period),
            });
        }
        found.sort_by_key(|f| f.col);
    }
    let (mut columns, named_year) = choose_columns(&found);
    // targets of several years side by side (a Renstra's `Target Kinerja Tahun ke-` over 2021
    // .. 2026) beside the realisasi of one year (`Realisasi Tahun 2022`): that year's target
    let year_of_col = |c: u32| {
        found
            .iter()
            .find(|f| f.col == c)
            .map(|f| f.years.as_slice())
    };
    if let (Some(&t), Some(&r)) = (columns.get(&Role::Target), columns.get(&Role::Realisasi)) {
        if let (Some(ty), Some([ry])) = (year_of_col(t), year_of_col(r)) {
            let of_year = found
                .iter()
                .find(|f| f.role == Role::Target && f.of.is_none() && f.years == [*ry]);
            if ty != [*ry] {
                if let Some(f) = of_year {
                    columns.insert(Role::Target, f.col);
                }
            }
        }
    }
    // the figures set out by parts (`D.I. Wae Lolo | D.I. Salo Bengga | …`, a Target and a
    // Realisasi under each) beside their whole (`KINERJA UPTD (GABUNGAN)`, `Jumlah`, `Total`
    // over its own): the whole's
    if let Some(whole) = whole_of_parts(sheet, &header_rows, &found) {
        for (role, col) in whole {
            columns.insert(role, col);
        }
    }
    // a target and its realisasi in one cell under `T / R` ([`PAIR`]): the realisasi's
    // column too
    let pair_label = |c: u32| {
        header_rows
            .iter()
            .filter_map(|&r| sheet.get(r, c))
            .any(|cell| crate::layout::is_pair_label(&text::label(&cell.value.as_text())))
    };
    let pair = columns
        .get(&Role::Target)
        .copied()
        .filter(|&c| !columns.contains_key(&Role::Realisasi) && pair_label(c));
    if let Some(c) = pair {
        columns.insert(Role::Realisasi, c);
    }
    // a realisasi written in parts (`Realisasi per Desa` over a column per village) beside
    // their total: the total is the year's realisasi
    if let Some(total) = columns
        .get(&Role::Realisasi)
        .and_then(|&r| parts_total(sheet, &header_rows, r))
    {
        columns.insert(Role::Realisasi, total);
    }
    // two columns labelled for names (`Uraian` over `IKU-01`, `Indikator Kinerja` over the
    // names): the one that holds words, not the codes
    if let Some(c) = header_rows
        .last()
        .and_then(|&h| names_over_codes(sheet, &found, &columns, h.saturating_add(1)..=last))
    {
        columns.insert(Role::Indikator, c);
    }
    // the year a group header names over the columns taken ("Tahun 2022" over Target and
    // Realisasi, not "Realisasi Tahun 2021" beside them)
    let taken: Vec<u32> = columns.values().copied().collect();
    let header_year = header_years
        .iter()
        .find(|(c, _)| taken.contains(c))
        .or(header_years.first())
        .map(|(_, y)| *y)
        // else the year the figure columns name ("Target 2023 | Realisasi 2021 2022 2023")
        .or(named_year);
    let has = |r: Role| columns.contains_key(&r);
    let figures = FIGURE_ROLES.iter().filter(|r| has(**r)).count();
    // no target and no realisasi column (a capaian column at most, beside the figures of a
    // stacked table's rows): a stacked table, if its rows are labelled
    if !has(Role::Target) && !has(Role::Realisasi) {
        if let Some(t) = stacked_table(sheet, &header_rows, &found, columns.clone(), last) {
            return Some(t);
        }
    }
    // a flat import template gives targets only: nothing to recalculate, still a table
    // rows of numbers alone under a numbered list of the names above the table
    // ([`layout::NAME_LIST`])
    let name_list = (!has(Role::Indikator) && figures >= 2)
        .then(|| {
            let no = *columns.get(&Role::No)?;
            let below = header_rows.last().copied().unwrap_or(header);
            let numbers: Vec<u32> = (below + 1..=last.min(below + 200))
                .filter_map(|r| match &sheet.get(r, no)?.value {
                    Raw::Number(d) if d.fract().is_zero() => u32::try_from(d.mantissa()).ok(),
                    Raw::Text(t) => t.trim().trim_end_matches('.').parse().ok(),
                    _ => None,
                })
                .collect();
            super::listed::list_column(sheet, header_rows.first().copied()?, &numbers)
        })
        .flatten();
    // a table of one indicator by year, its name on the line above its header
    let name_above = (!has(Role::Indikator) && name_list.is_none() && figures >= 2)
        .then(|| name_above(sheet, header, min_col))
        .flatten();
    if !((has(Role::Indikator) || name_list.is_some() || name_above.is_some())
        && (figures >= 2 || has(Role::Target)))
    {
        return None;
    }
    // the figure columns of other periods ("Realisasi 2021 | 2022" beside the year's): not
    // the indicator's figures, but their cells are still checked for what cannot be read
    let taken: Vec<u32> = columns.values().copied().collect();
    // another year's target and realisasi in one cell (`T / R` under `Tahun 2021` beside the
    // year's): no figure of one period, not read
    let paired = |c: u32| pair.is_some() && pair_label(c);
    let mut qcols: BTreeMap<String, u32> = found
        .iter()
        .filter(|f| FIGURE_ROLES.contains(&f.role) && f.of.is_none() && !taken.contains(&f.col))
        .filter(|f| !paired(f.col))
        .map(|f| (format!("{OTHER_PERIOD}{}", f.col), f.col))
        .collect();
    qcols.extend(other_years(&found, &taken, &header_years, header_year));
    if let Some(&r) = columns.get(&Role::Realisasi) {
        let (earlier, to_date) = earlier_periods(&found, r);
        if to_date {
            qcols.insert(PERIODS_TO_DATE.into(), r);
        } else if !earlier.is_empty() {
            for (k, col) in period_targets(&found, r) {
                qcols.insert(format!("{PERIOD_TARGET}{k}"), col);
            }
        }
        for (k, col) in earlier {
            qcols.insert(format!("{EARLIER_PERIOD}{k}"), col);
        }
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
    // a No column that says "No" again heads the next table ("No | Program | Anggaran"
    // under a Perjanjian Kinerja)
    let no_col = columns.get(&Role::No).copied();
    let ends = |r: u32| {
        is_stop_row(sheet, r)
            || no_col.is_some_and(|c| {
                sheet.get(r, c).is_some_and(|x| {
                    matches!(&x.value, Raw::Text(t) if classify(&text::label(t)) == Some(Role::No))
                })
            })
            || (r > first && may_be_header(sheet, r) && {
                let roles = row_roles(sheet, r);
                roles.len() >= 3 && is_header_candidate(&roles)
            })
    };
    let mut last_data = crate::layout::last_data_row_where(sheet, first, last, ends);
    // a row per indicator and year: the table's year is the latest its rows write, where
    // its header names none
    let mut header_year = header_year;
    if let Some((c, latest)) = year_column(sheet, &header_rows, &found, first..=last_data) {
        qcols.insert(YEAR_COLUMN.to_string(), c);
        header_year = header_year.or(Some(latest));
    }
    // a table of one indicator by year: its rows of years, under `Tahun`, up to the first
    // row of none (the next table's caption and name)
    if let Some(r) = name_above {
        let year_at = |row: u32| {
            sheet
                .get(row, min_col)
                .and_then(|c| super::read::year_in(&c.value))
        };
        let rows: Vec<u32> = (first..=last_data)
            .take_while(|&row| year_at(row).is_some())
            .collect();
        let (Some(&end), Some(latest)) =
            (rows.last(), rows.iter().filter_map(|&x| year_at(x)).max())
        else {
            return None;
        };
        last_data = end;
        qcols.insert(YEAR_COLUMN.to_string(), min_col);
        qcols.insert(crate::layout::NAME_ABOVE.to_string(), r);
        header_year = header_year.or(Some(latest));
    }
    if let Some(c) = pair {
        qcols.insert(PAIR.to_string(), c);
    }
    if let Some(c) = name_list {
        qcols.insert(crate::layout::NAME_LIST.to_string(), c);
    }
    if let Some((names, units)) =
        names_beside_units(sheet, &header_rows, &columns, first..=last_data)
    {
        columns.insert(Role::Indikator, names);
        columns.entry(Role::Satuan).or_insert(units);
    } else if let Some(c) = name_rest(sheet, &header_rows, &columns, first..=last_data) {
        qcols.insert(NAME_REST.to_string(), c);
    } else if let Some(c) = names_inset(sheet, &header_rows, &columns, first..=last_data) {
        qcols.insert(crate::layout::NAME_INSET.to_string(), c);
    } else if let Some(c) = columns.get(&Role::Indikator).and_then(|&names| {
        super::super::sub_names::column(sheet, header_rows.iter().copied(), names, |c| {
            columns.values().any(|&x| x == c)
        })
    }) {
        qcols.insert(SUB_NAME.to_string(), c);
    }
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Annual,
        header_rows,
        numbering_row,
        first_row: first,
        last_row: last_data,
        columns,
        qcols,
        header_year,
        from_mapping: false,
        eval: None,
    })
}

/// A table whose figures stand in rows labelled Target / Realisasi / Capaian (an "Uraian"
/// column) under years across the columns ([`super::stacked`]): the indicator's name in
/// another column, and at least one year in the header, or no year and one column of
/// figures (the table's year's, as its title names it).
fn stacked_table(
    sheet: &Sheet,
    header_rows: &[u32],
    found: &[Found],
    mut columns: BTreeMap<Role, u32>,
    last: u32,
) -> Option<Table> {
    use super::stacked::{label_column, year_of, BLOCK_HEADER, LABELS, YEAR};
    let header = header_rows.last().copied()?;
    let mut first = header + 1;
    let mut numbering_row = None;
    if is_numbering_row(sheet, first) {
        numbering_row = Some(first);
        first += 1;
    }
    let texts: Vec<u32> = found
        .iter()
        .filter(|f| f.role == Role::Indikator)
        .map(|f| f.col)
        .collect();
    let mut qcols: BTreeMap<String, u32> = BTreeMap::new();
    let (labels, name_col) = match label_column(sheet, &texts, first, last, None) {
        Some(labels) => (labels, texts.iter().copied().find(|c| *c != labels)?),
        // no column of names: each block under the header again, its name on the line above
        // the header (`2. | Jumlah kabupaten/kota …` over `Uraian | 2018 | 2019 | 2020`)
        None => {
            let labels = label_column(sheet, &texts, first, last, Some(header))?;
            let name_row = super::stacked::name_row_above(sheet, header_rows.first().copied()?)?;
            qcols.insert(BLOCK_HEADER.to_string(), labels);
            (labels, super::stacked::name_cell(sheet, name_row)?)
        }
    };
    columns.insert(Role::Indikator, name_col);
    qcols.insert(LABELS.to_string(), labels);
    for hr in header_rows {
        for cell in sheet.row(*hr).iter().filter(|c| c.col > labels) {
            if let Some(y) = year_of(cell) {
                qcols.entry(format!("{YEAR}{y}")).or_insert(cell.col);
            }
        }
    }
    let latest = qcols
        .keys()
        .filter_map(|k| k.strip_prefix(YEAR)?.parse::<i32>().ok())
        .max();
    if latest.is_none() {
        // no year over the figures ("Uraian | Nilai | Satuan"): the table's year's figures in
        // the first column after the labels that holds a value on most labelled rows, the
        // year the title's
        let labelled: Vec<u32> = (first..=last.min(first.saturating_add(60)))
            .filter(|&r| super::stacked::label_role(sheet, r, labels).is_some())
            .collect();
        let not_figures = |c: u32| {
            found.iter().any(|f| {
                f.col == c
                    && matches!(
                        f.role,
                        Role::Satuan | Role::Keterangan | Role::Polaritas | Role::No
                    )
            })
        };
        let max_col = sheet
            .row(header_rows.last().copied()?)
            .iter()
            .map(|c| c.col)
            .max()?;
        let col = (labels + 1..=max_col)
            .filter(|&c| !not_figures(c))
            .find(|&c| {
                let held = labelled
                    .iter()
                    .filter(|&&r| {
                        sheet
                            .get(r, c)
                            .is_some_and(|x| !matches!(x.value, Raw::Empty))
                    })
                    .count();
                held * 3 >= labelled.len() * 2 && held >= 2
            })?;
        qcols.insert(super::stacked::THE_YEAR.to_string(), col);
    }
    let ends = |r: u32| is_stop_row(sheet, r);
    let last_data = crate::layout::last_data_row_where(sheet, first, last, ends);
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Annual,
        header_rows: header_rows.to_vec(),
        numbering_row,
        first_row: first,
        last_row: last_data,
        columns,
        qcols,
        header_year: latest,
        from_mapping: false,
        eval: None,
    })
}

/// The name's column and the one right of it, where the header's `Indikator Kinerja` is
/// merged over exactly those two and no other column of the table is there.
fn name_label_over_two(
    sheet: &Sheet,
    header_rows: &[u32],
    columns: &BTreeMap<Role, u32>,
) -> Option<(u32, u32)> {
    let c = *columns.get(&Role::Indikator)?;
    let next = c.checked_add(1)?;
    if columns.values().any(|&x| x == next) {
        return None;
    }
    header_rows
        .iter()
        .any(|&r| {
            sheet
                .merge_at(r, c)
                .is_some_and(|m| m.first_col == c && m.last_col == next)
        })
        .then_some((c, next))
}

/// A cell's text, trimmed, where it holds some.
fn text_of(cell: Option<&crate::read::Cell>) -> Option<String> {
    match cell.map(|x| &x.value) {
        Some(Raw::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => None,
    }
}

/// The names' column and the units' column of a name label merged over two columns whose
/// left one writes each row's unit (`(orang)`, `(buah)`, `dalam %`, merged over the rows of
/// the indicators it counts) and whose right one the names: a table written turned over
/// with the unit on a line above each block of names. `None` where the left column writes
/// anything but units, or names fewer rows than the right one.
fn names_beside_units(
    sheet: &Sheet,
    header_rows: &[u32],
    columns: &BTreeMap<Role, u32>,
    rows: std::ops::RangeInclusive<u32>,
) -> Option<(u32, u32)> {
    let (c, next) = name_label_over_two(sheet, header_rows, columns)?;
    let unit_like = |t: &str| {
        let l = text::norm(t);
        let words = l.split_whitespace().count();
        l.chars().count() <= 24
            && words <= 3
            && (l.starts_with('(') && l.ends_with(')') || l.starts_with("dalam "))
    };
    let (mut names, mut units) = (0, 0);
    for r in rows {
        if text_of(sheet.get(r, next)).is_none() {
            continue;
        }
        names += 1;
        match text_of(sheet.get_shown(r, c)) {
            Some(u) if unit_like(&u) => units += 1,
            Some(_) => return None,
            None => {}
        }
    }
    (names >= 3 && units * 3 >= names * 2).then_some((next, c))
}

/// The column holding the rest of each indicator's name ([`NAME_REST`]): the one right of the
/// name's column, where the header's `Indikator Kinerja` is merged over exactly those two,
/// no other column of the table is there, and on the body rows whose both cells hold text
/// (the name's cell as its merge shows it) the name's cell is a word or two of letters (a
/// measure, `Jumlah`, `Luas`), twice or more. A table that merges its label over a wide name
/// column and writes nothing beside, or a code beside the name, is not such a table.
fn name_rest(
    sheet: &Sheet,
    header_rows: &[u32],
    columns: &BTreeMap<Role, u32>,
    rows: std::ops::RangeInclusive<u32>,
) -> Option<u32> {
    let (c, next) = name_label_over_two(sheet, header_rows, columns)?;
    let mut pairs = 0;
    for (r, rest, head) in written_right(sheet, rows, c, next) {
        // the rest beside a merge of the name's column reaching over it: no rest
        if sheet.merge_at(r, next).is_some_and(|m| m.first_col < next) {
            return None;
        }
        let Some(head) = head else {
            continue;
        };
        let words: Vec<&str> = head.split_whitespace().collect();
        let measure = (1..=2).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic) && w.chars().count() >= 3);
        if !measure || rest.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return None;
        }
        pairs += 1;
    }
    (pairs >= 2).then_some(next)
}

/// The body rows whose column `next` (right of the names' column `c`) holds text: the row,
/// that text, and the text the names' column shows there (its merge's, where merged).
fn written_right(
    sheet: &Sheet,
    rows: std::ops::RangeInclusive<u32>,
    c: u32,
    next: u32,
) -> impl Iterator<Item = (u32, String, Option<String>)> + '_ {
    rows.filter_map(move |r| {
        let right = text_of(sheet.get(r, next))?;
        Some((r, right, text_of(sheet.get_shown(r, c))))
    })
}

/// The column of names set in ([`crate::layout::NAME_INSET`]): the one right of the name's
/// column, where the header's `Indikator Kinerja` is merged over exactly those two, three
/// rows or more write their name there with the name's column empty, and no row writes in
/// both (a measure word beside the rest is [`name_rest`], a code beside a name is no name).
fn names_inset(
    sheet: &Sheet,
    header_rows: &[u32],
    columns: &BTreeMap<Role, u32>,
    rows: std::ops::RangeInclusive<u32>,
) -> Option<u32> {
    let (c, next) = name_label_over_two(sheet, header_rows, columns)?;
    let mut inset = 0;
    for (_, name, head) in written_right(sheet, rows, c, next) {
        if head.is_some() {
            return None;
        }
        if name.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            inset += 1;
        }
    }
    (inset >= 3).then_some(next)
}

/// A column headed `Tahun` (no figure's) whose rows each write a year, two years or more
/// among them (an application's export of several years, one row an indicator and a year;
/// an LKjIP table of a block of years' rows under each name): each row is its year's. The
/// column and the latest year.
fn year_column(
    sheet: &Sheet,
    header_rows: &[u32],
    found: &[Found],
    rows: std::ops::RangeInclusive<u32>,
) -> Option<(u32, i32)> {
    // in any header row (`Tahun` merged down beside `Kinerja` over Target / Realisasi)
    let col = header_rows
        .iter()
        .flat_map(|r| sheet.row(*r))
        .filter(|c| !found.iter().any(|f| f.col == c.col))
        .find(|c| matches!(text::label(&c.value.as_text()).as_str(), "tahun" | "thn"))?
        .col;
    let mut years = std::collections::BTreeSet::new();
    let (mut held, mut other) = (0usize, 0usize);
    for r in rows {
        let Some(cell) = sheet.get(r, col) else {
            continue;
        };
        match super::read::year_in(&cell.value) {
            Some(y) => {
                years.insert(y);
                held += 1;
            }
            None if cell.value.is_empty() => {}
            None => other += 1,
        }
    }
    let latest = *years.last()?;
    (years.len() >= 2 && held >= 4 && other * 10 <= held).then_some((col, latest))
}

/// The first cell (row, column) of a merged label.
type MergeOwner = (u32, u32);

/// One header column: its role, the figure column a unit column belongs to, the years its
/// label names, whether it names a past period ("Realisasi Tahun Lalu") and the part of the
/// year it covers ([`part_of_year`]).
struct Found {
    col: u32,
    role: Role,
    of: Option<u32>,
    years: Vec<i32>,
    past: bool,
    /// labelled as a count (`… (jumlah)`): taken after a column of its role that is not
    count: bool,
    /// the figure as first set, before a revision (`Target PK Awal` beside `Target PK
    /// Perubahan`), or one part of it (`Realisasi 2023 menurut Kabupaten/Kota` over each
    /// regency's beside `Realisasi Provinsi`), or a Renstra's goals (`Tujuan`) beside its
    /// `Sasaran`: taken after a column of its role that is not
    set_aside: bool,
    /// the period the label names ([`period_of`])
    period: Option<(u8, u8, bool)>,
}

impl Found {
    /// The part of the year the column covers ([`part_of_year`]).
    fn part(&self) -> u8 {
        part_of(self.period)
    }
}

/// Whether a line of the title over a table's header (the six rows above it) names the
/// realisasi (`Realisasi kumulatif s.d. triwulan`).
fn titled_realisasi(sheet: &Sheet, header: u32) -> bool {
    (header.saturating_sub(6)..header)
        .flat_map(|r| sheet.row(r))
        .any(|c| matches!(&c.value, Raw::Text(t) if text::has_word_like(&text::label(t), "realisasi")))
}

/// "Realisasi Tahun Lalu", "Realisasi Tahun Sebelumnya", "Realisasi (n-1)".
fn is_past_label(label: &str) -> bool {
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| matches!(w, "lalu" | "sebelumnya" | "sebelum" | "n-1"))
}

/// How much of the year a (normalized) label covers: 0 the whole year (no quarter named, or
/// "s/d TW IV"), 1 the last quarter or second semester alone ("Triwulan IV"), 2 an earlier
/// quarter or semester ("Realisasi Triwulan I", "TW 2", "s/d Semester I").
fn part_of_year(label: &str) -> u8 {
    part_of(period_of(label))
}

/// [`part_of_year`] of the period a label names.
fn part_of(period: Option<(u8, u8, bool)>) -> u8 {
    match period {
        None => 0,
        Some((n, of, cumulative)) => match (n == of, cumulative) {
            (true, true) => 0,
            (true, false) => 1,
            _ => 2,
        },
    }
}

/// The period a (normalized) label names: its number, how many make the year (4 quarters,
/// 2 semesters), and whether it runs from the year's start ("s/d TW III", "kumulatif").
fn period_of(label: &str) -> Option<(u8, u8, bool)> {
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = text::one_to_four;
    let mut period = None;
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().and_then(number);
        let found = match *w {
            "triwulan" | "tw" | "trw" | "tri" => next.map(|q| (q, 4)),
            "semester" | "smt" | "sem" => next.filter(|s| *s <= 2).map(|s| (s, 2)),
            // "TW1", "TWIV"
            _ => ["triwulan", "trw", "tw"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .and_then(number)
                .map(|q| (q, 4)),
        };
        if found.is_some() {
            period = found;
            break;
        }
    }
    if period.is_none() {
        // the months a period spans (`Angkatan I (Januari - April)`, `Mei s/d Agustus`): a
        // third, a quarter or a half of the year, numbered by the month it ends with
        let (from, to) = months_spanned(&words)?;
        return Some((
            to / (to - from + 1),
            12 / (to - from + 1),
            label.contains("kumulatif"),
        ));
    }
    let (n, of) = period?;
    let cumulative = ["s/d", "s.d", "sd ", "sampai", "kumulatif"]
        .iter()
        .any(|k| label.contains(k));
    Some((n, of, cumulative))
}

/// The first and last month of a range a label names (`januari - april`, `mei s/d agustus`),
/// where the range is one of the year's thirds, quarters or halves (4, 3 or 6 months,
/// ending with one).
fn months_spanned(words: &[&str]) -> Option<(u8, u8)> {
    let mut months = words
        .iter()
        .filter_map(|w| crate::layout::monthly::month(w));
    let (from, to) = (months.next()?, months.next()?);
    let span = to.checked_sub(from)? + 1;
    (matches!(span, 3 | 4 | 6) && to % span == 0).then_some((from, to))
}

/// A year written in periods with no realisasi column of its own (`Realisasi: Semester I |
/// Semester II`, `TW I .. TW IV`), where the realisasi taken is the last period's: the
/// columns of the earlier periods' realisasi, by their number (each one, of the same years),
/// which the reader adds up for a flow; and whether they run to date (`s.d. TW I` .. `s.d.
/// TW IV`, each a running total: the latest reported is the year's).
fn earlier_periods(found: &[Found], taken: u32) -> (Vec<(u8, u32)>, bool) {
    let Some(last) = found
        .iter()
        .find(|f| f.col == taken && f.role == Role::Realisasi)
    else {
        return (Vec::new(), false);
    };
    let Some((n, of, to_date)) = last.period.filter(|(n, of, _)| n == of) else {
        return (Vec::new(), false);
    };
    let earlier = columns_of_periods(found, last, Role::Realisasi, (1..n, of, to_date));
    let to_date = to_date && !earlier.is_empty();
    (earlier, to_date)
}

/// The targets of every period of a year written in periods ([`earlier_periods`]): a target
/// column of each period the realisasi's columns name, of the same years; none where a
/// period has none.
fn period_targets(found: &[Found], taken: u32) -> Vec<(u8, u32)> {
    let Some(last) = found.iter().find(|f| f.col == taken) else {
        return Vec::new();
    };
    let Some((_, of, _)) = last.period else {
        return Vec::new();
    };
    columns_of_periods(found, last, Role::Target, (1..of + 1, of, false))
}

/// The column of `role` of each period `k` in `periods` (of `of`, to date or not), of the
/// years `last` names, by its number; none unless every period has one.
fn columns_of_periods(
    found: &[Found],
    last: &Found,
    role: Role,
    (periods, of, to_date): (std::ops::Range<u8>, u8, bool),
) -> Vec<(u8, u32)> {
    periods
        .map(|k| {
            found
                .iter()
                .find(|f| {
                    f.role == role
                        && f.of.is_none()
                        && !f.past
                        && f.period == Some((k, of, to_date))
                        && f.years == last.years
                })
                .map(|f| (k, f.col))
        })
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default()
}

/// The column of each role. A role written more than once takes the column that covers the
/// table's year best: first one that names the table's year or no year, a revised figure
/// before the one first set ([`is_original_label`]), the whole year before its last quarter
/// before an earlier quarter ([`part_of_year`]), then the leftmost.
/// "Realisasi 2021 | Tahun 2022: Target, Realisasi" is the 2022 table with last year's
/// realisasi beside it, "Realisasi Tahun Lalu (2018) | Target 2019 | Realisasi 2019" likewise,
/// and "Realisasi Triwulan I..IV | Realisasi s/d TW IV" gives the year's realisasi in its
/// last column; "Realisasi 2020 | Target | Realisasi" is a table whose year's columns go
/// unnamed beside last year's realisasi, named. The table's year is the latest a figure
/// column names (not one marked past, nor one so named apart); a column naming only earlier
/// years, or marked past, is another period's. A unit column
/// goes with its figure column. Also gives that latest year.
fn choose_columns(found: &[Found]) -> (BTreeMap<Role, u32>, Option<i32>) {
    // a figure column of the whole year that names no year, not marked past (not a
    // semester's beside `Tahun 2023`)
    let plain = |role: Role| {
        found.iter().any(|f| {
            f.role == role && f.of.is_none() && !f.past && f.years.is_empty() && f.part() == 0
        })
    };
    // where a target names no year, a column naming one no target names, beside a column of
    // its role that names none, is another year's ("Realisasi 2020 | Target | Realisasi" in
    // the 2021 table: the year's columns go unnamed, last year's is named; not "Target 2022
    // | … | Tahun 2022: Realisasi" beside a semester's)
    let target_plain = plain(Role::Target);
    let target_years: Vec<i32> = found
        .iter()
        .filter(|f| f.role == Role::Target)
        .flat_map(|f| f.years.iter().copied())
        .collect();
    let apart = |f: &Found| {
        target_plain
            && f.role != Role::Target
            && !f.years.is_empty()
            && !f.years.iter().any(|y| target_years.contains(y))
            && plain(f.role)
    };
    let current = found
        .iter()
        .filter(|f| FIGURE_ROLES.contains(&f.role) && !f.past && !apart(f))
        .flat_map(|f| f.years.iter().copied())
        .max();
    // a Renstra's targets of many years (`Target Kinerja Tahun` over 2021 .. 2026) beside the
    // realisasi of some of them (`Realisasi` over 2023 | 2024): the latest realisasi's year,
    // the later targets being plans
    let mut target_years = target_years.clone();
    target_years.sort_unstable();
    target_years.dedup();
    let realised = found
        .iter()
        .filter(|f| f.role == Role::Realisasi && f.of.is_none() && !f.past)
        .flat_map(|f| f.years.iter().copied())
        .filter(|y| target_years.contains(y))
        .max();
    let current = match realised {
        Some(r) if target_years.len() >= 3 && current.is_some_and(|c| c > r) => Some(r),
        _ => current,
    };
    let rank = |f: &Found| {
        let other_period = f.past
            || apart(f)
            || (!f.years.is_empty() && current.is_some_and(|y| !f.years.contains(&y)));
        (other_period, f.count, f.set_aside, f.part())
    };
    let mut columns: BTreeMap<Role, u32> = BTreeMap::new();
    let mut ranks: BTreeMap<Role, (bool, bool, bool, u8)> = BTreeMap::new();
    // a count is no capaian (`Pencapaian (jumlah)`): left to the other periods' columns
    let candidates = || {
        found
            .iter()
            .filter(|f| f.of.is_none() && !(f.count && f.role == Role::Capaian))
    };
    for f in candidates() {
        let r = rank(f);
        if ranks.get(&f.role).is_none_or(|taken| r < *taken) {
            columns.insert(f.role, f.col);
            ranks.insert(f.role, r);
        }
    }
    // of target or capaian columns alike (a form printed twice side by side, `Realisasi
    // s.d. TW II` in the first copy and `s.d. TW IV` in the second), the one nearest the
    // realisasi taken: an indicator's figures stand together
    if let Some(&real) = columns.get(&Role::Realisasi) {
        for f in candidates().filter(|f| matches!(f.role, Role::Target | Role::Capaian)) {
            let Some(&taken) = columns.get(&f.role) else {
                continue;
            };
            // alike: as ranked, and naming the same years (`Target 2022` twice; not `Target
            // 2024` beside `s.d. Triwulan IV / Target`)
            let alike = found
                .iter()
                .find(|t| t.col == taken)
                .is_some_and(|t| t.years == f.years && rank(t) == rank(f));
            if alike && f.col.abs_diff(real) < taken.abs_diff(real) {
                columns.insert(f.role, f.col);
            }
        }
    }
    for f in found.iter() {
        if let Some(of) = f.of {
            let parent = match f.role {
                Role::TargetSatuan => Role::Target,
                _ => Role::Realisasi,
            };
            if columns.get(&parent) == Some(&of) {
                columns.entry(f.role).or_insert(f.col);
            }
        }
    }
    (columns, current)
}

/// Where the column taken for the names holds codes (`IKU-01`, `SS.1`: one word with a
/// digit) in most of its filled cells, and another column labelled for names holds names of
/// two words or more in most of its: that column.
fn names_over_codes(
    sheet: &Sheet,
    found: &[Found],
    columns: &BTreeMap<Role, u32>,
    body: std::ops::RangeInclusive<u32>,
) -> Option<u32> {
    let taken = *columns.get(&Role::Indikator)?;
    // how many of a column's filled cells in the body, and how many of them pass `test`
    let share = |col: u32, test: &dyn Fn(&str) -> bool| {
        let (mut filled, mut passed) = (0usize, 0usize);
        for r in body.clone() {
            let Some(cell) = sheet.get(r, col) else {
                continue;
            };
            let text = cell.value.as_text();
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            filled += 1;
            passed += usize::from(test(text));
        }
        filled >= 2 && passed * 2 > filled
    };
    let code = |t: &str| t.split_whitespace().count() == 1 && t.chars().any(|c| c.is_ascii_digit());
    let name = |t: &str| t.split_whitespace().count() >= 2;
    // most tables label one column for names: the body is not walked for them
    let mut others = found
        .iter()
        .filter(|f| f.role == Role::Indikator && f.of.is_none() && f.col != taken)
        .map(|f| f.col)
        .peekable();
    others.peek()?;
    if !share(taken, &code) {
        return None;
    }
    others.find(|&c| share(c, &name))
}

/// Where the figures' columns come in several groups, each a Target and a Realisasi under a
/// label merged over them (one group per place or part), and one group's label says it is
/// all of them together (`gabungan`, `jumlah`, `total`, `keseluruhan`): that group's target,
/// realisasi and capaian columns.
fn whole_of_parts(sheet: &Sheet, header_rows: &[u32], found: &[Found]) -> Option<Vec<(Role, u32)>> {
    let leaf = *header_rows.last()?;
    let group_label = |col: u32| -> Option<String> {
        header_rows.iter().filter(|&&r| r < leaf).find_map(|&r| {
            let m = sheet.merge_at(r, col)?;
            (m.last_col > m.first_col).then_some(())?;
            Some(text::label(&sheet.get_shown(r, col)?.value.as_text()))
        })
    };
    let figures: Vec<&Found> = found
        .iter()
        .filter(|f| {
            f.of.is_none() && matches!(f.role, Role::Target | Role::Realisasi | Role::Capaian)
        })
        .collect();
    // groups: each distinct label merged over figures' columns
    let mut groups: Vec<(String, Vec<(Role, u32)>)> = Vec::new();
    for f in &figures {
        let Some(label) = group_label(f.col) else {
            continue;
        };
        match groups
            .iter_mut()
            .find(|(l, cols)| *l == label && cols.iter().all(|c| c.0 != f.role))
        {
            Some((_, cols)) => cols.push((f.role, f.col)),
            None => groups.push((label, vec![(f.role, f.col)])),
        }
    }
    let pairs = |cols: &[(Role, u32)]| {
        cols.iter().any(|c| c.0 == Role::Target) && cols.iter().any(|c| c.0 == Role::Realisasi)
    };
    if groups.iter().filter(|(_, cols)| pairs(cols)).count() < 3 {
        return None;
    }
    let whole = |l: &str| {
        l.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "gabungan" | "jumlah" | "total" | "keseluruhan"))
    };
    groups
        .into_iter()
        .find(|(l, cols)| whole(l) && pairs(cols))
        .map(|(_, cols)| cols)
}

/// A first body row that heads a group of indicators rather than the columns, under the
/// header row `header`: "I | Sasaran Strategis 1 : Meningkatnya derajat kesehatan
/// masyarakat" names a sasaran, no figure column, in a label longer than a column's; "A.
/// Indikator Kinerja Utama" is one text merged across the header's width or nearly.
/// The column of the total of a realisasi written in parts: the realisasi's label merged over
/// three columns or more (`Realisasi per Wilayah Kerja / Desa` over a column per village),
/// and right of them a column whose formulas add up those columns on their own row
/// (`=SUM(E9:J9)`, most of its formulas, two at least) or labelled as their total (`Jumlah
/// …`, `Total …`), or else the group's last column so made or labelled.
fn parts_total(sheet: &Sheet, header_rows: &[u32], realisasi: u32) -> Option<u32> {
    let group = header_rows
        .iter()
        .filter_map(|&r| sheet.merge_at(r, realisasi))
        .find(|m| m.first_col == realisasi && m.last_col >= realisasi + 2)?;
    let parts = group.first_col..=group.last_col;
    // a year's or a period's label over its target, realisasi and capaian (`Tahun 2021` over
    // `Realisasi | Target | Capaian (%)`) groups no parts: the capaian is no total
    let other_roles = parts.clone().filter(|&c| c != realisasi).any(|c| {
        header_rows.iter().any(|&r| {
            sheet.get_shown(r, c).is_some_and(|cell| {
                matches!(
                    crate::layout::classify(&text::label(&cell.value.as_text())),
                    Some(Role::Target | Role::Capaian)
                )
            })
        })
    });
    if other_roles {
        return None;
    }
    let body = header_rows.last()? + 1;
    let labelled_total = |col: u32| {
        header_rows.iter().any(|&r| {
            sheet.get_shown(r, col).is_some_and(|c| {
                let l = text::label(&c.value.as_text());
                l.starts_with("jumlah") || l.starts_with("total")
            })
        })
    };
    let beside = (group.last_col + 1..=group.last_col + 2).find(|&c| {
        crate::layout::made_of_columns(sheet, c, body, &|x| parts.contains(&x)) || labelled_total(c)
    });
    // or the group's own last column, the total of the others under the same label (`KAB. …
    // | KOTA … | JUMLAH / PROVINSI` under `REALISASI 2020`)
    let last = group.last_col;
    let inside = || {
        let others = group.first_col..last;
        (labelled_total(last)
            || crate::layout::made_of_columns(sheet, last, body, &|x| others.contains(&x)))
        .then_some(last)
    };
    beside.or_else(inside)
}

fn is_group_row(sheet: &Sheet, row: u32, header: u32) -> bool {
    let cells = sheet.row(row);
    let long = cells
        .iter()
        .any(|c| matches!(&c.value, Raw::Text(t) if t.chars().count() > 40));
    long && !row_roles(sheet, row)
        .iter()
        .any(|(_, r)| FIGURE_ROLES.contains(r))
        || is_section_row(sheet, row, header)
}

/// A row of the columns' own labels under a group label row: two labels or more, half its
/// cells or more (not a first body row whose unit cells say `%`).
fn is_label_row(sheet: &Sheet, row: u32) -> bool {
    let labels = row_roles(sheet, row).len();
    labels >= 2 && labels * 2 >= sheet.row(row).len()
}

/// A row of labels each merged over two columns or more, over a row of the columns' own
/// labels: "Kinerja" over `T | R | %` and "Anggaran (Rp)" over its own.
fn is_group_label_row(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    !cells.is_empty()
        && cells.iter().all(|c| {
            matches!(&c.value, Raw::Text(t) if !t.trim().is_empty())
                && sheet.merge_at(row, c.col).is_some_and(|m| {
                    m.first_row == row && m.first_col == c.col && m.last_col > m.first_col
                })
        })
}

/// A row of one text merged across the header's width or nearly: a heading of the rows
/// under it ("A. Indikator Kinerja Utama" over the first group of indicators), no label of a
/// column; or of that text again over each copy of a table printed twice side by side.
fn is_section_row(sheet: &Sheet, row: u32, header: u32) -> bool {
    let cells = sheet.row(row);
    let Some(text) = cells.first().map(|c| c.value.as_text()) else {
        return false;
    };
    let header_cells = sheet.row(header);
    let (Some(first), Some(last)) = (header_cells.first(), header_cells.last()) else {
        return false;
    };
    let width = last.col.saturating_sub(first.col) + 1;
    let mut span = 0;
    for c in cells {
        let Some(m) = sheet.merge_at(row, c.col) else {
            return false;
        };
        if c.value.as_text() != text {
            return false;
        }
        span += m.last_col.saturating_sub(m.first_col) + 1;
    }
    width >= 3 && span * 5 >= width * 4
}

/// A header row that names the periods under a group header: "I II III IV" under "Realisasi
/// Triwulan", "TW I .. TW IV", "Semester I / II", K / Rp pairs, or the words over such labels
/// ("Tahunan | Triwulan"). Every cell is such a label.
fn is_period_row(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    cells.len() >= 2
        && cells.iter().all(|c| match &c.value {
            Raw::Text(t) if t.len() <= 16 => {
                let l = text::label(t);
                matches!(
                    l.as_str(),
                    "i" | "ii" | "iii" | "iv" | "k" | "rp" | "rp." | "%" | "(%)"
                    // the words over the periods' own labels: "Tahunan | Triwulan" above
                    // "I | II | III | IV"
                    | "tahunan" | "triwulan" | "triwulanan" | "semester" | "bulanan"
                ) || part_of_year(&l) > 0
                    || l.starts_with("semester")
                    // the whole year beside its periods: "Semester I | Semester II | Tahun
                    // 2023"
                    || text::header_year(t).is_some() && l.split(' ').count() <= 2
            }
            _ => false,
        })
}

/// The row of the name written on the line above a table of one indicator by year (`a)
/// Jumlah naskah kerja sama …` over `Tahun | Target | Realisasi | …`, a caption `Tabel 3.2`
/// above it passed over): the nearest filled row within three above the header, one text of
/// two words or more in it, starting at the table's first column, that is no caption and no
/// sasaran line; the header's first label `Tahun`.
fn name_above(sheet: &Sheet, header: u32, first_col: u32) -> Option<u32> {
    let years_first = sheet
        .get(header, first_col)
        .is_some_and(|c| text::label(&c.value.as_text()) == "tahun");
    if !years_first {
        return None;
    }
    for r in (header.saturating_sub(3)..header).rev() {
        let cells: Vec<&crate::read::Cell> = sheet
            .row(r)
            .iter()
            .filter(|c| !c.value.is_empty())
            .collect();
        let [cell] = cells[..] else {
            if cells.is_empty() {
                continue;
            }
            return None;
        };
        let Raw::Text(t) = &cell.value else {
            return None;
        };
        let low = text::norm(t);
        if low.starts_with("tabel") || low.starts_with("table") {
            continue;
        }
        let words = text::lettered_words(t);
        let sasaran = super::card::sasaran_line(sheet, r).is_some();
        return (cell.col == first_col && words >= 2 && !sasaran).then_some(r);
    }
    None
}

/// A label of the goals a Renstra matrix writes left of its sasaran (`Tujuan | Sasaran |
/// Indikator Kinerja`): read as sasaran only where no column says `Sasaran`.
fn is_goal_label(label: &str) -> bool {
    label.starts_with("tujuan")
}

/// A figure's label naming one of the parts it is broken down by (`Realisasi 2023 menurut
/// Kabupaten/Kota | Kota Sempana`, `… per Kecamatan`).
fn is_breakdown_label(label: &str) -> bool {
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0], "menurut" | "per")
            && matches!(
                w[1],
                "kabupaten" | "kab" | "kota" | "kecamatan" | "desa" | "kelurahan"
            )
    })
}

/// A sub-label naming what of a piece of work is planned or achieved other than its quantity
/// (`Kual/Mutu`, `Kualitas`, `Waktu`, `Biaya`, under `Target` and `Realisasi` in a civil
/// servant's SKP beside `Kuant/Output`).
fn is_other_aspect_label(label: &str) -> bool {
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            matches!(
                *w,
                "kual" | "kualitas" | "mutu" | "waktu" | "biaya" | "bln" | "bulan"
            )
        })
}

/// A header row of short labels each under a label of row `above` merged over several
/// columns (`PK Awal | PK Perubahan` under `Target 2019`, `Murni | Perubahan` under
/// `Anggaran`): the columns' own labels, no data. Every cell a short text, at least one
/// such label.
fn is_sub_label_row(sheet: &Sheet, row: u32, above: u32) -> bool {
    let cells = sheet.row(row);
    let under = |col: u32| {
        sheet
            .merge_at(above, col)
            .is_some_and(|m| m.first_col < m.last_col && m.last_row < row)
    };
    // beside them, periods' labels of columns set aside (`TW I .. TW IV` under `bantu`)
    cells.iter().filter(|c| under(c.col)).count() >= 2
        && cells.iter().all(|c| match &c.value {
            Raw::Text(t) if t.chars().count() <= 30 && t.chars().any(char::is_alphabetic) => {
                under(c.col) || part_of_year(&text::label(t)) > 0
            }
            _ => false,
        })
}

/// A header row of the columns' own labels and periods under group headers (`Target |
/// Realisasi` under `Tahun 2024` beside `TW I .. TW IV` under `Realisasi 2025`): every cell a
/// short label, a period's among them.
fn is_labels_and_periods_row(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    let mut periods = 0;
    let all = cells.iter().all(|c| match &c.value {
        Raw::Text(t) if t.len() <= 30 => {
            let l = text::label(t);
            if part_of_year(&l) > 0 {
                periods += 1;
                true
            } else {
                classify(&l).is_some()
            }
        }
        _ => false,
    });
    cells.len() >= 3 && all && periods >= 2
}

/// A header row that names years under a group header ("Realisasi" merged over `2021 |
/// 2022 | 2023`, the years typed as numbers or text): two or more years, and every other
/// cell a header label or a period's (`Smt I | Smt II` under a helper's label beside them).
fn is_year_row(sheet: &Sheet, row: u32, labels: usize) -> bool {
    let cells = sheet.row(row);
    let is_year = |c: &&crate::read::Cell| match &c.value {
        Raw::Number(d) => {
            d.fract().is_zero() && (Decimal::from(1990)..=Decimal::from(2100)).contains(d)
        }
        Raw::Text(t) => {
            let t = t.trim();
            t.len() == 4 && text::years(t).len() == 1
        }
        _ => false,
    };
    let years = cells.iter().filter(is_year).count();
    let periods = cells
        .iter()
        .filter(|c| matches!(&c.value, Raw::Text(t) if t.len() <= 16 && part_of_year(&text::label(t)) > 0))
        .count();
    years >= 2 && years + labels + periods == cells.len()
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

/// The figure columns of other years' groups (an LKjIP table's "2021 | 2022 | 2023 | 2024",
/// each over Target / Realisasi / Capaian): for each year other than the table's that heads
/// a target and a realisasi of its own, its columns as `tahun_<year>_<role>` keys
/// ([`super::read::OTHER_YEAR`]), so that each year's % is checked as that year's.
fn other_years(
    found: &[Found],
    taken: &[u32],
    header_years: &[(u32, i32)],
    header_year: Option<i32>,
) -> BTreeMap<String, u32> {
    let mut out = BTreeMap::new();
    let Some(current) = header_year else {
        return out;
    };
    let mut groups: BTreeMap<i32, BTreeMap<&'static str, u32>> = BTreeMap::new();
    for f in found
        .iter()
        .filter(|f| f.of.is_none() && !taken.contains(&f.col))
    {
        let key = match f.role {
            Role::Target => "target",
            Role::Realisasi => "realisasi",
            Role::Capaian => "capaian",
            _ => continue,
        };
        let mut years: Vec<i32> = header_years
            .iter()
            .filter(|(c, _)| *c == f.col)
            .map(|(_, y)| *y)
            .collect();
        years.dedup();
        if let [year] = years[..] {
            if year != current {
                groups.entry(year).or_default().entry(key).or_insert(f.col);
            }
        }
    }
    for (year, cols) in groups {
        if cols.contains_key("target") && cols.contains_key("realisasi") {
            for (key, col) in cols {
                out.insert(format!("{}{year}_{key}", super::read::OTHER_YEAR), col);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{is_other_aspect_label, period_of};

    #[test]
    fn periods_named_by_their_months_and_the_other_aspects_of_an_skp() {
        // a third of the year, a quarter, a half, numbered by the month each ends with
        assert_eq!(
            period_of("angkatan i (januari - april)"),
            Some((1, 3, false))
        );
        assert_eq!(
            period_of("angkatan iii (september - desember)"),
            Some((3, 3, false))
        );
        assert_eq!(
            period_of("realisasi juli s/d september"),
            Some((3, 4, false))
        );
        assert_eq!(period_of("januari - juni"), Some((1, 2, false)));
        // a span that is no part of the year's, or one month
        assert_eq!(period_of("februari - april"), None);
        assert_eq!(period_of("realisasi desember"), None);
        assert_eq!(period_of("triwulan ii"), Some((2, 4, false)));
        assert!(is_other_aspect_label("kual/ mutu"));
        assert!(is_other_aspect_label("waktu"));
        assert!(is_other_aspect_label("biaya"));
        assert!(!is_other_aspect_label("kuant/ output"));
        assert!(!is_other_aspect_label("target"));
    }
}
