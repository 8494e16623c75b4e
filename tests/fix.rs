//! `rakit fix` end to end: corrected copies are read back, a check of the copy reports none
//! of the corrected problems again, what fix cannot correct stays listed in Temuan, the
//! input is never touched, and LibreOffice opens every copy.

mod common;

use std::collections::HashSet;
use std::path::Path;

use assert_cmd::Command;
use calamine::{open_workbook_auto, Data, Reader};
use common::*;
use rakit::app::FileReport;
use rakit::i18n::Lang;
use rakit::read::Raw;

fn key(r: &FileReport, fixed: bool) -> HashSet<(String, String, String)> {
    r.findings
        .iter()
        .filter(|f| f.fix.is_some() == fixed)
        .map(|f| (f.sheet.clone(), f.cell(), f.code.to_string()))
        .collect()
}

fn fix_to(input: &Path, out: &Path) -> FileReport {
    let r = check(input);
    rakit::fix::fix(&r, out, Lang::Id).unwrap();
    r
}

#[test]
fn fix_then_check_reports_none_of_the_corrected_problems() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "banjar-pk-2013.xlsx",
        "banjar-pk-2014.xlsx",
        "banjar-pk-2015.xlsx",
        "banjar-pk-2016.xlsx",
        "banjar-pk-2013.ods",
        "banjar-pk-2015.xls",
        "bone-2020-rencana-aksi.xlsx",
        "contoh-polaritas-predikat.xlsx",
    ] {
        let input = sample(name);
        let before = std::fs::read(&input).unwrap();
        let out = dir.path().join(format!("{name}.fixed.xlsx"));
        let original = fix_to(&input, &out);
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{name}: input untouched"
        );
        let fixed = key(&original, true);
        assert!(!fixed.is_empty(), "{name}: something to correct");
        let again = check(&out);
        assert!(again.error.is_none(), "{name}: {:?}", again.error);
        let now: HashSet<_> = again
            .findings
            .iter()
            .map(|f| (f.sheet.clone(), f.cell(), f.code.to_string()))
            .collect();
        let back: Vec<_> = fixed.intersection(&now).collect();
        assert!(
            back.is_empty(),
            "{name}: corrected problems reported again: {back:?}"
        );
        // what fix cannot correct is still there
        for k in key(&original, false) {
            if k.2.starts_with('C') && k.2 != "C109" {
                assert!(now.contains(&k), "{name}: {k:?} disappeared without a fix");
            }
        }
        // the Temuan sheet lists every finding of the original
        let mut wb = open_workbook_auto(&out).unwrap();
        let temuan = wb.worksheet_range("Temuan").unwrap();
        // a rebuilt copy (xls, ods input) ends with a blank row and a note of what it lost
        let rebuilt = !name.ends_with(".xlsx");
        assert_eq!(
            temuan.height(),
            original.findings.len() + 1 + if rebuilt { 2 } else { 0 },
            "{name}: Temuan rows"
        );
        if rebuilt {
            let last = temuan.rows().next_back().unwrap();
            assert!(
                last.iter()
                    .any(|c| c.to_string().contains("dibangun ulang")),
                "{name}: the note says the copy was rebuilt: {last:?}"
            );
        }
        let normal = wb.worksheet_range("Indikator (rakit)").unwrap();
        assert!(normal.height() > 1, "{name}: normalized table");
    }
}

#[test]
fn corrected_cells_are_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pk-2015-diperbaiki.xlsx");
    fix_to(&sample("banjar-pk-2015.xlsx"), &out);
    let mut wb = open_workbook_auto(&out).unwrap();
    let s = wb.worksheet_range("Sheet1").unwrap();
    let at = |cell: &str| {
        let (r, c) = rakit::read::parse_cell_name(cell).unwrap();
        s.get_value((r, c)).cloned()
    };
    assert_eq!(at("G14"), Some(Data::Float(109.9)));
    assert_eq!(at("G11"), Some(Data::Float(101.43)));
    assert_eq!(at("G32"), Some(Data::Float(170.0)));
    // a cell typed as text gets text back, without the ambiguous separator
    assert_eq!(at("G24"), Some(Data::String("1425".into())));
    // untouched cells keep their values
    assert_eq!(
        at("B14"),
        Some(Data::String("Jumlah anggota koperasi".into()))
    );
    // the note keeps the old value
    let bytes = std::fs::read(&out).unwrap();
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut comments = String::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        if f.name().unwrap().contains("comments") {
            std::io::Read::read_to_string(&mut f, &mut comments).unwrap();
        }
    }
    assert!(comments.contains("109,10"), "{comments}");
    // the normalized table carries live formulas with their values
    let formulas = wb.worksheet_formula("Indikator (rakit)").unwrap();
    assert!(formulas.used_cells().any(|(_, _, f)| f.contains("/G")));
    let normal = wb.worksheet_range("Indikator (rakit)").unwrap();
    assert!(normal
        .used_cells()
        .any(|(_, c, v)| c == 9 && matches!(v, Data::Float(_))));
}

#[test]
fn corrected_copies_open_in_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "banjar-pk-2014.xlsx",
        "bone-2020-rencana-aksi.xlsx",
        "banjar-pk-2013.ods",
    ] {
        let out = dir.path().join(format!("{}.xlsx", name.replace('.', "-")));
        fix_to(&sample(name), &out);
        let csv = soffice_csv(&out).unwrap();
        if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
            assert!(
                csv.contains("KINERJA"),
                "{name}: {}",
                &csv[..csv.len().min(300)]
            );
        }
    }
}

