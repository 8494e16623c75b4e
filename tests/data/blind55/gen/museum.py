"""Agency 1: UPTD Museum dan Taman Budaya, Dinas Kebudayaan Provinsi Selat Lingkara, 2018-2021."""
import os, re, datetime
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from common import *

AGENCY = 'UPTD Museum dan Taman Budaya, Dinas Kebudayaan Provinsi Selat Lingkara'
SLUG = 'uptd_museum_taman_budaya_selat_lingkara'
YEARS = [2018, 2019, 2020, 2021]
F18 = 'PK UPTD MTB 2018.xls'
F19 = 'LKjIP 2019 Bab III UPTD Museum dan Taman Budaya.xlsx'
F20 = 'Rencana Aksi dan Realisasi 2020 - UPTD MTB.xlsx'
F21 = 'Capaian Kinerja UPTD MTB 2021.ods'

# id: unit, kind (flow/level/grade), values {year: (target, realisasi)}
IND = {
 'M01': ('orang', 'flow', {2018: (32000, 34215), 2019: (35000, 36870), 2020: (38000, 9412), 2021: (15000, 12608)}),
 'M02': ('orang', 'flow', {2018: (18000, 17350), 2019: (19000, 21044), 2020: (20000, 4870), 2021: (8000, 9235)}),
 'M03': ('orang', 'flow', {2018: (1200, 1318), 2019: (1400, 1250), 2020: (1500, 96)}),
 'M04': ('buah', 'level', {2018: (4850, 4862), 2019: (5000, 5031), 2020: (5150, 5147), 2021: (5300, 5318)}),
 'M05': ('buah', 'flow', {2018: (40, 45), 2019: (45, 52), 2020: (50, 31), 2021: (40, 43)}),
 'M06': ('buah', 'flow', {2018: (150, 162), 2019: (175, 180), 2020: (180, 120), 2021: (200, 214)}),
 'M07': ('%', 'level', {2018: (85, 86.5), 2019: (87, 88.4)}),
 'M07b': ('%', 'level', {2020: (20, 19.4), 2021: (22, 23.1)}),
 'M08': ('kali', 'flow', {2018: (24, 26), 2019: (24, 28), 2020: (24, 9), 2021: (12, 15)}),
 'M09': ('kali', 'flow', {2018: (4, 4), 2019: (5, 6), 2020: (5, 2), 2021: (3, 3)}),
 'M10': ('sanggar', 'level', {2018: (40, 42), 2019: (45, 47), 2020: (50, 50), 2021: (55, 53)}),
 'M11': ('orang', 'flow', {2018: (300, 325), 2019: (320, 341), 2020: (320, 188), 2021: (250, 276)}),
 'M12': ('nilai', 'level', {2018: (80, 82.35), 2019: (81, 83.12), 2020: (82, 84.06), 2021: (83, 85.4)}),
 'M13': ('%', 'level', {2018: (85, 88), 2019: (85, 90.2), 2021: (90, 91.5)}),
 'M14': ('Rp', 'flow', {2018: (160000000, 171075000), 2019: (175000000, 184350000), 2020: (190000000, 47060000), 2021: (75000000, 63040000)}),
 'M15': ('Rp', 'flow', {2018: (90000000, 96500000), 2019: (95000000, 101250000), 2020: (100000000, 22500000), 2021: (40000000, 45000000)}),
 'M16': ('rombongan', 'flow', {2018: (120, 134), 2019: (130, 152), 2020: (140, 21), 2021: (30, 18)}),
 'M17': ('naskah', 'flow', {2018: (2, 2), 2019: (3, 3), 2020: (3, 3), 2021: (3, 4)}),
 'M18': ('%', 'level', {2018: (80, 78), 2019: (80, 82), 2020: (85, 86), 2021: (85, 88)}),
 'M19': ('buah', 'flow', {2020: (300, 345), 2021: (500, 512)}),
 'M20': ('kunjungan', 'flow', {2020: (5000, 12480), 2021: (15000, 18905)}),
 'M21': ('predikat', 'grade', {2018: ('B', 'BB'), 2019: ('BB', 'BB')}),
}

