//! `rakit compare` on the four Banjar years (sample-workbooks/banjar-pk-2013..2016): the
//! groups a reader of the seed makes, look-alikes kept apart, pins, the matches sheet read
//! back, the summary workbook read back with calamine and opened by LibreOffice, and the
//! command line end to end.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{open_workbook_auto, Data, DataType, Reader};
use common::*;
use rakit::compare::{self, CompareConfig, Comparison, Group, Outcome, Pins};
use rakit::i18n::Lang;

const YEARS: [&str; 4] = [
    "banjar-pk-2013.xlsx",
    "banjar-pk-2014.xlsx",
    "banjar-pk-2015.xlsx",
    "banjar-pk-2016.xlsx",
];

fn reports(names: &[&str]) -> Vec<rakit::app::FileReport> {
    names.iter().map(|n| check(&sample(n))).collect()
}

fn banjar(pins: Pins) -> Comparison {
    // any order: the years are the ones rakit decides
    let mut names = YEARS.to_vec();
    names.reverse();
    compare::compare(&reports(&names), &CompareConfig { pins })
}

/// The group holding `name` in `year`.
fn group<'a>(c: &'a Comparison, year: i32, name: &str) -> &'a Group {
    c.groups
        .iter()
        .find(|g| g.entries.iter().any(|e| e.year == year && e.name == name))
        .unwrap_or_else(|| panic!("no {year} {name}"))
}

fn names(g: &Group) -> Vec<(i32, &str)> {
    g.entries
        .iter()
        .map(|e| (e.year, e.name.as_str()))
        .collect()
}

fn together(c: &Comparison, a: (i32, &str), b: (i32, &str)) -> bool {
    std::ptr::eq(group(c, a.0, a.1), group(c, b.0, b.1))
}

#[test]
fn drifting_names_fall_into_one_group() {
    let c = banjar(Pins::default());
    assert_eq!(c.years, [2013, 2014, 2015, 2016]);
    let g = group(&c, 2013, "Jumlah anggota koperasi yang aktif");
    assert_eq!(
        names(g),
        [
            (2013, "Jumlah anggota koperasi yang aktif"),
            (2014, "Jumlah anggota koperasi pada koperasi aktif"),
            (2015, "Jumlah anggota koperasi pada koperasi aktif"),
            (2016, "Jumlah anggota koperasi pada koperasi aktif"),
        ]
    );
    assert_eq!(g.outcome, Outcome::Auto);
    // Persentase / Prosentase / Prosentasi
    assert!(together(
        &c,
        (2013, "Persentase koperasi aktif"),
        (2014, "Prosentase koperasi aktif")
    ));
    assert!(together(
        &c,
        (2015, "Prosentase koperasi aktif"),
        (2016, "Persentase koperasi aktif")
    ));
    assert_eq!(
        group(&c, 2016, "Persentase koperasi aktif").entries.len(),
        4
    );
    let rat = group(
        &c,
        2013,
        "Prosentasi koperasi yang melaksanakan RAT dibanding dengan jumlah koperasi aktif",
    );
    assert_eq!(rat.entries.len(), 3, "{:?}", names(rat));
    assert!(rat.entries.iter().all(|e| e.name.contains("RAT")));
    // "Rata - rata omzet koperasi" in three years, and "Jumlah omzet" only to confirm
    let omzet = group(&c, 2013, "Rata - rata omzet koperasi");
    assert!(
        omzet
            .entries
            .iter()
            .filter(|e| e.name == "Rata - rata omzet koperasi")
            .count()
            == 3
    );
    // Rata-rata / Jumlah stays to confirm: the seed's 2016 table states 2015's omzet as
    // Rp. 46.621 (juta), not the 49,586 that 2015's table gives as its realisasi
    let e = omzet.entry(2016).expect("the 2016 omzet to confirm");
    assert_eq!(e.name, "Jumlah omzet koperasi");
    assert_eq!(omzet.outcome, Outcome::Confirm);
    // KUMKM / KUM is automatic: 2016's "Capaian 2015" states 8, 2015's realisasi
    let kum = group(
        &c,
        2016,
        "Jumlah KUM yang melakukan promosi dan promosi ke luar daerah",
    );
    assert_eq!(kum.entries.len(), 4, "{:?}", names(kum));
    assert!(kum.entries[..3]
        .iter()
        .all(|e| e.name == "Jumlah KUMKM yang melakukan pameran dan promosi di luar daerah"));
    assert_eq!(kum.outcome, Outcome::Auto, "{:?}", names(kum));
    let link = c
        .links
        .iter()
        .find(|l| l.to_year == 2016 && l.to_name.starts_with("Jumlah KUM "))
        .unwrap();
    assert!(
        link.verdict
            .reason
            .contains("realisasi 2015 8 = 8 orang/badan usaha (tabel 2016)"),
        "{}",
        link.verdict.reason
    );
    assert_eq!(c.to_confirm().count(), 1);
    // Banjar's 2015 table (titled 2016) is 2015
    let e = group(&c, 2015, "Jumlah koperasi aktif")
        .entry(2015)
        .unwrap();
    assert!(
        e.source.path().ends_with("banjar-pk-2015.xlsx"),
        "{}",
        e.source.path()
    );
}

#[test]
fn look_alikes_stay_apart_and_no_match_stays_alone() {
    let c = banjar(Pins::default());
    for y in [2013, 2014, 2015] {
        let mikro = group(&c, y, "Jumlah Usaha Mikro yang aktif");
        for other in [
            "Jumlah Usaha Kecil yang aktif",
            "Jumlah Usaha Menengah yang aktif",
        ] {
            assert!(!together(
                &c,
                (y, "Jumlah Usaha Mikro yang aktif"),
                (y, other)
            ));
            assert!(
                !mikro.entries.iter().any(|e| e.name == other),
                "{:?}",
                names(mikro)
            );
        }
        let umkm = group(&c, y, "Jumlah UMKM");
        assert!(
            umkm.entries.iter().all(|e| e.name == "Jumlah UMKM"),
            "{:?}",
            names(umkm)
        );
        let modal = group(&c, y, "Jumlah UMKM penerima modal");
        assert!(modal
            .entries
            .iter()
            .all(|e| e.name == "Jumlah UMKM penerima modal"));
        let jumlah = group(&c, y, "Jumlah koperasi aktif");
        assert!(
            jumlah
                .entries
                .iter()
                .all(|e| e.name == "Jumlah koperasi aktif"),
            "{:?}",
            names(jumlah)
        );
    }
    for lone in [
        "Serapan KUR dan Program penguatan modal usaha",
        "Legalitas usaha Usaha Mikro",
        "Jumlah koperasi yang mengakses permodalan",
        "SDM yang mengikuti pelatihan",
    ] {
        let g = group(&c, 2016, lone);
        assert_eq!(names(g), [(2016, lone)], "{lone} must stay unmatched");
    }
}

#[test]
fn the_renstra_sheet_adds_final_targets_not_indicators() {
    let c = banjar(Pins::default());
    let in_2016 = c.groups.iter().filter(|g| g.entry(2016).is_some()).count();
    // PK 2016 has 26 indicator rows; Capaian Renstra repeats them
    assert_eq!(in_2016, 26);
    let g = group(&c, 2016, "Jumlah anggota koperasi pada koperasi aktif");
    let e = g.entry(2016).unwrap();
    assert_eq!(
        e.target.as_ref().unwrap().source.sheet().as_ref(),
        "PK 2016"
    );
    let ta = e.target_akhir.as_ref().unwrap();
    assert_eq!(ta.source.sheet().as_ref(), "Capaian Renstra");
    assert_eq!(ta.value.to_string(), "19518");
    let r = c.renstra(g).unwrap();
    assert_eq!(r.end, Some(2021));
    assert_eq!(r.status, Some(compare::RenstraStatus::Tercapai));
}

#[test]
fn the_2013_kur_target_is_flagged() {
    let c = banjar(Pins::default());
    let f: Vec<_> = c.findings.iter().filter(|f| f.code == "Y102").collect();
    assert!(
        f.iter()
            .any(|f| f.year == 2013 && f.indicator.starts_with("Volume peminjaman KUR")),
        "{f:?}"
    );
    // the realisasi of 2014 written without its thousands (27 after 26.773)
    assert!(c
        .findings
        .iter()
        .any(|f| f.code == "Y103" && f.year == 2014 && f.indicator == "Jumlah anggota koperasi"));
}

#[test]
fn pins_split_and_join() {
    let pins = Pins::from_toml(
        r#"
[[cocok]]
tahun_a = 2013
indikator_a = "Jumlah anggota koperasi yang aktif"
tahun_b = 2014
indikator_b = "Jumlah anggota koperasi pada koperasi aktif"
keputusan = "tidak"

[[cocok]]
tahun_a = 2015
indikator_a = "Volume peminjaman KUR pada Bank Pemerintah"
tahun_b = 2016
indikator_b = "Serapan KUR dan Program penguatan modal usaha"
keputusan = "YA"
"#,
    )
    .unwrap();
    let free = banjar(Pins::default());
    assert!(together(
        &free,
        (2013, "Jumlah anggota koperasi yang aktif"),
        (2014, "Jumlah anggota koperasi pada koperasi aktif")
    ));
    assert!(!together(
        &free,
        (2015, "Volume peminjaman KUR pada Bank Pemerintah"),
        (2016, "Serapan KUR dan Program penguatan modal usaha")
    ));
    let pinned = banjar(pins);
    assert!(!together(
        &pinned,
        (2013, "Jumlah anggota koperasi yang aktif"),
        (2014, "Jumlah anggota koperasi pada koperasi aktif")
    ));
    assert!(together(
        &pinned,
        (2015, "Volume peminjaman KUR pada Bank Pemerintah"),
        (2016, "Serapan KUR dan Program penguatan modal usaha")
    ));
    // a decision that is neither ya nor tidak is refused
    assert!(Pins::from_toml("[[cocok]]\ntahun_a = 1\nindikator_a = \"a\"\ntahun_b = 2\nindikator_b = \"b\"\nkeputusan = \"mungkin\"").is_err());
}

