//! Annual figures written as cards, one block of labelled lines per indicator (a
//! "Formulir Analisis Capaian Kinerja"): a label column saying `Indikator Kinerja`,
//! `Satuan`, `Target 2022`, `Realisasi 2022`, `Capaian (%)`, and the values to its right,
//! often after a `:` of their own:
//!
//! ```text
//! Indikator Kinerja | : | Persentase rumah tangga dengan akses air minum layak
//! Satuan            | : | %
//! Target 2022       | : | 90
//! Realisasi 2022    | : | 90,6
//! Capaian (%)       | : | =ROUND(C9/C8*100,2)
//! ```
//!
//! A sheet is read so when no table of columns is found on it and at least two cards are:
//! two `Indikator` labels in one column, each with a Target and a Realisasi label under it.
//! Cards set side by side (two to a band of rows) are a table for each label column, a card's
//! values read left of the next column's labels.
//! A card may also write its name alone on its first line, merged over the card, with no
//! `Indikator` label (`Jumlah peserta PKA` over `Target | 160 | orang`), there or one
//! column left of its lines' labels (a numbered list: `1. Jumlah peserta pelatihan` over
//! `| Target | 800 orang`), or in the values' column after the card's number in the labels'
//! (`#1 | Jumlah klien baru` over `Satuan | orang`).
//! A line `Sasaran … : <text>` between the cards names the sasaran of those after it.
//! A card may also write its figures' labels on one line and their values on the line under
//! it, each value below its label:
//!
//! ```text
//! Jumlah Warga Belajar Paket A
//! Satuan | orang
//! Target | Realisasi | Capaian
//! 60     | 58        | 96,67
//! ```

use std::collections::BTreeMap;

use crate::layout::{classify, Role, Table, TableKind};
use crate::model::*;
use crate::read::{Raw, Sheet};
use crate::text;
use crate::value::CompactString;

/// The key of the label column among a card table's `qcols`.
pub(super) const CARD: &str = crate::layout::CARD_LABELS;

/// The key of the label column of the cards to the right, where cards stand side by side:
/// a card's values lie left of it.
const NEXT_CARDS: &str = "kartu_berikut";

/// The most lines a card takes from its `Indikator` label to its last figure.
const SPAN: u32 = 8;

/// The role of a card's label cell: a short text that names one.
pub(in crate::forms) fn label_role(sheet: &Sheet, row: u32, col: u32) -> Option<Role> {
    match &sheet.get(row, col)?.value {
        Raw::Text(t) if t.len() <= 40 => classify(&text::label(t)),
        _ => None,
    }
}

/// A line of figures' labels whose values stand on the line under it (`Target | Realisasi |
/// Capaian` over `60 | 58 | 96,67`), starting at the label column and left of `before`:
/// each role and its label's column, and the line of the values; `None` for any other line.
/// A Target and a Realisasi label at least, each over a filled cell, next to each other or
/// with the periods' labels between them (`Target 2025 | TW I` .. `TW IV | Realisasi 2025`);
/// a Realisasi alone after two periods' labels or more (`TW I` .. `TW IV | Realisasi 2023`).
/// The line may start with the labels of what the figures are (`Satuan | Sifat | Target
/// 2025 …` over `unit | + | 24.000 …`): their values are read too.
/// Labels that head a column of periods (`Periode | Target | Realisasi | %` over `TW I` ..
/// `TW IV`) give their values on the year's line under the periods (`Tahun 2022`).
fn labels_over_values(
    sheet: &Sheet,
    row: u32,
    label_col: u32,
    before: u32,
) -> Option<(Vec<(Role, u32)>, u32)> {
    let (mut col, values) = match periods_label(sheet, row, label_col) {
        true => (label_col.checked_add(1)?, year_line(sheet, row, label_col)?),
        false => (label_col, row.checked_add(1)?),
    };
    let filled = |col: u32| sheet.get(values, col).is_some_and(|c| !c.value.is_empty());
    let mut out = Vec::new();
    // the labels of what the figures are, before them (`Satuan | Sifat`), each over its value
    while col < before {
        match label_role(sheet, row, col) {
            Some(role @ (Role::Satuan | Role::Polaritas)) if filled(col) => {
                out.push((role, col));
                col = col.checked_add(1)?;
            }
            _ => break,
        }
    }
    let described = out.len();
    // the periods' labels (`TW I | TW II | TW III | TW IV`), before the year's figures (`…
    // | Realisasi 2023` over their values, the card's Target on a line of its own) or
    // between its Target and its Realisasi: passed over, the year's Realisasi enough after
    // them
    let mut periods = 0;
    let is_period = |col: u32| {
        sheet.get(row, col).is_some_and(
            |c| matches!(&c.value, Raw::Text(t) if crate::forms::turned::names_a_period(t)),
        )
    };
    while col < before {
        if is_period(col) {
            periods += 1;
            col = col.checked_add(1)?;
            continue;
        }
        let Some(role @ (Role::Target | Role::Realisasi | Role::Capaian)) =
            label_role(sheet, row, col)
        else {
            break;
        };
        if !filled(col) {
            break;
        }
        out.push((role, col));
        col = col.checked_add(1)?;
    }
    if periods == 1 {
        return None;
    }
    let figures = &out[described..];
    let has = |r: Role| figures.iter().any(|(x, _)| *x == r);
    ((has(Role::Target) || periods >= 2) && has(Role::Realisasi)).then_some((out, values))
}

