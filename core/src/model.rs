//! The indicator model: every row of a table becomes an [`Indikator`] with its figures
//! (Target, Realisasi, Capaian, ...), each figure keeping the cell it came from, what the cell
//! shows, and how it reads as a number.
//!
//! Reading happens here, with the whole column in view: an ambiguous `24,450` is decided by
//! its unit (a count of whole things) or by how the same column writes its other values.

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::layout::meta::SheetMeta;
use crate::layout::Level;
use crate::layout::{Role, Table};
use crate::read::{Cell, NumFmt, Raw, Sheet};
use crate::text;
use crate::value::{
    self, CompactString, Grade, Quantity, Resolution, SeparatorUse, Unreadable, Value,
};

/// A figure as read: one cell, and what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub row: u32,
    pub col: u32,
    /// what the cell shows, as a person would read it (a text cell's own text, shared)
    pub shown: std::sync::Arc<str>,
    #[serde(skip)]
    pub format: NumFmt,
    /// the cell's formula, shared with it
    pub formula: Option<Arc<str>>,
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
    /// an error value the cell holds (`#DIV/0!`): no figure, reported where it stands (E901)
    Error {
        value: String,
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
    Annual,
    /// realisasi / final Renstra target
    Renstra,
    /// a quarter of a Rencana Aksi: realisasi / that quarter's target
    Quarter(u8),
    /// a half year of a Rencana Aksi written by semester (1 or 2): realisasi / its target
    Half(u8),
    /// a month of a monthly Rencana Aksi (1 = Januari): realisasi / that month's target
    Month(u8),
}

/// One indicator (one row of an annual table).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Indikator {
    /// the sheet's name, one allocation shared by its rows
    pub sheet: Arc<str>,
    /// index of the table on its sheet
    pub table: usize,
    pub row: u32,
    /// held inline (no allocation) up to 24 bytes
    pub no: Option<CompactString>,
    /// shared by the rows it stands over
    pub sasaran: Option<Arc<str>>,
    /// the name cell's own text where it needs no trimming (shared, not copied)
    pub nama: Arc<str>,
    /// the cell holding the name
    pub nama_cell: (u32, u32),
    pub satuan: Option<CompactString>,
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
    /// the row's level, where the form has levels (program / kegiatan / sub kegiatan of the
    /// evaluation form)
    pub level: Option<Level>,
    /// the program / kegiatan / sub kegiatan the indicator measures (the evaluation form)
    pub induk: Option<String>,
    /// the Renstra's realisasi to date (the evaluation form's cumulative column), judged
    /// against `target_akhir`
    pub realisasi_akhir: Option<Box<Figure>>,
    /// the year's budget (Rp) and its realisasi, where the form gives them
    pub anggaran_target: Option<Box<Figure>>,
    pub anggaran_realisasi: Option<Box<Figure>>,
    /// the form checks this row's computed columns by its own rules (the evaluation
    /// form's K1xx): [`Indikator::checks`] gives none, and the rules of single figures
    /// leave the row to the form's rules
    pub form_checked: bool,
    /// the year of this indicator's figures when it is not the table's own (a table with
    /// the years across its columns, [`crate::forms`]' stacked annual tables): checked as
    /// any other, compared in no year
    pub period: Option<u16>,
    /// a row of one part of an indicator whose total has a row of its own (a puskesmas's
    /// figures under the regency's `JUMLAH KABUPATEN`, the name merged down over both): named
    /// with its part, checked as any other row, no indicator of its own to compare
    pub part: bool,
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
    /// The year's % and the Renstra's, where the row has their figures (none where the form
    /// checks the row by its own rules). Nothing is allocated: this is asked of every row.
    pub fn checks(&self) -> impl Iterator<Item = Check<'_>> {
        [
            self.check(
                CheckKind::Annual,
                self.target.as_ref(),
                self.capaian.as_ref(),
            ),
            self.check(
                CheckKind::Renstra,
                self.target_akhir.as_deref(),
                self.capaian_akhir.as_deref(),
            ),
        ]
        .into_iter()
        .flatten()
    }

    fn check<'a>(
        &'a self,
        kind: CheckKind,
        target: Option<&'a Figure>,
        stated: Option<&'a Figure>,
    ) -> Option<Check<'a>> {
        if self.form_checked {
            return None;
        }
        Some(Check {
            kind,
            target: target?,
            realisasi: self.realisasi.as_ref()?,
            stated: stated?,
            annual: None,
            polaritas: self.polaritas,
            shifted: self.shift != 0,
        })
    }
}

impl Triwulan {
    /// The period's figures that have a cell.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        [&self.target, &self.realisasi, &self.capaian]
            .into_iter()
            .flatten()
    }

    /// The row of the period's figures.
    pub fn row(&self) -> Option<u32> {
        self.figures().next().map(|f| f.row)
    }
}

/// What the periods of an [`IndikatorTw`] are: quarters (TW I..IV), half years (Semester I
/// and II) or months (Januari..Desember).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    #[default]
    Quarter,
    /// semesters, each numbered by the quarter it ends with (2 and 4): a flow's halves sum
    /// to the year as its quarters do, and the last one is the year's
    Half,
    Month,
}

/// One period of a quarterly (or monthly) indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Triwulan {
    /// 1..=4 for a quarter, 2 or 4 for a half year (the quarter it ends with), 1..=12 for a
    /// month (see [`IndikatorTw::period`])
    pub q: u8,
    /// `None` where the table gives the period no target (months holding realisasi only)
    pub target: Option<Figure>,
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
    /// the sheet's name, one allocation shared by its rows
    pub sheet: Arc<str>,
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
    /// the table's Satuan for the indicator, where it has such a column
    pub satuan: Option<String>,
    /// the indicator's name stands in the Sasaran column (its own cell is empty)
    pub name_in_sasaran_col: bool,
    /// whether higher is better, from a polarity column where the table has one
    pub polaritas: Polaritas,
    /// quarters or months
    pub period: PeriodKind,
    /// the year's realisasi and its %, where the table gives them beside the periods (the
    /// monthly form's "Realisasi" / "Jumlah" and "Capaian" columns)
    pub realisasi_tahunan: Option<Box<Figure>>,
    /// whether the periods' realisasi run to date (`Kumulatif`: the year's is the last) or
    /// are each the period's own (`Per bulan`: the year's is their sum), where a column of
    /// the table says so ("Sifat Data")
    pub cumulative: Option<bool>,
    pub capaian_tahunan: Option<Box<Figure>>,
}

impl Indikator {
    /// A target or realisasi whose separator stays ambiguous (`689.455`: 689,455 or 689.455,
    /// [`Reading::Number`]'s `other`) is read the way that makes the row's stated % right,
    /// where the way chosen does not and exactly one other way does: 689.455 against a
    /// target of 700.000 with 98,49 % stated is 689.455 (689455 / 700000 × 100 = 98,49), though
    /// its column writes `63.8`. The % is the agency's own arithmetic on the two figures; the
    /// other reading stays beside the chosen one, so the figure is still reported (V202).
    pub(crate) fn settle_by_stated(&mut self) {
        settle_by_stated(
            self.target.as_mut(),
            self.realisasi.as_mut(),
            self.capaian.as_ref(),
        );
    }
}

