"""Agency C: Dinas Perdagangan Provinsi Teluk Sangkar (invented). Years 2017-2020."""
from lib import (Agency, idn, split, ramp, agg, one, many, cref, CL, PCT0, PCT1, PCT2, INT, DEC1, DEC2, ACC)

SLUG = 'c_disdag_teluk_sangkar'
AG = 'Dinas Perdagangan Provinsi Teluk Sangkar'

META = {
    'C01': ('juta US$', 'flow', False), 'C02': ('%', 'level', False), 'C03': ('%', 'level', False),
    'C04': ('%', 'level', False), 'C05': ('%', 'level', True), 'C06': ('%', 'level', True),
    'C07': ('%', 'level', False), 'C07b': ('%', 'level', False), 'C08': ('unit', 'flow', False),
    'C09': ('pasar', 'level', False), 'C10': ('%', 'level', False), 'C11': ('unit', 'flow', False),
    'C12': ('eksportir', 'level', False), 'C13': ('eksportir', 'flow', False), 'C14': ('dokumen', 'flow', False),
    'C15': ('pelaku usaha', 'flow', False), 'C16': ('juta Rp', 'flow', False), 'C17': ('%', 'level', False),
    'C18': ('aduan', 'flow', False), 'C19': ('nilai', 'level', False), 'C20': ('produk', 'flow', False),
    'C21': ('predikat', 'level', False), 'C22': ('%', 'level', False), 'C23': ('distributor', 'level', False),
    'C23b': ('distributor', 'level', False), 'C24': ('kali', 'flow', False),
}

Y = {
    2017: {
        'C01': ('Nilai ekspor non migas', 1850, 1792.4),
        'C02': ('Pertumbuhan nilai ekspor non migas', 5, 3.8),
        'C03': ('Kontribusi sektor perdagangan terhadap PDRB', 15.5, 15.32),
        'C04': ('Laju pertumbuhan sektor perdagangan', 6, 5.72),
        'C05': ('Koefisien variasi harga bahan pokok', 9, 8.2),
        'C06': ('Disparitas harga bahan pokok antar kabupaten/kota', 12, 13.4),
        'C07': ('Persentase ketersediaan barang kebutuhan pokok', 100, 100),
        'C08': ('Jumlah pasar rakyat yang direvitalisasi', 6, 6),
        'C10': ('Persentase UTTP yang ditera ulang', 80, 76.4),
        'C11': ('Jumlah UTTP yang ditera ulang', 42000, 40),
        'C12': ('Jumlah eksportir', 140, 146),
        'C13': ('Jumlah eksportir baru', 10, 12),
        'C14': ('Jumlah SKA yang diterbitkan', 5200, 5486),
        'C15': ('Jumlah pelaku usaha yang mengikuti pameran', 120, 134),
        'C16': ('Nilai transaksi pameran', 4500, 4812.5),
        'C17': ('Persentase pengaduan konsumen yang diselesaikan', 90, 88.6),
        'C19': ('Indeks Keberdayaan Konsumen (IKK)', 40, 38.2),
        'C20': ('Jumlah barang beredar yang diawasi', 300, 342),
        'C21': ('Nilai SAKIP Dinas Perdagangan', 'B', 'B'),
        'C23': ('Jumlah distributor bapok yang terdaftar (TDPUD)', 80, 84),
    },
    2018: {
        'C01': ('Nilai ekspor non-migas (juta US$)', 1900, 1958.7),
        'C02': ('Prosentase pertumbuhan ekspor non migas', 5, 9.28),
        'C03': ('Kontribusi Sektor Perdagangan Besar dan Eceran terhadap PDRB', 15.8, 15.61),
        'C04': ('Pertumbuhan PDRB sektor perdagangan', 6, 6.14),
        'C05': ('Koefisien Variasi Harga Barang Kebutuhan Pokok (Bapok)', 9, 7.6),
        'C06': ('Disparitas harga antar Kab/Kota', 12, 11.8),
        'C07': ('Tingkat ketersediaan bahan pokok', 100, 100),
        'C08': ('Jumlah Pasar Rakyat Yang Direvitalisasi', 8, 7),
        'C09': ('Jumlah pasar rakyat yang memenuhi SNI 8152', 3, 3),
        'C10': ('Prosentase alat UTTP yang ditera/ditera ulang', 80, 82.1),
        'C11': ('Jumlah alat UTTP yg ditera/ditera ulang', 44000, 45207),
        'C12': ('Jumlah Eksportir', 150, 152),
        'C13': ('Jumlah Eksportir Baru', 10, 9),
        'C14': ('Jumlah Surat Keterangan Asal (SKA) yang diterbitkan', 5500, 5912),
        'C15': ('Jumlah pelaku usaha yang difasilitasi mengikuti pameran dagang', 130, 128),
        'C16': ('Nilai Transaksi Pameran Dagang', 5000, 5376.2),
        'C17': ('Prosentase pengaduan konsumen yg diselesaikan', 90, 93.3),
        'C18': ('Jumlah pengaduan konsumen', 60, 75),
        'C19': ('Indeks Keberdayaan Konsumen', 41, 41.7),
        'C20': ('Jumlah barang beredar dan jasa yang diawasi', 320, 355),
        'C21': ('Nilai SAKIP', 'BB', 'B'),
        'C23': ('Jumlah distributor barang kebutuhan pokok terdaftar', 90, 93),
        'C24': ('Jumlah operasi pasar murah', 24, 26),
    },
    2019: {
        'C01': ('Nilai Ekspor Non Migas Provinsi', 2000, 1876.3),
        'C02': ('Persentase Pertumbuhan Nilai Ekspor Non Migas', 5, -4.21),
        'C03': ('Kontribusi sektor perdagangan thd PDRB', 16, 15.94),
        'C04': ('Laju Pertumbuhan PDRB Sektor Perdagangan', 6.2, 5.87),
        'C05': ('KV harga bapok', 8, 8.45),
        'C06': ('Disparitas harga barang kebutuhan pokok antar wilayah', 11, 10.6),
        'C07': ('Persentase Ketersediaan Bapok', 100, 98.5),
        'C08': ('Jumlah revitalisasi pasar rakyat', 8, 8),
        'C09': ('Jumlah pasar rakyat ber-SNI', 5, 4),
        'C10': ('Persentase Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP) yang ditera ulang', 85, 84.3),
        'C11': ('Jumlah UTTP yang ditera ulang', 46000, 44870),
        'C12': ('Jumlah eksportir daerah', 155, 149),
        'C13': ('Jumlah eksportir pemula/baru', 12, 14),
        'C14': ('Jumlah penerbitan Surat Keterangan Asal', 5800, 5633),
        'C15': ('Jumlah pelaku usaha peserta pameran dagang dalam & luar negeri', 140, 151),
        'C16': ('Nilai transaksi pada pameran dagang (Rp juta)', 5500, 5190),
        'C17': ('Persentase Penyelesaian Pengaduan Konsumen', 92, 95),
        'C18': ('Jumlah pengaduan konsumen yang diterima', 60, 80),
        'C19': ('IKK (Indeks Keberdayaan Konsumen)', 42, 43.1),
        'C20': ('Jumlah produk barang beredar yg diawasi', 350, 368),
        'C21': ('Nilai SAKIP Dinas', 'BB', 'BB'),
        'C22': ('Persentase serapan anggaran', 95, 93.4),
        'C23': ('Jumlah Distributor Bapok Terdaftar', 100, 97),
        'C24': ('Jumlah pelaksanaan operasi pasar', 24, 31),
    },
    2020: {
        'C01': ('Nilai ekspor nonmigas', 1950, 1702.9),
        'C02': ('Pertumbuhan ekspor non-migas', 3, -9.24),
        'C03': ('Kontribusi sektor perdagangan terhadap PDRB ADHB', 16.2, 15.48),
        'C04': ('Laju pertumbuhan PDRB sektor perdagangan besar & eceran', 4, -2.35),
        'C05': ('Koefisien variasi harga barang kebutuhan pokok antar waktu', 8, 6.9),
        'C06': ('Disparitas harga bapok antar kab/kota', 11, 10.2),
        'C07b': ('Persentase ketersediaan bahan kebutuhan pokok dan barang penting', 100, 97.2),
        'C08': ('Jml pasar rakyat yg direvitalisasi', 5, 3),
        'C09': ('Jumlah pasar rakyat yang telah memenuhi SNI', 6, 6),
        'C10': ('Persentase UTTP yang ditera ulang (tera/tera ulang)', 85, 71.6),
        'C11': ('Jumlah UTTP ditera ulang', 40000, 31522),
        'C12': ('Jumlah eksportir', 150, 141),
        'C13': ('Eksportir baru', 10, 6),
        'C14': ('Jumlah SKA terbit', 5500, 4980),
        'C15': ('Jumlah pelaku usaha yang mengikuti pameran (virtual/fisik)', 100, 87),
        'C17': ('Persentase pengaduan konsumen yang terselesaikan', 92, 90.48),
        'C18': ('Jumlah pengaduan konsumen', 60, 84),
        'C19': ('Indeks keberdayaan konsumen', 43, 44.05),
        'C20': ('Jumlah barang beredar yang diawasi', 300, 276),
        'C21': ('Predikat SAKIP Dinas Perdagangan', 'BB', 'BB'),
        'C22': ('Persentase serapan anggaran Dinas', 95, 89.1),
        'C23b': ('Jumlah distributor dan sub distributor bapok yang terdaftar', 105, 110),
        'C24': ('Jumlah operasi pasar/pasar murah yang dilaksanakan', 30, 42),
    },
}

