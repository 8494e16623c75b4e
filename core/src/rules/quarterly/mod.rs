//! The quarterly Rencana Aksi: each quarter's % at each level (through the same
//! recalculation as the annual %), the capping policy (Q601), quarter targets against the
//! annual one (Q602, Q603), programme budgets against their kegiatan (Q604), and the year's
//! realisasi against its months (Q605) or quarters (Q606), and a period typed a power of ten
//! over the others (Q608).

pub mod q601;
pub mod q602;
pub mod q603;
pub mod q604;
pub mod q605;
pub mod q606;
pub mod q607;
pub mod q608;

use rust_decimal::Decimal;

use super::capaian::{check_one, units_differ};
use super::sheet_policy::Basis;
use super::values::check_figure;
use super::{CapPolicy, Finding, Level, RuleContext};
use crate::model::{Figure, IndikatorTw, PeriodKind, Reading, SheetModel};
use crate::msg;
use crate::num::fmt_id_auto;
use crate::value::{Quantity, Value};

crate::texts! {
    CAP_BY_USER = "quarterly.cap_by_user",
        "dipilih pengguna (--cap)",
        "set by the user (--cap)";
    CAP_INFERRED = "quarterly.cap_inferred",
        "disimpulkan: {votes} capaian di atas {cap} ditulis {cap}",
        "inferred: {votes} values above {cap} are written {cap}";
    QUARTER = "quarterly.quarter",
        "TW {q}",
        "TW {q}";
    HALF = "quarterly.half",
        "Semester {s}",
        "Semester {s}";
}

/// Period `q` of a quarterly indicator as its form names it: `TW 3`, `Semester II` (a half
/// year is numbered by the quarter it ends with), `Maret`.
pub(in crate::rules) fn period_name(kind: PeriodKind, q: u8) -> crate::i18n::Message {
    match kind {
        PeriodKind::Quarter => msg!(QUARTER, q),
        PeriodKind::Half => msg!(HALF, s = crate::model::half_numeral(q.div_ceil(2))),
        PeriodKind::Month => crate::rules::capaian::month_name(q),
    }
}

/// Reports once which capping policy a sheet is judged by.
pub fn cap_policy(cx: &RuleContext, out: &mut Vec<Finding>) {
    let sm = cx.model;
    let Some(cv) = cx.policy.cap else {
        return;
    };
    let (row, col) = sm
        .tables
        .first()
        .and_then(|t| t.header_rows.first().map(|r| (*r, 0)))
        .unwrap_or((0, 0));
    let cv_s = fmt_id_auto(cv, 0, 2);
    let votes = match cx.policy.cap_basis {
        Basis::Inferred(n) => n,
        Basis::User | Basis::Default => 0,
    };
    let how = match cx.options.cap {
        Some(CapPolicy::At(_)) => msg!(CAP_BY_USER),
        _ => msg!(CAP_INFERRED, votes, cap = &cv_s),
    };
    out.push(q601::finding(&sm.name, (row, col), &cv_s, &how));
}

