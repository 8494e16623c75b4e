//! An HTML page as a workbook: what web applications (e-SAKIP, SIPD, SIMDA, a provincial
//! portal) give as "Export to Excel", an HTML table named `.xls`. Excel opens such a page as
//! one sheet, and so does this reader:
//!
//! - every `<tr>` is a row and every `<td>` / `<th>` a cell; `colspan` and `rowspan` make
//!   merged ranges, and a later cell skips the columns a `rowspan` above still holds;
//! - a line of text outside the tables (a title in `<h3>`, a `<p>`, a `<br>`-ended line, a
//!   table's `<caption>`) is a row of its own in column A, as Excel places it;
//! - a cell's text is its text with the spaces collapsed, `<br>` a line break, `&nbsp;` a
//!   space; an `x:num` attribute gives the number Excel stores (`x:num="0.9564"` under a
//!   percent format shows 95,64 %), an `x:fmla` attribute its formula;
//! - `mso-number-format`, in the cell's `style` or in a class of the page's `<style>`, is the
//!   cell's number format;
//! - the sheet is named as the page's `<x:ExcelWorksheet>` names it, else after the file;
//! - the page is decoded in the charset its `<meta>` declares (windows-1252 pages are
//!   common), else as UTF-8, else as windows-1252.
//!
//! Text that is a number stays text: rakit reads numbers typed as text in Indonesian
//! notation anyway, and the page does not say which notation it writes.

use std::collections::HashMap;
use std::sync::Arc;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::{decimal_from_f64, Cell, Merge, NumFmt, Raw, Sheet};

/// The largest span a cell may claim: a hostile `colspan="999999999"` must not make the
/// reader walk billions of columns (HTML itself caps colspan at 1,000 and rowspan at 65,534).
const MAX_COLSPAN: u32 = 1_000;
const MAX_ROWSPAN: u32 = 65_534;

/// Reads the page into one sheet; `file_stem` names it when the page does not.
pub(crate) fn read(bytes: &[u8], file_stem: &str) -> Sheet {
    let text = super::decode_text(bytes);
    let mut emitter = DefaultEmitter::default();
    // `<style>` and `<script>` hold text, not tags
    emitter.naively_switch_states(true);
    let mut page = Page::default();
    for token in Tokenizer::new_with_emitter(&text, emitter).flatten() {
        page.token(token);
    }
    page.finish();
    let name = page
        .sheet_name
        .take()
        .unwrap_or_else(|| super::sheet_name_from_file(file_stem));
    let classes = css_number_formats(&page.style);
    let mut cells: Vec<Cell> = page
        .cells
        .into_iter()
        .filter_map(|c| c.into_cell(&classes))
        .collect();
    cells.sort_by_key(|c| (c.row, c.col));
    let mut sheet = Sheet::new(name, cells, page.merged);
    sheet.formats_known = true;
    sheet
}

/// A cell being read, and what it says of its value.
#[derive(Debug, Default)]
struct OpenCell {
    row: u32,
    col: u32,
    text: String,
    /// `x:num`: the number Excel stores, when it is given
    number: Option<String>,
    /// `x:str`: text even when it looks like a number
    forced_text: bool,
    formula: Option<String>,
    /// `mso-number-format` from the cell's own style
    inline_format: Option<String>,
    classes: Vec<String>,
}

impl OpenCell {
    fn into_cell(self, classes: &HashMap<String, String>) -> Option<Cell> {
        let text = tidy(&self.text);
        let code = self.inline_format.or_else(|| {
            self.classes
                .iter()
                .rev()
                .find_map(|c| classes.get(c.as_str()).cloned())
        });
        let format = code
            .map(|c| NumFmt::from_code(&named_format(&c)))
            .unwrap_or_default();
        let number = self
            .number
            .filter(|_| !self.forced_text)
            .and_then(|n| {
                let n = if n.trim().is_empty() { &text } else { &n };
                n.trim().parse::<f64>().ok()
            })
            .and_then(decimal_from_f64);
        let value = match number {
            Some(d) => Raw::Number(d),
            None if text.is_empty() => Raw::Empty,
            None => Raw::Text(Arc::from(text.as_str())),
        };
        if value.is_empty() && self.formula.is_none() {
            return None;
        }
        Some(Cell {
            row: self.row,
            col: self.col,
            value,
            formula: self.formula.map(Into::into),
            format,
        })
    }
}

