//! The summary workbook (chapter III of the LKjIP): an overview first, then per indicator
//! and year the target, realisasi, capaian and its category with the change against the
//! year before and against the first year; the Renstra standing; the budget per year with
//! serapan and efficiency; a chart per indicator and one for the budget; the year-over-year
//! findings; and the matches with a Keputusan column that `rakit compare --matches` reads
//! back. Every figure names its source file, sheet and cell (a hyperlink where the front end
//! says the file is reachable).

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartFont, ChartType, Color, DataValidation, Format, FormatBorder, Url, Workbook,
    Worksheet, XlsxError,
};

use super::{category, direction, Comparison, Fig, Outcome, Source};
use crate::i18n::Lang;

crate::texts! {
    OVERVIEW = "compare.xlsx.overview",
        "Ringkasan",
        "Overview";
    INDICATORS = "compare.xlsx.indicators",
        "Indikator",
        "Indicators";
    BUDGET = "compare.xlsx.budget",
        "Anggaran",
        "Budget";
    CHARTS = "compare.xlsx.charts",
        "Grafik",
        "Charts";
    FINDINGS = "compare.xlsx.findings",
        "Temuan",
        "Findings";
    MATCHES = "compare.xlsx.matches",
        "Kecocokan",
        "Matches";
    YEAR_OVER_YEAR_PERFORMANCE_COMPARISON = "compare.xlsx.year_over_year_performance_comparison",
        "Perbandingan kinerja antartahun",
        "Year-over-year performance comparison";
    WRITTEN_BY_RAKIT_COMPARE_FROM = "compare.xlsx.written_by_rakit_compare_from",
        "Dibuat oleh rakit compare dari buku kerja Pengukuran Kinerja (LKjIP Bab III, Permenpan RB 53/2014).",
        "Written by rakit compare from the Pengukuran Kinerja workbooks (LKjIP chapter III, Permenpan RB 53/2014).";
    YEAR = "compare.xlsx.year",
        "Tahun",
        "Year";
    MEAN_CAPAIAN = "compare.xlsx.mean_capaian",
        "Capaian rata-rata (%)",
        "Mean capaian (%)";
    BUDGET_RP = "compare.xlsx.budget_rp",
        "Anggaran (Rp)",
        "Budget (Rp)";
    BUDGET_SPENT_RP = "compare.xlsx.budget_spent_rp",
        "Realisasi anggaran (Rp)",
        "Budget spent (Rp)";
    ABSORPTION = "compare.xlsx.absorption",
        "Serapan (%)",
        "Absorption (%)";
    EFFICIENCY_CAPAIAN_ABSORPTION = "compare.xlsx.efficiency_capaian_absorption",
        "Efisiensi (capaian − serapan)",
        "Efficiency (capaian − absorption)";
    INDICATORS_GROUPS = "compare.xlsx.indicators_groups",
        "Indikator (kelompok)",
        "Indicators (groups)";
    PRESENT_IN_EVERY_YEAR = "compare.xlsx.present_in_every_year",
        "ada di setiap tahun",
        "present in every year";
    MATCHED_AUTOMATICALLY = "compare.xlsx.matched_automatically",
        "dicocokkan otomatis",
        "matched automatically";
    TO_CONFIRM_SEE_THE_MATCHES = "compare.xlsx.to_confirm_see_the_matches",
        "perlu konfirmasi (lihat sheet Kecocokan)",
        "to confirm (see the Matches sheet)";
    IN_ONE_YEAR_ONLY = "compare.xlsx.in_one_year_only",
        "hanya satu tahun",
        "in one year only";
    YEAR_OVER_YEAR_FINDINGS_FINDINGS = "compare.xlsx.year_over_year_findings_findings",
        "temuan antartahun (sheet Temuan)",
        "year-over-year findings (Findings sheet)";
    INPUT_FILES = "compare.xlsx.input_files",
        "Berkas masukan",
        "Input files";
    NOT_COMPARED_YEAR_UNKNOWN = "compare.xlsx.not_compared_year_unknown",
        "tidak dibandingkan (tahun tidak diketahui):",
        "not compared (year unknown):";
    NOT_COMPARED_SAME_TABLE = "compare.xlsx.not_compared_same_table",
        "tidak dibandingkan (tabel {year} yang sama dengan {kept}):",
        "not compared (the same {year} table as {kept}):";
    NOT_COMPARED_PASTED_TABLE = "compare.xlsx.not_compared_pasted_table",
        "tidak dibandingkan (tabel {year} yang ditempel lagi di bawah tabel pertama sheet ini, judul kolomnya di baris {row}):",
        "not compared (the {year} table pasted again under this sheet's first table, its header on row {row}):";
    NOT_COMPARED_SUMMARY = "compare.xlsx.not_compared_summary",
        "tidak dibandingkan (rangkuman {kept}, nama indikatornya rumus ke sheet itu):",
        "not compared (a summary of {kept}, its indicator names formulas into it):";
    SEVERAL_AGENCIES = "compare.xlsx.several_agencies",
        "Berkas dari {n} OPD: indikator OPD yang berbeda tidak dapat disandingkan; bandingkan tiap OPD tersendiri",
        "Files of {n} agencies (OPD): the indicators of different agencies do not line up; compare each agency on its own";
    HOW_TO_READ_IT = "compare.xlsx.how_to_read_it",
        "Cara membaca",
        "How to read it";
    CAPAIAN_REALISASI_TARGET_100_NEGATIVE = "compare.xlsx.capaian_realisasi_target_100_negative",
        "Capaian = realisasi / target × 100 (indikator negatif: (2 × target − realisasi) / target × 100), dihitung ulang dari angka sumber.",
        "Capaian = realisasi / target × 100 (negative indicators: (2 × target − realisasi) / target × 100), recomputed from the source figures.";
    CATEGORY_90_VERY_HIGH_75 = "compare.xlsx.category_90_very_high_75",
        "Kategori: > 90 Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, selebihnya Sangat Rendah (skala Permendagri 86/2017).",
        "Category: > 90 very high, > 75 high, > 65 medium, > 50 low, otherwise very low (the Permendagri 86/2017 scale).";
    CHANGE_AGAINST_PREVIOUS_AND_FIRST = "compare.xlsx.change_against_previous_and_first",
        "Perubahan: realisasi dibanding realisasi tahun sebelumnya, dan dibanding tahun awal (tahun pertama indikator itu yang ada realisasinya); arahnya membaik atau memburuk menurut polaritas indikator. JSON memuat perbandingan dengan setiap tahun sebelumnya.",
        "Change: the realisasi against the previous year's, and against the first year's (the indicator's first year with a realisasi); better or worse by the indicator's polarity. The JSON holds the change against every earlier year.";
    FIRST_YEAR = "compare.xlsx.first_year",
        "Tahun awal",
        "First year";
    CHANGE_SINCE_FIRST_YEAR = "compare.xlsx.change_since_first_year",
        "Perubahan sejak tahun awal",
        "Change since the first year";
    CHANGE_SINCE_FIRST_YEAR_PCT = "compare.xlsx.change_since_first_year_pct",
        "Perubahan sejak tahun awal (%)",
        "Change since the first year (%)";
    DIRECTION_SINCE_FIRST_YEAR = "compare.xlsx.direction_since_first_year",
        "Arah sejak tahun awal",
        "Direction since the first year";
    RENSTRA_ACHIEVED_WHEN_THE_LATEST = "compare.xlsx.renstra_achieved_when_the_latest",
        "Renstra: Tercapai bila realisasi terakhir ≥ target akhir; Akan tercapai bila kemajuannya ≥ bagian masa Renstra yang sudah berjalan; selain itu Perlu usaha keras.",
        "Renstra: Achieved when the latest realisasi ≥ the final target; On track when progress ≥ the share of the Renstra period gone by; otherwise Needs hard effort.";
    EVERY_FIGURE_NAMES_ITS_FILE = "compare.xlsx.every_figure_names_its_file",
        "Setiap angka menyebut berkas, sheet dan selnya. Kecocokan nama indikator antartahun dapat diputuskan di sheet Kecocokan (kolom Keputusan: YA / TIDAK) lalu dibaca ulang dengan rakit compare --matches.",
        "Every figure names its file, sheet and cell. Matches between years can be decided on the Matches sheet (Keputusan column: YA / TIDAK) and read back with rakit compare --matches.";
    NO = "compare.xlsx.no",
        "No",
        "No";
    INDICATOR = "compare.xlsx.indicator",
        "Indikator",
        "Indicator";
    UNIT = "compare.xlsx.unit",
        "Satuan",
        "Unit";
    NAME_THAT_YEAR = "compare.xlsx.name_that_year",
        "Nama pada tahun itu",
        "Name that year";
    REALISASI = "compare.xlsx.realisasi",
        "Realisasi",
        "Realisasi";
    CAPAIAN = "compare.xlsx.capaian",
        "Capaian (%)",
        "Capaian (%)";
    CATEGORY = "compare.xlsx.category",
        "Kategori",
        "Category";
    CHANGE_OF_REALISASI = "compare.xlsx.change_of_realisasi",
        "Perubahan realisasi",
        "Change of realisasi";
    CHANGE = "compare.xlsx.change",
        "Perubahan (%)",
        "Change (%)";
    DIRECTION = "compare.xlsx.direction",
        "Arah",
        "Direction";
    RENSTRA_FINAL_TARGET = "compare.xlsx.renstra_final_target",
        "Target akhir Renstra",
        "Renstra final target";
    TARGET_SOURCE = "compare.xlsx.target_source",
        "Sumber target",
        "Target source";
    REALISASI_SOURCE = "compare.xlsx.realisasi_source",
        "Sumber realisasi",
        "Realisasi source";
    MATCH = "compare.xlsx.match",
        "Kecocokan",
        "Match";
    ONE_YEAR = "compare.xlsx.one_year",
        "satu tahun",
        "one year";
    RENSTRA_ENDS = "compare.xlsx.renstra_ends",
        "Akhir Renstra",
        "Renstra ends";
    REALISASI_YEAR = "compare.xlsx.realisasi_year",
        "Tahun realisasi",
        "Realisasi year";
    REALISASI_TO_DATE = "compare.xlsx.realisasi_to_date",
        "Realisasi s/d tahun ini",
        "Realisasi to date";
    AGAINST_THE_FINAL_TARGET = "compare.xlsx.against_the_final_target",
        "Capaian terhadap target akhir (%)",
        "Against the final target (%)";
    FINAL_TARGET_SOURCE = "compare.xlsx.final_target_source",
        "Sumber target akhir",
        "Final target source";
    NO_RENSTRA_FINAL_TARGET_IN = "compare.xlsx.no_renstra_final_target_in",
        "Tidak ada target akhir Renstra di buku kerja masukan.",
        "No Renstra final target in the input workbooks.";
    BUDGET_SOURCE = "compare.xlsx.budget_source",
        "Sumber anggaran",
        "Budget source";
    SPENT_SOURCE = "compare.xlsx.spent_source",
        "Sumber realisasi",
        "Spent source";
    BUDGET_AND_SPENDING_PER_YEAR = "compare.xlsx.budget_and_spending_per_year",
        "Anggaran dan realisasinya per tahun",
        "Budget and spending per year";
    SPENT = "compare.xlsx.spent",
        "Realisasi",
        "Spent";
    TARGET_AND_REALISASI_OF_EVERY = "compare.xlsx.target_and_realisasi_of_every",
        "Target dan realisasi setiap indikator yang ada pada dua tahun atau lebih",
        "Target and realisasi of every indicator present in two years or more";
    CODE = "compare.xlsx.code",
        "Kode",
        "Code";
    RULE = "compare.xlsx.rule",
        "Aturan",
        "Rule";
    MESSAGE = "compare.xlsx.message",
        "Pesan",
        "Message";
    YEAR_A = "compare.xlsx.year_a",
        "Tahun A",
        "Year A";
    INDICATOR_A = "compare.xlsx.indicator_a",
        "Indikator A",
        "Indicator A";
    YEAR_B = "compare.xlsx.year_b",
        "Tahun B",
        "Year B";
    INDICATOR_B = "compare.xlsx.indicator_b",
        "Indikator B",
        "Indicator B";
    OUTCOME = "compare.xlsx.outcome",
        "Hasil",
        "Outcome";
    SCORE = "compare.xlsx.score",
        "Skor",
        "Score";
    REASON = "compare.xlsx.reason",
        "Alasan",
        "Reason";
}

