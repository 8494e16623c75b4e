//! The indicator model: every row of a table becomes an [`Indikator`] with its figures
//! (Target, Realisasi, Capaian, ...), each figure keeping the cell it came from, what the cell
//! shows, and how it reads as a number.
//!
//! Reading happens here, with the whole column in view: an ambiguous `24,450` is decided by
//! its unit (a count of whole things) or by how the same column writes its other values.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::layout::mapping::Mapping;
use crate::layout::meta::{read_meta, SheetMeta};
use crate::layout::quarterly::{self as qlayout, LEVELS};
use crate::layout::Level;
use crate::layout::{self, Role, Table, TableKind};
use crate::num;
use crate::read::{Cell, NumFmt, Raw, Sheet, Workbook};
use crate::text;
use crate::value::{self, Grade, Quantity, Resolution, SeparatorUse, Unreadable, Value};

/// A figure as read: one cell, and what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub row: u32,
    pub col: u32,
    /// what the cell shows, as a person would read it (a text cell's own text, shared)
    pub shown: std::sync::Arc<str>,
    #[serde(skip)]
    pub format: NumFmt,
    pub formula: Option<String>,
    /// the cell held text (typed), not a number
    pub typed: bool,
    /// a number whose display format the reader could not give (xls, xlsb, ods)
    pub format_unknown: bool,
    pub reading: Reading,
}

/// How a figure reads once the column has been taken into account.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reading {
    /// nothing in the cell
    Blank,
    /// a dash: none, or not applicable
    Dash,
    /// a number; `other` is the second reading of a separator that stays ambiguous
    Number {
        q: Quantity,
        /// boxed: rare, and a figure stays small without it
        other: Option<Box<Quantity>>,
    },
    Grade {
        grade: Grade,
    },
    Text {
        text: String,
    },
    Unreadable {
        why: Box<Unreadable>,
    },
}

impl Reading {
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Reading::Number { q, .. } => Some(q),
            _ => None,
        }
    }

    pub fn is_blank(&self) -> bool {
        matches!(self, Reading::Blank)
    }
}

impl Figure {
    pub fn cell_name(&self) -> String {
        crate::read::cell_name(self.row, self.col)
    }
}

/// Whether higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Polaritas {
    #[default]
    Positif,
    Negatif,
}

/// Which % a check recalculates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// realisasi / target of the year
    Tahunan,
    /// realisasi / final Renstra target
    Renstra,
    /// a quarter of a Rencana Aksi: realisasi / that quarter's target
    Triwulan(u8),
}

/// One indicator (one row of an annual table).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indikator {
    pub sheet: String,
    /// index of the table on its sheet
    pub table: usize,
    pub row: u32,
    pub no: Option<String>,
    pub sasaran: Option<String>,
    pub nama: String,
    /// the cell holding the name
    pub nama_cell: (u32, u32),
    pub satuan: Option<String>,
    pub polaritas: Polaritas,
    pub target: Option<Figure>,
    pub realisasi: Option<Figure>,
    /// the stated % (its cell is known even when it is empty)
    pub capaian: Option<Figure>,
    // the rarer figures are boxed: a table of 50,000 rows stays small
    pub capaian_lalu: Option<Box<Figure>>,
    pub target_akhir: Option<Box<Figure>>,
    pub capaian_akhir: Option<Box<Figure>>,
    /// columns the row's figures stand to the right (+) or left (-) of the header
    pub shift: i32,
    /// the name stood in the Sasaran column
    pub name_in_sasaran_col: bool,
}

/// A % to recalculate: numerator, denominator and the stated value.
#[derive(Debug, Clone, Copy)]
pub struct Check<'a> {
    pub kind: CheckKind,
    pub target: &'a Figure,
    pub realisasi: &'a Figure,
    pub stated: &'a Figure,
    /// the annual target, for a quarter
    pub annual: Option<&'a Figure>,
    pub polaritas: Polaritas,
    /// the row stands shifted: a missing % is not filled in
    pub shifted: bool,
}

