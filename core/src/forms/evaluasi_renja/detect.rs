//! Finding evaluation tables: the numbering row under a header of Renstra / Renja /
//! Triwulan words, the K / Rp row, the written rules.

use std::collections::BTreeMap;

use crate::layout::*;
use crate::read::{Raw, Sheet};
use crate::text;

/// Finds the evaluation tables of a sheet.
pub fn tables(sheet: &Sheet) -> Vec<Table> {
    let mut out = Vec::new();
    let Some(last) = sheet.last_row() else {
        return out;
    };
    let rows: Vec<u32> = sheet.rows().collect();
    let mut after = 0;
    for &r in &rows {
        if r < after || !is_numbering_row(sheet, r) {
            continue;
        }
        if let Some(t) = build(sheet, r, last) {
            after = t.last_row + 1;
            out.push(t);
        }
    }
    out
}

/// The number a numbering cell starts with (`13 = 9 + 10` → 13, `(5)` → 5).
fn leading_number(t: &str) -> Option<u32> {
    let t = t.trim().trim_start_matches('(');
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// A K / Rp / % label.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    K,
    Rp,
    Pct,
}

fn label(t: &str) -> Option<Label> {
    let low = t.trim().to_ascii_lowercase();
    match low.as_str() {
        "k" => Some(Label::K),
        "rp" | "rp." => Some(Label::Rp),
        "%" => Some(Label::Pct),
        // a header that says its label in brackets, no row of labels under it (`Target
        // Renja 2021 (K)`, `TW I (Rp)`, `Tingkat Capaian Renja (K) %`)
        _ if low.contains("(k)") => Some(Label::K),
        _ if low.contains("(rp)") || low.contains("(rp.)") => Some(Label::Rp),
        _ => None,
    }
}

/// The K / Rp / % labels of `row`, with those merged down over it from the two rows above
/// (`K` written over two rows beside the quarters, whose `I`..`IV` take the upper row and
/// their own `K` / `Rp` the lower).
fn labels(sheet: &Sheet, row: u32) -> Vec<(u32, Label)> {
    let of_row = |r: u32| {
        sheet.row(r).iter().filter_map(|c| match &c.value {
            Raw::Text(t) => label(t).map(|l| (c.col, l)),
            _ => None,
        })
    };
    let mut out: Vec<(u32, Label)> = of_row(row).collect();
    let own = out.len();
    for up in row.saturating_sub(2)..row {
        for (col, l) in of_row(up) {
            let down = sheet
                .merge_at(up, col)
                .is_some_and(|m| m.first_row == up && m.first_col == col && m.last_row >= row);
            if down && !out[..own].iter().any(|(c, _)| *c == col) {
                out.push((col, l));
            }
        }
    }
    out.sort_by_key(|(c, _)| *c);
    out
}

const HEADER_WORDS: [&str; 5] = ["renstra", "renja", "realisasi", "triwulan", "capaian"];

