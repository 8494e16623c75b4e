//! Reading a monthly table: one indicator per row, its months as periods.

use crate::forms::rencana_aksi::{anggaran_at, polarity_at};
use crate::layout::monthly::months_in_row;
use crate::layout::{is_numbering_row, Level, Table};
use crate::model::*;
use crate::read::Sheet;
use crate::value::Value;

const NAME_LEVELS: [(Level, &str); 3] = [
    (Level::Sasaran, "sasaran"),
    (Level::Program, "program"),
    (Level::Kegiatan, "kegiatan"),
];

pub(super) fn rows(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let col = |k: &str| table.qcols.get(k).copied();
    // the columns learn their separators from every value they hold
    let figure_cols: Vec<u32> = table
        .qcols
        .iter()
        .filter(|(k, _)| {
            k.starts_with("bulan") || matches!(k.as_str(), "target" | "realisasi" | "capaian")
        })
        .map(|(_, c)| *c)
        .collect();
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &figure_cols);
    let fig = |r: u32, c: Option<u32>, unit: Option<String>| -> Option<Figure> {
        let c = c?;
        let value = sheet.get(r, c).map(cell_value).unwrap_or(Value::Empty);
        Some(make_figure_from(sheet, r, c, &value, unit, uses.get(&c)))
    };
    let name_cols: Vec<(Level, u32)> = NAME_LEVELS
        .iter()
        .filter_map(|(l, k)| Some((*l, col(k)?)))
        .collect();
    let mut names: Vec<(Level, String)> = Vec::new();
    let mut out = Vec::new();
    // names written in a `Sub Indikator` column beside the names' instead
    let sub_col = col(crate::layout::SUB_NAME);
    for r in table.first_row..=table.last_row {
        // a month label row (a header repeated on a new page) and a numbering row are never
        // data
        if months_in_row(sheet, r).len() >= 3 || is_numbering_row(sheet, r) {
            continue;
        }
        for &(level, c) in &name_cols {
            if let Some(t) = cell_text(sheet, r, Some(c)) {
                // a new program starts over its kegiatan
                names.retain(|(l, _)| level_rank(*l) < level_rank(level));
                names.push((level, name_and_budget(&t).0));
            }
        }
        // the name in the names' column, or else in the `Sub Indikator` column beside it
        let (nama, ind_col) = match (cell_text(sheet, r, col("indikator")), sub_col) {
            (Some(n), _) => (n, col("indikator").unwrap_or(0)),
            (None, Some(c)) => match cell_text(sheet, r, Some(c)) {
                Some(sub) => {
                    let named =
                        super::super::sub_names::named(sheet, r, col("indikator"), c, sub.into());
                    (named.to_string(), c)
                }
                None => continue,
            },
            (None, None) => continue,
        };
        // an indicator on two rows (`Target`, then `Realisasi`): read from the target row,
        // its realisasi from the next; the realisasi row is not read again
        let pair = match col("baris") {
            Some(bc) => {
                let kind = |row: u32| {
                    cell_text(sheet, row, Some(bc)).and_then(|t| super::detect::row_kind(&t))
                };
                match kind(r) {
                    Some(super::detect::Field::Target) => (r + 1..=(r + 3).min(table.last_row))
                        .find(|rr| kind(*rr) == Some(super::detect::Field::Realisasi)),
                    Some(_) => continue,
                    None => None,
                }
            }
            None => None,
        };
        let unit = cell_text(sheet, r, col("satuan"));
        let quarters: Vec<Triwulan> = (1..=12u8)
            .filter_map(|m| {
                let key = |f: &str| col(&format!("bulan{m}_{f}"));
                let p = match pair {
                    Some(rr) => {
                        let month = key("realisasi").or(key("target"));
                        Triwulan {
                            q: m,
                            target: fig(r, month, unit.clone()),
                            realisasi: fig(rr, month, unit.clone()),
                            capaian: fig(rr, key("capaian"), None),
                        }
                    }
                    None => Triwulan {
                        q: m,
                        target: fig(r, key("target"), unit.clone()),
                        realisasi: fig(r, key("realisasi"), unit.clone()),
                        capaian: fig(r, key("capaian"), None),
                    },
                };
                let any = p.row().is_some();
                any.then_some(p)
            })
            .collect();
        let (annual, realisasi_tahunan) = match pair {
            Some(rr) => {
                let year = col("tahun").or(col("target")).or(col("realisasi"));
                (fig(r, year, unit.clone()), fig(rr, year, unit.clone()))
            }
            None => (
                fig(r, col("target"), unit.clone()),
                fig(r, col("realisasi"), unit.clone()),
            ),
        };
        let row_of_year = pair.unwrap_or(r);
        let blank = |f: &Option<Figure>| f.as_ref().is_none_or(|f| f.reading.is_blank());
        if blank(&annual)
            && blank(&realisasi_tahunan)
            && quarters
                .iter()
                .all(|p| p.figures().all(|f| f.reading.is_blank()))
        {
            continue;
        }
        let (level, induk) = match names.last() {
            Some((l, n)) => (Some(*l), Some(n.clone())),
            None => (None, None),
        };
        let nama_cell = sheet
            .merge_at(r, ind_col)
            .map(|m| (m.first_row, m.first_col))
            .unwrap_or((r, ind_col));
        let polaritas = polarity_at(sheet, r, col("polaritas"), &nama);
        let annual = annual.map(|t| crate::model::bounded(t, polaritas));
        let capaian_tahunan = fig(row_of_year, col("capaian"), None);
        // how the year is made of the months: as a column of the table says, else as the
        // row's own % formula takes it (`=SUM(E22:P22)/D22*100`: their sum), unless the row
        // measures a level (a percentage's months never add up: such a formula is the slip)
        let cumulative = cell_text(sheet, r, col(super::detect::ACCRUAL))
            .and_then(|t| super::detect::accrual(&t))
            .or_else(|| {
                if crate::model::measures_a_level(&nama, unit.as_deref()) {
                    return None;
                }
                let formula = capaian_tahunan.as_ref()?.formula.as_deref()?;
                sums_the_months(formula, &quarters).then_some(false)
            });
        out.push(IndikatorTw {
            sheet: sheet.name.as_str().into(),
            level,
            block_row: r,
            induk,
            nama,
            nama_cell,
            annual,
            quarters,
            anggaran: anggaran_at(sheet, r, col("anggaran"))
                .or_else(|| pair.and_then(|rr| anggaran_at(sheet, rr, col("anggaran")))),
            unit_kerja: None,
            satuan: unit.clone(),
            name_in_sasaran_col: false,
            polaritas,
            period: PeriodKind::Month,
            realisasi_tahunan: realisasi_tahunan.map(Box::new),
            capaian_tahunan: capaian_tahunan.map(Box::new),
            cumulative,
        });
    }
    out
}

