"""UPTD Asrama Mahasiswa Daerah, Disdik Prov. Teluk Jingga, 2020-2023 (prefix A)"""
from lib import *

Y = [2020, 2021, 2022, 2023]
ag = Agency('uptd_asrama_mhs_prov_teluk_jingga', Y, 8020, [['A16', 'A16b']])
rng = ag.rng
# id: unit, kind, spec, names per year
IND = {
 'A01': ('%', 'LEVEL', dict(base=85, step=2, dec=1, pct=1), {2020: 'Persentase tingkat hunian kamar asrama', 2021: 'Prosentase Tingkat Hunian Kamar Asrama ', 2022: 'Persentase hunian kamar asrama (%)', 2023: 'Tingkat hunian kamar Asrama Mahasiswa'}),
 'A02': ('orang', 'LEVEL', dict(base=240, step=10), {2020: 'Jumlah mahasiswa penghuni asrama', 2021: 'Jumlah Mahasiswa Penghuni Asrama', 2022: 'Jml mahasiswa yg menghuni asrama', 2023: 'Jumlah penghuni asrama (mahasiswa)'}),
 'A03': ('orang', 'FLOW', dict(base=80, step=5), {2020: 'Jumlah penghuni baru yang diterima', 2021: 'Jumlah Penghuni Baru yang Diterima', 2022: 'Jumlah mahasiswa baru penghuni asrama', 2023: 'Penghuni baru yang diterima (orang)'}),
 'A04': ('%', 'LEVEL', dict(base=70, step=3, dec=1, pct=1), {2020: 'Persentase penghuni yang lulus tepat waktu', 2021: 'Persentase penghuni yang lulus\ntepat waktu', 2022: '% penghuni lulus tepat waktu', 2023: 'Persentase mahasiswa penghuni asrama yang lulus tepat waktu'}),
 'A05': ('orang', 'LEVEL', dict(base=130, step=5), {2020: 'Jumlah penghuni laki-laki', 2021: 'Jumlah penghuni Laki-laki', 2022: 'Jml penghuni (L)', 2023: 'Jumlah penghuni laki - laki'}),
 'A06': ('orang', 'LEVEL', dict(base=110, step=5), {2020: 'Jumlah penghuni perempuan', 2021: 'Jumlah penghuni Perempuan', 2022: 'Jml penghuni (P)', 2023: 'Jumlah penghuni perempuan'}),
 'A07': ('nilai', 'LEVEL', dict(base=78, step=1, dec=2), {2020: 'Indeks Kepuasan Masyarakat (IKM) penghuni', 2021: 'Nilai IKM layanan asrama', 2022: 'Indeks kepuasan penghuni asrama', 2023: 'Nilai Indeks Kepuasan Masyarakat (IKM)'}),
 'A08': ('kegiatan', 'FLOW', dict(base=24, step=2), {2020: 'Jumlah kegiatan pembinaan karakter dan pelatihan soft skill', 2021: 'Jumlah kegiatan pembinaan karakter & pelatihan softskill'}),
 'A08k': ('kegiatan', 'FLOW', dict(base=10, step=2), {2022: 'Jumlah kegiatan pembinaan karakter penghuni', 2023: 'Jumlah kegiatan pembinaan karakter'}),
 'A08s': ('kegiatan', 'FLOW', dict(base=8, step=2), {2022: 'Jumlah pelatihan soft skill bagi penghuni', 2023: 'Jumlah pelatihan soft skill'}),
 'A09': ('%', 'LEVEL', dict(base=88, step=2, dec=1, pct=1), {2020: 'Persentase penghuni yang mengikuti kegiatan pembinaan', 2021: 'Persentase penghuni yg mengikuti pembinaan', 2022: 'Persentase penghuni yang aktif mengikuti pembinaan', 2023: 'Persentase Penghuni Yang Mengikuti Pembinaan'}),
 'A10': ('unit', 'FLOW', dict(base=8, step=2), {2021: 'Jumlah kamar yang direhabilitasi', 2022: 'Jumlah kamar asrama yg direhab', 2023: 'Jumlah kamar yang direhabilitasi (unit)'}),
 'A11': ('%', 'LEVEL', dict(base=75, step=4, dec=1, pct=1), {2020: 'Persentase sarana dan prasarana asrama dalam kondisi baik', 2021: 'Persentase sarana dan prasarana asrama', 2022: 'Persentase sarana prasarana asrama dlm kondisi baik', 2023: 'Persentase sarana dan prasarana asrama\ndalam kondisi baik'}),
 'A12': ('Rp', 'FLOW', dict(base=300e6, step=15e6, rp=1), {2020: 'Penerimaan retribusi pemakaian kamar asrama', 2021: 'Realisasi penerimaan retribusi asrama', 2022: 'Penerimaan retribusi asrama (Rp juta)', 2023: 'Realisasi Penerimaan Retribusi Pemakaian Asrama'}),
 'A13': ('orang', 'FLOW', dict(base=60, step=5), {2020: 'Jumlah bantuan beasiswa yang disalurkan kepada penghuni', 2021: 'Jumlah bantuan beasiswa yang didistribusikan kepada penghuni', 2022: 'Jumlah beasiswa penghuni yang disalurkan', 2023: 'Jumlah bantuan beasiswa yg didistribusikan'}),
 'A14': ('%', 'LEVEL', dict(base=65, step=2, dec=1, pct=1), {2020: 'Persentase penghuni dengan IPK ≥ 3,00', 2021: 'Persentase penghuni dg IPK minimal 3,00', 2022: 'Persentase penghuni ber-IPK ≥ 3,00', 2023: 'Persentase penghuni dengan IPK >= 3.00'}),
 'A15': ('dokumen', 'FLOW', dict(base=4, step=0), {2020: 'Jumlah laporan kinerja UPTD yang disusun tepat waktu', 2021: 'Jumlah laporan kinerja yg disusun tepat waktu'}),
 'A16': ('%', 'LEVEL', dict(base=90, step=3, dec=1, pct=1), {2020: 'Persentase pengaduan penghuni yang ditindaklanjuti', 2021: 'Persentase pengaduan penghuni yang ditindaklanjuti '}),
 'A16b': ('%', 'LEVEL', dict(base=80, step=3, dec=1, pct=1), {2022: 'Persentase pengaduan penghuni yang diselesaikan tepat waktu', 2023: 'Persentase pengaduan yg diselesaikan tepat waktu'}),
 'A17': ('nilai', 'LEVEL', dict(base=80, step=1.5, dec=1), {2020: 'Nilai audit kebersihan lingkungan asrama', 2021: 'Nilai Audit Kebersihan Lingkungan Asrama', 2022: 'Nilai audit kebersihan & sanitasi asrama', 2023: 'Nilai audit kebersihan lingkungan'}),
 'A18': ('%', 'LEVEL', dict(base=35, step=10, dec=1, pct=1), {2022: 'Persentase penghuni yang mengakses layanan konseling', 2023: 'Persentase penghuni yang memanfaatkan layanan konseling'}),
 'A19': ('PKS', 'FLOW', dict(base=5, step=1), {2020: 'Jumlah kerja sama dengan perguruan tinggi', 2021: 'Jumlah kerjasama dengan Perguruan Tinggi', 2022: 'Jumlah kerja sama kemitraan dg perguruan tinggi', 2023: 'Jumlah kemitraan dengan perguruan tinggi (PKS)'}),
}
FLOW = [k for k, v in IND.items() if v[1] == 'FLOW']
VAL = {}
for k, (u, kind, spec, names) in IND.items():
    for i, y in enumerate(Y):
        VAL[k, y] = vals(rng, spec, i)


