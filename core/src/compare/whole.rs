//! A whole and its parts: an indicator of two things joined (`Luas areal makam yang ditata
//! dan dipelihara`) that another year counts apart, as two indicators (`… yang ditata`,
//! `… yang dipelihara`). Each part's name is near the whole's, nearer than names of one
//! indicator written otherwise often are, so scored alone either part would join it; a
//! person sees the split, as the other part stands in the same year. The whole then joins
//! neither part: three indicators, none of them merged ([`apart`], before the years are
//! grouped; grouping and bridging keep such pairs apart). So too a whole that another year
//! counts by kind, its name joining nothing (`Jumlah benih padi` beside `… padi inbrida`
//! and `… padi hibrida`), told by its figure, the kinds' sum ([`kinds_apart`]).

use super::collect::Entry;
use super::normalize::{lower_find, Word};

/// Words that join two things into one name (`… ditata dan dipelihara`, `… kerja / magang`).
const JOINERS: [&str; 4] = ["dan", "serta", "maupun", "beserta"];

/// The key of a pair of entries in [`apart`]'s set: their addresses, the lower first.
pub(crate) fn pair_key(a: &Entry, b: &Entry) -> (usize, usize) {
    let (x, y) = (a as *const Entry as usize, b as *const Entry as usize);
    (x.min(y), x.max(y))
}

/// Every pair of entries that is a whole and one of its parts ([`whole_of`]): for each name
/// that joins two things, and each join in it, the names of each other year that write the
/// word on one side of the join and not the word on the other, mostly with its words, taken
/// one of each side. Keyed by [`pair_key`].
pub(crate) fn apart(years: &[(i32, Vec<Box<Entry>>)]) -> rustc_hash::FxHashSet<(usize, usize)> {
    let mut out = rustc_hash::FxHashSet::default();
    for w in years
        .iter()
        .flat_map(|(_, es)| es)
        .filter(|e| may_be_whole(e))
    {
        let words = w.words();
        let joins = joins(w);
        for (_, es) in years.iter().filter(|(y, _)| *y != w.year) {
            for &(i, j) in &joins {
                let has = |p: &Entry, x: &Word| p.words().iter().any(|y| !y.stop && y.same(x));
                // the names that write the word on one side of the join, and not the other's
                // or (where the other's is a word they share, `kader kesehatan mata` beside
                // `tenaga kesehatan dan kader`) both: [`whole_of`] tells each part's own words
                let side = |near: &Word, far: &Word| -> Vec<&Entry> {
                    es.iter()
                        .map(|e| &**e)
                        .filter(|p| has(p, near) && inside(p.words(), words))
                        .filter(|p| !has(p, far) || left_of_join(p, words, near, far))
                        .collect()
                };
                let (left, right) = (side(&words[i], &words[j]), side(&words[j], &words[i]));
                for a in &left {
                    for b in &right {
                        if whole_of(w, a, b) {
                            out.insert(pair_key(w, a));
                            out.insert(pair_key(w, b));
                        }
                    }
                }
            }
        }
    }
    out
}

/// An entry with the places of its content words (neither stop words nor numbers).
type Worded<'a> = (&'a Entry, Vec<usize>);

