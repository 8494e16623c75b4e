"""UPTD Layanan Perpustakaan Keliling dan Taman Baca, Kota Bumi Asri, 2021-2024 (prefix P)."""
import random
from lib import *

YEARS = [2021, 2022, 2023, 2024]
S1 = 'Meningkatnya jangkauan layanan perpustakaan keliling'
S2 = 'Meningkatnya budaya gemar membaca masyarakat'
S3 = 'Meningkatnya kualitas tata kelola UPTD'


def M(id, unit, kind, sas, base, names):
    return dict(id=id, unit=unit, kind=kind, sas=sas, base=base, names=names)


def ys(name, codes, unit='', years=YEARS, over=None):
    d = {y: drift(name, c, unit) for y, c in zip(years, codes)}
    d.update(over or {})
    return d


MASTER = [
    M('P01', 'orang', 'FLOW', S1, 24000, ys('Jumlah kunjungan pemustaka ke mobil perpustakaan keliling', ['', 'unitin', 'br', 'abbr'], 'orang',
                                           over={2023: 'Jumlah pengunjung layanan mobil perpustakaan keliling'})),
    M('P02', 'orang', 'FLOW', S1, 9000, ys('Jumlah pemustaka anak yang dilayani perpustakaan keliling', ['', 'abbr', '', 'title'])),
    M('P03', 'orang', 'FLOW', S1, 7000, ys('Jumlah pemustaka dewasa yang dilayani perpustakaan keliling', ['', 'abbr', 'trail1', 'title'])),
    M('P04', 'titik', 'LEVEL', S1, 48, ys('Jumlah titik layanan perpustakaan keliling', ['', 'unitin', 'lower', ''], 'titik')),
    M('P05', 'eksemplar', 'FLOW', S2, 36000, ys('Jumlah eksemplar buku yang dipinjamkan', ['', 'trail', '', 'unitin'], 'eksemplar',
                                               over={2023: 'Jumlah eksemplar buku yang disirkulasikan'})),
    M('P06', 'eksemplar', 'LEVEL', S2, 15000, ys('Jumlah koleksi buku pada armada perpustakaan keliling', ['', 'title', '', 'abbr'])),
    M('P07', 'TBM', 'LEVEL', S2, 65, ys('Jumlah Taman Baca Masyarakat (TBM) yang dibina', ['', 'br', '', 'trail1'],
                                       over={2024: 'Jumlah TBM yg dibina'})),
    M('P08', 'TBM', 'FLOW', S2, 8, ys('Jumlah Taman Baca Masyarakat (TBM) baru yang dibentuk', ['', '', 'title', ''],
                                     over={2024: 'Jumlah TBM baru yg dibentuk'})),
    M('P09', '%', 'LEVEL', S2, 70, ys('Persentase TBM binaan yang aktif', ['', 'pros', 'unitin', ''], '%')),
    M('P10', 'nilai', 'LEVEL', S2, 58.4, ys('Nilai Tingkat Kegemaran Membaca (TGM) masyarakat', ['', '', 'title', 'trail1'])),
    M('P11', 'nilai', 'LEVEL', S3, 82.0, ys('Indeks Kepuasan Masyarakat terhadap layanan perpustakaan keliling', ['', 'abbr', '', ''],
                                          over={2022: 'IKM layanan perpustakaan keliling'})),
    M('P12', 'unit', 'LEVEL', S1, 6, ys('Jumlah mobil perpustakaan keliling yang beroperasi', ['', 'abbr'], years=[2021, 2022])),
    M('P13', 'unit', 'LEVEL', S1, 10, ys('Jumlah motor perpustakaan keliling yang beroperasi', ['', 'abbr'], years=[2021, 2022])),
    M('P12m', 'unit', 'LEVEL', S1, 17, ys('Jumlah armada perpustakaan keliling (mobil dan motor) yang beroperasi', ['', 'abbr'], years=[2023, 2024])),
    M('P14', 'kegiatan', 'FLOW', S2, 24, ys('Jumlah kegiatan literasi yang diselenggarakan', ['', 'unitin', '', 'title'], 'kegiatan')),
    M('P15', 'orang', 'FLOW', S2, 1800, ys('Jumlah peserta kegiatan literasi', ['', '', 'unitin', 'trail'], 'orang')),
    M('P16', 'sekolah', 'FLOW', S1, 90, ys('Jumlah sekolah yang dikunjungi perpustakaan keliling', ['', 'abbr', '', 'br'])),
    M('P17', 'orang', 'FLOW', S1, 1200, ys('Jumlah anggota perpustakaan baru yang terdaftar', ['', 'title', 'abbr'], years=[2022, 2023, 2024])),
    M('P18', '%', 'LEVEL', S1, 62, ys('Persentase kelurahan yang terjangkau layanan perpustakaan keliling', ['', 'pros', 'br', 'title'])),
    M('P19', 'titik', 'LEVEL', S2, 12, ys('Jumlah pojok baca digital di TBM', ['', 'title'], years=[2021, 2022])),
    M('P19b', 'TBM', 'LEVEL', S2, 15, ys('Jumlah TBM yang memiliki akses perpustakaan digital', ['', 'abbr'], years=[2023, 2024])),
    M('P20', '%', 'LEVEL', S3, 93, ys('Persentase realisasi anggaran UPTD', ['', 'pros', ''], years=[2021, 2022, 2023])),
    M('P21', 'orang', 'FLOW', S3, 40, ys('Jumlah pustakawan dan pengelola TBM yang mengikuti bimtek', ['', 'abbr'], years=[2023, 2024])),
]
ag = Agency('uptd_perpustakaan_keliling_kota_bumi_asri', YEARS, 'P')
ag.ambiguous = [['P19', 'P19b']]
rng = random.Random(88002)


