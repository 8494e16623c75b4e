//! The comparison as one JSON document: every number a plain decimal string (`.` as the
//! decimal mark, no grouping), every figure with its source.
//!
//! The document is serialized straight from typed views of the [`Comparison`] (no
//! `serde_json::Value` tree in between). Their fields are declared in the order of their
//! keys' text, objects keyed by year are written in the order of the years' text, and absent
//! figures leave their key out, so the document is what a sorted map of the same keys gives.
//! The indicators, nearly all of the document, are written from the same views by hand
//! (`pretty::Out`): byte for byte what serializing them writes (a test compares), without
//! serde's escaping of every key.

mod pretty;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::{category, direction, Change, Comparison, Fig, Group, Outcome, Source};
use crate::i18n::Lang;
use crate::model::Polaritas;
use crate::rules::{RuleId, Severity};
use pretty::Out;

/// A number as a plain decimal string, written without an intermediate `String`.
#[derive(Clone, Copy)]
struct Num(Decimal);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 64];
        s.serialize_str(plain(self.0, &mut buf))
    }
}

/// The decimal as `Display` writes it once normalized (`-0.05`, `110.54`, `24220`), in
/// `buf`: the mantissa's digits (itoa) with the point put in by the scale.
fn plain(d: Decimal, buf: &mut [u8; 64]) -> &str {
    // ASCII digits, '-' and '.' only
    std::str::from_utf8(plain_bytes(d, buf)).unwrap_or("0")
}

/// [`plain`] as the bytes of its text.
fn plain_bytes(d: Decimal, buf: &mut [u8; 64]) -> &[u8] {
    let mut digits = itoa::Buffer::new();
    // most mantissas fit 64 bits: their trailing zeros are dropped (as normalizing drops
    // them) and their digits written quicker than 128 bits'
    let (digits, scale, negative) = match u64::try_from(d.mantissa().unsigned_abs()) {
        Ok(m) => {
            let (m, scale) = super::percent::without_trailing_zeros(m, d.scale());
            (digits.format(m), scale, d.is_sign_negative() && m != 0)
        }
        Err(_) => {
            let n = d.normalize();
            let negative = n.is_sign_negative() && n.mantissa() != 0;
            (
                digits.format(n.mantissa().unsigned_abs()),
                n.scale(),
                negative,
            )
        }
    };
    let (digits, scale) = (digits.as_bytes(), scale as usize);
    // at most 29 digits and a scale of at most 28: the sign, "0." and 28 places fit
    let mut len = 0;
    let mut put = |bytes: &[u8]| {
        buf[len..len + bytes.len()].copy_from_slice(bytes);
        len += bytes.len();
    };
    if negative {
        put(b"-");
    }
    if scale == 0 {
        put(digits);
    } else if digits.len() > scale {
        let (int, frac) = digits.split_at(digits.len() - scale);
        put(int);
        put(b".");
        put(frac);
    } else {
        put(b"0.");
        for _ in digits.len()..scale {
            put(b"0");
        }
        put(digits);
    }
    &buf[..len]
}

/// A match score with two decimals.
struct Score(f64);

impl Score {
    /// The score as `{:.2}` writes it, where it is in hundredths (0.00 to 1.00, as a
    /// verdict's score is already rounded): written from its hundredths, without formatting
    /// a float exactly.
    fn hundredths(&self) -> Option<[u8; 4]> {
        let hundredths = (self.0 * 100.0).round();
        ((0.0..=100.0).contains(&hundredths)
            && hundredths.is_sign_positive()
            && hundredths / 100.0 == self.0)
            .then(|| {
                let h = hundredths as u8;
                [b'0' + h / 100, b'.', b'0' + h / 10 % 10, b'0' + h % 10]
            })
    }

    /// The score as a JSON string.
    fn write(&self, out: &mut Out) {
        match self.hundredths() {
            Some(text) => {
                out.raw_bytes(b"\"");
                out.raw_bytes(&text);
                out.raw_bytes(b"\"");
            }
            None => out.str(&format!("{:.2}", self.0)),
        }
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.hundredths() {
            // ASCII digits and a point
            Some(text) => s.serialize_str(std::str::from_utf8(&text).unwrap_or_default()),
            None => s.collect_str(&format_args!("{:.2}", self.0)),
        }
    }
}