SC = {
    1: 'Meningkatnya kinerja ekspor daerah',
    2: 'Meningkatnya peran sektor perdagangan dalam perekonomian daerah',
    3: 'Terjaganya stabilitas harga dan ketersediaan barang kebutuhan pokok',
    4: 'Meningkatnya perlindungan konsumen dan tertib ukur',
    5: 'Meningkatnya akuntabilitas kinerja Dinas Perdagangan',
}
KADIS = ('Drs. HERMANUS LAOLI PARDEDE, M.M.', 'Pembina Utama Muda (IV/c)', 'NIP. 19650818 199003 1 009')


def sig(sh, r, c, date, jab='Kepala Dinas Perdagangan'):
    sh.text(r, c, date)
    sh.text(r + 1, c, jab + ',')
    sh.text(r + 5, c, KADIS[0], b=True)
    sh.text(r + 6, c, KADIS[1])
    sh.text(r + 7, c, KADIS[2])


def xround(x, n):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- 2017 Banjar-style (.ods)
UNIT17 = {'C01': 'juta US$', 'C08': 'pasar', 'C11': 'unit', 'C12': 'eksportir', 'C13': 'eksportir', 'C14': 'dokumen',
          'C15': 'pelaku usaha', 'C20': 'produk', 'C23': 'distributor', 'C19': None}


def txt17(i, v):
    if isinstance(v, str):
        return v
    u = META[i][0]
    if u == '%':
        return idn(v, 2 if not float(v).is_integer() else 0) + ' %'
    if i == 'C16':
        return 'Rp. ' + idn(v) + ' juta'
    if i == 'C19':
        return idn(v)
    return idn(v, unit=UNIT17[i])


