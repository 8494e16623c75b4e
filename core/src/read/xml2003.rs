//! Excel 2003's XML Spreadsheet (`<?mso-application progid="Excel.Sheet"?>`), which report
//! generators still write and often name `.xls`: one `<Worksheet>` per sheet, its `<Row>`s
//! and `<Cell>`s in order, `ss:Index` where cells or rows are skipped, `ss:MergeAcross` /
//! `ss:MergeDown` for merged ranges, `<Data ss:Type="Number">` typed values, `ss:Formula` in
//! R1C1 notation (turned into A1 for the cell, as the other formats give theirs), and number
//! formats in `<Styles>` (`ss:Parent` followed).

use std::collections::HashMap;
use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};

use super::{decimal_from_f64, BeyondValues, Cell, Merge, NumFmt, Raw, ReadError, Sheet};

/// Rows or cells skipped by `ss:Index` beyond the sheet's edge end the sheet there.
const MAX_ROWS: u32 = super::MAX_ROWS;
const MAX_COLS: u32 = super::MAX_COLS;

fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn index_attr(e: &BytesStart, local: &str) -> Option<u32> {
    attr(e, local).and_then(|v| v.trim().parse::<u32>().ok())
}

/// A style: its number format and the style it inherits from.
#[derive(Debug, Default)]
struct Style {
    format: Option<String>,
    parent: Option<String>,
}

/// The cell being read.
#[derive(Debug, Default)]
struct OpenCell {
    row: u32,
    col: u32,
    kind: String,
    text: String,
    formula: Option<String>,
    style: Option<String>,
}

/// The worksheet being read.
#[derive(Debug, Default)]
struct OpenSheet {
    name: String,
    cells: Vec<OpenCell>,
    merged: Vec<Merge>,
    /// the rows and columns it hides
    hides: super::Hidden,
    /// the column the next `Column` entry without an index stands for
    next_column: u32,
    hidden: bool,
}

