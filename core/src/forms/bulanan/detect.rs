//! Finding a monthly table by the row that names its months.

use std::collections::BTreeMap;

use crate::layout::monthly::month;
use crate::layout::{classify, is_numbering_row, Role, Table, TableKind};
use crate::read::{Raw, Sheet};
use crate::text;

/// What a month's sub-column holds.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Field {
    Target,
    Realisasi,
    Capaian,
}

impl Field {
    fn key(self) -> &'static str {
        match self {
            Field::Target => "target",
            Field::Realisasi => "realisasi",
            Field::Capaian => "capaian",
        }
    }
}

/// A sub-column label under a month: `Target` / `T`, `Realisasi` / `R` / `Real.`, `%` /
/// `Capaian` / `C`. Rp and K columns of a month are not figures of the indicator.
fn field(label: &str) -> Option<Field> {
    let l = text::label(label);
    let l = l.trim_end_matches('.');
    match l {
        "t" | "tgt" | "trgt" => return Some(Field::Target),
        "r" | "real" | "rea" | "rl" => return Some(Field::Realisasi),
        "%" | "c" | "(%)" | "persen" | "capaian" => return Some(Field::Capaian),
        _ => {}
    }
    if l.contains("anggaran") || l.contains("rp") && l.len() <= 4 || l == "k" {
        return None;
    }
    match classify(l) {
        Some(Role::Target) => Some(Field::Target),
        Some(Role::Realisasi) => Some(Field::Realisasi),
        Some(Role::Capaian) => Some(Field::Capaian),
        _ => None,
    }
}

/// A short text that may be a month: its first letters are those of a month's name.
fn may_be_month(t: &str) -> bool {
    let t = t.trim_start();
    if t.len() > 24 {
        return false;
    }
    // asked of every short text of a sheet: a figure is turned away by its first character,
    // three ASCII letters are compared in place
    if t.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b"jfpmasondbJFPMASONDB".contains(b))
    {
        return false;
    }
    let mut buf = [0u8; 3];
    let owned: String;
    let head = match t.as_bytes().get(..3) {
        Some(b) if b.is_ascii() => {
            buf.copy_from_slice(b);
            buf.make_ascii_lowercase();
            std::str::from_utf8(&buf).unwrap_or_default()
        }
        _ => {
            owned = t.chars().take(3).flat_map(char::to_lowercase).collect();
            owned.as_str()
        }
    };
    matches!(
        head,
        "jan"
            | "feb"
            | "peb"
            | "mar"
            | "apr"
            | "mei"
            | "may"
            | "jun"
            | "jul"
            | "agu"
            | "agt"
            | "ags"
            | "aug"
            | "sep"
            | "okt"
            | "oct"
            | "nov"
            | "nop"
            | "des"
            | "dec"
            | "bul"
            | "bln"
    )
}

/// The first row naming at least three different months, left to right in calendar order:
/// `(row, [(column, month)])`.
fn month_row(sheet: &Sheet) -> Option<(u32, Vec<(u32, u8)>)> {
    let mut by_row: BTreeMap<u32, Vec<(u32, u8)>> = BTreeMap::new();
    for c in &sheet.cells {
        match &c.value {
            Raw::Text(t) if may_be_month(t) => {
                if let Some(m) = month(t) {
                    by_row.entry(c.row).or_default().push((c.col, m));
                }
            }
            // a date cell formatted as its month (`Jan-23`)
            Raw::Date(d) => {
                if let Some(m) = crate::layout::monthly::month_of_date(d) {
                    by_row.entry(c.row).or_default().push((c.col, m));
                }
            }
            _ => {}
        }
    }
    by_row.into_iter().find_map(|(row, mut v)| {
        v.sort_unstable();
        let ordered = v.windows(2).all(|w| w[0].1 < w[1].1);
        (v.len() >= 3 && ordered).then_some((row, v))
    })
}