/// Whether a card's cell labels a column of periods (`Periode`, `Triwulan`, `Bulan`).
pub(in crate::forms) fn periods_label(sheet: &Sheet, row: u32, col: u32) -> bool {
    let Some(Raw::Text(t)) = sheet.get(row, col).map(|c| &c.value) else {
        return false;
    };
    matches!(
        text::label(t).as_str(),
        "periode" | "triwulan" | "bulan" | "semester" | "waktu" | "tw"
    )
}

/// A card's line of periods written across (`Bulan | Jan | Feb | … | Des`, `Triwulan | I |
/// II | III | IV`): its label at `col` labels periods ([`periods_label`]), and right of it
/// two periods or more, in order, each in a column of its own (months, or quarters). The
/// kind of period, each period's column and number, and the column after them that totals
/// the year (`Jumlah`, `Total`, `Tahunan`), where there is one.
pub(in crate::forms) fn periods_across(sheet: &Sheet, row: u32, col: u32) -> Option<PeriodsAcross> {
    if !periods_label(sheet, row, col) {
        return None;
    }
    let months: Vec<(u32, u8)> = crate::layout::monthly::months_in_row(sheet, row)
        .into_iter()
        .filter(|&(c, _)| c > col)
        .collect();
    let quarters = || -> Vec<(u32, u8)> {
        sheet
            .row(row)
            .iter()
            .filter(|c| c.col > col)
            .filter_map(|c| match &c.value {
                Raw::Text(t) => crate::layout::quarterly::period(t)
                    .filter(|q| (1..=4).contains(q))
                    .or_else(|| text::one_to_four(&text::label(t)))
                    .map(|q| (c.col, q)),
                _ => None,
            })
            .collect()
    };
    let (kind, periods) = if months.len() >= 2 {
        (PeriodKind::Month, months)
    } else {
        (PeriodKind::Quarter, quarters())
    };
    let in_order = periods.windows(2).all(|w| w[0].1 < w[1].1);
    if periods.len() < 2 || !in_order {
        return None;
    }
    let last = periods.last()?.0;
    let total = sheet
        .row(row)
        .iter()
        .filter(|c| c.col > last)
        .find(|c| {
            matches!(&c.value, Raw::Text(t) if matches!(
                text::label(t).as_str(),
                "jumlah" | "total" | "tahunan" | "setahun"
            ))
        })
        .map(|c| c.col);
    Some(PeriodsAcross {
        kind,
        periods,
        total,
    })
}

