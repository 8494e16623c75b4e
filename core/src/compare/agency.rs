//! Which agency (OPD) a sheet is of, as far as its title block tells: enough to see that
//! files of two agencies were given to one comparison, whose indicators cannot be lined up.
//!
//! An agency keeps its region and, though it may be renamed (Banjar's "Dinas Koperasi dan
//! UMKM" is "Dinas Koperasi dan Usaha Mikro …" in 2015), some word of its subject. Two title
//! blocks are of different agencies only when they say so: regions that differ, or subjects
//! without a word in common. A title that names no subject (an acronym such as "Dinas PU")
//! differs from none.

/// What a title block tells of its agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    /// the words after the first "Kabupaten" / "Kota" / "Provinsi", joined without spaces
    /// ("Banjar Baru" and "Banjarbaru" are one city: `banjarbaru`)
    region: String,
    /// the agency's own words, without the kind of office and joining words
    /// (`["koperasi", "umkm"]`)
    subject: Vec<String>,
    /// the first letters of its name's words, joining words passed over, with and without
    /// its kind of office: `bpkad` and `pkad` of "Badan Pengelolaan Keuangan dan Aset
    /// Daerah", `sdprd` and `dprd` of "Sekretariat Dewan Perwakilan Rakyat Daerah", and
    /// without its generic words (`bib` of "UPTD Balai Inseminasi Buatan Daerah")
    initials: [String; 3],
    /// its name's words after the kind of office, joining and generic words kept
    /// (`laboratorium kesehatan daerah`): what a short name of syllables spells (`Labkesda`)
    after_office: String,
}

/// Words that name the kind of office or join others: no subject of their own.
const GENERIC: [&str; 25] = [
    "dinas",
    "badan",
    "biro",
    "kantor",
    "sekretariat",
    "dan",
    "serta",
    "daerah",
    "pemerintah",
    "pemerintahan",
    "urusan",
    "bidang",
    "bagian",
    "satuan",
    "unit",
    "pelaksana",
    "teknis",
    "uptd",
    "upt",
    "perangkat",
    "opd",
    "skpd",
    "nama",
    "kab",
    "kabupaten",
];

const REGION_MARKERS: [&str; 5] = ["kabupaten", "kab", "kota", "provinsi", "prov"];

/// Words after a region's name that begin the period a title names ("Tahun 2019", "TA 2020",
/// "Triwulan IV", "Periode 2021").
const REGION_ENDS: [&str; 7] = [
    "tahun", "ta", "anggaran", "periode", "triwulan", "semester", "bulan",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words after the first region marker that a name follows, up to the next marker or the
/// period the title goes on with
/// ("Kabupaten Banjar Provinsi Kalimantan Selatan" is Banjar; "Kota" of "Tata Kota dan
/// Pertamanan" is none), with the marker's place.
fn region_of(words: &[String]) -> Option<(usize, Vec<String>)> {
    let marker = |w: &String| REGION_MARKERS.contains(&w.as_str());
    let at = (0..words.len().saturating_sub(1)).find(|&i| {
        let next = &words[i + 1];
        marker(&words[i]) && !marker(next) && !["dan", "serta"].contains(&next.as_str())
    })?;
    // the title may go on with the period: "Dinas Kesehatan Kota Bitung Tahun 2019"
    let ends = |w: &String| {
        marker(w) || REGION_ENDS.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit())
    };
    let end = words[at + 1..]
        .iter()
        .position(ends)
        .map_or(words.len(), |p| at + 1 + p);
    Some((at, words[at + 1..end].to_vec()))
}

/// An indicator's name without the agency's own name written in it, as the title block
/// writes it (`Nilai IKM Dinas Koperasi dan Usaha Mikro` in the tables of "DINAS KOPERASI DAN
/// USAHA MIKRO": `Nilai IKM`), and the words left out; none where the name does not write
/// it whole. The agency's name is its words up to the region (`… Kabupaten Banyuwangi`),
/// three or more (or two, the second a code: `Sekretariat DPRD`), the first naming an office
/// (Dinas, Badan …); its short name, one word
/// of the letters of all its words in order (`Nilai AKIP BPBD` in the tables of "BADAN
/// PENANGGULANGAN BENCANA DAERAH"), is left out as well. The region written after it in the
/// name goes too. Something must be left.
pub fn without_agency(name: &str, agency: &str) -> Option<(String, String)> {
    OwnName::of(agency).left_out_of(name)
}

