from lib import *
from openpyxl.styles import Font
AG = 'uptd_smk_pp_negeri_prov_lembah_sentosa'
Y = [2020, 2021, 2022, 2023]
ag = Agency(AG, Y); ag.ambiguous = [['K04', 'K04b']]
S1 = 'Meningkatnya kompetensi dan keterserapan lulusan'
S2 = 'Meningkatnya kualitas layanan dan sarana pendidikan'
IND = [
 ('K01', 'L', '%', S1, ['Persentase lulusan yang bekerja/berwirausaha', 'Persentase Lulusan yang Bekerja dan Berwirausaha ', 'Prosentase lulusan yg bekerja & berwirausaha', '1. Persentase lulusan yang terserap di dunia kerja/berwirausaha'], [(70, 68.4), (72, 73.1), (74, 71.9), (75, 76.2)]),
 ('K02', 'F', 'orang', S1, ['Jumlah lulusan yang bekerja/berwirausaha', 'Jumlah Lulusan yang Bekerja dan Berwirausaha', 'Jumlah lulusan yg bekerja & berwirausaha (orang)', 'Jumlah lulusan terserap di dunia kerja/berwirausaha'], [(98, 96), (104, 107), (110, 104), (112, 118)]),
 ('K19', 'L', '%', S1, ['Persentase lulusan yang melanjutkan ke perguruan tinggi', 'Persentase Lulusan Melanjutkan ke Perguruan Tinggi', None, None], [(15, 12.6), (15, 14.3), None, None]),
 ('K03', 'L', '%', S1, ['Persentase siswa yang lulus Uji Kompetensi Keahlian (UKK)', 'Persentase siswa lulus UKK', 'Persentase peserta didik yang lulus Uji Kompetensi Keahlian', 'Persentase siswa yang lulus uji kompetensi keahlian (UKK) '], [(90, 92.5), (91, 89.7), (92, 94.2), (93, 95.0)]),
 ('K04', 'L', 'nilai', S1, ['Rata-rata nilai Ujian Sekolah', 'Nilai rata-rata Ujian Sekolah', None, None], [(78, 79.4), (78.5, 80.1), None, None]),
 ('K04b', 'L', 'nilai', S1, [None, None, 'Rata-rata nilai Asesmen Sumatif Akhir Jenjang', 'Nilai rata-rata asesmen sumatif akhir jenjang (ASAJ)'], [None, None, (79, 81.3), (80, 80.6)]),
 ('K14', 'F', 'sertifikat', S1, ['Jumlah sertifikat kompetensi yang diterbitkan LSP P1', 'Jumlah sertifikat kompetensi yg diterbitkan LSP-P1', 'Jumlah Sertifikat Kompetensi Yang Diterbitkan LSP P1', 'Jumlah sertifikat kompetensi\nyang diterbitkan LSP P1'], [(120, 126), (130, 0), (140, 151), (150, 158)]),
 ('K18', 'F', 'orang', S1, [None, 'Jumlah siswa yang mengikuti Praktik Kerja Lapangan (PKL)', 'Jumlah siswa mengikuti PKL di DUDI', 'Jumlah peserta didik yang melaksanakan PKL'], [None, (140, 142), (145, 139), (150, 153)]),
 ('K05', 'F', 'orang', S2, ['Jumlah siswa baru yang diterima', 'Jumlah Siswa Baru Yang Diterima', 'Jumlah peserta didik baru yang diterima', 'Jumlah peserta didik baru (PPDB) yang diterima'], [(144, 144), (144, 139), (150, 150), (150, 147)]),
 ('K06', 'L', 'orang', S2, ['Jumlah siswa seluruhnya', 'Jumlah seluruh siswa', 'Jumlah peserta didik seluruhnya', 'Jumlah peserta didik (seluruh tingkat)'], [(420, 417), (430, 421), (440, 436), (445, 441)]),
 ('K07', 'F', 'orang', S2, ['Jumlah siswa laki-laki penerima PIP', 'Jumlah siswa penerima PIP (laki-laki)', 'Jumlah siswa penerima Program Indonesia Pintar - laki-laki', None], [(90, 94), (95, 91), (95, 98), None]),
 ('K08', 'F', 'orang', S2, ['Jumlah siswa perempuan penerima PIP', 'Jumlah siswa penerima PIP (perempuan)', 'Jumlah siswa penerima Program Indonesia Pintar - perempuan', None], [(60, 57), (60, 63), (65, 66), None]),
 ('K07m', 'F', 'orang', S2, [None, None, None, 'Jumlah siswa penerima Program Indonesia Pintar (PIP)'], [None, None, None, (165, 171)]),
 ('K09', 'L', 'Ha', S2, ['Luas lahan praktik yang dimanfaatkan', 'Luas lahan praktik yang dimanfaatkan (Ha)', 'Luas lahan praktek yang dimanfaatkan', 'Luas lahan praktik siswa yang dimanfaatkan'], [(18, 17.5), (18, 18.2), (19, 18.6), (20, 19.4)]),
 ('K10', 'F', 'Rp', S2, ['Nilai hasil produksi teaching factory', 'Nilai Hasil Produksi Teaching Factory (TeFa)', 'Hasil penjualan produk teaching factory', 'Nilai hasil produksi teaching factory (Rp)'], [(150000000, 162350000), (175000000, 168900000), (412.5, 398.25), (450000000, 0)]),
 ('K11', 'L', 'mitra', S2, ['Jumlah mitra DUDI yang bekerja sama', 'Jumlah mitra DU/DI yang bekerjasama', 'Jumlah mitra dunia usaha/dunia industri yang menjalin kerja sama', 'Jumlah mitra DUDI yang bekerja sama (MoU aktif)'], [(250, 24), (28, 29), (30, 31), (32, 35)]),
 ('K12', 'L', '%', S2, ['Persentase guru bersertifikat pendidik', 'Persentase guru yang bersertifikat pendidik', 'Persentase guru bersertifikasi pendidik', 'Persentase Guru Bersertifikat Pendidik'], [(75, 76.5), (78, 77.1), (80, 0.87), (82, 83.3)]),
 ('K13', 'L', '%', S2, ['Persentase guru produktif yang mengikuti magang industri', 'Persentase guru produktif magang di industri', 'Persentase guru kejuruan yang mengikuti magang di industri', 'Persentase guru produktif yg mengikuti magang industri'], [(40, 35.0), (45, 47.6), (50, 52.4), (55, 54.8)]),
 ('K15', 'L', 'predikat', S2, ['Predikat SAKIP unit kerja', 'Predikat SAKIP Unit Kerja', 'Predikat hasil evaluasi SAKIP UPTD', 'Predikat SAKIP unit kerja'], [(None, None)] * 4),
 ('K16', 'L', 'nilai', S2, ['Indeks Kepuasan Masyarakat (IKM)', 'Nilai Indeks Kepuasan Masyarakat', 'Nilai Survei Kepuasan Masyarakat (SKM)', 'Indeks Kepuasan Masyarakat'], [(80, 82.5), (82, 83.1), (82, 84.07), (83, 85.2)]),
 ('K17', 'L', '%', S2, ['Persentase sarana prasarana praktik dalam kondisi baik', 'Persentase sarpras praktik kondisi baik', 'Persentase sarana dan prasarana praktik dalam kondisi baik', 'Persentase sarana prasarana praktik dalam kondisi baik'], [(85, 86.0), (86, 84.5), (87, 88.9), (88, 90.1)]),
 ('K20', 'L', '%', S2, [None, None, 'Angka putus sekolah', 'Angka Putus Sekolah (%)'], [None, None, (1, 0.7), (1, 0.5)]),
]
O = {
 ('K11', 2020): {'mis': ('target typed 10x (25 -> 250)', 't')},
 ('K16', 2020): {'tw': '≥ 80', 'rw': '82,5'},
 ('K15', 2020): {'tw': 'BB', 'rw': 'B'},
 ('K03', 2020): {'name': 'Persentase siswa yang lulus Uji Kompetensi', 'cont': 'Keahlian (UKK)'},
 ('K10', 2020): {'tw': 'Rp 150.000.000,-', 'rw': 'Rp 162.350.000,-'},
 ('K06', 2020): {'in_sas': True},
 ('K14', 2021): {'q': [18, 30, 850, 41], 'r': 939, 'mis': ('TW III realisasi typed 10x (85 -> 850)', 'r')},
 ('K15', 2021): {'tw': 'BB', 'q': ['-', '-', '-', 'B'], 'r': None},
 ('K13', 2021): {'q': ['-', 31.5, 40.2, '-'], 'r': 40.2},
 ('K05', 2021): {'q': ['-', '-', 139, '-'], 'r': 139},
 ('K01', 2021): {'tw': '70 - 75', 't': 70},
 ('K10', 2022): {'unit': 'Rp juta', 'mis': ('unit changes to Rp juta (full rupiah in other years)', 'r')},
 ('K12', 2022): {'mis': ('fraction typed in a plain cell (0,87 for 87 %)', 'r')},
 ('K15', 2022): {'tw': 'BB', 'rw': 'BB'},
 ('K16', 2022): {'rw': '84,07*)'},
 ('K14', 2022): {'rw': '151*)'},
 ('K10', 2023): {'rformula': '=M%(r)d+O%(r)d+Q%(r)d', 'q': [92000000, 118500000, 121300000, 130500000], 'r': 331800000, 'mis': ('wrong formula: realisasi K omits TW IV', 'r')},
}
D = build(ag, IND, Y, O)
# K10 2023 wrong formula cached value = TW I..III
PL, KS, NM, NIP = 'Lembah Sentosa', 'Kepala UPTD SMK Pertanian Pembangunan Negeri', 'Ir. Hendrawan Saputra Lubis, M.P.', '19710314 199803 1 006'

