//! Generated "Evaluasi Terhadap Hasil Renja Perangkat Daerah" workbooks (Permendagri 86/2017,
//! Formulir E.81) with planted mistakes and an answer key beside each workbook.
//!
//! `cargo run -p xtask -- evaluasi OUT_DIR [--seed N] [--count N]` writes `count` workbooks of the
//! three numbering schemes (15 columns; the older 17 columns; the "shifted" one with a numbered
//! Satuan column, as Deli Serdang), each `NAME.xlsx` with `NAME.key.json`. Every third or so is
//! converted to `.xls` by LibreOffice when `soffice` is on PATH (the `.xlsx` is then removed and
//! the key names the `.xls`). `cargo run -p xtask -- samples` also writes the two fixed samples
//! [`build_samples`] makes.
//!
//! Every formula carries the result Excel would compute from the cells as written (mistakes
//! included: a wrong formula caches its own wrong result). The same seed gives the same bytes.
//!
//! The key (`NAME.key.json`): `scheme`, `sheet`, `period` (the quarter reported), `header_rows`,
//! `data_rows` [first, last], `rata_rata_row`, `predikat_row`, `levels` (Excel rows of each
//! level), `columns` (name -> column letter), `rules` (the rules written in the numbering row),
//! `mistakes` (each planted mistake: Excel `row`, `cell`, `kind`, `note`) and `clean_rows` (the
//! data rows without a planted mistake).

mod data;
mod rng;

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook,
    Worksheet, XlsxError,
};

use data::{Prog, OPDS, PENUNJANG};
use rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scheme {
    /// 12 = 8+9+10+11, 13 = 6+12, 14 = 13/5 x 100.
    S15,
    /// 12 = 8+9+10+11, 13 = 12/7 x 100, 14 = 6+12, 15 = 14/5 x 100.
    S17,
    /// Satuan numbered 5: 13 = 9+10+11+12, 14 = 7+13, 15 = 14/6 x 100.
    Shifted,
}