def y2017(ag):
    fn = 'Pengukuran Kinerja Dinas Perdagangan 2017.ods'
    b = ag.book(fn, 'annual Pengukuran Kinerja 2017 in the Banjar style (value and unit typed together)')
    sh = b.sheet('PK 2017')
    d = Y[2017]
    for k, t in enumerate(['PENGUKURAN KINERJA', 'DINAS PERDAGANGAN', 'PROVINSI TELUK SANGKAR', 'TAHUN 2017'], 1):
        sh.title_merge(k, 1, 5, t)
    sh.text(6, 1, 'Provinsi : Teluk Sangkar')
    sh.text(7, 1, 'Nama SKPD : Dinas Perdagangan')
    for c, t in enumerate(['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', '% Realisasi'], 1):
        sh.put(9, c, t, b=True, h='center')
    sh.widths({'A': 40, 'B': 55, 'C': 18, 'D': 18, 'E': 12})
    groups = [(1, ['C01', 'C02', 'C12', 'C13', 'C14']), (2, ['C03', 'C04', 'C08', 'C15', 'C16']),
              (3, ['C05', 'C06', 'C07', 'C23']), (4, ['C10', 'C11', 'C17', 'C19', 'C20', 'DUP_C14']), (5, ['C21'])]
    r = 10
    no = 0
    for g, ids in groups:
        first = True
        for i in ids:
            dup = i.startswith('DUP_')
            iid = i[4:] if dup else i
            name, T, R = d[iid]
            no += 1
            sh.put(r, 1, SC[g] if first else None, va='top')
            first = False
            sh.put(r, 2, f'{no}. {name}')
            tv = txt17(iid, T)
            rv = txt17(iid, R)
            if iid == 'C05':
                tv = '<= 9 %'
            sh.put(r, 3, tv, h='center')
            sh.put(r, 4, rv, h='center')
            if isinstance(T, str):
                cap = 100
            elif iid == 'C11':
                cap = 95.52
            elif iid == 'C15':
                cap = 110.67
            else:
                cap = xround(R / T * 100, 2)
            sh.put(r, 5, cap, fmt=DEC2, h='center')
            if dup:
                ag.trap(sh, r, f"duplicated row: '{no}. {name}' repeats C14 (row {src14}) under sasaran 4 with the same figures: second copy, not a key row")
            else:
                if iid == 'C14':
                    src14 = r
                kt = None if isinstance(T, str) else T
                kr = None if isinstance(R, str) else R
                ag.key(sh, r, 2, 2017, iid, kt, kr, one(r, 3), one(r, 4))
            if iid == 'C11':
                ag.trap(sh, r, "C11 realisasi typed '40 unit' (thousands dropped; the stated 95,52 % implies 40.118): keyed as typed 40")
            if iid == 'C15':
                ag.trap(sh, r, 'C15 % typed 110,67 although 134 / 120 = 111,67 (typed capaian disagrees)')
            if iid == 'C05':
                ag.trap(sh, r, "C05 (negative) target typed '<= 9 %' -> 9; % typed 91,11 = positive formula on a negative indicator")
            if iid == 'C06':
                ag.trap(sh, r, 'C06 (negative: disparity above target is worse) % typed 111,67 = positive formula on a negative indicator')
            if iid == 'C21':
                ag.trap(sh, r, "C21 grade indicator: target 'B', realisasi 'B', % typed 100 -> key null/null")
            if iid == 'C16':
                ag.trap(sh, r, "C16 values typed 'Rp. 4.500 juta' / 'Rp. 4.812,5 juta' -> 4500 / 4812.5 (unit juta Rp)")
            r += 1
    last = r - 1
    ag.trap(sh, 10, 'Banjar style: Sasaran written only on the first row of each group (blank below = same as above, NOT merged); names carry a running number prefix "1. ", "2. ", ...; Target / Realisasi are text with the unit inside')
    r += 1
    sh.text(r, 1, 'Jumlah Anggaran Kegiatan Tahun 2017 : Rp. 21.460.775.000')
    sh.text(r + 1, 1, 'Jumlah Realisasi Anggaran Kegiatan Tahun 2017 : Rp. 19.982.114.650')
    ag.trap(sh, r, 'budget lines: not key rows')
    sig(sh, r + 3, 4, 'Pangkal Sangkar, 29 Desember 2017')
    ag.sheet_doc(sh, f'Banjar-style annual PK: title rows 1-4, "Provinsi :" / "Nama SKPD :" rows 6-7, ONE header row 9 (Sasaran Strategis | '
                     f'Indikator Kinerja | Target | Realisasi | % Realisasi), no numbered row, data rows 10-{last}; Target and Realisasi '
                     f'are text cells with the unit inside ("1.850 juta US$", "3,80 %", "Rp. 4.812,5 juta"), % Realisasi typed numbers; budget lines and signature below.')
    hid = b.sheet('PK 2017 awal', hidden=True)
    hid.put(1, 1, 'PK 2017 (penetapan awal)', b=True, border=False)
    for k, i in enumerate(['C01', 'C02', 'C08', 'C11', 'C14', 'C16'], 3):
        hid.put(k, 1, Y[2017][i][0])
        hid.put(k, 2, txt17(i, Y[2017][i][1]))
    ag.sheet_doc(hid, 'HIDDEN initial PK (targets only): not keyed.')
    e = b.sheet('Sheet3')
    ag.sheet_doc(e, 'empty sheet: no key rows.')
    b.save()
    ag.layouts[2017] = (f'`{fn}` / `PK 2017`: Banjar-style annual table, one header row, value and unit typed together as text, '
                        'numbered names ("1. ..."), Sasaran only on the first row of its group (not merged), duplicated row, '
                        'budget lines, signature; hidden initial PK; empty Sheet3')


# ---------------------------------------------------------------- 2018 + 2019 (.xlsx)
Q2018 = {  # (target quarters, realisasi quarters)
    'C02': ([5] * 4, [7.2, 8.1, 8.9, 9.28]),
    'C03': ([15.8] * 4, [15.42, 15.55, 15.61, '-']),
    'C04': ([6] * 4, [5.91, 6.02, 6.14, '-']),
    'C05': ([9] * 4, [8.1, 7.9, 7.7, 7.6]),
    'C06': ([12] * 4, [12.4, 12.1, 11.9, 11.8]),
    'C07': ([100] * 4, [100] * 4),
    'C08': ([0, 0, 4, 4], ['-', '-', 3, 4]),
    'C09': ([3] * 4, [1, 2, 2, 3]),
    'C10': ([20, 40, 60, 80], [19.6, 41.3, 62.7, 82.1]),
    'C12': ([150] * 4, [146, 148, 150, 152]),
    'C17': ([90] * 4, [91.2, 92.5, 93.0, 0.933]),
    'C19': (['-', '-', '-', 41], ['-', '-', '-', 41.7]),
    'C21': (['-', '-', '-', 'BB'], ['-', '-', '-', 'B']),
    'C23': ([90] * 4, [88, 90, 91, 93]),
    'C24': ([6] * 4, [5, 6, 7, 8]),
}