fn build(sheet: &Sheet, numbering: u32, last: u32) -> Option<Table> {
    // the header words above the numbering row
    let top = numbering.saturating_sub(5);
    let mut words = 0;
    let mut header_rows = Vec::new();
    for r in top..numbering {
        let mut any = false;
        // a title (`PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2023`) stands alone on its row;
        // header rows have a cell over each column
        let texts = sheet
            .row(r)
            .iter()
            .filter(|c| !c.value.text().trim().is_empty())
            .count();
        if texts < 2 && header_rows.is_empty() {
            continue;
        }
        for c in sheet.row(r) {
            if let Raw::Text(t) = &c.value {
                let n = text::norm(t);
                let hits = HEADER_WORDS.iter().filter(|w| n.contains(*w)).count();
                words += hits;
                any |= hits > 0 || roman(t).is_some();
            }
        }
        if any || !header_rows.is_empty() {
            header_rows.push(r);
        }
    }
    if words < 3 {
        return None;
    }
    // the K / Rp row: just under the numbering row (or just above it)
    let (kr_row, mut kr) = [numbering + 1, numbering + 2, numbering.saturating_sub(1)]
        .into_iter()
        .map(|r| (r, labels(sheet, r)))
        .find(|(_, l)| l.iter().filter(|(_, x)| *x == Label::K).count() >= 3)?;
    // quarters of the kinerja alone, `I`..`IV` on the K / Rp row itself (under `Realisasi
    // Kinerja Triwulan (K)`), each a K column
    kr.extend(
        sheet
            .row(kr_row)
            .iter()
            .filter(|c| matches!(&c.value, Raw::Text(t) if roman(t).is_some()))
            .filter(|c| !kr.iter().any(|(col, _)| *col == c.col))
            .map(|c| (c.col, Label::K))
            .collect::<Vec<_>>(),
    );
    kr.sort_by_key(|(c, _)| *c);
    // the numbers and where each starts
    let mut starts: Vec<(u32, u32, String)> = sheet
        .row(numbering)
        .iter()
        .filter_map(|c| {
            let t = c.value.text().to_string();
            leading_number(&t).map(|n| (c.col, n, t))
        })
        .collect();
    starts.sort_by_key(|(c, _, _)| *c);
    let max_label = kr.iter().map(|(c, _)| *c).max()?;
    let mut numbers = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for (i, (col, n, t)) in starts.iter().enumerate() {
        let end = match sheet.merge_at(numbering, *col) {
            Some(m) if m.first_col < m.last_col => m.last_col,
            _ => match starts.get(i + 1) {
                Some((next, _, _)) => next - 1,
                None => max_label.max(*col),
            },
        };
        let mut ec = EvalColumn::default();
        for (c, l) in kr.iter().filter(|(c, _)| (*col..=end).contains(c)) {
            let slot = match l {
                Label::K => &mut ec.k,
                Label::Rp => &mut ec.rp,
                Label::Pct => &mut ec.pct,
            };
            slot.get_or_insert(*c);
        }
        if ec.k.is_some() || ec.rp.is_some() {
            numbers.insert(*n, ec);
        }
        texts.insert(*n, t.clone());
    }
    pair_numbered_columns(&mut numbers);
    if numbers.len() < 4 {
        return None;
    }
    let mut rules: Vec<EvalRule> = texts
        .iter()
        .filter_map(|(n, t)| parse_rule(t).filter(|r| r.target == *n))
        .collect();
    // the scheme's rules where none is written, its numbers those of a form whose first
    // pair is 5: each the pair as many places on (the numbers the sheet writes)
    let keys: Vec<u32> = numbers.keys().copied().collect();
    // of ten pairs, the last is the Renstra's capaian or the year's, as its header says
    // (`Tingkat Capaian Kinerja … Renja (%)`: the year's realisasi over its target)
    let last_of_renja = || {
        let Some(col) = keys
            .last()
            .and_then(|n| numbers.get(n))
            .and_then(|c| c.k.or(c.rp))
        else {
            return false;
        };
        let over = header_rows
            .iter()
            .filter_map(|&r| sheet.get_shown(r, col))
            .map(|c| text::norm(&c.value.text()))
            .collect::<Vec<_>>()
            .join(" ");
        if over.contains("renstra") {
            return false;
        }
        if over.contains("capaian") && over.contains("renja") {
            return true;
        }
        // a header naming neither (`Tingkat Capaian (%)`): the target its formulas divide
        // by, the year's (`=S11/N(I11)*100`) or the Renstra's
        let k_of = |n: u32| {
            keys.get(n.saturating_sub(5) as usize)
                .and_then(|k| numbers.get(k))
                .and_then(|c| c.k)
        };
        let (Some(renja), Some(renstra)) = (k_of(7), k_of(5)) else {
            return false;
        };
        let (mut to_renja, mut to_renstra) = (0usize, 0usize);
        for r in numbering + 1..=last {
            let Some(f) = sheet.get(r, col).and_then(|c| c.formula.as_deref()) else {
                continue;
            };
            for at in crate::formula::references(f) {
                if at.sheet.is_none() && at.row == r {
                    to_renja += usize::from(at.col == renja);
                    to_renstra += usize::from(at.col == renstra);
                }
            }
        }
        to_renja > to_renstra
    };
    let scheme: &[(u32, &[u32], bool)] = match numbers.len() {
        10 if last_of_renja() => &[
            (12, &[8, 9, 10, 11], false),
            (13, &[6, 12], false),
            (14, &[12, 7], true),
        ],
        // the year's columns alone: its target, four quarters, its realisasi and `Tingkat
        // Capaian` (no Renstra's nor last year's)
        7 => &[(10, &[6, 7, 8, 9], false), (11, &[10, 5], true)],
        // no Renstra columns worked out of the year's (`Tingkat Capaian` the last pair)
        9 => &[(12, &[8, 9, 10, 11], false), (13, &[12, 7], true)],
        10 => &[
            (12, &[8, 9, 10, 11], false),
            (13, &[6, 12], false),
            (14, &[13, 5], true),
        ],
        11 => &[
            (12, &[8, 9, 10, 11], false),
            (13, &[12, 7], true),
            (14, &[6, 12], false),
            (15, &[14, 5], true),
        ],
        _ => &[],
    };
    // no scheme for so many pairs (eight: the Renstra's target, the year's, four quarters,
    // its realisasi and `Tingkat Capaian`, no realisasi of last year): the quarters found by
    // the headers over them (`I` .. `IV`, `Triwulan I`), the year's target the pair before
    // them, its realisasi the pair after, their ratio the one after that where it is the
    // last pair or says `capaian`
    let scheme: Vec<(u32, Vec<u32>, bool)> = if scheme.is_empty() && rules.is_empty() {
        by_quarter_headers(sheet, &header_rows, &numbers, &keys)
    } else {
        scheme
            .iter()
            .map(|(t, p, r)| (*t, p.to_vec(), *r))
            .collect()
    };
    for (target, parts, ratio) in &scheme {
        let sh = |n: u32| {
            keys.get(n.saturating_sub(5) as usize)
                .copied()
                .unwrap_or(u32::MAX)
        };
        let target = sh(*target);
        if rules.iter().any(|r| r.target == target) || !numbers.contains_key(&target) {
            continue;
        }
        let parts: Vec<u32> = parts.iter().map(|p| sh(*p)).collect();
        let (op, text) = if *ratio {
            (
                EvalOp::Ratio(parts[0], parts[1]),
                format!("{target} = {}/{} x 100", parts[0], parts[1]),
            )
        } else {
            let joined: Vec<String> = parts.iter().map(u32::to_string).collect();
            (
                EvalOp::Sum(parts.clone()),
                format!("{target} = {}", joined.join(" + ")),
            )
        };
        rules.push(EvalRule {
            target,
            op,
            text,
            written: false,
        });
    }
    // a rule only over numbers the table has
    rules.retain(|r| {
        let parts = match &r.op {
            EvalOp::Sum(p) => p.clone(),
            EvalOp::Ratio(a, b) => vec![*a, *b],
        };
        parts.iter().all(|p| numbers.contains_key(p))
    });
    // data rows: below the K / Rp row to the first stop row
    let first = kr_row.max(numbering) + 1;
    let mut last_data = None;
    let mut r = first;
    while r <= last {
        if is_stop_row(sheet, r) || is_end_row(sheet, r) {
            break;
        }
        if !sheet.row(r).is_empty() {
            last_data = Some(r);
        }
        r += 1;
    }
    let last_data = last_data?;
    if kr_row < numbering && !header_rows.contains(&kr_row) {
        header_rows.push(kr_row);
    }
    let roles = EvalRoles::from_rules(&numbers, &rules);
    let (columns, program_col) = text_columns(sheet, &header_rows, &numbers, &roles);
    // the title above the table (left of the quarters' own headers, which name every
    // quarter), else the sheet name
    let first_fig = numbers
        .values()
        .filter_map(|c| c.k.or(c.rp))
        .min()
        .unwrap_or(0);
    let report_quarter = (0..numbering)
        .flat_map(|r| sheet.row(r))
        .filter(|c| c.col < first_fig)
        .filter_map(|c| match &c.value {
            Raw::Text(t) => quarter_named(t),
            _ => None,
        })
        .max()
        .or_else(|| quarter_named(&sheet.name));
    let header_year = header_rows
        .iter()
        .flat_map(|hr| sheet.row(*hr))
        .find_map(|c| {
            let t = c.value.text();
            text::header_year(&t).or_else(|| text::renja_year(&t))
        });
    Some(Table {
        sheet: sheet.name.clone(),
        kind: TableKind::Evaluation,
        header_rows,
        numbering_row: Some(numbering),
        first_row: first,
        last_row: last_data,
        qcols: BTreeMap::new(),
        header_year,
        from_mapping: false,
        columns,
        eval: Some(Box::new(EvalColumns {
            numbers,
            rules,
            roles,
            program_col,
            report_quarter,
        })),
    })
}

