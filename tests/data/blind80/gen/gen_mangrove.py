"""UPTD Pengelolaan Kawasan Mangrove, DLH Kab. Muara Sembilan, 2021-2024 (prefix M)"""
from lib import *

Y = [2021, 2022, 2023, 2024]
ag = Agency('uptd_mangrove_kab_muara_sembilan', Y, 8021, [['M19', 'M19b']])
rng = ag.rng
IND = {
 'M01': ('Ha', 'FLOW', dict(base=25, step=5, dec=2), {2021: 'Luas kawasan mangrove yang direhabilitasi', 2022: 'Luas rehabilitasi kawasan mangrove (Ha)', 2023: 'Luas Kawasan Mangrove Yang Direhabilitasi', 2024: 'Luas kawasan mangrove terehabilitasi'}),
 'M02': ('batang', 'FLOW', dict(base=50000, step=5000), {2021: 'Jumlah bibit mangrove yang ditanam', 2022: 'Jml bibit mangrove yg ditanam', 2023: 'Jumlah bibit mangrove yang ditanam (batang)', 2024: 'Jumlah bibit yang ditanam di kawasan mangrove'}),
 'M03': ('batang', 'FLOW', dict(base=60000, step=5000), {2021: 'Jumlah bibit mangrove yang disemai di persemaian', 2022: 'Jml bibit mangrove yg disemai', 2023: 'Jumlah bibit mangrove yang disemaikan (batang)', 2024: 'Jumlah bibit yang disemai di persemaian'}),
 'M04': ('%', 'LEVEL', dict(base=72, step=2, dec=1, pct=1), {2021: 'Persentase bibit mangrove yang hidup (survival rate)', 2022: 'Survival rate bibit mangrove (%)', 2023: 'Persentase tingkat hidup bibit mangrove', 2024: 'Persentase bibit yang hidup'}),
 'M05': ('Ha', 'LEVEL', dict(base=1250.5, step=22.5, dec=2), {2021: 'Luas tutupan mangrove', 2022: 'Luas tutupan vegetasi mangrove (Ha)', 2023: 'Luas Tutupan Mangrove', 2024: 'Luas tutupan mangrove kabupaten'}),
 'M06': ('%', 'LEVEL', dict(base=62, step=2.5, dec=1, pct=1), {2021: 'Persentase tutupan mangrove dalam kondisi baik', 2022: 'Persentase tutupan mangrove kondisi baik', 2023: 'Persentase Tutupan Mangrove dalam Kondisi Baik', 2024: 'Persentase luas tutupan mangrove kondisi baik'}),
 'M07': ('kelompok', 'LEVEL', dict(base=18, step=3), {2021: 'Jumlah kelompok masyarakat pengelola mangrove yang dibina', 2022: 'Jumlah kelompok pengelola mangrove binaan', 2023: 'Jumlah pokmas pengelola mangrove yang dibina', 2024: 'Jumlah kelompok masyarakat yang dibina'}),
 'M08': ('kelompok', 'FLOW', dict(base=3, step=0), {2021: 'Jumlah kelompok masyarakat pengelola baru yang dibentuk', 2022: 'Jumlah kelompok pengelola baru', 2023: 'Jumlah pokmas baru yang dibentuk', 2024: 'Jumlah kelompok masyarakat baru yang dibentuk'}),
 'M09': ('kali', 'FLOW', dict(base=48, step=4), {2021: 'Jumlah patroli pengamanan kawasan mangrove', 2022: 'Jumlah patroli pengamanan kawasan'}),
 'M09d': ('kali', 'FLOW', dict(base=24, step=2), {2023: 'Jumlah patroli pengamanan kawasan (darat)', 2024: 'Jumlah patroli darat'}),
 'M09p': ('kali', 'FLOW', dict(base=30, step=2), {2023: 'Jumlah patroli pengamanan kawasan (perairan)', 2024: 'Jumlah patroli perairan / sungai'}),
 'M10': ('kasus', 'FLOW', dict(base=8, step=1), {2021: 'Jumlah kasus pelanggaran kawasan mangrove yang ditangani', 2022: 'Jumlah kasus penebangan liar yg ditangani', 2023: 'Jumlah kasus pelanggaran kawasan yang ditindaklanjuti', 2024: 'Jumlah kasus pelanggaran yang ditangani'}),
 'M11': ('indeks', 'LEVEL', dict(base=62, step=1.2, dec=2), {2021: 'Indeks kualitas air kawasan mangrove', 2022: 'Indeks Kualitas Air (IKA) kawasan mangrove', 2023: 'Nilai indeks kualitas air di kawasan mangrove', 2024: 'IKA kawasan mangrove'}),
 'M12': ('orang', 'FLOW', dict(base=9000, step=1200), {2021: 'Jumlah pengunjung ekowisata mangrove', 2022: 'Jumlah kunjungan ekowisata mangrove', 2023: 'Jumlah Pengunjung Ekowisata Mangrove', 2024: 'Jumlah wisatawan ekowisata mangrove'}),
 'M13': ('Rp', 'FLOW', dict(base=90e6, step=12e6, rp=1), {2021: 'Pendapatan retribusi ekowisata mangrove', 2022: 'Pendapatan retribusi ekowisata (Rp juta)', 2023: 'Penerimaan retribusi ekowisata mangrove', 2024: 'Realisasi pendapatan retribusi ekowisata mangrove'}),
 'M14': ('kali', 'FLOW', dict(base=12, step=2), {2021: 'Jumlah kegiatan penyuluhan konservasi mangrove', 2022: 'Jumlah penyuluhan/sosialisasi konservasi mangrove', 2023: 'Jumlah kegiatan sosialisasi konservasi mangrove', 2024: 'Jumlah penyuluhan konservasi mangrove'}),
 'M15': ('orang', 'FLOW', dict(base=200, step=20), {2021: 'Jumlah peserta penyuluhan laki-laki', 2022: 'Jumlah peserta penyuluhan (L)', 2023: 'Jumlah peserta penyuluhan laki - laki', 2024: 'Peserta penyuluhan laki-laki'}),
 'M16': ('orang', 'FLOW', dict(base=150, step=20), {2021: 'Jumlah peserta penyuluhan perempuan', 2022: 'Jumlah peserta penyuluhan (P)', 2023: 'Jumlah peserta penyuluhan perempuan', 2024: 'Peserta penyuluhan perempuan'}),
 'M17': ('dokumen', 'FLOW', dict(base=2, step=0), {2021: 'Jumlah dokumen data dan informasi kawasan mangrove', 2022: 'Jumlah dokumen data & informasi kawasan mangrove'}),
 'M18': ('unit', 'LEVEL', dict(base=3, step=1), {2022: 'Jumlah stasiun pemantauan kualitas air', 2023: 'Jumlah stasiun pemantauan kualitas air yang beroperasi', 2024: 'Jumlah stasiun pemantau kualitas air'}),
 'M19': ('%', 'LEVEL', dict(base=20, step=10, dec=1, pct=1), {2021: 'Persentase kerusakan kawasan mangrove yang dipulihkan', 2022: 'Persentase kawasan mangrove rusak yang dipulihkan'}),
 'M19b': ('%', 'LEVEL', dict(base=40, step=10, dec=1, pct=1), {2023: 'Persentase lahan kritis mangrove yang direhabilitasi', 2024: 'Persentase lahan mangrove kritis yang direhabilitasi'}),
}
VAL = {}
for k, (u, kind, spec, names) in IND.items():
    for i, y in enumerate(Y):
        VAL[k, y] = vals(rng, spec, i)
