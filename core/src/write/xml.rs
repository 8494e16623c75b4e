//! The one streaming rewriter of package parts ([`edit`] with an [`Editor`]: relationships,
//! content types, workbook, styles, sheets, comments) and small helpers around quick-xml:
//! reading attributes, writing escaped text, building start tags whose untouched attributes
//! keep their raw text.

use std::borrow::Cow;
use std::fmt::Display;

use quick_xml::events::{BytesEnd, BytesRef, BytesStart, Event};
use quick_xml::{Reader, Writer};

use super::WriteError;

pub(crate) const NS_MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
pub(crate) const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(crate) const NS_PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
pub(crate) const REL_BASE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

pub(crate) const CT_WORKSHEET: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
pub(crate) const CT_COMMENTS: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
pub(crate) const CT_VML: &str = "application/vnd.openxmlformats-officedocument.vmlDrawing";
pub(crate) const CT_STYLES: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/// The XML declaration every new part starts with.
pub(crate) const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A reader over a whole part held in memory; lenient where Excel is lenient.
pub(crate) fn reader(bytes: &[u8]) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(bytes);
    let cfg = r.config_mut();
    cfg.trim_text(false);
    cfg.expand_empty_elements = false;
    cfg.check_end_names = true;
    r
}

pub(crate) fn writer(capacity: usize) -> Writer<Vec<u8>> {
    Writer::new(Vec::with_capacity(capacity))
}

/// An error in a part of the package.
pub(crate) fn bad(part: &str, e: impl Display) -> WriteError {
    WriteError::Package(format!("{part}: {e}"))
}

/// Writes one event through, mapping the I/O error.
pub(crate) fn put(w: &mut Writer<Vec<u8>>, ev: Event<'_>) -> Result<(), WriteError> {
    w.write_event(ev).map_err(WriteError::Io)
}

/// Where the rewriter is: the element's local name and namespace prefix with its colon
/// (`""` or `"x:"`), its depth (the root is 0), and the root element's prefix, which new
/// markup should use.
pub(crate) struct At<'a> {
    pub local: &'a str,
    pub own: &'a str,
    pub depth: usize,
    pub prefix: &'a str,
}

/// What to do with a start (or empty) tag.
pub(crate) enum Open {
    /// copy it as it is
    Keep,
    /// skip it and everything inside it
    Drop,
    /// write this start tag instead (an empty element stays empty unless
    /// [`Editor::close`] gives it content)
    Retag(Tag),
    /// write this markup instead of the whole element, its content included
    Replace(String),
}

/// The edits of one streaming pass over a part (see [`edit`]). Every event the editor does
/// not act on is copied as it is.
pub(crate) trait Editor {
    /// Markup to place before this start (or empty) tag.
    fn before(&mut self, _at: &At<'_>, _e: &BytesStart<'_>) -> Option<String> {
        None
    }
    /// What to do with this start (or empty) tag.
    fn open(&mut self, _at: &At<'_>, _e: &BytesStart<'_>, _empty: bool) -> Open {
        Open::Keep
    }
    /// Markup to place just before the element's end tag. An empty element that gets some
    /// is opened and closed around it.
    fn close(&mut self, _at: &At<'_>) -> Option<String> {
        None
    }
}

