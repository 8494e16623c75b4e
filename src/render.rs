//! The findings as people read them in a terminal: miette diagnostics with the row of the
//! sheet as their source (graphical on a terminal, plain ASCII when piped or NO_COLOR).

use std::fmt;
use std::path::Path;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use crate::i18n::Lang;
use crate::read::{cell_name, Workbook};
use crate::rules::{Finding, Severity};

/// One finding as a miette diagnostic: the sheet row as source, the cell marked.
struct CellDiagnostic {
    code: String,
    severity: miette::Severity,
    message: String,
    help: String,
    source: NamedSource<String>,
    label: LabeledSpan,
}

impl fmt::Debug for CellDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for CellDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CellDiagnostic {}

impl Diagnostic for CellDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

/// How to draw diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Graphical { color: bool },
    Plain,
}

fn shorten(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// The sheet row as one line of text, and the byte span of the finding's cell in it.
fn row_source(wb: Option<&Workbook>, f: &Finding, lang: Lang) -> (String, (usize, usize)) {
    let empty = lang.t("(kosong)", "(empty)");
    let mut line = String::new();
    let mut span = (0, 0);
    let cells: Vec<(u32, String)> = wb
        .and_then(|w| w.sheets.iter().find(|s| s.name == f.sheet))
        .map(|s| {
            s.row(f.row)
                .iter()
                .map(|c| (c.col, crate::model::shown(c)))
                .collect()
        })
        .unwrap_or_default();
    let mut placed = false;
    let mut push = |line: &mut String, col: u32, text: &str, mark: bool| {
        if !line.is_empty() {
            line.push_str(" │ ");
        }
        let label = format!("{}: ", cell_name(f.row, col));
        line.push_str(&label);
        let start = line.len();
        let t = if text.is_empty() {
            empty.to_string()
        } else {
            shorten(text, if mark { 60 } else { 28 })
        };
        line.push_str(&t);
        if mark {
            span = (start, t.len());
        }
    };
    for (col, text) in &cells {
        if !placed && *col > f.col {
            push(&mut line, f.col, "", true);
            placed = true;
        }
        let mark = *col == f.col;
        placed |= mark;
        push(&mut line, *col, text, mark);
    }
    if !placed {
        push(&mut line, f.col, "", true);
    }
    (line, span)
}

fn label_text(f: &Finding, lang: Lang) -> String {
    match (&f.found, &f.expected) {
        (Some(found), Some(exp)) => format!(
            "{} {}; {} {}",
            lang.t("ditemukan", "found"),
            if found.is_empty() {
                lang.t("(kosong)", "(empty)")
            } else {
                found
            },
            lang.t("seharusnya", "expected"),
            exp
        ),
        (Some(found), None) => format!("{} {}", lang.t("ditemukan", "found"), found),
        _ => f.code.to_string(),
    }
}

/// Renders one finding.
pub fn render_finding(
    path: &Path,
    wb: Option<&Workbook>,
    f: &Finding,
    lang: Lang,
    style: Style,
) -> String {
    let (line, span) = row_source(wb, f, lang);
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = format!("{file} › {} › {}", f.sheet, f.cell());
    let name_rule = f.rule().name;
    let diag = CellDiagnostic {
        code: format!("{}({name_rule})", f.code),
        severity: match f.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        message: format!("{}: {}", f.cell(), f.message.get(lang)),
        help: f.help.get(lang).to_string(),
        source: NamedSource::new(name, line),
        label: LabeledSpan::new_primary_with_span(Some(label_text(f, lang)), span),
    };
    let mut out = String::new();
    let res = match style {
        Style::Graphical { color } => {
            let theme = if color {
                GraphicalTheme::unicode()
            } else {
                GraphicalTheme::unicode_nocolor()
            };
            GraphicalReportHandler::new_themed(theme)
                .with_width(120)
                .with_links(false)
                .render_report(&mut out, &diag)
        }
        Style::Plain => GraphicalReportHandler::new_themed(GraphicalTheme::none())
            .with_width(160)
            .with_links(false)
            .render_report(&mut out, &diag),
    };
    if res.is_err() {
        out = format!("{} [{}] {}\n", f.cell(), f.code, f.message.get(lang));
    }
    out
}
