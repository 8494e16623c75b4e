//! Notes on cells as legacy comments: a comments part (the text) and a VML drawing (the
//! yellow boxes), which is what both Excel and LibreOffice show.

use std::collections::{BTreeMap, HashSet};

use quick_xml::events::{BytesStart, Event};

use super::xml::{self, attr, end_local, esc_attr, local, t_element};
use super::WriteError;
use crate::read::{cell_name, parse_cell_name};

/// The author written on rakit's notes.
pub(crate) const AUTHOR: &str = "rakit";

/// A note to put on a cell.
#[derive(Debug, Clone)]
pub(crate) struct Note {
    pub row: u32,
    pub col: u32,
    pub text: String,
}

fn comment_text(prefix: &str, text: &str) -> String {
    let p = prefix;
    format!(
        "<{p}r><{p}rPr><{p}sz val=\"9\"/><{p}color indexed=\"81\"/><{p}rFont val=\"Tahoma\"/><{p}family val=\"2\"/></{p}rPr>{}</{p}r>",
        t_element(p, text)
    )
}

fn comment_xml(prefix: &str, note: &Note, author_id: usize) -> String {
    let p = prefix;
    format!(
        "<{p}comment ref=\"{}\" authorId=\"{author_id}\"><{p}text>{}</{p}text></{p}comment>",
        cell_name(note.row, note.col),
        comment_text(p, &note.text)
    )
}

/// A new comments part.
pub(crate) fn new_comments(notes: &[Note]) -> Vec<u8> {
    let mut sorted: Vec<&Note> = notes.iter().collect();
    sorted.sort_by_key(|n| (n.row, n.col));
    let mut s = String::from(xml::DECL);
    s.push_str(&format!(
        "<comments xmlns=\"{}\"><authors><author>{AUTHOR}</author></authors><commentList>",
        xml::NS_MAIN
    ));
    for n in sorted {
        s.push_str(&comment_xml("", n, 0));
    }
    s.push_str("</commentList></comments>");
    s.into_bytes()
}

