//! LibreOffice as the reference spreadsheet engine for the invariant tests, and a reader of
//! the parts of an xlsx package that calamine does not expose.
//!
//! - [`recalculated`] opens workbooks in LibreOffice headless with recalculation forced on
//!   load and gives back every cell of every sheet: its value after recalculation and its
//!   formula text. Several workbooks go through ONE soffice start (each start costs seconds).
//! - [`convert`] turns workbooks into another format (`xls:MS Excel 97`, `ods`).
//! - [`package`] reads an xlsx package: defined names, sheet order and visibility, and per
//!   sheet merged ranges, data validations, conditional formats and each cell's style
//!   resolved to its full description (so styles compare across files whose indexes differ).
//!
//! Recalculation: LibreOffice keeps the cached values of an xlsx/ods by default (headless,
//! the "prompt" default acts as "never"). The profile written here sets
//! `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` and `ODFRecalcMode` to 0.
//! Verified with LibreOffice 7.4 on a workbook whose `B1 = A1*3` caches 999 with `A1 = 2`:
//! no setting and 1 give `2,999` (cached value kept), 0 gives `2,6` (recalculated), and
//! 2 ("prompt") makes headless conversion fail. [`recalc_mode_zero_recalculates`] in
//! `tests/fix_invariant.rs` repeats that experiment on every run.
//!
//! Include with `#[path = "common/lo.rs"] mod lo;` next to `mod common;`.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use calamine::{open_workbook_auto, Data, Reader};
use quick_xml::events::{BytesRef, BytesStart, Event};

use crate::common::find_soffice;

/// One cell as LibreOffice (or calamine on a file) sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: Data,
    /// formula text without the leading `=`
    pub formula: Option<String>,
}

/// A sheet's cells by zero-based (row, column).
pub type Cells = BTreeMap<(u32, u32), Cell>;

/// Every sheet of a workbook, in order.
#[derive(Debug, Clone, Default)]
pub struct Book {
    pub sheets: Vec<(String, Cells)>,
}

impl Book {
    pub fn sheet(&self, name: &str) -> Option<&Cells> {
        self.sheets.iter().find(|(n, _)| n == name).map(|(_, c)| c)
    }
    pub fn names(&self) -> Vec<String> {
        self.sheets.iter().map(|(n, _)| n.clone()).collect()
    }
}

/// Whether tests needing LibreOffice run: `false` only when it is missing and
/// `RAKIT_SKIP_SOFFICE=1` (a message is printed); a missing LibreOffice otherwise panics.
pub fn soffice_available() -> bool {
    if find_soffice().is_some() {
        return true;
    }
    if std::env::var("RAKIT_SKIP_SOFFICE").as_deref() == Ok("1") {
        eprintln!("soffice not found; skipped (RAKIT_SKIP_SOFFICE=1)");
        return false;
    }
    panic!(
        "LibreOffice (soffice) is not installed: install it, or set RAKIT_SKIP_SOFFICE=1 to skip"
    );
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh LibreOffice profile directory that recalculates xlsx and ods formulas on load.
fn recalc_profile() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix(&format!(
            "lo-rakit-recalc-{}-{}-",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ))
        .tempdir()
        .unwrap();
    let user = dir.path().join("user");
    std::fs::create_dir_all(&user).unwrap();
    let item = |prop: &str| {
        format!(
            r#"<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="{prop}" oor:op="fuse"><value>0</value></prop></item>"#
        )
    };
    std::fs::write(
        user.join("registrymodifications.xcu"),
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{}
{}
</oor:items>
"#,
            item("OOXMLRecalcMode"),
            item("ODFRecalcMode")
        ),
    )
    .unwrap();
    dir
}

