//! Finding a Rencana Aksi by its period labels.

use std::collections::BTreeMap;

use crate::layout::quarterly::*;
use crate::layout::{is_numbering_row, is_stop_row, Level, Table, TableKind};
use crate::read::{Raw, Sheet};
use crate::text;

/// Finds a quarterly table on a sheet, if its rows carry period labels.
pub(super) fn table(sheet: &Sheet) -> Option<Table> {
    // period labels: (row, col, period)
    let mut labels: Vec<(u32, u32, u8)> = Vec::new();
    let mut periods = Periods::default();
    let mut to_date: Vec<(u32, u32, u8)> = Vec::new();
    // the labels that name half years (`I | II` under `Semester`)
    let mut halves = 0;
    for c in &sheet.cells {
        if let Raw::Text(t) = &c.value {
            let starts_t = t.trim_start().starts_with(['t', 'T']);
            if t.len() < 40 && starts_t {
                if let Some(p) = periods.get(t) {
                    labels.push((c.row, c.col, p));
                    continue;
                }
            }
            // a one-row header naming each quarter's column ("Target TW I")
            if let Some(p) = crate::layout::quarterly::header_period(t) {
                labels.push((c.row, c.col, p));
                continue;
            }
            // a quarter's realisasi to date ("s.d. TW I" under "Realisasi Kumulatif"), in a
            // header row (not a note `s.d. TW IV` row after row)
            if let Some(p) = to_date_period(t) {
                to_date.push((c.row, c.col, p));
                continue;
            }
            // "I | II | III | IV" under a "Target Triwulan" / "Realisasi TW" merged over them
            if let Some((p, half)) = bare_quarter_under_label(sheet, c.row, c.col, t) {
                labels.push((c.row, c.col, p));
                halves += usize::from(half);
            }
        }
    }
    // blocks down the rows: one column holds the quarter labels again and again
    let vertical = {
        let mut per_col: BTreeMap<u32, usize> = BTreeMap::new();
        for l in labels.iter().filter(|l| l.2 >= 1) {
            *per_col.entry(l.1).or_default() += 1;
        }
        per_col.values().any(|n| *n >= 4)
    };
    if !vertical {
        let to_date_cols: Vec<u32> = to_date.iter().map(|l| l.1).collect();
        // every period a half year's
        let by_halves = halves > 0 && halves == labels.iter().filter(|l| l.2 >= 1).count();
        labels.extend(to_date);
        return detect_horizontal(sheet, &labels, &to_date_cols, by_halves);
    }
    let first_data = labels.iter().map(|l| l.0).min()?;
    let mut period_cols: Vec<u32> = labels.iter().map(|l| l.1).collect();
    period_cols.sort_unstable();
    period_cols.dedup();

    // header: up to three text rows above the first block, skipping a numbering row
    let mut header_rows = Vec::new();
    let mut numbering_row = None;
    let mut r = first_data;
    while r > 0 && header_rows.len() < 3 {
        r -= 1;
        if sheet.row(r).is_empty() {
            if header_rows.is_empty() && numbering_row.is_none() {
                continue;
            }
            break;
        }
        if is_numbering_row(sheet, r) && header_rows.is_empty() {
            numbering_row = Some(r);
            continue;
        }
        header_rows.insert(0, r);
    }
    if header_rows.is_empty() {
        return None;
    }
    let max_col = sheet
        .cells
        .iter()
        .filter(|c| header_rows.contains(&c.row))
        .map(|c| c.col)
        .chain(
            sheet
                .merged
                .iter()
                .filter(|m| header_rows.contains(&m.first_row))
                .map(|m| m.last_col),
        )
        .max()?;

    let mut cols: BTreeMap<String, u32> = BTreeMap::new();
    let mut current: Option<Level> = None;
    let mut seen_indikator = 0usize;
    let mut header_year = None;
    for col in 0..=max_col {
        let leaf = header_rows
            .iter()
            .rev()
            .find_map(|hr| sheet.get_shown(*hr, col))
            .map(|c| text::label(&c.value.as_text()))
            .unwrap_or_default();
        let all: Vec<String> = header_rows
            .iter()
            .filter_map(|hr| sheet.get_shown(*hr, col))
            .map(|c| text::label(&c.value.as_text()))
            .collect();
        if header_year.is_none() {
            header_year = all.iter().find_map(|t| text::header_year(t));
        }
        let top = all.first().cloned().unwrap_or_default();
        let level_named = |s: &str| {
            if s.contains("kegiatan") {
                Some(Level::Kegiatan)
            } else if s.contains("program") {
                Some(Level::Program)
            } else if s.contains("sasaran") {
                Some(Level::Sasaran)
            } else {
                None
            }
        };
        let mut put = |level: Option<Level>, field: &str| {
            if let Some(l) = level {
                cols.entry(format!("{}_{field}", level_key(l)))
                    .or_insert(col);
            }
        };
        if leaf.is_empty() {
            continue;
        }
        if matches!(leaf.as_str(), "no" | "no." | "nomor") {
            cols.entry("no".into()).or_insert(col);
        } else if leaf.contains("unit kerja")
            || leaf.contains("penanggung jawab")
            || leaf.contains("pelaksana")
        {
            cols.entry("unit_kerja".into()).or_insert(col);
        } else if crate::layout::classify(&leaf) == Some(crate::layout::Role::Satuan) {
            cols.entry("satuan".into()).or_insert(col);
        } else if crate::layout::classify(&leaf) == Some(crate::layout::Role::Kategori) {
            cols.entry("kategori".into()).or_insert(col);
        } else if crate::layout::classify(&leaf) == Some(crate::layout::Role::Polaritas) {
            // "Polaritas", "Polarisasi", "Sifat (Indikator)": one column for the block's row
            cols.entry("polaritas".into()).or_insert(col);
        } else if text::has_word_like(&leaf, "indikator") {
            let level = level_named(&leaf).or(LEVELS.get(seen_indikator).copied());
            seen_indikator += 1;
            current = level;
            put(level, "indikator");
        } else if period_cols.contains(&col)
            || leaf == "periode"
            || leaf == "triwulan"
            || leaf == "waktu"
        {
            put(current, "periode");
        } else if leaf.starts_with('%')
            || leaf.contains("capaian") && !leaf.contains("kinerja")
            || leaf == "persen"
        {
            put(current, "capaian");
        } else if text::has_word_like(&leaf, "realisasi") {
            put(current, "realisasi");
        } else if leaf.contains("target") {
            put(current, "target");
        } else if (leaf.starts_with("anggaran") && !leaf.contains("realisasi")
            || leaf == "pagu"
            || leaf.starts_with("pagu anggaran"))
            && current.is_some()
        {
            put(current, "anggaran");
        } else if !top.contains("kriteria") && !top.contains("capaian") {
            // a name column: "SASARAN STRATEGIS", "PROGRAM & ANGGARAN", "KEGIATAN & ANGGARAN",
            // or one for every level it names ("Sasaran Strategis / Program / Kegiatan")
            for level in LEVELS {
                if level_named(&leaf).is_some() && leaf.contains(level_key(level)) {
                    cols.entry(format!("{}_nama", level_key(level)))
                        .or_insert(col);
                }
            }
        }
    }
    // at least one level with an indicator and a target
    let usable = LEVELS.iter().any(|l| {
        let k = level_key(*l);
        cols.contains_key(&format!("{k}_indikator")) && cols.contains_key(&format!("{k}_target"))
    });
    if !usable {
        return None;
    }
    let last = sheet.last_row().unwrap_or(first_data);
    let mut last_data = first_data;
    let mut r = first_data;
    while r <= last {
        // a row of the blocks (its period label) is the table's, whatever else it holds (the
        // officer responsible, `Kepala Dinas`, beside a target that is a grade)
        let labelled = || labels.iter().any(|l| l.0 == r);
        if is_stop_row(sheet, r) && !labelled() {
            break;
        }
        if !sheet.row(r).is_empty() {
            last_data = r;
        }
        r += 1;
    }
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Quarterly,
        header_rows,
        numbering_row,
        first_row: first_data,
        last_row: last_data,
        columns: BTreeMap::new(),
        qcols: cols,
        header_year,
        from_mapping: false,
        eval: None,
    })
}

