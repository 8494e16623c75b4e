//! Where a finding stands in people's terms: the indikator of its row, the sasaran,
//! program or kegiatan it belongs to, its level and quarter, read from the sheet models.

use serde::Serialize;

use crate::model::{Figure, SheetModel, Triwulan};
use crate::rules::{Finding, Level};

/// A finding's place as a staff member names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Place {
    /// the indikator's name as the sheet writes it
    pub indikator: Option<String>,
    /// the sasaran (annual tables) or the sasaran / program / kegiatan (Rencana Aksi) the
    /// indikator belongs to
    pub induk: Option<String>,
    pub level: Option<Level>,
    /// 1..=4
    pub quarter: Option<u8>,
    /// 1..=12, where the periods are months
    pub month: Option<u8>,
}

fn at(f: Option<&Figure>, row: u32, col: u32) -> bool {
    f.is_some_and(|f| f.row == row && f.col == col)
}

fn name(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The place of a finding among the sheet models of its workbook; an empty place when its
/// cell is not on an indikator's row (a header, a sheet-wide finding).
pub fn place_of<'m>(models: &'m [SheetModel], f: &Finding) -> Place {
    let mut place = Place {
        level: f.level,
        quarter: f.quarter,
        ..Place::default()
    };
    let Some(sm) = models.iter().find(|m| m.name == f.sheet) else {
        return place;
    };
    if let Some(ind) = sm.indikator.iter().find(|i| {
        i.row == f.row
            || [&i.target, &i.realisasi, &i.capaian]
                .iter()
                .any(|fig| fig.as_ref().is_some_and(|x| x.row == f.row))
    }) {
        place.indikator = name(&ind.nama);
        place.induk = ind.sasaran.as_deref().and_then(name);
        return place;
    }
    // a quarterly block: the figure's own cell first, then the row within the level's block
    let cell_of = |tw: &'m crate::model::IndikatorTw| -> Option<Option<&'m Triwulan>> {
        if tw.nama_cell == (f.row, f.col)
            || at(tw.annual.as_ref(), f.row, f.col)
            || at(tw.realisasi_tahunan.as_deref(), f.row, f.col)
            || at(tw.capaian_tahunan.as_deref(), f.row, f.col)
        {
            return Some(None);
        }
        tw.quarters.iter().find_map(|q| {
            q.figures()
                .any(|x| x.row == f.row && x.col == f.col)
                .then_some(Some(q))
        })
    };
    let in_block = |tw: &crate::model::IndikatorTw| -> bool {
        let last = tw
            .quarters
            .iter()
            .filter_map(Triwulan::row)
            .max()
            .unwrap_or(tw.block_row);
        (tw.block_row..=last).contains(&f.row) && (f.level.is_none() || f.level == tw.level)
    };
    let found = sm
        .triwulan
        .iter()
        .find_map(|tw| cell_of(tw).map(|q| (tw, q)))
        .or_else(|| {
            sm.triwulan.iter().find(|tw| in_block(tw)).map(|tw| {
                let q = tw.quarters.iter().find(|q| q.row() == Some(f.row));
                (tw, q)
            })
        });
    if let Some((tw, q)) = found {
        place.indikator = name(&tw.nama);
        place.induk = tw.induk.as_deref().and_then(name);
        place.level = place.level.or(tw.level);
        place.quarter = place.quarter.or(q.and_then(|q| tw.quarter_of(q)));
        place.month = q.and_then(|q| tw.month_of(q));
    }
    place
}
