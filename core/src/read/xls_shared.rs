//! The text of an .xls's shared formulas. A formula filled down a column is stored once, in a
//! `SHRFMLA` record over the range it fills, and each cell's `FORMULA` record holds only a
//! pointer to it (`PtgExp`); calamine gives no text for such cells. Here the shared formula's
//! tokens are read back as the formula of each cell it covers: its relative references
//! (`PtgRefN`, `PtgAreaN`) are offsets from that cell.
//!
//! Only what the tables rakit reads use is read: numbers, strings, booleans, errors, cell and
//! range references of the formula's own sheet, the operators, brackets, and the functions of
//! [`function`]. A formula with anything else (a defined name, a reference into another sheet,
//! an add-in function, an array) gives `None`, and its cells stay formulas rakit cannot read.
//!
//! The token layout follows [MS-XLS] 2.5.198 (BIFF8), as xlrd and calamine read it (MIT
//! licence): a relative row is a signed 16-bit offset, a relative column the low 8 bits of
//! its field as a signed offset.
//!
//! ```
//! use rakit_core::read::xls_shared::formula_text;
//! // `=E4/D4*100` filled down from row 4, read at row 5 (zero-based 4): E5/D5*100
//! let rgce = [
//!     0x4C, 0, 0, 0x01, 0xC0, // PtgRefN: row +0, column +1 (both relative) -> E
//!     0x4C, 0, 0, 0x00, 0xC0, // PtgRefN: row +0, column +0 -> D
//!     0x06, // /
//!     0x1E, 100, 0, // PtgInt 100
//!     0x05, // *
//! ];
//! assert_eq!(formula_text(&rgce, 4, 3).as_deref(), Some("E5/D5*100"));
//! ```

use std::fmt::Write;

use crate::formula::col_name;

/// A function's name and its number of arguments when fixed (`None`: a variable number,
/// given by the token), by its index in Excel's function table.
fn function(iftab: u16) -> Option<(&'static str, Option<usize>)> {
    Some(match iftab {
        0 => ("COUNT", None),
        1 => ("IF", None),
        2 => ("ISNA", Some(1)),
        3 => ("ISERROR", Some(1)),
        4 => ("SUM", None),
        5 => ("AVERAGE", None),
        6 => ("MIN", None),
        7 => ("MAX", None),
        10 => ("NA", Some(0)),
        12 => ("STDEV", None),
        20 => ("SQRT", Some(1)),
        21 => ("EXP", Some(1)),
        22 => ("LN", Some(1)),
        23 => ("LOG10", Some(1)),
        24 => ("ABS", Some(1)),
        25 => ("INT", Some(1)),
        26 => ("SIGN", Some(1)),
        27 => ("ROUND", Some(2)),
        28 => ("LOOKUP", None),
        29 => ("INDEX", None),
        31 => ("MID", Some(3)),
        32 => ("LEN", Some(1)),
        33 => ("VALUE", Some(1)),
        34 => ("TRUE", Some(0)),
        35 => ("FALSE", Some(0)),
        36 => ("AND", None),
        37 => ("OR", None),
        38 => ("NOT", Some(1)),
        39 => ("MOD", Some(2)),
        46 => ("VAR", None),
        48 => ("TEXT", Some(2)),
        64 => ("MATCH", None),
        65 => ("DATE", Some(3)),
        67 => ("DAY", Some(1)),
        68 => ("MONTH", Some(1)),
        69 => ("YEAR", Some(1)),
        74 => ("NOW", Some(0)),
        82 => ("SEARCH", None),
        100 => ("CHOOSE", None),
        101 => ("HLOOKUP", None),
        102 => ("VLOOKUP", None),
        109 => ("LOG", None),
        112 => ("LOWER", Some(1)),
        113 => ("UPPER", Some(1)),
        115 => ("LEFT", None),
        116 => ("RIGHT", None),
        117 => ("EXACT", Some(2)),
        118 => ("TRIM", Some(1)),
        120 => ("SUBSTITUTE", None),
        124 => ("FIND", None),
        126 => ("ISERR", Some(1)),
        127 => ("ISTEXT", Some(1)),
        128 => ("ISNUMBER", Some(1)),
        129 => ("ISBLANK", Some(1)),
        130 => ("T", Some(1)),
        131 => ("N", Some(1)),
        169 => ("COUNTA", None),
        183 => ("PRODUCT", None),
        190 => ("ISNONTEXT", Some(1)),
        197 => ("TRUNC", None),
        198 => ("ISLOGICAL", Some(1)),
        212 => ("ROUNDUP", Some(2)),
        213 => ("ROUNDDOWN", Some(2)),
        216 => ("RANK", None),
        221 => ("TODAY", Some(0)),
        227 => ("MEDIAN", None),
        228 => ("SUMPRODUCT", None),
        285 => ("FLOOR", Some(2)),
        288 => ("CEILING", Some(2)),
        336 => ("CONCATENATE", None),
        337 => ("POWER", Some(2)),
        344 => ("SUBTOTAL", None),
        345 => ("SUMIF", None),
        346 => ("COUNTIF", Some(2)),
        347 => ("COUNTBLANK", Some(1)),
        361 => ("AVERAGEA", None),
        362 => ("MAXA", None),
        363 => ("MINA", None),
        _ => return None,
    })
}

