//! Reading: a workbook file becomes [`Workbook`], a list of sheets whose cells keep their
//! position, raw value, formula (with its cached value) and the number format where it tells
//! something (a percent format, the decimals shown).
//!
//! Every format calamine reads is accepted: xlsx/xlsm, xls, xlsb and ods. Before calamine is
//! asked, [`crate::sniff`] looks at the first bytes, so that an HTML page or a PDF renamed to
//! `.xls` gets a message that says what it really is.
//!
//! The common xlsx is read by `fast` (its cells found in the sheet XML directly, a large sheet
//! in parts on all cores); anything it does not expect goes to calamine, and a test proves both
//! give the same sheets.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use calamine::{Data, DataRef, Reader, Sheets, Xlsx};
use rust_decimal::Decimal;

use crate::sniff::{self, Kind};

pub mod compute;
mod delimited;
mod fast;
mod html;
mod ods_styles;
mod scan;
mod xls_formats;
pub mod xls_shared;
mod xls_span;
mod xlsb;
mod xml2003;

pub use crate::formula::{cell_name, col_name, parse_cell_name, parse_col};
/// The format of every cell of a sheet that has one other than General, by (row, column):
/// what the .xls and .ods readers give where calamine gives none.
pub(crate) type CellFormats = HashMap<(u32, u32), NumFmt>;

/// Per sheet name, its cells' formats.
pub(crate) type SheetFormats = HashMap<String, CellFormats>;

pub use crate::sniff::Format;

/// A whole workbook as read from disk.
#[derive(Debug, Clone)]
pub struct Workbook {
    pub path: PathBuf,
    pub format: Format,
    pub sheets: Vec<Sheet>,
    /// what an xls, xlsb or ods holds beyond values, which a rebuilt copy could not keep
    /// faithfully (an xlsx is patched in place and keeps everything)
    pub beyond_values: BeyondValues,
    /// the bytes it was read from: an xlsx's corrected copy is this package, patched
    pub source: std::sync::Arc<[u8]>,
}

impl Workbook {
    /// The workbook with only the cells of the rows `keep` names (sheet name, zero-based
    /// row), without merged ranges and without the bytes it was read from: what the
    /// terminal's report still shows of a workbook once it is checked (the rows of its
    /// findings), so a run over a folder does not hold every workbook until the end.
    pub fn rows_only(&self, keep: impl Fn(&str, u32) -> bool) -> Workbook {
        let sheets = self
            .sheets
            .iter()
            .map(|s| {
                let cells = s
                    .cells
                    .iter()
                    .filter(|c| keep(&s.name, c.row))
                    .cloned()
                    .collect();
                let mut kept = Sheet::new(s.name.clone(), cells, Vec::new());
                kept.formats_known = s.formats_known;
                kept.hidden = s.hidden;
                kept.unstored = s.unstored.clone();
                kept.hidden_rows = s.hidden_rows.clone();
                kept.hidden_cols = s.hidden_cols.clone();
                kept
            })
            .collect();
        Workbook {
            path: self.path.clone(),
            format: self.format,
            sheets,
            beyond_values: self.beyond_values.clone(),
            source: std::sync::Arc::from(&[][..]),
        }
    }

    /// The workbooks an xlsx links to (its external link parts), as their relationships
    /// name them; none for other formats (their links show in the formulas).
    pub fn external_link_targets(&self) -> Vec<String> {
        match self.format {
            Format::Xlsx => scan::external_link_targets(&self.source),
            _ => Vec::new(),
        }
    }
}

/// Formulas and defined names of a workbook read through calamine's generic API (xls, xlsb,
/// ods): a corrected copy rebuilt from what was read would not carry them over faithfully.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BeyondValues {
    /// cells holding a formula
    pub formulas: usize,
    /// defined names (named ranges, print areas)
    pub defined_names: usize,
    /// the reader could not list the formulas of some sheet
    pub formulas_unknown: bool,
}

/// One worksheet: its cells (sorted by row, then column) and its merged ranges.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub cells: Vec<Cell>,
    pub merged: Vec<Merge>,
    /// the number formats are known (xlsx; an xls's read from its records, an ods's from its
    /// XML); for xlsb calamine gives none, so a stored 0.9314 may show as 93,14 % without
    /// rakit knowing
    pub formats_known: bool,
    /// the sheet is hidden (`hidden` or `veryHidden`)
    pub hidden: bool,
    /// cells whose formula the file stored without its result, and whether rakit computed
    /// it ([`compute`])
    pub unstored: Vec<compute::Unstored>,
    /// the rows the sheet hides, zero-based and in order (an xlsx's `hidden` rows, an xls's
    /// ROW records, an ods's collapsed rows; read as any other row, and findings there say
    /// the row is hidden)
    pub hidden_rows: Vec<u32>,
    /// the columns the sheet hides, zero-based and in order (an xlsx's hidden `<col>`s, an
    /// xls's COLINFO records, an ods's collapsed columns): read as any other column, and
    /// findings there say the column is hidden
    pub hidden_cols: Vec<u32>,
    /// for each row number, the range of its cells in `cells` (empty rows: `0..0`)
    row_index: Vec<(u32, u32)>,
    /// the column of each cell of `cells`: a lookup searches these few bytes, not the cells
    cols: Vec<u32>,
    /// for every cell of a merged range, the range's index in `merged`
    merge_index: MergeIndex,
}

/// Which merged range covers a cell: for each row, the column spans of the ranges that cross
/// it. A range larger than 10,000 cells is no table cell and is left out.
#[derive(Debug, Clone, Default, PartialEq)]
struct MergeIndex {
    /// for each row number, its spans in `spans`
    rows: Vec<(u32, u32)>,
    /// (first column, last column, index of the range), row after row
    spans: Vec<(u32, u32, u32)>,
}