/// A form numbering each column of its K / Rp pairs (`6 | 7` over `K | Rp`) rather than each
/// pair: each K column and the Rp column right of it made one pair, numbered as its K column.
/// Only where every numbered column holds one figure column and every Rp column follows its
/// K; a K column with no Rp beside it (the quarters of a form that writes their kinerja
/// alone) stays alone.
fn pair_numbered_columns(numbers: &mut BTreeMap<u32, EvalColumn>) {
    let single = |c: &EvalColumn| c.k.is_some() != c.rp.is_some() && c.pct.is_none();
    if numbers.len() < 6 || !numbers.values().all(single) {
        return;
    }
    // the K columns followed by their Rp, the next number one column right
    let paired = |n: &u32| {
        let (Some(k), Some(rp)) = (
            numbers.get(n).and_then(|c| c.k),
            numbers.get(&n.saturating_add(1)).and_then(|c| c.rp),
        ) else {
            return false;
        };
        rp == k.saturating_add(1)
    };
    let ks: Vec<u32> = numbers
        .iter()
        .filter(|(_, c)| c.k.is_some())
        .map(|(n, _)| *n)
        .filter(paired)
        .collect();
    let rps = numbers.values().filter(|c| c.rp.is_some()).count();
    if ks.len() < 3 || ks.len() != rps {
        return;
    }
    for n in ks {
        if let Some(rp) = numbers.remove(&n.saturating_add(1)).and_then(|c| c.rp) {
            if let Some(c) = numbers.get_mut(&n) {
                c.rp = Some(rp);
            }
        }
    }
}