def y2018_2019(ag):
    fn = 'Rekap Kinerja Dinas Perdagangan 2018-2019.xlsx'
    b = ag.book(fn, 'quarterly Rencana Aksi 2018 and 3-row-block capaian sheet 2019 in one workbook')
    sheet_2018(ag, b)
    sheet_2019(ag, b)
    rev = b.sheet('Capaian 2019 (rev)', hidden=True)
    rev.put(1, 1, 'Capaian 2019 - revisi (tidak dipakai)', b=True, border=False)
    for k, i in enumerate(['C01', 'C02', 'C11', 'C14', 'C22'], 3):
        rev.put(k, 1, Y[2019][i][0])
        rev.put(k, 2, Y[2019][i][1])
        rev.put(k, 3, Y[2019][i][2])
    ag.sheet_doc(rev, 'HIDDEN superseded revision of the 2019 sheet: not keyed.')
    ref = b.sheet('Ref')
    for c, t in enumerate(['Kode', 'Indikator', 'Definisi / Formula'], 1):
        ref.put(1, c, t, b=True)
    defs = [('IKU-1', 'Nilai ekspor non migas', 'Nilai FOB ekspor non migas (juta US$), sumber BPS'),
            ('IKU-2', 'Koefisien variasi harga', 'Simpangan baku / rata-rata harga x 100 (semakin kecil semakin baik)'),
            ('IKU-3', 'Disparitas harga', '(Harga maks - harga min) / harga min x 100 (semakin kecil semakin baik)'),
            ('IKU-4', 'Indeks Keberdayaan Konsumen', 'Hasil survei IKK (skala 0-100)'),
            ('IKU-5', 'Persentase UTTP yang ditera ulang', 'UTTP ditera ulang / UTTP wajib tera ulang x 100')]
    for k, row in enumerate(defs, 2):
        for c, t in enumerate(row, 1):
            ref.put(k, c, t)
    ref.widths({'B': 40, 'C': 70})
    ag.sheet_doc(ref, 'Reference sheet (indicator definitions and formulas): no key rows.')
    b.save()


