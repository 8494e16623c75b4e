//! Small text helpers shared by the layout and the rules: normalizing labels, finding years,
//! dates and keywords in free text.

/// Lower-case, single spaces, no leading/trailing punctuation or numbering like `(3)`.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for ch in s.chars() {
        let ch = if ch == '\u{a0}' { ' ' } else { ch };
        if ch.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            for l in ch.to_lowercase() {
                out.push(l);
            }
            last_space = false;
        }
    }
    // leading whitespace was never pushed; one trailing space may have been
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A hash of `norm(s)` computed without building it (for finding duplicate names fast).
pub fn norm_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut pending_space = false;
    let mut started = false;
    for ch in s.chars() {
        if ch.is_whitespace() || ch == '\u{a0}' {
            pending_space = started;
            continue;
        }
        if pending_space {
            h.write_u32(' ' as u32);
            pending_space = false;
        }
        if ch.is_ascii() {
            h.write_u32(ch.to_ascii_lowercase() as u32);
        } else {
            for l in ch.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
        started = true;
    }
    h.finish()
}

/// `norm(s).starts_with(prefix)` for a lower-case `prefix`, without building `norm(s)`.
pub fn norm_starts_with(s: &str, prefix: &str) -> bool {
    let s = s.trim_start();
    // ASCII on both sides (the common case): lower-casing an ASCII letter gives one ASCII
    // letter, so bytes compare as the characters would
    if let (Some(head), true) = (s.as_bytes().get(..prefix.len()), prefix.is_ascii()) {
        if head.is_ascii() && !prefix.bytes().any(|b| b.is_ascii_uppercase()) {
            return head.eq_ignore_ascii_case(prefix.as_bytes());
        }
    }
    let mut lowered = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// The number and the name of a numbered list's entry: an optional bullet (`•`, `-`, `*`),
/// then `(4)`, `4.` or `4)`, then a name of two words or more.
///
/// ```
/// use rakit_core::text::numbered_entry;
/// assert_eq!(numbered_entry("• (4) Jumlah ormas terdaftar"), Some((4, "Jumlah ormas terdaftar")));
/// assert_eq!(numbered_entry("12. Jumlah SKP diterbitkan"), Some((12, "Jumlah SKP diterbitkan")));
/// assert_eq!(numbered_entry("12.500"), None);
/// ```
pub fn numbered_entry(text: &str) -> Option<(u32, &str)> {
    let t = text
        .trim_start()
        .trim_start_matches(['•', '·', '-', '–', '*', '▪', '○'])
        .trim_start();
    let (n, rest) = if let Some(inner) = t.strip_prefix('(') {
        let close = inner.find(')')?;
        (inner.get(..close)?, inner.get(close + 1..)?)
    } else {
        let end = t.find(|c: char| !c.is_ascii_digit())?;
        let rest = t.get(end..)?;
        (t.get(..end)?, rest.strip_prefix(['.', ')'])?)
    };
    let n: u32 = n.trim().parse().ok()?;
    let name = rest.trim();
    (n > 0 && lettered_words(name) >= 2).then_some((n, name))
}

/// How many words of a text hold a letter (`1. Jumlah peserta` holds two; `Target 2021`
/// one): what tells a name from a number or a label.
pub(crate) fn lettered_words(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// `norm` plus: drops a trailing or leading column number such as `(3)`, `3.` or `[3]`.
pub fn label(s: &str) -> String {
    let mut n = norm(s);
    loop {
        let before = n.clone();
        if let Some(stripped) = strip_number_suffix(&n) {
            n = stripped;
        }
        if let Some(stripped) = strip_number_prefix(&n) {
            n = stripped;
        }
        if n == before {
            break;
        }
    }
    n.trim_matches(|c: char| c == ':' || c == '.' || c.is_whitespace())
        .to_string()
}

/// The text before the last brackets a text ends with, and what they hold (`Nilai IKM (IKM)`:
/// `Nilai IKM `, `IKM`); none where it does not end with a closing bracket after an opening
/// one.
pub fn bracket_at_end(t: &str) -> Option<(&str, &str)> {
    let t = t.trim_end().strip_suffix(')')?;
    let open = t.rfind('(')?;
    Some((&t[..open], &t[open + 1..]))
}

fn strip_number_suffix(s: &str) -> Option<String> {
    let (before, inner) = bracket_at_end(s)?;
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) && inner.len() <= 2 {
        Some(before.trim_end().to_string())
    } else {
        None
    }
}

fn strip_number_prefix(s: &str) -> Option<String> {
    let t = s.trim_start();
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let rest = &t[digits.len()..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    if rest.starts_with(' ') {
        Some(rest.trim_start().to_string())
    } else {
        None
    }
}

/// One to four written as a digit or a Roman numeral in small letters (`"3"`, `"iii"`): a
/// quarter's number ("TW III"), a degree's ("D-IV").
pub fn one_to_four(w: &str) -> Option<u8> {
    match w {
        "1" | "i" => Some(1),
        "2" | "ii" => Some(2),
        "3" | "iii" => Some(3),
        "4" | "iv" => Some(4),
        _ => None,
    }
}

/// The one year `s` gives, however often (`PK_Disdik_2021`); none where it gives none or
/// several (`Renstra 2021-2026`).
pub fn one_year(s: &str) -> Option<i32> {
    let mut years = years(s);
    years.dedup();
    match years[..] {
        [year] => Some(year),
        _ => None,
    }
}

/// Every four-digit year 1990..=2099 standing alone in the text.
pub fn years(s: &str) -> Vec<i32> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let w = &bytes[i..i + 4];
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after_ok = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit();
        if before_ok && after_ok && w.iter().all(|b| b.is_ascii_digit()) {
            let y: i32 = std::str::from_utf8(w)
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(0);
            if (1990..=2099).contains(&y) {
                out.push(y);
                i += 4;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The year written after the word "tahun" (`TAHUN 2016`, `Tahun Anggaran 2020`,
/// `TA. 2020`), or after the period of execution Permendagri 86's evaluation form heads
/// itself with (`Periode Pelaksanaan: 2023`); not a regulation's year ("Permenpan RB No.
/// 53 Tahun 2014", "Nomor 86 Tahun 2017": a number after "No."/"Nomor" before "Tahun").
///
/// ```
/// use rakit_core::text::year_after_tahun;
/// assert_eq!(year_after_tahun("PENGUKURAN KINERJA TAHUN 2016"), Some(2016));
/// assert_eq!(year_after_tahun("Renja UPTD PALD Periode Pelaksanaan: 2023"), Some(2023));
/// assert_eq!(year_after_tahun("Permenpan RB No. 53 Tahun 2014"), None);
/// ```
pub fn year_after_tahun(s: &str) -> Option<i32> {
    let n = norm(s);
    for key in [
        "tahun anggaran",
        "tahun",
        "t.a.",
        "ta.",
        "periode pelaksanaan",
    ] {
        let mut start = 0;
        while let Some(pos) = n[start..].find(key) {
            if cites_regulation(&n[..start + pos]) {
                start += pos + key.len();
                continue;
            }
            let after = &n[start + pos + key.len()..];
            let after = after.trim_start_matches([' ', ':', '.']);
            if let Some(y) = years(after).first() {
                if after.starts_with(&y.to_string()) {
                    return Some(*y);
                }
            }
            start += pos + key.len();
        }
    }
    None
}

/// The end of a span of years that opens at `start` ("Tahun 2021 - 2023", "2021 s.d.
/// 2023", "2021/2023", two years compared: "Tahun 2022 dan Tahun 2023"): its last year,
/// later than `start` and at most 10 years on.
///
/// ```
/// use rakit_core::text::span_end;
/// assert_eq!(span_end("Realisasi Kinerja Tahun 2021 - 2023", 2021), Some(2023));
/// assert_eq!(span_end("Tahun 2021 s.d. 2026", 2021), Some(2026));
/// assert_eq!(span_end("Perbandingan Tahun 2022 dan Tahun 2023", 2022), Some(2023));
/// assert_eq!(span_end("Tahun 2021 dan Target 2023", 2021), None);
/// ```
pub fn span_end(s: &str, start: i32) -> Option<i32> {
    let n = norm(s);
    let at = n.find(&start.to_string())? + 4;
    let rest = n[at..].trim_start();
    let rest = [
        "-",
        "–",
        "—",
        "s.d.",
        "s.d",
        "s/d",
        "sd",
        "sampai dengan",
        "sampai",
        "/",
        "dan tahun",
        "dan",
        "&",
    ]
    .iter()
    .find_map(|sep| rest.strip_prefix(sep))?
    .trim_start();
    let end: i32 = rest.get(..4)?.parse().ok()?;
    let next_is_digit = rest[4..].starts_with(|c: char| c.is_ascii_digit());
    (!next_is_digit && end > start && end - start <= 10).then_some(end)
}

/// Whether a text ends with a regulation's number ("... No. 53 ", "... Nomor 86 ",
/// "Permendagri 86 ", "PP 12 "), so that the "Tahun" after it dates the regulation.
fn cites_regulation(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(number), Some(no)) = (words.next(), words.next()) else {
        return false;
    };
    let no = no.trim_start_matches('(').trim_end_matches(['.', ':']);
    number.chars().all(|c| c.is_ascii_digit() || c == '/')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && (matches!(no, "no" | "nomor" | "nomer") || REGULATIONS.contains(&no))
}

/// The kinds of regulation Indonesian reports cite by number ("Permendagri 86 Tahun 2017",
/// "PP 8 Tahun 2006", "Perbup 12 Tahun 2021").
const REGULATIONS: [&str; 20] = [
    "uu",
    "pp",
    "perpres",
    "keppres",
    "inpres",
    "permen",
    "kepmen",
    "permendagri",
    "kepmendagri",
    "permenpan",
    "permenpanrb",
    "rb",
    "permenkeu",
    "pmk",
    "perda",
    "perbup",
    "perwali",
    "pergub",
    "perkada",
    "sk",
];

/// The year a column header gives for the figures under it ("Tahun 2016"); not the year of
/// a Renstra end ("Target ... Pada Tahun 2030 (Akhir Periode Renstra)") or a "s/d" span.
pub fn header_year(s: &str) -> Option<i32> {
    let n = norm(s);
    if n.len() > 30 || has_any(&n, &["renstra", "akhir", "s/d", "sampai", "terhadap"]) {
        return None;
    }
    year_after_tahun(&n)
}

/// The year of the Renja an evaluation form's header names over its columns (`Target
/// Kinerja dan Anggaran Renja 2023`, `Tingkat Capaian Renja Tahun 2023 (%)`): the year right
/// after `Renja` (and `Tahun`); not the years before it (`Realisasi … Renja s.d. 2022`) nor
/// a Renstra's.
///
/// ```
/// use rakit_core::text::renja_year;
/// assert_eq!(renja_year("Target Kinerja dan Anggaran Renja 2023"), Some(2023));
/// assert_eq!(renja_year("Tingkat Capaian Renja Tahun 2023 (%)"), Some(2023));
/// assert_eq!(renja_year("Realisasi Kinerja dan Anggaran Renja s.d. 2022"), None);
/// assert_eq!(renja_year("Target Renstra (2019-2023)"), None);
/// ```
pub fn renja_year(s: &str) -> Option<i32> {
    let n = norm(s);
    if n.len() > 80 || has_any(&n, &["renstra", "s/d", "s.d", "sampai"]) {
        return None;
    }
    let at = n.find("renja")? + "renja".len();
    let after = n[at..].trim_start();
    let after = after.strip_prefix("tahun").map_or(after, str::trim_start);
    let y: i32 = after.get(..4)?.parse().ok()?;
    let next_is_digit = after[4..].starts_with(|c: char| c.is_ascii_digit());
    ((1990..=2099).contains(&y) && !next_is_digit).then_some(y)
}

/// The months as Indonesian writes them, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A place-and-date line such as `Martapura, 31 Desember 2016`: its year.
pub fn date_line_year(s: &str) -> Option<i32> {
    date_line(s).map(|(_, y)| y)
}

/// A place-and-date line: its month (1..=12) and year.
pub fn date_line(s: &str) -> Option<(u32, i32)> {
    let n = norm(s);
    let words: Vec<&str> = n
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in words.windows(3) {
        let day_ok = w[0]
            .parse::<u32>()
            .map(|d| (1..=31).contains(&d))
            .unwrap_or(false);
        let month = MONTHS
            .iter()
            .position(|m| w[1] == *m || (w[1].len() >= 3 && m.starts_with(w[1])));
        if let (true, Some(month)) = (day_ok, month) {
            if let Ok(y) = w[2].trim_end_matches('.').parse::<i32>() {
                if (1990..=2099).contains(&y) {
                    return Some((month as u32 + 1, y));
                }
            }
        }
    }
    None
}

/// Case-insensitive "contains any of".
pub fn has_any(haystack_norm: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack_norm.contains(n))
}

/// Whether a word of the text is close to `word` (typos such as `realisai`, `indkator`).
pub fn has_word_like(haystack_norm: &str, word: &str) -> bool {
    let n = word.chars().count();
    haystack_norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4)
        .any(|w| w == word || (word.len() >= 6 && close(w, word, n)))
}

/// `strsim::normalized_levenshtein(w, word) >= 0.84`, without the edit distance where the
/// lengths alone rule it out: the distance is at least the difference of the lengths, so
/// the similarity is at most `1 - difference / longer` (every header cell of a sheet is
/// asked this, most of them far longer or shorter than `word`).
fn close(w: &str, word: &str, word_chars: usize) -> bool {
    let m = w.chars().count();
    let longest = m.max(word_chars) as f64;
    if 1.0 - (m.abs_diff(word_chars) as f64) / longest < 0.84 {
        return false;
    }
    strsim::normalized_levenshtein(w, word) >= 0.84
}

/// Whether a name in an indicator column only names a budget ("Anggaran (Rp)", "Realisasi
/// Anggaran", "Pagu / Realisasi Anggaran", "Alokasi Dana"): the budget line of the programme
/// or kegiatan named beside it, no indicator. Words in brackets are left out; "Persentase
/// serapan anggaran" is an indicator, and so is a name with a `%` ("% realisasi anggaran",
/// "Realisasi anggaran (%)"): a share of the budget, not the budget.
pub fn names_a_budget_only(name: &str) -> bool {
    const MONEY: [&str; 6] = ["anggaran", "pagu", "dana", "alokasi", "belanja", "keuangan"];
    const WITH: [&str; 4] = ["realisasi", "jumlah", "total", "rp"];
    if name.contains('%') {
        return false;
    }
    // most names hold no money word at all: told without a copy (a name of other letters
    // than ASCII goes the whole way, as lower-casing them may give ASCII letters)
    if name.is_ascii()
        && !name
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| MONEY.iter().any(|m| w.eq_ignore_ascii_case(m)))
    {
        return false;
    }
    let mut depth = 0u32;
    let mut outside = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let outside = norm(&outside);
    let words: Vec<&str> = outside
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| MONEY.contains(w))
        && words.iter().all(|w| MONEY.contains(w) || WITH.contains(w))
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbered_entries() {
        assert_eq!(
            numbered_entry("• (4) Jumlah ormas terdaftar"),
            Some((4, "Jumlah ormas terdaftar"))
        );
        assert_eq!(
            numbered_entry("3) Indeks kerukunan umat"),
            Some((3, "Indeks kerukunan umat"))
        );
        // a figure, a year, a single word are no entries
        assert_eq!(numbered_entry("2024"), None);
        assert_eq!(numbered_entry("(1) Jumlah"), None);
        assert_eq!(numbered_entry("Sasaran 1 : Terwujudnya kondusivitas"), None);
    }

    #[test]
    fn a_budget_label_is_no_indicator_name() {
        for b in [
            "Anggaran (Rp)",
            "Realisasi Anggaran",
            "Pagu / Realisasi Anggaran",
            "ALOKASI DANA",
            "Jumlah Anggaran",
        ] {
            assert!(names_a_budget_only(b), "{b}");
        }
        for i in [
            "Persentase serapan anggaran",
            "% realisasi anggaran",
            "Realisasi anggaran (%)",
            "Jumlah dana desa yang disalurkan tepat waktu",
            "Realisasi pendapatan asli daerah",
            "Indikator",
            "",
        ] {
            assert!(!names_a_budget_only(i), "{i}");
        }
    }
    use super::*;

    #[test]
    fn the_length_check_before_the_edit_distance_changes_no_answer() {
        let words = [
            "realisasi",
            "realisai",
            "relisasi",
            "realisasinya",
            "realisa",
            "realisasi2024",
            "indikator",
            "indkator",
            "indikatornya",
            "indi",
            "kinerja",
            "sasaran",
            "rencana",
            "target",
            "capaian",
            "realisasiiii",
            "rrealisasi",
            "reaslisasi",
            "indikatorr",
            "ndikator",
            "réalisasi",
            "indikatör",
            "tahunan",
            "triwulan",
            "keterangan",
        ];
        for word in ["realisasi", "indikator"] {
            for w in words {
                let with_edit_distance = strsim::normalized_levenshtein(w, word) >= 0.84;
                assert_eq!(
                    close(w, word, word.chars().count()),
                    with_edit_distance,
                    "{w} / {word}"
                );
            }
        }
    }

    #[test]
    fn labels_lose_their_numbers() {
        assert_eq!(label("Sasaran Strategis (1)"), "sasaran strategis");
        assert_eq!(label("  Target  (3) "), "target");
        assert_eq!(label("% (5)"), "%");
        assert_eq!(label("1. Indikator"), "indikator");
    }

    #[test]
    fn years_found() {
        assert_eq!(years("TAHUN 2016"), vec![2016]);
        assert_eq!(years("NIP. 19600512 198503 1 025"), Vec::<i32>::new());
        assert_eq!(year_after_tahun("TAHUN ANGGARAN 2020"), Some(2020));
        assert_eq!(
            year_after_tahun("Jumlah Anggaran Kegiatan Tahun 2015 : Rp. 2"),
            Some(2015)
        );
        assert_eq!(
            year_after_tahun("Jumlah Realisasi Anggaran Kegiatan Tahun : Rp. 1"),
            None
        );
        // a regulation's year is not the report's
        assert_eq!(
            year_after_tahun("Format LKjIP (Permenpan RB No. 53 Tahun 2014)"),
            None
        );
        assert_eq!(
            year_after_tahun("Permendagri Nomor 86 Tahun 2017, Tahun Anggaran 2024"),
            Some(2024)
        );
        assert_eq!(
            year_after_tahun("(Formulir E.81, Permendagri 86 Tahun 2017) Tahun 2024"),
            Some(2024)
        );
        assert_eq!(year_after_tahun("Renja No. 3 TAHUN 2023"), None);
        assert_eq!(year_after_tahun("Triwulan IV Tahun 2023"), Some(2023));
        assert_eq!(date_line_year("Martapura, 31 Desember 2015"), Some(2015));
        assert_eq!(date_line_year("Watampone,   31 Desember 2020"), Some(2020));
        assert_eq!(date_line_year("Jumlah 31 orang"), None);
        assert_eq!(date_line("Lubuk Pakam, 12 Januari 2024"), Some((1, 2024)));
    }

    #[test]
    fn hashing_agrees_with_norm() {
        let a = "  Terpeliharanya   sarana\u{a0}dan prasarana ";
        let b = "terpeliharanya sarana dan PRASARANA";
        assert_eq!(norm(a), norm(b));
        assert_eq!(norm_hash(a), norm_hash(b));
        assert_ne!(norm_hash(a), norm_hash("terpeliharanya sarana"));
        // longer than one block of the hash, one text with non-ASCII letters whose lower
        // case is ASCII (the Kelvin sign lower-cases to `k`)
        let long = "Persentase Koperasi aktif yang melaporkan RAT tepat waktu di seluruh kecamatan";
        let other = "  persentase \u{212A}operasi  AKTIF yang melaporkan RAT tepat waktu di seluruh kecamatan";
        assert_eq!(norm(long), norm(other));
        assert_eq!(norm_hash(long), norm_hash(other));
        assert_ne!(
            norm_hash(long),
            norm_hash(&long.replace("kecamatan", "kelurahan"))
        );
        assert!(norm_starts_with("  PERSENTASE koperasi", "persentase"));
        assert!(!norm_starts_with("Jumlah", "persentase"));
        // past the ASCII path: a Kelvin sign lower-cases to `k`, a short text never matches
        assert!(norm_starts_with("\u{212A}operasi", "kop"));
        assert!(!norm_starts_with("Kö", "ko"));
        assert!(norm_starts_with("RP. 5", "rp"));
        assert!(!norm_starts_with(" R", "rp"));
    }

    #[test]
    fn typo_tolerant_words() {
        assert!(has_word_like("realisai kinerja", "realisasi"));
        assert!(has_word_like("indikator kinerja", "indikator"));
        assert!(!has_word_like("sasaran strategis", "realisasi"));
    }
}
