//! The registry is complete: every rule has a page in docs/rules, a workbook that triggers it
//! and one that does not.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;
use rakit::rules::{RuleId, RULES};

const SAMPLES: [&str; 7] = [
    "banjar-pk-2013.xlsx",
    "banjar-pk-2014.xlsx",
    "banjar-pk-2015.xlsx",
    "banjar-pk-2016.xlsx",
    "bone-2020-rencana-aksi.xlsx",
    "contoh-polaritas-predikat.xlsx",
    // a monthly Rencana Aksi whose year's realisasi is not its months' (Q605)
    "rencana-aksi-bulanan-2024.xlsx",
];

/// The Bone workbook with one kegiatan budget changed, so that its programme's budget no
/// longer equals the sum of its kegiatan (Q604).
fn bone_with_wrong_budget(dir: &Path) -> std::path::PathBuf {
    sample_with_text(
        dir,
        "bone-2020-rencana-aksi.xlsx",
        "RENAKSI 2020",
        "N12",
        "Penyelenggaraan Pelatihan Kewirausahaan\nRp. 40.000.000,-",
    )
}

/// The committed pages of docs/rules are what `cargo run -p xtask -- docs` writes from the
/// rules' doc comments: a page cannot drift from the code, and every rule has one.
#[test]
fn every_rule_has_its_generated_page() {
    use rakit::rules::docs;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let stale = "differs from the code: run `cargo run -p xtask -- docs`";
    for &id in RuleId::ALL {
        let r = id.rule();
        assert!(
            docs::body(id).lines().count() > 5,
            "{id} has no page: its file needs a //! doc comment"
        );
        let page = docs::page(id);
        assert!(page.starts_with(&format!("# {} {}\n", r.code, r.name)));
        let committed =
            std::fs::read_to_string(root.join(format!("{id}.md"))).unwrap_or_else(|_| {
                panic!("docs/rules/{id}.md missing: run `cargo run -p xtask -- docs`")
            });
        assert!(committed == page, "docs/rules/{id}.md {stale}");
    }
    let index = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(index == docs::index(), "docs/rules/README.md {stale}");
    for &id in RuleId::ALL {
        assert!(
            index.contains(&format!("[{id}]({id}.md)")),
            "index lists {id}"
        );
    }
    // no stray page of a rule that does not exist
    for entry in std::fs::read_dir(&root).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(code) = name.strip_suffix(".md").filter(|n| *n != "README") {
            assert!(
                RuleId::from_code(code).is_some(),
                "docs/rules/{name} names no rule"
            );
        }
    }
}

#[test]
fn the_registry_is_one_table_in_code_order() {
    assert_eq!(RuleId::ALL.len(), RULES.len());
    let codes: Vec<(char, u32)> = RuleId::ALL
        .iter()
        .map(|id| {
            let c = id.code();
            (c.chars().next().unwrap(), c[1..].parse().unwrap())
        })
        .collect();
    // each family's codes together and increasing (K1xx, the evaluation form, came last)
    assert!(
        codes
            .windows(2)
            .all(|w| w[0].0 != w[1].0 || w[0].1 < w[1].1),
        "{codes:?}"
    );
    let mut letters: Vec<char> = codes.iter().map(|c| c.0).collect();
    letters.dedup();
    let mut distinct = letters.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(letters.len(), distinct.len(), "{codes:?}");
    for (&id, r) in RuleId::ALL.iter().zip(RULES) {
        assert_eq!(r.id, id);
        assert_eq!(id.to_string(), r.code);
        assert_eq!(RuleId::from_code(r.code), Some(id));
        assert_eq!(RuleId::from_code(&r.code.to_lowercase()), Some(id));
        assert_eq!(RuleId::from_name(r.name), Some(id));
        assert_eq!(rakit::rules::rule(r.code).map(|x| x.id), Some(id));
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            format!("\"{}\"", r.code)
        );
        // the page's fix cell agrees with the flag
        assert_eq!(r.fix_doc.starts_with("**tidak**"), !r.fixable, "{id}");
    }
    assert_eq!(RuleId::from_code("X999"), None);
    assert_eq!(RuleId::from_name("capaian-salah"), Some(RuleId::C101));
    let c1 = rakit::rules::parse_rule_list("C1, V202,salah-ketik").unwrap();
    assert_eq!(c1.len(), 12 + 2);
    assert_eq!(
        rakit::rules::parse_rule_list("C101,Z1"),
        Err("Z1".to_string())
    );
}

