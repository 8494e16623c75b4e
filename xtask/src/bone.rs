//! The Bone 2020 Rencana Aksi workbook: `sample-workbooks/bone-2020-rencana-aksi.xlsx`.
//!
//! Built from `bone-2020-reconstruction.md` (table 1b), every figure as the text the document
//! prints, every mistake kept.

mod data;

use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline, IgnoreError,
    Workbook, Worksheet, XlsxError,
};

use data::{Block, Figures, BLOCKS};

/// File name of the workbook inside `sample-workbooks/`.
pub const FILE_NAME: &str = "bone-2020-rencana-aksi.xlsx";
/// The only sheet.
pub const SHEET: &str = "RENAKSI 2020";

// Columns (0-based; A = 0).
const COL_NO: u16 = 0; // A
const COL_SASARAN: u16 = 1; // B  (1)
const COL_IND_SASARAN: u16 = 2; // C  (2)
const COL_SAS_LABEL: u16 = 3; // D  (3) period label
const COL_SAS_TARGET: u16 = 4; // E  (3) target
const COL_SAS_REAL: u16 = 5; // F  realisasi
const COL_SAS_PCT: u16 = 6; // G  %
const COL_PROGRAM: u16 = 7; // H  (4) name + budget
const COL_IND_PROGRAM: u16 = 8; // I  (5)
const COL_PRG_LABEL: u16 = 9; // J  (6) period label
const COL_PRG_TARGET: u16 = 10; // K  (6) target
const COL_PRG_REAL: u16 = 11; // L
const COL_PRG_PCT: u16 = 12; // M
const COL_KEGIATAN: u16 = 13; // N  (7) name + budget
const COL_IND_KEGIATAN: u16 = 14; // O  (8)
const COL_KEG_LABEL: u16 = 15; // P  (9) period label
const COL_KEG_TARGET: u16 = 16; // Q  (9) target
const COL_KEG_REAL: u16 = 17; // R
const COL_KEG_PCT: u16 = 18; // S
const COL_UNIT: u16 = 19; // T
const LAST_COL: u16 = COL_UNIT;

// Rows (0-based; Excel row = index + 1).
const ROW_TUJUAN: u32 = 4; // Excel 5..7
const ROW_HEAD1: u32 = 8; // Excel 9
const ROW_HEAD2: u32 = 9; // Excel 10
const ROW_NUMBERS: u32 = 10; // Excel 11
/// First row of block R01 (Excel 12). Block k (1-based) starts at FIRST_DATA + 5 (k - 1).
const FIRST_DATA: u32 = 11;
const BLOCK_ROWS: u32 = 5;

const PERIODS: [&str; 5] = [
    "Target Tahunan",
    "TW 1 (B03)",
    "TW 2 (B06)",
    "TW 3 (B09)",
    "TW 4 (B12)",
];

/// The three levels' columns: period label, target, realisasi, %.
const LEVEL_COLS: [[u16; 4]; 3] = [
    [COL_SAS_LABEL, COL_SAS_TARGET, COL_SAS_REAL, COL_SAS_PCT],
    [COL_PRG_LABEL, COL_PRG_TARGET, COL_PRG_REAL, COL_PRG_PCT],
    [COL_KEG_LABEL, COL_KEG_TARGET, COL_KEG_REAL, COL_KEG_PCT],
];

struct Formats {
    title: Format,
    plain: Format,
    header: Format,
    number: Format,
    name: Format,
    label: Format,
    figure: Format,
    signature_name: Format,
}

impl Formats {
    fn new() -> Self {
        let base = Format::new().set_font_name("Arial").set_font_size(9);
        let boxed = base.clone().set_border(FormatBorder::Thin);
        Formats {
            title: base
                .clone()
                .set_bold()
                .set_font_size(12)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            plain: base.clone(),
            header: boxed
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(0xD9D9D9),
            number: boxed
                .clone()
                .set_italic()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            name: boxed
                .clone()
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::Top),
            label: boxed
                .clone()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            figure: boxed
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            signature_name: base.set_bold().set_underline(FormatUnderline::Single),
        }
    }
}

