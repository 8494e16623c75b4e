"""Agency 1: UPTD Laboratorium Kesehatan Daerah, Kabupaten Lembah Kemuning (invented), 2021-2024.

Files
  Labkesda_PK_2021.xlsx            sheet 'PK 2021'            annual PK table (2021)
  Labkesda_Renaksi_2022.ods        sheet 'RENAKSI 2022'       Rencana Aksi in 5-row blocks (2022)
  Labkesda_Evaluasi_2023_2024.xls  sheet 'E81 TW IV 2023'     Permendagri 86 form E.81 (2023)
                                   sheet 'Rekap Bulanan 2024' monthly recap turned over:
                                                              months down, indicators across (2024)
"""
import random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from common import *

SLUG = 'uptd_labkesda_kab_lembah_kemuning'
FLOW = ['L01', 'L02', 'L08', 'L09', 'L10', 'L14', 'L15', 'L17', 'L20', 'L21', 'L22']
LEVEL = ['L03', 'L04', 'L05', 'L06', 'L06b', 'L07', 'L11', 'L12', 'L13', 'L16', 'L18', 'L19']
AG = Agency(SLUG, 'UPTD Laboratorium Kesehatan Daerah (Labkesda) Kabupaten Lembah Kemuning',
            [2021, 2022, 2023, 2024], [['L06', 'L06b']], FLOW, LEVEL)
rng = random.Random(7401)


