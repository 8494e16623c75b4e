//! Names on a band of their own: each indicator's name written on a row across the table
//! (`1.` | `Jml UTTP yg ditera ulang`, merged over the figure columns), its unit, target and
//! figures on the row below, the unit in the name's column (`unit` | `7.200` | `520` | …).
//! Read as any table is, each figure row is an indicator named by its unit; this joins the
//! two rows, for every form alike: the name from the band, the unit from the figure row.

use crate::model::SheetModel;
use crate::read::{Raw, Sheet};
use crate::value::unit::{adds_up, unit_canon};

/// Units of measure a figure row may be named by that count nothing (counts and amounts are
/// told by [`adds_up`]).
const MEASURES: [&str; 12] = [
    "%", "‰", "indeks", "nilai", "predikat", "skor", "poin", "rasio", "hari", "menit", "jam",
    "tahun",
];

/// Joins each figure row named by a unit to the band above it that names it, where a table
/// is so written: two such rows at least, at least half of them named by a known unit
/// ([`adds_up`], [`MEASURES`]), so that a short name under a group's title (`IKM` under a
/// sasaran written across) is not taken for a unit.
pub(crate) fn join(sheet: &Sheet, model: &mut SheetModel) {
    // a row with a unit of its own (`BOR | %` under `I. PELAYANAN RAWAT INAP`) is named by its
    // name cell, however short: no band names it
    let found = bands(
        sheet,
        model
            .indikator
            .iter()
            .map(|i| (&*i.nama, i.nama_cell, i.satuan.is_some())),
    );
    let found_tw = bands(
        sheet,
        model
            .triwulan
            .iter()
            .map(|t| (&*t.nama, t.nama_cell, t.satuan.is_some())),
    );
    let so_written = |found: &[(usize, Band)]| {
        let known = found.iter().filter(|(_, b)| b.unit_known).count();
        found.len() >= 2 && known * 2 >= found.len()
    };
    if so_written(&found) {
        let band_rows: Vec<u32> = found.iter().map(|(_, b)| b.row).collect();
        for (k, b) in found {
            let i = &mut model.indikator[k];
            if i.satuan.is_none() {
                i.satuan = Some(i.nama.trim().into());
            }
            i.nama = b.name.as_str().into();
            i.nama_cell = (b.row, b.col);
            if i.no.is_none() {
                i.no = b.no.map(Into::into);
            }
        }
        // a band read as an indicator of its own, with no figure
        model.indikator.retain(|i| {
            !band_rows.contains(&i.nama_cell.0)
                || i.target.is_some()
                || i.realisasi.is_some()
                || i.satuan.is_some()
        });
    }
    if so_written(&found_tw) {
        let band_rows: Vec<u32> = found_tw.iter().map(|(_, b)| b.row).collect();
        for (k, b) in found_tw {
            let t = &mut model.triwulan[k];
            if t.satuan.is_none() {
                t.satuan = Some(t.nama.trim().to_string());
            }
            t.nama = b.name;
            t.nama_cell = (b.row, b.col);
        }
        model
            .triwulan
            .retain(|t| !band_rows.contains(&t.nama_cell.0) || t.satuan.is_some());
    }
}

/// The bands above the entries (names, name cells and whether a unit of their own is written,
/// in the model's order) that have one, of those with no unit of their own: each entry's
/// index and its band.
fn bands<'a>(
    sheet: &Sheet,
    entries: impl Iterator<Item = (&'a str, (u32, u32), bool)>,
) -> Vec<(usize, Band)> {
    entries
        .enumerate()
        .filter(|(_, (_, _, own_unit))| !own_unit)
        .filter_map(|(k, (name, cell, _))| band_of(sheet, name, cell).map(|b| (k, b)))
        .collect()
}

/// The band naming a figure row.
struct Band {
    row: u32,
    col: u32,
    name: String,
    /// the band's number (`1.`), left of its name
    no: Option<String>,
    /// the figure row's name is a unit rakit knows
    unit_known: bool,
}

/// The band above a figure row named `name` at `(row, col)`, where the name is one word of
/// twelve characters at most, as a unit is (`unit`, `nozzle`, `%`, `Rp`), and the row above
/// holds a longer text in the name's column (or a merge over it) and nothing right of it.
fn band_of(sheet: &Sheet, name: &str, (row, col): (u32, u32)) -> Option<Band> {
    let unit = name.trim();
    if unit.is_empty() || unit.chars().count() > 12 || unit.split_whitespace().count() > 1 {
        return None;
    }
    let above = row.checked_sub(1)?;
    let start = sheet.merge_at(above, col).map_or(col, |m| m.first_col);
    let cells = sheet.row(above);
    let named = cells.iter().find(|c| c.col == start)?;
    let Raw::Text(text) = &named.value else {
        return None;
    };
    let text = text.trim();
    if text.split_whitespace().count() < 2 || text.chars().count() <= unit.chars().count() {
        return None;
    }
    // nothing right of the name: a band, not a row of figures
    if cells.iter().any(|c| c.col > start && !c.value.is_empty()) {
        return None;
    }
    let no = cells
        .iter()
        .filter(|c| c.col < start)
        .find_map(|c| match &c.value {
            Raw::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            Raw::Number(n) => Some(n.to_string()),
            _ => None,
        });
    let unit_known = adds_up(unit) || MEASURES.contains(&unit_canon(unit).as_str());
    Some(Band {
        row: above,
        col: start,
        name: text.to_string(),
        no,
        unit_known,
    })
}