/// The quarter a bare numeral names ("I" .. "IV") in a header row under a label that says
/// its columns are quarters ("Target Triwulan", "Realisasi per TW", merged over the four).
/// A half year's numeral under `Semester` (`I | II`) is read as the quarter it ends with
/// (TW II, TW IV): a flow's halves sum to the year as its quarters do, a level's last is the
/// year's. Whether it is a half year's comes with it.
fn bare_quarter_under_label(sheet: &Sheet, row: u32, col: u32, t: &str) -> Option<(u8, bool)> {
    // the quarter's last month may follow in brackets (`I (Mar)`, `IV (Des)`)
    let numeral = t.split('(').next().unwrap_or(t).trim();
    let q = match numeral {
        "I" => 1,
        "II" => 2,
        "III" => 3,
        "IV" => 4,
        _ => return None,
    };
    let above = sheet.get_shown(row.checked_sub(1)?, col)?.value.as_text();
    let above = text::label(&above);
    let words = || above.split(|c: char| !c.is_alphanumeric());
    if words().any(|w| matches!(w, "triwulan" | "tw" | "triwulanan")) {
        return Some((q, false));
    }
    let halves = words().any(|w| matches!(w, "semester" | "smt" | "semesteran"));
    match q {
        1 | 2 if halves => Some((q * 2, true)),
        _ => None,
    }
}

