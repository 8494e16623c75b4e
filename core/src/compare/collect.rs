//! The indicators of each year, from checked workbooks: every sheet model with the year rakit
//! decided for it (annual tables, the annual target and the year's realisasi of a Rencana
//! Aksi, any form that reads into the model), and each year's budget lines. A sheet whose
//! indicators carry a Renstra final target and that stands beside the year's own table
//! (Banjar 2016 "Capaian Renstra") adds that target to the year's indicators.

use std::sync::Arc;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::agency::Agency;
use crate::layout::budget;
use crate::layout::meta::BudgetKind;
use crate::layout::{Role, TableKind};
use crate::model::{Figure, PeriodKind, Polaritas, Reading, SheetModel};
use crate::outcome::FileReport;
use crate::read::Workbook;
use crate::value::Value;

/// Where a figure was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// the file and the sheet, shared by every source of the sheet (one reference to count
    /// per figure, not two)
    pub place: Arc<SheetPlace>,
    /// one-based row, as a spreadsheet shows it
    pub row: u32,
    /// `C13`
    pub cell: CellRef,
}

/// A sheet of a file: where the figures of one sheet were read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SheetPlace {
    /// the file's path, as given (shared by every sheet of the file)
    pub path: Arc<str>,
    /// the sheet's name
    pub sheet: Arc<str>,
}

impl Source {
    /// The file's path.
    pub fn path(&self) -> &Arc<str> {
        &self.place.path
    }

    /// The sheet's name.
    pub fn sheet(&self) -> &Arc<str> {
        &self.place.sheet
    }
}

/// A source as `{"path", "sheet", "row", "cell"}`.
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Source", 4)?;
        st.serialize_field("path", &*self.place.path)?;
        st.serialize_field("sheet", &*self.place.sheet)?;
        st.serialize_field("row", &self.row)?;
        st.serialize_field("cell", &self.cell)?;
        st.end()
    }
}

/// A cell's address as a spreadsheet names it (`C13`), kept as its place and written out
/// only where it is shown (as [`crate::read::cell_name`] writes it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CellRef {
    /// zero-based
    pub row: u32,
    /// zero-based
    pub col: u32,
}

impl CellRef {
    /// The column's letters and the one-based row's digits, in `buf`.
    pub(crate) fn write<'b>(&self, buf: &'b mut [u8; 32]) -> &'b str {
        crate::formula::cell_name_in(self.row, self.col, buf)
    }
}

impl std::fmt::Display for CellRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.write(&mut [0u8; 32]))
    }
}

impl Serialize for CellRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A number read from a cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fig {
    /// the number as written (`57000` for `Rp. 57.000 (juta)`)
    pub value: Decimal,
    /// the scale written with it (`1000000` for `juta`)
    pub factor: Decimal,
    /// what the cell shows (shared with the sheet model's figure)
    pub shown: Arc<str>,
    pub source: Source,
}

impl Fig {
    /// The number in a unit of `unit_factor` (its indicator's unit, [`unit_factor`]), as the
    /// summary and the JSON give it: as written where the unit carries its scale (`42,5`
    /// under `Rp juta`, `195.000 Rp. (juta)` under `Rp. (juta)`), else in that unit
    /// (`Rp 130 Miliar` under `Rp` is 130000000000).
    pub fn in_unit(&self, unit_factor: Decimal) -> Decimal {
        if self.factor == unit_factor {
            return self.value;
        }
        in_unit(self.magnitude(), unit_factor)
    }

    /// The number in units (the value times its scale).
    pub fn magnitude(&self) -> Decimal {
        // most numbers carry no scale: the product is the value as it is (as rust_decimal
        // multiplies by exactly 1, a zero being Decimal::ZERO), without multiplying
        if self.factor.serialize() == Decimal::ONE.serialize() {
            return if self.value.is_zero() {
                Decimal::ZERO
            } else {
                self.value
            };
        }
        // beyond a decimal's range (a mistyped or hostile cell): the largest of its sign
        self.value
            .checked_mul(self.factor)
            .unwrap_or(if self.value.is_sign_negative() {
                Decimal::MIN
            } else {
                Decimal::MAX
            })
    }
}

/// One indicator of one year.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entry {
    pub year: i32,
    pub name: String,
    pub sasaran: Option<String>,
    pub unit: Option<String>,
    pub polaritas: Polaritas,
    pub target: Option<Fig>,
    pub realisasi: Option<Fig>,
    /// the % the table states
    pub capaian: Option<Fig>,
    pub target_akhir: Option<Fig>,
    /// the last year of the Renstra, where its header names it ("Target Akhir Renstra (2021)")
    pub renstra_end: Option<i32>,
    /// last year's figure as this year's table states it (Banjar 2016 "Capaian 2015")
    pub lalu: Option<Fig>,
    /// the cell of the name
    pub source: Source,
    /// the name's words and what matching needs of them, split once (shared by the entries
    /// of the same name)
    #[serde(skip)]
    pub(crate) split: Arc<Split>,
    /// the sasaran's
    #[serde(skip)]
    pub(crate) sasaran_split: Arc<Split>,
    /// the content words' norms and the unit's key: entries with the same are joined
    /// without scoring where each is the only one of its year
    #[serde(skip)]
    pub(crate) same: Arc<str>,
    /// the unit's spellings made one ([`super::normalize::unit_canon`]), worked out once
    /// for the pairs matching scores
    #[serde(skip)]
    pub(crate) unit_key: Option<Arc<str>>,
    /// the target's magnitude (else the realisasi's) as a float, for matching; none where
    /// zero
    #[serde(skip)]
    pub(crate) magnitude: Option<f64>,
    /// the name without its agency's own name written in it
    /// ([`super::agency::without_agency`]), where it writes it
    #[serde(skip)]
    pub(crate) unowned: Option<Arc<Unowned>>,
    /// the name with the codes it writes that another name defines written out
    /// ([`super::defined`]), where it writes one
    #[serde(skip)]
    pub(crate) spelled: Option<Arc<SpelledOut>>,
    /// the measure the agency gives of itself that this entry is, where it is the only one
    /// of its kind in its year ([`super::own`])
    #[serde(skip)]
    pub(crate) sole: Option<super::own::OwnMeasure>,
}

/// A name with codes written out by the words another name defines them by: its words, and
/// what was written out (`PPL = penyuluh pertanian lapangan`).
#[derive(Debug, PartialEq)]
pub(crate) struct SpelledOut {
    pub(crate) split: Arc<Split>,
    pub(crate) said: Box<str>,
    /// the codes written out (norms)
    pub(crate) codes: Vec<Box<str>>,
}

impl SpelledOut {
    /// The words of the name so read, to compare with a name of `other` words that writes
    /// none of the codes written out: a name that writes one too says it as the code (where
    /// both do, writing it out would count one word as several).
    pub(crate) fn against(&self, other: &[super::normalize::Word]) -> Option<&Arc<Split>> {
        let writes = |c: &str| other.iter().any(|w| w.norm == c);
        (!self.codes.iter().any(|c| writes(c))).then_some(&self.split)
    }
}

/// A name without the agency's own name written in it: its words, and the words left out.
#[derive(Debug, PartialEq)]
pub(crate) struct Unowned {
    pub(crate) split: Arc<Split>,
    pub(crate) agency: Box<str>,
}

/// What is worked out once per distinct name: its words, their key, the content words'
/// norms joined, and the blocking words.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Split {
    pub(crate) words: Vec<super::normalize::Word>,
    /// what matching needs of the words
    pub(crate) key: super::matching::NameKey,
    content: String,
    /// the blocking words ([`super::matching::block_tokens`]), and the kind's own where
    /// the name is a measure the agency gives of itself ([`super::own`])
    pub(crate) blocks: Vec<u64>,
    /// the measure of itself the name is ([`super::own::own_measure`])
    pub(crate) own: Option<super::own::OwnMeasure>,
    /// the readings of its words' roots ([`super::roots`]), read when first asked for
    roots: std::sync::OnceLock<Vec<super::roots::Root>>,
}

impl Split {
    /// The content words' norms, one space between them (no stop word).
    pub(crate) fn content(&self) -> &str {
        &self.content
    }

    /// What is worked out once of a name's words.
    pub(crate) fn of(words: Vec<super::normalize::Word>) -> Split {
        let key = super::matching::NameKey::of(&words);
        let mut content = String::new();
        for w in words.iter().filter(|w| !w.stop) {
            if !content.is_empty() {
                content.push(' ');
            }
            content.push_str(&w.norm);
        }
        let mut blocks = Vec::new();
        super::matching::block_tokens(&words, &key, &mut blocks);
        let own = super::own::own_measure(&words);
        if let Some(kind) = own {
            if let Err(at) = blocks.binary_search(&kind.block()) {
                blocks.insert(at, kind.block());
            }
        }
        Split {
            words,
            key,
            content,
            blocks,
            own,
            roots: std::sync::OnceLock::new(),
        }
    }

    /// The readings of the roots of the words ([`super::roots::of`]).
    pub(crate) fn roots(&self) -> &[super::roots::Root] {
        self.roots
            .get_or_init(|| super::roots::of(&self.words, super::matching::must_agree_word))
    }
}