pub fn check(cx: &RuleContext, out: &mut Vec<Finding>) {
    let (sm, neg, cap) = (cx.model, cx.policy.negative, cx.policy.cap);
    let styles = super::capaian::ColumnStyles::of(sm);
    for ind in &sm.triwulan {
        let mut found = Vec::new();
        let figures = || {
            ind.annual
                .iter()
                .chain(ind.realisasi_tahunan.as_deref())
                .chain(
                    ind.quarters
                        .iter()
                        .flat_map(|q| q.target.iter().chain(q.realisasi.iter())),
                )
        };
        // a qualitative indicator: words in its figures and no number ("WTP" each quarter)
        let qualitative = figures()
            .any(|f| matches!(f.reading, crate::model::Reading::Text { .. }))
            && !figures().any(|f| f.reading.quantity().is_some());
        for fig in figures() {
            check_figure(sm, fig, qualitative, false, &mut found);
        }
        for fig in ind
            .quarters
            .iter()
            .flat_map(|q| q.capaian.iter())
            .chain(ind.capaian_tahunan.as_deref())
        {
            // the % of a qualitative indicator may be a word too ("Tercapai" beside "Madya")
            check_figure(sm, fig, qualitative, true, &mut found);
        }
        for c in ind.checks() {
            let mut f = Vec::new();
            check_one(sm, &c, neg, cap, cx.policy.floors, &styles, &mut f);
            match c.kind {
                crate::model::CheckKind::Quarter(q) => {
                    f.iter_mut().for_each(|x| x.quarter = Some(q))
                }
                crate::model::CheckKind::Half(s) => f.iter_mut().for_each(|x| x.semester = Some(s)),
                _ => {}
            }
            found.extend(f);
        }
        match ind.period {
            PeriodKind::Quarter | PeriodKind::Half => {
                targets(sm, ind, &mut found);
                q606::check(sm, ind, &mut found);
                q607::check(sm, ind, &mut found);
                q608::check(sm, ind, &mut found);
            }
            PeriodKind::Month => {
                month_targets(sm, ind, &mut found);
                q605::check(sm, ind, &mut found);
                q608::check(sm, ind, &mut found);
            }
        }
        for f in &mut found {
            f.level = ind.level;
            if f.quarter.is_none() && f.semester.is_none() {
                let period = ind
                    .quarters
                    .iter()
                    .find(|q| q.figures().any(|x| x.row == f.row && x.col == f.col));
                f.quarter = period.and_then(|q| ind.quarter_of(q));
                f.semester = period.and_then(|q| ind.half_of(q));
            }
        }
        out.extend(found);
    }
    budgets(sm, cx.sheet, out);
}

/// Two figures in one unit: a `%` beside a plain number is one (`88 %` typed for the year
/// over quarters of `88`), as are spellings of one unit.
fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    (a.percent == b.percent || a.unit.is_none() && b.unit.is_none()) && !units_differ(a, b)
}

/// Quarter targets against the annual target: cumulative (TW 4 = annual), per quarter
/// (they add up to it) or a schedule in percent (ending at 100 %) explain it; anything else
/// is reported, and so is a target that decreases or falls back to "-".
fn targets(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    let Some(annual) = &ind.annual else {
        return;
    };
    // no quarter given a target (`-` in each, an indicator measured once a year): no
    // schedule to weigh against the year's
    if ind
        .quarters
        .iter()
        .filter_map(|q| q.target.as_ref())
        .all(|t| matches!(t.reading, Reading::Dash | Reading::Blank))
    {
        return;
    }
    let last = match ind
        .quarters
        .iter()
        .rev()
        .find_map(|q| Some((q, q.target.as_ref().filter(|t| !t.reading.is_blank())?)))
    {
        Some(q) => q,
        None => return,
    };
    let nums: Vec<(u8, &Figure, Option<&Quantity>)> = ind
        .quarters
        .iter()
        .filter_map(|q| Some((q.q, q.target.as_ref()?)))
        .map(|(q, t)| (q, t, t.reading.quantity()))
        .collect();
    // decreasing, or falling back to "-"
    for (i, w) in nums.windows(2).enumerate() {
        let ((qa, _, a), (qb, fb, b)) = (w[0], w[1]);
        // a "-" before the same target again is a quarter nothing is measured in (an index
        // surveyed each semester: `-`, 80, `-`, 80), not a target fallen back
        let measured_again = |x: &Quantity| {
            nums[i + 2..].iter().any(|(_, _, later)| {
                later.is_some_and(|y| same_unit(x, y) && y.scaled() >= x.scaled())
            })
        };
        let fell_back = matches!(fb.reading, Reading::Dash | Reading::Blank)
            && a.is_some_and(|x| !measured_again(x));
        let decreased =
            matches!((a, b), (Some(x), Some(y)) if same_unit(x, y) && y.scaled() < x.scaled());
        if fell_back || decreased {
            let per_quarter = per_quarter_sum(ind, annual);
            // a level that should fall (a slum's area, flood points: a negative indicator)
            // is planned lower quarter by quarter
            let falling_level = ind.polaritas == crate::model::Polaritas::Negatif;
            if decreased && (per_quarter || falling_level) {
                continue;
            }
            out.push(q603::finding(
                &sm.name,
                fb,
                (period_name(ind.period, qa), period_name(ind.period, qb)),
                nums.iter()
                    .find(|n| n.0 == qa)
                    .map(|n| n.1.shown.as_ref())
                    .unwrap_or(""),
                fell_back,
            ));
            break;
        }
    }
    let explained = match (&annual.reading, &last.1.reading) {
        (Reading::Grade { grade: a }, Reading::Grade { grade: b }) => a == b,
        (Reading::Number { q: a, .. }, Reading::Number { q: b, .. }) => {
            (same_unit(a, b) && a.scaled() == b.scaled())
                || per_quarter_sum(ind, annual)
                || schedule(ind, a)
        }
        (Reading::Number { q: a, .. }, _) => per_quarter_sum(ind, annual) || schedule(ind, a),
        _ => true,
    };
    if !explained {
        let period = period_name(ind.period, last.0.q);
        out.push(q602::finding(&sm.name, period, last.1, annual));
    }
}