/// Every pair of a whole and one of its kinds, where another year counts it by kind: two
/// names of one year that differ by one word each, in one place among the words both write,
/// no measure (`… benih padi inbrida …` / `… benih padi hibrida …`), and a name of another
/// year that writes the words the two share (two at least, all but one), adds two words at
/// most and no code or number, writes neither of the two words nor a word of their spelling
/// or root, scores alike against both names, and whose figure is about the two kinds' sum
/// (`Jumlah benih padi bersertifikat`, 4.250 ton against 4.100 of inbrida and 180 of
/// hibrida): the kinds counted together. A person sees the whole, as both kinds stand in
/// one year; it joins neither (as [`apart`]'s whole joins neither part). Added to `out`,
/// keyed by [`pair_key`].
pub(crate) fn kinds_apart(
    years: &[(i32, Vec<Box<Entry>>)],
    out: &mut rustc_hash::FxHashSet<(usize, usize)>,
) {
    let content = |e: &Entry| -> Vec<usize> {
        let w = e.words();
        (0..w.len())
            .filter(|&k| !w[k].stop && !w[k].number)
            .collect()
    };
    // each year's entries with their content words, found once
    let years: Vec<(i32, Vec<Worded>)> = years
        .iter()
        .map(|(y, es)| (*y, es.iter().map(|e| (&**e, content(e))).collect()))
        .collect();
    for (year, es) in &years {
        for (i, (a, ca)) in es.iter().enumerate() {
            for (b, cb) in &es[i + 1..] {
                // names of as many content words, all but one of them the same
                if ca.len() != cb.len() {
                    continue;
                }
                let (wa, wb) = (a.words(), b.words());
                let only = |w: &[Word], c: &[usize], other: &[Word], oc: &[usize]| {
                    let mut it = c
                        .iter()
                        .filter(|&&k| !oc.iter().any(|&m| other[m].same(&w[k])));
                    match (it.next(), it.next()) {
                        (Some(&k), None) => Some(k),
                        _ => None,
                    }
                };
                let (Some(qa), Some(qb)) = (only(wa, ca, wb, cb), only(wb, cb, wa, ca)) else {
                    continue;
                };
                // in one place among the words both write (`… padi inbrida yg …` / `… padi
                // hibrida yg …`), no measure, no note (`(PB)`), no word that tells some of
                // all (`baru`, `kumulatif`) or a stage (`tahap pertama`), and no word offered
                // instead of the one before it (`genangan / banjir`)
                let slot = |c: &[usize], q: usize| c.iter().position(|&k| k == q);
                if slot(ca, qa) != slot(cb, qb) {
                    continue;
                }
                let (qa, qb) = (&wa[qa], &wb[qb]);
                let no_kind = |q: &Word, e: &Entry| {
                    super::matching::measure_word(q)
                        || q.aside
                        || q.bracketed && (q.code || q.number)
                        || NO_KINDS.contains(&q.norm.as_str())
                        || offered_instead(e, q)
                };
                if no_kind(qa, a) || no_kind(qb, b) {
                    continue;
                }
                let shared: Vec<&Word> = ca
                    .iter()
                    .map(|&k| &wa[k])
                    .filter(|x| !std::ptr::eq(*x, qa))
                    .collect();
                if shared.is_empty() {
                    continue;
                }
                for (_, others) in years.iter().filter(|(y, _)| y != year) {
                    for (w, cw) in others {
                        let ww = w.words();
                        let has = |x: &Word| cw.iter().any(|&k| ww[k].same(x));
                        let n = shared.iter().filter(|x| has(x)).count();
                        // the words the name adds: two at most, none a code or a number (a
                        // kind of its own, `SMP` beside `PAUD` / `SD`)
                        let added: Vec<&Word> = cw
                            .iter()
                            .map(|&k| &ww[k])
                            .filter(|x| !shared.iter().any(|s| s.same(x)))
                            .collect();
                        if n < 2
                            || n + 1 < shared.len()
                            || added.len() > 2
                            || added.iter().any(|x| x.code || x.number)
                            || names_kind(w, a, qa)
                            || names_kind(w, b, qb)
                            || !sum_of(w, a, b)
                            || !alike_to_both(w, a, b)
                        {
                            continue;
                        }
                        out.insert(pair_key(w, a));
                        out.insert(pair_key(w, b));
                    }
                }
            }
        }
    }
}

/// Whether the figure of `whole` is the sum of the two kinds' (a fifth apart at most, the
/// years differing): things counted, not shares (`Persentase …`, `Rata-rata …`), which do
/// not add up, and counted in one unit where their units are given (`Jumlah kegiatan
/// penyuluhan` in `kali` and `Jumlah peserta penyuluhan` in `orang` are no kinds of one
/// thing).
fn sum_of(whole: &Entry, a: &Entry, b: &Entry) -> bool {
    let units: Vec<&str> = [whole, a, b]
        .iter()
        .filter_map(|e| e.unit_key.as_deref())
        .collect();
    if units.windows(2).any(|p| p[0] != p[1]) {
        return false;
    }
    let adds = |e: &Entry| super::matching::adds_up(&e.split.key) && e.unit.as_deref() != Some("%");
    let (Some(w), Some(x), Some(y)) = (whole.magnitude, a.magnitude, b.magnitude) else {
        return false;
    };
    let sum = x + y;
    adds(whole) && adds(a) && adds(b) && x > 0.0 && y > 0.0 && (w - sum).abs() <= 0.2 * sum
}

