//! What a file really is, from its first bytes: agencies rename HTML exports, CSVs and PDFs
//! to `.xls`, and a person deserves to hear that instead of "invalid file".

use std::io::Cursor;

/// The container format of a workbook file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xlsx,
    Xls,
    Xlsb,
    Ods,
    /// an HTML page with a table, as web applications export "Excel" (often named `.xls`)
    Html,
    /// Excel 2003's XML Spreadsheet
    #[serde(rename = "spreadsheet_xml")]
    SpreadsheetXml,
    /// a CSV or tab-separated text
    Csv,
}

/// The kind of content found in a file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// zero bytes
    Empty,
    /// a zip container (xlsx, xlsb, ods, but also docx or any zip)
    Zip,
    /// an OLE2 compound file (xls, or an encrypted xlsx)
    Ole,
    /// an HTML page (web applications export tables as HTML named .xls)
    Html,
    /// Excel 2003 XML Spreadsheet
    SpreadsheetXml,
    /// a PDF document
    Pdf,
    /// plain text with separators: a CSV or TSV file
    Csv,
    /// a JSON document (a program's output, such as `rakit check --format json`)
    Json,
    /// a zip that holds no workbook; the text says what it holds (e.g. a Word document)
    ZipNotWorkbook(String),
    /// a zip or OLE file that is cut short or damaged
    Damaged(String),
    /// anything else
    Unknown,
}

/// Looks at the first bytes.
pub fn sniff(bytes: &[u8]) -> Kind {
    if bytes.is_empty() {
        return Kind::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Kind::Zip;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Kind::Ole;
    }
    if bytes.starts_with(b"%PDF") {
        return Kind::Pdf;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let trimmed = trimmed.to_ascii_lowercase();
    if trimmed.starts_with('<') {
        if trimmed.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            return Kind::SpreadsheetXml;
        }
        if trimmed.contains("<html")
            || trimmed.contains("<!doctype html")
            || trimmed.contains("<table")
            || trimmed.contains("<meta")
        {
            return Kind::Html;
        }
    }
    // a JSON document holds separators too, but no table: told by reading it whole
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && serde_json::from_slice::<serde::de::IgnoredAny>(
            bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes),
        )
        .is_ok()
    {
        return Kind::Json;
    }
    let printable = head
        .iter()
        .filter(|b| b.is_ascii_graphic() || b" \t\r\n".contains(b) || **b >= 0x80)
        .count();
    if printable * 100 >= head.len() * 95 {
        let has_sep = head.iter().any(|b| b",;\t".contains(b));
        if has_sep {
            return Kind::Csv;
        }
    }
    Kind::Unknown
}

/// For a zip: which workbook format it holds and how large it is unpacked.
pub fn zip_workbook_format(bytes: &[u8]) -> Result<(Format, u64), Kind> {
    let archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Kind::Damaged(format!("zip: {e}")))?;
    let mut unpacked: u64 = 0;
    let mut format = None;
    let mut word = false;
    let mut powerpoint = false;
    for i in 0..archive.len() {
        let Some(Ok(name)) = archive.name_for_index(i) else {
            continue;
        };
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "xl/workbook.xml" => format = Some(Format::Xlsx),
            "xl/workbook.bin" => format = Some(Format::Xlsb),
            "content.xml" if format.is_none() => format = Some(Format::Ods),
            "word/document.xml" => word = true,
            "ppt/presentation.xml" => powerpoint = true,
            _ => {}
        }
    }
    // declared sizes; calamine inflates what it reads, so a lie here only shortens its read
    let mut archive = archive;
    for i in 0..archive.len() {
        if let Ok(f) = archive.by_index_raw(i) {
            unpacked = unpacked.saturating_add(f.size());
        }
    }
    match format {
        Some(f) => Ok((f, unpacked)),
        None if word => Err(Kind::ZipNotWorkbook("Word".into())),
        None if powerpoint => Err(Kind::ZipNotWorkbook("PowerPoint".into())),
        None => Err(Kind::ZipNotWorkbook(String::new())),
    }
}

/// An xlsx saved with a password is an OLE file holding an `EncryptedPackage` stream.
pub fn ole_is_encrypted_package(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(sniff(b""), Kind::Empty);
        assert_eq!(sniff(b"%PDF-1.4\n..."), Kind::Pdf);
        assert_eq!(sniff(b"<html><body><table>"), Kind::Html);
        assert_eq!(sniff(b"\xef\xbb\xbf  <!DOCTYPE html>"), Kind::Html);
        assert_eq!(sniff(b"No;Indikator;Target\n1;a;2\n"), Kind::Csv);
        assert_eq!(
            sniff(b"{\"files\":[{\"path\":\"a.xlsx\",\"sheets\":[]}]}\n"),
            Kind::Json
        );
        assert_eq!(sniff(b"\xef\xbb\xbf [1, 2]"), Kind::Json);
        // a text led by a bracket that is no JSON document stays a CSV
        assert_eq!(sniff(b"[1] Indikator;Target\n1;2\n"), Kind::Csv);
        assert_eq!(sniff(b"PK\x03\x04rest"), Kind::Zip);
        assert_eq!(sniff(&[0u8, 1, 2, 3, 255, 254]), Kind::Unknown);
    }

    #[test]
    fn truncated_zip_is_damaged() {
        let r = zip_workbook_format(b"PK\x03\x04\x14\x00\x00\x00");
        assert!(matches!(r, Err(Kind::Damaged(_))));
    }
}