def get(rows, id):
    return next(r for r in rows if r.id == id)


# ---------- 2021: Renstra matrix (.xlsx) ----------
bk = ag.book('Matriks_Renstra_Capaian_2021.xlsx'); bk.year = 2021
R = build_year(MASTER, 2021, YEARS, rng, 'mix')
get(R, 'P18').t = C(0.65, 0.65)                       # mistake: fraction typed in a plain cell
get(R, 'P10').t = C('58,40*)', 58.4)
get(R, 'P20').r = C('-', None)
ws = bk.sheet('Renstra 2021-2026')
r = head(ws, ['MATRIKS RENCANA STRATEGIS 2021-2026 DAN REALISASI TAHUN 2021',
              'UPTD Layanan Perpustakaan Keliling dan Taman Baca', 'Dinas Perpustakaan dan Kearsipan Kota Bumi Asri'], 12)
hdr = ['Kode', 'Tujuan / Sasaran / Indikator', 'Satuan', 'Kondisi Awal 2020', 'Target Kinerja', None, None, None, None, None,
       'Realisasi 2021', 'Keterangan']
for j, h in enumerate(hdr):
    if h: put(ws, f'{L(j + 1)}{r}', h, True)
ws.merge_cells(f'E{r}:J{r}')
for j, y in enumerate(range(2021, 2027)):
    put(ws, f'{L(5 + j)}{r + 1}', str(y), True)
for c in 'ABCDKL':
    ws.merge_cells(f'{c}{r}:{c}{r + 1}')
