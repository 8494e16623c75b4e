//! "fix never makes a workbook worse", for every input format.
//!
//! In a corrected copy every cell of the original sheets keeps its value (after
//! recalculation), its formula and its style, except the cells `rakit check --format json`
//! reports as fixable; every defined name, sheet (order, visibility), merged range, data
//! validation and conditional format survives; a formula is never replaced by a constant or
//! a blank. The copy adds "Temuan" and "Indikator (rakit)" at the end (ignored here).
//!
//! Values are compared after LibreOffice recalculated both workbooks (see `common/lo.rs`), so
//! a cached value that no longer matches its formula cannot hide a broken formula. A cell
//! whose value changed is accepted only when its formula refers (directly or through other
//! such cells) to a corrected cell: a corrected % changes the average that sums it.
//!
//! All LibreOffice work of this file is done once, in a few batched soffice runs
//! ([`world`]): two conversions (xls, ods) and one recalculation of every original and copy.
//!
//! The generated workbook ([`gen_pk`]) is written by rust_xlsxwriter with the cached results
//! computed here, the way Excel saves them: agency workbooks come from Excel, whose packages
//! (shared strings, one style table, cached values of every formula) rust_xlsxwriter
//! mirrors; a pass through LibreOffice would instead give LibreOffice's package layout.
//! [`generated_workbook_caches_what_libreoffice_computes`] proves the cached values right.

mod common;
#[path = "common/lo.rs"]
mod lo;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use calamine::Data;
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, DataValidation, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet,
};

use lo::{Book, Package};

/// The sheets every copy adds at its end.
const OWN: [&str; 2] = ["Temuan", "Indikator (rakit)"];

const PK: &str = "Pengukuran Kinerja";
const REF: &str = "Data Ref";
const OB: &str = "O'Brien 2";
const BANTU: &str = "Bantu";

/// Where this file's workbooks go: a fixed folder under the target dir, emptied at the start
/// of each run and left in place afterwards, so that a failure can be looked at.
fn work_dir() -> &'static Path {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fix_invariant");
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    })
}

/// The real agency workbook (see `tests/data/README.md`).
fn real_workbook() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deli-serdang-evaluasi-renja-2025.xlsx")
}

/// A copy of the real workbook with one mistake planted inside its shared formula AF11:AF77
/// (% = AD / J x 100): a cell whose formula points at the next row's target, as a row
/// inserted or a formula dragged by hand leaves it, with the cached value that formula
/// gives. Returns the copy and the planted cell (sheet, zero-based row and column).
fn planted_real() -> (PathBuf, Pos) {
    use calamine::{open_workbook_auto, Reader};
    const SHEET: &str = "Realisasi TW IV";
    let mut wb = open_workbook_auto(real_workbook()).unwrap();
    let values = wb.worksheet_range(SHEET).unwrap();
    let formulas = wb.worksheet_formula(SHEET).unwrap();
    let num = |r: u32, c: &str| match values.get_value((r, rakit::read::parse_col(c).unwrap())) {
        Some(Data::Float(f)) if *f != 0.0 => Some(*f),
        Some(Data::Int(i)) if *i != 0 => Some(*i as f64),
        _ => None,
    };
    let af = rakit::read::parse_col("AF").unwrap();
    // the first row past the master whose own and next target differ
    let row = (11u32..76)
        .find(|&r| {
            formulas.get_value((r, af)).is_some_and(|f| !f.is_empty())
                && matches!((num(r, "AD"), num(r, "J"), num(r + 1, "J")), (Some(_), Some(a), Some(b)) if a != b)
        })
        .expect("a row to plant the mistake in");
    let (ad, j_next) = (num(row, "AD").unwrap(), num(row + 1, "J").unwrap());
    let cached = rakit::read::decimal_from_f64(ad / j_next * 100.0).unwrap();
    let edit = rakit::write::CellEdit {
        sheet: SHEET.into(),
        row,
        col: af,
        value: rakit::write::OutValue::Formula {
            formula: format!("(AD{}/J{})*100", row + 1, row + 2),
            cached,
        },
        highlight: false,
        note: None,
    };
    let out = work_dir().join("real-planted.xlsx");
    let mut f = std::fs::File::create(&out).unwrap();
    rakit::write::patch::write_patched_xlsx(&real_workbook(), &mut f, &[edit], &[]).unwrap();
    (out, (SHEET.to_string(), row, af))
}

// ---------------------------------------------------------------------------------------
// The generated agency workbook
// ---------------------------------------------------------------------------------------

/// A cell position: sheet, zero-based row and column.
type Pos = (String, u32, u32);

fn num(v: f64) -> String {
    format!("{v}")
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Excel rows of the indicator table of the generated workbook.
const FIRST: u32 = 5;
const LAST: u32 = 48;
/// Typed % constants that are right (rounded to two places) ...
fn typed_constant(r: u32) -> bool {
    (r - FIRST) % 7 == 3
}
/// ... and the ones typed wrong: (Excel row, typed value).
const WRONG_TYPED: [u32; 3] = [15, 29, 43];

fn target(r: u32) -> f64 {
    50.0 + f64::from((r * 7) % 50)
}
fn realisasi(r: u32) -> f64 {
    round2(target(r) * (0.7 + f64::from((r * 13) % 45) / 100.0))
}

struct Generated {
    pk: PathBuf,
    nilai: PathBuf,
    wrong_cache: PathBuf,
    /// the planted mistakes rakit must report as fixable
    planted: Vec<Pos>,
}

fn generated() -> &'static Generated {
    static G: OnceLock<Generated> = OnceLock::new();
    G.get_or_init(|| {
        let dir = work_dir().join("generated");
        std::fs::create_dir_all(&dir).unwrap();
        let pk = dir.join("pk-generated.xlsx");
        let planted = gen_pk(&pk);
        let nilai = dir.join("nilai-saja.xlsx");
        gen_values_only(&nilai);
        let wrong_cache = dir.join("wrong-cache.xlsx");
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_number(0, 0, 2).unwrap();
        ws.write_formula(0, 1, Formula::new("=A1*3").set_result("999"))
            .unwrap();
        wb.save(&wrong_cache).unwrap();
        Generated {
            pk,
            nilai,
            wrong_cache,
            planted,
        }
    })
}