def ids(y):
    return [k for k in IND if y in IND[k][3]]


def pct_or_num(k, x):
    return x


SAS = {'A01': 'Meningkatnya kualitas layanan hunian asrama mahasiswa', 'A07': 'Meningkatnya kepuasan penghuni',
       'A08': 'Meningkatnya karakter dan prestasi penghuni', 'A12': 'Meningkatnya akuntabilitas pengelolaan asrama'}
ORDER = {y: ids(y) for y in Y}

# ---------------- workbook 1: PK 2020 + LKjIP 2021 (.xlsx) ----------------
b1 = Book(ag, 'PK_LKjIP_Asrama_2020_2021.xlsx')
s = b1.sheet('PK 2020')
r = title_block(s, ['PENGUKURAN KINERJA TAHUN 2020', 'UPTD ASRAMA MAHASISWA DAERAH', 'DINAS PENDIDIKAN PROVINSI TELUK JINGGA'], merge_to='G')
s.w('A5', 'Periode : Januari s.d. Desember 2020')
hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']
for i, h in enumerate(hdr):
    s.w(f'{chr(65+i)}7', h, bold=True)
    s.w(f'{chr(65+i)}8', f'({i+1})')
r = 9
y = 2020
groups = [('Meningkatnya kualitas layanan hunian asrama mahasiswa', ['A01', 'A02', 'A03', 'A05', 'A06', 'A17']),
          ('Meningkatnya kepuasan penghuni', ['A07', 'A16']),
          ('Meningkatnya karakter dan prestasi akademik penghuni', ['A04', 'A08', 'A09', 'A13', 'A14']),
          ('Meningkatnya akuntabilitas pengelolaan asrama', ['A11', 'A12', 'A15'])]
