//! A CSV or tab-separated text as a workbook of one sheet, as a portal's "Unduh CSV" gives
//! it: the separator is the one that splits the lines alike (`;` where decimals are written
//! with a comma, `,`, or a tab; a first line `sep=;` says so), fields in double quotes may
//! hold the separator and line breaks, and the text is UTF-8 (a byte-order mark dropped),
//! UTF-16 with its mark (Excel's "Unicode Text"), or else windows-1252.
//!
//! Every field stays text, as typed: rakit reads figures typed as text in Indonesian
//! notation, and a CSV does not say which notation it writes.

use std::sync::Arc;

use super::{Cell, NumFmt, Raw, Sheet};

/// Lines looked at to choose the separator.
const SAMPLE_LINES: usize = 50;

/// Reads the text into one sheet named `name`.
pub(crate) fn read(bytes: &[u8], name: String) -> Sheet {
    let text = super::decode_text(bytes);
    let (text, sep) = match text.strip_prefix("sep=") {
        Some(rest) if rest.len() > 1 => {
            let sep = rest.as_bytes()[0];
            let body = rest.split_once('\n').map_or("", |(_, b)| b);
            (body.to_string(), sep)
        }
        _ => {
            let sep = separator(&text);
            (text, sep)
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cells = Vec::new();
    // an empty line is an empty row, as Excel opens the file (the reader skips it), and a
    // record whose quoted field holds line breaks is one row
    let mut extra_lines: u64 = 0;
    // lines before the record, counted from where the last count stopped
    let (mut counted_to, mut lines_before) = (0usize, 0u64);
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        let start = record
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .clamp(counted_to, text.len());
        // the reader gives a record's start before the empty lines it skipped
        let start = start
            + text.as_bytes()[start..]
                .iter()
                .take_while(|b| **b == b'\n' || **b == b'\r')
                .count();
        lines_before +=
            memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count() as u64;
        counted_to = start;
        let Ok(row) = u32::try_from(lines_before.saturating_sub(extra_lines)) else {
            break;
        };
        extra_lines += record
            .iter()
            .map(|f| f.matches('\n').count() as u64)
            .sum::<u64>();
        if row >= super::MAX_ROWS {
            break;
        }
        for (col, field) in record.iter().enumerate() {
            let field = field.trim_matches(|c: char| c == ' ' || c == '\u{a0}' || c == '\r');
            if field.is_empty() {
                continue;
            }
            cells.push(Cell {
                row,
                col: col as u32,
                value: Raw::Text(Arc::from(field)),
                formula: None,
                format: NumFmt::default(),
            });
        }
    }
    let mut sheet = Sheet::new(name, cells, Vec::new());
    sheet.formats_known = true;
    sheet
}

/// The separator that splits most of the first lines into the same number of fields (more
/// than one); `;` before a tab before `,` when they split alike.
fn separator(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SAMPLE_LINES)
        .collect();
    let mut best = (0usize, b';');
    for sep in [b';', b'\t', b','] {
        let counts: Vec<usize> = lines.iter().map(|l| fields(l, sep)).collect();
        // the most common count above one, and how many lines have it
        let mut tally: Vec<(usize, usize)> = Vec::new();
        for &n in counts.iter().filter(|n| **n > 1) {
            match tally.iter_mut().find(|(k, _)| *k == n) {
                Some((_, m)) => *m += 1,
                None => tally.push((n, 1)),
            }
        }
        let score = tally.iter().map(|(_, m)| *m).max().unwrap_or(0);
        if score > best.0 {
            best = (score, sep);
        }
    }
    best.1
}

/// The fields of one line split at `sep`, quotes respected.
fn fields(line: &str, sep: u8) -> usize {
    let mut n = 1;
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &Sheet, row: u32, col: u32) -> String {
        s.text_at(row, col)
    }

    #[test]
    fn semicolons_decimal_commas_and_quotes() {
        let csv = "\u{feff}PENGUKURAN KINERJA 2024\n\nNo;Indikator;Target;Realisasi;%\n1;\"Persentase; koperasi\naktif\";80;72,5;90,63\n2;Jumlah UMKM;1.200;1.150;95,83\n";
        let s = read(csv.as_bytes(), "pk".into());
        assert_eq!(text(&s, 0, 0), "PENGUKURAN KINERJA 2024");
        // the empty line is an empty row
        assert_eq!(text(&s, 2, 1), "Indikator");
        assert_eq!(text(&s, 3, 1), "Persentase; koperasi\naktif");
        assert_eq!(text(&s, 3, 3), "72,5");
        // the record with a line break in a field is one row
        assert_eq!(text(&s, 4, 2), "1.200");
    }

    #[test]
    fn commas_tabs_and_a_sep_line() {
        let s = read(
            b"No,Indikator,Target\n1,\"Rata-rata, lama\",\"12,5\"\n",
            "x".into(),
        );
        assert_eq!(text(&s, 1, 2), "12,5");
        let s = read(b"No\tIndikator\tTarget\n1\tA; B\t5\n", "x".into());
        assert_eq!(text(&s, 1, 1), "A; B");
        let s = read(b"sep=,\nNo,Target\n1,5\n", "x".into());
        assert_eq!(text(&s, 1, 1), "5");
    }
}
