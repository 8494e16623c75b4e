//! The text around a figure: money markup (`Rp.`, `,-`), scales (`(juta)`, `M`), `%`, units.

use serde::Serialize;

use super::Scale;

/// What a unit text says, on its own: for a unit written in its own cell (`Rp. (juta)`, `%`,
/// `orang`) or beside a dash (`- Rp. (juta)`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Markup {
    /// the words that are not markup, whitespace collapsed
    pub unit: Option<super::CompactString>,
    pub percent: bool,
    pub money: bool,
    pub scale: Scale,
}

/// Reads a unit text without a figure. `None` when it holds a digit, is empty, or names two
/// different scales.
pub fn read_markup(text: &str) -> Option<Markup> {
    // a table repeats a handful of units thousands of times: each thread remembers them
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<Markup>>> =
            Default::default();
    }
    if let Some(known) = SEEN.with(|s| s.borrow().get(text).cloned()) {
        return known;
    }
    let markup = read_markup_uncached(text);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= 4096 {
            s.clear();
        }
        s.insert(text.into(), markup.clone());
    });
    markup
}

fn read_markup_uncached(text: &str) -> Option<Markup> {
    let text = super::parse::normalize(text);
    if text.is_empty() || text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let affix = read_affix(&text);
    if affix.scale_conflict {
        return None;
    }
    let unit = affix.unit();
    let percent = affix.percents > 0 && !unit.as_deref().is_some_and(is_count_unit);
    Some(Markup {
        unit,
        percent,
        money: affix.money,
        scale: affix.scale.unwrap_or_default(),
    })
}

/// The text on one side of a figure, read token by token.
#[derive(Debug, Default)]
pub(super) struct Affix {
    /// unit words, as written
    pub words: Vec<String>,
    /// how many % signs
    pub percents: u32,
    pub money: bool,
    pub scale: Option<Scale>,
    /// two different scales
    pub scale_conflict: bool,
    /// the first token is a unit word (not markup)
    pub first_is_word: bool,
}

impl Affix {
    pub fn unit(&self) -> Option<super::CompactString> {
        if self.words.is_empty() {
            None
        } else {
            Some(self.words.join(" ").into())
        }
    }
}

impl MarkupSigns for Affix {
    fn markup(&mut self) -> (&mut u32, &mut bool, &mut Option<Scale>, &mut bool) {
        (
            &mut self.percents,
            &mut self.money,
            &mut self.scale,
            &mut self.scale_conflict,
        )
    }
}

/// What the markup signs of a figure's unit side add up to (`%`, `Rp`, `(juta)`): kept by the
/// general parser's [`Affix`] and by the fast path's side alike, so both read markup by the
/// same rules.
pub(super) trait MarkupSigns {
    /// The % count, the money mark, the scale and whether two different scales were written.
    fn markup(&mut self) -> (&mut u32, &mut bool, &mut Option<Scale>, &mut bool);

    fn set_scale(&mut self, scale: Scale) {
        let (_, _, current, conflict) = self.markup();
        match *current {
            None => *current = Some(scale),
            Some(s) if s != scale => *conflict = true,
            Some(_) => {}
        }
    }

    /// A parenthesised group whose tokens are all markup, such as `(%)`, `(Rp)` or `(juta)`.
    fn markup_group(&mut self, kinds: impl IntoIterator<Item = Kind>) {
        let mut only_scale = true;
        for k in kinds {
            match k {
                Kind::Percent => {
                    *self.markup().0 += 1;
                    only_scale = false;
                }
                Kind::Money => {
                    *self.markup().1 = true;
                    only_scale = false;
                }
                Kind::Scale(s) => self.set_scale(s),
                Kind::Word => {}
            }
        }
        // `(juta)` alone: the heading of a money column, "in millions of rupiah"
        if only_scale {
            *self.markup().1 = true;
        }
    }
}

enum Token {
    Plain(String),
    /// `(...)`: the inner text and the text as written
    Group(String, String),
}

fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    // where each `(` closes, found in one pass
    let mut closes: Vec<Option<usize>> = vec![None; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (j, &c) in chars.iter().enumerate() {
        if c == '(' {
            open.push(j);
        } else if c == ')' {
            if let Some(o) = open.pop() {
                if let Some(slot) = closes.get_mut(o) {
                    *slot = Some(j);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Token>| {
        if !cur.is_empty() {
            out.push(Token::Plain(std::mem::take(cur)));
        }
    };
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            flush(&mut cur, &mut out);
        } else if c == '%' || c == '\u{FF05}' {
            flush(&mut cur, &mut out);
            out.push(Token::Plain("%".to_string()));
        } else if c == '(' {
            match closes.get(i).copied().flatten() {
                Some(j) => {
                    flush(&mut cur, &mut out);
                    let inner: String = chars.get(i + 1..j).unwrap_or_default().iter().collect();
                    let written: String = chars.get(i..=j).unwrap_or_default().iter().collect();
                    out.push(Token::Group(inner, written));
                    i = j;
                }
                None => cur.push(c),
            }
        } else {
            cur.push(c);
        }
        i += 1;
    }
    flush(&mut cur, &mut out);
    out
}

pub(super) enum Kind {
    Percent,
    Money,
    Scale(Scale),
    Word,
}

/// `,-`, `,--`, `.-`, `,=`: the decimal part of a rupiah amount written as a dash
fn is_money_dash(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some(',' | '.'))
        && chars.clone().next().is_some()
        && chars.all(|c| c == '-' || c == '=' || super::parse::is_dash(c))
}

/// `word` lower-cased, without allocating when it is ASCII and short (as units are).
fn lower<'a>(word: &'a str, buf: &'a mut [u8; 16]) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    if word.is_ascii() && word.len() <= buf.len() {
        if let Some(out) = buf.get_mut(..word.len()) {
            out.copy_from_slice(word.as_bytes());
            out.make_ascii_lowercase();
            if let Ok(s) = std::str::from_utf8(out) {
                return Cow::Borrowed(s);
            }
        }
    }
    Cow::Owned(word.to_lowercase())
}

pub(super) fn kind(word: &str) -> Kind {
    if word == "%" {
        return Kind::Percent;
    }
    if is_money_dash(word) {
        return Kind::Money;
    }
    let bare = word.trim_end_matches(['.', ':', ',']);
    match bare {
        "M" => return Kind::Scale(Scale::Miliar),
        "T" => return Kind::Scale(Scale::Triliun),
        _ => {}
    }
    // lower-cased once for the scale, money and percent words
    let mut buf = [0u8; 16];
    match &*lower(bare, &mut buf) {
        // and the English of a provincial template's units (`IDR million`)
        "ribu" | "rb" | "thousand" => Kind::Scale(Scale::Ribu),
        "juta" | "jt" | "jta" | "million" | "millions" => Kind::Scale(Scale::Juta),
        "miliar" | "milyar" | "milliar" | "miliyar" | "billion" | "billions" => {
            Kind::Scale(Scale::Miliar)
        }
        "triliun" | "trilyun" | "trilliun" | "trillion" => Kind::Scale(Scale::Triliun),
        "rp" | "idr" | "rupiah" => Kind::Money,
        "persen" | "prosen" | "percent" => Kind::Percent,
        _ => Kind::Word,
    }
}