/// Writes `text` as a string, or a formatted blank cell where the document prints nothing.
fn put(ws: &mut Worksheet, row: u32, col: u16, text: &str, f: &Format) -> Result<(), XlsxError> {
    if text.is_empty() {
        ws.write_blank(row, col, f)?;
    } else {
        ws.write_string_with_format(row, col, text, f)?;
    }
    Ok(())
}

/// Builds the workbook into `out/bone-2020-rencana-aksi.xlsx`.
pub fn build(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out)?;
    let mut workbook = Workbook::new();
    // A fixed creation date keeps the committed file byte-for-byte reproducible.
    let created = ExcelDateTime::from_ymd(2020, 12, 31)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title("Pengukuran Kinerja berdasarkan Rencana Aksi 2020")
            .set_company("Dinas Koperasi dan UKM Kabupaten Bone")
            .set_creation_datetime(&created),
    );
    check_blocks()?;
    let ws = workbook.add_worksheet();
    ws.set_name(SHEET)?;
    let f = Formats::new();

    layout(ws)?;
    titles(ws, &f)?;
    headers(ws, &f)?;
    let mut previous_program = "";
    for (k, block) in BLOCKS.iter().enumerate() {
        let first = FIRST_DATA + BLOCK_ROWS * k as u32;
        let program_budget = if block.program.id != previous_program {
            Some(block.program.budget)
        } else {
            None
        };
        previous_program = block.program.id;
        write_block(ws, &f, first, block, program_budget)?;
    }
    let last_data = FIRST_DATA + BLOCK_ROWS * BLOCKS.len() as u32 - 1;
    // Every figure is text (as the document types it): silence Excel's green triangles.
    ws.ignore_error_range(
        FIRST_DATA,
        0,
        last_data,
        LAST_COL,
        IgnoreError::NumberStoredAsText,
    )?;
    signature(ws, &f, last_data + 2)?;

    workbook.save(out.join(FILE_NAME))?;
    Ok(())
}

/// The digits of a printed amount: "Rp.150.825.000 ,-" -> 150825000.
fn rupiah(printed: &str) -> Result<u64, String> {
    let digits: String = printed.chars().filter(char::is_ascii_digit).collect();
    digits
        .parse()
        .map_err(|e| format!("budget {printed:?}: {e}"))
}

/// Checks the data before writing: blocks R01..R30 in order, and every programme budget
/// equal to the sum of its kegiatan budgets (reconstruction §3).
fn check_blocks() -> Result<(), String> {
    let mut sums: Vec<(&str, u64, u64)> = Vec::new();
    for (k, block) in BLOCKS.iter().enumerate() {
        let expected = format!("R{:02}", k + 1);
        if block.id != expected {
            return Err(format!("block {} found where {expected} belongs", block.id));
        }
        let amount = rupiah(block.kegiatan_budget)?;
        match sums.last_mut() {
            Some((id, _, sum)) if *id == block.program.id => *sum += amount,
            _ => sums.push((block.program.id, rupiah(block.program.budget)?, amount)),
        }
    }
    for (id, budget, sum) in sums {
        if budget != sum {
            return Err(format!(
                "{id}: budget {budget} but its kegiatan sum to {sum}"
            ));
        }
    }
    Ok(())
}

