"""Agency 1: UPTD Pengelolaan Irigasi dan Bendungan, Dinas SDA Provinsi Nusa Kencana (2020-2023).

Invented agency, places, people and figures.
Files:
  A  Pengukuran Kinerja UPTD PIB 2020-2021.xlsx  sheets 'PK 2020' (annual PK), 'Rekap per DI 2021'
     (per-Daerah-Irigasi recap with a UPTD total pair), hidden 'bantu'
  B  RA dan Realisasi Triwulan UPTD PIB 2022.xls  sheet 'RA 2022' (T/R row blocks), hidden 'Sheet3'
  C  Evaluasi Renja UPTD PIB TW IV 2023.ods  sheet 'E.81 TW IV' (Permendagri 86 form)
"""
from common import *

SLUG = 'uptd_pib_prov_nusa_kencana'
AG = Agency(SLUG,
            'UPTD Pengelolaan Irigasi dan Bendungan - Dinas Sumber Daya Air Provinsi Nusa Kencana',
            [2020, 2021, 2022, 2023],
            flow_ids=['I03', 'I07', 'I13', 'I15', 'I16', 'I19', 'I20', 'I21', 'I22'],
            ambiguous=[['I08', 'I08b']])

KEPALA = ('Ir. I MADE SURYAWINATA, M.T.', 'Pembina Tk. I (IV/b)', 'NIP. 19720314 199803 1 007')


def signature(ws, row, c, place_date, title_lines, who=KEPALA):
    put(ws, f'{c}{row}', place_date)
    r = row + 1
    for t in title_lines:
        put(ws, f'{c}{r}', t)
        r += 1
    r += 3
    put(ws, f'{c}{r}', who[0], bold=True)
    put(ws, f'{c}{r + 1}', who[1])
    put(ws, f'{c}{r + 2}', who[2])
    return r + 3


