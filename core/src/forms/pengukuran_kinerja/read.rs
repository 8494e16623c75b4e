//! Reading annual rows into indicators.

use crate::layout::{self, Role, Table};
use crate::model::*;
use crate::read::Sheet;
use crate::value::{CompactString, SeparatorUse, Value};

/// The values of one row's cells, each looked up once, on demand.
struct RowValues<'a> {
    parsed: &'a Parsed<'a>,
    vals: Vec<(u32, std::borrow::Cow<'a, Value>)>,
}

impl<'a> RowValues<'a> {
    fn new(parsed: &'a Parsed<'a>) -> RowValues<'a> {
        RowValues {
            parsed,
            vals: Vec::new(),
        }
    }

    fn get(&mut self, sheet: &Sheet, row: u32, col: i64) -> &Value {
        static EMPTY: Value = Value::Empty;
        if col < 0 {
            return &EMPTY;
        }
        let col = col as u32;
        let i = match self.vals.iter().position(|(c, _)| *c == col) {
            Some(i) => i,
            None => {
                let v = match sheet.get(row, col) {
                    Some(cell) => self.parsed.value(cell),
                    None => std::borrow::Cow::Owned(Value::Empty),
                };
                self.vals.push((col, v));
                self.vals.len() - 1
            }
        };
        &self.vals[i].1
    }

    /// The value of a cell, taken out of the memo (a later `get` reads the cell again).
    fn take(&mut self, sheet: &Sheet, row: u32, col: u32) -> std::borrow::Cow<'a, Value> {
        match self.vals.iter().position(|(c, _)| *c == col) {
            Some(i) => self.vals.swap_remove(i).1,
            None => match sheet.get(row, col) {
                Some(cell) => self.parsed.value(cell),
                None => std::borrow::Cow::Owned(Value::Empty),
            },
        }
    }
}

/// One row read: the Sasaran it names (if any), its indicator (if it is one), what each
/// figure column's value teaches about separators, and which figures wait for that.
struct RowOut {
    sasaran: Option<std::sync::Arc<str>>,
    indikator: Option<Indikator>,
    /// per role of [`FIGURE_ROLES`]: [`SeparatorUse::lesson`]
    lessons: [u8; FIGURE_ROLES.len()],
    /// bit k: the figure of `FIGURE_ROLES[k]` is left for its column to decide
    pending: u8,
}

fn role_index(role: Role) -> usize {
    FIGURE_ROLES
        .iter()
        .position(|r| *r == role)
        .unwrap_or(FIGURE_ROLES.len())
}

/// The indicator's figure for a role of [`FIGURE_ROLES`].
fn figure_mut(ind: &mut Indikator, k: usize) -> Option<&mut Figure> {
    match FIGURE_ROLES.get(k)? {
        Role::Target => ind.target.as_mut(),
        Role::Realisasi => ind.realisasi.as_mut(),
        Role::Capaian => ind.capaian.as_mut(),
        Role::CapaianLalu => ind.capaian_lalu.as_deref_mut(),
        Role::TargetAkhir => ind.target_akhir.as_deref_mut(),
        Role::CapaianAkhir => ind.capaian_akhir.as_deref_mut(),
        _ => None,
    }
}

/// How well a row fits the columns when shifted by `s`.
fn fit(sheet: &Sheet, table: &Table, row: u32, s: i64, memo: &mut RowValues<'_>) -> i32 {
    let mut score = 0;
    if let Some(c) = table.col(Role::Indikator) {
        // a name is text that starts with a letter (not "Rp"); no need to parse it
        let c = c as i64 + s;
        if c >= 0 {
            score += sheet
                .get(row, c as u32)
                .is_some_and(|cell| looks_like_name(&cell.value)) as i32;
        }
    }
    for role in [Role::Target, Role::Realisasi] {
        if let Some(c) = table.col(role) {
            let v = memo.get(sheet, row, c as i64 + s);
            // a target written as a bound (`≥ 80`) is a target's figure
            let bound = role == Role::Target
                && matches!(v, Value::Unreadable(_))
                && c as i64 + s >= 0
                && sheet
                    .get(row, (c as i64 + s) as u32)
                    .is_some_and(|cell| crate::value::bound(&cell.value.as_text()).is_some());
            score += (is_figure(v) || bound) as i32;
        }
    }
    if let Some(c) = table.col(Role::Capaian) {
        let v = memo.get(sheet, row, c as i64 + s);
        score += matches!(v, Value::Number(_) | Value::Ambiguous { .. }) as i32;
    }
    score
}

