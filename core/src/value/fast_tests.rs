//! The fast path (`fast`) against the general parser: where the fast path answers, the two
//! answers are the same to the last field (compared through `Debug`, which shows each
//! decimal's scale), and the common shapes do take the fast path.

use proptest::prelude::*;

use super::fast;
use super::parse::parse_general;

/// `Some(general)` when the fast path answered and agrees; panics when it disagrees.
fn agree(text: &str) -> bool {
    let general = format!("{:?}", parse_general(text));
    match fast::parse(text) {
        Some(v) => {
            assert_eq!(format!("{v:?}"), general, "{text:?}");
            true
        }
        None => false,
    }
}

#[test]
fn common_shapes_take_the_fast_path() {
    for text in [
        "24.220 orang",
        "61,47 %",
        "61,47%",
        "Rp. 46.821 (juta)",
        "Rp.46.821 (juta)",
        "Rp 46.821",
        "1.234,5",
        "1,234.5",
        "24,450",
        "518",
        "0,034",
        "100%",
        "1 Laporan Triwulan",
        "3 Kop%",
        "5 %%",
        "12 (orang)",
        "45 persen",
        "694,29 M",
        "1.555 Jt",
        "  7 unit  ",
        "7 unit (juta)",
        "2 orang/badan usaha",
        "IDR 1.000.000",
        "12.5 juta rupiah",
        "0.000",
        "007",
    ] {
        assert!(agree(text), "{text:?} did not take the fast path");
    }
}

#[test]
fn other_shapes_go_to_the_general_parser() {
    for text in [
        "-5",
        "+5",
        "- orang",
        "1.234.56",
        "2.119.2015.485",
        "5.",
        "Rp. 1.555,-",
        "Rp. 45.865. 000,-",
        "4 BPR/12 LKM",
        "5 - 10",
        "45WUB",
        "11`,76%",
        "'100",
        "(5)",
        "TAHUN 2016",
        "1 234 567",
        ".5",
        "Rp .5",
        "5 m2",
        "5 ()",
        "5 (a (b)",
        "5 juta M",
        "1234567890123456",
        "24\u{00a0}orang",
        "5 /orang",
        "",
        "B",
        "Nihil",
    ] {
        assert!(!agree(text), "{text:?} took the fast path");
    }
}

fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A figure as agencies type it: either convention, grouped or not, with decimals or not, or
/// digits and separators at random.
fn figure() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            0u64..10_000_000_000,
            any::<bool>(),
            any::<bool>(),
            0usize..5
        )
            .prop_map(|(n, indonesian, group, decimals)| {
                let (g, d) = if indonesian { ('.', ',') } else { (',', '.') };
                let mut s = if group { grouped(n, g) } else { n.to_string() };
                if decimals > 0 {
                    s.push(d);
                    s.push_str(&format!("{:0>w$}", n % 10_000, w = decimals)[..decimals]);
                }
                s
            }),
        "[0-9]{1,4}([.,][0-9]{1,4}){0,4}",
        "[0-9]{14,18}",
    ]
}

fn before() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "", "", "", "Rp", "Rp.", "Rp. ", "Rp ", "rp.", "RP ", "IDR ", "Rp.  ", "juta ", "Rp (",
        "(", "-", "+", " ", "'", "Rp. -", "M ", "Rp .", "orang ", "Rp Rp ", ". ",
    ])
    .prop_map(str::to_string)
}

fn after_part() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        " orang",
        "%",
        " %",
        " persen",
        " (juta)",
        " (Juta)",
        " juta",
        " M",
        " T",
        " Rp",
        " ,-",
        ",-",
        " orang/badan usaha",
        " Laporan Triwulan",
        " Kop",
        " (orang)",
        " (Rp)",
        " jt",
        "  orang",
        " unit",
        ")",
        " (",
        " Kec.",
        " m2",
        " 2",
        "orang",
        " ()",
        " (%)",
        " (ribu juta)",
        " (M)",
        " (juta",
        " juta)",
        " x",
        " ribu",
        " Miliar",
        "(juta)",
        " .",
        " /",
        " -",
        " (Rp. juta)",
        " (% )",
        " % ",
        " rupiah",
        " persen)",
        "`",
        "'",
        " (a (b))",
        " kali/tahun",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// Generated figure texts: the fast path, where it answers, gives the general answer.
    #[test]
    fn fast_path_agrees_on_figures(
        lead in prop::sample::select(vec!["", " ", "  "]),
        pre in before(),
        fig in figure(),
        parts in prop::collection::vec(after_part(), 0..4),
        trail in prop::sample::select(vec!["", " "]),
    ) {
        let text = format!("{lead}{pre}{fig}{}{trail}", parts.concat());
        agree(&text);
    }

    /// Any short text over the characters of typed figures.
    #[test]
    fn fast_path_agrees_on_anything(text in "[ Rp.,0-9%()a-zA-Z/-]{0,18}") {
        agree(&text);
    }
}