impl MergeIndex {
    fn new(merged: &[Merge]) -> MergeIndex {
        let mut by_row: Vec<(u32, u32, u32, u32)> = Vec::new();
        for (mi, m) in merged.iter().enumerate() {
            let area =
                (m.last_row - m.first_row + 1) as u64 * (m.last_col - m.first_col + 1) as u64;
            if area > 10_000 {
                continue;
            }
            for r in m.first_row..=m.last_row {
                by_row.push((r, m.first_col, m.last_col, mi as u32));
            }
        }
        if by_row.is_empty() {
            return MergeIndex::default();
        }
        by_row.sort_unstable();
        let last = by_row.last().map_or(0, |e| e.0 as usize);
        let mut rows = vec![(0u32, 0u32); last + 1];
        let mut start = 0;
        for i in 1..=by_row.len() {
            if i == by_row.len() || by_row[i].0 != by_row[start].0 {
                rows[by_row[start].0 as usize] = (start as u32, i as u32);
                start = i;
            }
        }
        let spans = by_row.into_iter().map(|(_, a, b, mi)| (a, b, mi)).collect();
        MergeIndex { rows, spans }
    }

    /// The range covering a cell; of ranges that overlap (a damaged file), the last listed.
    fn find(&self, row: u32, col: u32) -> Option<u32> {
        let &(a, b) = self.rows.get(row as usize)?;
        self.spans
            .get(a as usize..b as usize)?
            .iter()
            .filter(|(first, last, _)| *first <= col && col <= *last)
            .map(|(_, _, mi)| *mi)
            .max()
    }
}

/// A merged range, zero-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

/// One non-empty cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// zero-based row
    pub row: u32,
    /// zero-based column
    pub col: u32,
    /// the value as stored (for a formula: its cached value)
    pub value: Raw,
    /// formula text without the leading `=`, when the cell holds a formula (shared with the
    /// figures read from the cell)
    pub formula: Option<std::sync::Arc<str>>,
    /// what the number format tells
    pub format: NumFmt,
}

impl Cell {
    /// What the cell shows: text as typed, numbers as the format shows them (Indonesian
    /// marks, `93,14 %` for a percent format).
    pub fn shown(&self) -> String {
        match &self.value {
            Raw::Number(d) => {
                let (v, pct) = if self.format.percent {
                    (*d * Decimal::from(100), " %")
                } else {
                    (*d, "")
                };
                let dp = self
                    .format
                    .decimals
                    .map_or_else(|| v.normalize().scale(), u32::from);
                format!("{}{}", crate::num::fmt_id(v, dp), pct)
            }
            other => other.as_text(),
        }
    }
}

/// A stored cell value. Numbers are exact decimals of what the file stores (Excel stores at
/// most 15 significant digits; the shortest representation that reads back the same is kept).
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Empty,
    /// shared: the same text in many cells (a shared string of an xlsx) is one allocation
    Text(std::sync::Arc<str>),
    Number(Decimal),
    Bool(bool),
    /// a date or time, kept as text the way the file gives it
    Date(Box<str>),
    /// an error value such as `#DIV/0!`
    Error(Box<str>),
}

/// The part of a number format that matters for reading figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumFmt {
    /// the format multiplies by 100 and shows `%` (the stored 0.6287 shows as 62,87 %)
    pub percent: bool,
    /// decimals the format shows, when it fixes them (`0.00` → 2); u16 keeps a cell small
    pub decimals: Option<u16>,
    /// the format code, when it is not General (shared: one style serves many cells)
    pub code: Option<std::sync::Arc<str>>,
}

impl NumFmt {
    /// Reads a number format code such as `0.00%`, `#,##0`, `_(* #,##0_)`.
    pub fn from_code(code: &str) -> NumFmt {
        let code_trim = code.trim();
        if code_trim.is_empty() || code_trim.eq_ignore_ascii_case("general") {
            return NumFmt::default();
        }
        // only the first section (positive numbers) matters; skip quoted text and escapes
        let mut section = String::new();
        let mut in_quote = false;
        let mut escape = false;
        for ch in code_trim.chars() {
            if escape {
                escape = false;
                continue;
            }
            match ch {
                '"' => in_quote = !in_quote,
                '\\' | '_' | '*' if !in_quote => escape = true,
                ';' if !in_quote => break,
                _ if !in_quote => section.push(ch),
                _ => {}
            }
        }
        let percent = section.contains('%');
        let decimals = section.find('.').map(|dot| {
            section[dot + 1..]
                .chars()
                .take_while(|c| *c == '0' || *c == '#' || *c == '?')
                .count()
                .min(usize::from(u16::MAX)) as u16
        });
        let has_digit_placeholder = section.contains('0') || section.contains('#');
        NumFmt {
            percent,
            decimals: if has_digit_placeholder {
                Some(decimals.unwrap_or(0))
            } else {
                None
            },
            code: Some(code_trim.into()),
        }
    }

    /// Excel's built-in formats that matter here, by id.
    pub fn from_builtin_id(id: u32) -> Option<NumFmt> {
        let code = match id {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            9 => "0%",
            10 => "0.00%",
            _ => return None,
        };
        Some(NumFmt::from_code(code))
    }
}

impl Raw {
    /// The value as text, the way a person would see it typed (numbers with a dot).
    pub fn as_text(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Text(s) => s.to_string(),
            Raw::Date(s) | Raw::Error(s) => s.to_string(),
            Raw::Number(d) => d.normalize().to_string(),
            Raw::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        }
    }

    /// [`Raw::as_text`] without copying a text cell.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Raw::Text(s) => std::borrow::Cow::Borrowed(s),
            Raw::Date(s) | Raw::Error(s) => std::borrow::Cow::Borrowed(s),
            other => std::borrow::Cow::Owned(other.as_text()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// Converts a stored double to the exact decimal it was typed as: Rust prints the shortest
/// text that reads back to the same double, which for values typed in Excel is what was typed.
pub fn decimal_from_f64(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    // whole numbers, the common case, without going through text
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return Some(Decimal::from(f as i64));
    }
    let text = format!("{f}");
    let d = Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&format!("{f:e}")))
        .ok()?;
    // Excel keeps 15 significant digits: a formula's 70.29/99*100 is stored as
    // 71.00000000000001 and shown, and meant, as 71 (a shorter text has no noise to drop)
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    if digits <= 15 {
        return Some(d);
    }
    Some(match d.round_sf(15) {
        Some(r) if r != d => r.normalize(),
        _ => d,
    })
}

