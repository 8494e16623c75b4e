//! The figure itself: digits and the `.` / `,` between them.

use rust_decimal::Decimal;

use super::Separators;

/// One reading of a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reading {
    /// integer digits, separators removed (never empty)
    pub int: String,
    /// decimal digits as written (possibly empty)
    pub frac: String,
    pub separators: Separators,
    pub grouping: Option<char>,
}

impl Reading {
    /// The exact value, `None` when it does not fit a [`Decimal`] (28 digits).
    pub fn decimal(&self, negative: bool) -> Option<Decimal> {
        let int = self.int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        let text = if self.frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{}", self.frac)
        };
        let value = Decimal::from_str_exact(&text).ok()?;
        Some(if negative { -value } else { value })
    }
}

/// What the separators of a figure allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    One(Reading),
    /// the separator (`sep`) may group thousands or be the decimal mark
    Ambiguous {
        grouped: Reading,
        decimal: Reading,
        sep: char,
    },
    Malformed,
}

fn is_sep(c: char) -> bool {
    c == '.' || c == ','
}

/// The convention in which `sep` is the decimal mark.
fn decimal_convention(sep: char) -> Separators {
    if sep == ',' {
        Separators::Indonesian
    } else {
        Separators::English
    }
}

/// The convention in which `sep` groups thousands.
fn grouping_convention(sep: char) -> Separators {
    if sep == '.' {
        Separators::Indonesian
    } else {
        Separators::English
    }
}

/// A first group of thousands: 1–3 digits, not starting with 0.
fn first_group(g: &str) -> bool {
    (1..=3).contains(&g.len()) && !g.starts_with('0')
}

/// Groups of thousands: a first group, then groups of exactly three digits.
fn grouping_fits(groups: &[&str]) -> bool {
    match groups.split_first() {
        Some((first, rest)) => first_group(first) && rest.iter().all(|g| g.len() == 3),
        None => false,
    }
}

/// Reads `raw`, which holds only ASCII digits, `.` and `,` (each separator between two digits,
/// except possibly a leading one: `.5`).
pub(super) fn classify(raw: &str) -> Shape {
    if raw.is_empty() || !raw.chars().all(|c| c.is_ascii_digit() || is_sep(c)) {
        return Shape::Malformed;
    }
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut rest = raw;
    while let Some(i) = rest.find(is_sep) {
        let (group, tail) = rest.split_at(i);
        groups.push(group);
        let mut tail_chars = tail.chars();
        if let Some(c) = tail_chars.next() {
            seps.push(c);
        }
        rest = tail_chars.as_str();
    }
    groups.push(rest);

    let leading = raw.starts_with(is_sep);
    let skip = usize::from(leading);
    if groups.iter().skip(skip).any(|g| g.is_empty()) {
        return Shape::Malformed;
    }

    let (Some(&last_sep), Some(&last_group)) = (seps.last(), groups.last()) else {
        // no separator at all
        return Shape::One(Reading {
            int: raw.to_string(),
            frac: String::new(),
            separators: Separators::None,
            grouping: None,
        });
    };

    if leading {
        // `.5`, `,5`: a decimal mark with nothing before it
        if seps.len() > 1 {
            return Shape::Malformed;
        }
        return Shape::One(Reading {
            int: "0".to_string(),
            frac: last_group.to_string(),
            separators: decimal_convention(last_sep),
            grouping: None,
        });
    }

    let decimal_reading = |int: &str, frac: &str, sep: char| Reading {
        int: int.to_string(),
        frac: frac.to_string(),
        separators: decimal_convention(sep),
        grouping: None,
    };
    let grouped_reading = |groups: &[&str], sep: char| Reading {
        int: groups.concat(),
        frac: String::new(),
        separators: grouping_convention(sep),
        grouping: Some(sep),
    };

    if seps.iter().all(|&c| c == last_sep) {
        if seps.len() >= 2 {
            // several of the same separator: only grouping can explain them
            return if grouping_fits(&groups) {
                Shape::One(grouped_reading(&groups, last_sep))
            } else {
                Shape::Malformed
            };
        }
        let first = groups.first().copied().unwrap_or_default();
        if last_group.len() != 3 || !first_group(first) {
            // `137.09`, `61,47`, `0.034`, `2453,500`: only a decimal mark
            return Shape::One(decimal_reading(first, last_group, last_sep));
        }
        return Shape::Ambiguous {
            grouped: grouped_reading(&groups, last_sep),
            decimal: decimal_reading(first, last_group, last_sep),
            sep: last_sep,
        };
    }

    // both separators: the last one is the decimal mark, the others must group
    let int_groups = &groups[..groups.len() - 1];
    let others = &seps[..seps.len() - 1];
    let Some(&grouping) = others.first() else {
        return Shape::Malformed;
    };
    if others.iter().any(|&c| c != grouping) || grouping == last_sep {
        return Shape::Malformed;
    }
    if !grouping_fits(int_groups) {
        return Shape::Malformed;
    }
    Shape::One(Reading {
        int: int_groups.concat(),
        frac: last_group.to_string(),
        separators: decimal_convention(last_sep),
        grouping: Some(grouping),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(raw: &str) -> (String, String, Separators, Option<char>) {
        match classify(raw) {
            Shape::One(r) => (r.int, r.frac, r.separators, r.grouping),
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn shapes() {
        use Separators::*;
        assert_eq!(one("518"), ("518".into(), "".into(), None, Option::None));
        assert_eq!(one("24.220.000").0, "24220000");
        assert_eq!(one("24.220.000").2, Indonesian);
        assert_eq!(one("55,000,000").2, English);
        assert_eq!(
            one("61,47"),
            ("61".into(), "47".into(), Indonesian, Option::None)
        );
        assert_eq!(one("137.09").2, English);
        assert_eq!(
            one("0.034"),
            ("0".into(), "034".into(), English, Option::None)
        );
        assert_eq!(
            one("1.234,56"),
            ("1234".into(), "56".into(), Indonesian, Some('.'))
        );
        assert_eq!(
            one("1,234.56"),
            ("1234".into(), "56".into(), English, Some(','))
        );
        assert_eq!(one("1.234,567").2, Indonesian);
        assert_eq!(one(".5"), ("0".into(), "5".into(), English, Option::None));
        assert_eq!(one("2453,500").2, Indonesian);
        assert!(matches!(
            classify("24,450"),
            Shape::Ambiguous { sep: ',', .. }
        ));
        assert!(matches!(
            classify("1.555"),
            Shape::Ambiguous { sep: '.', .. }
        ));
        for bad in [
            "2.119.2015.485",
            "1.2.3",
            "1,234,56",
            "1.234,567.8",
            "1,234,567,89.1.2",
            "0.123.456",
            "01.234.567",
            "1234.567.890",
            "..5",
            "",
        ] {
            assert_eq!(classify(bad), Shape::Malformed, "{bad}");
        }
    }
}
