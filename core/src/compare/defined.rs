//! Codes that one name defines, written out in the names that use them without defining
//! them: `Rasio penyuluh pertanian lapangan (PPL) per desa` (2024) defines *PPL*, so
//! `Rasio PPL terhadap desa` (2023) is also read as `Rasio penyuluh pertanian lapangan
//! terhadap desa`, and can be compared with `Rasio penyuluh pertanian per desa` (2022), which
//! writes two of the three words.
//!
//! The reading is another way to read the name, tried where the names as written do not
//! match, and only to confirm ([`super::matching::verdict_scored`]): the definition is the
//! agency's own, but from another row. A code defined two ways in one comparison, and the
//! levels and kinds that must agree (`SD`, `KUR`: [`known_code`]), are never written out.
//!
//! A code that brackets define somewhere in the comparison (`kerja sama antar daerah
//! (KSDD)`, `SNI (Standar Nasional Indonesia)`) is marked in every name that writes it
//! ([`Word::defined_as`]): its letters then stand only for a run whose words of those
//! definitions abbreviate it on their own, so `Jumlah KSDD` is not read as `Jumlah *K*erja
//! *S*ama yang *D*itin*d*aklanjuti`.
//!
//! Terms the government renamed ([`RENAMED`]: `PNS` became `ASN`, `SIMPEG` `SIASN`, `PMKS`
//! `PPKS`, `UKM` `UMKM`) are read so too, where no name of the comparison defines the old code otherwise:
//! `Persentase PNS yang dijatuhi hukuman disiplin` (2021) is also read as `Persentase ASN
//! yang …` (2022), to confirm.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::collect::{Entry, SpelledOut, Split};
use super::normalize::{defining_run, known_code, Word};

/// Codes of terms the government renamed, with the code they became: a name writing the old
/// one is also read with the new ([`spell_out`]), to confirm.
const RENAMED: [(&str, &str); 4] = [
    ("pns", "ASN"),
    ("simpeg", "SIASN"),
    ("pmks", "PPKS"),
    // the offices of cooperatives and SMEs took micro enterprises in (PP 7/2021): `UKM`
    // became `UMKM`
    ("ukm", "UMKM"),
];

/// Codes every agency's performance reports use in one sense, with their words: a name
/// writing one is also read with the words ([`spell_out`]), to confirm, where no name of the
/// comparison defines it otherwise (`Nilai LHE AKIP` / `Nilai hasil evaluasi AKIP`).
const GLOSSARY: [(&str, &str); 7] = [
    ("lhe", "Laporan Hasil Evaluasi"),
    // an agreement with another party, as the reports count them (`MoU/PKS`)
    ("pks", "Perjanjian Kerja Sama"),
    ("mou", "Nota Kesepahaman"),
    // where trainees are placed, as vocational and social offices write it (`magang di
    // DUDI`), and the placement itself (`magang/PKL`)
    ("dudi", "Dunia Usaha dan Dunia Industri"),
    ("pkl", "Praktik Kerja Lapangan"),
    // new entrepreneurs, as the cooperatives and SME offices count them (`Jumlah WUB`)
    ("wub", "Wirausaha Baru"),
    // hazardous substances, as environmental law names them (`limbah B3`)
    ("b3", "Bahan Berbahaya dan Beracun"),
];

/// The words a code was defined by, and whether another name defined it otherwise.
struct Definition {
    words: Vec<Word>,
    /// the content words' norms, to tell two definitions apart
    content: String,
    /// defined otherwise somewhere: not written out
    conflicting: bool,
    /// where the words come from
    source: Source,
}

/// Where a code's words come from.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    /// a name of the comparison defines it
    Name,
    /// a term renamed ([`RENAMED`]), not a definition
    Renamed,
    /// the reports' common terms ([`GLOSSARY`])
    Glossary,
}

