//! Rules: every check rakit makes, in one registry (as ruff keeps its rules). Each rule has a
//! [`RuleId`] and one row of the `rules!` table below: a stable code, a kebab name, a family,
//! a severity, a one-line summary in both languages, and whether `rakit fix` corrects what it
//! finds. A [`Finding`] carries its rule's id, so a mistyped code does not compile.
//!
//! Each rule has one file in its family's folder (`capaian/c101.rs`): the file's `//!` doc
//! comment is the rule's page (see [`docs`], which writes `docs/rules`), and its functions
//! build the rule's findings and messages. A family's checking flow is in its folder's
//! `mod.rs`. [`Options`] chooses which rules are reported (`--select`, `--ignore`), once
//! every rule ran.

mod budget;
pub mod capaian;
mod cells;
pub mod docs;
pub mod duplicate;
mod evaluation;
mod formulas;
mod layout;
pub mod policy;
mod quarterly;
mod sheet;
pub mod sheet_policy;
mod structure;
mod values;
pub mod years;

use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::i18n::Message;
pub use crate::layout::Level;
use crate::model::SheetModel;
pub use sheet_policy::SheetPolicy;

/// How serious a finding is. Exit code 1 when any finding is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A family of rules: the letter of their codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// C1xx: stated % capaian
    Capaian,
    /// V2xx: values as typed
    Values,
    /// S3xx: table structure
    Structure,
    /// T4xx: years
    Year,
    /// A5xx: budget
    Budget,
    /// Q6xx: quarterly Rencana Aksi
    Quarterly,
    /// L7xx: the layout as a whole
    Layout,
    /// F8xx: formulas against their column's pattern
    Formulas,
    /// E9xx: error values in cells
    Cells,
    /// K1xx: the computed columns of the evaluation form (Formulir E.81) against their rules
    Evaluation,
    /// P1xx: a submission policy (`--policy`, `--tahun`)
    Policy,
    /// D1xx: submissions duplicating each other, across the files of a run
    Duplicate,
    /// Y1xx: an indicator across the years of `rakit compare`
    YearOverYear,
}

/// A rule of the registry.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    #[serde(skip)]
    pub id: RuleId,
    pub code: &'static str,
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub summary_id: &'static str,
    pub summary_en: &'static str,
    /// the summary as a text of the catalogue (`C101.summary`)
    #[serde(skip)]
    pub summary: &'static crate::i18n::Text,
    /// `rakit fix` corrects it
    pub fixable: bool,
    /// the "Diperbaiki `rakit fix`" cell of the rule's page (Markdown): what fix does, if
    /// anything
    #[serde(skip)]
    pub fix_doc: &'static str,
}

macro_rules! rules {
    ($( $code:ident, $name:literal, $family:ident, $sev:ident, $fix:literal, $fix_doc:literal,
        $id:literal, $en:literal; )*) => {
        /// The code of a rule: every rule rakit has. Findings name their rule by it, so a
        /// mistyped code does not compile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RuleId { $( $code, )* }

        impl RuleId {
            /// Every rule, in code order.
            pub const ALL: &'static [RuleId] = &[ $( RuleId::$code, )* ];
        }

        /// Every rule, in code order (the same order as [`RuleId::ALL`]).
        pub const RULES: &[Rule] = &[ $( Rule {
            id: RuleId::$code, code: stringify!($code), name: $name, family: Family::$family,
            severity: Severity::$sev, fixable: $fix, fix_doc: $fix_doc,
            summary_id: $id, summary_en: $en,
            summary: &crate::i18n::Text {
                key: concat!(stringify!($code), ".summary"), id: $id, en: $en, literal: true,
            },
        }, )* ];
    };
}

