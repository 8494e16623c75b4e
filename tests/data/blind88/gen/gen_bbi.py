"""UPTD Balai Benih Ikan Air Tawar, Kab. Watu Kembar, 2018-2021 (prefix B)."""
import random
from lib import *

YEARS = [2018, 2019, 2020, 2021]
S1 = 'Meningkatnya produksi dan mutu benih ikan air tawar'
S2 = 'Meningkatnya kapasitas pembudidaya ikan'
S3 = 'Meningkatnya kualitas layanan dan tata kelola balai'


def M(id, unit, kind, sas, base, names):
    return dict(id=id, unit=unit, kind=kind, sas=sas, base=base, names=names)


def ys(name, codes, unit='', years=YEARS, over=None):
    d = {y: drift(name, c, unit) for y, c in zip(years, codes)}
    d.update(over or {})
    return d


MASTER = [
    M('B01', 'ekor', 'FLOW', S1, 2400000, ys('Jumlah benih ikan yang diproduksi', ['', 'unitin'], 'ekor', [2018, 2019])),
    M('B01n', 'ekor', 'FLOW', S1, 1500000, ys('Jumlah benih ikan nila yang diproduksi', ['', 'title'], years=[2020, 2021])),
    M('B01l', 'ekor', 'FLOW', S1, 1100000, ys('Jumlah benih ikan lele yang diproduksi', ['', 'title'], years=[2020, 2021])),
    M('B02', 'ekor', 'FLOW', S1, 1900000, ys('Jumlah benih ikan yang didistribusikan ke pembudidaya', ['', 'abbr', 'trail', ''],
                                              over={2021: 'Jumlah benih ikan yang disalurkan kepada pembudidaya'})),
    M('B03', '%', 'LEVEL', S1, 85, ys('Persentase benih ikan yang didistribusikan tepat waktu', ['', 'pros', 'br', 'abbr'])),
    M('B04', '%', 'LEVEL', S1, 90, ys('Persentase benih yang lolos uji mutu', ['', 'unitin', 'pros', 'title'], '%')),
    M('B05', 'orang', 'FLOW', S2, 320, ys('Jumlah pembudidaya ikan yang dibina', ['', 'trail1', 'unitin', 'br'], 'orang')),
    M('B06', 'orang', 'FLOW', S2, 60, ys('Jumlah pembudidaya ikan baru yang dibina', ['', '', 'title', 'abbr'])),
    M('B07', 'ekor', 'LEVEL', S1, 1200, ys('Jumlah induk ikan unggul yang dipelihara', ['', 'abbr'], years=[2018, 2019])),
    M('B07b', 'ekor', 'LEVEL', S1, 900, ys('Jumlah induk ikan unggul bersertifikat yang dipelihara', ['', 'abbr'], years=[2020, 2021])),
    M('B20', 'ekor', 'FLOW', S1, 3000, ys('Jumlah calon induk ikan yang dihasilkan', ['', 'title', '', 'trail'])),
    M('B08', '%', 'LEVEL', S1, 75, ys('Tingkat kelangsungan hidup (Survival Rate) benih', ['', 'br', 'title', ''],
                                       over={2019: 'Survival Rate (SR) benih ikan'})),
    M('B09', 'Rp', 'FLOW', S3, 145000000, ys('Nilai PAD dari penjualan benih ikan', ['', 'unitin', '', 'title'], 'Rp')),
    M('B10', '%', 'LEVEL', S1, 80, ys('Persentase kolam produksi yang berfungsi baik', ['', 'pros', '', 'abbr'])),
    M('B11', 'unit', 'FLOW', S1, 12, ys('Jumlah kolam produksi yang direhabilitasi', ['', 'unitin', 'lower', ''], 'unit')),
    M('B12', 'nilai', 'LEVEL', S3, 81.5, ys('Indeks Kepuasan Masyarakat terhadap layanan balai', ['', 'abbr', 'trail', ''],
                                             over={2020: 'Nilai IKM layanan Balai Benih Ikan'})),
    M('B13', '%', 'LEVEL', S2, 40, ys('Persentase pembudidaya yang menerapkan CBIB', ['', 'pros', 'br', ''],
                                      over={2021: 'Persentase pembudidaya yg menerapkan Cara Budidaya Ikan yang Baik (CBIB)'})),
    M('B14', 'sertifikat', 'LEVEL', S3, 3, ys('Jumlah sertifikat CPIB yang dimiliki balai', ['', 'title', 'trail1'], years=[2018, 2019, 2020])),
    M('B15', 'hari', 'LEVEL', S3, 3, ys('Rata-rata waktu layanan permohonan benih', ['unitin', '', 'unitin', 'lower'], 'hari')),
    M('B16', 'kg', 'FLOW', S1, 8000, ys('Jumlah pakan mandiri yang diproduksi', ['', 'unitin', 'abbr'], 'kg', years=[2019, 2020, 2021])),
    M('B17', '%', 'LEVEL', S3, 92, ys('Persentase serapan anggaran balai', ['', 'pros', '', 'title'])),
    M('B18', 'paket', 'FLOW', S2, 4, ys('Jumlah paket teknologi budidaya yang diujicobakan', ['', 'abbr'], years=[2020, 2021])),
    M('B19', '%', 'LEVEL', S3, 100, ys('Persentase laporan keuangan yang disampaikan tepat waktu', ['', 'pros'], years=[2018, 2019])),
]
for m in MASTER:
    m['base'] = m['base']