no = 0
for sas, ks in groups:
    top = r
    for k in ks:
        no += 1
        t, re_ = VAL[k, y]
        s.w(f'A{r}', no)
        s.w(f'C{r}', IND[k][3][y])
        s.w(f'D{r}', IND[k][0])
        if k == 'A01':
            tv = N(850)                       # MISTAKE: target typed 10x
        elif k == 'A12':
            tv = T(f'Rp {idn(t)},-', t)
        else:
            tv = N(t)
        if k == 'A02':
            rv = T(f'{idn(re_)}*)', re_)
        elif k == 'A07':
            rv = T(idn(re_, 2), re_)
        else:
            rv = N(re_)
        s.w(f'E{r}', tv); s.w(f'F{r}', rv)
        s.w(f'G{r}', f'=IFERROR(N(F{r})/N(E{r})*100,"")', fmt='0.00')
        s.key(y, k, f'C{r}', ('cell', [f'E{r}']), ('cell', [f'F{r}']))
        r += 1
        if k == 'A03':   # hidden draft row
            s.w(f'C{r}', 'Jumlah penghuni baru (draft, jangan dipakai)'); s.w(f'E{r}', 90); s.w(f'F{r}', 71)
            s.hide_row(r); r += 1
    s.w(f'B{top}', sas, wrap=True)
    s.merge(f'B{top}:B{r-1}')
# name typed into the Sasaran column
no += 1
t, re_ = VAL['A19', y]
s.w(f'A{r}', no); s.w(f'B{r}', IND['A19'][3][y]); s.w(f'D{r}', IND['A19'][0]); s.w(f'E{r}', N(t)); s.w(f'F{r}', N(re_))
s.w(f'G{r}', f'=IFERROR(N(F{r})/N(E{r})*100,"")', fmt='0.00')
s.key(y, 'A19', f'B{r}', ('cell', [f'E{r}']), ('cell', [f'F{r}']))
r += 1
s.w(f'C{r}', 'Rata-rata capaian', bold=True); s.w(f'G{r}', f'=AVERAGE(G9:G{r-1})', fmt='0.00'); r += 1
s.w(f'C{r}', 'Predikat', bold=True); s.w(f'G{r}', 'Sangat Baik'); r += 2
s.w(f'A{r}', '*) angka sementara, menunggu verifikasi data akademik'); r += 2
signature(s, r, 'F', 'Kota Jingga, 15 Januari 2021', 'Kepala UPTD Asrama Mahasiswa Daerah', 'Drs. Hendarto Wirasaputra, M.Pd', 'NIP. 19700312 199503 1 004')
for c, wd in zip('ABCDEFG', [5, 30, 48, 10, 16, 14, 10]):
    s.width(c, wd)

