"""UPTD Balai Pelestarian Bahasa dan Sastra Daerah, Disdikbud Kabupaten Rantau Pandan, 2021-2024 (prefix B)."""
from lib import *

SLUG = 'uptd_balai_bahasa_kab_rantau_pandan'
S1 = 'Meningkatnya pelestarian bahasa daerah Rantau Pandan'
S2 = 'Terlestarikannya naskah dan karya sastra daerah'
S3 = 'Meningkatnya kualitas tata kelola UPTD'
T = [
 ('B01', 'F', 'bahasa', S1, {2021: 'Jumlah bahasa daerah yang direvitalisasi', 2022: 'Jumlah Bahasa Daerah yang Direvitalisasi',
                             2023: 'Jml bahasa daerah yg direvitalisasi', 2024: 'Bahasa daerah yang direvitalisasi'}),
 ('B02', 'F', 'orang', S1, {2021: 'Jumlah penutur muda peserta revitalisasi bahasa daerah', 2022: 'Jumlah penutur muda (siswa) peserta revitalisasi',
                            2023: 'Jumlah Penutur Muda Peserta Revitalisasi', 2024: 'Jumlah siswa penutur muda yang mengikuti revitalisasi'}),
 ('B03', 'F', 'orang', S1, {2021: 'Jumlah guru master bahasa daerah yang dilatih', 2022: 'Jumlah guru master yg dilatih',
                            2023: 'Jumlah Guru Master Bahasa Daerah', 2024: 'Guru master bahasa daerah terlatih'}),
 ('B04', 'F', 'naskah', S2, {2021: 'Jumlah naskah kuno yang dikonservasi', 2022: 'Jumlah naskah kuno yg dikonservasi',
                             2023: 'Jumlah Naskah Kuno yang Dirawat / Dikonservasi', 2024: 'Naskah kuno dikonservasi'}),
 ('B05', 'F', 'naskah', S2, {2021: 'Jumlah naskah kuno yang didigitalisasi', 2022: 'Jumlah naskah kuno yg didigitalisasi',
                             2023: 'Jumlah Naskah Kuno yang Didigitalisasi', 2024: 'Naskah kuno didigitalisasi'}),
 ('B06', 'L', '%', S2, {2021: 'Persentase naskah kuno yang telah didigitalisasi', 2022: 'Prosentase naskah kuno yg telah didigitalisasi',
                        2023: 'Persentase Naskah Kuno Terdigitalisasi', 2024: 'Persentase naskah kuno terdigitalisasi (kumulatif)'}),
 ('B07', 'F', 'judul', S1, {2021: 'Jumlah kamus dan bahan ajar bahasa daerah yang diterbitkan', 2022: 'Jumlah kamus & bahan ajar bahasa daerah yg dicetak',
                            2023: 'Jumlah Kamus dan Bahan Ajar Bahasa Daerah yang Diterbitkan', 2024: 'Kamus / bahan ajar bahasa daerah terbit'}),
 ('B08', 'F', 'eksemplar', S1, {2021: 'Jumlah buku bacaan cerita rakyat yang disalurkan ke sekolah', 2022: 'Jumlah buku cerita rakyat yg didistribusikan ke sekolah',
                                2023: 'Jumlah Buku Bacaan Cerita Rakyat yang Didistribusikan', 2024: 'Buku cerita rakyat disalurkan ke sekolah (eksemplar)'}),
 ('B09', 'L', 'sekolah', S1, {2021: 'Jumlah sekolah yang menerapkan muatan lokal bahasa daerah', 2022: 'Jumlah sekolah yg menerapkan mulok bahasa daerah',
                              2023: 'Jumlah Sekolah Penerap Muatan Lokal Bahasa Daerah', 2024: 'Sekolah yang menerapkan mulok bahasa daerah'}),
 ('B10', 'L', '%', S1, {2021: 'Persentase sekolah yang menerapkan muatan lokal bahasa daerah', 2022: 'Prosentase sekolah yg menerapkan mulok bahasa daerah',
                        2023: 'Persentase Sekolah Penerap Muatan Lokal Bahasa Daerah', 2024: 'Persentase sekolah yang menerapkan mulok bahasa daerah'}),
 ('B11', 'F', 'orang', S1, {2021: 'Jumlah peserta Festival Tunas Bahasa Ibu', 2022: 'Jumlah peserta FTBI',
                            2023: 'Jumlah Peserta Festival Tunas Bahasa Ibu (FTBI)', 2024: 'Peserta Festival Tunas Bahasa Ibu'}),
 ('B12', 'F', 'lema', S1, {2021: 'Jumlah kosakata bahasa daerah yang didokumentasikan', 2022: 'Jumlah kosakata yg didokumentasikan (lema)',
                           2023: 'Jumlah Kosakata Bahasa Daerah Terdokumentasi', 2024: 'Kosakata bahasa daerah didokumentasikan'}),
 ('B13', 'L', 'indeks', S1, {2021: 'Status vitalitas bahasa daerah (skala 0-5)', 2022: 'Indeks vitalitas bahasa daerah'}),
 ('B13b', 'L', 'indeks (0-1)', S1, {2023: 'Indeks Daya Hidup Bahasa Daerah', 2024: 'Indeks daya hidup bahasa daerah (IDHB)'}),
 ('B14', 'F', 'judul', S2, {2021: 'Jumlah karya sastra daerah yang diterjemahkan dan dialihwahanakan',
                            2022: 'Jumlah karya sastra daerah yg diterjemahkan & dialihwahanakan'}),
 ('B14t', 'F', 'judul', S2, {2023: 'Jumlah Karya Sastra Daerah yang Diterjemahkan', 2024: 'Karya sastra daerah diterjemahkan'}),
 ('B14a', 'F', 'judul', S2, {2023: 'Jumlah Karya Sastra Daerah yang Dialihwahanakan', 2024: 'Karya sastra daerah dialihwahanakan (film/komik)'}),
 ('B15', 'L', '%', S3, {2021: 'Persentase penyerapan anggaran', 2022: 'Persentase realisasi anggaran',
                        2023: 'Persentase Penyerapan Anggaran', 2024: 'Tingkat penyerapan anggaran'}),
 ('B16', 'F', 'Rp', S3, {2021: 'Realisasi belanja UPTD', 2022: 'Jumlah realisasi belanja (Rp)',
                         2023: 'Realisasi Belanja UPTD', 2024: 'Realisasi belanja UPTD (Rp)'}),
 ('B17', 'F', 'konten', S1, {2022: 'Jumlah konten digital bahasa daerah yang dipublikasikan', 2023: 'Jumlah Konten Digital Berbahasa Daerah',
                             2024: 'Konten digital bahasa daerah dipublikasikan'}),
 ('B18', 'F', 'kegiatan', S1, {2021: 'Jumlah kegiatan penyuluhan bahasa daerah', 2022: 'Jumlah penyuluhan bahasa daerah'}),
 ('B19', 'L', 'nilai', S3, {2021: 'Indeks Kepuasan Masyarakat', 2022: 'Nilai IKM', 2023: 'Indeks Kepuasan Masyarakat (IKM)', 2024: 'IKM'}),
]
ORDER = lambda items: sorted(items, key=lambda it: (it['sas'] != S1, it['sas'] != S2, it['id']))
ag = Agency(SLUG, 'UPTD Balai Pelestarian Bahasa dan Sastra Daerah', 'Dinas Pendidikan dan Kebudayaan Kabupaten Rantau Pandan',
            [2021, 2022, 2023, 2024], 'Pandan Tinggi')