/// The rows and columns a BIFF8 sheet has: relative references wrap around them.
const ROWS: i64 = 65_536;
const COLS: i64 = 256;

/// A cell reference of a shared formula's token, in A1 form (`$` where absolute): `row` and
/// `col` are its fields, `relative` whether its offsets are relative to `at` (`PtgRefN`) or
/// its fields are the cell itself (`PtgRef`).
fn reference(row: u16, col: u16, relative: bool, at: (u32, u32)) -> String {
    let row_rel = col & 0x8000 != 0;
    let col_rel = col & 0x4000 != 0;
    let r = if relative && row_rel {
        (i64::from(at.0) + i64::from(row as i16)).rem_euclid(ROWS)
    } else {
        i64::from(row)
    };
    let c = if relative && col_rel {
        (i64::from(at.1) + i64::from((col & 0xFF) as u8 as i8)).rem_euclid(COLS)
    } else if relative {
        i64::from(col & 0xFF)
    } else {
        i64::from(col & 0x3FFF)
    };
    let mut out = String::new();
    if !col_rel {
        out.push('$');
    }
    out.push_str(&col_name(c as u32));
    if !row_rel {
        out.push('$');
    }
    let _ = write!(out, "{}", r + 1);
    out
}

/// The names of functions a workbook calls from outside Excel's table (`_xlfn.IFERROR`, an
/// add-in's): as its own defined names (`NAME` records, in order; LibreOffice writes them so),
/// or as its `EXTERNSHEET` and `EXTERNNAME` records list them (by a reference's index
/// (`ixti`), the index of its book; by book, its names in order).
#[derive(Debug, Default, Clone)]
pub struct ExternNames {
    pub defined: Vec<String>,
    /// each reference's (`ixti`) book, first and last sheet
    pub xti: Vec<(u16, u16, u16)>,
    pub names_of_book: Vec<Vec<String>>,
    /// the book that is this workbook (its `SUPBOOK` of internal references)
    pub own_book: Option<u16>,
    /// the workbook's sheets in order
    pub sheets: Vec<String>,
}

impl ExternNames {
    /// The defined name a `PtgName` points at (one-based), where it names a function newer
    /// than the format (`_xlfn.`), without that mark.
    fn function(&self, index: u32) -> Option<&str> {
        let name = self
            .defined
            .get(usize::try_from(index).ok()?.checked_sub(1)?)?;
        name.strip_prefix("_xlfn.")
    }

