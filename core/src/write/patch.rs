//! Patching an xlsx package: every entry is copied as it is (the compressed bytes, not
//! recompressed) except the parts that must change — the edited sheets, their relationships,
//! the stylesheet when cells are highlighted, the workbook, its relationships and the content
//! types — and the parts that are added: notes, added sheets.
//!
//! The calculation chain is dropped and the workbook asks for a full recalculation on
//! load, since edited cells may feed formulas.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Seek, Write};

use quick_xml::events::{BytesStart, Event};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::extra::sheet_xml;
use super::names::unique_sheet_name;
use super::notes::{self, Note};
use super::pkg::{
    self, dir_of, new_rel_id, parse_rels, relative_target, rels_path_for, resolve, Package, Rel,
};
use super::sheet;
use super::styles::{minimal_styles, ExtraXfs, Styles};
use super::xml::{self, attr, esc_attr, local, prefixed_attr, Tag};
use super::{CellEdit, ExtraSheet, WriteError};

/// Workbook children that come after `<calcPr>`.
const AFTER_CALC: [&str; 9] = [
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
];

/// Copies the xlsx package `bytes` into `out`, with `edits` applied to existing sheets and
/// `extra` sheets added after the existing ones (or, where rakit wrote them earlier,
/// replacing them in place).
///
/// Untouched entries are copied byte for byte. An edit names its sheet as the workbook
/// does (an exact match first, then one that ignores case); an edit on a sheet the workbook
/// does not have is an error. Notes go into legacy comments; on a sheet whose existing
/// drawing cannot be extended safely the notes are left out (the values are still written).
pub fn patch_xlsx(
    bytes: Vec<u8>,
    out: &mut (impl Write + Seek),
    edits: &[CellEdit],
    extra: &[ExtraSheet],
) -> Result<(), WriteError> {
    patch_bytes(bytes, out, edits, extra)
}

/// One `<sheet>` of the workbook.
#[derive(Debug, Clone)]
struct SheetEntry {
    name: String,
    sheet_id: u32,
    rid: String,
}

struct WorkbookInfo {
    sheets: Vec<SheetEntry>,
    r_prefix: Option<String>,
}

fn parse_workbook(bytes: &[u8], part: &str) -> Result<WorkbookInfo, WriteError> {
    let mut r = xml::reader(bytes);
    let mut info = WorkbookInfo {
        sheets: Vec::new(),
        r_prefix: None,
    };
    let mut depth = 0usize;
    loop {
        let ev = r.read_event().map_err(|e| xml::bad(part, e))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if depth == 0 {
                    if local(e) != "workbook" {
                        return Err(xml::bad(part, "the root element is not <workbook>"));
                    }
                    info.r_prefix = xml::ns_prefix_for(e, xml::NS_R);
                } else if local(e) == "sheet" && depth == 2 {
                    info.sheets.push(SheetEntry {
                        name: attr(e, "name").unwrap_or_default(),
                        sheet_id: attr(e, "sheetId")
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(0),
                        rid: prefixed_attr(e, "id").unwrap_or_default(),
                    });
                }
                if matches!(ev, Event::Start(_)) {
                    depth += 1;
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => break,
            _ => {}
        }
    }
    if info.sheets.is_empty() {
        return Err(xml::bad(part, "the workbook lists no sheets"));
    }
    Ok(info)
}