/// The input files' paths as JSON strings, escaped once per document: every cell's source
/// names its file.
struct Paths<'a>(FxHashMap<&'a str, Box<RawValue>>);

impl<'a> Paths<'a> {
    fn of(c: &'a Comparison) -> Paths<'a> {
        Paths(
            c.files
                .iter()
                .filter_map(|p| {
                    let raw = serde_json::to_string(p).ok()?;
                    Some((p.as_str(), RawValue::from_string(raw).ok()?))
                })
                .collect(),
        )
    }

    fn get(&'a self, path: &'a str) -> PathJson<'a> {
        match self.0.get(path) {
            Some(raw) => PathJson::Escaped(raw),
            None => PathJson::Text(path),
        }
    }
}

/// The capaian of every group's entries, worked out once per document (the budget's mean
/// and each year's figures both need it).
struct Capaians(Vec<Vec<Option<Decimal>>>);

impl Capaians {
    fn of(c: &Comparison) -> Capaians {
        Capaians(
            c.groups
                .iter()
                .map(|g| g.entries.iter().map(|e| super::capaian(e)).collect())
                .collect(),
        )
    }
}

/// A path: escaped before, or escaped where written.
#[derive(Clone, Copy)]
enum PathJson<'a> {
    Escaped(&'a RawValue),
    Text(&'a str),
}

impl Serialize for PathJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            PathJson::Escaped(raw) => raw.serialize(s),
            PathJson::Text(text) => s.serialize_str(text),
        }
    }
}

impl PathJson<'_> {
    fn write(&self, out: &mut Out) {
        match self {
            PathJson::Escaped(raw) => out.raw(raw.get()),
            PathJson::Text(text) => out.str(text),
        }
    }
}

/// Where a figure was read, with its cell.
#[derive(Serialize)]
struct CellJson<'a> {
    cell: super::collect::CellRef,
    path: PathJson<'a>,
    row: u32,
    sheet: &'a str,
}

impl CellJson<'_> {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        out.key("cell");
        out.cell(self.cell);
        place(out, self.path, self.row, self.sheet);
        out.close(b'}');
    }
}

/// The members `path`, `row` and `sheet` of a source, a cell's or a row's.
fn place(out: &mut Out, path: PathJson<'_>, row: u32, sheet: &str) {
    out.key("path");
    path.write(out);
    out.key("row");
    out.int(row);
    out.key("sheet");
    out.str(sheet);
}

fn cell<'a>(f: &'a Fig, paths: &'a Paths<'a>) -> CellJson<'a> {
    let s = &f.source;
    CellJson {
        cell: s.cell,
        path: paths.get(s.path()),
        row: s.row,
        sheet: s.sheet(),
    }
}

/// Where a year's row was read.
#[derive(Serialize)]
struct RowJson<'a> {
    path: PathJson<'a>,
    row: u32,
    sheet: &'a str,
}

impl RowJson<'_> {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        place(out, self.path, self.row, self.sheet);
        out.close(b'}');
    }
}

fn row<'a>(s: &'a Source, paths: &'a Paths<'a>) -> RowJson<'a> {
    RowJson {
        path: paths.get(s.path()),
        row: s.row,
        sheet: s.sheet(),
    }
}

fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Auto => "auto",
        Outcome::Confirm => "confirm",
        Outcome::None => "none",
    }
}

/// An object keyed by year, in the order of the keys' text (as a map keyed by the year
/// written out orders them); of two items of the same year the last one counts.
fn by_year<S: Serializer, T: Serialize>(s: S, items: Vec<(i32, T)>) -> Result<S::Ok, S::Error> {
    let items = in_year_order(items);
    let mut m = s.serialize_map(Some(items.len()))?;
    for (y, v) in &items {
        m.serialize_entry(y, v)?;
    }
    m.end()
}

/// [`by_year`] written by hand: `write` writes each item's value.
fn write_by_year<T>(out: &mut Out, items: Vec<(i32, T)>, mut write: impl FnMut(&mut Out, &T)) {
    out.open(b'{');
    for (y, v) in &in_year_order(items) {
        out.year_key(*y);
        write(out, v);
    }
    out.close(b'}');
}

