//! [`parse`]: one cell's text to a [`Value`].

use super::affix::{is_count_unit, read_affix};
use super::number::{classify, Reading, Shape};
use super::{resolve, Grade, Note, Quantity, Scale, SeparatorUse, Separators, Unreadable, Value};

/// Characters that draw a dash: hyphen-minus, figure dash, en dash, em dash, horizontal bar,
/// minus sign.
pub(super) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

fn is_sep(c: char) -> bool {
    c == '.' || c == ','
}

/// Characters that slip into a typed figure: a backtick, apostrophes, an acute accent.
fn is_stray(c: char) -> bool {
    matches!(c, '`' | '\'' | '\u{00B4}' | '\u{2018}' | '\u{2019}')
}

fn digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// Every kind of space becomes a plain space; zero-width characters go; the ends are trimmed.
pub(super) fn normalize(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
        })
        .map(|c| {
            if c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    // per mille (`22,1 ‰`, a hospital's death rate): a unit word, as `%` is a sign
    let mapped = if mapped.contains('‰') {
        mapped.replace('‰', " permil")
    } else {
        mapped
    };
    without_footnote_mark(mapped.trim()).to_string()
}

/// A figure without the footnote mark after it (`98,5*`, `100 **)`, `95 *)`, `14²`): the note
/// under the table explains the figure, the figure stays what it is.
fn without_footnote_mark(t: &str) -> &str {
    let body = t
        .strip_suffix(')')
        .filter(|b| b.ends_with('*'))
        .unwrap_or(t);
    let body = body.trim_end_matches('*');
    // a superscript number (`14²`, `271 ¹`)
    let body = body
        .trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'])
        .trim_end();
    if body.len() < t.len() && body.chars().any(|c| c.is_ascii_digit()) {
        body.trim_end()
    } else {
        t
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn garbled(text: &str) -> Value {
    Value::Unreadable(Unreadable::Garbled {
        text: collapse(text),
    })
}

/// Reads one cell's text. Never panics.
///
/// The order of the decisions: empty; a grade (`B`); digits that are not ASCII or a Unicode
/// minus before a digit (garbled); a dash; no digit at all (text, or `Rp -`); a figure grouped by
/// spaces (`1 234 567`, only when the cell is just that); otherwise a figure with text around
/// it, where letters before the figure make the cell text unless they are money markup.
/// The common shapes (`24.220 orang`, `61,47 %`, `Rp. 46.821 (juta)`) take a path without the
/// general parser's allocations, with the same answer (see `fast`).
pub fn parse(text: &str) -> Value {
    let text = without_footnote_mark(text.trim_end());
    match super::fast::parse(text) {
        Some(v) => v,
        None => match letter_o_for_zero(text) {
            Some(v) => v,
            None => parse_cell(text, true),
        },
    }
}

/// `12.5OO`, `1O5.230`, `3O5`: a bare figure (digits and separators, starting with a digit)
/// with the letter O typed for a zero. Read with zeros, noted ([`Note::LetterO`]).
fn letter_o_for_zero(text: &str) -> Option<Value> {
    let t = text.trim();
    if !t.contains(['O', 'o'])
        || !t.starts_with(|c: char| c.is_ascii_digit())
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'O' | 'o'))
    {
        return None;
    }
    let noted = |mut q: Quantity| {
        let mut notes = q.notes.to_vec();
        notes.push(Note::LetterO);
        q.notes = notes.into_boxed_slice();
        q
    };
    match parse_cell(&t.replace(['O', 'o'], "0"), false) {
        Value::Number(q) => Some(Value::Number(noted(q))),
        Value::Ambiguous { grouped, decimal } => Some(Value::Ambiguous {
            grouped: noted(grouped),
            decimal: noted(decimal),
        }),
        _ => None,
    }
}

/// The general parser alone, for the tests that compare it with the fast path.
#[cfg(test)]
pub(super) fn parse_general(text: &str) -> Value {
    parse_cell(text, true)
}

fn parse_cell(text: &str, allow_two: bool) -> Value {
    let s = normalize(text);
    if s.is_empty() {
        return Value::Empty;
    }
    if let Some(grade) = Grade::from_text(&s) {
        return Value::Grade(grade);
    }
    let chars: Vec<char> = s.chars().collect();
    let odd_digit = chars
        .iter()
        .any(|&c| c.is_numeric() && !c.is_ascii_digit() && !matches!(c, '¹' | '²' | '³'));
    let unicode_minus = chars
        .windows(2)
        .any(|w| matches!(w, ['\u{2212}', d] if d.is_ascii_digit()));
    if odd_digit || unicode_minus {
        return garbled(&s);
    }
    if let Some(v) = dash(&chars, &s) {
        return v;
    }
    if !chars.iter().any(|c| c.is_ascii_digit()) {
        if not_available(&s) {
            return Value::Dash { unit: None };
        }
        return money_dash(&s).unwrap_or_else(|| Value::Text(collapse(&s)));
    }
    if let Some(v) = grouped_apart(&chars) {
        return v;
    }
    if let Some(v) = level(&s) {
        return v;
    }
    figure(&chars, &s, allow_two)
}

/// `Level 3`, `level 2,5`: a level on a scale (an APIP capability level, the maturity of a
/// procurement unit or of SPIP) written with its word before the figure: the figure, in
/// the unit `Level`, as `3 level` reads.
fn level(s: &str) -> Option<Value> {
    let (word, rest) = s.split_once(' ')?;
    if !word.eq_ignore_ascii_case("level") {
        return None;
    }
    match parse_cell(rest, false) {
        Value::Number(q) if q.unit.is_none() && !q.percent && !q.money => {
            Some(Value::Number(Quantity {
                unit: Some(word.into()),
                ..q
            }))
        }
        _ => None,
    }
}

/// Words saying a figure is not there (yet): "n/a", "belum ada data", "data belum
/// tersedia", "nihil". They mean what a dash means. "Tidak ada", "belum ada" and "belum
/// tersedia" stay words: they are the realisasi of an indicator measured as Ada / Tidak ada
/// or Tersedia / Belum tersedia.
fn not_available(s: &str) -> bool {
    let n: String = crate::text::norm(s)
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '*' | '.'))
        .to_string();
    matches!(
        n.as_str(),
        "n/a"
            | "n.a"
            | "na"
            | "nihil"
            | "belum ada data"
            | "data belum ada"
            | "tidak ada data"
            | "data belum tersedia"
            | "data tidak tersedia"
            | "belum diukur"
            | "belum dihitung"
            | "menunggu data"
            | "data menyusul"
    )
}

