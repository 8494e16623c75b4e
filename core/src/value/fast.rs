//! The common shapes of a typed figure read without the general parser's allocations:
//! plain ASCII, an optional money word before the figure (`Rp.`), digits with `.` / `,`
//! between them, and unit words, `%` and `(...)` groups after it (`24.220 orang`, `61,47 %`,
//! `Rp. 46.821 (juta)`, `1.234,5`).
//!
//! [`parse`] answers `None` for anything else (a sign, a dash, a stray character, a second
//! figure, a malformed grouping, non-ASCII text, more than 15 digits ...) and the general
//! parser reads it. Where it answers, the answer is the general parser's, to the last field:
//! the tests below and the proptest in `fast_tests` compare the two.

use rust_decimal::Decimal;

use super::affix::{is_count_unit, kind, Kind, MarkupSigns};
use super::{Quantity, Scale, Separators, Value};

/// One reading of the figure: the digits as one integer and how many of them are decimals.
#[derive(Clone, Copy)]
struct Reading {
    mantissa: u64,
    decimals: u32,
    separators: Separators,
    grouping: Option<char>,
}

enum Shape {
    One(Reading),
    Ambiguous { grouped: Reading, decimal: Reading },
}

/// At most this many digit groups, and this many digits, in a figure read here.
const MAX_GROUPS: usize = 8;
const MAX_DIGITS: usize = 15;

fn first_group(g: &[u8]) -> bool {
    (1..=3).contains(&g.len()) && g.first() != Some(&b'0')
}

fn grouping_fits(groups: &[&[u8]]) -> bool {
    match groups.split_first() {
        Some((first, rest)) => first_group(first) && rest.iter().all(|g| g.len() == 3),
        None => false,
    }
}

fn digits_value(groups: &[&[u8]]) -> u64 {
    let mut m = 0u64;
    for g in groups {
        for &b in *g {
            m = m * 10 + u64::from(b - b'0');
        }
    }
    m
}

fn decimal_convention(sep: u8) -> Separators {
    if sep == b',' {
        Separators::Indonesian
    } else {
        Separators::English
    }
}

fn grouping_convention(sep: u8) -> Separators {
    if sep == b'.' {
        Separators::Indonesian
    } else {
        Separators::English
    }
}

/// `raw`: ASCII digits with single separators between them, starting and ending with a digit.
/// The same decisions as `number::classify`; `None` where it finds the figure malformed.
fn classify(raw: &[u8]) -> Option<Shape> {
    let mut groups: [&[u8]; MAX_GROUPS] = [&[]; MAX_GROUPS];
    let mut seps = [0u8; MAX_GROUPS];
    let mut n = 0;
    let mut from = 0;
    for (i, &b) in raw.iter().enumerate() {
        if b == b'.' || b == b',' {
            *groups.get_mut(n)? = raw.get(from..i)?;
            *seps.get_mut(n)? = b;
            n += 1;
            from = i + 1;
        }
    }
    *groups.get_mut(n)? = raw.get(from..)?;
    let groups = groups.get(..=n)?;
    let seps = seps.get(..n)?;
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let Some(&last_sep) = seps.last() else {
        return Some(Shape::One(Reading {
            mantissa: digits_value(groups),
            decimals: 0,
            separators: Separators::None,
            grouping: None,
        }));
    };
    let last = groups.last()?;
    let grouped = Reading {
        mantissa: digits_value(groups),
        decimals: 0,
        separators: grouping_convention(last_sep),
        grouping: Some(char::from(last_sep)),
    };
    if seps.iter().all(|&c| c == last_sep) {
        if seps.len() >= 2 {
            return grouping_fits(groups).then_some(Shape::One(grouped));
        }
        let first = groups.first()?;
        let decimal = Reading {
            mantissa: digits_value(groups),
            decimals: last.len() as u32,
            separators: decimal_convention(last_sep),
            grouping: None,
        };
        if last.len() != 3 || !first_group(first) {
            return Some(Shape::One(decimal));
        }
        return Some(Shape::Ambiguous { grouped, decimal });
    }
    // both separators: the last one is the decimal mark, the others must group
    let int_groups = groups.get(..groups.len() - 1)?;
    let others = seps.get(..seps.len() - 1)?;
    let &grouping = others.first()?;
    if others.iter().any(|&c| c != grouping) || grouping == last_sep || !grouping_fits(int_groups) {
        return None;
    }
    Some(Shape::One(Reading {
        mantissa: digits_value(groups),
        decimals: last.len() as u32,
        separators: decimal_convention(last_sep),
        grouping: Some(char::from(grouping)),
    }))
}

/// What the words on one side of the figure say (the general parser's `Affix`).
#[derive(Default)]
struct Side {
    /// unit words as written, joined by single spaces
    unit: super::CompactString,
    percents: u32,
    money: bool,
    scale: Option<Scale>,
    scale_conflict: bool,
}

impl MarkupSigns for Side {
    fn markup(&mut self) -> (&mut u32, &mut bool, &mut Option<Scale>, &mut bool) {
        (
            &mut self.percents,
            &mut self.money,
            &mut self.scale,
            &mut self.scale_conflict,
        )
    }
}

impl Side {
    fn word(&mut self, word: &str) {
        if !self.unit.is_empty() {
            self.unit.push(' ');
        }
        self.unit.push_str(word);
    }