#[test]
fn default_output_sits_next_to_the_input_and_drop_mode_works() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pk 2015.xlsx");
    std::fs::copy(sample("banjar-pk-2015.xlsx"), &input).unwrap();
    Command::cargo_bin("rakit")
        .unwrap()
        .env("RAKIT_NO_PAUSE", "1")
        .arg("fix")
        .arg(&input)
        .assert()
        .code(1);
    let out = dir.path().join("pk 2015-diperbaiki.xlsx");
    assert!(out.exists());
    std::fs::remove_file(&out).unwrap();
    // dropped onto the executable: check, then fix
    let o = Command::cargo_bin("rakit")
        .unwrap()
        .env("RAKIT_NO_PAUSE", "1")
        .env("NO_COLOR", "1")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("C101") && text.contains("diperbaiki"),
        "{text}"
    );
    assert!(out.exists());
    // checking the folder, the corrected copy (which agencies send back) is checked and
    // marked as rakit's; fixing the folder does not correct it again
    Command::cargo_bin("rakit")
        .unwrap()
        .env_remove("RAKIT_LANG")
        .args(["check", "-q"])
        .arg(dir.path())
        .assert()
        .stdout(predicates::str::contains("pk 2015.xlsx: gagal"))
        .stdout(predicates::str::contains(
            "pk 2015-diperbaiki.xlsx [salinan perbaikan rakit]:",
        ));
    Command::cargo_bin("rakit")
        .unwrap()
        .args(["fix", "--force"])
        .arg(dir.path())
        .assert()
        .stdout(predicates::str::contains("-diperbaiki-diperbaiki").not());
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn text_cells_keep_their_convention_and_the_input_is_never_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bone-diperbaiki.xlsx");
    fix_to(&sample("bone-2020-rencana-aksi.xlsx"), &out);
    let mut wb = open_workbook_auto(&out).unwrap();
    let s = wb.worksheet_range("RENAKSI 2020").unwrap();
    // G48 was typed "87,30%": it becomes "87,33%", still text, still read as a %
    assert_eq!(s.get_value((47, 6)), Some(&Data::String("87,33%".into())));
    // refusing to write over the input, in the user's language
    let input = dir.path().join("pk.xlsx");
    std::fs::copy(sample("banjar-pk-2015.xlsx"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    Command::cargo_bin("rakit")
        .unwrap()
        .args(["fix", "-o"])
        .arg(&input)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("tidak boleh menimpa"));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn percent_formats_unseen_in_ods_are_not_fixed_into_wrong_values() {
    let dir = tempfile::tempdir().unwrap();
    let Some(ods) = soffice_convert(&sample("contoh-polaritas-predikat.xlsx"), "ods", dir.path())
    else {
        return;
    };
    let r = check(&ods);
    // H15 stores 0.95 under a 0.00% format, read from the ods's styles: not a fraction mistake
    assert!(
        !r.findings.iter().any(|f| f.cell() == "H15"),
        "{:#?}",
        r.findings
    );
    // the real mistakes are still found
    assert!(r
        .findings
        .iter()
        .any(|f| f.cell() == "H12" && f.code == "C101"));
}

/// A copy rebuilt from an .ods keeps its number formats and merged ranges (read from the
/// .ods's XML), as one rebuilt from an .xls does.
#[test]
fn a_copy_rebuilt_from_an_ods_keeps_formats_and_merged_ranges() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("banjar-2013-ods-diperbaiki.xlsx");
    let input = sample("banjar-pk-2013.ods");
    fix_to(&input, &out);
    let original = rakit::read::load(&input).unwrap();
    let copy = rakit::read::load(&out).unwrap();
    let (o, c) = (&original.sheets[0], &copy.sheets[0]);
    assert!(!o.merged.is_empty());
    let sorted = |m: &[rakit::read::Merge]| {
        let mut m = m.to_vec();
        m.sort_by_key(|m| (m.first_row, m.first_col));
        m
    };
    assert_eq!(sorted(&c.merged), sorted(&o.merged));
    let mut formatted = 0;
    for cell in o.cells.iter().filter(|c| c.format.code.is_some()) {
        let back = c.get(cell.row, cell.col).unwrap();
        assert_eq!(
            (back.format.percent, back.format.decimals),
            (cell.format.percent, cell.format.decimals),
            "{cell:?}"
        );
        formatted += 1;
    }
    assert!(formatted >= 5, "{formatted}");
}

