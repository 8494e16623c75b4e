//! What every sample sheet shares: how a typed value becomes a cell, the cell styles, and a small
//! writer that takes Excel's 1-based row numbers (so the row numbers in the builders' comments are
//! the ones a person sees in Excel) and 0-based columns (A = 0).

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

/// One cell as the person typing the workbook would have entered it.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Blank,
    Text(String),
    /// A number cell and its number format ("" = General).
    Num(f64, &'static str),
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `int` and `frac` digits as the nearest double, divided by a further `10^shift`
/// (integer mantissa over a power of ten: one correctly rounded division).
fn decimal(int: &str, frac: &str, shift: i32) -> Option<f64> {
    let mantissa: u64 = format!("{int}{frac}").parse().ok()?;
    let exp = i32::try_from(frac.len()).ok()? + shift;
    Some(mantissa as f64 / 10f64.powi(exp))
}

/// The number format that shows `n` decimals.
fn decimals_format(n: usize, percent: bool) -> &'static str {
    match (n, percent) {
        (0, false) => "",
        (1, false) => "0.0",
        (_, false) => "0.00",
        (0, true) => "0%",
        (1, true) => "0.0%",
        (_, true) => "0.00%",
    }
}

/// The seed's text as a person types it into an Indonesian Excel: plain integers and values with
/// a decimal comma and one or two decimals become numbers (shown with the decimals as written);
/// everything else (thousands separators, a dot, units, `-`, two counts in one cell) stays text.
pub fn typed(raw: &str) -> Val {
    if raw.is_empty() {
        return Val::Blank;
    }
    if all_digits(raw) {
        if let Some(v) = decimal(raw, "", 0) {
            return Val::Num(v, "");
        }
    }
    if let Some((int, frac)) = raw.split_once(',') {
        if all_digits(int) && all_digits(frac) && frac.len() <= 2 {
            if let Some(v) = decimal(int, frac, 0) {
                return Val::Num(v, decimals_format(frac.len(), false));
            }
        }
    }
    Val::Text(raw.to_string())
}

/// Like [`typed`], but a percentage typed with `%`, no space and a dot or no decimals
/// (`61.47%`, `0%`, `100%`) becomes the fraction with a percent format, as Excel stores it.
/// `1,50 %` stays text.
pub fn typed_pct(raw: &str) -> Val {
    if let Some(body) = raw.strip_suffix('%') {
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if all_digits(int) && (frac.is_empty() || all_digits(frac)) {
            if let Some(v) = decimal(int, frac, 2) {
                return Val::Num(v, decimals_format(frac.len(), true));
            }
        }
    }
    typed(raw)
}

/// Removes the seed's `<i>…</i>` markup; true when it was there.
fn strip_italic(raw: &str) -> (&str, bool) {
    match raw.strip_prefix("<i>").and_then(|s| s.strip_suffix("</i>")) {
        Some(inner) => (inner, true),
        None => (raw, false),
    }
}

/// A fixed creation date, so that rebuilding gives the same bytes.
pub fn properties(title: &str, year: u16) -> Result<DocProperties, XlsxError> {
    let date = ExcelDateTime::from_ymd(year, 12, 31)?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_comment("Sample workbook of rakit, rebuilt by `cargo run -p xtask -- samples`.")
        .set_creation_datetime(&date))
}

/// Saves `wb` as `out/name`.
pub fn save(wb: &mut Workbook, out: &std::path::Path, name: &str) -> Result<(), XlsxError> {
    wb.save(out.join(name))
}

/// A table on a sheet: its rows as the seed types them, one `&str` a cell ("" = empty).
pub struct Table<'r> {
    /// Excel row number of the first data row.
    pub first_row: u32,
    /// Number of columns (rows shorter than this are padded with empty bordered cells).
    pub ncols: u16,
    /// Columns of running text (left aligned); the others are centred.
    pub left_cols: &'r [u16],
    /// Column whose non-empty cells are merged down over the empty ones below them.
    pub merge_col: Option<u16>,
    /// Columns where `61.47%`-style values become percent-formatted fractions.
    pub pct_cols: &'r [u16],
    pub rows: &'r [&'r [&'r str]],
}

impl Table<'_> {
    /// Excel row number of the last data row.
    pub fn last_row(&self) -> u32 {
        self.first_row + self.rows.len() as u32 - 1
    }
}

/// A worksheet being written, with its column widths (for the row-height estimate).
pub struct Sheet<'a> {
    ws: &'a mut Worksheet,
    widths: Vec<f64>,
    /// Estimated text lines per row (0-based row).
    lines: BTreeMap<u32, u32>,
    /// Rows whose height is set by hand (0-based row, points).
    fixed: BTreeMap<u32, f64>,
    /// Vertical merges (first and last 0-based row, lines their text needs).
    pending_merges: Vec<(u32, u32, u32)>,
}

const LINE_HEIGHT: f64 = 15.0;

