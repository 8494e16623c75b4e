//! One finding (or one message over many cells) as a miette diagnostic: the rule's code and
//! name, the message with its cells and place, the sheet row as source with the finding's
//! cell labelled with what it holds and what it should hold, the advice as help. miette
//! draws it at the terminal's width; the row is cut to the cells near the labelled one so
//! that it fits too (miette does not wrap source lines).

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{visible_width, Term};
use crate::i18n::Lang;
use crate::read::{cell_name, Workbook};
use crate::rules::Severity;

rakit_core::texts! {
    EMPTY = "render.diagnostic.empty",
        "(kosong)",
        "(empty)";
}

/// The narrowest a label may be (its lines break between words).
const LABEL_MIN: usize = 16;

/// What a diagnostic says; built by the file's report.
pub(crate) struct Entry<'s> {
    /// `C101(capaian-salah)`
    pub code: String,
    pub severity: Severity,
    /// its cells and place, then the message
    pub message: String,
    /// the advice, when this entry shows it
    pub help: Option<String>,
    /// the sheet and zero-based row and column of the cell the snippet shows
    pub sheet: &'s str,
    pub row: u32,
    pub col: u32,
    /// `file › sheet › cell`
    pub source_name: String,
    /// what the cell holds and should hold, `[fix]`
    pub label: Option<String>,
    /// the part of the cell's text the finding is about (kept in sight when the text is cut)
    pub found: Option<&'s str>,
}

/// One row of a sheet as a single line of source, numbered as Excel numbers the row.
struct RowSource {
    name: String,
    /// zero-based
    row: u32,
    text: String,
}

impl SourceCode for RowSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _before: usize,
        _after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if span.offset() + span.len() > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (0, self.text.len()).into(),
            self.row as usize,
            0,
            1,
        )))
    }
}

