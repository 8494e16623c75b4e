import sys, os, random; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
from openpyxl import Workbook

AG = 'uptd_embung_air_baku_kab_bukit_randu'; YRS = [2021, 2022, 2023, 2024]
K = Key(AG, 'embung', YRS); K.ambiguous = [["E09", "E09b"]]
SPEC = {
 'E01': ('m3', 'FLOW', 2450000, .05, -2), 'E02': ('m3', 'LEVEL', 3800000, .03, -3), 'E03': ('unit', 'LEVEL', 34, .04, 0),
 'E04': ('%', 'LEVEL', 76.0, .03, 1), 'E05': ('ha', 'LEVEL', 1650, .04, 0), 'E06': ('SR', 'LEVEL', 5400, .08, 0),
 'E07': ('SR', 'FLOW', 420, .05, 0), 'E08': ('desa', 'LEVEL', 41, .05, 0), 'E09': ('%', 'LEVEL', 58.0, .04, 1),
 'E09b': ('%', 'LEVEL', 64.0, .04, 1), 'E10': ('m', 'FLOW', 18500, .04, 0), 'E21': ('m', 'FLOW', 26000, .04, 0),
 'E10m': ('m', 'FLOW', 47000, .04, 0), 'E11': ('unit', 'FLOW', 4, .1, 0), 'E12': ('unit', 'FLOW', 2, .2, 0),
 'E13': ('m3', 'FLOW', 12500, .05, 0), 'E14': ('%', 'LEVEL', 24.0, -.06, 1), 'E15': ('liter/detik', 'LEVEL', 85.0, .03, 1),
 'E16': ('Rp', 'FLOW', 760000000, .08, -4), 'E17': ('kelompok', 'FLOW', 22, .06, 0), 'E18': ('nilai', 'LEVEL', 78.0, .01, 2),
 'E19': ('sampel', 'FLOW', 48, .05, 0),
}
F = figures(SPEC, YRS, 83003)
N = {  # 2021, 2022, 2023, 2024
 'E01': ('Volume air baku yang disalurkan', 'Volume Air Baku Yang Disalurkan (m3)', 'Volume air baku yang didistribusikan', 'Vol. air baku didistribusikan (m³)'),
 'E02': ('Kapasitas tampungan embung', 'Kapasitas Tampung Embung (m3)', 'Kapasitas tampungan efektif embung', 'Total kapasitas tampungan embung'),
 'E03': ('Jumlah embung dalam kondisi baik', 'Jumlah Embung Kondisi Baik', 'Jumlah embung yg berfungsi baik', 'Jml embung kondisi baik'),
 'E04': ('Persentase embung dalam kondisi baik', 'Prosentase Embung Kondisi Baik', 'Persentase embung yg berfungsi baik', '% embung dalam kondisi baik'),
 'E05': ('Luas areal yang terlayani air dari embung', 'Luas Layanan Irigasi Embung (ha)', 'Luas areal layanan embung', 'Luas areal terlayani (Ha)'),
 'E06': ('Jumlah sambungan air baku', 'Jumlah Sambungan Air Baku (SR)', 'Jumlah sambungan rumah air baku (total)', 'Jml SR air baku terpasang'),
 'E07': ('Jumlah sambungan air baku baru', 'Jumlah Sambungan Baru (SR)', 'Jumlah sambungan rumah air baku baru', 'Jml SR baru'),
 'E08': ('Jumlah desa yang terlayani air baku', 'Jumlah Desa Terlayani', 'Jumlah desa yg mendapat layanan air baku', 'Desa terlayani air baku'),
 'E09': ('Persentase rumah tangga terlayani air baku', 'Prosentase Rumah Tangga Terlayani Air Baku', None, None),
 'E09b': (None, None, 'Cakupan pelayanan air baku', 'Cakupan layanan air baku (%)'),
 'E10': ('Panjang pipa transmisi yang dipelihara', 'Panjang Pipa Transmisi Yang Dipelihara (m)', None, None),
 'E21': ('Panjang pipa distribusi yang dipelihara', 'Panjang Pipa Distribusi Yang Dipelihara (m)', None, None),
 'E10m': (None, None, 'Panjang jaringan perpipaan air baku yang dipelihara', 'Panjang jaringan pipa yg dipelihara'),
 'E11': ('Jumlah embung yang direhabilitasi', 'Jumlah Embung Direhabilitasi', 'Jumlah embung yang direhab', 'Jml embung direhabilitasi'),
 'E12': ('Jumlah embung baru yang dibangun', 'Jumlah Embung Baru', 'Jumlah pembangunan embung baru', 'Jml embung baru terbangun'),
 'E13': ('Volume sedimen yang dikeruk', 'Volume Sedimen Terkeruk (m3)', 'Volume pengerukan sedimen embung', 'Vol. sedimen dikeruk'),
 'E14': ('Persentase kehilangan air', 'Tingkat Kehilangan Air (%)', 'Persentase kehilangan air (NRW)', 'Kehilangan air'),
 'E15': ('Debit rata-rata intake', 'Debit Rata-Rata Intake (l/dt)', 'Debit rerata intake air baku', 'Debit intake rata-rata (liter/detik)'),
 'E16': ('Pendapatan retribusi air baku', 'Pendapatan Retribusi Air Baku', 'Penerimaan retribusi pemakaian air baku', 'Retribusi air baku (Rp)'),
 'E17': ('Jumlah kelompok pengelola embung yang dibina', 'Jumlah Kelompok Pengelola Embung Dibina', 'Jumlah P3A/kelompok pengelola yg dibina', 'Jml kelompok pengelola embung dibina'),
 'E18': (None, None, 'Indeks kepuasan pelanggan air baku', 'IKM pelanggan air baku'),
 'E19': ('Jumlah sampel kualitas air baku yang diperiksa', 'Jumlah Pemeriksaan Kualitas Air (sampel)', None, None),
}
PCT = {i for i, s in SPEC.items() if s[0] == '%'}
def ids(y): return [i for i in N if N[i][YRS.index(y)] is not None]
def nm(i, y): return N[i][YRS.index(y)]
rnd = random.Random(8303)
def krow(i, y): return [k for k in K.rows if k['same_as'] == i and k['year'] == y][0]

