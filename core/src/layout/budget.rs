//! Budget tables: the realisasi anggaran of each program, kegiatan and sub kegiatan, under an
//! indicator table or on a sheet of its own (`Program / Kegiatan | Anggaran | Realisasi |
//! Serapan (%)`, often with a Sisa Anggaran column and a JUMLAH row).
//!
//! A table is found by its header: a name column (Program, Kegiatan, Uraian), an anggaran
//! column (Anggaran, Pagu, Alokasi) and a realisasi column, over one or two header rows. Where
//! the header also names indicator columns (Indikator, Target, Sasaran), only a realisasi that
//! says it is money (Realisasi Anggaran, Realisasi Keuangan, Realisasi (Rp)) is the budget's.
//!
//! Which line belongs under which is read from the first sign that tells the lines apart:
//! codes (`1.02.01`, `1.1`), the words Program / Kegiatan / Sub Kegiatan, indentation and
//! bullets (`- `), a number column filled only on programs, or programs named "Program ..."
//! with other lines under them. Where nothing tells them apart the lines stand side by side.

use rust_decimal::Decimal;

use crate::layout::{Table, TableKind};
use crate::read::{Raw, Sheet};
use crate::text;
use crate::value::{self, Scale, Value};

/// One budget table of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetTable {
    /// zero-based header row (the lower one of a two-row header)
    pub header_row: u32,
    pub name_col: u32,
    pub anggaran_col: u32,
    pub realisasi_col: u32,
    pub serapan_col: Option<u32>,
    pub sisa_col: Option<u32>,
    /// the columns of a quarter's or a month's realisasi, beside the year's
    pub period_cols: Vec<u32>,
    /// the other budgets the header names before the realisasi (the Anggaran Murni beside
    /// the Perubahan the realisasi is measured against)
    pub other_anggaran_cols: Vec<u32>,
    /// the header says the periods' realisasi runs to date (`Kumulatif`, `s.d. TW II`)
    pub periods_to_date: bool,
    /// the year's realisasi column is the last period's, to date (`s.d. TW IV`), not a
    /// column of its own: the periods run up to it
    pub realisasi_is_last_period: bool,
    /// the lines in row order, totals included
    pub items: Vec<BudgetItem>,
    /// whether the lines' levels were told apart (by codes, words, indentation or numbering)
    pub nested: bool,
    /// whether they were told apart by codes or by the words Program / Kegiatan / Sub
    /// Kegiatan, which leave no doubt (indentation and numbering may be a typing slip)
    pub levels_named: bool,
    /// its lines are indicators, each with its budget (the name column is the indicator's):
    /// a line named "Jumlah ..." is an indicator, and only "Jumlah" or "Total" alone a total
    pub indicator_lines: bool,
    /// the header names an indicator column too: the budget columns of an indicator table,
    /// whose rows without a budget (a sasaran's indicators) are its rows all the same
    pub beside_indicators: bool,
    /// the unit the amounts are written in, as the anggaran header or the lines above the
    /// table say (`Alokasi (Rp 000)`, `(dalam ribuan rupiah)`, `Anggaran (Rp juta)`)
    pub unit: Scale,
}

/// One line of a budget table.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetItem {
    /// zero-based
    pub row: u32,
    pub name: String,
    /// a JUMLAH / TOTAL line
    pub total: bool,
    /// 0 for the outermost lines (programs), deeper for the lines under them
    pub depth: u8,
    /// the index in [`BudgetTable::items`] of the line this one is under
    pub parent: Option<usize>,
    pub anggaran: Amount,
    pub realisasi: Amount,
    pub serapan: Option<Amount>,
    pub sisa: Option<Amount>,
    /// the realisasi of each of [`BudgetTable::period_cols`]
    pub periods: Vec<Amount>,
    /// the amount of each of [`BudgetTable::other_anggaran_cols`]
    pub other_anggaran: Vec<Amount>,
}

impl BudgetItem {
    /// The periods' realisasi written (empty cells and cells that make no figure left out),
    /// in order, each with its figure.
    pub fn written_periods(&self) -> impl Iterator<Item = (&Amount, Decimal)> {
        self.periods
            .iter()
            .filter(|a| !a.is_empty())
            .filter_map(|a| Some((a, a.value?)))
    }
}

