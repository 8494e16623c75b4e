//! How rows sit in the table: shifted rows, names in the wrong column, duplicates, and a
//! unit unlike the name (S301..S304).

pub mod s301;
pub mod s302;
pub mod s303;
pub mod s304;

use super::{Finding, Msg, RuleId};
use crate::model::SheetModel;
use crate::read::col_name;
use crate::text;
use crate::value;

pub fn check(sm: &SheetModel, out: &mut Vec<Finding>) {
    // names by their normalized hash; a hit is confirmed on the text itself
    let mut seen: rustc_hash::FxHashMap<(usize, u64), (u32, &str)> = Default::default();
    for ind in &sm.indikator {
        if ind.shift != 0 {
            let (dir_id, dir_en) = if ind.shift > 0 {
                ("kanan", "right")
            } else {
                ("kiri", "left")
            };
            out.push(
                Finding::new(
                    RuleId::S301,
                    &sm.name,
                    ind.nama_cell.0,
                    ind.nama_cell.1,
                    Msg::new(
                        format!("baris {} bergeser {} kolom ke {dir_id}: \"{}\" berada di kolom {}", ind.row + 1, ind.shift.abs(), ind.nama, col_name(ind.nama_cell.1)),
                        format!("row {} is shifted {} column(s) to the {dir_en}: \"{}\" stands in column {}", ind.row + 1, ind.shift.abs(), ind.nama, col_name(ind.nama_cell.1)),
                    ),
                    Msg::new(
                        "Geser isi baris ini agar setiap nilai berada di bawah judul kolomnya.",
                        "Move this row's cells so that each value stands under its column header.",
                    ),
                ),
            );
        }
        if ind.name_in_sasaran_col {
            out.push(
                Finding::new(
                    RuleId::S302,
                    &sm.name,
                    ind.nama_cell.0,
                    ind.nama_cell.1,
                    Msg::new(
                        format!("indikator \"{}\" ditulis di kolom Sasaran; dianggap indikator dari sasaran di atasnya", ind.nama),
                        format!("indicator \"{}\" is typed in the Sasaran column; taken as an indicator of the sasaran above", ind.nama),
                    ),
                    Msg::new(
                        "Pindahkan nama indikator ke kolom Indikator.",
                        "Move the indicator name to the Indikator column.",
                    ),
                ),
            );
        }
        let percentage_name = ["persentase", "prosentase", "persen"]
            .iter()
            .any(|p| text::norm_starts_with(&ind.nama, p));
        let key = (ind.table, text::norm_hash(&ind.nama));
        let duplicate = seen
            .get(&key)
            .filter(|(_, first)| text::norm(first) == text::norm(&ind.nama))
            .map(|(row, _)| *row);
        if let Some(first_row) = duplicate {
            out.push(Finding::new(
                RuleId::S303,
                &sm.name,
                ind.nama_cell.0,
                ind.nama_cell.1,
                Msg::new(
                    format!(
                        "indikator \"{}\" sudah ada di baris {}",
                        ind.nama,
                        first_row + 1
                    ),
                    format!(
                        "indicator \"{}\" already appears at row {}",
                        ind.nama,
                        first_row + 1
                    ),
                ),
                Msg::new(
                    "Gabungkan, atau bedakan namanya bila keduanya memang berbeda.",
                    "Merge them, or make the names differ if they really are different.",
                ),
            ));
        } else {
            seen.entry(key).or_insert((ind.row, ind.nama.as_str()));
        }
        if percentage_name {
            let unit = ind
                .target
                .as_ref()
                .and_then(|t| t.reading.quantity())
                .filter(|q| !q.percent)
                .and_then(|q| q.unit.clone());
            if let (Some(u), Some(t)) = (unit, &ind.target) {
                if value::is_count_unit(&u) {
                    out.push(
                        Finding::new(
                            RuleId::S304,
                            &sm.name,
                            t.row,
                            t.col,
                            Msg::new(
                                format!("\"{}\" menyebut persentase, tetapi targetnya dalam satuan \"{u}\"", ind.nama),
                                format!("\"{}\" names a percentage, but its target is in \"{u}\"", ind.nama),
                            ),
                            Msg::new(
                                "Tulis target dan realisasi dalam persen, atau ganti nama indikatornya (Jumlah ...).",
                                "Write target and realisasi in percent, or rename the indicator (Jumlah ...).",
                            ),
                        )
                        .found(t.shown.clone()),
                    );
                }
            }
        }
    }
}
