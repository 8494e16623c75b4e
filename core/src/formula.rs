//! Formula text helpers: moving the relative references of a formula to another cell (a
//! shared formula's dependents, a formula rewritten to its neighbours' pattern), writing a
//! formula relative to its cell so that neighbours can be compared, listing the cells a
//! formula refers to, and turning OpenFormula (ods) text into Excel's A1 syntax.

const MAX_ROW: i64 = 1_048_576;
const MAX_COL: i64 = 16_384;

/// The formula of a shared-formula group as it reads in a cell `drow` rows and `dcol`
/// columns away from the master: every relative reference moves, absolute parts (`$`) stay.
/// A reference moved off the sheet becomes `#REF!`, as in Excel.
///
/// ```
/// use rakit_core::formula::shift_formula;
/// assert_eq!(shift_formula("T176/J176*100", 1, 0), "T177/J177*100");
/// assert_eq!(shift_formula("$B$2+B$2+'Data Ref'!B2", 2, 1), "$B$2+C$2+'Data Ref'!C4");
/// ```
pub fn shift_formula(formula: &str, drow: i64, dcol: i64) -> String {
    if drow == 0 && dcol == 0 {
        return formula.to_string();
    }
    map_refs(
        formula,
        |r, _| r.shifted(drow, dcol),
        |p, is_col| {
            if is_col {
                p.shifted(dcol, MAX_COL, true)
            } else {
                p.shifted(drow, MAX_ROW, false)
            }
        },
    )
}

/// The formula with every relative reference written relative to the cell that holds it
/// (`R[0]C[-2]`, as R1C1 notation does), so that formulas of one column that do the same
/// thing on their own rows read the same.
///
/// ```
/// use rakit_core::formula::relative_form;
/// // H12 = F12/E12*100 and H13 = F13/E13*100 do the same thing
/// assert_eq!(relative_form("F12/E12*100", 11, 7), relative_form("F13/E13*100", 12, 7));
/// // H13 = F12/E13*100 points at another row
/// assert_ne!(relative_form("F12/E13*100", 12, 7), relative_form("F13/E13*100", 12, 7));
/// ```
pub fn relative_form(formula: &str, row: u32, col: u32) -> String {
    map_refs(
        formula,
        |r, _| r.relative(row as i64, col as i64),
        |p, is_col| {
            let here = if is_col { col } else { row } as i64;
            let tag = if is_col { 'C' } else { 'R' };
            if p.abs {
                format!("{tag}{}", p.n + 1)
            } else {
                format!("{tag}[{}]", p.n - here)
            }
        },
    )
}

/// A cell a formula refers to (each end of a range counts once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// the sheet it names (`None`: the formula's own sheet)
    pub sheet: Option<String>,
    /// zero-based
    pub row: u32,
    /// zero-based
    pub col: u32,
}

/// The cells a formula refers to, in order; whole rows or columns (`A:A`) are left out.
///
/// ```
/// use rakit_core::formula::references;
/// let refs = references("'Data Ref'!$B$3+F12/E13*100");
/// assert_eq!(refs.len(), 3);
/// assert_eq!(refs[0].sheet.as_deref(), Some("Data Ref"));
/// assert_eq!((refs[2].row, refs[2].col), (12, 4));
/// ```
pub fn references(formula: &str) -> Vec<Reference> {
    let mut out = Vec::new();
    map_refs(
        formula,
        |r, sheet| {
            out.push(Reference {
                sheet: sheet.map(str::to_string),
                row: r.row.n as u32,
                col: r.col.n as u32,
            });
            String::new()
        },
        |_, _| String::new(),
    );
    out
}