/// A504: a typed serapan gets the right one in the copy (banyumas F21, 105,55 → 94,74; F32,
/// 95,58 → 95,85); a serapan computed by a formula that points at the wrong cells is reported
/// but stays a formula (sumedang E23), and the copy checks clean of A504 where it was typed.
#[test]
fn a_typed_serapan_is_corrected_and_a_formula_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("banyumas-diperbaiki.xlsx");
    let r = fix_to(&data("blind8/banyumas-dinkes-lkjip-2024.xlsx"), &out);
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.code == "A504" && f.fix.is_some())
            .count(),
        2
    );
    let mut wb = open_workbook_auto(&out).unwrap();
    let sheet = wb.worksheet_range("Realisasi Anggaran").unwrap();
    assert_eq!(sheet.get_value((20, 5)), Some(&Data::Float(94.74)));
    assert_eq!(sheet.get_value((31, 5)), Some(&Data::Float(95.85)));
    assert!(!check(&out).findings.iter().any(|f| f.code == "A504"));

    let out = dir.path().join("sumedang-diperbaiki.xlsx");
    let r = fix_to(&data("blind8/sumedang-dpupr-lkjip-2023.xlsx"), &out);
    let e23 = r.findings.iter().find(|f| f.cell() == "E23").unwrap();
    assert!(e23.code == "A504" && e23.fix.is_none());
    let copy = rakit::read::load(&out).unwrap();
    let s = copy
        .sheets
        .iter()
        .find(|s| s.name == "Pengukuran Kinerja")
        .unwrap();
    assert!(s.get(22, 4).unwrap().formula.is_some());
}

/// A507: a typed serapan cut off instead of rounded (Pati L32, 92,58 for 92,5873) gets the
/// rounded one at its decimals in the copy, which then checks clean of A507; the serapan
/// beside it that was rounded (and every other budget line) is left as it was.
#[test]
fn a_truncated_serapan_is_rounded_in_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let input = data("blind13/pk_dkp_kab_pati_2023.xlsx");
    let out = dir.path().join("pati-diperbaiki.xlsx");
    let r = fix_to(&input, &out);
    let l32 = r.findings.iter().find(|f| f.code == "A507").unwrap();
    assert_eq!((l32.cell().as_str(), l32.fix.is_some()), ("L32", true));
    let before = rakit::read::load(&input).unwrap();
    let after = rakit::read::load(&out).unwrap();
    let (b, a) = (&before.sheets[0], &after.sheets[0]);
    let number = |s: &str| Raw::Number(s.parse().unwrap());
    assert_eq!(b.get(31, 11).unwrap().value, number("92.58"));
    assert_eq!(a.get(31, 11).unwrap().value, number("92.59"));
    // the other serapan cells of the column are untouched
    for row in b.rows().filter(|&r| r != 31) {
        assert_eq!(
            b.get(row, 11).map(|c| &c.value),
            a.get(row, 11).map(|c| &c.value),
            "row {}",
            row + 1
        );
    }
    assert!(!check(&out).findings.iter().any(|f| f.code == "A507"));
}

/// A % formula put back to its column's pattern takes the pattern of its own polarity's rows
/// (blind15 Sleman: positive rows `=ROUND(G/F*100,2)`, negative rows
/// `=ROUND((2*F-G)/F*100,2)`): AKB's positive formula (H8) and DBD's lone `MAX(0; …)` (H11)
/// become the negative rows' formula, never the positive rows' majority, and the copy checks
/// clean of C101 there.
#[test]
fn a_formula_is_put_back_to_the_pattern_of_its_own_polarity() {
    let dir = tempfile::tempdir().unwrap();
    let input = data("blind15/Pengukuran Kinerja Dinkes Sleman 2023.xlsx");
    let out = dir.path().join("sleman-diperbaiki.xlsx");
    fix_to(&input, &out);
    let copy = rakit::read::load(&out).unwrap();
    let sheet = &copy.sheets[0];
    for (row, want) in [
        (7, "ROUND((2*F8-G8)/F8*100,2)"),
        (10, "ROUND((2*F11-G11)/F11*100,2)"),
    ] {
        let formula = sheet.get(row, 7).and_then(|c| c.formula.clone());
        assert_eq!(formula.as_deref(), Some(want), "row {}", row + 1);
    }
    let r = check(&out);
    assert!(
        !r.findings
            .iter()
            .any(|f| f.code == "C101" && ["H8", "H11"].contains(&f.cell().as_str())),
        "{:#?}",
        r.findings
    );
}

/// A workbook whose formulas were stored without their results (openpyxl, as web
/// applications' exports): before rakit computed them, their cells read as empty, % capaian
/// "not filled in", and the corrected copy wrote numbers over the formulas. Now the copy
/// corrects the typed %, puts the one formula that departs from its positive neighbours back
/// to their pattern (a formula, never a number), keeps every other formula as it was, and
/// opens in LibreOffice.
#[test]
fn formulas_stored_without_results_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let input = data("unstored/pk-tanpa-hasil-2023.xlsx");
    let out = dir.path().join("tanpa-hasil-diperbaiki.xlsx");
    let r = fix_to(&input, &out);
    let fixed: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.fix.is_some())
        .map(|f| f.cell())
        .collect();
    // G8 typed; G11 a formula (=F11/E11*10) put back to its positive neighbours' pattern
    assert_eq!(fixed, ["G8", "G11"]);
    assert!(!r.findings.iter().any(|f| f.code == "C103"));
    let source = rakit::read::load(&input).unwrap();
    let copy = rakit::read::load(&out).unwrap();
    let (s, c) = (&source.sheets[0], &copy.sheets[0]);
    let formulas = s.cells.iter().filter(|x| x.formula.is_some()).count();
    assert!(formulas >= 25, "{formulas}");
    for cell in s.cells.iter().filter(|x| x.formula.is_some()) {
        let kept = c.get(cell.row, cell.col).and_then(|x| x.formula.clone());
        if (cell.row, cell.col) == (10, 6) {
            assert_eq!(kept.as_deref(), Some("ROUND(F11/E11*100,2)"));
            continue;
        }
        assert_eq!(
            kept,
            cell.formula,
            "{}",
            rakit::read::cell_name(cell.row, cell.col)
        );
    }
    let g8 = c.get(7, 6).unwrap();
    assert_eq!(g8.value, Raw::Number(rust_decimal::Decimal::new(6833, 2)));
    let csv = soffice_csv(&out).unwrap();
    if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
        // LibreOffice computes the formulas the copy holds: G11 = ROUND(9/10*100,2)
        assert!(csv.contains("KOPERASI") && csv.contains(",68.33,"), "{csv}");
        assert!(csv.contains(",90,"), "{csv}");
    }
}

