//! How rows sit in the table: shifted rows, names in the wrong column, duplicates, and a
//! unit unlike the name (S301..S304); across the sheets of a workbook, a target unlike the
//! Perjanjian Kinerja's (S305).

pub mod s301;
pub mod s302;
pub mod s303;
pub mod s304;
pub mod s305;

use super::Finding;
use crate::model::Figure;

use crate::msg;
use crate::text;
use crate::value;

crate::texts! {
    RIGHT = "structure.right",
        "kanan",
        "right";
    LEFT = "structure.left",
        "kiri",
        "left";
}

/// What compares the sheets of a workbook with each other (S305).
pub fn across_sheets(sheets: &[crate::model::SheetModel], out: &mut Vec<Finding>) {
    s305::check(sheets, out);
}

pub fn check(cx: &super::RuleContext, out: &mut Vec<Finding>) {
    let sm = cx.model;
    // names by their normalized hash; a hit is confirmed on the text itself
    let mut seen: rustc_hash::FxHashMap<(usize, u64), (u32, &str)> = Default::default();
    // rows whose form checks them by its own rules (the evaluation form repeats a name at
    // every level, and its columns are its rules')
    for ind in sm.indikator.iter().filter(|i| !i.form_checked) {
        if ind.shift != 0 {
            let dir = if ind.shift > 0 {
                msg!(RIGHT)
            } else {
                msg!(LEFT)
            };
            out.push(s301::finding(&sm.name, ind, &dir));
        }
        if ind.name_in_sasaran_col {
            out.push(s302::finding(&sm.name, &ind.nama, ind.nama_cell));
        }
        let percentage_name = names_percentage(&ind.nama);
        let key = (ind.table, text::norm_hash(&ind.nama));
        let duplicate = seen
            .get(&key)
            .filter(|(_, first)| text::norm(first) == text::norm(&ind.nama))
            .map(|(row, _)| *row);
        if let Some(first_row) = duplicate {
            out.push(s303::finding(&sm.name, ind, first_row));
        } else {
            seen.entry(key).or_insert((ind.row, &*ind.nama));
        }
        if percentage_name {
            percentage_in_count(&sm.name, &ind.nama, ind.target.as_ref(), None, out);
        }
    }
    // the quarterly tables' indicators, by their annual target and Satuan; a name written
    // twice where each row is one indicator (quarters side by side: blocks repeat their
    // sasaran's indicator by design)
    let mut seen_tw: rustc_hash::FxHashMap<u64, (u32, &str)> = Default::default();
    for ind in &sm.triwulan {
        // a programme's budget line ("Realisasi Anggaran" beside each programme) repeats by
        // design
        if ind.level.is_none()
            && ind.period != crate::model::PeriodKind::Month
            && !text::names_a_budget_only(&ind.nama)
        {
            let key = text::norm_hash(&ind.nama);
            match seen_tw.get(&key) {
                Some((row, first)) if text::norm(first) == text::norm(&ind.nama) => {
                    out.push(s303::finding_at(&sm.name, &ind.nama, ind.nama_cell, *row));
                }
                Some(_) => {}
                None => {
                    seen_tw.insert(key, (ind.block_row, &ind.nama));
                }
            }
        }
        if ind.name_in_sasaran_col {
            out.push(s302::finding(&sm.name, &ind.nama, ind.nama_cell));
        }
        if names_percentage(&ind.nama) {
            let satuan = ind.satuan.as_deref();
            percentage_in_count(&sm.name, &ind.nama, ind.annual.as_ref(), satuan, out);
        }
    }
}

/// Whether an indicator's name says it is a percentage ("Persentase ...").
fn names_percentage(nama: &str) -> bool {
    ["persentase", "prosentase", "persen"]
        .iter()
        .any(|p| text::norm_starts_with(nama, p))
}

/// S304 where an indicator named a percentage has its target in a count unit (the
/// target's own, or else the table's `satuan` for it).
fn percentage_in_count(
    sheet: &str,
    nama: &str,
    target: Option<&Figure>,
    satuan: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let Some(t) = target else {
        return;
    };
    let unit = t
        .reading
        .quantity()
        .filter(|q| !q.percent)
        .and_then(|q| q.unit.clone().or_else(|| satuan.map(Into::into)));
    if let Some(u) = unit {
        if value::is_count_unit(&u) {
            out.push(s304::finding(sheet, nama, t, &u));
        }
    }
}