/// Words that tell some of all, or all, or a stage, rather than a kind (`Jumlah nelayan baru
/// terdaftar` beside `… terdaftar di pelabuhan`, `tahap pertama` / `tahap kedua`).
const NO_KINDS: [&str; 12] = [
    "baru",
    "lama",
    "kumulatif",
    "total",
    "seluruh",
    "semua",
    "aktif",
    "pertama",
    "kedua",
    "ketiga",
    "keempat",
    "akhir",
];

/// Whether a name offers `word` instead of the word before it, after a slash (`Jumlah titik
/// genangan / banjir`).
fn offered_instead(e: &Entry, word: &Word) -> bool {
    let name = e.name.to_lowercase();
    let raw = word.raw.to_lowercase();
    name.match_indices(raw.as_str())
        .any(|(at, _)| name[..at].trim_end().ends_with('/'))
}

/// Whether the name of `whole` scores alike against both kinds' names: one it is nearer, or
/// one it must not match and the other it may, it names (`Jumlah Usaha Mikro binaan`, `UM`
/// of `Jumlah UM binaan`; `Peraturan Wali Kota` of `Perwali`; `Media Online` / `daring`).
fn alike_to_both(whole: &Entry, a: &Entry, b: &Entry) -> bool {
    use super::matching::{compare_keyed, Outcome};
    let score = |p: &Entry| {
        let (s, cap) = compare_keyed(whole.words(), &whole.split.key, p.words(), &p.split.key);
        (s, cap == Some(Outcome::None))
    };
    let ((x, refused_a), (y, refused_b)) = (score(a), score(b));
    refused_a == refused_b && (x - y).abs() <= 0.1
}

/// Whether `whole` writes the kind word `kind` of `part`, spelt otherwise, or a word of its
/// root (`dewasa` in `Pengunjung Dewasa`, `binaan` of `dibina`).
fn names_kind(whole: &Entry, part: &Entry, kind: &Word) -> bool {
    let words = whole.words();
    if words
        .iter()
        .any(|w| !w.stop && (w.same(kind) || super::matching::alike_words(w, kind)))
    {
        return true;
    }
    let at = part
        .words()
        .iter()
        .position(|w| std::ptr::eq(w, kind))
        .and_then(|k| u16::try_from(k).ok());
    let kind_roots: Vec<u64> = part
        .split
        .roots()
        .iter()
        .filter(|r| Some(r.word) == at)
        .map(|r| r.hash)
        .collect();
    whole
        .split
        .roots()
        .iter()
        .any(|r| kind_roots.contains(&r.hash))
}

/// Whether `p` writes the words on both sides of a join (`near` and `far`) with `near`
/// after `far`, as the second part of the whole writes the word before the join after its
/// own (`kader kesehatan mata` of `tenaga kesehatan dan kader`).
fn left_of_join(p: &Entry, whole: &[Word], near: &Word, far: &Word) -> bool {
    let at = |x: &Word| p.words().iter().position(|y| !y.stop && y.same(x));
    let in_whole = |x: &Word| whole.iter().position(|y| !y.stop && y.same(x));
    match (at(near), at(far), in_whole(near), in_whole(far)) {
        (Some(n), Some(f), Some(wn), Some(wf)) => (n < f) != (wn < wf),
        _ => false,
    }
}