/// Reads every worksheet; a file that is not well-formed XML is damaged.
pub(crate) fn read(bytes: &[u8]) -> Result<(Vec<Sheet>, BeyondValues), ReadError> {
    let text = super::decode_text(bytes);
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut styles: HashMap<String, Style> = HashMap::new();
    let mut style_id: Option<String> = None;
    let mut sheets = Vec::new();
    let mut beyond = BeyondValues::default();
    let mut sheet: Option<OpenSheet> = None;
    let mut row: u32 = 0;
    let mut next_row: u32 = 0;
    let mut next_col: u32 = 0;
    let mut cell: Option<OpenCell> = None;
    let mut in_data = false;
    let mut in_visible = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ReadError::Damaged(format!("XML Spreadsheet: {e}")))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    "Style" => {
                        style_id = attr(e, "ID");
                        if let Some(id) = &style_id {
                            styles.insert(
                                id.clone(),
                                Style {
                                    format: None,
                                    parent: attr(e, "Parent"),
                                },
                            );
                        }
                    }
                    "NumberFormat" => {
                        if let Some(s) = style_id.as_ref().and_then(|id| styles.get_mut(id)) {
                            s.format = attr(e, "Format");
                        }
                    }
                    "NamedRange" => beyond.defined_names += 1,
                    "Worksheet" => {
                        let name =
                            attr(e, "Name").unwrap_or_else(|| format!("Sheet{}", sheets.len() + 1));
                        sheet = Some(OpenSheet {
                            name,
                            ..OpenSheet::default()
                        });
                        next_row = 0;
                    }
                    "Column" if sheet.is_some() => {
                        if let Some(s) = &mut sheet {
                            let col = index_attr(e, "Index")
                                .map_or(s.next_column, |i| i.saturating_sub(1))
                                .min(MAX_COLS);
                            let span = index_attr(e, "Span").unwrap_or(0).min(MAX_COLS);
                            s.next_column = col.saturating_add(1).saturating_add(span);
                            if attr(e, "Hidden").is_some_and(|h| h == "1" || h == "true") {
                                s.hides.cols.extend(col..s.next_column.min(MAX_COLS));
                            }
                        }
                    }
                    "Row" if sheet.is_some() => {
                        row = index_attr(e, "Index")
                            .map_or(next_row, |i| i.saturating_sub(1))
                            .min(MAX_ROWS);
                        let span = index_attr(e, "Span").unwrap_or(0).min(MAX_ROWS);
                        next_row = row.saturating_add(1).saturating_add(span);
                        next_col = 0;
                        if attr(e, "Hidden").is_some_and(|h| h == "1" || h == "true") {
                            if let Some(s) = &mut sheet {
                                s.hides
                                    .rows
                                    .extend(row..next_row.min(row.saturating_add(1000)));
                            }
                        }
                    }
                    "Cell" if sheet.is_some() => {
                        let col = index_attr(e, "Index")
                            .map_or(next_col, |i| i.saturating_sub(1))
                            .min(MAX_COLS);
                        let across = index_attr(e, "MergeAcross").unwrap_or(0).min(MAX_COLS);
                        let down = index_attr(e, "MergeDown").unwrap_or(0).min(MAX_ROWS);
                        next_col = col.saturating_add(across).saturating_add(1);
                        if across > 0 || down > 0 {
                            if let Some(s) = &mut sheet {
                                s.merged.push(Merge {
                                    first_row: row,
                                    first_col: col,
                                    last_row: row.saturating_add(down),
                                    last_col: col.saturating_add(across),
                                });
                            }
                        }
                        let open = OpenCell {
                            row,
                            col,
                            formula: attr(e, "Formula")
                                .filter(|f| !f.trim().is_empty())
                                .map(|f| crate::formula::a1_from_r1c1(f.trim(), row, col)),
                            style: attr(e, "StyleID"),
                            ..OpenCell::default()
                        };
                        if empty {
                            push(&mut sheet, open);
                        } else {
                            cell = Some(open);
                        }
                    }
                    "Data" => {
                        if let Some(c) = &mut cell {
                            c.kind = attr(e, "Type").unwrap_or_default();
                            in_data = !empty;
                        }
                    }
                    "Visible" => in_visible = true,
                    _ => {}
                }
            }
            Event::Text(t) => {
                let t = t.xml10_content();
                if in_data {
                    if let Some(c) = &mut cell {
                        c.text.push_str(&t);
                    }
                } else if in_visible {
                    if let Some(s) = &mut sheet {
                        s.hidden = t.trim().starts_with("SheetHidden")
                            || t.trim().starts_with("SheetVeryHidden");
                    }
                }
            }
            Event::CData(t) if in_data => {
                if let Some(c) = &mut cell {
                    c.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_data => {
                let name: &str = r.as_ref();
                let ch = match quick_xml::escape::resolve_xml_entity(name) {
                    Some(s) => Some(s.to_string()),
                    None => r.resolve_char_ref().ok().flatten().map(String::from),
                };
                if let (Some(ch), Some(c)) = (ch, &mut cell) {
                    c.text.push_str(&ch);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "Style" => style_id = None,
                "Data" => in_data = false,
                "Visible" => in_visible = false,
                "Cell" => {
                    if let Some(c) = cell.take() {
                        push(&mut sheet, c);
                    }
                }
                "Worksheet" => {
                    if let Some(open) = sheet.take() {
                        beyond.formulas +=
                            open.cells.iter().filter(|c| c.formula.is_some()).count();
                        let cells = open
                            .cells
                            .into_iter()
                            .filter_map(|c| to_cell(c, &styles))
                            .collect();
                        let mut s = Sheet::new(open.name, cells, open.merged);
                        s.formats_known = true;
                        s.hidden = open.hidden;
                        s.set_hidden(open.hides);
                        sheets.push(s);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if sheet.is_some() {
        return Err(ReadError::Damaged(
            "XML Spreadsheet cut short inside a worksheet".into(),
        ));
    }
    if sheets.is_empty() {
        return Err(ReadError::Damaged(
            "XML Spreadsheet without a worksheet".into(),
        ));
    }
    Ok((sheets, beyond))
}

fn push(sheet: &mut Option<OpenSheet>, c: OpenCell) {
    if let Some(s) = sheet {
        s.cells.push(c);
    }
}

/// The number format of a style, its own or its parent's.
fn format_of(styles: &HashMap<String, Style>, id: &str) -> Option<String> {
    let mut id = id;
    // a loop of parents in a damaged file ends here
    for _ in 0..16 {
        let s = styles.get(id)?;
        if let Some(f) = &s.format {
            return Some(f.clone());
        }
        id = s.parent.as_deref()?;
    }
    None
}

fn to_cell(c: OpenCell, styles: &HashMap<String, Style>) -> Option<Cell> {
    let format = c
        .style
        .as_deref()
        .and_then(|id| format_of(styles, id))
        .map(|code| NumFmt::from_code(&super::html::named_format(&code)))
        .unwrap_or_default();
    let value = match c.kind.as_str() {
        "Number" => match c.text.trim().parse::<f64>().ok().and_then(decimal_from_f64) {
            Some(d) => Raw::Number(d),
            None if c.text.trim().is_empty() => Raw::Empty,
            None => Raw::Text(Arc::from(c.text.as_str())),
        },
        "Boolean" => Raw::Bool(c.text.trim() == "1"),
        "DateTime" => Raw::Date(c.text.trim().into()),
        "Error" => Raw::Error(c.text.trim().into()),
        _ if c.text.trim().is_empty() => Raw::Empty,
        _ => Raw::Text(Arc::from(c.text.as_str())),
    };
    if value.is_empty() && c.formula.is_none() {
        return None;
    }
    Some(Cell {
        row: c.row,
        col: c.col,
        value,
        formula: c.formula.map(Into::into),
        format,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles><Style ss:ID="Default" ss:Name="Normal"/>
  <Style ss:ID="p"><NumberFormat ss:Format="0.00%"/></Style>
  <Style ss:ID="p2" ss:Parent="p"/></Styles>
 <Names><NamedRange ss:Name="Data" ss:RefersTo="=PK!R1C1:R3C3"/></Names>
 <Worksheet ss:Name="Catatan"><Table><Row><Cell><Data ss:Type="String">Sampul</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
 <Worksheet ss:Name="PK"><Table>
  <Column ss:Width="40"/><Column ss:Index="3" ss:Hidden="1" ss:Span="1"/>
  <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">PENGUKURAN &amp; KINERJA</Data></Cell></Row>
  <Row ss:Index="3"><Cell><Data ss:Type="String">Target</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">Capaian</Data></Cell></Row>
  <Row ss:Hidden="1"><Cell><Data ss:Type="Number">80</Data></Cell><Cell><Data ss:Type="Number">72</Data></Cell>
   <Cell ss:StyleID="p2" ss:Formula="=RC[-1]/RC[-2]"><Data ss:Type="Number">0.9</Data></Cell></Row>
 </Table></Worksheet></Workbook>"#;

    #[test]
    fn reads_sheets_skips_merges_styles_and_formulas() {
        let (sheets, beyond) = read(BOOK.as_bytes()).expect("reads");
        assert_eq!(sheets.len(), 2);
        assert!(sheets[0].hidden);
        let pk = &sheets[1];
        assert_eq!(pk.name, "PK");
        let text = |r, c| pk.get(r, c).map(|c| c.value.text().to_string());
        assert_eq!(text(0, 0).as_deref(), Some("PENGUKURAN & KINERJA"));
        assert_eq!(text(2, 2).as_deref(), Some("Capaian"));
        let pct = pk.get(3, 2).expect("capaian");
        assert_eq!(pct.formula.as_deref(), Some("B4/A4"));
        assert!(pct.format.percent);
        assert_eq!(pct.value, Raw::Number("0.9".parse().expect("decimal")));
        assert_eq!(pk.hidden_rows, vec![3]);
        // the third and fourth columns (`ss:Index="3"` spanning one more)
        assert_eq!(pk.hidden_cols, vec![2, 3]);
        assert_eq!(pk.merged.len(), 1);
        assert_eq!((beyond.formulas, beyond.defined_names), (1, 1));
    }

    #[test]
    fn broken_xml_is_damaged_not_a_panic() {
        let cut = &BOOK[..BOOK.len() / 2];
        let r = read(format!("{cut}</Wrong>").as_bytes());
        assert!(r.is_err());
    }
}
