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
        let Some(nama) = cell_text(sheet, r, col("indikator")) else {
            continue;
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
        let ind_col = col("indikator").unwrap_or(0);
        let nama_cell = sheet
            .merge_at(r, ind_col)
            .map(|m| (m.first_row, m.first_col))
            .unwrap_or((r, ind_col));
        let polaritas = polarity_at(sheet, r, col("polaritas"), &nama);
        let annual = annual.map(|t| crate::model::bounded(t, polaritas));
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
            capaian_tahunan: fig(row_of_year, col("capaian"), None).map(Box::new),
            cumulative: cell_text(sheet, r, col(super::detect::ACCRUAL))
                .and_then(|t| super::detect::accrual(&t)),
        });
    }
    out
}

fn level_rank(l: Level) -> u8 {
    match l {
        Level::Sasaran => 0,
        Level::Program => 1,
        Level::Kegiatan => 2,
        Level::SubKegiatan => 3,
    }
}
