//! A person's decisions on matches: a TOML file that pins two indicators of two years as
//! the same (`keputusan = "ya"`) or splits them (`"tidak"`), or the matches sheet of a summary
//! workbook rakit wrote, read back with its Keputusan column.
//!
//! ```toml
//! [[cocok]]
//! tahun_a = 2015
//! indikator_a = "Jumlah Usaha Mikro yang aktif"
//! tahun_b = 2016
//! indikator_b = "Jumlah Usaha Mikro"
//! keputusan = "ya"      # ya: the same indicator; tidak: not the same
//! ```

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::text::norm;

crate::texts! {
    RAKIT_COMPARE_INDICATOR_MATCHES_BETWEEN = "compare.pins.rakit_compare_indicator_matches_between",
        "# rakit compare: kecocokan indikator antartahun.\n# Isi keputusan dengan \"ya\" (indikator yang sama) atau \"tidak\" (berbeda), lalu jalankan\n# rakit compare --matches BERKAS.toml ...\n",
        "# rakit compare: indicator matches between years.\n# Set keputusan to \"ya\" (the same indicator) or \"tidak\" (not the same), then run\n# rakit compare --matches FILE.toml ...\n";
}

/// One decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub tahun_a: i32,
    pub indikator_a: String,
    pub tahun_b: i32,
    pub indikator_b: String,
    /// true: the same indicator (YA); false: not the same (TIDAK)
    pub same: bool,
}

/// Every decision of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pins {
    pub pins: Vec<Pin>,
}

/// Why a matches file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum PinsError {
    #[error("TOML: {0}")]
    Toml(String),
    #[error("{0}")]
    Workbook(String),
    #[error("no sheet \"Kecocokan\" (or \"Matches\") with the columns Tahun A, Indikator A, Tahun B, Indikator B, Keputusan")]
    NoSheet,
    #[error("[[cocok]] number {index}: keputusan \"{value}\" is neither ya nor tidak")]
    BadDecision { index: usize, value: String },
    #[error("sheet {sheet}, row {row}: {detail}")]
    BadRow {
        sheet: String,
        row: u32,
        detail: String,
    },
}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    cocok: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    tahun_a: i32,
    indikator_a: String,
    tahun_b: i32,
    indikator_b: String,
    #[serde(default)]
    keputusan: String,
}

/// `ya` / `yes` → true, `tidak` / `no` → false, blank → no decision.
fn decision(s: &str) -> Result<Option<bool>, ()> {
    match norm(s).as_str() {
        "" => Ok(None),
        "ya" | "y" | "yes" | "iya" | "sama" | "same" => Ok(Some(true)),
        "tidak" | "t" | "n" | "no" | "bukan" | "beda" | "different" => Ok(Some(false)),
        _ => Err(()),
    }
}

impl Pins {
    /// Reads the TOML form.
    pub fn from_toml(text: &str) -> Result<Pins, PinsError> {
        let f: File = toml::from_str(text).map_err(|e| PinsError::Toml(e.to_string()))?;
        let mut pins = Vec::new();
        for (i, r) in f.cocok.into_iter().enumerate() {
            match decision(&r.keputusan) {
                Ok(None) => {}
                Ok(Some(same)) => pins.push(Pin {
                    tahun_a: r.tahun_a,
                    indikator_a: r.indikator_a,
                    tahun_b: r.tahun_b,
                    indikator_b: r.indikator_b,
                    same,
                }),
                Err(()) => {
                    return Err(PinsError::BadDecision {
                        index: i + 1,
                        value: r.keputusan,
                    })
                }
            }
        }
        Ok(Pins { pins })
    }

