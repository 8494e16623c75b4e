//! Comparing years: the indicators of several years' workbooks grouped although their names
//! drift, with each year's target, realisasi and capaian, the change against the years
//! before, progress against the Renstra's final target, the budget per year, and the
//! year-over-year findings; written as one summary workbook ([`Comparison::to_xlsx`]) or
//! JSON ([`Comparison::to_json`]).
//!
//! Stages: [`collect`] (entries per year from checked workbooks; the codes one name defines
//! written out in the others: [`defined`]) → [`matching`] (is this the
//! same indicator?) with [`pins`] (a person's decisions) → groups, one-to-one per year, then
//! groups of different years that one entry matches in both joined ([`bridge`]) → the
//! figures and findings ([`Comparison`]).

pub mod agency;
mod bridge;
pub mod collect;
mod defined;
pub mod json;
pub mod matching;
pub mod normalize;
pub mod notices;
mod own;
mod percent;
pub mod pins;
mod roots;
mod whole;
pub mod xlsx;

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use percent::{percent, round2};

pub use collect::{AgencyFiles, BudgetYear, Entry, Fig, RepeatedSheet, Source};
pub use matching::{Outcome, Verdict};
pub use pins::{Pin, Pins, PinsError};

use crate::model::Polaritas;
use crate::outcome::FileReport;
use crate::rules::{years, Message, RuleId};

crate::texts! {
    ACHIEVED = "compare.achieved",
        "Tercapai",
        "Achieved";
    ON_TRACK = "compare.on_track",
        "Akan tercapai",
        "On track";
    NEEDS_HARD_EFFORT = "compare.needs_hard_effort",
        "Perlu usaha keras",
        "Needs hard effort";
    VERY_HIGH = "compare.very_high",
        "Sangat Tinggi",
        "Very high";
    HIGH = "compare.high",
        "Tinggi",
        "High";
    MEDIUM = "compare.medium",
        "Sedang",
        "Medium";
    LOW = "compare.low",
        "Rendah",
        "Low";
    VERY_LOW = "compare.very_low",
        "Sangat Rendah",
        "Very low";
    SAME = "compare.same",
        "= tetap",
        "= same";
    UP_BETTER = "compare.up_better",
        "▲ naik (membaik)",
        "▲ up (better)";
    DOWN_WORSE = "compare.down_worse",
        "▼ turun (memburuk)",
        "▼ down (worse)";
    UP_WORSE = "compare.up_worse",
        "▲ naik (memburuk)",
        "▲ up (worse)";
    DOWN_BETTER = "compare.down_better",
        "▼ turun (membaik)",
        "▼ down (better)";
}

/// What a comparison is told.
#[derive(Debug, Clone, Default)]
pub struct CompareConfig {
    /// matches a person pinned or split (`--matches`)
    pub pins: Pins,
}

/// One indicator over the years: at most one entry per year, in year order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// boxed: an entry is moved from its year into its group, and a box moves as a pointer
    pub entries: Vec<Box<Entry>>,
    /// the weakest link between its years (`None` for an indicator of one year)
    pub outcome: Outcome,
}

impl Group {
    /// The name it goes by: the latest year's.
    pub fn name(&self) -> &str {
        self.entries.last().map(|e| e.name.as_str()).unwrap_or("")
    }

    /// The latest unit written.
    pub fn unit(&self) -> Option<&str> {
        self.entries.iter().rev().find_map(|e| e.unit.as_deref())
    }

    /// The scale its unit states (`1000000` for `Rp. (juta)`): its figures are given in it.
    pub fn unit_factor(&self) -> Decimal {
        collect::unit_factor(self.unit())
    }

    pub fn entry(&self, year: i32) -> Option<&Entry> {
        self.entries.get(self.at(year)?).map(|e| &**e)
    }

    /// Where the group's first entry of `year` stands in [`Group::entries`].
    pub fn at(&self, year: i32) -> Option<usize> {
        self.entries.iter().position(|e| e.year == year)
    }

    pub fn polaritas(&self) -> Polaritas {
        self.entries.last().map(|e| e.polaritas).unwrap_or_default()
    }
}

/// A decision on a pair of indicators of two years.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub from_year: i32,
    pub from_name: String,
    pub to_year: i32,
    pub to_name: String,
    pub verdict: Verdict,
    /// a person's decision from the pins: `Some(true)` YA, `Some(false)` TIDAK
    pub pinned: Option<bool>,
    /// the two were put in one group
    pub linked: bool,
}

/// A year-over-year finding: one of the Y1xx rules of the registry
/// ([`crate::rules::years`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearFinding {
    /// `Y101`…
    pub code: RuleId,
    /// `satuan-berubah`…
    pub name: &'static str,
    pub indicator: String,
    pub year: i32,
    pub message: Message,
}