# ================= 2021 Rencana Aksi, row pairs .xlsx =================
y = 2021; wb = Workbook(); ws = wb.active; ws.title = 'RA 2021'; FN = 'embung_RencanaAksi_2021.xlsx'
r = title(ws, ['RENCANA AKSI KINERJA TAHUN 2021', 'UPTD PENGELOLAAN EMBUNG DAN AIR BAKU', 'DINAS PUPR KABUPATEN BUKIT RANDU'], 10)
r += 1
for c, t in zip('ABCDEFGHI', ['NO', 'INDIKATOR KINERJA', 'SATUAN', 'TARGET TAHUNAN', '', 'TW I', 'TW II', 'TW III', 'TW IV']): put(ws, f'{c}{r}', t, bold=True)
r += 1
for j, c in enumerate('ABCDEFGHI'): put(ws, f'{c}{r}', j + 1)
r += 1; no = 0
for i in ids(y):
    no += 1; t, re_ = F[(i, y)]; kind = SPEC[i][1]; st = 'pct' if i in PCT else None
    put(ws, f'A{r}', no); ws.merge_cells(f'A{r}:A{r+1}')
    put(ws, f'B{r}', nm(i, y), wrap=True); ws.merge_cells(f'B{r}:B{r+1}')
    put(ws, f'C{r}', SPEC[i][0]); ws.merge_cells(f'C{r}:C{r+1}')
    tv = V(t, st)
    if i == 'E16': tv = V(t, 'rp')
    if i == 'E15': tv = V(t, 'range')
    tk = putV(ws, f'D{r}', tv); ws.merge_cells(f'D{r}:D{r+1}')
    put(ws, f'E{r}', 'T'); put(ws, f'E{r+1}', 'R')
    qt = split_q(t, kind, rnd); q = split_q(re_, kind, rnd)
    for c, v in zip('FGHI', qt): putV(ws, f'{c}{r}', V(v, st))
    qv = [V(v, st) for v in q]
    if i == 'E07': q[2] *= 10; qv[2] = V(q[2])
    if i == 'E02': qv = [None, V(q[1]), None, V(q[3])]
    if i == 'E19': qv[3] = ('-', None, None)
    if i == 'E16': qv = [V(v, 'thou') for v in q]
    qk = [putV(ws, f'{c}{r+1}', v) if v is not None else None for c, v in zip('FGHI', qv)]
    rk = qkey(kind, qk)
    K.add(FN, ws.title, ws, f'B{r}', y, i, tk, rk, cell(f'D{r}'), rule(kind, [f'{c}{r+1}' for c in 'FGHI']))
    if i == 'E07': K.mistake(y, f'H{r+1}', 'E07', 'TW III realisasi typed 10x', rk)
    r += 2