/// Finds the monthly table of a sheet, if a header row names its months.
pub(super) fn table(sheet: &Sheet) -> Option<Table> {
    let (mrow, months) = month_row(sheet)?;
    let max_col = sheet
        .cells
        .iter()
        .filter(|c| c.row >= mrow.saturating_sub(3) && c.row <= mrow + 1)
        .map(|c| c.col)
        .chain(
            sheet
                .merged
                .iter()
                .filter(|m| m.first_row <= mrow + 1 && m.last_row + 3 >= mrow)
                .map(|m| m.last_col),
        )
        .max()?;
    // each month's columns: its merged header, or up to the next month
    let mut spans: Vec<(u8, u32, u32)> = Vec::new();
    for (i, &(col, m)) in months.iter().enumerate() {
        let end = match sheet.merge_at(mrow, col) {
            Some(mg) if mg.last_col > col => mg.last_col,
            _ => match months.get(i + 1) {
                Some(next) => next.0 - 1,
                None => match spans.last() {
                    Some(prev) => col + (prev.2 - prev.1),
                    None => col,
                },
            },
        };
        spans.push((m, col, end));
    }
    // the sub-columns under the months (Target / Realisasi / %)
    let leaf_row = mrow + 1;
    let vertical_merge = |col: u32| {
        sheet
            .merge_at(mrow, col)
            .is_some_and(|m| m.last_row >= leaf_row)
    };
    let mut cols: BTreeMap<String, u32> = BTreeMap::new();
    let mut subs = 0;
    for &(m, from, to) in &spans {
        for c in from..=to {
            if vertical_merge(c) {
                continue;
            }
            let Some(f) = sheet.get(leaf_row, c).and_then(|x| match &x.value {
                Raw::Text(t) => field(t),
                _ => None,
            }) else {
                continue;
            };
            subs += 1;
            cols.entry(format!("bulan{m}_{}", f.key())).or_insert(c);
        }
    }
    let leaf = if subs > 0 { leaf_row } else { mrow };
    if subs == 0 {
        // one column a month: realisasi, unless the header over them says target
        let over = mrow
            .checked_sub(1)
            .and_then(|r| sheet.get_shown(r, spans[0].1))
            .map(|c| text::label(&c.value.as_text()))
            .unwrap_or_default();
        let f = match classify(&over) {
            Some(Role::Target) => Field::Target,
            _ => Field::Realisasi,
        };
        for &(m, from, _) in &spans {
            cols.insert(format!("bulan{m}_{}", f.key()), from);
        }
    }
    let in_months = |c: u32| spans.iter().any(|s| (s.1..=s.2).contains(&c));
    // the header's top: the row of the indicator column's header (a title above is not a
    // header)
    let top = (mrow.saturating_sub(3)..=leaf)
        .flat_map(|r| (0..=max_col).map(move |c| (r, c)))
        .filter(|(_, c)| !in_months(*c))
        .find_map(|(r, c)| {
            let cell = sheet.get_shown(r, c)?;
            let l = text::label(&cell.value.as_text());
            (classify(&l) == Some(Role::Indikator))
                .then(|| sheet.merge_at(r, c).map_or(r, |m| m.first_row))
        })?
        .min(mrow);
    // the other columns by the label nearest the data
    let months_hold_realisasi = cols.keys().any(|k| k.ends_with("_realisasi"));
    let body = leaf + 1 + u32::from(is_numbering_row(sheet, leaf + 1));
    for c in (0..=max_col).filter(|c| !in_months(*c)) {
        let label = (top..=leaf).rev().find_map(|r| {
            let l = text::label(&sheet.get_shown(r, c)?.value.as_text());
            (!l.is_empty()).then_some(l)
        });
        if let Some(k) = label.and_then(|l| column_key(&l, months_hold_realisasi)) {
            // a column of words under a figure's label ("Realisasi Tahunan dihitung":
            // Jumlah / Posisi akhir) says how a figure is made; it holds none
            if matches!(k, "target" | "realisasi" | "capaian")
                && crate::layout::holds_words_only(sheet, c, body)
            {
                continue;
            }
            // a label over the months with nothing under it (`Realisasi per bulan :` on a
            // line of its own above them, a table turned over) gives way to a column of its
            // kind that holds figures (`Realisasi Tahun 2022` under the months)
            let filled = |c: u32| {
                sheet
                    .cells
                    .iter()
                    .any(|x| x.col == c && x.row >= body && !x.value.is_empty())
            };
            // the names under `Indikator Kinerja` rather than the codes under `Uraian` or
            // `No` beside them (`IKU 1`, a table turned over)
            let says_indikator = |c: u32| {
                (top..=leaf).any(|r| {
                    sheet
                        .get_shown(r, c)
                        .is_some_and(|x| text::label(&x.value.as_text()).contains("indikator"))
                })
            };
            match cols.get(k) {
                Some(&taken)
                    if matches!(k, "target" | "realisasi" | "capaian")
                        && !filled(taken)
                        && filled(c) =>
                {
                    cols.insert(k.to_string(), c);
                }
                Some(&taken) if k == "indikator" && !says_indikator(taken) && says_indikator(c) => {
                    cols.insert(k.to_string(), c);
                }
                _ => {
                    cols.entry(k.to_string()).or_insert(c);
                }
            }
        }
    }
    // no realisasi of the year named: a column whose formulas make it of the row's months
    // (`Capaian Tahun 2022` holding `=SUM(E16:P16)` or `=AVERAGE(E5:P5)`) is the year's
    // realisasi, whatever its label calls it
    if months_hold_realisasi && !cols.contains_key("realisasi") {
        let taken: Vec<u32> = cols.values().copied().collect();
        let year_col = (0..=max_col)
            .filter(|c| !in_months(*c) && (!taken.contains(c) || cols.get("capaian") == Some(c)))
            .find(|c| crate::layout::made_of_columns(sheet, *c, body, &in_months));
        if let Some(c) = year_col {
            if cols.get("capaian") == Some(&c) {
                cols.remove("capaian");
            }
            cols.insert("realisasi".to_string(), c);
        }
    }
    // a column saying how each row's year is made of its months (`Kumulatif` / `Per
    // bulan`, `Posisi akhir` / `Jumlah`)
    if let Some(c) = accrual_col(sheet, body, max_col, &in_months) {
        cols.insert(ACCRUAL.to_string(), c);
    }
    // a column saying what each row holds (`Target` on one row, `Realisasi` on the next):
    // each indicator takes two rows, and the year's column holds the target on the first
    // and the realisasi on the second
    if let Some(c) = row_kind_col(sheet, body, max_col, &in_months) {
        cols.insert("baris".to_string(), c);
        let year = (0..=max_col)
            .filter(|c| !in_months(*c) && !cols.values().any(|v| v == c))
            .find(|c| {
                (top..=leaf).any(|r| {
                    sheet.get_shown(r, *c).is_some_and(|cell| {
                        let l = text::label(&cell.value.as_text());
                        l == "tahun" || l == "setahun" || l.starts_with("tahun 20")
                    })
                })
            });
        if let Some(y) = year {
            cols.insert("tahun".to_string(), y);
        }
    }
    // names written in a `Sub Indikator` column beside the names' instead
    if let Some(&names) = cols.get("indikator") {
        let taken = |c: u32| cols.values().any(|&v| v == c);
        if let Some(c) = super::super::sub_names::column(sheet, top..=leaf, names, taken) {
            cols.insert(crate::layout::SUB_NAME.to_string(), c);
        }
    }
    let month_fields = cols.keys().filter(|k| k.starts_with("bulan")).count();
    if !cols.contains_key("indikator") || month_fields < 3 {
        return None;
    }
    let mut header_rows: Vec<u32> = (top..=leaf).collect();
    header_rows.dedup();
    let mut first = leaf + 1;
    let mut numbering_row = None;
    if is_numbering_row(sheet, first) {
        numbering_row = Some(first);
        first += 1;
    }
    let last_data = crate::layout::last_data_row(sheet, first);
    let header_year = header_rows
        .iter()
        .flat_map(|hr| sheet.row(*hr).iter())
        .find_map(|c| text::header_year(&c.value.as_text()));
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Monthly,
        header_rows,
        numbering_row,
        first_row: first,
        last_row: last_data,
        columns: BTreeMap::new(),
        qcols: cols,
        header_year,
        from_mapping: false,
        eval: None,
    })
}

