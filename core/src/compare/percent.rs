//! Percentages of the comparison (capaian, change, serapan, Renstra progress): `a / b × 100`
//! rounded to two places, half away from zero, with no trailing zeros.
//!
//! rust_decimal divides to 28 places and then rounds; most figures of a performance table
//! are small integers or have a few decimals, whose percentage comes exactly from one
//! 128-bit integer division. Where that cannot be shown to give the same number (large
//! mantissas or denominators, extreme scales), rust_decimal's division gives it.

use rust_decimal::Decimal;

/// `num / den × 100` rounded to two places (half away from zero), normalized; `None` where
/// `den` is zero or the percentage is beyond a decimal's range.
pub(crate) fn percent(num: Decimal, den: Decimal) -> Option<Decimal> {
    exact(num, den).or_else(|| by_division(num, den))
}

/// What rust_decimal gives: the quotient to 28 places, times 100, rounded, normalized.
fn by_division(num: Decimal, den: Decimal) -> Option<Decimal> {
    Some(round2(
        num.checked_div(den)?.checked_mul(Decimal::ONE_HUNDRED)?,
    ))
}

/// A number rounded to two places (half away from zero), normalized.
pub(crate) fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// The largest denominator (in hundredths of a percent) and the largest result (in
/// hundredths) of the exact path. rust_decimal's quotient is off by at most 10^(d−27) for a
/// quotient of d integer digits (at most 5 here: a result below 10^6 %), 10^(d−25) once
/// times 100; an exact result that is not a midpoint lies at least 1 / (200 · 10^15) =
/// 5 · 10^−18 from one, far more than that error, so both round alike.
const MAX_DENOMINATOR: u128 = 1_000_000_000_000_000;
const MAX_HUNDREDTHS: u128 = 100_000_000;

/// The percentage by integer division, where it is certain to equal [`by_division`]'s.
fn exact(num: Decimal, den: Decimal) -> Option<Decimal> {
    let a = u128::from(u64::try_from(num.mantissa().unsigned_abs()).ok()?);
    let b = u128::from(u64::try_from(den.mantissa().unsigned_abs()).ok()?);
    if b == 0 {
        return None;
    }
    // num / den × 100 in hundredths = a · 10^(sb − sa + 4) / b
    let k = den.scale() as i32 - num.scale() as i32 + 4;
    let (n, d) = if k >= 0 {
        (a.checked_mul(10u128.checked_pow(k.unsigned_abs())?)?, b)
    } else {
        (a, b.checked_mul(10u128.checked_pow(k.unsigned_abs())?)?)
    };
    if d > MAX_DENOMINATOR {
        return None;
    }
    let mut q = n / d;
    if 2 * (n % d) >= d {
        q += 1;
    }
    if q > MAX_HUNDREDTHS {
        return None;
    }
    let (q, scale) = without_trailing_zeros(u64::try_from(q).ok()?, 2);
    let mut m = i64::try_from(q).ok()?;
    if m == 0 {
        return Some(Decimal::ZERO);
    }
    if num.is_sign_negative() != den.is_sign_negative() {
        m = -m;
    }
    Some(Decimal::new(m, scale))
}

/// A mantissa and scale with the trailing zeros dropped, as normalizing a decimal drops them
/// (zero keeps no scale).
pub(crate) fn without_trailing_zeros(mut m: u64, mut scale: u32) -> (u64, u32) {
    while scale > 0 && m.is_multiple_of(10) {
        m /= 10;
        scale -= 1;
    }
    (m, scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// The same number written the same way: mantissa, scale and sign.
    fn same(a: Decimal, b: Decimal) -> bool {
        a.serialize() == b.serialize()
    }

    #[test]
    fn exact_path_is_taken_and_equals_the_division() {
        for (a, b, want) in [
            ("26773", "24220", "110.54"),
            ("110", "100", "110"),
            ("5", "2", "250"),
            ("1", "8", "12.5"),
            ("1", "3", "33.33"),
            ("2", "3", "66.67"),
            ("-3", "4", "-75"),
            ("0", "7", "0"),
            ("-0.001", "7", "-0.01"),
            ("-0.0001", "7", "0"),
            // a midpoint: 0.125 % is 0.13, -0.125 % is -0.13
            ("1", "800", "0.13"),
            ("-1", "800", "-0.13"),
            ("1611865497", "2181927300", "73.87"),
            ("12.5", "100.0", "12.5"),
        ] {
            let (a, b) = (d(a), d(b));
            let fast = exact(a, b).expect("small figures take the exact path");
            assert!(same(fast, d(want)), "{a}/{b}: {fast} against {want}");
            assert!(same(fast, by_division(a, b).unwrap()), "{a}/{b}");
        }
    }

    #[test]
    fn large_figures_go_to_the_division() {
        // a denominator over 10^15 hundredths, a result over 10^6 %, a 96-bit mantissa
        assert!(exact(d("1"), d("10000000000000000")).is_none());
        assert!(exact(d("10000000"), d("1")).is_none());
        assert!(exact(d("79228162514264337593543950335"), d("3")).is_none());
        let big = d("79228162514264337593543950335");
        let wide = d("79228162514264337593543950.335");
        let (p, q) = (
            percent(wide, d("3")).unwrap(),
            by_division(wide, d("3")).unwrap(),
        );
        assert!(same(p, q));
        // beyond a decimal's range, and a zero denominator: no percentage (not a panic)
        assert_eq!(percent(big, d("0.0001")), None);
        assert_eq!(percent(d("1"), Decimal::ZERO), None);
    }

    /// Figures as tables hold them: a mantissa and a scale, either sign.
    fn figure() -> impl Strategy<Value = Decimal> {
        (any::<i64>(), 0u32..12, 0u32..4).prop_map(|(m, scale, size)| {
            // mostly small mantissas, as typed; sometimes any 64-bit one
            let m = match size {
                0 => m % 1_000,
                1 => m % 1_000_000,
                2 => m % 10_000_000_000,
                _ => m,
            };
            Decimal::new(m, scale)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn percent_equals_the_division(a in figure(), b in figure()) {
            match (percent(a, b), by_division(a, b)) {
                (Some(p), Some(q)) => prop_assert!(same(p, q), "{a}/{b}: {p} against {q}"),
                (p, q) => prop_assert_eq!(p, q, "{}/{}", a, b),
            }
        }

        /// Near a midpoint: a numerator one off an exact half-hundredth of the denominator.
        #[test]
        fn near_midpoints_round_alike(b in 1i64..1_000_000_000_000, j in 0i64..1_000_000, off in -2i64..=2, scale in 0u32..6) {
            // num / den × 10^4 = j + 1/2 + off / (2b)
            let num = Decimal::from_i128_with_scale((2 * i128::from(j) + 1) * i128::from(b) + i128::from(off), scale + 4);
            let den = Decimal::new(2 * b, scale);
            let (p, q) = (percent(num, den), by_division(num, den));
            prop_assert!(p.zip(q).is_some_and(|(p, q)| same(p, q)), "{num}/{den}: {p:?} against {q:?}");
        }
    }
}