/// Whether a formula adds up, in a `SUM(…)` of its own, two or more of the months'
/// realisasi cells and nothing else (`=SUM(E22:P22)/D22*100`, `=(2*D24-SUM(E24:P24))/D24*100`):
/// the writer's word that the year is the months' sum. An `AVERAGE`, a last month alone or
/// cells of other rows say nothing of it.
fn sums_the_months(formula: &str, months: &[Triwulan]) -> bool {
    let upper = formula.to_ascii_uppercase();
    let Some(at) = upper.find("SUM(") else {
        return false;
    };
    // the call's own text, to its closing bracket
    let mut depth = 0usize;
    let mut end = None;
    for (i, ch) in upper[at + 3..].char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    end = Some(at + 3 + i + 1);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(call) = end.and_then(|e| upper.get(at..e)) else {
        return false;
    };
    let cells: Vec<(u32, u32)> = months
        .iter()
        .filter_map(|m| m.realisasi.as_ref().map(|f| (f.row, f.col)))
        .collect();
    crate::formula::added_cells(call)
        .is_some_and(|added| added.len() >= 2 && added.iter().all(|c| cells.contains(c)))
}

fn level_rank(l: Level) -> u8 {
    match l {
        Level::Sasaran => 0,
        Level::Program => 1,
        Level::Kegiatan => 2,
        Level::SubKegiatan => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Months of one row (row 21, columns E..P: 4..=15) holding realisasi cells.
    fn months() -> Vec<Triwulan> {
        (4..=15u32)
            .map(|col| Triwulan {
                q: (col - 3) as u8,
                target: None,
                realisasi: Some(Figure {
                    row: 21,
                    col,
                    shown: "1".into(),
                    format: Default::default(),
                    formula: None,
                    typed: false,
                    format_unknown: false,
                    reading: Reading::Blank,
                }),
                capaian: None,
            })
            .collect()
    }

    #[test]
    fn a_percent_formula_summing_the_months_says_the_year_is_their_sum() {
        let m = months();
        for f in [
            "=SUM(E22:P22)/D22*100",
            "=(2*D22-SUM(E22:P22))/D22*100",
            "=sum(E22,F22,G22)/D22*100",
        ] {
            assert!(sums_the_months(f, &m), "{f}");
        }
        // the last month, an average, cells of another row or beyond the months: nothing said
        for f in [
            "=P22/D22*100",
            "=AVERAGE(E22:P22)/D22*100",
            "=SUM(E23:P23)/D22*100",
            "=SUM(D22:P22)/D22*100",
            "=SUM(E22)/D22*100",
        ] {
            assert!(!sums_the_months(f, &m), "{f}");
        }
    }
}