/// Gives every entry whose name writes a code that another name of the comparison defines,
/// and its own name does not, the name with that code written out ([`Entry::spelled`]).
pub(crate) fn spell_out(years: &mut [(i32, Vec<Box<Entry>>)]) {
    let mut defined: FxHashMap<String, Definition> = FxHashMap::default();
    // every definition's content words, of each code (conflicting ones too), and whether
    // brackets tell one of them
    let mut said: FxHashMap<String, (Vec<u64>, bool)> = FxHashMap::default();
    // each name once: entries of one name share their words
    let mut seen: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    for e in years.iter().flat_map(|(_, es)| es) {
        if !seen.insert(Arc::as_ptr(&e.split) as usize) {
            continue;
        }
        for (code, run) in glosses(e.words()) {
            let (hashes, told) = said.entry(code).or_default();
            hashes.extend(run.iter().filter(|w| !w.stop).map(|w| w.hash));
            *told = true;
        }
        for (code, words, bracketed) in definitions(e.words()) {
            let (hashes, told) = said.entry(code.clone()).or_default();
            hashes.extend(words.iter().filter(|w| !w.stop).map(|w| w.hash));
            *told |= bracketed;
            let content = content_of(&words);
            match defined.get_mut(&code) {
                Some(d) => d.conflicting |= d.content != content,
                None => {
                    defined.insert(
                        code,
                        Definition {
                            words,
                            content,
                            conflicting: false,
                            source: Source::Name,
                        },
                    );
                }
            }
        }
    }
    defined.retain(|_, d| !d.conflicting);
    let common = RENAMED
        .iter()
        .map(|t| (t, Source::Renamed))
        .chain(GLOSSARY.iter().map(|t| (t, Source::Glossary)));
    for ((code, words), source) in common {
        if !defined.contains_key(*code) {
            let words = super::normalize::words(words);
            defined.insert(
                code.to_string(),
                Definition {
                    content: content_of(&words),
                    words,
                    conflicting: false,
                    source,
                },
            );
        }
    }
    // a code written after words it abbreviates, not in brackets (`Persentase belanja PBJ`),
    // may not be defined by them: only codes that brackets define somewhere are marked
    let said: FxHashMap<String, Arc<[u64]>> = said
        .into_iter()
        .filter(|(_, (_, told))| *told)
        .map(|(code, (hashes, _))| (code, hashes.into()))
        .collect();
    // each name once: its words with the codes defined marked, and its reading written out
    type Done = (Option<Arc<Split>>, Option<Arc<SpelledOut>>);
    let mut done: FxHashMap<usize, Done> = FxHashMap::default();
    for e in years.iter_mut().flat_map(|(_, es)| es.iter_mut()) {
        let key = Arc::as_ptr(&e.split) as usize;
        let (marked, spelled) = done.entry(key).or_insert_with(|| {
            let marked = marked(e.words(), &said).map(|w| Arc::new(Split::of(w)));
            let words = marked.as_deref().map_or(e.words(), |s| &s.words);
            let spelled = written_out(words, &defined).map(Arc::new);
            (marked, spelled)
        });
        if let Some(marked) = marked {
            e.split = Arc::clone(marked);
        }
        e.spelled = spelled.clone();
    }
}

/// The codes a name glosses loosely, written alone in brackets after words of which at least
/// two start with the code's letters in order, the first with its first (`kerja sama antar
/// daerah (KSDD)`, which [`definitions`] does not take, `antar` giving no letter): each
/// code's norm and the run from that first word to the bracket. A note in brackets that the
/// words before it do not start (`balita gizi buruk yang ditangani (BGM)`) glosses none.
fn glosses(w: &[Word]) -> Vec<(String, &[Word])> {
    let mut out = Vec::new();
    for (i, x) in w.iter().enumerate() {
        if !x.code || !x.bracketed || known_code(&x.norm) || i == 0 {
            continue;
        }
        let Some(first) = x.norm.chars().next() else {
            continue;
        };
        // the nearest word before the bracket that starts with the code's first letter
        let Some(start) = (i.saturating_sub(8)..i)
            .rev()
            .find(|&j| !w[j].stop && w[j].norm.starts_with(first))
        else {
            continue;
        };
        let run = &w[start..i];
        // the code's letters the run's words start with, in order
        let mut letters = x.norm.chars().peekable();
        let mut matched = 0;
        for initial in run
            .iter()
            .filter(|v| !v.stop)
            .filter_map(|v| v.norm.chars().next())
        {
            if letters.next_if_eq(&initial).is_some() {
                matched += 1;
            }
        }
        if matched >= 2 {
            out.push((x.norm.clone(), run));
        }
    }
    out
}