/// Writes a formula with its cached result.
fn f(ws: &mut Worksheet, row: u32, col: u16, formula: &str, result: String) {
    ws.write_formula(row, col, Formula::new(formula).set_result(result))
        .unwrap();
}

fn ff(ws: &mut Worksheet, row: u32, col: u16, formula: &str, result: String, fmt: &Format) {
    ws.write_formula_with_format(row, col, Formula::new(formula).set_result(result), fmt)
        .unwrap();
}

/// Data Ref!B of key k (1..=100).
fn ref_value(k: u32) -> f64 {
    f64::from((k * 37) % 101) + 0.5
}

/// The realistic agency workbook; returns the planted mistakes.
fn gen_pk(path: &Path) -> Vec<Pos> {
    let mut wb = Workbook::new();
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let head = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_background_color("#D9E1F2")
        .set_align(FormatAlign::Center)
        .set_text_wrap();
    let cell = Format::new().set_border(FormatBorder::Thin);
    let pct = Format::new()
        .set_border(FormatBorder::Thin)
        .set_num_format("0.00");
    let wrap = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    let red = Format::new().set_font_color("#C00000");
    let mut planted = Vec::new();

    // --- Pengukuran Kinerja --------------------------------------------------------
    let ws = wb.add_worksheet().set_name(PK).unwrap();
    ws.merge_range(0, 0, 0, 7, "PENGUKURAN KINERJA TAHUN 2024", &title)
        .unwrap();
    ws.merge_range(
        1,
        0,
        1,
        7,
        "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
        &title,
    )
    .unwrap();
    for (c, h) in [
        "No",
        "Sasaran",
        "Indikator",
        "Satuan",
        "Target",
        "Realisasi",
        "% Capaian",
        "Keterangan",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(3, c as u16, *h, &head).unwrap();
    }
    for (c, w) in [5.0, 34.0, 44.0, 10.0, 10.0, 10.0, 11.0, 14.0]
        .iter()
        .enumerate()
    {
        ws.set_column_width(c as u16, *w).unwrap();
    }
    let satuan = ["%", "Dokumen", "Indeks", "Orang"];
    let mut g_cached: Vec<f64> = Vec::new();
    for r in FIRST..=LAST {
        let row = r - 1;
        let i = r - FIRST;
        ws.write_number_with_format(row, 0, f64::from(i + 1), &cell)
            .unwrap();
        if !i.is_multiple_of(4) {
            ws.write_blank(row, 1, &wrap).unwrap();
        }
        ws.write_string_with_format(
            row,
            2,
            format!(
                "Persentase capaian program prioritas daerah nomor {} yang terlaksana",
                i + 1
            ),
            &wrap,
        )
        .unwrap();
        ws.write_string_with_format(row, 3, satuan[(i % 4) as usize], &cell)
            .unwrap();
        let (t, re) = (target(r), realisasi(r));
        ws.write_number_with_format(row, 4, t, &cell).unwrap();
        ws.write_number_with_format(row, 5, re, &cell).unwrap();
        let exact = re / t * 100.0;
        let g = if WRONG_TYPED.contains(&r) {
            // typed wrong: two digits swapped
            let right = round2(exact);
            let s = format!("{right:.2}");
            let b: Vec<char> = s.chars().collect();
            let mut w: Vec<char> = b.clone();
            w.swap(0, 1);
            let mut v: f64 = w.iter().collect::<String>().parse().unwrap();
            if (v - right).abs() < 1.0 {
                v = right + 12.5;
            }
            ws.write_number_with_format(row, 6, v, &pct).unwrap();
            planted.push((PK.to_string(), row, 6));
            v
        } else if typed_constant(r) {
            let v = round2(exact);
            ws.write_number_with_format(row, 6, v, &pct).unwrap();
            v
        } else if r == 12 {
            // points at the next row's target
            let v = re / target(13) * 100.0;
            ff(ws, row, 6, "=F12/E13*100", num(v), &pct);
            planted.push((PK.to_string(), row, 6));
            v
        } else if r == 14 {
            // a constant where the realisation belongs
            let v = 120.0 / t * 100.0;
            ff(ws, row, 6, "=120/E14*100", num(v), &pct);
            planted.push((PK.to_string(), row, 6));
            v
        } else {
            ff(ws, row, 6, &format!("=F{r}/E{r}*100"), num(exact), &pct);
            exact
        };
        g_cached.push(g);
        let ket = if g >= 100.0 {
            "Tercapai"
        } else if g >= 80.0 {
            "Cukup"
        } else {
            "Kurang"
        };
        ff(
            ws,
            row,
            7,
            &format!("=IF(G{r}>=100,\"Tercapai\",IF(G{r}>=80,\"Cukup\",\"Kurang\"))"),
            ket.into(),
            &cell,
        );
    }
    // Sasaran merged over groups of four indicators
    for g in 0..((LAST - FIRST + 1) / 4) {
        let top = FIRST - 1 + g * 4;
        ws.merge_range(
            top,
            1,
            top + 3,
            1,
            &format!(
                "Meningkatnya kualitas perencanaan pembangunan daerah ({})",
                g + 1
            ),
            &wrap,
        )
        .unwrap();
    }
    let avg_row = LAST; // Excel row LAST + 1
    ws.write_string_with_format(avg_row, 2, "Rata-rata capaian", &head)
        .unwrap();
    let avg = g_cached.iter().sum::<f64>() / g_cached.len() as f64;
    ff(
        ws,
        avg_row,
        6,
        &format!("=AVERAGE(G{FIRST}:G{LAST})"),
        num(avg),
        &pct,
    );
    ws.add_data_validation(
        FIRST - 1,
        3,
        LAST - 1,
        3,
        &DataValidation::new().allow_list_strings(&satuan).unwrap(),
    )
    .unwrap();
    ws.add_conditional_format(
        FIRST - 1,
        6,
        LAST - 1,
        6,
        &ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::LessThan(80))
            .set_format(&red),
    )
    .unwrap();
    ws.set_freeze_panes(4, 0).unwrap();

    // --- Data Ref: the lookup table ----------------------------------------------
    let ws = wb.add_worksheet().set_name(REF).unwrap();
    for (c, h) in ["Kode", "Nilai", "Uraian", "Ganda", "Kelas"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(0, c as u16, *h, &head).unwrap();
    }
    for k in 1..=100u32 {
        let (row, r) = (k, k + 1);
        let b = ref_value(k);
        ws.write_number(row, 0, k).unwrap();
        ws.write_number(row, 1, b).unwrap();
        ws.write_string(row, 2, format!("Uraian {k}")).unwrap();
        f(ws, row, 3, &format!("=B{r}*2"), num(b * 2.0));
        let kelas = if b >= 50.0 {
            "Tinggi"
        } else if b <= 10.0 {
            "Rendah"
        } else {
            "Sedang"
        };
        f(
            ws,
            row,
            4,
            &format!("=IF(B{r}>=50,\"Tinggi\",IF(B{r}<=10,\"Rendah\",\"Sedang\"))"),
            kelas.into(),
        );
    }
    ws.set_column_width(2, 16).unwrap();

    // --- O'Brien 2: thousands of formulas ------------------------------------------
    let ws = wb.add_worksheet().set_name(OB).unwrap();
    for (c, h) in [
        "A",
        "B",
        "Jumlah",
        "Syarat",
        "Bukan5",
        "Cari",
        "Uraian",
        "Teks",
        "Bulat",
        "Kumulatif",
        "Kebalikan",
        "Silang",
        "Umur",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, c as u16, *h, &head).unwrap();
    }
    ws.write_string(0, 13, "Faktor").unwrap();
    ws.write_number(0, 14, 1.1).unwrap();
    let e5 = target(FIRST);
    let mut cum = 0.0;
    let mut first_c = 0.0;
    for k in 1..=300u32 {
        let (row, r) = (k, k + 1);
        let (a, b) = (f64::from(k), f64::from(k) * 1.5);
        ws.write_number(row, 0, a).unwrap();
        ws.write_number(row, 1, b).unwrap();
        let c = a + b;
        if k == 1 {
            first_c = c;
        }
        f(ws, row, 2, &format!("=A{r}+B{r}"), num(c));
        let syarat = if a >= 10.0 && b <= 300.0 {
            "ya"
        } else {
            "tidak"
        };
        f(
            ws,
            row,
            3,
            &format!("=IF(AND(A{r}>=10,B{r}<=300),\"ya\",\"tidak\")"),
            syarat.into(),
        );
        f(
            ws,
            row,
            4,
            &format!("=IF(OR(A{r}<>5,A{r}=7),1,0)"),
            num(if k != 5 { 1.0 } else { 0.0 }),
        );
        f(
            ws,
            row,
            5,
            &format!("=VLOOKUP(MOD(A{r}-1,100)+1,TabelRef,2,FALSE)"),
            num(ref_value((k - 1) % 100 + 1)),
        );
        f(
            ws,
            row,
            6,
            &format!(
                "=IFERROR(INDEX('Data Ref'!$C$2:$C$101,MATCH(A{r},'Data Ref'!$A$2:$A$101,0)),\"-\")"
            ),
            if k <= 100 {
                format!("Uraian {k}")
            } else {
                "-".into()
            },
        );
        f(
            ws,
            row,
            7,
            &format!("=\"Baris \"&A{r}&\": \"&D{r}"),
            format!("Baris {k}: {syarat}"),
        );
        f(
            ws,
            row,
            8,
            &format!("=ROUND(C{r}/3,2)"),
            num(round2(c / 3.0)),
        );
        cum += b;
        f(ws, row, 9, &format!("=SUM($B$2:B{r})"), num(cum));
        f(
            ws,
            row,
            10,
            &format!("=IFERROR(1/(A{r}-5),\"bagi nol\")"),
            if k == 5 {
                "bagi nol".into()
            } else {
                num(1.0 / (a - 5.0))
            },
        );
        f(
            ws,
            row,
            11,
            &format!("='Pengukuran Kinerja'!$E${FIRST}*A{r}*Faktor"),
            num(e5 * a * 1.1),
        );
        f(
            ws,
            row,
            12,
            &format!("=IF(A{r}<=TahunPK-1900,\"lama\",\"baru\")"),
            (if k <= 124 { "lama" } else { "baru" }).into(),
        );
    }
    // error cells
    ws.write_string(302, 0, "Galat").unwrap();
    f(ws, 302, 1, "=1/0", "#DIV/0!".into());
    f(ws, 302, 2, "=NA()", "#N/A".into());
    f(ws, 302, 3, "=#REF!+1", "#REF!".into());
    f(
        ws,
        302,
        4,
        "=IFERROR(B303,\"tertangkap\")",
        "tertangkap".into(),
    );
    ws.set_column_width(7, 18).unwrap();

    // --- Bantu: a hidden helper sheet ------------------------------------------------
    let ws = wb.add_worksheet().set_name(BANTU).unwrap();
    ws.set_hidden(true);
    ws.write_string(0, 0, "Jumlah tercapai").unwrap();
    let reached = g_cached.iter().filter(|g| **g >= 100.0).count();
    f(
        ws,
        0,
        1,
        &format!("=COUNTIF('Pengukuran Kinerja'!G{FIRST}:G{LAST},\">=100\")"),
        num(reached as f64),
    );
    ws.write_string(1, 0, "Total target").unwrap();
    let total: f64 = (FIRST..=LAST).map(target).sum();
    f(ws, 1, 1, "=SUM(RentangTarget)", num(total));
    ws.write_string(2, 0, "Silang").unwrap();
    f(ws, 2, 1, "='O''Brien 2'!C2*2", num(first_c * 2.0));

    // --- names -------------------------------------------------------------------------
    wb.define_name("TabelRef", "='Data Ref'!$A$2:$C$101")
        .unwrap();
    wb.define_name("TahunPK", "=2024").unwrap();
    wb.define_name(
        "RentangTarget",
        &format!("='Pengukuran Kinerja'!$E${FIRST}:$E${LAST}"),
    )
    .unwrap();
    wb.define_name("'O''Brien 2'!Faktor", "='O''Brien 2'!$O$1")
        .unwrap();
    wb.save(path).unwrap();
    planted
}

