//! Every text rakit writes for people, gathered from the modules that declare them (each
//! with [`texts!`](crate::texts)): the rules' (each rule's file, through the rule registry),
//! the stages after them, the outputs. The command line adds its own (`rakit::texts`).
//! Its tests hold the catalogue together: keys unique, the Indonesian and English template of
//! each text with the same placeholders.

use crate::i18n::{Lang, Text};

/// Every text of the core, the rules' first.
pub fn all() -> impl Iterator<Item = &'static Text> {
    let modules: [&[&Text]; 14] = [
        crate::guard::TEXTS,
        crate::outcome::TEXTS,
        crate::report::TEXTS,
        crate::fix::TEXTS,
        crate::emit::TEXTS,
        crate::emit::junit::TEXTS,
        crate::emit::markdown::TEXTS,
        crate::emit::summary_xlsx::TEXTS,
        crate::app::TEXTS,
        crate::compare::TEXTS,
        crate::compare::matching::TEXTS,
        crate::compare::notices::TEXTS,
        crate::compare::pins::TEXTS,
        crate::compare::xlsx::TEXTS,
    ];
    crate::rules::texts().chain(modules.into_iter().flatten().copied())
}

/// What is wrong with a list of texts: keys used twice, empty keys, templates of one text
/// whose placeholders differ between the languages.
pub fn problems<'a>(texts: impl IntoIterator<Item = &'a Text>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for t in texts {
        if t.key.is_empty() || t.key.contains(char::is_whitespace) {
            out.push(format!("{:?}: a key must be one word", t.key));
        }
        if !seen.insert(t.key) {
            out.push(format!("{}: key used twice", t.key));
        }
        let mut id = t.arguments(Lang::Id);
        let mut en = t.arguments(Lang::En);
        id.sort_unstable();
        id.dedup();
        en.sort_unstable();
        en.dedup();
        if id != en {
            out.push(format!(
                "{}: placeholders {id:?} in id, {en:?} in en",
                t.key
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_both_languages_have_the_same_placeholders() {
        let problems = problems(all());
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // every rule's summary and messages are in it
        let keys: Vec<&str> = all().map(|t| t.key).collect();
        assert!(keys.contains(&"C101.summary") && keys.contains(&"c101.wrong"));
        assert!(keys.contains(&"report.errors") && keys.contains(&"guard.keep"));
    }

    #[test]
    fn problems_are_found() {
        static A: Text = Text {
            key: "x.a",
            id: "{n} baris",
            en: "{count} rows",
            literal: false,
        };
        static B: Text = Text {
            key: "x.a",
            id: "dua",
            en: "two",
            literal: false,
        };
        let p = problems([&A, &B]);
        assert_eq!(p.len(), 2, "{p:?}");
    }
}
