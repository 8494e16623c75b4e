"""UPTD Balai Teknologi Pendidikan, Dinas Pendidikan Provinsi Lembah Sari Raya, 2021-2024 (prefix P)."""
import os, openpyxl
from lib import *

AG = 'uptd_btp_prov_lembah_sari_raya'; OUT = os.path.join(ROOT, AG); os.makedirs(OUT, exist_ok=True)
Y = [2021, 2022, 2023, 2024]
S1 = 'Meningkatnya pemanfaatan teknologi informasi dan komunikasi dalam pembelajaran'
S2 = 'Meningkatnya kompetensi TIK pendidik'
S3 = 'Meningkatnya kualitas layanan dan tata kelola balai'
_ = None
D = {
 'P01': ('judul', 'FLOW', S1, ['Jumlah konten pembelajaran digital yang diproduksi', 'Jumlah konten pembelajaran digital yang diproduksi',
         'Jumlah konten pembelajaran digital yg diproduksi', 'Jumlah Konten Pembelajaran Digital yang Diproduksi'], [(120, 126), (140, 138), (150, 161), (160, 158)]),
 'P02': ('judul', 'FLOW', S1, ['Jumlah konten pembelajaran yang dikurasi dan diunggah ke portal', 'Jumlah konten yang dikurasi & diunggah ke portal',
         'Jumlah konten pembelajaran yang dikurasi dan diunggah ke portal belajar', 'Jumlah konten pembelajaran terkurasi yang diunggah'], [(200, 214), (250, 247), (300, 318), (320, 333)]),
 'P03': ('orang', 'FLOW', S2, ['Jumlah guru yang dilatih pemanfaatan TIK', 'Jumlah guru yang dilatih pemanfaatan TIK untuk pembelajaran',
         'Jumlah guru yang dilatih TIK', 'Jumlah pendidik yang dilatih pemanfaatan TIK'], [(1200, 1245), (1500, 1488), (1500, 1562), (1500000, 1610)]),
 'P04': ('%', 'LEVEL', S2, ['Persentase guru yang dilatih pemanfaatan TIK', 'Persentase guru yang telah dilatih pemanfaatan TIK',
         'Persentase guru yang dilatih TIK', 'Persentase pendidik yang dilatih pemanfaatan TIK'], [(30, 31.2), (35, 34.7), (40, 41.5), (45, 45.9)]),
 'P05': ('sekolah', 'LEVEL', S1, ['Jumlah sekolah yang terhubung internet', 'Jumlah sekolah yang terkoneksi internet',
         'Jumlah satuan pendidikan yang terhubung internet', 'Jumlah sekolah yang terhubung internet'], [(820, 834), (880, 875), (940, 951), (1000, 1012)]),
 'P06': ('sekolah', 'FLOW', S1, ['Jumlah sekolah baru yang terhubung internet', 'Jumlah sekolah baru yang terkoneksi internet',
         'Jumlah satuan pendidikan baru yang terhubung internet', 'Jumlah sekolah baru yg terhubung internet'], [(60, 64), (60, 41), (60, 76), (60, 61)]),
 'P07': ('%', 'LEVEL', S1, ['Persentase satuan pendidikan yang memanfaatkan LMS', 'Persentase satuan pendidikan yang memanfaatkan platform pembelajaran (LMS)',
         'Persentase satuan pendidikan yang memanfaatkan platform pembelajaran digital', 'Persentase satuan pendidikan yg memanfaatkan platform pembelajaran digital'], [(40, 43.6), (50, 52.1), (60, 58.3), (65, 66.7)]),
 'P08': ('akun', 'LEVEL', S1, ['Jumlah pengguna aktif portal pembelajaran', 'Jumlah pengguna aktif portal belajar',
         'Jumlah akun aktif portal pembelajaran', 'Jumlah pengguna aktif portal pembelajaran (akun)'], [(250000, 24150), (30000, 31275), (35000, 33890), (40000, 41320)]),
 'P09': ('episode', 'FLOW', S1, ['Jumlah siaran edukasi TV dan radio', 'Jumlah episode siaran edukasi TV & radio',
         'Jumlah siaran edukasi melalui TV dan radio', 'Jumlah siaran edukasi TV dan radio'], [(96, 96), (96, 88), (72, 74), (72, 72)]),
 'P10': ('orang', 'FLOW', S2, ['Jumlah Duta Teknologi Pendidikan yang dibina', 'Jumlah duta teknologi pendidikan yang dibina',
         'Jumlah Duta Teknologi yang dibina', 'Jumlah Duta Teknologi Pendidikan yang dibina'], [(40, 40), (45, 47), (50, 50), (50, 52)]),
 'P11': ('nilai', 'LEVEL', S3, ['Indeks kepuasan layanan balai', 'Indeks Kepuasan Layanan', 'Indeks kepuasan masyarakat thd layanan balai',
         'Indeks kepuasan layanan balai'], [(80, 81.4), (81, 82.6), (82, 83.05), (83, 82.7)]),
 'P12': ('%', 'LEVEL', S3, ['Persentase ketersediaan layanan sistem (uptime)', 'Persentase ketersediaan layanan sistem (uptime)',
         'Persentase uptime layanan sistem portal', 'Persentase ketersediaan layanan sistem/uptime'], [(97, 98.2), (98, 98.7), (98, 99.1), (99, 99.3)]),
 'P13': ('sekolah', 'FLOW', S1, ['Jumlah SMA yang menerima bantuan perangkat TIK', 'Jumlah SMA penerima bantuan perangkat TIK', _, _], [(35, 35), (40, 38), _, _]),
 'P14': ('sekolah', 'FLOW', S1, ['Jumlah SMK yang menerima bantuan perangkat TIK', 'Jumlah SMK penerima bantuan perangkat TIK', _, _], [(25, 25), (30, 30), _, _]),
 'P13m': ('sekolah', 'FLOW', S1, [_, _, 'Jumlah SMA/SMK/SLB yang menerima bantuan perangkat TIK', 'Jumlah SMA, SMK dan SLB penerima bantuan perangkat TIK'], [_, _, (75, 77), (80, 80)]),
 'P15': ('nilai', 'LEVEL', S3, ['Nilai AKIP balai', 'Nilai evaluasi AKIP balai', 'Nilai AKIP', 'Nilai AKIP Balai'], [(65, 66.3), (68, 67.5), (70, 71.2), (72, 73.4)]),
 'P16': ('%', 'LEVEL', S3, ['Persentase realisasi anggaran', 'Persentase realisasi anggaran balai', 'Persentase realisasi anggaran', 'Persentase penyerapan anggaran'], [(95, 94.1), (95, 96.4), (96, 95.8), (96, 97.5)]),
 'P17': ('sekolah', 'FLOW', S1, [_, 'Jumlah satuan pendidikan yang difasilitasi ANBK', 'Jumlah satuan pendidikan yang difasilitasi pelaksanaan ANBK',
         'Jumlah sekolah yang difasilitasi ANBK'], [_, (300, 312), (320, 327), (340, 338)]),
 'P18': ('angkatan', 'FLOW', S2, ['Jumlah pelatihan guru daring melalui LMS', 'Jumlah angkatan pelatihan guru daring (LMS)', _, _], [(10, 12), (12, 12), _, _]),
 'P19': ('%', 'LEVEL', S2, ['Persentase guru peserta pelatihan TIK yang lulus', 'Persentase guru peserta pelatihan TIK yang dinyatakan lulus', _, _], [(85, 88.5), (85, 86.9), _, _]),
 'P19b': ('%', 'LEVEL', S2, [_, _, 'Persentase guru yang memperoleh sertifikat kompetensi TIK', 'Persentase guru yang memperoleh sertifikat kompetensi TIK '], [_, _, (60, 57.4), (65, 63.8)]),
}
ORDER = ['P01', 'P02', 'P05', 'P06', 'P07', 'P08', 'P09', 'P13', 'P14', 'P13m', 'P17', 'P03', 'P04', 'P19', 'P19b', 'P10', 'P18', 'P11', 'P12', 'P15', 'P16']
PCT = {2021: 'num', 2022: 'pct', 2023: 'tpct', 2024: 'pct0'}

