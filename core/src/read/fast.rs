//! The common xlsx, read in one pass without calamine's general parser.
//!
//! A sheet's XML is searched for its `<c>` elements (memchr) instead of being parsed event by
//! event; shared strings and styles, small parts, go through quick-xml. The result is exactly
//! what [`super::read_xlsx`] builds from calamine (a test compares both on every sample
//! workbook and on generated edge cases): the same values, formats, formulas and merged
//! ranges. Whatever this reader does not expect (a namespace prefix, a cell without its `r`
//! attribute, an unknown cell type, a part it cannot find) makes it return `None`, and the
//! caller reads the workbook with calamine instead.
//!
//! The rules for values follow calamine 0.38 (`xlsx/cells_reader.rs`, `formats.rs`,
//! `utils.rs`; MIT licence): shared-string text trimmed unless `xml:space="preserve"`,
//! phonetic runs skipped, `_xHHHH_` escapes decoded, numbers with a date format kept as dates.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::sync::Arc;

use memchr::{memchr, memmem};
use quick_xml::events::Event;
use rayon::prelude::*;

use super::scan::{self, attr, tags, unescape};
use super::{decimal_from_f64, Cell, NumFmt, Raw, Sheet};

pub(super) type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// Reads every sheet, or `None` when the package holds anything this reader leaves to
/// calamine.
pub(super) fn read(bytes: &[u8]) -> Option<Vec<Sheet>> {
    let mut zip: Zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let listed = scan::workbook_sheets(&mut zip)?;
    let hidden: Vec<bool> = listed.iter().map(|s| s.hidden).collect();
    let (names, parts): (Vec<String>, Vec<String>) =
        listed.into_iter().map(|s| (s.name, s.part)).unzip();
    if parts.is_empty() || parts.iter().any(|p| !p.contains("/worksheets/")) {
        return None;
    }
    let zip2 = zip.clone();
    let (tables, xmls) = rayon::join(
        move || -> Option<(Vec<Arc<str>>, Styles)> {
            let mut zip = zip;
            let strings = match part_bytes(&mut zip, "xl/sharedStrings.xml") {
                Some(xml) => shared_strings(&xml)?,
                None => Vec::new(),
            };
            let styles = match part_text(&mut zip, "xl/styles.xml") {
                Some(xml) => Styles::read(&xml)?,
                None => Styles::default(),
            };
            Some((strings, styles))
        },
        move || -> Option<Vec<Vec<u8>>> {
            let mut zip = zip2;
            parts
                .iter()
                .map(|part| part_bytes(&mut zip, part))
                .collect::<Option<Vec<_>>>()
        },
    );
    let (strings, styles) = tables?;
    let xmls = xmls?;
    names
        .into_par_iter()
        .zip(xmls.par_iter())
        .zip(hidden)
        .map(|((name, xml), hidden)| {
            let cells = scan_cells(xml, &strings, &styles)?;
            let merged = scan::merged_ranges(xml)?;
            let mut sheet = Sheet::new(name, cells, merged);
            sheet.set_hidden(scan::hidden(xml));
            sheet.hidden = hidden;
            Some(sheet)
        })
        .collect::<Option<Vec<Sheet>>>()
}

/// A part of a zip package (a workbook's XML), read whole.
pub(super) fn part_bytes(zip: &mut Zip, name: &str) -> Option<Vec<u8>> {
    let mut f = zip.by_name(name).ok()?;
    let mut out = Vec::with_capacity(f.size().min(1 << 30) as usize);
    f.read_to_end(&mut out).ok()?;
    Some(out)
}

fn part_text(zip: &mut Zip, name: &str) -> Option<String> {
    String::from_utf8(part_bytes(zip, name)?).ok()
}

/// What a cell style (`s`) tells: its number format and whether it shows a date.
#[derive(Default)]
struct Styles {
    formats: Vec<(NumFmt, bool)>,
}