impl Indikator {
    pub fn checks(&self) -> Vec<Check<'_>> {
        let mut out = Vec::new();
        if let (Some(t), Some(r), Some(s)) = (&self.target, &self.realisasi, &self.capaian) {
            out.push(Check {
                kind: CheckKind::Tahunan,
                target: t,
                realisasi: r,
                stated: s,
                annual: None,
                polaritas: self.polaritas,
                shifted: self.shift != 0,
            });
        }
        if let (Some(t), Some(r), Some(s)) =
            (&self.target_akhir, &self.realisasi, &self.capaian_akhir)
        {
            out.push(Check {
                kind: CheckKind::Renstra,
                target: t,
                realisasi: r,
                stated: s,
                annual: None,
                polaritas: self.polaritas,
                shifted: self.shift != 0,
            });
        }
        out
    }
}

/// One quarter of a quarterly indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Triwulan {
    /// 1..=4
    pub q: u8,
    pub target: Figure,
    pub realisasi: Option<Figure>,
    pub capaian: Option<Figure>,
}

/// A budget written in a name cell (`Program ...\nRp. 45.865.000,-`) or its own column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Anggaran {
    pub row: u32,
    pub col: u32,
    pub text: String,
    pub value: Value,
}

/// One indicator of a quarterly Rencana Aksi block, at one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndikatorTw {
    pub sheet: String,
    /// the level, where the layout has levels (quarters side by side have none)
    pub level: Option<Level>,
    /// the block's first row (its "Target Tahunan" line)
    pub block_row: u32,
    /// the name of this level's sasaran / program / kegiatan
    pub induk: Option<String>,
    pub nama: String,
    pub nama_cell: (u32, u32),
    pub annual: Option<Figure>,
    pub quarters: Vec<Triwulan>,
    pub anggaran: Option<Anggaran>,
    pub unit_kerja: Option<String>,
}

impl IndikatorTw {
    /// A check for each quarter that has a realisasi cell and a % cell.
    pub fn checks(&self) -> Vec<Check<'_>> {
        self.quarters
            .iter()
            .filter_map(|q| {
                Some(Check {
                    kind: CheckKind::Triwulan(q.q),
                    target: &q.target,
                    realisasi: q.realisasi.as_ref()?,
                    stated: q.capaian.as_ref()?,
                    annual: self.annual.as_ref(),
                    polaritas: Polaritas::Positif,
                    shifted: false,
                })
            })
            .collect()
    }
}

/// Everything read from one sheet.
#[derive(Debug, Clone, Serialize)]
pub struct SheetModel {
    pub name: String,
    pub tables: Vec<Table>,
    pub meta: SheetMeta,
    pub indikator: Vec<Indikator>,
    pub triwulan: Vec<IndikatorTw>,
}

impl SheetModel {
    pub fn year(&self) -> Option<i32> {
        self.tables
            .iter()
            .find(|t| t.from_mapping && t.header_year.is_some())
            .and_then(|t| t.header_year)
            .or_else(|| self.meta.year())
    }
}

/// Sheets rakit itself adds to a corrected copy; never read as input tables.
pub const OWN_SHEETS: [&str; 2] = ["Temuan", "Indikator (rakit)"];

/// Builds the model of every sheet that holds an indicator table.
pub fn build(wb: &Workbook, mapping: Option<&Mapping>) -> Vec<SheetModel> {
    let mut out = Vec::new();
    for sheet in &wb.sheets {
        if OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        let tables = match mapping.and_then(|m| m.tables_for(sheet)) {
            Some(t) => t,
            None => layout::detect(sheet),
        };
        if tables.is_empty() {
            continue;
        }
        let meta = read_meta(sheet, &tables);
        let mut indikator = Vec::new();
        let mut triwulan = Vec::new();
        for (ti, table) in tables.iter().enumerate() {
            match table.kind {
                TableKind::Annual if indikator.is_empty() => {
                    indikator = read_table(sheet, table, ti)
                }
                TableKind::Annual => indikator.extend(read_table(sheet, table, ti)),
                TableKind::Quarterly if qlayout::is_horizontal(table) => {
                    triwulan.extend(read_quarterly_horizontal(sheet, table))
                }
                TableKind::Quarterly => triwulan.extend(read_quarterly(sheet, table)),
            }
        }
        out.push(SheetModel {
            name: sheet.name.clone(),
            tables,
            meta,
            indikator,
            triwulan,
        });
    }
    out
}

