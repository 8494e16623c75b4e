//! P1xx: a submission policy (`--policy kebijakan.toml`, `--tahun 2020`): what a verifier
//! requires of every workbook sent in, beyond its figures being right. Each requirement the
//! policy turns on is a rule of its own; a breach is an error, so the file's verdict is
//! gagal (fail).

pub(crate) mod p101;
pub(crate) mod p102;
pub(crate) mod p103;
pub(crate) mod p104;
pub(crate) mod p105;
pub(crate) mod p106;
pub(crate) mod p107;
pub(crate) mod p108;

use serde::{Deserialize, Serialize};

use crate::layout::{Role, TableKind};
use crate::model::{SheetModel, OWN_SHEETS};
use crate::read::{Raw, Sheet, Workbook};
use crate::rules::{Finding, Severity};
use crate::text;

/// What a submission must have. The keys of the policy file are the user's, in Indonesian:
///
/// ```toml
/// tahun = 2020                 # the year the workbook reports
/// formulir = ["annual"]        # allowed forms: annual, quarterly, evaluation
/// tanda_tangan = true          # a signature block: a name above an 18-digit NIP
/// baris_tanggal = true         # a date line ("Bone, 31 Desember 2020")
/// tanpa_indikator_ganda = true # no indicator twice in a table
/// sasaran_berindikator = true  # every sasaran with at least one indicator
/// tanpa_sel_galat = true       # no #DIV/0!, #REF!, … anywhere
/// maks_peringatan = 10         # at most this many warnings
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub tahun: Option<i32>,
    pub formulir: Option<Vec<TableKind>>,
    pub tanda_tangan: bool,
    pub baris_tanggal: bool,
    pub tanpa_indikator_ganda: bool,
    pub sasaran_berindikator: bool,
    pub tanpa_sel_galat: bool,
    pub maks_peringatan: Option<usize>,
}

impl Policy {
    /// A policy file's text; the error names the key or value at fault.
    pub fn parse(text: &str) -> Result<Policy, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Whether the policy requires anything at all.
    pub fn is_empty(&self) -> bool {
        *self == Policy::default()
    }
}

/// The breaches of `policy` by one workbook, given its sheet models and the findings the
/// other rules made.
pub fn check(
    wb: &Workbook,
    models: &[SheetModel],
    findings: &[Finding],
    policy: &Policy,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(first) = models.first() else {
        return out;
    };
    if let Some(want) = policy.tahun {
        let year = models.iter().find_map(|m| m.year());
        if year != Some(want) {
            let at = first
                .meta
                .years
                .iter()
                .find(|m| m.year != want)
                .and_then(|m| m.cell)
                .unwrap_or((0, 0));
            out.push(p101::finding(&first.name, at, want, year));
        }
    }
    if let Some(forms) = &policy.formulir {
        for m in models {
            if let Some(t) = m.tables.iter().find(|t| !forms.contains(&t.kind)) {
                let row = t.header_rows.first().copied().unwrap_or(t.first_row);
                out.push(p102::finding(&m.name, row, t.kind, forms));
            }
        }
    }
    for m in models {
        let Some(sheet) = wb.sheets.iter().find(|s| s.name == m.name) else {
            continue;
        };
        let end = m.tables.iter().map(|t| t.last_row).max().unwrap_or(0);
        if policy.tanda_tangan {
            if let Some(f) = signature(sheet, end) {
                out.push(f);
            }
        }
        if policy.baris_tanggal
            && !m
                .meta
                .years
                .iter()
                .any(|y| y.source == crate::layout::meta::YearSource::DateLine)
            && !sheet.cells.iter().any(|c| {
                c.row > end && matches!(&c.value, Raw::Text(t) if text::date_line_year(t).is_some())
            })
        {
            out.push(p104::finding(&m.name, end + 1));
        }
        if policy.tanpa_indikator_ganda {
            duplicated(m, &mut out);
        }
        if policy.sasaran_berindikator {
            sasaran_without_indicator(sheet, m, &mut out);
        }
    }
    if policy.tanpa_sel_galat {
        let errors: Vec<(&str, u32, u32)> = wb
            .sheets
            .iter()
            .filter(|s| !OWN_SHEETS.contains(&s.name.as_str()))
            .flat_map(|s| {
                s.cells
                    .iter()
                    .filter(|c| matches!(c.value, Raw::Error(_)))
                    .map(move |c| (s.name.as_str(), c.row, c.col))
            })
            .collect();
        if let Some(&(sheet, row, col)) = errors.first() {
            out.push(p107::finding(sheet, row, col, errors.len()));
        }
    }
    if let Some(max) = policy.maks_peringatan {
        let warnings: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .collect();
        if warnings.len() > max {
            let (sheet, row, col) = warnings
                .get(max)
                .map(|f| (f.sheet.as_str(), f.row, f.col))
                .unwrap_or((first.name.as_str(), 0, 0));
            out.push(p108::finding(sheet, row, col, warnings.len(), max));
        }
    }
    out
}

