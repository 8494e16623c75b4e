//! How far the cells of each sheet of an .xls reach, read from its BIFF records before calamine
//! reads the sheets. calamine gives every sheet one dense grid from its first cell to its last
//! (32 bytes a cell, and again for formulas), so one damaged record, such as a cell at
//! column 63,000, asks for a hundred gigabytes and ends the whole run. A sheet whose span
//! needs more than the unpacked-size limit is a broken sheet instead, named with its span.

use super::ReadError;

/// What calamine keeps per cell of a sheet's span: a value and a formula.
const BYTES_PER_CELL: u64 = 56;

/// `Ok` when every sheet's span fits `max_bytes`, with the workbook stream for the readers
/// after it ([`super::xls_formats`]); `Ok(None)` when the file is not one this scan can read
/// (then calamine says what is wrong with it) or is encrypted. The records are walked as
/// calamine walks them: the globals up to their EOF, then each sheet from the position its
/// BOUNDSHEET names, skipping nested substreams (embedded charts).
pub(super) fn check(bytes: &[u8], max_bytes: u64) -> Result<Option<Vec<u8>>, ReadError> {
    let stream = match workbook_stream(bytes) {
        Ok(Some(stream)) => stream,
        Ok(None) => return Ok(None),
        Err(Loops) => {
            return Err(ReadError::Damaged(
                "a chain of sectors in the compound file comes back on itself".into(),
            ))
        }
    };
    let mut sheets: Vec<(usize, String)> = Vec::new();
    for (kind, data) in records(&stream) {
        match kind {
            // FILEPASS: the records after it are encrypted; calamine reports that
            0x002F => return Ok(None),
            // BOUNDSHEET: where a sheet's substream starts, and its name
            0x0085 => {
                if let Some(pos) = data.get(..4) {
                    let pos = u32::from_le_bytes([pos[0], pos[1], pos[2], pos[3]]) as usize;
                    sheets.push((pos, sheet_name(data, true).unwrap_or_default()));
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    for (pos, name) in &sheets {
        let Some(substream) = stream.get(*pos..) else {
            continue;
        };
        let mut span = Span::default();
        let mut reserved = 0u64;
        let mut seen_bof = false;
        let mut nested = 0usize;
        for (kind, data) in records(substream) {
            if nested > 0 {
                match kind {
                    0x0809 => nested += 1,
                    0x000A => nested -= 1,
                    _ => {}
                }
                continue;
            }
            match kind {
                0x0809 if seen_bof => nested += 1,
                0x0809 => seen_bof = true,
                0x0200 => reserved = reserved.max(dimension_cells(data)),
                0x000A => break,
                _ => {
                    if let Some((row, first, last)) = cell(kind, data) {
                        span.add(row, first, last);
                    }
                }
            }
        }
        span.fits(name, max_bytes)?;
        reservation_fits(reserved, name, max_bytes)?;
    }
    Ok(Some(stream))
}

/// The records of a stream as calamine's iterator gives them: type and data, CONTINUE records
/// folded into the one before (and so never seen), ending where a record runs past the end.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut pos = 0usize;
    std::iter::from_fn(move || loop {
        let head = stream.get(pos..pos + 4)?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = u16::from_le_bytes([head[2], head[3]]) as usize;
        let data = stream.get(pos + 4..pos + 4 + len)?;
        pos += 4 + len;
        if kind != 0x003C {
            return Some((kind, data));
        }
    })
}

/// How many cells calamine reserves room for on a DIMENSIONS record, worked out as its
/// `parse_dimensions` and sheet reader work it out (rows wrapping as a release build's do).
fn dimension_cells(data: &[u8]) -> u64 {
    let u16_at = |i: usize| u16::from_le_bytes([data[i], data[i + 1]]) as u32;
    let u32_at = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 | 16 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        _ => return 0,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return 1;
    }
    let rows = last_row.wrapping_sub(first_row) as u64;
    rows * (last_col - first_col) as u64
}

/// calamine reserves room for a sheet's DIMENSIONS before it reads a cell, and a damaged
/// record (found by the fuzzer: a terabyte) ends the run where the memory is not there.
/// Up to a full BIFF8 sheet (65,536 rows by 256 columns) is always read.
fn reservation_fits(cells: u64, sheet: &str, max_bytes: u64) -> Result<(), ReadError> {
    let cell = std::mem::size_of::<calamine::Cell<calamine::Data>>() as u64;
    let limit = max_bytes.max(65_536 * 256 * cell);
    if cells.saturating_mul(cell) <= limit {
        return Ok(());
    }
    Err(ReadError::BrokenSheet {
        sheet: sheet.to_string(),
        detail: format!(
            "its DIMENSIONS record claims {cells} cells, more than an .xls sheet holds"
        ),
    })
}

/// The `Workbook` (BIFF8) or `Book` (BIFF5) stream of the compound file, read as leniently as
/// calamine reads it (the `cfb` crate refuses files calamine opens, such as a directory entry
/// with an odd name length), every chain bounded by the number of sectors in the file.
pub(super) fn workbook_stream(bytes: &[u8]) -> Result<Option<Vec<u8>>, Loops> {
    let u16_at = |i: usize| -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?))
    };
    let u32_at = |i: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?))
    };
    let Some(shift) = u16_at(30).filter(|s| (7..=16).contains(s)) else {
        return Ok(None);
    };
    let size = 1usize << shift;
    let sectors = bytes.len() / size;
    let sector = |n: u32| -> Option<&[u8]> {
        let start = (n as usize).checked_add(1)?.checked_mul(size)?;
        bytes.get(start..start.checked_add(size)?)
    };
    let words = |data: &[u8]| -> Vec<u32> {
        data.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    };
    // the FAT: its sectors are listed in the header (109) and then in the DIFAT chain
    let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(76 + 4 * i)).collect();
    let mut difat = u32_at(68).unwrap_or(0xFFFF_FFFE);
    let mut hops = 0;
    while difat < 0xFFFF_FFFA && hops <= sectors {
        let Some(ids) = sector(difat).map(words) else {
            break;
        };
        let Some((next, listed)) = ids.split_last() else {
            break;
        };
        fat_sectors.extend_from_slice(listed);
        difat = *next;
        hops += 1;
    }
    let mut fat = Vec::new();
    for id in fat_sectors.into_iter().filter(|id| *id < 0xFFFF_FFFA) {
        let Some(words_of) = sector(id).map(words) else {
            break;
        };
        fat.extend(words_of);
        if fat.len() > sectors.saturating_mul(2) + 1024 {
            break;
        }
    }
    // calamine follows a chain until its end marker or until it has the bytes it wants: a
    // chain that comes back on itself first makes it read forever (found by the fuzzer: a
    // directory chain in a loop grew past 3 GB). More hops than sectors is such a loop.
    let chain =
        |first: u32, table: &[u32], limit: usize, wanted: usize| -> Result<Vec<u32>, Loops> {
            let mut out = Vec::new();
            let mut id = first;
            while id < 0xFFFF_FFFA && out.len() < wanted {
                if out.len() > limit {
                    return Err(Loops);
                }
                out.push(id);
                id = match table.get(id as usize) {
                    Some(next) => *next,
                    None => break,
                };
            }
            Ok(out)
        };
    let big_stream = |first: u32, wanted_bytes: usize| -> Result<Vec<u8>, Loops> {
        Ok(chain(first, &fat, sectors, wanted_bytes.div_ceil(size))?
            .into_iter()
            .filter_map(sector)
            .flatten()
            .copied()
            .collect())
    };
    let Some(dir_start) = u32_at(48) else {
        return Ok(None);
    };
    let directory = big_stream(dir_start, usize::MAX)?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let name_of = |e: &[u8]| -> String {
        let len = (u16::from_le_bytes([e[64], e[65]]) as usize).min(64);
        let units: Vec<u16> = e[..len - len % 2]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .take_while(|u| *u != 0)
            .collect();
        String::from_utf16_lossy(&units)
    };
    let len_of = |e: &[u8]| -> usize {
        let low = u32::from_le_bytes([e[120], e[121], e[122], e[123]]) as usize;
        if shift == 9 {
            low
        } else {
            // version 4: 64 bits
            u64::from_le_bytes([
                e[120], e[121], e[122], e[123], e[124], e[125], e[126], e[127],
            ])
            .try_into()
            .unwrap_or(usize::MAX)
        }
    };
    let start_of = |e: &[u8]| u32::from_le_bytes([e[116], e[117], e[118], e[119]]);
    // the mini stream and its FAT, read as calamine reads them when the header lists a mini FAT
    let mini_fat_len = u32_at(64).unwrap_or(0) as usize;
    let (mini, minifat) = match entries.first() {
        Some(root) if mini_fat_len > 0 => (
            big_stream(start_of(root), len_of(root))?,
            words(&big_stream(
                u32_at(60).unwrap_or(0xFFFF_FFFE),
                mini_fat_len.saturating_mul(size),
            )?),
        ),
        _ => (Vec::new(), Vec::new()),
    };
    let Some(entry) = entries.iter().find(|e| {
        e[66] == 2
            && matches!(
                name_of(e).to_ascii_lowercase().as_str(),
                "workbook" | "book"
            )
    }) else {
        return Ok(None);
    };
    let len = len_of(entry);
    let mut data = if len < 4096 {
        // a small stream lives in the mini stream, in 64-byte sectors
        chain(start_of(entry), &minifat, mini.len() / 64, len.div_ceil(64))?
            .into_iter()
            .filter_map(|k| mini.get(k as usize * 64..(k as usize + 1) * 64))
            .flatten()
            .copied()
            .collect()
    } else {
        big_stream(start_of(entry), len)?
    };
    data.truncate(len);
    Ok(Some(data))
}

