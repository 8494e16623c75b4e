//! The number formats and merged ranges of an .ods's cells, read from its `content.xml` and
//! `styles.xml`: calamine's ods reader gives neither, so a `0,93` shown as `93,00 %` read as
//! 0,93, and a group header merged over three columns covered only the first.
//!
//! A cell names its style (`table:style-name`), or takes its row's or its column's default;
//! the style names a data style (`style:data-style-name`, or its parent style's), and the data
//! style says percent (`number:percentage-style`) and its decimals
//! (`number:decimal-places`). A cell whose value type is `percentage` is shown as a percent
//! whatever its style. Merged ranges are cells with `table:number-columns-spanned` /
//! `table:number-rows-spanned`.

use std::collections::HashMap;
use std::io::Cursor;

use quick_xml::events::{BytesStart, Event};

use super::fast::{part_bytes, Zip};
use super::{CellFormats, Hidden, SheetFormats};
use super::{Merge, NumFmt};

/// What an .ods tells beyond its values, per sheet name.
#[derive(Default)]
pub(crate) struct OdsStyles {
    pub formats: SheetFormats,
    pub merged: HashMap<String, Vec<Merge>>,
    /// the rows and columns each sheet hides (`table:visibility="collapse"`), zero-based,
    /// in order
    pub hidden: HashMap<String, Hidden>,
}

/// A data style: percent or not, its decimals, thousands grouping.
#[derive(Clone, Copy, Default)]
struct DataStyle {
    percent: bool,
    decimals: Option<u16>,
    grouping: bool,
}

/// Cell styles and data styles by name, from both parts.
#[derive(Default)]
struct Styles {
    data: HashMap<String, DataStyle>,
    /// cell style → (its data style, its parent style)
    cell: HashMap<String, (Option<String>, Option<String>)>,
}

impl Styles {
    /// The data style a cell style shows its numbers with, through its parents.
    fn data_style<'a>(&'a self, mut name: &'a str) -> Option<DataStyle> {
        for _ in 0..8 {
            let (data, parent) = self.cell.get(name)?;
            if let Some(d) = data.as_deref().and_then(|d| self.data.get(d)) {
                return Some(*d);
            }
            name = parent.as_deref()?;
        }
        None
    }
}

/// A row repeated more often than this (a run of empty rows to the sheet's end, written as
/// one row repeated a million times) is taken this often: no table has so many equal rows.
const MAX_REPEAT: u32 = 1_000;

/// Formats kept per sheet at most: a damaged or hostile file repeating formatted cells
/// without end stops here, where calamine's own cells would long have passed the limits.
const MAX_FORMATS: usize = 4_000_000;

/// A row or column the sheet hides (`table:visibility` `collapse`, or `filter` where an
/// autofilter hides it).
fn collapsed(e: &BytesStart) -> bool {
    matches!(
        attr(e, "table:visibility").as_deref(),
        Some("collapse" | "filter")
    )
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn number_attr(e: &BytesStart, name: &str) -> u32 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The formats and merged ranges of every sheet of an .ods, or `None` where its parts are
/// not what this reader expects (then formats stay unknown and merges unseen, as before).
pub(crate) fn read(bytes: &[u8]) -> Option<OdsStyles> {
    let mut zip: Zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = part_bytes(&mut zip, "content.xml")?;
    let mut styles = Styles::default();
    if let Some(xml) = part_bytes(&mut zip, "styles.xml") {
        read_styles(&xml, &mut styles)?;
    }
    read_styles(&content, &mut styles)?;
    read_cells(&content, &styles)
}

/// Collects the data styles and cell styles of a part.
fn read_styles(xml: &[u8], out: &mut Styles) -> Option<()> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    // the data style being read
    let mut current: Option<(String, DataStyle)> = None;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    "number:number-style" | "number:percentage-style" | "number:currency-style" => {
                        let style = DataStyle {
                            percent: e.name().as_ref() == "number:percentage-style",
                            ..DataStyle::default()
                        };
                        if let Some(name) = attr(e, "style:name") {
                            if empty {
                                out.data.insert(name, style);
                            } else {
                                current = Some((name, style));
                            }
                        }
                    }
                    "number:number" => {
                        if let Some((_, style)) = current.as_mut() {
                            style.decimals = attr(e, "number:decimal-places")
                                .and_then(|d| d.trim().parse::<u16>().ok());
                            style.grouping = attr(e, "number:grouping").as_deref() == Some("true");
                        }
                    }
                    "style:style" if attr(e, "style:family").as_deref() == Some("table-cell") => {
                        if let Some(name) = attr(e, "style:name") {
                            out.cell.insert(
                                name,
                                (
                                    attr(e, "style:data-style-name"),
                                    attr(e, "style:parent-style-name"),
                                ),
                            );
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                if matches!(
                    e.name().as_ref(),
                    "number:number-style" | "number:percentage-style" | "number:currency-style"
                ) {
                    if let Some((name, style)) = current.take() {
                        out.data.insert(name, style);
                    }
                }
            }
            Event::Eof => return Some(()),
            _ => {}
        }
        buf.clear();
    }
}

/// A cell of a row being read: its first column, how often it repeats, its style, whether it
/// holds a number shown as a percent by its type, and the range it spans.
struct RowCell {
    col: u32,
    repeat: u32,
    style: Option<String>,
    numeric: bool,
    percentage: bool,
    spans: (u32, u32),
}