def rows_for(year, ov=None, extra=None):
    ov = ov or {}; extra = extra or {}; i = Y.index(year); out = []
    for id in ORDER:
        u, k, s, n, v = D[id]
        if n[i] is None: continue
        t, r = v[i]
        st = PCT[year] if u == '%' else 'num'
        ex = dict(extra.get(id, {}))
        ex.setdefault('prev', tuple(v[j][1] if j >= 0 and v[j] else '-' for j in (i - 2, i - 1)))
        ex.setdefault('ty', {y: (round(t * (1 + 0.05 * (y - year)), 1) if u != '%' else min(100, t + 5 * (y - year))) for y in range(2021, 2027)})
        ex.setdefault('awal', round(t * 0.9, 1)); ex.setdefault('end', ex['ty'][2026])
        out.append(R(id, n[i], u, ov.get((id, 't'), tv(t, st)), ov.get((id, 'r'), tv(r, st)), k, s, extra=ex))
    return out

K = Keys(AG, 'P'); jobs = []
# ---- workbook 1 (.xlsx): Renstra matrix, realisasi 2021
F1 = 'Matriks_Renstra_BTP_2021-2026_Realisasi_2021.xlsx'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Matriks Renstra'
r = title(ws, ['MATRIKS RENCANA STRATEGIS 2021-2026', 'UPTD BALAI TEKNOLOGI PENDIDIKAN', 'DINAS PENDIDIKAN PROVINSI LEMBAH SARI RAYA', 'dengan realisasi tahun 2021'], 12)
r = lay_renstra(ws, K, F1, ws.title, 2021, rows_for(2021), r + 1, list(range(2021, 2027)))
put(ws, f"C{r+1}", 'Sumber: Renstra Dinas Pendidikan 2021-2026 (Pergub No. 41 Tahun 2021), diolah.')
sign(ws, r + 3, 'J', 'Kota Sari', 2022, 'Drs. BAMBANG ARIF NUGROHO, M.Pd.', '19700415 199403 1 007', 'Kepala UPTD BTP')
jobs.append((save_raw(wb, 'btp_w1.xlsx'), 'xlsx', F1)); K.files.append(F1)

