//! Real cell texts from the two seed documents, and what they must read as.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::*;

fn q(v: &str) -> Quantity {
    let value = Decimal::from_str(v).expect("test literal");
    Quantity {
        value,
        decimals: value.scale(),
        unit: None,
        percent: false,
        money: false,
        scale: Scale::Satuan,
        separators: Separators::None,
        grouping: None,
        notes: Box::default(),
    }
}

/// Builders for expected quantities.
trait Build {
    fn unit(self, u: &str) -> Self;
    fn pct(self) -> Self;
    fn money(self) -> Self;
    fn scale(self, s: Scale) -> Self;
    /// Indonesian convention
    fn ind(self) -> Self;
    /// English convention
    fn eng(self) -> Self;
    fn grp(self, c: char) -> Self;
    fn note(self, n: Note) -> Self;
}

impl Build for Quantity {
    fn unit(mut self, u: &str) -> Self {
        self.unit = Some(u.into());
        self
    }
    fn pct(mut self) -> Self {
        self.percent = true;
        self
    }
    fn money(mut self) -> Self {
        self.money = true;
        self
    }
    fn scale(mut self, s: Scale) -> Self {
        self.scale = s;
        self
    }
    fn ind(mut self) -> Self {
        self.separators = Separators::Indonesian;
        self
    }
    fn eng(mut self) -> Self {
        self.separators = Separators::English;
        self
    }
    fn grp(mut self, c: char) -> Self {
        self.grouping = Some(c);
        self
    }
    fn note(mut self, n: Note) -> Self {
        let mut notes = self.notes.into_vec();
        notes.push(n);
        self.notes = notes.into();
        self
    }
}

fn num(q: Quantity) -> Value {
    Value::Number(q)
}

/// `x.yyy` with a single separator: both readings, with the same markup.
fn amb(text: &str, f: impl Fn(Quantity) -> Quantity) -> Value {
    let sep = if text.contains(',') { ',' } else { '.' };
    let digits: String = text.chars().filter(|c| *c != sep).collect();
    let grouped = q(&digits).grp(sep);
    let grouped = if sep == '.' {
        grouped.ind()
    } else {
        grouped.eng()
    };
    let decimal = q(&text.replace(',', "."));
    let decimal = if sep == ',' {
        decimal.ind()
    } else {
        decimal.eng()
    };
    Value::Ambiguous {
        grouped: f(grouped),
        decimal: f(decimal),
    }
}

fn id(q: Quantity) -> Quantity {
    q
}

fn text(t: &str) -> Value {
    Value::Text(t.to_string())
}

fn dash(unit: Option<&str>) -> Value {
    Value::Dash {
        unit: unit.map(str::to_string),
    }
}

