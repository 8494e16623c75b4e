//! Cells an .xlsb writes in their short form, rewritten into the full form before calamine
//! reads the sheets.
//!
//! A cell record of an Excel Binary Workbook ([MS-XLSB] 2.5.9 `Cell`) starts with its column.
//! Each has a short form (`BrtShortBlank` … `BrtShortIsst`, 2.5.10 `ShortCell`) without the
//! column: it is the previous cell's column plus one. Excel writes the full form; SheetJS,
//! which web applications use for their "Export" button, writes the short form for every cell
//! after a row's first, and Aspose can be told to. calamine 0.38 reads only the full form and
//! passes over the rest without a word, so such a sheet came out with a row's first cell alone
//! ("no indicator table", or worse, a table read without its figure columns) while Excel and
//! LibreOffice show every cell. Here each short record becomes its full form, with the column
//! it stands for, and calamine reads the result.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::{u32_at, Record, FULL_CELL, ROW_HEADER, SHORT_CELL};

/// A short form's full form is its type less this ([`SHORT_CELL`] to [`FULL_CELL`]).
const SHORT_TO_FULL: u16 = 0x000B;

/// The workbook again with every worksheet's short cell records in their full form, or `None`
/// when it has none (the usual case: the bytes are read as they are) or is no zip this can
/// read (then calamine says what is wrong with it). The unpacked size has been checked
/// against the limit before ([`crate::sniff::zip_workbook_format`]), so inflating a part here
/// stays within it.
pub(in crate::read) fn with_full_cell_records(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut rewritten: Vec<Option<Vec<u8>>> = Vec::with_capacity(zip.len());
    let mut any = false;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).ok()?;
        let name = part.name().ok()?.to_ascii_lowercase();
        if !(name.starts_with("xl/worksheets/") && name.ends_with(".bin")) {
            rewritten.push(None);
            continue;
        }
        let mut records = Vec::new();
        part.read_to_end(&mut records).ok()?;
        let full = full_form(&records);
        any |= full.is_some();
        rewritten.push(full);
    }
    if !any {
        return None;
    }
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() * 2)));
    // stored: calamine inflates nothing more, and the bytes live only while it reads
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .large_file(false);
    for (i, full) in rewritten.into_iter().enumerate() {
        match full {
            Some(records) => {
                let name = zip.by_index_raw(i).ok()?.name().ok()?.into_owned();
                out.start_file(name, stored).ok()?;
                out.write_all(&records).ok()?;
            }
            None => out.raw_copy_file(zip.by_index_raw(i).ok()?).ok()?,
        }
    }
    Some(out.finish().ok()?.into_inner())
}

/// A worksheet part's records with its short cell records in their full form, or `None` when it
/// has none. A record that runs past the end is left as it is, as are the bytes after it (calamine
/// stops there too).
fn full_form(records: &[u8]) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    let mut column: Option<u32> = None;
    let mut at = 0;
    while let Some(record) = Record::at(records, at) {
        let body = &records[record.body..record.end];
        match record.kind {
            ROW_HEADER => column = None,
            kind if FULL_CELL.contains(&kind) => {
                column = u32_at(body, 0);
            }
            kind if SHORT_CELL.contains(&kind) => {
                // the first cell of a row in the short form stands in column A
                let col = column.map_or(0, |c| c.saturating_add(1));
                column = Some(col);
                let out = out.get_or_insert_with(|| {
                    let mut v = Vec::with_capacity(records.len() + records.len() / 2);
                    v.extend_from_slice(&records[..at]);
                    v
                });
                write_record(out, record.kind - SHORT_TO_FULL, &col.to_le_bytes(), body);
                at = record.end;
                continue;
            }
            _ => {}
        }
        if let Some(out) = out.as_mut() {
            out.extend_from_slice(&records[at..record.end]);
        }
        at = record.end;
    }
    let mut out = out?;
    out.extend_from_slice(&records[at..]);
    Some(out)
}

/// Writes a record of `kind` whose body is `head` then `body`.
fn write_record(out: &mut Vec<u8>, kind: u16, head: &[u8], body: &[u8]) {
    if kind < 0x80 {
        out.push(kind as u8);
    } else {
        out.push((kind & 0x7F) as u8 | 0x80);
        out.push((kind >> 7) as u8);
    }
    let mut size = head.len() + body.len();
    loop {
        let b = (size & 0x7F) as u8;
        size >>= 7;
        if size == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
    out.extend_from_slice(head);
    out.extend_from_slice(body);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u16, body: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        write_record(&mut v, kind, &[], body);
        v
    }

    #[test]
    fn short_cells_get_the_column_after_the_previous_cell() {
        let style = [0u8; 4];
        let mut sheet = record(0x0091, &[]); // BrtBeginSheetData
        sheet.extend(record(ROW_HEADER, &[4, 0, 0, 0]));
        // a full RK in column C, then a short real and a short string
        sheet.extend(record(0x0002, &[2, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0]));
        let mut real = style.to_vec();
        real.extend(88.4f64.to_le_bytes());
        sheet.extend(record(0x0010, &real));
        let mut text = style.to_vec();
        text.extend([1, 0, 0, 0, b'%', 0]);
        sheet.extend(record(0x0011, &text));
        // a new row whose first cell is short: column A
        sheet.extend(record(ROW_HEADER, &[5, 0, 0, 0]));
        sheet.extend(record(0x000D, &[0, 0, 0, 0, 10, 0, 0, 0]));
        sheet.extend(record(0x0092, &[])); // BrtEndSheetData

        let full = full_form(&sheet).expect("short records");
        let mut kinds = Vec::new();
        let mut at = 0;
        while let Some(r) = Record::at(&full, at) {
            let body = &full[r.body..r.end];
            kinds.push((r.kind, body.get(..4).map(|c| c[0])));
            at = r.end;
        }
        assert_eq!(at, full.len());
        assert_eq!(
            kinds,
            vec![
                (0x0091, None),
                (ROW_HEADER, Some(4)),
                (0x0002, Some(2)),
                (0x0005, Some(3)),
                (0x0006, Some(4)),
                (ROW_HEADER, Some(5)),
                (0x0002, Some(0)),
                (0x0092, None),
            ]
        );
        // the real keeps its value after the column and style
        let mut at = 0;
        let mut reals = Vec::new();
        while let Some(r) = Record::at(&full, at) {
            if r.kind == 0x0005 {
                reals.push(f64::from_le_bytes(
                    full[r.body + 8..r.body + 16].try_into().expect("8 bytes"),
                ));
            }
            at = r.end;
        }
        assert_eq!(reals, vec![88.4]);
    }

    #[test]
    fn full_records_only_are_left_as_they_are() {
        let mut sheet = record(ROW_HEADER, &[0, 0, 0, 0]);
        sheet.extend(record(0x0002, &[0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0]));
        assert!(full_form(&sheet).is_none());
    }

    #[test]
    fn a_record_past_the_end_ends_the_walk_without_a_panic() {
        let mut sheet = record(ROW_HEADER, &[0, 0, 0, 0]);
        sheet.extend(record(0x0010, &[0; 12]));
        sheet.extend([0x10, 0x7F, 1, 2]); // claims 127 bytes, holds 2
        let full = full_form(&sheet).expect("one short record");
        assert!(full.ends_with(&[0x10, 0x7F, 1, 2]));
        for cut in 0..sheet.len() {
            let _ = full_form(&sheet[..cut]);
        }
    }
}