def sheet_2018(ag, b):
    sh = b.sheet('RA 2018')
    d = Y[2018]
    sh.title_merge(1, 1, 18, 'RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN')
    sh.title_merge(2, 1, 18, 'DINAS PERDAGANGAN PROVINSI TELUK SANGKAR')
    sh.title_merge(3, 1, 18, 'TAHUN ANGGARAN 2018')
    for c, t in ((1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (5, 'Target 2018'),
                 (18, 'Penanggung Jawab')):
        sh.merge(6, c, 7, c, t, b=True, h='center')
    for q, t in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        c = 6 + 3 * q
        sh.merge(6, c, 6, c + 2, t, b=True, h='center')
        for k, lab in enumerate(['Target', 'Realisasi', '%']):
            sh.put(7, c + k, lab, b=True, h='center')
    for c in range(1, 19):
        sh.put(8, c, f'({c})', h='center', it=True)
    sh.widths({'A': 5, 'B': 30, 'C': 48, 'D': 11, 'E': 11, 'R': 16})
    groups = [(1, ['C01', 'C02', 'C12', 'C13', 'C14']), (2, ['C03', 'C04', 'C08', 'C09', 'C15', 'C16']),
              (3, ['C05', 'C06', 'C07', 'C23', 'C24']), (4, ['C10', 'C11', 'C17', 'C18', 'C19', 'C20']), (5, ['C21'])]
    pj = {1: 'Bidang Perdagangan Luar Negeri', 2: 'Bidang Perdagangan Dalam Negeri', 3: 'Bidang Perdagangan Dalam Negeri',
          4: 'Bidang Perlindungan Konsumen', 5: 'Sekretariat'}
    r = 9
    no = 0
    for g, ids in groups:
        r0 = r
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            dec = 1 if i in ('C01', 'C16') else 0
            if i in Q2018:
                tq, rq = Q2018[i]
            else:
                tq = split(T, [1, 1, 1, 1], dec)
                rq = split(R, [23, 24, 26, 27], dec)
            fmt = DEC2 if (u in ('%', 'nilai') or dec) else INT
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            sh.put(r, 4, u, h='center')
            tv = T
            if i == 'C14':
                tv = 55000
                ag.trap(sh, r, 'C14 annual target typed 10x: 55.000 for 5.500 dokumen (quarter targets add up to 5.500): keyed as typed 55000')
            if i == 'C17':
                tv = '>= 90'
                ag.trap(sh, r, "C17 annual target typed '>= 90' -> 90")
            sh.put(r, 5, tv, fmt=fmt, h='center')
            nums = []
            for q in range(4):
                c = 6 + 3 * q
                tq_ = tq[q]
                rq_ = rq[q]
                num = None if rq_ == '-' or isinstance(rq_, str) and rq_ in ('B', 'BB') else rq_
                if i == 'C11' and q == 1:
                    num = rq_
                    rq_ = idn(rq_, unit='unit')
                    ag.trap(sh, r, f"C11 TW II realisasi typed as text '{rq_}' -> {num}; its % typed")
                nums.append(num)
                sh.put(r, c, tq_, fmt=fmt, h='center')
                sh.put(r, c + 1, rq_, fmt=fmt, h='center')
                if isinstance(tq_, str) or tq_ == 0 or isinstance(rq_, str) and not (i == 'C11' and q == 1):
                    pc = '-'
                elif i == 'C11' and q == 1:
                    pc = xround(num / tq_ * 100, 2)
                else:
                    pc = f'=ROUND({CL(c + 1)}{r}/{CL(c)}{r}*100,2)'
                if i == 'C15' and q == 3:
                    pc = f'=ROUND({CL(c + 1)}{r + 1}/{CL(c)}{r + 1}*100,2)'
                    ag.trap(sh, r, 'C15 TW IV % formula points at the next row (C16, Nilai transaksi): the % shown is C16 TW IV realisasi/target, not C15 own')
                sh.put(r, c + 2, pc, fmt=DEC2, h='center')
            mode = 'sum' if kind == 'flow' else 'last'
            kr = agg(nums, mode)
            if i == 'C17':
                ag.trap(sh, r, 'C17 TW IV realisasi typed as a fraction 0,933 (93,3 meant) in a number cell that is NOT %-formatted: level -> last quarter keyed AS TYPED 0.933; its % shows 1,04')
            if i in ('C03', 'C04'):
                ag.trap(sh, r, f"{i} TW IV realisasi '-' (BPS figure not yet released): level -> last reported quarter TW III")
            if i == 'C21':
                ag.trap(sh, r, "C21 grade indicator (target 'BB', TW IV realisasi 'B') -> key null/null")
            if i == 'C19':
                ag.trap(sh, r, "C19 IKK surveyed once (TW IV only, TW I-III '-')")
            if i == 'C05':
                ag.trap(sh, r, 'C05 is NEGATIVE but the quarter % columns use the positive formula R/T*100')
            sh.put(r, 18, pj[g])
            kt = {'C14': 55000, 'C17': 90}.get(i, None if isinstance(T, str) else T)
            ag.key(sh, r, 3, 2018, i, kt, kr, one(r, 5), many(mode, r, [7, 10, 13, 16]))
            r += 1
        sh.merge(r0, 2, r - 1, 2, SC[g], va='top')
    last = r - 1
    sig(sh, r + 2, 13, 'Pangkal Sangkar, 14 Januari 2019')
    ag.sheet_doc(sh, f'Quarterly Rencana Aksi: title rows 1-3, header rows 6-7 (Triwulan I..IV each Target | Realisasi | %), numbered '
                     f'row 8 ((1)..(18)), data rows 9-{last}: No A, Sasaran B (merged), Indikator C, Satuan D, Target 2018 E, '
                     f'TW I F/G/H, TW II I/J/K, TW III L/M/N, TW IV O/P/Q, Penanggung Jawab R. NO annual realisasi column: '
                     f'flows = sum of the four Realisasi cells, levels = last reported quarter.')


Q2019 = {  # (target quarters, realisasi quarters)
    'C02': ([5] * 4, [2.1, -0.8, -3.5, -4.21]),
    'C03': ([16] * 4, [15.71, 15.8, 15.88, 15.94]),
    'C04': ([6.2] * 4, [5.95, 5.91, 5.88, 5.87]),
    'C05': ([8] * 4, [8.9, 8.7, 8.6, 8.45]),
    'C06': ([11] * 4, [11.6, 11.2, 10.9, 10.6]),
    'C07': ([100] * 4, [100, 98.5, 98.5, 98.5]),
    'C08': ([0, 2, 3, 3], ['-', 2, 3, 3]),
    'C09': ([2, 3, 4, 5], [2, 3, 3, 4]),
    'C10': ([21, 42, 64, 85], [20.4, 41.8, 63.2, 84.3]),
    'C11': ([11500, 11500, 11500, 11500], [10120, 11540, 12080, 11130]),
    'C12': ([155] * 4, [151, 150, 150, 149]),
    'C17': ([92] * 4, [93.1, 94.0, 94.6, 95]),
    'C19': (['-', '-', '-', 42], ['-', '-', '-', 43.1]),
    'C21': (['-', '-', '-', 'BB'], ['-', '-', '-', 'BB']),
    'C22': ([20, 45, 70, 95], [18.2, 42.1, 68.8, 93.4]),
    'C23': ([100] * 4, [94, 95, 96, 97]),
}


def sheet_2019(ag, b):
    sh = b.sheet('Capaian 2019')
    d = Y[2019]
    sh.title_merge(1, 1, 10, 'CAPAIAN KINERJA DINAS PERDAGANGAN PROVINSI TELUK SANGKAR')
    sh.title_merge(2, 1, 10, 'TAHUN 2019 (S.D. TRIWULAN IV)')
    for c, t in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV', 'Tahun 2019',
                           'Keterangan'], 1):
        sh.put(4, c, t, b=True, h='center')
        sh.put(5, c, c, h='center', it=True)
    sh.widths({'A': 5, 'B': 50, 'C': 12, 'D': 13, 'I': 13, 'J': 24})
    groups = [(1, ['C01', 'C02', 'C12', 'C13', 'C14']), (2, ['C03', 'C04', 'C08', 'C09', 'C15', 'C16']),
              (3, ['C05', 'C06', 'C07', 'C23', 'C24']), (4, ['C10', 'C11', 'C17', 'C18', 'C19', 'C20']), (5, ['C21', 'C22'])]
    r = 6
    no = 0
    for g, ids in groups:
        sh.merge(r, 1, r, 10, f'SASARAN {g} : {SC[g]}', b=True)
        ag.trap(sh, r, 'sasaran row (merged A:J): not a key row')
        r += 1
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            dec = 1 if i in ('C01', 'C16') else 0
            if i in Q2019:
                tq, rq = Q2019[i]
            else:
                tq = split(T, [1, 1, 1, 1], dec)
                rq = split(R, [22, 25, 25, 28], dec)
            pct = (i == 'C22')
            fmt = PCT2 if pct else (DEC2 if (u in ('%', 'nilai') or dec) else INT)
            cv = (lambda v: v / 100 if (pct and not isinstance(v, str)) else v)
            for c, v in ((1, no), (2, name), (3, u)):
                sh.merge(r, c, r + 2, c, v, h='center' if c != 2 else None)
            for k, lab in enumerate(['Target', 'Realisasi', 'Capaian (%)']):
                sh.put(r + k, 4, lab)
            for q in range(4):
                sh.put(r, 5 + q, cv(tq[q]), fmt=fmt, h='center')
                sh.put(r + 1, 5 + q, cv(rq[q]), fmt=fmt, h='center')
            tv = T
            if i == 'C09':
                tv = '5 pasar'
                ag.trap(sh, r, "C09 annual target typed as text '5 pasar' -> 5; annual capaian typed 80")
            sh.put(r, 9, cv(tv), fmt=fmt, h='center')
            nums = [None if isinstance(v, str) else v for v in rq]
            if kind == 'flow':
                ann = f'=SUM(E{r + 1}:H{r + 1})'
                kr = agg(nums, 'sum')
            else:
                ann = f'=H{r + 1}'
                kr = agg(nums, 'last')
            if i == 'C11':
                ann = f'=SUM(E{r + 1}:G{r + 1})'
                kr = sum(nums[:3])
                ag.trap(sh, r + 1, f'C11 annual realisasi formula =SUM(E:G) leaves out TW IV: shows {idn(kr)} instead of 44.870; keyed AS IT STANDS {kr}')
            if i == 'C21':
                ann = 'BB'
                kr = None
                ag.trap(sh, r, "C21 grade indicator: target 'BB', realisasi 'BB', capaian '-' -> key null/null")
            sh.put(r + 1, 9, ann, fmt=fmt, h='center')
            for q in range(5):
                c = 5 + q
                tvq = tv if q == 4 else tq[q]
                rvq = 'x' if q == 4 else rq[q]
                if isinstance(tvq, str) or isinstance(rvq, str) and q < 4 or (q < 4 and tvq == 0) or i == 'C21':
                    pc = '-'
                elif neg:
                    pc = f'=ROUND((2*{CL(c)}{r}-{CL(c)}{r + 1})/{CL(c)}{r}*100,2)'
                else:
                    pc = f'=ROUND({CL(c)}{r + 1}/{CL(c)}{r}*100,2)'
                if q == 4 and i == 'C09':
                    pc = 80
                if q == 4 and i == 'C19':
                    pc = 103.5
                    ag.trap(sh, r + 2, 'C19 annual capaian typed 103,5 although 43,1 / 42 = 102,62 (typed capaian disagrees)')
                if q == 4 and i == 'C15':
                    pc = f'=ROUND(I{r - 2}/I{r - 3}*100,2)'
                    ag.trap(sh, r + 2, 'C15 annual capaian formula points at the block above (C09 realisasi / C09 target, which is text): shows #VALUE! instead of 107,86')
                sh.put(r + 2, c, pc, fmt=DEC2, h='center')
            ket = 'akumulasi TW I-IV' if kind == 'flow' else 'posisi TW IV'
            if pct:
                ket = 'serapan kumulatif'
                ag.trap(sh, r, 'C22 target and realisasi lines are fractions in 0.00% cells -> key in percent points 95 / 93.4')
            if i == 'C02':
                ag.trap(sh, r + 1, 'C02 realisasi negative (-4,21 % growth): a real negative figure, not a mistake')
            sh.merge(r, 10, r + 2, 10, ket)
            kt = 5 if i == 'C09' else (None if isinstance(T, str) else T)
            ag.key(sh, r, 2, 2019, i, kt, kr, one(r, 9), one(r + 1, 9))
            r += 3
    last = r - 1
    sig(sh, r + 2, 7, 'Pangkal Sangkar, 15 Januari 2020')
    ag.sheet_doc(sh, f'UNUSUAL 3-row blocks: title rows 1-2, single header row 4 (No | Indikator | Satuan | Uraian | TW I..IV | '
                     f'Tahun 2019 | Keterangan), numbered row 5, sasaran rows merged A:J, then per indicator THREE rows '
                     f'(Uraian = Target / Realisasi / Capaian (%)) with No, Indikator, Satuan and Keterangan merged over the three; '
                     f'data rows 7-{last}. Key row = the Target line (top-left of the name merge); target = Tahun 2019 (col I) on the '
                     f'Target line, realisasi = col I on the Realisasi line (=SUM(E:H) for flows, =H for levels, unless noted).')