/// A workbook of values only (no formula, no name): an indicator table with one wrong %.
fn gen_values_only(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("PK 2023").unwrap();
    ws.write_string(0, 0, "PENGUKURAN KINERJA TAHUN 2023")
        .unwrap();
    for (c, h) in [
        "No",
        "Sasaran",
        "Indikator",
        "Satuan",
        "Target",
        "Realisasi",
        "% Capaian",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for i in 0..20u32 {
        let row = 3 + i;
        let r = FIRST + i;
        ws.write_number(row, 0, f64::from(i + 1)).unwrap();
        ws.write_string(row, 1, format!("Sasaran {}", i / 5 + 1))
            .unwrap();
        ws.write_string(row, 2, format!("Indikator kinerja {}", i + 1))
            .unwrap();
        ws.write_string(row, 3, "%").unwrap();
        ws.write_number(row, 4, target(r)).unwrap();
        ws.write_number(row, 5, realisasi(r)).unwrap();
        let mut g = round2(realisasi(r) / target(r) * 100.0);
        if i == 6 {
            g += 10.0;
        }
        ws.write_number(row, 6, g).unwrap();
    }
    ws.merge_range(0, 0, 0, 6, "PENGUKURAN KINERJA TAHUN 2023", &Format::new())
        .unwrap();
    // a hidden sheet of notes: a rebuilt copy keeps it hidden
    let notes = wb.add_worksheet().set_name("Catatan").unwrap();
    notes.write_string(0, 0, "dicatat oleh operator").unwrap();
    notes.write_number(1, 0, 42.0).unwrap();
    notes.set_hidden(true);
    wb.save(path).unwrap();
}

// ---------------------------------------------------------------------------------------
// Running rakit
// ---------------------------------------------------------------------------------------

/// One `rakit check --format json` and `rakit fix -o` of an input.
#[derive(Debug)]
struct Run {
    input: PathBuf,
    code: Option<i32>,
    stderr: String,
    /// the corrected copy, when fix wrote one
    copy: Option<PathBuf>,
    /// the cells reported as fixable
    fixed: HashSet<Pos>,
}

/// The fixable findings of `rakit check --format json`: those whose `fix` is not null (or,
/// in the JSON of today, `fixable: true`), by sheet and zero-based row and column (read
/// from `cell`; else from zero-based `row`/`col`).
fn reported(input: &Path, extra: &[&std::ffi::OsStr]) -> HashSet<Pos> {
    let o = Command::cargo_bin("rakit")
        .unwrap()
        .args(["check", "--format", "json"])
        .args(extra)
        .arg(input)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json {}: {e}\n{}",
            input.display(),
            String::from_utf8_lossy(&o.stderr)
        )
    });
    let mut out = HashSet::new();
    for file in doc["files"].as_array().into_iter().flatten() {
        for f in file["findings"].as_array().into_iter().flatten() {
            let fixable = match f.get("fix") {
                Some(v) => !v.is_null(),
                None => f["fixable"].as_bool().unwrap_or(false),
            };
            if !fixable {
                continue;
            }
            let sheet = f["sheet"].as_str().unwrap().to_string();
            let (row, col) = match f["cell"].as_str().and_then(rakit::read::parse_cell_name) {
                Some(rc) => rc,
                None => (
                    f["row"].as_u64().unwrap() as u32,
                    f["col"].as_u64().unwrap() as u32,
                ),
            };
            out.insert((sheet, row, col));
        }
    }
    out
}