/// The capaian of one indicator in one year and what follows from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearFigures {
    /// realisasi / target × 100 (negative polarity: (2 × target − realisasi) / target × 100),
    /// rounded to 2 decimals; the stated % where it cannot be computed
    pub capaian: Option<Decimal>,
    /// the realisasi minus the previous year's (in the indicator's unit, [`Group::unit_factor`])
    pub change: Option<Decimal>,
    /// change in % of the previous year's realisasi
    pub change_pct: Option<Decimal>,
    /// the realisasi against every earlier year's of the group that has one, oldest first
    /// (the first is the baseline, the last the previous year)
    pub changes: Vec<Change>,
}

impl YearFigures {
    /// The change since the group's first year with a realisasi (the baseline of the
    /// comparison); `None` in that year itself.
    pub fn since_first(&self) -> Option<&Change> {
        self.changes.first()
    }
}

/// The realisasi of a year against that of an earlier year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// the earlier year
    pub from: i32,
    /// the realisasi minus the earlier year's (in the indicator's unit)
    pub change: Decimal,
    /// in % of the earlier year's realisasi
    pub change_pct: Option<Decimal>,
}

/// Progress to date against the Renstra's final target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RenstraStatus {
    Tercapai,
    AkanTercapai,
    PerluUsahaKeras,
}

impl RenstraStatus {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            RenstraStatus::Tercapai => ACHIEVED.get(lang),
            RenstraStatus::AkanTercapai => ON_TRACK.get(lang),
            RenstraStatus::PerluUsahaKeras => NEEDS_HARD_EFFORT.get(lang),
        }
    }
}

/// An indicator's standing against its Renstra final target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RenstraProgress {
    pub year: i32,
    pub target_akhir: Fig,
    pub end: Option<i32>,
    pub realisasi: Option<Fig>,
    /// realisasi to date / final target × 100
    pub capaian: Option<Decimal>,
    pub status: Option<RenstraStatus>,
}

/// The comparison of several years.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub years: Vec<i32>,
    pub groups: Vec<Group>,
    pub links: Vec<Link>,
    pub budget: BTreeMap<i32, BudgetYear>,
    pub findings: Vec<YearFinding>,
    /// sheets left out because no year could be decided: (path, sheet)
    pub no_year: Vec<(String, String)>,
    /// sheets left out because another sheet holds the same year's table
    pub repeated: Vec<RepeatedSheet>,
    /// the agencies whose title blocks were read, with their files (more than one: files
    /// of several agencies were given, and their indicators do not line up)
    pub agencies: Vec<AgencyFiles>,
    /// the input files
    pub files: Vec<String>,
}

/// Compares the years of checked workbooks (any order; a workbook may hold several years).
pub fn compare(reports: &[FileReport], cfg: &CompareConfig) -> Comparison {
    let mut c = collect::collect(reports);
    defined::spell_out(&mut c.years);
    let years: Vec<i32> = c.years.iter().map(|(y, _)| *y).collect();
    let (groups, links) = group(c.years, &cfg.pins);
    let mut cmp = Comparison {
        years,
        groups,
        links,
        budget: c.budget,
        findings: Vec::new(),
        no_year: c.no_year,
        repeated: c.repeated,
        agencies: c.agencies,
        files: reports
            .iter()
            .map(|r| r.path.display().to_string())
            .collect(),
    };
    cmp.findings = findings(&cmp);
    cmp
}

/// The verdict on an entry joining a group: the best against any of the group's entries,
/// with a person's pins deciding first.
fn verdict_for(
    e: &Entry,
    g: &Group,
    pins: &Pins,
    scored: &mut matching::Scored,
) -> (Verdict, Option<bool>, usize) {
    for (i, x) in g.entries.iter().enumerate().rev() {
        if let Some(yes) = pins.decision(x.year, &x.name, e.year, &e.name) {
            let mut v = matching::verdict_scored(x, e, false, scored);
            v.outcome = if yes { Outcome::Auto } else { Outcome::None };
            if yes {
                v.score = 1.0;
            }
            return (v, Some(yes), i);
        }
    }
    let mut best: Option<(Verdict, usize)> = None;
    // a whole and one of its parts ([`whole`]): the group whose latest entry is one takes
    // not the other, nor a part a group takes whose earlier entry is its whole (the whole
    // written otherwise in a later year, `… yang dilatih` for `… yang mengikuti pelatihan`,
    // is no whole of the parts alone)
    let apart = g.entries.last().is_some_and(|x| scored.apart(x, e))
        || !whole::may_be_whole(e)
            && g.entries
                .iter()
                .any(|x| whole::may_be_whole(x) && scored.apart(x, e));
    for (i, x) in g.entries.iter().enumerate().rev() {
        let mut v = matching::verdict_scored(x, e, false, scored);
        if apart {
            v.outcome = Outcome::None;
        }
        // the latest entry first: an older one must do strictly better
        if best
            .as_ref()
            .is_none_or(|(b, _)| (v.outcome, v.score) > (b.outcome, b.score))
        {
            best = Some((v, i));
        }
    }
    match best {
        Some((v, i)) => (v, None, i),
        None => (
            Verdict {
                score: 0.0,
                outcome: Outcome::None,
                reason: String::new(),
            },
            None,
            0,
        ),
    }
}

