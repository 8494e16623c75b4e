//! The number formats, merged ranges and hidden rows of an .xlsb's sheets, which calamine's
//! xlsb reader does not give: without them a `0,9314` shown as `93,14 %` read as 0,9314, a
//! sasaran merged down three rows covered only its first, and a corrected copy rebuilt from the
//! file lost its merged cells.
//!
//! A cell record holds its style's index (`iStyleRef`, the 24 bits after the column); the style
//! (`BrtXF` in `styles.bin`'s cell formats) names a number format (`iFmt`): one of the
//! workbook's own (`BrtFmt`, a code) or a built-in one. Merged ranges are `BrtMergeCell`
//! records; a row header (`BrtRowHdr`) says whether the row is hidden. Sheets are named in
//! `workbook.bin` (`BrtBundleSh`) through the relationships of `workbook.bin.rels`.
//!
//! Read after [`super::short_cells`], so every cell record is in its full form.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::super::scan::relationship_targets;
use super::super::{CellFormats, Hidden, Merge, NumFmt, SheetFormats};
use super::{records, u32_at, wide_string, FULL_CELL, ROW_HEADER};

/// `BrtFmt`: a number format of the workbook's own, its id and code.
const FORMAT: u16 = 0x002C;
/// `BrtXF`: a style, whose second u16 is its number format.
const STYLE: u16 = 0x002F;
/// `BrtBeginCellXFs` / `BrtEndCellXFs`: the styles cells name (not the named cell styles).
const CELL_STYLES_BEGIN: u16 = 0x0269;
const CELL_STYLES_END: u16 = 0x026A;
/// `BrtMergeCell`: first row, last row, first column, last column.
const MERGE: u16 = 0x00B0;
/// `BrtBundleSh`: a sheet of the workbook, its relationship id and name.
const SHEET: u16 = 0x009C;
/// The flag of a row header's twelfth byte that hides the row (`fDyZero`).
const ROW_HIDDEN: u8 = 0x10;
/// `BrtColInfo`: a run of columns (first, last, width, style, then flags whose first bit,
/// `fHidden`, hides them).
const COL_INFO: u16 = 0x003C;

/// What an .xlsb tells beyond its values, per sheet name.
#[derive(Default)]
pub(in crate::read) struct XlsbStyles {
    pub formats: SheetFormats,
    pub merged: HashMap<String, Vec<Merge>>,
    /// the rows and columns each sheet hides, zero-based, in order
    pub hidden: HashMap<String, Hidden>,
}

/// Reads them; `None` when the package is not one this can read (calamine then says what is
/// wrong with it, or reads the values without these).
pub(in crate::read) fn read(bytes: &[u8]) -> Option<XlsbStyles> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut part = |name: &str| -> Option<Vec<u8>> {
        let mut f = zip.by_name(name).ok()?;
        let mut out = Vec::new();
        f.read_to_end(&mut out).ok()?;
        Some(out)
    };
    let formats = part("xl/styles.bin")
        .map(|styles| style_formats(&styles))
        .unwrap_or_default();
    let rels = String::from_utf8(part("xl/_rels/workbook.bin.rels")?).ok()?;
    let targets = relationship_targets(&rels);
    let workbook = part("xl/workbook.bin")?;
    let mut out = XlsbStyles::default();
    for (name, rel) in sheets(&workbook) {
        let Some(sheet) = targets.get(&rel).and_then(|p| part(p)) else {
            continue;
        };
        let read = sheet_extras(&sheet, &formats);
        if !read.formats.is_empty() {
            out.formats.insert(name.clone(), read.formats);
        }
        if !read.merged.is_empty() {
            out.merged.insert(name.clone(), read.merged);
        }
        if read.hidden != Hidden::default() {
            out.hidden.insert(name, read.hidden);
        }
    }
    Some(out)
}

