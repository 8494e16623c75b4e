//! The roots of Indonesian words, read by stripping their affixes without a dictionary:
//! `kepemilikan` / `memiliki` (*milik*), `tergenang` / `genangan` (*genang*), `dilatih` /
//! `terlatih` (*latih*), `kebencanaan` / `bencana`, `penerbitan` / `diterbitkan` (*terbit*).
//!
//! A word may be read several ways (`menerima`: *nerima*, *terima*), so each gives every
//! reading of at least [`MIN_ROOT`] letters and two words are of one root where any of
//! their readings agree. Words of one root are not always one thing (`pelatih`, a trainer;
//! `pelatihan`, a training), so a match that only roots make is a doubt, never automatic
//! ([`super::matching`]).

use super::normalize::Word;

/// The fewest letters of a root (`bina`, `olah`): a shorter piece of a word is no root, but
/// for a root of [`SHORT_ROOT`] letters that an affix was taken from, starting with a vowel
/// (`peng-uji-an`, `di-uji`, `di-isi`) or after `penge-` (`penge-las-an`).
const MIN_ROOT: usize = 4;

/// The letters of the shortest roots read (`uji`, `isi`, `air`).
const SHORT_ROOT: usize = 3;

/// The fewest letters of a borrowed word's root read without its `-at` or `-asi`
/// (`sertifika` of `sertifikat` and `sertifikasi`).
const LOAN_ROOT: usize = 7;

/// The fewest letters of a word read for its root: a shorter one has no affix worth taking,
/// and is its own root (`alat` of `peralatan`, `desa` of `perdesaan`).
const MIN_WORD: usize = 5;

/// One reading of a word's root: the hash of its letters, the word (its place in the
/// name), and where it lies in the word's norm (`start..end`, after the `lead` letter a
/// prefix took away, `t` of *terima* in `menerima`; 0 for none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Root {
    pub(crate) hash: u64,
    pub(crate) word: u16,
    lead: u8,
    start: u8,
    end: u8,
}

impl Root {
    /// The root's letters, read from its word's norm.
    fn text(&self, norm: &str) -> String {
        let mut s = String::with_capacity(usize::from(self.end.saturating_sub(self.start)) + 1);
        if self.lead != 0 {
            s.push(char::from(self.lead));
        }
        s.push_str(
            norm.get(usize::from(self.start)..usize::from(self.end))
                .unwrap_or(""),
        );
        s
    }

    fn len(&self) -> usize {
        usize::from(self.end.saturating_sub(self.start)) + usize::from(self.lead != 0)
    }
}

/// The readings of the roots of a name's words that may have affixes (content words of
/// plain letters, neither codes nor numbers, nor the words `skip` keeps as they are: those
/// that must agree), sorted by hash.
pub(crate) fn of(words: &[Word], skip: impl Fn(&Word) -> bool) -> Vec<Root> {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Ok(word) = u16::try_from(i) else {
            break;
        };
        if !rootable(w) || skip(w) {
            continue;
        }
        spans.clear();
        readings(w.norm.as_bytes(), &mut spans);
        for &(lead, start, end) in &spans {
            let hash = hash_of(lead, &w.norm.as_bytes()[start..end]);
            let (Ok(start), Ok(end)) = (u8::try_from(start), u8::try_from(end)) else {
                continue;
            };
            let root = Root {
                hash,
                word,
                lead,
                start,
                end,
            };
            out.push(root);
        }
    }
    // a reading a word gives twice (`-kan` and `-an` of `…kan`) is one
    out.sort_unstable_by_key(|r| (r.hash, r.word));
    out.dedup_by_key(|r| (r.hash, r.word));
    out
}

/// Whether a word may be read for its root: a content word of plain letters, three or more
/// (fewer than [`MIN_WORD`] read as itself), neither a code nor a number.
pub(crate) fn rootable(w: &Word) -> bool {
    !(w.stop || w.code || w.number || w.aside)
        && w.chars >= SHORT_ROOT
        && w.norm.len() < usize::from(u8::MAX)
        && w.norm.bytes().all(|b| b.is_ascii_lowercase())
}

/// The hash [`super::normalize::norm_hash`] gives the root's letters.
fn hash_of(lead: u8, rest: &[u8]) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    let h = if lead == 0 {
        0xcbf2_9ce4_8422_2325
    } else {
        step(0xcbf2_9ce4_8422_2325, lead)
    };
    rest.iter().fold(h, |h, b| step(h, *b))
}