/// Columns the row's figures stand away from their headers: 0, or ±1 when that fits at
/// least two cells better (tried only when the row does not already fit).
fn detect_shift(sheet: &Sheet, table: &Table, row: u32, memo: &mut RowValues<'_>) -> i32 {
    let base = fit(sheet, table, row, 0, memo);
    let possible = [
        Role::Indikator,
        Role::Target,
        Role::Realisasi,
        Role::Capaian,
    ]
    .iter()
    .filter(|r| table.col(**r).is_some())
    .count() as i32;
    if base + 2 > possible {
        return 0;
    }
    let mut best = (0i64, base);
    let base_numbers = numbers(sheet, table, row, 0, memo);
    for s in [1i64, -1] {
        let f = fit(sheet, table, row, s, memo);
        // and it brings a number under its header: dashes alone (a row of grades, `WTP` /
        // `-`) are no evidence that the row moved
        if f >= base + 2 && f > best.1 && numbers(sheet, table, row, s, memo) > base_numbers {
            best = (s, f);
        }
    }
    best.0 as i32
}

/// How many of a row's target, realisasi and % cells hold a number when shifted by `s`.
fn numbers(sheet: &Sheet, table: &Table, row: u32, s: i64, memo: &mut RowValues<'_>) -> usize {
    [Role::Target, Role::Realisasi, Role::Capaian]
        .iter()
        .filter_map(|r| table.col(*r))
        .filter(|c| {
            matches!(
                memo.get(sheet, row, *c as i64 + s),
                Value::Number(_) | Value::Ambiguous { .. }
            )
        })
        .count()
}

pub(super) fn table(sheet: &Sheet, table: &Table, ti: usize) -> Vec<Indikator> {
    use rayon::prelude::*;
    let header = layout::HeaderTexts::of(sheet, &table.header_rows);
    let candidates: Vec<u32> = (table.first_row..=table.last_row)
        .filter(|r| {
            !sheet.row(*r).is_empty()
                && !layout::is_numbering_row(sheet, *r)
                && !header.repeated_at(sheet, *r)
        })
        .collect();
    // every distinct text of the figure columns parsed once
    let figure_cols: Vec<(Role, u32)> = table
        .columns
        .iter()
        .filter(|(role, _)| FIGURE_ROLES.contains(role))
        .map(|(role, col)| (*role, *col))
        .collect();
    let parsed = Parsed::of(
        candidates
            .iter()
            .flat_map(|r| figure_cols.iter().filter_map(|(_, c)| sheet.get(*r, *c))),
        (candidates.len() * figure_cols.len()).min(sheet.cells.len()),
    );
    // the rows share one copy of the sheet's name
    let sheet_name: std::sync::Arc<str> = sheet.name.as_str().into();
    // the scale the title gives every amount of money (`(dalam ribuan rupiah)`)
    let money_scale = table
        .header_rows
        .first()
        .and_then(|&top| money_scale_stated(sheet, top));
    // each row read once (in parallel): shifted if it fits better so, what its figure
    // columns teach about separators, and its indicator, a separator only the column can
    // decide left pending
    let mut rows: Vec<RowOut> = candidates
        .par_iter()
        .map(|&r| {
            let mut memo = RowValues::new(&parsed);
            let shift = detect_shift(sheet, table, r, &mut memo);
            let mut lessons = [0u8; FIGURE_ROLES.len()];
            for (role, col) in &figure_cols {
                let v = memo.get(sheet, r, *col as i64 + shift as i64);
                if let Some(l) = lessons.get_mut(role_index(*role)) {
                    *l = SeparatorUse::lesson(v);
                }
            }
            let (sasaran, indikator, pending) =
                row_indikator(sheet, &sheet_name, table, ti, r, shift, money_scale, memo);
            RowOut {
                sasaran,
                indikator,
                lessons,
                pending,
            }
        })
        .collect();
    // the columns learn how they write their separators from their unambiguous values
    let mut uses: [SeparatorUse; FIGURE_ROLES.len()] = Default::default();
    for row in &rows {
        for (u, l) in uses.iter_mut().zip(row.lessons) {
            u.add_lesson(l);
        }
    }
    rows.par_iter_mut()
        .filter(|row| row.pending != 0)
        .for_each(|row| {
            let (Some(ind), pending) = (row.indikator.as_mut(), row.pending) else {
                return;
            };
            for (k, u) in uses.iter().enumerate() {
                if pending & (1 << k) != 0 {
                    if let Some(f) = figure_mut(ind, k) {
                        settle(f, u);
                    }
                }
            }
            ind.settle_by_stated();
        });
    // a blank Sasaran carries the one above down; collected in place (the rows' buffer
    // becomes the indicators'), so a table of 50,000 rows is not held twice
    let mut sasaran: Option<std::sync::Arc<str>> = None;
    let mut out: Vec<Indikator> = rows
        .into_iter()
        .filter_map(|row| {
            if row.sasaran.is_some() {
                sasaran = row.sasaran;
            }
            row.indikator.map(|mut ind| {
                ind.sasaran = sasaran.clone();
                ind
            })
        })
        .collect();
    year_of_periods(sheet, table, &mut out);
    rows_of_other_years(sheet, table, &mut out);
    breakdowns(sheet, table, &mut out);
    let earlier = other_years(sheet, table, ti, &out);
    out.extend(earlier);
    out
}

