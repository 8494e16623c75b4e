//! A second look at the groups once every year is placed: two groups with no year in common
//! that one entry matches in both are one indicator whose name a later year bridges.
//!
//! Years are grouped one after the other, and an entry joins one group only. Where an agency
//! wrote `Angka kesakitan DBD` (2021), then `Incidence Rate DBD` (2022), then `Angka
//! Kesakitan (IR) DBD` (2023), the first two do not match, and 2023 matches both: it joins
//! the first, and the second would stay alone. Here such groups are joined, always to
//! confirm (that the two names are one indicator is inferred through a third), unless a
//! person split a pair of them, or a pair of their names disagrees on a word that must
//! agree (a number, a code, Mikro / Kecil / Menengah, Jumlah / Persentase).

use super::matching::{self, BlockIndex, Outcome, Scored, Verdict};
use super::pins::Pins;
use super::{Entry, Group, Link};

/// Two groups to join: the groups, the verdict, a person's pin, the earlier and the later
/// entry it was given on.
struct Bridge {
    groups: (usize, usize),
    verdict: Verdict,
    pin: Option<bool>,
    entries: (usize, usize, usize, usize),
}

/// Joins groups that share no year where an entry of one matches one of the other (see the
/// module); `years`: how many years were compared.
pub(super) fn join_bridged(
    groups: &mut Vec<Group>,
    links: &mut Vec<Link>,
    pins: &Pins,
    scored: &mut Scored,
    years: usize,
) {
    // only groups that lack a year can take another's years
    let partial: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].entries.len() < years)
        .collect();
    if partial.len() < 2 {
        return;
    }
    let mut index = BlockIndex::default();
    for (k, &g) in partial.iter().enumerate() {
        for x in &groups[g].entries {
            index.add(k, &x.blocks());
        }
    }
    let mut bridges = Vec::new();
    let mut near = Vec::new();
    let mut earlier: Vec<usize> = Vec::new();
    for (kb, &gb) in partial.iter().enumerate() {
        earlier.clear();
        for e in &groups[gb].entries {
            index.near(&e.blocks(), &mut near);
            earlier.extend(near.iter().copied().filter(|&k| k < kb));
        }
        if !pins.is_empty() {
            earlier
                .extend((0..kb).filter(|&k| pinned_pair(&groups[partial[k]], &groups[gb], pins)));
        }
        earlier.sort_unstable();
        earlier.dedup();
        for &ka in &earlier {
            let ga = partial[ka];
            if let Some(b) = bridge((ga, gb), &groups[ga], &groups[gb], pins, scored) {
                bridges.push(b);
            }
        }
    }
    if bridges.is_empty() {
        return;
    }
    // the pinned and the best first
    bridges.sort_by(|a, b| {
        (b.pin == Some(true))
            .cmp(&(a.pin == Some(true)))
            .then(b.verdict.outcome.cmp(&a.verdict.outcome))
            .then(b.verdict.score.total_cmp(&a.verdict.score))
    });
    // each group's root: the first group of those joined
    let mut root: Vec<usize> = (0..groups.len()).collect();
    fn find(root: &mut [usize], mut g: usize) -> usize {
        while root[g] != g {
            root[g] = root[root[g]];
            g = root[g];
        }
        g
    }
    let mut members: Vec<Vec<usize>> = (0..groups.len()).map(|g| vec![g]).collect();
    // the weakest link of each root's joins
    let mut weakest: Vec<Option<Outcome>> = vec![None; groups.len()];
    for b in bridges {
        let (ra, rb) = (find(&mut root, b.groups.0), find(&mut root, b.groups.1));
        if ra == rb {
            continue;
        }
        // a group joined before may share a year or disagree with the other's members
        let of = |r: usize| members[r].iter().map(|&g| &groups[g]);
        if !of(ra).all(|x| of(rb).all(|y| joinable(x, y, pins, scored))) {
            continue;
        }
        let (ea, ia, eb, ib) = b.entries;
        let (from, to) = (&groups[ea].entries[ia], &groups[eb].entries[ib]);
        let reason = matching::verdict_scored(from, to, true, scored).reason;
        let outcome = if b.pin == Some(true) {
            Outcome::Auto
        } else {
            b.verdict.outcome.min(Outcome::Confirm)
        };
        links.push(Link {
            from_year: from.year,
            from_name: from.name.clone(),
            to_year: to.year,
            to_name: to.name.clone(),
            verdict: Verdict {
                outcome,
                reason,
                ..b.verdict
            },
            pinned: b.pin,
            linked: true,
        });
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        root[gone] = keep;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        weakest[keep] = [weakest[keep], weakest[gone], Some(outcome)]
            .into_iter()
            .flatten()
            .min();
    }
    // a pair refused while the years were grouped (`Incidence Rate DBD` after `Angka
    // kesakitan DBD`) whose two entries are one group now says no more than the join
    let mut joined: rustc_hash::FxHashMap<(i32, &str), usize> = Default::default();
    for (g, group) in groups.iter().enumerate() {
        let r = find(&mut root, g);
        if members[r].len() > 1 {
            for e in &group.entries {
                joined.insert((e.year, &e.name), r);
            }
        }
    }
    if !joined.is_empty() {
        links.retain(|l| {
            l.linked || {
                let at = |y: i32, n: &str| joined.get(&(y, n)).copied();
                let a = at(l.from_year, &l.from_name);
                a.is_none() || a != at(l.to_year, &l.to_name)
            }
        });
    }
    drop(joined);
    // each root takes its members' entries, in year order; the rest go
    let mut taken: Vec<Option<Group>> = std::mem::take(groups).into_iter().map(Some).collect();
    for r in 0..taken.len() {
        if members[r].len() < 2 {
            continue;
        }
        let mut entries = Vec::new();
        let mut outcome = weakest[r];
        for &g in &members[r] {
            if let Some(x) = taken[g].take() {
                if x.entries.len() > 1 {
                    outcome = Some(outcome.map_or(x.outcome, |o| o.min(x.outcome)));
                }
                entries.extend(x.entries);
            }
        }
        entries.sort_by_key(|e| e.year);
        taken[r] = Some(Group {
            entries,
            outcome: outcome.unwrap_or(Outcome::None),
        });
    }
    groups.extend(taken.into_iter().flatten());
}

