//! Recalculating every stated %: C101..C111 and the separator ambiguity of a stated %.

pub mod c101;
pub mod c102;
pub mod c103;
pub mod c104;
pub mod c105;
pub mod c106;
pub mod c107;
pub mod c108;
pub mod c109;
pub mod c110;
pub mod c111;
pub mod c112;

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;

use super::sheet_policy::Basis;
use super::{CapPolicy, Finding, Fix, NegFormula, Options, RuleContext};
use crate::i18n::Message;
use crate::model::{Check, CheckKind, Figure, Indikator, Polaritas, Reading, SheetModel};
use crate::msg;
use crate::num::{self, fmt_id_auto};
use crate::text;
use crate::value::Quantity;

crate::texts! {
    NEG_BY_USER = "capaian.negative_by_user",
        "dipilih pengguna",
        "set by the user";
    NEG_INFERRED = "capaian.negative_inferred",
        "disimpulkan dari {n} baris yang cocok",
        "inferred from {n} matching rows";
    NEG_DEFAULT = "capaian.negative_default",
        "bawaan",
        "the default";
    WHAT_MONTH = "capaian.what_month",
        "% capaian {month}",
        "{month} % capaian";
    JANUARY = "month.1", "Januari", "January";
    FEBRUARY = "month.2", "Februari", "February";
    MARCH = "month.3", "Maret", "March";
    APRIL = "month.4", "April", "April";
    MAY = "month.5", "Mei", "May";
    JUNE = "month.6", "Juni", "June";
    JULY = "month.7", "Juli", "July";
    AUGUST = "month.8", "Agustus", "August";
    SEPTEMBER = "month.9", "September", "September";
    OCTOBER = "month.10", "Oktober", "October";
    NOVEMBER = "month.11", "November", "November";
    DECEMBER = "month.12", "Desember", "December";
    WHAT_ANNUAL = "capaian.what_annual",
        "% capaian",
        "% capaian";
    WHAT_RENSTRA = "capaian.what_renstra",
        "% capaian terhadap target akhir Renstra",
        "% against the final Renstra target";
    WHAT_QUARTER = "capaian.what_quarter",
        "% capaian TW {q}",
        "Q{q} % capaian";
    WHAT_HALF = "capaian.what_half",
        "% capaian Semester {s}",
        "Semester {s} % capaian";
    BASIS_GRADE = "capaian.basis_grade",
        "predikat realisasi mencapai target",
        "the realisasi grade reaches the target";
    NOTE_UNCAPPED = "capaian.note_uncapped",
        "nilai tanpa batas; melanggar kebijakan batas {cv} buku kerja ini",
        "the uncapped value; it breaks this workbook's cap of {cv}";
    NOTE_ANNUAL_TARGET = "capaian.note_annual_target",
        "dihitung terhadap target tahunan \"{annual}\" alih-alih target triwulan \"{target}\"",
        "computed against the annual target \"{annual}\" instead of the quarter's target \"{target}\"";
    NOTE_COPIES_REALISASI = "capaian.note_copies_realisasi",
        "sama dengan realisasinya, seolah targetnya 100 %",
        "equal to the realisasi, as if the target were 100 %";
    NOTE_NEGATIVE_FORMULA = "capaian.note_negative_formula",
        "tertulis menurut rumus indikator negatif {formula}, padahal tabel tidak menyebut polaritasnya",
        "written by the negative-indicator formula {formula}, though the table states no polarity";
    HELP_NEGATIVE_FORMULA = "capaian.help_negative_formula",
        "Bila makin kecil makin baik untuk indikator ini, tulis Negatif di kolom Polaritas; bila tidak, ganti {cell} dengan {expected}.",
        "If lower is better for this indicator, write Negatif in a Polaritas column; if not, replace {cell} with {expected}.";
}

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// capaian by polarity and formula; `None` where it is undefined.
pub fn capaian(t: Decimal, r: Decimal, pol: Polaritas, f: NegFormula) -> Option<Decimal> {
    if t.is_zero() {
        return None;
    }
    match (pol, f) {
        (Polaritas::Positif, _) => r.checked_mul(HUNDRED)?.checked_div(t),
        (Polaritas::Negatif, NegFormula::Lkjip) => {
            (t * Decimal::TWO - r).checked_mul(HUNDRED)?.checked_div(t)
        }
        (Polaritas::Negatif, NegFormula::Rasio) => {
            if r.is_zero() {
                None
            } else {
                t.checked_mul(HUNDRED)?.checked_div(r)
            }
        }
        (Polaritas::Negatif, NegFormula::Selisih) => (t - r).checked_mul(HUNDRED)?.checked_div(t),
    }
}