/// Month targets against the annual target (Q602): December's equal to it (cumulative),
/// the months adding up to it, or a schedule in percent explain it; a month's target may
/// fall (per-month targets do), so Q603 is for quarters only.
fn month_targets(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    let Some(annual) = &ind.annual else {
        return;
    };
    let Reading::Number { q: a, .. } = &annual.reading else {
        return;
    };
    // every month with a target of its own, the last one a number
    let targets: Vec<(&crate::model::Triwulan, &Figure)> = ind
        .quarters
        .iter()
        .filter_map(|q| Some((q, q.target.as_ref()?)))
        .collect();
    if targets.len() < 12 {
        return;
    }
    let Some(&(last, last_target)) = targets.last() else {
        return;
    };
    let Reading::Number { q: l, .. } = &last_target.reading else {
        return;
    };
    if (same_unit(a, l) && a.scaled() == l.scaled())
        || per_quarter_sum(ind, annual)
        || schedule(ind, a)
        || !targets.iter().all(|(_, t)| {
            matches!(
                t.reading,
                Reading::Number { .. } | Reading::Dash | Reading::Blank
            )
        })
    {
        return;
    }
    let sum: Decimal = targets
        .iter()
        .filter_map(|(_, t)| t.reading.quantity())
        .map(|q| q.scaled())
        .sum();
    out.push(q602::month_finding(
        &sm.name,
        last,
        last_target,
        annual,
        &crate::num::fmt_id_auto(sum, 0, 2),
    ));
}

/// Quarter targets that add up to the annual target.
fn per_quarter_sum(ind: &IndikatorTw, annual: &Figure) -> bool {
    let Some(a) = annual.reading.quantity() else {
        return false;
    };
    let mut sum = Decimal::ZERO;
    let mut any = false;
    for q in ind.quarters.iter().filter_map(|q| q.target.as_ref()) {
        match &q.reading {
            Reading::Number { q: x, .. } if same_unit(x, a) => {
                sum += x.scaled();
                any = true;
            }
            Reading::Number { .. } => return false,
            _ => {}
        }
    }
    any && sum == a.scaled()
}

