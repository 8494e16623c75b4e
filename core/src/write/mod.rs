//! Writing workbooks: the corrected copy of an input and the sheets rakit adds to it.
//!
//! Two writers share one description of what to change ([`CellEdit`]) and what to add
//! ([`ExtraSheet`]):
//! - [`patch::write_patched_xlsx`] copies an xlsx package entry by entry and rewrites only
//!   the edited cells, so that every style, width, merged range and print setting stays;
//! - [`rebuild::write_rebuilt`] builds a new xlsx with rust_xlsxwriter from what calamine
//!   read (values, formulas with their cached values, merged ranges) for xls, xlsb and ods
//!   inputs, whose packages cannot be patched.
//!
//! Neither writes to the final path: [`save_atomically`] writes to a temporary file in the
//! destination folder and renames it into place, so that a half-written file never exists and
//! the input is never touched.

mod extra;
mod names;
mod notes;
pub mod patch;
mod pkg;
pub mod rebuild;
mod sheet;
mod styles;
mod xml;

use rust_decimal::Decimal;

/// A change to one cell of an existing sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct CellEdit {
    /// sheet name, as in the workbook
    pub sheet: String,
    /// zero-based row
    pub row: u32,
    /// zero-based column
    pub col: u32,
    /// the new value
    pub value: OutValue,
    /// fill the cell with the "corrected" colour
    pub highlight: bool,
    /// a note (comment) shown on the cell: the old value and the reason
    pub note: Option<String>,
}

/// A value written into a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum OutValue {
    Number(Decimal),
    Text(String),
    Blank,
    /// a formula (without `=`) with its computed value, for a cell that held a formula: a
    /// formula is never replaced by a constant
    Formula {
        formula: String,
        cached: Decimal,
    },
}

/// A sheet that rakit adds (Temuan, the normalized indicator table).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtraSheet {
    pub name: String,
    /// column widths in characters; missing columns keep the default width
    pub widths: Vec<f64>,
    /// how many rows at the top are headers (bold, frozen)
    pub header_rows: u32,
    pub rows: Vec<Vec<OutCell>>,
    /// the workbook already has this sheet from an earlier run of rakit (a corrected copy
    /// fixed again): it is replaced where it stands instead of added beside it
    pub replaces: bool,
    /// how the cells below the header show, column by column; missing columns are plain
    pub col_styles: Vec<ColStyle>,
    /// an autofilter over the header row and every row under it
    pub autofilter: bool,
    /// printed landscape, every column on one page's width
    pub landscape_fit: bool,
}

impl ExtraSheet {
    /// The rows the autofilter covers: the header and every row under it up to the first
    /// empty one (a note below the table stays out); `None` without an autofilter.
    pub(crate) fn filter_rows(&self) -> Option<(usize, usize)> {
        if !self.autofilter || self.header_rows == 0 {
            return None;
        }
        let first = self.header_rows as usize - 1;
        let mut last = first;
        for (i, row) in self.rows.iter().enumerate().skip(self.header_rows as usize) {
            if row.iter().all(|c| matches!(c, OutCell::Empty)) {
                break;
            }
            last = i;
        }
        let cols = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        (last > first && cols > 0).then_some((last, cols - 1))
    }
}

/// How the data cells of a column of an added sheet show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColStyle {
    #[default]
    Plain,
    /// text wrapped inside the column's width, top aligned
    Wrap,
    /// numbers with two decimals (`0.00`)
    Decimal2,
}

/// A cell of an added sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum OutCell {
    Empty,
    Text(String),
    Number(Decimal),
    /// a live formula (without the leading `=`) that carries its computed value, since
    /// LibreOffice headless, calamine and pandas read the cached value and never recalculate
    Formula {
        formula: String,
        cached: Cached,
    },
    /// a link to a cell of the workbook: `sheet` and `cell` such as `G12`
    Link {
        text: String,
        sheet: String,
        cell: String,
    },
}

/// The cached result of a formula.
#[derive(Debug, Clone, PartialEq)]
pub enum Cached {
    Number(Decimal),
    Text(String),
    Empty,
}

/// Why writing failed.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the workbook package cannot be copied: {0}")]
    Package(String),
    #[error("{0}")]
    Xlsx(String),
    /// no copy is written, since it could not keep the workbook whole: why, and what to do
    /// (rendered in the chosen language)
    #[error("{}", .0.render(crate::i18n::Lang::En))]
    Refused(crate::i18n::Message),
}

/// A decimal as a cell stores it: plain digits, no exponent, no trailing zeros.
pub(crate) fn number_text(d: &Decimal) -> String {
    d.normalize().to_string()
}

/// Excel's limit on the text of one cell, in characters.
pub(crate) const MAX_CELL_TEXT: usize = 32_767;

/// Text cut to what one cell holds.
pub(crate) fn clip_text(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_TEXT) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