/// An agency's name as [`without_agency`] looks for it in indicators' names, read once per
/// agency: its words up to the region, the region's, and the normalized words its short
/// names are made of.
pub(crate) struct OwnName {
    own: Vec<String>,
    region: Vec<String>,
    /// whether its first word names an office (`Dinas`, `UPTD`): else only the region goes
    opens: bool,
    /// all its words, normalized (the letters of a short name: `BPBD`)
    all: Vec<super::normalize::Word>,
    /// its words after the office's, normalized (`PUPR`, `Disnaker`)
    subject: Vec<super::normalize::Word>,
    /// the unit's words (after the office's word to the next office's word,
    /// [`unit_at_end`]) and, for each run of two or more of them from `i` to `j`, its words
    /// normalized, at `runs[i][j - i - 2]` (the code that may stand for the run)
    unit: Vec<String>,
    runs: Vec<Vec<Vec<super::normalize::Word>>>,
}

impl OwnName {
    pub(crate) fn of(agency: &str) -> OwnName {
        let agency = words(agency);
        let (own, region) = match region_of(&agency) {
            Some((at, region)) => (agency[..at].to_vec(), region),
            None => (agency.clone(), Vec::new()),
        };
        let opens = own.len() >= 2 && opens_office(&own[0]);
        let normalized = |w: &[String]| super::normalize::words(&w.join(" "));
        let (all, subject, unit) = if opens {
            let end = own[1..]
                .iter()
                .position(|w| opens_office(w))
                .map_or(own.len(), |p| p + 1);
            (
                normalized(&own),
                normalized(&own[1..]),
                own[1..end].to_vec(),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let runs = (0..unit.len())
            .map(|i| {
                (i + 2..=unit.len())
                    .map(|j| normalized(&unit[i..j]))
                    .collect()
            })
            .collect();
        OwnName {
            own,
            region,
            opens,
            all,
            subject,
            unit,
            runs,
        }
    }

    /// [`without_agency`] of this agency.
    pub(crate) fn left_out_of(&self, name: &str) -> Option<(String, String)> {
        if !self.opens {
            return without_region(name, &self.region);
        }
        named_agency(name, self).or_else(|| without_region(name, &self.region))
    }
}

/// A name without its agency's region written at its end, as the title names it (`IKUB
/// Provinsi Nusa Kencana` in the tables of "… PROVINSI NUSA KENCANA": `IKUB`), and the words
/// left out. Something must be left.
fn without_region(name: &str, region: &[String]) -> Option<(String, String)> {
    if region.is_empty() {
        return None;
    }
    let spans = super::normalize::word_spans(name);
    let n = spans.len();
    let at = n.checked_sub(region.len() + 1).filter(|at| *at >= 1)?;
    let word = |k: usize| name[spans[k].clone()].to_lowercase();
    if !REGION_MARKERS.contains(&word(at).as_str())
        || (0..region.len()).any(|j| word(at + 1 + j) != region[j])
    {
        return None;
    }
    let from = spans[at].start;
    let left = name[..from].trim_end();
    (left.chars().any(char::is_alphanumeric))
        .then(|| (left.to_string(), name[from..].trim_end().to_string()))
}

/// [`without_agency`] for an agency whose name opens with its office's word.
fn named_agency(name: &str, agency: &OwnName) -> Option<(String, String)> {
    let (own, region) = (&agency.own[..], &agency.region[..]);
    // the name's words with their byte ranges
    let spans = super::normalize::word_spans(name);
    let word = |k: usize| name[spans[k].clone()].to_lowercase();
    // written whole: three words or more, or two where the name writes the second as a code
    // (`Nilai SAKIP Sekretariat DPRD`, `Dinas PUPR`)
    let coded = |k: usize| {
        let raw = &name[spans[k].clone()];
        raw.len() >= 3 && raw.bytes().all(|c| c.is_ascii_uppercase())
    };
    let whole = (0..=spans.len().saturating_sub(own.len()))
        .filter(|_| spans.len() >= own.len())
        .filter(|&k| own.len() >= 3 || own.len() == 2 && coded(k + 1))
        .find(|&k| (0..own.len()).all(|j| word(k + j) == own[j]));
    let short = || {
        let (all, subject) = (&agency.all, &agency.subject);
        // or of the words after the office's (`PUPR`: Pekerjaan Umum dan Penataan Ruang),
        // written in capitals after the office's word (`Dinas PUPR`) or last
        let office = |k: usize| k > 0 && word(k - 1) == own[0];
        let k = (0..spans.len()).find(|&k| {
            let raw = &name[spans[k].clone()];
            let low = raw.to_ascii_lowercase();
            short_name(raw)
                && (super::normalize::abbreviates(&low, all)
                    || dinas_short(&low, &own[0], subject)
                    || (office(k) || k + 1 == spans.len())
                        && raw.bytes().all(|c| c.is_ascii_uppercase())
                        && (super::normalize::abbreviates(&low, subject)
                                // the code that is all of it after the office's word
                                // (`… Anggota DPRD` in the tables of "Sekretariat DPRD")
                                || own.len() == 2 && low == own[1]))
        })?;
        Some(if office(k) {
            (k - 1, k + 1)
        } else {
            (k, k + 1)
        })
    };
    let (at, mut end) = match whole {
        Some(at) => (at, at + own.len()),
        // or its short name, one word of the letters of all its words in order
        // (`BPBD`: Badan Penanggulangan Bencana Daerah; `Dinkes`: DINas KESehatan), or its
        // name written in part at the end
        None => short().or_else(|| {
            // an agency of two words is written whole or by its short name
            if own.len() < 3 {
                return None;
            }
            let at =
                partly(name, &spans, own, region).or_else(|| unit_at_end(name, &spans, agency))?;
            Some((at, spans.len()))
        })?,
    };
    // the region after it: "Kabupaten Banyuwangi", as the title names it (else one word)
    if end + 1 < spans.len() && REGION_MARKERS.contains(&word(end).as_str()) {
        let n = if region.is_empty() { 1 } else { region.len() };
        if region.is_empty()
            || (0..n).all(|j| end + 1 + j < spans.len() && word(end + 1 + j) == region[j])
        {
            end += 1 + n.min(spans.len() - end - 1);
        }
    }
    let (from, to) = (spans[at].start, spans[end - 1].end);
    let left = format!("{}{}", name[..from].trim_end(), &name[to..]);
    let left = left.trim();
    (left.chars().any(char::is_alphanumeric))
        .then(|| (left.to_string(), name[from..to].to_string()))
}

/// Where a name ends with its agency's name written in part: the office's word (`Bagian`,
/// `Dinas`) or the letters of the agency's words (`RSJD`: Rumah Sakit Jiwa Daerah),
/// then, to the end, words of the agency's name or the letters of a run of them
/// (`KB`: Keluarga Berencana): `Nilai SAKIP Bagian Pengadaan`, `Nilai SAKIP Dinas
/// Pengendalian Penduduk dan KB`, `IKM RSJD Sei Lumut`. A word before it must be left.
fn partly(
    name: &str,
    spans: &[std::ops::Range<usize>],
    own: &[String],
    region: &[String],
) -> Option<usize> {
    let initials = |words: &[String]| -> String {
        words
            .iter()
            .filter(|w| !matches!(w.as_str(), "dan" | "serta"))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let raw = |k: usize| &name[spans[k].clone()];
    let code = |k: usize| {
        let r = raw(k);
        r.len() >= 2 && r.bytes().all(|c| c.is_ascii_uppercase())
    };
    // the letters of a run of the agency's words, two or more
    let of_a_run = |low: &str| {
        (0..own.len()).any(|i| (i + 2..=own.len()).any(|j| initials(&own[i..j]) == low))
    };
    let in_name = |w: &str| {
        own.iter().chain(region).any(|o| o == w)
            || matches!(
                w,
                "dan" | "serta" | "kabupaten" | "kab" | "kota" | "provinsi"
            )
    };
    (1..spans.len()).find(|&k| {
        let low = raw(k).to_lowercase();
        // the letters of its words to the end, or to `Daerah` before its place's name
        // (`RSJD` of Rumah Sakit Jiwa Daerah Sei Lumut)
        let spells = |j: usize| j == own.len() || own[j - 1] == "daerah";
        let head = low == own[0]
            || code(k) && (2..=own.len()).any(|j| spells(j) && initials(&own[..j]) == low);
        head && (k + 1..spans.len()).all(|j| {
            let w = raw(j).to_lowercase();
            in_name(&w) || code(j) && of_a_run(&w)
        })
    })
}

/// Where a name ends with the name of the unit the agency is (`UPTD Sentra IKM - Dinas
/// Perindustrian …`: *Sentra IKM*), its words after the office's to the next office's, two
/// or more, written without the office's word, a code in it for a run of them (`sentra IKM`
/// of *Sentra Industri Kecil dan Menengah*): `Jumlah tenant yang menempati los sentra IKM`.
/// Two words before it must be left.
fn unit_at_end(name: &str, spans: &[std::ops::Range<usize>], agency: &OwnName) -> Option<usize> {
    if agency.unit.len() < 2 {
        return None;
    }
    let raw: Vec<&str> = spans.iter().map(|s| &name[s.clone()]).collect();
    // the earliest place it starts, `di` / `pada` taken with it (`… kerja di sentra IKM`),
    // never a joining word (`… dan sentra IKM`: the name joins another thing to it)
    let joins = |w: &str| w.eq_ignore_ascii_case("dan") || w.eq_ignore_ascii_case("serta");
    (2..raw.len()).find(|&at| !joins(raw[at]) && writes(&raw[at..], agency))
}

/// Whether the words `raw` write the words of the agency's unit in some order: each the
/// same word or a code for a run of two or more of them
/// ([`super::normalize::abbreviates`]), every word of the unit once, with `di` / `pada`
/// before or between them (`IKM di sentra`).
fn writes(raw: &[&str], agency: &OwnName) -> bool {
    let unit = &agency.unit;
    let mut covered = vec![false; unit.len()];
    for w in raw {
        let low = w.to_lowercase();
        if matches!(low.as_str(), "di" | "pada" | "pd") {
            continue;
        }
        if let Some(i) = (0..unit.len()).find(|&i| !covered[i] && unit[i] == low) {
            covered[i] = true;
            continue;
        }
        let code = w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase());
        let run = code
            .then(|| {
                (0..unit.len()).find_map(|i| {
                    (i + 2..=unit.len())
                        .filter(|&j| !covered[i..j].contains(&true))
                        .find(|&j| super::normalize::abbreviates(&low, &agency.runs[i][j - i - 2]))
                        .map(|j| (i, j))
                })
            })
            .flatten();
        let Some((i, j)) = run else {
            return false;
        };
        covered[i..j].iter_mut().for_each(|c| *c = true);
    }
    let joiner = |u: &String| matches!(u.as_str(), "dan" | "serta");
    !raw.is_empty() && unit.iter().zip(&covered).all(|(u, c)| *c || joiner(u))
}

/// Whether a short name is a Dinas's as agencies write them, `Dis` or `Din` for the office
/// and the letters or syllables of the words after it (`Disdukcapil`: Dinas KependuDUKan dan
/// PenCAtatan SiPIL; `Disnaker`, `Dinsos`).
fn dinas_short(low: &str, office: &str, subject: &[super::normalize::Word]) -> bool {
    office == "dinas"
        && low.len() > 5
        && (low.starts_with("dis") || low.starts_with("din"))
        && (super::normalize::abbreviates(&low[3..], subject)
            || super::normalize::syllables(&low[3..], subject))
}

/// Whether a word may be an agency's short name: three letters a–z or more, the first a
/// capital (`BPBD`, `Dinkes`, `Bappeda`).
fn short_name(raw: &str) -> bool {
    raw.len() >= 3
        && raw.bytes().all(|c| c.is_ascii_alphabetic())
        && raw.as_bytes()[0].is_ascii_uppercase()
}

/// Whether a word is the first of an agency's name, naming its kind of office (the first
/// word of one of the openings a title block is read by, [`crate::layout::meta::OFFICES`]).
fn opens_office(word: &str) -> bool {
    crate::layout::meta::OFFICES
        .iter()
        .any(|o| o.split_whitespace().next() == Some(word))
}

/// A title naming an office, a slash and a unit of it, each opening with an office's word
/// (`Dinas Sosial … / UPTD Panti …`): the parent's words and the unit's.
fn unit_after_parent(title: &str) -> Option<(&str, &str)> {
    let (parent, unit) = title.rsplit_once('/')?;
    let opens = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| opens_office(&w.to_lowercase()))
    };
    (opens(parent) && opens(unit)).then_some((parent.trim(), unit.trim()))
}