/// An entry of the year, a group, the verdict, a person's pin, the group's entry compared.
type Candidate = (usize, usize, Verdict, Option<bool>, usize);

/// The best group an entry did not join: group, verdict, pin, the group's entry compared.
type Refused = Option<(usize, Verdict, Option<bool>, usize)>;

fn group(years: Vec<(i32, Vec<Box<Entry>>)>, pins: &Pins) -> (Vec<Group>, Vec<Link>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut links = Vec::new();
    // a whole and its parts ([`whole`]): apart, however near their names
    // and a whole and its kinds counted apart another year
    let mut apart = whole::apart(&years);
    whole::kinds_apart(&years, &mut apart);
    let mut scored = matching::Scored::with_apart(apart);
    // the groups by their blocking words, made again for each year (its room kept)
    let mut index = matching::BlockIndex::default();
    let n_years = years.len();
    // each year's entries, in the order collected (moved into the groups, never copied)
    for (y, mut year_entries) in years {
        own::mark_sole(&mut year_entries);
        // the same name and unit as one group's latest entry, each unique on both sides and
        // pinned by no one: joined at once (the pairs below are scored only for the rest)
        // the first group with the key, and how many have it
        let mut by_key: FxHashMap<Arc<str>, (usize, usize)> = Default::default();
        for (gi, g) in groups.iter().enumerate() {
            if let Some(last) = g.entries.last() {
                by_key.entry(last.same.clone()).or_insert((gi, 0)).1 += 1;
            }
        }
        let mut year_keys: FxHashMap<&str, usize> = Default::default();
        for e in &year_entries {
            *year_keys.entry(&e.same).or_default() += 1;
        }
        let unique: Vec<bool> = year_entries
            .iter()
            .map(|e| year_keys.get(&*e.same) == Some(&1))
            .collect();
        drop(year_keys);
        // a name and unit written under several sasaran (`Persentase realisasi anggaran`
        // under each): the same name, unit and sasaran as one group's latest entry, each
        // unique on both sides, joined at once too. Scored, the pairs of such names tie
        // (every score capped at 1) and would be taken in the order written, whatever
        // their sasaran
        let mut by_sasaran: FxHashMap<(&str, &str), (usize, usize)> = Default::default();
        for (gi, g) in groups.iter().enumerate() {
            if let Some(last) = g.entries.last().filter(|l| l.sasaran.is_some()) {
                by_sasaran
                    .entry((&last.same, last.sasaran_split.content()))
                    .or_insert((gi, 0))
                    .1 += 1;
            }
        }
        let mut year_pairs: FxHashMap<(&str, &str), usize> = Default::default();
        for e in year_entries.iter().filter(|e| e.sasaran.is_some()) {
            *year_pairs
                .entry((&e.same, e.sasaran_split.content()))
                .or_default() += 1;
        }
        let under_sasaran: Vec<Option<usize>> = year_entries
            .iter()
            .map(|e| {
                let pair = (&*e.same, e.sasaran_split.content());
                match by_sasaran.get(&pair) {
                    Some(&(gi, 1))
                        if e.sasaran.is_some()
                            && !pair.1.is_empty()
                            && year_pairs.get(&pair) == Some(&1) =>
                    {
                        Some(gi)
                    }
                    _ => None,
                }
            })
            .collect();
        drop(year_pairs);
        drop(by_sasaran);
        let pinned = |e: &Entry| {
            pins.pins.iter().any(|p| {
                (p.tahun_a == e.year
                    && crate::text::norm(&p.indikator_a) == crate::text::norm(&e.name))
                    || (p.tahun_b == e.year
                        && crate::text::norm(&p.indikator_b) == crate::text::norm(&e.name))
            })
        };
        let mut es: Vec<Box<Entry>> = Vec::with_capacity(year_entries.len());
        let mut joined_at_once = vec![false; groups.len()];
        for ((e, unique), under_sasaran) in year_entries.into_iter().zip(unique).zip(under_sasaran)
        {
            let fast = match by_key.get(&e.same) {
                Some(&(gi, 1)) if unique => Some(gi),
                _ => under_sasaran,
            }
            .filter(|&gi| !joined_at_once[gi] && !pinned(&e))
            .filter(|&gi| {
                groups[gi]
                    .entries
                    .last()
                    .is_some_and(|l| l.year < y && !pinned(l))
            });
            match fast {
                Some(gi) => {
                    let g = &mut groups[gi];
                    let at = g.entries.len() - 1;
                    let v = matching::verdict_scored(&g.entries[at], &e, true, &mut scored);
                    if v.outcome == Outcome::None {
                        es.push(e);
                        continue;
                    }
                    links.push(Link {
                        from_year: g.entries[at].year,
                        from_name: g.entries[at].name.clone(),
                        to_year: y,
                        to_name: e.name.clone(),
                        verdict: v.clone(),
                        pinned: None,
                        linked: true,
                    });
                    g.outcome = if g.entries.len() == 1 {
                        v.outcome
                    } else {
                        g.outcome.min(v.outcome)
                    };
                    // the group took this year's entry: no other entry may join it
                    by_key.remove(&e.same);
                    joined_at_once[gi] = true;
                    g.entries.push(e);
                }
                None => es.push(e),
            }
        }
        let taken: Vec<bool> = groups.iter().map(|g| g.entry(y).is_some()).collect();
        // the groups worth scoring for each entry: those that share a blocking word with it
        // (`matching::block_tokens`), and those a person pinned it to
        index.clear();
        for (gi, g) in groups.iter().enumerate() {
            if taken[gi] {
                continue;
            }
            for x in &g.entries {
                index.add(gi, &x.blocks());
            }
        }
        // every candidate pair, the pinned and the best first
        let mut cands: Vec<Candidate> = Vec::new();
        let mut best_refused: Vec<Refused> = vec![None; es.len()];
        let mut near: Vec<usize> = Vec::new();
        for (ei, e) in es.iter().enumerate() {
            index.near(&e.blocks(), &mut near);
            if !pins.is_empty() {
                near.extend((0..groups.len()).filter(|&gi| {
                    !taken[gi]
                        && groups[gi]
                            .entries
                            .iter()
                            .any(|x| pins.decision(x.year, &x.name, e.year, &e.name).is_some())
                }));
                near.sort_unstable();
                near.dedup();
            }
            for &gi in &near {
                let g = &groups[gi];
                let (v, pin, at) = verdict_for(e, g, pins, &mut scored);
                if v.outcome == Outcome::None {
                    let better = best_refused[ei]
                        .as_ref()
                        .is_none_or(|(_, b, _, _)| v.score > b.score);
                    if better && (v.score > 0.2 || pin.is_some()) {
                        best_refused[ei] = Some((gi, v, pin, at));
                    }
                    continue;
                }
                cands.push((ei, gi, v, pin, at));
            }
        }
        // of equal verdicts, the one given on the nearer year's entry (`… yang disertifikasi`
        // of last year before `… yang diujicoba & disertifikasi` of the year before)
        let year_of = |c: &Candidate| groups[c.1].entries.get(c.4).map_or(i32::MIN, |x| x.year);
        cands.sort_by(|a, b| {
            (b.3 == Some(true))
                .cmp(&(a.3 == Some(true)))
                .then(b.2.outcome.cmp(&a.2.outcome))
                .then(b.2.score.total_cmp(&a.2.score))
                .then(year_of(b).cmp(&year_of(a)))
        });
        let mut e_used = vec![false; es.len()];
        let mut g_used = vec![false; groups.len()];
        let mut joined: Vec<Candidate> = Vec::new();
        for (ei, gi, v, pin, at) in cands {
            if e_used[ei] || g_used[gi] {
                if !e_used[ei] {
                    let better = best_refused[ei]
                        .as_ref()
                        .is_none_or(|(_, b, _, _)| v.score > b.score);
                    if better {
                        best_refused[ei] = Some((gi, v, pin, at));
                    }
                }
                continue;
            }
            e_used[ei] = true;
            g_used[gi] = true;
            joined.push((ei, gi, v, pin, at));
        }
        let mut es: Vec<Option<Box<Entry>>> = es.into_iter().map(Some).collect();
        for (ei, gi, v, pin, at) in joined {
            let Some(e) = es[ei].take() else {
                continue;
            };
            let g = &mut groups[gi];
            let from = &g.entries[at];
            let reason = matching::verdict_scored(from, &e, true, &mut scored).reason;
            links.push(Link {
                from_year: from.year,
                from_name: from.name.clone(),
                to_year: y,
                to_name: e.name.clone(),
                verdict: Verdict {
                    reason,
                    ..v.clone()
                },
                pinned: pin,
                linked: true,
            });
            g.outcome = if g.entries.len() == 1 {
                v.outcome
            } else {
                g.outcome.min(v.outcome)
            };
            g.entries.push(e);
        }
        for (ei, slot) in es.iter_mut().enumerate() {
            if e_used[ei] {
                continue;
            }
            let Some(e) = slot.take() else {
                continue;
            };
            if let Some((gi, v, pin, at)) = best_refused[ei].take() {
                let from = &groups[gi].entries[at];
                let reason = matching::verdict_scored(from, &e, true, &mut scored).reason;
                links.push(Link {
                    from_year: from.year,
                    from_name: from.name.clone(),
                    to_year: y,
                    to_name: e.name.clone(),
                    verdict: Verdict {
                        outcome: Outcome::None,
                        reason,
                        ..v
                    },
                    pinned: pin,
                    linked: false,
                });
            }
            groups.push(Group {
                entries: vec![e],
                outcome: Outcome::None,
            });
        }
    }
    bridge::join_bridged(&mut groups, &mut links, pins, &mut scored, n_years);
    (groups, links)
}