/// Every reading of a word's root: `(lead, start, end)`, the word itself among them.
fn readings(w: &[u8], out: &mut Vec<(u8, usize, usize)>) {
    if w.len() < MIN_WORD {
        out.push((0, 0, w.len()));
        return;
    }
    let mut ends: Few<usize, 8> = Few::new();
    let end_of = |e: usize, ends: &mut Few<usize, 8>| {
        ends.push(e);
        let s = &w[..e];
        // `-kan`, or `-an` after a root ending in k (`kepemilik-an`)
        if s.ends_with(b"kan") {
            ends.push(e - 3);
        }
        if s.ends_with(b"an") {
            ends.push(e - 2);
        }
        if s.ends_with(b"i") {
            ends.push(e - 1);
        }
    };
    end_of(w.len(), &mut ends);
    if w.ends_with(b"nya") {
        end_of(w.len() - 3, &mut ends);
    }
    // a borrowed word's `-at` and `-asi` (`bersertifikat` / `tersertifikasi`, *sertifika*):
    // read so for a long root only, where a short one would meet another word (`tempat`)
    let loan_end = if w.ends_with(b"asi") {
        Some(w.len() - 2)
    } else if w.ends_with(b"at") {
        Some(w.len() - 1)
    } else {
        None
    };
    let mut starts: Few<(u8, usize), 24> = Few::new();
    prefixes(w, 0, 0, &mut starts);
    for &(lead, start) in starts.as_slice() {
        if let Some(end) = loan_end.filter(|&e| e.saturating_sub(start) >= LOAN_ROOT) {
            if lead == 0 && !out.contains(&(0, start, end)) {
                out.push((0, start, end));
            }
        }
        for &end in ends.as_slice() {
            let letters = end.saturating_sub(start) + usize::from(lead != 0);
            // a short root: of the word's own letters, a vowel first (`uji` of `pengujian`
            // and `diuji`) or after the prefix of a root of one syllable (`las` of
            // `pengelasan`)
            let short = letters == SHORT_ROOT
                && lead == 0
                && (w.get(start).is_some_and(|c| b"aeiou".contains(c))
                    || monosyllable_prefix(&w[..start]));
            let long = end > start && (letters >= MIN_ROOT || short);
            if long && !out.contains(&(lead, start, end)) {
                out.push((lead, start, end));
            }
        }
    }
}

/// Whether the letters before a root are the prefix a root of one syllable takes (`penge-`,
/// `menge-`: `pengelasan`, `mengecat`).
fn monosyllable_prefix(before: &[u8]) -> bool {
    before.ends_with(b"penge") || before.ends_with(b"menge")
}

/// Where the root may start once prefixes are taken away (two at most, `ke-pe-milik-an`),
/// with the letter a nasal prefix took from it (`pen-` of `penerbitan`: *t*erbit).
fn prefixes(w: &[u8], start: usize, depth: usize, out: &mut Few<(u8, usize), 24>) {
    out.add((0, start));
    if depth == 2 {
        return;
    }
    let rest = &w[start..];
    let at = |i: usize| rest.get(i).copied().unwrap_or(0);
    let vowel = |c: u8| b"aeiou".contains(&c);
    let mut next: Few<(u8, usize), 8> = Few::new();
    for p in [&b"di"[..], b"ke", b"se", b"ter", b"ber", b"per"] {
        if rest.starts_with(p) {
            next.push((0, p.len()));
        }
    }
    if rest.starts_with(b"be") && at(2) != b'r' {
        next.push((0, 2));
    }
    // `penge-` / `menge-` before a root of one syllable (`penge-las-an`)
    if rest.starts_with(b"penge") || rest.starts_with(b"menge") {
        next.push((0, 5));
    }
    for (nasal, p) in [(&b"meng"[..], &b"peng"[..]), (b"meny", b"peny")] {
        if rest.starts_with(nasal) || rest.starts_with(p) {
            if nasal == b"meng" {
                next.push((0, 4));
                if vowel(at(4)) {
                    next.push((b'k', 4));
                }
            } else if vowel(at(4)) {
                next.push((b's', 4));
            }
        }
    }
    if rest.starts_with(b"mem") || rest.starts_with(b"pem") {
        if b"bfpv".contains(&at(3)) {
            next.push((0, 3));
        } else if vowel(at(3)) {
            next.push((b'p', 3));
        }
    }
    if (rest.starts_with(b"men") || rest.starts_with(b"pen")) && at(3) != b'g' && at(3) != b'y' {
        if b"cdjz".contains(&at(3)) {
            next.push((0, 3));
        } else if vowel(at(3)) {
            next.push((b't', 3));
        }
    }
    if (rest.starts_with(b"me") || rest.starts_with(b"pe")) && b"lmnrwy".contains(&at(2)) {
        next.push((0, 2));
    }
    for &(lead, skip) in next.as_slice() {
        if lead == 0 {
            prefixes(w, start + skip, depth + 1, out);
        } else {
            out.add((lead, start + skip));
        }
    }
}

/// A few items kept on the stack (the readings of one word; more than fit cannot arise from
/// the affixes read, and would be left out).
struct Few<T, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy + Default + PartialEq, const N: usize> Few<T, N> {
    fn new() -> Self {
        Few {
            items: [T::default(); N],
            len: 0,
        }
    }

    fn push(&mut self, x: T) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = x;
            self.len += 1;
        }
    }

    /// Pushes `x` unless it is there already.
    fn add(&mut self, x: T) {
        if !self.as_slice().contains(&x) {
            self.push(x);
        }
    }

    fn as_slice(&self) -> &[T] {
        &self.items[..self.len]
    }
}

