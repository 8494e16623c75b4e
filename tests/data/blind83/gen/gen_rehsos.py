import sys, os, random; sys.path.insert(0, os.path.dirname(__file__))
from lib import *
from openpyxl import Workbook

AG = 'uptd_rehsos_napza_prov_tanah_seroja'; YRS = [2019, 2020, 2021, 2022]
K = Key(AG, 'rehsos', YRS); K.ambiguous = [["R19", "R19b"]]
SPEC = {
 'R01': ('orang', 'FLOW', 180, .05, 0), 'R01l': ('orang', 'FLOW', 150, .05, 0), 'R01p': ('orang', 'FLOW', 42, .05, 0),
 'R02': ('orang', 'FLOW', 95, .05, 0), 'R03': ('%', 'LEVEL', 78.0, .02, 1), 'R04': ('orang', 'FLOW', 130, .05, 0),
 'R05': ('%', 'LEVEL', 65.0, .03, 1), 'R06': ('KK', 'FLOW', 140, .06, 0), 'R07': ('orang', 'FLOW', 60, .08, 0),
 'R08': ('orang', 'FLOW', 110, .05, 0), 'R09': ('%', 'LEVEL', 70.0, .03, 1), 'R10': ('sesi', 'FLOW', 1800, .05, 0),
 'R11': ('sesi', 'FLOW', 420, .05, 0), 'R12': ('hari', 'LEVEL', 180, -.02, 0), 'R13': ('nilai', 'LEVEL', 78.5, .01, 2),
 'R14': ('%', 'LEVEL', 82.0, .02, 1), 'R15': ('orang', 'LEVEL', 24, .1, 0), 'R16': ('kegiatan', 'FLOW', 36, .08, 0),
 'R17': ('%', 'LEVEL', 88.0, .01, 1), 'R18': ('orang', 'FLOW', 75, .1, 0), 'R19': ('orang', 'FLOW', 28, .1, 0),
 'R19b': ('orang', 'FLOW', 45, .1, 0),
}
F = figures(SPEC, YRS, 83002)
N = {  # 2019, 2020, 2021, 2022
 'R01': ('Jumlah klien korban penyalahgunaan NAPZA yang direhabilitasi', 'Jumlah Klien Korban NAPZA Yang Direhabilitasi', None, None),
 'R01l': (None, None, 'Jumlah klien laki-laki yang direhabilitasi', 'Jml klien laki-laki yg mendapat rehabilitasi sosial'),
 'R01p': (None, None, 'Jumlah klien perempuan yang direhabilitasi', 'Jml klien perempuan yg mendapat rehabilitasi sosial'),
 'R02': ('Jumlah klien baru yang diterima', 'Jumlah Klien Baru', 'Jumlah penerimaan klien baru', 'Klien baru yang diterima (intake)'),
 'R03': ('Persentase klien yang menyelesaikan program rehabilitasi', 'Prosentase Klien Yang Menyelesaikan Program Rehabilitasi', 'Persentase klien yg menyelesaikan program rehabilitasi sosial', 'Persentase klien selesai program'),
 'R04': ('Jumlah klien yang menyelesaikan program rehabilitasi', 'Jumlah Klien Yang Menyelesaikan Program', 'Jumlah klien yg menyelesaikan program rehabilitasi sosial', 'Jumlah klien selesai program (terminasi)'),
 'R05': ('Persentase klien yang tidak kambuh (relapse) 6 bulan pasca rehabilitasi', 'Prosentase Klien Tidak Relapse 6 Bulan Pasca Rehabilitasi', 'Persentase eks klien tidak relapse dlm 6 bulan', 'Persentase klien pulih (tidak relapse) 6 bln pasca layanan'),
 'R06': ('Jumlah keluarga klien yang mengikuti konseling keluarga', 'Jumlah Keluarga Yang Mengikuti Konseling', 'Jumlah keluarga klien yg mengikuti family support group', 'Jml keluarga klien ikut konseling/FSG'),
 'R07': ('Jumlah klien yang mendapatkan pelatihan vokasional', 'Jumlah Klien Mendapat Pelatihan Vokasional', 'Jumlah klien yang mengikuti bimbingan keterampilan (vokasional)', 'Jml klien ikut pelatihan vokasional'),
 'R08': ('Jumlah klien yang dikembalikan ke keluarga (resosialisasi)', 'Jumlah Klien Yang Diresosialisasi', 'Jumlah klien yg direintegrasikan ke keluarga & masyarakat', 'Jumlah klien resosialisasi / reintegrasi'),
 'R09': ('Persentase klien yang mendapatkan bimbingan lanjut (aftercare)', 'Prosentase Klien Mendapat Bimbingan Lanjut', 'Persentase klien yang mendapat layanan aftercare', 'Persentase klien dg bimbingan lanjut (after care)'),
 'R10': ('Jumlah sesi konseling individu', 'Jumlah Sesi Konseling Individu', 'Jumlah sesi konseling individual', 'Jml sesi konseling individu'),
 'R11': ('Jumlah sesi terapi kelompok (Therapeutic Community)', 'Jumlah Sesi Terapi Kelompok (TC)', 'Jumlah sesi konseling kelompok / TC', 'Jml sesi terapi kelompok'),
 'R12': ('Rata-rata lama rehabilitasi per klien', 'Rata-Rata Lama Rehabilitasi (hari)', 'Rata-rata lama layanan rehabilitasi per klien', 'Rata2 lama rehabilitasi'),
 'R13': ('Indeks Kepuasan Masyarakat', 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai IKM panti', 'IKM'),
 'R14': ('Tingkat keterisian tempat tidur (BOR)', 'Tingkat Hunian Panti (BOR)', 'Bed Occupancy Rate panti', 'Tingkat keterisian tempat tidur'),
 'R15': ('Jumlah pekerja sosial yang tersertifikasi', 'Jumlah Peksos Tersertifikasi', 'Jumlah pekerja sosial & konselor adiksi bersertifikat', 'Jml peksos/konselor tersertifikasi'),
 'R16': ('Jumlah kegiatan penjangkauan ke masyarakat dan sekolah', 'Jumlah Kegiatan Penjangkauan (Outreach)', 'Jumlah kegiatan outreach ke sekolah/masyarakat', 'Kegiatan penjangkauan & sosialisasi P4GN'),
 'R17': ('Persentase klien yang dirujuk ke layanan kesehatan', 'Prosentase Klien Dirujuk Ke Fasyankes', None, None),
 'R18': (None, None, 'Jumlah klien rawat jalan', 'Jml klien layanan rawat jalan'),
 'R19': ('Jumlah mantan klien yang bekerja atau berwirausaha', 'Jumlah Eks Klien Yang Bekerja/Berwirausaha', None, None),
 'R19b': (None, None, 'Jumlah eks klien yang mandiri secara ekonomi', 'Jml eks klien mandiri secara ekonomi'),
}
PCT = {i for i, s in SPEC.items() if s[0] == '%'}
def ids(y): return [i for i in N if N[i][YRS.index(y)] is not None]
def nm(i, y): return N[i][YRS.index(y)]
rnd = random.Random(8302)
def krow(i, y): return [k for k in K.rows if k['same_as'] == i and k['year'] == y][0]

# ================= 2019 E.81 .xls =================
y = 2019; wb = Workbook(); ws = wb.active; ws.title = 'E.81 2019'; FN = 'rehsos_Evaluasi_Renja_2019.xls'
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', 'UPTD PANTI REHABILITASI SOSIAL KORBAN PENYALAHGUNAAN NAPZA', 'DINAS SOSIAL PROVINSI TANAH SEROJA', 'PERIODE PELAKSANAAN: TAHUN 2019'], 24)
r += 1; h = r
heads = [('A', 'A', 'No'), ('B', 'B', 'Sasaran'), ('C', 'C', 'Kode'), ('D', 'D', 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan'),
         ('E', 'E', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)'), ('F', 'G', 'Target Renstra SKPD pada Tahun 2023 (Akhir Periode Renstra)'),
         ('H', 'I', 'Realisasi Capaian Kinerja Renstra s/d Renja Tahun Lalu (2018)'), ('J', 'K', 'Target Kinerja dan Anggaran Renja Tahun 2019'),
         ('L', 'M', 'Triwulan I'), ('N', 'O', 'Triwulan II'), ('P', 'Q', 'Triwulan III'), ('R', 'S', 'Triwulan IV'),
         ('T', 'U', 'Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi (2019)'), ('V', 'W', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)'),
         ('X', 'X', 'Unit Penanggung Jawab')]
for c1, c2, t in heads:
    put(ws, f'{c1}{h}', t, bold=True, wrap=True)
    if c1 == c2: ws.merge_cells(f'{c1}{h}:{c1}{h+1}')
    else:
        ws.merge_cells(f'{c1}{h}:{c2}{h}'); put(ws, f'{c1}{h+1}', 'K'); put(ws, f'{c2}{h+1}', 'Rp')
for j, (c1, c2, t) in enumerate(heads):
    put(ws, f'{c1}{h+2}', str(j + 1))
    if c1 != c2: ws.merge_cells(f'{c1}{h+2}:{c2}{h+2}')
r = h + 3
GROUPS = [('1.06.1.06.01', 'Program Rehabilitasi Sosial', ['R01', 'R03', 'R05']),
          ('1.06.1.06.01.01', 'Kegiatan Rehabilitasi Sosial Dasar Korban NAPZA dalam Panti', ['R02', 'R04', 'R10', 'R11', 'R12', 'R14', 'R17']),
          ('1.06.1.06.01.02', 'Kegiatan Bimbingan Lanjut dan Reintegrasi Sosial', ['R06', 'R07', 'R08', 'R09', 'R19']),
          ('1.06.1.06.01.03', 'Kegiatan Peningkatan Kapasitas SDM dan Pelayanan', ['R13', 'R15', 'R16'])]
no = 0
put(ws, f'B{r}', 'Meningkatnya kualitas hidup korban penyalahgunaan NAPZA'); ws.merge_cells(f'B{r}:B{r+3}')
for kode, nama, lst in GROUPS:
    # programme/kegiatan line with budget only (not keyed) unless it carries an indicator
    no += 1; put(ws, f'A{r}', no); put(ws, f'C{r}', kode); put(ws, f'D{r}', nama, wrap=True)
    bud = rnd.randint(4, 12) * 125000000
    put(ws, f'K{r}', bud, '#,##0'); q = split_q(bud, 'FLOW', rnd)
    for c, v in zip('MOQS', q): put(ws, f'{c}{r}', v, '#,##0')
    put(ws, f'U{r}', f'=M{r}+O{r}+Q{r}+S{r}', '#,##0'); put(ws, f'W{r}', f'=IFERROR(U{r}/K{r}*100,0)', '0.00')
    r += 1
    for i in lst:
        t, re_ = F[(i, y)]; kind = SPEC[i][1]; st = 'pct' if i in PCT else None
        put(ws, f'E{r}', nm(i, y), wrap=True)
        put(ws, f'F{r}', round(SPEC[i][2] * 1.2, 1)); put(ws, f'H{r}', round(re_ * 0.95, 1) if i in PCT else int(re_ * 0.95))
        tk = putV(ws, f'J{r}', V(t, st) if i not in ('R13',) else V(t, 'range'))
        q = split_q(re_, kind, rnd)
        if i == 'R10': q[1] = q[1] * 10
        for c, v in zip('LNPR', q): putV(ws, f'{c}{r}', V(v, st))
        if kind == 'FLOW':
            rk = sum(q)
            if i == 'R06':
                rk = re_ + 17; put(ws, f'T{r}', rk)     # formula typed over
            else:
                put(ws, f'T{r}', f'=L{r}+N{r}+P{r}+R{r}')
        else:
            rk = q[-1]; putV(ws, f'T{r}', V(q[-1], st))
        put(ws, f'V{r}', f'=IFERROR(T{r}/J{r}*100,"-")', '0.00'); put(ws, f'X{r}', 'Seksi Rehabilitasi' if i != 'R13' else 'Subbag TU')
        K.add(FN, ws.title, ws, f'E{r}', y, i, tk, rk, cell(f'J{r}'), cell(f'T{r}'))
        if i == 'R10': K.mistake(y, f'N{r}', 'R10', 'TW II typed 10x; col 13 formula sums it', rk)
        if i == 'R06': K.mistake(y, f'T{r}', 'R06', f'computed col 13 typed over (sum of TW = {sum(q)})', rk)
        r += 1
put(ws, f'D{r}', 'JUMLAH ANGGARAN', bold=True); put(ws, f'K{r}', f'=SUM(K{h+3}:K{r-1})', '#,##0'); put(ws, f'U{r}', f'=SUM(U{h+3}:U{r-1})', '#,##0')
r += 2; put(ws, f'B{r}', 'Faktor pendorong: dukungan BNNP Tanah Seroja. Faktor penghambat: keterbatasan tempat tidur.')
sign(ws, r + 2, 20, 'Kota Seroja, 20 Januari 2020', 'Kepala UPTD Panti Rehabilitasi Sosial NAPZA', 'dr. YULIANA MARPAUNG, M.Kes', '19770309 200501 2 004')
widths(ws, {'D': 34, 'E': 44})
K.layouts.append((y, FN, ws.title, 'Permendagri 86 E.81: numbered columns 1-15, K/Rp pairs, programme/kegiatan rows with budget only, indicators on own rows in col 5; col 13 = formula L+N+P+R for FLOW, typed TW IV for LEVEL'))
save_convert(wb, AG, 'rehsos_Evaluasi_Renja_2019', 'xls', K)

# ================= 2020 Renstra matrix + 2021 PK : one .ods =================
y = 2020; wb = Workbook(); ws = wb.active; ws.title = 'Matriks Renstra'; FN = 'rehsos_Kinerja_2020_2021.ods'
r = title(ws, ['MATRIKS CAPAIAN RENSTRA 2019-2023', 'UPTD Panti Rehsos Korban NAPZA Prov. Tanah Seroja', 'Realisasi Tahun 2020'], 11)
r += 1
put(ws, f'A{r}', 'No'); put(ws, f'B{r}', 'Indikator Sasaran / Program'); put(ws, f'C{r}', 'Satuan'); put(ws, f'D{r}', 'Kondisi Awal (2018)')
for c in 'ABCD': ws.merge_cells(f'{c}{r}:{c}{r+1}')
put(ws, f'E{r}', 'Target Kinerja Tahun ke-'); ws.merge_cells(f'E{r}:I{r}')
for k, c in enumerate('EFGHI'): put(ws, f'{c}{r+1}', 2019 + k)
put(ws, f'J{r}', 'Realisasi 2020'); ws.merge_cells(f'J{r}:J{r+1}'); put(ws, f'K{r}', 'Ket.'); ws.merge_cells(f'K{r}:K{r+1}')
r += 2
no = 0
for i in ids(y):
    no += 1; t, re_ = F[(i, y)]; st = 'pct' if i in PCT else None
    put(ws, f'A{r}', no); put(ws, f'B{r}', nm(i, y), wrap=True); put(ws, f'C{r}', SPEC[i][0])
    put(ws, f'D{r}', round(SPEC[i][2] * 0.9, 1) if i in PCT else int(SPEC[i][2] * 0.9))
    tk = None
    for k, c in enumerate('EFGHI'):
        yy = 2019 + k
        tv = F[(i, yy)][0] if (i, yy) in F else round(SPEC[i][2] * (1 + SPEC[i][3]) ** k, 1)
        if yy == 2020:
            if i == 'R15': tk = putV(ws, f'{c}{r}', (tv * 1000, tv * 1000, None)); K.mistake(y, f'F{r}', 'R15', f'target typed 1000x ({tv} -> {tv*1000})', tv * 1000)
            elif i == 'R13': tk = putV(ws, f'{c}{r}', V(tv, 'ge'))
            else: tk = putV(ws, f'{c}{r}', V(tv, st))
        else: putV(ws, f'{c}{r}', V(tv, st))
    if i == 'R12': rk = putV(ws, f'J{r}', V(re_, 'unit', 'hari'))
    elif i == 'R16': rk = putV(ws, f'J{r}', V(re_, 'foot')); put(ws, f'K{r}', '*) termasuk kegiatan daring')
    else: rk = putV(ws, f'J{r}', V(re_, st))
    K.add(FN, ws.title, ws, f'B{r}', y, i, tk, rk, cell(f'F{r}'), cell(f'J{r}'))
    r += 1
put(ws, f'B{r+1}', 'Catatan: target 2021-2023 mengikuti Renstra awal (belum reviu).')
widths(ws, {'B': 50})
K.layouts.append((y, FN, ws.title, 'Renstra matrix: targets 2019-2023 across, realisasi 2020 only; keyed target = 2020 column'))

y = 2021; ws = wb.create_sheet('PK 2021')
r = title(ws, ['PENGUKURAN KINERJA', 'TAHUN 2021'], 9)
put(ws, f'A{r}', 'SKPD : Dinas Sosial Provinsi Tanah Seroja / UPTD Panti Rehsos NAPZA'); r += 2
for c, t in zip('ABCDEFGHI', ['No.', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target PK Awal', 'Target PK Perubahan', 'Realisasi', 'Capaian (%)', 'Keterangan']):
    put(ws, f'{c}{r}', t, bold=True, wrap=True)
r += 1
items = [{'band': 'Meningkatnya keberfungsian sosial korban penyalahgunaan NAPZA'}]
for i in ids(y):
    t, re_ = F[(i, y)]; st = 'pct' if i in PCT else None
    awal = round(t * 1.1, 1) if i in PCT else int(t * 1.1)
    it = {'id': i, 'name': nm(i, y), 'sat': SPEC[i][0], 't': V(t, st), 'r': V(re_, st), 'x': {'E': V(awal, st)}}
    if i == 'R05': it['r'] = V(re_, 'plainfrac')
    if i == 'R03': it['name'] = 'Persentase klien yg menyelesaikan'; it['wrap'] = 'program rehabilitasi sosial'
    if i == 'R09': it['name'] = nm(i, y) + ' '
    if i == 'R13': it['t'] = V(t, 'dec'); it['r'] = ('B', None, None)
    if i == 'R12': it['t'] = V(t, 'unit', 'hari'); it['r'] = V(re_, 'unit', 'hari')
    items.append(it)
    if i == 'R08': items.append({'hidden': True, 'name': 'Jumlah klien yang dirujuk ke RS (draft)', 't': 30, 'r': 27})
    if i == 'R15': items.append({'band': 'Meningkatnya kualitas layanan panti'})
r = table(ws, r, items, {'no': 'A', 'sas': 'B', 'ind': 'C', 'sat': 'D', 't': 'F', 'r': 'G', 'cap': 'H', 'E': 'E'}, K, FN, ws.title, y)
K.mistake(y, f'G{krow("R05", y)["row"]}', 'R05', 'fraction typed in plain cell', krow('R05', y)['realisasi'])
sign(ws, r + 2, 6, 'Kota Seroja, 14 Januari 2022', 'Kepala UPTD', 'dr. YULIANA MARPAUNG, M.Kes', '19770309 200501 2 004')
widths(ws, {'B': 30, 'C': 46})
K.layouts.append((y, FN, ws.title, 'PK Awal / PK Perubahan (keyed Perubahan, col F); R03 name wrapped over two rows; R09 trailing space; R13 realisasi typed as grade "B" -> null; hidden draft row'))
save_convert(wb, AG, 'rehsos_Kinerja_2020_2021', 'ods', K)

# ================= 2022 dashboard cards .xlsx =================
y = 2022; wb = Workbook(); ws = wb.active; ws.title = 'Dashboard 2022'; FN = 'rehsos_Dashboard_Kinerja_2022.xlsx'
r = title(ws, ['DASHBOARD KINERJA UPTD PANTI REHSOS NAPZA', 'Tahun 2022 (posisi 31 Desember 2022)'], 8)
r += 1
lst = ids(y)
for k in range(0, len(lst), 2):
    for j, i in enumerate(lst[k:k + 2]):
        c0 = 1 + 4 * j; cl, cv = L(c0), L(c0 + 1)
        t, re_ = F[(i, y)]; st = 'pct2' if i in PCT else None
        put(ws, f'{cl}{r}', f'#{k + j + 1}', bold=True)
        put(ws, f'{cv}{r}', nm(i, y), wrap=True, bold=True); ws.merge_cells(f'{cv}{r}:{L(c0+3)}{r}')
        put(ws, f'{cl}{r+1}', 'Satuan'); put(ws, f'{cv}{r+1}', SPEC[i][0])
        put(ws, f'{cl}{r+2}', 'Target'); put(ws, f'{cl}{r+3}', 'Realisasi'); put(ws, f'{cl}{r+4}', 'Capaian')
        tv = V(t, st); rv = V(re_, st)
        if i == 'R13': tv = V(t, 'range')
        if i == 'R14': rv = V(re_, 'txtpct')
        if i == 'R07': rv = (re_ * 10, re_ * 10, None); K.mistake(y, f'{cv}{r+3}', 'R07', f'realisasi typed 10x ({re_})', re_ * 10)
        tk = putV(ws, f'{cv}{r+2}', tv); rk = putV(ws, f'{cv}{r+3}', rv)
        if isinstance(tv[0], (int, float)) and isinstance(rv[0], (int, float)):
            put(ws, f'{cv}{r+4}', f'={cv}{r+3}/{cv}{r+2}', '0.0%')
        K.add(FN, ws.title, ws, f'{cv}{r}', y, i, tk, rk, cell(f'{cv}{r+2}'), cell(f'{cv}{r+3}'), col=True)
    r += 6
widths(ws, {'B': 40, 'F': 40})
ns = wb.create_sheet('Catatan')
put(ns, 'A1', 'Catatan:'); put(ns, 'A2', '1. Sejak 2021 klien dipilah menurut jenis kelamin.'); put(ns, 'A3', '2. "Eks klien mandiri secara ekonomi" mencakup yang bekerja, berwirausaha, dan yang ditanggung usaha keluarga.')
K.layouts.append((y, FN, ws.title, 'cards, two per band side by side (col B / col F); name row, Satuan, Target, Realisasi, Capaian; notes sheet'))
save_convert(wb, AG, 'rehsos_Dashboard_Kinerja_2022', 'xlsx', K)
K.save()
print(AG, len(K.rows))
