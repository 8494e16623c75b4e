//! Whether two indicators of different years are the same: word-level soft Jaccard on their
//! names (near-spellings through Jaro-Winkler), words that must agree (numbers, codes such as
//! SD / SMP, the size words Mikro / Kecil / Menengah, the measure Jumlah / Persentase), and the
//! unit, the sasaran, the magnitude of the target, and last year's figure as the later table
//! states it as evidence. Every outcome comes with the reason a person reads ("omzet ->
//! omset", "+ pada koperasi aktif").

use std::borrow::Cow;

use serde::Serialize;

use std::sync::Arc;

use super::collect::{Entry, Split};
use super::normalize::{
    abbreviated_run, abbreviates, first_run, known_code, letter_counts, syllable_run, words,
    SyllableStarts, Word, SYLLABLE_FORM,
};

crate::texts! {
    AUTOMATIC = "compare.matching.automatic",
        "otomatis",
        "automatic";
    TO_CONFIRM = "compare.matching.to_confirm",
        "perlu konfirmasi",
        "to confirm";
    NO_MATCH = "compare.matching.no_match",
        "tidak cocok",
        "no match";
}

/// At or above: the same indicator, merged without asking.
pub const AUTO: f64 = 0.8;
/// At or above (below [`AUTO`]): merged, but reported for a person to confirm.
pub const CONFIRM: f64 = 0.5;

/// How sure a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// not the same indicator
    None,
    /// probably the same: merged, reported to confirm
    Confirm,
    /// the same
    Auto,
}

impl Outcome {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            Outcome::Auto => AUTOMATIC.get(lang),
            Outcome::Confirm => TO_CONFIRM.get(lang),
            Outcome::None => NO_MATCH.get(lang),
        }
    }
}

/// The verdict on a pair of indicators.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub score: f64,
    pub outcome: Outcome,
    /// what differs, for people: `omzet -> omset; + pada koperasi aktif` (`=` for nothing;
    /// empty where the verdict was not asked to explain, [`verdict_with`])
    pub reason: String,
}

/// The measure a name states: counts and ratios never match each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    Count,
    Ratio,
    Average,
    Volume,
    Index,
}

/// A word that must agree between two names (a measure, `Jumlah`, or an enterprise's size,
/// `Mikro`): no other reading of it ([`super::roots`]).
pub(super) fn must_agree_word(w: &Word) -> bool {
    SIZES.contains(&w.norm.as_str())
        || ONLINE.contains(&w.norm.as_str())
        || sex_of(w) != 0
        || measure(std::slice::from_ref(w)).is_some()
}

/// The sex a word names: 1 male (`laki-laki`, `pria`, `(L)`), 2 female (`perempuan`,
/// `wanita`, `(P)`), 0 none.
fn sex_of(w: &Word) -> u8 {
    match w.norm.as_str() {
        "lakilaki" | "laki" | "pria" => 1,
        "perempuan" | "wanita" => 2,
        "l" if w.bracketed => 1,
        "p" if w.bracketed => 2,
        _ => 0,
    }
}

/// The sex a name counts: 1 men, 2 women, 0 all (neither named, or both: `laki-laki dan
/// perempuan`). The men trained are not all those trained, nor the women: names of
/// different sexes never match. A sex word before `dan` and another group or before `anak`
/// (`kekerasan terhadap perempuan dan anak`, `perempuan & anak`), or among the words a bracketed code abbreviates
/// (`Kelompok Wanita Tani (KWT)`), names a subject, not the people counted.
fn sex(w: &[Word]) -> u8 {
    let subject = |i: usize| {
        let next = |k: usize| w.get(k).map(|x| x.norm.as_str());
        let with_group = next(i + 1) == Some("anak")
            || next(i + 1) == Some("dan")
                && w.get(i + 2).is_some_and(|x| !x.stop && sex_of(x) == 0);
        with_group || abbreviated_by_code(w, i)
    };
    let s = (0..w.len())
        .filter(|&i| sex_of(&w[i]) != 0 && !subject(i))
        .fold(0, |m, i| m | sex_of(&w[i]));
    match s {
        3 => 0,
        s => s,
    }
}

/// Whether word `i` is among the words a code in brackets after them abbreviates, their
/// first letters its letters (`Kelompok Wanita Tani (KWT)`).
fn abbreviated_by_code(w: &[Word], i: usize) -> bool {
    w.iter().enumerate().skip(i + 1).any(|(j, c)| {
        let letters = c.raw.to_lowercase();
        let n = letters.chars().count();
        c.bracketed
            && n >= 2
            && j >= n
            && j - n <= i
            && w[j - n..j]
                .iter()
                .map(|x| x.raw.chars().next().map(|c| c.to_lowercase().to_string()))
                .collect::<Option<String>>()
                .is_some_and(|initials| initials == letters)
    })
}

/// Words that say a service is had online (`Jumlah pengunjung perpustakaan digital`): the
/// visitors of the library's website are not those of its building, so a name writing one
/// and a name writing none are two indicators.
const ONLINE: [&str; 4] = ["digital", "daring", "online", "virtual"];

/// Whether a name says its service is had online ([`ONLINE`]) and not also in person
/// (`fisik dan digital`, `daring dan luring`: both ways, as a name without either).
fn online(w: &[Word]) -> bool {
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.norm.as_str()));
    has(&ONLINE) && !has(&["fisik", "luring", "offline", "langsung"])
}

/// Words that deny the words after them (`Penyedotan tidak terjadwal`, `transaksi non
/// tunai`, `BMD selain kendaraan`).
const NEGATIONS: [&str; 8] = [
    "tidak", "tak", "non", "belum", "bukan", "tanpa", "selain", "kecuali",
];

/// The words a name denies: the hashes of those right after a negation ([`NEGATIONS`]) that
/// the name nowhere writes out of a negation's reach (`KUR & non KUR` denies nothing), and of
/// those within its reach, the one or two words after it up to a stop word (`tanpa dipungut
/// biaya`, `tidak berizin yang …`). Codes and words in brackets are denied by none (`Tidak
/// Ditempati (TOI)`); a word in brackets right after the words denied is within the reach
/// ([`glossing_word`]: `tidak kambuh (relapse)`).
fn negated(w: &[Word]) -> (Vec<u64>, Vec<u64>) {
    let deniable = |x: &Word| !(x.stop || x.code || x.bracketed || x.number);
    let is_negation = |x: &Word| NEGATIONS.contains(&x.norm.as_str());
    let mut first = vec![false; w.len()];
    let mut reach = vec![false; w.len()];
    for (i, _) in w.iter().enumerate().filter(|(_, x)| is_negation(x)) {
        let mut last = None;
        for (k, (j, y)) in w.iter().enumerate().skip(i + 1).take(2).enumerate() {
            if !deniable(y) || is_negation(y) {
                break;
            }
            first[j] |= k == 0;
            reach[j] = true;
            last = Some(j);
        }
        // a word in brackets glossing a denied word is within reach too (`tidak kambuh
        // (relapse)` writes no relapse out of it)
        if let Some(after) = last.map(|j| j + 1).filter(|&j| j < w.len()) {
            if glossing_word(&w[after]) {
                reach[after] = true;
            }
        }
    }
    let plain = |h: u64| {
        w.iter()
            .zip(&reach)
            .any(|(x, &r)| !r && x.hash == h && !is_negation(x))
    };
    let hashes = |marks: &[bool], keep: &dyn Fn(u64) -> bool| {
        let mut out: Vec<u64> = w
            .iter()
            .zip(marks)
            .filter(|(x, &m)| m && keep(x.hash))
            .map(|(x, _)| x.hash)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    (hashes(&first, &|h| !plain(h)), hashes(&reach, &|_| true))
}

/// Whether one name denies a word the other writes out of a negation's reach (`tidak
/// terjadwal` / `terjadwal`, `non tunai` / `tunai`): opposites, never one indicator. A name
/// that denies a word the other does not write at all (`rumah tidak layak huni` / `RTLH`), or
/// writes within a negation's reach too (`tanpa biaya` / `tanpa dipungut biaya`), says nothing
/// against it. Each name as its denied words, the words in a negation's reach, and its words.
fn opposite(a: (&[u64], &[u64], &[u64]), b: (&[u64], &[u64], &[u64])) -> bool {
    type Name<'a> = (&'a [u64], &'a [u64], &'a [u64]);
    let denies = |(denied, _, _): Name, (_, reach, words): Name| {
        denied
            .iter()
            .any(|h| words.contains(h) && reach.binary_search(h).is_err())
    };
    denies(a, b) || denies(b, a)
}

/// Whether a name speaks of money taken in (1: `pendapatan`, `penerimaan`, `PAD`), of money
/// spent (2: `belanja`, `pengeluaran`), of both (3) or of neither (0).
fn money_way(w: &[Word]) -> u8 {
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.norm.as_str()));
    u8::from(has(&["pendapatan", "penerimaan", "pad"]))
        | u8::from(has(&["belanja", "pengeluaran"])) << 1
}

/// Whether one name speaks of money taken in and the other of money spent, neither of both:
/// a revenue and a spending, never one indicator.
fn money_apart(a: u8, b: u8) -> bool {
    matches!((a, b), (1, 2) | (2, 1))
}

/// How a name says `baru` (new): not at all, as part of a term (`wirausaha baru`, `bayi baru
/// lahir`, `energi baru terbarukan`, `tera baru`: the first verification of a measuring
/// instrument, as against `tera ulang`) or beside a word saying the things were made in the year
/// ([`MADE`]: `Destana baru yang terbentuk`, what was formed is new), or as counting only the
/// new ones (`Jumlah kunjungan pasien baru`, `pelanggan baru`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum New {
    #[default]
    Unsaid,
    InTerm,
    Only,
}

/// How a name says `baru` ([`New`]).
fn new_ones(w: &[Word]) -> New {
    let said: Vec<usize> = (0..w.len()).filter(|&i| w[i].norm == "baru").collect();
    if said.is_empty() {
        return New::Unsaid;
    }
    let in_term = |i: usize| {
        let before = |k: usize| i.checked_sub(k).and_then(|j| w.get(j));
        let after = w.get(i + 1).map(|x| x.norm.as_str());
        [before(1), before(2)]
            .into_iter()
            .flatten()
            .any(|x| matches!(x.norm.as_str(), "wirausaha" | "wirausahawan"))
            || before(1).is_some_and(|x| x.norm == "tera")
            || matches!(after, Some("lahir" | "terbarukan"))
    };
    if made(w) || said.iter().all(|&i| in_term(i)) {
        New::InTerm
    } else {
        New::Only
    }
}

/// Whether a name says its things were made in the year ([`MADE`]).
fn made(w: &[Word]) -> bool {
    w.iter().any(|x| MADE.contains(&x.norm.as_str()))
}

/// Words saying things were made, formed or put up in the year, or started (`memulai usaha
/// baru`: a business started is new), or added (`Penambahan luas hutan kota`: what was added
/// is new) ([`new_ones`]).
const MADE: [&str; 21] = [
    "penambahan",
    "ditambah",
    "bertambah",
    "memulai",
    "merintis",
    "mendirikan",
    "membuka",
    "dibentuk",
    "terbentuk",
    "pembentukan",
    "dibangun",
    "terbangun",
    "pembangunan",
    "dipasang",
    "terpasang",
    "pemasangan",
    "didirikan",
    "berdiri",
    "tercipta",
    "diciptakan",
    "ditumbuhkan",
];

/// The cap where one name says `baru` and the other not ([`new_ones`]; none where both say
/// it, however): the new ones against all of them, neither name saying the things were made,
/// are two indicators (the new patients are some of the patients, as the UMKM given capital
/// are some of the UMKM); `baru` in a term or beside things made against a name without it
/// (`taman baru yang dibangun` / `taman kota`, `taman baru` / `taman yang dibangun`) is a
/// doubt.
fn new_ones_differ(a: (New, bool), b: (New, bool), cap: Option<Outcome>) -> Option<Outcome> {
    match (a.0, b.0) {
        (New::Unsaid, New::Unsaid) => None,
        (New::Unsaid, _) | (_, New::Unsaid) => {
            let only = a.0 == New::Only || b.0 == New::Only;
            Some(if only && !a.1 && !b.1 {
                Outcome::None
            } else {
                doubtful(cap)
            })
        }
        _ => None,
    }
}

fn measure(w: &[Word]) -> Option<Measure> {
    let of = |w: &Word| match w.norm.as_str() {
        "jumlah" | "banyaknya" | "total" => Some(Measure::Count),
        "persentase" | "persen" | "rasio" | "proporsi" => Some(Measure::Ratio),
        "rata-rata" => Some(Measure::Average),
        "volume" | "nilai" => Some(Measure::Volume),
        "indeks" | "indek" | "index" => Some(Measure::Index),
        _ => None,
    };
    // the measure is stated before what the figure is taken against ("Kontribusi PAD
    // pariwisata terhadap total PAD" is no count)
    let against = w
        .iter()
        .position(|x| {
            matches!(
                x.norm.as_str(),
                "terhadap" | "dari" | "per" | "dibanding" | "dibandingkan"
            )
        })
        .unwrap_or(w.len());
    let mut content = w[..against].iter().filter(|w| !w.stop).peekable();
    while let Some(x) = content.next() {
        // the value of a code or of a measure ("Nilai IKM", "Nilai Indeks Kualitas
        // Lingkungan Hidup"): what that code or measure measures
        let of_next =
            x.norm == "nilai" && content.peek().is_some_and(|n| n.code || of(n).is_some());
        if let Some(m) = of(x).filter(|_| !of_next) {
            return Some(m);
        }
    }
    None
}

/// Words that add little to a name ("Nilai SAKIP" is SAKIP, "Nilai Hasil Evaluasi AKIP" the
/// evaluation's): not counted against a match where the other name lacks them (soft Jaccard),
/// counted as any where both have them.
const LIGHT_WORDS: [&str; 2] = ["nilai", "hasil"];

/// A word that adds little to a name ([`LIGHT_WORDS`]), a count's measure word (`Jumlah
/// kajian koleksi` counts what `Kajian koleksi` over its unit `naskah` does; a name of
/// another measure, `Persentase …`, still never matches it), or a unit that adds up written
/// in brackets after the name (`Lulusan Paket A (orang)`).
fn light(w: &Word) -> bool {
    LIGHT_WORDS.contains(&w.norm.as_str())
        || matches!(measure(std::slice::from_ref(w)), Some(Measure::Count))
        || w.bracketed && crate::value::unit::adds_up(&w.norm)
}

const SIZES: [&str; 3] = super::normalize::SIZE_WORDS;

/// What matching needs of a name's words, worked out once per name (an entry is compared
/// with many): its content words, numbers and codes, the size words and the measure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameKey {
    /// the content words (not stop words), each norm once, as indices into the words
    content: Vec<u16>,
    /// each content word's hash ([`Word::hash`]) and the first byte of its norm, in the
    /// order of `content`: the pairs of words worth a closer look are found without
    /// reaching into the words
    hashes: Vec<u64>,
    firsts: Vec<Option<u8>>,
    /// the numbers' and the codes' norms, sorted, each once
    numbers: Vec<Box<str>>,
    codes: Vec<Box<str>>,
    /// the codes written alone in brackets at the end ([`Word::aside`])
    aside: Vec<Box<str>>,
    /// each code joined by a hyphen to the code after it, with that code ([`Word::leads`])
    leads: Vec<(Box<str>, Box<str>)>,
    /// Mikro / Kecil / Menengah, one bit each
    sizes: u8,
    /// the service is had online ([`online`])
    online: bool,
    /// the sex it counts ([`sex`])
    sex: u8,
    /// the words a negation denies and those within its reach, by hash ([`negated`])
    negated: (Vec<u64>, Vec<u64>),
    /// money taken in, spent, or both ([`money_way`])
    money: u8,
    /// how the name says `baru` ([`new_ones`]), and whether it says its things were made
    new: (New, bool),
    /// a code alone in brackets after an ordinary word ([`Word::bracketed`]): words that
    /// may gloss it ([`unglossed`])
    glossed: bool,
    measure: Option<Measure>,
    /// the name writes the money it counts in ([`in_money`])
    in_money: bool,
    /// where syllables start in the ordinary words, and whether a word may be written with
    /// syllables of others ([`may_be_short`]): [`syllable_form`] is looked for only where a
    /// word of one name may be read from the other's
    starts: SyllableStarts,
    shorts: bool,
    /// which content words are [`LIGHT_WORDS`], one bit each in the order of `content` (of
    /// the first 64)
    light: u64,
}