/// The words of two names written otherwise but of one root, each word at most once (the
/// longest root first, a root of the word's own letters before one a prefix took a letter from): `(word of a, word of b, the root)`. Words both names write as they
/// are take no part.
pub(crate) fn shared(
    wa: &[Word],
    ra: &[Root],
    wb: &[Word],
    rb: &[Root],
) -> Vec<(usize, usize, String)> {
    let mut pairs: Vec<(usize, usize, Root)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < ra.len() && j < rb.len() {
        match ra[i].hash.cmp(&rb[j].hash) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let h = ra[i].hash;
                let j0 = j;
                while i < ra.len() && ra[i].hash == h {
                    j = j0;
                    while j < rb.len() && rb[j].hash == h {
                        let (x, y) = (usize::from(ra[i].word), usize::from(rb[j].word));
                        if let (Some(a), Some(b)) = (wa.get(x), wb.get(y)) {
                            let written_in = |w: &Word, ws: &[Word]| ws.iter().any(|o| o.same(w));
                            if !a.same(b) && !written_in(a, wb) && !written_in(b, wa) {
                                pairs.push((x, y, ra[i]));
                            }
                        }
                        j += 1;
                    }
                    i += 1;
                }
            }
        }
    }
    // the longest root first, one of the word's own letters before one a prefix took
    pairs.sort_by(|p, q| {
        q.2.len()
            .cmp(&p.2.len())
            .then((p.2.lead != 0).cmp(&(q.2.lead != 0)))
            .then((p.0, p.1).cmp(&(q.0, q.1)))
    });
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    for (x, y, root) in pairs {
        if out.iter().any(|(a, b, _)| *a == x || *b == y) {
            continue;
        }
        out.push((x, y, root.text(&wa[x].norm)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::words;

    fn roots_of(word: &str) -> Vec<String> {
        let ws = words(word);
        of(&ws, |_| false)
            .iter()
            .map(|r| r.text(&ws[usize::from(r.word)].norm))
            .collect()
    }

    fn one_root(a: &str, b: &str) -> Option<String> {
        let (wa, wb) = (words(a), words(b));
        let (ra, rb) = (of(&wa, |_| false), of(&wb, |_| false));
        shared(&wa, &ra, &wb, &rb).into_iter().next().map(|p| p.2)
    }

    #[test]
    fn words_of_one_root_share_a_reading() {
        for (a, b, root) in [
            ("kepemilikan", "memiliki", "milik"),
            ("tergenang", "genangan", "genang"),
            ("dilatih", "terlatih", "latih"),
            ("kebencanaan", "bencana", "bencana"),
            ("penerbitan", "diterbitkan", "terbit"),
            ("pelayanan", "dilayani", "layan"),
            ("pengelolaan", "dikelola", "kelola"),
            ("penyediaan", "tersedia", "sedia"),
            ("pembangunan", "dibangun", "bangun"),
            // read either way (`me-nilai`, `men-[t]erima`): the same reading of both
            ("penerimaan", "menerima", "nerima"),
            ("keberhasilan", "berhasil", "berhasil"),
            // short roots, a vowel first
            ("pengujian", "diuji", "uji"),
            ("pengujian", "uji", "uji"),
            ("pengisian", "diisi", "isi"),
            ("pengairan", "air", "air"),
            ("pengelasan", "las", "las"),
            // a borrowed word's `-at` and `-asi`
            ("bersertifikat", "tersertifikasi", "sertifika"),
            ("terakreditasi", "akreditasi", "akreditasi"),
        ] {
            assert_eq!(one_root(a, b).as_deref(), Some(root), "{a} / {b}");
        }
    }

    #[test]
    fn words_of_other_roots_share_none() {
        for (a, b) in [
            ("kesehatan", "keselamatan"),
            ("pendidikan", "pendapatan"),
            ("perumahan", "permukiman"),
            ("kelahiran", "kematian"),
            ("pelayanan", "pelaksanaan"),
            // `-at` of a short root is no borrowed word's (`tempa`)
            ("tempat", "ditempa"),
        ] {
            assert_eq!(one_root(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn codes_and_numbers_have_no_root_read_and_short_words_are_their_own() {
        // a short word is its own root
        assert_eq!(roots_of("desa"), vec!["desa".to_string()]);
        assert_eq!(one_root("perdesaan", "desa").as_deref(), Some("desa"));
        // three letters, a consonant first: no root, whatever was taken off, but for the
        // prefix of a root of one syllable (`penge-las-an`) or the word itself
        assert!(roots_of("dicat").iter().all(|r| r.len() > 3));
        assert!(roots_of("kali").iter().all(|r| r == "kali"));
        assert!(roots_of("pengelasan").contains(&"las".to_string()));
        assert_eq!(roots_of("tim"), vec!["tim".to_string()]);
        assert!(roots_of("UMKM").is_empty());
        assert!(roots_of("2020").is_empty());
        // the word itself is one reading
        assert!(roots_of("bencana").contains(&"bencana".to_string()));
    }

    #[test]
    fn a_word_both_names_write_takes_no_part() {
        // `pelayanan` is in both: `layanan` is not read against it
        assert_eq!(
            one_root("pelayanan layanan publik", "pelayanan publik terpadu"),
            None
        );
    }
}