/// One `<table>` being read.
#[derive(Debug, Default)]
struct Table {
    /// first column of the table (a table inside a cell starts at that cell)
    left: u32,
    /// the sheet row of the next `<tr>`
    next_row: u32,
    /// the row of the `<tr>` being read, and its next free column
    row: Option<u32>,
    col: u32,
    /// the merged ranges of its cells
    spans: Vec<Merge>,
    /// of those, the ones reaching below the row being read (a later row's cell skips them)
    below: Vec<Merge>,
    /// the last row any cell of the table (or a table inside it) reaches
    bottom: Option<u32>,
    /// the last row a table inside a cell of the row being read reaches: the row is as
    /// tall as that table
    nested_bottom: Option<u32>,
    /// the cell being read
    cell: Option<OpenCell>,
    /// the `<caption>` being read
    caption: Option<String>,
}

#[derive(Debug, Default)]
struct Page {
    tables: Vec<Table>,
    /// the sheet row of the next line outside the tables
    next_row: u32,
    /// text outside the tables not yet placed
    line: String,
    cells: Vec<OpenCell>,
    merged: Vec<Merge>,
    /// inside `<head>`, `<script>`, `<title>`: no cells
    skip: u32,
    in_style: bool,
    style: String,
    /// the `<x:Name>` of the page's `<x:ExcelWorksheet>`
    sheet_name: Option<String>,
}

/// Elements whose start or end ends a line of text outside the tables.
const BLOCKS: [&[u8]; 22] = [
    b"p",
    b"div",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"li",
    b"ul",
    b"ol",
    b"center",
    b"pre",
    b"blockquote",
    b"hr",
    b"dl",
    b"dt",
    b"dd",
    b"header",
    b"footer",
    b"section",
    b"address",
];