/// Each cell style's number format, in the order cells name them.
fn style_formats(styles: &[u8]) -> Vec<NumFmt> {
    let mut codes: HashMap<u16, String> = HashMap::new();
    let mut ids: Vec<u16> = Vec::new();
    let mut in_cell_styles = false;
    for (kind, body) in records(styles) {
        match kind {
            FORMAT => {
                let id = body.get(..2).map(|b| u16::from_le_bytes([b[0], b[1]]));
                if let (Some(id), Some((code, _))) = (id, wide_string(body, 2)) {
                    codes.insert(id, code);
                }
            }
            CELL_STYLES_BEGIN => in_cell_styles = true,
            CELL_STYLES_END => in_cell_styles = false,
            STYLE if in_cell_styles => {
                ids.push(
                    body.get(2..4)
                        .map_or(0, |b| u16::from_le_bytes([b[0], b[1]])),
                );
            }
            _ => {}
        }
    }
    ids.into_iter()
        .map(|id| match codes.get(&id) {
            Some(code) => NumFmt::from_code(code),
            None => NumFmt::from_builtin_id(u32::from(id)).unwrap_or_default(),
        })
        .collect()
}

/// The sheets of `workbook.bin` in order: name and relationship id.
fn sheets(workbook: &[u8]) -> Vec<(String, String)> {
    records(workbook)
        .filter(|(kind, _)| *kind == SHEET)
        .filter_map(|(_, body)| {
            // hsState, iTabID, then strRelID (a nullable wide string) and strName
            if u32_at(body, 8)? == u32::MAX {
                return None;
            }
            let (rel, end) = wide_string(body, 8)?;
            let (name, _) = wide_string(body, end)?;
            Some((name, rel))
        })
        .collect()
}

/// One sheet's cell formats (only those that are not General), merged ranges, hidden rows
/// and columns.
struct SheetExtras {
    formats: CellFormats,
    merged: Vec<Merge>,
    hidden: Hidden,
}

fn sheet_extras(sheet: &[u8], styles: &[NumFmt]) -> SheetExtras {
    let mut out = SheetExtras {
        formats: HashMap::new(),
        merged: Vec::new(),
        hidden: Hidden::default(),
    };
    let mut row = 0u32;
    for (kind, body) in records(sheet) {
        match kind {
            ROW_HEADER => {
                row = u32_at(body, 0).unwrap_or(row);
                if body.get(11).is_some_and(|flags| flags & ROW_HIDDEN != 0)
                    && out.hidden.rows.last() != Some(&row)
                {
                    out.hidden.rows.push(row);
                }
            }
            COL_INFO => {
                if let (Some(first), Some(last), Some(flags)) =
                    (u32_at(body, 0), u32_at(body, 4), body.get(16))
                {
                    if flags & 0x01 != 0 {
                        // a sheet has at most 16384 columns
                        out.hidden.cols.extend(first..=last.min(16_383));
                    }
                }
            }
            kind if FULL_CELL.contains(&kind) => {
                let (Some(col), Some(style)) = (u32_at(body, 0), u32_at(body, 4)) else {
                    continue;
                };
                let format = styles.get((style & 0x00FF_FFFF) as usize);
                if let Some(format) = format.filter(|f| **f != NumFmt::default()) {
                    out.formats.insert((row, col), format.clone());
                }
            }
            MERGE => {
                if let (Some(first_row), Some(last_row), Some(first_col), Some(last_col)) = (
                    u32_at(body, 0),
                    u32_at(body, 4),
                    u32_at(body, 8),
                    u32_at(body, 12),
                ) {
                    out.merged.push(Merge {
                        first_row: first_row.min(last_row),
                        first_col: first_col.min(last_col),
                        last_row: first_row.max(last_row),
                        last_col: first_col.max(last_col),
                    });
                }
            }
            _ => {}
        }
    }
    out.hidden.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record as an .xlsb writes it: its kind and size as variable-length numbers (both
    /// below 128 here: one byte each), then its body.
    fn record(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![kind, body.len() as u8];
        out.extend_from_slice(body);
        out
    }

    /// A column run's first bit hides it (`BrtColInfo`'s `fHidden`); another run of columns
    /// with only their width set hides nothing.
    #[test]
    fn hidden_columns_from_col_info_records() {
        let col_info = |first: u32, last: u32, flags: u16| {
            let mut body = Vec::new();
            for v in [first, last, 2560, 0] {
                body.extend_from_slice(&v.to_le_bytes());
            }
            body.extend_from_slice(&flags.to_le_bytes());
            record(COL_INFO as u8, &body)
        };
        let mut sheet = col_info(1, 1, 0x0000);
        sheet.extend(col_info(4, 6, 0x0001));
        sheet.extend(col_info(9, 9, 0x0003));
        let read = sheet_extras(&sheet, &[]);
        assert_eq!(read.hidden.cols, [4, 5, 6, 9]);
        assert!(read.hidden.rows.is_empty());
    }
}