# =====================================================================  2021
def pk_2021():
    F = 'Labkesda_PK_2021.xlsx'
    wb = Workbook()
    ws = wb.active
    ws.title = 'PK 2021'
    widths(ws, {'A': 5, 'B': 30, 'C': 46, 'D': 14, 'E': 11, 'F': 14, 'G': 11, 'H': 11, 'I': 24})
    for r, t in enumerate(['PENGUKURAN KINERJA', 'UPTD LABORATORIUM KESEHATAN DAERAH',
                           'KABUPATEN LEMBAH KEMUNING', 'TAHUN ANGGARAN 2021'], start=1):
        merge(ws, f'A{r}:I{r}', t, bold=True, h='center')
    put(ws, 'A6', 'Unit Kerja')
    put(ws, 'C6', ': UPTD Labkesda pada Dinas Kesehatan Kab. Lembah Kemuning')
    hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)
    merge(ws, 'A8:A9', 'No', **hdr)
    merge(ws, 'B8:B9', 'Sasaran Strategis', **hdr)
    merge(ws, 'C8:C9', 'Indikator Kinerja', **hdr)
    merge(ws, 'D8:E8', 'Target', **hdr)
    merge(ws, 'F8:G8', 'Realisasi', **hdr)
    merge(ws, 'H8:H9', 'Capaian (%)', **hdr)
    merge(ws, 'I8:I9', 'Keterangan', **hdr)
    for c, t in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
        put(ws, f'{c}9', t, **hdr)
    put(ws, 'A10', '(1)', h='center', border=True)
    put(ws, 'B10', '(2)', h='center', border=True)
    put(ws, 'C10', '(3)', h='center', border=True)
    merge(ws, 'D10:E10', '(4)', h='center', border=True)
    merge(ws, 'F10:G10', '(5)', h='center', border=True)
    put(ws, 'H10', '(6)', h='center', border=True)
    put(ws, 'I10', '(7)', h='center', border=True)

    # (id, name, target cell value, fmt, unit, real value, fmt, target key, real key, capaian, note)
    # capaian: 'f' positive formula, 'n' negative formula, or a typed number
    S1 = 'Meningkatnya mutu pelayanan pemeriksaan laboratorium klinik'
    S2 = 'Meningkatnya pengawasan kualitas air, pangan dan lingkungan'
    S3 = 'Meningkatnya kapasitas kelembagaan dan kemandirian keuangan laboratorium'
    rows = [
        (S1, 'L01', 'Jumlah sampel klinis yang diperiksa', 16000, THOU, 'sampel', 17245, THOU, 16000, 17245, 'f', ''),
        (S1, 'L19', 'Persentase sampel klinis yang memenuhi', '>= 95', None, '%', 96.4, None, 95, 96.4, 101.47, ''),
        (S1, None, 'syarat pra-analitik', None, None, None, None, None, None, None, None, ''),
        (S1, 'L05', 'Rata-rata waktu tunggu hasil pemeriksaan laboratorium klinik', '≤ 24', None, 'jam', 22.5, None, 24, 22.5, 106.25, 'indikator negatif'),
        (S1, 'L10', 'Jumlah spesimen COVID-19 yang diperiksa dengan PCR', 9000, THOU, 'spesimen', '11.874', None, 9000, 11874, 131.93, 'lonjakan kasus Juli-Agustus'),
        (S1, 'L16', 'Persentase pemeriksaan yang dilakukan pemantapan mutu internal (PMI)', 100, None, '%', 100, None, 100, 100, 'f', ''),
        (S1, 'L06', 'Persentase parameter uji profisiensi dengan hasil memuaskan', 90, None, '%', 92.3, None, 90, 92.3, 'f', 'PME Kemenkes siklus I & II'),
        (S1, 'L07', 'Status akreditasi laboratorium *)', 'Utama', None, 'predikat', 'Utama', None, None, None, 100, ''),
        (S2, 'L02', 'Jumlah sampel air minum yang diuji kualitasnya', 14400, THOU, 'sampel', 1512, THOU, 14400, 1512, 'f', ''),
        (S2, 'L03', 'Prosentase sampel air minum yang memenuhi syarat', 0.9, PCT0, '%', 0.916, PCT1, 90, 91.6, 'f', ''),
        (S2, 'HID', 'Jumlah sampel air yang diuji (draft)', 1800, THOU, 'sampel', 1730, THOU, None, None, 'f', 'dihapus'),
        (S2, 'L04', 'Prosentase sampel air bersih yang memenuhi syarat', 80, None, '%', '78,3', None, 80, 78.3, 97.88, ''),
        (S2, 'L08', 'Jumlah sampel makanan dan minuman yang diperiksa', 600, None, 'sampel', 574, None, 600, 574, 'f', ''),
        (S2, 'L20', 'Jumlah sampel udara yang diperiksa', 120, None, 'sampel', 131, None, 120, 131, 'f', ''),
        (S2, 'L21', 'Jumlah sampel limbah cair yang diperiksa', 100, None, 'sampel', 96, None, 100, 96, 'f', ''),
        (S3, 'L11', 'Indeks Kepuasan Masyarakat (IKM)', 80, None, 'nilai', '82,40', None, 80, 82.4, 103, 'survei semester II'),
        (S3, 'L13', 'Persentase alat laboratorium yang terkalibrasi', 85, None, '%', 88.9, None, 85, 88.9, 'f', ''),
        (S3, 'L14', 'Pendapatan retribusi pelayanan laboratorium', 850000000, THOU, 'Rupiah', '871.450.000', None, 850000000, 871450000, 102.52, ''),
        (S3, 'L15', 'Jumlah petugas laboratorium yang mengikuti pelatihan', 10, None, 'orang', 12, None, 10, 12, 'f', ''),
        ('MOVED', 'L12', 'Jumlah fasyankes yang merujuk sampel ke Labkesda', 35, None, 'fasyankes', 38, None, 35, 38, 'f', ''),
    ]
    r = 11
    no = 0
    sas_start = {}
    for sas, iid, name, tv, tf, unit, rv, rf, tk, rk, cap, note in rows:
        if iid is None:                      # continuation row of a wrapped name
            put(ws, f'C{r}', name, wrap=True, v='top')
            for c in 'ADEFGHI':
                put(ws, f'{c}{r}', None, border=True)
            box(ws, f'C{r}:C{r}')
            sas_start.setdefault(sas, r)
            r += 1
            continue
        if iid != 'HID':
            no += 1
            put(ws, f'A{r}', no, h='center', v='top', border=True)
        if sas == 'MOVED':
            put(ws, f'B{r}', name, wrap=True, v='top', border=True)
            put(ws, f'C{r}', None, border=True)
            ncell = f'B{r}'
        else:
            sas_start.setdefault(sas, r)
            put(ws, f'C{r}', name, wrap=True, v='top', border=True)
            ncell = f'C{r}'
        put(ws, f'D{r}', tv, fmt=tf, h='right', border=True)
        put(ws, f'E{r}', unit, h='center', border=True)
        put(ws, f'F{r}', rv, fmt=rf, h='right', border=True)
        put(ws, f'G{r}', unit, h='center', border=True)
        if cap == 'f':
            put(ws, f'H{r}', f'=ROUND(F{r}/D{r}*100,2)', fmt=DEC2, border=True)
        else:
            put(ws, f'H{r}', cap, fmt=DEC2, border=True)
        put(ws, f'I{r}', note, wrap=True, border=True)
        if iid == 'HID':
            ws.row_dimensions[r].hidden = True
        else:
            AG.key(F, 'PK 2021', ncell, 2021, name, iid, tk, rk, one(f'D{r}'), one(f'F{r}'), ws)
        r += 1
        sas_end = r - 1
        if sas != 'MOVED':
            sas_last = {}  # noqa
    # sasaran merges (the moved row stands alone at the end)
    groups = {}
    rr = 11
    for sas, iid, *_ in rows:
        groups.setdefault(sas, []).append(rr)
        rr += 1
    for sas, rs in groups.items():
        if sas == 'MOVED':
            continue
        merge(ws, f'B{rs[0]}:B{rs[-1]}', sas, wrap=True, v='top', border=True)
    last = r - 1
    r += 1
    put(ws, f'A{r}', '*) Akreditasi KALK tahun 2019 (predikat Utama), berlaku s.d. 2024.', italic=True)
    r += 2
    put(ws, f'B{r}', 'Jumlah Anggaran Kegiatan Tahun 2021')
    put(ws, f'D{r}', ': Rp. 1.486.250.000')
    put(ws, f'B{r+1}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2021')
    put(ws, f'D{r+1}', ': Rp. 1.402.118.560')
    r += 3
    for i, t in enumerate(['Lembah Kemuning, 31 Desember 2021', 'Kepala UPTD Laboratorium Kesehatan Daerah',
                           '', '', '', 'dr. RATNA SARIMBUN, M.Kes', 'Penata Tk. I (III/d)',
                           'NIP. 19790314 200604 2 011']):
        if t:
            put(ws, f'G{r+i}', t, bold=(i == 5))
    ws.freeze_panes = 'D11'

    # hidden draft sheet: an earlier version with other targets
    wd = wb.create_sheet('Draft PK 2021')
    put(wd, 'A1', 'DRAFT - jangan dikirim')
    put(wd, 'A3', 'Indikator')
    put(wd, 'B3', 'Target')
    put(wd, 'C3', 'Realisasi')
    for i, (sas, iid, name, tv, tf, unit, rv, rf, tk, rk, cap, note) in enumerate(rows):
        if iid in (None, 'HID'):
            continue
        put(wd, f'A{4+i}', name)
        put(wd, f'B{4+i}', tk if not isinstance(tk, (int, float)) else round(tk * 0.95, 1))
        put(wd, f'C{4+i}', '-')
    wd.sheet_state = 'hidden'
    wn = wb.create_sheet('Catatan')
    notes = ['Catatan penyusunan PK 2021:',
             '1. Target jumlah sampel air minum mengikuti Renja awal, belum disesuaikan.',
             '2. Pemeriksaan PCR meningkat tajam pada triwulan III.',
             '3. Nilai IKM diambil dari survei semester II (n = 210 responden).',
             '4. Indikator fasyankes perujuk dicatat di kolom sasaran karena revisi format.']
    for i, t in enumerate(notes, start=1):
        put(wn, f'A{i}', t)
    wn.column_dimensions['A'].width = 90
    AG.save(wb, F.replace('.xlsx', '.xlsx'))