fn raw_from_data(d: &Data) -> Raw {
    match d {
        Data::Empty => Raw::Empty,
        Data::String(s) => Raw::Text(s.as_str().into()),
        Data::Int(i) => Raw::Number(Decimal::from(*i)),
        Data::Float(f) => match decimal_from_f64(*f) {
            Some(d) => Raw::Number(d),
            None => Raw::Error(f.to_string().into()),
        },
        Data::Bool(b) => Raw::Bool(*b),
        Data::DateTime(dt) => Raw::Date(dt.to_string().into()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Raw::Date(s.clone().into()),
        Data::Error(e) => Raw::Error(e.to_string().into()),
    }
}

fn raw_from_dataref(d: &DataRef<'_>) -> Raw {
    match d {
        DataRef::Empty => Raw::Empty,
        DataRef::String(s) => Raw::Text(s.as_str().into()),
        DataRef::SharedString(s) => Raw::Text((*s).into()),
        DataRef::Int(i) => Raw::Number(Decimal::from(*i)),
        DataRef::Float(f) => match decimal_from_f64(*f) {
            Some(d) => Raw::Number(d),
            None => Raw::Error(f.to_string().into()),
        },
        DataRef::Bool(b) => Raw::Bool(*b),
        DataRef::DateTime(dt) => Raw::Date(dt.to_string().into()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Raw::Date(s.clone().into()),
        DataRef::Error(e) => Raw::Error(e.to_string().into()),
    }
}

/// Why a file could not be read. Every variant names what to do in its message
/// (see [`crate::i18n`]); none of them is a panic.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open: {0}")]
    Io(String),
    #[error("not a workbook: {0:?}")]
    NotWorkbook(Kind),
    #[error("the workbook is damaged: {0}")]
    Damaged(String),
    #[error("the workbook is too large when unpacked ({size} bytes, over {limit})")]
    TooLarge { size: u64, limit: u64 },
    #[error("the workbook is protected with a password")]
    Encrypted,
    #[error("sheet {sheet}: {detail}")]
    BrokenSheet { sheet: String, detail: String },
}

/// Largest uncompressed size we accept for one workbook (zip bombs stop here).
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;

/// Two ways to the same sheets of an xlsx, for tests that prove they agree: the fast reader
/// (`None` when it leaves the file to calamine) and calamine's.
#[doc(hidden)]
pub mod both {
    use super::*;

    pub fn xlsx_fast(bytes: &[u8]) -> Option<Vec<Sheet>> {
        fast::read(bytes)
    }

    pub fn xlsx_calamine(bytes: &[u8]) -> Result<Vec<Sheet>, ReadError> {
        read_xlsx(bytes)
    }
}

/// Reads a workbook from bytes already in memory; `path` only names it.
pub fn load_bytes(path: &Path, bytes: Vec<u8>) -> Result<Workbook, ReadError> {
    load_bytes_limited(path, bytes, MAX_UNPACKED_BYTES)
}

/// [`load_bytes`] with another limit on the unpacked size (zip bombs stop there).
pub fn load_bytes_limited(
    path: &Path,
    bytes: Vec<u8>,
    max_unpacked: u64,
) -> Result<Workbook, ReadError> {
    // The readers underneath (calamine, zip, quick-xml) are not all proof against hostile
    // bytes: one that panics (an overflow in a cell reference such as `A99999999999` in a
    // debug build, found by `cargo run -p xtask -- fuzz`) makes the file damaged, not the run.
    // On wasm32 a panic aborts instead; the browser page reports it for the file.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        load_unguarded(path, bytes, max_unpacked)
    }))
    .unwrap_or_else(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        Err(ReadError::Damaged(format!(
            "the reader stopped on it: {detail}"
        )))
    })
}

/// Whether a panic happened inside a reader underneath rakit (a crate from the registry, such as
/// calamine, zip or quick-xml) rather than in rakit's own code: [`load_bytes`] turns the first
/// kind into a damaged-file report, so a front end's panic hook may keep quiet about it.
pub fn panic_in_dependency(info: &std::panic::PanicHookInfo<'_>) -> bool {
    info.location().is_some_and(|l| {
        let file = l.file().replace('\\', "/");
        file.contains("/.cargo/registry/") || file.contains("/.cargo/git/")
    })
}