/// Reads the text on one side of a figure.
pub(super) fn read_affix(text: &str) -> Affix {
    let mut affix = Affix::default();
    for (n, token) in tokens(text).into_iter().enumerate() {
        let is_word = match token {
            Token::Plain(word) => match kind(&word) {
                Kind::Percent => {
                    affix.percents += 1;
                    false
                }
                Kind::Money => {
                    affix.money = true;
                    false
                }
                Kind::Scale(s) => {
                    affix.set_scale(s);
                    false
                }
                Kind::Word => {
                    affix.words.push(word);
                    true
                }
            },
            Token::Group(inner, written) => {
                let inner_tokens = tokens(&inner);
                let mut kinds = Vec::new();
                let mut all_markup = !inner_tokens.is_empty();
                for t in &inner_tokens {
                    match t {
                        Token::Plain(w) => match kind(w) {
                            Kind::Word => all_markup = false,
                            k => kinds.push(k),
                        },
                        Token::Group(..) => all_markup = false,
                    }
                }
                if all_markup {
                    affix.markup_group(kinds);
                    false
                } else {
                    affix.words.push(written);
                    true
                }
            }
        };
        if n == 0 {
            affix.first_is_word = is_word;
        }
    }
    affix
}

/// Words that name a count of whole things (lower case).
const COUNT_WORDS: &[&str] = &[
    // people
    "orang",
    "org",
    "jiwa",
    "peserta",
    "pelaku",
    "pegawai",
    "karyawan",
    "pns",
    "asn",
    "aparatur",
    "petugas",
    "kk",
    // keluarga penerima manfaat (a social programme's households), rumah tangga sasaran
    "kpm",
    "keluarga",
    "rts",
    "kepala",
    "rtm",
    "responden",
    "siswa",
    "anggota",
    "pengurus",
    "penerima",
    "pasien",
    "penumpang",
    "pengunjung",
    "wisatawan",
    "lulusan",
    "murid",
    "pelajar",
    "guru",
    "tutor",
    // things
    "unit",
    // trips made and connections laid (`2.200 rit`, `380 SR`: sambungan rumah)
    "rit",
    "ritase",
    "kapal",
    "transaksi",
    // visits and accesses counted (a library's `30.000 akses`, `kunjungan`)
    "akses",
    "kunjungan",
    // taxpayers and tax objects (`WP`, `NOP`: nomor objek pajak)
    "wp",
    "nop",
    "trip",
    "sr",
    "sambungan",
    "buah",
    "bh",
    "biji",
    "set",
    "paket",
    "pkt",
    "item",
    "jenis",
    "produk",
    "kendaraan",
    "gedung",
    "ruang",
    "ekor",
    "pohon",
    "batang",
    "sampel",
    // kinds of seed developed (`7 varietas`)
    "varietas",
    "kultivar",
    "sertifikat",
    "izin",
    "ijin",
    "nib",
    // activities and events
    "kegiatan",
    "keg",
    "kgt",
    "subkegiatan",
    "program",
    "kali",
    "x",
    "frekuensi",
    "kunjungan",
    "pertemuan",
    "event",
    "even",
    "acara",
    "angkatan",
    "kelas",
    "forum",
    "pameran",
    "pelatihan",
    "layanan",
    "inovasi",
    "aplikasi",
    "sistem",
    "kasus",
    "aduan",
    "keluhan",
    "spot",
    "kejadian",
    "insiden",
    "perkara",
    "rekomendasi",
    "pengaduan",
    // documents (and proposals verified, `50 proposal`; agreements, `12 kerja sama`)
    "proposal",
    "usulan",
    "kerja",
    "kerjasama",
    "mou",
    "pks",
    "perjanjian",
    "laporan",
    "lap",
    "dokumen",
    "dok",
    "berkas",
    "naskah",
    "surat",
    "sk",
    "perda",
    "perbup",
    "perkada",
    "regulasi",
    "judul",
    "buku",
    "eksemplar",
    "eks",
    "exp",
    "lembar",
    "lbr",
    "modul",
    "rek",
    "rekening",
    // organisations
    "instansi",
    "lembaga",
    "opd",
    "skpd",
    "dinas",
    "badan",
    "kantor",
    "koperasi",
    "kop",
    "ukm",
    "umkm",
    "um",
    "uk",
    "ikm",
    "wub",
    "kub",
    "kum",
    "kumkm",
    "bumdes",
    "bpr",
    "lkm",
    "bank",
    "usaha",
    "perusahaan",
    "toko",
    "kios",
    "pasar",
    "gerai",
    "outlet",
    "kelompok",
    "klp",
    "poktan",
    "gapoktan",
    // places
    "desa",
    "kelurahan",
    "kel",
    "kecamatan",
    "kec",
    "kabupaten",
    "kab",
    "kota",
    "lokasi",
    "titik",
    "kawasan",
    "sekolah",
    // periods counted whole
    "triwulan",
    "tw",
    "semester",
    "bulan",
    "bln",
    "tahun",
    "thn",
    "minggu",
    "hari",
];

