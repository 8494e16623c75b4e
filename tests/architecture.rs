//! The module structure of the core, `core/src/` (docs/architecture.md): its top-level
//! modules use each other without a cycle; it uses none of the front end's crates (clap,
//! miette, indicatif, tempfile, mimalloc) and touches no file system, environment or clock:
//! bytes in, bytes out.
//!
//! The test reads the repository's own sources; it needs no build of them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Crates that belong to the front end only.
const FRONT_END_CRATES: &[&str] = &["clap", "miette", "indicatif", "tempfile", "mimalloc"];

/// What the core may not touch: the file system, the environment, the clock, the terminal.
const OUTSIDE_WORLD: &[&str] = &[
    "std::fs",
    "fs::read",
    "fs::write",
    "std::env",
    "env::var",
    "SystemTime",
    "Instant::now",
    "std::io::stdout",
    "std::io::stderr",
    "println!",
    "eprintln!",
];

fn core_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("core")
}

fn src_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&core_root().join("src"), &mut out);
    out.sort();
    out
}

/// The path relative to the core crate's root, with `/` separators: `src/rules/mod.rs`.
fn rel(path: &Path) -> String {
    let root = core_root();
    let rel = path.strip_prefix(&root).unwrap();
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The code of a Rust file with comments, string literals and character literals blanked
/// (replaced by spaces, newlines kept), so that what remains is paths and braces.
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (c.get(i + 1) == Some(&'"') || c.get(i + 1) == Some(&'#'))
            && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
        {
            // Raw string r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            for &ch in &c[i..j.min(c.len())] {
                out.push(blank(ch));
            }
            i = j;
        } else if c[i] == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < c.len() {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c[i] == '\'' {
            // A character literal ('x', '\n', '\u{..}'), or else a lifetime.
            let end = if c.get(i + 1) == Some(&'\\') {
                (i + 2..c.len()).find(|&j| c[j] == '\'')
            } else if c.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    for _ in i..=end {
                        out.push(' ');
                    }
                    i = end + 1;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

fn is_ident(ch: char) -> bool {
    ch.is_alphanumeric() || ch == '_'
}

fn ident_at(code: &[char], mut i: usize) -> (String, usize) {
    while i < code.len() && code[i].is_whitespace() {
        i += 1;
    }
    let start = i;
    while i < code.len() && is_ident(code[i]) {
        i += 1;
    }
    (code[start..i].iter().collect(), i)
}

/// The first names of a `{a, b::c, d as e}` group starting at `code[i] == '{'`.
fn group_heads(code: &[char], i: usize) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut expect = true;
    let mut j = i;
    while j < code.len() {
        match code[j] {
            '{' => {
                depth += 1;
                if depth == 1 {
                    expect = true;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => expect = true,
            ch if depth == 1 && expect && is_ident(ch) => {
                let (name, end) = ident_at(code, j);
                heads.push(name);
                expect = false;
                j = end;
                continue;
            }
            _ => {}
        }
        j += 1;
    }
    heads
}

/// The top-level module a file belongs to and its depth below the crate root:
/// `src/rules/mod.rs` and `src/rules.rs` are `rules` at depth 1, `src/rules/sheet.rs`
/// is at depth 2. `lib.rs` and `main.rs` are the roots and belong to no module.
fn module_of(rel: &str) -> Option<(String, usize)> {
    let parts: Vec<&str> = rel.trim_start_matches("src/").split('/').collect();
    if parts.len() == 1 && (parts[0] == "lib.rs" || parts[0] == "main.rs") {
        return None;
    }
    let top = parts[0].trim_end_matches(".rs").to_string();
    let depth = if parts.last() == Some(&"mod.rs") {
        parts.len() - 1
    } else {
        parts.len()
    };
    Some((top, depth))
}

/// Which top-level modules the file uses: `crate::X` anywhere in the code, and
/// `super::` chains that leave the file's top-level module.
fn uses(code: &str, depth: usize, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let c: Vec<char> = code.chars().collect();
    let mut found = BTreeSet::new();
    // Depth of inline modules (`mod tests { ... }`) around each position.
    let mut braces = 0usize;
    let mut inline_mods: Vec<usize> = Vec::new();
    let mut pending_mod = false;
    let mut i = 0;
    while i < c.len() {
        let before_ok = i == 0 || !(is_ident(c[i - 1]) || c[i - 1] == ':');
        if c[i] == '{' {
            braces += 1;
            if pending_mod {
                inline_mods.push(braces);
                pending_mod = false;
            }
        } else if c[i] == '}' {
            if inline_mods.last() == Some(&braces) {
                inline_mods.pop();
            }
            braces = braces.saturating_sub(1);
        } else if c[i] == ';' {
            pending_mod = false;
        }
        if before_ok && c[i..].starts_with(&['m', 'o', 'd']) && c.get(i + 3) == Some(&' ') {
            pending_mod = true;
        }
        let rest: String = c[i..(i + 7).min(c.len())].iter().collect();
        if before_ok && rest == "crate::" {
            let j = i + 7;
            if c.get(j) == Some(&'{') {
                found.extend(group_heads(&c, j));
            } else {
                found.insert(ident_at(&c, j).0);
            }
            i = j;
            continue;
        }
        if before_ok && rest.starts_with("super::") {
            let mut n = 0;
            let mut j = i;
            while c[j..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
                n += 1;
                j += 7;
            }
            if n >= depth + inline_mods.len() {
                if c.get(j) == Some(&'{') {
                    found.extend(group_heads(&c, j));
                } else {
                    found.insert(ident_at(&c, j).0);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    found.retain(|m| modules.contains(m));
    found
}

/// Top-level module → the top-level modules it uses (itself excluded).
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = src_files();
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_of(&rel(f)).map(|(m, _)| m))
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some((module, depth)) = module_of(&rel(file)) else {
            continue;
        };
        let code = code_only(&fs::read_to_string(file).unwrap());
        let mut used = uses(&code, depth, &modules);
        used.remove(&module);
        graph.entry(module).or_default().extend(used);
    }
    graph
}

/// A cycle of the graph, as `a → b → … → a`, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, State>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), State::Open);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(State::New) {
                State::Open => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                State::New => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
                State::Done => {}
            }
        }
        stack.pop();
        state.insert(node.to_string(), State::Done);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if state.get(node.as_str()).copied().unwrap_or(State::New) == State::New {
            if let Some(cycle) = visit(node, graph, &mut state, &mut Vec::new()) {
                return Some(cycle);
            }
        }
    }
    None
}

