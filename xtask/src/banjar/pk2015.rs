//! `banjar-pk-2015.xlsx`, sheet `Sheet1`: the Banjar 2015 table (second in the seed), whose title
//! says TAHUN 2016 (the seed's mistake, kept).
//!
//! Layout: title rows 1-4 (merged A:G; A2 `DINAS KOPERASI DAN USAHA MIKRO`, A4 `TAHUN 2016`), A6, A7
//! labels, header row 9 and numbering row 10 as in 2014, data rows 11-46, budget lines A48 and A49,
//! date line E51 and the signature block E52-E57 (merged E:G). Value and unit in separate cells;
//! Sasaran cells merged vertically over their indicators.
//!
//! Planted mistakes (from the seed; domain.md "The mistakes in the Banjar tables"):
//! | cell | value | what |
//! | --- | --- | --- |
//! | A4 | `TAHUN 2016` | title year disagrees with the date line E51 and the budget lines A48/A49 (2015) |
//! | G11 | 101,42 (number 101.42, fmt 0.00) | Jumlah koperasi aktif: 142 / 140 = 101,43, truncated |
//! | G14 | 109,10 (number 109.1, fmt 0.00) | Jumlah anggota koperasi: wrong %, 26.870 / 24.450 = 109,90 |
//! | G15 | 129,22 (number 129.22, fmt 0.00) | Jumlah anggota koperasi pada koperasi aktif: wrong %, true 133,88 |
//! | G16 | 112,69 (number 112.69, fmt 0.00) | Rata - rata omzet koperasi: 49.586 / 44.000 = 112,70, truncated |
//! | E22 | `4 BPR/12 LKM` (text), G22 160 | Jumlah BPR / LKM: two counts in one cell; % not judged |
//! | G24 | `1,425` (text) | Jumlah UMKM penerima modal: ambiguous separator in the % column (E24 `1,425` unit is a right count) |
//! | G32 | 150 (number) | Kerjasama antar lembaga: wrong %, 17 / 10 = 170 |
//! | B38, B39 | `Terpeliharanya sarana dan prasarana pelayanan perkantoran` | duplicate indicator (100 %, 7 buah) |
//!
//! Odd but right (no finding): C18 2453 (number) beside E18 `2,492` (text); E24 `1,425` (text,
//! a count); G37 0 for a realisasi of 0.

use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::common::{properties, save, Sheet, Table};
use super::pk2014::numbered_header;
use super::{banjar_head, banjar_signature};