impl Triwulan {
    /// [`Indikator::settle_by_stated`] for the period's target, realisasi and stated %.
    pub(crate) fn settle_by_stated(&mut self) {
        settle_by_stated(
            self.target.as_mut(),
            self.realisasi.as_mut(),
            self.capaian.as_ref(),
        );
    }
}

impl IndikatorTw {
    /// Each period's target written as a bound or a range (`<= 3`, `85-90` in every quarter,
    /// as the year's is) read at its edge ([`bounded`]), as the year's target is.
    pub(crate) fn bound_targets(&mut self) {
        let polaritas = self.polaritas;
        for q in &mut self.quarters {
            if let Some(t) = q.target.take() {
                q.target = Some(bounded(t, polaritas));
            }
        }
    }

    /// [`Indikator::settle_by_stated`] for each period's target, realisasi and stated %, and
    /// for the year's (the annual target, the year's realisasi and its %), unless the year's
    /// realisasi is worked out of the quarters (a table without a column of its own): one
    /// cell, one reading.
    pub(crate) fn settle_by_stated(&mut self) {
        for q in &mut self.quarters {
            q.settle_by_stated();
        }
        // the year's realisasi worked out of the quarters (the last one's, or their sum, at
        // the last one's cell) was worked out of them once settled (`rencana_aksi::read`)
        if let Some(y) = self.realisasi_tahunan.as_deref() {
            let worked_out = self
                .quarters
                .iter()
                .filter_map(|q| q.realisasi.as_ref())
                .any(|r| (r.row, r.col) == (y.row, y.col));
            if worked_out {
                return;
            }
        }
        settle_by_stated(
            self.annual.as_mut(),
            self.realisasi_tahunan.as_deref_mut(),
            self.capaian_tahunan.as_deref(),
        );
    }
}

/// A target or realisasi whose separator stays ambiguous read the way that makes the stated %
/// right, where the way chosen does not and exactly one other way does
/// ([`Indikator::settle_by_stated`]); not a % whose formula reads the typed text itself.
fn settle_by_stated(
    target: Option<&mut Figure>,
    realisasi: Option<&mut Figure>,
    capaian: Option<&Figure>,
) {
    let (Some(t), Some(r), Some(c)) = (target, realisasi, capaian) else {
        return;
    };
    let Some(stated) = c.reading.quantity() else {
        return;
    };
    // asked of every row: most have no second reading, and nothing is allocated for them
    let ambiguous = |f: &Figure| matches!(f.reading, Reading::Number { other: Some(_), .. });
    if !ambiguous(t) && !ambiguous(r) {
        return;
    }
    // a % its formula works out of the typed text itself ("53.610" in `=F41/E41*100`) is the
    // spreadsheet's own reading of that text, no word of the writer's
    let worked_out_of = |f: &Figure| {
        ambiguous(f)
            && f.typed
            && c.formula.as_deref().is_some_and(|fm| {
                crate::formula::references(fm)
                    .iter()
                    .any(|x| x.sheet.is_none() && (x.row, x.col) == (f.row, f.col))
            })
    };
    if worked_out_of(t) || worked_out_of(r) {
        return;
    }
    let readings = |f: &Figure| -> Vec<(bool, Decimal)> {
        match &f.reading {
            Reading::Number { q, other } => std::iter::once((false, q.scaled()))
                .chain(other.iter().map(|o| (true, o.scaled())))
                .collect(),
            _ => Vec::new(),
        }
    };
    let (ts, rs) = (readings(t), readings(r));
    let fits = |tv: Decimal, rv: Decimal| states_capaian(stated, tv, rv);
    let (Some(&(_, t0)), Some(&(_, r0))) = (ts.first(), rs.first()) else {
        return;
    };
    if fits(t0, r0) {
        return;
    }
    let mut found = Vec::new();
    for &(ot, tv) in &ts {
        for &(or, rv) in &rs {
            if (ot || or) && fits(tv, rv) {
                found.push((ot, or));
            }
        }
    }
    let [(swap_t, swap_r)] = found[..] else {
        return;
    };
    for (swap, f) in [(swap_t, t), (swap_r, r)] {
        if let (
            true,
            Figure {
                reading: Reading::Number { q, other: Some(o) },
                ..
            },
        ) = (swap, f)
        {
            std::mem::swap(q, &mut **o);
        }
    }
}

/// Whether a stated % is what a target and a realisasi give: realisasi / target × 100, or
/// one of the negative indicator's formulas ((2 × target − realisasi) / target × 100, target /
/// realisasi × 100), at the stated precision, or as a fraction of one (below 10: `101,84`
/// is no fraction for 10.184 %).
pub(crate) fn states_capaian(stated: &Quantity, t: Decimal, r: Decimal) -> bool {
    let hundred = Decimal::ONE_HUNDRED;
    let ratio = |a: Decimal, b: Decimal| {
        if b.is_zero() {
            None
        } else {
            a.checked_div(b).and_then(|x| x.checked_mul(hundred))
        }
    };
    let candidates = [
        ratio(r, t),
        t.checked_mul(Decimal::TWO)
            .and_then(|x| x.checked_sub(r))
            .and_then(|x| ratio(x, t)),
        ratio(t, r),
    ];
    let s = stated.value;
    let dp = stated.decimals;
    // half away from zero, as Excel's ROUND
    let round = crate::num::round;
    candidates.into_iter().flatten().any(|e| {
        round(e, dp) == s
            || (!stated.percent
                && dp >= 2
                && s.abs() < Decimal::TEN
                && s.checked_mul(hundred)
                    .is_some_and(|s100| round(e, dp - 2) == s100))
    })
}

impl IndikatorTw {
    /// A check for each period that has a target, a realisasi cell and a % cell, and one
    /// for the year where the table gives its realisasi and %.
    pub fn checks(&self) -> Vec<Check<'_>> {
        let kind = |q: u8| match self.period {
            PeriodKind::Quarter => CheckKind::Quarter(q),
            PeriodKind::Half => CheckKind::Half(q.div_ceil(2)),
            PeriodKind::Month => CheckKind::Month(q),
        };
        let mut out: Vec<Check<'_>> = self
            .quarters
            .iter()
            .filter_map(|q| {
                Some(Check {
                    kind: kind(q.q),
                    target: q.target.as_ref()?,
                    realisasi: q.realisasi.as_ref()?,
                    stated: q.capaian.as_ref()?,
                    annual: self.annual.as_ref(),
                    polaritas: self.polaritas,
                    shifted: false,
                })
            })
            .collect();
        if let (Some(t), Some(r), Some(s)) =
            (&self.annual, &self.realisasi_tahunan, &self.capaian_tahunan)
        {
            out.push(Check {
                kind: CheckKind::Annual,
                target: t,
                realisasi: r,
                stated: s,
                annual: None,
                polaritas: self.polaritas,
                shifted: false,
            });
        }
        out
    }

    /// The quarter a period is, where the periods are quarters.
    pub fn quarter_of(&self, p: &Triwulan) -> Option<u8> {
        (self.period == PeriodKind::Quarter).then_some(p.q)
    }

    /// The half year a period is (1 or 2, [`half_numeral`]), where the periods are semesters.
    pub fn half_of(&self, p: &Triwulan) -> Option<u8> {
        (self.period == PeriodKind::Half).then_some(p.q.div_ceil(2))
    }

    /// The month a period is, where the periods are months.
    pub fn month_of(&self, p: &Triwulan) -> Option<u8> {
        (self.period == PeriodKind::Month).then_some(p.q)
    }
}

