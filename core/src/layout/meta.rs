//! What a sheet says around its table: the year (title, sheet name, header, date line,
//! budget lines), the agency and the budget (Jumlah Anggaran / Jumlah Realisasi Anggaran).

use serde::Serialize;

use crate::layout::Table;
use crate::read::{Raw, Sheet};
use crate::text;
use crate::value::{self, Value};

/// Where a year was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearSource {
    Title,
    SheetName,
    Header,
    DateLine,
    BudgetLine,
    /// the file's name ("PK_Dinas_2021.xlsx"), taken only where the sheet names no year
    FileName,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearMention {
    pub source: YearSource,
    pub year: i32,
    /// zero-based cell, none for the sheet name
    pub cell: Option<(u32, u32)>,
    /// a date line in the first three months of its year: a report of the year just ended
    /// is signed then (a TW IV evaluation in January, an LKjIP by March)
    #[serde(skip)]
    pub early_in_year: bool,
    /// the last year of a span the mention opens ("Tahun 2021 - 2023" in a title comparing
    /// years): a year within it does not disagree
    #[serde(skip)]
    pub span_end: Option<i32>,
}

impl YearMention {
    /// A year a table's header names (`Tahun 2022` over its columns, `Target 2022` down a
    /// table turned over), placed at no cell.
    pub fn of_header(year: i32) -> YearMention {
        YearMention {
            source: YearSource::Header,
            year,
            cell: None,
            early_in_year: false,
            span_end: None,
        }
    }

    /// The year this mention speaks for, given the years the other sources name: a date
    /// line early in year Y signs the report of Y - 1 when another source names Y - 1.
    /// Whether the mention speaks for `year`: its own year, or a year within the span it
    /// opens.
    pub fn covers(&self, year: i32, years: &[YearMention]) -> bool {
        self.year_for(years) == year
            || self
                .span_end
                .is_some_and(|end| self.year <= year && year <= end)
    }

    pub fn year_for(&self, years: &[YearMention]) -> i32 {
        let before = self.year - 1;
        if self.early_in_year
            && years
                .iter()
                .any(|m| m.source != YearSource::DateLine && m.year == before)
        {
            before
        } else {
            self.year
        }
    }
}