/// A cell that starts with a dash: `-`, `- - -`, `- unit`, `- Rp. (juta)`; `None` for `-5`.
fn dash(chars: &[char], s: &str) -> Option<Value> {
    let (&first, rest) = chars.split_first()?;
    if !is_dash(first) {
        return None;
    }
    let next = rest.first().copied();
    let after = rest.get(1).copied();
    if first == '-' && (digit(next) || (next.is_some_and(is_sep) && digit(after))) {
        return None; // a negative figure
    }
    if rest.iter().any(|c| c.is_ascii_digit()) {
        return Some(garbled(s)); // `- 5`, `–5`: a sign that is not one
    }
    let unit: String = rest.iter().collect();
    let unit = collapse(unit.trim_start_matches(|c: char| is_dash(c) || c.is_whitespace()));
    Some(Value::Dash {
        unit: (!unit.is_empty()).then_some(unit),
    })
}

/// `Rp -`, `Rp. - ,-`: money markup around a dash (accounting formats print zero so).
fn money_dash(s: &str) -> Option<Value> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let is_dash_word = |w: &&str| w.chars().all(is_dash);
    if !words.iter().any(is_dash_word) {
        return None;
    }
    let rest: Vec<&str> = words.iter().copied().filter(|w| !is_dash_word(w)).collect();
    let text = rest.join(" ");
    let affix = read_affix(&text);
    if rest.is_empty()
        || !affix.words.is_empty()
        || !affix.money
        || words.first().is_some_and(is_dash_word)
    {
        return None;
    }
    Some(Value::Dash { unit: Some(text) })
}