/// How the summary workbook is written.
#[derive(Debug, Clone, Default)]
pub struct XlsxOptions {
    /// source path (as in [`Source::path`]) → the link to write for it, relative to the
    /// summary workbook (only sources the front end found beside it)
    pub links: BTreeMap<String, String>,
}

/// The sheet names, in the order they are written.
pub fn sheet_names(lang: Lang) -> [&'static str; 7] {
    [
        OVERVIEW.get(lang),
        INDICATORS.get(lang),
        "Renstra",
        BUDGET.get(lang),
        CHARTS.get(lang),
        FINDINGS.get(lang),
        MATCHES.get(lang),
    ]
}

struct Fmts {
    header: Format,
    title: Format,
    bold: Format,
    link: Format,
    nums: [Format; 5],
    pct: Format,
}

impl Fmts {
    fn new() -> Fmts {
        let num = |f: &str| Format::new().set_num_format(f);
        Fmts {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border(FormatBorder::Thin),
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            link: Format::new()
                .set_font_color(Color::Blue)
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
            nums: [
                num("#,##0"),
                num("#,##0.0"),
                num("#,##0.00"),
                num("#,##0.000"),
                num("#,##0.0000"),
            ],
            pct: num("#,##0.00"),
        }
    }

    fn num(&self, d: Decimal) -> &Format {
        let dp = d.normalize().scale().min(4) as usize;
        &self.nums[dp]
    }
}