/// What a cell shows: text as typed, numbers as the format shows them (Indonesian marks).
pub fn shown(cell: &Cell) -> String {
    match &cell.value {
        Raw::Number(d) => {
            let (v, pct) = if cell.format.percent {
                (*d * Decimal::from(100), " %")
            } else {
                (*d, "")
            };
            let dp = cell
                .format
                .decimals
                .unwrap_or_else(|| v.normalize().scale());
            format!("{}{}", num::fmt_id(v, dp), pct)
        }
        other => other.as_text(),
    }
}

/// The value of a cell before the column is taken into account.
fn cell_value(cell: &Cell) -> Value {
    match &cell.value {
        Raw::Number(d) => {
            let (v, percent) = if cell.format.percent {
                (*d * Decimal::from(100), true)
            } else {
                (*d, false)
            };
            let natural = v.normalize().scale();
            // judged at the precision shown, or at the stored one when it holds more
            let decimals = cell.format.decimals.unwrap_or(0).max(natural);
            let mut q = Quantity::plain(v, decimals);
            q.percent = percent;
            if percent {
                q.unit = Some("%".into());
            }
            Value::Number(q)
        }
        Raw::Text(t) => value::parse(t),
        Raw::Empty => Value::Empty,
        Raw::Bool(b) => Value::Text(b.to_string()),
        Raw::Date(s) | Raw::Error(s) => Value::Text(s.clone()),
    }
}

/// Every distinct text among some cells, parsed once (in parallel): the same `100%` or
/// `1 Laporan Triwulan` typed in thousands of cells is read one time.
struct Parsed<'a> {
    texts: rustc_hash::FxHashMap<&'a str, Value>,
}

impl<'a> Parsed<'a> {
    fn of(cells: impl Iterator<Item = &'a Cell>) -> Parsed<'a> {
        use rayon::prelude::*;
        let mut distinct: rustc_hash::FxHashSet<&'a str> = Default::default();
        for cell in cells {
            if let Raw::Text(t) = &cell.value {
                distinct.insert(&**t);
            }
        }
        let distinct: Vec<&'a str> = distinct.into_iter().collect();
        Parsed {
            texts: distinct
                .into_par_iter()
                .map(|t| (t, value::parse(t)))
                .collect(),
        }
    }

    /// The value of a cell: its text's parse, or the stored number.
    fn value(&self, cell: &Cell) -> std::borrow::Cow<'_, Value> {
        use std::borrow::Cow;
        match &cell.value {
            Raw::Text(t) => match self.texts.get(&**t) {
                Some(v) => Cow::Borrowed(v),
                None => Cow::Owned(value::parse(t)),
            },
            _ => Cow::Owned(cell_value(cell)),
        }
    }
}

fn is_figure(v: &Value) -> bool {
    matches!(
        v,
        Value::Number(_)
            | Value::Ambiguous { .. }
            | Value::Dash { .. }
            | Value::Grade(_)
            | Value::Unreadable(Unreadable::TwoFigures { .. })
    )
}

fn looks_like_name(raw: &Raw) -> bool {
    let Raw::Text(t) = raw else {
        return false;
    };
    let t = t.trim_start();
    t.chars().next().is_some_and(char::is_alphabetic)
        && !text::norm_starts_with(t, "rp")
        && t.chars().filter(|c| c.is_alphabetic()).take(3).count() >= 3
}

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
            score += is_figure(memo.get(sheet, row, c as i64 + s)) as i32;
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
    for s in [1i64, -1] {
        let f = fit(sheet, table, row, s, memo);
        if f >= base + 2 && f > best.1 {
            best = (s, f);
        }
    }
    best.0 as i32
}

