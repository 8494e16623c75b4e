//! One file's report for people.

use std::collections::hash_map::Entry as Slot;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use super::diagnostic::{self, Entry};
use super::Term;
use crate::app::{FileReport, Status};
use crate::fix::level_name;
use crate::i18n::Lang;
use crate::read::parse_cell_name;
use crate::report::{FileView, FindingView};
use crate::rules::Severity;

rakit_core::texts! {
    ERROR = "render.file.error",
        "GALAT",
        "ERROR";
    WARNING = "render.file.warning",
        "PERINGATAN",
        "WARNING";
    ALL = "render.file.all",
        "semua",
        "all";
    CORRECTED_BY_RAKIT_FIX_FIX = "render.file.corrected_by_rakit_fix_fix",
        "diperbaiki rakit fix [fix]",
        "corrected by rakit fix [fix]";
    THE_CELL_IS_EMPTY = "render.file.the_cell_is_empty",
        "sel kosong",
        "the cell is empty";
    TYPED = "render.file.typed",
        "tertulis",
        "typed";
    SHOULD_BE = "render.file.should_be",
        "seharusnya",
        "should be";
    YEAR = "render.file.year",
        "tahun",
        "year";
    NO_FINDINGS_EVERY_CAPAIAN_MATCHES = "render.file.no_findings_every_capaian_matches",
        "Tidak ada temuan: semua % capaian cocok dengan hitungan ulang.",
        "No findings: every % capaian matches its recalculation.";
    ERRORS = "render.file.errors",
        "galat",
        "errors";
    WARNINGS = "render.file.warnings",
        "peringatan",
        "warnings";
    CORRECTED_BY_RAKIT_FIX_MARKED = "render.file.corrected_by_rakit_fix_marked",
        "diperbaiki otomatis oleh rakit fix (ditandai [fix]; berkas asli tidak disentuh)",
        "corrected by rakit fix (marked [fix]; the input is not touched)";
    NEED_A_PERSON_TO_CHECK = "render.file.need_a_person_to_check",
        "perlu diperiksa dan diperbaiki sendiri di Excel",
        "need a person to check and correct them in Excel";
    INFO_HOW_RAKIT_READ_THIS = "render.file.info_how_rakit_read_this",
        "info: cara rakit membaca buku kerja ini, tidak perlu diubah",
        "info: how rakit read this workbook, nothing to change";
    BY_RULE = "render.file.by_rule",
        "Per aturan",
        "By rule";
    FINDING = "render.file.finding",
        "temuan",
        "finding";
    FINDINGS = "render.file.findings",
        "temuan",
        "findings";
    INDICATOR = "render.file.indicator",
        "indikator",
        "indicator";
    INDICATORS = "render.file.indicators",
        "indikator",
        "indicators";
    // a space that does not break: `TW 2` stays on one line
    QUARTER = "render.file.quarter",
        "TW\u{a0}{q}",
        "Q{q}";
    SEMESTER = "render.file.semester",
        "Semester\u{a0}{s}",
        "Semester\u{a0}{s}";
}

/// ANSI colours of the severities.
fn colour(sev: Severity) -> &'static str {
    match sev {
        Severity::Error => "31",
        Severity::Warning => "33",
        Severity::Info => "36",
    }
}

fn severity_word(sev: Severity, lang: Lang) -> &'static str {
    match sev {
        Severity::Error => ERROR.get(lang),
        Severity::Warning => WARNING.get(lang),
        Severity::Info => "INFO",
    }
}

/// A name cut to `max` characters (names of indikator run long).
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t = t.trim_end().to_string();
        t.push('…');
        t
    }
}

/// Where a finding stands in people's terms: `Kegiatan "…" › indikator "…" › TW 2`.
pub(crate) fn place_text(f: &FindingView, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(level) = f.level {
        match &f.induk {
            Some(induk) => parts.push(format!(
                "{} \"{}\"",
                level_name(level, lang),
                short(induk, 50)
            )),
            None => parts.push(level_name(level, lang).to_string()),
        }
    }
    if let Some(ind) = &f.indikator {
        parts.push(format!("{} \"{}\"", INDICATOR.get(lang), short(ind, 60)));
    }
    if let Some(q) = f.quarter {
        parts.push(rakit_core::msg!(QUARTER, q).render(lang));
    }
    if let Some(n) = f.semester {
        let s = rakit_core::model::half_numeral(n);
        parts.push(rakit_core::msg!(SEMESTER, s).render(lang));
    }
    if let Some(m) = f.month {
        parts.push(match lang {
            Lang::Id => crate::layout::monthly::name_id(m).to_string(),
            Lang::En => crate::layout::monthly::name_en(m).to_string(),
        });
    }
    parts.join(" › ")
}

