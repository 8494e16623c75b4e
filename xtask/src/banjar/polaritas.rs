//! `contoh-polaritas-predikat.xlsx`, sheet `PK 2021`: a small SYNTHETIC workbook (not from any
//! seed; the agency, the names and every figure are invented) for the rules the Banjar seed does
//! not exercise: negative indicators, grade (predikat) indicators and capaian stored as a
//! fraction.
//!
//! Layout: title rows 1-3 (merged A:H), header row 5 (`No` A, `Sasaran Strategis` B, `Indikator
//! Kinerja` C, `Satuan` D, `Polaritas` E, `Target` F, `Realisasi` G, `Capaian (%)` H), numbering
//! row 6 (numbers 1-8), data rows 7-16 (Sasaran merged vertically), budget lines A18 and A19, date
//! line F21 and the signature block F22-F27 (merged F:H).
//!
//! Rows and planted mistakes:
//! | row | indicator | polaritas | target | realisasi | capaian (cell H) | status |
//! | --- | --- | --- | --- | --- | --- | --- |
//! | 7 | Persentase rumah tangga yang mengakses air minum layak (%) | Positif | 80 | 84 | 105 | right |
//! | 8 | Jumlah UMKM yang naik kelas (unit) | Positif | 120 | 150 | 125 | right |
//! | 9 | Angka pengangguran terbuka (%) | Negatif | 5,00 (5, fmt 0.00) | 4,50 (4.5, fmt 0.00) | 110,00 (110, fmt 0.00) | right: (2×5 − 4,5) / 5 × 100 |
//! | 10 | Persentase penduduk miskin (%) | Negatif | 8 | 7,2 (7.2, fmt 0.0) | 110 | right: (2×8 − 7,2) / 8 × 100 |
//! | 11 | Jumlah kasus gizi buruk (kasus) | Negatif | 20 | 25 | 75 | right: (2×20 − 25) / 20 × 100 |
//! | 12 | Jumlah kasus demam berdarah dengue (kasus) | Negatif | 10 | 8 | H12: 80 | MISTAKE: wrong under every negative formula (120; 125; 20); 80 is realisasi / target |
//! | 13 | Nilai SAKIP (predikat) | Positif | `B` | `BB` | 100 | right: grade at or above target |
//! | 14 | Predikat Reformasi Birokrasi (predikat) | Positif | `BB` | `B` | H14: 100 | MISTAKE: grade below target, 100 stated |
//! | 15 | Persentase dokumen perencanaan yang tepat waktu (%) | Positif | 100 | 95 | H15: 0.95 with fmt `0.00%` (shows 95.00%) | right: percent-formatted fraction |
//! | 16 | Persentase pengaduan masyarakat yang ditindaklanjuti (%) | Positif | 100 | 95 | H16: 0.95, General number | MISTAKE: the "fraction" error, 95 is right |
//!
//! The three negative rows that are right (9, 10, 11) agree only on the default formula
//! (2 × target − realisasi) / target × 100, so a reader can infer it.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::common::{properties, save, Sheet, Table};

const ROWS: &[&[&str]] = &[
    &[
        "1",
        "Meningkatnya kesejahteraan masyarakat",
        "Persentase rumah tangga yang mengakses air minum layak",
        "%",
        "Positif",
        "80",
        "84",
        "105",
    ],
    &[
        "2",
        "",
        "Jumlah UMKM yang naik kelas",
        "unit",
        "Positif",
        "120",
        "150",
        "125",
    ],
    &[
        "3",
        "Menurunnya pengangguran dan kemiskinan",
        "Angka pengangguran terbuka",
        "%",
        "Negatif",
        "5,00",
        "4,50",
        "110,00",
    ],
    &[
        "4",
        "",
        "Persentase penduduk miskin",
        "%",
        "Negatif",
        "8",
        "7,2",
        "110",
    ],
    &[
        "5",
        "Meningkatnya derajat kesehatan masyarakat",
        "Jumlah kasus gizi buruk",
        "kasus",
        "Negatif",
        "20",
        "25",
        "75",
    ],
    &[
        "6",
        "",
        "Jumlah kasus demam berdarah dengue",
        "kasus",
        "Negatif",
        "10",
        "8",
        "80",
    ],
    &[
        "7",
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Nilai SAKIP",
        "predikat",
        "Positif",
        "B",
        "BB",
        "100",
    ],
    &[
        "8",
        "",
        "Predikat Reformasi Birokrasi",
        "predikat",
        "Positif",
        "BB",
        "B",
        "100",
    ],
    &[
        "9",
        "",
        "Persentase dokumen perencanaan yang tepat waktu",
        "%",
        "Positif",
        "100",
        "95",
        "",
    ],
    &[
        "10",
        "",
        "Persentase pengaduan masyarakat yang ditindaklanjuti",
        "%",
        "Positif",
        "100",
        "95",
        "",
    ],
];

const HEADER: [&str; 8] = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Target",
    "Realisasi",
    "Capaian (%)",
];

/// Writes `contoh-polaritas-predikat.xlsx`.
pub fn build(out: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties(
        "Pengukuran Kinerja 2021 (contoh sintetis)",
        2021,
    )?);
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "PK 2021",
        &[5.0, 30.0, 40.0, 10.0, 10.0, 9.0, 10.0, 11.0],
    )?;
    sheet.title(1, 8, "PENGUKURAN KINERJA")?;
    sheet.title(2, 8, "DINAS CONTOH KABUPATEN CONTOH")?;
    sheet.title(3, 8, "TAHUN 2021")?;
    for (col, text) in (0u16..).zip(HEADER) {
        sheet.header(5, col, 5, col, text)?;
        sheet.header_number(6, col, f64::from(col + 1))?;
    }
    let table = Table {
        first_row: 7,
        ncols: 8,
        left_cols: &[1, 2],
        merge_col: Some(1),
        pct_cols: &[],
        rows: ROWS,
    };
    sheet.table(&table)?;
    sheet.number(15, 7, 0.95, "0.00%")?; // right: a percent-formatted fraction
    sheet.number(16, 7, 0.95, "")?; // the "fraction" mistake: General 0.95 for 95
    let last = table.last_row(); // 16
    sheet.label(last + 2, 0, "Jumlah Anggaran : Rp. 1.250.000.000")?;
    sheet.label(last + 3, 0, "Jumlah Realisasi Anggaran : Rp. 1.100.000.000")?;
    sheet.signature(
        last + 5,
        5,
        7,
        &[
            "Kota Contoh, 31 Desember 2021",
            "Kepala Dinas,",
            "",
            "",
            "NAMA CONTOH, S.E., M.Si.",
            "Pembina Tingkat I",
            "NIP. 19700101 199501 1 001",
        ],
    )?;
    sheet.finish()?;
    save(&mut wb, out, "contoh-polaritas-predikat.xlsx")
}