# ---- workbook 1: PK 2020 + RA 2021 (xlsx) + hidden stale sheet
F1 = 'PK_dan_Rencana_Aksi_2020_2021.xlsx'
w = ag.wb(F1)
ws = w.create_sheet('PK 2020')
r = title(ws, ['PENGUKURAN KINERJA', 'UPTD SMK PERTANIAN PEMBANGUNAN NEGERI', 'DINAS PENDIDIKAN PROVINSI LEMBAH SENTOSA', 'TAHUN ANGGARAN 2020'], 7)
r = pk(ag, F1, ws, 2020, D[2020], r, draft=('K09', 'Luas lahan praktik (draft lama)', 15, 14.1))
ws.cell(r + 1, 2, 'Jumlah anggaran UPTD: Rp 2.845.600.000,-'); ws.cell(r + 2, 2, 'Rata-rata capaian'); ws.cell(r + 2, 7, '=AVERAGE(G8:G%d)' % (r - 1))
ws.cell(r + 3, 2, '*) angka sementara, menunggu verifikasi Dinas')
sign(ws, r + 5, 5, PL, '15 Januari 2021', KS, NM, NIP)
ag.layouts.append((2020, F1, 'PK 2020', 'PK table with sasaran bands, % cells formatted as %, hidden draft row, K06 typed in the Sasaran column, K03 wrapped over two rows'))
ws = w.create_sheet('RA 2021')
r = title(ws, ['RENCANA AKSI DAN REALISASI KINERJA TRIWULANAN', 'UPTD SMK PP NEGERI LEMBAH SENTOSA', 'TAHUN 2021'], 13)
D[2021][0]['sas_row'] = 'Sasaran 1: ' + S1
[i for i in D[2021] if i['sas'] == S2][0]['sas_row'] = 'Sasaran 2: ' + S2
r = tw(ag, F1, ws, 2021, D[2021], r)
ws.cell(r + 1, 2, 'Catatan: TW yang kosong/"-" belum dilaporkan.')
sign(ws, r + 3, 9, PL, '10 Januari 2022', KS, NM, NIP)
ag.layouts.append((2021, F1, 'RA 2021', 'Rencana Aksi TW I-IV T/R column pairs, no annual realisasi column'))
ws = w.create_sheet('PK 2020 (lama)'); ws.sheet_state = 'hidden'
ws['A1'] = 'draft - jangan dipakai'
for k, i in enumerate(D[2020][:8], 3): ws.cell(k, 1, i['name']); ws.cell(k, 2, 99); ws.cell(k, 3, 11)

