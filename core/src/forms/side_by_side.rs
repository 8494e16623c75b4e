//! Tables of different years on one sheet.
//!
//! Side by side: `TAHUN 2022` over `No | Indikator | Satuan | Target | Realisasi | Capaian`
//! and, past an empty column, `TAHUN 2023` over the same columns again, each table with its
//! own names and rows. Each band of columns is read as a sheet of its own
//! ([`Sheet::columns`]), its tables of its year ([`bands`]).
//!
//! A header row repeated past an empty column whose copies name one year (`Realisasi s.d.
//! TW II` in one copy and `s.d. TW IV` in the other, the same table printed twice) is one
//! table: the form reads the columns nearest its realisasi.
//!
//! One under the other: a year's table and, under its signature, last year's pasted in with
//! its own title (`PENGUKURAN KINERJA TAHUN 2022`): each table of the year its header or the
//! nearest title above it names ([`years_one_under_another`]).

use std::ops::RangeInclusive;

use crate::layout::{is_header_candidate, Role, Table};
use crate::read::{Raw, Sheet};
use crate::text;

/// How far down a sheet its header row is sought.
const HEADER_SEARCH_ROWS: usize = 60;
/// How many rows above the header row may name a band's year (`TAHUN 2023` merged over it).
const YEAR_ROWS_ABOVE: u32 = 3;

/// One band of columns and the year its header names (none where the bands are halves of
/// one year's list, each with its own indicators).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Band {
    pub cols: RangeInclusive<u32>,
    pub year: Option<i32>,
}

/// The bands of a sheet whose header row holds two tables or more past empty columns, each
/// with an indicator column and a figure of its own, each naming one year and no two the
/// same; `None` for any other sheet.
pub(super) fn bands(sheet: &Sheet) -> Option<Vec<Band>> {
    sheet
        .rows()
        .take(HEADER_SEARCH_ROWS)
        .find_map(|row| bands_of_header(sheet, row))
}

fn bands_of_header(sheet: &Sheet, row: u32) -> Option<Vec<Band>> {
    let cells = sheet.row(row);
    if cells.len() < 4 {
        return None;
    }
    // the row's cells in runs, apart where a column between two cells holds nothing (and no
    // merged label reaches over it); most header rows are one run, and their labels are not
    // looked at
    let mut runs: Vec<Vec<&crate::read::Cell>> = Vec::new();
    let mut reach = None::<u32>;
    for c in cells {
        let adjacent = reach.is_some_and(|r| c.col <= r.saturating_add(1));
        match runs.last_mut() {
            Some(run) if adjacent => run.push(c),
            _ => runs.push(vec![c]),
        }
        let end = sheet
            .merge_at(row, c.col)
            .map_or(c.col, |m| m.last_col.max(c.col));
        reach = Some(match reach {
            Some(r) if adjacent => r.max(end),
            _ => end,
        });
    }
    if runs.iter().filter(|run| run.len() >= 3).count() < 2 {
        return None;
    }
    // each run's labels, as detection reads a header row's, with those merged down over the
    // row from a row above (`Indikator Kinerja` over two header rows beside `Target |
    // Realisasi` under `Tahun 2017`): the runs made again with them
    let mut roles = crate::layout::row_roles(sheet, row);
    let mut spans: Vec<(u32, u32)> = cells
        .iter()
        .map(|c| {
            let end = sheet
                .merge_at(row, c.col)
                .map_or(c.col, |m| m.last_col.max(c.col));
            (c.col, end)
        })
        .collect();
    for m in sheet
        .merged
        .iter()
        .filter(|m| m.first_row < row && m.last_row >= row && m.first_row + YEAR_ROWS_ABOVE >= row)
    {
        let Some(c) = sheet.get(m.first_row, m.first_col) else {
            continue;
        };
        if let Raw::Text(t) = &c.value {
            if let Some(role) = (t.len() < 120)
                .then(|| crate::layout::classify(&text::label(t)))
                .flatten()
            {
                roles.push((m.first_col, role));
            }
        }
        spans.push((m.first_col, m.last_col));
    }
    spans.sort_unstable();
    let mut labelled: Vec<(u32, u32)> = Vec::new();
    for (first, end) in spans {
        match labelled.last_mut() {
            Some(run) if first <= run.1.saturating_add(1) => run.1 = run.1.max(end),
            _ => labelled.push((first, end)),
        }
    }
    let tables: Vec<u32> = labelled
        .iter()
        .filter_map(|&(first, last)| {
            let own: Vec<(u32, Role)> = roles
                .iter()
                .copied()
                .filter(|(c, _)| (first..=last).contains(c))
                .collect();
            let names = own.iter().any(|(_, r)| *r == Role::Indikator);
            (names && is_header_candidate(&own)).then_some(first)
        })
        .collect();
    if tables.len() < 2 {
        return None;
    }
    let mut bands = Vec::with_capacity(tables.len());
    for (i, &start) in tables.iter().enumerate() {
        let from = if i == 0 { 0 } else { start };
        let to = tables.get(i + 1).map_or(u32::MAX, |next| next - 1);
        bands.push(Band {
            cols: from..=to,
            year: band_year(sheet, row, from..=to),
        });
    }
    // no band names a year: the halves of one list set side by side on a page (a notice
    // board's), where no name of one stands in another
    if bands.iter().all(|b| b.year.is_none()) {
        return own_names(sheet, row, &bands, true).then_some(bands);
    }
    let mut years: Vec<i32> = bands.iter().filter_map(|b| b.year).collect();
    years.sort_unstable();
    years.dedup();
    // every band naming one year, each with names of its own: halves of that year's list
    // (not one table printed twice, which the form reads as one)
    let halves = || {
        years.len() == 1
            && bands.iter().all(|b| b.year.is_some())
            && own_names(sheet, row, &bands, false)
    };
    (years.len() == bands.len() || halves()).then_some(bands)
}

