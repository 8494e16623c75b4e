//! Targets written as a bound or a range: `≥ 90`, `< 5`, `min. 75`, `maks 10`,
//! `80 - 85`, `80 s.d. 85`. Agencies measure such a target against the number at its edge:
//! the lower one for an indicator whose higher values are better, the upper one otherwise.

use super::{parse, Quantity, Value};

/// A target's edges as written; a range has both.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub low: Option<Quantity>,
    pub high: Option<Quantity>,
}

const AT_LEAST: [&str; 9] = [
    "≥",
    ">=",
    ">",
    "minimal",
    "min.",
    "min",
    "paling sedikit",
    "sekurang-kurangnya",
    "di atas",
];
const AT_MOST: [&str; 11] = [
    "≤",
    "<=",
    "<",
    "maksimal",
    "maksimum",
    "maks.",
    "maks",
    "max",
    "paling banyak",
    "di bawah",
    "kurang dari",
];
const BETWEEN: [&str; 7] = [" s.d. ", " s.d ", " s/d ", " sampai ", "–", "—", "-"];

/// The number of one edge. A separator before three digits alone (`≥ 6.000`, `< 1,5`
/// aside) is read as Indonesian writes it: a point groups thousands, a comma is the decimal
/// mark (a bound is typed as text, in the agency's own writing).
fn number(text: &str) -> Option<Quantity> {
    let text = text.trim();
    match parse(text) {
        Value::Number(q) => Some(q),
        Value::Ambiguous { grouped, decimal } => {
            Some(if text.contains('.') { grouped } else { decimal })
        }
        _ => None,
    }
}

/// A bound or a range, or `None` for anything else (a plain number included).
///
/// ```
/// use rakit_core::value::bound;
/// let b = bound("≥ 90").unwrap();
/// assert_eq!(b.low.unwrap().value.to_string(), "90");
/// let b = bound("80 - 85 %").unwrap();
/// assert_eq!((b.low.unwrap().value.to_string(), b.high.unwrap().value.to_string()), ("80".into(), "85".into()));
/// assert_eq!(bound("≥ 6.000").unwrap().low.unwrap().value.to_string(), "6000");
/// assert_eq!(bound("maks 1,250").unwrap().high.unwrap().value.to_string(), "1.250");
/// assert!(bound("90").is_none());
/// assert!(bound("4 BPR/12 LKM").is_none());
/// ```
pub fn bound(text: &str) -> Option<Bound> {
    let t = text.trim();
    if t.len() > 40 {
        return None;
    }
    let lower = t.to_lowercase();
    for (words, is_low) in [(&AT_LEAST[..], true), (&AT_MOST[..], false)] {
        for w in words {
            if let Some(rest) = lower.strip_prefix(w) {
                let q = number(&t[t.len() - rest.len()..])?;
                return Some(if is_low {
                    Bound {
                        low: Some(q),
                        high: None,
                    }
                } else {
                    Bound {
                        low: None,
                        high: Some(q),
                    }
                });
            }
        }
    }
    for sep in BETWEEN {
        // a range's dash stands between two numbers, not before the first
        let Some(at) = lower.get(1..).and_then(|s| s.find(sep)).map(|i| i + 1) else {
            continue;
        };
        let (a, b) = (&t[..at], &t[at + sep.len()..]);
        // "80 - 85 %": the unit or % written once, after the second number
        let (low, high) = (number(a)?, number(b)?);
        let low = if high.percent && !low.percent {
            Quantity {
                percent: true,
                ..low
            }
        } else {
            low
        };
        if low.value >= high.value {
            return None;
        }
        return Some(Bound {
            low: Some(low),
            high: Some(high),
        });
    }
    None
}
