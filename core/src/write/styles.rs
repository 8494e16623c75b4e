//! `xl/styles.xml`: the cell formats (`cellXfs`) that highlighted cells and the headers and
//! links of added sheets need. Existing entries are never changed; new fonts, one fill and
//! new xfs are appended and the `count` attributes follow.

use std::collections::BTreeMap;

use quick_xml::events::{BytesStart, Event};

use super::xml::{self, attr, local, put, Tag};
use super::WriteError;

const PART: &str = "xl/styles.xml";

/// The order of the children of `<styleSheet>`.
const SECTIONS: [&str; 11] = [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
];

/// A minimal stylesheet for packages that have none.
pub(crate) fn minimal_styles() -> Vec<u8> {
    format!(
        "{}<styleSheet xmlns=\"{}\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>",
        xml::DECL,
        xml::NS_MAIN
    )
    .into_bytes()
}

/// One `<xf>` of `cellXfs`: its start tag and its children as written.
#[derive(Debug, Clone)]
struct XfRaw {
    tag: Tag,
    inner: Option<String>,
}

/// What the stylesheet holds, as far as appending to it goes.
#[derive(Debug)]
pub(crate) struct Styles {
    prefix: String,
    fonts: u32,
    fills: u32,
    xfs: Vec<XfRaw>,
    /// the children of font 0, by local name, as written
    font0: Vec<(String, String)>,
    font0_tag: Option<Tag>,
    has: [bool; 11],
    /// fonts, fills, cellXfs: empty or missing, so the defaults are written before new entries
    defaults: [bool; 3],
}

/// Hands out the new xf indices of highlighted cells while sheets are rewritten.
#[derive(Debug)]
pub(crate) struct XfAlloc {
    base: u32,
    existing: u32,
    map: BTreeMap<u32, u32>,
    order: Vec<u32>,
}

impl XfAlloc {
    /// The xf of a highlighted cell whose current xf is `orig`.
    pub fn highlight(&mut self, orig: u32) -> u32 {
        let orig = if orig < self.existing { orig } else { 0 };
        if let Some(&n) = self.map.get(&orig) {
            return n;
        }
        let n = self.base + self.order.len() as u32;
        self.map.insert(orig, n);
        self.order.push(orig);
        n
    }

    pub fn is_used(&self) -> bool {
        !self.order.is_empty()
    }

    /// The index the next xf appended after the highlight copies gets.
    pub fn next_index(&self) -> u32 {
        self.base + self.order.len() as u32
    }
}

/// The xfs of added sheets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ExtraXfs {
    pub bold: u32,
    pub link: u32,
    /// wrapped text, top aligned
    pub wrap: u32,
    /// numbers with two decimals
    pub decimal2: u32,
}

impl ExtraXfs {
    /// The xf of a data cell in a column of this style (`None`: the default xf).
    pub fn of(&self, style: super::ColStyle) -> Option<u32> {
        match style {
            super::ColStyle::Plain => None,
            super::ColStyle::Wrap => Some(self.wrap),
            super::ColStyle::Decimal2 => Some(self.decimal2),
        }
    }
}