/// `1 234 567`, `-1 234,5`, `50'000'000`: groups of three digits separated by single
/// spaces, or by apostrophes (as a Swiss-style Excel groups them, `'` or `’`), the whole
/// cell, one separator throughout.
fn grouped_apart(chars: &[char]) -> Option<Value> {
    let (negative, body) = match chars.split_first() {
        Some(('-', rest)) => (true, rest),
        Some(('+', rest)) => (false, rest),
        _ => (false, chars),
    };
    let group = *body.iter().find(|c| !c.is_ascii_digit())?;
    if !matches!(group, ' ' | '\'' | '\u{2019}') {
        return None;
    }
    let text: String = body.iter().collect();
    let (int_text, frac, mark) = match text.find(is_sep) {
        Some(i) => {
            let (a, b) = text.split_at(i);
            let mark = b.chars().next()?;
            (a.to_string(), b.get(1..)?.to_string(), Some(mark))
        }
        None => (text.clone(), String::new(), None),
    };
    if mark.is_some() && (frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let groups: Vec<&str> = int_text.split(group).collect();
    let (first, rest) = groups.split_first()?;
    let fits = (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && !rest.is_empty()
        && rest.iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    if !fits {
        return None;
    }
    let reading = Reading {
        int: groups.concat(),
        frac,
        separators: match mark {
            Some(',') => Separators::Indonesian,
            Some(_) => Separators::English,
            None => Separators::None,
        },
        grouping: Some(group),
    };
    let value = reading.decimal(negative)?;
    Some(Value::Number(Quantity {
        value,
        decimals: value.scale(),
        unit: None,
        percent: false,
        money: false,
        scale: Scale::Satuan,
        separators: reading.separators,
        grouping: reading.grouping,
        notes: Box::default(),
    }))
}

/// Where the figure starts: a digit, a sign before a digit, a leading separator (`.5`) or a
/// stray apostrophe (`'100`) at the start of a word.
fn figure_start(chars: &[char]) -> Option<usize> {
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        let word_start = i == 0
            || chars
                .get(i - 1)
                .is_some_and(|p| p.is_whitespace() || *p == '(');
        if c.is_ascii_digit() {
            return Some(i);
        }
        if (c == '-' || c == '+') && (digit(next) || (next.is_some_and(is_sep) && digit(after))) {
            return Some(i);
        }
        if (is_sep(c) || is_stray(c)) && word_start && digit(next) {
            return Some(i);
        }
    }
    None
}

/// What the digit scan found.
struct Scan {
    raw: String,
    strays: Vec<char>,
    space_inside: bool,
    end: usize,
}

/// Reads digits and separators from `start`; `None` when a stray character sits between two
/// digits (`12`34`: no certain reading).
fn scan(chars: &[char], start: usize) -> Option<Scan> {
    let mut raw = String::new();
    let mut strays = Vec::new();
    let mut space_inside = false;
    let mut j = start;
    while let Some(&c) = chars.get(j) {
        let next = chars.get(j + 1).copied();
        let after = chars.get(j + 2).copied();
        let last = raw.chars().last();
        if c.is_ascii_digit() {
            raw.push(c);
            j += 1;
        } else if is_sep(c) {
            if digit(next) || (next.is_some_and(is_stray) && digit(after) && digit(last)) {
                raw.push(c);
                j += 1;
            } else if next == Some(' ') && digit(after) && digit(last) {
                raw.push(c);
                space_inside = true;
                j += 2;
            } else {
                break;
            }
        } else if is_stray(c) {
            let certain = match last {
                None => digit(next),
                Some(l) if l.is_ascii_digit() => {
                    if digit(next) {
                        return None;
                    }
                    !next.is_some_and(is_sep) || digit(after)
                }
                Some(_) => digit(next),
            };
            if !certain {
                break;
            }
            strays.push(c);
            j += 1;
        } else if c == ' ' && digit(last) && next.is_some_and(is_sep) && digit(after) {
            space_inside = true;
            j += 1;
        } else {
            break;
        }
    }
    Some(Scan {
        raw,
        strays,
        space_inside,
        end: j,
    })
}

/// Units with an exponent: `m2`, `km2`, `m³`.
fn exponent_unit(token: &str) -> bool {
    let t = token
        .trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ',' | ':'))
        .to_lowercase();
    let Some(base) = t
        .strip_suffix(['2', '3'])
        .or_else(|| t.strip_suffix(['²', '³']))
    else {
        return false;
    };
    matches!(base, "m" | "km" | "cm" | "mm" | "dm")
}