fn rakit_fix(input: &Path, out: &Path) -> Run {
    rakit_fix_with(input, out, &[])
}

/// `rakit check` and `rakit fix` with extra arguments (such as `--mapping FILE`).
fn rakit_fix_with(input: &Path, out: &Path, extra: &[&std::ffi::OsStr]) -> Run {
    let fixed = reported(input, extra);
    let o = Command::cargo_bin("rakit")
        .unwrap()
        .arg("fix")
        .args(extra)
        .arg(input)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    Run {
        input: input.to_path_buf(),
        code: o.status.code(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        copy: out.is_file().then(|| out.to_path_buf()),
        fixed,
    }
}

// ---------------------------------------------------------------------------------------
// The shared LibreOffice work
// ---------------------------------------------------------------------------------------

struct World {
    xlsx: Run,
    real: Run,
    /// the real workbook with its column mapping: fix edits cells of shared formulas
    real_mapped: Run,
    xls: Run,
    ods: Run,
    nilai_xls: Run,
    /// a workbook written by openpyxl, its formulas stored without their results
    unstored: Run,
    /// every original and copy, recalculated by LibreOffice: input → (LibreOffice's xlsx, cells)
    recalc: HashMap<PathBuf, (PathBuf, Book)>,
}

impl World {
    fn lo(&self, p: &Path) -> &(PathBuf, Book) {
        self.recalc
            .get(p)
            .unwrap_or_else(|| panic!("{} was not recalculated", p.display()))
    }
}

/// Everything the LibreOffice tests need, made once: `None` when LibreOffice is missing and
/// `RAKIT_SKIP_SOFFICE=1`.
fn world() -> Option<&'static World> {
    static W: OnceLock<Option<World>> = OnceLock::new();
    W.get_or_init(|| {
        if !lo::soffice_available() {
            return None;
        }
        let g = generated();
        let d = &work_dir().join("world");
        // xls and ods made by LibreOffice from the generated xlsx, in parallel
        let (xls, ods) = std::thread::scope(|s| {
            let a = s.spawn(|| {
                lo::convert(
                    &[g.pk.clone(), g.nilai.clone()],
                    "xls:MS Excel 97",
                    &d.join("xls"),
                )
                .unwrap()
            });
            let b = s
                .spawn(|| lo::convert(std::slice::from_ref(&g.pk), "ods", &d.join("ods")).unwrap());
            (a.join().unwrap(), b.join().unwrap())
        });
        let xlsx = rakit_fix(&g.pk, &d.join("pk-xlsx-copy.xlsx"));
        let real = rakit_fix(&real_workbook(), &d.join("real-copy.xlsx"));
        let mapping = real_workbook().with_extension("mapping.toml");
        let (planted, _) = planted_real();
        let real_mapped = rakit_fix_with(
            &planted,
            &d.join("real-mapped-copy.xlsx"),
            &["--mapping".as_ref(), mapping.as_os_str()],
        );
        let xls_run = rakit_fix(&xls[0], &d.join("pk-xls-copy.xlsx"));
        let ods_run = rakit_fix(&ods[0], &d.join("pk-ods-copy.xlsx"));
        let nilai_xls = rakit_fix(&xls[1], &d.join("nilai-xls-copy.xlsx"));
        let unstored = rakit_fix(
            &common::data("unstored/pk-tanpa-hasil-2023.xlsx"),
            &d.join("unstored-copy.xlsx"),
        );
        let mut all: Vec<PathBuf> = vec![g.wrong_cache.clone()];
        for run in [
            &xlsx,
            &real,
            &real_mapped,
            &xls_run,
            &ods_run,
            &nilai_xls,
            &unstored,
        ] {
            if !all.contains(&run.input) {
                all.push(run.input.clone());
            }
            all.extend(run.copy.clone());
        }
        let books = lo::recalculated(&all, &d.join("recalc")).unwrap();
        let recalc = all.into_iter().zip(books).collect();
        Some(World {
            xlsx,
            real,
            real_mapped,
            xls: xls_run,
            ods: ods_run,
            nilai_xls,
            unstored,
            recalc,
        })
    })
    .as_ref()
}

