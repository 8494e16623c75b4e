//! The quarterly Rencana Aksi layout: per level (sasaran, program, kegiatan) a name column,
//! an indicator column, and target / realisasi / % columns read on a "Target Tahunan" line
//! and four quarter lines (`TW 1 (B03)` .. `TW 4 (B12)`, `TW I`, `Triwulan I`).
//!
//! Detection looks for the period labels down the rows, then reads the header above the
//! first block: each target, realisasi and % column belongs to the level of the nearest
//! indicator column on its left ("INDIKATOR SASARAN", "INDIKATOR PROGRAM",
//! "INDIKATOR KEGIATAN"), so that group headers copied wrongly (Bone prints "CAPAIAN KINERJA
//! SASARAN" over all three levels) do not mislead it.

use super::Level;
use crate::text;

/// Which period a label names: 0 for the annual target line, 1..=4 for a quarter.
pub fn period(label: &str) -> Option<u8> {
    // every period label starts with a T ("Target Tahunan", "TW", "Triwulan")
    if !label.trim_start().starts_with(['t', 'T']) {
        return None;
    }
    let n = text::norm(label);
    let n = n.trim_end_matches(':').trim();
    if n.starts_with("target tahunan")
        || n == "tahunan"
        || n.starts_with("target tahun ")
        || n == "setahun"
    {
        return Some(0);
    }
    let rest = n
        .strip_prefix("triwulan")
        .or_else(|| n.strip_prefix("trw"))
        .or_else(|| n.strip_prefix("tw"))?;
    let rest = rest.trim_start_matches(['.', ' ', '-']);
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    let after = &rest[word.len()..];
    // "TW 1 (B03)": anything after the number must be a bracket, a colon or nothing
    if !(after.is_empty() || after.trim_start().starts_with(['(', ':', '/'])) {
        return None;
    }
    text::one_to_four(&word)
}

/// The quarter a header cell names as the end of a figure to date (`s.d. TW I`, `s/d
/// Triwulan II`, `Sampai dengan TW III`): a column of the realisasi since the year began.
pub fn to_date_period(label: &str) -> Option<u8> {
    if label.len() > 40 || !starts_with_one_of(label, b"s") {
        return None;
    }
    let n = text::norm(label);
    let rest = ["s.d.", "s.d", "s/d", "sd.", "sd", "sampai dengan", "sampai"]
        .iter()
        .find_map(|w| n.strip_prefix(w))?;
    // the prefix is a word of its own (`sd` is not the start of `sdm`)
    if !rest.starts_with([' ', '.']) && !n.starts_with("s.d.") {
        return None;
    }
    period(rest.trim_start_matches(['.', ' '])).filter(|p| *p >= 1)
}

/// Whether `label`'s first letter, in either case, is one of `initials` (lower-case ASCII):
/// told before the label is normalized, as most cells of a sheet start with another.
fn starts_with_one_of(label: &str, initials: &[u8]) -> bool {
    label
        .trim_start()
        .bytes()
        .next()
        .is_some_and(|b| initials.contains(&b.to_ascii_lowercase()))
}

/// The key of a quarterly table whose quarters' realisasi each run to date (`Realisasi
/// Kumulatif` over `s.d. TW I` .. `s.d. TW IV`): the year's realisasi is the last quarter's.
/// Its column is the first quarter's.
pub const TO_DATE: &str = "kumulatif";

/// The key of a quarterly table whose periods are half years (`Semester I | II`), each read
/// as the quarter it ends with ([`crate::model::PeriodKind::Half`]). Its column is the
/// first half's.
pub const HALVES: &str = "semester";

/// The quarter a header cell names after what its column holds ("Target TW I", "Realisasi
/// Triwulan II", "Capaian TW III (%)"): a column of one quarter in a one-row header.
pub fn header_period(label: &str) -> Option<u8> {
    if label.len() > 40 || !starts_with_one_of(label, b"trcj") {
        return None;
    }
    let n = text::norm(label);
    let rest = ["target", "realisasi", "capaian", "rencana", "jadwal"]
        .iter()
        .find_map(|w| n.strip_prefix(w))?
        .trim_start_matches(['.', ' ', '-', ':']);
    // "Target Tahunan" is the year's, not a quarter's
    period(rest).filter(|p| *p >= 1)
}