ag = Agency('uptd_balai_benih_ikan_kab_watu_kembar', YEARS, 'B')
ag.ambiguous = [['B07', 'B07b']]
rng = random.Random(88001)


def get(rows, id):
    return next(r for r in rows if r.id == id)


# ---------- 2018 + 2019 in one .xls ----------
bk = ag.book('PK_dan_RencanaAksi_BBI_2018_2019.xls')
# 2018: PK table  No | Sasaran | Indikator | Satuan | Target | Realisasi | % Capaian
R = build_year(MASTER, 2018, YEARS, rng, 'mix')
get(R, 'B05').t = C(get(R, 'B05').t.key * 10, get(R, 'B05').t.key * 10)          # mistake: target typed 10x
get(R, 'B10').r = C(0.92, 0.92)                                                     # mistake: fraction in plain cell
get(R, 'B12').t = C('≥ 80', 80)
get(R, 'B04').t = C('85 - 90', 85)
get(R, 'B19').r = C('100*)', 100)
ws = bk.sheet('PK 2018'); bk.year = 2018
r = head(ws, ['PERJANJIAN KINERJA TAHUN 2018', 'UPTD BALAI BENIH IKAN AIR TAWAR',
              'DINAS PERIKANAN KABUPATEN WATU KEMBAR'], 7)
for j, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']):
    put(ws, f'{L(j + 1)}{r}', h, True)
r += 1
for j in range(7):
    ws.cell(r, j + 1, f'({j + 1})')
r += 1
prev = None; n = 0
for ind in R:
    n += 1
    ws.cell(r, 1, n)
    if ind.sasaran != prev:
        ws.cell(r, 2, ind.sasaran); prev = ind.sasaran
    put(ws, f'C{r}', ind.written).alignment = WR
    ws.cell(r, 4, ind.unit)
    put(ws, f'E{r}', ind.t); put(ws, f'F{r}', ind.r)
    ws.cell(r, 7, capfml(f'E{r}', f'F{r}')).number_format = '0.00%'
    bk.rec(ws, r, 'C', ind, 'cell', [f'E{r}'], 'cell', [f'F{r}'])
    if ind.id == 'B06':   # hidden draft row right after
        r += 1
        ws.cell(r, 3, 'Jumlah pembudidaya ikan baru yang dibina (draft)'); ws.cell(r, 5, 45); ws.cell(r, 6, 52)
        ws.row_dimensions[r].hidden = True
    r += 1
ws.cell(r, 3, 'Rata-rata capaian'); ws.cell(r, 7, f'=AVERAGE(G{r - len(R) - 1}:G{r - 1})'); r += 2
ws.cell(r, 2, 'Program: Pengembangan Budidaya Perikanan   Anggaran Rp 1.245.600.000,-'); r += 2
sign(ws, r, 5, ['Watu Kembar, 2 Januari 2019', 'Kepala UPTD BBI', '', '', 'Ir. Sumarno Hadiwijoyo', 'NIP. 19680412 199303 1 007'])

# 2019: Rencana Aksi, TW I-IV realisasi in columns, no annual realisasi
R = build_year(MASTER, 2019, YEARS, rng, 'num')
get(R, 'B11').qmut = (1, 10)                 # mistake: TW II typed 10x
get(R, 'B14').qdash = 1                       # TW IV not reported (LEVEL: last reported = TW III)
get(R, 'B16').qdash = 1                       # FLOW: sum of TW I-III
ws = bk.sheet('Renaksi 2019'); bk.year = 2019
r = head(ws, ['RENCANA AKSI DAN MONITORING CAPAIAN KINERJA', 'UPTD BALAI BENIH IKAN AIR TAWAR KAB. WATU KEMBAR',
              'TAHUN ANGGARAN 2019'], 9)
put(ws, f'A{r}', 'No', True); put(ws, f'B{r}', 'Indikator', True); put(ws, f'C{r}', 'Target 2019', True)
put(ws, f'D{r}', 'Satuan', True); put(ws, f'E{r}', 'Realisasi Triwulan', True)
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
put(ws, f'I{r}', 'Ket', True)
for c in 'ABCDI':
    ws.merge_cells(f'{c}{r}:{c}{r + 1}')