impl Entry {
    /// The name's words.
    pub fn words(&self) -> &[super::normalize::Word] {
        &self.split.words
    }

    /// The blocking words of the name, and of its reading with codes written out where it
    /// has one (`Jumlah WUB` finds `Jumlah wirausaha baru`): the words by which the names
    /// worth scoring with it are found ([`super::matching::block_tokens`]).
    pub(crate) fn blocks(&self) -> std::borrow::Cow<'_, [u64]> {
        match &self.spelled {
            None => std::borrow::Cow::Borrowed(&self.split.blocks),
            Some(s) => {
                let mut all = self.split.blocks.clone();
                all.extend_from_slice(&s.split.blocks);
                all.sort_unstable();
                all.dedup();
                std::borrow::Cow::Owned(all)
            }
        }
    }
}

/// The words of each distinct name (and sasaran), split once per comparison.
#[derive(Default)]
pub(crate) struct Names {
    seen: FxHashMap<String, Arc<Split>>,
    /// names without their agency's name, by name and agency ([`Names::unowned`])
    unowned: FxHashMap<(String, String), Option<Arc<Unowned>>>,
    /// the split of no sasaran, shared by every entry without one
    no_sasaran: Arc<Split>,
    /// what [`Names::unowned`] looks for of the last agency asked about
    office: Option<Office>,
    /// each unit as written, its spellings made one ([`super::normalize::unit_canon`])
    units: FxHashMap<String, Arc<str>>,
}

/// What a name must hold to write an agency's own name ([`Names::unowned`]): the first word
/// of the agency's name (lower case, plain letters), or its second (a unit's name after its
/// office's word: `sentra` of `UPTD Sentra IKM`), the first letters of its first two words
/// (in capitals; 0 for none), which a short name starts with, or the last word of its
/// region's name.
struct Office {
    agency: String,
    /// the agency's name read once ([`super::agency::without_agency`])
    own: super::agency::OwnName,
    first: Option<String>,
    second: Option<String>,
    initials: [u8; 2],
    place: Option<String>,
}

impl Office {
    fn of(agency: &str) -> Office {
        let mut words = agency
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let first = words.next();
        let second = words.next();
        let initial = |w: Option<&str>| {
            w.and_then(|w| w.as_bytes().first())
                .map_or(0, u8::to_ascii_uppercase)
        };
        let low = agency.to_lowercase();
        let regional = ["kabupaten", "kota", "provinsi"]
            .iter()
            .any(|r| low.split(|c: char| !c.is_alphanumeric()).any(|w| w == *r));
        let place = words
            .next_back()
            .filter(|w| regional && w.is_ascii() && w.len() >= 3)
            .map(str::to_ascii_lowercase);
        Office {
            agency: agency.to_string(),
            own: super::agency::OwnName::of(agency),
            first: first.filter(|w| w.is_ascii()).map(str::to_ascii_lowercase),
            second: second
                .filter(|w| w.is_ascii() && w.len() >= 3)
                .map(str::to_ascii_lowercase),
            initials: [initial(first), initial(second)],
            place,
        }
    }
}

/// What matching needs of an entry, worked out once its name, sasaran, unit and figures are
/// read, before the entry is made (so that it is made once, with no placeholder to replace).
struct Prepared {
    split: Arc<Split>,
    unowned: Option<Arc<Unowned>>,
    sasaran_split: Arc<Split>,
    same: Arc<str>,
    unit_key: Option<Arc<str>>,
    magnitude: Option<f64>,
}

impl Prepared {
    /// An entry of `year` named `name` with what matching needs of it and nothing else (the
    /// figures, unit and source are the caller's).
    fn entry(self, year: i32, name: &str) -> Entry {
        Entry {
            year,
            name: name.to_string(),
            split: self.split,
            unowned: self.unowned,
            sasaran_split: self.sasaran_split,
            same: self.same,
            unit_key: self.unit_key,
            magnitude: self.magnitude,
            ..Entry::default()
        }
    }
}

impl Names {
    /// The words of `name`, split the first time it is seen.
    fn split(&mut self, name: &str) -> &Arc<Split> {
        if !self.seen.contains_key(name) {
            let v = Split::of(super::normalize::words(name));
            self.seen.insert(name.to_string(), Arc::new(v));
        }
        &self.seen[name]
    }

    /// `name` without the agency's own name written in it, once per name and agency.
    fn unowned(&mut self, name: &str, agency: &str) -> Option<Arc<Unowned>> {
        if self.office.as_ref().is_none_or(|o| o.agency != agency) {
            self.office = Some(Office::of(agency));
        }
        let office = self.office.as_ref()?;
        // most names name no office: nothing to look for
        let first = office.first.as_deref()?;
        // the office's word, or a word that may be the agency's short name (`BPBD`), or
        // that of the words after the office's (`PUPR`)
        let initials = office.initials;
        let short = || {
            name.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3 && initials.contains(&w.as_bytes()[0]))
        };
        let placed = || {
            office
                .place
                .as_deref()
                .is_some_and(|p| super::normalize::lower_find(name, p).is_some())
        };
        let second = || {
            office
                .second
                .as_deref()
                .is_some_and(|w| super::normalize::lower_find(name, w).is_some())
        };
        if super::normalize::lower_find(name, first).is_none() && !short() && !placed() && !second()
        {
            return None;
        }
        let key = (name.to_string(), agency.to_string());
        if let Some(u) = self.unowned.get(&key) {
            return u.clone();
        }
        let u = office.own.left_out_of(name).map(|(left, out)| {
            Arc::new(Unowned {
                split: self.split(&left).clone(),
                agency: out.into(),
            })
        });
        self.unowned.insert(key, u.clone());
        u
    }

    /// Splits the name and the sasaran into words (once per distinct name, before matching),
    /// and works out what matching needs of the unit and the figures (the target's, else the
    /// realisasi's).
    fn prepare(
        &mut self,
        name: &str,
        agency: Option<&str>,
        sasaran: Option<&str>,
        unit: Option<&str>,
        figure: Option<&Fig>,
    ) -> Prepared {
        let sasaran_split = match sasaran {
            Some(s) => self.split(s).clone(),
            None => self.no_sasaran.clone(),
        };
        let split = self.split(name).clone();
        let unowned = agency.and_then(|a| self.unowned(name, a));
        let unit_key = unit.map(|u| match self.units.get(u) {
            Some(k) => k.clone(),
            None => {
                let k: Arc<str> = super::normalize::unit_canon(u).into();
                self.units.insert(u.to_string(), k.clone());
                k
            }
        });
        // a word's norm holds neither \0 nor \1: the text and the unit stay apart
        let mut same = String::with_capacity(
            split.content.len() + 1 + unit_key.as_ref().map_or(0, |k| k.len()),
        );
        same.push_str(&split.content);
        match &unit_key {
            Some(u) => {
                same.push('\0');
                same.push_str(u);
            }
            None => same.push('\u{1}'),
        }
        Prepared {
            split,
            unowned,
            sasaran_split,
            same: same.into(),
            unit_key,
            magnitude: figure
                .and_then(|f| f.magnitude().to_f64())
                .filter(|v| *v != 0.0),
        }
    }
}

impl Names {
    /// An entry of `year` by its name alone (no sasaran, unit or figures), as matching sees
    /// it: for tests of the grouping.
    #[cfg(test)]
    pub(crate) fn entry(&mut self, year: i32, name: &str) -> Box<Entry> {
        self.entry_of(year, name, None)
    }

    /// [`Names::entry`] with its unit (the table's Satuan).
    #[cfg(test)]
    pub(crate) fn entry_in(&mut self, year: i32, name: &str, unit: &str) -> Box<Entry> {
        let mut e = self
            .prepare(name, None, None, Some(unit), None)
            .entry(year, name);
        e.unit = Some(unit.to_string());
        Box::new(e)
    }

    /// [`Names::entry`] in a table whose title block names `agency`.
    #[cfg(test)]
    pub(crate) fn entry_of(&mut self, year: i32, name: &str, agency: Option<&str>) -> Box<Entry> {
        Box::new(
            self.prepare(name, agency, None, None, None)
                .entry(year, name),
        )
    }
}

/// One year's budget.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BudgetYear {
    pub anggaran: Option<Fig>,
    pub realisasi: Option<Fig>,
}

/// What was collected: entries of every year, the budgets, and the sheets left out.
#[derive(Debug, Clone, Default)]
pub struct Collected {
    /// each year's entries, in the order of the years (each year once, none without entries)
    pub years: Vec<(i32, Vec<Box<Entry>>)>,
    pub budget: std::collections::BTreeMap<i32, BudgetYear>,
    /// sheets without a year: (path, sheet)
    pub no_year: Vec<(String, String)>,
    /// sheets left out as they hold a year's table another sheet holds
    pub repeated: Vec<RepeatedSheet>,
    /// the agencies whose sheets were read, as their title blocks name them (more than one:
    /// files of several agencies were given)
    pub agencies: Vec<AgencyFiles>,
}

/// The files of one agency (OPD).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgencyFiles {
    /// as the first of its title blocks writes it
    pub name: String,
    pub files: Vec<String>,
}

