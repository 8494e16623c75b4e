//! Annual tables whose figures stand in rows, not columns: each indicator a block of rows
//! labelled Target / Realisasi / Capaian in an "Uraian" column, and the years across the
//! columns (a Renstra evaluation: 2021 | 2022 | 2023 | 2024). Every year's column of a block
//! is one indicator: its target, realisasi and % capaian are the cells of that column in the
//! block's labelled rows. The table's own year keeps the indicator's name; an earlier
//! year's is named with its year ("IKLH (2022)") and marked with its period, so that the
//! rules check it and `rakit compare` leaves it to the year it belongs to.

use std::collections::BTreeMap;

use crate::layout::{classify, Role, Table, FIGURE_ROLES};
use crate::model::*;
use crate::read::{Raw, Sheet};
use crate::text;
use crate::value::CompactString;

/// The key of the label column among a stacked table's `qcols`.
pub(super) const LABELS: &str = "uraian";
/// The prefix of a year's column among a stacked table's `qcols` (`tahun_2023`).
pub(super) const YEAR: &str = "tahun_";
/// The key of the one column of figures of a stacked table whose header names no year
/// ("Uraian | Nilai | Satuan"): the table's year's.
pub(super) const THE_YEAR: &str = "nilai";

/// The key, among a stacked table's `qcols`, saying that its (last) header row stands again
/// above each block (`Uraian | 2018 | 2019 | 2020` over every indicator's Target / Realisasi
/// / Capaian lines), each block's name on a line of its own above that header; its column is
/// the label column's. Absent where one header stands above all blocks and the names are in
/// a column of their own.
pub(super) const BLOCK_HEADER: &str = "header_tiap_blok";

/// Whether `row` writes again what the header row `header` writes: the same texts in the same
/// columns (the header of the next block), with a year or a label among them.
pub(super) fn repeats_header(sheet: &Sheet, header: u32, row: u32) -> bool {
    if row == header {
        return false;
    }
    let texts = |r: u32| -> Vec<(u32, String)> {
        sheet
            .row(r)
            .iter()
            .filter(|c| !c.value.is_empty())
            .map(|c| (c.col, text::label(&c.value.as_text())))
            .filter(|(_, t)| !t.is_empty())
            .collect()
    };
    let head = texts(header);
    head.len() >= 2 && texts(row) == head
}

/// The row naming a block whose header stands on `header`: the nearest row above it, at most
/// two rows up past blank ones, that holds a text other than a header's or a label's.
pub(super) fn name_row_above(sheet: &Sheet, header: u32) -> Option<u32> {
    (header.saturating_sub(3)..header)
        .rev()
        .find(|&r| !sheet.row(r).iter().all(|c| c.value.is_empty()))
        .filter(|&r| name_cell(sheet, r).is_some())
}

/// The cell of a block's name row that holds the name: its longest text that is not a
/// number (`1.`, `1.1`) or a sasaran's line.
pub(super) fn name_cell(sheet: &Sheet, row: u32) -> Option<u32> {
    if super::card::sasaran_line(sheet, row).is_some() {
        return None;
    }
    sheet
        .row(row)
        .iter()
        .filter_map(|c| match &c.value {
            Raw::Text(t) if t.chars().filter(|c| c.is_alphabetic()).count() >= 3 => {
                Some((t.trim().chars().count(), c.col))
            }
            _ => None,
        })
        .max_by_key(|(n, col)| (*n, std::cmp::Reverse(*col)))
        .map(|(_, col)| col)
}

/// The unit a row label writes in brackets at its end (`Target (kab/kota)`, `Realisasi
/// (%)`).
fn unit_in_label(sheet: &Sheet, row: u32, col: u32) -> Option<std::sync::Arc<str>> {
    let t = sheet.get(row, col)?.value.as_text();
    let unit = text::bracket_at_end(&t)?.1.trim();
    (!unit.is_empty() && unit.chars().count() <= 20).then(|| unit.into())
}

/// One indicator's block of labelled rows.
struct Block {
    /// its first row
    first: u32,
    /// the header above it, where each block has one
    header: Option<u32>,
    /// each label's row
    roles: BTreeMap<Role, u32>,
    /// the rows of the realisasi of the year's earlier periods (`Realisasi Semester I` above
    /// `Realisasi Semester II`)
    earlier: Vec<u32>,
}