for j, h in enumerate(['I', 'II', 'III', 'IV']):
    put(ws, f'{L(5 + j)}{r + 1}', h, True)
r += 2
for k, ind in enumerate(R):
    ws.cell(r, 1, f'{k + 1}.')
    put(ws, f'B{r}', ind.written).alignment = WR
    put(ws, f'C{r}', ind.t); ws.cell(r, 4, ind.unit)
    cells, key, rule = periods(ind, 4, rng)
    refs = []
    for j, c in enumerate(cells):
        put(ws, f'{L(5 + j)}{r}', c); refs.append(f'{L(5 + j)}{r}')
    if ind.qdash:
        ws.cell(r, 9, 'TW IV belum dilaporkan')
    bk.rec(ws, r, 'B', ind, 'cell', [f'C{r}'], rule, refs, rkey=key)
    r += 1
r += 1
ws.cell(r, 2, '*) realisasi triwulan bersifat sementara, angka tahunan menunggu LKjIP')
# hidden sheet with stale figures
hs = bk.sheet('PK 2019 lama', hidden=True)
hs['A1'] = 'PK 2019 (versi awal, tidak dipakai)'
for k, ind in enumerate(R[:8]):
    hs.cell(3 + k, 1, ind.written); hs.cell(3 + k, 2, ind.t.key)
bk.save()

# ---------- 2020: LKjIP Bab III, spread over two sheets ----------
bk = ag.book('LKjIP_BBI_2020.xlsx'); bk.year = 2020
R = build_year(MASTER, 2020, YEARS, rng, 'pct')
b9 = get(R, 'B09'); b9.t = C(round(b9.t.key / 1e6, 1), round(b9.t.key / 1e6, 1))   # mistake: target in Rp juta
b9.r = C(b9.r.key, b9.r.key)
get(R, 'B12').r = C('BB', None)
parts = [('Tabel 3.1', [x for x in R if x.sasaran == S1]), ('Tabel 3.2', [x for x in R if x.sasaran != S1])]
for title, rows in parts:
    ws = bk.sheet(title)
    ws['A1'] = f'{title} Capaian Indikator Kinerja UPTD Balai Benih Ikan Tahun 2020'; ws['A1'].font = B
    ws['A2'] = 'Sasaran: ' + rows[0].sasaran + (' / ' + S3 if title == 'Tabel 3.2' else '')
    r = 4
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Realisasi', None, None, 'Target 2020', 'Capaian 2020 (%)',
           'Target Akhir Renstra (2021)']
    for j, h in enumerate(hdr):
        if h: put(ws, f'{L(j + 1)}{r}', h, True)
    ws.merge_cells(f'D{r}:F{r}')
    for j, h in enumerate(['2018', '2019', '2020']):
        put(ws, f'{L(4 + j)}{r + 1}', h, True)
    for c in 'ABCGHI':
        ws.merge_cells(f'{c}{r}:{c}{r + 1}')
    r += 2
    for k, ind in enumerate(rows):
        ws.cell(r, 1, k + 1)
        put(ws, f'B{r}', ind.written).alignment = WR
        ws.cell(r, 3, ind.unit)
        old = ind.r.key if isinstance(ind.r.key, (int, float)) else 80
        ws.cell(r, 4, '-' if ind.id in ('B01n', 'B01l', 'B07b', 'B18') else round(old * 0.9, 2))
        ws.cell(r, 5, '-' if ind.id in ('B01n', 'B01l', 'B07b', 'B18', 'B16') else round(old * 0.95, 2))
        put(ws, f'F{r}', ind.r); put(ws, f'G{r}', ind.t)
        ws.cell(r, 8, capfml(f'G{r}', f'F{r}')).number_format = '0.0%'
        ws.cell(r, 9, ind.t.key * 1.1 if isinstance(ind.t.key, (int, float)) else '-')
        bk.rec(ws, r, 'B', ind, 'cell', [f'G{r}'], 'cell', [f'F{r}'])
        r += 1
    r += 1
    ws.cell(r, 2, 'Sumber: Laporan bulanan UPTD BBI, diolah')
notes = bk.sheet('Catatan')
notes['A1'] = 'Catatan: indikator produksi benih mulai 2020 dipisah per komoditas (nila dan lele).'
notes['A2'] = 'Nilai PAD pada Tabel 3.2 ditulis dalam juta rupiah pada kolom target.'
bk.save()