impl Agency {
    /// From the agency's line and the region's line of a title block; none where neither
    /// says anything.
    pub fn of(agency: Option<&str>, region: Option<&str>) -> Option<Agency> {
        // a unit written after its parent office and a slash ("Dinas Sosial Provinsi Tanah
        // Seroja / UPTD Panti Rehsos NAPZA"): the unit is the agency, the parent's region
        // its region where no other is told
        let (agency, region) = match agency.and_then(unit_after_parent) {
            Some((parent, unit)) => (Some(unit), region.or(Some(parent))),
            None => (agency, region),
        };
        let mut name = words(agency.unwrap_or(""));
        // a title going on with its period and no region between ("UPTD Labkesda Tahun 2019
        // s.d. 2021"): the period is no part of the name
        if let Some(at) = name.iter().position(|w| {
            REGION_ENDS.contains(&w.as_str()) && !matches!(w.as_str(), "anggaran" | "bulan")
        }) {
            name.truncate(at);
        }
        let (subject_words, mut region_words) = match region_of(&name) {
            Some((at, r)) => (&name[..at], r),
            None => (&name[..], Vec::new()),
        };
        if region_words.is_empty() {
            let r = words(region.unwrap_or(""));
            region_words = match region_of(&r) {
                Some((_, after)) => after,
                None => r,
            };
        }
        let subject: Vec<String> = subject_words
            .iter()
            .filter(|w| w.chars().count() >= 3 && !GENERIC.contains(&w.as_str()))
            .cloned()
            .collect();
        let region = region_words.concat();
        let letters = |words: &[String]| -> String {
            words
                .iter()
                .filter(|w| !matches!(w.as_str(), "dan" | "serta"))
                .filter_map(|w| w.chars().next())
                .collect()
        };
        let after_office = match subject_words.first() {
            Some(w) if opens_office(w) => &subject_words[1..],
            _ => subject_words,
        };
        let own: Vec<String> = after_office
            .iter()
            .filter(|w| !GENERIC.contains(&w.as_str()))
            .cloned()
            .collect();
        let initials = [letters(subject_words), letters(after_office), letters(&own)];
        (!subject.is_empty() || !region.is_empty()).then_some(Agency {
            region,
            subject,
            initials,
            after_office: after_office.join(" "),
        })
    }

