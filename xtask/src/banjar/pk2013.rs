//! `banjar-pk-2013.xlsx`, sheet `PK 2013`: the Banjar 2013 table (the fourth table of the seed).
//!
//! Layout: title rows 1-4 (merged A:G), `Kabupaten : Banjar` A6, `Nama SKPD : ...` A7, one header
//! row 9 (`Sasaran Strategis (1)` A, `Indikator Kinerja (2)` B, `Target (3)` C:D, `Realisasi (4)`
//! E:F, `% (5)` G; there is no separate numbering row), data rows 10-37, budget lines A39 and A40,
//! date line E42 and the signature block E43-E48 (merged E:G).
//! Rows 10-25 are the seed's first page: value and unit in ONE text cell of the first column of
//! Target and Realisasi (`130 unit` in C, D empty); rows 26-37 (after the page break) write value
//! and unit in separate cells (`100` in C, `orang` in D), exactly as the seed does. Sasaran cells
//! are merged vertically over all their indicator rows (A24:A28 crosses the page break).
//!
//! Planted mistakes (from the seed; domain.md "The mistakes in the Banjar tables"):
//! | cell | value | what |
//! | --- | --- | --- |
//! | G14 | 132 (number) | Jumlah anggota koperasi yang aktif: 19.048 / 14.340 = 132,83, truncated |
//! | G16 | 91,33 (number 91.33, fmt 0.00) | Jumlah Usaha Mikro yang aktif: wrong %, true 89,54 |
//! | G17 | 20,90 (number 20.9, fmt 0.00) | Jumlah Usaha Kecil yang aktif: wrong %, true 12,13 |
//! | G19 | 85,58 (number 85.58, fmt 0.00) | Jumlah UMKM: wrong %, true 83,28 |
//! | C20 | `55,000,000 Rp. (juta)` (text) | Volume peminjaman KUR: English grouping, a target of Rp 55 T |
//! | A40 | `Jumlah Realisasi Anggaran Kegiatan Tahun : Rp. 1.611.865.497` | year missing in the budget line |
//! | B36, B37 | `Terpeliharanya sarana dan prasarana pelayanan perkantoran` | duplicate indicator (3 buah, 4 triwulan) |
//!
//! Odd but right (no finding): E20 `- Rp. (juta)`, E21 `- unit`, E23 `- unit` with 0 in G;
//! G22 12,5 (number 12.5, fmt 0.0) for 3 / 24; every value cell of rows 10-25 is text with its unit.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::common::{properties, save, Sheet, Table};
use super::{banjar_head, banjar_signature};