impl NameKey {
    /// The key of a name's words.
    pub fn of(w: &[Word]) -> NameKey {
        let mut content: Vec<u16> = Vec::new();
        for (i, x) in w.iter().enumerate().filter(|(_, w)| !w.stop) {
            if !content.iter().any(|&j| w[j as usize].same(x)) {
                content.push(i.min(u16::MAX as usize) as u16);
            }
        }
        let sorted = |keep: fn(&Word) -> bool| {
            let mut v: Vec<Box<str>> = w
                .iter()
                .filter(|w| keep(w))
                .map(|w| w.norm.as_str().into())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let sizes = size_bits(w);
        let light = content
            .iter()
            .take(64)
            .enumerate()
            .filter(|(_, &i)| light(&w[i as usize]))
            .fold(0u64, |m, (k, _)| m | 1 << k);
        let hashes = content.iter().map(|&i| w[i as usize].hash).collect();
        let firsts = content
            .iter()
            .map(|&i| w[i as usize].norm.as_bytes().first().copied())
            .collect();
        NameKey {
            content,
            hashes,
            firsts,
            numbers: sorted(|w| w.number),
            codes: sorted(|w| w.code),
            aside: sorted(|w| w.aside),
            leads: leads(w),
            sizes,
            online: online(w),
            sex: sex(w),
            negated: negated(w),
            money: money_way(w),
            new: (new_ones(w), made(w)),
            glossed: w.windows(2).any(|p| {
                (p[1].code && p[1].bracketed || glossing_word(&p[1]))
                    && !p[0].code
                    && !p[0].number
                    && !p[0].stop
            }),
            measure: measure(w),
            in_money: in_money(w),
            starts: SyllableStarts::of(w),
            shorts: w.iter().any(may_be_short),
            light,
        }
    }

    /// Whether a content word of this name (`w`) that `other` lacks may be written with
    /// syllables of two words or more that `other` has and this name lacks
    /// ([`SyllableStarts::may_hold`]): where none may, [`syllable_form`] finds none. Told by
    /// the keys' hashes before any word is reached.
    fn may_read_syllables(&self, w: &[Word], other: &NameKey) -> bool {
        self.shorts
            && other
                .hashes
                .iter()
                .filter(|h| !self.hashes.contains(h))
                .nth(1)
                .is_some()
            && self.content.iter().zip(&self.hashes).any(|(&i, h)| {
                !other.hashes.contains(h)
                    && w.get(usize::from(i)).is_some_and(|x| {
                        may_be_short(x) && other.starts.may_hold(x.norm.as_bytes())
                    })
            })
    }
}

/// How alike two words are: 1 for the same, Jaro-Winkler for near-spellings of longer words.
/// Whether two words are one written otherwise ([`word_sim`]).
pub(super) fn alike_words(a: &Word, b: &Word) -> bool {
    word_sim(a, b) > 0.0
}

/// Whether a name's figures add up: no share, average or index by its measure word.
pub(super) fn adds_up(key: &NameKey) -> bool {
    !matches!(
        key.measure,
        Some(Measure::Ratio | Measure::Average | Measure::Index)
    )
}

/// Whether a word is a measure (`Jumlah`, `Persentase`, [`measure`]).
pub(super) fn measure_word(w: &Word) -> bool {
    measure(std::slice::from_ref(w)).is_some()
}

fn word_sim(a: &Word, b: &Word) -> f64 {
    // words whose first bytes differ are neither the same nor near-spellings (the test
    // below on the first characters): the cheapest test first, most pairs end here
    if a.norm.as_bytes().first() != b.norm.as_bytes().first() {
        return if passive_and_stative(&a.norm, &b.norm) || passive_and_stative(&b.norm, &a.norm) {
            0.95
        } else {
            0.0
        };
    }
    if a.same(b) {
        return 1.0;
    }
    if a.code || b.code || a.number || b.number {
        return 0.0;
    }
    let (la, lb) = (a.chars, b.chars);
    // a near-spelling starts alike and is about as long (cheap tests before Jaro-Winkler)
    if la < 4
        || lb < 4
        || la.abs_diff(lb) > 2.max(la.max(lb) / 4)
        || a.norm.chars().next() != b.norm.chars().next()
    {
        return 0.0;
    }
    if !may_be_near(a, b) {
        return 0.0;
    }
    let s = jaro_winkler(a, b);
    if s >= 0.9 && !another_word_by_a_letter(&a.norm, &b.norm) {
        s
    } else {
        0.0
    }
}

/// Whether two words of one length differ in a letter that no spelling changes into the
/// other's: a consonant for a vowel (`pemakaman` / `pemakaian`, a burial and a use), or one
/// consonant for another of another sound (`pengolahan` / `pengelasan`, a processing and a
/// welding, whatever their vowels) makes another word; one vowel for another (`praktek` /
/// `praktik`, `resiko` / `risiko`), or a consonant for one of its sound (`omzet` / `omset`,
/// `aktifitas` / `aktivitas`, `jadual` / `jadwal`) is a spelling of one, and so are two
/// letters typed the wrong way round (`pelyaanan`).
fn another_word_by_a_letter(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<(usize, (char, char))> = a
        .chars()
        .zip(b.chars())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .collect();
    // two neighbours swapped: a slip of the keyboard
    if let [(i, (x1, y1)), (j, (x2, y2))] = differ[..] {
        if j == i + 1 && x1 == y2 && x2 == y1 {
            return false;
        }
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    const SOUNDS: [(char, char); 13] = [
        ('s', 'z'),
        ('f', 'v'),
        ('f', 'p'),
        ('p', 'v'),
        ('c', 'k'),
        ('k', 'q'),
        ('m', 'n'),
        ('u', 'w'),
        ('i', 'y'),
        ('j', 'y'),
        ('d', 't'),
        ('b', 'p'),
        ('g', 'k'),
    ];
    let spelled = |(x, y): (char, char)| {
        vowel(x) && vowel(y)
            || SOUNDS
                .iter()
                .any(|&(p, q)| (x, y) == (p, q) || (x, y) == (q, p))
    };
    differ.iter().any(|&(_, pair)| !spelled(pair))
}

/// Whether `x` is a root done to (`di-`: `dilatih`, `direkonsiliasi`) and `y` the same root
/// as a state reached (`ter-`: `terlatih`, `terekonsiliasi`, its `r` merged with the
/// prefix's): one thing said two ways in an indicator's name (`yang ditangani` / `yang
/// tertangani`). Roots of four letters or more.
fn passive_and_stative(x: &str, y: &str) -> bool {
    let (Some(done), Some(reached)) = (x.strip_prefix("di"), y.strip_prefix("ter")) else {
        return false;
    };
    done.len() >= 4 && (done == reached || done.strip_prefix('r') == Some(reached))
}

/// Whether two words' Jaro-Winkler may reach 0.9, by the characters they share (a test
/// far cheaper than the score). Jaro-Winkler adds at most 0.4 × (1 − Jaro) for a common
/// start of four characters, so 0.9 needs Jaro ≥ 5/6; Jaro is at most (m/|a| + m/|b| + 1) / 3
/// where m, its matching characters, are at most the characters the two words share (each
/// counted as often as both hold it). Letters a–z are counted one by one, any other
/// character together (so m is never under-counted).
fn may_be_near(a: &Word, b: &Word) -> bool {
    let m = f64::from(shared_characters(a, b));
    // a margin for rounding: a pair at the bound is scored
    (m / a.chars as f64 + m / b.chars as f64 + 1.0) / 3.0 >= 5.0 / 6.0 - 1e-9
}

/// The characters two words share, each counted as often as both hold it (letters a–z one
/// by one, any other character together): from the words' letter counts, or (a word with
/// 255 or more of one) counted again.
fn shared_characters(a: &Word, b: &Word) -> u32 {
    if a.chars < 255 && b.chars < 255 {
        return a
            .letters
            .iter()
            .zip(&b.letters)
            .map(|(x, y)| u32::from(*x.min(y)))
            .sum();
    }
    let (ha, hb) = (letter_counts(&a.norm), letter_counts(&b.norm));
    ha.iter().zip(&hb).map(|(x, y)| *x.min(y)).sum()
}

/// Jaro-Winkler of two words' norms. ASCII words (each character one byte) are compared as
/// bytes, without decoding: the same score.
fn jaro_winkler(a: &Word, b: &Word) -> f64 {
    if a.norm.len() == a.chars && b.norm.len() == b.chars {
        strsim::generic_jaro_winkler(&Bytes(a.norm.as_bytes()), &Bytes(b.norm.as_bytes()))
    } else {
        strsim::jaro_winkler(&a.norm, &b.norm)
    }
}

/// A word's bytes, as strsim's generic measures take a sequence.
struct Bytes<'a>(&'a [u8]);

impl<'b> IntoIterator for &'b Bytes<'_> {
    type Item = &'b u8;
    type IntoIter = std::slice::Iter<'b, u8>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The content words of a name, each once.
fn content(w: &[Word]) -> Vec<&Word> {
    let mut out: Vec<&Word> = Vec::new();
    for x in w.iter().filter(|w| !w.stop) {
        if !out.iter().any(|y| y.same(x)) {
            out.push(x);
        }
    }
    out
}

/// Two names of one thing that each say one other thing was done to it, and nothing else
/// apart (`Luas areal terbakar` / `Luas areal yang direhabilitasi`, `Jumlah bibit ditanam`
/// / `Jumlah bibit diproduksi`): each name's one word of its own is a verb of the passive
/// (`di-`, `ter-`), and their roots differ. Such a pair more likely names two indicators
/// than the words they share say, and scores 0.1 lower ([`verdict_scored`]); not lower
/// still, as the two deeds may be one said otherwise (`dipugar` / `direvitalisasi`).
fn other_deeds(wa: &[Word], wb: &[Word]) -> bool {
    fn deed(w: &Word) -> Option<&str> {
        if w.code || w.number || w.aside {
            return None;
        }
        let root = w
            .norm
            .strip_prefix("di")
            .or_else(|| w.norm.strip_prefix("ter"))?;
        (root.len() >= 4 && root.bytes().all(|b| b.is_ascii_lowercase())).then_some(root)
    }
    let (ca, cb) = (content(wa), content(wb));
    fn own<'a>(x: &[&'a Word], y: &[&Word]) -> Vec<&'a Word> {
        x.iter()
            .filter(|w| !y.iter().any(|v| v.same(w)))
            .copied()
            .collect()
    }
    let (oa, ob) = (own(&ca, &cb), own(&cb, &ca));
    let ([a], [b]) = (oa.as_slice(), ob.as_slice()) else {
        return false;
    };
    if ca.len() < 3 || cb.len() < 3 {
        return false;
    }
    match (deed(a), deed(b)) {
        // the roots' first four letters apart (`bakar` / `rehabilitasi`; not `salur` /
        // `salurkan`)
        (Some(x), Some(y)) => x.get(..4) != y.get(..4),
        _ => false,
    }
}

/// Soft Jaccard of two word sets, with the pairs of near-spellings it used.
fn soft_jaccard<'a>(a: &[&'a Word], b: &[&'a Word]) -> (f64, Vec<(&'a Word, &'a Word)>) {
    let (score, near, _) = soft_jaccard_counted(a, b);
    (score, near)
}

/// [`soft_jaccard`], and the words it counted in both sets ([`LIGHT_WORDS`] one set has
/// alone are not): what [`with_code_pairs`] counts the pairs it adds against.
fn soft_jaccard_counted<'a>(
    a: &[&'a Word],
    b: &[&'a Word],
) -> (f64, Vec<(&'a Word, &'a Word)>, f64) {
    if a.is_empty() && b.is_empty() {
        return (1.0, Vec::new(), 0.0);
    }
    let mut used = vec![false; b.len()];
    let mut done = vec![false; a.len()];
    let mut inter = 0.0;
    // the same words first, then near-spellings among the rest
    for (i, x) in a.iter().enumerate() {
        if let Some(j) = (0..b.len()).find(|&j| !used[j] && b[j].same(x)) {
            used[j] = true;
            done[i] = true;
            inter += 1.0;
        }
    }
    let mut near = Vec::new();
    for (i, x) in a.iter().enumerate() {
        if done[i] {
            continue;
        }
        let best = b
            .iter()
            .enumerate()
            .filter(|(j, _)| !used[*j])
            .map(|(j, y)| (j, word_sim(x, y)))
            .filter(|(_, s)| *s > 0.0)
            .max_by(|p, q| p.1.total_cmp(&q.1));
        if let Some((j, s)) = best {
            used[j] = true;
            done[i] = true;
            inter += s;
            near.push((*x, b[j]));
        }
    }
    // light words one name has alone count for nothing
    let unmatched_light = a
        .iter()
        .zip(&done)
        .filter(|(x, d)| !**d && light(x))
        .count()
        + b.iter()
            .zip(&used)
            .filter(|(y, u)| !**u && light(y))
            .count();
    let counted = (a.len() + b.len() - unmatched_light) as f64;
    let union = counted - inter;
    (if union > 0.0 { inter / union } else { 0.0 }, near, counted)
}

/// The words by which an entry finds the indicators of other years worth comparing with
/// (blocking: pairs that share none of them are not scored, so matching stays far from
/// comparing every pair): each content word but the measure words (Jumlah, Persentase …,
/// which alone make no match), the first three letters of each such word of four letters or
/// more (a near-spelling starts alike), each code and each start and end of it of three
/// letters or more, and the initials of each run of two to six ordinary words (the code that
/// may abbreviate them). Each is given as a hash.
pub fn block_tokens(w: &[Word], k: &NameKey, out: &mut Vec<u64>) {
    // FNV-1a over a kind byte and the characters
    fn hash(kind: u8, chars: impl Iterator<Item = char>) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(kind);
        for c in chars {
            h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }
    out.clear();
    for &i in &k.content {
        let x = &w[i as usize];
        if measure(std::slice::from_ref(x)).is_some() {
            continue;
        }
        if x.code {
            out.push(hash(b'c', x.norm.chars()));
            // a code that is the start or the end of another (KUM / KUMKM, AKIP / SAKIP,
            // [`prefix_pairs`]) finds it: each start and end of three letters or more
            let n = x.chars;
            for k in 3..n {
                out.push(hash(b'c', x.norm.chars().take(k)));
                out.push(hash(b'c', x.norm.chars().skip(n - k)));
            }
            continue;
        }
        out.push(hash(b'w', x.norm.chars()));
        if x.chars >= 4 && !x.number {
            out.push(hash(b'p', x.norm.chars().take(3)));
        }
    }
    // a code defined beside its words ("Angka Kematian Balita (AKABA)") is left out of the
    // score but still finds the names that write the code alone ("AKABA per 1.000 KH"); so
    // does a short form of syllables defined so ("Jumlah kelompok pembudidaya ikan
    // (Pokdakan)" finds "Jumlah Pokdakan")
    for x in w.iter().filter(|x| x.stop && is_capitals(&x.raw)) {
        out.push(hash(b'c', x.norm.chars()));
    }
    for x in w
        .iter()
        .filter(|x| x.stop && !x.code && !is_capitals(&x.raw) && x.chars >= 4)
        .filter(|x| super::normalize::SYLLABLE_FORM.contains(&x.chars))
        .filter(|x| !super::normalize::STOP_WORDS.contains(&x.norm.as_str()))
    {
        out.push(hash(b'w', x.norm.chars()));
    }
    // every run of two to six ordinary words, each run's hash grown from the one a word
    // shorter (the same hash as over the run's initials at once); a stop word between them
    // passed over or giving its first letter, as [`super::normalize::abbreviates`] reads it
    // (`PUPR` / Pekerjaan Umum dan Penataan Ruang, `ALOS` / Average Length of Stay)
    let plain = |x: &Word| !x.code && !x.number && !x.stop;
    let step = |h: u64, x: &Word| match x.norm.chars().next() {
        Some(c) => (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3),
        None => h,
    };
    for start in (0..w.len()).filter(|&i| plain(&w[i])) {
        // the run's hashes: one, or two and four with the stop words read both ways
        let mut hs: [u64; 4] = [hash(b'c', std::iter::empty()); 4];
        let mut n_hs = 1;
        let mut words = 0;
        for x in &w[start..] {
            if x.code || x.number {
                break;
            }
            if x.stop {
                if n_hs <= 2 {
                    for i in 0..n_hs {
                        hs[n_hs + i] = step(hs[i], x);
                    }
                    n_hs *= 2;
                }
                continue;
            }
            for h in &mut hs[..n_hs] {
                *h = step(*h, x);
            }
            words += 1;
            if words >= 2 {
                out.extend_from_slice(&hs[..n_hs]);
            }
            if words == 6 {
                break;
            }
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// A word written in capitals, as a code is (`AKABA`, `IDL`), or in the mixed case of a code
/// (`BUMDes`, `PoU`).
fn is_capitals(raw: &str) -> bool {
    let n = raw.chars().count();
    let capitals = raw.chars().filter(|c| c.is_uppercase()).count();
    (2..=6).contains(&n) && capitals == n || super::normalize::mixed_case_code(raw)
}

/// Which items (groups, or a year's indicators) share a blocking word ([`block_tokens`])
/// with a name: the items listed under each of their blocking words.
#[derive(Default)]
pub(crate) struct BlockIndex {
    /// for each block, the last item listed under it (an index into `listed`)
    heads: rustc_hash::FxHashMap<u64, u32>,
    /// each (item, the one listed before it under the same block) pair: a list per block
    /// without a vector per block (a name has some forty blocks, most its own)
    listed: Vec<(u32, u32)>,
    /// for each item, the last [`BlockIndex::near`] that listed it (each listed once
    /// without sorting the lists joined)
    seen: Vec<u32>,
    round: u32,
}

impl BlockIndex {
    /// The end of a block's list.
    const END: u32 = u32::MAX;

    /// Lists nothing any more, keeping the room the lists took.
    pub(crate) fn clear(&mut self) {
        self.heads.clear();
        self.listed.clear();
        self.seen.clear();
        self.round = 0;
    }

    /// Lists item `i` under each of `blocks` (items added in increasing order).
    pub(crate) fn add(&mut self, i: usize, blocks: &[u64]) {
        let item = u32::try_from(i).unwrap_or(u32::MAX - 1);
        for &t in blocks {
            let head = self.heads.entry(t).or_insert(Self::END);
            if *head != Self::END && self.listed[*head as usize].0 == item {
                continue;
            }
            let at = u32::try_from(self.listed.len()).unwrap_or(Self::END);
            self.listed.push((item, *head));
            *head = at;
        }
        if self.seen.len() <= i {
            self.seen.resize(i + 1, 0);
        }
    }

    /// The items that share one of `blocks`, in increasing order and each once, in `out`.
    pub(crate) fn near(&mut self, blocks: &[u64], out: &mut Vec<usize>) {
        out.clear();
        self.round = self.round.wrapping_add(1);
        if self.round == 0 {
            // every item's mark is from an earlier round again
            self.seen.fill(0);
            self.round = 1;
        }
        for t in blocks {
            let mut at = self.heads.get(t).copied().unwrap_or(Self::END);
            while let Some(&(item, next)) = self.listed.get(at as usize) {
                let i = item as usize;
                if let Some(mark) = self.seen.get_mut(i) {
                    if *mark != self.round {
                        *mark = self.round;
                        out.push(i);
                    }
                }
                at = next;
            }
        }
        out.sort_unstable();
    }
}

/// [`soft_jaccard`] on the content words of two keys, without allocating (names of at most
/// 64 content words: `None` beyond).
fn soft_jaccard_keyed(wa: &[Word], ka: &NameKey, wb: &[Word], kb: &NameKey) -> Option<f64> {
    soft_jaccard_keyed_counted(wa, ka, wb, kb).map(|(score, _)| score)
}

/// [`soft_jaccard_keyed`], and the words it counted ([`soft_jaccard_counted`]).
fn soft_jaccard_keyed_counted(
    wa: &[Word],
    ka: &NameKey,
    wb: &[Word],
    kb: &NameKey,
) -> Option<(f64, f64)> {
    let (a, b) = (&ka.content, &kb.content);
    if a.len() > 64 || b.len() > 64 {
        return None;
    }
    if a.is_empty() && b.is_empty() {
        return Some((1.0, 0.0));
    }
    let (mut used, mut done) = (0u64, 0u64);
    let mut inter = 0.0;
    for (i, &x) in a.iter().enumerate() {
        let (x, h) = (&wa[x as usize], ka.hashes[i]);
        // the key's hashes turn most words away before the words are reached
        if let Some(j) = (0..b.len())
            .find(|&j| used & 1 << j == 0 && kb.hashes[j] == h && wb[b[j] as usize].same(x))
        {
            used |= 1 << j;
            done |= 1 << i;
            inter += 1.0;
        }
    }
    for (i, &x) in a.iter().enumerate() {
        if done & 1 << i != 0 {
            continue;
        }
        let x = &wa[x as usize];
        // the last of equal best, as `max_by` in `soft_jaccard`
        let mut best: Option<(usize, f64)> = None;
        for (j, &y) in b.iter().enumerate() {
            // words whose first bytes differ score 0 (`word_sim`'s first test)
            if used & 1 << j != 0 || kb.firsts[j] != ka.firsts[i] {
                continue;
            }
            let s = word_sim(x, &wb[y as usize]);
            if s > 0.0 && best.is_none_or(|(_, b)| s >= b) {
                best = Some((j, s));
            }
        }
        if let Some((j, s)) = best {
            used |= 1 << j;
            done |= 1 << i;
            inter += s;
        }
    }
    // light words one name has alone count for nothing, as in `soft_jaccard`
    let unmatched_light = (ka.light & !done).count_ones() + (kb.light & !used).count_ones();
    let counted = a.len() as f64 + b.len() as f64 - f64::from(unmatched_light);
    let union = counted - inter;
    Some((if union > 0.0 { inter / union } else { 0.0 }, counted))
}

/// [`compare_words`] without reasons, on keys worked out before: no allocation unless the
/// codes differ (then the words are compared as [`compare_words`] does).
pub fn compare_keyed(
    wa: &[Word],
    ka: &NameKey,
    wb: &[Word],
    kb: &NameKey,
) -> (f64, Option<Outcome>) {
    // codes that differ: the words are compared as `compare_words` does where a code may
    // abbreviate a run of the other name's words (then the names change before scoring)
    if ka.codes != kb.codes
        && (expands(&ka.codes, &kb.codes, wb) || expands(&kb.codes, &ka.codes, wa))
    {
        let (s, c, _) = compare_words(wa, wb, false);
        return (s, c);
    }
    let Some((mut score, counted)) = soft_jaccard_keyed_counted(wa, ka, wb, kb) else {
        let (s, c, _) = compare_words(wa, wb, false);
        return (s, c);
    };
    // a word that is an acronym of the other name's words (`Disparpora`), or written with
    // syllables of them where the names do not match as written (`poktan`): compared as
    // `compare_words` does, the run made that word
    if acronym_expands(wa, wb)
        || score < CONFIRM && (ka.glossed || kb.glossed)
        // a word written as two in the other (`budidaya` / `budi daya`, `SLPHT` / `SL-PHT`)
        || score < AUTO && (apart_at(wa, wb).is_some() || apart_at(wb, wa).is_some())
        || score < AUTO
            && (ka.may_read_syllables(wa, kb) || kb.may_read_syllables(wb, ka))
            && (syllable_form_of(wa, wb, Some(&kb.starts)).is_some()
                || syllable_form_of(wb, wa, Some(&ka.starts)).is_some())
    {
        let (s, c, _) = compare_words(wa, wb, false);
        return (s, c);
    }
    let mut cap = numbers_differ(&ka.numbers, &kb.numbers);
    // codes must agree (one that is the start of the other, KUM / KUMKM, is only doubtful),
    // as in `compare_words`
    let (only_a, only_b) = (
        codes_not_in(&ka.codes, &kb.codes, wb),
        codes_not_in(&kb.codes, &ka.codes, wa),
    );
    // a code in place of a word (`PAD` / `Pendapatan`): compared as `compare_words` does
    if only_a.len() + only_b.len() == 1 && ka.content.len() == kb.content.len() {
        let (s, c, _) = compare_words(wa, wb, false);
        return (s, c);
    }
    // a code one name adds after a word of place (`… atas LKPD`): compared as
    // `compare_words` does, without it
    if score < LEFT_OUT && (placed(wa, &only_a) || placed(wb, &only_b)) {
        let (s, c, _) = compare_words(wa, wb, false);
        return (s, c);
    }
    if prefix_pairs(&only_a, &only_b) {
        let fewest = ka.content.len().min(kb.content.len());
        score = with_code_pairs(score, counted, fewest, only_a.len());
    }
    if !only_a.is_empty() || !only_b.is_empty() {
        cap = Some(codes_differ(
            (&only_a, &notes(&ka.aside, &ka.leads, &kb.codes)),
            (&only_b, &notes(&kb.aside, &kb.leads, &ka.codes)),
            score,
            cap,
        ));
    }
    if ka.sizes != kb.sizes {
        cap = Some(sizes_differ(ka.sizes, kb.sizes, cap));
    }
    if ka.online != kb.online
        || ka.sex != kb.sex
        || opposite(
            (&ka.negated.0, &ka.negated.1, &ka.hashes),
            (&kb.negated.0, &kb.negated.1, &kb.hashes),
        )
        || money_apart(ka.money, kb.money)
    {
        cap = Some(Outcome::None);
    }
    if let Some(c) = new_ones_differ(ka.new, kb.new, cap) {
        cap = Some(c);
    }
    if let (Some(x), Some(y)) = (ka.measure, kb.measure) {
        if x != y {
            cap = Some(measures_differ(x, y, cap));
        }
    }
    if money_against_share((ka.in_money, ka.measure), (kb.in_money, kb.measure)) {
        cap = Some(Outcome::None);
    }
    (score, cap)
}

/// Whether a name written in money (`… (Rp miliar)`, [`in_money`]) is set against a share
/// (`Persentase …`): an amount and a share of it are two indicators (`Nilai aset tetap yang
/// direkonsiliasi (Rp miliar)` / `Persentase nilai aset tetap yang telah direkonsiliasi`).
fn money_against_share(a: (bool, Option<Measure>), b: (bool, Option<Measure>)) -> bool {
    a.0 && b.1 == Some(Measure::Ratio) || b.0 && a.1 == Some(Measure::Ratio)
}

/// Whether a name writes the money it counts in, left out of its words (`(Rp)`, `(Rp
/// ribu)`, `(juta rupiah)`: [`super::normalize`] reads them as stop words).
fn in_money(w: &[Word]) -> bool {
    w.iter()
        .any(|x| x.stop && matches!(x.norm.as_str(), "rp" | "rupiah"))
}

/// The cap when two names' numbers differ: numbers in both that differ never match (APS
/// 7-12 / 13-15); numbers in one name only (`usia 0-11 bulan` added) are only doubtful.
fn numbers_differ<S: AsRef<str> + PartialEq>(a: &[S], b: &[S]) -> Option<Outcome> {
    if a == b {
        None
    } else if a.is_empty() || b.is_empty() {
        Some(Outcome::Confirm)
    } else {
        Some(Outcome::None)
    }
}

/// The least score of the other words at which a code one name adds (no level or kind) makes
/// a doubt rather than another indicator: three words in four the same (`Nilai LHE AKIP
/// Perangkat Daerah` / `Nilai AKIP Perangkat Daerah`).
const LEFT_OUT: f64 = 0.75;

/// The cap when codes differ (`only_*`: the codes one name has and the other not, with the
/// name's notes, [`Word::aside`]); `score` is the names' words' and `cap` what came before:
/// - one code the start or the end of the other (KUM / KUMKM), nothing else against: a doubt;
/// - codes one name adds as notes in brackets, the other adding none: a doubt;
/// - codes one name adds that are no level or kind ([`known_code`]: SD, UMKM), the other
///   adding none, the other words the same but one in four at most (`desa naik status IDM 1
///   tingkat` / `desa naik status 1 tingkat`, scoring [`LEFT_OUT`]): a doubt;
/// - otherwise: another indicator.
fn codes_differ(
    (only_a, aside_a): (&[&str], &[Box<str>]),
    (only_b, aside_b): (&[&str], &[Box<str>]),
    score: f64,
    cap: Option<Outcome>,
) -> Outcome {
    let left_out = |only: &[&str], other: &[&str]| {
        !only.is_empty() && other.is_empty() && only.iter().all(|c| !known_code(c))
    };
    let doubt = prefix_pairs(only_a, only_b) && cap.is_none()
        || cap != Some(Outcome::None)
            && (noted_aside(only_a, aside_a, only_b, aside_b)
                || score >= LEFT_OUT && (left_out(only_a, only_b) || left_out(only_b, only_a)));
    if doubt {
        Outcome::Confirm
    } else {
        Outcome::None
    }
}

/// Words of place that put what follows them as where or over what a thing is counted (`Opini
/// BPK atas LKPD`, `… tercatat dalam KIB`, `… terakomodir dalam RKPD`).
const PLACE_WORDS: [&str; 5] = ["atas", "dalam", "terhadap", "pada", "di"];

/// The most ordinary words between a word of place and the code it places (`… di gudang
/// IFK`: one).
const PLACE_GAP: usize = 2;

/// Each run of `w` that places codes of `only`: from a word of place to the last code of
/// `only` after it, right after it or after codes of `only` or at most [`PLACE_GAP`] other
/// words that are no codes (`… diolah di IPL TPA`, `… obat rusak di gudang IFK`), as the
/// indices of its first and last word.
fn placed_runs(w: &[Word], only: &[&str]) -> Vec<(usize, usize)> {
    let own = |x: &Word| x.code && only.contains(&x.norm.as_str());
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in 1..w.len() {
        if !own(&w[i]) {
            continue;
        }
        let mut j = i - 1;
        while j > 0 && own(&w[j]) {
            j -= 1;
        }
        let mut between = 0;
        while j > 0
            && between < PLACE_GAP
            && !w[j].code
            && !PLACE_WORDS.contains(&w[j].norm.as_str())
        {
            j -= 1;
            between += 1;
        }
        if !PLACE_WORDS.contains(&w[j].norm.as_str()) {
            continue;
        }
        match runs.last_mut() {
            // a code of the same run, after the one before
            Some(run) if run.0 == j || run.1 + 1 == i => run.1 = i,
            _ => runs.push((j, i)),
        }
    }
    runs
}

/// Whether a word of place in `w` places a code of `only` ([`placed_runs`]).
fn placed(w: &[Word], only: &[&str]) -> bool {
    !placed_runs(w, only).is_empty()
}

/// The score of the two names' content words without the codes one name adds after a word of
/// place, nor that word and the words between (`Opini BPK atas LKPD` / `Opini BPK`, `… obat
/// rusak di gudang IFK` / `… obat rusak`: the same words); 0 where there are none. Only where
/// one name adds codes and the other none: the codes then tell where or over what the same
/// thing is counted, a doubt ([`codes_differ`]).
fn without_placed(wa: &[Word], only_a: &[&str], wb: &[Word], only_b: &[&str]) -> f64 {
    let cut = |w: &[Word], only: &[&str]| -> Option<Vec<Word>> {
        let runs = placed_runs(w, only);
        if runs.is_empty() {
            return None;
        }
        let out = w
            .iter()
            .enumerate()
            .filter(|(i, _)| !runs.iter().any(|&(a, b)| (a..=b).contains(i)))
            .map(|(_, x)| x.clone())
            .collect();
        Some(out)
    };
    let (ca, cb) = match (only_a.is_empty(), only_b.is_empty()) {
        (false, true) => (cut(wa, only_a), None),
        (true, false) => (None, cut(wb, only_b)),
        _ => return 0.0,
    };
    if ca.is_none() && cb.is_none() {
        return 0.0;
    }
    let (ga, gb) = (ca.as_deref().unwrap_or(wa), cb.as_deref().unwrap_or(wb));
    soft_jaccard(&content(ga), &content(gb)).0
}

/// The codes joined by a hyphen to the code after them ([`Word::leads`]), with that code.
fn leads(w: &[Word]) -> Vec<(Box<str>, Box<str>)> {
    w.windows(2)
        .filter(|p| p[0].leads)
        .map(|p| (p[0].norm.as_str().into(), p[1].norm.as_str().into()))
        .collect()
}

/// The codes of a name that are notes on it against a name whose codes are `other_codes`:
/// those [`Word::aside`], and those that qualify a code the other name writes without them
/// (`TP` of `TP-PKK` against `kelompok PKK`: [`Word::leads`]), unless a level or a kind
/// (`SD-SMP` against `SMP`: [`known_code`]).
fn notes<'a, S: AsRef<str>>(
    aside: &'a [Box<str>],
    leads: &[(Box<str>, Box<str>)],
    other_codes: &[S],
) -> Cow<'a, [Box<str>]> {
    let mut out = Cow::Borrowed(aside);
    for (code, next) in leads {
        if !known_code(code)
            && other_codes.iter().any(|c| c.as_ref() == &**next)
            && !other_codes.iter().any(|c| c.as_ref() == &**code)
        {
            out.to_mut().push(code.clone());
        }
    }
    out
}

/// Whether the codes only one name has are notes in brackets at its end ([`Word::aside`]) and
/// the other name has no code of its own: "… ditangani (BGM)" against "… ditangani" is a
/// doubt, not another indicator.
fn noted_aside(
    only_a: &[&str],
    aside_a: &[Box<str>],
    only_b: &[&str],
    aside_b: &[Box<str>],
) -> bool {
    let all_aside = |only: &[&str], aside: &[Box<str>]| {
        !only.is_empty() && only.iter().all(|c| aside.iter().any(|a| &**a == *c))
    };
    all_aside(only_a, aside_a) && only_b.is_empty()
        || all_aside(only_b, aside_b) && only_a.is_empty()
}

/// The codes of `codes` that `other` does not have; a code the other name writes in small
/// letters (`SAKIP` / `Sakip`) is not another.
fn codes_not_in<'a>(
    codes: &'a [Box<str>],
    other: &[Box<str>],
    other_words: &[Word],
) -> Vec<&'a str> {
    codes
        .iter()
        .filter(|c| !other.contains(c) && !written_plain(c, other_words))
        .map(|c| &**c)
        .collect()
}

