"""UPTD PSDA Wilayah Sungai Batang Lirik, 2020-2023 (prefix A)."""
import os, openpyxl
from lib import *

AG = 'uptd_psda_ws_batang_lirik'; OUT = os.path.join(ROOT, AG); os.makedirs(OUT, exist_ok=True)
Y = [2020, 2021, 2022, 2023]
S1 = 'Meningkatnya kinerja layanan jaringan irigasi'
S2 = 'Meningkatnya ketersediaan air baku dan pengendalian daya rusak air'
S3 = 'Meningkatnya kualitas tata kelola UPTD'
_ = None
# id: unit, kind, sasaran, names per year, (target, realisasi) per year
D = {
 'A01': ('%', 'LEVEL', S1, ['Persentase jaringan irigasi kewenangan provinsi dalam kondisi baik',
         'Prosentase jaringan irigasi kewenangan Provinsi dalam kondisi baik ',
         'Persentase Jaringan Irigasi Kewenangan Provinsi Dalam Kondisi Baik',
         'Persentase jaringan irigasi kewenangan provinsi\ndalam kondisi baik (%)'], [(68, 66.4), (70, 71.2), (72, 70.35), (74, 74.8)]),
 'A02': ('Ha', 'LEVEL', S1, ['Luas daerah irigasi yang terlayani jaringan irigasi', 'Luas DI yang terlayani jaringan irigasi',
         'Luas areal daerah irigasi terlayani (Ha)', 'Luas areal DI yg terlayani jaringan irigasi'], [(18250, 17980), (18400, 18415), (18600, 18212), (18750, 18790)]),
 'A03': ('DI', 'FLOW', S1, ['Jumlah daerah irigasi yang direhabilitasi', 'Jumlah Daerah Irigasi yang direhabilitasi',
         'Jumlah D.I. yang direhabilitasi', 'Daerah irigasi yang direhabilitasi'], [(120, 11), (12, 12), (10, 9), (9, 9)]),
 'A04': ('km', 'FLOW', S1, ['Panjang saluran irigasi yang dipelihara', 'Panjang saluran irigasi yg dipelihara',
         'Panjang saluran irigasi yang dipelihara (km)', 'Panjang saluran irigasi yang dilakukan pemeliharaan rutin'], [(412.5, 405.8), (420, 421.3), (430, 418.75), (440, 443.2)]),
 'A05': ('%', 'LEVEL', S1, ['Persentase saluran irigasi yang dipelihara', 'Prosentase saluran irigasi yang dipelihara',
         'Persentase panjang saluran irigasi yang dipelihara', 'Persentase saluran irigasi yg dipelihara thd total saluran'], [(80, 78.6), (82, 91.2), (84, 82.9), (85, 86.1)]),
 'A06': ('unit', 'FLOW', S2, ['Jumlah embung yang dibangun', 'Jumlah embung baru yang dibangun',
         'Jumlah embung yang dibangun', 'Jumlah Embung Yang Dibangun'], [(3, 3), (4, 3), (4, 4), (5, 5)]),
 'A07': ('unit', 'FLOW', S2, ['Jumlah embung yang direhabilitasi', 'Jumlah embung yang direhabilitasi',
         'Jumlah embung yg direhabilitasi', 'Jumlah embung yang direhabilitasi/ditingkatkan'], [(6, 6), (6, 5), (7, 7), (7, 8)]),
 'A08': ('%', 'LEVEL', S2, ['Persentase tampungan air baku terhadap kebutuhan', 'Persentase tampungan air baku thd kebutuhan',
         'Persentase ketersediaan tampungan air baku terhadap kebutuhan', 'Persentase tampungan air baku terhadap kebutuhan air baku'], [(41, 40.2), (43, 43.5), (45, 44.1), (47, 46.9)]),
 'A09': ('km', 'FLOW', S2, ['Panjang sungai yang dinormalisasi dan tanggul yang dibangun', 'Panjang sungai yg dinormalisasi & tanggul yang dibangun', _, _],
         [(14.5, 13.9), (16, 16.4), _, _]),
 'A09n': ('km', 'FLOW', S2, [_, _, 'Panjang sungai yang dinormalisasi', 'Panjang alur sungai yang dinormalisasi'], [_, _, (9.5, 9.2), (10, 10.6)]),
 'A09t': ('km', 'FLOW', S2, [_, _, 'Panjang tanggul yang dibangun', 'Panjang tanggul banjir yang dibangun/diperkuat'], [_, _, (7.5, 7.1), (8, 8.3)]),
 'A10': ('Ha', 'LEVEL', S2, ['Luas kawasan yang terlindungi dari banjir', 'Luas kawasan terlindungi dari banjir',
         'Luas kawasan yang terlindungi dari genangan banjir', 'Luas kawasan yang terlindungi dari banjir'], [(2150, 2100), (2300, 2315), (2450, 2380), (2600, 2615)]),
 'A11': ('kelompok', 'LEVEL', S1, ['Jumlah P3A yang dibina', 'Jumlah Perkumpulan Petani Pemakai Air (P3A) yang dibina',
         'Jumlah P3A/GP3A yang dibina', 'Jumlah P3A yang dibina'], [(145, 145), (150, 152), (155, 149), (160, 161)]),
 'A12': ('kelompok', 'FLOW', S1, ['Jumlah P3A baru yang dibentuk', 'Jumlah P3A baru yang dibentuk',
         'Jumlah P3A baru yang dibentuk/dikukuhkan', 'Jumlah P3A Baru yang dibentuk'], [(5, 5), (5, 6), (6, 4), (6, 6)]),
 'A13': ('%', 'LEVEL', S2, ['Persentase pos hidrologi yang berfungsi', 'Persentase pos hidrologi yang berfungsi baik', _, _], [(85, 83.3), (87, 88.9), _, _]),
 'A13b': ('%', 'LEVEL', S2, [_, _, 'Persentase pos hidroklimatologi yang beroperasi dan datanya terkirim', 'Persentase pos hidroklimatologi yang beroperasi & datanya terkirim'], [_, _, (80, 78.1), (85, 84.4)]),
 'A14': ('rekomendasi', 'FLOW', S3, ['Jumlah rekomendasi teknis pemanfaatan SDA yang diterbitkan', 'Jumlah rekomtek pemanfaatan SDA yang diterbitkan',
         'Jumlah rekomendasi teknis pemanfaatan sumber daya air yang diterbitkan', 'Jumlah rekomendasi teknis yang diterbitkan'], [(40, 38), (40, 46), (45, 43), (45, 47)]),
 'A15': ('nilai', 'LEVEL', S3, ['Indeks Kepuasan Masyarakat (IKM)', 'Indeks kepuasan masyarakat',
         'Nilai IKM terhadap layanan UPTD', 'Indeks Kepuasan Masyarakat (IKM) thd layanan'], [(80, 81.2), (81, 82.5), (82, 82.05), (83, 83.4)]),
 'A16': ('nilai', 'LEVEL', S3, ['Nilai evaluasi SAKIP UPTD', 'Nilai SAKIP UPTD', 'Nilai hasil evaluasi AKIP', 'Nilai evaluasi AKIP UPTD'],
         [(65, 64.1), (67, 66.9), (70, 70.3), (72, _)]),
 'A17': ('%', 'LEVEL', S3, ['Persentase realisasi anggaran', 'Persentase realisasi anggaran UPTD', 'Persentase penyerapan anggaran',
         'Persentase realisasi anggaran'], [(95, 93.7), (95, 96.2), (96, 94.8), (96, 97.1)]),
 'A18': ('Rp', 'FLOW', S3, ['Pendapatan retribusi pemakaian kekayaan daerah (air)', 'Pendapatan retribusi pemakaian kekayaan daerah',
         'Pendapatan retribusi pemakaian kekayaan daerah', 'Pendapatan Retribusi Pemakaian Kekayaan Daerah (Rp)'],
         [(65000000, 63125000), (70000000, 71450000), (75, 72.4), (80000000, 81300000)]),
 'A19': ('dokumen', 'FLOW', S3, [_, _, 'Jumlah dokumen rencana pengelolaan SDA yang disusun', 'Jumlah dokumen rencana pengelolaan SDA yang tersusun'], [_, _, (2, 2), (3, 3)]),
 'A20': ('%', 'LEVEL', S3, ['Persentase pengaduan masyarakat yang ditindaklanjuti', 'Persentase pengaduan yang ditindaklanjuti', _, _], [(100, 96.5), (100, 100), _, _]),
}
ORDER = ['A01', 'A02', 'A03', 'A04', 'A05', 'A11', 'A12', 'A06', 'A07', 'A08', 'A09', 'A09n', 'A09t', 'A10', 'A13', 'A13b',
         'A14', 'A15', 'A16', 'A17', 'A18', 'A19', 'A20']