#[test]
fn every_rule_fires_somewhere_and_not_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = SAMPLES.iter().map(|s| sample(s)).collect();
    files.push(bone_with_wrong_budget(dir.path()));
    // a real agency workbook, the evaluation form (K101)
    files.push(real_workbook());
    // a small annual table whose % mostly disagree with its columns (L701)
    files.push(doubtful_layout(dir.path()));
    // a generated evaluation form with realisasi anggaran above its anggaran (K102)
    files.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/heldout/evaluasi-86-08-17-dinkes-2024.xlsx"),
    );
    // and one with a mean capaian that is not its column's mean (K104)
    files.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/heldout/evaluasi-86-04-15-dinkes-2025.xlsx"),
    );
    // a TW I report with a TW II figure (K106)
    files.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/heldout/evaluasi-86-12-shifted-dinkes-2022.xlsx"),
    );
    // formulas that branch on a blank polarity (F804), links to another workbook (E902)
    files.push(polarity_table(dir.path(), "polaritas.xlsx", |_| {}));
    files.push(linked_table(dir.path()));
    // a template still holding its placeholders (L702)
    files.push(placeholder_template(dir.path()));
    // an examiner's annual table whose Kategori column misnames a row's category (C112)
    files.push(data("blind7/sleman-dinkes-pk-2024.xlsx"));
    // an examiner's budget table under the indicators: a programme that is not the sum of
    // its kegiatan (A503), a serapan (A504) and a sisa (A505) miscomputed, a realisasi
    // above its anggaran (A506)
    files.push(data("blind8/sumedang-dpupr-lkjip-2023.xlsx"));
    // formulas stored without their results (openpyxl): computed by rakit (E903), and a
    // VLOOKUP it cannot compute (E904)
    files.push(data("unstored/pk-tanpa-hasil-2023.xlsx"));
    // an examiner's Perjanjian Kinerja beside its Pengukuran Kinerja, one target changed
    // between them (S305)
    files.push(data("blind10/pk-bpkad-tanjungwangi-2024.ods"));
    // an examiner's quarterly Rencana Aksi whose year's realisasi is not its quarters' sum
    // (Q606)
    files.push(data("blind13/ra_bapenda_kab_banyuwangi_2024.ods"));
    // an examiner's budget line whose serapan is cut off instead of rounded (A507)
    files.push(data("blind13/pk_dkp_kab_pati_2023.xlsx"));
    // an examiner's evaluation form whose column-12 SUM leaves out a quarter (F805), and a
    // Rencana Aksi whose serapan divides by the anggaran murni where its column's divide by
    // the anggaran perubahan (F806)
    files.push(data("blind18/evaluasi_renja_2024_dpupr_klaten.xlsx"));
    files.push(data("blind18/renaksi_2023_diskopukm_wajo.xlsx"));
    // an examiner's Rencana Aksi whose cumulative realisasi falls (Q607), and one whose
    // budget table's semesters do not add up to the year's realisasi anggaran (A508)
    files.push(data("blind19/klaten_dpupr_2023_ra_tw.xlsx"));
    files.push(data("blind19/banyuwangi_dlh_2022_renaksi_semester.ods"));
    // an examiner's Pengukuran Kinerja whose realisasi of a % is typed as a fraction (V205)
    files.push(data(
        "blind86/uptd_air_panas_wisata_kab_gunung_halimun/PK_UPTD_Air_Panas_2021.ods",
    ));
    // an examiner's Rencana Aksi whose second quarter's realisasi is typed ten times over
    // (Q608)
    files.push(data(
        "blind84/uptd_griya_sehat_kota_tirta_kembang/Laporan_Kinerja_UPTD_Griya_Sehat_2020_2021.xlsx",
    ));
    // corrected copies: workbooks where the corrected rules no longer fire
    for s in SAMPLES {
        let out = dir.path().join(format!("{s}-diperbaiki.xlsx"));
        let r = check(&sample(s));
        rakit::fix::fix(&r, &out, rakit::i18n::Lang::Id).unwrap();
        files.push(out);
    }
    // submissions breaking a policy (P1xx), and duplicates of each other (D1xx)
    use common::submission::Submission;
    let messy = dir.path().join("policy-breaches.xlsx");
    Submission {
        duplicate_indicator: true,
        empty_sasaran: true,
        error_cell: true,
        signature: false,
        date_line: false,
        ..Submission::default()
    }
    .write(&messy);
    files.push(messy);
    for (name, agency) in [("a.xlsx", "DINAS SOSIAL"), ("b.xlsx", "DINAS KESEHATAN")] {
        let p = dir.path().join(name);
        Submission::default().agency(agency).seed(9).write(&p);
        files.push(p);
    }
    let copy = dir.path().join("a (1).xlsx");
    std::fs::copy(dir.path().join("a.xlsx"), &copy).unwrap();
    files.push(copy);
    // every policy requirement on; the P rules run only with a policy
    let opts = rakit::rules::Options {
        policy: Some(rakit::rules::policy::Policy {
            tahun: Some(2020),
            formulir: Some(vec![rakit::layout::TableKind::Annual]),
            tanda_tangan: true,
            baris_tanggal: true,
            tanpa_indikator_ganda: true,
            sasaran_berindikator: true,
            tanpa_sel_galat: true,
            maks_peringatan: Some(20),
        }),
        ..Default::default()
    };
    let mut reports: Vec<_> = files
        .iter()
        .map(|f| rakit::app::check_file(f, None, &opts))
        .collect();
    rakit::app::cross_check(&mut reports, &opts);
    let per_file: Vec<BTreeSet<RuleId>> = reports
        .iter()
        .map(|r| r.findings.iter().map(|x| x.code).collect())
        .collect();
    // without a policy, no P rule; a file alone, no D rule; checking, no Y rule
    for f in &files {
        assert!(check(f).findings.iter().all(|x| !matches!(
            x.code.family(),
            rakit::rules::Family::Policy
                | rakit::rules::Family::Duplicate
                | rakit::rules::Family::YearOverYear
        )));
    }
    // the Y rules compare years (`rakit compare`): each comparison is one "workbook" here
    let per_comparison = comparisons(dir.path());
    for r in RULES {
        let sets = if r.family == rakit::rules::Family::YearOverYear {
            &per_comparison
        } else {
            &per_file
        };
        let fires = sets.iter().filter(|s| s.contains(&r.id)).count();
        assert!(
            fires > 0,
            "{} ({}) is triggered by no workbook",
            r.code,
            r.name
        );
        assert!(
            fires < sets.len(),
            "{} ({}) fires on every workbook",
            r.code,
            r.name
        );
    }
    let q604 = check(&files[SAMPLES.len()]);
    let f = q604.findings.iter().find(|f| f.code == "Q604").unwrap();
    assert_eq!(f.cell(), "H12");
    assert_eq!(f.expected.as_deref(), Some("Rp 40.000.000"));
}