    /// A plain token; `None` when it does not start with an ASCII letter (the general parser
    /// treats punctuation alone, `,-` and stray characters on their own).
    fn plain(&mut self, word: &str) -> Option<()> {
        match kind(word) {
            Kind::Percent => self.percents += 1,
            Kind::Money => self.money = true,
            Kind::Scale(s) => self.set_scale(s),
            Kind::Word => {
                if !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    return None;
                }
                self.word(word);
            }
        }
        Some(())
    }

    /// `(...)` without parentheses inside: markup when every token in it is.
    fn group(&mut self, inner: &str, written: &str) -> Option<()> {
        let mut kinds: [Option<Kind>; 4] = [None, None, None, None];
        let mut n = 0;
        let mut all_markup = true;
        let mut any = false;
        let mut bad = false;
        split(inner, |token| {
            any = true;
            match token {
                None => {
                    if let Some(slot) = kinds.get_mut(n) {
                        *slot = Some(Kind::Percent);
                        n += 1;
                    } else {
                        bad = true;
                    }
                }
                Some(w) => match kind(w) {
                    Kind::Word => {
                        if !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
                            bad = true;
                        }
                        all_markup = false;
                    }
                    k => {
                        if let Some(slot) = kinds.get_mut(n) {
                            *slot = Some(k);
                            n += 1;
                        } else {
                            bad = true;
                        }
                    }
                },
            }
        });
        if bad || !any {
            return None;
        }
        if all_markup {
            self.markup_group(kinds.into_iter().flatten());
        } else {
            self.word(written);
        }
        Some(())
    }
}

/// Splits text without parentheses into tokens as the general parser does: spaces separate,
/// `%` is a token of its own (`None`), everything else is a word.
fn split(text: &str, mut each: impl FnMut(Option<&str>)) {
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b' ' || b == b'%' {
            if let Some(w) = text.get(from..i).filter(|w| !w.is_empty()) {
                each(Some(w));
            }
            if b == b'%' {
                each(None);
            }
            from = i + 1;
        }
    }
    if let Some(w) = text.get(from..).filter(|w| !w.is_empty()) {
        each(Some(w));
    }
}

/// Reads the text after the figure: tokens and `(...)` groups.
fn read_side(text: &str) -> Option<Side> {
    let mut side = Side::default();
    let mut rest = text;
    loop {
        let open = rest.find('(');
        let plain = match open {
            Some(i) => rest.get(..i)?,
            None => rest,
        };
        if plain.contains(')') {
            return None;
        }
        let mut ok = true;
        split(plain, |token| match token {
            None => side.percents += 1,
            Some(w) => ok &= side.plain(w).is_some(),
        });
        if !ok {
            return None;
        }
        let Some(i) = open else { break };
        let after = rest.get(i + 1..)?;
        let close = after.find(')')?;
        let inner = after.get(..close)?;
        if inner.contains('(') {
            return None;
        }
        side.group(inner, rest.get(i..i + close + 2)?)?;
        rest = after.get(close + 1..)?;
    }
    Some(side)
}

fn is_text_byte(b: u8) -> bool {
    (0x20..0x7f).contains(&b) && !matches!(b, b'`' | b'\'')
}

/// Reads `text` when it has one of the common shapes; `None` sends it to the general parser.
pub(super) fn parse(text: &str) -> Option<Value> {
    let s = text.trim_matches(' ');
    let bytes = s.as_bytes();
    if !bytes.iter().all(|&b| is_text_byte(b)) {
        return None;
    }
    let start = bytes.iter().position(u8::is_ascii_digit)?;
    // before the figure: nothing, or one money word (`Rp`, `Rp.`, `IDR`) and spaces
    let prefix = s.get(..start)?;
    let money_before = if prefix.is_empty() {
        false
    } else {
        let word = prefix.trim_end_matches(' ');
        if word.is_empty()
            || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
            || !word.starts_with(|c: char| c.is_ascii_alphabetic())
            || !matches!(kind(word), Kind::Money)
        {
            return None;
        }
        true
    };
    // the figure: digits with single separators between them
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        let next_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || ((b == b'.' || b == b',') && next_digit) {
            end += 1;
        } else {
            break;
        }
    }
    let raw = bytes.get(start..end)?;
    if raw.iter().filter(|b| b.is_ascii_digit()).count() > MAX_DIGITS {
        return None;
    }
    // after it: the end, a space or `%`, then no digit, no stray separator
    let suffix = s.get(end..)?;
    if !(suffix.is_empty() || suffix.starts_with([' ', '%']))
        || suffix.bytes().any(|b| b.is_ascii_digit())
        || suffix.trim_start_matches(' ').starts_with(['.', ','])
    {
        return None;
    }
    let shape = classify(raw)?;
    let after = read_side(suffix)?;
    if after.scale_conflict {
        return None;
    }
    let scale = after.scale.unwrap_or(Scale::Satuan);
    let money = money_before || after.money;
    let unit = (!after.unit.is_empty()).then_some(after.unit);
    let mut notes = Vec::new();
    if after.percents > 1 {
        notes.push(super::Note::StrayCharacter('%'));
    }
    let mut percent = after.percents > 0;
    if percent && unit.as_deref().is_some_and(is_count_unit) {
        notes.push(super::Note::PercentOnCount);
        percent = false;
    }
    let quantity = |r: Reading, unit: Option<super::CompactString>, notes: Vec<super::Note>| {
        let value = Decimal::from_i128_with_scale(i128::from(r.mantissa), r.decimals);
        value.checked_mul(scale.factor())?;
        Some(Quantity {
            value,
            decimals: value.scale(),
            unit,
            percent,
            money,
            scale,
            separators: r.separators,
            grouping: r.grouping,
            notes: notes.into(),
        })
    };
    Some(match shape {
        Shape::One(r) => Value::Number(quantity(r, unit, notes)?),
        Shape::Ambiguous { grouped, decimal } => Value::Ambiguous {
            grouped: quantity(grouped, unit.clone(), notes.clone())?,
            decimal: quantity(decimal, unit, notes)?,
        },
    })
}