/// The best match between an entry of `a` and one of `b` where the two may be joined
/// ([`joinable`]), if it is one.
fn bridge(
    at: (usize, usize),
    a: &Group,
    b: &Group,
    pins: &Pins,
    scored: &mut Scored,
) -> Option<Bridge> {
    if !joinable(a, b, pins, scored) {
        return None;
    }
    let mut best: Option<Bridge> = None;
    for (ia, x) in a.entries.iter().enumerate() {
        for (ib, y) in b.entries.iter().enumerate() {
            // the earlier year first, as the years were grouped
            let ((e, from), (l, to)) = if x.year < y.year {
                ((x, (at.0, ia)), (y, (at.1, ib)))
            } else {
                ((y, (at.1, ib)), (x, (at.0, ia)))
            };
            let pin = pins.decision(e.year, &e.name, l.year, &l.name);
            let mut v = matching::verdict_scored(e, l, false, scored);
            if pin == Some(true) {
                v.outcome = Outcome::Auto;
                v.score = 1.0;
            }
            let better = best.as_ref().is_none_or(|b| {
                ((pin == Some(true)), v.outcome, v.score)
                    > ((b.pin == Some(true)), b.verdict.outcome, b.verdict.score)
            });
            if better {
                best = Some(Bridge {
                    groups: at,
                    verdict: v,
                    pin,
                    entries: (from.0, from.1, to.0, to.1),
                });
            }
        }
    }
    best.filter(|b| b.verdict.outcome >= Outcome::Confirm)
}

/// Whether two groups may be one: no year in common, no pair of their entries split by a
/// person, and no pair whose names disagree on a word that must agree (unless a person
/// joined that pair).
fn joinable(a: &Group, b: &Group, pins: &Pins, scored: &mut Scored) -> bool {
    a.entries.iter().all(|x| {
        b.entries.iter().all(|y| {
            if x.year == y.year {
                return false;
            }
            let (e, l): (&Entry, &Entry) = if x.year < y.year { (x, y) } else { (y, x) };
            match pins.decision(e.year, &e.name, l.year, &l.name) {
                Some(yes) => yes,
                None => scored.name_cap(e, l) != Some(Outcome::None) && !scored.apart(e, l),
            }
        })
    })
}