fn load_unguarded(path: &Path, bytes: Vec<u8>, max_unpacked: u64) -> Result<Workbook, ReadError> {
    let kind = sniff::sniff(&bytes);
    // an .xls's workbook stream, read once by the span check and again for its formats
    let mut xls_stream = None;
    let format = match kind {
        Kind::Zip => {
            let (format, unpacked) = sniff::zip_workbook_format(&bytes).map_err(|k| match k {
                Kind::Damaged(detail) => ReadError::Damaged(detail),
                other => ReadError::NotWorkbook(other),
            })?;
            if unpacked > max_unpacked {
                return Err(ReadError::TooLarge {
                    size: unpacked,
                    limit: max_unpacked,
                });
            }
            format
        }
        Kind::Ole => {
            if sniff::ole_is_encrypted_package(&bytes) {
                return Err(ReadError::Encrypted);
            }
            xls_stream = xls_span::check(&bytes, max_unpacked)?;
            Format::Xls
        }
        // what web applications and report generators export as "Excel": read as Excel
        // opens them, one sheet named after the file (an HTML page may name it)
        Kind::Html | Kind::Csv => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("Sheet1");
            let (format, sheet) = if kind == Kind::Html {
                (Format::Html, html::read(&bytes, stem))
            } else {
                (
                    Format::Csv,
                    delimited::read(&bytes, sheet_name_from_file(stem)),
                )
            };
            return Ok(text_workbook(
                path,
                format,
                vec![sheet],
                BeyondValues::default(),
                bytes,
            ));
        }
        Kind::SpreadsheetXml => {
            let (sheets, beyond) = xml2003::read(&bytes)?;
            return Ok(text_workbook(
                path,
                Format::SpreadsheetXml,
                sheets,
                beyond,
                bytes,
            ));
        }
        other => return Err(ReadError::NotWorkbook(other)),
    };
    let (mut sheets, beyond_values) = match format {
        // the common xlsx by the fast reader; anything it does not expect, by calamine
        Format::Xlsx => match fast::read(&bytes) {
            Some(sheets) => (sheets, BeyondValues::default()),
            None => (read_xlsx(&bytes)?, BeyondValues::default()),
        },
        // calamine gives no number formats of an .xls: they are read from its records; nor
        // formats and merged ranges of an .ods: they are read from its XML
        Format::Ods => {
            let ods = ods_styles::read(&bytes);
            let (formats, merged, hidden) = match ods {
                Some(o) => (Some(o.formats), Some(o.merged), o.hidden),
                None => (None, None, HashMap::new()),
            };
            with_hidden(read_generic(&bytes, format, formats, merged)?, hidden)
        }
        // an .xlsb's cells in their short form (SheetJS) are put in the full form calamine reads;
        // its number formats, merged ranges and hidden rows are read from its records
        Format::Xlsb => {
            let full = xlsb::short_cells::with_full_cell_records(&bytes);
            let bytes = full.as_deref().unwrap_or(&bytes);
            let (formats, merged, hidden) = match xlsb::styles::read(bytes) {
                Some(x) => (Some(x.formats), Some(x.merged), x.hidden),
                None => (None, None, HashMap::new()),
            };
            with_hidden(read_generic(bytes, format, formats, merged)?, hidden)
        }
        _ => {
            let xls = xls_stream.as_deref().and_then(xls_formats::read);
            let (formats, hidden, formula_cells) = match xls {
                Some(x) => (Some(x.formats), x.hidden, x.formula_cells),
                None => (None, HashMap::new(), HashMap::new()),
            };
            let read = read_generic(&bytes, format, formats, None)?;
            let mut read = with_unread_formulas(read, formula_cells);
            compute::texts_stored_as_zero(&mut read.0);
            with_hidden(read, hidden)
        }
    };
    compute::fill(&mut sheets);
    Ok(Workbook {
        path: path.to_path_buf(),
        format,
        sheets,
        beyond_values,
        source: bytes.into(),
    })
}

/// A workbook read from text (an HTML page, an XML Spreadsheet, a CSV), its formulas
/// stored without results computed as for any other format.
fn text_workbook(
    path: &Path,
    format: Format,
    mut sheets: Vec<Sheet>,
    mut beyond_values: BeyondValues,
    bytes: Vec<u8>,
) -> Workbook {
    // an HTML page's `x:fmla` formulas count as formulas a rebuilt copy must keep
    beyond_values.formulas = beyond_values.formulas.max(
        sheets
            .iter()
            .map(|s| s.cells.iter().filter(|c| c.formula.is_some()).count())
            .sum(),
    );
    compute::fill(&mut sheets);
    Workbook {
        path: path.to_path_buf(),
        format,
        sheets,
        beyond_values,
        source: bytes.into(),
    }
}

/// A text file's bytes (an HTML page, an XML Spreadsheet, a CSV) as text: the charset a byte-order mark, a `<meta>` or an XML
/// declaration names, else UTF-8 when the
/// bytes are UTF-8, else windows-1252 (what older Indonesian web applications write).
pub(crate) fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    // `<meta charset=…>` or `content="…; charset=…"`, or an XML declaration's `encoding="…"`
    let declared = ["charset=", "encoding="]
        .iter()
        .find_map(|key| head.find(key).map(|at| at + key.len()))
        .and_then(|at| {
            let label: String = head[at..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "-_:.".contains(*c))
                .collect();
            encoding_rs::Encoding::for_label(label.as_bytes())
        });
    // a page that says UTF-8 but is not (a template saved in windows-1252) reads as 1252
    match (declared, std::str::from_utf8(bytes)) {
        (Some(e), Err(_)) if e != encoding_rs::UTF_8 => e.decode_without_bom_handling(bytes).0,
        (_, Ok(s)) => std::borrow::Cow::Borrowed(s),
        (_, Err(_)) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
    .into_owned()
}

/// The name Excel gives the one sheet of a page or text file it opens: the file's name
/// without its extension, cut to 31 characters, without the characters a sheet name cannot
/// hold.
pub(crate) fn sheet_name_from_file(stem: &str) -> String {
    let name: String = stem
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect();
    if name.trim().is_empty() {
        "Sheet1".into()
    } else {
        name
    }
}

/// The sheets of an .xls given the formulas calamine gave no text for (a shared formula's
/// cells, whose FORMULA records point at a SHRFMLA): each such cell keeps its value and takes
/// the shared formula's text at its place ([`xls_shared`]), or else becomes a formula rakit
/// cannot read (`?`), so that no rule takes it for a typed number and fix never writes a
/// constant over it (nor rebuilds the workbook without it).
fn with_unread_formulas(
    (mut sheets, mut beyond): (Vec<Sheet>, BeyondValues),
    mut formula_cells: HashMap<String, Vec<xls_formats::FormulaCell>>,
) -> (Vec<Sheet>, BeyondValues) {
    for s in &mut sheets {
        let Some(cells) = formula_cells.remove(&s.name) else {
            continue;
        };
        for f in cells {
            let Some(i) = s.index_of(f.row, f.col) else {
                continue;
            };
            if s.cells[i].formula.is_none() {
                s.cells[i].formula = Some(f.text.as_deref().unwrap_or("?").into());
                beyond.formulas += 1;
            } else if let Some(t) = f.text {
                s.cells[i].formula = Some(t.into());
            }
        }
    }
    (sheets, beyond)
}

/// The rows and columns a sheet hides, zero-based, as a reader of its records finds them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Hidden {
    pub rows: Vec<u32>,
    pub cols: Vec<u32>,
}

impl Hidden {
    /// Both in order, each once.
    pub fn sort(&mut self) {
        for v in [&mut self.rows, &mut self.cols] {
            v.sort_unstable();
            v.dedup();
        }
    }
}