/// A schedule in percent of the year's work (30 / 50 / 80 / 100 %), whatever the annual
/// target's unit; where the reader could not see the cells' percent format (xls, ods),
/// also as the fractions a percent format stores (0,3 / 0,5 / 0,8 / 1).
fn schedule(ind: &IndikatorTw, annual: &Quantity) -> bool {
    let targets: Vec<&Figure> = ind
        .quarters
        .iter()
        .filter_map(|q| q.target.as_ref())
        .filter(|t| t.reading.quantity().is_some())
        .collect();
    let qs: Vec<&Quantity> = targets
        .iter()
        .filter_map(|t| t.reading.quantity())
        .collect();
    // a schedule that dips (50 % then 45 %) is still one: Q603 reports the dip
    let in_percent =
        qs.iter().all(|q| q.percent) && qs.last().is_some_and(|q| q.value == Decimal::ONE_HUNDRED);
    let in_fractions = targets.iter().all(|t| t.format_unknown)
        && qs
            .iter()
            .all(|q| q.unit.is_none() && q.value.is_sign_positive())
        && qs.last().is_some_and(|q| q.value == Decimal::ONE);
    // a schedule whose % sign is only the number format's text (`0"%"`): never falling, it
    // ends at 100 while the annual target is no 100
    let ends_at_hundred = qs.len() >= 2
        && qs.windows(2).all(|w| w[0].value <= w[1].value)
        && qs.last().is_some_and(|q| q.value == Decimal::ONE_HUNDRED)
        && annual.scaled() != Decimal::ONE_HUNDRED;
    !qs.is_empty() && (in_percent || in_fractions || ends_at_hundred)
}

/// A programme's anggaran against the sum of its kegiatan's, programme by programme
/// (consecutive blocks of the same programme name).
fn budgets(sm: &SheetModel, sheet: Option<&crate::read::Sheet>, out: &mut Vec<Finding>) {
    let mut q604 = Vec::new();
    programme_budgets(sm, sheet, &mut q604);
    // a Rencana Aksi of one row per indicator has its budget columns read as a budget table
    // too ([`crate::layout::budget::find_beside`]), whose A503 reports a programme's sum:
    // Q604 keeps to the rows no budget table holds
    let side_by_side = sm.tables.iter().any(|t| {
        t.kind == crate::layout::TableKind::Quarterly && t.qcols.keys().any(|k| k.starts_with("tw"))
    });
    if let (Some(sheet), true, false) = (sheet, side_by_side, q604.is_empty()) {
        let held: std::collections::HashSet<u32> =
            crate::layout::budget::find_beside(sheet, sm.tables.iter())
                .iter()
                .flat_map(|t| t.items.iter().map(|i| i.row))
                .collect();
        q604.retain(|f| !held.contains(&f.row));
    }
    out.extend(q604);
}

/// Q604 and A501 on the budgets the quarterly tables read.
fn programme_budgets(sm: &SheetModel, sheet: Option<&crate::read::Sheet>, out: &mut Vec<Finding>) {
    // a budget that cannot be read is reported where it stands
    let mut reported = std::collections::HashSet::new();
    for ind in &sm.triwulan {
        let Some(a) = &ind.anggaran else {
            continue;
        };
        if matches!(a.value, Value::Number(_)) || !reported.insert((a.row, a.col)) {
            continue;
        }
        out.push(super::sheet::a501::kegiatan_budget(&sm.name, a).with_level_opt(ind.level));
    }
    // the kegiatan budgets of each block row, summed once
    let mut kegiatan_rows: rustc_hash::FxHashMap<u32, (Decimal, usize)> = Default::default();
    for k in sm
        .triwulan
        .iter()
        .filter(|k| k.level == Some(Level::Kegiatan))
    {
        if let Some(Value::Number(kq)) = k.anggaran.as_ref().map(|a| &a.value) {
            let e = kegiatan_rows.entry(k.block_row).or_default();
            e.0 += kq.scaled();
            e.1 += 1;
        }
    }
    let programs: Vec<&IndikatorTw> = sm
        .triwulan
        .iter()
        .filter(|i| i.level == Some(Level::Program))
        .collect();
    let mut i = 0;
    while i < programs.len() {
        let name = programs[i].induk.clone();
        let mut j = i;
        while j < programs.len() && programs[j].induk == name {
            j += 1;
        }
        let group = &programs[i..j];
        i = j;
        let Some(budget) = group.iter().find_map(|p| p.anggaran.as_ref()) else {
            continue;
        };
        let Value::Number(pq) = &budget.value else {
            continue;
        };
        let mut rows: Vec<u32> = group.iter().map(|p| p.block_row).collect();
        rows.sort_unstable();
        rows.dedup();
        let mut sum = Decimal::ZERO;
        let mut n = 0;
        for (s, k) in rows.iter().filter_map(|r| kegiatan_rows.get(r)) {
            sum += *s;
            n += k;
        }
        if n == 0 || sum == pq.scaled() {
            continue;
        }
        out.push(q604::finding(&sm.name, budget, n, sum));
    }
    budgets_in_rows(sm, sheet, out);
}