PCT = {2020: 'num', 2021: 'pct', 2022: 'num2', 2023: 'tpct'}

def rows_for(year, ov=None, extra=None):
    ov = ov or {}; extra = extra or {}; i = Y.index(year); out = []
    for id in ORDER:
        u, k, s, n, v = D[id]
        if n[i] is None: continue
        t, r = v[i]
        st = PCT[year] if u == '%' else ('rp' if u == 'Rp' else 'num')
        T = ov.get((id, 't'), tv(t, st)); Rr = ov.get((id, 'r'), tv(r, st))
        ex = dict(extra.get(id, {}))
        pv = [v[j][1] if j >= 0 and v[j] else '-' for j in (i - 2, i - 1)]
        ex.setdefault('prev', tuple(pv)); ex.setdefault('end', {'%': 80, 'Rp': 90000000}.get(u, t))
        out.append(R(id, n[i], u, T, Rr, k, s, extra=ex))
    return out

K = Keys(AG, 'A'); jobs = []
# ---- workbook 1 (.xlsx): LKjIP 2020 table + PK 2021 (perubahan) + hidden stale sheet + notes
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Tabel 3.1 (2020)'; F1 = 'LKjIP_UPTD_PSDA_2020_2021.xlsx'
r = title(ws, ['TABEL 3.1', 'PENGUKURAN CAPAIAN KINERJA TAHUN 2020', 'UPTD PENGELOLAAN SUMBER DAYA AIR WILAYAH SUNGAI BATANG LIRIK',
               'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI SUMBER LESTARI'], 9)