/// A name merged down over the rows of its parts and their total (a puskesmas a row under
/// `Puskesmas / Wilayah`, then `JUMLAH KABUPATEN`): the total's row is the indicator (its
/// name's cell the merge's first), each part's row one of its parts ([`Indikator::part`]),
/// named with its part (`Pelayanan
/// Kesehatan Ibu Hamil (PKM Cikadu)`). A block is three rows or more under one merge of the
/// name column, each naming its part in one other column (text on every row, no two alike,
/// no column of the table's figures), exactly one of them a total (`Jumlah`, `Total`,
/// `Kabupaten`, `Kota`, `Provinsi`, `Rata-rata`). Any other block is left as it is read.
fn breakdowns(sheet: &Sheet, table: &Table, out: &mut [Indikator]) {
    let Some(name_col) = table.col(Role::Indikator) else {
        return;
    };
    let taken: Vec<u32> = table.columns.values().copied().collect();
    let label = |row: u32, col: u32| match sheet.get(row, col).map(|c| &c.value) {
        Some(crate::read::Raw::Text(t)) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    };
    let mut i = 0;
    while i < out.len() {
        let merge = sheet
            .merge_at(out[i].nama_cell.0, name_col)
            .filter(|m| {
                m.first_row < m.last_row
                    && m.first_col == name_col
                    && out[i].nama_cell.1 == name_col
            })
            .copied();
        let Some(m) = merge else {
            i += 1;
            continue;
        };
        let end = out[i..]
            .iter()
            .position(|x| {
                !(m.first_row..=m.last_row).contains(&x.row)
                    || x.nama_cell.1 != name_col
                    || x.period.is_some()
            })
            .map_or(out.len(), |k| i + k);
        let block = i..end;
        i = end.max(i + 1);
        if block.len() < 3 {
            continue;
        }
        let rows: Vec<u32> = out[block.clone()].iter().map(|x| x.row).collect();
        // the column naming each row's part
        let Some(col) = sheet.row(rows[0]).iter().map(|c| c.col).find(|&c| {
            c != name_col && !taken.contains(&c) && {
                let labels: Vec<Option<&str>> = rows.iter().map(|&r| label(r, c)).collect();
                let mut seen: Vec<&str> = labels.iter().flatten().copied().collect();
                seen.sort_unstable();
                seen.dedup();
                labels.iter().all(Option::is_some) && seen.len() == labels.len()
            }
        }) else {
            continue;
        };
        let totals: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, &r)| label(r, col).is_some_and(is_total_label))
            .map(|(k, _)| k)
            .collect();
        let [total] = totals[..] else {
            continue;
        };
        for (k, ind) in out[block].iter_mut().enumerate() {
            if k == total {
                // named by the merged cell over the block
                ind.nama_cell = (m.first_row, name_col);
                continue;
            }
            if let Some(part) = label(ind.row, col) {
                ind.nama = format!("{} ({part})", ind.nama).into();
                ind.part = true;
            }
        }
    }
}

/// Whether a part's label names the total of all the parts (`JUMLAH KABUPATEN`, `Total`,
/// `Kota`, `Rata-rata`).
fn is_total_label(l: &str) -> bool {
    let low = l.to_lowercase();
    let first = low
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        first,
        "jumlah"
            | "total"
            | "kabupaten"
            | "kab"
            | "kota"
            | "provinsi"
            | "rata-rata"
            | "rerata"
            | "seluruh"
            | "keseluruhan"
    )
}

/// The year a cell of a column of years writes: a whole number, or a text of four digits.
pub(super) fn year_in(raw: &crate::read::Raw) -> Option<i32> {
    let y = match raw {
        crate::read::Raw::Number(d) if d.fract().is_zero() => {
            use rust_decimal::prelude::ToPrimitive;
            d.to_i32()?
        }
        crate::read::Raw::Text(t) => {
            let t = t.trim();
            if t.len() != 4 {
                return None;
            }
            t.parse().ok()?
        }
        _ => return None,
    };
    (1990..=2100).contains(&y).then_some(y)
}