# --------------------------------------------------------------------------------------------
# A / PK 2020 : classic annual PK table, merged Sasaran, three header rows
# --------------------------------------------------------------------------------------------
def pk2020(book):
    FILE = book.final_name
    ws = book.sheet('PK 2020')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 30, 'C': 46, 'D': 10, 'E': 12, 'F': 12, 'G': 11, 'H': 30})
    for i, t in enumerate(['PENGUKURAN KINERJA',
                           'UPTD PENGELOLAAN IRIGASI DAN BENDUNGAN',
                           'DINAS SUMBER DAYA AIR PROVINSI NUSA KENCANA',
                           'TAHUN ANGGARAN 2020'], start=1):
        merge(ws, f'A{i}:H{i}', t, bold=True, h='center')
    merge(ws, 'A6:A7', 'No', bold=True, h='center', wrap=True)
    merge(ws, 'B6:B7', 'Sasaran Strategis', bold=True, h='center')
    merge(ws, 'C6:C7', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'D6:D7', 'Satuan', bold=True, h='center')
    merge(ws, 'E6:G6', 'Tahun 2020', bold=True, h='center')
    put(ws, 'E7', 'Target', bold=True, h='center')
    put(ws, 'F7', 'Realisasi', bold=True, h='center')
    put(ws, 'G7', 'Capaian (%)', bold=True, h='center', wrap=True)
    merge(ws, 'H6:H7', 'Keterangan', bold=True, h='center')
    for i, c in enumerate('ABCDEFGH', start=1):
        put(ws, f'{c}8', f'({i})', h='center', italic=True)
    box(ws, 'A6:H8')

    # (id, name, unit, target, realisasi, target_render, real_render, fmt, note)
    groups = [
        ('Meningkatnya kinerja layanan jaringan irigasi kewenangan provinsi', [
            ('I01', 'Luas Areal Irigasi yang Terlayani', 'Ha', 41850, 41212, None, None, NUM0, ''),
            ('I02', 'Persentase Luas Areal Irigasi yang Terlayani', '%', 88, 86.64, None, None, NUM2, ''),
            # planted: target typed ten times too large (125 km intended)
            ('I03', 'Panjang Saluran Irigasi yang Direhabilitasi', 'km', 1250, 118.6, None, None, NUM2, ''),
            ('I04', 'Persentase Saluran Irigasi dalam Kondisi Baik', '%', 72, 70.15, None, None, NUM2, ''),
            ('DRAFT', 'Persentase Jaringan Irigasi Rusak Berat', '%', 12, 13.4, None, None, NUM2, 'draft, tidak dipakai'),
            ('I13', 'Jumlah Pintu Air yang Diperbaiki', 'buah', 24, 27, None, None, NUM0, ''),
            ('I12', 'Indeks Pertanaman (IP)', '%', 210, 205, None, None, NUM0, 'IP rata-rata 3 D.I.'),
        ]),
        ('Terjaminnya ketersediaan air irigasi dan keamanan bendungan', [
            ('I05', 'Jumlah Bendung yang Dioperasikan', 'unit', 14, 14, None, None, NUM0, ''),
            ('I06', 'Jumlah Bendungan yang Dioperasikan dan', 'unit', 2, 2, None, None, NUM0, ''),
            ('CONT', 'Dipantau Keamanannya', None, None, None, None, None, None, ''),
            ('I09', 'Debit Andalan pada Intake Bendung Utama', 'm3/detik', 18.5, 17.92, None, '17,92*)', NUM2, ''),
            ('I11', 'Volume Tampungan Efektif Bendungan', 'juta m3', 84.6, 79.3, None, None, NUM2, ''),
            ('I16', 'Luas Sawah Puso Akibat Kekurangan Air Irigasi', 'Ha', 350, 412, None, None, NUM0,
             'Indikator negatif (makin kecil makin baik)'),
        ]),
        ('Meningkatnya partisipasi petani dalam pengelolaan irigasi', [
            ('I07', 'Jumlah P3A/GP3A yang Dibina', 'kelompok', 120, 126, None, None, NUM0, ''),
            ('I08', 'Persentase P3A Aktif', '%', 65, 61.7, None, None, NUM2, ''),
            ('I14', 'Persentase Pengaduan Petani yang Ditindaklanjuti', '%', 95, 96.8, None, None, NUM2, ''),
        ]),
        ('Meningkatnya akuntabilitas kinerja UPTD', [
            ('I15', 'Jumlah Dokumen PAI dan AKNOP yang Disusun', 'dokumen', 3, 3, None, None, NUM0, ''),
            ('I18', 'Persentase Serapan Anggaran UPTD', '%', 95, 93.81, None, None, NUM2, ''),
            ('I19', 'Jumlah Petugas OP yang Dilatih', 'orang', 40, 45, None, None, NUM0, ''),
        ]),
    ]
    r = 9
    no = 1
    for gi, (sas, items) in enumerate(groups):
        start = r
        for it in items:
            iid, name, unit, t, rv, trend, rrend, fmt, note = it
            if iid == 'CONT':      # continuation row of a wrapped name
                put(ws, f'C{r}', name, wrap=True, v='top')
                box(ws, f'A{r}:H{r}')
                r += 1
                continue
            put(ws, f'A{r}', f'{no}.', h='center', v='top')
            put(ws, f'C{r}', name, wrap=True, v='top')
            put(ws, f'D{r}', unit, h='center', v='top')
            put(ws, f'E{r}', trend if trend is not None else t, fmt=fmt, v='top')
            put(ws, f'F{r}', rrend if rrend is not None else rv, fmt=fmt, v='top', h='right')
            if iid == 'I16':
                put(ws, f'G{r}', f'=ROUND((2*E{r}-F{r})/E{r}*100,2)', fmt=NUM2, v='top')
            else:
                put(ws, f'G{r}', f'=ROUND(F{r}/E{r}*100,2)', fmt=NUM2, v='top')
            put(ws, f'H{r}', note or None, wrap=True, v='top')
            box(ws, f'A{r}:H{r}')
            if iid == 'DRAFT':
                ws.row_dimensions[r].hidden = True
            else:
                no += 1
                AG.add(FILE, SH, r, 'C', 2020, iid, name, t, rv, one(f'E{r}'), one(f'F{r}'))
            r += 1
        merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
        if gi == 1:
            # indicator typed into the Sasaran column, below the merged sasaran cell
            name = 'Jumlah Embung dan Situ yang Dipelihara'
            put(ws, f'A{r}', f'{no}.', h='center', v='top')
            put(ws, f'B{r}', name, wrap=True, v='top')
            put(ws, f'D{r}', 'buah', h='center')
            put(ws, f'E{r}', 12, fmt=NUM0)
            put(ws, f'F{r}', 12, fmt=NUM0)
            put(ws, f'G{r}', f'=ROUND(F{r}/E{r}*100,2)', fmt=NUM2)
            box(ws, f'A{r}:H{r}')
            AG.add(FILE, SH, r, 'B', 2020, 'I20', name, 12, 12, one(f'E{r}'), one(f'F{r}'))
            no += 1
            r += 1
    r += 1
    put(ws, f'A{r}', '*) Debit rata-rata s.d. bulan November 2020 (data pos duga air Desember belum masuk)',
        italic=True)
    r += 2
    put(ws, f'B{r}', 'Jumlah Anggaran Tahun 2020')
    put(ws, f'C{r}', ': Rp 4.812.650.000')
    put(ws, f'B{r + 1}', 'Jumlah Realisasi Anggaran Tahun 2020')
    put(ws, f'C{r + 1}', ': Rp 4.514.820.350')
    signature(ws, r + 3, 'F', 'Kencana Jaya, 31 Desember 2020',
              ['Kepala UPTD Pengelolaan Irigasi', 'dan Bendungan,'])
    ws.freeze_panes = 'D9'