/// The same capaian as an Excel formula (without `=`) over the cells of the target and the
/// realisasi (`G5`, `H5`): empty where it is undefined, capped with `MIN` when `cap` is given.
/// `rakit fix` writes it into the Indikator sheet of a corrected copy.
pub fn excel_formula(
    pol: Polaritas,
    f: NegFormula,
    target: &str,
    realisasi: &str,
    cap: Option<Decimal>,
) -> String {
    let (t, r) = (target, realisasi);
    let (divisor, value) = match (pol, f) {
        (Polaritas::Positif, _) => (t, format!("{r}/{t}*100")),
        (Polaritas::Negatif, NegFormula::Lkjip) => (t, format!("(2*{t}-{r})/{t}*100")),
        (Polaritas::Negatif, NegFormula::Rasio) => (r, format!("{t}/{r}*100")),
        (Polaritas::Negatif, NegFormula::Selisih) => (t, format!("({t}-{r})/{t}*100")),
    };
    match cap {
        Some(c) => format!("IF({divisor}=0,\"\",MIN({c},{value}))"),
        None => format!("IF({divisor}=0,\"\",{value})"),
    }
}

/// The decimals from which a stated value is a computed one (a formula's double).
pub(super) const FORMULA_DECIMALS: u32 = 9;

/// How far a formula's double may be from the exact value, relative to it: far above a
/// double's error (about 1e-16), far below any % a person writes.
const DOUBLE_SLACK: Decimal = Decimal::from_parts(1, 0, 0, false, 12);

/// Whether `stated` is a formula's result for `exact`: nine decimals or more (nobody types
/// them) and within a double's error of it.
pub(in crate::rules) fn formula_double(stated: Decimal, exact: Decimal) -> bool {
    stated.scale() >= FORMULA_DECIMALS
        && (stated - exact).abs() <= exact.abs().max(Decimal::ONE) * DOUBLE_SLACK
}

/// How a stated value compares with the exact one at the stated precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Right,
    Truncated,
    Fraction,
    Wrong,
}

pub fn judge(stated: &Quantity, exact: Decimal) -> Verdict {
    let dp = stated.decimals;
    let s = stated.value;
    if num::round(exact, dp) == s {
        return Verdict::Right;
    }
    // nobody types nine decimals: such a value is a formula's result, a binary double kept
    // to 15 significant digits (LibreOffice's 82,61 / 85 × 100 is 97,1882352941177 where
    // the exact value rounds to …176), right when it is that close
    if formula_double(s, exact) {
        return Verdict::Right;
    }
    if num::trunc(exact, dp) == s {
        return Verdict::Truncated;
    }
    let s100 = s * HUNDRED;
    let dp100 = dp.saturating_sub(2);
    // a fraction of one: 10 or more would be a capaian of 1.000 % or more
    if !stated.percent
        && (num::round(exact, dp100) == s100 || num::trunc(exact, dp100) == s100)
        && !s.is_zero()
        && s.abs() < Decimal::TEN
    {
        return Verdict::Fraction;
    }
    Verdict::Wrong
}

/// The number a figure stands for (scaled), for computing; `None` when it cannot be used.
fn amount(f: &Figure) -> Option<Decimal> {
    match &f.reading {
        Reading::Number { q, .. } => Some(q.scaled()),
        Reading::Dash => Some(Decimal::ZERO),
        _ => None,
    }
}

fn unit_key(q: &Quantity) -> Option<String> {
    if q.percent {
        return Some("%".into());
    }
    let u = q.unit.as_ref()?;
    let n: String = text::norm(u)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '%')
        .collect();
    (!n.is_empty()).then_some(n)
}

/// Target and realisasi in units that cannot be compared ("1 Laporan Triwulan" vs "90 UM",
/// "%" vs "orang"). Abbreviations of the same word ("Kop" for "Koperasi", "Keg" for
/// "Kegiatan"), and spellings of one unit (`org` / `orang`: [`crate::value::unit::same_unit`]),
/// are the same unit.
pub fn units_differ(t: &Quantity, r: &Quantity) -> bool {
    if t.money && r.money || (t.percent == r.percent && t.unit == r.unit) {
        return false;
    }
    if let (Some(a), Some(b)) = (&t.unit, &r.unit) {
        // spellings of one unit (`org` / `orang`, `Ha` / `hektar`)
        if crate::value::unit::same_unit(a, b) {
            return false;
        }
    }
    match (unit_key(t), unit_key(r)) {
        (Some(a), Some(b)) => !(a == b || a.starts_with(&b) || b.starts_with(&a)),
        _ => false,
    }
}

/// Infers the formula of negative indicators from the rows whose stated % only one formula
/// explains; the user's choice wins.
pub(super) fn negative_formula(sm: &SheetModel, opts: &Options) -> (NegFormula, Basis) {
    if let Some(f) = opts.negatif {
        return (f, Basis::User);
    }
    let mut votes = [0usize; 3];
    let forms = [NegFormula::Lkjip, NegFormula::Rasio, NegFormula::Selisih];
    // the annual indicators' checks and the quarterly / monthly ones' alike
    let annual = sm
        .indikator
        .iter()
        .filter(|i| i.polaritas == Polaritas::Negatif)
        .flat_map(|i| i.checks());
    let periodic = sm
        .triwulan
        .iter()
        .filter(|i| i.polaritas == Polaritas::Negatif)
        .flat_map(|i| i.checks());
    {
        for c in annual.chain(periodic) {
            let (Some(t), Some(r), Some(s)) = (
                amount(c.target),
                amount(c.realisasi),
                c.stated.reading.quantity(),
            ) else {
                continue;
            };
            for (i, f) in forms.iter().enumerate() {
                if let Some(e) = capaian(t, r, Polaritas::Negatif, *f) {
                    if judge(s, e) == Verdict::Right {
                        votes[i] += 1;
                    }
                }
            }
        }
    }
    let best = (0..3)
        .max_by_key(|i| (votes[*i], usize::from(*i == 0)))
        .unwrap_or(0);
    if votes[best] == 0 {
        return (NegFormula::Lkjip, Basis::Default);
    }
    (forms[best], Basis::Inferred(votes[best]))
}