impl Styles {
    fn read(xml: &str) -> Option<Styles> {
        let mut custom: HashMap<String, String> = HashMap::new();
        if let Some(at) = xml.find("<numFmts") {
            let end = xml[at..].find("</numFmts>").map_or(xml.len(), |e| at + e);
            for tag in tags(&xml[at..end], "<numFmt ") {
                if let (Some(id), Some(code)) = (attr(tag, "numFmtId"), attr(tag, "formatCode")) {
                    custom.insert(id, decode_attr(&code)?);
                }
            }
        }
        let mut formats = Vec::new();
        if let Some(at) = xml.find("<cellXfs") {
            let end = xml[at..].find("</cellXfs>").map_or(xml.len(), |e| at + e);
            for tag in tags(&xml[at..end], "<xf") {
                if !tag[3..].starts_with([' ', '>', '/', '\t', '\n', '\r']) {
                    continue;
                }
                let Some(id) = attr(tag, "numFmtId") else {
                    formats.push((NumFmt::default(), false));
                    continue;
                };
                let code = custom.get(&id).map(String::as_str);
                let is_date = match code {
                    Some(c) => custom_code_is_date(c),
                    None => builtin_is_date(&id),
                };
                let num = match id.parse::<u32>() {
                    Ok(n) => {
                        let code = code.or_else(|| builtin_code(n)).unwrap_or("General");
                        let f = NumFmt::from_code(code);
                        if f.code.is_none() {
                            NumFmt::from_builtin_id(n).unwrap_or_default()
                        } else {
                            f
                        }
                    }
                    Err(_) => NumFmt::default(),
                };
                formats.push((num, is_date));
            }
            if xml[at..end].contains("<x:xf") {
                return None;
            }
        }
        Some(Styles { formats })
    }
}

/// An attribute value with its XML escapes decoded.
fn decode_attr(raw: &str) -> Option<String> {
    if !raw.contains('&') {
        return Some(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    push_unescaped(raw, &mut out)?;
    Some(out)
}

/// Appends `text` with `&...;` references resolved; `None` for an unknown entity.
fn push_unescaped(text: &str, out: &mut String) -> Option<()> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';')? + amp;
        let name = &rest[amp + 1..semi];
        match quick_xml::escape::resolve_xml_entity(name) {
            Some(s) => out.push_str(s),
            None => {
                let code = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    name.strip_prefix('#')?.parse::<u32>().ok()?
                };
                out.push(char::from_u32(code)?);
            }
        }
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    Some(())
}

/// calamine's `builtin_format_code_by_id`.
fn builtin_code(id: u32) -> Option<&'static str> {
    Some(match id {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "mm-dd-yy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yy h:mm",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        41 => "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
        42 => "_($* #,##0_);_($* (#,##0);_($* \"-\"_);_(@_)",
        43 => "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)",
        44 => "_($* #,##0.00_);_($* (#,##0.00);_($* \"-\"??_);_(@_)",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => return None,
    })
}

/// calamine's `builtin_format_by_id`: the built-in formats that show dates or times.
fn builtin_is_date(id: &str) -> bool {
    matches!(
        id,
        "14" | "15"
            | "16"
            | "17"
            | "18"
            | "19"
            | "20"
            | "21"
            | "22"
            | "45"
            | "46"
            | "47"
            | "27"
            | "28"
            | "29"
            | "30"
            | "31"
            | "32"
            | "33"
            | "34"
            | "35"
            | "36"
            | "50"
            | "51"
            | "52"
            | "53"
            | "54"
            | "55"
            | "56"
            | "57"
            | "58"
    )
}