/// One streaming pass over a part with an [`Editor`]: the one loop behind every rewrite of
/// a package part (relationships, content types, workbook, comments).
pub(crate) fn edit(
    bytes: &[u8],
    part: &str,
    extra: usize,
    ed: &mut impl Editor,
) -> Result<Vec<u8>, WriteError> {
    let mut r = reader(bytes);
    let mut w = writer(bytes.len() + extra);
    let mut skipping = 0usize;
    let mut depth = 0usize;
    let mut root_prefix = String::new();
    loop {
        let ev = r.read_event().map_err(|e| bad(part, e))?;
        if skipping > 0 {
            match ev {
                Event::Start(_) => skipping += 1,
                Event::End(_) => skipping -= 1,
                Event::Eof => return Err(bad(part, "unexpected end of the part")),
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let own = prefix_of(e);
                if depth == 0 {
                    root_prefix = own.clone();
                }
                let at = At {
                    local: local(e),
                    own: &own,
                    depth,
                    prefix: &root_prefix,
                };
                if let Some(m) = ed.before(&at, e) {
                    raw(&mut w, &m);
                }
                let tag = match ed.open(&at, e, empty) {
                    Open::Drop => {
                        if !empty {
                            skipping = 1;
                        }
                        continue;
                    }
                    Open::Replace(markup) => {
                        raw(&mut w, &markup);
                        if !empty {
                            skipping = 1;
                        }
                        continue;
                    }
                    Open::Keep => None,
                    Open::Retag(t) => Some(t),
                };
                if empty {
                    match ed.close(&at) {
                        Some(inner) => {
                            let t = tag.unwrap_or_else(|| Tag::from(e));
                            raw(&mut w, &t.start());
                            raw(&mut w, &inner);
                            raw(&mut w, &format!("</{}>", t.name));
                        }
                        None => match tag {
                            Some(t) => raw(&mut w, &t.empty()),
                            None => put(&mut w, ev)?,
                        },
                    }
                } else {
                    match tag {
                        Some(t) => raw(&mut w, &t.start()),
                        None => put(&mut w, ev)?,
                    }
                    depth += 1;
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                let qname = e.name().into_inner();
                let own = match qname.find(':') {
                    Some(i) => &qname[..=i],
                    None => "",
                };
                let at = At {
                    local: end_local(e),
                    own,
                    depth,
                    prefix: &root_prefix,
                };
                if let Some(inner) = ed.close(&at) {
                    raw(&mut w, &inner);
                }
                put(&mut w, ev)?;
            }
            Event::Eof => break,
            ev => put(&mut w, ev)?,
        }
    }
    if depth != 0 {
        return Err(bad(part, "the part ends before its last element is closed"));
    }
    Ok(w.into_inner())
}

/// A pass that copies every event except the elements `drop` names (skipped with
/// everything inside them), and places markup from `append` just before the closing tag of
/// each element it answers for (given the element's local name and its own namespace prefix
/// with the colon, `""` or `"x:"`). An empty element (`<Relationships/>`) is opened and
/// closed around what `append` gives it.
pub(crate) fn rewrite(
    bytes: &[u8],
    part: &str,
    extra: usize,
    drop: impl FnMut(&BytesStart<'_>) -> bool,
    append: impl FnMut(&str, &str) -> Option<String>,
) -> Result<Vec<u8>, WriteError> {
    struct DropAppend<D, A> {
        drop: D,
        append: A,
    }
    impl<D, A> Editor for DropAppend<D, A>
    where
        D: FnMut(&BytesStart<'_>) -> bool,
        A: FnMut(&str, &str) -> Option<String>,
    {
        fn open(&mut self, _at: &At<'_>, e: &BytesStart<'_>, _empty: bool) -> Open {
            if (self.drop)(e) {
                Open::Drop
            } else {
                Open::Keep
            }
        }
        fn close(&mut self, at: &At<'_>) -> Option<String> {
            (self.append)(at.local, at.own)
        }
    }
    edit(bytes, part, extra, &mut DropAppend { drop, append })
}

/// Appends raw markup.
pub(crate) fn raw(w: &mut Writer<Vec<u8>>, s: &str) {
    w.get_mut().extend_from_slice(s.as_bytes());
}

/// The local name of a start tag (`x:c` → `c`).
pub(crate) fn local<'a>(e: &'a BytesStart<'_>) -> &'a str {
    let n = e.name().into_inner();
    match n.find(':') {
        Some(i) => &n[i + 1..],
        None => n,
    }
}

/// The local name of an end tag.
pub(crate) fn end_local<'a>(e: &'a BytesEnd<'_>) -> &'a str {
    let n = e.name().into_inner();
    match n.find(':') {
        Some(i) => &n[i + 1..],
        None => n,
    }
}

/// The qualified name of a start tag.
pub(crate) fn qname<'a>(e: &'a BytesStart<'_>) -> &'a str {
    e.name().into_inner()
}

/// The prefix with colon (`x:`) of an element, or an empty string.
pub(crate) fn prefix_of(e: &BytesStart<'_>) -> String {
    let n = e.name().into_inner();
    match n.find(':') {
        Some(i) => n[..=i].to_string(),
        None => String::new(),
    }
}

/// The attributes of a tag as raw (still escaped) key/value pairs, in order.
pub(crate) fn raw_attrs(e: &BytesStart<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut it = e.attributes();
    it.with_checks(false);
    for a in it.flatten() {
        let mut v = a.value.into_owned();
        if v.contains('"') {
            // a value written between single quotes; we write double quotes
            v = v.replace('"', "&quot;");
        }
        out.push((a.key.into_inner().to_string(), v));
    }
    out
}

/// The unescaped value of the attribute whose qualified name is exactly `key`.
pub(crate) fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    let mut it = e.attributes();
    it.with_checks(false);
    for a in it.flatten() {
        if a.key.into_inner() == key {
            return Some(unescape_lossy(&a.value));
        }
    }
    None
}

/// The unescaped value of a prefixed attribute with local name `local` (such as `r:id`,
/// whatever the prefix is called).
pub(crate) fn prefixed_attr(e: &BytesStart<'_>, local_name: &str) -> Option<String> {
    let mut it = e.attributes();
    it.with_checks(false);
    for a in it.flatten() {
        let k = a.key.into_inner();
        if let Some(i) = k.find(':') {
            if &k[i + 1..] == local_name && &k[..i] != "xmlns" {
                return Some(unescape_lossy(&a.value));
            }
        }
    }
    None
}

/// The prefix (without colon) bound to `uri` by an `xmlns:p` attribute of this element.
pub(crate) fn ns_prefix_for(e: &BytesStart<'_>, uri: &str) -> Option<String> {
    let mut it = e.attributes();
    it.with_checks(false);
    for a in it.flatten() {
        let k = a.key.into_inner();
        if let Some(p) = k.strip_prefix("xmlns:") {
            if unescape_lossy(&a.value) == uri {
                return Some(p.to_string());
            }
        }
    }
    None
}

fn unescape_lossy(v: &str) -> String {
    match quick_xml::escape::unescape(v) {
        Ok(c) => c.into_owned(),
        Err(_) => v.to_string(),
    }
}

/// A start tag being rebuilt: its name and raw attributes.
#[derive(Debug, Clone)]
pub(crate) struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    pub fn from(e: &BytesStart<'_>) -> Tag {
        Tag {
            name: qname(e).to_string(),
            attrs: raw_attrs(e),
        }
    }

    pub fn remove(&mut self, key: &str) -> &mut Tag {
        self.attrs.retain(|(k, _)| k != key);
        self
    }

    /// Sets an attribute to a plain (unescaped) value, in place if it exists.
    pub fn set(&mut self, key: &str, value: &str) -> &mut Tag {
        let v = esc_attr(value);
        match self.attrs.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = v,
            None => self.attrs.push((key.to_string(), v)),
        }
        self
    }

    pub fn start(&self) -> String {
        self.render(false)
    }

    pub fn empty(&self) -> String {
        self.render(true)
    }

    fn render(&self, empty: bool) -> String {
        let mut s = String::with_capacity(16 + self.attrs.len() * 16);
        s.push('<');
        s.push_str(&self.name);
        for (k, v) in &self.attrs {
            s.push(' ');
            s.push_str(k);
            s.push_str("=\"");
            s.push_str(v);
            s.push('"');
        }
        s.push_str(if empty { "/>" } else { ">" });
        s
    }
}

