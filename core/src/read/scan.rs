//! A fast second look at xlsx sheets: which cells hold formulas (and their text) and which
//! ranges are merged, found by searching the sheet XML for `<f` and `<mergeCell` instead of
//! parsing every element. Calamine reads the values; this runs beside it. Anything unusual
//! (a namespace prefix, a cell without its `r` attribute) returns `None`, and the caller falls
//! back to calamine's full parse.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use memchr::memmem;

use super::{parse_cell_name, Merge};

/// Formulas by position (text without `=`; the cells of a shared formula carry a mark that
/// [`resolve_shared`] turns into their own text) and merged ranges.
pub struct Extras {
    pub formulas: Vec<((u32, u32), String)>,
    pub merged: Vec<Merge>,
    pub hidden: super::Hidden,
}

/// Sheet name → part path inside the package (`xl/worksheets/sheet1.xml`).
pub fn sheet_parts(bytes: &[u8]) -> Option<HashMap<String, String>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    Some(
        workbook_sheets(&mut zip)?
            .into_iter()
            .map(|s| (s.name, s.part))
            .collect(),
    )
}

/// A sheet as the workbook lists it.
pub(super) struct SheetEntry {
    pub name: String,
    /// its part inside the package (`xl/worksheets/sheet1.xml`)
    pub part: String,
    /// its state is `hidden` or `veryHidden`
    pub hidden: bool,
}

/// The sheets of a package in workbook order.
pub(super) fn workbook_sheets(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Option<Vec<SheetEntry>> {
    let mut read = |name: &str| -> Option<String> {
        let mut f = zip.by_name(name).ok()?;
        let mut s = String::new();
        f.read_to_string(&mut s).ok()?;
        Some(s)
    };
    let workbook = read("xl/workbook.xml")?;
    let targets = relationship_targets(&read("xl/_rels/workbook.xml.rels")?);
    tags(&workbook, "<sheet ")
        .map(|tag| {
            let name = unescape(&attr(tag, "name")?);
            let part = targets.get(&attr(tag, "r:id")?)?.clone();
            let hidden = matches!(attr(tag, "state").as_deref(), Some("hidden" | "veryHidden"));
            Some(SheetEntry { name, part, hidden })
        })
        .collect()
}

/// The parts a workbook's relationships point to, by id, as paths inside the package
/// (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; an absolute `/xl/...` as it is).
pub(super) fn relationship_targets(rels: &str) -> HashMap<String, String> {
    let mut targets = HashMap::new();
    for tag in tags(rels, "<Relationship ") {
        if let (Some(id), Some(target)) = (attr(tag, "Id"), attr(tag, "Target")) {
            let path = match target.strip_prefix('/') {
                Some(abs) => abs.to_string(),
                None => format!("xl/{target}"),
            };
            targets.insert(id, path);
        }
    }
    targets
}

pub(super) fn tags<'a>(xml: &'a str, open: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = xml;
    std::iter::from_fn(move || {
        let start = rest.find(open)?;
        let end = rest[start..].find('>')? + start;
        let tag = &rest[start..=end];
        rest = &rest[end + 1..];
        Some(tag)
    })
}

pub(super) fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

