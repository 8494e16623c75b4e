//! The catalogue of texts: every text rakit writes for people has a unique key and the same
//! placeholders in Bahasa Indonesia and English, and every message of every finding rakit
//! reports on the sample workbooks and the test workbooks gives each placeholder its argument.

mod common;

use std::path::PathBuf;

use rakit::i18n::Lang;

#[test]
fn every_text_has_a_unique_key_and_the_same_placeholders_in_both_languages() {
    let texts: Vec<_> = rakit::texts().collect();
    let problems = rakit_core::catalogue::problems(texts.iter().copied());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // the command line's texts are in it, beside the core's
    assert!(texts.iter().any(|t| t.key == "commands.is_input"));
    assert!(texts.iter().any(|t| t.key == "c101.wrong"));
}

fn workbooks() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["sample-workbooks", "tests/data"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ["xlsx", "xls", "ods", "xlsb"].contains(&ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_message_of_every_finding_gives_each_placeholder_its_argument() {
    let files = workbooks();
    assert!(files.len() >= 10, "{files:?}");
    let mut keys = std::collections::BTreeSet::new();
    for path in &files {
        let report = common::check(path);
        if let Some(e) = &report.error {
            assert_eq!(e.message.check(), Ok(()), "{}", path.display());
        }
        for f in &report.findings {
            for m in [&f.message, &f.help] {
                assert_eq!(m.check(), Ok(()), "{} {}", path.display(), f.cell());
                keys.insert(m.key());
            }
        }
    }
    // the JSON keys its findings by the same keys
    let report = common::check(&common::sample("banjar-pk-2015.xlsx"));
    let json: serde_json::Value =
        serde_json::from_str(&rakit::report::json(&[report], Lang::En)).unwrap();
    let first = &json["files"][0]["findings"][0];
    assert!(
        keys.contains(first["message_id"].as_str().unwrap()),
        "{first}"
    );
    assert!(first["args"].is_object(), "{first}");
}