# --------------------------------------------------------------------------------------------
# A / Rekap per DI 2021 : per-Daerah-Irigasi T/R pairs, UPTD total pair on the right
# --------------------------------------------------------------------------------------------
def rekap2021(book):
    FILE = book.final_name
    ws = book.sheet('Rekap per DI 2021')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 10, 'E': 10, 'F': 10, 'G': 10, 'H': 10, 'I': 10,
                'J': 11, 'K': 11, 'L': 10, 'M': 24})
    merge(ws, 'A1:M1', 'REKAPITULASI CAPAIAN INDIKATOR KINERJA PER DAERAH IRIGASI (D.I.)', bold=True, h='center')
    merge(ws, 'A2:M2', 'UPTD PENGELOLAAN IRIGASI DAN BENDUNGAN - DINAS SDA PROVINSI NUSA KENCANA', bold=True, h='center')
    merge(ws, 'A3:M3', 'KEADAAN S.D. 31 DESEMBER 2021', bold=True, h='center')
    merge(ws, 'A5:A6', 'No', bold=True, h='center')
    merge(ws, 'B5:B6', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'C5:C6', 'Sat.', bold=True, h='center')
    merge(ws, 'D5:E5', 'D.I. Wae Lolo\n(12.480 Ha)', bold=True, h='center', wrap=True)
    merge(ws, 'F5:G5', 'D.I. Salo Bengga\n(17.320 Ha)', bold=True, h='center', wrap=True)
    merge(ws, 'H5:I5', 'D.I. Kali Ranuyasa\n(12.500 Ha)', bold=True, h='center', wrap=True)
    merge(ws, 'J5:L5', 'KINERJA UPTD (GABUNGAN)', bold=True, h='center')
    merge(ws, 'M5:M6', 'Ket.', bold=True, h='center')
    for c, t in zip('DEFGHIJKL', ['T', 'R', 'T', 'R', 'T', 'R', 'Target', 'Realisasi', 'Capaian (%)']):
        put(ws, f'{c}6', t, bold=True, h='center', wrap=True)
    ws.row_dimensions[5].height = 32
    box(ws, 'A5:M6')

    SUM, AVG, TYPED, WRONG, AVGRANGE = 'sum', 'avg', 'typed', 'wrong', 'avgrange'
    # (id, name, unit, DI targets, DI real, J mode/value, K mode/value, fmt, note)
    groups = [
        ('A. LAYANAN JARINGAN IRIGASI', [
            ('I01', 'Luas areal irigasi terlayani (Ha)', 'Ha', [12480, 17320, 12500], [12301, 17208, 12509],
             SUM, SUM, NUM0, ''),
            ('I02', 'Prosentase areal irigasi terlayani thd luas baku (%)', '%', [.88, .895, .87], [.875, .892, .881],
             (TYPED, .89), (TYPED, .883), PCT1, 'gabungan tertimbang luas'),
            ('I03', 'Panjang saluran irigasi direhabilitasi (km)', 'km', [40, 55, 35], [38.6, 53.25, 35.6],
             SUM, SUM, NUM2, ''),
            ('I04', 'Prosentase saluran dlm kondisi baik (%)', '%', [.74, .74, .74], [.721, .752, .729],
             (TYPED, .74), AVG, PCT1, ''),
            # planted: total realisasi formula leaves out D.I. Kali Ranuyasa
            ('I13', 'Jumlah pintu air diperbaiki / diganti (buah)', 'buah', [8, 10, 8], [7, 11, 7],
             SUM, WRONG, NUM0, ''),
            ('I12', 'Indeks pertanaman (%)', '%', [220, 210, 215], [218, 209, 211],
             (TYPED, 215), (TYPED, 212), NUM0, ''),
        ]),
        ('B. KETERSEDIAAN AIR DAN BENDUNGAN', [
            ('I05', 'Jumlah bendung yang dioperasikan & dipelihara', 'unit', [5, 6, 3], [5, 6, 3], SUM, SUM, NUM0, ''),
            ('I06', 'Jumlah bendungan dioperasikan & dipantau keamanannya', 'unit', None, None,
             (TYPED, 2), (TYPED, 2), NUM0, 'Bdg. Tirta Ranu & Batu Sembilan'),
            ('I09', 'Debit andalan di intake bendung utama (m3/dtk)', 'm3/dt', [6.5, 7.2, 4.8], [6.71, 7.34, 4.59],
             SUM, SUM, NUM2, ''),
            ('I10', 'Faktor K rata-rata musim kemarau', '-', [.75, .75, .75], [.81, .77, .76],
             (TYPED, .75), AVGRANGE, '0.00', 'indikator baru 2021'),
            ('I11', 'Volume tampungan efektif bendungan (juta m3)', 'juta m3', None, None,
             (TYPED, 84.6), (TYPED, 81.05), NUM2, ''),
            ('I16', 'Luas sawah puso akibat kekurangan air (Ha)', 'Ha', [100, 120, 80], [71, 133, 64],
             SUM, SUM, NUM0, 'indikator negatif'),
            ('I20', 'Jumlah embung & situ dipelihara (buah)', 'buah', [4, 5, 3], [4, 5, 3], SUM, SUM, NUM0, ''),
        ]),
        ('C. KELEMBAGAAN PETANI PEMAKAI AIR', [
            # planted: total realisasi typed over (parts add up to 128)
            ('I07', 'Jumlah P3A / GP3A dibina (kelompok)', 'klp', [40, 50, 35], [42, 51, 35],
             SUM, (TYPED, 131), NUM0, ''),
            ('I08', 'Prosentase P3A yang aktif (%)', '%', [.67, .67, .67], [.655, .671, .658],
             (TYPED, .67), (TYPED, .662), PCT1, ''),
            ('I14', 'Prosentase pengaduan P3A/petani yg ditindaklanjuti (%)', '%', None, None,
             (TYPED, .95), (TYPED, .975), PCT1, ''),
        ]),
        ('D. TATA KELOLA UPTD', [
            ('I15', 'Jumlah dokumen PAI & AKNOP (dokumen)', 'dok', [1, 1, 1], [1, 1, 1], SUM, SUM, NUM0, ''),
            ('I18', 'Prosentase realisasi anggaran (%)', '%', None, None,
             (TYPED, .95), (TYPED, .9612), PCT2, ''),
            ('I19', 'Jumlah petugas O&P (juru/PPA) dilatih (orang)', 'orang', [15, 15, 15], [15, 16, 14],
             SUM, SUM, NUM0, ''),
        ]),
    ]
    r = 7
    no = 1
    first_cap = None
    for grp, items in groups:
        merge(ws, f'A{r}:M{r}', grp, bold=True, fill=SUB_FILL)
        box(ws, f'A{r}:M{r}')
        r += 1
        for iid, name, unit, dt, dr, jm, km, fmt, note in items:
            put(ws, f'A{r}', no, h='center')
            put(ws, f'B{r}', name, wrap=True)
            put(ws, f'C{r}', unit, h='center')
            if dt is None:
                for c in 'DEFGHI':
                    put(ws, f'{c}{r}', '-', h='center')
            else:
                for c, v in zip('DFH', dt):
                    put(ws, f'{c}{r}', v, fmt=fmt)
                for c, v in zip('EGI', dr):
                    put(ws, f'{c}{r}', v, fmt=fmt)

            def total(mode, cols, vals):
                if mode == SUM:
                    return f'=SUM({cols[0]}{r},{cols[1]}{r},{cols[2]}{r})', sum(vals)
                if mode == AVG:
                    return f'=AVERAGE({cols[0]}{r},{cols[1]}{r},{cols[2]}{r})', sum(vals) / 3
                if mode == AVGRANGE:   # planted: range E:I also averages the two D.I. target cells
                    return f'=AVERAGE({cols[0]}{r}:{cols[2]}{r})', (sum(vals) + dt[1] + dt[2]) / 5
                if mode == WRONG:
                    return f'={cols[0]}{r}+{cols[1]}{r}', vals[0] + vals[1]
                return mode[1], mode[1]

            jf, jv = total(jm, 'DFH', dt)
            kf, kv = total(km, 'EGI', dr)
            put(ws, f'J{r}', jf, fmt=fmt)
            put(ws, f'K{r}', kf, fmt=fmt)
            if iid == 'I16':
                put(ws, f'L{r}', f'=IFERROR((2*J{r}-K{r})/J{r}*100,"")', fmt=NUM2)
            else:
                put(ws, f'L{r}', f'=IFERROR(K{r}/J{r}*100,"")', fmt=NUM2)
            put(ws, f'M{r}', note or None, wrap=True)
            box(ws, f'A{r}:M{r}')
            if first_cap is None:
                first_cap = r
            pct = fmt.endswith('%')
            tv = rnd(jv * 100 if pct else jv)
            rv = rnd(kv * 100 if pct else kv)
            AG.add(FILE, SH, r, 'B', 2021, iid, name, tv, rv, one(f'J{r}'), one(f'K{r}'))
            no += 1
            r += 1
    merge(ws, f'A{r}:K{r}', 'Rata-rata capaian kinerja UPTD', bold=True, h='right')
    put(ws, f'L{r}', f'=AVERAGE(L{first_cap}:L{r - 1})', fmt=NUM2, bold=True)
    box(ws, f'A{r}:M{r}')
    r += 2
    put(ws, f'A{r}', 'Catatan:', bold=True)
    put(ws, f'A{r + 1}', '1. T = Target, R = Realisasi; D.I. = Daerah Irigasi kewenangan Provinsi.')
    put(ws, f'A{r + 2}', '2. Indikator persentase gabungan dihitung tertimbang luas baku masing-masing D.I.')
    put(ws, f'A{r + 3}', '3. Data debit dari pos duga air intake bendung utama (rata-rata tahunan).')
    signature(ws, r + 5, 'J', 'Kencana Jaya, 10 Januari 2022',
              ['Kepala UPTD Pengelolaan Irigasi', 'dan Bendungan,'])

    hid = book.sheet('bantu')
    put(hid, 'A1', 'luas baku')
    for i, (n, v) in enumerate([('Wae Lolo', 12480), ('Salo Bengga', 17320), ('Kali Ranuyasa', 12500)], start=2):
        put(hid, f'A{i}', n)
        put(hid, f'B{i}', v)
    put(hid, 'A6', 'Luas areal irigasi terlayani (Ha)')
    put(hid, 'B6', 41877)
    hid.sheet_state = 'hidden'


