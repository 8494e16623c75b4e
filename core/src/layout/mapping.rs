//! Mapping files: a TOML file that says where the table is and what each column holds, for
//! layouts that detection gets wrong. `rakit check --print-mapping FILE` prints what was
//! detected in this same form, ready to be saved, edited and passed back with `--mapping`.
//!
//! ```toml
//! # rows as Excel numbers them (the first row is 1), columns as letters
//! [[tabel]]
//! sheet = "PK 2014"          # a sheet name, or "*" for every sheet
//! jenis = "annual"           # annual | quarterly | evaluation | monthly
//! baris_header = [9, 10]
//! baris_awal = 12            # first data row
//! baris_akhir = 49           # last data row (optional: up to the budget lines)
//! tahun = 2014               # optional: the year, when the workbook does not say it
//!
//! [tabel.kolom]
//! sasaran = "A"
//! indikator = "B"
//! target = "C"
//! target_satuan = "D"
//! realisasi = "E"
//! realisasi_satuan = "F"
//! capaian = "G"
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::layout::{quarterly, Role, Table, TableKind};
use crate::read::{col_name, parse_col, Sheet};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Mapping {
    #[serde(default, rename = "tabel")]
    pub tables: Vec<TableMapping>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TableMapping {
    pub sheet: String,
    #[serde(default = "annual")]
    pub jenis: TableKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baris_header: Vec<u32>,
    pub baris_awal: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baris_akhir: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tahun: Option<i32>,
    pub kolom: BTreeMap<String, String>,
}

fn quarterly_keys() -> Vec<String> {
    let mut v: Vec<String> = [
        "no",
        "unit_kerja",
        "indikator",
        "sasaran",
        "target",
        "satuan",
        "polaritas",
        // quarters side by side: the year's realisasi and % beside them, the row's budget
        "realisasi",
        "capaian",
        "anggaran",
        "kategori",
        // each indicator a `Target` row and a `Realisasi` row, as this column says
        quarterly::ROW_KIND,
        // quarters whose realisasi each run to date (`s.d. TW I` .. `s.d. TW IV`)
        quarterly::TO_DATE,
        // half years (`Semester I | II`), each read as the quarter it ends with
        quarterly::HALVES,
        // a card per indicator, its `Indikator` labels in this column
        quarterly::CARDS,
    ]
    .map(String::from)
    .to_vec();
    for l in quarterly::LEVELS {
        for f in quarterly::FIELDS {
            v.push(format!("{}_{f}", quarterly::level_key(l)));
        }
    }
    // quarters side by side
    for q in 1..=4 {
        for f in ["target", "realisasi", "capaian"] {
            v.push(format!("tw{q}_{f}"));
        }
    }
    v
}

/// The keys of a monthly table: its text columns, the year's figures, and per month
/// `bulan<m>_target` / `_realisasi` / `_capaian` (1 = Januari).
pub fn monthly_keys() -> Vec<String> {
    let mut v: Vec<String> = [
        "no",
        "sasaran",
        "program",
        "kegiatan",
        "indikator",
        super::SUB_NAME,
        "satuan",
        "polaritas",
        "target",
        "realisasi",
        "capaian",
        "anggaran",
    ]
    .map(String::from)
    .to_vec();
    for m in 1..=12 {
        for f in ["target", "realisasi", "capaian"] {
            v.push(format!("bulan{m}_{f}"));
        }
    }
    v
}

fn quarterly_key(k: &str) -> bool {
    quarterly_keys().iter().any(|x| x == k)
}

fn annual() -> TableKind {
    TableKind::Annual
}

/// Why a mapping file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    #[error("{0}")]
    Io(String),
    #[error("{0}")]
    Toml(String),
    #[error("kunci kolom `{0}` tidak dikenal / unknown column key (dikenal / known: {1})")]
    UnknownRole(String, String),
    #[error("`{1}` bukan huruf kolom / is not a column letter (kunci / key `{0}`)")]
    BadColumn(String, String),
    #[error("baris dihitung mulai 1 / rows count from 1 (tabel sheet `{0}`)")]
    BadRow(String),
}