/// The content type a package's `[Content_Types].xml` gives its workbook part.
fn workbook_content_type(path: &Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut ct = String::new();
    zip.by_name("[Content_Types].xml")
        .unwrap()
        .read_to_string(&mut ct)
        .unwrap();
    let at = ct.find("PartName=\"/xl/workbook.xml\"").unwrap();
    let rest = &ct[at..];
    let start = rest.find("ContentType=\"").unwrap() + 13;
    rest[start..start + rest[start..].find('"').unwrap()].to_string()
}

/// A macro workbook's copy keeps its macros and so is named `.xlsm` (Excel refuses a macro
/// workbook named `.xlsx`: before, the copy was `-xlsm-diperbaiki.xlsx`); asked to write it
/// as `.xlsx`, fix says why not and writes nothing. A template's copy is a workbook: its
/// main part says so, as its `.xlsx` name does. Both open in LibreOffice.
#[test]
fn a_macro_workbook_stays_xlsm_and_a_template_becomes_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["pk-bermakro-2023.xlsm", "pk-templat-2023.xltx"] {
        std::fs::copy(data("xlsm").join(name), dir.path().join(name)).unwrap();
    }
    let rakit = || Command::cargo_bin("rakit").unwrap();
    rakit()
        .arg("fix")
        .arg(dir.path().join("pk-bermakro-2023.xlsm"))
        .arg(dir.path().join("pk-templat-2023.xltx"))
        .arg("-o")
        .arg(dir.path().join("hasil"))
        .assert()
        .success();
    let xlsm = dir.path().join("hasil/pk-bermakro-2023-diperbaiki.xlsm");
    let xlsx = dir
        .path()
        .join("hasil/pk-templat-2023-xltx-diperbaiki.xlsx");
    assert_eq!(
        workbook_content_type(&xlsm),
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    assert_eq!(
        workbook_content_type(&xlsx),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    );
    for copy in [&xlsm, &xlsx] {
        let mut wb = open_workbook_auto(copy).unwrap();
        let sheet = wb.worksheet_range("PK 2023").unwrap();
        assert_eq!(sheet.get_value((4, 6)), Some(&Data::Float(108.33)));
        let csv = soffice_csv(copy).unwrap();
        if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
            assert!(csv.contains("PENGUKURAN KINERJA"), "{csv}");
        }
    }
    let wrong = dir.path().join("salinan.xlsx");
    let out = rakit()
        .arg("fix")
        .arg(dir.path().join("pk-bermakro-2023.xlsm"))
        .arg("-o")
        .arg(&wrong)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".xlsm"));
    assert!(!wrong.exists());
}

/// The corrected copy is an xlsx whatever the input was: asked to write it under another
/// kind of name (`-o pk.ods` for an .ods, `-o pk.json`), fix writes nothing and says to name
/// it `.xlsx` (before, an xlsx named `.ods` was written, which Excel refuses to open); named
/// `.xlsx`, the same input gets its copy.
#[test]
fn a_copy_named_other_than_xlsx_is_refused() {
    let rakit = || Command::cargo_bin("rakit").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pk-2013.ods");
    std::fs::copy(sample("banjar-pk-2013.ods"), &input).unwrap();
    for name in ["salinan.ods", "salinan.json", "salinan"] {
        let wrong = dir.path().join(name);
        let out = rakit()
            .arg("fix")
            .arg(&input)
            .arg("-o")
            .arg(&wrong)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("pk-2013.ods") && err.contains("-o NAMA.xlsx"),
            "{err}"
        );
        assert!(!wrong.exists(), "{name}");
    }
    let right = dir.path().join("salinan.xlsx");
    let out = rakit()
        .arg("fix")
        .arg(&input)
        .arg("-o")
        .arg(&right)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
    assert!(right.exists());
}