// code, kebab name, family, severity, fixable, the page's "Diperbaiki" cell, summary id, en
rules! {
    C101, "capaian-salah", Capaian, Error, true,
        "**ya**: nilai hasil hitung ulang ditulis ke sel %, sel diberi warna dan catatan; sel berisi rumus tidak pernah diganti angka (lihat di bawah)",
        "% capaian berbeda dari hasil hitung ulang",
        "stated % differs from the recalculated value";
    C102, "capaian-terpotong", Capaian, Warning, true,
        "**ya**: nilai yang dibulatkan dengan benar, pada ketelitian yang sama",
        "% capaian dipotong, bukan dibulatkan",
        "stated % is truncated instead of rounded";
    C103, "capaian-kosong", Capaian, Error, true,
        "**kadang**: bila % dapat dihitung dan baris itu tidak bergeser, hasil hitung (2 desimal) ditulis ke sel %",
        "% capaian tidak diisi",
        "stated % is missing";
    C104, "capaian-pecahan", Capaian, Error, true,
        "**ya**: angka persen (3,41) ditulis ke sel %",
        "% capaian ditulis sebagai pecahan (0,95 untuk 95 %)",
        "% written as a fraction (0.95 for 95 %)";
    C105, "target-nol", Capaian, Error, false,
        "**tidak**: rakit tidak mengarang target",
        "target nol atau kosong: capaian tidak terdefinisi",
        "target is zero or empty: capaian is undefined";
    C106, "ribuan-hilang", Capaian, Error, false,
        "**tidak**: angka aslinya hanya ada di data sumber",
        "angka kehilangan ribuannya (% yang tertulis menyiratkan nilai ~1000 kali lebih besar)",
        "a figure lost its thousands (the stated % implies a value about 1000 times larger)";
    C107, "rumus-polaritas-negatif", Capaian, Info, false,
        "**tidak** (hanya informasi)",
        "rumus capaian untuk indikator negatif yang dipakai",
        "the formula used for negative-polarity indicators";
    C108, "predikat-di-bawah-target", Capaian, Warning, false,
        "**tidak**: rakit tidak menebak angka capaian predikat",
        "predikat (nilai huruf) di bawah target: capaian tidak dihitung",
        "grade below its target: capaian not computed";
    C109, "kategori-capaian", Capaian, Info, false,
        "**tidak** (hanya informasi)",
        "sebaran kategori capaian (Sangat Tinggi .. Sangat Rendah)",
        "distribution of capaian categories (Sangat Tinggi .. Sangat Rendah)";
    C110, "satuan-berbeda", Capaian, Warning, false,
        "**tidak**",
        "target dan realisasi dalam satuan berbeda: capaian tidak dihitung",
        "target and realisasi in different units: capaian not computed";
    C111, "capaian-tanpa-realisasi", Capaian, Error, false,
        "**tidak**: rakit tidak tahu realisasinya",
        "% capaian diisi tanpa realisasi",
        "% stated without a realisasi";
    C112, "kategori-salah", Capaian, Warning, false,
        "**tidak**",
        "kategori capaian tertulis tidak sesuai dengan capaian hasil hitung ulang",
        "the written category does not match the recalculated capaian";
    V201, "nilai-tidak-terbaca", Values, Error, false,
        "**tidak**: hanya Anda yang tahu angka yang dimaksud",
        "nilai tidak dapat dibaca sebagai angka",
        "value cannot be read as a number";
    V202, "pemisah-ambigu", Values, Warning, true,
        "**hanya di kolom %**, bila bacaan yang lain membuat % itu benar",
        "pemisah ribuan/desimal ambigu",
        "ambiguous thousands/decimal separator";
    V203, "skala-meragukan", Values, Warning, false,
        "**tidak**",
        "besaran nilai uang meragukan",
        "doubtful magnitude of a money value";
    V204, "salah-ketik", Values, Warning, false,
        "**tidak**",
        "salah ketik pada angka (karakter nyasar, % pada hitungan)",
        "typing slip in a figure (stray character, % on a count)";
    V205, "persen-ditulis-pecahan", Values, Warning, false,
        "**tidak**: rakit tidak tahu angka mana yang dimaksud",
        "target atau realisasi indikator bersatuan % diketik sebagai pecahan (0,749 untuk 74,9 %)",
        "the target or realisasi of an indicator in % typed as a fraction (0.749 for 74.9 %)";
    S301, "baris-bergeser", Structure, Warning, false,
        "**tidak**: rakit tidak memindahkan sel",
        "baris bergeser satu kolom",
        "row shifted by one column";
    S302, "indikator-di-kolom-sasaran", Structure, Warning, false,
        "**tidak**",
        "nama indikator ditulis di kolom Sasaran",
        "indicator name typed in the Sasaran column";
    S303, "indikator-ganda", Structure, Info, false,
        "**tidak**",
        "indikator yang sama muncul dua kali",
        "the same indicator appears twice";
    S304, "satuan-tidak-sesuai-nama", Structure, Warning, false,
        "**tidak**",
        "nama indikator menyebut persentase tetapi satuannya hitungan",
        "indicator name says percentage but its unit is a count";
    S305, "target-beda-perjanjian", Structure, Warning, false,
        "**tidak**: hanya Anda yang tahu target mana yang berlaku",
        "target di tabel pengukuran berbeda dari target Perjanjian Kinerja tahun yang sama",
        "a measured target differs from the same year's Perjanjian Kinerja target";
    T401, "tahun-berbeda", Year, Warning, false,
        "**tidak**",
        "tahun di judul, nama sheet, baris tanggal atau baris anggaran tidak sama",
        "years of title, sheet name, date line or budget line disagree";
    T402, "tahun-tidak-ditulis", Year, Info, false,
        "**tidak**",
        "baris anggaran menyebut \"Tahun\" tanpa angka tahun",
        "budget line says \"Tahun\" with no year";
    A501, "anggaran-rusak", Budget, Error, false,
        "**tidak**: angka yang benar ada di DPA",
        "angka anggaran tidak sah (kelompok ribuan salah)",
        "malformed budget amount";
    A502, "serapan-anggaran", Budget, Info, false,
        "**tidak** (hanya informasi)",
        "serapan anggaran (realisasi / anggaran)",
        "budget absorption (realisasi / anggaran)";
    A503, "jumlah-anggaran-beda", Budget, Error, false,
        "**tidak**: rakit tidak tahu angka mana yang keliru",
        "anggaran, realisasi atau sisa program tidak sama dengan jumlah kegiatannya, atau baris JUMLAH tidak sama dengan jumlah programnya",
        "a programme's anggaran, realisasi or sisa differs from the sum of its kegiatan, or a total line from the sum of its programmes";
    A504, "serapan-salah", Budget, Error, true,
        "**ya**, bila serapan diketik: nilai yang benar ditulis, sel diberi warna dan catatan; sel berisi rumus tidak pernah diganti angka",
        "serapan (%) tertulis tidak sama dengan realisasi ÷ anggaran × 100",
        "the written serapan (%) is not realisasi ÷ anggaran × 100";
    A505, "sisa-anggaran-salah", Budget, Error, false,
        "**tidak**",
        "sisa anggaran tidak sama dengan anggaran − realisasi",
        "sisa anggaran is not anggaran − realisasi";
    A506, "realisasi-melebihi-anggaran", Budget, Warning, false,
        "**tidak**: rakit tidak tahu angka mana yang keliru",
        "realisasi anggaran melebihi anggarannya (serapan di atas 100 %)",
        "realisasi exceeds its anggaran (serapan above 100 %)";
    A507, "serapan-terpotong", Budget, Warning, true,
        "**ya**, bila serapan diketik: angka yang dibulatkan ditulis pada jumlah desimal yang sama; sel berisi rumus tidak pernah diganti angka",
        "serapan (%) dipotong, bukan dibulatkan",
        "serapan (%) is truncated instead of rounded";
    A508, "realisasi-anggaran-beda-periode", Budget, Error, false,
        "**tidak**: rakit tidak tahu periode mana yang keliru",
        "realisasi anggaran setahun tidak sama dengan realisasi per periodenya (jumlahnya, atau periode terakhir bila kumulatif), atau angka kumulatif turun",
        "the year's realisasi anggaran differs from its periods (their sum, or the last one where they run to date), or a figure to date falls";
    Q601, "kebijakan-batas-capaian", Quarterly, Info, false,
        "**tidak** (hanya informasi)",
        "kebijakan batas capaian yang dipakai (mis. dibatasi 100 %)",
        "the capping policy used (e.g. capped at 100 %)";
    Q602, "target-tw4-beda", Quarterly, Warning, false,
        "**tidak**: hanya Anda yang tahu target mana yang benar",
        "target TW 4 tidak sama dengan target tahunan dan tidak dijelaskan pola target mana pun",
        "the TW 4 target differs from the annual target and no target style explains it";
    Q603, "target-triwulan-turun", Quarterly, Warning, false,
        "**tidak**",
        "target triwulan turun atau kembali menjadi \"-\"",
        "quarter targets decrease or fall back to \"-\"";
    Q604, "anggaran-program-beda", Quarterly, Error, false,
        "**tidak**: rakit tidak tahu angka mana yang keliru",
        "anggaran program tidak sama dengan jumlah anggaran kegiatannya",
        "a programme's budget differs from the sum of its kegiatan's budgets";
    Q605, "realisasi-tahunan-beda-bulanan", Quarterly, Error, false,
        "**tidak**: rakit tidak tahu bulan mana yang keliru",
        "realisasi tahunan tidak sama dengan realisasi bulanannya (jumlahnya, atau bulan terakhir untuk angka kumulatif dan persen)",
        "the year's realisasi differs from its months (their sum, or the last month for cumulative figures and percentages)";
    Q606, "realisasi-tahunan-beda-triwulan", Quarterly, Error, false,
        "**tidak**: rakit tidak tahu triwulan mana yang keliru",
        "realisasi tahunan tidak sama dengan realisasi triwulannya (jumlahnya, atau triwulan terakhir untuk target kumulatif dan persen)",
        "the year's realisasi differs from its quarters (their sum, or the last quarter for cumulative targets and percentages)";
    Q607, "realisasi-kumulatif-turun", Quarterly, Warning, false,
        "**tidak**: rakit tidak tahu angka yang benar",
        "realisasi sampai dengan triwulan sebuah hitungan turun, padahal targetnya kumulatif",
        "a count's realisasi to date falls from one quarter to the next while its targets are cumulative";
    Q608, "angka-periode-melonjak", Quarterly, Warning, false,
        "**tidak**: rakit tidak tahu angka yang benar",
        "angka satu triwulan atau bulan sekitar 10, 100 atau 1.000 kali angka periode lain yang saling mirip",
        "one quarter's or month's figure about 10, 100 or 1,000 times the other periods', which are alike";
    L701, "tata-letak-meragukan", Layout, Error, false,
        "**tidak**: kolomnya yang perlu dipetakan, bukan angkanya",
        "sebagian besar % tabel tidak cocok dengan kolomnya: pemetaan kolom kemungkinan salah",
        "most of a table's % do not match its columns: the column mapping is probably wrong";
    L702, "templat-belum-diisi", Layout, Info, false,
        "**tidak** (hanya informasi)",
        "tabel indikator belum diisi (templat kosong atau berisi penanda {isian})",
        "an indicator table not filled in (an empty template, or {placeholders})";
    F801, "rumus-merujuk-baris-lain", Formulas, Warning, false,
        "**tidak**, kecuali sel % capaian (lihat [C101](C101.md))",
        "rumus merujuk baris lain daripada rumus-rumus di kolomnya",
        "a formula points at another row than its column's formulas do";
    F802, "angka-dalam-rumus", Formulas, Warning, false,
        "**tidak**",
        "angka diketik di dalam rumus di tempat rujukan sel",
        "a number typed inside a formula where a cell reference belongs";
    F803, "nilai-di-kolom-rumus", Formulas, Warning, false,
        "**tidak**: rakit tidak menulis rumus di sel yang diketik",
        "angka diketik di kolom yang baris-baris lainnya berisi rumus",
        "a number typed in a column whose other rows hold formulas";
    F804, "polaritas-kosong", Formulas, Warning, false,
        "**tidak**: hanya Anda yang tahu polaritas indikatornya",
        "sel polaritas kosong, padahal rumus capaian bercabang menurut isinya",
        "a polarity cell is blank while the capaian formula branches on it";
    F805, "rumus-melewatkan-sel", Formulas, Warning, false,
        "**tidak**: salin rumus kolomnya ke sel itu",
        "rumus penjumlahan melewatkan sel yang dijumlahkan rumus-rumus lain di kolomnya",
        "an additive formula leaves out cells its column's formulas add up";
    F806, "rumus-merujuk-kolom-lain", Formulas, Warning, false,
        "**tidak**, kecuali sel % capaian (lihat [C101](C101.md))",
        "rumus merujuk kolom lain daripada rumus-rumus di kolomnya",
        "a formula points at another column than its column's formulas do";
    E901, "sel-galat", Cells, Error, false,
        "**tidak**: hanya Anda yang tahu data yang hilang",
        "sel berisi nilai galat (#DIV/0!, #REF!, #N/A, #VALUE!, #NAME?)",
        "a cell holds an error value (#DIV/0!, #REF!, #N/A, #VALUE!, #NAME?)";
    E902, "tautan-eksternal", Cells, Warning, false,
        "**tidak**: hanya Anda yang tahu buku kerja sumbernya",
        "rumus merujuk buku kerja lain (tautan eksternal)",
        "formulas refer to another workbook (external links)";
    E903, "rumus-tanpa-nilai", Cells, Info, false,
        "**tidak** (hanya informasi): rakit menghitung rumusnya sendiri",
        "rumus tersimpan tanpa hasil; rakit menghitungnya seperti Excel",
        "formulas stored without their results; rakit computed them as Excel would";
    E904, "rumus-tak-terhitung", Cells, Warning, false,
        "**tidak**: buka dan simpan berkasnya di Excel atau LibreOffice",
        "rumus tersimpan tanpa hasil yang tidak dapat dihitung rakit: nilainya tidak diperiksa",
        "formulas stored without results that rakit cannot compute: their values are not checked";
    K101, "kolom-hitung-salah", Evaluation, Error, false,
        "**tidak**: rakit tidak tahu angka sumber mana yang keliru",
        "kolom hitungan berbeda dari aturan yang tertulis di baris nomor kolom",
        "a computed column differs from the rule written in the numbering row";
    K102, "realisasi-anggaran-lebih", Evaluation, Warning, false,
        "**tidak**",
        "realisasi anggaran melebihi anggaran tahun berjalan",
        "the year's budget realisasi exceeds its budget";
    K103, "jumlah-induk-beda", Evaluation, Warning, false,
        "**tidak**: rakit tidak tahu baris anak mana yang dimaksud",
        "jumlah baris induk merujuk baris anak yang lain daripada jumlah-jumlah lain di barisnya",
        "a parent row's sum refers to other child rows than the row's other sums";
    K104, "rata-rata-capaian-salah", Evaluation, Warning, false,
        "**tidak**",
        "rata-rata capaian di bawah tabel bukan rerata kolom capaiannya",
        "the mean capaian under the table is not the mean of its capaian column";
    K105, "predikat-tidak-sesuai", Evaluation, Warning, false,
        "**tidak**",
        "predikat kinerja tidak sesuai dengan rentang rata-rata capaiannya",
        "the predikat does not match the band of its mean capaian";
    K106, "triwulan-sesudah-periode-terisi", Evaluation, Warning, false,
        "**tidak**: rakit tidak tahu triwulan mana yang dimaksud",
        "laporan satu triwulan berisi angka di kolom triwulan sesudahnya",
        "a report of one quarter holds figures in a later quarter's columns";
    P101, "tahun-tidak-sesuai-kebijakan", Policy, Error, false,
        "**tidak**: hanya pengirimnya yang punya berkas tahun yang benar",
        "tahun buku kerja bukan tahun yang diminta kebijakan",
        "the workbook's year is not the year the policy requires";
    P102, "formulir-tidak-sesuai-kebijakan", Policy, Error, false,
        "**tidak**",
        "tabel bukan formulir yang diminta kebijakan",
        "a table is not a form the policy requires";
    P103, "tanda-tangan-tidak-lengkap", Policy, Error, false,
        "**tidak**",
        "blok tanda tangan (nama dan NIP 18 angka) tidak ada atau tidak lengkap",
        "the signature block (name and 18-digit NIP) is missing or incomplete";
    P104, "baris-tanggal-tidak-ada", Policy, Error, false,
        "**tidak**",
        "tidak ada baris tempat dan tanggal di bawah tabel",
        "no place and date line under the table";
    P105, "indikator-ganda-dilarang", Policy, Error, false,
        "**tidak**",
        "indikator ditulis dua kali dalam satu tabel, dilarang kebijakan",
        "an indicator written twice in a table, which the policy forbids";
    P106, "sasaran-tanpa-indikator", Policy, Error, false,
        "**tidak**",
        "sasaran tanpa indikator",
        "a sasaran without an indicator";
    P107, "sel-galat-dilarang", Policy, Error, false,
        "**tidak**",
        "buku kerja berisi sel galat, dilarang kebijakan",
        "the workbook holds error cells, which the policy forbids";
    P108, "peringatan-melebihi-batas", Policy, Error, false,
        "**tidak**",
        "jumlah peringatan melebihi batas kebijakan",
        "more warnings than the policy allows";
    D101, "berkas-kembar", Duplicate, Warning, false,
        "**tidak**: hanya pengirimnya yang tahu berkas mana yang benar",
        "berkas sama persis dengan berkas lain yang diperiksa",
        "the file is byte-identical to another file checked";
    D102, "angka-kembar", Duplicate, Warning, false,
        "**tidak**",
        "semua angka tabel sama dengan buku kerja lain yang diperiksa",
        "every figure of the tables is the same as in another workbook checked";
    Y101, "satuan-berubah", YearOverYear, Warning, false,
        "**tidak**: hanya Anda yang tahu satuan yang benar",
        "satuan indikator berubah antartahun",
        "the indicator's unit changes between years";
    Y102, "target-melonjak", YearOverYear, Warning, false,
        "**tidak**: angka yang benar ada di dokumen sumbernya",
        "target melonjak berlipat-lipat (orde besaran) dibanding tahun lain",
        "the target jumps by orders of magnitude against the other years";
    Y103, "kumulatif-turun", YearOverYear, Warning, false,
        "**tidak**",
        "realisasi jumlah yang targetnya terus naik justru turun",
        "a count whose targets keep rising falls in realisasi";
    Y104, "indikator-muncul-hilang", YearOverYear, Warning, false,
        "**tidak** (hanya dicatat)",
        "indikator muncul atau hilang di antara tahun",
        "an indicator appears or disappears between years";
    Y105, "target-renstra-berubah", YearOverYear, Warning, false,
        "**tidak**: hanya Anda yang tahu target Renstra yang berlaku",
        "target akhir Renstra berubah antartahun",
        "the Renstra final target changes between years";
}

