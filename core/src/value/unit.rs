//! Units as agencies write them, for telling whether two are one: lower case, spaces and
//! dots left out (`Rp. (juta)` → `rp(juta)`), spellings made one (`Org` / `orang`, `%` /
//! `persen`).

/// A unit for comparing: lower case, spaces and dots removed (`Rp. (juta)` → `rp(juta)`).
pub fn unit_key(u: &str) -> String {
    unit_chars(u).collect()
}

/// A unit's [`unit_key`] with its spellings made one: `%`, `persen`, `Persen (%)`; `Org` /
/// `orang`; `m` / `meter`; `m³` / `M3` / `meter kubik`; `per 100.000 KH` / `per 100.000
/// kelahiran hidup`.
///
/// ```
/// use rakit_core::value::unit::unit_canon;
///
/// assert_eq!(unit_canon("m³"), unit_canon("M3"));
/// assert_eq!(unit_canon("meter kubik"), unit_canon("m3"));
/// assert_eq!(unit_canon("Persen (%)"), unit_canon("%"));
/// assert_ne!(unit_canon("m2"), unit_canon("m3"));
/// ```
pub fn unit_canon(u: &str) -> String {
    let k = unit_key(u).replace("kelahiranhidup", "kh");
    let one = match k.as_str() {
        "%" | "(%)" | "persen" | "persen(%)" | "%(persen)" | "prosen" | "percent"
        | "persentase" => "%",
        // per mille: the sign, its names, and the thousand it is taken per
        "‰" | "(‰)" | "permil" | "permill" | "permille" | "promil" | "per1000" | "per1000(‰)" => {
            "‰"
        }
        "org" | "orang" => "orang",
        "m" | "meter" | "mtr" => "m",
        "km" | "kilometer" => "km",
        "ha" | "hektar" | "hektare" => "ha",
        "m2" | "m²" | "meterpersegi" => "m2",
        "m3" | "m³" | "meterkubik" => "m3",
        "kg" | "kilogram" => "kg",
        "l" | "ltr" | "liter" => "liter",
        "jm" | "jam" => "jam",
        "mnt" | "menit" => "menit",
        "dtk" | "detik" => "detik",
        "dok" | "dokumen" => "dokumen",
        "lap" | "laporan" => "laporan",
        "keg" | "kegiatan" => "kegiatan",
        "kel" | "klp" | "kelompok" => "kelompok",
        "bh" | "buah" => "buah",
        "rp" | "rupiah" => "rp",
        "thn" | "tahun" => "tahun",
        "hr" | "hari" => "hari",
        "bln" | "bulan" => "bulan",
        "trx" | "trans" | "transaksi" => "transaksi",
        "btg" | "batang" => "batang",
        "pkt" | "paket" => "paket",
        _ => return k,
    };
    one.to_string()
}

/// Whether figures in a unit add up over the periods they happen in: things counted
/// ([`crate::value::is_count_unit`]), money, and amounts weighed, measured or poured (`ton`,
/// `m3`, `ha`, `km`), as a month's production or revenue is; not a %, an index, a score or a
/// time taken.
///
/// ```
/// use rakit_core::value::unit::adds_up;
///
/// assert!(adds_up("ton") && adds_up("Rp. (juta)") && adds_up("m3") && adds_up("orang"));
/// assert!(adds_up("OH") && adds_up("orang hari"));
/// assert!(!adds_up("%") && !adds_up("indeks") && !adds_up("nilai") && !adds_up("menit"));
/// ```
pub fn adds_up(u: &str) -> bool {
    if crate::value::is_count_unit(u) {
        return true;
    }
    let k = unit_canon(u);
    k.starts_with("rp")
        || matches!(
            k.as_str(),
            "ton"
                | "kg"
                | "kilogram"
                | "kuintal"
                | "kwintal"
                | "liter"
                | "ltr"
                | "m3"
                | "m³"
                | "ha"
                | "km"
                | "m"
                // hours of a service given (broadcast, opening): a month's add to the year's
                | "jam"
                // person-days of a service (`OH`, orang × hari: meals, lodging, training)
                | "oh"
                | "oranghari"
                | "hok"
        )
}

/// Whether two units are the same: the same [`unit_key`] (told without building either),
/// or spellings of one unit ([`unit_canon`]).
pub fn same_unit(x: &str, y: &str) -> bool {
    let same_key = if x.is_ascii() && y.is_ascii() {
        // most units: byte by byte, as `unit_chars` reads them (a unit test compares)
        ascii_unit_bytes(x).eq(ascii_unit_bytes(y))
    } else {
        unit_chars(x).eq(unit_chars(y))
    };
    same_key || unit_canon(x) == unit_canon(y)
}

/// [`unit_chars`] of an ASCII unit, as bytes: ASCII whitespace (as `char::is_whitespace`
/// tells it, the vertical tab included) and dots left out, letters in lower case.
fn ascii_unit_bytes(u: &str) -> impl Iterator<Item = u8> + '_ {
    u.bytes()
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ' | b'.'))
        .map(|b| b.to_ascii_lowercase())
}

/// The characters of a unit's [`unit_key`].
pub(crate) fn unit_chars(u: &str) -> impl Iterator<Item = char> + '_ {
    u.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .flat_map(char::to_lowercase)
}