fn check(cases: Vec<(&str, Value)>) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let got = parse(input);
        if got != expected {
            failures.push(format!(
                "{input:?}\n   got      {got:?}\n   expected {expected:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Banjar 2013–2016 (seed 003): every kind of value its tables hold.
#[test]
fn banjar_seed_003() {
    use Scale::*;
    let juta = |q: Quantity| q.money().scale(Juta);
    let orang = |q: Quantity| q.unit("orang");
    let obu = |q: Quantity| q.unit("orang/badan usaha");
    check(vec![
        // 2016, value and unit in one cell
        ("62,50 %", num(q("62.50").pct().ind())),
        ("62,87 %", num(q("62.87").pct().ind())),
        ("100,59", num(q("100.59").ind())),
        ("19.393 orang", amb("19.393", orang)),
        ("26.847 orang", amb("26.847", orang)),
        ("138,44", num(q("138.44").ind())),
        ("Rp. 46.821 (juta)", amb("46.821", juta)),
        ("Rp. 64.184 (juta)", amb("64.184", juta)),
        ("137,09", num(q("137.09").ind())),
        ("5 unit", num(q("5").unit("unit"))),
        ("Rp. 118.600 (juta)", amb("118.600", juta)),
        ("474,4", num(q("474.4").ind())),
        ("35.150 orang/badan usaha", amb("35.150", obu)),
        ("150 orang/badan usaha", num(obu(q("150")))),
        ("93,33", num(q("93.33").ind())),
        ("300 orang", num(orang(q("300")))),
        ("1.555 orang", amb("1.555", orang)),
        ("518", num(q("518"))),
        ("0 orang", num(orang(q("0")))),
        ("0,25 %", num(q("0.25").pct().ind())),
        ("0,20 %", num(q("0.20").pct().ind())),
        (
            "8 orang / badan usaha",
            num(q("8").unit("orang / badan usaha")),
        ),
        ("3 kegiatan", num(q("3").unit("kegiatan"))),
        ("1 tahun", num(q("1").unit("tahun"))),
        ("2 buah", num(q("2").unit("buah"))),
        ("100%", num(q("100").pct())),
        ("10 laporan", num(q("10").unit("laporan"))),
        (
            "Rp. 2.165.319.100",
            num(q("2165319100").money().ind().grp('.')),
        ),
        (
            "Rp. 2.114.446.240",
            num(q("2114446240").money().ind().grp('.')),
        ),
        // 2015, value and unit in two cells
        ("140", num(q("140"))),
        ("unit", text("unit")),
        ("101,42", num(q("101.42").ind())),
        ("%", text("%")),
        ("61,47", num(q("61.47").ind())),
        ("87,81", num(q("87.81").ind())),
        ("80,00", num(q("80.00").ind())),
        ("24,450", amb("24,450", id)),
        ("26,870", amb("26,870", id)),
        ("109,10", num(q("109.10").ind())),
        ("14,467", amb("14,467", id)),
        ("129,22", num(q("129.22").ind())),
        ("44,000", amb("44,000", id)),
        ("Rp. (juta)", text("Rp. (juta)")),
        ("orang/badan usaha", text("orang/badan usaha")),
        ("2453", num(q("2453"))),
        ("2,492", amb("2,492", id)),
        ("60,000", amb("60,000", id)),
        ("34,83", num(q("34.83").ind())),
        (
            "4 BPR/12 LKM",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("4").unit("BPR"),
                second: q("12").unit("LKM"),
            }),
        ),
        ("1,425", amb("1,425", id)),
        ("123,33", num(q("123.33").ind())),
        ("316,67", num(q("316.67").ind())),
        ("instansi", text("instansi")),
        (
            "Rp. 2.568.891.300",
            num(q("2568891300").money().ind().grp('.')),
        ),
        (
            "Rp. 2.422.729.129",
            num(q("2422729129").money().ind().grp('.')),
        ),
        // 2014
        ("24,350", amb("24,350", id)),
        ("27", num(q("27"))),
        ("9,79", num(q("9.79").ind())),
        (
            "4 BPR/15 LKM",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("4").unit("BPR"),
                second: q("15").unit("LKM"),
            }),
        ),
        (
            "Rp. 2.119.2015.485",
            Value::Unreadable(Unreadable::MalformedGroups {
                text: "2.119.2015.485".to_string(),
            }),
        ),
        // 2013
        ("130 unit", num(q("130").unit("unit"))),
        ("58 %", num(q("58").pct())),
        ("24.220 orang", amb("24.220", orang)),
        ("195.000 Rp. (juta)", amb("195.000", juta)),
        ("41.262 Rp. (juta)", amb("41.262", juta)),
        ("6.539 orang/badan usaha", amb("6.539", obu)),
        (
            "55,000,000 Rp. (juta)",
            num(juta(q("55000000").eng().grp(','))),
        ),
        ("- Rp. (juta)", dash(Some("Rp. (juta)"))),
        ("- unit", dash(Some("unit"))),
        ("12,5", num(q("12.5").ind())),
        ("6 orang / koperasi", num(q("6").unit("orang / koperasi"))),
        ("4 triwulan", num(q("4").unit("triwulan"))),
        (
            "Rp. 1.611.865.497",
            num(q("1611865497").money().ind().grp('.')),
        ),
        // 2016 with Renstra
        ("61.47%", num(q("61.47").pct().eng())),
        ("19,368 orang", amb("19,368", orang)),
        ("Rp. 46.621 (juta)", amb("46.621", juta)),
        ("137.09", num(q("137.09").eng())),
        ("31,150 orang/badan usaha", amb("31,150", obu)),
        ("31.15 orang/badan usaha", num(obu(q("31.15").eng()))),
        ("88.62", num(q("88.62").eng())),
        ("0%", num(q("0").pct())),
        ("67.50%", num(q("67.50").pct().eng())),
        ("134.22", num(q("134.22").eng())),
        ("56.48", num(q("56.48").eng())),
        ("0.034", num(q("0.034").eng())),
        ("1,50 %", num(q("1.50").pct().ind())),
        ("68 orang/badan us", num(q("68").unit("orang/badan us"))),
        ("1.163 orang", amb("1.163", orang)),
        // titles, labels, names: text
        ("TAHUN 2016", text("TAHUN 2016")),
        (
            "Martapura, 31 Desember 2016",
            text("Martapura, 31 Desember 2016"),
        ),
        (
            "NIP. 19600512 198503 1 025",
            text("NIP. 19600512 198503 1 025"),
        ),
        (
            "Jumlah Anggaran Kegiatan Tahun 2016 : Rp. 2.165.319.100",
            text("Jumlah Anggaran Kegiatan Tahun 2016 : Rp. 2.165.319.100"),
        ),
        ("Ir. ACHMAD SUPRAPTO", text("Ir. ACHMAD SUPRAPTO")),
        ("(1)", num(q("1"))),
        ("(5)", num(q("5"))),
    ]);
}

