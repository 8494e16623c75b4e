//! Layout: where the indicator table of a sheet is and what each column holds.
//!
//! A table is found by its header text (Sasaran, Indikator, Target, Realisasi, %, Capaian,
//! Satuan, Polaritas/Sifat, No; any case, Indonesian variants and small typos, one to three
//! header rows, merged group headers such as "Tahun 2016" over Target / Realisasi / %). The
//! numbering row `(1) (2) (3)` under the header is skipped, and the table ends at the budget
//! lines, the place-and-date line or the signature block. A [`mapping`] file overrides all of
//! it for layouts detection gets wrong.

pub mod budget;
pub mod mapping;
pub mod meta;
pub mod monthly;
pub mod quarterly;

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::read::{Raw, Sheet};
use crate::text;

/// Level of a quarterly indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Sasaran,
    Program,
    Kegiatan,
    /// a sub kegiatan (the evaluation form's third level)
    #[serde(rename = "sub_kegiatan")]
    SubKegiatan,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    No,
    Sasaran,
    Indikator,
    Satuan,
    Polaritas,
    Target,
    TargetSatuan,
    Realisasi,
    RealisasiSatuan,
    Capaian,
    /// last year's capaian ("Capaian 2015")
    CapaianLalu,
    /// the Renstra's final target ("Target Akhir Renstra (2021)")
    TargetAkhir,
    /// progress against the final target ("Capaian s/d 2016 terhadap 2021 (%)")
    CapaianAkhir,
    Keterangan,
    /// the capaian's category as written ("Kategori", "Predikat": Sangat Tinggi .. Sangat
    /// Rendah)
    Kategori,
}

impl Role {
    pub const ALL: [Role; 15] = [
        Role::No,
        Role::Sasaran,
        Role::Indikator,
        Role::Satuan,
        Role::Polaritas,
        Role::Target,
        Role::TargetSatuan,
        Role::Realisasi,
        Role::RealisasiSatuan,
        Role::Capaian,
        Role::CapaianLalu,
        Role::TargetAkhir,
        Role::CapaianAkhir,
        Role::Keterangan,
        Role::Kategori,
    ];

    /// The key used in mapping files.
    pub fn key(self) -> &'static str {
        match self {
            Role::No => "no",
            Role::Sasaran => "sasaran",
            Role::Indikator => "indikator",
            Role::Satuan => "satuan",
            Role::Polaritas => "polaritas",
            Role::Target => "target",
            Role::TargetSatuan => "target_satuan",
            Role::Realisasi => "realisasi",
            Role::RealisasiSatuan => "realisasi_satuan",
            Role::Capaian => "capaian",
            Role::CapaianLalu => "capaian_lalu",
            Role::TargetAkhir => "target_akhir",
            Role::CapaianAkhir => "capaian_akhir",
            Role::Keterangan => "keterangan",
            Role::Kategori => "kategori",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Which kind of table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    /// annual Pengukuran Kinerja: one line per indicator
    Annual,
    /// quarterly Rencana Aksi: a block per kegiatan, TW I-IV
    Quarterly,
    /// the Permendagri 86/2017 evaluation of the Renja (Formulir E.81): numbered columns,
    /// each a K and Rp pair, some computed from others by a rule written in the header
    Evaluation,
    /// a monthly Rencana Aksi / Laporan Bulanan: one indicator per row, the months
    /// (Januari..Desember) side by side, each with Target / Realisasi / % or realisasi only
    Monthly,
}

/// One indicator table found on a sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub sheet: String,
    pub kind: TableKind,
    /// zero-based rows of the header
    pub header_rows: Vec<u32>,
    /// zero-based row of the `(1) (2) (3)` numbering row, if any
    pub numbering_row: Option<u32>,
    /// zero-based first and last data rows (inclusive)
    pub first_row: u32,
    pub last_row: u32,
    pub columns: BTreeMap<Role, u32>,
    /// quarterly tables: `<level>_<field>` → column (see [`quarterly::FIELDS`])
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub qcols: BTreeMap<String, u32>,
    /// the year a header names ("Tahun 2016" over the target columns)
    pub header_year: Option<i32>,
    /// true when a mapping file decided this table
    pub from_mapping: bool,
    /// evaluation tables: the numbered columns and their written rules
    #[serde(skip)]
    pub eval: Option<Box<EvalColumns>>,
}

/// The numbered columns of an evaluation table (Formulir E.81) and the rules that compute
/// some of them from others.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalColumns {
    /// column number (as the numbering row writes it) → its sheet columns
    pub numbers: BTreeMap<u32, EvalColumn>,
    /// the computed columns, each with its rule
    pub rules: Vec<EvalRule>,
    /// what the numbered columns mean (read from the rules)
    pub roles: EvalRoles,
    /// the sheet column of the program / kegiatan / sub kegiatan names, beside the
    /// indicator column
    pub program_col: Option<u32>,
    /// the quarter the report is of, as the title or the sheet name says it
    /// (`PERIODE PELAKSANAAN : TRIWULAN I TAHUN 2024`, sheet `Realisasi TW II`)
    pub report_quarter: Option<u8>,
}