impl Scheme {
    fn key(self) -> &'static str {
        match self {
            Scheme::S15 => "15",
            Scheme::S17 => "17",
            Scheme::Shifted => "shifted",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    TypedOver,
    ConstantInFormula,
    NextRowRef,
    RangeChain,
    ParentSumOmits,
    ParentSumDouble,
    PercentPlusRupiah,
    Div0BlankTarget,
    FractionPercent,
    FloorNotRound,
    Tw3AsYear,
    AboveAnggaran,
    RataRataNotMean,
    PredikatMismatch,
    Tw1LaterQuarters,
}

const ALL_KINDS: [Kind; 15] = [
    Kind::TypedOver,
    Kind::ConstantInFormula,
    Kind::NextRowRef,
    Kind::RangeChain,
    Kind::ParentSumOmits,
    Kind::ParentSumDouble,
    Kind::PercentPlusRupiah,
    Kind::Div0BlankTarget,
    Kind::FractionPercent,
    Kind::FloorNotRound,
    Kind::Tw3AsYear,
    Kind::AboveAnggaran,
    Kind::RataRataNotMean,
    Kind::PredikatMismatch,
    Kind::Tw1LaterQuarters,
];

impl Kind {
    pub fn slug(self) -> &'static str {
        match self {
            Kind::TypedOver => "computed-typed-over",
            Kind::ConstantInFormula => "constant-in-formula",
            Kind::NextRowRef => "next-row-reference",
            Kind::RangeChain => "range-chain",
            Kind::ParentSumOmits => "parent-sum-omits-child",
            Kind::ParentSumDouble => "parent-sum-double-counts",
            Kind::PercentPlusRupiah => "percent-plus-rupiah",
            Kind::Div0BlankTarget => "div0-blank-target",
            Kind::FractionPercent => "capaian-as-fraction",
            Kind::FloorNotRound => "floor-not-round",
            Kind::Tw3AsYear => "tw3-as-year",
            Kind::AboveAnggaran => "realisasi-above-anggaran",
            Kind::RataRataNotMean => "rata-rata-not-mean",
            Kind::PredikatMismatch => "predikat-mismatch",
            Kind::Tw1LaterQuarters => "tw1-report-later-quarters",
        }
    }
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
const BULAN_LAPOR: [&str; 4] = ["April", "Juli", "Oktober", "Januari"];

/// What one workbook is made of.
pub struct Params {
    pub seed: u64,
    pub scheme: Scheme,
    /// K, % and Rp under each quarter (else K and Rp).
    pub pct: bool,
    /// The quarter reported (1-4).
    pub period: usize,
    pub year: u16,
    pub opd: usize,
    pub kab: usize,
    /// TW labels typed `Il`, `Ill`, with trailing spaces.
    pub sloppy_tw: bool,
    /// The kinds to plant (None: chosen at random).
    pub kinds: Option<Vec<Kind>>,
    /// How this year's form writes an indicator's name (None: as the nomenclature does):
    /// the names drift from year to year (`cargo run -p xtask -- years`).
    pub rename: Option<fn(&str, u16) -> String>,
}

impl Params {
    /// The parameters of workbook `index` of a run with `seed`.
    pub fn random(seed: u64, index: usize) -> Params {
        let mut rng = Rng::new(seed ^ (index as u64 + 1).wrapping_mul(0xA076_1D64_78BD_642F));
        let scheme = [Scheme::S15, Scheme::S17, Scheme::Shifted][index % 3];
        let pct = rng.chance(if scheme == Scheme::Shifted { 0.7 } else { 0.35 });
        let period = if rng.chance(0.55) {
            4
        } else {
            rng.int(1, 3) as usize
        };
        Params {
            seed: rng.next_u64(),
            scheme,
            pct,
            period,
            year: rng.int(2021, 2025) as u16,
            opd: rng.below(OPDS.len()),
            kab: rng.below(data::KABUPATEN.len()),
            sloppy_tw: rng.chance(0.5),
            kinds: None,
            rename: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Columns

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum G {
    Renstra,
    Lalu,
    Target,
    Tw(usize),
    Real,
    CapTahun,
    RealRenstra,
    CapRenstra,
}

struct Group {
    g: G,
    number: u32,
    k: u16,
    pct: Option<u16>,
    rp: u16,
}

struct Cols {
    no: u16,
    sasaran: u16,
    program: u16,
    indikator: u16,
    satuan: u16,
    groups: Vec<Group>,
    unit_pd: u16,
    unit_number: u32,
    ncols: u16,
}

impl Cols {
    fn new(scheme: Scheme, pct: bool) -> Cols {
        let mut gs = vec![
            G::Renstra,
            G::Lalu,
            G::Target,
            G::Tw(0),
            G::Tw(1),
            G::Tw(2),
            G::Tw(3),
            G::Real,
        ];
        if scheme == Scheme::S17 {
            gs.push(G::CapTahun);
        }
        gs.extend([G::RealRenstra, G::CapRenstra]);
        let mut c = 5u16;
        let mut n = if scheme == Scheme::Shifted { 6 } else { 5 };
        let mut groups = Vec::new();
        for g in gs {
            let has_pct = pct && matches!(g, G::Tw(_));
            let k = c;
            let p = has_pct.then_some(c + 1);
            let rp = c + 1 + u16::from(has_pct);
            c = rp + 1;
            groups.push(Group {
                g,
                number: n,
                k,
                pct: p,
                rp,
            });
            n += 1;
        }
        Cols {
            no: 0,
            sasaran: 1,
            program: 2,
            indikator: 3,
            satuan: 4,
            groups,
            unit_pd: c,
            unit_number: n,
            ncols: c + 1,
        }
    }

    fn g(&self, g: G) -> &Group {
        self.groups.iter().find(|x| x.g == g).expect("group")
    }

    fn tw(&self, q: usize) -> &Group {
        self.g(G::Tw(q))
    }
}

fn col_name(mut c: u16) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

fn a1(row: u32, col: u16) -> String {
    format!("{}{row}", col_name(col))
}

// ---------------------------------------------------------------------------------------------
// Rows and their figures

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    Program,
    Kegiatan,
    Sub,
}

struct Row {
    level: Level,
    name: &'static str,
    ind: &'static str,
    unit: &'static str,
    sasaran: &'static str,
    bidang: &'static str,
    children: Vec<usize>,
    renstra_k: f64,
    lalu_k: f64,
    target_k: f64,
    q_k: [f64; 4],
    renstra_rp: f64,
    lalu_rp: f64,
    target_rp: f64,
    q_rp: [f64; 4],
}

fn is_ratio(unit: &str) -> bool {
    matches!(unit, "%" | "Indeks" | "Nilai")
}

fn round_to(v: f64, dec: i32) -> f64 {
    let m = 10f64.powi(dec);
    (v * m).round() / m
}

/// Splits `total` over the first `period` quarters with weights `w`, at `dec` decimals.
fn split(total: f64, w: &[f64; 4], period: usize, dec: i32) -> [f64; 4] {
    let wsum: f64 = w[..period].iter().sum();
    let mut out = [0.0; 4];
    let mut acc = 0.0;
    for q in 0..period {
        if q + 1 == period {
            out[q] = round_to(total - acc, dec);
        } else {
            let m = 10f64.powi(dec);
            out[q] = (total * w[q] / wsum * m).floor() / m;
            acc += out[q];
        }
    }
    out
}

fn gen_figures(rng: &mut Rng, row: &mut Row, period: usize) {
    let w = [
        rng.range(0.1, 0.2),
        rng.range(0.2, 0.3),
        rng.range(0.22, 0.3),
        rng.range(0.25, 0.4),
    ];
    let share = w[..period].iter().sum::<f64>() / w.iter().sum::<f64>();
    if is_ratio(row.unit) {
        let (t, dec) = match row.unit {
            "%" => (round_to(rng.range(60.0, 98.0), 1), 2),
            "Indeks" => (round_to(rng.range(2.5, 4.0), 2), 2),
            _ => (round_to(rng.range(60.0, 85.0), 2), 2),
        };
        row.target_k = t;
        row.renstra_k = if row.unit == "Indeks" {
            round_to(t + rng.range(0.1, 0.5), 2)
        } else {
            round_to((t + rng.range(0.0, 8.0)).min(100.0), 1)
        };
        row.lalu_k = 0.0;
        let ach = rng.range(0.82, 1.08);
        let total = round_to(t * ach * share, dec);
        row.q_k = split(total, &w, period, dec);
    } else {
        let t = match row.unit {
            "Dokumen" => rng.int(1, 6),
            "Laporan" => *rng.pick(&[1, 2, 4, 12]),
            "Paket" => rng.int(1, 10),
            "Unit" => rng.int(2, 25),
            "Orang" => rng.int(20, 600),
            "Orang/Bulan" => rng.int(24, 80),
            "Km" => rng.int(2, 30),
            _ => rng.int(2, 12),
        } as f64;
        row.target_k = t;
        row.renstra_k = t * rng.int(4, 6) as f64;
        row.lalu_k = (t * rng.range(2.2, 3.6)).round();
        let ach = if rng.chance(0.75) {
            1.0
        } else {
            rng.range(0.7, 1.1)
        };
        let total = (t * ach * share).round();
        row.q_k = split(total, &w, period, 0);
    }
    let a = rng.int(25_000, 1_500_000) as f64 * 1000.0;
    row.target_rp = a;
    row.renstra_rp = round_to(a * rng.range(4.2, 5.6), -3);
    row.lalu_rp = round_to(a * rng.range(2.4, 3.8), -3);
    let real = a * rng.range(0.6, 0.985) * share;
    row.q_rp = split(real / 100.0, &w, period, 0).map(|v| v * 100.0);
}

fn build_rows(rng: &mut Rng, p: &Params) -> Vec<Row> {
    let opd = &OPDS[p.opd];
    let mut progs: Vec<&Prog> = vec![&PENUNJANG];
    progs.extend(opd.programs.iter());
    let mut rows = Vec::new();
    let new = |level, name, ind, unit, prog: &Prog| Row {
        level,
        name,
        ind,
        unit,
        sasaran: if level == Level::Program {
            prog.sasaran
        } else {
            ""
        },
        bidang: prog.bidang,
        children: Vec::new(),
        renstra_k: 0.0,
        lalu_k: 0.0,
        target_k: 0.0,
        q_k: [0.0; 4],
        renstra_rp: 0.0,
        lalu_rp: 0.0,
        target_rp: 0.0,
        q_rp: [0.0; 4],
    };
    for prog in progs {
        let pi = rows.len();
        rows.push(new(Level::Program, prog.name, prog.ind, prog.unit, prog));
        for keg in prog.kegs {
            let ki = rows.len();
            rows[pi].children.push(ki);
            rows.push(new(Level::Kegiatan, keg.name, keg.ind, keg.unit, prog));
            for (i, sub) in keg.subs.iter().enumerate() {
                // Now and then a sub kegiatan is not in this year's Renja.
                if i > 0 && rng.chance(0.1) {
                    continue;
                }
                let si = rows.len();
                rows[ki].children.push(si);
                rows.push(new(Level::Sub, sub.0, sub.1, sub.2, prog));
            }
        }
    }
    for row in rows.iter_mut() {
        gen_figures(rng, row, p.period);
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Planting

#[derive(Clone, Copy)]
struct Planted {
    kind: Kind,
    /// The column of the cell that holds the mistake.
    col: u16,
    /// The child (row index) a parent SUM leaves out or counts twice.
    aux: usize,
}

struct Plan {
    rows: BTreeMap<usize, Planted>,
    footer: Vec<Kind>,
}

const FIRST: u32 = 11;

/// The main capaian: (group, numerator group, denominator group).
fn main_cap(scheme: Scheme) -> (G, G, G) {
    if scheme == Scheme::S17 {
        (G::CapTahun, G::Real, G::Target)
    } else {
        (G::CapRenstra, G::RealRenstra, G::Renstra)
    }
}

fn k_of(row: &Row, g: G) -> f64 {
    match g {
        G::Renstra => row.renstra_k,
        G::Target => row.target_k,
        _ => unreachable!(),
    }
}

fn clean_cap(row: &Row, scheme: Scheme) -> f64 {
    let real: f64 = row.q_k.iter().sum();
    if scheme == Scheme::S17 {
        real / row.target_k * 100.0
    } else {
        (row.lalu_k + real) / row.renstra_k * 100.0
    }
}

fn plan(rng: &mut Rng, p: &Params, cols: &Cols, rows: &mut [Row]) -> Plan {
    let kinds: Vec<Kind> = match &p.kinds {
        Some(k) => k.clone(),
        None => {
            let mut all = ALL_KINDS.to_vec();
            rng.shuffle(&mut all);
            let n = rng.int(4, 7) as usize;
            all.truncate(n);
            all
        }
    };
    let (_, _, denom) = main_cap(p.scheme);
    let mut plan = Plan {
        rows: BTreeMap::new(),
        footer: Vec::new(),
    };
    let nprog = rows.iter().filter(|r| r.level == Level::Program).count();
    for kind in kinds {
        match kind {
            Kind::RangeChain => {
                let div0 = plan.rows.values().any(|x| x.kind == Kind::Div0BlankTarget);
                if nprog >= 3 && !div0 && !plan.footer.contains(&Kind::RataRataNotMean) {
                    plan.footer.push(kind);
                }
                continue;
            }
            Kind::RataRataNotMean => {
                if !plan.footer.contains(&Kind::RangeChain) {
                    plan.footer.push(kind);
                }
                continue;
            }
            Kind::PredikatMismatch => {
                plan.footer.push(kind);
                continue;
            }
            Kind::Div0BlankTarget if plan.footer.contains(&Kind::RangeChain) => continue,
            _ => {}
        }
        let mut cands: Vec<(usize, Planted)> = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            if plan.rows.contains_key(&i) {
                continue;
            }
            let sub = row.level == Level::Sub;
            let real_k: f64 = row.q_k.iter().sum();
            // At 9 decimals, so that 56.99999999999999 counts as the 57 it shows.
            let cap = round_to(clean_cap(row, p.scheme), 9);
            let (cap_g, _, _) = main_cap(p.scheme);
            let at = |col: u16, aux: usize| Planted { kind, col, aux };
            let c = match kind {
                Kind::TypedOver if p.period >= 2 && real_k > 0.0 => Some(at(cols.g(G::Real).k, 0)),
                Kind::ConstantInFormula
                    if sub && p.period >= 2 && row.q_rp[0] > 0.0 && row.q_rp[1] > 0.0 =>
                {
                    Some(at(cols.tw(1).rp, 0))
                }
                Kind::NextRowRef => {
                    let next = rows.get(i + 1).map(|r| k_of(r, denom));
                    match next {
                        Some(d) if d > 0.0 && (d - k_of(row, denom)).abs() > 0.5 => {
                            Some(at(cols.g(cap_g).k, 0))
                        }
                        _ => None,
                    }
                }
                Kind::ParentSumOmits | Kind::ParentSumDouble if !sub && row.children.len() >= 2 => {
                    let child = row.children[rng.below(row.children.len())];
                    Some(at(cols.g(G::Target).rp, child))
                }
                Kind::PercentPlusRupiah => Some(at(cols.g(G::RealRenstra).rp, 0)),
                Kind::Div0BlankTarget if sub => Some(at(cols.g(cap_g).k, 0)),
                Kind::FractionPercent if cap > 5.0 && cap < 300.0 => Some(at(cols.g(cap_g).k, 0)),
                Kind::FloorNotRound
                    if cap.is_finite()
                        && ((cap * 100.0).floor() - (cap * 100.0).round()).abs() > 0.5 =>
                {
                    Some(at(cols.g(cap_g).k, 0))
                }
                Kind::Tw3AsYear if p.period == 4 && row.q_k[3] > 0.0 => {
                    Some(at(cols.g(G::Real).k, 0))
                }
                Kind::AboveAnggaran if sub && p.period >= 3 => Some(at(cols.g(G::Real).rp, 0)),
                Kind::Tw1LaterQuarters if sub && p.period == 1 => Some(at(cols.tw(1).k, 0)),
                _ => None,
            };
            if let Some(c) = c {
                if kind == Kind::AboveAnggaran {
                    // Only where the parent's other children leave room, so that the parent
                    // itself stays within its anggaran.
                    let parent = rows.iter().position(|r| r.children.contains(&i));
                    let Some(parent) = parent else { continue };
                    let slack: f64 = rows[parent]
                        .children
                        .iter()
                        .filter(|&&j| j != i)
                        .map(|&j| rows[j].target_rp - rows[j].q_rp.iter().sum::<f64>())
                        .sum();
                    if slack < row.target_rp * 0.2 {
                        continue;
                    }
                }
                cands.push((i, c));
            }
        }
        if cands.is_empty() {
            continue;
        }
        let (i, c) = cands[rng.below(cands.len())];
        match kind {
            Kind::AboveAnggaran => {
                let row = &mut rows[i];
                let new_total = round_to(row.target_rp * rng.range(1.03, 1.15), -2);
                let old: f64 = row.q_rp.iter().sum();
                let extra = new_total - old;
                row.q_rp[p.period - 1] += extra;
            }
            Kind::Tw1LaterQuarters => {
                let row = &mut rows[i];
                let v = if is_ratio(row.unit) {
                    round_to(row.target_k * rng.range(0.2, 0.35), 2)
                } else {
                    (row.target_k * rng.range(0.2, 0.4)).round().max(1.0)
                };
                row.q_k[1] = v;
            }
            _ => {}
        }
        plan.rows.insert(i, c);
    }
    plan
}

// ---------------------------------------------------------------------------------------------
// Cells and their cached values

#[derive(Clone, Debug, PartialEq)]
enum V {
    Blank,
    Num(f64),
    Text(String),
    Err,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum F {
    TextLeft,
    TextCenter,
    Int,
    Dec,
    Rp,
    Pct,
    Frac4,
}

struct Cell {
    formula: Option<String>,
    v: V,
    fmt: F,
}

fn num_s(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn band(v: f64) -> &'static str {
    if v > 90.0 {
        "Sangat Tinggi"
    } else if v > 75.0 {
        "Tinggi"
    } else if v > 65.0 {
        "Sedang"
    } else if v > 50.0 {
        "Rendah"
    } else {
        "Sangat Rendah"
    }
}

const BANDS: [&str; 5] = [
    "Sangat Tinggi",
    "Tinggi",
    "Sedang",
    "Rendah",
    "Sangat Rendah",
];

struct Sheet {
    cells: BTreeMap<(u32, u16), Cell>,
}

impl Sheet {
    fn put(&mut self, r: u32, c: u16, v: V, formula: Option<String>, fmt: F) {
        self.cells.insert((r, c), Cell { formula, v, fmt });
    }

    fn val(&self, r: u32, c: u16) -> V {
        self.cells
            .get(&(r, c))
            .map(|x| x.v.clone())
            .unwrap_or(V::Blank)
    }

    /// `=a+b+...` over cells: errors propagate, blanks and text count 0 (as `+` on blanks).
    fn sum(&self, refs: &[(u32, u16)]) -> V {
        let mut t = 0.0;
        for &(r, c) in refs {
            match self.val(r, c) {
                V::Num(x) => t += x,
                V::Err => return V::Err,
                _ => {}
            }
        }
        V::Num(t)
    }

    /// `=a/b*100`.
    fn ratio(&self, a: (u32, u16), b: (u32, u16)) -> V {
        match (self.val(a.0, a.1), self.val(b.0, b.1)) {
            (V::Err, _) | (_, V::Err) => V::Err,
            (x, V::Num(d)) if d != 0.0 => {
                let n = if let V::Num(n) = x { n } else { 0.0 };
                V::Num(n / d * 100.0)
            }
            _ => V::Err,
        }
    }

    /// `=AVERAGE(...)`: numbers only; no number is #DIV/0!.
    fn average(&self, refs: &[(u32, u16)]) -> V {
        let mut t = 0.0;
        let mut n = 0;
        for &(r, c) in refs {
            match self.val(r, c) {
                V::Num(x) => {
                    t += x;
                    n += 1;
                }
                V::Err => return V::Err,
                _ => {}
            }
        }
        if n == 0 {
            V::Err
        } else {
            V::Num(t / n as f64)
        }
    }
}

fn formula_of(refs: &[(u32, u16)]) -> String {
    let parts: Vec<String> = refs.iter().map(|&(r, c)| a1(r, c)).collect();
    format!("={}", parts.join("+"))
}

/// `SUM` over children's rows in column `c`, contiguous runs as ranges.
fn sum_formula(rows: &[u32], c: u16, list_style: bool) -> String {
    if list_style {
        let parts: Vec<String> = rows.iter().map(|&r| a1(r, c)).collect();
        return format!("=SUM({})", parts.join(","));
    }
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &r in rows {
        match runs.last_mut() {
            Some((_, e)) if *e + 1 == r => *e = r,
            _ => runs.push((r, r)),
        }
    }
    let parts: Vec<String> = runs
        .iter()
        .map(|&(s, e)| {
            if s == e {
                a1(s, c)
            } else {
                format!("{}:{}", a1(s, c), a1(e, c))
            }
        })
        .collect();
    format!("=SUM({})", parts.join(","))
}

struct Mistake {
    row: u32,
    col: u16,
    kind: Kind,
    note: String,
}

struct Built {
    sheet: Sheet,
    mistakes: Vec<Mistake>,
    last: u32,
    rr: u32,
    pr: u32,
}

fn fill(p: &Params, rng: &mut Rng, cols: &Cols, rows: &[Row], plan: &Plan) -> Built {
    let mut sh = Sheet {
        cells: BTreeMap::new(),
    };
    let mut mistakes = Vec::new();
    let n = rows.len() as u32;
    let last = FIRST + n - 1;
    let er = |i: usize| FIRST + i as u32;
    let (cap_g, _, den_g) = main_cap(p.scheme);
    let list_style = rng.chance(0.5);
    for i in (0..rows.len()).rev() {
        let row = &rows[i];
        let r = er(i);
        let planted = plan.rows.get(&i).copied();
        let kind = planted.map(|x| x.kind);
        let kf = if is_ratio(row.unit) { F::Dec } else { F::Int };
        sh.put(
            r,
            cols.no,
            V::Num(f64::from(r - FIRST + 1)),
            None,
            F::TextCenter,
        );
        if !row.sasaran.is_empty() {
            sh.put(
                r,
                cols.sasaran,
                V::Text(row.sasaran.into()),
                None,
                F::TextLeft,
            );
        }
        let name = match row.level {
            Level::Program => row.name.to_uppercase(),
            _ => row.name.to_string(),
        };
        sh.put(r, cols.program, V::Text(name), None, F::TextLeft);
        let ind = match p.rename {
            Some(f) => f(row.ind, p.year),
            None => row.ind.to_string(),
        };
        sh.put(r, cols.indikator, V::Text(ind), None, F::TextLeft);
        sh.put(
            r,
            cols.satuan,
            V::Text(row.unit.into()),
            None,
            F::TextCenter,
        );
        sh.put(
            r,
            cols.unit_pd,
            V::Text(row.bidang.into()),
            None,
            F::TextLeft,
        );
        // K inputs.
        let div0 = kind == Some(Kind::Div0BlankTarget);
        if !(div0 && den_g == G::Renstra) {
            sh.put(r, cols.g(G::Renstra).k, V::Num(row.renstra_k), None, kf);
        }
        sh.put(r, cols.g(G::Lalu).k, V::Num(row.lalu_k), None, kf);
        if !(div0 && den_g == G::Target) {
            sh.put(r, cols.g(G::Target).k, V::Num(row.target_k), None, kf);
        }
        let later = kind == Some(Kind::Tw1LaterQuarters);
        let mut cum = 0.0;
        for q in 0..4 {
            let g = cols.tw(q);
            if q < p.period || (later && q == 1) {
                sh.put(r, g.k, V::Num(row.q_k[q]), None, kf);
                cum += row.q_k[q];
                if let (Some(pc), V::Num(t)) = (g.pct, sh.val(r, cols.g(G::Target).k)) {
                    if t > 0.0 {
                        sh.put(r, pc, V::Num(round_to(cum / t * 100.0, 2)), None, F::Pct);
                    }
                }
            }
        }
        if later {
            mistakes.push(Mistake {
                row: r,
                col: cols.tw(1).k,
                kind: Kind::Tw1LaterQuarters,
                note: format!(
                    "Triwulan I report, but TW II K holds {} for this row",
                    num_s(row.q_k[1])
                ),
            });
        }
        // Rp inputs.
        let mut rp_cols: Vec<(u16, f64)> = vec![
            (cols.g(G::Renstra).rp, row.renstra_rp),
            (cols.g(G::Lalu).rp, row.lalu_rp),
            (cols.g(G::Target).rp, row.target_rp),
        ];
        for q in 0..p.period {
            rp_cols.push((cols.tw(q).rp, row.q_rp[q]));
        }
        for (c, v) in rp_cols {
            if row.level == Level::Sub {
                if kind == Some(Kind::ConstantInFormula) && c == cols.tw(1).rp {
                    let cum = row.q_rp[0] + row.q_rp[1];
                    let f = format!("={}-{}", num_s(cum), a1(r, cols.tw(0).rp));
                    sh.put(r, c, V::Num(row.q_rp[1]), Some(f.clone()), F::Rp);
                    mistakes.push(Mistake {
                        row: r,
                        col: c,
                        kind: Kind::ConstantInFormula,
                        note: format!("TW II Rp is {f}: the total to TW II typed into the formula"),
                    });
                } else {
                    sh.put(r, c, V::Num(v), None, F::Rp);
                }
                continue;
            }
            let kids: Vec<u32> = row.children.iter().map(|&j| er(j)).collect();
            let mut refs: Vec<(u32, u16)> = kids.iter().map(|&k| (k, c)).collect();
            let mut f = sum_formula(&kids, c, list_style && row.level == Level::Program);
            if let Some(pl) = planted.filter(|x| x.col == c) {
                let child = er(pl.aux);
                if pl.kind == Kind::ParentSumOmits {
                    let left: Vec<u32> = kids.iter().copied().filter(|&k| k != child).collect();
                    f = sum_formula(&left, c, true);
                    refs.retain(|&(k, _)| k != child);
                    mistakes.push(Mistake {
                        row: r,
                        col: c,
                        kind: pl.kind,
                        note: format!("{f} leaves out the child in row {child}"),
                    });
                } else {
                    f = format!("{f}+{}", a1(child, c));
                    refs.push((child, c));
                    mistakes.push(Mistake {
                        row: r,
                        col: c,
                        kind: pl.kind,
                        note: format!("{f} counts the child in row {child} twice"),
                    });
                }
            }
            let v = sh.sum(&refs);
            sh.put(r, c, v, Some(f), F::Rp);
        }
        // 12: realisasi of the year.
        let real = cols.g(G::Real);
        let qk: Vec<(u32, u16)> = (0..4).map(|q| (r, cols.tw(q).k)).collect();
        let qrp: Vec<(u32, u16)> = (0..4).map(|q| (r, cols.tw(q).rp)).collect();
        match kind {
            Some(Kind::TypedOver) => {
                sh.put(r, real.k, V::Num(0.0), None, kf);
                let v = sh.sum(&qk);
                mistakes.push(Mistake {
                    row: r,
                    col: real.k,
                    kind: Kind::TypedOver,
                    note: format!(
                        "realisasi K typed as 0 while the quarters add up to {}",
                        if let V::Num(x) = v {
                            num_s(round_to(x, 2))
                        } else {
                            "?".into()
                        }
                    ),
                });
            }
            Some(Kind::Tw3AsYear) => {
                let f = format!("={}", a1(r, cols.tw(2).k));
                let v = sh.val(r, cols.tw(2).k);
                sh.put(r, real.k, v, Some(f.clone()), kf);
                mistakes.push(Mistake {
                    row: r,
                    col: real.k,
                    kind: Kind::Tw3AsYear,
                    note: format!(
                        "realisasi K is {f}, the TW III value, not the sum of the quarters"
                    ),
                });
            }
            _ => {
                let v = sh.sum(&qk);
                sh.put(r, real.k, v, Some(formula_of(&qk)), kf);
            }
        }
        let v = sh.sum(&qrp);
        sh.put(r, real.rp, v, Some(formula_of(&qrp)), F::Rp);
        if kind == Some(Kind::AboveAnggaran) {
            mistakes.push(Mistake {
                row: r,
                col: real.rp,
                kind: Kind::AboveAnggaran,
                note: format!(
                    "realisasi anggaran {} above the anggaran {}",
                    num_s(row.q_rp.iter().sum()),
                    num_s(row.target_rp)
                ),
            });
        }
        // Capaian and Renstra columns.
        let cap_cell = |sh: &mut Sheet, mistakes: &mut Vec<Mistake>, g: G, num: G, den: G| {
            let (gc, nc, dc) = (cols.g(g), cols.g(num), cols.g(den));
            for (c, a, b, k) in [(gc.k, nc.k, dc.k, true), (gc.rp, nc.rp, dc.rp, false)] {
                let f = format!("={}/{}*100", a1(r, a), a1(r, b));
                let v = sh.ratio((r, a), (r, b));
                if !(k && g == cap_g) {
                    sh.put(r, c, v, Some(f), F::Pct);
                    continue;
                }
                match kind {
                    Some(Kind::NextRowRef) => {
                        let f = format!("={}/{}*100", a1(r, a), a1(r + 1, b));
                        let v = sh.ratio((r, a), (r + 1, b));
                        mistakes.push(Mistake {
                            row: r,
                            col: c,
                            kind: Kind::NextRowRef,
                            note: format!("{f} divides by the next row's target"),
                        });
                        sh.put(r, c, v, Some(f), F::Pct);
                    }
                    Some(Kind::FractionPercent) => {
                        let x = if let V::Num(x) = v { x } else { 0.0 };
                        let typed = (x * 100.0).round() / 10000.0;
                        mistakes.push(Mistake {
                            row: r,
                            col: c,
                            kind: Kind::FractionPercent,
                            note: format!(
                                "capaian typed as {} for {:.2}",
                                num_s(typed),
                                round_to(x, 2)
                            ),
                        });
                        sh.put(r, c, V::Num(typed), None, F::Frac4);
                    }
                    Some(Kind::FloorNotRound) => {
                        let x = if let V::Num(x) = v {
                            round_to(x, 9)
                        } else {
                            0.0
                        };
                        let typed = (x * 100.0).floor() / 100.0;
                        mistakes.push(Mistake {
                            row: r,
                            col: c,
                            kind: Kind::FloorNotRound,
                            note: format!(
                                "capaian typed as {:.2}, truncated; {} rounds to {:.2}",
                                typed,
                                num_s(x),
                                round_to(x, 2)
                            ),
                        });
                        sh.put(r, c, V::Num(typed), None, F::Pct);
                    }
                    Some(Kind::Div0BlankTarget) => {
                        mistakes.push(Mistake {
                            row: r,
                            col: c,
                            kind: Kind::Div0BlankTarget,
                            note: format!("{f} is #DIV/0!: the target {} is blank", a1(r, b)),
                        });
                        sh.put(r, c, v, Some(f), F::Pct);
                    }
                    _ => sh.put(r, c, v, Some(f), F::Pct),
                }
            }
        };
        if p.scheme == Scheme::S17 {
            cap_cell(&mut sh, &mut mistakes, G::CapTahun, G::Real, G::Target);
        }
        let rr_g = cols.g(G::RealRenstra);
        let lalu = cols.g(G::Lalu);
        let refs = [(r, lalu.k), (r, real.k)];
        let v = sh.sum(&refs);
        sh.put(r, rr_g.k, v, Some(formula_of(&refs)), kf);
        // The capaian K before the Renstra Rp, which may (wrongly) add it.
        let capr = cols.g(G::CapRenstra);
        let (capr_k, capr_rp) = (capr.k, capr.rp);
        let saved_rp = cols.g(G::RealRenstra).rp;
        // Compute CapRenstra K now (its Rp needs the Renstra Rp below).
        {
            let tmp_rp_refs = [(r, lalu.rp), (r, real.rp)];
            let v = sh.sum(&tmp_rp_refs);
            sh.put(r, saved_rp, v, Some(formula_of(&tmp_rp_refs)), F::Rp);
        }
        cap_cell(
            &mut sh,
            &mut mistakes,
            G::CapRenstra,
            G::RealRenstra,
            G::Renstra,
        );
        if kind == Some(Kind::PercentPlusRupiah) {
            let refs = [(r, lalu.rp), (r, capr_k)];
            let f = formula_of(&refs);
            let v = sh.sum(&refs);
            mistakes.push(Mistake {
                row: r,
                col: saved_rp,
                kind: Kind::PercentPlusRupiah,
                note: format!("{f} adds the capaian % {} to rupiah", a1(r, capr_k)),
            });
            sh.put(r, saved_rp, v, Some(f), F::Rp);

            let den = cols.g(G::Renstra).rp;
            let f = format!("={}/{}*100", a1(r, saved_rp), a1(r, den));
            let v = sh.ratio((r, saved_rp), (r, den));
            sh.put(r, capr_rp, v, Some(f), F::Pct);
        }
    }
    // Footer: rata-rata and predikat.
    let rr = last + 1;
    let pr = last + 2;
    let progs: Vec<u32> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.level == Level::Program)
        .map(|(i, _)| er(i))
        .collect();
    let round1 = rng.chance(0.5);
    let mut cap_groups = vec![G::CapRenstra];
    if p.scheme == Scheme::S17 {
        cap_groups.insert(0, G::CapTahun);
    }
    let mut main_k_mean = V::Err;
    for g in cap_groups {
        let grp = cols.g(g);
        for (c, is_k) in [(grp.k, true), (grp.rp, false)] {
            let refs: Vec<(u32, u16)> = progs.iter().map(|&r| (r, c)).collect();
            let list: Vec<String> = progs.iter().map(|&r| a1(r, c)).collect();
            let wrap = |inner: String| {
                if round1 {
                    format!("=ROUND({inner},1)")
                } else {
                    format!("={inner}")
                }
            };
            let rnd = |v: V| match v {
                V::Num(x) if round1 => V::Num(round_to(x, 1)),
                v => v,
            };
            let f = wrap(format!("AVERAGE({})", list.join(",")));
            let v = rnd(sh.average(&refs));
            if is_k && g == cap_g {
                main_k_mean = v.clone();
            }
            if !is_k && g == cap_g && plan.footer.contains(&Kind::RangeChain) {
                let chain = list.join(":");
                let f = wrap(format!("AVERAGE({chain})"));
                let span: Vec<(u32, u16)> = (progs[0]..=*progs.last().unwrap())
                    .map(|r| (r, c))
                    .collect();
                let v = rnd(sh.average(&span));
                mistakes.push(Mistake {
                    row: rr,
                    col: c,
                    kind: Kind::RangeChain,
                    note: format!(
                        "{f} spans every row from {} to {} where the program rows were meant",
                        progs[0],
                        progs.last().unwrap()
                    ),
                });
                sh.put(rr, c, v, Some(f), F::Pct);
            } else if !is_k && g == cap_g && plan.footer.contains(&Kind::RataRataNotMean) {
                let x = if let V::Num(x) = v { x } else { 0.0 };
                let d = rng.range(1.5, 8.0) * if rng.chance(0.5) { 1.0 } else { -1.0 };
                let typed = round_to(x + d, 2);
                mistakes.push(Mistake {
                    row: rr,
                    col: c,
                    kind: Kind::RataRataNotMean,
                    note: format!(
                        "typed {} where the mean of the program rows is {}",
                        num_s(typed),
                        num_s(round_to(x, 2))
                    ),
                });
                sh.put(rr, c, V::Num(typed), None, F::Pct);
            } else {
                sh.put(rr, c, v, Some(f), F::Pct);
            }
        }
    }
    let pk = cols.g(cap_g).k;
    let right = match main_k_mean {
        V::Num(x) => band(x),
        _ => "-",
    };
    if plan.footer.contains(&Kind::PredikatMismatch) && right != "-" {
        let at = BANDS.iter().position(|b| *b == right).unwrap_or(0);
        let wrong = if at == 0 { BANDS[1] } else { BANDS[at - 1] };
        mistakes.push(Mistake {
            row: pr,
            col: pk,
            kind: Kind::PredikatMismatch,
            note: format!("predikat {wrong} for a rata-rata in the band {right}"),
        });
        sh.put(pr, pk, V::Text(wrong.into()), None, F::TextCenter);
    } else {
        sh.put(pr, pk, V::Text(right.into()), None, F::TextCenter);
    }
    mistakes.sort_by_key(|m| (m.row, m.col));
    Built {
        sheet: sh,
        mistakes,
        last,
        rr,
        pr,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

fn formats() -> BTreeMap<F, Format> {
    let base = || {
        Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter)
            .set_font_size(9)
    };
    BTreeMap::from([
        (
            F::TextLeft,
            base().set_text_wrap().set_align(FormatAlign::Left),
        ),
        (
            F::TextCenter,
            base().set_text_wrap().set_align(FormatAlign::Center),
        ),
        (
            F::Int,
            base()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Center),
        ),
        (
            F::Dec,
            base()
                .set_num_format("#,##0.00")
                .set_align(FormatAlign::Center),
        ),
        (F::Rp, base().set_num_format("#,##0")),
        (
            F::Pct,
            base().set_num_format("0.00").set_align(FormatAlign::Center),
        ),
        (
            F::Frac4,
            base()
                .set_num_format("0.0000")
                .set_align(FormatAlign::Center),
        ),
    ])
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_size(9)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xD9D9D9))
}

struct Texts {
    sheet: String,
    rules: Vec<(String, String)>,
}

fn write_header(
    ws: &mut Worksheet,
    p: &Params,
    rng: &mut Rng,
    cols: &Cols,
    opd: &str,
    kab: &str,
) -> Result<Texts, XlsxError> {
    let h = header_format();
    let last = cols.ncols - 1;
    let title = Format::new()
        .set_bold()
        .set_font_size(12)
        .set_align(FormatAlign::Center);
    let q = ROMAN[p.period - 1];
    ws.merge_range(
        0,
        0,
        0,
        last,
        "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
        &title,
    )?;
    ws.merge_range(
        1,
        0,
        1,
        last,
        &format!("{} {}", opd.to_uppercase(), kab.to_uppercase()),
        &title,
    )?;
    ws.merge_range(
        2,
        0,
        2,
        last,
        &format!("PERIODE PELAKSANAAN : TRIWULAN {q} TAHUN {}", p.year),
        &title,
    )?;
    ws.write_string_with_format(3, 0, "Formulir E.81", &Format::new().set_italic())?;
    let y = p.year;
    let end = y + rng.int(1, 3) as u16;
    // Rows 6-9 (0-based 5-8).
    let single = [
        (cols.no, "No", Some(1)),
        (cols.sasaran, "Sasaran", Some(2)),
        (cols.program, "Program/Kegiatan/Sub Kegiatan", Some(3)),
        (
            cols.indikator,
            "Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan",
            Some(4),
        ),
        (
            cols.satuan,
            "Satuan",
            (p.scheme == Scheme::Shifted).then_some(5),
        ),
    ];
    for (c, text, n) in single {
        ws.merge_range(5, c, 6, c, text, &h)?;
        let n = n.map(|n: u32| n.to_string()).unwrap_or_default();
        ws.merge_range(7, c, 8, c, &n, &h)?;
    }
    ws.merge_range(
        5,
        cols.unit_pd,
        6,
        cols.unit_pd,
        "Unit Perangkat Daerah Penanggung Jawab",
        &h,
    )?;
    ws.merge_range(
        7,
        cols.unit_pd,
        8,
        cols.unit_pd,
        &cols.unit_number.to_string(),
        &h,
    )?;
    let sp = rng.chance(0.5);
    let plus = if sp { " + " } else { "+" };
    let num = |g: G| cols.g(g).number;
    let mut rules = Vec::new();
    let rp_label = if rng.chance(0.5) { "Rp." } else { "Rp" };
    for grp in &cols.groups {
        let text = match grp.g {
            G::Renstra => format!("Target Renstra Perangkat Daerah pada Tahun {end} (Akhir Periode Renstra Perangkat Daerah)"),
            G::Lalu => format!("Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu ({})", y - 1),
            G::Target => format!("Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun {y}) yang Dievaluasi"),
            G::Tw(_) => String::new(),
            G::Real => "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi".into(),
            G::CapTahun => format!("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah Tahun {y} (%)"),
            G::RealRenstra => format!("Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun {y} (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)"),
            G::CapRenstra => format!("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun {y} (%)"),
        };
        let rule = match grp.g {
            G::Real => Some(("realisasi", {
                let qs: Vec<String> = (0..4).map(|q| cols.tw(q).number.to_string()).collect();
                format!("{} = {}", grp.number, qs.join(plus))
            })),
            G::CapTahun => Some((
                "capaian_tahun",
                format!("{} = {}/{} x 100", grp.number, num(G::Real), num(G::Target)),
            )),
            G::RealRenstra => Some((
                "realisasi_renstra",
                format!("{} = {}{plus}{}", grp.number, num(G::Lalu), num(G::Real)),
            )),
            G::CapRenstra => Some((
                "capaian_renstra",
                format!(
                    "{} = {}/{} x 100",
                    grp.number,
                    num(G::RealRenstra),
                    num(G::Renstra)
                ),
            )),
            _ => None,
        };
        let number = match &rule {
            Some((name, r)) => {
                rules.push((name.to_string(), r.clone()));
                r.clone()
            }
            None => grp.number.to_string(),
        };
        if let G::Tw(q) = grp.g {
            let label = if p.sloppy_tw {
                ["I ", "Il", "Ill", "IV "][q]
            } else {
                ROMAN[q]
            };
            ws.merge_range(6, grp.k, 6, grp.rp, label, &h)?;
        } else {
            ws.merge_range(5, grp.k, 6, grp.rp, &text, &h)?;
        }
        ws.merge_range(7, grp.k, 7, grp.rp, &number, &h)?;
        ws.write_string_with_format(8, grp.k, "K", &h)?;
        if let Some(pc) = grp.pct {
            ws.write_string_with_format(8, pc, "%", &h)?;
        }
        ws.write_string_with_format(8, grp.rp, rp_label, &h)?;
    }
    let (t0, t3) = (cols.tw(0).k, cols.tw(3).rp);
    ws.merge_range(
        5,
        t0,
        5,
        t3,
        "Realisasi Kinerja dan Anggaran Renja Perangkat Daerah pada Triwulan",
        &h,
    )?;
    ws.write_string_with_format(
        9,
        cols.sasaran,
        format!("Perangkat Daerah : {opd} {kab}"),
        &Format::new().set_bold().set_font_size(9),
    )?;
    // Widths.
    for (c, w) in [
        (cols.no, 5.0),
        (cols.sasaran, 20.0),
        (cols.program, 34.0),
        (cols.indikator, 34.0),
        (cols.satuan, 9.0),
        (cols.unit_pd, 18.0),
    ] {
        ws.set_column_width(c, w)?;
    }
    for grp in &cols.groups {
        ws.set_column_width(grp.k, 8.5)?;
        if let Some(pc) = grp.pct {
            ws.set_column_width(pc, 7.0)?;
        }
        ws.set_column_width(
            grp.rp,
            if matches!(grp.g, G::CapTahun | G::CapRenstra) {
                9.0
            } else {
                15.5
            },
        )?;
    }
    ws.set_row_height(5, 60)?;
    ws.set_row_height(7, 24)?;
    let sheet = match rng.below(4) {
        0 => "Evaluasi Renja".to_string(),
        1 => format!("Realisasi TW {q}"),
        2 => format!("E.81 TW {q}"),
        _ => "Form E.81".to_string(),
    };
    Ok(Texts { sheet, rules })
}

fn nip(rng: &mut Rng) -> String {
    let by = rng.int(1965, 1982);
    let ty = by + rng.int(23, 28);
    format!(
        "NIP. {by}{:02}{:02} {ty}{:02} {} {:03}",
        rng.int(1, 12),
        rng.int(1, 28),
        rng.int(1, 12),
        rng.int(1, 2),
        rng.int(1, 15)
    )
}

/// The key of one workbook, written once its file name is known.
pub struct Key {
    json_body: String,
    /// every indicator row: (Excel row, the name written, the nomenclature's name)
    pub indicators: Vec<(u32, String, String)>,
}

impl Key {
    pub fn json(&self, file: &str) -> String {
        format!("{{\n  \"file\": {},\n{}", js(file), self.json_body)
    }
}

fn js(s: &str) -> String {
    let mut o = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn nums(xs: &[u32]) -> String {
    let v: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
    format!("[{}]", v.join(", "))
}

/// A planted mistake as listed in `EVALUASI.md`: cell, kind, note.
type Listed = (String, String, String);

/// Writes `out/NAME.xlsx` and returns its key and the planted mistakes (kind, cell) for listings.
pub fn build_workbook(
    p: &Params,
    out: &Path,
    name: &str,
) -> Result<(Key, Vec<Listed>), Box<dyn Error>> {
    let mut rng = Rng::new(p.seed);
    let cols = Cols::new(p.scheme, p.pct);
    let mut rows = build_rows(&mut rng, p);
    let pl = plan(&mut rng, p, &cols, &mut rows);
    let built = fill(p, &mut rng, &cols, &rows, &pl);
    let opd = OPDS[p.opd].name;
    let (kab, kota) = data::KABUPATEN[p.kab];

    let mut wb = Workbook::new();
    let date = ExcelDateTime::from_ymd(p.year, 12, 31)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("Evaluasi Terhadap Hasil Renja Perangkat Daerah")
            .set_comment("Generated by `cargo run -p xtask -- evaluasi` (rakit); figures invented.")
            .set_creation_datetime(&date),
    );
    let ws = wb.add_worksheet();
    let texts = write_header(ws, p, &mut rng, &cols, opd, kab)?;
    ws.set_name(&texts.sheet)?;
    let fmts = formats();
    // Every table cell bordered, then the values.
    for r in FIRST..=built.pr {
        for c in 0..cols.ncols {
            ws.write_blank(r - 1, c, &fmts[&F::TextLeft])?;
        }
    }
    for (&(r, c), cell) in &built.sheet.cells {
        let f = &fmts[&cell.fmt];
        match (&cell.formula, &cell.v) {
            (Some(fo), v) => {
                let res = match v {
                    V::Num(x) => num_s(*x),
                    V::Err => "#DIV/0!".to_string(),
                    V::Text(t) => t.clone(),
                    V::Blank => String::new(),
                };
                ws.write_formula_with_format(r - 1, c, Formula::new(fo).set_result(res), f)?;
            }
            (None, V::Num(x)) => {
                ws.write_number_with_format(r - 1, c, *x, f)?;
            }
            (None, V::Text(t)) => {
                ws.write_string_with_format(r - 1, c, t, f)?;
            }
            _ => {}
        }
    }
    for r in FIRST..=built.last {
        let i = (r - FIRST) as usize;
        let len = rows[i].name.len().max(rows[i].ind.len()) as f64;
        let lines = (len / 38.0).ceil().clamp(1.0, 6.0);
        ws.set_row_height(r - 1, 12.5 * lines + 2.0)?;
    }
    // Footer labels and narrative.
    let bold = Format::new()
        .set_bold()
        .set_font_size(9)
        .set_border(FormatBorder::Thin)
        .set_text_wrap();
    let wrap = Format::new()
        .set_font_size(9)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    ws.merge_range(
        built.rr - 1,
        0,
        built.rr - 1,
        cols.satuan,
        "Rata-rata capaian kinerja (%)",
        &bold,
    )?;
    ws.merge_range(
        built.pr - 1,
        0,
        built.pr - 1,
        cols.satuan,
        "Predikat kinerja",
        &bold,
    )?;
    let narrative = [
        (
            "Faktor pendorong keberhasilan pencapaian:",
            *rng.pick(data::PENDORONG),
        ),
        (
            "Faktor penghambat pencapaian kinerja:",
            *rng.pick(data::PENGHAMBAT),
        ),
        (
            "Tindak lanjut yang diperlukan dalam triwulan berikutnya:",
            *rng.pick(data::TL_TRIWULAN),
        ),
        (
            "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya:",
            *rng.pick(data::TL_RENJA),
        ),
    ];
    for (k, (label, text)) in narrative.iter().enumerate() {
        let r = built.pr + k as u32; // 0-based: the row after predikat
        ws.merge_range(r, 0, r, cols.satuan, label, &bold)?;
        ws.merge_range(r, cols.satuan + 1, r, cols.ncols - 1, text, &wrap)?;
        ws.set_row_height(r, 26)?;
    }
    // Signatures.
    let sig0 = built.pr + 5;
    let day = rng.int(8, 20);
    let sy = if p.period == 4 { p.year + 1 } else { p.year };
    let dateline = format!("{kota}, {day} {} {sy}", BULAN_LAPOR[p.period - 1]);
    let (kn, kp) = *rng.pick(data::KEPALA);
    let (bn, bp) = *rng.pick(data::KEPALA_BAPPEDA);
    let left = [
        "Disusun".to_string(),
        dateline.clone(),
        format!("KEPALA {}", opd.to_uppercase()),
        kab.to_uppercase(),
        String::new(),
        String::new(),
        String::new(),
        kn.to_string(),
        kp.to_string(),
        nip(&mut rng),
    ];
    let right = [
        "Dievaluasi".to_string(),
        dateline,
        "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH".to_string(),
        kab.to_uppercase(),
        String::new(),
        String::new(),
        String::new(),
        bn.to_string(),
        bp.to_string(),
        nip(&mut rng),
    ];
    let center = Format::new()
        .set_font_size(10)
        .set_align(FormatAlign::Center);
    let name_f = Format::new()
        .set_font_size(10)
        .set_bold()
        .set_underline(rust_xlsxwriter::FormatUnderline::Single)
        .set_align(FormatAlign::Center);
    let rc0 = cols.ncols - 7;
    for (k, (l, rt)) in left.iter().zip(right.iter()).enumerate() {
        let r = sig0 + k as u32;
        let f = if k == 7 { &name_f } else { &center };
        if !l.is_empty() {
            ws.merge_range(r, cols.program, r, cols.indikator, l, f)?;
        }
        if !rt.is_empty() {
            ws.merge_range(r, rc0, r, cols.ncols - 1, rt, f)?;
        }
    }
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(5, 8)?;
    ws.set_freeze_panes(9, cols.satuan + 1)?;
    wb.save(out.join(format!("{name}.xlsx")))?;

    // The key.
    let mut cj: Vec<(String, u16)> = vec![
        ("no".into(), cols.no),
        ("sasaran".into(), cols.sasaran),
        ("program".into(), cols.program),
        ("indikator".into(), cols.indikator),
        ("satuan".into(), cols.satuan),
    ];
    for grp in &cols.groups {
        let base = match grp.g {
            G::Renstra => "target_renstra".to_string(),
            G::Lalu => "realisasi_lalu".to_string(),
            G::Target => "target".to_string(),
            G::Tw(q) => format!("tw{}", q + 1),
            G::Real => "realisasi".to_string(),
            G::CapTahun => "capaian_tahun".to_string(),
            G::RealRenstra => "realisasi_renstra".to_string(),
            G::CapRenstra => "capaian_renstra".to_string(),
        };
        cj.push((format!("{base}_k"), grp.k));
        if let Some(pc) = grp.pct {
            cj.push((format!("{base}_pct"), pc));
        }
        cj.push((format!("{base}_rp"), grp.rp));
    }
    cj.push(("unit_pd".into(), cols.unit_pd));
    let mut body = String::new();
    let _ = writeln!(body, "  \"scheme\": {},", js(p.scheme.key()));
    let _ = writeln!(body, "  \"sheet\": {},", js(&texts.sheet));
    let _ = writeln!(body, "  \"year\": {},", p.year);
    let _ = writeln!(body, "  \"period\": {},", p.period);
    let _ = writeln!(body, "  \"quarter_pct\": {},", p.pct);
    let _ = writeln!(body, "  \"header_rows\": [6, 7, 8, 9],");
    let _ = writeln!(body, "  \"numbering_row\": 8,");
    let _ = writeln!(body, "  \"data_rows\": [{FIRST}, {}],", built.last);
    let _ = writeln!(body, "  \"rata_rata_row\": {},", built.rr);
    let _ = writeln!(body, "  \"predikat_row\": {},", built.pr);
    let lv = |l: Level| -> Vec<u32> {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| r.level == l)
            .map(|(i, _)| FIRST + i as u32)
            .collect()
    };
    let _ = writeln!(
        body,
        "  \"levels\": {{\"program\": {}, \"kegiatan\": {}, \"sub_kegiatan\": {}}},",
        nums(&lv(Level::Program)),
        nums(&lv(Level::Kegiatan)),
        nums(&lv(Level::Sub))
    );
    let cs: Vec<String> = cj
        .iter()
        .map(|(k, c)| format!("    {}: {}", js(k), js(&col_name(*c))))
        .collect();
    let _ = writeln!(body, "  \"columns\": {{\n{}\n  }},", cs.join(",\n"));
    let rs: Vec<String> = texts
        .rules
        .iter()
        .map(|(k, r)| format!("    {}: {}", js(k), js(r)))
        .collect();
    let _ = writeln!(body, "  \"rules\": {{\n{}\n  }},", rs.join(",\n"));
    let ms: Vec<String> = built
        .mistakes
        .iter()
        .map(|m| {
            format!(
                "    {{\"row\": {}, \"cell\": {}, \"kind\": {}, \"note\": {}}}",
                m.row,
                js(&a1(m.row, m.col)),
                js(m.kind.slug()),
                js(&m.note)
            )
        })
        .collect();
    let _ = writeln!(body, "  \"mistakes\": [\n{}\n  ],", ms.join(",\n"));
    let bad: BTreeSet<u32> = built.mistakes.iter().map(|m| m.row).collect();
    let clean: Vec<u32> = (FIRST..=built.last).filter(|r| !bad.contains(r)).collect();
    let _ = writeln!(body, "  \"clean_rows\": {}", nums(&clean));
    body.push_str("}\n");
    let listing = built
        .mistakes
        .iter()
        .map(|m| (a1(m.row, m.col), m.kind.slug().to_string(), m.note.clone()))
        .collect();
    let indicators = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let written = match p.rename {
                Some(f) => f(row.ind, p.year),
                None => row.ind.to_string(),
            };
            (FIRST + i as u32, written, row.ind.to_string())
        })
        .collect();
    Ok((
        Key {
            json_body: body,
            indicators,
        },
        listing,
    ))
}

