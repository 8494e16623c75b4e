//! `cargo run -p xtask -- years [OUT_DIR]`: one agency's evaluation forms (Permendagri 86/2017,
//! Formulir E.81) of four years, as separate files, with the indicator names drifting from year
//! to year as real forms do (spelling variants, abbreviations, words dropped, added and moved),
//! for `tests/compare_heldout.rs`. No mistakes are planted: every year is clean. Beside the
//! workbooks, `years.json` lists every indicator row of every file: the name written and the
//! nomenclature's name (what a person would call the same indicator).

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use crate::evaluasi::{build_workbook, Params, Scheme};

/// How the form of `year` writes the nomenclature's indicator name `ind`.
fn drift(ind: &str, year: u16) -> String {
    let edits: &[(&str, &str)] = match year {
        2022 => &[
            ("Persentase", "Prosentase"),
            ("Sesuai Standar", "sesuai standar"),
            ("yang Disediakan", "yang disediakan"),
        ],
        2023 => &[
            ("Perangkat Daerah", "PD"),
            ("Sumber Daya Manusia", "SDM"),
            (" yang Mengikuti ", " mengikuti "),
            ("Persentase", "Presentase"),
            ("dan/atau", "dan"),
        ],
        2024 => &[
            ("Persentase", "Prosentasi"),
            (" yang Disediakan", ""),
            (
                "Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan",
                "yang Mengikuti Pendidikan dan Pelatihan Berdasarkan Tugas dan Fungsi",
            ),
            ("Jumlah Ibu Hamil", "Jumlah Bumil"),
            ("Puskesmas yang", "Puskesmas di Kabupaten yang"),
        ],
        _ => &[],
    };
    let mut s = ind.to_string();
    for (from, to) in edits {
        s = s.replace(from, to);
    }
    s
}

/// A JSON string.
fn js(s: &str) -> String {
    let mut o = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Writes `OUT/evaluasi-dinkes-YEAR.xlsx` for 2021–2024 and `OUT/years.json`.
pub fn generate(out: &Path) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(out)?;
    let schemes = [Scheme::S15, Scheme::S15, Scheme::S17, Scheme::Shifted];
    let mut json = String::from("[\n");
    for (i, year) in (2021u16..=2024).enumerate() {
        let p = Params {
            seed: 1400 + u64::from(year),
            scheme: schemes[i],
            pct: i == 3,
            period: 4,
            year,
            opd: 0,
            kab: 1,
            sloppy_tw: false,
            kinds: Some(Vec::new()),
            rename: Some(drift),
        };
        let name = format!("evaluasi-dinkes-{year}");
        let (key, _) = build_workbook(&p, out, &name)?;
        let _ = writeln!(
            json,
            "  {{\"file\": {}, \"year\": {year}, \"indicators\": [",
            js(&format!("{name}.xlsx"))
        );
        let n = key.indicators.len();
        for (k, (row, written, canonical)) in key.indicators.iter().enumerate() {
            let _ = writeln!(
                json,
                "    {{\"row\": {row}, \"written\": {}, \"same_as\": {}}}{}",
                js(written),
                js(canonical),
                if k + 1 < n { "," } else { "" }
            );
        }
        let _ = writeln!(json, "  ]}}{}", if year < 2024 { "," } else { "" });
        println!("wrote {}", out.join(format!("{name}.xlsx")).display());
    }
    json.push_str("]\n");
    std::fs::write(out.join("years.json"), json)?;
    Ok(())
}