/// Whether a name writes `code` as an ordinary word (in small letters).
fn written_plain(code: &str, w: &[Word]) -> bool {
    w.iter().any(|x| !x.code && x.norm == code)
}

/// Whether the one content word of `a` that `b` lacks is a code (no level or kind,
/// [`known_code`]) standing in for the one word of `b` that `a` lacks, which starts with its
/// first letter, every other word the same (`PAD retribusi parkir` / `Pendapatan retribusi
/// parkir`: Pendapatan Asli Daerah written as the word it starts with): a doubt, not another
/// indicator.
fn stand_in(a: &[&Word], b: &[&Word]) -> bool {
    let lacks = |x: &Word, other: &[&Word]| !other.iter().any(|y| word_sim(x, y) > 0.0);
    let mut only_a = a.iter().filter(|x| lacks(x, b));
    let mut only_b = b.iter().filter(|y| lacks(y, a));
    let (Some(code), None) = (only_a.next(), only_a.next()) else {
        return false;
    };
    let (Some(word), None) = (only_b.next(), only_b.next()) else {
        return false;
    };
    code.code
        && code.chars >= 2
        && !known_code(&code.norm)
        && !word.code
        && !word.number
        && word.chars > code.chars
        && word.norm.chars().next() == code.norm.chars().next()
}

/// The soft Jaccard `score` of two names of `counted` content words in all
/// ([`soft_jaccard_counted`]), the fewer of them `fewest`, once `pairs` more of their words
/// count as the same: codes one the start or the end of the other ([`prefix_pairs`], `Nilai
/// AKIP` / `Nilai SAKIP`), which make the match a doubt but should not also make it none by
/// the words.
fn with_code_pairs(score: f64, counted: f64, fewest: usize, pairs: usize) -> f64 {
    let total = counted;
    let inter = score * total / (1.0 + score);
    let inter = (inter + pairs as f64).min(fewest as f64);
    let union = total - inter;
    if union > 0.0 {
        inter / union
    } else {
        1.0
    }
}

/// Codes of one name only that are each the start or the end of one of the other's (KUM /
/// KUMKM, AKIP / SAKIP).
fn prefix_pairs(only_a: &[&str], only_b: &[&str]) -> bool {
    only_a.len() == only_b.len()
        && only_a.iter().all(|x| {
            only_b.iter().any(|y| {
                x.len() >= 3
                    && y.len() >= 3
                    && (x.starts_with(y) || y.starts_with(x) || x.ends_with(y) || y.ends_with(x))
            })
        })
}

/// Whether a code of one name (`codes`, not among `other_codes`) abbreviates a run of the
/// other name's words `w`, as [`abbreviated`] looks for it (without building the initials).
fn expands(codes: &[Box<str>], other_codes: &[Box<str>], w: &[Word]) -> bool {
    codes
        .iter()
        .filter(|c| !other_codes.contains(c))
        .any(|c| c.chars().count() >= 2 && abbreviated_run(c, w).is_some())
}

/// The sizes a name names (Mikro / Kecil / Menengah, one bit each, in [`SIZES`]' order).
fn size_bits(w: &[Word]) -> u8 {
    SIZES
        .iter()
        .enumerate()
        .filter(|(_, s)| w.iter().any(|w| w.norm == **s))
        .fold(0u8, |m, (i, _)| m | 1 << i)
}

/// The cap when two names' sizes differ (Mikro / Kecil / Menengah, one bit each): sizes of
/// which neither holds the other's (Mikro / Kecil) never match; one name naming a size more
/// ("usaha mikro naik kelas" / "… menjadi usaha kecil", "usaha binaan" / "usaha mikro
/// binaan") is only doubtful, unless something else already ruled the pair out.
/// The cap of a doubt on top of what came before: to confirm at best, `None` staying `None`.
fn doubtful(cap: Option<Outcome>) -> Outcome {
    cap.map_or(Outcome::Confirm, |c| c.min(Outcome::Confirm))
}

fn sizes_differ(a: u8, b: u8, cap: Option<Outcome>) -> Outcome {
    let one_holds_the_other = a & b == a || a & b == b;
    if one_holds_the_other && cap != Some(Outcome::None) {
        Outcome::Confirm
    } else {
        Outcome::None
    }
}

/// The measure a name starts with (`Jumlah pengaduan …`, `Persentase …`), if any.
pub(crate) fn leading_measure(w: &[Word]) -> Option<Measure> {
    let first = w.iter().find(|x| !x.stop)?;
    measure(std::slice::from_ref(first))
}

/// The measure a unit says of a figure: `%` a share, a unit counted or added up (`orang`,
/// `ton`, `Rp`, or a plain word a `Jumlah …` name counts in) a count; `None` for others.
fn measure_of_unit(name: &str, unit: &str) -> Option<Measure> {
    if crate::value::unit::unit_canon(unit) == "%" {
        Some(Measure::Ratio)
    } else if crate::value::unit::adds_up(unit) || crate::model::counted_in(name, unit) {
        Some(Measure::Count)
    } else {
        None
    }
}

/// The cap when two names measure differently: Jumlah against Persentase never matches; other
/// measures that differ are only doubtful, unless something else already ruled the pair out.
fn measures_differ(x: Measure, y: Measure, cap: Option<Outcome>) -> Outcome {
    let hard = matches!(
        (x, y),
        (Measure::Count, Measure::Ratio) | (Measure::Ratio, Measure::Count)
    );
    if hard || cap == Some(Outcome::None) {
        Outcome::None
    } else {
        Outcome::Confirm
    }
}

/// Compares the names alone: the score, whether must-agree words block or cap the match, and
/// the reason.
pub fn names(a: &str, b: &str) -> (f64, Option<Outcome>, Vec<String>) {
    compare_words(&words(a), &words(b), true)
}