/// A table whose rows each write their year ([`layout::YEAR_COLUMN`]): the rows of a year before the
/// latest it writes are that year's indicators, named with their year and marked with it as
/// [`other_years`] marks another year's columns, so that `rakit compare` leaves them to their
/// year and no name is taken for one written twice.
fn rows_of_other_years(sheet: &Sheet, table: &Table, indikator: &mut [Indikator]) {
    let Some(&col) = table.qcols.get(layout::YEAR_COLUMN) else {
        return;
    };
    let year_at = |r: u32| sheet.get(r, col).and_then(|c| year_in(&c.value));
    let Some(latest) = (table.first_row..=table.last_row).filter_map(year_at).max() else {
        return;
    };
    // a name merged over its years' rows (`Volume produksi ikan` over 2019 .. 2022): each
    // year's indicator named at the merge's first cell, where the name is written
    for ind in indikator.iter_mut() {
        let (r, c) = ind.nama_cell;
        if let Some(m) = sheet.merge_at(r, c) {
            ind.nama_cell = (m.first_row, m.first_col);
        }
    }
    for ind in indikator.iter_mut().filter(|i| i.period.is_none()) {
        let Some(year) = year_at(ind.row).filter(|y| *y < latest) else {
            continue;
        };
        let Ok(period) = u16::try_from(year) else {
            continue;
        };
        ind.nama = format!("{} ({year})", ind.nama).into();
        ind.period = Some(period);
    }
}

/// The year's realisasi of a table that writes it in periods with no column of its own
/// (`Realisasi: Semester I | Semester II`; [`layout::EARLIER_PERIOD`]), where the row's
/// realisasi read so far is the last period's: the periods' sum where the row's stated % is
/// worked out of it and not of the last period's (`(E10+F10)/D10*100`), or where the row
/// counts things as they happen ([`crate::model::flow_sum`]); else the latest period's that
/// has one (a level's latest reading, and a row whose last period is not in yet).
fn year_of_periods(sheet: &Sheet, table: &Table, indikator: &mut [Indikator]) {
    // the columns of the keys `prefix` and a period's number, by that number
    let numbered = |prefix: &str| {
        let mut v: Vec<(u8, u32)> = table
            .qcols
            .iter()
            .filter_map(|(k, c)| Some((k.strip_prefix(prefix)?.parse().ok()?, *c)))
            .collect();
        v.sort_unstable();
        v
    };
    let earlier = numbered(layout::EARLIER_PERIOD);
    if earlier.is_empty() {
        return;
    }
    // running totals: the latest reported
    let to_date = table.qcols.contains_key(layout::PERIODS_TO_DATE);
    // each period's target, where the table gives every one ([`layout::PERIOD_TARGET`])
    let targets: Vec<u32> = numbered(layout::PERIOD_TARGET)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    let targets = (targets.len() == earlier.len() + 1).then_some(targets);
    let mut cols: Vec<u32> = earlier.iter().map(|(_, c)| *c).collect();
    cols.extend(targets.iter().flatten());
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &cols);
    // a row moved off its columns reads no periods
    for ind in indikator
        .iter_mut()
        .filter(|i| i.period.is_none() && i.shift == 0)
    {
        let Some(last) = ind.realisasi.clone() else {
            continue;
        };
        let unit = ind.satuan.as_ref().map(|s| s.to_string());
        let target_of = |i: usize| {
            let c = *targets.as_ref()?.get(i)?;
            Some(figure_in_cell(
                sheet,
                ind.row,
                c,
                unit.clone(),
                uses.get(&c),
            ))
        };
        let mut periods: Vec<Triwulan> = earlier
            .iter()
            .enumerate()
            .map(|(i, (k, c))| Triwulan {
                q: *k,
                target: target_of(i),
                realisasi: Some(figure_in_cell(
                    sheet,
                    ind.row,
                    *c,
                    unit.clone(),
                    uses.get(c),
                )),
                capaian: None,
            })
            .collect();
        periods.push(Triwulan {
            q: periods.len() as u8 + 1,
            target: target_of(earlier.len()),
            realisasi: Some(last),
            capaian: None,
        });
        let year = match to_date {
            true => latest_reported(&periods),
            false => year_of(ind, &periods),
        };
        if let Some(year) = year {
            ind.realisasi = Some(year);
        }
    }
}

/// The latest period's realisasi that has a figure, where the last period's has none (not in
/// yet, `-`): `None` where the last period's stands.
fn latest_reported(periods: &[Triwulan]) -> Option<Figure> {
    let last = periods.last()?.realisasi.as_ref()?;
    if last.reading.quantity().is_some() {
        return None;
    }
    periods
        .iter()
        .rev()
        .filter_map(|p| p.realisasi.as_ref())
        .find(|f| f.reading.quantity().is_some())
        .cloned()
}