/// Whether a person pinned a pair of entries of `a` and `b`.
fn pinned_pair(a: &Group, b: &Group, pins: &Pins) -> bool {
    a.entries.iter().any(|x| {
        b.entries
            .iter()
            .any(|y| pins.decision(x.year, &x.name, y.year, &y.name).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::super::collect::Names;
    use super::super::group;
    use super::*;

    /// The groups of `years` (each year's names), as the names of each group's entries.
    fn grouped(years: &[(i32, &[&str])], pins: &Pins) -> (Vec<Group>, Vec<Link>) {
        let mut names = Names::default();
        let years = years
            .iter()
            .map(|(y, ns)| (*y, ns.iter().map(|n| names.entry(*y, n)).collect()))
            .collect();
        group(years, pins)
    }

    fn names_of(g: &Group) -> Vec<(i32, &str)> {
        g.entries
            .iter()
            .map(|e| (e.year, e.name.as_str()))
            .collect()
    }

    const DBD_2021: &str = "Angka kesakitan DBD per 100.000 penduduk";
    const DBD_2022: &str = "Incidence Rate DBD per 100.000 penduduk";
    const DBD_2023: &str = "Angka Kesakitan (IR) DBD per 100.000 penduduk";
    const OTHER: &str = "Cakupan pelayanan kesehatan ibu hamil";

    #[test]
    fn a_year_matching_two_groups_of_other_years_joins_them_to_confirm() {
        let (groups, links) = grouped(
            &[
                (2021, &[DBD_2021, OTHER]),
                (2022, &[DBD_2022, OTHER]),
                (2023, &[DBD_2023, OTHER]),
                (2024, &[DBD_2021, OTHER]),
            ],
            &Pins::default(),
        );
        assert_eq!(groups.len(), 2, "{groups:#?}");
        let dbd = &groups[0];
        assert_eq!(
            names_of(dbd),
            [
                (2021, DBD_2021),
                (2022, DBD_2022),
                (2023, DBD_2023),
                (2024, DBD_2021)
            ]
        );
        assert_eq!(dbd.outcome, Outcome::Confirm);
        assert_eq!(groups[1].outcome, Outcome::Auto);
        let bridge = links
            .iter()
            .find(|l| l.from_year == 2022 && l.to_year == 2023 && l.from_name == DBD_2022)
            .expect("the joining link");
        assert!(bridge.linked);
        assert_eq!(bridge.verdict.outcome, Outcome::Confirm);
        assert!(
            bridge.verdict.reason.contains("ir"),
            "{}",
            bridge.verdict.reason
        );
        // the pair refused while grouping says nothing more: it is not listed as no match
        assert!(!links
            .iter()
            .any(|l| !l.linked && l.from_name == DBD_2021 && l.to_name == DBD_2022));
    }

    #[test]
    fn without_the_year_between_the_names_stay_apart() {
        let (groups, _) = grouped(
            &[
                (2021, &[DBD_2021]),
                (2022, &[DBD_2022]),
                (2024, &[DBD_2021]),
            ],
            &Pins::default(),
        );
        assert_eq!(groups.len(), 2, "{groups:#?}");
    }

    #[test]
    fn groups_whose_names_disagree_on_a_number_stay_apart() {
        // 2023 matches both (a number left out, to confirm), but 1 and 2 years are two
        let (groups, _) = grouped(
            &[
                (2021, &["Cakupan imunisasi dasar lengkap usia 1 tahun"]),
                (2022, &["Cakupan imunisasi dasar lengkap usia 2 tahun"]),
                (2023, &["Cakupan imunisasi dasar lengkap"]),
            ],
            &Pins::default(),
        );
        assert_eq!(groups.len(), 2, "{groups:#?}");
    }

    #[test]
    fn a_person_splitting_a_pair_keeps_the_groups_apart() {
        let toml = format!(
            "[[cocok]]\ntahun_a = 2022\nindikator_a = \"{DBD_2022}\"\ntahun_b = 2023\n\
             indikator_b = \"{DBD_2023}\"\nkeputusan = \"TIDAK\"\n"
        );
        let pins = Pins::from_toml(&toml).expect("pins");
        let years: [(i32, &[&str]); 4] = [
            (2021, &[DBD_2021]),
            (2022, &[DBD_2022]),
            (2023, &[DBD_2023]),
            (2024, &[DBD_2021]),
        ];
        let (groups, _) = grouped(&years, &pins);
        assert_eq!(groups.len(), 2, "{groups:#?}");
        assert_eq!(names_of(&groups[1]), [(2022, DBD_2022)]);
        // joined by a person where the names alone would not be: one group, automatic
        let toml = format!(
            "[[cocok]]\ntahun_a = 2021\nindikator_a = \"{DBD_2021}\"\ntahun_b = 2022\n\
             indikator_b = \"{DBD_2022}\"\nkeputusan = \"YA\"\n"
        );
        let pins = Pins::from_toml(&toml).expect("pins");
        let (groups, _) = grouped(&years, &pins);
        assert_eq!(groups.len(), 1, "{groups:#?}");
    }
}