NAMES = {
 'M01': {2018: 'Jumlah Pengunjung Museum', 2019: '1. Jumlah pengunjung Museum Negeri', 2020: 'Jml pengunjung museum (org)', 2021: 'Jumlah\nPengunjung Museum'},
 'M02': {2018: 'Jumlah Pengunjung Taman Budaya', 2019: '2. Jumlah pengunjung Taman Budaya', 2020: 'Jml pengunjung Taman Budaya (org)', 2021: 'Jumlah Pengunjung\nTaman Budaya'},
 'M03': {2018: 'Jumlah Wisatawan Mancanegara yang Berkunjung ke Museum', 2019: '3. Jumlah wisman pengunjung museum', 2020: 'Jml wisatawan mancanegara (wisman) pengunjung museum (org)'},
 'M04': {2018: 'Jumlah Koleksi Museum yang Teregistrasi', 2019: '4. Jumlah koleksi yg terdaftar / teregistrasi', 2020: 'Jml koleksi museum teregistrasi (buah)', 2021: 'Koleksi teregistrasi'},
 'M05': {2018: 'Jumlah Koleksi Baru (Akuisisi)', 2019: '5. Jumlah penambahan koleksi baru', 2020: 'Jml koleksi baru hasil akuisisi (buah) ', 2021: 'Koleksi baru (akuisisi)'},
 'M06': {2018: 'Jumlah Koleksi yang Dikonservasi', 2019: '6. Jumlah koleksi yang dikonservasi & direstorasi', 2020: 'Jml koleksi yg dikonservasi (buah)', 2021: 'Koleksi dikonservasi'},
 'M07': {2018: 'Prosentase Koleksi yang Terawat', 2019: '7. Persentase koleksi dalam kondisi terawat'},
 'M07b': {2020: 'Persentase koleksi yang telah dikonservasi (%)', 2021: '% koleksi telah\ndikonservasi'},
 'M08': {2018: 'Jumlah Pagelaran Seni Budaya yang Dipentaskan', 2019: '8. Jumlah pertunjukan/pagelaran seni budaya yg dipentaskan', 2020: 'Jml pagelaran seni budaya (kali)', 2021: 'Pagelaran seni\nbudaya dipentaskan'},
 'M09': {2018: 'Jumlah Pameran Temporer', 2019: '9. Jumlah penyelenggaraan pameran temporer', 2020: 'Jml pameran temporer (kali)', 2021: 'Pameran temporer'},
 'M10': {2018: 'Jumlah Sanggar Seni yang Dibina', 2019: '10. Jumlah sanggar seni & budaya binaan', 2020: 'Jml sanggar yg dibina (sanggar)', 2021: 'Sanggar seni binaan'},
 'M11': {2018: 'Jumlah Seniman / Pelaku Seni yang Difasilitasi', 2019: '11. Jumlah pelaku seni (seniman) yang difasilitasi', 2020: 'Jml seniman/pelaku seni difasilitasi (org)', 2021: 'Seniman / pelaku\nseni difasilitasi'},
 'M12': {2018: 'Indeks Kepuasan Masyarakat (IKM) terhadap Pelayanan Museum', 2019: '12. Nilai IKM pelayanan museum', 2020: 'IKM pelayanan Museum dan Taman Budaya (nilai)', 2021: 'Indeks Kepuasan\nMasyarakat'},
 'M13': {2018: 'Persentase Pengunjung yang Merasa Puas', 2019: '13. Prosentase pengunjung yang puas', 2021: '% pengunjung puas'},
 'M14': {2018: 'Pendapatan Asli Daerah dari Retribusi Tiket Masuk Museum', 2019: '14. PAD retribusi tiket masuk museum', 2020: 'Realisasi PAD dari tiket masuk museum (Rp)', 2021: 'PAD tiket masuk\nmuseum'},
 'M15': {2018: 'Pendapatan Asli Daerah dari Sewa Gedung Taman Budaya', 2019: '15. PAD sewa gedung Taman Budaya', 2020: 'Realisasi PAD dari sewa gedung pertunjukan Taman Budaya (Rp)', 2021: 'PAD sewa gedung\nTaman Budaya'},
 'M16': {2018: 'Jumlah Kunjungan Rombongan Pelajar', 2019: '16. Jumlah rombongan sekolah yg berkunjung', 2020: 'Jml kunjungan rombongan pelajar/sekolah (rombongan)', 2021: 'Kunjungan rombongan\npelajar'},
 'M17': {2018: 'Jumlah Kajian Koleksi yang Diterbitkan', 2019: '17. Jumlah naskah kajian koleksi', 2020: 'Jml kajian koleksi (naskah)', 2021: 'Kajian koleksi'},
 'M18': {2018: 'Persentase Sarana dan Prasarana Museum dalam Kondisi Baik', 2019: '18. Persentase sarpras museum kondisi baik', 2020: 'Prosentase sarana & prasarana museum dlm kondisi baik (%)', 2021: '% sarpras kondisi\nbaik'},
 'M19': {2020: 'Jml koleksi yang didigitalisasi (buah)', 2021: 'Koleksi\ndidigitalisasi'},
 'M20': {2020: 'Jml kunjungan virtual / museum daring (kunjungan)', 2021: 'Kunjungan virtual\n(daring)'},
 'M21': {2018: 'Nilai Evaluasi SAKIP UPTD', 2019: '19. Predikat SAKIP UPTD'},
}

SASARAN = [
 ('Meningkatnya kunjungan masyarakat ke Museum dan Taman Budaya', ['M01', 'M02', 'M03', 'M16']),
 ('Meningkatnya pelestarian koleksi museum', ['M04', 'M05', 'M06', 'M07', 'M17']),
 ('Meningkatnya apresiasi dan pengembangan seni budaya daerah', ['M08', 'M09', 'M10', 'M11']),
 ('Meningkatnya kualitas pelayanan UPTD', ['M12', 'M13', 'M18', 'M21']),
 ('Meningkatnya kontribusi Pendapatan Asli Daerah', ['M14', 'M15']),
]

KEPALA = ('Dra. RATNA WULANSARI POHAN, M.Hum', 'Pembina (IV/a)', 'NIP. 19740815 200003 2 004')


def TR(i, y):
    return IND[i][2][y]


def signature(ws, r, colL, place_date, width=3):
    W(ws, f'{colL}{r}', place_date)
    W(ws, f'{colL}{r+1}', 'Kepala UPTD Museum dan Taman Budaya')
    W(ws, f'{colL}{r+2}', 'Provinsi Selat Lingkara,')
    W(ws, f'{colL}{r+6}', KEPALA[0], bold=True)
    W(ws, f'{colL}{r+7}', KEPALA[1])
    W(ws, f'{colL}{r+8}', KEPALA[2])
    return r + 9