/// [`year_of_periods`] of one row: `None` where the last period's realisasi stands.
pub(super) fn year_of(ind: &Indikator, periods: &[Triwulan]) -> Option<Figure> {
    let reported: Vec<&Figure> = periods
        .iter()
        .filter_map(|p| p.realisasi.as_ref())
        .filter(|f| f.reading.quantity().is_some())
        .collect();
    let latest = latest_reported(periods);
    if reported.len() < 2 {
        return latest;
    }
    let sum = crate::model::period_sum(periods);
    // the row's own word: its stated % worked out of the sum and not of the latest period's
    let stated = ind.capaian.as_ref().and_then(|c| c.reading.quantity());
    let target = ind.target.as_ref().and_then(|t| t.reading.quantity());
    if let (Some(s), Some(c), Some(t)) = (&sum, stated, target) {
        let value = |f: &Figure| f.reading.quantity().map(|q| q.scaled());
        let fits = |f: &Figure| value(f).is_some_and(|x| states_capaian(c, t.scaled(), x));
        match (fits(s), reported.last().is_some_and(|f| fits(f))) {
            (true, false) => return sum,
            (false, true) => return latest,
            _ => {}
        }
    }
    // periods whose targets add up to the year's (`30 | 30 | 30` of 90): each a share of it
    if let Some(sum) = crate::model::shares_summed(ind.target.as_ref(), periods) {
        return Some(sum);
    }
    crate::model::flow_sum(
        &ind.nama,
        ind.satuan.as_deref(),
        ind.target.as_ref(),
        periods,
    )
    .or(latest)
}

/// The prefix of an annual table's `qcols` key for another year's figure column
/// (`tahun_2022_capaian`).
pub(super) const OTHER_YEAR: &str = "tahun_";

/// Each indicator's figures of other years' groups (an LKjIP table's "2021 | 2022 | 2023"
/// beside the year's, each over Target / Realisasi / Capaian): that year's indicator, named
/// with its year ("IKM (2022)") and marked with its period, so that the rules check its %
/// and `rakit compare` leaves it to the year it belongs to.
fn other_years(sheet: &Sheet, table: &Table, ti: usize, indikator: &[Indikator]) -> Vec<Indikator> {
    let mut groups: std::collections::BTreeMap<u16, [Option<u32>; 3]> = Default::default();
    for (key, col) in &table.qcols {
        let Some((year, role)) = key.strip_prefix(OTHER_YEAR).and_then(|k| k.split_once('_'))
        else {
            continue;
        };
        let (Ok(year), Some(i)) = (
            year.parse::<u16>(),
            ["target", "realisasi", "capaian"]
                .iter()
                .position(|r| *r == role),
        ) else {
            continue;
        };
        groups.entry(year).or_default()[i] = Some(*col);
    }
    if groups.is_empty() {
        return Vec::new();
    }
    let cols: Vec<u32> = groups.values().flatten().flatten().copied().collect();
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &cols);
    // the rows named in the names' column that hold no figure of the table's year, only of
    // another (an indicator dropped the next year, `tidak digunakan 2022`): that year's
    let read: std::collections::BTreeSet<u32> = indikator.iter().map(|i| i.row).collect();
    let names_col = table.col(Role::Indikator);
    let unread: Vec<Indikator> = (table.first_row..=table.last_row)
        .filter(|r| !read.contains(r))
        .filter_map(|r| {
            let col = names_col?;
            let nama = trimmed_shared(sheet.get_shown(r, col)?)?;
            // a line summing the table up is no indicator of any year
            if is_summary_line(&nama)
                || !cols
                    .iter()
                    .any(|&c| sheet.get(r, c).is_some_and(|x| !x.value.is_empty()))
            {
                return None;
            }
            let satuan = table
                .col(Role::Satuan)
                .and_then(|c| trimmed_shared(sheet.get_shown(r, c)?))
                .map(|s| CompactString::from(&*s));
            Some(Indikator {
                sheet: sheet.name.as_str().into(),
                table: ti,
                row: r,
                polaritas: crate::model::polarity_noted(None, None, &nama),
                nama,
                nama_cell: (r, col),
                satuan,
                ..Indikator::default()
            })
        })
        .collect();
    let mut out = Vec::new();
    for ind in indikator
        .iter()
        .filter(|i| i.period.is_none())
        .chain(unread.iter())
    {
        let row = ind.row;
        for (year, [t, r, c]) in &groups {
            let figure = |col: Option<u32>, unit: bool| -> Option<Figure> {
                let col = col?;
                let unit = unit
                    .then(|| ind.satuan.as_ref().map(|s| s.to_string()))
                    .flatten();
                Some(figure_in_cell(sheet, row, col, unit, uses.get(&col)))
            };
            let (target, realisasi, capaian) =
                (figure(*t, true), figure(*r, true), figure(*c, false));
            let any = [&target, &realisasi, &capaian]
                .iter()
                .any(|f| f.as_ref().is_some_and(|f| !f.reading.is_blank()));
            if !any {
                continue;
            }
            out.push(Indikator {
                sheet: ind.sheet.clone(),
                table: ind.table,
                row,
                no: ind.no.clone(),
                sasaran: ind.sasaran.clone(),
                nama: format!("{} ({year})", ind.nama).into(),
                nama_cell: ind.nama_cell,
                satuan: ind.satuan.clone(),
                polaritas: ind.polaritas,
                target: target.map(|t| crate::model::bounded(t, ind.polaritas)),
                realisasi,
                capaian,
                period: Some(*year),
                ..Indikator::default()
            });
        }
    }
    out
}

