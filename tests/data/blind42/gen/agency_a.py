"""Agency A: Bagian Umum dan Keuangan, Sekretariat Daerah Kabupaten Lembah Sirantih (invented).
Years 2018-2021."""
from lib import (Agency, idn, split, ramp, agg, one, many, cref, PCT2, PCT0, INT, DEC2, ACC)

SLUG = 'a_bagumum_lembah_sirantih'
AG = 'Bagian Umum dan Keuangan Sekretariat Daerah Kabupaten Lembah Sirantih'

# id: unit, kind (flow / level), negative?
META = {
    'A01': ('%', 'level', False), 'A02': ('%', 'level', False), 'A03': ('dokumen', 'flow', False),
    'A04': ('hari', 'level', True), 'A05': ('dokumen', 'flow', False), 'A06': ('dokumen', 'flow', False),
    'A07': ('dokumen', 'flow', False), 'A08': ('temuan', 'level', True), 'A09': ('temuan', 'level', True),
    'A10': ('%', 'level', False), 'A11': ('nilai', 'level', False), 'A12': ('nilai', 'level', False),
    'A13': ('%', 'level', False), 'A14': ('naskah', 'flow', False), 'A15': ('berkas', 'flow', False),
    'A16': ('kali', 'flow', False), 'A17': ('orang', 'flow', False), 'A18': ('%', 'level', False),
    'A19': ('unit', 'level', False), 'A20': ('unit', 'flow', False), 'A21': ('%', 'level', False),
    'A21b': ('%', 'level', False), 'A22': ('%', 'level', False), 'A23': ('item', 'level', False),
    'A24': ('%', 'level', False), 'A25': ('%', 'level', False), 'A26': ('paket', 'flow', False),
    'A27': ('%', 'level', False),
}