# ---------------------------------------------------------------- 2018: annual PK, .xls
def pk_table(ws, kb, year, values, keyed, file):
    sh = ws.title
    for i, t in enumerate(['PENGUKURAN KINERJA', 'UPTD MUSEUM DAN TAMAN BUDAYA',
                           'DINAS KEBUDAYAAN PROVINSI SELAT LINGKARA', f'TAHUN ANGGARAN {year}']):
        M(ws, f'A{i+1}:I{i+1}', t, bold=True, h='center')
    M(ws, 'A6:A7', 'No', bold=True, h='center', border=True)
    M(ws, 'B6:B7', 'Sasaran Strategis', bold=True, h='center', border=True)
    M(ws, 'C6:C7', 'Indikator Kinerja', bold=True, h='center', border=True)
    M(ws, 'D6:E6', 'Target', bold=True, h='center', border=True)
    M(ws, 'F6:G6', 'Realisasi', bold=True, h='center', border=True)
    M(ws, 'H6:H7', 'Capaian (%)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'I6:I7', 'Keterangan', bold=True, h='center', border=True)
    for c, t in zip('DEFG', ['Jumlah', 'Satuan', 'Jumlah', 'Satuan']):
        W(ws, f'{c}7', t, bold=True, h='center', border=True)
    for k, c in enumerate('ABCDEFGHI'):
        W(ws, f'{c}8', str(k + 1), h='center', border=True, italic=True)
    ws.column_dimensions['B'].width = 34
    ws.column_dimensions['C'].width = 46
    ws.column_dimensions['D'].width = 14
    ws.column_dimensions['F'].width = 14
    ws.column_dimensions['I'].width = 26
    r = 9
    for n, (sas, ids) in enumerate(SASARAN, 1):
        rows = []
        for i in ids:
            rows.append((i, False))
            if i == 'M10' and keyed:
                rows.append((i, True))     # duplicated row
        r0 = r
        for i, dup in rows:
            unit, kind, _ = IND[i]
            t, rv = values[i]
            W(ws, f'C{r}', NAMES[i][year], wrap=True, border=True)
            sat = {'%': '%', 'Rp': 'Rupiah', 'predikat': 'Predikat'}.get(unit, unit)
            tkey, rkey = t, rv
            # target cell
            if i == 'M13':
                W(ws, f'D{r}', t / 100, fmt=FMT_PCT0, border=True)
                W(ws, f'F{r}', rv / 100, fmt=FMT_PCT0, border=True)
            else:
                W(ws, f'D{r}', t, fmt=(FMT_INT if unit in ('Rp', 'orang') else None), border=True)
                W(ws, f'F{r}', rv, fmt=(FMT_INT if unit in ('Rp', 'orang') else None), border=True)
            W(ws, f'E{r}', sat, border=True, h='center')
            W(ws, f'G{r}', sat, border=True, h='center')
            W(ws, f'H{r}', f'=ROUND(F{r}/D{r}*100,2)', fmt='0.00', border=True)
            W(ws, f'I{r}', None, border=True)
            if keyed:
                if i == 'M02':
                    W(ws, f'D{r}', t * 10, fmt=FMT_INT, border=True)
                    tkey = t * 10
                    kb.note(file, sh, f'row {r} ({i}): target typed 10x (180.000 for 18.000); keyed as typed 180000; capaian formula gives 9,64')
                if i == 'M01':
                    W(ws, f'H{r}', 110.5, fmt='0.00', border=True)
                    W(ws, f'I{r}', 'naik 2.345 orang dari 2017', border=True)
                    kb.note(file, sh, f'row {r} ({i}): capaian typed 110,50 (true 34.215/32.000 = 106,92); Keterangan holds a number "naik 2.345 orang dari 2017"')
                if i == 'M06':
                    W(ws, f'H{r}', f'=ROUND(F{r}/D{r-1}*100,2)', fmt='0.00', border=True)
                    kb.note(file, sh, f'row {r} ({i}): capaian formula =ROUND(F{r}/D{r-1}*100,2) divides by the target of the row above (gives 405,00; true 108,00)')
                if i == 'M11':
                    W(ws, f'F{r}', '325 orang', border=True)
                    W(ws, f'H{r}', 108.33, fmt='0.00', border=True)
                    rkey = 325
                    kb.note(file, sh, f'row {r} ({i}): realisasi typed as text "325 orang" (unit also in G); capaian typed 108,33 (correct); keyed 325')
                if i == 'M17':
                    W(ws, f'F{r}', '-', border=True, h='center')
                    W(ws, f'H{r}', 0, fmt='0.00', border=True)
                    W(ws, f'I{r}', 'naskah kajian ke-2 masih proses cetak', border=True)
                    rkey = None
                    kb.note(file, sh, f'row {r} ({i}): realisasi "-" (key null), capaian typed 0; Keterangan says the 2nd study is still being printed')
                if i == 'M21':
                    W(ws, f'D{r}', 'B', border=True, h='center')
                    W(ws, f'F{r}', 'BB', border=True, h='center')
                    W(ws, f'H{r}', 'Tercapai', border=True, h='center')
                    tkey = rkey = None
                    kb.note(file, sh, f'row {r} ({i}): grade indicator B -> BB, keyed null/null; capaian cell says "Tercapai"')
                if i == 'M13':
                    kb.note(file, sh, f'row {r} ({i}): target/realisasi are percent-formatted fractions 0,85 / 0,88 (keyed 85 / 88); capaian formula 103,53 is right')
                if i == 'M14':
                    W(ws, f'I{r}', 'sesuai STS s.d. 31 Des 2018', border=True)
                if dup:
                    kb.note(file, sh, f'row {r} ({i}): exact duplicate of row {r-1}; not keyed')
                else:
                    kb.add(file, sh, r, 'C', year, NAMES[i][year], i, tkey, rkey,
                           spec(f'D{r}'), spec(f'F{r}'))
            r += 1
        M(ws, f'A{r0}:A{r-1}', n, h='center', v='top', border=True)
        M(ws, f'B{r0}:B{r-1}', sas, wrap=True, v='top', border=True)
    r += 1
    W(ws, f'B{r}', f'Jumlah Anggaran Kegiatan Tahun {year} : Rp. 1.845.320.000')
    W(ws, f'B{r+1}', 'Jumlah Realisasi Anggaran Kegiatan : Rp. 1.702.118.450')
    signature(ws, r + 3, 'G', f'Bandar Lingkara, 31 Desember {year}')
    return r


def build_2018(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'PK 2018'
    vals = {i: TR(i, 2018) for i in IND if 2018 in IND[i][2]}
    last = pk_table(ws, kb, 2018, vals, True, F18)
    kb.describe(F18, 'PK 2018', 'Annual Pengukuran Kinerja. Title rows 1-4, two header rows 6-7 '
                '(No | Sasaran Strategis | Indikator Kinerja | Target [Jumlah, Satuan] | Realisasi [Jumlah, Satuan] | '
                'Capaian (%%) | Keterangan), numbered column row 8 (1..9), data rows 9-%d with No and Sasaran merged '
                'vertically over each sasaran\'s indicators; budget lines, date and signature below.' % (last - 2))
    # hidden draft sheet with older figures: not keyed
    wd = wb.create_sheet('PK 2018 (draft)')
    draft = {}
    for i, v in vals.items():
        t, r = v
        if isinstance(t, (int, float)):
            draft[i] = (t, round(r * 0.93) if isinstance(r, int) else round(r * 0.97, 2))
        else:
            draft[i] = v
    pk_table(wd, kb, 2018, draft, False, F18)
    wd.sheet_state = 'hidden'
    kb.describe(F18, 'PK 2018 (draft)', 'HIDDEN sheet: an earlier draft of the same table with realisasi '
                'about 7 % lower (figures of November). Not keyed.')
    wn = wb.create_sheet('Catatan')
    lines = ['Catatan penyusunan PK 2018',
             '1. Data pengunjung bersumber dari buku tamu dan karcis masuk (no seri 000001 s.d. 034215).',
             '2. Realisasi PAD sesuai STS yang disetor ke Kas Daerah s.d. 31 Desember 2018 sebesar Rp 267.575.000.',
             '3. Target PK sesuai Perjanjian Kinerja tgl 2 Januari 2018 (target pengunjung Taman Budaya 18.000 org).',
             '4. Sheet draft jangan dipakai.']
    for k, t in enumerate(lines, 1):
        W(ws=wn, ref=f'A{k}', value=t)
    kb.describe(F18, 'Catatan', 'Notes sheet (text with numbers, e.g. "Rp 267.575.000", "18.000 org"); not keyed.')
    p = os.path.join(outdir, F18.replace('.xls', '.xlsx'))
    wb.save(p)
    return p, 'xls'


# ---------------------------------------------------------------- 2019: LKjIP table typed in an English-locale Excel
def en(v, dec=None):
    if isinstance(v, str):
        return v
    if dec is None:
        dec = 0 if float(v).is_integer() else 2
    return f'{v:,.{dec}f}'


PREV = {  # realisasi 2017 (only in the LKjIP table)
 'M01': 31870, 'M02': 16420, 'M03': 1105, 'M04': 4791, 'M05': 38, 'M06': 141, 'M07': 84.1, 'M08': 22, 'M09': 4,
 'M10': 38, 'M11': 287, 'M12': 80.9, 'M13': 86, 'M14': 152400000, 'M15': 88750000, 'M16': 117, 'M17': 2, 'M18': 75, 'M21': 'B'}
RENSTRA = {'M01': 45000, 'M02': 25000, 'M03': 2000, 'M04': 5600, 'M05': 250, 'M06': 900, 'M07': 92, 'M08': 120, 'M09': 25,
           'M10': 60, 'M11': 1600, 'M12': 85, 'M13': 90, 'M14': 220000000, 'M15': 120000000, 'M16': 160, 'M17': 15, 'M18': 90, 'M21': 'A'}


def build_2019(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Tabel 3.1'
    sh = ws.title
    W(ws, 'A1', 'Tabel 3.1', bold=True)
    M(ws, 'A2:K2', 'Perbandingan Target dan Realisasi Kinerja Tahun 2019 serta Perbandingan dengan Tahun Sebelumnya', bold=True)
    M(ws, 'A3:K3', 'UPTD Museum dan Taman Budaya Provinsi Selat Lingkara', bold=True)
    M(ws, 'A5:A6', 'No', bold=True, h='center', border=True)
    M(ws, 'B5:B6', 'Sasaran Strategis / Indikator Kinerja', bold=True, h='center', border=True, wrap=True)
    M(ws, 'C5:C6', 'Satuan', bold=True, h='center', border=True)
    M(ws, 'D5:E5', 'Realisasi', bold=True, h='center', border=True)
    W(ws, 'D6', '2017', bold=True, h='center', border=True)
    W(ws, 'E6', '2018', bold=True, h='center', border=True)
    M(ws, 'F5:H5', 'Tahun 2019', bold=True, h='center', border=True)
    for c, t in zip('FGH', ['Target', 'Realisasi', 'Capaian (%)']):
        W(ws, f'{c}6', t, bold=True, h='center', border=True)
    M(ws, 'I5:I6', 'Target Akhir Renstra (2023)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'J5:J6', 'Capaian s.d. 2019 thd Target Renstra (%)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'K5:K6', 'Keterangan', bold=True, h='center', border=True)
    for k, c in enumerate('ABCDEFGHIJK'):
        W(ws, f'{c}7', f'({k+1})', h='center', border=True, italic=True)
    for c, w in zip('BCDEFGHIJK', [50, 10, 14, 14, 14, 14, 11, 14, 12, 30]):
        ws.column_dimensions[c].width = w
    r = 8
    seqno = [0]
    roman = ['I', 'II', 'III', 'IV', 'V']
    for n, (sas, ids) in enumerate(SASARAN):
        W(ws, f'A{r}', roman[n], bold=True, border=True, h='center')
        M(ws, f'B{r}:K{r}', f'Sasaran {n+1}: {sas}', bold=True, border=True)
        r += 1
        for i in ids:
            unit, kind, v = IND[i]
            t, rv = v[2019]
            r18 = v[2018][1]
            seqno[0] += 1
            NAMES[i][2019] = f'{seqno[0]}. ' + re.sub(r'^\d+\.\s*', '', NAMES[i][2019])
            W(ws, f'B{r}', NAMES[i][2019], wrap=True, border=True)
            W(ws, f'C{r}', unit if unit != 'predikat' else '-', border=True, h='center')
            tkey, rkey = t, rv
            if unit == '%':
                d, e, f, g = f'{PREV[i]:g}%', f'{r18:g}%', f'{t:g}%', f'{rv:g}%'
            elif unit == 'nilai':
                d, e, f, g = f'{PREV[i]:.2f}', f'{r18:.2f}', f'{t:.2f}', f'{rv:.2f}'
            elif unit == 'predikat':
                d, e, f, g = PREV[i], r18, t, rv
                tkey = rkey = None
            else:
                d, e, f, g = en(PREV[i]), en(r18), en(t), en(rv)
            if unit == '%':
                ren = f'{RENSTRA[i]}%'
            elif unit == 'predikat':
                ren = RENSTRA[i]
            else:
                ren = en(RENSTRA[i])
            # small whole counts were typed as plain numbers (no separator to show)
            small = unit in ('kali', 'naskah', 'sanggar', 'rombongan') or (unit == 'buah' and t < 1000)
            if small:
                d, e, f, g, ren = PREV[i], r18, t, rv, RENSTRA[i]
            if i == 'M13':
                f = '>= 85%'
                kb.note(F19, sh, f'row {r} ({i}): target ">= 85%" keyed 85; realisasi "90.2%" keyed 90.2')
            if i == 'M18':
                f = '80-85%'
                kb.note(F19, sh, f'row {r} ({i}): target range "80-85%" keyed 80 (lower bound)')
            if i == 'M06':
                g = '180.00'
                kb.note(F19, sh, f'row {r} ({i}): realisasi text "180.00" (English decimals) keyed 180; read the Indonesian way it would be 18000')
            if i == 'M03':
                kb.note(F19, sh, f'row {r} ({i}): realisasi text "1,250" means one thousand two hundred and fifty (keyed 1250); read the Indonesian way it would be 1,25')
            if i == 'M12':
                kb.note(F19, sh, f'row {r} ({i}): target "81.00", realisasi "83.12" (keyed 81 / 83.12; the Indonesian reading would be 8100 / 8312)')
            if i == 'M21':
                kb.note(F19, sh, f'row {r} ({i}): grade BB/BB keyed null/null')
            for c, val in zip('DEFG', [d, e, f, g]):
                W(ws, f'{c}{r}', val, border=True, h='right')
            # capaian typed as text, English style
            if unit == 'predikat':
                cap, rcap = '100%', '-'
            else:
                cap = f'{rv / t * 100:.2f}%'
                rcap = f'{rv / RENSTRA[i] * 100:.2f}%' if kind != 'flow' else f'{(rv + r18) / RENSTRA[i] * 100:.2f}%'
            if i == 'M08':
                cap = '116.76%'
                kb.note(F19, sh, f'row {r} ({i}): capaian typed 116.76% (true 28/24 = 116.67%)')
            if i == 'M14':
                rcap = '83.80%'
                kb.note(F19, sh, f'row {r} ({i}): Renstra capaian 83.80% = 2019 alone / Renstra target, while the other flow rows divide 2018+2019 by the Renstra target (inconsistent method); not keyed')
            W(ws, f'H{r}', cap, border=True, h='right')
            W(ws, f'I{r}', ren, border=True, h='right')
            W(ws, f'J{r}', rcap, border=True, h='right')
            ket = None
            if kind == 'flow' and isinstance(rv, (int, float)) and rv - r18 >= 1000:
                ket = f'up {en(rv - r18)} from 2018'
            if i == 'M02':
                ket = 'up 3,694 visitors from 2018 (festival month)'
            if i == 'M10':
                ket = '5 new sanggar registered'
            W(ws, f'K{r}', ket, border=True, wrap=True)
            kb.add(F19, sh, r, 'B', 2019, NAMES[i][2019], i, tkey, rkey,
                   spec(f'F{r}', loc='en'), spec(f'G{r}', loc='en'))
            r += 1
    last = r - 1
    r += 1
    W(ws, f'B{r}', 'Sumber: Laporan Realisasi Kinerja UPTD MTB Triwulan IV Tahun 2019 (data per 31 December 2019)', italic=True)
    kb.describe(F19, sh, 'LKjIP chapter III table typed by a clerk whose Excel ran in an English (en-US) locale: '
                'almost every figure is TEXT with comma thousands and point decimals ("36,870", "83.12", "88.4%%", '
                '"184,350,000"); small counts are plain numbers. Title rows 1-3, two header rows 5-6 (No | '
                'Sasaran/Indikator | Satuan | Realisasi [2017, 2018] | Tahun 2019 [Target, Realisasi, Capaian (%%)] | '
                'Target Akhir Renstra (2023) | Capaian s.d. 2019 thd Renstra | Keterangan), numbered row 7, sasaran rows '
                '(I..V, merged B:K, not keyed) and indicator rows 8-%d, names numbered "1." .. "19.". Only 2019 is keyed '
                '(Target and Realisasi 2019 = columns F and G); the key holds the values the clerk meant, read with the '
                'English convention. Keterangan notes hold numbers ("up 2,655 from 2018").' % last)
    ws2 = wb.create_sheet('Tabel 3.2 Anggaran')
    W(ws2, 'A1', 'Tabel 3.2 Realisasi Anggaran per Program Tahun 2019', bold=True)
    hdr = ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%']
    for k, t in enumerate(hdr):
        W(ws2, f'{col(k+1)}3', t, bold=True, border=True)
    rowsb = [('1', 'Program Pelayanan Administrasi Perkantoran', '412,500,000', '398,112,400', '96.51%'),
             ('2', 'Program Pengelolaan Kekayaan Budaya (Museum)', '925,000,000', '861,340,000', '93.12%'),
             ('3', 'Program Pengembangan Nilai Budaya (Taman Budaya)', '610,000,000', '574,925,500', '94.25%')]
    for k, rb in enumerate(rowsb):
        for j, t in enumerate(rb):
            W(ws2, f'{col(j+1)}{k+4}', t, border=True)
    kb.describe(F19, 'Tabel 3.2 Anggaran', 'Budget by programme (English-style text numbers). Not keyed.')
    p = os.path.join(outdir, F19)
    wb.save(p)
    return p, 'xlsx'


# ---------------------------------------------------------------- 2020: Excel table (ListObject) with totals row
Q20_TGT = {  # quarter targets 2020 (set before the pandemic)
 'M04': [5060, 5090, 5120, 5150], 'M07b': [0.05, 0.10, 0.15, 0.20], 'M10': [50, 50, 50, 50],
 'M12': ['-', 82, '-', 82], 'M18': [0.85, 0.85, 0.85, 0.85]}
Q20_REAL = {
 'M04': [5071, 5071, 5102, 5147], 'M07b': [0.048, 0.061, 0.12, 0.194], 'M10': [50, 50, 50, 50],
 'M12': ['-', 83.1, '-', 84.06], 'M18': [0.84, 0.84, 0.85, 0.86]}
COVID_W = {'default': [0.74, 0.0, 0.08, 0.18], 'M19': [0.0, 0.35, 0.30, 0.35], 'M20': [0.0, 0.38, 0.30, 0.32],
           'M17': [0.0, 0.34, 0.0, 0.66], 'M05': [0.2, 0.1, 0.3, 0.4], 'M06': [0.3, 0.2, 0.25, 0.25]}


def build_2020(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'RA_2020'
    sh = ws.title
    W(ws, 'A1', 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2020', bold=True)
    W(ws, 'A2', 'UPTD MUSEUM DAN TAMAN BUDAYA - DINAS KEBUDAYAAN PROVINSI SELAT LINGKARA', bold=True)
    W(ws, 'A3', 'Keadaan s.d. 31 Desember 2020 (TW IV)', italic=True)
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Target 2020', 'Target TW I', 'Realisasi TW I', 'Target TW II',
           'Realisasi TW II', 'Target TW III', 'Realisasi TW III', 'Target TW IV', 'Realisasi TW IV',
           'Realisasi 2020', 'Capaian (%)', 'Keterangan']
    for k, t in enumerate(hdr):
        W(ws, f'{col(k+1)}5', t, bold=True, wrap=True, h='center')
    ids = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07b', 'M08', 'M09', 'M10', 'M11', 'M12', 'M14', 'M15',
           'M16', 'M17', 'M18', 'M19', 'M20']
    r = 6
    for n, i in enumerate(ids, 1):
        unit, kind, v = IND[i]
        t, rv = v[2020]
        W(ws, f'A{r}', n)
        W(ws, f'B{r}', NAMES[i][2020], wrap=True)
        W(ws, f'C{r}', unit)
        pct = unit == '%'
        fmtv = FMT_PCT1 if pct else (FMT_INT if unit in ('orang', 'Rp', 'kunjungan', 'buah') else None)
        W(ws, f'D{r}', t / 100 if pct else t, fmt=fmtv)
        if kind == 'flow':
            qt = split_int(t, [1, 1, 1, 1]) if unit != 'Rp' else split_int(t // 1000, [1, 1, 1, 1])
            if unit == 'Rp':
                qt = [q * 1000 for q in qt]
            w = COVID_W.get(i, COVID_W['default'])
            qr = split_int(rv, w) if unit != 'Rp' else [q * 5000 for q in split_int(rv // 5000, w)]
            if i == 'M20':
                qt = ['-', 1500, 1700, 1800]
                qr = ['-'] + qr[1:]
            if i == 'M19':
                qt = [0, 100, 100, 100]
        else:
            qt, qr = Q20_TGT[i], Q20_REAL[i]
        for k in range(4):
            W(ws, f'{col(5+2*k)}{r}', qt[k], fmt=fmtv, h='right' if qt[k] == '-' else None)
            W(ws, f'{col(6+2*k)}{r}', qr[k], fmt=fmtv, h='right' if qr[k] == '-' else None)
        if kind == 'flow':
            W(ws, f'M{r}', f'=SUM(F{r},H{r},J{r},L{r})', fmt=fmtv)
        else:
            W(ws, f'M{r}', f'=L{r}', fmt=fmtv)
        W(ws, f'N{r}', f'=M{r}/D{r}*100', fmt='0.00')
        tkey, rkey = t, rv
        if i == 'M05':
            W(ws, f'D{r}', '50 buah')
            kb.note(F20, sh, f'row {r} ({i}): annual target typed as text "50 buah" (keyed 50); its capaian formula shows #VALUE!')
        if i == 'M16':
            W(ws, f'N{r}', f'=M{r+1}/D{r}*100', fmt='0.00')
            kb.note(F20, sh, f'row {r} ({i}): capaian formula =M{r+1}/D{r}*100 takes the realisasi of the next row (2,14; true 15,00)')
        if i == 'M01':
            W(ws, f'O{r}', 'turun 27.458 org dr th 2019 krn museum tutup Apr-Jun (pandemi)', wrap=True)
            kb.note(F20, sh, f'row {r} ({i}): Keterangan holds a number ("turun 27.458 org dr th 2019")')
        if i == 'M20':
            W(ws, f'O{r}', 'layanan tur virtual mulai Mei 2020')
            kb.note(F20, sh, f'row {r} ({i}): TW I target and realisasi "-" (service began in May)')
        if i == 'M12':
            kb.note(F20, sh, f'row {r} ({i}): IKM measured in TW II and TW IV only, "-" in TW I and III; Realisasi 2020 =L{r}')
        if pct:
            kb.note(F20, sh, f'row {r} ({i}): percent-formatted fractions (target {t/100:g}, realisasi {rv/100:g}); keyed in percent points')
        kb.add(F20, sh, r, 'B', 2020, NAMES[i][2020], i, tkey, rkey, spec(f'D{r}'), spec(f'M{r}'))
        r += 1
    last = r - 1
    W(ws, f'A{r}', 'Total')
    W(ws, f'D{r}', f'=SUBTOTAL(109,D6:D{last})', fmt=FMT_INT)
    W(ws, f'M{r}', f'=SUBTOTAL(109,M6:M{last})', fmt=FMT_INT)
    W(ws, f'N{r}', f'=SUBTOTAL(101,N6:N{last})', fmt='0.00')
    tab = Table(displayName='Tabel_RA2020', ref=f'A5:O{r}', totalsRowCount=1)
    tab.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
    ws.add_table(tab)
    kb.note(F20, sh, f'row {r}: the table\'s totals row ("Total": SUBTOTAL sums of targets and realisasi, average capaian); not a key row')
    ws.column_dimensions['B'].width = 48
    for c in 'DEFGHIJKLM':
        ws.column_dimensions[c].width = 13
    ws.column_dimensions['O'].width = 40
    W(ws, f'J{r+3}', 'Bandar Lingkara, 8 Januari 2021')
    W(ws, f'J{r+4}', 'Kepala UPTD,')
    W(ws, f'J{r+8}', KEPALA[0], bold=True)
    W(ws, f'J{r+9}', KEPALA[2])
    kb.describe(F20, sh, 'Quarterly Rencana Aksi as an Excel table (ListObject "Tabel_RA2020", autofilter, banded '
                'rows, totals row) at A5:O%d: one header row 5 (No | Indikator Kinerja | Satuan | Target 2020 | Target/'
                'Realisasi TW I..IV pairs | Realisasi 2020 | Capaian (%%) | Keterangan), data rows 6-%d, totals row %d. '
                'Realisasi 2020 is a formula: SUM of the four quarters for flows, =TW IV for level indicators; the key '
                'takes Target 2020 and Realisasi 2020. No sasaran rows (a table cannot hold merged cells).' % (r, last, r))
    wn = wb.create_sheet('Catatan')
    for k, t in enumerate(['Museum dan Taman Budaya ditutup untuk umum 1 April s.d. 30 Juni 2020 (SE Gubernur No. 443/117).',
                           'Mulai TW III dibuka terbatas 50% kapasitas.',
                           'Tur virtual (daring) dimulai Mei 2020; target diubah dlm Renaksi perubahan.'], 1):
        W(wn, f'A{k}', t)
    kb.describe(F20, 'Catatan', 'Notes sheet; not keyed.')
    p = os.path.join(outdir, F20)
    wb.save(p)
    return p, 'xlsx'


# ---------------------------------------------------------------- 2021: table turned over, units in header cells
BLOCKS21 = [('(orang)', ['M01', 'M02', 'M11']), ('(buah)', ['M04', 'M05', 'M06', 'M19']), ('(kali)', ['M08', 'M09']),
            ('(sanggar)', ['M10']), ('(rombongan)', ['M16']), ('(naskah)', ['M17']), ('(kunjungan)', ['M20']),
            ('dalam %', ['M07b', 'M13', 'M18']), ('(nilai indeks)', ['M12']), ('(Rp)', ['M14', 'M15'])]


def build_2021(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Capaian 2021'
    sh = ws.title
    ncols = sum(len(b[1]) for b in BLOCKS21)
    lastc = col(2 + ncols)
    M(ws, f'A1:{lastc}1', 'CAPAIAN INDIKATOR KINERJA UPTD MUSEUM DAN TAMAN BUDAYA', bold=True, h='center')
    M(ws, f'A2:{lastc}2', 'PROVINSI SELAT LINGKARA TAHUN 2021', bold=True, h='center')
    M(ws, 'A4:B5', 'Uraian', bold=True, h='center', border=True)
    labels = ['Realisasi 2020', 'Target 2021', 'Realisasi 2021', 'Capaian 2021 (%)', 'Keterangan']
    for k, t in enumerate(labels):
        M(ws, f'A{6+k}:B{6+k}', t, bold=True, border=True)
    c = 3
    for unit_hdr, ids in BLOCKS21:
        c0 = c
        for i in ids:
            L = col(c)
            unit, kind, v = IND[i]
            t, rv = v[2021]
            r20 = IND[i][2][2020][1] if 2020 in IND[i][2] else None
            if i == 'M07b':
                r20 = 19.4
            if i == 'M13':
                r20 = '-'
            W(ws, f'{L}5', NAMES[i][2021], bold=True, wrap=True, h='center', border=True)
            fm = FMT_INT if unit in ('orang', 'Rp', 'buah', 'kunjungan') else None
            W(ws, f'{L}6', r20, fmt=fm, border=True)
            W(ws, f'{L}7', t, fmt=fm, border=True)
            W(ws, f'{L}8', rv, fmt=fm, border=True)
            W(ws, f'{L}9', f'=ROUND({L}8/{L}7*100,2)', fmt='0.00', border=True)
            W(ws, f'{L}10', None, border=True, wrap=True)
            tkey, rkey = t, rv
            if i == 'M13':
                W(ws, f'{L}7', '>= 90', border=True, h='right')
                W(ws, f'{L}9', 101.67, fmt='0.00', border=True)
                kb.note(F21, sh, f'column {L} ({i}): target ">= 90" keyed 90; capaian typed 101,67; realisasi 2020 "-" (survey not held)')
            if i == 'M07b':
                W(ws, f'{L}8', 0.231, border=True)
                rkey = 0.231
                kb.note(F21, sh, f'column {L} ({i}): realisasi typed 0.231 in a plain (non-%) cell under "dalam %", target 22: a fraction for 23,1 %; keyed AS TYPED 0.231, capaian formula gives 1,05')
            if i == 'M04':
                W(ws, f'{L}9', f'=ROUND({L}8/{L}6*100,2)', fmt='0.00', border=True)
                kb.note(F21, sh, f'column {L} ({i}): capaian formula divides by row 6 (Realisasi 2020) instead of row 7 (Target 2021)')
            if i == 'M17':
                W(ws, f'{L}9', 100, fmt='0.00', border=True)
                kb.note(F21, sh, f'column {L} ({i}): capaian typed 100 (true 4/3 = 133,33)')
            if i == 'M12':
                W(ws, f'{L}8', '85,40', border=True, h='right')
                kb.note(F21, sh, f'column {L} ({i}): realisasi typed as text "85,40" (keyed 85.4)')
            if i == 'M01':
                W(ws, f'{L}10', 'naik 3.196 org dr 2020', border=True, wrap=True)
                kb.note(F21, sh, f'column {L} ({i}): the Keterangan row holds a number ("naik 3.196 org dr 2020")')
            if i == 'M16':
                W(ws, f'{L}10', 'sekolah msh PTM terbatas', border=True, wrap=True)
            kb.add(F21, sh, 5, L, 2021, NAMES[i][2021], i, tkey, rkey, spec(f'{L}7'), spec(f'{L}8'), colkey=True)
            ws.column_dimensions[L].width = 15
            c += 1
        if c - 1 > c0:
            M(ws, f'{col(c0)}4:{col(c-1)}4', unit_hdr, bold=True, h='center', border=True)
        else:
            W(ws, f'{col(c0)}4', unit_hdr, bold=True, h='center', border=True)
    ws.row_dimensions[5].height = 48
    ws.column_dimensions['A'].width = 8
    ws.column_dimensions['B'].width = 12
    signature(ws, 13, col(c - 5), 'Bandar Lingkara, 14 Januari 2022')
    kb.describe(F21, sh, 'The table turned over: indicators run across columns C-%s, one per column. Row 4 carries '
                'the unit above each block of columns ("(orang)", "(buah)", "(kali)", ..., "dalam %%", "(Rp)"), there is '
                'no Satuan column; row 5 holds the indicator names (wrapped, several with a line break), rows 6-10 are '
                'labelled in A:B: Realisasi 2020 (not keyed), Target 2021, Realisasi 2021, Capaian 2021 (%%), '
                'Keterangan. All key rows share sheet row 5 and carry "col".' % col(c - 1))
    wn = wb.create_sheet('Catatan')
    W(wn, 'A1', 'Angka realisasi 2020 diambil dari LKjIP 2020 (sudah direviu Inspektorat).')
    W(wn, 'A2', 'Target IKM 2021 = 83 (Renstra perubahan).')
    kb.describe(F21, 'Catatan', 'Notes sheet; not keyed.')
    p = os.path.join(outdir, F21.replace('.ods', '.xlsx'))
    wb.save(p)
    return p, 'ods'


def build(kb_outdir):
    kb = KeyBook(AGENCY, SLUG, YEARS)
    kb.flows = sorted(i for i in IND if IND[i][1] == 'flow')
    kb.ambiguous = [['M07', 'M07b']]
    kb.must_not_merge = [
        ('M01 / M02 / M03', 'visitors of the museum, of the Taman Budaya, and foreign visitors (wisman) of the museum'),
        ('M04 / M05', 'registered collection (a stock) vs new collection items acquired in the year ("X baru" vs "X")'),
        ('M06 / M07b', 'number of items conserved (buah) vs percentage of the collection conserved (Jumlah vs Persentase)'),
        ('M06 / M19', 'items conserved vs items digitised'),
        ('M12 / M13', 'satisfaction index (IKM, a score) vs percentage of visitors satisfied'),
        ('M14 / M15', 'two sub-types of PAD: ticket retribution vs rent of the Taman Budaya hall'),
        ('M01 / M20', 'physical visitors vs virtual (online) visits'),
    ]
    raws = []
    os.makedirs(kb_outdir, exist_ok=True)
    for b in (build_2018, build_2019, build_2020, build_2021):
        raws.append(b(kb, kb_outdir))
    kb.files = [F18, F19, F20, F21]
    return kb, raws