/// `tests/data/blind11`: an examiner's workbooks for corrected copies (comments, charts,
/// logos, validations, conditional formats, protected sheets, defined names, hidden sheets,
/// cross-sheet formulas; % as numbers, Indonesian text and fractions). Every keyed fixable
/// cell is corrected to the key's value in its own style (a blank one as its column writes
/// its %), nothing the key calls not fixable or a trap is written over a number, a formula
/// stays a formula (a wrong one gets its column's pattern), and every other cell of the
/// original sheets reads the same in the copy. The .ods, whose formulas and defined name a
/// rebuilt copy could not keep, gets no copy and a message saying so.
#[test]
fn examiner_copies_correct_exactly_the_keyed_cells() {
    let dir = tempfile::tempdir().unwrap();
    let keys = std::fs::read_dir(data("blind11")).unwrap();
    let mut keys: Vec<_> = keys
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".key.json"))
        .collect();
    keys.sort();
    assert_eq!(keys.len(), 6);
    let (mut corrected, mut problems) = (0, Vec::new());
    for key_path in keys {
        let key: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&key_path).unwrap()).unwrap();
        let name = key["file"].as_str().unwrap();
        let input = data("blind11").join(name);
        let report = check(&input);
        let out = dir.path().join(format!("copy-{name}.xlsx"));
        let written = rakit::fix::fix(&report, &out, Lang::Id);
        if name.ends_with(".ods") {
            let why = match written {
                Err(rakit::write::WriteError::Refused(m)) => m.render(Lang::Id),
                other => panic!("{name}: {other:?}"),
            };
            assert!(why.contains(".ods") && why.contains("rumus"), "{why}");
            assert!(!out.exists());
            continue;
        }
        written.unwrap();
        let fixed: HashSet<(String, String)> = report
            .findings
            .iter()
            .filter(|f| f.fix.is_some())
            .map(|f| (f.sheet.clone(), f.cell()))
            .collect();
        let mut orig = open_workbook_auto(&input).unwrap();
        let mut copy = open_workbook_auto(&out).unwrap();
        let cell = |wb: &mut calamine::Sheets<_>, sheet: &str, at: &str| -> Data {
            let (r, c) = rakit::read::parse_cell_name(at).unwrap();
            wb.worksheet_range(sheet)
                .unwrap()
                .get_value((r, c))
                .cloned()
                .unwrap_or(Data::Empty)
        };
        for m in key["fixable"].as_array().unwrap() {
            let (sheet, at) = (m["sheet"].as_str().unwrap(), m["cell"].as_str().unwrap());
            let want = m["corrected"].as_str().unwrap();
            let got = cell(&mut copy, sheet, at);
            let right = match (&got, m["style"].as_str().unwrap()) {
                (Data::String(t), "text") => t.trim() == want,
                (Data::Float(x), "number" | "fraction") => {
                    (x - want.parse::<f64>().unwrap()).abs() < 1e-9
                }
                (Data::Int(x), "number") => *x as f64 == want.parse::<f64>().unwrap(),
                _ => false,
            };
            if right && fixed.contains(&(sheet.to_string(), at.to_string())) {
                corrected += 1;
            } else {
                problems.push(format!("{name} {sheet}!{at}: {got:?}, keyed {want}"));
            }
        }
        let formulas =
            |wb: &mut calamine::Sheets<_>, sheet: &str| wb.worksheet_formula(sheet).unwrap();
        for m in key["not_fixable"]
            .as_array()
            .unwrap()
            .iter()
            .chain(key["traps"].as_array().unwrap())
        {
            let (sheet, at) = (m["sheet"].as_str().unwrap(), m["cell"].as_str().unwrap());
            if !fixed.contains(&(sheet.to_string(), at.to_string())) {
                continue;
            }
            // only a wrong formula may be corrected, and only by a formula
            let (r, c) = rakit::read::parse_cell_name(at).unwrap();
            let still_formula = formulas(&mut copy, sheet)
                .get_value((r, c))
                .is_some_and(|f| !f.is_empty());
            if m["kind"] != "formula" || !still_formula {
                problems.push(format!("{name} {sheet}!{at}: {} written over", m["kind"]));
            }
        }
        for sheet in orig.sheet_names().to_vec() {
            let (Ok(a), Ok(b)) = (orig.worksheet_range(&sheet), copy.worksheet_range(&sheet))
            else {
                problems.push(format!("{name} {sheet}: not in the copy"));
                continue;
            };
            let (fa, fb) = (formulas(&mut orig, &sheet), formulas(&mut copy, &sheet));
            let (sr, sc) = a.start().unwrap_or((0, 0));
            for (r, c, v) in a.used_cells() {
                let (r, c) = (sr + r as u32, sc + c as u32);
                let at = rakit::read::cell_name(r, c);
                if fixed.contains(&(sheet.clone(), at.clone())) {
                    continue;
                }
                if b.get_value((r, c)) != Some(v) || fa.get_value((r, c)) != fb.get_value((r, c)) {
                    problems.push(format!(
                        "{name} {sheet}!{at}: {v:?} -> {:?}",
                        b.get_value((r, c))
                    ));
                }
            }
        }
        let csv = soffice_csv(&out).unwrap();
        if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
            assert!(!csv.trim().is_empty(), "{name}: LibreOffice read nothing");
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(corrected, 25);
}

