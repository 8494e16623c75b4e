//! What rakit reads of an .xlsb (Excel Binary Workbook, [MS-XLSB]) itself, beside calamine:
//! its cells in their short form ([`short_cells`]), and its number formats, merged ranges and
//! hidden rows ([`styles`]), which calamine does not give.
//!
//! A part of an .xlsb is a run of records, each a type, a size and a body (2.1.4). The walk
//! here never indexes past a record's end: a record that runs past the part ends it, as it
//! ends calamine's.

pub(super) mod short_cells;
pub(super) mod styles;

/// `BrtRowHdr`: a new row (its number, then its style, height and flags).
pub(super) const ROW_HEADER: u16 = 0x0000;
/// Full-form cell records, whose body starts with the column, then the style: `BrtCellBlank`
/// (0x0001) to `BrtFmlaError` (0x000B).
pub(super) const FULL_CELL: std::ops::RangeInclusive<u16> = 0x0001..=0x000B;
/// Short-form cell records, whose body starts with the style (the column is the previous
/// cell's plus one): `BrtShortBlank` (0x000C) to `BrtShortIsst` (0x0012).
pub(super) const SHORT_CELL: std::ops::RangeInclusive<u16> = 0x000C..=0x0012;

/// One record's type and where its body lies.
pub(super) struct Record {
    pub kind: u16,
    pub body: usize,
    pub end: usize,
}

impl Record {
    /// The record starting at `at`: a type of one or two bytes and a size of up to four, each
    /// seven bits a byte with the high bit saying another follows ([MS-XLSB] 2.1.4).
    pub fn at(bytes: &[u8], at: usize) -> Option<Record> {
        let mut i = at;
        let first = *bytes.get(i)?;
        i += 1;
        let kind = if first & 0x80 != 0 {
            let second = *bytes.get(i)?;
            i += 1;
            u16::from(first & 0x7F) | (u16::from(second & 0x7F) << 7)
        } else {
            u16::from(first)
        };
        let mut size = 0usize;
        for shift in 0..4 {
            let b = *bytes.get(i)?;
            i += 1;
            size |= usize::from(b & 0x7F) << (7 * shift);
            if b & 0x80 == 0 {
                break;
            }
        }
        let end = i.checked_add(size).filter(|&e| e <= bytes.len())?;
        Some(Record { kind, body: i, end })
    }
}

/// Each record of a part in turn.
pub(super) fn records(bytes: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let r = Record::at(bytes, at)?;
        at = r.end;
        Some((r.kind, &bytes[r.body..r.end]))
    })
}

/// The little-endian u32 at `at` of a record's body.
pub(super) fn u32_at(body: &[u8], at: usize) -> Option<u32> {
    let b = body.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// An `XLWideString` at `at` (a count of UTF-16 units, then the units) and where it ends.
pub(super) fn wide_string(body: &[u8], at: usize) -> Option<(String, usize)> {
    let count = u32_at(body, at)? as usize;
    let start = at + 4;
    let end = start.checked_add(count.checked_mul(2)?)?;
    let units: Vec<u16> = body
        .get(start..end)?
        .chunks_exact(2)
        .map(|u| u16::from_le_bytes([u[0], u[1]]))
        .collect();
    Some((String::from_utf16_lossy(&units), end))
}