fn f64_of(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn source_text(s: &Source) -> String {
    format!("{} › {} › {}", file_name(s.path()), s.sheet(), s.cell)
}

/// A worksheet being written, with the width each column's cells need, as
/// rust_xlsxwriter's `autofit` measures them (its pixel widths, 7 pixels of padding, at most
/// [`MAX_FIT`]) but counted while writing instead of read back from every cell.
struct Sheet<'w> {
    ws: &'w mut Worksheet,
    /// pixels per column (0: nothing written)
    px: Vec<u32>,
    /// the format a column is given ([`Sheet::column_format`]; null: none), and a copy
    /// for the column once its width is fitted
    defaults: Vec<*const Format>,
    column_formats: Vec<(u16, Format)>,
}

/// The widest a fitted column gets, in pixels.
const MAX_FIT: u32 = 400;

impl std::ops::Deref for Sheet<'_> {
    type Target = Worksheet;
    fn deref(&self) -> &Worksheet {
        self.ws
    }
}

impl std::ops::DerefMut for Sheet<'_> {
    fn deref_mut(&mut self) -> &mut Worksheet {
        self.ws
    }
}

/// The pixels a text takes in Calibri 11, as rust_xlsxwriter's `autofit` counts them (its
/// `utility::pixel_width`, which is not public; MIT / Apache-2.0).
fn text_px(text: &str) -> u32 {
    const MAX: u32 = 1790;
    let mut n = 0usize;
    let mut length = 0u32;
    for ch in text.chars() {
        n += 1;
        length += match ch {
            ' ' | '\'' => 3,
            ',' | '.' | ':' | ';' | 'I' | '`' | 'i' | 'j' | 'l' => 4,
            '!' | '(' | ')' | '-' | 'J' | '[' | ']' | 'f' | 'r' | 't' | '{' | '}' => 5,
            '"' | '/' | 'L' | '\\' | 'c' | 's' | 'z' => 6,
            '#'
            | '$'
            | '*'
            | '+'
            | '0'..='9'
            | '<'
            | '='
            | '>'
            | '?'
            | 'E'
            | 'F'
            | 'S'
            | 'T'
            | 'Y'
            | 'Z'
            | '^'
            | '_'
            | 'a'
            | 'g'
            | 'k'
            | 'v'
            | 'x'
            | 'y'
            | '|'
            | '~' => 7,
            'B' | 'C' | 'K' | 'P' | 'R' | 'X' | 'b' | 'd' | 'e' | 'h' | 'n' | 'o' | 'p' | 'q'
            | 'u' => 8,
            'A' | 'D' | 'G' | 'H' | 'U' | 'V' => 9,
            '&' | 'N' | 'O' | 'Q' => 10,
            '%' | 'w' => 11,
            'M' | 'm' => 12,
            '@' | 'W' => 13,
            _ => 8,
        };
    }
    if n > 233 {
        return MAX;
    }
    length.min(MAX)
}

