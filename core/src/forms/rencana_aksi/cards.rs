//! The Rencana Aksi written as cards, one per indicator (a "Rencana Aksi per Indikator
//! Kinerja"): the indicator's name on a labelled line, its unit and its year's target on
//! lines of their own, then a small table of its quarters:
//!
//! ```text
//! IK-1 | Indikator Kinerja | :      | Persentase sampel yang sesuai standar mutu
//!      | Satuan            | :      | %         | Target Tahunan | 92
//!      | Triwulan          | Target | Realisasi | % Capaian
//!      | TW I              | 92     | 93,2      | =D8/C8
//!      | …                 |        |           |
//!      | TW IV             | 92     | 93,9      | =D11/C11
//! ```
//!
//! A sheet is read so when the blocks of rows find no table and two cards or more are
//! found: an `Indikator` label with a name of two words or more right of it, and under it,
//! within a few lines, a line labelling a column of periods (`Triwulan`, `Periode`) beside a
//! Target and a Realisasi label, over the lines of two quarters or more. A line after the
//! quarters that totals the year (`Jumlah`, `Tahunan`) gives the year's realisasi; without
//! one, the year's is worked out of the quarters as for any Rencana Aksi.

use crate::forms::pengukuran_kinerja::card::{
    label_role, line_pairs, periods_across, periods_label, sasaran_line, value_col,
};
use crate::layout::{Role, Table, TableKind};
use crate::model::*;
use crate::read::{Raw, Sheet};
use crate::text;

pub(super) use crate::layout::quarterly::CARDS;

/// The most lines from a card's name to the labels of its periods.
const SPAN: u32 = 6;

/// The columns of a card's table of periods.
#[derive(Clone, Copy)]
struct PeriodCols {
    period: u32,
    target: u32,
    realisasi: u32,
    capaian: Option<u32>,
}

/// One card: where its name is, its labelled lines, and its periods.
struct Card {
    /// the column of its `Indikator` label
    label: u32,
    /// the name's cell
    name: (u32, u32),
    /// each labelled line's role, row and value column, between the name and the periods
    lines: Vec<(Role, u32, u32)>,
    periods: Periods,
}

/// A card's periods: a small table of them down the rows, or a line of them across.
enum Periods {
    Down {
        cols: PeriodCols,
        /// each quarter's line and quarter
        quarters: Vec<(u32, u8)>,
        /// the line totalling the year after the quarters
        year: Option<u32>,
    },
    Across(Across),
}

/// A card's periods written across: `Bulan | Jan | … | Des` over a `Realisasi` line (and a
/// `Target` or a `Capaian` one), each value under its period.
struct Across {
    kind: PeriodKind,
    /// each period's column and number
    periods: Vec<(u32, u8)>,
    /// the column totalling the year after the periods
    total: Option<u32>,
    target: Option<u32>,
    realisasi: u32,
    capaian: Option<u32>,
}

impl Card {
    fn last_row(&self) -> u32 {
        match &self.periods {
            Periods::Down { quarters, year, .. } => year
                .or_else(|| quarters.last().map(|q| q.0))
                .unwrap_or(self.name.0),
            Periods::Across(a) => a
                .realisasi
                .max(a.target.unwrap_or(0))
                .max(a.capaian.unwrap_or(0)),
        }
    }

    /// The value column and row of its first line labelled `role`.
    fn line(&self, role: Role) -> Option<(u32, u32)> {
        self.lines
            .iter()
            .find(|(r, _, _)| *r == role)
            .map(|(_, row, col)| (*row, *col))
    }
}

/// The lines of figures under a line of periods written across at `row` (`Target`,
/// `Realisasi`, `Capaian` in the label column `col`, each once, a Realisasi at least).
fn across_at(sheet: &Sheet, row: u32, col: u32) -> Option<Across> {
    let crate::forms::pengukuran_kinerja::card::PeriodsAcross {
        kind,
        periods,
        total,
    } = periods_across(sheet, row, col)?;
    let (mut target, mut realisasi, mut capaian) = (None, None, None);
    for r in row.checked_add(1)?..=row.saturating_add(3) {
        match label_role(sheet, r, col) {
            Some(Role::Target) if target.is_none() => target = Some(r),
            Some(Role::Realisasi) if realisasi.is_none() => realisasi = Some(r),
            Some(Role::Capaian) if capaian.is_none() => capaian = Some(r),
            // a second Realisasi, the year's (`Realisasi 2022`): the annual card's
            Some(Role::Realisasi) => return None,
            _ => break,
        }
    }
    Some(Across {
        kind,
        periods,
        total,
        target,
        realisasi: realisasi?,
        capaian,
    })
}