// ---------------------------------------------------------------------------------------
// Comparing an original with its copy
// ---------------------------------------------------------------------------------------

/// The cell ranges a formula refers to: (sheet, top, left, bottom, right), zero-based.
fn refs(formula: &str, own: &str) -> Vec<(String, u32, u32, u32, u32)> {
    let ch: Vec<char> = formula.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut sheet: Option<String> = None;
    let cell_at = |i: usize| -> Option<(u32, u32, usize)> {
        let mut j = i;
        let mut s = String::new();
        if ch.get(j) == Some(&'$') {
            j += 1;
        }
        while j < ch.len() && ch[j].is_ascii_alphabetic() {
            s.push(ch[j]);
            j += 1;
        }
        if s.is_empty() || s.len() > 3 {
            return None;
        }
        if ch.get(j) == Some(&'$') {
            j += 1;
        }
        let ds = j;
        while j < ch.len() && ch[j].is_ascii_digit() {
            j += 1;
        }
        if ds == j {
            return None;
        }
        if ch
            .get(j)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '(' || *c == '.')
        {
            return None;
        }
        let row: u32 = ch[ds..j].iter().collect::<String>().parse().ok()?;
        let col = rakit::read::parse_col(&s.to_ascii_uppercase())?;
        Some((row.checked_sub(1)?, col, j))
    };
    while i < ch.len() {
        let c = ch[i];
        if c == '"' {
            i += 1;
            while i < ch.len() {
                if ch[i] == '"' {
                    if ch.get(i + 1) == Some(&'"') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        if c == '\'' {
            let mut name = String::new();
            i += 1;
            while i < ch.len() {
                if ch[i] == '\'' {
                    if ch.get(i + 1) == Some(&'\'') {
                        name.push('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                name.push(ch[i]);
                i += 1;
            }
            i += 1;
            if ch.get(i) == Some(&'!') {
                sheet = Some(name);
                i += 1;
            }
            continue;
        }
        let word_start =
            i == 0 || !(ch[i - 1].is_alphanumeric() || ch[i - 1] == '_' || ch[i - 1] == '.');
        if word_start && (c.is_alphanumeric() || c == '$' || c == '_') {
            if let Some((r0, c0, j)) = cell_at(i) {
                let (mut r1, mut c1, mut k) = (r0, c0, j);
                if ch.get(j) == Some(&':') {
                    if let Some((r, c, k2)) = cell_at(j + 1) {
                        (r1, c1, k) = (r, c, k2);
                    }
                }
                out.push((
                    sheet.take().unwrap_or_else(|| own.to_string()),
                    r0.min(r1),
                    c0.min(c1),
                    r0.max(r1),
                    c0.max(c1),
                ));
                i = k;
                continue;
            }
            // a word: a sheet name followed by '!', a function or a defined name
            let mut j = i;
            while j < ch.len() && (ch[j].is_alphanumeric() || ch[j] == '_' || ch[j] == '.') {
                j += 1;
            }
            if ch.get(j) == Some(&'!') {
                sheet = Some(ch[i..j].iter().collect());
                i = j + 1;
                continue;
            }
            sheet = None;
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

fn show(p: &Pos) -> String {
    format!("{}!{}", p.0, rakit::read::cell_name(p.1, p.2))
}

/// Everything that differs between an original and its copy, both after LibreOffice
/// recalculated them; reported cells may change value and formula but not lose a formula.
fn compare_cells(orig: &Book, copy: &Book, fixed: &HashSet<Pos>) -> Vec<String> {
    let mut bad = Vec::new();
    let names = orig.names();
    let copy_names = copy.names();
    let mut want = names.clone();
    want.extend(OWN.iter().map(|s| s.to_string()));
    if copy_names != want {
        bad.push(format!("[sheets] {copy_names:?}, expected {want:?}"));
    }
    let empty = lo::Cell {
        value: Data::Empty,
        formula: None,
    };
    let mut changed: Vec<(Pos, String)> = Vec::new();
    for (name, cells) in &orig.sheets {
        let Some(ccells) = copy.sheet(name) else {
            continue;
        };
        let keys: BTreeSet<(u32, u32)> = cells.keys().chain(ccells.keys()).copied().collect();
        for k in keys {
            let p = (name.clone(), k.0, k.1);
            let o = cells.get(&k).unwrap_or(&empty);
            let c = ccells.get(&k).unwrap_or(&empty);
            if o.formula.is_some() && c.formula.is_none() {
                bad.push(format!(
                    "[formula lost] {}: the formula ={} became {} {:?}",
                    show(&p),
                    o.formula.as_deref().unwrap(),
                    if c.value == Data::Empty {
                        "a blank"
                    } else {
                        "the constant"
                    },
                    c.value
                ));
                continue;
            }
            if fixed.contains(&p) {
                continue;
            }
            if o.formula != c.formula {
                bad.push(format!(
                    "[formula changed] {}: formula {:?} became {:?}",
                    show(&p),
                    o.formula,
                    c.formula
                ));
            }
            if o.value != c.value {
                let m = format!(
                    "[value changed] {}: value {:?} became {:?}",
                    show(&p),
                    o.value,
                    c.value
                );
                changed.push((p, m));
            }
        }
    }
    // a changed value is explained by a formula that refers to a corrected cell, directly
    // or through other explained cells
    let mut source: HashSet<Pos> = fixed.clone();
    loop {
        let before = changed.len();
        changed.retain(|(p, _)| {
            let f = copy
                .sheet(&p.0)
                .and_then(|c| c.get(&(p.1, p.2)))
                .and_then(|c| c.formula.clone());
            let Some(f) = f else { return true };
            let hit = refs(&f, &p.0).iter().any(|(s, r0, c0, r1, c1)| {
                source
                    .iter()
                    .any(|(ss, r, c)| ss == s && (r0..=r1).contains(&r) && (c0..=c1).contains(&c))
            });
            if hit {
                source.insert(p.clone());
            }
            !hit
        });
        if changed.len() == before {
            break;
        }
    }
    bad.extend(changed.into_iter().map(|(_, m)| m));
    bad
}

/// Names, sheets (order, visibility) and merged ranges; with `all`, also data validations,
/// conditional formats and every cell's resolved style (outside the corrected cells).
fn compare_packages(
    orig: &Package,
    copy: &Package,
    fixed: &HashSet<Pos>,
    all: bool,
) -> Vec<String> {
    let mut bad = Vec::new();
    let n = orig.sheets.len();
    let ol = orig.sheet_list();
    let cl = copy.sheet_list();
    if cl.len() < n || cl[..n] != ol[..] {
        bad.push(format!(
            "[sheets] (name, state) {cl:?}, expected {ol:?} first"
        ));
    }
    // `_xlfn_...`: placeholders the xls format needs for functions it does not know
    let real = |n: &&lo::DefinedName| !n.name.starts_with("_xlfn");
    let copy_names: HashSet<_> = copy.names.iter().filter(real).cloned().collect();
    for name in orig.names.iter().filter(real) {
        if !copy_names.contains(name) {
            bad.push(format!("[names] lost or changed: {name:?}"));
        }
    }
    let orig_names: HashSet<_> = orig.names.iter().cloned().collect();
    for name in copy.names.iter().filter(real) {
        let own = name.local.is_some_and(|l| l as usize >= n)
            || OWN.iter().any(|s| name.text.contains(s));
        if !orig_names.contains(name) && !own {
            bad.push(format!("[names] added: {name:?}"));
        }
    }
    for o in &orig.sheets {
        let Some(c) = copy.sheet(&o.name) else {
            continue;
        };
        if o.merges != c.merges {
            bad.push(format!(
                "[merges] {}: {:?} became {:?}",
                o.name, o.merges, c.merges
            ));
        }
        if !all {
            continue;
        }
        if o.validations != c.validations {
            bad.push(format!(
                "[validations] {}: {:?} became {:?}",
                o.name, o.validations, c.validations
            ));
        }
        if o.cond_formats != c.cond_formats {
            bad.push(format!(
                "[conditional formats] {}: {:?} became {:?}",
                o.name, o.cond_formats, c.cond_formats
            ));
        }
        let keys: BTreeSet<_> = o.styles.keys().chain(c.styles.keys()).copied().collect();
        for (r, col) in keys {
            let p = (o.name.clone(), r, col);
            if fixed.contains(&p) {
                continue;
            }
            let (a, b) = (orig.style(&o.name, r, col), copy.style(&o.name, r, col));
            if a != b {
                bad.push(format!("[style] {}: {a} became {b}", show(&p)));
            }
        }
    }
    bad
}

/// Fails with the problems grouped by kind (`[kind] ...`): how many, and the first few.
fn verdict(label: &str, bad: &[String]) {
    if bad.is_empty() {
        return;
    }
    let mut kinds: Vec<(&str, Vec<&String>)> = Vec::new();
    for b in bad {
        let kind = b.split_once(']').map(|x| x.0).unwrap_or("");
        match kinds.iter_mut().find(|k| k.0 == kind) {
            Some(k) => k.1.push(b),
            None => kinds.push((kind, vec![b])),
        }
    }
    let mut msg = format!("{label}: the copy is worse than the original:\n");
    for (kind, list) in kinds {
        msg.push_str(&format!("{kind}] x{}:\n", list.len()));
        for b in list.iter().take(8) {
            msg.push_str(&format!("    {b}\n"));
        }
    }
    panic!("{msg}");
}

fn fixed_list(run: &Run) -> Vec<String> {
    let mut v: Vec<_> = run.fixed.iter().map(show).collect();
    v.sort();
    v
}

/// The whole invariant for an xlsx input: cells after recalculation, and the package.
fn xlsx_invariant(w: &World, run: &Run, label: &str) {
    let copy = run.copy.as_ref().unwrap_or_else(|| {
        panic!(
            "{label}: fix wrote no copy (exit {:?}): {}",
            run.code, run.stderr
        )
    });
    assert!(
        matches!(run.code, Some(0 | 1)),
        "{label}: exit {:?}: {}",
        run.code,
        run.stderr
    );
    let (_, ob) = w.lo(&run.input);
    let (_, cb) = w.lo(copy);
    let mut bad = compare_cells(ob, cb, &run.fixed);
    bad.extend(compare_packages(
        &lo::package(&run.input),
        &lo::package(copy),
        &run.fixed,
        true,
    ));
    eprintln!("{label}: corrected cells {:?}", fixed_list(run));
    verdict(label, &bad);
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

/// LibreOffice recalculates on load with the profile of `lo.rs` (the cached 999 of
/// `B1 = A1*3` with `A1 = 2` comes back as 6).
#[test]
fn recalc_mode_zero_recalculates() {
    let Some(w) = world() else { return };
    let g = generated();
    let (_, b) = w.lo(&g.wrong_cache);
    let cached = lo::read_book(&g.wrong_cache);
    assert_eq!(cached.sheets[0].1[&(0, 1)].value, Data::Float(999.0));
    let c = &b.sheets[0].1[&(0, 1)];
    assert_eq!(c.value, Data::Float(6.0), "LibreOffice did not recalculate");
    assert_eq!(c.formula.as_deref(), Some("A1*3"));
}

/// The generated workbook is honest: every cached value is what LibreOffice computes, so
/// rakit sees the values Excel would have saved.
#[test]
fn generated_workbook_caches_what_libreoffice_computes() {
    let Some(w) = world() else { return };
    let g = generated();
    let cached = lo::read_book(&g.pk);
    let (_, recalc) = w.lo(&g.pk);
    let mut formulas = 0;
    let mut bad = Vec::new();
    for (name, cells) in &cached.sheets {
        let lo_cells = recalc.sheet(name).unwrap();
        for (k, c) in cells {
            let Some(fm) = &c.formula else { continue };
            formulas += 1;
            let l = &lo_cells[k].value;
            let same = match (&c.value, l) {
                (Data::Float(a), Data::Float(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
                (Data::Int(a), Data::Float(b)) | (Data::Float(b), Data::Int(a)) => {
                    (*a as f64 - b).abs() < 1e-9
                }
                (a, b) => a == b,
            };
            if !same {
                bad.push(format!(
                    "{name}!{} ={fm}: cached {:?}, LibreOffice {l:?}",
                    rakit::read::cell_name(k.0, k.1),
                    c.value
                ));
            }
        }
    }
    assert!(formulas >= 3000, "only {formulas} formulas");
    assert!(
        bad.is_empty(),
        "{} cached values wrong:\n{}",
        bad.len(),
        bad.join("\n")
    );
    let pkg = lo::package(&g.pk);
    assert_eq!(
        pkg.sheet_list(),
        vec![
            (PK.to_string(), "visible".to_string()),
            (REF.into(), "visible".into()),
            (OB.into(), "visible".into()),
            (BANTU.into(), "hidden".into())
        ]
    );
    assert!(pkg
        .names
        .iter()
        .any(|n| n.name == "Faktor" && n.local == Some(2)));
    assert!(pkg
        .names
        .iter()
        .any(|n| n.name == "TabelRef" && n.local.is_none()));
}

#[test]
fn xlsx_round_trip_keeps_everything_but_reported_cells() {
    let Some(w) = world() else { return };
    let g = generated();
    // the planted mistakes are found and are corrected
    let missing: Vec<_> = g
        .planted
        .iter()
        .filter(|p| !w.xlsx.fixed.contains(p))
        .map(show)
        .collect();
    assert!(
        missing.is_empty(),
        "planted mistakes not reported as fixable: {missing:?}"
    );
    xlsx_invariant(w, &w.xlsx, "generated xlsx");
}

/// A workbook whose formulas were stored without their results (openpyxl): rakit computed
/// them to check it; its copy keeps every formula and every other cell, and corrects only
/// the typed % it reports.
#[test]
fn a_workbook_without_stored_results_keeps_everything_but_reported_cells() {
    let Some(w) = world() else { return };
    xlsx_invariant(w, &w.unstored, "pk-tanpa-hasil-2023.xlsx");
}

#[test]
fn real_agency_workbook_round_trip_keeps_everything_but_reported_cells() {
    let Some(w) = world() else { return };
    xlsx_invariant(w, &w.real, "deli-serdang-evaluasi-renja-2025.xlsx");
}

/// The real workbook with its column mapping and a formula planted inside the shared
/// formula AF11:AF77 that points at the next row: fix puts back the column's own pattern
/// (a formula, never a constant), and every other cell keeps its formula and value.
#[test]
fn real_agency_workbook_with_mapping_keeps_everything_but_reported_cells() {
    let Some(w) = world() else { return };
    let (_, planted) = planted_real();
    assert_eq!(
        w.real_mapped.fixed,
        HashSet::from([planted.clone()]),
        "with its mapping, only the planted cell is corrected"
    );
    let copy = w.real_mapped.copy.as_ref().expect("a corrected copy");
    let book = &w.lo(copy).1;
    let cell = book
        .sheet(&planted.0)
        .and_then(|c| c.get(&(planted.1, planted.2)));
    let want = format!("(AD{}/J{})*100", planted.1 + 1, planted.1 + 1);
    assert_eq!(
        cell.and_then(|c| c.formula.as_deref())
            .map(|f| f.trim_start_matches('=')),
        Some(want.as_str()),
        "the planted cell gets the column's pattern back: {cell:?}"
    );
    xlsx_invariant(
        w,
        &w.real_mapped,
        "deli-serdang-evaluasi-renja-2025.xlsx --mapping",
    );
}

/// A workbook rakit cannot patch: either a copy that keeps the invariant (values after
/// recalculation, formulas, names, sheets, merges) or no copy, exit code 2 and a message
/// naming the file and asking to save it as .xlsx.
fn copy_or_refusal(w: &World, run: &Run, label: &str) {
    match &run.copy {
        None => {
            assert_eq!(
                run.code,
                Some(2),
                "{label}: no copy, so exit code 2 expected: {}",
                run.stderr
            );
            let name = run.input.file_name().unwrap().to_string_lossy();
            let e = &run.stderr;
            assert!(
                e.contains(&*name),
                "{label}: stderr does not name {name}: {e}"
            );
            assert!(
                (e.contains("Save As") || e.contains("Simpan Sebagai")) && e.contains(".xlsx"),
                "{label}: stderr does not tell to save it as .xlsx: {e}"
            );
        }
        Some(copy) => {
            assert!(
                matches!(run.code, Some(0 | 1)),
                "{label}: a copy and exit {:?}: {}",
                run.code,
                run.stderr
            );
            let (olo, ob) = w.lo(&run.input);
            let (clo, cb) = w.lo(copy);
            let mut bad = compare_cells(ob, cb, &run.fixed);
            // both packages as LibreOffice writes them, so they compare
            bad.extend(compare_packages(
                &lo::package(olo),
                &lo::package(clo),
                &run.fixed,
                false,
            ));
            eprintln!("{label}: corrected cells {:?}", fixed_list(run));
            verdict(label, &bad);
        }
    }
}

#[test]
fn xls_input_gives_a_faithful_copy_or_asks_for_xlsx() {
    let Some(w) = world() else { return };
    copy_or_refusal(w, &w.xls, "generated workbook as .xls");
}

#[test]
fn ods_input_gives_a_faithful_copy_or_asks_for_xlsx() {
    let Some(w) = world() else { return };
    copy_or_refusal(w, &w.ods, "generated workbook as .ods");
}

/// Values only (no formula, no name) as .xls: either outcome, but a copy keeps every value.
#[test]
fn values_only_xls_keeps_every_value() {
    let Some(w) = world() else { return };
    copy_or_refusal(w, &w.nilai_xls, "values-only .xls");
}

/// Fixing a corrected copy again replaces rakit's own sheets instead of adding "Temuan (2)".
#[test]
fn fixing_a_copy_again_replaces_rakits_sheets() {
    let g = generated();
    let dir = work_dir().join("again");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("copy.xlsx");
    let copy2 = dir.join("copy2.xlsx");
    let first = rakit_fix(&g.pk, &copy);
    assert!(first.copy.is_some(), "fix wrote no copy: {}", first.stderr);
    let second = rakit_fix(&copy, &copy2);
    assert!(
        second.copy.is_some(),
        "fix of the copy wrote nothing (exit {:?}): {}",
        second.code,
        second.stderr
    );
    let a = lo::package(&copy).sheet_list();
    let b = lo::package(&copy2).sheet_list();
    assert_eq!(b, a, "sheets of the copy of the copy");
}
