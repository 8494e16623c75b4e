//! Deciding an ambiguous separator with what the cell, column or sheet knows.

use serde::Serialize;

use super::{is_count_unit, Quantity, Separators, Value};

// the bits of a lesson (`SeparatorUse::lesson`)
const DOT_GROUPING: u8 = 1;
const COMMA_GROUPING: u8 = 2;
const COMMA_DECIMAL: u8 = 4;
const DOT_DECIMAL: u8 = 8;

/// How a column or sheet uses each separator, learned from its unambiguous values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SeparatorUse {
    /// figures with `,` as the decimal mark (`61,47`, `0,20`)
    pub comma_decimal: u32,
    /// figures with `,` between thousands (`55,000,000`, `1,234.5`)
    pub comma_grouping: u32,
    /// figures with `.` as the decimal mark (`137.09`, `0.034`)
    pub dot_decimal: u32,
    /// figures with `.` between thousands (`2.165.319.100`, `Rp. 1.555,-`)
    pub dot_grouping: u32,
}

impl SeparatorUse {
    /// Adds what another part of the column learned.
    pub fn merge(&mut self, other: &SeparatorUse) {
        self.comma_decimal = self.comma_decimal.saturating_add(other.comma_decimal);
        self.comma_grouping = self.comma_grouping.saturating_add(other.comma_grouping);
        self.dot_decimal = self.dot_decimal.saturating_add(other.dot_decimal);
        self.dot_grouping = self.dot_grouping.saturating_add(other.dot_grouping);
    }

    /// Counts what a value shows. Only certain readings count: a [`Value::Number`]. An
    /// ambiguous value teaches nothing, nor does an unreadable one (the figures of
    /// [`super::Unreadable::TwoFigures`] may rest on a guessed separator).
    pub fn learn(&mut self, v: &Value) {
        if let Value::Number(q) = v {
            self.learn_quantity(q);
        }
    }

    /// Counts what a certain quantity shows.
    pub fn learn_quantity(&mut self, q: &Quantity) {
        self.add_lesson(Self::lesson_of_quantity(q));
    }

    /// What [`SeparatorUse::learn`] would count for `v`, in one byte, so that rows read apart
    /// can be added up later with [`SeparatorUse::add_lesson`].
    pub fn lesson(v: &Value) -> u8 {
        match v {
            Value::Number(q) => Self::lesson_of_quantity(q),
            _ => 0,
        }
    }

    fn lesson_of_quantity(q: &Quantity) -> u8 {
        let grouping = match q.grouping {
            Some('.') => DOT_GROUPING,
            Some(',') => COMMA_GROUPING,
            _ => 0,
        };
        let decimal = match q.decimal_mark() {
            Some(',') => COMMA_DECIMAL,
            Some('.') => DOT_DECIMAL,
            _ => 0,
        };
        grouping | decimal
    }

    /// Counts a lesson of [`SeparatorUse::lesson`].
    pub fn add_lesson(&mut self, lesson: u8) {
        let add = |n: &mut u32, bit: u8| {
            if lesson & bit != 0 {
                *n = n.saturating_add(1);
            }
        };
        add(&mut self.dot_grouping, DOT_GROUPING);
        add(&mut self.comma_grouping, COMMA_GROUPING);
        add(&mut self.comma_decimal, COMMA_DECIMAL);
        add(&mut self.dot_decimal, DOT_DECIMAL);
    }

    /// How often `sep` was seen as a decimal mark and as a grouping separator.
    fn uses(&self, sep: char) -> (u32, u32) {
        if sep == ',' {
            (self.comma_decimal, self.comma_grouping)
        } else {
            (self.dot_decimal, self.dot_grouping)
        }
    }
}

/// The result of [`resolve`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The cell itself decides: a unit that counts whole things or money means the separator
    /// groups thousands (`1,425 unit` → 1425, `Rp. 46,821 (juta)` → 46821).
    Sure(Quantity),
    /// The reading rests on evidence outside the cell (or none): report it as ambiguous.
    StillAmbiguous {
        chosen: Quantity,
        other: Quantity,
        basis: Basis,
    },
}