/// [`names`] on words already split; the reasons only when `explain`.
pub fn compare_words(
    wa: &[Word],
    wb: &[Word],
    explain: bool,
) -> (f64, Option<Outcome>, Vec<String>) {
    let (wa, wb) = abbreviated(wa, wb);
    let (wa, wb) = written_apart(wa, wb);
    // a word written with syllables of the other's words (`poktan` / `kelompok tani`), where
    // the names do not match as written: the run made that word. It lifts names that match
    // otherwise; where they would not, it makes only a doubt
    let syllabic = syllable_form(&wa, &wb).is_some() || syllable_form(&wb, &wa).is_some();
    let plain = if syllabic {
        soft_jaccard(&content(&wa), &content(&wb)).0
    } else {
        AUTO
    };
    let read = plain < AUTO;
    let (wa, wb) = if read { syllabled(wa, wb) } else { (wa, wb) };
    let (wa, wb) = (&wa[..], &wb[..]);
    let mut reasons = Vec::new();
    let mut cap: Option<Outcome> = None;
    // the distinct norms of the numbers, or of the codes
    fn norms(w: &[Word], of: fn(&Word) -> bool) -> Vec<&str> {
        let mut v: Vec<&str> = w
            .iter()
            .filter(|w| of(w))
            .map(|w| w.norm.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    let (ca_, cb_) = (content(wa), content(wb));
    let (mut score, near, counted) = soft_jaccard_counted(&ca_, &cb_);
    let fewest = ca_.len().min(cb_.len());
    // numbers must agree
    let nums = |w| norms(w, |w| w.number);
    let (na, nb) = (nums(wa), nums(wb));
    if na != nb {
        reasons.push(format!(
            "{} ≠ {}",
            or_dash(&na.join(" ")),
            or_dash(&nb.join(" "))
        ));
        cap = numbers_differ(&na, &nb);
    }
    // codes must agree (a code that is the start of the other, KUM / KUMKM, is only doubtful)
    let codes = |w| norms(w, |w| w.code);
    let (ca, cb) = (codes(wa), codes(wb));
    let only_a: Vec<&str> = ca
        .iter()
        .copied()
        .filter(|c| !cb.contains(c) && !written_plain(c, wb))
        .collect();
    let only_b: Vec<&str> = cb
        .iter()
        .copied()
        .filter(|c| !ca.contains(c) && !written_plain(c, wa))
        .collect();
    if prefix_pairs(&only_a, &only_b) {
        score = with_code_pairs(score, counted, fewest, only_a.len());
    }
    let stands_in = stand_in(&ca_, &cb_) || stand_in(&cb_, &ca_);
    if stands_in {
        score = with_code_pairs(score, counted, fewest, 1);
    }
    if !only_a.is_empty() || !only_b.is_empty() {
        let shown = |v: &[&str]| {
            v.iter()
                .map(|s| s.to_uppercase())
                .collect::<Vec<_>>()
                .join(" ")
        };
        reasons.push(format!(
            "{} -> {}",
            or_dash(&shown(&only_a)),
            or_dash(&shown(&only_b))
        ));
        let aside = |w: &[Word], other_codes: &[&str]| -> Vec<Box<str>> {
            let aside: Vec<Box<str>> = w
                .iter()
                .filter(|w| w.aside)
                .map(|w| w.norm.as_str().into())
                .collect();
            notes(&aside, &leads(w), other_codes).into_owned()
        };
        cap = Some(if stands_in && cap != Some(Outcome::None) {
            Outcome::Confirm
        } else {
            codes_differ(
                (&only_a, &aside(wa, &cb)),
                (&only_b, &aside(wb, &ca)),
                score.max(without_placed(wa, &only_a, wb, &only_b)),
                cap,
            )
        });
    }
    // Mikro / Kecil / Menengah must agree
    let (sa, sb) = (size_bits(wa), size_bits(wb));
    if sa != sb {
        let named = |bits: u8| {
            let v: Vec<&str> = SIZES
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & 1 << i != 0)
                .map(|(_, s)| *s)
                .collect();
            v.join("/")
        };
        reasons.push(format!(
            "{} -> {}",
            or_dash(&named(sa)),
            or_dash(&named(sb))
        ));
        cap = Some(sizes_differ(sa, sb, cap));
    }
    // online and in person must agree, and a word denied against it undenied
    let hashes = |w: &[Word]| {
        w.iter()
            .filter(|x| !x.stop)
            .map(|x| x.hash)
            .collect::<Vec<_>>()
    };
    if online(wa) != online(wb)
        || sex(wa) != sex(wb)
        || {
            let ((da, ra), (db, rb)) = (negated(wa), negated(wb));
            opposite((&da, &ra, &hashes(wa)), (&db, &rb, &hashes(wb)))
        }
        || money_apart(money_way(wa), money_way(wb))
    {
        cap = Some(Outcome::None);
    }
    // the new ones against all of them: two indicators
    let (na, nb) = ((new_ones(wa), made(wa)), (new_ones(wb), made(wb)));
    if let Some(c) = new_ones_differ(na, nb, cap) {
        cap = Some(c);
    }
    // Jumlah / Persentase must agree; other measures that differ are only doubtful
    match (measure(wa), measure(wb)) {
        (Some(x), Some(y)) if x != y => {
            let name = |w: &[Word]| {
                w.iter()
                    .find(|w| measure(std::slice::from_ref(*w)).is_some())
                    .map(|w| w.norm.clone())
                    .unwrap_or_default()
            };
            reasons.push(format!("{} -> {}", name(wa), name(wb)));
            cap = Some(measures_differ(x, y, cap));
        }
        _ => {}
    }
    if money_against_share((in_money(wa), measure(wa)), (in_money(wb), measure(wb))) {
        cap = Some(Outcome::None);
    }
    if read && plain < CONFIRM {
        cap = Some(doubtful(cap));
    }
    // a code both names write, one glossing it by words before it in brackets that the
    // other lacks ("Desa Stop Buang Air Besar Sembarangan (ODF)" / "Desa ODF"): compared
    // without them, and only to confirm (how far the gloss reaches is a guess)
    if score < CONFIRM && cap != Some(Outcome::None) {
        if let Some((a_glosses, cut, gloss)) = unglossed(wa, wb) {
            let (ga, gb) = if a_glosses {
                (&cut[..], wb)
            } else {
                (wa, &cut[..])
            };
            let glossed = soft_jaccard(&content(ga), &content(gb)).0;
            if glossed >= CONFIRM {
                score = glossed;
                cap = Some(Outcome::Confirm);
                if explain {
                    reasons.push(gloss);
                }
            }
        }
    }
    if !explain {
        return (score, cap, reasons);
    }
    // the reason: near-spellings and the spelling table, words added and dropped
    for (x, y) in &near {
        reasons.push(format!(
            "{} -> {}",
            x.raw.to_lowercase(),
            y.raw.to_lowercase()
        ));
    }
    for (x, y) in spelled(wa, wb) {
        reasons.push(format!("{x} -> {y}"));
    }
    // words on one side only (a word-sequence diff), leaving out what the reasons above
    // already say: codes, numbers, measures, near-spellings
    let (added, dropped) = diff(wa, wb);
    if !added.is_empty() {
        reasons.push(format!("+ {}", added.join(", ")));
    }
    if !dropped.is_empty() {
        reasons.push(format!("- {}", dropped.join(", ")));
    }
    (score, cap, reasons)
}

/// A code of one name that abbreviates a run of words of the other (`APM` / `Angka
/// Partisipasi Murni`, `PD` / `Perangkat Daerah`): the run becomes that code, so the two
/// names compare as the same words (the reason shows `apm -> angka partisipasi murni`).
fn abbreviated<'a>(wa: &'a [Word], wb: &'a [Word]) -> (Cow<'a, [Word]>, Cow<'a, [Word]>) {
    let only = |x: &'a [Word], y: &[Word]| -> Vec<&'a Word> {
        x.iter()
            .filter(|w| {
                w.code && !y.iter().any(|v| v.code && v.norm == w.norm)
                    || acronym_word(w) && !y.iter().any(|v| v.norm == w.norm)
            })
            .collect()
    };
    // a code whose words its own name writes as well abbreviates none of the other's: written
    // alone in brackets it glosses them (`Persentase persalinan di fasilitas pelayanan
    // kesehatan (PF)`), says nothing the words do not, and is left out of its name; else it
    // is the name's own code (`Persentase pengaduan … UPTD PPA`, `Persentase Bangunan Gedung
    // yang Memiliki PBG`)
    let written = |run: &[Word], own: &[Word]| {
        run.iter()
            .filter(|w| !w.stop)
            .all(|w| own.iter().any(|o| o.same(w)))
    };
    let mut glossing: Vec<(bool, u64)> = Vec::new();
    let mut expand =
        |codes: &[&Word], other: &'a [Word], own: &[Word], of_a: bool| -> Cow<'a, [Word]> {
            let mut out = Cow::Borrowed(other);
            for c in codes {
                if c.norm.chars().count() < 2 {
                    continue;
                }
                let run = if c.code {
                    abbreviated_run(&c.norm, &out)
                } else {
                    acronym_run(&c.norm, &out)
                };
                let run = run.filter(|&(i, n)| {
                    !defined_otherwise(&c.norm, &out, i, n) && may_stand_for(c, &out[i..i + n])
                });
                if let Some((i, _)) = run.filter(|&(i, n)| written(&out[i..i + n], own)) {
                    if c.bracketed && !out.get(i).is_some_and(must_agree_word) {
                        glossing.push((of_a, c.hash));
                    }
                    continue;
                }
                if let Some((i, n)) = run {
                    let v = out.to_mut();
                    let raw: Vec<&str> = v[i..i + n].iter().map(|w| w.raw.as_str()).collect();
                    v.splice(
                        i..i + n,
                        [Word {
                            raw: raw.join(" "),
                            norm: c.norm.clone(),
                            chars: c.chars,
                            hash: c.hash,
                            letters: c.letters,
                            code: true,
                            number: false,
                            stop: false,
                            aside: false,
                            bracketed: false,
                            leads: false,
                            shouted: false,
                            defined_as: None,
                        }],
                    );
                }
            }
            out
        };
    let (ca, cb) = (only(wa, wb), only(wb, wa));
    if ca.is_empty() && cb.is_empty() {
        return (Cow::Borrowed(wa), Cow::Borrowed(wb));
    }
    let a = expand(&cb, wa, wb, false);
    let b = expand(&ca, wb, wa, true);
    if glossing.is_empty() {
        return (a, b);
    }
    let without = |w: Cow<'a, [Word]>, of_a: bool| -> Cow<'a, [Word]> {
        let gone = |x: &Word| x.code && glossing.contains(&(of_a, x.hash));
        if w.iter().any(gone) {
            Cow::Owned(w.iter().filter(|x| !gone(x)).cloned().collect())
        } else {
            w
        }
    };
    (without(a, true), without(b, false))
}

/// Whether the code `c` may stand for the run of words `run` its letters fit: a code that
/// names of the comparison define ([`Word::defined_as`]) stands for a run whose words of
/// those definitions abbreviate it on their own (`KSDD`, defined as `kerja sama antar
/// daerah`, is `Kerja Sama Daerah dengan Daerah` but not `Kerja Sama yang Ditindaklanjuti`;
/// `SNI`, defined as `Standar Nasional`, is `Standar Nasional Indonesia`).
fn may_stand_for(c: &Word, run: &[Word]) -> bool {
    c.defined_as.as_ref().is_none_or(|said| {
        let kept: Vec<Word> = run
            .iter()
            .filter(|w| w.stop || said.contains(&w.hash))
            .cloned()
            .collect();
        abbreviates(&c.norm, &kept)
    })
}

/// Whether the run `w[i..i + n]` is defined by its name as another code than `code`, written
/// right after it or right before it ([`super::normalize::defining_run`]: `Indeks Kualitas
/// Lahan (IKL)` is not `IKLH`, which its letters would also make): the agency said what the
/// words abbreviate to.
fn defined_otherwise(code: &str, w: &[Word], i: usize, n: usize) -> bool {
    let defined = |x: &Word| {
        x.stop
            && x.norm != code
            && is_capitals(&x.raw)
            && !super::normalize::STOP_WORDS.contains(&x.norm.as_str())
    };
    w.get(i + n).is_some_and(defined)
        || i.checked_sub(1).and_then(|j| w.get(j)).is_some_and(defined)
}

/// Whether a word may be written with syllables of others ([`syllables`]): of five to ten
/// letters a–z, in capitals too (`TAGANA`: TAruna siaGA bencaNA), not a number, a stop word,
/// a level or a kind.
fn may_be_short(a: &Word) -> bool {
    !a.number
        && !a.stop
        && SYLLABLE_FORM.contains(&a.chars)
        && a.norm.bytes().all(|c| c.is_ascii_lowercase())
        && !known_code(&a.norm)
}

/// The first word of `x` that `y` lacks, written with syllables of a run of `y`'s words that
/// `x` lacks ([`syllables`]: `poktan` / `kelompok tani`): the word's index, and the run's
/// start and length in `y`.
fn syllable_form(x: &[Word], y: &[Word]) -> Option<(usize, usize, usize)> {
    syllable_form_of(x, y, None)
}

/// [`syllable_form`], where `y`'s syllable starts may be known ([`NameKey`]).
fn syllable_form_of(
    x: &[Word],
    y: &[Word],
    y_starts: Option<&SyllableStarts>,
) -> Option<(usize, usize, usize)> {
    // a word left out (`(alsintan)` after the words it is written with) is not had
    let lacks = |w: &[Word], v: &Word| !w.iter().any(|a| !a.stop && a.same(v));
    // where syllables start in `y`, in one pass: most words are turned away by it
    let mut starts: Option<SyllableStarts> = y_starts.cloned();
    // the words of `y` that `x` lacks, which a run is made of, once
    let mut usable: Option<Vec<bool>> = None;
    x.iter().enumerate().find_map(|(i, a)| {
        if !may_be_short(a) || !lacks(y, a) {
            return None;
        }
        let starts = starts.get_or_insert_with(|| SyllableStarts::of(y));
        if !starts.may_hold(a.norm.as_bytes()) {
            return None;
        }
        let usable = usable.get_or_insert_with(|| y.iter().map(|v| lacks(x, v)).collect());
        let (at, n) = syllable_run(&a.norm, y, |k| usable.get(k).copied().unwrap_or(false))?;
        Some((i, at, n))
    })
}

/// Each name's words with every run of the other's made the word written with its syllables
/// ([`syllable_form`]; the reasons show `poktan -> kelompok tani` as for a spelling).
/// One word written as two in the other name (`budidaya` / `budi daya`, `kerjasama` /
/// `kerja sama`): the two made that one word. Ordinary words only, each part of three letters
/// or more, or codes joined by a hyphen (`SLPHT` / `SL-PHT`), and the word not written whole
/// in the other name as well.
fn written_apart<'a>(
    wa: Cow<'a, [Word]>,
    wb: Cow<'a, [Word]>,
) -> (Cow<'a, [Word]>, Cow<'a, [Word]>) {
    let (mut wa, mut wb) = (wa, wb);
    for _ in 0..4 {
        let (one, into, at) = if let Some((i, at)) = apart_at(&wa, &wb) {
            (wa[i].clone(), &mut wb, at)
        } else if let Some((i, at)) = apart_at(&wb, &wa) {
            (wb[i].clone(), &mut wa, at)
        } else {
            break;
        };
        let v = into.to_mut();
        let raw = format!("{} {}", v[at].raw, v[at + 1].raw);
        v.splice(at..at + 2, [Word { raw, ..one }]);
    }
    (wa, wb)
}

/// A word of `one` that `two` writes as two words ([`written_apart`]): its place, and where
/// the two stand. A code is written as two where `two` joins them by a hyphen (`SLPHT` /
/// `SL-PHT`, [`Word::leads`]).
fn apart_at(one: &[Word], two: &[Word]) -> Option<(usize, usize)> {
    let plain = |w: &Word| !w.code && !w.number && !w.stop && w.norm.len() >= 3;
    // asked of most pairs scored: the lengths first, the words only where they fit
    one.iter().enumerate().find_map(|(i, w)| {
        let code = w.code && !w.number && w.norm.len() >= 4;
        if !code && (w.norm.len() < 6 || !plain(w)) {
            return None;
        }
        let at = two.windows(2).position(|p| {
            p[0].norm.len() + p[1].norm.len() == w.norm.len()
                && w.norm.starts_with(p[0].norm.as_str())
                && w.norm.ends_with(p[1].norm.as_str())
                && if code {
                    p[0].leads && p[1].code
                } else {
                    plain(&p[0]) && plain(&p[1])
                }
        })?;
        (!two.iter().any(|x| x.norm == w.norm)).then_some((i, at))
    })
}

fn syllabled<'a>(wa: Cow<'a, [Word]>, wb: Cow<'a, [Word]>) -> (Cow<'a, [Word]>, Cow<'a, [Word]>) {
    let (mut wa, mut wb) = (wa, wb);
    // each turn makes one run one word: a name's words are few
    for _ in 0..8 {
        let (short, into, at, n) = if let Some((i, at, n)) = syllable_form(&wa, &wb) {
            (wa[i].clone(), &mut wb, at, n)
        } else if let Some((i, at, n)) = syllable_form(&wb, &wa) {
            (wb[i].clone(), &mut wa, at, n)
        } else {
            break;
        };
        let v = into.to_mut();
        let run: Vec<&str> = v[at..at + n].iter().map(|w| w.raw.as_str()).collect();
        v.splice(
            at..at + n,
            [Word {
                raw: run.join(" "),
                ..short
            }],
        );
    }
    (wa, wb)
}

/// An ordinary word alone in brackets that may gloss the words before it, a term for them
/// (`bimbingan lanjut (aftercare)`, `penjangkauan (outreach)`): five letters or more, no code,
/// number, stop word (a unit in brackets is one) or light word.
fn glossing_word(w: &Word) -> bool {
    w.bracketed && !w.code && !w.number && !w.stop && w.chars >= 5 && !light(w)
}

/// The name of two that glosses a code in brackets ([`Word::bracketed`]) by the ordinary
/// words right before `(CODE)` that the other name, which writes the code too, lacks: whether
/// it is `wa`, its words with the gloss left out, and the reason (`stop buang air besar
/// sembarangan = ODF`). One name's gloss only: both glossing the same code (`desa mandiri
/// (IDM)` / `desa berkembang (IDM)`) are two things. So too an ordinary word in brackets
/// ([`glossing_word`]) that the other name writes outside brackets, glossing up to three
/// words before it (`mendapatkan bimbingan lanjut (aftercare)` / `mendapat layanan
/// aftercare`).
fn unglossed(wa: &[Word], wb: &[Word]) -> Option<(bool, Vec<Word>, String)> {
    /// The runs of `w` glossing a code `other` writes too: (start, code's index).
    fn glosses(w: &[Word], other: &[Word]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 1..w.len() {
            let code = w[i].code && w[i].bracketed && other.iter().any(|v| v.code && v.same(&w[i]));
            let word = glossing_word(&w[i]) && other.iter().any(|v| !v.bracketed && v.same(&w[i]));
            if !code && !word {
                continue;
            }
            // an ordinary word glosses a few words (`bimbingan lanjut (aftercare)`), a code
            // as many as it abbreviates
            let mut reach = if code { usize::MAX } else { 3 };
            let mut from = i;
            while from > 0 && reach > 0 && {
                let x = &w[from - 1];
                !x.code && !x.number && (x.stop || !other.iter().any(|v| v.same(x)))
            } {
                from -= 1;
                if !w[from].stop {
                    reach -= 1;
                }
            }
            // stop words at the gloss's start are the name's, not the gloss's
            while from < i && w[from].stop {
                from += 1;
            }
            if from < i {
                out.push((from, i));
            }
        }
        out
    }
    let (ga, gb) = (glosses(wa, wb), glosses(wb, wa));
    let (glossing, runs, a_glosses) = match (ga.is_empty(), gb.is_empty()) {
        (false, true) => (wa, ga, true),
        (true, false) => (wb, gb, false),
        _ => return None,
    };
    let mut cut = glossing.to_vec();
    let mut said = Vec::new();
    for (from, at) in runs {
        let run: Vec<String> = cut[from..at].iter().map(|x| x.raw.to_lowercase()).collect();
        said.push(format!("{} = {}", run.join(" "), cut[at].raw));
        for x in &mut cut[from..at] {
            x.stop = true;
        }
    }
    Some((a_glosses, cut, said.join(", ")))
}

/// A word written as a name that may be an acronym of syllables (`Disparpora`: Dinas
/// Pariwisata, Pemuda dan Olahraga; `Puskesmas`: Pusat Kesehatan Masyarakat): an ordinary
/// word of six letters or more, starting with a capital, not all in capitals.
fn acronym_word(w: &Word) -> bool {
    !w.code
        && !w.stop
        && !w.number
        && w.chars >= 6
        && w.raw.chars().next().is_some_and(char::is_uppercase)
        && w.raw.chars().any(char::is_lowercase)
}

/// The run of at least three ordinary words of `w` that the [`acronym_word`] `acronym`
/// abbreviates syllable by syllable ([`abbreviates`]), none of them the acronym itself.
fn acronym_run(acronym: &str, w: &[Word]) -> Option<(usize, usize)> {
    first_run(acronym, w, 3..=10, |run| {
        run.iter().filter(|x| !x.stop).count() >= 3 && abbreviates(acronym, run)
    })
}

/// Whether an [`acronym_word`] of one name abbreviates a run of the other's words
/// ([`acronym_run`]): then the names are compared as [`abbreviated`] makes them.
fn acronym_expands(wa: &[Word], wb: &[Word]) -> bool {
    // the run's three words or more are words the acronym's name lacks
    let lacks = |x: &[Word], y: &[Word]| {
        y.iter()
            .filter(|v| !v.stop && !x.iter().any(|a| a.same(v)))
            .take(3)
            .count()
            == 3
    };
    let one_way = |x: &[Word], y: &[Word]| {
        lacks(x, y)
            && x.iter().any(|a| {
                acronym_word(a) && !y.iter().any(|v| v.same(a)) && acronym_run(&a.norm, y).is_some()
            })
    };
    one_way(wa, wb) || one_way(wb, wa)
}

/// The runs of words `b` adds to `a` and drops from it, by the longest common subsequence
/// of their words (near-spellings count as the same word).
fn diff(a: &[Word], b: &[Word]) -> (Vec<String>, Vec<String>) {
    let (n, m) = (a.len(), b.len());
    // whether a[i] and b[j] are the same word (`word_sim` is 1 for the same norm), once
    let same_at: Vec<bool> = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| word_sim(x, y) > 0.0))
        .collect();
    let same = |i: usize, j: usize| same_at[i * m + j];
    // l[i][j]: the longest common subsequence of a[i..] and b[j..], row by row
    let w = m + 1;
    let mut l = vec![0usize; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            l[i * w + j] = if same(i, j) {
                l[(i + 1) * w + j + 1] + 1
            } else {
                l[(i + 1) * w + j].max(l[i * w + j + 1])
            };
        }
    }
    let listed = |w: &Word| w.code || w.number || measure(std::slice::from_ref(w)).is_some();
    let (mut added, mut dropped) = (Vec::new(), Vec::new());
    let (mut run_a, mut run_d): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        if !run.is_empty() {
            out.push(run.join(" "));
            run.clear();
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && same(i, j) {
            flush(&mut run_a, &mut added);
            flush(&mut run_d, &mut dropped);
            i += 1;
            j += 1;
        } else if j < m && (i == n || l[i * w + j + 1] >= l[(i + 1) * w + j]) {
            if !listed(&b[j]) {
                run_a.push(&b[j].raw);
            }
            j += 1;
        } else {
            if !listed(&a[i]) {
                run_d.push(&a[i].raw);
            }
            i += 1;
        }
    }
    flush(&mut run_a, &mut added);
    flush(&mut run_d, &mut dropped);
    (added, dropped)
}

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// Words written differently that the spelling table makes one (`omzet -> omset`).
fn spelled(a: &[Word], b: &[Word]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for x in a {
        for y in b {
            // the same word first: most pairs are not, and need no lower-casing
            if !x.same(y) {
                continue;
            }
            // written alike but for the case: nothing to show, and nothing to lower-case
            if x.raw.eq_ignore_ascii_case(&y.raw) {
                continue;
            }
            let (xr, yr) = (x.raw.to_lowercase(), y.raw.to_lowercase());
            if xr != yr && !out.iter().any(|(p, _): &(String, String)| *p == xr) {
                out.push((xr, yr));
            }
        }
    }
    out
}

/// Where `b`'s table states last year's figure (`b.lalu`) and it is `a`'s realisasi of
/// that year (the same number in units; the same number as written where a scale is
/// missing on one side): what each shows.
fn stated_last_year<'a>(a: &'a Entry, b: &'a Entry) -> Option<(&'a str, &'a str)> {
    let (l, r) = (b.lalu.as_ref()?, a.realisasi.as_ref()?);
    if a.year + 1 != b.year || r.value.is_zero() {
        return None;
    }
    let same = l.magnitude() == r.magnitude()
        || (l.value == r.value
            && (l.factor == rust_decimal::Decimal::ONE || r.factor == rust_decimal::Decimal::ONE));
    same.then_some((&*r.shown, &*l.shown))
}

/// The full verdict on two entries: names, then unit, sasaran and magnitude as evidence.
pub fn verdict(a: &Entry, b: &Entry) -> Verdict {
    verdict_with(a, b, true)
}