/// Lines a wrapped text needs in a column `width` characters wide (a rough estimate).
fn est_lines(text: &str, width: f64) -> u32 {
    let per_line = (width * 1.15).max(1.0);
    let chars = text.chars().count() as f64;
    ((chars / per_line).ceil() as u32).max(1)
}

fn body_format(left: bool, num_format: &str, italic: bool) -> Format {
    let mut f = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_align(if left {
            FormatAlign::Left
        } else {
            FormatAlign::Center
        });
    if !num_format.is_empty() {
        f = f.set_num_format(num_format);
    }
    if italic {
        f = f.set_italic();
    }
    f
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xD9D9D9))
}

impl<'a> Sheet<'a> {
    /// Names the sheet, sets the column widths and an A4 landscape page one page wide.
    pub fn new(ws: &'a mut Worksheet, name: &str, widths: &[f64]) -> Result<Self, XlsxError> {
        ws.set_name(name)?;
        for (col, width) in widths.iter().enumerate() {
            ws.set_column_width(col as u16, *width)?;
        }
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        Ok(Sheet {
            ws,
            widths: widths.to_vec(),
            lines: BTreeMap::new(),
            fixed: BTreeMap::new(),
            pending_merges: Vec::new(),
        })
    }

    fn width(&self, col: u16) -> f64 {
        self.widths.get(usize::from(col)).copied().unwrap_or(8.43)
    }

    fn need_lines(&mut self, row0: u32, lines: u32) {
        let entry = self.lines.entry(row0).or_insert(1);
        *entry = (*entry).max(lines);
    }

    /// A bold, centred title merged over columns `0..ncols` of Excel row `row`.
    pub fn title(&mut self, row: u32, ncols: u16, text: &str) -> Result<(), XlsxError> {
        let f = Format::new()
            .set_bold()
            .set_font_size(12)
            .set_align(FormatAlign::Center);
        self.ws
            .merge_range(row - 1, 0, row - 1, ncols - 1, text, &f)?;
        self.fixed.insert(row - 1, 16.5);
        Ok(())
    }

    /// Plain text (not wrapped, so it runs over the empty cells to its right).
    pub fn label(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        self.ws.write_string(row - 1, col, text)?;
        Ok(())
    }

    /// A header cell, merged over rows `r1..=r2` and columns `c1..=c2` when that is more than one
    /// cell.
    pub fn header(
        &mut self,
        r1: u32,
        c1: u16,
        r2: u32,
        c2: u16,
        text: &str,
    ) -> Result<(), XlsxError> {
        let f = header_format();
        if r1 == r2 && c1 == c2 {
            self.ws.write_string_with_format(r1 - 1, c1, text, &f)?;
        } else {
            self.ws.merge_range(r1 - 1, c1, r2 - 1, c2, text, &f)?;
        }
        if r1 == r2 {
            let width: f64 = (c1..=c2).map(|c| self.width(c)).sum();
            let lines = est_lines(text, width);
            self.need_lines(r1 - 1, lines);
        }
        Ok(())
    }

    /// A header cell holding a number (the numbering row of the synthetic sample).
    pub fn header_number(&mut self, row: u32, col: u16, n: f64) -> Result<(), XlsxError> {
        self.ws
            .write_number_with_format(row - 1, col, n, &header_format())?;
        Ok(())
    }

    /// A bordered, centred number cell at Excel row `row`, column `col` ("" format = General).
    pub fn number(
        &mut self,
        row: u32,
        col: u16,
        n: f64,
        num_format: &'static str,
    ) -> Result<(), XlsxError> {
        self.value(row, col, &Val::Num(n, num_format), false, false)
    }

    /// Writes one value at Excel row `row`, column `col`.
    fn value(
        &mut self,
        row: u32,
        col: u16,
        val: &Val,
        left: bool,
        italic: bool,
    ) -> Result<(), XlsxError> {
        let r0 = row - 1;
        match val {
            Val::Blank => {
                self.ws
                    .write_blank(r0, col, &body_format(left, "", italic))?;
            }
            Val::Text(s) => {
                self.ws
                    .write_string_with_format(r0, col, s, &body_format(left, "", italic))?;
                let lines = est_lines(s, self.width(col));
                self.need_lines(r0, lines);
            }
            Val::Num(n, fmt) => {
                self.ws
                    .write_number_with_format(r0, col, *n, &body_format(left, fmt, italic))?;
            }
        }
        Ok(())
    }