/// A figure of a budget line as its cell holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Amount {
    /// zero-based column
    pub col: u32,
    /// what the cell shows (text as typed)
    pub shown: String,
    /// the figure; a dash is zero; none for an empty cell or one that makes no figure
    pub value: Option<Decimal>,
    /// digits that make no figure (`Rp. 1.215.3400.000`)
    pub malformed: bool,
    /// decimals the cell shows
    pub decimals: u32,
    /// the stored number is shown through a percent format, or is written with `%`
    pub percent: bool,
    /// a number stored without a format rakit knows (an .xlsb)
    pub format_unknown: bool,
    /// the cell holds a formula (its cached result is the figure)
    pub formula: bool,
    /// the figure is typed as text (`Rp. 1.234.500.000,-`, `95,5 %`)
    pub typed: bool,
}

impl Amount {
    pub fn is_empty(&self) -> bool {
        self.shown.trim().is_empty()
    }
}

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Number,
    Code,
    Name,
    Anggaran,
    Realisasi,
    /// a realisasi that says it is money
    RealisasiUang,
    /// a realisasi of one quarter or month (`Realisasi Keuangan TW I`), not the year's
    RealisasiPeriod,
    /// a quarter or a month alone (`TW II (B06)` under a group of realisasi)
    Period,
    Serapan,
    Sisa,
    /// an indicator table's column (Indikator, Target, Sasaran, Satuan)
    Indicator,
}

/// Whether a header names the end of the year (`s.d. 31 Desember`, `TW IV`, `B12`): a
/// realisasi to then is the year's.
fn names_the_years_end(h: &str) -> bool {
    let words: Vec<&str> = h.split(|c: char| !c.is_alphanumeric()).collect();
    words.contains(&"desember")
        || words.contains(&"b12")
        || words
            .windows(2)
            .any(|w| matches!(w[0], "tw" | "triwulan") && matches!(w[1], "iv" | "4"))
}

/// Whether a header says its figure is money (`Realisasi Anggaran`, `Keuangan`, `(Rp)`).
fn says_money(h: &str) -> bool {
    [
        "anggaran", "keuangan", "rp", "dana", "belanja", "rupiah", "pagu",
    ]
    .iter()
    .any(|k| h.contains(k))
}

/// Whether a header says its figure runs to date (`s.d.`, `s/d`, `sampai`, `kumulatif`).
fn to_date(h: &str) -> bool {
    h.contains("s.d")
        || h.contains("s/d")
        || h.contains("sampai")
        || h.contains("kumulatif")
        || h.split(|c: char| !c.is_alphanumeric()).any(|w| w == "sd")
}

/// Whether a header names a quarter, a semester or a month (`TW I`, `Triwulan II`,
/// `s.d. Juni`).
fn names_a_period(h: &str) -> bool {
    h.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "tw" || w == "triwulan" || w == "semester" || text::MONTHS.contains(&w))
}

fn classify(h: &str) -> Option<Col> {
    let has = |k: &str| h.contains(k);
    if h.is_empty() {
        return None;
    }
    if has("fisik") {
        return None;
    }
    if has("sisa") {
        return Some(Col::Sisa);
    }
    // a % in a budget table's header is its serapan ("%", "Persentase", "% (thd Pagu
    // Perubahan)"); which one, where an indicator's % stands beside it, is decided by place
    let percent = has("%") || has("persen");
    if has("serapan") || has("capaian keuangan") || percent {
        return Some(Col::Serapan);
    }
    if has("realisasi") {
        // a quarter's or a month's, unless it is the last one to date (`s.d. TW IV`,
        // `Kumulatif ... s.d. Desember`): `TW IV` alone beside `TW I` .. `TW III` and a
        // "Jumlah Realisasi" is the last quarter's own
        return Some(
            if names_a_period(h) && !(names_the_years_end(h) && to_date(h)) {
                Col::RealisasiPeriod
            } else if says_money(h) {
                Col::RealisasiUang
            } else {
                Col::Realisasi
            },
        );
    }
    if has("anggaran") || has("pagu") || has("alokasi") || h.split(' ').any(|w| w == "dpa") {
        return Some(Col::Anggaran);
    }
    // "Kode / Program / Kegiatan": a name column that starts with the code
    if ["program", "kegiatan", "uraian"].iter().any(|k| has(k)) {
        return Some(Col::Name);
    }
    if has("kode") {
        return Some(Col::Code);
    }
    if ["indikator", "target", "sasaran", "satuan"]
        .iter()
        .any(|k| has(k))
    {
        return Some(Col::Indicator);
    }
    let t = h.trim_end_matches('.');
    if t == "no" || t == "nomor" || t == "no urut" {
        return Some(Col::Number);
    }
    names_a_period(h).then_some(Col::Period)
}

/// The text a cell shows, normalised; "" for none.
fn shown_norm(sheet: &Sheet, row: u32, col: u32) -> String {
    sheet
        .get_shown(row, col)
        .map(|c| text::norm(&c.value.as_text()))
        .unwrap_or_default()
}