fn read_table(sheet: &Sheet, table: &Table, ti: usize) -> Vec<Indikator> {
    use rayon::prelude::*;
    let candidates: Vec<u32> = (table.first_row..=table.last_row)
        .filter(|r| !sheet.row(*r).is_empty() && !layout::is_numbering_row(sheet, *r))
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
    );
    // each row shifted if it fits better so (in parallel); the columns learn how they
    // write their separators from their unambiguous values
    let (shifts, uses): (Vec<(u32, i32)>, BTreeMap<Role, SeparatorUse>) = candidates
        .par_iter()
        .fold(
            || (Vec::new(), BTreeMap::new()),
            |(mut shifts, mut uses): (Vec<(u32, i32)>, BTreeMap<Role, SeparatorUse>), &r| {
                let mut memo = RowValues::new(&parsed);
                let shift = detect_shift(sheet, table, r, &mut memo);
                for (role, col) in &figure_cols {
                    let v = memo.get(sheet, r, *col as i64 + shift as i64);
                    uses.entry(*role)
                        .or_insert_with(SeparatorUse::default)
                        .learn(v);
                }
                shifts.push((r, shift));
                (shifts, uses)
            },
        )
        .reduce(
            || (Vec::new(), BTreeMap::new()),
            |(mut a, mut ua), (b, ub)| {
                a.extend(b);
                for (role, u) in ub {
                    ua.entry(role)
                        .or_insert_with(SeparatorUse::default)
                        .merge(&u);
                }
                (a, ua)
            },
        );
    let results: Vec<(Option<String>, Option<Indikator>)> = shifts
        .into_par_iter()
        .map(|(r, shift)| row_indikator(sheet, table, ti, r, shift, RowValues::new(&parsed), &uses))
        .collect();
    // a blank Sasaran carries the one above down
    let mut out = Vec::with_capacity(results.len());
    let mut sasaran: Option<String> = None;
    for (new_sasaran, ind) in results {
        if new_sasaran.is_some() {
            sasaran = new_sasaran;
        }
        if let Some(mut ind) = ind {
            ind.sasaran = sasaran.clone();
            out.push(ind);
        }
    }
    out
}

/// One row: the Sasaran it names (if any) and its indicator (if it is one), the Sasaran
/// left for the caller to carry down.
fn row_indikator(
    sheet: &Sheet,
    table: &Table,
    ti: usize,
    r: u32,
    shift: i32,
    mut memo: RowValues<'_>,
    uses: &BTreeMap<Role, SeparatorUse>,
) -> (Option<String>, Option<Indikator>) {
    {
        let col_of = |role: Role| -> Option<u32> {
            let c = table.col(role)? as i64 + shift as i64;
            (c >= 0).then_some(c as u32)
        };
        let text_at =
            |col: Option<u32>| -> Option<String> { trimmed_text(sheet.get_shown(r, col?)?) };
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
        let unit_of = |role: Role| text_at(col_of(role));
        let mut figure = |role: Role, unit_role: Option<Role>| -> Option<Figure> {
            let col = col_of(role)?;
            // the Satuan column is the unit of target and realisasi, not of a stated %
            let satuan = matches!(role, Role::Target | Role::Realisasi | Role::TargetAkhir)
                .then(|| text_at(table.col(Role::Satuan)))
                .flatten();
            let unit = unit_role.and_then(unit_of).or(satuan);
            let value = memo.get(sheet, r, col as i64);
            Some(make_figure_from(
                sheet,
                r,
                col,
                value,
                unit,
                uses.get(&role),
            ))
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
            return (new_sasaran, None);
        };
        if !any_figure && !has_figures(&figure(Role::Capaian, None)) {
            // a name without figures: a sub-heading, not an indicator
            return (new_sasaran, None);
        }
        let satuan = text_at(table.col(Role::Satuan))
            .or_else(|| unit_of(Role::TargetSatuan))
            .or_else(|| {
                target
                    .as_ref()
                    .and_then(|t| t.reading.quantity())
                    .and_then(|q| q.unit.clone())
            });
        let polaritas = match text_at(table.col(Role::Polaritas)) {
            Some(p) if is_negative_label(&p) => Polaritas::Negatif,
            _ => Polaritas::Positif,
        };
        let ind = Indikator {
            sheet: sheet.name.clone(),
            table: ti,
            row: r,
            no: text_at(table.col(Role::No)),
            sasaran: None,
            nama,
            nama_cell: (r, nama_col.unwrap_or(0)),
            satuan,
            polaritas,
            target,
            realisasi,
            capaian: figure(Role::Capaian, None),
            capaian_lalu: figure(Role::CapaianLalu, None).map(Box::new),
            target_akhir: figure(Role::TargetAkhir, None).map(Box::new),
            capaian_akhir: figure(Role::CapaianAkhir, None).map(Box::new),
            shift,
            name_in_sasaran_col,
        };
        (new_sasaran, Some(ind))
    }
}