# --------------------------------------------------------------------------------------------
# B / RA 2022 : Rencana Aksi, each indicator a Target row and a Realisasi row, quarters across
# --------------------------------------------------------------------------------------------
def ra2022(book):
    FILE = book.final_name
    ws = book.sheet('RA 2022')
    SH = ws.title
    widths(ws, {'A': 5, 'B': 26, 'C': 44, 'D': 10, 'E': 10, 'F': 12, 'G': 11, 'H': 11, 'I': 11, 'J': 11, 'K': 24})
    merge(ws, 'A1:K1', 'RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN', bold=True, h='center')
    merge(ws, 'A2:K2', 'UPTD PENGELOLAAN IRIGASI DAN BENDUNGAN PROVINSI NUSA KENCANA', bold=True, h='center')
    merge(ws, 'A3:K3', 'TAHUN 2022', bold=True, h='center')
    put(ws, 'A4', 'Posisi data : s.d. Triwulan IV (Desember 2022)', italic=True)
    merge(ws, 'A6:A7', 'No', bold=True, h='center')
    merge(ws, 'B6:B7', 'Sasaran', bold=True, h='center')
    merge(ws, 'C6:C7', 'Indikator Kinerja', bold=True, h='center')
    merge(ws, 'D6:D7', 'Satuan', bold=True, h='center')
    merge(ws, 'E6:E7', 'T / R', bold=True, h='center')
    merge(ws, 'F6:F7', 'Target Tahunan', bold=True, h='center', wrap=True)
    merge(ws, 'G6:J6', 'Triwulan', bold=True, h='center')
    for c, t in zip('GHIJ', ['I (Mar)', 'II (Jun)', 'III (Sep)', 'IV (Des)']):
        put(ws, f'{c}7', t, bold=True, h='center')
    merge(ws, 'K6:K7', 'Keterangan', bold=True, h='center')
    box(ws, 'A6:K7')

    B = None   # blank cell
    # (id, name, unit, annual target (value, render, fmt), quarter targets, quarter realisasi, fmt, key target, key real)
    P = lambda x: x   # noqa
    groups = [
        ('Meningkatnya kinerja layanan jaringan irigasi kewenangan provinsi', [
            ('I01', '1. Luas Areal Irigasi Terlayani Air Irigasi', 'Ha', 42650, [42000, 42200, 42400, 42650],
             [41900, 42150, 42410, 42587], NUM0, 42650, 42587),
            ('I02', '2. Persentase Luas Areal Irigasi Terlayani', '%', 90, [88, 88.5, 89, 90],
             [88.1, 88.6, 89.2, 89.5], NUM1, 90, 89.5),
            ('I03', '3. Panjang Saluran yang Direhab', 'km', 135, [15, 40, 50, 30],
             [12.5, 38.2, 51.0, 30.8], NUM2, 135, 132.5),
            ('I04', '4. Persentase Kondisi Baik Jaringan Irigasi', '%', 76, [74, 74.5, 75, 76],
             [74.2, 74.9, 75.3, 75.8], NUM1, 76, 75.8),
            ('I13', '5. Pintu Air yang Diperbaiki dan Diganti', 'buah', 30, [0, 10, 12, 8],
             [0, 8, 12, 9], NUM0, 30, 29),
            ('I12', '6. IP (INDEKS PERTANAMAN) pada D.I. Kewenangan Provinsi', '%', 220, ['-', '-', '-', 220],
             [B, B, B, 218], NUM0, 220, 218),
        ]),
        ('Terjaminnya ketersediaan air irigasi dan keamanan bendungan', [
            ('I05', '7. Bendung yang Dioperasikan (unit)', 'unit', 15, [15, 15, 15, 15],
             [14, 15, 15, 15], NUM0, 15, 15),
            ('I06', '8. Bendungan yang Dioperasikan dan Dipantau Instrumentasi Keamanannya (unit)', 'unit', 3,
             [2, 2, 3, 3], [2, 2, 3, 3], NUM0, 3, 3),
            ('I09', '9. Debit Air pada Intake Bendung Utama (m³/detik)', 'm³/dt', 19, [19, 17, 15, 19],
             [16.2, 14.8, 13.9, 18.1], NUM2, 19, 18.1),
            ('I10', '10. Faktor K (Ketersediaan Air) Rata - rata MK', '-', 0.78, ['-', 0.78, 0.78, '-'],
             [B, 0.81, 0.74, B], '0.00', 0.78, 0.74),
            ('I11', '11. Volume Tampungan Efektif Waduk/Bendungan (juta m³)', 'juta m³', 120,
             [110, 120, 105, 115], [98.7, 121.3, 104.6, 112.4], NUM1, 120, 112.4),
            ('I16', '12. Luas Sawah Puso karena Kekeringan', 'Ha', 250, ['-', 50, 150, 50],
             [0, 35, 140, 62], NUM0, 250, 237),
            ('I21', '13. Jumlah Embung yang Dipelihara', 'buah', 9, [2, 3, 2, 2], [2, 3, 2, 2], NUM0, 9, 9),
            ('I22', '14. Jumlah Situ yang Dipelihara', 'buah', 4, [1, 1, 1, 1], [1, 1, 1, 0], NUM0, 4, 3),
        ]),
        ('Meningkatnya partisipasi petani dalam pengelolaan irigasi', [
            ('I07', '15. Jumlah Perkumpulan Petani Pemakai Air (P3A) yang Dibina', 'kelompok', 130,
             [30, 35, 40, 25], ['30 klp', '35 klp', '40 klp', '28 klp'], NUM0, 130, 133),
            ('I08b', '16. Persentase P3A Berkinerja Baik', '%', 60, [55, 57, 58, 60],
             [55.2, 56.9, 57.7, 58.4], NUM1, 60, 58.4),
            # planted: TW IV realisasi typed as a fraction in a plain cell (93 intended)
            ('I14', '17. Persentase Tindak Lanjut Pengaduan Petani', '%', 95, [95, 95, 95, 95],
             [92, 94, 96, 0.93], 'General', 95, 0.93),
        ]),
        ('Meningkatnya akuntabilitas kinerja UPTD', [
            ('I15', '18. Dokumen Pengelolaan Aset Irigasi (PAI) dan AKNOP yang Tersusun', 'dokumen', 4,
             [0, 1, 1, 2], [0, 1, 1, 2], NUM0, 4, 4),
            ('I17', '19. Nilai AKIP UPTD (Predikat)', 'predikat', 'B', ['-', '-', '-', 'B'],
             [B, B, B, 'BB'], 'General', None, None),
            ('I18', '20. Persentase Realisasi Serapan Anggaran', '%', 0.95, [.25, .5, .75, .95],
             [0.184, 0.417, 0.689, 0.943], PCT1, 95, 94.3),
            ('I19', '21. Jumlah Petugas Operasi dan Pemeliharaan yang Mengikuti Pelatihan', 'orang', 50,
             [0, 25, 0, 25], ['-', 25, '-', 20], NUM0, 50, 45),
        ]),
    ]
    r = 8
    merge(ws, f'C{r}:E{r}', 'Program Pengelolaan Sumber Daya Air (SDA)', bold=True)
    put(ws, f'F{r}', 'Rp 3.984.250.000', bold=True)
    merge(ws, f'G{r}:J{r}', 'Realisasi Rp 3.702.118.400 (92,92%)', italic=True)
    box(ws, f'A{r}:K{r}')
    r += 1
    for gi, (sas, items) in enumerate(groups):
        if gi == 3:
            merge(ws, f'C{r}:E{r}', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', bold=True)
            put(ws, f'F{r}', 'Rp 1.126.400.000', bold=True)
            merge(ws, f'G{r}:J{r}', 'Realisasi Rp 1.071.552.900 (95,13%)', italic=True)
            box(ws, f'A{r}:K{r}')
            r += 1
        start = r
        for iid, name, unit, ann, qt, qr, fmt, kt, kr in items:
            no = name.split('.')[0]
            merge(ws, f'A{r}:A{r + 1}', int(no), h='center', v='top')
            merge(ws, f'C{r}:C{r + 1}', name, wrap=True, v='top')
            merge(ws, f'D{r}:D{r + 1}', unit, h='center', v='top')
            put(ws, f'E{r}', 'Target')
            put(ws, f'E{r + 1}', 'Realisasi')
            afmt = PCT0 if iid == 'I18' else fmt
            merge(ws, f'F{r}:F{r + 1}', ann, fmt=afmt, v='top', h='right')
            for c, v in zip('GHIJ', qt):
                put(ws, f'{c}{r}', v, fmt=(PCT0 if iid == 'I18' else fmt), h='right')
            for c, v in zip('GHIJ', qr):
                if v is not None:
                    put(ws, f'{c}{r + 1}', v, fmt=fmt, h='right')
            box(ws, f'A{r}:K{r + 1}')
            if iid == 'I16':
                put(ws, f'K{r}', 'indikator negatif')
            if iid == 'I10':
                put(ws, f'K{r}', 'diukur pada musim kemarau')
            agg = 'sum' if iid in AG.flow_ids else 'last'
            AG.add(FILE, SH, r, 'C', 2022, iid, name, kt, kr, one(f'F{r}'),
                   many([f'{c}{r + 1}' for c in 'GHIJ'], agg))
            r += 2
        merge(ws, f'B{start}:B{r - 1}', sas, wrap=True, v='top')
    r += 1
    put(ws, f'B{r}', 'Keterangan: target triwulan indikator jumlah bersifat per triwulan; indikator persentase/luas '
                     'merupakan posisi akhir triwulan.', italic=True)
    signature(ws, r + 2, 'H', 'Kencana Jaya, 9 Januari 2023',
              ['Kepala UPTD Pengelolaan Irigasi', 'dan Bendungan,'])
    ws.freeze_panes = 'F8'

    s3 = book.sheet('Sheet3')
    put(s3, 'A1', 'RA 2022 (versi awal)')
    put(s3, 'A2', 'Luas Areal Irigasi Terlayani')
    put(s3, 'B2', 42500)
    put(s3, 'A3', 'Panjang Saluran yang Direhab')
    put(s3, 'B3', 150)
    s3.sheet_state = 'hidden'


# --------------------------------------------------------------------------------------------
# C / E.81 TW IV 2023 : Permendagri 86 evaluation form, numbered K/Rp columns
# --------------------------------------------------------------------------------------------
def e81_2023(book):
    FILE = book.final_name
    ws = book.sheet('E.81 TW IV')
    SH = ws.title
    widths(ws, {'A': 4, 'B': 22, 'C': 30, 'D': 38, 'E': 9, 'Z': 20})
    for c in 'FGHIJKLMNOPQRSTUVWXY':
        ws.column_dimensions[c].width = 10 if c in 'FHJLNPRTVX' else 14
    merge(ws, 'A1:Z1', 'Evaluasi Terhadap Hasil Renja Perangkat Daerah', bold=True, h='center', size=12)
    merge(ws, 'A2:Z2', 'UPTD Pengelolaan Irigasi dan Bendungan - Dinas Sumber Daya Air Provinsi Nusa Kencana',
          bold=True, h='center')
    merge(ws, 'A3:Z3', 'Periode Pelaksanaan : Triwulan IV Tahun 2023', bold=True, h='center')
    merge(ws, 'A4:Z4', 'Indikator dan Target Kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD : '
                       'Meningkatnya ketahanan air untuk pertanian', italic=True)
    hdr = [('A6:A7', 'No'), ('B6:B7', 'Sasaran'), ('C6:C7', 'Program / Kegiatan / Sub Kegiatan'),
           ('D6:D7', 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)'), ('E6:E7', 'Satuan'),
           ('F6:G7', 'Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)'),
           ('H6:I7', 'Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun 2022'),
           ('J6:K7', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi'),
           ('L6:S6', 'Realisasi Kinerja Pada Triwulan'),
           ('T6:U7', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
           ('V6:W7', 'Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2023'),
           ('X6:Y7', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2023 (%)'),
           ('Z6:Z7', 'Unit PD Penanggung Jawab')]
    for rng, t in hdr:
        merge(ws, rng, t, bold=True, h='center', wrap=True)
    for rng, t in [('L7:M7', 'I'), ('N7:O7', 'II'), ('P7:Q7', 'III'), ('R7:S7', 'IV')]:
        merge(ws, rng, t, bold=True, h='center')
    nums = [('A8', '1'), ('B8', '2'), ('C8', '3'), ('D8', '4'), ('E8', '5'), ('F8:G8', '6'), ('H8:I8', '7'),
            ('J8:K8', '8'), ('L8:M8', '9'), ('N8:O8', '10'), ('P8:Q8', '11'), ('R8:S8', '12'),
            ('T8:U8', '13 = 9 + 10 + 11 + 12'), ('V8:W8', '14 = 7 + 13'), ('X8:Y8', '15 = 14 / 6 x 100'),
            ('Z8', '16')]
    for rng, t in nums:
        if ':' in rng:
            merge(ws, rng, t, h='center', italic=True)
        else:
            put(ws, rng, t, h='center', italic=True)
    for k, rp in ['FG', 'HI', 'JK', 'LM', 'NO', 'PQ', 'RS', 'TU', 'VW', 'XY']:
        put(ws, f'{k}9', 'K', h='center', bold=True)
        put(ws, f'{rp}9', 'Rp.', h='center', bold=True)
    ws.row_dimensions[6].height = 30
    ws.row_dimensions[7].height = 60
    box(ws, 'A6:Z9')

    LEVEL, FLOW, WRONG3, ZERO, SUMPCT = 'level', 'flow', 'wrong3', 'zero', 'sumpct'
    # blocks: (sasaran, [(program/kegiatan name, budget (target Rp), budget quarters, unit PJ,
    #          [(id, name, unit, renstra, real_to_2022, target (value, render), quarters, mode, fmt)])])
    blocks = [
        ('Meningkatnya kinerja layanan jaringan irigasi kewenangan provinsi', [
            ('PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', 2215400000, [318250000, 587400000, 612900000, 611330000],
             'Kepala UPTD', [
                ('I01', 'Luas Areal Irigasi yg Terlayani pada D.I. Kewenangan Provinsi', 'Ha', 44000, 42587,
                 43000, [42610, 42700, 42840, 42915], LEVEL, NUM0),
                ('I02', 'Persentase Luas Areal Irigasi Terlayani terhadap Luas Baku D.I.', '%', 92, 89.5,
                 90.5, [89.6, 89.8, 90.0, 90.2], LEVEL, NUM2),
                # planted: column 13 sums the quarterly percentages
                ('I04', 'Persentase Jaringan Irigasi Kondisi Baik', '%', 82, 75.8,
                 78, [77.0, 77.5, 78.0, 78.4], SUMPCT, NUM2),
                ('I12', 'Indeks Pertanaman Padi', '%', 230, 218, 225, [None, None, None, 221], LEVEL, NUM0),
                ('I09', 'Ketersediaan Debit Air di Intake Bendung Utama', 'm3/detik', 20, 18.1,
                 19, [17.1, 15.2, 14.6, 18.77], LEVEL, NUM2),
                ('I10', 'Nilai Faktor K Rata-Rata pada Musim Kemarau', '-', 0.8, 0.74,
                 0.8, [None, 0.83, 0.77, 0.77], LEVEL, '0.00'),
            ]),
            ('Kegiatan Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi '
             'Kewenangan Provinsi', 1384600000, [205400000, 402800000, 417300000, 321050000],
             'Seksi Operasi dan Pemeliharaan', [
                # planted: column 13 formula leaves out TW IV
                ('I03', 'Panjang Jaringan/Saluran Irigasi yang Direhabilitasi', 'km', 700, 508.3,
                 140, [15.2, 41.8, 55.6, 24.9], WRONG3, NUM2),
                # planted: column 13 typed over as 0
                ('I13', 'Jumlah Pintu Air yang Direhabilitasi', 'buah', 150, 107,
                 30, [6, 9, 8, 8], ZERO, NUM0),
                ('I21', 'Jumlah Embung Terpelihara', 'buah', 12, 9, 10, [2, 3, 3, 2], FLOW, NUM0),
                ('I22', 'Jumlah Situ Terpelihara', 'buah', 5, 3, 4, [1, 1, 1, 1], FLOW, NUM0),
            ]),
        ]),
        ('Terjaminnya ketersediaan air irigasi dan keamanan bendungan', [
            ('Kegiatan Operasi dan Pemeliharaan Bendung dan Bendungan', 986300000,
             [142100000, 265800000, 301900000, 247350000], 'Seksi Bendungan', [
                ('I05', 'Jumlah Bendung Beroperasi', 'unit', 16, 15, 16, [15, 15, 15, 15], LEVEL, NUM0),
                ('I06', 'Jumlah Bendungan Beroperasi dan\nTerpantau Keamanannya', 'unit', 3, 3, 3,
                 [3, 3, 3, 3], LEVEL, NUM0),
                ('I16', 'Luas Lahan Sawah Puso Akibat Kekurangan Air', 'Ha', 150, 1267, 200,
                 [0, 48, 126, 47], FLOW, NUM0),
            ]),
        ]),
        ('Meningkatnya partisipasi petani dalam pengelolaan irigasi', [
            ('PROGRAM PEMBERDAYAAN PETANI PEMAKAI AIR', 412750000, [61200000, 118400000, 127300000, 96150000],
             'Seksi Kelembagaan P3A', [
                ('I07', 'Jumlah P3A, GP3A dan IP3A yang Dibina', 'kelompok', 700, 512, 135,
                 [28, 36, 41, 33], FLOW, NUM0),
                ('I08b', 'Persentase P3A dengan Kinerja Baik', '%', 70, 58.4, 62,
                 [58.9, 60.2, 61.8, 63.1], LEVEL, NUM2),
                ('I14', 'Persentase Pengaduan Masyarakat Tani yang Ditindaklanjuti ', '%', 98, 0.93, '>= 96 %',
                 [97.2, 97.9, 98.4, 98.1], LEVEL, NUM2),
            ]),
        ]),
        ('Meningkatnya akuntabilitas kinerja UPTD', [
            ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', 1187900000,
             [231400000, 298700000, 287600000, 339850000], 'Sub Bagian Tata Usaha', [
                ('I15', 'Jumlah Dokumen PAI/AKNOP Tersusun', 'dokumen', 20, 13, 4, [0, 1, 1, 1], FLOW, NUM0),
                ('I17', 'Nilai Evaluasi SAKIP UPTD', 'nilai', 75, None, 70, ['-', '-', '-', 71.35], LEVEL, NUM2),
                ('I18', 'Persentase Penyerapan Anggaran UPTD', '%', 95, 94.3, 95,
                 [21.3, 46.2, 71.8, 97.05], LEVEL, NUM2),
            ]),
        ]),
    ]
    r = 10
    no = 1
    first = r
    for sas, progs in blocks:
        sstart = r
        for pname, budget, bq, pj, inds in progs:
            pstart = r
            for j, (iid, name, unit, ren, prev, tgt, q, mode, fmt) in enumerate(inds):
                put(ws, f'A{r}', no, h='center', v='top')
                put(ws, f'D{r}', name, wrap=True, v='top')
                put(ws, f'E{r}', unit, h='center', v='top')
                put(ws, f'F{r}', ren, fmt=fmt)
                put(ws, f'H{r}', prev if prev is not None else '-', fmt=fmt, h='right')
                put(ws, f'J{r}', tgt, fmt=fmt, h='right')
                for c, v in zip('LNPR', q):
                    if v is not None:
                        put(ws, f'{c}{r}', v, fmt=fmt, h='right')
                vals = [v for v in q if isinstance(v, (int, float))]
                if mode == FLOW:
                    put(ws, f'T{r}', f'=L{r}+N{r}+P{r}+R{r}', fmt=fmt)
                    kr = sum(vals)
                elif mode == WRONG3:
                    put(ws, f'T{r}', f'=L{r}+N{r}+P{r}', fmt=fmt)
                    kr = sum(q[:3])
                elif mode == ZERO:
                    put(ws, f'T{r}', 0, fmt=fmt)
                    kr = 0
                elif mode == SUMPCT:
                    put(ws, f'T{r}', f'=SUM(L{r},N{r},P{r},R{r})', fmt=fmt)
                    kr = sum(vals)
                else:
                    put(ws, f'T{r}', f'=R{r}', fmt=fmt)
                    kr = q[3]
                if mode in (FLOW, WRONG3, ZERO):
                    put(ws, f'V{r}', f'=H{r}+T{r}', fmt=fmt)
                else:
                    put(ws, f'V{r}', f'=T{r}', fmt=fmt)
                put(ws, f'X{r}', f'=IFERROR(V{r}/F{r}*100,0)', fmt=NUM2)
                box(ws, f'A{r}:Z{r}')
                kt = 96 if iid == 'I14' else tgt
                AG.add(FILE, SH, r, 'D', 2023, iid, name, kt, rnd(kr), one(f'J{r}'), one(f'T{r}'))
                no += 1
                r += 1
            merge(ws, f'C{pstart}:C{r - 1}', pname, wrap=True, v='top', bold=pname.startswith('PROGRAM'))
            merge(ws, f'Z{pstart}:Z{r - 1}', pj, wrap=True, v='top')
            put(ws, f'K{pstart}', budget, fmt=ACC)
            put(ws, f'G{pstart}', budget * 5 + 412000000, fmt=ACC)
            put(ws, f'I{pstart}', budget * 3 - 97500000, fmt=ACC)
            for c, v in zip('MOQS', bq):
                put(ws, f'{c}{pstart}', v, fmt=ACC)
            put(ws, f'U{pstart}', f'=M{pstart}+O{pstart}+Q{pstart}+S{pstart}', fmt=ACC)
            put(ws, f'W{pstart}', f'=I{pstart}+U{pstart}', fmt=ACC)
            put(ws, f'Y{pstart}', f'=IFERROR(W{pstart}/G{pstart}*100,0)', fmt=NUM2)
        merge(ws, f'B{sstart}:B{r - 1}', sas, wrap=True, v='top')
    last = r - 1
    merge(ws, f'A{r}:W{r}', 'Rata-rata capaian kinerja (%)', bold=True, h='right')
    put(ws, f'X{r}', f'=ROUND(AVERAGE(X{first}:X{last}),1)', fmt='0.0', bold=True)
    box(ws, f'A{r}:Z{r}')
    r += 1
    merge(ws, f'A{r}:W{r}', 'Predikat kinerja', bold=True, h='right')
    put(ws, f'X{r}', 'Tinggi', bold=True)
    box(ws, f'A{r}:Z{r}')
    r += 2
    notes = [('Faktor pendorong keberhasilan pencapaian :',
              'Dukungan P3A dalam operasi dan pemeliharaan jaringan tersier; curah hujan MT I di atas normal.'),
             ('Faktor penghambat pencapaian kinerja :',
              'Kemarau panjang Agustus-Oktober menurunkan debit intake; keterlambatan pengadaan pintu air.'),
             ('Tindak lanjut yang diperlukan dalam triwulan berikutnya :',
              'Percepatan pengadaan pintu air dan pengaturan golongan air musim tanam.'),
             ('Tindak lanjut yang diperlukan dalam Renja PD berikutnya :',
              'Penambahan anggaran rehabilitasi saluran sekunder D.I. Salo Bengga.')]
    for a, b in notes:
        put(ws, f'B{r}', a, bold=True)
        put(ws, f'D{r}', b)
        r += 1
    r += 1
    put(ws, f'C{r}', 'Disusun')
    put(ws, f'T{r}', 'Dievaluasi')
    put(ws, f'C{r + 1}', 'Kencana Jaya, 12 Januari 2024')
    put(ws, f'T{r + 1}', 'Kencana Jaya, 19 Januari 2024')
    put(ws, f'C{r + 2}', 'KEPALA UPTD PENGELOLAAN IRIGASI DAN BENDUNGAN')
    put(ws, f'T{r + 2}', 'KEPALA DINAS SUMBER DAYA AIR PROVINSI NUSA KENCANA')
    put(ws, f'C{r + 6}', KEPALA[0], bold=True)
    put(ws, f'C{r + 7}', KEPALA[2])
    put(ws, f'T{r + 6}', 'Ir. YOHANES BRAMANTYO LEWAR, M.Eng.', bold=True)
    put(ws, f'T{r + 7}', 'NIP. 19681102 199403 1 004')
    ws.freeze_panes = 'F10'


def main():
    a = Book(AG, 'Pengukuran Kinerja UPTD PIB 2020-2021.xlsx')
    pk2020(a)
    rekap2021(a)
    a.save()
    b = Book(AG, 'RA dan Realisasi Triwulan UPTD PIB 2022.xls')
    ra2022(b)
    b.save()
    c = Book(AG, 'Evaluasi Renja UPTD PIB TW IV 2023.ods')
    e81_2023(c)
    c.save()
    AG.write()
    print(SLUG, len(AG.rows), 'key rows')


if __name__ == '__main__':
    main()
