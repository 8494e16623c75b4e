from lib import *
ag = Agency('uptd_pengelolaan_sampah_tpst_kota_batu_merah', 'UPTD Pengelolaan Sampah dan TPST', 'S', [2019, 2020, 2021, 2022])
S1, S2 = 'Meningkatnya pengurangan dan penanganan sampah', 'Meningkatnya kualitas layanan persampahan'
Y = lambda a, b, c, d: {k: v for k, v in zip((2019, 2020, 2021, 2022), (a, b, c, d)) if v is not None}
IND = [
 ('S01', 'ton', 'F', 52000, Y('Jumlah sampah yang tertangani', 'Jumlah sampah tertangani (ton)', 'Jml sampah yg tertangani', 'Jumlah Sampah Yang Ditangani'), S1),
 ('S02', '%', 'L', 72, Y('Persentase sampah yang tertangani', 'Prosentase sampah tertangani', 'Persentase penanganan sampah', 'Persentase Sampah Tertangani '), S1),
 ('S03', 'ton', 'F', 6800, Y('Jumlah sampah yang dikurangi melalui 3R', 'Jumlah pengurangan sampah melalui 3R', 'Jumlah sampah yg dikurangi lewat 3R (ton)', 'Jumlah pengurangan sampah (3R)'), S1),
 ('S04', '%', 'L', 18, Y('Persentase pengurangan sampah', 'Persentase sampah yang dikurangi', 'Prosentase pengurangan sampah', 'Persentase Pengurangan Sampah'), S1),
 ('S05', 'ton', 'F', 2100, Y('Jumlah sampah organik yang diolah menjadi kompos', 'Jumlah sampah organik diolah menjadi kompos', 'Jumlah sampah organik yg dikomposkan', 'Jml sampah organik diolah jd kompos'), S1),
 ('S06', 'ton', 'F', 650, Y('Jumlah kompos yang dihasilkan', 'Jumlah produksi kompos', 'Jumlah kompos dihasilkan (ton)', 'Jumlah kompos yang diproduksi TPST'), S1),
 ('S07', 'ton', 'F', 380, Y('Jumlah kompos yang disalurkan', 'Jumlah kompos yg disalurkan ke masyarakat', 'Jumlah kompos yang didistribusikan', 'Jumlah kompos didistribusikan'), S1),
 ('S08', 'unit', 'L', 24, Y('Jumlah bank sampah aktif', 'Jumlah bank sampah yang aktif', 'Jumlah Bank Sampah Aktif', 'Jml bank sampah aktif'), S1),
 ('S09', 'unit', 'F', 6, Y('Jumlah bank sampah baru', 'Jumlah bank sampah yang baru dibentuk', 'Jumlah bank sampah baru terbentuk', 'Jumlah Bank Sampah Baru'), S1),
 ('S10', 'ritase', 'F', 9800, Y('Jumlah ritase pengangkutan sampah ke TPA', 'Jumlah ritase angkutan sampah ke TPA', 'Jumlah ritase pengangkutan sampah ke TPA ', 'Ritase pengangkutan sampah ke TPA'), S2),
 ('S11', 'unit', 'L', 38, Y('Jumlah armada pengangkut sampah yang beroperasi', 'Jumlah armada angkutan sampah yg beroperasi', 'Jumlah armada pengangkut sampah laik operasi', 'Jumlah Armada Pengangkut Sampah Beroperasi'), S2),
 ('S12', 'Rp', 'F', 1850000000, Y('Pendapatan retribusi pelayanan persampahan', 'Retribusi pelayanan persampahan', 'Retribusi pelayanan persampahan (Rp juta)', 'Realisasi retribusi pelayanan persampahan/kebersihan'), S2),
 ('S13', '%', 'L', 65, Y('Persentase wilayah yang terlayani pengangkutan sampah', 'Persentase kelurahan terlayani pengangkutan sampah', None, None), S2),
 ('S13a', '%', 'L', 70, Y(None, None, 'Cakupan pelayanan pengangkutan sampah (%)', 'Cakupan pelayanan pengangkutan sampah'), S2),
 ('S14', 'TPS', 'L', 112, Y('Jumlah TPS yang dikelola', 'Jumlah TPS dikelola', None, None), S2),
 ('S14r', 'unit', 'L', 9, Y('Jumlah TPS3R yang dikelola', 'Jumlah TPS 3R dikelola', None, None), S2),
 ('S14m', 'unit', 'L', 124, Y(None, None, 'Jumlah TPS & TPS3R yang dikelola', 'Jumlah TPS dan TPS 3R yang dikelola'), S2),
 ('S15', 'nilai', 'L', 80, Y('Indeks Kepuasan Masyarakat', 'Indeks Kepuasan Masyarakat (IKM)', 'IKM layanan persampahan', 'Indeks kepuasan masyarakat thd layanan persampahan'), S2),
 ('S16', 'ton', 'F', 300, Y('Jumlah sampah plastik yang didaur ulang', 'Jumlah sampah plastik didaur ulang', 'Jml sampah plastik yg didaur ulang', 'Jumlah sampah plastik yang di daur ulang'), S1),
 ('S17', 'ton', 'F', 120, Y(None, 'Jumlah sampah B3 rumah tangga yang dipilah', 'Jumlah sampah B3 rumah tangga dipilah', 'Jumlah sampah B3 RT yang dipilah'), S1),
 ('S18', 'kali', 'F', 36, Y('Jumlah sosialisasi pengelolaan sampah', 'Jumlah sosialisasi pengelolaan sampah kepada masyarakat', None, None), S1),
 ('S18b', 'kali', 'F', 40, Y(None, None, 'Jumlah kegiatan edukasi dan sosialisasi pengurangan sampah', 'Jumlah edukasi & sosialisasi pengurangan sampah'), S1),
 ('S19', 'hari', 'L', 3, Y(None, None, None, 'Rata-rata waktu tinggal sampah di TPS'), S2),
]
ag.ambiguous = [['S18', 'S18b']]
# ---- 2019: Renstra matrix (targets 2019-2023, realisasi 2019); planted: S01 target typed 1000x in the year's column
F1 = 'Matriks_Renstra_Realisasi_TPST_2019.xls'
wb = ag.book(F1)
E = entries(IND, 2019, 2019, 22, {('S01', 2019): dict(t=(52000000, 'num'), ty={2020: (54080, 'num'), 2021: (56160, 'num'), 2022: (58240, 'num'), 2023: (60320, 'num')}),
                                  ('S12', 2019): dict(t=(1850000000, 'rp'), r=(1712400500, 'rp')),
                                  ('S15', 2019): dict(r=(None, 'grade:B')), ('S02', 2019): dict(cont='(rumah tangga dan sejenis)')})