    /// Surely another agency: another region, or no subject word in common, a slip of the
    /// keyboard forgiven ("Kesehtan" is "Kesehatan"), where both tell it.
    pub fn differs(&self, other: &Agency) -> bool {
        let regions = !self.region.is_empty() && !other.region.is_empty();
        let subjects = !self.subject.is_empty() && !other.subject.is_empty();
        let alike = |a: &String, b: &String| a == b || strsim::jaro_winkler(a, b) >= 0.9;
        // a word of one that is the other's name in initials (`Sekretariat DPRD` /
        // `Sekretariat Dewan Perwakilan Rakyat Daerah`) or in syllables (`Badan Kesbangpol` /
        // `Badan Kesatuan Bangsa dan Politik`)
        let initials = |a: &Agency, b: &Agency| {
            let spelled = || super::normalize::words(&b.after_office);
            a.subject.iter().any(|w| {
                w.chars().count() >= 3 && b.initials.contains(w)
                    || super::normalize::SYLLABLE_FORM.contains(&w.chars().count())
                        && super::normalize::syllables(w, &spelled())
            })
        };
        regions && self.region != other.region
            || subjects
                && !self
                    .subject
                    .iter()
                    .any(|w| other.subject.iter().any(|v| alike(w, v)))
                && !initials(self, other)
                && !initials(other, self)
    }
}

