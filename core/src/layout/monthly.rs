//! Month labels of the monthly Rencana Aksi / Laporan Bulanan ("Januari" .. "Desember", as
//! typed: "Jan", "Peb", "Agt", "Agust.", "Sept", "Nop", "DES ", "Bulan Maret"), and the
//! months' names in both languages.

use crate::text;

const ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month (1 = Januari) a header label names, or `None`.
pub fn month(label: &str) -> Option<u8> {
    // every month label is short; most cells are not
    if label.len() > 24 {
        return None;
    }
    let n = text::norm(label);
    let n = n.trim().trim_end_matches(['.', ':']).trim();
    let n = n.strip_prefix("bulan ").unwrap_or(n).trim();
    let n = n.strip_prefix("bln ").unwrap_or(n).trim();
    let m = match n {
        "januari" | "jan" | "january" => 1,
        "februari" | "pebruari" | "feb" | "peb" | "february" => 2,
        "maret" | "mar" | "march" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "jun" | "june" => 6,
        "juli" | "jul" | "july" => 7,
        "agustus" | "agu" | "agt" | "ags" | "agust" | "agus" | "aug" | "august" => 8,
        "september" | "sep" | "sept" | "sepr" => 9,
        "oktober" | "okt" | "oct" | "october" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "des" | "dec" | "december" => 12,
        _ => return None,
    };
    Some(m)
}

/// A month's name (1 = Januari) in Indonesian.
pub fn name_id(m: u8) -> &'static str {
    ID[usize::from(m.clamp(1, 12) - 1)]
}

/// A month's name (1 = January) in English.
pub fn name_en(m: u8) -> &'static str {
    EN[usize::from(m.clamp(1, 12) - 1)]
}

/// The distinct months a row's cells name, with their columns.
pub(crate) fn months_in_row(sheet: &crate::read::Sheet, row: u32) -> Vec<(u32, u8)> {
    let mut out: Vec<(u32, u8)> = sheet
        .row(row)
        .iter()
        .filter_map(|c| match &c.value {
            crate::read::Raw::Text(t) => month(t).map(|m| (c.col, m)),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_labels() {
        assert_eq!(month("Januari"), Some(1));
        assert_eq!(month("JANUARI  "), Some(1));
        assert_eq!(month("Peb"), Some(2));
        assert_eq!(month("Agt"), Some(8));
        assert_eq!(month("Agust."), Some(8));
        assert_eq!(month("Ags"), Some(8));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("Nop"), Some(11));
        assert_eq!(month("Bulan Maret"), Some(3));
        assert_eq!(month("DES"), Some(12));
        assert_eq!(month("Target"), None);
        assert_eq!(month("Mei 2024 adalah"), None);
        assert_eq!(name_id(12), "Desember");
        assert_eq!(name_en(5), "May");
    }
}