# ---- workbook 2: LKjIP 2022 on two sheets (xls)
F2 = 'LKjIP_2022_Bab_III.xls'
w = ag.wb(F2)
for sh, sas, tl in (('Tabel 3.1', S1, 'Tabel 3.1 Capaian Sasaran 1'), ('Tabel 3.2', S2, 'Tabel 3.2 Capaian Sasaran 2')):
    ws = w.create_sheet(sh)
    r = title(ws, ['BAB III AKUNTABILITAS KINERJA', tl, 'Sasaran: ' + sas], 9)
    items = [i for i in D[2022] if i['sas'] == sas]
    for i in items:
        p = {2020: None, 2021: None}
        for y in (2020, 2021):
            for j in D[y]:
                if j['id'] == i['id']: p[y] = j['r'] if isinstance(j['r'], (int, float)) else None
        i['prev'] = (p[2020], p[2021]); i['akhir'] = i['t']
    r = lkjip(ag, F2, ws, 2022, items, r)
    ws.cell(r + 1, 1, 'Sumber: data UPTD SMK PP Negeri, diolah.')
ag.layouts.append((2022, F2, 'Tabel 3.1 + Tabel 3.2', 'LKjIP chapter III, one year spread over two sheets (one per sasaran), realisasi 2020/2021 shown, target akhir Renstra'))
ws = w.create_sheet('Catatan'); ws['A1'] = 'Catatan: nilai TeFa 2022 disajikan dalam Rp juta.'; ws['A2'] = 'Predikat SAKIP: hasil evaluasi Inspektorat Provinsi.'

