"""UPTD Pengelolaan Air Limbah Domestik, Dinas PUPR Prov. Sungai Rata, 2020-2023 (prefix L)."""
import random
from lib import *

YEARS = [2020, 2021, 2022, 2023]
S1 = 'Meningkatnya cakupan layanan pengelolaan air limbah domestik'
S2 = 'Meningkatnya kinerja operasional IPAL Komunal dan IPLT'
S3 = 'Meningkatnya kualitas pelayanan publik UPTD'


def M(id, unit, kind, sas, base, names):
    return dict(id=id, unit=unit, kind=kind, sas=sas, base=base, names=names)


def ys(name, codes, unit='', years=YEARS, over=None):
    d = {y: drift(name, c, unit) for y, c in zip(years, codes)}
    d.update(over or {})
    return d


MASTER = [
    M('L01', 'unit', 'LEVEL', S2, 38, ys('Jumlah IPAL Komunal yang beroperasi', ['', 'unitin', 'num1.1', 'title'], 'unit')),
    M('L02', '%', 'LEVEL', S2, 84, ys('Persentase IPAL Komunal yang berfungsi baik', ['', 'pros', 'num1.2', 'abbr'])),
    M('L03', 'SR', 'LEVEL', S1, 5200, ys('Jumlah Sambungan Rumah (SR) yang terlayani IPAL Komunal', ['', 'abbr', '', 'br'])),
    M('L04', 'SR', 'FLOW', S1, 450, ys('Jumlah Sambungan Rumah baru', ['unitin', '', 'trail1', ''], 'SR',
                                      over={2022: 'Jumlah SR baru yang tersambung'})),
    M('L05', 'm³', 'FLOW', S2, 9600, ys('Volume lumpur tinja yang diolah di IPLT', ['', 'unitin', '', 'lower'], 'm³')),
    M('L06', 'm³/hari', 'LEVEL', S2, 1450, ys('Kapasitas terpakai IPAL Komunal', ['unitin', '', 'title', 'trail1'], 'm³/hari')),
    M('L07', 'rit', 'FLOW', S1, 1300, ys('Jumlah rit layanan lumpur tinja terjadwal (LLTT)', ['', 'unitout', 'br', ''])),
    M('L08', 'rit', 'FLOW', S1, 700, ys('Jumlah rit layanan sedot tinja panggilan', ['', '', 'title', 'trail'])),
    M('L09', '%', 'LEVEL', S2, 80, ys('Persentase kualitas efluen IPAL yang memenuhi baku mutu', ['', 'pros', '', 'abbr'])),
    M('L10', '%', 'LEVEL', S1, 12, ys('Persentase rumah tangga dengan akses sanitasi aman', ['', 'abbr', 'unitin', ''], '%')),
    M('L11', '%', 'LEVEL', S1, 78, ys('Persentase rumah tangga dengan akses sanitasi layak', ['', 'abbr', 'unitin', 'pros'], '%')),
    M('L12', 'kelompok', 'LEVEL', S2, 38, ys('Jumlah KPP (Kelompok Pemanfaat dan Pemelihara) yang dibina', ['', 'abbr', '', ''],
                                            over={2023: 'Jumlah Kelompok Pemanfaat & Pemelihara (KPP) yg dibina'})),
    M('L13', 'Rp', 'FLOW', S3, 310000000, ys('Nilai retribusi layanan lumpur tinja', ['', 'unitin', '', 'title'], 'Rp',
                                              over={2022: 'Pendapatan retribusi penyedotan lumpur tinja'})),
    M('L14', 'pengaduan', 'FLOW', S3, 120, ys('Jumlah pengaduan masyarakat yang ditindaklanjuti', ['', 'abbr', '', 'trail1'])),
    M('L15', 'jam', 'LEVEL', S3, 24, ys('Rata-rata waktu tanggap pengaduan', ['unitin', '', 'unitin', 'lower'], 'jam')),
    M('L16', 'sampel', 'FLOW', S2, 80, ys('Jumlah uji laboratorium kualitas efluen', ['', 'title'], years=[2020, 2021])),
    M('L16b', 'sampel', 'FLOW', S2, 96, ys('Jumlah sampel efluen yang diuji di laboratorium terakreditasi', ['', 'abbr'], years=[2022, 2023])),
    M('L17', '%', 'LEVEL', S2, 90, ys('Persentase IPLT beroperasi sesuai SOP', ['', 'pros', 'unitin'], '%', years=[2020, 2021, 2022])),
    M('L18', 'unit', 'FLOW', S1, 9, ys('Jumlah IPAL Komunal yang dibangun dan direhabilitasi', ['', 'abbr'], years=[2020, 2021])),
    M('L18p', 'unit', 'FLOW', S1, 5, ys('Jumlah IPAL Komunal yang dibangun', ['', 'trail1'], years=[2022, 2023])),
    M('L18r', 'unit', 'FLOW', S1, 6, ys('Jumlah IPAL Komunal yang direhabilitasi', ['', ''], years=[2022, 2023])),
    M('L19', 'nilai', 'LEVEL', S3, 80.5, ys('Indeks Kepuasan Masyarakat', ['', 'unitin', ''], 'IKM', years=[2021, 2022, 2023])),
    M('L20', '%', 'LEVEL', S3, 95, ys('Persentase realisasi fisik kegiatan', ['', 'pros', '', 'title'])),
]
ag = Agency('uptd_pengelolaan_air_limbah_prov_sungai_rata', YEARS, 'L')
ag.ambiguous = [['L16', 'L16b']]
rng = random.Random(88003)