/// Which budget figure a line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetKind {
    Anggaran,
    Realisasi,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetLine {
    pub kind: BudgetKind,
    pub row: u32,
    pub col: u32,
    pub text: String,
    /// the amount as written after "Rp"
    pub amount_text: String,
    pub amount: Value,
    pub year: Option<i32>,
    /// the line says "Tahun" but no year follows
    pub year_blank: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SheetMeta {
    pub years: Vec<YearMention>,
    pub agency: Option<String>,
    pub region: Option<String>,
    pub budget: Vec<BudgetLine>,
    /// years a table's header gives columns of earlier years' figures ("Realisasi" over
    /// "2018 | 2019 | 2020", "Capaian 2015") that the table reads as none of its own: the
    /// table reports a later year ([`earlier_years`])
    #[serde(skip)]
    pub earlier: Vec<i32>,
}

impl SheetMeta {
    /// The year most sources agree on; the title wins a tie. A mention of a span ("Tahun
    /// 2022 s.d. 2024" over a comparison of three years) speaks for the year within it that
    /// the other sources name, else for its first. A year the header gives earlier figures
    /// of ("Realisasi 2020" beside "Tahun 2021 / Target") is not the table's while another is
    /// named: a title copied from last year's report ("… Tahun 2020" over the 2021 table)
    /// does not make it last year's.
    pub fn year(&self) -> Option<i32> {
        let mut counts: Vec<(i32, usize, bool)> = Vec::new();
        for (i, m) in self.years.iter().enumerate() {
            let mut year = m.year_for(&self.years);
            if let Some(end) = m.span_end {
                let named = |y: i32| {
                    self.years
                        .iter()
                        .enumerate()
                        .filter(|(j, o)| *j != i && o.year_for(&self.years) == y)
                        .count()
                };
                if let Some(y) = (m.year..=end)
                    .filter(|y| named(*y) > 0)
                    .max_by_key(|y| (named(*y), *y))
                {
                    year = y;
                }
            }
            match counts.iter_mut().find(|(y, _, _)| *y == year) {
                Some(e) => {
                    e.1 += 1;
                    e.2 |= m.source == YearSource::Title;
                }
                None => counts.push((year, 1, m.source == YearSource::Title)),
            }
        }
        if counts.iter().any(|(y, _, _)| !self.earlier.contains(y)) {
            counts.retain(|(y, _, _)| !self.earlier.contains(y));
        }
        counts
            .into_iter()
            .max_by_key(|(_, n, title)| (*n, *title))
            .map(|(y, _, _)| y)
    }

    pub fn anggaran(&self, kind: BudgetKind) -> Option<&BudgetLine> {
        self.budget.iter().find(|b| b.kind == kind)
    }
}

/// Reads the year, agency and budget around the tables of a sheet.
pub fn read_meta(sheet: &Sheet, tables: &[Table]) -> SheetMeta {
    let mut meta = SheetMeta {
        earlier: earlier_years(sheet, tables),
        ..SheetMeta::default()
    };
    if let Some(y) = text::years(&sheet.name).first() {
        meta.years.push(YearMention {
            source: YearSource::SheetName,
            year: *y,
            cell: None,
            early_in_year: false,
            // "Capaian 2022-2023": the year of the two the header names
            span_end: text::span_end(&sheet.name, *y),
        });
    }
    let first_header = tables
        .iter()
        .filter_map(|t| t.header_rows.first().copied())
        .min()
        .unwrap_or(u32::MAX);
    // a table's rows and its header ("Anggaran (Rp)" over a column is no budget line)
    let in_table = |row: u32| {
        tables
            .iter()
            .any(|t| t.first_row <= row && row <= t.last_row || t.header_rows.contains(&row))
    };
    for t in tables {
        if let Some(y) = t.header_year {
            let cell = t.header_rows.iter().find_map(|hr| {
                sheet
                    .row(*hr)
                    .iter()
                    .find(|c| text::header_year(&c.value.as_text()) == Some(y))
                    .map(|c| (c.row, c.col))
            });
            meta.years.push(YearMention {
                source: YearSource::Header,
                year: y,
                cell,
                early_in_year: false,
                span_end: None,
            });
        }
    }
    // the numbered list naming a table's rows ([`super::NAME_LIST`]): names, not titles
    // (`• (4) Jumlah ormas terdaftar – bertambah 24 ormas dibanding tahun 2023`)
    let in_list = |cell: &crate::read::Cell, t: &str| {
        tables.iter().any(|tb| {
            tb.qcols.get(super::NAME_LIST) == Some(&cell.col) && text::numbered_entry(t).is_some()
        })
    };
    for cell in &sheet.cells {
        let Raw::Text(t) = &cell.value else {
            continue;
        };
        if in_table(cell.row) || t.len() > 200 || in_list(cell, t) {
            continue;
        }
        let n = text::norm(t);
        if cell.row < first_header {
            if let Some(y) = text::year_after_tahun(t) {
                meta.years.push(YearMention {
                    source: YearSource::Title,
                    year: y,
                    cell: Some((cell.row, cell.col)),
                    early_in_year: false,
                    span_end: text::span_end(t, y),
                });
            }
            agency_and_region(&mut meta, t, &n);
            continue;
        }
        if cell.row < first_header {
            continue;
        }
        if n.contains("anggaran") && (n.contains("rp") || n.contains("jumlah")) {
            // "Jumlah Anggaran … : Rp. 4.318.940.000 ; Realisasi : Rp. 3.996.107.315 (92,53 %)":
            // a line for each amount the cell writes, apart at the semicolons
            let parts = budget_parts(t);
            let last = parts.len() - 1;
            for (i, part) in parts.into_iter().enumerate() {
                let pn = text::norm(part);
                let kind = if pn.contains("realisasi") {
                    BudgetKind::Realisasi
                } else {
                    BudgetKind::Anggaran
                };
                // the next cell of the row may hold the last part's amount
                let amount_text =
                    amount_part(part, (i == last).then_some((sheet, cell.row, cell.col)));
                // a column header ("Anggaran (Rp)" over a budget table): no line, no amount
                if !amount_text.chars().any(|c| c.is_ascii_digit())
                    && !n.contains("jumlah")
                    && !n.contains("total")
                    && !n.contains("tahun")
                {
                    continue;
                }
                let amount = value::parse(&amount_text);
                let mut year = text::year_after_tahun(t);
                let mut year_blank = false;
                if year.is_none() && n.contains("tahun") {
                    // the year may stand on the next row ("Tahun 2016" under the line)
                    year = sheet
                        .row(cell.row + 1)
                        .iter()
                        .find_map(|c| text::year_after_tahun(&c.value.as_text()));
                    year_blank = year.is_none();
                }
                // one mention of the year for the cell, however many amounts it writes
                if let Some(y) = year.filter(|_| i == 0) {
                    meta.years.push(YearMention {
                        source: YearSource::BudgetLine,
                        year: y,
                        cell: Some((cell.row, cell.col)),
                        early_in_year: false,
                        span_end: None,
                    });
                }
                meta.budget.push(BudgetLine {
                    kind,
                    row: cell.row,
                    col: cell.col,
                    text: t.to_string(),
                    amount_text,
                    amount,
                    year,
                    year_blank,
                });
            }
        } else if let Some((month, y)) = text::date_line(t) {
            if n.contains(',') {
                meta.years.push(YearMention {
                    source: YearSource::DateLine,
                    year: y,
                    cell: Some((cell.row, cell.col)),
                    early_in_year: month <= 3,
                    span_end: None,
                });
            }
        }
    }
    meta
}

/// The years a table's header gives earlier figures of, in columns the table does not read
/// as its own: a header cell of a year alone or of a year after `Realisasi` / `Capaian`
/// (`2019`, `Realisasi 2020`, `Capaian Tahun 2015`), under `Realisasi` or `Capaian` where it
/// is a year alone. Never a target's, the Renstra's or a span's year (`Target 2022`, `Target
/// Akhir Renstra (2026)`, `s/d 2021`), nor an evaluation form's (its columns are numbered,
/// and the years of its Renstra columns are the Renstra's).
fn earlier_years(sheet: &Sheet, tables: &[Table]) -> Vec<i32> {
    let mut out = Vec::new();
    for t in tables {
        if t.kind == crate::layout::TableKind::Evaluation || t.from_mapping {
            continue;
        }
        // the table's own columns (a column of another period, `lain_N`, is not)
        let own = |c: u32| {
            t.columns.values().any(|&x| x == c)
                || t.qcols
                    .iter()
                    .any(|(k, &x)| x == c && !k.starts_with(crate::layout::OTHER_PERIOD))
        };
        for (i, &hr) in t.header_rows.iter().enumerate() {
            for cell in sheet.row(hr) {
                if own(cell.col) {
                    continue;
                }
                let written = cell.value.as_text();
                let n = text::norm(&written);
                if n.len() > 30
                    || text::has_any(
                        &n,
                        &[
                            "target", "renstra", "akhir", "s/d", "sampai", "terhadap", "-",
                        ],
                    )
                {
                    continue;
                }
                let [y] = text::years(&n)[..] else {
                    continue;
                };
                let rest = n.replace(&y.to_string(), "");
                let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
                let measured = |m: &str| m.starts_with("realisasi") || m.starts_with("capaian");
                let earlier = if rest.is_empty() {
                    // a year alone: under `Realisasi` / `Capaian` (the merged cell above)
                    i > 0
                        && sheet
                            .get_shown(t.header_rows[i - 1], cell.col)
                            .is_some_and(|above| measured(&text::norm(&above.value.as_text())))
                } else {
                    measured(rest) && !rest.contains("target")
                };
                if earlier && !out.contains(&y) {
                    out.push(y);
                }
            }
        }
    }
    out
}

/// An amount without a note in brackets after it ("Rp. 3.996.107.315 (92,53 %)", the
/// share spent).
fn without_note(amount: &str) -> &str {
    match amount.find(" (") {
        Some(i) if amount[..i].chars().any(|c| c.is_ascii_digit()) => amount[..i].trim_end(),
        _ => amount,
    }
}

/// The parts of a budget line's cell that each write an amount: apart at the semicolons
/// where more than one part holds a digit, else the whole.
fn budget_parts(t: &str) -> Vec<&str> {
    let parts: Vec<&str> = t.split(';').collect();
    let with_digits = parts
        .iter()
        .filter(|p| p.chars().any(|c| c.is_ascii_digit()))
        .count();
    if with_digits > 1 {
        parts
            .into_iter()
            .filter(|p| p.chars().any(|c| c.is_ascii_digit()))
            .collect()
    } else {
        vec![t]
    }
}

/// The amount of a budget line: what follows "Rp" in the cell, or the next cell of the row
/// (without a colon before it), where `beside` gives the sheet and the line's cell.
fn amount_part(t: &str, beside: Option<(&Sheet, u32, u32)>) -> String {
    let lower = t.to_lowercase();
    // "Rp 2.181.927.300" in the cell; "Jumlah Anggaran (Rp)" names the unit of the next cell
    if let Some(pos) = lower.find("rp") {
        let rest = without_note(t[pos..].trim());
        if rest.chars().any(|c| c.is_ascii_digit()) {
            return rest.to_string();
        }
    }
    if let Some(pos) = t.rfind(':') {
        let rest = t[pos + 1..].trim();
        if rest.chars().any(|c| c.is_ascii_digit()) {
            return rest.to_string();
        }
    }
    let Some((sheet, row, col)) = beside else {
        return String::new();
    };
    sheet
        .row(row)
        .iter()
        .filter(|c| c.col > col)
        .map(|c| c.value.as_text())
        .find(|s| s.chars().any(|c| c.is_ascii_digit()))
        // "Jumlah Anggaran | : Rp. 104.870.553.000,-": the colon belongs to the label
        .map(|s| {
            s.trim_start_matches(|c: char| c == ':' || c.is_whitespace())
                .to_string()
        })
        .unwrap_or_default()
}

/// The words an agency's name starts with (lower case): the kind of office it is.
pub const OFFICES: [&str; 14] = [
    "dinas ",
    "badan ",
    "kantor ",
    "sekretariat ",
    "inspektorat",
    "satuan polisi",
    // a secretariat's parts, and the region's hospitals
    "bagian ",
    "biro ",
    "rumah sakit ",
    "rsud ",
    "rsjd ",
    "rsj ",
    // a technical unit under a Dinas (`UPTD Laboratorium Kesehatan Daerah`, `UPT Puskesmas`)
    "uptd ",
    "upt ",
];

fn agency_and_region(meta: &mut SheetMeta, t: &str, n: &str) {
    let after_colon = || t.split_once(':').map(|(_, v)| v.trim().to_string());
    if meta.agency.is_none() {
        if n.starts_with("nama skpd")
            || n.starts_with("nama opd")
            || n.starts_with("perangkat daerah")
            || n.starts_with("skpd")
            || n.starts_with("opd")
        {
            meta.agency = after_colon().filter(|s| !s.is_empty());
        } else if OFFICES.iter().any(|k| n.starts_with(k)) {
            meta.agency = Some(t.trim().to_string());
        } else {
            // inside a title, from its first word of an office on: "PERJANJIAN KINERJA DINAS
            // KOPERASI DAN UKM KABUPATEN BONE", "RENJA PERANGKAT DAERAH SEKRETARIAT DPRD
            // KABUPATEN …"
            let start = t
                .char_indices()
                .filter(|&(i, _)| {
                    i == 0
                        || t[..i]
                            .chars()
                            .next_back()
                            .is_some_and(|c| !c.is_alphanumeric())
                })
                .map(|(i, _)| i)
                .find(|&i| {
                    let rest = t[i..].chars().take(16).collect::<String>().to_lowercase();
                    OFFICES.iter().any(|k| rest.starts_with(k))
                });
            if let Some(start) = start {
                meta.agency = Some(t[start..].trim().to_string());
            }
        }
    }
    if meta.region.is_none() {
        if n.starts_with("kabupaten :") || n.starts_with("kabupaten:") || n.starts_with("kota :") {
            meta.region = after_colon().map(|v| v.to_string());
        } else if (n.starts_with("kabupaten ")
            || n.starts_with("kota ")
            || n.starts_with("provinsi "))
            && n.len() < 60
        {
            meta.region = Some(t.trim().to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Role;

    /// A table of `header` and the data rows `first..=last` (its columns play no part).
    fn table(header: u32, first: u32, last: u32) -> Table {
        Table {
            sheet: "PK".into(),
            kind: crate::layout::TableKind::Annual,
            header_rows: vec![header],
            numbering_row: None,
            first_row: first,
            last_row: last,
            columns: Default::default(),
            qcols: Default::default(),
            header_year: None,
            from_mapping: false,
            eval: None,
        }
    }

    #[test]
    fn a_title_names_its_agency_from_the_office_word_on() {
        let agency = |t: &str| {
            let mut meta = SheetMeta::default();
            agency_and_region(&mut meta, t, &text::norm(t));
            meta.agency
        };
        for (title, want) in [
            (
                "RENJA PERANGKAT DAERAH SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU TAHUN 2021",
                Some("SEKRETARIAT DPRD KABUPATEN LEMBAH SABARU TAHUN 2021"),
            ),
            (
                "PERJANJIAN KINERJA DINAS KOPERASI DAN UKM KABUPATEN BONE",
                Some("DINAS KOPERASI DAN UKM KABUPATEN BONE"),
            ),
            ("Badan Kepegawaian Daerah", Some("Badan Kepegawaian Daerah")),
            // a secretariat's part, a hospital
            (
                "BAGIAN PENGADAAN BARANG DAN JASA",
                Some("BAGIAN PENGADAAN BARANG DAN JASA"),
            ),
            ("CAPAIAN KINERJA RSJD SEI LUMUT", Some("RSJD SEI LUMUT")),
            // an office word inside another word is none
            ("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", None),
            ("EVALUASI HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA X", None),
        ] {
            assert_eq!(agency(title).as_deref(), want, "{title}");
        }
    }

    #[test]
    fn a_budget_line_of_both_amounts_gives_each() {
        let s = Sheet::of_rows(
            "PK",
            &[
                &["PENGUKURAN KINERJA TAHUN 2022"],
                &["No", "Indikator", "Target", "Realisasi"],
                &["1", "Jumlah promosi investasi", "4", "5"],
                &["", "Jumlah Anggaran Tahun 2022 : Rp. 4.318.940.000 ; Realisasi : Rp. 3.996.107.315 (92,53 %)"],
            ],
        );
        let meta = read_meta(&s, &[table(1, 2, 2)]);
        // the year the cell names is one mention of it
        let budget_years = meta
            .years
            .iter()
            .filter(|y| y.source == YearSource::BudgetLine)
            .count();
        assert_eq!(budget_years, 1);
        let lines: Vec<(BudgetKind, String)> = meta
            .budget
            .into_iter()
            .map(|b| (b.kind, b.amount_text))
            .collect();
        assert_eq!(
            lines,
            [
                (BudgetKind::Anggaran, "Rp. 4.318.940.000".to_string()),
                (BudgetKind::Realisasi, "Rp. 3.996.107.315".to_string()),
            ]
        );
        // one amount with the share spent noted after it
        let s = Sheet::of_rows(
            "PK",
            &[
                &["No", "Indikator", "Target", "Realisasi"],
                &["1", "Jumlah promosi investasi", "4", "5"],
                &[
                    "",
                    "Jumlah Realisasi Anggaran Tahun 2014 : Rp. 14.987.004.500 (95,89 %)",
                ],
            ],
        );
        let meta = read_meta(&s, &[table(0, 1, 1)]);
        let b = &meta.budget;
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].amount_text, "Rp. 14.987.004.500");
        assert_eq!(b[0].kind, BudgetKind::Realisasi);
    }

    /// A title copied from last year's report (`… Tahun 2020` twice) over a table whose
    /// header gives last year's realisasi beside this year's target: the table's year.
    #[test]
    fn a_year_the_header_gives_earlier_figures_of_is_not_the_tables() {
        let rows: [&[&str]; 5] = [
            &["Perbandingan Realisasi dan Capaian Kinerja Tahun 2020"],
            &["LKjIP DINAS PERPUSTAKAAN TAHUN 2020"],
            &[
                "No",
                "Indikator",
                "Realisasi",
                "Realisasi",
                "Tahun 2021",
                "",
                "Target 2022",
            ],
            &["", "", "2019", "2020", "Target", "Realisasi", ""],
            &[
                "1",
                "Jumlah anggota perpustakaan",
                "4100",
                "4410",
                "4600",
                "4730",
                "4800",
            ],
        ];
        let s = Sheet::of_rows("Tabel 3.1", &rows);
        let mut t = table(2, 4, 4);
        t.header_rows = vec![2, 3];
        t.header_year = Some(2021);
        for (role, col) in [
            (Role::No, 0),
            (Role::Indikator, 1),
            (Role::Target, 4),
            (Role::Realisasi, 5),
        ] {
            t.columns.insert(role, col);
        }
        let meta = read_meta(&s, &[t.clone()]);
        assert_eq!(meta.earlier, [2019, 2020]);
        assert_eq!(meta.year(), Some(2021));
        // without the earlier years' columns, the title's two mentions win
        let mut plain: Vec<&[&str]> = rows.to_vec();
        plain[2] = &["No", "Indikator", "", "", "Tahun 2021", "", "Target 2022"];
        plain[3] = &["", "", "", "", "Target", "Realisasi", ""];
        let meta = read_meta(&Sheet::of_rows("Tabel 3.1", &plain), &[t]);
        assert!(meta.earlier.is_empty());
        assert_eq!(meta.year(), Some(2020));
    }
}