impl Page {
    fn token(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                let attr = |key: &str| -> Option<String> {
                    tag.attributes
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(key.as_bytes()))
                        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
                };
                match name.as_slice() {
                    b"head" | b"script" | b"title" | b"noscript" if !tag.self_closing => {
                        self.skip += 1
                    }
                    b"style" => self.in_style = true,
                    b"table" => self.start_table(),
                    b"caption" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.caption = Some(String::new());
                        }
                    }
                    b"tr" => self.start_row(),
                    b"td" | b"th" => {
                        let span = |key: &str, max: u32| {
                            attr(key)
                                .and_then(|v| v.trim().parse::<u32>().ok())
                                .unwrap_or(1)
                                .clamp(1, max)
                        };
                        let cell = OpenCell {
                            number: attr("x:num"),
                            forced_text: attr("x:str").is_some(),
                            formula: attr("x:fmla")
                                .map(|f| f.trim().trim_start_matches('=').to_string())
                                .filter(|f| !f.is_empty()),
                            inline_format: attr("style").and_then(|s| mso_number_format(&s)),
                            classes: attr("class")
                                .map(|c| c.split_whitespace().map(str::to_string).collect())
                                .unwrap_or_default(),
                            ..OpenCell::default()
                        };
                        self.start_cell(
                            cell,
                            span("colspan", MAX_COLSPAN),
                            span("rowspan", MAX_ROWSPAN),
                        );
                    }
                    b"br" => self.text("\n"),
                    n if BLOCKS.contains(&n) => self.end_line(),
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                match name.as_slice() {
                    b"head" | b"script" | b"title" | b"noscript" => {
                        self.skip = self.skip.saturating_sub(1)
                    }
                    b"style" => self.in_style = false,
                    b"table" => self.end_table(),
                    b"caption" => self.end_caption(),
                    b"tr" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.close_cell(&mut self.cells);
                            t.end_row();
                        }
                    }
                    b"td" | b"th" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.close_cell(&mut self.cells);
                        }
                    }
                    b"br" => self.text("\n"),
                    n if BLOCKS.contains(&n) => self.end_line(),
                    _ => {}
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s);
                if self.in_style {
                    self.style.push_str(&s);
                } else if self.skip == 0 {
                    self.text(&s);
                }
            }
            // Excel's own pages name the sheet in a conditional comment:
            // `<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
            //  <x:Name>Laporan</x:Name>`
            Token::Comment(c) if self.sheet_name.is_none() => {
                let c = String::from_utf8_lossy(&c);
                self.sheet_name = worksheet_name(&c);
            }
            _ => {}
        }
    }

    fn text(&mut self, s: &str) {
        match self.tables.last_mut() {
            Some(t) => {
                if let Some(c) = &mut t.caption {
                    c.push_str(s);
                } else if let Some(cell) = &mut t.cell {
                    if s == "\n" {
                        // a `<br>`: a line break, kept apart from the collapsed spaces
                        cell.text.push('\u{2028}');
                    } else {
                        cell.text.push_str(s);
                    }
                }
                // text between cells is no cell of the table
            }
            None if s == "\n" => self.end_line(),
            None => self.line.push_str(s),
        }
    }

    /// Places the text gathered outside the tables as a row of its own.
    fn end_line(&mut self) {
        if !self.tables.is_empty() {
            return;
        }
        let line = std::mem::take(&mut self.line);
        let line = tidy(&line);
        if line.is_empty() {
            return;
        }
        self.cells.push(OpenCell {
            row: self.next_row,
            col: 0,
            text: line,
            ..OpenCell::default()
        });
        self.next_row += 1;
    }

    fn start_table(&mut self) {
        self.end_line();
        let (top, left) = match self.tables.last_mut() {
            // a table inside a cell starts at that cell, which keeps nothing else
            Some(outer) => match &outer.cell {
                Some(cell) => {
                    let at = (cell.row, cell.col);
                    outer.close_cell(&mut self.cells);
                    at
                }
                None => (outer.next_row, outer.left),
            },
            None => (self.next_row, 0),
        };
        self.tables.push(Table {
            left,
            next_row: top,
            ..Table::default()
        });
    }

    fn end_table(&mut self) {
        let Some(mut t) = self.tables.pop() else {
            return;
        };
        t.close_cell(&mut self.cells);
        t.end_row();
        self.merged.append(&mut t.merged_ranges());
        let bottom = t.bottom.unwrap_or(t.next_row.saturating_sub(1));
        let after = t.next_row.max(bottom.saturating_add(1));
        match self.tables.last_mut() {
            Some(outer) => {
                outer.reach(bottom);
                outer.nested_bottom = Some(outer.nested_bottom.map_or(bottom, |b| b.max(bottom)));
            }
            None => self.next_row = self.next_row.max(after),
        }
    }

    fn end_caption(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let Some(caption) = t.caption.take() else {
            return;
        };
        let caption = tidy(&caption);
        // a caption is a row above the table's first
        if caption.is_empty() || t.row.is_some() || t.bottom.is_some() {
            return;
        }
        self.cells.push(OpenCell {
            row: t.next_row,
            col: t.left,
            text: caption,
            ..OpenCell::default()
        });
        t.next_row += 1;
    }

    fn start_row(&mut self) {
        if self.tables.is_empty() {
            // a `<tr>` outside any table: as browsers do, as if in one
            self.start_table();
        }
        if let Some(t) = self.tables.last_mut() {
            t.close_cell(&mut self.cells);
            t.end_row();
            t.row = Some(t.next_row);
            t.col = t.left;
        }
    }

    fn start_cell(&mut self, mut cell: OpenCell, colspan: u32, rowspan: u32) {
        if self.tables.last().is_none_or(|t| t.row.is_none()) {
            self.start_row();
        }
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        t.close_cell(&mut self.cells);
        let Some(row) = t.row else {
            return;
        };
        // the columns a `rowspan` from above still holds
        t.below.retain(|m| m.last_row >= row);
        let mut col = t.col;
        while let Some(m) = t
            .below
            .iter()
            .find(|m| m.first_row < row && m.first_col <= col && col <= m.last_col)
        {
            col = m.last_col.saturating_add(1);
        }
        cell.row = row;
        cell.col = col;
        if colspan > 1 || rowspan > 1 {
            let last_row = row.saturating_add(rowspan - 1).min(super::MAX_ROWS - 1);
            let last_col = col.saturating_add(colspan - 1).min(super::MAX_COLS - 1);
            let m = Merge {
                first_row: row,
                first_col: col,
                last_row,
                last_col,
            };
            t.spans.push(m);
            if last_row > row {
                t.below.push(m);
            }
            t.reach(last_row);
        }
        t.col = col.saturating_add(colspan);
        t.reach(row);
        t.cell = Some(cell);
    }

    fn finish(&mut self) {
        while !self.tables.is_empty() {
            self.end_table();
        }
        self.end_line();
    }
}