impl RuleId {
    /// The rule's metadata.
    pub fn rule(self) -> &'static Rule {
        &RULES[self as usize]
    }

    /// `C101`
    pub fn code(self) -> &'static str {
        self.rule().code
    }

    /// `capaian-salah`
    pub fn name(self) -> &'static str {
        self.rule().name
    }

    pub fn severity(self) -> Severity {
        self.rule().severity
    }

    pub fn family(self) -> Family {
        self.rule().family
    }

    /// The rule of a code (`C101`, any case).
    pub fn from_code(code: &str) -> Option<RuleId> {
        RuleId::ALL
            .iter()
            .copied()
            .find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The rule of a kebab name (`capaian-salah`).
    pub fn from_name(name: &str) -> Option<RuleId> {
        RuleId::ALL
            .iter()
            .copied()
            .find(|r| r.name().eq_ignore_ascii_case(name.trim()))
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Ordered as their codes are as text, as findings were always sorted.
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.code() == other
    }
}

impl PartialEq<RuleId> for &str {
    fn eq(&self, other: &RuleId) -> bool {
        *self == other.code()
    }
}

/// Every text of the rules' messages: each rule's (declared in its file), then the pieces
/// its family's flow passes to them.
pub fn texts() -> impl Iterator<Item = &'static crate::i18n::Text> {
    let families: [&[&crate::i18n::Text]; 4] = [
        capaian::TEXTS,
        quarterly::TEXTS,
        sheet::TEXTS,
        structure::TEXTS,
    ];
    RuleId::ALL
        .iter()
        .flat_map(|id| std::iter::once(&id.rule().summary).chain(docs::texts(*id)))
        .chain(families.into_iter().flatten())
        .copied()
}