/// The name's words with each code that names of the comparison define marked with their
/// words ([`Word::defined_as`]), if it writes one.
fn marked(w: &[Word], said: &FxHashMap<String, Arc<[u64]>>) -> Option<Vec<Word>> {
    if !w.iter().any(|x| x.code && said.contains_key(&x.norm)) {
        return None;
    }
    let marked = w
        .iter()
        .map(|x| Word {
            defined_as: x.code.then(|| said.get(&x.norm).cloned()).flatten(),
            ..x.clone()
        })
        .collect();
    Some(marked)
}

/// The content words' norms of a run, joined.
fn content_of(words: &[Word]) -> String {
    let norms: Vec<&str> = words
        .iter()
        .filter(|w| !w.stop)
        .map(|w| w.norm.as_str())
        .collect();
    norms.join(" ")
}

/// The codes a name defines by the words right before or right after them
/// (`penyuluh pertanian lapangan (PPL)`, `AKI (Angka Kematian Ibu)`), which
/// [`super::normalize::words`] left out as said twice: each code's norm, its words, and
/// whether brackets tell the definition (the code alone in them, or the words after it).
fn definitions(w: &[Word]) -> Vec<(String, Vec<Word>, bool)> {
    let mut out = Vec::new();
    for (i, x) in w.iter().enumerate() {
        // a code so defined is a stop word written in capitals
        let letters = x.raw.chars().count();
        if !x.stop
            || !(2..=6).contains(&letters)
            || !x.raw.chars().all(|c| c.is_uppercase())
            || known_code(&x.norm)
        {
            continue;
        }
        if let Some(run) = defining_run(w, i) {
            let bracketed = x.bracketed || run.start > i;
            out.push((x.norm.clone(), w[run].to_vec(), bracketed));
        }
    }
    out
}

