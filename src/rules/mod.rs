//! Rules: every check rakit makes, in one registry (as ruff keeps its rules). Each rule has a
//! stable code, a severity, a one-line summary in both languages, a page in `docs/rules`, and
//! says whether `rakit fix` corrects what it finds. A [`Finding`] carries its rule's code.

pub mod capaian;
mod sheet;
mod structure;
mod triwulan;
mod values;

use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::layout::Level;
use crate::model::SheetModel;

/// How serious a finding is. Exit code 1 when any finding is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A rule of the registry.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary_id: &'static str,
    pub summary_en: &'static str,
    /// `rakit fix` corrects it
    pub fixable: bool,
}

macro_rules! rules {
    ($( $code:literal, $name:literal, $sev:ident, $fix:literal, $id:literal, $en:literal; )*) => {
        /// Every rule, in code order.
        pub const RULES: &[Rule] = &[ $( Rule {
            code: $code, name: $name, severity: Severity::$sev, fixable: $fix,
            summary_id: $id, summary_en: $en,
        }, )* ];
    };
}

rules! {
    "C101", "capaian-salah", Error, true,
        "% capaian berbeda dari hasil hitung ulang", "stated % differs from the recalculated value";
    "C102", "capaian-terpotong", Warning, true,
        "% capaian dipotong, bukan dibulatkan", "stated % is truncated instead of rounded";
    "C103", "capaian-kosong", Error, true,
        "% capaian tidak diisi", "stated % is missing";
    "C104", "capaian-pecahan", Error, true,
        "% capaian ditulis sebagai pecahan (0,95 untuk 95 %)", "% written as a fraction (0.95 for 95 %)";
    "C105", "target-nol", Error, false,
        "target nol atau kosong: capaian tidak terdefinisi", "target is zero or empty: capaian is undefined";
    "C106", "ribuan-hilang", Error, false,
        "angka kehilangan ribuannya (% yang tertulis menyiratkan nilai ~1000 kali lebih besar)", "a figure lost its thousands (the stated % implies a value about 1000 times larger)";
    "C107", "rumus-polaritas-negatif", Info, false,
        "rumus capaian untuk indikator negatif yang dipakai", "the formula used for negative-polarity indicators";
    "C108", "predikat-di-bawah-target", Warning, false,
        "predikat (nilai huruf) di bawah target: capaian tidak dihitung", "grade below its target: capaian not computed";
    "C109", "kategori-capaian", Info, false,
        "sebaran kategori capaian (Sangat Tinggi .. Sangat Rendah)", "distribution of capaian categories (Sangat Tinggi .. Sangat Rendah)";
    "C110", "satuan-berbeda", Warning, false,
        "target dan realisasi dalam satuan berbeda: capaian tidak dihitung", "target and realisasi in different units: capaian not computed";
    "C111", "capaian-tanpa-realisasi", Error, false,
        "% capaian diisi tanpa realisasi", "% stated without a realisasi";
    "V201", "nilai-tidak-terbaca", Error, false,
        "nilai tidak dapat dibaca sebagai angka", "value cannot be read as a number";
    "V202", "pemisah-ambigu", Warning, true,
        "pemisah ribuan/desimal ambigu", "ambiguous thousands/decimal separator";
    "V203", "skala-meragukan", Warning, false,
        "besaran nilai uang meragukan", "doubtful magnitude of a money value";
    "V204", "salah-ketik", Warning, false,
        "salah ketik pada angka (karakter nyasar, % pada hitungan)", "typing slip in a figure (stray character, % on a count)";
    "S301", "baris-bergeser", Warning, false,
        "baris bergeser satu kolom", "row shifted by one column";
    "S302", "indikator-di-kolom-sasaran", Warning, false,
        "nama indikator ditulis di kolom Sasaran", "indicator name typed in the Sasaran column";
    "S303", "indikator-ganda", Info, false,
        "indikator yang sama muncul dua kali", "the same indicator appears twice";
    "S304", "satuan-tidak-sesuai-nama", Warning, false,
        "nama indikator menyebut persentase tetapi satuannya hitungan", "indicator name says percentage but its unit is a count";
    "T401", "tahun-berbeda", Warning, false,
        "tahun di judul, nama sheet, baris tanggal atau baris anggaran tidak sama", "years of title, sheet name, date line or budget line disagree";
    "T402", "tahun-tidak-ditulis", Info, false,
        "baris anggaran menyebut \"Tahun\" tanpa angka tahun", "budget line says \"Tahun\" with no year";
    "A501", "anggaran-rusak", Error, false,
        "angka anggaran tidak sah (kelompok ribuan salah)", "malformed budget amount";
    "A502", "serapan-anggaran", Info, false,
        "serapan anggaran (realisasi / anggaran)", "budget absorption (realisasi / anggaran)";
    "Q601", "kebijakan-batas-capaian", Info, false,
        "kebijakan batas capaian yang dipakai (mis. dibatasi 100 %)", "the capping policy used (e.g. capped at 100 %)";
    "Q602", "target-tw4-beda", Warning, false,
        "target TW 4 tidak sama dengan target tahunan dan tidak dijelaskan pola target mana pun", "the TW 4 target differs from the annual target and no target style explains it";
    "Q603", "target-triwulan-turun", Warning, false,
        "target triwulan turun atau kembali menjadi \"-\"", "quarter targets decrease or fall back to \"-\"";
    "L701", "tata-letak-meragukan", Error, false,
        "sebagian besar % tabel tidak cocok dengan kolomnya: pemetaan kolom kemungkinan salah", "most of a table's % do not match its columns: the column mapping is probably wrong";
    "Q604", "anggaran-program-beda", Error, false,
        "anggaran program tidak sama dengan jumlah anggaran kegiatannya", "a programme's budget differs from the sum of its kegiatan's budgets";
}

pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Msg {
    pub id: String,
    pub en: String,
}

impl Msg {
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg {
            id: id.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::Id => &self.id,
            crate::i18n::Lang::En => &self.en,
        }
    }
}

/// What `fix` writes into the finding's cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    /// the number to store in the cell (already divided by 100 for a percent-formatted cell)
    pub value: Decimal,
    /// for a cell typed as text: the text to write instead, in the cell's own convention
    /// (`87,33%` where `87,30%` was typed)
    pub text: Option<String>,
    /// for a cell that holds a formula: the formula it gets instead (its neighbours'
    /// pattern, without `=`); a formula cell never gets a constant
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// the unrounded value, in the cell's units: the cached result of a rewritten formula
    #[serde(skip)]
    pub exact: Decimal,
}

/// One problem, at its cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub sheet: String,
    /// zero-based
    pub row: u32,
    /// zero-based
    pub col: u32,
    pub message: Msg,
    pub help: Msg,
    pub found: Option<String>,
    pub expected: Option<String>,
    pub fix: Option<Fix>,
    pub level: Option<Level>,
    pub quarter: Option<u8>,
}

impl Finding {
    pub fn new(
        code: &'static str,
        sheet: &str,
        row: u32,
        col: u32,
        message: Msg,
        help: Msg,
    ) -> Finding {
        let severity = rule(code).map(|r| r.severity).unwrap_or(Severity::Warning);
        Finding {
            code,
            severity,
            sheet: sheet.to_string(),
            row,
            col,
            message,
            help,
            found: None,
            expected: None,
            fix: None,
            level: None,
            quarter: None,
        }
    }

    pub fn found(mut self, s: impl AsRef<str>) -> Finding {
        self.found = Some(s.as_ref().to_string());
        self
    }

    pub fn expected(mut self, s: impl AsRef<str>) -> Finding {
        self.expected = Some(s.as_ref().to_string());
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fix = Some(fix);
        self
    }

    pub fn with_level_opt(mut self, level: Option<Level>) -> Finding {
        self.level = level;
        self
    }

    pub fn with_level(mut self, level: Level) -> Finding {
        self.level = Some(level);
        self
    }

    pub fn cell(&self) -> String {
        crate::read::cell_name(self.row, self.col)
    }

    pub fn rule(&self) -> Option<&'static Rule> {
        rule(self.code)
    }
}

/// Which formula computes capaian for a negative-polarity indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NegFormula {
    /// (2 × target − realisasi) / target × 100, the LKjIP form (default)
    Lkjip,
    /// target / realisasi × 100
    Rasio,
    /// (target − realisasi) / target × 100
    Selisih,
}

impl NegFormula {
    /// Every formula, in the order `--help` lists them.
    pub const ALL: [NegFormula; 3] = [NegFormula::Lkjip, NegFormula::Rasio, NegFormula::Selisih];

    /// The name `--negatif` takes: `lkjip`, `rasio`, `selisih`.
    pub fn name(self) -> &'static str {
        match self {
            NegFormula::Lkjip => "lkjip",
            NegFormula::Rasio => "rasio",
            NegFormula::Selisih => "selisih",
        }
    }

    /// The formula, as `--help` shows it.
    pub fn description(self) -> &'static str {
        match self {
            NegFormula::Lkjip => {
                "(2 × target − realisasi) / target × 100, the LKjIP form (default)"
            }
            NegFormula::Rasio => "target / realisasi × 100",
            NegFormula::Selisih => "(target − realisasi) / target × 100",
        }
    }
}

impl std::str::FromStr for NegFormula {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        NegFormula::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("`{s}`: use lkjip, rasio or selisih"))
    }
}

/// Whether stated capaian is capped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CapPolicy {
    /// no cap: 236 % is written 236
    None,
    /// capped at this value (Bone 2020 writes 100 for 5,90 against 2,50)
    At(Decimal),
}

impl std::str::FromStr for CapPolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" | "tidak" | "tanpa" => Ok(CapPolicy::None),
            other => other
                .replace(',', ".")
                .parse::<Decimal>()
                .ok()
                .filter(|d| *d > Decimal::ZERO)
                .map(CapPolicy::At)
                .ok_or_else(|| format!("`{s}`: use none, 100 or another positive number")),
        }
    }
}

/// Options of a check.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// the user's choice; `None` infers it from the workbook
    pub negatif: Option<NegFormula>,
    /// the user's cap; `None` infers it from the workbook
    pub cap: Option<CapPolicy>,
}