/// A card's line of periods written across ([`periods_across`]).
pub(in crate::forms) struct PeriodsAcross {
    pub(in crate::forms) kind: PeriodKind,
    /// each period's column and number
    pub(in crate::forms) periods: Vec<(u32, u8)>,
    /// the column totalling the year after them
    pub(in crate::forms) total: Option<u32>,
}

/// The year's line under a card's lines of periods (`TW I` .. `TW IV`, then `Tahun 2022`,
/// `Tahunan`, `Jumlah` or `Total`), two periods at least between it and the labels' line
/// `row`.
fn year_line(sheet: &Sheet, row: u32, col: u32) -> Option<u32> {
    let label = |r: u32| {
        sheet
            .get(r, col)
            .map(|c| text::label(&c.value.as_text()))
            .unwrap_or_default()
    };
    let mut periods = 0;
    for r in row.saturating_add(1)..=row.saturating_add(13) {
        let l = label(r);
        if crate::forms::turned::names_a_period(&l) {
            periods += 1;
            continue;
        }
        let year = l.starts_with("tahun")
            || matches!(l.as_str(), "jumlah" | "total" | "setahun")
            || text::years(&l).len() == 1 && l.split_whitespace().count() == 1;
        return (year && periods >= 2).then_some(r);
    }
    None
}

/// The cell holding a card line's value: the first to the right of its label, and left of
/// the next cards' labels (`before`), that holds something other than a `:` (or a `=`): a
/// dash is a value (none to report), and so is a `%`.
pub(in crate::forms) fn value_col(
    sheet: &Sheet,
    row: u32,
    label_col: u32,
    before: u32,
) -> Option<u32> {
    sheet
        .row(row)
        .iter()
        .filter(|c| c.col > label_col && c.col < before)
        .find(|c| match &c.value {
            Raw::Empty => false,
            // a unit written as a sign (`%`) is a value too
            Raw::Text(t) => t
                .chars()
                .any(|c| !c.is_whitespace() && !matches!(c, ':' | '=')),
            _ => true,
        })
        .map(|c| c.col)
}

/// A card line's labels and their values, left to right from the label column and left of
/// the next cards' labels (`before`): most lines hold one (`Target 2020 | : | 85`), some
/// several (`Target 2020 | 85 | Realisasi 2020 | 87,2 | Capaian (%) | 102,59`). Each as its
/// role, its label's column and its value's; a value is never taken for a label (`Satuan |
/// %`).
pub(in crate::forms) fn line_pairs(
    sheet: &Sheet,
    row: u32,
    label_col: u32,
    before: u32,
) -> Vec<(Role, u32, u32)> {
    let mut out = Vec::new();
    let mut pending: Option<(Role, u32)> = None;
    for c in sheet
        .row(row)
        .iter()
        .filter(|c| c.col >= label_col && c.col < before)
    {
        // a label holds words; after a label of words (Satuan, Keterangan), the next cell is
        // its value whatever it says (`unit`, `persen`): only a figure's label (`Target
        // 2020`, its value blank) is followed by another label
        let figure_pending = pending.is_some_and(|(role, _)| {
            matches!(
                role,
                Role::Target | Role::Realisasi | Role::Capaian | Role::TargetAkhir
            )
        });
        // a figure written with words (`maks. 2,5 %`, `≥ 90`) is a value, never a label
        let label = label_role(sheet, row, c.col).filter(|_| {
            (pending.is_none() || figure_pending)
                && matches!(&c.value, Raw::Text(t) if t.chars().any(char::is_alphabetic)
                    && crate::value::bound(t).is_none())
        });
        if let (Some((role, at)), None) = (pending, label) {
            // the pending label's value: the first cell after it that is no `:`
            if value_col(sheet, row, at, c.col + 1) == Some(c.col) {
                out.push((role, at, c.col));
                pending = None;
            }
            continue;
        }
        // a label, after one with no value (`Target 2020 | | Realisasi 2020`) or none
        if let Some(role) = label {
            pending = Some((role, c.col));
        }
    }
    out
}