/// Whether a unit only counts whole things (`orang`, `unit`, `Laporan Triwulan`, `Kop`, `UM`,
/// `orang/badan usaha`, `1 tahun` ...): case-insensitive; each part of a `/`-separated unit must
/// be a count, and a part is one when its first word names one. `%`, `Rp`, `juta`, `ton`,
/// `indeks` are not counts.
pub fn is_count_unit(unit: &str) -> bool {
    if !unit.is_ascii() {
        return is_count_unit_general(unit);
    }
    // the same answer without allocating (every ambiguous figure with a unit asks)
    if unit.contains('%') {
        return false;
    }
    unit.split('/').all(|part| {
        let first = part
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .find(|w| !w.is_empty())
            .map(|w| w.trim_end_matches(['.', ':', ',']));
        let mut buf = [0u8; 16];
        first.is_some_and(|w| COUNT_WORDS.contains(&&*lower(w, &mut buf)))
    })
}

fn is_count_unit_general(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    if lower.contains('%') {
        return false;
    }
    let cleaned: String = lower
        .chars()
        .map(|c| if c == '(' || c == ')' { ' ' } else { c })
        .collect();
    let mut parts = 0;
    for part in cleaned.split('/') {
        parts += 1;
        let first = part
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(['.', ':', ',']));
        match first {
            Some(w) if COUNT_WORDS.contains(&w) => {}
            _ => return false,
        }
    }
    parts > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_units() {
        for yes in [
            "orang",
            "Orang",
            "orang/badan usaha",
            "orang / badan usaha",
            "orang/badan us",
            "orang / koperasi",
            "Laporan Triwulan",
            "proposal",
            "kerja sama",
            "UM",
            "WUB",
            "Kop",
            "KOP",
            "kegiatan",
            "Keg",
            "dok",
            "rek",
            "paket",
            "kali",
            "tahun",
            "triwulan",
            "instansi",
            "buah",
            "unit",
            "laporan",
            "dokumen",
            "BPR",
            "LKM",
            "Koperasi",
            "Kec.",
            "(orang)",
            "transaksi",
            "Penumpang",
            "pengunjung",
            "lulusan",
            "kejadian",
            "aduan",
            "spot",
            "akses",
        ] {
            assert!(is_count_unit(yes), "{yes}");
        }
        for no in [
            "%",
            "Rp",
            "Rp. (juta)",
            "juta",
            "ton",
            "indeks",
            "",
            "/",
            "Rp/orang",
            "% orang",
            "m2",
        ] {
            assert!(!is_count_unit(no), "{no}");
        }
    }

    #[test]
    fn markup() {
        let m = read_markup("Rp. (juta)").unwrap();
        assert!(m.money && m.unit.is_none() && m.scale == Scale::Juta);
        let m = read_markup("%").unwrap();
        assert!(m.percent && !m.money);
        let m = read_markup("orang/badan usaha").unwrap();
        assert_eq!(m.unit.as_deref(), Some("orang/badan usaha"));
        assert_eq!(read_markup("12 orang"), None);
        assert_eq!(read_markup("M juta"), None);
        // English units of a provincial template
        let m = read_markup("IDR million").unwrap();
        assert!(m.money && m.scale == Scale::Juta);
        assert_eq!(read_markup("USD thousand").unwrap().scale, Scale::Ribu);
        assert_eq!(read_markup("  "), None);
    }
}