impl Styles {
    pub fn parse(bytes: &[u8]) -> Result<Styles, WriteError> {
        let mut r = xml::reader(bytes);
        let mut st = Styles {
            prefix: String::new(),
            fonts: 0,
            fills: 0,
            xfs: Vec::new(),
            font0: Vec::new(),
            font0_tag: None,
            has: [false; 11],
            defaults: [false; 3],
        };
        let mut depth = 0usize;
        let mut section = String::new();
        loop {
            let ev = r.read_event().map_err(|e| xml::bad(PART, e))?;
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(ev, Event::Empty(_));
                    let name = local(e).to_string();
                    if depth == 0 {
                        st.prefix = xml::prefix_of(e);
                    } else if depth == 1 {
                        if let Some(i) = SECTIONS.iter().position(|s| *s == name) {
                            st.has[i] = true;
                        }
                        section = name.clone();
                    } else if depth == 2 {
                        match (section.as_str(), name.as_str()) {
                            ("fonts", "font") => {
                                st.fonts += 1;
                                if st.fonts == 1 {
                                    st.font0_tag = Some(Tag::from(e));
                                    if !empty {
                                        let inner = read_inner(&mut r)?;
                                        st.font0 = split_children(&inner)?;
                                        continue;
                                    }
                                }
                            }
                            ("fills", "fill") => st.fills += 1,
                            ("cellXfs", "xf") => {
                                let tag = Tag::from(e);
                                let inner = if empty {
                                    None
                                } else {
                                    Some(read_inner(&mut r)?)
                                };
                                st.xfs.push(XfRaw { tag, inner });
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if !empty {
                        depth += 1;
                    }
                }
                Event::End(_) => {
                    depth = depth.saturating_sub(1);
                    if depth == 1 {
                        section.clear();
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        // an empty or missing section gets its defaults written first
        st.defaults = [st.fonts == 0, st.fills == 0, st.xfs.is_empty()];
        if st.fonts == 0 {
            st.fonts = 1;
        }
        if st.fills == 0 {
            st.fills = 2;
        }
        if st.xfs.is_empty() {
            st.xfs = vec![default_xf()];
        }
        Ok(st)
    }

    pub fn alloc(&self) -> XfAlloc {
        let n = self.xfs.len() as u32;
        XfAlloc {
            base: n,
            existing: n,
            map: BTreeMap::new(),
            order: Vec::new(),
        }
    }

    /// The xfs added sheets will use, appended after the highlight copies.
    pub fn extra_xfs(&self, alloc: &XfAlloc) -> ExtraXfs {
        let bold = alloc.next_index();
        ExtraXfs {
            bold,
            link: bold + 1,
            wrap: bold + 2,
            decimal2: bold + 3,
        }
    }

    /// Writes the stylesheet with the new entries appended.
    pub fn rewrite(
        &self,
        bytes: &[u8],
        alloc: &XfAlloc,
        extra: Option<ExtraXfs>,
    ) -> Result<Vec<u8>, WriteError> {
        let p = &self.prefix;
        let mut new_fonts: Vec<String> = Vec::new();
        let mut new_fills: Vec<String> = Vec::new();
        let mut new_xfs: Vec<String> = Vec::new();
        if alloc.is_used() {
            let fill_id = self.fills;
            new_fills.push(format!(
                "<{p}fill><{p}patternFill patternType=\"solid\"><{p}fgColor rgb=\"FFFFFF99\"/><{p}bgColor indexed=\"64\"/></{p}patternFill></{p}fill>"
            ));
            for &orig in &alloc.order {
                let xf = self
                    .xfs
                    .get(orig as usize)
                    .cloned()
                    .unwrap_or_else(default_xf);
                let mut tag = xf.tag.clone();
                tag.set("fillId", &fill_id.to_string())
                    .set("applyFill", "1");
                new_xfs.push(render_xf(&tag, xf.inner.as_deref(), p));
            }
        }
        if extra.is_some() {
            let bold_font = self.fonts;
            let link_font = self.fonts + 1;
            new_fonts.push(self.bold_font());
            new_fonts.push(self.link_font());
            let xf0 = self.xfs.first().cloned().unwrap_or_else(default_xf);
            for font in [bold_font, link_font] {
                let mut tag = xf0.tag.clone();
                tag.set("fontId", &font.to_string()).set("applyFont", "1");
                new_xfs.push(render_xf(&tag, xf0.inner.as_deref(), p));
            }
            // wrapped text, then two decimals (built-in number format 2, `0.00`)
            let mut tag = xf0.tag.clone();
            tag.set("applyAlignment", "1");
            new_xfs.push(render_xf(
                &tag,
                Some(&format!("<{p}alignment wrapText=\"1\" vertical=\"top\"/>")),
                p,
            ));
            let mut tag = xf0.tag.clone();
            tag.set("numFmtId", "2").set("applyNumberFormat", "1");
            new_xfs.push(render_xf(&tag, xf0.inner.as_deref(), p));
        }
        let fonts_total = self.fonts + new_fonts.len() as u32;
        let fills_total = self.fills + new_fills.len() as u32;
        let xfs_total = self.xfs.len() as u32 + new_xfs.len() as u32;

        let needed = |name: &str| match name {
            "fonts" => !new_fonts.is_empty(),
            "fills" => !new_fills.is_empty(),
            "cellXfs" => !new_xfs.is_empty(),
            _ => false,
        };

        let count_of = |name: &str| -> Option<u32> {
            match name {
                "fonts" if !new_fonts.is_empty() => Some(fonts_total),
                "fills" if !new_fills.is_empty() => Some(fills_total),
                "cellXfs" if !new_xfs.is_empty() => Some(xfs_total),
                _ => None,
            }
        };
        let additions = |name: &str| -> String {
            match name {
                "fonts" if self.defaults[0] => format!(
                    "<{p}font><{p}sz val=\"11\"/><{p}name val=\"Calibri\"/><{p}family val=\"2\"/></{p}font>{}",
                    new_fonts.concat()
                ),
                "fonts" => new_fonts.concat(),
                "fills" if self.defaults[1] => format!(
                    "<{p}fill><{p}patternFill patternType=\"none\"/></{p}fill><{p}fill><{p}patternFill patternType=\"gray125\"/></{p}fill>{}",
                    new_fills.concat()
                ),
                "fills" => new_fills.concat(),
                "cellXfs" if self.defaults[2] => format!(
                    "{}{}",
                    render_xf(&default_xf().tag, None, p),
                    new_xfs.concat()
                ),
                "cellXfs" => new_xfs.concat(),
                _ => String::new(),
            }
        };
        let section_xml = |name: &str| -> String {
            format!(
                "<{p}{name} count=\"{}\">{}</{p}{name}>",
                count_of(name).unwrap_or(0),
                additions(name)
            )
        };
        struct Sections<'a> {
            has: [bool; 11],
            written: [bool; 11],
            needed: &'a dyn Fn(&str) -> bool,
            count_of: &'a dyn Fn(&str) -> Option<u32>,
            additions: &'a dyn Fn(&str) -> String,
            section_xml: &'a dyn Fn(&str) -> String,
        }
        impl Sections<'_> {
            /// The missing sections among the first `upto`, not written yet.
            fn missing(&mut self, upto: usize) -> String {
                let mut s = String::new();
                for (i, name) in SECTIONS.iter().enumerate().take(upto) {
                    if !self.has[i] && !self.written[i] && (self.needed)(name) {
                        s.push_str(&(self.section_xml)(name));
                        self.written[i] = true;
                    }
                }
                s
            }
        }
        impl xml::Editor for Sections<'_> {
            fn before(&mut self, at: &xml::At<'_>, _e: &BytesStart<'_>) -> Option<String> {
                if at.depth != 1 {
                    return None;
                }
                // sections missing so far that come before this one
                let pos = SECTIONS.iter().position(|s| *s == at.local)?;
                let s = self.missing(pos);
                self.written[pos] = true;
                (!s.is_empty()).then_some(s)
            }
            fn open(&mut self, at: &xml::At<'_>, e: &BytesStart<'_>, _empty: bool) -> xml::Open {
                match (self.count_of)(at.local) {
                    Some(total) if at.depth == 1 => {
                        let mut tag = Tag::from(e);
                        tag.set("count", &total.to_string());
                        xml::Open::Retag(tag)
                    }
                    _ => xml::Open::Keep,
                }
            }
            fn close(&mut self, at: &xml::At<'_>) -> Option<String> {
                match at.depth {
                    1 => (self.count_of)(at.local).map(|_| (self.additions)(at.local)),
                    0 if at.local == "styleSheet" => Some(self.missing(SECTIONS.len())),
                    _ => None,
                }
            }
        }
        xml::edit(
            bytes,
            PART,
            1024,
            &mut Sections {
                has: self.has,
                written: [false; 11],
                needed: &needed,
                count_of: &count_of,
                additions: &additions,
                section_xml: &section_xml,
            },
        )
    }

    /// Font 0 with `<b/>`.
    fn bold_font(&self) -> String {
        let p = &self.prefix;
        let mut s = self.font_start();
        s.push_str(&format!("<{p}b/>"));
        for (name, raw) in &self.font0 {
            if name != "b" {
                s.push_str(raw);
            }
        }
        if self.font0.is_empty() {
            s.push_str(&format!(
                "<{p}sz val=\"11\"/><{p}name val=\"Calibri\"/><{p}family val=\"2\"/>"
            ));
        }
        s.push_str(&format!("</{p}font>"));
        s
    }

    /// Font 0, underlined, in the hyperlink blue; children in Excel's order.
    fn link_font(&self) -> String {
        let p = &self.prefix;
        const BEFORE_U: [&str; 7] = [
            "b", "i", "strike", "condense", "extend", "outline", "shadow",
        ];
        const BEFORE_COLOR: [&str; 9] = [
            "b",
            "i",
            "strike",
            "condense",
            "extend",
            "outline",
            "shadow",
            "vertAlign",
            "sz",
        ];
        let kids: Vec<&(String, String)> = self
            .font0
            .iter()
            .filter(|(n, _)| n != "u" && n != "color" && n != "b")
            .collect();
        let mut s = self.font_start();
        let mut u_done = false;
        let mut color_done = false;
        let u = format!("<{p}u/>");
        let color = format!("<{p}color rgb=\"FF0563C1\"/>");
        for (name, raw) in &kids {
            if !u_done && !BEFORE_U.contains(&name.as_str()) {
                s.push_str(&u);
                u_done = true;
            }
            if !color_done && !BEFORE_COLOR.contains(&name.as_str()) {
                s.push_str(&color);
                color_done = true;
            }
            s.push_str(raw);
        }
        if !u_done {
            s.push_str(&u);
        }
        if !color_done {
            s.push_str(&color);
        }
        if kids.is_empty() {
            s.push_str(&format!(
                "<{p}sz val=\"11\"/><{p}name val=\"Calibri\"/><{p}family val=\"2\"/>"
            ));
        }
        s.push_str(&format!("</{p}font>"));
        s
    }

    fn font_start(&self) -> String {
        match &self.font0_tag {
            Some(t) => t.start(),
            None => format!("<{}font>", self.prefix),
        }
    }
}

fn default_xf() -> XfRaw {
    let mut tag = Tag {
        name: "xf".to_string(),
        attrs: Vec::new(),
    };
    tag.set("numFmtId", "0")
        .set("fontId", "0")
        .set("fillId", "0")
        .set("borderId", "0")
        .set("xfId", "0");
    XfRaw { tag, inner: None }
}

fn render_xf(tag: &Tag, inner: Option<&str>, prefix: &str) -> String {
    let mut tag = tag.clone();
    if !tag.name.contains(':') && !prefix.is_empty() {
        tag.name = format!("{prefix}{}", tag.name);
    }
    match inner {
        Some(i) if !i.is_empty() => format!("{}{}</{}>", tag.start(), i, tag.name),
        _ => tag.empty(),
    }
}

/// Reads up to the end tag matching the start tag just read; returns the markup in between.
pub(crate) fn read_inner(r: &mut quick_xml::Reader<&[u8]>) -> Result<String, WriteError> {
    let mut w = xml::writer(256);
    let mut depth = 0usize;
    loop {
        let ev = r.read_event().map_err(|e| xml::bad(PART, e))?;
        match ev {
            Event::Start(_) => {
                depth += 1;
                put(&mut w, ev)?;
            }
            Event::End(_) => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
                put(&mut w, ev)?;
            }
            Event::Eof => return Err(xml::bad(PART, "unexpected end")),
            ev => put(&mut w, ev)?,
        }
    }
    String::from_utf8(w.into_inner()).map_err(|e| xml::bad(PART, e))
}

/// The child elements of a fragment, each with its local name and markup.
fn split_children(inner: &str) -> Result<Vec<(String, String)>, WriteError> {
    let mut r = xml::reader(inner.as_bytes());
    let mut out = Vec::new();
    loop {
        let ev = r.read_event().map_err(|e| xml::bad(PART, e))?;
        match ev {
            Event::Empty(ref e) => {
                let mut w = xml::writer(64);
                let name = local(e).to_string();
                put(&mut w, ev)?;
                out.push((name, String::from_utf8_lossy(&w.into_inner()).into_owned()));
            }
            Event::Start(ref e) => {
                let name = local(e).to_string();
                let start = Tag::from(e);
                let inner = read_inner(&mut r)?;
                out.push((name, format!("{}{}</{}>", start.start(), inner, start.name)));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The style index of a `<c>` (0 when absent or unreadable).
pub(crate) fn style_of(e: &quick_xml::events::BytesStart<'_>) -> u32 {
    attr(e, "s")
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs></styleSheet>"#;

    #[test]
    fn appends_fill_fonts_and_xfs() {
        let st = Styles::parse(SRC.as_bytes()).unwrap();
        assert_eq!(st.xfs.len(), 2);
        let mut alloc = st.alloc();
        assert_eq!(alloc.highlight(1), 2);
        assert_eq!(alloc.highlight(1), 2);
        assert_eq!(alloc.highlight(0), 3);
        assert_eq!(alloc.highlight(99), 3);
        let extra = st.extra_xfs(&alloc);
        assert_eq!(
            (extra.bold, extra.link, extra.wrap, extra.decimal2),
            (4, 5, 6, 7)
        );
        let out =
            String::from_utf8(st.rewrite(SRC.as_bytes(), &alloc, Some(extra)).unwrap()).unwrap();
        assert!(out.contains(r#"<fonts count="3">"#), "{out}");
        assert!(out.contains(r#"<fills count="3">"#));
        assert!(out.contains(r#"<cellXfs count="8">"#));
        assert!(
            out.contains(r#"<alignment wrapText="1" vertical="top"/>"#),
            "{out}"
        );
        assert!(out.contains(r#"numFmtId="2""#), "{out}");
        assert!(out.contains(r#"<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="center"/></xf>"#), "{out}");
        assert!(out
            .contains(r#"<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/></font>"#));
        assert!(
            out.contains(
                r#"<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font>"#
            ),
            "{out}"
        );
        let again = Styles::parse(out.as_bytes()).unwrap();
        assert_eq!(again.xfs.len(), 8);
        assert_eq!(again.fonts, 3);
        assert_eq!(again.fills, 3);
    }

    #[test]
    fn minimal_styles_parse() {
        let st = Styles::parse(&minimal_styles()).unwrap();
        assert_eq!((st.fonts, st.fills, st.xfs.len()), (1, 2, 1));
    }
}