/// The name's words with each code it writes and does not define replaced by the words
/// `defined` gives it, if any is.
fn written_out(w: &[Word], defined: &FxHashMap<String, Definition>) -> Option<SpelledOut> {
    // most names write no code defined elsewhere nor renamed: nothing to build
    if !w.iter().any(|x| x.code && defined.contains_key(&x.norm)) {
        return None;
    }
    let mut words: Vec<Word> = Vec::with_capacity(w.len() + 4);
    let mut said = Vec::new();
    let mut codes = Vec::new();
    for x in w {
        // a level or kind that must agree is never written out, but renamed
        let d = (x.code && !x.aside && !x.leads)
            .then(|| defined.get(&x.norm))
            .flatten()
            .filter(|d| d.source == Source::Renamed || !known_code(&x.norm));
        match d {
            Some(d) => {
                words.extend(d.words.iter().cloned());
                let run: Vec<&str> = d.words.iter().map(|w| w.raw.as_str()).collect();
                let run = run.join(" ");
                // the words in lower case, a code among them as written (`PJUTS = PJU tenaga
                // surya`; a name in capitals is no code)
                let lower: Vec<String> = d
                    .words
                    .iter()
                    .map(|w| match w.code && !w.shouted {
                        true => w.raw.clone(),
                        false => w.raw.to_lowercase(),
                    })
                    .collect();
                let lower = lower.join(" ");
                said.push(match d.source {
                    Source::Renamed => format!("{} -> {run} (istilah baru)", x.raw),
                    Source::Name => format!("{} = {lower} (menurut nama lain)", x.raw),
                    Source::Glossary => format!("{} = {lower} (istilah umum)", x.raw),
                });
                codes.push(x.norm.as_str().into());
            }
            None => words.push(x.clone()),
        }
    }
    (!said.is_empty()).then(|| SpelledOut {
        split: Arc::new(Split::of(words)),
        said: said.join(", ").into(),
        codes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::collect::Names;

    fn spelled(names: &[(i32, &str)]) -> Vec<Option<String>> {
        let mut n = Names::default();
        let mut years: Vec<(i32, Vec<Box<Entry>>)> = Vec::new();
        for &(y, name) in names {
            let e = n.entry(y, name);
            match years.iter_mut().find(|(x, _)| *x == y) {
                Some((_, es)) => es.push(e),
                None => years.push((y, vec![e])),
            }
        }
        spell_out(&mut years);
        years
            .iter()
            .flat_map(|(_, es)| es)
            .map(|e| e.spelled.as_ref().map(|s| s.said.to_string()))
            .collect()
    }

    #[test]
    fn a_code_another_name_defines_is_written_out() {
        let got = spelled(&[
            (2023, "Rasio PPL terhadap desa"),
            (2024, "Rasio penyuluh pertanian lapangan (PPL) per desa"),
        ]);
        assert_eq!(
            got,
            [
                Some("PPL = penyuluh pertanian lapangan (menurut nama lain)".to_string()),
                None
            ]
        );
    }

    #[test]
    fn a_code_led_by_a_code_is_defined_by_it_and_the_words_after_it() {
        let got = spelled(&[
            (2021, "Jumlah titik PJU tenaga surya (PJUTS) terpasang"),
            (2024, "c) Jumlah titik PJU hemat energi (LED dan PJUTS)"),
            (2022, "Jumlah SMK Negeri (SMKN) terakreditasi"),
            (2023, "Jumlah SMKN terakreditasi"),
        ]);
        assert_eq!(
            got,
            [
                None,
                Some("PJUTS = PJU tenaga surya (menurut nama lain)".to_string()),
                None,
                Some("SMKN = SMK negeri (menurut nama lain)".to_string()),
            ]
        );
        // a code whose letters after the leading code the words do not give
        let got = spelled(&[
            (2021, "Jumlah titik PJU tenaga surya (PJUTM) terpasang"),
            (2024, "Jumlah titik PJUTM"),
        ]);
        assert_eq!(got, [None, None]);
    }

    #[test]
    fn a_renamed_term_is_read_as_its_new_name() {
        let got = spelled(&[
            (2021, "Persentase PNS yang dijatuhi hukuman disiplin"),
            (2022, "Persentase ASN yang dijatuhi hukuman disiplin"),
        ]);
        assert_eq!(got, [Some("PNS -> ASN (istilah baru)".to_string()), None]);
        // a kind of enterprise that must agree, but renamed
        let got = spelled(&[
            (2022, "Jumlah produk UKM difasilitasi sertifikat halal"),
            (
                2024,
                "Jumlah produk UMKM yang difasilitasi sertifikasi halal",
            ),
        ]);
        assert_eq!(got, [Some("UKM -> UMKM (istilah baru)".to_string()), None]);
    }

    #[test]
    fn a_common_term_is_read_with_its_words() {
        let got = spelled(&[
            (2018, "Persentase rekomendasi LHE AKIP yang ditindaklanjuti"),
            (
                2017,
                "Persentase rekomendasi hasil evaluasi AKIP yang ditindaklanjuti",
            ),
        ]);
        assert_eq!(
            got,
            [
                Some("LHE = laporan hasil evaluasi (istilah umum)".to_string()),
                None
            ]
        );
        // a code of letters and a digit
        let got = spelled(&[
            (2019, "Persentase industri yang taat pengelolaan limbah B3"),
            (
                2017,
                "Persentase industri yang taat pengelolaan limbah Bahan Berbahaya dan Beracun",
            ),
        ]);
        assert_eq!(
            got[0].as_deref(),
            Some("B3 = bahan berbahaya dan beracun (istilah umum)")
        );
        // a code of syllables' letters (`WUB`, wira-usaha baru)
        let got = spelled(&[
            (2024, "Jumlah WUB"),
            (2023, "Jumlah wirausaha baru (orang)"),
        ]);
        assert_eq!(
            got[0].as_deref(),
            Some("WUB = wirausaha baru (istilah umum)")
        );
        // a name of the comparison defining it otherwise wins
        let got = spelled(&[
            (2018, "Jumlah LHE yang terbit"),
            (2017, "Jumlah Lembar Hasil Evaluasi (LHE) yang terbit"),
        ]);
        assert_eq!(
            got[0].as_deref(),
            Some("LHE = lembar hasil evaluasi (menurut nama lain)")
        );
    }

    #[test]
    fn a_code_defined_nowhere_or_two_ways_or_a_level_is_not() {
        assert_eq!(
            spelled(&[
                (2023, "Rasio PPL terhadap desa"),
                (2022, "Rasio penyuluh per desa")
            ]),
            [None, None]
        );
        assert_eq!(
            spelled(&[
                (2023, "Rasio PPL terhadap desa"),
                (2024, "Rasio penyuluh pertanian lapangan (PPL) per desa"),
                (2024, "Jumlah petani pemula lanjut (PPL)"),
            ]),
            [None, None, None]
        );
        assert_eq!(
            spelled(&[
                (2023, "APK SD"),
                (2024, "Angka Partisipasi Kasar Sekolah Dasar (SD)"),
            ]),
            [None, None]
        );
    }
}