/// Whether a text holds a number of five digits or more (`Rp 3.702.118.400`): an amount,
/// never a column's label (a year has four).
fn holds_an_amount(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .any(|n| n.chars().filter(char::is_ascii_digit).count() >= 5)
}

/// Quarters side by side: a header row names "TW I" .. "TW IV" (or "Triwulan I") over
/// groups of Target / Realisasi / % columns, one indicator per row.
/// Whether a sub-column's label under a quarter says it holds the realisasi to date: a
/// realisasi's word or letter, then `s.d.` / `s/d` / `kum.` (`R s.d.`, `Real. kumulatif`).
fn realisasi_to_date(leaf: &str) -> bool {
    let mut words = leaf
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    let rest: Vec<&str> = words.collect();
    let rest = rest.join(" ");
    matches!(first, "r" | "real" | "rls" | "realisasi")
        && (rest.starts_with("s/d")
            || rest.starts_with("s d")
            || rest == "sd"
            || rest.starts_with("kum"))
}

fn detect_horizontal(
    sheet: &Sheet,
    labels: &[(u32, u32, u8)],
    to_date: &[u32],
    by_halves: bool,
) -> Option<Table> {
    // the row that names at least two different quarters
    let mut by_row: BTreeMap<u32, Vec<(u32, u8)>> = BTreeMap::new();
    for l in labels.iter().filter(|l| l.2 >= 1) {
        by_row.entry(l.0).or_default().push((l.1, l.2));
    }
    let (group_row, groups) = by_row.into_iter().find(|(_, v)| {
        let mut qs: Vec<u8> = v.iter().map(|x| x.1).collect();
        qs.sort_unstable();
        qs.dedup();
        qs.len() >= 2
    })?;
    let mut leaf_row = group_row + 1;
    // header rows above the quarters' row ("Target dan Realisasi per Triwulan" over them,
    // "Realisasi s.d. TW IV" beside them): up to two non-empty rows right above it
    let above: Vec<u32> = (1..=2u32)
        .map_while(|k| group_row.checked_sub(k))
        .take_while(|r| !sheet.row(*r).is_empty())
        .collect();
    let mut groups = groups;
    groups.sort_unstable();
    let max_col = [leaf_row, group_row]
        .iter()
        .chain(&above)
        .flat_map(|r| sheet.row(*r).iter().map(|c| c.col))
        .max()?;
    let mut cols: BTreeMap<String, u32> = BTreeMap::new();
    // quarters whose realisasi column says it runs to date (`R s.d.`, `Real. kum.` under
    // `TW I`)
    let mut realised_to_date_under: Vec<u32> = Vec::new();
    for (i, (col, q)) in groups.iter().enumerate() {
        let end = sheet
            .merge_at(group_row, *col)
            .map(|m| m.last_col)
            .unwrap_or_else(|| groups.get(i + 1).map(|g| g.0 - 1).unwrap_or(max_col));
        for c in *col..=end {
            let leaf = sheet
                .get_shown(leaf_row, c)
                .map(|x| text::label(&x.value.as_text()))
                .unwrap_or_default();
            // a figure written with its word on the first line under the quarters
            // (`Realisasi Rp 3.702.118.400 (92,92%)`, a programme's budget) is no label
            if holds_an_amount(&leaf) {
                continue;
            }
            let field = match (leaf.as_str(), crate::layout::classify(&leaf)) {
                (_, Some(crate::layout::Role::Target)) => "target",
                (_, Some(crate::layout::Role::Realisasi)) => "realisasi",
                (_, Some(crate::layout::Role::Capaian)) => "capaian",
                // under a quarter's label its columns may be letters: T / R / %
                ("t" | "tgt" | "trg", _) => "target",
                ("r" | "real" | "rls", _) => "realisasi",
                ("%" | "c" | "cap", _) => "capaian",
                _ if realisasi_to_date(&leaf) => {
                    realised_to_date_under.push(*col);
                    "realisasi"
                }
                _ => continue,
            };
            cols.entry(format!("tw{q}_{field}")).or_insert(c);
        }
    }
    // one column a quarter, under a label that says what they hold ("Target Triwulan" over
    // TW I .. TW IV, a Perjanjian Kinerja's schedule) or saying it itself ("Target TW I"):
    // the quarters' row is the header's last
    if cols.is_empty() {
        // or neither, each indicator a `Target` row and a `Realisasi` row as a column of
        // them says (`Uraian`), the quarters' columns holding both
        // (not a monthly plan's, whose months beside the quarters the monthly form reads)
        let monthly = [group_row, leaf_row]
            .iter()
            .chain(&above)
            .any(|r| crate::layout::monthly::months_in_row(sheet, *r).len() >= 3);
        let kinds = row_kind_column(sheet, group_row + 1, max_col).filter(|_| !monthly);
        for (col, q) in &groups {
            let label_at = |r: u32| {
                sheet
                    .get_shown(r, *col)
                    .map(|x| text::label(&x.value.as_text()))
                    .unwrap_or_default()
            };
            // the label right above, or one further up over a label of its own
            // (`Target` over `Rencana Aksi Triwulan` over TW I .. TW IV)
            let role = above
                .iter()
                .find_map(|&r| crate::layout::classify(&label_at(r)))
                .or_else(|| crate::layout::classify(&label_at(group_row)));
            // a column of `T` / `R` rows decides, whatever the label over the quarters says
            // (`Target dan Realisasi per Triwulan`)
            let field = match role {
                _ if kinds.is_some() => {
                    cols.entry(format!("tw{q}_target")).or_insert(*col);
                    "realisasi"
                }
                Some(crate::layout::Role::Target) => "target",
                Some(crate::layout::Role::Realisasi) => "realisasi",
                _ => continue,
            };
            cols.entry(format!("tw{q}_{field}")).or_insert(*col);
        }
        if let Some(k) = kinds.filter(|_| !cols.is_empty()) {
            cols.insert(ROW_KIND.into(), k);
        }
        if !cols.is_empty() {
            leaf_row = group_row;
        }
    }
    let grouped: Vec<u32> = cols.values().copied().collect();
    let mut uraian = None;
    // the year's target column taken is one first set (`PK Awal`)
    let mut target_first_set = false;
    for c in 0..=max_col {
        if grouped.contains(&c) {
            continue;
        }
        // the label nearest the data, or one above it that says what the column holds
        // (`Target` over `Tahunan`)
        let labels: Vec<String> = [leaf_row, group_row]
            .iter()
            .chain(&above)
            .filter_map(|r| sheet.get_shown(*r, c))
            .map(|x| text::label(&x.value.as_text()))
            .filter(|l| !l.is_empty())
            .collect();
        let label = labels
            .iter()
            .find(|l| crate::layout::classify(l).is_some() || header_period(l).is_some())
            .or(labels.first())
            .cloned()
            .unwrap_or_default();
        // a helper's columns (`Realisasi per triwulan (bantu)` over the quarters the figures
        // to date add up): none of the year's figures
        if labels.iter().any(|l| {
            l.split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w == "bantu")
        }) {
            continue;
        }
        // a quarter's own figure beside the quarters ("Capaian TW IV (%)"), not the year's
        if let Some(q) = header_period(&label) {
            let field = match crate::layout::classify(&label) {
                Some(crate::layout::Role::Target) => "target",
                Some(crate::layout::Role::Realisasi) => "realisasi",
                _ => "capaian",
            };
            cols.entry(format!("tw{q}_{field}")).or_insert(c);
            continue;
        }
        // the budget ("Anggaran (Rp)", "Pagu"), not its realisation
        if (label.starts_with("anggaran") || label.starts_with("pagu"))
            && !label.contains("realisasi")
        {
            cols.entry("anggaran".into()).or_insert(c);
            continue;
        }
        // the budget's realisation ("Realisasi Anggaran (Rp)", "Realisasi Keuangan") and its
        // share ("Serapan (%)") are no indicator's figures
        if label.contains("anggaran")
            || label.contains("keuangan")
            || label.contains("pagu")
            || label.starts_with("serapan")
        {
            continue;
        }
        // "Uraian" beside an "Indikator Kinerja" column names the sasaran, programmes and
        // kegiatan the indicators belong to: the column labelled as indicators holds them
        if label == "uraian" {
            uraian.get_or_insert(c);
            continue;
        }
        // the year's column beside the quarters of indicators of two rows (`Tahunan / s.d.
        // TW IV`, `Jumlah`): the year's target on the Target row, its realisasi on the next
        // (`Tahun 2022` or the year alone: the words a year and `tahun`)
        let words: Vec<&str> = label
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let the_year = !words.is_empty()
            && words
                .iter()
                .all(|w| *w == "tahun" || (w.len() == 4 && text::years(w).len() == 1));
        let yearly = words
            .iter()
            .any(|w| matches!(*w, "tahunan" | "setahun" | "jumlah" | "total"))
            || the_year;
        if yearly && cols.contains_key(ROW_KIND) && crate::layout::classify(&label).is_none() {
            cols.entry("target".into()).or_insert(c);
            cols.entry("realisasi".into()).or_insert(c);
            continue;
        }
        // the year's target as first set (`PK Awal`) beside its revision (`PK Perubahan`):
        // the revision
        let role = crate::layout::classify(&label);
        if role == Some(crate::layout::Role::Target) {
            let first_set = labels.iter().any(|l| crate::layout::is_original_label(l));
            if !cols.contains_key("target") {
                target_first_set = first_set;
            } else if target_first_set && !first_set {
                cols.insert("target".into(), c);
                target_first_set = false;
                continue;
            }
        }
        let key = match role {
            Some(crate::layout::Role::Indikator) => "indikator",
            Some(crate::layout::Role::Sasaran) => "sasaran",
            Some(crate::layout::Role::Target) => "target",
            // the year's realisasi and % beside the quarters ("Realisasi Tahunan",
            // "Capaian Tahunan (%)")
            Some(crate::layout::Role::Realisasi) => "realisasi",
            Some(crate::layout::Role::Capaian) => "capaian",
            Some(crate::layout::Role::Satuan) => "satuan",
            Some(crate::layout::Role::No) => "no",
            Some(crate::layout::Role::Polaritas) => "polaritas",
            Some(crate::layout::Role::Kategori) => "kategori",
            _ => continue,
        };
        cols.entry(key.into()).or_insert(c);
    }
    // a name label merged over two columns or more (`Sasaran / Indikator Kinerja` over B:C,
    // each sasaran written in B on a row of its own, the indicators' names in C): the names
    // are in the column of the span that holds the most texts below the header
    if let Some(&c) = cols.get("indikator") {
        if let Some(names) = names_in_span(sheet, [leaf_row, group_row].iter().chain(&above), c) {
            cols.insert("indikator".into(), names);
        }
    }
    if let Some(c) = uraian {
        if cols.contains_key("indikator") {
            cols.entry("sasaran".into()).or_insert(c);
        } else {
            cols.insert("indikator".into(), c);
        }
    }
    let quarters_with_figures = (1..=4)
        .filter(|q| {
            cols.contains_key(&format!("tw{q}_target"))
                && cols.contains_key(&format!("tw{q}_realisasi"))
        })
        .count();
    // a schedule of targets alone (a Perjanjian Kinerja's TW I .. TW IV beside its annual
    // target): its quarter targets are checked as a Rencana Aksi's
    let schedule = (1..=4)
        .filter(|q| cols.contains_key(&format!("tw{q}_target")))
        .count()
        >= 3
        && !cols
            .keys()
            .any(|k| k.starts_with("tw") && k.contains("realisasi"))
        && cols.contains_key("target");
    // quarters labelled as figures to date (`s.d. TW I` .. `s.d. TW IV`, over their
    // realisasi or over a Target / Realisasi pair each): the year's realisasi is the last
    // quarter's
    let to_date = |c: &u32| to_date.contains(c) || realised_to_date_under.contains(c);
    let to_date_col = groups
        .iter()
        .filter(|(c, _)| to_date(c))
        .map(|(c, _)| *c)
        .min()
        .filter(|_| groups.iter().filter(|(c, _)| to_date(c)).count() >= 2);
    // the quarters' realisasi alone, each to date, beside the year's target
    let realised_to_date = to_date_col.is_some()
        && (1..=4)
            .filter(|q| cols.contains_key(&format!("tw{q}_realisasi")))
            .count()
            >= 2
        && !cols
            .keys()
            .any(|k| k.starts_with("tw") && k.ends_with("_target"))
        && cols.contains_key("target");
    if !cols.contains_key("indikator")
        || (quarters_with_figures < 2 && !schedule && !realised_to_date)
    {
        return None;
    }
    if let Some(c) = to_date_col {
        cols.insert(TO_DATE.into(), c);
    }
    if by_halves {
        if let Some(c) = groups.first().map(|g| g.0) {
            cols.insert(HALVES.into(), c);
        }
    }
    let mut first = leaf_row + 1;
    let mut numbering_row = None;
    if is_numbering_row(sheet, first) {
        numbering_row = Some(first);
        first += 1;
    }
    let last_data = crate::layout::last_data_row(sheet, first);
    let header_year = [group_row, leaf_row]
        .iter()
        .flat_map(|hr| sheet.row(*hr).iter())
        .find_map(|c| text::header_year(&c.value.as_text()))
        // else the one year the year's target column names (`Target 2024`)
        .or_else(|| {
            let c = *cols.get("target")?;
            [leaf_row, group_row].iter().chain(&above).find_map(|r| {
                let label = text::label(&sheet.get_shown(*r, c)?.value.as_text());
                let years = text::years(&label);
                let renstra = ["renstra", "akhir", "s/d", "s.d"]
                    .iter()
                    .any(|w| label.contains(w));
                match years[..] {
                    [y] if !renstra
                        && crate::layout::classify(&label) == Some(crate::layout::Role::Target) =>
                    {
                        Some(y)
                    }
                    _ => None,
                }
            })
        });
    let mut header_rows: Vec<u32> = above.into_iter().rev().collect();
    header_rows.extend([group_row, leaf_row]);
    header_rows.dedup();
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Quarterly,
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

