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
}
