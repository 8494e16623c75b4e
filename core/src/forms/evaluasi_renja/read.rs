//! Reading the rows of an evaluation table into indicators: each program, kegiatan and sub
//! kegiatan with its indicator, unit, the year's target (K and Rp), the year's realisasi (the
//! computed sum of the quarters, never a quarter), the year's capaian where the numbering has
//! one, and the Renstra period (final target, realisasi to date, capaian).
//!
//! The rows' computed columns are checked by the form's own rules (K1xx); the indicators are
//! marked [`Indikator::form_checked`] so the rules of the annual table do not judge them a
//! second time.

use std::collections::{BTreeMap, BTreeSet};

use crate::layout::{EvalColumns, Level, Role, Table};
use crate::model::{cell_value, make_figure_at, trimmed_text, Figure, Indikator, SheetModel};
use crate::read::Sheet;
use crate::text;

/// Reads the table's rows into the sheet's model.
pub fn read(sheet: &Sheet, table: &Table, index: usize, into: &mut SheetModel) {
    let Some(ev) = table.eval.as_deref() else {
        return;
    };
    let text_at = |row: u32, col: Option<u32>| -> Option<String> {
        trimmed_text(sheet.get_shown(row, col?)?)
    };
    let levels = structure_levels(sheet, table, ev);
    let mut sasaran: Option<String> = None;
    let mut induk: Option<(String, Option<Level>)> = None;
    let header = crate::layout::HeaderTexts::of(sheet, &table.header_rows);
    for row in table.first_row..=table.last_row {
        // the header again on a new page, with its numbering row, is no data
        if header.repeated_at(sheet, row)
            || table.numbering_row.is_some() && crate::layout::is_numbering_row(sheet, row)
        {
            continue;
        }
        if let Some(s) = text_at(row, table.col(Role::Sasaran)).filter(|s| !is_label_line(s)) {
            sasaran = Some(s);
        }
        let name = text_at(row, ev.program_col).filter(|t| looks_like_text(t));
        let indicator = text_at(row, table.col(Role::Indikator)).filter(|t| looks_like_text(t));
        if let Some(n) = &name {
            let before = induk.as_ref().and_then(|(_, l)| *l);
            let level = level_of(n, text_at(row, table.col(Role::No)).as_deref())
                .or_else(|| levels.get(&row).copied())
                // a program's first row below is a kegiatan, a kegiatan's a sub kegiatan
                .or(match before {
                    Some(Level::Program) => Some(Level::Kegiatan),
                    Some(Level::Kegiatan | Level::SubKegiatan) => Some(Level::SubKegiatan),
                    _ => None,
                });
            induk = Some((n.clone(), level));
        }
        let (nama, nama_col) = match (&indicator, &name) {
            (Some(i), _) => (i.clone(), table.col(Role::Indikator)),
            (None, Some(n)) => (n.clone(), ev.program_col),
            (None, None) => continue,
        };
        let satuan = text_at(row, table.col(Role::Satuan));
        let figure = |n: Option<u32>, money: bool| -> Option<Figure> {
            let c = ev.numbers.get(&n?)?;
            let col = if money { c.rp? } else { c.k? };
            let cell = sheet.get(row, col);
            let value = cell.map(cell_value).unwrap_or(crate::value::Value::Empty);
            let unit = if money { None } else { satuan.clone() };
            Some(make_figure_at(sheet, cell, row, col, &value, unit, None))
        };
        let r = &ev.roles;
        let polaritas =
            crate::model::polarity(text_at(row, table.col(Role::Polaritas)).as_deref(), &nama);
        into.indikator.push(Indikator {
            sheet: sheet.name.as_str().into(),
            table: index,
            row,
            no: text_at(row, table.col(Role::No)).map(Into::into),
            sasaran: sasaran.as_deref().map(Into::into),
            nama: nama.into(),
            nama_cell: (row, nama_col.unwrap_or(0)),
            satuan: satuan.as_deref().map(Into::into),
            polaritas,
            // a target written as a bound or a range (`≥ 90`, `85-90`): its edge, as the
            // annual tables read it
            target: figure(r.target, false).map(|t| crate::model::bounded(t, polaritas)),
            realisasi: figure(r.realisasi, false),
            capaian: figure(r.capaian, false),
            capaian_lalu: None,
            target_akhir: figure(r.target_renstra, false)
                .map(|t| Box::new(crate::model::bounded(t, polaritas))),
            capaian_akhir: figure(r.capaian_renstra, false).map(Box::new),
            shift: 0,
            name_in_sasaran_col: false,
            level: induk.as_ref().and_then(|(_, l)| *l),
            realisasi_akhir: figure(r.realisasi_renstra, false).map(Box::new),
            anggaran_target: figure(r.target, true).map(Box::new),
            anggaran_realisasi: figure(r.realisasi, true).map(Box::new),
            induk: induk.as_ref().map(|(n, _)| n.clone()),
            form_checked: true,
            period: None,
            part: false,
        });
        if let Some(i) = into.indikator.last_mut() {
            i.settle_by_stated();
        }
    }
}

