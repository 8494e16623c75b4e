//! `rakit check` on workbooks made by outside examiners who did not read rakit's source, in
//! two rounds. `tests/data/blind5`: nine workbooks of three agencies, annual Pengukuran
//! Kinerja tables and quarterly Rencana Aksi in .xlsx, .xls and .ods, with planted mistakes,
//! and traps that look wrong but are right; measured as it came, rakit found 36 of 53
//! mistakes, read 1 of 14 indicators of one Rencana Aksi (a "Kepala Dinas" in its Penanggung
//! Jawab column ended the table), and raised 11 findings on clean rows. `tests/data/blind6`:
//! six Permendagri 86 evaluation forms (15 and 17 columns and the shifted scheme, TW II to IV
//! reports, .xlsx, .xls, .ods); 33 of 36 mistakes found as it came. `tests/data/blind7`: six
//! messy submissions (several sheets, a budget table under the indicators, hidden columns,
//! footnoted figures, a header repeated on a second page, units in the figures' cells,
//! columns in an odd order, a Kategori column); 23 of 31 found as it came, 31 now.
//! `tests/data/blind8`: six budget tables (realisasi anggaran per program, kegiatan and sub
//! kegiatan) in as many layouts; 17 of 30 found as it came, with 13 findings on clean rows.
//!
//! The measure is the examiner's key: every planted mistake has a finding on its row (a
//! duplicate may be the info S303 that domain.md asks for), no error or warning falls on a
//! clean row or on a trap, none falls elsewhere but where a mistake is, and every indicator
//! is read with the target and realisasi written; except [`KNOWN_MISSES`].

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use assert_cmd::Command;
use rakit::rules::Severity;
use rust_decimal::Decimal;
use serde_json::Value;

/// Planted mistakes rakit still misses (file, cell), with why: none since an .xls's number
/// formats are read from its records (before, a fraction typed 0,955 in an .xls could not
/// be told from 95,5 % shown through a percent format).
const KNOWN_MISSES: [(&str, &str); 0] = [];

/// Warnings the key calls clean (file, cell), with why: this column writes `,` both as the
/// decimal mark (`61,20`) and as the thousands mark (`1,425` unit, decided by its unit), and
/// never `.` but in `1.245`-like figures, so rakit reads `1.245` ton/tahun as 1.245 thousand
/// by the Indonesian convention and says it stays ambiguous (V202), as domain.md asks.
const KNOWN_WARNINGS: [(&str, &str); 2] = [
    ("PK_DLH_Kota_Pekalongan_2023.ods", "F11"),
    ("PK_DLH_Kota_Pekalongan_2023.ods", "G11"),
];

/// The keys in a folder (`NAME.key.json`), in name order: (workbook, key).
fn keys_in(dir: &std::path::Path) -> Vec<(PathBuf, Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a folder of keys")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".key.json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|k| {
            let key: Value =
                serde_json::from_str(&std::fs::read_to_string(&k).expect("key")).expect("json");
            (dir.join(key["file"].as_str().expect("file")), key)
        })
        .collect()
}

/// Every key of `blind5`: (workbook, key).
fn keys() -> Vec<(PathBuf, Value)> {
    let out: Vec<_> = ["dishub-gowa", "distan-tabalong", "dlh-pekalongan"]
        .iter()
        .flat_map(|agency| keys_in(&common::data("blind5").join(agency)))
        .collect();
    assert_eq!(out.len(), 9, "the set has nine workbooks");
    out
}

/// Every workbook of a blind set checked: its file name, its key and its report (read
/// without an error).
fn checked(set: &str, count: usize) -> Vec<(String, Value, rakit::app::FileReport)> {
    let keys = keys_in(&common::data(set));
    assert_eq!(keys.len(), count, "{set} has {count} workbooks");
    keys.into_iter()
        .map(|(file, key)| {
            let name = key["file"].as_str().expect("file").to_string();
            let report = common::check(&file);
            // a verifier's batch holds files that are no indicator table at all (blind17)
            let unreadable_expected = key["verdict_any_of"]
                .as_array()
                .is_some_and(|v| v.iter().any(|x| x == "unreadable"));
            assert!(
                report.error.is_none() || unreadable_expected,
                "{name}: {:?}",
                report.error
            );
            (name, key, report)
        })
        .collect()
}

fn rows_of(v: &Value) -> BTreeSet<u64> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x["row"].as_u64()).collect())
        .unwrap_or_default()
}

/// The 1-based row of a cell name (`H12` -> 12).
/// A figure's quantity as a plain decimal (`1457`, `76.8`), where it has one.
fn value(f: Option<&rakit::model::Figure>) -> Option<String> {
    f.and_then(|f| f.reading.quantity())
        .map(|q| q.scaled().normalize().to_string())
}

/// The model of a sheet read.
fn model_of<'a>(r: &'a rakit::app::FileReport, sheet: &str) -> &'a rakit::model::SheetModel {
    r.models
        .iter()
        .find(|m| m.name == sheet)
        .unwrap_or_else(|| panic!("no model of {sheet}"))
}

/// The cells of a sheet where a rule found something, in the order reported.
fn cells_of(r: &rakit::app::FileReport, sheet: &str, code: &str) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.sheet == sheet && f.code == code)
        .map(|f| f.cell())
        .collect()
}

fn row_of(cell: &str) -> u64 {
    cell.trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .unwrap_or(0)
}

