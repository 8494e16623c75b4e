//! The findings as people read them in a terminal: per file a line naming it, an overview
//! (counts by kind, what `rakit fix` corrects, what needs a person), then the findings
//! grouped by rule, each at its cell and its place in the sheet (indikator, level, kegiatan,
//! quarter), each drawn by miette with its sheet row as source. Every line fits the
//! terminal's width and breaks between words.

mod diagnostic;
mod file;

/// The texts of the terminal's file report.
pub fn file_texts() -> &'static [&'static rakit_core::i18n::Text] {
    file::TEXTS
}

/// The texts of the terminal's diagnostics.
pub fn diagnostic_texts() -> &'static [&'static rakit_core::i18n::Text] {
    diagnostic::TEXTS
}

use std::io::IsTerminal;

pub use file::file_report;

/// Where the text goes: how wide a line may be and whether it may be coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// the widest line, in columns
    pub width: usize,
    /// ANSI colours and bold
    pub color: bool,
}

/// The narrowest width rakit wraps to: below it a terminal is too narrow to read anyway.
const MIN_WIDTH: usize = 40;

/// Width when standard output is not a terminal and `COLUMNS` says nothing: what a pager
/// (`| less`) shows without breaking lines.
pub const PIPED_WIDTH: usize = 80;

impl Term {
    /// The terminal standard output writes to: its real width (`COLUMNS` first, as a shell
    /// exports it, then the terminal's own size; 80 when piped), colour unless `NO_COLOR`
    /// or piped.
    pub fn stdout() -> Term {
        let tty = std::io::stdout().is_terminal();
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0);
        let measured = tty
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten()
            .filter(|&w| w > 0);
        let width = measured.or(columns).unwrap_or(PIPED_WIDTH).max(MIN_WIDTH);
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Term {
            width,
            color: tty && !no_color,
        }
    }

    /// Plain text at a width (tests, files).
    pub fn plain(width: usize) -> Term {
        Term {
            width: width.max(MIN_WIDTH),
            color: false,
        }
    }

    /// `text` wrapped between words to the width, its first line after `first`, the others
    /// after `rest` (indents count in the width); a word longer than a line is split.
    pub fn wrap(&self, text: &str, first: &str, rest: &str) -> String {
        let opts = textwrap::Options::new(self.width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(true)
            // lines break at spaces only: a path, a range or a number stays whole
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let mut out = String::new();
        for (i, paragraph) in text.split('\n').enumerate() {
            let opts = if i == 0 {
                opts.clone()
            } else {
                opts.clone().initial_indent(rest)
            };
            for line in textwrap::wrap(paragraph, opts) {
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
        out
    }

    /// `text` in bold and a colour, when colour is on (`code` is an ANSI SGR colour).
    pub fn paint(&self, text: &str, code: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[1;{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// The visible width of a line: ANSI escapes do not count.
pub fn visible_width(line: &str) -> usize {
    textwrap::core::display_width(&strip(line))
}

/// A line without its ANSI escapes.
pub(crate) fn strip(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_within_the_width() {
        let t = Term::plain(40);
        let text = "realisasi \"27\" tampaknya kehilangan ribuannya: 109,1 % dari target \"24,350\" = 26.566";
        let out = t.wrap(text, "  • ", "    ");
        for line in out.lines() {
            assert!(visible_width(line) <= 40, "{line}");
        }
        // no number cut in two
        assert!(out.contains("26.566"));
        assert!(out.contains("\"24,350\""));
        assert!(out.lines().count() > 1);
    }

    #[test]
    fn escapes_have_no_width() {
        let t = Term {
            width: 80,
            color: true,
        };
        assert_eq!(visible_width(&t.paint("GALAT", "31")), 5);
    }
}
