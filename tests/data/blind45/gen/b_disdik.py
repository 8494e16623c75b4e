"""Agency 2: Dinas Pendidikan Provinsi Tanah Lumbara (2021-2024)."""
import random, copy
from common import *

SLUG = 'disdik_prov_tanah_lumbara'
AGENCY = 'Dinas Pendidikan Provinsi Tanah Lumbara'
YEARS = [2021, 2022, 2023, 2024]
FLOWS = ['P16', 'P17', 'P19', 'P25', 'P25b', 'P27']
NEG = {'P04', 'P05'}
KADIS = ('Dr. Rusdi Hamzah Siregar, M.Pd.', 'Pembina Utama Muda', 'NIP. 19700815 199503 1 004')
KABAPPEDA = ('Ir. Maryati Sulistyaningrum, M.T.', 'Pembina Utama Madya', 'NIP. 19690221 199403 2 006')

D = {
 'P01': {2021: ('Angka Partisipasi Kasar (APK) SMA/SMK/MA Sederajat', '%', 88.5, 89.12),
         2022: ('APK SMA/SMK/MA Sederajat', '%', 89.0, 89.74),
         2023: ('Angka Partisipasi Kasar Pendidikan Menengah', '%', 89.5, 90.31),
         2024: ('Angka Partisipasi Kasar (APK) Pendidikan Menengah (SMA/SMK/MA)', '%', 90.0, 90.88)},
 'P02': {2021: ('Angka Partisipasi Murni (APM) SMA/SMK/MA Sederajat', '%', 67.0, 67.45),
         2022: ('APM SMA/SMK/MA Sederajat', '%', 67.5, 68.02),
         2023: ('Angka Partisipasi Murni Pendidikan Menengah', '%', 68.0, 67.71),
         2024: ('Angka Partisipasi Murni (APM) Pendidikan Menengah (SMA/SMK/MA)', '%', 68.5, 68.9)},
 'P03': {2021: ('Angka Partisipasi Kasar (APK) Pendidikan Khusus', '%', 42.0, 43.3),
         2022: ('APK Pendidikan Khusus (SLB)', '%', 44.0, 44.8),
         2023: ('Angka Partisipasi Kasar Pendidikan Khusus', '%', 46.0, 45.2),
         2024: ('APK Pendidikan Khusus / SLB', '%', 48.0, 48.6)},
 'P04': {2021: ('Angka Putus Sekolah SMA', '%', 0.45, 0.41),
         2022: ('Angka Putus Sekolah Jenjang SMA', '%', 0.42, 0.44),
         2023: ('Angka Putus Sekolah SMA (%)', '%', 0.40, 0.36),
         2024: ('Angka Putus Sekolah pada Jenjang SMA', '%', 0.38, 0.35)},
 'P05': {2021: ('Angka Putus Sekolah SMK', '%', 0.70, 0.74),
         2022: ('Angka Putus Sekolah Jenjang SMK', '%', 0.65, 0.61),
         2023: ('Angka Putus Sekolah SMK (%)', '%', 0.60, 0.58),
         2024: ('Angka Putus Sekolah pada Jenjang SMK', '%', 0.55, 0.57)},
 'P06': {2021: ('Angka Kelulusan SMA/SMK', '%', 0.99, 99.62),
         2022: ('Angka Kelulusan SMA dan SMK', '%', 99.0, 99.7),
         2023: ('Angka Kelulusan SMA/SMK', '%', 99.2, 99.81)},
 'P07': {2021: ('Persentase Guru SMA/SMK/SLB yang Bersertifikat Pendidik', '%', 62.0, 63.4),
         2022: ('Prosentase Guru Bersertifikat Pendidik', '%', 64.0, 64.9),
         2023: ('Persentase guru yg telah bersertifikat pendidik', '%', 66.0, 66.2),
         2024: ('Persentase Guru Bersertifikat Pendidik (SMA/SMK/SLB)', '%', 68.0, 69.1)},
 'P08': {2021: ('Jumlah Guru yang Bersertifikat Pendidik', 'orang', 9850, 10012),
         2022: ('Jumlah Guru Bersertifikat Pendidik', 'orang', 10150, 10236),
         2023: ('Jumlah guru yg telah bersertifikat pendidik', 'orang', 10400, 10388),
         2024: ('Jumlah Guru Bersertifikat Pendidik (orang)', 'orang', 10700, 10921)},
 'P09': {2021: ('Persentase Guru Berkualifikasi Akademik S1/D-IV', '%', 97.5, 98.1),
         2022: ('Persentase Guru dengan Kualifikasi S1/DIV', '%', 98.0, 98.3),
         2023: ('Persentase guru berkualifikasi S1/D4', '%', 98.5, 98.6),
         2024: ('Persentase Guru Berkualifikasi Minimal S1/D-IV', '%', 99.0, 99.05)},
 'P11': {2021: ('Persentase SMA/SMK/SLB Terakreditasi Minimal B', '%', 85.0, 86.7),
         2022: ('Persentase Satuan Pendidikan Terakreditasi Minimal B', '%', 86.0, 87.2),
         2023: ('Persentase sekolah terakreditasi min. B', '%', 86, 88.4),
         2024: ('Persentase Satuan Pendidikan Menengah dan Khusus yang Terakreditasi Minimal B', '%', 88.0, 89.9)},
 'P12': {2021: ('Persentase SMK yang Bekerja Sama dengan Dunia Usaha/Dunia Industri', '%', 70.0, 72.4),
         2022: ('Persentase SMK yang Memiliki Kerjasama dengan DUDI', '%', 75.0, 76.9),
         2023: ('Persentase SMK yg bermitra dgn DU/DI', '%', 78.0, 80.5),
         2024: ('Persentase SMK yang Bermitra dengan Industri, Dunia Usaha dan Dunia Kerja (IDUKA)', '%', 82.0, 84.3)},
 'P13': {2021: ('Persentase Lulusan SMK yang Bekerja, Melanjutkan, atau Berwirausaha', '%', 60.0, 58.3),
         2023: ('Persentase lulusan SMK yg bekerja, melanjutkan & berwirausaha (BMW)', '%', 63.0, 64.2),
         2024: ('Persentase Lulusan SMK yang BMW (Bekerja, Melanjutkan, Wirausaha)', '%', 65.0, 66.8)},
 'P13b': {2022: ('Persentase Lulusan SMK yang Terserap di Dunia Kerja', '%', 62.0, 61.7)},
 'P14': {2022: ('Persentase Satuan Pendidikan SMA dengan Capaian Literasi Minimal Baik', '%', 55.0, 57.8),
         2023: ('Persentase SMA dgn kemampuan literasi minimal kompetensi', '%', 58.0, 61.2),
         2024: ('Persentase Satuan Pendidikan SMA dengan Kemampuan Literasi di Atas Kompetensi Minimum', '%', 62.0, 63.5)},
 'P15': {2023: ('Persentase SMA dgn kemampuan numerasi minimal kompetensi', '%', 45.0, 47.1),
         2024: ('Persentase Satuan Pendidikan SMA dengan Kemampuan Numerasi di Atas Kompetensi Minimum', '%', 50.0, 49.2)},
 'P16': {2021: ('Jumlah Ruang Kelas Baru (RKB) SMA yang Dibangun', 'unit', 24, 24),
         2022: ('Jumlah RKB SMA yang dibangun', 'unit', 30, 28),
         2023: ('Jumlah Ruang Kelas Baru SMA', 'unit', 18, 18),
         2024: ('Jumlah Pembangunan Ruang Kelas Baru (RKB) SMA', 'unit', 200, 21)},
 'P17': {2021: ('Jumlah Ruang Kelas Baru (RKB) SMK yang Dibangun', 'unit', 16, 14),
         2022: ('Jumlah RKB SMK yang dibangun', 'unit', 20, 20),
         2023: ('Jumlah Ruang Kelas Baru SMK', 'unit', 12, 12),
         2024: ('Jumlah Pembangunan Ruang Kelas Baru (RKB) SMK', 'unit', 14, 15)},
 'P18': {2021: ('Persentase Ruang Kelas SMA/SMK/SLB dalam Kondisi Baik', '%', 78.0, 79.5),
         2022: ('Persentase Ruang Kelas dalam Kondisi Baik', '%', 80.0, 80.6),
         2023: ('Persentase ruang kelas kondisi baik', '%', 82.0, 81.3),
         2024: ('Persentase Ruang Kelas Kondisi Baik (SMA/SMK/SLB)', '%', 84.0, 85.0)},
 'P19': {2021: ('Jumlah Siswa Miskin Penerima Bantuan Pendidikan', 'orang', 12500, 12730),
         2022: ('Jumlah Peserta Didik dari Keluarga Miskin yang Menerima Bantuan', 'orang', 13000, 13214),
         2023: ('Jumlah siswa miskin penerima bantuan pendidikan', 'orang', 13000, 12880),
         2024: ('Jumlah Siswa Kurang Mampu Penerima Bantuan Pendidikan', 'orang', 13500, 13762)},
 'P20': {2021: ('Nilai SAKIP Dinas Pendidikan', 'predikat', None, None),
         2022: ('Nilai Evaluasi SAKIP', 'nilai', 70, 68.45),
         2023: ('Nilai SAKIP', 'predikat', None, None),
         2024: ('Nilai Evaluasi Akuntabilitas Kinerja (SAKIP) Dinas', 'nilai', 72, 73.1)},
 'P21': {2021: ('Indeks Kepuasan Masyarakat terhadap Layanan Pendidikan', 'nilai', 80, 81.2),
         2022: ('Indeks Kepuasan Masyarakat (IKM)', 'nilai', 81, 82.05),
         2023: ('IKM layanan Dinas Pendidikan', 'nilai', 82, 83.4),
         2024: ('Indeks Kepuasan Masyarakat (IKM) Layanan Pendidikan', 'nilai', 83, 84.77)},
 'P22': {2021: ('Rata-rata Lama Sekolah', 'tahun', 8.95, 9.02),
         2022: ('Rata - rata Lama Sekolah (RLS)', 'tahun', 9.05, 9.11),
         2023: ('Rata-Rata Lama Sekolah (tahun)', 'tahun', 9.15, 9.19),
         2024: ('RLS (Rata-rata Lama Sekolah)', 'tahun', 9.25, 9.30)},
 'P23': {2021: ('Harapan Lama Sekolah', 'tahun', 13.20, 13.24),
         2022: ('Harapan Lama Sekolah (HLS)', 'tahun', 13.25, 13.29),
         2023: ('Harapan Lama Sekolah (tahun)', 'tahun', 13.30, 13.35),
         2024: ('HLS (Harapan Lama Sekolah)', 'tahun', 13.35, 13.41)},
 'P24': {2022: ('Persentase Sekolah yang Menerapkan Kurikulum Merdeka', '%', 40.0, 46.2),
         2023: ('Persentase satuan pendidikan yg menerapkan Kurikulum Merdeka', '%', 70.0, 78.9),
         2024: ('Persentase Satuan Pendidikan Pelaksana Kurikulum Merdeka', '%', 100.0, 1)},
 'P25': {2021: ('Jumlah Guru yang Mengikuti Peningkatan Kompetensi', 'orang', 1200, 0),
         2022: ('Jumlah Guru yang Mengikuti Diklat/Bimtek', 'orang', 1500, 1476),
         2023: ('Jml guru yg mengikuti peningkatan kompetensi', 'orang', 1500, 1622)},
 'P25b': {2024: ('Jumlah Guru Peserta Pengembangan Keprofesian Berkelanjutan (PKB)', 'orang', 1600, 1588)},
 'P26': {2021: ('Persentase SLB dengan Sarana Prasarana Sesuai Standar', '%', 60.0, 61.5),
         2022: ('Persentase SLB yang Memiliki Sarpras Sesuai SNP', '%', 62.0, 62.0)},
 'P27': {2021: ('Jumlah Unit Sekolah Baru (USB) SMA/SMK Negeri', 'unit', 2, 2)},
}


