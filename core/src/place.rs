//! Where a finding stands in people's terms: the indikator of its row, the sasaran,
//! program or kegiatan it belongs to, its level and quarter, read from the sheet models.

use serde::Serialize;

use rustc_hash::FxHashMap;

use crate::model::{SheetModel, Triwulan};
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
    /// 1 or 2, where the periods are half years
    pub semester: Option<u8>,
    /// 1..=12, where the periods are months
    pub month: Option<u8>,
}

fn name(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The place of a finding among the sheet models of its workbook; an empty place when its
/// cell is not on an indikator's row (a header, a sheet-wide finding). For the places of
/// many findings of one workbook, [`Places`] finds each without going through the rows
/// again.
pub fn place_of(models: &[SheetModel], f: &Finding) -> Place {
    Places::new(models).of(f)
}

/// The places of the findings of one workbook. Each sheet's rows are indexed the first time
/// one of its findings is asked for, so that a table of 50,000 rows with thousands of
/// findings is gone through once, not once per finding. Gives what a search of the rows in
/// their order gives: the first indikator of a row, the first quarterly block of a cell.
pub struct Places<'m> {
    models: &'m [SheetModel],
    /// per model, its rows and cells, once asked for
    index: Vec<std::cell::OnceCell<SheetIndex>>,
}

/// Where the rows and cells of one sheet model lead.
#[derive(Default)]
struct SheetIndex {
    /// a row to the first indikator with its name or one of its figures on it
    rows: FxHashMap<u32, usize>,
    /// a row to the others named in another column (tables side by side), where there are
    rows_beside: FxHashMap<u32, Vec<usize>>,
    /// a cell to the first quarterly block naming it: the block's own cells (name, annual
    /// target, the year's realisasi and %), else the first period with a figure there
    cells: FxHashMap<(u32, u32), (usize, Option<usize>)>,
}

impl SheetIndex {
    fn of(sm: &SheetModel) -> SheetIndex {
        let mut ix = SheetIndex::default();
        for (n, i) in sm.indikator.iter().enumerate() {
            let figures = [&i.target, &i.realisasi, &i.capaian];
            for row in std::iter::once(i.row)
                .chain(figures.iter().filter_map(|f| f.as_ref().map(|f| f.row)))
            {
                let first = *ix.rows.entry(row).or_insert(n);
                let beside = sm.indikator[first].nama_cell.1 != i.nama_cell.1;
                if beside {
                    let more = ix.rows_beside.entry(row).or_default();
                    if !more.contains(&n) {
                        more.push(n);
                    }
                }
            }
        }
        for (n, tw) in sm.triwulan.iter().enumerate() {
            let own = [
                tw.annual.as_ref(),
                tw.realisasi_tahunan.as_deref(),
                tw.capaian_tahunan.as_deref(),
            ];
            for cell in
                std::iter::once(tw.nama_cell).chain(own.iter().flatten().map(|f| (f.row, f.col)))
            {
                ix.cells.entry(cell).or_insert((n, None));
            }
            for (k, q) in tw.quarters.iter().enumerate() {
                for x in q.figures() {
                    ix.cells.entry((x.row, x.col)).or_insert((n, Some(k)));
                }
            }
        }
        ix
    }
}

impl<'m> Places<'m> {
    pub fn new(models: &'m [SheetModel]) -> Places<'m> {
        Places {
            models,
            index: models.iter().map(|_| std::cell::OnceCell::new()).collect(),
        }
    }

    /// The place of one finding (see [`place_of`]): in the first model of its sheet that
    /// names one (a sheet of plans of two years side by side has a model per year).
    pub fn of(&self, f: &Finding) -> Place {
        let base = Place {
            level: f.level,
            quarter: f.quarter,
            semester: f.semester,
            ..Place::default()
        };
        // of the models naming one, the one whose name stands nearest left of the cell
        let mut best: Option<(Option<u32>, Place)> = None;
        for m in (0..self.models.len()).filter(|&m| self.models[m].name == f.sheet) {
            let (place, col) = self.in_model(m, f, base.clone());
            if place.indikator.is_none() {
                continue;
            }
            let col = col.filter(|c| *c <= f.col);
            if best.as_ref().is_none_or(|(b, _)| col > *b) {
                best = Some((col, place));
            }
        }
        best.map_or(base, |(_, place)| place)
    }

    /// The place of a finding in the model `m` of its sheet, and the column of the name it
    /// gives.
    fn in_model(&self, m: usize, f: &Finding, mut place: Place) -> (Place, Option<u32>) {
        let sm = &self.models[m];
        let ix = self.index[m].get_or_init(|| SheetIndex::of(sm));
        // of tables side by side, the one whose names stand nearest left of the cell
        let first = ix.rows.get(&f.row).map(|&n| {
            ix.rows_beside
                .get(&f.row)
                .into_iter()
                .flatten()
                .map(|&b| (sm.indikator[b].nama_cell.1, b))
                .chain(std::iter::once((sm.indikator[n].nama_cell.1, n)))
                .filter(|(col, _)| *col <= f.col)
                .max()
                .map_or(n, |(_, b)| b)
        });
        if let Some(ind) = first.map(|n| &sm.indikator[n]) {
            place.indikator = name(&ind.nama);
            place.induk = ind.sasaran.as_deref().and_then(name);
            return (place, Some(ind.nama_cell.1));
        }
        // a quarterly block: the figure's own cell first, then the row within the level's block
        let in_block = |tw: &crate::model::IndikatorTw| -> bool {
            let last = tw
                .quarters
                .iter()
                .filter_map(Triwulan::row)
                .max()
                .unwrap_or(tw.block_row);
            (tw.block_row..=last).contains(&f.row) && (f.level.is_none() || f.level == tw.level)
        };
        let found = ix
            .cells
            .get(&(f.row, f.col))
            .map(|&(n, q)| {
                let tw = &sm.triwulan[n];
                (tw, q.map(|k| &tw.quarters[k]))
            })
            .or_else(|| {
                sm.triwulan.iter().find(|tw| in_block(tw)).map(|tw| {
                    let q = tw.quarters.iter().find(|q| q.row() == Some(f.row));
                    (tw, q)
                })
            });
        let mut col = None;
        if let Some((tw, q)) = found {
            place.indikator = name(&tw.nama);
            place.induk = tw.induk.as_deref().and_then(name);
            place.level = place.level.or(tw.level);
            place.quarter = place.quarter.or(q.and_then(|q| tw.quarter_of(q)));
            place.semester = place.semester.or(q.and_then(|q| tw.half_of(q)));
            place.month = q.and_then(|q| tw.month_of(q));
            col = Some(tw.nama_cell.1);
        }
        (place, col)
    }
}
