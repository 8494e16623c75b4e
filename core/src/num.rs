//! Exact arithmetic and number display: rounding half away from zero, truncation, and the
//! Indonesian way of writing numbers (`1.234,56`).

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds half away from zero (82,5 → 83), as agencies and Excel do.
pub fn round(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Cuts decimals off (101,4286 → 101,42).
pub fn trunc(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::ToZero)
}

/// Decimals of a number as it stands (trailing zeros count: 109.10 → 2).
pub fn decimals_of(d: Decimal) -> u32 {
    d.scale()
}

/// Writes a number the Indonesian way with exactly `dp` decimals: `109,10`, `26.566`.
pub fn fmt_id(d: Decimal, dp: u32) -> String {
    let r = round(d, dp);
    let neg = r.is_sign_negative() && !r.is_zero();
    let s = r.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::with_capacity(int.len() + int.len() / 3 + dp as usize + 2);
    if neg {
        out.push('-');
    }
    let bytes = int.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(*b as char);
    }
    if dp > 0 {
        out.push(',');
        out.push_str(frac);
        for _ in frac.len() as u32..dp {
            out.push('0');
        }
    }
    out
}

/// Writes a number the Indonesian way without thousands groups (`1425,5`), for text that
/// must read back unambiguously.
pub fn fmt_plain_id(d: Decimal, dp: u32) -> String {
    fmt_id(d, dp).replace('.', "")
}

/// Writes a number with as many decimals as it needs, up to `max_dp`, at least `min_dp`.
pub fn fmt_id_auto(d: Decimal, min_dp: u32, max_dp: u32) -> String {
    let r = round(d, max_dp).normalize();
    fmt_id(r, r.scale().max(min_dp))
}

/// Rewrites the numbers rakit wrote the Indonesian way (`26.566`, `109,1`, `1.234,5`) in
/// the English way (`26,566`, `109.1`, `1,234.5`), for English messages. Text between
/// double quotes is a cell's own text, quoted as typed, and stays as it is; so does a
/// formula (`=IF(E12/D12>1,1,E12/D12)`, up to the next space), and digits that are part
/// of a word or a cell name (`E14`, `C101`).
pub fn english_marks(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut quoted = false;
    let mut copied = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'"' {
            quoted = !quoted;
            i += 1;
            continue;
        }
        // a formula as the workbook holds it: `=` then no space
        if c == b'=' && !quoted && b.get(i + 1).is_some_and(|x| !x.is_ascii_whitespace()) {
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        let starts_number = c.is_ascii_digit()
            && !quoted
            && (i == 0
                || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b',' | b'_')));
        if !starts_number {
            i += 1;
            continue;
        }
        // the integer digits, then `.ddd` groups, then `,d+`
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let int_len = j - i;
        let mut groups = 0;
        while int_len <= 3
            && j + 3 < b.len()
            && b[j] == b'.'
            && b[j + 1..j + 4].iter().all(u8::is_ascii_digit)
            && b.get(j + 4).is_none_or(|x| !x.is_ascii_digit())
        {
            j += 4;
            groups += 1;
        }
        let mut frac = 0;
        if j + 1 < b.len() && b[j] == b',' && b[j + 1].is_ascii_digit() {
            let mut k = j + 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            frac = k - j - 1;
            j = k;
        }
        // a word goes on after it (`1.2.3`, `2,5a`): not one of rakit's numbers
        let ends_clean = b.get(j).is_none_or(|x| {
            !(x.is_ascii_alphanumeric()
                || (matches!(x, b'.' | b',') && b.get(j + 1).is_some_and(u8::is_ascii_digit)))
        });
        if (groups > 0 || frac > 0) && ends_clean {
            out.push_str(&text[copied..i]);
            for &x in &b[i..j] {
                out.push(match x {
                    b'.' => ',',
                    b',' => '.',
                    d => d as char,
                });
            }
            copied = j;
        }
        i = j.max(i + 1);
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounding() {
        assert_eq!(round(d("82.5"), 0), d("83"));
        assert_eq!(round(d("-82.5"), 0), d("-83"));
        assert_eq!(round(d("112.6954545"), 2), d("112.70"));
        assert_eq!(trunc(d("112.6954545"), 2), d("112.69"));
        assert_eq!(trunc(d("101.4285714"), 2), d("101.42"));
    }

    #[test]
    fn indonesian_display() {
        assert_eq!(fmt_id(d("109.1"), 2), "109,10");
        assert_eq!(fmt_id(d("26565.85"), 0), "26.566");
        assert_eq!(fmt_id(d("1425"), 0), "1.425");
        assert_eq!(fmt_id(d("-3.5"), 1), "-3,5");
        assert_eq!(fmt_id_auto(d("41.176470"), 0, 2), "41,18");
        assert_eq!(fmt_id_auto(d("170.000"), 0, 2), "170");
    }

    #[test]
    fn english_marks_outside_quotes() {
        assert_eq!(
            english_marks("realisasi \"27\": 109,1 % dari target \"24,350\" = 26.566"),
            "realisasi \"27\": 109.1 % dari target \"24,350\" = 26,566"
        );
        assert_eq!(
            english_marks("Fill H17 with 100,9."),
            "Fill H17 with 100.9."
        );
        assert_eq!(
            english_marks("Rp 1.234.567,5; C101, E14"),
            "Rp 1,234,567.5; C101, E14"
        );
        assert_eq!(
            english_marks("25 Sangat Tinggi, 1 Tinggi"),
            "25 Sangat Tinggi, 1 Tinggi"
        );
        assert_eq!(english_marks("1.2.3 and 12.34"), "1.2.3 and 12.34");
        // a formula keeps its own commas; a rule's "13 = 9 + 10" is no formula
        assert_eq!(
            english_marks("rumus =IF(E12/D12>1,1,E12/D12), hasil 96,5"),
            "rumus =IF(E12/D12>1,1,E12/D12), hasil 96.5"
        );
        assert_eq!(english_marks("13 = 1.234,5"), "13 = 1,234.5");
    }
}