impl Table {
    fn close_cell(&mut self, cells: &mut Vec<OpenCell>) {
        if let Some(c) = self.cell.take() {
            cells.push(c);
        }
    }

    fn end_row(&mut self) {
        if let Some(row) = self.row.take() {
            self.next_row = self.next_row.max(row + 1);
            if let Some(b) = self.nested_bottom.take() {
                // a table inside a cell of this row made the row taller
                self.next_row = self.next_row.max(b.saturating_add(1));
            }
        }
    }

    fn reach(&mut self, row: u32) {
        self.bottom = Some(self.bottom.map_or(row, |b| b.max(row)));
    }

    fn merged_ranges(&mut self) -> Vec<Merge> {
        std::mem::take(&mut self.spans)
    }
}

/// A cell's text as a browser shows it: runs of spaces and line ends are one space, a
/// `<br>` a line break, `&nbsp;` a space; no space at either end of a line.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for (i, line) in raw.split('\u{2028}').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == '\u{a0}')
            .filter(|w| !w.is_empty())
            .collect();
        out.push_str(&words.join(" "));
    }
    out.trim_matches('\n').to_string()
}

/// `mso-number-format` in a `style` attribute or a CSS rule: `mso-number-format:"0\.00%"`.
fn mso_number_format(style: &str) -> Option<String> {
    let lower = style.to_ascii_lowercase();
    let at = lower.find("mso-number-format")?;
    let rest = style[at + "mso-number-format".len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => {
            let body = &rest[1..];
            // a quote escaped with a backslash stays in the code
            let mut end = None;
            let mut escaped = false;
            for (i, ch) in body.char_indices() {
                if escaped {
                    escaped = false;
                } else if ch == '\\' {
                    escaped = true;
                } else if ch == q {
                    end = Some(i);
                    break;
                }
            }
            &body[..end.unwrap_or(body.len())]
        }
        _ => rest.split([';', '}']).next().unwrap_or(""),
    };
    let mut code = String::new();
    let mut chars = value.trim().chars();
    while let Some(ch) = chars.next() {
        if ch == '\\' {
            if let Some(next) = chars.next() {
                code.push(next);
            }
        } else {
            code.push(ch);
        }
    }
    Some(code)
}

/// The number formats Excel names in its pages and its XML Spreadsheets (`Percent`, `Fixed`,
/// `Standard`) as format codes; any other code as it is.
pub(super) fn named_format(code: &str) -> String {
    match code.trim().to_ascii_lowercase().as_str() {
        "percent" => "0.00%".into(),
        "fixed" => "0.00".into(),
        "standard" => "#,##0.00".into(),
        "general number" | "general" | "@" => "General".into(),
        _ => code.trim().to_string(),
    }
}

/// The `mso-number-format` of each class of the page's `<style>`: `.xl65 {mso-number-format:
/// "0\.00%";}` and `td.persen {…}`.
fn css_number_formats(style: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = style;
    while let Some(open) = rest.find('{') {
        let selectors = &rest[..open];
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let body = &rest[open + 1..open + close];
        if let Some(code) = mso_number_format(body) {
            for selector in selectors.split(',') {
                let selector = selector.rsplit(['\n', '}', '/']).next().unwrap_or("");
                if let Some((_, class)) = selector.trim().rsplit_once('.') {
                    let class = class.trim();
                    if !class.is_empty() {
                        out.insert(class.to_string(), code.clone());
                    }
                }
            }
        }
        rest = &rest[open + close + 1..];
    }
    out
}