/// Runs every rule over the sheets of one workbook.
pub fn check(sheets: &[SheetModel], opts: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    for sm in sheets {
        // independent rule groups side by side; their findings joined in a fixed order
        let ((mut found, by_structure), by_figures) = rayon::join(
            || {
                rayon::join(
                    || {
                        let mut found = Vec::new();
                        values::check(sm, &mut found);
                        found
                    },
                    || {
                        let mut found = Vec::new();
                        structure::check(sm, &mut found);
                        found
                    },
                )
            },
            || {
                let mut found = Vec::new();
                let (neg, cap, votes) = sheet_policy(sm, opts);
                triwulan::cap_policy(sm, cap, votes, opts, &mut found);
                capaian::check(sm, opts, cap, &mut found);
                triwulan::check(sm, neg, cap, &mut found);
                sheet::check(sm, neg, &mut found);
                found
            },
        );
        found.extend(by_structure);
        found.extend(by_figures);
        layout_doubt(sm, &mut found);
        out.extend(found);
    }
    // one finding per cell and code
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert((f.sheet.clone(), f.row, f.col, f.code)));
    out.sort_by(|a, b| {
        (sheet_pos(sheets, &a.sheet), a.row, a.col, a.code).cmp(&(
            sheet_pos(sheets, &b.sheet),
            b.row,
            b.col,
            b.code,
        ))
    });
    out
}

/// A table whose stated % mostly disagree with their columns was probably read with the
/// wrong columns (an unknown layout): its findings would be noise. They are replaced by one
/// finding that says so and how to give the mapping.
fn layout_doubt(sm: &SheetModel, found: &mut Vec<Finding>) {
    const WRONG: [&str; 5] = ["C101", "C104", "C105", "C106", "C111"];
    for t in &sm.tables {
        let rows = t.first_row..=t.last_row;
        let stated = sm
            .indikator
            .iter()
            .filter(|i| rows.contains(&i.row))
            .flat_map(|i| i.checks())
            .chain(
                sm.triwulan
                    .iter()
                    .filter(|i| rows.contains(&i.block_row))
                    .flat_map(|i| i.checks()),
            )
            .filter(|c| c.stated.reading.quantity().is_some())
            .count();
        let wrong = found
            .iter()
            .filter(|f| rows.contains(&f.row) && WRONG.contains(&f.code))
            .count();
        if wrong < 2 || wrong * 10 <= stated * 6 {
            continue;
        }
        let (row, col) = (t.header_rows.first().copied().unwrap_or(t.first_row), 0);
        let (message, help) = if stated < 8 {
            // too few % to be sure the columns are wrong, and too few to be sure they are
            // right: the findings stay, but fix changes nothing in this table
            for f in found.iter_mut().filter(|f| rows.contains(&f.row)) {
                f.fix = None;
            }
            (
                Msg::new(
                    format!(
                        "{wrong} dari {stated} % di tabel kecil ini tidak cocok dengan kolom target dan realisasinya; kolomnya mungkin terbaca salah, jadi rakit fix tidak mengubah apa pun di tabel ini"
                    ),
                    format!(
                        "{wrong} of {stated} % in this small table do not match their target and realisasi columns; its columns may have been misread, so rakit fix changes nothing in this table"
                    ),
                ),
                Msg::new(
                    "Periksa setiap temuan di Excel. Bila kolomnya terbaca salah, lihat pemetaan dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
                    "Check each finding in Excel. If the columns were misread, see the mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.",
                ),
            )
        } else {
            found.retain(|f| !rows.contains(&f.row) || f.code == "T401");
            (
                Msg::new(
                    format!(
                        "{wrong} dari {stated} % di tabel ini tidak cocok dengan kolom target dan realisasinya; tata letaknya kemungkinan terbaca salah, jadi temuan per sel tidak ditampilkan"
                    ),
                    format!(
                        "{wrong} of {stated} % in this table do not match their target and realisasi columns; the layout was probably misread, so per-cell findings are not shown"
                    ),
                ),
                Msg::new(
                    "Lihat pemetaan yang terdeteksi dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
                    "See the detected mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.",
                ),
            )
        };
        found.push(Finding::new("L701", &sm.name, row, col, message, help));
    }
}

/// The negative-polarity formula and the cap a sheet is judged by (and how many stated
/// values showed the cap).
pub fn sheet_policy(sm: &SheetModel, opts: &Options) -> (NegFormula, Option<Decimal>, usize) {
    let neg = capaian::sheet_formula(sm, opts);
    let checks: Vec<_> = sm
        .indikator
        .iter()
        .flat_map(|i| i.checks())
        .chain(sm.triwulan.iter().flat_map(|i| i.checks()))
        .collect();
    let (cap, votes) = capaian::sheet_cap(&checks, neg, opts);
    (neg, cap, votes)
}

fn sheet_pos(sheets: &[SheetModel], name: &str) -> usize {
    sheets
        .iter()
        .position(|s| s.name == name)
        .unwrap_or(usize::MAX)
}
