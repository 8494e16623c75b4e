//! The number formats of an .xls's cells, read from its BIFF records: calamine's xls reader
//! tells dates from numbers but gives no format, so a `0,3` shown as `30%` read as 0,3, and a
//! fraction typed where a % belongs could not be told from a percent-formatted one.
//!
//! The workbook globals list the formats (`FORMAT`: an index and its code) and the cell
//! styles (`XF`: each names a format index); every cell record of a sheet names its style.
//! Built-in format indexes (`9` is `0%`, `10` is `0.00%`) have no `FORMAT` record.

use std::collections::HashMap;

use super::xls_span::{chars, sheet_name};
use super::{CellFormats, Hidden, NumFmt, SheetFormats};

/// The cells' formats of every worksheet of an .xls's workbook stream (as
/// [`super::xls_span::check`] gives it), or `None` where the stream is not one this reader
/// knows (not BIFF8 or BIFF5, encrypted, damaged): then formats stay unknown, as before.
pub(crate) fn read(stream: &[u8]) -> Option<XlsSheets> {
    let u16_at = |d: &[u8], i: usize| -> Option<u16> {
        Some(u16::from_le_bytes([*d.get(i)?, *d.get(i + 1)?]))
    };
    let u32_at = |d: &[u8], i: usize| -> Option<u32> {
        Some(u32::from_le_bytes(d.get(i..i + 4)?.try_into().ok()?))
    };
    let mut biff8 = true;
    let mut codes: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    // a sheet's substream by where its BOF starts (BOUNDSHEET's lbPlyPos)
    let mut sheet_at: HashMap<usize, String> = HashMap::new();
    let mut out = XlsSheets::default();
    let mut current: Option<Current> = None;
    // the current sheet's shared formulas
    let mut shared: Vec<Shared> = Vec::new();
    // the names of functions from outside Excel's table
    let mut extern_names = super::xls_shared::ExternNames::default();
    // substreams nest: a chart embedded in a sheet has its own BOF .. EOF
    let mut depth = 0usize;
    let mut globals_done = false;
    let mut pos = 0usize;
    while pos + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]) as usize;
        let data = stream.get(pos + 4..pos + 4 + len)?;
        let at = pos;
        pos += 4 + len;
        let in_globals = !globals_done && depth == 1;
        match kind {
            // FILEPASS: what follows is encrypted
            0x002F => return None,
            // BOF: the globals' first, then a substream per sheet
            0x0809 => {
                if at == 0 {
                    biff8 = u16_at(data, 0)? >= 0x0600;
                } else if depth == 0 {
                    if let Some(name) = sheet_at.get(&at) {
                        current =
                            Some((name.clone(), HashMap::new(), Hidden::default(), Vec::new()));
                        shared.clear();
                    }
                }
                depth += 1;
            }
            // EOF: the end of the globals or of a substream
            0x000A => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    globals_done = true;
                    if let Some(sheet) = current.take() {
                        out.add(sheet);
                    }
                }
            }
            // BOUNDSHEET: where a sheet's substream starts, and its name
            0x0085 if in_globals => {
                let start = u32_at(data, 0)? as usize;
                if let Some(name) = sheet_name(data, biff8) {
                    extern_names.sheets.push(name.clone());
                    sheet_at.insert(start, name);
                }
            }
            // FORMAT: an index and its code
            0x041E if in_globals => {
                let ifmt = u16_at(data, 0)?;
                if let Some(code) = format_code(data.get(2..)?, biff8) {
                    codes.insert(ifmt, code);
                }
            }
            // NAME: a defined name (options, key, its length, then at 14 its characters)
            0x0018 if in_globals && biff8 => {
                // a damaged record names nothing, and keeps the names' order
                let name = (|| {
                    let n = usize::from(*data.get(3)?);
                    Some(chars(data.get(15..)?, n, data.get(14)? & 1 == 1))
                })();
                extern_names.defined.push(name.unwrap_or_default());
            }
            // SUPBOOK: a book that references point into (this one, marked 0x0401, an add-in,
            // another file)
            0x01AE if in_globals && biff8 => {
                if u16_at(data, 2) == Some(0x0401) {
                    extern_names.own_book = u16::try_from(extern_names.names_of_book.len()).ok();
                }
                extern_names.names_of_book.push(Vec::new());
            }
            // EXTERNNAME: a name of the last book (options, four bytes, then the name)
            0x0023 if in_globals && biff8 => {
                let name = (|| {
                    let n = usize::from(*data.get(6)?);
                    Some(chars(data.get(8..)?, n, data.get(7)? & 1 == 1))
                })();
                if let Some(names) = extern_names.names_of_book.last_mut() {
                    names.push(name.unwrap_or_default());
                }
            }
            // EXTERNSHEET: each reference's book, first and last sheet
            0x0017 if in_globals && biff8 => {
                let n = u16_at(data, 0).map_or(0, usize::from);
                extern_names.xti = (0..n)
                    .map_while(|k| {
                        Some((
                            u16_at(data, 2 + 6 * k)?,
                            u16_at(data, 4 + 6 * k)?,
                            u16_at(data, 6 + 6 * k)?,
                        ))
                    })
                    .collect();
            }
            // XF: a style, whose format index follows its font index
            0x00E0 if in_globals => xf_formats.push(u16_at(data, 2)?),
            // NUMBER, RK, FORMULA, LABELSST, LABEL: row, column, style
            0x0203 | 0x027E | 0x0006 | 0x00FD | 0x0204 if depth == 1 => {
                if let Some((_, cells, _, formulas)) = current.as_mut() {
                    let (row, col, ixfe) = (u16_at(data, 0)?, u16_at(data, 2)?, u16_at(data, 4)?);
                    if let Some(f) = format_of(ixfe, &codes, &xf_formats) {
                        cells.insert((u32::from(row), u32::from(col)), f);
                    }
                    if kind == 0x0006 {
                        // a shared formula's cell points at the first cell of its range
                        let base = match data.get(20..) {
                            Some([5, 0, 0x01, r0, r1, c0, c1, ..]) => Some((
                                u32::from(u16::from_le_bytes([*r0, *r1])),
                                u32::from(u16::from_le_bytes([*c0, *c1])),
                            )),
                            _ => None,
                        };
                        let (row, col) = (u32::from(row), u32::from(col));
                        // its SHRFMLA comes after the range's first cell, before the others
                        let text = match base {
                            Some(b) => shared
                                .iter()
                                .rev()
                                .find(|s| s.first == b)
                                .and_then(|s| s.text_at(row, col, &extern_names)),
                            // a formula of its own
                            None => {
                                let cce = u16_at(data, 20).map_or(0, usize::from);
                                data.get(22..22 + cce).and_then(|rgce| {
                                    super::xls_shared::formula_text_with(
                                        rgce,
                                        row,
                                        col,
                                        &extern_names,
                                        false,
                                    )
                                })
                            }
                        };
                        formulas.push(FormulaCell {
                            row,
                            col,
                            base,
                            text,
                        });
                    }
                }
            }
            // MULRK: a row, its first column, then a style and a number per cell
            0x00BD if depth == 1 => {
                if let Some((_, cells, _, _)) = current.as_mut() {
                    let (row, first) = (u16_at(data, 0)?, u16_at(data, 2)?);
                    let n = data.len().saturating_sub(6) / 6;
                    for k in 0..n {
                        let ixfe = u16_at(data, 4 + 6 * k)?;
                        if let Some(f) = format_of(ixfe, &codes, &xf_formats) {
                            let col = u32::from(first) + k as u32;
                            cells.insert((u32::from(row), col), f);
                        }
                    }
                }
            }
            // SHRFMLA: a formula shared by a range (its first row, last row, first column,
            // last column, two bytes, then the formula's length and tokens)
            0x04BC if depth == 1 => {
                let head = (|| {
                    let (r0, r1) = (u16_at(data, 0)?, u16_at(data, 2)?);
                    let (c0, c1) = (*data.get(4)?, *data.get(5)?);
                    let cce = usize::from(u16_at(data, 8)?);
                    Some((r0, r1, c0, c1, data.get(10..10 + cce)?))
                })();
                // a damaged one shares nothing: its cells stay formulas rakit cannot read
                if let (Some((_, _, _, formulas)), Some((r0, r1, c0, c1, rgce))) =
                    (current.as_mut(), head)
                {
                    let s = Shared {
                        first: (u32::from(r0), u32::from(c0)),
                        rows: (u32::from(r0), u32::from(r1)),
                        cols: (u32::from(c0), u32::from(c1)),
                        rgce: rgce.to_vec(),
                    };
                    // the cells of its range read before it (its first)
                    for f in formulas.iter_mut().rev().take_while(|f| f.row >= s.rows.0) {
                        if f.base == Some(s.first) && f.text.is_none() {
                            f.text = s.text_at(f.row, f.col, &extern_names);
                        }
                    }
                    shared.push(s);
                }
            }
            // ROW: its number, then its options; fDyZero (0x20) hides it (a record cut short
            // hides nothing, and the workbook's other records still count)
            0x0208 if depth == 1 => {
                if let (Some((_, _, hidden, _)), Some(row), Some(options)) =
                    (current.as_mut(), u16_at(data, 0), u16_at(data, 12))
                {
                    if options & 0x0020 != 0 {
                        hidden.rows.push(u32::from(row));
                    }
                }
            }
            // COLINFO: its first and last column, width, style, then its options; fHidden
            // (0x0001) hides them (a record cut short hides nothing, and the workbook's other
            // records still count)
            0x007D if depth == 1 => {
                let run = (u16_at(data, 0), u16_at(data, 2), u16_at(data, 8));
                if let (Some((_, _, hidden, _)), (Some(first), Some(last), Some(options))) =
                    (current.as_mut(), run)
                {
                    if options & 0x0001 != 0 {
                        // an .xls has at most 256 columns
                        hidden
                            .cols
                            .extend(u32::from(first)..=u32::from(last.min(255)));
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(sheet) = current.take() {
        out.add(sheet);
    }
    Some(out)
}

/// A worksheet being read: its name, its cells' formats, the rows and columns it hides, its
/// formula cells.
type Current = (String, CellFormats, Hidden, Vec<FormulaCell>);

/// A cell holding a formula.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FormulaCell {
    pub row: u32,
    pub col: u32,
    /// the first cell of the shared formula it points at (`PtgExp`), if it does
    base: Option<(u32, u32)>,
    /// the shared formula's text at this cell ([`super::xls_shared`]), where it could be read
    pub text: Option<String>,
}

/// A formula shared by a range of cells (`SHRFMLA`).
struct Shared {
    first: (u32, u32),
    rows: (u32, u32),
    cols: (u32, u32),
    rgce: Vec<u8>,
}

impl Shared {
    /// Its text at a cell of its range; none outside it, or where it cannot be read.
    fn text_at(
        &self,
        row: u32,
        col: u32,
        names: &super::xls_shared::ExternNames,
    ) -> Option<String> {
        let holds = (self.rows.0..=self.rows.1).contains(&row)
            && (self.cols.0..=self.cols.1).contains(&col);
        holds
            .then(|| super::xls_shared::formula_text_with(&self.rgce, row, col, names, true))
            .flatten()
    }
}

/// What an .xls's records tell of each worksheet beyond calamine: its cells' formats, the
/// rows and columns it hides, and every cell holding a formula (calamine gives no
/// text for a shared formula's cells, so they would read as typed numbers; their text is
/// read here where it can be).
#[derive(Debug, Default)]
pub(crate) struct XlsSheets {
    pub formats: SheetFormats,
    pub hidden: HashMap<String, Hidden>,
    pub formula_cells: HashMap<String, Vec<FormulaCell>>,
}

impl XlsSheets {
    fn add(&mut self, (name, cells, mut hidden, formulas): Current) {
        hidden.sort();
        self.hidden.insert(name.clone(), hidden);
        self.formula_cells.insert(name.clone(), formulas);
        self.formats.insert(name, cells);
    }
}

/// The format of a style (`ixfe`), where it is not General.
fn format_of(ixfe: u16, codes: &HashMap<u16, String>, xfs: &[u16]) -> Option<NumFmt> {
    let ifmt = *xfs.get(ixfe as usize)?;
    let f = match codes.get(&ifmt) {
        Some(code) => NumFmt::from_code(code),
        None => NumFmt::from_builtin_id(u32::from(ifmt))?,
    };
    (f != NumFmt::default()).then_some(f)
}

/// A FORMAT record's code: BIFF8 writes a count, a flag byte and 8- or 16-bit characters;
/// BIFF5 a one-byte count and bytes.
fn format_code(d: &[u8], biff8: bool) -> Option<String> {
    if !biff8 {
        return Some(chars(d.get(1..)?, *d.first()? as usize, false));
    }
    let n = u16::from_le_bytes([*d.first()?, *d.get(1)?]) as usize;
    Some(chars(d.get(3..)?, n, d.get(2)? & 1 == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend(u16::try_from(data.len()).unwrap_or(0).to_le_bytes());
        r.extend(data);
        r
    }

    /// A workbook stream of one sheet `S`: a percent-styled number at A1 (row 0), its
    /// `rows` records (ROW, COLINFO) before it.
    fn stream(rows: &[Vec<u8>]) -> Vec<u8> {
        let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00]);
        let xf = record(0x00E0, &[0, 0, 10, 0]);
        let eof = record(0x000A, &[]);
        let sheet_name = |start: u32| {
            let mut d = start.to_le_bytes().to_vec();
            d.extend([0, 0, 1, 0, b'S']);
            record(0x0085, &d)
        };
        let globals = bof.len() + xf.len() + sheet_name(0).len() + eof.len();
        let mut s = [
            bof.clone(),
            xf,
            sheet_name(globals as u32),
            eof.clone(),
            bof,
        ]
        .concat();
        for r in rows {
            s.extend(r);
        }
        s.extend(record(0x0203, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        s.extend(eof);
        s
    }

    #[test]
    fn records_cut_short_hide_nothing_and_keep_the_formats() {
        let whole_row = record(0x0208, &[3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 0, 0]);
        let got = read(&stream(&[whole_row])).expect("a whole stream");
        assert_eq!(got.hidden["S"].rows, vec![3]);
        assert_eq!(
            got.formats["S"][&(0, 0)],
            NumFmt::from_builtin_id(10).expect("0.00%")
        );
        for short in [record(0x0208, &[3, 0, 0, 0]), record(0x007D, &[0, 0, 1])] {
            let got = read(&stream(&[short])).expect("the rest of the stream is read");
            assert!(got.hidden["S"].rows.is_empty() && got.hidden["S"].cols.is_empty());
            assert_eq!(
                got.formats["S"][&(0, 0)],
                NumFmt::from_builtin_id(10).expect("0.00%")
            );
        }
    }
}
