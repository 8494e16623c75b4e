//! A whole and its parts: an indicator of two things joined (`Luas areal makam yang ditata
//! dan dipelihara`) that another year counts apart, as two indicators (`… yang ditata`,
//! `… yang dipelihara`). Each part's name is near the whole's, nearer than names of one
//! indicator written otherwise often are, so scored alone either part would join it; a
//! person sees the split, as the other part stands in the same year. The whole then joins
//! neither part: three indicators, none of them merged ([`apart`], before the years are
//! grouped; grouping and bridging keep such pairs apart).

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