r += 2
prev = None; si = 0; k = 0
for ind in R:
    if ind.sasaran != prev:
        si += 1; prev = ind.sasaran; k = 0
        ws.cell(r, 1, f'S{si}'); ws.cell(r, 2, 'Sasaran: ' + ind.sasaran).font = B
        ws.merge_cells(f'B{r}:L{r}'); r += 1
    k += 1
    ws.cell(r, 1, f'S{si}.{k}')
    put(ws, f'B{r}', ind.written).alignment = WR
    ws.cell(r, 3, ind.unit)
    tk = ind.t.key if isinstance(ind.t.key, (int, float)) else 0
    ws.cell(r, 4, round(tk * 0.94, 2))
    put(ws, f'E{r}', ind.t)
    for j in range(1, 6):
        ws.cell(r, 5 + j, round(tk * (1 + 0.05 * j), 2) if tk > 1 else tk)
    put(ws, f'K{r}', ind.r)
    bk.rec(ws, r, 'B', ind, 'cell', [f'E{r}'], 'cell', [f'K{r}'])
    r += 1
r += 1
ws.cell(r, 2, 'Catatan: target 2024-2026 menyesuaikan Renstra perubahan.')
sign(ws, r + 2, 10, ['Bumi Asri, 20 Januari 2022', 'Kepala UPTD', '', 'Rini Kusumawardani, S.IP', 'NIP. 19800617 200501 2 013'])
bk.save()

# ---------- 2022: indicator cards, two per band (.ods) ----------
bk = ag.book('Kartu_Kinerja_Perpusling_2022.ods'); bk.year = 2022
R = build_year(MASTER, 2022, YEARS, rng, 'text')
p5 = get(R, 'P05'); p5.t = C(p5.t.key * 1000, p5.t.key * 1000)   # mistake: target typed 1000x
get(R, 'P11').r = C('B', None)
get(R, 'P09').t = C('≥ 70%', 70)
ws = bk.sheet('Kartu 2022')
ws['A1'] = 'KARTU KINERJA INDIKATOR TAHUN 2022 - UPTD PERPUSTAKAAN KELILING KOTA BUMI ASRI'; ws['A1'].font = B
ws['A2'] = 'Setiap kartu memuat satu indikator'
r = 4
for k in range(0, len(R), 2):
    for j, ind in enumerate(R[k:k + 2]):
        c0 = 2 + 4 * j            # B or F label, name in C or G
        lab, val = L(c0), L(c0 + 1)
        put(ws, f'{lab}{r}', f'Indikator {k + j + 1}', True)
        put(ws, f'{val}{r}', ind.written).alignment = WR
        ws.merge_cells(f'{val}{r}:{L(c0 + 2)}{r}')
        ws[f'{lab}{r + 1}'] = 'Satuan'; ws[f'{val}{r + 1}'] = ind.unit
        ws[f'{lab}{r + 2}'] = 'Target'; put(ws, f'{val}{r + 2}', ind.t)
        ws[f'{lab}{r + 3}'] = 'Realisasi'; put(ws, f'{val}{r + 3}', ind.r)
        ws[f'{lab}{r + 4}'] = 'Capaian'; ws[f'{val}{r + 4}'] = capfml(f'{val}{r + 2}', f'{val}{r + 3}')
        ws[f'{val}{r + 4}'].number_format = '0%'
        bk.rec(ws, r, val, ind, 'cell', [f'{val}{r + 2}'], 'cell', [f'{val}{r + 3}'], share=True)
    r += 6
ws.cell(r, 2, 'Keterangan: realisasi IKM disajikan dalam bentuk mutu pelayanan (A/B/C/D).')
bk.save()

# ---------- 2023 monthly recap + 2024 PK Awal/Perubahan (.xls) ----------
bk = ag.book('Rekap_Bulanan_2023_dan_PK_2024.xls')
R = build_year(MASTER, 2023, YEARS, rng, 'num')
get(R, 'P01').qmut = (2, 10)                 # mistake: March typed 10x
get(R, 'P15').qdash = 1                      # Desember belum masuk
get(R, 'P09').qdash = 2
ws = bk.sheet('Rekap Bulanan 2023'); bk.year = 2023
ws['A1'] = 'REKAPITULASI CAPAIAN BULANAN TAHUN 2023'; ws['A2'] = 'UPTD Layanan Perpustakaan Keliling dan Taman Baca'
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
r = 4
for j, h in enumerate(['Indikator', 'Sat.', 'Target Thn'] + MON + ['Ket.']):
    put(ws, f'{L(j + 1)}{r}', h, True)