put(ws, f'B{r+1}', 'T = Target, R = Realisasi. Indikator tingkat (%, kapasitas, jumlah terpasang) diisi posisi akhir triwulan.')
sign(ws, r + 3, 7, 'Bukit Randu, 7 Januari 2022', 'Kepala UPTD Pengelolaan Embung dan Air Baku', 'Ir. SUTARJO WIDODO', '19700115 199603 1 002')
widths(ws, {'B': 46})
K.layouts.append((y, FN, ws.title, 'Rencana Aksi in row pairs (T row / R row), name/no/satuan/annual target merged over the pair; no annual realisasi (FLOW sum / LEVEL last)'))
save_convert(wb, AG, 'embung_RencanaAksi_2021', 'xlsx', K)

# ================= 2022 transposed + 2023 PK : one .xls =================
y = 2022; wb = Workbook(); ws = wb.active; ws.title = 'Kinerja 2022'; FN = 'embung_Kinerja_2022_2023.xls'
r = title(ws, ['CAPAIAN KINERJA UPTD EMBUNG DAN AIR BAKU TAHUN 2022'], 21)
r += 1
lst = ids(y)
put(ws, f'A{r}', 'Uraian', bold=True); put(ws, f'A{r+1}', 'Satuan'); put(ws, f'A{r+2}', 'Target 2022'); put(ws, f'A{r+3}', 'Realisasi 2022'); put(ws, f'A{r+4}', 'Capaian (%)')
for k, i in enumerate(lst):
    c = L(2 + k); t, re_ = F[(i, y)]; st = 'pct' if i in PCT else None
    put(ws, f'{c}{r-1}', f'IK-{k+1:02d}')
    put(ws, f'{c}{r}', nm(i, y), wrap=True); put(ws, f'{c}{r+1}', SPEC[i][0])
    tv, rv = V(t, st), V(re_, st)
    if i == 'E16': tv = (t // 1000000, t // 1000000, None); rv = V(re_, 'rp')
    if i == 'E05': rv = V(re_, 'unit', 'ha')
    if i == 'E14': tv = ('≤ ' + idn(t) + ' %', t, None)
    tk = putV(ws, f'{c}{r+2}', tv); rk = putV(ws, f'{c}{r+3}', rv)
    if isinstance(tv[0], (int, float)) and isinstance(rv[0], (int, float)): put(ws, f'{c}{r+4}', f'={c}{r+3}/{c}{r+2}*100', '0.0')
    K.add(FN, ws.title, ws, f'{c}{r}', y, i, tk, rk, cell(f'{c}{r+2}'), cell(f'{c}{r+3}'), col=True)
    if i == 'E16': K.mistake(y, f'{c}{r+2}', 'E16', 'target in Rp juta, realisasi in full rupiah', tk)
    ws.column_dimensions[c].width = 16
put(ws, f'A{r+6}', 'Sumber: laporan bulanan UPTD dan neraca air embung.')
K.layouts.append((y, FN, ws.title, 'turned-over table: indicators across columns B..T in one row (keys carry col), rows Satuan/Target/Realisasi/Capaian; IK codes above'))

y = 2023; ws = wb.create_sheet('PK 2023')
r = title(ws, ['LAPORAN PENGUKURAN KINERJA', 'UPTD PENGELOLAAN EMBUNG DAN AIR BAKU', 'TAHUN ANGGARAN 2023'], 7)
r += 1; h = r
put(ws, f'A{h}', 'No'); put(ws, f'B{h}', 'Indikator Kinerja Utama / Indikator Kinerja'); put(ws, f'C{h}', 'Kinerja'); ws.merge_cells(f'C{h}:D{h}')
put(ws, f'E{h}', 'Satuan'); put(ws, f'F{h}', 'Capaian'); put(ws, f'G{h}', 'Penjelasan')
put(ws, f'C{h+1}', 'Target'); put(ws, f'D{h+1}', 'Realisasi'); put(ws, f'F{h+1}', '(%)')
for c in 'ABEG': ws.merge_cells(f'{c}{h}:{c}{h+2}')
put(ws, f'C{h+2}', '2023'); put(ws, f'D{h+2}', '2023'); put(ws, f'F{h+2}', '(4/3)')
r = h + 3
items = []
for i in ids(y):
    t, re_ = F[(i, y)]; st = 'pct' if i in PCT else None
    it = {'id': i, 'name': nm(i, y), 'sat': SPEC[i][0], 't': V(t, st), 'r': V(re_, st)}
    if i == 'E13':
        a = int(re_ * 0.45); b = int(re_ * 0.35); c_ = re_ - a - b
        it['x'] = {'H': a, 'I': b, 'J': c_}
        it['r'] = (lambda rr, v=a + b: (f'=SUM(H{rr}:I{rr})', v, None))
    if i == 'E18': it['t'] = V(t, 'ge'); it['r'] = V(re_, 'dec')
    if i == 'E01': it['name'] = nm(i, y) + '\n(m3)'
    if i == 'E10m': it['merge2'] = True
    if i == 'E09b': it['r'] = V(re_, 'foot')
    items.append(it)
r = table(ws, r, items, {'no': 'A', 'ind': 'B', 't': 'C', 'r': 'D', 'sat': 'E', 'cap': 'F'}, K, FN, ws.title, y)
put(ws, f'H{h}', 'Rincian pengerukan per embung (m3)'); 
for c, t in zip('HIJ', ['Embung Randu I', 'Embung Sei Pinang', 'Embung Talang Jaya']): put(ws, f'{c}{h+1}', t)
kr = krow('E13', y); K.mistake(y, f'D{kr["row"]}', 'E13', f'wrong formula =SUM(H:I) leaves out column J (true {F[("E13", y)][1]})', kr['realisasi'])
put(ws, f'B{r+1}', '*) angka sementara, menunggu hasil pendataan desa')
sign(ws, r + 3, 4, 'Bukit Randu, 22 Januari 2024', 'Kepala UPTD', 'Ir. SUTARJO WIDODO', '19700115 199603 1 002')
widths(ws, {'B': 50})
K.layouts.append((y, FN, ws.title, 'PK with 3-row header, column order No|Indikator|Target|Realisasi|Satuan|Capaian; E10m name merged over two rows; side table of dredging per embung'))
save_convert(wb, AG, 'embung_Kinerja_2022_2023', 'xls', K)

# ================= 2024 LKjIP .ods =================
y = 2024; wb = Workbook(); ws = wb.active; ws.title = 'Tabel III.2'; FN = 'embung_LKjIP_2024.ods'
r = title(ws, ['Tabel III.2 Capaian Indikator Kinerja Tahun 2021 s.d. 2024'], 12)
r += 1; h = r
put(ws, f'A{h}', 'No'); put(ws, f'B{h}', 'Sasaran'); put(ws, f'C{h}', 'Indikator Kinerja'); put(ws, f'D{h}', 'Satuan')
put(ws, f'E{h}', 'Realisasi'); ws.merge_cells(f'E{h}:G{h}')
for c, t in zip('EFG', ['2021', '2022', '2023']): put(ws, f'{c}{h+1}', t)
put(ws, f'H{h}', 'Tahun 2024'); ws.merge_cells(f'H{h}:J{h}')
for c, t in zip('HIJ', ['Target', 'Realisasi', '%']): put(ws, f'{c}{h+1}', t)
put(ws, f'K{h}', 'Target Renstra 2026'); put(ws, f'L{h}', 'Capaian s.d. 2024 thd Renstra (%)')
for c in 'ABCDKL': ws.merge_cells(f'{c}{h}:{c}{h+1}')
r = h + 2
items = [{'band': 'Sasaran: Meningkatnya ketersediaan air baku'}]
for i in ids(y):
    t, re_ = F[(i, y)]; st = 'pct' if i in PCT else None
    x = {}
    for c, yy in zip('EFG', [2021, 2022, 2023]):
        x[c] = V(F[(i, yy)][1], st) if N[i][YRS.index(yy)] else '-'
    x['K'] = V(round(SPEC[i][2] * (1 + SPEC[i][3]) ** 5, 1 if i in PCT else 0), st)
    it = {'id': i, 'name': nm(i, y), 'sat': SPEC[i][0], 't': V(t, st), 'r': V(re_, st), 'x': x}
    if i == 'E14': it['r'] = V(re_, 'plainfrac')
    if i == 'E16': it['t'] = V(t, 'rp'); it['r'] = V(re_, 'rp')
    if i == 'E02': it['in_sas'] = True
    if i == 'E18': it['r'] = V(re_, 'txtpct')
    items.append(it)
    if i == 'E08': items.append({'band': 'Sasaran: Meningkatnya kualitas pengelolaan embung'})
r = table(ws, r, items, {'no': 'A', 'sas': 'B', 'ind': 'C', 'sat': 'D', 't': 'H', 'r': 'I', 'cap': 'J', 'E': 'E', 'F': 'F', 'G': 'G', 'K': 'K'}, K, FN, ws.title, y)
kr = krow('E14', y); K.mistake(y, f'I{kr["row"]}', 'E14', 'fraction typed in plain cell', kr['realisasi'])
put(ws, f'C{r}', 'Rata-rata capaian kinerja'); put(ws, f'J{r}', f'=AVERAGE(J{h+2}:J{r-1})', '0.00'); put(ws, f'J{r+1}', 'Sangat Baik')
sign(ws, r + 3, 9, 'Bukit Randu, 25 Februari 2025', 'Kepala UPTD Pengelolaan Embung dan Air Baku', 'ANDI PRASETYO NUGROHO, S.T., M.T.', '19830904 200903 1 005')
widths(ws, {'B': 30, 'C': 46})
hs = wb.create_sheet('data lama'); hs.sheet_state = 'hidden'
for k, i in enumerate(ids(y)): put(hs, f'A{k+1}', nm(i, y)); put(hs, f'B{k+1}', F[(i, y)][0]); put(hs, f'C{k+1}', F[(i, 2023)][1] if (i, 2023) in F else 0)
ns = wb.create_sheet('Catatan')
put(ns, 'A1', 'Sejak 2023 panjang pipa transmisi dan distribusi dilaporkan sebagai satu indikator (jaringan perpipaan).')
put(ns, 'A2', 'Cakupan pelayanan air baku dihitung dari jumlah jiwa terlayani (bukan rumah tangga).')
K.layouts.append((y, FN, ws.title, 'LKjIP ch. III: realisasi 2021-2023, target/realisasi/% 2024, Renstra 2026 target; E02 typed in Sasaran column; average + predikat; hidden sheet "data lama"; notes sheet'))
save_convert(wb, AG, 'embung_LKjIP_2024', 'ods', K)
K.save()
print(AG, len(K.rows))