/// A sheet left out of the comparison because another sheet of the same agency holds the
/// same year's table (four in five of the smaller one's indicator names are the other's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepeatedSheet {
    pub year: i32,
    pub path: String,
    pub sheet: String,
    /// the sheet taken for the year instead
    pub kept_path: String,
    pub kept_sheet: String,
    /// how many of the sheet's indicator names the sheet taken has too
    pub shared: usize,
    /// how many distinct indicator names the sheet has
    pub indicators: usize,
    /// the sheet sums up the one taken, its names formulas into it (`='PK 2021'!C8`), rather
    /// than repeating its table
    pub summary: bool,
    /// a table pasted again under the first on the same sheet: the row of its header
    /// (1-based), the sheet itself compared with its first table
    pub table_row: Option<u32>,
}

/// The sheet a summary takes its indicator names from by formulas (`='PK 2021'!C8` in a
/// `Rekap` of the workbook's two years), and how many of its names it takes: a copy of tables
/// read on their own, never a year's table. None where most names are typed, or taken from a
/// sheet holding no table.
fn names_taken_from(
    wb: Option<&Workbook>,
    models: &[SheetModel],
    m: &SheetModel,
) -> Option<(String, usize)> {
    let wb = wb?;
    let sheet = wb.sheets.iter().find(|s| s.name == m.name)?;
    let cells = m
        .indikator
        .iter()
        .map(|i| i.nama_cell)
        .chain(m.triwulan.iter().map(|t| t.nama_cell));
    let (mut names, mut taken) = (0usize, FxHashMap::<String, usize>::default());
    for (row, col) in cells {
        names += 1;
        let Some(f) = sheet.get(row, col).and_then(|c| c.formula.as_deref()) else {
            continue;
        };
        // `'PK 2021'!C8`: one cell of another sheet
        let [crate::formula::Reference {
            sheet: Some(from), ..
        }] = &crate::formula::references(f)[..]
        else {
            continue;
        };
        // a sheet read on its own (a sheet of raw data the names come from is no table)
        if *from != m.name && models.iter().any(|o| o.name == *from) {
            *taken.entry(from.clone()).or_default() += 1;
        }
    }
    let (from, n) = taken.into_iter().max_by_key(|(_, n)| *n)?;
    // a sheet of the realisasi of a plan whose names it takes (`Real 2025` beside a `PK 2025`
    // of targets only) is no copy: it says more than its source
    let source = models.iter().find(|o| o.name == from)?;
    let says_more = realisasi_count(m) > realisasi_count(source);
    (n * 2 > names && !says_more).then_some((from, n))
}

/// How many of a sheet's indicators have a realisasi (a year's, or a period's) that reads as
/// a number.
fn realisasi_count(m: &SheetModel) -> usize {
    let read = |f: Option<&Figure>| f.is_some_and(|f| f.reading.quantity().is_some());
    m.indikator
        .iter()
        .filter(|i| read(i.realisasi.as_ref()))
        .count()
        + m.triwulan
            .iter()
            .filter(|t| {
                read(t.realisasi_tahunan.as_deref())
                    || t.quarters.iter().any(|q| read(q.realisasi.as_ref()))
            })
            .count()
}

fn fig(f: &Figure, place: &Arc<SheetPlace>) -> Option<Fig> {
    let Reading::Number { q, .. } = &f.reading else {
        return None;
    };
    Some(Fig {
        value: q.value,
        factor: q.scale.factor(),
        shown: f.shown.clone(),
        source: src(place, f.row, f.col),
    })
}

/// A figure whose plain number (no scale written with it) is in `scale`, its unit's: `14,37`
/// under `Juta USD`, `1000` in a row named `(Rp juta)`.
fn fig_in_scale(f: &Figure, place: &Arc<SheetPlace>, scale: Decimal) -> Option<Fig> {
    let plain =
        matches!(&f.reading, Reading::Number { q, .. } if q.scale == crate::value::Scale::Satuan);
    fig(f, place).map(|mut x| {
        if plain {
            x.factor = scale;
        }
        x
    })
}

fn src(place: &Arc<SheetPlace>, row: u32, col: u32) -> Source {
    Source {
        place: place.clone(),
        row: row + 1,
        cell: CellRef { row, col },
    }
}

/// The scale a unit states (`1000000` for `Rp. (juta)`, 1 for `Rp`, `orang` or none).
pub fn unit_factor(unit: Option<&str>) -> Decimal {
    unit.and_then(crate::value::read_markup)
        .map_or(Decimal::ONE, |m| m.scale.factor())
}

/// A number in units given in a unit of `unit_factor` (as it is where the division fails).
pub fn in_unit(d: Decimal, unit_factor: Decimal) -> Decimal {
    if unit_factor == Decimal::ONE {
        return d;
    }
    d.checked_div(unit_factor).unwrap_or(d)
}

/// A unit of money with its scale written in brackets at the end of a name (`(Rp juta)`,
/// `(juta rupiah)`, `(Rp. Miliar)`); none for other brackets.
fn unit_in_name(name: &str) -> Option<String> {
    let inner = crate::text::bracket_at_end(name)?.1.trim();
    let m = crate::value::read_markup(inner)?;
    (m.money && m.scale != crate::value::Scale::Satuan).then(|| inner.to_string())
}

/// The unit of a figure: the column's, or the one written with the number.
fn unit_of(satuan: Option<&str>, figs: &[Option<&Figure>]) -> Option<String> {
    if let Some(s) = satuan.map(str::trim).filter(|s| !s.is_empty()) {
        return Some(s.to_string());
    }
    figs.iter().flatten().find_map(|f| match &f.reading {
        Reading::Number { q, .. } if q.percent => Some("%".to_string()),
        Reading::Number { q, .. } => q.unit.as_deref().map(str::to_string),
        _ => None,
    })
}

/// The Renstra's last year, from the header of the final-target column.
fn renstra_end(wb: Option<&Workbook>, m: &SheetModel, table: usize) -> Option<i32> {
    let wb = wb?;
    let t = m.tables.get(table)?;
    let col = *t.columns.get(&Role::TargetAkhir)?;
    let sheet = wb.sheets.iter().find(|s| s.name == m.name)?;
    t.header_rows
        .iter()
        .filter_map(|&r| sheet.get_shown(r, col))
        .flat_map(|c| crate::text::years(&c.value.text()))
        .max()
}

/// Whether most indicators of a sheet carry a Renstra final target.
fn is_renstra_sheet(m: &SheetModel) -> bool {
    // an evaluation form (E.81) is the year's own table, its Renstra columns beside it
    if m.tables.iter().any(|t| t.kind == TableKind::Evaluation) {
        return false;
    }
    let with = m
        .indikator
        .iter()
        .filter(|i| i.target_akhir.is_some())
        .count();
    with > 0 && with * 2 >= m.indikator.len()
}

/// Whether a row named by money alone (`Realisasi Anggaran`, `Anggaran (Rp)`: [`crate::text::
/// names_a_budget_only`]) is a programme's budget line, no indicator: where its table writes
/// such lines on more than one row (`many`: each programme's), the form gives the row a
/// programme's level (the evaluation form's programme rows), or its sasaran or its parent
/// names a programme or kegiatan (a budget table's header read under its `Program`). Written once
/// in a table under the agency's own sasaran (`Jumlah realisasi belanja`, its target and
/// realisasi in Rp), it is the agency's indicator of its spending, compared as any other.
fn budget_line(
    name: &str,
    many: bool,
    sasaran: Option<&str>,
    level: Option<crate::layout::Level>,
    induk: Option<&str>,
) -> bool {
    if !crate::text::names_a_budget_only(name) {
        return false;
    }
    let of_programme = |s: &str| {
        let l = crate::text::norm(s);
        l.starts_with("program") || l.starts_with("kegiatan") || l.starts_with("sub kegiatan")
    };
    many || level.is_some_and(|l| l != crate::layout::Level::Sasaran)
        || sasaran.is_some_and(of_programme)
        || induk.is_some_and(of_programme)
}

/// Whether a sheet's indicators (`annual`) and its quarterly ones (`quarterly`) hold names
/// of money alone on more than one row ([`budget_line`]).
struct BudgetLines {
    annual: bool,
    quarterly: bool,
}

impl BudgetLines {
    fn of(m: &SheetModel) -> BudgetLines {
        let money = |name: &str| crate::text::names_a_budget_only(name.trim());
        BudgetLines {
            annual: m
                .indikator
                .iter()
                .filter(|i| money(&i.nama))
                .nth(1)
                .is_some(),
            quarterly: m
                .triwulan
                .iter()
                .filter(|t| money(&t.nama))
                .nth(1)
                .is_some(),
        }
    }
}

