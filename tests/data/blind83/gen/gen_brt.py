import sys, os, random; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
from openpyxl import Workbook

AG = 'uptd_brt_kota_sungai_kemilau'; YRS = [2020, 2021, 2022, 2023]
K = Key(AG, 'brt', YRS); K.ambiguous = [["B01", "B01b"]]
# id: (unit, kind, base target, growth, decimals)
SPEC = {
 'B01': ('orang', 'FLOW', 2150000, .08, -3), 'B01b': ('trip', 'FLOW', 3400000, .07, -3),
 'B02': ('kartu', 'FLOW', 18000, .1, 0), 'B03': ('kartu', 'LEVEL', 64000, .12, 0),
 'B04': ('%', 'LEVEL', 85.5, .01, 1), 'B05': ('menit', 'LEVEL', 12.0, -.05, 1),
 'B06': ('unit', 'LEVEL', 46, .05, 0), 'B07': ('%', 'LEVEL', 90.0, .01, 1),
 'B08': ('koridor', 'LEVEL', 5, .15, 0), 'B09': ('halte', 'LEVEL', 118, .06, 0),
 'B10': ('nilai', 'LEVEL', 80.0, .01, 2), 'B11': ('Rp', 'FLOW', 4850000000, .09, -5),
 'B12': ('%', 'LEVEL', 62.0, .03, 1), 'B13': ('kejadian', 'FLOW', 14, -.1, 0),
 'B14': ('pengaduan', 'FLOW', 240, .05, 0), 'B15': ('%', 'LEVEL', 92.0, .01, 1),
 'B16': ('km', 'FLOW', 3900000, .05, -3), 'B17': ('orang', 'FLOW', 120, .05, 0),
 'B17p': ('orang', 'FLOW', 96, .05, 0), 'B17h': ('orang', 'FLOW', 40, .05, 0),
 'B18': ('Rp/km', 'LEVEL', 14250, .03, -1), 'B19': ('%', 'LEVEL', 55.0, .12, 1),
 'B20': ('unit', 'LEVEL', 12, .2, 0),
}
F = figures(SPEC, YRS, 83001)
N = {  # names per year 2020, 2021, 2022, 2023 (None = absent)
 'B01': ('Jumlah penumpang BRT', 'Jumlah Penumpang Bus Rapid Transit (BRT) ', None, None),
 'B01b': (None, None, 'Jumlah penumpang terangkut BRT dan feeder', 'Jml penumpang terangkut BRT & feeder (tap-in)'),
 'B02': ('Jumlah pemegang kartu BRT baru', 'Jumlah Pemegang Kartu Baru', 'Jumlah kartu uang elektronik BRT yang baru diterbitkan', 'Jml kartu BRT baru diterbitkan'),
 'B03': ('Jumlah pemegang kartu BRT', 'Jumlah Pemegang Kartu (Total)', 'Jumlah kartu uang elektronik BRT aktif', 'Jml kartu BRT aktif (kumulatif)'),
 'B04': ('Persentase ketepatan waktu kedatangan bus (on time performance)', 'Prosentase Ketepatan Waktu Kedatangan Bus', 'Persentase ketepatan waktu bus\n(On Time Performance)', 'OTP - ketepatan waktu kedatangan armada (%)'),
 'B05': ('Rata-rata waktu tunggu penumpang di halte', 'Rata-Rata Waktu Tunggu di Halte (menit)', 'Rata-rata waktu tunggu (headway) penumpang di halte', 'Waktu tunggu rata2 penumpang di halte'),
 'B06': ('Jumlah armada bus BRT yang beroperasi', 'Jumlah Armada BRT Beroperasi', 'Jumlah armada bus yang dioperasikan', 'Jml armada BRT yg beroperasi'),
 'B07': ('Persentase armada siap operasi', 'Prosentase Armada Siap Operasi (SO)', 'Persentase kesiapan armada BRT', 'Persentase armada BRT siap operasi'),
 'B08': ('Jumlah koridor BRT yang beroperasi', 'Jumlah Koridor Beroperasi', 'Jumlah koridor layanan BRT', 'Koridor BRT yang dilayani'),
 'B09': ('Jumlah halte BRT yang berfungsi baik', 'Jumlah Halte Dalam Kondisi Baik', 'Jumlah halte BRT dlm kondisi baik', 'Jumlah halte yang berfungsi dengan baik '),
 'B10': ('Indeks Kepuasan Masyarakat (IKM) pengguna BRT', 'Nilai IKM Pelayanan BRT', 'Indeks kepuasan masyarakat thd layanan BRT', 'IKM layanan angkutan massal BRT'),
 'B11': ('Pendapatan dari penjualan tiket BRT', 'Pendapatan Tiket BRT', 'Pendapatan retribusi/tiket BRT (Rp)', 'Pendapatan penjualan tiket'),
 'B12': ('Persentase rata-rata load factor', 'Load Factor Rata-Rata (%)', 'Persentase load factor rata-rata armada', 'Rata-rata load factor armada BRT'),
 'B13': ('Jumlah kecelakaan yang melibatkan armada BRT', 'Jumlah Kecelakaan Armada BRT', 'Jumlah kejadian kecelakaan lalu lintas armada BRT', 'Jml kecelakaan lalu lintas yg melibatkan bus BRT'),
 'B14': ('Jumlah pengaduan masyarakat yang ditindaklanjuti', 'Jumlah Pengaduan Yang Ditindaklanjuti', 'Jumlah pengaduan pengguna yang ditindaklanjuti', 'Jml pengaduan yg ditindaklanjuti'),
 'B15': ('Persentase pengaduan masyarakat yang ditindaklanjuti', 'Prosentase Pengaduan Yang Ditindaklanjuti', 'Persentase pengaduan pengguna yang ditindaklanjuti', '% pengaduan yg ditindaklanjuti'),
 'B16': ('Jarak tempuh armada BRT', 'Total Jarak Tempuh Armada (km)', 'Jarak tempuh operasional armada', 'Jarak tempuh armada (bus-km)'),
 'B17': ('Jumlah pramudi dan petugas halte yang mengikuti pelatihan', 'Jumlah Pramudi & Petugas Halte Yang Dilatih', None, None),
 'B17p': (None, None, 'Jumlah pramudi yang mengikuti pelatihan', 'Jml pramudi yg dilatih'),
 'B17h': (None, None, 'Jumlah petugas halte yang mengikuti pelatihan', 'Jml petugas halte yg dilatih'),
 'B18': (None, None, 'Biaya operasional per kilometer', 'Biaya operasional per km (Rp/km)'),
 'B19': (None, 'Persentase Transaksi Non Tunai', 'Persentase pembayaran non-tunai', 'Persentase transaksi pembayaran nontunai'),
 'B20': ('Jumlah bus ramah disabilitas', 'Jumlah Bus Ramah Difabel', None, None),
}
PCT = {i for i, s in SPEC.items() if s[0] == '%'}
def ids(y): return [i for i in N if N[i][YRS.index(y)] is not None]
def nm(i, y): return N[i][YRS.index(y)]
def sat(i): return SPEC[i][0]
rnd = random.Random(8301)
SAS = {'Meningkatnya pengguna angkutan massal': ['B01', 'B01b', 'B02', 'B03', 'B10', 'B11', 'B19'],
       'Meningkatnya kualitas pelayanan BRT': ['B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B17p', 'B17h', 'B18', 'B20']}