/// The numeral a half year is written with (`Semester II`): `I` for the first, `II` for the
/// second.
pub fn half_numeral(n: u8) -> &'static str {
    if n <= 1 {
        "I"
    } else {
        "II"
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
    /// Every stated % of the sheet with what it is judged against: the annual indicators'
    /// checks, then the quarterly ones'.
    pub fn checks(&self) -> impl Iterator<Item = Check<'_>> + '_ {
        self.indikator
            .iter()
            .flat_map(|i| i.checks())
            .chain(self.triwulan.iter().flat_map(|i| i.checks()))
    }

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

/// The value of a cell before the column is taken into account.
pub(crate) fn cell_value(cell: &Cell) -> Value {
    match &cell.value {
        Raw::Number(d) => {
            let (v, percent) = if cell.format.percent {
                (*d * Decimal::from(100), true)
            } else {
                (*d, false)
            };
            let natural = v.normalize().scale();
            // judged at the precision shown, or at the stored one when it holds more
            let decimals = u32::from(cell.format.decimals.unwrap_or(0)).max(natural);
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
        Raw::Date(s) | Raw::Error(s) => Value::Text(s.to_string()),
    }
}

/// Every text typed in more than one of some cells, parsed once (in parallel): the same
/// `100%` or `1 Laporan Triwulan` typed in thousands of cells is read one time. A text typed
/// once (`24.220 orang`, as text-heavy tables write every figure) is read where it is
/// needed: holding its reading here would only add memory.
///
/// Texts are told apart by their allocation, not their content: the cells of one shared
/// string of an xlsx hold the same text (one `Arc`), so counting and looking up is a
/// pointer's hash, not a hash of every character of every cell. Equal texts held apart (an
/// inline string, a workbook calamine read) are each parsed on their own: the same answer,
/// only not shared.
pub(crate) struct Parsed<'a> {
    texts: rustc_hash::FxHashMap<usize, Value>,
    cells: std::marker::PhantomData<&'a Cell>,
}

/// The key of a text in [`Parsed`]: where it is held.
fn text_key(t: &Arc<str>) -> usize {
    Arc::as_ptr(t) as *const u8 as usize
}

impl<'a> Parsed<'a> {
    /// `upto`: about how many cells there are at most (the count is sized for them once,
    /// not grown step by step while thousands of distinct texts come in)
    pub(crate) fn of(cells: impl Iterator<Item = &'a Cell>, upto: usize) -> Parsed<'a> {
        use rayon::prelude::*;
        let mut counts: rustc_hash::FxHashMap<usize, (&'a str, u32)> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(upto, Default::default());
        for cell in cells {
            if let Raw::Text(t) = &cell.value {
                counts.entry(text_key(t)).or_insert((&**t, 0)).1 += 1;
            }
        }
        let repeated: Vec<(usize, &'a str)> = counts
            .into_iter()
            .filter(|(_, (_, n))| *n > 1)
            .map(|(k, (t, _))| (k, t))
            .collect();
        Parsed {
            texts: repeated
                .into_par_iter()
                .map(|(k, t)| (k, value::parse(t)))
                .collect(),
            cells: std::marker::PhantomData,
        }
    }

    /// The value of a cell: its text's parse, or the stored number.
    pub(crate) fn value(&self, cell: &Cell) -> std::borrow::Cow<'_, Value> {
        use std::borrow::Cow;
        match &cell.value {
            Raw::Text(t) => match self.texts.get(&text_key(t)) {
                Some(v) => Cow::Borrowed(v),
                None => Cow::Owned(value::parse(t)),
            },
            _ => Cow::Owned(cell_value(cell)),
        }
    }
}

pub(crate) fn is_figure(v: &Value) -> bool {
    matches!(
        v,
        Value::Number(_)
            | Value::Ambiguous { .. }
            | Value::Dash { .. }
            | Value::Grade(_)
            | Value::Unreadable(Unreadable::TwoFigures { .. })
    )
}

pub(crate) fn looks_like_name(raw: &Raw) -> bool {
    let Raw::Text(t) = raw else {
        return false;
    };
    let t = t.trim_start();
    // a name under its number (`5.3 Indeks Kepuasan Masyarakat`): numbers of one or two
    // digits, not a figure with its unit (`1.234 Dokumen`)
    let numbered = t.split_once(' ').filter(|(number, rest)| {
        number
            .trim_end_matches('.')
            .split('.')
            .all(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
            && rest.split_whitespace().nth(1).is_some()
    });
    let t = numbered.map_or(t, |(_, rest)| rest.trim_start());
    t.chars().next().is_some_and(char::is_alphabetic)
        && !text::norm_starts_with(t, "rp")
        && t.chars().filter(|c| c.is_alphabetic()).take(3).count() >= 3
}

/// "Negatif", "Minimize", "-", "(-)", "menurun": lower is better.
/// A target written as a bound or a range (`≥ 90`, `< 5`, `80 - 85`), read as the number
/// agencies measure it against: the lower edge for a positive indicator, the upper edge for
/// a negative one. Any other figure is left as it is.
pub fn bounded(mut target: Figure, polaritas: Polaritas) -> Figure {
    // `≤ 1,8` reads as no number, `maks 1,8` as words
    if !matches!(
        target.reading,
        Reading::Unreadable { .. } | Reading::Text { .. }
    ) {
        return target;
    }
    let Some(b) = value::bound(&target.shown) else {
        return target;
    };
    let edge = match polaritas {
        Polaritas::Positif => b.low.or(b.high),
        Polaritas::Negatif => b.high.or(b.low),
    };
    if let Some(q) = edge {
        target.reading = Reading::Number { q, other: None };
    }
    target
}

/// The polarity of an indicator: its polarity cell's ([`is_negative_label`]), and where the
/// table has no such cell for it, what its name says ("Angka kecelakaan (semakin kecil
/// semakin baik)") or measures ("Angka Kematian Ibu", [`crate::negative_name`]).
pub fn polarity(cell: Option<&str>, name: &str) -> Polaritas {
    match cell.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) if is_negative_label(c) => Polaritas::Negatif,
        Some(_) => Polaritas::Positif,
        None if name_says_negative(name) || crate::negative_name::name_is_negative(name) => {
            Polaritas::Negatif
        }
        None => Polaritas::Positif,
    }
}

/// [`polarity`], where a table has no polarity cell for the row but a note beside it
/// (Keterangan) says the indicator is negative: `Negatif`, `Indikator negatif (-)`,
/// `polaritas negatif`, `semakin kecil semakin baik`. Any other note says nothing of it (a
/// dash alone, `-` or `(-)`, is a note left empty as often).
///
/// ```
/// use rakit_core::model::{polarity_noted, Polaritas};
/// let p = |note| polarity_noted(None, Some(note), "Jumlah hotspot");
/// assert_eq!(p("Indikator negatif (-)"), Polaritas::Negatif);
/// assert_eq!(p("Negatif"), Polaritas::Negatif);
/// assert_eq!(p("(-)"), Polaritas::Positif);
/// assert_eq!(p("Data BPS"), Polaritas::Positif);
/// // a polarity cell wins over the note
/// assert_eq!(
///     polarity_noted(Some("Positif"), Some("Negatif"), "Jumlah hotspot"),
///     Polaritas::Positif
/// );
/// ```
pub fn polarity_noted(cell: Option<&str>, note: Option<&str>, name: &str) -> Polaritas {
    let has_cell = cell.is_some_and(|c| !c.trim().is_empty());
    if !has_cell && note.is_some_and(note_says_negative) {
        return Polaritas::Negatif;
    }
    polarity(cell, name)
}

/// Whether a note beside an indicator says it is negative ([`polarity_noted`]).
fn note_says_negative(note: &str) -> bool {
    let n = text::norm(note);
    if n.is_empty() || n.len() > 80 {
        return false;
    }
    matches!(n.as_str(), "negatif" | "negative")
        || [
            "indikator negatif",
            "polaritas negatif",
            "sifat negatif",
            "negatif (-)",
        ]
        .iter()
        .any(|p| n.contains(p))
        || name_says_negative(note)
}

/// Whether an indicator's name says lower is better: "(semakin kecil semakin baik)", "makin
/// rendah makin baik", "lower is better".
pub fn name_says_negative(name: &str) -> bool {
    // most names say neither: told without a copy (a name of other letters than ASCII goes
    // the whole way, as lower-casing them may give ASCII letters)
    let says = |w: &str| {
        name.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    if name.is_ascii() && !says("baik") && !says("better") {
        return false;
    }
    let n = text::norm(name);
    ["kecil", "rendah", "sedikit"].iter().any(|w| {
        n.contains(&format!("semakin {w} semakin baik"))
            || n.contains(&format!("makin {w} makin baik"))
    }) || n.contains("lower is better")
}

pub fn is_negative_label(s: &str) -> bool {
    // an arrow pointing down (an "Arah" column of arrows)
    if matches!(s.trim(), "↓" | "⬇" | "▼" | "↘" | "⇩" | "⇓") {
        return true;
    }
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
        // "turun (baik)", "menurun (semakin kecil semakin baik)"
        || n.starts_with("turun")
        || n.starts_with("menurun")
}

/// Figure roles whose separators a column learns.
pub(crate) const FIGURE_ROLES: [Role; 6] = [
    Role::Target,
    Role::Realisasi,
    Role::Capaian,
    Role::CapaianLalu,
    Role::TargetAkhir,
    Role::CapaianAkhir,
];

/// How each figure column writes its separators, learnt from every value it holds in `rows`.
pub(crate) fn separator_uses(
    sheet: &Sheet,
    rows: std::ops::RangeInclusive<u32>,
    cols: &[u32],
) -> std::collections::BTreeMap<u32, crate::value::SeparatorUse> {
    let mut uses: std::collections::BTreeMap<u32, crate::value::SeparatorUse> = Default::default();
    for r in rows {
        for c in cols {
            if let Some(cell) = sheet.get(r, *c) {
                uses.entry(*c).or_default().learn(&cell_value(cell));
            }
        }
    }
    uses
}

/// A figure from a value already parsed.
pub(crate) fn make_figure_from(
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
/// The figure of the cell at (`row`, `col`) as it stands (blank where there is none), read
/// with the column's separators.
pub(crate) fn figure_in_cell(
    sheet: &Sheet,
    row: u32,
    col: u32,
    unit: Option<String>,
    column_use: Option<&SeparatorUse>,
) -> Figure {
    let cell = sheet.get(row, col);
    let value = cell.map(cell_value).unwrap_or(Value::Empty);
    make_figure_at(sheet, cell, row, col, &value, unit, column_use)
}

pub(crate) fn make_figure_at(
    sheet: &Sheet,
    cell: Option<&Cell>,
    row: u32,
    col: u32,
    value: &Value,
    unit: Option<String>,
    column_use: Option<&SeparatorUse>,
) -> Figure {
    let default_use = SeparatorUse::default();
    let decide = Decide::Now(column_use.unwrap_or(&default_use));
    figure_of(
        sheet,
        cell,
        row,
        col,
        std::borrow::Cow::Borrowed(value),
        unit.as_deref(),
        decide,
    )
    .0
}

/// When a separator that only the column can decide ([`value::resolve`]) is decided.
#[derive(Clone, Copy)]
pub(crate) enum Decide<'a> {
    /// now, with this use of the column
    Now(&'a SeparatorUse),
    /// once the whole column has been read: the figure is left pending, see [`figure_of`]
    Later,
}

/// A figure from a value, taking it where it is owned (nothing cloned). With
/// [`Decide::Later`], a separator the cell itself does not decide is left pending: the
/// figure reads `Number { q: grouped, other: Some(decimal) }` and the answer's flag is true;
/// [`settle`] decides it once the column is known.
pub(crate) fn figure_of(
    sheet: &Sheet,
    cell: Option<&Cell>,
    row: u32,
    col: u32,
    value: std::borrow::Cow<'_, Value>,
    unit: Option<&str>,
    decide: Decide<'_>,
) -> (Figure, bool) {
    let Some(cell) = cell else {
        let blank = Figure {
            row,
            col,
            shown: "".into(),
            format: NumFmt::default(),
            formula: None,
            typed: false,
            format_unknown: false,
            reading: Reading::Blank,
        };
        return (blank, false);
    };
    let markup = unit.and_then(value::read_markup);
    let with_unit = |q: Quantity| match &markup {
        Some(m) => q.with_markup(m),
        None => q,
    };
    let mut pending = false;
    let reading = if matches!(cell.value, Raw::Error(_)) {
        Reading::Error {
            value: cell.value.text().into_owned(),
        }
    } else if let (Raw::Empty, Some(f)) = (&cell.value, &cell.formula) {
        // a formula stored without its result that rakit could not compute: its value is
        // unknown, not blank (reported by E904)
        Reading::Error {
            value: format!("={f}"),
        }
    } else {
        match value.into_owned() {
            Value::Empty => Reading::Blank,
            Value::Dash { .. } => Reading::Dash,
            Value::Number(q) => Reading::Number {
                q: with_unit(q),
                other: None,
            },
            Value::Ambiguous { grouped, decimal } => {
                let grouped = with_unit(grouped);
                let decimal = with_unit(decimal);
                match decide {
                    Decide::Now(column) => {
                        reading_of(value::resolve_owned(grouped, decimal, column))
                    }
                    Decide::Later if value::decided_by_cell(&grouped, &decimal) => {
                        Reading::Number {
                            q: grouped,
                            other: None,
                        }
                    }
                    Decide::Later => {
                        pending = true;
                        Reading::Number {
                            q: grouped,
                            other: Some(Box::new(decimal)),
                        }
                    }
                }
            }
            Value::Grade(g) => Reading::Grade { grade: g },
            Value::Text(text) => Reading::Text { text },
            Value::Unreadable(u) => Reading::Unreadable { why: Box::new(u) },
        }
    };
    let figure = Figure {
        row,
        col,
        shown: match &cell.value {
            Raw::Text(t) => t.clone(),
            _ => cell.shown().into(),
        },
        format: cell.format.clone(),
        formula: cell.formula.clone(),
        typed: matches!(cell.value, Raw::Text(_)),
        format_unknown: !sheet.formats_known && matches!(cell.value, Raw::Number(_)),
        reading,
    };
    (figure, pending)
}

fn reading_of(r: Resolution) -> Reading {
    match r {
        Resolution::Sure(q) => Reading::Number { q, other: None },
        Resolution::StillAmbiguous { chosen, other, .. } => Reading::Number {
            q: chosen,
            other: Some(Box::new(other)),
        },
    }
}

/// Decides a figure [`figure_of`] left pending, with how its column writes separators.
pub(crate) fn settle(figure: &mut Figure, column: &SeparatorUse) {
    let reading = std::mem::replace(&mut figure.reading, Reading::Blank);
    figure.reading = match reading {
        Reading::Number {
            q,
            other: Some(decimal),
        } => reading_of(value::resolve_owned(q, *decimal, column)),
        other => other,
    };
}

pub(crate) fn cell_text(sheet: &Sheet, row: u32, col: Option<u32>) -> Option<String> {
    trimmed_text(sheet.get_shown(row, col?)?)
}

/// [`trimmed_text`] as a shared text: a text cell that needs no trimming gives its own
/// text (one more owner, nothing copied).
pub(crate) fn trimmed_shared(cell: &Cell) -> Option<Arc<str>> {
    if let Raw::Text(t) = &cell.value {
        let trimmed = t.trim();
        if trimmed.len() == t.len() {
            return (!t.is_empty()).then(|| t.clone());
        }
        return (!trimmed.is_empty()).then(|| trimmed.into());
    }
    trimmed_text(cell).map(Arc::from)
}

/// A cell's text, trimmed; `None` when nothing is left.
pub(crate) fn trimmed_text(cell: &Cell) -> Option<String> {
    if let Raw::Number(d) = &cell.value {
        // a whole number (the No column of every row) written without formatting a Decimal
        if d.scale() == 0 && !d.is_zero() {
            if let Some(i) = rust_decimal::prelude::ToPrimitive::to_i64(d) {
                return Some(i.to_string());
            }
        }
    }
    let trim = |t: &str| {
        let t = t.trim();
        (!t.is_empty()).then(|| t.to_string())
    };
    trim(&cell.value.text())
}

/// Splits a name cell into the name and a budget line (`Rp. 45.865.000,-`).
pub(crate) fn name_and_budget(text: &str) -> (String, Option<String>) {
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

#[cfg(all(test, target_pointer_width = "64"))]
mod size_tests {
    use super::*;

    /// A table of 50,000 rows holds an indicator per row and a figure per cell: what they
    /// weigh is memory every check fills and frees (measured on the text-heavy benchmark).
    #[test]
    fn rows_and_cells_stay_small() {
        use std::mem::size_of;
        assert!(size_of::<Cell>() <= 72, "Cell {}", size_of::<Cell>());
        assert!(
            size_of::<Quantity>() <= 72,
            "Quantity {}",
            size_of::<Quantity>()
        );
        assert!(size_of::<Figure>() <= 152, "Figure {}", size_of::<Figure>());
        assert!(
            // 664 since `part` (a part's row under its total's)
            size_of::<Indikator>() <= 664,
            "Indikator {}",
            size_of::<Indikator>()
        );
    }
}

/// Whether an indicator measures a level rather than a quantity that adds up over the
/// year: its unit is a percent, an index, a score or a grade, or its name says it is a
/// percentage, a ratio, an index, an average, a rate or a coverage. A level's year is its
/// last period (or their mean), and it may fall from one period to the next.
///
/// ```
/// use rakit_core::model::measures_a_level;
/// assert!(measures_a_level("Persentase jalan dalam kondisi mantap", Some("%")));
/// assert!(measures_a_level("Nilai Tukar Petani (NTP)", Some("Indeks")));
/// assert!(!measures_a_level("Panjang jalan yang dipelihara berkala", Some("Km")));
/// ```
pub fn measures_a_level(name: &str, satuan: Option<&str>) -> bool {
    let unit = satuan.map(crate::text::label).unwrap_or_default();
    let unit_is_level = unit.contains('%')
        || [
            "persen", "indeks", "index", "nilai", "skor", "poin", "level", "predikat", "rasio",
        ]
        .iter()
        .any(|u| unit.split(|c: char| !c.is_alphanumeric()).any(|w| w == *u));
    unit_is_level
        || [
            "persentase",
            "prosentase",
            "persen",
            "proporsi",
            "rasio",
            "indeks",
            "index",
            "rata-rata",
            "rata rata",
            "tingkat",
            "cakupan",
            "angka",
            "prevalensi",
            "nilai",
            "skor",
        ]
        .iter()
        .any(|p| crate::text::norm_starts_with(name, p))
}

/// The year's realisasi of a Rencana Aksi that gives none beside its quarters (or months): the
/// last quarter's where the quarter targets are cumulative, their sum where each is a quarter's
/// share of the year's target (targets that fit both, all in the last quarter or all zero,
/// are a flow where the realisasi falls back somewhere), else the last quarter's.
/// A share planned the same each period (`75 | 75 | 75 | 75` %, [`targets_flat`],
/// [`names_a_share`]) stands at that level each period: never their sum, whatever the year's target adds up to
/// (`=SUM(E18:H18)`, 300 %).
pub(crate) fn year_realisasi(
    name: &str,
    unit: Option<&str>,
    annual: Option<&Figure>,
    quarters: &[Triwulan],
) -> Option<Figure> {
    if let Some(level) = planned_once(annual, quarters) {
        return Some(level);
    }
    let level = names_a_share(name, unit) && targets_flat(quarters);
    match (
        cumulative_realisasi(annual, quarters),
        summed_realisasi(annual, quarters).filter(|_| !level),
    ) {
        (Some(_), Some(sum)) if realisasi_falls(quarters) => Some(sum),
        (last, sum) => last.or(sum),
    }
}

/// The year's realisasi of a table with no column of its own for it ("Capaian s.d. TW IV"
/// beside the quarters): the last quarter's realisasi, where the quarter targets are
/// cumulative (the last quarter's target is the annual target, as the quarters before it
/// do not exceed it).
fn cumulative_realisasi(annual: Option<&Figure>, quarters: &[Triwulan]) -> Option<Figure> {
    let a = annual?.reading.quantity()?;
    let last = quarters.iter().rev().find(|q| {
        q.realisasi
            .as_ref()
            .is_some_and(|r| r.reading.quantity().is_some())
    })?;
    let t = last.target.as_ref()?.reading.quantity()?;
    // the year's last period: the fourth quarter, or December in a table of months
    let year_end = if quarters.len() > 4 { 12 } else { 4 };
    let rising = quarters
        .iter()
        .filter_map(|q| q.target.as_ref()?.reading.quantity())
        .all(|q| q.scaled() <= a.scaled());
    (last.q == year_end && t.scaled() == a.scaled() && rising)
        .then(|| last.realisasi.clone())
        .flatten()
}

/// The year's realisasi of a row whose year's target is written in one period alone
/// (`- | - | 13,5 | -`, `- | - | - | 40`: a level measured once, the poverty rate BPS
/// releases in the third quarter, the villages by status at the year's end): that period's
/// realisasi, whatever other periods report without a target of their own, unless the
/// periods' sum lies nearer the year's target than it (a flow done partly before the
/// period planned: `- | - | - | 2` classrooms, built `- | - | 1 | 1`): the sum.
fn planned_once(annual: Option<&Figure>, quarters: &[Triwulan]) -> Option<Figure> {
    let a = annual?.reading.quantity()?.scaled();
    if !matches!(quarters.len(), 4 | 12) || a.is_zero() {
        return None;
    }
    let mut planned = quarters.iter().filter(|q| {
        q.target
            .as_ref()
            .and_then(|t| t.reading.quantity())
            .is_some_and(|t| !t.scaled().is_zero())
    });
    let (Some(only), None) = (planned.next(), planned.next()) else {
        return None;
    };
    let target = only.target.as_ref()?.reading.quantity()?.scaled();
    let realisasi = only.realisasi.as_ref()?;
    let own = realisasi.reading.quantity()?.scaled();
    if target != a {
        return None;
    }
    // other periods reporting what add up with it nearer the year's plan than it alone (a
    // flow done earlier than planned: classrooms planned in TW IV, one built in TW III and
    // one in TW IV): their sum
    let others = quarters
        .iter()
        .filter(|q| !std::ptr::eq(*q, only))
        .any(|q| {
            q.realisasi
                .as_ref()
                .is_some_and(|r| r.reading.quantity().is_some())
        });
    if others {
        if let Some(sum) = period_sum(quarters) {
            let total = sum.reading.quantity().map(|q| q.scaled());
            let (s, o) = (total.and_then(|t| off_target(t, a)), off_target(own, a));
            if matches!((s, o), (Some(s), Some(o)) if s < o) {
                return Some(sum);
            }
        }
    }
    Some(realisasi.clone())
}

/// Whether a row measures a share: its unit a `%` (`persen`), or its name leading with
/// `Persentase` (`Prosentase`, `Persen`, `Proporsi`). A value (`Nilai ekspor`) or a level
/// of another kind (`Tingkat ketersediaan ATK`, in months) may add up.
fn names_a_share(name: &str, unit: Option<&str>) -> bool {
    let unit = unit.map(crate::text::label).unwrap_or_default();
    unit.contains('%')
        || unit
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "persen")
        || ["persentase", "prosentase", "persen", "proporsi"]
            .iter()
            .any(|p| crate::text::norm_starts_with(name, p))
}

/// Whether the periods plan the same figure each (three periods at least, none planning
/// nothing): `75 | 75 | 75 | 75`.
pub(crate) fn targets_flat(quarters: &[Triwulan]) -> bool {
    let targets: Vec<Decimal> = quarters
        .iter()
        .filter_map(|q| q.target.as_ref()?.reading.quantity().map(|x| x.scaled()))
        .collect();
    targets.len() >= 3 && !targets[0].is_zero() && targets.windows(2).all(|w| w[0] == w[1])
}

/// Whether a quarter's realisasi is below the one before it (then they are no running total).
fn realisasi_falls(quarters: &[Triwulan]) -> bool {
    let values: Vec<Decimal> = quarters
        .iter()
        .filter_map(|q| q.realisasi.as_ref()?.reading.quantity().map(|x| x.scaled()))
        .collect();
    values.windows(2).any(|w| w[1] < w[0])
}

/// The year's realisasi of a row whose table gives none beside the quarters, where its
/// quarter targets are each a quarter's share (they add up to the year's target, and are not
/// each the year's level): the sum of the quarters' realisasi, as a figure placed at the last
/// quarter's realisasi that shows the sum. `None` where a quarter's realisasi is no plain
/// number in the last one's unit and scale, or where no quarter has one.
fn summed_realisasi(annual: Option<&Figure>, quarters: &[Triwulan]) -> Option<Figure> {
    // four quarters, or twelve months
    if !matches!(quarters.len(), 4 | 12) {
        return None;
    }
    shares_summed(annual, quarters)
}

/// The sum of the periods' realisasi where the periods of a whole year are each a share of
/// it: every period has a target (`-` plans none), they add up to the year's target, they
/// are not each the year's level, and more than one plans something.
pub(crate) fn shares_summed(annual: Option<&Figure>, quarters: &[Triwulan]) -> Option<Figure> {
    let a = annual?.reading.quantity()?;
    // a quarter with no target of its own (`-`) plans none of the year's
    let targets: Vec<Decimal> = quarters
        .iter()
        .map(|q| match &q.target.as_ref()?.reading {
            Reading::Dash | Reading::Blank => Some(Decimal::ZERO),
            r => r.quantity().map(Quantity::scaled),
        })
        .collect::<Option<Vec<_>>>()?;
    let levels = targets.iter().all(|t| *t == a.scaled()) && !a.scaled().is_zero();
    // the year's target written in one period alone (`- | - | - | 40`, a count of villages
    // by status at the year's end) is the level the year ends at, not a share
    let planned = targets.iter().filter(|t| !t.is_zero()).count();
    if levels || planned == 1 || targets.iter().sum::<Decimal>() != a.scaled() {
        return None;
    }
    period_sum(quarters)
}

/// The year's realisasi of a row of months or quarters that neither a column, a word nor its
/// targets say how it is made of its periods: their sum where the row counts things or
/// amounts (a unit that [`crate::value::unit::adds_up`], or a plain word that the row's
/// `name` counts in, [`counted_in`]) that happen in the periods (their
/// figures do not climb period after period as a running total does, or, where the periods
/// set no targets, climb only a little) and the sum lies
/// nearer the year's target than the last period's figure; else `None` (the last period's
/// holds).
pub(crate) fn flow_sum(
    name: &str,
    unit: Option<&str>,
    annual: Option<&Figure>,
    months: &[Triwulan],
) -> Option<Figure> {
    // the unit of the row's Satuan column, else the one its year's target writes (`12
    // laporan` over quarters of 3, `Rp 780.000.000`)
    let written = annual.and_then(|a| a.reading.quantity());
    let adds_up = match unit.or(written.and_then(|q| q.unit.as_deref())) {
        Some(u) => crate::value::unit::adds_up(u) || counted_in(name, u),
        None => written.is_some_and(|q| q.money),
    };
    if !adds_up {
        return None;
    }
    let target = annual?.reading.quantity()?.scaled();
    if target < Decimal::ZERO {
        return None;
    }
    let reported: Vec<Decimal> = months
        .iter()
        .filter_map(|q| q.realisasi.as_ref()?.reading.quantity().map(|x| x.scaled()))
        .collect();
    // none planned (`Jumlah kematian ibu dan bayi`, target 0): events that happen now and
    // then, most periods none, add up to the year's; a count that stands each period
    // (villages left behind) is seldom nothing
    if target.is_zero() {
        let none = reported.iter().filter(|x| x.is_zero()).count();
        if reported.len() < 2 || none * 2 < reported.len() || none == reported.len() {
            return None;
        }
        return period_sum(months);
    }
    // a running total climbs by about a period's worth each period (three periods' total
    // thrice the first's): where the periods set no targets of their own, amounts that only
    // grow a little (`365 | 379 | 402` million) are each their period's; periods with
    // targets (a plan's) are a running figure wherever they climb, as their targets show
    let period_targets = months.iter().any(|q| {
        q.target
            .as_ref()
            .is_some_and(|t| t.reading.quantity().is_some())
    });
    // targets the same each period (`180 | 180 | 180 | 180`) are each period's own: so are
    // the figures beside them, however they climb
    let targets: Vec<Decimal> = months
        .iter()
        .filter_map(|q| q.target.as_ref()?.reading.quantity().map(|x| x.scaled()))
        .collect();
    let flat_targets = targets.len() >= 3 && targets.windows(2).all(|w| w[0] == w[1]);
    let climbing = reported.len() >= 3
        && reported.windows(2).all(|w| w[0] < w[1])
        && ((period_targets && !flat_targets)
            || reported
                .first()
                .zip(reported.last())
                .is_some_and(|(f, l)| *l * Decimal::TWO >= *f * Decimal::new(3, 0)));
    let [.., last] = reported[..] else {
        return None;
    };
    if reported.len() < 2 || climbing {
        return None;
    }
    let sum = period_sum(months)?;
    let total = sum.reading.quantity()?.scaled();
    let off = |x: Decimal| off_target(x, target);
    match (off(total), off(last)) {
        (Some(s), Some(l)) if s < l => Some(sum),
        (Some(_), None) => Some(sum),
        _ => None,
    }
}

/// Whether a row whose name says it counts counts things in `unit`, a plain word rakit does
/// not know (`nozzle`, `kios`), as no level is ([`measures_a_level`]): its periods' figures
/// add up as those of a known count do. A name says it counts with `Jumlah`, `Jml` or
/// `Banyaknya` first, or by naming its unit among its words, the things it counts
/// (`Pemeriksaan TCM TBC` in `pemeriksaan`, `Kerja sama … (PKS)` in `PKS`), or by
/// ending with what is done to them (`… didokumentasikan`, `… diterbitkan`: [`names_a_deed`]),
/// where the unit is no measure of time, size or grade.
///
/// ```
/// use rakit_core::model::counted_in;
/// assert!(counted_in("4. Jml nozzle pompa ukur BBM yg ditera ulang", "nozzle"));
/// assert!(counted_in("Pemeriksaan TCM TBC (pemeriksaan)", "pemeriksaan"));
/// assert!(counted_in("Kerja sama pemeriksaan dengan fasyankes swasta (PKS)", "PKS"));
/// assert!(counted_in("Kosakata bahasa daerah didokumentasikan", "lema"));
/// assert!(!counted_in("Tingkat kepatuhan SPBU", "nozzle"));
/// assert!(!counted_in("Rata-rata lema yang didokumentasikan", "lema"));
/// assert!(!counted_in("Jumlah nilai ekspor", "nilai"));
/// assert!(!counted_in("Waktu tunggu hasil lab klinik (jam)", "jam"));
/// assert!(!counted_in("Persentase pemeriksaan tepat waktu (pemeriksaan)", "pemeriksaan"));
/// ```
pub fn counted_in(name: &str, unit: &str) -> bool {
    let unit = unit.trim();
    let plain = unit.chars().count() >= 3 && unit.chars().all(char::is_alphabetic);
    plain
        && (leads_with_count(name) || names_its_unit(name, unit) || names_a_deed(name))
        && !measures_a_level(name, Some(unit))
}

/// Whether a name ends with what is done to the things it counts, a passive verb of `di-`
/// and `-kan` (`Kosakata bahasa daerah didokumentasikan`, `Buku yang diterbitkan`): each
/// period's are those done in it.
fn names_a_deed(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(str::to_lowercase)
        .is_some_and(|w| w.len() >= 8 && w.starts_with("di") && w.ends_with("kan"))
}

/// Whether one of a name's words is its unit (`Pemeriksaan TCM TBC (pemeriksaan)`), a unit
/// that measures no time, size or grade (`Waktu tunggu (jam)`, `Nilai akreditasi (nilai)`).
fn names_its_unit(name: &str, unit: &str) -> bool {
    const MEASURES: [&str; 15] = [
        "indeks", "nilai", "predikat", "skor", "poin", "rasio", "detik", "menit", "jam", "hari",
        "minggu", "bulan", "tahun", "level", "persen",
    ];
    let unit = crate::value::unit::unit_canon(unit);
    !MEASURES.contains(&unit.as_str())
        && name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::value::unit::unit_canon(w) == unit)
}

/// Whether a name's first word says it counts (`Jumlah`, `Jml`, `Banyaknya`).
fn leads_with_count(name: &str) -> bool {
    let first = name
        .split_whitespace()
        .find(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .map(|w| w.trim_end_matches(['.', ':']).to_lowercase());
    matches!(first.as_deref(), Some("jumlah" | "jml" | "banyaknya"))
}

/// [`flow_sum`] of periods whose realisasi fall back from one period to the next (so run to
/// no date, whatever their targets do: `900 | 1.800 | 2.700 | 3.600` planned to date beside
/// `848 | 959 | 885 | 996` done each quarter), and, where the row has no unit at all, its
/// name says it counts ([`counts_by_name`]): the sum where it lies nearer the year's target
/// than the last period's figure.
pub(crate) fn fallen_flow_sum(
    name: &str,
    unit: Option<&str>,
    annual: Option<&Figure>,
    months: &[Triwulan],
) -> Option<Figure> {
    if !realisasi_falls(months) {
        return None;
    }
    flow_sum(name, unit, annual, months).or_else(|| {
        let written = annual?.reading.quantity()?;
        if unit.is_some() || written.unit.is_some() || !counts_by_name(name) {
            return None;
        }
        let target = written.scaled();
        let last = months
            .iter()
            .rev()
            .find_map(|q| q.realisasi.as_ref()?.reading.quantity().map(|x| x.scaled()))?;
        let sum = period_sum(months)?;
        let total = sum.reading.quantity()?.scaled();
        match (off_target(total, target), off_target(last, target)) {
            (Some(s), Some(l)) if s < l => Some(sum),
            _ => None,
        }
    })
}

/// Whether a row with no unit says by its name that it counts (`Jumlah`, `Jml`, `Banyaknya`
/// first) and measures no level ([`measures_a_level`]).
fn counts_by_name(name: &str) -> bool {
    leads_with_count(name) && !measures_a_level(name, None)
}

/// How far a figure lies from a target, as a factor either way (the absolute logarithm of
/// their ratio); `None` where the ratio is not positive.
pub(crate) fn off_target(x: Decimal, target: Decimal) -> Option<f64> {
    use rust_decimal::prelude::ToPrimitive;
    let r = x.checked_div(target)?.to_f64()?;
    (r > 0.0).then(|| r.ln().abs())
}

/// The sum of the periods' realisasi, as a figure placed at the last period's realisasi that
/// shows the sum; `None` where a period's realisasi is no plain number in the last one's
/// unit and scale, or where no period has one.
pub(crate) fn period_sum(quarters: &[Triwulan]) -> Option<Figure> {
    let last = quarters.iter().rev().find_map(|q| {
        let r = q.realisasi.as_ref()?;
        r.reading.quantity().map(|x| (r, x))
    })?;
    let (fig, lq) = last;
    let mut sum = Decimal::ZERO;
    let mut decimals = 0;
    for q in quarters {
        let Some(r) = &q.realisasi else { continue };
        match &r.reading {
            Reading::Blank | Reading::Dash => {}
            // a separator left ambiguous (`4.139 ton`) is taken as the figure reads it
            // everywhere else, its first reading
            Reading::Number { q: x, .. }
                if x.scale == lq.scale
                    && x.percent == lq.percent
                    // a unit written in one cell only (`9,38 km` among plain numbers), or
                    // spelled otherwise there (`80 org` among figures in `orang`)
                    && match (&x.unit, &lq.unit) {
                        (Some(a), Some(b)) => crate::value::unit::same_unit(a, b),
                        _ => true,
                    } =>
            {
                // a sum past what a decimal holds is no figure (cells of 10^28 typed by hand)
                sum = sum.checked_add(x.value)?;
                decimals = decimals.max(x.decimals);
            }
            _ => return None,
        }
    }
    let mut q = lq.clone();
    q.value = sum;
    q.decimals = decimals;
    q.notes = Box::default();
    let shown = crate::num::fmt_id(sum, decimals);
    Some(Figure {
        shown: shown.into(),
        formula: None,
        typed: false,
        reading: Reading::Number { q, other: None },
        ..fig.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::name_says_negative;
    use super::{flow_sum, year_realisasi, Figure, Reading, Triwulan};
    use crate::value::Quantity;
    use rust_decimal::Decimal;

    fn figure(v: i64) -> Figure {
        Figure {
            row: 0,
            col: 0,
            shown: v.to_string().into(),
            format: Default::default(),
            formula: None,
            typed: false,
            format_unknown: false,
            reading: Reading::Number {
                q: Quantity::plain(Decimal::from(v), 0),
                other: None,
            },
        }
    }

    fn quarters(targets: [i64; 4], realisasi: [i64; 4]) -> Vec<Triwulan> {
        (0..4)
            .map(|i| Triwulan {
                q: i as u8 + 1,
                target: Some(figure(targets[i])),
                realisasi: Some(figure(realisasi[i])),
                capaian: None,
            })
            .collect()
    }

    fn value(f: Option<Figure>) -> Option<Decimal> {
        f.and_then(|f| f.reading.quantity().map(|q| q.scaled()))
    }

    /// A year's target written in one quarter alone (`- | - | - | 40`, the villages by
    /// status at the year's end; `- | - | 13,5 | -`, a poverty rate released in the third
    /// quarter): that quarter's realisasi is the year's, whatever another quarter reports
    /// without a target; targets in every quarter adding up to the year's are still shares.
    #[test]
    fn a_target_planned_in_one_quarter_is_the_year_s_level() {
        let dashed = |targets: [Option<i64>; 4], realisasi: [Option<i64>; 4]| -> Vec<Triwulan> {
            (0..4)
                .map(|i| {
                    let f = |v: Option<i64>| match v {
                        Some(v) => figure(v),
                        None => Figure {
                            reading: Reading::Dash,
                            ..figure(0)
                        },
                    };
                    Triwulan {
                        q: i as u8 + 1,
                        target: Some(f(targets[i])),
                        realisasi: Some(f(realisasi[i])),
                        capaian: None,
                    }
                })
                .collect()
        };
        let q = dashed(
            [None, None, None, Some(40)],
            [None, Some(52), None, Some(35)],
        );
        assert_eq!(
            value(year_realisasi("", None, Some(&figure(40)), &q)),
            Some(Decimal::from(35))
        );
        let q = dashed([None, None, Some(13), None], [None, None, Some(12), None]);
        assert_eq!(
            value(year_realisasi("", None, Some(&figure(13)), &q)),
            Some(Decimal::from(12))
        );
        let q = quarters([10, 10, 10, 10], [9, 11, 10, 12]);
        assert_eq!(
            value(year_realisasi("", None, Some(&figure(40)), &q)),
            Some(Decimal::from(42))
        );
        // done partly before the quarter planned (two classrooms planned in TW IV, one built
        // in TW III and one in TW IV): the periods add up to the plan, nearer it than the
        // planned quarter's alone
        let q = dashed([None, None, None, Some(2)], [None, None, Some(1), Some(1)]);
        assert_eq!(
            value(year_realisasi("", None, Some(&figure(2)), &q)),
            Some(Decimal::from(2))
        );
    }

    /// A share planned the same each quarter (`75 | 75 | 75 | 75` %) under a year's target
    /// that sums them (`=SUM(E18:H18)`, 300): not the sum (the last quarter's stands, as
    /// read without a year's figure); a count planned the same each quarter adds up.
    #[test]
    fn a_share_planned_the_same_each_quarter_keeps_its_last() {
        let q = quarters([75, 75, 75, 75], [64, 70, 76, 80]);
        let annual = figure(300);
        assert_eq!(
            value(year_realisasi(
                "Prosentase sekolah yg menerapkan mulok",
                Some("%"),
                Some(&annual),
                &q
            )),
            None
        );
        assert_eq!(
            value(year_realisasi(
                "Jumlah sekolah pelaksana mulok",
                Some("sekolah"),
                Some(&annual),
                &q
            )),
            Some(Decimal::from(290))
        );
    }

    /// A year's target typed ten times too big over quarters that are each a quarter's
    /// share (2500 over 60 + 60 + 70 + 60): neither a share nor a running total by the
    /// targets; a count that happens in the quarters adds up, a percentage keeps its last.
    #[test]
    fn quarters_whose_targets_fit_neither_way_add_up_when_they_count_things() {
        let q = quarters([60, 60, 70, 60], [55, 70, 72, 65]);
        let annual = figure(2500);
        assert_eq!(year_realisasi("", None, Some(&annual), &q), None);
        assert_eq!(
            value(flow_sum("", Some("orang"), Some(&annual), &q)),
            Some(Decimal::from(262))
        );
        assert_eq!(value(flow_sum("", Some("%"), Some(&annual), &q)), None);
        // a running total (each quarter above the one before) keeps its last
        let running = quarters([60, 120, 190, 250], [55, 125, 197, 262]);
        assert_eq!(
            value(flow_sum("", Some("orang"), Some(&annual), &running)),
            None
        );
    }

    /// Amounts of quarters that set no targets, climbing a little (365 | 379 | 402, the
    /// fourth not in yet), are each their quarter's: summed for a flow; a running total
    /// (thrice its first by the third quarter) keeps its last, and so does a plan's climb under
    /// its quarters' own targets.
    #[test]
    fn amounts_climbing_a_little_without_targets_add_up() {
        let untargeted = |r: [Option<i64>; 4]| -> Vec<Triwulan> {
            (0..4)
                .map(|i| Triwulan {
                    q: i as u8 + 1,
                    target: None,
                    realisasi: r[i].map(figure),
                    capaian: None,
                })
                .collect()
        };
        let annual = figure(1500);
        let q = untargeted([Some(365), Some(379), Some(402), None]);
        assert_eq!(
            value(flow_sum("", Some("Rp"), Some(&annual), &q)),
            Some(Decimal::from(1146))
        );
        let running = untargeted([Some(365), Some(744), Some(1146), None]);
        assert_eq!(
            value(flow_sum("", Some("Rp"), Some(&annual), &running)),
            None
        );
        let planned = quarters([8, 9, 10, 10], [8, 9, 10, 11]);
        assert_eq!(
            value(flow_sum("", Some("orang"), Some(&figure(100)), &planned)),
            None
        );
    }

    #[test]
    fn a_name_that_says_lower_is_better() {
        for n in [
            "Angka kecelakaan (semakin kecil semakin baik)",
            "WAKTU TUNGGU (MAKIN RENDAH MAKIN BAIK)",
            "Jumlah aduan (semakin sedikit  semakin baik)",
            "Response time (lower is better)",
            "Lama antrean (semakin kecil semakin baik\u{a0})",
        ] {
            assert!(name_says_negative(n), "{n}");
        }
        for n in [
            "Persentase jalan dalam kondisi baik",
            "Angka kecelakaan",
            "Nilai makin baik",
            "Indeks better governance",
        ] {
            assert!(!name_says_negative(n), "{n}");
        }
    }
}