/// The workbook with the added `<sheet>` elements and `fullCalcOnLoad`.
fn rewrite_workbook(
    bytes: &[u8],
    part: &str,
    r_prefix: Option<&str>,
    added: &[SheetEntry],
) -> Result<Vec<u8>, WriteError> {
    struct Workbook<'a> {
        r_prefix: Option<&'a str>,
        added: &'a [SheetEntry],
        calc_done: bool,
        after_sheets: bool,
    }
    impl Workbook<'_> {
        fn sheet_elems(&self, p: &str) -> String {
            let mut s = String::new();
            for a in self.added {
                let rid_attr = match self.r_prefix {
                    Some(rp) => format!("{rp}:id=\"{}\"", esc_attr(&a.rid)),
                    None => format!("xmlns:r=\"{}\" r:id=\"{}\"", xml::NS_R, esc_attr(&a.rid)),
                };
                s.push_str(&format!(
                    "<{p}sheet name=\"{}\" sheetId=\"{}\" {rid_attr}/>",
                    esc_attr(&a.name),
                    a.sheet_id
                ));
            }
            s
        }
        fn calc(&mut self, p: &str) -> String {
            self.calc_done = true;
            format!("<{p}calcPr fullCalcOnLoad=\"1\"/>")
        }
    }
    impl xml::Editor for Workbook<'_> {
        fn before(&mut self, at: &xml::At<'_>, _e: &BytesStart<'_>) -> Option<String> {
            (at.depth == 1
                && self.after_sheets
                && !self.calc_done
                && AFTER_CALC.contains(&at.local))
            .then(|| self.calc(at.prefix))
        }
        fn open(&mut self, at: &xml::At<'_>, e: &BytesStart<'_>, _empty: bool) -> xml::Open {
            if at.depth != 1 {
                return xml::Open::Keep;
            }
            match at.local {
                "calcPr" => {
                    self.calc_done = true;
                    let mut t = Tag::from(e);
                    t.set("fullCalcOnLoad", "1");
                    xml::Open::Retag(t)
                }
                "sheets" => {
                    self.after_sheets = true;
                    xml::Open::Keep
                }
                _ => xml::Open::Keep,
            }
        }
        fn close(&mut self, at: &xml::At<'_>) -> Option<String> {
            match at.depth {
                1 if at.local == "sheets" => Some(self.sheet_elems(at.prefix)),
                0 if !self.calc_done => Some(self.calc(at.prefix)),
                _ => None,
            }
        }
    }
    xml::edit(
        bytes,
        part,
        added.len() * 96 + 64,
        &mut Workbook {
            r_prefix,
            added,
            calc_done: false,
            after_sheets: false,
        },
    )
}

/// The part of the workbook: from `_rels/.rels`, else the usual place.
fn workbook_part(pkg: &mut Package) -> Result<String, WriteError> {
    if let Some(bytes) = pkg.read("_rels/.rels")? {
        let rels = parse_rels(&bytes, "_rels/.rels")?;
        if let Some(rel) = rels.iter().find(|r| r.is("officeDocument") && !r.external) {
            let part = resolve("", &rel.target);
            if pkg.has(&part) {
                return Ok(part);
            }
        }
    }
    if pkg.has("xl/workbook.xml") {
        Ok("xl/workbook.xml".to_string())
    } else {
        Err(WriteError::Package(
            "the package has no workbook part (xl/workbook.xml)".to_string(),
        ))
    }
}