/// The sheets read, each given the rows and columns its file hides (by sheet name).
fn with_hidden(
    (mut sheets, beyond): (Vec<Sheet>, BeyondValues),
    mut hidden: HashMap<String, Hidden>,
) -> (Vec<Sheet>, BeyondValues) {
    for s in &mut sheets {
        if let Some(h) = hidden.remove(&s.name) {
            s.set_hidden(h);
        }
    }
    (sheets, beyond)
}

fn damaged<E: std::fmt::Display>(e: E) -> ReadError {
    let text = e.to_string();
    if text.to_ascii_lowercase().contains("password") || text.contains("encrypt") {
        ReadError::Encrypted
    } else {
        ReadError::Damaged(text)
    }
}

/// xlsx: two passes over each sheet run side by side (values with their styles on one
/// core; formulas and merged ranges on the other), on two readers of the same bytes.
fn read_xlsx(bytes: &[u8]) -> Result<Vec<Sheet>, ReadError> {
    let open = || Xlsx::new(Cursor::new(bytes)).map_err(damaged);
    let mut values_reader = open()?;
    let names: Vec<String> = values_reader.sheet_names().to_vec();
    let hidden: Vec<String> = values_reader
        .sheets_metadata()
        .iter()
        .filter(|m| m.visible != calamine::SheetVisible::Visible)
        .map(|m| m.name.clone())
        .collect();

    let (values, formulas) = rayon::join(
        || -> Result<Vec<Vec<Cell>>, ReadError> {
            let mut out = Vec::with_capacity(names.len());
            for name in &names {
                out.push(xlsx_values(&mut values_reader, name)?);
            }
            Ok(out)
        },
        || -> Result<Vec<XlsxExtras>, ReadError> {
            // the fast scan, sheet by sheet; calamine's full parse where it declines
            let parts = scan::sheet_parts(bytes).unwrap_or_default();
            let mut reader = None;
            let mut out = Vec::with_capacity(names.len());
            for name in &names {
                let fast = parts
                    .get(name)
                    .and_then(|part| scan::scan_sheet(bytes, part));
                match fast {
                    Some(e) => out.push(XlsxExtras {
                        formulas: e.formulas,
                        merged: e.merged,
                        hidden: e.hidden,
                    }),
                    None => {
                        if reader.is_none() {
                            reader = Some(open()?);
                        }
                        if let Some(r) = reader.as_mut() {
                            out.push(xlsx_extras(r, name)?);
                        }
                    }
                }
            }
            Ok(out)
        },
    );
    let values = values?;
    let formulas = formulas?;
    let mut sheets = Vec::with_capacity(names.len());
    for ((name, mut cells), extras) in names.into_iter().zip(values).zip(formulas) {
        if !extras.formulas.is_empty() {
            // both lists are in stream order (row, then column)
            let mut fi = extras.formulas.into_iter().peekable();
            let mut without_value = Vec::new();
            for cell in cells.iter_mut() {
                while let Some((pos, _)) = fi.peek() {
                    if *pos < (cell.row, cell.col) {
                        if let Some(f) = fi.next() {
                            without_value.push(f);
                        }
                    } else {
                        break;
                    }
                }
                if let Some((pos, _)) = fi.peek() {
                    if *pos == (cell.row, cell.col) {
                        if let Some((_, f)) = fi.next() {
                            cell.formula = Some(f.into());
                        }
                    }
                }
            }
            without_value.extend(fi);
            // a formula stored without its result stays, to be computed ([`compute`])
            cells.extend(without_value.into_iter().map(|((row, col), f)| Cell {
                row,
                col,
                value: Raw::Empty,
                formula: Some(f.into()),
                format: NumFmt::default(),
            }));
        }
        let is_hidden = hidden.contains(&name);
        let mut sheet = Sheet::new(name, cells, extras.merged);
        sheet.set_hidden(extras.hidden);
        sheet.hidden = is_hidden;
        sheets.push(sheet);
    }
    Ok(sheets)
}