/// The index (in `chars`) of the first digit after `from` that starts another figure.
fn second_figure(chars: &[char], from: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
            continue;
        }
        let start = i;
        while chars.get(i).is_some_and(|c| !c.is_whitespace()) {
            i += 1;
        }
        let token = chars.get(start..i).unwrap_or_default();
        if let Some(k) = token.iter().position(|c| c.is_ascii_digit()) {
            let text: String = token.iter().collect();
            if !exponent_unit(&text) {
                return Some(start + k);
            }
        }
    }
    None
}

fn resolved_quantity(v: Value) -> Option<Quantity> {
    match v {
        Value::Number(q) => Some(q),
        Value::Ambiguous { grouped, decimal } => {
            Some(resolve(&grouped, &decimal, &SeparatorUse::default()).into_quantity())
        }
        _ => None,
    }
}

/// Two figures in one cell: `4 BPR/12 LKM`, split before the second figure at `k`.
fn two_figures(chars: &[char], k: usize, s: &str) -> Value {
    // a rate's base ("90 per 100.000 KH", "7,6 per 1.000 kelahiran hidup"): one figure, the
    // base part of its unit
    let head: String = chars.get(..k).unwrap_or_default().iter().collect();
    let head = head.trim_end();
    let cut = head.len().saturating_sub(4);
    if head
        .get(cut..)
        .is_some_and(|t| t.eq_ignore_ascii_case(" per"))
    {
        if let Some(mut q) = head
            .get(..cut)
            .and_then(|n| resolved_quantity(parse_cell(n, false)))
        {
            let rest: String = chars.get(k..).unwrap_or_default().iter().collect();
            let base = format!("per {}", rest.trim());
            q.unit = Some(match q.unit.take() {
                Some(u) => format!("{u} {base}").into(),
                None => base.into(),
            });
            return Value::Number(q);
        }
    }
    let prev = k.checked_sub(1).and_then(|p| chars.get(p)).copied();
    if prev.is_none_or(|p| p.is_alphanumeric() || is_stray(p) || is_sep(p)) {
        return garbled(s);
    }
    let mut first: String = chars.get(..k).unwrap_or_default().iter().collect();
    let mut second: String = chars.get(k..).unwrap_or_default().iter().collect();
    let mut opened = false;
    loop {
        let t = first.trim_end();
        if let Some(stripped) = t.strip_suffix(|c: char| "/+;,&:|".contains(c) || is_dash(c)) {
            first = stripped.to_string();
            continue;
        }
        if let Some(stripped) = t.strip_suffix('(') {
            opened = true;
            first = stripped.to_string();
            continue;
        }
        let conjunction = ["dan", "atau", "dari", "and", "or", "of"]
            .iter()
            .find_map(|w| {
                let cut = t.len().checked_sub(w.len() + 1)?;
                let tail = t.get(cut..)?;
                let head = t.get(..cut)?;
                tail.eq_ignore_ascii_case(&format!(" {w}"))
                    .then(|| head.to_string())
            });
        match conjunction {
            Some(head) => first = head,
            None => {
                first = t.to_string();
                break;
            }
        }
    }
    if opened {
        let t = second.trim_end();
        match t.strip_suffix(')') {
            Some(inner) => second = inner.to_string(),
            None => return garbled(s),
        }
    }
    let a = resolved_quantity(parse_cell(&first, false));
    let b = resolved_quantity(parse_cell(&second, false));
    match (a, b) {
        (Some(first), Some(second)) => Value::Unreadable(Unreadable::TwoFigures { first, second }),
        _ => garbled(s),
    }
}