    /// The name a `PtgNameX` points at (its one-based index in the book of `ixti`), without
    /// the `_xlfn.` that marks a function newer than the format.
    fn name(&self, ixti: u16, index: u16) -> Option<&str> {
        let book = self.xti.get(usize::from(ixti))?.0;
        let names = self.names_of_book.get(usize::from(book))?;
        let name = names.get(usize::from(index).checked_sub(1)?)?;
        Some(name.strip_prefix("_xlfn.").unwrap_or(name))
    }

    /// The sheet a reference of another sheet (`PtgRef3d`) points into, as a formula names
    /// it (`'PK 2025'!`); `None` for another workbook's, or a range of sheets.
    fn sheet(&self, ixti: u16) -> Option<String> {
        let &(book, first, last) = self.xti.get(usize::from(ixti))?;
        if Some(book) != self.own_book || first != last {
            return None;
        }
        let name = self.sheets.get(usize::from(first))?;
        Some(
            if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                format!("{name}!")
            } else {
                format!("'{}'!", name.replace('\'', "''"))
            },
        )
    }
}

/// The formula text (without `=`) of a formula's tokens `rgce` (without their length) read at
/// the zero-based cell (`row`, `col`), its own or a shared one's; `None` where it holds a
/// token this reader leaves unread, or is damaged.
pub fn formula_text(rgce: &[u8], row: u32, col: u32) -> Option<String> {
    formula_text_with(rgce, row, col, &ExternNames::default(), true)
}