pub fn formula_text(f: NegFormula) -> &'static str {
    match f {
        NegFormula::Lkjip => "(2 × target − realisasi) / target × 100",
        NegFormula::Rasio => "target / realisasi × 100",
        NegFormula::Selisih => "(target − realisasi) / target × 100",
    }
}

pub fn check(cx: &RuleContext, out: &mut Vec<Finding>) {
    let sm = cx.model;
    let (neg, cap) = (cx.policy.negative, cx.policy.cap);
    // the annual indicators' and the quarterly ones' (a Rencana Aksi's), as the formula
    // was inferred from both ([`negative_formula`])
    let negatives: Vec<(u32, u32)> = sm
        .indikator
        .iter()
        .filter(|i| i.polaritas == Polaritas::Negatif)
        .map(|i| i.nama_cell)
        .chain(
            sm.triwulan
                .iter()
                .filter(|i| i.polaritas == Polaritas::Negatif)
                .map(|i| i.nama_cell),
        )
        .collect();
    if let Some(first) = negatives.iter().min() {
        let how = match cx.policy.negative_basis {
            Basis::User => msg!(NEG_BY_USER),
            Basis::Inferred(n) => msg!(NEG_INFERRED, n),
            Basis::Default => msg!(NEG_DEFAULT),
        };
        out.push(c107::finding(&sm.name, *first, negatives.len(), neg, &how));
    }
    use rayon::prelude::*;
    let styles = ColumnStyles::of(sm);
    let found: Vec<Vec<Finding>> = sm
        .indikator
        .par_iter()
        .map(|ind| {
            let mut f = Vec::new();
            for c in ind.checks() {
                check_one(sm, &c, neg, cap, cx.policy.floors, &styles, &mut f);
            }
            f
        })
        .collect();
    out.extend(found.into_iter().flatten());
    categories(cx, neg, out);
}

/// C112: each row's written category (a Kategori / Predikat column) against its
/// recalculated capaian.
fn categories(cx: &RuleContext, neg: NegFormula, out: &mut Vec<Finding>) {
    let (sm, Some(sheet)) = (cx.model, cx.sheet) else {
        return;
    };
    for ind in sm.indikator.iter().filter(|i| !i.form_checked) {
        let Some(col) = sm
            .tables
            .get(ind.table)
            .and_then(|t| t.col(crate::layout::Role::Kategori))
        else {
            continue;
        };
        if let Some(exact) = recalculated(ind, neg) {
            let stated = ind.capaian.as_ref().and_then(|f| f.reading.quantity());
            out.extend(c112::check(&sm.name, sheet, (ind.row, col), exact, stated));
        }
    }
    // a quarterly table's: on the year's line, and on a quarter's (TW 4's, most often)
    let Some(col) = sm.tables.iter().find_map(|t| {
        (t.kind == crate::layout::TableKind::Quarterly)
            .then(|| t.qcols.get("kategori").copied())
            .flatten()
    }) else {
        return;
    };
    for ind in &sm.triwulan {
        // one category cell a row: the year's where the row holds it, else the last quarter
        // the row holds (quarters side by side share the row's one cell)
        let mut by_row: Vec<(u32, Decimal, Option<&Quantity>, bool)> = Vec::new();
        fn put<'q>(
            by_row: &mut Vec<(u32, Decimal, Option<&'q Quantity>, bool)>,
            entry: (u32, Decimal, Option<&'q Quantity>, bool),
        ) {
            match by_row.iter_mut().find(|e| e.0 == entry.0) {
                Some(e) if !e.3 => *e = entry,
                Some(_) => {}
                None => by_row.push(entry),
            }
        }
        if let (Some(t), Some(r)) = (&ind.annual, ind.realisasi_tahunan.as_deref()) {
            if let Some(exact) = recalculated_of(t, r, ind.polaritas, neg) {
                let stated = ind
                    .capaian_tahunan
                    .as_deref()
                    .and_then(|f| f.reading.quantity());
                put(&mut by_row, (t.row, exact, stated, true));
            }
        }
        for q in &ind.quarters {
            if let (Some(t), Some(r)) = (&q.target, &q.realisasi) {
                if let Some(exact) = recalculated_of(t, r, ind.polaritas, neg) {
                    let stated = q.capaian.as_ref().and_then(|f| f.reading.quantity());
                    put(&mut by_row, (t.row, exact, stated, false));
                }
            }
        }
        for (row, exact, stated, _) in by_row {
            out.extend(c112::check(&sm.name, sheet, (row, col), exact, stated));
        }
    }
}

fn where_(c: &Check) -> Message {
    match c.kind {
        CheckKind::Annual => msg!(WHAT_ANNUAL),
        CheckKind::Renstra => msg!(WHAT_RENSTRA),
        // quarters are 1..=4 by construction (layout::quarterly::period)
        CheckKind::Quarter(q) => msg!(WHAT_QUARTER, q = q.clamp(1, 4)),
        // half years are 1 or 2 by construction (IndikatorTw::checks)
        CheckKind::Half(n) => msg!(WHAT_HALF, s = crate::model::half_numeral(n)),
        // months are 1..=12 by construction (layout::monthly::month)
        CheckKind::Month(m) => msg!(WHAT_MONTH, month = month_name(m)),
    }
}

/// The months' names, January first.
const MONTH_NAMES: [&crate::i18n::Text; 12] = [
    &JANUARY, &FEBRUARY, &MARCH, &APRIL, &MAY, &JUNE, &JULY, &AUGUST, &SEPTEMBER, &OCTOBER,
    &NOVEMBER, &DECEMBER,
];

/// A month's name (1 = January) in the reader's language.
pub(in crate::rules) fn month_name(m: u8) -> crate::i18n::Message {
    crate::i18n::Message::new(MONTH_NAMES[usize::from(m.clamp(1, 12) - 1)])
}

/// What a stated % over 100 says of a cap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CapVote {
    /// written as a round bound (100, 120, 150: a whole multiple of 5, at least 100) under
    /// its value: capped there
    At(Decimal),
    /// written as its value, over 100: not capped under it
    Uncapped(Decimal),
}