/// Appends the text of a general reference (`&amp;`, `&#10;`) to `out`.
pub(crate) fn push_ref(out: &mut String, r: &BytesRef<'_>) {
    if let Ok(Some(ch)) = r.resolve_char_ref() {
        out.push(ch);
        return;
    }
    let name = r.xml10_content();
    match quick_xml::escape::resolve_predefined_entity(&name) {
        Some(s) => out.push_str(s),
        None => {
            out.push('&');
            out.push_str(&name);
            out.push(';');
        }
    }
}

/// Appends the text carried by a text-like event (text, reference, CDATA) to `out`.
pub(crate) fn push_text(out: &mut String, ev: &Event<'_>) {
    match ev {
        Event::Text(t) => out.push_str(&t.xml10_content()),
        Event::GeneralRef(r) => push_ref(out, r),
        Event::CData(c) => out.push_str(&c.xml10_content()),
        _ => {}
    }
}

/// Escapes text content for SpreadsheetML: the XML specials, and the control characters
/// XML 1.0 cannot carry as `_xHHHH_` (a literal `_xHHHH_` gets its underscore escaped).
pub(crate) fn esc_text(s: &str) -> Cow<'_, str> {
    let needs = s.chars().any(|c| {
        matches!(c, '&' | '<' | '>' | '_') || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    });
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '_' if looks_like_ooxml_escape(&chars[i..]) => out.push_str("_x005F_"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&format!("_x{:04X}_", c as u32));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `_x` + four hex digits + `_`
fn looks_like_ooxml_escape(chars: &[char]) -> bool {
    chars.len() >= 7
        && chars[1] == 'x'
        && chars[2..6].iter().all(|c| c.is_ascii_hexdigit())
        && chars[6] == '_'
}

/// Escapes an attribute value (double-quoted); control characters XML cannot carry are
/// dropped.
pub(crate) fn esc_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `<t>` with `xml:space="preserve"` when the text has spaces at either end or line breaks.
pub(crate) fn t_element(prefix: &str, text: &str) -> String {
    let preserve = text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
        || text.contains('\n');
    if preserve {
        format!(
            "<{prefix}t xml:space=\"preserve\">{}</{prefix}t>",
            esc_text(text)
        )
    } else {
        format!("<{prefix}t>{}</{prefix}t>", esc_text(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(esc_text("a<b & c>"), "a&lt;b &amp; c&gt;");
        assert_eq!(esc_text("x\u{1}y"), "x_x0001_y");
        assert_eq!(esc_text("_x0041_"), "_x005F_x0041_");
        assert_eq!(esc_text("a_b"), "a_b");
        assert_eq!(esc_attr("'PK' \"2014\""), "'PK' &quot;2014&quot;");
    }

    #[test]
    fn tags_keep_raw_attributes() {
        let mut r = reader(br#"<x:c r="A1" s='2' t="s" foo="a&amp;b"/>"#);
        let ev = r.read_event().unwrap();
        let Event::Empty(e) = ev else { panic!() };
        assert_eq!(local(&e), "c");
        assert_eq!(prefix_of(&e), "x:");
        assert_eq!(attr(&e, "foo").as_deref(), Some("a&b"));
        let mut t = Tag::from(&e);
        t.remove("t").set("s", "7");
        assert_eq!(t.empty(), r#"<x:c r="A1" s="7" foo="a&amp;b"/>"#);
    }
}