/// Walks the sheets' rows and cells, as calamine counts them (repeats and covered cells).
fn read_cells(xml: &[u8], styles: &Styles) -> Option<OdsStyles> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = OdsStyles::default();
    let mut sheet: Option<String> = None;
    let mut formats: CellFormats = HashMap::new();
    let mut merged: Vec<Merge> = Vec::new();
    // column defaults: (first column, count, default cell style)
    let mut columns: Vec<(u32, u32, Option<String>)> = Vec::new();
    let mut next_col_def = 0u32;
    let (mut row, mut col) = (0u32, 0u32);
    let mut row_repeat = 1u32;
    let mut row_style: Option<String> = None;
    let mut hidden = Hidden::default();
    let mut cells: Vec<RowCell> = Vec::new();
    // a table inside a cell (rare) is not the sheet's
    let mut depth_in_cell = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.name();
                let name = name.as_ref();
                if depth_in_cell > 0 {
                    if !empty {
                        depth_in_cell += 1;
                    }
                    buf.clear();
                    continue;
                }
                match name {
                    "table:table" if !empty => {
                        sheet = attr(e, "table:name");
                        formats = HashMap::new();
                        merged = Vec::new();
                        hidden = Hidden::default();
                        columns.clear();
                        next_col_def = 0;
                        row = 0;
                    }
                    "table:table-column" => {
                        let n = number_attr(e, "table:number-columns-repeated");
                        if collapsed(e) {
                            hidden.cols.extend(
                                (0..n.min(MAX_REPEAT)).map(|c| next_col_def.saturating_add(c)),
                            );
                        }
                        columns.push((next_col_def, n, attr(e, "table:default-cell-style-name")));
                        next_col_def = next_col_def.saturating_add(n);
                    }
                    "table:table-row" => {
                        row_repeat = number_attr(e, "table:number-rows-repeated");
                        row_style = attr(e, "table:default-cell-style-name");
                        if collapsed(e) {
                            hidden.rows.extend(
                                (0..row_repeat.min(MAX_REPEAT)).map(|r| row.saturating_add(r)),
                            );
                        }
                        col = 0;
                        cells.clear();
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        let repeat = number_attr(e, "table:number-columns-repeated");
                        let value_type = attr(e, "office:value-type");
                        cells.push(RowCell {
                            col,
                            repeat,
                            style: attr(e, "table:style-name"),
                            numeric: matches!(
                                value_type.as_deref(),
                                Some("float" | "percentage" | "currency")
                            ),
                            percentage: value_type.as_deref() == Some("percentage"),
                            spans: (
                                number_attr(e, "table:number-rows-spanned"),
                                number_attr(e, "table:number-columns-spanned"),
                            ),
                        });
                        col = col.saturating_add(repeat);
                        if !empty {
                            depth_in_cell = 1;
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                if depth_in_cell > 0 {
                    depth_in_cell -= 1;
                    buf.clear();
                    continue;
                }
                match e.name().as_ref() {
                    "table:table-row" => {
                        for r in 0..row_repeat.min(MAX_REPEAT) {
                            let at = row.saturating_add(r);
                            for c in &cells {
                                add_cell(
                                    c,
                                    at,
                                    &columns,
                                    row_style.as_deref(),
                                    styles,
                                    &mut formats,
                                    &mut merged,
                                );
                            }
                        }
                        row = row.saturating_add(row_repeat);
                    }
                    "table:table" => {
                        if let Some(name) = sheet.take() {
                            out.formats
                                .insert(name.clone(), std::mem::take(&mut formats));
                            out.merged.insert(name.clone(), std::mem::take(&mut merged));
                            hidden.sort();
                            out.hidden.insert(name, std::mem::take(&mut hidden));
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => return Some(out),
            _ => {}
        }
        buf.clear();
    }
}

/// Records a cell's format (for each of its repeats) and the range it spans.
fn add_cell(
    c: &RowCell,
    row: u32,
    columns: &[(u32, u32, Option<String>)],
    row_style: Option<&str>,
    styles: &Styles,
    formats: &mut CellFormats,
    merged: &mut Vec<Merge>,
) {
    if c.spans != (1, 1) {
        merged.push(Merge {
            first_row: row,
            first_col: c.col,
            last_row: row.saturating_add(c.spans.0 - 1),
            last_col: c.col.saturating_add(c.spans.1 - 1),
        });
    }
    if !c.numeric || formats.len() >= MAX_FORMATS {
        return;
    }
    for k in 0..c.repeat.min(MAX_REPEAT) {
        let col = c.col.saturating_add(k);
        let style = c.style.as_deref().or(row_style).or_else(|| {
            columns
                .iter()
                .find(|(first, n, _)| *first <= col && col < first.saturating_add(*n))
                .and_then(|(_, _, s)| s.as_deref())
        });
        let data = style.and_then(|s| styles.data_style(s));
        let percent = c.percentage || data.is_some_and(|d| d.percent);
        let Some(format) = code(percent, data) else {
            continue;
        };
        formats.insert((row, col), NumFmt::from_code(&format));
    }
}

/// The Excel format code that shows what the data style shows; none for General.
fn code(percent: bool, data: Option<DataStyle>) -> Option<String> {
    let decimals = data.and_then(|d| d.decimals);
    if !percent && decimals.is_none() {
        return None;
    }
    let grouping = data.is_some_and(|d| d.grouping);
    let mut out = String::from(if grouping { "#,##0" } else { "0" });
    if let Some(n) = decimals.filter(|n| *n > 0) {
        out.push('.');
        out.extend(std::iter::repeat_n('0', n.min(30) as usize));
    }
    if percent {
        out.push('%');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        let d = |percent, decimals, grouping| {
            Some(DataStyle {
                percent,
                decimals,
                grouping,
            })
        };
        assert_eq!(
            code(true, d(true, Some(2), false)).as_deref(),
            Some("0.00%")
        );
        assert_eq!(code(true, None).as_deref(), Some("0%"));
        assert_eq!(
            code(false, d(false, Some(0), true)).as_deref(),
            Some("#,##0")
        );
        assert_eq!(code(false, None), None);
    }
}