fn all_groups(c: &Comparison) -> Vec<Vec<(i32, String)>> {
    c.groups
        .iter()
        .map(|g| g.entries.iter().map(|e| (e.year, e.name.clone())).collect())
        .collect()
}

#[test]
fn the_matches_sheet_read_back_gives_the_same_result() {
    let c = banjar(Pins::default());
    let bytes = c.to_xlsx(Lang::Id).unwrap();
    let pins = Pins::from_bytes(Path::new("perbandingan.xlsx"), bytes).unwrap();
    assert!(!pins.is_empty());
    let again = banjar(pins.clone());
    assert_eq!(all_groups(&c), all_groups(&again));
    // and a person's TIDAK written into the sheet splits the group
    let mut edited = pins;
    edited.pins.push(compare::Pin {
        tahun_a: 2014,
        indikator_a: "Jumlah UMKM".into(),
        tahun_b: 2015,
        indikator_b: "Jumlah UMKM".into(),
        same: false,
    });
    let split = banjar(edited);
    assert!(!together(
        &split,
        (2014, "Jumlah UMKM"),
        (2015, "Jumlah UMKM")
    ));
    // the printed TOML reads back too
    let toml = compare::pins::to_toml(&c, Lang::Id);
    let from_toml = Pins::from_toml(&toml).unwrap();
    assert_eq!(all_groups(&banjar(from_toml)), all_groups(&c));
}

/// A cell of a source workbook as calamine reads it, given "file › sheet › C13".
fn source_cell(dir: &Path, text: &str) -> Data {
    let parts: Vec<&str> = text.split(" › ").collect();
    assert_eq!(parts.len(), 3, "{text}");
    let (row, col) = rakit::read::parse_cell_name(parts[2]).unwrap_or_else(|| panic!("{text}"));
    let mut wb = open_workbook_auto(dir.join(parts[0])).unwrap();
    let range = wb.worksheet_range(parts[1]).unwrap();
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn summary(dir: &Path) -> PathBuf {
    for y in YEARS {
        std::fs::copy(sample(y), dir.join(y)).unwrap();
    }
    let out = dir.join("ringkasan.xlsx");
    rakit()
        .arg("compare")
        .arg(dir)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    out
}

fn rakit() -> Command {
    let mut c = Command::cargo_bin("rakit").unwrap();
    c.env("RAKIT_NO_PAUSE", "1")
        .env("NO_COLOR", "1")
        .env_remove("RAKIT_LANG");
    c
}

#[test]
fn the_summary_workbook_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = summary(dir.path());
    let mut wb = open_workbook_auto(&out).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Ringkasan",
            "Indikator",
            "Renstra",
            "Anggaran",
            "Grafik",
            "Temuan",
            "Kecocokan"
        ]
    );
    let ind = wb.worksheet_range("Indikator").unwrap();
    let col = header_columns(&ind);
    let (t, r, ts, rs, year) = (
        col("Target"),
        col("Realisasi"),
        col("Sumber target"),
        col("Sumber realisasi"),
        col("Tahun"),
    );
    let mut checked = 0;
    let mut years = std::collections::BTreeSet::new();
    for row in ind.rows().skip(1) {
        years.insert(row[year].to_string());
        for (v, s) in [(t, ts), (r, rs)] {
            let Data::String(src) = &row[s] else {
                continue;
            };
            let Some(got) = row[v].as_f64() else {
                continue;
            };
            // every figure equals its source: the number, or the number its text writes
            match source_cell(dir.path(), src) {
                Data::Float(f) => assert!((f - got).abs() < 1e-9, "{src}: {f} vs {got}"),
                Data::Int(i) => assert_eq!(i as f64, got, "{src}"),
                Data::String(text) => {
                    let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
                    let got_digits = format!("{got}").replace('.', "");
                    assert!(
                        digits.starts_with(got_digits.trim_end_matches('0'))
                            || got_digits.starts_with(&digits),
                        "{src}: {text} vs {got}"
                    );
                }
                other => panic!("{src}: {other:?}"),
            }
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked}");
    assert_eq!(
        years.into_iter().collect::<Vec<_>>(),
        ["2013", "2014", "2015", "2016"]
    );
    // the budget sheet: 2013's anggaran and serapan
    let b = wb.worksheet_range("Anggaran").unwrap();
    let row2013 = b.rows().find(|r| r[0].as_f64() == Some(2013.0)).unwrap();
    assert_eq!(row2013[1].as_f64(), Some(2181927300.0));
    assert_eq!(row2013[2].as_f64(), Some(1611865497.0));
    assert_eq!(row2013[3].as_f64(), Some(73.87));
    // a chart per indicator of two years or more, and the budget's
    let c = banjar(Pins::default());
    let multi = c.groups.iter().filter(|g| g.entries.len() > 1).count();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let charts = zip
        .file_names()
        .filter_map(|n| n.ok())
        .filter(|n| n.starts_with("xl/charts/chart") && n.ends_with(".xml"))
        .count();
    assert_eq!(charts, multi + 1);
    // the sources sit beside the summary: they are hyperlinks
    let mut rels = String::new();
    zip.by_name("xl/worksheets/_rels/sheet2.xml.rels")
        .unwrap()
        .read_to_string(&mut rels)
        .unwrap();
    assert!(rels.contains("banjar-pk-2013.xlsx"), "{rels}");
}

#[test]
fn libreoffice_opens_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = summary(dir.path());
    let Some(ods) = soffice_convert(&out, "ods", &dir.path().join("lo")) else {
        return;
    };
    let mut wb = open_workbook_auto(&ods).unwrap();
    assert!(wb.sheet_names().contains(&"Indikator".to_string()));
    let mine = open_workbook_auto(&out)
        .unwrap()
        .worksheet_range("Indikator")
        .unwrap();
    let lo = wb.worksheet_range("Indikator").unwrap();
    assert_eq!(lo.height(), mine.height());
    assert_eq!(lo.get_value((1, 5)), mine.get_value((1, 5)));
}

#[test]
fn the_command_line_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for y in YEARS {
        std::fs::copy(sample(y), d.join(y)).unwrap();
    }
    // separate files in any order; the summary goes beside them
    let files: Vec<PathBuf> = YEARS.iter().rev().map(|y| d.join(y)).collect();
    rakit()
        .arg("compare")
        .args(&files)
        .assert()
        .success()
        .stdout(predicates::str::contains("perbandingan-2013-2016.xlsx"));
    let out = d.join("perbandingan-2013-2016.xlsx");
    let first = std::fs::read(&out).unwrap();
    // never overwritten without --force
    rakit()
        .arg("compare")
        .args(&files)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    assert_eq!(std::fs::read(&out).unwrap(), first);
    rakit()
        .arg("compare")
        .args(&files)
        .arg("--force")
        .assert()
        .success();
    // the folder again: the summary inside it is not read as a year
    let json = rakit()
        .args(["compare", "--format", "json"])
        .arg(d)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["years"], serde_json::json!([2013, 2014, 2015, 2016]));
    let kur = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["names"]["2013"] == "Volume peminjaman KUR pada Bank Pemerintah")
        .unwrap();
    assert_eq!(kur["years"]["2014"]["target"], "57000");
    // figures and changes in the indicator's unit, Rp. (juta): 41.576 against 41.262 (juta)
    let omzet = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["names"]["2013"] == "Rata - rata omzet koperasi")
        .unwrap();
    assert_eq!(omzet["unit"], "Rp. (juta)");
    assert_eq!(omzet["years"]["2013"]["realisasi"], "41262");
    assert_eq!(omzet["years"]["2014"]["realisasi"], "41576");
    assert_eq!(omzet["years"]["2014"]["change"], "314");
    assert_eq!(kur["years"]["2013"]["source"]["sheet"], "PK 2013");
    assert_eq!(v["budget"]["2013"]["serapan"], "73.87");
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["code"] == "Y102" && f["year"] == 2013));
    // --print-matches gives a matches file that --matches takes
    let toml = rakit()
        .args(["compare", "--print-matches"])
        .arg(d)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let m = d.join("cocok.toml");
    std::fs::write(&m, &toml).unwrap();
    rakit()
        .args(["compare", "--format", "json", "--matches"])
        .arg(&m)
        .arg(d)
        .assert()
        .success();
    // the summary workbook itself as the matches file
    rakit()
        .args(["compare", "--format", "json", "--matches"])
        .arg(&out)
        .arg(d)
        .assert()
        .success();
    // a broken matches file: exit 2, its name in the message
    let bad = d.join("salah.toml");
    std::fs::write(&bad, "[[cocok]]\ntahun_a = \"x\"").unwrap();
    rakit()
        .args(["compare", "--matches"])
        .arg(&bad)
        .arg(d)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("salah.toml"));
    // English
    rakit()
        .args(["compare", "--lang", "en", "-o"])
        .arg(d.join("summary.xlsx"))
        .arg(d)
        .assert()
        .success();
    let en = open_workbook_auto(d.join("summary.xlsx")).unwrap();
    assert_eq!(en.sheet_names()[0], "Overview");
}

