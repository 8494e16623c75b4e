//! Values that cannot be read, stay ambiguous, have a doubtful size or a typing slip:
//! V201..V204, for every figure of every indicator.

pub mod v201;
pub mod v202;
pub mod v203;
pub mod v204;

use rust_decimal::Decimal;

use super::{Finding, Msg, RuleId};
use crate::model::{Figure, Reading, SheetModel};
use crate::num::fmt_id_auto;
use crate::value::{Note, Unreadable};

/// Rp 10 triliun: more than a kabupaten's whole budget.
fn doubtful_money() -> Decimal {
    Decimal::from(10_000_000_000_000i64)
}

pub fn check(sm: &SheetModel, out: &mut Vec<Finding>) {
    use rayon::prelude::*;
    let found: Vec<Vec<Finding>> = sm
        .indikator
        .par_iter()
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
            let (id, en) = match &**why {
                Unreadable::TwoFigures { first, second } => {
                    let sum = first.value + second.value;
                    (
                        format!(
                            "\"{}\" berisi dua angka dalam satu sel ({} dan {}; jumlahnya {})",
                            f.shown,
                            fmt_id_auto(first.value, 0, 4),
                            fmt_id_auto(second.value, 0, 4),
                            fmt_id_auto(sum, 0, 4)
                        ),
                        format!(
                            "\"{}\" holds two figures in one cell ({} and {}; {} if summed)",
                            f.shown,
                            fmt_id_auto(first.value, 0, 4),
                            fmt_id_auto(second.value, 0, 4),
                            fmt_id_auto(sum, 0, 4)
                        ),
                    )
                }
                Unreadable::MalformedGroups { .. } => (
                    format!("\"{}\": kelompok ribuannya tidak tiga angka", f.shown),
                    format!("\"{}\": its thousands groups are not three digits", f.shown),
                ),
                Unreadable::Garbled { .. } => (
                    format!("\"{}\" bukan angka yang bisa dibaca", f.shown),
                    format!("\"{}\" is not a readable number", f.shown),
                ),
            };
            out.push(
                Finding::new(
                    RuleId::V201,
                    &sm.name,
                    f.row,
                    f.col,
                    Msg::new(format!("{id}; capaian tidak dinilai"), format!("{en}; capaian not judged")),
                    Msg::new(
                        "Tulis satu angka saja di sel ini (pecah menjadi dua indikator bila perlu).",
                        "Write a single number in this cell (split it into two indicators if needed).",
                    ),
                )
                .found(f.shown.clone()),
            );
        }
        Reading::Text { text } if !qualitative_row => {
            out.push(
                Finding::new(
                    RuleId::V201,
                    &sm.name,
                    f.row,
                    f.col,
                    Msg::new(
                        format!("\"{text}\" di kolom angka tidak dapat dibaca sebagai angka"),
                        format!("\"{text}\" in a figure column cannot be read as a number"),
                    ),
                    Msg::new(
                        "Tulis angkanya (dengan satuan di kolom satuan), atau \"-\" bila tidak ada.",
                        "Write the number (its unit in the unit column), or \"-\" when there is none.",
                    ),
                )
                .found(f.shown.clone()),
            );
        }
        Reading::Number { q, other } => {
            if let Some(o) = other {
                // a stated % is judged by the capaian rules, which know which reading is right
                if !stated_pct {
                    out.push(
                        Finding::new(
                            RuleId::V202,
                            &sm.name,
                            f.row,
                            f.col,
                            Msg::new(
                                format!(
                                    "\"{}\" bisa dibaca {} atau {}; rakit memakai {}",
                                    f.shown,
                                    fmt_id_auto(q.value, 0, 4),
                                    fmt_id_auto(o.value, 0, 4),
                                    fmt_id_auto(q.value, 0, 4)
                                ),
                                format!(
                                    "\"{}\" reads as {} or {}; rakit uses {}",
                                    f.shown,
                                    fmt_id_auto(q.value, 0, 4),
                                    fmt_id_auto(o.value, 0, 4),
                                    fmt_id_auto(q.value, 0, 4)
                                ),
                            ),
                            Msg::new(
                                "Tulis angka tanpa pemisah ribuan, atau simpan sebagai angka.",
                                "Write the number without a thousands separator, or store it as a number.",
                            ),
                        )
                        .found(f.shown.clone()),
                    );
                }
            }
            if q.money && q.scaled() >= doubtful_money() {
                out.push(
                    Finding::new(
                        RuleId::V203,
                        &sm.name,
                        f.row,
                        f.col,
                        Msg::new(
                            format!(
                                "\"{}\" berarti Rp {} — lebih dari Rp 10 triliun, meragukan untuk satu perangkat daerah",
                                f.shown,
                                fmt_id_auto(q.scaled(), 0, 0)
                            ),
                            format!(
                                "\"{}\" means Rp {} — over Rp 10 trillion, doubtful for one agency",
                                f.shown,
                                fmt_id_auto(q.scaled(), 0, 0)
                            ),
                        ),
                        Msg::new(
                            "Periksa pemisah ribuan dan skala (juta, M = miliar); bandingkan dengan tahun lain.",
                            "Check the thousands separators and the scale (juta, M = miliar); compare with other years.",
                        ),
                    )
                    .found(f.shown.clone()),
                );
            }
            for note in &q.notes {
                let (id, en) = match note {
                    Note::StrayCharacter(ch) => (
                        format!(
                            "\"{}\" memuat karakter nyasar '{ch}'; dibaca {}",
                            f.shown,
                            fmt_id_auto(q.value, 0, 4)
                        ),
                        format!(
                            "\"{}\" holds a stray '{ch}'; read as {}",
                            f.shown,
                            fmt_id_auto(q.value, 0, 4)
                        ),
                    ),
                    Note::PercentOnCount => (
                        format!(
                            "\"{}\" adalah hitungan yang diberi tanda %; dibaca {}",
                            f.shown,
                            fmt_id_auto(q.value, 0, 4)
                        ),
                        format!(
                            "\"{}\" is a count with a % sign; read as {}",
                            f.shown,
                            fmt_id_auto(q.value, 0, 4)
                        ),
                    ),
                    _ => continue,
                };
                out.push(
                    Finding::new(
                        RuleId::V204,
                        &sm.name,
                        f.row,
                        f.col,
                        Msg::new(id, en),
                        Msg::new("Perbaiki ketikannya.", "Correct the typing."),
                    )
                    .found(f.shown.clone())
                    .expected(fmt_id_auto(q.value, 0, 4)),
                );
            }
        }
        _ => {}
    }
}