/// The joins of a name: each pair of content words next to each other (only stop words or
/// numbers between) that the name joins ([`joined_between`]), by their places.
fn joins(e: &Entry) -> Vec<(usize, usize)> {
    let w = e.words();
    let content: Vec<usize> = (0..w.len())
        .filter(|&k| !w[k].stop && !w[k].number)
        .collect();
    content
        .windows(2)
        .map(|p| (p[0], p[1]))
        .filter(|&(i, j)| joined_between(&e.name, &w[i], &w[j]))
        .collect()
}

/// Whether at least half of the content words of `part` are words of `whole`.
fn inside(part: &[Word], whole: &[Word]) -> bool {
    let (n, held) = part.iter().filter(|x| !x.stop).fold((0, 0), |(n, h), x| {
        let held = whole.iter().any(|y| !y.stop && y.same(x));
        (n + 1, h + usize::from(held))
    });
    n > 0 && held * 2 >= n
}

/// Whether a name joins two things at all (`dan`, `serta`, `&`, ` / `, `+`): the names
/// [`whole_of`] may find a whole.
pub(crate) fn may_be_whole(e: &Entry) -> bool {
    e.name.contains(['&', '+'])
        || e.name.contains(" / ")
        || e.words()
            .iter()
            .any(|w| w.stop && JOINERS.contains(&w.norm.as_str()))
}

/// Whether `whole` names what `a` and `b`, two indicators of one other year, name together:
/// each of them writes a content word of `whole` the other does not, together they write
/// all of it but one word at most, each is written mostly with its words, both write one
/// of its words that is no measure (`Luas areal makam`), and `whole` joins a word of one to
/// a word of the other next to it (`… ditata dan dipelihara`; `dan`, `serta`, `&`, ` / `,
/// `+`).
pub(crate) fn whole_of(whole: &Entry, a: &Entry, b: &Entry) -> bool {
    if a.year != b.year || a.year == whole.year || std::ptr::eq(a, b) {
        return false;
    }
    let (w, wa, wb) = (whole.words(), a.words(), b.words());
    let has = |set: &[Word], x: &Word| set.iter().any(|y| !y.stop && y.same(x));
    // each content word of the whole: in the first part alone, the second alone, both, none
    let content = || w.iter().enumerate().filter(|(_, x)| !x.stop && !x.number);
    let side = |x: &Word| (has(wa, x), has(wb, x));
    let (of_a, of_b): (Vec<usize>, Vec<usize>) = (
        content()
            .filter(|(_, x)| side(x) == (true, false))
            .map(|(i, _)| i)
            .collect(),
        content()
            .filter(|(_, x)| side(x) == (false, true))
            .map(|(i, _)| i)
            .collect(),
    );
    if of_a.is_empty() || of_b.is_empty() {
        return false;
    }
    // each part measures as the whole does, where both say how (`Persentase dokumen …
    // tepat waktu` has no part `Jumlah dokumen evaluasi kinerja`)
    let measured = |x: &[Word]| super::matching::leading_measure(x);
    if [wa, wb]
        .iter()
        .any(|p| matches!((measured(w), measured(p)), (Some(m), Some(n)) if m != n))
    {
        return false;
    }
    // the two parts together write the whole (one word of it may be missing, and the words
    // a bracket of the parts' kinds names: `PJU hemat energi (LED & tenaga surya)`), each
    // mostly with the whole's words
    let missing: Vec<&Word> = content()
        .filter(|(_, x)| side(x) == (false, false))
        .map(|(_, x)| x)
        .collect();
    let kinds_in_brackets = || {
        let of_parts = of_a.iter().chain(&of_b).map(|&i| &w[i]);
        named_by_kinds(&whole.name, &missing, of_parts)
    };
    if missing.len() > 1 && missing.len() - kinds_in_brackets() > 1
        || !inside(wa, w)
        || !inside(wb, w)
    {
        return false;
    }
    // what both parts write of the whole besides its first word, a measure word or any
    // other (`Luas areal makam`): one thing's two parts, not two things that share `Jumlah`
    // or `Luas`
    let first = content().next().map(|(i, _)| i);
    if !content().any(|(i, x)| {
        side(x) == (true, true) && Some(i) != first && !super::matching::must_agree_word(x)
    }) {
        return false;
    }
    // one part's words next to the other's, joined (`… yang ditata dan dipelihara`), no
    // other word between them but words both parts write (`tenaga kesehatan dan kader`,
    // `kesehatan` in `kader kesehatan mata`), each part's words on its side of the join;
    // the first part's may go on after the second's (`… dan kader yang dilatih deteksi
    // dini`: what the first part alone writes of what follows)
    let both = |x: &Word| side(x) == (true, true);
    let apart_at = |i: usize, j: usize| {
        let (left, right) = if of_a.contains(&i) {
            (&of_a, &of_b)
        } else {
            (&of_b, &of_a)
        };
        let right_end = right.iter().copied().max().unwrap_or(j);
        w[i + 1..j].iter().all(|x| x.stop || x.number || both(x))
            && left.iter().all(|&k| k <= i || k > right_end)
            && right.iter().all(|&k| k >= j)
            && joined_between(&whole.name, &w[i], &w[j])
    };
    of_a.iter()
        .flat_map(|&i| of_b.iter().map(move |&j| (i.min(j), i.max(j))))
        .any(|(i, j)| apart_at(i, j))
}