/// What the numbered columns of an evaluation table mean, by their numbers, as the rules
/// over them tell: the year's realisasi is the sum of the four quarters, the year's capaian
/// divides it by the year's target, the Renstra realisasi to date adds it to the realisasi
/// of the years before, the Renstra capaian divides that by the Renstra's final target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRoles {
    /// the Renstra's final target (`5`)
    pub target_renstra: Option<u32>,
    /// the Renstra's realisasi up to last year (`6`)
    pub realisasi_lalu: Option<u32>,
    /// the year's target (Renja, `7`)
    pub target: Option<u32>,
    /// the quarters, TW I to TW IV (`8` to `11`)
    pub quarters: Vec<u32>,
    /// the year's realisasi, the sum of the quarters (`12`)
    pub realisasi: Option<u32>,
    /// the year's capaian (`13 = 12/7 x 100`, the 17-column numbering)
    pub capaian: Option<u32>,
    /// the Renstra's realisasi to date (`13 = 6 + 12`)
    pub realisasi_renstra: Option<u32>,
    /// the Renstra's capaian (`14 = 13/5 x 100`)
    pub capaian_renstra: Option<u32>,
}

impl EvalRoles {
    /// The roles the rules give.
    pub fn from_rules(numbers: &BTreeMap<u32, EvalColumn>, rules: &[EvalRule]) -> EvalRoles {
        let mut r = EvalRoles::default();
        if let Some((t, parts)) = rules.iter().find_map(|x| match &x.op {
            EvalOp::Sum(p) if p.len() == 4 => Some((x.target, p.clone())),
            _ => None,
        }) {
            r.realisasi = Some(t);
            r.quarters = parts;
        }
        let ratio_of = |num: u32| {
            rules.iter().find_map(|x| match x.op {
                EvalOp::Ratio(a, b) if a == num => Some((x.target, b)),
                _ => None,
            })
        };
        if let Some(real) = r.realisasi {
            if let Some((cap, target)) = ratio_of(real) {
                r.capaian = Some(cap);
                r.target = Some(target);
            }
            if let Some((cum, lalu)) = rules.iter().find_map(|x| match &x.op {
                EvalOp::Sum(p) if p.len() == 2 && p.contains(&real) => {
                    Some((x.target, p.iter().copied().find(|n| *n != real)?))
                }
                _ => None,
            }) {
                r.realisasi_renstra = Some(cum);
                r.realisasi_lalu = Some(lalu);
                if let Some((cap, target)) = ratio_of(cum) {
                    r.capaian_renstra = Some(cap);
                    r.target_renstra = Some(target);
                }
            }
        }
        // the year's target stands just before the first quarter (the number before its
        // own: one less, or two where each K and Rp column had its number)
        if r.target.is_none() {
            r.target = r
                .quarters
                .iter()
                .min()
                .and_then(|q| numbers.range(..*q).next_back().map(|(n, _)| *n))
                .filter(|n| Some(*n) != r.realisasi_lalu);
        }
        r
    }
}

/// The sheet columns of one numbered column: kinerja (K), rupiah (Rp) and, under a
/// quarter, a % column.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EvalColumn {
    pub k: Option<u32>,
    pub rp: Option<u32>,
    pub pct: Option<u32>,
}

/// How a computed column is computed from others (by their numbers).
#[derive(Debug, Clone, PartialEq)]
pub enum EvalOp {
    /// `A = B + C + D`
    Sum(Vec<u32>),
    /// `A = B / C x 100`
    Ratio(u32, u32),
}

/// One computed column and its rule.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRule {
    pub target: u32,
    pub op: EvalOp,
    /// the rule as the sheet writes it (or as the scheme gives it): `13 = 9 + 10 + 11 + 12`
    pub text: String,
    /// read from the numbering row (false: the scheme's rule, not written)
    pub written: bool,
}

impl Table {
    pub fn col(&self, role: Role) -> Option<u32> {
        self.columns.get(&role).copied()
    }

    /// A quarterly column by level and field (`qcol(Level::Program, "target")`).
    pub fn qcol(&self, level: Level, field: &str) -> Option<u32> {
        // no allocation: this is asked for every row of a Rencana Aksi
        let lk = quarterly::level_key(level);
        self.qcols
            .iter()
            .find(|(k, _)| {
                k.len() == lk.len() + 1 + field.len()
                    && k.starts_with(lk)
                    && k.ends_with(field)
                    && k.as_bytes()[lk.len()] == b'_'
            })
            .map(|(_, c)| *c)
    }
}

/// Header words rakit reads as the Indonesian word beside them: English ones (a provincial
/// template's "Performance Indicator", "Actual", "Achievement (%)") and a narrow column's
/// short forms; a bilingual label ("Realisasi / Actual") already holds its Indonesian word.
const HEADER_WORDS: [(&str, &str); 19] = [
    // and the abbreviations of a narrow column: "Tgt.", "Real.", "Sat."
    ("tgt", "target"),
    ("real", "realisasi"),
    ("sat", "satuan"),
    ("actual", "realisasi"),
    ("realization", "realisasi"),
    ("realisation", "realisasi"),
    ("achievement", "capaian"),
    ("progress", "capaian"),
    ("toward", "terhadap"),
    ("towards", "terhadap"),
    ("against", "terhadap"),
    ("indicator", "indikator"),
    ("indicators", "indikator"),
    ("category", "kategori"),
    ("remarks", "keterangan"),
    ("polarity", "polaritas"),
    ("objective", "sasaran"),
    ("objectives", "sasaran"),
    ("goal", "sasaran"),
];

