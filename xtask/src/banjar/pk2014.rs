//! `banjar-pk-2014.xlsx`, sheet `Pengukuran Kinerja`: the Banjar 2014 table (third in the seed).
//!
//! Layout: title rows 1-4 (merged A:G), A6, A7 labels, header row 9 (`Sasaran Strategis` A,
//! `Indikator Kinerja` B, `Target` C:D, `Realisasi` E:F, `%` G), numbering row 10 (`(1)` A, `(2)` B,
//! `(3)` C:D, `(4)` E:F, `(5)` G), data rows 11-45, budget lines A47 and A48, date line E50 and the
//! signature block E51-E56 (merged E:G). Value and unit in separate cells. A Sasaran is written
//! once, on the first row of its group; the cells below are left BLANK (not merged): blank means
//! "same as above". The rows the seed shifts keep the seed's tab positions (rows 17-21).
//!
//! Planted mistakes (from the seed; domain.md "The mistakes in the Banjar tables"):
//! | cell | value | what |
//! | --- | --- | --- |
//! | E14 | 27 (number), G14 109,10 (number 109.1, fmt 0.00) | Jumlah anggota koperasi: realisasi with the thousands dropped (109,10 % of 24.350 = 26.566) |
//! | E15 | 19 (number), G15 134,04 (number 134.04, fmt 0.00) | Jumlah anggota koperasi pada koperasi aktif: thousands dropped (134,04 % of 14.467 = 19.391) |
//! | row 17 (A17 empty, B17 sasaran, C17 indicator, D17 `9,763`, E17 unit, F17 `9,851`, G17 unit) | | Jumlah Usaha Mikro yang aktif: row shifted one column right; % missing (true 100,90) |
//! | A18, A19, A20 | indicator in the Sasaran column, B empty | Jumlah Usaha Kecil / Menengah yang aktif, Jumlah UMKM: shifted rows (figures right: 41,83; 9,79; 93,69) |
//! | row 21 (A21 sasaran, B21 empty, C21 `Jumlah BPR / LKM`, D21 10, E21 unit, F21 `4 BPR/15 LKM`, G21 unit) | | shifted row; unreadable realisasi; % missing |
//! | G27 | 100 (number) | Jumlah UMKM yang diberikan pendampingan admin: wrong %, 15 / 125 = 12 |
//! | A48 | `Jumlah Realisasi Anggaran Kegiatan Tahun 2014 : Rp. 2.119.2015.485` | malformed budget number (a group of four digits) |
//!
//! Text with a thousands comma (C14 `24,350`, C15 `14,467`, C16 `42,000`, E16 `41,576`, C20
//! `10,943`, E20 `10,253`, C22 `57,000`, E22 `62,382`) is right, only typed with `,` for thousands.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::common::{properties, save, Sheet, Table};
use super::{banjar_head, banjar_signature};