/// The columns left of the numbered ones (No, Sasaran, the name, the indicator, Satuan,
/// Polaritas) by their header words, and the K column of each figure the roles name.
fn text_columns(
    sheet: &Sheet,
    header_rows: &[u32],
    numbers: &BTreeMap<u32, EvalColumn>,
    roles: &EvalRoles,
) -> (BTreeMap<Role, u32>, Option<u32>) {
    let mut out = BTreeMap::new();
    let mut program = None;
    let first_k = numbers
        .values()
        .filter_map(|c| c.k.or(c.rp))
        .min()
        .unwrap_or(0);
    for hr in header_rows {
        for c in sheet.row(*hr).iter().filter(|c| c.col < first_k) {
            let Raw::Text(t) = &c.value else { continue };
            let l = text::label(t);
            let role = classify(&l);
            // "Program/Kegiatan/Sub Kegiatan", "Urusan/Bidang Urusan ... Program/Kegiatan":
            // the names the indicators measure
            if role.is_none() && (l.contains("program") || l.contains("kegiatan")) {
                program.get_or_insert(c.col);
                continue;
            }
            let Some(role) = role else { continue };
            let role = match role {
                Role::No | Role::Sasaran | Role::Indikator | Role::Satuan | Role::Polaritas => role,
                _ => continue,
            };
            out.entry(role).or_insert(c.col);
        }
    }
    let k = |n: Option<u32>| n.and_then(|n| numbers.get(&n)).and_then(|c| c.k);
    for (role, n) in [
        (Role::Target, roles.target),
        (Role::Realisasi, roles.realisasi),
        (Role::Capaian, roles.capaian),
        (Role::TargetAkhir, roles.target_renstra),
        (Role::CapaianAkhir, roles.capaian_renstra),
    ] {
        if let Some(c) = k(n) {
            out.insert(role, c);
        }
    }
    (out, program)
}