/// The numbers typed into a formula as operands of its arithmetic (`20906000` in
/// `=20906000-R15`, `120` in `=120/E14*100`): not a power of ten (`*100`, `/1000`), not a
/// small factor or argument (`2*E5`, `ROUND(x,2)`), not a threshold compared against
/// (`IF(X>90,...)`).
pub fn typed_operands(formula: &str) -> Vec<String> {
    let chars: Vec<char> = formula.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' || c == '\'' {
            i = end_of_quoted(&chars, i);
            continue;
        }
        if !is_word_char(c) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_word_char(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if !word.chars().all(|c| c.is_ascii_digit() || c == '.')
            || !word.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let before = chars[..start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .copied();
        let after = chars[i..].iter().find(|c| !c.is_whitespace()).copied();
        let arithmetic = |c: Option<char>| matches!(c, Some('+' | '-' | '*' | '/'));
        let comparison = |c: Option<char>| matches!(c, Some('<' | '>' | '='));
        // `=5000000` alone (a constant formula) or an operand of + - * /
        let operand = arithmetic(before) || arithmetic(after) || (start == 0 && after.is_none());
        if !operand
            || comparison(before)
            || comparison(after)
            || before == Some(':')
            || after == Some(':')
        {
            continue;
        }
        let Ok(v) = word.parse::<f64>() else {
            continue;
        };
        let power_of_ten = v >= 1.0 && (v.log10() - v.log10().round()).abs() < 1e-12;
        if power_of_ten || (v <= 12.0 && v.fract() == 0.0) {
            continue;
        }
        found.push(word);
    }
    found
}

/// The cells a purely additive formula adds up (`L10+N10+P10`, `SUM(L10:R10)`,
/// `SUM(L10,N10)+P10`), each once, ranges spelt out; `None` for any other formula (a
/// product, a difference, another function, a reference to another sheet, a number, a
/// range of more than 256 cells).
///
/// ```
/// use rakit_core::formula::added_cells;
/// assert_eq!(added_cells("SUM(B2:D2)").map(|c| c.len()), Some(3));
/// assert_eq!(added_cells("B2+C2"), Some(vec![(1, 1), (1, 2)]));
/// assert_eq!(added_cells("B2-C2"), None);
/// ```
pub fn added_cells(formula: &str) -> Option<Vec<(u32, u32)>> {
    let chars: Vec<char> = formula.trim_start_matches('=').chars().collect();
    let mut cells: Vec<(u32, u32)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == '+' || c == ',' || c == ';' {
            i += 1;
            continue;
        }
        if c == ')' {
            depth = depth.checked_sub(1)?;
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            return None;
        }
        let start = i;
        while i < chars.len() && is_word_char(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if chars.get(i) == Some(&'(') {
            if !word.eq_ignore_ascii_case("SUM") {
                return None;
            }
            depth += 1;
            i += 1;
            continue;
        }
        let from = parse_ref(&word).map(|r| (r.row.n, r.col.n))?;
        let to = if chars.get(i) == Some(&':') {
            let end_start = i + 1;
            let mut j = end_start;
            while j < chars.len() && is_word_char(chars[j]) {
                j += 1;
            }
            let end: String = chars[end_start..j].iter().collect();
            i = j;
            parse_ref(&end).map(|r| (r.row.n, r.col.n))?
        } else {
            from
        };
        let (r0, r1) = (from.0.min(to.0), from.0.max(to.0));
        let (c0, c1) = (from.1.min(to.1), from.1.max(to.1));
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 256 {
            return None;
        }
        for r in r0..=r1 {
            for c in c0..=c1 {
                let at = (r as u32, c as u32);
                if !cells.contains(&at) {
                    cells.push(at);
                }
            }
        }
    }
    (depth == 0 && !cells.is_empty()).then_some(cells)
}

/// A formula's shape: references, numbers and spacing left out, so that `F12/E13*100`
/// and `120/E14*100` can be compared as "a reference over a reference" and "a number over
/// a reference".
pub fn shape(formula: &str) -> String {
    let chars: Vec<char> = formula.chars().collect();
    let mut out = String::with_capacity(formula.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' || c == '\'' {
            let end = end_of_quoted(&chars, i);
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_word_char(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if chars.get(i) == Some(&'(') || chars.get(i) == Some(&'!') {
            out.push_str(&word.to_ascii_uppercase());
        } else if parse_ref(&word).is_some() {
            out.push('§');
        } else if word.chars().all(|c| c.is_ascii_digit() || c == '.') {
            out.push('#');
        } else {
            out.push_str(&word.to_ascii_uppercase());
        }
    }
    out
}

/// Walks a formula, replacing every cell reference by what `cell` gives (it is told the
/// sheet the reference names) and every part of a whole-row or whole-column range (`A:C`,
/// `2:5`) by what `whole` gives; string literals, sheet names, function names, structured
/// and external references are copied as they are.
fn map_refs(
    formula: &str,
    mut cell: impl FnMut(&CellRef, Option<&str>) -> String,
    mut whole: impl FnMut(&Part, bool) -> String,
) -> String {
    let chars: Vec<char> = formula.chars().collect();
    let mut out = String::with_capacity(formula.len() + 8);
    // the sheet named just before the current position (`'Data Ref'!`, `Sheet1!`)
    let mut sheet: Option<String> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            // a string literal ("" escapes a quote) or a quoted sheet name ('' escapes one)
            '"' | '\'' => {
                let start = i;
                i = end_of_quoted(&chars, i);
                out.extend(&chars[start..i]);
                if c == '\'' && chars.get(i) == Some(&'!') {
                    let inner: String = chars[start + 1..i.saturating_sub(1)].iter().collect();
                    sheet = Some(inner.replace("''", "'"));
                } else {
                    sheet = None;
                }
            }
            '[' => {
                // structured or external reference: copied as is
                let start = i;
                let mut depth = 0;
                while i < chars.len() {
                    match chars[i] {
                        '[' => depth += 1,
                        ']' => {
                            depth -= 1;
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                out.extend(&chars[start..i]);
                sheet = None;
            }
            c if is_word_char(c) => {
                let start = i;
                while i < chars.len() && is_word_char(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let prev = if start == 0 {
                    None
                } else {
                    Some(chars[start - 1])
                };
                let next = chars.get(i).copied();
                let after_colon = prev == Some(':');
                let before_colon = next == Some(':');
                let qualified = if matches!(prev, Some('!' | ':')) {
                    sheet.take()
                } else {
                    None
                };
                if next == Some('!') {
                    out.push_str(&word);
                    sheet = Some(word);
                    continue;
                }
                if next == Some('(') {
                    out.push_str(&word);
                    continue;
                }
                if let Some(r) = parse_ref(&word) {
                    out.push_str(&cell(&r, qualified.as_deref()));
                    // the second end of a range names the same sheet as the first
                    if before_colon {
                        sheet = qualified;
                    }
                    continue;
                }
                // whole columns (A:C) and whole rows (2:5)
                if before_colon || after_colon {
                    let other = if before_colon {
                        word_after(&chars, i + 1)
                    } else {
                        word_before(&chars, start.saturating_sub(1))
                    };
                    if let Some(a) =
                        parse_col_part(&word).filter(|_| parse_col_part(&other).is_some())
                    {
                        out.push_str(&whole(&a, true));
                        continue;
                    }
                    if let Some(a) =
                        parse_row_part(&word).filter(|_| parse_row_part(&other).is_some())
                    {
                        out.push_str(&whole(&a, false));
                        continue;
                    }
                }
                out.push_str(&word);
            }
            ':' => {
                out.push(c);
                i += 1;
                // `Sheet!A1:B2`: the sheet carries over the colon
                if chars.get(i).is_some_and(|n| *n == '!' || *n == '\'') {
                    sheet = None;
                }
            }
            c => {
                out.push(c);
                i += 1;
                if c != '!' {
                    sheet = None;
                }
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.' || c == '$' || c == '\\'
}

fn word_after(chars: &[char], from: usize) -> String {
    chars[from.min(chars.len())..]
        .iter()
        .take_while(|c| is_word_char(**c))
        .collect()
}

fn word_before(chars: &[char], colon: usize) -> String {
    let mut w: Vec<char> = chars[..colon.min(chars.len())]
        .iter()
        .rev()
        .take_while(|c| is_word_char(**c))
        .copied()
        .collect();
    w.reverse();
    w.into_iter().collect()
}

struct Part {
    abs: bool,
    /// zero-based
    n: i64,
}

impl Part {
    fn shifted(&self, d: i64, max: i64, is_col: bool) -> String {
        let n = if self.abs { self.n } else { self.n + d };
        if n < 0 || n >= max {
            return "#REF!".to_string();
        }
        let body = if is_col {
            col_name(n as u32)
        } else {
            (n + 1).to_string()
        };
        if self.abs {
            format!("${body}")
        } else {
            body
        }
    }
}

struct CellRef {
    col: Part,
    row: Part,
}

impl CellRef {
    fn shifted(&self, drow: i64, dcol: i64) -> String {
        let c = self.col.shifted(dcol, MAX_COL, true);
        let r = self.row.shifted(drow, MAX_ROW, false);
        if c.starts_with('#') || r.starts_with('#') {
            "#REF!".to_string()
        } else {
            format!("{c}{r}")
        }
    }

    /// `R[0]C[-2]` for a reference relative to (`row`, `col`); absolute parts as `R5`, `C3`.
    fn relative(&self, row: i64, col: i64) -> String {
        let part = |p: &Part, here: i64, tag: char| {
            if p.abs {
                format!("{tag}{}", p.n + 1)
            } else {
                format!("{tag}[{}]", p.n - here)
            }
        };
        format!("{}{}", part(&self.row, row, 'R'), part(&self.col, col, 'C'))
    }
}

fn parse_col_part(s: &str) -> Option<Part> {
    let (abs, body) = match s.strip_prefix('$') {
        Some(b) => (true, b),
        None => (false, s),
    };
    if body.is_empty() || body.len() > 3 || !body.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let n = parse_col(body)? as i64;
    (n < MAX_COL).then_some(Part { abs, n })
}

fn parse_row_part(s: &str) -> Option<Part> {
    let (abs, body) = match s.strip_prefix('$') {
        Some(b) => (true, b),
        None => (false, s),
    };
    if body.is_empty() || body.len() > 7 || !body.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i64 = body.parse().ok()?;
    (1..=MAX_ROW).contains(&n).then_some(Part { abs, n: n - 1 })
}

/// `$A$1`, `B7`, `XFD1048576`
fn parse_ref(word: &str) -> Option<CellRef> {
    let bytes = word.as_bytes();
    let mut i = 0;
    if bytes.first() == Some(&b'$') {
        i = 1;
    }
    let letters_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    if i == letters_start {
        return None;
    }
    let col = parse_col_part(&word[..i])?;
    let row = parse_row_part(&word[i..])?;
    Some(CellRef { col, row })
}

/// Turns an OpenFormula expression as LibreOffice stores it in ods (`of:=SUM([.B2:.B4])`,
/// `of:=['PK 2014'.$C$3]*100`) into Excel's syntax (`SUM(B2:B4)`, `'PK 2014'!$C$3*100`).
/// Text that is not OpenFormula comes back without its leading `=`.
pub fn excel_from_openformula(f: &str) -> String {
    let body = f
        .strip_prefix("of:")
        .or_else(|| f.strip_prefix("oooc:"))
        .unwrap_or(f);
    let body = body.strip_prefix('=').unwrap_or(body);
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                let start = i;
                i = end_of_quoted(&chars, i);
                out.extend(&chars[start..i]);
            }
            '[' => {
                let mut j = i + 1;
                let mut in_quote = false;
                while j < chars.len() {
                    match chars[j] {
                        '\'' => in_quote = !in_quote,
                        ']' if !in_quote => break,
                        _ => {}
                    }
                    j += 1;
                }
                let inner: String = chars[i + 1..j.min(chars.len())].iter().collect();
                out.push_str(&openformula_ref(&inner));
                i = (j + 1).min(chars.len());
            }
            ';' => {
                out.push(',');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// `.A1` → `A1`; `.A1:.B2` → `A1:B2`; `$Sheet1.A1` → `Sheet1!A1`;
/// `'My sheet'.A1:'My sheet'.B2` → `'My sheet'!A1:B2`.
fn openformula_ref(inner: &str) -> String {
    let parts = split_outside_quotes(inner, ':');
    let mut out = Vec::with_capacity(parts.len());
    let mut first_sheet: Option<String> = None;
    for (n, p) in parts.iter().enumerate() {
        let (sheet, cell) = split_sheet(p);
        let cell = cell.to_string();
        match sheet {
            Some(s) if !s.is_empty() => {
                let s = s.trim_start_matches('$').to_string();
                if n == 0 {
                    out.push(format!("{}!{cell}", quote_sheet(&s)));
                    first_sheet = Some(s);
                } else if first_sheet.as_deref() == Some(s.as_str()) {
                    out.push(cell);
                } else {
                    out.push(format!("{}!{cell}", quote_sheet(&s)));
                }
            }
            _ => out.push(cell),
        }
    }
    out.join(":")
}

fn split_outside_quotes(s: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut in_quote = false;
    for c in s.chars() {
        if c == '\'' {
            in_quote = !in_quote;
        }
        if c == sep && !in_quote {
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    parts.push(cur);
    parts
}

/// Splits `sheet.cell` at the last dot outside quotes; `.A1` gives an empty sheet.
fn split_sheet(p: &str) -> (Option<String>, &str) {
    let mut in_quote = false;
    let mut last_dot = None;
    for (i, c) in p.char_indices() {
        match c {
            '\'' => in_quote = !in_quote,
            '.' if !in_quote => last_dot = Some(i),
            _ => {}
        }
    }
    match last_dot {
        Some(i) => (Some(p[..i].to_string()), &p[i + 1..]),
        None => (None, p),
    }
}

/// A sheet name as it goes into a reference: quoted when it holds anything but letters,
/// digits, dots and underscores (already quoted names stay as they are).
pub fn quote_sheet(name: &str) -> String {
    if name.starts_with('\'') && name.ends_with('\'') && name.len() >= 2 {
        return name.to_string();
    }
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && parse_ref(name).is_none();
    if plain {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// The index just past the quoted run that starts at `start` (its quote doubled inside
/// escapes it).
fn end_of_quoted(chars: &[char], start: usize) -> usize {
    let q = chars[start];
    let mut i = start + 1;
    while i < chars.len() {
        if chars[i] == q {
            if chars.get(i + 1) == Some(&q) {
                i += 2;
                continue;
            }
            break;
        }
        i += 1;
    }
    (i + 1).min(chars.len())
}

/// An R1C1 formula (Excel 2003's XML Spreadsheet writes `=RC[-1]/RC[-2]*100`) in A1 notation
/// for the cell at zero-based `row`, `col`: `R[-1]C` is the cell above, `R2C3` is `$C$2`,
/// `RC` the cell itself. Text in quotes and names that only start with R or C (`ROUND`,
/// `COUNT`) are left as they are; a reference that falls off the sheet becomes `#REF!`.
pub fn a1_from_r1c1(formula: &str, row: u32, col: u32) -> String {
    let body = formula.strip_prefix('=').unwrap_or(formula);
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' || c == '\'' {
            let start = i;
            i = end_of_quoted(&chars, i);
            out.extend(&chars[start..i]);
            continue;
        }
        let at_word_start = i == 0 || !is_word_char(chars[i - 1]);
        if at_word_start && (c == 'R' || c == 'r' || c == 'C' || c == 'c') {
            if let Some((text, len)) = r1c1_reference(&chars[i..], row, col) {
                out.push_str(&text);
                i += len;
                continue;
            }
        }
        if is_word_char(c) {
            // a whole word that is no reference (a function, a name, a number)
            while i < chars.len() && is_word_char(chars[i]) {
                out.push(chars[i]);
                i += 1;
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// One R1C1 reference at the start of `chars` (`R[-1]C`, `R2C3`, `RC[2]`, a row `R3`, a
/// column `C[1]`), in A1 notation, and how many characters it took; `None` when the word is
/// no reference.
fn r1c1_reference(chars: &[char], row: u32, col: u32) -> Option<(String, usize)> {
    // part: (absolute?, offset or index)
    fn part(chars: &[char], i: &mut usize) -> Option<(bool, i64)> {
        if chars.get(*i) == Some(&'[') {
            let close = chars[*i..].iter().position(|c| *c == ']')? + *i;
            let n: i64 = chars[*i + 1..close]
                .iter()
                .collect::<String>()
                .parse()
                .ok()?;
            *i = close + 1;
            return Some((false, n));
        }
        let digits: String = chars[*i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if digits.is_empty() {
            return Some((false, 0));
        }
        *i += digits.len();
        Some((true, digits.parse().ok()?))
    }
    let mut i = 0;
    let mut r = None;
    let mut c = None;
    if matches!(chars.first(), Some('R' | 'r')) {
        i += 1;
        r = Some(part(chars, &mut i)?);
    }
    if matches!(chars.get(i), Some('C' | 'c')) {
        i += 1;
        c = Some(part(chars, &mut i)?);
    }
    // the reference must end the word: `RC1x` or `ROUND` are not references
    if r.is_none() && c.is_none()
        || chars
            .get(i)
            .is_some_and(|ch| is_word_char(*ch) || *ch == '(')
    {
        return None;
    }
    let resolve = |p: (bool, i64), here: u32| -> Option<(bool, u32)> {
        let (abs, n) = p;
        let v = if abs { n - 1 } else { here as i64 + n };
        (0..=u32::MAX as i64)
            .contains(&v)
            .then_some((abs, v as u32))
    };
    let text = match (r, c) {
        (Some(r), Some(c)) => match (resolve(r, row), resolve(c, col)) {
            (Some((ra, rv)), Some((ca, cv))) => format!(
                "{}{}{}{}",
                if ca { "$" } else { "" },
                col_name(cv),
                if ra { "$" } else { "" },
                rv + 1
            ),
            _ => "#REF!".to_string(),
        },
        // a whole row or column
        (Some(r), None) => match resolve(r, row) {
            Some((ra, rv)) => {
                let d = if ra { "$" } else { "" };
                format!("{d}{}:{d}{}", rv + 1, rv + 1)
            }
            None => "#REF!".to_string(),
        },
        (None, Some(c)) => match resolve(c, col) {
            Some((ca, cv)) => {
                let d = if ca { "$" } else { "" };
                format!("{d}{}:{d}{}", col_name(cv), col_name(cv))
            }
            None => "#REF!".to_string(),
        },
        (None, None) => return None,
    };
    Some((text, i))
}

// Cell addresses (A1 notation), shared by the reader, the rules and the writers.

/// `(0, 0)` → `A1`.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut buf = [0u8; 32];
    cell_name_in(row, col, &mut buf).to_string()
}

/// [`cell_name`] written into `buf`, without allocating.
pub(crate) fn cell_name_in(row: u32, col: u32, buf: &mut [u8; 32]) -> &str {
    let mut letters = [0u8; 7];
    let letters = col_letters(col, &mut letters).as_bytes();
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(u64::from(row) + 1).as_bytes();
    buf[..letters.len()].copy_from_slice(letters);
    buf[letters.len()..letters.len() + digits.len()].copy_from_slice(digits);
    // column letters and digits: ASCII
    std::str::from_utf8(&buf[..letters.len() + digits.len()]).unwrap_or("")
}

/// `0` → `A`, `26` → `AA`.
pub fn col_name(col: u32) -> String {
    let mut letters = [0u8; 7];
    col_letters(col, &mut letters).to_string()
}

/// A column's letters, written at the end of `buf` (seven letters hold any `u32`).
fn col_letters(col: u32, buf: &mut [u8; 7]) -> &str {
    let mut n = u64::from(col) + 1;
    let mut at = buf.len();
    while n > 0 && at > 0 {
        at -= 1;
        buf[at] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    // ASCII capitals only
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

/// `A` → `0`, `AA` → `26`; `None` for anything that is not letters.
pub fn parse_col(name: &str) -> Option<u32> {
    let name = name.trim();
    if name.is_empty() || name.len() > 3 {
        return None;
    }
    let mut n: u32 = 0;
    for ch in name.chars() {
        if !ch.is_ascii_alphabetic() {
            return None;
        }
        n = n * 26 + (ch.to_ascii_uppercase() as u32 - 'A' as u32 + 1);
    }
    Some(n - 1)
}

/// `G12` → `(11, 6)`.
pub fn parse_cell_name(name: &str) -> Option<(u32, u32)> {
    let name = name.trim().replace('$', "");
    let split = name.find(|c: char| c.is_ascii_digit())?;
    let col = parse_col(&name[..split])?;
    let row: u32 = name[split..].parse().ok()?;
    if row == 0 {
        return None;
    }
    Some((row - 1, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names_are_column_letters_then_the_row() {
        // the bijective base-26 numbering, written the plain way
        fn letters(col: u32) -> String {
            let mut n = u64::from(col) + 1;
            let mut s = Vec::new();
            while n > 0 {
                s.push(b'A' + ((n - 1) % 26) as u8);
                n = (n - 1) / 26;
            }
            s.reverse();
            String::from_utf8(s).unwrap_or_default()
        }
        for col in (0..20_000).chain([16_383, 18_277, 18_278, u32::MAX - 1, u32::MAX]) {
            assert_eq!(col_name(col), letters(col), "{col}");
            assert_eq!(
                parse_col(&col_name(col)).filter(|_| col < 18_278),
                (col < 18_278).then_some(col)
            );
        }
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(12, 27), "AB13");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
        assert_eq!(cell_name(u32::MAX, 0), "A4294967296");
        assert_eq!(col_name(u32::MAX), "MWLQKWV");
    }

    #[test]
    fn shared_formulas_move() {
        assert_eq!(shift_formula("B2/C2*100", 1, 0), "B3/C3*100");
        assert_eq!(shift_formula("$B$2+B$2+$B2", 2, 1), "$B$2+C$2+$B4");
        assert_eq!(shift_formula("SUM(A1:A3)", 0, 1), "SUM(B1:B3)");
        assert_eq!(
            shift_formula("IF(C2=\"B2\",'PK B2'!B2,LOG10(B2))", 1, 0),
            "IF(C3=\"B2\",'PK B2'!B3,LOG10(B3))"
        );
        assert_eq!(shift_formula("Sheet1!A1*2", 1, 0), "Sheet1!A2*2");
        assert_eq!(
            shift_formula("SUM(A:A)+SUM(2:3)", 1, 1),
            "SUM(B:B)+SUM(3:4)"
        );
        assert_eq!(shift_formula("A1-1", -1, 0), "#REF!-1");
        assert_eq!(shift_formula("1E5+A1+0.5", 1, 0), "1E5+A2+0.5");
        assert_eq!(shift_formula("Table1[Col A]+A1", 1, 0), "Table1[Col A]+A2");
        assert_eq!(
            shift_formula("_xlfn.STDEV.S(A1:A2)", 1, 0),
            "_xlfn.STDEV.S(A2:A3)"
        );
        assert_eq!(shift_formula("TRUE", 1, 0), "TRUE");
    }

    #[test]
    fn relative_forms_and_references() {
        assert_eq!(
            relative_form("F12/E12*100", 11, 6),
            "R[0]C[-1]/R[0]C[-2]*100"
        );
        assert_eq!(relative_form("$B$2+B$2", 0, 0), "R2C2+R2C[1]");
        assert_eq!(
            relative_form("SUM(T56:T64)", 54, 19),
            relative_form("SUM(U56:U64)", 54, 20)
        );
        let r = references("Sheet1!A1:B2+'O''Brien 2'!C3+D4");
        let got: Vec<_> = r
            .iter()
            .map(|r| (r.sheet.as_deref(), r.row, r.col))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("Sheet1"), 0, 0),
                (Some("Sheet1"), 1, 1),
                (Some("O'Brien 2"), 2, 2),
                (None, 3, 3)
            ]
        );
        assert_eq!(references("SUM(A:A)+\"B2\"").len(), 0);
    }

    #[test]
    fn r1c1_becomes_a1() {
        // the cell G12 (row 11, column 6)
        assert_eq!(a1_from_r1c1("=RC[-1]/RC[-2]*100", 11, 6), "F12/E12*100");
        assert_eq!(a1_from_r1c1("=SUM(R[-3]C:R[-1]C)", 11, 6), "SUM(G9:G11)");
        assert_eq!(
            a1_from_r1c1("=ROUND(R2C3*100,2)", 11, 6),
            "ROUND($C$2*100,2)"
        );
        assert_eq!(
            a1_from_r1c1("=IF(RC5=0,\"RC\",COUNT(C[-1]))", 11, 6),
            "IF($E12=0,\"RC\",COUNT(F:F))"
        );
        assert_eq!(
            a1_from_r1c1("='PK 2024'!RC*Rate", 0, 0),
            "'PK 2024'!A1*Rate"
        );
        assert_eq!(a1_from_r1c1("=R[-5]C", 2, 0), "#REF!");
    }

    #[test]
    fn typed_operands_and_shapes() {
        assert_eq!(typed_operands("20906000-R15"), vec!["20906000"]);
        assert_eq!(typed_operands("120/E14*100"), vec!["120"]);
        assert!(typed_operands("(2*E5-F5)/E5*100").is_empty());
        assert!(typed_operands("IF(X5>90,\"Sangat Tinggi\",IF(X5>75,\"Tinggi\",\"\"))").is_empty());
        assert!(typed_operands("ROUND(F5/E5*100,2)").is_empty());
        assert!(typed_operands("A1/1000").is_empty());
        assert_eq!(typed_operands("A1*1.5"), vec!["1.5"]);
        assert_eq!(shape("F12/E13*100"), shape("F14/E14*100"));
        assert_ne!(shape("120/E14*100"), shape("F14/E14*100"));
        assert_eq!(shape("sum(A1:A3)"), "SUM(§:§)");
    }

    #[test]
    fn openformula_to_excel() {
        assert_eq!(excel_from_openformula("of:=SUM([.B2:.B4])"), "SUM(B2:B4)");
        assert_eq!(
            excel_from_openformula("of:=['PK 2014'.$C$3]*100"),
            "'PK 2014'!$C$3*100"
        );
        assert_eq!(
            excel_from_openformula("of:=IF([.A1]>0;\"a;b\";[$Data.B1:.B9])"),
            "IF(A1>0,\"a;b\",Data!B1:B9)"
        );
        assert_eq!(excel_from_openformula("B2*2"), "B2*2");
        assert_eq!(quote_sheet("PK 2014"), "'PK 2014'");
        assert_eq!(quote_sheet("Data"), "Data");
        assert_eq!(quote_sheet("O'Brien"), "'O''Brien'");
        assert_eq!(quote_sheet("A1"), "'A1'");
    }
}