/// The items in the order of their years' text, the last of the same year kept.
fn in_year_order<T>(mut items: Vec<(i32, T)>) -> Vec<(i32, T)> {
    // four-digit years in ascending order are already in text order, each year once
    let in_order = items.iter().all(|(y, _)| (1000..=9999).contains(y))
        && items.windows(2).all(|w| w[0].0 < w[1].0);
    if in_order {
        return items;
    }
    // stable: items of the same year keep their order, the last one is written
    items.sort_by_cached_key(|(y, _)| y.to_string());
    let mut kept: Vec<(i32, T)> = Vec::with_capacity(items.len());
    for item in items {
        match kept.last_mut() {
            Some(last) if last.0 == item.0 => *last = item,
            _ => kept.push(item),
        }
    }
    kept
}

/// The whole document.
#[derive(Serialize)]
struct Document<'a> {
    agencies: &'a [crate::compare::AgencyFiles],
    budget: Budget<'a>,
    files: &'a [String],
    findings: Findings<'a>,
    indicators: Indicators<'a>,
    matches: Matches<'a>,
    sheets_repeating_a_year: Vec<RepeatedJson<'a>>,
    sheets_without_year: NoYear<'a>,
    years: &'a [i32],
}

impl Document<'_> {
    /// What serializing it writes (a test compares): its members serialized, but for the
    /// indicators, written by hand.
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        out.key("agencies");
        out.serde(self.agencies);
        out.key("budget");
        out.serde(&self.budget);
        out.key("files");
        out.serde(self.files);
        out.key("findings");
        out.serde(&self.findings);
        out.key("indicators");
        self.indicators.write(out);
        out.key("matches");
        self.matches.write(out);
        out.key("sheets_repeating_a_year");
        out.serde(&self.sheets_repeating_a_year);
        out.key("sheets_without_year");
        out.serde(&self.sheets_without_year);
        out.key("years");
        out.serde(self.years);
        out.close(b'}');
    }
}

struct Budget<'a>(&'a Comparison, &'a Paths<'a>, &'a Capaians);

#[derive(Serialize)]
struct BudgetJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    anggaran: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    anggaran_source: Option<CellJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    capaian_rata_rata: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    efisiensi: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    realisasi: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    realisasi_source: Option<CellJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    serapan: Option<Num>,
}

impl Serialize for Budget<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, paths, caps) = (self.0, self.1, self.2);
        let items = c
            .budget
            .iter()
            .map(|(&y, b)| {
                let mean = c.mean_capaian_of(y, |gi, at| caps.0[gi][at]);
                let serapan = c.serapan(y);
                let v = BudgetJson {
                    anggaran: b.anggaran.as_ref().map(|a| Num(a.magnitude())),
                    anggaran_source: b.anggaran.as_ref().map(|f| cell(f, paths)),
                    capaian_rata_rata: mean.map(Num),
                    efisiensi: mean.zip(serapan).map(|(m, s)| Num(m - s)),
                    realisasi: b.realisasi.as_ref().map(|r| Num(r.magnitude())),
                    realisasi_source: b.realisasi.as_ref().map(|f| cell(f, paths)),
                    serapan: serapan.map(Num),
                };
                (y, v)
            })
            .collect();
        by_year(s, items)
    }
}

struct Findings<'a>(&'a Comparison, Lang);

#[derive(Serialize)]
struct FindingJson<'a> {
    code: RuleId,
    indicator: &'a str,
    message: String,
    name: &'static str,
    severity: Severity,
    year: i32,
}

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.findings.len()))?;
        for f in &self.0.findings {
            seq.serialize_element(&FindingJson {
                code: f.code,
                indicator: &f.indicator,
                message: f.message.render(self.1),
                name: f.name,
                severity: f.code.severity(),
                year: f.year,
            })?;
        }
        seq.end()
    }
}

struct Indicators<'a>(&'a Comparison, Lang, &'a Paths<'a>, &'a Capaians);

#[derive(Serialize)]
struct IndicatorJson<'a> {
    #[serde(rename = "match")]
    outcome: &'static str,
    name: &'a str,
    names: Names<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    renstra: Option<RenstraJson<'a>>,
    unit: Option<&'a str>,
    years: Years<'a>,
}

#[derive(Serialize)]
struct RenstraJson<'a> {
    capaian: Option<Num>,
    end: Option<i32>,
    source: CellJson<'a>,
    status: Option<&'static str>,
    target_akhir: Num,
    year: i32,
}