pub(super) fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Scans one sheet part.
pub fn scan_sheet(bytes: &[u8], part: &str) -> Option<Extras> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut f = zip.by_name(part).ok()?;
    let mut xml = Vec::with_capacity(f.size().min(1 << 30) as usize);
    f.read_to_end(&mut xml).ok()?;
    // a prefixed namespace (`<x:c>`) is rare: leave it to calamine
    memmem::find(&xml, b"<sheetData")?;
    let mut formulas = Vec::new();
    for pos in memmem::find_iter(&xml, b"<f") {
        let next = *xml.get(pos + 2)?;
        if !(next == b'>' || next == b' ' || next == b'/') {
            continue;
        }
        let cell_start = memmem::rfind(&xml[..pos], b"<c ")?;
        let tag_end = cell_start + xml[cell_start..pos].iter().position(|b| *b == b'>')?;
        let tag = std::str::from_utf8(&xml[cell_start..=tag_end]).ok()?;
        let r = attr(tag, "r")?;
        let position = parse_cell_name(&r)?;
        let f_tag_end = pos + xml[pos..].iter().position(|b| *b == b'>')?;
        let f_tag = std::str::from_utf8(&xml[pos..=f_tag_end]).ok()?;
        let text = if xml[f_tag_end - 1] == b'/' {
            shared_mark(f_tag, None)
        } else {
            let close = memmem::find(&xml[f_tag_end..], b"</f>")? + f_tag_end;
            shared_mark(
                f_tag,
                Some(unescape(
                    std::str::from_utf8(&xml[f_tag_end + 1..close]).ok()?,
                )),
            )
        };
        formulas.push((position, text));
    }
    formulas.sort_by_key(|(p, _)| *p);
    let merged = merged_ranges(&xml)?;
    Some(Extras {
        formulas,
        merged,
        hidden: hidden(&xml),
    })
}

/// Starts the mark of a shared formula's cell: `SHARED`, its group, `SHARED`, then the
/// master's text (empty for a dependent cell).
const SHARED: char = '\u{1}';

/// The text of a formula element `<f ...>` as the cell keeps it until
/// [`resolve_shared`]: a plain formula as it is; a cell of a shared group marked with its
/// group (`si`), so that the dependents get the master's formula moved to their place.
pub(super) fn shared_mark(f_tag: &str, text: Option<String>) -> String {
    let shared = attr(f_tag, "t").as_deref() == Some("shared");
    match (shared, attr(f_tag, "si")) {
        (true, Some(si)) => format!("{SHARED}{si}{SHARED}{}", text.unwrap_or_default()),
        _ => text.unwrap_or_default(),
    }
}

/// Gives every cell of a shared formula its own text: the master's, with its relative
/// references moved by the cell's distance from the master (as Excel does). A dependent
/// whose master is missing (a damaged file) keeps no formula text but stays a formula: `?`.
pub(crate) fn resolve_shared(cells: &mut [super::Cell]) {
    if !cells
        .iter()
        .any(|c| c.formula.as_deref().is_some_and(|f| f.starts_with(SHARED)))
    {
        return;
    }
    let mut masters: HashMap<String, (u32, u32, String)> = HashMap::new();
    for cell in cells.iter_mut() {
        let Some(f) = cell.formula.as_deref() else {
            continue;
        };
        let Some(rest) = f.strip_prefix(SHARED) else {
            continue;
        };
        let (si, text) = rest.split_once(SHARED).unwrap_or((rest, ""));
        let resolved = if text.is_empty() {
            match masters.get(si) {
                Some((r, c, master)) => crate::formula::shift_formula(
                    master,
                    cell.row as i64 - *r as i64,
                    cell.col as i64 - *c as i64,
                ),
                None => "?".to_string(),
            }
        } else {
            masters.insert(si.to_string(), (cell.row, cell.col, text.to_string()));
            text.to_string()
        };
        cell.formula = Some(resolved.into());
    }
}

/// The merged ranges listed at the end of a sheet part.
/// The rows a sheet hides (`<row r="12" hidden="1">`), zero-based and in order; a sheet
/// that hides none costs one search for `hidden="`.
/// The rows ([`hidden_rows`]) and columns ([`hidden_cols`]) a sheet part hides.
pub(crate) fn hidden(xml: &[u8]) -> super::Hidden {
    super::Hidden {
        rows: hidden_rows(xml),
        cols: hidden_cols(xml),
    }
}

