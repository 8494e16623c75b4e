//! The OPC package around a workbook: entries of the zip, relationships, content types.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use zip::ZipArchive;

use super::xml::{self, attr, esc_attr, local};
use super::WriteError;
use crate::read::MAX_UNPACKED_BYTES;

/// A zip package held in memory.
pub(crate) struct Package {
    pub zip: ZipArchive<Cursor<Vec<u8>>>,
    /// entry names in their order
    pub names: Vec<String>,
    /// lower-cased entry name → entry name (part names are case-insensitive)
    by_lower: HashMap<String, String>,
}

impl Package {
    pub fn open(bytes: Vec<u8>) -> Result<Package, WriteError> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| WriteError::Package(format!("not a readable zip package: {e}")))?;
        let mut names = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            match zip.name_for_index(i) {
                Some(Ok(n)) => names.push(n.into_owned()),
                _ => {
                    return Err(WriteError::Package(format!(
                        "entry {i} of the zip has an unreadable name"
                    )))
                }
            }
        }
        let by_lower = names
            .iter()
            .map(|n| (n.to_ascii_lowercase(), n.clone()))
            .collect();
        Ok(Package {
            zip,
            names,
            by_lower,
        })
    }

    /// The entry name of a part, matched without regard to case.
    pub fn find(&self, part: &str) -> Option<&str> {
        self.by_lower
            .get(&part.to_ascii_lowercase())
            .map(String::as_str)
    }

    pub fn has(&self, part: &str) -> bool {
        self.find(part).is_some()
    }

    /// The uncompressed bytes of a part; `None` if the package has no such part.
    pub fn read(&mut self, part: &str) -> Result<Option<Vec<u8>>, WriteError> {
        let Some(name) = self.find(part).map(str::to_string) else {
            return Ok(None);
        };
        let file = self
            .zip
            .by_name(&name)
            .map_err(|e| WriteError::Package(format!("{name}: {e}")))?;
        if file.size() > MAX_UNPACKED_BYTES {
            return Err(WriteError::Package(format!(
                "{name} is too large when unpacked ({} bytes)",
                file.size()
            )));
        }
        let mut out = Vec::with_capacity(file.size() as usize);
        file.take(MAX_UNPACKED_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| WriteError::Package(format!("{name}: {e}")))?;
        if out.len() as u64 > MAX_UNPACKED_BYTES {
            return Err(WriteError::Package(format!("{name} is too large")));
        }
        Ok(Some(out))
    }

    /// A part that must be there.
    pub fn read_required(&mut self, part: &str) -> Result<Vec<u8>, WriteError> {
        self.read(part)?
            .ok_or_else(|| WriteError::Package(format!("the package has no {part}")))
    }

    /// `prefix` + n + `suffix` for the smallest n ≥ 1 not used by an entry or in `taken`.
    pub fn unused_name(&self, prefix: &str, suffix: &str, taken: &mut HashSet<String>) -> String {
        let mut n = 1u32;
        loop {
            let name = format!("{prefix}{n}{suffix}");
            let lower = name.to_ascii_lowercase();
            if !self.by_lower.contains_key(&lower) && !taken.contains(&lower) {
                taken.insert(lower);
                return name;
            }
            n += 1;
        }
    }
}

/// One relationship of a `.rels` part.
#[derive(Debug, Clone)]
pub(crate) struct Rel {
    pub id: String,
    pub typ: String,
    pub target: String,
    pub external: bool,
}

impl Rel {
    /// Whether the type ends with `/kind` (`worksheet`, `comments`, …), whatever the
    /// namespace (transitional or strict).
    pub fn is(&self, kind: &str) -> bool {
        self.typ
            .rsplit('/')
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case(kind))
    }
}