impl Indicators<'_> {
    /// Each group's view, in order.
    fn each(&self, mut f: impl FnMut(&IndicatorJson<'_>)) {
        let (c, lang, paths, caps) = (self.0, self.1, self.2, self.3);
        for (g, caps) in c.groups.iter().zip(&caps.0) {
            let renstra = c.renstra(g);
            f(&IndicatorJson {
                outcome: outcome(g.outcome),
                name: g.name(),
                names: Names(g),
                renstra: renstra.as_ref().map(|r| RenstraJson {
                    capaian: r.capaian.map(Num),
                    end: r.end,
                    source: cell(&r.target_akhir, paths),
                    status: r.status.map(|s| s.label(lang)),
                    target_akhir: Num(r.target_akhir.in_unit(g.unit_factor())),
                    year: r.year,
                }),
                unit: g.unit(),
                years: Years(g, lang, paths, caps),
            });
        }
    }

    /// The indicators written by hand (the longest part of the document, by far): what
    /// serializing them writes.
    fn write(&self, out: &mut Out) {
        out.open(b'[');
        self.each(|i| {
            out.item();
            i.write(out);
        });
        out.close(b']');
    }
}

impl Serialize for Indicators<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.groups.len()))?;
        let mut result = Ok(());
        self.each(|i| {
            if result.is_ok() {
                result = seq.serialize_element(i);
            }
        });
        result?;
        seq.end()
    }
}

impl IndicatorJson<'_> {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        out.key("match");
        out.str(self.outcome);
        out.key("name");
        out.str(self.name);
        out.key("names");
        write_by_year(out, self.names.items(), |out, name| out.str(name));
        if let Some(r) = &self.renstra {
            out.key("renstra");
            out.serde(r);
        }
        out.key("unit");
        out.opt_str(self.unit);
        out.key("years");
        write_by_year(out, self.years.items(), |out, y| y.write(out));
        out.close(b'}');
    }
}

/// A group's name in each year.
struct Names<'a>(&'a Group);

impl<'a> Names<'a> {
    fn items(&self) -> Vec<(i32, &'a str)> {
        self.0
            .entries
            .iter()
            .map(|e| (e.year, e.name.as_str()))
            .collect()
    }
}

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        by_year(s, self.items())
    }
}

/// A group's figures in each year.
struct Years<'a>(&'a Group, Lang, &'a Paths<'a>, &'a [Option<Decimal>]);

#[derive(Serialize)]
struct YearJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    capaian: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    capaian_stated: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'static str>,
    cells: CellsJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    change_pct: Option<Num>,
    #[serde(skip_serializing_if = "Changes::is_empty")]
    changes: Changes,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    realisasi: Option<Num>,
    source: RowJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<Num>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_akhir: Option<Num>,
    /// the unit the year's row writes, where its figures were brought to the indicator's
    /// scale (`Rp juta` in a group in `Rp miliar`: 92.400 written, 92.4 given)
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
}

/// The cell of each figure of a year.
#[derive(Serialize)]
struct CellsJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    capaian: Option<CellJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    realisasi: Option<CellJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<CellJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_akhir: Option<CellJson<'a>>,
}

/// The realisasi against every earlier year with one, by that year.
struct Changes(Vec<Change>, Polaritas, Lang);

impl Changes {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Serialize)]
struct ChangeJson {
    change: Num,
    #[serde(skip_serializing_if = "Option::is_none")]
    change_pct: Option<Num>,
    direction: &'static str,
}

impl Changes {
    fn items(&self) -> Vec<(i32, ChangeJson)> {
        self.0
            .iter()
            .map(|c| {
                let v = ChangeJson {
                    change: Num(c.change),
                    change_pct: c.change_pct.map(Num),
                    direction: direction(c.change, self.1, self.2),
                };
                (c.from, v)
            })
            .collect()
    }
}

impl Serialize for Changes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        by_year(s, self.items())
    }
}

impl ChangeJson {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        out.key("change");
        out.num(self.change.0);
        if let Some(p) = self.change_pct {
            out.key("change_pct");
            out.num(p.0);
        }
        out.key("direction");
        out.str(self.direction);
        out.close(b'}');
    }
}

impl Serialize for Years<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        by_year(s, self.items())
    }
}