/// Two years of the same generated table (`common::submission`), changed by `edit` in the
/// second year: the indicators, units and figures of `Submission::default()`.
fn generated_pair(dir: &Path, edit: impl Fn(&mut common::submission::Submission)) -> Comparison {
    use common::submission::Submission;
    let files: Vec<PathBuf> = [2020, 2021]
        .iter()
        .map(|&year| {
            let mut s = Submission {
                year,
                ..Submission::default()
            };
            if year == 2021 {
                edit(&mut s);
            }
            let p = dir.join(format!("pk-{year}.xlsx"));
            s.write(&p);
            p
        })
        .collect();
    let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
    compare::compare(&reports, &CompareConfig::default())
}

fn codes(c: &Comparison) -> std::collections::BTreeSet<String> {
    c.findings.iter().map(|f| f.code.to_string()).collect()
}

/// The year-over-year findings are the Y1xx warnings of the rule registry.
#[test]
fn year_findings_are_registry_rules() {
    use rakit::rules::{Family, RuleId, Severity};
    let c = banjar(Pins::default());
    assert!(!c.findings.is_empty());
    for f in &c.findings {
        assert_eq!(f.code.family(), Family::YearOverYear, "{f:?}");
        assert_eq!(f.code.severity(), Severity::Warning);
        assert_eq!(f.name, f.code.name());
    }
    // every Y rule is in the registry with its page
    let ys: Vec<RuleId> = RuleId::ALL
        .iter()
        .copied()
        .filter(|r| r.family() == Family::YearOverYear)
        .collect();
    assert_eq!(
        ys.iter().map(|r| r.code()).collect::<Vec<_>>(),
        ["Y101", "Y102", "Y103", "Y104", "Y105"]
    );
    // Y101: Banjar 2013 writes the coordination indicator in "tahun", 2014 in "%"
    assert!(c.findings.iter().any(|f| f.code == "Y101"
        && f.year == 2014
        && f.indicator.starts_with("Lancarnya koordinasi")
        && f.message
            .render(Lang::En)
            .contains("2013 \"tahun\", 2014 \"%\"")));
    // Y104: "Jumlah koperasi aktif" is no longer in PK 2016
    assert!(c
        .findings
        .iter()
        .any(|f| f.code == "Y104" && f.year == 2016 && f.indicator == "Jumlah koperasi aktif"));
    // Y105: Banjar has a Renstra final target in 2016 only: nothing to change
    assert!(!codes(&c).contains("Y105"));
}

/// Two generated evaluation forms (tests/data/heldout) of 2024 and 2025 whose Renstra final
/// targets differ (Y105); each finding names both years' targets.
#[test]
fn a_changed_renstra_target_is_flagged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let reports: Vec<_> = [
        "evaluasi-86-08-17-dinkes-2024.xlsx",
        "evaluasi-86-04-15-dinkes-2025.xlsx",
    ]
    .iter()
    .map(|f| check(&dir.join(f)))
    .collect();
    let c = compare::compare(&reports, &CompareConfig::default());
    assert_eq!(c.years, [2024, 2025]);
    let y105: Vec<_> = c.findings.iter().filter(|f| f.code == "Y105").collect();
    assert!(!y105.is_empty());
    for f in &y105 {
        let g = c.groups.iter().find(|g| g.name() == f.indicator).unwrap();
        let (a, b) = (g.entry(2024).unwrap(), g.entry(2025).unwrap());
        let (ta, tb) = (
            a.target_akhir.as_ref().unwrap(),
            b.target_akhir.as_ref().unwrap(),
        );
        assert_ne!(ta.value, tb.value, "{f:?}");
        assert_eq!(f.year, 2025);
        let m = f.message.render(Lang::Id);
        assert!(m.contains(&format!("2024 \"{}\"", ta.shown)), "{m}");
        assert!(m.contains(&format!("2025 \"{}\"", tb.shown)), "{m}");
    }
}

/// Two clean years of one generated table give no year-over-year finding; changing one
/// thing in the second year gives exactly its rule.
#[test]
fn generated_years_trigger_each_rule_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let clean = generated_pair(&d.join("bersih"), |_| {});
    assert_eq!(clean.years, [2020, 2021]);
    assert_eq!(clean.groups.len(), 6);
    assert!(clean.findings.is_empty(), "{:?}", clean.findings);
    // one indicator fewer in 2021 (Y104)
    let fewer = generated_pair(&d.join("kurang"), |s| s.per_sasaran = 2);
    assert_eq!(codes(&fewer), ["Y104".to_string()].into());
    assert_eq!(
        fewer.findings.iter().filter(|f| f.year == 2021).count(),
        2,
        "{:?}",
        fewer.findings
    );
}

/// `--select` and `--ignore` apply to the Y rules of `rakit compare`.
#[test]
fn select_and_ignore_apply_to_year_rules() {
    let files: Vec<PathBuf> = YEARS.iter().map(|y| sample(y)).collect();
    let run = |extra: &[&str]| -> std::collections::BTreeSet<String> {
        let out = rakit()
            .args(["compare", "--format", "json"])
            .args(extra)
            .args(&files)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                assert_eq!(f["severity"], "warning");
                f["code"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let all = run(&[]);
    assert!(all.contains("Y102") && all.contains("Y104"), "{all:?}");
    assert_eq!(run(&["--select", "Y102"]), ["Y102".to_string()].into());
    let ignored = run(&["--ignore", "indikator-muncul-hilang"]);
    assert!(!ignored.contains("Y104") && ignored.contains("Y102"));
    // the page of a Y rule
    rakit()
        .args(["rules", "Y102"])
        .assert()
        .success()
        .stdout(predicates::str::contains("# Y102 target-melonjak"));
}

/// Three years of a table with a Polaritas column: each year's realisasi against the previous
/// year's and every earlier one, better or worse by the polarity, in the JSON and in the
/// summary workbook (against the previous year and the first year).
#[test]
fn changes_against_every_earlier_year_with_polarity() {
    let dir = tempfile::tempdir().unwrap();
    // (name, polaritas, realisasi 2021, 2022, 2023); target 10 / 80 every year
    let rows: [(&str, &str, f64, [f64; 3]); 2] = [
        ("Angka kematian ibu", "turun", 10.0, [5.0, 4.0, 6.0]),
        ("Persentase jalan mantap", "naik", 80.0, [70.0, 72.0, 71.0]),
    ];
    let files: Vec<PathBuf> = (0..3)
        .map(|y| {
            let year = 2021 + y;
            let mut wb = rust_xlsxwriter::Workbook::new();
            let ws = wb.add_worksheet();
            ws.set_name(format!("PK {year}")).unwrap();
            ws.write(0, 0, format!("PENGUKURAN KINERJA TAHUN {year}"))
                .unwrap();
            for (c, h) in [
                "No",
                "Indikator Kinerja",
                "Polaritas",
                "Target",
                "Realisasi",
            ]
            .iter()
            .enumerate()
            {
                ws.write(2, c as u16, *h).unwrap();
            }
            for (i, (name, pol, t, r)) in rows.iter().enumerate() {
                let row = 3 + i as u32;
                ws.write(row, 0, (i + 1) as f64).unwrap();
                ws.write(row, 1, *name).unwrap();
                ws.write(row, 2, *pol).unwrap();
                ws.write(row, 3, *t).unwrap();
                ws.write(row, 4, r[y as usize]).unwrap();
            }
            let p = dir.path().join(format!("pk-{year}.xlsx"));
            wb.save(&p).unwrap();
            p
        })
        .collect();
    let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
    let c = compare::compare(&reports, &CompareConfig::default());
    assert_eq!(c.years, [2021, 2022, 2023]);
    let v = c.to_json_value(Lang::Id);
    let ind = |name: &str| {
        v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name)
            .unwrap()
            .clone()
    };
    let aki = ind("Angka kematian ibu");
    let y = &aki["years"]["2023"];
    // against the previous year, as before
    assert_eq!(y["change"], "2");
    assert_eq!(y["change_pct"], "50");
    assert_eq!(y["direction"], "▲ naik (memburuk)");
    // against every earlier year
    assert_eq!(y["changes"]["2022"]["change"], "2");
    assert_eq!(y["changes"]["2021"]["change"], "1");
    assert_eq!(y["changes"]["2021"]["change_pct"], "20");
    assert_eq!(y["changes"]["2021"]["direction"], "▲ naik (memburuk)");
    assert_eq!(
        aki["years"]["2022"]["changes"]["2021"]["direction"],
        "▼ turun (membaik)"
    );
    assert!(aki["years"]["2021"].get("changes").is_none());
    let jalan = ind("Persentase jalan mantap");
    let y = &jalan["years"]["2023"];
    assert_eq!(y["direction"], "▼ turun (memburuk)");
    assert_eq!(y["changes"]["2021"]["change"], "1");
    assert_eq!(y["changes"]["2021"]["direction"], "▲ naik (membaik)");
    assert_eq!(y["changes"]["2021"]["change_pct"], "1.43");
    // the summary workbook: the previous year and the first year
    let out = dir.path().join("ringkasan.xlsx");
    std::fs::write(&out, c.to_xlsx(Lang::Id).unwrap()).unwrap();
    let mut wb = open_workbook_auto(&out).unwrap();
    let ind = wb.worksheet_range("Indikator").unwrap();
    let col = header_columns(&ind);
    let row = ind
        .rows()
        .find(|r| {
            r[col("Nama pada tahun itu")] == Data::String("Persentase jalan mantap".into())
                && r[col("Tahun")].as_f64() == Some(2023.0)
        })
        .unwrap();
    assert_eq!(row[col("Perubahan realisasi")].as_f64(), Some(-1.0));
    assert_eq!(row[col("Arah")], Data::String("▼ turun (memburuk)".into()));
    assert_eq!(row[col("Tahun awal")].as_f64(), Some(2021.0));
    assert_eq!(row[col("Perubahan sejak tahun awal")].as_f64(), Some(1.0));
    assert_eq!(
        row[col("Perubahan sejak tahun awal (%)")].as_f64(),
        Some(1.43)
    );
    assert_eq!(
        row[col("Arah sejak tahun awal")],
        Data::String("▲ naik (membaik)".into())
    );
}

/// A sheet whose indicator names are formulas into another year's table (`Rekap`) is a
/// summary, left out and named so; one whose names are formulas into a sheet of raw data
/// holding no table is a year's own table, compared.
#[test]
fn a_summary_of_formulas_is_left_out_but_names_taken_from_data_are_not() {
    use rust_xlsxwriter::Formula;
    let dir = tempfile::tempdir().unwrap();
    let names = ["Angka kematian ibu", "Persentase jalan mantap"];
    let mut wb = rust_xlsxwriter::Workbook::new();
    let header = |ws: &mut rust_xlsxwriter::Worksheet, year: i32| {
        ws.write(0, 0, format!("PENGUKURAN KINERJA TAHUN {year}"))
            .unwrap();
        for (c, h) in ["No", "Indikator Kinerja", "Target", "Realisasi"]
            .iter()
            .enumerate()
        {
            ws.write(2, c as u16, *h).unwrap();
        }
    };
    let ws = wb.add_worksheet().set_name("PK 2021").unwrap();
    header(ws, 2021);
    for (i, n) in names.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write(r, 0, (i + 1) as f64).unwrap();
        ws.write(r, 1, *n).unwrap();
        ws.write(r, 2, 80.0).unwrap();
        ws.write(r, 3, 75.0 + i as f64).unwrap();
    }
    let ws = wb.add_worksheet().set_name("Data").unwrap();
    ws.write(0, 0, "Daftar nama indikator").unwrap();
    for (i, n) in names.iter().enumerate() {
        ws.write(1 + i as u32, 0, *n).unwrap();
    }
    // the 2022 rows, each name a formula into another sheet's cell
    let rows_of_formulas = |ws: &mut rust_xlsxwriter::Worksheet, to: &dyn Fn(usize) -> String| {
        for (i, n) in names.iter().enumerate() {
            let r = 3 + i as u32;
            ws.write(r, 0, (i + 1) as f64).unwrap();
            ws.write_formula(r, 1, Formula::new(to(i)).set_result(*n))
                .unwrap();
            ws.write(r, 2, 82.0).unwrap();
            ws.write(r, 3, 79.0 + i as f64).unwrap();
        }
    };
    let ws = wb.add_worksheet().set_name("PK 2022").unwrap();
    header(ws, 2022);
    rows_of_formulas(ws, &|i| format!("=Data!A{}", 2 + i));
    let ws = wb.add_worksheet().set_name("Rekap").unwrap();
    ws.write(0, 0, "REKAPITULASI CAPAIAN KINERJA").unwrap();
    for (c, h) in ["No", "Indikator", "Target 2022", "Realisasi 2022"]
        .iter()
        .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    rows_of_formulas(ws, &|i| format!("='PK 2021'!B{}", 4 + i));
    let p = dir.path().join("pk-2021-2022.xlsx");
    wb.save(&p).unwrap();
    let c = compare::compare(&[check(&p)], &CompareConfig::default());
    assert_eq!(c.years, [2021, 2022]);
    let left: Vec<(&str, &str, bool)> = c
        .repeated
        .iter()
        .map(|r| (r.sheet.as_str(), r.kept_sheet.as_str(), r.summary))
        .collect();
    assert_eq!(left, [("Rekap", "PK 2021", true)]);
    // the 2022 figures are PK 2022's
    for g in &c.groups {
        let e = g.entries.iter().find(|e| e.year == 2022).unwrap();
        assert_eq!(e.source.sheet().as_ref(), "PK 2022");
    }
}