/// Whether a row may be (part of) a budget table's header: a short text naming an anggaran.
fn names_a_budget(sheet: &Sheet, row: u32) -> bool {
    let has = |t: &[u8], k: &[u8]| t.windows(k.len()).any(|w| w.eq_ignore_ascii_case(k));
    sheet.row(row).iter().any(|c| match &c.value {
        Raw::Text(t) if t.len() <= 80 => {
            let t = t.as_bytes();
            has(t, b"anggaran") || has(t, b"pagu") || has(t, b"alokasi")
        }
        _ => false,
    })
}

/// The columns a header row names, read with the row above where that row is part of the
/// header (a group such as "Anggaran" merged over Pagu / Realisasi / %).
fn header_columns(sheet: &Sheet, row: u32) -> Vec<(u32, Col)> {
    let above_is_header = above_is_header(sheet, row);
    let mut cols: Vec<u32> = sheet.row(row).iter().map(|c| c.col).collect();
    if above_is_header {
        for c in sheet.row(row - 1) {
            cols.push(c.col);
            // the columns under a merged group of the row above
            if let Some(m) = sheet.merge_at(row - 1, c.col) {
                cols.extend(m.first_col..=m.last_col.min(m.first_col.saturating_add(30)));
            }
        }
    }
    cols.sort_unstable();
    cols.dedup();
    let mut out = Vec::new();
    for col in cols {
        if let Some(k) = classify(&header_text(sheet, row, col, above_is_header)) {
            out.push((col, k));
        }
    }
    out
}

/// What a header cell says, with the group above it where the row above is part of the
/// header ("Realisasi Anggaran Kumulatif (Rp)" over "s.d. TW I").
fn header_text(sheet: &Sheet, row: u32, col: u32, above_is_header: bool) -> String {
    let own = shown_norm(sheet, row, col);
    if !above_is_header {
        return own;
    }
    let above = shown_norm(sheet, row - 1, col);
    if above == own || above.is_empty() {
        own
    } else if own.is_empty() {
        above
    } else {
        format!("{above} {own}")
    }
}

/// Whether the row above a header row is part of it: two short texts or more.
fn above_is_header(sheet: &Sheet, row: u32) -> bool {
    row > 0
        && sheet
            .row(row - 1)
            .iter()
            .filter(|c| matches!(&c.value, Raw::Text(t) if !t.trim().is_empty() && t.len() <= 80))
            .nth(1)
            .is_some()
}

/// The budget table a header row opens, without its lines yet, and what its header's
/// columns name.
fn header_at(sheet: &Sheet, row: u32) -> Option<(BudgetTable, Vec<(u32, Col)>)> {
    let cols = header_columns(sheet, row);
    let first = |k: Col| cols.iter().find(|(_, x)| *x == k).map(|(c, _)| *c);
    let first_anggaran = first(Col::Anggaran)?;
    let indicator_table = first(Col::Indicator).is_some();
    // the year's realisasi; where each quarter has one and the year none, the last quarter's
    // (cumulative: TW IV is the year's)
    let realisasi = first(Col::RealisasiUang)
        .or_else(|| (!indicator_table).then(|| first(Col::Realisasi)).flatten())
        .or_else(|| {
            // in an indicator table, only a period's realisasi that says it is money
            // ("Realisasi s/d Juni" beside the months is the indicator's)
            let above = above_is_header(sheet, row);
            cols.iter()
                .rev()
                .find(|(c, k)| {
                    *k == Col::RealisasiPeriod
                        && (!indicator_table || says_money(&header_text(sheet, row, *c, above)))
                })
                .map(|(c, _)| *c)
        })
        .filter(|c| *c != first_anggaran)?;
    // the budget the realisasi is measured against: the last one before it (Pagu Induk,
    // Pagu Perubahan, Realisasi: the Perubahan)
    let anggaran = cols
        .iter()
        .rev()
        .find(|(c, k)| *k == Col::Anggaran && *c < realisasi)
        .map_or(first_anggaran, |(c, _)| *c);
    // the lines' names: a Program / Kegiatan / Uraian column, else (a table of indicators
    // each with its budget: Indikator, Target, Realisasi, Pagu, Realisasi (Rp), Serapan)
    // the indicator's
    let names_indicators = |col: u32| {
        (row.saturating_sub(1)..=row).any(|r| shown_norm(sheet, r, col).contains("indikator"))
    };
    let name = cols
        .iter()
        .find(|(c, k)| *k == Col::Name && *c < anggaran)
        .or_else(|| {
            cols.iter()
                .find(|(c, k)| *k == Col::Indicator && *c < anggaran && names_indicators(*c))
        })
        .map(|(c, _)| *c)?;
    // the header's own words over the figures, not a data row read with the header above it
    let words = |col: u32| {
        sheet.get_shown(row, col).is_some_and(
            |c| matches!(&c.value, Raw::Text(t) if !t.chars().any(|ch| ch.is_ascii_digit()) || t.contains('(')),
        )
    };
    if !words(anggaran) && !words(realisasi) {
        return None;
    }
    let table = BudgetTable {
        header_row: row,
        name_col: name,
        anggaran_col: anggaran,
        realisasi_col: realisasi,
        // the % after the realisasi: an indicator's % stands before it
        serapan_col: cols
            .iter()
            .find(|(c, k)| *k == Col::Serapan && *c > realisasi)
            .map(|(c, _)| *c),
        sisa_col: first(Col::Sisa),
        period_cols: cols
            .iter()
            .filter(|(c, k)| {
                matches!(k, Col::RealisasiPeriod | Col::Period) && *c != realisasi && *c > anggaran
            })
            .map(|(c, _)| *c)
            .collect(),
        periods_to_date: false,
        realisasi_is_last_period: false,
        other_anggaran_cols: cols
            .iter()
            .filter(|(c, k)| *k == Col::Anggaran && *c != anggaran && *c < realisasi && *c > name)
            .map(|(c, _)| *c)
            .collect(),
        items: Vec::new(),
        nested: false,
        levels_named: false,
        indicator_lines: cols.iter().any(|(c, k)| *c == name && *k == Col::Indicator),
        beside_indicators: indicator_table,
        unit: Scale::Satuan,
    };
    let mut table = table;
    let above = above_is_header(sheet, row);
    let text = |c: u32| header_text(sheet, row, c, above);
    table.periods_to_date = !table.period_cols.is_empty()
        && table
            .period_cols
            .iter()
            .chain([&table.realisasi_col])
            .any(|c| to_date(&text(*c)));
    table.realisasi_is_last_period = !table.period_cols.is_empty()
        && names_a_period(&text(table.realisasi_col))
        && table.period_cols.iter().all(|c| *c < table.realisasi_col);
    Some((table, cols))
}