impl Comparison {
    /// The capaian and the change against the previous year and every earlier one, of group
    /// `g` in `year`.
    pub fn figures(&self, g: &Group, year: i32) -> Option<YearFigures> {
        let at = g.at(year)?;
        Some(Self::figures_of(g, at, capaian(&g.entries[at])))
    }

    /// [`Comparison::figures`] of the group's entry `at` (the first of its year), with its
    /// capaian worked out before.
    pub(crate) fn figures_of(g: &Group, at: usize, capaian: Option<Decimal>) -> YearFigures {
        let e = &g.entries[at];
        let year = e.year;
        // in the indicator's unit, as its figures are given
        let unit = g.unit_factor();
        // no change where it is beyond a decimal's range
        let against = |p: &Fig, r: &Fig| {
            let p = p.magnitude();
            let d = r.magnitude().checked_sub(p)?;
            Some((collect::in_unit(d, unit), percent(d, p.abs())))
        };
        // the previous year: the latest earlier entry (its change is one of `changes`)
        let prev = g.entries.iter().rposition(|p| p.year < year);
        let (mut change, mut change_pct) = (None, None);
        let mut changes = Vec::new();
        if let Some(r) = e.realisasi.as_ref() {
            for (i, p) in g.entries.iter().enumerate().filter(|(_, p)| p.year < year) {
                let Some(pr) = p.realisasi.as_ref() else {
                    continue;
                };
                let Some((d, pct)) = against(pr, r) else {
                    continue;
                };
                if Some(i) == prev {
                    (change, change_pct) = (Some(d), pct);
                }
                changes.push(Change {
                    from: p.year,
                    change: d,
                    change_pct: pct,
                });
            }
        }
        YearFigures {
            capaian,
            change,
            change_pct,
            changes,
        }
    }