/// A monthly table's year: the realisasi is the table's own total ("Jumlah", column AQ of the
/// monthly sample), not the last month's, and the % is the year's; every figure equals its
/// source cell.
#[test]
fn a_monthly_table_gives_its_year_total() {
    let path = sample("rencana-aksi-bulanan-2024.xlsx");
    let collected = compare::collect::collect(&[check(&path)]);
    let mut wb = open_workbook_auto(&path).unwrap();
    let mut seen = 0;
    for e in collected.years.iter().flat_map(|(_, entries)| entries) {
        let Some(r) = &e.realisasi else { continue };
        assert!(
            r.source.cell.to_string().starts_with("AQ"),
            "{}: {}",
            e.name,
            r.source.cell
        );
        let range = wb.worksheet_range(r.source.sheet()).unwrap();
        let (row, col) = calamine_pos(&r.source.cell.to_string());
        let cell = range.get_value((row, col)).unwrap();
        if let Some(v) = cell.as_f64() {
            assert_eq!(r.value.to_string().parse::<f64>().unwrap(), v, "{}", e.name);
        }
        if let Some(c) = &e.capaian {
            assert!(
                c.source.cell.to_string().starts_with("AR"),
                "{}: {}",
                e.name,
                c.source.cell
            );
        }
        seen += 1;
    }
    assert!(seen >= 4, "{seen}");
}

/// `AQ12` → zero-based (11, 42).
fn calamine_pos(cell: &str) -> (u32, u32) {
    let letters: String = cell
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let row: u32 = cell[letters.len()..].parse().unwrap();
    let col = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    (row - 1, col - 1)
}

/// The column of each heading in a sheet's first row; a heading that is not there fails,
/// naming it.
fn header_columns(range: &calamine::Range<Data>) -> impl Fn(&str) -> usize {
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect();
    move |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    }
}

/// What `rakit compare` reads of a file (the models, no rules) compares exactly as the checked
/// file does: the same JSON document and the same summary workbook sheets.
#[test]
fn reading_for_compare_compares_as_checking_does() {
    let mut names: Vec<&str> = YEARS.to_vec();
    names.extend([
        "bone-2020-rencana-aksi.xlsx",
        "evaluasi-renja-e81-2024.xlsx",
        "rencana-aksi-bulanan-2024.xlsx",
        "banjar-pk-2015.xls",
    ]);
    let checked = compare::compare(&reports(&names), &CompareConfig::default());
    let read: Vec<_> = names
        .iter()
        .map(|n| rakit::app::read_file_for_compare(&sample(n), None))
        .collect();
    assert!(read
        .iter()
        .all(|r| r.error.is_none() && r.findings.is_empty()));
    let c = compare::compare(&read, &CompareConfig::default());
    assert!(c.groups.len() > 50, "{}", c.groups.len());
    for lang in Lang::ALL {
        assert_eq!(c.to_json(lang), checked.to_json(lang));
    }
    let cells = |c: &Comparison| {
        let bytes = c.to_xlsx(Lang::Id).unwrap();
        let mut wb = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        wb.worksheets()
    };
    assert_eq!(cells(&c), cells(&checked));
}

/// A file compare cannot use says why on stderr with check's own message, and the others are
/// still compared; the exit code is 2.
#[test]
fn unusable_files_get_check_messages() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for y in YEARS {
        std::fs::copy(sample(y), d.join(y)).unwrap();
    }
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "Daftar hadir").unwrap();
    ws.write(1, 0, "Nama").unwrap();
    ws.write(1, 1, "Jabatan").unwrap();
    wb.save(d.join("daftar-hadir.xlsx")).unwrap();
    let bytes = std::fs::read(sample(YEARS[0])).unwrap();
    std::fs::write(d.join("terpotong.xlsx"), &bytes[..bytes.len() / 2]).unwrap();
    let out = rakit()
        .args(["compare", "--format", "json"])
        .arg(d)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for bad in ["daftar-hadir.xlsx", "terpotong.xlsx"] {
        let p = d.join(bad);
        let report = rakit::app::check_file(&p, None, &rakit::rules::Options::default());
        let e = report.error.expect("check fails on it too");
        let line = format!("{}: {}", p.display(), e.message.render(Lang::Id));
        assert!(stderr.lines().any(|l| l == line), "{line}\n{stderr}");
        let read = rakit::app::read_file_for_compare(&p, None);
        assert_eq!(read.error.map(|e| e.kind), Some(e.kind));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["indicators"].as_array().map(Vec::len), Some(45));
}