/// Whether a table found as an annual indicator table is a budget table instead: its header
/// is a budget table's (Program / Kegiatan, Anggaran, Realisasi (Rp)) and names no indicator
/// column ("Capaian Keuangan (%)" over the serapan reads like an annual table's %).
pub fn is_budget_table(sheet: &Sheet, header_rows: &[u32]) -> bool {
    header_rows.iter().any(|r| {
        names_a_budget(sheet, *r)
            && header_at(sheet, *r)
                .is_some_and(|(_, cols)| !cols.iter().any(|(_, k)| *k == Col::Indicator))
    })
}

/// The budget tables of a sheet.
pub fn find(sheet: &Sheet) -> Vec<BudgetTable> {
    let mut out: Vec<BudgetTable> = Vec::new();
    let mut after: Option<u32> = None;
    for row in sheet.rows() {
        if after.is_some_and(|a| row <= a) || !names_a_budget(sheet, row) {
            continue;
        }
        let Some((mut table, mut cols)) = header_at(sheet, row) else {
            continue;
        };
        // a two-row header: the lower row, where it names the figures too and holds no name
        // of its own (a first line whose amounts are "-" reads like a header under this one)
        let lower = row.saturating_add(1);
        let named = sheet
            .get(lower, table.name_col)
            .is_some_and(|c| !c.value.is_empty());
        if let Some((t, c)) = header_at(sheet, lower).filter(|_| !named) {
            (table, cols) = (t, c);
        }
        let number_col = cols
            .iter()
            .find(|(c, k)| *k == Col::Number && *c < table.anggaran_col)
            .map(|(c, _)| *c);
        let code_col = cols
            .iter()
            .find(|(c, k)| *k == Col::Code && *c < table.anggaran_col)
            .map(|(c, _)| *c);
        table.unit = unit_of(sheet, &table);
        let last = read_lines(sheet, &mut table, number_col, code_col);
        after = Some(last);
        if table.items.iter().any(|i| !i.total) {
            out.push(table);
        }
    }
    out
}