/// A figure with text around it.
fn figure(chars: &[char], s: &str, allow_two: bool) -> Value {
    let Some(start) = figure_start(chars) else {
        return Value::Text(collapse(s));
    };

    // what comes before the figure: nothing, `(`, or money markup
    let mut prefix: String = chars.get(..start).unwrap_or_default().iter().collect();
    let mut opened = false;
    if let Some(p) = prefix.trim_end().strip_suffix('(') {
        opened = true;
        prefix = p.to_string();
    }
    let before = read_affix(&prefix);
    let prefix_blank = prefix.trim().is_empty();
    if !prefix_blank && (!before.words.is_empty() || !before.money || before.percents > 0) {
        // letters before the figure make a title, a label or a sentence
        return if prefix.chars().any(char::is_alphabetic) {
            Value::Text(collapse(s))
        } else {
            garbled(s)
        };
    }

    // the sign
    let (negative, digits_start) = match chars.get(start) {
        Some('-') => (true, start + 1),
        Some('+') => (false, start + 1),
        _ => (false, start),
    };

    let Some(found) = scan(chars, digits_start) else {
        return garbled(s);
    };
    if found.raw.is_empty() {
        return garbled(s);
    }
    let shape = classify(&found.raw);
    if shape == Shape::Malformed {
        let text: String = chars
            .get(start..found.end)
            .unwrap_or_default()
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        return Value::Unreadable(Unreadable::MalformedGroups { text });
    }

    // another figure after this one
    if let Some(k) = second_figure(chars, found.end) {
        return if allow_two {
            two_figures(chars, k, s)
        } else {
            garbled(s)
        };
    }

    let mut notes: Vec<Note> = found
        .strays
        .iter()
        .map(|&c| Note::StrayCharacter(c))
        .collect();

    // what comes after: `,-`, a stray trailing separator, `)`, units and markup
    let mut suffix: String = chars.get(found.end..).unwrap_or_default().iter().collect();
    let attached = suffix.chars().next().is_some_and(char::is_alphabetic);
    let mut money_dash = false;
    {
        let t = suffix.trim_start();
        let mut it = t.chars();
        if let Some(sep) = it.next().filter(|&c| is_sep(c)) {
            let after = it.as_str().trim_start();
            if after.starts_with(|c: char| c == '=' || is_dash(c)) {
                let rest = after.trim_start_matches(|c: char| c == '=' || is_dash(c));
                money_dash = true;
                suffix = rest.to_string();
            } else {
                notes.push(Note::StrayCharacter(sep));
                suffix = after.to_string();
            }
        }
    }
    if opened {
        match suffix.trim_end().strip_suffix(')') {
            Some(inner) => suffix = inner.to_string(),
            None => return garbled(s),
        }
    }
    let after = read_affix(&suffix);
    if after.scale_conflict || before.scale_conflict {
        return garbled(s);
    }
    let scale = match (before.scale, after.scale) {
        (Some(a), Some(b)) if a != b => return garbled(s),
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => Scale::Satuan,
    };
    let money = before.money || after.money || money_dash;
    if found.space_inside {
        if !money {
            return garbled(s);
        }
        notes.push(Note::SpaceInsideMoney);
    }
    // punctuation alone at either end of the unit: a stray character, or no unit at all
    let mut words = after.words.clone();
    for from_start in [true, false] {
        loop {
            let end = if from_start {
                words.first()
            } else {
                words.last()
            };
            let Some(word) = end else { break };
            if word.chars().any(char::is_alphanumeric) {
                break;
            }
            let mut cs = word.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if is_stray(c) => notes.push(Note::StrayCharacter(c)),
                _ => return garbled(s),
            }
            if from_start {
                words.remove(0);
            } else {
                words.pop();
            }
        }
    }
    let unit = (!words.is_empty()).then(|| super::CompactString::from(words.join(" ")));
    if attached && after.first_is_word {
        notes.push(Note::NoSpaceBeforeUnit);
    }
    let mut percent = after.percents > 0;
    if after.percents > 1 {
        notes.push(Note::StrayCharacter('%'));
    }
    if percent && unit.as_deref().is_some_and(is_count_unit) {
        notes.push(Note::PercentOnCount);
        percent = false;
    }

    let quantity = |reading: &Reading| -> Option<Quantity> {
        let value = reading.decimal(negative)?;
        value.checked_mul(scale.factor())?;
        Some(Quantity {
            value,
            decimals: value.scale(),
            unit: unit.clone(),
            percent,
            money,
            scale,
            separators: reading.separators,
            grouping: reading.grouping,
            notes: notes.as_slice().into(),
        })
    };
    let value = match &shape {
        Shape::One(r) => quantity(r).map(Value::Number),
        // `Rp. 1.555,-`: the `,` of `,-` is the decimal mark, so the `.` groups
        Shape::Ambiguous {
            grouped, sep: '.', ..
        } if money_dash => quantity(grouped).map(Value::Number),
        Shape::Ambiguous {
            grouped, decimal, ..
        } => match (quantity(grouped), quantity(decimal)) {
            (Some(grouped), Some(decimal)) => Some(Value::Ambiguous { grouped, decimal }),
            _ => None,
        },
        Shape::Malformed => None,
    };
    value.unwrap_or_else(|| garbled(s))
}