#[test]
fn every_planted_mistake_is_found_and_no_clean_row_or_trap_gets_a_finding() {
    let mut problems = Vec::new();
    let mut found = 0;
    for (file, key) in keys() {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let sheet = key["sheet"].as_str().expect("sheet");
        let report = common::check(&file);
        assert!(report.error.is_none(), "{name}: {:?}", report.error);
        // (severity, code, cell, row) of the key's sheet
        let findings: Vec<(Severity, String, String, u64)> = report
            .findings
            .iter()
            .filter(|f| f.sheet == sheet)
            .map(|f| (f.severity, f.code.to_string(), f.cell(), row_of(&f.cell())))
            .collect();
        let serious = |f: &&(Severity, String, String, u64)| f.0 != Severity::Info;
        for m in key["mistakes"].as_array().expect("mistakes") {
            let (cell, kind) = (
                m["cell"].as_str().unwrap_or(""),
                m["kind"].as_str().unwrap_or(""),
            );
            let row = m["row"].as_u64().unwrap_or(0);
            let hit = findings.iter().any(|f| {
                f.3 == row && (serious(&f) || kind == "duplicate" && f.1 == "S303")
                    || kind == "year-disagreement" && f.1 == "T401"
            });
            let known = KNOWN_MISSES.contains(&(name, cell));
            match (hit, known) {
                (true, false) => found += 1,
                (false, false) => problems.push(format!("{name} {cell}: {kind} not found")),
                (true, true) => problems.push(format!("{name} {cell}: found, off KNOWN_MISSES")),
                (false, true) => {}
            }
        }
        let mistake_rows = rows_of(&key["mistakes"]);
        let clean: BTreeSet<u64> = key["clean_rows"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default();
        let traps: BTreeSet<&str> = key["traps"]
            .as_array()
            .map(|a| a.iter().filter_map(|t| t["cell"].as_str()).collect())
            .unwrap_or_default();
        for f in findings.iter().filter(serious) {
            if KNOWN_WARNINGS.contains(&(name, f.2.as_str())) && f.0 == Severity::Warning {
                continue;
            }
            if traps.contains(f.2.as_str()) {
                problems.push(format!("{name} {}: {} on a trap", f.2, f.1));
            } else if clean.contains(&f.3) {
                problems.push(format!("{name} {}: {} on a clean row", f.2, f.1));
            } else if !mistake_rows.contains(&f.3) && f.1 != "T401" {
                problems.push(format!("{name} {}: {} where no mistake is", f.2, f.1));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 53 - KNOWN_MISSES.len());
}

#[test]
fn every_indicator_is_read_with_the_target_and_realisasi_written() {
    let dec = |v: &Value| -> Option<Decimal> { v.as_str()?.parse().ok() };
    let mut problems = Vec::new();
    let (mut read, mut twins) = (0, 0);
    for (file, key) in keys() {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let out = Command::cargo_bin("rakit")
            .expect("rakit")
            .args(["compare", "--format", "json"])
            .arg(&file)
            .output()
            .expect("run");
        assert!(out.status.success(), "{name}");
        let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
        // row -> (target, realisasi) of every indicator year read
        let mut by_row = std::collections::BTreeMap::new();
        for ind in doc["indicators"].as_array().expect("indicators") {
            for year in ind["years"].as_object().expect("years").values() {
                // a grade indicator's year has no figures' cells, only its source row
                let row = year["cells"]
                    .as_object()
                    .and_then(|c| c.values().find_map(|s| s["row"].as_u64()))
                    .or_else(|| year["source"]["row"].as_u64());
                if let Some(row) = row {
                    by_row.insert(row, (dec(&year["target"]), dec(&year["realisasi"])));
                }
            }
        }
        let indicators = key["indicators"].as_array().expect("indicators");
        for ind in indicators {
            let row = ind["row"].as_u64().expect("row");
            let want = (dec(&ind["target"]), dec(&ind["realisasi"]));
            // a row typed twice (the name, target and realisasi of another row): `compare`
            // gives the year's indicator once, at the other row
            let twin = || {
                indicators.iter().any(|o| {
                    o["row"] != ind["row"]
                        && ["indikator", "target", "realisasi"]
                            .iter()
                            .all(|f| o[*f] == ind[*f])
                        && o["row"].as_u64().is_some_and(|r| by_row.contains_key(&r))
                })
            };
            match by_row.get(&row) {
                None if twin() => twins += 1,
                None => problems.push(format!("{name} row {row}: not read")),
                // grades and "-" are kept as written in the key; compare gives no number
                Some(got) if want.0.is_some() && want.1.is_some() && *got != want => {
                    problems.push(format!("{name} row {row}: read {got:?}, written {want:?}"))
                }
                Some(_) => read += 1,
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!((read, twins), (117, 4));
}

/// The evaluation forms of `tests/data/blind6`: every planted mistake has an error or a
/// warning on its row; no error falls on a trap (a typed value equal to what its formula
/// would give keeps F803's warning: it does not follow its data), and no error or warning
/// on a clean row, but on the cells a mistake's row carries into (`affects`).
#[test]
fn every_mistake_of_the_evaluation_forms_is_found_and_no_clean_row_gets_a_finding() {
    let keys = keys_in(&common::data("blind6"));
    assert_eq!(keys.len(), 6);
    let (mut problems, mut found, mut planted) = (Vec::new(), 0, 0);
    for (file, key) in &keys {
        let name = key["file"].as_str().expect("file");
        let sheet = key["sheet"].as_str().expect("sheet");
        let report = common::check(file);
        assert!(report.error.is_none(), "{name}: {:?}", report.error);
        let findings: Vec<(Severity, String, String)> = report
            .findings
            .iter()
            .filter(|f| f.sheet == sheet && f.severity != Severity::Info)
            .map(|f| (f.severity, f.code.to_string(), f.cell()))
            .collect();
        let mistakes = key["mistakes"].as_array().expect("mistakes");
        for m in mistakes {
            planted += 1;
            let row = m["row"].as_u64().unwrap_or(0);
            if findings.iter().any(|f| row_of(&f.2) == row) {
                found += 1;
            } else {
                problems.push(format!("{name} {}: {} not found", m["cell"], m["kind"]));
            }
        }
        let affects: BTreeSet<&str> = mistakes
            .iter()
            .flat_map(|m| m["affects"].as_array().into_iter().flatten())
            .filter_map(|a| a["cell"].as_str())
            .collect();
        let traps: BTreeSet<&str> = key["traps"]
            .as_array()
            .map(|a| a.iter().filter_map(|t| t["cell"].as_str()).collect())
            .unwrap_or_default();
        let clean: BTreeSet<u64> = key["clean_rows"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default();
        for (sev, code, cell) in &findings {
            if affects.contains(cell.as_str()) {
                continue;
            }
            if traps.contains(cell.as_str()) {
                if *sev == Severity::Error {
                    problems.push(format!("{name} {cell}: {code} on a trap"));
                }
            } else if clean.contains(&row_of(cell)) {
                problems.push(format!("{name} {cell}: {code} on a clean row"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!((found, planted), (36, 36));
}

/// Planted mistakes of `blind7` rakit still misses (file, sheet, cell), with why: none since
/// an .ods's number formats are read from its styles (a fraction typed 0,92 could not be told
/// from 92 % shown through a percent format).
const KNOWN_MISSES_7: [(&str, &str, &str); 0] = [];

/// Findings `blind7`'s key does not call for, with why: (file, sheet, cell).
const KNOWN_EXTRA_7: [(&str, &str, &str); 6] = [
    // a hidden row under an indicator holding last year's quarters, its name in brackets
    // ("(Realisasi Tahun 2023 - pembanding)"): rakit reads hidden rows as any other (its
    // findings there say the row is hidden) and takes it for an indicator whose % are
    // missing
    ("gowa-disdik-ra-2024.xlsx", "RA 2024", "H11"),
    ("gowa-disdik-ra-2024.xlsx", "RA 2024", "K11"),
    ("gowa-disdik-ra-2024.xlsx", "RA 2024", "N11"),
    ("gowa-disdik-ra-2024.xlsx", "RA 2024", "Q11"),
    // 0 typed over the % formula of a quarter whose realisasi is "-": right, and a typed
    // number where the column computes (F803's warning)
    ("lombok-timur-dinsos-ra-2023.xlsx", "Renaksi 2023", "H12"),
    // three of the small table's four rows hold a planted mistake: rakit doubts its columns
    // (L701) and corrects nothing there
    ("pekanbaru-dishub-pk-2024.xlsx", "Sasaran 2", "A4"),
];

/// The messy submissions of `tests/data/blind7`: every planted mistake but
/// [`KNOWN_MISSES_7`] has a finding on its row (a duplicate may be S303's info, a title
/// year T401 anywhere); no error falls on a trap, no error or warning on a clean row, and
/// none elsewhere but [`KNOWN_EXTRA_7`].
#[test]
fn every_mistake_of_the_messy_submissions_is_found_and_nothing_else() {
    let (mut problems, mut found) = (Vec::new(), 0);
    for (name, key, report) in &checked("blind7", 6) {
        let name = name.as_str();
        let at = |f: &rakit::rules::Finding| (f.sheet.clone(), row_of(&f.cell()));
        let mut mistake_rows = BTreeSet::new();
        for m in key["mistakes"].as_array().expect("mistakes") {
            let sheet = m["sheet"].as_str().unwrap_or("");
            let (cell, kind) = (
                m["cell"].as_str().unwrap_or(""),
                m["kind"].as_str().unwrap_or(""),
            );
            let row = m["row"].as_u64().unwrap_or(0);
            mistake_rows.insert((sheet.to_string(), row));
            let hit = report.findings.iter().any(|f| {
                at(f) == (sheet.to_string(), row)
                    && (f.severity != Severity::Info || kind == "duplicate" && f.code == "S303")
                    || kind == "year-disagreement" && f.code == "T401"
            });
            let known = KNOWN_MISSES_7.contains(&(name, sheet, cell));
            match (hit, known) {
                (true, false) => found += 1,
                (false, false) => problems.push(format!("{name} {sheet}!{cell}: {kind} not found")),
                (true, true) => {
                    problems.push(format!("{name} {sheet}!{cell}: found, off KNOWN_MISSES_7"))
                }
                (false, true) => {}
            }
        }
        let traps: BTreeSet<(String, String)> = key["traps"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| {
                (
                    t["sheet"].as_str().unwrap_or("").to_string(),
                    t["cell"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let clean: BTreeSet<(String, u64)> = key["clean_rows"]
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(s, rows)| {
                rows.as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_u64)
                    .map(move |r| (s.clone(), r))
            })
            .collect();
        for f in report
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
        {
            let (sheet, cell) = (f.sheet.as_str(), f.cell());
            if KNOWN_EXTRA_7.contains(&(name, sheet, cell.as_str())) {
                continue;
            }
            if traps.contains(&(sheet.to_string(), cell.clone())) {
                if f.severity == Severity::Error {
                    problems.push(format!("{name} {sheet}!{cell}: {} on a trap", f.code));
                }
            } else if clean.contains(&at(f)) {
                problems.push(format!("{name} {sheet}!{cell}: {} on a clean row", f.code));
            } else if !mistake_rows.contains(&at(f)) && f.code != "T401" {
                problems.push(format!(
                    "{name} {sheet}!{cell}: {} where no mistake is",
                    f.code
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 31 - KNOWN_MISSES_7.len());
}

/// The (sheet, 1-based row) of every entry of a key's list (`mistakes`, `traps`,
/// `clean_rows`).
fn key_rows(key: &Value, field: &str) -> BTreeSet<(String, u64)> {
    key[field]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            (
                t["sheet"].as_str().unwrap_or("").to_string(),
                t["row"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Every error or warning of a report off the rows of planted mistakes, named with where it
/// falls: a trap's row, a clean row, or where no mistake is.
fn stray_findings(
    name: &str,
    report: &rakit::app::FileReport,
    mistake_rows: &BTreeSet<(String, u64)>,
    traps: &BTreeSet<(String, u64)>,
    clean: &BTreeSet<(String, u64)>,
    problems: &mut Vec<String>,
) {
    for f in report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
    {
        let (sheet, cell) = (f.sheet.as_str(), f.cell());
        let at = (f.sheet.clone(), row_of(&cell));
        if mistake_rows.contains(&at) {
            continue;
        }
        let place = if traps.contains(&at) {
            "a trap"
        } else if clean.contains(&at) {
            "a clean row"
        } else {
            "where no mistake is"
        };
        problems.push(format!("{name} {sheet}!{cell}: {} on {place}", f.code));
    }
}

/// The rule each kind of `blind8`'s planted budget mistakes calls for.
fn budget_rule(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "malformed-number" => "A501",
        "budget-sum" | "total-sum" => "A503",
        "serapan-wrong" => "A504",
        "sisa-wrong" => "A505",
        "realisasi-over-anggaran" => "A506",
        _ => return None,
    })
}

/// Every planted mistake of a set of budget tables has its rule's finding at its cell, no
/// error or warning falls on a clean row or a trap or anywhere else, and no budget sheet is
/// read as an indicator table.
fn budget_set(set: &str, count: usize, planted: usize, budget_sheets: &[&str]) {
    let (mut problems, mut found) = (Vec::new(), 0);
    for (name, key, report) in &checked(set, count) {
        let name = name.as_str();
        let mut mistake_rows = BTreeSet::new();
        for m in key["mistakes"].as_array().expect("mistakes") {
            let sheet = m["sheet"].as_str().unwrap_or("");
            let cell = m["cell"].as_str().unwrap_or("");
            let kind = m["kind"].as_str().unwrap_or("");
            mistake_rows.insert((sheet.to_string(), m["row"].as_u64().unwrap_or(0)));
            let code = budget_rule(kind).expect("a budget kind");
            if report
                .findings
                .iter()
                .any(|f| f.sheet == sheet && f.cell() == cell && f.code == code)
            {
                found += 1;
            } else {
                problems.push(format!("{name} {sheet}!{cell}: {kind} ({code}) not found"));
            }
        }
        let (traps, clean) = (key_rows(key, "traps"), key_rows(key, "clean_rows"));
        stray_findings(name, report, &mistake_rows, &traps, &clean, &mut problems);
        for s in &report.sheets {
            assert!(
                !budget_sheets.contains(&s.name.as_str()),
                "{name}: the budget sheet {} read as indicators",
                s.name
            );
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, planted);
}

/// `tests/data/blind8`: six budget tables (under the indicators, on a sheet of their own, as
/// columns of a programme indicator table; levels by indentation, bullets, codes, a Kode
/// column, a 1 / 1.1 / 1.1.1 numbering; rupiah, thousands and millions; typed text, numbers
/// and formulas; .xlsx, .xls, .ods).
#[test]
fn every_budget_mistake_is_found_at_its_cell_and_nothing_else() {
    budget_set(
        "blind8",
        6,
        30,
        &["Anggaran", "Realisasi Anggaran", "Lamp. Anggaran"],
    );
}

/// `tests/data/blind9`: five budget tables in harder layouts: APBD-Perubahan (Pagu Induk and
/// Pagu Perubahan, serapan against the latter), Sub Totals per urusan under a TOTAL, a
/// Rencana Aksi's cumulative quarterly realisasi, a DPA's Belanja Pegawai / Barang dan Jasa /
/// Modal lines under each kegiatan, programmes told apart by bold type only. Measured as it
/// came (the version of ab01556): 14 of 22, one error on a trap, two warnings on clean rows.
#[test]
fn harder_budget_tables_too() {
    budget_set(
        "blind9",
        5,
        22,
        &[
            "Realisasi Anggaran",
            "RA Keuangan",
            "Realisasi DPA",
            "Anggaran",
            "Realisasi per Urusan",
        ],
    );
}

/// The target and realisasi rakit read on a row (1-based) of a sheet, from its annual
/// indicators (the table's own year) or its quarterly / monthly ones (the annual target and
/// the year's realisasi): in rupiah where a unit names a scale (`Rp miliar`), or `written`,
/// as the cells write them.
fn read_on_row(
    report: &rakit::app::FileReport,
    sheet: &str,
    row: u64,
    written: bool,
) -> Option<(Option<Decimal>, Option<Decimal>)> {
    // a dash is none: zero, as rakit counts it
    let value = |f: Option<&rakit::model::Figure>| {
        let f = f?;
        if matches!(f.reading, rakit::model::Reading::Dash) {
            return Some(Decimal::ZERO);
        }
        f.reading.quantity().map(|q| {
            if written {
                q.value.normalize()
            } else {
                q.scaled().normalize()
            }
        })
    };
    let m = report.models.iter().find(|m| m.name == sheet)?;
    if let Some(i) = m
        .indikator
        .iter()
        .find(|i| i.period.is_none() && u64::from(i.row) + 1 == row)
    {
        return Some((value(i.target.as_ref()), value(i.realisasi.as_ref())));
    }
    if let Some(i) = m
        .triwulan
        .iter()
        .find(|i| u64::from(i.nama_cell.0) + 1 == row || u64::from(i.block_row) + 1 == row)
    {
        // the year's realisasi: the table's own, else the last quarter's (as compare takes it)
        let last_quarter = i.quarters.iter().rev().find_map(|q| {
            q.realisasi
                .as_ref()
                .filter(|f| f.reading.quantity().is_some())
        });
        return Some((
            value(i.annual.as_ref()),
            value(i.realisasi_tahunan.as_deref().or(last_quarter)),
        ));
    }
    // a quarter of a block down the rows ("TW I (B03)" .. "TW IV (B12)" under its
    // "Target Tahunan" line): its own target and realisasi
    let on_row =
        |f: &Option<rakit::model::Figure>| f.as_ref().is_some_and(|f| u64::from(f.row) + 1 == row);
    let q = m
        .triwulan
        .iter()
        .flat_map(|i| &i.quarters)
        .find(|q| on_row(&q.target) && on_row(&q.realisasi))?;
    Some((value(q.target.as_ref()), value(q.realisasi.as_ref())))
}

/// `tests/data/blind10`: six submissions in layouts the other sets lack (an LKjIP chapter
/// III table with three years' realisasi under one merged label, a Perjanjian Kinerja's
/// quarter schedule beside its Pengukuran Kinerja, a monthly table with a column saying
/// how the year is made, a Bappeda recap of five OPDs, an IKU table with bounds and ranges
/// as targets, a Renstra evaluation with Target / Realisasi / Capaian rows under the years).
/// As it came 15 of 34 planted mistakes were found at their cell, with 9 findings on traps
/// and 16 on clean rows. Now every mistake has a finding on its row (the duplicate S303's
/// info), none falls on a trap, a clean row or anywhere else, and every indicator not
/// holding a mistake is read with the target and realisasi of the key.
#[test]
fn every_mistake_in_the_unseen_layouts_is_found_and_nothing_else() {
    let (problems, found, read) = unseen_set("blind10", 6, false);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 34);
    assert_eq!(read, 70, "indicators read");
}

/// A set of submissions with planted mistakes, traps and clean rows: what was not found,
/// every error or warning off a mistake's row, every indicator not read with the key's
/// target and realisasi (problems); how many mistakes have a finding on their row (the
/// duplicate by S303's info); how many indicators are read as written. `at_cell`: a mistake's
/// row holds no more errors and warnings than the mistakes planted there (a cell that only
/// follows it, such as the serapan of a wrong total, is no second mistake).
fn unseen_set(set: &str, count: usize, at_cell: bool) -> (Vec<String>, usize, usize) {
    let (mut problems, mut found, mut read) = (Vec::new(), 0, 0);
    for (name, key, report) in &checked(set, count) {
        let name = name.as_str();
        let at = |f: &rakit::rules::Finding| (f.sheet.clone(), row_of(&f.cell()));
        let (mistake_rows, traps, clean) = (
            key_rows(key, "mistakes"),
            key_rows(key, "traps"),
            key_rows(key, "clean_rows"),
        );
        for m in key["mistakes"].as_array().expect("mistakes") {
            let sheet = m["sheet"].as_str().unwrap_or("").to_string();
            let (row, kind) = (
                m["row"].as_u64().unwrap_or(0),
                m["kind"].as_str().unwrap_or(""),
            );
            let hit = report.findings.iter().any(|f| {
                at(f) == (sheet.clone(), row)
                    && (f.severity != Severity::Info
                        || kind.starts_with("duplicate") && f.code == "S303")
            });
            if hit {
                found += 1;
            } else {
                problems.push(format!("{name} {sheet}!{}: {kind} not found", m["cell"]));
            }
        }
        stray_findings(name, report, &mistake_rows, &traps, &clean, &mut problems);
        if at_cell {
            // each mistake reported once: no more errors and warnings on its row than the
            // key plants there (its cell may be a neighbour: a zero target's C105 at the target)
            let mut planted: std::collections::BTreeMap<(String, u64), usize> = Default::default();
            for m in key["mistakes"].as_array().into_iter().flatten() {
                let at = (
                    m["sheet"].as_str().unwrap_or("").to_string(),
                    m["row"].as_u64().unwrap_or(0),
                );
                *planted.entry(at).or_default() += 1;
            }
            for (at, n) in &planted {
                let reported: Vec<String> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .filter(|f| (f.sheet.clone(), row_of(&f.cell())) == *at)
                    .map(|f| format!("{} {}", f.code, f.cell()))
                    .collect();
                if reported.len() > *n {
                    problems.push(format!("{name} {} row {}: {reported:?}", at.0, at.1));
                }
            }
        }
        let dec = |v: &Value| -> Option<Decimal> {
            v.as_str()?.parse::<Decimal>().ok().map(|d| d.normalize())
        };
        for ind in key["indicators"].as_array().expect("indicators") {
            let sheet = ind["sheet"].as_str().unwrap_or("");
            let row = ind["row"].as_u64().unwrap_or(0);
            if mistake_rows.contains(&(sheet.to_string(), row)) {
                continue;
            }
            let want = (dec(&ind["target"]), dec(&ind["realisasi"]));
            // a key may give a figure in rupiah or as written beside its unit (`Rp miliar`)
            let written = read_on_row(report, sheet, row, true);
            match read_on_row(report, sheet, row, false) {
                None => problems.push(format!("{name} {sheet} row {row}: not read")),
                Some(got) => {
                    let as_written = written.unwrap_or_default();
                    let target_ok = want.0.is_none() || got.0 == want.0 || as_written.0 == want.0;
                    let realisasi_ok =
                        want.1.is_none() || got.1 == want.1 || as_written.1 == want.1;
                    if target_ok && realisasi_ok {
                        read += 1;
                    } else {
                        problems.push(format!(
                            "{name} {sheet} row {row}: read {got:?}, written {want:?}"
                        ));
                    }
                }
            }
        }
    }
    (problems, found, read)
}

/// `tests/data/blind12`: six submissions exported by programs other than Excel (two web
/// applications' HTML pages named `.xls`, one in windows-1252 with three tables, one in
/// English notation; an Excel 2003 XML Spreadsheet named `.xls`; a portal's CSV; an `.xlsx`
/// built by a small library with inline strings and no styles). As they came rakit read
/// none of the HTML, XML or CSV files (each was refused with what to do).
#[test]
fn every_mistake_of_the_exported_files_is_found_and_nothing_else() {
    let (problems, found, read) = unseen_set("blind12", 6, true);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 30);
    assert_eq!(
        read, 48,
        "indicators read (all 48 on rows without a mistake)"
    );
}

/// The examiner wrote `tests/data/blind10` with openpyxl (`gen/raw/`: formulas stored
/// without their results) and shipped what LibreOffice saved of it (every result stored).
/// rakit computes the raw files' formulas itself (E903): it then finds in each exactly what
/// it finds in the saved one. (The monthly table shipped as an .xls is left out: its raw
/// .xlsx keeps formula text the .xls gives differently.)
#[test]
fn formulas_without_results_give_the_findings_of_the_saved_workbook() {
    let dir = common::data("blind10");
    let findings = |p: &std::path::Path| -> BTreeSet<(String, String, String, String)> {
        common::check(p)
            .findings
            .iter()
            .filter(|f| f.code != "E903")
            .map(|f| {
                (
                    f.sheet.clone(),
                    f.code.to_string(),
                    f.cell(),
                    f.message.render(rakit::i18n::Lang::En),
                )
            })
            .collect()
    };
    for (shipped, raw) in [
        (
            "lkjip-dinkes-lembahsari-2023.xlsx",
            "lkjip-dinkes-lembahsari-2023.xlsx",
        ),
        (
            "rekap-iku-bappelitbangda-muarakelam-2023.xlsx",
            "rekap-iku-bappelitbangda-muarakelam-2023.xlsx",
        ),
        (
            "iku-dpmd-danauteluk-2024.xlsx",
            "iku-dpmd-danauteluk-2024.xlsx",
        ),
        (
            "evaluasi-renstra-dlh-pasirmulya-2024.xlsx",
            "evaluasi-renstra-dlh-pasirmulya-2024.xlsx",
        ),
        (
            "pk-bpkad-tanjungwangi-2024.ods",
            "pk-bpkad-tanjungwangi-2024.xlsx",
        ),
    ] {
        let raw_path = dir.join("gen/raw").join(raw);
        let report = common::check(&raw_path);
        assert!(report.findings.iter().any(|f| f.code == "E903"), "{raw}");
        assert!(!report.findings.iter().any(|f| f.code == "E904"), "{raw}");
        assert_eq!(findings(&dir.join(shipped)), findings(&raw_path), "{raw}");
    }
}

/// `tests/data/blind13`: six tables laid out and headed as people do (English and bilingual
/// headers, "Tgt." / "Real." / "Taget", a table at C10 under a logo area, two tables on a
/// sheet, a sheet per sasaran, an LKjIP table of four years side by side, polarity as arrows
/// or in the name, sub-indicators, ranges and bounds as targets, figures typed with spaces,
/// `Rp.`, `%` and footnote marks). As they came rakit found 14 of 32 mistakes and read 9
/// of the 29 indicators on rows without one; now all of them.
#[test]
fn tables_headed_and_laid_out_as_people_do_are_read_and_checked() {
    let (problems, found, read) = unseen_set("blind13", 6, true);
    // Kulon Progo J22, a serapan typed over its column's formula and cut off (95,51 for
    // 95,5171): F803 says it is typed where a formula belongs, A507 that it is cut off
    let problems: Vec<&String> = problems
        .iter()
        .filter(|p| {
            *p != "pk_dpupr_kab_kulon_progo_2024.ods PK 2024 row 22: [\"A507 J22\", \"F803 J22\"]"
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // the serapan cut off instead of rounded (Pati L32) is A507's
    assert_eq!(found, 32);
    assert_eq!(
        read, 29,
        "indicators read (all 29 on rows without a mistake)"
    );
}

/// `tests/data/blind15`: six tables computing capaian by their own policies (negative
/// indicators by each of the three formulas, one table with no polarity column whose
/// lower-is-better indicators are known by their names, caps at 100 and at 120, a floor at
/// 0, grades, qualitative indicators, zero targets, "belum ada data", percent cells as
/// numbers, fractions and text). As they came rakit found 30 of 32 mistakes, gave 6 errors
/// on traps and clean rows (the named negatives of the table without a polarity column, its
/// cap at 120, a floored 0, "belum ada data") and read 77 of the 78 indicators on rows
/// without a mistake. A 0 that one `MAX(0; …)` formula writes among formulas without it
/// (Sleman H11) departs from its sheet: no floor.
#[test]
fn capaian_by_each_tables_own_policy() {
    let (problems, found, read) = unseen_set("blind15", 6, true);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 32);
    assert_eq!(
        read, 78,
        "indicators read (all 78 on rows without a mistake)"
    );
}

/// `tests/data/blind17`: a verifier's batch of one kabupaten's 19 submissions, each made in
/// its own way (Realisasi before Target, last years' and Renstra columns beside the year's,
/// a hidden old-value column, a header repeated on a second page, two tables on a sheet,
/// one sheet per sasaran, every figure typed as text, sub-indicators), with one or two
/// planted mistakes in most, three clean ones and four that are no indicator table (a cover
/// letter, a DPA, a staff list, an empty template). As they came (346ba83), 18 of the 20
/// mistakes were found, with one warning where no mistake is, but the BPBD table was read
/// from its repeated header only (3 of its 10 indicators: its first row's "42,5 %" and
/// "105,88 %" were taken for header labels), a Renstra progress headed "Capaian s.d. 2024
/// thd Target Akhir Renstra" was read as the final target, a realisasi headed "Hasil" was
/// not read, and a title's "Tahun 2022 s.d. 2024" made the year 2022. Then, after the
/// reading was mended, a count of documents about disaster risk ("dokumen kajian risiko
/// bencana") was computed as lower-is-better. Now all 20 are found, nothing else is
/// reported, and every indicator on a row without a mistake is read with the key's figures.
///
/// Every file gets a verdict the key accepts but two, whose only mistake rakit reports as a
/// warning by design: a truncated % (C102: domain.md calls it "a small, separate finding")
/// and a category one band off (C112: agencies draw the bands' edges differently). The
/// examiner called both files `fail`; rakit says `pass_with_warnings` and names the cell.
#[test]
fn a_verifiers_batch_gets_the_verdicts_it_should() {
    let (problems, found, read) = unseen_set("blind17", 19, false);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 20);
    assert_eq!(read, READ_17, "indicators read on rows without a mistake");
    let warned_by_design = [
        ("Pengukuran Kinerja Disdikbud 2024 (revisi).xlsx", "C102"),
        ("Dispertan_PK_2024_final.xls", "C112"),
    ];
    let mut verdicts = Vec::new();
    for (name, key, report) in checked("blind17", 19) {
        let verdict = report.verdict().key();
        let wanted: Vec<&str> = key["verdict_any_of"]
            .as_array()
            .expect("verdict_any_of")
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        if wanted.contains(&verdict) {
            continue;
        }
        let by_design = warned_by_design.iter().any(|(file, code)| {
            *file == name
                && verdict == "pass_with_warnings"
                && report
                    .findings
                    .iter()
                    .any(|f| f.code == *code && f.severity == Severity::Warning)
        });
        if !by_design {
            verdicts.push(format!("{name}: {verdict}, the key wants {wanted:?}"));
        }
    }
    assert!(verdicts.is_empty(), "{verdicts:#?}");
}

/// `tests/data/blind18`: seven workbooks whose computed columns are formulas, with the
/// mistakes people make with them (a row or column off, an absolute reference copied down,
/// a quarter left out of or counted twice in a SUM, a programme total taking in another's
/// row, a grand total counting sub-totals and their kegiatan, ROUNDDOWN / INT, an IFERROR
/// hiding a zero target, a serapan over the anggaran murni) and formulas that differ for a
/// reason. As they came (346ba83) 34 of 44 were found, with 13 findings (12 errors) on
/// traps and clean rows: the evaluation forms' percentage indicators, whose year is the last
/// quarter's value, were held to `12 = 8+9+10+11`; a Rencana Aksi of one row per indicator
/// with "Target Triwulan" over `I | II | III | IV` was read as an annual table with
/// "Realisasi Anggaran (Rp)" as its realisasi, its budget columns not at all; a sasaran's
/// budget was summed into the programme above it; "Jumlah Anggaran (Rp)" beside its amount
/// was read as an amount "Rp)". Then 42 of 44 were found; the two left (a SUM that leaves
/// out a quarter whose value is 0, Klaten T10: the value right, only the formula wrong; a
/// serapan divided by the anggaran murni in a Rencana Aksi in blocks, Wajo L23) are found by
/// the formulas against their column's (F805, F806). Now 44 of 44, one warning falls on a
/// trap (below), and every indicator on a row without a mistake is read with the key's
/// figures.
#[test]
fn formulas_against_their_neighbours_as_an_examiner_planted_them() {
    let (mut problems, found, read) = unseen_set("blind18", 7, false);
    let known = [
        // a grade below its target (BB for A) with 100 typed: the examiner's trap, rakit's C108
        "pk_2023_dinkes_sleman.xlsx PK 2023!G19: C108 on a trap",
    ];
    problems.retain(|p| !known.contains(&p.as_str()));
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 44);
    assert_eq!(read, READ_18, "indicators read on rows without a mistake");
}

/// Indicators of `blind17` and `blind18` read with the key's figures, on rows without a mistake.
const READ_17: usize = 99;
const READ_18: usize = 62;

/// `tests/data/blind19`: seven quarterly Rencana Aksi as agencies lay them out (quarters
/// across as target s.d. / realisasi s.d. / %, all targets then all realisasi, Bone-like
/// blocks, months on a Target row and a Realisasi row, semesters with a budget table of
/// their own, anggaran murni and perubahan, cumulative realisasi anggaran), 46 mistakes and
/// 47 traps. As they came (b610467) 41 of 46 were found, with 21 findings on traps and clean
/// rows: "Realisasi Anggaran per Triwulan" `TW IV` was taken for the year's realisasi beside
/// a "Jumlah Realisasi Anggaran" (every serapan wrong); a monthly table's "Realisasi (Rp)"
/// under "Keuangan" was read as the indicators' year, and its Target and Realisasi rows as
/// two indicators; a Kategori cell was held to every quarter's capaian of its row. Now 46
/// of 46, nothing on a trap or a clean row: monthly targets that do not add up to the
/// year's are Q602's, as quarters' are; a programme named with its code (`2.17.01 PROGRAM
/// ...`) is one for Q604; the budget columns of a Rencana Aksi in blocks are read as a
/// budget table, each block a line and its quarters' lines its periods (A504, A506, A508).
#[test]
fn quarterly_rencana_aksi_as_agencies_lay_them_out() {
    let (problems, found, read) = unseen_set("blind19", 7, false);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(found, 46);
    assert_eq!(read, READ_19, "indicators read on rows without a mistake");
}

/// Indicators of `blind19` read with the key's figures, on rows without a mistake.
const READ_19: usize = 55;

/// A row of grades and dashes (`Opini BPK`: `WTP` under Target and Realisasi, `-` around)
/// is not taken for a row shifted one column (the dashes beside it line up as figures would,
/// but no number moves under its header); a typed % among a column's formulas is reported
/// only where the column's formula could compute it (not over a target typed `95-97`, nor a
/// grade); an .xls text result LibreOffice stored as 0 reads as its text (`-`), so no %
/// written 0 is reported against it. (`tests/data/blind39`, the asset agency's .xls.)
#[test]
fn a_row_of_grades_is_no_shifted_row_and_text_results_are_read_as_texts() {
    let r = common::check(&common::data(
        "blind39/c_bpad_kepulauan_selindang/LKjIP 2024 dan Realisasi 2025 BPAD.xls",
    ));
    let at = |code: &str, cell: &str| {
        r.findings
            .iter()
            .any(|f| f.sheet == "Real 2025" && f.code == code && f.cell() == cell)
    };
    assert!(
        !at("S301", "C18") && !at("S301", "B18"),
        "{:#?}",
        r.findings
    );
    // `=IFERROR(ROUND(J11/E11*100,2),"-")` over `='PK 2025'!E12`, a target typed `95-97`:
    // both stored as 0, both read as the texts they show
    let book = rakit::read::load(&common::data(
        "blind39/c_bpad_kepulauan_selindang/LKjIP 2024 dan Realisasi 2025 BPAD.xls",
    ))
    .unwrap();
    let sheet = book.sheets.iter().find(|s| s.name == "Real 2025").unwrap();
    let text = |row: u32, col: u32| sheet.get(row, col).map(|c| c.value.clone());
    assert_eq!(text(10, 4), Some(rakit::read::Raw::Text("95-97".into())));
    assert_eq!(text(10, 10), Some(rakit::read::Raw::Text("-".into())));
    // the wrong-row formula planted in row 7 is still found (=J8/E8 in row 7)
    assert!(
        r.findings
            .iter()
            .any(|f| f.sheet == "Real 2025" && f.row == 6),
        "{:#?}",
        r.findings
    );
}

/// A table of Target and Realisasi rows where one indicator's Realisasi row comes first: its
/// % `=I36/I37*100` is worked out of its own target and realisasi, so it is off no row (F801),
/// while a % typed over the column's formulas is still found (C101 and F803 at J24); a
/// dropout rate computed with the negative formula is read as the negative indicator it is
/// (C107, no C101 at J17). (`tests/data/blind41`, the training centre's 2022 sheet.)
#[test]
fn a_realisasi_row_before_its_target_row_is_no_formula_off_its_row() {
    let r = common::check(&common::data(
        "blind41/b_uptd_blk_lubuk_serai/BLK_Capaian_2022_2023.xlsx",
    ));
    let at = |code: &str, cell: &str| {
        r.findings
            .iter()
            .any(|f| f.sheet == "Capaian 2022" && f.code == code && f.cell() == cell)
    };
    assert!(!at("F801", "J36"), "{:#?}", r.findings);
    assert!(at("C101", "J24") && at("F803", "J24"), "{:#?}", r.findings);
    assert!(!at("C101", "J17") && at("C107", "B16"), "{:#?}", r.findings);
}

/// An E.81 whose year's realisasi (column 12) is the last quarter's for the indicators that
/// measure a level (`Produktivitas kelapa sawit (kg/ha)`, `Luas areal … (Ha)`: the value
/// written lies nearer the year's target than the quarters' sum) is no computed column typed
/// over (K101), while a 0 typed over quarters of 0 / 80 / 120 / 95 still is.
/// (`tests/data/blind31`, the plantation agency's 2018 form.)
#[test]
fn a_level_by_its_figures_keeps_its_last_quarter_in_the_evaluation_form() {
    let r = common::check(&common::data(
        "blind31/dinas_perkebunan/EVALUASI_RENJA_DISBUN_2018.xlsx",
    ));
    let k101: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.code == "K101")
        .map(|f| f.cell())
        .collect();
    for level in ["S10", "S12", "S14", "S16"] {
        assert!(!k101.contains(&level.to_string()), "{k101:?}");
    }
    assert!(k101.contains(&"S17".to_string()), "{k101:?}");
}

/// Blocks of three lines an indicator (`Target`, `Realisasi`, `Capaian (%)` under `Uraian`,
/// quarters and `Tahun 2019` across): each block one indicator, its % line read as its %s,
/// no line taken for another indicator (no S303, no Q602 / Q603 on % lines); a price's
/// coefficient of variation and its disparity are negative, so their planted positive
/// formula is found in the 2017 PK. (`tests/data/blind42`, the trade agency.)
#[test]
fn a_capaian_line_under_target_and_realisasi_rows_is_no_indicator() {
    let r = common::check(&common::data(
        "blind42/c_disdag_teluk_sangkar/Rekap Kinerja Dinas Perdagangan 2018-2019.xlsx",
    ));
    let sheet = r.sheets.iter().find(|s| s.name == "Capaian 2019").unwrap();
    assert_eq!(sheet.indicators, 24);
    let off = r
        .findings
        .iter()
        .filter(|f| f.sheet == "Capaian 2019")
        .any(|f| f.code == "S303" || f.code == "Q602" || f.code == "Q603");
    assert!(!off, "{:#?}", r.findings);
    let pk = common::check(&common::data(
        "blind42/c_disdag_teluk_sangkar/Pengukuran Kinerja Dinas Perdagangan 2017.ods",
    ));
    let at = |cell: &str| {
        pk.findings
            .iter()
            .any(|f| f.code == "C101" && f.cell() == cell)
    };
    assert!(at("E20") && at("E21"), "{:#?}", pk.findings);
}

/// A quarter's target written as a bound or a range, as the year's is (`<= 3` in every
/// quarter of a lower-is-better indicator, `85-90`), is read at its edge as the year's is:
/// no V201 nor Q602 on it; and the semesters' `>= 95` beside a year's column are no slip.
/// (`tests/data/blind42`, the general affairs section's plan and the waste unit's semesters.)
#[test]
fn a_quarters_target_written_as_a_bound_is_read_at_its_edge() {
    let r = common::check(&common::data(
        "blind42/a_bagumum_lembah_sirantih/Renaksi dan Monev Bag Umum Keu 2019-2020.ods",
    ));
    let slips = |r: &rakit::app::FileReport, sheet: &str, row: u32| {
        r.findings
            .iter()
            .filter(|f| f.sheet == sheet && f.row == row - 1)
            .filter(|f| f.code == "V201" || f.code == "Q602")
            .count()
    };
    assert_eq!(slips(&r, "Monev 2020", 11), 0, "{:#?}", r.findings);
    assert_eq!(slips(&r, "RA 2019", 28), 0, "{:#?}", r.findings);
    let s = common::check(&common::data(
        "blind42/b_uptd_sampah_tanjung_mersik/Kinerja UPTD Persampahan 2023-2024.ods",
    ));
    assert_eq!(slips(&s, "Smt 2024", 30), 0, "{:#?}", s.findings);
}

/// An E.81's year's capaian (`14 = 13/8 x 100`) of a lower-is-better indicator is judged by
/// the sheet's negative formula, as the capaian rules judge it: the rows written with it are
/// right, the one written with the positive formula (`Jumlah desa rawan pangan`, V24) is
/// found; the Renstra's progress is judged by its rule as written. (`tests/data/blind43`,
/// the food agency's 2024 form: the K101 findings are its planted mistakes and no others.)
#[test]
fn an_evaluation_forms_capaian_of_a_negative_indicator_is_judged_by_its_formula() {
    let r = common::check(&common::data(
        "blind43/dinas_pangan_padang_halimun/Evaluasi Renja dan PK 2024-2025.xls",
    ));
    let mut k101: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.code == "K101" && f.sheet == "E81 2024")
        .map(|f| f.cell())
        .collect();
    k101.sort();
    assert_eq!(k101, ["T19", "T29", "V24", "X29", "Z10"]);
}

/// An indicator of two rows whose % stands on its Target row, beside the name
/// (`=ROUND(J7/J6*100,2)` in K6, K7 blank), is read with that %: no C103 "% blank" on the
/// Realisasi row, and the planted wrong-row % (K18) is found; a realisasi typed `2.587 org`
/// is in the `orang` of its target. (`tests/data/blind44`, the market unit's 2023 sheet.)
#[test]
fn a_two_row_indicators_percent_on_its_target_row_is_its_percent() {
    let r = common::check(&common::data(
        "blind44/uptd_pasar_muara_jelita/PK UPTD PASAR 2023-2024.xlsx",
    ));
    let codes = |code: &str| cells_of(&r, "PK 2023", code);
    assert!(codes("C103").is_empty(), "{:?}", codes("C103"));
    assert!(codes("C110").is_empty(), "{:?}", codes("C110"));
    assert_eq!(codes("C101"), ["K18"]);
}

/// A target typed ten times over with a thousands point (`125.000 vial` for 12.500) whose
/// stated % (101,84) was worked out against the real target: the target reads 125.000, as
/// its column writes thousands, and the % is wrong (C101); it is no fraction of one (C104),
/// though 12.730 / 125 happens to be 101,84. (`tests/data/blind46`, the medicine
/// warehouse's 2019 sheet, every figure typed with its unit.)
#[test]
fn a_stated_percent_of_ten_or_more_is_no_fraction() {
    let r = common::check(&common::data(
        "blind46/uptd_ifk_sungai_rindang/PK dan Capaian IFK 2018-2019.xlsx",
    ));
    let codes = |code: &str| cells_of(&r, "Capaian 2019", code);
    assert!(codes("C104").is_empty(), "{:?}", codes("C104"));
    assert_eq!(codes("C101"), ["G12", "G16", "G24"]);
}

/// Quarter targets: a `-` in a quarter not measured before the same target again (an index
/// surveyed each semester: `-`, 80, `-`, 80) is no target fallen back (Q603), while one that
/// never comes back still is (a flow trained in TW 2 alone, the domain's rule); the
/// annual target typed ten times over is found (Q602). (`tests/data/blind45`, the abattoir
/// unit's 2019 plan.)
#[test]
fn a_quarter_not_measured_is_no_target_fallen_back() {
    let r = common::check(&common::data(
        "blind45/uptd_rph_tanjung_seruni/PK dan Rencana Aksi UPTD RPH 2018-2019.xlsx",
    ));
    let quarterly: Vec<(String, String)> = r
        .findings
        .iter()
        .filter(|f| f.sheet == "RA 2019" && f.code.to_string().starts_with('Q'))
        .map(|f| (f.code.to_string(), f.cell()))
        .collect();
    assert_eq!(
        quarterly,
        [
            ("Q602".to_string(), "L13".to_string()),
            ("Q603".to_string(), "J21".to_string())
        ]
    );
}

/// A Bone-style plan whose annual targets are typed with their units (`88 %`, `12
/// laporan`) over quarters of plain numbers: `88 %` and `88` are one target (no Q602 but
/// for the target typed ten times over and the quarters that fit no style); a quarter's
/// target in % of the year (30 / 50 / 80 / 100 %) beside reports counted in the year's unit
/// is no % of one another (C110, not a C101 of 10 %); `tender gagal/ulang` is an indicator of
/// which less is better, its % by the sheet's negative formula right. (`tests/data/blind46`,
/// the development administration section's 2022 plan.)
#[test]
fn a_plans_annual_target_typed_with_its_unit_is_the_quarters_target() {
    let r = common::check(&common::data(
        "blind46/bag_adpem_lembah_sarai/Renaksi Bag Adpem 2022.ods",
    ));
    let codes = |code: &str| cells_of(&r, "RENAKSI 2022", code);
    assert_eq!(codes("Q602"), ["E74", "E84", "E114"]);
    assert_eq!(codes("C110"), ["F96", "F97", "F98", "F99"]);
    let c101 = codes("C101");
    for cell in [
        "G21", "G22", "G23", "G24", "G28", "G96", "G97", "G98", "G99",
    ] {
        assert!(!c101.iter().any(|c| c == cell), "{cell}: {c101:?}");
    }
    assert!(c101.iter().any(|c| c == "G88"), "{c101:?}");
}

/// A hidden sheet (an export's earlier draft) is read as any other, and its findings say
/// that it is hidden and are left to the person: `rakit fix` changes none of its cells.
/// (`tests/data/blind45`, the vehicle testing unit's `Sheet3`.)
#[test]
fn findings_on_a_hidden_sheet_say_so_and_are_not_fixed() {
    let r = common::check(&common::data(
        "blind45/uptd_pkb_lembah_kerinan/Kinerja UPTD PKB 2022-2023.xlsx",
    ));
    let hidden: Vec<&rakit::rules::Finding> =
        r.findings.iter().filter(|f| f.sheet == "Sheet3").collect();
    assert!(hidden.len() >= 10, "{}", hidden.len());
    for f in &hidden {
        assert!(f.fix.is_none(), "{}: {:?}", f.cell(), f.fix);
        let message = f.message.render(rakit::i18n::Lang::Id);
        assert!(message.contains("sheet ini tersembunyi"), "{message}");
    }
    // the visible sheets' findings say nothing of it
    assert!(r.findings.iter().filter(|f| f.sheet != "Sheet3").all(|f| !f
        .message
        .render(rakit::i18n::Lang::Id)
        .contains("tersembunyi")));
}

/// Two tables turned over one under the other (indicators across the columns, a block of
/// nine and one of eight), each read column by column with its figures at their cells, not
/// one indicator a block on labelled rows; cards with several labels to a line (`Target 2020
/// | v | Realisasi 2020 | v | Capaian (%) | v`) read from the year's line, not the earlier
/// years'. (`tests/data/blind47`: the bus terminal's 2024 sheet, the inspectorate's 2020.)
#[test]
fn tables_turned_over_one_under_the_other_and_cards_of_several_labels_a_line() {
    let r = common::check(&common::data(
        "blind47/terminal_pinang_lestari/Terminal_Pinang_Lestari_2023_2024.ods",
    ));
    let m = model_of(&r, "Rekap 2024");
    assert_eq!(m.indikator.len(), 17);
    for ind in &m.indikator {
        let (row, col) = ind.nama_cell;
        let target = ind.target.as_ref().expect("target");
        assert_eq!((target.row, target.col), (row + 2, col), "{}", ind.nama);
    }
    let r = common::check(&common::data(
        "blind47/inspektorat_nusa_kencana/LKjIP_Inspektorat_2020.ods",
    ));
    let m = model_of(&r, "Capaian IKU 2020");
    let spip = m
        .indikator
        .iter()
        .find(|i| i.nama.contains("Maturitas SPIP"))
        .expect("SPIP");
    let realisasi = spip.realisasi.as_ref().expect("realisasi");
    assert_eq!(realisasi.shown.as_ref(), "3,154");
}

/// Two years' PK tables side by side on one sheet, each with its own rows (`TAHUN 2022` over
/// A–F, `TAHUN 2023` over H–M, 21 rows each): every % of both checked, each finding named by its own
/// table's indicator, and the two years the header names not reported as disagreeing.
/// (`tests/data/blind48`: the cooperatives office's 2022-2023 sheet.)
#[test]
fn two_years_side_by_side_each_checked_as_its_own() {
    let r = common::check(&common::data(
        "blind48/diskopukm_prov_nusa_kencana/PK dan Capaian 2022-2023.ods",
    ));
    let m = model_of(&r, "Capaian 2022 & 2023");
    assert_eq!(m.indikator.len(), 42);
    let places = rakit::place::Places::new(&r.models);
    let c101: Vec<(String, String)> = r
        .findings
        .iter()
        .filter(|f| f.code == rakit::rules::RuleId::C101)
        .map(|f| (f.cell(), places.of(f).indikator.unwrap_or_default()))
        .collect();
    assert_eq!(
        c101,
        [
            ("F9", "Prosentase Koperasi Sehat (2022)"),
            ("M11", "Jumlah volume usaha koperasi"),
            ("F14", "Prosentase Koperasi yang Melaksanakan RAT (2022)"),
            ("M19", "Persentase kenaikan omzet usaha kecil binaan"),
            ("F20", "Jumlah Wirausaha Baru yang Tercipta (2022)"),
            ("M23", "Jumlah UMKM yang mengakses pembiayaan (KUR)"),
        ]
        .map(|(c, n)| (c.to_string(), n.to_string()))
    );
    assert!(!r
        .findings
        .iter()
        .any(|f| f.code == rakit::rules::RuleId::T401));
}

/// A target written as a bound in words (`maks 1,8`, which reads as words, not as a garbled
/// number as `≤ 1,8` does) is read at its bound, as the polarity takes it, and is no
/// unreadable figure. (`tests/data/blind47`: the animal health centre's 2022 sheet, a
/// negative indicator, its upper bound.)
#[test]
fn a_target_bounded_in_words_is_read_at_its_bound() {
    let r = common::check(&common::data(
        "blind47/puskeswan_lembah_sari/Kinerja_Puskeswan_2021_2022.ods",
    ));
    let m = model_of(&r, "Capaian 2022");
    let deaths = m
        .indikator
        .iter()
        .find(|i| i.nama.contains("kematian ternak") && i.period.is_none())
        .expect("kematian ternak");
    let target = deaths.target.as_ref().and_then(|t| t.reading.quantity());
    assert_eq!(target.map(|q| q.value), Some(Decimal::new(18, 1)));
    assert!(!r
        .findings
        .iter()
        .any(|f| f.code == rakit::rules::RuleId::V201 && f.cell() == "G14"));
}

/// Cards three to a band, each writing its name alone on its first line (no `Indikator`
/// label), read card by card with the finding at its own card; a table turned over whose
/// row of names a form took for a header (its first column holding `Satuan`, `Target 2024`,
/// `Realisasi TW I`) read turned, one indicator a column. (`tests/data/blind49`: the
/// training agency's 2022 cards, the parking unit's 2024 recap.)
#[test]
fn cards_named_on_their_first_line_and_a_turned_table_headed_by_its_names() {
    let r = common::check(&common::data(
        "blind49/bpsdm_prov_bentang_sagara/Lembar Kinerja BPSDM 2022.ods",
    ));
    let m = model_of(&r, "Kinerja 2022");
    // 21 cards and a copy of one
    assert_eq!(m.indikator.len(), 22);
    let places = rakit::place::Places::new(&r.models);
    let f29 = r
        .findings
        .iter()
        .find(|f| f.cell() == "F29")
        .expect("the typed 110 of 8 / 8");
    assert_eq!(f29.code, rakit::rules::RuleId::C101);
    assert_eq!(
        places.of(f29).indikator.as_deref(),
        Some("Jumlah program pelatihan terakreditasi LAN")
    );
    let r = common::check(&common::data(
        "blind49/uptd_parkir_kota_palindra/Rekap IKU UPTD Parkir 2024.xlsx",
    ));
    let m = model_of(&r, "Rekap IKU 2024");
    assert_eq!(m.indikator.len(), 23);
    let titik = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Jml titik parkir tepi jalan umum")
        .expect("names read across");
    let target = titik.target.as_ref().expect("target");
    assert_eq!((target.row, target.col), (7, 6));
}

/// A name written over two cells under one `Indikator Kinerja` merged over both (the measure
/// word merged down over the indicators it starts, the rest beside it) is read whole, on the
/// rows the measure word's merge reaches too; a label merged over a name and a short note
/// beside it is not. (`tests/data/blind50`: the forest management unit's PK 2021.)
#[test]
fn a_name_over_two_cells_is_read_whole() {
    let r = common::check(&common::data(
        "blind50/kph_ranowatu_tanjung_lirang/PK2021_Renaksi2022_KPH_Ranowatu.ods",
    ));
    let m = model_of(&r, "PK 2021");
    let names: Vec<&str> = m.indikator.iter().map(|i| &*i.nama).collect();
    for name in [
        "Luas lahan kritis yang direhabilitasi di dalam kawasan hutan",
        // under the merge of `Luas` begun a row above
        "Luas rehabilitasi hutan mangrove",
        "Persentase penurunan lahan kritis",
        "Indeks Kepuasan Masyarakat (IKM)",
    ] {
        assert!(names.contains(&name), "{name}: {names:#?}");
    }
    assert_eq!(names.len(), 23);

    // a wide name column under a merged label, a short note beside it: the names alone
    use rust_xlsxwriter::{Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk-2024.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").unwrap();
    ws.write(0, 0, "PENGUKURAN KINERJA TAHUN 2024").unwrap();
    ws.write(2, 0, "No").unwrap();
    ws.merge_range(2, 1, 2, 2, "Indikator Kinerja", &Format::new())
        .unwrap();
    for (c, h) in ["Target", "Realisasi", "Capaian (%)"].iter().enumerate() {
        ws.write(2, 3 + c as u16, *h).unwrap();
    }
    let rows = [
        ("Persentase desa tangguh bencana", "IKU", 40.0, 42.0, 105.0),
        ("Jumlah relawan yang dilatih", "IKD", 200.0, 180.0, 90.0),
        ("Rata-rata waktu tanggap darurat", "", 30.0, 28.0, 106.67),
    ];
    for (i, (name, note, t, real, p)) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, *name).unwrap();
        if !note.is_empty() {
            ws.write(row, 2, *note).unwrap();
        }
        ws.write(row, 3, *t).unwrap();
        ws.write(row, 4, *real).unwrap();
        ws.write(row, 5, *p).unwrap();
    }
    wb.save(&path).unwrap();
    let r = common::check(&path);
    let names: Vec<&str> = model_of(&r, "PK 2024")
        .indikator
        .iter()
        .map(|i| &*i.nama)
        .collect();
    assert_eq!(names, rows.iter().map(|r| r.0).collect::<Vec<_>>());
}

/// A monthly recap turned over (one indicator a column; `No. Indikator`, `Indikator
/// Kinerja`, `Satuan`, `Target`, the months under `Realisasi`, `Realisasi s/d Desember` and
/// `Capaian` down the first column, under a title) is read as the monthly form reads one:
/// each indicator by its name, not its number, the year's realisasi its own row's, each
/// figure at its own cell. (`tests/data/blind50`: the laboratory's 2022 recap.)
#[test]
fn a_monthly_recap_turned_over_is_read_by_its_months() {
    let r = common::check(&common::data(
        "blind50/lab_lingkungan_lamboja_barat/Rekap_Kinerja_Bulanan_2022.xlsx",
    ));
    let m = model_of(&r, "Rekap Bulanan 2022");
    assert_eq!(m.triwulan.len(), 21);
    let samples = m
        .triwulan
        .iter()
        .find(|t| t.nama == "Jumlah sampel uji (sampel)")
        .expect("read by its name, not `IKU-02`");
    assert_eq!(samples.nama_cell, (4, 3));
    assert_eq!(samples.quarters.len(), 12);
    let year = samples.realisasi_tahunan.as_deref().expect("s.d. Desember");
    assert_eq!((year.row, year.col), (20, 3));
    assert_eq!(
        year.reading.quantity().map(|q| q.value),
        Some(Decimal::from(2410))
    );
    let march = samples.quarters[2].realisasi.as_ref().expect("March");
    assert_eq!((march.row, march.col), (10, 3));
}

/// A name merged down over the rows of its parts (a puskesmas a row) and their total
/// (`JUMLAH KABUPATEN`): the total's row is the indicator, named at the merge, each part's
/// row one of its parts, named with it and checked as any other row, none taken for a copy
/// of the indicator (no S303); a merged name over rows with no total among them is left
/// as it is read. (`tests/data/blind51`: the health office's 2021 SPM table.)
#[test]
fn parts_under_a_merged_name_and_their_total() {
    let r = common::check(&common::data(
        "blind51/dinkes_wanasari/Capaian SPM dan IKU Dinkes 2021.xls",
    ));
    let m = model_of(&r, "Capaian 2021");
    let own: Vec<&rakit::model::Indikator> = m.indikator.iter().filter(|i| !i.part).collect();
    let pregnant = own
        .iter()
        .find(|i| &*i.nama == "Pelayanan Kesehatan Ibu Hamil")
        .expect("the indicator");
    assert_eq!(pregnant.nama_cell, (7, 1));
    let real = pregnant.realisasi.as_ref().expect("the total's realisasi");
    assert_eq!((real.row, real.col), (19, 6));
    let part = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Pelayanan Kesehatan Ibu Hamil (PKM Cikadu)")
        .expect("a puskesmas's row, named with it");
    assert!(part.part);
    assert_eq!(m.indikator.iter().filter(|i| i.part).count(), 12 * 12);
    assert!(!r
        .findings
        .iter()
        .any(|f| f.code == rakit::rules::RuleId::S303));

    // no total among the rows under the merged name: left as read
    use rust_xlsxwriter::{Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spm-2021.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("SPM 2021").unwrap();
    ws.write(0, 0, "CAPAIAN SPM TAHUN 2021").unwrap();
    for (c, h) in [
        "No",
        "Indikator",
        "Puskesmas",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]
    .iter()
    .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    ws.merge_range(3, 1, 5, 1, "Pelayanan Kesehatan Balita", &Format::new())
        .unwrap();
    for (i, (pkm, real)) in [("PKM A", 90.0), ("PKM B", 95.0), ("PKM C", 80.0)]
        .iter()
        .enumerate()
    {
        let row = 3 + i as u32;
        ws.write(row, 2, *pkm).unwrap();
        ws.write(row, 3, 100.0).unwrap();
        ws.write(row, 4, *real).unwrap();
        ws.write(row, 5, *real).unwrap();
    }
    wb.save(&path).unwrap();
    let r = common::check(&path);
    let m = model_of(&r, "SPM 2021");
    assert_eq!(m.indikator.len(), 3);
    assert!(m
        .indikator
        .iter()
        .all(|i| !i.part && &*i.nama == "Pelayanan Kesehatan Balita"));
}

/// An export of one row per indicator and period whose year's line (`Tahunan`) comes after
/// its quarters: each indicator's quarters and year are its own, not the next indicator's
/// (no % reported against another indicator's figures), the indicator at its year's line.
/// (`tests/data/blind51`: the housing office's 2023 e-Monev export.)
#[test]
fn a_year_s_line_after_its_quarters_closes_their_block() {
    let r = common::check(&common::data(
        "blind51/disperkim_lembahraya/Monev Kinerja Disperkim 2022-2023.ods",
    ));
    let m = model_of(&r, "Export e-Monev TW 2023");
    assert_eq!(m.triwulan.len(), 21);
    let ikm = m
        .triwulan
        .iter()
        .find(|t| t.nama.starts_with("Indeks Kepuasan Masyarakat"))
        .expect("IKM");
    assert_eq!(ikm.nama_cell, (108, 2));
    assert_eq!(ikm.quarters.len(), 4);
    assert_eq!(ikm.quarters[0].target.as_ref().map(|f| f.row), Some(104));
    let year = ikm.realisasi_tahunan.as_deref().expect("its Tahunan line");
    assert_eq!((year.row, year.col), (108, 7));
    // the RTLH rows' % are their own (before, the next indicator's counts stood in them)
    assert!(!r
        .findings
        .iter()
        .any(|f| f.sheet == "Export e-Monev TW 2023"
            && ["I11", "I12", "I13"].contains(&f.cell().as_str())));
}

/// Two years' tables side by side whose header rows stand at different heights (the left
/// one's `Indikator Kinerja` merged down over two header rows beside `Tahun 2017` over
/// `Target | Realisasi | %`, the right one's labels on the second row alone): each band its
/// year's. (`tests/data/blind51`: the village office's 2017 and 2018.)
#[test]
fn bands_whose_headers_stand_at_different_heights() {
    let r = common::check(&common::data(
        "blind51/dpmd_tanjungseruni/PK DPMD Tanjung Seruni 2017-2018.xls",
    ));
    let years: Vec<Option<i32>> = r
        .models
        .iter()
        .filter(|m| m.name == "PK 2017-2018")
        .flat_map(|m| {
            m.indikator
                .iter()
                .map(move |i| i.period.map(i32::from).or(m.year()))
        })
        .collect();
    assert!(
        years.contains(&Some(2017)) && years.contains(&Some(2018)),
        "{years:?}"
    );
    assert_eq!(years.iter().filter(|y| **y == Some(2017)).count(), 20);
}

/// A name column split into `Indikator` and `Sub Indikator`: each row's name is read from
/// whichever of the two it writes, a short part that does not say its group's word after
/// its group's name (`MT I (Rendeng)` under `Luas tanam padi (Ha)`), a part that does
/// (`P3A aktif` under `Jumlah P3A`) as written; a group's row without figures is no
/// indicator. The earlier of two years side by side keeps a row the later year no longer
/// fills. (`tests/data/blind52`: the irrigation unit's 2021 and 2022.)
#[test]
fn names_written_in_a_sub_indikator_column_are_read() {
    let r = common::check(&common::data(
        "blind52/uptd_irigasi_tanah_lirang/Rekap Kinerja 2021-2022.xlsx",
    ));
    let m = model_of(&r, "Rekap 2021-2022");
    let names: Vec<&str> = m.indikator.iter().map(|i| &*i.nama).collect();
    for name in [
        "Prosentase saluran primer kondisi baik",
        "Luas tanam padi (Ha) MT I (Rendeng)",
        "P3A aktif",
        "Persentase P3A berbadan hukum (%)",
        "Luas tanam padi (Ha) MT I (Rendeng) (2021)",
        // 2021's alone: not measured in 2022
        "Jumlah kejadian jebol tanggul/saluran (2021)",
    ] {
        assert!(names.contains(&name), "{name}: {names:#?}");
    }
    for group in [
        "Kondisi saluran irigasi",
        "Luas tanam padi (Ha)",
        "Jumlah P3A (kelompok)",
    ] {
        assert!(!names.contains(&group), "{group}: {names:#?}");
    }
    let mt1 = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Luas tanam padi (Ha) MT I (Rendeng)")
        .unwrap();
    // named at its own cell, C19
    assert_eq!(mt1.nama_cell, (18, 2));
    // a table without the column: the earlier rounds, read as before (their outputs are
    // unchanged), and the names' column alone here for the sheet's first indicators
    let first = m.indikator.first().unwrap();
    assert_eq!(&*first.nama, "Luas Daerah Irigasi Terlayani (Ha)");
    assert_eq!(first.nama_cell, (6, 1));
}

/// The monthly form reads names written in a `Sub Indikator` column too, each at its own
/// cell, its months summed or taken at the last as the name's own. (`tests/data/blind52`: the
/// forest park's 2024 monthly sheet.)
#[test]
fn a_monthly_sheet_reads_names_in_its_sub_indikator_column() {
    let r = common::check(&common::data(
        "blind52/tahura_bukit_lamasi/Kinerja Tahura 2023 dan Bulanan 2024.ods",
    ));
    let m = model_of(&r, "Realisasi Bulanan 2024");
    let names: Vec<&str> = m.triwulan.iter().map(|i| &*i.nama).collect();
    for name in [
        "Persentase luas tutupan hutan (%)",
        "Jumlah titik panas",
        "Jumlah penanaman bibit (batang)",
        "Jumlah pengunjung wisatawan mancanegara",
    ] {
        assert!(names.contains(&name), "{name}: {names:#?}");
    }
    for group in ["Gangguan terhadap kawasan", "Rehabilitasi dan persemaian"] {
        assert!(!names.contains(&group), "{group}: {names:#?}");
    }
    let hotspots = m
        .triwulan
        .iter()
        .find(|i| &*i.nama == "Jumlah titik panas")
        .unwrap();
    assert_eq!(hotspots.nama_cell, (8, 2));
}

/// A title that says every amount of money is in thousands (`(nilai rupiah dalam ribuan
/// rupiah)`) scales the rows whose unit is plain money (`Rupiah`: `Rupiah (ribu)`), and no
/// other row (`%`, `sampel`). (`tests/data/blind53`: the testing lab's 2022 summary.)
#[test]
fn a_title_s_money_scale_scales_the_money_rows() {
    let r = common::check(&common::data(
        "blind53/uptd_bpsmb_nusa_kelana/Ringkasan Kinerja BPSMB 2022.xls",
    ));
    let m = model_of(&r, "Ringkasan");
    let row = |name: &str| {
        m.indikator
            .iter()
            .find(|i| &*i.nama == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let fees = row("Pendapatan retribusi pengujian");
    assert_eq!(fees.satuan.as_deref(), Some("Rupiah (ribu)"));
    let target = fees.target.as_ref().unwrap().reading.quantity().unwrap();
    assert_eq!(
        target.scaled(),
        rust_decimal::Decimal::from(2_250_000_000_i64)
    );
    assert_eq!(row("Jumlah Sampel Uji").satuan.as_deref(), Some("sampel"));
    assert_eq!(
        row("% sampel yang memenuhi persyaratan mutu/SNI")
            .satuan
            .as_deref(),
        Some("%")
    );
    // a sheet whose title says no scale: its money as written (the Banjar samples' `Rp`)
    let banjar = common::check(&common::data("../../sample-workbooks/banjar-pk-2016.xlsx"));
    assert!(banjar.models.iter().flat_map(|m| &m.indikator).all(|i| !i
        .satuan
        .as_deref()
        .unwrap_or("")
        .ends_with("(ribu)")));
}

/// A year's target and realisasi written in one cell under `T / R` (`100 / 92,3`, `24/26`,
/// `T: 12 R: 10`, `- / 42`): each read from its half, each shown as its half; the other
/// year's pairs beside them are no figure of one period (no "two numbers in one cell"
/// error). A table with a column each, in the same workbook, as before. (`tests/data/blind53`:
/// Kesbangpol's 2022 and 2023.)
#[test]
fn a_target_and_its_realisasi_in_one_cell_are_read_apart() {
    let r = common::check(&common::data(
        "blind53/kesbangpol_sanggar_wulan/Capaian Kinerja Kesbangpol 2022-2023.ods",
    ));
    let m = model_of(&r, "Kinerja 2022");
    let figures = |name: &str| {
        let i = m
            .indikator
            .iter()
            .find(|i| &*i.nama == name)
            .unwrap_or_else(|| panic!("{name}"));
        (
            value(i.target.as_ref()),
            value(i.realisasi.as_ref()),
            i.realisasi.as_ref().map(|f| f.shown.to_string()),
        )
    };
    assert_eq!(
        figures("Prosentase Penanganan Konflik Sosial"),
        (Some("100".into()), Some("92.3".into()), Some("92,3".into()))
    );
    assert_eq!(
        figures("Jumlah rapat FKDM"),
        (Some("12".into()), Some("10".into()), Some("10".into()))
    );
    assert_eq!(
        figures("Jumlah unjuk rasa yang dipantau").1,
        Some("42".into())
    );
    assert!(
        !r.findings.iter().any(|f| f.code == "V201"),
        "{:#?}",
        r.findings
            .iter()
            .map(|f| (&f.code, f.cell()))
            .collect::<Vec<_>>()
    );
    // the next year's table, a column each: as written
    let m = model_of(&r, "PK 2023");
    let first = m.indikator.first().unwrap();
    assert_eq!(first.target.as_ref().unwrap().col, 2);
    assert_eq!(first.realisasi.as_ref().unwrap().col, 4);
}

/// Cards set three to a band (a code line, the name, then `Target` / `Realisasi` /
/// `Capaian` lines, each value beside its label): the lines of labels are no header of a
/// table of columns (a "target column" of labels), and every card is read. A table whose
/// target column holds its targets is read as before. (`tests/data/blind54`: the
/// procurement bureau's 2025 dashboard.)
#[test]
fn cards_three_to_a_band_are_no_table_of_columns() {
    let r = common::check(&common::data(
        "blind54/biro_pbj_karang_laut_timur/Dashboard Kinerja Biro PBJ 2025.ods",
    ));
    let m = model_of(&r, "Dashboard IKU 2025");
    assert_eq!(
        m.indikator.len(),
        21,
        "{:#?}",
        m.indikator.iter().map(|i| &i.nama).collect::<Vec<_>>()
    );
    let card = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Jumlah paket tender yang diproses Pokja")
        .unwrap();
    assert_eq!(card.nama_cell, (11, 4));
    let target = card.target.as_ref().unwrap();
    assert_eq!((target.row, target.col), (12, 5));
    // a table of columns in the same rounds: still one
    let r = common::check(&common::data(
        "blind53/dkpp_batu_merapin/PK DKPP Batu Merapin 2018.xls",
    ));
    assert!(r
        .models
        .iter()
        .flat_map(|m| &m.tables)
        .any(|t| t.col(rakit::layout::Role::Target).is_some() && !t.qcols.contains_key("kartu")));
}

/// A name wrapped into the next row's cell, that row holding nothing else (`… yang` over
/// `diumumkan tepat waktu melalui SiRUP`), is one name; a group's title under an indicator
/// (a capital after a name that reads whole) is not part of it.
#[test]
fn a_name_wrapped_into_the_next_row_is_one_name() {
    let r = common::check(&common::data(
        "blind54/biro_pbj_karang_laut_timur/Rekap Kinerja Biro PBJ 2022-2023.xlsx",
    ));
    let m = model_of(&r, "Renaksi 2023");
    let names: Vec<&str> = m.triwulan.iter().map(|t| t.nama.as_str()).collect();
    for whole in [
        "Persentase nilai transaksi e-katalog terhadap total belanja pengadaan barang/jasa",
        "Persentase rencana umum pengadaan (RUP) yang diumumkan tepat waktu melalui SiRUP",
        "Jumlah pengelola pengadaan barang/jasa yang bersertifikat kompetensi",
        "Jumlah PPK & Pokja pemilihan yang mengikuti bimbingan teknis",
    ] {
        assert!(names.contains(&whole), "{whole}: {names:#?}");
    }
    // the rows of the rest are no indicators of their own
    assert_eq!(names.len(), 21, "{names:#?}");
    // a sasaran's row under the last indicator of the group before is its own
    let r = common::check(&common::data(
        "blind55/uptd_skb_kota_batu_rendang/Rencana Aksi SKB 2024-2025.xls",
    ));
    let m = model_of(&r, "RA 2024");
    assert!(m.triwulan.iter().all(|t| !t.nama.contains("SASARAN")));
}

/// Quarters whose realisasi each run to date (`Realisasi Kumulatif` over `s.d. TW I` ..
/// `s.d. TW IV`, no quarter targets) are read as a plan's quarters, the year's realisasi the
/// last one reported; the same words in a notes column (`s.d. TW IV` row after row) make no
/// quarterly table.
#[test]
fn quarters_of_realisasi_to_date_are_read_with_the_last_for_the_year() {
    let r = common::check(&common::data(
        "blind55/uptd_skb_kota_batu_rendang/Rencana Aksi SKB 2024-2025.xls",
    ));
    let m = model_of(&r, "RA 2024");
    assert_eq!(m.triwulan.len(), 20);
    let year = |name: &str| {
        let t = m
            .triwulan
            .iter()
            .find(|t| t.nama == name)
            .unwrap_or_else(|| panic!("{name}"));
        let f = t.realisasi_tahunan.as_deref().unwrap();
        (f.reading.quantity().map(|q| q.scaled().to_string()), f.col)
    };
    // s.d. TW IV, column H
    assert_eq!(year("Jml WB Paket A"), (Some("61".into()), 7));
    assert_eq!(year("Jml lulusan Paket A"), (Some("16".into()), 7));
    // the cell to date is the year's: no sum of the quarters is asked of it
    assert!(
        !r.findings.iter().any(|f| f.code == "Q606"),
        "{:#?}",
        r.findings
            .iter()
            .map(|f| (&f.code, f.cell()))
            .collect::<Vec<_>>()
    );
    // `s.d. TW IV` in the Keterangan column of an annual recap
    let r = common::check(&common::data(
        "blind54/dpmptspnaker_lembah_sarimanik/Capaian Kinerja DPMPTSP-Naker 2020.ods",
    ));
    let m = model_of(&r, "Rekap 2020");
    assert!(m.triwulan.is_empty());
    assert!(m.indikator.len() >= 20, "{}", m.indikator.len());
}

/// A negative indicator's targets planned lower quarter by quarter (a slum's area, `Luas
/// genangan`) are no cumulative target that falls (Q603).
#[test]
fn a_negative_indicator_s_targets_may_fall() {
    let r = common::check(&common::data("blind22/dpupr-palopo/RENAKSI PUPR 2021.xlsx"));
    assert!(
        !r.findings.iter().any(|f| f.code == "Q603"),
        "{:#?}",
        r.findings
            .iter()
            .map(|f| (&f.code, f.cell()))
            .collect::<Vec<_>>()
    );
}

/// Months headed by date cells formatted as their month (`Jan-23`: 1 January 2023 as
/// `mmm-yy`) are a monthly table's months; a count of incidents (`kejadian`) adds up over
/// them.
#[test]
fn months_headed_by_dates_are_read() {
    let r = common::check(&common::data(
        "blind55/uptd_pelabuhan_penyeberangan_liwu_pesisir/Laporan Kinerja UPTD PP 2023-2024.xlsx",
    ));
    let m = model_of(&r, "Bulanan 2023");
    assert_eq!(m.triwulan.len(), 19);
    let t = m
        .triwulan
        .iter()
        .find(|t| t.nama == "Jml trip/frekuensi pelayaran")
        .unwrap();
    assert_eq!(t.quarters.len(), 12);
    let december = t
        .quarters
        .last()
        .and_then(|q| q.realisasi.as_ref())
        .unwrap();
    assert_eq!((december.row, december.col), (7, 15));
}

/// Indicators of two rows told apart by a `T/R` column of letters, the year's column
/// holding the targets alone: read, the year's realisasi worked out of the quarters (the
/// trips' four quarters summed), so that every % is checked; a table whose realisasi rows
/// write the year's realisasi in that column but one (left blank) keeps that one blank.
#[test]
fn indicators_of_a_t_row_and_an_r_row_are_read() {
    let r = common::check(&common::data(
        "blind55/uptd_pelabuhan_penyeberangan_liwu_pesisir/RA dan PK 2022 UPTD Pelabuhan Penyeberangan.ods",
    ));
    let m = model_of(&r, "RA 2022");
    // 19 indicators and the duplicate block
    assert_eq!(m.triwulan.len(), 20);
    let trips = m
        .triwulan
        .iter()
        .find(|t| t.nama == "Jumlah Trip Kapal Penyeberangan")
        .unwrap();
    let year = trips.realisasi_tahunan.as_deref().unwrap();
    assert_eq!(
        year.reading.quantity().map(|q| q.scaled().to_string()),
        Some("1538".into())
    );
    let cells = |code: &str| cells_of(&r, "RA 2022", code);
    assert!(cells("L701").is_empty());
    // the negative waiting time's % by the positive formula
    assert_eq!(cells("C101"), ["J28"]);
    // the blind52 school's plan of two rows, read whole where it was left unchecked (L701)
    let r = common::check(&common::data(
        "blind52/sma_negeri2_lembah_sari/Renaksi TW 2020 SMAN2.ods",
    ));
    let cells = |code: &str| cells_of(&r, "RENAKSI 2020", code);
    assert!(cells("L701").is_empty());
    assert_eq!(cells("C101"), ["P16", "P20", "P22"]);
    // a realisasi row whose year's cell alone is blank, beside others written
    let r = common::check(&common::data(
        "blind45/disdik_prov_tanah_lumbara/RA dan Capaian Triwulan Disdik 2022.xlsx",
    ));
    assert_eq!(cells_of(&r, "SS2", "C111"), ["I13"]);
}

/// A table turned over whose units stand on a line above each block of names (`(orang)`
/// merged over three names, `dalam %`), under one label over both lines: the names are read
/// from their line and each unit from the line above. A label over a measure word and the
/// rest of the name is no such table (`a_name_over_two_cells_is_read_whole`).
#[test]
fn units_on_a_line_above_a_turned_table_s_names() {
    let r = common::check(&common::data(
        "blind55/uptd_museum_taman_budaya_selat_lingkara/Capaian Kinerja UPTD MTB 2021.ods",
    ));
    let m = model_of(&r, "Capaian 2021");
    assert_eq!(m.indikator.len(), 19);
    let visitors = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Jumlah\nPengunjung Museum"))
        .unwrap();
    assert_eq!(visitors.nama_cell, (4, 2));
    assert_eq!(visitors.satuan.as_deref(), Some("(orang)"));
    let cells = |code: &str| cells_of(&r, "Capaian 2021", code);
    // the % dividing by last year's realisasi, and a % typed 100 over 4 of 3
    assert_eq!(cells("C101"), ["F9", "N9"]);
}

/// Cards three to a band whose figures' labels stand on one line and their values on the
/// line under it (`Target | Realisasi | Capaian` over `60 | 58 | 96,67`): every card read,
/// each figure at its cell, and the cards' wrong % reported; the cards of labels down a
/// column beside their values read as before (`cards_three_to_a_band_are_no_table_of_columns`).
#[test]
fn cards_with_their_labels_over_their_values() {
    let r = common::check(&common::data(
        "blind55/uptd_skb_kota_batu_rendang/Profil Kinerja SKB Batu Rendang 2022.xlsx",
    ));
    let m = model_of(&r, "Kartu Kinerja 2022");
    assert_eq!(m.indikator.len(), 21);
    let card = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Jumlah Warga Belajar Paket B")
        .unwrap();
    assert_eq!(card.nama_cell, (4, 5));
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    assert_eq!(
        (at(&card.target), at(&card.realisasi), at(&card.capaian)),
        (Some((7, 5)), Some((7, 6)), Some((7, 7)))
    );
    assert_eq!(card.satuan.as_deref(), Some("orang"));
    // a % over the card above's target, a % typed 100 over 11 of 12, a negative rate's %
    // by the positive formula
    assert_eq!(
        cells_of(&r, "Kartu Kinerja 2022", "C101"),
        ["L20", "D41", "D48"]
    );
}

/// A monthly table turned over (months down the rows under a corner labelled `Bulan`, an
/// indicator a column, a `Tahun 2021` line and a monthly average under them): every
/// indicator read, its year the `Tahun 2021` line's. A rate's year worked out of the year's
/// totals or averaged (BOR, LOS, an average of the months) lies among its months and is no
/// slip (Q605); a count's SUM that stops at November still is one.
#[test]
fn a_monthly_table_turned_over_under_a_corner_named_bulan() {
    let r = common::check(&common::data(
        "blind54/rsud_kota_teluk_sembilang/Indikator Kinerja RSUD 2021.xlsx",
    ));
    let m = model_of(&r, "Rekap RI 2021");
    assert_eq!(m.triwulan.len(), 7);
    let bto = m.triwulan.iter().find(|t| t.nama == "BTO (kali)").unwrap();
    let year = bto.realisasi_tahunan.as_deref().unwrap();
    assert_eq!((year.row, year.col), (17, 3));
    assert!(cells_of(&r, "Rekap RI 2021", "Q605").is_empty());
    let r = common::check(&common::data(
        "blind36/rsj_sei_lumut/Laporan Kinerja RSJD 2021-2022.ods",
    ));
    let q605 = cells_of(&r, "Monitoring Bulanan 2022", "Q605");
    assert!(q605.contains(&"Q16".to_string()), "{q605:?}");
    // the rates averaged over their months (BOR, ALOS, TOI, GDR, in % or days)
    for rate in ["Q11", "Q12", "Q13", "Q14"] {
        assert!(!q605.contains(&rate.to_string()), "{q605:?}");
    }
}

/// A report naming its indicators in a numbered list (`• (1) Persentase konflik sosial …`)
/// over a table of numbers alone (`No. | Target | Realisasi | Satuan | Capaian (%)`): each row
/// named by its entry, at the entry's cell; the list's lines are no titles (`… dibanding
/// tahun 2023` names no year of the report). A table with its own names column is read as
/// before (every other workbook's check unchanged).
#[test]
fn a_numbered_list_names_a_table_of_numbers() {
    let r = common::check(&common::data(
        "blind53/kesbangpol_sanggar_wulan/Laporan Kinerja Kesbangpol 2024.xls",
    ));
    let m = model_of(&r, "Laporan Kinerja 2024");
    assert_eq!(m.indikator.len(), 20);
    let fkdm = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Jumlah Pertemuan FKDM")
        .unwrap();
    assert_eq!(fkdm.nama_cell, (14, 0));
    let realisasi = fkdm.realisasi.as_ref().unwrap();
    assert_eq!((realisasi.row, realisasi.col), (38, 2));
    let cells = |code: &str| cells_of(&r, "Laporan Kinerja 2024", code);
    // a % over the row above, a % typed 130 over 62 of 60
    assert_eq!(cells("C101"), ["E40", "E48"]);
    assert!(cells("T401").is_empty());
}

/// Targets of six years side by side (`Target Kinerja Tahun ke-` over 2021 .. 2026) beside
/// the realisasi of one (`Realisasi Tahun 2022`): the year's target is that year's column,
/// and the table's year that year. A plan's target first set (`PK Awal`) beside its revision
/// (`PK Perubahan`): the revision.
#[test]
fn the_target_of_the_realisasi_s_year_and_the_revised_one() {
    let r = common::check(&common::data(
        "blind56/uptd_labuji_bahan_kota_muara_temiang/Matriks Renstra 2021-2026 dan Capaian 2022 Lab Uji.xlsx",
    ));
    let m = model_of(&r, "Renstra & Capaian 2022");
    assert_eq!(m.year(), Some(2022));
    let first = m.indikator.first().unwrap();
    let target = first.target.as_ref().unwrap();
    assert_eq!((target.row, target.col, &*target.shown), (8, 6, "2.400"));
    let r = common::check(&common::data(
        "blind56/lppl_radio_suara_lembah_rindang/Laporan Kinerja LPPL 2022-2023.ods",
    ));
    let m = model_of(&r, "PK-P 2023");
    let hours = m.triwulan.first().unwrap();
    let annual = hours.annual.as_ref().unwrap();
    assert_eq!((annual.col, &*annual.shown), (5, "6.935"));
}

/// A worksheet of one block per indicator (`Kertas Kerja IKU`): the name alone on the
/// block's first line, then `Formulasi`, `Pembilang`, `Penyebut`, `Target 2021`, `Realisasi
/// 2021`, `Capaian (%)` under it. Every block is read; its lines' formulas are compared with
/// the same lines of the other blocks (F801 at the realisasi that divides the penyebut by
/// the pembilang, not at every line that differs from the capaian lines above and below).
#[test]
fn a_worksheet_of_one_block_per_indicator() {
    let r = common::check(&common::data(
        "blind57/kec_talang_seruni_sirantau/Kertas_Kerja_IKU_Kecamatan_2021.xls",
    ));
    let m = model_of(&r, "Perhitungan IKU 2021");
    assert_eq!(m.indikator.len(), 20);
    let sop = m
        .indikator
        .iter()
        .find(|i| {
            i.nama
                .starts_with("Persentase layanan yang diselesaikan sesuai")
        })
        .unwrap();
    assert_eq!(sop.nama_cell, (23, 1));
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    assert_eq!(
        (at(&sop.target), at(&sop.realisasi)),
        (Some((27, 2)), Some((28, 2)))
    );
    assert_eq!(cells_of(&r, "Perhitungan IKU 2021", "F801"), ["C150"]);
    // cards without such lines are read as before
    let r = common::check(&common::data(
        "blind55/uptd_skb_kota_batu_rendang/Profil Kinerja SKB Batu Rendang 2022.xlsx",
    ));
    assert_eq!(model_of(&r, "Kartu Kinerja 2022").indikator.len(), 21);
}

/// A target label merged over `PK Awal | PK Perubahan` on the header row under it: that row
/// is the header's, not an indicator named `Indikator Kinerja`, and the revised target is
/// the year's.
#[test]
fn the_revised_target_under_a_merged_target_label() {
    let r = common::check(&common::data(
        "blind57/kec_talang_seruni_sirantau/PK_KECAMATAN_TALANG_SERUNI_2019.ods",
    ));
    let m = model_of(&r, "Hal 1");
    assert!(m.indikator.iter().all(|i| &*i.nama != "Indikator Kinerja"));
    let paten = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Jumlah pelayanan PATEN"))
        .unwrap();
    let target = paten.target.as_ref().unwrap();
    assert_eq!((target.col, &*target.shown), (5, "5.000 layanan"));
}

/// A Renstra matrix of six years' targets beside the realisasi of two of them: the table is
/// the latest realisasi's year, with that year's target (not the first realisasi's).
#[test]
fn a_renstra_matrix_is_its_latest_realisasi_s_year() {
    let r = common::check(&common::data(
        "blind57/satpolpp_damkar_parit_baru/Laporan_Kinerja_Satpol_Damkar_2023_2024.ods",
    ));
    let m = model_of(&r, "Matriks Renstra 2024");
    assert_eq!(m.year(), Some(2024));
    let first = m.indikator.first().unwrap();
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((6, 8)), Some((6, 12)))
    );
}

/// A monthly recap turned over under a corner `Bulan / Uraian` merged down over the
/// sections' titles, the names and the units: every indicator read at its name's cell, the
/// count whose SUM stops at November found (Q605), and a fire brigade's rescues, volunteers
/// and equipment not taken for fires (no C101 by the negative formula).
#[test]
fn a_monthly_recap_turned_over_under_bulan_uraian() {
    let r = common::check(&common::data(
        "blind57/satpolpp_damkar_parit_baru/Laporan_Kinerja_Satpol_Damkar_2023_2024.ods",
    ));
    let m = model_of(&r, "Rekap Bulanan 2023");
    assert_eq!(m.triwulan.len(), 19);
    assert!(m.triwulan.iter().all(|t| t.nama_cell.0 == 5));
    assert_eq!(cells_of(&r, "Rekap Bulanan 2023", "Q605"), ["E21"]);
    assert_eq!(cells_of(&r, "Rekap Bulanan 2023", "C101"), ["D22"]);
    assert_eq!(cells_of(&r, "Matriks Renstra 2024", "C101"), ["N22"]);
}

/// Two halves of one year's list side by side on a page (a notice board's), neither naming a
/// year: each half read with its own columns (the right one's `No` is no column of the left
/// one's). A Renstra's targets by year under `Target Kinerja Renstra` are each year's, the
/// year's taken. `PK Awal | PK Perubahan` beside helper quarters (`TW I .. TW IV`) is a row
/// of the header. A card's `Target Perubahan` replaces its `Target Awal`.
#[test]
fn halves_side_by_side_renstra_years_and_revised_targets() {
    let r = common::check(&common::data(
        "blind58/pkm_sungai_medang_tirta_rambang/Papan_Capaian_Kinerja_PKM_2023.ods",
    ));
    let m = model_of(&r, "Capaian 2023");
    assert_eq!(m.indikator.len(), 22);
    let tb = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Jml kasus TBC ditemukan")
        .unwrap();
    assert_eq!(tb.nama_cell, (6, 7));
    assert_eq!(tb.target.as_ref().map(|f| (f.row, f.col)), Some((6, 9)));
    let r = common::check(&common::data(
        "blind58/dkp_prov_teluk_ambang/Evaluasi_Renstra_DKP_2021.ods",
    ));
    let first = model_of(&r, "Matriks Renstra")
        .indikator
        .first()
        .unwrap()
        .clone();
    assert_eq!(first.target.as_ref().map(|f| (f.row, f.col)), Some((8, 7)));
    let r = common::check(&common::data(
        "blind58/dkp_prov_teluk_ambang/PK_Perubahan_DKP_2022.xlsx",
    ));
    let m = model_of(&r, "PK Perubahan 2022");
    assert!(m.indikator.iter().all(|i| &*i.nama != "Indikator Kinerja"));
    assert_eq!(m.indikator[0].target.as_ref().map(|f| f.col), Some(5));
    let r = common::check(&common::data(
        "blind58/dkp_prov_teluk_ambang/RA_dan_Isian_IKU_DKP_2023_2024.xls",
    ));
    let m = model_of(&r, "Isian IKU 2024");
    let darurat = m
        .indikator
        .iter()
        .find(|i| i.nama.contains("keadaan darurat"))
        .unwrap();
    assert_eq!(darurat.target.as_ref().map(|f| &*f.shown), Some("120"));
}

/// A monthly recap turned over whose months sit under a line `Realisasi per bulan :` of its
/// own: the year's realisasi is the `Realisasi Tahun 2022` line under them, not that empty
/// line; where no such line is written the months make the year.
#[test]
fn a_turned_recap_s_year_line_under_its_months() {
    let r = common::check(&common::data(
        "blind58/dispusip_lembah_sarangan/Rekap_Bulanan_Kinerja_Dispusip_2022.xlsx",
    ));
    let m = model_of(&r, "Kearsipan");
    assert_eq!(m.triwulan.len(), 5);
    for t in &m.triwulan {
        let year = t.realisasi_tahunan.as_deref().unwrap();
        assert_eq!(year.row, 21, "{}", t.nama);
    }
    let m = model_of(&r, "Perpustakaan");
    assert_eq!(m.triwulan.len(), 15);
    assert!(m.triwulan.iter().all(|t| t
        .realisasi_tahunan
        .as_ref()
        .is_none_or(|f| f.shown.trim().is_empty())));
}

/// The readings of the forty-fifth round. A monthly recap turned over with `Uraian` over
/// the codes (`IKU 1`) beside `Indikator Kinerja` over the names: the names. A plan's `T /
/// R` rows under a label saying both (`Target dan Realisasi per Triwulan`): the T row's
/// quarters are targets, the R row's realisasi (and its figure falling at TW IV is found,
/// Q607, in the round before's plan). Halves of one year's list side by side, both naming
/// the year. Realisasi by regency beside `Realisasi Provinsi`: the province's.
#[test]
fn the_forty_fifth_round_s_layouts() {
    let r = common::check(&common::data(
        "blind59/bapenda_kab_rawa_kemuning/REKAP BULANAN IKU BAPENDA 2020.xls",
    ));
    let m = model_of(&r, "Rekap (1)");
    assert_eq!(m.triwulan.len(), 10);
    assert_eq!(m.triwulan[0].nama, "Realisasi PAD");
    let r = common::check(&common::data(
        "blind59/dishub_kota_bukit_jambangan/RENAKSI DISHUB TA 2022.ods",
    ));
    let m = model_of(&r, "RENAKSI");
    assert_eq!(m.triwulan.len(), 21);
    let q = &m.triwulan[0].quarters[0];
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    assert_eq!(
        (at(&q.target), at(&q.realisasi)),
        (Some((6, 6)), Some((7, 6)))
    );
    let r = common::check(&common::data(
        "blind58/dkp_prov_teluk_ambang/RA_dan_Isian_IKU_DKP_2023_2024.xls",
    ));
    assert_eq!(cells_of(&r, "RA 2023", "Q607"), ["J36"]);
    let r = common::check(&common::data(
        "blind59/bapenda_kab_rawa_kemuning/KINERJA BAPENDA 2021-2022.ods",
    ));
    assert_eq!(model_of(&r, "Capaian 2022").indikator.len(), 19);
    let r = common::check(&common::data(
        "blind59/dp3a_prov_tanah_kencana/KINERJA DP3A 2022 2023.ods",
    ));
    let ipg = model_of(&r, "Kab-Kota 2023")
        .indikator
        .first()
        .unwrap()
        .clone();
    assert_eq!(at(&ipg.realisasi), Some((5, 12)));
}

/// The forty-sixth round's layouts (`tests/data/blind60`): an LKjIP table whose header's
/// second row names the earlier years' realisasi beside helper semesters (`2019 | 2020 |
/// 2021 | Target | Realisasi | Capaian (%) | … | Smt I | Smt II`), cards two to a band with
/// a line's `Target 2021 | 12,00 % | Realisasi 2021 | 11,93 %`, a list of numbered names
/// merged over their cards with the lines' labels one column right, and proposals counted
/// (a flow: the semesters summed).
#[test]
fn the_forty_sixth_round_s_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    let r = common::check(&common::data(
        "blind60/distamkam_kota_bukit_serindit/LKjIP_DISTAMKAM_2022_TABEL_BAB_III.xlsx",
    ));
    let m = model_of(&r, "Tabel 3.1");
    assert_eq!(m.indikator.len(), 20);
    // target and realisasi under `Tahun 2022`, not the earlier years' realisasi
    assert_eq!(
        (at(&m.indikator[0].target), at(&m.indikator[0].realisasi)),
        (Some((7, 7)), Some((7, 8)))
    );
    let r = common::check(&common::data(
        "blind60/distamkam_kota_bukit_serindit/KARTU_IKU_DISTAMKAM_2021.xlsx",
    ));
    let m = model_of(&r, "Kartu IKU 2021");
    assert_eq!(m.indikator.len(), 19);
    let second = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Luas taman kota"))
        .unwrap();
    assert_eq!(
        (at(&second.target), at(&second.realisasi)),
        (Some((7, 6)), Some((7, 8)))
    );
    let r = common::check(&common::data(
        "blind60/uptd_balatkop_ukm_prov_teluk_nirwana/LKjIP_2022_DAN_DAFTAR_CAPAIAN_2023_UPTD_BALATKOP.xls",
    ));
    let m = model_of(&r, "Daftar Capaian 2023");
    assert_eq!(m.indikator.len(), 18);
    assert_eq!(m.indikator[0].nama_cell, (6, 0));
    assert_eq!(
        (at(&m.indikator[0].target), at(&m.indikator[0].realisasi)),
        (Some((7, 2)), Some((8, 2)))
    );
    let r = common::check(&common::data(
        "blind60/bagian_sda_setda_kab_sapta_lembah/LAPKIN_SEMESTERAN_BAGIAN_SDA_2024.xlsx",
    ));
    let proposals = model_of(&r, "SS 2 Koordinasi")
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Jumlah proposal"))
        .unwrap()
        .clone();
    assert_eq!(
        proposals.realisasi.as_ref().map(|f| f.shown.to_string()),
        Some("58".to_string())
    );
}

/// The forty-seventh round's layouts (`tests/data/blind61`): a year of one small table per
/// indicator named on the line above its `Tahun | Target | Realisasi` header, a semester
/// report of T/R rows (`Semester: I | II`, read as the quarters they end) whose items `-
/// Padi` are named with their heading, a plan whose helper quarters `(bantu)` are not the
/// year's realisasi, and a Renstra's indicator typed under `Sasaran` beside `Tujuan`.
#[test]
fn the_forty_seventh_round_s_layouts() {
    let dir = "blind61/bagian_kerja_sama_setda_kota_tanjung_sekar";
    let r = common::check(&common::data(&format!(
        "{dir}/LKjIP_BAGIAN_KERJA_SAMA_2021_2022.ods"
    )));
    let m = model_of(&r, "Analisis IKU 2022");
    let of_2022: Vec<_> = m.indikator.iter().filter(|i| i.period.is_none()).collect();
    assert_eq!(of_2022.len(), 20);
    assert_eq!(of_2022[0].nama_cell, (7, 0));
    assert_eq!(
        of_2022[0].realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((10, 2))
    );
    let r = common::check(&common::data(&format!(
        "{dir}/MATRIKS_RENSTRA_BAG_KERJA_SAMA_REALISASI_2024.xls"
    )));
    let m = model_of(&r, "Renstra & Realisasi 2024");
    assert!(m
        .indikator
        .iter()
        .any(|i| &*i.nama == "Persentase Penyelesaian Perselisihan Kerja Sama"));
    let dir = "blind61/uptd_balai_benih_tph_prov_nusa_kencana";
    let r = common::check(&common::data(&format!(
        "{dir}/LAPORAN_SEMESTER_BALAI_BENIH_TPH_2021.xls"
    )));
    let m = model_of(&r, "Capaian Smt 2021");
    assert_eq!(m.triwulan.len(), 19);
    assert_eq!(
        m.triwulan[0].nama,
        "Produksi benih sumber tanaman pangan: Padi"
    );
    assert_eq!(
        m.triwulan[0]
            .quarters
            .iter()
            .map(|q| q.q)
            .collect::<Vec<_>>(),
        [2, 4]
    );
    let r = common::check(&common::data(&format!(
        "{dir}/MONEV_TRIWULAN_BALAI_BENIH_TPH_2022.xlsx"
    )));
    let m = model_of(&r, "Monev s.d. TW IV 2022");
    assert_eq!(
        m.triwulan[0]
            .realisasi_tahunan
            .as_ref()
            .map(|f| f.shown.to_string()),
        Some("132,9".to_string())
    );
}

/// The forty-eighth round's layouts (`tests/data/blind62`): a monthly recap writing each
/// indicator's name on a band of its own under `Indikator Kinerja / Satuan`, its unit and
/// months on the row below; a plan's `% realisasi anggaran`, a share of the budget and no
/// budget line; a hidden sheet of quarters across (`Indikator | Satuan | TW I | … |
/// Tahunan`) whose periods are no indicators.
#[test]
fn the_forty_eighth_round_s_layouts() {
    let r = common::check(&common::data(
        "blind62/uptd_metrologi_kota_tanjung_lamatu/Rekap_Bulanan_Kinerja_Metrologi_2022.ods",
    ));
    let m = model_of(&r, "Rekap 2022");
    let first = &m.triwulan[0];
    assert_eq!(first.nama, "Jml UTTP yg ditera ulang");
    assert_eq!(first.nama_cell, (7, 1));
    assert_eq!(first.satuan.as_deref(), Some("unit"));
    assert_eq!(first.quarters.len(), 12);
    let nozzles = m
        .triwulan
        .iter()
        .find(|t| t.nama.starts_with("Jml nozzle"))
        .expect("the nozzles' band");
    assert_eq!(nozzles.satuan.as_deref(), Some("nozzle"));
    assert!(m
        .triwulan
        .iter()
        .all(|t| t.nama.split_whitespace().count() > 1));
    let dir = "blind62/uptd_bapelkes_prov_sagara_wening";
    let r = common::check(&common::data(&format!(
        "{dir}/Capaian_IKU_Bapelkes_2022_2023.xlsx"
    )));
    let m = model_of(&r, "RA s.d. TW 2023");
    assert!(m.triwulan.iter().any(|t| t.nama == "% realisasi anggaran"));
    let r = common::check(&common::data(&format!(
        "{dir}/Matriks_Renstra_Capaian_Bapelkes_2024.xls"
    )));
    let periods = ["TW I", "TW II", "TW III", "TW IV", "Tahunan"];
    for m in &r.models {
        assert!(
            !m.indikator.iter().any(|i| periods.contains(&&*i.nama)),
            "{}",
            m.name
        );
        assert!(!m
            .triwulan
            .iter()
            .any(|t| periods.contains(&t.nama.as_str())));
    }
}

/// The forty-ninth round's layouts (`tests/data/blind63`): a kecamatan's realisasi written per
/// village under one merged label beside their total (`=SUM(E9:J9)`), quarters in blocks whose
/// realisasi columns say they run to date (`T | R s.d. | %` under each `TW`), two panels side
/// by side that end with one line alike (`Rata-rata capaian bidang`), and a block of rows
/// per indicator whose realisasi is written by semester.
#[test]
fn the_forty_ninth_round_s_layouts() {
    let r = common::check(&common::data(
        "blind63/uptd_bpp_kec_lubuk_sembilang_kab_rawa_kemuning/Rekap_WKPP_BPP_Lubuk_Sembilang_2022.ods",
    ));
    let m = model_of(&r, "Rekap Kec 2022");
    let first = &m.indikator[0];
    assert_eq!(&*first.nama, "Jumlah poktan yg dibina");
    assert_eq!(
        first.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((8, 10))
    );
    let dir = "blind63/uptd_bpthpt_prov_teluk_gading";
    let r = common::check(&common::data(&format!("{dir}/RA_Triwulan_BPTHPT_2021.ods")));
    let m = model_of(&r, "RA 2021");
    let t = &m.tables[0];
    assert!(t.qcols.contains_key(rakit::layout::quarterly::TO_DATE));
    assert_eq!(t.qcols.get("tw4_realisasi"), Some(&14));
    let r = common::check(&common::data(&format!("{dir}/Kinerja_BPTHPT_2022.xls")));
    let m = model_of(&r, "Capaian 2022");
    let sklb = m
        .indikator
        .iter()
        .find(|i| &*i.nama == "Persentase Bibit Ternak Ber-SKLB")
        .expect("the second panel's first indicator");
    assert_eq!(
        sklb.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((6, 11))
    );
    let r = common::check(&common::data(
        "blind63/uptd_ppa_kota_bandar_seruni/Lajur_Capaian_Kinerja_UPTD_PPA_2024.xlsx",
    ));
    let m = model_of(&r, "Lajur 2024");
    let complaints: Vec<_> = m
        .indikator
        .iter()
        .filter(|i| i.nama.contains("Pengaduan Kasus"))
        .collect();
    assert_eq!(complaints.len(), 1);
    assert_eq!(
        complaints[0]
            .realisasi
            .as_ref()
            .and_then(|f| f.reading.quantity())
            .map(|q| q.scaled().to_string()),
        Some("167".to_string())
    );
}

/// The fiftieth round's layouts (`tests/data/blind64`): a civil servant's SKP appraisal
/// (`Kegiatan Tugas Jabatan`, `Target` and `Realisasi` each over `Kuant/Output | Kual/Mutu |
/// Waktu | Biaya`, a `Nilai Capaian SKP` that is no % of the target), realisasi per cohort
/// of residents (`Angkatan I (Januari - April)` .. `Angkatan III`, a target and a realisasi
/// each), quarters to date across whose last (`s.d. TW IV`) is `-`, and a name wrapped over
/// a row that starts with a capital (`Tanah Makam (IPTM)`).
#[test]
fn the_fiftieth_round_s_layouts() {
    let r = common::check(&common::data(
        "blind64/uptd_kkp_prov_nusa_kirana/SKP_Kepala_UPTD_KKP_2023.xlsx",
    ));
    let m = model_of(&r, "Penilaian SKP 2023");
    assert_eq!(m.indikator.len(), 21);
    let t = &m.tables[0];
    assert_eq!(t.col(rakit::layout::Role::Target), Some(3));
    assert_eq!(t.col(rakit::layout::Role::Realisasi), Some(10));
    // the SKP's score is no % capaian: nothing to recalculate against it
    assert_eq!(t.col(rakit::layout::Role::Capaian), None);
    assert!(r.findings.iter().all(|f| f.code.code() != "C101"));
    // the cohorts: a count summed (29 + 28 + 28), a share the last cohort's, a count whose
    // cohorts' targets add up to the year's summed though its last is typed ten times over
    let r = common::check(&common::data(
        "blind64/uptd_psbr_kab_sungai_lirang/Capaian_per_Angkatan_PSBR_2021.ods",
    ));
    let m = model_of(&r, "Capaian per Angkatan 2021");
    let at = |row: u32| {
        let i = m.indikator.iter().find(|i| i.row == row).expect("row read");
        value(i.realisasi.as_ref())
    };
    assert_eq!(at(7), Some("85".to_string()));
    assert_eq!(at(9), Some("94.1".to_string()));
    assert_eq!(at(10), Some("335".to_string()));
    // to date: the latest reported where the last is `-`
    let r = common::check(&common::data(
        "blind64/uptd_kkp_prov_nusa_kirana/Capaian_IKU_Kumulatif_UPTD_KKP_2022.xlsx",
    ));
    let m = model_of(&r, "Capaian IKU 2022");
    let coral = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Tutupan karang"))
        .expect("coral cover read");
    assert_eq!(value(coral.realisasi.as_ref()), Some("34.2".to_string()));
    let r = common::check(&common::data(
        "blind64/uptd_tpu_kota_tanjung_seruling/PK_dan_LKjIP_UPTD_TPU_2021_2022.xlsx",
    ));
    let m = model_of(&r, "PK 2021");
    assert!(m
        .indikator
        .iter()
        .any(|i| &*i.nama == "Jumlah perpanjangan Izin Penggunaan Tanah Makam (IPTM)"));
}

/// The fifty-first round's layouts (`tests/data/blind65`): one table printed as two halves
/// side by side (`No | Indikator | Satuan | Target | Realisasi | Capaian` twice, a Sasaran
/// over each half), so two indicators share each row; and a quarters-to-date table turned
/// over (indicators across, wrapped names) that goes on in a second band lower on the sheet.
#[test]
fn the_fifty_first_round_s_layouts() {
    let r = common::check(&common::data(
        "blind65/uptd_pju_taman_kab_rimba_karang/Laporan_Kinerja_UPTD_PJU_Taman_2023_2024.ods",
    ));
    let m = model_of(&r, "Capaian 2023");
    assert_eq!(m.indikator.len(), 18);
    // the sheet's eighth row (rows count from 0)
    let on_row = |row: u32| -> Vec<(String, Option<String>)> {
        m.indikator
            .iter()
            .filter(|i| i.row == row)
            .map(|i| (i.nama.to_string(), value(i.target.as_ref())))
            .collect()
    };
    assert_eq!(
        on_row(7),
        [
            (
                "Penambahan titik PJU baru".to_string(),
                Some("400".to_string())
            ),
            ("Taman kota yg dikelola".to_string(), Some("14".to_string())),
        ]
    );
    let r = common::check(&common::data(
        "blind65/uptd_alat_berat_prov_tanjung_arum/Capaian_TW_2021_dan_Rekap_Bulanan_2022_UPTD_Alat_Berat.xlsx",
    ));
    let m = model_of(&r, "Capaian TW 2021");
    assert_eq!(m.indikator.len(), 19);
    let fees = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("Retribusi sewa"))
        .expect("the fees read");
    assert_eq!(
        value(fees.realisasi.as_ref()),
        Some("4702150000".to_string())
    );
    assert!(m
        .indikator
        .iter()
        .any(|i| i.nama.starts_with("Alat berat siaga")));
}

/// The fifty-second and fifty-third rounds' layouts (`tests/data/blind66`, `blind67`): a
/// year's figures by code (`Kode IK | Target 2025 | Realisasi s.d. TW IV`) whose names
/// another sheet lists by the same codes (`Daftar IKU 2025`); a monthly recap turned over
/// (`Bulan` over `Target 2020`, `Januari` .. `Desember` down the rows, an indicator a
/// column, no year's realisasi); and cards two abreast with a realisasi per semester.
#[test]
fn the_fifty_second_and_third_rounds_layouts() {
    let r = common::check(&common::data(
        "blind66/uptd_kes_haji_kota_rawa_seruni/Laporan Kinerja UPTD Haji 2025.xls",
    ));
    let m = model_of(&r, "Capaian TW IV 2025");
    assert_eq!(m.indikator.len(), 20);
    // IK-01 on the figures' row 10, named as the list names it
    let first = m.indikator.iter().find(|i| i.row == 9).expect("IK-01 read");
    assert_eq!(
        &*first.nama,
        "Jml jemaah haji diperiksa kesehatan thp I (orang)"
    );
    assert_eq!(value(first.target.as_ref()), Some("880".to_string()));
    // a workbook whose summary pulls its figures from a sheet of codes reads the summary
    // alone, not the codes again
    let r = common::check(&common::data(
        "blind53/uptd_bpsmb_nusa_kelana/Ringkasan Kinerja BPSMB 2022.xls",
    ));
    assert!(r.models.iter().all(|m| m.name != "Data"));
    let r = common::check(&common::data(
        "blind66/uptd_bandara_prov_selat_lontar/PK dan Rekap Bulanan UPTD Bandara 2019-2020.xls",
    ));
    let m = model_of(&r, "Rekap Bulanan 2020");
    assert_eq!(m.triwulan.len(), 18);
    assert!(m.triwulan.iter().all(|t| t.quarters.len() == 12));
    let r = common::check(&common::data(
        "blind67/uptd_bppp_prov_nusa_kenanga/Kartu Kinerja UPTD BPPP 2023.ods",
    ));
    let m = model_of(&r, "Kartu IKU 2023");
    let realisasi = |name: &str| {
        let i = m
            .indikator
            .iter()
            .find(|i| &*i.nama == name)
            .unwrap_or_else(|| panic!("{name} read"));
        value(i.realisasi.as_ref())
    };
    // a count: the semesters' sum (612 + 845), as its stated % is worked out of it
    assert_eq!(
        realisasi("Petani yang mengikuti pelatihan"),
        Some("1457".to_string())
    );
    // a share: the last semester's
    assert_eq!(realisasi("Tingkat Hunian Asrama"), Some("76.8".to_string()));
}

/// The fifty-fourth and fifty-fifth rounds' layouts (`tests/data/blind68`, `blind69`): a
/// table turned over whose quarters stand down the rows (`TW I` over a Target and a
/// Realisasi row), its names on a row under a row of codes (`IKU-01`); cards of labelled
/// lines whose first line (`Nama Indikator | : | Jumlah dokumen perencanaan …`) looks like
/// a header; cards set three across, each with a table of quarters under `Periode | Target
/// | Realisasi | %` and the year's line `Tahun 2022`.
#[test]
fn the_fifty_fourth_and_fifth_rounds_layouts() {
    let r = common::check(&common::data(
        "blind68/uptd_tpa_regional_prov_sagara_timur/Capaian IKU Triwulanan TPA Regional 2022.xlsx",
    ));
    let m = model_of(&r, "IKU (1)");
    // read as a plan of quarters (since 7 Dec's second session), its quarters' rules run
    assert_eq!(m.triwulan.len(), 11);
    let first = &m.triwulan[0];
    // the name, not its code; the year's realisasi on `Realisasi s.d. Desember 2022`
    assert_eq!(first.nama, "Sampah masuk\nTPA Regional");
    assert_eq!(first.quarters.len(), 4);
    assert_eq!(value(first.annual.as_ref()), Some("101000".to_string()));
    assert_eq!(
        value(first.realisasi_tahunan.as_deref()),
        Some("100215".to_string())
    );
    assert_eq!(model_of(&r, "IKU (2)").triwulan.len(), 10);
    // the year's line summing the quarters of a share (`=SUM(D10,D12,D14,D16)`, 349,9 %) is
    // found against the last quarter's
    assert!(cells_of(&r, "IKU (1)", "Q606").contains(&"D17".to_string()));
    let r = common::check(&common::data(
        "blind69/uptd_bkmm_prov_lembah_sagara/Formulir Capaian Kinerja BKMM 2023.ods",
    ));
    let m = model_of(&r, "Form Capaian 2023");
    assert_eq!(m.indikator.len(), 20);
    let last = m.indikator.last().expect("cards read");
    assert_eq!(
        &*last.nama,
        "Pendapatan retribusi pelayanan kesehatan mata (Rp)"
    );
    assert_eq!(
        value(last.realisasi.as_ref()),
        Some("1064120500".to_string())
    );
    let r = common::check(&common::data(
        "blind69/uptd_bpfk_kota_tanjung_rembulan/Kartu Kinerja IKU BPFK 2022.ods",
    ));
    let m = model_of(&r, "Kartu IKU 2022");
    assert_eq!(m.indikator.len(), 19);
    let figures = |name: &str| {
        let i = m
            .indikator
            .iter()
            .find(|i| &*i.nama == name)
            .unwrap_or_else(|| panic!("{name} read"));
        (value(i.target.as_ref()), value(i.realisasi.as_ref()))
    };
    // the year's line, not a quarter's (the sum typed as a formula of three quarters, as
    // written)
    assert_eq!(
        figures("b) Jumlah alat kesehatan dikalibrasi"),
        (Some("3500".to_string()), Some("2698".to_string()))
    );
    assert_eq!(
        figures("c) Persentase alat kesehatan laik pakai"),
        (Some("92".to_string()), Some("94.05".to_string()))
    );
}

/// The fifty-sixth round's layouts (`tests/data/blind70`): a plan of Target and Realisasi
/// rows under quarters written with their last month (`I (Mar)` .. `IV (Des)` under
/// `Triwulan`), a programme's budget line under them (`Realisasi Rp 3.702.118.400
/// (92,92%)`, no label, and no indicator); figures set out per irrigation area (`T | R` under each) beside
/// their total (`KINERJA UPTD (GABUNGAN)` over `Target | Realisasi | Capaian (%)`).
#[test]
fn the_fifty_sixth_round_s_layouts() {
    let r = common::check(&common::data(
        "blind70/uptd_pib_prov_nusa_kencana/RA dan Realisasi Triwulan UPTD PIB 2022.xls",
    ));
    let m = model_of(&r, "RA 2022");
    let first = m
        .triwulan
        .iter()
        .find(|t| t.nama.starts_with("1. Luas Areal"))
        .expect("the plan read");
    assert_eq!(first.quarters.len(), 4);
    assert_eq!(
        value(first.quarters[3].realisasi.as_ref()),
        Some("42587".to_string())
    );
    // a programme's budget line between the indicators is none of them
    assert!(m.triwulan.iter().all(|t| !t.nama.starts_with("Program")));
    let r = common::check(&common::data(
        "blind70/uptd_pib_prov_nusa_kencana/Pengukuran Kinerja UPTD PIB 2020-2021.xlsx",
    ));
    let m = model_of(&r, "Rekap per DI 2021");
    let first = m.indikator.first().expect("the areas' table read");
    // the total's columns (J, K), not the first area's (D, E)
    assert_eq!(value(first.target.as_ref()), Some("42300".to_string()));
    assert_eq!(value(first.realisasi.as_ref()), Some("42018".to_string()));
    assert_eq!(first.target.as_ref().map(|t| t.col), Some(9));
}

/// The fifty-eighth and fifty-ninth rounds' layouts (`tests/data/blind72`, `blind73`):
/// cards two across whose quarters' line stands over the year's, a `maks. 2,5 %` target;
/// cards whose quarters and year are labels over their values; a numbered list of labelled
/// lines under names running over the labels' column (one broken onto a second line); a
/// plan of quarters turned over.
#[test]
fn the_fifty_eighth_and_ninth_rounds_layouts() {
    let r = common::check(&common::data(
        "blind72/utd_lembah_waruga/UTD_LembahWaruga_Kartu_Kinerja_2022.xlsx",
    ));
    let m = model_of(&r, "Kartu Kinerja 2022");
    let card = |name: &str| {
        m.indikator
            .iter()
            .find(|i| i.nama.as_ref() == name)
            .unwrap_or_else(|| panic!("no card {name}"))
    };
    // the year's line (`Realisasi 2022`, =SUM of the quarters), not the first quarter's
    let bags = card("Kantong darah terkumpul");
    assert_eq!(value(bags.realisasi.as_ref()), Some("6921".to_string()));
    assert_eq!(
        bags.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((12, 2))
    );
    // a bound is a value, not a label
    let expired = card("Persentase darah kedaluwarsa");
    assert_eq!(value(expired.target.as_ref()), Some("2.5".to_string()));
    assert_eq!(value(expired.realisasi.as_ref()), Some("1.9".to_string()));

    let r = common::check(&common::data(
        "blind73/uptd_bkpm_prov_nusa_semanggi/Kartu Kinerja UPTD BKPM 2023.ods",
    ));
    let m = model_of(&r, "Kartu IKU 2023");
    assert_eq!(m.indikator.len(), 20);
    let first = &m.indikator[0];
    assert_eq!(first.nama.as_ref(), "1. Jml kasus TBC yg ditemukan");
    assert_eq!(value(first.target.as_ref()), Some("1560".to_string()));
    assert_eq!(value(first.realisasi.as_ref()), Some("1601".to_string()));
    assert_eq!(
        first.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((10, 5))
    );

    let r = common::check(&common::data(
        "blind72/psc119_karang_sembada/PSC119_KotaKarangSembada_Capaian_2023_2024.xls",
    ));
    let m = model_of(&r, "Laporan 2023");
    assert_eq!(m.indikator.len(), 18);
    // the second line of a broken name is no card of its own
    let trained = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("14. "))
        .expect("the broken name's card");
    assert_eq!(trained.nama_cell, (90, 1));
    assert_eq!(value(trained.realisasi.as_ref()), Some("812".to_string()));

    let r = common::check(&common::data(
        "blind73/uptd_psaa_kota_tanjung_kemuning/Monev Triwulan UPTD PSAA 2021.ods",
    ));
    let m = model_of(&r, "Matriks TW 2021");
    assert_eq!(m.triwulan.len(), 18);
    let first = &m.triwulan[0];
    assert_eq!(first.nama, "Jumlah anak asuh yang dibina dalam panti");
    assert_eq!(first.quarters.len(), 4);
    // each quarter's realisasi at its own cell of the sheet (C10, C12, C14, C16)
    let realisasi: Vec<(u32, u32, Option<String>)> = first
        .quarters
        .iter()
        .filter_map(|q| q.realisasi.as_ref())
        .map(|f| (f.row, f.col, value(Some(f))))
        .collect();
    assert_eq!(
        realisasi,
        [
            (9, 2, Some("78".to_string())),
            (11, 2, Some("77".to_string())),
            (13, 2, Some("79".to_string())),
            (15, 2, Some("76".to_string()))
        ]
    );
}

#[test]
fn the_sixtieth_round_s_layouts() {
    // blocks of one indicator each: a numbered name line over a line of labels (`Satuan |
    // Sifat | Target 2025 | TW I .. TW IV | Realisasi 2025 | Capaian`) and its values
    let r = common::check(&common::data(
        "blind74/uptd_pkb_kota_tirta_kencana/PKB_Laporan_2024_2025.ods",
    ));
    let m = model_of(&r, "Kinerja 2025");
    assert_eq!(m.indikator.len(), 17);
    let first = &m.indikator[0];
    assert_eq!(
        first.nama.as_ref(),
        "1. Jumlah kendaraan yang diuji berkala"
    );
    assert_eq!(first.satuan.as_deref(), Some("unit"));
    assert_eq!(value(first.target.as_ref()), Some("24000".to_string()));
    // the year's realisasi as its cell stands (=SUM(D9:F9), TW IV left out), not a quarter's
    assert_eq!(value(first.realisasi.as_ref()), Some("18340".to_string()));
    assert_eq!(
        first.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((8, 7))
    );
    let waiting = m
        .indikator
        .iter()
        .find(|i| i.nama.starts_with("9. "))
        .expect("the waiting time's block");
    assert_eq!(waiting.satuan.as_deref(), Some("menit"));
}

#[test]
fn the_sixty_first_round_s_layouts() {
    // short names under a group's title, each with a unit of its own: named by themselves
    let r = common::check(&common::data(
        "blind75/uptd_rsjd_teluk_damar/Renaksi_Monev_RSJD_2021_2022.xlsx",
    ));
    let m = model_of(&r, "MONEV s.d. TW IV 2022");
    let names: Vec<&str> = m.triwulan.iter().map(|t| t.nama.as_str()).collect();
    assert!(
        names.contains(&"BOR") && names.contains(&"IKM"),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("I. ") || n.starts_with("IV. ")),
        "{names:?}"
    );
    let bor = m.triwulan.iter().find(|t| t.nama == "BOR").expect("BOR");
    assert_eq!(bor.satuan.as_deref(), Some("%"));
}

#[test]
fn the_sixty_second_round_s_layouts() {
    // a realisasi written by regency under one label, its last column their total
    let r = common::check(&common::data(
        "blind76/uptd_bptph_teluk_anggrek/Rekap_Kinerja_BPTPH_per_Kabupaten_2020.xlsx",
    ));
    let m = model_of(&r, "Rekap 2020 (1)");
    let first = &m.indikator[0];
    assert_eq!(first.nama.as_ref(), "LUAS SERANGAN OPT UTAMA PADI (HA)");
    assert_eq!(value(first.realisasi.as_ref()), Some("4112".to_string()));
    assert_eq!(
        first.realisasi.as_ref().map(|f| (f.row, f.col)),
        Some((7, 9))
    );
}

#[test]
fn the_sixty_third_round_s_layouts() {
    // a table under a heading merged across it (`A. INDIKATOR KINERJA UTAMA (IKU)`), a grade
    // of its average under it (`Predikat | Sangat Baik`): every indicator read, the grade none
    let r = common::check(&common::data(
        "blind77/uptd_bpsb_tph_nusa_lontar/Capaian_Kinerja_BPSB_2022.xlsx",
    ));
    let m = model_of(&r, "IKU-IKK 2022");
    assert_eq!(m.indikator.len(), 12);
    assert_eq!(
        m.indikator[0].nama.as_ref(),
        "% lot benih lulus pemeriksaan lapangan"
    );
    assert_eq!(m.indikator[0].row, 6);
    assert!(cells_of(&r, "IKU-IKK 2022", "V201").is_empty());
    // a Rencana Aksi written as a card per indicator, its quarters in a table of their own
    let r = common::check(&common::data(
        "blind77/uptd_lppmhp_teluk_kelambu/LKj_LPPMHP_2022_2023.xls",
    ));
    let m = model_of(&r, "Renaksi 2023 per IK");
    assert_eq!(m.triwulan.len(), 20);
    let first = &m.triwulan[0];
    assert_eq!(
        first.nama,
        "Persentase sampel yg sesuai dg standar mutu (%)"
    );
    assert_eq!(first.nama_cell, (4, 3));
    assert_eq!(value(first.annual.as_ref()), Some("92".to_string()));
    assert_eq!(first.quarters.len(), 4);
    assert_eq!(first.satuan.as_deref(), Some("%"));
}

#[test]
fn the_sixty_fourth_round_s_layouts() {
    // an evaluation form numbering each K and Rp column apart (`6 | 7` over `K | Rp`), no
    // rules row: the pairs made of them, the year's target and realisasi found by the
    // scheme's rules, written with the sheet's own numbers
    let r = common::check(&common::data(
        "blind78/uptd_psda_ws_batang_lirik/Evaluasi_Renja_E81_2022.xls",
    ));
    let m = model_of(&r, "E81 Program");
    let first = &m.indikator[0];
    assert_eq!(
        first.nama.as_ref(),
        "Persentase Jaringan Irigasi Kewenangan Provinsi Dalam Kondisi Baik"
    );
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // J10 (10 K) and T10 (20 K)
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((9, 9)), Some((9, 19)))
    );
    let rules: Vec<String> = m.tables[0]
        .eval
        .as_ref()
        .map(|e| e.rules.iter().map(|r| r.text.clone()).collect())
        .unwrap_or_default();
    assert!(rules.contains(&"22 = 20/10 x 100".to_string()), "{rules:?}");
    // a table turned over in three bands, each under its own `Indikator Kinerja` line: every
    // name across read with the figures under it, none as a card
    let r = common::check(&common::data(
        "blind78/uptd_psda_ws_batang_lirik/Capaian_Kinerja_2023.ods",
    ));
    let m = model_of(&r, "Capaian 2023");
    assert_eq!(m.indikator.len(), 20);
    let luas = m
        .indikator
        .iter()
        .find(|i| i.nama.as_ref() == "Luas areal DI yg terlayani jaringan irigasi")
        .expect("read");
    assert_eq!(value(luas.target.as_ref()), Some("18750".to_string()));
}

#[test]
fn the_sixty_fifth_round_s_layouts() {
    // an LKjIP table whose `Indikator Kinerja` label is merged over two columns, the
    // sasaran's line in the first (merged across), most indicators set in by one column
    let r = common::check(&common::data(
        "blind79/uptd_rsk_paru_prov_bukit_kenanga/LKjIP_RSKParu_2020_2021.xlsx",
    ));
    let m = model_of(&r, "Tabel 3.1 (2021)");
    assert_eq!(m.indikator.len(), 18);
    let bor = &m.indikator[0];
    assert_eq!(bor.nama.as_ref(), "Angka Penggunaan Tempat Tidur (BOR)");
    // C7, and H7 / I7 (Tahun 2021's Target and Realisasi)
    assert_eq!(bor.nama_cell, (6, 2));
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    assert_eq!(
        (at(&bor.target), at(&bor.realisasi)),
        (Some((6, 7)), Some((6, 8)))
    );
    // the one written in the first column is read there
    assert!(m
        .indikator
        .iter()
        .any(|i| i.nama.as_ref() == "Persentase penyerapan anggaran" && i.nama_cell == (24, 1)));
    // a card per indicator whose months run across (`Bulan | Jan … Des` over `Realisasi`):
    // read as a plan's months, none as an annual card; one named by its code alone (`IKM`)
    let r = common::check(&common::data(
        "blind79/uptd_balai_bahasa_kab_rantau_pandan/Monitoring_Bulanan_BalaiBahasa_2024.xls",
    ));
    let m = model_of(&r, "Bahasa");
    assert!(m.indikator.is_empty());
    let siswa = m
        .triwulan
        .iter()
        .find(|t| t.nama == "Jumlah siswa penutur muda yang mengikuti revitalisasi")
        .expect("read");
    assert_eq!(siswa.period, rakit::model::PeriodKind::Month);
    assert_eq!(siswa.quarters.len(), 12);
    assert_eq!(value(siswa.annual.as_ref()), Some("2600".to_string()));
    assert_eq!(
        value(siswa.quarters[0].realisasi.as_ref()),
        Some("135".to_string())
    );
    let m = model_of(&r, "Sastra & Umum");
    assert!(m.triwulan.iter().any(|t| t.nama == "IKM"));
}

#[test]
fn the_sixty_seventh_round_s_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // an E.81 of the year's columns alone (its target, four quarters, its realisasi and
    // `Tingkat Capaian`, each K and Rp column numbered apart): G9 (7 K) and Q9 (17 K)
    let r = common::check(&common::data(
        "blind81/uptd_kawasan_industri_kab_sungai_barasa/E81_Evaluasi_Renja_KI_2019.ods",
    ));
    let m = model_of(&r, "E.81 2019");
    let first = &m.indikator[0];
    assert_eq!(
        first.nama.as_ref(),
        "Persentase lahan kawasan industri yang terisi"
    );
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((8, 6)), Some((8, 16)))
    );
    // a plan of row pairs with no year's target column, the fourth quarter alone planned:
    // the year's target there (H5)
    let r = common::check(&common::data(
        "blind81/uptd_kawasan_industri_kab_sungai_barasa/Renstra_dan_RA_KI_2020_2021.xlsx",
    ));
    let m = model_of(&r, "RA Triwulan 2021");
    let lahan = &m.triwulan[0];
    assert_eq!(lahan.annual.as_ref().map(|f| (f.row, f.col)), Some((4, 7)));
    // a table turned over in bands, the year in its labels alone (`Target 2022`)
    let r = common::check(&common::data(
        "blind81/uptd_kawasan_industri_kab_sungai_barasa/Capaian_KI_2022.xls",
    ));
    assert_eq!(model_of(&r, "Kinerja Kawasan").year(), Some(2022));
    // `Capaian s.d. TW I` .. `IV` with no realisasi column: the realisasi to date (H6)
    let r = common::check(&common::data(
        "blind81/uptd_geospasial_prov_tanjung_permai/Monev_Triwulan_Geospasial_2024.xls",
    ));
    let m = model_of(&r, "Monev TW 2024");
    assert_eq!(at(&m.indikator[0].realisasi), Some((5, 7)));
    // `16 | Jumlah anggaran pemeliharaan alat peraga TTG | Rp | …` is a row of the table,
    // and those after it too
    let r = common::check(&common::data(
        "blind81/uptd_balai_ttg_prov_rimba_jaya/PK_Balai_TTG_2020.xls",
    ));
    let m = model_of(&r, "PK 2020");
    assert!(m
        .indikator
        .iter()
        .any(|i| i.nama.as_ref() == "Persentase alat peraga TTG dalam kondisi baik"));
}

#[test]
fn the_sixty_eighth_and_ninth_rounds_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // cards side by side, each opened by its number in the labels' column and its name
    // where the values stand (`#1 | Jml klien …`, `Satuan | orang` under it): B4 and F4,
    // a one-word name too (`#14 | IKM`)
    let r = common::check(&common::data(
        "blind83/uptd_rehsos_napza_prov_tanah_seroja/rehsos_Dashboard_Kinerja_2022.xlsx",
    ));
    let m = model_of(&r, "Dashboard 2022");
    assert_eq!(m.indikator.len(), 19);
    let first = &m.indikator[0];
    assert_eq!(first.nama_cell, (3, 1));
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((5, 1)), Some((6, 1)))
    );
    assert!(m.indikator.iter().any(|i| i.nama.as_ref() == "IKM"));
    // `Target 2023 | s.d. TW I` .. `s.d. TW IV` under a title `Realisasi kumulatif s.d.
    // triwulan`: the realisasi to date (H5), the last reported where TW IV is `-` (G13)
    let r = common::check(&common::data(
        "blind83/uptd_brt_kota_sungai_kemilau/brt_RencanaAksi_2023.ods",
    ));
    let m = model_of(&r, "RA Armada-Keuangan");
    assert_eq!(at(&m.indikator[0].realisasi), Some((4, 7)));
    // a table turned over whose realisasi is labelled `Capaian 2022` beside `Target 2022`
    let r = common::check(&common::data(
        "blind82/uptd_rsia_kota_bandar_melati/Dashboard RSIA 2022-2023.xlsx",
    ));
    let m = model_of(&r, "2022");
    assert_eq!(m.indikator.len(), 18);
    assert_eq!(
        (at(&m.indikator[0].target), at(&m.indikator[0].realisasi)),
        (Some((6, 1)), Some((7, 1)))
    );
    // cards numbered with numbers typed as numbers (`1 | Jumlah …`), one of them after a
    // line that is no card's: each card read, the stray line not
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kartu-2024.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Kartu 2024").unwrap();
    ws.write(0, 0, "KARTU KINERJA TAHUN 2024").unwrap();
    ws.write(1, 0, 7.0).unwrap();
    ws.write(1, 1, "Catatan tanpa kartu").unwrap();
    let cards = [
        ("Jumlah klien yang direhabilitasi", "orang", 120.0, 131.0),
        ("Persentase klien yang pulih", "%", 70.0, 64.5),
        ("Jumlah sesi konseling", "sesi", 900.0, 912.0),
    ];
    for (i, (name, unit, t, real)) in cards.iter().enumerate() {
        let r = 3 + 5 * i as u32;
        ws.write(r, 0, (i + 1) as f64).unwrap();
        ws.write(r, 1, *name).unwrap();
        ws.write(r + 1, 0, "Satuan").unwrap();
        ws.write(r + 1, 1, *unit).unwrap();
        ws.write(r + 2, 0, "Target").unwrap();
        ws.write(r + 2, 1, *t).unwrap();
        ws.write(r + 3, 0, "Realisasi").unwrap();
        ws.write(r + 3, 1, *real).unwrap();
    }
    wb.save(&path).unwrap();
    let r = common::check(&path);
    let m = model_of(&r, "Kartu 2024");
    let names: Vec<&str> = m.indikator.iter().map(|i| i.nama.as_ref()).collect();
    assert_eq!(names, cards.iter().map(|c| c.0).collect::<Vec<_>>());
    assert_eq!(
        (at(&m.indikator[2].target), at(&m.indikator[2].realisasi)),
        (Some((15, 1)), Some((16, 1)))
    );
}

#[test]
fn the_seventieth_rounds_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    let r = common::check(&common::data(
        "blind84/uptd_ppkb_jembatan_timbang_prov_lintas_sagara/Evaluasi_Renja_dan_PK_UPPKB_2022_2023.xlsx",
    ));
    // an evaluation form whose quarters write their kinerja alone (`I`..`IV` on the K / Rp
    // row, under `Realisasi Kinerja Triwulan (K)`) and that numbers each K and Rp column
    // (`6 | 7` over `K | Rp`): the year's target K (F), its realisasi K (L), the quarters'
    // sum checked against it (L15 leaves the fourth out, L23 divides by 4)
    let m = model_of(&r, "E81-2022");
    let first = m
        .indikator
        .iter()
        .find(|i| i.nama.as_ref() == "Jumlah kendaraan yang diperiksa")
        .expect("read");
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((8, 5)), Some((8, 11)))
    );
    assert_eq!(cells_of(&r, "E81-2022", "K101"), vec!["L15", "L23"]);
    // a table whose % are all left as `-`: each is to fill in (C101), none is a % that
    // disagrees with its columns, so nothing says the columns were misread (L701)
    assert_eq!(cells_of(&r, "PK 2023", "C101").len(), 17);
    assert!(cells_of(&r, "PK 2023", "L701").is_empty());
    // a quarter's realisasi typed ten times over (`30 | 350 | 33 | 35`), and a month's
    // (`1 | … | 10 | 1`): Q608 at the cell, no other period
    let r = common::check(&common::data(
        "blind84/uptd_griya_sehat_kota_tirta_kembang/Laporan_Kinerja_UPTD_Griya_Sehat_2020_2021.xlsx",
    ));
    assert_eq!(cells_of(&r, "Renaksi TW 2021", "Q608"), ["K17"]);
    let r = common::check(&common::data(
        "blind84/uptd_ppkb_jembatan_timbang_prov_lintas_sagara/Rekap_Bulanan_UPPKB_2024.ods",
    ));
    assert_eq!(cells_of(&r, "Rekap Bulanan 2024", "Q608"), ["J15"]);
}