Y = {
    2018: {
        'A01': ('Persentase Penyerapan Anggaran Setda', 95, 91.37),
        'A02': ('Persentase laporan keuangan yang disusun tepat waktu', 100, 100),
        'A03': ('Jumlah dokumen laporan keuangan', 15, 15),
        'A04': ('Rata-rata waktu penyelesaian verifikasi SPJ', 3, 2.5),
        'A05': ('Jumlah SPM yang diterbitkan', 1200, 1286),
        'A06': ('Jumlah SPJ GU yang diverifikasi', 480, 472),
        'A07': ('Jumlah SPJ LS yang diverifikasi', 620, 648),
        'A08': ('Jumlah temuan BPK atas pengelolaan keuangan Setda', 2, 3),
        'A09': ('Jumlah temuan Inspektorat atas pengelolaan keuangan Setda', 5, 4),
        'A10': ('Persentase tindak lanjut temuan hasil pemeriksaan', 100, 85.71),
        'A11': ('Nilai SAKIP Sekretariat Daerah', 'B', 'B'),
        'A13': ('Persentase surat masuk yang didisposisi tepat waktu', 90, 92.4),
        'A14': ('Jumlah naskah dinas yang diarsipkan', 3500, 3812),
        'A16': ('Jumlah rapat pimpinan yang difasilitasi', 48, 52),
        'A17': ('Jumlah tamu daerah yang dilayani', 600, 742),
        'A18': ('Persentase kendaraan dinas dalam kondisi baik', 90, 87.5),
        'A19': ('Jumlah kendaraan dinas yang dipelihara', 64, 64),
        'A20': ('Jumlah kendaraan dinas baru yang diadakan', 4, 4),
        'A21': ('Persentase sarana dan prasarana kantor dalam kondisi baik', 85, 86),
        'A22': ('Persentase BMD yang terinventarisasi', 100, 96.3),
        'A24': ('Persentase pembayaran gaji dan tunjangan tepat waktu', 100, 100),
        'A25': ('Persentase rekening listrik, air dan telepon terbayar tepat waktu', 100, 100),
    },
    2019: {
        'A01': ('Prosentase penyerapan anggaran Sekretariat Daerah', 95, 93.12),
        'A02': ('Persentase Laporan Keuangan disusun tepat waktu', 100, 100),
        'A03': ('Jumlah Dokumen Laporan Keuangan', 15, 15),
        'A04': ('Rata - rata lama verifikasi SPJ', 3, 2.8),
        'A05': ('Jumlah Surat Perintah Membayar (SPM) yang diterbitkan', 1250, 1301),
        'A06': ('Jumlah SPJ Ganti Uang (GU) yang diverifikasi', 480, 495),
        'A07': ('Jumlah SPJ Langsung (LS) yang diverifikasi', 650, 671),
        'A08': ('Jumlah Temuan BPK-RI', 2, 1),
        'A09': ('Jumlah Temuan Inspektorat', 4, 6),
        'A10': ('Prosentase TLHP yang diselesaikan', 100, 90),
        'A11': ('Nilai Evaluasi SAKIP Setda', 'BB', 'B'),
        'A12': ('Indeks Kepuasan Masyarakat (IKM) pelayanan administrasi umum', 80, 81.25),
        'A13': ('Prosentase surat masuk terdisposisi tepat waktu', 90, 93.1),
        'A14': ('Jumlah naskah dinas yang diarsip', 3600, 3745),
        'A15': ('Jumlah arsip yang didigitalisasi', 1000, 1150),
        'A16': ('Jumlah rapat pimpinan yg difasilitasi', 48, 50),
        'A17': ('Jumlah tamu Pemda yang dilayani', 650, 813),
        'A18': ('Prosentase kendaraan dinas kondisi baik', 90, 88.9),
        'A19': ('Jumlah kendaraan dinas/operasional yang dipelihara', 68, 68),
        'A20': ('Jumlah pengadaan kendaraan dinas baru', 3, 3),
        'A21': ('Persentase sarana & prasarana kantor dalam kondisi baik', 85, 87.3),
        'A22': ('Persentase barang milik daerah (BMD) yang terinventarisasi', 100, 98.1),
        'A23': ('Jumlah BMD yang diinventarisasi', 4500, 4415),
        'A24': ('Persentase pembayaran gaji & TPP tepat waktu', 100, 100),
        'A25': ('Persentase tagihan listrik, air, telepon yang dibayar tepat waktu', 100, 100),
    },
    2020: {
        'A01': ('Persentase Realisasi Penyerapan Anggaran Setda Kab.', 95, 88.46),
        'A02': ('% laporan keuangan yg tersusun tepat waktu', 100, 91.67),
        'A03': ('Jumlah laporan keuangan (LRA, Neraca, CaLK)', 15, 14),
        'A04': ('Waktu rata-rata verifikasi SPJ', 3, 3.2),
        'A05': ('Jumlah SPM yg diterbitkan', 1200, 1104),
        'A06': ('Jumlah SPJ GU terverifikasi', 450, 412),
        'A07': ('Jumlah SPJ LS terverifikasi', 600, 587),
        'A08': ('Jumlah temuan hasil pemeriksaan BPK', 1, 1),
        'A09': ('Jumlah temuan hasil pemeriksaan Inspektorat', 4, 3),
        'A10': ('Persentase Tindak Lanjut Hasil Pemeriksaan (TLHP) yang diselesaikan', 100, 92.31),
        'A11': ('Nilai SAKIP Setda', 65, 66.12),
        'A12': ('IKM layanan tata usaha & rumah tangga', 80, 79.6),
        'A13': ('Persentase surat masuk yg didisposisi tepat waktu (1x24 jam)', 95, 96.2),
        'A14': ('Naskah dinas yang diarsipkan', 3600, 3209),
        'A15': ('Jumlah arsip yang dialihmediakan (digitalisasi)', 1500, 1320),
        'A16': ('Jumlah rapat koordinasi pimpinan yang difasilitasi', 48, 61),
        'A17': ('Jumlah tamu daerah yang dilayani', 650, 214),
        'A18': ('Persentase kendaraan dinas operasional dalam kondisi baik', 92, 91.2),
        'A19': ('Jumlah Kendaraan Dinas Yang Dipelihara', 68, 66),
        'A21': ('Persentase sarpras kantor kondisi baik', 88, 88),
        'A22': ('Prosentase BMD terinventarisasi', 100, 100),
        'A23': ('Jumlah barang milik daerah yang diinventarisasi', 4600, 4388),
        'A25': ('Persentase tagihan jasa komunikasi, sumber daya air dan listrik dibayar tepat waktu', 100, 100),
        'A26': ('Jumlah paket pengadaan barang/jasa Setda yang diselesaikan', 24, 22),
    },
    2021: {
        'A01': ('Persentase penyerapan anggaran Sekretariat Daerah', 96, 94.05),
        'A02': ('Persentase laporan keuangan SKPD Setda tepat waktu', 100, 100),
        'A03': ('Jumlah dokumen laporan keuangan yang disusun', 16, 16),
        'A04': ('Rata-rata waktu verifikasi Surat Pertanggungjawaban (SPJ)', 2, 2.1),
        'A05': ('Jumlah SPM terbit', 1250, 1322),
        'A06': ('Jumlah SPJ-GU yang diverifikasi', 460, 468),
        'A07': ('Jumlah SPJ-LS yang diverifikasi', 640, 655),
        'A08': ('Jumlah temuan BPK RI terkait keuangan Setda', 1, 0),
        'A09': ('Jumlah temuan Inspektorat Kab. terkait keuangan Setda', 3, 2),
        'A10': ('Persentase penyelesaian TLHP', 100, 100),
        'A11': ('Nilai hasil evaluasi AKIP Sekretariat Daerah', 70, 68.4),
        'A12': ('Indeks kepuasan layanan administrasi umum', 82, 83.1),
        'A13': ('Persentase Surat Masuk Yang Didisposisi Tepat Waktu', 95, 97.5),
        'A15': ('Jumlah arsip didigitalisasi', 2000, 2240),
        'A17': ('Tamu daerah yang dilayani (orang)', 400, 388),
        'A18': ('Persentase kendaraan dinas dlm kondisi baik', 92, 93),
        'A19': ('Jumlah kendaraan dinas yang dipelihara (unit)', 70, 70),
        'A20': ('Jumlah kendaraan dinas baru yang diadakan', 2, 2),
        'A21b': ('Persentase sarana prasarana gedung kantor Setda dalam kondisi baik', 88, 90.5),
        'A22': ('Persentase Barang Milik Daerah yang diinventarisasi', 100, 100),
        'A23': ('Jumlah BMD terinventarisasi', 4700, 4833),
        'A24': ('Persentase pembayaran gaji dan TPP tepat waktu', 100, 100),
        'A26': ('Jumlah paket pengadaan barang/jasa yang diselesaikan', 26, 26),
        'A27': ('Persentase aset tanah Setda yang bersertifikat', 60, 58.5),
    },
}

S1 = 'Meningkatnya akuntabilitas pengelolaan keuangan Sekretariat Daerah'
S2 = 'Meningkatnya kualitas pelayanan administrasi umum, persuratan dan kerumahtanggaan'
S3 = 'Tertibnya pengelolaan barang milik daerah di lingkungan Sekretariat Daerah'
KABAG = ('YOSEF LINTANG BATUBARA, S.E., M.Si', 'Pembina (IV/a)', 'NIP. 19730914 199803 1 006')


def unit(i):
    return META[i][0]


def is_neg(i):
    return META[i][2]


def signature(sh, r, col, date_line, jab='Kepala Bagian Umum dan Keuangan,'):
    sh.text(r, col, date_line)
    sh.text(r + 1, col, jab)
    sh.text(r + 5, col, KABAG[0], b=True)
    sh.text(r + 6, col, KABAG[1])
    sh.text(r + 7, col, KABAG[2])