/// The key of a quarterly table written as a card per indicator (`Indikator Kinerja : …`
/// over its quarters' own `Triwulan | Target | Realisasi`): its column is the cards'
/// `Indikator` labels'.
pub const CARDS: &str = "kartu_triwulan";

/// The key of the column saying which of an indicator's two rows holds its targets and which
/// its realisasi (`Target` / `Realisasi` under `Uraian`), the quarters' columns holding both.
pub const ROW_KIND: &str = "baris";

/// What a cell of the [`ROW_KIND`] column says its row holds: `"target"` (`Target`, `T`,
/// `Tgt`) or `"realisasi"` (`Realisasi`, `R`, `Real.`), from its [`text::label`].
///
/// ```
/// use rakit_core::layout::quarterly::row_kind;
/// assert_eq!(row_kind("t"), Some("target"));
/// assert_eq!(row_kind("realisasi"), Some("realisasi"));
/// assert_eq!(row_kind("capaian"), None);
/// ```
pub fn row_kind(label: &str) -> Option<&'static str> {
    match label.trim_end_matches('.') {
        "target" | "t" | "tgt" | "trg" | "trgt" => Some("target"),
        "realisasi" | "r" | "real" | "rls" | "rea" => Some("realisasi"),
        _ => None,
    }
}

/// The keys of a quarterly table's columns: `<level>_<field>` (`sasaran_target`), plus
/// `no` and `unit_kerja`.
pub const FIELDS: [&str; 7] = [
    "nama",
    "indikator",
    "periode",
    "target",
    "realisasi",
    "capaian",
    "anggaran",
];

pub fn level_key(l: Level) -> &'static str {
    match l {
        Level::Sasaran => "sasaran",
        Level::Program => "program",
        Level::Kegiatan => "kegiatan",
        Level::SubKegiatan => "sub_kegiatan",
    }
}

pub const LEVELS: [Level; 3] = [Level::Sasaran, Level::Program, Level::Kegiatan];

/// [`period`] remembered per distinct label: a Rencana Aksi repeats the same five labels
/// in every block.
#[derive(Default)]
pub struct Periods<'a> {
    seen: rustc_hash::FxHashMap<&'a str, Option<u8>>,
}

impl<'a> Periods<'a> {
    pub fn get(&mut self, label: &'a str) -> Option<u8> {
        *self.seen.entry(label).or_insert_with(|| period(label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_labels() {
        assert_eq!(period("Target Tahunan"), Some(0));
        assert_eq!(period("Target Tahunan  :"), Some(0));
        assert_eq!(period("TW 1 (B03)"), Some(1));
        assert_eq!(period("TW 4 (B12) :"), Some(4));
        assert_eq!(period("TW III"), Some(3));
        assert_eq!(period("Triwulan II"), Some(2));
        assert_eq!(period("TW.2"), Some(2));
        assert_eq!(period("Twitter"), None);
        assert_eq!(period("TW 5"), None);
        assert_eq!(period("Triwulan I tahun 2020 adalah"), None);
        assert_eq!(header_period("Target TW I"), Some(1));
        assert_eq!(header_period("Realisasi Triwulan IV"), Some(4));
        assert_eq!(header_period("Capaian TW II (%)"), Some(2));
        assert_eq!(header_period("Target Tahunan 2023"), None);
        assert_eq!(header_period("Realisasi 2023"), None);
        assert_eq!(to_date_period("s.d. TW I"), Some(1));
        assert_eq!(to_date_period("s/d Triwulan IV"), Some(4));
        assert_eq!(to_date_period("Sampai dengan TW III"), Some(3));
        assert_eq!(to_date_period("s.d.TW II"), Some(2));
        assert_eq!(to_date_period("SDM TW I"), None);
        assert_eq!(to_date_period("s.d. 2024"), None);
        assert_eq!(to_date_period("TW I"), None);
    }
}