/// The characters `f64`'s `Display` gives for the number `d` (what `autofit` measures),
/// counted from the decimal where it has at most 15 significant digits (then the shortest
/// text that reads back as the same `f64` is the decimal itself), else by formatting.
fn number_len(d: Decimal) -> usize {
    let n = d.normalize();
    let m = n.mantissa().unsigned_abs();
    let digits = if m == 0 { 1 } else { m.ilog10() as usize + 1 };
    // zero (maybe negative) and long or tiny numbers: as `f64` writes them
    if m == 0 || digits > 15 || n.scale() > 22 {
        return f64_of(d).to_string().len();
    }
    let scale = n.scale() as usize;
    let int_digits = digits.saturating_sub(scale).max(1);
    let frac = if scale > 0 { scale + 1 } else { 0 };
    usize::from(n.is_sign_negative()) + int_digits + frac
}

impl Sheet<'_> {
    fn new(ws: &mut Worksheet) -> Sheet<'_> {
        Sheet {
            ws,
            px: Vec::new(),
            defaults: Vec::new(),
            column_formats: Vec::new(),
        }
    }

    /// Gives column `c` the format `f`: numbers written there with that very format then
    /// carry none of their own and take the column's, the same style in the file, without
    /// rust_xlsxwriter looking the format up for every cell. The column gets the format
    /// in [`Sheet::autofit`], after its width (a column format set first would keep the
    /// column at least the default width).
    fn column_format(&mut self, c: u16, f: &Format) -> Result<(), XlsxError> {
        self.column_formats.push((c, f.clone()));
        let c = c as usize;
        if self.defaults.len() <= c {
            self.defaults.resize(c + 1, std::ptr::null());
        }
        self.defaults[c] = f;
        Ok(())
    }

    /// Whether `f` is the format column `c` was given.
    fn is_default(&self, c: u16, f: &Format) -> bool {
        self.defaults
            .get(c as usize)
            .is_some_and(|p| std::ptr::eq(*p, f))
    }

    fn fit(&mut self, c: u16, px: u32) {
        if px == 0 {
            return;
        }
        let px = (px + 7).min(MAX_FIT);
        let c = c as usize;
        if self.px.len() <= c {
            self.px.resize(c + 1, 0);
        }
        self.px[c] = self.px[c].max(px);
    }

    fn fit_text(&mut self, c: u16, text: &str) {
        let px = text.lines().map(text_px).max().unwrap_or(0);
        self.fit(c, px);
    }

    fn write_string(
        &mut self,
        r: u32,
        c: u16,
        text: impl Into<String>,
    ) -> Result<&mut Worksheet, XlsxError> {
        let text = text.into();
        self.fit_text(c, &text);
        self.ws.write_string(r, c, text)
    }

    fn write_string_with_format(
        &mut self,
        r: u32,
        c: u16,
        text: impl Into<String>,
        f: &Format,
    ) -> Result<&mut Worksheet, XlsxError> {
        let text = text.into();
        self.fit_text(c, &text);
        self.ws.write_string_with_format(r, c, text, f)
    }

    fn write_url_with_format(
        &mut self,
        r: u32,
        c: u16,
        url: Url,
        text: &str,
        f: &Format,
    ) -> Result<&mut Worksheet, XlsxError> {
        self.fit_text(c, text);
        self.ws.write_url_with_format(r, c, url, f)
    }

    /// A number that is no decimal of a workbook (a year, a count, a score).
    fn write_number(&mut self, r: u32, c: u16, v: f64) -> Result<&mut Worksheet, XlsxError> {
        self.fit(c, 7 * v.to_string().len() as u32);
        self.ws.write_number(r, c, v)
    }

    fn write_number_with_format(
        &mut self,
        r: u32,
        c: u16,
        v: f64,
        f: &Format,
    ) -> Result<&mut Worksheet, XlsxError> {
        self.fit(c, 7 * v.to_string().len() as u32);
        if self.is_default(c, f) {
            return self.ws.write_number(r, c, v);
        }
        self.ws.write_number_with_format(r, c, v, f)
    }

    /// A decimal, measured from the decimal itself ([`number_len`]).
    fn write_decimal(&mut self, r: u32, c: u16, d: Decimal, f: &Format) -> Result<(), XlsxError> {
        self.fit(c, 7 * number_len(d) as u32);
        if self.is_default(c, f) {
            self.ws.write_number(r, c, f64_of(d))?;
        } else {
            self.ws.write_number_with_format(r, c, f64_of(d), f)?;
        }
        Ok(())
    }

    /// The widths `autofit` would give the columns written so far (a width set before is
    /// only ever widened, as `autofit` does).
    fn autofit(&mut self) -> Result<(), XlsxError> {
        for (c, &px) in self.px.iter().enumerate() {
            if px > 0 {
                self.ws.set_column_autofit_width(c as u16, px)?;
            }
        }
        for (c, f) in std::mem::take(&mut self.column_formats) {
            self.ws.set_column_format(c, &f)?;
        }
        Ok(())
    }
}

struct Writer<'a> {
    c: &'a Comparison,
    lang: Lang,
    opts: &'a XlsxOptions,
    f: Fmts,
}

