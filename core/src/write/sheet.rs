//! Rewriting one worksheet part: only the edited `<c>` elements change (or appear, with their
//! `<row>` if needed); everything else is copied event by event.

use std::collections::{BTreeMap, HashMap};

use quick_xml::events::{BytesStart, Event};

use super::styles::{style_of, XfAlloc};
use super::xml::{self, attr, end_local, esc_text, local, prefixed_attr, t_element, Tag};
use super::{number_text, CellEdit, OutValue, WriteError};
use crate::formula::shift_formula;
use crate::read::{cell_name, parse_cell_name};

/// Top-level worksheet elements that come after `<legacyDrawing>`.
const AFTER_LEGACY: [&str; 9] = [
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
    "AlternateContent",
];

/// What a first read of the sheet tells before it is rewritten.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// `r:id` of the sheet's `<legacyDrawing>`
    pub legacy_rid: Option<String>,
    /// the prefix bound to the relationships namespace on the root element
    pub r_prefix: Option<String>,
    /// shared-formula groups whose master cell is edited: `si` → (row, col, formula)
    pub masters: HashMap<String, (u32, u32, String)>,
}

/// Follows row and column numbers, including rows and cells written without `r`.
#[derive(Default)]
struct Pos {
    next_row: u32,
    next_col: u32,
    row: u32,
}

impl Pos {
    fn row_start(&mut self, e: &BytesStart<'_>) -> u32 {
        let r = attr(e, "r")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|r| *r >= 1)
            .map(|r| r - 1)
            .unwrap_or(self.next_row);
        self.row = r;
        self.next_row = r.saturating_add(1);
        self.next_col = 0;
        r
    }

    fn cell(&mut self, e: &BytesStart<'_>) -> u32 {
        let c = attr(e, "r")
            .and_then(|v| parse_cell_name(&v))
            .map(|(_, c)| c)
            .unwrap_or(self.next_col);
        self.next_col = c.saturating_add(1);
        c
    }
}

fn sheet_err(part: &str, e: impl std::fmt::Display) -> WriteError {
    xml::bad(part, e)
}

