//! Properties of `rakit::value::parse`: it never panics, and figures written in either
//! convention read back exactly.

use proptest::prelude::*;
use rakit::value::{parse, resolve, Quantity, SeparatorUse, Separators, Unreadable, Value};
use rust_decimal::Decimal;

/// Digits of `|d|` split into integer and decimal parts, the decimals as the scale says.
fn digits(d: Decimal) -> (String, String) {
    let scale = d.scale() as usize;
    let mut all = d.mantissa().unsigned_abs().to_string();
    while all.len() <= scale {
        all.insert(0, '0');
    }
    let (int, frac) = all.split_at(all.len() - scale);
    (int.to_string(), frac.to_string())
}

fn group(int: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `1.234.567,89`, or `1,234,567.89` when `english`.
fn format(d: Decimal, english: bool) -> String {
    let (int, frac) = digits(d);
    let (g, m) = if english { (',', '.') } else { ('.', ',') };
    let mut s = String::new();
    if d.is_sign_negative() && !d.is_zero() {
        s.push('-');
    }
    s.push_str(&group(&int, g));
    if !frac.is_empty() {
        s.push(m);
        s.push_str(&frac);
    }
    s
}

fn check_quantity(q: &Quantity) {
    assert_eq!(q.value.scale(), q.decimals);
    assert_eq!(q.value.checked_mul(q.scale.factor()), Some(q.scaled()));
    let _ = q.decimal_mark();
}

/// Invariants that hold for whatever `parse` returns.
fn check_value(v: &Value) {
    match v {
        Value::Number(q) => check_quantity(q),
        Value::Ambiguous { grouped, decimal } => {
            check_quantity(grouped);
            check_quantity(decimal);
            assert_eq!(grouped.decimals, 0);
            assert_eq!(decimal.decimals, 3);
            assert_ne!(grouped.separators, Separators::None);
            for column in [
                SeparatorUse::default(),
                SeparatorUse {
                    comma_decimal: 1,
                    ..SeparatorUse::default()
                },
            ] {
                let _ = resolve(grouped, decimal, &column);
            }
        }
        Value::Unreadable(Unreadable::TwoFigures { first, second }) => {
            check_quantity(first);
            check_quantity(second);
        }
        _ => {}
    }
    let mut column = SeparatorUse::default();
    column.learn(v);
    assert!(serde_json::to_string(v).is_ok(), "every value serializes");
}

fn decimal_up_to_4_places() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=4).prop_map(|(m, s)| Decimal::new(m, s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        check_value(&parse(&s));
    }

    #[test]
    fn never_panics_on_figure_like_strings(
        s in "[0-9.,%' `()/+\\-–—−\u{a0}RpMTjutaorng]{0,24}"
    ) {
        check_value(&parse(&s));
    }

    #[test]
    fn never_panics_on_mixed_strings(
        s in "(Rp\\.? ?)?-?[0-9]{0,4}([.,`][0-9]{0,4}){0,4} ?(%|M|Jt|\\(juta\\)|,-|orang|Kop%|[A-Z]{1,3}|/[0-9] ?LKM)?"
    ) {
        check_value(&parse(&s));
    }

    #[test]
    fn both_conventions_read_back(d in decimal_up_to_4_places(), english in any::<bool>()) {
        let text = format(d, english);
        match parse(&text) {
            Value::Number(q) => prop_assert_eq!(q.value, d, "{}", text),
            Value::Ambiguous { grouped, decimal } => {
                prop_assert!(grouped.value == d || decimal.value == d, "{}", text)
            }
            other => prop_assert!(false, "{} read as {:?}", text, other),
        }
    }

    #[test]
    fn rupiah_with_dash_is_money(n in any::<u64>()) {
        let d = Decimal::from(n);
        let text = format!("Rp. {},-", format(d, false));
        match parse(&text) {
            Value::Number(q) => {
                prop_assert!(q.money, "{}", text);
                prop_assert_eq!(q.value, d, "{}", text);
                prop_assert_eq!(q.decimals, 0);
            }
            other => prop_assert!(false, "{} read as {:?}", text, other),
        }
    }

    #[test]
    fn resolve_never_panics(
        text in "[1-9][0-9]{0,2}[.,][0-9]{3}( orang| unit| %|)",
        cd in 0u32..3, cg in 0u32..3, dd in 0u32..3, dg in 0u32..3,
    ) {
        let column = SeparatorUse {
            comma_decimal: cd,
            comma_grouping: cg,
            dot_decimal: dd,
            dot_grouping: dg,
        };
        match parse(&text) {
            Value::Ambiguous { grouped, decimal } => {
                let r = resolve(&grouped, &decimal, &column);
                let v = r.quantity().value;
                prop_assert!(v == grouped.value || v == decimal.value);
            }
            other => prop_assert!(false, "{} read as {:?}", text, other),
        }
    }
}