/// The first `<x:Name>` of an `<x:ExcelWorksheet>` in a conditional comment.
fn worksheet_name(comment: &str) -> Option<String> {
    let lower = comment.to_ascii_lowercase();
    let sheet = lower.find("excelworksheet>")?;
    let open = sheet + lower[sheet..].find("<x:name>")? + "<x:name>".len();
    let close = open + lower[open..].find("</x:name>")?;
    let name = comment[open..close].trim();
    (!name.is_empty()).then(|| super::sheet_name_from_file(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &Sheet, row: u32, col: u32) -> String {
        s.text_at(row, col)
    }

    #[test]
    fn rows_spans_and_lines_outside_tables() {
        let page = r#"<html><head><title>x</title><style>
            .pct { mso-number-format:"0\.00%"; } td.n {mso-number-format:Fixed}</style></head>
            <body><h3>PENGUKURAN KINERJA</h3><p>TAHUN 2024</p>
            <table border=1><thead>
            <tr><th rowspan="2">No</th><th rowspan=2>Indikator</th><th colspan="3">Tahun 2024</th></tr>
            <tr><th>Target</th><th>Realisasi</th><th>%</th></tr></thead>
            <tbody><tr><td>1</td><td>Persentase&nbsp;koperasi<br>aktif &amp; sehat</td>
            <td class="n" x:num="80">80,00</td><td x:num>72</td><td class="pct" x:num="0.9">90,00%</td></tr>
            </tbody></table>
            <table><tr><td>Kepala Dinas</td></tr></table></body></html>"#;
        let s = read(page.as_bytes(), "pk-2024");
        assert_eq!(s.name, "pk-2024");
        assert_eq!(text(&s, 0, 0), "PENGUKURAN KINERJA");
        assert_eq!(text(&s, 1, 0), "TAHUN 2024");
        assert_eq!(text(&s, 2, 0), "No");
        assert_eq!(text(&s, 2, 2), "Tahun 2024");
        // the second header row starts after the two rowspans
        assert_eq!(text(&s, 3, 2), "Target");
        assert_eq!(text(&s, 3, 4), "%");
        assert_eq!(text(&s, 4, 1), "Persentase koperasi\naktif & sehat");
        let target = s.get(4, 2).map(|c| (c.value.clone(), c.format.decimals));
        assert_eq!(target, Some((Raw::Number(80.into()), Some(2))));
        assert_eq!(
            s.get(4, 3).map(|c| c.value.clone()),
            Some(Raw::Number(72.into()))
        );
        let pct = s.get(4, 4).map(|c| c.format.percent);
        assert_eq!(pct, Some(true));
        assert_eq!(text(&s, 5, 0), "Kepala Dinas");
        assert!(s.merged.contains(&Merge {
            first_row: 2,
            first_col: 2,
            last_row: 2,
            last_col: 4
        }));
    }

    #[test]
    fn the_sheet_is_named_as_the_page_says_and_1252_is_decoded() {
        let mut page = b"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Laporan PK</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><TABLE><TR><TD>Kab. Sidoarjo \xb7 2024</TD></TR></TABLE>".to_vec();
        page.extend_from_slice(b"</body></html>");
        let s = read(&page, "export");
        assert_eq!(s.name, "Laporan PK");
        assert_eq!(text(&s, 0, 0), "Kab. Sidoarjo \u{b7} 2024");
    }

    #[test]
    fn hostile_spans_stay_bounded() {
        let page = r#"<table><tr><td colspan="999999999" rowspan="999999999">x</td><td>y</td></tr></table>"#;
        let s = read(page.as_bytes(), "x");
        assert_eq!(text(&s, 0, 1000), "y");
    }
}
