//! Values as people type them: turns the text of a cell into a figure, exactly.
//!
//! Agencies type `62,50 %`, `24.220 orang`, `Rp. 45.865.000,-`, `694,29 M`, `-`, `B`, but also
//! `24,450` (English grouping), `137.09` (English decimal mark), ``11`,76%`` and `4 BPR/12 LKM`.
//! [`parse`] reads one cell on its own and says what it holds; where the separators of a figure
//! admit two readings it returns both ([`Value::Ambiguous`]) and [`resolve`] decides with what
//! the rest of the row, column or sheet knows ([`SeparatorUse`]).
//!
//! Numbers are [`Decimal`]s, never floats. Nothing here panics, whatever the input.

mod affix;
mod bound;
mod fast;
#[cfg(test)]
mod fast_tests;
mod number;
mod parse;
mod resolve;
#[cfg(test)]
mod tests;
pub mod unit;

pub use compact_str::CompactString;
use rust_decimal::Decimal;
use serde::Serialize;

pub use affix::{is_count_unit, read_markup, Markup};
pub use bound::{bound, Bound};
pub use parse::parse;
pub use resolve::{decided_by_cell, resolve, resolve_owned, Basis, Resolution, SeparatorUse};

/// What a cell holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// "", or only whitespace
    Empty,
    /// `-`, `–`, `—`, `- unit`, `- Rp. (juta)`, `Rp -`: none (zero) or not applicable.
    /// `unit` is the text beside the dash, trimmed, as written (read it with [`read_markup`]).
    Dash { unit: Option<String> },
    /// a figure whose reading is certain
    Number(Quantity),
    /// One separator followed by exactly three digits after a non-zero group of 1–3 digits, with
    /// nothing else in the cell deciding: `24,450`, `1.555`, `1,425`, `Rp. 46.821 (juta)`.
    /// `grouped` reads the separator as a thousands separator (24450), `decimal` as the decimal
    /// mark (24.450). Decide with [`resolve`] (or [`Value::resolved`]).
    Ambiguous {
        grouped: Quantity,
        decimal: Quantity,
    },
    /// a SAKIP grade alone in the cell, upper case: `AA`, `A`, `BB`, `B`, `CC`, `C`, `D`
    Grade(Grade),
    /// words with no figure at all (`Nihil`, `Tidak ada data`, a name), or words before a figure
    /// (`TAHUN 2016`, `TW 1 (B03)`): whitespace collapsed to single spaces
    Text(String),
    /// digits that make no figure
    Unreadable(Unreadable),
}

/// A figure with what was written around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// the number as written, after resolving separators; NOT multiplied by the scale.
    /// Its `scale()` equals `decimals`.
    pub value: Decimal,
    /// decimals as written (`109,10` → 2; `518` → 0; `24.220` → 0)
    pub decimals: u32,
    /// the text around the number that is not markup (money, scale, %), whitespace collapsed:
    /// `orang`, `orang/badan usaha`, `Laporan Triwulan`, `UM`, `WUB` (from `45WUB`), `Kop`;
    /// held inline (no allocation) up to 24 bytes, as units are
    pub unit: Option<CompactString>,
    /// written with a % sign (or the word `persen`)
    pub percent: bool,
    /// `Rp` / `Rp.` / `IDR` / `rupiah`, a `,-` suffix, or a scale alone in parentheses (`(juta)`)
    pub money: bool,
    /// `juta`, `(juta)`, `Jt`, `M`, `Miliar`, `T`, `ribu` ...
    pub scale: Scale,
    /// which convention decided the figure
    pub separators: Separators,
    /// the character written between groups of thousands, if any: `.`, `,` or a space
    pub grouping: Option<char>,
    /// cosmetic typing problems where the reading is still certain (almost always none: a
    /// boxed slice keeps the quantity small)
    pub notes: Box<[Note]>,
}

/// The convention of `.` and `,` that a figure was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Separators {
    /// neither `.` nor `,` in the figure (`518`, `1 234 567`)
    None,
    /// `.` groups thousands, `,` is the decimal mark
    Indonesian,
    /// `,` groups thousands, `.` is the decimal mark
    English,
}

/// Cosmetic typing problems where the reading is still certain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// a character that has no place in a figure, dropped: ``11`,76%``, `5.` (a trailing
    /// separator), `5%%` (a second %)
    StrayCharacter(char),
    /// a count with a % sign: `3 Kop%` (read as 3 Kop, not as a percentage)
    PercentOnCount,
    /// the unit typed against the number: `45WUB`
    NoSpaceBeforeUnit,
    /// the letter O typed for a zero: `12.5OO`, `3O5` (read 12.500, 305)
    LetterO,
    /// a space inside the digits of a money figure: `Rp. 45.865. 000,-`
    /// (`Rp.150.825.000 ,-` is fine and gets no note)
    SpaceInsideMoney,
}

