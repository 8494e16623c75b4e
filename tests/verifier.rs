//! A verifier's folder of submissions: clean, wrong, hostile, duplicate and corrected-copy
//! files get the right verdicts, summary and exit code in every output format; the summary
//! workbook and the JUnit report are read back; no input file changes.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{open_workbook_auto, Data, Reader};
use common::submission::Submission;
use sha2::{Digest, Sha256};

fn rakit() -> Command {
    let mut c = Command::cargo_bin("rakit").unwrap();
    c.env_remove("RAKIT_LANG").env("RAKIT_NO_PAUSE", "1");
    c
}

/// The folder: what each file's verdict must be.
struct Folder {
    _dir: tempfile::TempDir,
    root: PathBuf,
    expected: BTreeMap<&'static str, &'static str>,
}

fn folder(with_hostile: bool) -> Folder {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("kiriman");
    let mut expected = BTreeMap::new();
    // clean: passes
    Submission::default()
        .agency("DINAS KOPERASI DAN UKM")
        .seed(1)
        .write(&root.join("dinas-koperasi/pk-2020.xlsx"));
    expected.insert("dinas-koperasi/pk-2020.xlsx", "pass");
    // warnings only: a truncated %
    Submission {
        truncated_pct: true,
        ..Submission::default().agency("DINAS PERTANIAN").seed(2)
    }
    .write(&root.join("dinas-pertanian/pk-2020.xlsx"));
    expected.insert("dinas-pertanian/pk-2020.xlsx", "pass_with_warnings");
    // wrong: a % off by five points
    let wrong = root.join("dinas-pendidikan/pk-2020.xlsx");
    Submission {
        wrong_pct: true,
        ..Submission::default().agency("DINAS PENDIDIKAN").seed(3)
    }
    .write(&wrong);
    expected.insert("dinas-pendidikan/pk-2020.xlsx", "fail");
    // the same figures under another agency's title (D102, a warning) …
    Submission::default()
        .agency("DINAS KESEHATAN")
        .seed(4)
        .write(&root.join("dinas-kesehatan/pk-2020.xlsx"));
    Submission::default()
        .agency("DINAS SOSIAL")
        .seed(4)
        .write(&root.join("dinas-sosial/pk-2020.xlsx"));
    expected.insert("dinas-kesehatan/pk-2020.xlsx", "pass_with_warnings");
    expected.insert("dinas-sosial/pk-2020.xlsx", "pass_with_warnings");
    // … and the same bytes sent twice (D101, a warning on both)
    Submission::default()
        .agency("DINAS PERHUBUNGAN")
        .seed(5)
        .write(&root.join("dinas-perhubungan/pk-2020.xlsx"));
    std::fs::copy(
        root.join("dinas-perhubungan/pk-2020.xlsx"),
        root.join("dinas-perhubungan/pk-2020 (1).xlsx"),
    )
    .unwrap();
    expected.insert("dinas-perhubungan/pk-2020.xlsx", "pass_with_warnings");
    expected.insert("dinas-perhubungan/pk-2020 (1).xlsx", "pass_with_warnings");
    // rakit's corrected copy of the wrong file, sent back: checked, and it passes
    let copy = root.join("dinas-pendidikan/pk-2020-diperbaiki.xlsx");
    rakit()
        .arg("fix")
        .arg(&wrong)
        .arg("-o")
        .arg(&copy)
        .assert()
        .success();
    expected.insert("dinas-pendidikan/pk-2020-diperbaiki.xlsx", "pass");
    // an Office lock file and a note: skipped, not a workbook
    std::fs::write(root.join("dinas-koperasi/~$pk-2020.xlsx"), b"lock").unwrap();
    std::fs::write(root.join("dinas-koperasi/catatan.txt"), b"note").unwrap();
    if with_hostile {
        // a workbook cut short, and a zip whose sheet is not XML
        let bytes = std::fs::read(root.join("dinas-koperasi/pk-2020.xlsx")).unwrap();
        std::fs::create_dir_all(root.join("dinas-pariwisata")).unwrap();
        std::fs::write(
            root.join("dinas-pariwisata/pk-2020.xlsx"),
            &bytes[..bytes.len() / 2],
        )
        .unwrap();
        expected.insert("dinas-pariwisata/pk-2020.xlsx", "unreadable");
        std::fs::write(root.join("dinas-pariwisata/bom.xlsx"), hostile_zip()).unwrap();
        expected.insert("dinas-pariwisata/bom.xlsx", "unreadable");
    }
    Folder {
        _dir: dir,
        root,
        expected,
    }
}