# hidden stale sheet
h = b1.sheet('PK 2020 (lama)', hidden=True)
h.w('A1', 'DRAFT PK 2020 - revisi lama')
for i, k in enumerate(ORDER[2020][:8]):
    h.w(f'B{3+i}', IND[k][3][2020]); h.w(f'C{3+i}', VAL[k, 2020][0] + 3); h.w(f'D{3+i}', VAL[k, 2020][1] - 2)

# LKjIP 2021 Tabel 3.x
s = b1.sheet('Tabel 3.1 (2021)')
y = 2021
title_block(s, ['Tabel 3.1', 'Capaian Indikator Kinerja UPTD Asrama Mahasiswa Daerah Tahun 2021', 'dibandingkan realisasi tahun sebelumnya dan target akhir Renstra'], merge_to='J')
heads = [('A5', 'No'), ('B5', 'Indikator Kinerja'), ('C5', 'Satuan'), ('D5', 'Realisasi'), ('F5', 'Tahun 2021'),
         ('I5', 'Target Akhir Renstra (2023)'), ('J5', 'Capaian thd Renstra (%)'),
         ('D6', '2019'), ('E6', '2020'), ('F6', 'Target'), ('G6', 'Realisasi'), ('H6', 'Capaian (%)')]
for a, v in heads:
    s.w(a, v, bold=True, wrap=True)
for m in ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:H5', 'I5:I6', 'J5:J6']:
    s.merge(m)
r = 7
no = 0
bands = [('Sasaran 1 : Meningkatnya kualitas layanan hunian asrama', ['A01', 'A02', 'A03', 'A05', 'A06', 'A10', 'A11', 'A17']),
         ('Sasaran 2 : Meningkatnya kepuasan penghuni', ['A07', 'A16']),
         ('Sasaran 3 : Meningkatnya karakter dan prestasi akademik penghuni', ['A04', 'A08', 'A09', 'A13', 'A14', 'A19']),
         ('Sasaran 4 : Meningkatnya akuntabilitas', ['A12', 'A15'])]
for band, ks in bands:
    s.w(f'A{r}', band, bold=True); s.merge(f'A{r}:J{r}'); r += 1
    for k in ks:
        no += 1
        u = IND[k][0]
        t, re_ = VAL[k, y]
        prev = VAL.get((k, 2020), (None, int(re_ * 0.95) if u != '%' else round(re_ - 3, 1)))[1]
        p19 = round(prev * 0.96, 1) if u in ('%', 'nilai') else int(prev * 0.96)
        s.w(f'A{r}', f'{no}.')
        s.w(f'B{r}', IND[k][3][y], wrap=True)
        s.w(f'C{r}', u)
        if u == '%':
            s.w(f'D{r}', P(p19 / 100)); s.w(f'E{r}', P(prev / 100))
            tv = P(t / 100)
            rv = N(round(re_ / 100, 3)) if k == 'A14' else P(re_ / 100)   # MISTAKE A14: fraction in plain cell
            if k == 'A14':
                rv = V(round(re_ / 100, 3), round(re_ / 100, 3))
            s.w(f'I{r}', P(min(t + 6, 100) / 100))
        else:
            fm = '#,##0' if u == 'Rp' else None
            s.w(f'D{r}', N(p19, fm)); s.w(f'E{r}', N(prev, fm))
            tv, rv = N(t, fm), N(re_, fm)
            s.w(f'I{r}', N(t * 1.1 if u in ('nilai',) else int(t * 1.15), fm))
        s.w(f'F{r}', tv); s.w(f'G{r}', rv)
        s.w(f'H{r}', f'=IFERROR(G{r}/F{r}*100,"-")', fmt='0.00')
        s.w(f'J{r}', f'=IFERROR(G{r}/I{r}*100,"-")', fmt='0.00')
        s.key(y, k, f'B{r}', ('cell', [f'F{r}']), ('cell', [f'G{r}']))
        r += 1
        if k == 'A11':      # wrapped name: continuation row
            s.w(f'B{r}', 'dalam kondisi baik'); r += 1
