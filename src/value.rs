//! Values as people type them. TEMPORARY STUB with the agreed API; replaced by the real parser.
#![allow(dead_code)]
use rust_decimal::Decimal;
use serde::Serialize;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Value {
    Empty,
    Dash {
        unit: Option<String>,
    },
    Number(Quantity),
    Ambiguous {
        grouped: Quantity,
        decimal: Quantity,
    },
    Grade(Grade),
    Text(String),
    Unreadable(Unreadable),
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    D,
    C,
    CC,
    B,
    BB,
    A,
    AA,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: Decimal,
    pub decimals: u32,
    pub unit: Option<String>,
    pub percent: bool,
    pub money: bool,
    pub scale: Scale,
    pub separators: Separators,
    pub notes: Vec<Note>,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Separators {
    None,
    Indonesian,
    English,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Note {
    StrayCharacter(char),
    PercentOnCount,
    NoSpaceBeforeUnit,
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Unreadable {
    TwoFigures { first: Quantity, second: Quantity },
    MalformedGroups { text: String },
    Garbled { text: String },
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Scale {
    Satuan,
    Ribu,
    Juta,
    Miliar,
    Triliun,
}
impl Scale {
    pub fn factor(&self) -> Decimal {
        match self {
            Scale::Satuan => Decimal::ONE,
            Scale::Ribu => Decimal::from(1_000),
            Scale::Juta => Decimal::from(1_000_000),
            Scale::Miliar => Decimal::from(1_000_000_000i64),
            Scale::Triliun => Decimal::from(1_000_000_000_000i64),
        }
    }
}
impl Quantity {
    pub fn scaled(&self) -> Decimal {
        self.value * self.scale.factor()
    }
    pub fn plain(value: Decimal, decimals: u32) -> Quantity {
        Quantity {
            value,
            decimals,
            unit: None,
            percent: false,
            money: false,
            scale: Scale::Satuan,
            separators: Separators::None,
            notes: vec![],
        }
    }
}
pub fn parse(text: &str) -> Value {
    let t = text.trim();
    if t.is_empty() {
        return Value::Empty;
    }
    if t == "-" {
        return Value::Dash { unit: None };
    }
    let mut s = t.to_string();
    let percent = s.ends_with('%');
    s = s.trim_end_matches('%').trim().to_string();
    let (num, unit) = match s.find(' ') {
        Some(i) => (s[..i].to_string(), Some(s[i + 1..].trim().to_string())),
        None => (s.clone(), None),
    };
    let n = num.replace('.', "").replace(',', ".");
    match Decimal::from_str(&n) {
        Ok(d) => {
            let dec = d.scale();
            let mut q = Quantity::plain(d, dec);
            q.percent = percent;
            q.unit = unit;
            Value::Number(q)
        }
        Err(_) => Value::Text(t.to_string()),
    }
}
pub fn is_count_unit(unit: &str) -> bool {
    !unit.contains('%')
}
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SeparatorUse {
    pub comma_decimal: u32,
    pub comma_grouping: u32,
    pub dot_decimal: u32,
    pub dot_grouping: u32,
}
impl SeparatorUse {
    pub fn learn(&mut self, _v: &Value) {}
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Resolution {
    Sure(Quantity),
    StillAmbiguous { chosen: Quantity, other: Quantity },
}
pub fn resolve(grouped: &Quantity, decimal: &Quantity, _column: &SeparatorUse) -> Resolution {
    Resolution::StillAmbiguous {
        chosen: grouped.clone(),
        other: decimal.clone(),
    }
}