/// Two names compared with the reasons ([`compare_words`] explaining).
type Explained = (f64, Option<Outcome>, Vec<String>);

/// The names (and sasaran) already scored in one comparison, by the words they share
/// ([`Entry::words`]: one allocation per distinct name, alive while the comparison runs):
/// many entries carry the same name (the same indicator in other years, names twice in a
/// year), and [`compare_keyed`] gives the same for the same words.
#[derive(Default)]
pub(crate) struct Scored {
    names: rustc_hash::FxHashMap<(usize, usize), (f64, Option<Outcome>)>,
    /// whether two sasaran are alike, by their words (as the names): the entries of one
    /// sasaran meet those of another many times
    sasaran: rustc_hash::FxHashMap<(usize, usize), bool>,
    /// the names compared with their reasons ([`compare_words`] explaining), by their words
    /// as `names`: a pair of names meets again between other years (2013 → 2014 and
    /// 2015 → 2016 where the spellings alternate)
    explained: rustc_hash::FxHashMap<(usize, usize), Explained>,
    /// the names' scores with the words of one root read alike ([`rooted`]), by their words
    rooted: rustc_hash::FxHashMap<(usize, usize), Option<f64>>,
    /// the entries that are a whole and one of its parts, by their addresses, the lower
    /// first ([`super::whole::apart`])
    apart: rustc_hash::FxHashSet<(usize, usize)>,
}

impl Scored {
    /// Scores to be worked out, with the pairs of entries that are a whole and one of its
    /// parts ([`super::whole::apart`]).
    pub(crate) fn with_apart(apart: rustc_hash::FxHashSet<(usize, usize)>) -> Scored {
        Scored {
            apart,
            ..Scored::default()
        }
    }

    /// Whether `a` and `b` are a whole and one of its parts ([`super::whole::apart`]).
    pub(crate) fn apart(&self, a: &Entry, b: &Entry) -> bool {
        !self.apart.is_empty() && self.apart.contains(&super::whole::pair_key(a, b))
    }

    fn keyed(
        &mut self,
        wa: &[Word],
        ka: &NameKey,
        wb: &[Word],
        kb: &NameKey,
    ) -> (f64, Option<Outcome>) {
        let key = (wa.as_ptr() as usize, wb.as_ptr() as usize);
        // an empty name has no allocation of its own to tell it by
        if wa.is_empty() || wb.is_empty() {
            return compare_keyed(wa, ka, wb, kb);
        }
        *self
            .names
            .entry(key)
            .or_insert_with(|| compare_keyed(wa, ka, wb, kb))
    }

    /// The cap the names of two entries put on their match ([`compare_keyed`]): `Some(None)`
    /// where they disagree on a word that must agree.
    /// Where they do, the names with the codes another name defines written out decide
    /// ([`Entry::spelled`]).
    pub(crate) fn name_cap(&mut self, a: &Entry, b: &Entry) -> Option<Outcome> {
        let cap = self
            .keyed(&a.split.words, &a.split.key, &b.split.words, &b.split.key)
            .1;
        let read = Reading::SpelledOut;
        let (ra, rb) = (read.split(a, b), read.split(b, a));
        if cap != Some(Outcome::None) || (ra.is_none() && rb.is_none()) {
            return cap;
        }
        let (sa, sb) = (ra.unwrap_or(&a.split), rb.unwrap_or(&b.split));
        self.keyed(&sa.words, &sa.key, &sb.words, &sb.key).1
    }

    /// [`compare_words`] with its reasons, worked out once per pair of distinct names.
    fn explained(&mut self, wa: &[Word], wb: &[Word]) -> Explained {
        // an empty name has no allocation of its own to tell it by
        if wa.is_empty() || wb.is_empty() {
            return compare_words(wa, wb, true);
        }
        let key = (wa.as_ptr() as usize, wb.as_ptr() as usize);
        self.explained
            .entry(key)
            .or_insert_with(|| compare_words(wa, wb, true))
            .clone()
    }

    /// The score of two entries' names with the words of one root read alike ([`rooted`]),
    /// worked out once per pair of names.
    fn rooted(&mut self, a: &Entry, b: &Entry) -> Option<f64> {
        let (wa, wb) = (&a.split.words, &b.split.words);
        if wa.is_empty() || wb.is_empty() {
            return None;
        }
        let key = (wa.as_ptr() as usize, wb.as_ptr() as usize);
        *self
            .rooted
            .entry(key)
            .or_insert_with(|| rooted(a, b, false).map(|r| r.0))
    }

    /// Whether the sasaran of two entries are alike ([`sasaran_alike`]), worked out once per
    /// pair of distinct sasaran.
    fn sasaran_alike(&mut self, a: &Entry, b: &Entry) -> bool {
        let (wa, wb) = (&a.sasaran_split.words, &b.sasaran_split.words);
        if wa.is_empty() || wb.is_empty() {
            return sasaran_alike(a, b);
        }
        let key = (wa.as_ptr() as usize, wb.as_ptr() as usize);
        *self
            .sasaran
            .entry(key)
            .or_insert_with(|| sasaran_alike(a, b))
    }
}

/// Whether the sasaran of two entries are the same or share at least half their words
/// (soft Jaccard).
fn sasaran_alike(a: &Entry, b: &Entry) -> bool {
    a.sasaran == b.sasaran
        || match soft_jaccard_keyed(
            &a.sasaran_split.words,
            &a.sasaran_split.key,
            &b.sasaran_split.words,
            &b.sasaran_split.key,
        ) {
            Some(s) => s >= 0.5,
            None => {
                let (ca, cb) = (
                    content(&a.sasaran_split.words),
                    content(&b.sasaran_split.words),
                );
                soft_jaccard(&ca, &cb).0 >= 0.5
            }
        }
}

/// The code `named` is, where the other name `calls` itself by it in brackets of its own
/// (`Angka kematian pasien > 48 jam (NDR)`, a code its words do not abbreviate): `named` is
/// that code alone (`NDR`) or the code and the words it abbreviates, all of them (`NDR (Net
/// Death Rate)`, `Net Death Rate (NDR)`).
fn called_by_code<'a>(named: &'a [Word], calls: &[Word]) -> Option<&'a str> {
    // the code `calls` gives itself, looked for first: most names give none, and nothing
    // else is then worked out (this runs for every pair scored below a doubt)
    let own_code = |norm: &str| {
        calls
            .iter()
            .any(|w| w.code && w.bracketed && w.aside && w.norm == norm)
    };
    if !calls.iter().any(|w| w.code && w.bracketed && w.aside) {
        return None;
    }
    let mut plain = named.iter().filter(|w| !w.stop && !w.aside);
    let code = match (plain.next(), plain.next()) {
        (Some(only), None) if only.code => only,
        _ => {
            // the code left out of its name as its words define it
            let mut defined = named.iter().filter(|w| w.stop && is_capitals(&w.raw));
            let (Some(code), None) = (defined.next(), defined.next()) else {
                return None;
            };
            if !own_code(&code.norm) {
                return None;
            }
            let rest: Vec<Word> = named
                .iter()
                .filter(|w| !std::ptr::eq(*w, code))
                .cloned()
                .collect();
            if !super::normalize::abbreviates(&code.norm, &rest) {
                return None;
            }
            code
        }
    };
    own_code(&code.norm).then_some(code.norm.as_str())
}

/// The short name in brackets at the end of `calls` (`Pelayanan kesehatan bayi baru lahir
/// (KN lengkap)`), a code and words, where `named` writes that short name and nothing else
/// but a first word of measure (`Cakupan KN Lengkap`); as `calls` writes it.
fn called_by_phrase(named: &Entry, calls: &Entry) -> Option<String> {
    /// A first word of measure the short name may follow.
    const LEADS: [&str; 6] = [
        "cakupan",
        "persentase",
        "jumlah",
        "angka",
        "tingkat",
        "rasio",
    ];
    // the other's name ends in brackets (most do not: nothing else is worked out)
    if !calls.name.trim_end().ends_with(')') {
        return None;
    }
    // a short name: two to four words of its own, a code among them (most names are
    // longer, and no bracket of the other's is then read)
    if named.split.words.iter().filter(|w| !w.stop).count() > 5 {
        return None;
    }
    let mut own: Vec<&Word> = named.split.words.iter().filter(|w| !w.stop).collect();
    if own
        .first()
        .is_some_and(|w| LEADS.contains(&w.norm.as_str()))
    {
        own.remove(0);
    }
    if !(2..=4).contains(&own.len()) || !own.iter().any(|w| w.code) {
        return None;
    }
    let inner = crate::text::bracket_at_end(&calls.name)?.1.trim();
    let short = super::normalize::words(inner);
    let mut short_norms: Vec<&str> = short
        .iter()
        .filter(|w| !w.stop)
        .map(|w| w.norm.as_str())
        .collect();
    let mut own_norms: Vec<&str> = own.iter().map(|w| w.norm.as_str()).collect();
    short_norms.sort_unstable();
    own_norms.sort_unstable();
    (short_norms == own_norms).then(|| inner.to_string())
}

/// Whether `named` is a coverage (`Cakupan K6`, `Cakupan ASI eksklusif`) that `calls` spells
/// as the share of those who receive it (`Persentase ibu hamil mendapatkan pelayanan K6`,
/// `Persentase bayi usia < 6 bulan mendapat ASI Eksklusif`): a *cakupan* is that share, its
/// population left unsaid. Every word of the coverage is in the share, and what is received
/// (the words after the verb of receiving) is the coverage's, but for words of service.
fn covered_by(named: &[Word], calls: &[Word]) -> bool {
    /// Verbs of receiving a service.
    const RECEIVES: [&str; 6] = [
        "mendapat",
        "mendapatkan",
        "memperoleh",
        "menerima",
        "terlayani",
        "dilayani",
    ];
    /// Words of service, which a coverage may leave out.
    const SERVICE: [&str; 5] = ["pelayanan", "layanan", "sesuai", "standar", "standard"];
    // asked of most pairs scored: the first content words first, the words gathered only
    // where they are a coverage and a share
    fn first(w: &[Word]) -> Option<&str> {
        w.iter().find(|w| !w.stop).map(|w| w.norm.as_str())
    }
    if first(named) != Some("cakupan") || !matches!(first(calls), Some("persentase" | "proporsi")) {
        return false;
    }
    let (own, other) = (content(named), content(calls));
    let (Some(lead), Some(share)) = (own.first(), other.first()) else {
        return false;
    };
    if lead.norm != "cakupan" || !matches!(share.norm.as_str(), "persentase" | "proporsi") {
        return false;
    }
    let covered = &own[1..];
    let Some(verb) = other
        .iter()
        .position(|w| RECEIVES.contains(&w.norm.as_str()))
    else {
        return false;
    };
    let received = &other[verb + 1..];
    !covered.is_empty()
        && !received.is_empty()
        && covered.iter().all(|w| other[1..].iter().any(|o| o.same(w)))
        && received
            .iter()
            .all(|w| SERVICE.contains(&w.norm.as_str()) || covered.iter().any(|c| c.same(w)))
        && received.iter().any(|w| !SERVICE.contains(&w.norm.as_str()))
}

/// [`verdict`]; the reason only when `explain` (scoring many pairs needs none).
pub fn verdict_with(a: &Entry, b: &Entry, explain: bool) -> Verdict {
    verdict_scored(a, b, explain, &mut Scored::default())
}

/// Another reading of an entry's name ([`verdict_scored`]).
#[derive(Clone, Copy)]
enum Reading {
    /// without the agency's own name ([`Entry::unowned`])
    Unowned,
    /// with the codes another name defines written out ([`Entry::spelled`])
    SpelledOut,
}

impl Reading {
    /// The words of the entry's name so read, to compare with `other`, if it reads
    /// otherwise.
    fn split<'a>(self, e: &'a Entry, other: &Entry) -> Option<&'a Arc<Split>> {
        match self {
            Reading::Unowned => e.unowned.as_ref().map(|u| &u.split),
            Reading::SpelledOut => e.spelled.as_ref()?.against(other.words()),
        }
    }

    /// What is said of the entry's name so read, for the reason.
    fn said(self, e: &Entry) -> Option<String> {
        match self {
            Reading::Unowned => e
                .unowned
                .as_ref()
                .map(|u| format!("- {} (nama instansi)", u.agency)),
            Reading::SpelledOut => e.spelled.as_ref().map(|s| s.said.to_string()),
        }
    }
}

/// The names of two entries compared with the words of one root written as the root
/// ([`super::roots::shared`]): the score and the reason where they then match (to confirm),
/// one name's words all written in the other's (`Luas Kawasan Tergenang` / `Luas genangan`).
/// Roots make words alike, not the rest: `Jumlah koperasi penerima modal` and `Jumlah
/// koperasi yang mengakses permodalan` still differ in what is done.
fn rooted(a: &Entry, b: &Entry, explain: bool) -> Option<(f64, Vec<String>)> {
    let (sa, sb) = (&a.split, &b.split);
    // the words each name writes and the other does not: roots pair them, so both names
    // have some, and those of one must all find a pair (a few at most)
    // (how many, and whether each may be read for its root: those of the name that only
    // adds words must all be)
    let missing = |x: &[Word], y: &[Word]| {
        x.iter()
            .filter(|w| !w.stop && !y.iter().any(|o| o.same(w)))
            .fold((0, true), |(n, all), w| {
                (
                    n + 1,
                    all && super::roots::rootable(w) && !must_agree_word(w),
                )
            })
    };
    let ((ma, a_all), (mb, b_all)) = (missing(&sa.words, &sb.words), missing(&sb.words, &sa.words));
    if ma == 0 || mb == 0 || !(a_all && ma <= 3 || b_all && mb <= 3) {
        return None;
    }
    let (ra, rb) = (sa.roots(), sb.roots());
    if ra.is_empty() || rb.is_empty() {
        return None;
    }
    let shared = super::roots::shared(&sa.words, ra, &sb.words, rb);
    if shared.is_empty() {
        return None;
    }
    let (mut wa, mut wb) = (sa.words.clone(), sb.words.clone());
    for (x, y, root) in &shared {
        wa[*x] = wa[*x].read_as(root.clone());
        wb[*y] = wb[*y].read_as(root.clone());
    }
    // every word of one name in the other: the other only adds words (a code offered
    // beside a word, `PPNS/penguji`, a note on it)
    let within = |x: &[Word], y: &[Word]| {
        x.iter()
            .filter(|w| !w.stop && !w.aside)
            .all(|w| y.iter().any(|o| o.same(w)))
    };
    if !within(&wa, &wb) && !within(&wb, &wa) {
        return None;
    }
    let (s, c, mut reasons) = compare_words(&wa, &wb, explain);
    if s < CONFIRM || c == Some(Outcome::None) {
        return None;
    }
    if explain {
        // the pair the reason shows as a change of spelling (`terlatih -> dilatih`) says
        // its root; one it shows not, beside
        for (x, y, root) in &shared {
            let (ra, rb) = (&sa.words[*x].raw, &sb.words[*y].raw);
            let shown = format!("{ra} -> {rb}").to_lowercase();
            match reasons.iter_mut().find(|r| r.to_lowercase() == shown) {
                Some(r) => r.push_str(&format!(" (kata dasar {root})")),
                None => reasons.push(format!("{ra} ~ {rb} (kata dasar {root})")),
            }
        }
    }
    Some((s, reasons))
}

