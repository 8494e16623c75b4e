//! Rebuilding a workbook with rust_xlsxwriter, for inputs whose package cannot be patched
//! (xls, xlsb, ods): every sheet with every cell as calamine read it (values, number
//! formats, formulas with their cached values), the merged ranges, then the edits and the
//! added sheets. Column widths, fonts, borders and fills of the input are not carried over.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Seek, Write};

use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatPattern, Formula, Note, Url, Workbook as XlsxWorkbook,
    Worksheet, XlsxError,
};

use super::extra::link_location;
use super::names::unique_sheet_name;
use super::notes::AUTHOR;
use super::{number_text, Cached, CellEdit, ColStyle, ExtraSheet, OutCell, OutValue, WriteError};
use crate::formula::excel_from_openformula;
use crate::read::{Cell, Raw, Sheet, Workbook};

/// The fill of corrected cells.
const HIGHLIGHT: u32 = 0xFFFF99;

fn xerr(e: XlsxError) -> WriteError {
    WriteError::Xlsx(e.to_string())
}

/// Writes `source` as a new xlsx into `out`, with `edits` applied and `extra` sheets added
/// after the existing ones.
///
/// Sheet names Excel does not accept (too long, forbidden characters) are made valid, and
/// links of added sheets follow the rename. Formulas still in OpenFormula (`of:=…`) are
/// turned into Excel syntax (the reader gives an ods's formulas in Excel syntax already). An edit on a sheet `source` does not have is an error.
pub fn write_rebuilt(
    source: &Workbook,
    out: &mut (impl Write + Seek),
    edits: &[CellEdit],
    extra: &[ExtraSheet],
) -> Result<(), WriteError> {
    let mut book = XlsxWorkbook::new();
    let mut formats = Formats::default();

    // sheet names, made valid and unique
    let mut names: Vec<String> = Vec::with_capacity(source.sheets.len() + extra.len());
    let mut renamed: HashMap<String, String> = HashMap::new();
    for s in &source.sheets {
        let n = unique_sheet_name(&s.name, &names);
        if n != s.name {
            renamed.insert(s.name.clone(), n.clone());
        }
        names.push(n);
    }

    // edits by sheet index; the last edit of a cell wins
    let mut by_sheet: Vec<BTreeMap<(u32, u32), &CellEdit>> =
        vec![BTreeMap::new(); source.sheets.len()];
    for e in edits {
        let i = source
            .sheets
            .iter()
            .position(|s| s.name == e.sheet)
            .or_else(|| {
                source
                    .sheets
                    .iter()
                    .position(|s| s.name.to_lowercase() == e.sheet.to_lowercase())
            })
            .ok_or_else(|| {
                WriteError::Xlsx(format!("the workbook has no sheet named {:?}", e.sheet))
            })?;
        by_sheet[i].insert((e.row, e.col), e);
    }

    // a hidden sheet cannot be the one shown on opening
    let shown = source.sheets.iter().position(|s| !s.hidden).unwrap_or(0);
    for (i, sheet) in source.sheets.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(names[i].as_str()).map_err(xerr)?;
        if sheet.hidden && i != shown {
            ws.set_hidden(true);
        }
        if i == shown && shown != 0 {
            ws.set_active(true);
        }
        write_sheet(ws, sheet, &by_sheet[i], &mut formats)?;
    }

    for sh in extra {
        let name = unique_sheet_name(&sh.name, &names);
        names.push(name.clone());
        let ws = book.add_worksheet();
        ws.set_name(name.as_str()).map_err(xerr)?;
        write_extra(ws, sh, &renamed, &mut formats)?;
    }

    let bytes = book.save_to_buffer().map_err(xerr)?;
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

/// Formats by number format code and highlight, made once.
#[derive(Default)]
struct Formats {
    cache: HashMap<(Option<String>, bool), Format>,
    bold: Option<Format>,
}