/// The budget tables of a sheet beside its indicator tables: not the budget columns of an
/// evaluation form or a Rencana Aksi in blocks (a header that is the indicator table's own),
/// which their own rules read (K102, Q604); a budget table under a Rencana Aksi has a header
/// of its own and is one. A Rencana Aksi of one row per indicator with its quarters across
/// (`tw1_target` …), or its months, writes each programme's and kegiatan's budget on its
/// row, as a budget table does: its anggaran, realisasi and serapan columns are read as one.
pub fn find_beside<'a>(sheet: &Sheet, tables: impl Iterator<Item = &'a Table>) -> Vec<BudgetTable> {
    let owned: Vec<(u32, u32)> = tables
        .filter(|t| t.kind != TableKind::Annual)
        .filter(|t| {
            !(t.kind == TableKind::Quarterly && t.qcols.keys().any(|k| k.starts_with("tw"))
                || t.kind == TableKind::Monthly)
        })
        .map(|t| {
            let first = t.header_rows.first().copied().unwrap_or(t.first_row);
            (first.min(t.first_row), t.first_row.saturating_sub(1))
        })
        .collect();
    let mut found = find(sheet);
    found.retain(|b| {
        !owned
            .iter()
            .any(|(first, last)| *first <= b.header_row && b.header_row <= *last)
    });
    found
}

/// The budget columns of a Rencana Aksi in blocks (a `Target Tahunan` line, then a line a
/// quarter), read as a budget table: each block is a line, its anggaran, realisasi and
/// serapan on the block's first row, its periods' realisasi on the quarters' rows (the
/// realisasi column of each). `blocks` gives each block's first row, its name and its
/// quarters' rows; none without a budget header among `header_rows`.
pub fn of_blocks(
    sheet: &Sheet,
    header_rows: &[u32],
    blocks: &[(u32, String, Vec<u32>)],
) -> Option<BudgetTable> {
    let (mut table, _) = header_rows
        .iter()
        .rev()
        .filter(|r| names_a_budget(sheet, **r) || names_a_budget(sheet, r.saturating_sub(1)))
        .find_map(|r| header_at(sheet, *r))?;
    let most = blocks.iter().map(|b| b.2.len()).max().unwrap_or(0);
    // the periods of every block are in the realisasi column, a row each
    table.period_cols = vec![table.realisasi_col; most];
    table.periods_to_date = false;
    table.realisasi_is_last_period = false;
    table.other_anggaran_cols.clear();
    for (row, name, periods) in blocks {
        let amount = |r: u32, c: u32| amount_at(sheet, r, c);
        let anggaran = amount(*row, table.anggaran_col);
        if anggaran.is_empty() {
            continue;
        }
        table.items.push(BudgetItem {
            row: *row,
            name: name.clone(),
            total: false,
            depth: 0,
            parent: None,
            anggaran,
            realisasi: amount(*row, table.realisasi_col),
            serapan: table.serapan_col.map(|c| amount(*row, c)),
            sisa: table.sisa_col.map(|c| amount(*row, c)),
            periods: periods
                .iter()
                .map(|r| amount(*r, table.realisasi_col))
                .collect(),
            other_anggaran: Vec::new(),
        });
    }
    (!table.items.is_empty()).then_some(table)
}

/// The unit a table's amounts are written in: from its anggaran header, else from the three
/// rows above its header.
fn unit_of(sheet: &Sheet, table: &BudgetTable) -> Scale {
    let unit = |t: &str| -> Option<Scale> {
        let t = text::norm(t);
        if t.contains("miliar") || t.contains("milyar") {
            Some(Scale::Miliar)
        } else if t.contains("juta") {
            Some(Scale::Juta)
        } else if t.contains("ribu")
            || t.contains("rp 000")
            || t.contains("rp.000")
            || t.contains("(000)")
        {
            Some(Scale::Ribu)
        } else {
            None
        }
    };
    let header = (table.header_row.saturating_sub(1)..=table.header_row)
        .filter_map(|r| sheet.get_shown(r, table.anggaran_col))
        .find_map(|c| unit(&c.value.as_text()));
    header
        .or_else(|| {
            (table.header_row.saturating_sub(3)..table.header_row)
                .flat_map(|r| sheet.row(r))
                .filter(|c| matches!(&c.value, Raw::Text(t) if t.len() <= 120))
                .find_map(|c| unit(&c.value.as_text()))
        })
        .unwrap_or_default()
}

/// A line's sign of its level, as read from its cells.
#[derive(Default)]
struct Signs {
    code: Option<usize>,
    keyword: Option<u8>,
    indent: u32,
    numbered: bool,
    program: bool,
}

