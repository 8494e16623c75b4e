//! A Markdown report to paste into an e-mail or a CI job summary: a table with a row per
//! file, the closing summary, the unreadable files with their reason, the skipped files.

use crate::i18n::Lang;
use crate::outcome::Verdict;
use crate::report::Document;

crate::texts! {
    RAKIT_CHECK_RESULTS = "emit.markdown.rakit_check_results",
        "Hasil pemeriksaan rakit",
        "rakit check results";
    RAKIT_S_COPY = "emit.markdown.rakit_s_copy",
        " (salinan rakit)",
        " (rakit's copy)";
    UNREADABLE = "emit.markdown.unreadable",
        "Tidak terbaca",
        "Unreadable";
    SKIPPED = "emit.markdown.skipped",
        "Dilewati",
        "Skipped";
}

/// A table cell's text: no line breaks, `|` escaped.
fn cell(s: &str) -> String {
    s.replace(['\n', '\r'], " ").replace('|', "\\|")
}

/// The Markdown report of a run.
pub fn markdown(doc: &Document<'_>, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", RAKIT_CHECK_RESULTS.get(lang));
    out.push_str(&format!(
        "| {} |\n| --- | --- | --- | --- | --- | ---: | ---: | --- |\n",
        super::file_columns(lang).join(" | ")
    ));
    for f in &doc.files {
        let mut name = cell(f.relative_path);
        if f.corrected_copy {
            name.push_str(RAKIT_S_COPY.get(lang));
        }
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(f.agency.unwrap_or("")),
            super::year_of(f).map(|y| y.to_string()).unwrap_or_default(),
            super::form_of(f).unwrap_or(""),
            f.verdict.word(lang),
            f.counts.error,
            f.counts.warning,
            super::frequent_codes(f, 3),
        ));
    }
    out.push_str(&format!("\n{}\n", doc.summary.line(lang)));
    let unreadable: Vec<_> = doc
        .files
        .iter()
        .filter(|f| f.verdict == Verdict::Unreadable)
        .collect();
    if !unreadable.is_empty() {
        out.push_str(&format!("\n## {}\n\n", UNREADABLE.get(lang)));
        for f in unreadable {
            out.push_str(&format!(
                "- `{}`: {}\n",
                f.relative_path,
                cell(f.error.as_ref().map(|e| e.message.as_str()).unwrap_or(""))
            ));
        }
    }
    if !doc.skipped.is_empty() {
        out.push_str(&format!("\n## {}\n\n", SKIPPED.get(lang)));
        for k in &doc.skipped {
            out.push_str(&format!("- `{}`: {}\n", k.path, cell(&k.reason)));
        }
    }
    out
}