/// Why [`Resolution::StillAmbiguous`] chose its reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// the column uses this separator one way only (a % column writing `101,42`, `87,81`)
    Column,
    /// the column never uses this separator but uses the other one way only, so this one
    /// plays the other role (a column writing `137.09` reads `24,450` as 24450)
    ColumnOtherSeparator,
    /// no evidence, or evidence both ways: the Indonesian reading (`.` groups, `,` is decimal)
    Convention,
}

impl Resolution {
    /// The reading chosen.
    pub fn quantity(&self) -> &Quantity {
        match self {
            Resolution::Sure(q) => q,
            Resolution::StillAmbiguous { chosen, .. } => chosen,
        }
    }

    /// The reading chosen, by value.
    pub fn into_quantity(self) -> Quantity {
        match self {
            Resolution::Sure(q) => q,
            Resolution::StillAmbiguous { chosen, .. } => chosen,
        }
    }

    pub fn is_sure(&self) -> bool {
        matches!(self, Resolution::Sure(_))
    }
}

/// Resolves an ambiguous value (the two readings of [`Value::Ambiguous`]).
///
/// 1. A unit that counts whole things ([`is_count_unit`]) or money → the grouped reading,
///    [`Resolution::Sure`]. (For a unit in its own cell, add it first with
///    [`Quantity::with_markup`].)
/// 2. The column's own use of that separator, if one-sided → that reading,
///    [`Basis::Column`].
/// 3. If the column never uses that separator but uses the other one one-sidedly → the
///    opposite role, [`Basis::ColumnOtherSeparator`].
/// 4. Otherwise the Indonesian reading: `.` groups thousands, `,` is the decimal mark,
///    [`Basis::Convention`].
///
/// Steps 2–4 give [`Resolution::StillAmbiguous`].
pub fn resolve(grouped: &Quantity, decimal: &Quantity, column: &SeparatorUse) -> Resolution {
    if decided_by_cell(grouped, decimal) {
        return Resolution::Sure(grouped.clone());
    }
    let (grouping_chosen, basis) = choose(grouped, column);
    let (chosen, other) = if grouping_chosen {
        (grouped.clone(), decimal.clone())
    } else {
        (decimal.clone(), grouped.clone())
    };
    Resolution::StillAmbiguous {
        chosen,
        other,
        basis,
    }
}

/// [`resolve`], taking the two readings (nothing cloned).
pub fn resolve_owned(grouped: Quantity, decimal: Quantity, column: &SeparatorUse) -> Resolution {
    if decided_by_cell(&grouped, &decimal) {
        return Resolution::Sure(grouped);
    }
    let (grouping_chosen, basis) = choose(&grouped, column);
    let (chosen, other) = if grouping_chosen {
        (grouped, decimal)
    } else {
        (decimal, grouped)
    };
    Resolution::StillAmbiguous {
        chosen,
        other,
        basis,
    }
}

/// Whether the cell itself decides (step 1 of [`resolve`]): then the grouped reading holds,
/// whatever the column.
pub fn decided_by_cell(grouped: &Quantity, decimal: &Quantity) -> bool {
    grouped.unit.as_deref().is_some_and(is_count_unit) || grouped.money || decimal.money
}

/// Steps 2–4 of [`resolve`]: whether the grouped reading is chosen, and why.
fn choose(grouped: &Quantity, column: &SeparatorUse) -> (bool, Basis) {
    let sep = match (grouped.grouping, grouped.separators) {
        (Some(c), _) if c == ',' || c == '.' => c,
        (_, Separators::English) => ',',
        _ => '.',
    };
    let other_sep = if sep == ',' { '.' } else { ',' };
    let (dec, grp) = column.uses(sep);
    let (other_dec, other_grp) = column.uses(other_sep);
    if dec > 0 && grp == 0 {
        (false, Basis::Column)
    } else if grp > 0 && dec == 0 {
        (true, Basis::Column)
    } else if dec == 0 && grp == 0 && other_dec > 0 && other_grp == 0 {
        (true, Basis::ColumnOtherSeparator)
    } else if dec == 0 && grp == 0 && other_grp > 0 && other_dec == 0 {
        (false, Basis::ColumnOtherSeparator)
    } else {
        (sep == '.', Basis::Convention)
    }
}