def get(rows, id):
    return next(r for r in rows if r.id == id)


# ---------- 2020: Rencana Aksi, row pairs, cumulative s.d. TW (.ods) ----------
bk = ag.book('Renaksi_Triwulan_UPTD_PALD_2020.ods'); bk.year = 2020
R = build_year(MASTER, 2020, YEARS, rng, 'num')
get(R, 'L14').qmut = (3, 10)             # mistake: s.d. TW IV typed 10x
get(R, 'L05').qdash = 1                  # s.d. TW IV empty -> s.d. TW III
get(R, 'L10').qdash = 2
get(R, 'L19' if False else 'L20').t = C('100*)', 100)
ws = bk.sheet('RA 2020')
r = head(ws, ['RENCANA AKSI DAN PEMANTAUAN CAPAIAN KINERJA TRIWULANAN', 'UPTD PENGELOLAAN AIR LIMBAH DOMESTIK',
              'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI SUNGAI RATA - TAHUN 2020'], 9)
for j, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 's.d. TW I', 's.d. TW II', 's.d. TW III',
                       's.d. TW IV', 'Target Tahunan']):
    put(ws, f'{L(j + 1)}{r}', h, True)
r += 1
for k, ind in enumerate(R):
    ws.cell(r, 1, k + 1)
    put(ws, f'B{r}', ind.written).alignment = WR
    ws.merge_cells(f'B{r}:B{r + 1}'); ws.merge_cells(f'A{r}:A{r + 1}'); ws.merge_cells(f'C{r}:C{r + 1}')
    ws.cell(r, 3, ind.unit)
    ws.cell(r, 4, 'Target'); ws.cell(r + 1, 4, 'Realisasi')
    tk = ind.t.key
    for j in range(4):
        ws.cell(r, 5 + j, round(tk * (j + 1) / 4, 1) if ind.kind == 'FLOW' else tk)
    put(ws, f'I{r}', ind.t)
    cells, key, rule = periods(ind, 4, rng, cumulative=True)
    refs = []
    for j, c in enumerate(cells):
        if c.typed == '-' and ind.qdash:
            c = C(None, None)
        put(ws, f'{L(5 + j)}{r + 1}', c); refs.append(f'{L(5 + j)}{r + 1}')
    bk.rec(ws, r, 'B', ind, 'cell', [f'I{r}'], 'last', refs, rkey=key)
    r += 2
r += 1
ws.cell(r, 2, 'Catatan: realisasi ditulis kumulatif sampai dengan triwulan berkenaan.')
sign(ws, r + 2, 7, ['Sungai Rata, 8 Januari 2021', 'Kepala UPTD PALD', '', 'Ir. Bambang Setyo Raharjo, M.T.', 'NIP. 19700808 199703 1 005'])
bk.save()