impl Writer<'_> {
    fn header(&self, ws: &mut Sheet, row: u32, labels: &[&str]) -> Result<(), XlsxError> {
        for (i, l) in labels.iter().enumerate() {
            ws.write_string_with_format(row, i as u16, *l, &self.f.header)?;
        }
        Ok(())
    }

    fn number(&self, ws: &mut Sheet, r: u32, c: u16, d: Decimal) -> Result<(), XlsxError> {
        ws.write_decimal(r, c, d, self.f.num(d))
    }

    fn source(&self, ws: &mut Sheet, r: u32, c: u16, s: &Source) -> Result<(), XlsxError> {
        let text = source_text(s);
        match self.opts.links.get(&**s.path()) {
            Some(rel) => {
                let url = Url::new(format!(
                    "file:///{rel}#'{}'!{}",
                    s.sheet().replace('\'', "''"),
                    s.cell
                ))
                .set_text(&text);
                ws.write_url_with_format(r, c, url, &text, &self.f.link)?;
            }
            None => {
                ws.write_string(r, c, text)?;
            }
        }
        Ok(())
    }

    /// A figure in its indicator's unit (`unit`: [`Group::unit_factor`](super::Group::unit_factor)).
    fn fig(
        &self,
        ws: &mut Sheet,
        r: u32,
        c: u16,
        f: Option<&Fig>,
        unit: Decimal,
    ) -> Result<(), XlsxError> {
        if let Some(f) = f {
            self.number(ws, r, c, f.in_unit(unit))?;
        }
        Ok(())
    }

    fn overview(&self, ws: &mut Sheet) -> Result<(), XlsxError> {
        let c = self.c;
        let span = match (c.years.first(), c.years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        };
        ws.write_string_with_format(
            0,
            0,
            format!(
                "{} {span}",
                YEAR_OVER_YEAR_PERFORMANCE_COMPARISON.get(self.lang)
            ),
            &self.f.title,
        )?;
        ws.write_string(1, 0, WRITTEN_BY_RAKIT_COMPARE_FROM.get(self.lang))?;
        let hr = 3;
        self.header(
            ws,
            hr,
            &[
                YEAR.get(self.lang),
                INDICATORS.get(self.lang),
                MEAN_CAPAIAN.get(self.lang),
                BUDGET_RP.get(self.lang),
                BUDGET_SPENT_RP.get(self.lang),
                ABSORPTION.get(self.lang),
                EFFICIENCY_CAPAIAN_ABSORPTION.get(self.lang),
            ],
        )?;
        for (i, y) in c.years.iter().enumerate() {
            let r = hr + 1 + i as u32;
            ws.write_number(r, 0, *y as f64)?;
            let n = c.groups.iter().filter(|g| g.entry(*y).is_some()).count();
            ws.write_number(r, 1, n as f64)?;
            if let Some(m) = c.mean_capaian(*y) {
                ws.write_decimal(r, 2, m, &self.f.pct)?;
            }
            if let Some(b) = c.budget.get(y) {
                if let Some(a) = &b.anggaran {
                    self.number(ws, r, 3, a.magnitude())?;
                }
                if let Some(x) = &b.realisasi {
                    self.number(ws, r, 4, x.magnitude())?;
                }
            }
            if let Some(s) = c.serapan(*y) {
                ws.write_decimal(r, 5, s, &self.f.pct)?;
            }
            if let Some(e) = c.efficiency(*y) {
                ws.write_decimal(r, 6, e, &self.f.pct)?;
            }
        }
        let mut r = hr + 2 + c.years.len() as u32;
        let count = |o: Outcome| {
            c.groups
                .iter()
                .filter(|g| g.entries.len() > 1 && g.outcome == o)
                .count()
        };
        let every = c
            .groups
            .iter()
            .filter(|g| g.entries.len() == c.years.len())
            .count();
        let single = c.groups.iter().filter(|g| g.entries.len() == 1).count();
        let lines: Vec<(String, String)> = vec![
            (
                INDICATORS_GROUPS.get(self.lang).into(),
                c.groups.len().to_string(),
            ),
            (
                PRESENT_IN_EVERY_YEAR.get(self.lang).into(),
                every.to_string(),
            ),
            (
                MATCHED_AUTOMATICALLY.get(self.lang).into(),
                count(Outcome::Auto).to_string(),
            ),
            (
                TO_CONFIRM_SEE_THE_MATCHES.get(self.lang).into(),
                count(Outcome::Confirm).to_string(),
            ),
            (IN_ONE_YEAR_ONLY.get(self.lang).into(), single.to_string()),
            (
                YEAR_OVER_YEAR_FINDINGS_FINDINGS.get(self.lang).into(),
                c.findings.len().to_string(),
            ),
        ];
        for (k, v) in lines {
            ws.write_string_with_format(r, 0, k, &self.f.bold)?;
            ws.write_string(r, 4, v)?;
            r += 1;
        }
        r += 1;
        ws.write_string_with_format(r, 0, INPUT_FILES.get(self.lang), &self.f.bold)?;
        for p in &c.files {
            r += 1;
            ws.write_string(r, 0, p.as_str())?;
        }
        for (p, s) in &c.no_year {
            r += 1;
            ws.write_string(
                r,
                0,
                format!("{} {p} › {s}", NOT_COMPARED_YEAR_UNKNOWN.get(self.lang)),
            )?;
        }
        for rep in &c.repeated {
            r += 1;
            let kept = format!("{} › {}", rep.kept_path, rep.kept_sheet);
            let why = if let Some(row) = rep.table_row {
                crate::msg!(NOT_COMPARED_PASTED_TABLE, year = rep.year, row)
            } else if rep.summary {
                crate::msg!(NOT_COMPARED_SUMMARY, kept)
            } else {
                crate::msg!(NOT_COMPARED_SAME_TABLE, year = rep.year, kept)
            };
            let line = format!("{} {} › {}", why.render(self.lang), rep.path, rep.sheet);
            ws.write_string(r, 0, line)?;
        }
        if c.agencies.len() > 1 {
            r += 2;
            let n = c.agencies.len();
            let warning = crate::msg!(SEVERAL_AGENCIES, n).render(self.lang);
            ws.write_string_with_format(r, 0, warning, &self.f.bold)?;
            for a in &c.agencies {
                r += 1;
                ws.write_string(r, 0, format!("{}: {}", a.name, a.files.join(", ")))?;
            }
        }
        r += 2;
        ws.write_string_with_format(r, 0, HOW_TO_READ_IT.get(self.lang), &self.f.bold)?;
        for line in [
            CAPAIAN_REALISASI_TARGET_100_NEGATIVE.get(self.lang),
            CATEGORY_90_VERY_HIGH_75.get(self.lang),
            CHANGE_AGAINST_PREVIOUS_AND_FIRST.get(self.lang),
            RENSTRA_ACHIEVED_WHEN_THE_LATEST.get(self.lang),
            EVERY_FIGURE_NAMES_ITS_FILE.get(self.lang),
        ] {
            r += 1;
            ws.write_string(r, 0, line)?;
        }
        ws.set_column_width(0, 14)?;
        ws.set_column_width(1, 12)?;
        for col in 2..=6 {
            ws.set_column_width(col, 18)?;
        }
        ws.set_row_height(hr, 45)?;
        Ok(())
    }

    /// The indicators sheet; gives each group's first and last row (for the charts).
    fn indicators(&self, ws: &mut Sheet) -> Result<Vec<(u32, u32)>, XlsxError> {
        let c = self.c;
        self.header(
            ws,
            0,
            &[
                NO.get(self.lang),
                INDICATOR.get(self.lang),
                UNIT.get(self.lang),
                YEAR.get(self.lang),
                NAME_THAT_YEAR.get(self.lang),
                "Target",
                REALISASI.get(self.lang),
                CAPAIAN.get(self.lang),
                CATEGORY.get(self.lang),
                CHANGE_OF_REALISASI.get(self.lang),
                CHANGE.get(self.lang),
                DIRECTION.get(self.lang),
                FIRST_YEAR.get(self.lang),
                CHANGE_SINCE_FIRST_YEAR.get(self.lang),
                CHANGE_SINCE_FIRST_YEAR_PCT.get(self.lang),
                DIRECTION_SINCE_FIRST_YEAR.get(self.lang),
                RENSTRA_FINAL_TARGET.get(self.lang),
                TARGET_SOURCE.get(self.lang),
                REALISASI_SOURCE.get(self.lang),
                MATCH.get(self.lang),
            ],
        )?;
        // the formats most cells of a column take, given to the column
        for c in [7, 10, 14] {
            ws.column_format(c, &self.f.pct)?;
        }
        for c in [5, 6, 9, 13, 16] {
            ws.column_format(c, &self.f.nums[0])?;
        }
        let mut rows = Vec::new();
        let mut r = 1u32;
        for (gi, g) in c.groups.iter().enumerate() {
            let first = r;
            let unit = g.unit_factor();
            for e in &g.entries {
                ws.write_number(r, 0, (gi + 1) as f64)?;
                ws.write_string(r, 1, g.name())?;
                if let Some(u) = g.unit() {
                    ws.write_string(r, 2, u)?;
                }
                ws.write_number(r, 3, e.year as f64)?;
                ws.write_string(r, 4, e.name.as_str())?;
                self.fig(ws, r, 5, e.target.as_ref(), unit)?;
                self.fig(ws, r, 6, e.realisasi.as_ref(), unit)?;
                if let Some(f) = c.figures(g, e.year) {
                    if let Some(cp) = f.capaian {
                        ws.write_decimal(r, 7, cp, &self.f.pct)?;
                        ws.write_string(r, 8, category(cp, self.lang))?;
                    }
                    if let Some(ch) = f.change {
                        self.number(ws, r, 9, ch)?;
                        ws.write_string(r, 11, direction(ch, g.polaritas(), self.lang))?;
                    }
                    if let Some(p) = f.change_pct {
                        ws.write_decimal(r, 10, p, &self.f.pct)?;
                    }
                    if let Some(s) = f.since_first() {
                        ws.write_number(r, 12, s.from as f64)?;
                        self.number(ws, r, 13, s.change)?;
                        if let Some(p) = s.change_pct {
                            ws.write_decimal(r, 14, p, &self.f.pct)?;
                        }
                        ws.write_string(r, 15, direction(s.change, g.polaritas(), self.lang))?;
                    }
                }
                self.fig(ws, r, 16, e.target_akhir.as_ref(), unit)?;
                if let Some(t) = &e.target {
                    self.source(ws, r, 17, &t.source)?;
                }
                if let Some(x) = &e.realisasi {
                    self.source(ws, r, 18, &x.source)?;
                }
                let m = if g.entries.len() == 1 {
                    ONE_YEAR.get(self.lang)
                } else {
                    g.outcome.label(self.lang)
                };
                ws.write_string(r, 19, m)?;
                r += 1;
            }
            rows.push((first, r - 1));
        }
        ws.set_freeze_panes(1, 2)?;
        ws.autofit()?;
        ws.set_column_width(1, 50)?;
        ws.set_column_width(4, 40)?;
        ws.set_row_height(0, 30)?;
        Ok(rows)
    }

    fn renstra(&self, ws: &mut Sheet) -> Result<(), XlsxError> {
        self.header(
            ws,
            0,
            &[
                INDICATOR.get(self.lang),
                UNIT.get(self.lang),
                RENSTRA_FINAL_TARGET.get(self.lang),
                RENSTRA_ENDS.get(self.lang),
                REALISASI_YEAR.get(self.lang),
                REALISASI_TO_DATE.get(self.lang),
                AGAINST_THE_FINAL_TARGET.get(self.lang),
                "Status",
                FINAL_TARGET_SOURCE.get(self.lang),
                REALISASI_SOURCE.get(self.lang),
            ],
        )?;
        let mut r = 1;
        for g in &self.c.groups {
            let Some(p) = self.c.renstra(g) else {
                continue;
            };
            ws.write_string(r, 0, g.name())?;
            if let Some(u) = g.unit() {
                ws.write_string(r, 1, u)?;
            }
            self.number(ws, r, 2, p.target_akhir.in_unit(g.unit_factor()))?;
            if let Some(e) = p.end {
                ws.write_number(r, 3, e as f64)?;
            }
            if let Some(last) = g.entries.last() {
                ws.write_number(r, 4, last.year as f64)?;
            }
            self.fig(ws, r, 5, p.realisasi.as_ref(), g.unit_factor())?;
            if let Some(cp) = p.capaian {
                ws.write_decimal(r, 6, cp, &self.f.pct)?;
            }
            if let Some(s) = p.status {
                ws.write_string(r, 7, s.label(self.lang))?;
            }
            self.source(ws, r, 8, &p.target_akhir.source)?;
            if let Some(x) = &p.realisasi {
                self.source(ws, r, 9, &x.source)?;
            }
            r += 1;
        }
        if r == 1 {
            ws.write_string(1, 0, NO_RENSTRA_FINAL_TARGET_IN.get(self.lang))?;
        }
        ws.set_freeze_panes(1, 1)?;
        ws.autofit()?;
        ws.set_column_width(0, 50)?;
        ws.set_row_height(0, 30)?;
        Ok(())
    }

    fn budget(&self, ws: &mut Sheet, name: &str) -> Result<(), XlsxError> {
        let c = self.c;
        self.header(
            ws,
            0,
            &[
                YEAR.get(self.lang),
                BUDGET_RP.get(self.lang),
                BUDGET_SPENT_RP.get(self.lang),
                ABSORPTION.get(self.lang),
                MEAN_CAPAIAN.get(self.lang),
                EFFICIENCY_CAPAIAN_ABSORPTION.get(self.lang),
                BUDGET_SOURCE.get(self.lang),
                SPENT_SOURCE.get(self.lang),
            ],
        )?;
        let mut r = 1;
        for (y, b) in &c.budget {
            ws.write_number(r, 0, *y as f64)?;
            if let Some(a) = &b.anggaran {
                self.number(ws, r, 1, a.magnitude())?;
                self.source(ws, r, 6, &a.source)?;
            }
            if let Some(x) = &b.realisasi {
                self.number(ws, r, 2, x.magnitude())?;
                self.source(ws, r, 7, &x.source)?;
            }
            if let Some(s) = c.serapan(*y) {
                ws.write_decimal(r, 3, s, &self.f.pct)?;
            }
            if let Some(m) = c.mean_capaian(*y) {
                ws.write_decimal(r, 4, m, &self.f.pct)?;
            }
            if let Some(e) = c.efficiency(*y) {
                ws.write_decimal(r, 5, e, &self.f.pct)?;
            }
            r += 1;
        }
        ws.set_freeze_panes(1, 1)?;
        ws.autofit()?;
        ws.set_row_height(0, 30)?;
        if r > 1 {
            let mut chart = Chart::new(ChartType::Column);
            chart
                .title()
                .set_name(BUDGET_AND_SPENDING_PER_YEAR.get(self.lang));
            for (col, label) in [(1u16, BUDGET.get(self.lang)), (2, SPENT.get(self.lang))] {
                chart
                    .add_series()
                    .set_name(label)
                    .set_categories((name, 1, 0, r - 1, 0))
                    .set_values((name, 1, col, r - 1, col));
            }
            chart.y_axis().set_num_format("#,##0");
            ws.insert_chart(r + 2, 0, &chart)?;
        }
        Ok(())
    }

    fn charts(&self, ws: &mut Sheet, ind: &str, rows: &[(u32, u32)]) -> Result<usize, XlsxError> {
        let mut n = 0usize;
        ws.write_string_with_format(
            0,
            0,
            TARGET_AND_REALISASI_OF_EVERY.get(self.lang),
            &self.f.bold,
        )?;
        for (gi, g) in self.c.groups.iter().enumerate() {
            let (a, b) = rows[gi];
            if g.entries.len() < 2 {
                continue;
            }
            let mut chart = Chart::new(ChartType::Line);
            let title: String = format!("{}. {}", gi + 1, g.name())
                .chars()
                .take(90)
                .collect();
            chart
                .title()
                .set_name(title.as_str())
                .set_font(ChartFont::new().set_size(10));
            chart
                .add_series()
                .set_name("Target")
                .set_categories((ind, a, 3, b, 3))
                .set_values((ind, a, 5, b, 5));
            chart
                .add_series()
                .set_name(REALISASI.get(self.lang))
                .set_categories((ind, a, 3, b, 3))
                .set_values((ind, a, 6, b, 6));
            let row = 2 + (n / 2) as u32 * 16;
            let col = (n % 2) as u16 * 8;
            ws.insert_chart(row, col, &chart)?;
            n += 1;
        }
        Ok(n)
    }

    fn findings(&self, ws: &mut Sheet) -> Result<(), XlsxError> {
        self.header(
            ws,
            0,
            &[
                CODE.get(self.lang),
                RULE.get(self.lang),
                INDICATOR.get(self.lang),
                YEAR.get(self.lang),
                MESSAGE.get(self.lang),
            ],
        )?;
        for (i, f) in self.c.findings.iter().enumerate() {
            let r = 1 + i as u32;
            ws.write_string(r, 0, f.code.code())?;
            ws.write_string(r, 1, f.name)?;
            ws.write_string(r, 2, f.indicator.as_str())?;
            ws.write_number(r, 3, f.year as f64)?;
            ws.write_string(r, 4, f.message.render(self.lang))?;
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofit()?;
        ws.set_column_width(2, 50)?;
        ws.set_column_width(4, 120)?;
        Ok(())
    }

    fn matches(&self, ws: &mut Sheet) -> Result<(), XlsxError> {
        self.header(
            ws,
            0,
            &[
                YEAR_A.get(self.lang),
                INDICATOR_A.get(self.lang),
                YEAR_B.get(self.lang),
                INDICATOR_B.get(self.lang),
                OUTCOME.get(self.lang),
                SCORE.get(self.lang),
                REASON.get(self.lang),
                // the column's label is the same in both languages: it is read back
                "Keputusan",
            ],
        )?;
        ws.column_format(5, &self.f.nums[2])?;
        let n = self.c.links.len() as u32;
        for (i, l) in self.c.links.iter().enumerate() {
            let r = 1 + i as u32;
            ws.write_number(r, 0, l.from_year as f64)?;
            ws.write_string(r, 1, l.from_name.as_str())?;
            ws.write_number(r, 2, l.to_year as f64)?;
            ws.write_string(r, 3, l.to_name.as_str())?;
            ws.write_string(r, 4, l.verdict.outcome.label(self.lang))?;
            ws.write_number_with_format(r, 5, l.verdict.score, &self.f.nums[2])?;
            ws.write_string(r, 6, l.verdict.reason.as_str())?;
            let k = match (l.pinned, l.verdict.outcome) {
                (Some(true), _) | (None, Outcome::Auto) => "YA",
                (Some(false), _) => "TIDAK",
                _ => "",
            };
            if !k.is_empty() {
                ws.write_string(r, 7, k)?;
            }
        }
        let dv = DataValidation::new().allow_list_strings(&["YA", "TIDAK"])?;
        ws.add_data_validation(1, 7, n.max(1) + 200, 7, &dv)?;
        ws.set_freeze_panes(1, 0)?;
        ws.autofit()?;
        ws.set_column_width(1, 50)?;
        ws.set_column_width(3, 50)?;
        ws.set_column_width(6, 50)?;
        ws.set_column_width(7, 12)?;
        Ok(())
    }
}