/// Reads the lines under a table's header; returns the last row read.
fn read_lines(
    sheet: &Sheet,
    table: &mut BudgetTable,
    number_col: Option<u32>,
    code_col: Option<u32>,
) -> u32 {
    let mut row = table.header_row + 1;
    if crate::layout::is_numbering_row(sheet, row) {
        row += 1;
    }
    let last_row = sheet.last_row().unwrap_or(row);
    let mut signs: Vec<Signs> = Vec::new();
    // rows in a row without a figure: two empty ones, or three with words only (a note, a
    // paragraph), end the table
    let (mut empty_run, mut wordy_run) = (0, 0);
    let mut last_read = table.header_row;
    while row <= last_row {
        let r = row;
        row += 1;
        let cells = sheet.row(r);
        if cells.iter().all(|c| c.value.is_empty()) {
            empty_run += 1;
            if empty_run >= 2 {
                break;
            }
            continue;
        }
        empty_run = 0;
        let label_cols =
            |c: u32| c <= table.name_col || Some(c) == number_col || Some(c) == code_col;
        let label_text: Vec<String> = cells
            .iter()
            .filter(|c| label_cols(c.col))
            .map(|c| text::norm(&c.value.as_text()))
            .collect();
        let total = label_text.iter().any(|t| {
            [
                "jumlah",
                "total",
                "grand total",
                "sub total",
                "subtotal",
                "sub jumlah",
            ]
            .iter()
            .any(|k| {
                t.starts_with(k)
                    // "Jumlah titik sampel uji" is an indicator: a total is "Jumlah" or
                    // "Jumlah Total" / "Total Anggaran", two words at most
                    && (!table.indicator_lines || t.split_whitespace().count() <= 2)
            })
        });
        if !total && crate::layout::is_stop_row(sheet, r) {
            break;
        }
        let amount = |col: u32| amount_at(sheet, r, col);
        let anggaran = amount(table.anggaran_col);
        let realisasi = amount(table.realisasi_col);
        let serapan = table.serapan_col.map(amount);
        let sisa = table.sisa_col.map(amount);
        let periods: Vec<Amount> = table.period_cols.iter().map(|c| amount(*c)).collect();
        let other_anggaran: Vec<Amount> = table
            .other_anggaran_cols
            .iter()
            .map(|c| amount(*c))
            .collect();
        let figures = [
            Some(&anggaran),
            Some(&realisasi),
            serapan.as_ref(),
            sisa.as_ref(),
        ]
        .into_iter()
        .flatten()
        .any(|a| !a.is_empty());
        // a name merged down over its rows (an indicator's Target and Realisasi rows) is
        // each row's
        let name_raw = sheet
            .get_shown(r, table.name_col)
            .map(|c| c.value.as_text().to_string())
            .unwrap_or_default();
        if !figures {
            // an indicator table's row without a budget (a sasaran's indicator, its figures
            // in other columns) is no note: the budget lines go on below it
            let other_figures = || {
                cells
                    .iter()
                    .any(|c| c.col > table.name_col && matches!(c.value, Raw::Number(_)))
            };
            if table.beside_indicators && other_figures() {
                continue;
            }
            // a heading (an urusan), an indicator's second line, a note: no line
            wordy_run += 1;
            if wordy_run >= 3 {
                break;
            }
            continue;
        }
        wordy_run = 0;
        // another table's header
        if names_a_budget(sheet, r) && header_at(sheet, r).is_some() {
            break;
        }
        last_read = r;
        let name = name_raw.trim().to_string();
        // a programme's budget written again on each of its indicators' rows (budget columns
        // of an indicator table): one line
        if let Some(prev) = table.items.last() {
            let same = |a: &Amount, b: &Amount| a.value.is_some() && a.value == b.value;
            if !total
                && !prev.total
                && (name.is_empty() || name == prev.name)
                && same(&anggaran, &prev.anggaran)
                && same(&realisasi, &prev.realisasi)
            {
                continue;
            }
        }
        let n = text::norm(&name);
        let code_text = code_col
            .and_then(|c| sheet.get_shown(r, c))
            .map(|c| c.value.as_text().to_string())
            .or_else(|| {
                number_col
                    .and_then(|c| sheet.get(r, c))
                    .map(|c| c.value.as_text().to_string())
                    .filter(|t| code_segments(t).is_some())
            })
            .or_else(|| {
                name.split_whitespace()
                    .next()
                    .filter(|t| code_segments(t).is_some_and(|s| s >= 2))
                    .map(str::to_string)
            });
        let keyword = if n.starts_with("belanja") {
            // a kegiatan's spending by kind (Belanja Pegawai, Barang dan Jasa, Modal)
            Some(3)
        } else if n.starts_with("sub kegiatan") || n.starts_with("subkegiatan") {
            Some(2)
        } else if n.starts_with("kegiatan") {
            Some(1)
        } else if n.starts_with("program") {
            Some(0)
        } else {
            None
        };
        signs.push(Signs {
            code: code_text.as_deref().and_then(code_segments),
            keyword,
            indent: indent_of(&name_raw),
            numbered: number_col
                .and_then(|c| sheet.get(r, c))
                .is_some_and(|c| !c.value.is_empty()),
            program: n.starts_with("program"),
        });
        table.items.push(BudgetItem {
            row: r,
            name,
            total,
            depth: 0,
            parent: None,
            anggaran,
            realisasi,
            serapan,
            sisa,
            periods,
            other_anggaran,
        });
    }
    nest(table, &signs);
    last_read
}