/// The labels of a card's periods on `row`, right of `from`: a label of a column of periods
/// (`Triwulan`) and right of it a Target and a Realisasi label (and a Capaian one).
fn period_cols(sheet: &Sheet, row: u32, from: u32) -> Option<PeriodCols> {
    let cells = sheet.row(row);
    let period = cells
        .iter()
        .find(|c| c.col >= from && periods_label(sheet, row, c.col))?
        .col;
    let (mut target, mut realisasi, mut capaian) = (None, None, None);
    for c in cells.iter().filter(|c| c.col > period) {
        match label_role(sheet, row, c.col) {
            Some(Role::Target) => target = target.or(Some(c.col)),
            Some(Role::Realisasi) => realisasi = realisasi.or(Some(c.col)),
            Some(Role::Capaian) => capaian = capaian.or(Some(c.col)),
            _ => {}
        }
    }
    Some(PeriodCols {
        period,
        target: target?,
        realisasi: realisasi?,
        capaian,
    })
}

/// Whether a text may be an `Indikator` label: short, and holding the word, or the short
/// name of the main one as a word (`IKU`), or its long name's `kinerja utama`.
fn may_label_indicator(t: &str) -> bool {
    let holds = |w: &[u8]| {
        t.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w))
    };
    t.len() <= 40
        && (holds(b"indikator")
            || holds(b"kinerja utama")
            || t.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("iku")))
}

/// Whether a name is a code alone (`IKM`, `SPM`): one word of two to eight capitals and
/// digits, two letters at least.
fn names_by_code(t: &str) -> bool {
    let t = t.trim();
    (2..=8).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && t.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// The card whose `Indikator` label stands at (`row`, `col`), if one does.
fn card_at(sheet: &Sheet, row: u32, col: u32) -> Option<Card> {
    match &sheet.get(row, col)?.value {
        Raw::Text(t) if may_label_indicator(t) => {}
        _ => return None,
    }
    if label_role(sheet, row, col) != Some(Role::Indikator) {
        return None;
    }
    let name_col = value_col(sheet, row, col, u32::MAX)?;
    match &sheet.get(row, name_col)?.value {
        Raw::Text(t) if text::lettered_words(t) >= 2 || names_by_code(t) => {}
        _ => return None,
    }
    let mut lines = Vec::new();
    let mut found = None;
    for r in row.checked_add(1)?..=row.saturating_add(SPAN) {
        if let Some(cols) = period_cols(sheet, r, col) {
            found = Some((r, cols));
            break;
        }
        if let Some(across) = across_at(sheet, r, col) {
            return Some(Card {
                label: col,
                name: (row, name_col),
                lines,
                periods: Periods::Across(across),
            });
        }
        // the next card before any periods
        if label_role(sheet, r, col) == Some(Role::Indikator) {
            return None;
        }
        lines.extend(
            line_pairs(sheet, r, col, u32::MAX)
                .into_iter()
                .map(|(role, _, value)| (role, r, value)),
        );
    }
    let (header, cols) = found?;
    let mut quarters: Vec<(u32, u8)> = Vec::new();
    let mut year = None;
    for r in header.saturating_add(1)..=header.saturating_add(6) {
        let Some(Raw::Text(t)) = sheet.get_shown(r, cols.period).map(|c| &c.value) else {
            break;
        };
        match crate::layout::quarterly::period(t) {
            Some(q @ 1..=4) if quarters.last().is_none_or(|(_, p)| *p < q) => quarters.push((r, q)),
            p => {
                let l = text::label(t);
                let totals = p == Some(0)
                    || matches!(l.as_str(), "jumlah" | "total" | "tahunan" | "setahun")
                    || l.starts_with("tahun");
                if totals && quarters.len() >= 2 {
                    year = Some(r);
                }
                break;
            }
        }
    }
    (quarters.len() >= 2).then_some(Card {
        label: col,
        name: (row, name_col),
        lines,
        periods: Periods::Down {
            cols,
            quarters,
            year,
        },
    })
}

/// The cards of a sheet, in the label column most of them share.
fn cards(sheet: &Sheet, rows: std::ops::RangeInclusive<u32>, col: Option<u32>) -> Vec<Card> {
    let found: Vec<Card> = sheet
        .cells
        .iter()
        .filter(|c| rows.contains(&c.row) && col.is_none_or(|col| c.col == col))
        .filter(|c| matches!(&c.value, Raw::Text(t) if may_label_indicator(t)))
        .filter_map(|c| card_at(sheet, c.row, c.col))
        .collect();
    let Some(col) = col.or_else(|| {
        let mut by_col: std::collections::BTreeMap<u32, usize> = Default::default();
        for c in &found {
            *by_col.entry(c.label).or_default() += 1;
        }
        by_col
            .into_iter()
            .max_by_key(|(c, n)| (*n, u32::MAX - c))
            .map(|x| x.0)
    }) else {
        return Vec::new();
    };
    found.into_iter().filter(|c| c.label == col).collect()
}

/// The cards of a sheet as one quarterly table, where it holds two or more.
pub(super) fn table(sheet: &Sheet) -> Option<Table> {
    let rows = 0..=sheet.last_row()?;
    let found = cards(sheet, rows, None);
    if found.len() < 2 {
        return None;
    }
    let first = found.first()?;
    let label = first.label;
    let mut columns = std::collections::BTreeMap::new();
    columns.insert(Role::Indikator, first.name.1);
    let mut qcols = std::collections::BTreeMap::new();
    qcols.insert(CARDS.to_string(), label);
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Quarterly,
        header_rows: vec![first.name.0],
        numbering_row: None,
        first_row: first.name.0,
        last_row: found.iter().map(Card::last_row).max()?,
        columns,
        qcols,
        header_year: None,
        from_mapping: false,
        eval: None,
    })
}