/// "Negatif", "Minimize", "-", "(-)", "menurun": lower is better.
pub fn is_negative_label(s: &str) -> bool {
    let n = text::norm(s);
    matches!(
        n.as_str(),
        "-" | "(-)"
            | "neg"
            | "negatif"
            | "negative"
            | "minimize"
            | "minimal"
            | "min"
            | "menurun"
            | "turun"
    ) || n.starts_with("negatif")
        || n.starts_with("minim")
}

/// Figure roles whose separators a column learns.
const FIGURE_ROLES: [Role; 6] = [
    Role::Target,
    Role::Realisasi,
    Role::Capaian,
    Role::CapaianLalu,
    Role::TargetAkhir,
    Role::CapaianAkhir,
];

/// A figure from a value already parsed.
fn make_figure_from(
    sheet: &Sheet,
    row: u32,
    col: u32,
    value: &Value,
    unit: Option<String>,
    column_use: Option<&SeparatorUse>,
) -> Figure {
    make_figure_at(
        sheet,
        sheet.get(row, col),
        row,
        col,
        value,
        unit,
        column_use,
    )
}

/// [`make_figure_from`] for a cell already looked up.
fn make_figure_at(
    sheet: &Sheet,
    cell: Option<&Cell>,
    row: u32,
    col: u32,
    value: &Value,
    unit: Option<String>,
    column_use: Option<&SeparatorUse>,
) -> Figure {
    let Some(cell) = cell else {
        return Figure {
            row,
            col,
            shown: "".into(),
            format: NumFmt::default(),
            formula: None,
            typed: false,
            format_unknown: false,
            reading: Reading::Blank,
        };
    };
    let markup = unit.as_deref().and_then(value::read_markup);
    let with_unit = |q: Quantity| match &markup {
        Some(m) => q.with_markup(m),
        None => q,
    };
    let default_use = SeparatorUse::default();
    let reading = match value {
        Value::Empty => Reading::Blank,
        Value::Dash { .. } => Reading::Dash,
        Value::Number(q) => Reading::Number {
            q: with_unit(q.clone()),
            other: None,
        },
        Value::Ambiguous { grouped, decimal } => {
            let grouped = with_unit(grouped.clone());
            let decimal = with_unit(decimal.clone());
            match value::resolve(&grouped, &decimal, column_use.unwrap_or(&default_use)) {
                Resolution::Sure(q) => Reading::Number { q, other: None },
                Resolution::StillAmbiguous { chosen, other, .. } => Reading::Number {
                    q: chosen,
                    other: Some(Box::new(other)),
                },
            }
        }
        Value::Grade(g) => Reading::Grade { grade: *g },
        Value::Text(t) => Reading::Text { text: t.clone() },
        Value::Unreadable(u) => Reading::Unreadable {
            why: Box::new(u.clone()),
        },
    };
    Figure {
        row,
        col,
        shown: match &cell.value {
            Raw::Text(t) => t.clone(),
            _ => shown(cell).into(),
        },
        format: cell.format.clone(),
        formula: cell.formula.clone(),
        typed: matches!(cell.value, Raw::Text(_)),
        format_unknown: !sheet.formats_known && matches!(cell.value, Raw::Number(_)),
        reading,
    }
}

fn cell_text(sheet: &Sheet, row: u32, col: Option<u32>) -> Option<String> {
    trimmed_text(sheet.get_shown(row, col?)?)
}

/// A cell's text, trimmed; `None` when nothing is left.
fn trimmed_text(cell: &Cell) -> Option<String> {
    let trim = |t: &str| {
        let t = t.trim();
        (!t.is_empty()).then(|| t.to_string())
    };
    trim(&cell.value.text())
}

/// Splits a name cell into the name and a budget line (`Rp. 45.865.000,-`).
fn name_and_budget(text: &str) -> (String, Option<String>) {
    let mut name = Vec::new();
    let mut budget = None;
    for line in text.lines() {
        let l = line.trim();
        if budget.is_none() && l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("rp")) {
            budget = Some(l.to_string());
        } else if !l.is_empty() {
            name.push(l);
        }
    }
    (name.join(" "), budget)
}

