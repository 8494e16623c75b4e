//! The pages of `docs/rules`, generated from the code: each rule's page is the `//!` doc
//! comment of its file (`src/rules/capaian/c101.rs`), under a header made from the rule's
//! metadata; the index (`docs/rules/README.md`) is `src/rules/index.md` with the table of
//! every rule. `cargo run -p xtask -- docs` writes them; `tests/rules_registry.rs` fails when
//! a committed page differs.

use super::{RuleId, Severity};

macro_rules! sources {
    ($( $id:ident => $path:literal, )*) => {
        /// The source file of a rule (its page is the file's `//!` doc comment).
        pub fn source(id: RuleId) -> &'static str {
            match id {
                $( RuleId::$id => include_str!($path), )*
            }
        }
    };
}

sources! {
    C101 => "capaian/c101.rs",
    C102 => "capaian/c102.rs",
    C103 => "capaian/c103.rs",
    C104 => "capaian/c104.rs",
    C105 => "capaian/c105.rs",
    C106 => "capaian/c106.rs",
    C107 => "capaian/c107.rs",
    C108 => "capaian/c108.rs",
    C109 => "capaian/c109.rs",
    C110 => "capaian/c110.rs",
    C111 => "capaian/c111.rs",
    V201 => "values/v201.rs",
    V202 => "values/v202.rs",
    V203 => "values/v203.rs",
    V204 => "values/v204.rs",
    S301 => "structure/s301.rs",
    S302 => "structure/s302.rs",
    S303 => "structure/s303.rs",
    S304 => "structure/s304.rs",
    T401 => "sheet/t401.rs",
    T402 => "sheet/t402.rs",
    A501 => "sheet/a501.rs",
    A502 => "sheet/a502.rs",
    Q601 => "quarterly/q601.rs",
    Q602 => "quarterly/q602.rs",
    Q603 => "quarterly/q603.rs",
    Q604 => "quarterly/q604.rs",
    Q605 => "quarterly/q605.rs",
    L701 => "layout/l701.rs",
    L702 => "layout/l702.rs",
    F801 => "formulas/f801.rs",
    F802 => "formulas/f802.rs",
    F803 => "formulas/f803.rs",
    F804 => "formulas/f804.rs",
    K101 => "evaluation/k101.rs",
    K102 => "evaluation/k102.rs",
    K103 => "evaluation/k103.rs",
    K104 => "evaluation/k104.rs",
    K105 => "evaluation/k105.rs",
    K106 => "evaluation/k106.rs",
    E901 => "cells/e901.rs",
    E902 => "cells/e902.rs",
    P101 => "policy/p101.rs",
    P102 => "policy/p102.rs",
    P103 => "policy/p103.rs",
    P104 => "policy/p104.rs",
    P105 => "policy/p105.rs",
    P106 => "policy/p106.rs",
    P107 => "policy/p107.rs",
    P108 => "policy/p108.rs",
    D101 => "duplicate/d101.rs",
    D102 => "duplicate/d102.rs",
    Y101 => "years/y101.rs",
    Y102 => "years/y102.rs",
    Y103 => "years/y103.rs",
    Y104 => "years/y104.rs",
    Y105 => "years/y105.rs",
}

/// The body of a rule's page: the leading `//!` lines of its file, without `//! `.
pub fn body(id: RuleId) -> String {
    let mut out = String::new();
    for line in source(id).lines() {
        let Some(text) = line.strip_prefix("//!") else {
            break;
        };
        out.push_str(text.strip_prefix(' ').unwrap_or(text));
        out.push('\n');
    }
    out
}

/// How a page names a severity, and what it does to the exit code.
fn severity_doc(s: Severity) -> &'static str {
    match s {
        Severity::Error => "**galat** (error): kode keluar 1",
        Severity::Warning => "**peringatan** (warning): tidak mengubah kode keluar",
        Severity::Info => "**info**: tidak mengubah kode keluar",
    }
}

/// The page of a rule, `docs/rules/CODE.md`: a header from the rule's metadata, then the
/// doc comment of its file.
pub fn page(id: RuleId) -> String {
    let r = id.rule();
    format!(
        "# {} {}\n\n| | |\n| --- | --- |\n| Tingkat (severity) | {} |\n| Diperbaiki `rakit fix` | {} |\n| Ringkasan | {} |\n| Summary | {} |\n\n{}",
        r.code,
        r.name,
        severity_doc(r.severity),
        r.fix_doc,
        r.summary_id,
        r.summary_en,
        body(id)
    )
}

/// `docs/rules/README.md`: every rule in code order, with its summary in both languages.
pub fn index() -> String {
    const MARKS: [&str; 9] = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];
    let mut table = String::from(
        "| kode | nama | tingkat | fix | ringkasan | summary |\n| --- | --- | --- | --- | --- | --- |",
    );
    let mut marks = MARKS.iter();
    for &id in RuleId::ALL {
        let r = id.rule();
        let sev = match r.severity {
            Severity::Error => "galat",
            Severity::Warning => "peringatan",
            Severity::Info => "info",
        };
        // a rule fix corrects only sometimes carries a footnote of the index
        let fix = match (r.fixable, r.fix_doc.starts_with("**ya**")) {
            (false, _) => String::new(),
            (true, true) => "ya ".to_string(),
            (true, false) => format!("ya{} ", marks.next().copied().unwrap_or("*")),
        };
        table.push_str(&format!(
            "\n| [{c}]({c}.md) | {} | {sev} | {fix}| {} | {} |",
            r.name,
            r.summary_id,
            r.summary_en,
            c = r.code
        ));
    }
    include_str!("index.md").replace("{table}", &table)
}