fn patch_bytes(
    bytes: Vec<u8>,
    out: &mut (impl Write + Seek),
    edits: &[CellEdit],
    extra: &[ExtraSheet],
) -> Result<(), WriteError> {
    let mut pkg = Package::open(bytes)?;
    let wb_part = workbook_part(&mut pkg)?;
    let wb_dir = dir_of(&wb_part).to_string();
    let wb_bytes = pkg.read_required(&wb_part)?;
    let wb = parse_workbook(&wb_bytes, &wb_part)?;
    let wb_rels_part = rels_path_for(&wb_part);
    let wb_rels_bytes = pkg.read_required(&wb_rels_part)?;
    let wb_rels = parse_rels(&wb_rels_bytes, &wb_rels_part)?;
    let ct_bytes = pkg.read_required("[Content_Types].xml")?;

    // parts changed (by entry name), parts added, parts dropped
    let mut changed: HashMap<String, Vec<u8>> = HashMap::new();
    let mut added: Vec<(String, Vec<u8>)> = Vec::new();
    let mut dropped: HashSet<String> = HashSet::new();
    let mut taken_names: HashSet<String> = HashSet::new();
    let mut ct_remove: Vec<String> = Vec::new();
    let mut ct_overrides: Vec<(String, &str)> = Vec::new();
    let mut ct_defaults: Vec<(&str, &str)> = Vec::new();
    let mut wb_rels_remove: Vec<String> = Vec::new();
    let mut wb_rels_add: Vec<Rel> = Vec::new();
    let mut taken_rids: HashSet<String> = HashSet::new();

    // a template's copy is a workbook (Excel opens a file named .xlsx or .xlsm only when its
    // main part says it is one); a macro workbook stays one, macros and all
    if let Some(ct) = pkg::content_type_of(&ct_bytes, &wb_part) {
        let as_workbook = match ct.as_str() {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" => {
                Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
            }
            "application/vnd.ms-excel.template.macroEnabled.main+xml" => {
                Some("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            }
            _ => None,
        };
        if let Some(t) = as_workbook {
            ct_remove.push(wb_part.clone());
            ct_overrides.push((wb_part.clone(), t));
        }
    }

    // group the edits by sheet (the last edit of a cell wins)
    let mut by_sheet: Vec<BTreeMap<(u32, u32), &CellEdit>> = vec![BTreeMap::new(); wb.sheets.len()];
    for e in edits {
        let i = wb
            .sheets
            .iter()
            .position(|s| s.name == e.sheet)
            .or_else(|| {
                wb.sheets
                    .iter()
                    .position(|s| s.name.to_lowercase() == e.sheet.to_lowercase())
            })
            .ok_or_else(|| {
                WriteError::Package(format!("the workbook has no sheet named {:?}", e.sheet))
            })?;
        if e.row >= 1_048_576 || e.col >= 16_384 {
            return Err(WriteError::Xlsx(format!(
                "cell ({}, {}) of sheet {:?} is outside Excel's grid",
                e.row, e.col, e.sheet
            )));
        }
        by_sheet[i].insert((e.row, e.col), e);
    }

    // the stylesheet, when new formats are needed
    let needs_styles = edits.iter().any(|e| e.highlight) || !extra.is_empty();
    let mut styles_part: Option<String> = None;
    let mut styles_bytes: Option<Vec<u8>> = None;
    let mut styles_is_new = false;
    if needs_styles {
        let found = wb_rels
            .iter()
            .find(|r| r.is("styles") && !r.external)
            .map(|r| resolve(&wb_dir, &r.target));
        match found {
            Some(part) if pkg.has(&part) => {
                styles_bytes = Some(pkg.read_required(&part)?);
                styles_part = Some(part);
            }
            _ => {
                let part = pkg.unused_name(&format!("{wb_dir}styles"), ".xml", &mut taken_names);
                styles_bytes = Some(minimal_styles());
                styles_part = Some(part);
                styles_is_new = true;
            }
        }
    }
    let styles = match &styles_bytes {
        Some(b) => Some(Styles::parse(b)?),
        None => None,
    };
    let mut alloc = match &styles {
        Some(s) => s.alloc(),
        None => Styles::parse(&minimal_styles())?.alloc(),
    };

    // VML blocks in use, so that new drawings get their own
    let mut vml_blocks: HashSet<u32> = HashSet::new();
    let vml_parts: Vec<String> = pkg
        .names
        .iter()
        .filter(|n| n.to_ascii_lowercase().ends_with(".vml"))
        .cloned()
        .collect();
    for v in vml_parts {
        if let Some(b) = pkg.read(&v)? {
            vml_blocks.extend(notes::vml_blocks(&b));
        }
    }

    // the edited sheets
    for (i, cells) in by_sheet.iter().enumerate() {
        if cells.is_empty() {
            continue;
        }
        let entry = &wb.sheets[i];
        let rel = wb_rels.iter().find(|r| r.id == entry.rid).ok_or_else(|| {
            WriteError::Package(format!(
                "sheet {:?} has no relationship {:?} in {wb_rels_part}",
                entry.name, entry.rid
            ))
        })?;
        if !rel.is("worksheet") {
            return Err(WriteError::Package(format!(
                "sheet {:?} is not a worksheet (a chart sheet or dialog sheet cannot take cell edits)",
                entry.name
            )));
        }
        let sheet_part = resolve(&wb_dir, &rel.target);
        let sheet_entry = pkg
            .find(&sheet_part)
            .map(str::to_string)
            .ok_or_else(|| WriteError::Package(format!("the package has no {sheet_part}")))?;
        let sheet_bytes = pkg.read_required(&sheet_entry)?;
        let scan = sheet::scan(&sheet_bytes, &sheet_entry, cells)?;

        // notes, last one per cell
        let sheet_notes: Vec<Note> = cells
            .values()
            .filter_map(|e| {
                e.note
                    .as_ref()
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| Note {
                        row: e.row,
                        col: e.col,
                        text: n.clone(),
                    })
            })
            .collect();
        let mut legacy_elem: Option<String> = None;
        if !sheet_notes.is_empty() {
            let rels_part = rels_path_for(&sheet_entry);
            let rels_bytes = pkg.read(&rels_part)?;
            let rels = match &rels_bytes {
                Some(b) => parse_rels(b, &rels_part)?,
                None => Vec::new(),
            };
            let sheet_dir = dir_of(&sheet_entry).to_string();
            let comments_rel = rels.iter().find(|r| r.is("comments") && !r.external);
            let plan = plan_notes(
                &mut pkg,
                &sheet_entry,
                &sheet_dir,
                &rels,
                comments_rel,
                scan.legacy_rid.as_deref(),
                &sheet_notes,
                &mut taken_names,
                &mut vml_blocks,
            )?;
            if let Some(plan) = plan {
                let mut rids = HashSet::new();
                let mut rels_add = Vec::new();
                for (kind, target_part) in &plan.new_rels {
                    let id = new_rel_id(&rels, &mut rids);
                    if *kind == "vmlDrawing" {
                        legacy_elem = Some(notes::legacy_drawing(
                            &xml_prefix_of_root(&sheet_bytes),
                            scan.r_prefix.as_deref(),
                            &id,
                        ));
                    }
                    rels_add.push(Rel {
                        id,
                        typ: format!("{}{kind}", xml::REL_BASE),
                        target: relative_target(&sheet_entry, target_part),
                        external: false,
                    });
                }
                for (part, bytes, ct) in plan.parts {
                    match pkg.find(&part).map(str::to_string) {
                        Some(existing) => {
                            changed.insert(existing, bytes);
                        }
                        None => {
                            if let Some(ct) = ct {
                                ct_overrides.push((part.clone(), ct));
                            }
                            added.push((part, bytes));
                        }
                    }
                }
                if plan.vml_added {
                    ct_defaults.push(("vml", xml::CT_VML));
                }
                if !rels_add.is_empty() {
                    let new_rels =
                        pkg::rewrite_rels(rels_bytes.as_deref(), &rels_part, &[], &rels_add)?;
                    match pkg.find(&rels_part).map(str::to_string) {
                        Some(existing) => {
                            changed.insert(existing, new_rels);
                        }
                        None => added.push((rels_part.clone(), new_rels)),
                    }
                }
            }
        }
        let patched = sheet::patch(
            &sheet_bytes,
            &sheet_entry,
            cells,
            &scan,
            &mut alloc,
            legacy_elem.as_deref(),
        )?;
        changed.insert(sheet_entry, patched);
    }

    // added sheets
    let mut new_sheets: Vec<SheetEntry> = Vec::new();
    if !extra.is_empty() {
        let xfs = match &styles {
            Some(s) => s.extra_xfs(&alloc),
            None => ExtraXfs {
                bold: 0,
                link: 0,
                wrap: 0,
                decimal2: 0,
            },
        };
        let mut names: Vec<String> = wb.sheets.iter().map(|s| s.name.clone()).collect();
        let first_id = wb.sheets.iter().map(|s| s.sheet_id).max().unwrap_or(0) + 1;
        let mut sheet_ids = first_id..;
        for sh in extra {
            // rakit's own sheet of an earlier run: new content in the same part and place
            let earlier = wb.sheets.iter().find(|s| sh.replaces && s.name == sh.name);
            if let Some(entry) = earlier {
                let rel = wb_rels
                    .iter()
                    .find(|r| r.id == entry.rid && r.is("worksheet"));
                if let Some(part) = rel.and_then(|r| pkg.find(&resolve(&wb_dir, &r.target))) {
                    let part = part.to_string();
                    // what hung on the old sheet (notes) goes with it
                    let rels_part = rels_path_for(&part);
                    if let Some(existing) = pkg.find(&rels_part) {
                        dropped.insert(existing.to_string());
                    }
                    changed.insert(part, sheet_xml(sh, xfs).into_bytes());
                    continue;
                }
            }
            let Some(sheet_id) = sheet_ids.next() else {
                break;
            };
            let name = unique_sheet_name(&sh.name, &names);
            names.push(name.clone());
            let part = pkg.unused_name(
                &format!("{wb_dir}worksheets/sheet"),
                ".xml",
                &mut taken_names,
            );
            let rid = new_rel_id(&wb_rels, &mut taken_rids);
            wb_rels_add.push(Rel {
                id: rid.clone(),
                typ: format!("{}worksheet", xml::REL_BASE),
                target: relative_target(&wb_part, &part),
                external: false,
            });
            ct_overrides.push((part.clone(), xml::CT_WORKSHEET));
            added.push((part, sheet_xml(sh, xfs).into_bytes()));
            new_sheets.push(SheetEntry {
                name,
                sheet_id,
                rid,
            });
        }
    }

    // the stylesheet
    if let (Some(st), Some(part), Some(b)) = (&styles, &styles_part, &styles_bytes) {
        let extra_xfs = (!extra.is_empty()).then(|| st.extra_xfs(&alloc));
        if alloc.is_used() || extra_xfs.is_some() {
            let new = st.rewrite(b, &alloc, extra_xfs)?;
            if styles_is_new {
                let rid = new_rel_id(&wb_rels, &mut taken_rids);
                wb_rels_add.push(Rel {
                    id: rid,
                    typ: format!("{}styles", xml::REL_BASE),
                    target: relative_target(&wb_part, part),
                    external: false,
                });
                ct_overrides.push((part.clone(), xml::CT_STYLES));
                added.push((part.clone(), new));
            } else if let Some(existing) = pkg.find(part).map(str::to_string) {
                changed.insert(existing, new);
            }
        }
    }

    // the calculation chain goes
    for rel in wb_rels.iter().filter(|r| r.is("calcChain") && !r.external) {
        let part = resolve(&wb_dir, &rel.target);
        if let Some(existing) = pkg.find(&part).map(str::to_string) {
            dropped.insert(existing);
        }
        ct_remove.push(part);
        wb_rels_remove.push(rel.id.clone());
    }

    // workbook, its relationships, content types
    let new_wb = rewrite_workbook(&wb_bytes, &wb_part, wb.r_prefix.as_deref(), &new_sheets)?;
    changed.insert(entry_name(&pkg, &wb_part), new_wb);
    if !wb_rels_remove.is_empty() || !wb_rels_add.is_empty() {
        let new_rels = pkg::rewrite_rels(
            Some(&wb_rels_bytes),
            &wb_rels_part,
            &wb_rels_remove,
            &wb_rels_add,
        )?;
        changed.insert(entry_name(&pkg, &wb_rels_part), new_rels);
    }
    if !ct_remove.is_empty() || !ct_overrides.is_empty() || !ct_defaults.is_empty() {
        let new_ct =
            pkg::rewrite_content_types(&ct_bytes, &ct_remove, &ct_defaults, &ct_overrides)?;
        changed.insert(entry_name(&pkg, "[Content_Types].xml"), new_ct);
    }

    write_package(pkg, out, &changed, &added, &dropped)
}

