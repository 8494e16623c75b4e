//! The corrected copy is worth sending: its Temuan sheet filters, keeps its header in view,
//! wraps its messages and prints landscape on one page's width; "Indikator (rakit)" holds
//! numbers as numbers. Read back from the sheet XML of the copy (patched and rebuilt).

mod common;

use std::io::Read;
use std::path::Path;

use assert_cmd::Command;
use calamine::{Data, Reader};
use common::sample;

/// The corrected copy of a sample, written by `rakit fix` into `dir`.
fn fixed(name: &str, dir: &Path) -> std::path::PathBuf {
    let out = Command::cargo_bin("rakit")
        .unwrap()
        .env("RAKIT_NO_PAUSE", "1")
        .env_remove("RAKIT_LANG")
        .args(["fix", "-o"])
        .arg(format!("{}/", dir.display()))
        .arg(sample(name))
        .output()
        .unwrap();
    assert!(out.status.code().unwrap_or(9) <= 1, "{out:?}");
    let copy = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains("diperbaiki"))
        })
        .expect("a corrected copy");
    copy
}

/// An attribute's value in an element's text.
fn attr(element: &str, name: &str) -> Option<String> {
    let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = element[start..].find('"')? + start;
    Some(element[start..end].to_string())
}

/// The XML of the worksheet named `sheet` (found through workbook.xml and its
/// relationships), and the package's styles.
fn sheet_xml(copy: &Path, sheet: &str) -> (String, String) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(copy).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let workbook = read("xl/workbook.xml");
    let rels = read("xl/_rels/workbook.xml.rels");
    let rid = workbook
        .split('<')
        .filter(|e| e.starts_with("sheet "))
        .find(|e| attr(e, "name").as_deref() == Some(sheet))
        .and_then(|e| attr(e, "r:id"))
        .expect("the sheet in workbook.xml");
    let target = rels
        .split('<')
        .filter(|e| e.starts_with("Relationship "))
        .find(|e| attr(e, "Id").as_deref() == Some(rid.as_str()))
        .and_then(|e| attr(e, "Target"))
        .expect("the sheet's part");
    let part = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("xl/{target}"),
    };
    (read(&part), read("xl/styles.xml"))
}

/// The header row of a sheet of the copy.
fn header(copy: &Path, sheet: &str) -> Vec<String> {
    let mut wb = calamine::open_workbook_auto(copy).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect()
}

fn assert_worth_sending(copy: &Path) {
    let (temuan, styles) = sheet_xml(copy, "Temuan");
    // autofilter over the header row and the findings
    assert!(temuan.contains("<autoFilter ref=\"A1:"), "{temuan}");
    // the header row frozen
    assert!(
        temuan.contains("ySplit=\"1\"") && temuan.contains("state=\"frozen\""),
        "{temuan}"
    );
    // landscape, every column on one page's width
    assert!(temuan.contains("fitToPage=\"1\""), "{temuan}");
    assert!(temuan.contains("orientation=\"landscape\""), "{temuan}");
    // fitToWidth is 1 when absent (rust_xlsxwriter leaves the default out)
    assert!(
        temuan.contains("fitToWidth=\"1\"") || !temuan.contains("fitToWidth="),
        "{temuan}"
    );
    assert!(
        temuan.contains("fitToHeight=\"0\"") || !temuan.contains("fitToHeight="),
        "{temuan}"
    );
    // the level, the quarter and whether rakit corrected it have columns
    let head = header(copy, "Temuan");
    for h in [
        "Jenjang",
        "Triwulan",
        "Indikator",
        "Diperbaiki rakit",
        "Cara memperbaiki",
    ] {
        assert!(head.iter().any(|x| x == h), "{h} in {head:?}");
    }
    // wrapped text exists among the styles
    assert!(styles.contains("wrapText=\"1\""), "{styles}");
}

#[test]
fn temuan_of_a_patched_copy_filters_freezes_and_prints_landscape() {
    let dir = tempfile::tempdir().unwrap();
    let copy = fixed("banjar-pk-2014.xlsx", dir.path());
    assert_worth_sending(&copy);
    // Indikator (rakit): the stated capaian is a number, with year and file columns
    let mut wb = calamine::open_workbook_auto(&copy).unwrap();
    let range = wb.worksheet_range("Indikator (rakit)").unwrap();
    let header = header(&copy, "Indikator (rakit)");
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let stated = col("Capaian tertulis");
    let year = col("Tahun");
    let file = col("Berkas");
    let rows: Vec<_> = range.rows().skip(1).collect();
    assert!(rows
        .iter()
        .any(|r| matches!(r[stated], Data::Float(_) | Data::Int(_))));
    assert!(rows
        .iter()
        .all(|r| !matches!(&r[stated], Data::String(s) if s.parse::<f64>().is_ok())));
    assert!(rows
        .iter()
        .all(|r| matches!(r[year], Data::Float(y) if y == 2014.0)));
    assert!(rows
        .iter()
        .all(|r| matches!(&r[file], Data::String(f) if f == "banjar-pk-2014.xlsx")));
}

#[test]
fn temuan_of_a_rebuilt_copy_too_and_the_terminal_says_what_it_lost() {
    let dir = tempfile::tempdir().unwrap();
    let copy = fixed("banjar-pk-2013.ods", dir.path());
    assert_worth_sending(&copy);
    // the note under the findings (what the rebuilt copy lost) stays out of the filter
    let (temuan, _) = sheet_xml(&copy, "Temuan");
    let last_row = |tag: &str| -> u32 {
        let r = temuan.split(tag).nth(1).unwrap_or("");
        let r = r.split('"').next().unwrap_or("");
        let end = r.rsplit(':').next().unwrap_or("");
        end.trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .unwrap_or_else(|_| panic!("{tag} {r}"))
    };
    assert!(last_row("<autoFilter ref=\"") < last_row("<dimension ref=\""));
    let out = Command::cargo_bin("rakit")
        .unwrap()
        .env("RAKIT_NO_PAUSE", "1")
        .env_remove("RAKIT_LANG")
        .args(["fix", "--force", "-o"])
        .arg(format!("{}/", dir.path().display()))
        .arg(sample("banjar-pk-2013.ods"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("catatan: salinan ini dibangun ulang"),
        "{text}"
    );
}