pub(crate) fn parse_rels(bytes: &[u8], part: &str) -> Result<Vec<Rel>, WriteError> {
    let mut r = xml::reader(bytes);
    let mut out = Vec::new();
    loop {
        match r.read_event().map_err(|e| xml::bad(part, e))? {
            Event::Start(e) | Event::Empty(e) if local(&e) == "Relationship" => {
                let id = attr(&e, "Id").unwrap_or_default();
                let typ = attr(&e, "Type").unwrap_or_default();
                let target = attr(&e, "Target").unwrap_or_default();
                let external =
                    attr(&e, "TargetMode").is_some_and(|m| m.eq_ignore_ascii_case("External"));
                out.push(Rel {
                    id,
                    typ,
                    target,
                    external,
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The folder of a part, with its trailing slash (`xl/worksheets/sheet1.xml` →
/// `xl/worksheets/`).
pub(crate) fn dir_of(part: &str) -> &str {
    match part.rfind('/') {
        Some(i) => &part[..=i],
        None => "",
    }
}

/// `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`.
pub(crate) fn rels_path_for(part: &str) -> String {
    let dir = dir_of(part);
    let file = &part[dir.len()..];
    format!("{dir}_rels/{file}.rels")
}

/// Resolves a relationship target against the folder of its source part.
pub(crate) fn resolve(base_dir: &str, target: &str) -> String {
    let target = percent_decode(target);
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("{base_dir}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && s.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// The target to write in a `.rels` of `from_part` so that it points at `to_part`.
pub(crate) fn relative_target(from_part: &str, to_part: &str) -> String {
    let from: Vec<&str> = dir_of(from_part)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let to: Vec<&str> = to_part.split('/').collect();
    let common = from
        .iter()
        .zip(to.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = String::new();
    for _ in common..from.len() {
        out.push_str("../");
    }
    out.push_str(&to[common..].join("/"));
    out
}

/// A relationship id not in `rels` nor `taken`.
pub(crate) fn new_rel_id(rels: &[Rel], taken: &mut HashSet<String>) -> String {
    let used: HashSet<&str> = rels.iter().map(|r| r.id.as_str()).collect();
    let mut n = rels.len() + 1;
    loop {
        let id = format!("rId{n}");
        if !used.contains(id.as_str()) && !taken.contains(&id) {
            taken.insert(id.clone());
            return id;
        }
        n += 1;
    }
}

fn rel_xml(rel: &Rel) -> String {
    let mode = if rel.external {
        " TargetMode=\"External\""
    } else {
        ""
    };
    format!(
        "<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"{mode}/>",
        esc_attr(&rel.id),
        esc_attr(&rel.typ),
        esc_attr(&rel.target)
    )
}

/// Rewrites a `.rels` part: drops the relationships with ids in `remove`, appends `add`.
/// Without `existing`, writes a new part.
pub(crate) fn rewrite_rels(
    existing: Option<&[u8]>,
    part: &str,
    remove: &[String],
    add: &[Rel],
) -> Result<Vec<u8>, WriteError> {
    let Some(bytes) = existing else {
        let mut s = String::from(xml::DECL);
        s.push_str(&format!("<Relationships xmlns=\"{}\">", xml::NS_PKG_REL));
        for r in add {
            s.push_str(&rel_xml(r));
        }
        s.push_str("</Relationships>");
        return Ok(s.into_bytes());
    };
    xml::rewrite(
        bytes,
        part,
        add.len() * 160,
        |e| local(e) == "Relationship" && attr(e, "Id").is_some_and(|id| remove.contains(&id)),
        |name, p| {
            (name == "Relationships")
                .then(|| add.iter().map(|a| prefixed(&rel_xml(a), p)).collect())
        },
    )
}

fn prefixed(element: &str, prefix: &str) -> String {
    if prefix.is_empty() {
        element.to_string()
    } else {
        format!("<{prefix}{}", &element[1..])
    }
}

/// The content type `[Content_Types].xml` gives a part by its override.
pub(crate) fn content_type_of(bytes: &[u8], part: &str) -> Option<String> {
    let want = format!("/{}", part.trim_start_matches('/')).to_ascii_lowercase();
    let mut r = xml::reader(bytes);
    loop {
        match r.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if local(&e) == "Override" => {
                let name = attr(&e, "PartName")?.to_ascii_lowercase();
                if name == want {
                    return attr(&e, "ContentType");
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Rewrites `[Content_Types].xml`: drops the overrides of `remove` part names (with or
/// without the leading slash), adds the `defaults` (extension, type) that are missing and
/// the `overrides` (part name, type).
pub(crate) fn rewrite_content_types(
    bytes: &[u8],
    remove: &[String],
    defaults: &[(&str, &str)],
    overrides: &[(String, &str)],
) -> Result<Vec<u8>, WriteError> {
    const PART: &str = "[Content_Types].xml";
    let norm = |p: &str| format!("/{}", p.trim_start_matches('/')).to_ascii_lowercase();
    let remove: HashSet<String> = remove.iter().map(|p| norm(p)).collect();
    // which defaults exist already
    let mut have_ext: HashSet<String> = HashSet::new();
    {
        let mut r = xml::reader(bytes);
        loop {
            match r.read_event().map_err(|e| xml::bad(PART, e))? {
                Event::Start(e) | Event::Empty(e) if local(&e) == "Default" => {
                    if let Some(ext) = attr(&e, "Extension") {
                        have_ext.insert(ext.to_ascii_lowercase());
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    let mut additions = String::new();
    for (ext, ct) in defaults {
        if !have_ext.contains(&ext.to_ascii_lowercase()) {
            additions.push_str(&format!(
                "<Default Extension=\"{}\" ContentType=\"{}\"/>",
                esc_attr(ext),
                esc_attr(ct)
            ));
        }
    }
    for (part, ct) in overrides {
        additions.push_str(&format!(
            "<Override PartName=\"/{}\" ContentType=\"{}\"/>",
            esc_attr(part.trim_start_matches('/')),
            esc_attr(ct)
        ));
    }
    xml::rewrite(
        bytes,
        PART,
        additions.len(),
        |e| {
            local(e) == "Override"
                && attr(e, "PartName").is_some_and(|p| remove.contains(&norm(&p)))
        },
        |name, p| {
            (name == "Types").then(|| {
                if p.is_empty() {
                    additions.clone()
                } else {
                    additions.replace('<', &format!("<{p}"))
                }
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(
            resolve("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/worksheets/", "../comments1.xml"),
            "xl/comments1.xml"
        );
        assert_eq!(
            resolve("xl/", "/xl/worksheets/sheet2.xml"),
            "xl/worksheets/sheet2.xml"
        );
        assert_eq!(
            resolve("xl/", "worksheets/my%20sheet.xml"),
            "xl/worksheets/my sheet.xml"
        );
        assert_eq!(
            rels_path_for("xl/workbook.xml"),
            "xl/_rels/workbook.xml.rels"
        );
        assert_eq!(
            relative_target("xl/worksheets/sheet1.xml", "xl/comments1.xml"),
            "../comments1.xml"
        );
        assert_eq!(
            relative_target("xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing1.vml"),
            "../drawings/vmlDrawing1.vml"
        );
        assert_eq!(
            relative_target("xl/workbook.xml", "xl/worksheets/sheet3.xml"),
            "worksheets/sheet3.xml"
        );
    }

    #[test]
    fn rels_round_trip() {
        let src = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="a.xml"/><Relationship Id="rId2" Type="t/calcChain" Target="calcChain.xml"/></Relationships>"#;
        let rels = parse_rels(src, "x").unwrap();
        assert_eq!(rels.len(), 2);
        assert!(rels[1].is("calcChain"));
        let mut taken = HashSet::new();
        let id = new_rel_id(&rels, &mut taken);
        assert_eq!(id, "rId3");
        let out = rewrite_rels(
            Some(src),
            "x",
            &["rId2".to_string()],
            &[Rel {
                id,
                typ: "t/worksheet".into(),
                target: "b.xml".into(),
                external: false,
            }],
        )
        .unwrap();
        let rels = parse_rels(&out, "x").unwrap();
        let ids: Vec<_> = rels.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["rId1", "rId3"]);
    }
}