/// Bone 2020 (seed 000).
#[test]
fn bone_seed_000() {
    use Scale::*;
    let lt = |n: &str| num(q(n).unit("Laporan Triwulan"));
    let rp = |n: &str| num(q(n).money().ind().grp('.'));
    check(vec![
        ("694,29 M", num(q("694.29").ind().scale(Miliar))),
        ("248,71 M", num(q("248.71").ind().scale(Miliar))),
        ("80%", num(q("80").pct())),
        ("1 Laporan Triwulan", lt("1")),
        ("4 Laporan Triwulan", lt("4")),
        ("90 UM", num(q("90").unit("UM"))),
        ("900 UM", num(q("900").unit("UM"))),
        ("Rp. 45.865.000,-", rp("45865000")),
        ("Rp. 60.525.000,-", rp("60525000")),
        ("Rp. 5.000.000,-", rp("5000000")),
        ("Rp. 108.076.800,-", rp("108076800")),
        ("Rp.150.825.000 ,-", rp("150825000")),
        ("Rp.346.909.800 ,-", rp("346909800")),
        ("Rp.25.550.000 ,-", rp("25550000")),
        ("Rp. 0,-", num(q("0").money())),
        ("99,86%", num(q("99.86").pct().ind())),
        ("99,50%", num(q("99.50").pct().ind())),
        ("11,76%", num(q("11.76").pct().ind())),
        (
            "11`,76%",
            num(q("11.76").pct().ind().note(Note::StrayCharacter('`'))),
        ),
        ("2,50%", num(q("2.50").pct().ind())),
        ("5,90%", num(q("5.90").pct().ind())),
        ("8,80%", num(q("8.80").pct().ind())),
        ("34,50%", num(q("34.50").pct().ind())),
        ("85,19%", num(q("85.19").pct().ind())),
        (
            "45WUB",
            num(q("45").unit("WUB").note(Note::NoSpaceBeforeUnit)),
        ),
        (
            "40WUB",
            num(q("40").unit("WUB").note(Note::NoSpaceBeforeUnit)),
        ),
        ("3 KOP", num(q("3").unit("KOP"))),
        ("3 Kop%", num(q("3").unit("Kop").note(Note::PercentOnCount))),
        ("10 kop", num(q("10").unit("kop"))),
        ("12 Koperasi", num(q("12").unit("Koperasi"))),
        ("B", Value::Grade(Grade::B)),
        ("-", dash(None)),
        ("1  Kegiatan", num(q("1").unit("Kegiatan"))),
        ("1 kegiatan", num(q("1").unit("kegiatan"))),
        ("25 Orang", num(q("25").unit("Orang"))),
        ("100 Orang", num(q("100").unit("Orang"))),
        ("12 rek", num(q("12").unit("rek"))),
        ("12 paket", num(q("12").unit("paket"))),
        ("12 kali", num(q("12").unit("kali"))),
        ("81 Kali", num(q("81").unit("Kali"))),
        ("2 dok", num(q("2").unit("dok"))),
        ("9 keg", num(q("9").unit("keg"))),
        ("3 Keg", num(q("3").unit("Keg"))),
        ("64%", num(q("64").pct())),
        ("TW 1 (B03)", text("TW 1 (B03)")),
        (
            "Kepala Seksi Fasilitasi Usaha Mikro",
            text("Kepala Seksi Fasilitasi Usaha Mikro"),
        ),
        (
            "Watampone, 31 Desember 2020",
            text("Watampone, 31 Desember 2020"),
        ),
    ]);
}