/// An .xls whose % column is one formula filled down: LibreOffice and Excel store it as a
/// shared formula, which calamine gives no text for. Before, those cells read as typed
/// numbers and the copy rebuilt from the .xls wrote them as constants; now they are formulas
/// (their text read from the shared formula, `F5/E5*100`), and fix writes no copy of an .xls
/// with formulas and says why (save it as .xlsx first).
#[test]
fn shared_formulas_of_an_xls_are_never_written_as_numbers() {
    let input = data("xls-shared/pk-rumus-bersama-2023.xls");
    let book = rakit::read::load(&input).unwrap();
    let sheet = &book.sheets[0];
    for row in [3, 4, 6, 7, 8, 9, 10] {
        let f = sheet.get(row, 6).unwrap().formula.as_deref();
        assert_eq!(
            f,
            Some(format!("F{0}/E{0}*100", row + 1).as_str()),
            "G{}",
            row + 1
        );
    }
    assert!(sheet.get(5, 6).unwrap().formula.is_none(), "G6 is typed");
    assert_eq!(book.beyond_values.formulas, 7);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.xlsx");
    let report = check(&input);
    assert!(has(&report, "PK 2023", "G6", "C101"));
    let refused = rakit::fix::fix(&report, &out, Lang::Id);
    let why = match refused {
        Err(rakit::write::WriteError::Refused(m)) => m.render(Lang::Id),
        other => panic!("{other:?}"),
    };
    assert!(why.contains("7 rumus") && why.contains(".xlsx"), "{why}");
    assert!(!out.exists());
}

/// A web application's export (an HTML page named `.xls`) and a portal's CSV get a real
/// `.xlsx` copy: the keyed cells corrected, every other cell reading as in the export, its
/// merged ranges kept, and LibreOffice opens it. An XML Spreadsheet with formulas gets no
/// copy (a rebuilt one would hold its formulas as rakit reads them, not as Excel wrote them),
/// and says why. (`tests/data/blind12`)
#[test]
fn exports_of_web_applications_get_an_xlsx_copy() {
    let dir = tempfile::tempdir().unwrap();
    for (name, fixed) in [
        ("pengukuran_kinerja_dinkes_kab_sungai_rawa_2023.xls", 1),
        ("capaian_kinerja_disdikbud_bukit_sembilan_2023.csv", 1),
    ] {
        let input = data("blind12").join(name);
        let before = std::fs::read(&input).unwrap();
        let out = dir.path().join(format!("{name}.xlsx"));
        let report = fix_to(&input, &out);
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{name}: input untouched"
        );
        let edits: HashSet<(String, String)> = report
            .findings
            .iter()
            .filter(|f| f.fix.is_some())
            .map(|f| (f.sheet.clone(), f.cell()))
            .collect();
        assert!(edits.len() >= fixed, "{name}: {edits:?}");
        let original = rakit::read::load(&input).unwrap();
        let copy = rakit::read::load(&out).unwrap();
        assert_eq!(copy.format, rakit::read::Format::Xlsx);
        let (o, c) = (&original.sheets[0], &copy.sheets[0]);
        assert_eq!(o.name, c.name);
        let mut same = 0;
        for cell in &o.cells {
            let at = rakit::read::cell_name(cell.row, cell.col);
            let back = c.get(cell.row, cell.col).map(|b| b.value.clone());
            if edits.contains(&(o.name.clone(), at.clone())) {
                assert_ne!(back, Some(cell.value.clone()), "{name} {at} corrected");
            } else {
                assert_eq!(back, Some(cell.value.clone()), "{name} {at}");
                same += 1;
            }
        }
        assert!(same > 100, "{name}: {same}");
        let sorted = |m: &[rakit::read::Merge]| {
            let mut m = m.to_vec();
            m.sort_by_key(|m| (m.first_row, m.first_col));
            m
        };
        assert_eq!(sorted(&c.merged), sorted(&o.merged), "{name}");
        // the copy checks clean of what was corrected
        let again = check(&out);
        for (sheet, cell) in &edits {
            assert!(
                !again
                    .findings
                    .iter()
                    .any(|f| &f.sheet == sheet && &f.cell() == cell),
                "{name} {cell} still reported"
            );
        }
        let csv = soffice_csv(&out).unwrap();
        if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
            assert!(csv.to_uppercase().contains("KINERJA"), "{name}: {csv:.300}");
        }
    }
    let input = data("blind12").join("capaian_kinerja_dinsos_pelabuhan_baru_2024.xls");
    let out = dir.path().join("xml.xlsx");
    let report = check(&input);
    assert!(report.findings.iter().any(|f| f.fix.is_some()));
    let why = match rakit::fix::fix(&report, &out, Lang::Id) {
        Err(rakit::write::WriteError::Refused(m)) => m.render(Lang::Id),
        other => panic!("{other:?}"),
    };
    assert!(
        why.contains("XML Spreadsheet 2003") && why.contains("rumus"),
        "{why}"
    );
    assert!(!out.exists());
}

