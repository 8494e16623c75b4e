//! The pages of `docs/rules`, generated from the code: each rule's page is the `//!` doc
//! comment of its file (`src/rules/capaian/c101.rs`), under a header made from the rule's
//! metadata; the index (`docs/rules/README.md`) is `src/rules/index.md` with the table of
//! every rule. `cargo run -p xtask -- docs` writes them; `tests/rules_registry.rs` fails when
//! a committed page differs.

use super::{RuleId, Severity};

macro_rules! sources {
    ($( $id:ident => $path:literal $($module:ident)::+, )*) => {
        /// The source file of a rule (its page is the file's `//!` doc comment).
        pub fn source(id: RuleId) -> &'static str {
            match id {
                $( RuleId::$id => include_str!($path), )*
            }
        }

        /// The texts of a rule's messages, declared in its file.
        pub fn texts(id: RuleId) -> &'static [&'static crate::i18n::Text] {
            match id {
                $( RuleId::$id => super::$($module)::+::TEXTS, )*
            }
        }
    };
}

sources! {
    C101 => "capaian/c101.rs" capaian::c101,
    C102 => "capaian/c102.rs" capaian::c102,
    C103 => "capaian/c103.rs" capaian::c103,
    C104 => "capaian/c104.rs" capaian::c104,
    C105 => "capaian/c105.rs" capaian::c105,
    C106 => "capaian/c106.rs" capaian::c106,
    C107 => "capaian/c107.rs" capaian::c107,
    C108 => "capaian/c108.rs" capaian::c108,
    C109 => "capaian/c109.rs" capaian::c109,
    C110 => "capaian/c110.rs" capaian::c110,
    C111 => "capaian/c111.rs" capaian::c111,
    C112 => "capaian/c112.rs" capaian::c112,
    V201 => "values/v201.rs" values::v201,
    V202 => "values/v202.rs" values::v202,
    V203 => "values/v203.rs" values::v203,
    V204 => "values/v204.rs" values::v204,
    V205 => "values/v205.rs" values::v205,
    S301 => "structure/s301.rs" structure::s301,
    S302 => "structure/s302.rs" structure::s302,
    S303 => "structure/s303.rs" structure::s303,
    S304 => "structure/s304.rs" structure::s304,
    S305 => "structure/s305.rs" structure::s305,
    T401 => "sheet/t401.rs" sheet::t401,
    T402 => "sheet/t402.rs" sheet::t402,
    A501 => "sheet/a501.rs" sheet::a501,
    A502 => "sheet/a502.rs" sheet::a502,
    A503 => "budget/a503.rs" budget::a503,
    A504 => "budget/a504.rs" budget::a504,
    A505 => "budget/a505.rs" budget::a505,
    A506 => "budget/a506.rs" budget::a506,
    A507 => "budget/a507.rs" budget::a507,
    A508 => "budget/a508.rs" budget::a508,
    Q601 => "quarterly/q601.rs" quarterly::q601,
    Q602 => "quarterly/q602.rs" quarterly::q602,
    Q603 => "quarterly/q603.rs" quarterly::q603,
    Q604 => "quarterly/q604.rs" quarterly::q604,
    Q605 => "quarterly/q605.rs" quarterly::q605,
    Q606 => "quarterly/q606.rs" quarterly::q606,
    Q607 => "quarterly/q607.rs" quarterly::q607,
    Q608 => "quarterly/q608.rs" quarterly::q608,
    L701 => "layout/l701.rs" layout::l701,
    L702 => "layout/l702.rs" layout::l702,
    F801 => "formulas/f801.rs" formulas::f801,
    F802 => "formulas/f802.rs" formulas::f802,
    F803 => "formulas/f803.rs" formulas::f803,
    F804 => "formulas/f804.rs" formulas::f804,
    F805 => "formulas/f805.rs" formulas::f805,
    F806 => "formulas/f806.rs" formulas::f806,
    K101 => "evaluation/k101.rs" evaluation::k101,
    K102 => "evaluation/k102.rs" evaluation::k102,
    K103 => "evaluation/k103.rs" evaluation::k103,
    K104 => "evaluation/k104.rs" evaluation::k104,
    K105 => "evaluation/k105.rs" evaluation::k105,
    K106 => "evaluation/k106.rs" evaluation::k106,
    E901 => "cells/e901.rs" cells::e901,
    E902 => "cells/e902.rs" cells::e902,
    E903 => "cells/e903.rs" cells::e903,
    E904 => "cells/e904.rs" cells::e904,
    P101 => "policy/p101.rs" policy::p101,
    P102 => "policy/p102.rs" policy::p102,
    P103 => "policy/p103.rs" policy::p103,
    P104 => "policy/p104.rs" policy::p104,
    P105 => "policy/p105.rs" policy::p105,
    P106 => "policy/p106.rs" policy::p106,
    P107 => "policy/p107.rs" policy::p107,
    P108 => "policy/p108.rs" policy::p108,
    D101 => "duplicate/d101.rs" duplicate::d101,
    D102 => "duplicate/d102.rs" duplicate::d102,
    Y101 => "years/y101.rs" years::y101,
    Y102 => "years/y102.rs" years::y102,
    Y103 => "years/y103.rs" years::y103,
    Y104 => "years/y104.rs" years::y104,
    Y105 => "years/y105.rs" years::y105,
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