/// Segments of a code such as `1.02.01` (3) or `1` (1); none for other text.
pub(crate) fn code_segments(t: &str) -> Option<usize> {
    let t = t.trim().trim_end_matches('.');
    if t.is_empty()
        || !t
            .split('.')
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some(t.split('.').count())
}

/// Leading spaces, and a bullet (`-`, `•`) as two more.
fn indent_of(raw: &str) -> u32 {
    let spaces = raw
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum::<u32>();
    let rest = raw.trim_start();
    let bullet = rest.starts_with(['-', '–', '•', '·', '*', '>']) as u32;
    spaces + 2 * bullet
}

/// Gives each line its depth and parent from the first sign that tells the lines apart.
fn nest(table: &mut BudgetTable, signs: &[Signs]) {
    let lines: Vec<usize> = (0..table.items.len())
        .filter(|i| !table.items[*i].total)
        .collect();
    let ranks = |keys: Vec<u32>| -> Option<Vec<u8>> {
        let mut distinct = keys.clone();
        distinct.sort_unstable();
        distinct.dedup();
        (distinct.len() >= 2).then(|| {
            keys.iter()
                .map(|k| distinct.iter().position(|d| d == k).unwrap_or(0) as u8)
                .collect()
        })
    };
    let all = |f: &dyn Fn(&Signs) -> Option<u32>| -> Option<Vec<u32>> {
        lines.iter().map(|i| f(&signs[*i])).collect()
    };
    let first_outer = |keys: &Vec<u32>| keys.first().is_some_and(|k| keys.iter().all(|x| x >= k));
    let named = all(&|s| s.code.map(|c| c as u32))
        .filter(first_outer)
        .and_then(ranks)
        .or_else(|| {
            all(&|s| s.keyword.map(u32::from))
                .filter(first_outer)
                .and_then(ranks)
        });
    table.levels_named = named.is_some();
    let depths = named
        .or_else(|| all(&|s| Some(s.indent)).filter(first_outer).and_then(ranks))
        .or_else(|| {
            all(&|s| Some(u32::from(!s.numbered)))
                .filter(first_outer)
                .and_then(ranks)
        })
        .or_else(|| {
            all(&|s| Some(u32::from(!s.program)))
                .filter(first_outer)
                .and_then(ranks)
        });
    let Some(depths) = depths else {
        return;
    };
    table.nested = true;
    let mut stack: Vec<usize> = Vec::new();
    let mut k = 0;
    for i in 0..table.items.len() {
        if table.items[i].total {
            stack.clear();
            continue;
        }
        let d = depths[k];
        k += 1;
        while stack.last().is_some_and(|p| table.items[*p].depth >= d) {
            stack.pop();
        }
        table.items[i].depth = d;
        table.items[i].parent = stack.last().copied();
        stack.push(i);
    }
}