r += 1
for ind in R:
    put(ws, f'A{r}', ind.written).alignment = WR
    ws.cell(r, 2, ind.unit); put(ws, f'C{r}', ind.t)
    cells, key, rule = periods(ind, 12, rng)
    refs = []
    for j, c in enumerate(cells):
        put(ws, f'{L(4 + j)}{r}', c); refs.append(f'{L(4 + j)}{r}')
    if ind.qdash:
        ws.cell(r, 16, 'data belum masuk')
    bk.rec(ws, r, 'A', ind, 'cell', [f'C{r}'], rule, refs, rkey=key)
    r += 1
r += 1
ws.cell(r, 1, 'Jumlah pengunjung (semua layanan)'); ws.cell(r, 4, f'=SUM(D5:D7)')
ws.cell(r + 1, 1, 'Angka bulan berjalan; indikator tingkat (level) dibaca posisi bulan terakhir.')

R = build_year(MASTER, 2024, YEARS, rng, 'mix')
p1 = get(R, 'P01'); p1.t = C('27,5 ribu', 27.5)                  # mistake: unit changes (ribu orang)
get(R, 'P10').t = C('60 - 62', 60)
ws = bk.sheet('PK 2024'); bk.year = 2024
r = head(ws, ['PENGUKURAN KINERJA TAHUN 2024', 'UPTD LAYANAN PERPUSTAKAAN KELILING DAN TAMAN BACA'], 8)
for j, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Target', None, 'Realisasi', 'Capaian (%)', 'Ket']):
    if h: put(ws, f'{L(j + 1)}{r}', h, True)
ws.merge_cells(f'D{r}:E{r}')
put(ws, f'D{r + 1}', 'PK Awal', True); put(ws, f'E{r + 1}', 'PK Perubahan', True)
for c in 'ABCFGH':
    ws.merge_cells(f'{c}{r}:{c}{r + 1}')
r += 2
top = r
for k, ind in enumerate(R):
    ws.cell(r, 1, k + 1)
    wrap = ind.id == 'P21'
    if wrap:   # name typed over two rows
        w = ind.written.split(' ')
        ind.written = ' '.join(w[:5])
        ws.cell(r + 1, 2, ' '.join(w[5:]))
    put(ws, f'B{r}', ind.written)
    ws.cell(r, 3, ind.unit)
    tk = ind.t.key
    ws.cell(r, 4, (round(tk * 0.95, 2) if tk and tk > 1 else tk) if tk is not None else '-')
    put(ws, f'E{r}', ind.t); put(ws, f'F{r}', ind.r)
    ws.cell(r, 7, f'=IF(N(E{r})=0,0,N(F{r})/N(E{r})*100)')
    bk.rec(ws, r, 'B', ind, 'cell', [f'E{r}'], 'cell', [f'F{r}'])
    r += 2 if wrap else 1
r += 2
ws.cell(r, 2, 'Salinan tabel (untuk lampiran):').font = B; r += 1
for k, ind in enumerate(R[:10]):        # table pasted twice (partial copy) - not key rows
    ws.cell(r, 1, k + 1); put(ws, f'B{r}', ind.written); ws.cell(r, 3, ind.unit)
    put(ws, f'E{r}', ind.t); put(ws, f'F{r}', ind.r); r += 1
sign(ws, r + 1, 6, ['Bumi Asri, 10 Januari 2025', 'Kepala UPTD', '', 'Agus Prasetyo Nugroho, S.Sos', 'NIP 19790305 200312 1 006'])
hs = bk.sheet('Draft PK 2024', hidden=True)
for k, ind in enumerate(R[:6]):
    hs.cell(k + 1, 1, ind.written); hs.cell(k + 1, 2, 999)
bk.save()
ag.write()
print(ag.name, len(ag.rows))
