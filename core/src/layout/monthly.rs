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

/// The month of a date cell used as a month's label (`Jan-23`: the date 1 January 2023
/// formatted `mmm-yy`), as the reader keeps it: an ISO date (`2023-01-01`, `2023-01-01
/// 00:00:00`) or Excel's serial day (`44927`, days since 30 December 1899).
///
/// ```
/// use rakit_core::layout::monthly::month_of_date;
/// assert_eq!(month_of_date("44927"), Some(1));
/// assert_eq!(month_of_date("45261"), Some(12));
/// assert_eq!(month_of_date("2023-07-01T00:00:00"), Some(7));
/// assert_eq!(month_of_date("12:30"), None);
/// ```
pub fn month_of_date(d: &str) -> Option<u8> {
    let d = d.trim();
    let b = d.as_bytes();
    if b.len() >= 7 && b[4] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
        let m: u8 = d.get(5..7)?.parse().ok()?;
        return (1..=12).contains(&m).then_some(m);
    }
    let serial: f64 = d.parse().ok()?;
    // a date from 1901 to 2199, whole days (a time of day alone is below 1)
    if !(367.0..=109_574.0).contains(&serial) {
        return None;
    }
    // days since 1970-01-01, then the civil date (H. Hinnant's days-to-civil)
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    u8::try_from(m).ok()
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
            crate::read::Raw::Date(d) => month_of_date(d).map(|m| (c.col, m)),
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