#[test]
fn the_seventy_first_rounds_layouts() {
    // a plan's row giving the year's target and its quarters' realisasi, no quarter's target
    // (`Predikat SAKIP Unit Kerja | predikat | BB | | - | | - | | - | | B`): read
    let r = common::check(&common::data(
        "blind85/uptd_smk_pp_negeri_prov_lembah_sentosa/PK_dan_Rencana_Aksi_2020_2021.xlsx",
    ));
    let m = model_of(&r, "RA 2021");
    assert!(
        m.triwulan
            .iter()
            .any(|t| t.nama.trim() == "Predikat SAKIP Unit Kerja"),
        "{:?}",
        m.triwulan.iter().map(|t| &t.nama).collect::<Vec<_>>()
    );
    // the Renstra's final target written as a bound (`≥ 90`): its edge, no unreadable value
    let r = common::check(&common::data(
        "blind85/uptd_command_center_kota_bandar_arunika/Evaluasi_Kinerja_2022_2023.xls",
    ));
    let m = model_of(&r, "LKjIP 2023");
    assert_eq!(
        value(m.indikator[0].target_akhir.as_deref()).as_deref(),
        Some("90")
    );
    assert!(cells_of(&r, "LKjIP 2023", "V201").is_empty());
}

#[test]
fn the_seventy_second_rounds_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // an evaluation form of ten K / Rp pairs numbering each column (`6 | 7` over `K | Rp`):
    // the year's target the pair before the first quarter (J), its realisasi the quarters'
    // sum (T); the last pair, headed `Tingkat Capaian Kinerja … Renja (%)`, the year's
    // realisasi over its target (X = T / J), so no computed cell of it is wrong
    let r = common::check(&common::data(
        "blind86/uptd_air_panas_wisata_kab_gunung_halimun/LKjIP_2023_dan_Evaluasi_2024_Air_Panas.xls",
    ));
    let m = model_of(&r, "E81 2024");
    let first = &m.indikator[0];
    assert_eq!(first.nama.as_ref(), "Indeks Kepuasan Pengunjung");
    assert_eq!(
        (at(&first.target), at(&first.realisasi), at(&first.capaian)),
        (Some((7, 9)), Some((7, 19)), Some((7, 23)))
    );
    assert!(cells_of(&r, "E81 2024", "K101").is_empty());
    let r = common::check(&common::data(
        "blind86/uptd_pengujian_mutu_pakan_prov_bumi_lestari/Evaluasi_Renja_dan_PK_Labkeswan_2020_2021.ods",
    ));
    let m = model_of(&r, "E81 TA 2020");
    assert_eq!(at(&m.indikator[0].target), Some((8, 9)));
    // a % typed as a fraction in a plain cell (`75 | 0,749`): V205 at the realisasi, in the
    // table and in its copy pasted below it (F56)
    let r = common::check(&common::data(
        "blind86/uptd_air_panas_wisata_kab_gunung_halimun/PK_UPTD_Air_Panas_2021.ods",
    ));
    assert_eq!(cells_of(&r, "Pengukuran Kinerja", "V205"), ["F19", "F56"]);
}