/// A zip named .xlsx whose parts are hostile: a workbook part that is not XML, a sheet of
/// nested garbage.
fn hostile_zip() -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default();
        z.start_file("[Content_Types].xml", o).unwrap();
        z.write_all(b"<?xml version=\"1.0\"?><Types></Types>")
            .unwrap();
        z.start_file("xl/workbook.xml", o).unwrap();
        z.write_all(&b"<<<<&&&&".repeat(1000)).unwrap();
        z.start_file("xl/worksheets/sheet1.xml", o).unwrap();
        z.write_all(&b"<a>".repeat(100_000)).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

fn hashes(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.clone(),
                    Sha256::digest(std::fs::read(&p).unwrap()).to_vec(),
                );
            }
        }
    }
    out
}

fn json(root: &Path) -> (serde_json::Value, i32) {
    let out = rakit()
        .args(["check", "--format", "json"])
        .arg(root)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (v, out.status.code().unwrap())
}

fn verdicts(v: &serde_json::Value) -> BTreeMap<String, String> {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["relative_path"].as_str().unwrap().replace('\\', "/"),
                f["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn expected(f: &Folder) -> BTreeMap<String, String> {
    f.expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn every_file_gets_its_verdict_and_the_summary_adds_up() {
    let f = folder(true);
    let before = hashes(&f.root);
    let (v, code) = json(&f.root);
    assert_eq!(verdicts(&v), expected(&f), "{v:#}");
    assert_eq!(code, 2, "an unreadable file: exit 2");
    let s = &v["summary"];
    let n = |k: &str| s[k].as_u64().unwrap();
    assert_eq!(n("files"), f.expected.len() as u64);
    assert_eq!(
        n("pass") + n("pass_with_warnings") + n("fail") + n("unreadable"),
        n("files")
    );
    assert_eq!(n("unreadable"), 2);
    assert_eq!(n("fail"), 1);
    assert_eq!(n("skipped"), 1);
    assert_eq!(n("corrected_copies"), 1);
    assert_eq!(v["tool"], "rakit");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    let skipped = &v["skipped"][0];
    assert!(skipped["path"]
        .as_str()
        .unwrap()
        .ends_with("~$pk-2020.xlsx"));
    assert!(skipped["reason"].as_str().unwrap().contains("kunci Office"));
    // each file: its agency, its counts; the copy is marked
    let files = v["files"].as_array().unwrap();
    let by = |p: &str| {
        files
            .iter()
            .find(|x| x["relative_path"].as_str().unwrap().replace('\\', "/") == p)
            .unwrap()
    };
    assert_eq!(
        by("dinas-pertanian/pk-2020.xlsx")["agency"],
        "DINAS PERTANIAN"
    );
    assert_eq!(by("dinas-pertanian/pk-2020.xlsx")["counts"]["warning"], 1);
    assert_eq!(
        by("dinas-pendidikan/pk-2020-diperbaiki.xlsx")["corrected_copy"],
        true
    );
    assert_eq!(by("dinas-pendidikan/pk-2020.xlsx")["corrected_copy"], false);
    // the wrong % with its plain values beside the display text
    let c101 = by("dinas-pendidikan/pk-2020.xlsx")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "C101")
        .unwrap()
        .clone();
    let found = c101["found"]
        .as_str()
        .unwrap()
        .replace('.', "")
        .replace(',', ".");
    assert_eq!(c101["found_value"].as_str().unwrap(), found);
    // duplicates name each other
    let d101: Vec<&str> = by("dinas-perhubungan/pk-2020.xlsx")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["code"] == "D101")
        .map(|x| x["message"].as_str().unwrap())
        .collect();
    assert_eq!(d101.len(), 1);
    assert!(d101[0].contains("pk-2020 (1).xlsx"), "{d101:?}");
    assert!(
        by("dinas-sosial/pk-2020.xlsx")["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["code"] == "D102"
                && x["message"].as_str().unwrap().contains("dinas-kesehatan"))
    );
    // the clean file has neither
    assert!(by("dinas-koperasi/pk-2020.xlsx")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["code"] != "D101" && x["code"] != "D102"));
    assert_eq!(before, hashes(&f.root), "an input file changed");
    // nor does fixing the whole folder into another one, or writing a summary
    let out = tempfile::tempdir().unwrap();
    rakit()
        .args(["fix", "-o"])
        .arg(out.path())
        .arg(&f.root)
        .assert()
        .code(2);
    rakit()
        .args(["check", "-q", "--summary"])
        .arg(out.path().join("ringkasan.xlsx"))
        .arg(&f.root)
        .assert()
        .code(2);
    assert_eq!(before, hashes(&f.root), "an input file changed");
    assert!(out
        .path()
        .join("dinas-pendidikan/pk-2020-diperbaiki.xlsx")
        .is_file());
}

