//! Values that cannot be read, stay ambiguous, have a doubtful size or a typing slip:
//! V201..V204, for every figure of every indicator.

pub mod v201;
pub mod v202;
pub mod v203;
pub mod v204;

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
        let both_text = matches!(
            (
                ind.target.as_ref().map(|f| &f.reading),
                ind.realisasi.as_ref().map(|f| &f.reading)
            ),
            (Some(Reading::Text { .. }), Some(Reading::Text { .. }))
        );
        for (f, stated) in figures {
            if let Some(f) = f {
                check_figure(sm, f, both_text, stated, out);
            }
        }
    }
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