#[test]
fn the_seventy_third_rounds_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // an evaluation form whose headers say their label in brackets (`Target Renja 2021 (K)`,
    // `TW I (Rp)`), no row of labels under them, each column numbered: read as the form,
    // the year's target J, its realisasi the quarters' sum T
    let r = common::check(&common::data(
        "blind87/uptd_pusat_kuliner_kota_seruni_jaya/Evaluasi_Renja_E81_Kuliner_2021.xlsx",
    ));
    let m = model_of(&r, "E81");
    let first = m
        .indikator
        .iter()
        .find(|i| i.nama.as_ref() == "Jumlah PKL yang direlokasi ke sentra")
        .expect("read");
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((8, 9)), Some((8, 19)))
    );
    // `Tahun 2021` over `Realisasi | Target | Capaian (%)`: no realisasi in parts, whose
    // total would be the capaian
    let r = common::check(&common::data(
        "blind87/uptd_lab_kalibrasi_prov_tirta_raharja/Kinerja_Labkes_2020_2021.xls",
    ));
    let m = model_of(&r, "PK 2021");
    assert_eq!(
        (at(&m.indikator[0].realisasi), at(&m.indikator[0].capaian)),
        (Some((6, 3)), Some((6, 5)))
    );
}

#[test]
fn the_seventy_fourth_rounds_layouts() {
    // an E.81 headed `Periode Pelaksanaan: 2023` over `Target … Renja 2023`, signed in
    // January 2024: the year 2023 (the date line alone said 2024)
    let r = common::check(&common::data(
        "blind88/uptd_pengelolaan_air_limbah_prov_sungai_rata/E81_Evaluasi_Renja_PALD_2023.xls",
    ));
    assert_eq!(model_of(&r, "Form E.81").year(), Some(2023));
    // a PK whose % are `=IF(N(E6)=0,0,N(F6)/N(E6)*100)` filled down an .xls (a shared
    // formula calling N): their text read, and a % of 0 beside a target typed as text
    // (`27,5 ribu`, `11.000`) said to come from the text, not taken for a misread layout
    let path =
        "blind88/uptd_perpustakaan_keliling_kota_bumi_asri/Rekap_Bulanan_2023_dan_PK_2024.xls";
    let r = common::check(&common::data(path));
    assert!(cells_of(&r, "PK 2024", "L701").is_empty());
    let g6 = r
        .findings
        .iter()
        .find(|f| f.sheet == "PK 2024" && f.cell() == "G6" && f.code == "C101")
        .expect("C101 at G6");
    let text = g6.message.render(rakit::i18n::Lang::Id);
    assert!(
        text.contains("=IF(N(E6)=0,0,N(F6)/N(E6)*100)") && text.contains("E6 diketik sebagai teks"),
        "{text}"
    );
    assert!(g6.fix.is_none());
    // a % beside figures typed as numbers keeps its own finding: the realisasi `0,831`
    // shown as 83,1 % over a target of 82,5 gives 1,007, a fraction of 100,73
    assert_eq!(cells_of(&r, "PK 2024", "C104"), ["G14"]);
    // an E.81 of ten pairs whose last is headed `Tingkat Capaian (%)` alone, its formulas
    // `=IF(N(I11)=0,0,S11/N(I11)*100)`: the year's realisasi over the year's target (19 /
    // 9), not the Renstra's (21 / 5, an empty column, which made every % wrong); found: the
    // sum that leaves TW IV out (S13, planted), a time of service whose % the form gives
    // as realisasi over target where less is better (W28), and a % of 0 over a target typed
    // `95,0*)` (W29)
    let r = common::check(&common::data(
        "blind88/uptd_balai_benih_ikan_kab_watu_kembar/Evaluasi_Renja_BBI_2021.ods",
    ));
    assert_eq!(cells_of(&r, "E.81 2021", "K101"), ["S13", "W28", "W29"]);
    // a formula's % shown `0,93 %` under `0.00%` (0,00928: a realisasi in % over a plain
    // target) is corrected at the precision its format shows, `92,80`, not `92,800`
    let r = common::check(&common::data(
        "blind88/uptd_balai_benih_ikan_kab_watu_kembar/PK_dan_RencanaAksi_BBI_2018_2019.xls",
    ));
    let g16 = r
        .findings
        .iter()
        .find(|f| f.sheet == "PK 2018" && f.cell() == "G16" && f.code == "C101")
        .expect("C101 at G16");
    assert_eq!(g16.expected.as_deref(), Some("92,80"));
}

