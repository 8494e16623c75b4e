//! Tables of different years set side by side on one sheet: `TAHUN 2022` over `No |
//! Indikator | Satuan | Target | Realisasi | Capaian` and, past an empty column, `TAHUN 2023`
//! over the same columns again, each table with its own names and rows. Each band of columns
//! is read as a sheet of its own ([`Sheet::columns`]), its tables of its year.
//!
//! A header row repeated past an empty column whose copies name one year (`Realisasi s.d.
//! TW II` in one copy and `s.d. TW IV` in the other, the same table printed twice) is one
//! table: the form reads the columns nearest its realisasi.

use std::ops::RangeInclusive;

use crate::layout::{classify, is_header_candidate, Role};
use crate::read::{Raw, Sheet};
use crate::text;

/// How far down a sheet its header row is sought.
const HEADER_SEARCH_ROWS: usize = 60;
/// How many rows above the header row may name a band's year (`TAHUN 2023` merged over it).
const YEAR_ROWS_ABOVE: u32 = 3;

/// One band of columns and the year its header names.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Band {
    pub cols: RangeInclusive<u32>,
    pub year: i32,
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
    // merged label reaches over it)
    let mut runs: Vec<Vec<(u32, Option<Role>)>> = Vec::new();
    let mut reach = None::<u32>;
    for c in cells {
        let role = match &c.value {
            Raw::Text(t) if t.len() < 120 => classify(&text::label(t)),
            _ => None,
        };
        let adjacent = reach.is_some_and(|r| c.col <= r.saturating_add(1));
        match runs.last_mut() {
            Some(run) if adjacent => run.push((c.col, role)),
            _ => runs.push(vec![(c.col, role)]),
        }
        let end = sheet
            .merge_at(row, c.col)
            .map_or(c.col, |m| m.last_col.max(c.col));
        reach = Some(match reach {
            Some(r) if adjacent => r.max(end),
            _ => end,
        });
    }
    let tables: Vec<u32> = runs
        .iter()
        .filter_map(|run| {
            let roles: Vec<(u32, Role)> =
                run.iter().filter_map(|(c, r)| r.map(|r| (*c, r))).collect();
            let names = roles.iter().any(|(_, r)| *r == Role::Indikator);
            (names && is_header_candidate(&roles)).then(|| run[0].0)
        })
        .collect();
    if tables.len() < 2 {
        return None;
    }
    let mut bands = Vec::with_capacity(tables.len());
    for (i, &start) in tables.iter().enumerate() {
        let from = if i == 0 { 0 } else { start };
        let to = tables.get(i + 1).map_or(u32::MAX, |next| next - 1);
        let year = band_year(sheet, row, from..=to)?;
        bands.push(Band {
            cols: from..=to,
            year,
        });
    }
    let mut years: Vec<i32> = bands.iter().map(|b| b.year).collect();
    years.sort_unstable();
    years.dedup();
    (years.len() == bands.len()).then_some(bands)
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