/// [`formula_text`], with the workbook's names (of functions from outside Excel's table, of
/// its sheets); `shared`: the tokens are a shared formula's, whose references into other
/// sheets are offsets where relative.
pub fn formula_text_with(
    rgce: &[u8],
    row: u32,
    col: u32,
    extern_names: &ExternNames,
    shared: bool,
) -> Option<String> {
    let at = (row, col);
    let u16_at = |d: &[u8], i: usize| -> Option<u16> {
        Some(u16::from_le_bytes([*d.get(i)?, *d.get(i + 1)?]))
    };
    let mut stack: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rgce.len() {
        let ptg = rgce[i];
        i += 1;
        match ptg {
            // binary operators
            0x03..=0x11 => {
                let op = match ptg {
                    0x03 => "+",
                    0x04 => "-",
                    0x05 => "*",
                    0x06 => "/",
                    0x07 => "^",
                    0x08 => "&",
                    0x09 => "<",
                    0x0A => "<=",
                    0x0B => "=",
                    0x0C => ">=",
                    0x0D => ">",
                    0x0E => "<>",
                    0x0F => " ",
                    0x10 => ",",
                    _ => ":",
                };
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(format!("{a}{op}{b}"));
            }
            0x12 => {
                let a = stack.pop()?;
                stack.push(format!("+{a}"));
            }
            0x13 => {
                let a = stack.pop()?;
                stack.push(format!("-{a}"));
            }
            0x14 => {
                let a = stack.pop()?;
                stack.push(format!("{a}%"));
            }
            0x15 => {
                let a = stack.pop()?;
                stack.push(format!("({a})"));
            }
            // a missing argument
            0x16 => stack.push(String::new()),
            // a string: its length, a flag byte (16-bit characters), its characters
            0x17 => {
                let n = usize::from(*rgce.get(i)?);
                let wide = rgce.get(i + 1)? & 1 == 1;
                let start = i + 2;
                let text: String = if wide {
                    let bytes = rgce.get(start..start + 2 * n)?;
                    char::decode_utf16(
                        bytes
                            .chunks_exact(2)
                            .map(|c| u16::from_le_bytes([c[0], c[1]])),
                    )
                    .collect::<Result<String, _>>()
                    .ok()?
                } else {
                    rgce.get(start..start + n)?
                        .iter()
                        .map(|&b| char::from(b))
                        .collect()
                };
                i = start + if wide { 2 * n } else { n };
                stack.push(format!("\"{}\"", text.replace('"', "\"\"")));
            }
            // an attribute: a sum of one range (`SUM(E4:H4)` written short), or what changes
            // no text (volatile, the jumps of an IF, spaces)
            0x19 => {
                let kind = *rgce.get(i)?;
                match kind {
                    0x10 => {
                        let a = stack.pop()?;
                        stack.push(format!("SUM({a})"));
                        i += 3;
                    }
                    0x01 | 0x02 | 0x08 | 0x20 | 0x40 | 0x41 => i += 3,
                    _ => return None,
                }
            }
            0x1C => {
                let e = match rgce.get(i)? {
                    0x00 => "#NULL!",
                    0x07 => "#DIV/0!",
                    0x0F => "#VALUE!",
                    0x17 => "#REF!",
                    0x1D => "#NAME?",
                    0x24 => "#NUM!",
                    0x2A => "#N/A",
                    _ => return None,
                };
                stack.push(e.to_string());
                i += 1;
            }
            0x1D => {
                stack.push(if *rgce.get(i)? == 0 { "FALSE" } else { "TRUE" }.to_string());
                i += 1;
            }
            0x1E => {
                stack.push(u16_at(rgce, i)?.to_string());
                i += 2;
            }
            0x1F => {
                let v = f64::from_le_bytes(rgce.get(i..i + 8)?.try_into().ok()?);
                if !v.is_finite() {
                    return None;
                }
                stack.push(format!("{v}"));
                i += 8;
            }
            // a function of a fixed number of arguments, or of the number the token gives
            0x21 | 0x41 | 0x61 | 0x22 | 0x42 | 0x62 => {
                let var = matches!(ptg, 0x22 | 0x42 | 0x62);
                let (argc, iftab) = if var {
                    let argc = usize::from(rgce.get(i)? & 0x7F);
                    let iftab = u16_at(rgce, i + 1)? & 0x7FFF;
                    i += 3;
                    (Some(argc), iftab)
                } else {
                    let iftab = u16_at(rgce, i)?;
                    i += 2;
                    (None, iftab)
                };
                let argc = if var { argc? } else { function(iftab)?.1? };
                let from = stack.len().checked_sub(argc)?;
                let mut args = stack.split_off(from);
                // a function from outside the table: its name is the first argument
                let name = if iftab == 255 && !args.is_empty() {
                    let name = args.remove(0);
                    name.strip_prefix(NAME_MARK)?.to_string()
                } else {
                    function(iftab)?.0.to_string()
                };
                stack.push(format!("{name}({})", args.join(",")));
            }
            // a defined name that is a function newer than the format, or a name from
            // outside the workbook (an add-in's function): its text, marked so that only a
            // function call takes it
            0x23 | 0x43 | 0x63 | 0x39 | 0x59 | 0x79 => {
                // a defined name's index takes four bytes; an outside name's reference, index
                // and two unused bytes six
                let (name, len) = if matches!(ptg, 0x23 | 0x43 | 0x63) {
                    let index = u32::from_le_bytes(rgce.get(i..i + 4)?.try_into().ok()?);
                    (extern_names.function(index)?, 4)
                } else {
                    let (ixti, index) = (u16_at(rgce, i)?, u16_at(rgce, i + 2)?);
                    (extern_names.name(ixti, index)?, 6)
                };
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
                    return None;
                }
                stack.push(format!("{NAME_MARK}{name}"));
                i += len;
            }
            // a cell of the sheet, as itself or as an offset from the formula's cell
            0x24 | 0x44 | 0x64 | 0x2C | 0x4C | 0x6C => {
                let relative = matches!(ptg, 0x2C | 0x4C | 0x6C);
                let (r, c) = (u16_at(rgce, i)?, u16_at(rgce, i + 2)?);
                stack.push(reference(r, c, relative, at));
                i += 4;
            }
            // a cell or a range of another sheet of the workbook
            0x3A | 0x5A | 0x7A | 0x3B | 0x5B | 0x7B => {
                let sheet = extern_names.sheet(u16_at(rgce, i)?)?;
                let area = matches!(ptg, 0x3B | 0x5B | 0x7B);
                let (r1, r2, c1, c2) = if area {
                    let r = (u16_at(rgce, i + 2)?, u16_at(rgce, i + 4)?);
                    (r.0, r.1, u16_at(rgce, i + 6)?, u16_at(rgce, i + 8)?)
                } else {
                    let (r, c) = (u16_at(rgce, i + 2)?, u16_at(rgce, i + 4)?);
                    (r, r, c, c)
                };
                let first = reference(r1, c1, shared, at);
                stack.push(if area {
                    format!("{sheet}{first}:{}", reference(r2, c2, shared, at))
                } else {
                    format!("{sheet}{first}")
                });
                i += if area { 10 } else { 6 };
            }
            // a range of the sheet
            0x25 | 0x45 | 0x65 | 0x2D | 0x4D | 0x6D => {
                let relative = matches!(ptg, 0x2D | 0x4D | 0x6D);
                let (r1, r2) = (u16_at(rgce, i)?, u16_at(rgce, i + 2)?);
                let (c1, c2) = (u16_at(rgce, i + 4)?, u16_at(rgce, i + 6)?);
                stack.push(format!(
                    "{}:{}",
                    reference(r1, c1, relative, at),
                    reference(r2, c2, relative, at)
                ));
                i += 8;
            }
            _ => return None,
        }
    }
    match stack.as_slice() {
        [one] if !one.is_empty() && !one.contains(NAME_MARK) => Some(one.clone()),
        _ => None,
    }
}