ws = wb.create_sheet('Renstra 2019-2023')
r = titles(ws, ['MATRIKS RENCANA STRATEGIS DAN REALISASI TAHUN 2019', 'UPTD PENGELOLAAN SAMPAH DAN TPST KOTA BATU MERAH'], 11)
r = renstra(ag, F1, ws, 2019, E, r + 1, 2019)
sign(ws, r + 2, 'I', 'Batu Merah', 2019, 'Ir. Bambang Setiawarman', '19680921 199403 1 007', 'Kepala UPTD')
# ---- 2020 PK (Awal/Perubahan, sasaran in column B) and 2021 monthly recap in one workbook
F2 = 'PK_dan_Rekap_Bulanan_TPST_2020_2021.ods'
wb = ag.book(F2)
E = entries(IND, 2020, 2019, 22, {('S12', 2020): dict(t=(1924000000, 'rp'), r=(1801250000, 'rp')), ('S08', 2020): dict(t=(25, 'ge')),
                                  ('S09', 2020): dict(r=(None, 'dash')), ('S15', 2020): dict(in_sas=True)}, pct_style='pcttxt')
E.sort(key=lambda e: [S1, S2].index(e['sas']))
ws = wb.create_sheet('PK 2020')
r = titles(ws, ['PERJANJIAN KINERJA PERUBAHAN TAHUN 2020', 'UPTD Pengelolaan Sampah dan TPST'], 8)
r = pk(ag, F2, ws, 2020, E, r + 1, band=False, perubahan=True)
put(ws, f"A{r+2}", '(salinan)')             # table pasted twice: second copy, not key rows
for i, e in enumerate(E[:5]): put(ws, f"C{r+3+i}", e['name'])
# 2021 monthly recap: planted S12 in Rp juta (unit change), S03 one month typed 10x
E = entries(IND, 2021, 2019, 22, {('S12', 2021): dict(sat='Rp juta', t=(2000, 'num'))})
for e in E:
    if e['id'] == 'S12': e['m'] = [round(x / 1e6, 1) for x in e['m']]
    if e['id'] == 'S03': e['m'][6] = e['m'][6] * 10
    if e['id'] == 'S09': e['m'] = [None] * 5 + [1, None, 2, None, None, 1, None]
    if e['id'] == 'S15': e['m'] = [None] * 5 + [81.2] + [None] * 5 + [82.4]
ws = wb.create_sheet('Rekap Bulanan 2021')
r = titles(ws, ['REKAPITULASI CAPAIAN KINERJA BULANAN', 'TAHUN ANGGARAN 2021'], 17)
r = monthly(ag, F2, ws, 2021, E, r + 1)
put(ws, f"B{r+1}", 'Catatan: bulan yang bertanda "-" belum dilaporkan')
# ---- 2022 cards; planted: S02 target typed as fraction in a plain cell
F3 = 'Kartu_IKU_TPST_2022.xlsx'
wb = ag.book(F3)
E = entries(IND, 2022, 2019, 22, {('S02', 2022): dict(t=(0.745, 'num')), ('S12', 2022): dict(t=(2072000000, 'rp'), r=(2110450000, 'rp2')),
                                  ('S04', 2022): dict(t=(20, 'pct0'), r=(19.5, 'pct'))})
ws = wb.create_sheet('Kartu IKU 2022')
r = titles(ws, ['KARTU INDIKATOR KINERJA TAHUN 2022', 'UPTD Pengelolaan Sampah dan TPST Kota Batu Merah'], 5)
r = cards(ag, F3, ws, 2022, E, r + 1)
ws2 = wb.create_sheet('Catatan'); put(ws2, 'A1', 'Data ritase dari aplikasi timbangan TPA Bukit Kelam.')
ag.save()