/// Converts every file with ONE soffice run (recalculating on load) into `outdir`; the
/// converted paths in the order of `files`. Inputs are staged under unique names first, so
/// two inputs with the same name do not overwrite each other. `None` when LibreOffice is
/// missing and `RAKIT_SKIP_SOFFICE=1`.
pub fn convert(files: &[PathBuf], to: &str, outdir: &Path) -> Option<Vec<PathBuf>> {
    if !soffice_available() {
        return None;
    }
    let soffice = find_soffice().unwrap();
    let stage = outdir.join(".in");
    std::fs::create_dir_all(&stage).unwrap();
    let ext = to.split(':').next().unwrap();
    let mut staged = Vec::new();
    let mut outs = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let name = f.file_name().unwrap().to_string_lossy().replace(' ', "_");
        let p = stage.join(format!("{i:03}-{name}"));
        std::fs::copy(f, &p).unwrap_or_else(|e| panic!("staging {}: {e}", f.display()));
        outs.push(outdir.join(p.with_extension(ext).file_name().unwrap()));
        staged.push(p);
    }
    let profile = recalc_profile();
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(outdir)
        .args(&staged)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("soffice starts");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("soffice did not finish converting {files:?} to {to}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let mut out = String::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_string(&mut out);
    }
    assert!(status.success(), "soffice failed ({to}): {err}\n{out}");
    for (o, f) in outs.iter().zip(files) {
        assert!(
            o.is_file(),
            "soffice made no {} from {}: {err}\n{out}",
            o.display(),
            f.display()
        );
    }
    Some(outs)
}

/// Opens every file in LibreOffice with recalculation forced on load (one soffice run),
/// saves it as xlsx into `outdir` and reads back every cell: `(LibreOffice's xlsx, cells)`
/// per input, in order.
pub fn recalculated(files: &[PathBuf], outdir: &Path) -> Option<Vec<(PathBuf, Book)>> {
    let outs = convert(files, "xlsx", outdir)?;
    Some(
        outs.into_iter()
            .map(|p| {
                let b = read_book(&p);
                (p, b)
            })
            .collect(),
    )
}

/// Every cell of every sheet of a workbook as calamine reads it (cached values, formulas).
pub fn read_book(path: &Path) -> Book {
    let mut wb =
        open_workbook_auto(path).unwrap_or_else(|e| panic!("calamine {}: {e}", path.display()));
    let mut book = Book::default();
    for name in wb.sheet_names() {
        let mut cells = Cells::new();
        let range = wb
            .worksheet_range(&name)
            .unwrap_or_else(|e| panic!("{} {name}: {e}", path.display()));
        if let Some((r0, c0)) = range.start() {
            for (r, c, v) in range.used_cells() {
                cells.insert(
                    (r0 + r as u32, c0 + c as u32),
                    Cell {
                        value: v.clone(),
                        formula: None,
                    },
                );
            }
        }
        let formulas = wb
            .worksheet_formula(&name)
            .unwrap_or_else(|e| panic!("{} {name} formulas: {e}", path.display()));
        if let Some((r0, c0)) = formulas.start() {
            for (r, c, f) in formulas.used_cells() {
                if f.is_empty() {
                    continue;
                }
                let f = f.strip_prefix('=').unwrap_or(f).to_string();
                cells
                    .entry((r0 + r as u32, c0 + c as u32))
                    .or_insert(Cell {
                        value: Data::Empty,
                        formula: None,
                    })
                    .formula = Some(f);
            }
        }
        book.sheets.push((name, cells));
    }
    book
}

/// A defined name of a workbook.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DefinedName {
    pub name: String,
    /// `localSheetId`: the zero-based sheet a sheet-local name belongs to
    pub local: Option<u32>,
    pub text: String,
    pub hidden: bool,
}

/// What one sheet of a package holds besides its cell values.
#[derive(Debug, Clone, Default)]
pub struct PkgSheet {
    pub name: String,
    /// `visible`, `hidden` or `veryHidden`
    pub state: String,
    pub merges: Vec<String>,
    /// `sqref` of every `<dataValidation>`, with its type and first formula
    pub validations: Vec<String>,
    /// `sqref` of every `<conditionalFormatting>`, with the types of its rules
    pub cond_formats: Vec<String>,
    /// resolved style of every `<c>` written in the sheet
    pub styles: HashMap<(u32, u32), String>,
}

/// The package-level view of an xlsx.
#[derive(Debug, Clone, Default)]
pub struct Package {
    pub names: Vec<DefinedName>,
    pub sheets: Vec<PkgSheet>,
    /// the resolved style of index 0 (cells without `s`)
    pub default_style: String,
}