# ================= 2020 + 2021 : one .xlsx, two sheets =================
wb = Workbook(); ws = wb.active; ws.title = 'PK 2020'; y = 2020; FN = 'brt_PK_dan_Rekap_2020_2021.xlsx'
r = title(ws, ['PENGUKURAN KINERJA TAHUN 2020', 'UPTD ANGKUTAN MASSAL BUS RAPID TRANSIT (BRT)', 'DINAS PERHUBUNGAN KOTA SUNGAI KEMILAU'], 9)
r += 1
for c, h in zip('ABCDE', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target']):
    put(ws, f'{c}{r}', h, bold=True); ws.merge_cells(f'{c}{r}:{c}{r+1}')
put(ws, f'F{r}', 'Realisasi', bold=True); ws.merge_cells(f'F{r}:H{r}')
put(ws, f'I{r}', '% Capaian', bold=True); ws.merge_cells(f'I{r}:I{r+1}')
for c, h in zip('FGH', ['Smt I', 'Smt II', 'Tahun 2020']): put(ws, f'{c}{r+1}', h, bold=True)
r += 2
for j, c in enumerate('ABCDEFGHI'): put(ws, f'{c}{r}', f'({j+1})')
r += 1
items = []
for s, lst in SAS.items():
    items.append({'band': s})
    for i in [i for i in lst if i in ids(y)]:
        t, re_ = F[(i, y)]; kind = SPEC[i][1]
        s1, s2 = split_q(re_, kind, rnd, 2)
        it = {'id': i, 'name': nm(i, y), 'sat': sat(i), 't': V(t), 'x': {'F': s1, 'G': s2}}
        if kind == 'FLOW':
            it['r'] = (lambda rr, v=re_: (f'=F{rr}+G{rr}', v, None))
        else:
            it['r'] = V(re_)
        items.append(it)
        if i == 'B09':
            items.append({'hidden': True, 'name': 'Jumlah halte portable (draft, dihapus)', 't': 20, 'r': 11})
# planted: B04 target typed 10x; B14 wrong formula (row offset); B10 typed in Sasaran column
for it in items:
    if it.get('id') == 'B04':
        t = F[('B04', y)][0]; it['t'] = (t * 10, t * 10, None)
    if it.get('id') == 'B10': it['in_sas'] = True
    if it.get('id') == 'B17': it['merge2'] = True
    if it.get('id') == 'B11':
        t, re_ = F[('B11', y)]; it['t'] = V(t, 'rp'); it['x'] = {'F': 'Rp ' + idn(re_ // 2, 0), 'G': 'Rp ' + idn(re_ - re_ // 2, 0)}; it['r'] = V(re_, 'rp2')
# B14 wrong formula: =F{r}+G{r-1}
rows_before = r
r_end = None
# need row numbers: simulate
rr = r; rowof = {}
for it in items:
    if 'band' in it or it.get('hidden'): rr += 1; continue
    rowof[it['id']] = rr; rr += 2 if it.get('merge2') else 1
b14 = rowof['B14']; prev = [it for it in items if it.get('id') and rowof.get(it['id']) == b14 - 1][0]
pv = prev['x']['G']
for it in items:
    if it.get('id') == 'B14':
        s1 = it['x']['F']; wrong = s1 + pv
        it['r'] = (lambda rr, w=wrong: (f'=F{rr}+G{rr-1}', w, None))
        K.mistake(y, f'H{b14}', 'B14', f'wrong formula =F{b14}+G{b14-1} (row offset); true {F[("B14", y)][1]}', wrong)
    if it.get('id') == 'B04':
        K.mistake(y, f'E{rowof["B04"]}', 'B04', f'target typed 10x ({F[("B04", y)][0]} -> {F[("B04", y)][0]*10})', F[('B04', y)][0] * 10)
r = table(ws, r, items, {'no': 'A', 'sas': 'B', 'ind': 'C', 'sat': 'D', 't': 'E', 'r': 'H', 'cap': 'I'}, K, FN, ws.title, y)
put(ws, f'C{r+1}', 'Rata-rata capaian'); put(ws, f'I{r+1}', f'=AVERAGE(I10:I{r-1})', '0.00')
sign(ws, r + 3, 7, 'Sungai Kemilau, 15 Januari 2021', 'Kepala UPTD Angkutan Massal BRT', 'Drs. HENDRA SAPUTRA WIBOWO, M.T.', '19740512 199903 1 006')
widths(ws, {'B': 30, 'C': 48, 'D': 10, 'E': 14, 'H': 14})
K.layouts.append((y, FN, ws.title, 'PK with semester split: No|Sasaran|Indikator|Satuan|Target|Realisasi(Smt I, Smt II, Tahun)|%; 2-row header + numbering row; sasaran bands; annual realisasi = formula for FLOW ids'))
# hidden stale sheet
hs = wb.create_sheet('PK 2020 (lama)'); hs.sheet_state = 'hidden'
put(hs, 'A1', 'DRAFT - jangan dipakai'); 
for k, i in enumerate(ids(y)[:10]): put(hs, f'B{k+3}', nm(i, y)); put(hs, f'C{k+3}', F[(i, y)][0]); put(hs, f'D{k+3}', round(F[(i, y)][1] * 0.7))

# ---- 2021 monthly recap ----
y = 2021; ws = wb.create_sheet('Rekap Bulanan 2021')
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']
r = title(ws, ['REKAPITULASI CAPAIAN INDIKATOR KINERJA BULANAN', 'UPTD BRT DISHUB KOTA SUNGAI KEMILAU', 'TAHUN ANGGARAN 2021'], 16)
r += 1
put(ws, f'A{r}', 'NO', bold=True); put(ws, f'B{r}', 'INDIKATOR', bold=True); put(ws, f'C{r}', 'SAT.', bold=True); put(ws, f'D{r}', 'TARGET 2021', bold=True)
for c in 'ABCD': ws.merge_cells(f'{c}{r}:{c}{r+1}')
put(ws, f'E{r}', 'REALISASI BULAN KE-', bold=True); ws.merge_cells(f'E{r}:P{r}')
cols_m = [L(5 + k) for k in range(12)]
for c, m in zip(cols_m, MON): put(ws, f'{c}{r+1}', m, bold=True)
r += 2
items = []
for i in ids(y):
    t, re_ = F[(i, y)]; kind = SPEC[i][1]
    if kind == 'FLOW':
        q = split_q(re_, kind, rnd, 12)
    else:
        q = [None] * 12
        for k in (2, 5, 8, 11): q[k] = split_q(re_, 'LEVEL', rnd, 4)[(k - 2) // 3]
    if i in PCT:
        qv = [V(v, 'pct') if v is not None else ('-', None, None) for v in q]; tv = V(t, 'ge') if i == 'B04' else V(t, 'pct')
    else:
        qv = [V(v) if v is not None else None for v in q]; tv = V(t)
    if i == 'B11':
        tv = V(t, 'rp'); qv = [V(v, 'thou') for v in q]
    if i == 'B10':
        tv = V(t, 'range'); qv = [None] * 11 + [V(F[(i, y)][1], 'dec')]
    if i == 'B19':   # new indicator, reporting from July only
        qv = [None] * 6 + [V(v, 'pct') for v in split_q(re_, 'LEVEL', rnd, 6)]
    if i == 'B02':   # planted: March typed 10x
        q[2] = q[2] * 10; qv[2] = V(q[2])
    items.append({'id': i, 'name': nm(i, y), 'sat': sat(i), 'kind': kind, 't': tv, 'q': qv})
r0 = r
r = periods(ws, r, items, {'no': 'A', 'ind': 'B', 'sat': 'C', 't': 'D', 'q': cols_m}, K, FN, ws.title, y)
b13 = r0 + [it['id'] for it in items].index('B02')
K.mistake(y, f'G{b13}', 'B02', f'March typed 10x (true annual {F[("B02", y)][1]})', [k for k in K.rows if k['same_as'] == 'B02' and k['year'] == y][0]['realisasi'])
put(ws, f'B{r+1}', 'Ket: indikator tingkat (LEVEL) diisi per akhir triwulan; "-" = belum dilaporkan')
sign(ws, r + 3, 12, 'Sungai Kemilau, 10 Januari 2022', 'Kepala UPTD', 'Drs. HENDRA SAPUTRA WIBOWO, M.T.', '19740512 199903 1 006')
widths(ws, {'B': 46})
K.layouts.append((y, FN, ws.title, 'monthly recap Jan-Des, no annual realisasi (FLOW sum / LEVEL last); LEVEL ids filled at quarter ends only, "-" elsewhere'))
save_convert(wb, AG, 'brt_PK_dan_Rekap_2020_2021', 'xlsx', K)

# ================= 2022 LKjIP .xls =================
y = 2022; wb = Workbook(); ws = wb.active; ws.title = 'Tabel 3.1'; FN = 'brt_LKjIP_2022.xls'
r = title(ws, ['Tabel 3.1', 'Perbandingan Target dan Realisasi Kinerja Tahun 2022 serta Realisasi Tahun Sebelumnya'], 11)
r += 1
hdr = ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Realisasi 2020', 'Realisasi 2021', 'Target 2022', 'Realisasi 2022', 'Capaian 2022 (%)', 'Target Akhir Renstra (2026)', 'Capaian thd Renstra (%)']
def lkjip_block(r, keyed):
    for j, h in enumerate(hdr): put(ws, f'{L(j+1)}{r}', h, bold=True, wrap=True)
    r += 1; items = []
    for s, lst in SAS.items():
        items.append({'band': s})
        for i in [i for i in lst if i in ids(y)]:
            t, re_ = F[(i, y)]
            p0 = F.get((i, 2020), (None, None))[1] if N[i][0] else None
            p1 = F.get((i, 2021), (None, None))[1] if N[i][1] else None
            st = 'pct' if i in PCT else None
            it = {'id': i, 'name': nm(i, y), 'sat': sat(i), 't': V(t, st), 'r': V(re_, st),
                  'x': {'E': V(p0, st) if p0 is not None else 'n/a', 'F': V(p1, st) if p1 is not None else 'n/a',
                        'J': V(round(SPEC[i][2] * (1 + SPEC[i][3]) ** 6, 1 if i in PCT else 0), None if i not in PCT else 'txtpct')}}
            it['x']['K'] = f'=IFERROR(H{{r}}/J{{r}}*100,"-")'
            if i == 'B07': it['r'] = V(re_, 'plainfrac')
            if i == 'B11': it['t'] = (t // 1000000, t // 1000000, None); it['r'] = V(re_, 'thou')
            if i == 'B10': it['t'] = V(t, 'ge')
            if i == 'B05': it['t'] = V(t, 'unit', 'menit'); it['r'] = V(re_, 'unit', 'menit')
            items.append(it)
    if not keyed:
        for it in items:
            if 'band' in it: continue
            it['name'] = it['name']
    return r, items
r, items = lkjip_block(r, True)
rr = r
for it in items:
    if 'x' in it: it['x']['K'] = f'=IFERROR(H{rr}/J{rr}*100,"-")'
    rr += 1
r0 = r
r = table(ws, r, items, {'no': 'A', 'sas': 'B', 'ind': 'C', 'sat': 'D', 't': 'G', 'r': 'H', 'cap': 'I', 'E': 'E', 'F': 'F', 'J': 'J', 'K': 'K'}, K, FN, ws.title, y)
for it in items:
    if it.get('id') in ('B07', 'B11'):
        kr = [k for k in K.rows if k['same_as'] == it['id'] and k['year'] == y][0]
        if it['id'] == 'B07': K.mistake(y, f'H{kr["row"]}', 'B07', 'fraction typed in plain cell (0,xxx instead of %)', kr['realisasi'])
        else: K.mistake(y, f'G{kr["row"]}', 'B11', 'target in Rp juta while realisasi in full rupiah', kr['target'])
# pasted twice: second copy below (not keyed)
r += 2; put(ws, f'A{r}', '(salinan tabel untuk lampiran)'); r += 1
for j, h in enumerate(hdr): put(ws, f'{L(j+1)}{r}', h, bold=True)
r += 1
for it in items:
    if 'band' in it: put(ws, f'B{r}', it['band']); r += 1; continue
    put(ws, f'C{r}', it['name']); put(ws, f'D{r}', it['sat']); put(ws, f'G{r}', it['t'][0]); put(ws, f'H{r}', it['r'][0]); r += 1
sign(ws, r + 2, 8, 'Sungai Kemilau, 28 Februari 2023', 'Kepala UPTD Angkutan Massal BRT', 'RATNA DEWI ANGGRAINI, S.T., M.Sc.', '19810723 200604 2 011')
widths(ws, {'B': 28, 'C': 46})
K.layouts.append((y, FN, ws.title, 'LKjIP ch. III table: realisasi 2020/2021, target+realisasi 2022, Renstra end target 2026; table pasted twice (second copy not keyed)'))
save_convert(wb, AG, 'brt_LKjIP_2022', 'xls', K)

# ================= 2023 Rencana Aksi .ods, two sheets =================
y = 2023; wb = Workbook(); FN = 'brt_RencanaAksi_2023.ods'
part1 = ['B01b', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10']
part2 = [i for i in ids(y) if i not in part1]
ws = wb.active; ws.title = 'RA Pelayanan'
r = title(ws, ['RENCANA AKSI DAN REALISASI TRIWULANAN 2023', 'UPTD BRT - DISHUB KOTA SUNGAI KEMILAU', '(Bagian 1: Pelayanan)'], 12)
r += 1
put(ws, f'A{r}', 'No'); put(ws, f'B{r}', 'Indikator Kinerja'); put(ws, f'C{r}', 'Target Tahunan')
for c in 'ABC': ws.merge_cells(f'{c}{r}:{c}{r+1}')
tw = ['TW I', 'TW II', 'TW III', 'TW IV']
for k, n_ in enumerate(tw):
    c1 = L(4 + 2 * k); c2 = L(5 + 2 * k); put(ws, f'{c1}{r}', n_, bold=True); ws.merge_cells(f'{c1}{r}:{c2}{r}')
    put(ws, f'{c1}{r+1}', 'Target'); put(ws, f'{c2}{r+1}', 'Real.')
r += 2
items = []
for i in part1:
    t, re_ = F[(i, y)]; kind = SPEC[i][1]; st = 'pct' if i in PCT else None
    qt = split_q(t, kind, rnd); q = split_q(re_, kind, rnd)
    qv = [V(v, st) for v in q]; qtv = [V(v, st) for v in qt]
    if i == 'B10':
        qv = [None, V(q[1], 'dec'), None, ('BB', None, None)]; qtv = [None, V(80.0, 'dec'), None, V(t, 'dec')]
    if i == 'B05':
        qv[3] = ('-', None, None)
    items.append({'id': i, 'name': nm(i, y), 'kind': kind, 't': V(t, st), 'q': qv, 'qt': qtv})
r = periods(ws, r, items, {'no': 'A', 'ind': 'B', 't': 'C', 'q': ['E', 'G', 'I', 'K'], 'qt': ['D', 'F', 'H', 'J']}, K, FN, ws.title, y)
put(ws, f'B{r+1}', 'IKM triwulan IV dinyatakan dalam predikat mutu layanan.')
widths(ws, {'B': 46})
K.layouts.append((y, FN, ws.title, 'Rencana Aksi: TW I-IV target/realisasi column pairs, no annual realisasi (FLOW sum / LEVEL last); B05 TW IV "-", B10 TW IV grade "BB" -> last reported = TW II'))
ws = wb.create_sheet('RA Armada-Keuangan')
r = title(ws, ['RENCANA AKSI 2023 (Bagian 2)', 'Realisasi kumulatif s.d. triwulan'], 8)
r += 1
for c, h in zip('ABCDEFGH', ['No', 'Uraian Indikator', 'Satuan', 'Target 2023', 's.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']): put(ws, f'{c}{r}', h, bold=True)
r += 1
items = []
for i in part2:
    t, re_ = F[(i, y)]; kind = SPEC[i][1]; st = 'pct' if i in PCT else None
    q = split_q(re_, kind, rnd)
    cum = [sum(q[:k + 1]) for k in range(4)] if kind == 'FLOW' else q
    if isinstance(re_, float): cum = [round(v, 2) for v in cum]
    qv = [V(v, st) for v in cum]
    tv = V(t, st)
    if i == 'B11': tv = V(t, 'rp'); qv = [V(v, 'thou') for v in cum]
    if i == 'B18': qv[3] = ('-', None, None); tv = V(t, 'rp2')
    if i == 'B16': qv = [V(v, 'unit', 'km') for v in cum]
    items.append({'id': i, 'name': nm(i, y), 'sat': sat(i), 'kind': 'last', 't': tv, 'q': qv})
for it in items: it['kind'] = 'LEVEL'   # cumulative columns: last reported column
r = periods(ws, r, items, {'no': 'A', 'ind': 'B', 'sat': 'C', 't': 'D', 'q': ['E', 'F', 'G', 'H']}, K, FN, ws.title, y)
sign(ws, r + 2, 6, 'Sungai Kemilau, 12 Januari 2024', 'Kepala UPTD Angkutan Massal BRT', 'RATNA DEWI ANGGRAINI, S.T., M.Sc.', '19810723 200604 2 011')
widths(ws, {'B': 46})
K.layouts.append((y, FN, ws.title, 'cumulative "s.d. TW" columns -> last reported column for every id; B18 s.d. TW IV "-"'))
save_convert(wb, AG, 'brt_RencanaAksi_2023', 'ods', K)
K.save()
print(AG, len(K.rows))