rows = rows_for(2020, extra={'A16': {'wrap2': '(hasil evaluasi Inspektorat Provinsi)'}})
rows[0].extra['prev'] = (63.8, 65.1)
r = lay_lkjip(ws, K, F1, ws.title, 2020, rows, r + 1, renstra_end=2023)
put(ws, f"A{r+1}", 'Rata-rata capaian kinerja'); put(ws, f"H{r+1}", f"=AVERAGE(H8:H{r-1})"); ws[f"H{r+1}"].number_format = '0.00%'
put(ws, f"A{r+2}", 'Predikat'); put(ws, f"H{r+2}", 'Sangat Baik')
put(ws, f"A{r+4}", 'Catatan: target Jumlah DI yang direhabilitasi sesuai DPA murni; data pos hidrologi per Desember 2020.')
sign(ws, r + 6, 'G', 'Muara Lirik', 2021, 'Ir. HENDRA SAPUTRA WIJAYA, M.T.', '19720314 199803 1 004', 'Kepala UPTD PSDA WS Batang Lirik')

ws = wb.create_sheet('PK 2021')
r = title(ws, ['PERJANJIAN KINERJA PERUBAHAN TAHUN 2021', 'UPTD PSDA WS BATANG LIRIK'], 8)
put(ws, f"A{r}", 'Periode: Januari s.d. Desember 2021'); r += 2
ov = {('A05', 'r'): tv(91.2, 'plainfrac')}   # mistake: fraction in a plain cell (not %-formatted)
rows = rows_for(2021, ov=ov, extra={'A06': {'t0': tv(3, 'num')}, 'A10': {'draft': (2200, 2190)},
                                      'A20': {'in_sas': True}})
r = lay_pk(ws, K, F1, ws.title, 2021, rows, r, perubahan=True, head2=True)
put(ws, f"B{r+1}", 'Anggaran kegiatan UPTD 2021: Rp 4.812.500.000,-')
put(ws, f"B{r+2}", '*) realisasi retribusi termasuk setoran Desember')
for c in 'ABCDEFGH': ws[f"{c}9"].number_format = ws[f"{c}9"].number_format

ws = wb.create_sheet('draft 2020 (lama)'); ws.sheet_state = 'hidden'
put(ws, 'A1', 'Draft capaian 2020 (belum final)')
for i, id in enumerate(['A01', 'A02', 'A03', 'A05']):
    put(ws, f"A{i+3}", D[id][3][0]); put(ws, f"B{i+3}", D[id][4][0][0]); put(ws, f"C{i+3}", D[id][4][0][1] * 0.9)
ws = wb.create_sheet('Catatan')
put(ws, 'A1', 'Catatan penyusunan'); put(ws, 'A2', 'Tabel 3.1 diambil dari LKjIP 2020; PK 2021 adalah PK perubahan (setelah refocusing).')
jobs.append((save_raw(wb, 'psda_w1.xlsx'), 'xlsx', F1)); K.files.append(F1)