/// [`verdict_with`], with the names' scores kept in `scored` for the pairs to come.
pub(crate) fn verdict_scored(a: &Entry, b: &Entry, explain: bool, scored: &mut Scored) -> Verdict {
    let (mut score, mut cap, mut reasons) = if explain && a.name != b.name {
        scored.explained(&a.split.words, &b.split.words)
    } else {
        let (s, c) = scored.keyed(&a.split.words, &a.split.key, &b.split.words, &b.split.key);
        (s, c, Vec::new())
    };
    if cap != Some(Outcome::None) && score >= CONFIRM && other_deeds(&a.split.words, &b.split.words)
    {
        score -= 0.1;
    }
    // where the names do not match as written, another reading of them, only to confirm:
    // without the agency's own name (`Nilai IKM Dinas Koperasi dan Usaha Mikro` / `IKM`), or
    // with the codes another name defines written out (`Rasio PPL terhadap desa` / `Rasio
    // penyuluh pertanian per desa`, where a third writes `penyuluh pertanian lapangan (PPL)`)
    let other_reading = |e: &Entry| e.unowned.is_some() || e.spelled.is_some();
    if (score < CONFIRM || cap == Some(Outcome::None)) && (other_reading(a) || other_reading(b)) {
        for reading in [Reading::Unowned, Reading::SpelledOut] {
            let (ra, rb) = (reading.split(a, b), reading.split(b, a));
            if ra.is_none() && rb.is_none() {
                continue;
            }
            let (sa, sb) = (ra.unwrap_or(&a.split), rb.unwrap_or(&b.split));
            let (s, c) = scored.keyed(&sa.words, &sa.key, &sb.words, &sb.key);
            if s >= CONFIRM && c != Some(Outcome::None) {
                score = s;
                cap = Some(Outcome::Confirm);
                if explain {
                    reasons = scored.explained(&sa.words, &sb.words).2;
                    for (e, read) in [(a, ra), (b, rb)] {
                        reasons.extend(read.and_then(|_| reading.said(e)));
                    }
                }
                break;
            }
        }
    }
    // where they still do not match, the names with the words of one root written alike
    // (`memiliki` / `kepemilikan`), only to confirm
    let mut read_by_roots = false;
    // the names' score as written, before the evidence beside them
    let written = score;
    if score < CONFIRM || cap == Some(Outcome::None) {
        if let Some(s) = scored.rooted(a, b) {
            read_by_roots = true;
            score = s;
            cap = Some(Outcome::Confirm);
            if explain {
                reasons = rooted(a, b, true).map(|r| r.1).unwrap_or_default();
            }
        }
    }
    // where they still do not match, a name that is a code (`NDR`, `NDR (Net Death Rate)`)
    // and one that calls itself by that code in brackets (`Angka kematian pasien > 48 jam
    // (NDR)`): the writer's own word that the two are one indicator, only to confirm
    if score < CONFIRM && cap != Some(Outcome::None) {
        let called = called_by_code(&a.split.words, &b.split.words)
            .or_else(|| called_by_code(&b.split.words, &a.split.words))
            .map(str::to_uppercase)
            .or_else(|| called_by_phrase(a, b).or_else(|| called_by_phrase(b, a)));
        if let Some(short) = called {
            score = CONFIRM;
            cap = Some(Outcome::Confirm);
            if explain {
                reasons.push(format!("({short}) = {short}"));
            }
        } else if covered_by(&a.split.words, &b.split.words)
            || covered_by(&b.split.words, &a.split.words)
        {
            score = CONFIRM;
            cap = Some(Outcome::Confirm);
            if explain {
                reasons.push("cakupan = persentase yang mendapat".to_string());
            }
        }
    }
    // unit
    match (a.unit.as_deref(), b.unit.as_deref()) {
        (Some(_), Some(_)) if a.unit_key == b.unit_key => score += 0.05,
        (Some(x), Some(y)) => {
            score -= 0.1;
            if explain {
                reasons.push(format!("satuan {x} -> {y}"));
            }
            // a share against a count, where one name starts with its measure (`Jumlah …`)
            // and the other says none, its unit saying it (`%` a share, `pengaduan` under
            // `Jumlah …` counted): Jumlah never matches Persentase. Two names that say none
            // only change their unit
            let (la, lb) = (leading_measure(a.words()), leading_measure(b.words()));
            let (ma, mb) = (
                la.or_else(|| measure_of_unit(&a.name, x)),
                lb.or_else(|| measure_of_unit(&b.name, y)),
            );
            let one_says = la.is_some() != lb.is_some()
                && a.split.key.measure.is_none() != b.split.key.measure.is_none();
            if let (true, Some(Measure::Count), Some(Measure::Ratio))
            | (true, Some(Measure::Ratio), Some(Measure::Count)) = (one_says, ma, mb)
            {
                cap = Some(Outcome::None);
            }
        }
        _ => {}
    }
    // sasaran
    if a.sasaran.is_some() && b.sasaran.is_some() && scored.sasaran_alike(a, b) {
        score += 0.05;
    }
    // magnitude of the target (or the realisasi)
    if let (Some(x), Some(y)) = (a.magnitude, b.magnitude) {
        let ratio = (x / y).abs().max((y / x).abs());
        if ratio >= 10.0 {
            score -= 0.15;
            if explain {
                reasons.push(format!("target ×{}", ratio.round()));
            }
        } else if ratio <= 1.5 {
            score += 0.05;
        }
    }
    // the later table states last year's figure ("Capaian 2015"): the earlier year's
    // realisasi written there is the agency's own word that the two are one indicator; it
    // lifts a doubt (KUMKM / KUM, another measure word), never a must-agree word
    if let Some(l) = stated_last_year(a, b) {
        score += 0.25;
        if cap == Some(Outcome::Confirm) && score >= CONFIRM {
            cap = None;
        }
        if explain {
            reasons.push(format!(
                "realisasi {} {} = {} (tabel {})",
                a.year, l.0, l.1, b.year
            ));
        }
    }
    let score = score.clamp(0.0, 1.0);
    let mut outcome = if score >= AUTO {
        Outcome::Auto
    } else if score >= CONFIRM {
        Outcome::Confirm
    } else {
        Outcome::None
    };
    if let Some(c) = cap {
        outcome = outcome.min(c);
    }
    // of two names to confirm, one whose words written otherwise are of one root with
    // the other's (`diuji` / `pengujian`, `dikalibrasi` / `kalibrasi`) is nearer than one
    // whose are not: a step for each such pair, ranking only (the outcome stands), where
    // the names were not already read by their roots
    let mut score = score;
    if outcome == Outcome::Confirm && !read_by_roots && a.name != b.name {
        let (ra, rb) = (a.split.roots(), b.split.roots());
        if !ra.is_empty() && !rb.is_empty() {
            let pairs = super::roots::shared(&a.split.words, ra, &b.split.words, rb).len();
            score += 0.01 * pairs.min(3) as f64;
        }
        // names nearer read by their roots than as written rank so among those to confirm
        // (`… yang disertifikasi` / `… yang Tersertifikasi` before a whole that writes the
        // word beside another): the outcome stands
        if let Some(s) = scored.rooted(a, b).filter(|&s| s > written) {
            score += s - written;
        }
    }
    // each year holds one measure of this kind that the agency gives of itself, however
    // differently it is named (`Nilai SKM` / `Indeks Kepuasan Masyarakat`): the same one,
    // only to confirm ([`super::own`])
    if outcome == Outcome::None && a.year != b.year {
        if let Some(kind) = a.sole.filter(|k| b.sole == Some(*k)) {
            outcome = Outcome::Confirm;
            score = score.max(CONFIRM);
            if explain {
                reasons.push(format!("satu-satunya {} tiap tahun", kind.said()));
            }
        }
    }
    Verdict {
        score: (score * 100.0).round() / 100.0,
        outcome,
        // no reason unless asked for: scoring many pairs allocates none
        reason: if !explain {
            String::new()
        } else if reasons.is_empty() {
            "=".into()
        } else {
            reasons.join("; ")
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cap(a: &str, b: &str) -> Option<Outcome> {
        names(a, b).1
    }

    #[test]
    fn money_in_its_scale_is_a_unit_and_never_a_share() {
        // `(Rp ribu)` left out of the name as `(Rp)` is
        let (score, cap, _) = names(
            "Retribusi jasa pengujian laboratorium (Rp)",
            "Retribusi jasa pengujian laboratorium (Rp ribu)",
        );
        assert_eq!((score, cap), (1.0, None));
        // an amount in money against a share of it: two indicators, both readings alike
        let (a, b) = (
            "Nilai aset tetap yang direkonsiliasi (Rp miliar)",
            "Persentase nilai aset tetap yang telah direkonsiliasi",
        );
        assert_eq!(names(a, b).1, Some(Outcome::None));
        let (wa, wb) = (words(a), words(b));
        let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
        assert_eq!(keyed.1, Some(Outcome::None));
        // an amount against an amount: the unit only
        let (score, cap, _) = names(
            "Nilai aset tetap yang direkonsiliasi (Rp miliar)",
            "Nilai aset tetap yang direkonsiliasi",
        );
        assert_eq!((score, cap), (1.0, None));
    }

    #[test]
    fn words_a_number_word_or_a_short_form_hides_are_read() {
        // `lima` of `pedagang kaki lima` is no number: `PKL` its letters
        let (score, capped, _) = names(
            "Jumlah pedagang kaki lima yang ditata",
            "Jumlah PKL yang ditata",
        );
        assert_eq!((score, capped), (1.0, None));
        // a number in words still must agree
        assert_eq!(
            cap("Jumlah kendaraan roda lima", "Jumlah kendaraan roda dua"),
            Some(Outcome::None)
        );
        // a guest's stay, in statistics' word or a tourism office's
        let (score, capped, _) = names(
            "Rata-rata lama tinggal wisatawan",
            "Rata-rata lama menginap wisatawan",
        );
        assert_eq!((score, capped), (1.0, None));
        // `TPU`, a public cemetery, read by its words (`pemakaman`, of one root with `makam`)
        let (score, capped, _) = names(
            "Persentase lahan makam yang tertata",
            "Persentase lahan TPU tertata",
        );
        assert!(
            capped != Some(Outcome::None) && score < AUTO,
            "{score} {capped:?}"
        );
    }

    #[test]
    fn one_word_written_as_two_is_that_word() {
        let (score, cap, _) = names(
            "Persentase kerjasama daerah",
            "Persentase kerja sama daerah",
        );
        assert_eq!((score, cap), (1.0, None));
        // two words that are not the one's parts
        let (score, _, _) = names("Luas lahan budidaya", "Luas lahan budi luhur");
        assert!(score < 1.0);
        // a code written with and without the hyphen between its parts, both ways round
        for (a, b) in [
            (
                "Jumlah petani peserta SL-PHT",
                "JUMLAH PETANI PESERTA SLPHT",
            ),
            ("Jumlah unit SLPHT", "Jumlah unit SL-PHT"),
        ] {
            let (wa, wb) = (words(a), words(b));
            let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
            assert_eq!(keyed, (1.0, None), "{a} / {b}");
        }
        // codes not joined by a hyphen, or apart by a space, are not the one code
        for (a, b) in [
            ("Jumlah unit SLPHT", "Jumlah unit SL PHT"),
            ("Jumlah unit SLPHT", "Jumlah unit SL / PHT"),
        ] {
            let (wa, wb) = (words(a), words(b));
            let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
            assert!(keyed.0 < 1.0, "{a} / {b}");
        }
    }

    #[test]
    fn the_new_ones_against_all_of_them_are_two_indicators() {
        // the new patients are some of the patients: two indicators, both readings alike
        for (a, b) in [
            (
                "Jumlah kunjungan pasien rawat jalan",
                "Jumlah kunjungan pasien baru rawat jalan",
            ),
            ("Jumlah peserta KB", "Jumlah peserta KB baru"),
            (
                "Jumlah pelanggan dilayani",
                "Jumlah pelanggan baru dilayani",
            ),
        ] {
            let (wa, wb) = (words(a), words(b));
            let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
            assert_eq!(keyed.1, Some(Outcome::None), "{a} / {b}");
            assert_eq!(cap(a, b), Some(Outcome::None), "{a} / {b}");
        }
        // things made in the year are new ones (`baru` adds nothing), and `baru` in a term
        // (`wirausaha baru`, `bayi baru lahir`) restricts nothing: only a doubt
        for (a, b) in [
            ("Jumlah taman kota yang dibangun", "Jumlah taman kota baru"),
            (
                "Jumlah desa tangguh bencana baru",
                "Jumlah desa tangguh bencana yang terbentuk",
            ),
            ("Jumlah wirausaha muda baru", "Jumlah wirausaha muda pemula"),
            // a business started is a new one
            (
                "Persentase alumni pelatihan yang memulai usaha",
                "Persentase alumni pelatihan yang memulai usaha baru",
            ),
            // the first verification of an instrument, against its re-verification
            (
                "Jumlah UTTP yang ditera",
                "Jumlah UTTP yang Ditera (Tera Baru) (unit)",
            ),
        ] {
            let (wa, wb) = (words(a), words(b));
            let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
            assert_ne!(keyed.1, Some(Outcome::None), "{a} / {b}");
            assert_ne!(cap(a, b), Some(Outcome::None), "{a} / {b}");
        }
        // both new, or neither: as any other words
        assert_eq!(
            cap(
                "Jumlah kunjungan pasien baru",
                "Jumlah Kunjungan Pasien Baru"
            ),
            None
        );
        assert_eq!(
            cap(
                "Jumlah taman kota baru yang dibangun",
                "Jumlah Taman Kota Baru"
            ),
            None
        );
    }

    #[test]
    fn the_sex_counted_must_agree() {
        assert_eq!(
            cap(
                "Jumlah petani yang dilatih",
                "Jumlah petani laki-laki yang dilatih"
            ),
            Some(Outcome::None)
        );
        assert_eq!(
            cap(
                "Jumlah petani (laki-laki) yang dilatih",
                "Jumlah petani perempuan yang dilatih"
            ),
            Some(Outcome::None)
        );
        // the same sex however written, or both sexes as all
        assert_ne!(
            cap(
                "Jumlah petani laki-laki yang dilatih",
                "Jml petani (laki laki) yg dilatih"
            ),
            Some(Outcome::None)
        );
        assert_ne!(
            cap(
                "Jumlah petani laki-laki dan perempuan yang dilatih",
                "Jumlah petani yang dilatih"
            ),
            Some(Outcome::None)
        );
    }

    #[test]
    fn online_and_in_person_must_agree() {
        // the library's website's visitors are not its building's
        assert_eq!(
            cap(
                "Jumlah pengunjung perpustakaan",
                "Jumlah pengunjung perpustakaan digital"
            ),
            Some(Outcome::None)
        );
        assert_eq!(
            cap(
                "Persentase layanan perizinan",
                "Persentase layanan perizinan secara daring"
            ),
            Some(Outcome::None)
        );
        // both online, or both ways at once: as any other words
        assert_ne!(
            cap(
                "Jumlah pengunjung perpustakaan digital",
                "Jumlah pengunjung layanan perpustakaan digital"
            ),
            Some(Outcome::None)
        );
        assert_ne!(
            cap(
                "Jumlah pemustaka layanan perpustakaan (fisik dan digital)",
                "Jumlah pemustaka layanan perpustakaan"
            ),
            Some(Outcome::None)
        );
    }

    #[test]
    fn must_agree_words() {
        assert_eq!(
            cap("Jumlah koperasi aktif", "Persentase koperasi aktif"),
            Some(Outcome::None)
        );
        assert_eq!(
            cap(
                "Jumlah Usaha Mikro yang aktif",
                "Jumlah Usaha Kecil yang aktif"
            ),
            Some(Outcome::None)
        );
        assert_eq!(
            cap("Angka partisipasi SD", "Angka partisipasi SMP"),
            Some(Outcome::None)
        );
        assert_eq!(
            cap("Prosentase koperasi aktif", "Persentase koperasi aktif"),
            None
        );
    }

    #[test]
    fn a_code_noted_in_brackets_at_the_end_is_a_doubt() {
        let a = "Persentase balita gizi buruk yang ditangani (BGM)";
        let b = "Persentase balita gizi buruk yang ditangani";
        assert_eq!(cap(a, b), Some(Outcome::Confirm));
        assert_eq!(cap(b, a), Some(Outcome::Confirm));
        let (wa, wb) = (words(a), words(b));
        let keyed = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
        assert_eq!(keyed.1, Some(Outcome::Confirm));
        // a code inside the name, or a code of each name in brackets, still must agree
        assert_eq!(
            cap("Jumlah PF persalinan", "Jumlah persalinan"),
            Some(Outcome::None)
        );
        assert_eq!(
            cap("Angka partisipasi (SD)", "Angka partisipasi (SMP)"),
            Some(Outcome::None)
        );
    }

    /// Both ways, by the words ([`names`]) and by the keys ([`compare_keyed`]).
    fn caps_both_ways(a: &str, b: &str) -> [Option<Outcome>; 4] {
        let (wa, wb) = (words(a), words(b));
        let (ka, kb) = (NameKey::of(&wa), NameKey::of(&wb));
        [
            cap(a, b),
            cap(b, a),
            compare_keyed(&wa, &ka, &wb, &kb).1,
            compare_keyed(&wb, &kb, &wa, &ka).1,
        ]
    }

    #[test]
    fn a_code_whose_words_its_own_name_writes_abbreviates_none_of_the_others() {
        // alone in brackets, it glosses its name's words: left out
        let (s, cap, _) = names(
            "Persentase persalinan di fasilitas pelayanan kesehatan (PF)",
            "Persentase persalinan di fasilitas pelayanan kesehatan",
        );
        assert_eq!((s >= AUTO, cap), (true, None));
        // else the name's own code: the letters of `PPA` in `Persentase Pengaduan` are no
        // reading of it, and a unit one name adds in codes at its end is a doubt
        let (_, cap, reasons) = names(
            "Persentase pengaduan kasus kekerasan terhadap perempuan yang ditindaklanjuti",
            "Persentase pengaduan kasus kekerasan thd perempuan yang ditindaklanjuti UPTD PPA",
        );
        assert_eq!(cap, Some(Outcome::Confirm), "{reasons:?}");
        assert!(!reasons
            .iter()
            .any(|r| r.contains("persentase pengaduan -> ppa")));
        // and one that replaces another still must agree (`IMB` / `PBG`)
        let (_, cap, _) = names(
            "Persentase Bangunan Gedung yang Memiliki IMB",
            "Persentase Bangunan Gedung yang Memiliki PBG",
        );
        assert_eq!(cap, Some(Outcome::None));
    }

    #[test]
    fn a_code_added_after_a_word_of_place_is_a_doubt() {
        for (a, b) in [
            ("Opini BPK atas LKPD", "Opini BPK"),
            ("Jumlah temuan BPK", "Jumlah temuan BPK atas LKPD"),
            (
                "Persentase BMD yang terinventarisasi",
                "Persentase BMD yang terinventarisasi dan tercatat dalam KIB",
            ),
            // codes one after another after the word of place
            (
                "Volume air lindi yang diolah",
                "Volume air lindi yang diolah di IPL TPA",
            ),
            // a word between the word of place and the code
            (
                "Persentase obat rusak",
                "Persentase obat rusak di gudang IFK",
            ),
        ] {
            assert_eq!(cap(a, b), Some(Outcome::Confirm), "{a} / {b}");
        }
        // not after a word of place, or a level: still another indicator
        for (a, b) in [
            ("Persentase desa ODF", "Persentase desa"),
            ("Jumlah siswa pada jenjang SD", "Jumlah siswa"),
            ("Opini BPK atas LKPD", "Opini BPK atas LKD"),
        ] {
            assert_eq!(cap(a, b), Some(Outcome::None), "{a} / {b}");
        }
    }

    #[test]
    fn a_code_abbreviates_the_words_of_a_name_in_capitals() {
        // `UJI`, three letters in capitals, may be a code or a word: here a word
        let (v, _) = entry_pair(
            "JUMLAH KENDARAAN BERMOTOR WAJIB UJI TERDAFTAR",
            "Jumlah KBWU Terdaftar",
        );
        assert_eq!(v.outcome, Outcome::Auto, "{}", v.reason);
        assert_eq!(v.reason, "kendaraan bermotor wajib uji -> kbwu");
        // another word beside the code is never joined without asking
        let (v, _) = entry_pair(
            "JUMLAH KENDARAAN BERMOTOR WAJIB UJI TERDAFTAR",
            "Jumlah KBWU Baru",
        );
        assert_ne!(v.outcome, Outcome::Auto, "{}", v.reason);
    }

    /// Two names as entries of two years: the verdict with its reason, and the outcome of
    /// the keyed path that grouping takes.
    fn entry_pair(a: &str, b: &str) -> (Verdict, Outcome) {
        let mut names = super::super::collect::Names::default();
        let (a, b) = (names.entry(2020, a), names.entry(2021, b));
        (verdict(&a, &b), verdict_with(&a, &b, false).outcome)
    }

    /// [`entry_pair`], asserting that both paths give `want`: the verdict.
    fn entry_outcome(a: &str, b: &str, want: Outcome) -> Verdict {
        let (v, quiet) = entry_pair(a, b);
        assert_eq!((v.outcome, quiet), (want, want), "{a} / {b}: {v:?}");
        v
    }

    /// Of two names to confirm alike by their words, the one whose changed words are of one
    /// root with the other's ranks first (blind69: the devices tested and those calibrated,
    /// a year's names written with other words of their roots); the outcome stands.
    #[test]
    fn words_of_one_root_rank_a_name_to_confirm_first() {
        let tested = "Jumlah alat kesehatan yg diuji (unit)";
        let calibrated = "Jumlah alat kesehatan yg dikalibrasi (unit)";
        // in one unit, of figures alike (each a step towards confirming)
        let mut names = super::super::collect::Names::default();
        let mut entry = |year, name| {
            let mut e = names.entry_in(year, name, "unit");
            e.magnitude = Some(3000.0);
            e
        };
        // `dikalibrasi` / `kalibrasi` rank first, and so do `diuji` / `pengujian` (a root of
        // three letters, a vowel first)
        for (later, own, other, ahead) in [
            (
                "Jumlah alkes yang dilakukan kalibrasi",
                calibrated,
                tested,
                true,
            ),
            (
                "Jumlah alkes yang dilakukan pengujian",
                tested,
                calibrated,
                true,
            ),
        ] {
            let b = entry(2021, later);
            let own = verdict(&entry(2020, own), &b);
            let other = verdict(&entry(2020, other), &b);
            assert_eq!(
                (own.outcome, other.outcome),
                (Outcome::Confirm, Outcome::Confirm)
            );
            assert_eq!(
                own.score > other.score,
                ahead,
                "{later}: {own:?} / {other:?}"
            );
        }
        // where the names were read by their roots already, no second step for them
        let (v, _) = entry_pair(
            "Jumlah kendaraan bermotor terdaftar",
            "Jumlah Kendaraan Bermotor yang Melakukan Daftar Ulang",
        );
        let (w, _) = entry_pair(
            "Jumlah kendaraan bermotor terdaftar",
            "Jumlah Objek Pajak Kendaraan Bermotor Terdaftar",
        );
        assert!(v.score <= w.score, "{v:?} / {w:?}");
    }

    #[test]
    fn a_name_that_says_no_measure_has_its_unit_s() {
        let mut names = super::super::collect::Names::default();
        // `Jumlah …` counted in complaints against a share of them: never one
        let count = names.entry_in(2022, "Jumlah pengaduan yang ditindaklanjuti", "pengaduan");
        let share = names.entry_in(2024, "Pengaduan ditindaklanjuti", "%");
        assert_eq!(verdict(&count, &share).outcome, Outcome::None);
        let share = names.entry_in(2023, "Persentase pengaduan yang ditindaklanjuti", "%");
        let same = names.entry_in(2024, "Pengaduan ditindaklanjuti", "%");
        assert_ne!(verdict(&share, &same).outcome, Outcome::None);
        // two names that say no measure: only their unit changed (a finding of its own)
        let before = names.entry_in(2021, "UMKM yang naik kelas", "unit usaha");
        let after = names.entry_in(2023, "UMKM Naik Kelas", "%");
        assert_ne!(verdict(&before, &after).outcome, Outcome::None);
    }

    #[test]
    fn a_count_s_measure_word_and_a_bracketed_unit_weigh_nothing_alone() {
        // `Jumlah` on one side only, and a unit in brackets: the same count
        let (v, _) = entry_pair("Jml kajian koleksi (naskah)", "Kajian koleksi");
        assert_eq!(v.outcome, Outcome::Auto, "{v:?}");
        // another measure still never matches it, written as a word or as the sign
        entry_outcome(
            "Persentase desa perbatasan berstatus mandiri",
            "Jumlah desa perbatasan berstatus mandiri",
            Outcome::None,
        );
        entry_outcome(
            "% Desa Perbatasan Berstatus Mandiri",
            "Jumlah Desa Perbatasan Berstatus Mandiri",
            Outcome::None,
        );
        // where both write it, it counts as any word
        let (both, _) = entry_pair("Jumlah kajian koleksi", "Jumlah koleksi");
        assert!(both.score < 1.0, "{both:?}");
    }

    #[test]
    fn a_word_denied_against_it_undenied_is_another_indicator() {
        for (a, b) in [
            (
                "Jumlah Layanan Penyedotan Tidak Terjadwal",
                "Layanan sedot terjadwal (kali)",
            ),
            ("Jumlah transaksi non tunai", "Jumlah transaksi tunai"),
            ("Jumlah penduduk miskin", "Jumlah penduduk tidak miskin"),
        ] {
            let (v, _) = entry_pair(a, b);
            assert_eq!(v.outcome, Outcome::None, "{a} / {b}: {v:?}");
        }
        // both deny it, or the other does not write the word at all
        let (v, _) = entry_pair(
            "c) Jumlah penyedotan tidak terjadwal (on call)",
            "Jumlah Layanan Penyedotan Tidak Terjadwal",
        );
        assert_ne!(v.outcome, Outcome::None, "{v:?}");
        let (wa, wb) = (words("Jumlah rumah tidak layak huni"), words("Jumlah RTLH"));
        let (ka, kb) = (NameKey::of(&wa), NameKey::of(&wb));
        let key = |k: &NameKey| (k.negated.0.clone(), k.negated.1.clone(), k.hashes.clone());
        let ((da, ra, ha), (db, rb, hb)) = (key(&ka), key(&kb));
        assert!(!opposite((&da, &ra, &ha), (&db, &rb, &hb)));
        for (a, b) in [
            (
                "Jumlah UMKM akses pembiayaan KUR & non KUR",
                "Jumlah UMKM yang mengakses KUR",
            ),
            (
                "Persentase warga tidak mampu yang dimakamkan tanpa biaya",
                "Persentase warga tidak mampu yang dimakamkan tanpa dipungut biaya",
            ),
            (
                "Rata-rata Hari Tempat Tidur Tidak Ditempati (TOI)",
                "Turn Over Interval (TOI)",
            ),
            (
                "Jumlah BMD selain kendaraan yang dihapuskan",
                "Jumlah BMD Non Kendaraan yang Dihapuskan",
            ),
        ] {
            let (v, _) = entry_pair(a, b);
            assert_ne!(v.outcome, Outcome::None, "{a} / {b}: {v:?}");
        }
    }

    #[test]
    fn a_consonant_for_a_vowel_makes_another_word() {
        // a burial's retribution is not a use's
        let (v, _) = entry_pair("Jumlah retribusi pemakaman", "Jumlah retribusi pemakaian");
        assert_ne!(v.outcome, Outcome::Auto, "{v:?}");
        assert!(another_word_by_a_letter("pemakaman", "pemakaian"));
        // spellings of one word: a vowel for a vowel, a consonant for one of its sound
        for (a, b) in [
            ("praktek", "praktik"),
            ("omzet", "omset"),
            ("aktifitas", "aktivitas"),
            ("jadual", "jadwal"),
            // two letters typed the wrong way round
            ("pelyaanan", "pelayanan"),
        ] {
            assert!(!another_word_by_a_letter(a, b), "{a} / {b}");
        }
        entry_outcome("Omzet UMKM binaan", "Omset UMKM binaan", Outcome::Auto);
        // a processing and a welding: a vowel for a vowel beside a consonant for another
        assert!(another_word_by_a_letter("pengolahan", "pengelasan"));
        let (v, _) = entry_pair(
            "Jumlah peserta pelatihan kejuruan pengolahan hasil pertanian",
            "a) Jumlah peserta pelatihan kejuruan pengelasan",
        );
        assert_ne!(v.outcome, Outcome::Auto, "{v:?}");
    }

    #[test]
    fn one_thing_with_another_deed_done_to_it_scores_lower() {
        // burnt and rehabilitated land: the one word apart each a deed, of other roots
        entry_outcome(
            "Luas areal terbakar",
            "Luas areal yang direhabilitasi",
            Outcome::None,
        );
        let (deeds, _) = entry_pair(
            "Jumlah situs cagar budaya yang dipugar",
            "Jumlah situs cagar budaya yang direvitalisasi",
        );
        let (words, _) = entry_pair(
            "Jumlah situs cagar budaya yang dipugar",
            "Jumlah situs cagar budaya yang lestari",
        );
        assert!(deeds.score + 0.05 < words.score, "{deeds:?} / {words:?}");
        // one root, or a word apart that is no deed: as scored
        assert!(!other_deeds(
            &words_of("Jumlah bibit yang disalurkan"),
            &words_of("Jumlah bibit yang tersalurkan")
        ));
        assert!(!other_deeds(
            &words_of("Luas areal terbakar"),
            &words_of("Luas areal hutan")
        ));
        assert!(other_deeds(
            &words_of("Jumlah naskah kuno yang dikonservasi"),
            &words_of("Jumlah naskah kuno yang didigitalisasi")
        ));
    }

    fn words_of(name: &str) -> Vec<Word> {
        super::super::normalize::words(name)
    }

    #[test]
    fn a_name_that_calls_itself_by_the_others_code_is_to_confirm() {
        for a in ["NDR", "NDR (Net Death Rate)", "Net Death Rate (NDR)"] {
            let v = entry_outcome(a, "Angka kematian pasien > 48 jam (NDR)", Outcome::Confirm);
            assert!(v.reason.contains("(NDR) = NDR"), "{}", v.reason);
        }
        // a code in the mixed case of its words (`PoU`), defined in another language
        entry_outcome(
            "Prevalence of Undernourishment (PoU)",
            "Prevalensi Ketidakcukupan Konsumsi Pangan (PoU)",
            Outcome::Confirm,
        );
        // a short name of a code and words, in brackets
        let v = entry_outcome(
            "Cakupan KN Lengkap",
            "Pelayanan kesehatan bayi baru lahir (KN lengkap)",
            Outcome::Confirm,
        );
        assert!(
            v.reason.contains("(KN lengkap) = KN lengkap"),
            "{}",
            v.reason
        );
        // the code a part of the name only (`… layanan PPID`), or another code: apart
        for (a, b) in [
            (
                "Jumlah permohonan informasi (PPID)",
                "Jumlah kunjungan website (PPID)",
            ),
            (
                "GDR (Gross Death Rate)",
                "Angka kematian pasien > 48 jam (NDR)",
            ),
            ("Persentase layanan PPID", "Jumlah kunjungan website (PPID)"),
            (
                "Cakupan KN1",
                "Pelayanan kesehatan bayi baru lahir (KN lengkap)",
            ),
        ] {
            entry_outcome(a, b, Outcome::None);
        }
    }

    #[test]
    fn a_coverage_and_the_share_that_receives_it_are_to_confirm() {
        for (a, b) in [
            (
                "Cakupan K6",
                "Persentase ibu hamil mendapatkan pelayanan K6",
            ),
            (
                "Cakupan ASI eksklusif",
                "Persentase bayi usia < 6 bulan mendapat ASI Eksklusif",
            ),
            (
                "Cakupan akses air minum layak",
                "Persentase rumah tangga yang mendapatkan akses air minum layak",
            ),
        ] {
            let v = entry_outcome(a, b, Outcome::Confirm);
            assert!(v.reason.contains("cakupan = persentase"), "{}", v.reason);
        }
        // something else received, a coverage of a share, or no verb of receiving: apart
        for (a, b) in [
            (
                "Cakupan K6",
                "Persentase ibu hamil mendapatkan tablet tambah darah",
            ),
            (
                "Cakupan balita gizi buruk",
                "Persentase balita gizi buruk mendapat perawatan",
            ),
            ("Cakupan desa UCI", "Persentase desa yang mencapai UCI"),
            ("Jumlah K6", "Persentase ibu hamil mendapatkan pelayanan K6"),
        ] {
            entry_outcome(a, b, Outcome::None);
        }
    }

    #[test]
    fn words_of_one_root_make_a_doubt_where_one_name_only_adds_words() {
        for (a, b, said) in [
            (
                "Luas Kawasan Tergenang",
                "Luas genangan",
                "kata dasar genang",
            ),
            (
                "Jumlah relawan penanggulangan bencana yang terlatih",
                "Jumlah relawan kebencanaan yang dilatih",
                "terlatih -> dilatih (kata dasar latih)",
            ),
        ] {
            let v = entry_outcome(a, b, Outcome::Confirm);
            assert!(v.reason.contains(said), "{}", v.reason);
        }
        // each name writes a word the other does not (penerima / mengakses): what is done
        // differs, whatever the roots
        let (v, _) = entry_pair(
            "Jumlah koperasi penerima modal",
            "Jumlah koperasi yang mengakses permodalan",
        );
        assert_eq!(v.outcome, Outcome::None, "{v:?}");
        // a measure word is no root to read (`Jumlah` / `Persentase` still must agree)
        let (v, _) = entry_pair("Jumlah desa tergenang", "Persentase genangan desa");
        assert_eq!(v.outcome, Outcome::None, "{v:?}");
    }

    #[test]
    fn the_agencys_own_name_in_an_indicator_is_a_doubt_where_nothing_else_matches() {
        let agency = Some("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN BANYUWANGI");
        let mut names = super::super::collect::Names::default();
        let own = names.entry_of(2023, "Nilai IKM Dinas Koperasi dan Usaha Mikro", agency);
        for other in ["IKM", "Indeks Kepuasan Masyarakat (IKM)"] {
            let other = names.entry_of(2022, other, agency);
            let v = verdict(&other, &own);
            assert_eq!(v.outcome, Outcome::Confirm, "{v:?}");
            assert!(v
                .reason
                .contains("Dinas Koperasi dan Usaha Mikro (nama instansi)"));
            assert_eq!(verdict_with(&other, &own, false).outcome, Outcome::Confirm);
            assert_eq!(verdict(&own, &other).outcome, Outcome::Confirm);
        }
        // what is left must match still; an agency not named in the title is not known
        let sakip = names.entry_of(2022, "Nilai SAKIP", agency);
        assert_eq!(verdict(&sakip, &own).outcome, Outcome::None);
        let unknown = names.entry_of(2023, "Nilai IKM Dinas Koperasi dan Usaha Mikro", None);
        let ikm = names.entry_of(2022, "IKM", None);
        assert_eq!(verdict(&ikm, &unknown).outcome, Outcome::None);
        // names that match without it are compared as they are
        let both = names.entry_of(2022, "Nilai IKM Dinas Koperasi dan Usaha Mikro", agency);
        assert_eq!(verdict(&both, &own).outcome, Outcome::Auto);
    }

    #[test]
    fn a_code_the_start_or_end_of_the_other_counts_as_the_same_word_in_the_score() {
        let both = |a: &str, b: &str| {
            let (wa, wb) = (words(a), words(b));
            let (ka, kb) = (NameKey::of(&wa), NameKey::of(&wb));
            let keyed = compare_keyed(&wa, &ka, &wb, &kb);
            let (s, c, _) = names(a, b);
            assert_eq!((s, c), keyed, "{a} / {b}");
            // and blocking lets the pair be scored
            let (mut ta, mut tb) = (Vec::new(), Vec::new());
            block_tokens(&wa, &ka, &mut ta);
            block_tokens(&wb, &kb, &mut tb);
            (s, c, ta.iter().any(|t| tb.contains(t)))
        };
        // short names: a doubt, no longer none by the words
        assert_eq!(
            both("Nilai AKIP", "Nilai SAKIP"),
            (1.0, Some(Outcome::Confirm), true)
        );
        let (s, c, near) = both("Nilai AKIP", "Nilai SAKIP Dinas Pertanian");
        assert!(s >= CONFIRM && c == Some(Outcome::Confirm) && near, "{s}");
        let (s, c, _) = both("Jumlah KUM yang dibina", "Jumlah KUMKM yang dibina");
        assert!(s >= AUTO && c == Some(Outcome::Confirm), "{s}");
        // other codes still differ
        let (_, c, _) = both("Nilai IKM", "Nilai SAKIP");
        assert_eq!(c, Some(Outcome::None));
    }

    #[test]
    fn a_code_in_place_of_a_word_it_starts_with_is_a_doubt() {
        // Pendapatan Asli Daerah written as the word it starts with, every other word the same
        // (after another word: leading the name, or after the word of its sum, both say the
        // money a levy brings in, one reading: [`super::super::normalize::words`])
        assert_eq!(
            caps_both_ways(
                "Kontribusi PAD retribusi parkir tepi jalan umum",
                "Kontribusi pendapatan retribusi parkir di tepi jalan umum"
            ),
            [Some(Outcome::Confirm); 4]
        );
        for lead in ["", "Jumlah "] {
            assert_eq!(
                caps_both_ways(
                    &format!("{lead}PAD retribusi parkir tepi jalan umum"),
                    &format!("{lead}Pendapatan retribusi parkir di tepi jalan umum")
                ),
                [None; 4]
            );
        }
        let (s, _, _) = names(
            "Kontribusi PAD retribusi parkir tepi jalan umum",
            "Kontribusi pendapatan retribusi parkir di tepi jalan umum",
        );
        assert!(s >= CONFIRM, "{s}");
        // a level or kind, another first letter, or another word besides: still must agree
        for (a, b) in [
            ("Jumlah SD negeri", "Jumlah sekolah negeri"),
            (
                "Jumlah PAD retribusi parkir",
                "Jumlah belanja retribusi parkir",
            ),
            // money taken in against money spent
            (
                "Jumlah penerimaan retribusi parkir",
                "Jumlah belanja retribusi parkir",
            ),
            (
                "Kontribusi PAD retribusi parkir tepi jalan",
                "Kontribusi pendapatan retribusi parkir khusus",
            ),
            ("Jumlah desa IDM", "Jumlah desa"),
        ] {
            assert_eq!(caps_both_ways(a, b), [Some(Outcome::None); 4], "{a} / {b}");
        }
    }

    #[test]
    fn a_code_qualifying_the_next_by_a_hyphen_left_out_is_a_doubt() {
        // Tim Penggerak PKK / kelompok PKK: the PKK both write, TP one only
        assert_eq!(
            caps_both_ways(
                "Jumlah kelompok PKK desa yang dibina",
                "Jumlah TP-PKK desa yang dibina"
            ),
            [Some(Outcome::Confirm); 4]
        );
        // without the code it qualifies in the other name, it still must agree
        assert_eq!(
            caps_both_ways(
                "Jumlah TP-PKK desa yang dibina",
                "Jumlah KWT desa yang dibina"
            ),
            [Some(Outcome::None); 4]
        );
        assert_eq!(
            caps_both_ways("Jumlah TP-PKK desa", "Jumlah desa"),
            [Some(Outcome::None); 4]
        );
        // a level is never a note
        assert_eq!(
            caps_both_ways(
                "Jumlah guru SD-SMP bersertifikat",
                "Jumlah guru SMP bersertifikat"
            ),
            [Some(Outcome::None); 4]
        );
    }

    #[test]
    fn an_abbreviation_may_pass_over_joining_words_and_syllables() {
        for (a, b) in [
            (
                "Nilai SAKIP Dinas PUPR",
                "Nilai SAKIP Dinas Pekerjaan Umum dan Penataan Ruang",
            ),
            ("Jumlah WUB", "Jumlah wirausaha baru"),
            ("AKABA", "Angka Kematian Balita"),
            ("Nilai SAKIP", "Nilai Sakip"),
        ] {
            assert_eq!(cap(a, b), None, "{a} / {b}");
            assert_eq!(cap(b, a), None, "{b} / {a}");
        }
        // a code that abbreviates nothing of the other name still must agree
        assert_eq!(
            cap("Jumlah KUR", "Jumlah usaha rakyat"),
            Some(Outcome::None)
        );
        // one code the end of the other is a doubt
        assert_eq!(cap("Nilai AKIP", "Nilai SAKIP"), Some(Outcome::Confirm));
    }

    #[test]
    fn an_abbreviation_is_the_words_it_stands_for() {
        for (a, b) in [
            ("Angka Partisipasi Murni SD", "APM SD"),
            ("Angka Partisipasi Murni (APM) SD", "APM jenjang SD"),
            ("Nilai SAKIP Perangkat Daerah", "Nilai SAKIP PD"),
            (
                "Jumlah Sumber Daya Manusia Kesehatan",
                "Jumlah SDM Kesehatan",
            ),
        ] {
            let (s, c, r) = names(a, b);
            assert!(s >= CONFIRM && c.is_none(), "{a} / {b}: {s} {c:?} {r:?}");
        }
        let (_, _, r) = names("Angka Partisipasi Murni SD", "APM SD");
        assert!(
            r.iter().any(|r| r == "angka partisipasi murni -> apm"),
            "{r:?}"
        );
        // the initials of other words are no abbreviation: SD / SMP stay apart
        assert_eq!(
            cap("APM SD", "Angka Partisipasi Murni SMP"),
            Some(Outcome::None)
        );
    }

    #[test]
    fn a_word_made_of_syllables_of_the_others_words_is_them() {
        for (a, b) in [
            (
                "Nilai SAKIP Disparpora",
                "Nilai SAKIP Dinas Pariwisata, Pemuda Dan Olahraga",
            ),
            (
                "Jumlah kunjungan Puskesmas",
                "Jumlah kunjungan Pusat Kesehatan Masyarakat",
            ),
        ] {
            let (s, c, r) = names(a, b);
            assert!(s >= AUTO && c.is_none(), "{a} / {b}: {s} {c:?} {r:?}");
        }
        // in small letters: a word of syllables, only to confirm
        // ([`a_word_written_with_syllables_of_the_others_words_is_that_run`])
        let (s, c, r) = names(
            "Jumlah kunjungan puskesmas",
            "Jumlah kunjungan Pusat Kesehatan Masyarakat",
        );
        assert!(s >= AUTO && c == Some(Outcome::Confirm), "{s} {c:?} {r:?}");
        // not the syllables in order: no acronym
        let (s, _, r) = names(
            "Nilai SAKIP Disparpora",
            "Nilai SAKIP Dinas Olahraga Pemuda Pariwisata",
        );
        assert!(s < CONFIRM, "{s} {r:?}");
        assert_eq!(
            acronym_run("pelayanan", &words("Pelaksanaan Layanan Terpadu")),
            None
        );
        assert_eq!(
            acronym_run("puskesmas", &words("di Pusat Kesehatan Masyarakat")),
            Some((1, 3))
        );
    }

    #[test]
    fn words_glossing_a_code_both_names_write_are_a_doubt() {
        for a in [
            "Persentase Desa ODF",
            "Persentase Desa ODF (Open Defecation Free)",
        ] {
            let b = "Persentase Desa Stop Buang Air Besar Sembarangan (ODF)";
            let (s, c, r) = names(a, b);
            assert!(
                s >= CONFIRM && c == Some(Outcome::Confirm),
                "{a}: {s} {c:?} {r:?}"
            );
            assert!(
                r.iter()
                    .any(|r| r == "stop buang air besar sembarangan = ODF"),
                "{r:?}"
            );
        }
        // both glossing the code by words the other lacks: two things
        assert!(unglossed(
            &words("Jumlah desa mandiri (IDM)"),
            &words("Jumlah desa berkembang (IDM)")
        )
        .is_none());
        // the code not in the other name: nothing to gloss
        assert!(unglossed(
            &words("Persentase Desa Stop Buang Air Besar Sembarangan (ODF)"),
            &words("Persentase Desa")
        )
        .is_none());
    }

    #[test]
    fn a_code_one_name_leaves_out_is_a_doubt_if_no_level() {
        assert_eq!(
            cap(
                "Jumlah desa yang naik status IDM 1 tingkat",
                "Jumlah Desa naik status 1 (satu) tingkat"
            ),
            Some(Outcome::Confirm)
        );
        // a level (SD), other words besides, or a code of its own on each side: apart
        for (a, b) in [
            (
                "Persentase sekolah SD terakreditasi",
                "Persentase sekolah terakreditasi",
            ),
            ("Jumlah desa naik status IDM", "Jumlah desa turun status"),
            ("Jumlah desa naik status IDM", "Jumlah desa naik status IPD"),
        ] {
            assert_eq!(cap(a, b), Some(Outcome::None), "{a} / {b}");
        }
    }

    #[test]
    fn a_disease_is_its_short_form() {
        let (s, c, r) = names(
            "Angka penemuan kasus TB (CDR)",
            "Angka Penemuan Kasus Tuberkulosis (CDR)",
        );
        assert!(s >= AUTO && c.is_none(), "{s} {c:?} {r:?}");
    }

    /// Indicator names of the Banjar tables and of other agencies, for the tests of keys.
    const NAMES: &[&str] = &[
        "Produksi Perikanan Budidaya",
        "Jumlah produksi perikanan budi daya",
        "Jumlah anggota koperasi yang aktif",
        "Jumlah anggota koperasi pada koperasi aktif",
        "Prosentasi koperasi yang melaksanakan RAT dibanding dengan jumlah koperasi aktif",
        "Persentase koperasi aktif",
        "Jumlah koperasi aktif",
        "Rata - rata omzet koperasi",
        "Jumlah omzet koperasi",
        "Jumlah Usaha Mikro yang aktif",
        "Jumlah Usaha Kecil yang aktif",
        "Jumlah UMKM",
        "Jumlah UMKM penerima modal",
        "Jumlah KUMKM yang melakukan pameran dan promosi di luar daerah",
        "Jumlah KUM yang melakukan promosi dan promosi ke luar daerah",
        "Jumlah karyawan yang tingkat absensi kehadirannya diatas 90 % dalam setahun",
        "Jumlah karyawan yang tingkat absensi kehadirannya diatas 80 % dalam setahun",
        "Angka Partisipasi Murni (APM) SD",
        "APM SMP",
        "Nilai SAKIP PD",
        "Nilai SAKIP Perangkat Daerah",
        "Persentase skala usha mikro menjadi usaha kecil",
        "Persentase skala usaha mikro menjadi usaha kecil",
        "Indeks kepuasan masyarakat",
        "Nilai SAKIP Disparpora",
        "Nilai SAKIP Dinas Pariwisata, Pemuda Dan Olahraga",
        "Jumlah kunjungan Puskesmas",
        "Jumlah kunjungan Pusat Kesehatan Masyarakat",
        "Angka Kesakitan (IR) DBD per 100.000 penduduk",
        "Incidence Rate DBD per 100.000 penduduk",
        "Angka penemuan kasus TB (CDR)",
        "Angka Penemuan Kasus Tuberkulosis (CDR)",
        "Persentase siswa Kelas II SD",
        "Persentase siswa kelas 2 SD",
        "Persentase Desa ODF (Open Defecation Free)",
        "Persentase Desa Stop Buang Air Besar Sembarangan (ODF)",
        "Persentase Desa ODF",
        "Jumlah desa mandiri (IDM)",
        "Jumlah desa berkembang (IDM)",
        "Jumlah desa yang naik status IDM 1 tingkat",
        "Jumlah Desa naik status 1 (satu) tingkat",
        "Persentase sekolah SD terakreditasi",
        "Persentase sekolah terakreditasi",
        "Jumlah poktan kelas madya",
        "Jumlah kelompok tani (poktan) kelas madya",
        "Jumlah kelompok tani kelas madya",
        "Jumlah alsintan yang dimanfaatkan poktan",
        "Jumlah Bumil yang Mendapatkan Pelayanan Kesehatan",
        "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan",
        "",
        "Nilai SAKIP",
        "Nilai Hasil Evaluasi AKIP",
        "Nilai IKM Pelayanan",
        "Indeks Kualitas Lahan (IKL)",
        "IKLH",
    ];

    #[test]
    fn a_word_written_with_syllables_of_the_others_words_is_that_run() {
        // alone it makes a doubt; both ways, by the words and by the keys
        for (a, b) in [
            ("Jumlah poktan aktif", "Jumlah kelompok tani aktif"),
            (
                "Jumlah alat dan mesin pertanian (alsintan) yang dimanfaatkan kelompok tani",
                "4.4 Jumlah alsintan yang dimanfaatkan poktan",
            ),
            (
                "Jumlah TAGANA terlatih",
                "Jumlah Taruna Siaga Bencana (Tagana) yang terlatih",
            ),
        ] {
            assert_eq!(
                caps_both_ways(a, b),
                [Some(Outcome::Confirm); 4],
                "{a} / {b}"
            );
            assert!(names(a, b).0 >= AUTO, "{a} / {b}");
        }
        // it lifts names that match otherwise, to what their words then say
        let (s, c, why) = names(
            "Jumlah Bumil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar",
            "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar",
        );
        assert_eq!((s, c), (1.0, None), "{why:?}");
        assert!(why.contains(&"bumil -> ibu hamil".to_string()), "{why:?}");
        // words the other name has, or holds no syllables of, are not so read
        for (a, b) in [
            ("Jumlah gapoktan aktif", "Jumlah kelompok tani aktif"),
            (
                "Persentase penduduk miskin",
                "Persentase pendapatan masyarakat",
            ),
            ("Jumlah poktan dan kelompok tani", "Jumlah kelompok tani"),
        ] {
            assert_ne!(names(a, b).0, 1.0, "{a} / {b}");
        }
    }

    #[test]
    fn a_code_a_name_defines_in_brackets_stands_only_for_its_words() {
        let mut n = super::super::collect::Names::default();
        let mut years = vec![
            (
                2021,
                vec![n.entry(2021, "Jumlah kerja sama antar daerah (KSDD)")],
            ),
            (
                2022,
                vec![n.entry(2022, "h) Jumlah kerja sama yang ditindaklanjuti")],
            ),
            (2023, vec![n.entry(2023, "Jumlah KSDD")]),
            (
                2024,
                vec![n.entry(2024, "d) Jumlah Kerja Sama Daerah dengan Daerah Lain")],
            ),
        ];
        // the letters alone fit `Kerja Sama yang DitinDaklanjuti`
        let by_letters = verdict(&years[1].1[0], &years[2].1[0]);
        assert_eq!(by_letters.outcome, Outcome::Auto, "{by_letters:?}");
        super::super::defined::spell_out(&mut years);
        let v = verdict(&years[1].1[0], &years[2].1[0]);
        assert_eq!(v.outcome, Outcome::None, "{v:?}");
        // the words the agency glosses it by, and more, still abbreviate it
        let v = verdict(&years[2].1[0], &years[3].1[0]);
        assert_ne!(v.outcome, Outcome::None, "{v:?}");
        assert!(v.reason.contains("ksdd -> kerja sama daerah"), "{v:?}");
        // a code defined as some of the words its letters fit (`SNI`, `Standar Nasional`)
        let mut years = vec![
            (
                2020,
                vec![n.entry(2020, "Jumlah IKM yang memperoleh sertifikat SNI")],
            ),
            (
                2022,
                vec![n.entry(
                    2022,
                    "Jumlah IKM yang mendapatkan Sertifikat SNI (Standar Nasional Indonesia)",
                )],
            ),
        ];
        super::super::defined::spell_out(&mut years);
        let v = verdict(&years[0].1[0], &years[1].1[0]);
        assert_eq!(v.outcome, Outcome::Confirm, "{v:?}");
        // a code written after words it may abbreviate, with no brackets, defines nothing
        // that rules other words out
        let mut years = vec![
            (
                2021,
                vec![n.entry(2021, "Jumlah pengelola PBJ bersertifikat")],
            ),
            (
                2022,
                vec![n.entry(
                    2022,
                    "Jumlah pengelola pengadaan barang/jasa yang bersertifikat kompetensi",
                )],
            ),
            (
                2024,
                vec![n.entry(2024, "Persentase belanja PBJ melalui e-katalog")],
            ),
        ];
        super::super::defined::spell_out(&mut years);
        let v = verdict(&years[0].1[0], &years[1].1[0]);
        assert_ne!(v.outcome, Outcome::None, "{v:?}");
    }

    #[test]
    fn a_code_another_name_defines_is_compared_written_out_to_confirm() {
        let mut n = super::super::collect::Names::default();
        let mut years = vec![
            (
                2022,
                vec![n.entry(2022, "Rasio Penyuluh Pertanian per Desa")],
            ),
            (2023, vec![n.entry(2023, "Rasio PPL terhadap desa")]),
            (
                2024,
                vec![n.entry(2024, "3.4 Rasio penyuluh pertanian lapangan (PPL) per desa")],
            ),
        ];
        let plain: Vec<Outcome> = [(0, 1), (1, 2)]
            .iter()
            .map(|&(x, y)| verdict(&years[x].1[0], &years[y].1[0]).outcome)
            .collect();
        assert_eq!(plain, [Outcome::None, Outcome::Auto]);
        super::super::defined::spell_out(&mut years);
        let v = verdict(&years[0].1[0], &years[1].1[0]);
        assert_eq!(v.outcome, Outcome::Confirm, "{v:?}");
        assert!(
            v.reason.contains("PPL = penyuluh pertanian lapangan"),
            "{v:?}"
        );
        assert_eq!(
            verdict_with(&years[0].1[0], &years[1].1[0], false).outcome,
            Outcome::Confirm
        );
        let mut scored = Scored::default();
        assert_ne!(
            scored.name_cap(&years[0].1[0], &years[1].1[0]),
            Some(Outcome::None)
        );
        // the names that write the code compare as they did
        assert_eq!(
            verdict(&years[1].1[0], &years[2].1[0]).outcome,
            Outcome::Auto
        );
        // a name that writes the code too is compared as written: the code is one word
        let mut years = vec![
            (2022, vec![n.entry(2022, "Persentase Data Terpadu Kesejahteraan Sosial (DTKS) yang diverifikasi dan divalidasi")]),
            (2023, vec![n.entry(2023, "Persentase DTKS yang diverifikasi dan divalidasi")]),
            (2024, vec![n.entry(2024, "Persentase data DTKS yang dimutakhirkan")]),
        ];
        super::super::defined::spell_out(&mut years);
        assert_eq!(
            verdict(&years[1].1[0], &years[2].1[0]).outcome,
            Outcome::None
        );
        assert_eq!(
            verdict(&years[0].1[0], &years[2].1[0]).outcome,
            Outcome::None
        );
    }

    #[test]
    fn light_words_one_name_has_alone_count_for_nothing() {
        let m = |a: &str, b: &str| {
            let (s, c, _) = names(a, b);
            (s, c)
        };
        // "Nilai" of a code or a measure, "Hasil" of an evaluation
        assert_eq!(m("Nilai SAKIP", "SAKIP"), (1.0, None));
        assert_eq!(
            m("Nilai IKM", "Indeks Kepuasan Masyarakat (IKM)"),
            (1.0, None)
        );
        assert_eq!(
            m("Nilai Hasil Evaluasi SAKIP", "Nilai Evaluasi SAKIP"),
            (1.0, None)
        );
        // counted as any word where both names have it, and no other word is light
        assert!(m("Nilai SAKIP", "Nilai Evaluasi SAKIP").0 < 0.7);
        assert!(m("Jumlah dokumen SAKIP", "SAKIP").0 < 0.6);
        // "Nilai" measures nothing before a code or a measure word, and a value otherwise
        assert_eq!(m("Nilai Indeks SPBE", "Indeks SPBE"), (1.0, None));
        assert_eq!(
            m("Nilai investasi", "Indeks investasi").1,
            Some(Outcome::Confirm)
        );
    }

    #[test]
    fn a_code_one_name_adds_to_three_words_in_four_the_same_is_a_doubt() {
        assert_eq!(
            cap(
                "Nilai LHE AKIP Perangkat Daerah",
                "Nilai AKIP Perangkat Daerah"
            ),
            Some(Outcome::Confirm)
        );
        // two words in three: another indicator; a level or a kind: always another
        assert_eq!(
            cap("Jumlah dokumen LHE", "Jumlah dokumen evaluasi"),
            Some(Outcome::None)
        );
        assert_eq!(
            cap("Jumlah LHE dokumen", "Jumlah dokumen"),
            Some(Outcome::None)
        );
        assert_eq!(
            cap(
                "Jumlah sekolah SD negeri terakreditasi",
                "Jumlah sekolah negeri terakreditasi"
            ),
            Some(Outcome::None)
        );
    }

    #[test]
    fn a_code_a_name_defines_its_words_by_is_not_another_codes() {
        // `Indeks Kualitas Lahan` would make IKLH (Indeks Kualitas LaHan), but the name says
        // it is IKL
        assert_eq!(
            cap("Indeks Kualitas Lahan (IKL)", "IKLH"),
            Some(Outcome::None)
        );
        assert_eq!(cap("Indeks Kualitas Lahan", "IKLH"), None);
        // the code it defines them by, before or after them
        assert_eq!(names("Angka Partisipasi Murni (APM)", "APM").0, 1.0);
        assert_eq!(names("AKI (Angka Kematian Ibu)", "AKI").0, 1.0);
    }

    #[test]
    fn keyed_comparison_is_the_same_as_on_words() {
        for a in NAMES {
            for b in NAMES {
                let (wa, wb) = (words(a), words(b));
                let (s, c, _) = compare_words(&wa, &wb, false);
                let (ks, kc) = compare_keyed(&wa, &NameKey::of(&wa), &wb, &NameKey::of(&wb));
                assert_eq!((s, c), (ks, kc), "{a} / {b}");
            }
        }
    }

    #[test]
    fn a_short_form_defined_in_brackets_finds_the_names_that_write_it_alone() {
        let tokens = |name: &str| {
            let w = words(name);
            let mut t = Vec::new();
            block_tokens(&w, &NameKey::of(&w), &mut t);
            t
        };
        let shared = |a: &str, b: &str| {
            let (ta, tb) = (tokens(a), tokens(b));
            ta.iter().any(|t| tb.binary_search(t).is_ok())
        };
        // `Pokdakan`, left out of the score as the words before it define it
        assert!(shared(
            "Jumlah kelompok pembudidaya ikan (Pokdakan)",
            "Jumlah Pokdakan"
        ));
        // a name with no word of the other's: none (the measure word alone finds nothing)
        assert!(!shared(
            "Jumlah kelompok pembudidaya ikan",
            "Jumlah Pokdakan"
        ));
    }

    #[test]
    fn block_tokens_hold_the_initials_of_every_run_of_two_to_six_ordinary_words() {
        // a stop word between the words read both ways
        for (name, code) in [
            ("Average Length of Stay", "alos"),
            ("Pekerjaan Umum dan Penataan Ruang", "pupr"),
        ] {
            let w = words(name);
            let mut tokens = Vec::new();
            block_tokens(&w, &NameKey::of(&w), &mut tokens);
            let h = code
                .chars()
                .fold(0xcbf2_9ce4_8422_2325 ^ u64::from(b'c'), |h, c| {
                    (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
                });
            assert!(tokens.binary_search(&h).is_ok(), "{name}: {code}");
        }
        for name in NAMES
            .iter()
            .copied()
            .chain(["Angka Partisipasi Kasar Sekolah Menengah Atas Negeri Kabupaten Banjar"])
        {
            let w = words(name);
            let mut tokens = Vec::new();
            block_tokens(&w, &NameKey::of(&w), &mut tokens);
            // each window of n words, its initials hashed at once
            let plain = |x: &Word| !x.code && !x.number && !x.stop;
            for n in 2..=6.min(w.len()) {
                for run in w.windows(n).filter(|r| r.iter().all(plain)) {
                    let h = run
                        .iter()
                        .filter_map(|x| x.norm.chars().next())
                        .fold(0xcbf2_9ce4_8422_2325 ^ u64::from(b'c'), |h, c| {
                            (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
                        });
                    assert!(tokens.binary_search(&h).is_ok(), "{name}: {n} words");
                }
            }
            // and no run of seven
            if w.len() >= 7 && w[..7].iter().all(plain) {
                let h = w[..7]
                    .iter()
                    .filter_map(|x| x.norm.chars().next())
                    .fold(0xcbf2_9ce4_8422_2325 ^ u64::from(b'c'), |h, c| {
                        (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
                    });
                assert!(tokens.binary_search(&h).is_err(), "{name}: 7 words");
            }
        }
    }

    /// Words of indicator names and near-spellings of them (one beyond ASCII), for the tests
    /// of word scores.
    const WORDS: &[&str] = &[
        "persentase",
        "prosentase",
        "prosentasi",
        "persen",
        "koperasi",
        "koprasi",
        "kooperasi",
        "omzet",
        "omset",
        "usaha",
        "usha",
        "anggota",
        "angota",
        "kehadirannya",
        "kehadiran",
        "promosi",
        "pameran",
        "perangkat",
        "perencanaan",
        "pendampingan",
        "pengembangan",
        "peningkatan",
        "pembinaan",
        "pemberdayaan",
        "akreditasi",
        "aktif",
        "mikro",
        "menengah",
        "rata-rata",
        "kuantitas",
        "kuantitás",
        "kualitas",
        "pengawas",
        "pengawasan",
        "penduduk",
        "pendapatan",
        "pendidikan",
        "penerima",
        "pelaku",
        "pelayanan",
        "pelaksanaan",
        "masyarakat",
        "masyarakaat",
        "kepuasan",
        "kepuasaan",
        "terakreditasi",
        "tersertifikasi",
        "kabupaten",
        "kabupatn",
        "éclair",
        "ecl-air",
        "SD",
        "x",
    ];

    #[test]
    fn ascii_words_score_as_the_general_path_scores_them() {
        let word = |t: &str| words(t).into_iter().next().expect("one word");
        let (mut bytes, mut chars) = (0, 0);
        for a in WORDS {
            for b in WORDS {
                let (wa, wb) = (word(a), word(b));
                let general = strsim::jaro_winkler(&wa.norm, &wb.norm);
                assert_eq!(jaro_winkler(&wa, &wb), general, "{a} / {b}");
                if wa.norm.is_ascii() && wb.norm.is_ascii() {
                    bytes += 1;
                } else {
                    chars += 1;
                }
            }
        }
        // most pairs took the bytes' path, some (kuantitás, éclair) the characters'
        assert!(bytes > chars && chars > 0, "{bytes} / {chars}");
    }

    /// The characters two words share, from their letter counts, are those counted one by
    /// one as before (each of the first word's characters taken once), long words too.
    #[test]
    fn shared_characters_are_those_counted_one_by_one() {
        fn counted(a: &str, b: &str) -> u32 {
            let bucket = |c: char| match c {
                'a'..='z' => c as usize - 'a' as usize,
                _ => 26,
            };
            let mut held = [0u32; 27];
            for c in a.chars() {
                held[bucket(c)] += 1;
            }
            let mut shared = 0;
            for c in b.chars() {
                let k = bucket(c);
                if held[k] > 0 {
                    held[k] -= 1;
                    shared += 1;
                }
            }
            shared
        }
        let mut vocabulary: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
        vocabulary.extend([
            "a".repeat(300),
            format!("{}b", "a".repeat(260)),
            "aé".repeat(140),
        ]);
        for a in &vocabulary {
            for b in &vocabulary {
                let (wa, wb) = (&words(a)[0], &words(b)[0]);
                assert_eq!(
                    shared_characters(wa, wb),
                    counted(&wa.norm, &wb.norm),
                    "{a} / {b}"
                );
            }
        }
    }

    /// A root done to (`di-`) and the same root as a state reached (`ter-`) are one word to
    /// the score; other prefixes, short roots and other roots are not.
    #[test]
    fn done_and_reached_are_one_word() {
        use super::passive_and_stative as pair;
        for (x, y) in [
            ("dibentuk", "terbentuk"),
            ("dilayani", "terlayani"),
            ("direkonsiliasi", "terekonsiliasi"),
            ("dipasang", "terpasang"),
        ] {
            assert!(pair(x, y), "{x} / {y}");
            assert!(!pair(y, x), "{y} / {x}");
        }
        for (x, y) in [
            ("dilatih", "pelatih"),
            ("diterima", "penerima"),
            ("diri", "teri"),
            ("dibentuk", "terbangun"),
        ] {
            assert!(!pair(x, y), "{x} / {y}");
        }
    }

    /// Every pair of words `may_be_near` refuses scores under 0.9 (it refuses many).
    #[test]
    fn words_refused_before_jaro_winkler_score_under_the_bar() {
        let mut vocabulary: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
        // and words made by a fixed rule from a few letters (near and far alike)
        let mut x: u32 = 7;
        for _ in 0..300 {
            let len = 4 + (x % 9) as usize;
            let word: String = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ['a', 'e', 'k', 'n', 'p', 's', 'é'][(x >> 16) as usize % 7]
                })
                .collect();
            vocabulary.push(format!("p{word}"));
        }
        let (mut refused, mut scored) = (0, 0);
        for a in &vocabulary {
            for b in &vocabulary {
                let (wa, wb) = (&words(a)[0], &words(b)[0]);
                let jw = strsim::jaro_winkler(&wa.norm, &wb.norm);
                if may_be_near(wa, wb) {
                    scored += 1;
                } else {
                    refused += 1;
                    assert!(jw < 0.9, "{a} / {b}: {jw}");
                }
            }
        }
        assert!(refused > scored, "{refused} refused, {scored} scored");
    }

    #[test]
    fn drifting_names_score_high() {
        let (s, c, r) = names(
            "Jumlah anggota koperasi yang aktif",
            "Jumlah anggota koperasi pada koperasi aktif",
        );
        assert!(s >= AUTO && c.is_none(), "{s} {r:?}");
        assert!(r.iter().any(|r| r.starts_with("+ pada koperasi")), "{r:?}");
        let (s, _, r) = names("Rata - rata omzet koperasi", "Rata-rata omset koperasi");
        assert!(s >= 0.99, "{s}");
        assert!(r.iter().any(|r| r == "omzet -> omset"), "{r:?}");
    }
}