/// A copy rebuilt from an .xlsb (`tests/data/xlsb`, written by SheetJS in the short cell
/// form) corrects the reported cells, keeps every other value, the merged ranges and number
/// formats, leaves a hidden row's wrong % to the person, and opens in LibreOffice.
#[test]
fn an_xlsb_copy_is_corrected_and_keeps_merges_and_formats() {
    let dir = tempfile::tempdir().unwrap();
    for (name, fixed, left) in [
        (
            "pk-biner-2023.xlsb",
            vec![("G9", "71.95"), ("G12", "87.17")],
            vec![],
        ),
        // the fractions stay fractions under 0.00%; E8 is hidden, E9 follows a negative formula
        ("pk-biner-pecahan-2024.xlsb", vec![], vec!["E8", "E9"]),
    ] {
        let input = data(&format!("xlsb/{name}"));
        let before = std::fs::read(&input).unwrap();
        let out = dir.path().join(name.replace(".xlsb", ".xlsx"));
        let report = fix_to(&input, &out);
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{name}: input touched"
        );
        let reported: HashSet<String> = report
            .findings
            .iter()
            .filter(|f| f.severity != rakit::rules::Severity::Info)
            .map(|f| f.cell())
            .collect();
        let expected: HashSet<String> = fixed
            .iter()
            .map(|(c, _)| c.to_string())
            .chain(left.iter().map(|c| c.to_string()))
            .collect();
        assert_eq!(reported, expected, "{name}");
        let (a, b) = (
            rakit::read::load(&input).unwrap(),
            rakit::read::load(&out).unwrap(),
        );
        let (a, b) = (
            &a.sheets[0],
            b.sheets
                .iter()
                .find(|s| s.name == a.sheets[0].name)
                .unwrap(),
        );
        for c in &a.cells {
            let name_ = rakit::read::cell_name(c.row, c.col);
            let copy = b
                .get(c.row, c.col)
                .unwrap_or_else(|| panic!("{name} {name_}"));
            match fixed.iter().find(|(cell, _)| *cell == name_) {
                Some((_, v)) => assert_eq!(
                    copy.value,
                    rakit::read::Raw::Number(v.parse().unwrap()),
                    "{name} {name_}"
                ),
                None => assert_eq!(copy.value, c.value, "{name} {name_}"),
            }
            assert_eq!(
                (copy.format.percent, copy.format.decimals),
                (c.format.percent, c.format.decimals),
                "{name} {name_}"
            );
        }
        assert_eq!(a.merged, b.merged, "{name}");
        let after = check(&out);
        assert!(
            after
                .findings
                .iter()
                .all(|f| !fixed.iter().any(|(c, _)| f.cell() == *c)),
            "{name}: {:?}",
            after.findings
        );
        let csv = soffice_csv(&out).unwrap();
        if std::env::var_os("RAKIT_SKIP_SOFFICE").is_none() {
            assert!(csv.contains("KLATEN"), "{name}: {csv}");
        }
    }
}

/// A table whose realisasi column writes its decimals with a point (`63.8`), with three
/// realisasi typed with one point before three digits: 689.455 against 700.000 with 98,49 %
/// stated (only the thousands reading gives it), 72.125 against 100 with 72,13 % (the
/// decimal reading gives it) and 655.123 against 700.000 with 50 % (neither does).
/// Indicator, unit, target, realisasi typed as text in a column that writes `63.8`, and the
/// stated %: 689.455 is thousands by its % (98,49), 72.125 a decimal by the column and its %,
/// 655.123 neither (50 %).
const SEPARATOR_ROWS: [(&str, &str, f64, &str, f64); 5] = [
    ("Produktivitas padi", "ku/ha", 62.0, "63.8", 102.9),
    ("Indeks pertanaman", "indeks", 95.0, "96.2", 101.26),
    ("Produksi jagung", "ton", 700000.0, "689.455", 98.49),
    ("Rata-rata skor PPH", "skor", 100.0, "72.125", 72.13),
    ("Produksi kedelai", "ton", 700000.0, "655.123", 50.0),
];

/// The finding of `code` at `cell`, if any.
fn finding_at<'a>(r: &'a FileReport, cell: &str, code: &str) -> Option<&'a rakit::rules::Finding> {
    r.findings
        .iter()
        .find(|f| f.cell() == cell && f.code == code)
}

fn separators_table(dir: &Path) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = headed_sheet(
        &mut wb,
        "PK 2022",
        "PENGUKURAN KINERJA DINAS PERTANIAN TAHUN 2022",
        &[
            "No",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
        ],
    );
    for (i, (name, unit, t, r, c)) in SEPARATOR_ROWS.iter().enumerate() {
        let row = 3 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, *name).unwrap();
        ws.write(row, 2, *unit).unwrap();
        ws.write(row, 3, *t).unwrap();
        ws.write(row, 4, *r).unwrap();
        ws.write(row, 5, *c).unwrap();
    }
    let p = dir.join("pk-titik.xlsx");
    wb.save(&p).unwrap();
    p
}

/// The stated % decides a separator the column reads the other way, where only one reading
/// gives it: no capaian finding, the figure still reported as ambiguous (V202); where no
/// reading gives it, the capaian finding stands but `fix` does not rewrite the % from a
/// guessed figure.
#[test]
fn a_stated_percent_decides_an_ambiguous_figure_and_fix_never_rewrites_from_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let input = separators_table(dir.path());
    let out = dir.path().join("pk-titik-diperbaiki.xlsx");
    let r = fix_to(&input, &out);
    let at = |cell: &str, code: &str| finding_at(&r, cell, code);
    // 689.455: the thousands reading, as the % says
    assert!(at("F6", "C101").is_none(), "{:#?}", r.findings);
    let v = at("E6", "V202").expect("still ambiguous");
    assert!(v.message.render(Lang::Id).contains("rakit memakai 689.455"));
    // 72.125: the decimal reading, as the column and the % say
    assert!(at("F7", "C101").is_none());
    assert!(at("E7", "V202").is_some());
    // 655.123: neither reading gives 50 %: reported, not rewritten
    let c = at("F8", "C101").expect("C101 at F8");
    assert!(c.fix.is_none());
    let mut wb = open_workbook_auto(&out).unwrap();
    let s = wb.worksheet_range("PK 2022").unwrap();
    for (row, v) in [(5, 98.49), (6, 72.13), (7, 50.0)] {
        assert_eq!(
            s.get_value((row, 5)),
            Some(&Data::Float(v)),
            "row {}",
            row + 1
        );
    }
}