# ---------------------------------------------------------------- 2018: annual PK (.xls)
def y2018(ag):
    fn = 'PK Bagian Umum dan Keuangan 2018.xls'
    b = ag.book(fn, 'annual Pengukuran Kinerja 2018 (two header rows, numbered column row, merged Sasaran)')
    sh = b.sheet('PK 2018')
    d = Y[2018]
    sh.title_merge(1, 1, 9, 'PENGUKURAN KINERJA')
    sh.title_merge(2, 1, 9, 'BAGIAN UMUM DAN KEUANGAN SEKRETARIAT DAERAH KABUPATEN LEMBAH SIRANTIH')
    sh.title_merge(3, 1, 9, 'TAHUN ANGGARAN 2018')
    for c, t in ((1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (8, 'Capaian (%)'), (9, 'Ket.')):
        sh.merge(5, c, 6, c, t, b=True, h='center')
    sh.merge(5, 4, 5, 5, 'Target', b=True, h='center')
    sh.merge(5, 6, 5, 7, 'Realisasi', b=True, h='center')
    for c, t in ((4, 'Nilai'), (5, 'Satuan'), (6, 'Nilai'), (7, 'Satuan')):
        sh.put(6, c, t, b=True, h='center')
    for c in range(1, 10):
        sh.put(7, c, f'({c})', h='center', it=True)
    sh.widths({'A': 5, 'B': 34, 'C': 52, 'D': 10, 'E': 10, 'F': 10, 'G': 10, 'H': 11, 'I': 16})
    groups = [(S1, ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A24', 'A25']),
              (S2, ['A13', 'A14', 'A16', 'A17', 'A21']),
              (S3, ['A18', 'A19', 'A20', 'A22', 'DUP_A21'])]
    r = 8
    no = 0
    for sas, ids in groups:
        r0 = r
        for i in ids:
            dup = i.startswith('DUP_')
            iid = i[4:] if dup else i
            name, T, R = d[iid]
            no += 1
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            u = unit(iid)
            tval, rval = T, R
            cap = f'=ROUND(F{r}/D{r}*100,2)'
            if iid == 'A05':
                tval = 12000
                ag.trap(sh, r, 'A05 target typed 10x: 12000 for 1.200 dokumen (capaian formula then shows 10,72); keyed as typed 12000')
            if iid == 'A01':
                cap = f'=ROUND(F{r + 1}/D{r + 1}*100,2)'
                ag.trap(sh, r, 'A01 capaian formula points at the next row (=F9/D9): shows 100 (A02) instead of 96,18')
            if iid in ('A04', 'A08'):
                ag.trap(sh, r, f'{iid} is NEGATIVE (lower is better) but capaian uses the positive formula F/D*100')
            if iid == 'A09':
                cap = f'=ROUND((2*D{r}-F{r})/D{r}*100,2)'
            if iid == 'A11':
                cap = 100
                ag.trap(sh, r, "A11 grade indicator: target 'B', realisasi 'B', capaian typed 100 -> key null/null")
            if iid == 'A13':
                cap = 100
                ag.trap(sh, r, 'A13 capaian typed 100 although 92,4 / 90 = 102,67 (typed capaian disagrees)')
            if iid == 'A17':
                rval = '742 orang'
                cap = 123.67
                ag.trap(sh, r, "A17 realisasi typed as text with unit '742 orang' -> 742; capaian typed")
            if iid == 'A22':
                tval, rval, cap = '100 %', '96,3 %', 96.3
                ag.trap(sh, r, "A22 target and realisasi typed as text '100 %' / '96,3 %' -> 100 / 96.3; capaian typed")
            fmt = DEC2 if isinstance(R, float) else INT
            sh.put(r, 4, tval, fmt=fmt, h='center')
            sh.put(r, 5, u, h='center')
            sh.put(r, 6, rval, fmt=fmt, h='center')
            sh.put(r, 7, u, h='center')
            sh.put(r, 8, cap, fmt=DEC2, h='center')
            sh.put(r, 9, 'Negatif' if is_neg(iid) else None)
            if dup:
                ag.trap(sh, r, f'duplicated row: exact copy of A21 (row {dup_src}) pasted under Sasaran 3: second copy, not a key row')
            else:
                kt = None if isinstance(T, str) else T
                kr = None if isinstance(R, str) else R
                if iid == 'A05':
                    kt = 12000
                ag.key(sh, r, 3, 2018, iid, kt, kr, one(r, 4), one(r, 6))
                if iid == 'A21':
                    dup_src = r
            r += 1
        sh.merge(r0, 2, r - 1, 2, sas, va='top')
    last = r - 1
    sh.put(r, 3, 'Rata-rata capaian', b=True)
    sh.put(r, 8, f'=ROUND(AVERAGE(H8:H{last}),2)', fmt=DEC2, b=True)
    ag.trap(sh, r, 'Rata-rata capaian row (AVERAGE of column H): not a key row')
    r += 2
    sh.text(r, 2, 'Jumlah Anggaran Tahun 2018 : Rp. 14.862.450.000')
    sh.text(r + 1, 2, 'Jumlah Realisasi Anggaran Tahun 2018 : Rp. 13.905.117.236')
    ag.trap(sh, r, 'budget lines (Jumlah Anggaran / Realisasi Anggaran): not key rows')
    signature(sh, r + 3, 6, 'Lembah Sirantih, 31 Desember 2018')
    ag.sheet_doc(sh, f'Annual PK: title rows 1-3, header rows 5-6 (Target and Realisasi each split into Nilai / Satuan), '
                     f'numbered column row 7 ((1)..(9)), data rows 8-{last}; No col A, Sasaran col B merged per group, '
                     f'Indikator col C, Target D/E, Realisasi F/G, Capaian H (formula ROUND(F/D*100,2) unless noted), Ket. I '
                     f"('Negatif' on negative indicators); Rata-rata row, budget lines and signature below.")

    # hidden draft with older targets
    dr = b.sheet('PK 2018 (2)', hidden=True)
    dr.put(1, 1, 'DRAFT PK 2018 (sebelum perubahan anggaran)', b=True, border=False)
    for c, t in enumerate(['No', 'Indikator Kinerja', 'Target', 'Satuan'], 1):
        dr.put(3, c, t, b=True)
    rr = 4
    for n, i in enumerate(['A01', 'A02', 'A03', 'A05', 'A13', 'A17', 'A19', 'A22'], 1):
        name, T, R = d[i]
        dr.put(rr, 1, n)
        dr.put(rr, 2, name)
        dr.put(rr, 3, (T * 0.9 if isinstance(T, (int, float)) else T), fmt=DEC2)
        dr.put(rr, 4, unit(i))
        rr += 1
    ag.sheet_doc(dr, 'HIDDEN draft of the PK with older (pre-perubahan) targets, no realisasi: not keyed.')

    nt = b.sheet('Ket')
    notes = ['Catatan penyusunan PK 2018:',
             '1. Indikator Jumlah SPM yang diterbitkan: target sesuai DPA = 1.200 dokumen.',
             '2. Jumlah temuan BPK dan Inspektorat adalah indikator negatif (semakin kecil semakin baik).',
             '3. Nilai SAKIP Sekretariat Daerah diisi berdasarkan LHE Inspektorat (predikat).',
             '4. Data kendaraan dinas bersumber dari Subbagian Rumah Tangga per 31 Desember 2018.']
    for k, t in enumerate(notes, 1):
        nt.text(k, 1, t)
    ag.sheet_doc(nt, 'Notes sheet (free text mentioning indicator names): no key rows.')
    b.save()
    ag.layouts[2018] = (f'`{fn}` / `PK 2018`: annual PK, two header rows (Target/Realisasi each Nilai + Satuan), '
                        'numbered column row, merged Sasaran, capaian formulas, Rata-rata row, budget lines, signature; '
                        'hidden draft sheet; notes sheet')


# ---------------------------------------------------------------- 2019 + 2020: one .ods
def q_flow(total, w=(1, 1, 1, 1), dec=0):
    return split(total, list(w), dec)


def y2019_2020(ag):
    fn = 'Renaksi dan Monev Bag Umum Keu 2019-2020.ods'
    b = ag.book(fn, 'quarterly Rencana Aksi 2019 and cumulative monitoring 2020 in one workbook')
    sheet_2019(ag, b)
    sheet_2020(ag, b)
    nt = b.sheet('Catatan')
    notes = ['CATATAN MONEV',
             '- Realisasi TW IV 2020 Jumlah barang milik daerah yang diinventarisasi belum diisi (menunggu hasil stock opname).',
             '- Kolom realisasi pada sheet Monev 2020 adalah realisasi KUMULATIF s.d. triwulan berkenaan.',
             '- Target Prosentase BMD terinventarisasi 2020 = 100 %.',
             '- Nilai SAKIP 2019 berupa predikat (BB/B); mulai 2020 berupa nilai angka.',
             '- Sheet RA 2019 lama tidak dipakai.']
    for k, t in enumerate(notes, 1):
        nt.text(k, 1, t)
    ag.sheet_doc(nt, 'Notes sheet: no key rows.')
    old = b.sheet('RA 2019 lama', hidden=True)
    old.put(1, 1, 'RENCANA AKSI 2019 (versi Januari)', b=True, border=False)
    rr = 3
    for n, i in enumerate(['A01', 'A05', 'A06', 'A07', 'A14', 'A17'], 1):
        name, T, R = Y[2019][i]
        old.put(rr, 1, n)
        old.put(rr, 2, name)
        old.put(rr, 3, T if isinstance(T, str) else round(T * 0.95), fmt=INT)
        rr += 1
    ag.sheet_doc(old, 'HIDDEN older Rencana Aksi (targets only): not keyed.')
    b.save()


QUARTER_2019 = {
    # id: (target quarters, realisasi quarters) overrides; None -> generated
    'A01': ([20, 45, 70, 95], [18.22, 41.5, 66.9, 93.12]),
    'A04': ([3, 3, 3, 3], [3.1, 2.9, 2.8, 2.8]),
    'A08': (['-', 2, 2, 2], ['-', 1, 1, 1]),
    'A09': (['-', 4, 4, 4], ['-', 6, 6, 6]),
    'A10': ([100] * 4, [75, 80, 85, 90]),
    'A11': (['-', '-', '-', 'BB'], ['-', '-', '-', 'B']),
    'A12': (['-', 80, '-', 80], ['-', 80.4, '-', 81.25]),
    'A13': ([90] * 4, [91.2, 92.5, 92.8, 93.1]),
    'A18': ([90] * 4, [86.7, 87.8, 88.9, 88.9]),
    'A19': ([68] * 4, [66, 68, 68, 68]),
    'A21': (['85-90'] * 4, [85.1, 86.2, 86.8, 87.3]),
    'A22': ([100] * 4, [90.5, 94.2, 96.8, 98.1]),
    'A23': ([1000, 2200, 3400, 4500], [1120, 2150, 3380, 4415]),
    'A02': ([100] * 4, [100] * 4), 'A24': ([100] * 4, [100] * 4), 'A25': ([100] * 4, [100] * 4),
    'A20': ([0, 3, 0, 0], ['-', 3, '-', '-']),
    'A17': ([150, 175, 175, 150], [178, 231, 204, 190]),   # sums to 803 (annual typed 813)
}


def qnum(v):
    if isinstance(v, str):
        return None
    return v


def sheet_2019(ag, b):
    sh = b.sheet('RA 2019')
    d = Y[2019]
    sh.title_merge(1, 1, 16, 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2019')
    sh.title_merge(2, 1, 16, 'BAGIAN UMUM DAN KEUANGAN')
    sh.title_merge(3, 1, 16, 'SEKRETARIAT DAERAH KABUPATEN LEMBAH SIRANTIH')
    heads = {1: 'No', 2: 'Sasaran', 3: 'Indikator Kinerja', 4: 'Satuan', 5: 'Target Tahun 2019',
             14: 'Realisasi Tahun 2019', 15: 'Capaian (%)', 16: 'Penanggung Jawab'}
    for c, t in heads.items():
        sh.merge(6, c, 7, c, t, b=True, h='center')
    for k, tw in enumerate(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']):
        c = 6 + 2 * k
        sh.merge(6, c, 6, c + 1, tw, b=True, h='center')
        sh.put(7, c, 'Target', b=True, h='center')
        sh.put(7, c + 1, 'Realisasi', b=True, h='center')
    for c in range(1, 17):
        sh.put(8, c, c, h='center', it=True)
    sh.widths({'A': 5, 'B': 30, 'C': 50, 'D': 10, 'E': 11, 'N': 12, 'O': 11, 'P': 18})
    groups = [(S1, ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A24', 'A25']),
              (S2, ['A12', 'A13', 'A14', 'A15', 'A16', 'A17', 'A21']),
              (S3, ['A18', 'A19', 'A20', 'A22', 'A23'])]
    pj = {S1: 'Subbag Keuangan', S2: 'Subbag Tata Usaha', S3: 'Subbag Rumah Tangga'}
    r = 9
    no = 0
    for sas, ids in groups:
        r0 = r
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            if i in QUARTER_2019:
                tq, rq = QUARTER_2019[i]
            elif kind == 'flow':
                tq = q_flow(T)
                rq = q_flow(R, (23, 26, 25, 27))
            else:
                tq = [T] * 4
                rq = ramp(R, (0.95, 0.97, 0.99, 1), 2 if isinstance(R, float) else 0)
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            sh.put(r, 4, u, h='center')
            pct = (i == 'A01')
            fmt = PCT2 if pct else (DEC2 if isinstance(R, float) or i == 'A04' else INT)
            conv = (lambda v: v / 100 if (pct and not isinstance(v, str)) else v)
            tval = T
            if i == 'A05':
                tval = '1.250 dokumen'
                ag.trap(sh, r, "A05 annual target typed as text '1.250 dokumen' -> 1250; capaian typed 104,08")
            if i == 'A21':
                tval = '85-90'
                ag.trap(sh, r, "A21 target typed as a range '85-90' (annual and every quarter) -> lower bound 85; capaian typed 102,71")
            sh.put(r, 5, conv(tval), fmt=fmt, h='center')
            for k in range(4):
                sh.put(r, 6 + 2 * k, conv(tq[k]), fmt=fmt, h='center')
                sh.put(r, 7 + 2 * k, conv(rq[k]), fmt=fmt, h='center')
            # annual realisasi
            if kind == 'flow':
                ann = f'=SUM(G{r},I{r},K{r},M{r})'
                kr = agg([qnum(v) for v in rq], 'sum')
            else:
                ann = f'=M{r}'
                kr = agg([qnum(v) for v in rq], 'last')
            if i == 'A17':
                ann = 813
                kr = 813
                ag.trap(sh, r, 'A17 annual realisasi TYPED 813 while the quarters add up to 803: keyed as typed 813')
            if i == 'A13':
                ann = 0.931
                kr = 0.931
                ag.trap(sh, r, 'A13 annual realisasi typed as a fraction 0,931 in a General (not %) cell while TW IV says 93,1: keyed as typed 0.931 (capaian formula shows 1,03)')
            if i == 'A11':
                ann = 'B'
                kr = None
            if i == 'A20':
                kr = 3
            sh.put(r, 14, ann, fmt=fmt, h='center')
            if pct:
                ag.trap(sh, r, 'A01: target, quarters and annual realisasi are fractions in 0.00% cells (0,9312 shown 93,12 %) -> key in percent points 95 / 93.12')
            # capaian
            if neg:
                cap = f'=ROUND((2*E{r}-N{r})/E{r}*100,2)'
            else:
                cap = f'=ROUND(N{r}/E{r}*100,2)'
            if i == 'A05':
                cap = 104.08
            if i == 'A21':
                cap = 102.71
            if i == 'A11':
                cap = '-'
                ag.trap(sh, r, "A11 grade indicator (target 'BB', realisasi 'B'), capaian '-' -> key null/null")
            if i == 'A07':
                cap = f'=ROUND(N{r - 1}/E{r - 1}*100,2)'
                ag.trap(sh, r, 'A07 capaian formula points at the row above (A06): shows 103,13 instead of 103,23')
            sh.put(r, 15, cap, fmt=DEC2, h='center')
            sh.put(r, 16, pj[sas])
            kt = 1250 if i == 'A05' else (85 if i == 'A21' else (None if isinstance(T, str) else T))
            ag.key(sh, r, 3, 2019, i, kt, kr, one(r, 5), one(r, 14))
            r += 1
        sh.merge(r0, 2, r - 1, 2, sas, va='top')
    last = r - 1
    signature(sh, r + 2, 12, 'Lembah Sirantih, 10 Januari 2020')
    ag.sheet_doc(sh, f'Quarterly Rencana Aksi 2019: title rows 1-3, header rows 6-7 (Triwulan I..IV each Target | Realisasi), '
                     f'numbered column row 8 (1..16), data rows 9-{last}; No A, Sasaran B (merged), Indikator C, Satuan D, '
                     f'Target Tahun 2019 E, TW pairs F..M, Realisasi Tahun 2019 N (=SUM(G,I,K,M) for flows, =M for levels, unless typed), '
                     f'Capaian O (formula; (2E-N)/E for negatives), Penanggung Jawab P; signature below. Annual column N is keyed.')


QUARTER_2020 = {
    # cumulative targets s.d. TW and cumulative realisasi s.d. TW
    'A01': ([15, 40, 65, 95], [14.2, 36.9, 61.3, '88,46 %']),
    'A02': ([100] * 4, [100, 100, 91.67, 91.67]),
    'A04': (['<= 3'] * 4, [3.4, 3.3, 3.2, 3.2]),
    'A08': (['-', 1, 1, 1], ['-', 1, 1, 1]),
    'A09': (['-', 4, 4, 4], ['-', 3, 3, 3]),
    'A10': ([100] * 4, [61.54, 76.92, 84.62, 92.31]),
    'A11': (['-', '-', '-', 65], ['-', '-', '-', 66.12]),
    'A12': (['-', '-', '-', 80], ['-', '-', '-', 79.6]),
    'A13': ([95] * 4, [95.4, 95.9, 96.0, 96.2]),
    'A18': ([92] * 4, [89.7, 90.1, 91.2, 91.2]),
    'A19': ([68] * 4, [68, 67, 66, 66]),
    'A21': ([88] * 4, [86, 87, 88, 88]),
    'A22': ([1000] * 4, [92.4, 96.5, 99.1, 100]),
    'A23': ([1100, 2300, 3500, 4600], [1210, 2460, 4388, None]),
    'A25': ([100] * 4, [100] * 4),
    'A17': ([200, 350, 500, 650], [131, 158, 182, 214]),
}


def cum(vals):
    out = []
    s = 0
    for v in vals:
        s += v
        out.append(round(s, 6) if isinstance(s, float) else s)
    return out


def sheet_2020(ag, b):
    sh = b.sheet('Monev 2020')
    d = Y[2020]
    sh.title_merge(1, 1, 14, 'MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULANAN TAHUN 2020')
    sh.title_merge(2, 1, 14, 'BAGIAN UMUM DAN KEUANGAN SETDA KABUPATEN LEMBAH SIRANTIH')
    sh.text(3, 1, '(posisi s.d. 31 Desember 2020)', it=True)
    for c, t in ((1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target 2020'), (13, 'Capaian (%)'), (14, 'Keterangan')):
        sh.merge(5, c, 6, c, t, b=True, h='center')
    sh.merge(5, 5, 5, 8, 'Target Kumulatif s.d. Triwulan', b=True, h='center')
    sh.merge(5, 9, 5, 12, 'Realisasi Kumulatif s.d. Triwulan', b=True, h='center')
    for k, t in enumerate(['I', 'II', 'III', 'IV']):
        sh.put(6, 5 + k, t, b=True, h='center')
        sh.put(6, 9 + k, t, b=True, h='center')
    sh.widths({'A': 5, 'B': 55, 'C': 10, 'D': 11, 'M': 11, 'N': 30})
    groups = [('SASARAN 1 : ' + S1, ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A25', 'A26']),
              ('SASARAN 2 : ' + S2, ['A12', 'A13', 'A14', 'A15', 'A16', 'A17', 'A21']),
              ('SASARAN 3 : ' + S3, ['A18', 'A19', 'A22', 'A23'])]
    r = 7
    no = 0
    grows = []
    for gi, (sas, ids) in enumerate(groups):
        grows.append(r)
        sh.put(r, 1, ['I', 'II', 'III'][gi], b=True, h='center')
        sh.merge(r, 2, r, 14, sas, b=True)
        ag.trap(sh, r, 'sasaran group row (merged B:N): not a key row')
        r += 1
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            if i in QUARTER_2020:
                tq, rq = QUARTER_2020[i]
            elif kind == 'flow':
                tq = cum(q_flow(T))
                rq = cum(q_flow(R, (21, 24, 26, 29)))
            else:
                tq = [T] * 4
                rq = ramp(R, (0.96, 0.98, 0.99, 1), 2 if isinstance(R, float) else 0)
            fmt = DEC2 if isinstance(R, float) else INT
            sh.put(r, 1, no, h='center')
            sh.put(r, 2, name)
            sh.put(r, 3, u, h='center')
            tval = T
            if i == 'A04':
                tval = '<= 3'
                ag.trap(sh, r, "A04 (negative) target typed '<= 3' (annual and quarters) -> 3; capaian typed 93,33")
            if i == 'A22':
                tval = 1000
                ag.trap(sh, r, 'A22 target typed 10x: 1000 for 100 % (annual and quarter targets); capaian formula shows 10; keyed as typed 1000')
            sh.put(r, 4, tval, fmt=fmt, h='center')
            for k in range(4):
                sh.put(r, 5 + k, tq[k], fmt=fmt, h='center')
                sh.put(r, 9 + k, rq[k], fmt=fmt, h='center')
            vals = [None if (v is None or isinstance(v, str)) else v for v in rq]
            if i == 'A01':
                vals[3] = 88.46
                ag.trap(sh, r, "A01 realisasi s.d. TW IV typed as text '88,46 %' -> 88.46; capaian typed 93,12")
            kr = agg(vals, 'last')
            if neg and i != 'A09':
                cap = f'=ROUND((2*D{r}-L{r})/D{r}*100,2)'
            else:
                cap = f'=ROUND(L{r}/D{r}*100,2)'
            if i == 'A09':
                ag.trap(sh, r, 'A09 is NEGATIVE but capaian uses the positive formula L/D*100 (75 where 125 is meant)')
            if i == 'A01':
                cap = 93.12
            if i == 'A04':
                cap = 93.33
            if i == 'A23':
                ag.trap(sh, r, 'A23 realisasi s.d. TW IV left BLANK (stock opname pending, see Catatan): last reported = s.d. TW III 4.388 -> key 4388; capaian formula on the blank shows 0')
            sh.put(r, 13, cap, fmt=DEC2, h='center')
            ket = 'kumulatif' if kind == 'flow' else ('negatif' if neg else None)
            if i == 'A11':
                ket = 'nilai LHE SAKIP (angka)'
            sh.put(r, 14, ket)
            kt = 3 if i == 'A04' else (1000 if i == 'A22' else T)
            ag.key(sh, r, 2, 2020, i, kt, kr, one(r, 4), many('last', r, [9, 10, 11, 12]))
            r += 1
    last = r - 1
    ag.sheet_doc(sh, f'UNUSUAL cumulative monitoring 2020: title rows 1-3, header rows 5-6 (Target Kumulatif s.d. Triwulan I..IV E-H, '
                     f'Realisasi Kumulatif s.d. Triwulan I..IV I-L), no numbered row; sasaran group rows (merged B:N) at rows 7, 21, 29; '
                     f'indicator rows 8-{last}: No A, Indikator B, Satuan C, Target 2020 D, Capaian M (L/D*100 or (2D-L)/D), Keterangan N. '
                     f'No annual column: because the realisasi columns are CUMULATIVE ("s.d."), the year value is the last reported '
                     f's.d. column for flows and levels alike (summing the four columns would double count).')
    signature(sh, r + 2, 9, 'Lembah Sirantih, 11 Januari 2021')


# ---------------------------------------------------------------- 2021: LKjIP tables (.xlsx)
REAL_PREV = {  # realisasi 2019 / 2020 as printed in the LKjIP 2021 (context columns)
    'A01': (93.12, 88.64), 'A02': (100, 91.67), 'A04': (2.8, 3.2), 'A08': (1, 1), 'A09': (6, 3),
    'A10': (90, 92.31), 'A11': ('B', 66.12), 'A12': (81.25, 79.6), 'A13': (93.1, 96.2),
    'A18': (88.9, 91.2), 'A21b': (87.3, 88), 'A22': (98.1, 100),
}
RENSTRA = {'A01': 97, 'A02': 100, 'A04': 2, 'A08': 0, 'A09': 2, 'A10': 100, 'A11': 75, 'A12': 85,
           'A13': 98, 'A18': 95, 'A21b': 92, 'A22': 100}


def y2021(ag):
    fn = 'LKjIP 2021 Bagian Umum dan Keuangan.xlsx'
    b = ag.book(fn, 'LKjIP 2021 chapter III tables: IKU table with earlier years and Renstra target, and a second program table stacked below on the same sheet')
    sh = b.sheet('Tabel 3.1')
    d = Y[2021]
    sh.text(1, 1, 'BAB III AKUNTABILITAS KINERJA', b=True, size=12)
    sh.text(2, 1, 'Tabel 3.1 Capaian Indikator Kinerja Utama (IKU) Bagian Umum dan Keuangan Tahun 2021', b=True)
    for c, t in ((1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (4, 'Satuan'),
                 (10, 'Target Akhir Renstra (2023)'), (11, 'Capaian s.d. 2021 thd Target Renstra (%)')):
        sh.merge(4, c, 5, c, t, b=True, h='center')
    sh.merge(4, 5, 4, 6, 'Realisasi', b=True, h='center')
    sh.merge(4, 7, 4, 9, 'Tahun 2021', b=True, h='center')
    for c, t in ((5, '2019'), (6, '2020'), (7, 'Target'), (8, 'Realisasi'), (9, 'Capaian (%)')):
        sh.put(5, c, t, b=True, h='center')
    for c in range(1, 12):
        sh.put(6, c, c, h='center', it=True)
    sh.widths({'A': 5, 'B': 30, 'C': 50, 'D': 10, 'E': 10, 'F': 10, 'G': 10, 'H': 11, 'I': 11, 'J': 12, 'K': 14})
    groups = [(S1, ['A01', 'A02', 'A04', 'A08', 'A09', 'A10', 'A11']),
              (S2, ['A12', 'A13', 'A21b']),
              (S3, ['A18', 'A22'])]
    r = 7
    no = 0
    for sas, ids in groups:
        r0 = r
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            fmt = DEC2
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            sh.put(r, 4, u, h='center')
            p19, p20 = REAL_PREV[i]
            sh.put(r, 5, p19, fmt=fmt, h='center')
            sh.put(r, 6, p20, fmt=fmt, h='center')
            tval, rval = T, R
            cap = f'=ROUND((2*G{r}-H{r})/G{r}*100,2)' if neg else f'=ROUND(H{r}/G{r}*100,2)'
            if i == 'A01':
                rval = '94,05 %'
                cap = 97.97
                ag.trap(sh, r, "A01 realisasi 2021 typed as text '94,05 %' -> 94.05; capaian typed 97,97. Realisasi 2020 column says 88,64 while the 2020 file says 88,46 (context column, not keyed)")
            if i == 'A04':
                cap = f'=ROUND(H{r}/G{r}*100,2)'
                ag.trap(sh, r, 'A04 is NEGATIVE but capaian uses the positive formula H/G*100 (105 where 95 is meant)')
            if i == 'A08':
                cap = 100
                ag.trap(sh, r, 'A08 (negative) realisasi 0 against target 1: capaian typed 100 (the (2T-R)/T formula gives 200)')
            if i == 'A13':
                tval = '>= 95'
                cap = 102.63
                ag.trap(sh, r, "A13 target typed '>= 95' -> 95; capaian typed 102,63")
            if i == 'A21b':
                ag.trap(sh, r, "A21b 'sarana prasarana GEDUNG kantor Setda' (narrower than A21 'sarana dan prasarana kantor' of 2018-2020): ambiguous pair [A21, A21b]; its 2019/2020 columns repeat A21's figures")
            sh.put(r, 7, tval, fmt=fmt, h='center')
            sh.put(r, 8, rval, fmt=fmt, h='center')
            sh.put(r, 9, cap, fmt=DEC2, h='center')
            sh.put(r, 10, RENSTRA[i], fmt=fmt, h='center')
            if neg:
                sh.put(r, 11, '-', h='center')
            else:
                sh.put(r, 11, f'=ROUND({R}/J{r}*100,2)' if i in ('A01', 'A13') else f'=ROUND(H{r}/J{r}*100,2)', fmt=DEC2, h='center')
            kt = 95 if i == 'A13' else T
            ag.key(sh, r, 3, 2021, i, kt, R, one(r, 7), one(r, 8))
            r += 1
        sh.merge(r0, 2, r - 1, 2, sas, va='top')
    last1 = r - 1
    # second table
    r += 2
    t2 = r
    sh.text(r, 1, 'Tabel 3.2 Capaian Indikator Kinerja Program/Kegiatan Tahun 2021', b=True)
    r += 1
    h2 = r
    for c, t in enumerate(['No', 'Kegiatan', 'Indikator Kinerja Kegiatan', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'], 1):
        sh.put(r, c, t, b=True, h='center')
    r += 1
    for c in range(1, 9):
        sh.put(r, c, f'({c})', h='center', it=True)
    r += 1
    keg = [('Administrasi Keuangan Perangkat Daerah', ['A03', 'A05', 'A06', 'A07', 'A24']),
           ('Administrasi Umum Perangkat Daerah', ['A15', 'A17']),
           ('Pengadaan dan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', ['A19', 'A20', 'A23', 'A26', 'A27'])]
    first2 = r
    no = 0
    for kname, ids in keg:
        r0 = r
        for i in ids:
            no += 1
            name, T, R = d[i]
            u, kind, neg = META[i]
            pct = (u == '%')
            fmt = PCT0 if i == 'A24' else (DEC2 if isinstance(R, float) or pct else INT)
            conv = (lambda v: v / 100) if i == 'A24' else (lambda v: v)
            sh.put(r, 1, no, h='center')
            sh.put(r, 3, name)
            sh.put(r, 4, u, h='center')
            sh.put(r, 5, conv(T), fmt=fmt, h='center')
            sh.put(r, 6, conv(R), fmt=fmt, h='center')
            cap = f'=ROUND(F{r}/E{r}*100,2)'
            if i == 'A24':
                ag.trap(sh, r, 'A24 target and realisasi are fractions in 0% cells (1 shown 100%) -> key 100 / 100; capaian formula gives 100')
            if i == 'A15':
                cap = f'=ROUND(F{r + 1}/E{r + 1}*100,2)'
                ag.trap(sh, r, 'A15 capaian formula points at the next row (A17): shows 97 instead of 112')
            sh.put(r, 7, cap, fmt=DEC2, h='center')
            sh.put(r, 8, 'indikator baru' if i == 'A27' else None)
            ag.key(sh, r, 3, 2021, i, T, R, one(r, 5), one(r, 6))
            r += 1
        sh.merge(r0, 2, r - 1, 2, kname, va='top')
    last2 = r - 1
    ag.trap(sh, h2, f'second table header (row {h2}) and numbered row ({h2 + 1}) in the middle of the sheet: columns differ from table 3.1 (Target E, Realisasi F); not key rows')
    signature(sh, r + 2, 8, 'Lembah Sirantih, 28 Februari 2022')
    ag.sheet_doc(sh, f'LKjIP chapter III: Table 3.1 (IKU) title row 2, header rows 4-5 (Realisasi 2019 | 2020 E-F, Tahun 2021 Target | '
                     f'Realisasi | Capaian G-I, Target Akhir Renstra 2023 J, Capaian thd Renstra K), numbered row 6, data rows 7-{last1} '
                     f'(Sasaran merged col B). Table 3.2 (program/kegiatan indicators) stacked below: title row {t2}, single header row {h2}, '
                     f'numbered row {h2 + 1}, data rows {first2}-{last2}: No A, Kegiatan B (merged), Indikator C, Satuan D, Target E, '
                     f'Realisasi F, Capaian G, Keterangan H. Only the 2021 Target/Realisasi are keyed; 2019/2020 columns are context.')
    # budget sheet
    bs = b.sheet('Anggaran')
    for c, t in enumerate(['No', 'Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)'], 1):
        bs.put(1, c, t, b=True)
    rows = [('Administrasi Keuangan Perangkat Daerah', 9875400000, 9402113850),
            ('Administrasi Umum Perangkat Daerah', 2115750000, 1987420100),
            ('Pengadaan dan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 3640200000, 3401887000)]
    for k, (nm, a, rl) in enumerate(rows, 2):
        bs.put(k, 1, k - 1)
        bs.put(k, 2, nm)
        bs.put(k, 3, a, fmt=ACC)
        bs.put(k, 4, rl, fmt=ACC)
        bs.put(k, 5, f'=ROUND(D{k}/C{k}*100,2)', fmt=DEC2)
    bs.put(5, 2, 'JUMLAH', b=True)
    bs.put(5, 3, '=SUM(C2:C4)', fmt=ACC, b=True)
    bs.put(5, 4, '=SUM(D2:D4)', fmt=ACC, b=True)
    bs.put(5, 5, '=ROUND(D5/C5*100,2)', fmt=DEC2, b=True)
    bs.widths({'B': 60, 'C': 18, 'D': 18})
    ag.sheet_doc(bs, 'Budget per kegiatan (Anggaran / Realisasi / Serapan): no key rows.')
    gr = b.sheet('Data Grafik', hidden=True)
    gr.put(1, 1, 'Indikator', b=True)
    for k, yy in enumerate([2018, 2019, 2020, 2021], 2):
        gr.put(1, k, yy, b=True)
    for rr, i in enumerate(['A01', 'A13', 'A18', 'A22'], 2):
        gr.put(rr, 1, Y[2021][i][0])
        for k, yy in enumerate([2018, 2019, 2020, 2021], 2):
            gr.put(rr, k, Y[yy][i][2] if i in Y[yy] else None)
    ag.sheet_doc(gr, 'HIDDEN chart data (realisasi 2018-2021 of four IKU): not keyed.')
    b.save()
    ag.layouts[2021] = (f'`{fn}` / `Tabel 3.1`: LKjIP table with Realisasi 2019 and 2020 columns, Target/Realisasi/Capaian 2021, '
                        'Target Akhir Renstra 2023 and capaian vs Renstra; a SECOND table (program/kegiatan indicators, different '
                        'columns, own header) stacked below on the same sheet; budget sheet; hidden chart-data sheet')


def build():
    ag = Agency(SLUG, AG, [2018, 2019, 2020, 2021])
    y2018(ag)
    y2019_2020(ag)
    ag.layouts[2019] = ('`Renaksi dan Monev Bag Umum Keu 2019-2020.ods` / `RA 2019`: quarterly Rencana Aksi, horizontal TW I-IV '
                        'Target/Realisasi pairs WITH an annual Realisasi column and capaian, merged Sasaran, numbered columns')
    ag.layouts[2020] = ('`Renaksi dan Monev Bag Umum Keu 2019-2020.ods` / `Monev 2020`: UNUSUAL cumulative monitoring - '
                        'Target and Realisasi columns are "s.d. Triwulan" (cumulative), no annual column, sasaran as full-width rows; '
                        'notes sheet; hidden older Rencana Aksi')
    y2021(ag)
    ag.flows = sorted(i for i, m in META.items() if m[1] == 'flow')
    ag.ambiguous = [['A21', 'A21b']]
    ag.lookalikes = [
        'A02 / A03: Persentase laporan keuangan (disusun) tepat waktu vs Jumlah dokumen laporan keuangan - different ids',
        'A06 / A07: SPJ GU (Ganti Uang) vs SPJ LS (Langsung) - two sub-types, never merge',
        'A08 / A09: temuan BPK vs temuan Inspektorat - two sub-types (both negative), never merge',
        'A18 / A19 / A20: Persentase kendaraan dinas kondisi baik vs Jumlah kendaraan dinas dipelihara vs Jumlah kendaraan dinas BARU diadakan - three ids',
        'A22 / A23: Persentase BMD terinventarisasi vs Jumlah BMD diinventarisasi - different ids',
        'A14 / A15: naskah dinas diarsipkan vs arsip didigitalisasi - different ids',
        'A21 / A21b: ambiguous (2021 narrows to "gedung kantor Setda")',
        'same id despite drift: A01 (Setda / Sekretariat Daerah / Setda Kab., "Realisasi" added), A04 (Rata-rata / Rata - rata / Waktu rata-rata, SPJ spelled out), '
        'A05 (SPM spelled out in 2019, "yg", "terbit"), A10 (TLHP acronym vs "tindak lanjut temuan hasil pemeriksaan"), A11 (grade in 2018-2019, a score from 2020; SAKIP / AKIP), '
        'A12 (IKM / Indeks Kepuasan Masyarakat / "Indeks kepuasan layanan"), A17 ("(orang)" unit in the 2021 name), A19 ("(unit)" in 2021), '
        'A25 (2020 rewords to "jasa komunikasi, sumber daya air dan listrik")',
    ]
    ag.write()
    return ag


if __name__ == '__main__':
    build()