# ---------- 2021: Evaluasi Hasil Renja form E.81 (.ods) ----------
bk = ag.book('Evaluasi_Renja_BBI_2021.ods'); bk.year = 2021
R = build_year(MASTER, 2021, YEARS, rng, 'num')
ws = bk.sheet('E.81 2021')
r = head(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'LINGKUP KABUPATEN WATU KEMBAR',
              'Renja UPTD Balai Benih Ikan Air Tawar Tahun 2021',
              'Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RPJMD: -'], 25)
hdr = ['No', 'Sasaran', 'Program/ Kegiatan/ Sub Kegiatan', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)',
       'Target Renstra (2021)', None, 'Realisasi s.d. Renja 2020', None, 'Target Renja 2021', None,
       'Realisasi TW I', None, 'TW II', None, 'TW III', None, 'TW IV', None,
       'Realisasi Capaian Renja 2021', None, 'Realisasi s.d. 2021', None, 'Tingkat Capaian (%)', None,
       'Unit PJ']
for j, h in enumerate(hdr):
    if h: put(ws, f'{L(j + 1)}{r}', h, True).alignment = WR
for j in range(4, 24, 2):
    ws.merge_cells(start_row=r, start_column=j + 1, end_row=r, end_column=j + 2)
    put(ws, f'{L(j + 1)}{r + 1}', 'K', True); put(ws, f'{L(j + 2)}{r + 1}', 'Rp', True)
for c in 'ABCDY':
    ws.merge_cells(f'{c}{r}:{c}{r + 1}')
r += 2
for j in range(25):
    ws.cell(r, j + 1, j + 1)
r += 1
groups = [('1', 'Program Pengelolaan Perikanan Budidaya', None, 1850000000),
          ('1.1', 'Kegiatan Pengelolaan Pembudidayaan Ikan', None, 1420000000),
          ('1.1.1', 'Sub Kegiatan Penyediaan Benih Ikan', S1, 980000000),
          ('1.1.2', 'Sub Kegiatan Pembinaan Pembudidaya Ikan', S2, 260000000),
          ('2', 'Program Penunjang Urusan Pemerintahan Daerah', S3, 410000000)]
byS = {S1: [x for x in R if x.sasaran == S1], S2: [x for x in R if x.sasaran == S2], S3: [x for x in R if x.sasaran == S3]}
get(R, 'B02').wrongsum = True        # mistake: realisasi formula sums TW I-III only
get(R, 'B17').t = C('95,0*)', 95.0)
for no, prog, sas, rp in groups:
    ws.cell(r, 1, no); ws.cell(r, 3, prog).font = B
    ws.cell(r, 10, rp); ws.cell(r, 20, f'=L{r}+N{r}+P{r}+R{r}')
    for j, f in enumerate([0.2, 0.25, 0.25, 0.22]):
        ws.cell(r, 12 + 2 * j, int(rp * f))
    if sas is None:
        r += 1; continue
    ws.cell(r, 2, sas)
    first = True
    for ind in byS[sas]:
        if not first:
            ws.cell(r, 1, None)
        first = False
        put(ws, f'D{r}', ind.written).alignment = WR
        put(ws, f'E{r}', C(ind.t.key * 1.05 if ind.t.key else '-', None))
        put(ws, f'I{r}', ind.t)
        cells, key, rule = periods(ind, 4, rng)
        refs = []
        for j, c in enumerate(cells):
            put(ws, f'{L(11 + 2 * j)}{r}', c); refs.append(f'{L(11 + 2 * j)}{r}')
        if getattr(ind, 'wrongsum', False):
            ws.cell(r, 19, f'=K{r}+M{r}+O{r}')
            key = sum(c.key for c in cells[:3])
        elif rule == 'sum':
            ws.cell(r, 19, f'=K{r}+M{r}+O{r}+Q{r}')
        else:
            ws.cell(r, 19, f'=Q{r}')
        ws.cell(r, 23, f'=IF(N(I{r})=0,0,S{r}/N(I{r})*100)')
        ws.cell(r, 25, 'UPTD BBI')
        bk.rec(ws, r, 'D', ind, 'cell', [f'I{r}'], 'cell', [f'S{r}'], rkey=key)
        r += 1
r += 1
ws.cell(r, 3, 'Rata-rata capaian kinerja'); ws.cell(r, 23, '=AVERAGE(W10:W40)'); r += 1
ws.cell(r, 3, 'Predikat kinerja'); ws.cell(r, 23, 'Tinggi'); r += 2
ws.cell(r, 3, 'Faktor pendorong: dukungan DAK; Faktor penghambat: kekeringan TW III'); r += 2
sign(ws, r, 20, ['Watu Kembar, 14 Januari 2022', 'Kepala UPTD', '', 'Dra. Endang Sulistyowati', 'NIP 19730925 199803 2 004'])
bk.save()
ag.write()
print(ag.name, len(ag.rows))