#[test]
fn exit_codes_follow_the_worst_verdict() {
    let f = folder(false);
    assert_eq!(json(&f.root).1, 1, "an error, nothing unreadable: exit 1");
    // a folder of clean files
    let dir = tempfile::tempdir().unwrap();
    Submission::default()
        .seed(7)
        .write(&dir.path().join("a/pk.xlsx"));
    Submission::default()
        .agency("DINAS SOSIAL")
        .seed(8)
        .write(&dir.path().join("b/pk.xlsx"));
    let (v, code) = json(dir.path());
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["summary"]["pass"], 2);
}

#[test]
fn quiet_lines_carry_the_verdict_word_and_the_summary_closes() {
    let f = folder(true);
    let out = rakit().args(["check", "-q"]).arg(&f.root).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap().replace('\\', "/");
    let word = |v: &str| match v {
        "pass" => "lulus",
        "pass_with_warnings" => "lulus dengan catatan",
        "fail" => "gagal",
        _ => "tidak terbaca",
    };
    for (path, v) in &f.expected {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{path}:")) || l.starts_with(&format!("{path} [")))
            .unwrap_or_else(|| panic!("no line for {path}:\n{text}"));
        assert!(
            line.contains(&format!(": {} —", word(v))),
            "{line} should say {}",
            word(v)
        );
    }
    assert!(text.contains("pk-2020-diperbaiki.xlsx [salinan perbaikan rakit]"));
    assert!(text.contains("~$pk-2020.xlsx: dilewati"));
    // the unreadable files again at the end, then the summary
    let tail: Vec<&str> = text.lines().rev().take(4).collect();
    assert!(
        tail[0].starts_with(
            "Ringkasan: 10 berkas: 2 lulus, 5 lulus dengan catatan, 1 gagal, 2 tidak terbaca"
        ),
        "{text}"
    );
    assert!(
        tail[1].contains("dinas-pariwisata/pk-2020.xlsx")
            || tail[2].contains("dinas-pariwisata/pk-2020.xlsx"),
        "{text}"
    );
    // English
    let out = rakit()
        .args(["check", "-q", "--lang", "en"])
        .arg(&f.root)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(": pass with warnings —"));
    assert!(text.contains("Summary: 10 files: 2 pass, 5 pass with warnings, 1 fail, 2 unreadable"));
}

/// `-q` keeps only each file's number of findings (the duplicates across files added once
/// every file is checked): its lines give the counts the JSON lists.
#[test]
fn quiet_counts_are_those_of_the_findings() {
    let f = folder(true);
    let (v, _) = json(&f.root);
    let out = rakit().args(["check", "-q"]).arg(&f.root).output().unwrap();
    // a line wrapped at the terminal's width goes on indented by two spaces
    let quiet = String::from_utf8(out.stdout)
        .unwrap()
        .replace('\\', "/")
        .replace("\n  ", " ");
    let mut duplicates = 0;
    for file in v["files"].as_array().unwrap() {
        if file["status"] == "unreadable" {
            continue;
        }
        let path = file["relative_path"].as_str().unwrap().replace('\\', "/");
        let c = &file["counts"];
        let counts = format!(
            "galat {}, peringatan {}, info {}",
            c["error"], c["warning"], c["info"]
        );
        let line = quiet
            .lines()
            .find(|l| l.starts_with(&format!("{path}:")) || l.starts_with(&format!("{path} [")))
            .unwrap_or_else(|| panic!("no line for {path}:\n{quiet}"));
        assert!(line.contains(&counts), "{line} should say {counts}");
        let findings = file["findings"].as_array().unwrap();
        duplicates += findings
            .iter()
            .filter(|x| matches!(x["code"].as_str(), Some("D101" | "D102")))
            .count();
    }
    assert!(duplicates > 0, "the folder has duplicates: {v}");
}