/// A chain of sectors that comes back on itself.
pub(super) struct Loops;

/// The row and first and last column of a cell record calamine turns into cells.
fn cell(kind: u16, data: &[u8]) -> Option<(u32, u32, u32)> {
    let u16_at = |i: usize| -> Option<u32> {
        Some(u16::from_le_bytes([*data.get(i)?, *data.get(i + 1)?]) as u32)
    };
    match kind {
        // NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA
        0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
            let col = u16_at(2)?;
            Some((u16_at(0)?, col, col))
        }
        // MULRK: a row, its first column, then 6 bytes a cell
        0x00BD => {
            let first = u16_at(2)?;
            let n = (data.len().saturating_sub(6) / 6) as u32;
            Some((u16_at(0)?, first, first + n.saturating_sub(1)))
        }
        _ => None,
    }
}

/// BOUNDSHEET's name: position (4), state (1), type (1), then a short string (BIFF8: a
/// count, a flag byte and 8- or 16-bit characters; BIFF5: a count and bytes).
pub(super) fn sheet_name(data: &[u8], biff8: bool) -> Option<String> {
    let n = *data.get(6)? as usize;
    if !biff8 {
        return Some(chars(data.get(7..)?, n, false));
    }
    Some(chars(data.get(8..)?, n, *data.get(7)? & 1 == 1))
}