# =====================================================================  2022
def renaksi_2022():
    F = 'Labkesda_Renaksi_2022.ods'
    SH = 'RENAKSI 2022'
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    widths(ws, {'A': 5, 'B': 28, 'C': 40, 'D': 11, 'E': 17, 'F': 15, 'G': 15, 'H': 9, 'I': 24})
    for r, t in enumerate(['RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN',
                           'UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN LEMBAH KEMUNING',
                           'TAHUN 2022'], start=1):
        merge(ws, f'A{r}:I{r}', t, bold=True, h='center')
    hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)
    merge(ws, 'A5:A6', 'No', **hdr)
    merge(ws, 'B5:B6', 'Sasaran Strategis', **hdr)
    merge(ws, 'C5:C6', 'Indikator Sasaran', **hdr)
    merge(ws, 'D5:D6', 'Satuan', **hdr)
    merge(ws, 'E5:H5', 'Kriteria Keberhasilan Sasaran (Target Tahunan & Triwulan)', **hdr)
    for c, t in zip('EFGH', ['Periode', 'Target', 'Realisasi', '%']):
        put(ws, f'{c}6', t, **hdr)
    merge(ws, 'I5:I6', 'Penanggung Jawab', **hdr)
    for i, c in enumerate('ABCDEFGHI', start=1):
        put(ws, f'{c}7', f'({i})', h='center', border=True)

    S1 = 'Meningkatnya mutu pelayanan pemeriksaan laboratorium klinik'
    S2 = 'Meningkatnya pengawasan kualitas air, pangan dan lingkungan'
    S3 = 'Meningkatnya kapasitas kelembagaan dan kemandirian keuangan'
    PJ1, PJ2, PJ3 = 'Kepala Seksi Pelayanan Klinik', 'Kepala Seksi Kesehatan Lingkungan', 'Kasubbag Tata Usaha'
    # id, name, unit, annual target (value, fmt, key), quarter targets, quarter realisasi (value or (value, fmt)), PJ
    Q = lambda *a: list(a)
    blocks = [
        (S1, 'L01', 'Jumlah Sampel Klinis yg Diperiksa ', 'sampel', (17500, THOU, 17500), Q(4375, 4375, 4375, 4375), Q(4300, 4520, 4610, 4672), PJ1),
        (S1, 'L19', 'Persentase Sampel Klinis yang Memenuhi Syarat Pra-Analitik', '%', (95, None, 95), Q(95, 95, 95, 95), Q(96.2, 96.8, 97.0, 97.1), PJ1),
        (S1, 'L05', 'Rata - rata Waktu Tunggu Hasil Pemeriksaan Klinik (jam)', 'jam', (24, None, 24), Q(24, 24, 24, 24), Q(23.0, 22.0, 21.5, 21.0), PJ1),
        (S1, 'L09', 'Jumlah Pemeriksaan TCM (Tes Cepat Molekuler) TB', 'pemeriksaan', ('1.200 pemeriksaan', None, 1200), Q(300, 300, 300, 300), Q(312, 338, 344, 362), PJ1),
        (S1, 'L10', 'Jumlah Spesimen PCR COVID-19 yang Diperiksa', 'spesimen', (4000, THOU, 4000), Q(1000, 1000, 1000, 1000), Q(1120, 640, 355, 200), PJ1),
        (S1, 'L16', 'Persentase Pemeriksaan dg Pemantapan Mutu Internal', '%', (100, None, 100), Q(100, 100, 100, 100), Q(100, 100, 100, 100), PJ1),
        (S1, 'L06', 'Persentase Parameter Uji Profisiensi dg Hasil Memuaskan', '%', (90, None, 90), Q('-', 90, '-', 90), Q('-', 91.5, '-', 93.8), PJ1),
        (S1, 'L07', 'Status Akreditasi Laboratorium Kesehatan', 'predikat', ('Paripurna', None, None), Q('-', '-', '-', 'Paripurna'), Q('-', '-', '-', 'Paripurna'), PJ1),
        (S2, 'L02', 'Jumlah Sampel Air Minum yang Diuji', 'sampel', (1500, THOU, 1500), Q(375, 375, 375, 375), Q(356, 372, 381, 379), PJ2),
        (S2, 'L03', 'Persentase Sampel Air Minum yg Memenuhi Syarat Kesehatan', '%', (0.9, PCT0, 90), Q((0.9, PCT0), (0.9, PCT0), (0.9, PCT0), (0.9, PCT0)),
         Q((0.912, PCT1), (0.92, PCT1), (0.928, PCT1), (0.93, None)), PJ2),
        (S2, 'L04', 'Persentase Sampel Air Bersih yg Memenuhi Syarat Kesehatan', '%', ('80 - 85 %', None, 80), Q(80, 80, 80, 80), Q(79.5, 80.4, 80.8, 81.0), PJ2),
        (S2, 'L18', 'Rata-rata Waktu Tunggu Hasil Uji Kualitas Air (hari)', 'hari', (7, None, 7), Q(7, 7, 7, 7), Q(7, 6.5, 6, 6), PJ2),
        (S2, 'L08', 'Jumlah Sampel Makanan & Minuman yang Diperiksa', 'sampel', (620, None, 620), Q(155, 155, 155, 155), Q(150, 162, 168, 175), PJ2),
        (S2, 'L20', 'Jumlah Sampel Udara Ambien yang Diperiksa', 'sampel', (130, None, 130), Q(32, 33, 32, 33), Q(30, 33, 31, 34), PJ2),
        (S2, 'L21', 'Jumlah Sampel Limbah Cair yang Diperiksa', 'sampel', (110, None, 110), Q(27, 28, 27, 28), Q(27, 29, 30, 31), PJ2),
        (S3, 'L11', 'Nilai IKM Pelayanan Laboratorium', 'nilai', (81, None, 81), Q('-', 81, '-', 81), Q('-', 82.6, '-', 83.1), PJ3),
        (S3, 'L12', 'Jumlah Fasilitas Pelayanan Kesehatan yang Merujuk Sampel', 'fasyankes', (40, None, 40), Q(38, 38, 40, 40), Q(38, 39, 41, 42), PJ3),
        (S3, 'L13', 'Persentase Alat Laboratorium yang Dikalibrasi', '%', (90, None, 90), Q(90, 90, 90, 90), Q(85.0, 86.5, 88.0, None), PJ3),
        (S3, 'L14', 'Pendapatan Retribusi Pelayanan Laboratorium Kesehatan', 'Rp', ('Rp 900.000.000', None, 900000000),
         Q(225000000, 225000000, 225000000, 225000000), Q(215400000, 228750000, 236100000, 254000000), PJ3),
        (S3, 'L15', 'Jumlah Tenaga Laboratorium yang Mengikuti Pelatihan/Bimtek', 'orang', (12, None, 12), Q(3, 3, 3, 3), Q('-', 6, 4, 4), PJ3),
    ]
    r = 8
    sas_rows = {}
    for no, (sas, iid, name, unit, (tv, tf, tk), qt, qr, pj) in enumerate(blocks, start=1):
        merge(ws, f'A{r}:A{r+4}', no, h='center', v='top', border=True)
        merge(ws, f'C{r}:C{r+4}', name, wrap=True, v='top', border=True)
        merge(ws, f'D{r}:D{r+4}', unit, h='center', v='top', border=True)
        merge(ws, f'I{r}:I{r+4}', pj, wrap=True, v='top', border=True)
        sas_rows.setdefault(sas, []).append(r)
        put(ws, f'E{r}', 'Target Tahunan :', border=True)
        put(ws, f'F{r}', tv, fmt=tf or (THOU if isinstance(tv, int) and tv >= 1000 else None), h='right', border=True)
        put(ws, f'G{r}', None, border=True)
        put(ws, f'H{r}', None, border=True)
        reals = []
        for q in range(4):
            rr = r + 1 + q
            put(ws, f'E{rr}', f'TW {q+1} (B{3*(q+1):02d}) :', border=True)
            t = qt[q]
            tfmt = None
            if isinstance(t, tuple):
                t, tfmt = t
            put(ws, f'F{rr}', t, fmt=tfmt or (THOU if isinstance(t, int) and t >= 1000 else None), h='right', border=True)
            v = qr[q]
            vfmt = None
            if isinstance(v, tuple):
                v, vfmt = v
            put(ws, f'G{rr}', v, fmt=vfmt or (THOU if isinstance(v, int) and v >= 1000 else None), h='right', border=True)
            if isinstance(v, (int, float)) and isinstance(t, (int, float)):
                put(ws, f'H{rr}', f'=ROUND(G{rr}/F{rr}*100,2)', fmt=DEC2, border=True)
            else:
                put(ws, f'H{rr}', '-', h='center', border=True)
            reals.append(v if isinstance(v, (int, float)) else None)
        flow = iid in FLOW
        rk = realise(reals, flow)
        if iid == 'L07':
            rk = None
        AG.key(F, SH, f'C{r}', 2022, name, iid, tk, rk, one(f'F{r}'),
               agg([f'G{r+1+q}' for q in range(4)], flow), ws)
        r += 5
    for sas, rs in sas_rows.items():
        merge(ws, f'B{rs[0]}:B{rs[-1]+4}', sas, wrap=True, v='top', border=True)
    r += 1
    put(ws, f'A{r}', 'Keterangan : TW = Triwulan; B03, B06, B09, B12 = bulan pengukuran (Maret, Juni, September, Desember).', italic=True)
    put(ws, f'A{r+1}', 'Realisasi TW IV kalibrasi alat belum masuk (sertifikat dari BPFK belum terbit).', italic=True)
    r += 3
    for i, t in enumerate(['Lembah Kemuning, 30 Desember 2022', 'Kepala UPTD Laboratorium Kesehatan Daerah', '', '', '',
                           'dr. RATNA SARIMBUN, M.Kes', 'Pembina (IV/a)', 'NIP. 19790314 200604 2 011']):
        if t:
            put(ws, f'G{r+i}', t, bold=(i == 5))
    AG.save(wb, F)


