"""Agency 3: UPTD Laboratorium Pengujian Bahan Konstruksi, Dinas PUPR Kota Muara Temiang (2022-2025)."""
from common import *

SLUG = 'uptd_labuji_bahan_kota_muara_temiang'
AG = 'UPTD Laboratorium Pengujian Bahan Konstruksi, Dinas Pekerjaan Umum dan Penataan Ruang Kota Muara Temiang'
YEARS = [2022, 2023, 2024, 2025]
FLOWS = ['L01', 'L02', 'L05', 'L06', 'L09', 'L10', 'L11', 'L13', 'L16', 'L17', 'L20']
NEG = ['L03', 'L06']

N = {
 'L01': {2022: 'Jumlah pengujian bahan konstruksi yang dilaksanakan', 2023: 'Jumlah Pengujian Bahan Konstruksi',
         2024: 'Jumlah sampel bahan konstruksi yang diuji', 2025: 'Jumlah pengujian mutu bahan konstruksi yang dilaksanakan (sampel)'},
 'L02': {2022: 'Jumlah sertifikat hasil uji yang diterbitkan', 2023: 'Jumlah Laporan Hasil Uji (LHU) yang Diterbitkan',
         2024: 'Jumlah LHU yang diterbitkan', 2025: 'Jumlah sertifikat/laporan hasil uji yang diterbitkan'},
 'L03': {2022: 'Rata-rata waktu penyelesaian pengujian', 2023: 'Rata - rata Waktu Penyelesaian Pengujian (hari)',
         2024: 'Waktu rata-rata penyelesaian uji', 2025: 'Rata-rata lama penyelesaian pengujian sampai terbit LHU'},
 'L04': {2022: 'Jumlah ruang lingkup pengujian terakreditasi Komite Akreditasi Nasional',
         2023: 'Jumlah Ruang Lingkup Pengujian Terakreditasi KAN',
         2024: 'Ruang lingkup pengujian yang terakreditasi KAN (parameter)'},
 'L04b': {2025: 'Jumlah metode uji yang terakreditasi KAN'},
 'L05': {2022: 'Pendapatan Asli Daerah dari retribusi pengujian', 2023: 'PAD dari Retribusi Pengujian Laboratorium',
         2024: 'Penerimaan PAD dari retribusi', 2025: 'PAD retribusi pengujian laboratorium'},
 'L06': {2022: 'Jumlah pengaduan pelanggan', 2023: 'Jumlah Pengaduan Pelanggan', 2024: 'Jumlah keluhan/pengaduan pelanggan',
         2025: 'Jumlah pengaduan dari pelanggan jasa pengujian'},
 'L07': {2022: 'Persentase pengaduan yang ditindaklanjuti', 2023: 'Prosentase Pengaduan yang Ditindaklanjuti',
         2024: 'Persentase pengaduan pelanggan yg ditindaklanjuti'},
 'L08': {2022: 'Indeks Kepuasan Masyarakat', 2023: 'Indeks Kepuasan Masyarakat (IKM) terhadap Layanan Laboratorium',
         2024: 'IKM layanan laboratorium', 2025: 'Nilai IKM'},
 'L09': {2023: 'Jumlah Pengujian Beton', 2024: 'Jumlah pengujian beton (sampel)', 2025: 'Pengujian kuat tekan beton'},
 'L10': {2023: 'Jumlah Pengujian Aspal', 2024: 'Jumlah pengujian aspal (sampel)', 2025: 'Pengujian aspal/campuran beraspal'},
 'L11': {2023: 'Jumlah Pengujian Tanah', 2024: 'Jumlah pengujian tanah (sampel)', 2025: 'Pengujian tanah'},
 'L12': {2022: 'Persentase hasil uji yang memenuhi standar mutu', 2023: 'Persentase Hasil Uji yang Memenuhi Spesifikasi Teknis',
         2024: 'Persentase hasil uji memenuhi standar mutu/spesifikasi', 2025: '% hasil uji yang memenuhi standar mutu'},
 'L13': {2022: 'Jumlah peralatan laboratorium yang dikalibrasi', 2023: 'Jumlah Peralatan Laboratorium yang Dikalibrasi',
         2024: 'Jumlah alat laboratorium terkalibrasi', 2025: 'Jumlah peralatan lab yang dikalibrasi (unit)'},
 'L14': {2022: 'Persentase peralatan laboratorium dalam kondisi baik', 2024: 'Persentase peralatan lab dalam kondisi baik',
         2025: 'Prosentase peralatan laboratorium kondisi baik'},
 'L15': {2022: 'Jumlah personil laboratorium yang bersertifikat kompetensi', 2023: 'Jumlah Personil Bersertifikat Kompetensi',
         2025: 'Jumlah SDM laboratorium bersertifikat kompetensi'},
 'L16': {2022: 'Jumlah personil yang mengikuti pelatihan teknis', 2023: 'Jumlah Personil yang Mengikuti Pelatihan Teknis',
         2024: 'Jumlah personil yang mengikuti pelatihan/bimtek teknis', 2025: 'Personil yang mengikuti pelatihan teknis'},
 'L17': {2022: 'Jumlah pelanggan baru', 2023: 'Jumlah Pelanggan Baru', 2024: 'Jumlah pelanggan baru jasa pengujian',
         2025: 'Pelanggan baru'},
 'L18': {2022: 'Jumlah pelanggan jasa pengujian', 2023: 'Jumlah Pelanggan', 2024: 'Jumlah pelanggan jasa pengujian',
         2025: 'Jumlah pelanggan (kumulatif)'},
 'L19': {2022: 'Persentase ketepatan waktu penyelesaian pengujian', 2024: 'Persentase pengujian yang selesai tepat waktu',
         2025: 'Persentase ketepatan waktu pelayanan pengujian'},
 'L20': {2024: 'Jumlah pengujian lapangan', 2025: 'Jumlah titik pengujian lapangan (sondir/core drill)'},
}
CONT = {('L05', 2024): 'pengujian bahan', ('L20', 2024): '(sondir dan core drill)'}
UNIT = {'L01': 'sampel', 'L02': 'sertifikat', 'L03': 'hari', 'L04': 'parameter', 'L04b': 'metode', 'L05': 'Rp',
        'L06': 'aduan', 'L07': '%', 'L08': 'nilai', 'L09': 'sampel', 'L10': 'sampel', 'L11': 'sampel', 'L12': '%',
        'L13': 'unit', 'L14': '%', 'L15': 'orang', 'L16': 'orang', 'L17': 'pelanggan', 'L18': 'pelanggan', 'L19': '%',
        'L20': 'titik'}
