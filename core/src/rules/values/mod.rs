//! Values that cannot be read, stay ambiguous, have a doubtful size or a typing slip:
//! V201..V204, for every figure of every indicator; a % typed as a fraction (V205).

pub mod v201;
pub mod v202;
pub mod v203;
pub mod v204;
pub mod v205;

use rust_decimal::Decimal;

use super::Finding;
use crate::model::{Figure, Reading, SheetModel};

/// Rp 10 triliun: more than a kabupaten's whole budget.
fn doubtful_money() -> Decimal {
    Decimal::from(10_000_000_000_000i64)
}

pub fn check(cx: &super::RuleContext, out: &mut Vec<Finding>) {
    let sm = cx.model;
    use rayon::prelude::*;
    let found: Vec<Vec<Finding>> = sm
        .indikator
        .par_iter()
        // a row its form checks by its own rules: its error cells are E901's, its columns
        // the form's rules'
        .filter(|ind| !ind.form_checked)
        .map(|ind| {
            let mut out = Vec::new();
            check_indikator(sm, ind, &mut out);
            out
        })
        .collect();
    out.extend(found.into_iter().flatten());
    other_periods(cx, out);
}

/// The cells of an annual table's figure columns of other periods ("Realisasi 2021" beside
/// the year's), and of every K and Rp column of an evaluation form (whose rows its own
/// rules check), on its indicators' rows: what cannot be read as a number, or carries a
/// typing slip (V201, V204; words there are no finding).
fn other_periods(cx: &super::RuleContext, out: &mut Vec<Finding>) {
    let (sm, Some(sheet)) = (cx.model, cx.sheet) else {
        return;
    };
    for (ti, t) in sm.tables.iter().enumerate() {
        let mut cols: Vec<u32> = t
            .qcols
            .iter()
            .filter(|(k, _)| k.starts_with(crate::layout::OTHER_PERIOD))
            .map(|(_, c)| *c)
            .collect();
        if let Some(ev) = t.eval.as_deref() {
            cols.extend(ev.numbers.values().flat_map(|c| [c.k, c.rp]).flatten());
            cols.sort_unstable();
            cols.dedup();
        }
        if cols.is_empty() {
            continue;
        }
        for ind in sm
            .indikator
            .iter()
            .filter(|i| i.table == ti && i.shift == 0)
        {
            for &c in &cols {
                let Some(cell) = sheet.get(ind.row, c) else {
                    continue;
                };
                let value = crate::model::cell_value(cell);
                let f =
                    crate::model::make_figure_at(sheet, Some(cell), ind.row, c, &value, None, None);
                // a bound or a range (`>= 95`, `85-90`: a period's target, as the year's) is
                // read at its edge where it is a target, and is no slip here
                let f = crate::model::bounded(f, ind.polaritas);
                if matches!(f.reading, Reading::Unreadable { .. })
                    || f.reading.quantity().is_some_and(|q| !q.notes.is_empty())
                {
                    check_figure(sm, &f, true, false, out);
                }
            }
        }
    }
}

fn check_indikator(sm: &SheetModel, ind: &crate::model::Indikator, out: &mut Vec<Finding>) {
    {
        let figures = [
            (ind.target.as_ref(), false),
            (ind.realisasi.as_ref(), false),
            (ind.capaian.as_ref(), true),
            (ind.capaian_lalu.as_deref(), false),
            (ind.target_akhir.as_deref(), false),
            (ind.capaian_akhir.as_deref(), true),
        ];
        // a qualitative indicator: words where its target or realisasi stand, and no number
        // beside them ("WTP" / "WTP"; a Perjanjian Kinerja's "Tersedia" with no realisasi)
        let number = |f: Option<&Figure>| f.is_some_and(|f| f.reading.quantity().is_some());
        let words =
            |f: Option<&Figure>| f.is_some_and(|f| matches!(f.reading, Reading::Text { .. }));
        let both_text = (words(ind.target.as_ref()) || words(ind.realisasi.as_ref()))
            && !number(ind.target.as_ref())
            && !number(ind.realisasi.as_ref());
        for (f, stated) in figures {
            if let Some(f) = f {
                check_figure(sm, f, both_text, stated, out);
            }
        }
    }
    v205::check(sm, ind, out);
}

/// Checks one figure's reading. `stated_pct`: the figure is a stated %, whose ambiguous
/// separator the capaian rules judge (they know which reading the recalculation supports).
pub fn check_figure(
    sm: &SheetModel,
    f: &Figure,
    qualitative_row: bool,
    stated_pct: bool,
    out: &mut Vec<Finding>,
) {
    match &f.reading {
        Reading::Unreadable { why } => {
            out.push(v201::unreadable(
                &sm.name,
                f,
                v201::unreadable_message(f, why),
            ));
        }
        Reading::Text { text } if !qualitative_row => {
            out.push(v201::text(&sm.name, f, text));
        }
        Reading::Number { q, other } => {
            if let Some(o) = other {
                // a stated % is judged by the capaian rules, which know which reading is right
                if !stated_pct {
                    out.push(v202::finding(&sm.name, f, q, o));
                }
            }
            if q.money && q.scaled() >= doubtful_money() {
                out.push(v203::finding(&sm.name, f, q));
            }
            for note in &q.notes {
                let Some(message) = v204::message(f, q, note) else {
                    continue;
                };
                out.push(v204::finding(&sm.name, f, q, message));
            }
        }
        _ => {}
    }
}
