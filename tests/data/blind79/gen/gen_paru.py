"""UPTD RS Khusus Paru, Dinkes Provinsi Bukit Kenanga, 2020-2023 (prefix P)."""
from lib import *

SLUG = 'uptd_rsk_paru_prov_bukit_kenanga'
S1 = 'Meningkatnya mutu pelayanan kesehatan paru rujukan'
S2 = 'Meningkatnya pengendalian penyakit TB paru'
S3 = 'Meningkatnya akuntabilitas dan tata kelola BLUD'
T = [
 ('P01', 'L', '%', S1, {2020: 'Bed Occupancy Rate (BOR)', 2021: 'Angka Penggunaan Tempat Tidur (BOR)',
                        2022: '1. BOR (Bed Occupancy Rate)', 2023: 'Bed Occupancy Ratio (BOR) '}),
 ('P02', 'L', 'hari', S1, {2020: 'Average Length of Stay (ALOS)', 2021: 'Rata-rata lama hari rawat (ALOS)',
                           2022: '2. ALOS', 2023: 'Average Length Of Stay'}),
 ('P03', 'F', 'kunjungan', S1, {2020: 'Jumlah kunjungan pasien rawat jalan', 2021: 'Jumlah Kunjungan Rawat Jalan',
                                2022: '3. Jml kunjungan pasien rawat jalan', 2023: 'Jumlah kunjungan rawat jalan (total)'}),
 ('P04', 'F', 'kunjungan', S1, {2020: 'Jumlah kunjungan pasien baru rawat jalan', 2021: 'Jumlah Kunjungan Baru Rawat Jalan',
                                2022: '4. Jml kunjungan baru pasien rawat jalan', 2023: 'Jumlah kunjungan rawat jalan baru'}),
 ('P05', 'F', 'orang', S2, {2020: 'Jumlah pasien TB MDR yang diobati', 2021: 'Jumlah pasien TB RO/MDR yg diobati',
                            2022: 'Jumlah Pasien TB Resisten Obat yang Diobati', 2023: 'Jumlah pasien TB RO yang mendapat pengobatan'}),
 ('P06', 'L', '%', S2, {2020: 'Persentase pasien TB MDR yang diobati', 2021: 'Prosentase pasien TB RO/MDR yg diobati',
                        2022: 'Persentase Pasien TB Resisten Obat yang Diobati', 2023: '% pasien TB RO yang mendapat pengobatan'}),
 ('P07', 'L', '%', S1, {2020: 'Persentase kepuasan pasien', 2021: 'Tingkat kepuasan pasien (%)'}),
 ('P07b', 'L', 'nilai', S1, {2022: 'Indeks Kepuasan Masyarakat (IKM)', 2023: 'Tingkat Kepuasan Pasien\n(nilai IKM)'}),
 ('P08', 'L', '‰', S1, {2020: 'Net Death Rate (NDR)', 2021: 'Angka kematian bersih (NDR) ≥ 48 jam',
                        2022: 'NDR', 2023: 'Net Death Rate (NDR) (‰)'}),
 ('P09', 'L', '‰', S1, {2020: 'Gross Death Rate (GDR)', 2021: 'Angka kematian kotor (GDR)',
                        2022: 'GDR', 2023: 'Gross Death Rate (GDR) (‰)'}),
 ('P10', 'L', '%', S1, {2020: 'Persentase kesesuaian penggunaan obat dengan formularium',
                        2021: 'Prosentase kesesuaian obat dg formularium', 2022: 'Kepatuhan penggunaan formularium nasional',
                        2023: 'Persentase kepatuhan thd Formularium Nasional'}),
 ('P11', 'F', 'Rp', S3, {2020: 'Realisasi pendapatan BLUD', 2021: 'Jumlah pendapatan BLUD (Rp)',
                         2022: 'Pendapatan Operasional BLUD', 2023: 'Realisasi Pendapatan BLUD Rumah Sakit'}),
 ('P12', 'L', '%', S2, {2020: 'Cakupan penemuan dan pengobatan kasus TB', 2021: 'Cakupan penemuan & pengobatan kasus TB paru'}),
 ('P12n', 'L', '%', S2, {2022: 'Angka penemuan kasus TB (CDR)', 2023: 'Case Detection Rate (CDR) TB'}),
 ('P12p', 'L', '%', S2, {2022: 'Angka keberhasilan pengobatan TB (success rate)', 2023: 'Treatment Success Rate TB'}),
 ('P13', 'L', 'menit', S1, {2020: 'Waktu tunggu pelayanan rawat jalan', 2021: 'Waktu tunggu rawat jalan (menit)',
                            2022: 'Rata-rata waktu tunggu rawat jalan', 2023: 'Waktu Tunggu Rawat Jalan ≤ 60 menit'}),
 ('P14', 'L', '%', S3, {2020: ('Persentase SDM kesehatan yang mengikuti', 'pelatihan min. 20 jam'),
                        2021: 'Persentase pegawai yg mengikuti pelatihan 20 jam/tahun',
                        2022: 'Persentase SDM yang Mendapat Pelatihan minimal 20 Jam',
                        2023: 'Persentase pegawai dengan pelatihan ≥ 20 jam per tahun'}),
 ('P15', 'L', '%', S1, {2022: 'Persentase kelengkapan rekam medis elektronik', 2023: 'Persentase kelengkapan pengisian RME dalam 24 jam'}),
 ('P16', 'F', 'pemeriksaan', S1, {2020: 'Jumlah pemeriksaan foto thorax', 2021: 'Jumlah pemeriksaan rontgen thorax'}),
 ('P17', 'L', '%', S3, {2020: 'Persentase realisasi anggaran', 2021: 'Persentase penyerapan anggaran',
                        2022: 'Tingkat serapan anggaran', 2023: 'Persentase Realisasi Anggaran Belanja'}),
 ('P18', 'F', 'Rp', S3, {2020: 'Jumlah realisasi belanja', 2021: 'Realisasi belanja langsung (Rp)',
                         2022: 'Realisasi belanja operasional', 2023: 'Realisasi belanja operasional RS'}),
 ('P19', 'L', '%', S1, {2020: 'Angka kejadian infeksi nosokomial', 2021: 'Angka infeksi nosokomial (HAIs)',
                        2022: 'Kejadian Infeksi Terkait Pelayanan Kesehatan (HAIs)', 2023: 'Angka HAIs\n(Phlebitis, ISK, IDO)'}),
]
ORDER = lambda items: sorted(items, key=lambda it: (it['sas'] != S1, it['sas'] != S2, it['id']))