# ---- workbook 3: E.81 2023 (ods)
F3 = 'Evaluasi_Renja_2023_E81.ods'
w = ag.wb(F3)
ws = w.create_sheet('E.81 2023')
r = title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI LEMBAH SENTOSA', 'RENJA UPTD SMK PP NEGERI - DINAS PENDIDIKAN', 'PERIODE PELAKSANAAN: TAHUN 2023', 'Indikator dan Target Kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya mutu pendidikan menengah kejuruan'], 24)
it23 = {i['id']: i for i in D[2023]}
G = [('1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', None, [it23[k] for k in ('K01', 'K02', 'K03', 'K04b')]),
     ('1.01.02.2.01', 'Pengelolaan Pendidikan Sekolah Menengah Kejuruan', 1850000000, [it23[k] for k in ('K05', 'K06', 'K07m', 'K20')]),
     ('1.01.02.2.01.0010', 'Penyelenggaraan Proses Belajar dan Ujian bagi Peserta Didik', 640000000, [it23[k] for k in ('K14', 'K18', 'K13')]),
     ('1.01.02.2.01.0018', 'Pengelolaan Teaching Factory dan Lahan Praktik', 415000000, [it23[k] for k in ('K10', 'K09', 'K11', 'K17')]),
     ('1.01.02.2.01.0022', 'Penjaminan Mutu Layanan Pendidikan', 210000000, [it23[k] for k in ('K12', 'K16', 'K15')])]
it23['K15']['tw'] = 'BB'; it23['K15']['q'] = ['-', '-', '-', 'BB']; it23['K15']['rw'] = 'BB'
it23['K10']['akhir'] = 500000000
r = e81(ag, F3, ws, 2023, G, r)
sign(ws, r + 1, 18, PL, '20 Januari 2024', KS, 'Dra. Maria Sitohang, M.Pd.', '19760822 200112 2 003')
ag.layouts.append((2023, F3, 'E.81 2023', 'Permendagri 86 E.81, numbered columns, K/Rp pairs, program/kegiatan/sub kegiatan rows, realisasi K is a formula'))
ws = w.create_sheet('Keterangan'); ws['A1'] = 'K = kinerja, Rp = anggaran. Kolom 14 = jumlah TW I s.d. IV (untuk indikator kumulatif).'
ag.save()