/// Forms from the rules that the seeds do not show.
#[test]
fn other_forms() {
    use Scale::*;
    let garbled = |t: &str| {
        Value::Unreadable(Unreadable::Garbled {
            text: t.to_string(),
        })
    };
    let malformed = |t: &str| {
        Value::Unreadable(Unreadable::MalformedGroups {
            text: t.to_string(),
        })
    };
    check(vec![
        ("", Value::Empty),
        ("  \u{a0}\t", Value::Empty),
        ("–", dash(None)),
        ("—", dash(None)),
        ("\u{2212}", dash(None)),
        ("- - -", dash(None)),
        ("-%", dash(Some("%"))),
        ("Rp -", dash(Some("Rp"))),
        ("Rp. - ,-", dash(Some("Rp. ,-"))),
        ("-5", num(q("-5"))),
        ("-1.234,5", num(q("-1234.5").ind().grp('.'))),
        ("+7", num(q("7"))),
        ("- 5", garbled("- 5")),
        ("–5", garbled("–5")),
        ("\u{2212}5", garbled("\u{2212}5")),
        ("１２", garbled("１２")),
        ("12a34", garbled("12a34")),
        ("> 80%", garbled("> 80%")),
        ("1e10", garbled("1e10")),
        ("1 2 3", garbled("1 2 3")),
        ("12`34", garbled("12`34")),
        ("1.2.3", malformed("1.2.3")),
        ("1,234,56", malformed("1,234,56")),
        ("1.234,567.8", malformed("1.234,567.8")),
        ("AA", Value::Grade(Grade::AA)),
        ("CC ", Value::Grade(Grade::CC)),
        ("D", Value::Grade(Grade::D)),
        ("b", text("b")),
        ("B B", text("B B")),
        // words saying a figure is not there read as a dash
        ("Nihil", Value::Dash { unit: None }),
        ("Tidak ada data", Value::Dash { unit: None }),
        ("1 234 567", num(q("1234567").grp(' '))),
        ("1\u{a0}234", num(q("1234").grp(' '))),
        ("1 234,5", num(q("1234.5").ind().grp(' '))),
        // grouped by apostrophes (a Swiss-style Excel): one separator throughout
        ("50'000'000'000", num(q("50000000000").grp('\''))),
        ("1\u{2019}284", num(q("1284").grp('\u{2019}'))),
        ("-12'345,5", num(q("-12345.5").ind().grp('\''))),
        ("12'34", garbled("12'34")),
        ("1'234 567", garbled("1'234 567")),
        // a level on a scale, its word before the figure
        ("Level 3", num(q("3").unit("Level"))),
        ("level 2,5", num(q("2.5").ind().unit("level"))),
        ("Level III", text("Level III")),
        // a superscript footnote number after a figure
        ("14²", num(q("14"))),
        ("271 ¹", num(q("271"))),
        ("62,50\u{a0}%", num(q("62.50").pct().ind())),
        ("1.234,56", num(q("1234.56").ind().grp('.'))),
        ("1,234.56", num(q("1234.56").eng().grp(','))),
        ("1.234,567", num(q("1234.567").ind().grp('.'))),
        ("Rp. 1.555,-", num(q("1555").money().ind().grp('.'))),
        ("Rp 1.555,00", num(q("1555.00").money().ind().grp('.'))),
        ("IDR 2.000.000", num(q("2000000").money().ind().grp('.'))),
        ("5.000,-", num(q("5000").money().ind().grp('.'))),
        ("1,5,-", num(q("1.5").money().ind())),
        ("Rp 1,555", amb("1,555", |q| q.money())),
        ("Rp. 1,555,-", amb("1,555", |q| q.money())),
        (
            "Rp. 45.865. 000,-",
            num(q("45865000")
                .money()
                .ind()
                .grp('.')
                .note(Note::SpaceInsideMoney)),
        ),
        ("24. 220", garbled("24. 220")),
        ("5M", num(q("5").scale(Miliar))),
        ("5 Jt", num(q("5").scale(Juta))),
        ("5 jt", num(q("5").scale(Juta))),
        ("2 T", num(q("2").scale(Triliun))),
        ("3 Milyar", num(q("3").scale(Miliar))),
        ("7 ribu", num(q("7").scale(Ribu))),
        ("46.821 (juta)", amb("46.821", |q| q.money().scale(Juta))),
        ("Rp 5 (juta)", num(q("5").money().scale(Juta))),
        ("5 M juta", garbled("5 M juta")),
        ("5 m", num(q("5").unit("m"))),
        ("100 m2", num(q("100").unit("m2"))),
        ("50 persen", num(q("50").pct())),
        ("5%%", num(q("5").pct().note(Note::StrayCharacter('%')))),
        (".5", num(q("0.5").eng())),
        ("5.", num(q("5").note(Note::StrayCharacter('.')))),
        ("'100", num(q("100").note(Note::StrayCharacter('\'')))),
        (
            "10kali",
            num(q("10").unit("kali").note(Note::NoSpaceBeforeUnit)),
        ),
        (
            "5 - 10",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("5"),
                second: q("10"),
            }),
        ),
        (
            "100 % / 7 buah",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("100").pct(),
                second: q("7").unit("buah"),
            }),
        ),
        (
            "5 unit (100%)",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("5").unit("unit"),
                second: q("100").pct(),
            }),
        ),
        ("5)", garbled("5)")),
        ("5 %)", garbled("5 %)")),
        ("5 -", garbled("5 -")),
        ("12 `", num(q("12").note(Note::StrayCharacter('`')))),
        (
            "3 dari 5",
            Value::Unreadable(Unreadable::TwoFigures {
                first: q("3"),
                second: q("5"),
            }),
        ),
        ("31/12/2016", garbled("31/12/2016")),
        // a rate's base is part of the unit, not a second figure
        ("90 per 100.000 KH", num(q("90").unit("per 100.000 KH"))),
        (
            "7,6 kasus per 1.000 KH",
            num(q("7.6").ind().unit("kasus per 1.000 KH")),
        ),
        ("0,0001", num(q("0.0001").ind())),
        ("2453,500", num(q("2453.500").ind())),
        ("00,125", num(q("0.125").ind())),
        (
            "12345678901234567890123456789012",
            garbled("12345678901234567890123456789012"),
        ),
        ("99999999999999999999 T", garbled("99999999999999999999 T")),
    ]);
}