# ---------- 2021 turned-over dashboard + 2022 PK (.xlsx) ----------
bk = ag.book('Dashboard_dan_PK_PALD_2021_2022.xlsx')
R = build_year(MASTER, 2021, YEARS, rng, 'pct')
l13 = get(R, 'L13'); l13.r = C(round(l13.r.key / 1e6, 2), round(l13.r.key / 1e6, 2))   # mistake: realisasi in Rp juta
get(R, 'L19').r = C('BAIK', None)
ws = bk.sheet('Dashboard 2021'); bk.year = 2021
ws['A1'] = 'DASHBOARD CAPAIAN KINERJA UPTD PALD TAHUN 2021'; ws['A1'].font = B
ws['A2'] = '(indikator disajikan mendatar)'
r = 4
for i, lab in enumerate(['Indikator', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian']):
    put(ws, f'A{r + i}', lab, True)
for j, ind in enumerate(R):
    c = L(2 + j)
    put(ws, f'{c}{r}', ind.written).alignment = WR
    ws[f'{c}{r + 1}'] = ind.unit
    put(ws, f'{c}{r + 2}', ind.t); put(ws, f'{c}{r + 3}', ind.r)
    ws[f'{c}{r + 4}'] = capfml(f'{c}{r + 2}', f'{c}{r + 3}'); ws[f'{c}{r + 4}'].number_format = '0.0%'
    bk.rec(ws, r, c, ind, 'cell', [f'{c}{r + 2}'], 'cell', [f'{c}{r + 3}'], share=True)
ws['A10'] = 'Retribusi dalam juta rupiah'
ws['A11'] = 'Sumber: aplikasi e-Monev PUPR'

R = build_year(MASTER, 2022, YEARS, rng, 'mix')
l9 = get(R, 'L09'); l9.t = C(l9.t.key * 10, l9.t.key * 10)      # mistake: target typed 10x
get(R, 'L15').t = C('≤ 24 jam', 24)
ws = bk.sheet('PK 2022'); bk.year = 2022
r = head(ws, ['LAPORAN PENGUKURAN KINERJA', 'UPTD PENGELOLAAN AIR LIMBAH DOMESTIK PROVINSI SUNGAI RATA',
              'Periode: Januari s.d. Desember 2022'], 7)
put(ws, f'A{r}', 'Sasaran Strategis', True); put(ws, f'B{r}', 'Indikator Kinerja', True); put(ws, f'C{r}', 'Satuan', True)
put(ws, f'D{r}', 'Tahun 2022', True); ws.merge_cells(f'D{r}:G{r}')
put(ws, f'D{r + 1}', 'Kinerja', True); ws.merge_cells(f'D{r + 1}:E{r + 1}')
put(ws, f'F{r + 1}', 'Capaian', True); ws.merge_cells(f'F{r + 1}:G{r + 1}')
for j, h in enumerate(['Realisasi', 'Target', '%', 'Kategori']):
    put(ws, f'{L(4 + j)}{r + 2}', h, True)
for c in 'ABC':
    ws.merge_cells(f'{c}{r}:{c}{r + 2}')
r += 3
for j in range(7):
    ws.cell(r, j + 1, f'({j + 1})')
r += 1
prev = None
for ind in R:
    col = 'B'
    if ind.sasaran != prev:
        prev = ind.sasaran
        ws.cell(r, 1, ind.sasaran)
    if ind.id == 'L19':             # name typed into the Sasaran column
        col = 'A'
    put(ws, f'{col}{r}', ind.written).alignment = WR
    ws.cell(r, 3, ind.unit)
    put(ws, f'D{r}', ind.r); put(ws, f'E{r}', ind.t)
    ws.cell(r, 6, f'=IF(N(E{r})=0,0,N(D{r})/N(E{r}))').number_format = '0.0%'
    ws.cell(r, 7, f'=IF(F{r}>=0.9,"Sangat Baik",IF(F{r}>=0.75,"Baik","Cukup"))')
    bk.rec(ws, r, col, ind, 'cell', [f'E{r}'], 'cell', [f'D{r}'])
    r += 1
ws.cell(r, 2, 'Rata-rata'); ws.cell(r, 6, f'=AVERAGE(F12:F{r - 1})').number_format = '0.0%'
sign(ws, r + 2, 5, ['Sungai Rata, 16 Januari 2023', 'Kepala UPTD', '', 'Yohanes Parulian Situmorang, S.T.', 'NIP 19820214 201001 1 019'])
bk.save()

# ---------- 2023: E.81 (.xls) ----------
bk = ag.book('E81_Evaluasi_Renja_PALD_2023.xls'); bk.year = 2023
R = build_year(MASTER, 2023, YEARS, rng, 'num')
get(R, 'L04').typed_over = True          # mistake: computed realisasi typed over
get(R, 'L03').flowsum = True             # mistake: LEVEL indicator summed over quarters (wrong formula)
ws = bk.sheet('Form E.81')
ws['A1'] = 'Tabel E.81'; ws['A2'] = 'Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Provinsi Sungai Rata'
ws['A3'] = 'Renja UPTD Pengelolaan Air Limbah Domestik Periode Pelaksanaan: 2023'
r = 5
cols = ['No', 'Sasaran', 'Kode', 'Urusan/Bidang Urusan/Program/Kegiatan', 'Indikator Kinerja Program (outcome)/Kegiatan (output)',
        'Target Kinerja dan Anggaran Renstra (2019-2023)', 'Realisasi Kinerja dan Anggaran Renja s.d. 2022',
        'Target Kinerja dan Anggaran Renja 2023', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV',
        'Realisasi Kinerja dan Anggaran Renja 2023', 'Realisasi s.d. 2023', 'Tingkat Capaian Renja 2023 (%)']
c = 1
for j, h in enumerate(cols):
    put(ws, f'{L(c)}{r}', h, True).alignment = WR
    if j >= 5:
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 1)
        ws.cell(r + 1, c, 'K'); ws.cell(r + 1, c + 1, 'Rp'); c += 2
    else:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c); c += 1