/// A line of the title block inside the table (`Perangkat Daerah : Dinas Kesehatan`), not
/// a sasaran.
fn is_label_line(t: &str) -> bool {
    let n = text::norm(t);
    n.contains(':')
        && ["perangkat daerah", "opd", "skpd", "unit kerja", "urusan"]
            .iter()
            .any(|k| n.starts_with(k))
}

/// A name, not a number or a dash.
fn looks_like_text(t: &str) -> bool {
    t.chars().filter(|c| c.is_alphabetic()).take(3).count() >= 3
}

/// The level a name or its code says: `Program ...`, `Kegiatan ...`, `Sub Kegiatan ...`, or
/// a Permendagri 90 code (`1.02.01` a program, `1.02.01.2.01` a kegiatan,
/// `1.02.01.2.01.0001` a sub kegiatan).
fn level_of(name: &str, no: Option<&str>) -> Option<Level> {
    let n = text::norm(name);
    if n.starts_with("sub kegiatan") || n.starts_with("subkegiatan") {
        return Some(Level::SubKegiatan);
    }
    if n.starts_with("kegiatan") {
        return Some(Level::Kegiatan);
    }
    if n.starts_with("program") {
        return Some(Level::Program);
    }
    let code = |s: &str| -> Option<Level> {
        let first = s.split_whitespace().next()?;
        let parts: Vec<&str> = first.trim_end_matches('.').split('.').collect();
        if parts.len() < 3
            || !parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_digit() || c == 'X' || c == 'x')
            })
        {
            return None;
        }
        match parts.len() {
            3 => Some(Level::Program),
            5 => Some(Level::Kegiatan),
            6 => Some(Level::SubKegiatan),
            _ => None,
        }
    };
    no.and_then(code).or_else(|| code(name))
}

/// Levels from the sums of the Rp columns: a row that adds rows of parents is a program, a
/// row that adds other rows is a kegiatan, a row a kegiatan adds is a sub kegiatan.
fn structure_levels(sheet: &Sheet, table: &Table, ev: &EvalColumns) -> BTreeMap<u32, Level> {
    let money: BTreeSet<u32> = ev.numbers.values().filter_map(|c| c.rp).collect();
    let mut children: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    for row in table.first_row..=table.last_row {
        for cell in sheet.row(row).iter().filter(|c| money.contains(&c.col)) {
            let Some(f) = cell.formula.as_deref() else {
                continue;
            };
            let refs = crate::formula::references(f);
            let below: Vec<u32> = refs
                .iter()
                .filter(|r| r.sheet.is_none() && r.col == cell.col && r.row > row)
                .map(|r| r.row)
                .collect();
            if below.is_empty() {
                continue;
            }
            let set = children.entry(row).or_default();
            if f.contains(':') {
                let (lo, hi) = (below.iter().min(), below.iter().max());
                if let (Some(lo), Some(hi)) = (lo, hi) {
                    set.extend(*lo..=*hi);
                }
            } else {
                set.extend(below);
            }
        }
    }
    let mut out = BTreeMap::new();
    for (row, kids) in &children {
        let level = if kids.iter().any(|k| children.contains_key(k)) {
            Level::Program
        } else {
            Level::Kegiatan
        };
        out.insert(*row, level);
    }
    for (row, kids) in &children {
        if out.get(row) == Some(&Level::Kegiatan) {
            for k in kids {
                out.entry(*k).or_insert(Level::SubKegiatan);
            }
        }
    }
    out
}