# ---- workbook 2 (.xls): E.81 2022 spread over two sheets (program / kegiatan)
F2 = 'Evaluasi_Renja_E81_2022.xls'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'E81 Program'
q6 = [tv(1), tv(1), tv(1), tv(1)]
ov = {('A18', 't'): tv(75, 'num2'), ('A18', 'r'): tv(72.4, 'num2')}
rows = {x.id: x for x in rows_for(2022, ov=ov)}
rows['A06'].q = q6            # realisasi formula misses TW IV -> cached 3
rows['A03'].extra['blanks'] = (0,)
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'LINGKUP UPTD PSDA WS BATANG LIRIK PROVINSI SUMBER LESTARI',
               'PERIODE PELAKSANAAN: TAHUN 2022', 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya ketahanan air'], 24)
grp1 = [('1.03.05', 'Program', 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', [rows[i] for i in ['A01', 'A02', 'A05', 'A08', 'A10', 'A13b']]),
        ('1.03.01', 'Program', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', [rows[i] for i in ['A15', 'A16', 'A17', 'A18']])]
r = lay_e81(ws, K, F2, ws.title, 2022, grp1, r + 1)
put(ws, f"D{r+1}", 'Rata-rata capaian kinerja (%)'); put(ws, f"V{r+1}", f"=AVERAGE(V10:V{r-1})")
put(ws, f"D{r+2}", 'Predikat kinerja'); put(ws, f"V{r+2}", 'Tinggi')
put(ws, f"D{r+3}", 'Catatan: retribusi ditulis dalam Rp juta (sesuai laporan keuangan).')
ws = wb.create_sheet('E81 Kegiatan')
r = title(ws, ['EVALUASI HASIL RENJA TAHUN 2022 (LANJUTAN)', 'KEGIATAN DAN SUB KEGIATAN'], 24)
grp2 = [('1.03.05.2.01', 'Kegiatan', 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada WS Lintas Kab/Kota', []),
        ('1.03.05.2.01.0001', 'Sub Kegiatan', 'Rehabilitasi Jaringan Irigasi Permukaan', [rows[i] for i in ['A03', 'A04']]),
        ('1.03.05.2.01.0002', 'Sub Kegiatan', 'Operasi dan Pemeliharaan Jaringan Irigasi / Pembinaan P3A', [rows[i] for i in ['A11', 'A12']]),
        ('1.03.05.2.01.0003', 'Sub Kegiatan', 'Pembangunan dan Rehabilitasi Embung', [rows[i] for i in ['A06', 'A07']]),
        ('1.03.05.2.01.0004', 'Sub Kegiatan', 'Normalisasi/Restorasi Sungai dan Pembangunan Tanggul', [rows[i] for i in ['A09n', 'A09t']]),
        ('1.03.05.2.01.0005', 'Sub Kegiatan', 'Penyusunan Rencana Pengelolaan SDA dan Rekomendasi Teknis', [rows[i] for i in ['A19', 'A14']])]
r = lay_e81(ws, K, F2, ws.title, 2022, grp2, r + 1, wrong='A06')
sign(ws, r + 2, 'T', 'Muara Lirik', 2023, 'Ir. HENDRA SAPUTRA WIJAYA, M.T.', '19720314 199803 1 004', 'Kepala UPTD')
jobs.append((save_raw(wb, 'psda_w2.xlsx'), 'xls', F2)); K.files.append(F2)

# ---- workbook 3 (.ods): 2023 turned-over table (indicators across columns, three blocks)
F3 = 'Capaian_Kinerja_2023.ods'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Capaian 2023'
r = title(ws, ['CAPAIAN INDIKATOR KINERJA UPTD PSDA WS BATANG LIRIK', 'TAHUN ANGGARAN 2023'], 8)
ov = {('A15', 't'): tv(83, 'ge'), ('A16', 't'): tv(None, 'grade', grade='BB'), ('A16', 'r'): tv(None, 'grade', grade='B'),
      ('A10', 'r'): tv(2615, 'foot'), ('A02', 't'): tv(18750, 'unit', unit='Ha'), ('A08', 't'): tv(47, 'range', hi=50)}
r = lay_turned(ws, K, F3, ws.title, 2023, rows_for(2023, ov=ov), r + 1)
put(ws, f"A{r}", '*) angka sementara, menunggu verifikasi Balai Wilayah Sungai')
put(ws, f"A{r+1}", 'Nilai AKIP ditulis sebagai predikat (BB target, B realisasi).')
ws = wb.create_sheet('Grafik'); put(ws, 'A1', 'grafik capaian (lihat lampiran)')
jobs.append((save_raw(wb, 'psda_w3.xlsx'), 'ods', F3)); K.files.append(F3)

deliver(jobs, OUT)
META = {
 'short': 'psda', 'prefix': 'A',
 'years': {
  2020: f'{F1} / "Tabel 3.1 (2020)": LKjIP chapter III table (No | Indikator | Satuan | Realisasi 2018, 2019 | Tahun 2020: Target, Realisasi, Capaian (formula) | Target akhir Renstra), sasaran bands as merged rows, A16 name wrapped over two rows, average capaian + predikat, notes, signature.',
  2021: f'{F1} / "PK 2021": PK Perubahan with two-row header (Target PK Awal | Target PK Perubahan | Realisasi | % Capaian), sasaran merged vertically, numbering row (1)..(8); A20 typed into the Sasaran column; hidden draft row under A10; budget line and footnote. Same workbook holds a hidden sheet "draft 2020 (lama)" with stale figures and a notes sheet.',
  2022: f'{F2}: Permendagri 86 E.81 spread over two sheets ("E81 Program": programme-level indicators; "E81 Kegiatan": kegiatan/sub kegiatan indicators), numbered columns 1..24, K/Rp pairs, TW I-IV, realisasi K as formula (=L+N+P+R) for FLOW, typed for LEVEL; capaian formulas; kegiatan row without indicator.',
  2023: f'{F3} / "Capaian 2023": turned-over table, indicators across columns in three blocks of 7 (rows Satuan / Target / Realisasi / Capaian), so key rows share sheet rows (col given); ≥, range, unit text, footnote mark, grades.',
 },
 'mistakes': [(2020, 'Tabel 3.1 (2020) F (A03 row)', 'A03', 'target typed 10x (120 for 12 DI)', 'target 120'),
              (2021, 'PK 2021 G (A05 row)', 'A05', 'realisasi typed as fraction 0,912 in a plain (not %) cell', 'realisasi 0.912'),
              (2022, 'E81 Kegiatan T (A06 row)', 'A06', 'wrong formula =L+N+P (TW IV left out)', 'realisasi 3 (cached), TW IV was 1'),
              (2022, 'E81 Program J/T (A18 row)', 'A18', 'unit changes: Rp juta (75 / 72,4) instead of full rupiah', 'target 75, realisasi 72.4')],
 'pairs': ['Look-alikes kept apart: A04 Panjang saluran irigasi yang dipelihara (km) vs A05 Persentase saluran irigasi yang dipelihara (%); A06 embung dibangun vs A07 embung direhabilitasi; A11 Jumlah P3A yang dibina (total) vs A12 Jumlah P3A baru yang dibentuk; A03 Jumlah daerah irigasi direhabilitasi vs A02 Luas daerah irigasi terlayani.',
           'Ambiguous pair A13 / A13b: "Persentase pos hidrologi yang berfungsi" (2020-21) vs "Persentase pos hidroklimatologi yang beroperasi dan datanya terkirim" (2022-23). The later one adds climatology stations and a data-transmission condition; it can be read as the same indicator renamed after telemetry came in, or as a new indicator. Figures drop (88,9 -> 78,1) which fits either reading.',
           'Split: A09 "Panjang sungai yang dinormalisasi dan tanggul yang dibangun" (2020-21) -> A09n sungai dinormalisasi + A09t tanggul dibangun (2022-23).',
           'Appearing: A19 (2022-). Disappearing: A20 (after 2021), A09 and A13 (replaced).',
           'Drift: Prosentase/Persentase, DI/D.I./Daerah Irigasi, yg/thd/&, unit moved into brackets "(km)" "(%)" "(Ha)" "(Rp)", Title Case (A01 2022, A06 2023), trailing space (A01 2021), line break inside the name (A01 2023), words added/dropped (A04 2023 "dilakukan pemeliharaan rutin", A14 2023 drops "pemanfaatan SDA"), abbreviations (rekomtek, IKM, AKIP/SAKIP), synonyms (realisasi/penyerapan anggaran).'],
 'flow': [i for i in D if D[i][1] == 'FLOW'], 'level': [i for i in D if D[i][1] == 'LEVEL'],
}
write_key(K, Y, [['A13', 'A13b']], OUT, META)
print(AG, len(K.rows))