/// The cell holding the name of a card starting on `row` of label column `col`: the value of
/// its `Indikator` label, or the name written alone on the card's first line (a text of
/// words that is no sasaran line, the card's `Target` or `Satuan` line under it), or one
/// column left of the label column ([`indented_card_name`]).
fn card_name(sheet: &Sheet, row: u32, col: u32, before: u32) -> Option<u32> {
    if let Some(name) = numbered_card_name(sheet, row, col, before) {
        return Some(name);
    }
    let Some(Raw::Text(t)) = sheet.get(row, col).map(|c| &c.value) else {
        return indented_card_name(sheet, row, col);
    };
    match label_role(sheet, row, col) {
        Some(Role::Indikator) if names_across(sheet, row, col, before) => None,
        Some(Role::Indikator) => value_col(sheet, row, col, before),
        // a card's own line (`Satuan`, `Target 2022`) before its Target line; not a name
        // that holds such a word (`Jumlah dokumen perencanaan & pelaporan`)
        Some(Role::Target | Role::Satuan) if t.chars().count() <= 20 => None,
        _ => {
            let under = label_role(sheet, row + 1, col);
            (text::lettered_words(t) >= 2
                && (matches!(under, Some(Role::Target | Role::Satuan))
                    || worksheet_line(sheet, row + 1, col, before))
                && sasaran_line(sheet, row).is_none())
            .then_some(col)
        }
    }
}

/// The cell holding the name of a card whose first line writes the card's number in the
/// label column and its name where the lines' values stand (`#1 | Jml klien yang mendapat
/// rehabilitasi`, `Satuan | orang` under it): the value's column, where the line under names
/// a Target or a Satuan. The number marks the card: a name of one word is one (`#14 | IKM`).
fn numbered_card_name(sheet: &Sheet, row: u32, col: u32, before: u32) -> Option<u32> {
    // the line under first: most cells have no card's line under them
    let under = label_role(sheet, row.checked_add(1)?, col);
    if !matches!(under, Some(Role::Target | Role::Satuan)) {
        return None;
    }
    // a row's number ([`crate::layout::is_row_number`]), or one marked as a card's (`#1`,
    // `No. 1`, `1)`)
    let number = match &sheet.get(row, col)?.value {
        Raw::Text(t) => {
            let t = t.trim();
            let t = t
                .strip_prefix('#')
                .or_else(|| t.strip_prefix("No."))
                .or_else(|| t.strip_prefix("No"))
                .unwrap_or(t);
            crate::layout::row_number_text(t.strip_suffix(')').unwrap_or(t))
        }
        other => crate::layout::is_row_number(other),
    };
    if !number {
        return None;
    }
    let at = value_col(sheet, row, col, before)?;
    let named = matches!(&sheet.get(row, at)?.value, Raw::Text(t) if text::lettered_words(t) >= 1)
        && label_role(sheet, row, at).is_none();
    (named && sasaran_line(sheet, row).is_none()).then_some(at)
}

/// Whether the line of an `Indikator` label at (`row`, `col`) names several indicators one
/// after another, no label between them (`Indikator Kinerja | Persentase jaringan … | Luas
/// areal … | …`): a table turned over, its names across, not a card.
fn names_across(sheet: &Sheet, row: u32, col: u32, before: u32) -> bool {
    sheet
        .row(row)
        .iter()
        .filter(|c| c.col > col && c.col < before)
        .take_while(|c| label_role(sheet, row, c.col) != Some(Role::Indikator))
        .filter(|c| matches!(&c.value, Raw::Text(t) if text::lettered_words(t) >= 2))
        .nth(1)
        .is_some()
}