/// The target's or the realisasi's half of a cell that writes both ([`layout::PAIR`]): `100 /
/// 92,3`, `24/26`, `T: 12 R: 10`, `- / 42`, `B / BB`. A cell of one figure alone is the
/// target's; a cell of neither form holds neither.
fn pair_half(cell: Option<&crate::read::Cell>, role: Role) -> (crate::value::Value, String) {
    use crate::value::Value;
    let Some(cell) = cell else {
        return (Value::Empty, String::new());
    };
    let text = match &cell.value {
        crate::read::Raw::Text(t) => t.trim().to_string(),
        crate::read::Raw::Empty => return (Value::Empty, String::new()),
        _ if role == Role::Target => {
            let shown = cell.value.as_text();
            return (crate::value::parse(&shown), shown);
        }
        _ => return (Value::Empty, String::new()),
    };
    let low = text.to_lowercase();
    // `T: 12 R: 10`
    let marked = low
        .strip_prefix("t:")
        .and_then(|rest| rest.split_once("r:"))
        .map(|(t, r)| (t.trim().to_string(), r.trim().to_string()));
    let halves = marked.or_else(|| {
        let (t, r) = text.split_once('/')?;
        (!r.contains('/')).then(|| (t.trim().to_string(), r.trim().to_string()))
    });
    let half = match halves {
        Some((t, _)) if role == Role::Target => t,
        Some((_, r)) => r,
        None if role == Role::Target => text,
        None => String::new(),
    };
    (crate::value::parse(&half), half)
}

/// The scale a title over the table (the rows above `top`) gives every amount of money, in
/// a short line that names money: `(dalam ribuan rupiah)`, `nilai rupiah dalam jutaan`,
/// `(Rp. ribu)`: `ribu`, `juta` or `miliar`.
fn money_scale_stated(sheet: &Sheet, top: u32) -> Option<&'static str> {
    (0..top.min(8)).flat_map(|r| sheet.row(r)).find_map(|c| {
        let crate::read::Raw::Text(t) = &c.value else {
            return None;
        };
        let low = t.to_lowercase();
        let words: Vec<&str> = low
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let money = words
            .iter()
            .any(|w| matches!(*w, "rupiah" | "rp" | "idr" | "anggaran"));
        // a short line of its own about money (not a name or a sentence that says `juta`)
        if !money || words.len() > 8 {
            return None;
        }
        words.iter().find_map(|w| match *w {
            "ribuan" | "ribu" => Some("ribu"),
            "jutaan" | "juta" => Some("juta"),
            "miliaran" | "milyaran" | "miliar" | "milyar" => Some("miliar"),
            _ => None,
        })
    })
}

/// A row's unit of plain money (`Rupiah`, `Rp`) with the scale the title gives it
/// ([`money_scale_stated`]): `Rupiah (ribu)`. Any other unit, or one that says its own
/// scale, as written.
fn scaled_money(
    unit: Option<std::sync::Arc<str>>,
    scale: Option<&'static str>,
) -> Option<std::sync::Arc<str>> {
    let (Some(u), Some(scale)) = (&unit, scale) else {
        return unit;
    };
    let low = u.to_lowercase();
    let mut words = low
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let plain = words.peek().is_some() && words.all(|w| matches!(w, "rp" | "rupiah" | "idr"));
    if plain {
        Some(format!("{u} ({scale})").into())
    } else {
        unit
    }
}