s.w(f'A{r+1}', 'Sumber : Data UPTD Asrama Mahasiswa Daerah, diolah')
for c, wd in zip('ABCDEFGHIJ', [6, 50, 10, 11, 11, 11, 11, 10, 13, 12]):
    s.width(c, wd)

# ---------------- workbook 2: Rencana Aksi 2022 (.xls), two sheets, row pairs ----------------
b2 = Book(ag, 'Rencana_Aksi_Asrama_2022.xls')
y = 2022
IKU = ['A01', 'A02', 'A03', 'A05', 'A06', 'A04', 'A07', 'A16b', 'A09', 'A14']
IKK = ['A08k', 'A08s', 'A10', 'A11', 'A12', 'A13', 'A17', 'A18', 'A19']
for title, lst in (('RA IKU', IKU), ('RA Kegiatan', IKK)):
    s = b2.sheet(title)
    title_block(s, ['RENCANA AKSI DAN REALISASI TRIWULAN TAHUN 2022', 'UPTD ASRAMA MAHASISWA DAERAH PROVINSI TELUK JINGGA',
                    'Indikator Kinerja Utama' if title == 'RA IKU' else 'Indikator Kinerja Kegiatan'])
    hd = ['NO', 'INDIKATOR', 'SATUAN', 'TARGET TAHUNAN', 'URAIAN', 'TW I', 'TW II', 'TW III', 'TW IV', 'KET']
    for i, hh in enumerate(hd):
        s.w(f'{chr(65+i)}5', hh, bold=True)
    r = 6
    for n, k in enumerate(lst, 1):
        u, kind = IND[k][0], IND[k][1]
        t, re_ = VAL[k, y]
        integer = isinstance(re_, int)
        if k == 'A12':   # unit change: Rp juta
            t, re_ = t / 1e6, re_ / 1e6
            integer = False
            u = 'Rp juta'
        qt = split4(t, rng, integer) if kind == 'FLOW' else [None, None, None, t]
        qr = split4(re_, rng, integer) if kind == 'FLOW' else level4(re_, rng, integer)
        if k == 'A12':
            qr = [round(x, 1) for x in qr]; qr[3] = round(re_ - sum(qr[:3]), 1)
        s.w(f'A{r}', n); s.merge(f'A{r}:A{r+1}')
        s.w(f'B{r}', IND[k][3][y], wrap=True); s.merge(f'B{r}:B{r+1}')
        s.w(f'C{r}', u); s.merge(f'C{r}:C{r+1}')
        tv = T(f'{idn(t)} %', t) if u == '%' and n % 2 else N(t)
        if k == 'A07':
            tv = T(f'≥ {idn(t)}', t)
        s.w(f'D{r}', tv); s.merge(f'D{r}:D{r+1}')
        s.w(f'E{r}', 'Target'); s.w(f'E{r+1}', 'Realisasi')
        qv = []
        for j in range(4):
            if qt[j] is not None:
                s.w(f'{"FGHI"[j]}{r}', qt[j])
            x = qr[j]
            if k in ('A04', 'A14') and j < 3:
                v = DASH                      # reported only at semester end
            elif k == 'A07' and j in (0, 2):
                v = DASH
            elif k == 'A08k' and j == 2:
                x10 = x * 10                  # MISTAKE: quarter typed 10x
                v = N(x10)
            else:
                v = N(x)
            qv.append(v)
            s.w(f'{"FGHI"[j]}{r+1}', v)
        rule = 'sum' if kind == 'FLOW' else 'last'
        s.key(y, k, f'B{r}', ('cell', [f'D{r}']), (rule, [f'F{r+1}', f'G{r+1}', f'H{r+1}', f'I{r+1}']))
        r += 2
    s.w(f'B{r+1}', 'Keterangan: "-" = belum dilaporkan / data semester')
    signature(s, r + 3, 'G', 'Kota Jingga, 10 Januari 2023', 'Kepala UPTD,', 'Dra. Sulastri Ningrum, M.M.', 'NIP 19740821 199803 2 002')
    s.width('B', 48)