r += 2
for j in range(c - 1):
    ws.cell(r, j + 1, j + 1)
r += 1
# columns: F,G renstra; H,I s.d. 2022; J,K target 2023; L..S TW K/Rp; T,U realisasi 2023; V,W s.d.; X,Y capaian
groups = [(S1, '1.03.01', 'Program Pengelolaan dan Pengembangan Sistem Air Limbah', 2150000000),
          (S2, '1.03.01.2.01', 'Kegiatan Pengelolaan dan Pengembangan Sistem Air Limbah Domestik Regional', 1730000000),
          (None, '1.03.01.2.01.01', 'Sub Kegiatan Operasi dan Pemeliharaan IPLT (tanpa indikator tersendiri)', 640000000),
          (S3, '1.03.05', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', 520000000)]
for sas, kode, prog, rp in groups:
    ws.cell(r, 3, kode); ws.cell(r, 4, prog).font = B; ws.cell(r, 11, rp)
    for j, f in enumerate([0.18, 0.27, 0.3, 0.2]):
        ws.cell(r, 13 + 2 * j, int(rp * f))
    ws.cell(r, 21, f'=M{r}+O{r}+Q{r}+S{r}')
    if sas is None:
        r += 1; continue
    ws.cell(r, 2, sas)
    for ind in [x for x in R if x.sasaran == sas]:
        put(ws, f'E{r}', ind.written).alignment = WR
        tk = ind.t.key
        ws.cell(r, 6, round(tk * 1.02, 2) if isinstance(tk, (int, float)) else '-')
        put(ws, f'J{r}', ind.t)
        cells, key, rule = periods(ind, 4, rng)
        refs = []
        for j, cc in enumerate(cells):
            put(ws, f'{L(12 + 2 * j)}{r}', cc); refs.append(f'{L(12 + 2 * j)}{r}')
        if getattr(ind, 'typed_over', False):
            key = key + 37
            ws.cell(r, 20, key)
        elif getattr(ind, 'flowsum', False):
            ws.cell(r, 20, f'=SUM(L{r},N{r},P{r},R{r})')
            key = sum(x.key for x in cells if x.key is not None)
        elif rule == 'sum':
            ws.cell(r, 20, f'=L{r}+N{r}+P{r}+R{r}')
        else:
            ws.cell(r, 20, f'=R{r}')
        ws.cell(r, 24, f'=IF(N(J{r})=0,"",T{r}/N(J{r})*100)')
        bk.rec(ws, r, 'E', ind, 'cell', [f'J{r}'], 'cell', [f'T{r}'], rkey=key)
        r += 1
r += 1
ws.cell(r, 4, 'Rata-rata capaian kinerja (%)'); ws.cell(r, 24, f'=AVERAGE(X9:X{r - 2})'); r += 1
ws.cell(r, 4, 'Predikat kinerja'); ws.cell(r, 24, 'Sangat Tinggi'); r += 2
sign(ws, r, 18, ['Disusun', 'Sungai Rata, 12 Januari 2024', 'Kepala UPTD PALD', '', 'Ir. Bambang Setyo Raharjo, M.T.',
                 'NIP. 19700808 199703 1 005'])
st = bk.sheet('Data TW lama', hidden=True)
st['A1'] = 'Rekap TW III (belum final)'
for k, ind in enumerate(R[:7]):
    st.cell(k + 2, 1, ind.written); st.cell(k + 2, 2, ind.t.key)
bk.save()
ag.write()
print(ag.name, len(ag.rows))