impl Formats {
    fn get(&mut self, code: Option<&str>, highlight: bool) -> Option<&Format> {
        if code.is_none() && !highlight {
            return None;
        }
        let key = (code.map(str::to_string), highlight);
        Some(self.cache.entry(key).or_insert_with(|| {
            let mut f = Format::new();
            if let Some(c) = code {
                f = f.set_num_format(c);
            }
            if highlight {
                f = f
                    .set_pattern(FormatPattern::Solid)
                    .set_background_color(Color::RGB(HIGHLIGHT));
            }
            f
        }))
    }

    fn bold(&mut self) -> &Format {
        self.bold.get_or_insert_with(|| Format::new().set_bold())
    }
}

fn f64_of(d: &Decimal) -> f64 {
    number_text(d).parse::<f64>().unwrap_or(0.0)
}

fn clip(s: &str) -> &str {
    super::clip_text(s)
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    edits: &BTreeMap<(u32, u32), &CellEdit>,
    formats: &mut Formats,
) -> Result<(), WriteError> {
    // merged ranges first: merge_range writes blanks over the whole range, the top-left
    // value is written over it afterwards
    let mut covered: HashSet<(u32, u32)> = HashSet::new();
    let mut merged: Vec<(u32, u32, u32, u32)> = Vec::new();
    for m in &sheet.merged {
        if m.last_row < m.first_row
            || m.last_col < m.first_col
            || (m.first_row == m.last_row && m.first_col == m.last_col)
        {
            continue;
        }
        if m.last_row >= 1_048_576 || m.last_col >= 16_384 {
            continue;
        }
        let overlaps = merged.iter().any(|&(r0, c0, r1, c1)| {
            m.first_row <= r1 && r0 <= m.last_row && m.first_col <= c1 && c0 <= m.last_col
        });
        if overlaps {
            continue;
        }
        let code = sheet
            .get(m.first_row, m.first_col)
            .and_then(|c| c.format.code.clone());
        let fmt = formats
            .get(code.as_deref(), false)
            .cloned()
            .unwrap_or_default();
        let col_ok = u16::try_from(m.first_col).is_ok() && u16::try_from(m.last_col).is_ok();
        if !col_ok {
            continue;
        }
        if ws
            .merge_range(
                m.first_row,
                m.first_col as u16,
                m.last_row,
                m.last_col as u16,
                "",
                &fmt,
            )
            .is_err()
        {
            continue;
        }
        merged.push((m.first_row, m.first_col, m.last_row, m.last_col));
        let area = (m.last_row - m.first_row + 1) as u64 * (m.last_col - m.first_col + 1) as u64;
        if area <= 1_000_000 {
            for r in m.first_row..=m.last_row {
                for c in m.first_col..=m.last_col {
                    if (r, c) != (m.first_row, m.first_col) {
                        covered.insert((r, c));
                    }
                }
            }
        }
    }

    for cell in &sheet.cells {
        if covered.contains(&(cell.row, cell.col)) || edits.contains_key(&(cell.row, cell.col)) {
            continue;
        }
        if cell.row >= 1_048_576 || cell.col >= 16_384 {
            continue;
        }
        write_cell(ws, cell, formats)?;
    }

    for (&(row, col), edit) in edits {
        if row >= 1_048_576 || col >= 16_384 {
            return Err(WriteError::Xlsx(format!(
                "cell ({row}, {col}) of sheet {:?} is outside Excel's grid",
                edit.sheet
            )));
        }
        let c = col as u16;
        let code = sheet.get(row, col).and_then(|x| x.format.code.clone());
        let fmt = formats.get(code.as_deref(), edit.highlight).cloned();
        match (&edit.value, &fmt) {
            (OutValue::Number(d), Some(f)) => {
                ws.write_number_with_format(row, c, f64_of(d), f)
                    .map_err(xerr)?;
            }
            (OutValue::Number(d), None) => {
                ws.write_number(row, c, f64_of(d)).map_err(xerr)?;
            }
            (OutValue::Text(t), Some(f)) => {
                ws.write_string_with_format(row, c, clip(t), f)
                    .map_err(xerr)?;
            }
            (OutValue::Text(t), None) => {
                ws.write_string(row, c, clip(t)).map_err(xerr)?;
            }
            (OutValue::Blank, Some(f)) => {
                ws.write_blank(row, c, f).map_err(xerr)?;
            }
            (OutValue::Blank, None) => {}
            (OutValue::Formula { formula, cached }, f) => {
                let fm = Formula::new(formula.as_str()).set_result(number_text(cached));
                match f {
                    Some(f) => ws.write_formula_with_format(row, c, fm, f),
                    None => ws.write_formula(row, c, fm),
                }
                .map_err(xerr)?;
            }
        }
        if let Some(n) = edit.note.as_ref().filter(|n| !n.trim().is_empty()) {
            let note = Note::new(clip(n))
                .set_author(AUTHOR)
                .add_author_prefix(false);
            ws.insert_note(row, c, &note).map_err(xerr)?;
        }
    }
    Ok(())
}