/// Whether a row's label names a period of the year (`Realisasi Semester I`, `Realisasi TW
/// III`, `Realisasi Smt 2`).
fn labels_a_period(sheet: &Sheet, row: u32, col: u32) -> bool {
    let Some(cell) = sheet.get(row, col) else {
        return false;
    };
    let l = text::label(&cell.value.as_text());
    l.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "semester" | "smt" | "tw" | "triwulan"))
        || crate::layout::quarterly::header_period(&l).is_some()
}

/// The role a row label gives (Target / Realisasi / Capaian (%)).
pub(super) fn label_role(sheet: &Sheet, row: u32, col: u32) -> Option<Role> {
    // a name merged across the row from a column before ("1.1 | Persentase peningkatan PAD"
    // over the label column) is no label
    if sheet.merge_at(row, col).is_some_and(|m| m.first_col < col) {
        return None;
    }
    match &sheet.get(row, col)?.value {
        Raw::Text(t) if t.len() <= 40 => {
            classify(&text::label(t)).filter(|r| FIGURE_ROLES.contains(r))
        }
        _ => None,
    }
}

/// The column among `candidates` whose body, from `first` on, labels its rows Target /
/// Realisasi / Capaian: at least two of each of two kinds, and no other text. With the
/// table's `header` row given, the blocks may each stand under that header again: the
/// header's repetitions, and any text between a block's last label and the next repetition
/// (the next block's name, a sasaran's line, a footnote), are no other text, and at least
/// one repetition is asked for.
pub(super) fn label_column(
    sheet: &Sheet,
    candidates: &[u32],
    first: u32,
    last: u32,
    header: Option<u32>,
) -> Option<u32> {
    candidates.iter().copied().find(|&col| {
        let mut counts: BTreeMap<Role, usize> = BTreeMap::new();
        // other text since the last label: allowed only before a repetition of the header
        let mut between = false;
        let mut repeats = 0;
        // to the table's end (a budget line or a signature below it writes other text)
        let rows = (first..=last.min(first.saturating_add(60)))
            .take_while(|&r| !crate::layout::is_stop_row(sheet, r));
        for row in rows {
            if header.is_some_and(|h| repeats_header(sheet, h, row)) {
                between = false;
                repeats += 1;
                continue;
            }
            match sheet.get(row, col).map(|c| &c.value) {
                None | Some(Raw::Empty) => {}
                Some(Raw::Text(t)) if t.trim().is_empty() => {}
                Some(_) => match label_role(sheet, row, col) {
                    Some(_) if between => return false,
                    Some(r) => *counts.entry(r).or_default() += 1,
                    None if header.is_some() => between = true,
                    None => return false,
                },
            }
        }
        (header.is_none() || repeats >= 1) && counts.values().filter(|n| **n >= 2).count() >= 2
    })
}

/// The year a header cell names when it is a year alone (`2023`, typed as a number or as
/// text).
pub(super) fn year_of(cell: &crate::read::Cell) -> Option<i32> {
    match &cell.value {
        Raw::Number(d) if d.fract().is_zero() => {
            let y = i32::try_from(d.mantissa() / 10i128.pow(d.scale())).ok()?;
            (1990..=2100).contains(&y).then_some(y)
        }
        Raw::Text(t) if t.trim().len() == 4 => {
            let y: i32 = t.trim().parse().ok()?;
            (1990..=2100).contains(&y).then_some(y)
        }
        _ => None,
    }
}