/// Whether each band under the header `row` writes names of its own: texts of three words or
/// more, none of them written in another band (not one table printed twice), or, `loose`,
/// fewer than a third of them (panels of one list that name no year, each ending with a line
/// alike: `Rata-rata capaian bidang`).
fn own_names(sheet: &Sheet, row: u32, bands: &[Band], loose: bool) -> bool {
    let names = |b: &Band| -> std::collections::BTreeSet<String> {
        sheet
            .cells
            .iter()
            .filter(|c| c.row > row && b.cols.contains(&c.col))
            .filter_map(|c| match &c.value {
                Raw::Text(t) if t.split_whitespace().count() >= 3 => Some(text::norm(t)),
                _ => None,
            })
            .collect()
    };
    let each: Vec<_> = bands.iter().map(names).collect();
    each.iter().all(|n| n.len() >= 3)
        && each.iter().enumerate().all(|(i, a)| {
            each[i + 1..]
                .iter()
                .all(|b| match a.intersection(b).count() {
                    0 => true,
                    shared => loose && shared * 3 < a.len().min(b.len()),
                })
        })
}

/// The one year a band's header names: in its header row (`Target 2023`) or a label over it
/// within the band (`TAHUN 2023` merged over its columns, not a title across the sheet).
fn band_year(sheet: &Sheet, header: u32, cols: RangeInclusive<u32>) -> Option<i32> {
    let mut years = Vec::new();
    for row in header.saturating_sub(YEAR_ROWS_ABOVE)..=header {
        for c in sheet.row(row).iter().filter(|c| cols.contains(&c.col)) {
            let within = sheet
                .merge_at(row, c.col)
                .is_none_or(|m| cols.contains(&m.last_col));
            let Raw::Text(t) = &c.value else {
                continue;
            };
            if !within {
                continue;
            }
            let year = text::header_year(t).or_else(|| {
                // a year alone over its table (`2023`), or naming a figure (`Target 2023`)
                let named = text::years(t);
                (t.len() <= 30 && named.len() == 1).then(|| named[0])
            });
            years.extend(year);
        }
    }
    years.sort_unstable();
    years.dedup();
    match years[..] {
        [year] => Some(year),
        _ => None,
    }
}

/// The year of each of a sheet's tables one under the other where they name different years:
/// the year its header names, else the one the nearest title line above it names (between
/// it and the table before it; not a span `2021-2026`, nor a Renstra's end). `None` where
/// fewer than two tables, or one names none, or all name one year.
pub(super) fn years_one_under_another(sheet: &Sheet, tables: &[Table]) -> Option<Vec<i32>> {
    if tables.len() < 2 {
        return None;
    }
    let mut years = Vec::with_capacity(tables.len());
    let mut above = 0;
    for t in tables {
        let header = t.header_rows.first().copied()?;
        let year = t.header_year.or_else(|| title_year(sheet, above..header))?;
        years.push(year);
        above = t.last_row + 1;
    }
    years.iter().any(|y| *y != years[0]).then_some(years)
}

/// The year the nearest title line of `rows` names, from the last row up.
fn title_year(sheet: &Sheet, rows: std::ops::Range<u32>) -> Option<i32> {
    rows.rev().find_map(|r| {
        sheet.row(r).iter().find_map(|c| {
            let Raw::Text(t) = &c.value else {
                return None;
            };
            if t.len() > 200 {
                return None;
            }
            let y = text::year_after_tahun(t)?;
            let n = text::norm(t);
            let renstra = ["renstra", "rpjmd", "akhir periode"]
                .iter()
                .any(|w| n.contains(w));
            (text::span_end(t, y).is_none() && !renstra).then_some(y)
        })
    })
}