    /// The Renstra standing of a group: its latest final target against the latest realisasi.
    pub fn renstra(&self, g: &Group) -> Option<RenstraProgress> {
        let e = g.entries.iter().rev().find(|e| e.target_akhir.is_some())?;
        let ta = e.target_akhir.clone()?;
        let last = g.entries.last()?;
        let realisasi = last.realisasi.clone();
        let capaian = realisasi
            .as_ref()
            .and_then(|r| percent(r.magnitude(), ta.magnitude()));
        let status = capaian.map(|c| {
            let c = if g.polaritas() == Polaritas::Negatif {
                // lower is better: the final target is a ceiling
                if c <= Decimal::ONE_HUNDRED {
                    return RenstraStatus::Tercapai;
                }
                Decimal::from(200) - c
            } else {
                c
            };
            if c >= Decimal::ONE_HUNDRED {
                return RenstraStatus::Tercapai;
            }
            // the share of the Renstra's years gone by; half the way when the end is unknown
            let expected = match e.end_year() {
                Some(end) => {
                    let start = (end - 4).min(g.entries.first().map(|f| f.year).unwrap_or(end));
                    let span = Decimal::from((end - start + 1).max(1));
                    Decimal::from((last.year - start + 1).max(0)) / span * Decimal::ONE_HUNDRED
                }
                None => Decimal::from(50),
            };
            if c >= expected {
                RenstraStatus::AkanTercapai
            } else {
                RenstraStatus::PerluUsahaKeras
            }
        });
        Some(RenstraProgress {
            year: e.year,
            target_akhir: ta,
            end: e.renstra_end,
            realisasi,
            capaian,
            status,
        })
    }