    /// Reads a summary workbook's matches sheet (its Keputusan column), or a TOML file,
    /// by what the bytes are.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Pins, PinsError> {
        if matches!(
            crate::sniff::sniff(&bytes),
            crate::sniff::Kind::Zip | crate::sniff::Kind::Ole
        ) {
            return Pins::from_workbook(path, bytes);
        }
        let text = String::from_utf8(bytes).map_err(|e| PinsError::Toml(e.to_string()))?;
        Pins::from_toml(&text)
    }

    /// Reads the matches sheet of a summary workbook.
    pub fn from_workbook(path: &Path, bytes: Vec<u8>) -> Result<Pins, PinsError> {
        let wb = crate::read::load_bytes(path, bytes).map_err(|e| {
            PinsError::Workbook(
                crate::app::read_error(&e)
                    .message
                    .render(crate::i18n::Lang::En),
            )
        })?;
        for sheet in &wb.sheets {
            let n = norm(&sheet.name);
            if n != "kecocokan" && n != "matches" {
                continue;
            }
            // the header row: the first row naming the five columns
            for hr in sheet.rows().take(20) {
                let col = |labels: &[&str]| {
                    sheet
                        .row(hr)
                        .iter()
                        .find(|c| labels.contains(&norm(&c.value.text()).as_str()))
                        .map(|c| c.col)
                };
                let (Some(ya), Some(na), Some(yb), Some(nb), Some(k)) = (
                    col(&["tahun a", "year a"]),
                    col(&["indikator a", "indicator a"]),
                    col(&["tahun b", "year b"]),
                    col(&["indikator b", "indicator b"]),
                    col(&["keputusan", "decision"]),
                ) else {
                    continue;
                };
                let mut pins = Vec::new();
                for r in sheet.rows().filter(|r| *r > hr) {
                    let text = |c: u32| {
                        sheet
                            .get(r, c)
                            .map(|c| c.value.text().trim().to_string())
                            .unwrap_or_default()
                    };
                    let bad = |detail: String| PinsError::BadRow {
                        sheet: sheet.name.clone(),
                        row: r + 1,
                        detail,
                    };
                    let same = decision(&text(k)).map_err(|_| {
                        bad(format!("Keputusan \"{}\" is neither YA nor TIDAK", text(k)))
                    })?;
                    let Some(same) = same else {
                        continue;
                    };
                    let year = |c: u32| {
                        text(c)
                            .trim_end_matches(".0")
                            .parse::<i32>()
                            .map_err(|_| bad(format!("\"{}\" is not a year", text(c))))
                    };
                    pins.push(Pin {
                        tahun_a: year(ya)?,
                        indikator_a: text(na),
                        tahun_b: year(yb)?,
                        indikator_b: text(nb),
                        same,
                    });
                }
                return Ok(Pins { pins });
            }
        }
        Err(PinsError::NoSheet)
    }

    /// A person's decision on two indicators, in either order.
    #[inline]
    pub fn decision(&self, ya: i32, na: &str, yb: i32, nb: &str) -> Option<bool> {
        // most comparisons have no pins: nothing to look at for every pair scored
        if self.pins.is_empty() {
            return None;
        }
        self.pinned(ya, na, yb, nb)
    }

    /// [`Pins::decision`] where there are pins.
    fn pinned(&self, ya: i32, na: &str, yb: i32, nb: &str) -> Option<bool> {
        let years =
            |p: &Pin| (p.tahun_a, p.tahun_b) == (ya, yb) || (p.tahun_a, p.tahun_b) == (yb, ya);
        if !self.pins.iter().any(years) {
            return None;
        }
        let (na, nb) = (norm(na), norm(nb));
        self.pins.iter().rev().find_map(|p| {
            let fwd = p.tahun_a == ya
                && p.tahun_b == yb
                && norm(&p.indikator_a) == na
                && norm(&p.indikator_b) == nb;
            let back = p.tahun_a == yb
                && p.tahun_b == ya
                && norm(&p.indikator_a) == nb
                && norm(&p.indikator_b) == na;
            (fwd || back).then_some(p.same)
        })
    }

    pub fn is_empty(&self) -> bool {
        self.pins.is_empty()
    }
}

/// The links of a comparison as a matches file to edit: every decision rakit took, with an
/// empty `keputusan` where a person should decide.
pub fn to_toml(c: &super::Comparison, lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    out.push_str(RAKIT_COMPARE_INDICATOR_MATCHES_BETWEEN.get(lang));
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    for l in &c.links {
        out.push_str("\n[[cocok]]\n");
        out.push_str(&format!(
            "tahun_a = {}\nindikator_a = {}\n",
            l.from_year,
            q(&l.from_name)
        ));
        out.push_str(&format!(
            "tahun_b = {}\nindikator_b = {}\n",
            l.to_year,
            q(&l.to_name)
        ));
        out.push_str(&format!(
            "hasil = {}\nskor = {:.2}\nalasan = {}\n",
            q(l.verdict.outcome.label(lang)),
            l.verdict.score,
            q(&l.verdict.reason)
        ));
        let k = match l.pinned {
            Some(true) => "ya",
            Some(false) => "tidak",
            None => "",
        };
        out.push_str(&format!("keputusan = {}\n", q(k)));
    }
    out
}