/// The columns besides the roles that `--print-mapping` writes for an annual table, which a
/// mapping may give back: another period's figures (`lain_7`), an earlier period's realisasi
/// of a year written in periods (`realisasi_periode_1`), another year's (`tahun_2021`,
/// `tahun_2021_target`), a column of years one a row (`tahun_baris`), a stacked table's labels
/// and its one column of figures (`uraian`, `nilai`).
fn annual_extra_key(k: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if matches!(k, "uraian" | "nilai" | "header_tiap_blok")
        || k == super::YEAR_COLUMN
        || k == super::NAME_REST
        || k == super::SUB_NAME
        || k == super::NAME_LIST
        || k == super::PERIODS_TO_DATE
    {
        return true;
    }
    if let Some(n) = k
        .strip_prefix(super::OTHER_PERIOD)
        .or_else(|| k.strip_prefix(super::EARLIER_PERIOD))
        .or_else(|| k.strip_prefix(super::PERIOD_TARGET))
    {
        return digits(n);
    }
    let Some(rest) = k.strip_prefix("tahun_") else {
        return false;
    };
    let (year, role) = rest.split_once('_').unwrap_or((rest, ""));
    year.len() == 4 && digits(year) && (role.is_empty() || Role::from_key(role).is_some())
}

impl Mapping {
    pub fn parse(text: &str) -> Result<Mapping, MappingError> {
        let m: Mapping = toml::from_str(text).map_err(|e| MappingError::Toml(e.to_string()))?;
        for t in &m.tables {
            for (k, v) in &t.kolom {
                // an evaluation table's numbered columns come from its numbering row; the
                // mapping names its text and main figure columns as an annual one does
                let known_key = match t.jenis {
                    TableKind::Annual | TableKind::Evaluation => {
                        Role::from_key(k).is_some() || annual_extra_key(k)
                    }
                    TableKind::Quarterly => quarterly_key(k),
                    TableKind::Monthly => monthly_keys().iter().any(|x| x == k),
                };
                if !known_key {
                    let known: Vec<String> = match t.jenis {
                        TableKind::Annual | TableKind::Evaluation => {
                            Role::ALL.iter().map(|r| r.key().to_string()).collect()
                        }
                        TableKind::Quarterly => quarterly_keys(),
                        TableKind::Monthly => monthly_keys(),
                    };
                    return Err(MappingError::UnknownRole(k.clone(), known.join(", ")));
                }
                if parse_col(v).is_none() {
                    return Err(MappingError::BadColumn(k.clone(), v.clone()));
                }
            }
            if t.baris_awal == 0 || t.baris_header.contains(&0) || t.baris_akhir == Some(0) {
                return Err(MappingError::BadRow(t.sheet.clone()));
            }
        }
        Ok(m)
    }

    /// The tables the mapping gives for a sheet; `None` when it says nothing of this sheet.
    pub fn tables_for(&self, sheet: &Sheet) -> Option<Vec<Table>> {
        let entries: Vec<&TableMapping> = self
            .tables
            .iter()
            .filter(|t| t.sheet == sheet.name || t.sheet == "*")
            .collect();
        if entries.is_empty() {
            return None;
        }
        Some(entries.into_iter().map(|t| t.to_table(sheet)).collect())
    }

    /// The mapping that reproduces detected tables.
    pub fn from_tables(tables: &[Table], years: &[(String, Option<i32>)]) -> Mapping {
        Mapping {
            tables: tables
                .iter()
                .map(|t| TableMapping {
                    sheet: t.sheet.clone(),
                    jenis: t.kind,
                    baris_header: t.header_rows.iter().map(|r| r + 1).collect(),
                    baris_awal: t.first_row + 1,
                    baris_akhir: Some(t.last_row + 1),
                    tahun: years
                        .iter()
                        .find(|(s, _)| *s == t.sheet)
                        .and_then(|(_, y)| *y),
                    kolom: t
                        .columns
                        .iter()
                        .map(|(r, c)| (r.key().to_string(), col_name(*c)))
                        .chain(t.qcols.iter().map(|(k, c)| (k.clone(), col_name(*c))))
                        .collect(),
                })
                .collect(),
        }
    }

    /// [`Mapping::to_toml`] with a comment after each column saying why it was chosen: the
    /// header text it stands under, and for an evaluation table its number and the rule
    /// written over it. `tables` are the tables this mapping was made from, in order.
    pub fn to_toml_explained(&self, tables: &[Table], sheets: &[Sheet]) -> String {
        let text = self.to_toml();
        let mut out = String::new();
        let mut table: Option<usize> = None;
        for line in text.lines() {
            out.push_str(line);
            if line.trim() == "[tabel.kolom]" {
                table = Some(table.map_or(0, |t| t + 1));
            } else if let (Some(ti), Some((key, col))) = (table, line.split_once(" = ")) {
                let col = col.trim().trim_matches('"');
                let why = tables.get(ti).and_then(|t| {
                    let sheet = sheets.iter().find(|s| s.name == t.sheet)?;
                    reason(t, sheet, key.trim(), parse_col(col)?)
                });
                if let Some(why) = why {
                    out.push_str("  # ");
                    out.push_str(&why);
                }
            }
            out.push('\n');
        }
        out
    }