#[cfg(test)]
mod tests {
    use super::{without_agency, Agency};

    fn a(agency: &str, region: &str) -> Agency {
        let region = (!region.is_empty()).then_some(region);
        Agency::of(Some(agency), region).unwrap_or_else(|| panic!("no agency in {agency}"))
    }

    #[test]
    fn a_renamed_agency_is_the_same() {
        let pairs = [
            (
                a("DINAS KOPERASI DAN UMKM", "KABUPATEN BANJAR"),
                a("DINAS KOPERASI DAN USAHA MIKRO", "Kabupaten Banjar"),
            ),
            (
                a("Badan Perencanaan Pembangunan Daerah Kabupaten Sintang", ""),
                a(
                    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH KABUPATEN SINTANG",
                    "",
                ),
            ),
            // a name that tells no region is not another region
            (
                a("DINAS KESEHATAN KABUPATEN BONE", ""),
                a("DINAS KESEHATAN", ""),
            ),
            // the province after the regency
            (
                a("DINAS KESEHATAN KABUPATEN BANJAR PROVINSI KALIMANTAN SELATAN", ""),
                a("DINAS KESEHATAN", "KAB. BANJAR"),
            ),
            (
                a("DINAS TATA KOTA DAN PERTAMANAN KOTA BANJARMASIN", ""),
                a("DINAS TATA KOTA", "Kota : Banjarmasin"),
            ),
            // the title going on with its year or period
            (
                a("DINAS KESEHATAN KOTA BITUNG TAHUN 2019", ""),
                a("DINAS KESEHATAN KOTA BITUNG", ""),
            ),
            (
                a("DINAS KESEHATAN", "KABUPATEN BONE TA. 2020"),
                a("DINAS KESEHATAN KABUPATEN BONE 2021", ""),
            ),
            // a city written in one word or two, a slip of the keyboard
            (
                a("DINAS KESEHATAN KOTA BANJAR BARU", ""),
                a("DINAS KESEHTAN KOTA BANJARBARU", ""),
            ),
            // the name in initials, with or without its kind of office
            (
                a("SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU", ""),
                a("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", ""),
            ),
            (
                a("BPKAD KABUPATEN LEMBAH SABARU", ""),
                a("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", ""),
            ),
            (
                a("Badan Kesbangpol Kabupaten Tanah Lontar Tahun 2020", ""),
                a("BADAN KESATUAN BANGSA DAN POLITIK", ""),
            ),
            // a unit's short name of syllables, the title going on with its period
            (
                a("UPTD Labkesda Tahun 2019 s.d. 2021", ""),
                a(
                    "UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN WATU LERANG",
                    "",
                ),
            ),
            // a unit after its parent office and a slash
            (
                a("UPTD PANTI REHSOS NAPZA", ""),
                a("Dinas Sosial Provinsi Tanah Seroja / UPTD Panti Rehsos NAPZA", ""),
            ),
            // a unit's short name of the initials of its own words, its generic `Daerah`
            // not among them (`BIB`: Balai Inseminasi Buatan)
            (
                a("UPTD BIB DAERAH TAHUN 2021", ""),
                a("UPTD BALAI INSEMINASI BUATAN DAERAH", ""),
            ),
        ];
        for (x, y) in pairs {
            assert!(!x.differs(&y), "{x:?} / {y:?}");
            assert!(!y.differs(&x), "{y:?} / {x:?}");
        }
    }