/// `n` characters of a BIFF string: 16-bit units where `high`, else one byte each.
pub(super) fn chars(data: &[u8], n: usize, high: bool) -> String {
    if high {
        let units: Vec<u16> = data
            .chunks_exact(2)
            .take(n)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        data.iter().take(n).map(|&b| b as char).collect()
    }
}

#[derive(Default)]
struct Span {
    first_row: Option<u32>,
    last_row: u32,
    first_col: u32,
    last_col: u32,
}

impl Span {
    fn add(&mut self, row: u32, first: u32, last: u32) {
        match self.first_row {
            None => {
                self.first_row = Some(row);
                self.last_row = row;
                self.first_col = first;
                self.last_col = last;
            }
            Some(r) => {
                self.first_row = Some(r.min(row));
                self.last_row = self.last_row.max(row);
                self.first_col = self.first_col.min(first);
                self.last_col = self.last_col.max(last);
            }
        }
    }

    fn fits(&self, sheet: &str, max_bytes: u64) -> Result<(), ReadError> {
        let Some(first_row) = self.first_row else {
            return Ok(());
        };
        let cells =
            (self.last_row - first_row + 1) as u64 * (self.last_col - self.first_col + 1) as u64;
        if cells.saturating_mul(BYTES_PER_CELL) <= max_bytes {
            return Ok(());
        }
        Err(ReadError::BrokenSheet {
            sheet: sheet.to_string(),
            detail: format!(
                "its cells span {}:{}, {cells} cells, more than rakit reads from an .xls ({} MiB)",
                crate::read::cell_name(first_row, self.first_col),
                crate::read::cell_name(self.last_row, self.last_col),
                max_bytes / (1024 * 1024)
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn repo(p: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
    }

    /// Found by the fuzzer: one changed byte gives a cell at column 63,000 and row 63,000, and
    /// calamine asked for 132 GB.
    #[test]
    fn a_span_past_the_limit_is_a_broken_sheet() {
        let b = std::fs::read(repo("tests/data/fuzz/calamine-xls-span.xls")).unwrap();
        match super::check(&b, 512 << 20) {
            Err(super::ReadError::BrokenSheet { sheet, detail }) => {
                assert_eq!(sheet, "Sheet1");
                assert!(detail.contains("A1:CRXL63266"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }

    /// Found by the fuzzer: a sheet's DIMENSIONS record claims 4 billion rows, and calamine
    /// reserves room for them before it reads a cell (a terabyte: the run ends).
    #[test]
    fn a_dimensions_record_past_a_sheet_is_a_broken_sheet() {
        let b = std::fs::read(repo("tests/data/fuzz/calamine-xls-dimensions.xls")).unwrap();
        match super::check(&b, 512 << 20) {
            Err(super::ReadError::BrokenSheet { sheet, detail }) => {
                assert_eq!(sheet, "Sheet1");
                assert!(detail.contains("DIMENSIONS record claims"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
        // the sheet it was made from claims a few hundred cells
        let b = std::fs::read(repo("sample-workbooks/banjar-pk-2015.xls")).unwrap();
        assert!(super::check(&b, 512 << 20).is_ok());
    }

    /// A full sheet (65,536 rows by 256 columns) is read whatever the limit; four times its
    /// rows are not.
    #[test]
    fn a_full_sheet_is_always_reserved() {
        let record = |rows: u32, cols: u16| {
            let mut d = vec![0u8; 14];
            d[4..8].copy_from_slice(&rows.to_le_bytes());
            d[10..12].copy_from_slice(&cols.to_le_bytes());
            super::dimension_cells(&d)
        };
        assert_eq!(record(65_536, 256), 65_536 * 256);
        assert!(super::reservation_fits(record(65_536, 256), "S", 1).is_ok());
        assert!(super::reservation_fits(record(65_536 * 4, 256), "S", 1).is_err());
        // a sheet without cells: one
        assert_eq!(record(0, 0), 1);
        // BIFF5's 10-byte record
        assert_eq!(
            super::dimension_cells(&[2, 0, 12, 0, 1, 0, 5, 0, 0, 0]),
            10 * 4
        );
    }

    /// Found by the fuzzer: the directory's chain of sectors loops, and calamine read it
    /// until the memory ran out.
    #[test]
    fn a_chain_in_a_loop_is_damaged() {
        let b = std::fs::read(repo("tests/data/fuzz/calamine-cfb-loop.xls")).unwrap();
        match super::check(&b, 512 << 20) {
            Err(super::ReadError::Damaged(detail)) => {
                assert!(detail.contains("comes back"), "{detail}")
            }
            other => panic!("{other:?}"),
        }
    }

    /// Every .xls the tests read: its stream is found, its records scanned, its span fits.
    #[test]
    fn real_workbooks_fit() {
        let mut seen = 0;
        for dir in ["sample-workbooks", "tests/data", "tests/data/heldout"] {
            for e in std::fs::read_dir(repo(dir)).unwrap().flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "xls") {
                    let b = std::fs::read(&p).unwrap();
                    let stream = super::workbook_stream(&b).ok().flatten();
                    assert!(stream.is_some_and(|s| s.len() > 512), "{}", p.display());
                    assert!(super::check(&b, 512 << 20).is_ok(), "{}", p.display());
                    // and a limit below the span refuses it: the scan sees its cells
                    assert!(super::check(&b, 1).is_err(), "{}", p.display());
                    seen += 1;
                }
            }
        }
        assert!(seen > 0);
    }
}