/// A header label with its English words in Indonesian, where it has any; "Unit" alone (or
/// "Unit of measure") is the Satuan, "Unit Kerja" is not.
fn in_indonesian(l: &str) -> Option<String> {
    if matches!(
        l,
        "unit" | "units" | "unit of measure" | "unit of measurement" | "uom"
    ) {
        return Some("satuan".into());
    }
    let translated = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        HEADER_WORDS
            .iter()
            .find(|(other, _)| *other == bare)
            .map(|(_, id)| *id)
    };
    // the Renstra as English writes it ("Strategic Plan Target (2026)", "Target of the
    // Strategic Plan")
    let renstra = l.contains("strategic plan");
    // most labels hold none: nothing is built for them (every header cell is asked)
    if !renstra && !l.split(' ').any(|w| translated(w).is_some()) {
        return None;
    }
    let l = l.replace("strategic plan", "renstra");
    let words: Vec<&str> = l.split(' ').map(|w| translated(w).unwrap_or(w)).collect();
    Some(words.join(" "))
}

/// Whether a word of the label is "target" typed one letter off ("Taget", "Traget").
fn target_slip(l: &str) -> bool {
    l.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.len() >= 5 && w.starts_with('t') && strsim::osa_distance(w, "target") == 1)
}

/// Classifies one header label (already normalized with [`text::label`]).
pub fn classify(label: &str) -> Option<Role> {
    if let Some(l) = in_indonesian(label) {
        return classify_indonesian(&l);
    }
    classify_indonesian(label)
}

fn classify_indonesian(label: &str) -> Option<Role> {
    let l = label;
    if l.is_empty() || is_number_as_text(l) {
        return None;
    }
    if matches!(l, "no" | "no." | "nomor" | "no urut" | "nomer") {
        return Some(Role::No);
    }
    // "No. Indikator", "Nomor IKU": the indicator's number, not its name
    let mut words = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if matches!(words.next(), Some("no" | "nomor" | "nomer"))
        && matches!(words.next(), Some("indikator" | "iku" | "ik" | "sasaran"))
        && words.count() <= 1
    {
        return Some(Role::No);
    }
    // the letters alone under a year's group header ("Tahun 2022": T | R | %)
    match l {
        "t" | "t." => return Some(Role::Target),
        "r" | "r." => return Some(Role::Realisasi),
        _ => {}
    }
    // a target and its realisasi written in one cell (`T / R` over `100 / 92,3`): the
    // target's column, the realisasi read from the same cell ([`PAIR`])
    if is_pair_label(l) {
        return Some(Role::Target);
    }
    // "Kode Indikator", "kode_indikator", "ID Sasaran": an application's code of the
    // indicator or sasaran, not its name
    if matches!(
        l.split(|c: char| !c.is_alphanumeric()).next(),
        Some("kode" | "kd" | "id")
    ) && l.split(|c: char| !c.is_alphanumeric()).count() > 1
    {
        return None;
    }
    let has = |k: &str| l.contains(k);
    // a civil servant's SKP score (`Nilai Capaian SKP`): an average of quantity, quality
    // and time, no % of the target
    if l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "skp") && has("nilai") {
        return None;
    }
    if has("polaritas")
        || has("polarisasi")
        || l == "sifat"
        || has("sifat indikator")
        || l == "arah"
    {
        return Some(Role::Polaritas);
    }
    if has("keterangan") || l == "ket" || l == "ket." {
        return Some(Role::Keterangan);
    }
    if l.starts_with("kategori") || l.starts_with("predikat") {
        return Some(Role::Kategori);
    }
    // "Capaian s/d 2021 terhadap Target Akhir Renstra (%)": the progress, whose label names
    // the target it is measured against
    // ("s.d." and "thd" are how "s/d" and "terhadap" are often shortened); "Capaian s.d. TW
    // IV" is the year's capaian to its last quarter, not the Renstra's
    let to_a_quarter = l
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "tw" | "triwulan" | "semester" | "bulan"));
    let progress = has("capaian")
        && !to_a_quarter
        && (has("s/d")
            || has("s.d")
            || has("terhadap")
            || has("thd")
            || has("sampai")
            || has("hingga"));
    if progress && !l.starts_with("target") {
        return Some(Role::CapaianAkhir);
    }
    if has("target akhir") || (has("renstra") && has("target")) {
        return Some(Role::TargetAkhir);
    }
    if progress {
        return Some(Role::CapaianAkhir);
    }
    if has("capaian") && !text::years(l).is_empty() && !has("%") && !has("tahun ini") {
        return Some(Role::CapaianLalu);
    }
    // "Hasil", "Hasil Kinerja", "Hasil yang dicapai": what was achieved, the realisasi
    let hasil = (l == "hasil" || l.starts_with("hasil ")) && !has("%") && !has("capaian");
    let realisasi = text::has_word_like(l, "realisasi") || hasil;
    let target = has("target") || has("rencana") || target_slip(l);
    // "Rencana Tingkat Capaian (Target)", "Realisasi Tingkat Capaian": the value, not the %
    let percent_sign = l.starts_with('%') || has("(%)") || l.ends_with(" %");
    if has("capaian") && !percent_sign && (realisasi || target) {
        return Some(if realisasi {
            Role::Realisasi
        } else {
            Role::Target
        });
    }
    if l.starts_with('%')
        || has("capaian")
        || l == "persen"
        || percent_sign && !realisasi && !target
    {
        return Some(Role::Capaian);
    }
    if realisasi {
        return Some(Role::Realisasi);
    }
    if target {
        return Some(Role::Target);
    }
    if has("satuan") {
        // "Indikator Kinerja (Satuan)": the unit written in the name, an indicator column
        let outside: String = without_brackets(l);
        if !outside.contains("satuan") {
            if let Some(role) = classify(outside.trim()) {
                return Some(role);
            }
        }
        // "Indikator Kinerja / Satuan": a column holding both, the names and (on a line of
        // their own, or after them) the units; an indicator column
        let mut parts = l.split('/').map(str::trim);
        if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) {
            let (name, unit) = if b.contains("satuan") { (a, b) } else { (b, a) };
            if unit.split_whitespace().count() == 1
                && !name.contains("satuan")
                && classify(name) == Some(Role::Indikator)
            {
                return Some(Role::Indikator);
            }
        }
        return Some(Role::Satuan);
    }
    if text::has_word_like(l, "indikator")
        || l == "uraian"
        || l.starts_with("ukuran kinerja")
        // "IKU", "Kinerja Utama", "IKU / IKD"
        || (l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "iku")
            && l.split_whitespace().count() <= 3)
        || has("kinerja utama")
        // a civil servant's SKP: `Kegiatan Tugas Jabatan`, `Kegiatan Tugas Pokok Jabatan`
        || (has("kegiatan tugas") && has("jabatan"))
    {
        return Some(Role::Indikator);
    }
    if has("sasaran") || has("tujuan") {
        return Some(Role::Sasaran);
    }
    None
}