/// How many of the words `missing` (the whole's that neither part writes) are the last
/// words before a bracket that joins two kinds, every word of the parts inside it: the
/// bracket names what the words before it cover (`Jumlah titik PJU hemat energi (LED &
/// tenaga surya)`: *hemat energi*).
fn named_by_kinds<'a>(
    name: &str,
    missing: &[&Word],
    mut of_parts: impl Iterator<Item = &'a Word>,
) -> usize {
    let Some(open) = name.find('(') else {
        return 0;
    };
    let inside = &name[open + 1..];
    let inside = inside.find(')').map_or(inside, |close| &inside[..close]);
    if !joins_two(inside) || !of_parts.all(|x| lower_find(inside, &x.raw).is_some()) {
        return 0;
    }
    name[..open]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .rev()
        .take_while(|t| missing.iter().any(|x| x.raw.eq_ignore_ascii_case(t)))
        .count()
}

/// Whether the text of `name` between the words `x` and `y` (`x` first) joins two things
/// ([`joins_two`]).
fn joined_between(name: &str, x: &Word, y: &Word) -> bool {
    let Some(start) = lower_find(name, &x.raw).map(|at| at + x.raw.len()) else {
        return false;
    };
    let Some(end) = name
        .get(start..)
        .and_then(|rest| lower_find(rest, &y.raw))
        .map(|at| start + at)
    else {
        return false;
    };
    joins_two(&name[start..end])
}

/// Whether a text joins two things: a joining word, `&`, `+`, or a slash with spaces around
/// it (`kerja / magang`; `SD/MI`, `Kab/Kota` are one term's spellings).
fn joins_two(text: &str) -> bool {
    text.contains(['&', '+'])
        || text.contains(" / ")
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|t| JOINERS.iter().any(|j| t.eq_ignore_ascii_case(j)))
}

#[cfg(test)]
mod tests {
    use super::whole_of;
    use crate::compare::collect::Names;