struct CellDiagnostic {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    source: RowSource,
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
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display + 'a>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

/// `s` on one line, cut to `max` columns with an ellipsis.
fn cut(s: &str, max: usize) -> String {
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let s = s.trim();
    if visible_width(s) <= max {
        return s.to_string();
    }
    let mut t = String::new();
    for c in s.chars() {
        if visible_width(&t) + visible_width(c.encode_utf8(&mut [0; 4])) + 1 > max {
            break;
        }
        t.push(c);
    }
    let mut t = t.trim_end().to_string();
    t.push('…');
    t
}

/// `text` cut to `max` columns so that `part` of it stays in sight: what leads up to it is
/// cut from the left (`…Kegiatan : Rp. 2.119.2015.485`).
fn cut_around(text: &str, part: Option<&str>, max: usize) -> String {
    let text = cut(text, usize::MAX);
    let Some(at) = part
        .filter(|p| !p.trim().is_empty() && visible_width(p) + 2 < max)
        .and_then(|p| text.find(p.trim()).map(|i| i + p.trim().len()))
    else {
        return cut(&text, max);
    };
    if visible_width(&text) <= max || visible_width(&text[..at]) < max {
        return cut(&text, max);
    }
    let room = max - 1 - usize::from(at < text.len());
    let mut tail: Vec<char> = Vec::new();
    for c in text[..at].chars().rev() {
        let mut buf = [0; 4];
        if tail.len() + visible_width(c.encode_utf8(&mut buf)) > room {
            break;
        }
        tail.push(c);
    }
    let mut out = String::from("…");
    out.extend(tail.iter().rev());
    if at < text.len() {
        out.push('…');
    }
    out
}

/// The row as one line at most `avail` columns wide: the labelled cell, and around it the
/// cells nearest to it while they fit (`…` where cells are left out). Returns the line and
/// the byte span of the labelled cell's text in it.
fn row_line(
    wb: Option<&crate::read::Workbook>,
    e: &Entry,
    lang: Lang,
    avail: usize,
    bar: &str,
) -> (String, (usize, usize)) {
    let empty = EMPTY.get(lang);
    let cells: Vec<(u32, String)> = wb
        .and_then(|w| w.sheets.iter().find(|s| s.name == e.sheet))
        .map(|s| {
            s.row(e.row)
                .iter()
                .filter(|c| !c.value.is_empty() || c.col == e.col)
                .map(|c| (c.col, c.shown()))
                .collect()
        })
        .unwrap_or_default();
    let piece = |col: u32, text: &str, max: usize| -> (String, String) {
        let head = format!("{}: ", cell_name(e.row, col));
        let max = max.saturating_sub(head.len()).max(4);
        let body = if text.trim().is_empty() {
            empty.to_string()
        } else if col == e.col {
            cut_around(text, e.found, max)
        } else {
            cut(text, max)
        };
        (head, body)
    };
    let own = cells
        .iter()
        .find(|(c, _)| *c == e.col)
        .map(|(_, t)| t.as_str())
        .unwrap_or("");
    // the label hangs 4 columns right of the middle of the cell and needs some room: the
    // middle of the cell stays left of `vmax`
    // (less the `… │ ` that may start the line)
    let sep = visible_width(bar);
    let more = visible_width("…") + sep;
    let vmax = avail.saturating_sub(4 + LABEL_MIN + more);
    let head_width = visible_width(&cell_name(e.row, e.col)) + 2;
    let own_max = (avail / 2)
        .clamp(12, 44)
        .min(head_width + 2 * vmax.saturating_sub(head_width));
    let (head, body) = piece(e.col, own, own_max);
    let left: Vec<(String, String)> = cells
        .iter()
        .rev()
        .filter(|(c, _)| *c < e.col)
        .map(|(c, t)| piece(*c, t, 26))
        .collect();
    let right: Vec<(String, String)> = cells
        .iter()
        .filter(|(c, _)| *c > e.col)
        .map(|(c, t)| piece(*c, t, 26))
        .collect();
    let width = |p: &(String, String)| visible_width(&p.0) + visible_width(&p.1);
    // the left side stays short so that the label has room
    let left_budget =
        (avail / 3).min(vmax.saturating_sub(visible_width(&head) + visible_width(&body) / 2));
    let mut total = visible_width(&head) + visible_width(&body);
    let (mut nl, mut nr) = (0, 0);
    let mut left_used = 0;
    loop {
        let mut grew = false;
        if let Some(p) = left.get(nl) {
            let w = width(p) + sep;
            if left_used + w <= left_budget && total + w + 2 * more <= avail {
                left_used += w;
                total += w;
                nl += 1;
                grew = true;
            }
        }
        if let Some(p) = right.get(nr) {
            let w = width(p) + sep;
            if total + w + 2 * more <= avail {
                total += w;
                nr += 1;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    let mut line = String::new();
    if nl < left.len() {
        line.push('…');
        line.push_str(bar);
    }
    for (h, b) in left[..nl].iter().rev() {
        line.push_str(h);
        line.push_str(b);
        line.push_str(bar);
    }
    line.push_str(&head);
    let start = line.len();
    line.push_str(&body);
    let span = (start, body.len());
    for (h, b) in &right[..nr] {
        line.push_str(bar);
        line.push_str(h);
        line.push_str(b);
    }
    if nr < right.len() {
        line.push_str(bar);
        line.push('…');
    }
    (line, span)
}

/// The entry drawn by miette at the terminal's width.
pub(crate) fn render(e: &Entry, wb: Option<&Workbook>, lang: Lang, term: Term) -> String {
    let (theme, bar) = if term.color {
        (GraphicalTheme::unicode(), " │ ")
    } else {
        (GraphicalTheme::none(), " | ")
    };
    // the gutter: ` 38 │ ` before the row, ` 38 ` wide
    let linum = (e.row + 1).to_string().len();
    let gutter = linum + 4;
    let avail = term.width.saturating_sub(gutter).max(20);
    let (text, span) = row_line(wb, e, lang, avail, bar);
    // the label starts 4 columns right of the middle of the cell, and may break into lines
    let start = visible_width(&text[..span.0]);
    let end = start + visible_width(&text[span.0..span.0 + span.1]).max(1);
    let label_width = term
        .width
        .saturating_sub(gutter + (start + end) / 2 + 4)
        .max(LABEL_MIN);
    let label = e.label.as_ref().map(|l| {
        textwrap::wrap(
            l,
            textwrap::Options::new(label_width)
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation),
        )
        .join("\n")
    });
    let name = cut(&e.source_name, term.width.saturating_sub(linum + 6));
    let diag = CellDiagnostic {
        code: e.code.clone(),
        severity: match e.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        message: e.message.clone(),
        help: e.help.clone(),
        source: RowSource {
            name,
            row: e.row,
            text,
        },
        label: LabeledSpan::new_primary_with_span(label, span),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(term.width)
        .with_wrap_lines(true)
        .with_break_words(true)
        // lines break at spaces only: a path, a range or a number stays whole
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_links(false)
        .with_urls(false)
        .with_context_lines(0)
        .without_primary_span_start();
    let mut out = String::new();
    if handler.render_report(&mut out, &diag).is_err() {
        out = term.wrap(&format!("{} {}", e.code, e.message), "  ", "    ");
        if let Some(h) = &e.help {
            out.push_str(&term.wrap(h, "  ", "    "));
        }
        return out;
    }
    match lang {
        Lang::En => out,
        // miette writes `help:`; the same width in Bahasa Indonesia keeps its wrapping
        Lang::Id => out
            .split_inclusive('\n')
            .map(|line| {
                if super::strip(line).starts_with("  help: ") {
                    line.replacen("  help: ", " saran: ", 1)
                } else {
                    line.to_string()
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Cell, NumFmt, Raw, Sheet};
    use crate::sniff::Format;

    fn workbook(row: &[&str]) -> Workbook {
        let cells = row
            .iter()
            .enumerate()
            .map(|(col, text)| Cell {
                row: 11,
                col: col as u32,
                value: Raw::Text((*text).into()),
                formula: None,
                format: NumFmt::default(),
            })
            .collect();
        Workbook {
            path: "t.xlsx".into(),
            format: Format::Xlsx,
            sheets: vec![Sheet::new("PK".into(), cells, vec![])],
            beyond_values: Default::default(),
            source: std::sync::Arc::from(Vec::new()),
        }
    }

    #[test]
    fn a_long_row_and_label_fit_every_width() {
        let long = "Persentase koperasi simpan pinjam yang sehat usaha dan organisasinya";
        let wb = workbook(&[
            "1.",
            long,
            long,
            "Rp. 2.119.2015.485 dari pagu",
            "109,10",
            long,
        ]);
        let e = Entry {
            code: "C101(capaian-salah)".into(),
            severity: Severity::Error,
            message: format!("E12 — indikator \"{long}\"\n% capaian tertulis \"109,10\""),
            help: Some("Ganti E12 dengan 109,90, atau periksa target dan realisasinya.".into()),
            sheet: "PK",
            row: 11,
            col: 4,
            source_name: format!("{long}.xlsx › PK › E12"),
            label: Some(format!(
                "tertulis \"109,10\", seharusnya 109,90 {long} [fix]"
            )),
            found: Some("109,10"),
        };
        for width in [40, 57, 80, 120, 200] {
            for color in [true, false] {
                let term = Term { width, color };
                let out = render(&e, Some(&wb), Lang::Id, term);
                for line in out.lines() {
                    assert!(visible_width(line) <= width, "{width}: {line:?}\n{out}");
                }
                let plain = super::super::strip(&out);
                // the row numbered as Excel numbers it, the cell and its label, the advice
                assert!(
                    plain.contains(" 12 ") && plain.contains("E12: 109,10"),
                    "{plain}"
                );
                assert!(
                    plain.contains("[fix]") && plain.contains(" saran: "),
                    "{plain}"
                );
                assert!(plain.contains("C101(capaian-salah)"), "{plain}");
            }
        }
        // the part of a long cell the finding is about stays in sight
        let e = Entry {
            col: 3,
            found: Some("Rp. 2.119.2015.485"),
            ..e
        };
        let out = render(&e, Some(&wb), Lang::En, Term::plain(80));
        assert!(out.contains("Rp. 2.119.2015.485"), "{out}");
        assert!(out.contains("  help: "), "{out}");
    }
}