/// One year given twice (Banjar 2013 as .ods and .xlsx, 2015 as .xls and .xlsx, as a folder
/// of submissions often holds it): each year is compared once, the copy left out and named
/// with the sheet taken instead; the groups are those of the four years given once.
#[test]
fn a_year_given_twice_is_compared_once() {
    let once = banjar(Pins::default());
    assert!(once.repeated.is_empty(), "{:?}", once.repeated);
    let twice = compare::compare(
        &reports(&[
            "banjar-pk-2013.ods",
            "banjar-pk-2013.xlsx",
            "banjar-pk-2014.xlsx",
            "banjar-pk-2015.xls",
            "banjar-pk-2015.xlsx",
            "banjar-pk-2016.xlsx",
        ]),
        &CompareConfig::default(),
    );
    let left_out: Vec<(i32, String, String)> = twice
        .repeated
        .iter()
        .map(|r| {
            let file = |p: &str| {
                Path::new(p)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .to_string()
            };
            (r.year, file(&r.path), file(&r.kept_path))
        })
        .collect();
    assert_eq!(
        left_out,
        [
            (
                2013,
                "banjar-pk-2013.xlsx".into(),
                "banjar-pk-2013.ods".into()
            ),
            (
                2015,
                "banjar-pk-2015.xlsx".into(),
                "banjar-pk-2015.xls".into()
            ),
        ]
    );
    let mut a = all_groups(&once);
    let mut b = all_groups(&twice);
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert!(twice.repeated.iter().all(|r| r.shared == r.indicators));
    // the JSON document names them
    let json = twice.to_json_value(Lang::Id);
    assert_eq!(json["sheets_repeating_a_year"][0]["year"], 2013);
    assert_eq!(
        json["sheets_repeating_a_year"][1]["same_as"]["sheet"],
        "Sheet1"
    );
    // and the overview sheet
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.xlsx");
    std::fs::write(&out, twice.to_xlsx(Lang::Id).unwrap()).unwrap();
    let mut wb = open_workbook_auto(&out).unwrap();
    let overview = wb.worksheet_range("Ringkasan").unwrap();
    let lines: Vec<String> = overview
        .rows()
        .map(|r| r.first().map(|c| c.to_string()).unwrap_or_default())
        .filter(|t| t.starts_with("tidak dibandingkan (tabel"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].ends_with("banjar-pk-2013.xlsx › PK 2013"),
        "{lines:?}"
    );
}

/// Of two sheets holding the same year's table, the one with the most realisasi is taken,
/// whichever is given first; between equals, the first given.
#[test]
fn of_two_copies_of_a_year_the_fuller_is_taken() {
    use common::submission::Submission;
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, year: i32, blank: usize| {
        let p = dir.path().join(name);
        Submission {
            year,
            blank_realisasi: blank,
            ..Submission::default()
        }
        .write(&p);
        p
    };
    let draft = write("a-draft-2021.xlsx", 2021, 3);
    let full = write("b-final-2021.xlsx", 2021, 0);
    let before = write("pk-2020.xlsx", 2020, 0);
    let kept = |files: &[&PathBuf]| {
        let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
        let c = compare::compare(&reports, &CompareConfig::default());
        assert_eq!(c.repeated.len(), 1, "{:?}", c.repeated);
        assert_eq!(c.groups.len(), 6, "each indicator once");
        let g = &c.groups[1];
        let e = g.entry(2021).unwrap();
        assert_eq!(e.source.path().as_ref(), c.repeated[0].kept_path);
        c.repeated[0].kept_path.clone()
    };
    let name = |p: String| {
        Path::new(&p)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string()
    };
    assert_eq!(name(kept(&[&before, &draft, &full])), "b-final-2021.xlsx");
    assert_eq!(name(kept(&[&before, &full, &draft])), "b-final-2021.xlsx");
    let copy = dir.path().join("c-copy-2021.xlsx");
    std::fs::copy(&full, &copy).unwrap();
    assert_eq!(name(kept(&[&copy, &before, &full])), "c-copy-2021.xlsx");
    // two sheets of one year with other indicators are both taken (a table split in two)
    let reports: Vec<_> = [&before, &full].iter().map(|f| check(f)).collect();
    assert!(compare::compare(&reports, &CompareConfig::default())
        .repeated
        .is_empty());
}

/// Files of two agencies: said on the terminal, in the JSON and on the overview sheet, and
/// the same year's tables of the two are not taken for copies of each other though their
/// indicators bear the same names (two Bappeda's evaluation forms of 2023, of Minahasa and
/// of Sintang). One agency's files, renamed over the years (Banjar), are one agency.
#[test]
fn files_of_several_agencies_are_told_apart() {
    use predicates::prelude::*;
    let heldout = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let minahasa = heldout.join("evaluasi-86-02-17-bappeda-2023.xlsx");
    let sintang = sample("evaluasi-renja-17kolom-2023.xlsx");
    let sintang_xls = heldout.join("evaluasi-86-10-15-bappeda-2023.xls");
    let c = compare::compare(
        &[check(&minahasa), check(&sintang)],
        &CompareConfig::default(),
    );
    assert!(c.repeated.is_empty(), "{:?}", c.repeated);
    assert_eq!(c.agencies.len(), 2, "{:?}", c.agencies);
    assert!(c.agencies[0].name.contains("MINAHASA"));
    assert!(c.agencies[1].name.contains("SINTANG"));
    // the same agency's year twice is one table
    let same = compare::compare(
        &[check(&sintang), check(&sintang_xls)],
        &CompareConfig::default(),
    );
    assert_eq!(same.agencies.len(), 1, "{:?}", same.agencies);
    assert_eq!(same.repeated.len(), 1);
    assert_eq!(banjar(Pins::default()).agencies.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.xlsx");
    rakit()
        .arg("compare")
        .arg(&minahasa)
        .arg(&sintang)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicates::str::contains("berkas dari 2 OPD"))
        .stderr(predicates::str::contains("KABUPATEN MINAHASA: "));
    let mut wb = open_workbook_auto(&out).unwrap();
    let overview = wb.worksheet_range("Ringkasan").unwrap();
    assert!(overview.rows().any(|r| r
        .iter()
        .any(|c| c.to_string().starts_with("Berkas dari 2 OPD"))));
    rakit()
        .arg("compare")
        .arg(&sintang)
        .arg(&sintang_xls)
        .arg("--format")
        .arg("json")
        .arg("--lang")
        .arg("en")
        .assert()
        .success()
        .stderr(predicates::str::contains("this 2023 table is already in"))
        .stderr(predicates::str::contains("agencies").not());
    let banjar_dir = tempfile::tempdir().unwrap();
    for y in YEARS {
        std::fs::copy(sample(y), banjar_dir.path().join(y)).unwrap();
    }
    rakit()
        .arg("compare")
        .arg(banjar_dir.path())
        .arg("--format")
        .arg("json")
        .assert()
        .success()
        .stderr(predicates::str::contains("OPD").not())
        .stderr(predicates::str::contains("sudah ada").not());
}

/// Two evaluation reports of one agency's year, of Triwulan II and of Triwulan IV (the
/// title's "PERIODE PELAKSANAAN"): the later quarter's is compared, whichever is given first.
#[test]
fn of_two_reports_of_a_year_the_later_quarter_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evaluasi-renja-e81-2024.xlsx";
    let tw2 = sample_with_text(
        dir.path(),
        name,
        "Evaluasi Renja",
        "A3",
        "PERIODE PELAKSANAAN : TRIWULAN II TAHUN 2024",
    );
    let tw4 = sample(name);
    for files in [[&tw2, &tw4], [&tw4, &tw2]] {
        let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
        let c = compare::compare(&reports, &CompareConfig::default());
        assert_eq!(c.repeated.len(), 1, "{:?}", c.repeated);
        assert_eq!(c.repeated[0].kept_path, tw4.display().to_string());
        assert_eq!(c.repeated[0].path, tw2.display().to_string());
    }
}