/// A Rencana Aksi with quarters side by side (TW I … IV: Target, Realisasi, %), the year's
/// realisasi taken from TW IV; the realisasi typed as text in a column that writes `63.8`.
fn quarterly_separators_table(dir: &Path) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let f = rust_xlsxwriter::Format::new();
    let ws = wb.add_worksheet();
    ws.set_name("RA 2022").unwrap();
    ws.write(
        0,
        0,
        "RENCANA AKSI PERJANJIAN KINERJA DINAS PERTANIAN TAHUN 2022",
    )
    .unwrap();
    for (c, h) in ["No", "Indikator Kinerja", "Satuan", "Target Tahunan"]
        .iter()
        .enumerate()
    {
        ws.merge_range(2, c as u16, 3, c as u16, h, &f).unwrap();
    }
    for (q, tw) in ["TW I", "TW II", "TW III", "TW IV"].iter().enumerate() {
        let c = 4 + 3 * q as u16;
        ws.merge_range(2, c, 2, c + 2, tw, &f).unwrap();
        ws.write(3, c, "Target").unwrap();
        ws.write(3, c + 1, "Realisasi").unwrap();
        ws.write(3, c + 2, "%").unwrap();
    }
    for (i, (name, unit, t, r, c)) in SEPARATOR_ROWS.iter().enumerate() {
        let row = 4 + i as u32;
        ws.write(row, 0, (i + 1) as f64).unwrap();
        ws.write(row, 1, *name).unwrap();
        ws.write(row, 2, *unit).unwrap();
        ws.write(row, 3, *t).unwrap();
        for q in 0..4u16 {
            let col = 4 + 3 * q;
            ws.write(row, col, *t).unwrap();
            ws.write(row, col + 1, *r).unwrap();
            ws.write(row, col + 2, *c).unwrap();
        }
    }
    let p = dir.join("ra-titik.xlsx");
    wb.save(&p).unwrap();
    p
}

/// The stated % of each quarter decides an ambiguous separator in a Rencana Aksi too, and
/// the year's realisasi taken from TW IV's cell reads as TW IV does (no finding that the two
/// differ); where no reading gives the %, the finding stands and `fix` does not rewrite it.
#[test]
fn a_stated_percent_decides_an_ambiguous_figure_in_each_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let input = quarterly_separators_table(dir.path());
    let out = dir.path().join("ra-titik-diperbaiki.xlsx");
    let r = fix_to(&input, &out);
    let at = |cell: &str, code: &str| finding_at(&r, cell, code);
    // 689.455: the thousands reading in every quarter, as each % says
    for cell in ["G7", "J7", "M7", "P7"] {
        assert!(at(cell, "C101").is_none(), "{cell}: {:#?}", r.findings);
    }
    let v = at("O7", "V202").expect("still ambiguous");
    assert!(v.message.render(Lang::Id).contains("rakit memakai 689.455"));
    assert!(
        !r.findings.iter().any(|f| f.code == "Q606"),
        "{:#?}",
        r.findings
    );
    // 72.125: the decimal reading, as the column and the % say
    assert!(at("G8", "C101").is_none());
    // 655.123: neither reading gives 50 %: reported, not rewritten
    for cell in ["G9", "J9", "M9", "P9"] {
        let c = at(cell, "C101").expect("C101");
        assert!(c.fix.is_none(), "{cell}");
    }
    // the copy keeps every stated %
    let mut wb = open_workbook_auto(&out).unwrap();
    let s = wb.worksheet_range("RA 2022").unwrap();
    for col in [6, 9, 12, 15] {
        assert_eq!(s.get_value((6, col)), Some(&Data::Float(98.49)));
        assert_eq!(s.get_value((8, col)), Some(&Data::Float(50.0)));
    }
}

/// A % whose formula gives an empty text (`=IFERROR(F12/E12*100,"")` over a realisasi
/// typed as text, `14,7`): the formula is read with its cell, C103 says to look at it, and
/// the copy keeps it (blind79's lung hospital, PK 2020 G12 .. G23), never a number over it.
#[test]
fn a_formula_whose_result_is_an_empty_text_stays_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("paru-diperbaiki.xlsx");
    let input = data("blind79/uptd_rsk_paru_prov_bukit_kenanga/LKjIP_RSKParu_2020_2021.xlsx");
    let r = fix_to(&input, &out);
    let g12 = r
        .findings
        .iter()
        .find(|f| f.sheet == "PK 2020" && f.cell() == "G12")
        .expect("G12 reported");
    assert!(g12.code == "C103" && g12.fix.is_none(), "{g12:?}");
    let copy = rakit::read::load(&out).unwrap();
    let s = copy.sheets.iter().find(|s| s.name == "PK 2020").unwrap();
    for row in [11, 12, 13, 14, 21, 22] {
        assert!(
            s.get(row, 6).and_then(|c| c.formula.as_deref()).is_some(),
            "row {}",
            row + 1
        );
    }
}