# ---------------------------------------------------------------- 2020 LKjIP (.xls)
PREV20 = {  # id: (T18, R18, T19, R19) as printed in the LKjIP 2020 table
    'C01': (1900, 1958.7, 2000, 1876.3), 'C02': (5, 9.28, 5, -4.21), 'C03': (15.8, 15.66, 16, 15.94),
    'C04': (6, 6.14, 6.2, 5.87), 'C05': (9, 7.6, 8, 8.45), 'C06': (12, 11.8, 11, 10.6), 'C07b': (100, 100, 100, 98.5),
    'C08': (8, 7, 8, 8), 'C09': (3, 3, 5, 4), 'C10': (80, 82.1, 85, 84.3), 'C11': (44000, 45207, 46000, 44870),
    'C12': (150, 152, 155, 149), 'C13': (10, 9, 12, 14), 'C14': (5500, 5912, 5800, 5633), 'C15': (130, 128, 140, 151),
    'C17': (90, 93.3, 92, 95), 'C18': (60, 75, 60, 80), 'C19': (41, 41.7, 42, 43.1), 'C20': (320, 355, 350, 368),
    'C21': ('BB', 'B', 'BB', 'BB'), 'C22': ('-', '-', 95, 93.4), 'C23b': (90, 93, 100, 97), 'C24': (24, 26, 24, 31),
}
REN20 = {'C01': 2300, 'C02': 6, 'C03': 17, 'C04': 6.5, 'C05': 7, 'C06': 9, 'C07b': 100, 'C08': 35, 'C09': 10, 'C10': 90,
         'C11': 230000, 'C12': 170, 'C13': 60, 'C14': 29000, 'C15': 700, 'C17': 95, 'C18': 300, 'C19': 45, 'C20': 1700,
         'C21': 'A', 'C22': 97, 'C23b': 120, 'C24': 130}