/// calamine's `detect_custom_number_format`, answering "date or time?".
fn custom_code_is_date(format: &str) -> bool {
    let mut escaped = false;
    let mut is_quote = false;
    let mut brackets = 0u8;
    let mut prev = ' ';
    let mut hms = false;
    let mut ap = false;
    for s in format.chars() {
        match (s, escaped, is_quote, ap, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, _, _) => is_quote = false,
            (_, _, true, _, _) => (),
            ('"', _, _, _, _) => is_quote = true,
            (';', ..) => return false,
            ('[', ..) => brackets += 1,
            (']', .., 1) if hms => return true,
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => ap = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return true,
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return true
            }
            _ => {
                if hms && s.eq_ignore_ascii_case(&prev) {
                } else {
                    hms = prev == '[' && matches!(s, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        prev = s;
    }
    false
}

/// The shared-string table, each entry read as calamine reads an `<si>`. An entry written
/// the plain way, `<si><t>text</t></si>` (or `<t xml:space="preserve">`) with no entity,
/// carriage return or markup in the text, is sliced straight out of the XML; any other entry
/// is read by [`rich_string`], and a table with comments, CDATA, prefixes or attributes on
/// `<si>` is read by it whole.
fn shared_strings(xml: &[u8]) -> Option<Vec<Arc<str>>> {
    let plain_table = [&b"<!--"[..], b"<![CDATA[", b"<si ", b":si>", b":si "]
        .iter()
        .all(|p| memmem::find(xml, p).is_none());
    if !plain_table {
        return shared_strings_xml(xml);
    }
    let si = memmem::Finder::new(b"<si>");
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(found) = si.find(&xml[pos..]) {
        let at = pos + found;
        if let Some((text, end)) = plain_entry(xml, at + 4) {
            out.push(text);
            pos = end;
        } else {
            // from the `<si>` itself: quick-xml refuses an end tag it has not seen open
            let mut reader = xml_reader(&xml[at..]);
            match reader.read_event().ok()? {
                Event::Start(e) if e.local_name().as_ref() == "si" => {}
                _ => return None,
            }
            out.push(rich_string(&mut reader, "si")?.unwrap_or_default().into());
            pos = at + usize::try_from(reader.buffer_position()).ok()?;
        }
    }
    Some(out)
}

/// `<t>text</t></si>` from `at`: the text as [`rich_string`] reads it and where the entry
/// ends; `None` for any other shape.
fn plain_entry(xml: &[u8], at: usize) -> Option<(Arc<str>, usize)> {
    let rest = xml.get(at..)?;
    let (preserve, open) = if rest.starts_with(b"<t>") {
        (false, 3)
    } else if rest.starts_with(b"<t xml:space=\"preserve\">") {
        (true, 24)
    } else {
        return None;
    };
    let text_start = at + open;
    let lt = memchr(b'<', xml.get(text_start..)?)? + text_start;
    if !xml.get(lt..)?.starts_with(b"</t></si>") {
        return None;
    }
    let raw = xml.get(text_start..lt)?;
    if memchr::memchr2(b'&', b'\r', raw).is_some() || raw.contains(&b'>') {
        return None;
    }
    let text = std::str::from_utf8(raw).ok()?;
    let text = if preserve {
        unescape_excel(text)
    } else {
        unescape_excel(text.trim_matches([' ', '\t', '\r', '\n']))
    };
    Some((Arc::from(&*text), lt + 9))
}

/// The shared-string table read event by event.
fn shared_strings_xml(xml: &[u8]) -> Option<Vec<Arc<str>>> {
    let mut reader = xml_reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "si" => {
                out.push(rich_string(&mut reader, "si")?.unwrap_or_default().into());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

fn xml_reader(xml: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// calamine's `read_string_with_bufs`: the text of an `<si>` or `<is>`, runs joined,
/// phonetic runs left out. `Ok(None)` never happens for a well-formed element (an empty one
/// is an empty string), so `None` means "refuse".
fn rich_string(reader: &mut quick_xml::Reader<&[u8]>, closing: &str) -> Option<Option<String>> {
    let mut rich: Option<String> = None;
    let mut phonetic = false;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "r" && rich.is_none() => {
                rich = Some(String::new());
            }
            Event::Start(e) if e.local_name().as_ref() == "rPh" => phonetic = true,
            Event::End(e) if e.name().as_ref() == closing => {
                return Some(Some(rich.unwrap_or_default()));
            }
            Event::End(e) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Event::Start(e) if e.local_name().as_ref() == "t" && !phonetic => {
                let preserve = matches!(
                    e.try_get_attribute("xml:space").ok()?,
                    Some(a) if a.value.as_ref() == "preserve"
                );
                let mut value = String::new();
                loop {
                    match reader.read_event().ok()? {
                        Event::Text(t) => value.push_str(&t.xml10_content()),
                        Event::CData(t) => value.push_str(&t.xml10_content()),
                        Event::GeneralRef(r) => {
                            let name: &str = r.as_ref();
                            match quick_xml::escape::resolve_xml_entity(name) {
                                Some(s) => value.push_str(s),
                                None => value.push(r.resolve_char_ref().ok()??),
                            }
                        }
                        Event::End(end) if end.name() == e.name() => break,
                        Event::Eof => return None,
                        _ => {}
                    }
                }
                let value = if preserve {
                    unescape_excel(&value).into_owned()
                } else {
                    unescape_excel(value.trim_matches([' ', '\t', '\r', '\n'])).into_owned()
                };
                match &mut rich {
                    Some(s) => s.push_str(&value),
                    None => rich = Some(value),
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// calamine's `unescape_xml`: Excel's `_xHHHH_` escapes (UTF-16 code units).
fn unescape_excel(original: &str) -> Cow<'_, str> {
    let Some((mut index, mut unit)) = find_escape(original, 0) else {
        return Cow::Borrowed(original);
    };
    let mut out = String::with_capacity(original.len());
    let mut copied = 0;
    loop {
        out.push_str(&original[copied..index]);
        index += 7;
        match unit {
            0xD800..=0xDBFF => match parse_escape(original, index) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let cp =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
                    index += 7;
                }
                _ => out.push(char::REPLACEMENT_CHARACTER),
            },
            0xDC00..=0xDFFF => out.push(char::REPLACEMENT_CHARACTER),
            _ => out.push(char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
        copied = index;
        match find_escape(original, index) {
            Some(next) => (index, unit) = next,
            None => break,
        }
    }
    out.push_str(&original[copied..]);
    Cow::Owned(out)
}

fn find_escape(original: &str, mut start: usize) -> Option<(usize, u16)> {
    while let Some(offset) = original[start..].find('_') {
        let index = start + offset;
        if let Some(unit) = parse_escape(original, index) {
            return Some((index, unit));
        }
        start = index + 1;
    }
    None
}

fn parse_escape(original: &str, index: usize) -> Option<u16> {
    let b = original.as_bytes().get(index..index + 7)?;
    if b[0] != b'_' || b[1] != b'x' || b[6] != b'_' || !b[2..6].iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u16::from_str_radix(std::str::from_utf8(&b[2..6]).ok()?, 16).ok()
}

/// `A1` → zero-based (row, col), letters and digits only.
fn cell_ref(r: &[u8]) -> Option<(u32, u32)> {
    let split = r.iter().position(u8::is_ascii_digit)?;
    if split == 0 || split > 3 {
        return None;
    }
    let mut col: u32 = 0;
    for &b in &r[..split] {
        if !b.is_ascii_uppercase() {
            return None;
        }
        col = col * 26 + u32::from(b - b'A') + 1;
    }
    let mut row: u32 = 0;
    for &b in &r[split..] {
        if !b.is_ascii_digit() {
            return None;
        }
        row = row.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    (row > 0).then(|| (row - 1, col - 1))
}

/// The attributes of a start tag (`<c r="A1" s="3" t="s">` without `<c` and `>`), handed to
/// `each` one by one; `None` for a tag that is not well formed.
fn attributes<'a>(mut tag: &'a [u8], mut each: impl FnMut(&'a [u8], &'a [u8])) -> Option<()> {
    loop {
        while let Some((b' ' | b'\t' | b'\r' | b'\n', rest)) = tag.split_first() {
            tag = rest;
        }
        if tag.is_empty() || tag == b"/" {
            return Some(());
        }
        let eq = memchr(b'=', tag)?;
        let name = &tag[..eq];
        let quote = *tag.get(eq + 1)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let close = memchr(quote, &tag[eq + 2..])? + eq + 2;
        each(name, &tag[eq + 2..close]);
        tag = &tag[close + 1..];
    }
}

/// Every non-empty cell of a sheet, in the order of the file.
fn scan_cells(xml: &[u8], strings: &[Arc<str>], styles: &Styles) -> Option<Vec<Cell>> {
    // every worksheet has its sheetData; not finding it means a namespace prefix
    // (`<x:sheetData>`), left to calamine like any prefix in the data (`<x:c>`)
    let start = memmem::find(xml, b"<sheetData")?;
    let end = memmem::find(&xml[start..], b"</sheetData>").map_or(start, |e| start + e);
    let data = &xml[start..end];
    if [&b"<x:"[..], b":c ", b":row"]
        .iter()
        .any(|p| memmem::find(data, p).is_some())
    {
        return None;
    }
    // a large sheet is cut at row boundaries and its parts scanned side by side
    let parts = row_parts(data, if data.len() > (1 << 20) { 8 } else { 1 });
    if let [whole] = parts[..] {
        // one part (a sheet under 1 MiB of XML): its cells as they are, not copied again
        return scan_part(whole, strings, styles);
    }
    let scanned: Vec<Vec<Cell>> = parts
        .into_par_iter()
        .map(|part| scan_part(part, strings, styles))
        .collect::<Option<_>>()?;
    // the first part grows to hold the others, each freed once copied: the cells are not
    // held twice over
    let total: usize = scanned.iter().map(Vec::len).sum();
    let mut parts = scanned.into_iter();
    let mut cells = parts.next().unwrap_or_default();
    cells.reserve_exact(total - cells.len());
    for part in parts {
        cells.extend(part);
    }
    Some(cells)
}

/// `data` cut into about `n` pieces, each beginning at a `<row`.
fn row_parts(data: &[u8], n: usize) -> Vec<&[u8]> {
    let mut parts = Vec::with_capacity(n);
    let mut from = 0;
    for k in 1..n {
        let target = (data.len() * k / n).max(from);
        let Some(at) = memmem::find(&data[target..], b"<row").map(|i| target + i) else {
            break;
        };
        parts.push(&data[from..at]);
        from = at;
    }
    parts.push(&data[from..]);
    parts
}

/// The cells of a run of whole rows.
fn scan_part(data: &[u8], strings: &[Arc<str>], styles: &Styles) -> Option<Vec<Cell>> {
    let finder = memmem::Finder::new(b"<c");
    // room for every `<c` the part holds, counted first: growing the vector while cells
    // come in would copy them again and again
    let mut cells = Vec::with_capacity(finder.find_iter(data).count());
    let close_c = memmem::Finder::new(b"</c>");
    let mut pos = 0;
    while let Some(found) = finder.find(&data[pos..]) {
        let at = pos + found;
        let next = *data.get(at + 2)?;
        if !(next == b' ' || next == b'/' || next == b'>' || next == b'\t' || next == b'\n') {
            pos = at + 2;
            continue;
        }
        let tag_end = memchr(b'>', &data[at..])? + at;
        let self_closing = data[tag_end - 1] == b'/';
        let mut r = None;
        let mut s = None;
        let mut t = None;
        attributes(&data[at + 2..tag_end], |name, value| match name {
            b"r" => r = Some(value),
            b"s" => s = Some(value),
            b"t" => t = Some(value),
            _ => {}
        })?;
        let (row, col) = cell_ref(r?)?;
        if self_closing {
            pos = tag_end + 1;
            continue;
        }
        let body_end = close_c.find(&data[tag_end..])? + tag_end;
        let body = &data[tag_end + 1..body_end];
        pos = body_end + 4;
        let (value, formula) = cell_body(body, s, t, strings, styles)?;
        // a formula stored without its result stays, to be computed ([`super::compute`]), and
        // one whose result is an empty text (`=IFERROR(…,"")`) stays with it: a cell that
        // holds a formula is never taken for an empty one (a fix would write over it)
        if value.is_empty() && formula.is_none() {
            continue;
        }
        let style_id = s.and_then(|s| std::str::from_utf8(s).ok()?.parse::<usize>().ok());
        let format = match style_id {
            None | Some(0) => NumFmt::default(),
            Some(id) => styles
                .formats
                .get(id)
                .map(|f| f.0.clone())
                .unwrap_or_default(),
        };
        cells.push(Cell {
            row,
            col,
            value,
            formula: formula.map(Arc::from),
            format,
        });
    }
    Some(cells)
}

/// The value and formula inside `<c>…</c>`: children are `<f>`, `<v>` and `<is>`; as in
/// calamine, the last child decides the value (`<f>` gives none).
fn cell_body(
    body: &[u8],
    s: Option<&[u8]>,
    t: Option<&[u8]>,
    strings: &[Arc<str>],
    styles: &Styles,
) -> Option<(Raw, Option<String>)> {
    let mut value = Raw::Empty;
    let mut formula = None;
    let mut rest = body;
    while let Some(lt) = memchr(b'<', rest) {
        let after = &rest[lt + 1..];
        let name_len = after
            .iter()
            .position(|b| matches!(b, b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'))?;
        if name_len == 0 {
            return None;
        }
        let name = &after[..name_len];
        let tag_end = memchr(b'>', after)?;
        let self_closing = after[tag_end - 1] == b'/';
        let content_start = tag_end + 1;
        let (content, next) = if self_closing {
            (&after[..0], &after[content_start..])
        } else {
            let close: &[u8] = match name {
                b"v" => b"</v>",
                b"f" => b"</f>",
                b"is" => b"</is>",
                _ => return None,
            };
            let c = memmem::find(&after[content_start..], close)? + content_start;
            (&after[content_start..c], &after[c + close.len()..])
        };
        match name {
            b"f" => {
                let f_tag = std::str::from_utf8(&rest[lt..lt + 1 + tag_end + 1]).ok()?;
                formula = Some(if self_closing {
                    super::scan::shared_mark(f_tag, None)
                } else {
                    super::scan::shared_mark(
                        f_tag,
                        Some(unescape(std::str::from_utf8(content).ok()?)),
                    )
                });
                value = Raw::Empty;
            }
            b"v" => value = v_value(content, s, t, strings, styles)?,
            b"is" => {
                let mut whole = Vec::with_capacity(content.len() + 9);
                whole.extend_from_slice(b"<is>");
                whole.extend_from_slice(content);
                whole.extend_from_slice(b"</is>");
                let mut reader = xml_reader(&whole);
                // step over the opening `<is>`
                match reader.read_event().ok()? {
                    Event::Start(_) => {}
                    _ => return None,
                }
                value = match rich_string(&mut reader, "is")? {
                    Some(s) => Raw::Text(s.into()),
                    None => Raw::Empty,
                };
            }
            _ => return None,
        }
        rest = next;
    }
    Some((value, formula))
}

/// calamine's `read_v`, for the value of a `<v>`.
fn v_value(
    content: &[u8],
    s: Option<&[u8]>,
    t: Option<&[u8]>,
    strings: &[Arc<str>],
    styles: &Styles,
) -> Option<Raw> {
    let text = std::str::from_utf8(content).ok()?;
    Some(match t {
        Some(b"inlineStr") | Some(b"is") => Raw::Empty,
        Some(b"n") | Some(b"s") | Some(b"b") | Some(b"e") | None => {
            if text.contains('&') || text.contains('\r') {
                return None;
            }
            match t {
                Some(b"s") => {
                    if text.is_empty() {
                        return Some(Raw::Empty);
                    }
                    let idx = text.parse::<usize>().unwrap_or(0);
                    Raw::Text(strings.get(idx)?.clone())
                }
                Some(b"b") => match text.trim() {
                    "" => Raw::Empty,
                    "1" | "true" => Raw::Bool(true),
                    "0" | "false" => Raw::Bool(false),
                    _ => return None,
                },
                Some(b"e") if super::EXCEL_ERRORS.contains(&text) => Raw::Error(text.into()),
                Some(b"e") => return None,
                _ => {
                    if text.is_empty() {
                        return Some(Raw::Empty);
                    }
                    match text.parse::<f64>() {
                        Ok(f) => number(f, s, styles),
                        Err(_) if t.is_none() => Raw::Text(text.into()),
                        Err(_) => return None,
                    }
                }
            }
        }
        Some(other) => {
            if text.contains('\r') {
                return None;
            }
            let mut value = String::with_capacity(text.len());
            push_unescaped(text, &mut value)?;
            match other {
                b"d" => Raw::Date(value.into()),
                b"str" => Raw::Text(unescape_excel(&value).into()),
                _ => return None,
            }
        }
    })
}

fn number(f: f64, s: Option<&[u8]>, styles: &Styles) -> Raw {
    let is_date = match s {
        Some(s) => {
            let id = std::str::from_utf8(s)
                .ok()
                .and_then(|s| s.parse::<usize>().ok())
                .unwrap_or(0);
            styles.formats.get(id).is_some_and(|f| f.1)
        }
        None => false,
    };
    if is_date {
        return Raw::Date(f.to_string().into());
    }
    match decimal_from_f64(f) {
        Some(d) => Raw::Number(d),
        None => Raw::Error(f.to_string().into()),
    }
}