impl YearJson<'_> {
    fn write(&self, out: &mut Out) {
        let num = |out: &mut Out, key: &str, v: Option<Num>| {
            if let Some(v) = v {
                out.key(key);
                out.num(v.0);
            }
        };
        out.open(b'{');
        num(out, "capaian", self.capaian);
        num(out, "capaian_stated", self.capaian_stated);
        if let Some(c) = self.category {
            out.key("category");
            out.str(c);
        }
        out.key("cells");
        self.cells.write(out);
        num(out, "change", self.change);
        num(out, "change_pct", self.change_pct);
        if !self.changes.is_empty() {
            out.key("changes");
            write_by_year(out, self.changes.items(), |out, c| c.write(out));
        }
        if let Some(d) = self.direction {
            out.key("direction");
            out.str(d);
        }
        num(out, "realisasi", self.realisasi);
        out.key("source");
        self.source.write(out);
        num(out, "target", self.target);
        num(out, "target_akhir", self.target_akhir);
        if let Some(u) = self.unit {
            out.key("unit");
            out.str(u);
        }
        out.close(b'}');
    }
}

impl CellsJson<'_> {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        for (key, c) in [
            ("capaian", &self.capaian),
            ("realisasi", &self.realisasi),
            ("target", &self.target),
            ("target_akhir", &self.target_akhir),
        ] {
            if let Some(c) = c {
                out.key(key);
                c.write(out);
            }
        }
        out.close(b'}');
    }
}

impl<'a> Years<'a> {
    fn items(&self) -> Vec<(i32, YearJson<'a>)> {
        let (g, lang, paths, caps) = (self.0, self.1, self.2, self.3);
        let polaritas = g.polaritas();
        let unit = g.unit_factor();
        let fig = |f: &Fig| Num(f.in_unit(unit));
        g.entries
            .iter()
            .map(|e| {
                // the figures of the year's first entry, as `Comparison::figures` gives them
                let f = g
                    .at(e.year)
                    .map(|at| Comparison::figures_of(g, at, caps[at]));
                let capaian = f.as_ref().and_then(|f| f.capaian);
                let change = f.as_ref().and_then(|f| f.change);
                let v = YearJson {
                    capaian: capaian.map(Num),
                    capaian_stated: e.capaian.as_ref().map(|c| Num(c.value)),
                    category: capaian.map(|c| category(c, lang)),
                    cells: CellsJson {
                        capaian: e.capaian.as_ref().map(|f| cell(f, paths)),
                        realisasi: e.realisasi.as_ref().map(|f| cell(f, paths)),
                        target: e.target.as_ref().map(|f| cell(f, paths)),
                        target_akhir: e.target_akhir.as_ref().map(|f| cell(f, paths)),
                    },
                    change: change.map(Num),
                    change_pct: f.as_ref().and_then(|f| f.change_pct).map(Num),
                    direction: change.map(|ch| direction(ch, polaritas, lang)),
                    realisasi: e.realisasi.as_ref().map(fig),
                    // where the indicator is (its name's cell; its figures' are `cells`)
                    source: row(&e.source, paths),
                    target: e.target.as_ref().map(fig),
                    target_akhir: e.target_akhir.as_ref().map(fig),
                    changes: Changes(f.map(|f| f.changes).unwrap_or_default(), polaritas, lang),
                    unit: e
                        .unit
                        .as_deref()
                        .filter(|u| crate::compare::collect::unit_factor(Some(u)) != unit),
                };
                (e.year, v)
            })
            .collect()
    }
}

struct Matches<'a>(&'a Comparison);

#[derive(Serialize)]
struct MatchJson<'a> {
    #[serde(rename = "match")]
    outcome: &'static str,
    name_a: &'a str,
    name_b: &'a str,
    pinned: Option<bool>,
    reason: &'a str,
    score: Score,
    year_a: i32,
    year_b: i32,
}

impl<'a> Matches<'a> {
    fn each(&self) -> impl Iterator<Item = MatchJson<'a>> {
        self.0.links.iter().map(|l| MatchJson {
            outcome: outcome(l.verdict.outcome),
            name_a: &l.from_name,
            name_b: &l.to_name,
            pinned: l.pinned,
            reason: &l.verdict.reason,
            score: Score(l.verdict.score),
            year_a: l.from_year,
            year_b: l.to_year,
        })
    }

    /// What serializing them writes, written by hand (a document holds hundreds).
    fn write(&self, out: &mut Out) {
        out.open(b'[');
        for m in self.each() {
            out.item();
            m.write(out);
        }
        out.close(b']');
    }
}

