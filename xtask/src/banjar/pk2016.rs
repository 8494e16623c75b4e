//! `banjar-pk-2016.xlsx`: the Banjar 2016 table (first in the seed, sheet `PK 2016`) and the
//! Renstra table at the end of the seed (sheet `Capaian Renstra`).
//!
//! `PK 2016` layout: title rows 1-4 (merged A:E), A6, A7 labels, header rows 9-10 (`Sasaran
//! Strategis` A9:A10, `Indikator Kinerja` B9:B10, `Tahun 2016` C9:E9; `Target` C10, `Realisasi`
//! D10, `% Realisasi` E10), data rows 11-36, budget lines A38, A39 and `Tahun 2016` A40 (the seed
//! breaks the second budget line), date line D42 and the signature block D43-D48 (merged D:E).
//! Value and unit in one text cell (`62,50 %`); the % column holds numbers. Sasaran cells merged
//! vertically. The value cells the seed prints in italics (C28:E36) are italic.
//!
//! `Capaian Renstra` layout (no title): header rows 1-2 (`No.` A1:A2, `Indikator Kinerja` B1:B2,
//! `Capaian 2015` C1:C2, `Tahun 2016` D1:F1 over `Target` D2, `Realisasi` E2, `% Realisasi` F2,
//! `Target Akhir Renstra (2021)` G1:G2, `Capaian s/d 2016 terhadap 2021 (%)` H1:H2), data rows
//! 3-28 (No. 1-26 in A as numbers). Capaian 2015 and Target Akhir values typed `61.47%`, `0%`,
//! `100%`, `67.50%` are fractions with a percent format (C3 0.6147 `0.00%`, C14 0 `0%`, C22:C24 1
//! `0%`, G3 0.675 `0.00%`, G22:G24 1 `0%`); `1,50 %` (G14) and the `100%` of D22:E24 stay text.
//!
//! Planted mistakes (from the seed; domain.md "The mistakes in the Banjar tables"):
//! | sheet | cell | value | what |
//! | --- | --- | --- | --- |
//! | PK 2016 | E13 | 137,09 (number 137.09, fmt 0.00) | Jumlah omzet koperasi: 64.184 / 46.821 = 137,08, off by 0,01 |
//! | PK 2016 | C20, E20 | `0 orang`, 140 | SDM yang mengikuti pelatihan: target zero, % undefined |
//! | PK 2016 | B21, C21, D21 | `5 unit`, `3 unit` | Persentase koperasi simpan pinjam yang sehat usaha: unit unlike the name (warning) |
//! | PK 2016 | A35 | `Perngendalian pembangunan daerah melalui perencanaan koordinatif,` | typo kept (not a finding of the numbers) |
//! | Capaian Renstra | F5 | `137.09` (text) | Jumlah omzet koperasi: off by 0,01; dot as decimal mark |
//! | Capaian Renstra | E8 | `31.15 orang/badan usaha` (text) | Jumlah Usaha Mikro: 31.150 with the thousands lost (F8 `88.62` implies 31.150) |
//! | Capaian Renstra | H4 | 137,54 (number 137.54, fmt 0.00) | s/d 2021: 26.847 / 19.518 = 137,55, truncated |
//! | Capaian Renstra | H9 | 15,55 (number 15.55, fmt 0.00) | s/d 2021: 140 / 900 = 15,56, truncated |
//! | Capaian Renstra | H12 | 12,03 (number 12.03, fmt 0.00) | s/d 2021: 140 / 1.163 = 12,04, truncated |
//! | Capaian Renstra | H13 | `0.034` (text) | s/d 2021: 3 / 88 = 3,41: % written as a fraction |
//! | Capaian Renstra | H21 | 100 (number) | Terpeliharanya sarana dan prasarana: s/d 2021 7 / 17 = 41,18, wrong % |
//!
//! Odd but right (no finding): PK 2016 E19 518 for 518,33; E28 0 for a realisasi of 0 (D28 0);
//! Capaian Renstra D12 `0 orang` (target zero again, same row as PK 2016 row 20); F8 `88.62`,
//! H5 `134.22`, H8 `56.48` (text: dot as decimal mark).

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::common::{properties, save, Sheet, Table};
use super::{banjar_head, banjar_signature};