# =====================================================================  2023 + 2024
def evaluasi_2023_2024():
    F = 'Labkesda_Evaluasi_2023_2024.xls'
    wb = Workbook()
    e81(wb.active, F)
    monthly_2024(wb.create_sheet('Rekap Bulanan 2024'), F)
    AG.save(wb, F)


def e81(ws, F):
    SH = 'E81 TW IV 2023'
    ws.title = SH
    widths(ws, {'A': 5, 'B': 22, 'C': 30, 'D': 40, 'E': 11, 'Z': 22})
    for c in 'FGHIJKLMNOPQRSTUVWXY':
        ws.column_dimensions[c].width = 9 if c in 'FHJLNPRTVX' else 14
    merge(ws, 'A1:Z1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH', bold=True, h='center')
    merge(ws, 'A2:Z2', 'UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN LEMBAH KEMUNING', bold=True, h='center')
    merge(ws, 'A3:Z3', 'PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2023', bold=True, h='center')
    put(ws, 'A4', 'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD : Meningkatnya derajat kesehatan masyarakat')
    hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)
    merge(ws, 'A6:A8', 'No', **hdr)
    merge(ws, 'B6:B8', 'Sasaran', **hdr)
    merge(ws, 'C6:C8', 'Program / Kegiatan / Sub Kegiatan', **hdr)
    merge(ws, 'D6:D8', 'Indikator Kinerja Program (outcome) / Kegiatan (output)', **hdr)
    merge(ws, 'E6:E8', 'Satuan', **hdr)
    merge(ws, 'F6:G7', 'Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra PD)', **hdr)
    merge(ws, 'H6:I7', 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja PD Tahun 2022', **hdr)
    merge(ws, 'J6:K7', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang dievaluasi', **hdr)
    merge(ws, 'L6:S6', 'Realisasi Kinerja Pada Triwulan', **hdr)
    for a, b, t in [('L', 'M', 'I'), ('N', 'O', 'II'), ('P', 'Q', 'III'), ('R', 'S', 'IV')]:
        merge(ws, f'{a}7:{b}7', t, **hdr)
    merge(ws, 'T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi', **hdr)
    merge(ws, 'V6:W7', 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2023', **hdr)
    merge(ws, 'X6:Y7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2023 (%)', **hdr)
    merge(ws, 'Z6:Z8', 'Unit PD Penanggung Jawab', **hdr)
    pairs = [('F', 'G'), ('H', 'I'), ('J', 'K'), ('L', 'M'), ('N', 'O'), ('P', 'Q'), ('R', 'S'), ('T', 'U'), ('V', 'W'), ('X', 'Y')]
    for k, p in pairs:
        put(ws, f'{k}8', 'K', **hdr)
        put(ws, f'{p}8', 'Rp', **hdr)
    nums = ['6', '7', '8', '9', '10', '11', '12', '13 = 9+10+11+12', '14 = 7 + 13', '15 = 14/6 x 100']
    for c, n in zip('ABCDE', '12345'):
        put(ws, f'{c}9', int(n), h='center', border=True)
    for (k, p), n in zip(pairs, nums):
        merge(ws, f'{k}9:{p}9', n, h='center', border=True)
    put(ws, 'Z9', 16, h='center', border=True)

    # id, name, unit, F renstra 2026, H real s.d. 2022, J target 2023, quarters, T-mode, T key
    # T-mode: 'sum' | 'last' | 'sum3' (wrong: omits TW IV) | 'sumpct' (wrong: adds percentages) | ('typed', v)
    subs = [
        ('Operasional Pelayanan Laboratorium Kesehatan', 'Kepala Seksi Pelayanan Klinik',
         (2450000000, 1046600000, 512600000, [96200000, 131750000, 118400000, 148950000]), [
            ('L01', 'Jumlah sampel klinis yang diperiksa di laboratorium', 'sampel', 92000, 35347, 18500, [4710, 4790, 4905, 4972], 'sum3'),
            ('L19', 'Persentase sampel klinis memenuhi syarat pra analitik', '%', 98, 97.1, 96, [97.2, 97.5, 97.6, 97.8], 'last'),
            ('L05', 'Waktu tunggu hasil pemeriksaan laboratorium klinik', 'jam', 18, 21, 22, [21.5, 21.0, 20.8, 20.5], 'last'),
            ('L09', 'Jumlah pemeriksaan Tes Cepat Molekuler (TCM) tuberkulosis', 'pemeriksaan', 7200, 1356, 1400, [352, 371, 389, 400], 'sum'),
            ('L16', 'Persentase pemeriksaan dengan PMI', '%', 100, 100, 100, [98.0, 98.5, 99.0, 98.6], 'sumpct'),
            ('L06b', 'Persentase parameter Pemantapan Mutu Eksternal (PME) yang lulus', '%', 95, 93.8, 92, ['-', 94.0, '-', 95.0], 'last'),
            ('L07', 'Predikat akreditasi laboratorium kesehatan daerah', 'predikat', 'Paripurna', 'Paripurna', 'Paripurna', ['-', '-', '-', 'Paripurna'], 'last'),
        ]),
        ('Pengambilan dan Pengujian Sampel Kesehatan Lingkungan dan Pangan', 'Kepala Seksi Kesehatan Lingkungan',
         (1350000000, 566300000, 287400000, [52300000, 71650000, 80200000, 79450000]), [
            ('L02', 'Jumlah sampel air minum yang dilakukan uji kualitas', 'sampel', 7800, 3000, 1560, [389, 401, 398, 415], 'sum'),
            ('L03', 'Persentase sampel air minum memenuhi syarat kesehatan', '%', 93, 0.93, 91, [91.8, 92.0, 92.2, 92.4], 'last'),
            ('L04', 'Persentase sampel air bersih memenuhi syarat kesehatan', '%', 85, 81.0, 82, [81.9, 82.6, 83.0, 83.5], 'last'),
            ('L18', 'Waktu tunggu hasil uji kualitas air', 'hari', 4, 6, 6, [6, 5.8, 5.5, 5.5], 'last'),
            ('L08', 'Jumlah sampel makanan dan minuman yang diperiksa', 'sampel', 3300, 1229, 650, [160, 171, 180, 191], ('typed', 0)),
            ('L17', 'Jumlah sampel lingkungan (udara dan limbah cair) yang diperiksa', 'sampel', 1250, 0, 240, [58, 66, 67, 72], 'sum'),
        ]),
        ('Pengelolaan Pelayanan dan Peningkatan Mutu Laboratorium', 'Kasubbag Tata Usaha',
         (980000000, 401250000, 214800000, [38100000, 55400000, 57250000, 60950000]), [
            ('L11', 'Indeks kepuasan masyarakat terhadap layanan laboratorium', 'nilai', 85, 83.1, 82, ['-', 83.2, '-', 84.05], 'last'),
            ('L12', 'Jumlah fasyankes perujuk sampel', 'fasyankes', 50, 42, 44, [43, 44, 44, 45], 'last'),
            ('L13', 'Persentase alat laboratorium terkalibrasi', '%', 95, 88, 90, [89.2, 90.0, 91.7, 91.7], 'last'),
            ('L14', 'Realisasi pendapatan retribusi pelayanan laboratorium kesehatan', 'Rp', 5000000000, 1805700000, 950000000,
             [238500000, 251300000, 247800000, 275000000], 'sum'),
            ('L15', 'Jumlah petugas laboratorium yang dilatih', 'orang', 60, 26, 12, [2, 4, 3, 2], 'sum'),
        ]),
    ]
    num = lambda v: THOU if isinstance(v, (int, float)) and abs(v) >= 1000 else None
    r = 10
    # programme and kegiatan rows
    put(ws, f'A{r}', 1, h='center', border=True)
    put(ws, f'C{r}', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', bold=True, wrap=True, border=True)
    prog_row = r
    put(ws, f'A{r+1}', 2, h='center', border=True)
    put(ws, f'C{r+1}', 'Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota', wrap=True, border=True)
    keg_row = r + 1
    r += 2
    first_ind = r
    sub_first_rows = []
    no = 2
    for subname, pj, (rpF, rpH, rpJ, rpQ), inds in subs:
        n = len(inds)
        no += 1
        merge(ws, f'A{r}:A{r+n-1}', no, h='center', v='top', border=True)
        merge(ws, f'C{r}:C{r+n-1}', subname, wrap=True, v='top', border=True)
        merge(ws, f'Z{r}:Z{r+n-1}', pj, wrap=True, v='top', border=True)
        sub_first_rows.append(r)
        # budgets (merged over the sub kegiatan's rows)
        for c, v in zip('GIKMOQS', [rpF, rpH, rpJ] + rpQ):
            merge(ws, f'{c}{r}:{c}{r+n-1}', v, fmt=ACC, v='top', border=True)
        merge(ws, f'U{r}:U{r+n-1}', f'=M{r}+O{r}+Q{r}+S{r}', fmt=ACC, v='top', border=True)
        merge(ws, f'W{r}:W{r+n-1}', f'=I{r}+U{r}', fmt=ACC, v='top', border=True)
        merge(ws, f'Y{r}:Y{r+n-1}', f'=ROUND(W{r}/G{r}*100,2)', fmt=DEC2, v='top', border=True)
        for iid, name, unit, kF, kH, kJ, qs, mode in inds:
            put(ws, f'D{r}', name, wrap=True, v='top', border=True)
            put(ws, f'E{r}', unit, h='center', border=True)
            hfmt = PCT0 if (iid == 'L03') else num(kH)   # L03: last year's value as a %-formatted fraction
            put(ws, f'F{r}', kF, fmt=num(kF), border=True)
            put(ws, f'H{r}', kH, fmt=hfmt, border=True)
            put(ws, f'J{r}', kJ, fmt=num(kJ), border=True)
            for c, v in zip('LNPR', qs):
                put(ws, f'{c}{r}', v, fmt=num(v), h='right', border=True)
            flow = iid in FLOW
            if mode == 'sum':
                put(ws, f'T{r}', f'=L{r}+N{r}+P{r}+R{r}', fmt=num(sum(qs)), border=True)
                tk = sum(qs)
            elif mode == 'sum3':
                put(ws, f'T{r}', f'=L{r}+N{r}+P{r}', fmt=THOU, border=True)
                tk = sum(qs[:3])
            elif mode == 'sumpct':
                put(ws, f'T{r}', f'=L{r}+N{r}+P{r}+R{r}', border=True)
                tk = round(sum(qs), 6)
            elif mode == 'last':
                put(ws, f'T{r}', f'=R{r}', fmt=num(qs[-1]), border=True)
                tk = qs[-1] if isinstance(qs[-1], (int, float)) else None
            else:
                put(ws, f'T{r}', mode[1], border=True)
                tk = mode[1]
            if iid == 'L07':
                put(ws, f'V{r}', '-', h='center', border=True)
                put(ws, f'X{r}', '-', h='center', border=True)
            else:
                if flow:
                    put(ws, f'V{r}', f'=H{r}+T{r}', fmt=num(kH), border=True)
                else:
                    put(ws, f'V{r}', f'=T{r}', border=True)
                put(ws, f'X{r}', f'=ROUND(V{r}/F{r}*100,2)', fmt=DEC2, border=True)
            tkey = kJ if isinstance(kJ, (int, float)) else None
            AG.key(F, SH, f'D{r}', 2023, name, iid, tkey, tk, one(f'J{r}'), one(f'T{r}'), ws)
            r += 1
    last_ind = r - 1
    merge(ws, f'B{first_ind}:B{last_ind}', 'Meningkatnya mutu layanan laboratorium kesehatan daerah', wrap=True, v='top', border=True)
    # programme / kegiatan budget sums
    for c in 'GIKMOQSUW':
        f = '=' + '+'.join(f'{c}{x}' for x in sub_first_rows)
        put(ws, f'{c}{keg_row}', f, fmt=ACC, border=True)
        put(ws, f'{c}{prog_row}', f'={c}{keg_row}', fmt=ACC, border=True)
    for rr in (prog_row, keg_row):
        put(ws, f'Y{rr}', f'=ROUND(W{rr}/G{rr}*100,2)', fmt=DEC2, border=True)
        for c in 'BDEFHJLNPRTVXZ':
            ws[f'{c}{rr}'].border = BORDER
    r += 1
    put(ws, f'C{r}', 'Rata-rata capaian kinerja (%)', bold=True)
    put(ws, f'X{r}', f'=ROUND(AVERAGE(X{first_ind}:X{last_ind}),1)', fmt=DEC1)
    put(ws, f'Y{r}', f'=ROUND(AVERAGE(Y{first_ind}:Y{last_ind}),1)', fmt=DEC1)
    put(ws, f'C{r+1}', 'Predikat kinerja', bold=True)
    put(ws, f'X{r+1}', 'Sangat Tinggi')
    texts = [('Faktor pendorong keberhasilan pencapaian', 'Dukungan alat TCM dari Kemenkes dan meningkatnya rujukan puskesmas.'),
             ('Faktor penghambat pencapaian kinerja', 'Keterlambatan reagen triwulan I; dua analis cuti melahirkan.'),
             ('Tindak lanjut yang diperlukan dalam triwulan berikutnya', 'Kontrak reagen tahun jamak.'),
             ('Tindak lanjut yang diperlukan dalam Renja PD berikutnya', 'Penambahan satu tenaga ATLM.')]
    for i, (a, b) in enumerate(texts):
        put(ws, f'C{r+3+i}', a)
        put(ws, f'F{r+3+i}', ': ' + b)
    r += 9
    left = ['Disusun', 'Lembah Kemuning, 12 Januari 2024', 'Kepala UPTD Laboratorium Kesehatan Daerah', '', '', '',
            'HENDRO WICAKSANA PUTRA, S.Si., M.Si', 'NIP. 19810927 200901 1 006']
    right = ['Dievaluasi', 'Lembah Kemuning, 19 Januari 2024', 'Kepala Dinas Kesehatan', 'Kabupaten Lembah Kemuning', '', '',
             'dr. H. ARIFUDDIN LAMATTA, M.Kes', 'NIP. 19700221 199903 1 004']
    for i, (a, b) in enumerate(zip(left, right)):
        if a:
            put(ws, f'C{r+i}', a)
        if b:
            put(ws, f'T{r+i}', b)
    ws.freeze_panes = 'F10'


def monthly_2024(ws, F):
    SH = 'Rekap Bulanan 2024'
    ws.title = SH
    merge(ws, 'A1:U1', 'REKAPITULASI CAPAIAN INDIKATOR KINERJA BULANAN', bold=True, h='center')
    merge(ws, 'A2:U2', 'UPTD LABKESDA KABUPATEN LEMBAH KEMUNING - TAHUN 2024', bold=True, h='center')
    merge(ws, 'A3:U3', '(diisi setiap tanggal 5 bulan berikutnya oleh masing-masing seksi)', italic=True, h='center')
    ws.column_dimensions['A'].width = 14
    months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
              'September', 'Oktober', 'November', 'Desember']
    D = '-'
    # col, id, name, unit, polarity, target (value, fmt, key), months (12 values; None = blank; '-' = not measured)
    def fl(total, seed, fmt=None):
        r_ = random.Random(seed)
        return split_int(total, 12, r_)
    l02 = split_int(1644, 12, random.Random(7402))
    oct_true = l02[9]
    l02_typed = list(l02)
    l02_typed[9] = oct_true * 10          # planted: October typed ten times too big
    cols = [
        ('B', 'L01', 'Sampel klinis diperiksa (sampel)', 'sampel', 'Positif', (19500, THOU, 19500), fl(20214, 11)),
        ('C', 'L19', '% sampel klinis memenuhi syarat pra-analitik', '%', 'Positif', ('≥ 97 %', None, 97),
         [97.0, 97.3, 97.6, 97.4, 97.9, 98.0, 97.8, 98.1, 98.0, 98.3, 98.1, 98.2]),
        ('D', 'L05', 'Waktu tunggu hasil lab klinik (jam)', 'jam', 'Negatif', ('≤ 20 jam', None, 20),
         [20.5, 20.0, 19.8, 19.6, 19.5, 19.2, 19.0, 18.9, 18.8, 18.7, 18.6, 18.5]),
        ('E', 'L09', 'Pemeriksaan TCM TBC (pemeriksaan)', 'pemeriksaan', 'Positif', (1500, THOU, 1500), fl(1587, 12)),
        ('F', 'HIDDEN', 'Spesimen PCR COVID-19 (spesimen)', 'spesimen', 'Positif', ('-', None, None), [D] * 12),
        ('G', 'L16', '% pemeriksaan dengan pemantapan mutu internal', '%', 'Positif', (100, None, 100),
         [99.0, 99.2, 99.1, 99.5, 99.3, 99.6, 99.4, 99.5, 99.2, 99.6, 99.5, 99.4]),
        ('H', 'L06b', 'Persentase parameter PME lulus', '%', 'Positif', (93, None, 93),
         [D, D, D, D, D, 95.1, D, D, D, D, D, 96.2]),
        ('I', 'L07', 'Akreditasi Labkesda', 'predikat', '-', ('Paripurna', None, None),
         [D, D, D, D, D, D, D, 'Paripurna', D, D, D, D]),
        ('J', 'L02', 'Uji kualitas air minum (sampel)', 'sampel', 'Positif', (1600, THOU, 1600), l02_typed),
        ('K', 'L03', '% sampel air minum memenuhi syarat', '%', 'Positif', (0.92, PCT0, 92),
         [(x, PCT1) for x in [0.921, 0.925, 0.919, 0.927, 0.93, 0.928, 0.932, 0.929, 0.933, 0.93, 0.934, 0.931]]),
        ('L', 'L04', '% sampel air bersih memenuhi syarat', '%', 'Positif', ('83 %', None, 83),
         [82.1, 82.9, 83.0, 83.4, 83.2, 83.8, 83.5, 83.9, 84.0, 84.3, 84.1, 84.2]),
        ('M', 'L18', 'Waktu tunggu hasil uji air (hari)', 'hari', 'Negatif', (5, None, 5),
         [5.5, 5.5, 5, 5, 5, 5, 4.5, 4.5, 5, 4.5, 4.5, 4.5]),
        ('N', 'L08', 'Sampel makanan minuman diperiksa (sampel)', 'sampel', 'Positif', (700, None, 700), fl(731, 13)),
        ('O', 'L17', 'Sampel lingkungan diperiksa (udara & limbah) (sampel)', 'sampel', 'Positif', (260, None, 260), fl(281, 14)),
        ('P', 'L11', 'IKM layanan lab (nilai)', 'nilai', 'Positif', (83, None, 83),
         [D, D, D, D, D, 84.6, D, D, D, D, D, 85.3]),
        ('Q', 'L12', 'Fasyankes yang merujuk sampel (unit)', 'unit', 'Positif', (46, None, 46),
         [45, 45, 45, 46, 46, 46, 47, 47, 47, 47, 48, 48]),
        ('R', 'L13', '% alat lab terkalibrasi', '%', 'Positif', (92, None, 92),
         [D, D, 90.0, D, D, 91.2, D, D, 92.5, D, 93.3, D]),
        ('S', 'L14', 'Retribusi pelayanan lab (Rp)', 'Rp', 'Positif', ('Rp 1.000.000.000', None, 1000000000),
         [x * 25000 for x in split_int(42539, 12, random.Random(15))]),
        ('T', 'L15', 'Petugas lab ikut pelatihan / bimtek (orang)', 'orang', 'Positif', (14, None, 14),
         [D, 2, D, 3, D, 1, 4, D, 2, D, 3, D]),
        ('U', 'L22', 'Kerja sama pemeriksaan dengan fasyankes swasta (PKS)', 'PKS', 'Positif', ('-', None, None),
         [None, None, 1, None, None, None, 2, None, None, None, 3, None]),
    ]
    hdr = dict(bold=True, h='center', wrap=True, border=True, fill=HEAD_FILL)
    groups = [('B', 'I', 'Sasaran 1: Mutu layanan laboratorium klinik'),
              ('J', 'O', 'Sasaran 2: Pengawasan kualitas air, pangan & lingkungan'),
              ('P', 'U', 'Sasaran 3: Kelembagaan & kemandirian keuangan')]
    put(ws, 'A5', None, border=True)
    for a, b, t in groups:
        merge(ws, f'{a}5:{b}5', t, **hdr)
    for r, t in [(6, 'Uraian'), (7, 'Satuan'), (8, 'Polaritas'), (9, 'Target 2024')]:
        put(ws, f'A{r}', t, bold=True, border=True, fill=HEAD_FILL)
    for i, m in enumerate(months):
        put(ws, f'A{10+i}', m, border=True)
    ws.row_dimensions[6].height = 75
    for c, iid, name, unit, pol, (tv, tf, tk), vals in cols:
        ws.column_dimensions[c].width = 13
        put(ws, f'{c}6', name, **hdr)
        put(ws, f'{c}7', unit, h='center', border=True)
        put(ws, f'{c}8', pol, h='center', border=True)
        put(ws, f'{c}9', tv, fmt=tf, h='right', border=True, bold=True)
        reals = []
        for i, v in enumerate(vals):
            fmt = None
            if isinstance(v, tuple):
                v, fmt = v
            elif isinstance(v, (int, float)) and v >= 1000:
                fmt = THOU
            put(ws, f'{c}{10+i}', v, fmt=fmt, h='right', border=True)
            if isinstance(v, (int, float)):
                reals.append(v * 100 if fmt and '%' in fmt else v)
            else:
                reals.append(None)
        if iid == 'HIDDEN':
            ws.column_dimensions[c].hidden = True
            continue
        flow = iid in FLOW
        rk = realise(reals, flow)
        if rk is not None and not flow:
            rk = round(rk, 6)
        AG.key(F, SH, f'{c}6', 2024, name, iid, tk, rk, one(f'{c}9'),
               agg([f'{c}{10+i}' for i in range(12)], flow), ws)
    put(ws, 'A23', "Keterangan: '-' = tidak ada pemeriksaan / belum diukur pada bulan tersebut. "
                   'Indikator persentase, indeks dan waktu tunggu diisi nilai bulan berjalan.', italic=True)
    put(ws, 'A24', 'Kalibrasi alat bulan Desember dijadwalkan ulang ke Januari 2025.', italic=True)
    for i, t in enumerate(['Lembah Kemuning, 6 Januari 2025', 'Kepala UPTD Laboratorium Kesehatan Daerah', '', '', '',
                           'HENDRO WICAKSANA PUTRA, S.Si., M.Si', 'NIP. 19810927 200901 1 006']):
        if t:
            put(ws, f'P{26+i}', t, bold=(i == 5))
    ws.freeze_panes = 'B10'


if __name__ == '__main__':
    pk_2021()
    renaksi_2022()
    evaluasi_2023_2024()
    AG.write()