# ---- workbook 2 (.ods): Rencana Aksi 2022 with cumulative s.d. TW columns
F2 = 'Rencana_Aksi_TW_2022.ods'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RA 2022'
r = title(ws, ['RENCANA AKSI DAN CAPAIAN KUMULATIF', 'UPTD BALAI TEKNOLOGI PENDIDIKAN - TAHUN 2022'], 13)
rows = rows_for(2022, extra={'P15': {'blanks': (0, 1, 2)}, 'P16': {'blanks': (3,)}, 'P17': {'blanks': (0,)}})
for x in rows:
    if x.id == 'P12':   # s.d. TW IV typed as a fraction in a plain cell
        x.q = [tv(98.1, 'pct'), tv(98.4, 'pct'), tv(98.6, 'pct'), tv(98.7, 'plainfrac')]
    if x.id == 'P09':
        x.q = [tv(20), tv(44), tv(66), tv(None, 'dash')]
r = lay_tw(ws, K, F2, ws.title, 2022, rows, r + 1, cumulative=True)
put(ws, f"B{r+1}", 'Catatan: realisasi TW IV siaran edukasi belum dilaporkan mitra TV lokal.')
ws = wb.create_sheet('RA 2022 (v1)'); ws.sheet_state = 'hidden'
put(ws, 'A1', 'versi awal - jangan dipakai'); put(ws, 'B3', D['P01'][3][1]); put(ws, 'C3', 130); put(ws, 'D3', 90)
jobs.append((save_raw(wb, 'btp_w2.xlsx'), 'ods', F2)); K.files.append(F2)

# ---- workbook 3 (.xls): LKjIP table 2023 + PK 2024 spread over two sheets
F3 = 'LKjIP_2023_dan_PK_2024.xls'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Tabel 3.2 LKjIP 2023'
r = title(ws, ['Tabel 3.2', 'Capaian Indikator Kinerja UPTD BTP Tahun 2023 dibandingkan dua tahun sebelumnya'], 9)
ov = {('P11', 'r'): tv(83.05, 'tnum'), ('P01', 'r'): tv(161, 'foot')}
rows = rows_for(2023, ov=ov, extra={'P19b': {'wrap2': '(sertifikasi Pusdatin)'}})
r = lay_lkjip(ws, K, F3, ws.title, 2023, rows, r + 1, bands=False)
lp = {l['id']: (i, l) for i, l in enumerate(K.locs) if l['year'] == 2023}
i6, l6 = lp['P06']; r5 = K.locs[lp['P05'][0]]['target']['cells'][0][1:]
put(ws, l6['realisasi']['cells'][0], f"=F{r5}-E{r5}")   # wrong formula: target 2023 of P05 minus realisasi 2022 of P05
K.rows[i6]['realisasi'] = D['P05'][4][2][0] - D['P05'][4][1][1]
put(ws, f"B{r+1}", 'Rata-rata capaian'); put(ws, f"H{r+1}", f"=AVERAGE(H5:H{r-1})"); ws[f"H{r+1}"].number_format = '0.00%'
put(ws, f"B{r+3}", 'Ket: *) termasuk konten hasil kolaborasi dengan MGMP')
rows24 = rows_for(2024, ov={('P03', 't'): tv(1500000, 'num'), ('P12', 't'): tv(99, 'ge'), ('P15', 'r'): tv(73.4, 'tnum')},
                  extra={'P16': {'in_sas': True}})
