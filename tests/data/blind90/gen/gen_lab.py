from lib import *
ag = Agency('uptd_laboratorium_kesehatan_hewan_prov_tanjung_harapan',
            'UPTD Laboratorium Kesehatan Hewan dan Kesmavet', 'L', [2020, 2021, 2022, 2023])
S1, S2, S3 = ('Meningkatnya mutu pelayanan laboratorium veteriner', 'Terkendalinya penyakit hewan menular strategis',
              'Terjaminnya keamanan dan mutu produk hewan')
Y = lambda a, b, c, d: {k: v for k, v in zip((2020, 2021, 2022, 2023), (a, b, c, d)) if v is not None}
IND = [
 ('L01', 'sampel', 'F', 4200, Y('Jumlah sampel yang diuji', 'Jml sampel yg diperiksa di laboratorium', 'Jumlah Sampel Yang Diuji Laboratorium', 'Jumlah sampel diuji (sampel)'), S1),
 ('L02', '%', 'L', 85, Y('Persentase sampel yang diuji tepat waktu', 'Prosentase sampel diuji tepat waktu', 'Persentase sampel diuji sesuai waktu layanan ', 'Persentase Sampel Diuji Tepat Waktu'), S1),
 ('L03', 'sampel', 'F', 1500, Y('Jumlah sampel penyakit hewan menular strategis (PHMS) yang diuji', 'Jumlah sampel PHMS yg diuji', 'Jumlah sampel Penyakit Hewan Menular Strategis (PHMS)', 'Jumlah sampel PHMS diuji'), S2),
 ('L04', '%', 'L', 90, Y('Persentase hasil uji positif PHMS yang ditindaklanjuti', 'Persentase hasil positif PHMS ditindaklanjuti', '% hasil uji positif PHMS yg ditindaklanjuti', 'Persentase hasil uji positif PHMS yang\nditindaklanjuti'), S2),
 ('L05', 'sampel', 'F', 900, Y('Jumlah sampel produk hewan yang diuji', 'Jumlah sampel kesmavet (produk asal hewan) yang diuji', 'Jumlah sampel produk asal hewan yg diuji', 'Jumlah Sampel Produk Asal Hewan Yang Diuji'), S3),
 ('L06', '%', 'L', 80, Y('Persentase sampel produk hewan yang memenuhi syarat ASUH', 'Persentase produk hewan memenuhi syarat ASUH', 'Persentase sampel produk asal hewan yang ASUH', 'Persentase sampel produk asal hewan memenuhi persyaratan ASUH (Aman, Sehat, Utuh dan Halal)'), S3),
 ('L07', 'nilai', 'L', 85, Y('Nilai uji profisiensi laboratorium', 'Nilai uji profisiensi', 'Skor uji profisiensi (PT) laboratorium', 'Nilai Uji Profisiensi Laboratorium'), S1),
 ('L08', 'metode', 'L', 12, Y('Jumlah metode uji terakreditasi', 'Jumlah ruang lingkup metode uji yang terakreditasi KAN', 'Jumlah metode uji terakreditasi (ISO/IEC 17025)', 'Jumlah metode uji yg terakreditasi'), S1),
 ('L09', 'nilai', 'L', 82, Y('Indeks Kepuasan Masyarakat', 'Indeks kepuasan masyarakat (IKM)', 'Nilai IKM pelayanan laboratorium', 'Indeks Kepuasan Masyarakat (IKM)'), S1),
 ('L10', 'sampel', 'F', 300, Y('Jumlah sampel surveilans rabies', 'Jumlah sampel surveilans Rabies', 'Jumlah sampel surveilans penyakit rabies', 'Jml sampel surveilans rabies'), S2),
 ('L11', 'sampel', 'F', 450, Y('Jumlah sampel surveilans Avian Influenza', 'Jumlah sampel surveilans AI', 'Jumlah sampel surveilans Avian Influenza (AI)', 'Jml sampel surveilans flu burung (AI)'), S2),
 ('L12', 'Rp', 'F', 65000000, Y('Pendapatan retribusi pelayanan laboratorium', 'PAD retribusi pelayanan lab (Rp juta)', 'Pendapatan Retribusi Pelayanan Laboratorium', 'Realisasi pendapatan retribusi pelayanan laboratorium'), S1),
 ('L13', 'orang', 'F', 640, Y('Jumlah peternak yang mendapatkan layanan laboratorium', 'Jumlah peternak yg mendapat layanan lab', None, None), S1),
 ('L13l', 'orang', 'F', 420, Y(None, None, 'Jumlah peternak laki-laki yang mendapat layanan laboratorium', 'Jumlah peternak (laki-laki) yg dilayani laboratorium'), S1),
 ('L13p', 'orang', 'F', 260, Y(None, None, 'Jumlah peternak perempuan yang mendapat layanan laboratorium', 'Jumlah peternak (perempuan) yg dilayani laboratorium'), S1),
 ('L14', '%', 'L', 90, Y('Persentase peralatan laboratorium yang terkalibrasi', 'Persentase alat lab terkalibrasi', 'Persentase peralatan lab yang dikalibrasi', 'Persentase Peralatan Laboratorium Terkalibrasi'), S1),
 ('L15', 'orang', 'F', 14, Y(None, None, 'Jumlah SDM laboratorium yang mengikuti pelatihan teknis', 'Jumlah SDM lab yg dilatih'), S1),
 ('L16', 'kali', 'F', 48, Y('Jumlah kegiatan pengambilan sampel aktif', 'Jumlah kegiatan pengambilan sampel aktif di lapangan', None, None), S2),
 ('L17', '%', 'L', 75, Y('Persentase kasus penyakit hewan yang terdiagnosa', 'Persentase kasus penyakit hewan terdiagnosa', None, None), S2),
 ('L17b', '%', 'L', 78, Y(None, None, 'Persentase penyakit hewan yang terdiagnosa secara laboratoris', 'Persentase penyakit hewan terdiagnosa secara laboratoris'), S2),
 ('L18', 'lembar', 'F', 3900, Y('Jumlah sertifikat hasil uji yang diterbitkan', 'Jumlah Sertifikat Hasil Uji (SHU) diterbitkan', 'Jumlah SHU yang diterbitkan', 'Jumlah sertifikat hasil uji yg diterbitkan'), S1),
 ('L19', 'pelanggan', 'F', 520, Y('Jumlah pelanggan laboratorium', 'Jumlah pelanggan lab', 'Jumlah pelanggan laboratorium ', 'Jumlah Pelanggan Laboratorium'), S1),
 ('L20', 'pelanggan', 'F', 90, Y('Jumlah pelanggan baru', 'Jumlah pelanggan baru laboratorium', 'Jumlah pelanggan lab yang baru', None), S1),
]
ag.ambiguous = [['L17', 'L17b']]
F1 = 'LKJ_UPTD_Labkeswan_2020_2021.xlsx'
wb = ag.book(F1)
# ---- 2020: PK Awal / Perubahan, sasaran bands, hidden draft row; planted: L09 target (Perubahan) typed 10x
E = entries(IND, 2020, 2020, 11, {
    ('L09', 2020): dict(t=(820, 'num'), t0=(82, 'ge')),
    ('L12', 2020): dict(t=(65000000, 'rp'), r=(61250000, 'rp')),
    ('L06', 2020): dict(t=(80, 'range')),
    ('L01', 2020): dict(r=(4410, 'star')),
}, pct_style='pct')
E.insert(3, dict(hidden=True, name='Jumlah sampel diuji (draft)', t=4000, sas=S1))
ws = wb.create_sheet('PK 2020')
r = titles(ws, ['PENGUKURAN KINERJA', 'UPTD LABORATORIUM KESEHATAN HEWAN DAN KESMAVET', 'DINAS PETERNAKAN PROVINSI TANJUNG HARAPAN', 'TAHUN 2020'], 8)
E.sort(key=lambda e: [S1, S2, S3].index(e['sas']))
r = pk(ag, F1, ws, 2020, E, r + 1, band=True, perubahan=True)
put(ws, f"B{r+1}", '*) termasuk sampel ulangan'); sign(ws, r + 3, 'F', 'Karang Sari', 2020, 'drh. Ratna Wulandari, M.Si', '19750312 200312 2 004', 'Kepala UPTD')
# ---- 2021: LKjIP table; planted: L14 realisasi typed as fraction in plain cell; L12 in Rp juta (unit change)
E = entries(IND, 2021, 2020, 11, {
    ('L14', 2021): dict(r=(92.5, 'frac')),
    ('L12', 2021): dict(sat='Rp juta', t=(67.6, 'num'), r=(70.15, 'num'), h=(58.2, 61.25), ren=(80, 'num')),
    ('L09', 2021): dict(t=(83, 'num'), r=(84.12, 'num')),
    ('L03', 2021): dict(t=(1560, 'txt'), r=(1612, 'star')),
})
ws = wb.create_sheet('Tabel 3.1 (2021)')
r = titles(ws, ['Tabel 3.1', 'Capaian Indikator Kinerja UPTD Labkeswan dan Kesmavet Tahun 2021'], 9)
r = lkjip(ag, F1, ws, 2021, E, r + 1, 2023)
put(ws, f"B{r+1}", 'Sumber: Sub Bagian Tata Usaha, data diolah')
ws = wb.create_sheet('draft lama'); ws.sheet_state = 'hidden'
put(ws, 'A1', 'Indikator'); put(ws, 'B1', 'Realisasi')
put(ws, 'A2', 'Jumlah sampel yang diuji'); put(ws, 'B2', 3999)
# ---- 2022: Rencana Aksi split over two sheets; planted: L18 TW II typed 10x
F2 = 'Rencana_Aksi_Labkeswan_2022.xls'
wb = ag.book(F2)
E = entries(IND, 2022, 2020, 11, {})
for e in E:
    if e['id'] == 'L18': e['q'][1] = e['q'][1] * 10      # planted: TW II typed 10x
    if e['id'] == 'L12': e['t'] = (e['t'][0], 'rp2')
    if e['id'] == 'L10': e['q'][3] = None