/// The entries of one sheet.
fn sheet_entries(
    place: &Arc<SheetPlace>,
    wb: Option<&Workbook>,
    m: &SheetModel,
    year: i32,
    agency: Option<&str>,
    pasted: &[usize],
    names: &mut Names,
) -> Vec<Box<Entry>> {
    let mut out = Vec::with_capacity(m.indikator.len() + m.triwulan.len());
    // an earlier year's figures beside the sheet's own are no indicator of its year
    // ([`beside_entries`] gives them their own)
    let cx = EntryCx {
        place,
        wb,
        m,
        agency,
    };
    let drafts = hidden_drafts(wb, m);
    let budget_lines = BudgetLines::of(m);
    let pasted_row = |row: u32| {
        pasted.iter().any(|&t| {
            m.tables
                .get(t)
                .is_some_and(|t| (t.first_row..=t.last_row).contains(&row))
        })
    };
    for i in m.indikator.iter().filter(|i| {
        i.period.is_none()
            && !i.part
            && !drafts.contains(&i.nama_cell)
            && !pasted.contains(&i.table)
    }) {
        let name = i.nama.trim();
        if name.is_empty()
            || budget_line(
                name,
                budget_lines.annual,
                i.sasaran.as_deref(),
                i.level,
                i.induk.as_deref(),
            )
        {
            continue;
        }
        out.extend(indikator_entry(&cx, i, name, year, false, names));
    }
    for t in &m.triwulan {
        let name = t.nama.trim();
        if name.is_empty()
            || budget_line(
                name,
                budget_lines.quarterly,
                None,
                t.level,
                t.induk.as_deref(),
            )
            || drafts.contains(&t.nama_cell)
            || pasted_row(t.nama_cell.0)
        {
            continue;
        }
        // the year's realisasi: the table's own total (the monthly form's "Jumlah"), else the
        // quarters' sum where each quarter's target is its share of the year's (a block of
        // a target line and four quarter lines, 2 + 2 + 2 + 1 of 7 documents), the periods'
        // sum of a count as it happens ([`crate::model::flow_sum`]; for quarters, where their
        // targets fit neither a share nor a running total: `2500` typed over 60 + 60 + 70 +
        // 60), else that of the last period that has one
        let total = t
            .realisasi_tahunan
            .as_deref()
            .filter(|f| f.reading.quantity().is_some());
        let summed = match (total, t.period, t.cumulative) {
            // the table says the months are each the month's own (`Per bulan`)
            (None, _, Some(false)) => crate::model::period_sum(&t.quarters),
            // nothing says: quarters or months whose targets are each the period's share of
            // the year's (4.333 a month of 52.000), or things counted as they happen, add up
            (None, _, None) => {
                // no Satuan column: the unit the name writes in brackets at its end
                // (`PENUMPANG DATANG (ORANG)` over the months)
                let unit = t.satuan.as_deref().or_else(|| {
                    crate::text::bracket_at_end(name)
                        .map(|(_, u)| u.trim())
                        .filter(|u| !u.is_empty() && u.split_whitespace().count() <= 2)
                });
                let year = crate::model::year_realisasi(name, unit, t.annual.as_ref(), &t.quarters)
                    .filter(|f| f.reading.quantity().is_some());
                // realisasi that fall back from one period to the next run to no date, whatever
                // the targets do: summed where they count things as they happen and the sum
                // lies nearer the year's target than the last period's
                crate::model::fallen_flow_sum(name, unit, t.annual.as_ref(), &t.quarters)
                    .or(year)
                    .or_else(|| crate::model::flow_sum(name, unit, t.annual.as_ref(), &t.quarters))
            }
            _ => None,
        };
        let last = total.or(summed.as_ref()).or_else(|| {
            t.quarters.iter().rev().find_map(|q| {
                q.realisasi
                    .as_ref()
                    .filter(|f| f.reading.quantity().is_some())
            })
        });
        let cap = match total {
            Some(_) => t.capaian_tahunan.as_deref(),
            None => t.quarters.iter().rev().find_map(|q| {
                q.realisasi.as_ref()?.reading.quantity()?;
                q.capaian.as_ref()
            }),
        };
        // a % of the whole year: the year's own, or the last period's of a full year
        let whole_year = total.is_some()
            || t.quarters.len()
                == match t.period {
                    PeriodKind::Quarter => 4,
                    PeriodKind::Half => 2,
                    PeriodKind::Month => 12,
                };
        let sasaran = t.induk.clone();
        let unit = unit_of(t.satuan.as_deref(), &[t.annual.as_ref(), last]);
        // a plan's figures are read without their unit: a number of no scale of its own is
        // in the unit's scale ("14,37" under "Juta USD"), as an annual table reads it
        let unit_scale = unit_factor(unit.as_deref());
        let target = t
            .annual
            .as_ref()
            .and_then(|f| fig_in_scale(f, place, unit_scale));
        let realisasi = last.and_then(|f| fig_in_scale(f, place, unit_scale));
        let p = names.prepare(
            name,
            agency,
            sasaran.as_deref(),
            unit.as_deref(),
            target.as_ref().or(realisasi.as_ref()),
        );
        out.push(Box::new(Entry {
            sasaran,
            unit,
            polaritas: t.polaritas,
            target,
            realisasi,
            capaian: if whole_year && last.is_some() {
                cap.and_then(|f| fig(f, place))
            } else {
                None
            },
            target_akhir: None,
            renstra_end: None,
            lalu: None,
            source: src(place, t.nama_cell.0, t.nama_cell.1),
            ..p.entry(year, name)
        }));
    }
    without_copies(out)
}

/// The tables of a sheet pasted again under an earlier one (`(salinan untuk bahan rapat)`
/// over the same table, its merges lost and so read otherwise): four in five of the smaller
/// one's indicator names, two at least, are the earlier table's (one not pasted itself).
/// Each as the table, the names it shares and its names. Most sheets hold one table:
/// nothing is gathered for them.
fn pasted_tables(m: &SheetModel) -> Vec<(usize, usize, usize)> {
    if m.tables.len() < 2 {
        return Vec::new();
    }
    let mut names: Vec<FxHashSet<String>> = vec![FxHashSet::default(); m.tables.len()];
    let table_of = |row: u32| {
        m.tables
            .iter()
            .position(|t| (t.first_row..=t.last_row).contains(&row))
    };
    let name = |n: &str| crate::text::norm(n.trim());
    for i in &m.indikator {
        if let Some(set) = names.get_mut(i.table) {
            set.insert(name(&i.nama));
        }
    }
    for t in &m.triwulan {
        if let Some(set) = table_of(t.nama_cell.0).and_then(|k| names.get_mut(k)) {
            set.insert(name(&t.nama));
        }
    }
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for b in 1..names.len() {
        let repeats = (0..b)
            .filter(|a| !out.iter().any(|o| o.0 == *a))
            .find_map(|a| {
                let shared = names[b].intersection(&names[a]).count();
                let smaller = names[a].len().min(names[b].len());
                (shared >= 2 && shared * 5 >= smaller * 4).then_some((b, shared, names[b].len()))
            });
        out.extend(repeats);
    }
    out
}

/// A sheet's entries without a row typed twice: the same name with the same target and
/// realisasi as a row above it is that row again (`check` reports it, S303), not another
/// indicator of the year. Of copies, the first in reading order stays (row by row, left to
/// right: cards side by side are read a column of cards at a time).
fn without_copies(entries: Vec<Box<Entry>>) -> Vec<Box<Entry>> {
    let magnitude = |f: &Option<Fig>| f.as_ref().map(|f| f.magnitude().normalize());
    let at = |e: &Entry| (e.source.cell.row, e.source.cell.col);
    let keys: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.name.trim().to_lowercase(),
                magnitude(&e.target),
                magnitude(&e.realisasi),
            )
        })
        .collect();
    let mut first: rustc_hash::FxHashMap<_, (u32, u32)> = Default::default();
    for (k, e) in keys.iter().zip(&entries) {
        first
            .entry(k)
            .and_modify(|f: &mut (u32, u32)| *f = (*f).min(at(e)))
            .or_insert(at(e));
    }
    let keep: Vec<bool> = keys
        .iter()
        .zip(&entries)
        .map(|(k, e)| first.get(k) == Some(&at(e)))
        .collect();
    entries
        .into_iter()
        .zip(keep)
        .filter_map(|(e, keep)| keep.then_some(e))
        .collect()
}

