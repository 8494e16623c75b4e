"""Dinas Kearsipan Daerah Kabupaten Rantau Melati, 2019-2022."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

AG = 'arsip'
# id: unit, polarity, kind ('lvl' = level / percentage / index, 'cnt' = quantity that adds up per quarter)
# names and (target, realisasi) per year
C = {
 'a01': ('%', '+', 'lvl', {2019: ('Persentase Perangkat Daerah yang tertib arsip', 55, 57.14), 2020: ('Prosentase OPD tertib arsip', 60, 61.9), 2021: ('Persentase perangkat daerah yang menerapkan tertib arsip', 65, 64.29), 2022: ('% Perangkat Daerah Tertib Arsip', 70, 73.81)}),
 'a02': ('nilai', '+', 'lvl', {2019: ('Nilai Pengawasan Kearsipan Internal', 60, 58.5), 2020: ('Nilai hasil pengawasan kearsipan', 65, 66.2), 2021: ('Nilai Hasil Pengawasan Kearsipan Kabupaten Rantau Melati', 70, 71.35), 2022: ('Nilai Pengawasan Kearsipan (Internal)', 75, 72.8)}),
 'a03': ('berkas', '+', 'cnt', {2019: ('Jumlah arsip statis yang diakuisisi', 1500, 1850), 2020: ('Jumlah arsip yang diakuisisi', 1600, 1325), 2021: ('Arsip statis yang diakuisisi', 1750, 1912), 2022: ('Jumlah Arsip Statis Yang Diakuisisi dari Pencipta Arsip', 2000, 2140)}),
 'a04': ('lembar', '+', 'cnt', {2019: ('Jumlah arsip yang dialihmediakan', 5000, 5240), 2020: ('Jumlah arsip yang di alih media', 7500, 8012), 2021: ('Jumlah arsip yang dialihmediakan (digitalisasi)', 10000, 9560), 2022: ('Arsip yang dialihmediakan secara elektronik', 12500, 13205)}),
 'a05': ('%', '+', 'lvl', {2019: ('Persentase arsip statis yang diolah', 40, 38.5), 2020: ('Persentase arsip statis yang terolah', 45, 47.2), 2021: ('Prosentase arsip statis yang diolah / dideskripsi', 50, 51.6), 2022: ('Persentase Arsip Statis yang Diolah dan Dideskripsikan', 55, 56.25)}),
 'a06': ('%', '+', 'lvl', {2019: ('Persentase arsip vital yang terselamatkan', 70, 72), 2020: ('Persentase arsip vital yang diselamatkan', 75, 76.5), 2022: ('Persentase Arsip Vital Perangkat Daerah yang Terlindungi', 85, 83.3)}),
 'a07': ('orang', '+', 'cnt', {2019: ('Jumlah pengunjung layanan arsip', 250, 312), 2020: ('Jumlah pengguna layanan arsip', 300, 164), 2021: ('Jumlah pengguna layanan arsip statis', 300, 276), 2022: ('Pengguna Layanan Kearsipan', 350, 418)}),
 'a08': ('%', '-', 'lvl', {2020: ('Persentase arsip rusak di depo arsip', 5, 4.2), 2021: ('Persentase arsip rusak pada depo arsip', 4.5, 4.8), 2022: ('Prosentase Arsip Rusak', 4, 3.1)}),
 'a09': ('orang', '+', 'cnt', {2019: ('Jumlah pengelola arsip yang dibimtek', 80, 84), 2020: ('Jumlah pengelola arsip yang mengikuti bimtek', 80, 40), 2021: ('Jumlah pengelola kearsipan yang mengikuti Bimbingan Teknis', 90, 96), 2022: ('Pengelola arsip mengikuti bimtek', 100, 104)}),
 'a10': ('desa', '+', 'lvl', {2019: ('Jumlah desa tertib arsip', 10, 12), 2020: ('Jumlah Desa yang tertib arsip', 15, 15), 2021: ('Jumlah desa/kelurahan tertib arsip', 20, 23), 2022: ('Desa Tertib Arsip', 25, 27)}),
 'a11': ('%', '+', 'lvl', {2022: ('Persentase desa yang tertib arsip', 16.03, 17.31)}),
 'a12': ('indeks', '+', 'lvl', {2019: ('Indeks Kepuasan Masyarakat (IKM)', 78, 80.12), 2020: ('IKM', 79, 81.45), 2021: ('Indeks Kepuasan Masyarakat terhadap layanan kearsipan', 80, 82.9), 2022: ('Nilai IKM Dinas Kearsipan Daerah', 82, 84.06)}),
 'a13': ('berkas', '+', 'cnt', {2019: ('Jumlah arsip inaktif yang dimusnahkan sesuai JRA', 2000, 2350), 2020: ('Jumlah arsip yang dimusnahkan', 2500, 1800)}),
 'a14': ('berkas', '+', 'lvl', {2019: ('Jumlah khazanah arsip statis yang dikelola', 15000, 15420), 2020: ('Jumlah khasanah arsip statis', 16500, 16745), 2021: ('Khazanah arsip statis yang dikelola', 18000, 18657), 2022: ('Jumlah Khasanah Arsip Statis yang dikelola Dinas Kearsipan Daerah', 20000, 20797)}),
 'a15': ('%', '+', 'lvl', {2020: ('Persentase arsip yang terhubung JIKN', 10, 8.5), 2021: ('Persentase arsip statis yang dapat diakses melalui JIKN', 20, 22.4), 2022: ('Persentase arsip yang dapat diakses secara elektronik (SIKN/JIKN)', 30, 31.75)}),
 'a16': ('kali', '+', 'cnt', {2019: ('Jumlah pameran arsip yang diselenggarakan', 2, 2), 2021: ('Pameran arsip', 1, 1), 2022: ('Jumlah Pameran Kearsipan', 3, 2)}),
 'a17': ('berkas', '+', 'cnt', {2021: ('Jumlah arsip yang direstorasi', 150, 162), 2022: ('Jumlah arsip rusak yang direstorasi', 200, 185)}),
 'a18': ('berkas', '+', 'cnt', {2021: ('Jumlah arsip inaktif yang disusutkan', 3000, 3420), 2022: ('Jumlah arsip inaktif yang disusutkan', 3500, 3610)}),
}
SAS = [
 ('Meningkatnya tertib administrasi kearsipan perangkat daerah dan desa', ['a01', 'a02', 'a09', 'a10', 'a11']),
 ('Terselamatkannya arsip sebagai memori kolektif daerah', ['a03', 'a04', 'a05', 'a06', 'a08', 'a13', 'a18', 'a14', 'a17']),
 ('Meningkatnya kualitas layanan kearsipan kepada masyarakat', ['a07', 'a12', 'a15', 'a16']),
]
KADIS = ('Drs. HENDRA WIJAYAKUSUMA, M.Si', 'Pembina Tk. I', '19710314 199603 1 004')
KEY = Key('Dinas Kearsipan Daerah Kabupaten Rantau Melati', [2019, 2020, 2021, 2022])

def ids(year):
    return [(s, [i for i in lst if year in C[i][3]]) for s, lst in SAS]

def head(ws, year, c2, doc):
    title(ws, 1, 1, c2, doc)
    title(ws, 2, 1, c2, 'DINAS KEARSIPAN DAERAH')
    title(ws, 3, 1, c2, 'KABUPATEN RANTAU MELATI')
    title(ws, 4, 1, c2, f'TAHUN {year}')

# ---------------------------------------------------------------- 2019: .xls, cover + PK table
def f2019():
    Y, fn = 2019, 'PK_Arsip_2019.xls'
    wb = Workbook(); cv = wb.active; cv.title = 'Cover'
    for r, t in [(8, 'PENGUKURAN KINERJA'), (10, 'DINAS KEARSIPAN DAERAH'), (11, 'KABUPATEN RANTAU MELATI'), (13, 'TAHUN ANGGARAN 2019')]:
        cv.cell(row=r, column=3, value=t).font = Font(bold=True, size=16)
    cv.cell(row=20, column=3, value='Jl. Pahlawan Seruni No. 17 Rantau Melati')
    ws = wb.create_sheet('PK 2019')
    head(ws, Y, 8, 'PENGUKURAN KINERJA')
    merge(ws, 6, 1, 7, 1, 'No', bold=True, h='center', fill=GREY)
    merge(ws, 6, 2, 7, 2, 'Sasaran Strategis', bold=True, h='center', fill=GREY)
    merge(ws, 6, 3, 7, 3, 'Indikator Kinerja', bold=True, h='center', fill=GREY)
    merge(ws, 6, 4, 6, 5, 'Target', bold=True, h='center', fill=GREY)
    merge(ws, 6, 6, 6, 7, 'Realisasi', bold=True, h='center', fill=GREY)
    merge(ws, 6, 8, 7, 8, 'Capaian (%)', bold=True, h='center', fill=GREY)
    for c, t in [(4, 'Nilai'), (5, 'Satuan'), (6, 'Nilai'), (7, 'Satuan')]:
        put(ws, 7, c, t, bold=True, h='center', fill=GREY)
    for c in range(1, 9):
        put(ws, 8, c, f'({c})', h='center', italic=True)
    r, no = 9, 1
    for s, lst in ids(Y):
        merge(ws, r, 2, r + len(lst) - 1, 2, s, h='left')
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            put(ws, r, 1, no, h='center'); put(ws, r, 3, name)
            tt = t
            if i == 'a03':
                tt = 15000  # MISTAKE: target typed with one zero too many (true 1.500)
            fmt = '#,##0' if float(t).is_integer() and float(re).is_integer() else '#,##0.00'
            put(ws, r, 4, tt, fmt=fmt); put(ws, r, 5, unit, h='center')
            put(ws, r, 6, re, fmt=fmt); put(ws, r, 7, unit, h='center')
            if i == 'a10':
                put(ws, r, 8, 100, fmt='0.00')  # MISTAKE: capaian typed 100 (true 120)
            elif i == 'a12':
                put(ws, r, 8, 102.7, fmt='0.00')  # formula overwritten by constant (true 102,72)
            else:
                put(ws, r, 8, f'=ROUND(F{r}/D{r}*100,2)', fmt='0.00')
            KEY.add(fn, ws.title, r, Y, name, i, tt, re)
            r += 1; no += 1
    r += 1
    ws.cell(row=r, column=2, value='Jumlah Anggaran Tahun 2019 : Rp. 2.874.550.000'); r += 1
    ws.cell(row=r, column=2, value='Jumlah Realisasi Anggaran : Rp. 2.701.183.420'); r += 2
    signature(ws, r, 6, 'Rantau Melati, 31 Desember 2019', 'Kepala Dinas Kearsipan Daerah,', *KADIS)
    widths(ws, {'A': 5, 'B': 30, 'C': 45, 'D': 11, 'E': 9, 'F': 11, 'G': 9, 'H': 11})
    deliver(wb, AG, fn, KEY)

# ---------------------------------------------------------------- 2020: .xlsx, Rencana Aksi TW, no annual realisasi
QR = {  # quarter realisasi (per-quarter values for 'cnt', cumulative values for 'lvl'); TW IV of lvl = annual
 'a01': [21.43, 35.71, 47.62, '61,90%'], 'a02': [0, 0, 40.5, 66.2], 'a03': [210, 0, 515, 600], 'a04': [1500, 1820, 2200, 2492],
 'a05': [12.5, 24.8, 36.1, 47.2], 'a06': [30, 50, 65, 76.5], 'a07': [118, '-', 12, 34], 'a08': [4.9, 4.7, 4.5, 4.2],
 'a09': [0, 0, 40, 0], 'a10': [15, 15, 15, 15], 'a12': [0, 80.9, 80.9, 81.45], 'a13': [0, 0, 1800, 0],
 'a14': [16120, 16120, 16510, 16745], 'a15': [0, 2.5, 5.0, 8.5],
}
def f2020():
    Y, fn = 2020, 'RENAKSI DISARSIP 2020.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Renaksi 2019'  # ODDITY: wrong year in sheet name
    title(ws, 1, 2, 16, 'RENCANA AKSI PERJANJIAN KINERJA DAN PENGUKURAN KINERJA TRIWULAN')
    title(ws, 2, 2, 16, 'DINAS KEARSIPAN DAERAH KABUPATEN RANTAU MELATI')
    title(ws, 3, 2, 16, 'TAHUN ANGGARAN 2020')
    hdr = dict(bold=True, h='center', fill=GREY)
    merge(ws, 5, 2, 7, 2, 'No', **hdr); merge(ws, 5, 3, 7, 3, 'Sasaran', **hdr)
    merge(ws, 5, 4, 7, 4, 'Indikator Kinerja', **hdr); merge(ws, 5, 5, 7, 5, 'Satuan', **hdr)
    merge(ws, 5, 6, 5, 10, 'Target', **hdr); merge(ws, 6, 6, 7, 6, 'Tahunan', **hdr)
    merge(ws, 6, 7, 6, 10, 'Rencana Aksi Triwulan', **hdr)
    merge(ws, 5, 11, 5, 14, 'Realisasi', **hdr); merge(ws, 6, 11, 6, 14, 'Triwulan', **hdr)
    for k, q in enumerate(['TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)']):
        put(ws, 7, 7 + k, q, **hdr); put(ws, 7, 11 + k, q, **hdr)
    merge(ws, 5, 15, 7, 15, '% Capaian s.d. TW IV', **hdr); merge(ws, 5, 16, 7, 16, 'Penanggung Jawab', **hdr)
    r, no = 8, 1
    pj = {0: 'Bidang Pembinaan Kearsipan', 1: 'Bidang Pengelolaan Arsip', 2: 'Bidang Layanan dan Pemanfaatan'}
    for si, (s, lst) in enumerate(ids(Y)):
        merge(ws, r, 3, r + len(lst) - 1, 3, s, h='left')
        merge(ws, r, 16, r + len(lst) - 1, 16, pj[si], h='center')
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            put(ws, r, 2, no, h='center'); put(ws, r, 4, name); put(ws, r, 5, unit, h='center')
            dec = 0 if float(t).is_integer() and kind == 'cnt' else 2
            fmt = '#,##0' if dec == 0 else '#,##0.00'
            put(ws, r, 6, t, fmt=fmt)
            if kind == 'cnt':
                tq = q_split(t)
            elif i == 'a08':
                tq = [5, 5, 5, 5]
            elif i == 'a10':
                tq = [12, 12, 14, 15]
            elif i == 'a14':
                tq = [15900, 16100, 16300, 16500]
            else:
                tq = q_cum(t)
            for k in range(4):
                put(ws, r, 7 + k, tq[k], fmt=fmt)
                v = QR[i][k]
                put(ws, r, 11 + k, v, fmt=fmt, h='right' if isinstance(v, str) else None)
            real = re
            if kind == 'cnt':
                put(ws, r, 15, f'=ROUND(SUM(K{r}:N{r})/F{r}*100,2)', fmt='0.00')
                assert sum(v for v in QR[i] if not isinstance(v, str)) == re, i
            elif i == 'a01':
                put(ws, r, 15, 103.17, fmt='0.00')  # text in N: typed by hand
                real = 61.9
            else:
                # a08 is a negative indicator but the positive formula is used (MISTAKE)
                put(ws, r, 15, f'=ROUND(N{r}/F{r}*100,2)', fmt='0.00')
                assert QR[i][3] == re, i
            KEY.add(fn, ws.title, r, Y, name, i, t, real)
            r += 1; no += 1
    r += 1
    signature(ws, r, 13, 'Rantau Melati,  Januari 2021', 'Kepala Dinas,', *KADIS)
    widths(ws, {'A': 2, 'B': 5, 'C': 28, 'D': 42, 'E': 9, 'F': 10, 'P': 18})
    for c in range(7, 16):
        ws.column_dimensions[L(c)].width = 10
    ws.freeze_panes = 'E8'
    deliver(wb, AG, fn, KEY)

# ---------------------------------------------------------------- 2021: .ods, LKjIP Bab III table, names merged over 2 rows
def f2021():
    Y, fn = 2021, 'Lampiran LKjIP 2021.ods'
    wb = Workbook(); ws = wb.active; ws.title = 'Tabel 3.1'
    title(ws, 1, 1, 10, 'Tabel 3.1')
    title(ws, 2, 1, 10, 'Pengukuran Capaian Kinerja Sasaran Dinas Kearsipan Daerah Tahun 2021')
    hdr = dict(bold=True, h='center', fill=GREY)
    merge(ws, 4, 1, 5, 1, 'No', **hdr); merge(ws, 4, 2, 5, 3, 'Indikator Kinerja', **hdr); merge(ws, 4, 4, 5, 4, 'Satuan', **hdr)
    put(ws, 4, 5, 'Tahun 2020', **hdr); put(ws, 5, 5, 'Realisasi', **hdr)
    merge(ws, 4, 6, 4, 8, 'Tahun 2021', **hdr)
    for c, t in [(6, 'Target'), (7, 'Realisasi'), (8, 'Capaian (%)')]:
        put(ws, 5, c, t, **hdr)
    merge(ws, 4, 9, 4, 10, 'Renstra 2019-2024', **hdr)
    put(ws, 5, 9, 'Target Akhir (2024)', **hdr); put(ws, 5, 10, 'Capaian s.d. 2021 thd Renstra (%)', **hdr)
    renstra = {'a01': 80, 'a02': 80, 'a03': 9500, 'a04': 45000, 'a05': 65, 'a07': 1600, 'a08': 3, 'a09': 500, 'a10': 40,
               'a12': 85, 'a14': 24000, 'a15': 50, 'a16': 10, 'a17': 800, 'a18': 15000}
    r, no = 6, 1
    for s, lst in ids(Y):
        merge(ws, r, 1, r, 10, f'Sasaran: {s}', bold=True, h='left'); r += 1
        for i in lst:
            unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
            prev = C[i][3].get(2020, (None, None, None))[2]
            merge(ws, r, 1, r + 1, 1, no, h='center')
            merge(ws, r, 2, r + 1, 3, name)
            merge(ws, r, 4, r + 1, 4, unit, h='center')
            pct = unit == '%'
            fmt = '0.00%' if pct else ('#,##0' if float(t).is_integer() and float(re).is_integer() else '#,##0.00')
            sc = (lambda x: round(x / 100, 6)) if pct else (lambda x: x)
            pv = prev
            if i == 'a07':
                pv = 146  # ODDITY: 2020 realisasi written 146 here, 164 in the 2020 workbook
            merge(ws, r, 5, r + 1, 5, sc(pv) if pv is not None else '-', fmt=fmt, h='right')
            tt, rr, kt, kr = sc(t), sc(re), t, re
            if i == 'a15':
                tt, kt = 0.2, 0.2  # MISTAKE: 20 % typed as 0,2 in a cell without % format
                rr = 22.4
                merge(ws, r, 6, r + 1, 6, tt, fmt='General'); merge(ws, r, 7, r + 1, 7, rr, fmt='0.00')
            elif i == 'a16':
                merge(ws, r, 6, r + 1, 6, '1 kali', h='right'); merge(ws, r, 7, r + 1, 7, '1 kali', h='right')
            else:
                merge(ws, r, 6, r + 1, 6, tt, fmt=fmt); merge(ws, r, 7, r + 1, 7, rr, fmt=fmt)
            if i == 'a08':
                merge(ws, r, 8, r + 1, 8, f'=ROUND(F{r}/G{r}*100,2)', fmt='0.00')  # negative: target/realisasi
            elif i == 'a16':
                merge(ws, r, 8, r + 1, 8, 100, fmt='0.00')
            else:
                merge(ws, r, 8, r + 1, 8, f'=ROUND(G{r}/F{r}*100,2)', fmt='0.00')
            rs = renstra[i]
            merge(ws, r, 9, r + 1, 9, sc(rs), fmt=fmt)
            if i == 'a16':
                merge(ws, r, 10, r + 1, 10, 10, fmt='0.00')
            else:
                merge(ws, r, 10, r + 1, 10, f'=ROUND(G{r}/I{r}*100,2)', fmt='0.00')
            KEY.add(fn, ws.title, r, Y, name, i, kt, kr)
            r += 2; no += 1
    r += 1
    ws.cell(row=r, column=2, value='Sumber: Bidang Pengelolaan Arsip dan Bidang Layanan, diolah')
    widths(ws, {'A': 5, 'B': 30, 'C': 20, 'D': 9, 'E': 12, 'F': 12, 'G': 12, 'H': 11, 'I': 12, 'J': 14})
    ws2 = wb.create_sheet('Tabel 3.2 Anggaran')
    title(ws2, 1, 1, 5, 'Tabel 3.2 Realisasi Anggaran per Program Tahun 2021')
    for c, t in enumerate(['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)'], 1):
        put(ws2, 3, c, t, bold=True, h='center', fill=GREY)
    progs = [('Program Penunjang Urusan Pemerintahan Daerah', 2150400000, 2033871500),
             ('Program Pengelolaan Arsip', 612500000, 598120000), ('Program Perlindungan dan Penyelamatan Arsip', 248000000, 231450000),
             ('Program Pengelolaan Arsip Statis dan Layanan', 187300000, 179880000)]
    for k, (p, a, b) in enumerate(progs):
        rr = 4 + k
        put(ws2, rr, 1, k + 1); put(ws2, rr, 2, p); put(ws2, rr, 3, a, fmt='#,##0'); put(ws2, rr, 4, b, fmt='#,##0')
        put(ws2, rr, 5, f'=ROUND(D{rr}/C{rr}*100,2)', fmt='0.00')
    put(ws2, 8, 2, 'Jumlah', bold=True); put(ws2, 8, 3, '=SUM(C4:C7)', fmt='#,##0'); put(ws2, 8, 4, '=SUM(D4:D7)', fmt='#,##0')
    put(ws2, 8, 5, '=ROUND(D8/C8*100,2)', fmt='0.00')
    widths(ws2, {'B': 45, 'C': 16, 'D': 16})
    deliver(wb, AG, fn, KEY)

# ---------------------------------------------------------------- 2022: .xlsx, E.81 Evaluasi Renja
# program rows carry the sasaran (outcome) indicators, kegiatan rows the output ones
E81 = [
 ('1', 'Meningkatnya tertib administrasi kearsipan perangkat daerah dan desa', [
   ('2.24.02', 'Program Pengelolaan Arsip', ['a01', 'a02'], 0),
   ('2.24.02.2.01', 'Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota', ['a09'], 238650000),
   ('2.24.02.2.02', 'Pembinaan Kearsipan Desa', ['a10', 'a11'], 96400000)]),
 ('2', 'Terselamatkannya arsip sebagai memori kolektif daerah', [
   ('2.24.03', 'Program Perlindungan dan Penyelamatan Arsip', ['a06', 'a08', 'a14'], 0),
   ('2.24.03.2.01', 'Pemusnahan Arsip Dilingkungan Pemerintah Daerah Kabupaten/Kota', ['a18'], 74250000),
   ('2.24.03.2.02', 'Perlindungan dan Penyelamatan Arsip Akibat Bencana', ['a17'], 58600000),
   ('2.24.03.2.03', 'Penyelamatan Arsip Perangkat Daerah yang Digabung dan/atau Dibubarkan', ['a03', 'a04', 'a05'], 182900000)]),
 ('3', 'Meningkatnya kualitas layanan kearsipan kepada masyarakat', [
   ('2.24.04', 'Program Pengelolaan Simpul Jaringan Informasi Kearsipan Nasional', ['a15', 'a12'], 0),
   ('2.24.04.2.01', 'Pengelolaan Simpul Jaringan dan Layanan Arsip Statis', ['a07', 'a16'], 121750000)]),
]
Q22 = {  # quarter realisasi K; lvl: cumulative value per quarter, cnt: per quarter
 'a01': [30.95, 42.86, 57.14, 73.81], 'a02': [0, 0, 0, 72.8], 'a09': [20, 30, 34, 20], 'a10': [21, 23, 25, 27],
 'a11': [13.46, 14.74, 16.03, 17.31], 'a06': [60, 70, 78, 83.3], 'a08': [3.8, 3.5, 3.3, 3.1], 'a14': [19120, 19655, 20210, 20797],
 'a18': [0, 1200, 0, 2410], 'a17': [30, 45, 60, 50], 'a03': [300, 520, 700, 620], 'a04': [2500, 3400, 3800, 3505],
 'a05': [51.6, 53, 54.8, 56.25], 'a15': [24, 26.5, 29, 31.75], 'a12': [0, 83.2, 0, 84.06], 'a07': [75, 96, 118, 129],
 'a16': [0, 1, 0, 1],
}
PREV = {'a01': 64.29, 'a02': 71.35, 'a09': 180, 'a10': 23, 'a11': 0, 'a06': 76.5, 'a08': 4.8, 'a14': 18657, 'a18': 3420,
        'a17': 162, 'a03': 5087, 'a04': 22812, 'a05': 51.6, 'a15': 22.4, 'a12': 82.9, 'a07': 752, 'a16': 3}
REN = {'a01': 80, 'a02': 80, 'a09': 500, 'a10': 40, 'a11': 25.64, 'a06': 90, 'a08': 3, 'a14': 24000, 'a18': 15000, 'a17': 800,
       'a03': 9500, 'a04': 45000, 'a05': 65, 'a15': 50, 'a12': 85, 'a07': 1600, 'a16': 10}
def f2022():
    Y, fn = 2022, 'E81_Evaluasi_Renja_2022.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'E.81 TW IV 2022'
    title(ws, 1, 1, 19, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN RANTAU MELATI')
    title(ws, 2, 1, 19, 'RENJA PERANGKAT DAERAH DINAS KEARSIPAN DAERAH KABUPATEN RANTAU MELATI')
    title(ws, 3, 1, 19, 'PERIODE PELAKSANAAN : TAHUN 2022 (TRIWULAN IV)')
    ws.cell(row=5, column=1, value='Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD :')
    hdr = dict(bold=True, h='center', fill=GREY)
    tops = [(1, 'No'), (2, 'Sasaran'), (3, 'Kode'), (4, 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan'),
            (5, 'Indikator Kinerja Program (outcome)/ Kegiatan (output)'), (6, 'Satuan')]
    for c, t in tops:
        merge(ws, 7, c, 8, c, t, **hdr)
    pairs = [(7, 'Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra PD)'),
             (9, 'Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2021)'),
             (11, 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2022) yang Dievaluasi'),
             (13, 'Realisasi Kinerja Pada Triwulan I'), (15, 'Realisasi Kinerja Pada Triwulan II'),
             (17, 'Realisasi Kinerja Pada Triwulan III'), (19, 'Realisasi Kinerja Pada Triwulan IV'),
             (21, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
             (23, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)'),
             (25, 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2022'),
             (27, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2022 (%)')]
    for c, t in pairs:
        merge(ws, 7, c, 7, c + 1, t, **hdr); put(ws, 8, c, 'K', **hdr); put(ws, 8, c + 1, 'Rp', **hdr)
    merge(ws, 7, 29, 8, 29, 'Unit Perangkat Daerah Penanggung Jawab', **hdr)
    merge(ws, 7, 30, 8, 30, 'Keterangan', **hdr)
    nums = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14 = 10+11+12+13', '15 = 14/9 x 100', '16 = 8 + 14', '17 = 16/7 x 100', '18', '19']
    cols = [1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 30]
    for c, t in zip(cols, nums):
        if c in (1, 2, 3, 4, 5, 6, 29, 30):
            put(ws, 9, c, t, h='center', italic=True)
        else:
            merge(ws, 9, c, 9, c + 1, t, h='center', italic=True)
    r = 10
    K = lambda c: L(c)
    for sno, s, blocks in E81:
        nrows = sum(max(1, len(b[2])) for b in blocks)
        merge(ws, r, 1, r + nrows - 1, 1, sno, h='center')
        merge(ws, r, 2, r + nrows - 1, 2, s)
        prog_row = None; keg_rows = []
        for code, pname, inds, rp in blocks:
            n = len(inds); isprog = code.count('.') == 2
            merge(ws, r, 3, r + n - 1, 3, code)
            merge(ws, r, 4, r + n - 1, 4, pname, bold=isprog)
            # Rp pairs, merged over the block's rows
            if isprog:
                prog_row = r; keg_rows = []
            else:
                keg_rows.append(r)
                rq = [round(rp * f, -3) for f in (0.12, 0.27, 0.31)]
                rq.append(round(rp * 0.965 - sum(rq), -3))
                merge(ws, r, 8, r + n - 1, 8, round(rp * 4.6, -3), fmt='#,##0')
                merge(ws, r, 10, r + n - 1, 10, round(rp * 2.7, -3), fmt='#,##0')
                merge(ws, r, 12, r + n - 1, 12, rp, fmt='#,##0')
                for k in range(4):
                    merge(ws, r, 14 + 2 * k, r + n - 1, 14 + 2 * k, rq[k], fmt='#,##0')
            for j, i in enumerate(inds):
                rr = r + j
                unit, pol, kind, yy = C[i]; name, t, re = yy[Y]
                put(ws, rr, 5, name); put(ws, rr, 6, unit, h='center')
                fmt = '#,##0' if float(t).is_integer() and kind == 'cnt' or i == 'a14' else '#,##0.00'
                put(ws, rr, 7, REN[i], fmt=fmt); put(ws, rr, 9, PREV[i], fmt=fmt); put(ws, rr, 11, t, fmt=fmt)
                for k in range(4):
                    put(ws, rr, 13 + 2 * k, Q22[i][k], fmt=fmt)
                if i == 'a14':
                    put(ws, rr, 21, 0, fmt=fmt)  # MISTAKE: computed column typed over as 0
                    real = 0
                elif i == 'a01':
                    put(ws, rr, 21, f'=M{rr}+O{rr}+Q{rr}+S{rr}', fmt=fmt)  # MISTAKE: percentages summed over quarters
                    real = round(sum(Q22[i]), 2)
                elif kind == 'cnt':
                    put(ws, rr, 21, f'=M{rr}+O{rr}+Q{rr}+S{rr}', fmt=fmt); real = sum(Q22[i])
                    assert real == re, (i, real, re)
                else:
                    put(ws, rr, 21, f'=S{rr}', fmt=fmt); real = Q22[i][3]
                    assert real == re, i
                # a08 negative, positive formula used (MISTAKE)
                put(ws, rr, 23, f'=IF(K{rr}=0,0,U{rr}/K{rr}*100)', fmt='0.00')
                if kind == 'cnt':
                    put(ws, rr, 25, f'=I{rr}+U{rr}', fmt=fmt)
                else:
                    put(ws, rr, 25, f'=U{rr}', fmt=fmt)
                put(ws, rr, 27, f'=IF(G{rr}=0,0,Y{rr}/G{rr}*100)', fmt='0.00')
                put(ws, rr, 29, 'Dinas Kearsipan Daerah' if isprog else 'Bidang terkait', h='center')
                if i == 'a12':
                    put(ws, rr, 30, 'Survei semester')
                KEY.add(fn, ws.title, rr, Y, name, i, t, real)
            if not isprog:
                put(ws, r, 22, f'=N{r}+P{r}+R{r}+T{r}', fmt='#,##0')
                put(ws, r, 24, f'=ROUND(V{r}/L{r}*100,2)', fmt='0.00')
                put(ws, r, 26, f'=J{r}+V{r}', fmt='#,##0'); put(ws, r, 28, f'=ROUND(Z{r}/H{r}*100,2)', fmt='0.00')
            r += n
        # program Rp = sum of its kegiatan
        for c in (8, 10, 12, 14, 16, 18, 20, 22, 26):
            merge(ws, prog_row, c, prog_row + len(blocks[0][2]) - 1, c,
                  '=' + '+'.join(f'{L(c)}{k}' for k in keg_rows), fmt='#,##0')
        merge(ws, prog_row, 24, prog_row + len(blocks[0][2]) - 1, 24, f'=ROUND(V{prog_row}/L{prog_row}*100,2)', fmt='0.00')
        merge(ws, prog_row, 28, prog_row + len(blocks[0][2]) - 1, 28, f'=ROUND(Z{prog_row}/H{prog_row}*100,2)', fmt='0.00')
    last = r - 1
    put(ws, r, 5, 'Rata-rata capaian kinerja (%)', bold=True); put(ws, r, 23, f'=ROUND(AVERAGE(W10:W{last}),1)', fmt='0.0')
    put(ws, r + 1, 5, 'Predikat kinerja', bold=True); put(ws, r + 1, 23, 'Sangat Tinggi')
    for k, t in enumerate(['Faktor pendorong keberhasilan pencapaian : dukungan pimpinan dan tersedianya aplikasi SRIKANDI',
                           'Faktor penghambat pencapaian kinerja : keterbatasan arsiparis dan sarana depo arsip',
                           'Tindak lanjut yang diperlukan dalam triwulan berikutnya : -',
                           'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya : penambahan rak roll o pack']):
        ws.cell(row=r + 3 + k, column=1, value=t)
    signature(ws, r + 8, 5, 'Disusun, Rantau Melati, 13 Januari 2023', 'Kepala Dinas Kearsipan Daerah', *KADIS)
    signature(ws, r + 8, 21, 'Dievaluasi, Rantau Melati, 20 Januari 2023', 'Kepala Bappeda Kabupaten Rantau Melati',
              'Ir. SUTAN MARPAUNG, M.T.', 'Pembina Utama Muda', '19690822 199403 1 007')
    widths(ws, {'A': 4, 'B': 22, 'C': 12, 'D': 28, 'E': 36, 'F': 8})
    for c in range(7, 29):
        ws.column_dimensions[L(c)].width = 11
    for c in ('C', 'H', 'J'):
        ws.column_dimensions[c].hidden = True  # hidden: Kode, Renstra Rp columns
    deliver(wb, AG, fn, KEY)

if __name__ == '__main__':
    f2019(); f2020(); f2021(); f2022()
    KEY.amb = [['a13', 'a18']]
    KEY.dump(os.path.join(ROOT, AG, 'key.json'))
    print(AG, len(KEY.rows), 'rows')