/// The key of the column that says how each row's year is made of its months.
pub(super) const ACCRUAL: &str = "sifat_data";

/// How a row's year is made of its months, by the word of its accrual column: `true` where
/// the months run to date (`Kumulatif`, `Posisi akhir`, `Nilai akhir`: the year's is the
/// last), `false` where each is its month's own (`Per bulan`, `Non kumulatif`, `Jumlah`:
/// the year's is their sum).
pub(super) fn accrual(label: &str) -> Option<bool> {
    let l = text::label(label);
    let l = l.trim_end_matches('.');
    match l {
        "non kumulatif" | "non-kumulatif" | "nonkumulatif" | "tidak kumulatif" | "per bulan"
        | "perbulan" | "bulanan" | "jumlah" | "penjumlahan" | "dijumlahkan" => Some(false),
        "kumulatif" | "posisi akhir" | "nilai akhir" | "akhir tahun" | "akhir periode"
        | "bulan terakhir" => Some(true),
        _ => None,
    }
}

/// The column, beside the months, whose cells say row by row how the year is made of the
/// months ([`accrual`]): two such words at least, and no other text.
fn accrual_col(
    sheet: &Sheet,
    body: u32,
    max_col: u32,
    in_months: &dyn Fn(u32) -> bool,
) -> Option<u32> {
    (0..=max_col).filter(|c| !in_months(*c)).find(|&c| {
        let said: Option<Vec<bool>> = body_texts(sheet, c, body).map(accrual).collect();
        said.is_some_and(|s| s.len() >= 2)
    })
}

/// The text cells of column `c` from the body's first row `body` down (80 rows at most), to
/// the table's end (a budget line or a signature).
fn body_texts(sheet: &Sheet, c: u32, body: u32) -> impl Iterator<Item = &str> + '_ {
    (body..body.saturating_add(80))
        .take_while(move |&r| !crate::layout::is_stop_row(sheet, r))
        .filter_map(move |r| match sheet.get(r, c).map(|cell| &cell.value) {
            Some(Raw::Text(t)) if !t.trim().is_empty() => Some(&**t),
            _ => None,
        })
}