/// Digits that make no figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unreadable {
    /// two counts in one cell: `4 BPR/12 LKM`, `5 - 10`
    TwoFigures { first: Quantity, second: Quantity },
    /// Groups that fit no convention: `2.119.2015.485` (a group of 4 digits), `1.2.3`,
    /// `1,234,56`. `text` is the figure as written (sign and digits, without the words around).
    MalformedGroups { text: String },
    /// digits mixed with letters or symbols in a way that is no number with a unit: `12a34`,
    /// `> 80%`, fullwidth digits, a Unicode minus, three figures in a cell. `text` is the cell.
    Garbled { text: String },
}

/// The multiplier written beside a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// none
    #[default]
    Satuan,
    /// × 1 000 (`ribu`, `rb`)
    Ribu,
    /// × 1 000 000 (`juta`, `(juta)`, `Jt`, `jt`)
    Juta,
    /// × 10⁹ (`M`, `Miliar`, `Milyar`)
    Miliar,
    /// × 10¹² (`T`, `Triliun`)
    Triliun,
}

impl Scale {
    /// The multiplier.
    pub fn factor(&self) -> Decimal {
        match self {
            Scale::Satuan => Decimal::ONE,
            Scale::Ribu => Decimal::from(1_000u64),
            Scale::Juta => Decimal::from(1_000_000u64),
            Scale::Miliar => Decimal::from(1_000_000_000u64),
            Scale::Triliun => Decimal::from(1_000_000_000_000u64),
        }
    }
}

/// SAKIP evaluation grades. The order is the order of merit: `D < C < CC < B < BB < A < AA`.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Grade {
    D,
    C,
    CC,
    B,
    BB,
    A,
    AA,
}

impl Grade {
    /// The grade written exactly so (upper case, no inner spaces).
    pub fn from_text(text: &str) -> Option<Grade> {
        Some(match text {
            "AA" => Grade::AA,
            "A" => Grade::A,
            "BB" => Grade::BB,
            "B" => Grade::B,
            "CC" => Grade::CC,
            "C" => Grade::C,
            "D" => Grade::D,
            _ => return None,
        })
    }

    /// The grade as it is written.
    pub fn as_str(&self) -> &'static str {
        match self {
            Grade::AA => "AA",
            Grade::A => "A",
            Grade::BB => "BB",
            Grade::B => "B",
            Grade::CC => "CC",
            Grade::C => "C",
            Grade::D => "D",
        }
    }
}

impl Quantity {
    /// A bare number with `decimals` decimals as written, no unit or markup.
    pub fn plain(value: Decimal, decimals: u32) -> Quantity {
        Quantity {
            value,
            decimals,
            unit: None,
            percent: false,
            money: false,
            scale: Scale::Satuan,
            separators: Separators::None,
            grouping: None,
            notes: Box::default(),
        }
    }

    /// `value` × the scale's factor (saturating at the limits of [`Decimal`]; [`parse`] never
    /// returns a quantity whose scaled value does not fit).
    pub fn scaled(&self) -> Decimal {
        self.value.saturating_mul(self.scale.factor())
    }

    /// The decimal mark the figure was written with, if it has decimals.
    pub fn decimal_mark(&self) -> Option<char> {
        if self.decimals == 0 {
            return None;
        }
        match self.separators {
            Separators::Indonesian => Some(','),
            Separators::English => Some('.'),
            Separators::None => None,
        }
    }

    /// Adds what a separate unit cell says (Banjar 2015 writes `44,000` | `Rp. (juta)` in two
    /// cells): the unit if this quantity has none, %, money, and the scale if this one has none.
    pub fn with_markup(mut self, markup: &Markup) -> Quantity {
        if self.unit.is_none() {
            self.unit.clone_from(&markup.unit);
        }
        self.percent |= markup.percent;
        self.money |= markup.money;
        if self.scale == Scale::Satuan {
            self.scale = markup.scale;
        }
        self
    }
}

impl Value {
    /// The quantity of a [`Value::Number`].
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Value::Number(q) => Some(q),
            _ => None,
        }
    }

    /// A number as [`Resolution::Sure`], an ambiguous value resolved against the column;
    /// `None` for anything else.
    pub fn resolved(&self, column: &SeparatorUse) -> Option<Resolution> {
        match self {
            Value::Number(q) => Some(Resolution::Sure(q.clone())),
            Value::Ambiguous { grouped, decimal } => Some(resolve(grouped, decimal, column)),
            _ => None,
        }
    }
}