impl MatchJson<'_> {
    fn write(&self, out: &mut Out) {
        out.open(b'{');
        out.key("match");
        out.str(self.outcome);
        out.key("name_a");
        out.str(self.name_a);
        out.key("name_b");
        out.str(self.name_b);
        out.key("pinned");
        match self.pinned {
            Some(true) => out.raw("true"),
            Some(false) => out.raw("false"),
            None => out.raw("null"),
        }
        out.key("reason");
        out.str(self.reason);
        out.key("score");
        self.score.write(out);
        out.key("year_a");
        out.int(self.year_a);
        out.key("year_b");
        out.int(self.year_b);
        out.close(b'}');
    }
}

impl Serialize for Matches<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.links.len()))?;
        for m in self.each() {
            seq.serialize_element(&m)?;
        }
        seq.end()
    }
}

struct NoYear<'a>(&'a [(String, String)]);

#[derive(Serialize)]
struct SheetJson<'a> {
    path: &'a str,
    sheet: &'a str,
}

/// A sheet left out as another holds the same year's table: `{"path", "sheet", "year",
/// "same_as": {"path", "sheet"}, "shared", "indicators"}`.
#[derive(Serialize)]
struct RepeatedJson<'a> {
    path: &'a str,
    sheet: &'a str,
    year: i32,
    same_as: SheetJson<'a>,
    /// how many of its indicator names the sheet taken has too
    shared: usize,
    indicators: usize,
    /// a summary of the sheet taken, its names formulas into it
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    summary: bool,
    /// a table pasted again under the sheet's first: its header's row (the sheet itself is
    /// compared)
    #[serde(skip_serializing_if = "Option::is_none")]
    table_row: Option<u32>,
}

impl<'a> RepeatedJson<'a> {
    fn of(r: &'a crate::compare::RepeatedSheet) -> Self {
        RepeatedJson {
            path: &r.path,
            sheet: &r.sheet,
            year: r.year,
            same_as: SheetJson {
                path: &r.kept_path,
                sheet: &r.kept_sheet,
            },
            shared: r.shared,
            indicators: r.indicators,
            summary: r.summary,
            table_row: r.table_row,
        }
    }
}

impl Serialize for NoYear<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (path, sheet) in self.0 {
            seq.serialize_element(&SheetJson { path, sheet })?;
        }
        seq.end()
    }
}