/// Whether a stated % above 100 fits a cap (`CapVote::At`) or no cap (`CapVote::Uncapped`).
pub fn cap_vote(c: &Check, neg: NegFormula) -> Option<CapVote> {
    let t = amount(c.target)?;
    let r = amount(c.realisasi)?;
    // a positive realisasi at or under a positive target gives at most 100: no division
    if c.polaritas == Polaritas::Positif && t > Decimal::ZERO && r <= t {
        return None;
    }
    let s = c.stated.reading.quantity()?;
    // a % over 100 rounds to 100 or more at any precision: a stated value under 100 fits
    // neither the cap nor the value (asked of every row, before any division)
    if s.value < HUNDRED {
        return None;
    }
    let tq = c.target.reading.quantity()?;
    let rq = c.realisasi.reading.quantity()?;
    if units_differ(tq, rq) {
        return None;
    }
    let exact = capaian(t, r, c.polaritas, neg)?;
    if exact <= HUNDRED {
        return None;
    }
    // what `judge(..) == Verdict::Right` answers, without judging further: a round bound
    // rounds to itself at any precision, so only a stated bound under the value fits a cap
    let shown = num::round(exact, s.decimals);
    let bound = s.value.fract().is_zero() && (s.value % Decimal::from(5)).is_zero();
    if shown == s.value {
        // 100 for 100,001: the value and a cap alike
        return (s.value != HUNDRED).then_some(CapVote::Uncapped(shown));
    }
    if !(bound && shown > s.value) {
        return None;
    }
    // a negative indicator's value that another negative formula gives is no cap (110 for
    // (2 × 5 − 4,5) / 5 judged by target / realisasi, 111,11)
    let other_formula = c.polaritas == Polaritas::Negatif
        && NegFormula::ALL.iter().any(|&f| {
            f != neg
                && capaian(t, r, c.polaritas, f)
                    .is_some_and(|e| num::round(e, s.decimals) == s.value)
        });
    (!other_formula).then_some(CapVote::At(s.value))
}

/// The cap of a sheet: the user's, or the bound that more stated values over it are written
/// as than as their value (and at least two are): 100 mostly, 120 where an agency caps
/// there. Returns the cap and what decided it (how many values showed it).
pub(super) fn sheet_cap(
    sm: &SheetModel,
    neg: NegFormula,
    opts: &Options,
) -> (Option<Decimal>, Basis) {
    match opts.cap {
        Some(CapPolicy::None) => return (None, Basis::User),
        Some(CapPolicy::At(n)) => return (Some(n), Basis::User),
        None => {}
    }
    use rayon::prelude::*;
    let votes: Vec<CapVote> = sm
        .indikator
        .par_iter()
        .flat_map_iter(|i| i.checks())
        .filter_map(|c| cap_vote(&c, neg))
        .chain(
            sm.triwulan
                .par_iter()
                .flat_map_iter(|i| i.checks())
                .filter_map(|c| cap_vote(&c, neg)),
        )
        .collect();
    // for each bound written (the lowest first): the values capped there against those
    // written over it; the bound most values are capped at
    let bounds: std::collections::BTreeSet<Decimal> = votes
        .iter()
        .filter_map(|v| match v {
            CapVote::At(b) => Some(*b),
            CapVote::Uncapped(_) => None,
        })
        .collect();
    let mut best: Option<(Decimal, usize, usize)> = None;
    for bound in bounds {
        let yes = votes.iter().filter(|w| **w == CapVote::At(bound)).count();
        let no = votes
            .iter()
            .filter(|w| match **w {
                CapVote::At(other) => other > bound,
                CapVote::Uncapped(e) => e > bound,
            })
            .count();
        if best.is_none_or(|(_, y, _)| yes > y) {
            best = Some((bound, yes, no));
        }
    }
    if let Some((bound, yes, _)) = best.filter(|&(_, yes, no)| yes >= 2 && yes > no) {
        return (Some(bound), Basis::Inferred(yes));
    }
    let uncapped = votes
        .iter()
        .filter(|v| matches!(v, CapVote::Uncapped(_)))
        .count();
    if uncapped > 0 {
        (None, Basis::Inferred(uncapped))
    } else {
        (None, Basis::Default)
    }
}