#[test]
fn decimals_as_written() {
    let d = |t: &str| parse(t).quantity().map(|q| q.decimals);
    assert_eq!(d("109,10"), Some(2));
    assert_eq!(d("518"), Some(0));
    assert_eq!(d("24.220.000"), Some(0));
    assert_eq!(d("0.034"), Some(3));
    assert_eq!(d("Rp. 45.865.000,-"), Some(0));
}

#[test]
fn scaled_values() {
    let s = |t: &str| parse(t).quantity().map(Quantity::scaled);
    assert_eq!(s("694,29 M"), Some(Decimal::from(694_290_000_000u64)));
    assert_eq!(
        s("55,000,000 Rp. (juta)"),
        Some(Decimal::from(55_000_000_000_000u64))
    );
    assert_eq!(s("7 ribu"), Some(Decimal::from(7000)));
}

fn learn_all(texts: &[&str]) -> SeparatorUse {
    let mut column = SeparatorUse::default();
    for t in texts {
        column.learn(&parse(t));
    }
    column
}

fn readings(text: &str) -> (Quantity, Quantity) {
    match parse(text) {
        Value::Ambiguous { grouped, decimal } => (grouped, decimal),
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn learning_separators() {
    // the % column of Banjar 2015
    let column = learn_all(&[
        "101,42", "87,81", "80,00", "109,10", "129,22", "112,69", "155,46", "101,59", "106,86",
        "147,84", "34,83", "160", "100", "1,425", "123,33", "126",
    ]);
    assert_eq!(
        column,
        SeparatorUse {
            comma_decimal: 12,
            ..SeparatorUse::default()
        }
    );
    let column = learn_all(&[
        "Rp. 2.165.319.100",
        "55,000,000",
        "137.09",
        "1.234,5",
        "2453",
        "-",
    ]);
    assert_eq!(
        column,
        SeparatorUse {
            comma_decimal: 1,
            comma_grouping: 1,
            dot_decimal: 1,
            dot_grouping: 2,
        }
    );
    let two = learn_all(&["4 BPR/1.234 LKM", "4 BPR/1.234.567 LKM"]);
    assert_eq!(two, SeparatorUse::default());
}

#[test]
fn resolving() {
    let none = SeparatorUse::default();
    let pct_column = learn_all(&["101,42", "87,81", "109,10"]);

    // a count unit decides
    let (g, d) = readings("19,368 orang");
    assert_eq!(resolve(&g, &d, &pct_column), Resolution::Sure(g.clone()));
    assert_eq!(g.value, Decimal::from(19368));
    // money decides
    let (g, d) = readings("Rp. 46.821 (juta)");
    assert_eq!(resolve(&g, &d, &none), Resolution::Sure(g.clone()));
    assert_eq!(g.scaled(), Decimal::from(46_821_000_000u64));
    // a unit from its own cell
    let (g, d) = readings("1,425");
    let unit = read_markup("unit").expect("a unit");
    let (g2, d2) = (g.clone().with_markup(&unit), d.clone().with_markup(&unit));
    assert_eq!(resolve(&g2, &d2, &pct_column), Resolution::Sure(g2.clone()));
    assert_eq!(g2.value, Decimal::from(1425));

    // the % column of Banjar 2015 writes `,` only as a decimal mark
    match resolve(&g, &d, &pct_column) {
        Resolution::StillAmbiguous {
            chosen,
            other,
            basis,
        } => {
            assert_eq!(chosen.value, Decimal::from_str("1.425").unwrap());
            assert_eq!(other.value, Decimal::from(1425));
            assert_eq!(basis, Basis::Column);
        }
        r => panic!("{r:?}"),
    }
    // a column that groups with `,`
    let eng = learn_all(&["55,000,000", "2,492,000"]);
    let r = resolve(&g, &d, &eng);
    assert_eq!(r.quantity().value, Decimal::from(1425));
    assert!(matches!(
        r,
        Resolution::StillAmbiguous {
            basis: Basis::Column,
            ..
        }
    ));
    // a column that only uses `.` as a decimal mark: `,` groups
    let dots = learn_all(&["137.09", "88.62"]);
    let r = resolve(&g, &d, &dots);
    assert_eq!(r.quantity().value, Decimal::from(1425));
    assert!(matches!(
        r,
        Resolution::StillAmbiguous {
            basis: Basis::ColumnOtherSeparator,
            ..
        }
    ));
    // no evidence: the Indonesian reading
    let r = resolve(&g, &d, &none);
    assert_eq!(r.quantity().value, Decimal::from_str("1.425").unwrap());
    assert!(matches!(
        r,
        Resolution::StillAmbiguous {
            basis: Basis::Convention,
            ..
        }
    ));
    let (g, d) = readings("1.555");
    let r = resolve(&g, &d, &none);
    assert_eq!(r.quantity().value, Decimal::from(1555));
    assert!(!r.is_sure());
    // evidence both ways: the convention
    let mixed = learn_all(&["1,5", "1,234,567"]);
    let (g, d) = readings("24,450");
    assert!(matches!(
        resolve(&g, &d, &mixed),
        Resolution::StillAmbiguous {
            basis: Basis::Convention,
            ..
        }
    ));
    // Value::resolved
    assert!(parse("518").resolved(&none).is_some_and(|r| r.is_sure()));
    assert!(parse("-").resolved(&none).is_none());
}

#[test]
fn serializes() {
    let json = serde_json::to_value(parse("Rp. 45.865.000,-")).expect("json");
    assert_eq!(json["number"]["value"], "45865000");
    assert_eq!(json["number"]["money"], true);
    assert_eq!(json["number"]["separators"], "indonesian");
    let json = serde_json::to_value(parse("B")).expect("json");
    assert_eq!(json["grade"], "B");
    let json = serde_json::to_value(parse("11`,76%")).expect("json");
    assert_eq!(json["number"]["notes"][0]["stray_character"], "`");
}

#[test]
fn a_footnote_mark_after_a_figure_is_not_part_of_it() {
    assert_eq!(parse("98,5*"), parse("98,5"));
    assert_eq!(parse("100 **)"), parse("100"));
    assert_eq!(parse("95 *)"), parse("95"));
    assert_eq!(parse("24.220 orang*"), parse("24.220 orang"));
    // a mark alone, or inside, is no footnote of a figure
    assert!(matches!(parse("*"), Value::Text(_)));
    assert!(!matches!(parse("5*3"), Value::Number(_)));
}

#[test]
fn words_saying_a_figure_is_not_there_read_as_a_dash() {
    for t in [
        "belum ada data",
        "Belum Ada Data",
        "n/a",
        "N/A",
        "(data belum tersedia)",
        "nihil",
    ] {
        assert_eq!(parse(t), Value::Dash { unit: None }, "{t}");
    }
    // the realisasi of an Ada / Tidak ada indicator stays words
    for t in [
        "Tidak ada",
        "Belum ada",
        "Ada",
        "Tersedia",
        "Belum tersedia",
        "Tidak tersedia",
    ] {
        assert!(matches!(parse(t), Value::Text(_)), "{t}");
    }
}

#[test]
fn per_mille_is_a_unit_word() {
    // a hospital's death rates: `22,1 ‰`, `25‰`, a bound `≤ 25 ‰`
    for (text, value) in [("22,1 ‰", "22.1"), ("25‰", "25")] {
        match parse(text) {
            Value::Number(q) => {
                assert_eq!(q.value.to_string(), value, "{text}");
                assert_eq!(q.unit.as_deref(), Some("permil"), "{text}");
                assert!(!q.percent, "{text}");
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    let b = crate::value::bound("≤ 25 ‰").expect("a bound");
    assert_eq!(b.high.map(|q| q.value.to_string()), Some("25".to_string()));
}