ag = Agency(SLUG, 'UPTD Rumah Sakit Khusus Paru', 'Dinas Kesehatan Provinsi Bukit Kenanga', [2020, 2021, 2022, 2023], 'Kenanga Raya')
HEAD = ['PEMERINTAH PROVINSI BUKIT KENANGA', 'DINAS KESEHATAN', 'UPTD RUMAH SAKIT KHUSUS PARU']

# ---------------- workbook 1 (.xlsx): PK 2020 + LKjIP table III 2021 + hidden stale sheet + notes
F1 = 'LKjIP_RSKParu_2020_2021.xlsx'
wb = ag.book(F1)
ws = wb.create_sheet('PK 2020')
it20 = ORDER(make_items('P', T, 2020, tmodes=('num', 'num', 'txt'), rmodes=('num', 'txt', 'star', 'pf')))
d = by_id(it20)
d['P13']['t'] = n(600)                      # MISTAKE: target typed 10x (60 menit)
d['P01']['t'] = rng_txt(75, 80)            # range -> lower bound
d['P10']['t'] = ge(90)                     # comparison sign dropped
d['P11']['t'] = txt(d['P11']['tv'], 'Rp'); d['P11']['r'] = txt(d['P11']['rv'], 'Rp')
d['P16']['draft'] = ('Jumlah pemeriksaan CT-Scan thorax', 480, 455)   # hidden draft row
r = title(ws, ['PENGUKURAN KINERJA', 'UPTD RUMAH SAKIT KHUSUS PARU PROVINSI BUKIT KENANGA', 'TAHUN ANGGARAN 2020'], 7)
r = layout_pk(ag, F1, ws, 2020, it20, None, r)
ws.cell(r + 1, 2, 'Catatan: *) angka sementara s.d. 28 Desember 2020')
ws.cell(r + 2, 2, 'Anggaran program: Rp 18.450.000.000,-  Realisasi: Rp 17.102.335.000,-')
sign(ws, r + 4, 'F', 'Kenanga Raya', 2020, 'Direktur,', 'dr. Hendrawan Situmeang, Sp.P', '19710312 200003 1 004')

ws = wb.create_sheet('Tabel 3.1 (2021)')
it21 = ORDER(make_items('P', T, 2021, tmodes=('num', 'pf'), rmodes=('num', 'pf', 'txt')))
d = by_id(it21)
d['P10']['r'] = n(0.912)                   # MISTAKE: fraction typed into a plain cell
d['P05']['r'] = star(d['P05']['rv'])
d['P17']['sascol'] = True                  # name typed into the sasaran column
prev = {it['id']: (round(it['rv'] * 0.93, 1), round(it['rv'] * 0.97, 1)) for it in it21}
r = title(ws, ['BAB III AKUNTABILITAS KINERJA', 'Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2021'], 11)
r = layout_lkjip(ag, F1, ws, 2021, it21, r, 2023, prev)
ws.cell(r + 1, 2, 'Sumber: Instalasi Rekam Medis dan Bagian Keuangan, diolah')