const PK_ROWS: &[&[&str]] = &[
    &["Terciptanya koperasi dan UMKM yang mampu memanej usahanya sendiri, menguasai teknologi, mampu mengakses permodalan dan pemasaran", "Persentase koperasi aktif", "62,50 %", "62,87 %", "100,59"],
    &["", "Jumlah anggota koperasi pada koperasi aktif", "19.393 orang", "26.847 orang", "138,44"],
    &["", "Jumlah omzet koperasi", "Rp. 46.821 (juta)", "Rp. 64.184 (juta)", "137,09"],
    &["", "Jumlah koperasi yang mengakses permodalan", "5 unit", "4 unit", "80"],
    &["", "Serapan KUR dan Program penguatan modal usaha", "Rp. 25.000 (juta)", "Rp. 118.600 (juta)", "474,4"],
    &["", "Jumlah Usaha Mikro", "35.150 orang/badan usaha", "31.150 orang/badan usaha", "88,62"],
    &["", "Jumlah Usaha Mikro yang bisa membuat pembukuan usaha", "150 orang/badan usaha", "140 orang/badan usaha", "93,33"],
    &["Terciptanya koperasi dan UMKM yang tangguh (kuat dalam menghadapi tantangan dari luar)", "Legalitas usaha koperasi (jumlah koperasi yang memiliki izin usaha)", "5 unit", "14 unit", "280"],
    &["", "Legalitas usaha Usaha Mikro", "300 orang", "1.555 orang", "518"],
    &["", "SDM yang mengikuti pelatihan", "0 orang", "140 orang", "140"],
    &["", "Persentase koperasi simpan pinjam yang sehat usaha", "5 unit", "3 unit", "60"],
    &["Terciptanya koperasi dan UMKM yang berdaya saing (mampu bersaing dengan produk luar dan mampu memanfaatkan peluang pasar)", "Persentase skala usaha mikro menjadi usaha kecil", "0,25 %", "0,20 %", "80"],
    &["", "Jumlah KUM yang melakukan promosi dan promosi ke luar daerah", "8 orang / badan usaha", "8 orang / badan usaha", "100"],
    &["", "Jumlah Usaha Mikro yang bermitra usaha", "5 orang", "5 orang", "100"],
    &["Kelancaran pelayanan publik, dengan menyediakan sarana dan prasarana perkantoran dan sarana penunjang lainnya", "Pelayanan administrasi perkantoran berupa : penyediaan aneka jasa", "3 kegiatan", "3 kegiatan", "100"],
    &["", "Pelayanan administrasi perkantoran berupa : penyediaan alat, barang, bahan dan makanan keperluan kantor", "6 kegiatan", "6 kegiatan", "100"],
    &["", "Lancarnya koordinasi pembinaan berupa rapat, perjalanan dinas", "1 tahun", "1 tahun", "100"],
    &["", "Pengadaan kendaraan dinas / operasional", "<i>2 buah</i>", "<i>0</i>", "<i>0</i>"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "<i>7 buah</i>", "<i>7 buah</i>", "<i>100</i>"],
    &["Peningkatan kedisiplinan, kualitas SDM aparatur dan kesejahteraan aparatur", "Jumlah karyawan yang disiplin dalam berpakaian dinas dan kelengkapannya terhadap total karyawan", "<i>100%</i>", "<i>100%</i>", "<i>100</i>"],
    &["", "Jumlah karyawan yang tingkat absensi kehadirannya diatas 90 % dalam setahun terhadap total karyawan", "<i>100%</i>", "<i>100%</i>", "<i>100</i>"],
    &["", "Jumlah PNS yang tidak terkena hukuman pelanggaran disiplin aparatur dan atau pelanggaran hukum terhadap total PNS", "<i>100%</i>", "<i>100%</i>", "<i>100</i>"],
    &["", "Aparatur yang mengikuti bintek, seminar, lokakarya, studi banding dll terhada total karyawan", "<i>20 orang</i>", "<i>20 orang</i>", "<i>100</i>"],
    &["", "Aparatur yang mengikuti diklat formal (struktural, fungsional, teknis)", "<i>2 orang</i>", "<i>2 orang</i>", "<i>100</i>"],
    &["Perngendalian pembangunan daerah melalui perencanaan koordinatif,", "Tersusunnya dokumen perencanaan tepat waktu", "<i>10 laporan</i>", "<i>10 laporan</i>", "<i>100</i>"],
    &["", "Tersusunnya dokumen keuangan tepat waktu", "<i>3 laporan</i>", "<i>3 laporan</i>", "<i>100</i>"],
];

