//! A JUnit XML report: a `<testsuite>` per folder, a `<testcase>` per file; a file with
//! errors has a `<failure>` naming them, an unreadable file an `<error>` with its reason, a
//! skipped file `<skipped>`; warnings are listed in the testcase's `<system-out>`.

use quick_xml::escape::escape;

use crate::i18n::Lang;
use crate::outcome::Verdict;
use crate::report::{Document, FindingView};
use crate::rules::Severity;

crate::texts! {
    ERRORS = "emit.junit.errors",
        "galat",
        "errors";
}

fn line(x: &FindingView<'_>) -> String {
    format!(
        "{}!{} {} {}: {}",
        x.sheet, x.cell, x.code, x.rule, x.message
    )
}

/// The JUnit XML of a run.
pub fn junit(doc: &Document<'_>, lang: Lang) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let s = &doc.summary;
    out.push_str(&format!(
        "<testsuites name=\"rakit\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
        s.files + s.skipped,
        s.fail,
        s.unreadable,
        s.skipped
    ));
    let mut folders = super::by_folder(doc);
    // skipped files in their folders too
    for k in &doc.skipped {
        let folder = super::folder_of(k.path);
        if !folders.iter().any(|(d, _)| *d == folder) {
            folders.push((folder, Vec::new()));
        }
    }
    for (folder, files) in folders {
        let skipped: Vec<_> = doc
            .skipped
            .iter()
            .filter(|k| super::folder_of(k.path) == folder)
            .collect();
        let failures = files.iter().filter(|f| f.verdict == Verdict::Fail).count();
        let errors = files
            .iter()
            .filter(|f| f.verdict == Verdict::Unreadable)
            .count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{}\">\n",
            escape(folder),
            files.len() + skipped.len(),
            skipped.len()
        ));
        for f in files {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">\n",
                escape(folder),
                escape(super::file_name_of(f.relative_path))
            ));
            match f.verdict {
                Verdict::Unreadable => {
                    let (kind, message) = f
                        .error
                        .as_ref()
                        .map(|e| (e.kind, e.message.as_str()))
                        .unwrap_or(("unreadable", ""));
                    out.push_str(&format!(
                        "      <error type=\"{}\" message=\"{}\">{}</error>\n",
                        escape(kind),
                        escape(Verdict::Unreadable.word(lang)),
                        escape(message)
                    ));
                }
                Verdict::Fail => {
                    let errs: Vec<&FindingView> = f
                        .findings
                        .iter()
                        .filter(|x| x.severity == Severity::Error)
                        .collect();
                    let codes = super::codes_of(f, 5, |s| s == Severity::Error);
                    let text: Vec<String> = errs.iter().map(|x| line(x)).collect();
                    out.push_str(&format!(
                        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                        escape(Verdict::Fail.word(lang)),
                        escape(format!("{} {}: {codes}", errs.len(), ERRORS.get(lang))),
                        escape(text.join("\n"))
                    ));
                }
                _ => {}
            }
            let warnings: Vec<String> = f
                .findings
                .iter()
                .filter(|x| x.severity == Severity::Warning)
                .map(line)
                .collect();
            if !warnings.is_empty() {
                out.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape(warnings.join("\n"))
                ));
            }
            out.push_str("    </testcase>\n");
        }
        for k in skipped {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                escape(folder),
                escape(super::file_name_of(k.path)),
                escape(&k.reason)
            ));
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