/// The cell holding the name of a card whose lines' labels stand one column right of its
/// name (`1. Jumlah peserta pelatihan` merged over the card, or running over it, `Target |
/// 800 orang` under it from the next column): the name's column, left of the label column
/// `col`, where the name's cell is merged over it or the cell beside it is empty, and the
/// line under (or under the name's second line) names a Target or a Satuan there.
fn indented_card_name(sheet: &Sheet, row: u32, col: u32) -> Option<u32> {
    let left = col.checked_sub(1)?;
    let Raw::Text(t) = &sheet.get(row, left)?.value else {
        return None;
    };
    let words = text::lettered_words(t);
    // merged over the labels' column, or running over it as the cell beside it is empty
    let over = sheet
        .merge_at(row, left)
        .is_some_and(|m| m.first_col == left && m.last_col >= col)
        || sheet.get(row, col).is_none_or(|c| c.value.is_empty());
    // the name broken by hand onto the next line: the card's lines start under that, and
    // that line names no card of its own
    if name_goes_on(sheet, row, left, col) {
        return None;
    }
    let under = row.checked_add(1)?;
    let under = if name_goes_on(sheet, under, left, col) {
        under.checked_add(1)?
    } else {
        under
    };
    (words >= 2
        && over
        && matches!(
            label_role(sheet, under, col),
            Some(Role::Target | Role::Satuan)
        )
        && sheet.get(under, left).is_none_or(|c| c.value.is_empty())
        && sasaran_line(sheet, row).is_none())
    .then_some(left)
}

/// Whether `row` goes on with the name written on the line above it in column `name_col`, a
/// name broken by hand (`      kegawatdaruratan (orang)`): a text there, indented or in
/// small letters, and nothing beside it in the labels' column `label_col`.
fn name_goes_on(sheet: &Sheet, row: u32, name_col: u32, label_col: u32) -> bool {
    sheet.get(row, label_col).is_none_or(|c| c.value.is_empty())
        && matches!(sheet.get(row, name_col).map(|c| &c.value), Some(Raw::Text(t))
            if t.starts_with(char::is_whitespace)
                || t.trim_start().starts_with(char::is_lowercase))
        && row.checked_sub(1).is_some_and(|above| {
            matches!(
                sheet.get(above, name_col).map(|c| &c.value),
                Some(Raw::Text(_))
            )
        })
}

/// Whether `row` is the first line of a worksheet's card under its name, before its figures
/// (`Formulasi | (Jumlah layanan selesai tepat waktu / Jumlah layanan) x 100%`, `Pembilang |
/// 5.091`, `Definisi operasional | …`): a label of one to three words with a value right of
/// it, the card's Target line among the lines after it.
fn worksheet_line(sheet: &Sheet, row: u32, col: u32, before: u32) -> bool {
    let Some(Raw::Text(t)) = sheet.get(row, col).map(|c| &c.value) else {
        return false;
    };
    let words = t.split_whitespace().count();
    (1..=3).contains(&words)
        && t.chars().count() <= 30
        && t.chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == ':')
        && label_role(sheet, row, col).is_none()
        && value_col(sheet, row, col, before).is_some()
        && (row.saturating_add(1)..=row.saturating_add(SPAN))
            .any(|r| label_role(sheet, r, col) == Some(Role::Target))
}