const ROWS: &[&[&str]] = &[
    &["Terciptanya koperasi dan usaha mikro, kecil dan menengah yang aktif dan tertib administrasi dan manajemen serta transparansi dalam pengelolaannya", "Jumlah koperasi aktif", "140", "unit", "142", "unit", "101,42"],
    &["", "Prosentase koperasi aktif", "70", "%", "61,47", "%", "87,81"],
    &["", "Prosentase koperasi yang melaksanakan RAT dibanding dengan jumlah koperasi aktif", "75", "%", "60", "%", "80,00"],
    &["", "Jumlah anggota koperasi", "24,450", "orang", "26,870", "orang", "109,10"],
    &["", "Jumlah anggota koperasi pada koperasi aktif", "14,467", "orang", "19,368", "orang", "129,22"],
    &["", "Rata - rata omzet koperasi", "44,000", "Rp. (juta)", "49,586", "Rp. (juta)", "112,69"],
    &["Terwujudnya database UMKM yang valid di Kabupaten Banjar", "Jumlah Usaha Mikro yang aktif", "18,034", "orang/badan usaha", "28,035", "orang/badan usaha", "155,46"],
    &["", "Jumlah Usaha Kecil yang aktif", "2453", "orang/badan usaha", "2,492", "orang/badan usaha", "101,59"],
    &["", "Jumlah Usaha Menengah yang aktif", "583", "orang/badan usaha", "623", "orang/badan usaha", "106,86"],
    &["", "Jumlah UMKM", "21,070", "orang/badan usaha", "31,150", "orang/badan usaha", "147,84"],
    &["Mendorong perkuatan modal usaha bagi koperasi dan usaha mikro, kecil an menengah", "Volume peminjaman KUR pada Bank Pemerintah", "60,000", "Rp. (juta)", "20,900", "Rp. (juta)", "34,83"],
    &["", "Jumlah BPR / LKM", "10", "unit", "4 BPR/12 LKM", "unit", "160"],
    &["", "Jumlah koperasi penerima modal", "30", "unit", "30", "unit", "100"],
    &["", "Jumlah UMKM penerima modal", "100", "unit", "1,425", "unit", "1,425"],
    &["Peningkatan SDM koperasi dan UMKM", "Jumlah pengurus koperasi yang ikut diklat", "60", "orang", "74", "orang", "123,33"],
    &["", "Jumlah UMKM yang ikut diklat", "150", "orang", "189", "orang", "126"],
    &["", "Jumlah UMKM yang diberikan pendampingan admin", "150", "orang", "475", "orang", "316,67"],
    &["", "Jumlah UMKM peserta magang", "4", "orang", "5", "orang", "125"],
    &["", "Pembinaan kesehatan koperasi", "75", "unit", "50", "unit", "66,67"],
    &["Peningkatan pengembangan produk koperasi dan UMKM", "Fasilitasi kemitraan usaha", "60", "orang", "60", "orang", "100"],
    &["", "Sosialisasi HAKI", "30", "orang", "30", "orang", "100"],
    &["", "Kerjasama antar lembaga", "10", "instansi", "17", "instansi", "150"],
    &["", "Jumlah KUMKM yang melakukan pameran dan promosi di luar daerah", "6", "orang", "8", "orang", "133,33"],
    &["Kelancaran pelayanan publik, dengan penyediaan sarana dan prasarana perkantoran dan sarana penunjang lainnya", "Pelayanan administrasi perkantoran berupa : penyediaan aneka jasa", "3", "kegiatan", "3", "kegiatan", "100"],
    &["", "Pelayanan administrasi perkantoran berupa : penyediaan alat, barang, bahan dan makanan keperluan perkantoran", "6", "kegiatan", "7", "kegiatan", "116,67"],
    &["", "Lancarnya koordinasi, pembinaan berupa rapat, perjalanan dinas", "100", "%", "100", "%", "100"],
    &["", "Pengadaan kendaraan dinas / operasional", "1", "buah", "0", "buah", "0"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "100", "%", "100", "%", "100"],
    &["", "Terpeliharanya sarana dan prasarana pelayanan perkantoran", "7", "buah", "7", "buah", "100"],
    &["Peningkatan kedisiplinan, kualitas SDM aparatur dan kesejahteraan aparatur", "Jumlah karyawan yang disiplin dalam berpakaian dinas dan kelengkapannya terhadap total karyawan", "100", "%", "100", "%", "100"],
    &["", "Jumlah karyawan yang tingkat absensi kehadirannya diatas 90 % dalam setahun terhadap total karyawan", "100", "%", "100", "%", "100"],
    &["", "Jumlah PNS yang tidak terkena hukuman pelanggaran disiplin aparatur dan atau pelanggaran hukum terhadap total PNS", "100", "%", "100", "%", "100"],
    &["", "Aparatur yang mengikuti bintek, seminar, lokakarya, studi banding dll, terhadap total karyawan", "25", "%", "25,93", "%", "103,72"],
    &["", "Aparatur yang mengikuti diklat formal, (struktural, fungsional, teknis)", "25", "%", "4", "%", "16"],
    &["Pengendalian pembangunan daerah melalui perencanaan koordinatif, pengelolaan keuangan profesional dan monev pelaksanaan pembangunan yang sistematis", "Tersusunnya dokumen perencanaan tepat waktu", "10", "laporan", "10", "laporan", "100"],
    &["", "Tersusunnya dokumen keuangan tepat waktu", "3", "laporan", "3", "laporan", "100"],
];

/// Writes `banjar-pk-2015.xlsx`.
pub fn build(out: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties("Pengukuran Kinerja 2015", 2015)?);
    let mut sheet = Sheet::new(
        wb.add_worksheet(),
        "Sheet1",
        &[30.0, 38.0, 9.0, 12.0, 11.0, 12.0, 9.0],
    )?;
    banjar_head(
        &mut sheet,
        7,
        [
            "PENGUKURAN KINERJA",
            "DINAS KOPERASI DAN USAHA MIKRO",
            "KABUPATEN BANJAR",
            "TAHUN 2016",
        ],
        "Nama SKPD : Dinas Koperasi dan USAHA MIKRO",
    )?;
    numbered_header(&mut sheet)?;
    let table = Table {
        first_row: 11,
        ncols: 7,
        left_cols: &[0, 1],
        merge_col: Some(0),
        pct_cols: &[],
        rows: ROWS,
    };
    sheet.table(&table)?;
    let last = table.last_row(); // 46
    sheet.label(
        last + 2,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2015 : Rp. 2.568.891.300",
    )?;
    sheet.label(
        last + 3,
        0,
        "Jumlah Realisasi Anggaran Kegiatan Tahun 2015 : Rp. 2.422.729.129",
    )?;
    banjar_signature(&mut sheet, last + 5, 4, 6, "Martapura, 31 Desember 2015")?;
    sheet.page_breaks_before(&[27, 45])?;
    sheet.finish()?;
    save(&mut wb, out, "banjar-pk-2015.xlsx")
}