ordr = ['no', 'sas', 'ind', 'tgt', 'real', 'cap', 'sat']
ws = wb.create_sheet('PK 2024 (1)')
r = title(ws, ['PERJANJIAN KINERJA TAHUN 2024 - CAPAIAN', 'Sasaran 1: ' + S1], 7)
lay_pk(ws, K, F3, ws.title, 2024, [x for x in rows24 if x.sas == S1], r + 1, sas_merge=False, head2=True, order=ordr)
ws = wb.create_sheet('PK 2024 (2)')
r = title(ws, ['PERJANJIAN KINERJA TAHUN 2024 - CAPAIAN (lanjutan)', 'Sasaran 2 dan 3'], 7)
r = lay_pk(ws, K, F3, ws.title, 2024, [x for x in rows24 if x.sas != S1], r + 1, sas_merge=False, head2=True, order=ordr)
sign(ws, r + 2, 'E', 'Kota Sari', 2025, 'Drs. BAMBANG ARIF NUGROHO, M.Pd.', '19700415 199403 1 007', 'Kepala UPTD BTP')
jobs.append((save_raw(wb, 'btp_w3.xlsx'), 'xls', F3)); K.files.append(F3)

deliver(jobs, OUT)
META = {
 'short': 'btp', 'prefix': 'P',
 'years': {
  2021: f'{F1} / "Matriks Renstra": Renstra matrix (Tujuan/Sasaran merged | Indikator Sasaran | Satuan | Kondisi Awal 2020 | Target 2021..2026 | Realisasi 2021); keyed target = the 2021 target column.',
  2022: f'{F2} / "RA 2022": Rencana Aksi with Target TW I-IV and cumulative "s.d. TW I..IV" realisasi columns, no annual realisasi (realisasi = last reported s.d. column, for FLOW and LEVEL alike); blank and "-" quarters; hidden sheet "RA 2022 (v1)" with stale figures.',
  2023: f'{F3} / "Tabel 3.2 LKjIP 2023": LKjIP table without sasaran bands (Realisasi 2021, 2022 | Target, Realisasi, Capaian 2023 | Target akhir Renstra 2026); P19b name wrapped over two rows; text numbers, footnote mark.',
  2024: f'{F3} / "PK 2024 (1)" + "PK 2024 (2)": one year spread over two sheets, PK with two-row header, unusual column order (No | Sasaran | Indikator | Target | Realisasi | % Capaian | Satuan), sasaran not merged; P16 typed into the Sasaran column.',
 },
 'mistakes': [(2021, 'Matriks Renstra F (P08 row)', 'P08', 'target typed 10x (250.000 for 25.000 akun)', 'target 250000'),
              (2022, 'RA 2022 L (P12 row, s.d. TW IV)', 'P12', 'fraction 0,987 typed in a plain cell (other quarters %-formatted)', 'realisasi 0.987'),
              (2023, 'Tabel 3.2 LKjIP 2023 G (P06 row)', 'P06', 'wrong formula: =F(P05)-E(P05) = target 2023 of P05 minus realisasi 2022 of P05', 'realisasi 65 (cached), intended 76'),
              (2024, 'PK 2024 (1) D (P03 row)', 'P03', 'target typed 1000x (1.500.000 for 1.500 guru)', 'target 1500000')],
 'pairs': ['Look-alikes kept apart: P03 Jumlah guru yang dilatih TIK vs P04 Persentase guru yang dilatih TIK; P05 Jumlah sekolah terhubung internet (total) vs P06 Jumlah sekolah baru terhubung internet; P01 konten diproduksi vs P02 konten dikurasi/diunggah; P13 SMA vs P14 SMK penerima bantuan; P19 lulus pelatihan vs P04 dilatih.',
           'Ambiguous pair P19 / P19b: "Persentase guru peserta pelatihan TIK yang lulus" (2021-22) vs "Persentase guru yang memperoleh sertifikat kompetensi TIK" (2023-24). Passing the training may be what earns the certificate (same indicator renamed), or certification may be a separate, external step (new indicator); the level drop 86,9 -> 57,4 fits both.',
           'Merge: P13 SMA + P14 SMK penerima bantuan perangkat TIK (2021-22) -> P13m SMA/SMK/SLB penerima bantuan (2023-24).',
           'Appearing: P17 ANBK (2022-), P13m (2023-), P19b (2023-). Disappearing: P18 pelatihan daring via LMS (after 2022), P13, P14, P19.',
           'Drift: terhubung/terkoneksi, sekolah/satuan pendidikan, guru/pendidik, yg, &, thd, LMS/platform pembelajaran (digital), words dropped (P03 2023 "pemanfaatan"), unit into brackets "(akun)", Title Case (P01 2024), trailing space (P19b 2024), "(uptime)" moved to "/uptime", realisasi/penyerapan anggaran.'],
 'flow': [i for i in D if D[i][1] == 'FLOW'], 'level': [i for i in D if D[i][1] == 'LEVEL'],
}
write_key(K, Y, [['P19', 'P19b']], OUT, META)
print(AG, len(K.rows))