impl Comparison {
    /// The summary workbook's bytes.
    pub fn to_xlsx(&self, lang: Lang) -> Result<Vec<u8>, XlsxError> {
        self.to_xlsx_with(lang, &XlsxOptions::default())
    }

    /// [`Comparison::to_xlsx`] with hyperlinks to the sources.
    pub fn to_xlsx_with(&self, lang: Lang, opts: &XlsxOptions) -> Result<Vec<u8>, XlsxError> {
        let w = Writer {
            c: self,
            lang,
            opts,
            f: Fmts::new(),
        };
        let names = sheet_names(lang);
        let mut wb = Workbook::new();
        // the fastest deflate: the summary is small, and writing one per agency in bulk is
        // mostly compression at the default level 6 (benches/compare_vs_check.rs)
        wb.set_zip_compression_level(1);
        // printed (and rendered) one page wide, landscape, as chapter III goes into the report
        let page = |ws: &mut Worksheet| {
            ws.set_landscape()
                .set_paper_size(9)
                .set_print_fit_to_pages(1, 0);
        };
        let ws = wb.add_worksheet().set_name(names[0])?;
        page(ws);
        w.overview(&mut Sheet::new(ws))?;
        let ws = wb.add_worksheet().set_name(names[1])?;
        page(ws);
        let rows = w.indicators(&mut Sheet::new(ws))?;
        let ws = wb.add_worksheet().set_name(names[2])?;
        page(ws);
        w.renstra(&mut Sheet::new(ws))?;
        let ws = wb.add_worksheet().set_name(names[3])?;
        page(ws);
        w.budget(&mut Sheet::new(ws), names[3])?;
        let ws = wb.add_worksheet().set_name(names[4])?;
        page(ws);
        w.charts(&mut Sheet::new(ws), names[1], &rows)?;
        let ws = wb.add_worksheet().set_name(names[5])?;
        page(ws);
        w.findings(&mut Sheet::new(ws))?;
        let ws = wb.add_worksheet().set_name(names[6])?;
        page(ws);
        w.matches(&mut Sheet::new(ws))?;
        wb.save_to_buffer()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_is_measured_as_autofit_measures_its_f64() {
        for s in [
            "0",
            "-0",
            "1",
            "-1",
            "0.05",
            "-0.05",
            "12.5",
            "100",
            "110.54",
            "2181927300",
            "1611865497.50",
            "57000000000",
            "0.000001",
            "123456789012345",
            "1234567890.12345",
            "12345678901234567",
            "0.1234567890123456789",
            "99999999999999.9",
            "-73.870",
        ] {
            let d: Decimal = s.parse().expect("a decimal");
            assert_eq!(number_len(d), f64_of(d).to_string().len(), "{s}");
        }
    }

    #[test]
    fn text_widths_follow_the_glyphs() {
        assert_eq!(text_px(""), 0);
        // narrow, digits, wide
        assert!(text_px("iii") < text_px("000") && text_px("000") < text_px("MMM"));
        assert_eq!(text_px(&"a".repeat(300)), 1790);
    }
}