impl Comparison {
    fn document<'a>(
        &'a self,
        lang: Lang,
        paths: &'a Paths<'a>,
        caps: &'a Capaians,
    ) -> Document<'a> {
        Document {
            agencies: &self.agencies,
            budget: Budget(self, paths, caps),
            files: &self.files,
            findings: Findings(self, lang),
            indicators: Indicators(self, lang, paths, caps),
            matches: Matches(self),
            sheets_repeating_a_year: self.repeated.iter().map(RepeatedJson::of).collect(),
            sheets_without_year: NoYear(&self.no_year),
            years: &self.years,
        }
    }

    /// The comparison as a JSON value (messages in `lang`): the document [`Self::to_json`]
    /// prints.
    pub fn to_json_value(&self, lang: Lang) -> Value {
        serde_json::to_value(self.document(lang, &Paths::of(self), &Capaians::of(self)))
            .unwrap_or_default()
    }

    /// The comparison as pretty JSON text (what `serde_json::to_string_pretty` writes).
    pub fn to_json(&self, lang: Lang) -> String {
        String::from_utf8(self.to_json_bytes(lang)).unwrap_or_default()
    }

    /// [`Self::to_json`] as the UTF-8 bytes to print, without checking them again as a
    /// `String` would: serde_json writes only UTF-8.
    pub fn to_json_bytes(&self, lang: Lang) -> Vec<u8> {
        self.to_json_bytes_nested(lang, 0)
    }

    /// [`Self::to_json_bytes`] written to stand `depth` levels deep in a larger document
    /// (`rakit compare --per-folder`: each folder's document as a member's value), every line
    /// after the first indented two spaces a level more.
    pub fn to_json_bytes_nested(&self, lang: Lang, depth: usize) -> Vec<u8> {
        let (paths, caps) = (Paths::of(self), Capaians::of(self));
        let mut out = Out::with_capacity_at(self.json_size_hint(), depth);
        self.document(lang, &paths, &caps).write(&mut out);
        if out.failed {
            return Vec::new();
        }
        out.buf
    }

    /// About the length of the document (an indicator's year takes some 1,200 bytes and
    /// names its file four times), so that it is written into one allocation rather than
    /// copied each time it outgrows one.
    fn json_size_hint(&self) -> usize {
        let path = self.files.iter().map(String::len).max().unwrap_or(0);
        let years: usize = self.groups.iter().map(|g| g.entries.len()).sum();
        let per_year = 1_280 + 4 * path;
        4_096 + years * per_year + (self.links.len() + self.findings.len()) * (256 + path)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::pretty::pretty;
    use super::*;

    struct Items(Vec<(i32, &'static str)>);

    /// A score is written as `{:.2}` writes it: from its hundredths where it has two
    /// decimals, by formatting the float otherwise.
    #[test]
    fn a_score_has_two_decimals() {
        let rounded = (0..=100).map(|k| k as f64 / 100.0);
        let other = [0.123456, 0.005, 0.995, 1.5, -0.25, 0.1 + 0.2, 1e-9, -0.0];
        for x in rounded.chain(other) {
            let written = serde_json::to_string(&Score(x)).unwrap_or_default();
            assert_eq!(written, format!("\"{x:.2}\""), "{x}");
        }
        assert_eq!(
            serde_json::to_string(&Score(0.29)).unwrap_or_default(),
            "\"0.29\""
        );
    }

    impl Serialize for Items {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            by_year(s, self.0.clone())
        }
    }

    /// [`Pretty`] writes what serde_json's own pretty printer does, deeper than one line
    /// of spaces, with empty and nested arrays and objects.
    #[test]
    fn pretty_is_serde_jsons_pretty_printer() {
        let mut deep = serde_json::json!({"x": [1, {}, [], {"a": null}], "y": "\u{1}\"é"});
        for i in 0..40 {
            deep = if i % 2 == 0 {
                serde_json::json!([deep, i, []])
            } else {
                serde_json::json!({"b": {}, "a": deep, "c": [[]]})
            };
        }
        for v in [
            deep,
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!(1),
        ] {
            assert_eq!(
                pretty(&v, 0),
                serde_json::to_vec_pretty(&v).unwrap_or_default()
            );
        }
    }

    /// The document written by hand where it is longest is what serializing its views
    /// writes, byte for byte: on the Banjar samples' four years (a Renstra sheet, names
    /// drifting, changes and categories), on the evaluation forms of `tests/data/years`, and
    /// with names, units and sheets that need escaping.
    #[test]
    fn the_document_written_by_hand_is_the_serialized_one() {
        let read = |path: &str, bytes: &[u8]| {
            crate::app::read_for_compare(std::path::Path::new(path), bytes.to_vec(), None, 1 << 30)
        };
        let banjar = super::super::tests::banjar();
        let years = [
            read(
                "d/evaluasi-dinkes-2021.xlsx",
                include_bytes!("../../../../tests/data/years/evaluasi-dinkes-2021.xlsx"),
            ),
            read(
                "d/evaluasi-dinkes-2024.xlsx",
                include_bytes!("../../../../tests/data/years/evaluasi-dinkes-2024.xlsx"),
            ),
        ];
        let cfg = super::super::CompareConfig::default();
        let mut odd = super::super::compare(&banjar, &cfg);
        // one character to escape at a time: a quote, a backslash, a control character
        let marks = [" \"kutip\"", " \\ miring", " tab\t", ""];
        for (k, g) in odd.groups.iter_mut().enumerate() {
            for e in &mut g.entries {
                e.name.push_str(marks[k % 4]);
                if k % 5 == 0 {
                    e.unit = Some("Rp \u{1}".into());
                }
                if let Some(t) = &mut e.target {
                    t.source.place = std::sync::Arc::new(super::super::collect::SheetPlace {
                        path: t.source.path().clone(),
                        sheet: ["PK \\ 2013", "PK \"2013\"", "PK 2013"][k % 3].into(),
                    });
                }
            }
        }
        // pins either way, names and reasons to escape, a score off the hundredths
        assert!(odd.links.len() > 6);
        for (k, l) in odd.links.iter_mut().enumerate() {
            l.pinned = [Some(true), Some(false), None][k % 3];
            l.from_name.push_str(marks[k % 4]);
            l.verdict.reason.push_str(marks[(k + 1) % 4]);
            if k == 5 {
                l.verdict.score = 0.123_456;
            }
        }
        let all = [
            super::super::compare(&banjar, &cfg),
            super::super::compare(&years, &cfg),
            odd,
        ];
        for c in &all {
            assert!(
                c.groups.len() > 5 && c.groups.iter().any(|g| c.renstra(g).is_some())
                    || c.files.len() == 2
            );
            for lang in [Lang::Id, Lang::En] {
                let (paths, caps) = (Paths::of(c), Capaians::of(c));
                let serialized = pretty(&c.document(lang, &paths, &caps), 0);
                let written = c.to_json_bytes(lang);
                assert!(written.len() > 10_000);
                assert!(
                    written == serialized,
                    "{}",
                    String::from_utf8_lossy(&written)
                );
            }
        }
    }

    /// A path escaped once per document reads back as the path, in the text and in the
    /// value, as does a source's path that is no input file's (escaped where written).
    #[test]
    fn paths_escaped_once_read_back() {
        let fig = |path: &str, value: i64| Fig {
            value: Decimal::new(value, 0),
            factor: Decimal::ONE,
            shown: value.to_string().into(),
            source: Source {
                place: std::sync::Arc::new(super::super::collect::SheetPlace {
                    path: path.into(),
                    sheet: "PK \"2013\"".into(),
                }),
                row: 3,
                cell: super::super::collect::CellRef { row: 2, col: 1 },
            },
        };
        let odd = "C:\\data\\\"dinas\" \u{1}é/pk-2013.xlsx";
        let other = "lain\\tab\t.xlsx";
        let mut c = Comparison {
            files: vec![odd.to_string(), "biasa.xlsx".to_string()],
            ..Default::default()
        };
        c.budget.insert(
            2013,
            super::super::BudgetYear {
                anggaran: Some(fig(odd, 100)),
                realisasi: Some(fig(other, 80)),
            },
        );
        let text: Value = serde_json::from_str(&c.to_json(Lang::Id)).unwrap_or_default();
        assert_eq!(text, c.to_json_value(Lang::Id));
        assert_eq!(text["budget"]["2013"]["anggaran_source"]["path"], odd);
        assert_eq!(text["budget"]["2013"]["realisasi_source"]["path"], other);
        assert_eq!(text["files"][0], odd);
    }

    /// [`plain`] writes what `Display` of the normalized decimal writes.
    #[test]
    fn plain_is_the_normalized_display() {
        let mut values: Vec<Decimal> = vec![
            Decimal::ZERO,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(-0, 3),
            Decimal::new(5, 28),
            Decimal::new(-5, 28),
            Decimal::from_i128_with_scale(79_228_162_514_264_337_593_543_950_335, 28),
            Decimal::new(1_100, 2),
            Decimal::new(-110_540, 3),
            Decimal::new(24_220, 0),
            Decimal::new(1, 1),
        ];
        // a spread of mantissas and scales, both signs
        let mut m: i64 = 1;
        for i in 0..4000u32 {
            m = m
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let mantissa = (m >> (i % 60)) as i128 * if i % 7 == 0 { 10_000 } else { 1 };
            values.push(Decimal::from_i128_with_scale(mantissa, i % 29));
        }
        let mut buf = [0u8; 64];
        for d in values {
            assert_eq!(plain(d, &mut buf), d.normalize().to_string(), "{d:?}");
        }
    }

    /// Years keyed as a map of their text would key them: the order of the text (a
    /// three-digit or negative year sorts by its text), the last of the same year kept.
    #[test]
    fn by_year_orders_as_a_map_of_the_years_text() {
        for items in [
            vec![(2013, "a"), (2014, "b"), (2016, "c")],
            vec![(2016, "c"), (2013, "a")],
            vec![(999, "a"), (2013, "b"), (10000, "c"), (-5, "d")],
            vec![(2013, "a"), (2013, "b"), (2014, "c")],
            vec![],
        ] {
            let map: BTreeMap<String, &str> =
                items.iter().map(|(y, v)| (y.to_string(), *v)).collect();
            assert_eq!(
                serde_json::to_string_pretty(&Items(items.clone())).ok(),
                serde_json::to_string_pretty(&map).ok(),
                "{items:?}"
            );
        }
    }
}