ids = lambda y: [k for k in IND if y in IND[k][3]]

# ---------------- 2021 E.81 (.xls) ----------------
b1 = Book(ag, 'E81_Evaluasi_Renja_UPTD_Mangrove_2021.xls')
y = 2021
s = b1.sheet('Form E.81 2021')
title_block(s, ['Tabel E.81', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MUARA SEMBILAN', 'DINAS LINGKUNGAN HIDUP - UPTD PENGELOLAAN KAWASAN MANGROVE',
                'PERIODE PELAKSANAAN : TAHUN 2021'])


def item(k):
    u, kind = IND[k][0], IND[k][1]
    t, re_ = VAL[k, y]
    integer = isinstance(re_, int)
    q = split4(re_, rng, integer) if kind == 'FLOW' else level4(re_, rng, integer)
    d = dict(id=k, name=IND[k][3][y], unit=u, kind=kind, t=N(t), q=[N(x) for x in q],
             renstra=N(round(t * 1.3, 2) if not integer else int(t * 1.3)), lalu=N(None))
    if k == 'M01':      # MISTAKE: wrong formula, only TW IV taken for a FLOW indicator
        d['real'] = F('=R{r}', q[3])
    if k == 'M12':      # MISTAKE: computed column typed over
        d['real'] = N(re_ + 640)
    if k == 'M13':
        d['t'] = T(f'Rp {idn(t)},-', t)
        d['q'] = [N(x, '#,##0') for x in q]
    if k == 'M11':
        d['q'] = [DASH, N(q[1]), DASH, N(q[3])]
    return d