/// Collects every year's indicators and budget from checked workbooks.
pub fn collect(reports: &[FileReport]) -> Collected {
    let mut c = Collected::default();
    let mut names = Names::default();
    let mut sheets: Vec<SheetOfYear> = Vec::new();
    // summaries of other sheets, left out ([`names_taken_from`])
    let mut copies: Vec<RepeatedSheet> = Vec::new();
    // each agency's title block as read, with its place in c.agencies: as first read, and
    // as another of its workbook's years names it ([`agency_of`])
    let mut agencies: Vec<(Agency, usize)> = Vec::new();
    // other years' figures beside sheets' own, for the years no sheet holds
    let mut beside: Vec<(i32, Vec<Box<Entry>>)> = Vec::new();
    let any_agency: Option<String> = reports
        .iter()
        .flat_map(|r| {
            r.models
                .iter()
                .filter_map(|m| m.meta.agency.clone())
                .chain(r.agency.clone())
        })
        .next();
    for r in reports {
        let path: Arc<str> = Arc::from(r.path.display().to_string());
        // the agencies the file's sheets name, by year ([`agency_of`])
        let mut file_agencies: Vec<(i32, usize)> = Vec::new();
        // the one year the file's name gives ("LKjIP 2021 - Tabel Bab III.xlsx")
        let file_year = r
            .path
            .file_stem()
            .and_then(|s| crate::text::one_year(&s.to_string_lossy()));
        for m in &r.models {
            let Some(year) = m.year() else {
                c.no_year.push((path.to_string(), m.name.clone()));
                continue;
            };
            // shared by every source of the sheet: its indicators' and its budget lines'
            let place = Arc::new(SheetPlace {
                path: path.clone(),
                sheet: Arc::from(m.name.as_str()),
            });
            let budget = m
                .meta
                .budget
                .iter()
                .filter_map(|b| {
                    let Value::Number(q) = &b.amount else {
                        return None;
                    };
                    let f = Fig {
                        value: q.value,
                        factor: q.scale.factor(),
                        shown: b.amount_text.as_str().into(),
                        source: src(&place, b.row, b.col),
                    };
                    Some((b.year.unwrap_or(year), b.kind, f))
                })
                .collect();
            // a summary whose names are formulas into another sheet: that sheet is compared
            if let Some((from, n)) = names_taken_from(r.workbook.as_ref(), &r.models, m) {
                copies.push(RepeatedSheet {
                    year,
                    path: path.to_string(),
                    sheet: m.name.clone(),
                    kept_path: path.to_string(),
                    kept_sheet: from,
                    shared: n,
                    indicators: m.indikator.len() + m.triwulan.len(),
                    summary: true,
                    table_row: None,
                });
                continue;
            }
            let agency = agency_of(
                r,
                (m, year),
                &path,
                &mut file_agencies,
                &mut agencies,
                &mut c.agencies,
            );
            // a sheet whose title names no agency: the agency another file names
            let agency_name = m
                .meta
                .agency
                .as_deref()
                .or(r.agency.as_deref())
                .or(any_agency.as_deref());
            let pasted = pasted_tables(m);
            for &(t, shared, indicators) in &pasted {
                copies.push(RepeatedSheet {
                    year,
                    path: path.to_string(),
                    sheet: m.name.clone(),
                    kept_path: path.to_string(),
                    kept_sheet: m.name.clone(),
                    shared,
                    indicators,
                    summary: false,
                    table_row: m
                        .tables
                        .get(t)
                        .and_then(|t| t.header_rows.first())
                        .map(|r| r + 1),
                });
            }
            let pasted: Vec<usize> = pasted.iter().map(|p| p.0).collect();
            let entries = sheet_entries(
                &place,
                r.workbook.as_ref(),
                m,
                year,
                agency_name,
                &pasted,
                &mut names,
            );
            beside.extend(beside_entries(&place, m, agency_name, &mut names));
            sheets.push(SheetOfYear {
                year,
                agency,
                merit: Merit::of(
                    m,
                    &entries,
                    file_year.is_none_or(|y| y == year),
                    !r.workbook
                        .as_ref()
                        .and_then(|wb| wb.sheets.iter().find(|s| s.name == m.name))
                        .is_some_and(|s| s.hidden),
                ),
                entries,
                renstra: is_renstra_sheet(m),
                place,
                budget,
                left_out: false,
            });
        }
    }
    c.repeated = mark_repeats(&mut sheets);
    c.repeated.append(&mut copies);
    c.repeated.sort_by_key(|r| r.year);
    // the budget lines of the sheets taken, the first of each year and kind
    for s in &mut sheets {
        if s.left_out {
            continue;
        }
        for (year, kind, f) in std::mem::take(&mut s.budget) {
            let y = c.budget.entry(year).or_default();
            let slot = match kind {
                BudgetKind::Anggaran => &mut y.anggaran,
                BudgetKind::Realisasi => &mut y.realisasi,
            };
            if slot.is_none() {
                *slot = Some(f);
            }
        }
    }
    // a year without budget lines: its budget table's JUMLAH (or its programmes' sum)
    for r in reports {
        budget_tables(r, &mut c.budget);
    }
    let mut years: Vec<i32> = sheets.iter().map(|s| s.year).collect();
    // a year only a table of several years gives: its first such table's figures
    let mut beside_years: std::collections::BTreeMap<i32, Vec<Box<Entry>>> = Default::default();
    for (y, entries) in beside {
        if !years.contains(&y) {
            years.push(y);
            beside_years.insert(y, entries);
        }
    }
    years.sort_unstable();
    years.dedup();
    for y in years {
        let mut main: Vec<Box<Entry>> = Vec::new();
        let mut renstra: Vec<Box<Entry>> = Vec::new();
        for s in &mut sheets {
            if s.year == y && !s.left_out {
                let into = if s.renstra { &mut renstra } else { &mut main };
                // the year's first sheet is taken as it is, the others added to it
                if into.is_empty() {
                    *into = std::mem::take(&mut s.entries);
                } else {
                    into.append(&mut s.entries);
                }
            }
        }
        if main.is_empty() {
            main = renstra;
        } else {
            merge_renstra(&mut main, renstra);
        }
        if main.is_empty() {
            main = beside_years.remove(&y).unwrap_or_default();
        }
        if !main.is_empty() {
            c.years.push((y, main));
        }
    }
    c
}

/// The entries of another year's figures beside a sheet's own (a table of several years side
/// by side, each year's Target / Realisasi / % under its year: "Monitoring Capaian Renstra
/// 2021-2024"), by year: each indicator under its own name, its figures from that year's
/// columns. Taken for a year no sheet of its own holds ([`collect`]).
fn beside_entries(
    place: &Arc<SheetPlace>,
    m: &SheetModel,
    agency: Option<&str>,
    names: &mut Names,
) -> Vec<(i32, Vec<Box<Entry>>)> {
    let mut by_year: std::collections::BTreeMap<i32, Vec<Box<Entry>>> = Default::default();
    let cx = EntryCx {
        place,
        wb: None,
        m,
        agency,
    };
    for i in &m.indikator {
        let Some(year) = i.period else {
            continue;
        };
        let year = i32::from(year);
        // the reader names each with its year (`IKM (2022)`)
        let suffix = format!(" ({year})");
        let name = i.nama.trim();
        let name = name.strip_suffix(suffix.as_str()).unwrap_or(name).trim();
        if name.is_empty() || crate::text::names_a_budget_only(name) {
            continue;
        }
        // a year's cells all `-` or `N/A` (not measured yet, or no longer) are that year's
        // word too: the reader kept the indicator as its cells are not empty
        if let Some(e) = indikator_entry(&cx, i, name, year, true, names) {
            by_year.entry(year).or_default().push(e);
        }
    }
    by_year.into_iter().collect()
}

/// The name cells of a sheet's indicators that are drafts left behind, in a row or column
/// the sheet hides or on a sheet the workbook hides: one whose name a shown indicator of the
/// sheet writes too (`Jumlah lulusan Paket C` hidden under the same name with older
/// figures, `Jumlah donor sukarela aktif (draft lama)`), whose note says it was taken out (`dihapus`, `dicabut`), or that reports nothing
/// (a target and no realisasi in any period: a turned table's hidden column `… (gabungan)`
/// dropped from the year's plan, a hidden `Draft PK 2021` of targets); every one of a hidden
/// sheet that calls itself a draft ([`titled_a_draft`]). Rows hidden by a
/// collapsed group with no shown twin and no such note, that report, are the sheet's own
/// indicators, and are kept.
fn hidden_drafts(wb: Option<&Workbook>, m: &SheetModel) -> Vec<(u32, u32)> {
    let Some(sheet) = wb.and_then(|wb| wb.sheets.iter().find(|s| s.name == m.name)) else {
        return Vec::new();
    };
    if !sheet.hidden && sheet.hidden_rows.is_empty() && sheet.hidden_cols.is_empty() {
        return Vec::new();
    }
    let hidden = |(r, c): (u32, u32)| {
        sheet.hidden
            || sheet.hidden_rows.binary_search(&r).is_ok()
            || sheet.hidden_cols.binary_search(&c).is_ok()
    };
    // a hidden sheet that calls itself a draft, in its name or its title above the table
    // (`REKAP AWAL (draft, belum final)`): all of it
    if sheet.hidden && titled_a_draft(sheet, m) {
        return m
            .indikator
            .iter()
            .map(|i| i.nama_cell)
            .chain(m.triwulan.iter().map(|t| t.nama_cell))
            .collect();
    }
    // the name cells with a realisasi written, of the year or of a period
    let written = |f: Option<&crate::model::Figure>| f.is_some_and(|f| !f.shown.trim().is_empty());
    let reported: std::collections::HashSet<(u32, u32)> = m
        .indikator
        .iter()
        .filter(|i| written(i.realisasi.as_ref()))
        .map(|i| i.nama_cell)
        .chain(
            m.triwulan
                .iter()
                .filter(|t| {
                    written(t.realisasi_tahunan.as_deref())
                        || t.quarters.iter().any(|q| written(q.realisasi.as_ref()))
                })
                .map(|t| t.nama_cell),
        )
        .collect();
    // a name as its twin writes it: without a note in brackets at its end (`(draft lama)`,
    // `(orang)`; a code in capitals, `(SMP)`, stays part of it)
    let twin = |nama: &str| {
        let base = crate::text::bracket_at_end(nama)
            .filter(|(_, inner)| inner.chars().any(char::is_lowercase))
            .map_or(nama, |(head, _)| head);
        crate::text::norm_hash(base)
    };
    // every indicator of the sheet, the year's and the plans': its name's cell, its name,
    // and the annual one itself (whose note a Keterangan column may write)
    let named: Vec<((u32, u32), &str, Option<&crate::model::Indikator>)> = m
        .indikator
        .iter()
        .map(|i| (i.nama_cell, &*i.nama, Some(i)))
        .chain(
            m.triwulan
                .iter()
                .map(|t| (t.nama_cell, t.nama.as_str(), None)),
        )
        .collect();
    let shown: std::collections::HashSet<u64> = named
        .iter()
        .filter(|(cell, _, _)| !hidden(*cell))
        .map(|(_, nama, _)| twin(nama))
        .collect();
    // a hidden row noted as taken out of the year's agreement (`dihapus (PK Perubahan)`)
    let noted_removed = |i: &crate::model::Indikator| {
        let Some(col) = m
            .tables
            .get(i.table)
            .and_then(|t| t.col(crate::layout::Role::Keterangan))
        else {
            return false;
        };
        sheet.get(i.row, col).is_some_and(|c| {
            let note = crate::text::norm(&c.value.as_text());
            note.split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "dihapus" | "dihilangkan" | "dicabut" | "dibatalkan"))
        })
    };
    // a hidden row whose name notes it a draft at its end (`Jumlah bibit bantuan BPDAS
    // (draft)`)
    let noted_draft =
        |nama: &str| crate::text::bracket_at_end(nama).is_some_and(|(_, inner)| says_draft(inner));
    named
        .iter()
        .filter(|(cell, nama, annual)| {
            hidden(*cell)
                && (shown.contains(&twin(nama))
                    || annual.is_some_and(noted_removed)
                    || noted_draft(nama)
                    || !reported.contains(cell))
        })
        .map(|(cell, _, _)| *cell)
        .collect()
}