/// The Renstra table: the seed's 6-column table with its separate 26-line list (Target Akhir
/// Renstra, Capaian s/d 2016) joined row by row.
const RENSTRA_ROWS: &[&[&str]] = &[
    &["1", "Persentase koperasi aktif", "61.47%", "62,50 %", "62,87 %", "100,59", "67.50%", "93,14"],
    &["2", "Jumlah anggota koperasi pada koperasi aktif", "19,368 orang", "19.393 orang", "26.847 orang", "138,44", "19.518 orang", "137,54"],
    &["3", "Jumlah omzet koperasi", "Rp. 46.621 (juta)", "Rp. 46.821 (juta)", "Rp. 64.184 (juta)", "137.09", "Rp. 47.821 (juta)", "134.22"],
    &["4", "Jumlah koperasi yang mengakses permodalan", "0 unit", "5 unit", "4 unit", "80", "30 unit", "13,33"],
    &["5", "Serapan KUR dan Program penguatan modal usaha", "Rp. 20.900 (juta)", "Rp. 25.000 (juta)", "Rp. 118.600 (juta)", "474,4", "Rp. 200.900 (juta)", "59,03"],
    &["6", "Jumlah Usaha Mikro", "31,150 orang/badan usaha", "35.150 orang/badan usaha", "31.15 orang/badan usaha", "88.62", "55.151 orang/badan usaha", "56.48"],
    &["7", "Jumlah Usaha Mikro yang bisa membuat pembukuan usaha", "0 orang/badan usaha", "150 orang/badan usaha", "140 orang/badan usaha", "93,33", "900 orang/badan usaha", "15,55"],
    &["8", "Legalitas usaha koperasi (jumlah koperasi yang memiliki izin usaha)", "0 unit", "5 unit", "14 unit", "280", "30 unit", "46,67"],
    &["9", "Legalitas usaha Usaha Mikro", "748 orang", "300 orang", "1.555 orang", "518", "2.248 orang", "69,17"],
    &["10", "SDM yang mengikuti pelatihan", "263 orang", "0 orang", "140 orang", "140", "1.163 orang", "12,03"],
    &["11", "Persentase koperasi simpan pinjam yang sehat usaha", "58 unit", "5 unit", "3 unit", "60", "88 unit", "0.034"],
    &["12", "Persentase skala usha mikro menjadi usaha kecil", "0%", "0,25 %", "0,20 %", "80", "1,50 %", "13,33"],
    &["13", "Jumlah KUM yang melakukan promosi dan promosi ke luar daerah", "8 orang/badan usaha", "8 orang / badan usaha", "8 orang / badan usaha", "100", "68 orang/badan us", "11,76"],
    &["14", "Jumlah Usaha Mikro yang bermitra usaha", "121 orang", "5 orang", "5 orang", "100", "151 orang", "3,31"],
    &["15", "Pelayanan administrasi perkantoran berupa : penyediaan aneka jasa", "3 kegiatan", "3 kegiatan", "3 kegiatan", "100", "3 kegiatan", "100"],
    &["16", "Pelayanan administrasi perkantoran berupa : penyediaan alat, barang, bahan dan makanan keperluan kantor", "6 kegiatan", "6 kegiatan", "6 kegiatan", "100", "6 kegiatan", "100"],
    &["17", "Lancarnya koordinasi pembinaan berupa rapat, perjalanan dinas", "1 tahun", "1 tahun", "1 tahun", "100", "1 tahun", "100"],
    &["18", "Pengadaan kendaraan dinas / operasional", "7 buah", "2 buah", "0", "0", "12 buah", "0"],
    &["19", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "7 buah", "7 buah", "7 buah", "100", "17 buah", "100"],
    &["20", "Jumlah karyawan yang disiplin dalam berpakaian dinas dan kelengkapannya terhadap total karyawan", "100%", "100%", "100%", "100", "100%", "100"],
    &["21", "Jumlah karyawan yang tingkat absensi kehadirannya diatas 90 % dalam setahun terhadap total karyawan", "100%", "100%", "100%", "100", "100%", "100"],
    &["22", "Jumlah PNS yang tidak terkena hukuman pelanggaran disiplin aparatur dan atau pelanggaran hokum terhadap total PNS", "100%", "100%", "100%", "100", "100%", "100"],
    &["23", "Aparatur yang mengikuti bintek, seminar, lokakarya, studi banding dll terhada total karyawan", "7 orang", "20 orang", "20 orang", "100", "120 orang", "16,67"],
    &["24", "Aparatur yang mengikuti diklat formal (struktural, fungsional, teknis)", "1 orang", "2 orang", "2 orang", "100", "12 orang", "16,67"],
    &["25", "Tersusunnya dokumen perencanaan tepat waktu", "10 laporan", "10 laporan", "10 laporan", "100", "10 laporan", "100"],
    &["26", "Tersusunnya dokumen keuangan tepat waktu", "3 laporan", "3 laporan", "3 laporan", "100", "3 laporan", "100"],
];