const ROWS: &[&[&str]] = &[
    &["Terciptanya koperasi dan usaha mikro, kecil dan menengah yang aktif dan tertib administrasi dan manajemen serta transparansi dalam pengelolaannya", "Jumlah koperasi aktif", "130 unit", "", "136 unit", "", "104,62"],
    &["", "Persentase koperasi aktif", "58 %", "", "59,91 %", "", "103,29"],
    &["", "Prosentasi koperasi yang melaksanakan RAT dibanding dengan jumlah koperasi aktif", "58 %", "", "49,26 %", "", "84,93"],
    &["", "Jumlah anggota koperasi", "24.220 orang", "", "26.773 orang", "", "110,54"],
    &["", "Jumlah anggota koperasi yang aktif", "14.340 orang", "", "19.048 orang", "", "132"],
    &["", "Rata - rata omzet koperasi", "195.000 Rp. (juta)", "", "41.262 Rp. (juta)", "", "21,16"],
    &["Terwujudnya database UMKM yang valid di Kabupaten Banjar", "Jumlah Usaha Mikro yang aktif", "6.539 orang/badan usaha", "", "5.855 orang/badan usaha", "", "91,33"],
    &["", "Jumlah Usaha Kecil yang aktif", "536 orang/badan usaha", "", "65 orang/badan usaha", "", "20,90"],
    &["", "Jumlah Usaha Menengah yang aktif", "48 orang/badan usaha", "", "12 orang/badan usaha", "", "25"],
    &["", "Jumlah UMKM", "7.123 orang/badan usaha", "", "5.932 orang/badan usaha", "", "85,58"],
    &["Mendorong perkuatan modal usaha bagi koperasi dan usaha mikro, kecil dan menengah", "Volume peminjaman KUR pada Bank Pemerintah", "55,000,000 Rp. (juta)", "", "- Rp. (juta)", "", "0"],
    &["", "Jumlah BPR / LKM", "10 unit", "", "- unit", "", "0"],
    &["", "Jumlah koperasi penerima modal", "24 unit", "", "3 unit", "", "12,5"],
    &["", "Jumlah UMKM penerima modal", "80 unit", "", "- unit", "", "0"],
    &["Peningkatan SDM koperasi dan UMKM", "Jumlah pengurus koperasi yang ikut diklat", "40 orang", "", "40 orang", "", "100"],
    &["", "Jumlah UMKM yang ikut diklat", "100 orang", "", "120 orang", "", "120"],
    &["", "Jumlah UMKM yang diberikan pendampingan administrasi", "100", "orang", "0", "orang", "0"],
    &["", "Jumlah UMKM peserta magang", "2", "orang", "2", "orang", "100"],
    &["", "Pembinaan kesehatan koperasi", "50", "unit", "55", "unit", "110"],
    &["Peningkatan pengembangan produk koperasi dan UMKM", "Sosialisasi HAKI", "30", "orang", "0", "orang", "0"],
    &["", "Fasilitasi kemitraan usaha", "60", "orang", "60", "orang", "100"],
    &["", "Jumlah KUMKM yang melakukan pameran dan promosi di luar daerah", "6", "orang / koperasi", "6", "orang / koperasi", "100"],
    &["", "Kerjasama antar lembaga", "10", "instansi", "16", "instansi", "160"],
    &["Kelancaran pelayanan publik, dengan menyediakan sarana dan prasarana perkantoran dan sarana penunjang lainnya", "Pelayanan administrasi perkantoran berupa : penyediaan aneka jasa", "3", "kegiatan", "3", "kegiatan", "100"],
    &["", "Pelayanan administrasi perkantoran berupa : penyediaan alat, barang, bahan dan makanan keperluan perkantoran", "5", "kegiatan", "6", "kegiatan", "120"],
    &["", "Lancarnya koordinasi, pembinaan berupa rapat, perjalanan dinas", "1", "tahun", "1", "tahun", "100"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "3", "buah", "3", "buah", "100"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "4", "triwulan", "4", "triwulan", "100"],
];

/// Writes `banjar-pk-2013.xlsx`.
pub fn build(out: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties("Pengukuran Kinerja 2013", 2013)?);
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "PK 2013",
        &[30.0, 38.0, 17.0, 9.0, 17.0, 9.0, 9.0],
    )?;
    banjar_head(
        &mut sheet,
        7,
        [
            "PENGUKURAN KINERJA",
            "DINAS KOPERASI DAN UMKM",
            "KABUPATEN BANJAR",
            "TAHUN 2013",
        ],
        "Nama SKPD : Dinas Koperasi dan UMKM",
    )?;
    sheet.header(9, 0, 9, 0, "Sasaran Strategis (1)")?;
    sheet.header(9, 1, 9, 1, "Indikator Kinerja (2)")?;
    sheet.header(9, 2, 9, 3, "Target (3)")?;
    sheet.header(9, 4, 9, 5, "Realisasi (4)")?;
    sheet.header(9, 6, 9, 6, "% (5)")?;
    let table = Table {
        first_row: 10,
        ncols: 7,
        left_cols: &[0, 1],
        merge_col: Some(0),
        pct_cols: &[],
        rows: ROWS,
    };
    sheet.table(&table)?;
    let last = table.last_row(); // 37
    sheet.label(
        last + 2,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2013 : Rp. 2.181.927.300",
    )?;
    sheet.label(
        last + 3,
        0,
        "Jumlah Realisasi Anggaran Kegiatan Tahun : Rp. 1.611.865.497",
    )?;
    banjar_signature(&mut sheet, last + 5, 4, 6, "Martapura, 31 Desember 2013")?;
    sheet.page_breaks_before(&[26])?;
    sheet.finish()?;
    save(&mut wb, out, "banjar-pk-2013.xlsx")
}
