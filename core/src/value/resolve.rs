//! Deciding an ambiguous separator with what the cell, column or sheet knows.

use serde::Serialize;

use super::{is_count_unit, Quantity, Separators, Value};

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
        match q.grouping {
            Some('.') => self.dot_grouping = self.dot_grouping.saturating_add(1),
            Some(',') => self.comma_grouping = self.comma_grouping.saturating_add(1),
            _ => {}
        }
        match q.decimal_mark() {
            Some(',') => self.comma_decimal = self.comma_decimal.saturating_add(1),
            Some('.') => self.dot_decimal = self.dot_decimal.saturating_add(1),
            _ => {}
        }
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
    let count = grouped.unit.as_deref().is_some_and(is_count_unit);
    if count || grouped.money || decimal.money {
        return Resolution::Sure(grouped.clone());
    }
    let sep = match (grouped.grouping, grouped.separators) {
        (Some(c), _) if c == ',' || c == '.' => c,
        (_, Separators::English) => ',',
        _ => '.',
    };
    let other_sep = if sep == ',' { '.' } else { ',' };
    let (dec, grp) = column.uses(sep);
    let (other_dec, other_grp) = column.uses(other_sep);
    let (grouping_chosen, basis) = if dec > 0 && grp == 0 {
        (false, Basis::Column)
    } else if grp > 0 && dec == 0 {
        (true, Basis::Column)
    } else if dec == 0 && grp == 0 && other_dec > 0 && other_grp == 0 {
        (true, Basis::ColumnOtherSeparator)
    } else if dec == 0 && grp == 0 && other_grp > 0 && other_dec == 0 {
        (false, Basis::ColumnOtherSeparator)
    } else {
        (sep == '.', Basis::Convention)
    };
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