pub(super) fn table(sheet: &Sheet, table: &Table, ti: usize) -> Vec<Indikator> {
    let Some(labels) = table.qcols.get(LABELS).copied() else {
        return Vec::new();
    };
    // each year's column; the table's own where the header names no year (`None`)
    let mut years: Vec<(Option<i32>, u32)> = table
        .qcols
        .iter()
        .filter_map(|(k, c)| Some((Some(k.strip_prefix(YEAR)?.parse().ok()?), *c)))
        .collect();
    years.extend(table.qcols.get(THE_YEAR).map(|c| (None, *c)));
    let current = table.header_year.or(years.iter().filter_map(|y| y.0).max());
    let sheet_name: std::sync::Arc<str> = sheet.name.as_str().into();
    let text_at = |row: u32, role: Role| -> Option<std::sync::Arc<str>> {
        trimmed_shared(sheet.get_shown(row, table.col(role)?)?)
    };
    let cols: Vec<u32> = years.iter().map(|y| y.1).collect();
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &cols);
    // each block under the header again (BLOCK_HEADER): the header row of the block being
    // gathered, the table's own for the first
    let block_header = table
        .qcols
        .contains_key(BLOCK_HEADER)
        .then(|| table.header_rows.last().copied())
        .flatten();
    let mut under = block_header;
    let mut blocks: Vec<Block> = Vec::new();
    let mut name_of_block: Option<std::sync::Arc<str>> = None;
    let mut headed = false;
    for row in table.first_row..=table.last_row {
        if block_header.is_some_and(|h| repeats_header(sheet, h, row)) {
            under = Some(row);
            headed = true;
            continue;
        }
        let Some(role) = label_role(sheet, row, labels) else {
            continue;
        };
        // the names stand above the headers: a block ends at the next header
        let name = block_header
            .is_none()
            .then(|| text_at(row, Role::Indikator))
            .flatten();
        // a realisasi by period after another (`Realisasi Semester I`, `Realisasi Semester
        // II`): the same block, the year written in periods
        let period_after_period = |roles: &BTreeMap<Role, u32>| {
            role == Role::Realisasi
                && labels_a_period(sheet, row, labels)
                && roles
                    .get(&Role::Realisasi)
                    .is_some_and(|&r| labels_a_period(sheet, r, labels))
        };
        let same = !headed
            && blocks
                .last()
                .is_some_and(|b| !b.roles.contains_key(&role) || period_after_period(&b.roles))
            && name == name_of_block;
        headed = false;
        if !same {
            blocks.push(Block {
                first: row,
                header: under,
                roles: BTreeMap::new(),
                earlier: Vec::new(),
            });
            name_of_block = name;
        }
        if let Some(b) = blocks.last_mut() {
            if let Some(before) = b
                .roles
                .insert(role, row)
                .filter(|_| role == Role::Realisasi)
            {
                b.earlier.push(before);
            }
        }
    }
    let mut sasaran: Option<std::sync::Arc<str>> = None;
    let mut out = Vec::new();
    // the row after the block before (where a sasaran's line between blocks may stand)
    let mut after_last = table.header_rows.first().map_or(0, |h| h.saturating_sub(6));
    for Block {
        first,
        header,
        roles,
        earlier,
    } in blocks
    {
        if let Some(s) = text_at(first, Role::Sasaran) {
            sasaran = Some(s);
        }
        let named = match header {
            // the name on the line above the block's header; the first block's above the
            // table's first header row
            Some(h) => {
                let h = if Some(h) == block_header {
                    table.header_rows.first().copied().unwrap_or(h)
                } else {
                    h
                };
                let row = name_row_above(sheet, h);
                if let Some(s) = (after_last..row.unwrap_or(h))
                    .rev()
                    .find_map(|r| super::card::sasaran_line(sheet, r))
                {
                    sasaran = Some(s);
                }
                row.and_then(|r| {
                    let col = table
                        .col(Role::Indikator)
                        .filter(|c| sheet.get_shown(r, *c).is_some_and(|x| !x.value.is_empty()))
                        .or_else(|| name_cell(sheet, r))?;
                    Some((trimmed_shared(sheet.get_shown(r, col)?)?, r))
                })
            }
            // the name on the block's first row, or alone on the row above it ("1.1 |
            // Persentase peningkatan PAD" over its Target / Realisasi / Capaian rows)
            None => {
                let above = first
                    .checked_sub(1)
                    .filter(|r| *r >= table.first_row && label_role(sheet, *r, labels).is_none());
                text_at(first, Role::Indikator)
                    .map(|n| (n, first))
                    .or_else(|| above.and_then(|r| Some((text_at(r, Role::Indikator)?, r))))
            }
        };
        after_last = roles.values().copied().max().unwrap_or(first) + 1;
        let Some((nama, name_row)) = named else {
            continue;
        };
        // the unit in its column, or else in the brackets of the block's Target or
        // Realisasi label (`Target (kab/kota)`)
        let satuan = text_at(first, Role::Satuan)
            .or_else(|| {
                table.col(Role::Satuan).is_none().then(|| {
                    [Role::Target, Role::Realisasi]
                        .iter()
                        .filter_map(|r| roles.get(r))
                        .find_map(|&r| unit_in_label(sheet, r, labels))
                })?
            })
            .map(|s| CompactString::from(&*s));
        // a note on the block's rows that it is negative (`Indikator negatif (-)`)
        let note = roles
            .values()
            .find_map(|&r| text_at(r, Role::Keterangan).filter(|t| !t.trim().is_empty()));
        let polaritas = crate::model::polarity_noted(
            text_at(first, Role::Polaritas).as_deref(),
            note.as_deref(),
            &nama,
        );
        for &(year, col) in &years {
            let figure = |role: Role| -> Option<Figure> {
                let row = *roles.get(&role)?;
                let unit = (role != Role::Capaian)
                    .then(|| satuan.as_ref().map(|s| s.to_string()))
                    .flatten();
                Some(figure_in_cell(sheet, row, col, unit, uses.get(&col)))
            };
            let past = year.is_some_and(|y| current.is_some_and(|c| c != y));
            // the year's % in a column of its own beside the figures ("Jumlah | Capaian
            // (%)"), on the block's Realisasi row or else its Target row, where no row is
            // labelled Capaian
            let capaian_beside = || -> Option<Figure> {
                let col = table.col(Role::Capaian).filter(|c| *c != col && !past)?;
                [Role::Realisasi, Role::Target]
                    .iter()
                    .filter_map(|r| roles.get(r))
                    .map(|&row| figure_in_cell(sheet, row, col, None, uses.get(&col)))
                    .find(|f| !f.reading.is_blank())
            };
            let (target, realisasi, capaian) = (
                figure(Role::Target),
                figure(Role::Realisasi),
                figure(Role::Capaian).or_else(capaian_beside),
            );
            let any = [&target, &realisasi, &capaian]
                .iter()
                .any(|f| f.as_ref().is_some_and(|f| !f.reading.is_blank()));
            if !any {
                continue;
            }
            out.push(Indikator {
                sheet: sheet_name.clone(),
                table: ti,
                row: roles.values().copied().min().unwrap_or(first).min(name_row),
                no: text_at(first, Role::No).map(|s| CompactString::from(&*s)),
                sasaran: sasaran.clone(),
                nama: match year.filter(|_| past) {
                    Some(year) => format!("{nama} ({year})").into(),
                    None => nama.clone(),
                },
                nama_cell: (name_row, table.col(Role::Indikator).unwrap_or(0)),
                satuan: satuan.clone(),
                polaritas,
                target: target.map(|t| bounded(t, polaritas)),
                realisasi,
                capaian,
                // the Renstra's final target, written once for the block
                target_akhir: (!past)
                    .then(|| {
                        let col = table.col(Role::TargetAkhir)?;
                        let cell = sheet.get_shown(first, col)?;
                        let value = cell_value(cell);
                        let figure = make_figure_at(
                            sheet,
                            Some(cell),
                            first,
                            col,
                            &value,
                            satuan.as_ref().map(|s| s.to_string()),
                            None,
                        );
                        Some(Box::new(bounded(figure, polaritas)))
                    })
                    .flatten(),
                period: year.filter(|_| past).and_then(|y| u16::try_from(y).ok()),
                // no shift, level, budget or earlier capaian: a stacked row has none
                ..Indikator::default()
            });
            if let Some(i) = out.last_mut() {
                i.settle_by_stated();
                // the year written in periods: their sum where they count things as they
                // happen, else the last's
                if !earlier.is_empty() && i.realisasi.is_some() {
                    let unit = i.satuan.as_ref().map(|s| s.to_string());
                    let periods: Vec<Triwulan> = earlier
                        .iter()
                        .chain(roles.get(&Role::Realisasi))
                        .enumerate()
                        .map(|(k, &row)| Triwulan {
                            q: u8::try_from(k + 1).unwrap_or(u8::MAX),
                            target: None,
                            realisasi: Some(figure_in_cell(
                                sheet,
                                row,
                                col,
                                unit.clone(),
                                uses.get(&col),
                            )),
                            capaian: None,
                        })
                        .collect();
                    if let Some(year) = super::read::year_of(i, &periods) {
                        i.realisasi = Some(year);
                    }
                }
            }
        }
    }
    out
}