fn xlsx_values(reader: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Vec<Cell>, ReadError> {
    let broken = |e: calamine::XlsxError| ReadError::BrokenSheet {
        sheet: name.to_string(),
        detail: e.to_string(),
    };
    let mut cr = reader.worksheet_cells_reader(name).map_err(broken)?;
    let mut fmt_cache: HashMap<usize, NumFmt> = HashMap::new();
    let mut cells = Vec::new();
    while let Some((cell, style_id)) = cr.next_cell_with_style_id().map_err(broken)? {
        let value = raw_from_dataref(cell.get_value());
        if value.is_empty() {
            continue;
        }
        let (row, col) = cell.get_position();
        let format = if style_id == 0 {
            NumFmt::default()
        } else {
            fmt_cache
                .entry(style_id)
                .or_insert_with(|| {
                    cr.styles()
                        .get(style_id)
                        .and_then(|s| s.number_format.as_ref())
                        .map(|nf| {
                            let from_code = NumFmt::from_code(&nf.format_code);
                            if from_code.code.is_none() {
                                nf.format_id
                                    .and_then(NumFmt::from_builtin_id)
                                    .unwrap_or_default()
                            } else {
                                from_code
                            }
                        })
                        .unwrap_or_default()
                })
                .clone()
        };
        cells.push(Cell {
            row,
            col,
            value,
            formula: None,
            format,
        });
    }
    cells.sort_by_key(|c| (c.row, c.col));
    Ok(cells)
}

struct XlsxExtras {
    formulas: Vec<((u32, u32), String)>,
    merged: Vec<Merge>,
    /// calamine gives no row visibility: read from the part where the fast scan reads it
    hidden: Hidden,
}

fn xlsx_extras(reader: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<XlsxExtras, ReadError> {
    let broken = |e: calamine::XlsxError| ReadError::BrokenSheet {
        sheet: name.to_string(),
        detail: e.to_string(),
    };
    let mut formulas = Vec::new();
    {
        let mut cr = reader.worksheet_cells_reader(name).map_err(broken)?;
        while let Some(f) = cr.next_formula().map_err(broken)? {
            if !f.get_value().is_empty() {
                formulas.push((f.get_position(), f.get_value().clone()));
            }
        }
    }
    formulas.sort_by_key(|(p, _)| *p);
    let merged = reader
        .merge_cells_by_sheet_name(name)
        .map_err(broken)?
        .into_iter()
        .map(merge_from_dims)
        .collect();
    Ok(XlsxExtras {
        formulas,
        merged,
        hidden: Hidden::default(),
    })
}

/// Excel's error values, as a cell stores them.
pub(crate) const EXCEL_ERRORS: [&str; 7] = [
    "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
];

/// An error value as a spreadsheet shows it (`#DIV/0!`, `#N/A`, LibreOffice's `Err:502`).
fn is_error_text(t: &str) -> bool {
    let t = t.trim();
    EXCEL_ERRORS.contains(&t)
        || t.strip_prefix("Err:")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

fn merge_from_dims(d: calamine::Dimensions) -> Merge {
    Merge {
        first_row: d.start.0,
        first_col: d.start.1,
        last_row: d.end.0,
        last_col: d.end.1,
    }
}

/// xls, xlsb, ods: small files in practice; the generic calamine API.
fn read_generic(
    bytes: &[u8],
    format: Format,
    read_formats: Option<SheetFormats>,
    read_merges: Option<std::collections::HashMap<String, Vec<Merge>>>,
) -> Result<(Vec<Sheet>, BeyondValues), ReadError> {
    let cursor = Cursor::new(bytes);
    let mut wb: Sheets<Cursor<&[u8]>> = match format {
        Format::Xls => Sheets::Xls(calamine::Xls::new(cursor).map_err(damaged)?),
        Format::Xlsb => Sheets::Xlsb(calamine::Xlsb::new(cursor).map_err(damaged)?),
        Format::Ods => Sheets::Ods(calamine::Ods::new(cursor).map_err(damaged)?),
        Format::Xlsx => Sheets::Xlsx(Xlsx::new(cursor).map_err(damaged)?),
        // read from text before calamine is asked ([`load_unguarded`])
        Format::Html | Format::SpreadsheetXml | Format::Csv => {
            return Err(ReadError::Damaged("not a calamine format".into()))
        }
    };
    let names: Vec<String> = wb.sheet_names().to_vec();
    let hidden: Vec<String> = wb
        .sheets_metadata()
        .iter()
        .filter(|m| m.visible != calamine::SheetVisible::Visible)
        .map(|m| m.name.clone())
        .collect();
    let mut beyond = BeyondValues {
        defined_names: wb.defined_names().len(),
        ..BeyondValues::default()
    };
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let sheet_formats = read_formats.as_ref().and_then(|f| f.get(&name));
        let broken = |detail: String| ReadError::BrokenSheet {
            sheet: name.clone(),
            detail,
        };
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| broken(e.to_string()))?;
        // formulas and styles are extras: a reader that cannot give them still gives values
        let formulas = wb.worksheet_formula(&name).ok();
        match &formulas {
            Some(f) => {
                let read = f.used_cells().filter(|(_, _, t)| !t.is_empty()).count();
                beyond.formulas += read;
                // formula records whose text calamine could not give (an .xlsb's shared
                // formulas): formulas all the same, which a rebuilt copy would lose (an
                // .xls's are found in its records; an .ods's range spans every cell)
                if format == Format::Xlsb && read == 0 && f.get_size() != (0, 0) {
                    beyond.formulas_unknown = true;
                }
            }
            None => beyond.formulas_unknown = true,
        }
        let styles = wb.worksheet_style(&name).ok();
        let mut cells = Vec::new();
        for (r, c, v) in range.used_cells() {
            let value = raw_from_data(v);
            if value.is_empty() {
                continue;
            }
            let (sr, sc) = range.start().unwrap_or((0, 0));
            let (row, col) = (sr + r as u32, sc + c as u32);
            // an ods formula in OpenFormula (`of:=[.U12]/[.E12]*100`), as the other formats
            // give theirs (`U12/E12*100`)
            let formula = formulas
                .as_ref()
                .and_then(|f| f.get_value((row, col)))
                .filter(|f| !f.is_empty())
                .map(|f| {
                    if f.starts_with("of:") || f.starts_with("oooc:") {
                        crate::formula::excel_from_openformula(f)
                    } else {
                        f.clone()
                    }
                });
            // LibreOffice keeps a formula's error result in an ods as text (`#DIV/0!`)
            let value = match value {
                Raw::Text(t) if formula.is_some() && is_error_text(&t) => {
                    Raw::Error(t.as_ref().into())
                }
                v => v,
            };
            let format = styles
                .as_ref()
                .and_then(|s| s.get((row, col)))
                .and_then(|s| s.number_format.as_ref())
                .map(|nf| {
                    let f = NumFmt::from_code(&nf.format_code);
                    if f.code.is_none() {
                        nf.format_id
                            .and_then(NumFmt::from_builtin_id)
                            .unwrap_or_default()
                    } else {
                        f
                    }
                })
                .or_else(|| sheet_formats.and_then(|f| f.get(&(row, col))).cloned())
                .unwrap_or_default();
            cells.push(Cell {
                row,
                col,
                value,
                formula: formula.map(Into::into),
                format,
            });
        }
        let merged = match &mut wb {
            Sheets::Xls(x) => x
                .merge_cells_by_sheet_name(&name)
                .unwrap_or_default()
                .into_iter()
                .map(merge_from_dims)
                .collect(),
            Sheets::Xlsx(x) => x
                .merge_cells_by_sheet_name(&name)
                .unwrap_or_default()
                .into_iter()
                .map(merge_from_dims)
                .collect(),
            _ => read_merges
                .as_ref()
                .and_then(|m| m.get(&name))
                .cloned()
                .unwrap_or_default(),
        };
        // a formula stored without its result stays, to be computed ([`compute`])
        if let Some(f) = &formulas {
            let (sr, sc) = f.start().unwrap_or((0, 0));
            for (r, c, text) in f.used_cells() {
                let (row, col) = (sr + r as u32, sc + c as u32);
                if text.is_empty()
                    || range
                        .get_value((row, col))
                        .is_some_and(|v| !raw_from_data(v).is_empty())
                {
                    continue;
                }
                let formula = if text.starts_with("of:") || text.starts_with("oooc:") {
                    crate::formula::excel_from_openformula(text)
                } else {
                    text.clone()
                };
                cells.push(Cell {
                    row,
                    col,
                    value: Raw::Empty,
                    formula: Some(formula.into()),
                    format: NumFmt::default(),
                });
            }
        }
        cells.sort_by_key(|c| (c.row, c.col));
        let is_hidden = hidden.contains(&name);
        let mut sheet = Sheet::new(name, cells, merged);
        sheet.formats_known = format == Format::Xlsx || sheet_formats.is_some();
        sheet.hidden = is_hidden;
        sheets.push(sheet);
    }
    Ok((sheets, beyond))
}

/// The rows and columns of a worksheet (Excel and LibreOffice alike): A1 to XFD1048576.
pub const MAX_ROWS: u32 = 1_048_576;
pub const MAX_COLS: u32 = 16_384;

impl Sheet {
    /// The text of a cell as stored ("" for none): what the readers' tests compare.
    #[cfg(test)]
    pub(crate) fn text_at(&self, row: u32, col: u32) -> String {
        self.get(row, col)
            .map(|c| c.value.text().to_string())
            .unwrap_or_default()
    }

    /// A sheet of rows of texts and numbers (a number where the text parses as one, nothing
    /// where it is empty), its formats known: for the tests of what reads sheets.
    #[cfg(test)]
    pub(crate) fn of_rows(name: &str, rows: &[&[&str]]) -> Sheet {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, t) in row.iter().enumerate() {
                if t.is_empty() {
                    continue;
                }
                let value = match t.parse::<rust_decimal::Decimal>() {
                    Ok(d) => Raw::Number(d),
                    Err(_) => Raw::Text((*t).into()),
                };
                cells.push(Cell {
                    row: r as u32,
                    col: c as u32,
                    value,
                    formula: None,
                    format: Default::default(),
                });
            }
        }
        let mut s = Sheet::new(name.into(), cells, Vec::new());
        s.formats_known = true;
        s
    }

    /// Builds a sheet from cells in any order.
    pub fn new(name: String, mut cells: Vec<Cell>, merged: Vec<Merge>) -> Sheet {
        // A damaged or hostile file may place a cell past the last row or column a sheet can
        // have (`A4000000000`), or write a merged range backwards: no application can show
        // such a cell, and indexing it would ask for gigabytes (found by the fuzzer).
        cells.retain(|c| c.row < MAX_ROWS && c.col < MAX_COLS);
        let merged: Vec<Merge> = merged
            .into_iter()
            .map(|m| Merge {
                first_row: m.first_row.min(m.last_row),
                last_row: m.first_row.max(m.last_row),
                first_col: m.first_col.min(m.last_col),
                last_col: m.first_col.max(m.last_col),
            })
            .filter(|m| m.last_row < MAX_ROWS && m.last_col < MAX_COLS)
            .collect();
        // readers give the cells in order already; sort only when they do not
        if !cells.is_sorted_by_key(|c| (c.row, c.col)) {
            cells.sort_by_key(|c| (c.row, c.col));
        }
        scan::resolve_shared(&mut cells);
        let rows = cells.last().map(|c| c.row as usize + 1).unwrap_or(0);
        let mut row_index = vec![(0u32, 0u32); rows];
        let mut start = 0;
        for i in 0..=cells.len() {
            if i == cells.len() || cells[i].row != cells[start].row {
                if start < cells.len() {
                    row_index[cells[start].row as usize] = (start as u32, i as u32);
                }
                start = i;
            }
        }
        let merge_index = MergeIndex::new(&merged);
        let cols = cells.iter().map(|c| c.col).collect();
        Sheet {
            name,
            cells,
            merged,
            formats_known: true,
            hidden: false,
            unstored: Vec::new(),
            hidden_rows: Vec::new(),
            hidden_cols: Vec::new(),
            row_index,
            cols,
            merge_index,
        }
    }

    /// The rows and columns the sheet hides, as a reader found them (put in order).
    pub(crate) fn set_hidden(&mut self, mut hidden: Hidden) {
        hidden.sort();
        self.hidden_rows = hidden.rows;
        self.hidden_cols = hidden.cols;
    }

    /// The cells of one row, left to right.
    pub fn row(&self, row: u32) -> &[Cell] {
        match self.row_index.get(row as usize) {
            Some(&(a, b)) => &self.cells[a as usize..b as usize],
            None => &[],
        }
    }

    /// The cell at a position, as stored (a covered cell of a merged range is empty).
    pub fn get(&self, row: u32, col: u32) -> Option<&Cell> {
        self.cells.get(self.index_of(row, col)?)
    }

    /// Where the cell at a position sits in `cells`.
    pub(crate) fn index_of(&self, row: u32, col: u32) -> Option<usize> {
        let &(a, b) = self.row_index.get(row as usize)?;
        let (a, b) = (a as usize, b as usize);
        Some(a + self.cols.get(a..b)?.binary_search(&col).ok()?)
    }

    /// The cell that shows at a position: for a cell covered by a merged range, the
    /// range's top-left cell.
    pub fn get_shown(&self, row: u32, col: u32) -> Option<&Cell> {
        match self.merge_at(row, col) {
            Some(m) => self.get(m.first_row, m.first_col),
            None => self.get(row, col),
        }
    }

    /// The merged range a cell belongs to, if any.
    pub fn merge_at(&self, row: u32, col: u32) -> Option<&Merge> {
        let i = self.merge_index.find(row, col)?;
        self.merged.get(i as usize)
    }

    /// Rows that hold at least one cell, in order.
    pub fn rows(&self) -> impl Iterator<Item = u32> + '_ {
        let mut last = None;
        self.cells.iter().filter_map(move |c| {
            if last == Some(c.row) {
                None
            } else {
                last = Some(c.row);
                Some(c.row)
            }
        })
    }

    /// The last row that holds a cell.
    pub fn last_row(&self) -> Option<u32> {
        self.cells.last().map(|c| c.row)
    }

    /// The sheet turned over its diagonal: each cell's row its column and its column its
    /// row, merged ranges likewise (a table written with its indicators across the columns
    /// read as one written down the rows). `None` where a row number would pass the last
    /// column a sheet can have.
    pub fn transposed(&self) -> Option<Sheet> {
        self.transposed_rows(0..=self.last_row()?)
    }

    /// [`Sheet::transposed`] of the rows `rows` alone (one of two tables turned over, one
    /// under the other), every cell at its own place turned.
    pub fn transposed_rows(&self, rows: std::ops::RangeInclusive<u32>) -> Option<Sheet> {
        if self.last_row()?.min(*rows.end()) >= MAX_COLS {
            return None;
        }
        let cells = self
            .cells
            .iter()
            .filter(|c| rows.contains(&c.row))
            .map(|c| Cell {
                row: c.col,
                col: c.row,
                ..c.clone()
            })
            .collect();
        let merged = self
            .merged
            .iter()
            .filter(|m| rows.contains(&m.first_row) && rows.contains(&m.last_row))
            .map(|m| Merge {
                first_row: m.first_col,
                first_col: m.first_row,
                last_row: m.last_col,
                last_col: m.last_row,
            })
            .collect();
        let mut t = Sheet::new(self.name.clone(), cells, merged);
        t.formats_known = self.formats_known;
        t.hidden = self.hidden;
        Some(t)
    }

    /// The sheet's columns `cols` alone (one of two tables set side by side), every cell at
    /// its own place; a merged range reaching past them is cut at their edge.
    pub fn columns(&self, cols: std::ops::RangeInclusive<u32>) -> Sheet {
        let cells = self
            .cells
            .iter()
            .filter(|c| cols.contains(&c.col))
            .cloned()
            .collect();
        let merged = self
            .merged
            .iter()
            .filter(|m| m.first_col <= *cols.end() && m.last_col >= *cols.start())
            .map(|m| Merge {
                first_col: m.first_col.max(*cols.start()),
                last_col: m.last_col.min(*cols.end()),
                ..*m
            })
            .collect();
        let mut t = Sheet::new(self.name.clone(), cells, merged);
        t.formats_known = self.formats_known;
        t.hidden = self.hidden;
        t.hidden_rows = self.hidden_rows.clone();
        t.hidden_cols = self.hidden_cols.clone();
        t.unstored = self
            .unstored
            .iter()
            .filter(|u| cols.contains(&u.col))
            .cloned()
            .collect();
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for col in [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383] {
            assert_eq!(parse_col(&col_name(col)), Some(col));
        }
        assert_eq!(cell_name(11, 6), "G12");
        assert_eq!(parse_cell_name("G12"), Some((11, 6)));
        assert_eq!(parse_cell_name("$AA$3"), Some((2, 26)));
        assert_eq!(parse_cell_name("12"), None);
    }

    #[test]
    fn number_formats() {
        let p = NumFmt::from_code("0.00%");
        assert!(p.percent);
        assert_eq!(p.decimals, Some(2));
        let acc = NumFmt::from_code(r#"_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)"#);
        assert!(!acc.percent);
        assert_eq!(acc.decimals, Some(0));
        assert!(!NumFmt::from_code(r#"0.00 "%""#).percent);
        assert_eq!(NumFmt::from_code("General"), NumFmt::default());
    }

    #[test]
    fn merged_ranges_are_found_by_any_covered_cell() {
        let m = |r0, c0, r1, c1| Merge {
            first_row: r0,
            first_col: c0,
            last_row: r1,
            last_col: c1,
        };
        let merged = vec![
            m(2, 1, 6, 1),
            m(2, 3, 2, 5),
            // overlaps the first (a damaged file): the later one wins, as Excel shows it
            m(4, 0, 4, 2),
            // too large to be a table cell
            m(100, 0, 300, 99),
        ];
        let sheet = Sheet::new("s".into(), Vec::new(), merged);
        assert_eq!(sheet.merge_at(2, 1), Some(&m(2, 1, 6, 1)));
        assert_eq!(sheet.merge_at(6, 1), Some(&m(2, 1, 6, 1)));
        assert_eq!(sheet.merge_at(2, 4), Some(&m(2, 3, 2, 5)));
        assert_eq!(sheet.merge_at(4, 1), Some(&m(4, 0, 4, 2)));
        assert_eq!(sheet.merge_at(3, 0), None);
        assert_eq!(sheet.merge_at(7, 1), None);
        assert_eq!(sheet.merge_at(2, 2), None);
        assert_eq!(sheet.merge_at(150, 5), None);
        assert_eq!(sheet.merge_at(100_000, 5), None);
    }

    #[test]
    fn error_texts_of_an_ods() {
        assert!(is_error_text("#DIV/0!"));
        assert!(is_error_text(" #N/A"));
        assert!(is_error_text("Err:502"));
        assert!(!is_error_text("Err:"));
        assert!(!is_error_text("#1"));
        assert!(!is_error_text("DIV/0"));
    }

    #[test]
    fn doubles_become_the_typed_decimal() {
        assert_eq!(decimal_from_f64(109.1).unwrap().to_string(), "109.1");
        assert_eq!(decimal_from_f64(0.6287).unwrap().to_string(), "0.6287");
        assert_eq!(decimal_from_f64(24450.0).unwrap().to_string(), "24450");
        assert!(decimal_from_f64(f64::NAN).is_none());
        // float noise of a formula's result beyond Excel's 15 significant digits
        assert_eq!(
            decimal_from_f64(70.29 / 99.0 * 100.0).unwrap().to_string(),
            "71"
        );
        assert_eq!(decimal_from_f64(0.1 + 0.2).unwrap().to_string(), "0.3");
        assert_eq!(
            decimal_from_f64(123456.123456789).unwrap().to_string(),
            "123456.123456789"
        );
    }
}