/// The signature block under the tables: a cell starting `NIP` with the 18 digits of a
/// civil servant's number, and a name just above it in the same column.
fn signature(sheet: &Sheet, end: u32) -> Option<Finding> {
    let below: Vec<_> = sheet.cells.iter().filter(|c| c.row > end).collect();
    let nip = below.iter().find_map(|c| {
        let Raw::Text(t) = &c.value else { return None };
        let n = text::norm(t);
        n.starts_with("nip").then(|| {
            let digits = t.chars().filter(char::is_ascii_digit).count();
            (c.row, c.col, digits)
        })
    });
    let Some((row, col, digits)) = nip else {
        return Some(p103::finding(&sheet.name, end + 1, 0, p103::Missing::Block));
    };
    if digits != 18 {
        return Some(p103::finding(
            &sheet.name,
            row,
            col,
            p103::Missing::NipDigits(digits),
        ));
    }
    // the name: a text with letters on one of the three rows above, in the NIP's column
    let named = below.iter().any(|c| {
        c.row < row
            && c.row + 3 >= row
            && c.col == col
            && matches!(&c.value, Raw::Text(t)
                if t.chars().filter(|ch| ch.is_alphabetic()).count() >= 3
                    && !t.chars().any(|ch| ch.is_ascii_digit()))
    });
    (!named).then(|| p103::finding(&sheet.name, row, col, p103::Missing::Name))
}

fn duplicated(m: &SheetModel, out: &mut Vec<Finding>) {
    let mut seen: std::collections::HashMap<(usize, String), u32> = Default::default();
    for ind in &m.indikator {
        let key = (ind.table, text::norm(&ind.nama));
        if key.1.is_empty() {
            continue;
        }
        match seen.get(&key) {
            Some(&first) => out.push(p105::finding(&m.name, ind.nama_cell, &ind.nama, first)),
            None => {
                seen.insert(key, ind.row);
            }
        }
    }
}

/// Each sasaran written in an annual table's Sasaran column must have an indicator on its
/// row or on the rows down to the next sasaran.
fn sasaran_without_indicator(sheet: &Sheet, m: &SheetModel, out: &mut Vec<Finding>) {
    for (ti, t) in m.tables.iter().enumerate() {
        if t.kind != TableKind::Annual {
            continue;
        }
        let Some(&col) = t.columns.get(&Role::Sasaran) else {
            continue;
        };
        let starts: Vec<(u32, &str)> = sheet
            .cells
            .iter()
            .filter(|c| c.col == col && t.first_row <= c.row && c.row <= t.last_row)
            .filter_map(|c| match &c.value {
                Raw::Text(s) if s.chars().filter(|ch| ch.is_alphabetic()).count() >= 3 => {
                    Some((c.row, &s[..]))
                }
                _ => None,
            })
            .collect();
        for (i, &(row, name)) in starts.iter().enumerate() {
            let next = starts.get(i + 1).map_or(t.last_row + 1, |s| s.0);
            let has = m.indikator.iter().any(|ind| {
                ind.table == ti
                    && row <= ind.row
                    && ind.row < next
                    && !ind.nama.trim().is_empty()
                    && !(ind.name_in_sasaran_col && ind.row == row && &*ind.nama == name)
            });
            // an indicator typed in the Sasaran column is one, not a sasaran
            let is_indicator = m
                .indikator
                .iter()
                .any(|ind| ind.name_in_sasaran_col && ind.row == row);
            if !has && !is_indicator {
                out.push(p106::finding(&m.name, row, col, name));
            }
        }
    }
}
