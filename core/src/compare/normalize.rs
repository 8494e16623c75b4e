//! Indicator names as words: lower case, the spelling table applied, stop words dropped, and
//! each word marked as a code (`UMKM`, `SD`), a number, or an ordinary word.

/// Spellings agencies use for one word, and the one rakit compares.
pub const SPELLINGS: &[(&str, &str)] = &[
    ("prosentase", "persentase"),
    ("prosentasi", "persentase"),
    ("persentasi", "persentase"),
    ("presentase", "persentase"),
    ("presentasi", "persentase"),
    ("omzet", "omset"),
    // a school's pupils (`peserta didik`, as the law names them, is one word too:
    // [`phrases`])
    ("murid", "siswa"),
    ("rata2", "rata-rata"),
    ("ratarata", "rata-rata"),
    ("pra", "prasarana"),
    ("sarpras", "prasarana"),
    ("admin", "administrasi"),
    ("adm", "administrasi"),
    ("kab", "kabupaten"),
    // short forms of a narrow column ("Jml. BUMDes aktif", "Pers. desa mandiri")
    ("jml", "jumlah"),
    ("dok", "dokumen"),
    // sport, as a sports office shortens it (`sarana prasarana OR`, `event OR`)
    ("or", "olahraga"),
    // how often a thing is done is how many times (`Frekuensi patroli` / `Jumlah patroli`)
    ("frekuensi", "jumlah"),
    ("pers", "persentase"),
    ("prosen", "persentase"),
    ("rerata", "rata-rata"),
    ("prov", "provinsi"),
    ("nas", "nasional"),
    // the region's government (`Pemerintah Kabupaten` is `Pemerintah Daerah`: [`phrases`])
    ("pemkab", "pemda"),
    ("pemkot", "pemda"),
    ("pemprov", "pemda"),
    // the agency itself, however written ("Perangkat Daerah" too: [`phrases`])
    ("skpd", "opd"),
    ("pd", "opd"),
    // a disease's short form ("Angka penemuan kasus TB" / "… Tuberkulosis")
    ("tb", "tuberkulosis"),
    ("tbc", "tuberkulosis"),
    // one word for age
    ("umur", "usia"),
    // past its use-by date, as the dictionary spells it and as it is often written
    ("kadaluarsa", "kedaluwarsa"),
    ("kadaluwarsa", "kedaluwarsa"),
    ("kedaluarsa", "kedaluwarsa"),
    // peace, as the dictionary spells it and as it is often written
    ("ketentraman", "ketenteraman"),
    // the currency of a unit written in the name (`(Rp juta)`, `(juta rupiah)`)
    ("rupiah", "rp"),
    ("idr", "rp"),
    // a small number in words, as a number (`roda dua` / `roda 2`): numbers must agree
    ("satu", "1"),
    ("dua", "2"),
    ("tiga", "3"),
    ("empat", "4"),
    ("lima", "5"),
    ("enam", "6"),
    ("tujuh", "7"),
    ("delapan", "8"),
    ("sembilan", "9"),
    ("sepuluh", "10"),
    // vaccinated, the vaccine's word or the vaccination's (`HPR yg divaksin` / `HPR yang
    // divaksinasi`)
    ("divaksin", "divaksinasi"),
    // to stay, as statistics name a guest's stay (`Rata-rata lama menginap`) and tourism
    // offices (`Rata-rata lama tinggal wisatawan`)
    ("menginap", "tinggal"),
    // a laboratory, clipped as its own staff write it (`SDM lab yg dilatih`, `alat lab`)
    ("lab", "laboratorium"),
];

/// Words that carry no meaning of their own in an indicator's name, the same shortened
/// (`yg`, `dgn`, `thd`), and taking part in what the next word names (`petani yang
/// mengikuti pelatihan`: the farmers trained, `dilatih`).
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "pada", "dalam", "untuk", "dengan", "terhadap", "berupa",
    "atau", "serta", "oleh", "bagi", "dll", "sebagai", "melalui", "tersebut", "adalah", "itu",
    "ini", "akan", "telah", "sudah", "secara", "para", "se", "per", "of", "the", "and", "in",
    "yg", "dgn", "dg", "thd", "dlm", "utk", "tsb",
    "mengikuti", "ikut",
];

/// Codes written in lower case that must still agree (`umkm`, `sd`).
const KNOWN_CODES: &[&str] = &[
    "umkm", "ukm", "kumkm", "kum", "ikm", "sd", "smp", "sma", "smk", "paud", "sdm", "pns", "asn",
    "bpr", "lkm", "kur", "rat", "haki",
];

/// Whether a code is one of [`KNOWN_CODES`] (`sd`, `umkm`): a level or a kind of enterprise,
/// never left out by one name of the same indicator.
pub fn known_code(norm: &str) -> bool {
    KNOWN_CODES.contains(&norm)
}

/// What a normalised word is to matching, if it is in [`KNOWN_CODES`] or [`STOP_WORDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Code,
    Stop,
}

/// [`SPELLINGS`], [`KNOWN_CODES`] and [`STOP_WORDS`] as maps, made once: every word of every
/// name is looked up in them (a hash instead of some 60 comparisons).
struct Lexicon {
    spellings: rustc_hash::FxHashMap<&'static str, &'static str>,
    kinds: rustc_hash::FxHashMap<&'static str, Kind>,
}

impl Lexicon {
    fn get() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(|| Lexicon {
            spellings: SPELLINGS.iter().copied().collect(),
            // a code is never also a stop word (a unit test holds the lists to that)
            kinds: KNOWN_CODES
                .iter()
                .map(|w| (*w, Kind::Code))
                .chain(STOP_WORDS.iter().map(|w| (*w, Kind::Stop)))
                .collect(),
        })
    }

    /// The spelling rakit compares for a lower-case word, if the table lists it.
    fn spelling(&self, low: &str) -> Option<&'static str> {
        self.spellings.get(low).copied()
    }

    fn kind(&self, norm: &str) -> Option<Kind> {
        self.kinds.get(norm).copied()
    }
}

/// One word of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// as written (for reasons shown to people)
    pub raw: String,
    /// lower case, spelling table applied
    pub norm: String,
    /// the characters of `norm`
    pub chars: usize,
    /// a hash of `norm` ([`norm_hash`]): words whose hashes differ are different words
    pub hash: u64,
    /// an abbreviation or code (`UMKM`, `SD`, `KUR`)
    pub code: bool,
    /// a number (`90`)
    pub number: bool,
    /// a stop word (kept for reasons, left out of the score)
    pub stop: bool,
    /// a code written alone in brackets at the end of the name, abbreviating none of the
    /// words beside it ("… balita gizi buruk yang ditangani (BGM)"), or joined by a hyphen to
    /// the code before it (`JKN-KIS`): a note on the name, so that one name adding it is a
    /// doubt, not another indicator ([`mark_aside`], [`mark_joined`])
    pub aside: bool,
    /// written alone in brackets (`(ODF)`, `(IR)`): with the words before it, which the
    /// name may gloss it by ([`crate::compare::matching`] passes them over where the other
    /// name writes the code and not them)
    pub bracketed: bool,
    /// a code joined by a hyphen to the code after it, which it qualifies (`TP` in `TP-PKK`,
    /// Tim Penggerak PKK): a name that writes the next code without it is a doubt, not
    /// another indicator ([`mark_joined`])
    pub leads: bool,
    /// a word of three letters or fewer in a name written in capitals throughout, kept a
    /// code (`UJI`, `TPU`; [`plain_in_capitals`]): it may as well be a word, one that a code
    /// abbreviates with the others (`KBWU` / `KENDARAAN BERMOTOR WAJIB UJI`)
    pub shouted: bool,
    /// how often `norm` holds each letter a–z, and any other character (the last), at most
    /// 255 each ([`letter_counts`]): what two words share, counted once per word
    pub letters: [u8; 27],
    /// a code that names of the comparison define (`kerja sama antar daerah (KSDD)`): the
    /// hashes of their content words ([`super::defined::spell_out`]), the only words its
    /// letters may stand for in another name ([`super::matching`]); `None` for a code no
    /// name defines, and for every other word
    pub defined_as: Option<std::sync::Arc<[u64]>>,
}

/// How often a word holds each letter a–z and (the last) any other character.
pub fn letter_counts(norm: &str) -> [u32; 27] {
    let mut held = [0u32; 27];
    for c in norm.chars() {
        let k = match c {
            'a'..='z' => c as usize - 'a' as usize,
            _ => 26,
        };
        held[k] += 1;
    }
    held
}

/// How many letters two words' [`letter_counts`] differ by (a letter one holds more of counts
/// each time).
fn letters_apart(a: &[u8; 27], b: &[u32; 27]) -> u32 {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| u32::from(x).abs_diff(y))
        .sum()
}

/// FNV-1a of a word's `norm`, so that words are told apart without comparing their text.
pub fn norm_hash(norm: &str) -> u64 {
    norm.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Word {
    /// The same word once normalised (`norm` equal), told by the hash first.
    #[inline]
    pub fn same(&self, other: &Word) -> bool {
        self.hash == other.hash && self.norm == other.norm
    }

    /// The word, written as it was, read as `norm` (its root: [`super::roots`]).
    pub(crate) fn read_as(&self, norm: String) -> Word {
        Word {
            chars: norm.chars().count(),
            hash: norm_hash(&norm),
            letters: letter_counts(&norm).map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
            norm,
            ..self.clone()
        }
    }
}

/// The words of a name.
pub fn words(name: &str) -> Vec<Word> {
    // "Rata - rata", "rata rata", "rata-rata" are one word
    let stripped = strip_numbering(name);
    // a name led by the sign (`% Desa mandiri`) states its measure as `Persentase` does
    let led_by_percent = stripped
        .trim_start()
        .strip_prefix('%')
        .filter(|rest| rest.starts_with(|c: char| c.is_whitespace() || c.is_alphabetic()))
        .map(|rest| format!("Persentase {}", rest.trim_start()));
    let stripped = led_by_percent.as_deref().unwrap_or(stripped);
    // most names hold no "rata": no copy, and the patterns are not looked for
    let text: std::borrow::Cow<str> = if lower_find(stripped, "rata").is_some() {
        let mut text = stripped.to_string();
        for pat in [
            "rata - rata",
            "rata -rata",
            "rata- rata",
            "rata rata",
            "rata-rata",
        ] {
            while let Some(i) = lower_find(&text, pat) {
                text.replace_range(i..i + pat.len(), "ratarata");
            }
        }
        text.into()
    } else {
        stripped.into()
    };
    // a span of time written `1 x 24 jam`, `1X24`, `1×24`: one word, `1x24`
    let text = match times_joined(&text) {
        Some(t) => t.into(),
        None => text,
    };
    // a word said twice (`laki-laki`, `anak-anak`): one word; and both sexes noted at the
    // end (`(L+P)`): no word, the name counts them all as it would unnoted
    let text = match reduplicated_joined(&text) {
        Some(t) => t.into(),
        None => text,
    };
    let text = match both_sexes_noted(&text) {
        Some(t) => t.into(),
        None => text,
    };
    let lexicon = Lexicon::get();
    let mut out = Vec::with_capacity(8);
    if text.is_ascii() {
        // most names: split and read byte by byte, as the general path reads them (an
        // ASCII character is alphanumeric exactly when its byte is; a unit test compares)
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            out.push(ascii_word(&text[start..i], lexicon));
        }
    } else {
        for raw in text.split(|c: char| !c.is_alphanumeric()) {
            if !raw.is_empty() {
                out.push(word(raw, lexicon));
            }
        }
    }
    if shouted(&text) {
        plain_in_capitals(&mut out, lexicon);
    }
    finish(&mut out, &text, lexicon);
    out
}

/// A name whose numbers multiplied (`1 x 24 jam`, `1X24`, `1×24`) are written as one word,
/// `1x24`; `None` where it writes none so.
fn times_joined(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let is_times = |c: char| matches!(c, 'x' | 'X' | '×');
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        i += 1;
        if !c.is_ascii_digit() {
            continue;
        }
        // spaces, the sign, spaces, then a digit
        let mut j = i;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        if !chars.get(j).copied().is_some_and(is_times) {
            continue;
        }
        let mut k = j + 1;
        while chars.get(k) == Some(&' ') {
            k += 1;
        }
        if chars.get(k).is_some_and(char::is_ascii_digit) && (k > j + 1 || j > i || chars[j] != 'x')
        {
            out.push('x');
            i = k;
            changed = true;
        }
    }
    changed.then_some(out)
}