#[test]
fn the_junit_report_reads_back() {
    let f = folder(true);
    let out = rakit()
        .args(["check", "--format", "junit"])
        .arg(&f.root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let xml = String::from_utf8(out.stdout).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut suites = Vec::new();
    let mut cases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current = String::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.into_inner() == k)
                        .map(|a| {
                            let raw = a.value.to_string();
                            quick_xml::escape::unescape(&raw).unwrap().to_string()
                        })
                        .unwrap_or_default()
                };
                match e.name().into_inner() {
                    "testsuite" => suites.push(attr("name")),
                    "testcase" => {
                        current = format!("{}/{}", attr("classname"), attr("name"));
                        cases.insert(current.clone(), Vec::new());
                    }
                    "failure" | "error" | "skipped" => {
                        let kind = e.name().into_inner().to_string();
                        let msg = attr("message");
                        cases
                            .get_mut(&current)
                            .unwrap()
                            .push(format!("{kind}: {msg}"));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // a testsuite per folder, a testcase per file (the skipped lock file too)
    assert_eq!(suites.len(), 7, "{suites:?}");
    assert_eq!(cases.len(), f.expected.len() + 1, "{cases:?}");
    for (path, v) in &f.expected {
        let marks = &cases[&path.replace('\\', "/")];
        match *v {
            "fail" => {
                assert_eq!(marks.len(), 1);
                // the failure names the error's rule
                assert!(marks[0].starts_with("failure: 1 galat: C101"), "{marks:?}");
            }
            "unreadable" => assert!(marks[0].starts_with("error:"), "{marks:?}"),
            _ => assert!(marks.is_empty(), "{path}: {marks:?}"),
        }
    }
    assert!(cases["dinas-koperasi/~$pk-2020.xlsx"][0].starts_with("skipped:"));
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn the_summary_workbook_reads_back() {
    let f = folder(true);
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("ringkasan.xlsx");
    let out = rakit()
        .args(["check", "--format", "json", "--summary"])
        .arg(&summary)
        .arg(&f.root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut wb = open_workbook_auto(&summary).unwrap();
    assert_eq!(wb.sheet_names(), ["Berkas", "Temuan", "Aturan"]);
    // a row per file: agency, year, form, verdict, counts
    let files = wb.worksheet_range("Berkas").unwrap();
    let rows: Vec<Vec<String>> = files
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    assert_eq!(
        rows[0][..7],
        [
            "Berkas",
            "Perangkat daerah",
            "Tahun",
            "Formulir",
            "Hasil",
            "Galat",
            "Peringatan"
        ]
    );
    let word = |v: &str| match v {
        "pass" => "lulus",
        "pass_with_warnings" => "lulus dengan catatan",
        "fail" => "gagal",
        _ => "tidak terbaca",
    };
    for (path, verdict) in &f.expected {
        let row = rows
            .iter()
            .find(|r| r[0].replace('\\', "/") == *path)
            .unwrap_or_else(|| panic!("no row for {path}: {rows:?}"));
        assert_eq!(row[4], word(verdict), "{path}");
    }
    let pendidikan = rows
        .iter()
        .find(|r| r[0].replace('\\', "/") == "dinas-pendidikan/pk-2020.xlsx")
        .unwrap();
    assert_eq!(pendidikan[1], "DINAS PENDIDIKAN");
    assert_eq!(pendidikan[2], "2020");
    assert_eq!(pendidikan[3], "annual");
    assert_eq!(pendidikan[5], "1");
    assert!(pendidikan[7].starts_with("C101 ×1"), "{pendidikan:?}");
    // the skipped file has its row, and the summary line closes the sheet
    assert!(rows
        .iter()
        .any(|r| r[0].ends_with("~$pk-2020.xlsx") && r[4] == "dilewati"));
    assert!(rows
        .iter()
        .any(|r| r[0].starts_with("Ringkasan: 10 berkas")));
    // the link of a file opens it, relative to the summary
    let links = hyperlinks(&summary, "xl/worksheets/sheet1.xml");
    assert!(
        links
            .iter()
            .any(|l| l.ends_with("kiriman/dinas-pendidikan/pk-2020.xlsx")),
        "{links:?}"
    );
    // every finding, once
    let findings = wb.worksheet_range("Temuan").unwrap();
    let total: usize = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(findings.rows().count() - 1, total);
    let c101 = findings
        .rows()
        .find(|r| cell_text(&r[3]) == "C101")
        .unwrap();
    assert_eq!(
        cell_text(&c101[0]).replace('\\', "/"),
        "dinas-pendidikan/pk-2020.xlsx"
    );
    assert!(matches!(c101[9], Data::Float(_)), "found value is a number");
    // counts per rule add up to the findings
    let rules = wb.worksheet_range("Aturan").unwrap();
    let sum: f64 = rules
        .rows()
        .skip(1)
        .map(|r| match r[3] {
            Data::Float(x) => x,
            _ => 0.0,
        })
        .sum();
    assert_eq!(sum as usize, total);
    // the header is frozen and filtered
    let sheet2 = part(&summary, "xl/worksheets/sheet2.xml");
    assert!(sheet2.contains("<autoFilter"), "no autofilter");
    assert!(sheet2.contains("state=\"frozen\""), "no frozen pane");
}

fn part(xlsx: &Path, name: &str) -> String {
    use std::io::Read;
    let mut z = zip::ZipArchive::new(std::fs::File::open(xlsx).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The targets of a sheet's external hyperlinks.
fn hyperlinks(xlsx: &Path, sheet: &str) -> Vec<String> {
    let rels = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels";
    let text = part(xlsx, &rels);
    text.split("Target=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn markdown_and_csv_list_every_file_and_finding() {
    let f = folder(true);
    let (v, _) = json(&f.root);
    let out = rakit()
        .args(["check", "--format", "markdown"])
        .arg(&f.root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let md = String::from_utf8(out.stdout).unwrap().replace('\\', "/");
    for path in f.expected.keys() {
        assert!(md.contains(&format!("| {path}")), "{path} not in\n{md}");
    }
    assert!(
        md.contains(
            "| dinas-pendidikan/pk-2020.xlsx | DINAS PENDIDIKAN | 2020 | annual | gagal | 1 |"
        ),
        "{md}"
    );
    assert!(md.contains("## Tidak terbaca"));
    let out = rakit()
        .args(["check", "--format", "csv"])
        .arg(&f.root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[..6],
        ["path", "agency", "verdict", "sheet", "cell", "code"]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let findings: usize = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["findings"].as_array().unwrap().len())
        .sum();
    // a row per finding, and one per unreadable file
    assert_eq!(rows.len(), findings + 2);
    let c101 = rows.iter().find(|x| &x[5] == "C101").unwrap();
    assert_eq!(&c101[2], "fail");
    assert_eq!(&c101[1], "DINAS PENDIDIKAN");
}

#[test]
fn a_policy_fails_what_it_requires() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    Submission::default().seed(1).write(&root.join("baik.xlsx"));
    Submission {
        year: 2019,
        ..Submission::default().seed(2)
    }
    .write(&root.join("tahun-lalu.xlsx"));
    Submission {
        signature: false,
        date_line: false,
        ..Submission::default().seed(3)
    }
    .write(&root.join("tanpa-tanda-tangan.xlsx"));
    Submission {
        duplicate_indicator: true,
        empty_sasaran: true,
        error_cell: true,
        truncated_pct: true,
        ..Submission::default().seed(4)
    }
    .write(&root.join("berantakan.xlsx"));
    let policy = root.join("kebijakan.toml");
    std::fs::write(
        &policy,
        "formulir = [\"annual\"]\ntanda_tangan = true\nbaris_tanggal = true\ntanpa_indikator_ganda = true\nsasaran_berindikator = true\ntanpa_sel_galat = true\nmaks_peringatan = 0\n",
    )
    .unwrap();
    let out = rakit()
        .args(["check", "--format", "json", "--tahun", "2020", "--policy"])
        .arg(&policy)
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = |name: &str| -> Vec<String> {
        let f = v["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["relative_path"] == name)
            .unwrap();
        f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["code"].as_str().unwrap().to_string())
            .filter(|c| c.starts_with('P'))
            .collect()
    };
    assert_eq!(codes("baik.xlsx"), Vec::<String>::new());
    assert_eq!(codes("tahun-lalu.xlsx"), ["P101"]);
    assert_eq!(codes("tanpa-tanda-tangan.xlsx"), ["P103", "P104"]);
    let mut b = codes("berantakan.xlsx");
    b.sort();
    assert_eq!(b, ["P105", "P106", "P107", "P108"]);
    assert_eq!(v["options"]["policy"]["tahun"], 2020);
    // a policy file with a key it does not know is refused, naming it
    std::fs::write(&policy, "tahunn = 2020\n").unwrap();
    rakit()
        .args(["check", "--policy"])
        .arg(&policy)
        .arg(root)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("tahunn"));
}

#[test]
fn dropping_several_files_ends_with_their_summary() {
    let f = folder(true);
    let out = rakit()
        .arg(f.root.join("dinas-koperasi/pk-2020.xlsx"))
        .arg(f.root.join("dinas-pendidikan/pk-2020.xlsx"))
        .arg(f.root.join("dinas-pariwisata/bom.xlsx"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    let last = text.lines().last().unwrap();
    assert!(
        last.starts_with(
            "Ringkasan: 3 berkas: 1 lulus, 0 lulus dengan catatan, 1 gagal, 1 tidak terbaca"
        ),
        "{text}"
    );
    assert!(text.contains("Tidak terbaca (1):"));
}