/// What a row of a two-row indicator holds, by the word in its row-kind column.
pub(super) fn row_kind(label: &str) -> Option<Field> {
    match text::label(label).trim_end_matches('.') {
        "target" | "t" | "tgt" | "rencana" => Some(Field::Target),
        "realisasi" | "r" | "real" => Some(Field::Realisasi),
        _ => None,
    }
}

/// The column, beside the months, whose cells say row by row whether it holds the targets
/// or the realisasi (two of each at least).
fn row_kind_col(
    sheet: &Sheet,
    body: u32,
    max_col: u32,
    in_months: &dyn Fn(u32) -> bool,
) -> Option<u32> {
    (0..=max_col).filter(|c| !in_months(*c)).find(|&c| {
        let (mut t, mut r) = (0, 0);
        for x in body_texts(sheet, c, body) {
            match row_kind(x) {
                Some(Field::Target) => t += 1,
                Some(Field::Realisasi) => r += 1,
                _ => {}
            }
        }
        t >= 2 && r >= 2
    })
}

/// The key of a column beside the months, by its label (the cell nearest the data): T / R
/// / % under a `Jumlah` / `Tahunan` group, or `Jumlah` / `Total` alone, are the year's.
fn column_key(l: &str, months_hold_realisasi: bool) -> Option<&'static str> {
    if matches!(l, "no" | "no." | "nomor" | "no urut") {
        return Some("no");
    }
    if l.contains("anggaran") || l.contains("pagu") {
        // the budget; its realisasi is not a figure of the indicator
        return (!text::has_word_like(l, "realisasi") && !l.contains("serapan"))
            .then_some("anggaran");
    }
    if l.contains("unit kerja") || l.contains("penanggung jawab") || l.contains("keterangan") {
        return None;
    }
    // money ("Realisasi (Rp)" under "Keuangan"): the budget's, not the indicator's
    if l.contains("rupiah") || l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "rp") {
        return None;
    }
    if let Some(f) = match l.trim_end_matches('.') {
        "t" | "tgt" => Some("target"),
        "r" | "real" => Some("realisasi"),
        "%" | "c" | "(%)" => Some("capaian"),
        _ => None,
    } {
        // T / R / % under "Jumlah", "Tahunan", "Total": the year's
        return Some(f);
    }
    let yearly = |s: &str| {
        matches!(s, "jumlah" | "total" | "tahunan" | "setahun")
            || s.starts_with("jumlah ")
            || s.starts_with("total ")
            || s.starts_with("realisasi s")
            // the year alone beside its months (`Tahun 2021`, a line of a table turned over)
            || matches!(s.split_whitespace().collect::<Vec<_>>()[..], ["tahun", y]
                if text::years(y).len() == 1 && y.len() == 4)
    };
    if yearly(l) {
        return if months_hold_realisasi {
            Some("realisasi")
        } else {
            Some("target")
        };
    }
    match classify(l) {
        Some(Role::Polaritas) => Some("polaritas"),
        Some(Role::Satuan) => Some("satuan"),
        Some(Role::Indikator) => Some("indikator"),
        Some(Role::Target) => Some("target"),
        Some(Role::Realisasi) => Some("realisasi"),
        Some(Role::Capaian | Role::CapaianAkhir) => Some("capaian"),
        Some(Role::No) => Some("no"),
        _ if l.contains("kegiatan") => Some("kegiatan"),
        _ if l.contains("program") => Some("program"),
        Some(Role::Sasaran) => Some("sasaran"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_column_labels() {
        assert_eq!(field("Target"), Some(Field::Target));
        assert_eq!(field("T"), Some(Field::Target));
        assert_eq!(field("R"), Some(Field::Realisasi));
        assert_eq!(field("Real."), Some(Field::Realisasi));
        assert_eq!(field("Realisasi"), Some(Field::Realisasi));
        assert_eq!(field("%"), Some(Field::Capaian));
        assert_eq!(field("Capaian (%)"), Some(Field::Capaian));
        assert_eq!(field("Rp"), None);
        assert_eq!(field("Anggaran"), None);
    }

    #[test]
    fn columns_beside_the_months() {
        assert_eq!(column_key("jumlah", true), Some("realisasi"));
        assert_eq!(column_key("target tahunan", true), Some("target"));
        assert_eq!(column_key("realisasi anggaran", true), None);
        assert_eq!(column_key("pagu anggaran", true), Some("anggaran"));
        assert_eq!(column_key("program", true), Some("program"));
        assert_eq!(column_key("indikator kegiatan", true), Some("indikator"));
        assert_eq!(column_key("sub kegiatan", true), Some("kegiatan"));
        assert_eq!(column_key("sasaran strategis", true), Some("sasaran"));
        assert_eq!(column_key("satuan", true), Some("satuan"));
    }
}
