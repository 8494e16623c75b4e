//! rakit in a real terminal, as agency staff see it: `script` gives rakit a pseudo-terminal
//! whose width `stty cols` sets, so rakit measures the width itself (no `COLUMNS`).
//! Linux only (`script` from util-linux).
#![cfg(target_os = "linux")]

mod common;

use std::process::Command;

use common::sample;

/// What rakit prints in a terminal `cols` wide: its lines, carriage returns and colours
/// removed.
fn in_terminal(cols: u16, args: &[&str]) -> Vec<String> {
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let mut line = format!(
        "stty cols {cols} rows 50; {}",
        quote(env!("CARGO_BIN_EXE_rakit"))
    );
    for a in args {
        line.push(' ');
        line.push_str(&quote(a));
    }
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("RAKIT_NO_PAUSE", "1")
        .env_remove("COLUMNS")
        .env_remove("RAKIT_LANG")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("script (util-linux) is needed: {e}"));
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    text.lines().map(strip_ansi).collect()
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The lines as one text, wrapped lines joined again.
fn flat(lines: &[String]) -> String {
    lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

fn width(line: &str) -> usize {
    line.chars().count()
}

fn assert_fits(lines: &[String], cols: usize) {
    assert!(lines.len() > 5, "{lines:#?}");
    for l in lines {
        assert!(width(l) <= cols, "wider than {cols}: {l:?}");
    }
}

/// The index of the first line that starts with `prefix`.
fn first(lines: &[String], prefix: &str) -> usize {
    lines
        .iter()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix:?}: {lines:#?}"))
}

#[test]
fn a_file_reads_at_80_and_200_columns() {
    let bone = sample("bone-2020-rencana-aksi.xlsx");
    let bone = bone.to_string_lossy();
    for cols in [80usize, 200] {
        let lines = in_terminal(cols as u16, &["check", &bone]);
        assert_fits(&lines, cols);
        // the first line names the file; the overview comes before the findings
        assert!(
            lines[0].contains("bone-2020-rencana-aksi.xlsx"),
            "{}",
            lines[0]
        );
        let overview = first(&lines, "132 temuan:");
        let fixable = first(&lines, "  ✓ ");
        let findings = first(&lines, "GALAT ");
        assert!(overview < findings && fixable < findings);
        // grouped by rule: one header for the 61 C110 findings
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with("PERINGATAN C110"))
                .count(),
            1
        );
        // a place in people's terms: the kegiatan, the indikator, the quarter
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Kegiatan \"Penyelenggaraan Pelatihan Kewirausahaan\"")),
            "{lines:#?}"
        );
    }
    // the real width is used: at 200 columns some line is longer than 80
    let wide = in_terminal(200, &["check", &bone]);
    assert!(wide.iter().any(|l| width(l) > 100));
}

#[test]
fn numbers_keep_one_convention_and_are_never_cut() {
    let banjar = sample("banjar-pk-2014.xlsx");
    let banjar = banjar.to_string_lossy();
    let id = in_terminal(80, &["check", &banjar]).join("\n");
    // the computed number in Indonesian, the cell's own text quoted as typed
    assert!(id.contains("26.566") && id.contains("\"24,350\""), "{id}");
    let en = in_terminal(80, &["check", "--lang", "en", &banjar]).join("\n");
    assert!(en.contains("26,566") && en.contains("\"24,350\""), "{en}");
    assert!(!en.contains("26.566"), "{en}");
    // each finding drawn by miette: its rule, its row with the cell labelled, its advice
    // (`help:` in English, `saran:` in Bahasa Indonesia)
    assert!(
        en.contains("C106(ribuan-hilang)") && en.contains("help:"),
        "{en}"
    );
    assert!(
        !id.contains("typed") && id.contains("tertulis \"27\", seharusnya 26.566"),
        "{id}"
    );
    assert!(id.contains(" saran: ") && !id.contains("help:"), "{id}");
    // the row of the finding, numbered as Excel numbers it, the cell labelled
    assert!(
        id.lines()
            .any(|l| l.starts_with(" 14 ") && l.contains("E14: 27")),
        "{id}"
    );
}

#[test]
fn help_and_errors_are_in_the_chosen_language_and_fit() {
    let help = in_terminal(80, &["--help"]);
    assert_fits(&help, 80);
    let text = help.join("\n");
    assert!(
        text.contains("Penggunaan:") && text.contains("Opsi:"),
        "{text}"
    );
    for english in [
        "Usage:",
        "Options:",
        "Print help",
        "[default:",
        "[possible values",
    ] {
        assert!(!text.contains(english), "{english} in {text}");
    }
    let en = in_terminal(80, &["--lang", "en", "check", "--help"]).join("\n");
    assert!(en.contains("Usage:") && !en.contains("Penggunaan"), "{en}");
    let err = in_terminal(80, &["check", "--formt", "json", "x.xlsx"]).join("\n");
    assert!(
        err.contains("argumen tidak dikenal") && err.contains("--format"),
        "{err}"
    );
    let missing = flat(&in_terminal(80, &["check", "tidak-ada.xlsx"]));
    assert!(missing.contains("berkas tidak ditemukan"), "{missing}");
}