/// The quarter a title or sheet name names: `TRIWULAN I`, `Triwulan III Tahun 2024`,
/// `TW II`, `Trw. IV`, `Triwulan 2`; the last of a span (`Triwulan I s/d III`).
pub fn quarter_named(t: &str) -> Option<u8> {
    let n = text::norm(t);
    let words: Vec<&str> = n
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '(' | ')' | '-' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut best = None;
    let mut after_key = false;
    for w in words {
        if matches!(w, "triwulan" | "tw" | "trw" | "tri" | "triw") {
            after_key = true;
            continue;
        }
        if after_key {
            let q = roman(w).or_else(|| match w {
                "1" | "2" | "3" | "4" => w.parse().ok(),
                _ => None,
            });
            match q {
                Some(q) => {
                    best = best.max(Some(q));
                    continue;
                }
                // `s/d`, `sampai`, `dengan` keep the span going
                None if matches!(w, "s/d" | "sd" | "sampai" | "dengan" | "hingga") => continue,
                None => after_key = false,
            }
        }
    }
    best
}

/// The rules of a form whose pairs are placed by their headers: the four quarters under
/// `I` .. `IV` (or `Triwulan I` ..) side by side, the year's realisasi their sum in the pair
/// after them, and its capaian that over the year's target (the pair before the quarters)
/// in the pair after the realisasi, where that is the last pair or its header says
/// `capaian`. In the scheme's numbers (the first pair 5), as the schemes of `build` are
/// written; none where the quarters are not found so.
fn by_quarter_headers(
    sheet: &Sheet,
    header_rows: &[u32],
    numbers: &BTreeMap<u32, EvalColumn>,
    keys: &[u32],
) -> Vec<(u32, Vec<u32>, bool)> {
    let over = |n: u32| -> Vec<String> {
        numbers
            .get(&n)
            .and_then(|c| c.k.or(c.rp))
            .map(|col| {
                header_rows
                    .iter()
                    .filter_map(|&r| sheet.get_shown(r, col))
                    .map(|c| c.value.text().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let quarters: Vec<Option<u8>> = keys
        .iter()
        .map(|n| {
            over(*n)
                .iter()
                .find_map(|t| roman(t).or_else(|| quarter_named(t)))
        })
        .collect();
    let Some(first) = quarters
        .windows(4)
        .position(|w| w == [Some(1), Some(2), Some(3), Some(4)])
    else {
        return Vec::new();
    };
    // a target before the quarters, a realisasi after them
    if first == 0 || first + 4 >= keys.len() {
        return Vec::new();
    }
    // the scheme's number of the pair at a place (the first pair 5)
    let number = |i: usize| 5 + i as u32;
    let (target, realisasi) = (number(first - 1), number(first + 4));
    let mut rules = vec![(realisasi, (first..first + 4).map(number).collect(), false)];
    let capaian = first + 5;
    let says_capaian = keys
        .get(capaian)
        .is_some_and(|n| over(*n).iter().any(|t| text::norm(t).contains("capaian")));
    if capaian < keys.len() && (capaian + 1 == keys.len() || says_capaian) {
        rules.push((number(capaian), vec![realisasi, target], true));
    }
    rules
}

/// A Roman quarter label (`I`, `II`, `Il`, `Ill`, `IV `).
fn roman(t: &str) -> Option<u8> {
    match t.trim().to_ascii_uppercase().replace('L', "I").as_str() {
        "I" => Some(1),
        "II" => Some(2),
        "III" => Some(3),
        "IV" => Some(4),
        _ => None,
    }
}

/// The lines under an evaluation table: the mean capaian, the predikat, the factors, the
/// follow-up, the signatures. An indicator measured as a mean (`Rata-rata kunjungan
/// perpustakaan perhari`, `Rata-rata lama sekolah`) is a row of the table: only the mean of
/// the capaian (`Rata-rata capaian kinerja (%)`, `Rata-rata`) ends it. The line's first
/// text says so: a row's unit (`predikat` beside `Status akreditasi rumah sakit`) does not.
fn is_end_row(sheet: &Sheet, row: u32) -> bool {
    let first_text = sheet
        .row(row)
        .iter()
        .take(6)
        .find(|c| matches!(&c.value, Raw::Text(t) if !t.trim().is_empty()));
    first_text.is_some_and(|c| match &c.value {
        Raw::Text(t) => {
            let n = text::norm(t);
            let mean = ["rata-rata", "rata rata", "rata - rata"]
                .iter()
                .find_map(|k| n.strip_prefix(k));
            if let Some(rest) = mean {
                let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
                return rest.is_empty()
                    || ["capaian", "tingkat capaian", "nilai capaian", "kinerja"]
                        .iter()
                        .any(|k| rest.starts_with(k));
            }
            // the grade of the mean (`Predikat`, `Predikat Kinerja :`), not an indicator named
            // by the grade it measures (`Predikat SAKIP Kabupaten`)
            if let Some(rest) = n.strip_prefix("predikat") {
                let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
                return rest.is_empty()
                    || ["kinerja", "capaian", "tingkat", "rata", "hasil evaluasi"]
                        .iter()
                        .any(|k| rest.starts_with(k));
            }
            ["faktor", "tindak lanjut", "disusun"]
                .iter()
                .any(|k| n.starts_with(k))
        }
        _ => false,
    })
}

/// A written rule: `13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`, `14 = 7+13`.
pub fn parse_rule(t: &str) -> Option<EvalRule> {
    let (lhs, rhs) = t.split_once('=')?;
    let target: u32 = lhs.trim().trim_matches(['(', ')']).trim().parse().ok()?;
    let rhs_l = rhs.to_ascii_lowercase();
    let nums = |s: &str| -> Option<Vec<u32>> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|x| !x.is_empty())
            .map(|x| x.parse().ok())
            .collect()
    };
    let op = if let Some((a, b)) = rhs_l.split_once('/') {
        let a = nums(a)?;
        let b = nums(b)?;
        if a.len() != 1 || b.is_empty() || b.len() > 2 || (b.len() == 2 && b[1] != 100) {
            return None;
        }
        EvalOp::Ratio(a[0], b[0])
    } else {
        if rhs_l.contains(['-', '*', 'x']) {
            return None;
        }
        let parts = nums(&rhs_l)?;
        if parts.len() < 2 {
            return None;
        }
        EvalOp::Sum(parts)
    };
    Some(EvalRule {
        target,
        op,
        text: t.split_whitespace().collect::<Vec<_>>().join(" "),
        written: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let r = parse_rule("13 = 9 + 10 + 11 + 12").unwrap();
        assert_eq!((r.target, r.op), (13, EvalOp::Sum(vec![9, 10, 11, 12])));
        let r = parse_rule("15 = 14 / 6 x 100").unwrap();
        assert_eq!((r.target, r.op), (15, EvalOp::Ratio(14, 6)));
        let r = parse_rule("13 = 12/7 x 100").unwrap();
        assert_eq!(r.op, EvalOp::Ratio(12, 7));
        let r = parse_rule("12 = 8+9+10+11").unwrap();
        assert_eq!(r.op, EvalOp::Sum(vec![8, 9, 10, 11]));
        assert!(parse_rule("14 = 7 - 13").is_none());
    }

    #[test]
    fn a_mean_or_its_grade_ends_the_table_an_indicator_named_so_does_not() {
        let ends = |t: &str| is_end_row(&Sheet::of_rows("E81", &[&["", "", "", t]]), 0);
        for t in [
            "Rata-rata capaian kinerja",
            "Predikat",
            "Predikat Kinerja : Tinggi",
            "Faktor pendorong",
        ] {
            assert!(ends(t), "{t}");
        }
        for t in [
            "Predikat SAKIP Kabupaten",
            "Rata-rata kunjungan perpustakaan perhari",
            "Persentase predikat B",
        ] {
            assert!(!ends(t), "{t}");
        }
        // a grade's unit beside its indicator
        let row = [
            "",
            "",
            "",
            "Status akreditasi rumah sakit",
            "predikat",
            "Paripurna",
        ];
        assert!(!is_end_row(&Sheet::of_rows("E81", &[&row]), 0));
    }

    #[test]
    fn quarters_named() {
        let q = quarter_named;
        assert_eq!(q("PERIODE PELAKSANAAN : TRIWULAN I TAHUN 2024"), Some(1));
        assert_eq!(q("Realisasi TW IV"), Some(4));
        assert_eq!(q("Triwulan I s/d III"), Some(3));
        assert_eq!(q("Triwulan 2 Tahun 2023"), Some(2));
        assert_eq!(q("Realisasi Kinerja dan Anggaran pada Triwulan"), None);
        assert_eq!(q("Form E.81"), None);
    }
}