/// Whether a sheet floors capaian at 0: more negative results are written 0 than as their
/// value (a negative indicator's realisasi over twice its target: (2 × 40 − 92) / 40 =
/// −30). A sheet showing neither does not. A formula's 0 counts only where the sheet's %
/// formulas floor (`MAX(0; …)`) at least as often as not: one `MAX(0; …)` among formulas
/// without it departs from its sheet, it is no policy of it.
pub(super) fn sheet_floors(sm: &SheetModel, neg: NegFormula) -> bool {
    let floors_in = |f: &str| {
        let f: String = f.chars().filter(|c| !c.is_whitespace()).collect();
        let f = f.to_ascii_uppercase();
        f.contains("MAX(0,") || f.contains("MAX(0;")
    };
    // one pass: the % formulas that floor and those that do not, and the negative results
    // written 0 (by a formula or not) or as their value
    let (mut floored, mut plain) = (0usize, 0usize);
    let (mut typed_zero, mut formula_zero, mut as_value) = (0usize, 0usize, 0usize);
    for c in sm.checks() {
        if let Some(f) = c.stated.formula.as_deref() {
            if floors_in(f) {
                floored += 1;
            } else {
                plain += 1;
            }
        }
        let (Some(t), Some(r), Some(s)) = (
            amount(c.target),
            amount(c.realisasi),
            c.stated.reading.quantity(),
        ) else {
            continue;
        };
        match capaian(t, r, c.polaritas, neg) {
            Some(exact) if exact < Decimal::ZERO => {
                if s.value.is_zero() {
                    if c.stated.formula.is_some() {
                        formula_zero += 1;
                    } else {
                        typed_zero += 1;
                    }
                } else if judge(s, exact) == Verdict::Right {
                    as_value += 1;
                }
            }
            _ => {}
        }
    }
    let written_zero = typed_zero + if plain > floored { 0 } else { formula_zero };
    written_zero > as_value
}

/// Recalculates one stated % and reports what is wrong with it.
pub fn check_one(
    sm: &SheetModel,
    c: &Check,
    neg: NegFormula,
    cap: Option<Decimal>,
    floors: bool,
    styles: &ColumnStyles,
    out: &mut Vec<Finding>,
) {
    let before = out.len();
    judge_check(sm, c, neg, cap, floors, styles, out);
    // a % recalculated from a target or realisasi whose separator stays ambiguous (V202 at
    // its cell) rests on a guess: reported, never rewritten by `fix`
    let guessed = |f: &Figure| matches!(f.reading, Reading::Number { other: Some(_), .. });
    if guessed(c.target) || guessed(c.realisasi) {
        for f in &mut out[before..] {
            f.fix = None;
        }
    }
}