def y2020(ag):
    fn = 'LKjIP Dinas Perdagangan 2020.xls'
    b = ag.book(fn, 'LKjIP 2020 chapter III comparison table, three years side by side plus Renstra target')
    sh = b.sheet('Tabel 3.3')
    d = Y[2020]
    sh.text(1, 1, 'Tabel 3.3', b=True)
    sh.text(2, 1, 'Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2018 - 2020 serta Target Akhir Renstra', b=True)
    for c, t in ((1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (13, 'Target Akhir Renstra (2023)'),
                 (14, 'Capaian 2020 thd Target Renstra (%)'), (15, 'Status')):
        sh.merge(4, c, 5, c, t, b=True, h='center')
    for k, yy in enumerate([2018, 2019, 2020]):
        c = 4 + 3 * k
        sh.merge(4, c, 4, c + 2, f'Tahun {yy}', b=True, h='center')
        for j, lab in enumerate(['Target', 'Realisasi', 'Capaian (%)']):
            sh.put(5, c + j, lab, b=True, h='center')
    for c in range(1, 16):
        sh.put(6, c, c, h='center', it=True)
    sh.widths({'A': 5, 'B': 50, 'C': 11, 'M': 12, 'N': 13, 'O': 18})
    groups = [(1, ['C01', 'C02', 'C12', 'C13', 'C14']), (2, ['C03', 'C04', 'C08', 'C09', 'C15']),
              (3, ['C05', 'C06', 'C07b', 'C23b', 'C24']), (4, ['C10', 'C11', 'C17', 'C18', 'C19', 'C20']), (5, ['C21', 'C22'])]
    r = 7
    no = 0
    for g, ids in groups:
        sh.merge(r, 1, r, 15, f'Sasaran Strategis {g}: {SC[g]}', b=True)
        ag.trap(sh, r, 'sasaran row (merged A:O): not a key row')
        r += 1
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            pct = (i == 'C22')
            fmt = DEC2 if (u in ('%', 'nilai') or i == 'C01') else INT
            sh.put(r, 1, no, h='center')
            sh.put(r, 2, name)
            sh.put(r, 3, u, h='center')
            t18, r18, t19, r19 = PREV20[i]
            for c, v in ((4, t18), (5, r18), (7, t19), (8, r19)):
                sh.put(r, c, v, fmt=fmt, h='center')
            for c, (tt, rr_) in ((6, (t18, r18)), (9, (t19, r19))):
                if isinstance(tt, str) or isinstance(rr_, str):
                    sh.put(r, c, '-', h='center')
                elif neg:
                    sh.put(r, c, f'=ROUND((2*{CL(c - 2)}{r}-{CL(c - 1)}{r})/{CL(c - 2)}{r}*100,2)', fmt=DEC2, h='center')
                else:
                    sh.put(r, c, f'=ROUND({CL(c - 1)}{r}/{CL(c - 2)}{r}*100,2)', fmt=DEC2, h='center')
            tv, rv = T, R
            if pct:
                tv, rv = T / 100, R / 100
            if i == 'C01':
                rv = '1.702,9'
            if i == 'C13':
                rv = '6 eksportir'
            if i == 'C20':
                tv = 3000
            cfmt = PCT1 if pct else fmt
            sh.put(r, 10, tv, fmt=cfmt, h='center')
            sh.put(r, 11, rv, fmt=cfmt, h='center')
            if isinstance(T, str):
                cap = '-'
            elif i == 'C01':
                cap = 87.33
            elif i == 'C13':
                cap = 60
            elif neg and i != 'C05':
                cap = f'=ROUND((2*J{r}-K{r})/J{r}*100,2)'
            else:
                cap = f'=ROUND(K{r}/J{r}*100,2)'
            sh.put(r, 12, cap, fmt=DEC2, h='center')
            ren = REN20[i]
            sh.put(r, 13, ren / 100 if pct else ren, fmt=PCT1 if pct else fmt, h='center')
            if neg or isinstance(T, str):
                rc = '-'
            elif i == 'C01':
                rc = xround(R / ren * 100, 2)
            elif i == 'C13':
                rc = 10
            elif i == 'C12':
                rc = f'=ROUND(K{r + 1}/M{r + 1}*100,2)'
                ag.trap(sh, r, 'C12 capaian-thd-Renstra formula points at the next row (C13, whose K is text): shows #VALUE!, not a key cell')
            else:
                rc = f'=ROUND(K{r}/M{r}*100,2)'
            sh.put(r, 14, rc, fmt=DEC2, h='center')
            if isinstance(T, str):
                st = 'Tercapai'
            else:
                ok = (R <= T) if neg else (R >= T)
                st = 'Tercapai' if ok else 'Perlu usaha keras'
            sh.put(r, 15, st)
            if i == 'C01':
                ag.trap(sh, r, "C01 realisasi 2020 typed as text '1.702,9' -> 1702.9; capaian typed 87,33")
            if i == 'C13':
                ag.trap(sh, r, "C13 realisasi 2020 typed as text '6 eksportir' -> 6; capaian typed 60")
            if i == 'C20':
                ag.trap(sh, r, 'C20 target 2020 typed 10x: 3.000 for 300 produk (capaian formula shows 9,2): keyed as typed 3000')
            if i == 'C05':
                ag.trap(sh, r, 'C05 is NEGATIVE but the 2020 capaian uses the positive formula K/J*100 (86,25 where 113,75 is meant); the 2018/2019 capaian columns of the same row use (2T-R)/T')
            if i == 'C22':
                ag.trap(sh, r, 'C22 target / realisasi 2020 and Renstra target are fractions in 0.0% cells -> key 95 / 89.1; its 2018 columns are "-" (new indicator)')
            if i == 'C02':
                ag.trap(sh, r, 'C02 realisasi 2020 is negative (-9,24 % growth): capaian formula gives -308 (a real figure, not a typing mistake)')
            if i == 'C03':
                ag.trap(sh, r, 'C03 Realisasi 2018 column says 15,66 (revised BPS figure) while the 2018 file keys 15,61 (TW III, TW IV not yet released): context column, not keyed')
            if i == 'C11':
                ag.trap(sh, r, 'C11 Realisasi 2019 column says 44.870 while the 2019 sheet keys 33.740 (its annual SUM left out TW IV): context column, not keyed')
            if i == 'C17':
                ag.trap(sh, r, 'C17 Realisasi 2018 column says 93,3 while the 2018 file keys 0,933 (fraction typed in TW IV): context column, not keyed')
            if i == 'C07b':
                ag.trap(sh, r, "C07b 'bahan kebutuhan pokok DAN BARANG PENTING' widens C07 'ketersediaan barang kebutuhan pokok': ambiguous pair [C07, C07b]; its 2018/2019 columns repeat C07's figures")
            if i == 'C23b':
                ag.trap(sh, r, "C23b 'distributor DAN SUB DISTRIBUTOR bapok' widens C23: ambiguous pair [C23, C23b]")
            if i == 'C21':
                ag.trap(sh, r, "C21 grade indicator (BB / BB, Renstra 'A') -> key null/null")
            kt = {'C20': 3000}.get(i, None if isinstance(T, str) else T)
            kr = None if isinstance(R, str) else R
            ag.key(sh, r, 2, 2020, i, kt, kr, one(r, 10), one(r, 11))
            r += 1
    last = r - 1
    sh.text(r + 1, 1, 'Sumber: Dinas Perdagangan Provinsi Teluk Sangkar, diolah', it=True)
    ag.sheet_doc(sh, f'LKjIP comparison table: title rows 1-2, header rows 4-5 (Tahun 2018 | 2019 | 2020 each Target | Realisasi | '
                     f'Capaian (%), Target Akhir Renstra (2023), Capaian thd Renstra, Status), numbered row 6 (1..15), sasaran rows '
                     f'merged A:O, data rows 8-{last}. Only the 2020 columns (J target, K realisasi) are keyed; 2018/2019 are context.')
    ang = b.sheet('Anggaran')
    for c, t in enumerate(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'], 1):
        ang.put(1, c, t, b=True)
    progs = [('Program Peningkatan dan Pengembangan Ekspor', 4250000000, 3612500000),
             ('Program Peningkatan Efisiensi Perdagangan Dalam Negeri', 6870000000, 5940255000),
             ('Program Perlindungan Konsumen dan Pengamanan Perdagangan', 2145000000, 1876400000),
             ('Program Pelayanan Administrasi Perkantoran', 3410000000, 3188775000)]
    for k, (nm, p, rl) in enumerate(progs, 2):
        ang.put(k, 1, k - 1)
        ang.put(k, 2, nm)
        ang.put(k, 3, p, fmt=ACC)
        ang.put(k, 4, rl, fmt=ACC)
        ang.put(k, 5, f'=ROUND(D{k}/C{k}*100,2)', fmt=DEC2)
    ang.put(6, 2, 'Jumlah', b=True)
    ang.put(6, 3, '=SUM(C2:C5)', fmt=ACC)
    ang.put(6, 4, '=SUM(D2:D5)', fmt=ACC)
    ang.put(6, 5, '=ROUND(D6/C6*100,2)', fmt=DEC2)
    ang.widths({'B': 60, 'C': 18, 'D': 18})
    ag.sheet_doc(ang, 'Programme budget table: no key rows.')
    ct = b.sheet('Catatan')
    for k, t in enumerate(['Catatan Tabel 3.3:',
                           '1. Realisasi 2018 kontribusi sektor perdagangan menggunakan angka BPS yang telah direvisi.',
                           '2. Pertumbuhan ekspor dan PDRB 2020 negatif akibat pandemi COVID-19.',
                           '3. Target jumlah barang beredar yang diawasi 2020 = 300 produk (sesuai PK perubahan).',
                           '4. Sejak 2020 indikator ketersediaan mencakup barang penting (Perpres 71/2015).'], 1):
        ct.text(k, 1, t)
    ag.sheet_doc(ct, 'Notes sheet: no key rows.')
    od = b.sheet('Olah data', hidden=True)
    od.put(1, 1, 'Indikator', b=True)
    od.put(1, 2, 'Realisasi 2017', b=True)
    for k, i in enumerate(['C01', 'C02', 'C03', 'C04', 'C05'], 2):
        od.put(k, 1, Y[2017][i][0])
        od.put(k, 2, Y[2017][i][2])
    ag.sheet_doc(od, 'HIDDEN working sheet (2017 figures): not keyed.')
    b.save()
    ag.layouts[2020] = (f'`{fn}` / `Tabel 3.3`: LKjIP table with THREE years side by side (2018, 2019, 2020 each Target | '
                        'Realisasi | Capaian), Target Akhir Renstra 2023, capaian vs Renstra and Status; earlier-year columns differ '
                        'from the earlier files in places; budget sheet, notes sheet, hidden working sheet')


def build():
    ag = Agency(SLUG, AG, [2017, 2018, 2019, 2020])
    y2017(ag)
    y2018_2019(ag)
    ag.layouts[2018] = ('`Rekap Kinerja Dinas Perdagangan 2018-2019.xlsx` / `RA 2018`: quarterly Rencana Aksi with Target | '
                        'Realisasi | % under each Triwulan, numbered columns, merged Sasaran, NO annual realisasi column')
    ag.layouts[2019] = ('`Rekap Kinerja Dinas Perdagangan 2018-2019.xlsx` / `Capaian 2019`: UNUSUAL vertical 3-row blocks '
                        '(Target / Realisasi / Capaian lines) with TW I-IV and annual columns; sasaran as full-width rows; '
                        'hidden superseded revision; reference sheet')
    y2020(ag)
    ag.flows = sorted(i for i, m in META.items() if m[1] == 'flow')
    ag.ambiguous = [['C07', 'C07b'], ['C23', 'C23b']]
    ag.lookalikes = [
        'C01 / C02: Nilai ekspor non migas (juta US$) vs Pertumbuhan (nilai) ekspor non migas (%) - never merge',
        'C03 / C04: Kontribusi sektor perdagangan terhadap PDRB vs Laju pertumbuhan PDRB sektor perdagangan - never merge',
        'C05 / C06: Koefisien variasi harga bapok (antar waktu) vs Disparitas harga antar kab/kota (antar wilayah) - never merge',
        'C08 / C09: pasar rakyat direvitalisasi vs pasar rakyat ber-SNI - never merge',
        'C10 / C11: Persentase UTTP ditera ulang vs Jumlah UTTP ditera ulang - never merge',
        'C12 / C13: Jumlah eksportir vs Jumlah eksportir BARU (pemula/baru) - never merge',
        'C15 / C16: pelaku usaha ikut pameran vs nilai transaksi pameran - never merge',
        'C17 / C18: Persentase pengaduan konsumen diselesaikan vs Jumlah pengaduan konsumen - never merge',
        'C07 / C07b and C23 / C23b: ambiguous (2020 widens the scope: "dan barang penting", "dan sub distributor")',
        'same id despite drift: C01 (non migas / non-migas / nonmigas, "(juta US$)" in the name), C05 ("KV harga bapok" in 2019 = '
        'Koefisien Variasi; "antar waktu" added in 2020), C06 (Kab/Kota, kabupaten/kota, antar wilayah), C10 (UTTP spelled out in 2019), '
        'C14 (SKA / Surat Keterangan Asal (SKA) / Surat Keterangan Asal), C19 (IKK / Indeks Keberdayaan Konsumen, acronym before or after), '
        'C21 (Nilai SAKIP / Predikat SAKIP), C08 ("Jml ... yg" in 2020), C13 ("Eksportir baru" with Jumlah dropped); 2017 names carry a number prefix "1. " .. "21. "',
    ]
    ag.write()
    return ag


if __name__ == '__main__':
    build()