/// The cards of a sheet as tables, one for each column of labels holding two or more.
pub(super) fn tables(sheet: &Sheet) -> Vec<Table> {
    // the Indikator labels, by column
    let mut by_col: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for c in &sheet.cells {
        // a card's number typed as a number (`1`), its name where the values stand
        if matches!(&c.value, Raw::Number(_)) {
            if numbered_card_name(sheet, c.row, c.col, u32::MAX).is_some() {
                by_col.entry(c.col).or_default().push(c.row);
            }
            continue;
        }
        if !matches!(&c.value, Raw::Text(_)) {
            continue;
        }
        if card_name(sheet, c.row, c.col, u32::MAX).is_some() {
            by_col.entry(c.col).or_default().push(c.row);
        } else if indented_card_name(sheet, c.row, c.col + 1).is_some() {
            // the card's labels one column right of its name
            by_col.entry(c.col + 1).or_default().push(c.row);
        }
    }
    // the label columns whose cards hold a Target and a Realisasi line
    let columns: Vec<(u32, Vec<u32>)> = by_col
        .into_iter()
        .filter_map(|(col, rows)| {
            let cards: Vec<u32> = rows
                .iter()
                .copied()
                .filter(|&r| {
                    // the lines' labels, in the label column and after a value on a line
                    // it starts (`Target 2021 | 12,00 % | Realisasi 2021 | 11,93 %`)
                    let roles: Vec<Role> = (r.saturating_add(1)..=r.saturating_add(SPAN))
                        .flat_map(|x| {
                            let first = label_role(sheet, x, col);
                            let pairs = match first {
                                Some(_) => line_pairs(sheet, x, col, u32::MAX),
                                None => Vec::new(),
                            };
                            first
                                .into_iter()
                                .chain(pairs.into_iter().map(|(role, _, _)| role))
                        })
                        .collect();
                    // a card of periods written across (`Bulan | Jan … Des` over
                    // `Realisasi | …`) is the Rencana Aksi's, each figure a period's
                    // (one with a line of the year's realisasi after the periods' is the
                    // year's card still: `Realisasi TW | …` then `Realisasi 2022 | =SUM(…)`)
                    let across = (r.saturating_add(1)..=r.saturating_add(SPAN)).any(|x| {
                        periods_across(sheet, x, col).is_some()
                            && (x.saturating_add(1)..=x.saturating_add(4))
                                .filter(|&y| label_role(sheet, y, col) == Some(Role::Realisasi))
                                .count()
                                < 2
                    });
                    !across
                        && (roles.contains(&Role::Target) && roles.contains(&Role::Realisasi)
                            || (r.saturating_add(1)..=r.saturating_add(SPAN))
                                .any(|x| labels_over_values(sheet, x, col, u32::MAX).is_some()))
                })
                .collect();
            (cards.len() >= 2 && cards.len() * 2 >= rows.len()).then_some((col, cards))
        })
        .collect();
    columns
        .iter()
        .enumerate()
        .filter_map(|(i, (col, starts))| {
            let before = columns.get(i + 1).map_or(u32::MAX, |next| next.0);
            table(sheet, *col, starts, before)
        })
        .collect()
}

/// The cards of one column of labels as a table, values left of column `before`.
fn table(sheet: &Sheet, label_col: u32, starts: &[u32], before: u32) -> Option<Table> {
    let starts: Vec<u32> = starts
        .iter()
        .copied()
        .filter(|&r| card_name(sheet, r, label_col, before).is_some())
        .collect();
    if starts.len() < 2 {
        return None;
    }
    let first = *starts.first()?;
    let last_start = *starts.last()?;
    // the last card ends at its last labelled line, or at the values under its labels
    let last = (last_start..=last_start.saturating_add(SPAN))
        .filter_map(|r| match labels_over_values(sheet, r, label_col, before) {
            Some((_, values)) => Some(values),
            None => label_role(sheet, r, label_col).map(|_| r),
        })
        .max()
        .unwrap_or(last_start);
    // the year the figures' labels name (`Target 2022`)
    let mut years: BTreeMap<i32, usize> = BTreeMap::new();
    for r in first..=last {
        for (role, at, _) in line_pairs(sheet, r, label_col, before) {
            if matches!(role, Role::Target | Role::Realisasi) {
                if let [y] = text::years(&sheet.get(r, at)?.value.as_text())[..] {
                    *years.entry(y).or_default() += 1;
                }
            }
        }
    }
    let header_year = years.into_iter().max_by_key(|(y, n)| (*n, *y)).map(|y| y.0);
    let name_col = card_name(sheet, first, label_col, before)?;
    let mut columns = BTreeMap::new();
    columns.insert(Role::Indikator, name_col);
    let mut qcols = BTreeMap::new();
    qcols.insert(CARD.to_string(), label_col);
    if before < u32::MAX {
        qcols.insert(NEXT_CARDS.to_string(), before);
    }
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Annual,
        header_rows: vec![first],
        numbering_row: None,
        first_row: first,
        last_row: last,
        columns,
        qcols,
        header_year,
        from_mapping: false,
        eval: None,
    })
}

/// The sasaran a line between the cards names: `Sasaran Strategis 1 : <text>`.
pub(in crate::forms) fn sasaran_line(sheet: &Sheet, row: u32) -> Option<std::sync::Arc<str>> {
    let cell = sheet.row(row).iter().find(|c| !c.value.is_empty())?;
    let t = cell.value.as_text();
    let (head, rest) = t.split_once(':')?;
    (text::norm(head).starts_with("sasaran") && !rest.trim().is_empty()).then(|| rest.trim().into())
}