fn describe(graph: &BTreeMap<String, BTreeSet<String>>) -> String {
    graph
        .iter()
        .map(|(m, used)| {
            let used: Vec<&str> = used.iter().map(String::as_str).collect();
            format!("  {m} → {}", used.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn top_level_modules_use_each_other_without_a_cycle() {
    let graph = module_graph();
    assert!(graph.contains_key("rules") && graph.contains_key("read"));
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "the top-level modules of core/src/ have a cycle: {}\n\nwhich module uses which:\n{}",
            cycle.join(" → "),
            describe(&graph)
        );
    }
}

#[test]
fn the_core_is_bytes_in_bytes_out() {
    let mut offenders = Vec::new();
    for file in src_files() {
        let rel = rel(&file);
        let code = code_only(&fs::read_to_string(&file).unwrap());
        let words: BTreeSet<&str> = code
            .split(|ch: char| !is_ident(ch))
            .filter(|w| !w.is_empty())
            .collect();
        for krate in FRONT_END_CRATES {
            if words.contains(krate) {
                offenders.push(format!("core/{rel} uses {krate}"));
            }
        }
        // `#[cfg(test)]` code may read files; the core itself may not
        let shipped = match code.find("#[cfg(test)]") {
            Some(at) => &code[..at],
            None => code.as_str(),
        };
        for thing in OUTSIDE_WORLD {
            if shipped.contains(thing) {
                offenders.push(format!("core/{rel} uses {thing}"));
            }
        }
    }
    // nor does its manifest bring the front end's crates
    let manifest = fs::read_to_string(core_root().join("Cargo.toml")).unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap_or("")
        .split("\n[")
        .next()
        .unwrap_or("");
    for krate in FRONT_END_CRATES {
        if deps.lines().any(|l| l.trim_start().starts_with(krate)) {
            offenders.push(format!("core/Cargo.toml depends on {krate}"));
        }
    }
    assert!(
        offenders.is_empty(),
        "the core must stay bytes in, bytes out:\n  {}",
        offenders.join("\n  ")
    );
}

/// The checker itself finds a planted cycle and the way out of a submodule.
#[test]
fn the_checker_sees_crate_paths_groups_and_super() {
    let modules: BTreeSet<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
    let code = code_only(
        "use crate::{a::X, b};\n// crate::c in a comment\nfn f() { let s = \"crate::c\"; crate::d::g(); }\n",
    );
    let found = uses(&code, 1, &modules);
    assert_eq!(
        found,
        ["a", "b", "d"].iter().map(|s| s.to_string()).collect()
    );
    let code = code_only("use super::a;\nmod tests { use super::*; use super::super::b; }\n");
    assert_eq!(uses(&code, 2, &modules), BTreeSet::new());
    assert_eq!(
        uses(&code, 1, &modules),
        ["a", "b"].iter().map(|s| s.to_string()).collect()
    );
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_cycle(&graph), None);
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_cycle(&graph).unwrap(),
        vec!["a".to_string(), "b".into(), "c".into(), "a".into()]
    );
}