    /// Serapan (realisasi / anggaran × 100) of a year's budget.
    pub fn serapan(&self, year: i32) -> Option<Decimal> {
        let b = self.budget.get(&year)?;
        let (a, r) = (b.anggaran.as_ref()?, b.realisasi.as_ref()?);
        percent(r.magnitude(), a.magnitude())
    }

    /// The mean capaian of a year's indicators.
    pub fn mean_capaian(&self, year: i32) -> Option<Decimal> {
        self.mean_capaian_of(year, |gi, at| capaian(&self.groups[gi].entries[at]))
    }

    /// [`Comparison::mean_capaian`], with the capaian of group `gi`'s entry `at` (the first
    /// of its year) given by `cap`.
    pub(crate) fn mean_capaian_of(
        &self,
        year: i32,
        cap: impl Fn(usize, usize) -> Option<Decimal>,
    ) -> Option<Decimal> {
        let v: Vec<Decimal> = self
            .groups
            .iter()
            .enumerate()
            .filter_map(|(gi, g)| cap(gi, g.at(year)?))
            .collect();
        let sum = v.iter().try_fold(Decimal::ZERO, |s, c| s.checked_add(*c))?;
        (!v.is_empty()).then(|| round2(sum / Decimal::from(v.len())))
    }

    /// Efficiency: mean capaian minus serapan.
    pub fn efficiency(&self, year: i32) -> Option<Decimal> {
        self.mean_capaian(year)?.checked_sub(self.serapan(year)?)
    }

    /// The links a person should look at: to confirm, and near misses.
    pub fn to_confirm(&self) -> impl Iterator<Item = &Link> {
        self.links
            .iter()
            .filter(|l| l.verdict.outcome == Outcome::Confirm)
    }
}

impl Entry {
    fn end_year(&self) -> Option<i32> {
        self.renstra_end
    }
}

/// The capaian of an entry: computed from its target and realisasi, or as stated.
pub fn capaian(e: &Entry) -> Option<Decimal> {
    if let (Some(t), Some(r)) = (&e.target, &e.realisasi) {
        // `694,29 M` against `71`: which scale the plain number means is unknown
        let scales_known =
            t.factor == r.factor || (t.factor != Decimal::ONE && r.factor != Decimal::ONE);
        let (t, r) = (t.magnitude(), r.magnitude());
        if !t.is_zero() && scales_known {
            let computed = match e.polaritas {
                Polaritas::Positif => percent(r, t),
                Polaritas::Negatif => t
                    .checked_add(t)
                    .and_then(|twice| twice.checked_sub(r))
                    .and_then(|n| percent(n, t)),
            };
            // beyond a decimal's range: the % as stated
            if computed.is_some() {
                return computed;
            }
        }
    }
    e.capaian.as_ref().map(|c| c.value)
}

/// The category of a capaian (the five bands of Permendagri 86/2017's evaluation form).
pub fn category(c: Decimal, lang: crate::i18n::Lang) -> &'static str {
    let c = c.to_f64().unwrap_or(0.0);
    if c > 90.0 {
        VERY_HIGH.get(lang)
    } else if c > 75.0 {
        HIGH.get(lang)
    } else if c > 65.0 {
        MEDIUM.get(lang)
    } else if c > 50.0 {
        LOW.get(lang)
    } else {
        VERY_LOW.get(lang)
    }
}

/// Whether a change of realisasi is for the better, given the polarity.
pub fn direction(change: Decimal, p: Polaritas, lang: crate::i18n::Lang) -> &'static str {
    let up = change > Decimal::ZERO;
    if change.is_zero() {
        return SAME.get(lang);
    }
    match (up, p) {
        (true, Polaritas::Positif) => UP_BETTER.get(lang),
        (false, Polaritas::Positif) => DOWN_WORSE.get(lang),
        (true, Polaritas::Negatif) => UP_WORSE.get(lang),
        (false, Polaritas::Negatif) => DOWN_BETTER.get(lang),
    }
}

fn finding(code: RuleId, g: &Group, year: i32, message: Message) -> YearFinding {
    YearFinding {
        code,
        name: code.name(),
        indicator: g.name().to_string(),
        year,
        message,
    }
}

/// How many times the larger of two figures is the smaller; beyond a decimal's range, as
/// far off as can be. A function, not a closure ([`may_be_eight_times_apart`]).
fn times_apart(x: Decimal, y: Decimal) -> Decimal {
    let (x, y) = (x.abs(), y.abs());
    if x > y {
        x.checked_div(y)
    } else {
        y.checked_div(x)
    }
    .unwrap_or(Decimal::MAX)
}