/// Whether most formulas of column `col` from row `body` down (two at least) take two figures
/// or more of their own row, all in the columns `of` (`=SUM(E16:P16)` over the months,
/// `=ROUND(AVERAGE(E5:P5),2)`, `=SUM(E9:J9)` over a village a column): the figure made of
/// them, not a % of it (which takes the target too).
pub(crate) fn made_of_columns(
    sheet: &Sheet,
    col: u32,
    body: u32,
    of: &dyn Fn(u32) -> bool,
) -> bool {
    let (mut made, mut formulas) = (0usize, 0usize);
    for c in sheet.cells.iter().filter(|c| c.col == col && c.row >= body) {
        let Some(f) = c.formula.as_deref() else {
            continue;
        };
        formulas += 1;
        let refs = crate::formula::references(f);
        if refs.len() >= 2
            && refs
                .iter()
                .all(|r| r.sheet.is_none() && r.row == c.row && of(r.col))
        {
            made += 1;
        }
    }
    formulas >= 2 && made * 2 > formulas
}

/// A figure typed as text ("42,5 %", "100 %", "1.012"): digits with separators, a sign or a
/// % only. It is a value, never a column's label, though "105,88 %" ends with a % as "Capaian
/// (%)" does: a table's first row of such figures is not taken for a second header row.
fn is_number_as_text(l: &str) -> bool {
    l.chars().any(|c| c.is_ascii_digit())
        && l.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '%' | '-' | '+'))
}

/// A label without what it writes in brackets.
fn without_brackets(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut depth = 0u32;
    for c in l.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The prefix of an annual table's `qcols` key for a figure column of another period
/// (`lain_6`: last year's realisasi beside this year's), whose cells the value rules check.
pub const OTHER_PERIOD: &str = "lain_";

/// The prefix of an annual table's `qcols` key for the realisasi of an earlier period of a
/// year written in periods with no column of its own (`realisasi_periode_1`: the first
/// semester's, where the table's realisasi column is the second's): the reader adds a
/// flow's periods up.
pub const EARLIER_PERIOD: &str = "realisasi_periode_";

/// The prefix of an annual table's `qcols` key for the target of each period of a year
/// written in periods ([`EARLIER_PERIOD`]; `target_periode_3`: the third period's, where the
/// year has three): periods whose targets add up to the year's are each a share of it.
pub const PERIOD_TARGET: &str = "target_periode_";

/// The `qcols` key of an annual table whose periods' realisasi each run to date (`Realisasi
/// s.d. TW I` .. `s.d. TW IV`, [`EARLIER_PERIOD`] the earlier ones): the year's realisasi is
/// the latest one reported, where the last period's is not in yet. Its column is the last
/// period's.
pub const PERIODS_TO_DATE: &str = "realisasi_periode_kumulatif";

/// The `qcols` key of an annual table's column of years, one a row (an application's export
/// of several years: `No | Tahun | Kode | Sasaran | Indikator | …`): the rows of an earlier
/// year are that year's.
pub const YEAR_COLUMN: &str = "tahun_baris";

/// The `qcols` key of an annual table's column holding the rest of each indicator's name,
/// where the table writes a name over two cells under one `Indikator Kinerja` label merged
/// over both: the measure word (`Jumlah`, merged down over the indicators it starts) in the
/// name's column, the subject (`bibit yang disalurkan`) beside it.
pub const NAME_REST: &str = "indikator_lanjutan";

/// The `qcols` key of an annual table's column right of the names' where most indicators are
/// written set in by one column under one `Indikator Kinerja` label merged over both (the
/// sasaran's line in the names' column, merged across, its indicators in the next): each row
/// is named by whichever of the two it writes.
pub const NAME_INSET: &str = "indikator_menjorok";

/// "Target PK Awal", "Target Murni", "Target Semula": the figure as first set, which a
/// revised one ("Target PK Perubahan") beside it replaces.
pub fn is_original_label(label: &str) -> bool {
    label
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "awal" | "murni" | "semula"))
}