/// Reads the cards of a table [`table`] found into quarterly indicators.
pub(super) fn read(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let Some(&label) = table.qcols.get(CARDS) else {
        return Vec::new();
    };
    let found = cards(sheet, table.first_row..=table.last_row, Some(label));
    let sheet_name: std::sync::Arc<str> = sheet.name.as_str().into();
    let fig = |row: u32, col: u32| figure_in_cell(sheet, row, col, None, None);
    let mut out = Vec::with_capacity(found.len());
    let mut sasaran: Option<String> = None;
    let mut from = table.first_row;
    for card in found {
        // a `Sasaran … : <text>` line before the card names the sasaran of those after it
        for r in from..card.name.0 {
            if let Some(s) = sasaran_line(sheet, r) {
                sasaran = Some(s.to_string());
            }
        }
        from = card.last_row().saturating_add(1);
        let (row, col) = card.name;
        let Some(nama) = cell_text(sheet, row, Some(col)) else {
            continue;
        };
        let polaritas = crate::forms::rencana_aksi::polarity_at(sheet, row, None, &nama);
        let satuan = card
            .line(Role::Satuan)
            .and_then(|(r, c)| cell_text(sheet, r, Some(c)));
        let target_line = card.line(Role::Target).map(|(r, c)| fig(r, c));
        let (annual, quarters, period, realisasi_tahunan, capaian_tahunan) = match &card.periods {
            Periods::Down {
                cols,
                quarters,
                year,
            } => {
                let year_fig = |c: u32| year.map(|r| fig(r, c)).filter(|f| !f.reading.is_blank());
                let quarters: Vec<Triwulan> = quarters
                    .iter()
                    .map(|&(r, q)| Triwulan {
                        q,
                        target: Some(fig(r, cols.target)),
                        realisasi: Some(fig(r, cols.realisasi)),
                        capaian: cols.capaian.map(|c| fig(r, c)),
                    })
                    .collect();
                (
                    target_line.or_else(|| year_fig(cols.target)),
                    quarters,
                    PeriodKind::Quarter,
                    year_fig(cols.realisasi),
                    cols.capaian.and_then(year_fig),
                )
            }
            Periods::Across(a) => {
                let total = |r: u32| a.total.map(|c| fig(r, c)).filter(|f| !f.reading.is_blank());
                let quarters: Vec<Triwulan> = a
                    .periods
                    .iter()
                    .map(|&(c, q)| Triwulan {
                        q,
                        target: a.target.map(|r| fig(r, c)),
                        realisasi: Some(fig(a.realisasi, c)),
                        capaian: a.capaian.map(|r| fig(r, c)),
                    })
                    .collect();
                (
                    target_line.or_else(|| a.target.and_then(total)),
                    quarters,
                    a.kind,
                    total(a.realisasi),
                    a.capaian.and_then(total),
                )
            }
        };
        let annual = annual.map(|t| bounded(t, polaritas));
        out.push(IndikatorTw {
            sheet: sheet_name.clone(),
            level: None,
            block_row: row,
            induk: sasaran.clone(),
            nama,
            nama_cell: sheet
                .merge_at(row, col)
                .map_or((row, col), |m| (m.first_row, m.first_col)),
            annual,
            quarters,
            anggaran: None,
            unit_kerja: None,
            satuan,
            name_in_sasaran_col: false,
            polaritas,
            period,
            realisasi_tahunan: realisasi_tahunan.map(Box::new),
            cumulative: None,
            capaian_tahunan: capaian_tahunan.map(Box::new),
        });
    }
    out
}