fn layout(ws: &mut Worksheet) -> Result<(), XlsxError> {
    let widths: [(u16, f64); 20] = [
        (COL_NO, 5.0),
        (COL_SASARAN, 20.0),
        (COL_IND_SASARAN, 20.0),
        (COL_SAS_LABEL, 13.0),
        (COL_SAS_TARGET, 10.0),
        (COL_SAS_REAL, 11.0),
        (COL_SAS_PCT, 8.0),
        (COL_PROGRAM, 24.0),
        (COL_IND_PROGRAM, 24.0),
        (COL_PRG_LABEL, 13.0),
        (COL_PRG_TARGET, 8.0),
        (COL_PRG_REAL, 10.0),
        (COL_PRG_PCT, 7.0),
        (COL_KEGIATAN, 26.0),
        (COL_IND_KEGIATAN, 26.0),
        (COL_KEG_LABEL, 13.0),
        (COL_KEG_TARGET, 17.0),
        (COL_KEG_REAL, 11.0),
        (COL_KEG_PCT, 7.0),
        (COL_UNIT, 20.0),
    ];
    for (col, width) in widths {
        ws.set_column_width(col, width)?;
    }
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    ws.set_repeat_rows(ROW_HEAD1, ROW_NUMBERS)?;
    ws.set_freeze_panes(FIRST_DATA, 0)?;
    // Page breaks where the printed document's pages 2..6 begin: R05, R11, R17, R23, R29.
    let breaks: Vec<u32> = [4, 10, 16, 22, 28]
        .iter()
        .map(|k| FIRST_DATA + BLOCK_ROWS * k)
        .collect();
    ws.set_page_breaks(&breaks)?;
    Ok(())
}

fn titles(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    let lines = [
        "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI",
        "PERJANJIAN KINERJA DINAS KOPERASI DAN UKM KABUPATEN BONE",
        "TAHUN ANGGARAN 2020",
    ];
    for (i, line) in lines.iter().enumerate() {
        ws.merge_range(i as u32, 0, i as u32, LAST_COL, line, &f.title)?;
        ws.set_row_height(i as u32, 18)?;
    }
    let tujuan = [
        "TUJUAN :",
        "1. Mengembanhkan kemandirian ekonomi melalui Koperasi dan Usaha Mikro",
        "2. Meningkatkan Akuntabilitas Kinerja Organisasi Perangkat Daerah",
    ];
    for (i, line) in tujuan.iter().enumerate() {
        ws.write_string_with_format(ROW_TUJUAN + i as u32, 0, *line, &f.plain)?;
    }
    Ok(())
}