/// The `qcols` key of a table of cards (one block of labelled lines per indicator: `Target
/// 2022 | 90`, `Realisasi 2022 | 90,6`): the column of the lines' labels. A column of such a
/// table holds a different figure on each line of a card.
pub const CARD_LABELS: &str = "kartu";

/// The `qcols` key of an annual table whose rows hold only their numbers (`No. | Target |
/// Realisasi | …`) under a numbered list of the indicators' names above it (`• (1) Persentase
/// …`): the list's column; each row is named by the list's entry of its number.
pub const NAME_LIST: &str = "daftar_nama";

/// The `qcols` key of an annual table of one indicator, its name written on the line above
/// its header and its rows its years (`a) Jumlah naskah kerja sama …` over `Tahun | Target |
/// Realisasi | …`, one row for 2021 and one for 2022): the name's row (its first text cell
/// the name); every row is that indicator's, in its row's year ([`YEAR_COLUMN`]).
pub const NAME_ABOVE: &str = "nama_di_atas";

/// The `qcols` key of an annual table's column headed `Sub Indikator` right of the names:
/// some indicators are written there instead (a group's parts under the group's name, which
/// holds no figure), each read from whichever of the two its row writes.
pub const SUB_NAME: &str = "sub_indikator";

/// The `qcols` key of an annual table's column that holds each year's target and realisasi
/// in one cell (`100 / 92,3`, `T: 12 R: 10`) under a label that says so (`T / R`,
/// `Target / Realisasi`): the column is the target's and the realisasi's.
pub const PAIR: &str = "target_realisasi";

/// Whether a column's label says it holds a target and its realisasi in one cell: `T / R`,
/// `T/R`, `Target / Realisasi`.
pub(crate) fn is_pair_label(label: &str) -> bool {
    let Some((t, r)) = label.split_once('/') else {
        return false;
    };
    let (t, r) = (
        t.trim().trim_end_matches('.'),
        r.trim().trim_end_matches('.'),
    );
    matches!((t, r), ("t" | "target", "r" | "realisasi" | "real"))
}

pub(crate) const FIGURE_ROLES: [Role; 3] = [Role::Target, Role::Realisasi, Role::Capaian];

/// Roles of one row's cells, left to right.
pub(crate) fn row_roles(sheet: &Sheet, row: u32) -> Vec<(u32, Role)> {
    sheet
        .row(row)
        .iter()
        .filter_map(|c| match &c.value {
            Raw::Text(t) if t.len() < 120 => classify(&text::label(t)).map(|r| (c.col, r)),
            _ => None,
        })
        .collect()
}

pub(crate) fn is_header_candidate(roles: &[(u32, Role)]) -> bool {
    let has = |r: Role| roles.iter().any(|(_, x)| *x == r);
    let figures = FIGURE_ROLES.iter().filter(|r| has(**r)).count();
    roles.len() >= 2 && (has(Role::Indikator) || has(Role::Sasaran)) && figures >= 1
        || figures >= 2 && roles.len() >= 3
}

/// Whether the body of a column, from `first` down (its first 200 rows), holds words only:
/// at least one text and no number, nor a text with a digit ("Jumlah", "Posisi akhir",
/// "Tercapai"). Such a column says how or whether a figure is made; it is no figure column.
pub fn holds_words_only(sheet: &Sheet, col: u32, first: u32) -> bool {
    let mut words = 0;
    for row in first..first.saturating_add(200) {
        match sheet.get(row, col).map(|c| &c.value) {
            Some(Raw::Number(_)) => return false,
            Some(Raw::Text(t)) if t.chars().any(|c| c.is_ascii_digit()) => return false,
            Some(Raw::Text(t)) if !t.trim().is_empty() && t.trim() != "-" => words += 1,
            _ => {}
        }
    }
    words > 0
}

/// Whether a row is the `(1) (2) (3)` numbering row.
pub fn is_numbering_row(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    if cells.len() < 3 {
        return false;
    }
    let mut numbers = Vec::new();
    for c in cells {
        // numbers without turning them into text (this is asked of every row of a sheet)
        let parsed = match &c.value {
            Raw::Number(d)
                if d.fract().is_zero() && *d >= Decimal::ZERO && *d <= Decimal::from(60) =>
            {
                d.to_u32()
            }
            Raw::Number(_) => return false,
            Raw::Text(t) => {
                let t = t
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches([')', '.']);
                match t.parse::<u32>() {
                    Ok(n) if n <= 60 => Some(n),
                    // "13 = 9 + 10 + 11 + 12" style derived-column labels count as numbering
                    _ if t.contains('=') => None,
                    _ => return false,
                }
            }
            _ => return false,
        };
        numbers.extend(parsed);
    }
    numbers.len() >= 3 && numbers.windows(2).all(|w| w[0] < w[1])
}