/// Writes `banjar-pk-2016.xlsx`.
pub fn build(out: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties("Pengukuran Kinerja 2016", 2016)?);
    pk_sheet(&mut wb)?;
    renstra_sheet(&mut wb)?;
    save(&mut wb, out, "banjar-pk-2016.xlsx")
}

fn pk_sheet(wb: &mut Workbook) -> Result<(), XlsxError> {
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "PK 2016",
        &[32.0, 42.0, 20.0, 20.0, 12.0],
    )?;
    banjar_head(
        &mut sheet,
        5,
        [
            "PENGUKURAN KINERJA",
            "DINAS KOPERASI DAN UMKM",
            "KABUPATEN BANJAR",
            "TAHUN 2016",
        ],
        "Nama SKPD : Dinas Koperasi dan UMKM",
    )?;
    sheet.header(9, 0, 10, 0, "Sasaran Strategis")?;
    sheet.header(9, 1, 10, 1, "Indikator Kinerja")?;
    sheet.header(9, 2, 9, 4, "Tahun 2016")?;
    sheet.header(10, 2, 10, 2, "Target")?;
    sheet.header(10, 3, 10, 3, "Realisasi")?;
    sheet.header(10, 4, 10, 4, "% Realisasi")?;
    let table = Table {
        first_row: 11,
        ncols: 5,
        left_cols: &[0, 1],
        merge_col: Some(0),
        pct_cols: &[],
        rows: PK_ROWS,
    };
    sheet.table(&table)?;
    let last = table.last_row(); // 36
    sheet.label(
        last + 2,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2016 : Rp. 2.165.319.100",
    )?;
    sheet.label(
        last + 3,
        0,
        "Jumlah Realisasi Anggaran Kegiatan : Rp. 2.114.446.240",
    )?;
    sheet.label(last + 4, 0, "Tahun 2016")?;
    banjar_signature(&mut sheet, last + 6, 3, 4, "Martapura, 31 Desember 2016")?;
    sheet.page_breaks_before(&[28])?;
    sheet.finish()
}

fn renstra_sheet(wb: &mut Workbook) -> Result<(), XlsxError> {
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "Capaian Renstra",
        &[5.0, 42.0, 18.0, 18.0, 18.0, 10.0, 18.0, 14.0],
    )?;
    sheet.header(1, 0, 2, 0, "No.")?;
    sheet.header(1, 1, 2, 1, "Indikator Kinerja")?;
    sheet.header(1, 2, 2, 2, "Capaian 2015")?;
    sheet.header(1, 3, 1, 5, "Tahun 2016")?;
    sheet.header(2, 3, 2, 3, "Target")?;
    sheet.header(2, 4, 2, 4, "Realisasi")?;
    sheet.header(2, 5, 2, 5, "% Realisasi")?;
    sheet.header(1, 6, 2, 6, "Target Akhir Renstra (2021)")?;
    sheet.header(1, 7, 2, 7, "Capaian s/d 2016 terhadap 2021 (%)")?;
    sheet.table(&Table {
        first_row: 3,
        ncols: 8,
        left_cols: &[1],
        merge_col: None,
        pct_cols: &[2, 6],
        rows: RENSTRA_ROWS,
    })?;
    sheet.row_height(1, 22.5);
    sheet.row_height(2, 22.5);
    sheet.finish()
}