/// A name whose words said twice with a hyphen (`laki-laki`, `Anak - anak`) are written as
/// one word (`lakilaki`); `None` where it writes none so. `rata-rata` is left to its own
/// spelling.
fn reduplicated_joined(text: &str) -> Option<String> {
    if !text.contains('-') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find('-') {
        let (before, after) = (&rest[..at], &rest[at + 1..]);
        let left = before.trim_end();
        let word_start = left.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + left[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &left[word_start..];
        let right = after.trim_start();
        let next: String = right.chars().take_while(|c| c.is_alphabetic()).collect();
        let ends = right[next.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if word.chars().count() >= 2
            && ends
            && word.eq_ignore_ascii_case(&next)
            && !word.eq_ignore_ascii_case("rata")
        {
            out.push_str(left);
            out.push_str(&next.to_lowercase());
            rest = &right[next.len()..];
            changed = true;
        } else {
            out.push_str(before);
            out.push('-');
            rest = after;
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// A name without the note of both sexes at its end (`(L+P)`, `(L/P)`, `(L & P)`, `(L dan
/// P)`); `None` where it ends with none.
fn both_sexes_noted(text: &str) -> Option<String> {
    let (before, inner) = crate::text::bracket_at_end(text)?;
    let letters: String = inner
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    matches!(
        letters.as_str(),
        "l+p" | "p+l" | "l/p" | "l&p" | "ldanp" | "l+p=total"
    )
    .then(|| before.trim_end().to_string())
}

/// Whether a name is written in capitals throughout (`JUMLAH TAMAN KOTA YANG DIBANGUN`): no
/// small letter, three words of three letters or more.
fn shouted(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
        && text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 3)
            .count()
            >= 3
}

/// The words of a name written in capitals throughout, where capitals say nothing: a word of
/// four letters or more that reads as a word (`TAMAN`, `KOTA`, `JUMLAH`), or a stop word
/// (`YANG`, `DAN`), is an ordinary word unless known as a code; a shorter one (`TPU`, `RTH`)
/// and one no word is spelled like (`IPTM`, `SKPD`: [`spelled_as_code`]) stay codes.
fn plain_in_capitals(words: &mut [Word], lexicon: &Lexicon) {
    for w in words.iter_mut().filter(|w| w.code && !w.number) {
        let known = lexicon.kind(&w.norm);
        if known == Some(Kind::Code) {
            continue;
        }
        if (w.chars >= 4 && !spelled_as_code(&w.norm)) || known == Some(Kind::Stop) {
            w.code = false;
            w.stop = known == Some(Kind::Stop);
        } else {
            w.shouted = w.chars < 4;
        }
    }
}

/// Whether a word (lower case) is spelled as a code rather than a word: no vowel, or three
/// consonants in a row (`iptm`, `umkm`, `skpd`, `pdrb`).
fn spelled_as_code(word: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    if !word.chars().any(vowel) {
        return true;
    }
    let mut run = 0;
    for c in word.chars() {
        run = if c.is_alphabetic() && !vowel(c) {
            run + 1
        } else {
            0
        };
        if run >= 3 {
            return true;
        }
    }
    false
}

/// What is made of a name's words once split from `text`: Roman numbers, codes joined,
/// defined or in brackets, the phrases, the notes at the end.
fn finish(out: &mut Vec<Word>, text: &str, lexicon: &Lexicon) {
    // where each word stands in the text: only for a hyphen, a slash, a point or a bracket
    // beside it (split otherwise than `words` cannot happen: both split on letters and digits)
    let mut spans = Some(text)
        .filter(|t| t.contains(['-', '(', '/', '.']))
        .map(word_spans)
        .filter(|s| s.len() == out.len());
    if let Some(spans) = spans.as_mut() {
        numbered_codes(out, spans, text, lexicon);
    }
    roman_numbers(out, lexicon);
    if let Some(spans) = spans.as_ref().filter(|_| text.contains('/')) {
        mark_offered(out, text, spans);
    }
    if let Some(spans) = spans.filter(|_| text.contains(['-', '('])) {
        mark_joined(out, text, &spans);
        mark_bracketed(out, text, &spans);
        drop_defined_code_groups(out, text, &spans);
    }
    drop_defined_codes(out);
    drop_defined_short_forms(out);
    mark_bracketed_notes(out);
    phrases(out, lexicon);
    years_said(out);
    revenue_said(out);
    drop_both_kinds(out);
    mark_aside(out, text);
    // a note is a code's ("(PD)" became the ordinary word `opd`)
    for x in out.iter_mut() {
        x.aside &= x.code;
    }
}

/// A name that leads with the money taken in, however written, before the tax or the levy
/// that brings it (`Realisasi PAD retribusi pelayanan pemakaman`, `Pendapatan retribusi pemakaman`,
/// `Realisasi penerimaan BPHTB`, `Penerimaan PAD dari retribusi`, `Jumlah penerimaan PKB`):
/// one word, `pendapatan`,
/// as `Realisasi`, `Penerimaan`, `PAD` or `Pendapatan Asli Daerah` there all say only that
/// the figure is the money taken in (the others left out like stop words). A name that says
/// no more (`Realisasi PAD`) is left as written.
fn revenue_said(w: &mut [Word]) {
    let Some(mut first) = w.iter().position(|x| !x.stop && !x.number) else {
        return;
    };
    // the sum of it (`Jumlah penerimaan PKB`, `Total pendapatan retribusi`): the money taken
    // in all the same, no count
    let lead = matches!(w[first].norm.as_str(), "jumlah" | "total");
    let next = (first + 1..w.len()).find(|&i| !w[i].stop && !w[i].number);
    let summed = next.filter(|&i| {
        lead && matches!(
            w[i].norm.as_str(),
            "realisasi" | "penerimaan" | "pendapatan" | "pad"
        )
    });
    if let Some(next) = summed {
        first = next;
    }
    // the words of the money taken in, one after another from the first
    let mut end = first;
    let mut revenue = false;
    loop {
        let skip_stops = |mut i: usize| {
            while i < w.len() && w[i].stop {
                i += 1;
            }
            i
        };
        let i = skip_stops(end);
        let Some(x) = w.get(i) else {
            break;
        };
        let own_revenue = x.norm == "pendapatan"
            && w.get(i + 1).is_some_and(|y| y.norm == "asli")
            && w.get(i + 2).is_some_and(|y| y.norm == "daerah");
        end = match x.norm.as_str() {
            _ if own_revenue => i + 3,
            "realisasi" | "penerimaan" | "pendapatan" | "pad" => i + 1,
            _ => break,
        };
        revenue |= x.norm != "realisasi";
    }
    // what brings it, after them: a tax or a levy, by its name or its code (`BPHTB`,
    // `SWDKLLJ`); or, after a word of revenue, anything but its realising (`PAD dari tiket
    // masuk`, not `PAD yang terealisasi`). After `Realisasi` alone, no other word (a budget
    // spent, `Realisasi anggaran`, is no revenue)
    const LEVIES: [&str; 12] = [
        "pajak",
        "retribusi",
        "bea",
        "bphtb",
        "pbb",
        "pkb",
        "bbnkb",
        "pbbkb",
        "ppj",
        "pap",
        "mblb",
        "pbjt",
    ];
    let brought = w[end..]
        .iter()
        .find(|x| !x.stop && !x.number)
        .is_some_and(|x| {
            let capitals = x.chars >= 3 && x.raw.chars().all(|c| c.is_uppercase());
            // after the word of a sum, only a levy written out of brackets (`Jumlah realisasi
            // PAD (Rp milyar)` says no more than `Realisasi PAD`)
            let levy = LEVIES.contains(&x.norm.as_str()) || x.code || capitals;
            match summed {
                Some(_) => levy && !x.bracketed,
                None => levy || revenue && !x.norm.contains("realisasi"),
            }
        });
    if end == first || !brought {
        return;
    }
    // the word of the sum before it, as the others, says no more
    for x in w[..first].iter_mut().filter(|x| !x.number) {
        x.stop = true;
        x.code = false;
    }
    let money = w[first].read_as("pendapatan".to_string());
    w[first] = Word {
        code: false,
        stop: false,
        ..money
    };
    for x in &mut w[first + 1..end] {
        x.stop = true;
        x.code = false;
    }
}

/// The year a name says of itself (`Cakupan Pendataan Keluarga 2024 (PK24)`): a year from
/// 1990 to 2100 is left out as a stop word is (each year's figures are another entry), and
/// a code stamped with its year's last two digits (`PK21`, `PK24`: Pendataan Keluarga of
/// 2021, of 2024) is that code without them.
fn years_said(w: &mut [Word]) {
    for x in w.iter_mut() {
        if x.number
            && x.chars == 4
            && x.norm
                .parse::<u32>()
                .is_ok_and(|y| (1990..=2100).contains(&y))
        {
            x.number = false;
            x.stop = true;
            continue;
        }
        let digits = x.norm.bytes().rev().take_while(u8::is_ascii_digit).count();
        let letters = x.norm.len() - digits;
        if x.code
            && digits == 2
            && letters >= 2
            && x.norm[..letters].bytes().all(|c| c.is_ascii_lowercase())
            && x.norm[letters..]
                .parse::<u32>()
                .is_ok_and(|y| (15..=35).contains(&y))
        {
            let norm = x.norm[..letters].to_string();
            x.chars = norm.chars().count();
            x.hash = norm_hash(&norm);
            x.letters = letter_counts(&norm).map(|n| u8::try_from(n).unwrap_or(u8::MAX));
            x.norm = norm;
        }
    }
}

/// A kind and its opposite named together (`PLN dan non PLN`, `ASN maupun non-ASN`,
/// `nonformal dan formal`): every kind, as a name naming neither, so the words are left
/// out like stop words (`Rasio Desa Berlistrik PLN dan non PLN` is `Rasio desa
/// berlistrik`).
fn drop_both_kinds(w: &mut [Word]) {
    const JOINS: [&str; 4] = ["dan", "maupun", "serta", "atau"];
    let joins = |x: &Word| JOINS.contains(&x.norm.as_str());
    // `non` and the kind as two words, or as one (`nonformal`)
    let negates = |n: &[Word], kind: &Word| -> Option<usize> {
        match n {
            [non, k, ..] if non.norm == "non" && k.same(kind) => Some(2),
            [one, ..] if one.norm.strip_prefix("non") == Some(kind.norm.as_str()) => Some(1),
            _ => None,
        }
    };
    let mut i = 0;
    while i + 2 < w.len() {
        let kind = &w[i];
        // the kind, then its opposite
        let span = (!kind.stop && !kind.number && joins(&w[i + 1]))
            .then(|| negates(&w[i + 2..], kind).map(|n| 2 + n))
            .flatten()
            .or_else(|| {
                // the opposite, then the kind
                (1..=2)
                    .find(|&n| {
                        i + n + 1 < w.len()
                            && joins(&w[i + n])
                            && !w[i + n + 1].stop
                            && negates(&w[i..i + n], &w[i + n + 1]) == Some(n)
                    })
                    .map(|n| n + 2)
            });
        match span {
            Some(n) => {
                for x in &mut w[i..i + n] {
                    x.stop = true;
                    x.code = false;
                }
                i += n;
            }
            None => i += 1,
        }
    }
}

/// A code and the number of its kind written as one (`AK/I`, `AK.1`, `AK-I`: the job
/// seeker's card, form AK/1): one code word read `ak1`, not a code and a number that must
/// agree with one in the other name. Only a code of two letters or more, joined without a
/// space by a slash, a point or a hyphen to a Roman number I to XII, or by a slash or a point
/// to a digit (`COVID-19`, `PBB-P2` stay two words).
fn numbered_codes(
    w: &mut Vec<Word>,
    spans: &mut Vec<std::ops::Range<usize>>,
    text: &str,
    lexicon: &Lexicon,
) {
    let mut i = 1;
    while i < w.len() && i < spans.len() {
        let glue = &text[spans[i - 1].end..spans[i].start];
        let raw = w[i].raw.as_str();
        let number = match ROMAN.iter().position(|r| raw == *r) {
            Some(n) if matches!(glue, "/" | "." | "-") => Some(n + 1),
            None if matches!(glue, "/" | ".") && raw.len() == 1 => {
                raw.parse::<usize>().ok().filter(|&n| n > 0)
            }
            _ => None,
        };
        let code = w[i - 1].code && !w[i - 1].number && w[i - 1].chars >= 2;
        let Some(n) = number.filter(|_| code) else {
            i += 1;
            continue;
        };
        let joined_raw = &text[spans[i - 1].start..spans[i].end];
        let mut x = word_of(joined_raw, format!("{}{n}", w[i - 1].norm), true, lexicon);
        x.code = true;
        x.number = false;
        w[i - 1] = x;
        w.remove(i);
        spans[i - 1].end = spans[i].end;
        spans.remove(i);
    }
}

/// Roman numbers I to XII, as [`roman_numbers`] and [`numbered_codes`] read them.
const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Roman numbers written after a word (`Kelas II`, `Tipe IV`, `Eselon III`) are numbers:
/// `Kelas II` and `Kelas 2` are one class, in a name in capitals too (`KELAS II`). Only in
/// capitals, I to XII (`DI Yogyakarta` is no number, nor is `MI`), never first or after a
/// number.
fn roman_numbers(w: &mut [Word], lexicon: &Lexicon) {
    for i in 1..w.len() {
        let Some(n) = ROMAN.iter().position(|r| w[i].raw == *r) else {
            continue;
        };
        if w[i - 1].number {
            continue;
        }
        let raw = w[i].raw.clone();
        w[i] = word_of(&raw, (n + 1).to_string(), false, lexicon);
    }
}

/// The byte ranges of the words of `text`, split as [`words`] splits it (on letters and
/// digits).
pub(crate) fn word_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric() && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Marks [`Word::bracketed`] each word of `text` (at `spans`) that stands alone in brackets:
/// `(IR)` in "Angka Kesakitan (IR) DBD".
fn mark_bracketed(w: &mut [Word], text: &str, spans: &[std::ops::Range<usize>]) {
    for (x, s) in w.iter_mut().zip(spans) {
        x.bracketed = text[..s.start].trim_end().ends_with('(')
            && text[s.end..].trim_start().starts_with(')');
    }
}

/// Marks [`Word::aside`] a code standing alone in brackets inside the name ("Angka Kesakitan
/// (IR) DBD") that abbreviates none of the words beside it ([`drop_defined_codes`] left it a
/// code): a gloss or a note on the words before it, so that a name without it is a doubt, not
/// another indicator. At the end of the name [`mark_aside`] decides.
fn mark_bracketed_notes(w: &mut [Word]) {
    let last = w.len().saturating_sub(1);
    for (i, x) in w.iter_mut().enumerate() {
        if i > 0 && i < last && x.code && x.bracketed {
            x.aside = true;
        }
    }
}

/// Marks [`Word::aside`] a code offered by a slash beside an ordinary word, before it or
/// after it (`Realisasi PNBP/retribusi jasa pengujian`): another name for what the word says,
/// a note on the name rather than another indicator. Codes on both sides (`SD/MI`) are one
/// term's spellings, and stay.
fn mark_offered(w: &mut [Word], text: &str, spans: &[std::ops::Range<usize>]) {
    // a word of letters (`D4` of `S1/D4` is a code written small)
    let plain = |x: &Word| {
        !x.code && !x.number && !x.stop && x.chars >= 3 && x.norm.chars().all(char::is_alphabetic)
    };
    for i in 1..w.len().min(spans.len()) {
        if text[spans[i - 1].end..spans[i].start].trim() != "/" {
            continue;
        }
        if w[i - 1].code && plain(&w[i]) {
            w[i - 1].aside = true;
        } else if w[i].code && plain(&w[i - 1]) {
            w[i].aside = true;
        }
    }
}

/// Marks [`Word::aside`] a code joined by a hyphen to the code before it (`JKN-KIS`): the
/// programme written with its successor, a note on the name rather than another indicator.
/// `w` holds the words of `text` one by one, at `spans`.
fn mark_joined(w: &mut [Word], text: &str, spans: &[std::ops::Range<usize>]) {
    for i in 1..w.len().min(spans.len()) {
        // a hyphen alone between the word and the one before
        let joined = &text[spans[i - 1].end..spans[i].start] == "-";
        if joined && w[i].code && w[i - 1].code {
            w[i].aside = true;
            w[i - 1].leads = true;
        }
    }
}

/// Marks the name's last word [`Word::aside`] where it is a code written alone in brackets at
/// the end of `text` and not defined by the words beside it, and the codes of a list written
/// so ("(halal, PIRT, SNI)", "(Renstra/Renja/RKA/DPA)"), but a level or a kind; a unit written so ("Jumlah kunjungan wisatawan (orang)") is left
/// out like a stop word.
fn mark_aside(w: &mut [Word], text: &str) {
    // the standard noted without brackets at the end, codes (and numbers) only after the
    // word that notes it ("… terbit tepat waktu sesuai SOP", "… berdasarkan SPM 2019")
    if let Some(at) = w
        .iter()
        .rposition(|x| ACCORDING_TO.contains(&x.norm.as_str()))
    {
        let tail = &w[at + 1..];
        // after a name of three words at least ("Persentase layanan sesuai SOP" is measured
        // by it)
        let named = w[..at].iter().filter(|x| !x.stop).count() >= 3;
        if named
            && (1..=3).contains(&tail.len())
            && tail.iter().all(|x| x.code || x.number)
            && tail.iter().any(|x| x.code)
        {
            note_the_standard(&mut w[at..]);
            return;
        }
    }
    let Some((before, inner)) = crate::text::bracket_at_end(text) else {
        return;
    };
    let inner = inner.trim();
    if let Some(last) = w.last_mut() {
        if last.code && last.raw == inner {
            last.aside = true;
            return;
        } else if last.raw.eq_ignore_ascii_case(inner) && UNIT_WORDS.contains(&last.norm.as_str()) {
            last.code = false;
            last.stop = true;
            // the brackets before the unit's are read as if they ended the name
            // ("Jumlah kerjasama pelatihan (MoU/PKS) (dokumen)")
            let n = w.len() - 1;
            if before.trim_end().ends_with(')') {
                mark_aside(&mut w[..n], before);
            }
            return;
        }
    }
    let listed: Vec<&str> = inner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    // a unit of several written so ("Angka Konsumsi Ikan (kg/kap/thn)", "(ton/tahun)", "(Rp
    // ribu)"): left out like stop words, as one unit word is
    let n = listed.len();
    let unit_part = |t: &&str| {
        let t = t.to_lowercase();
        UNIT_PARTS.contains(&t.as_str()) || UNIT_WORDS.contains(&t.as_str())
    };
    // or money in its scale (`(Rp ribu)`, `(juta rupiah)`)
    let money_scale = n <= 3
        && listed
            .iter()
            .any(|t| t.eq_ignore_ascii_case("rp") || t.eq_ignore_ascii_case("rupiah"))
        && listed
            .iter()
            .all(|t| MONEY_SCALES.iter().any(|m| t.eq_ignore_ascii_case(m)) || unit_part(t));
    if n >= 2 && (inner.contains('/') && listed.iter().all(unit_part) || money_scale) && w.len() > n
    {
        let at = w.len() - n;
        if w[at..].iter().zip(&listed).all(|(x, t)| x.raw == *t) {
            for x in &mut w[at..] {
                x.code = false;
                x.stop = true;
            }
            return;
        }
    }
    // the standard the figure is held to, noted in brackets at the end ("… selesai tepat
    // waktu (sesuai SOP)", "(berdasarkan SPM)"): a note on the name, its codes asides and its
    // other words left out like stop words, where the name's last words are the note's
    if listed
        .first()
        .is_some_and(|first| ACCORDING_TO.iter().any(|a| first.eq_ignore_ascii_case(a)))
        && listed.len() <= w.len()
    {
        let tail = w.len() - listed.len();
        if w[tail..].iter().zip(&listed).all(|(x, t)| x.raw == *t) {
            note_the_standard(&mut w[tail..]);
        }
        return;
    }
    // who or what the figure comes by, noted in brackets at the end in a word or two and a
    // code, a joining word among them or not (`… uji kompetensi (sertifikasi BNSP)`, `(data
    // BPS)`, `(pelatihan K3 dan pemilahan)`): its code a note, where the name's last words
    // are the note's and no level or kind (`(jenjang SD)`) is noted
    if (2..=5).contains(&listed.len()) && !inner.contains([',', '/', ';']) && listed.len() < w.len()
    {
        let tail = w.len() - listed.len();
        let note = &mut w[tail..];
        let written = note.iter().zip(&listed).all(|(x, t)| x.raw == *t);
        let codes = note.iter().filter(|x| x.code).count();
        let plain = note
            .iter()
            .filter(|x| !x.code && !x.number && !x.stop)
            .count();
        // stop words but a joining one count as words (`(sertifikasi oleh lembaga BNSP)`
        // is no note)
        let joining = note
            .iter()
            .filter(|x| x.stop && matches!(x.norm.as_str(), "dan" | "serta"))
            .count();
        if written
            && listed.len() - joining <= 3
            && codes == 1
            && plain >= 1
            && note.iter().all(|x| !x.code || !known_code(&x.norm))
        {
            for x in note.iter_mut().filter(|x| x.code) {
                x.aside = true;
            }
            return;
        }
    }
    // a list in the brackets ("… tersertifikasi (halal, PIRT, SNI)"): its codes are notes too,
    // where the name's last words are the list's, one by one
    if listed.len() < 2 || !inner.contains([',', '/', ';']) || listed.len() > w.len() {
        return;
    }
    let tail = w.len() - listed.len();
    if w[tail..].iter().zip(&listed).all(|(x, t)| x.raw == *t) {
        // a level or a kind listed ("(SD/MI)") still must agree
        for x in &mut w[tail..] {
            if x.code && !known_code(&x.norm) {
                x.aside = true;
            }
        }
    }
}

/// The words of a note on the standard a figure is held to (`sesuai SOP`): its codes
/// asides, its other words (the word that notes it, a year) left out like stop words.
fn note_the_standard(note: &mut [Word]) {
    for x in note {
        if x.code {
            x.aside = true;
        } else {
            x.number = false;
            x.stop = true;
        }
    }
}

/// Units an indicator's name may end with in brackets.
const UNIT_WORDS: [&str; 22] = [
    "orang", "jiwa", "hari", "unit", "rp", "rupiah", "poin", "persen", "km", "dokumen", "kali",
    "buah", "paket", "event", "lokasi", "produk", "kasus", "medali", "ton", "ha", "desa",
    "kegiatan",
];

/// The parts of a unit of several (`kg/kap/thn`, `ton/tahun`, `orang/hari`) beside
/// [`UNIT_WORDS`]: measures and the times and heads a figure is taken per.
const UNIT_PARTS: [&str; 19] = [
    "kg", "gr", "gram", "liter", "ltr", "m2", "m3", "ekor", "kap", "kapita", "kk", "thn", "th",
    "tahun", "bln", "bulan", "minggu", "jam", "ribu",
];

/// The scales money is written in beside `Rp` (`Rp ribu`, `juta rupiah`).
const MONEY_SCALES: [&str; 6] = ["ribu", "rb", "juta", "jt", "miliar", "milyar"];

/// The words a note on the standard a figure is held to starts with ("(sesuai SOP)",
/// "(berdasarkan SPM)", "(menurut Permenkes 43/2016)"), or on the level a programme stands
/// equal to ("Lulusan Paket A setara SD": the package is the primary school's equal).
const ACCORDING_TO: [&str; 7] = [
    "sesuai",
    "berdasarkan",
    "menurut",
    "mengacu",
    "setara",
    "setingkat",
    "sederajat",
];

/// Words that stand for several, as agencies write them.
const SHORT_FORMS: [(&str, &str); 14] = [
    ("wisman", "wisatawan mancanegara"),
    // a public cemetery, as a cemetery unit writes it (`lahan TPU` / `lahan makam`)
    ("tpu", "tempat pemakaman umum"),
    ("wisnus", "wisatawan nusantara"),
    ("fasyankes", "fasilitas pelayanan kesehatan"),
    ("faskes", "fasilitas kesehatan"),
    ("nakes", "tenaga kesehatan"),
    ("perda", "peraturan daerah"),
    ("perkada", "peraturan kepala daerah"),
    ("perbup", "peraturan bupati"),
    ("perwali", "peraturan walikota"),
    // public order and civil protection, as a Satpol PP writes them
    ("trantibum", "ketenteraman ketertiban umum"),
    ("trantib", "ketenteraman ketertiban"),
    ("linmas", "perlindungan masyarakat"),
    ("satlinmas", "satuan perlindungan masyarakat"),
];

/// The regions an agency's government governs, as a name writes them.
const REGIONS: [&str; 3] = ["kabupaten", "kota", "provinsi"];

/// The size words of an enterprise (Usaha Mikro / Kecil / Menengah), which must agree: a slip
/// of the keyboard in one is still that size.
pub const SIZE_WORDS: [&str; 3] = ["mikro", "kecil", "menengah"];

/// What a budget's absorption is of (`serapan anggaran`, [`phrases`]).
const BUDGET_WORDS: [&str; 4] = ["anggaran", "belanja", "keuangan", "dana"];

/// Madrasah levels written beside the school level they equal ("SD/MI", "SMP/MTs").
const MADRASAH: [(&str, &str); 4] = [("sd", "mi"), ("smp", "mts"), ("sma", "ma"), ("smk", "mak")];

/// Ways of writing one thing that span words, made one:
/// - a degree: `D-IV`, `D IV`, `D4` are `d4`; `S-1`, `S1` are `s1`;
/// - the agency itself: `Perangkat Daerah`, `Organisasi Perangkat Daerah`, `OPD`, `SKPD`, `PD`
///   are `opd`, an ordinary word (not a code that must agree: "serapan anggaran OPD" is
///   "serapan anggaran");
/// - a madrasah level beside its school level (`SD/MI`) says nothing more than the school
///   level: left out like a stop word;
/// - a rate's base (`per 100.000 KH`, `per 1.000 kelahiran hidup`): its numbers, and up to
///   three words that end the name after them, are the unit, left out like stop words;
/// - a budget's absorption (`serapan anggaran`, `penyerapan belanja`) is its realisation;
/// - a school's `peserta didik` are its pupils, `siswa`;
/// - `lima` of a street vendor (`pedagang kaki lima`, `PKL`) is no number.
fn phrases(w: &mut Vec<Word>, lexicon: &Lexicon) {
    let degree = crate::text::one_to_four;
    let mut i = 0;
    while i < w.len() {
        // a word that stands for several ("fasyankes": fasilitas pelayanan kesehatan)
        if let Some((_, full)) = SHORT_FORMS.iter().find(|(short, _)| w[i].norm == *short) {
            let raw = w[i].raw.clone();
            let expanded: Vec<Word> = full
                .split(' ')
                .map(|n| {
                    let mut x = word_of(n, n.to_string(), false, lexicon);
                    x.raw = raw.clone();
                    x
                })
                .collect();
            let n = expanded.len();
            w.splice(i..i + 1, expanded);
            i += n;
            continue;
        }
        // a slip of the keyboard in a size word, which must agree ("Mirko")
        if let Some(size) = SIZE_WORDS.iter().find(|s| {
            w[i].norm != **s
                && w[i].chars >= 5
                // one edit apart: lengths one apart at most
                && w[i].chars.abs_diff(s.len()) <= 1
                && w[i].norm.as_bytes().first() == s.as_bytes().first()
                // one edit changes the letters held by two at most
                && letters_apart(&w[i].letters, &letter_counts(s)) <= 2
                // one edit (Damerau's and the restricted distance agree on one)
                && strsim::osa_distance(&w[i].norm, s) == 1
        }) {
            let raw = w[i].raw.clone();
            w[i] = word_of(&raw, (*size).to_string(), false, lexicon);
        }
        let joined = match (
            w[i].norm.as_str(),
            w.get(i + 1).and_then(|x| degree(&x.norm)),
        ) {
            (l @ ("d" | "s"), Some(d)) => Some(format!("{l}{d}")),
            _ => None,
        };
        if let Some(norm) = joined {
            let raw = format!("{}-{}", w[i].raw, w[i + 1].raw);
            w[i] = word_of(&raw, norm, false, lexicon);
            w.remove(i + 1);
        }
        // a street vendor (`pedagang kaki lima`, `PKL`): `lima` no number there
        if w[i].norm == "kaki"
            && w.get(i + 1)
                .is_some_and(|x| x.norm == "5" && x.raw.eq_ignore_ascii_case("lima"))
        {
            // the word as written, not as the spelling table gives a number in words
            let x = &mut w[i + 1];
            x.norm = "lima".to_string();
            x.number = false;
            x.chars = 4;
            x.hash = norm_hash("lima");
            x.letters = letter_counts("lima").map(|n| u8::try_from(n).unwrap_or(u8::MAX));
        }
        // a school's pupils as the law names them (UU 20/2003), and as schools write them
        if w[i].norm == "peserta" && w.get(i + 1).is_some_and(|x| x.norm == "didik") {
            let raw = format!("{} {}", w[i].raw, w[i + 1].raw);
            w.splice(i..i + 2, [word_of(&raw, "siswa".into(), false, lexicon)]);
        }
        // "perangkat daerah", "organisasi perangkat daerah", "satuan kerja perangkat daerah"
        if w[i].norm == "perangkat" && w.get(i + 1).is_some_and(|x| x.norm == "daerah") {
            let mut from = i;
            if i >= 1 && w[i - 1].norm == "organisasi" {
                from = i - 1;
            } else if i >= 2 && w[i - 2].norm == "satuan" && w[i - 1].norm == "kerja" {
                from = i - 2;
            }
            let raw: Vec<&str> = w[from..i + 2].iter().map(|x| x.raw.as_str()).collect();
            let raw = raw.join(" ");
            w.splice(from..i + 2, [word_of(&raw, "opd".into(), false, lexicon)]);
            i = from;
        }
        // a budget's absorption is its realisation (`Persentase serapan anggaran` /
        // `Persentase realisasi anggaran`, `penyerapan belanja`); after `realisasi` it says
        // nothing more (`Realisasi Serapan Anggaran`). Not another thing absorbed
        // (`serapan tenaga kerja`)
        if matches!(w[i].norm.as_str(), "serapan" | "penyerapan")
            && w[i + 1..]
                .iter()
                .take(2)
                .any(|x| BUDGET_WORDS.contains(&x.norm.as_str()))
        {
            if i >= 1 && w[i - 1].norm == "realisasi" {
                w[i].stop = true;
            } else {
                let raw = w[i].raw.clone();
                w[i] = word_of(&raw, "realisasi".into(), false, lexicon);
            }
        }
        // the region's government, however written (`Pemerintah Daerah`, `Pemerintah
        // Kabupaten`): `pemerintah daerah`, as `Pemda` and `Pemkab` are read
        // ([`SPELLINGS`], [`syllables`])
        if w[i].norm == "pemerintah"
            && w.get(i + 1)
                .is_some_and(|x| REGIONS.contains(&x.norm.as_str()))
        {
            let raw = w[i + 1].raw.clone();
            w[i + 1] = word_of(&raw, "daerah".into(), false, lexicon);
        }
        // the region's government named by the region, alone or with its name, after a code
        // of what it is judged by (`Predikat AKIP Kabupaten`, `Nilai AKIP Kabupaten Rantau
        // Melati`, `Opini BPK atas LKPD Kota`): `pemerintah daerah` (not a road's or a park's
        // status, `jalan kabupaten`, `taman kota`: no code before them; nor the regions, or
        // what a clause says of them, in a name written in capitals word by word: `UPTD PPA
        // Kab/Kota yang Terbentuk`)
        if REGIONS.contains(&w[i].norm.as_str())
            && i >= 1
            && w[i - 1].code
            && !w[i - 1].aside
            && w[i + 1..].iter().all(|x| {
                (x.number || x.stop || x.raw.chars().next().is_some_and(char::is_uppercase))
                    && x.norm != "yang"
                    && !REGIONS.contains(&x.norm.as_str())
            })
        {
            let raw: Vec<&str> = w[i..].iter().map(|x| x.raw.as_str()).collect();
            let raw = raw.join(" ");
            let government = ["pemerintah", "daerah"].map(|n| {
                let mut x = word_of(n, n.to_string(), false, lexicon);
                x.raw = raw.clone();
                x
            });
            w.splice(i.., government);
            i += 1;
        }
        // where it is measured, at the end (`Jumlah Titik Genangan di Kota Pranaya`): the
        // agency's own region, said of no other thing
        if w[i].norm == "di"
            && w.get(i + 1)
                .is_some_and(|x| REGIONS.contains(&x.norm.as_str()))
            && w.len() > i + 2
            && w[i + 2..]
                .iter()
                .all(|x| x.raw.chars().next().is_some_and(char::is_uppercase))
        {
            for x in &mut w[i..] {
                x.stop = true;
            }
        }
        if w[i].norm == "opd" {
            w[i].code = false;
            // "Perangkat Daerah (PD)": said twice
            w[i].stop = i >= 1 && w[i - 1].norm == "opd";
        }
        i += 1;
    }
    // a number written again in words ("naik 1 (satu) tingkat"): said twice
    const NUMBER_WORDS: [&str; 10] = [
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    ];
    for i in 1..w.len() {
        if let Some(n) = NUMBER_WORDS.iter().position(|x| *x == w[i].norm) {
            if w[i - 1].number && w[i - 1].norm == (n + 1).to_string() {
                w[i].stop = true;
            }
        }
    }
    for i in 0..w.len() {
        let beside = |j: Option<usize>, school: &str| {
            j.and_then(|j| w.get(j)).is_some_and(|x| x.norm == school)
        };
        if MADRASAH.iter().any(|(school, madrasah)| {
            w[i].norm == *madrasah
                && (beside(i.checked_sub(1), school) || beside(Some(i + 1), school))
        }) {
            w[i].code = false;
            w[i].stop = true;
        }
    }
    if let Some(at) = w.windows(2).position(|p| p[0].norm == "per" && p[1].number) {
        let mut end = at + 1;
        while end < w.len() && w[end].number {
            w[end].number = false;
            w[end].stop = true;
            end += 1;
        }
        if w.len() - end <= 3 {
            for x in &mut w[end..] {
                x.code = false;
                x.number = false;
                x.stop = true;
            }
        }
    }
}

/// One word as written, of any script.
fn word(raw: &str, lexicon: &Lexicon) -> Word {
    let low = raw.to_lowercase();
    let letters = letters_of(raw);
    let capitals = letters >= 2
        && raw.chars().count() <= 6
        && raw.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let mixed = mixed_case_code(raw);
    word_of(raw, low, capitals || mixed, lexicon)
}

/// The letters a word writes, a letter's count written as a digit after it counted that
/// often (`B3`: B, B, B; [`letters_counted`]).
fn letters_of(raw: &str) -> usize {
    let mut letters = 0;
    let mut after_letter = false;
    for c in raw.chars() {
        match c.to_digit(10) {
            Some(n @ 2..=9) if after_letter => {
                letters += n as usize - 1;
                after_letter = false;
            }
            _ => {
                after_letter = c.is_alphabetic();
                letters += usize::from(after_letter);
            }
        }
    }
    letters
}

/// A code written in mixed case, syllables of its words in lower case (`BUMDes`: Badan Usaha
/// Milik Desa, `RPJMDes`, `SiLPA`): at most 8 characters, starting with a capital, with at
/// least three capitals (a word in title case has one) and a small letter (a word of a name
/// written in capitals is none); or one small letter before capitals only (`mCPR`: modern
/// Contraceptive Prevalence Rate, `eKTP`); or two capitals, the first and one after a small
/// letter (`PoU`: Prevalence of Undernourishment, `ProKlim`: Program Kampung Iklim; not
/// `PEnduduk`, the shift key held a letter too long).
pub(crate) fn mixed_case_code(raw: &str) -> bool {
    let mut chars = 0;
    let mut capitals = 0;
    let mut second_after_small = false;
    let mut prev_small = false;
    for c in raw.chars() {
        chars += 1;
        if c.is_uppercase() {
            capitals += 1;
            second_after_small |= capitals == 2 && prev_small;
        }
        prev_small = c.is_lowercase();
    }
    let starts_capital = raw.chars().next().is_some_and(char::is_uppercase);
    chars <= 8
        && (starts_capital && capitals >= 3 && capitals < chars
            || !starts_capital && capitals >= 2 && capitals + 1 == chars
            || starts_capital && capitals == 2 && second_after_small)
}

/// One word of ASCII letters and digits: [`word`] without decoding characters.
fn ascii_word(raw: &str, lexicon: &Lexicon) -> Word {
    let b = raw.as_bytes();
    let letters = letters_of(raw);
    let capitals = letters >= 2
        && b.len() <= 6
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let mixed = mixed_case_code(raw);
    word_of(raw, raw.to_ascii_lowercase(), capitals || mixed, lexicon)
}

/// A word from its lower case and whether it is written in capitals.
fn word_of(raw: &str, low: String, capitals: bool, lexicon: &Lexicon) -> Word {
    let norm = match lexicon.spelling(&low) {
        Some(to) => to.to_string(),
        None => low,
    };
    let number = norm.bytes().all(|c| c.is_ascii_digit());
    let known = lexicon.kind(&norm);
    let code = !number && (capitals || known == Some(Kind::Code));
    let stop = !code && known == Some(Kind::Stop);
    Word {
        raw: if norm == "rata-rata" {
            "rata-rata".into()
        } else {
            raw.to_string()
        },
        chars: norm.chars().count(),
        hash: norm_hash(&norm),
        letters: letter_counts(&norm).map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
        norm,
        code,
        number,
        stop,
        aside: false,
        bracketed: false,
        leads: false,
        shouted: false,
        defined_as: None,
    }
}

/// Whether `code` abbreviates the run of ordinary words `run`, one piece of the code per word
/// in order: each piece starts with its word's first letter and takes further letters of the
/// word in order (`APM` / Angka Partisipasi Murni, `AKABA` / Angka KemAtian BAlita, `WUB` /
/// WirUsaha Baru); at least two words. A stop word between them is passed over
/// ("Pekerjaan Umum dan Penataan Ruang" / PUPR) or gives a piece as the others do (`ALOS` /
/// Average Length Of Stay, `AvLOS`).
pub fn abbreviates(code: &str, run: &[Word]) -> bool {
    let code = letters_counted(code);
    let code = code.as_ref();
    /// One piece of `code` per word of `run`, in order; a word marked `true` (a stop word)
    /// may give none.
    fn pieces<T: PartialEq>(code: &[T], run: &[(&[T], bool)]) -> bool {
        let Some((&(first, optional), rest)) = run.split_first() else {
            return code.is_empty();
        };
        if optional && pieces(code, rest) {
            return true;
        }
        // the piece of this word: its first letter, then letters of it in order
        if code.is_empty() || code.first() != first.first() {
            return false;
        }
        let mut at = 1;
        let mut k = 1;
        loop {
            if pieces(&code[k..], rest) {
                return true;
            }
            if k == code.len() {
                return false;
            }
            match first[at..].iter().position(|c| *c == code[k]) {
                Some(p) => {
                    at += p + 1;
                    k += 1;
                }
                None => return false,
            }
        }
    }
    // a stop word inside the run, not at its ends; a short word of a name in capitals is
    // a word here
    let plain = |x: &Word| (!x.code || x.shouted) && !x.number && !x.stop;
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    // the code starts with the first word's first letter (told by the first byte before
    // anything is counted: most runs tried start with another letter)
    if !plain(first) || !plain(last) || first.norm.as_bytes().first() != code.as_bytes().first() {
        return false;
    }
    if run.iter().any(|x| x.code && !x.shouted || x.number) {
        return false;
    }
    const MOST: usize = 6;
    let n = run.iter().filter(|x| !x.stop).count();
    if n < 2 || n > code.chars().count() || n > MOST || run.len() > 2 * MOST {
        return false;
    }
    if code.is_ascii() && run.iter().all(|x| x.norm.is_ascii()) {
        // most codes and names: their bytes, with no copy
        let mut slots: [(&[u8], bool); 2 * MOST] = [(&[], false); 2 * MOST];
        for (slot, x) in slots.iter_mut().zip(run) {
            *slot = (x.norm.as_bytes(), x.stop);
        }
        return pieces(code.as_bytes(), &slots[..run.len()]);
    }
    let code: Vec<char> = code.chars().collect();
    let words: Vec<(Vec<char>, bool)> = run
        .iter()
        .map(|x| (x.norm.chars().collect(), x.stop))
        .collect();
    let words: Vec<(&[char], bool)> = words.iter().map(|(w, s)| (w.as_slice(), *s)).collect();
    pieces(&code, &words)
}

/// The most words (stop words among them) a run `code` abbreviates may have: two for each
/// of its letters ([`letters_counted`]), ten at most.
fn run_most(code: &str) -> usize {
    (letters_counted(code).chars().count() * 2).min(10)
}

/// A code with a letter's count written as a digit after it (`P2` for *Perdesaan dan
/// Perkotaan*, `DP3A`, `P4GN`, `K3`) with the letter written that often: `pp`, `dpppa`.
/// A digit after no letter, or 0 and 1, stays (it abbreviates nothing).
fn letters_counted(code: &str) -> std::borrow::Cow<'_, str> {
    if !code.bytes().any(|b| (b'2'..=b'9').contains(&b)) {
        return std::borrow::Cow::Borrowed(code);
    }
    let mut out = String::with_capacity(code.len() + 8);
    let mut last: Option<char> = None;
    for c in code.chars() {
        match (c.to_digit(10), last) {
            (Some(n @ 2..=9), Some(l)) if l.is_alphabetic() => {
                out.extend(std::iter::repeat_n(l, n as usize - 1));
                last = None;
            }
            _ => {
                out.push(c);
                last = Some(c);
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The run of ordinary words of `w` that `code` abbreviates ([`abbreviates`]): its start and
/// length, the first place found, and there the longest run (`ODF`: *Open Defecation Free*,
/// not *Open Defecation* with the F taken from *Defecation*).
pub fn abbreviated_run(code: &str, w: &[Word]) -> Option<(usize, usize)> {
    // the run's words and the stop words between them
    let most = run_most(code);
    first_run(code, w, (2..=most).rev(), |run| abbreviates(code, run))
}

/// The first run of `w` that starts with `code`'s first letter and `fits`, of the lengths
/// `lengths` tried in their order at each place: its start and length.
pub fn first_run(
    code: &str,
    w: &[Word],
    lengths: impl Iterator<Item = usize> + Clone,
    fits: impl Fn(&[Word]) -> bool,
) -> Option<(usize, usize)> {
    let first = code.as_bytes().first()?;
    (0..w.len())
        .filter(|&at| w[at].norm.as_bytes().first() == Some(first))
        .find_map(|at| {
            lengths
                .clone()
                .filter(|n| at + n <= w.len())
                .find(|n| fits(&w[at..at + n]))
                .map(|n| (at, n))
        })
}

/// The letters a word written with syllables of others may have ([`syllables`]): five to ten
/// (`poktan`, `alsintan`, `kamtibmas`).
pub const SYLLABLE_FORM: std::ops::RangeInclusive<usize> = 5..=10;

/// An Indonesian vowel.
fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether `piece` stands in `word` at its start or where a syllable starts (a consonant, or
/// `ng`, `ny`, `kh`, `sy`, before a vowel).
fn at_syllable(word: &[u8], piece: &[u8]) -> bool {
    let Some(&first) = piece.first() else {
        return true;
    };
    (0..=word.len().saturating_sub(piece.len())).any(|p| {
        // the first byte before the rest: most places differ there
        word.get(p) == Some(&first)
            && word[p..].starts_with(piece)
            && (p == 0 || syllable_at(word, p))
    })
}

/// Whether a syllable starts at `p` of `word` (not its start): a consonant, or `ng`, `ny`,
/// `kh`, `sy`, before a vowel.
fn syllable_at(word: &[u8], p: usize) -> bool {
    !vowel(word[p])
        && match word.get(p + 1) {
            Some(&c) if vowel(c) => true,
            Some(&c) => {
                matches!(
                    (word[p], c),
                    (b'n', b'g' | b'y') | (b'k', b'h') | (b's', b'y')
                ) && word.get(p + 2).copied().is_some_and(vowel)
            }
            None => false,
        }
}

/// The pairs of letters a–z that start a syllable in a name's ordinary words (at a word's
/// start or where [`syllable_at`]), one bit each: what [`syllables`] needs of the words a
/// short form is read from, told without reaching into them ([`SyllableStarts::may_hold`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyllableStarts([u64; 11]);

impl SyllableStarts {
    /// The bit of a pair of letters a–z.
    fn bit(pair: &[u8]) -> Option<usize> {
        match pair {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                Some(usize::from(a - b'a') * 26 + usize::from(b - b'a'))
            }
            _ => None,
        }
    }

    /// Of the ordinary words of a name.
    pub fn of(w: &[Word]) -> SyllableStarts {
        let mut s = SyllableStarts::default();
        for x in w.iter().filter(|x| !x.code && !x.number && !x.stop) {
            let b = x.norm.as_bytes();
            for p in 0..b.len().saturating_sub(1) {
                if p == 0 || syllable_at(b, p) {
                    if let Some(k) = Self::bit(&b[p..]) {
                        s.0[k / 64] |= 1 << (k % 64);
                    }
                }
            }
        }
        s
    }

    fn has(&self, pair: &[u8]) -> bool {
        Self::bit(pair).is_some_and(|k| self.0[k / 64] & 1 << (k % 64) != 0)
    }

    /// Whether `short` may be written with syllables of these words ([`syllables`]): its
    /// first piece starts with its first two letters, and its last piece (two to four
    /// letters) with two letters that start a syllable too.
    pub fn may_hold(&self, short: &[u8]) -> bool {
        let n = short.len();
        self.has(short)
            && (n.saturating_sub(4)..=n.saturating_sub(2))
                .filter(|&k| k >= 2)
                .any(|k| self.has(&short[k..]))
    }
}

/// Whether `short` is written with syllables of the ordinary words of `run` (stop words
/// between them passed over, not at its ends), one piece per word in order, as Indonesian
/// writes a short form in small letters: `poktan` (kelomPOK TANi), `alsintan` (ALat dan meSIN
/// perTANian), `damkar` (pemaDAM KebAKaRan is not: *kar* is a syllable of *kebakaran*, so
/// pemaDAM KebaKARan). Two to four words; each piece two letters or more with a vowel, found
/// in its word at the word's start or where a syllable starts (a consonant, or `ng`, `ny`,
/// `kh`, `sy`, before a vowel), four letters at most (five at a word's start); the last piece
/// is not its whole word.
pub fn syllables(short: &str, run: &[Word]) -> bool {
    let Some(last) = run.len().checked_sub(1) else {
        return false;
    };
    short.is_ascii()
        && SYLLABLE_FORM.contains(&short.len())
        && read_syllables(short.as_bytes(), run, 0, 0, &|_| true, Some(last)) == Some(last)
}

/// The words of `w` from `k` on (stop words between them passed over, not at the ends) with
/// whose syllables `short` is written, one piece a word ([`syllables`]), `done` words of it
/// read already: the index of the last word, which is `until` where given. Only words whose
/// index is `usable` are read.
fn read_syllables(
    short: &[u8],
    w: &[Word],
    k: usize,
    done: usize,
    usable: &dyn Fn(usize) -> bool,
    until: Option<usize>,
) -> Option<usize> {
    let x = w.get(k)?;
    if x.code || x.number || x.stop || !x.norm.is_ascii() || !usable(k) {
        return None;
    }
    let word = x.norm.as_bytes();
    // a piece is a syllable or two: four letters at most, five at its word's start
    // (`admin`duk)
    let most = if word.starts_with(&short[..5.min(short.len())]) {
        5
    } else {
        4
    };
    // a piece not in the word where a syllable starts is not, longer either
    for len in (2..=most.min(short.len())).take_while(|&n| at_syllable(word, &short[..n])) {
        if !short[..len].iter().copied().any(vowel) {
            continue;
        }
        let rest = &short[len..];
        if rest.is_empty() {
            // the last piece is part of its word, not all of it (`pelayanan` is not
            // *pe*laksanaan *layanan*); two words at least
            if done >= 1 && len < word.len() && until.is_none_or(|u| u == k) {
                return Some(k);
            }
        } else if rest.len() >= 2 && done + 1 < 4 {
            let mut next = k + 1;
            while w.get(next).is_some_and(|v| v.stop) {
                next += 1;
            }
            if let Some(end) = read_syllables(rest, w, next, done + 1, usable, until) {
                return Some(end);
            }
        }
    }
    None
}

/// The run of `w` that `short` is written with the syllables of ([`syllables`]): its start
/// and length, the first found. Only the words whose index is `usable` may be in it (stop
/// words between them passed over).
pub fn syllable_run(
    short: &str,
    w: &[Word],
    usable: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    if !short.is_ascii() || !SYLLABLE_FORM.contains(&short.len()) {
        return None;
    }
    let s = short.as_bytes();
    (0..w.len())
        .find_map(|at| read_syllables(s, w, at, 0, &usable, None).map(|end| (at, end + 1 - at)))
}

/// A code written right after or right before the words it abbreviates (`Angka Partisipasi
/// Murni (APM)`, `AKI (Angka Kematian Ibu)`) says nothing of its own: it is left out like a
/// stop word.
///
/// A code in brackets right after words it abbreviates but for one word in their middle
/// (`Badan Kerja Sama Antar Desa (BKAD)`: *Kerja Sama* is one letter) is defined by them as
/// the agency wrote it: the code stays and the words are left out, so that the name compares
/// as one that writes the code alone (`Jumlah BKAD yang terbentuk`). So is a word in capitals
/// alone in brackets right after words it takes letters of in order, as a short form made of
/// their syllables is (`Pusat Pembelajaran Keluarga (PUSPAGA)`: [`loosely_abbreviates`]).
fn drop_defined_codes(w: &mut [Word]) {
    for i in 0..w.len() {
        let n = w[i].norm.chars().count();
        if !w[i].code && w[i].bracketed && !w[i].stop && !w[i].number && i >= 2 {
            let capitals = w[i].raw.chars().all(|c| c.is_uppercase());
            if capitals && (4..=10).contains(&n) {
                if let Some(k) =
                    (2..=5.min(i)).find(|&k| loosely_abbreviates(&w[i].norm, &w[i - k..i]))
                {
                    for x in &mut w[i - k..i] {
                        x.stop = true;
                    }
                }
            }
            continue;
        }
        if !w[i].code || n < 2 {
            continue;
        }
        let most = (n * 2).min(10);
        if defining_run(w, i).is_some() {
            w[i].code = false;
            w[i].stop = true;
        } else if w[i].bracketed {
            if let Some(k) =
                (3..=(most + 1).min(i)).find(|&k| defined_but_one(&w[i].norm, &w[i - k..i]))
            {
                for x in &mut w[i - k..i] {
                    x.stop = true;
                }
            }
        }
    }
}

/// Codes written together in brackets that abbreviate, one after the other, the words right
/// before them (`Indeks Profesionalitas Aparatur Sipil Negara (IP ASN)`: IP + ASN): defined,
/// and left out like one code so defined.
fn drop_defined_code_groups(w: &mut [Word], text: &str, spans: &[std::ops::Range<usize>]) {
    let mut i = 0;
    while i < w.len() {
        let opens = text[..spans[i].start].trim_end().ends_with('(');
        // the codes from w[i] to the one before the closing bracket
        let Some(len) = (opens && w[i].code)
            .then(|| {
                (i + 1..w.len())
                    .take_while(|&j| {
                        w[j].code && text[spans[j - 1].end..spans[j].start].trim().is_empty()
                    })
                    .last()
                    .filter(|&j| text[spans[j].end..].trim_start().starts_with(')'))
                    .map(|j| j + 1 - i)
            })
            .flatten()
        else {
            i += 1;
            continue;
        };
        let joined: String = w[i..i + len].iter().map(|x| x.norm.as_str()).collect();
        if abbreviated_before(&joined, w, i).is_some() {
            for x in &mut w[i..i + len] {
                x.code = false;
                x.stop = true;
            }
        }
        i += len;
    }
}

/// A word in small letters written alone in brackets right after the words whose syllables
/// it is written with ([`syllables`]: `alat dan mesin pertanian (alsintan)`) says nothing of
/// its own: it is left out like a stop word, as a code so defined is.
fn drop_defined_short_forms(w: &mut [Word]) {
    for i in 2..w.len() {
        let x = &w[i];
        if !x.bracketed || x.code || x.number || x.stop || !SYLLABLE_FORM.contains(&x.chars) {
            continue;
        }
        if (2..=7.min(i)).any(|k| syllables(&w[i].norm, &w[i - k..i])) {
            w[i].stop = true;
        }
    }
}

/// Whether `code` is made of letters of each ordinary word of `run` in order, its first
/// letter the first word's and at least one letter of every ordinary word, each word's
/// letters in their order (`puspaga`: PUSat PembelAjaran keluarGA): a short form written in
/// capitals in brackets after its words, which [`abbreviates`] is too strict for. Stop words
/// may give no letter.
fn loosely_abbreviates(code: &str, run: &[Word]) -> bool {
    let plain = |x: &Word| !x.code && !x.number && !x.stop;
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    if !plain(first) || !plain(last) || run.iter().any(|x| x.code || x.number) {
        return false;
    }
    if first.norm.chars().next() != code.chars().next() {
        return false;
    }
    let code: Vec<char> = code.chars().collect();
    let words: Vec<Vec<char>> = run
        .iter()
        .filter(|x| !x.stop)
        .map(|x| x.norm.chars().collect())
        .collect();
    if words.len() < 2 || words.len() > code.len() {
        return false;
    }
    /// Pieces of `code` from its start, one nonempty piece for each word of `words`, its
    /// letters in order in the word (the first word's piece from its first letter).
    fn fits(code: &[char], words: &[Vec<char>], first: bool) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return code.is_empty();
        };
        // how far into the word each length of piece reaches
        let mut at = 0;
        for k in 1..=code.len() {
            let found = if first && k == 1 {
                (word.first() == Some(&code[0])).then_some(0)
            } else {
                word[at..]
                    .iter()
                    .position(|c| *c == code[k - 1])
                    .map(|p| at + p)
            };
            let Some(p) = found else {
                return false;
            };
            at = p + 1;
            if fits(&code[k..], rest, false) {
                return true;
            }
        }
        false
    }
    fits(&code, &words, true)
}

/// How many words right before `w[i]` `code` abbreviates ([`abbreviates`]), the shortest run
/// first: up to twice its letters, ten at most.
fn abbreviated_before(code: &str, w: &[Word], i: usize) -> Option<usize> {
    let most = run_most(code);
    (2..=most.min(i)).find(|&k| abbreviates(code, &w[i - k..i]))
}

/// The words right before or right after the code `w[i]` that it abbreviates
/// ([`abbreviates`]: `Angka Partisipasi Murni (APM)`, `AKI (Angka Kematian Ibu)`), the
/// shortest run first, before before after. A code led by another code is defined too (`PJU tenaga surya (PJUTS)`, `BOS Daerah
/// (BOSDA)`: [`code_led`]).
pub(crate) fn defining_run(w: &[Word], i: usize) -> Option<std::ops::Range<usize>> {
    let code = &w.get(i)?.norm;
    let most = run_most(code);
    let fits = |run: &[Word]| abbreviates(code, run) || code_led(code, run);
    abbreviated_before(code, w, i)
        .map(|k| i - k..i)
        .or_else(|| {
            (2..=most.min(i))
                .find(|&k| code_led(code, &w[i - k..i]))
                .map(|k| i - k..i)
        })
        .or_else(|| {
            (2..=most)
                .filter(|k| i + 1 + k <= w.len())
                .find(|&k| fits(&w[i + 1..i + 1 + k]))
                .map(|k| i + 1..i + 1 + k)
        })
}

/// Whether `code` is the code `run` starts with, then what the run's ordinary words after it
/// abbreviate ([`abbreviates`]; one word, its first letter and letters of it in order):
/// `PJUTS` of *PJU Tenaga Surya*, `BOSDA` of *BOS Daerah*, `SMKN` of *SMK Negeri*.
fn code_led(code: &str, run: &[Word]) -> bool {
    let Some((head, rest)) = run.split_first() else {
        return false;
    };
    let tail = match code.strip_prefix(head.norm.as_str()) {
        Some(t) if head.code && !head.number && head.norm.len() >= 2 && !t.is_empty() => t,
        _ => return false,
    };
    let plain = |x: &Word| !x.code && !x.number && !x.stop;
    match rest {
        [one] if plain(one) => {
            // the piece: the word's first letter, then letters of it in order
            let mut word = one.norm.chars();
            let mut piece = tail.chars();
            piece.next() == word.next() && piece.all(|c| word.by_ref().any(|x| x == c))
        }
        _ => rest.len() >= 2 && abbreviates(tail, rest),
    }
}

/// Whether `code` is the initials of the words of `run` (stop words passed over) once one
/// ordinary word inside it (not its first or last) is passed over: one letter a word, as
/// `BKAD` is of *Badan Kerja Antar Desa*. A code that takes more of a word is no such
/// definition (`IDG`: *Indeks* Pemberdayaan *Gender* is the index's name, not
/// `ID`-`G`), nor is a code passed over (`PA`: *Peserta* KB *Aktif*).
fn defined_but_one(code: &str, run: &[Word]) -> bool {
    (1..run.len().saturating_sub(1)).any(|j| {
        let x = &run[j];
        let mut words = run[..j].iter().chain(&run[j + 1..]).filter(|w| !w.stop);
        let mut letters = code.chars();
        !x.stop
            && !x.code
            && !x.number
            && words.all(|w| w.norm.chars().next() == letters.next())
            && letters.next().is_none()
    })
}

/// A name after the indicator's number a table put before it as a code (`IKU-14 Waktu
/// tunggu`, `IKU 3: …`, `IK.2.1 …`, `IKD 05 …`): the code of a kind of indicator (IKU,
/// IK, IKD, IKK, IKP, IKSS, IKT), then its number, then a word.
fn after_indicator_code(t: &str) -> Option<&str> {
    const CODES: [&str; 7] = ["ikss", "iku", "ikd", "ikk", "ikp", "ikt", "ik"];
    let head = t.get(..4).unwrap_or(t).to_ascii_lowercase();
    let code = CODES.iter().find(|c| head.starts_with(*c))?;
    let rest = t.get(code.len()..)?;
    let rest = rest.trim_start_matches([' ', '-', '.', '_']);
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let (number, rest) = rest.split_at(digits);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim_start_matches([':', ')', '-', '.']);
    (rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(char::is_alphabetic))
        .then(|| rest.trim_start())
}

/// A name without the numbering a table put before it: `1. `, `a) `, `IV. `, and the
/// numbering of a level below (`3.4 `, `1.2.1 `, `2.1. `, `II.c. `, `1.a `) before a word,
/// or an indicator's code and number (`IKU-14 `: [`after_indicator_code`]).
pub fn strip_numbering(name: &str) -> &str {
    let t = name.trim_start();
    if let Some(rest) = after_indicator_code(t) {
        return rest;
    }
    // each level a number, a Roman one, or a letter, one level at least a number
    let number = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let roman = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b"ivxIVX".contains(&b));
    let letter = |p: &str| p.len() == 1 && p.bytes().all(|b| b.is_ascii_alphabetic());
    let dotted = t
        .split_once(char::is_whitespace)
        .filter(|(head, rest)| {
            let parts: Vec<&str> = head.trim_end_matches('.').split('.').collect();
            parts.len() >= 2
                && parts.iter().all(|p| number(p) || roman(p) || letter(p))
                && parts.iter().any(|p| number(p) || roman(p))
                && rest.trim_start().starts_with(char::is_alphabetic)
        })
        .map(|(_, rest)| rest.trim_start());
    if let Some(rest) = dotted {
        return rest;
    }
    let Some(end) = memchr::memchr2(b'.', b')', t.as_bytes()) else {
        return t;
    };
    let head = &t[..end];
    let numbering = !head.is_empty()
        && (head.chars().all(|c| c.is_ascii_digit())
            || (head.chars().count() == 1 && head.chars().all(|c| c.is_ascii_alphabetic()))
            || head.chars().all(|c| "ivxIVX".contains(c)));
    let rest = &t[end + 1..];
    if numbering && rest.starts_with(char::is_whitespace) {
        rest.trim_start()
    } else {
        t
    }
}

/// Case-insensitive find of an ASCII pattern that starts with a letter, as a byte index of
/// `s`: only where its first letter stands, in either case, is the rest compared.
pub(crate) fn lower_find(s: &str, pat: &str) -> Option<usize> {
    let sb = s.as_bytes();
    let pb = pat.as_bytes();
    let first = *pb.first()?;
    if pb.len() > sb.len() {
        return None;
    }
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), sb).find(|&i| {
        i + pb.len() <= sb.len()
            && s.is_char_boundary(i + pb.len())
            && sb[i..i + pb.len()].eq_ignore_ascii_case(pb)
    })
}

pub use crate::value::unit::{same_unit, unit_canon, unit_key};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::unit::unit_chars;

    /// The words of a name that are notes on it ([`Word::aside`]).
    fn aside(name: &str) -> Vec<String> {
        words(name)
            .into_iter()
            .filter(|w| w.aside)
            .map(|w| w.norm)
            .collect()
    }

    #[test]
    fn a_year_a_name_says_of_itself_is_left_out() {
        let kept = |s: &str| -> Vec<String> {
            words(s)
                .into_iter()
                .filter(|w| !w.stop)
                .map(|w| w.norm)
                .collect()
        };
        assert_eq!(
            kept("Cakupan Pendataan Keluarga 2024 (PK24)"),
            kept("Cakupan pendataan keluarga (PK21)")
        );
        // not an age, a count or a code of other digits
        assert!(kept("Angka kelahiran usia 15-19 tahun").contains(&"15".to_string()));
        assert!(kept("Jumlah 2500 akseptor").contains(&"2500".to_string()));
        assert!(kept("Sertifikasi ISO 9001").contains(&"9001".to_string()));
    }

    #[test]
    fn a_code_of_one_small_letter_before_capitals_is_a_code() {
        let code = |s: &str| words(s).first().is_some_and(|w| w.code);
        assert!(code("mCPR"));
        assert!(code("eKTP"));
        assert!(!code("mengikuti"));
        assert!(!code("e-Katalog"));
    }

    #[test]
    fn the_place_a_name_is_measured_in_is_said_of_no_other_thing() {
        let kept = |s: &str| words(s).iter().filter(|w| !w.stop).count();
        assert_eq!(
            kept("Jumlah Titik Genangan di Kota Pranaya"),
            kept("Jumlah titik genangan")
        );
        // a place named by a common word only is the indicator's
        assert!(kept("Panjang drainase di kota") > kept("Panjang drainase"));
    }

    #[test]
    fn a_word_of_syllables_is_read_from_the_words_in_order() {
        let run = |s: &str| words(s);
        for (short, of) in [
            ("poktan", "kelompok tani"),
            ("alsintan", "alat dan mesin pertanian"),
            ("damkar", "pemadam kebakaran"),
            ("lansia", "lanjut usia"),
            ("posyandu", "pos pelayanan terpadu"),
            ("adminduk", "administrasi kependudukan"),
            ("tagana", "taruna siaga bencana"),
        ] {
            assert!(syllables(short, &run(of)), "{short} / {of}");
        }
        for (short, of) in [
            // pieces the words do not hold, words out of order, one word, a stop word at an
            // end, a word of the short form missing, a whole word last, more than four words
            ("penduduk", "pendapatan masyarakat"),
            ("tanpok", "kelompok tani"),
            ("poktan", "kelompok"),
            ("poktan", "kelompok tani dan"),
            ("gapoktan", "kelompok tani"),
            ("pelayanan", "pelaksanaan layanan"),
            (
                "sipakatan",
                "sistem informasi pelayanan kesehatan anak tani",
            ),
        ] {
            assert!(!syllables(short, &run(of)), "{short} / {of}");
        }
        // a short form in capitals in brackets, of letters of the words before it: the
        // words left out, the short form stays
        assert_eq!(
            norms("Jumlah Pusat Pembelajaran Keluarga (PUSPAGA)"),
            ["jumlah", "puspaga"]
        );
        // not letters of the words before it in order, or not in brackets: all stay
        assert_eq!(
            norms("Jumlah Pusat Pembelajaran Keluarga (PUSKEL)").len(),
            5
        );
        assert_eq!(norms("Jumlah Pusat Pembelajaran Keluarga PUSPAGA").len(), 5);
        // defined in brackets by the words before it: left out as said twice
        let w = words("Jumlah alat dan mesin pertanian (alsintan) yang dimanfaatkan");
        assert!(w.iter().any(|x| x.norm == "alsintan" && x.stop));
        let w = words("Jumlah alsintan (unit) yang dimanfaatkan");
        assert!(w.iter().any(|x| x.norm == "alsintan" && !x.stop));
    }

    fn norms(s: &str) -> Vec<String> {
        words(s)
            .into_iter()
            .filter(|w| !w.stop)
            .map(|w| w.norm)
            .collect()
    }

    #[test]
    fn a_word_said_twice_is_one_word_and_both_sexes_noted_none() {
        let norms = |n: &str| -> Vec<String> { words(n).into_iter().map(|w| w.norm).collect() };
        assert_eq!(
            norms("Jumlah tenaga kerja laki-laki yang diperiksa"),
            norms("Jumlah tenaga kerja lakilaki yang diperiksa")
        );
        assert_eq!(norms("Anak - anak terlantar").len(), 2);
        assert_eq!(
            norms("Jumlah tenaga kerja yang diperiksa (L+P)"),
            norms("Jumlah tenaga kerja yang diperiksa")
        );
        // not a word said twice, nor a note of both sexes
        assert_eq!(norms("Sarana-prasarana olahraga").len(), 3);
        assert_eq!(norms("Jumlah pengunjung (L)").len(), 3);
        assert_eq!(norms("Rata-rata lama rawat"), norms("Rata rata lama rawat"));
    }

    #[test]
    fn spellings_and_rata_rata() {
        assert_eq!(norms("Prosentasi koperasi"), ["persentase", "koperasi"]);
        assert_eq!(
            norms("Rata - rata omzet koperasi"),
            ["rata-rata", "omset", "koperasi"]
        );
        assert_eq!(norms("Rata-rata omset"), ["rata-rata", "omset"]);
        // how often is how many times
        assert_eq!(norms("Frekuensi patroli"), norms("Jumlah patroli"));
        // a small number in words is the number
        assert_eq!(norms("Kendaraan roda dua"), norms("Kendaraan roda 2"));
        // a name led by `%` measures a share
        assert_eq!(norms("% Belanja PDN"), norms("Persentase Belanja PDN"));
        assert_eq!(norms("%WB lulus")[0], "persentase");
    }

    #[test]
    fn the_level_a_programme_equals_is_a_note() {
        // `setara SD` says what Paket A equals: a code set aside, not one that must agree
        let w = words("Jumlah lulusan Paket A setara SD");
        let sd = w.iter().find(|x| x.raw == "SD").unwrap();
        assert!(sd.aside, "{w:?}");
        assert!(w.iter().find(|x| x.raw == "setara").is_some_and(|x| x.stop));
        // a code that names what is counted stays one
        let w = words("Jumlah lulusan SD");
        assert!(!w.iter().any(|x| x.aside), "{w:?}");
    }

    #[test]
    fn numbering_is_not_part_of_the_name() {
        assert_eq!(norms("1. Pertumbuhan Volume"), ["pertumbuhan", "volume"]);
        assert_eq!(norms("b) Pertumbuhan"), ["pertumbuhan"]);
        assert_eq!(norms("Diatas 90. Persen"), ["diatas", "90", "persen"]);
        // a level below: 3.4, 1.2.1, 2.1.
        assert_eq!(norms("3.4 Rasio PPL per desa"), ["rasio", "ppl", "desa"]);
        assert_eq!(norms("1.2.1 Nilai SAKIP"), ["nilai", "sakip"]);
        assert_eq!(norms("2.1. Nilai SAKIP"), ["nilai", "sakip"]);
        // a Roman number's level and a letter's below it
        assert_eq!(norms("II.c. Luas areal yang direhabilitasi")[0], "luas");
        assert_eq!(norms("IV.a. IKM"), ["ikm"]);
        assert_eq!(norms("1.a Jumlah pengunjung"), ["jumlah", "pengunjung"]);
        // an indicator's code and number
        assert_eq!(norms("IKU-14 Waktu tunggu"), ["waktu", "tunggu"]);
        assert_eq!(norms("IKU 3: Nilai SAKIP"), ["nilai", "sakip"]);
        assert_eq!(norms("IK.2.1 Nilai SAKIP"), ["nilai", "sakip"]);
        // a code that numbers nothing stays (`IKM 2023` is the index of a year)
        assert_eq!(norms("IKM 2023")[0], "ikm");
        assert_eq!(norms("IKU Dinas")[0], "iku");
        // initials are no numbering
        assert_eq!(norms("S.E. Akuntansi")[0], "s");
        // a figure, or a number before no word, stays
        assert_eq!(norms("100.000 penduduk"), ["100", "000", "penduduk"]);
        assert_eq!(norms("3.4 %"), ["3", "4"]);
    }

    #[test]
    fn phrases_written_several_ways_are_one() {
        // a Satpol PP's short forms of syllables, and the dictionary's spelling of peace
        assert_eq!(
            norms("Jumlah patroli trantibum"),
            norms("Jumlah patroli ketentraman ketertiban umum")
        );
        assert_eq!(
            norms("Jumlah siswa baru"),
            norms("Jumlah peserta didik baru")
        );
        assert_eq!(
            norms("Persentase anggota Satlinmas terlatih"),
            norms("Persentase anggota satuan perlindungan masyarakat terlatih")
        );
        // degrees
        assert_eq!(
            norms("guru berkualifikasi S1/D-IV"),
            ["guru", "berkualifikasi", "s1", "d4"]
        );
        assert_eq!(
            norms("guru berkualifikasi S1/D4"),
            ["guru", "berkualifikasi", "s1", "d4"]
        );
        assert_eq!(norms("lulusan S-1"), ["lulusan", "s1"]);
        // the agency itself
        assert_eq!(norms("Nilai SAKIP OPD"), ["nilai", "sakip", "opd"]);
        assert_eq!(
            norms("Nilai SAKIP Perangkat Daerah (PD)"),
            ["nilai", "sakip", "opd"]
        );
        assert_eq!(
            norms("serapan anggaran SKPD"),
            ["realisasi", "anggaran", "opd"]
        );
        // a budget's absorption is its realisation; not another thing absorbed
        assert_eq!(
            norms("Persentase penyerapan belanja"),
            ["persentase", "realisasi", "belanja"]
        );
        assert_eq!(
            norms("Serapan tenaga kerja"),
            ["serapan", "tenaga", "kerja"]
        );
        let w = words("Realisasi Serapan Anggaran");
        assert!(w[1].stop && !w[0].stop && !w[2].stop);
        assert_eq!(
            norms("Organisasi Perangkat Daerah yang dievaluasi"),
            ["opd", "dievaluasi"]
        );
        assert!(words("Nilai SAKIP OPD")
            .iter()
            .any(|w| w.norm == "opd" && !w.code && !w.stop));
        // a madrasah level beside its school level, not alone
        assert_eq!(norms("APK SD/MI"), ["apk", "sd"]);
        assert_eq!(norms("APK SMP / MTs"), ["apk", "smp"]);
        assert_eq!(
            norms("Jumlah MI terakreditasi"),
            ["jumlah", "mi", "terakreditasi"]
        );
        // short forms, slips in size words
        assert_eq!(
            norms("persalinan di fasyankes"),
            ["persalinan", "fasilitas", "pelayanan", "kesehatan"]
        );
        assert_eq!(norms("Usaha Mirko"), ["usaha", "mikro"]);
        assert_eq!(
            norms("Jumlah kunjungan wisman (orang)"),
            ["jumlah", "kunjungan", "wisatawan", "mancanegara"]
        );
        assert_eq!(
            norms("Jumlah tenaga kesehatan (dokter)"),
            ["jumlah", "tenaga", "kesehatan", "dokter"]
        );
        assert_eq!(
            norms("penegakan Perda dan Perkada"),
            [
                "penegakan",
                "peraturan",
                "daerah",
                "peraturan",
                "kepala",
                "daerah"
            ]
        );
        assert_eq!(norms("Usaha Kecik"), ["usaha", "kecil"]);
        // a rate's base
        assert_eq!(
            norms("Angka Kematian Ibu per 100.000 KH"),
            ["angka", "kematian", "ibu"]
        );
        assert_eq!(norms("AKB per 1.000 kelahiran hidup"), ["akb"]);
        // numbers that are not a rate's base still count
        assert_eq!(
            norms("APS usia 7-12 tahun"),
            ["aps", "usia", "7", "12", "tahun"]
        );
    }

    #[test]
    fn a_code_after_the_words_it_abbreviates_is_left_out() {
        assert_eq!(
            norms("Angka Partisipasi Murni (APM) SD"),
            ["angka", "partisipasi", "murni", "sd"]
        );
        // not the initials of the words before it: kept
        let w = words("Jumlah koperasi (RAT) aktif");
        assert!(w.iter().any(|w| w.norm == "rat" && w.code && !w.stop));
    }

    #[test]
    fn numbers_multiplied_are_one_word() {
        for name in [
            "Kelengkapan rekam medis 1x24 jam",
            "Kelengkapan rekam medis 1 x 24 jam",
            "Kelengkapan rekam medis 1X24 jam",
            "Kelengkapan rekam medis 1 × 24 jam",
        ] {
            assert_eq!(
                norms(name),
                ["kelengkapan", "rekam", "medis", "1x24", "jam"],
                "{name}"
            );
        }
        assert_eq!(times_joined("Jumlah 24 xenon"), None);
        assert_eq!(times_joined("Jumlah kasus"), None);
    }

    #[test]
    fn the_revenue_of_a_levy_is_the_levy() {
        for name in [
            "Realisasi PAD retribusi pelayanan pemakaman",
            "Pendapatan retribusi pelayanan pemakaman",
            "Realisasi retribusi pelayanan pemakaman",
            "Penerimaan PAD dari retribusi pelayanan pemakaman",
            "Realisasi Pendapatan Asli Daerah (PAD) dari Retribusi Pelayanan Pemakaman",
            "Jumlah penerimaan retribusi pelayanan pemakaman",
            "Total pendapatan retribusi pelayanan pemakaman",
        ] {
            assert_eq!(
                norms(name),
                ["pendapatan", "retribusi", "pelayanan", "pemakaman"],
                "{name}"
            );
        }
        assert_eq!(
            norms("Realisasi penerimaan BPHTB"),
            norms("Realisasi BPHTB")
        );
        assert_eq!(
            norms("Realisasi Penerimaan SWDKLLJ"),
            norms("Realisasi SWDKLLJ")
        );
        assert_eq!(
            norms("Realisasi PAD dari tiket masuk museum"),
            ["pendapatan", "tiket", "masuk", "museum"]
        );
        // the revenue alone, or said otherwise, or a budget spent: as written
        assert_eq!(norms("Realisasi PAD"), ["realisasi", "pad"]);
        assert_eq!(
            norms("Pendapatan Asli Daerah (PAD) yang terealisasi"),
            ["pendapatan", "asli", "daerah", "terealisasi"]
        );
        assert_eq!(norms("Realisasi anggaran"), ["realisasi", "anggaran"]);
        assert_eq!(
            norms("Jumlah realisasi PAD (Rp milyar)")[..3],
            ["jumlah", "realisasi", "pad"]
        );
        // a count of revenues' kinds stays a count
        assert_eq!(
            norms("Jumlah jenis penerimaan retribusi"),
            ["jumlah", "jenis", "penerimaan", "retribusi"]
        );
        assert_eq!(
            norms("Persentase realisasi pajak daerah"),
            ["persentase", "realisasi", "pajak", "daerah"]
        );
    }

    #[test]
    fn the_regions_government_is_one_word() {
        for name in [
            "Nilai SAKIP Pemerintah Daerah",
            "Nilai SAKIP Pemerintah Kabupaten",
            "Nilai SAKIP Pemerintah Kota",
            "Nilai SAKIP Kabupaten",
            "Nilai SAKIP Provinsi",
            "Nilai SAKIP Kabupaten Rantau Melati",
        ] {
            assert_eq!(
                norms(name),
                ["nilai", "sakip", "pemerintah", "daerah"],
                "{name}"
            );
        }
        assert_eq!(norms("Nilai SAKIP Pemkab"), ["nilai", "sakip", "pemda"]);
        // a road's or a park's status, the region's level, or the region before more words:
        // the region itself
        assert_eq!(
            norms("Panjang jalan kabupaten"),
            ["panjang", "jalan", "kabupaten"]
        );
        assert_eq!(norms("Luas taman kota"), ["luas", "taman", "kota"]);
        assert_eq!(
            norms("Jumlah UPTD PPA Kab/Kota yang Terbentuk"),
            ["jumlah", "uptd", "ppa", "kabupaten", "kota", "terbentuk"]
        );
        assert_eq!(
            norms("Peringkat JDIH tingkat Provinsi"),
            ["peringkat", "jdih", "tingkat", "provinsi"]
        );
        assert_eq!(
            norms("Jumlah UMKM kota yang dibina"),
            ["jumlah", "umkm", "kota", "dibina"]
        );
    }

    #[test]
    fn a_kind_and_its_opposite_together_are_left_out() {
        for name in [
            "Rasio Desa Berlistrik PLN dan non PLN",
            "Rasio desa berlistrik PLN maupun non-PLN",
            "Rasio desa berlistrik non PLN dan PLN",
        ] {
            assert_eq!(norms(name), ["rasio", "desa", "berlistrik"], "{name}");
        }
        assert_eq!(
            norms("Jumlah lembaga pendidikan nonformal dan formal"),
            ["jumlah", "lembaga", "pendidikan"]
        );
        // one kind alone, or two kinds: kept
        assert_eq!(
            norms("Jumlah pegawai non ASN"),
            ["jumlah", "pegawai", "non", "asn"]
        );
        assert_eq!(
            norms("Jumlah pegawai ASN dan non PNS"),
            ["jumlah", "pegawai", "asn", "non", "pns"]
        );
    }

    #[test]
    fn a_digit_in_a_code_counts_the_letter_before_it() {
        let cases = [
            ("p2l", "Pekarangan Pangan Lestari", true),
            (
                "dp3a",
                "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                true,
            ),
            (
                "rp3kp",
                "Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Permukiman",
                true,
            ),
            ("p2l", "Pekarangan Lestari", false),
            ("p2l", "Pekarangan Pangan Pangan Lestari", false),
            ("dp3a", "Dinas Pendidikan Anak", false),
        ];
        for (code, name, want) in cases {
            assert_eq!(abbreviates(code, &words(name)), want, "{code} / {name}");
        }
        assert_eq!(letters_counted("p4gn"), "ppppgn");
        assert_eq!(letters_counted("k1"), "k1");
        assert_eq!(letters_counted("2l"), "2l");
    }

    #[test]
    fn a_code_abbreviates_by_bytes_as_by_characters() {
        // the same runs with one letter outside ASCII in a word the code does not reach, so
        // that the characters' path is taken: the same answers
        let cases = [
            ("akaba", "Angka Kematian Balita", true),
            ("wub", "Wirausaha Baru", true),
            ("pupr", "Pekerjaan Umum dan Penataan Ruang", true),
            ("apm", "Angka Partisipasi Murni", true),
            ("apm", "Angka Murni Partisipasi", false),
            ("kb", "Keluarga", false),
            ("ab", "dan Angka Balita", false),
            // a stop word between the words gives a piece, or none
            ("alos", "Average Length of Stay", true),
            ("avlos", "Average Length of Stay", true),
            ("las", "Average Length of Stay", false),
            ("pdpr", "Pekerjaan dan Penataan Ruang", true),
        ];
        for (code, name, want) in cases {
            let ascii = words(name);
            assert_eq!(abbreviates(code, &ascii), want, "{code} / {name}");
            let wide: Vec<Word> = ascii
                .iter()
                .map(|w| {
                    let mut w = w.clone();
                    if !w.stop {
                        w.norm.push('\u{e9}');
                    }
                    w
                })
                .collect();
            assert_eq!(abbreviates(code, &wide), want, "{code} / {name} (é)");
        }
        // a code outside ASCII
        let w = words("Angka Énergi");
        assert!(abbreviates("aé", &w));
        assert!(!abbreviates("ae", &w));
    }

    #[test]
    fn a_code_offered_by_a_slash_beside_a_word_is_a_note() {
        assert_eq!(
            aside("Realisasi PNBP/retribusi jasa pengujian (Rp)"),
            ["pnbp"]
        );
        assert_eq!(aside("Jumlah taman/RTH publik yang dipelihara"), ["rth"]);
        // codes on both sides are one term's spellings; words on both sides no code
        assert!(aside("Persentase guru berkualifikasi S1/D4").is_empty());
        assert!(aside("APM SD/MI").is_empty());
        assert!(aside("Jumlah kios/pengecer benih").is_empty());
    }

    #[test]
    fn a_code_joined_by_a_hyphen_to_a_code_is_a_note() {
        assert_eq!(aside("Persentase penduduk peserta JKN-KIS"), ["kis"]);
        // not joined to a code, or not by a hyphen alone
        assert!(aside("Jumlah Posyandu-Mandiri").is_empty());
        assert!(aside("Persentase peserta JKN - KIS").is_empty());
        assert!(aside("APM SD/SMP").is_empty());
    }

    #[test]
    fn who_gives_the_figure_noted_in_brackets_at_the_end_is_a_note() {
        assert_eq!(
            aside("Jumlah peserta uji kompetensi (sertifikasi BNSP)"),
            ["bnsp"]
        );
        assert_eq!(aside("Jumlah penduduk miskin (data BPS)"), ["bps"]);
        // a level or a kind still must agree; two codes, or a note of four words, are no note
        assert!(aside("Jumlah sekolah terakreditasi (jenjang SD)").is_empty());
        assert!(aside("Jumlah peserta (sertifikasi BNSP LSP)").is_empty());
        assert!(aside("Jumlah peserta (sertifikasi oleh lembaga BNSP)").is_empty());
        // a joining word between the note's words is none of them
        assert_eq!(
            aside("Jumlah pemulung dibina (pelatihan K3 dan pemilahan)"),
            ["k3"]
        );
        assert!(aside("Jumlah pemulung dibina (pelatihan K3 dan pemilahan sampah)").is_empty());
    }

    #[test]
    fn a_short_code_of_two_capitals_first_and_last_is_a_code() {
        let code = |name: &str| words(name).iter().any(|w| w.code);
        assert!(code("PoU (%)") && code("Jumlah MoU") && code("Jumlah ProKlim"));
        // a word in title case, or with its second letter held in capitals, is none
        assert!(!code("Pou") && !code("PEnduduk") && !code("Data"));
    }

    #[test]
    fn a_name_in_capitals_throughout_writes_words_not_codes() {
        let codes = |name: &str| -> Vec<String> {
            words(name)
                .into_iter()
                .filter(|w| w.code)
                .map(|w| w.norm)
                .collect()
        };
        let stops = |name: &str| words(name).iter().filter(|w| w.stop).count();
        // its words are words; short codes and codes spelled as none stay codes
        assert!(codes("JUMLAH TAMAN KOTA YANG DIBANGUN").is_empty());
        assert_eq!(stops("JUMLAH TAMAN KOTA YANG DIBANGUN"), 1);
        assert_eq!(codes("JUMLAH RTH YANG DIKELOLA PEMERINTAH KOTA"), ["rth"]);
        assert_eq!(
            codes("PERSENTASE IPTM YANG DITERBITKAN TEPAT WAKTU"),
            ["iptm"]
        );
        // in a name of small letters, capitals still make a code
        assert_eq!(codes("Jumlah TAMAN kota"), ["taman"]);
        // a short name in capitals is a code
        assert_eq!(codes("IKM"), ["ikm"]);
    }

    #[test]
    fn a_list_in_brackets_at_the_end_is_a_note() {
        assert_eq!(
            aside("Jumlah produk UMKM yang tersertifikasi (halal, PIRT, SNI)"),
            ["pirt", "sni"]
        );
        // separated by slashes too; a level or a kind listed still must agree
        assert_eq!(
            aside("Jumlah dokumen perencanaan SKPD (Renstra/Renja/RKA/DPA)"),
            ["rka", "dpa"]
        );
        assert!(aside("Angka Partisipasi Murni (SD/MI)").is_empty());
        // not a list, a lone code: at the end, or alone in brackets inside the name
        assert_eq!(aside("Jumlah produk (PIRT) UMKM"), ["pirt"]);
        assert_eq!(
            aside("Angka Kesakitan (IR) DBD per 100.000 penduduk"),
            ["ir"]
        );
        // not alone in its brackets, not in brackets, or defined by the words before it
        assert!(aside("Jumlah produk (PIRT, SNI) UMKM").is_empty());
        assert!(aside("Jumlah produk PIRT UMKM").is_empty());
        assert!(aside("Angka Partisipasi Murni (APM) SD").is_empty());
    }

    #[test]
    fn the_standard_noted_in_brackets_at_the_end_is_a_note() {
        let noted = |name: &str| -> (Vec<String>, Vec<String>) {
            let w = words(name);
            let of =
                |f: fn(&Word) -> bool| w.iter().filter(|x| f(x)).map(|x| x.norm.clone()).collect();
            (of(|x| x.aside), of(|x| x.stop))
        };
        let (aside, stop) = noted("Persentase layanan Adminduk selesai tepat waktu (sesuai SOP)");
        assert_eq!(
            (aside, stop),
            (vec!["sop".to_string()], vec!["sesuai".to_string()])
        );
        // without brackets too, where only codes and numbers follow the word that notes it
        let (aside, stop) = noted("Persentase izin yang terbit tepat waktu sesuai SOP");
        assert_eq!(
            (aside, stop),
            (
                vec!["sop".to_string()],
                vec!["yang".to_string(), "sesuai".to_string()]
            )
        );
        assert!(noted("Persentase ruang yang sesuai rencana tata ruang")
            .0
            .is_empty());
        let (aside, stop) = noted("Persentase pelayanan kesehatan (berdasarkan SPM 2019)");
        assert_eq!(
            (aside, stop),
            (
                vec!["spm".to_string()],
                vec!["berdasarkan".to_string(), "2019".to_string()]
            )
        );
        // a code alone in the brackets, or one the name states before it, is no such note
        assert!(noted("Persentase layanan selesai (SOP)").1.is_empty());
        assert!(noted("Persentase layanan sesuai SOP").0.is_empty());
        // one name noting the standard, the other not: the same indicator, to confirm
        let m = |a: &str, b: &str| crate::compare::matching::names(a, b).1;
        assert_eq!(
            m(
                "Persentase layanan adminduk selesai tepat waktu (sesuai SOP)",
                "Persentase layanan adminduk selesai tepat waktu"
            ),
            Some(crate::compare::matching::Outcome::Confirm)
        );
        assert_eq!(
            m("Angka partisipasi (SD)", "Angka partisipasi (SMP)"),
            Some(crate::compare::matching::Outcome::None)
        );
    }

    #[test]
    fn a_code_abbreviates_the_longest_run_it_can() {
        // not "Open Defecation" with the F of Defecation, nor "Angka Kematian" with its I
        let w = words("Persentase Desa Open Defecation Free");
        assert_eq!(abbreviated_run("odf", &w), Some((2, 3)));
        let w = words("Angka Kematian Ibu");
        assert_eq!(abbreviated_run("aki", &w), Some((0, 3)));
    }

    #[test]
    fn codes_written_together_in_brackets_defined_by_the_words_before() {
        assert_eq!(
            norms("Indeks Profesionalitas Aparatur Sipil Negara (IP ASN)"),
            ["indeks", "profesionalitas", "aparatur", "sipil", "negara"]
        );
        // not defined by the words before: kept
        assert_eq!(
            norms("Nilai kinerja (IP ASN)"),
            ["nilai", "kinerja", "ip", "asn"]
        );
    }

    #[test]
    fn a_unit_of_several_in_brackets_at_the_end_is_left_out() {
        assert_eq!(norms("AKI (kg/kap/thn)"), ["aki"]);
        assert_eq!(
            norms("Produksi perikanan tangkap (ton/tahun)"),
            norms("Produksi perikanan tangkap")
        );
        // not a unit: a list of codes, words of the name, a unit without the slash
        assert_eq!(norms("Dokumen (RKA/DPA)"), ["dokumen", "rka", "dpa"]);
        assert_eq!(
            norms("Jumlah kelompok (tani/nelayan)"),
            ["jumlah", "kelompok", "tani", "nelayan"]
        );
    }

    #[test]
    fn a_code_and_its_number_written_as_one_are_one_code() {
        // the job seeker's card, however its number is written
        assert_eq!(norms("Pencari kerja (AK/I)"), ["pencari", "kerja", "ak1"]);
        assert_eq!(norms("kartu AK.1"), norms("kartu AK/I"));
        assert_eq!(norms("kartu AK-I"), norms("kartu AK/I"));
        let w = words("Persentase pencari kerja (AK/I) yang ditempatkan");
        let card = w
            .iter()
            .find(|x| x.norm == "ak1")
            .map(|x| (x.code, x.number, x.bracketed));
        assert_eq!(card, Some((true, false, true)));
        // a number joined by a hyphen, a word of one letter, or an ordinary word: as before
        assert_eq!(norms("Kasus COVID-19"), ["kasus", "covid", "19"]);
        assert_eq!(norms("Guru lulusan D-IV"), norms("Guru lulusan D 4"));
        assert_eq!(norms("Kelas/II"), ["kelas", "2"]);
        assert_eq!(norms("Siswa SD/MI"), norms("Siswa SD / MI"));
    }

    #[test]
    fn roman_numbers_after_a_word_are_numbers() {
        assert_eq!(
            norms("Persentase siswa Kelas II SD"),
            norms("Persentase siswa kelas 2 SD")
        );
        assert_eq!(norms("Eselon IV"), ["eselon", "4"]);
        assert_eq!(norms("Guru lulusan D IV"), norms("Guru lulusan D-4"));
        assert_eq!(
            norms("PERSENTASE SISWA KELAS II SD"),
            norms("PERSENTASE SISWA KELAS 2 SD")
        );
        // first, after a number, not one of I to XII, or not in capitals: not a number
        assert_eq!(norms("II Kelas"), ["ii", "kelas"]);
        assert_eq!(norms("Zona 2 II"), ["zona", "2", "ii"]);
        assert_eq!(norms("Jumlah MI"), ["jumlah", "mi"]);
        assert_eq!(
            norms("Provinsi DI Yogyakarta"),
            ["provinsi", "di", "yogyakarta"]
        );
        assert_eq!(norms("Kelas ii"), ["kelas", "ii"]);
    }

    #[test]
    fn a_code_in_brackets_defined_but_for_one_word_stands_for_its_words() {
        // Kerja Sama is one letter of BKAD
        assert_eq!(
            norms("Jumlah Badan Kerja Sama Antar Desa (BKAD) yang terbentuk"),
            norms("Jumlah BKAD yang terbentuk")
        );
        // not in brackets, or two words passed over: the words stay
        assert_eq!(
            norms("Jumlah Badan Kerja Sama Antar Desa BKAD"),
            ["jumlah", "badan", "kerja", "sama", "antar", "desa", "bkad"]
        );
        assert_eq!(
            norms("Jumlah Badan Kerja Sama Lintas Antar Desa (BKAD)"),
            ["jumlah", "badan", "kerja", "sama", "lintas", "antar", "desa", "bkad"]
        );
        // a code that takes more of a word than its initial, or a code passed over: the
        // words stay, the code in brackets is a note
        assert_eq!(
            norms("Indeks Pemberdayaan Gender (IDG)"),
            ["indeks", "pemberdayaan", "gender", "idg"]
        );
        assert_eq!(
            norms("Jumlah Peserta KB Aktif (PA)"),
            ["jumlah", "peserta", "kb", "aktif", "pa"]
        );
    }

    #[test]
    fn ascii_names_split_as_the_general_path_splits_them() {
        let lexicon = Lexicon::get();
        for name in [
            "Persentase koperasi aktif (RAT) di Kab. Banjar",
            "Jumlah UMKM/IKM yang naik-kelas, 2024",
            "  1. Rata - rata lama sekolah  ",
            "Angka Partisipasi Murni (APM) SD",
            "Indeks Kepuasan Masyarakat (IKM)!!",
            "a",
            "",
            "...",
            "K3 & SDM: 90%",
            "x_y-z 1.5 ABCDEF ABCDEFG aB Ab A1 11",
        ] {
            let general: Vec<Word> = {
                let mut w: Vec<Word> = strip_numbering(name)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|raw| !raw.is_empty())
                    .map(|raw| word(raw, lexicon))
                    .collect();
                finish(&mut w, strip_numbering(name), lexicon);
                w
            };
            if !name.to_ascii_lowercase().contains("rata") {
                assert_eq!(words(name), general, "{name:?}");
            }
            for w in words(name).iter().chain(&general) {
                assert_eq!(ascii_word(&w.raw, lexicon), word(&w.raw, lexicon));
            }
        }
    }

    #[test]
    fn ascii_words_read_as_the_general_path_reads_them() {
        // the general (Unicode) reading of one word, as `words` did before its ASCII path
        fn general(raw: &str) -> (String, bool, usize) {
            let low = raw.to_lowercase();
            let number = low.chars().all(|c| c.is_ascii_digit());
            let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = letters >= 2
                && raw.chars().count() <= 6
                && raw.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            (low.clone(), !number && capitals, low.chars().count())
        }
        for raw in [
            "UMKM", "Umkm", "SD", "S1", "A", "AB", "ABCDEFG", "ABC123", "K3", "2024", "x2",
            "Jumlah", "KOPERASI", "KUMKM", "Ümkm", "ÜMKM", "Çç", "PDRB", "IPM", "aB",
        ] {
            let w = words(raw);
            assert_eq!(w.len(), 1, "{raw}");
            let (low, capitals, chars) = general(raw);
            let spelled = SPELLINGS.iter().any(|(from, _)| *from == low);
            if !spelled {
                assert_eq!(w[0].norm, low, "{raw}");
                assert_eq!(w[0].chars, chars, "{raw}");
            }
            if capitals {
                assert!(w[0].code, "{raw}");
            }
            // a year is said of itself, no number of the name ([`years_said`])
            let year = low.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y));
            assert_eq!(
                w[0].number,
                low.chars().all(|c| c.is_ascii_digit()) && !year,
                "{raw}"
            );
        }
    }

    #[test]
    fn a_code_in_mixed_case_is_a_code() {
        let w = words("Jumlah BUMDes aktif LAPORAN KEUANGAN Desa SiLPA");
        let code = |n: &str| w.iter().find(|x| x.norm == n).map(|x| x.code);
        assert_eq!(code("bumdes"), Some(true));
        assert_eq!(code("silpa"), Some(true));
        assert_eq!(code("keuangan"), Some(false));
        assert_eq!(code("desa"), Some(false));
        assert_eq!(code("jumlah"), Some(false));
        // and it abbreviates the words it stands for
        assert!(abbreviated_run("bumdes", &words("Badan Usaha Milik Desa aktif")).is_some());
    }

    #[test]
    fn no_code_is_a_stop_word_and_every_list_is_in_the_lexicon() {
        let lexicon = Lexicon::get();
        for c in KNOWN_CODES {
            assert!(!STOP_WORDS.contains(c), "{c}");
            assert_eq!(lexicon.kind(c), Some(Kind::Code), "{c}");
        }
        for w in STOP_WORDS {
            assert_eq!(lexicon.kind(w), Some(Kind::Stop), "{w}");
        }
        for (from, to) in SPELLINGS {
            assert_eq!(lexicon.spelling(from), Some(*to), "{from}");
            assert_eq!(lexicon.kind(to), None, "{to}");
        }
        assert_eq!(lexicon.kind("koperasi"), None);
        assert_eq!(lexicon.spelling("koperasi"), None);
    }

    #[test]
    fn lower_find_finds_the_first_place_in_either_case() {
        // the plain search it replaced: every byte index, both boundaries, any case
        fn plain(s: &str, pat: &str) -> Option<usize> {
            let (sb, pb) = (s.as_bytes(), pat.as_bytes());
            if pb.len() > sb.len() {
                return None;
            }
            (0..=sb.len() - pb.len()).find(|&i| {
                s.is_char_boundary(i)
                    && s.is_char_boundary(i + pb.len())
                    && sb[i..i + pb.len()].eq_ignore_ascii_case(pb)
            })
        }
        for s in [
            "Rata - rata omzet",
            "jumlah RATA-RATA",
            "Rat",
            "rata",
            "",
            "Ratarata rata rata",
            "Pérata rata",
            "ØRata",
            "r",
            "aRaTa -RATA",
            "Rata rat",
        ] {
            for pat in [
                "rata",
                "rata - rata",
                "rata -rata",
                "rata- rata",
                "rata rata",
                "rata-rata",
            ] {
                assert_eq!(lower_find(s, pat), plain(s, pat), "{s:?} {pat:?}");
            }
        }
    }

    #[test]
    fn ascii_units_compare_as_the_general_path_compares_them() {
        let units = [
            "Rp. (juta)",
            "rp(JUTA)",
            "Rp (juta)",
            "%",
            " % ",
            "persen",
            "Unit",
            "unit.",
            "u n i t",
            "Orang",
            "orang\x0B",
            "orang\x1F",
            "Rp.",
            "",
            "...",
            "Dokumen\t",
            "Rp\u{a0}(juta)",
            "Ünit",
        ];
        for x in units {
            for y in units {
                assert_eq!(
                    same_unit(x, y),
                    unit_chars(x).eq(unit_chars(y)) || unit_canon(x) == unit_canon(y),
                    "{x:?} {y:?}"
                );
            }
        }
        // and the ASCII path was taken where it could be
        assert!(same_unit("orang\x0B", "Orang"));
        assert!(!same_unit("orang\x1F", "Orang"));
    }

    #[test]
    fn spellings_of_one_unit_are_the_same_unit() {
        for (x, y) in [
            ("%", "persen"),
            ("Persen (%)", "%"),
            ("Org", "orang"),
            ("meter", "m"),
            ("per 100.000 KH", "per 100.000 kelahiran hidup"),
            ("Dok.", "dokumen"),
            ("‰", "permil"),
            ("promil", "per 1.000"),
            ("trx", "transaksi"),
            ("Btg", "batang"),
        ] {
            assert!(same_unit(x, y), "{x} {y}");
        }
        for (x, y) in [
            ("orang", "%"),
            ("unit", "km"),
            ("m", "km"),
            ("orang", "jiwa"),
            ("‰", "%"),
        ] {
            assert!(!same_unit(x, y), "{x} {y}");
        }
    }

    #[test]
    fn codes_and_numbers() {
        let w = words("Jumlah UMKM di atas 90 %");
        assert!(w.iter().any(|w| w.norm == "umkm" && w.code));
        assert!(w.iter().any(|w| w.norm == "90" && w.number));
        assert!(w.iter().any(|w| w.norm == "di" && w.stop));
    }
}