const ROWS: &[&[&str]] = &[
    &["Terciptanya koperasi dan usaha mikro, kecil dan menengah yang aktif dan tertib administrasi dan manajemen serta transparansi dalam pengelolaannya", "Jumlah koperasi aktif", "135", "unit", "138", "unit", "102,22"],
    &["", "Prosentase koperasi aktif", "60", "%", "60,26", "%", "100,43"],
    &["", "Prosentase koperasi yang melaksanakan RAT dibanding dengan jumlah koperasi aktif", "67", "%", "53,62", "%", "80,03"],
    &["", "Jumlah anggota koperasi", "24,350", "orang", "27", "orang", "109,10"],
    &["", "Jumlah anggota koperasi pada koperasi aktif", "14,467", "orang", "19", "orang", "134,04"],
    &["", "Rata - rata omzet koperasi", "42,000", "Rp. (juta)", "41,576", "Rp. (juta)", "98,99"],
    &["", "Terwujudnya database UMKM yang valid di Kabupaten Banjar", "Jumlah Usaha Mikro yang aktif", "9,763", "orang/badan usaha", "9,851", "orang/badan usaha"],
    &["Jumlah Usaha Kecil yang aktif", "", "894", "orang/badan usaha", "374", "orang/badan usaha", "41,83"],
    &["Jumlah Usaha Menengah yang aktif", "", "286", "orang/badan usaha", "28", "orang/badan usaha", "9,79"],
    &["Jumlah UMKM", "", "10,943", "orang/badan usaha", "10,253", "orang/badan usaha", "93,69"],
    &["Mendorong perkuatan modal usaha bagi koperasi dan usaha mikro, kecil an menengah", "", "Jumlah BPR / LKM", "10", "unit", "4 BPR/15 LKM", "unit"],
    &["", "Volume peminjaman KUR pada Bank Pemerintah", "57,000", "Rp. (juta)", "62,382", "Rp. (juta)", "109,44"],
    &["", "Jumlah koperasi penerima modal", "28", "unit", "27", "unit", "96,43"],
    &["", "Jumlah UMKM penerima modal", "90", "unit", "0", "unit", "0"],
    &["Peningkatan SDM koperasi dan UMKM", "Jumlah pengurus koperasi yang ikut diklat", "60", "orang", "60", "orang", "100"],
    &["", "Jumlah UMKM yang ikut diklat", "125", "orang", "120", "orang", "96"],
    &["", "Jumlah UMKM yang diberikan pendampingan admin", "125", "orang", "15", "orang", "100"],
    &["", "Jumlah UMKM peserta magang", "4", "orang", "3", "orang", "75"],
    &["", "Pembinaan kesehatan koperasi", "70", "unit", "50", "unit", "71,43"],
    &["Peningkatan pengembangan produk koperasi dan UMKM", "Sosialisasi HAKI", "30", "orang", "30", "orang", "100"],
    &["", "Jumlah KUMKM yang melakukan pameran dan promosi di luar daerah", "6", "orang", "6", "orang", "100"],
    &["", "Fasilitasi kemitraan usaha", "60", "orang", "60", "orang", "100"],
    &["", "Kerjasama antar lembaga", "10", "instansi", "16", "instansi", "160"],
    &["Kelancaran pelayanan publik, dengan penyediaan sarana dan prasarana perkantoran dan sarana penunjang lainnya", "Pelayanan administrasi perkantoran berupa : penyediaan aneka jasa", "3", "kegiatan", "3", "kegiatan", "100"],
    &["", "Pelayanan administrasi perkantoran berupa : penyediaan alat, barang, bahan dan makanan keperluan perkantoran", "6", "kegiatan", "6", "kegiatan", "100"],
    &["", "Lancarnya koordinasi, pembinaan berupa rapat, perjalanan dinas", "100", "%", "100", "%", "100"],
    &["", "Pengadaan kendaraan dinas / operasional", "3", "buah", "3", "buah", "100"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "6", "buah", "6", "buah", "100"],
    &["Peningkatan kedisiplinan, kualitas SDM aparatur dan kesejahteraan aparatur", "Jumlah karyawan yang disiplin dalam berpakaian dinas dan kelengkapannya terhadap total karyawan", "100", "%", "100", "%", "100"],
    &["", "Jumlah karyawan yang tingkat absensi kehadirannya diatas 90 % dalam setahun terhadap total karyawan", "100", "%", "100", "%", "100"],
    &["", "Jumlah PNS yang tidak terkena hukuman pelanggaran disiplin aparatur dan atau pelanggaran hukum terhadap total PNS", "100", "%", "100", "%", "100"],
    &["", "Aparatur yang mengikuti bintek, seminar, lokakarya, studi banding dll, terhadap total karyawan", "25", "%", "33,33", "%", "133,32"],
    &["", "Aparatur yang mengikuti diklat formal, (struktural, fungsional, teknis)", "25", "%", "44,44", "%", "177,76"],
    &["Pengendalian pembangunan daerah melalui perencanaan koordinatif, pengelolaan keuangan profesional dan monev pelaksanaan pembangunan yang sistematis", "Tersusunnya dokumen perencanaan tepat waktu", "10", "dokumen", "10", "dokumen", "100"],
    &["", "Tersusunnya dokumen keuangan tepat waktu", "3", "dokumen", "3", "dokumen", "100"],
];

/// Writes `banjar-pk-2014.xlsx`.
pub fn build(out: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties("Pengukuran Kinerja 2014", 2014)?);
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "Pengukuran Kinerja",
        &[30.0, 36.0, 14.0, 12.0, 12.0, 12.0, 11.0],
    )?;
    banjar_head(
        &mut sheet,
        7,
        [
            "PENGUKURAN KINERJA",
            "DINAS KOPERASI DAN UMKM",
            "KABUPATEN BANJAR",
            "TAHUN 2014",
        ],
        "Nama SKPD : Dinas Koperasi dan UMKM",
    )?;
    numbered_header(&mut sheet)?;
    let table = Table {
        first_row: 11,
        ncols: 7,
        left_cols: &[0, 1],
        merge_col: None,
        pct_cols: &[],
        rows: ROWS,
    };
    sheet.table(&table)?;
    let last = table.last_row(); // 45
    sheet.label(
        last + 2,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2014 : Rp. 2.529.945.350",
    )?;
    sheet.label(
        last + 3,
        0,
        "Jumlah Realisasi Anggaran Kegiatan Tahun 2014 : Rp. 2.119.2015.485",
    )?;
    banjar_signature(&mut sheet, last + 5, 4, 6, "Martapura, 31 Desember 2014")?;
    sheet.page_breaks_before(&[28, 44])?;
    sheet.finish()?;
    save(&mut wb, out, "banjar-pk-2014.xlsx")
}

/// Header row 9 and numbering row 10 of the 2014 and 2015 tables (columns A:G).
pub(super) fn numbered_header(sheet: &mut Sheet) -> Result<(), XlsxError> {
    sheet.header(9, 0, 9, 0, "Sasaran Strategis")?;
    sheet.header(9, 1, 9, 1, "Indikator Kinerja")?;
    sheet.header(9, 2, 9, 3, "Target")?;
    sheet.header(9, 4, 9, 5, "Realisasi")?;
    sheet.header(9, 6, 9, 6, "%")?;
    sheet.header(10, 0, 10, 0, "(1)")?;
    sheet.header(10, 1, 10, 1, "(2)")?;
    sheet.header(10, 2, 10, 3, "(3)")?;
    sheet.header(10, 4, 10, 5, "(4)")?;
    sheet.header(10, 6, 10, 6, "(5)")?;
    Ok(())
}