/// The cached value of a formula as rust_xlsxwriter stores it.
fn result_text(v: &Raw) -> String {
    match v {
        Raw::Empty => String::new(),
        Raw::Number(d) => number_text(d),
        Raw::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Raw::Text(s) => clip(s).to_string(),
        Raw::Date(s) | Raw::Error(s) => clip(s).to_string(),
    }
}

fn write_cell(ws: &mut Worksheet, cell: &Cell, formats: &mut Formats) -> Result<(), WriteError> {
    let (row, col) = (cell.row, cell.col as u16);
    let is_date = matches!(cell.value, Raw::Date(_));
    let code = match (&cell.format.code, is_date) {
        (Some(c), _) => Some(&**c),
        (None, true) => Some("yyyy-mm-dd"),
        (None, false) => None,
    };
    let fmt = formats.get(code, false).cloned();

    if let Some(f) = cell.formula.as_deref().filter(|f| !f.trim().is_empty()) {
        // the reader gives an .ods's formulas in Excel's syntax already; OpenFormula text only
        // where a cell was built by hand
        let text = if f.starts_with("of:") || f.starts_with("oooc:") {
            excel_from_openformula(f)
        } else {
            f.trim_start_matches('=').to_string()
        };
        let formula = Formula::new(text).set_result(result_text(&cell.value));
        match &fmt {
            Some(fm) => ws.write_formula_with_format(row, col, formula, fm),
            None => ws.write_formula(row, col, formula),
        }
        .map_err(xerr)?;
        return Ok(());
    }

    match (&cell.value, &fmt) {
        (Raw::Empty, _) => {}
        (Raw::Text(s), Some(fm)) => {
            ws.write_string_with_format(row, col, clip(s), fm)
                .map_err(xerr)?;
        }
        (Raw::Text(s), None) => {
            ws.write_string(row, col, clip(s)).map_err(xerr)?;
        }
        (Raw::Number(d), Some(fm)) => {
            ws.write_number_with_format(row, col, f64_of(d), fm)
                .map_err(xerr)?;
        }
        (Raw::Number(d), None) => {
            ws.write_number(row, col, f64_of(d)).map_err(xerr)?;
        }
        (Raw::Bool(b), Some(fm)) => {
            ws.write_boolean_with_format(row, col, *b, fm)
                .map_err(xerr)?;
        }
        (Raw::Bool(b), None) => {
            ws.write_boolean(row, col, *b).map_err(xerr)?;
        }
        (Raw::Date(s), _) => {
            let fm = fmt.unwrap_or_default();
            // a serial number (xls, xlsx) or an ISO date (ods)
            if let Ok(serial) = s.trim().parse::<f64>() {
                ws.write_number_with_format(row, col, serial, &fm)
                    .map_err(xerr)?;
            } else if let Ok(dt) = ExcelDateTime::parse_from_str(s.trim()) {
                ws.write_datetime_with_format(row, col, &dt, &fm)
                    .map_err(xerr)?;
            } else {
                ws.write_string(row, col, clip(s)).map_err(xerr)?;
            }
        }
        (Raw::Error(e), _) => {
            // an error value: kept as a formula that gives it, which is what Excel shows
            let formula = Formula::new(error_formula(e)).set_result(e.clone());
            ws.write_formula(row, col, formula).map_err(xerr)?;
        }
    }
    Ok(())
}