/// The rules each comparison of years reports (`rakit compare`): the four Banjar years (a
/// unit that changes, the 2013 KUR target in juta, counts written without their thousands,
/// indicators that come and go); two years of generated evaluation forms whose Renstra
/// final targets differ; and two clean generated years of the same table.
fn comparisons(dir: &Path) -> Vec<BTreeSet<RuleId>> {
    use common::submission::Submission;
    use rakit::compare::{compare, CompareConfig};
    let heldout = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let clean: Vec<_> = [2020, 2021]
        .iter()
        .map(|&year| {
            let p = dir.join(format!("bersih-{year}.xlsx"));
            Submission {
                year,
                ..Submission::default()
            }
            .write(&p);
            p
        })
        .collect();
    let sets: [Vec<std::path::PathBuf>; 3] = [
        SAMPLES[..4].iter().map(|s| sample(s)).collect(),
        vec![
            heldout.join("evaluasi-86-08-17-dinkes-2024.xlsx"),
            heldout.join("evaluasi-86-04-15-dinkes-2025.xlsx"),
        ],
        clean,
    ];
    sets.iter()
        .map(|files| {
            let reports: Vec<_> = files.iter().map(|f| check(f)).collect();
            let c = compare(&reports, &CompareConfig::default());
            assert!(c.years.len() >= 2, "{files:?}");
            c.findings.iter().map(|f| f.code).collect()
        })
        .collect()
}

/// The real agency workbook kept in `tests/data` (see its README).
fn real_workbook() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx")
}

/// Five annual rows, four with a % that disagrees: the columns may be misread (L701).
fn doubtful_layout(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("doubtful-layout.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = headed_sheet(
        &mut wb,
        "PK 2024",
        "PENGUKURAN KINERJA TAHUN 2024",
        &[
            "No",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "% Capaian",
        ],
    );
    for i in 0..5u32 {
        let (row, t) = (3 + i, 200.0 + i as f64);
        ws.write_number(row, 0, i as f64 + 1.0).unwrap();
        ws.write_string(row, 1, format!("Persentase layanan {}", i + 1))
            .unwrap();
        ws.write_string(row, 2, "%").unwrap();
        ws.write_number(row, 3, t).unwrap();
        ws.write_number(row, 4, 150.0).unwrap();
        let pct = if i < 4 {
            99.0
        } else {
            (150.0 / t * 10000.0_f64).round() / 100.0
        };
        ws.write_number(row, 5, pct).unwrap();
    }
    wb.save(&path).unwrap();
    path
}

/// An annual table whose only row holds `{placeholders}` (L702).
fn placeholder_template(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("templat.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, (h, v)) in [
        ("No", "{no}"),
        ("Indikator Kinerja", "{indikator}"),
        ("Target", "{target}"),
        ("Realisasi", "{realisasi}"),
        ("Capaian (%)", "{capaian}"),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
        ws.write_string(3, c as u16, *v).unwrap();
    }
    wb.save(&path).unwrap();
    path
}