// ---------------------------------------------------------------------------------------------
// Commands

/// `evaluasi OUT_DIR [--seed N] [--count N]`.
pub fn generate(out: &Path, seed: u64, count: usize) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(out)?;
    let mut keys = Vec::new();
    for i in 0..count {
        let p = Params::random(seed, i);
        let name = format!(
            "evaluasi-{seed}-{:02}-{}-{}-{}",
            i + 1,
            p.scheme.key(),
            OPDS[p.opd].slug,
            p.year
        );
        let (key, _) = build_workbook(&p, out, &name)?;
        // A share goes to .xls: one of each three, at a varying place.
        let xls = i % 3 == (i / 3) % 3;
        keys.push((name, key, xls));
    }
    let want: Vec<&str> = keys.iter().filter(|k| k.2).map(|k| k.0.as_str()).collect();
    let converted = convert_xls(out, &want)?;
    for (name, key, xls) in &keys {
        let ext = if *xls && converted { "xls" } else { "xlsx" };
        if *xls && converted {
            std::fs::remove_file(out.join(format!("{name}.xlsx")))?;
        }
        std::fs::write(
            out.join(format!("{name}.key.json")),
            key.json(&format!("{name}.{ext}")),
        )?;
        println!("wrote {}", out.join(format!("{name}.{ext}")).display());
    }
    Ok(())
}