def E(i, y):
    return D[i][y]


def sign(ws, r, col, lines):
    for i, l in enumerate(lines):
        if l:
            w(ws, f'{col}{r+i}', l, bold=(i == 6))


# ================================================================ 2021: Permendagri 86 form E.81
PROG21 = [
 ('Meningkatnya akses dan mutu pendidikan menengah dan pendidikan khusus', [
   ('1', 'Program Pengelolaan Pendidikan', ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P11', 'P22', 'P23'], None),
   ('1.1', 'Pengelolaan Pendidikan Sekolah Menengah Atas', ['P16', 'P27', 'P19', 'P18'], (28450000000, 27120355000)),
   ('1.2', 'Pengelolaan Pendidikan Sekolah Menengah Kejuruan', ['P17', 'P12', 'P13'], (19870000000, 18845210500)),
   ('1.3', 'Pengelolaan Pendidikan Khusus', ['P26'], (4120000000, 3987654000)),
 ]),
 ('Meningkatnya kualitas pendidik dan tenaga kependidikan', [
   ('2', 'Program Pendidik dan Tenaga Kependidikan', ['P07', 'P09'], None),
   ('2.1', 'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Menengah dan Pendidikan Khusus',
    ['P08', 'P25'], (6350000000, 6011480000)),
 ]),
 ('Meningkatnya akuntabilitas kinerja perangkat daerah', [
   ('3', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', ['P20', 'P21'], None),
   ('3.1', 'Administrasi Keuangan dan Perencanaan Perangkat Daerah', [], (912500000000, 897334120000)),
 ]),
]
RENSTRA26 = {'P01': 92, 'P02': 71, 'P03': 55, 'P04': 0.3, 'P05': 0.45, 'P06': 99.5, 'P11': 92, 'P22': 9.6,
             'P23': 13.6, 'P16': 120, 'P27': 8, 'P19': 66000, 'P18': 90, 'P17': 80, 'P12': 90, 'P13': 70,
             'P26': 75, 'P07': 75, 'P09': 100, 'P08': 11500, 'P25': 7500, 'P20': 'A', 'P21': 85}
PREV20 = {'P01': 88.1, 'P02': 66.8, 'P03': 41.2, 'P04': 0.48, 'P05': 0.77, 'P06': 99.4, 'P11': 84.1, 'P22': 8.88,
          'P23': 13.15, 'P16': 22, 'P27': 1, 'P19': 12210, 'P18': 76.9, 'P17': 18, 'P12': 68.2, 'P13': 57.7,
          'P26': 58.3, 'P07': 60.6, 'P09': 97.2, 'P08': 9711, 'P25': 1180, 'P20': 'B', 'P21': 79.4}


def e81_2021(b, ws, rng):
    y = 2021
    widths(ws, {'A': 6, 'B': 24, 'C': 30, 'D': 40, 'E': 8, 'AB': 18, 'AC': 14})
    for c in range(6, 28):
        ws.column_dimensions[CL(c)].width = 11 if c % 2 == 0 else 15
    w(ws, 'AC1', 'Formulir E.81', bold=True)
    merge(ws, 'A2:AC2', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI TANAH LUMBARA', bold=True, align=CENTER)
    merge(ws, 'A3:AC3', 'RENJA DINAS PENDIDIKAN PROVINSI TANAH LUMBARA', bold=True, align=CENTER)
    merge(ws, 'A4:AC4', 'PERIODE PELAKSANAAN : TAHUN 2021', bold=True, align=CENTER)
    w(ws, 'A5', 'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RKPD : '
                'Meningkatnya akses dan mutu pendidikan menengah dan khusus')
    hdr = [('A7:A9', 'No'), ('B7:B9', 'Sasaran'), ('C7:C9', 'Program/Kegiatan'),
           ('D7:D9', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)'), ('E7:E9', 'Satuan'),
           ('F7:G8', 'Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)'),
           ('H7:I8', 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)'),
           ('J7:K8', 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi'),
           ('L7:S7', 'Realisasi Kinerja Pada Triwulan'),
           ('L8:M8', 'I'), ('N8:O8', 'II'), ('P8:Q8', 'III'), ('R8:S8', 'IV'),
           ('T7:U8', 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
           ('V7:W8', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)'),
           ('X7:Y8', 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021'),
           ('Z7:AA8', 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)'),
           ('AB7:AB9', 'Unit PD Penanggung Jawab'), ('AC7:AC9', 'Keterangan')]
    for ref, v in hdr:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for c in range(6, 28):
        w(ws, f'{CL(c)}9', 'K' if c % 2 == 0 else 'Rp.', bold=True, align=CENTER, fill=HDR_FILL)
    nums = [('A10', '1'), ('B10', '2'), ('C10', '3'), ('D10', '4'), ('F10:G10', '5'), ('H10:I10', '6'),
            ('J10:K10', '7'), ('L10:M10', '8'), ('N10:O10', '9'), ('P10:Q10', '10'), ('R10:S10', '11'),
            ('T10:U10', '12 = 8+9+10+11'), ('V10:W10', '13 = 12/7 x 100'), ('X10:Y10', '14 = 6 + 12'),
            ('Z10:AA10', '15 = 14/5 x 100'), ('AB10', '16'), ('AC10', '17')]
    for ref, v in nums:
        if ':' in ref:
            merge(ws, ref, v, align=CENTER, italic=True)
        else:
            w(ws, ref, v, align=CENTER, italic=True)
    box_range(ws, 7, 1, 10, 29)
    r = 11
    first_data = r
    prog_rows = []
    for sas, progs in PROG21:
        rs0 = r
        cur_prog_first = None
        keg_first_rows = []
        for num, pname, ids, budget in progs:
            is_prog = '.' not in num
            if is_prog and cur_prog_first is not None:
                prog_rows.append((cur_prog_first, keg_first_rows))
                keg_first_rows = []
            rp0 = r
            if is_prog:
                cur_prog_first = r
            else:
                keg_first_rows.append(r)
            w(ws, f'A{r}', num, align=CENTER)
            rows_here = ids if ids else [None]
            for k, iid in enumerate(rows_here):
                if iid is None:
                    w(ws, f'D{r}', None)
                    r += 1
                    continue
                name, unit, t, rv = E(iid, y)
                flow = iid in FLOWS
                w(ws, f'D{r}', name, align=LEFTW)
                w(ws, f'E{r}', unit, align=CENTER)
                ren = RENSTRA26[iid]
                w(ws, f'F{r}', ren, align=CENTER)
                w(ws, f'H{r}', PREV20[iid], align=CENTER)
                pctfmt = None
                # quarterly K values
                if iid == 'P20':
                    q = ['-', '-', '-', 'B']
                    tw = 'BB'
                elif iid == 'P18':
                    q = [0.79, 0.792, 0.795, 0.795]
                    tw = t / 100
                    pctfmt = '0.0%'
                elif iid == 'P16':
                    q, tw = [0, 0, 10, 14], t
                elif iid == 'P17':
                    q, tw = [0, 0, 6, 8], t
                elif iid == 'P27':
                    q, tw = [0, 0, 0, 2], t
                elif iid == 'P19':
                    q, tw = ['-', 6300, '-', 6430], t
                elif iid == 'P25':
                    q, tw = split_flow(1315, 4, rng), t
                elif iid == 'P08':
                    q, tw = [9950, 9980, 10005, 10012], t
                elif iid in ('P07', 'P09', 'P26', 'P12', 'P21'):
                    q, tw = ['-', round(rv * 0.99, 2), '-', rv], t
                else:
                    q, tw = ['-', '-', '-', rv], t
                w(ws, f'J{r}', tw, fmt=pctfmt, align=CENTER)
                for i, c in enumerate('LNPR'):
                    w(ws, f'{c}{r}', q[i], fmt=pctfmt, align=CENTER)
                if iid == 'P20':
                    w(ws, f'T{r}', 'B', align=CENTER)
                    cap = '-'
                elif iid == 'P25':
                    w(ws, f'T{r}', 0, align=CENTER)
                    cap = f'=T{r}/J{r}*100'
                    b.note(ws, r, 'P25 column 12 (Realisasi K, T) TYPED 0 over the formula while TW I-IV hold '
                           f'{q} (sum 1.315): key realisasi 0 AS TYPED; capaian 0.')
                elif flow:
                    w(ws, f'T{r}', f'=SUM(L{r},N{r},P{r},R{r})', align=CENTER)
                    cap = f'=T{r}/J{r}*100'
                else:
                    w(ws, f'T{r}', f'=R{r}', fmt=pctfmt, align=CENTER)
                    cap = f'=T{r}/J{r}*100'
                if iid == 'P04':
                    cap = f'=(2*J{r}-T{r})/J{r}*100'
                if iid == 'P05':
                    b.note(ws, r, 'P05 (Angka Putus Sekolah SMK) is NEGATIVE; column 13 uses the positive =T/J*100 (105,71 instead of 94,29). P04 on the row above uses (2J-T)/J.')
                if iid == 'P23':
                    cap = f'=T{r-1}/J{r-1}*100'
                    b.note(ws, r, f'P23 (HLS) capaian formula points at the row above (=T{r-1}/J{r-1}*100, the RLS row): 100,78 instead of 100,30.')
                if iid == 'P06':
                    b.note(ws, r, 'P06 target typed 0.99 (a fraction, General format) in a row of percent points; realisasi 99,62: key target 0.99 AS TYPED; capaian 10.062,63 %.')
                if iid == 'P18':
                    b.note(ws, r, 'P18 target, quarters and realisasi are fractions in %-formatted cells (0.78 / 0.795): key 78 / 79,5.')
                if iid == 'P20':
                    b.note(ws, r, 'P20 grades: target "BB", TW IV "B", column 12 typed "B": key null/null. Renstra target "A", last year "B".')
                if iid == 'P19':
                    b.note(ws, r, 'P19 paid per semester: TW I and III "-"; column 12 = SUM = 12.730.')
                w(ws, f'V{r}', cap, fmt='0.00', align=CENTER)
                if iid != 'P20':
                    w(ws, f'X{r}', f'=H{r}+T{r}', fmt=pctfmt, align=CENTER)
                    w(ws, f'Z{r}', f'=X{r}/F{r}*100', fmt='0.00', align=CENTER)
                w(ws, f'AB{r}', {'1': 'Bidang SMA', '2': 'Bidang GTK', '3': 'Sekretariat'}[num[0]], align=LEFTC)
                b.key(ws, r, y, name, iid, t, rv, f'D{r}', ('cell', f'J{r}'), ('cell', f'T{r}'))
                r += 1
            if r - rp0 > 1:
                merge(ws, f'C{rp0}:C{r-1}', pname, align=LEFTW)
                merge(ws, f'A{rp0}:A{r-1}')
            else:
                w(ws, f'C{rp0}', pname, align=LEFTW)
            if budget:
                ws[f'K{rp0}'] = budget[0]
                qb = split_flow(budget[1] // 1000, 4, rng)
                for i, c in enumerate('MOQS'):
                    ws[f'{c}{rp0}'] = qb[i] * 1000
                ws[f'U{rp0}'] = f'=M{rp0}+O{rp0}+Q{rp0}+S{rp0}'
            for c in 'KMOQSUIGY':
                ws[f'{c}{rp0}'].number_format = '#,##0'
            if not is_prog:
                ws[f'I{rp0}'] = round(budget[0] * 0.93, -6)
                ws[f'G{rp0}'] = budget[0] * 5
                ws[f'Y{rp0}'] = f'=I{rp0}+U{rp0}'
                ws[f'W{rp0}'] = f'=U{rp0}/K{rp0}*100'
                ws[f'W{rp0}'].number_format = '0.00'
        prog_rows.append((cur_prog_first, keg_first_rows))
        merge(ws, f'B{rs0}:B{r-1}', sas, align=LEFTW)
    # programme budgets = sum of their kegiatan
    for pr, kegs in prog_rows:
        for c in 'KMOQSUGIY':
            ws[f'{c}{pr}'] = '=' + '+'.join(f'{c}{k}' for k in kegs)
            ws[f'{c}{pr}'].number_format = '#,##0'
        ws[f'W{pr}'] = f'=U{pr}/K{pr}*100'
        ws[f'W{pr}'].number_format = '0.00'
    last = r - 1
    box_range(ws, first_data, 1, last, 29)
    w(ws, f'D{r}', 'Rata-rata capaian kinerja (%)', bold=True)
    w(ws, f'V{r}', f'=AVERAGE(V{first_data}:V{last})', fmt='0.0')
    w(ws, f'W{r}', f'=AVERAGE(W{first_data}:W{last})', fmt='0.0')
    w(ws, f'D{r+1}', 'Predikat kinerja', bold=True)
    w(ws, f'V{r+1}', 'Sangat Tinggi')
    w(ws, f'D{r+2}', 'Faktor pendorong keberhasilan pencapaian :')
    w(ws, f'F{r+2}', 'Dukungan DAK fisik dan BOS daerah; koordinasi dengan cabang dinas.')
    w(ws, f'D{r+3}', 'Faktor penghambat pencapaian kinerja :')
    w(ws, f'F{r+3}', 'Pembelajaran jarak jauh masa pandemi; keterlambatan data Dapodik.')
    w(ws, f'D{r+4}', 'Tindak lanjut yang diperlukan dalam triwulan berikutnya :')
    w(ws, f'F{r+4}', '-')
    w(ws, f'D{r+5}', 'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya :')
    w(ws, f'F{r+5}', 'Penajaman indikator keterserapan lulusan SMK.')
    s = r + 7
    sign(ws, s, 'C', ['Disusun', 'Lumbara Jaya, 14 Januari 2022', 'Kepala Dinas Pendidikan', 'Provinsi Tanah Lumbara', '', '', KADIS[0], KADIS[1], KADIS[2]])
    sign(ws, s, 'T', ['Dievaluasi', 'Lumbara Jaya, 21 Januari 2022', 'Kepala Bappeda', 'Provinsi Tanah Lumbara', '', '', KABAPPEDA[0], KABAPPEDA[1], KABAPPEDA[2]])
    b.note(ws, None, 'Programme rows carry outcome indicators on the same row as the programme name (C merged '
           'over the programme\'s indicator rows); their Rp cells are formulas summing the kegiatan rows. Row of '
           'kegiatan 3.1 has a budget but no indicator (not a key row). Column 14 (=6+12) adds levels (e.g. APK 88,1 + 89,12) '
           'as real forms do. Levels take TW IV as column 12 (=R); flows SUM the quarters.')
    b.describe(ws, f'Permendagri 86 form E.81 (17-column scheme with Satuan unnumbered). Title rows 1-5, header rows '
               f'7-9 (row 8 quarter numbers I-IV, row 9 K | Rp.), numbered row 10 ("12 = 8+9+10+11", "13 = 12/7 x 100", '
               f'"14 = 6 + 12", "15 = 14/5 x 100"). Columns: A No (1, 1.1 ...), B Sasaran (merged), C Program/Kegiatan '
               f'(merged over indicator rows), D Indikator (key name cell), E Satuan, F-G (5) Renstra 2026 K/Rp, '
               f'H-I (6) realisasi s/d 2020, J-K (7) Target 2021 K/Rp (key target = J), L-S TW I-IV K/Rp, T-U (12) '
               f'Realisasi 2021 K/Rp (key realisasi = T), V-W (13) capaian, X-Y (14), Z-AA (15), AB unit, AC Ket. '
               f'Data rows {first_data}-{last}; below: Rata-rata capaian, Predikat, Faktor pendorong/penghambat, '
               f'Tindak lanjut, two signatures (Disusun / Dievaluasi).')


# ================================================================ 2022: stacked Target/Realisasi rows, one sheet per sasaran
SS22 = [
 ('SS1', 'Meningkatnya akses pendidikan menengah dan pendidikan khusus', ['P01', 'P02', 'P03', 'P22', 'P23', 'P04', 'P05', 'P19']),
 ('SS2', 'Meningkatnya mutu dan relevansi pendidikan menengah', ['P06', 'P11', 'P12', 'P13b', 'P14', 'P24']),
 ('SS3', 'Meningkatnya kualitas pendidik', ['P07', 'P08', 'P09', 'P25']),
 ('SS4', 'Meningkatnya sarana prasarana dan tata kelola pendidikan', ['P16', 'P17', 'P18', 'P26', 'P20', 'P21']),
]


def stacked2022(b, rng):
    y = 2022
    for si, (code, sas, ids) in enumerate(SS22, 1):
        ws = b.sheet(code)
        widths(ws, {'A': 50, 'B': 9, 'C': 11, 'D': 10, 'E': 10, 'F': 10, 'G': 10, 'H': 13, 'I': 12, 'J': 22})
        merge(ws, 'A1:J1', 'RENCANA AKSI DAN CAPAIAN KINERJA TRIWULANAN', bold=True, align=CENTER)
        merge(ws, 'A2:J2', 'DINAS PENDIDIKAN PROVINSI TANAH LUMBARA TAHUN 2022', bold=True, align=CENTER)
        merge(ws, 'A4:J4', f'Sasaran Strategis {si} : {sas}', bold=True)
        for c, v in zip('ABCDEFGHIJ', ['Indikator Kinerja', 'Satuan', 'Uraian', 'TW I', 'TW II', 'TW III', 'TW IV',
                                       'Tahun 2022', 'Capaian (%)', 'Keterangan']):
            w(ws, f'{c}6', v, bold=True, align=CENTER, fill=HDR_FILL, box=True)
        r = 7
        for n, iid in enumerate(ids, 1):
            name, unit, t, rv = E(iid, y)
            written = f'{si}.{n} {name}'
            flow = iid in FLOWS
            fmt = None
            if iid == 'P16':
                tq, rq = [0, 0, 15, 15], [0, 0, 12, 16]
            elif iid == 'P17':
                tq, rq = [0, 0, 10, 10], [0, 0, 8, 12]
            elif iid == 'P19':
                tq, rq = [0, 6500, 0, 6500], ['-', 6588, '-', 6626]
            elif iid == 'P25':
                tq, rq = split_flow(t, 4, rng), split_flow(rv, 4, rng)
            elif iid == 'P24':
                tq, rq = [10, 20, 30, 40], [12.5, 25.1, 38.0, 46.2]
            elif iid in ('P20',):
                tq, rq = ['-', '-', '-', 70], ['-', '-', '-', 68.45]
            elif iid in ('P22', 'P23', 'P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P13b'):
                tq, rq = ['-', '-', '-', t], ['-', '-', '-', rv]
            elif iid == 'P11':
                tq = [t / 100] * 4
                rq = [x / 100 for x in level_path(rv, 4, rng, dec=1)]
                fmt = '0.0%'
            elif iid == 'P08':
                tq, rq = [t] * 4, [10050, 10120, 10180, 10236]
            else:
                tq, rq = [t] * 4, level_path(rv, 4, rng, dec=2, down=iid in NEG)
            merge(ws, f'A{r}:A{r+1}', written, align=LEFTW)
            merge(ws, f'B{r}:B{r+1}', unit, align=CENTER)
            w(ws, f'C{r}', 'Target', align=CENTER)
            w(ws, f'C{r+1}', 'Realisasi', align=CENTER)
            for i, c in enumerate('DEFG'):
                w(ws, f'{c}{r}', tq[i], fmt=fmt, align=CENTER)
                w(ws, f'{c}{r+1}', rq[i], fmt=fmt, align=CENTER)
            w(ws, f'H{r}', t / 100 if fmt else t, fmt=fmt, align=CENTER)
            rspec = ('cell', f'H{r+1}')
            if iid == 'P13b':
                rspec = ('last', [f'D{r+1}', f'E{r+1}', f'F{r+1}', f'G{r+1}'])
                b.note(ws, r, 'P13b annual realisasi (H, Realisasi row) left BLANK: key realisasi = last reported quarter TW IV = 61,7 (level).')
            elif iid == 'P08':
                w(ws, f'H{r+1}', '10.236 orang', align=CENTER)
                b.note(ws, r, 'P08 annual realisasi typed as TEXT "10.236 orang" (key 10236).')
            elif flow:
                w(ws, f'H{r+1}', f'=SUM(D{r+1}:G{r+1})', align=CENTER)
            else:
                w(ws, f'H{r+1}', f'=G{r+1}', fmt=fmt, align=CENTER)
            cap = f'=H{r+1}/H{r}*100'
            if iid in NEG:
                cap = f'=(2*H{r}-H{r+1})/H{r}*100'
            if iid == 'P19':
                cap = f'=H{r+3}/H{r+2}*100'
                b.note(ws, r, f'P19 capaian formula points at the NEXT block (=H{r+3}/H{r+2}*100) which is empty/outside the table (last block of SS1): gives #DIV/0!.')
            merge(ws, f'I{r}:I{r+1}', cap, fmt='0.00', align=CENTER)
            if iid == 'P11':
                b.note(ws, r, 'P11 target/realisasi rows are fractions in 0.0%-formatted cells: key 86 / 87,2.')
            if iid == 'P24':
                b.note(ws, r, 'P24 quarter targets are cumulative 10/20/30/40 % (TW IV = annual target).')
            box_range(ws, r, 1, r + 1, 10)
            b.key(ws, r, y, written, iid, t, rv, f'A{r}', ('cell', f'H{r}'), rspec)
            r += 2
            if iid == 'P21':
                # duplicated block
                for rr in (r - 2, r - 1):
                    for c in range(1, 11):
                        src = ws.cell(rr, c)
                        v = src.value
                        if isinstance(v, str) and v.startswith('='):
                            v = v.replace(str(rr), str(rr + 2)).replace(str(rr - 1), str(rr + 1))
                        ws.cell(rr + 2, c).value = v
                        ws.cell(rr + 2, c).number_format = src.number_format
                merge(ws, f'A{r}:A{r+1}')
                merge(ws, f'B{r}:B{r+1}')
                merge(ws, f'I{r}:I{r+1}')
                ws[f'I{r}'] = f'=H{r+1}/H{r}*100'
                box_range(ws, r, 1, r + 1, 10)
                b.note(ws, r, f'DUPLICATED BLOCK: rows {r}-{r+1} repeat P21 (rows {r-2}-{r-1}); only row {r-2} is keyed.')
                r += 2
        w(ws, f'F{r+2}', 'Lumbara Jaya, 12 Januari 2023')
        w(ws, f'F{r+3}', 'Kepala Dinas Pendidikan,')
        w(ws, f'F{r+7}', KADIS[0], bold=True)
        w(ws, f'F{r+8}', KADIS[2])
        b.describe(ws, f'Sheet per sasaran (stacked quarterly layout). Title rows 1-2, sasaran line A4, one header row 6: '
                   f'A Indikator Kinerja (numbered "{si}.1 ...", merged over 2 rows), B Satuan (merged), C Uraian '
                   f'(Target / Realisasi), D-G TW I-IV, H Tahun 2022 (annual target on the Target row, annual realisasi '
                   f'on the Realisasi row: =SUM for flows, =TW IV for levels), I Capaian (%) merged over the pair, '
                   f'J Keterangan. Each indicator takes two rows; the key row is the top (Target) row. Data rows 7-{r-1}.')


def rekap_lama(b, ws):
    w(ws, 'A1', 'REKAP INDIKATOR (versi Renstra awal, tidak dipakai)', bold=True)
    rows = [('Angka Partisipasi Kasar SMA/SMK/MA', 89.5), ('Angka Partisipasi Murni SMA/SMK/MA', 68.0),
            ('Persentase guru bersertifikat pendidik', 65), ('Jumlah RKB SMA', 25)]
    for i, (n, t) in enumerate(rows):
        w(ws, f'A{3+i}', n); w(ws, f'B{3+i}', t)
    b.describe(ws, 'HIDDEN sheet with old Renstra targets (no realisasi). Not key rows.')


def petunjuk(b, ws):
    widths(ws, {'A': 110})
    lines = ['PETUNJUK PENGISIAN',
             '1. Baris "Target" diisi target triwulan sesuai Rencana Aksi, baris "Realisasi" diisi capaian s.d. triwulan berkenaan.',
             '2. Untuk indikator persentase/indeks, realisasi tahunan = realisasi TW IV; untuk indikator jumlah, realisasi tahunan = jumlah TW I s.d. TW IV.',
             '3. APK, APM, RLS dan HLS bersumber dari BPS dan Dapodik, dirilis akhir tahun.',
             '4. Indikator keterserapan lulusan SMK tahun ini hanya menghitung lulusan yang bekerja (belum termasuk melanjutkan/wirausaha).']
    for i, l in enumerate(lines):
        w(ws, f'A{i+1}', l, bold=(i == 0))
    b.describe(ws, 'Notes sheet (text only). Line 5 explains why P13b differs from P13.')


# ================================================================ 2023: annual PK, value and unit in one text cell
SAS23 = [
 ('Meningkatnya akses pendidikan menengah dan pendidikan khusus', ['P01', 'P02', 'P03', 'P04', 'P05', 'P22', 'P23', 'P19']),
 ('Meningkatnya mutu dan relevansi pendidikan', ['P06', 'P11', 'P12', 'P13', 'P14', 'P15', 'P24']),
 ('Meningkatnya kualitas pendidik', ['P07', 'P08', 'P09', 'P25']),
 ('Meningkatnya ketersediaan sarana prasarana pendidikan', ['P16', 'P17', 'P18']),
 ('Meningkatnya akuntabilitas dan kualitas layanan', ['P20', 'P21']),
]


def idn(x, dec=None):
    """Format a number Indonesian style."""
    if dec is None:
        s = f'{x:,.2f}'.rstrip('0').rstrip('.') if isinstance(x, float) and x != int(x) else f'{int(x):,}'
    else:
        s = f'{x:,.{dec}f}'
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


def pk2023(b, ws):
    y = 2023
    widths(ws, {'A': 34, 'B': 50, 'C': 16, 'D': 16, 'E': 12})
    for i, t in enumerate(['PENGUKURAN KINERJA', 'DINAS PENDIDIKAN', 'PROVINSI TANAH LUMBARA', 'TAHUN 2022']):
        merge(ws, f'A{i+1}:E{i+1}', t, bold=True, align=CENTER)
    w(ws, 'A6', 'Provinsi      : Tanah Lumbara')
    w(ws, 'A7', 'Nama OPD   : Dinas Pendidikan')
    merge(ws, 'A9:A10', 'Sasaran Strategis', bold=True, align=CENTER, fill=HDR_FILL)
    merge(ws, 'B9:B10', 'Indikator Kinerja', bold=True, align=CENTER, fill=HDR_FILL)
    merge(ws, 'C9:E9', 'Tahun 2023', bold=True, align=CENTER, fill=HDR_FILL)
    for c, v in zip('CDE', ['Target', 'Realisasi', '% Realisasi']):
        w(ws, f'{c}10', v, bold=True, align=CENTER, fill=HDR_FILL)
    box_range(ws, 9, 1, 10, 5)
    special = {
        'P11': ('86 - 88 %', '88,4 %', 102.79),
        'P20': ('BB', 'BB', 100),
        'P05': ('0,60 %', '0,58 %', 96.67),
        'P04': ('0,40 %', '0,36 %', 110),
        'P19': ('13.000 orang', '12.880 orang', 98.15),
        'P13': ('63 %', '64,2 %', 110.9),
        'P16': (18, 18, 100),
        'P17': (12, 12, 100),
        'P21': ('82', '83,4', 101.71),
    }
    r = 11
    for sas, ids in SAS23:
        w(ws, f'A{r}', sas, align=LEFTW)
        for iid in ids:
            name, unit, t, rv = E(iid, y)
            if iid in special:
                tw, rw, cap = special[iid]
            else:
                u = {'%': ' %', 'orang': ' orang', 'tahun': ' tahun', 'unit': ' unit', 'nilai': ''}[unit]
                tw, rw = idn(t) + u, idn(rv) + u
                if iid == 'P01':
                    tw, rw = '89,50 %', '90,31 %'
                if iid == 'P02':
                    tw = '68,00 %'
                cap = round(rv / t * 100, 2)
            w(ws, f'B{r}', name, align=LEFTW)
            w(ws, f'C{r}', tw, align=CENTER)
            w(ws, f'D{r}', rw, align=CENTER)
            w(ws, f'E{r}', cap, align=CENTER)
            b.key(ws, r, y, name, iid, t, rv, f'B{r}', ('cell', f'C{r}'), ('cell', f'D{r}'))
            if iid == 'P11':
                b.note(ws, r, 'P11 target is a RANGE "86 - 88 %" (key 86); capaian typed 102,79 (against 86).')
            if iid == 'P20':
                b.note(ws, r, 'P20 grades "BB" / "BB": key null/null; capaian typed 100.')
            if iid == 'P05':
                b.note(ws, r, 'P05 NEGATIVE indicator, capaian typed 96,67 = 0,58/0,60 (positive formula); negative would be 103,33. P04 above is typed with the negative formula (110).')
            if iid == 'P19':
                b.note(ws, r, 'P19 capaian TYPED 98,15 while 12.880 / 13.000 = 99,08.')
            if iid == 'P13':
                b.note(ws, r, 'P13 capaian TYPED 110,9 while 64,2 / 63 = 101,90.')
            if iid in ('P16', 'P17'):
                b.note(ws, r, f'{iid} target/realisasi are plain numbers without a unit (the only numeric cells of the table).')
            if iid == 'P21':
                b.note(ws, r, 'P21 target/realisasi are text without unit ("82", "83,4"): key 82 / 83,4.')
            r += 1
    last = r - 1
    box_range(ws, 11, 1, last, 5)
    w(ws, f'A{r+1}', 'Jumlah Anggaran Kegiatan Tahun 2023 : Rp. 1.284.655.120.000')
    w(ws, f'A{r+2}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2023 : Rp. 1.201.338.947.500')
    w(ws, f'D{r+4}', 'Lumbara Jaya, 31 Desember 2023')
    w(ws, f'D{r+5}', 'Kepala Dinas Pendidikan,')
    w(ws, f'D{r+9}', KADIS[0], bold=True)
    w(ws, f'D{r+10}', KADIS[1])
    w(ws, f'D{r+11}', KADIS[2])
    b.note(ws, 4, 'YEAR TRAP: the title (row 4) says "TAHUN 2022" (copied from last year) while the header "Tahun 2023", '
           'the sheet name, the budget lines and the date line say 2023. Key year 2023.')
    b.note(ws, None, 'Every target/realisasi is TEXT with the unit in the same cell ("89,50 %", "10.400 orang", "9,15 tahun"), '
           'except P16/P17 (numbers). Capaian column is typed (no formulas). Sasaran written only on the first row '
           'of its group, cells below blank (not merged) = same sasaran.')
    b.describe(ws, f'Annual PK in the Banjar style. Title rows 1-4, "Provinsi"/"Nama OPD" lines 6-7, two header rows '
               f'9-10 (Sasaran Strategis | Indikator Kinerja | "Tahun 2023" over Target | Realisasi | % Realisasi), no '
               f'numbered row. Columns: A Sasaran (first row of group only), B Indikator, C Target, D Realisasi, '
               f'E % Realisasi. Data rows 11-{last}. Budget lines, date and signature below.')


def anggaran2023(b, ws):
    widths(ws, {'A': 60, 'B': 20, 'C': 20, 'D': 10})
    w(ws, 'A1', 'REALISASI ANGGARAN PER PROGRAM TAHUN 2023', bold=True)
    for c, v in zip('ABCD', ['Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%']):
        w(ws, f'{c}3', v, bold=True, box=True)
    rows = [('Program Penunjang Urusan Pemerintahan Daerah Provinsi', 1005320000000, 951220870000),
            ('Program Pengelolaan Pendidikan', 248730120000, 221334077500),
            ('Program Pengembangan Kurikulum', 4150000000, 3987000000),
            ('Program Pendidik dan Tenaga Kependidikan', 26455000000, 24797000000)]
    for i, (p, a, re) in enumerate(rows):
        r = 4 + i
        w(ws, f'A{r}', p, box=True); w(ws, f'B{r}', a, fmt='#,##0', box=True)
        w(ws, f'C{r}', re, fmt='#,##0', box=True); w(ws, f'D{r}', f'=C{r}/B{r}*100', fmt='0.00', box=True)
    w(ws, 'A8', 'Jumlah', bold=True, box=True)
    w(ws, 'B8', '=SUM(B4:B7)', fmt='#,##0', box=True); w(ws, 'C8', '=SUM(C4:C7)', fmt='#,##0', box=True)
    b.describe(ws, 'Budget per programme (not key rows). Total 1.284.655.120.000 agrees with the PK budget line.')


# ================================================================ 2024: two years side by side
SAS24 = [
 ('Meningkatnya akses pendidikan menengah dan pendidikan khusus', ['P01', 'P02', 'P03', 'P04', 'P05', 'P22', 'P23', 'P19']),
 ('Meningkatnya mutu dan relevansi pendidikan', ['P11', 'P12', 'P13', 'P14', 'P15', 'P24']),
 ('Meningkatnya kualitas pendidik', ['P07', 'P08', 'P09', 'P25b']),
 ('Meningkatnya ketersediaan sarana prasarana pendidikan', ['P16', 'P17', 'P18']),
 ('Meningkatnya akuntabilitas dan kualitas layanan', ['P20', 'P21']),
]


def side2024(b, ws):
    y = 2024
    widths(ws, {'A': 5, 'B': 28, 'C': 50, 'D': 9, 'E': 11, 'F': 11, 'G': 10, 'H': 11, 'I': 11, 'J': 10, 'K': 12, 'L': 18})
    merge(ws, 'A1:L1', 'CAPAIAN KINERJA DINAS PENDIDIKAN PROVINSI TANAH LUMBARA', bold=True, align=CENTER)
    merge(ws, 'A2:L2', 'TAHUN 2024 (DIBANDINGKAN DENGAN TAHUN 2023)', bold=True, align=CENTER)
    for ref, v in [('A4:A5', 'No'), ('B4:B5', 'Sasaran Strategis'), ('C4:C5', 'Indikator Kinerja'), ('D4:D5', 'Satuan'),
                   ('E4:G4', 'Tahun 2023'), ('H4:J4', 'Tahun 2024'), ('K4:K5', 'Kenaikan / Penurunan Realisasi'),
                   ('L4:L5', 'Keterangan')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for c, v in zip('EFGHIJ', ['Target', 'Realisasi', 'Capaian (%)'] * 2):
        w(ws, f'{c}5', v, bold=True, align=CENTER, fill=HDR_FILL)
    for i in range(12):
        w(ws, f'{CL(i+1)}6', i + 1, align=CENTER, italic=True)
    box_range(ws, 4, 1, 6, 12)
    r = 7
    n = 0
    for si, (sas, ids) in enumerate(SAS24, 1):
        r0 = r
        for iid in ids:
            n += 1
            name, unit, t, rv = E(iid, y)
            prev_id = {'P25b': None}.get(iid, iid)
            if prev_id and 2023 in D[prev_id]:
                _, _, pt, pr = D[prev_id][2023]
            else:
                pt = pr = '-'
            if iid == 'P20':
                pt, pr = 'BB', 'BB'
            if iid == 'P11':
                pt = 87
            if iid == 'P19':
                pr = 12980
            w(ws, f'A{r}', n, align=CENTER)
            w(ws, f'C{r}', name, align=LEFTW)
            w(ws, f'D{r}', unit, align=CENTER)
            w(ws, f'E{r}', pt, align=CENTER)
            w(ws, f'F{r}', pr, align=CENTER)
            w(ws, f'G{r}', f'=IFERROR(F{r}/E{r}*100,"-")', fmt='0.00', align=CENTER)
            pct = unit == '%'
            tw, rw = (t / 100, rv / 100) if pct else (t, rv)
            fmt = '0.00%' if pct else ('#,##0' if unit == 'orang' else None)
            if iid == 'P09':
                tw = '≥ 99 %'
            if iid == 'P24':
                tw, rw = 1, 1
            w(ws, f'H{r}', tw, fmt='0%' if iid == 'P24' else fmt, align=CENTER)
            w(ws, f'I{r}', rw, fmt='General' if iid == 'P24' else fmt, align=CENTER)
            cap = f'=I{r}/H{r}*100'
            if iid in NEG:
                cap = f'=(2*H{r}-I{r})/H{r}*100'
            if iid == 'P14':
                cap = f'=I{r+1}/H{r+1}*100'
                b.note(ws, r, f'P14 (literasi) capaian formula points at the next row (P15 numerasi): 98,40 instead of 102,42.')
            if iid == 'P09':
                cap = 100.05
                b.note(ws, r, 'P09 target typed as text "≥ 99 %" (key 99); realisasi 99,05 % in a %-formatted cell; capaian typed 100,05.')
            w(ws, f'J{r}', cap, fmt='0.00', align=CENTER)
            w(ws, f'K{r}', f'=IFERROR(I{r}-F{r}/{100 if pct else 1},"-")' if iid not in ('P20', 'P25b') else '-',
              fmt=fmt if fmt != '0.00%' else '0.00%', align=CENTER)
            if iid == 'P16':
                b.note(ws, r, 'P16 target 2024 typed 10x: 200 (DPA and the Catatan sheet say 20): key 200 AS TYPED; capaian 10,5.')
            if iid == 'P24':
                b.note(ws, r, 'P24 target 1 in a "0%" cell (= 100 %, key 100) but realisasi 1 in a GENERAL cell (a fraction typed for 100 %): key realisasi 1 AS TYPED.')
            if iid == 'P20':
                b.note(ws, r, 'P20 2024 numeric (72 / 73,1) while 2023 columns hold grades "BB".')
            if iid == 'P11':
                b.note(ws, r, 'P11 2023 target restated 87 (the 2023 file had the range "86 - 88 %"); not keyed.')
            if iid == 'P19':
                b.note(ws, r, 'P19 2023 realisasi restated 12.980 (the 2023 file says 12.880); not keyed.')
            b.key(ws, r, y, name, iid, t, rv, f'C{r}', ('cell', f'H{r}'), ('cell', f'I{r}'))
            r += 1
        merge(ws, f'B{r0}:B{r-1}', sas, align=LEFTW)
    last = r - 1
    box_range(ws, 7, 1, last, 12)
    w(ws, f'J{r+2}', 'Lumbara Jaya, 15 Januari 2025')
    w(ws, f'J{r+3}', 'Kepala Dinas Pendidikan,')
    w(ws, f'J{r+7}', 'Drs. Anwar Lubis Sitorus, M.M.', bold=True)
    w(ws, f'J{r+8}', 'NIP. 19710904 199603 1 002')
    b.note(ws, None, '2024 targets/realisasi of % indicators are fractions in 0.00%-formatted cells (key in percent points); '
           '2023 columns E-G are restated plain numbers (NOT keyed: only the sheet\'s own year 2024 is keyed).')
    b.describe(ws, f'Two years side by side. Title rows 1-2, two header rows 4-5 ("Tahun 2023" and "Tahun 2024" each over '
               f'Target | Realisasi | Capaian (%)), numbered row 6 (1..12). Columns: A No, B Sasaran (merged), C Indikator, '
               f'D Satuan, E-G 2023 (restated, not keyed), H-J 2024 (keyed: H target, I realisasi), K Kenaikan/Penurunan, '
               f'L Ket. Data rows 7-{last}. Signature below.')


def catatan2024(b, ws):
    widths(ws, {'A': 110})
    lines = ['CATATAN',
             '1. Target pembangunan RKB SMA tahun 2024 sesuai DPA adalah 20 ruang kelas.',
             '2. Mulai 2024 indikator peningkatan kompetensi guru diukur dari peserta PKB (Pengembangan Keprofesian Berkelanjutan).',
             '3. Data 2023 pada tabel perbandingan menggunakan angka perbaikan (updated) dari Dapodik.',
             '4. Semua satuan pendidikan telah melaksanakan Kurikulum Merdeka (100%).']
    for i, l in enumerate(lines):
        w(ws, f'A{i+1}', l, bold=(i == 0))
    b.describe(ws, 'Notes sheet (text only). Line 2 explains the change from P25 to P25b; line 3 the restated 2023 figures.')


def main():
    rng = random.Random(4502)
    b1 = Book(SLUG, 'E81 Evaluasi Renja Disdik TW IV 2021', 'xls')
    e81_2021(b1, b1.sheet('E.81 TW IV 2021'), rng)
    b1.save()

    b2 = Book(SLUG, 'RA dan Capaian Triwulan Disdik 2022', 'xlsx')
    stacked2022(b2, rng)
    rekap_lama(b2, b2.sheet('Rekap_lama', hidden=True))
    petunjuk(b2, b2.sheet('Petunjuk'))
    b2.save()

    b3 = Book(SLUG, 'Pengukuran Kinerja Dinas Pendidikan 2023', 'ods')
    pk2023(b3, b3.sheet('PK 2023'))
    anggaran2023(b3, b3.sheet('Anggaran'))
    b3.save()

    b4 = Book(SLUG, 'Capaian Kinerja Disdik 2024 vs 2023', 'xlsx')
    side2024(b4, b4.sheet('Capaian 2024'))
    catatan2024(b4, b4.sheet('Catatan'))
    b4.save()

    finish(SLUG, AGENCY, YEARS, [b1, b2, b3, b4], ambiguous=[['P13', 'P13b'], ['P25', 'P25b']], flows=FLOWS,
           extra=dict(neg=sorted(NEG)))


if __name__ == '__main__':
    main()