# ---------------- workbook 3: E.81 2023 (.ods) ----------------
b3 = Book(ag, 'Evaluasi_Renja_E81_Asrama_2023.ods')
y = 2023
s = b3.sheet('E.81')
title_block(s, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI', 'Dinas Pendidikan Provinsi Teluk Jingga - UPTD Asrama Mahasiswa Daerah',
                'Periode Pelaksanaan: Tahun 2023', 'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RKPD: Meningkatnya akses pendidikan tinggi'])


def item(k):
    u, kind = IND[k][0], IND[k][1]
    t, re_ = VAL[k, y]
    integer = isinstance(re_, int)
    q = split4(re_, rng, integer) if kind == 'FLOW' else level4(re_, rng, integer)
    d = dict(id=k, name=IND[k][3][y], unit=u, kind=kind, t=N(t), q=[N(x) for x in q],
             renstra=N(t * 1.1 if not integer else int(t * 1.1)))
    if k == 'A03':   # MISTAKE: wrong formula, TW IV left out
        d['real'] = F('=SUM(L{r},N{r},P{r})', q[0] + q[1] + q[2])
    if k == 'A07':   # grade typed in the realisasi column
        d['q'] = [DASH, DASH, DASH, DASH]
        d['real'] = G('B')
    if kind == 'LEVEL' and k in ('A04', 'A14'):
        d['q'] = [DASH, DASH, N(q[2]), N(q[3])]
    return d


groups = [('urusan', '1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', []),
          ('urusan', '1.01', 'PENDIDIKAN', []),
          ('prog', '1.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', [item('A12')]),
          ('keg', '1.01.01.2.07', 'Pengelolaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', []),
          ('sub', '1.01.01.2.07.0011', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', [item('A10'), item('A11')]),
          ('prog', '1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', [item('A01'), item('A07'), item('A16b')]),
          ('keg', '1.01.02.1.01', 'Pengelolaan Pendidikan Sekolah Menengah Atas', []),
          ('sub', '1.01.02.1.01.0099', 'Pengelolaan Asrama Mahasiswa Daerah', [item(k) for k in ('A02', 'A03', 'A05', 'A06', 'A17', 'A18')]),
          ('sub', '1.01.02.1.01.0100', 'Pembinaan Karakter dan Prestasi Mahasiswa Penghuni Asrama', [item(k) for k in ('A08k', 'A08s', 'A09', 'A04', 'A14', 'A13', 'A19')])]
r = e81(s, y, 7, groups, rng, 'UPTD Asrama')
s.w(f'C{r}', 'Jumlah', bold=True); s.w(f'K{r}', f'=SUM(K11:K{r-1})', fmt='#,##0'); s.w(f'U{r}', f'=SUM(U11:U{r-1})', fmt='#,##0')
s.w(f'C{r+1}', 'Rata-rata capaian kinerja (%)'); s.w(f'V{r+1}', f'=AVERAGE(V11:V{r-1})', fmt='0.00')
s.w(f'C{r+2}', 'Predikat kinerja'); s.w(f'V{r+2}', 'Tinggi')
s.w(f'C{r+4}', 'Faktor pendorong: dukungan perguruan tinggi mitra. Faktor penghambat: keterbatasan kamar layak huni.')
signature(s, r + 6, 'T', 'Kota Jingga, 12 Januari 2024', 'Kepala UPTD Asrama Mahasiswa Daerah', 'Rusdianto Harahap, S.Pd., M.Si', 'NIP. 19780115 200312 1 006')
n = b3.sheet('Catatan')
n.w('A1', 'Catatan penyusunan'); n.w('A2', 'Realisasi IKM diisi predikat mutu layanan (B) sesuai hasil survei.')

ag.finish()
print(ag.name, len(ag.rows))