/// The last non-empty row of a table's body that starts at `first`: the body ends at the first
/// stop row (budget lines, place and date, signature) or the sheet's end. `first` when the body
/// is empty.
pub fn last_data_row(sheet: &Sheet, first: u32) -> u32 {
    let last = sheet.last_row().unwrap_or(first);
    last_data_row_where(sheet, first, last, |r| is_stop_row(sheet, r))
}

/// The last non-empty row of `first..=last` above the first row that `ends` holds for
/// (`first` when there is none). The ending row is sought on all cores, in runs of a few
/// thousand rows, and is the one a loop from `first` would find.
pub(crate) fn last_data_row_where(
    sheet: &Sheet,
    first: u32,
    last: u32,
    ends: impl Fn(u32) -> bool + Sync,
) -> u32 {
    use rayon::prelude::*;
    let after = last.saturating_add(1);
    let end = if first > last {
        after
    } else {
        (first..after)
            .into_par_iter()
            .with_min_len(2048)
            .find_first(|r| ends(*r))
            .unwrap_or(after)
    };
    (first..end)
        .rev()
        .find(|r| !sheet.row(*r).is_empty())
        .unwrap_or(first)
}

/// A table's header texts by column, to tell a row that repeats the header (a table
/// printed over two pages, its header again on the second): most of its cells are texts
/// equal to a header row's at the same column. Built once per table, asked of every row: a
/// row whose first text differs from the header's is answered at once.
pub struct HeaderTexts<'a> {
    by_col: rustc_hash::FxHashMap<u32, Vec<&'a str>>,
}