/// What marks an outside name on the stack until a function call takes it.
const NAME_MARK: &str = "\u{1}";

#[cfg(test)]
mod tests {
    use super::formula_text;

    #[test]
    fn relative_references_are_offsets_from_the_cell() {
        // =SUM(E4:H4) filled down: a range of relative offsets (0, +1) .. (0, +4) from D4
        let rgce = [0x2D, 0, 0, 0, 0, 0x01, 0xC0, 0x04, 0xC0, 0x19, 0x10, 0, 0];
        assert_eq!(formula_text(&rgce, 9, 3).as_deref(), Some("SUM(E10:H10)"));
        // a row above (-1, relative) in an absolute column ($B)
        let up = [0x4C, 0xFF, 0xFF, 0x01, 0x80];
        assert_eq!(formula_text(&up, 9, 3).as_deref(), Some("$B9"));
        // ROUND(x, 2) and IF with a string
        let round = [0x4C, 0, 0, 0x00, 0xC0, 0x1E, 2, 0, 0x41, 27, 0];
        assert_eq!(formula_text(&round, 0, 2).as_deref(), Some("ROUND(C1,2)"));
        // N(x), which a % column calls so that a figure typed as text counts 0
        let n = [0x4C, 0, 0, 0x00, 0xC0, 0x41, 131, 0];
        assert_eq!(formula_text(&n, 5, 4).as_deref(), Some("N(E6)"));
        let iff = [
            0x4C, 0, 0, 0x00, 0xC0, 0x1E, 0, 0, 0x0D, 0x17, 1, 0, b'-', 0x1E, 1, 0, 0x42, 3, 1, 0,
        ];
        assert_eq!(
            formula_text(&iff, 0, 0).as_deref(),
            Some("IF(A1>0,\"-\",1)")
        );
    }

    #[test]
    fn what_is_not_read_gives_none() {
        // a defined name, a cut token, an unknown function, an empty stack
        assert_eq!(formula_text(&[0x23, 1, 0, 0, 0], 0, 0), None);
        assert_eq!(formula_text(&[0x4C, 0], 0, 0), None);
        assert_eq!(formula_text(&[0x1E, 1, 0, 0x41, 0xFF, 0x00], 0, 0), None);
        assert_eq!(formula_text(&[0x03], 0, 0), None);
        assert_eq!(formula_text(&[], 0, 0), None);
    }
}