    pub fn to_toml(&self) -> String {
        let body = toml::to_string_pretty(self).unwrap_or_default();
        format!(
            "# Pemetaan kolom rakit (rakit column mapping).\n\
             # Baris seperti di Excel (baris pertama = 1), kolom berupa huruf.\n\
             # Simpan, ubah, lalu pakai: rakit check --mapping FILE ...\n\n{body}"
        )
    }
}

/// Why a column was chosen: the header text over it (and the rule that read it).
fn reason(t: &Table, sheet: &Sheet, key: &str, col: u32) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for hr in &t.header_rows {
        if let Some(c) = sheet.get_shown(*hr, col) {
            let s: String = c
                .value
                .as_text()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !s.is_empty() && !parts.contains(&s) {
                parts.push(s);
            }
        }
    }
    let mut header = parts.join(" / ");
    if header.chars().count() > 70 {
        header = header.chars().take(67).collect::<String>() + "...";
    }
    let rows: Vec<String> = t.header_rows.iter().map(|r| (r + 1).to_string()).collect();
    let mut why = if header.is_empty() {
        "tanpa judul / no header".to_string()
    } else {
        let matched = Role::from_key(key)
            .filter(|r| super::classify(&crate::text::label(&header)) == Some(*r));
        let how = match (matched, Role::from_key(key)) {
            (Some(_), _) => "",
            (None, Some(Role::TargetSatuan | Role::RealisasiSatuan)) => {
                " (satuan: di bawah judul yang sama / unit: under the same header)"
            }
            _ => "",
        };
        format!(
            "judul / header \"{header}\" (baris / row {}){how}",
            rows.join(", ")
        )
    };
    if let Some(ev) = t.eval.as_deref() {
        if let Some((n, c)) = ev.numbers.iter().find(|(_, c)| c.k == Some(col)) {
            let rule = ev.rules.iter().find(|r| r.target == *n);
            why.push_str(&format!("; kolom / column {n} (K)"));
            let _ = c;
            if let Some(r) = rule {
                let src = if r.written { "" } else { ", skema / scheme" };
                why.push_str(&format!(", aturan / rule \"{}\"{src}", r.text));
            }
        }
    }
    Some(why)
}

impl TableMapping {
    fn to_table(&self, sheet: &Sheet) -> Table {
        let first_row = self.baris_awal - 1;
        let last_row = match self.baris_akhir {
            Some(r) => r - 1,
            None => super::last_data_row(sheet, first_row),
        };
        Table {
            sheet: sheet.name.clone(),
            kind: self.jenis,
            header_rows: self.baris_header.iter().map(|r| r - 1).collect(),
            numbering_row: None,
            first_row,
            last_row,
            columns: match self.jenis {
                TableKind::Annual | TableKind::Evaluation => self
                    .kolom
                    .iter()
                    .filter_map(|(k, v)| Some((Role::from_key(k)?, parse_col(v)?)))
                    .collect(),
                TableKind::Quarterly | TableKind::Monthly => BTreeMap::new(),
            },
            qcols: match self.jenis {
                TableKind::Quarterly | TableKind::Monthly => self
                    .kolom
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), parse_col(v)?)))
                    .collect(),
                TableKind::Annual | TableKind::Evaluation => self
                    .kolom
                    .iter()
                    .filter(|(k, _)| annual_extra_key(k))
                    .filter_map(|(k, v)| Some((k.clone(), parse_col(v)?)))
                    .collect(),
            },
            header_year: self.tahun,
            from_mapping: true,
            eval: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_reject() {
        let ok = Mapping::parse(
            "[[tabel]]\nsheet = \"A\"\nbaris_awal = 3\n[tabel.kolom]\nindikator = \"B\"\ntarget = \"C\"\n",
        )
        .unwrap();
        assert_eq!(ok.tables.len(), 1);
        assert!(matches!(
            Mapping::parse(
                "[[tabel]]\nsheet = \"A\"\nbaris_awal = 3\n[tabel.kolom]\nindikatorr = \"B\"\n"
            ),
            Err(MappingError::UnknownRole(..))
        ));
        assert!(matches!(
            Mapping::parse(
                "[[tabel]]\nsheet = \"A\"\nbaris_awal = 3\n[tabel.kolom]\ntarget = \"3\"\n"
            ),
            Err(MappingError::BadColumn(..))
        ));
        assert!(Mapping::parse("not toml [").is_err());
    }
}