/// Where the label of column `c` in one of `header_rows` is merged over it and columns to its
/// right: the column of that span holding the most texts in the rows below the header (the
/// first of equals), if that is not `c`.
fn names_in_span<'a>(
    sheet: &Sheet,
    header_rows: impl Iterator<Item = &'a u32>,
    c: u32,
) -> Option<u32> {
    let mut lowest = 0;
    let mut span = None;
    for &r in header_rows {
        lowest = lowest.max(r);
        if span.is_none() {
            span = sheet
                .merge_at(r, c)
                .filter(|m| m.first_col == c && m.last_col > c)
                .map(|m| m.last_col);
        }
    }
    let last_col = span?;
    let first = lowest + 1;
    let last = crate::layout::last_data_row(sheet, first);
    let texts = |col: u32| {
        (first..=last)
            .filter(|&r| {
                sheet
                    .get(r, col)
                    .is_some_and(|x| matches!(&x.value, Raw::Text(t) if !t.trim().is_empty()))
                    // a group row's text merged across the table is no name
                    && sheet
                        .merge_at(r, col)
                        .is_none_or(|m| m.last_col <= last_col)
            })
            .count()
    };
    let in_c = texts(c);
    let (best, n) = (c + 1..=last_col)
        .map(|col| (col, texts(col)))
        .fold((c, in_c), |b, x| if x.1 > b.1 { x } else { b });
    (best != c && n > in_c).then_some(best)
}

/// The column, from row `from` on, whose cells say `Target` on a row and `Realisasi` on the
/// next, twice at least: each indicator is then two rows.
fn row_kind_column(sheet: &Sheet, from: u32, max_col: u32) -> Option<u32> {
    let label = |r: u32, c: u32| {
        sheet
            .get(r, c)
            .map(|x| text::label(&x.value.as_text()))
            .unwrap_or_default()
    };
    (0..=max_col).find(|&c| {
        (from..from.saturating_add(80))
            .filter(|&r| {
                row_kind(&label(r, c)) == Some("target")
                    && row_kind(&label(r + 1, c)) == Some("realisasi")
            })
            .take(2)
            .count()
            == 2
    })
}

/// Whether a quarterly table has its quarters side by side (`tw1_target` ...).
pub(crate) fn is_horizontal(table: &Table) -> bool {
    table.qcols.keys().any(|k| k.starts_with("tw"))
}