fn headers(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    let h = &f.header;
    // Cells without a sub-header span both header rows.
    for (col, text) in [
        (COL_NO, "NO"),
        (COL_SASARAN, "SASARAN STRATEGIS"),
        (COL_IND_SASARAN, "INDIKATOR SASARAN"),
        (COL_PROGRAM, "PROGRAM & ANGGARAN"),
        (COL_IND_PROGRAM, "INDIKATOR PROGRAM"),
        (COL_KEGIATAN, "KEGIATAN & ANGGARAN"),
        (COL_IND_KEGIATAN, "INDIKATOR KEGIATAN"),
        (COL_UNIT, "UNIT KERJA / PENANGGUNG JAWAB"),
    ] {
        ws.merge_range(ROW_HEAD1, col, ROW_HEAD2, col, text, h)?;
    }
    // Groups. The three CAPAIAN groups all read "CAPAIAN KINERJA SASARAN": the seed prints
    // it three times (a copy-paste slip of the source), and the workbook keeps it.
    let groups = [
        (
            COL_SAS_LABEL,
            "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_SAS_REAL, "CAPAIAN KINERJA SASARAN"),
        (
            COL_PRG_LABEL,
            "KRITERIA KEBERHASILAN PROGRAM (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_PRG_REAL, "CAPAIAN KINERJA SASARAN"),
        (
            COL_KEG_LABEL,
            "KRITERIA KEBERHASILAN KEGIATAN (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_KEG_REAL, "CAPAIAN KINERJA SASARAN"),
    ];
    for (col, text) in groups {
        ws.merge_range(ROW_HEAD1, col, ROW_HEAD1, col + 1, text, h)?;
    }
    // Sub-headers. The seed prints no sub-header over the period labels or the targets:
    // "PERIODE" and "TARGET" are this workbook's.
    for cols in LEVEL_COLS {
        ws.write_string_with_format(ROW_HEAD2, cols[0], "PERIODE", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[1], "TARGET", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[2], "REALISASI KINERJA", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[3], "%", h)?;
    }
    ws.set_row_height(ROW_HEAD1, 48)?;
    ws.set_row_height(ROW_HEAD2, 26)?;

    // Numbering row: 1..9 under the nine numbered columns (a kriteria number spans its
    // label and target columns); NO, the CAPAIAN columns and Unit kerja stay blank.
    for col in 0..=LAST_COL {
        ws.write_blank(ROW_NUMBERS, col, &f.number)?;
    }
    for (col, n) in [
        (COL_SASARAN, 1),
        (COL_IND_SASARAN, 2),
        (COL_PROGRAM, 4),
        (COL_IND_PROGRAM, 5),
        (COL_KEGIATAN, 7),
        (COL_IND_KEGIATAN, 8),
    ] {
        ws.write_number_with_format(ROW_NUMBERS, col, n, &f.number)?;
    }
    for (col, n) in [(COL_SAS_LABEL, 3), (COL_PRG_LABEL, 6), (COL_KEG_LABEL, 9)] {
        ws.merge_range(ROW_NUMBERS, col, ROW_NUMBERS, col + 1, "", &f.number)?;
        ws.write_number_with_format(ROW_NUMBERS, col, n, &f.number)?;
    }
    Ok(())
}

fn write_block(
    ws: &mut Worksheet,
    f: &Formats,
    first: u32,
    block: &Block,
    program_budget: Option<&str>,
) -> Result<(), XlsxError> {
    let last = first + BLOCK_ROWS - 1;
    let program = match program_budget {
        Some(budget) => format!("{}\n{}", block.program.name, budget),
        None => block.program.name.to_string(),
    };
    let kegiatan = format!("{}\n{}", block.kegiatan, block.kegiatan_budget);
    let names: [(u16, &str); 8] = [
        (COL_NO, block.no),
        (COL_SASARAN, block.sasaran),
        (COL_IND_SASARAN, block.indikator_sasaran),
        (COL_PROGRAM, &program),
        (COL_IND_PROGRAM, block.program.indicator),
        (COL_KEGIATAN, &kegiatan),
        (COL_IND_KEGIATAN, block.indikator_kegiatan),
        (COL_UNIT, block.unit),
    ];
    for (col, text) in names {
        ws.merge_range(first, col, last, col, text, &f.name)?;
    }
    let levels: [&Figures; 3] = [
        block.sasaran_figures,
        &block.program.figures,
        &block.kegiatan_figures,
    ];
    for (figures, cols) in levels.iter().zip(LEVEL_COLS) {
        put(ws, first, cols[0], PERIODS[0], &f.label)?;
        put(ws, first, cols[1], figures.annual, &f.figure)?;
        put(ws, first, cols[2], "", &f.figure)?;
        put(ws, first, cols[3], "", &f.figure)?;
        for (q, tw) in figures.tw.iter().enumerate() {
            let row = first + 1 + q as u32;
            put(ws, row, cols[0], PERIODS[q + 1], &f.label)?;
            for (i, text) in tw.iter().enumerate() {
                put(ws, row, cols[1 + i], text, &f.figure)?;
            }
        }
    }
    for row in first..=last {
        ws.set_row_height(row, 18)?;
    }
    Ok(())
}

fn signature(ws: &mut Worksheet, f: &Formats, row: u32) -> Result<(), XlsxError> {
    let col = COL_KEG_LABEL;
    let lines: [(u32, &str, &Format); 5] = [
        (0, "Watampone,   31 Desember 2020", &f.plain),
        (1, "Kepala Dinas Koperasi dan UKM Kab. Bone", &f.plain),
        (4, "Ir.H.BAHARUDDIN,M.Si", &f.signature_name),
        (5, "Pangkat : Pembina Tk.I", &f.plain),
        (6, "NIP         : 19631231 198903 1 175", &f.plain),
    ];
    for (offset, text, format) in lines {
        ws.write_string_with_format(row + offset, col, text, format)?;
    }
    Ok(())
}
