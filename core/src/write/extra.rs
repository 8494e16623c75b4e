//! The worksheet part of a sheet rakit adds to a patched package.

use super::styles::ExtraXfs;
use super::xml::{self, esc_attr, esc_text, t_element};
use super::{number_text, Cached, ExtraSheet, OutCell};
use crate::formula::quote_sheet;
use crate::read::{cell_name, col_name};

/// Excel's stored column width for a width in characters of the default font
/// (7 pixels a digit, 5 pixels of padding), as Excel itself rounds it.
pub(crate) fn stored_width(chars: f64) -> f64 {
    let w = chars.clamp(0.0, 255.0);
    ((w * 7.0 + 5.0) / 7.0 * 256.0).trunc() / 256.0
}

/// The reference a link cell points at: `'PK 2014'!G12`.
pub(crate) fn link_location(sheet: &str, cell: &str) -> String {
    let cell = cell.trim().trim_start_matches('=');
    format!("{}!{}", quote_sheet(sheet), cell)
}

/// The XML of an added worksheet.
pub(crate) fn sheet_xml(sheet: &ExtraSheet, xfs: ExtraXfs) -> String {
    let mut s = String::with_capacity(512 + sheet.rows.len() * 128);
    s.push_str(xml::DECL);
    s.push_str(&format!(
        "<worksheet xmlns=\"{}\" xmlns:r=\"{}\">",
        xml::NS_MAIN,
        xml::NS_R
    ));
    if sheet.landscape_fit {
        s.push_str("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    }
    // dimension: the used area
    let last_row = sheet
        .rows
        .iter()
        .rposition(|r| r.iter().any(|c| !matches!(c, OutCell::Empty)));
    let last_col = sheet
        .rows
        .iter()
        .filter_map(|r| r.iter().rposition(|c| !matches!(c, OutCell::Empty)))
        .max();
    match (last_row, last_col) {
        (Some(r), Some(c)) if r > 0 || c > 0 => s.push_str(&format!(
            "<dimension ref=\"A1:{}\"/>",
            cell_name(r as u32, c as u32)
        )),
        _ => s.push_str("<dimension ref=\"A1\"/>"),
    }
    s.push_str("<sheetViews><sheetView workbookViewId=\"0\">");
    if sheet.header_rows > 0 {
        let n = sheet.header_rows;
        s.push_str(&format!(
            "<pane ySplit=\"{n}\" topLeftCell=\"A{}\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>",
            n + 1
        ));
    }
    s.push_str("</sheetView></sheetViews>");
    s.push_str("<sheetFormatPr defaultRowHeight=\"15\"/>");
    let widths: Vec<(usize, f64)> = sheet
        .widths
        .iter()
        .enumerate()
        .filter(|(_, w)| w.is_finite() && **w > 0.0)
        .map(|(i, w)| (i, *w))
        .collect();
    if !widths.is_empty() {
        s.push_str("<cols>");
        for (i, w) in widths {
            s.push_str(&format!(
                "<col min=\"{0}\" max=\"{0}\" width=\"{1}\" customWidth=\"1\"/>",
                i + 1,
                stored_width(w)
            ));
        }
        s.push_str("</cols>");
    }
    let mut links: Vec<String> = Vec::new();
    s.push_str("<sheetData>");
    for (r, row) in sheet.rows.iter().enumerate() {
        if row.iter().all(|c| matches!(c, OutCell::Empty)) {
            continue;
        }
        let r = r as u32;
        let header = r < sheet.header_rows;
        s.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let c = c as u32;
            let name = format!("{}{}", col_name(c), r + 1);
            let col_style = sheet
                .col_styles
                .get(c as usize)
                .copied()
                .unwrap_or_default();
            let style = match (header, xfs.of(col_style)) {
                (true, _) => format!(" s=\"{}\"", xfs.bold),
                (false, Some(x)) => format!(" s=\"{x}\""),
                (false, None) => String::new(),
            };
            match cell {
                OutCell::Empty => {}
                OutCell::Text(t) => s.push_str(&format!(
                    "<c r=\"{name}\"{style} t=\"inlineStr\"><is>{}</is></c>",
                    t_element("", super::clip_text(t))
                )),
                OutCell::Number(d) => s.push_str(&format!(
                    "<c r=\"{name}\"{style}><v>{}</v></c>",
                    number_text(d)
                )),
                OutCell::Formula { formula, cached } => {
                    let f = esc_text(formula.trim_start_matches('='));
                    match cached {
                        Cached::Number(d) => s.push_str(&format!(
                            "<c r=\"{name}\"{style}><f>{f}</f><v>{}</v></c>",
                            number_text(d)
                        )),
                        Cached::Text(t) => s.push_str(&format!(
                            "<c r=\"{name}\"{style} t=\"str\"><f>{f}</f><v>{}</v></c>",
                            esc_text(t)
                        )),
                        Cached::Empty => {
                            s.push_str(&format!("<c r=\"{name}\"{style}><f>{f}</f></c>"))
                        }
                    }
                }
                OutCell::Link {
                    text,
                    sheet: target,
                    cell: target_cell,
                } => {
                    let style = if header { xfs.bold } else { xfs.link };
                    s.push_str(&format!(
                        "<c r=\"{name}\" s=\"{style}\" t=\"inlineStr\"><is>{}</is></c>",
                        t_element("", text)
                    ));
                    links.push(format!(
                        "<hyperlink ref=\"{name}\" location=\"{}\" display=\"{}\"/>",
                        esc_attr(&link_location(target, target_cell)),
                        esc_attr(text)
                    ));
                }
            }
        }
        s.push_str("</row>");
    }
    s.push_str("</sheetData>");
    if let Some((r, c)) = sheet.filter_rows() {
        s.push_str(&format!(
            "<autoFilter ref=\"A{}:{}\"/>",
            sheet.header_rows,
            cell_name(r as u32, c as u32)
        ));
    }
    if !links.is_empty() {
        s.push_str("<hyperlinks>");
        for l in links {
            s.push_str(&l);
        }
        s.push_str("</hyperlinks>");
    }
    s.push_str("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
    if sheet.landscape_fit {
        s.push_str(
            "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>",
        );
    }
    s.push_str("</worksheet>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::ColStyle;
    use rust_decimal::Decimal;

    #[test]
    fn widths_like_excel() {
        assert_eq!(stored_width(20.0), 20.7109375);
        assert_eq!(stored_width(8.43), 9.140625);
    }

    #[test]
    fn sheet() {
        let sh = ExtraSheet {
            replaces: false,
            col_styles: vec![ColStyle::Plain, ColStyle::Wrap, ColStyle::Decimal2],
            autofilter: true,
            landscape_fit: true,
            name: "Temuan".into(),
            widths: vec![10.0, 0.0, 30.0],
            header_rows: 1,
            rows: vec![
                vec![OutCell::Text("No".into()), OutCell::Text("Sel".into())],
                vec![
                    OutCell::Number(Decimal::new(1, 0)),
                    OutCell::Link {
                        text: "G12".into(),
                        sheet: "PK 2014".into(),
                        cell: "G12".into(),
                    },
                    OutCell::Formula {
                        formula: "=A2*2".into(),
                        cached: Cached::Number(Decimal::new(2, 0)),
                    },
                ],
            ],
        };
        let x = sheet_xml(
            &sh,
            ExtraXfs {
                bold: 7,
                link: 8,
                wrap: 9,
                decimal2: 10,
            },
        );
        assert!(x.contains("<dimension ref=\"A1:C2\"/>"));
        assert!(x.contains("<c r=\"A1\" s=\"7\" t=\"inlineStr\"><is><t>No</t></is></c>"));
        assert!(x.contains("location=\"'PK 2014'!G12\""));
        assert!(x.contains("<col min=\"3\" max=\"3\""));
        assert!(!x.contains("<col min=\"2\""));
        assert!(x.contains("ySplit=\"1\" topLeftCell=\"A2\""));
        assert!(x.contains("<autoFilter ref=\"A1:C2\"/>"));
        assert!(x.contains("<pageSetUpPr fitToPage=\"1\"/>"));
        assert!(x.contains("orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\""));
        // data cells take their column's style, the header stays bold
        assert!(x.contains("<c r=\"C2\" s=\"10\"><f>A2*2</f>"));
        assert!(x.contains("<c r=\"B1\" s=\"7\""));
    }
}
