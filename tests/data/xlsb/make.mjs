// Makes two annual Pengukuran Kinerja tables saved as Excel Binary Workbooks (BIFF12), the
// format some staff pick to make a file smaller: `pk-biner-2023.xlsb` (figures typed as
// percent points, a wrong and a cut-off capaian) and `pk-biner-pecahan-2024.xlsb` (every %
// stored as a fraction under a `0.00%` format, as Excel keeps a typed `93,14 %`, one wrong,
// and a hidden row holding last year's figures).
//
//     npm install xlsx@0.18.5 && node make.mjs
//
// SheetJS writes the cells' values, shared strings, merged ranges and number formats of an
// .xlsb, not formulas: the table is typed, as most submissions are. LibreOffice opens it
// (`soffice --headless --convert-to csv pk-biner-2023.xlsb`), so it is an .xlsb that other
// programs read, not one that only calamine accepts. The agency and figures are invented.
import * as XLSX from 'xlsx/xlsx.mjs';
import * as fs from 'fs';
XLSX.set_fs(fs);

const rows = [
  ['PENGUKURAN KINERJA'],
  ['DINAS PERHUBUNGAN KABUPATEN KLATEN'],
  ['TAHUN 2023'],
  [],
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
  [1, 2, 3, 4, 5, 6, 7, 8],
];
// [sasaran, indikator, satuan, target, realisasi, capaian as typed]
const table = [
  ['Meningkatnya kualitas pelayanan angkutan umum', 'Persentase trayek angkutan umum yang terlayani', '%', 85, 88.4, 104],
  [null, 'Jumlah halte dalam kondisi baik', 'unit', 42, 39, 92.86],
  // row 9: digits swapped, 76,19 is written for 71,96 (59 / 82 = 71,9512... -> 71,95)
  [null, 'Persentase armada angkutan umum yang lulus uji KIR', '%', 82, 59, 76.19],
  ['Meningkatnya keselamatan lalu lintas', 'Persentase ruas jalan kabupaten yang dilengkapi rambu', '%', 60, 63.5, 105.83],
  [null, 'Jumlah titik rawan kecelakaan yang tertangani', 'titik', 12, 12, 100],
  // row 12: cut off, 87,16 for 87,1666... (52,3 / 60), which rounds to 87,17
  [null, 'Persentase APILL yang berfungsi baik', '%', 60, 52.3, 87.16],
  ['Meningkatnya pendapatan dari retribusi perhubungan', 'Realisasi retribusi parkir tepi jalan umum', 'Rp', 1250000000, 1187500000, 95],
  [null, 'Persentase juru parkir yang memiliki kartu tanda anggota', '%', 90, 93.15, 103.5],
];
table.forEach((r, i) => rows.push([i + 1, ...r]));
rows.push([]);
rows.push([null, 'Jumlah Anggaran Tahun 2023 : Rp. 8.417.250.000']);
rows.push([null, 'Jumlah Realisasi Anggaran Tahun 2023 : Rp. 7.903.446.500']);
rows.push([]);
rows.push([null, null, null, null, null, 'Klaten, 15 Januari 2024']);
rows.push([null, null, null, null, null, 'Kepala Dinas Perhubungan']);
rows.push([]);
rows.push([null, null, null, null, null, 'Ir. SUTRISNO WIBOWO, M.T.']);
rows.push([null, null, null, null, null, 'NIP. 19700512 199803 1 007']);

const ws = XLSX.utils.aoa_to_sheet(rows);
for (let r = 7; r <= 14; r++) {
  for (const c of ['E', 'F', 'G']) {
    const cell = ws[`${c}${r}`];
    if (cell && cell.t === 'n') cell.z = cell.v >= 1000 ? '#,##0' : '0.00';
  }
}
ws['!merges'] = [
  XLSX.utils.decode_range('A1:H1'),
  XLSX.utils.decode_range('A2:H2'),
  XLSX.utils.decode_range('A3:H3'),
  XLSX.utils.decode_range('B7:B9'),
  XLSX.utils.decode_range('B10:B12'),
  XLSX.utils.decode_range('B13:B14'),
];
ws['!cols'] = [{ wch: 5 }, { wch: 40 }, { wch: 55 }, { wch: 8 }, { wch: 16 }, { wch: 16 }, { wch: 12 }, { wch: 14 }];
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, 'PK 2023');
XLSX.writeFile(wb, 'pk-biner-2023.xlsb', { bookType: 'xlsb', cellStyles: true });

// The second workbook: percentages as fractions under 0.00%, a hidden row.
const rows2 = [
  ['CAPAIAN KINERJA TAHUN 2024'],
  ['DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN KLATEN'],
  [],
  ['No', 'Indikator Kinerja Utama', 'Target', 'Realisasi', 'Capaian'],
];
// [indikator, target, realisasi, capaian as stored (a fraction), hidden]
const table2 = [
  ['Indeks SPBE', 0.72, 0.7488, 1.04, false],
  ['Persentase perangkat daerah yang terhubung jaringan intra pemerintah', 0.9, 0.8475, 0.9417, false],
  ['Persentase layanan publik yang terintegrasi dalam aplikasi', 0.65, 0.6201, 0.954, false],
  // last year's row, hidden, kept by the person who made the table: 0.55 / 0.6 = 91,67 %,
  // stored 0.9176 (two digits swapped), which fix leaves alone (a hidden row is not edited)
  ['Persentase layanan publik yang terintegrasi dalam aplikasi (2023)', 0.6, 0.55, 0.9176, true],
  // wrong: 0.8125 / 0.8 = 1.015625 -> 101,56 %, stored 0.9844 ((2 x 0.8 - 0.8125) / 0.8, the
  // formula of a lower-is-better indicator, for one whose name says more is better)
  ['Persentase aduan masyarakat yang ditindaklanjuti', 0.8, 0.8125, 0.9844, false],
  ['Persentase desa yang memiliki situs web aktif', 0.5, 0.5312, 1.0624, false],
];
table2.forEach((r, i) => rows2.push([i + 1, r[0], r[1], r[2], r[3]]));
rows2.push([]);
rows2.push([null, 'Klaten, 10 Januari 2025']);
const ws2 = XLSX.utils.aoa_to_sheet(rows2);
for (let r = 5; r < 5 + table2.length; r++) {
  for (const c of ['C', 'D', 'E']) ws2[`${c}${r}`].z = '0.00%';
}
ws2['!merges'] = [XLSX.utils.decode_range('A1:E1'), XLSX.utils.decode_range('A2:E2')];
ws2['!rows'] = [];
table2.forEach((r, i) => { if (r[4]) ws2['!rows'][4 + i] = { hidden: true }; });
const wb2 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb2, ws2, 'IKU 2024');
XLSX.writeFile(wb2, 'pk-biner-pecahan-2024.xlsb', { bookType: 'xlsb', cellStyles: true });