impl Package {
    pub fn sheet(&self, name: &str) -> Option<&PkgSheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
    pub fn sheet_list(&self) -> Vec<(String, String)> {
        self.sheets
            .iter()
            .map(|s| (s.name.clone(), s.state.clone()))
            .collect()
    }
    /// The resolved style of a cell (the default style when the cell is not written).
    pub fn style(&self, sheet: &str, row: u32, col: u32) -> &str {
        self.sheet(sheet)
            .and_then(|s| s.styles.get(&(row, col)))
            .map(|s| s.as_str())
            .unwrap_or(&self.default_style)
    }
}

fn xml_reader(bytes: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut r = quick_xml::Reader::from_reader(bytes);
    r.config_mut().trim_text(false);
    r
}

fn local_name(raw: &str) -> &str {
    match raw.find(':') {
        Some(i) => &raw[i + 1..],
        None => raw,
    }
}

fn tag_name<'a>(e: &'a BytesStart<'_>) -> &'a str {
    local_name(e.name().into_inner())
}

fn unescape(v: &str) -> String {
    quick_xml::escape::unescape(v)
        .map(|c| c.into_owned())
        .unwrap_or_else(|_| v.to_string())
}

/// Attributes by local name (prefix dropped), unescaped, in order.
fn attrs(e: &BytesStart<'_>) -> Vec<(String, String)> {
    let mut it = e.attributes();
    it.with_checks(false);
    it.flatten()
        .map(|a| {
            (
                local_name(a.key.into_inner()).to_string(),
                unescape(&a.value),
            )
        })
        .collect()
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    attrs(e).into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn push_ref(out: &mut String, r: &BytesRef<'_>) {
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

/// A canonical text of an element and everything inside it (attributes sorted), read from
/// just after its start tag; for comparing style records between files.
fn subtree(r: &mut quick_xml::Reader<&[u8]>, start: &BytesStart<'_>, empty: bool) -> String {
    let mut out = String::new();
    let open = |e: &BytesStart<'_>, out: &mut String| {
        let mut a = attrs(e);
        a.sort();
        out.push('<');
        out.push_str(tag_name(e));
        for (k, v) in a {
            out.push_str(&format!(" {k}={v:?}"));
        }
        out.push('>');
    };
    open(start, &mut out);
    if empty {
        out.push_str("</>");
        return out;
    }
    let mut depth = 1;
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) => {
                depth += 1;
                open(&e, &mut out);
            }
            Event::Empty(e) => {
                open(&e, &mut out);
                out.push_str("</>");
            }
            Event::End(_) => {
                out.push_str("</>");
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Text(t) => out.push_str(t.xml10_content().trim()),
            Event::GeneralRef(g) => push_ref(&mut out, &g),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn zip_part(zip: &mut zip::ZipArchive<std::fs::File>, name: &str) -> Option<Vec<u8>> {
    let name = name.trim_start_matches('/');
    let mut f = zip.by_name(name).ok()?;
    let mut v = Vec::new();
    f.read_to_end(&mut v).ok()?;
    Some(v)
}

/// Resolves a relationship target against the folder of the part that holds it.
fn resolve_target(base_dir: &str, target: &str) -> String {
    if let Some(t) = target.strip_prefix('/') {
        return t.to_string();
    }
    let mut parts: Vec<&str> = base_dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The styles of a package: every `cellXfs` entry resolved to the font, fill, border and
/// number format it points at.
fn resolved_styles(bytes: &[u8]) -> Vec<String> {
    let mut r = xml_reader(bytes);
    let mut numfmts: HashMap<String, String> = HashMap::new();
    let mut lists: HashMap<&'static str, Vec<String>> = HashMap::new();
    let mut xfs: Vec<(Vec<(String, String)>, String)> = Vec::new();
    let mut section = String::new();
    loop {
        let ev = r.read_event().unwrap();
        let (e, empty) = match &ev {
            Event::Start(e) => (e.clone(), false),
            Event::Empty(e) => (e.clone(), true),
            Event::End(e) => {
                let n = local_name(e.name().into_inner()).to_string();
                if n == section {
                    section.clear();
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = tag_name(&e).to_string();
        match name.as_str() {
            "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "cellStyleXfs" | "dxfs"
            | "cellStyles" | "colors" | "extLst" | "tableStyles"
                if !empty =>
            {
                section = name;
            }
            "numFmt" if section == "numFmts" => {
                let id = attr(&e, "numFmtId").unwrap_or_default();
                numfmts.insert(id, attr(&e, "formatCode").unwrap_or_default());
                if !empty {
                    subtree(&mut r, &e, false);
                }
            }
            "font" | "fill" | "border" if section == format!("{name}s") => {
                let key: &'static str = match name.as_str() {
                    "font" => "font",
                    "fill" => "fill",
                    _ => "border",
                };
                let t = subtree(&mut r, &e, empty);
                lists.entry(key).or_default().push(t);
            }
            "xf" if section == "cellXfs" => {
                let a = attrs(&e);
                let inner = subtree(&mut r, &e, empty);
                xfs.push((a, inner));
            }
            _ if !section.is_empty() && !empty && section != name => {
                // anything else inside a section (dxfs, cellStyleXfs, extLst...): skip it
                subtree(&mut r, &e, false);
            }
            _ => {}
        }
    }
    let get = |k: &str, id: &str| -> String {
        id.parse::<usize>()
            .ok()
            .and_then(|i| lists.get(k).and_then(|l| l.get(i)).cloned())
            .unwrap_or_else(|| format!("{k}#{id}?"))
    };
    xfs.into_iter()
        .map(|(a, inner)| {
            let mut parts = Vec::new();
            for (k, v) in a {
                match k.as_str() {
                    "fontId" => parts.push(format!("font={}", get("font", &v))),
                    "fillId" => parts.push(format!("fill={}", get("fill", &v))),
                    "borderId" => parts.push(format!("border={}", get("border", &v))),
                    "numFmtId" => parts.push(format!(
                        "numFmt={}",
                        numfmts
                            .get(&v)
                            .cloned()
                            .unwrap_or_else(|| format!("builtin {v}"))
                    )),
                    // which parent cell style; its records are not resolved here
                    "xfId" => parts.push(format!("xfId={v}")),
                    _ => parts.push(format!("{k}={v}")),
                }
            }
            parts.sort();
            // the xf's own children (alignment, protection), without its attributes
            let children = inner.split_once('>').map(|x| x.1).unwrap_or("").to_string();
            format!("{} {}", parts.join(" "), children)
        })
        .collect()
}

/// Reads the package-level facts of an xlsx.
pub fn package(path: &Path) -> Package {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // the workbook part, from the package relationships
    let root_rels = zip_part(&mut zip, "_rels/.rels").expect("_rels/.rels");
    let mut wb_part = "xl/workbook.xml".to_string();
    {
        let mut r = xml_reader(&root_rels);
        loop {
            match r.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e)
                    if tag_name(&e) == "Relationship"
                        && attr(&e, "Type").is_some_and(|t| t.ends_with("/officeDocument")) =>
                {
                    wb_part = resolve_target("", &attr(&e, "Target").unwrap_or_default());
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    let wb_dir = wb_part
        .rsplit_once('/')
        .map(|x| x.0)
        .unwrap_or("")
        .to_string();
    let rels_part = format!(
        "{wb_dir}/_rels/{}.rels",
        wb_part.rsplit('/').next().unwrap()
    );
    let mut targets: HashMap<String, (String, String)> = HashMap::new();
    if let Some(bytes) = zip_part(&mut zip, &rels_part) {
        let mut r = xml_reader(&bytes);
        loop {
            match r.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e) if tag_name(&e) == "Relationship" => {
                    let id = attr(&e, "Id").unwrap_or_default();
                    let typ = attr(&e, "Type").unwrap_or_default();
                    let t = resolve_target(&wb_dir, &attr(&e, "Target").unwrap_or_default());
                    targets.insert(id, (typ, t));
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    let wb_xml = zip_part(&mut zip, &wb_part).expect("workbook part");
    let mut pkg = Package::default();
    let mut sheet_parts = Vec::new();
    {
        let mut r = xml_reader(&wb_xml);
        loop {
            match r.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e) if tag_name(&e) == "sheet" => {
                    let name = attr(&e, "name").unwrap_or_default();
                    let state = attr(&e, "state").unwrap_or_else(|| "visible".into());
                    let rid = attrs(&e)
                        .into_iter()
                        .find(|(k, _)| k == "id")
                        .map(|(_, v)| v)
                        .unwrap_or_default();
                    sheet_parts.push(targets.get(&rid).map(|t| t.1.clone()));
                    pkg.sheets.push(PkgSheet {
                        name,
                        state,
                        ..Default::default()
                    });
                }
                Event::Start(e) if tag_name(&e) == "definedName" => {
                    let name = attr(&e, "name").unwrap_or_default();
                    let local = attr(&e, "localSheetId").and_then(|v| v.parse().ok());
                    let hidden = attr(&e, "hidden").is_some_and(|v| v == "1" || v == "true");
                    let mut text = String::new();
                    loop {
                        match r.read_event().unwrap() {
                            Event::Text(t) => text.push_str(&t.xml10_content()),
                            Event::GeneralRef(g) => push_ref(&mut text, &g),
                            Event::End(_) | Event::Eof => break,
                            _ => {}
                        }
                    }
                    pkg.names.push(DefinedName {
                        name,
                        local,
                        text,
                        hidden,
                    });
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    let styles_part = targets
        .values()
        .find(|(t, _)| t.ends_with("/styles"))
        .map(|x| x.1.clone());
    let styles = styles_part
        .and_then(|p| zip_part(&mut zip, &p))
        .map(|b| resolved_styles(&b))
        .unwrap_or_default();
    pkg.default_style = styles.first().cloned().unwrap_or_default();
    for (sheet, part) in pkg.sheets.iter_mut().zip(sheet_parts) {
        let Some(bytes) = part.and_then(|p| zip_part(&mut zip, &p)) else {
            continue;
        };
        read_sheet_part(&bytes, &styles, sheet);
    }
    pkg
}

fn read_sheet_part(bytes: &[u8], styles: &[String], sheet: &mut PkgSheet) {
    let mut r = xml_reader(bytes);
    let mut cf: Option<(String, Vec<String>)> = None;
    loop {
        let ev = r.read_event().unwrap();
        let (e, empty) = match &ev {
            Event::Start(e) => (e.clone(), false),
            Event::Empty(e) => (e.clone(), true),
            Event::End(e) => {
                if local_name(e.name().into_inner()) == "conditionalFormatting" {
                    if let Some((sq, mut rules)) = cf.take() {
                        rules.sort();
                        sheet
                            .cond_formats
                            .push(format!("{sq} [{}]", rules.join(",")));
                    }
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match tag_name(&e) {
            "c" => {
                let Some((row, col)) = attr(&e, "r").and_then(|a| rakit::read::parse_cell_name(&a))
                else {
                    continue;
                };
                let s: usize = attr(&e, "s").and_then(|v| v.parse().ok()).unwrap_or(0);
                let st = styles.get(s).cloned().unwrap_or_else(|| format!("xf#{s}?"));
                sheet.styles.insert((row, col), st);
            }
            "mergeCell" => {
                if let Some(r) = attr(&e, "ref") {
                    sheet.merges.push(r);
                }
            }
            "dataValidation" => {
                let sq = attr(&e, "sqref").unwrap_or_default();
                let typ = attr(&e, "type").unwrap_or_default();
                let mut f1 = String::new();
                if !empty {
                    let t = subtree(&mut r, &e, false);
                    f1 = t
                        .split_once('>')
                        .map(|x| x.1.to_string())
                        .unwrap_or_default();
                }
                sheet.validations.push(format!("{sq} {typ} {f1}"));
            }
            "conditionalFormatting" => {
                let sq = attr(&e, "sqref").unwrap_or_default();
                if empty {
                    sheet.cond_formats.push(format!("{sq} []"));
                } else {
                    cf = Some((sq, Vec::new()));
                }
            }
            "cfRule" => {
                if let Some((_, rules)) = cf.as_mut() {
                    let t = attr(&e, "type").unwrap_or_default();
                    let op = attr(&e, "operator").unwrap_or_default();
                    rules.push(format!("{t}:{op}"));
                }
            }
            _ => {}
        }
    }
    sheet.merges.sort();
    sheet.validations.sort();
    sheet.cond_formats.sort();
}