pub fn hidden_rows(xml: &[u8]) -> Vec<u32> {
    let mut rows = Vec::new();
    let Some(data_end) = memmem::find(xml, b"</sheetData>") else {
        return rows;
    };
    let data = &xml[..data_end];
    for at in memmem::find_iter(data, b" hidden=\"") {
        // the tag the attribute belongs to: a row's, not a column's or a cell's
        let Some(open) = memchr::memrchr(b'<', &data[..at]) else {
            continue;
        };
        if !data[open..].starts_with(b"<row ") {
            continue;
        }
        let Some(close) = memchr::memchr(b'>', &data[open..]) else {
            continue;
        };
        let Ok(tag) = std::str::from_utf8(&data[open..open + close + 1]) else {
            continue;
        };
        let hidden = matches!(attr(tag, "hidden").as_deref(), Some("1" | "true"));
        if let Some(r) = attr(tag, "r").and_then(|r| r.parse::<u32>().ok()) {
            if hidden && r >= 1 {
                rows.push(r - 1);
            }
        }
    }
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// The columns a sheet part hides, zero-based and in order: its `<col min max hidden="1">`
/// entries (one-based, inclusive) before the cells. A column of width 0 is hidden as well.
pub fn hidden_cols(xml: &[u8]) -> Vec<u32> {
    let mut cols = Vec::new();
    let end = memmem::find(xml, b"<sheetData").unwrap_or(xml.len());
    let Some(start) = memmem::find(&xml[..end], b"<cols>") else {
        return cols;
    };
    let Ok(part) = std::str::from_utf8(&xml[start..end]) else {
        return cols;
    };
    for tag in tags(part, "<col ") {
        let hidden = matches!(attr(tag, "hidden").as_deref(), Some("1" | "true"))
            || attr(tag, "width").and_then(|w| w.parse::<f64>().ok()) == Some(0.0);
        let number = |name: &str| attr(tag, name).and_then(|v| v.parse::<u32>().ok());
        if let (true, Some(min), Some(max)) = (hidden, number("min"), number("max")) {
            // a sheet has at most 16384 columns: a range beyond it is cut there
            cols.extend(min.max(1) - 1..max.min(16_384));
        }
    }
    cols.sort_unstable();
    cols.dedup();
    cols
}

pub(super) fn merged_ranges(xml: &[u8]) -> Option<Vec<Merge>> {
    let mut merged = Vec::new();
    // the last `<mergeCells`, as a search back from the end finds it; it follows the cells,
    // so it is looked for after `</sheetData>` first (a forward search is vectorized, a
    // backward one is not: this was 0.7 % of checking a folder)
    let after_data = memmem::find(xml, b"</sheetData>").unwrap_or(0);
    let last = memmem::rfind(&xml[after_data..], b"<mergeCells")
        .map(|i| after_data + i)
        .or_else(|| memmem::rfind(&xml[..after_data], b"<mergeCells"));
    if let Some(at) = last {
        let tail = std::str::from_utf8(&xml[at..]).ok()?;
        for tag in tags(tail, "<mergeCell ") {
            let range = attr(tag, "ref")?;
            let (a, b) = range.split_once(':').unwrap_or((&range, &range));
            let (r1, c1) = parse_cell_name(a)?;
            let (r2, c2) = parse_cell_name(b)?;
            merged.push(Merge {
                first_row: r1.min(r2),
                first_col: c1.min(c2),
                last_row: r1.max(r2),
                last_col: c1.max(c2),
            });
        }
    }
    Some(merged)
}

/// The workbooks an xlsx package links to: the target of each `xl/externalLinks/*.xml`
/// part's relationship (`file:///C:\Data\[Renja 2024.xlsx]`, `Renja%202024.xlsx`).
pub fn external_link_targets(bytes: &[u8]) -> Vec<String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut rels: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("xl/externalLinks/_rels/") && n.ends_with(".rels"))
        .map(|n| n.to_string())
        .collect();
    rels.sort();
    let mut out = Vec::new();
    for name in rels {
        let mut s = String::new();
        let Ok(mut f) = zip.by_name(&name) else {
            continue;
        };
        if f.read_to_string(&mut s).is_err() {
            continue;
        }
        for tag in tags(&s, "<Relationship ") {
            if let Some(t) = attr(tag, "Target") {
                let t = unescape(&t).replace("%20", " ");
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
    }
    out
}
