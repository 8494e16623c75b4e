//! Sheet names as Excel accepts them: at most 31 characters, none of `[]:*?/\`, not
//! starting or ending with an apostrophe, unique without regard to case.

const MAX_LEN: usize = 31;

/// A name Excel accepts for a sheet: forbidden characters become `_`, apostrophes at the
/// ends go, long names are cut to 31 characters, an empty name becomes `Sheet`.
pub(crate) fn sanitize_sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    let cut: String = cleaned.chars().take(MAX_LEN).collect();
    let cut = cut.trim_end_matches('\'').to_string();
    if cut.is_empty() || cut.eq_ignore_ascii_case("history") {
        // "History" is reserved by Excel
        format!("{}Sheet", if cut.is_empty() { "" } else { "_" })
    } else {
        cut
    }
}

/// `name` made valid and different from every name in `taken` (case-insensitive), by
/// appending ` (2)`, ` (3)`, … and shortening the base so that the whole fits 31 characters.
pub(crate) fn unique_sheet_name(name: &str, taken: &[String]) -> String {
    let base = sanitize_sheet_name(name);
    let clashes = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    if !clashes(&base) {
        return base;
    }
    let mut k = 2u32;
    loop {
        let suffix = format!(" ({k})");
        let room = MAX_LEN.saturating_sub(suffix.chars().count());
        let stem: String = base.chars().take(room).collect();
        let candidate = format!("{}{suffix}", stem.trim_end_matches('\''));
        if !clashes(&candidate) {
            return candidate;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(sanitize_sheet_name("Temuan"), "Temuan");
        assert_eq!(sanitize_sheet_name("a/b:c?"), "a_b_c_");
        assert_eq!(sanitize_sheet_name("'quoted'"), "quoted");
        assert_eq!(sanitize_sheet_name(""), "Sheet");
        assert_eq!(sanitize_sheet_name(&"x".repeat(40)).len(), 31);
        let taken = vec!["Temuan".to_string(), "temuan (2)".to_string()];
        assert_eq!(unique_sheet_name("TEMUAN", &taken), "TEMUAN (3)");
        let long = "y".repeat(31);
        let n = unique_sheet_name(&long, std::slice::from_ref(&long));
        assert_eq!(n.chars().count(), 31);
        assert!(n.ends_with(" (2)"));
    }
}