ws = wb.create_sheet('PK 2020 (lama)')                 # hidden sheet with stale figures
ws.sheet_state = 'hidden'
ws['A1'] = 'DRAFT PK 2020 - jangan dipakai'
for i, it in enumerate(it20[:8]):
    ws.cell(3 + i, 2, it['name']); ws.cell(3 + i, 3, 70 + i); ws.cell(3 + i, 4, 60 + i)
ws = wb.create_sheet('Catatan')
ws['A1'] = 'Catatan penyusunan:'
ws['A2'] = 'Data 2021 sudah diverifikasi Inspektorat; data BLUD dari laporan keuangan unaudited.'

# ---------------- workbook 2 (.xls): Rencana Aksi 2022, quarterly, no annual realisasi, table pasted twice
F2 = 'Rencana_Aksi_TW_2022.xls'
wb = ag.book(F2)
ws = wb.create_sheet('RA 2022')
it22 = ORDER(make_items('P', T, 2022, tmodes=('num',), rmodes=('num',)))
d = by_id(it22)
q = d['P03']['q'][1]; d['P03']['q'][1] = n(q.key * 10)   # MISTAKE: quarter typed 10x
d['P07b']['t'] = grade('B'); d['P07b']['q'] = [dash(), dash(), n(80.12), n(d['P07b']['rv'])]
d['P14']['q'][3] = dash()                   # level id: TW IV not reported -> TW III
d['P12n']['q'] = [n(x.key) for x in d['P12n']['q'][:3]] + [blank()]
d['P11']['t'] = n(d['P11']['tv'], '#,##0')
for it in (d['P11'], d['P18']):
    it['q'] = [n(x.key, '#,##0') for x in it['q']]
r = title(ws, ['RENCANA AKSI DAN REALISASI TRIWULANAN', 'UPTD RS KHUSUS PARU PROV. BUKIT KENANGA', 'TAHUN 2022'], 13)
r = layout_ra(ag, F2, ws, 2022, it22, r)
ws.cell(r + 1, 2, 'Ket: realisasi triwulan diisi oleh masing-masing instalasi; "-" = belum dilaporkan')
r = sign(ws, r + 3, 'J', 'Kenanga Raya', 2022, 'Direktur,', 'dr. Hendrawan Situmeang, Sp.P', '19710312 200003 1 004', '10 Januari') 
ws.cell(r, 1, 'SALINAN (lampiran 2)').font = BOLD
ag.mute = True
layout_ra(ag, F2, ws, 2022, it22[:7], r + 1)              # second copy of a pasted table: not keyed
ag.mute = False

# ---------------- workbook 3 (.ods): dashboard cards 2023 over two sheets
F3 = 'Dashboard_Kinerja_RSKP_2023.ods'
wb = ag.book(F3)
it23 = ORDER(make_items('P', T, 2023, tmodes=('num', 'pf'), rmodes=('num', 'pf', 'txt')))
d = by_id(it23)
d['P18']['t'] = n(d['P18']['tv'], '#,##0')
d['P18']['r'] = n(round(d['P18']['rv'] / 1e6, 1), '#,##0.0')   # MISTAKE: realisasi in Rp juta, target in rupiah
d['P11']['t'] = txt(d['P11']['tv'], 'Rp')
d['P13']['t'] = ge(60, '≤')
layan = [it for it in it23 if it['sas'] == S1]
lain = [it for it in it23 if it['sas'] != S1]
ws = wb.create_sheet('Pelayanan')
r = title(ws, ['DASHBOARD KINERJA 2023 - INDIKATOR PELAYANAN', 'RS Khusus Paru Provinsi Bukit Kenanga (posisi 31 Desember 2023)'], 12)
layout_cards(ag, F3, ws, 2023, layan, r)
ws = wb.create_sheet('TB & Manajemen')
r = title(ws, ['DASHBOARD KINERJA 2023 - PENGENDALIAN TB DAN MANAJEMEN'], 12)
r = layout_cards(ag, F3, ws, 2023, lain, r)
ws.cell(r, 2, 'Sumber: SIMRS dan SIPD, ditarik 5 Januari 2024')

ag.save([['P07', 'P07b']])
