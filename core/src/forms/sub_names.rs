//! Names written in a `Sub Indikator` column beside the names' column (some indicators are
//! written there instead: a group's parts under the group's name, which holds no figure),
//! for the annual and the monthly forms alike: the column ([`column`]) and the name a row
//! there is read by ([`named`]).

use crate::model::trimmed_shared;
use crate::read::{Raw, Sheet};
use crate::text;

/// The column right of the names' (`names_col`) headed `Sub Indikator` in one of the
/// `header_rows`, where no other role of the table (`taken`) is.
pub(crate) fn column(
    sheet: &Sheet,
    header_rows: impl IntoIterator<Item = u32>,
    names_col: u32,
    taken: impl Fn(u32) -> bool,
) -> Option<u32> {
    let next = names_col.checked_add(1)?;
    if taken(next) {
        return None;
    }
    header_rows
        .into_iter()
        .filter_map(|r| sheet.get(r, next))
        .any(|c| {
            let Raw::Text(t) = &c.value else {
                return false;
            };
            let label = text::label(t);
            let words: Vec<&str> = label
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            matches!(
                words.as_slice(),
                ["sub", "indikator", ..] | ["subindikator", ..]
            )
        })
        .then_some(next)
}

/// The words a name starts with to say what it measures.
const MEASURES: [&str; 20] = [
    "jumlah",
    "persentase",
    "prosentase",
    "persen",
    "proporsi",
    "rasio",
    "luas",
    "panjang",
    "volume",
    "banyaknya",
    "frekuensi",
    "rata",
    "indeks",
    "nilai",
    "skor",
    "tingkat",
    "angka",
    "cakupan",
    "produksi",
    "realisasi",
];

/// A name written in the `Sub Indikator` column at row `r`, after its group's (the nearest
/// name above in the names' column, over the sub-names between) where it is a short part
/// that does not say it (`MT I (Rendeng)` under `Luas tanam padi (Ha)`): the part alone
/// names no indicator. A part that says its group's word (`P3A aktif` under `Jumlah P3A`)
/// or a whole name (`Prosentase saluran primer kondisi baik`, `Jumlah titik panas`) stays as
/// written.
pub(crate) fn named(
    sheet: &Sheet,
    r: u32,
    names_col: Option<u32>,
    sub_col: u32,
    sub: std::sync::Arc<str>,
) -> std::sync::Arc<str> {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let own = words(&sub);
    let (Some(names_col), Some(first)) = (names_col, own.first()) else {
        return sub;
    };
    // a name of its own: long, or starting with what it measures (`Jumlah titik panas`)
    if own.len() > 3 || MEASURES.contains(&first.as_str()) || sub.starts_with('%') {
        return sub;
    }
    let text = |row: u32, col: u32| trimmed_shared(sheet.get_shown(row, col)?);
    // up over the sub-names to the group's, ten rows at most
    let group = (r.saturating_sub(10)..r)
        .rev()
        .take_while(|&x| text(x, sub_col).is_some() || text(x, names_col).is_some())
        .find_map(|x| text(x, names_col));
    match group {
        Some(g) if !words(&g).contains(first) => format!("{g} {sub}").into(),
        _ => sub,
    }
}