fn entry_name(pkg: &Package, part: &str) -> String {
    pkg.find(part).unwrap_or(part).to_string()
}

/// The prefix (with colon) of the root element of a part.
fn xml_prefix_of_root(bytes: &[u8]) -> String {
    let mut r = xml::reader(bytes);
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => return xml::prefix_of(&e),
            Ok(Event::Eof) | Err(_) => return String::new(),
            _ => {}
        }
    }
}

/// What adding notes to one sheet takes.
struct NotesPlan {
    /// parts written: (part, bytes, content type when the part is new)
    parts: Vec<(String, Vec<u8>, Option<&'static str>)>,
    /// relationships the sheet gets: (kind, target part)
    new_rels: Vec<(&'static str, String)>,
    vml_added: bool,
}

#[allow(clippy::too_many_arguments)]
fn plan_notes(
    pkg: &mut Package,
    sheet_part: &str,
    sheet_dir: &str,
    rels: &[Rel],
    comments_rel: Option<&Rel>,
    legacy_rid: Option<&str>,
    notes_in: &[Note],
    taken: &mut HashSet<String>,
    vml_blocks: &mut HashSet<u32>,
) -> Result<Option<NotesPlan>, WriteError> {
    let _ = sheet_part;
    let xl_dir = {
        // comments and drawings live next to the worksheets folder
        let d = sheet_dir.trim_end_matches('/');
        match d.rfind('/') {
            Some(i) => d[..=i].to_string(),
            None => String::new(),
        }
    };
    match (legacy_rid, comments_rel) {
        (None, None) => {
            // a new comments part and drawing
            let comments = pkg.unused_name(&format!("{xl_dir}comments"), ".xml", taken);
            let vml = pkg.unused_name(&format!("{xl_dir}drawings/vmlDrawing"), ".vml", taken);
            let mut block = 1;
            while vml_blocks.contains(&block) {
                block += 1;
            }
            vml_blocks.insert(block);
            Ok(Some(NotesPlan {
                parts: vec![
                    (
                        comments.clone(),
                        notes::new_comments(notes_in),
                        Some(xml::CT_COMMENTS),
                    ),
                    (vml.clone(), notes::new_vml(notes_in, block), None),
                ],
                new_rels: vec![("comments", comments), ("vmlDrawing", vml)],
                vml_added: true,
            }))
        }
        (Some(rid), comments_rel) => {
            // extend the existing drawing; extend or add the comments part
            let Some(vml_rel) = rels
                .iter()
                .find(|r| r.id == rid && r.is("vmlDrawing") && !r.external)
            else {
                return Ok(None);
            };
            let vml_part = resolve(sheet_dir, &vml_rel.target);
            let Some(vml_bytes) = pkg.read(&vml_part)? else {
                return Ok(None);
            };
            let (comments_part, existing_comments) = match comments_rel {
                Some(c) => {
                    let part = resolve(sheet_dir, &c.target);
                    match pkg.read(&part)? {
                        Some(b) => (part, Some(b)),
                        None => return Ok(None),
                    }
                }
                None => (
                    pkg.unused_name(&format!("{xl_dir}comments"), ".xml", taken),
                    None,
                ),
            };
            let (comments_bytes, already) = match &existing_comments {
                Some(b) => {
                    let Ok(already) = notes::commented_cells(b, &comments_part) else {
                        return Ok(None);
                    };
                    match notes::merge_comments(b, &comments_part, notes_in) {
                        Ok(m) => (m, already),
                        Err(_) => return Ok(None),
                    }
                }
                None => (notes::new_comments(notes_in), HashSet::new()),
            };
            let boxes: Vec<Note> = notes_in
                .iter()
                .filter(|n| !already.contains(&(n.row, n.col)))
                .cloned()
                .collect();
            let Some(vml_new) = notes::merge_vml(&vml_bytes, &boxes) else {
                return Ok(None);
            };
            let mut new_rels = Vec::new();
            let ct = if existing_comments.is_none() {
                new_rels.push(("comments", comments_part.clone()));
                Some(xml::CT_COMMENTS)
            } else {
                None
            };
            Ok(Some(NotesPlan {
                parts: vec![
                    (comments_part, comments_bytes, ct),
                    (vml_part, vml_new, None),
                ],
                new_rels,
                vml_added: false,
            }))
        }
        // comments without a drawing: not something we can extend safely
        (None, Some(_)) => Ok(None),
    }
}

fn write_package(
    mut pkg: Package,
    out: &mut (impl Write + Seek),
    changed: &HashMap<String, Vec<u8>>,
    added: &[(String, Vec<u8>)],
    dropped: &HashSet<String>,
) -> Result<(), WriteError> {
    let zerr = |e: zip::result::ZipError| WriteError::Package(format!("writing the zip: {e}"));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(false);
    let mut zw = ZipWriter::new(out);
    let names = pkg.names.clone();
    for (i, name) in names.iter().enumerate() {
        if dropped.contains(name) {
            continue;
        }
        if let Some(bytes) = changed.get(name) {
            zw.start_file(name.as_str(), opts).map_err(zerr)?;
            zw.write_all(bytes)?;
        } else {
            let file = pkg
                .zip
                .by_index_raw(i)
                .map_err(|e| WriteError::Package(format!("{name}: {e}")))?;
            zw.raw_copy_file(file).map_err(zerr)?;
        }
    }
    for (name, bytes) in added {
        zw.start_file(name.as_str(), opts).map_err(zerr)?;
        zw.write_all(bytes)?;
    }
    zw.finish().map_err(zerr)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbook_gets_sheets_and_calc() {
        let src = br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="x">A!$A$1</definedName></definedNames><extLst/></workbook>"#;
        let info = parse_workbook(src, "wb").unwrap();
        assert_eq!(info.sheets.len(), 1);
        let out = rewrite_workbook(
            src,
            "wb",
            info.r_prefix.as_deref(),
            &[SheetEntry {
                name: "T & U".into(),
                sheet_id: 2,
                rid: "rId9".into(),
            }],
        )
        .unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.contains(r#"<sheet name="T &amp; U" sheetId="2" r:id="rId9"/></sheets>"#),
            "{s}"
        );
        assert!(
            s.contains(r#"</definedNames><calcPr fullCalcOnLoad="1"/><extLst/>"#),
            "{s}"
        );

        let src2 = br#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets><calcPr calcId="191029" fullCalcOnLoad="0"/></workbook>"#;
        let s2 = String::from_utf8(rewrite_workbook(src2, "wb", None, &[]).unwrap()).unwrap();
        assert!(
            s2.contains(r#"<calcPr calcId="191029" fullCalcOnLoad="1"/>"#),
            "{s2}"
        );
    }
}