/// The rule of a code (`C101`).
pub fn rule(code: &str) -> Option<&'static Rule> {
    RuleId::from_code(code).map(RuleId::rule)
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
    pub code: RuleId,
    pub severity: Severity,
    pub sheet: String,
    /// zero-based
    pub row: u32,
    /// zero-based
    pub col: u32,
    pub message: Message,
    pub help: Message,
    pub found: Option<String>,
    pub expected: Option<String>,
    pub fix: Option<Fix>,
    pub level: Option<Level>,
    pub quarter: Option<u8>,
    /// the half year (1 or 2) of a Rencana Aksi written by semester
    pub semester: Option<u8>,
}

impl Finding {
    pub fn new(
        code: RuleId,
        sheet: &str,
        row: u32,
        col: u32,
        message: Message,
        help: Message,
    ) -> Finding {
        let severity = code.severity();
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
            semester: None,
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

    pub fn with_fix_opt(mut self, fix: Option<Fix>) -> Finding {
        self.fix = fix;
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

    pub fn rule(&self) -> &'static Rule {
        self.code.rule()
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
    /// `--select`: only these rules are reported (and corrected); `None` is every rule
    pub select: Option<Vec<RuleId>>,
    /// `--ignore`: these rules are not reported (nor corrected)
    pub ignore: Vec<RuleId>,
    /// `--policy`, `--tahun`: what a submission must have (the P1xx rules)
    pub policy: Option<policy::Policy>,
}

impl Options {
    /// Whether findings of this rule are reported: selected and not ignored.
    pub fn reports(&self, id: RuleId) -> bool {
        self.select.as_ref().is_none_or(|s| s.contains(&id)) && !self.ignore.contains(&id)
    }
}

/// The rules a comma-separated list names, as `--select` and `--ignore` take it: codes
/// (`C101`), kebab names (`capaian-salah`) or the start of codes (`C1`, `Q6`: a family).
/// An entry that names no rule is the error.
pub fn parse_rule_list(list: &str) -> Result<Vec<RuleId>, String> {
    let mut out = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let named: Vec<RuleId> = match RuleId::from_code(entry).or_else(|| RuleId::from_name(entry))
        {
            Some(id) => vec![id],
            None => RuleId::ALL
                .iter()
                .copied()
                .filter(|r| {
                    r.code()
                        .get(..entry.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(entry))
                })
                .collect(),
        };
        if named.is_empty() {
            return Err(entry.to_string());
        }
        for id in named {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    Ok(out)
}

/// What a rule looks at: the sheet's cells (formulas, neighbours, cells that are not
/// figures), the model read from it, the policy it is judged by and the user's options.
pub struct RuleContext<'a> {
    pub workbook: &'a crate::read::Workbook,
    /// the sheet's cells (absent only for a model without its sheet)
    pub sheet: Option<&'a crate::read::Sheet>,
    pub model: &'a SheetModel,
    pub policy: &'a SheetPolicy,
    pub options: &'a Options,
}

/// Runs every rule on the models of a workbook, each sheet judged by its policy (from
/// [`sheet_policy::decide_all`], one per model, in the same order), and keeps the findings the
/// options ask for, one per cell and code, in sheet and cell order.
pub fn check(
    wb: &crate::read::Workbook,
    sheets: &[SheetModel],
    policies: &[SheetPolicy],
    opts: &Options,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let fallback = SheetPolicy::default();
    for (i, sm) in sheets.iter().enumerate() {
        let cx = RuleContext {
            workbook: wb,
            sheet: wb.sheets.iter().find(|s| s.name == sm.name),
            model: sm,
            policy: policies.get(i).unwrap_or(&fallback),
            options: opts,
        };
        // independent rule groups side by side; their findings joined in a fixed order
        let ((mut found, by_structure), by_figures) = rayon::join(
            || {
                rayon::join(
                    || {
                        let mut found = Vec::new();
                        values::check(&cx, &mut found);
                        found
                    },
                    || {
                        let mut found = Vec::new();
                        structure::check(&cx, &mut found);
                        found
                    },
                )
            },
            || {
                let mut found = Vec::new();
                quarterly::cap_policy(&cx, &mut found);
                capaian::check(&cx, &mut found);
                quarterly::check(&cx, &mut found);
                sheet::check(&cx, &mut found);
                found
            },
        );
        found.extend(by_structure);
        found.extend(by_figures);
        layout::layout_doubt(sm, &mut found);
        out.extend(found);
        // the formulas against their columns: independent of the columns rakit mapped, so
        // they stand even in a table whose layout it doubts
        formulas::check(&cx, &mut out);
        evaluation::check(&cx, &mut out);
    }
    cells::check(wb, &mut out);
    budget::check(wb, sheets, &mut out);
    structure::across_sheets(sheets, &mut out);
    // only the rules asked for, once every rule ran (L701 judges by all of them)
    out.retain(|f| opts.reports(f.code));
    sheet::mark_hidden(wb, &mut out);
    // one finding per cell and code
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert((f.sheet.clone(), f.row, f.col, f.code)));
    // a % whose formula points at another row or column: C101 says so, with the row's formula as its
    // fix, so F801 / F806 at that cell would say it twice
    let wrong_percent: std::collections::HashSet<(String, u32, u32)> = out
        .iter()
        .filter(|f| f.code == RuleId::C101)
        .map(|f| (f.sheet.clone(), f.row, f.col))
        .collect();
    if !wrong_percent.is_empty() {
        out.retain(|f| {
            !matches!(f.code, RuleId::F801 | RuleId::F806)
                || !wrong_percent.contains(&(f.sheet.clone(), f.row, f.col))
        });
    }
    // a realisasi to date that falls (Q607) is a symptom: where another rule says what is
    // wrong with the cell (C106: its thousands lost), that one speaks for it
    let explained: std::collections::HashSet<(String, u32, u32)> = out
        .iter()
        .filter(|f| f.code != RuleId::Q607)
        .map(|f| (f.sheet.clone(), f.row, f.col))
        .collect();
    out.retain(|f| f.code != RuleId::Q607 || !explained.contains(&(f.sheet.clone(), f.row, f.col)));
    out.sort_by(|a, b| {
        (sheet_pos(wb, &a.sheet), a.row, a.col, a.code).cmp(&(
            sheet_pos(wb, &b.sheet),
            b.row,
            b.col,
            b.code,
        ))
    });
    out
}

fn sheet_pos(wb: &crate::read::Workbook, name: &str) -> usize {
    wb.sheets
        .iter()
        .position(|s| s.name == name)
        .unwrap_or(usize::MAX)
}