    /// Writes a table: every cell bordered, the merge column merged down over its blanks.
    pub fn table(&mut self, t: &Table) -> Result<(), XlsxError> {
        let n = t.rows.len();
        for (i, cells) in t.rows.iter().enumerate() {
            let row = t.first_row + i as u32;
            for col in 0..t.ncols {
                let raw = cells.get(usize::from(col)).copied().unwrap_or("");
                let left = t.left_cols.contains(&col);
                if Some(col) == t.merge_col {
                    if raw.is_empty() {
                        continue; // part of the merge above (or a blank first row)
                    }
                    let end = (i + 1..n)
                        .find(|&j| {
                            !t.rows[j]
                                .get(usize::from(col))
                                .copied()
                                .unwrap_or("")
                                .is_empty()
                        })
                        .unwrap_or(n);
                    let last = t.first_row + end as u32 - 1;
                    self.merged_text(row, last, col, raw)?;
                    continue;
                }
                let (inner, italic) = strip_italic(raw);
                let val = if t.pct_cols.contains(&col) {
                    typed_pct(inner)
                } else {
                    typed(inner)
                };
                self.value(row, col, &val, left, italic)?;
            }
        }
        if let (Some(col), Some(first)) = (t.merge_col, t.rows.first()) {
            if first
                .get(usize::from(col))
                .copied()
                .unwrap_or("")
                .is_empty()
            {
                self.value(t.first_row, col, &Val::Blank, true, false)?;
            }
        }
        Ok(())
    }

    /// Text merged vertically over rows `first..=last` of column `col` (a single cell when
    /// `first == last`); the last row grows when the text needs more lines than the rows give.
    fn merged_text(
        &mut self,
        first: u32,
        last: u32,
        col: u16,
        text: &str,
    ) -> Result<(), XlsxError> {
        let f = body_format(true, "", false);
        let need = est_lines(text, self.width(col));
        if first == last {
            self.ws.write_string_with_format(first - 1, col, text, &f)?;
            self.need_lines(first - 1, need);
        } else {
            self.ws
                .merge_range(first - 1, col, last - 1, col, text, &f)?;
            self.pending_merges.push((first - 1, last - 1, need));
        }
        Ok(())
    }

    /// Lines of the signature block merged over columns `c1..=c2`, centred, from Excel row `row`;
    /// an empty line leaves an empty row.
    pub fn signature(
        &mut self,
        row: u32,
        c1: u16,
        c2: u16,
        lines: &[&str],
    ) -> Result<(), XlsxError> {
        let f = Format::new().set_align(FormatAlign::Center);
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            let r0 = row - 1 + i as u32;
            if c1 == c2 {
                self.ws.write_string_with_format(r0, c1, *line, &f)?;
            } else {
                self.ws.merge_range(r0, c1, r0, c2, line, &f)?;
            }
        }
        Ok(())
    }

    /// Sets the height of Excel row `row` by hand (points).
    pub fn row_height(&mut self, row: u32, points: f64) {
        self.fixed.insert(row - 1, points);
    }

    /// Page breaks before the given Excel rows (where the printed source starts a new page).
    pub fn page_breaks_before(&mut self, rows: &[u32]) -> Result<(), XlsxError> {
        let breaks: Vec<u32> = rows.iter().map(|r| r - 1).collect();
        self.ws.set_page_breaks(&breaks)?;
        Ok(())
    }

    /// Sets the estimated row heights.
    pub fn finish(mut self) -> Result<(), XlsxError> {
        for (first, last, need) in std::mem::take(&mut self.pending_merges) {
            let have: u32 = (first..=last)
                .map(|r| self.lines.get(&r).copied().unwrap_or(1))
                .sum();
            if need > have {
                let extra = need - have;
                let cur = self.lines.get(&last).copied().unwrap_or(1);
                self.lines.insert(last, cur + extra);
            }
        }
        for (r0, lines) in &self.lines {
            if *lines > 1 && !self.fixed.contains_key(r0) {
                self.ws
                    .set_row_height(*r0, f64::from(*lines) * LINE_HEIGHT)?;
            }
        }
        for (r0, h) in &self.fixed {
            self.ws.set_row_height(*r0, *h)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(v: f64, f: &'static str) -> Val {
        Val::Num(v, f)
    }

    fn text(s: &str) -> Val {
        Val::Text(s.to_string())
    }

    #[test]
    fn typed_values_follow_the_seed() {
        assert_eq!(typed(""), Val::Blank);
        assert_eq!(typed("140"), num(140.0, ""));
        assert_eq!(typed("0"), num(0.0, ""));
        assert_eq!(typed("101,42"), num(101.42, "0.00"));
        assert_eq!(typed("109,10"), num(109.1, "0.00"));
        assert_eq!(typed("12,5"), num(12.5, "0.0"));
        for raw in [
            "24,450",
            "1,425",
            "19.393",
            "31.15",
            "137.09",
            "0.034",
            "55,000,000",
            "130 unit",
            "62,50 %",
            "-",
            "4 BPR/12 LKM",
            "100%",
        ] {
            assert_eq!(typed(raw), text(raw), "{raw}");
        }
    }

    #[test]
    fn percent_values_become_fractions() {
        assert_eq!(typed_pct("61.47%"), num(0.6147, "0.00%"));
        assert_eq!(typed_pct("67.50%"), num(0.675, "0.00%"));
        assert_eq!(typed_pct("0%"), num(0.0, "0%"));
        assert_eq!(typed_pct("100%"), num(1.0, "0%"));
        assert_eq!(typed_pct("1,50 %"), text("1,50 %"));
        assert_eq!(typed_pct("19,368 orang"), text("19,368 orang"));
    }
}