/// [`check_one`] before a guessed figure takes the fixes away.
fn judge_check(
    sm: &SheetModel,
    c: &Check,
    neg: NegFormula,
    cap: Option<Decimal>,
    floors: bool,
    styles: &ColumnStyles,
    out: &mut Vec<Finding>,
) {
    let stated = c.stated;
    let what = &where_(c);
    // grades: realisasi at or above the target grade is 100
    if let (Reading::Grade { grade: tg }, Reading::Grade { grade: rg }) =
        (&c.target.reading, &c.realisasi.reading)
    {
        if rg < tg {
            out.push(c108::finding(&sm.name, c, rg, tg));
        } else if let Some(s) = stated.reading.quantity() {
            let exact = HUNDRED;
            if judge(s, exact) != Verdict::Right {
                out.push(c101::wrong(sm, c, s, exact, what, msg!(BASIS_GRADE), None));
            }
        }
        return;
    }
    let (Some(tq), Some(rq)) = (quantity(c.target), quantity(c.realisasi)) else {
        // blank realisasi with a stated %
        if c.realisasi.reading.is_blank()
            && stated.reading.quantity().is_some()
            && c.target.reading.quantity().is_some()
        {
            out.push(c111::finding(sm, c, what));
        }
        if c.target.reading.is_blank() && stated.reading.quantity().is_some() {
            out.push(c105::finding(sm, c, what));
        }
        // no % and nothing to compute it from
        if stated.reading.is_blank() && matches!(c.realisasi.reading, Reading::Unreadable { .. }) {
            out.push(c103::unreadable(&sm.name, c, what));
        }
        return;
    };
    // a period's target in % of the year's (a schedule, 30 / 50 / 80 / 100 %) beside a
    // realisasi counted in the year's unit (`12 laporan`): neither is a % of the other
    let share_of_year = matches!(
        c.kind,
        crate::model::CheckKind::Quarter(_)
            | crate::model::CheckKind::Half(_)
            | crate::model::CheckKind::Month(_)
    ) && tq.percent
        && !rq.percent
        && c.annual
            .and_then(|a| a.reading.quantity())
            .is_some_and(|a| !a.percent && a.unit.is_some());
    if units_differ(&tq, &rq) || share_of_year {
        out.push(c110::finding(&sm.name, c, what));
        return;
    }
    let t = tq.scaled();
    let mut r = rq.scaled();
    if t.is_zero() {
        if stated.reading.quantity().is_some() {
            out.push(c105::finding(sm, c, what));
        }
        return;
    }
    // a Renstra target in percent points beside a year's realisasi written as a fraction
    // (0,9612 for 96,12 %, the year's target a fraction too): the progress compares the two
    // on one scale, as the agency did
    if c.kind == crate::model::CheckKind::Renstra
        && r.abs() <= Decimal::ONE
        && t > Decimal::ONE
        && c.target.reading.quantity().is_some()
    {
        let on_points = r * HUNDRED;
        if let (Some(s), Some(as_points)) = (
            stated.reading.quantity(),
            capaian(t, on_points, c.polaritas, neg),
        ) {
            if judge(s, as_points) == Verdict::Right {
                r = on_points;
            }
        }
    }
    let Some(uncapped) = capaian(t, r, c.polaritas, neg) else {
        return;
    };
    let exact = match cap {
        Some(cv) if uncapped > cv => cv,
        // a negative result written 0 in a sheet that floors capaian at 0 (a negative
        // indicator's realisasi over twice its target)
        _ if floors
            && uncapped < Decimal::ZERO
            && stated.reading.quantity().is_some_and(|q| q.value.is_zero()) =>
        {
            Decimal::ZERO
        }
        _ => uncapped,
    };
    // a % stated where there is no realisasi
    if matches!(c.realisasi.reading, Reading::Dash)
        && stated
            .reading
            .quantity()
            .is_some_and(|q| !q.value.is_zero())
    {
        out.push(c111::finding(sm, c, what));
        return;
    }
    let dp_expected = |s: Option<&Quantity>| s.map(|q| q.decimals).unwrap_or(2);
    // a target written as a range ("80 - 85"): which edge a % is measured against is the
    // agency's choice, so an empty % is left empty (a stated one is still judged on its
    // edge, as a bound's is)
    let range_target =
        crate::value::bound(&c.target.shown).is_some_and(|b| b.low.is_some() && b.high.is_some());
    match &stated.reading {
        Reading::Blank if range_target => {}
        Reading::Blank => {
            let mut f = c103::blank(&sm.name, stated, what, exact);
            if !c.shifted {
                // an empty cell tells no format: it is written as its column writes its %
                // (fractions under a percent format, `0.9309` for 93,09 %)
                let (percent, decimals) = styles.column(stated.col);
                let e = num::round(exact, decimals);
                f = f.with_fix(percent_fix(
                    &stated.shown,
                    false,
                    percent,
                    e,
                    decimals,
                    exact,
                ));
            }
            out.push(f);
        }
        Reading::Number { q: s, other } => {
            let mut verdict = judge(s, exact);
            // a stored fraction whose percent format the reader could not see (xls, ods)
            if verdict == Verdict::Fraction && stated.format_unknown {
                verdict = Verdict::Right;
            }
            if verdict == Verdict::Right {
                return;
            }
            if let Some(o) = other {
                if judge(o, exact) == Verdict::Right {
                    out.push(super::values::v202::in_percent_column(
                        &sm.name,
                        stated,
                        s,
                        o,
                        fmt_id_auto(exact, 0, dp_expected(Some(o)).max(2)),
                        cell_value(stated, num::round(exact, o.decimals.max(2)), exact),
                    ));
                    return;
                }
            }
            // a figure that lost its thousands explains the stated %
            if let Some(f) = thousands_dropped(sm, c, t, r, s, &tq, &rq) {
                out.push(f);
                return;
            }
            match verdict {
                Verdict::Truncated => {
                    let e = num::round(exact, s.decimals);
                    out.push(c102::finding(&sm.name, stated, what, t, r, s, exact, e));
                }
                Verdict::Fraction => {
                    let e = num::round(exact, 2);
                    out.push(c104::finding(&sm.name, stated, what, e, exact));
                }
                _ => {
                    let basis = match c.polaritas {
                        Polaritas::Positif => "realisasi / target × 100",
                        Polaritas::Negatif => formula_text(neg),
                    };
                    // a % written as a negative indicator's where the table states no
                    // polarity (no Polaritas column: positive by default): the polarity is
                    // what may be missing, so the % is not rewritten
                    let negative_looking = c.polaritas == Polaritas::Positif
                        && !states_polarity(sm)
                        && capaian(t, r, Polaritas::Negatif, neg)
                            .is_some_and(|e| judge(s, e) == Verdict::Right);
                    if negative_looking {
                        let note = msg!(NOTE_NEGATIVE_FORMULA, formula = formula_text(neg));
                        let mut f = c101::wrong(sm, c, s, exact, what, basis, Some(note));
                        f.help = msg!(
                            HELP_NEGATIVE_FORMULA,
                            cell = c.stated.cell_name(),
                            expected = f.expected.as_deref().unwrap_or("")
                        );
                        f.fix = None;
                        out.push(f);
                        return;
                    }
                    let note = wrong_note(c, s, r, uncapped, cap, neg);
                    out.push(c101::wrong(sm, c, s, exact, what, basis, note));
                }
            }
        }
        Reading::Unreadable { .. } | Reading::Text { .. } | Reading::Error { .. } => {
            // reported by the value rules at the cell; nothing to compare
        }
        Reading::Dash | Reading::Grade { .. } => {
            // progress towards a lower Renstra target has no ratio agencies agree on: a
            // negative indicator's `-` there is their choice
            let renstra_negative =
                c.kind == CheckKind::Renstra && c.polaritas == Polaritas::Negatif;
            if !exact.is_zero() && !renstra_negative {
                let e = num::round(exact, 2);
                out.push(c101::not_a_number(&sm.name, stated, what, e, exact));
            }
        }
    }
}