/// Converts `out/NAME.xlsx` to `.xls` with LibreOffice; false (and a message) without soffice.
fn convert_xls(out: &Path, names: &[&str]) -> Result<bool, Box<dyn Error>> {
    if names.is_empty() {
        return Ok(true);
    }
    let soffice = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("soffice"))
            .find(|p| p.is_file())
    });
    let Some(soffice) = soffice else {
        eprintln!(
            "soffice (LibreOffice) is not on PATH: no .xls copies made, the workbooks stay .xlsx"
        );
        return Ok(false);
    };
    let profile =
        std::env::temp_dir().join(format!("rakit-evaluasi-soffice-{}", std::process::id()));
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "xls", "--outdir"])
        .arg(out)
        .args(names.iter().map(|n| out.join(format!("{n}.xlsx"))))
        .status();
    let _ = std::fs::remove_dir_all(&profile);
    let status = status?;
    for n in names {
        if !status.success() || !out.join(format!("{n}.xls")).is_file() {
            return Err(format!("soffice could not convert {n}.xlsx to .xls ({status})").into());
        }
    }
    Ok(true)
}

/// The two fixed samples in `sample-workbooks/`, their keys and `EVALUASI.md`.
pub fn build_samples(out: &Path) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(out)?;
    let samples = [
        (
            "evaluasi-renja-e81-2024",
            Params {
                seed: 2024,
                scheme: Scheme::S15,
                pct: false,
                period: 4,
                year: 2024,
                opd: 0,
                kab: 2,
                sloppy_tw: false,
                kinds: Some(vec![
                    Kind::ConstantInFormula,
                    Kind::TypedOver,
                    Kind::ParentSumDouble,
                    Kind::Div0BlankTarget,
                    Kind::PredikatMismatch,
                ]),
                rename: None,
            },
        ),
        (
            "evaluasi-renja-17kolom-2023",
            Params {
                seed: 2023,
                scheme: Scheme::S17,
                pct: true,
                period: 4,
                year: 2023,
                opd: 2,
                kab: 4,
                sloppy_tw: true,
                kinds: Some(vec![
                    Kind::NextRowRef,
                    Kind::PercentPlusRupiah,
                    Kind::FloorNotRound,
                    Kind::FractionPercent,
                    Kind::RangeChain,
                    Kind::Tw3AsYear,
                    Kind::AboveAnggaran,
                ]),
                rename: None,
            },
        ),
    ];
    let mut md = String::from(
        "# Evaluasi Renja sample workbooks (Formulir E.81)\n\n\
         Generated by `cargo run -p xtask -- samples` (`xtask/src/evaluasi.rs`): the Permendagri \
         86/2017 evaluation form with invented agencies, officials and figures. Every formula \
         caches the result Excel computes from the cells as written. Each workbook has its answer \
         key beside it (`*.key.json`: layout, columns, and every planted mistake by cell).\n",
    );
    for (name, p) in &samples {
        let (key, listing) = build_workbook(p, out, name)?;
        std::fs::write(
            out.join(format!("{name}.key.json")),
            key.json(&format!("{name}.xlsx")),
        )?;
        println!("wrote {}", out.join(format!("{name}.xlsx")).display());
        let _ = write!(
            md,
            "\n## {name}.xlsx\n\n{}-column scheme, {} {}, Triwulan {} {}.\n\n| cell | kind | what |\n| --- | --- | --- |\n",
            if p.scheme == Scheme::S17 { "17" } else { "15" },
            OPDS[p.opd].name,
            data::KABUPATEN[p.kab].0,
            ROMAN[p.period - 1],
            p.year
        );
        for (cell, kind, note) in listing {
            let _ = writeln!(md, "| {cell} | {kind} | {} |", note.replace('|', "\\|"));
        }
    }
    std::fs::write(out.join("EVALUASI.md"), md)?;
    Ok(())
}