/// Whether a text calls what it names a draft: `draft`, `belum final`, `konsep`.
fn says_draft(t: &str) -> bool {
    let t = crate::text::norm(t);
    t.contains("belum final")
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "draft" | "draf" | "konsep"))
}

/// Whether a sheet calls itself a draft ([`says_draft`]) in its name or in a line of its
/// title above its first table.
fn titled_a_draft(sheet: &crate::read::Sheet, m: &SheetModel) -> bool {
    // the first row of any table's header or body
    let above = m
        .tables
        .iter()
        .flat_map(|t| t.header_rows.iter().copied().chain([t.first_row]))
        .min()
        .unwrap_or(0);
    says_draft(&sheet.name)
        || sheet
            .cells
            .iter()
            .take_while(|c| c.row < above)
            .any(|c| matches!(&c.value, crate::read::Raw::Text(t) if says_draft(t)))
}

/// Where an annual table's indicators are read: the sheet, its workbook (for the Renstra's
/// last year), its model, and the agency its title block names.
struct EntryCx<'a> {
    place: &'a Arc<SheetPlace>,
    wb: Option<&'a Workbook>,
    m: &'a SheetModel,
    agency: Option<&'a str>,
}

/// One indicator of an annual table as an entry of `year` named `name`; none where it has no
/// figure of its own and `keep_unfigured` is not set (an evaluation form's urusan and
/// bidang rows, which carry only budgets).
fn indikator_entry(
    cx: &EntryCx,
    i: &crate::model::Indikator,
    name: &str,
    year: i32,
    keep_unfigured: bool,
    names: &mut Names,
) -> Option<Box<Entry>> {
    let place = cx.place;
    let sasaran = i.sasaran.as_deref().map(str::to_string);
    let unit = unit_of(
        i.satuan.as_deref(),
        &[i.target.as_ref(), i.realisasi.as_ref()],
    );
    // a unit of money written only in the name's brackets (`Nilai transaksi UMKM (Rp juta)`,
    // in a table with no Satuan column): its figures of no scale of their own are in its
    // scale, as a plan's figures are in their unit's
    let named = unit.is_none().then(|| unit_in_name(name)).flatten();
    let named_scale = unit_factor(named.as_deref());
    let unit = unit.or(named);
    let target = i
        .target
        .as_ref()
        .and_then(|f| fig_in_scale(f, place, named_scale));
    let realisasi = i
        .realisasi
        .as_ref()
        .and_then(|f| fig_in_scale(f, place, named_scale));
    let capaian = i.capaian.as_ref().and_then(|f| fig(f, place));
    let target_akhir = i
        .target_akhir
        .as_deref()
        .and_then(|f| fig_in_scale(f, place, named_scale));
    // an indicator measured by a grade (`Nilai evaluasi SAKIP`: BB, B) or by words in both
    // its target and its realisasi (`Opini BPK`: WTP; `Akreditasi RS`: Paripurna, Utama) is
    // compared by its name, with no figure
    let word = |f: &Option<Figure>| {
        f.as_ref().is_some_and(|f| match &f.reading {
            Reading::Text { text } => {
                text.chars().count() <= 30 && text.chars().any(char::is_alphabetic)
            }
            _ => false,
        })
    };
    let graded = [&i.target, &i.realisasi]
        .into_iter()
        .flatten()
        .any(|f| matches!(f.reading, Reading::Grade { .. }))
        || word(&i.target) && word(&i.realisasi);
    // its target and its realisasi both written `-` (not measured that year, `Jumlah Desa
    // Mandiri` before the first village became one): the year's word too, as an earlier
    // year's dashes beside are
    let dashed = [&i.target, &i.realisasi]
        .into_iter()
        .all(|f| f.as_ref().is_some_and(|f| f.reading == Reading::Dash));
    if !keep_unfigured
        && target.is_none()
        && realisasi.is_none()
        && capaian.is_none()
        && target_akhir.is_none()
        && !graded
        && !dashed
    {
        return None;
    }
    let p = names.prepare(
        name,
        cx.agency,
        sasaran.as_deref(),
        unit.as_deref(),
        target.as_ref().or(realisasi.as_ref()),
    );
    Some(Box::new(Entry {
        sasaran,
        unit,
        polaritas: i.polaritas,
        target,
        realisasi,
        capaian,
        target_akhir,
        renstra_end: i
            .target_akhir
            .as_ref()
            .and_then(|_| renstra_end(cx.wb, cx.m, i.table)),
        lalu: i.capaian_lalu.as_deref().and_then(|f| fig(f, place)),
        source: src(place, i.nama_cell.0, i.nama_cell.1),
        ..p.entry(year, name)
    }))
}

/// The agency a sheet's title block names (its file's where the sheet names none), as a
/// place in `files`: the first agency it is not surely other than, else a new one.
///
/// An agency named otherwise by another sheet of the same workbook, for another year (`UPTD
/// PPKB Dinas Perhubungan` over 2022, `UPTD Pengawasan Muatan Kendaraan (Jembatan Timbang)`
/// over 2023), is that sheet's: a workbook holding an agency's years is one agency's, renamed
/// or shortened, and the other name then tells it in other files too. Sheets of one year
/// naming two agencies (a compilation of several agencies' tables) stay two.
fn agency_of(
    r: &FileReport,
    (m, year): (&SheetModel, i32),
    path: &Arc<str>,
    in_file: &mut Vec<(i32, usize)>,
    seen: &mut Vec<(Agency, usize)>,
    files: &mut Vec<AgencyFiles>,
) -> Option<usize> {
    let name = m.meta.agency.as_deref().or(r.agency.as_deref());
    let agency = Agency::of(name, m.meta.region.as_deref())?;
    let at = match seen.iter().find(|(a, _)| !a.differs(&agency)) {
        Some(&(_, at)) => at,
        None => {
            let file_agency = in_file
                .first()
                .map(|&(_, at)| at)
                .filter(|&at| in_file.iter().all(|&(y, other)| other == at && y != year));
            match file_agency {
                Some(at) => {
                    seen.push((agency, at));
                    at
                }
                None => {
                    seen.push((agency, files.len()));
                    files.push(AgencyFiles {
                        name: name
                            .or(m.meta.region.as_deref())
                            .unwrap_or("")
                            .trim()
                            .to_string(),
                        files: Vec::new(),
                    });
                    files.len() - 1
                }
            }
        }
    };
    in_file.push((year, at));
    if files[at].files.last().map(String::as_str) != Some(&**path) {
        files[at].files.push(path.to_string());
    }
    Some(at)
}