e1 = [e for e in E if e['sas'] == S1]; e2 = [e for e in E if e['sas'] != S1]
ws = wb.create_sheet('RA Sasaran 1')
r = titles(ws, ['RENCANA AKSI DAN REALISASI TRIWULAN TAHUN 2022', 'Sasaran 1: ' + S1], 8)
ra_cols(ag, F2, ws, 2022, e1, r + 1)
ws = wb.create_sheet('RA Sasaran 2-3')
r = titles(ws, ['RENCANA AKSI DAN REALISASI KUMULATIF TAHUN 2022', 'Sasaran 2 dan 3'], 8)
for e in e2:   # cumulative s.d. TW columns
    if e['kind'] == 'F':
        c, acc = [], 0
        for q in e['q']:
            if q is None: c.append(None); continue
            acc += q; c.append(acc)
        e['q'] = c
ra_cols(ag, F2, ws, 2022, e2, r + 1, cum=True)
# ---- 2023: E.81; planted: L01 realisasi formula leaves out TW IV
F3 = 'Evaluasi_Renja_E81_Labkeswan_2023.ods'
wb = ag.book(F3)
E = entries(IND, 2023, 2020, 11, {('L01', 2023): dict(bad=True)})
ws = wb.create_sheet('E.81 2023')
r = titles(ws, ['Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Provinsi', 'Renja UPTD Laboratorium Kesehatan Hewan dan Kesmavet Provinsi Tanjung Harapan',
                'Periode Pelaksanaan: Tahun 2023', 'Indikator dan target kinerja Perangkat Daerah Provinsi yang mengacu pada sasaran RKPD:'], 20)
rows = [dict(prog='PROGRAM PENGENDALIAN DAN PENANGGULANGAN BENCANA HEWAN', kode='3.27.04', rp=412500000)]
for i, e in enumerate(E):
    e['kode'] = f"3.27.04.1.0{1 + i % 3}"; e['keg'] = 'Pelayanan laboratorium veteriner' if e['sas'] == S1 else 'Surveilans dan penyidikan penyakit hewan'
    e['rp'] = 25000000 + 1000000 * i
    if i == 10: rows.append(dict(prog='Kegiatan Pengawasan Keamanan Produk Hewan', kode='3.27.05.1.01', rp=150000000))
    rows.append(e)
r = e81(ag, F3, ws, 2023, rows, r + 1)
put(ws, f"C{r+1}", 'Faktor pendorong: dukungan peralatan baru'); sign(ws, r + 3, 'P', 'Karang Sari', 2023, 'drh. Ratna Wulandari, M.Si', '19750312 200312 2 004', 'Kepala UPTD')
ag.save()