/// A figure's quantity, a dash as zero; borrowed, not cloned (asked of every row).
fn quantity(f: &Figure) -> Option<std::borrow::Cow<'_, Quantity>> {
    match f.reading.quantity() {
        Some(q) => Some(std::borrow::Cow::Borrowed(q)),
        None => dash_zero(f).map(std::borrow::Cow::Owned),
    }
}

fn dash_zero(f: &Figure) -> Option<Quantity> {
    matches!(f.reading, Reading::Dash).then(|| Quantity::plain(Decimal::ZERO, 0))
}

/// The number to store in the stated cell: divided by 100 when the cell has a percent format.
/// What `fix` writes into the stated cell: a number (divided by 100 in a percent-formatted
/// cell), or, in a cell typed as text, text in the same convention (`87,33%`).
fn cell_value(stated: &Figure, percent_points: Decimal, exact: Decimal) -> Fix {
    percent_fix(
        &stated.shown,
        stated.typed,
        stated.format.percent,
        percent_points,
        percent_points.normalize().scale(),
        exact,
    )
}

/// How each column of a sheet writes its stated %, tallied once over all of them: a blank %
/// is written as its column writes the others (asked of every blank, so not recounted each
/// time: a table of 20,000 blank % would count 400 million figures).
#[derive(Default)]
pub struct ColumnStyles(HashMap<u32, Tally>);

/// One column's stated %: how many are numbers, how many of those fractions under a percent
/// format, and how many are written with each count of decimals.
#[derive(Default)]
struct Tally {
    numbers: usize,
    fractions: usize,
    decimals: BTreeMap<u32, usize>,
}

impl ColumnStyles {
    /// Every stated % of a sheet's annual and quarterly indicators.
    pub fn of(sm: &SheetModel) -> ColumnStyles {
        let mut out = ColumnStyles::default();
        let annual = sm.indikator.iter().filter_map(|i| i.capaian.as_ref());
        let quarterly = sm.triwulan.iter().flat_map(|i| {
            i.quarters
                .iter()
                .filter_map(|q| q.capaian.as_ref())
                .chain(i.capaian_tahunan.as_deref())
        });
        for f in annual.chain(quarterly) {
            if let Some(q) = f.reading.quantity() {
                let t = out.0.entry(f.col).or_default();
                *t.decimals.entry(q.decimals).or_default() += 1;
                if !f.typed {
                    t.numbers += 1;
                    t.fractions += usize::from(f.format.percent);
                }
            }
        }
        out
    }

    /// Whether most numbers of a column are fractions under a percent format, and the
    /// decimals most of its % are written to (two where that is none).
    fn column(&self, col: u32) -> (bool, u32) {
        let Some(t) = self.0.get(&col) else {
            return (false, 2);
        };
        let most = t
            .decimals
            .iter()
            .max_by_key(|(d, n)| (**n, std::cmp::Reverse(**d)))
            .map(|(d, _)| *d)
            .filter(|d| (1..=4).contains(d))
            .unwrap_or(2);
        (t.fractions * 2 > t.numbers, most)
    }
}

/// The fix of a % cell: `percent_points` stored as the cell stores it (divided by 100 under a
/// percent format), or, in a cell typed as text (`shown`), text in the same convention with
/// `text_decimals` (`87,33%`); `exact` is the unrounded value.
pub(in crate::rules) fn percent_fix(
    shown: &str,
    typed: bool,
    percent_format: bool,
    percent_points: Decimal,
    text_decimals: u32,
    exact: Decimal,
) -> Fix {
    let in_cell = |d: Decimal| {
        if percent_format {
            (d / HUNDRED).normalize()
        } else {
            d.normalize()
        }
    };
    let text = typed.then(|| {
        let shown = shown.trim_end();
        let number = crate::num::fmt_plain_id(percent_points, text_decimals);
        if shown.ends_with(" %") {
            format!("{number} %")
        } else if shown.ends_with('%') {
            format!("{number}%")
        } else {
            number
        }
    });
    Fix {
        value: in_cell(percent_points),
        text,
        formula: None,
        exact: in_cell(exact),
    }
}