/// Copies the workbooks of a blind agency's folder (`tests/data/<set>/<agency>`) into `to`.
fn copy_agency(set: &str, agency: &str, to: &Path) {
    let from = data(set).join(agency);
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x != "json") {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

/// The names of an indicator sheet's first column, read back from a summary workbook.
fn overview_and_names(path: &Path) -> (bool, Vec<String>) {
    let mut wb = open_workbook_auto(path).unwrap();
    let has_overview = wb.sheet_names().iter().any(|n| n == "Ringkasan");
    let names = wb
        .worksheet_range("Indikator")
        .map(|r| {
            r.rows()
                .flat_map(|row| row.iter().map(|c| c.to_string()))
                .collect()
        })
        .unwrap_or_default();
    (has_overview, names)
}

/// `rakit compare --format json` of one folder.
fn compare_json_of(dir: &Path) -> serde_json::Value {
    let out = rakit()
        .arg("compare")
        .arg(dir)
        .arg("--format")
        .arg("json")
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `--per-folder`: a verifier's folder of agencies, one subfolder each, compared agency by
/// agency in one run; a folder that fails fails alone.
#[test]
fn per_folder_compares_each_subfolder_alone() {
    use predicates::prelude::*;
    let (root, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (bitung, ketapang, broken) = (
        root.path().join("dinkes-bitung"),
        root.path().join("pupr-ketapang"),
        root.path().join("rusak"),
    );
    copy_agency("blind", "dinkes-kota-bitung", &bitung);
    copy_agency("blind2", "pupr-ketapang", &ketapang);
    std::fs::create_dir_all(&broken).unwrap();
    let bomb = data("hostile-zip-bomb.xlsx");
    std::fs::copy(&bomb, broken.join("pk-2020.xlsx")).unwrap();
    // a bad file beside good years: named, and the folder's summary still written
    std::fs::copy(&bomb, ketapang.join("salinan-rusak.xlsx")).unwrap();

    // one folder holding several agencies, compared as one: told, and pointed to --per-folder
    rakit()
        .arg("compare")
        .arg(root.path())
        .arg("-o")
        .arg(elsewhere.path().join("campur.xlsx"))
        .assert()
        .stderr(predicate::str::contains("berkas dari 2 OPD"))
        .stderr(predicate::str::contains("--per-folder"));

    rakit()
        .arg("compare")
        .arg("--per-folder")
        .arg(root.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pk-2020.xlsx"))
        .stderr(predicate::str::contains("salinan-rusak.xlsx"))
        .stdout(predicate::str::contains(
            "3 folder dibandingkan, 2 buku kerja ringkasan ditulis",
        ));
    let expect = [
        (
            &bitung,
            "perbandingan-2017-2020.xlsx",
            "DINAS KESEHATAN KOTA BITUNG",
        ),
        (&ketapang, "perbandingan-2021-2024.xlsx", "PEKERJAAN UMUM"),
    ];
    for (dir, name, agency) in expect {
        let (overview, cells) = overview_and_names(&dir.join(name));
        assert!(overview, "{name}: no overview sheet");
        assert!(
            !cells.is_empty(),
            "{}: no indicator sheet read back",
            dir.display()
        );
        // each summary holds its own agency's years only
        let doc = compare_json_of(dir);
        assert_eq!(doc["agencies"].as_array().map(Vec::len), Some(1));
        assert!(doc["agencies"][0]["name"]
            .as_str()
            .unwrap()
            .contains(agency));
    }
    assert!(std::fs::read_dir(&broken).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("perbandingan")));

    // the JSON documents by folder, each the one the folder gives alone
    let all = rakit()
        .arg("compare")
        .arg("--per-folder")
        .arg(root.path())
        .arg("--format")
        .arg("json")
        .output()
        .unwrap();
    assert_eq!(all.status.code(), Some(2));
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let keys: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 2, "{keys:?}");
    for dir in [&bitung, &ketapang] {
        let alone = compare_json_of(dir);
        assert_eq!(all[dir.display().to_string()], alone, "{}", dir.display());
    }

    // -o names the folder the summaries go to, each by its folder's name
    let out = elsewhere.path().join("hasil");
    rakit()
        .arg("compare")
        .arg("--per-folder")
        .arg(&bitung)
        .arg(&ketapang)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2);
    assert!(overview_and_names(&out.join("dinkes-bitung.xlsx")).0);
    assert!(overview_and_names(&out.join("pupr-ketapang.xlsx")).0);

    // the matches are one agency's: not with --per-folder
    rakit()
        .arg("compare")
        .arg("--per-folder")
        .arg(root.path())
        .arg("--print-matches")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--per-folder"));
}

/// A year without budget lines takes its budget from a budget table (program / kegiatan,
/// anggaran, realisasi): the JUMLAH line of one on a sheet of its own, and, for a table in
/// thousands without a JUMLAH, the sum of its programmes times a thousand, its source the
/// column's header. A year with budget lines keeps them (Banjar 2014: A47).
#[test]
fn a_budget_table_gives_the_years_budget() {
    let budget_of = |file: &str| -> serde_json::Value {
        let out = rakit()
            .args(["compare", "--format", "json"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["budget"].clone()
    };
    let sleman = &budget_of("tests/data/blind7/sleman-dinkes-pk-2024.xlsx")["2024"];
    assert_eq!(sleman["anggaran"], "18118450000", "{sleman}");
    assert_eq!(sleman["realisasi"], "17378719550", "{sleman}");
    assert_eq!(sleman["serapan"], "95.92", "{sleman}");
    assert_eq!(sleman["anggaran_source"]["sheet"], "Anggaran");
    assert_eq!(sleman["anggaran_source"]["cell"], "C14");
    let malang = &budget_of("tests/data/blind8/malang-disdik-ra-2024.xlsx")["2024"];
    // 685.822.250 + 299.662.600 + 3.865.200 + 425.000 + 186.400 thousand rupiah
    assert_eq!(malang["anggaran"], "989961450000", "{malang}");
    assert_eq!(malang["anggaran_source"]["cell"], "C5");
    // in millions ("Anggaran (Rp juta)"), the JUMLAH as written
    let gresik = &budget_of("tests/data/blind8/gresik-bappelitbangda-lkjip-2023.ods")["2023"];
    assert_eq!(gresik["anggaran"], "21731000000", "{gresik}");
    let banjar = &budget_of("sample-workbooks/banjar-pk-2014.xlsx")["2014"];
    assert_eq!(banjar["anggaran_source"]["cell"], "A47", "{banjar}");
}

/// A monthly sheet with no year's total (`Target 2020 | Januari … Desember`): the year's
/// realisasi of what is produced, earned or poured month by month (`ton`, `Rp`, `m3`, a
/// count) is the months' sum; of a level (`%`, an index) the last month's, and of a running
/// total too.
#[test]
fn months_of_amounts_add_up_and_levels_do_not() {
    use rust_xlsxwriter::{Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("realisasi-bulanan-2020.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Bulanan 2020").unwrap();
    ws.write(0, 0, "LAPORAN REALISASI KINERJA BULANAN TAHUN 2020")
        .unwrap();
    let merged = Format::new();
    for (c, h) in ["No", "Indikator Kinerja", "Satuan", "Target 2020"]
        .iter()
        .enumerate()
    {
        ws.merge_range(2, c as u16, 3, c as u16, h, &merged)
            .unwrap();
    }
    ws.merge_range(2, 4, 2, 15, "Realisasi Bulan", &merged)
        .unwrap();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    for (i, m) in months.iter().enumerate() {
        ws.write(3, 4 + i as u16, *m).unwrap();
    }
    // name, unit, target, a month's figure (the k-th month's: base + step × (3k mod 5), up and
    // down; a running total's base + step × k), the year's
    type Row<'a> = (&'a str, &'a str, f64, f64, f64, f64);
    let rows: [Row; 6] = [
        ("Produksi daging sapi", "ton", 1000.0, 80.0, 1.0, 983.0),
        (
            "Pendapatan retribusi pemakaian RPH",
            "Rp",
            400_000_000.0,
            32_000_000.0,
            500_000.0,
            395_500_000.0,
        ),
        (
            "Volume limbah cair diolah",
            "m3",
            3000.0,
            240.0,
            2.0,
            2926.0,
        ),
        (
            "Jumlah ternak yang dipotong",
            "ekor",
            5000.0,
            400.0,
            3.0,
            4869.0,
        ),
        ("Persentase daging ASUH", "%", 95.0, 95.0, 0.2, 95.6),
        // a running total: each month's the year's to date
        (
            "Jumlah pengguna jasa terdaftar",
            "orang",
            120.0,
            100.0,
            2.0,
            122.0,
        ),
    ];
    for (i, (name, unit, t, base, step, _)) in rows.iter().enumerate() {
        let r = 4 + i as u32;
        ws.write(r, 0, (i + 1) as f64).unwrap();
        ws.write(r, 1, *name).unwrap();
        ws.write(r, 2, *unit).unwrap();
        ws.write(r, 3, *t).unwrap();
        let running = i == rows.len() - 1;
        for k in 0..12 {
            let m = if running { k } else { (3 * k) % 5 };
            ws.write(r, 4 + k as u16, base + step * m as f64).unwrap();
        }
    }
    wb.save(&path).unwrap();

    let collected = compare::collect::collect(&[check(&path)]);
    let read: Vec<(String, f64)> = collected
        .years
        .iter()
        .flat_map(|(_, entries)| entries)
        .map(|e| {
            let r = e.realisasi.as_ref().map(|r| r.value.to_string());
            (
                e.name.to_string(),
                r.and_then(|v| v.parse().ok()).unwrap_or(f64::NAN),
            )
        })
        .collect();
    let expected: Vec<(String, f64)> = rows.iter().map(|r| (r.0.to_string(), r.5)).collect();
    assert_eq!(read, expected);
}

/// A sheet of two years' tables side by side (`TAHUN 2022` over `No | Indikator | Satuan |
/// Target | Realisasi | Capaian` and, past an empty column, `TAHUN 2023` over the same
/// columns again), each with its own names and rows and a Sasaran line merged across it:
/// each table is read as its year's, and a finding in the right one names the right one's
/// indicator. The same table printed twice under one year stays one table.
#[test]
fn two_years_side_by_side_each_read_as_its_own() {
    use rust_xlsxwriter::{Format, Workbook};
    // name, unit, target, realisasi, stated %
    type Row<'a> = (&'a str, &'a str, f64, f64, f64);
    let left: [Row; 3] = [
        ("Prosentase Koperasi Aktif", "%", 64.0, 64.01, 100.02),
        ("Jumlah Koperasi Aktif", "unit", 2210.0, 2038.0, 92.22),
        (
            "Jumlah SDM Koperasi yang Dilatih",
            "orang",
            450.0,
            465.0,
            103.33,
        ),
    ];
    let right: [Row; 4] = [
        ("Persentase koperasi yang aktif", "%", 66.0, 63.59, 96.35),
        ("Jumlah koperasi yang aktif", "unit", 2270.0, 2113.0, 93.08),
        // new this year: the rows of the two tables do not line up
        ("Kontribusi UMKM terhadap PDRB", "%", 59.0, 61.35, 103.98),
        // typed wrong: 433 of 500 is 86.6 %
        (
            "Jumlah pengurus koperasi yang dilatih",
            "orang",
            500.0,
            433.0,
            96.6,
        ),
    ];
    let build = |path: &Path, years: [&str; 2]| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Capaian 2022 & 2023").unwrap();
        let merged = Format::new();
        ws.merge_range(
            0,
            0,
            0,
            12,
            "PERBANDINGAN CAPAIAN KINERJA DINAS KOPERASI",
            &merged,
        )
        .unwrap();
        ws.merge_range(2, 0, 2, 5, years[0], &merged).unwrap();
        ws.merge_range(2, 7, 2, 12, years[1], &merged).unwrap();
        let header = [
            "No",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
        ];
        for (side, rows) in [(0u16, &left[..]), (7, &right[..])] {
            for (c, h) in header.iter().enumerate() {
                ws.write(3, side + c as u16, *h).unwrap();
            }
            ws.merge_range(
                4,
                side,
                4,
                side + 5,
                "Sasaran: Meningkatnya kualitas koperasi",
                &merged,
            )
            .unwrap();
            for (i, (name, unit, t, r, p)) in rows.iter().enumerate() {
                let row = 5 + i as u32;
                ws.write(row, side, (i + 1) as f64).unwrap();
                ws.write(row, side + 1, *name).unwrap();
                ws.write(row, side + 2, *unit).unwrap();
                ws.write(row, side + 3, *t).unwrap();
                ws.write(row, side + 4, *r).unwrap();
                ws.write(row, side + 5, *p).unwrap();
            }
        }
        wb.save(path).unwrap();
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("capaian-2022-2023.xlsx");
    build(&path, ["TAHUN 2022", "TAHUN 2023"]);

    let report = check(&path);
    assert!(report.error.is_none(), "{:?}", report.error);
    let read = read_by_year(&report);
    let expected = |rows: &[Row]| {
        let mut v: Vec<_> = rows
            .iter()
            .map(|(n, _, t, r, _)| (n.to_string(), t.to_string(), r.to_string()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        read,
        vec![(2022, expected(&left)), (2023, expected(&right))]
    );
    // the one % typed wrong, named by its own table's indicator
    let errors = errors_named(&report);
    assert_eq!(
        errors,
        vec![(
            "M9".to_string(),
            Some("Jumlah pengurus koperasi yang dilatih".to_string())
        )],
        "{:#?}",
        report.findings
    );
    // no year told apart: one table, its figures the left copy's, nothing of another year
    let once = dir.path().join("capaian-2022.xlsx");
    build(&once, ["TAHUN 2022", "TAHUN 2022"]);
    let report = check(&once);
    let m = &report.models[0];
    assert_eq!(m.tables.len(), 1);
    let names: Vec<&str> = m.indikator.iter().map(|i| &*i.nama).collect();
    assert_eq!(names, left.iter().map(|r| r.0).collect::<Vec<_>>());
    assert!(m.indikator.iter().all(|i| i.period.is_none()));
}

/// A year and (name, target, realisasi) of each of its entries.
type YearRead = (i32, Vec<(String, String, String)>);

/// Per year, what `compare` collects of a workbook: (name, target, realisasi) of each entry,
/// sorted.
fn read_by_year(report: &rakit::app::FileReport) -> Vec<YearRead> {
    let collected = compare::collect::collect(std::slice::from_ref(report));
    let fig = |f: &Option<compare::collect::Fig>| {
        f.as_ref()
            .map(|f| f.value.normalize().to_string())
            .unwrap_or_default()
    };
    collected
        .years
        .iter()
        .map(|(y, entries)| {
            let mut v: Vec<_> = entries
                .iter()
                .map(|e| (e.name.clone(), fig(&e.target), fig(&e.realisasi)))
                .collect();
            v.sort();
            (*y, v)
        })
        .collect()
}

/// The cells of a workbook's errors, each with the indicator its place names.
fn errors_named(report: &rakit::app::FileReport) -> Vec<(String, Option<String>)> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == rakit::rules::Severity::Error)
        .map(|f| {
            (
                f.cell(),
                rakit::place::place_of(&report.models, f).indikator,
            )
        })
        .collect()
}

/// A Rencana Aksi printed twice side by side, last year's (`Target 2024`, each quarter T | R)
/// and this year's to TW III (`Target 2025`, each quarter T | R | %), past an empty column,
/// each with its own names, rows and title: each is read as its year's plan, its year's
/// realisasi made of its own quarters, and a % typed wrong in this year's names this year's
/// indicator.
#[test]
fn two_years_plans_side_by_side_each_read_as_its_own() {
    use rust_xlsxwriter::{Format, Workbook};
    // name, unit, year target, quarter target, realisasi per quarter
    type Plan<'a> = (&'a str, &'a str, f64, f64, [Option<f64>; 4]);
    let last: [Plan; 2] = [
        (
            "Jumlah kendaraan baru terdaftar",
            "unit",
            400.0,
            100.0,
            [Some(90.0), Some(95.0), Some(100.0), Some(105.0)],
        ),
        (
            "Persentase kepatuhan wajib pajak",
            "%",
            90.0,
            90.0,
            [Some(85.0), Some(86.0), Some(88.0), Some(89.0)],
        ),
    ];
    let this: [Plan; 3] = [
        (
            "Rasio PKB terhadap PAD",
            "%",
            40.0,
            40.0,
            [Some(38.0), Some(39.0), Some(41.0), None],
        ),
        (
            "Persentase kepatuhan WP",
            "%",
            92.0,
            92.0,
            [Some(88.0), Some(89.0), Some(90.5), None],
        ),
        (
            "Jumlah kendaraan bermotor baru",
            "unit",
            420.0,
            105.0,
            [Some(100.0), Some(104.0), Some(110.0), None],
        ),
    ];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Renaksi 2024-2025").unwrap();
    let merged = Format::new();
    for (side, year, triplets, rows) in
        [(0u16, 2024, false, &last[..]), (14, 2025, true, &this[..])]
    {
        let width: u16 = if triplets { 16 } else { 12 };
        ws.merge_range(
            0,
            side,
            0,
            side + width - 1,
            &format!("RENCANA AKSI DAN REALISASI KINERJA TAHUN {year}"),
            &merged,
        )
        .unwrap();
        for (c, h) in ["No", "Indikator Kinerja", "Satuan"].iter().enumerate() {
            ws.merge_range(2, side + c as u16, 3, side + c as u16, h, &merged)
                .unwrap();
        }
        ws.merge_range(2, side + 3, 3, side + 3, &format!("Target {year}"), &merged)
            .unwrap();
        let per = if triplets { 3 } else { 2 };
        for q in 0..4u16 {
            let at = side + 4 + q * per;
            let label = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"][q as usize];
            ws.merge_range(2, at, 2, at + per - 1, label, &merged)
                .unwrap();
            ws.write(3, at, "T").unwrap();
            ws.write(3, at + 1, "R").unwrap();
            if triplets {
                ws.write(3, at + 2, "%").unwrap();
            }
        }
        for (i, (name, unit, target, qt, reals)) in rows.iter().enumerate() {
            let row = 4 + i as u32;
            ws.write(row, side, (i + 1) as f64).unwrap();
            ws.write(row, side + 1, *name).unwrap();
            ws.write(row, side + 2, *unit).unwrap();
            ws.write(row, side + 3, *target).unwrap();
            for (q, r) in reals.iter().enumerate() {
                let at = side + 4 + q as u16 * per;
                ws.write(row, at, *qt).unwrap();
                if let Some(r) = r {
                    ws.write(row, at + 1, *r).unwrap();
                    if triplets {
                        let pct = (r / qt * 10_000.0).round() / 100.0;
                        ws.write(row, at + 2, pct).unwrap();
                    }
                }
            }
        }
    }
    // this year's TW II of the vehicles typed wrong: 104 of 105 is 99.05 %
    ws.write(6, 14 + 4 + 3 + 2, 90.0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renaksi-2024-2025.xlsx");
    wb.save(&path).unwrap();

    let report = check(&path);
    assert!(report.error.is_none(), "{:?}", report.error);
    let years: Vec<Option<i32>> = report.models.iter().map(|m| m.year()).collect();
    assert_eq!(years, [Some(2024), Some(2025)]);
    let read = read_by_year(&report);
    let row = |n: &str, t: &str, r: &str| (n.to_string(), t.to_string(), r.to_string());
    assert_eq!(
        read,
        vec![
            (
                2024,
                vec![
                    // counted as it happens: the quarters add up
                    row("Jumlah kendaraan baru terdaftar", "400", "390"),
                    // a level: the last quarter's
                    row("Persentase kepatuhan wajib pajak", "90", "89"),
                ]
            ),
            (
                2025,
                vec![
                    row("Jumlah kendaraan bermotor baru", "420", "314"),
                    row("Persentase kepatuhan WP", "92", "90.5"),
                    row("Rasio PKB terhadap PAD", "40", "41"),
                ]
            ),
        ]
    );
    // the one % typed wrong, named by this year's indicator
    let errors = errors_named(&report);
    assert_eq!(
        errors,
        vec![(
            "X7".to_string(),
            Some("Jumlah kendaraan bermotor baru".to_string())
        )],
        "{:#?}",
        report.findings
    );
}

/// A year's table and, under its signature, last year's pasted in with its own title
/// (`PENGUKURAN KINERJA TAHUN 2022`): each table is read as the year its title names. Two
/// tables under titles of one year stay that year's.
#[test]
fn two_years_one_under_the_other_each_read_as_its_own() {
    use rust_xlsxwriter::Workbook;
    // name, target, realisasi
    let top: [(&str, f64, f64); 3] = [
        ("Jumlah titik parkir TJU yang dikelola", 440.0, 452.0),
        ("Jumlah Jukir Terdaftar", 680.0, 702.0),
        ("Jumlah Kendaraan Yang Diderek", 320.0, 331.0),
    ];
    let bottom: [(&str, f64, f64); 3] = [
        ("Jumlah titik parkir tepi jalan umum", 420.0, 431.0),
        ("Jumlah juru parkir yang terdaftar", 650.0, 668.0),
        ("Jumlah kendaraan yang diderek", 300.0, 284.0),
    ];
    let build = |path: &Path, titles: [&str; 2]| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("PK 2023 & 2022").unwrap();
        for (start, title, rows) in [(0u32, titles[0], &top), (14, titles[1], &bottom)] {
            ws.write(start, 0, title).unwrap();
            for (c, h) in [
                "No",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ]
            .iter()
            .enumerate()
            {
                ws.write(start + 2, c as u16, *h).unwrap();
            }
            for (i, (name, t, r)) in rows.iter().enumerate() {
                let row = start + 3 + i as u32;
                ws.write(row, 0, (i + 1) as f64).unwrap();
                ws.write(row, 1, *name).unwrap();
                ws.write(row, 2, *t).unwrap();
                ws.write(row, 3, *r).unwrap();
                ws.write(row, 4, (r / t * 10_000.0).round() / 100.0)
                    .unwrap();
            }
            ws.write(start + 8, 3, "Palindra, 12 Januari 2024").unwrap();
            ws.write(start + 9, 3, "Kepala UPTD Pengelolaan Parkir")
                .unwrap();
        }
        wb.save(path).unwrap();
    };
    let names_by_year = |path: &Path| -> Vec<(i32, Vec<String>)> {
        let collected = compare::collect::collect(&[check(path)]);
        collected
            .years
            .iter()
            .map(|(y, entries)| (*y, entries.iter().map(|e| e.name.clone()).collect()))
            .collect()
    };
    let names = |rows: &[(&str, f64, f64)]| rows.iter().map(|r| r.0.to_string()).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("capaian-parkir-2022-2023.xlsx");
    build(
        &path,
        [
            "PENGUKURAN KINERJA TAHUN 2023",
            "PENGUKURAN KINERJA TAHUN 2022",
        ],
    );
    assert_eq!(
        names_by_year(&path),
        vec![(2022, names(&bottom)), (2023, names(&top))]
    );
    let once = dir.path().join("capaian-parkir-2023.xlsx");
    build(
        &once,
        [
            "PENGUKURAN KINERJA TAHUN 2023",
            "PENGUKURAN KINERJA TAHUN 2023",
        ],
    );
    let mut both: Vec<String> = names(&top);
    both.extend(names(&bottom));
    assert_eq!(names_by_year(&once), vec![(2023, both)]);
}

/// One name written under two sasaran each year (`Persentase realisasi anggaran` under both),
/// the sasaran in another order the second year: each year's row joins the group of its own
/// sasaran, not the one written first. Scored alone the four pairs tie (every name the same),
/// so the order written would decide.
#[test]
fn one_name_under_two_sasaran_joins_by_its_sasaran() {
    let dir = tempfile::tempdir().unwrap();
    let health = "Meningkatnya kualitas pelayanan kesehatan masyarakat";
    let books = "Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah";
    let write = |year: i32, rows: &[(&str, &str, f64, f64)]| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write(0, 0, format!("PENGUKURAN KINERJA TAHUN {year}"))
            .unwrap();
        let head = [
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "%",
        ];
        for (c, h) in head.iter().enumerate() {
            ws.write(2, c as u16, *h).unwrap();
        }
        for (i, (sasaran, name, target, realisasi)) in rows.iter().enumerate() {
            let r = 3 + i as u32;
            ws.write(r, 0, (i + 1) as f64).unwrap();
            ws.write(r, 1, *sasaran).unwrap();
            ws.write(r, 2, *name).unwrap();
            ws.write(r, 3, "%").unwrap();
            ws.write(r, 4, *target).unwrap();
            ws.write(r, 5, *realisasi).unwrap();
            ws.write(r, 6, (realisasi / target * 10_000.0).round() / 100.0)
                .unwrap();
        }
        let p = dir.path().join(format!("pk-{year}.xlsx"));
        wb.save(&p).unwrap();
        p
    };
    let budget = "Persentase realisasi anggaran";
    let a = write(
        2020,
        &[
            (
                health,
                "Persentase balita gizi buruk yang ditangani",
                100.0,
                96.0,
            ),
            (health, budget, 95.0, 91.0),
            (books, "Nilai SAKIP perangkat daerah", 70.0, 68.0),
            (books, budget, 90.0, 84.0),
        ],
    );
    let b = write(
        2021,
        &[
            (books, "Nilai SAKIP perangkat daerah", 72.0, 71.0),
            (books, budget, 92.0, 88.0),
            (
                health,
                "Persentase balita gizi buruk yang ditangani",
                100.0,
                98.0,
            ),
            (health, budget, 96.0, 93.0),
        ],
    );
    let c = compare::compare(&[check(&a), check(&b)], &CompareConfig::default());
    let budgets: Vec<&Group> = c
        .groups
        .iter()
        .filter(|g| g.entries.iter().any(|e| e.name == budget))
        .collect();
    assert_eq!(budgets.len(), 2, "{:#?}", c.groups);
    for g in budgets {
        let sasaran: std::collections::BTreeSet<_> =
            g.entries.iter().map(|e| e.sasaran.as_deref()).collect();
        assert_eq!(g.entries.len(), 2, "{g:#?}");
        assert_eq!(sasaran.len(), 1, "{g:#?}");
    }
}

/// One workbook's sheets of two years naming the agency two ways (`UPTD PPKB Dinas
/// Perhubungan` over 2022, `UPTD Pengawasan Muatan Kendaraan` over 2023) are one agency's,
/// and the second name tells it in another file (2021); sheets of one year naming two
/// agencies (a compilation) stay two.
#[test]
fn a_workbooks_years_named_two_ways_are_one_agency() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().unwrap();
    let sheet = |wb: &mut Workbook, name: &str, agency: &str, year: i32| {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        ws.write(0, 0, "PENGUKURAN KINERJA").unwrap();
        ws.write(1, 0, agency).unwrap();
        ws.write(2, 0, format!("PROVINSI LINTAS SAGARA TAHUN {year}"))
            .unwrap();
        for (c, h) in [
            "No",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "%",
        ]
        .iter()
        .enumerate()
        {
            ws.write(4, c as u16, *h).unwrap();
        }
        let rows = [
            (
                "Jumlah kendaraan yang diperiksa",
                "kendaraan",
                180_000.0,
                175_000.0,
            ),
            (
                "Jumlah kendaraan yang melanggar",
                "kendaraan",
                21_000.0,
                20_000.0,
            ),
            ("Jumlah kalibrasi alat timbang", "kali", 4.0, 4.0),
        ];
        for (i, (n, u, t, r)) in rows.iter().enumerate() {
            let row = 5 + i as u32;
            ws.write(row, 0, (i + 1) as f64).unwrap();
            ws.write(row, 1, *n).unwrap();
            ws.write(row, 2, *u).unwrap();
            ws.write(row, 3, *t).unwrap();
            ws.write(row, 4, *r).unwrap();
            ws.write(row, 5, (r / t * 10_000.0_f64).round() / 100.0)
                .unwrap();
        }
    };
    let (short, long) = (
        "UPTD PPKB DINAS PERHUBUNGAN",
        "UPTD PENGAWASAN MUATAN KENDARAAN",
    );
    let both = dir.path().join("evaluasi-dan-pk-2022-2023.xlsx");
    let mut wb = Workbook::new();
    sheet(&mut wb, "PK 2022", short, 2022);
    sheet(&mut wb, "PK 2023", long, 2023);
    wb.save(&both).unwrap();
    let other = dir.path().join("pk-2021.xlsx");
    let mut wb = Workbook::new();
    sheet(&mut wb, "PK 2021", long, 2021);
    wb.save(&other).unwrap();
    let c = compare::compare(&[check(&both), check(&other)], &CompareConfig::default());
    assert_eq!(c.agencies.len(), 1, "{:?}", c.agencies);
    assert_eq!(c.years, vec![2021, 2022, 2023]);
    assert!(c.groups.iter().all(|g| g.entries.len() == 3));
    // one year's tables of two agencies in one workbook: two agencies
    let compiled = dir.path().join("rekap-opd-2023.xlsx");
    let mut wb = Workbook::new();
    sheet(&mut wb, "Dishub", short, 2023);
    sheet(&mut wb, "Dinkes", "DINAS KESEHATAN", 2023);
    wb.save(&compiled).unwrap();
    let c = compare::compare(&[check(&compiled)], &CompareConfig::default());
    assert_eq!(c.agencies.len(), 2, "{:?}", c.agencies);
}

/// A row the sheet hides whose name notes it a draft (`Jumlah bibit bantuan BPDAS (draft)`,
/// a target and a quarter's `0`) is no indicator of the year (the fifty-ninth round's plan).
#[test]
fn a_hidden_row_named_a_draft_is_not_compared() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(
        "tests/data/blind73/uptd_persemaian_kab_gunung_seriang/Monev Kinerja Persemaian Permanen 2020-2021.ods",
    );
    let c = compare::compare(&[check(&path)], &CompareConfig::default());
    let names: Vec<&str> = c
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.iter().any(|n| n.contains("bibit")), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("(draft)")), "{names:?}");
}