KEPALA = ('Dra. Sumarni Lubis, M.Hum.', '19700815 199703 2 006')

# ---------------- workbook 1 (.ods): PK 2021
F1 = 'PK_BalaiBahasa_2021.ods'
wb = ag.book(F1)
ws = wb.create_sheet('PK 2021')
it21 = ORDER(make_items('B', T, 2021, tmodes=('num', 'txt'), rmodes=('num', 'star', 'txt')))
d = by_id(it21)
d['B08']['t'] = n(d['B08']['tv'] * 10)       # MISTAKE: target typed 10x
d['B15']['r'] = n(0.947)                     # MISTAKE: fraction in a plain cell
d['B16']['t'] = txt(d['B16']['tv'], 'Rp'); d['B16']['r'] = txt(d['B16']['rv'], 'Rp')
d['B14']['wrap'] = '(cerita rakyat, pantun, syair)'
d['B11']['draft'] = ('Jumlah peserta lomba mendongeng bahasa daerah', 150, 138)
d['B13']['t'] = rng_txt(3, 3.5)
r = title(ws, ['PERJANJIAN KINERJA TAHUN 2021', 'UPTD BALAI PELESTARIAN BAHASA DAN SASTRA DAERAH',
               'DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN RANTAU PANDAN'], 7)
r = layout_pk(ag, F1, ws, 2021, it21, None, r)
ws.cell(r + 1, 2, '*) data sementara, menunggu laporan sekolah')
ws.cell(r + 2, 2, 'Kegiatan: Pembinaan Bahasa dan Sastra yang Penuturnya dalam Daerah Kabupaten   Rp 1.245.000.000,-')
sign(ws, r + 4, 'E', 'Pandan Tinggi', 2021, 'Kepala UPTD,', *KEPALA)
ws = wb.create_sheet('Keterangan')
ws['A1'] = 'Catatan: indikator vitalitas mengacu kajian Badan Bahasa (skala 0-5).'