    #[test]
    fn the_agencys_own_name_is_left_out_of_an_indicators() {
        let agency = "DINAS KOPERASI DAN USAHA MIKRO";
        assert_eq!(
            without_agency("Nilai IKM Dinas Koperasi dan Usaha Mikro", agency),
            Some((
                "Nilai IKM".to_string(),
                "Dinas Koperasi dan Usaha Mikro".to_string()
            ))
        );
        // with its region, in the title and in the name
        assert_eq!(
            without_agency(
                "Nilai SAKIP Dinas Koperasi dan Usaha Mikro Kabupaten Banyuwangi (poin)",
                "Dinas Koperasi dan Usaha Mikro Kabupaten Banyuwangi"
            ),
            Some((
                "Nilai SAKIP (poin)".to_string(),
                "Dinas Koperasi dan Usaha Mikro Kabupaten Banyuwangi".to_string()
            ))
        );
        // its short name, with the region after it
        let bpbd = "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN CIANJUR";
        assert_eq!(
            without_agency("Nilai AKIP BPBD Kabupaten Cianjur", bpbd),
            Some((
                "Nilai AKIP".to_string(),
                "BPBD Kabupaten Cianjur".to_string()
            ))
        );
        assert_eq!(
            without_agency("Nilai IKM Dinkes", "Dinas Kesehatan Kota Bitung"),
            Some(("Nilai IKM".to_string(), "Dinkes".to_string()))
        );
        // a Dinas's short name of `Dis` and the letters of the words after the office's
        let dukcapil = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL";
        assert_eq!(
            without_agency(
                "Indeks Kepuasan Masyarakat terhadap layanan Disdukcapil",
                dukcapil
            ),
            Some((
                "Indeks Kepuasan Masyarakat terhadap layanan".to_string(),
                "Disdukcapil".to_string()
            ))
        );
        assert_eq!(
            without_agency("Nilai SAKIP Disnaker", "Dinas Tenaga Kerja"),
            Some(("Nilai SAKIP".to_string(), "Disnaker".to_string()))
        );
        // written in part at the end: its office's word or the letters of its words,
        // then words of its name or the letters of a run of them
        let kb = "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA PINANG BARU";
        assert_eq!(
            without_agency("Nilai SAKIP Dinas Pengendalian Penduduk dan KB", kb),
            Some((
                "Nilai SAKIP".to_string(),
                "Dinas Pengendalian Penduduk dan KB".to_string()
            ))
        );
        let rsj = "RUMAH SAKIT JIWA DAERAH SEI LUMUT";
        assert_eq!(
            without_agency("IKM RSJD Sei Lumut", rsj),
            Some(("IKM".to_string(), "RSJD Sei Lumut".to_string()))
        );
        assert_eq!(
            without_agency("Nilai IKM Dinas Koperasi", "DINAS KOPERASI DAN USAHA MIKRO"),
            Some(("Nilai IKM".to_string(), "Dinas Koperasi".to_string()))
        );
        // the unit's name after its office's word, at the end
        let unit = "UPTD SENTRA IKM - DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN LEMBAH RANDU";
        assert_eq!(
            without_agency("Jumlah tenant yang menempati los sentra IKM", unit),
            Some((
                "Jumlah tenant yang menempati los".to_string(),
                "sentra IKM".to_string()
            ))
        );
        assert_eq!(
            without_agency(
                "Jumlah tenant yang menempati los sentra IKM",
                "UPTD SENTRA INDUSTRI KECIL DAN MENENGAH"
            ),
            Some((
                "Jumlah tenant yang menempati los".to_string(),
                "sentra IKM".to_string()
            ))
        );
        assert_eq!(
            without_agency(
                "Volume produksi IKM di sentra",
                "UPTD SENTRA INDUSTRI KECIL DAN MENENGAH"
            ),
            Some(("Volume produksi".to_string(), "IKM di sentra".to_string()))
        );
        assert_eq!(without_agency("Jumlah sentra IKM", unit), None);
        assert_eq!(without_agency("Volume produksi IKM", unit), None);
        assert_eq!(
            without_agency("Volume produksi sentra IKM dan UMKM", unit),
            None
        );
        assert_eq!(without_agency("Jumlah sentra IKM baru", unit), None);
        // the region the title names, at the end
        assert_eq!(
            without_agency(
                "IKUB Provinsi Nusa Kencana",
                "BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI NUSA KENCANA"
            ),
            Some(("IKUB".to_string(), "Provinsi Nusa Kencana".to_string()))
        );
        assert_eq!(
            without_agency("IKUB Provinsi Nusa Raya", "PROVINSI NUSA KENCANA"),
            None
        );
        // not where a word of another follows
        assert_eq!(
            without_agency("Jumlah pasien Rumah Sakit rujukan", rsj),
            None
        );
        // another agency's (`Disdik`, Dinas Pendidikan) is not this one's
        assert_eq!(without_agency("Nilai IKM Disdik", dukcapil), None);
        // the short name of the words after the office's, after the office's word or last
        let pupr = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA PALOPO";
        assert_eq!(
            without_agency("Nilai SAKIP Dinas PUPR", pupr),
            Some(("Nilai SAKIP".to_string(), "Dinas PUPR".to_string()))
        );
        assert_eq!(
            without_agency("Nilai IKM Pelayanan PUPR", pupr),
            Some(("Nilai IKM Pelayanan".to_string(), "PUPR".to_string()))
        );
        // an agency of two words, the second a code, written whole
        assert_eq!(
            without_agency(
                "Nilai SAKIP Sekretariat DPRD",
                "SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU TAHUN 2021"
            ),
            Some(("Nilai SAKIP".to_string(), "Sekretariat DPRD".to_string()))
        );
        assert_eq!(
            without_agency("Nilai SAKIP Sekretariat dprd", "SEKRETARIAT DPRD"),
            None
        );
        // its code alone, last
        assert_eq!(
            without_agency(
                "Jumlah Kunjungan Kerja Dalam Daerah Anggota DPRD",
                "SEKRETARIAT DPRD"
            ),
            Some((
                "Jumlah Kunjungan Kerja Dalam Daerah Anggota".to_string(),
                "DPRD".to_string()
            ))
        );
        // not written whole, or nothing else written, or no office's name, or a code of
        // some of its words only, or in small letters
        for (name, agency) in [
            ("Nilai SAKIP BPB", bpbd),
            ("BPBD", bpbd),
            ("Jumlah desa tangguh bencana (Destana)", bpbd),
            ("Nilai IKM dinkes", "Dinas Kesehatan Kota Bitung"),
            ("Jumlah Usaha Mikro yang dibina", agency),
            ("Dinas Koperasi dan Usaha Mikro", agency),
            ("Nilai IKM BAPPEDA", "BAPPEDA"),
            // the subject's short name inside the name, or not in capitals: the indicator's
            ("Jumlah KUM yang dibina", agency),
            ("Nilai IKM Pupr", pupr),
            (
                "Persentase koperasi dan usaha mikro aktif",
                "KOPERASI DAN USAHA MIKRO",
            ),
        ] {
            assert_eq!(without_agency(name, agency), None, "{name} / {agency}");
        }
    }