/// First pass: the legacy drawing, and the shared formulas anchored in edited cells.
pub(crate) fn scan(
    bytes: &[u8],
    part: &str,
    edits: &BTreeMap<(u32, u32), &CellEdit>,
) -> Result<Scan, WriteError> {
    let mut out = Scan::default();
    let mut r = xml::reader(bytes);
    let mut depth = 0usize;
    let mut in_data = false;
    let mut pos = Pos::default();
    let mut cell: Option<(u32, u32)> = None;
    loop {
        let ev = r.read_event().map_err(|e| sheet_err(part, e))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = local(e);
                if depth == 0 {
                    out.r_prefix = xml::ns_prefix_for(e, xml::NS_R);
                } else if depth == 1 {
                    if name == "sheetData" {
                        in_data = !empty;
                    } else if name == "legacyDrawing" {
                        out.legacy_rid = prefixed_attr(e, "id");
                    }
                } else if in_data && depth == 2 && name == "row" {
                    pos.row_start(e);
                } else if in_data && depth == 3 && name == "c" {
                    let c = pos.cell(e);
                    cell = (!empty && edits.contains_key(&(pos.row, c))).then_some((pos.row, c));
                } else if depth == 4 && name == "f" && !empty {
                    if let Some((row, col)) = cell {
                        let shared = attr(e, "t").as_deref() == Some("shared");
                        let si = attr(e, "si");
                        let has_ref = attr(e, "ref").is_some();
                        let mut text = String::new();
                        let mut d = 0usize;
                        loop {
                            let ev = r.read_event().map_err(|e| sheet_err(part, e))?;
                            match ev {
                                Event::Start(_) => d += 1,
                                Event::End(_) if d == 0 => break,
                                Event::End(_) => d -= 1,
                                Event::Eof => return Err(sheet_err(part, "unclosed <f>")),
                                ev => xml::push_text(&mut text, &ev),
                            }
                        }
                        if let (true, true, Some(si)) = (shared, has_ref, si) {
                            if !text.trim().is_empty() {
                                out.masters.insert(si, (row, col, text));
                            }
                        }
                        continue;
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                let name = end_local(e);
                if depth == 1 && name == "sheetData" {
                    in_data = false;
                } else if depth == 3 && name == "c" {
                    cell = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// How new and replaced cells are written.
struct CellWriter<'a> {
    p: String,
    xfs: &'a mut XfAlloc,
    /// `(min, max, style)` of the `<col>` elements, zero-based
    col_styles: Vec<(u32, u32, u32)>,
}

impl CellWriter<'_> {
    fn col_style(&self, col: u32) -> u32 {
        self.col_styles
            .iter()
            .find(|(a, b, _)| *a <= col && col <= *b)
            .map(|(_, _, s)| *s)
            .unwrap_or(0)
    }

    /// The markup of an edited cell whose style was `style`.
    fn cell(&mut self, row: u32, col: u32, style: u32, edit: &CellEdit) -> String {
        let p = &self.p;
        let s = if edit.highlight {
            self.xfs.highlight(style)
        } else {
            style
        };
        let s_attr = if s == 0 {
            String::new()
        } else {
            format!(" s=\"{s}\"")
        };
        let r = cell_name(row, col);
        match &edit.value {
            OutValue::Number(d) => {
                format!(
                    "<{p}c r=\"{r}\"{s_attr}><{p}v>{}</{p}v></{p}c>",
                    number_text(d)
                )
            }
            OutValue::Text(t) => format!(
                "<{p}c r=\"{r}\"{s_attr} t=\"inlineStr\"><{p}is>{}</{p}is></{p}c>",
                t_element(p, super::clip_text(t))
            ),
            OutValue::Blank => format!("<{p}c r=\"{r}\"{s_attr}/>"),
            OutValue::Formula { formula, cached } => format!(
                "<{p}c r=\"{r}\"{s_attr}><{p}f>{}</{p}f><{p}v>{}</{p}v></{p}c>",
                esc_text(formula),
                number_text(cached)
            ),
        }
    }

    /// A row that did not exist, with its new cells.
    fn new_row(&mut self, row: u32, cells: &BTreeMap<u32, &CellEdit>) -> String {
        let mut s = format!("<{}row r=\"{}\">", self.p, row + 1);
        for (&col, edit) in cells {
            let base = self.col_style(col);
            s.push_str(&self.cell(row, col, base, edit));
        }
        s.push_str(&format!("</{}row>", self.p));
        s
    }
}

/// Second pass: the sheet with the edits in place. `legacy` is a `<legacyDrawing>` element
/// to add (the sheet has none yet).
pub(crate) fn patch(
    bytes: &[u8],
    part: &str,
    edits: &BTreeMap<(u32, u32), &CellEdit>,
    scan: &Scan,
    xfs: &mut XfAlloc,
    legacy: Option<&str>,
) -> Result<Vec<u8>, WriteError> {
    let mut pending: BTreeMap<u32, BTreeMap<u32, &CellEdit>> = BTreeMap::new();
    for (&(row, col), &e) in edits {
        pending.entry(row).or_default().insert(col, e);
    }
    let mut ed = SheetEdits {
        cw: CellWriter {
            p: String::new(),
            xfs,
            col_styles: Vec::new(),
        },
        edits,
        scan,
        pending,
        legacy: legacy.map(str::to_string),
        in_data: false,
        in_cols: false,
        after_data: false,
        pos: Pos::default(),
        row: 0,
        row_pending: BTreeMap::new(),
        row_style: None,
        cell: None,
    };
    let out = xml::edit(bytes, part, edits.len() * 64 + 256, &mut ed)?;
    if !ed.pending.is_empty() || ed.legacy.is_some() {
        return Err(sheet_err(part, "the sheet has no sheetData"));
    }
    Ok(out)
}

/// The edits of one sheet, placed as the sheet streams by.
struct SheetEdits<'a, 'x> {
    cw: CellWriter<'x>,
    edits: &'a BTreeMap<(u32, u32), &'a CellEdit>,
    scan: &'a Scan,
    /// the rows still to place, with their cells
    pending: BTreeMap<u32, BTreeMap<u32, &'a CellEdit>>,
    legacy: Option<String>,
    in_data: bool,
    in_cols: bool,
    after_data: bool,
    pos: Pos,
    /// the current row, the cells still to place in it, and the row's own style
    row: u32,
    row_pending: BTreeMap<u32, &'a CellEdit>,
    row_style: Option<u32>,
    /// the cell being copied (for its formula)
    cell: Option<(u32, u32)>,
}

impl SheetEdits<'_, '_> {
    /// The edited cells of the current row before column `upto` (all of them: `None`).
    fn row_cells(&mut self, upto: Option<u32>) -> String {
        let cols: Vec<u32> = match upto {
            Some(c) => self.row_pending.range(..c).map(|(k, _)| *k).collect(),
            None => self.row_pending.keys().copied().collect(),
        };
        let mut s = String::new();
        for k in cols {
            if let Some(edit) = self.row_pending.remove(&k) {
                let base = self.row_style.unwrap_or_else(|| self.cw.col_style(k));
                s.push_str(&self.cw.cell(self.row, k, base, edit));
            }
        }
        s
    }

    /// The rows that do not exist yet, before row `upto` (all of them: `None`).
    fn new_rows(&mut self, upto: Option<u32>) -> String {
        let rows: Vec<u32> = match upto {
            Some(r) => self.pending.range(..r).map(|(k, _)| *k).collect(),
            None => self.pending.keys().copied().collect(),
        };
        let mut s = String::new();
        for k in rows {
            if let Some(cells) = self.pending.remove(&k) {
                s.push_str(&self.cw.new_row(k, &cells));
            }
        }
        s
    }
}

fn some_text(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

impl xml::Editor for SheetEdits<'_, '_> {
    fn before(&mut self, at: &xml::At<'_>, e: &BytesStart<'_>) -> Option<String> {
        match (at.depth, at.local) {
            (0, _) => {
                self.cw.p = at.own.to_string();
                None
            }
            (1, name) if self.after_data && AFTER_LEGACY.contains(&name) => self.legacy.take(),
            (2, "row") if self.in_data => {
                self.row = self.pos.row_start(e);
                // rows that do not exist yet and come before this one
                some_text(self.new_rows(Some(self.row)))
            }
            (3, "c") if self.in_data => {
                let col = self.pos.cell(e);
                self.cell = Some((self.pos.row, col));
                some_text(self.row_cells(Some(col)))
            }
            _ => None,
        }
    }

    fn open(&mut self, at: &xml::At<'_>, e: &BytesStart<'_>, empty: bool) -> xml::Open {
        match (at.depth, at.local) {
            (1, "sheetData") => {
                if empty {
                    self.after_data = true;
                } else {
                    self.in_data = true;
                }
            }
            (1, "cols") => self.in_cols = !empty,
            (1, "dimension") => {
                if let Some(new_ref) = attr(e, "ref").and_then(|v| grow_dimension(&v, self.edits)) {
                    let mut t = Tag::from(e);
                    t.set("ref", &new_ref);
                    return xml::Open::Retag(t);
                }
            }
            (2, "col") if self.in_cols => {
                let min = attr(e, "min").and_then(|v| v.trim().parse::<u32>().ok());
                let max = attr(e, "max").and_then(|v| v.trim().parse::<u32>().ok());
                if let (Some(min), Some(max)) = (min, max) {
                    let s = style_of(e);
                    if s != 0 && min >= 1 && max >= min {
                        self.cw.col_styles.push((min - 1, max - 1, s));
                    }
                }
            }
            (2, "row") if self.in_data => {
                self.row_style = match attr(e, "customFormat").as_deref() {
                    Some("1") | Some("true") => Some(style_of(e)),
                    _ => None,
                };
                match self.pending.remove(&self.row) {
                    Some(cells) => {
                        self.row_pending = cells;
                        let mut t = Tag::from(e);
                        t.remove("spans");
                        return xml::Open::Retag(t);
                    }
                    None => self.row_pending.clear(),
                }
            }
            (3, "c") if self.in_data => {
                let Some((row, col)) = self.cell else {
                    return xml::Open::Keep;
                };
                if let Some(edit) = self.row_pending.remove(&col) {
                    self.cell = None;
                    return xml::Open::Replace(self.cw.cell(row, col, style_of(e), edit));
                }
                if empty {
                    self.cell = None;
                }
            }
            (4, "f") => {
                if let Some((row, col)) = self.cell {
                    if let Some(f) = dependent_formula(e, row, col, self.scan) {
                        let mut t = Tag::from(e);
                        t.remove("t").remove("si").remove("ref");
                        return xml::Open::Replace(format!(
                            "{}{}</{}>",
                            t.start(),
                            esc_text(&f),
                            t.name
                        ));
                    }
                }
            }
            _ => {}
        }
        xml::Open::Keep
    }

    fn close(&mut self, at: &xml::At<'_>) -> Option<String> {
        match (at.depth, at.local) {
            (2, "row") if self.in_data => some_text(self.row_cells(None)),
            (1, "sheetData") => {
                self.in_data = false;
                self.after_data = true;
                some_text(self.new_rows(None))
            }
            (1, "cols") => {
                self.in_cols = false;
                None
            }
            (3, "c") => {
                self.cell = None;
                None
            }
            (0, _) => self.legacy.take(),
            _ => None,
        }
    }
}

/// The formula a dependent cell of an edited shared-formula master gets.
fn dependent_formula(e: &BytesStart<'_>, row: u32, col: u32, scan: &Scan) -> Option<String> {
    if attr(e, "t").as_deref() != Some("shared") {
        return None;
    }
    let si = attr(e, "si")?;
    let (mr, mc, text) = scan.masters.get(&si)?;
    if (*mr, *mc) == (row, col) {
        return None;
    }
    Some(shift_formula(
        text,
        row as i64 - *mr as i64,
        col as i64 - *mc as i64,
    ))
}

/// The `dimension` reference grown to cover the edited cells; `None` when it already does.
fn grow_dimension(current: &str, edits: &BTreeMap<(u32, u32), &CellEdit>) -> Option<String> {
    let (a, b) = match current.split_once(':') {
        Some((a, b)) => (a, b),
        None => (current, current),
    };
    let (r0, c0) = parse_cell_name(a)?;
    let (r1, c1) = parse_cell_name(b)?;
    let (mut top, mut left, mut bottom, mut right) =
        (r0.min(r1), c0.min(c1), r0.max(r1), c0.max(c1));
    let before = (top, left, bottom, right);
    for &(r, c) in edits.keys() {
        top = top.min(r);
        left = left.min(c);
        bottom = bottom.max(r);
        right = right.max(c);
    }
    if (top, left, bottom, right) == before {
        return None;
    }
    Some(format!(
        "{}:{}",
        cell_name(top, left),
        cell_name(bottom, right)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::styles::Styles;
    use rust_decimal::Decimal;

    fn edit(row: u32, col: u32, value: OutValue, highlight: bool) -> CellEdit {
        CellEdit {
            sheet: "S".into(),
            row,
            col,
            value,
            highlight,
            note: None,
        }
    }

    const SHEET: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:D4"/><sheetData><row r="2" spans="1:4"><c r="A2" s="1" t="s"><v>0</v></c><c r="C2" s="2"><v>5</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">C2*2</f><v>10</v></c></row><row r="4"><c r="D4"><f t="shared" si="0"/><v>0</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="0"/></worksheet>"#;

    #[test]
    fn edits_land_in_order() {
        let styles = Styles::parse(&crate::write::styles::minimal_styles()).unwrap();
        let mut alloc = styles.alloc();
        let e = [
            edit(0, 0, OutValue::Text("top <row>".into()), false),
            edit(1, 1, OutValue::Number(Decimal::new(625, 1)), true),
            edit(1, 2, OutValue::Text("x".into()), false),
            edit(1, 3, OutValue::Number(Decimal::new(7, 0)), false),
            edit(2, 4, OutValue::Blank, false),
            edit(9, 0, OutValue::Number(Decimal::new(-1, 2)), false),
        ];
        let map: BTreeMap<(u32, u32), &CellEdit> = e.iter().map(|e| ((e.row, e.col), e)).collect();
        let sc = scan(SHEET.as_bytes(), "s", &map).unwrap();
        assert_eq!(sc.r_prefix.as_deref(), Some("r"));
        assert_eq!(sc.masters.get("0").map(|m| m.2.as_str()), Some("C2*2"));
        let legacy = crate::write::notes::legacy_drawing("", sc.r_prefix.as_deref(), "rId9");
        let out = patch(SHEET.as_bytes(), "s", &map, &sc, &mut alloc, Some(&legacy)).unwrap();
        let s = String::from_utf8(out).unwrap();
        let expected = concat!(
            r#"<dimension ref="A1:E10"/><sheetData>"#,
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>top &lt;row&gt;</t></is></c></row>"#,
            r#"<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" s="1"><v>62.5</v></c>"#,
            r#"<c r="C2" s="2" t="inlineStr"><is><t>x</t></is></c><c r="D2"><v>7</v></c></row>"#,
            r#"<row r="3"><c r="E3"/></row>"#,
            r#"<row r="4"><c r="D4"><f>C4*2</f><v>0</v></c></row>"#,
            r#"<row r="10"><c r="A10"><v>-0.01</v></c></row></sheetData>"#,
            r#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#,
            r#"<legacyDrawing r:id="rId9"/><tableParts count="0"/></worksheet>"#
        );
        assert!(s.ends_with(expected), "{s}");
    }
}