# ---------------- workbook 2 (.xlsx): RA 2022 (row pairs) + RA 2023 (cumulative s.d. TW)
F2 = 'Rencana_Aksi_BalaiBahasa_2022_2023.xlsx'
wb = ag.book(F2)
ws = wb.create_sheet('RA 2022')
it22 = ORDER(make_items('B', T, 2022))
d = by_id(it22)
d['B10']['t_sum_formula'] = True             # MISTAKE: annual target summed over quarters for a % indicator
d['B13']['q'] = [dash(), dash(), dash(), n(d['B13']['rv'])]
d['B19']['q'] = [dash(), n(81.2), dash(), n(d['B19']['rv'])]
d['B16']['t'] = n(d['B16']['tv'], '#,##0')
d['B16']['q'] = [n(x.key, '#,##0') for x in d['B16']['q']]; d['B16']['qt'] = [n(x.key, '#,##0') for x in d['B16']['qt']]
d['B06']['q'] = [pf(x.key) for x in d['B06']['q']]
r = title(ws, ['RENCANA AKSI KINERJA TAHUN 2022', 'UPTD BALAI PELESTARIAN BAHASA DAN SASTRA DAERAH KAB. RANTAU PANDAN'], 9)
r = layout_ra_pairs(ag, F2, ws, 2022, it22, r)
sign(ws, r + 2, 'G', 'Pandan Tinggi', 2022, 'Kepala UPTD,', *KEPALA, date='5 Januari')

ws = wb.create_sheet('RA 2023 (kumulatif)')
it23 = ORDER(make_items('B', T, 2023))
for it in it23:
    if it['kind'] == 'F':
        acc, cum = 0, []
        for x in it['q']:
            acc = acc + x.key; cum.append(n(round(acc, 6) if isinstance(acc, float) else acc))
        it['q'] = cum
d = by_id(it23)
d['B02']['q'][3] = n(d['B02']['q'][3].key * 10)   # MISTAKE: s.d. TW IV typed 10x
d['B13b']['q'] = [dash(), dash(), n(0.58), dash()]  # only TW III reported -> last reported column
d['B16']['t'] = txt(d['B16']['tv'], 'Rp'); d['B16']['q'] = [n(x.key, '#,##0') for x in d['B16']['q']]
d['B15']['q'] = [pf(x.key) for x in d['B15']['q']]
d['B05']['draft'] = ('Jumlah naskah kuno yg dialihaksarakan', 20)
d['B04']['ket'] = 'kerja sama dgn Perpusnas'
r = title(ws, ['RENCANA AKSI DAN REALISASI KUMULATIF S.D. TRIWULAN IV TAHUN 2023',
               'UPTD Balai Pelestarian Bahasa dan Sastra Daerah'], 13)
r = layout_ra(ag, F2, ws, 2023, it23, r, cum=True)
ws.cell(r + 1, 2, 'Catatan: angka realisasi bersifat kumulatif sejak Januari 2023')

# ---------------- workbook 3 (.xls): 2024 monthly monitoring, block per indicator, two sheets
F3 = 'Monitoring_Bulanan_BalaiBahasa_2024.xls'
wb = ag.book(F3)
it24 = ORDER(make_items('B', T, 2024, tmodes=('num', 'txt')))
d = by_id(it24)
d['B16']['t'] = n(d['B16']['tv'], '#,##0')
d['B16']['m'] = [n(round(x.key / 1e6, 2)) for x in d['B16']['m']]    # MISTAKE: realisasi typed in Rp juta
d['B19']['m'] = [dash()] * 5 + [n(80.4)] + [dash()] * 5 + [n(d['B19']['rv'])]
d['B13b']['m'] = [blank()] * 11 + [n(d['B13b']['rv'])]
d['B09']['m'][11] = dash()                  # level id: December not reported -> November
d['B06']['m'] = [pf(x.key) for x in d['B06']['m']]
ws = wb.create_sheet('Bahasa')
r = title(ws, ['MONITORING CAPAIAN KINERJA BULANAN TAHUN 2024', 'Bidang Pelestarian Bahasa'], 14)
layout_blocks(ag, F3, ws, 2024, [it for it in it24 if it['sas'] == S1], r)
ws = wb.create_sheet('Sastra & Umum')
r = title(ws, ['MONITORING CAPAIAN KINERJA BULANAN TAHUN 2024', 'Bidang Sastra, Naskah dan Tata Usaha'], 14)
r = layout_blocks(ag, F3, ws, 2024, [it for it in it24 if it['sas'] != S1], r)
sign(ws, r + 1, 'J', 'Pandan Tinggi', 2024, 'Kepala UPTD,', *KEPALA)

ag.save([['B13', 'B13b']])