/// The budget of the years a file's budget tables give (realisasi anggaran per program and
/// kegiatan, [`crate::layout::budget`]), where no budget line gave it: a table's last JUMLAH
/// line, or the sum of its programmes where it has none, in the unit its header states. A
/// table's year is its sheet's, else the one its title names, else the file's.
fn budget_tables(r: &FileReport, budget: &mut std::collections::BTreeMap<i32, BudgetYear>) {
    let Some(wb) = r.workbook.as_ref() else {
        return;
    };
    let path: Arc<str> = Arc::from(r.path.display().to_string());
    let file_year = r.models.iter().find_map(|m| m.year());
    for sheet in &wb.sheets {
        if crate::model::OWN_SHEETS.contains(&sheet.name.as_str()) {
            continue;
        }
        let models = || r.models.iter().filter(|m| m.name == sheet.name);
        let model_year = models().find_map(|m| m.year());
        // the year's budget already known from its lines: no table of it is looked for
        if model_year.is_some_and(|y| {
            budget
                .get(&y)
                .is_some_and(|b| b.anggaran.is_some() && b.realisasi.is_some())
        }) {
            continue;
        }
        let tables = budget::find_beside(sheet, models().flat_map(|m| &m.tables));
        let Some(first) = tables.first() else {
            continue;
        };
        let title_year = || {
            (0..first.header_row)
                .flat_map(|row| sheet.row(row))
                .find_map(|c| crate::text::year_after_tahun(&c.value.as_text()))
        };
        let Some(year) = model_year.or_else(title_year).or(file_year) else {
            continue;
        };
        let place = Arc::new(SheetPlace {
            path: path.clone(),
            sheet: Arc::from(sheet.name.as_str()),
        });
        for t in &tables {
            for (kind, col) in [
                (BudgetKind::Anggaran, t.anggaran_col),
                (BudgetKind::Realisasi, t.realisasi_col),
            ] {
                let known = budget.get(&year).is_some_and(|y| match kind {
                    BudgetKind::Anggaran => y.anggaran.is_some(),
                    BudgetKind::Realisasi => y.realisasi.is_some(),
                });
                if known {
                    continue;
                }
                if let Some(fig) = table_total(t, kind, col, &place) {
                    let y = budget.entry(year).or_default();
                    match kind {
                        BudgetKind::Anggaran => y.anggaran = Some(fig),
                        BudgetKind::Realisasi => y.realisasi = Some(fig),
                    }
                }
            }
        }
    }
}

/// A budget table's total of one figure: its last JUMLAH line's, else its outermost lines'
/// sum (shown where the column's header is).
fn table_total(
    t: &budget::BudgetTable,
    kind: BudgetKind,
    col: u32,
    place: &Arc<SheetPlace>,
) -> Option<Fig> {
    fn of(i: &budget::BudgetItem, kind: BudgetKind) -> &budget::Amount {
        match kind {
            BudgetKind::Anggaran => &i.anggaran,
            BudgetKind::Realisasi => &i.realisasi,
        }
    }
    let factor = t.unit.factor();
    if let Some(total) = t.items.iter().rev().find(|i| i.total) {
        let a = of(total, kind);
        return Some(Fig {
            value: a.value?,
            factor,
            shown: a.shown.trim().into(),
            source: src(place, total.row, a.col),
        });
    }
    let mut sum = Decimal::ZERO;
    for line in t.items.iter().filter(|i| i.depth == 0) {
        sum += of(line, kind).value?;
    }
    Some(Fig {
        value: sum,
        factor,
        shown: crate::num::fmt_id_auto(sum, 0, 2).into(),
        source: src(place, t.header_row, col),
    })
}

/// One sheet's year, entries and budget lines, before the years are put together.
struct SheetOfYear {
    year: i32,
    /// its agency's place in [`Collected::agencies`], where its title block names one
    agency: Option<usize>,
    entries: Vec<Box<Entry>>,
    /// a Renstra sheet (its indicators carry final targets)
    renstra: bool,
    place: Arc<SheetPlace>,
    /// (year, kind, amount)
    budget: Vec<(i32, BudgetKind, Fig)>,
    /// left out: another sheet taken holds the same year's table
    left_out: bool,
    merit: Merit,
}

/// Which of two sheets holding one year's table to take: one in a file whose name gives its
/// year, or none, before one in a file of another year (`PK 2020 (lama)` left in the 2021
/// LKjIP's workbook, beside the 2020 evaluation form); a sheet the workbook shows before
/// one it hides (a hidden recap of the first semester beside the monthly sheet); an annual
/// table (the year's own measurement) before a quarterly plan, then the report of the later
/// quarter (an evaluation form's "Triwulan III" before its "Triwulan I"), the one with the
/// most realisasi, the most figures filled in (a plan's later quarters), the most
/// indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Merit {
    /// the file's name gives the sheet's year, or no one year
    file_year: bool,
    /// the workbook shows the sheet (does not hide it)
    shown: bool,
    annual: bool,
    /// the quarter an evaluation report is of, as its title or sheet name says (0: none)
    quarter: u8,
    realisasi: usize,
    figures: usize,
    indicators: usize,
}

impl Merit {
    fn of(m: &SheetModel, entries: &[Box<Entry>], file_year: bool, shown: bool) -> Merit {
        let n = |f: Option<&Figure>| usize::from(f.is_some_and(|f| f.reading.quantity().is_some()));
        let annual_figures: usize = m
            .indikator
            .iter()
            .map(|i| {
                n(i.target.as_ref())
                    + n(i.realisasi.as_ref())
                    + n(i.capaian.as_ref())
                    + n(i.target_akhir.as_deref())
                    + n(i.realisasi_akhir.as_deref())
                    + n(i.anggaran_target.as_deref())
                    + n(i.anggaran_realisasi.as_deref())
            })
            .sum();
        let quarter_figures: usize = m
            .triwulan
            .iter()
            .map(|t| {
                n(t.annual.as_ref())
                    + t.quarters
                        .iter()
                        .map(|q| {
                            n(q.target.as_ref()) + n(q.realisasi.as_ref()) + n(q.capaian.as_ref())
                        })
                        .sum::<usize>()
            })
            .sum();
        Merit {
            file_year,
            shown,
            annual: m.triwulan.is_empty(),
            quarter: m
                .tables
                .iter()
                .filter_map(|t| t.eval.as_ref()?.report_quarter)
                .max()
                .unwrap_or(0),
            realisasi: entries.iter().filter(|e| e.realisasi.is_some()).count(),
            figures: annual_figures + quarter_figures,
            indicators: entries.len(),
        }
    }
}

/// Marks the sheets that hold a year's table another sheet already holds (the same file
/// twice as .xls and .xlsx, a revised copy beside the first, the Rencana Aksi beside the
/// PK): four in five of the smaller one's indicator names are the other's too. Of such sheets
/// of a year (of one kind: the year's own tables, or Renstra sheets; of either where one is
/// hidden and the other shown) the best by [`Merit`] is taken (the first given of equals);
/// the others are left out, so that no indicator stands twice in a year. Sheets whose
/// indicators differ (a year's table split over two sheets) are all taken.
fn mark_repeats(sheets: &mut [SheetOfYear]) -> Vec<RepeatedSheet> {
    // the names of the sheets that share their year and kind with another, or their year
    // with a hidden sheet (most share none)
    let mut kinds: FxHashMap<(i32, bool), usize> = FxHashMap::default();
    let mut hidden_years: FxHashSet<i32> = FxHashSet::default();
    let mut years: FxHashMap<i32, usize> = FxHashMap::default();
    for s in sheets.iter() {
        *kinds.entry((s.year, s.renstra)).or_default() += 1;
        *years.entry(s.year).or_default() += 1;
        if !s.merit.shown {
            hidden_years.insert(s.year);
        }
    }
    let names: Vec<FxHashSet<&str>> = sheets
        .iter()
        .map(|s| {
            let kind_shared = kinds.get(&(s.year, s.renstra)).is_some_and(|n| *n > 1);
            let beside_hidden =
                hidden_years.contains(&s.year) && years.get(&s.year).is_some_and(|n| *n > 1);
            if kind_shared || beside_hidden {
                s.entries.iter().map(|e| e.split.content.as_str()).collect()
            } else {
                FxHashSet::default()
            }
        })
        .collect();
    // the sets of sheets holding one table, each in the order given: a sheet joins the
    // first set whose first sheet it repeats
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for b in 0..sheets.len() {
        let sb = &sheets[b];
        let repeats = |a: usize| {
            let sa = &sheets[a];
            let agencies_differ = matches!((sa.agency, sb.agency), (Some(x), Some(y)) if x != y);
            // a hidden sheet repeats a shown one of either kind: a draft or a helper's
            // copy (`olah data` beside the LKjIP table with its Renstra column)
            let kinds_differ = sa.renstra != sb.renstra && sa.merit.shown == sb.merit.shown;
            if sa.year != sb.year || kinds_differ || agencies_differ {
                return false;
            }
            let shared = names[b].intersection(&names[a]).count();
            // four in five of the smaller one's names: a copy, or a table and the same
            // year's Rencana Aksi (an agency's two sheets of one year rarely share more than
            // the names every agency's forms have)
            shared * 5 >= names[a].len().min(names[b].len()) * 4 && shared > 0
        };
        match sets.iter_mut().find(|set| repeats(set[0])) {
            Some(set) => set.push(b),
            None => sets.push(vec![b]),
        }
    }
    let (mut repeated, mut marks) = (Vec::new(), Vec::new());
    for members in sets.iter().filter(|set| set.len() > 1) {
        // the first of the best: max_by_key keeps the last of equals, so go backwards
        let Some(&kept) = members.iter().rev().max_by_key(|&&i| sheets[i].merit) else {
            continue;
        };
        for &i in members {
            if i == kept {
                continue;
            }
            marks.push(i);
            repeated.push(RepeatedSheet {
                year: sheets[i].year,
                path: sheets[i].place.path.to_string(),
                sheet: sheets[i].place.sheet.to_string(),
                kept_path: sheets[kept].place.path.to_string(),
                kept_sheet: sheets[kept].place.sheet.to_string(),
                shared: names[i].intersection(&names[kept]).count(),
                indicators: names[i].len(),
                summary: false,
                table_row: None,
            });
        }
    }
    drop(names);
    for i in marks {
        sheets[i].left_out = true;
    }
    repeated.sort_by_key(|r| r.year);
    repeated
}