/// `di E14` / `sheet PK 2014, E14`: the cells of an entry.
fn cells_text(cells: &[(String, String)], one_sheet: bool) -> String {
    if one_sheet {
        return cells
            .iter()
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join(", ");
    }
    let mut by_sheet: Vec<(&str, Vec<&str>)> = Vec::new();
    for (s, c) in cells {
        match by_sheet.iter_mut().find(|(name, _)| name == s) {
            Some((_, list)) => list.push(c),
            None => by_sheet.push((s, vec![c])),
        }
    }
    by_sheet
        .iter()
        .map(|(s, cs)| format!("{s}!{}", cs.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A message over one or many cells (the same text at several cells is shown once).
struct Group<'v, 'a> {
    first: &'v FindingView<'a>,
    cells: Vec<(String, String)>,
    /// the places of its cells, when they are all the same
    place: Option<String>,
}

/// The findings of one file, for a person: the header line, the overview, the findings
/// grouped by rule. (`quiet`: nothing; the closing summary line is the caller's.)
pub fn file_report(r: &FileReport, lang: Lang, term: Term, quiet: bool) -> String {
    let mut out = String::new();
    if quiet {
        return out;
    }
    let rule_line = |title: &str| -> String {
        let head = format!("━━ {title} ");
        let fill = term.width.saturating_sub(super::visible_width(&head));
        if super::visible_width(&head) > term.width {
            term.wrap(title, "━━ ", "   ")
        } else {
            format!("{head}{}\n", "━".repeat(fill))
        }
    };
    out.push_str(&term.paint(rule_line(&r.path.display().to_string()).trim_end(), "1"));
    out.push('\n');
    // why it cannot be read: the summary line that follows says it
    if r.status == Status::Unreadable {
        return out;
    }
    let view = FileView::of(r, lang);
    let file = r
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    overview(&mut out, r, &view, lang, term);
    if view.findings.is_empty() {
        return out;
    }
    let one_sheet = view
        .findings
        .iter()
        .all(|f| f.sheet == view.findings[0].sheet);
    // by severity, then by code; each rule's findings in sheet order
    let mut groups: BTreeMap<(Severity, &str), Vec<&FindingView>> = BTreeMap::new();
    for f in &view.findings {
        groups.entry((f.severity, f.code)).or_default().push(f);
    }
    for ((sev, code), fs) in &groups {
        out.push('\n');
        let first = fs[0];
        let fixable = fs.iter().filter(|f| f.fixable).count();
        let mut head = format!(
            "{} {code} {} · {} {}",
            severity_word(*sev, lang),
            first.rule,
            fs.len(),
            if fs.len() == 1 {
                FINDING.get(lang)
            } else {
                FINDINGS.get(lang)
            },
        );
        if fixable > 0 {
            let _ = write!(
                head,
                " · {} {}",
                if fixable == fs.len() {
                    ALL.get(lang).to_string()
                } else {
                    fixable.to_string()
                },
                CORRECTED_BY_RAKIT_FIX_FIX.get(lang)
            );
        }
        let wrapped = term.wrap(&head, "", "  ");
        for line in wrapped.lines() {
            out.push_str(&term.paint(line, colour(*sev)));
            out.push('\n');
        }
        // the same message (and advice) at several cells: shown once with its cells
        let mut entries: Vec<Group> = Vec::new();
        // what makes findings the same: the message, found, expected and whether rakit fix
        // corrects them; the advice too, unless it does (a correction needs none of its own)
        type Same<'f> = (
            &'f str,
            Option<&'f str>,
            Option<&'f str>,
            Option<&'f str>,
            bool,
        );
        let mut index: HashMap<Same, usize> = HashMap::new();
        for f in fs {
            let key: Same = (
                &f.message,
                (!f.fixable).then_some(&*f.help),
                f.found,
                f.expected.as_deref(),
                f.fixable,
            );
            let same = match index.entry(key) {
                Slot::Occupied(o) => entries.get_mut(*o.get()),
                Slot::Vacant(v) => {
                    v.insert(entries.len());
                    None
                }
            };
            let place = place_text(f, lang);
            match same {
                Some(e) => {
                    e.cells.push((f.sheet.to_string(), f.cell.clone()));
                    if e.place.as_deref() != Some(place.as_str()) {
                        e.place = None;
                    }
                }
                None => entries.push(Group {
                    first: f,
                    cells: vec![(f.sheet.to_string(), f.cell.clone())],
                    place: Some(place),
                }),
            }
        }
        let one_help = entries.iter().all(|e| e.first.help == first.help);
        // a correction rakit makes needs no advice of its own: the first one shows it
        let example = entries
            .iter()
            .position(|e| e.first.fixable && !e.first.help.is_empty());
        let mut drawn = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let f = e.first;
            let mut message = cells_text(&e.cells, one_sheet);
            if let Some(place) = e.place.as_deref().filter(|p| !p.is_empty()) {
                let _ = write!(message, " — {place}");
            }
            message.push('\n');
            message.push_str(&f.message);
            let mut values = Vec::new();
            if let Some(found) = f.found {
                if found.is_empty() {
                    values.push(THE_CELL_IS_EMPTY.get(lang).to_string());
                } else {
                    values.push(format!("{} \"{found}\"", TYPED.get(lang)));
                }
            }
            if let Some(exp) = &f.expected {
                values.push(format!("{} {exp}", SHOULD_BE.get(lang)));
            }
            let mut values = values.join(", ");
            if f.fixable {
                values.push_str(if values.is_empty() { "[fix]" } else { " [fix]" });
            }
            let shows_help = if one_help {
                i == 0
            } else {
                !f.fixable || example == Some(i)
            };
            let (row, col) = parse_cell_name(&f.cell).unwrap_or((f.row.saturating_sub(1), 0));
            let entry = Entry {
                code: format!("{code}({})", f.rule),
                severity: f.severity,
                message,
                help: (shows_help && !f.help.is_empty()).then(|| f.help.to_string()),
                sheet: f.sheet,
                row,
                col,
                source_name: format!("{file} › {} › {}", f.sheet, f.cell),
                label: (!values.is_empty()).then_some(values),
                found: f.found,
            };
            drawn.push(entry);
        }
        // drawn side by side (a workbook of 50,000 rows may have thousands), kept in order
        use rayon::prelude::*;
        let texts: Vec<String> = drawn
            .par_iter()
            .map(|entry| diagnostic::render(entry, r.workbook.as_ref(), lang, term))
            .collect();
        out.push_str(&texts.join("\n"));
    }
    out.push('\n');
    out
}

/// The overview of a file: its sheets, the counts by kind, what `rakit fix` corrects and
/// what needs a person, the rules that found something.
fn overview(out: &mut String, r: &FileReport, view: &FileView, lang: Lang, term: Term) {
    for s in &r.sheets {
        let mut line = format!("Sheet \"{}\": ", s.name);
        if let Some(y) = s.year {
            let _ = write!(line, "{} {y}, ", YEAR.get(lang));
        }
        let _ = write!(
            line,
            "{} {}",
            s.indicators,
            if s.indicators == 1 {
                INDICATOR.get(lang)
            } else {
                INDICATORS.get(lang)
            }
        );
        out.push_str(&term.wrap(&line, "", "  "));
    }
    let n = view.findings.len();
    if n == 0 {
        out.push_str(&term.wrap(NO_FINDINGS_EVERY_CAPAIAN_MATCHES.get(lang), "", "  "));
        return;
    }
    let count = |s: Severity| view.findings.iter().filter(|f| f.severity == s).count();
    let fixable = view.findings.iter().filter(|f| f.fixable).count();
    let by_hand = view
        .findings
        .iter()
        .filter(|f| !f.fixable && f.severity != Severity::Info)
        .count();
    let info = count(Severity::Info);
    out.push_str(&term.wrap(
        &format!(
            "{n} {}: {} {}, {} {}, {info} info",
            if n == 1 {
                FINDING.get(lang)
            } else {
                FINDINGS.get(lang)
            },
            count(Severity::Error),
            ERRORS.get(lang),
            count(Severity::Warning),
            WARNINGS.get(lang),
        ),
        "",
        "  ",
    ));
    out.push_str(&term.wrap(
        &format!("{fixable} {}", CORRECTED_BY_RAKIT_FIX_MARKED.get(lang)),
        "  ✓ ",
        "    ",
    ));
    out.push_str(&term.wrap(
        &format!("{by_hand} {}", NEED_A_PERSON_TO_CHECK.get(lang)),
        "  ✎ ",
        "    ",
    ));
    if info > 0 {
        out.push_str(&term.wrap(
            &format!("{info} {}", INFO_HOW_RAKIT_READ_THIS.get(lang)),
            "  ℹ ",
            "    ",
        ));
    }
    let mut per_rule: BTreeMap<(Severity, &str), (usize, &str)> = BTreeMap::new();
    for f in &view.findings {
        per_rule
            .entry((f.severity, f.code))
            .or_insert((0, f.rule))
            .0 += 1;
    }
    let list: Vec<String> = per_rule
        .iter()
        .map(|((_, code), (n, rule))| format!("{code} {rule} {n}"))
        .collect();
    out.push_str(&term.wrap(
        &format!("{}: {}", BY_RULE.get(lang), list.join(" · ")),
        "",
        "  ",
    ));
}