/// Programmes and kegiatan as rows of one name column ("Sasaran / Program / Kegiatan"),
/// not as a column each: a row named "Program ..." is a programme, and the rows after it
/// that have a budget and are no programme are its kegiatan (a sasaran has no budget), up
/// to a row whose code in the No column is no deeper than the programme's (`2` after `1.1`,
/// `1.1.1` and `1.1.2`: the next sasaran, whatever it holds). The programme's anggaran
/// against their sum, where it has at least one.
fn budgets_in_rows(sm: &SheetModel, sheet: Option<&crate::read::Sheet>, out: &mut Vec<Finding>) {
    // tables whose levels have columns of their own are the loop above's
    if sm
        .triwulan
        .iter()
        .any(|i| matches!(i.level, Some(Level::Program | Level::Kegiatan)))
    {
        return;
    }
    let mut rows: Vec<&IndikatorTw> = sm.triwulan.iter().filter(|i| i.induk.is_some()).collect();
    rows.sort_by_key(|i| i.block_row);
    rows.dedup_by_key(|i| i.block_row);
    let amount = |i: &IndikatorTw| match i.anggaran.as_ref().map(|a| &a.value) {
        Some(Value::Number(q)) => Some(q.scaled()),
        _ => None,
    };
    // a name may start with its code (`2.17.01 PROGRAM PENUNJANG ...`)
    let code_and_name = |n: &str| -> (Option<usize>, String) {
        let n = n.trim();
        let first = n.split_whitespace().next().unwrap_or("");
        match crate::layout::budget::code_segments(first) {
            Some(d) if d >= 2 => (Some(d), n[first.len()..].trim().to_string()),
            _ => (None, n.to_string()),
        }
    };
    let is_program = |i: &IndikatorTw| {
        i.induk
            .as_deref()
            .is_some_and(|n| crate::text::norm_starts_with(&code_and_name(n).1, "program"))
    };
    // the depth of a row's code in the table's No column (`1.1.2` → 3)
    let no_col = sm
        .tables
        .iter()
        .find(|t| t.kind == crate::layout::TableKind::Quarterly)
        .and_then(|t| t.qcols.get("no").copied());
    let depth = |i: &IndikatorTw| -> Option<usize> {
        let in_no_col = || {
            let cell = sheet?.get(i.block_row, no_col?)?;
            crate::layout::budget::code_segments(&cell.value.as_text())
        };
        in_no_col().or_else(|| code_and_name(i.induk.as_deref()?).0)
    };
    for (k, p) in rows.iter().enumerate() {
        let (Some(budget), Some(pq)) = (p.anggaran.as_ref(), amount(p)) else {
            continue;
        };
        if !is_program(p) {
            continue;
        }
        let own = depth(p);
        let kegiatan: Vec<Decimal> = rows[k + 1..]
            .iter()
            .take_while(|i| !is_program(i))
            .take_while(|i| !matches!((own, depth(i)), (Some(o), Some(d)) if d <= o))
            .map_while(|i| amount(i))
            .collect();
        let sum: Decimal = kegiatan.iter().sum();
        if !kegiatan.is_empty() && sum != pq {
            out.push(q604::finding(&sm.name, budget, kegiatan.len(), sum));
        }
    }
}