groups = [('urusan', '2.11', 'URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP', []),
          ('prog', '2.11.05', 'PROGRAM PERLINDUNGAN DAN PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)', [item('M05'), item('M06'), item('M19')]),
          ('keg', '2.11.05.2.01', 'Pengelolaan Keanekaragaman Hayati Kabupaten/Kota', []),
          ('sub', '2.11.05.2.01.0001', 'Pengelolaan Taman Keanekaragaman Hayati (Kawasan Mangrove)', [item(k) for k in ('M01', 'M02', 'M03', 'M04')]),
          ('sub', '2.11.05.2.01.0003', 'Pengamanan Kawasan Ekosistem Mangrove', [item('M09'), item('M10')]),
          ('prog', '2.11.09', 'PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT', [item('M07')]),
          ('keg', '2.11.09.2.01', 'Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan', []),
          ('sub', '2.11.09.2.01.0001', 'Peningkatan Kapasitas Kelompok Masyarakat Pengelola Mangrove', [item(k) for k in ('M08', 'M14', 'M15', 'M16')]),
          ('prog', '2.11.03', 'PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP', [item('M11')]),
          ('sub', '2.11.03.2.01.0004', 'Penyusunan Data dan Informasi Kawasan Mangrove', [item('M17')]),
          ('prog', '2.11.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [item('M13'), item('M12')])]
r = e81(s, y, 6, groups, rng, 'UPTD PKM')
s.w(f'C{r}', 'Rata-rata capaian kinerja (%)'); s.w(f'V{r}', f'=AVERAGE(V10:V{r-1})', fmt='0.00')
s.w(f'C{r+1}', 'Predikat kinerja'); s.w(f'V{r+1}', 'Sedang')
s.w(f'C{r+3}', 'Disusun oleh: Kepala UPTD Pengelolaan Kawasan Mangrove')
signature(s, r + 4, 'T', 'Tanjung Sembilan, 18 Januari 2022', 'Kepala UPTD', 'Ir. Marlina Sitompul', 'NIP 19750909 200212 2 004')

# ---------------- 2022 cards (.xlsx) ----------------
b2 = Book(ag, 'Kartu_Kinerja_Mangrove_2022.xlsx')
y = 2022
s = b2.sheet('Kartu Kinerja 2022')
title_block(s, ['KARTU KINERJA INDIKATOR TAHUN 2022', 'UPTD Pengelolaan Kawasan Mangrove Kabupaten Muara Sembilan'])
lst = ids(y)
r = 4
for i in range(0, len(lst), 2):
    for k, (lab, val, end) in zip(lst[i:i + 2], [('A', 'B', 'D'), ('F', 'G', 'I')]):
        u = IND[k][0]
        t, re_ = VAL[k, y]
        if k == 'M13':                       # MISTAKE: unit changes to Rp juta
            u, t, re_ = 'Rp juta', t / 1e6, re_ / 1e6
        s.w(f'{lab}{r}', 'Indikator', bold=True)
        s.w(f'{val}{r}', IND[k][3][y], wrap=True); s.merge(f'{val}{r}:{end}{r}')
        s.w(f'{lab}{r+1}', 'Satuan'); s.w(f'{val}{r+1}', u)
        s.w(f'{lab}{r+2}', 'Target 2022'); s.w(f'{lab}{r+3}', 'Realisasi 2022'); s.w(f'{lab}{r+4}', 'Capaian')
        if u == '%':
            tv, rv = P(t / 100), P(re_ / 100)
        elif k == 'M05':
            tv, rv = T(f'{idn(t)} Ha', t), T(f'{idn(re_)} Ha', re_)
        elif k == 'M13':
            tv, rv = N(t), N(re_)
        elif k == 'M02':
            tv, rv = N(t, '#,##0'), T(idn(re_) + '*)', re_)
        else:
            tv, rv = N(t), N(re_)
        s.w(f'{val}{r+2}', tv); s.w(f'{val}{r+3}', rv)
        s.w(f'{val}{r+4}', f'=IFERROR(N({val}{r+3})/N({val}{r+2}),"-")', fmt='0.0%')
        s.w(f'{lab}{r+5}', 'Sumber data'); s.w(f'{val}{r+5}', 'Laporan UPTD')
        s.key(y, k, f'{val}{r}', ('cell', [f'{val}{r+2}']), ('cell', [f'{val}{r+3}']), col=True)
    r += 7
s.w(f'A{r}', '*) termasuk 4.000 batang bantuan CSR'); s.w(f'A{r+1}', 'Kartu dicetak dari aplikasi e-Kinerja, diketik ulang.')
signature(s, r + 3, 'G', 'Tanjung Sembilan, 20 Januari 2023', 'Kepala UPTD PKM', 'Ir. Marlina Sitompul', 'NIP 19750909 200212 2 004')
for c, wd in zip('ABCDEFGHI', [14, 22, 14, 14, 3, 14, 22, 14, 14]):
    s.width(c, wd)

# ---------------- 2023 LKjIP years across + 2024 PK (.ods) ----------------
b3 = Book(ag, 'LKjIP_2023_dan_PK_2024_Mangrove.ods')
y = 2023
s = b3.sheet('Tabel 3.2 LKjIP 2023')
title_block(s, ['Tabel 3.2', 'Perbandingan Target dan Realisasi Kinerja Tahun 2021 s.d. 2023', 'UPTD Pengelolaan Kawasan Mangrove'], merge_to='K')
for a, v in [('A5', 'No'), ('B5', 'Indikator Kinerja'), ('C5', 'Satuan'), ('D5', '2021'), ('F5', '2022'), ('H5', '2023'),
             ('J5', 'Capaian 2023 (%)'), ('K5', 'Target Akhir Renstra (2026)'),
             ('D6', 'T'), ('E6', 'R'), ('F6', 'T'), ('G6', 'R'), ('H6', 'T'), ('I6', 'R')]:
    s.w(a, v, bold=True)
for m in ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:G5', 'H5:I5', 'J5:J6', 'K5:K6']:
    s.merge(m)
r = 7
for n, k in enumerate(ids(y), 1):
    u = IND[k][0]
    s.w(f'A{r}', n); s.w(f'B{r}', IND[k][3][y], wrap=True); s.w(f'C{r}', u)
    for yy, (ct, cr) in ((2021, 'DE'), (2022, 'FG'), (2023, 'HI')):
        if yy not in IND[k][3]:
            s.w(f'{ct}{r}', '-'); s.w(f'{cr}{r}', '-'); continue
        t, re_ = VAL[k, yy]
        if k == 'M13' and yy == 2022:
            t, re_ = t / 1e6, re_ / 1e6
        tv, rv = N(t, '#,##0' if u == 'Rp' else None), N(re_, '#,##0' if u == 'Rp' else None)
        if yy == 2023 and k == 'M02':
            tv = N(t * 10, '#,##0')           # MISTAKE: target typed 10x
        if yy == 2023 and k == 'M06':
            rv = T(f'{idn(re_)}%', re_)
        s.w(f'{ct}{r}', tv); s.w(f'{cr}{r}', rv)
    s.w(f'J{r}', f'=IFERROR(N(I{r})/N(H{r})*100,"-")', fmt='0.00')
    s.w(f'K{r}', round(VAL[k, 2023][0] * 1.2, 1))
    s.key(y, k, f'B{r}', ('cell', [f'H{r}']), ('cell', [f'I{r}']))
    r += 1
r += 1
s.w(f'B{r}', 'Anggaran UPTD 2023 (Rp)', bold=True); s.w(f'H{r}', 2_450_000_000, fmt='#,##0'); s.w(f'I{r}', 2_311_870_500, fmt='#,##0')
s.w(f'J{r}', f'=I{r}/H{r}*100', fmt='0.00')
s.w(f'B{r+1}', 'Rata-rata capaian kinerja'); s.w(f'J{r+1}', f'=AVERAGE(J7:J{r-2})', fmt='0.00')
s.w(f'B{r+3}', 'Catatan: sejak 2023 indikator patroli dipisah menjadi patroli darat dan perairan.')
s.width('B', 50)

y = 2024
s = b3.sheet('PK 2024')
title_block(s, ['PENGUKURAN KINERJA TAHUN 2024', 'UPTD PENGELOLAAN KAWASAN MANGROVE', 'DINAS LINGKUNGAN HIDUP KABUPATEN MUARA SEMBILAN'])
for a, v in [('A5', 'No'), ('B5', 'Sasaran'), ('C5', 'Indikator Kinerja'), ('D5', 'Satuan'), ('E5', 'Target'), ('G5', 'Realisasi'),
             ('H5', 'Capaian (%)'), ('I5', 'Keterangan'), ('E6', 'PK Awal'), ('F6', 'PK Perubahan')]:
    s.w(a, v, bold=True)
for m in ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:F5', 'G5:G6', 'H5:H6', 'I5:I6']:
    s.merge(m)
groups = [('Meningkatnya luas dan kualitas tutupan mangrove', ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M19b', 'M11', 'M18']),
          ('Meningkatnya pengamanan kawasan mangrove', ['M09d', 'M09p', 'M10']),
          ('Meningkatnya peran serta masyarakat', ['M07', 'M08', 'M14', 'M15', 'M16', 'M12', 'M13'])]
r = 7
no = 0
for gi, (sas, ks) in enumerate(groups, 1):
    top = r
    for j, k in enumerate(ks, 1):
        no += 1
        u = IND[k][0]
        t, re_ = VAL[k, y]
        name = IND[k][3][y]
        if gi == 2:
            name = f'{gi}.{j} {name}'          # numbering typed inside the name
            IND[k][3][y] = name
        s.w(f'A{r}', no); s.w(f'C{r}', name, wrap=True); s.w(f'D{r}', u)
        awal = round(t * 0.95, 2) if isinstance(t, float) else int(t * 0.95)
        if u == 'Rp':
            s.w(f'E{r}', T(f'Rp{idn(awal)}', awal)); tv = T(f'Rp{idn(t)}', t); rv = N(re_, '#,##0')
        elif u == '%':
            s.w(f'E{r}', T(f'{idn(awal)}%', awal)); tv = P(t / 100); rv = P(re_ / 100)
        else:
            s.w(f'E{r}', awal); tv = N(t); rv = N(re_)
        if k == 'M04':
            rv = V(round(re_ / 100, 3), round(re_ / 100, 3))   # MISTAKE: fraction in a plain cell
        if k == 'M08':
            tv = T('3 - 4', 3)
        s.w(f'F{r}', tv); s.w(f'G{r}', rv)
        s.w(f'H{r}', f'=IFERROR(N(G{r})/N(F{r})*100,"-")', fmt='0.00')
        s.key(y, k, f'C{r}', ('cell', [f'F{r}']), ('cell', [f'G{r}']))
        r += 1
    s.w(f'B{top}', sas, wrap=True); s.merge(f'B{top}:B{r-1}')
s.w(f'C{r}', 'Rata-rata capaian'); s.w(f'H{r}', f'=AVERAGE(H7:H{r-1})', fmt='0.00')
s.w(f'C{r+1}', 'Predikat'); s.w(f'H{r+1}', 'BB')
signature(s, r + 3, 'F', 'Tanjung Sembilan, 14 Januari 2025', 'Kepala UPTD Pengelolaan Kawasan Mangrove', 'Fadhil Rahmatullah, S.Hut., M.Si', 'NIP 19830412 200801 1 003')
s.width('C', 50); s.width('B', 28)
h = b3.sheet('PK 2024 awal (draft)', hidden=True)
for i, k in enumerate(ids(2024)):
    h.w(f'A{i+1}', IND[k][3][2024]); h.w(f'B{i+1}', VAL[k, 2024][0]); h.w(f'C{i+1}', VAL[k, 2024][1] * 0.9)

ag.finish()
print(ag.name, len(ag.rows))