/// The cells that already carry a comment in a comments part.
pub(crate) fn commented_cells(bytes: &[u8], part: &str) -> Result<HashSet<(u32, u32)>, WriteError> {
    let mut r = xml::reader(bytes);
    let mut out = HashSet::new();
    loop {
        match r.read_event().map_err(|e| xml::bad(part, e))? {
            Event::Start(e) | Event::Empty(e) if local(&e) == "comment" => {
                if let Some(pos) = attr(&e, "ref").and_then(|r| parse_cell_name(&r)) {
                    out.insert(pos);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Adds notes to an existing comments part: rakit becomes an author if it is not one; a
/// cell that has a comment already gets the note as a new paragraph of it; other notes
/// become new comments in row order.
pub(crate) fn merge_comments(
    bytes: &[u8],
    part: &str,
    notes: &[Note],
) -> Result<Vec<u8>, WriteError> {
    // pass 1: the authors
    let mut authors: Vec<String> = Vec::new();
    {
        let mut r = xml::reader(bytes);
        let mut cur: Option<String> = None;
        loop {
            let ev = r.read_event().map_err(|e| xml::bad(part, e))?;
            match ev {
                Event::Start(ref e) if local(e) == "author" => cur = Some(String::new()),
                Event::Empty(ref e) if local(e) == "author" => authors.push(String::new()),
                Event::End(ref e) if end_local(e) == "author" => {
                    if let Some(a) = cur.take() {
                        authors.push(a);
                    }
                }
                Event::Text(_) | Event::GeneralRef(_) | Event::CData(_) => {
                    if let Some(a) = cur.as_mut() {
                        xml::push_text(a, &ev);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    let (author_id, add_author) = match authors.iter().position(|a| a == AUTHOR) {
        Some(i) => (i, false),
        None => (authors.len(), true),
    };
    struct Merge<'a> {
        pending: BTreeMap<(u32, u32), &'a Note>,
        author_id: usize,
        add_author: bool,
        // the note to append to the comment being copied, and the depth of its <text>
        append: Option<&'a Note>,
        text_depth: Option<usize>,
        saw_list: bool,
    }
    impl Merge<'_> {
        fn rest(&mut self, p: &str) -> String {
            let mut s = String::new();
            for n in std::mem::take(&mut self.pending).values() {
                s.push_str(&comment_xml(p, n, self.author_id));
            }
            s
        }
        fn appended(&mut self, p: &str) -> Option<String> {
            self.append
                .take()
                .map(|n| comment_text(p, &format!("\n{}", n.text)))
        }
    }
    impl xml::Editor for Merge<'_> {
        fn before(&mut self, at: &xml::At<'_>, e: &BytesStart<'_>) -> Option<String> {
            match at.local {
                "comment" => {
                    let pos = attr(e, "ref").and_then(|r| parse_cell_name(&r))?;
                    let before: Vec<(u32, u32)> =
                        self.pending.range(..pos).map(|(k, _)| *k).collect();
                    let mut s = String::new();
                    for k in before {
                        if let Some(n) = self.pending.remove(&k) {
                            s.push_str(&comment_xml(at.prefix, n, self.author_id));
                        }
                    }
                    self.append = self.pending.remove(&pos);
                    (!s.is_empty()).then_some(s)
                }
                // the note goes before the phonetic runs of the comment's text
                "rPh" | "phoneticPr" if self.text_depth.map(|d| d + 1) == Some(at.depth) => {
                    self.appended(at.prefix)
                }
                _ => None,
            }
        }
        fn open(&mut self, at: &xml::At<'_>, _e: &BytesStart<'_>, _empty: bool) -> xml::Open {
            if at.local == "text" && self.append.is_some() {
                self.text_depth = Some(at.depth);
            }
            xml::Open::Keep
        }
        fn close(&mut self, at: &xml::At<'_>) -> Option<String> {
            let p = at.prefix;
            match at.local {
                "authors" if self.add_author => Some(format!("<{p}author>{AUTHOR}</{p}author>")),
                "text" if self.text_depth == Some(at.depth) => {
                    self.text_depth = None;
                    self.appended(p)
                }
                "comment" => {
                    self.append = None;
                    self.text_depth = None;
                    None
                }
                "commentList" => {
                    self.saw_list = true;
                    Some(self.rest(p))
                }
                _ => None,
            }
        }
    }
    let mut merge = Merge {
        pending: notes.iter().map(|n| ((n.row, n.col), n)).collect(),
        author_id,
        add_author,
        append: None,
        text_depth: None,
        saw_list: false,
    };
    let out = xml::edit(bytes, part, notes.len() * 300, &mut merge)?;
    if !merge.saw_list {
        return Err(xml::bad(part, "no commentList"));
    }
    Ok(out)
}

const SHAPETYPE: &str = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

fn shape(id: u32, note: &Note, z: usize) -> String {
    // the box sits to the right of the cell, as Excel places a new note
    let (row, col) = (note.row, note.col);
    let top_row = row.saturating_sub(1);
    let top_off = if row == 0 { 2 } else { 10 };
    format!(
        "<v:shape id=\"_x0000_s{id}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:{}pt;margin-top:{}pt;width:144pt;height:79pt;z-index:{z};visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{}, 15, {top_row}, {top_off}, {}, 15, {}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData></v:shape>",
        (col as f64 + 1.0) * 48.0 + 11.25,
        (top_row as f64) * 15.0 + 1.5,
        col + 1,
        col + 3,
        row + 4,
    )
}

/// A new VML drawing with one note box per note; `block` is its `o:idmap` number (shape
/// ids are `block * 1024 + n`).
pub(crate) fn new_vml(notes: &[Note], block: u32) -> Vec<u8> {
    let mut s = String::from(
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">",
    );
    s.push_str(&format!(
        "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{block}\"/></o:shapelayout>"
    ));
    s.push_str(SHAPETYPE);
    for (i, n) in notes.iter().enumerate() {
        s.push_str(&shape(block * 1024 + 1 + i as u32, n, i + 1));
    }
    s.push_str("</xml>");
    s.into_bytes()
}

/// The `o:idmap` block numbers a VML drawing uses.
pub(crate) fn vml_blocks(bytes: &[u8]) -> Vec<u32> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = Vec::new();
    let mut rest: &str = &text;
    while let Some(i) = rest.find("idmap") {
        rest = &rest[i + 5..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(d) = tag.find("data=") {
            let v = &tag[d + 5..];
            let v = v.trim_start_matches(['"', '\'']);
            for part in v.split(|c: char| c == ',' || c == '"' || c == '\'' || c.is_whitespace()) {
                if part.is_empty() {
                    break;
                }
                if let Ok(n) = part.parse() {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// Appends note boxes to an existing VML drawing. `None` when the drawing does not look like
/// one we can extend safely.
pub(crate) fn merge_vml(bytes: &[u8], notes: &[Note]) -> Option<Vec<u8>> {
    if notes.is_empty() {
        return Some(bytes.to_vec());
    }
    let close = rfind(bytes, b"</xml>")?;
    let text = String::from_utf8_lossy(bytes);
    if !text.contains("urn:schemas-microsoft-com:vml") || !text.contains("xmlns:x=") {
        return None;
    }
    // the next shape id after the largest one used
    let mut max_id = 0u32;
    let mut rest: &str = &text;
    while let Some(i) = rest.find("_x0000_s") {
        rest = &rest[i + 8..];
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        if let Ok(n) = digits.parse::<u32>() {
            max_id = max_id.max(n);
        }
    }
    if max_id == 0 {
        max_id = vml_blocks(bytes).first().copied().unwrap_or(1) * 1024;
    }
    let mut add = String::new();
    if !text.contains("\"_x0000_t202\"") && !text.contains("'_x0000_t202'") {
        add.push_str(SHAPETYPE);
    }
    let z0 = text.matches("<v:shape ").count();
    for (i, n) in notes.iter().enumerate() {
        add.push_str(&shape(max_id + 1 + i as u32, n, z0 + i + 1));
    }
    let mut out = Vec::with_capacity(bytes.len() + add.len());
    out.extend_from_slice(&bytes[..close]);
    out.extend_from_slice(add.as_bytes());
    out.extend_from_slice(&bytes[close..]);
    Some(out)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// The `<legacyDrawing>` element pointing at relationship `rid`.
pub(crate) fn legacy_drawing(prefix: &str, r_prefix: Option<&str>, rid: &str) -> String {
    match r_prefix {
        Some(rp) => format!("<{prefix}legacyDrawing {rp}:id=\"{}\"/>", esc_attr(rid)),
        None => format!(
            "<{prefix}legacyDrawing xmlns:r=\"{}\" r:id=\"{}\"/>",
            xml::NS_R,
            esc_attr(rid)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(r: u32, c: u32, t: &str) -> Note {
        Note {
            row: r,
            col: c,
            text: t.to_string(),
        }
    }

    #[test]
    fn merging_comments() {
        let src = br#"<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Ani</author></authors><commentList><comment ref="B2" authorId="0"><text><t>old</t></text></comment><comment ref="D9" authorId="0"><text><r><t>x</t></r></text></comment></commentList></comments>"#;
        let out = merge_comments(
            src,
            "c",
            &[
                note(0, 0, "first"),
                note(1, 1, "more & more"),
                note(20, 0, "last"),
            ],
        )
        .unwrap();
        let s = String::from_utf8(out).unwrap();
        let a1 = s.find("ref=\"A1\"").unwrap();
        let b2 = s.find("ref=\"B2\"").unwrap();
        let d9 = s.find("ref=\"D9\"").unwrap();
        let a21 = s.find("ref=\"A21\"").unwrap();
        assert!(a1 < b2 && b2 < d9 && d9 < a21, "{s}");
        assert!(s.contains("<author>Ani</author><author>rakit</author>"));
        assert!(s.contains("authorId=\"1\""));
        assert!(s.contains("<t>old</t><r>"), "{s}");
        assert!(s.contains("more &amp; more"));
        assert_eq!(commented_cells(s.as_bytes(), "c").unwrap().len(), 4);
    }

    #[test]
    fn vml() {
        let v = new_vml(&[note(1, 1, "x")], 3);
        assert_eq!(vml_blocks(&v), vec![3]);
        let merged = merge_vml(&v, &[note(5, 2, "y")]).unwrap();
        let s = String::from_utf8(merged).unwrap();
        assert!(
            s.contains("_x0000_s3073") && s.contains("_x0000_s3074"),
            "{s}"
        );
        assert_eq!(s.matches("<v:shapetype").count(), 1);
        assert!(merge_vml(b"<not-vml/>", &[note(0, 0, "z")]).is_none());
    }
}