INTU = ('sampel', 'sertifikat', 'parameter', 'metode', 'Rp', 'aduan', 'unit', 'orang', 'pelanggan', 'titik')


def fmt_of(sid):
    return FMT_INT if UNIT[sid] in INTU else FMT_DEC


KUPTD = ['Kepala UPTD Laboratorium Pengujian', 'Bahan Konstruksi,', '', '', '', 'Ir. DEWI KARTIKA SARI NASUTION, M.T.',
         'Penata Tk. I / III d', 'NIP. 19810930 200902 2 004']


def sig(ws, row, col, lines):
    for i, s in enumerate(lines):
        text(ws, '%s%d' % (col, row + i), s, bold=(i == 5))


# ----------------------------------------------------------------------------------------------- 2022 Renstra matrix
def y2022(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Renstra & Capaian 2022'
    fname = 'Matriks Renstra 2021-2026 dan Capaian 2022 Lab Uji.xlsx'
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 11, 'E': 13, 'L': 14, 'M': 14, 'N': 11, 'O': 22})
    for c in 'FGHIJK':
        ws.column_dimensions[c].width = 13
    merge(ws, 'A1:O1', 'MATRIKS RENCANA STRATEGIS 2021-2026 DAN CAPAIAN KINERJA TAHUN 2022', bold=True, border=False, size=12)
    merge(ws, 'A2:O2', 'UPTD LABORATORIUM PENGUJIAN BAHAN KONSTRUKSI', bold=True, border=False)
    merge(ws, 'A3:O3', 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA MUARA TEMIANG', bold=True, border=False)
    merge(ws, 'A6:A7', 'No', bold=True)
    merge(ws, 'B6:B7', 'Tujuan / Sasaran', bold=True)
    merge(ws, 'C6:C7', 'Indikator Kinerja', bold=True)
    merge(ws, 'D6:D7', 'Satuan', bold=True)
    merge(ws, 'E6:E7', 'Kondisi Awal (2020)', bold=True)
    merge(ws, 'F6:K6', 'Target Kinerja Tahun ke-', bold=True)
    for c, y in zip('FGHIJK', range(2021, 2027)):
        put(ws, '%s7' % c, y, align=CENTER, font=BOLD)
    merge(ws, 'L6:L7', 'Kondisi Akhir Renstra (2026)', bold=True)
    merge(ws, 'M6:M7', 'Realisasi Tahun 2022', bold=True)
    merge(ws, 'N6:N7', 'Capaian 2022 (%)', bold=True)
    merge(ws, 'O6:O7', 'Keterangan', bold=True)
    for i, c in enumerate('ABCDEFGHIJKLMNO', 1):
        text(ws, '%s8' % c, str(i), align=CENTER, border=True, italic=True)
    D = '-'
    # id, awal, targets 2021..2026, realisasi 2022, capaian ('f' | 'pos_on_neg' | ('wrong',) | typed), ket
    plan = [
        ('S', 'Meningkatnya kualitas layanan pengujian bahan konstruksi'),
        ('L01', 2150, (2300, 2400, 2600, 2800, 3000, 3200), V('2.518 sampel', 2518), 104.92, ''),
        ('L02', 380, (400, 420, 450, 480, 500, 520), 436, 'f', ''),
        ('DUP', 'L02'),
        ('L03', 8, (7.5, 7, 7, 6, 6, 5), 6.8, 'pos_on_neg', 'makin kecil makin baik'),
        ('L19', 85, (88, V('≥ 90', 90), 90, 92, 93, 95), 88.5, 98.33, ''),
        ('L12', 93, (94, V('95-97', 95), 95, 96, 96, 97), 96.2, 101.26, ''),
        ('L04', 10, (10, 12, 14, 16, 18, 20), 12, 'f', 'parameter uji'),
        ('S', 'Meningkatnya kepuasan dan kepercayaan pelanggan'),
        ('L08', 78.5, (79, 80, 81, 82, 83, 84), 82.35, 'f', ''),
        ('L06', 15, (14, D, 10, 10, 8, 6), 9, D, 'makin kecil makin baik'),
        ('L07', 100, (100, 100, 100, 100, 100, 100), V(1, 100, FMT_PCT0), 'f', ''),
        ('L17', 52, (55, 600, 60, 70, 70, 75), 72, 'f', ''),
        ('L18', 250, (280, 310, 360, 420, 480, 540), 322, 'f', 'kumulatif'),
        ('L05', 780000000, (820000000, 850000000, 900000000, 950000000, 1000000000, 1050000000),
         V('Rp 871.450.000', 871450000), 102.52, ''),
        ('S', 'Meningkatnya kapasitas sumber daya laboratorium'),
        ('L13', 20, (22, 25, 25, 30, 30, 30), 24, 100, ''),
        ('L14', 88, (89, 90, 91, 92, 93, 94), V(0.912, 0.912), 'f', ''),
        ('L15', 6, (7, 8, 10, 12, 12, 14), 8, ('wrong',), ''),
        ('L16', 8, (10, 10, 12, 12, 14, 14), 11, 'f', ''),
    ]
    r = 9
    no = 0
    R = {}
    sas_start = sas_text = None
    for item in plan:
        if item[0] == 'S':
            if sas_start is not None:
                merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
            sas_start, sas_text = r, item[1]
            continue
        if item[0] == 'DUP':
            src = R[item[1]]
            for c in 'ACDEFGHIJKLMNO':
                v = ws['%s%d' % (c, src)].value
                if isinstance(v, str) and v.startswith('='):
                    v = re.sub(r'([A-Z]+)%d\b' % src, lambda m: m.group(1) + str(r), v)
                ws['%s%d' % (c, r)].value = v
                ws['%s%d' % (c, r)].number_format = ws['%s%d' % (c, src)].number_format
                ws['%s%d' % (c, r)].border = BORDER
            ag.note(fname, ws.title, 'row %d: exact duplicate of row %d (L02, same No.); not a key row' % (r, src))
            r += 1
            continue
        sid, awal, tgs, rl, cap, ket = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2022], align=WRAP)
        put(ws, 'D%d' % r, UNIT[sid], align=CENTER)
        put(ws, 'E%d' % r, as_v(awal), fmt=fmt)
        kt = None
        for c, t in zip('FGHIJK', tgs):
            k = put(ws, '%s%d' % (c, r), t if isinstance(t, V) else as_v(t), fmt=fmt)
            if c == 'G':
                kt = k
        put(ws, 'L%d' % r, '=K%d' % r, fmt=fmt)
        kr = put(ws, 'M%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        if cap in ('f', 'pos_on_neg'):
            put(ws, 'N%d' % r, '=M%d/G%d*100' % (r, r), fmt=FMT_CAP)
        elif isinstance(cap, tuple):
            put(ws, 'N%d' % r, '=M%d/G%d*100' % (r + 1, r + 1), fmt=FMT_CAP)
        else:
            put(ws, 'N%d' % r, cap, fmt=FMT_CAP)
        put(ws, 'O%d' % r, ket or None, align=WRAP)
        ag.key(fname, ws, r, 'C', 2022, sid, kt, kr, (['G%d' % r], 'one'), (['M%d' % r], 'one'))
        r += 1
    merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
    last = r - 1
    text(ws, 'B%d' % (r + 1), 'Sumber: Renstra UPTD Laboratorium 2021-2026 (Peraturan Wali Kota Muara Temiang No. 27 Tahun 2021) '
                              'dan data realisasi 2022', italic=True)
    text(ws, 'L%d' % (r + 3), 'Muara Temiang, 20 Januari 2023')
    sig(ws, r + 4, 'L', KUPTD)
    ag.describe(fname, ws.title,
                'RENSTRA MATRIX with targets for SIX years (2021..2026) and the realisation of the current year only. Title rows 1-3; '
                'header rows 6-7 (No | Tujuan / Sasaran | Indikator Kinerja | Satuan | Kondisi Awal (2020) | Target Kinerja Tahun ke-: '
                '2021 2022 2023 2024 2025 2026 (year numbers in row 7) | Kondisi Akhir Renstra (2026) (=K) | Realisasi Tahun 2022 | '
                'Capaian 2022 (%%) | Keterangan), numbered row 8 "1".."15". Key: target = the 2022 column (G), realisasi = M. Data rows 9-%d, '
                'Sasaran merged down B. 16 key rows.' % last)
    ag.note(fname, ws.title, 'row %d (L01): realisasi typed as text "2.518 sampel" -> 2518; capaian typed' % R['L01'])
    ag.note(fname, ws.title, 'row %d (L03, NEGATIVE: turnaround days): capaian =M/G*100 = 97,14 (positive formula); (2T-R)/T = 102,86' % R['L03'])
    ag.note(fname, ws.title, 'row %d (L19): 2022 target "≥ 90" -> 90' % R['L19'])
    ag.note(fname, ws.title, 'row %d (L12): 2022 target typed as the range "95-97" -> 95' % R['L12'])
    ag.note(fname, ws.title, 'row %d (L06, NEGATIVE): 2022 target "-" -> null; capaian "-"' % R['L06'])
    ag.note(fname, ws.title, 'row %d (L07): realisasi 1 in a "0%%" cell -> 100; capaian formula shows 1,00 (fraction error)' % R['L07'])
    ag.note(fname, ws.title, 'row %d (L17): 2022 target typed 600 for 60 (10x; the neighbouring years say 55 and 60) -> keyed 600' % R['L17'])
    ag.note(fname, ws.title, 'row %d (L05): realisasi typed as text "Rp 871.450.000" -> 871450000; capaian typed' % R['L05'])
    ag.note(fname, ws.title, 'row %d (L13): capaian typed 100 while 24 / 25 = 96,00' % R['L13'])
    ag.note(fname, ws.title, 'row %d (L14): realisasi typed as the fraction 0.912 in a plain cell (91,2 %% meant) -> keyed as typed 0.912' % R['L14'])
    ag.note(fname, ws.title, 'row %d (L15): capaian formula points at the next row (L16): 110,00 instead of 100,00' % R['L15'])
    ag.save(wb, 'Matriks Renstra 2021-2026 dan Capaian 2022 Lab Uji', 'xlsx')


# ----------------------------------------------------------------------------------------------- 2023 + 2024 on one sheet
def y2023_2024(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Capaian 2023-2024'
    fname = 'Capaian Kinerja Lab Uji 2023 dan 2024.xls'
    widths(ws, {'A': 5, 'B': 26, 'C': 46, 'D': 13, 'E': 13, 'F': 13, 'G': 13, 'H': 11, 'I': 14})
    merge(ws, 'A1:G1', 'PENGUKURAN KINERJA TAHUN 2023', bold=True, border=False, size=12)
    merge(ws, 'A2:G2', 'UPTD LABORATORIUM PENGUJIAN BAHAN KONSTRUKSI - DINAS PUPR KOTA MUARA TEMIANG', bold=True, border=False)
    for c, t in zip('ABCDEFG', ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Satuan', 'Capaian (%)']):
        text(ws, '%s4' % c, t, bold=True, align=CENTER, border=True)
    plan = [
        ('S', 'Meningkatnya kualitas layanan pengujian bahan konstruksi'),
        ('L01', 2600, V('2.741', 2741), 105.42),
        ('L09', 1400, 1322, 98.5),
        ('L10', 650, 641, 98.62),
        ('L11', 550, 596, 108.36),
        ('L02', 450, 462, 102.67),
        ('L03', 7, 7.4, 105.71),
        ('L12', V('≥ 95', 95), 94.7, 99.68),
        ('L04', 14, 15, 107.14),
        ('S', 'Meningkatnya kepuasan pelanggan'),
        ('L08', 81, 80.9, 99.88),
        ('L06', 10, 11, 90.0),
        ('L07', 100, 90.91, 90.91),
        ('L17', 60, 58, 96.67),
        ('L18', 360, 376, 104.44),
        ('L05', 900000000, 912300000, 101.37),
        ('S', 'Meningkatnya kapasitas SDM dan peralatan laboratorium'),
        ('L13', 250, 27, 10.8),
        ('L15', 10, 9, 90.0),
        ('L16', 12, 12, 100),
    ]
    r = 5
    no = 0
    R = {}
    sas_start = sas_text = None
    for item in plan:
        if item[0] == 'S':
            if sas_start is not None:
                merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
            sas_start, sas_text = r, item[1]
            continue
        sid, tg, rl, cap = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2023], align=WRAP)
        kt = put(ws, 'D%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        kr = put(ws, 'E%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        put(ws, 'F%d' % r, UNIT[sid], align=CENTER)
        put(ws, 'G%d' % r, cap, fmt=FMT_CAP)
        ag.key(fname, ws, r, 'C', 2023, sid, kt, kr, (['D%d' % r], 'one'), (['E%d' % r], 'one'))
        r += 1
    merge(ws, 'B%d:B%d' % (sas_start, r - 1), sas_text, align=WRAP)
    last23 = r - 1
    text(ws, 'B%d' % (r + 1), 'Jumlah Anggaran 2023 : Rp. 1.425.600.000,-   Realisasi : Rp. 1.352.118.000,- (94,85 %)')
    R23 = dict(R)
    # ---- 2024 table below, other layout, starting in column B
    t0 = r + 4
    merge(ws, 'B%d:I%d' % (t0, t0), 'CAPAIAN KINERJA TAHUN 2024', bold=True, border=False, size=12)
    merge(ws, 'B%d:I%d' % (t0 + 1, t0 + 1), '(angka sementara per 10 Januari 2025)', border=False)
    h = t0 + 3
    merge(ws, 'B%d:B%d' % (h, h + 1), 'Kode', bold=True)
    merge(ws, 'C%d:C%d' % (h, h + 1), 'Indikator Kinerja', bold=True)
    merge(ws, 'D%d:D%d' % (h, h + 1), 'Polaritas', bold=True)
    merge(ws, 'E%d:E%d' % (h, h + 1), 'Satuan', bold=True)
    merge(ws, 'F%d:G%d' % (h, h), 'Tahun 2024', bold=True)
    text(ws, 'F%d' % (h + 1), 'Target', bold=True, align=CENTER, border=True)
    text(ws, 'G%d' % (h + 1), 'Realisasi', bold=True, align=CENTER, border=True)
    merge(ws, 'H%d:H%d' % (h, h + 1), 'Capaian (%)', bold=True)
    merge(ws, 'I%d:I%d' % (h, h + 1), 'Kategori', bold=True)
    plan = [
        ('S', 'Sasaran 1 : Meningkatnya kualitas layanan pengujian bahan konstruksi'),
        ('L01', 2800, 2655, 'f'),
        ('L09', 1500, 1416, 'f'),
        ('L10', 700, 655, 'f'),
        ('L11', 600, 584, 'f'),
        ('L20', 80, 96, 'f'),
        ('L02', 480, 471, 'f'),
        ('L03', 6, 5.9, 'neg'),
        ('L19', V('90 - 95', 90), V(0.931, 93.1, FMT_PCT1), 103.44),
        ('L12', 96, 97.1, 'f'),
        ('L04', 16, 16, 'f'),
        ('S', 'Sasaran 2 : Meningkatnya kepuasan pelanggan'),
        ('L08', 82, 84.12, 'f'),
        ('L06', 10, 7, 'neg'),
        ('L07', V(1, 100, FMT_PCT0), V(1, 100, FMT_PCT0), 'f'),
        ('L17', 70, 75, 'wrong'),
        ('L18', 420, 445, 'f'),
        ('L05', 950000000, 887650000, 'f'),
        ('S', 'Sasaran 3 : Meningkatnya kapasitas SDM dan peralatan laboratorium'),
        ('L13', 30, 30, 'f'),
        ('L14', 92, V('93,5 %', 93.5), 101.63),
        ('L16', 12, 8, 'f'),
    ]
    r = h + 2
    code = 0
    R = {}
    for item in plan:
        if item[0] == 'S':
            merge(ws, 'B%d:I%d' % (r, r), item[1], bold=True, align=Alignment(vertical='center'), fill=GREY)
            r += 1
            continue
        sid, tg, rl, cap = item
        code += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'B%d' % r, 'IKU-%d' % code, align=CENTER)
        put(ws, 'C%d' % r, N[sid][2024], align=WRAP)
        put(ws, 'D%d' % r, 'Negatif' if sid in NEG else 'Positif', align=CENTER)
        put(ws, 'E%d' % r, UNIT[sid], align=CENTER)
        kt = put(ws, 'F%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        kr = put(ws, 'G%d' % r, rl if isinstance(rl, V) else as_v(rl), fmt=fmt)
        if cap == 'f':
            put(ws, 'H%d' % r, '=G%d/F%d*100' % (r, r), fmt=FMT_CAP)
            ktv, krv = kt, kr
            capv = krv / ktv * 100
        elif cap == 'neg':
            put(ws, 'H%d' % r, '=(2*F%d-G%d)/F%d*100' % (r, r, r), fmt=FMT_CAP)
            capv = (2 * kt - kr) / kt * 100
        elif cap == 'wrong':
            put(ws, 'H%d' % r, '=G%d/F%d*100' % (r + 1, r + 1), fmt=FMT_CAP)
            capv = 445 / 420 * 100
        else:
            put(ws, 'H%d' % r, cap, fmt=FMT_CAP)
            capv = cap
        if sid == 'L07':
            capv = 100
        cat = 'Sangat Tinggi' if capv >= 91 else 'Tinggi' if capv >= 76 else 'Sedang' if capv >= 66 else 'Rendah' if capv >= 51 else 'Sangat Rendah'
        put(ws, 'I%d' % r, cat, align=CENTER)
        ag.key(fname, ws, r, 'C', 2024, sid, kt, kr, (['F%d' % r], 'one'), (['G%d' % r], 'one'))
        r += 1
        if (sid, 2024) in CONT:
            put(ws, 'C%d' % r, CONT[(sid, 2024)], align=WRAP)
            for c in 'BDEFGHI':
                ws['%s%d' % (c, r)].border = BORDER
            ag.note(fname, ws.title, 'rows %d-%d (%s): the NAME IS SPLIT OVER TWO ROWS: C%d "%s" and C%d "%s" (no figures on the second row); '
                    'the key row is %d and "written" is the first part only' % (r - 1, r, sid, r - 1, N[sid][2024], r, CONT[(sid, 2024)], r - 1))
            r += 1
    last24 = r - 1
    text(ws, 'G%d' % (r + 1), 'Muara Temiang, 10 Januari 2025')
    sig(ws, r + 2, 'G', KUPTD)
    ag.describe(fname, ws.title,
                'TWO WHOLE TABLES OF DIFFERENT YEARS, ONE UNDER THE OTHER, IN DIFFERENT LAYOUTS. Top: "PENGUKURAN KINERJA TAHUN 2023" '
                '(rows 1-2), ONE header row 4 (No | Sasaran | Indikator Kinerja | Target | Realisasi | Satuan | Capaian (%%)) - the single '
                'Satuan column comes AFTER the figures; capaian all typed; data rows 5-%d, Sasaran merged down B; budget line row %d. '
                'Bottom: "CAPAIAN KINERJA TAHUN 2024" (row %d, starting in column B), header rows %d-%d (Kode | Indikator Kinerja | '
                'Polaritas | Satuan | Tahun 2024: Target, Realisasi | Capaian (%%) | Kategori), Sasaran as grey group rows merged B:I, '
                'data rows %d-%d; date and signature under it. Both tables keyed, each with its own year: 17 rows 2023 + 19 rows 2024.'
                % (last23, last23 + 2, t0, h, h + 1, h + 2, last24))
    ag.note(fname, ws.title, 'row %d (L01, 2023): realisasi typed as text "2.741" (dot = thousands) -> 2741' % R23['L01'])
    ag.note(fname, ws.title, 'row %d (L09, 2023): capaian typed 98,50 while 1.322 / 1.400 = 94,43' % R23['L09'])
    ag.note(fname, ws.title, 'row %d (L03, 2023, NEGATIVE): capaian typed 105,71 = R/T (positive logic); (2T-R)/T = 94,29' % R23['L03'])
    ag.note(fname, ws.title, 'row %d (L12, 2023): target "≥ 95" -> 95' % R23['L12'])
    ag.note(fname, ws.title, 'row %d (L13, 2023): target typed 250 for 25 (10x) -> keyed 250; capaian typed 10,80 to match' % R23['L13'])
    ag.note(fname, ws.title, 'row %d (L19, 2024): target range "90 - 95" -> 90; realisasi 0,931 in a "0.0%%" cell -> 93.1' % R['L19'])
    ag.note(fname, ws.title, 'row %d (L07, 2024): target and realisasi 1 in "0%%" cells -> 100 / 100; the capaian formula gives 100 (both fractions)' % R['L07'])
    ag.note(fname, ws.title, 'row %d (L17, 2024): capaian formula points at the next row (L18): 105,95 instead of 107,14' % R['L17'])
    ag.note(fname, ws.title, 'row %d (L14, 2024): realisasi typed as text "93,5 %%" -> 93.5' % R['L14'])
    ag.note(fname, ws.title, 'codes IKU-1 .. IKU-19 exist only in the 2024 table (2023 has a No column)')
    s3 = wb.create_sheet('Sheet3')
    text(s3, 'A1', 'olah data 2024 (lama)')
    for i, (sid, t, rr) in enumerate([('L01', 2800, 2590), ('L02', 480, 455), ('L05', 950000000, 861200000), ('L17', 70, 71)], 2):
        s3.cell(row=i, column=1, value=N[sid][2024])
        s3.cell(row=i, column=2, value=t)
        s3.cell(row=i, column=3, value=rr)
    s3.sheet_state = 'hidden'
    ag.describe(fname, s3.title, 'HIDDEN leftover sheet with an older 2024 working (4 rows, other figures). Not key rows.')
    ag.save(wb, 'Capaian Kinerja Lab Uji 2023 dan 2024', 'xls')


# ----------------------------------------------------------------------------------------------- 2025 RA to TW III
def y2025(ag):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'RA TW III 2025'
    fname = 'Rencana Aksi Lab Uji TW III 2025.ods'
    widths(ws, {'A': 5, 'B': 46, 'C': 11, 'D': 14, 'Q': 20})
    for c in 'EFGHIJKLMNOP':
        ws.column_dimensions[c].width = 11
    merge(ws, 'A1:Q1', 'RENCANA AKSI DAN REALISASI KINERJA TRIWULAN III TAHUN 2025', bold=True, border=False, size=12)
    merge(ws, 'A2:Q2', 'UPTD LABORATORIUM PENGUJIAN BAHAN KONSTRUKSI', bold=True, border=False)
    merge(ws, 'A3:Q3', 'DINAS PUPR KOTA MUARA TEMIANG', bold=True, border=False)
    merge(ws, 'A5:A6', 'No', bold=True)
    merge(ws, 'B5:B6', 'Indikator Kinerja', bold=True)
    merge(ws, 'C5:C6', 'Satuan', bold=True)
    merge(ws, 'D5:D6', 'Target 2025', bold=True)
    for rng, t in zip(['E5:G5', 'H5:J5', 'K5:M5', 'N5:P5'], ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        merge(ws, rng, t, bold=True)
    for i, c in enumerate('EFGHIJKLMNOP'):
        text(ws, '%s6' % c, ['T', 'R', '%'][i % 3], bold=True, align=CENTER, border=True)
    merge(ws, 'Q5:Q6', 'Penanggung Jawab', bold=True)
    for i, c in enumerate('ABCDEFGHIJKLMNOPQ', 1):
        text(ws, '%s7' % c, '(%d)' % i, align=CENTER, border=True, italic=True)
    D = '-'
    P1 = FMT_PCT1
    # id, target, qT(4), qR(3), pct: None (formula) or dict(q -> typed) ; pic
    plan = [
        ('G', 'I. Sasaran : Meningkatnya kualitas layanan pengujian bahan konstruksi'),
        ('L01', 3000, (750, 750, 750, 750), (720, V('=412+398', 810), 765), {}, 'Sub Bag TU / Kasi Pengujian'),
        ('L09', 1500, (375, 375, 375, 375), (380, 420, 395), {}, 'Kasi Pengujian'),
        ('L10', 700, (175, 175, 175, 175), (170, 185, 160), {}, 'Kasi Pengujian'),
        ('L11', 600, (150, 150, 150, 150), (150, 160, 171), {'wrongII': True}, 'Kasi Pengujian'),
        ('L20', 100, (25, 25, 25, 25), (22, 31, 27), {}, 'Kasi Pengujian'),
        ('L02', 500, (125, 125, 125, 125), (118, 127, 120), {}, 'Kasi Pengujian'),
        ('L03', 6, (6, 6, 6, 6), (6.5, 6.2, 5.8), {}, 'Kasi Pengujian'),
        ('L19', 93, (V(0.93, 93, P1),) * 4, (V(0.915, 91.5, P1), V(0.938, 93.8, P1), V(0.942, 94.2, P1)), {}, 'Kasi Pengujian'),
        ('L12', V('>= 95', 95), (V(0.95, 95, P1),) * 4, (V(0.968, 96.8, P1), V(0.973, 97.3, P1), V(0.97, 97.0, P1)), {}, 'Kasi Mutu'),
        ('L04b', 20, (18, 18, 20, 20), (18, 18, 21), {}, 'Manajer Mutu'),
        ('G', 'II. Sasaran : Meningkatnya kepuasan pelanggan'),
        ('L08', 83, (D, 83, D, 83), (D, 83.6, None), {1: D}, 'Sub Bag TU'),
        ('L06', 8, (2, 2, 2, 2), (2, 1, 3), {}, 'Sub Bag TU'),
        ('L17', 70, (17, 18, 17, 18), (18, 21, 16), {}, 'Sub Bag TU'),
        ('DUP', 'L17'),
        ('L18', 480, (440, 455, 470, 480), (460, 478, V('492 pelanggan', 492)), {3: 104.68}, 'Sub Bag TU'),
        ('L05', 1000000000, (250000000,) * 4, (V('Rp 231.400.000', 231400000), 268750000, 254100000), {1: 92.56}, 'Bendahara Penerimaan'),
        ('G', 'III. Sasaran : Meningkatnya kapasitas SDM dan peralatan laboratorium'),
        ('L13', 30, (D, 15, 10, 5), (D, 12, 9), {1: D}, 'Kasi Sarana'),
        ('L14', 93, (93, 93, 93, 93), (93.0, 94.1, 92.7), {}, 'Kasi Sarana'),
        ('L15', 12, (10, 10, 12, 12), (10, 11, 11), {}, 'Sub Bag TU'),
        ('L16', 14, (4, 4, 3, 3), (4, 3, 5), {}, 'Sub Bag TU'),
    ]
    QT, QR, QP = 'EHKN', 'FILO', 'GJMP'
    r = 8
    no = 0
    R = {}
    for item in plan:
        if item[0] == 'G':
            text(ws, 'B%d' % r, item[1], bold=True, border=True)
            box(ws, 'A%d:Q%d' % (r, r))
            r += 1
            continue
        if item[0] == 'DUP':
            src = R[item[1]]
            for c in 'ABCDEFGHIJKLMNOPQ':
                v = ws['%s%d' % (c, src)].value
                if isinstance(v, str) and v.startswith('='):
                    v = re.sub(r'([A-Z]+)%d\b' % src, lambda m: m.group(1) + str(r), v)
                ws['%s%d' % (c, r)].value = v
                ws['%s%d' % (c, r)].number_format = ws['%s%d' % (c, src)].number_format
                ws['%s%d' % (c, r)].border = BORDER
            ag.note(fname, ws.title, 'row %d: exact duplicate of row %d (L17, same No.); not a key row' % (r, src))
            r += 1
            continue
        sid, tg, qt, qr, pct, pic = item
        no += 1
        R[sid] = r
        fmt = fmt_of(sid)
        put(ws, 'A%d' % r, no, align=CENTER)
        put(ws, 'B%d' % r, N[sid][2025], align=WRAP)
        put(ws, 'C%d' % r, UNIT[sid], align=CENTER)
        kt = put(ws, 'D%d' % r, tg if isinstance(tg, V) else as_v(tg), fmt=fmt)
        ks = []
        for q in range(4):
            put(ws, '%s%d' % (QT[q], r), qt[q] if isinstance(qt[q], V) else as_v(qt[q]), fmt=fmt)
            if q < 3:
                x = qr[q]
                ks.append(put(ws, '%s%d' % (QR[q], r), x if isinstance(x, V) else as_v(x), fmt=fmt))
                if (q + 1) in pct:
                    put(ws, '%s%d' % (QP[q], r), pct[q + 1], fmt=FMT_CAP)
                elif x is None:
                    put(ws, '%s%d' % (QP[q], r), None)
                elif q == 1 and pct.get('wrongII'):
                    put(ws, '%s%d' % (QP[q], r), '=%s%d/%s%d*100' % (QR[q], r + 1, QT[q], r + 1), fmt=FMT_CAP)
                else:
                    put(ws, '%s%d' % (QP[q], r), '=%s%d/%s%d*100' % (QR[q], r, QT[q], r), fmt=FMT_CAP)
            else:
                put(ws, '%s%d' % (QR[q], r), None)
                put(ws, '%s%d' % (QP[q], r), None)
        put(ws, 'Q%d' % r, pic, align=WRAP)
        how = 'sum' if sid in FLOWS else 'last'
        ag.key(fname, ws, r, 'B', 2025, sid, kt, agg(ks, how), (['D%d' % r], 'one'), (['%s%d' % (c, r) for c in QR], how))
        r += 1
    last = r - 1
    text(ws, 'B%d' % (r + 1), 'Catatan: realisasi Triwulan IV belum dilaporkan.', italic=True)
    text(ws, 'M%d' % (r + 2), 'Muara Temiang, 8 Oktober 2025')
    sig(ws, r + 3, 'M', KUPTD)
    ag.describe(fname, ws.title,
                'Quarterly Rencana Aksi REPORTED UP TO TW III, no annual realisasi column. Title rows 1-3; header rows 5-6 (No | Indikator '
                'Kinerja | Satuan | Target 2025 | Triwulan I..IV each T, R, %% | Penanggung Jawab), numbered row 7 "(1)".."(17)". TW IV '
                'has targets only. Key realisasi = TW I + II + III for flow ids, the last reported quarter for level ids. Group rows '
                '"I./II./III. Sasaran : ..." (text in B) at rows 8, %d, %d; data rows 9-%d. 19 key rows.' % (R['L08'] - 1, R['L13'] - 1, last))
    ag.note(fname, ws.title, 'row %d (L01): TW II realisasi is the formula =412+398 (two batches added by hand) -> 810; key 720 + 810 + 765 = 2295' % R['L01'])
    ag.note(fname, ws.title, 'row %d (L11): TW II %% formula points at the next row (L20)' % R['L11'])
    ag.note(fname, ws.title, 'row %d (L03, NEGATIVE level): quarter %% = R/T*100 (positive formula: 108,33 / 103,33 / 96,67); key realisasi = TW III 5.8' % R['L03'])
    ag.note(fname, ws.title, 'rows %d, %d (L19, L12): quarter targets and realisasi as fractions in "0.0%%" cells -> percent points; '
            'L12 annual target ">= 95" -> 95' % (R['L19'], R['L12']))
    ag.note(fname, ws.title, 'row %d (L08, level): TW I "-", TW II 83,6, TW III empty -> last reported = TW II 83.6' % R['L08'])
    ag.note(fname, ws.title, 'row %d (L18, level, cumulative): TW III realisasi typed as text "492 pelanggan" -> 492; %% typed' % R['L18'])
    ag.note(fname, ws.title, 'row %d (L05): TW I realisasi typed as text "Rp 231.400.000" -> 231400000; key = 754.250.000' % R['L05'])
    ag.note(fname, ws.title, 'row %d (L13): TW I target and realisasi "-"; key 12 + 9 = 21' % R['L13'])
    ag.note(fname, ws.title, 'row %d (L04b): "Jumlah metode uji yang terakreditasi KAN" - ambiguous with L04 "ruang lingkup pengujian terakreditasi"' % R['L04b'])
    rv = wb.create_sheet('Revisi TW II')
    text(rv, 'A1', 'REVISI DATA TW II (sebelum verifikasi) - tidak dipakai')
    for i, (sid, a, b) in enumerate([('L01', 720, 795), ('L02', 118, 122), ('L05', 231400000, 259000000), ('L17', 18, 19)], 3):
        rv.cell(row=i, column=1, value=N[sid][2025])
        rv.cell(row=i, column=2, value=a)
        rv.cell(row=i, column=3, value=b)
    rv.sheet_state = 'hidden'
    ag.describe(fname, rv.title, 'HIDDEN sheet with an unverified TW II revision (4 rows). Not key rows.')
    ct = wb.create_sheet('Catatan')
    for i, s in enumerate(['Catatan:', '- LHU = Laporan Hasil Uji; KAN = Komite Akreditasi Nasional',
                           '- ruang lingkup akreditasi SNI ISO/IEC 17025:2017, LP-1187-IDN',
                           '- pengujian lapangan: sondir, core drill beton, DCP',
                           '- data TW IV akan dilaporkan paling lambat 10 Januari 2026'], 1):
        text(ct, 'A%d' % i, s)
    ag.describe(fname, ct.title, 'Notes sheet. Not key rows.')
    ag.save(wb, 'Rencana Aksi Lab Uji TW III 2025', 'ods')


def build():
    ag = Agency(SLUG, AG, YEARS)
    ag.flows = FLOWS
    ag.negatives = NEG
    ag.ambiguous = [['L04', 'L04b']]
    ag.must_not_merge = [
        ('L09 / L10 / L11', 'three sub-types of tests: beton (concrete), aspal (asphalt), tanah (soil); and none of them is L01 (all tests)'),
        ('L17 / L18', 'pelanggan BARU (new customers, flow) vs jumlah pelanggan (all customers, cumulative)'),
        ('L06 / L07', 'Jumlah pengaduan (count, negative) vs Persentase pengaduan yang ditindaklanjuti (%)'),
        ('L03 / L19', 'rata-rata waktu penyelesaian (days, negative) vs persentase ketepatan waktu (%)'),
        ('L15 / L16', 'personil bersertifikat kompetensi (level) vs personil yang mengikuti pelatihan (flow)'),
        ('L13 / L14', 'jumlah peralatan dikalibrasi vs persentase peralatan dalam kondisi baik'),
    ]
    y2022(ag)
    y2023_2024(ag)
    y2025(ag)
    return ag