/// Whether two figures may be eight times apart or more (what both of Y102's tests ask
/// for), told by a product: most targets are near the median, and a division of decimals
/// costs more than the rest of the findings. A function, not a closure: rustc 1.95 can pass
/// two closures called one after the other with the same decimals the same copy of them,
/// which the first changes (rust-lang/rust#155241).
fn may_be_eight_times_apart(x: Decimal, y: Decimal) -> bool {
    let (x, y) = (x.abs(), y.abs());
    let (lo, hi) = if x > y { (y, x) } else { (x, y) };
    lo.checked_mul(Decimal::from(7)).is_some_and(|l| hi >= l)
}

fn findings(c: &Comparison) -> Vec<YearFinding> {
    use crate::num::fmt_id_auto;
    let fmt = |d: Decimal| fmt_id_auto(d, 0, 4);
    let mut out = Vec::new();
    let (Some(&first), Some(&last)) = (c.years.first(), c.years.last()) else {
        return out;
    };
    for g in &c.groups {
        // Y101: the unit changes
        for w in g.entries.windows(2) {
            if let (Some(a), Some(b)) = (&w[0].unit, &w[1].unit) {
                // the units' spellings made one when the entries were collected
                // ([`normalize::same_unit`] of the two)
                if w[0].unit_key != w[1].unit_key {
                    out.push(finding(
                        RuleId::Y101,
                        g,
                        w[1].year,
                        years::y101::message(w[0].year, a, w[1].year, b),
                    ));
                }
            }
        }
        // Y102: a target orders of magnitude off the others (the median)
        let targets: Vec<(i32, Decimal, &Fig, Option<&Fig>)> = g
            .entries
            .iter()
            .filter_map(|e| {
                e.target
                    .as_ref()
                    .map(|t| (e.year, t.magnitude(), t, e.realisasi.as_ref()))
            })
            .filter(|(_, m, _, _)| !m.is_zero())
            .collect();
        let mut units: Vec<&str> = g
            .entries
            .iter()
            .filter_map(|e| e.unit_key.as_deref())
            .collect();
        units.dedup();
        // a unit that changes is Y101's; its targets need not agree
        if targets.len() >= 2 && units.len() <= 1 {
            // the figures' usual size: the median of the targets and the realisasi, so that
            // of two years the one whose own realisasi disagrees with its target stands out
            let mut sorted: Vec<Decimal> = targets
                .iter()
                .map(|t| t.1.abs())
                .chain(
                    targets
                        .iter()
                        .filter_map(|t| t.3.map(|r| r.magnitude().abs()))
                        .filter(|r| !r.is_zero()),
                )
                .collect();
            sorted.sort();
            let median = sorted[(sorted.len() - 1) / 2];
            for (y, m, t, r) in &targets {
                if !may_be_eight_times_apart(*m, median) {
                    continue;
                }
                let ratio = times_apart(*m, median);
                // ten times off, where the year's own realisasi is in line with the other
                // years' targets and not with its own (`1400` for 140, realisasi 152)
                let realisasi_in_line = r
                    .filter(|_| ratio >= Decimal::from(8))
                    .map(|r| r.magnitude())
                    .filter(|r| !r.is_zero())
                    .filter(|r| {
                        times_apart(*r, median) <= Decimal::TWO
                            && times_apart(*r, *m) >= Decimal::from(5)
                    });
                if ratio >= Decimal::ONE_HUNDRED || realisasi_in_line.is_some() {
                    let others: Vec<String> = targets
                        .iter()
                        .filter(|o| o.0 != *y)
                        .map(|o| format!("{} {}", o.0, o.2.shown))
                        .collect();
                    let (cell, ratio, others) = (
                        t.source.cell.to_string(),
                        fmt(ratio.round()),
                        others.join(", "),
                    );
                    let message = match (realisasi_in_line, r) {
                        (Some(_), Some(r)) => years::y102::message_beside_realisasi(
                            *y, &t.shown, &cell, &ratio, &others, &r.shown,
                        ),
                        _ => years::y102::message(*y, &t.shown, &cell, &ratio, &others),
                    };
                    out.push(finding(RuleId::Y102, g, *y, message));
                }
            }
        }
        // Y103: a count whose targets never fall, falling in realisasi; a name that says
        // "(kumulatif)" is one whatever it counts, one that says "per tahun" is none
        let is_count = g.entries.iter().all(|e| {
            let w = e.words();
            let said = |n: &str| w.iter().any(|x| x.norm == n);
            let per_year = w.windows(2).any(|p| {
                matches!(p[0].norm.as_str(), "per" | "tiap" | "setiap") && p[1].norm == "tahun"
            }) || said("pertahun")
                || said("tahunan");
            let counted = said("kumulatif")
                || w.first().is_some_and(|x| x.norm == "jumlah")
                    && e.unit_key.as_deref() != Some("%");
            counted && !per_year
        });
        let rising =
            targets.len() == g.entries.len() && targets.windows(2).all(|w| w[1].1 >= w[0].1);
        if is_count && rising {
            for w in g.entries.windows(2) {
                if let (Some(a), Some(b)) = (&w[0].realisasi, &w[1].realisasi) {
                    if b.magnitude() < a.magnitude() {
                        out.push(finding(
                            RuleId::Y103,
                            g,
                            w[1].year,
                            years::y103::message(w[0].year, &a.shown, w[1].year, &b.shown),
                        ));
                    }
                }
            }
        }
        // Y104: appears or disappears
        if c.years.len() >= 2 {
            if let (Some(a), Some(b)) = (g.entries.first(), g.entries.last()) {
                if a.year > first {
                    out.push(finding(
                        RuleId::Y104,
                        g,
                        a.year,
                        years::y104::appears(a.year),
                    ));
                }
                if b.year < last {
                    let gone = c
                        .years
                        .iter()
                        .find(|y| **y > b.year)
                        .copied()
                        .unwrap_or(last);
                    out.push(finding(
                        RuleId::Y104,
                        g,
                        gone,
                        years::y104::disappears(gone, b.year),
                    ));
                }
            }
        }
        // Y105: the Renstra final target changes
        let tas: Vec<(&Entry, &Fig)> = g
            .entries
            .iter()
            .filter_map(|e| e.target_akhir.as_ref().map(|t| (&**e, t)))
            .collect();
        for w in tas.windows(2) {
            if w[0].1.magnitude() != w[1].1.magnitude() {
                out.push(finding(
                    RuleId::Y105,
                    g,
                    w[1].0.year,
                    years::y105::message(w[0].0.year, &w[0].1.shown, w[1].0.year, &w[1].1.shown),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The Banjar samples' four years, read as `rakit compare` reads them.
    pub(crate) fn banjar() -> Vec<FileReport> {
        [
            (
                "banjar-pk-2013.xlsx",
                &include_bytes!("../../../sample-workbooks/banjar-pk-2013.xlsx")[..],
            ),
            (
                "banjar-pk-2014.xlsx",
                &include_bytes!("../../../sample-workbooks/banjar-pk-2014.xlsx")[..],
            ),
            (
                "banjar-pk-2015.xlsx",
                &include_bytes!("../../../sample-workbooks/banjar-pk-2015.xlsx")[..],
            ),
            (
                "banjar-pk-2016.xlsx",
                &include_bytes!("../../../sample-workbooks/banjar-pk-2016.xlsx")[..],
            ),
        ]
        .iter()
        .map(|(path, bytes)| {
            crate::app::read_for_compare(std::path::Path::new(path), bytes.to_vec(), None, 1 << 30)
        })
        .collect()
    }

    /// Figures beyond a decimal's range once scaled, or whose changes, ratios and sums are
    /// (a mistyped or hostile cell), compare without a panic: no change, no percentage, the
    /// largest ratio.
    #[test]
    fn figures_beyond_a_decimals_range_do_not_panic() {
        let banjar = banjar();
        let mut c = compare(&banjar, &CompareConfig::default());
        let extremes = [
            (Decimal::MAX, Decimal::from(1_000_000)),
            (Decimal::MIN, Decimal::ONE),
            (Decimal::new(1, 28), Decimal::ONE),
            (Decimal::MAX, Decimal::ONE),
        ];
        let mut n = 0;
        for g in &mut c.groups {
            for e in &mut g.entries {
                for f in [
                    &mut e.target,
                    &mut e.realisasi,
                    &mut e.capaian,
                    &mut e.target_akhir,
                ]
                .into_iter()
                .flatten()
                {
                    (f.value, f.factor) = extremes[n % extremes.len()];
                    n += 1;
                }
                e.polaritas = if n % 3 == 0 {
                    Polaritas::Negatif
                } else {
                    Polaritas::Positif
                };
            }
        }
        for y in c.budget.values_mut() {
            for f in [&mut y.anggaran, &mut y.realisasi].into_iter().flatten() {
                (f.value, f.factor) = extremes[n % extremes.len()];
                n += 1;
            }
        }
        assert!(n > 40);
        c.findings = findings(&c);
        assert!(c.findings.iter().any(|f| f.code == RuleId::Y102));
        for g in &c.groups {
            for e in &g.entries {
                let _ = c.figures(g, e.year);
            }
            let _ = c.renstra(g);
        }
        for &y in &c.years {
            let _ = c.efficiency(y);
        }
        assert!(!c.to_json_bytes(crate::i18n::Lang::Id).is_empty());
        assert!(c.to_xlsx(crate::i18n::Lang::Id).is_ok());
    }
}