/// The figure of a cell of a budget line.
fn amount_at(sheet: &Sheet, row: u32, col: u32) -> Amount {
    let Some(cell) = sheet.get(row, col) else {
        return Amount {
            col,
            ..Amount::default()
        };
    };
    let mut a = Amount {
        col,
        shown: cell.shown(),
        formula: cell.formula.is_some(),
        typed: matches!(cell.value, Raw::Text(_)),
        ..Amount::default()
    };
    match &cell.value {
        Raw::Number(d) => {
            a.percent = cell.format.percent;
            a.value = Some(if a.percent {
                *d * Decimal::ONE_HUNDRED
            } else {
                *d
            });
            a.decimals = cell
                .format
                .decimals
                .map_or_else(|| a.value.map_or(0, |v| v.normalize().scale()), u32::from);
            a.format_unknown = !sheet.formats_known;
        }
        Raw::Text(t) => match value::parse(t) {
            Value::Number(q) => {
                a.value = Some(q.scaled());
                a.decimals = q.decimals;
                a.percent = q.percent;
            }
            Value::Ambiguous { grouped, .. } => {
                // money is grouped by thousands: `Rp. 46.821`
                a.value = Some(grouped.scaled());
            }
            Value::Dash { .. } => a.value = Some(Decimal::ZERO),
            Value::Unreadable(_) => a.malformed = true,
            _ => {}
        },
        _ => {}
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words() {
        assert_eq!(classify("anggaran (rp)"), Some(Col::Anggaran));
        assert_eq!(classify("pagu"), Some(Col::Anggaran));
        assert_eq!(classify("realisasi (rp)"), Some(Col::RealisasiUang));
        assert_eq!(classify("realisasi"), Some(Col::Realisasi));
        assert_eq!(classify("anggaran realisasi"), Some(Col::RealisasiUang));
        assert_eq!(classify("serapan (%)"), Some(Col::Serapan));
        assert_eq!(classify("anggaran %"), Some(Col::Serapan));
        assert_eq!(classify("realisasi fisik (%)"), None);
        assert_eq!(classify("persentase"), Some(Col::Serapan));
        assert_eq!(classify("% (thd pagu perubahan)"), Some(Col::Serapan));
        assert_eq!(
            classify("realisasi keuangan s.d. tw i (b03)"),
            Some(Col::RealisasiPeriod)
        );
        assert_eq!(classify("sisa anggaran"), Some(Col::Sisa));
        assert_eq!(classify("program / kegiatan"), Some(Col::Name));
        assert_eq!(classify("target"), Some(Col::Indicator));
        assert_eq!(
            classify("realisasi keuangan tw i"),
            Some(Col::RealisasiPeriod)
        );
        assert_eq!(
            classify("realisasi s.d. tw iv (rp)"),
            Some(Col::RealisasiUang)
        );
        assert_eq!(
            classify("realisasi s.d. 31 desember 2021 rp"),
            Some(Col::RealisasiUang)
        );
        assert_eq!(classify("tw ii (b06)"), Some(Col::Period));
        assert_eq!(classify("no"), Some(Col::Number));
        assert_eq!(classify("kode rekening"), Some(Col::Code));
    }

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet::of_rows("Anggaran", rows)
    }

    #[test]
    fn levels_by_indentation_and_a_first_line_of_dashes() {
        let s = sheet(&[
            &["REALISASI ANGGARAN 2024"],
            &[
                "No",
                "Program / Kegiatan",
                "Anggaran (Rp)",
                "Realisasi (Rp)",
                "Serapan (%)",
            ],
            &["1", "Program A", "-", "-", ""],
            &["", "   Penyediaan A1", "-", "-", ""],
            &["2", "Program B", "300", "290", "96.67"],
            &["", "   Penyediaan B1", "100", "95", "95"],
            &["", "   Penyediaan B2", "200", "195", "97.5"],
            &["", "JUMLAH", "300", "290", "96.67"],
            &[],
            &[],
            &["", "Program C", "5", "5", ""],
        ]);
        let tables = find(&s);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(
            (t.header_row, t.anggaran_col, t.serapan_col),
            (1, 2, Some(4))
        );
        // the line of dashes is a line, not a second header row; the table ends at the gap
        let rows: Vec<(u32, u8, Option<usize>, bool)> = t
            .items
            .iter()
            .map(|i| (i.row, i.depth, i.parent, i.total))
            .collect();
        assert_eq!(
            rows,
            [
                (2, 0, None, false),
                (3, 1, Some(0), false),
                (4, 0, None, false),
                (5, 1, Some(2), false),
                (6, 1, Some(2), false),
                (7, 0, None, true),
            ]
        );
        assert_eq!(t.items[0].anggaran.value, Some(Decimal::ZERO));
        assert!(t.nested && !t.levels_named);
    }

    #[test]
    fn a_budget_repeated_on_each_indicator_row_is_one_line() {
        let s = sheet(&[
            &[
                "Program",
                "Indikator",
                "Target",
                "Anggaran (Rp)",
                "Realisasi Anggaran (Rp)",
            ],
            &["Program A", "Indikator 1", "10", "500", "450"],
            &["", "Indikator 2", "20", "500", "450"],
            &["Program B", "Indikator 3", "30", "100", "90"],
            &["JUMLAH", "", "", "600", "540"],
        ]);
        let t = &find(&s)[0];
        let rows: Vec<u32> = t.items.iter().map(|i| i.row).collect();
        assert_eq!(rows, [1, 3, 4]);
    }

    #[test]
    fn codes_and_indents() {
        assert_eq!(code_segments("1.02.01"), Some(3));
        assert_eq!(code_segments("1.02.01.2.01."), Some(5));
        assert_eq!(code_segments("1"), Some(1));
        assert_eq!(code_segments("Program"), None);
        assert_eq!(code_segments("1..2"), None);
        assert_eq!(indent_of("   Administrasi"), 3);
        assert_eq!(indent_of("- Administrasi"), 2);
        assert_eq!(indent_of("Program"), 0);
    }
}