/// Gives the year's indicators the final targets of its Renstra sheet, matched one to one
/// by name (only rows and indicators that share a blocking word are scored, as between
/// years); a Renstra row that matches none stays an indicator of its own.
fn merge_renstra(main: &mut Vec<Box<Entry>>, renstra: Vec<Box<Entry>>) {
    if renstra.is_empty() {
        return;
    }
    let mut scored = super::matching::Scored::default();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut r_used = vec![false; renstra.len()];
    let mut m_used = vec![false; main.len()];
    // the same name and unit, each the only one of its side: joined at once, as between
    // years (`group`); only the rest is scored
    let mut keys: rustc_hash::FxHashMap<&str, (usize, usize, usize)> = Default::default();
    for (mi, m) in main.iter().enumerate() {
        keys.entry(&m.same).or_insert((mi, 0, 0)).1 += 1;
    }
    let mut first_of: Vec<Option<usize>> = vec![None; renstra.len()];
    for (ri, r) in renstra.iter().enumerate() {
        if let Some(k) = keys.get_mut(&*r.same) {
            k.2 += 1;
            first_of[ri] = Some(k.0);
        }
    }
    for (ri, r) in renstra.iter().enumerate() {
        let Some(mi) = first_of[ri] else { continue };
        if keys.get(&*r.same).is_some_and(|k| k.1 == 1 && k.2 == 1)
            && super::matching::verdict_scored(&main[mi], r, false, &mut scored).outcome
                != super::matching::Outcome::None
        {
            pairs.push((1.0, ri, mi));
            r_used[ri] = true;
            m_used[mi] = true;
        }
    }
    drop(keys);
    // of the rest, only pairs that share a blocking word are scored, as between years
    // (`matching::block_tokens`)
    let mut index = super::matching::BlockIndex::default();
    for (mi, m) in main.iter().enumerate() {
        if !m_used[mi] {
            index.add(mi, &m.blocks());
        }
    }
    let mut near: Vec<usize> = Vec::new();
    for (ri, r) in renstra.iter().enumerate() {
        if r_used[ri] {
            continue;
        }
        index.near(&r.blocks(), &mut near);
        for &mi in &near {
            let v = super::matching::verdict_scored(&main[mi], r, false, &mut scored);
            if v.outcome != super::matching::Outcome::None {
                pairs.push((v.score, ri, mi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    r_used.fill(false);
    m_used.fill(false);
    for (_, ri, mi) in pairs {
        if r_used[ri] || m_used[mi] {
            continue;
        }
        r_used[ri] = true;
        m_used[mi] = true;
        let r = &renstra[ri];
        let m = &mut main[mi];
        if m.target_akhir.is_none() {
            m.target_akhir = r.target_akhir.clone();
            m.renstra_end = r.renstra_end;
        }
        if m.unit.is_none() {
            m.unit = r.unit.clone();
            m.unit_key = r.unit_key.clone();
        }
        if m.lalu.is_none() {
            m.lalu = r.lalu.clone();
        }
    }
    for (ri, r) in renstra.into_iter().enumerate() {
        if !r_used[ri] {
            main.push(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CellRef, Fig};
    use rust_decimal::Decimal;

    /// The merit of a sheet's table, read from a sample workbook as `rakit compare` reads it.
    fn merits(name: &str) -> Vec<super::Merit> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../sample-workbooks")
            .join(name);
        let bytes = std::fs::read(&path).unwrap_or_default();
        let r = crate::app::read_for_compare(&path, bytes, None, u64::MAX);
        let mut names = super::Names::default();
        let place = std::sync::Arc::new(super::SheetPlace::default());
        r.models
            .iter()
            .map(|m| {
                let entries = super::sheet_entries(&place, None, m, 2020, None, &[], &mut names);
                super::Merit::of(m, &entries, true, true)
            })
            .collect()
    }

    /// An annual table is taken before a quarterly plan of the same year however many
    /// realisasi the plan has; between two of a kind, the fuller.
    #[test]
    fn an_annual_table_goes_before_a_plan() {
        let plan = merits("bone-2020-rencana-aksi.xlsx");
        let table = merits("banjar-pk-2014.xlsx");
        let (Some(plan), Some(table)) = (plan.first(), table.first()) else {
            panic!("no model read");
        };
        assert!(!plan.annual && table.annual);
        assert!(plan.realisasi > table.realisasi, "{plan:?} {table:?}");
        assert!(table > plan);
        let fewer = super::Merit {
            realisasi: table.realisasi - 1,
            figures: table.figures + 100,
            ..*table
        };
        assert!(table > &fewer);
        // a sheet in a file whose name gives another year goes after any other
        let elsewhere = super::Merit {
            file_year: false,
            ..*table
        };
        assert!(plan > &elsewhere);
        let emptier = super::Merit {
            figures: table.figures - 1,
            indicators: table.indicators + 1,
            ..*table
        };
        assert!(table > &emptier);
    }

    /// A figure is given in its indicator's unit: as written where the unit carries its
    /// scale, else its magnitude in that unit.
    #[test]
    fn a_figure_is_given_in_its_indicators_unit() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let fig = |value: &str, factor: &str| super::Fig {
            value: d(value),
            factor: d(factor),
            shown: value.into(),
            source: super::Source::default(),
        };
        let (one, juta, miliar) = (d("1"), d("1000000"), d("1000000000"));
        assert_eq!(super::unit_factor(Some("Rp. (juta)")), juta);
        assert_eq!(super::unit_factor(Some("Rp juta")), juta);
        assert_eq!(super::unit_factor(Some("Rp")), one);
        assert_eq!(super::unit_factor(Some("orang")), one);
        assert_eq!(super::unit_factor(None), one);
        // `42,5` under `Rp juta`, `195.000 Rp. (juta)` under `Rp. (juta)`: as written
        assert_eq!(fig("42.5", "1000000").in_unit(juta), d("42.5"));
        // `Rp 130 Miliar` under `Rp`: in full
        assert_eq!(fig("130", "1000000000").in_unit(one), d("130000000000"));
        // `Rp 1,2 M` under `Rp (juta)`: in juta
        assert_eq!(fig("1.2", "1000000000").in_unit(juta), d("1200"));
        // `57.000` in a column headed `Rp. (juta)` (read with the column's scale): as written
        assert_eq!(fig("57000", "1000000").in_unit(juta), d("57000"));
        // a year in full rupiah where the indicator's unit is `Rp (juta)`: in juta
        assert_eq!(fig("125000000000", "1").in_unit(juta), d("125000"));
        assert_eq!(super::in_unit(d("314000000"), juta), d("314"));
        assert_eq!(super::in_unit(d("5"), miliar), d("0.000000005"));
    }

    /// A figure's magnitude is the value times its scale, to the representation (scale and
    /// sign of a zero included), whether the scale is one or not.
    #[test]
    fn a_magnitude_is_the_product_to_the_representation() {
        let values = [
            "0",
            "-0",
            "0.00",
            "1",
            "-1",
            "57000",
            "55000000",
            "0.5",
            "-12.340",
            "99.99",
            "4294967296",
            "18446744073709551616",
            "79228162514264337593543950335",
            "-7922816251426433759354395033.5",
            "0.0000000000000000000000000001",
        ];
        let factors = ["1", "1.0", "1000", "1000000", "0.001", "1000000000000"];
        for v in values {
            for f in factors {
                let (value, factor): (Decimal, Decimal) = match (v.parse(), f.parse()) {
                    (Ok(v), Ok(f)) => (v, f),
                    _ => panic!("{v} {f}"),
                };
                let fig = Fig {
                    value,
                    factor,
                    shown: "".into(),
                    source: Default::default(),
                };
                if let Some(product) = value.checked_mul(factor) {
                    assert_eq!(
                        fig.magnitude().serialize(),
                        product.serialize(),
                        "{v} × {f}"
                    );
                }
            }
        }
    }

    /// A cell's address is written as `cell_name` writes it, to the last column and beyond
    /// the last row of a sheet.
    #[test]
    fn a_cell_ref_is_written_as_its_cell_name() {
        let rows = [0, 1, 8, 9, 99, 1_048_575, u32::MAX - 1, u32::MAX];
        let cols = [
            0,
            1,
            25,
            26,
            27,
            51,
            52,
            701,
            702,
            16_383,
            18_277,
            18_278,
            u32::MAX,
        ];
        for row in rows {
            for col in cols {
                assert_eq!(
                    CellRef { row, col }.to_string(),
                    crate::read::cell_name(row, col),
                    "{row} {col}"
                );
            }
        }
    }
}