#[test]
fn the_seventy_fifth_rounds_layouts() {
    let at = |f: &Option<rakit::model::Figure>| f.as_ref().map(|f| (f.row, f.col));
    // an E.81 of eight pairs (the Renstra's target, the year's, four quarters under `I` ..
    // `IV`, the realisasi, `Tingkat Capaian (%)`), a scheme of no known size: the quarters
    // found by their headers, the year's target H before them, the realisasi R after
    let r = common::check(&common::data(
        "blind89/uptd_pengelolaan_taman_hutan_raya_kab_bukit_gading/T_Evaluasi_2022_2023.xlsx",
    ));
    let m = model_of(&r, "E81 2022");
    let first = m
        .indikator
        .iter()
        .find(|i| i.nama.as_ref() == "Luas kawasan Tahura yang terkelola")
        .expect("read");
    assert_eq!(
        (at(&first.target), at(&first.realisasi)),
        (Some((9, 7)), Some((9, 17)))
    );
    // the computed column typed over (R18) and the sum leaving TW IV out (R26), planted
    assert_eq!(cells_of(&r, "E81 2022", "K101"), ["R18", "R26"]);
    // a % of `-` from `=IFERROR(ROUND(O7/O6*100,2),"-")` over a realisasi typed as text
    let o8 = r
        .findings
        .iter()
        .find(|f| f.sheet == "Capaian 2023" && f.cell() == "O8")
        .expect("a finding at O8");
    let text = o8.message.render(rakit::i18n::Lang::Id);
    assert!(
        text.contains("hasilnya \"-\" karena O7 diketik sebagai teks"),
        "{text}"
    );
}

#[test]
fn the_seventy_sixth_rounds_layouts() {
    // a Rencana Aksi of target / realisasi row pairs whose %-indicators set no quarter a
    // target (`-` in each, the year's `100`): no quarterly schedule to weigh (no Q602); the
    // realisasi summing three quarters of four (`=SUM(E7:G7)`, planted) is found
    let r = common::check(&common::data(
        "blind90/uptd_balai_latihan_kerja_kab_sungai_deras/Renaksi_TW_BLK_2024.xls",
    ));
    assert!(cells_of(&r, "Renaksi 2024", "Q602").is_empty());
    assert_eq!(cells_of(&r, "Renaksi 2024", "F806"), ["I7"]);
    assert_eq!(cells_of(&r, "Renaksi 2024", "Q606"), ["I7"]);
}