fn read_quarterly(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let mut uses: BTreeMap<u32, SeparatorUse> = BTreeMap::new();
    let figure_cols: Vec<u32> = LEVELS
        .iter()
        .flat_map(|l| ["target", "realisasi", "capaian"].map(|f| table.qcol(*l, f)))
        .flatten()
        .collect();
    // every distinct figure text parsed once; the columns learn their separators
    let figure_cells = || {
        (table.first_row..=table.last_row).flat_map(|r| {
            figure_cols
                .iter()
                .filter_map(move |c| sheet.get(r, *c).map(|cell| (*c, cell)))
        })
    };
    let parsed = Parsed::of(figure_cells().map(|(_, cell)| cell));
    for (c, cell) in figure_cells() {
        uses.entry(c).or_default().learn(&parsed.value(cell));
    }
    let any_period = LEVELS.iter().find_map(|l| table.qcol(*l, "periode"));
    let make_figure =
        |sheet: &Sheet, r: u32, col: u32, unit: Option<String>, u: Option<&SeparatorUse>| {
            let cell = sheet.get(r, col);
            let value = match cell {
                Some(cell) => parsed.value(cell),
                None => std::borrow::Cow::Owned(Value::Empty),
            };
            make_figure_at(sheet, cell, r, col, &value, unit, u)
        };
    use rayon::prelude::*;
    // each level read in runs of rows cut just before a "Target Tahunan" row (where a new
    // indicator starts anyway), so that the runs of all levels share the cores evenly
    let jobs: Vec<(Level, u32, u32)> = LEVELS
        .iter()
        .flat_map(|&level| {
            let p_col = table.qcol(level, "periode").or(any_period);
            let mut periods = qlayout::Periods::default();
            let starts: Vec<u32> = match p_col {
                Some(p_col) => (table.first_row..=table.last_row)
                    .filter(|&r| {
                        sheet.get_shown(r, p_col).is_some_and(
                            |c| matches!(&c.value, Raw::Text(t) if periods.get(t) == Some(0)),
                        )
                    })
                    .collect(),
                None => Vec::new(),
            };
            let step = starts.len().div_ceil(8).max(1);
            let mut cuts: Vec<u32> = starts
                .iter()
                .copied()
                .step_by(step)
                .filter(|&r| r > table.first_row)
                .collect();
            cuts.insert(0, table.first_row);
            let last = table.last_row;
            (0..cuts.len())
                .map(|i| {
                    let to = cuts.get(i + 1).map_or(last, |next| next - 1);
                    (level, cuts[i], to)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let per_level: Vec<Vec<IndikatorTw>> = jobs
        .par_iter()
        .map(|&(level, from, to)| {
            let mut out = Vec::new();
            let (Some(ind_col), Some(t_col)) =
                (table.qcol(level, "indikator"), table.qcol(level, "target"))
            else {
                return out;
            };
            let Some(p_col) = table.qcol(level, "periode").or(any_period) else {
                return out;
            };
            let fig = |r: u32, field: &str| -> Option<Figure> {
                let col = table.qcol(level, field)?;
                Some(make_figure(sheet, r, col, None, uses.get(&col)))
            };
            let mut current: Option<IndikatorTw> = None;
            let mut periods = qlayout::Periods::default();
            // the same budget typed in many blocks is read once
            let mut budgets: rustc_hash::FxHashMap<String, Value> = Default::default();
            for r in from..=to {
                let Some(p) = sheet.get_shown(r, p_col).and_then(|c| match &c.value {
                    Raw::Text(t) => periods.get(t),
                    _ => None,
                }) else {
                    continue;
                };
                if p == 0 || (p == 1 && current.as_ref().is_none_or(|c| !c.quarters.is_empty())) {
                    if let Some(done) = current.take() {
                        out.push(done);
                    }
                    let Some(nama) = cell_text(sheet, r, Some(ind_col)) else {
                        continue;
                    };
                    let name_cell = cell_text(sheet, r, table.qcol(level, "nama"));
                    let (induk, budget_in_name) = match &name_cell {
                        Some(t) => {
                            let (n, b) = name_and_budget(t);
                            (Some(n), b)
                        }
                        None => (None, None),
                    };
                    let anggaran = match (budget_in_name, table.qcol(level, "anggaran")) {
                        (Some(b), _) => table.qcol(level, "nama").map(|c| (c, b)),
                        (None, Some(c)) => cell_text(sheet, r, Some(c)).map(|b| (c, b)),
                        (None, None) => None,
                    }
                    .map(|(col, text)| {
                        let owner = sheet
                            .merge_at(r, col)
                            .map(|m| (m.first_row, m.first_col))
                            .unwrap_or((r, col));
                        let amount = text.trim_start_matches(|c: char| {
                            c.is_alphabetic() || c == '.' || c == ' '
                        });
                        let value = budgets
                            .entry(amount.to_string())
                            .or_insert_with(|| value::parse(&format!("Rp {amount}")))
                            .clone();
                        Anggaran {
                            row: owner.0,
                            col: owner.1,
                            value,
                            text,
                        }
                    });
                    let nama_owner = sheet
                        .merge_at(r, ind_col)
                        .map(|m| (m.first_row, m.first_col))
                        .unwrap_or((r, ind_col));
                    current = Some(IndikatorTw {
                        sheet: sheet.name.clone(),
                        level: Some(level),
                        block_row: r,
                        induk,
                        nama,
                        nama_cell: nama_owner,
                        annual: if p == 0 {
                            Some(make_figure(sheet, r, t_col, None, uses.get(&t_col)))
                        } else {
                            None
                        },
                        quarters: Vec::new(),
                        anggaran,
                        unit_kerja: cell_text(sheet, r, table.qcols.get("unit_kerja").copied()),
                    });
                    if p == 0 {
                        continue;
                    }
                }
                if let Some(cur) = current.as_mut() {
                    if let Some(target) = fig(r, "target") {
                        cur.quarters.push(Triwulan {
                            q: p,
                            target,
                            realisasi: fig(r, "realisasi"),
                            capaian: fig(r, "capaian"),
                        });
                    }
                }
            }
            if let Some(done) = current.take() {
                out.push(done);
            }
            out
        })
        .collect();
    per_level.into_iter().flatten().collect()
}

/// Quarters side by side: one indicator per row, `tw<q>_target` / `_realisasi` / `_capaian`
/// columns for each quarter, and the annual target in `target`.
fn read_quarterly_horizontal(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let col = |k: &str| table.qcols.get(k).copied();
    let mut uses: BTreeMap<u32, SeparatorUse> = BTreeMap::new();
    let figure_cols: Vec<u32> = table
        .qcols
        .iter()
        .filter(|(k, _)| k.starts_with("tw") || *k == "target")
        .map(|(_, c)| *c)
        .collect();
    for r in table.first_row..=table.last_row {
        for c in &figure_cols {
            if let Some(cell) = sheet.get(r, *c) {
                uses.entry(*c).or_default().learn(&cell_value(cell));
            }
        }
    }
    let fig = |r: u32, c: Option<u32>, unit: Option<String>| -> Option<Figure> {
        let c = c?;
        let value = sheet.get(r, c).map(cell_value).unwrap_or(Value::Empty);
        Some(make_figure_from(sheet, r, c, &value, unit, uses.get(&c)))
    };
    let mut out = Vec::new();
    let mut sasaran: Option<String> = None;
    for r in table.first_row..=table.last_row {
        if let Some(s) = cell_text(sheet, r, col("sasaran")) {
            sasaran = Some(s);
        }
        let Some(nama) = cell_text(sheet, r, col("indikator")) else {
            continue;
        };
        let unit = cell_text(sheet, r, col("satuan"));
        let quarters: Vec<Triwulan> = (1..=4u8)
            .filter_map(|q| {
                let target = fig(r, col(&format!("tw{q}_target")), unit.clone())?;
                Some(Triwulan {
                    q,
                    target,
                    realisasi: fig(r, col(&format!("tw{q}_realisasi")), unit.clone()),
                    capaian: fig(r, col(&format!("tw{q}_capaian")), None),
                })
            })
            .collect();
        if quarters.iter().all(|q| q.target.reading.is_blank()) {
            continue;
        }
        out.push(IndikatorTw {
            sheet: sheet.name.clone(),
            level: None,
            block_row: r,
            induk: sasaran.clone(),
            nama,
            nama_cell: (r, col("indikator").unwrap_or(0)),
            annual: fig(r, col("target"), unit.clone()),
            quarters,
            anggaran: None,
            unit_kerja: None,
        });
    }
    out
}