/// What else explains a wrong %: the cap, the annual target, or the realisasi copied.
/// Whether a table of the sheet has a polarity column (`Polaritas`, `Sifat`, `Arah`).
fn states_polarity(sm: &SheetModel) -> bool {
    sm.tables
        .iter()
        .any(|t| t.columns.contains_key(&crate::layout::Role::Polaritas))
}

fn wrong_note(
    c: &Check,
    s: &Quantity,
    r: Decimal,
    uncapped: Decimal,
    cap: Option<Decimal>,
    neg: NegFormula,
) -> Option<Message> {
    if let Some(cv) = cap {
        if uncapped > cv && judge(s, uncapped) == Verdict::Right {
            let cv = fmt_id_auto(cv, 0, 2);
            return Some(msg!(NOTE_UNCAPPED, cv));
        }
    }
    if let Some(a) = c.annual.and_then(amount) {
        if let Some(e) = capaian(a, r, c.polaritas, neg) {
            if judge(s, e) == Verdict::Right {
                return Some(msg!(
                    NOTE_ANNUAL_TARGET,
                    annual = c.annual.map(|f| f.shown.as_ref()).unwrap_or(""),
                    target = &c.target.shown
                ));
            }
        }
    }
    if let Some(rq) = c.realisasi.reading.quantity() {
        if rq.value == s.value && !s.value.is_zero() {
            return Some(msg!(NOTE_COPIES_REALISASI));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn thousands_dropped(
    sm: &SheetModel,
    c: &Check,
    t: Decimal,
    r: Decimal,
    s: &Quantity,
    tq: &Quantity,
    rq: &Quantity,
) -> Option<Finding> {
    if c.polaritas != Polaritas::Positif
        || s.value <= Decimal::ZERO
        || s.value > Decimal::from(10_000)
    {
        return None;
    }
    let thousand = Decimal::from(1000);
    let scale_r = rq.scale.factor();
    let scale_t = tq.scale.factor();
    // realisasi lost its thousands
    if !r.is_zero() {
        let implied = s.value * t / HUNDRED;
        let implied_written = implied / scale_r;
        if num::round(implied_written / thousand, rq.decimals) == rq.value {
            let exp = fmt_id_auto(implied_written, 0, 0);
            return Some(c106::realisasi_lost(&sm.name, c, s, exp));
        }
    }
    // target lost its thousands
    if !s.value.is_zero() && !t.is_zero() {
        let implied = r * HUNDRED / s.value / scale_t;
        if num::round(implied / thousand, tq.decimals) == tq.value {
            let exp = fmt_id_auto(implied, 0, 0);
            return Some(c106::target_lost(&sm.name, c, s, exp));
        }
    }
    None
}

/// Permendagri categories of capaian.
pub fn kategori(c: Decimal) -> &'static str {
    if c > Decimal::from(90) {
        "Sangat Tinggi"
    } else if c > Decimal::from(75) {
        "Tinggi"
    } else if c > Decimal::from(65) {
        "Sedang"
    } else if c > Decimal::from(50) {
        "Rendah"
    } else {
        "Sangat Rendah"
    }
}

/// The recalculated capaian of an indicator's annual %, when it can be computed.
pub fn recalculated(ind: &Indikator, neg: NegFormula) -> Option<Decimal> {
    recalculated_of(
        ind.target.as_ref()?,
        ind.realisasi.as_ref()?,
        ind.polaritas,
        neg,
    )
}

/// The exact capaian of a target and a realisasi (a quarterly indicator's year, say).
pub fn recalculated_of(t: &Figure, r: &Figure, pol: Polaritas, neg: NegFormula) -> Option<Decimal> {
    if let (Reading::Grade { grade: tg }, Reading::Grade { grade: rg }) = (&t.reading, &r.reading) {
        return (rg >= tg).then_some(HUNDRED);
    }
    let tq = quantity(t)?;
    let rq = quantity(r)?;
    if units_differ(&tq, &rq) {
        return None;
    }
    capaian(tq.scaled(), rq.scaled(), pol, neg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn q(s: &str) -> Quantity {
        let d = Decimal::from_str(s).unwrap();
        Quantity::plain(d, d.scale())
    }

    #[test]
    fn a_formulas_double_is_judged_as_close_as_a_double_can_be() {
        let exact = Decimal::from_str("82.61").unwrap() / Decimal::from(85) * HUNDRED;
        // what LibreOffice stores for =R8/E8*100: the double, to 15 significant digits
        assert_eq!(judge(&q("97.1882352941177"), exact), Verdict::Right);
        assert_eq!(judge(&q("97.19"), exact), Verdict::Right);
        // a double that is off in its tenth significant digit is another value
        assert_eq!(judge(&q("97.1882352951177"), exact), Verdict::Wrong);
        assert_eq!(judge(&q("97.18"), exact), Verdict::Truncated);
        assert_eq!(judge(&q("97.20"), exact), Verdict::Wrong);
    }
}