/// One row: the Sasaran it names (if any) and its indicator (if it is one), the Sasaran
/// left for the caller to carry down, and which figures wait for their column (bits by
/// [`FIGURE_ROLES`]).
#[allow(clippy::too_many_arguments)]
fn row_indikator(
    sheet: &Sheet,
    sheet_name: &std::sync::Arc<str>,
    table: &Table,
    ti: usize,
    r: u32,
    shift: i32,
    money_scale: Option<&'static str>,
    mut memo: RowValues<'_>,
) -> (Option<std::sync::Arc<str>>, Option<Indikator>, u8) {
    {
        let col_of = |role: Role| -> Option<u32> {
            let c = table.col(role)? as i64 + shift as i64;
            (c >= 0).then_some(c as u32)
        };
        let text_at = |col: Option<u32>| -> Option<std::sync::Arc<str>> {
            trimmed_shared(sheet.get_shown(r, col?)?)
        };
        // the Sasaran stays in its own column unless the row moved as a whole
        let sasaran_col = match (table.col(Role::Sasaran), shift) {
            (Some(c), 0) => Some(c),
            (Some(c), _) => {
                if text_at(Some(c)).is_some() {
                    Some(c)
                } else {
                    col_of(Role::Sasaran)
                }
            }
            (None, _) => None,
        };
        let sasaran_text = text_at(sasaran_col);
        let mut name_in_sasaran_col = false;
        let mut nama_col = col_of(Role::Indikator);
        let mut nama = text_at(nama_col);
        // a name written over two cells, the measure word and the rest beside it
        // ([`layout::NAME_REST`]): the two as one name
        if let Some(&rest_col) = table.qcols.get(layout::NAME_REST) {
            let rest_col = u32::try_from(i64::from(rest_col) + i64::from(shift)).ok();
            if let Some(rest) = rest_col.and_then(|c| trimmed_shared(sheet.get(r, c)?)) {
                nama = Some(match &nama {
                    Some(head) => format!("{head} {rest}").into(),
                    None => rest,
                });
            }
        }
        // a name set in by a column ([`layout::NAME_INSET`]): read there where the names'
        // column writes none
        if let (None, Some(&inset)) = (&nama, table.qcols.get(layout::NAME_INSET)) {
            let inset = u32::try_from(i64::from(inset) + i64::from(shift)).ok();
            if let Some(t) = text_at(inset) {
                nama = Some(t);
                nama_col = inset;
            }
        }
        // a name written in the `Sub Indikator` column instead ([`layout::SUB_NAME`])
        if let Some(&sub_col) = table.qcols.get(layout::SUB_NAME) {
            let sub_col = u32::try_from(i64::from(sub_col) + i64::from(shift)).ok();
            if let (None, Some(c)) = (&nama, sub_col) {
                if let Some(sub) = text_at(Some(c)) {
                    nama = Some(super::super::sub_names::named(sheet, r, nama_col, c, sub));
                    nama_col = Some(c);
                }
            }
        }
        // a row of numbers alone, named by the list's entry of its number
        // ([`layout::NAME_LIST`]): the entry's name and cell
        // the name's cell where it stands off the row (a list's entry, a line above)
        let mut name_cell_elsewhere = None;
        if let (None, Some(&list_col)) = (&nama, table.qcols.get(layout::NAME_LIST)) {
            let number = text_at(table.col(Role::No))
                .and_then(|n| n.trim().trim_end_matches('.').parse::<u32>().ok());
            let above = table
                .header_rows
                .first()
                .copied()
                .unwrap_or(table.first_row);
            if let Some((name, cell)) =
                number.and_then(|n| super::listed::named(sheet, list_col, above, n))
            {
                nama = Some(name);
                name_cell_elsewhere = Some(cell);
            }
        }
        // a table of one indicator by year, named on the line above its header
        // ([`layout::NAME_ABOVE`]): every row that indicator's
        if let (None, Some(&name_row)) = (&nama, table.qcols.get(layout::NAME_ABOVE)) {
            if let Some(cell) = sheet.row(name_row).iter().find(|c| !c.value.is_empty()) {
                nama = trimmed_shared(cell);
                name_cell_elsewhere = Some((name_row, cell.col));
            }
        }
        let unit_of = |role: Role| text_at(col_of(role));
        let mut pending = 0u8;
        let mut figure = |role: Role, unit_role: Option<Role>| -> Option<Figure> {
            let col = col_of(role)?;
            // the Satuan column is the unit of target and realisasi, not of a stated %
            let satuan = matches!(role, Role::Target | Role::Realisasi | Role::TargetAkhir)
                .then(|| scaled_money(text_at(table.col(Role::Satuan)), money_scale))
                .flatten();
            let unit = unit_role.and_then(unit_of).or(satuan);
            // a target and its realisasi in one cell ([`layout::PAIR`]): the half of it
            let paired = matches!(role, Role::Target | Role::Realisasi)
                && table
                    .qcols
                    .get(layout::PAIR)
                    .is_some_and(|&p| table.col(role) == Some(p));
            let (value, half) = match paired {
                true => {
                    let (v, half) = pair_half(sheet.get(r, col), role);
                    (std::borrow::Cow::Owned(v), Some(half))
                }
                false => (memo.take(sheet, r, col), None),
            };
            let (mut f, later) = figure_of(
                sheet,
                sheet.get(r, col),
                r,
                col,
                value,
                unit.as_deref(),
                Decide::Later,
            );
            if later {
                pending |= 1 << role_index(role);
            }
            // shown as its half of the cell
            if let Some(half) = half {
                f.shown = half.into();
            }
            Some(f)
        };
        let target = figure(Role::Target, Some(Role::TargetSatuan));
        let realisasi = figure(Role::Realisasi, Some(Role::RealisasiSatuan));
        let has_figures = |f: &Option<Figure>| f.as_ref().is_some_and(|f| !f.reading.is_blank());
        let any_figure = has_figures(&target) || has_figures(&realisasi);
        if nama.is_none() {
            if let (Some(st), true) = (&sasaran_text, any_figure) {
                // the indicator was typed in the Sasaran column
                let merged_sasaran = sasaran_col
                    .map(|c| {
                        sheet
                            .merge_at(r, c)
                            .is_some_and(|m| m.first_row < m.last_row)
                    })
                    .unwrap_or(false);
                if !merged_sasaran {
                    nama = Some(st.clone());
                    nama_col = sasaran_col;
                    name_in_sasaran_col = true;
                }
            }
        }
        let new_sasaran = if name_in_sasaran_col {
            None
        } else {
            sasaran_text.clone()
        };
        let Some(nama) = nama else {
            return (new_sasaran, None, 0);
        };
        if !any_figure && !has_figures(&figure(Role::Capaian, None)) {
            // a name without figures: a sub-heading, not an indicator
            return (new_sasaran, None, 0);
        }
        if !any_figure && is_summary_line(&nama) {
            // "Rata-rata capaian kinerja" under the table: its average, not an indicator
            return (new_sasaran, None, 0);
        }
        let satuan = scaled_money(text_at(table.col(Role::Satuan)), money_scale)
            .or_else(|| unit_of(Role::TargetSatuan))
            .map(|s| CompactString::from(&*s))
            .or_else(|| {
                target
                    .as_ref()
                    .and_then(|t| t.reading.quantity())
                    .and_then(|q| q.unit.clone())
            });
        let polaritas = crate::model::polarity_noted(
            text_at(table.col(Role::Polaritas)).as_deref(),
            text_at(table.col(Role::Keterangan)).as_deref(),
            &nama,
        );
        // a target written as a bound or a range (`≥ 90`, `80 - 85`): its edge
        let target = target.map(|t| crate::model::bounded(t, polaritas));
        let ind = Indikator {
            sheet: sheet_name.clone(),
            table: ti,
            row: r,
            no: text_at(table.col(Role::No)).map(|s| CompactString::from(&*s)),
            sasaran: None,
            nama,
            nama_cell: name_cell_elsewhere.unwrap_or((r, nama_col.unwrap_or(0))),
            satuan,
            polaritas,
            target,
            realisasi,
            capaian: figure(Role::Capaian, None),
            capaian_lalu: figure(Role::CapaianLalu, None).map(Box::new),
            // the Renstra's final target too (`≥ 90`)
            target_akhir: figure(Role::TargetAkhir, None)
                .map(|t| Box::new(crate::model::bounded(t, polaritas))),
            capaian_akhir: figure(Role::CapaianAkhir, None).map(Box::new),
            shift,
            name_in_sasaran_col,
            level: None,
            induk: None,
            realisasi_akhir: None,
            anggaran_target: None,
            anggaran_realisasi: None,
            form_checked: false,
            period: None,
            part: false,
        };
        (new_sasaran, Some(ind), pending)
    }
}

/// A line under the indicators that sums the table up ("Rata-rata capaian kinerja",
/// "Capaian rata-rata", "Jumlah", "Predikat"): with a % (or a grade) and no target or
/// realisasi of its own, it is no indicator.
fn is_summary_line(name: &str) -> bool {
    let n = crate::text::label(name);
    let n = n.replace(" - ", "-").replace("rata rata", "rata-rata");
    matches!(n.as_str(), "jumlah" | "total" | "rata-rata" | "rerata")
        || n.starts_with("rata-rata capaian")
        || n.starts_with("capaian rata-rata")
        || n.starts_with("rerata capaian")
        || n.starts_with("nilai rata-rata capaian")
        // the grade of that average (`Predikat | … | Sangat Baik`)
        || n == "predikat"
        || n.starts_with("predikat kinerja")
        || n.starts_with("predikat capaian")
}