/// The formula that gives an error value (`#N/A` → `NA()`), or the error as text.
fn error_formula(e: &str) -> String {
    match e.trim() {
        "#N/A" => "NA()".to_string(),
        "#DIV/0!" => "1/0".to_string(),
        "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!" => e.trim().to_string(),
        other => format!("\"{}\"", other.replace('"', "\"\"")),
    }
}

fn write_extra(
    ws: &mut Worksheet,
    sh: &ExtraSheet,
    renamed: &HashMap<String, String>,
    formats: &mut Formats,
) -> Result<(), WriteError> {
    for (i, w) in sh.widths.iter().enumerate() {
        if w.is_finite() && *w > 0.0 && i < 16_384 {
            ws.set_column_width(i as u16, w.min(255.0)).map_err(xerr)?;
        }
    }
    if sh.header_rows > 0 {
        ws.set_freeze_panes(sh.header_rows, 0).map_err(xerr)?;
    }
    let bold = formats.bold().clone();
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let decimal2 = Format::new().set_num_format("0.00");
    let plain = Format::new();
    for (r, row) in sh.rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| WriteError::Xlsx("too many rows".into()))?;
        let header = r < sh.header_rows;
        for (c, cell) in row.iter().enumerate() {
            let style = sh.col_styles.get(c).copied().unwrap_or_default();
            let c = u16::try_from(c).map_err(|_| WriteError::Xlsx("too many columns".into()))?;
            let fmt = match (header, style) {
                (true, _) => &bold,
                (false, ColStyle::Wrap) => &wrap,
                (false, ColStyle::Decimal2) => &decimal2,
                (false, ColStyle::Plain) => &plain,
            };
            match cell {
                OutCell::Empty => {}
                OutCell::Text(t) => {
                    ws.write_string_with_format(r, c, clip(t), fmt)
                        .map_err(xerr)?;
                }
                OutCell::Number(d) => {
                    ws.write_number_with_format(r, c, f64_of(d), fmt)
                        .map_err(xerr)?;
                }
                OutCell::Formula { formula, cached } => {
                    let result = match cached {
                        Cached::Number(d) => number_text(d),
                        Cached::Text(t) => clip(t).to_string(),
                        Cached::Empty => String::new(),
                    };
                    let f = Formula::new(formula.trim_start_matches('=')).set_result(result);
                    ws.write_formula_with_format(r, c, f, fmt).map_err(xerr)?;
                }
                OutCell::Link { text, sheet, cell } => {
                    let target = renamed.get(sheet).map(String::as_str).unwrap_or(sheet);
                    let url = Url::new(format!("internal:{}", link_location(target, cell)))
                        .set_text(clip(text));
                    if header {
                        ws.write_url_with_format(r, c, url, &bold)
                    } else {
                        ws.write_url(r, c, url)
                    }
                    .map_err(xerr)?;
                }
            }
        }
    }
    if let Some((last_row, last_col)) = sh.filter_rows() {
        ws.autofilter(
            sh.header_rows - 1,
            0,
            u32::try_from(last_row).map_err(|_| WriteError::Xlsx("too many rows".into()))?,
            u16::try_from(last_col).map_err(|_| WriteError::Xlsx("too many columns".into()))?,
        )
        .map_err(xerr)?;
    }
    if sh.landscape_fit {
        ws.set_landscape();
        ws.set_paper_size(9);
        ws.set_print_fit_to_pages(1, 0);
    }
    Ok(())
}