    /// The pairs [`super::kinds_apart`] finds among entries named so, with their figures:
    /// each as the whole's name and the kind's.
    fn kinds(entries: &[(i32, &str, f64)]) -> Vec<(String, String)> {
        let mut names = Names::default();
        let mut years: Vec<(i32, Vec<Box<crate::compare::collect::Entry>>)> = Vec::new();
        for &(year, name, figure) in entries {
            let mut e = names.entry(year, name);
            e.magnitude = Some(figure);
            match years.iter_mut().find(|(y, _)| *y == year) {
                Some((_, es)) => es.push(e),
                None => years.push((year, vec![e])),
            }
        }
        let mut apart = rustc_hash::FxHashSet::default();
        super::kinds_apart(&years, &mut apart);
        let all: Vec<&crate::compare::collect::Entry> = years
            .iter()
            .flat_map(|(_, es)| es.iter().map(|e| &**e))
            .collect();
        let mut out = Vec::new();
        for a in &all {
            for b in &all {
                if a.year < b.year && apart.contains(&super::pair_key(a, b)) {
                    out.push((a.name.clone(), b.name.clone()));
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn a_whole_joins_neither_of_its_kinds_counted_apart_another_year() {
        // the seed of every kind (4.250 ton), then of two kinds (4.100 + 180)
        let found = kinds(&[
            (
                2020,
                "Jumlah benih padi bersertifikat yang dihasilkan",
                4250.0,
            ),
            (
                2021,
                "a. Jumlah benih padi inbrida yg disertifikasi",
                4100.0,
            ),
            (2021, "b. Jumlah benih padi hibrida yg disertifikasi", 180.0),
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        // the kinds before the whole, the whole with no words of its own
        let found = kinds(&[
            (2022, "Jumlah sampel yang diuji mikrobiologi", 1200.0),
            (2022, "Jumlah sampel yang diuji kimia", 900.0),
            (2023, "Jumlah Sampel yang Diuji (sampel)", 2000.0),
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        // the kinds in brackets (`(darat)` / `(perairan)`), a word of their own all the same
        let found = kinds(&[
            (2022, "Jumlah patroli pengamanan kawasan", 96.0),
            (2023, "Jumlah patroli pengamanan kawasan (darat)", 60.0),
            (2023, "Jumlah patroli pengamanan kawasan (perairan)", 44.0),
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        // no whole where the figure is no sum of the two, where the name says one of them
        // (`Usaha Mikro` of `UM`) or its own kind (`SMP` beside `PAUD` / `SD`), where the two
        // words tell some of all (`baru`), are codes in brackets (notes), or are shares
        for entries in [
            [
                (2020, "Jumlah benih padi bersertifikat", 9000.0),
                (2021, "Jumlah benih padi inbrida", 4100.0),
                (2021, "Jumlah benih padi hibrida", 180.0),
            ],
            [
                (2020, "Jumlah Usaha Mikro binaan", 300.0),
                (2021, "Jumlah UM binaan", 200.0),
                (2021, "Jumlah UK binaan", 100.0),
            ],
            [
                (2020, "Angka Partisipasi Kasar SMP", 95.0),
                (2021, "Angka Partisipasi Kasar PAUD", 40.0),
                (2021, "Angka Partisipasi Kasar SD", 55.0),
            ],
            [
                (2020, "Jumlah kunjungan", 900.0),
                (2021, "Jumlah kunjungan (PB)", 500.0),
                (2021, "Jumlah kunjungan (PK)", 400.0),
            ],
            [
                (2020, "Jumlah desa wisata", 30.0),
                (2021, "Jumlah desa wisata kumulatif", 26.0),
                (2021, "Jumlah desa wisata baru", 4.0),
            ],
            [
                (2020, "Persentase sampel memenuhi syarat", 95.0),
                (2021, "Persentase sampel klinis memenuhi syarat", 50.0),
                (2021, "Persentase sampel kesling memenuhi syarat", 45.0),
            ],
        ] {
            assert!(kinds(&entries).is_empty(), "{entries:?}");
        }
    }

    #[test]
    fn a_name_of_two_things_joined_is_the_whole_of_two_names_of_one_other_year() {
        let mut names = Names::default();
        let whole = names.entry(2021, "Luas areal makam yang ditata dan dipelihara");
        let (a, b) = (
            names.entry(2023, "Luas Areal Makam yang Ditata"),
            names.entry(2023, "Luas Areal Makam yang Dipelihara"),
        );
        assert!(whole_of(&whole, &a, &b) && whole_of(&whole, &b, &a));
        let whole = names.entry(2020, "a) Jumlah remaja yang disalurkan kerja / magang");
        let (a, b) = (
            names.entry(2021, "Jml remaja yg disalurkan kerja"),
            names.entry(2021, "Jml remaja yg mengikuti magang/PKL di DUDI"),
        );
        assert!(whole_of(&whole, &a, &b));
        // a part is no whole; parts of two years, or a name that joins nothing, neither
        let part = names.entry(2021, "Luas areal makam yang ditata");
        let (a, b) = (
            names.entry(2023, "Luas Areal Makam yang Ditata"),
            names.entry(2023, "Luas Areal Makam yang Dipelihara"),
        );
        assert!(!whole_of(&part, &a, &b));
        let c = names.entry(2024, "Luas Areal Makam yang Dipelihara");
        let whole = names.entry(2021, "Luas areal makam yang ditata dan dipelihara");
        assert!(!whole_of(&whole, &a, &c));
        let plain = names.entry(2021, "Luas areal makam yang ditata, dipelihara");
        assert!(!whole_of(&plain, &a, &b));
        // the second part writing a word the whole writes before the join, after its own
        // (`kader kesehatan mata`), and the first part's words going on after the second's;
        // a part of another measure is none (`Jumlah dokumen evaluasi kinerja` of a share)
        for (whole, a, b, is_whole) in [
            (
                "Jumlah tenaga kesehatan dan kader yang dilatih deteksi dini gangguan penglihatan",
                "Jumlah tenaga kesehatan yang dilatih deteksi dini gangguan penglihatan",
                "Jumlah kader kesehatan mata yang dilatih",
                true,
            ),
            (
                "Persentase Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja Tepat Waktu",
                "Persentase Dokumen Perencanaan dan Penganggaran Tepat Waktu",
                "Jumlah Dokumen Evaluasi Kinerja Perangkat Daerah",
                false,
            ),
        ] {
            let whole_entry = names.entry(2020, whole);
            let (a, b) = (names.entry(2021, a), names.entry(2021, b));
            assert_eq!(whole_of(&whole_entry, &a, &b), is_whole, "{whole}");
        }
        // words the parts do not write, named by the parts' kinds in the bracket after them
        let whole = names.entry(2023, "Jumlah titik PJU hemat energi (LED & tenaga surya)");
        let (a, b) = (
            names.entry(2022, "Jumlah PJU Tenaga Surya Terpasang"),
            names.entry(2022, "Jumlah PJU LED Terpasang"),
        );
        assert!(whole_of(&whole, &a, &b));
        // a bracket that joins nothing, or words before it that are not the last ones
        for name in [
            "Jumlah titik PJU hemat energi (LED, tenaga surya)",
            "Jumlah titik hemat PJU energi LED & tenaga surya",
        ] {
            assert!(!whole_of(&names.entry(2023, name), &a, &b), "{name}");
        }
    }

    #[test]
    fn names_that_only_look_joined_are_no_whole() {
        let mut names = Names::default();
        let mut no_whole = |whole: &str, a: &str, b: &str| {
            let w = names.entry(2014, whole);
            let (a, b) = (names.entry(2016, a), names.entry(2016, b));
            assert!(!whole_of(&w, &a, &b), "{whole} = {} + {}", a.name, b.name);
        };
        // a slash inside one term's spelling (`SD/MI`)
        no_whole(
            "Prosentase SD/MI terakreditasi minimal B",
            "APK SD / MI",
            "Persentase SMP terakreditasi minimal B",
        );
        // a part that writes both sides of the join is the same indicator, not a part
        no_whole(
            "Jumlah Remaja yang Kembali Bersekolah / Mengikuti Kejar Paket",
            "Jumlah remaja yang mengikuti pelatihan keterampilan kerja",
            "Jumlah remaja yang kembali bersekolah / ikut kejar paket",
        );
        // two things that share only their first word (`Luas`) or a measure (`Jumlah`)
        no_whole(
            "Luas kebakaran hutan dan lahan",
            "Luas lahan kritis yg direhabilitasi",
            "Luas hutan mangrove yg direhabilitasi",
        );
        no_whole(
            "Jumlah Sosialisasi Sanitasi & LLTT",
            "Jumlah pelanggan LLTT baru",
            "Jumlah sosialisasi sanitasi kepada masyarakat",
        );
        // a word between the two that both parts write
        no_whole(
            "Jumlah pemotongan ternak kambing/domba di RPH",
            "Jml ternak sapi & kerbau yg dipotong di RPH",
            "Jumlah pemotongan kambing",
        );
    }
}