pub(super) fn read(sheet: &Sheet, table: &Table, ti: usize) -> Vec<Indikator> {
    let Some(label_col) = table.qcols.get(CARD).copied() else {
        return Vec::new();
    };
    let before = table.qcols.get(NEXT_CARDS).copied().unwrap_or(u32::MAX);
    let sheet_name: std::sync::Arc<str> = sheet.name.as_str().into();
    let starts: Vec<u32> = (table.first_row..=table.last_row)
        .filter(|&r| card_name(sheet, r, label_col, before).is_some())
        .collect();
    // each line's labels and values, found once for the columns' separators and the cards;
    // a line of labels over their values gives them at the line under it
    let mut pairs: BTreeMap<u32, Vec<(Role, u32, u32)>> = (table.first_row..=table.last_row)
        .map(|r| (r, line_pairs(sheet, r, label_col, before)))
        .collect();
    for r in table.first_row..table.last_row {
        if let Some((labels, values)) = labels_over_values(sheet, r, label_col, before) {
            // the line of labels holds no value (`Realisasi | %`: the sign is the next label)
            pairs.insert(r, Vec::new());
            // each value below its label: the line of values holds them, none of its own
            // read as a label's (`unit | +` under `Satuan | Sifat`)
            pairs.insert(
                values,
                labels.into_iter().map(|(role, c)| (role, c, c)).collect(),
            );
        }
    }
    let value_cols: Vec<u32> = (table.first_row..=table.last_row)
        .flat_map(|r| {
            let name = value_col(sheet, r, label_col, before);
            pairs
                .get(&r)
                .into_iter()
                .flatten()
                .map(|&(_, _, v)| v)
                .chain(name)
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &value_cols);
    let mut out = Vec::new();
    let mut sasaran: Option<std::sync::Arc<str>> = None;
    let mut seen = table.first_row.saturating_sub(1);
    for (i, &start) in starts.iter().enumerate() {
        // the sasaran named since the card before
        for r in seen + 1..start {
            if let Some(s) = sasaran_line(sheet, r) {
                sasaran = Some(s);
            }
        }
        let end = starts
            .get(i + 1)
            .map_or(table.last_row, |next| next - 1)
            .min(start + SPAN);
        seen = end;
        let Some(name_col) = card_name(sheet, start, label_col, before) else {
            continue;
        };
        let Some(nama) = sheet.get_shown(start, name_col).and_then(trimmed_shared) else {
            continue;
        };
        // each labelled line's row and value cell: the first of its role, a line naming
        // another year than the table's (`Realisasi 2019` in the 2020 cards) only where none
        // names the table's year or no year
        let mut lines: BTreeMap<Role, (u32, u32)> = BTreeMap::new();
        let mut of_other_year: BTreeMap<Role, (u32, u32)> = BTreeMap::new();
        // the realisasi lines that each name a period (`Realisasi Semester I`, `… II`)
        let mut of_periods: Vec<(u32, u32)> = Vec::new();
        for r in start + 1..=end {
            for &(role, at, c) in pairs.get(&r).into_iter().flatten() {
                if role == Role::Realisasi
                    && sheet
                        .get(r, at)
                        .is_some_and(|l| names_a_period(&text::label(&l.value.as_text())))
                {
                    of_periods.push((r, c));
                }
                let other_year = table.header_year.is_some_and(|y| {
                    let years = sheet
                        .get(r, at)
                        .map(|l| text::years(&l.value.as_text()))
                        .unwrap_or_default();
                    !years.is_empty() && !years.contains(&y)
                });
                let into = if other_year {
                    &mut of_other_year
                } else {
                    &mut lines
                };
                // a revised target (`Target Perubahan`) after the one first set (`Target
                // Awal`) replaces it
                let first_set = |row: u32, col: u32| {
                    sheet.get(row, col).is_some_and(|l| {
                        crate::layout::is_original_label(&text::label(&l.value.as_text()))
                    })
                };
                match into.get(&role) {
                    Some(&(pr, _))
                        if role == Role::Target
                            && first_set(pr, label_col)
                            && !first_set(r, at) =>
                    {
                        into.insert(role, (r, c));
                    }
                    _ => {
                        into.entry(role).or_insert((r, c));
                    }
                }
            }
        }
        for (role, at) in of_other_year {
            lines.entry(role).or_insert(at);
        }
        // a line of the periods' realisasi (`Realisasi TW` under `Triwulan | I | II | III |
        // IV`) gives way to the year's after it (`Realisasi 2022`), a label naming no period
        if lines
            .get(&Role::Realisasi)
            .is_some_and(|at| of_periods.contains(at))
        {
            let year_line = (start + 1..=end)
                .flat_map(|r| pairs.get(&r).into_iter().flatten().map(move |p| (r, p)))
                .find(|&(r, &(role, _, c))| {
                    role == Role::Realisasi && !of_periods.contains(&(r, c))
                })
                .map(|(r, &(_, _, c))| (r, c));
            if let Some(at) = year_line {
                lines.insert(Role::Realisasi, at);
            }
        }
        let text_of = |role: Role| {
            let (r, c) = *lines.get(&role)?;
            sheet.get_shown(r, c).and_then(trimmed_shared)
        };
        let satuan = text_of(Role::Satuan).map(|s| CompactString::from(&*s));
        let note = text_of(Role::Keterangan);
        let polaritas = polarity_noted(text_of(Role::Polaritas).as_deref(), note.as_deref(), &nama);
        let figure = |role: Role, unit: Option<String>| {
            let (r, c) = *lines.get(&role)?;
            Some(figure_in_cell(sheet, r, c, unit, uses.get(&c)))
        };
        let unit = satuan.as_ref().map(|s| s.to_string());
        let target = figure(Role::Target, unit.clone());
        let realisasi = figure(Role::Realisasi, unit);
        if target.is_none() && realisasi.is_none() {
            continue;
        }
        let mut ind = Indikator {
            sheet: sheet_name.clone(),
            table: ti,
            row: start,
            sasaran: sasaran.clone(),
            nama,
            nama_cell: (start, name_col),
            satuan,
            polaritas,
            target: target.map(|t| bounded(t, polaritas)),
            realisasi,
            capaian: figure(Role::Capaian, None),
            ..Indikator::default()
        };
        // realisasi by periods (two or more, every realisasi line naming one): the year's
        // as a table of such columns makes it ([`super::read::year_of`]: the sum, where the
        // stated % is worked out of it or the row counts things as they happen; else the
        // latest reported, the last period's where it has one)
        let realisasi_lines = pairs
            .range(start + 1..=end)
            .flat_map(|(_, p)| p)
            .filter(|(role, _, _)| *role == Role::Realisasi)
            .count();
        if of_periods.len() >= 2 && of_periods.len() == realisasi_lines {
            let unit = ind.satuan.as_ref().map(|s| s.to_string());
            let periods: Vec<Triwulan> = of_periods
                .iter()
                .enumerate()
                .map(|(i, &(r, c))| Triwulan {
                    q: i as u8 + 1,
                    target: None,
                    realisasi: Some(figure_in_cell(sheet, r, c, unit.clone(), uses.get(&c))),
                    capaian: None,
                })
                .collect();
            // `None`: the last period's stands
            let last = periods.last().and_then(|p| p.realisasi.clone());
            ind.realisasi = super::read::year_of(&ind, &periods).or(last);
        }
        ind.settle_by_stated();
        out.push(ind);
    }
    out
}

/// Whether a figure's label names a period of the year (`Realisasi Semester I`, `Realisasi
/// TW II`, `Realisasi Triwulan III`, `Realisasi Januari`).
fn names_a_period(label: &str) -> bool {
    label.contains("semester")
        || label.contains("triwulan")
        || label
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "tw" || crate::layout::monthly::month(w).is_some())
}