    #[test]
    fn another_region_or_subject_is_another_agency() {
        let pairs = [
            (
                a("DINAS KESEHATAN KABUPATEN BONE", ""),
                a("DINAS KESEHATAN KABUPATEN LOMBOK TIMUR", ""),
            ),
            (
                a("DINAS KESEHATAN KABUPATEN LOMBOK TIMUR", ""),
                a("DINAS KESEHATAN KABUPATEN LOMBOK BARAT", ""),
            ),
            (
                a("DINAS KESEHATAN KABUPATEN BONE", ""),
                a("DINAS KOPERASI DAN UKM KABUPATEN BONE", ""),
            ),
            (
                a("DINAS PENDIDIKAN", ""),
                a("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", ""),
            ),
            (a("DINAS KESEHATAN", ""), a("DINAS KETAHANAN PANGAN", "")),
            (a("DINAS PERHUBUNGAN", ""), a("DINAS PERDAGANGAN", "")),
            (
                a("UPTD LABORATORIUM KESEHATAN DAERAH", ""),
                a("UPTD PUSKESMAS SUKA MAJU", ""),
            ),
            // a unit after its parent is the unit: another unit of the same parent differs
            (
                a(
                    "Dinas Sosial Provinsi Tanah Seroja / UPTD Panti Rehsos NAPZA",
                    "",
                ),
                a(
                    "Dinas Sosial Provinsi Tanah Seroja / UPTD Rumah Singgah",
                    "",
                ),
            ),
            (
                a("UPTD BIB DAERAH", ""),
                a("UPTD BALAI PEMBIBITAN TERNAK", ""),
            ),
        ];
        for (x, y) in pairs {
            assert!(x.differs(&y), "{x:?} / {y:?}");
            assert!(y.differs(&x), "{y:?} / {x:?}");
        }
    }

    #[test]
    fn a_title_without_subject_or_region_tells_nothing() {
        assert_eq!(Agency::of(Some("DINAS PU"), None), None);
        assert_eq!(Agency::of(None, None), None);
        // "Tata Kota" names no region: nothing follows "kota"
        let tata = a("DINAS TATA KOTA", "");
        assert!(!tata.differs(&a("DINAS TATA KOTA DAN PERTAMANAN", "KOTA BANJARMASIN")));
    }
}