impl<'a> HeaderTexts<'a> {
    pub fn of(sheet: &'a Sheet, header_rows: &[u32]) -> HeaderTexts<'a> {
        let mut by_col: rustc_hash::FxHashMap<u32, Vec<&'a str>> = Default::default();
        for h in header_rows {
            for c in sheet.row(*h) {
                if let Raw::Text(t) = &c.value {
                    let t = t.trim();
                    if !t.is_empty() {
                        by_col.entry(c.col).or_default().push(t);
                    }
                }
            }
        }
        HeaderTexts { by_col }
    }

    /// Whether `row` repeats the header.
    pub fn repeated_at(&self, sheet: &Sheet, row: u32) -> bool {
        if self.by_col.is_empty() {
            return false;
        }
        let cells = sheet.row(row);
        let same = |c: &crate::read::Cell| match &c.value {
            Raw::Text(t) => self
                .by_col
                .get(&c.col)
                .is_some_and(|hs| hs.iter().any(|h| h.eq_ignore_ascii_case(t.trim()))),
            _ => false,
        };
        let Some(first) = cells.iter().find(|c| matches!(c.value, Raw::Text(_))) else {
            return false;
        };
        if !same(first) {
            return false;
        }
        let n = cells.iter().filter(|c| same(c)).count();
        n >= 2 && n * 2 >= cells.len()
    }
}

/// Whether a row starts the block under a table: budget lines, place and date, signature.
/// A signature's words or a date in a row that also holds figures are a data row's
/// ("Kepala Dinas" in a Penanggung Jawab column), not the signature block.
pub fn is_stop_row(sheet: &Sheet, row: u32) -> bool {
    let cells = sheet.row(row);
    cells.iter().any(|c| match &c.value {
        Raw::Text(t) => match stop_of(t) {
            // a numbered row naming money (`16 | Jumlah anggaran pemeliharaan alat peraga |
            // Rp | …`) is an indicator of the table, not its budget line
            Some(Stop::Budget) => !numbered(cells, c.col),
            Some(Stop::Signature) => !holds_figures(cells) && !names_and_figures(cells),
            None => false,
        },
        _ => false,
    })
}

/// Whether a row's first filled cell, left of column `col`, is a row's number (a whole
/// number below 1000, or one written with a point, `16.`).
fn numbered(cells: &[crate::read::Cell], col: u32) -> bool {
    let Some(first) = cells.iter().find(|c| !c.value.is_empty()) else {
        return false;
    };
    first.col < col && is_row_number(&first.value)
}

/// Whether a cell holds a row's or a card's number: a whole number below 1000, or up to
/// three digits written as text, with a point after them or not (`16.`).
pub(crate) fn is_row_number(value: &Raw) -> bool {
    match value {
        Raw::Number(d) => {
            d.fract().is_zero() && *d > rust_decimal::Decimal::ZERO && *d < 1000.into()
        }
        Raw::Text(t) => row_number_text(t),
        _ => false,
    }
}

/// [`is_row_number`] of a text.
pub(crate) fn row_number_text(t: &str) -> bool {
    let t = t.trim().trim_end_matches('.');
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// What ends a table: a budget line, or the signature block (its "Mengetahui", date line,
/// office and NIP).
enum Stop {
    Budget,
    Signature,
}

/// Whether a row holds a name of three words or more that is no signature's line, beside a
/// number or four other cells at least: an indicator's row whose responsible officer is
/// written in it (`Kepala Dinas` under `Penanggung Jawab`, beside a target that may be a
/// grade, `Madya`), not the signature block (a line or two side by side).
fn names_and_figures(cells: &[crate::read::Cell]) -> bool {
    let filled = cells.iter().filter(|c| !c.value.is_empty()).count();
    (filled >= 5 || cells.iter().any(|c| matches!(c.value, Raw::Number(_))))
        && cells.iter().any(|c| match &c.value {
            Raw::Text(t) => t.split_whitespace().nth(2).is_some() && stop_of(t).is_none(),
            _ => false,
        })
}

/// Whether a row holds two figures or more: numbers, or texts that start with a digit.
fn holds_figures(cells: &[crate::read::Cell]) -> bool {
    cells
        .iter()
        .filter(|c| match &c.value {
            Raw::Number(_) => true,
            Raw::Text(t) => {
                t.len() < 40 && t.trim_start().starts_with(|c: char| c.is_ascii_digit())
            }
            _ => false,
        })
        .nth(1)
        .is_some()
}

fn stop_of(t: &str) -> Option<Stop> {
    // most cells start with none of the stop words and hold no date: skip them cheaply
    let head = t.trim_start().as_bytes();
    let starts =
        |k: &str| head.len() >= k.len() && head[..k.len()].eq_ignore_ascii_case(k.as_bytes());
    let first = head.first().map(u8::to_ascii_lowercase);
    let keys: &[&str] = match first {
        Some(b'j') => &["jumlah ang", "jumlah rea", "jumlah pag"],
        Some(b't') => &["total ang"],
        Some(b'm') => &["mengetahui"],
        Some(b'k') => &["kepala "],
        Some(b'n') => &["nip"],
        _ => &[],
    };
    let may_stop = keys.iter().any(|k| starts(k));
    if !(may_stop || t.len() < 80 && comma_then_digit(t)) {
        return None;
    }
    let n = text::norm(t);
    if n.starts_with("jumlah anggaran")
        || n.starts_with("jumlah realisasi anggaran")
        || n.starts_with("total anggaran")
        || n.starts_with("jumlah pagu")
    {
        Some(Stop::Budget)
    } else if n.starts_with("mengetahui")
        || n.starts_with("kepala dinas")
        || n.starts_with("kepala badan")
        || n.starts_with("kepala kantor")
        || n.starts_with("nip")
        || (n.contains(',') && text::date_line_year(&n).is_some() && n.len() < 80)
    {
        Some(Stop::Signature)
    } else {
        None
    }
}

/// A comma, at least one space and a digit, as in "Martapura, 31 Desember 2016" (not the
/// decimal comma of "24,50%").
fn comma_then_digit(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b',', b).any(|i| {
        let after = b.get(i + 1..).unwrap_or_default();
        after.first() == Some(&b' ')
            && after
                .iter()
                .find(|x| **x != b' ')
                .is_some_and(u8::is_ascii_digit)
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_label_of_a_target_and_its_realisasi_in_one_cell() {
        for l in [
            "t / r",
            "t/r",
            "target / realisasi",
            "target/realisasi",
            "t. / r.",
        ] {
            assert!(is_pair_label(l), "{l}");
            assert_eq!(classify(l), Some(Role::Target), "{l}");
        }
        for l in [
            "target",
            "realisasi",
            "t / r / c",
            "s/d",
            "target/capaian",
            "tw i / ii",
        ] {
            assert!(!is_pair_label(l), "{l}");
        }
    }

    use super::*;

    #[test]
    fn the_officer_responsible_on_an_indicators_row_is_no_signature() {
        let s = Sheet::of_rows(
            "RA",
            &[
                &[
                    "No",
                    "Sasaran",
                    "Indikator",
                    "Satuan",
                    "Periode",
                    "Target",
                    "PJ",
                ],
                &[
                    "1",
                    "Kesetaraan gender",
                    "Indeks Pembangunan Gender",
                    "Nilai",
                    "Target Tahunan",
                    "91.2",
                    "Kepala Dinas",
                ],
                &[
                    "",
                    "",
                    "Predikat Kabupaten Layak Anak",
                    "Predikat",
                    "Target Tahunan",
                    "Pratama",
                    "Kepala Dinas",
                ],
                &[""],
                &["", "", "", "", "Selasih, 31 Desember 2021"],
                &["", "", "", "", "Kepala Dinas Pemberdayaan Perempuan"],
                &["Mengetahui,", "", "", "", "Kepala Dinas"],
            ],
        );
        // beside a figure, or among four other cells: the indicator's own row
        assert!(!is_stop_row(&s, 1));
        assert!(!is_stop_row(&s, 2));
        // the signature block: its date line, its office, a line or two side by side
        assert!(is_stop_row(&s, 4));
        assert!(is_stop_row(&s, 5));
        assert!(is_stop_row(&s, 6));
    }

    #[test]
    fn header_labels() {
        let c = |s: &str| classify(&text::label(s));
        assert_eq!(c("Sasaran Strategis (1)"), Some(Role::Sasaran));
        assert_eq!(c("Indikator Kinerja"), Some(Role::Indikator));
        assert_eq!(c("No. Indikator"), Some(Role::No));
        assert_eq!(c("Nomor IKU"), Some(Role::No));
        assert_eq!(c("No. Indikator Kinerja"), Some(Role::No));
        assert_eq!(c("Indikator Kinerja Utama"), Some(Role::Indikator));
        // an application's export: the code's column is not the name's
        assert_eq!(c("indikator_kinerja"), Some(Role::Indikator));
        assert_eq!(c("kode_indikator"), None);
        assert_eq!(c("Kode Sasaran"), None);
        assert_eq!(c("ID Indikator"), None);
        assert_eq!(c("Target (3)"), Some(Role::Target));
        assert_eq!(c("Realisasi"), Some(Role::Realisasi));
        assert_eq!(c("Realisai"), Some(Role::Realisasi));
        assert_eq!(c("% (5)"), Some(Role::Capaian));
        assert_eq!(c("% Realisasi"), Some(Role::Capaian));
        assert_eq!(c("Capaian (%)"), Some(Role::Capaian));
        assert_eq!(c("Capaian 2015"), Some(Role::CapaianLalu));
        assert_eq!(c("Indikator Kinerja (Satuan)"), Some(Role::Indikator));
        assert_eq!(c("Indikator Kinerja / Satuan"), Some(Role::Indikator));
        assert_eq!(c("Satuan / Indikator"), Some(Role::Indikator));
        // a civil servant's SKP: its tasks are the indicators, its score no % capaian
        assert_eq!(c("I. KEGIATAN TUGAS JABATAN"), Some(Role::Indikator));
        assert_eq!(c("Kegiatan Tugas Pokok Jabatan"), Some(Role::Indikator));
        assert_eq!(c("Kegiatan"), None);
        assert_eq!(c("NILAI CAPAIAN SKP"), None);
        assert_eq!(c("Nilai Capaian (%)"), Some(Role::Capaian));
        assert_eq!(c("Satuan"), Some(Role::Satuan));
        assert_eq!(c("Satuan (Unit)"), Some(Role::Satuan));
        assert_eq!(c("Target Akhir Renstra (2021)"), Some(Role::TargetAkhir));
        assert_eq!(
            c("Capaian s/d 2016 terhadap 2021 (%)"),
            Some(Role::CapaianAkhir)
        );
        assert_eq!(
            c("Capaian s/d 2021 terhadap Target Akhir Renstra (%)"),
            Some(Role::CapaianAkhir)
        );
        assert_eq!(c("Polaritas"), Some(Role::Polaritas));
        assert_eq!(c("No."), Some(Role::No));
        assert_eq!(c("Satuan"), Some(Role::Satuan));
        assert_eq!(c("Tahun 2016"), None);
        assert_eq!(c("Rencana Tingkat Capaian (Target)"), Some(Role::Target));
        assert_eq!(c("Realisasi Tingkat Capaian"), Some(Role::Realisasi));
        assert_eq!(c("Tingkat Capaian (%)"), Some(Role::Capaian));
        assert_eq!(c("Persentase Capaian"), Some(Role::Capaian));
        assert_eq!(
            c("Capaian s.d. 2024 thd Target Akhir Renstra (%)"),
            Some(Role::CapaianAkhir)
        );
        assert_eq!(c("Capaian s.d. TW IV (%)"), Some(Role::Capaian));
        assert_eq!(c("Capaian s/d Triwulan III"), Some(Role::Capaian));
        // a figure typed as text is no label, though it ends with a % as "Capaian (%)" does
        assert_eq!(c("105,88 %"), None);
        assert_eq!(c("100 %"), None);
        assert_eq!(c("%"), Some(Role::Capaian));
        assert_eq!(c("Hasil"), Some(Role::Realisasi));
        assert_eq!(c("Hasil yang Dicapai"), Some(Role::Realisasi));
        assert_eq!(c("Nilai Target"), Some(Role::Target));
        assert_eq!(c("Realisasi (%)"), Some(Role::Realisasi));
        assert_eq!(c("Uraian"), Some(Role::Indikator));
        // English and bilingual headers, and a slip in "Target"
        assert_eq!(c("Performance Indicator"), Some(Role::Indikator));
        assert_eq!(c("Actual"), Some(Role::Realisasi));
        assert_eq!(c("Achievement (%)"), Some(Role::Capaian));
        assert_eq!(c("Unit"), Some(Role::Satuan));
        assert_eq!(c("Category"), Some(Role::Kategori));
        assert_eq!(c("Strategic Objective"), Some(Role::Sasaran));
        assert_eq!(c("Realisasi / Actual"), Some(Role::Realisasi));
        assert_eq!(c("Strategic Plan Target (2026)"), Some(Role::TargetAkhir));
        assert_eq!(
            c("Progress toward 2026 target (%)"),
            c("Capaian terhadap target 2026 (%)")
        );
        assert_eq!(c("Target 2023"), Some(Role::Target));
        assert_eq!(c("Taget"), Some(Role::Target));
        assert_eq!(c("Tgt."), Some(Role::Target));
        assert_eq!(c("Real."), Some(Role::Realisasi));
        assert_eq!(c("Sat."), Some(Role::Satuan));
        assert_eq!(c("Unit Kerja"), None);
        assert_eq!(c("Tanggal"), None);
        assert_eq!(c("Rencana"), Some(Role::Target));
        assert_eq!(c("IKU"), Some(Role::Indikator));
        assert_eq!(c("Kinerja Utama"), Some(Role::Indikator));
        assert_eq!(c("Indikator Kinerja Utama"), Some(Role::Indikator));
        assert_eq!(c("Target Kinerja"), Some(Role::Target));
        assert_eq!(c("Realisasi Kinerja"), Some(Role::Realisasi));
        assert_eq!(c("Capaian"), Some(Role::Capaian));
    }
}
