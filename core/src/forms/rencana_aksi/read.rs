//! Reading Rencana Aksi blocks (or quarters side by side) into quarterly indicators.

use std::collections::BTreeMap;

use crate::layout::quarterly::{self as qlayout, LEVELS};
use crate::layout::{Level, Table};
use crate::model::*;
use crate::read::{Raw, Sheet};
use crate::value::{self, SeparatorUse, Value};

pub(super) fn blocks(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let mut uses: BTreeMap<u32, SeparatorUse> = BTreeMap::new();
    let figure_cols: Vec<u32> = LEVELS
        .iter()
        .flat_map(|l| ["target", "realisasi", "capaian"].map(|f| table.qcol(*l, f)))
        .flatten()
        .collect();
    // every distinct figure text parsed once; the columns learn their separators
    let figure_cells = || {
        (table.first_row..=table.last_row).flat_map(|r| {
            figure_cols
                .iter()
                .filter_map(move |c| sheet.get(r, *c).map(|cell| (*c, cell)))
        })
    };
    let parsed = Parsed::of(
        figure_cells().map(|(_, cell)| cell),
        ((table.last_row.saturating_sub(table.first_row) as usize + 1) * figure_cols.len())
            .min(sheet.cells.len()),
    );
    for (c, cell) in figure_cells() {
        uses.entry(c).or_default().learn(&parsed.value(cell));
    }
    let any_period = LEVELS.iter().find_map(|l| table.qcol(*l, "periode"));
    let make_figure =
        |sheet: &Sheet, r: u32, col: u32, unit: Option<String>, u: Option<&SeparatorUse>| {
            let cell = sheet.get(r, col);
            let value = match cell {
                Some(cell) => parsed.value(cell),
                None => std::borrow::Cow::Owned(Value::Empty),
            };
            make_figure_at(sheet, cell, r, col, &value, unit, u)
        };
    use rayon::prelude::*;
    // each level read in runs of rows cut just before a "Target Tahunan" row (where a new
    // indicator starts anyway), so that the runs of all levels share the cores evenly
    let jobs: Vec<(Level, u32, u32)> = LEVELS
        .iter()
        .flat_map(|&level| {
            let p_col = table.qcol(level, "periode").or(any_period);
            let mut periods = qlayout::Periods::default();
            // each row's period; a block starts at its year's line, or at its first quarter
            // where the year's line comes after the quarters (an export sorting `Tahunan` last)
            let rows: Vec<(u32, u8)> = match p_col {
                Some(p_col) => (table.first_row..=table.last_row)
                    .filter_map(|r| match &sheet.get_shown(r, p_col)?.value {
                        Raw::Text(t) => periods.get(t).map(|p| (r, p)),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            };
            let start = match rows.first() {
                Some((_, 0)) | None => 0,
                Some(_) => 1,
            };
            let starts: Vec<u32> = rows
                .iter()
                .filter(|(_, p)| *p == start)
                .map(|(r, _)| *r)
                .collect();
            let step = starts.len().div_ceil(8).max(1);
            let mut cuts: Vec<u32> = starts
                .iter()
                .copied()
                .step_by(step)
                .filter(|&r| r > table.first_row)
                .collect();
            cuts.insert(0, table.first_row);
            let last = table.last_row;
            (0..cuts.len())
                .map(|i| {
                    let to = cuts.get(i + 1).map_or(last, |next| next - 1);
                    (level, cuts[i], to)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let per_level: Vec<Vec<IndikatorTw>> = jobs
        .par_iter()
        .map(|&(level, from, to)| {
            let mut out = Vec::new();
            let (Some(ind_col), Some(t_col)) =
                (table.qcol(level, "indikator"), table.qcol(level, "target"))
            else {
                return out;
            };
            let Some(p_col) = table.qcol(level, "periode").or(any_period) else {
                return out;
            };
            let fig = |r: u32, field: &str| -> Option<Figure> {
                let col = table.qcol(level, field)?;
                Some(make_figure(sheet, r, col, None, uses.get(&col)))
            };
            // a year's line: its target (read at a bound's edge), and its own realisasi and %
            // where it gives them
            let year_line = |r: u32, polaritas| {
                let t = make_figure(sheet, r, t_col, None, uses.get(&t_col));
                let own = |field: &str| {
                    fig(r, field)
                        .filter(|f| !f.reading.is_blank())
                        .map(Box::new)
                };
                (
                    crate::model::bounded(t, polaritas),
                    own("realisasi"),
                    own("capaian"),
                )
            };
            // the cell an indicator is named at: its name's merge's first
            let named_at = |r: u32| {
                sheet
                    .merge_at(r, ind_col)
                    .map_or((r, ind_col), |m| (m.first_row, m.first_col))
            };
            let mut current: Option<IndikatorTw> = None;
            let mut periods = qlayout::Periods::default();
            // the same budget typed in many blocks is read once
            let mut budgets: rustc_hash::FxHashMap<String, Value> = Default::default();
            for r in from..=to {
                let Some(p) = sheet.get_shown(r, p_col).and_then(|c| match &c.value {
                    Raw::Text(t) => periods.get(t),
                    _ => None,
                }) else {
                    continue;
                };
                // the year's line after the quarters of the same name (an export sorting
                // `Tahunan` last): the year's figures of the block it closes
                if let Some(cur) = current.as_mut().filter(|c| {
                    p == 0
                        && c.annual.is_none()
                        && !c.quarters.is_empty()
                        && cell_text(sheet, r, Some(ind_col)).is_some_and(|n| n == c.nama)
                }) {
                    let (annual, realisasi, capaian) = year_line(r, cur.polaritas);
                    cur.annual = Some(annual);
                    cur.realisasi_tahunan = realisasi;
                    cur.capaian_tahunan = capaian;
                    // the indicator's line is its year's, as where the year's comes first
                    cur.nama_cell = named_at(r);
                    continue;
                }
                if p == 0 || (p == 1 && current.as_ref().is_none_or(|c| !c.quarters.is_empty())) {
                    if let Some(done) = current.take() {
                        out.push(done);
                    }
                    let Some(nama) = cell_text(sheet, r, Some(ind_col)) else {
                        continue;
                    };
                    let name_cell = cell_text(sheet, r, table.qcol(level, "nama"));
                    let (induk, budget_in_name) = match &name_cell {
                        Some(t) => {
                            let (n, b) = name_and_budget(t);
                            (Some(n), b)
                        }
                        None => (None, None),
                    };
                    let anggaran = match (budget_in_name, table.qcol(level, "anggaran")) {
                        (Some(b), _) => table.qcol(level, "nama").map(|c| (c, b)),
                        (None, Some(c)) => cell_text(sheet, r, Some(c)).map(|b| (c, b)),
                        (None, None) => None,
                    }
                    .map(|(col, text)| {
                        let value = budgets
                            .entry(budget_amount(&text).to_string())
                            .or_insert_with(|| budget_value(&text))
                            .clone();
                        anggaran(sheet, r, col, value, text)
                    });
                    let polaritas =
                        polarity_at(sheet, r, table.qcols.get("polaritas").copied(), &nama);
                    let (annual, realisasi_tahunan, capaian_tahunan) = match p {
                        0 => {
                            let (a, r, c) = year_line(r, polaritas);
                            (Some(a), r, c)
                        }
                        _ => (None, None, None),
                    };
                    current = Some(IndikatorTw {
                        sheet: sheet.name.as_str().into(),
                        level: Some(level),
                        block_row: r,
                        induk,
                        nama,
                        nama_cell: named_at(r),
                        annual,
                        satuan: cell_text(sheet, r, table.qcols.get("satuan").copied()),
                        name_in_sasaran_col: false,
                        quarters: Vec::new(),
                        anggaran,
                        unit_kerja: cell_text(sheet, r, table.qcols.get("unit_kerja").copied()),
                        polaritas,
                        period: PeriodKind::Quarter,
                        realisasi_tahunan,
                        capaian_tahunan,
                        cumulative: None,
                    });
                    if p == 0 {
                        continue;
                    }
                }
                if let Some(cur) = current.as_mut() {
                    if let Some(target) = fig(r, "target") {
                        cur.quarters.push(Triwulan {
                            q: p,
                            target: Some(target),
                            realisasi: fig(r, "realisasi"),
                            capaian: fig(r, "capaian"),
                        });
                    }
                }
            }
            if let Some(done) = current.take() {
                out.push(done);
            }
            out
        })
        .collect();
    per_level.into_iter().flatten().collect()
}

/// Quarters side by side: one indicator per row, `tw<q>_target` / `_realisasi` / `_capaian`
/// columns for each quarter, the annual target in `target`, and where the table gives them the
/// year's realisasi and % in `realisasi` and `capaian`.
pub(super) fn side_by_side(sheet: &Sheet, table: &Table) -> Vec<IndikatorTw> {
    let col = |k: &str| table.qcols.get(k).copied();
    let figure_cols: Vec<u32> = table
        .qcols
        .iter()
        .filter(|(k, _)| k.starts_with("tw") || matches!(k.as_str(), "target" | "realisasi"))
        .map(|(_, c)| *c)
        .collect();
    let uses = separator_uses(sheet, table.first_row..=table.last_row, &figure_cols);
    let fig = |r: u32, c: Option<u32>, unit: Option<String>| -> Option<Figure> {
        let c = c?;
        let value = sheet.get(r, c).map(cell_value).unwrap_or(Value::Empty);
        Some(make_figure_from(sheet, r, c, &value, unit, uses.get(&c)))
    };
    let mut out = Vec::new();
    let mut sasaran: Option<String> = None;
    let header = crate::layout::HeaderTexts::of(sheet, &table.header_rows);
    // an indicator of two rows, `Target` then `Realisasi` ([`super::detect::ROW_KIND`])
    let kind_col = col(crate::layout::quarterly::ROW_KIND);
    // quarters of realisasi each to date, no target of their own
    let to_date = col(crate::layout::quarterly::TO_DATE).is_some();
    // half years, each the quarter it ends with
    let period = match col(crate::layout::quarterly::HALVES) {
        Some(_) => PeriodKind::Half,
        None => PeriodKind::Quarter,
    };
    // `target` / `realisasi` as the column says it (`T` / `R`), else its label
    let kind = |r: u32| {
        let label = cell_text(sheet, r, kind_col)
            .map(|t| crate::text::label(&t))
            .unwrap_or_default();
        match crate::layout::quarterly::row_kind(&label) {
            Some(k) => k.to_string(),
            None => label,
        }
    };
    // the year's column of indicators of two rows that holds their targets alone (every
    // realisasi row leaves it empty): the year's realisasi is worked out of the quarters
    let year_targets_only = kind_col.is_some()
        && col("realisasi") == col("target")
        && !(table.first_row..=table.last_row).any(|r| {
            kind(r) == "realisasi"
                && col("realisasi")
                    .and_then(|c| sheet.get(r, c))
                    .is_some_and(|c| !c.value.is_empty())
        });
    // a line naming a programme or a kegiatan (`Program …`, `Kegiatan …`) in the names'
    // column
    let programme_line = |r: u32| {
        cell_text(sheet, r, col("indikator")).is_some_and(|n| {
            let n = crate::text::norm(&n);
            ["program ", "kegiatan ", "sub kegiatan "]
                .iter()
                .any(|p| n.starts_with(p))
        })
    };
    // the target row of an indicator whose realisasi row came first, read with it
    let mut taken = None;
    for r in table.first_row..=table.last_row {
        // the header again on a new page, with its numbering row, is no data
        if crate::layout::is_numbering_row(sheet, r) || header.repeated_at(sheet, r) {
            continue;
        }
        if taken == Some(r) {
            continue;
        }
        // where the target and the realisasi stand: the row and the next, for an indicator
        // of two rows (no realisasi if the next row is not its realisasi); the other way
        // round where the realisasi row holds the name and the target row follows it
        // an indicator's `Capaian (%)` line under its Target and Realisasi rows: read with
        // them
        let capaian_line = |r: u32| {
            kind_col.is_some()
                && crate::layout::classify(&kind(r)) == Some(crate::layout::Role::Capaian)
        };
        if capaian_line(r) {
            continue;
        }
        let (tr, rr) = match kind_col {
            Some(_) if kind(r) == "realisasi" => {
                // its own name (not one merged down from the row above), no target row
                // right above it that it would be the realisasi of
                let named = col("indikator")
                    .and_then(|c| sheet.get(r, c))
                    .is_some_and(|c| !c.value.is_empty());
                let after_target = r > table.first_row && kind(r - 1) == "target";
                if !(named && !after_target && kind(r + 1) == "target") {
                    // the realisasi row of an indicator of two rows: read with its target row
                    continue;
                }
                taken = Some(r + 1);
                (r + 1, Some(r))
            }
            Some(_) if kind(r + 1) == "realisasi" => (r, Some(r + 1)),
            // a programme's or kegiatan's line between indicators of two rows, its kind cell
            // saying neither (empty, or the name merged over it: `Program Pengelolaan SDA |
            // Rp 3.984.250.000 | Realisasi Rp …`): its budget, no indicator
            Some(_) if kind(r) != "target" && programme_line(r) => continue,
            Some(_) => (r, None),
            None => (r, Some(r)),
        };
        // the block's `Capaian (%)` line, right after its Target and Realisasi rows
        let cr = rr.map(|rr| rr.max(tr) + 1).filter(|&c| capaian_line(c));
        let in_sasaran = cell_text(sheet, r, col("sasaran"));
        let has_target = col("target")
            .and_then(|c| sheet.get(tr, c))
            .is_some_and(|c| !c.value.is_empty());
        let (nama, name_in_sasaran_col) = match (cell_text(sheet, r, col("indikator")), in_sasaran)
        {
            (Some(n), s) => {
                if s.is_some() {
                    sasaran = s;
                }
                (n, false)
            }
            // an indicator written in the Sasaran column, with its figures beside it: the
            // sasaran above it stays its sasaran
            (None, Some(s)) if has_target && sasaran.is_some() => (s, true),
            (None, s) => {
                if s.is_some() {
                    sasaran = s;
                }
                continue;
            }
        };
        let unit = cell_text(sheet, r, col("satuan"));
        let quarters: Vec<Triwulan> = (1..=4u8)
            .filter_map(|q| {
                let target = fig(tr, col(&format!("tw{q}_target")), unit.clone());
                // quarters of realisasi alone, each to date, have no target of their own
                if target.is_none() && !(to_date && col(&format!("tw{q}_realisasi")).is_some()) {
                    return None;
                }
                let mut q = Triwulan {
                    q,
                    target,
                    realisasi: rr
                        .and_then(|rr| fig(rr, col(&format!("tw{q}_realisasi")), unit.clone())),
                    capaian: rr
                        .and_then(|rr| fig(rr, col(&format!("tw{q}_capaian")), None))
                        .or_else(|| {
                            let cr = cr?;
                            fig(cr, col(&format!("tw{q}_realisasi")), None)
                        }),
                };
                // before the year's realisasi is worked out of the quarters
                q.settle_by_stated();
                Some(q)
            })
            .collect();
        let unplanned =
            |f: &Option<crate::model::Figure>| f.as_ref().is_none_or(|t| t.reading.is_blank());
        // no column of the year's target: a plan that sets one in the fourth quarter alone
        // (`Target | - | - | - | 65`) sets the year's there
        let annual = match col("target") {
            Some(c) => fig(tr, Some(c), unit.clone()),
            None => match quarters
                .iter()
                .filter(|q| !unplanned(&q.target))
                .collect::<Vec<_>>()[..]
            {
                [only] if only.q == 4 => only.target.clone(),
                _ => None,
            },
        };
        // no target at all; quarters of realisasi alone stand beside the year's target, to
        // date or with the year's realisasi written beside them (quarters planned in no
        // column of their own)
        let planned_to_date = to_date && !unplanned(&annual);
        let year_realised = !unplanned(&annual)
            && rr.is_some_and(|rr| !unplanned(&fig(rr, col("realisasi"), None)));
        // or the year's target beside quarters reported with no target of their own
        // (`Predikat SAKIP | BB | | - | | - | | - | | B`)
        let quarters_realised =
            !unplanned(&annual) && quarters.iter().any(|q| !unplanned(&q.realisasi));
        if !planned_to_date
            && !year_realised
            && !quarters_realised
            && quarters.iter().all(|q| unplanned(&q.target))
        {
            continue;
        }
        let year_target_only = year_targets_only && rr.is_some_and(|rr| rr != tr);
        let realisasi_tahunan = match col("realisasi") {
            Some(_) if year_target_only => {
                year_realisasi(&nama, unit.as_deref(), annual.as_ref(), &quarters)
            }
            Some(c) => rr.and_then(|rr| fig(rr, Some(c), unit.clone())),
            // each quarter's realisasi runs to date: the last one reported is the year's
            None if to_date => quarters.iter().rev().find_map(|q| {
                q.realisasi
                    .clone()
                    .filter(|f| f.reading.quantity().is_some())
            }),
            // targets that fit both (all in the last quarter, or all zero) are a flow where
            // the realisasi falls back somewhere
            None => year_realisasi(&nama, unit.as_deref(), annual.as_ref(), &quarters),
        };
        let polaritas = polarity_at(sheet, r, col("polaritas"), &nama);
        // a target written as a bound (`≥ 25`): the edge it is measured against
        let annual = annual.map(|t| crate::model::bounded(t, polaritas));
        out.push(IndikatorTw {
            sheet: sheet.name.as_str().into(),
            level: None,
            block_row: r,
            induk: sasaran.clone(),
            nama,
            nama_cell: (
                r,
                if name_in_sasaran_col {
                    col("sasaran")
                } else {
                    col("indikator")
                }
                .unwrap_or(0),
            ),
            annual,
            quarters,
            anggaran: anggaran_at(sheet, r, col("anggaran")),
            unit_kerja: None,
            satuan: unit.clone(),
            name_in_sasaran_col,
            polaritas,
            period,
            realisasi_tahunan: realisasi_tahunan.map(Box::new),
            // the year's %: on the realisasi row, else on the block's `Capaian (%)` line, else
            // on the target row of an indicator of two rows (its % cell beside the name)
            capaian_tahunan: rr
                .and_then(|rr| fig(rr, col("capaian"), None))
                .filter(|f| !f.reading.is_blank())
                .or_else(|| fig(cr?, col("realisasi"), None))
                .or_else(|| {
                    let two_rows = rr.is_some_and(|rr| rr != tr);
                    fig(tr, col("capaian"), None).filter(|f| two_rows && !f.reading.is_blank())
                })
                // (blank, as the realisasi row writes it)
                .or_else(|| rr.and_then(|rr| fig(rr, col("capaian"), None)))
                .map(Box::new),
            cumulative: to_date.then_some(true),
        });
    }
    out
}

/// A budget text's amount: what follows its words ("Rp.", "Pagu :").
fn budget_amount(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_alphabetic() || c == '.' || c == ' ')
}

/// A budget text's value, in rupiah.
fn budget_value(text: &str) -> Value {
    value::parse(&format!("Rp {}", budget_amount(text)))
}

/// The budget of a row's anggaran column: a number, or text such as `Rp 45.865.000,-`.
pub(in crate::forms) fn anggaran_at(sheet: &Sheet, row: u32, col: Option<u32>) -> Option<Anggaran> {
    let col = col?;
    let cell = sheet.get(row, col)?;
    let (text, value) = match &cell.value {
        Raw::Number(_) => (cell.shown(), cell_value(cell)),
        Raw::Text(t) if !t.trim().is_empty() => (t.to_string(), budget_value(t)),
        _ => return None,
    };
    Some(Anggaran {
        row,
        col,
        text,
        value,
    })
}

/// The budget read at a row's cell, placed at the cell that holds it (a merge's first).
fn anggaran(sheet: &Sheet, r: u32, col: u32, value: Value, text: String) -> Anggaran {
    let owner = sheet
        .merge_at(r, col)
        .map(|m| (m.first_row, m.first_col))
        .unwrap_or((r, col));
    Anggaran {
        row: owner.0,
        col: owner.1,
        value,
        text,
    }
}

/// The polarity a row's polarity cell gives ("turun", "Minimize", "Negatif": lower is
/// better), else what the indicator's name says ([`crate::model::polarity`]).
pub(in crate::forms) fn polarity_at(
    sheet: &Sheet,
    row: u32,
    col: Option<u32>,
    name: &str,
) -> Polaritas {
    crate::model::polarity(cell_text(sheet, row, col).as_deref(), name)
}
