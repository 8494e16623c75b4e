//! Whether a table was read with the right columns at all (L701).

pub mod l701;

use super::{Finding, Msg, RuleId};
use crate::model::SheetModel;

/// A table whose stated % mostly disagree with their columns was probably read with the
/// wrong columns (an unknown layout): its findings would be noise. They are replaced by one
/// finding that says so and how to give the mapping.
pub(super) fn layout_doubt(sm: &SheetModel, found: &mut Vec<Finding>) {
    const WRONG: [RuleId; 5] = [
        RuleId::C101,
        RuleId::C104,
        RuleId::C105,
        RuleId::C106,
        RuleId::C111,
    ];
    for t in &sm.tables {
        let rows = t.first_row..=t.last_row;
        let stated = sm
            .indikator
            .iter()
            .filter(|i| rows.contains(&i.row))
            .flat_map(|i| i.checks())
            .chain(
                sm.triwulan
                    .iter()
                    .filter(|i| rows.contains(&i.block_row))
                    .flat_map(|i| i.checks()),
            )
            .filter(|c| c.stated.reading.quantity().is_some())
            .count();
        let wrong = found
            .iter()
            .filter(|f| rows.contains(&f.row) && WRONG.contains(&f.code))
            .count();
        if wrong < 2 || wrong * 10 <= stated * 6 {
            continue;
        }
        let (row, col) = (t.header_rows.first().copied().unwrap_or(t.first_row), 0);
        let (message, help) = if stated < 8 {
            // too few % to be sure the columns are wrong, and too few to be sure they are
            // right: the findings stay, but fix changes nothing in this table
            for f in found.iter_mut().filter(|f| rows.contains(&f.row)) {
                f.fix = None;
            }
            (
                Msg::new(
                    format!(
                        "{wrong} dari {stated} % di tabel kecil ini tidak cocok dengan kolom target dan realisasinya; kolomnya mungkin terbaca salah, jadi rakit fix tidak mengubah apa pun di tabel ini"
                    ),
                    format!(
                        "{wrong} of {stated} % in this small table do not match their target and realisasi columns; its columns may have been misread, so rakit fix changes nothing in this table"
                    ),
                ),
                Msg::new(
                    "Periksa setiap temuan di Excel. Bila kolomnya terbaca salah, lihat pemetaan dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
                    "Check each finding in Excel. If the columns were misread, see the mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.",
                ),
            )
        } else {
            found.retain(|f| !rows.contains(&f.row) || f.code == RuleId::T401);
            (
                Msg::new(
                    format!(
                        "{wrong} dari {stated} % di tabel ini tidak cocok dengan kolom target dan realisasinya; tata letaknya kemungkinan terbaca salah, jadi temuan per sel tidak ditampilkan"
                    ),
                    format!(
                        "{wrong} of {stated} % in this table do not match their target and realisasi columns; the layout was probably misread, so per-cell findings are not shown"
                    ),
                ),
                Msg::new(
                    "Lihat pemetaan yang terdeteksi dengan `rakit check --print-mapping`, perbaiki kolomnya, lalu jalankan `rakit check --mapping pemetaan.toml`.",
                    "See the detected mapping with `rakit check --print-mapping`, correct its columns, then run `rakit check --mapping mapping.toml`.",
                ),
            )
        };
        found.push(Finding::new(
            RuleId::L701,
            &sm.name,
            row,
            col,
            message,
            help,
        ));
    }
}
