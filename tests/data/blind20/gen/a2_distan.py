"""Agency 2: Dinas Pertanian Kabupaten Grobogan, 2021-2024."""
from common import *

SLUG = 'distan-grobogan'
AGENCY = 'Dinas Pertanian Kabupaten Grobogan'
YEARS = [2021, 2022, 2023, 2024]
SAS_ORDER = ['S1', 'S2', 'S3', 'S4', 'S5']
SAS = {
    'S1': ['Meningkatnya produksi dan produktivitas tanaman pangan', 'Meningkatnya Produksi dan Produktivitas Tanaman Pangan',
           'Meningkatnya produksi tanaman pangan', 'Meningkatnya produksi dan produktivitas tanaman pangan'],
    'S2': ['Meningkatnya produksi hortikultura', 'Meningkatnya Produksi Hortikultura',
           'Meningkatnya produksi komoditas hortikultura unggulan', 'Meningkatnya produksi hortikultura'],
    'S3': ['Meningkatnya kapasitas kelembagaan petani', 'Meningkatnya Kapasitas Kelembagaan Petani',
           'Meningkatnya kapasitas kelembagaan dan SDM petani', 'Meningkatnya kapasitas kelembagaan petani'],
    'S4': ['Meningkatnya kesejahteraan petani', 'Meningkatnya Kesejahteraan Petani',
           'Meningkatnya kesejahteraan petani', 'Meningkatnya kesejahteraan petani'],
    'S5': ['Meningkatnya kualitas tata kelola perangkat daerah', 'Meningkatnya Kualitas Tata Kelola Perangkat Daerah',
           'Meningkatnya akuntabilitas kinerja perangkat daerah', 'Meningkatnya kualitas tata kelola perangkat daerah'],
}
N = None
IND = [
    dict(id='dt01', sas='S1', unit=['ton', 'ton GKG', 'ton', 'ton'], names=[
        'Produksi padi', 'Produksi Padi (GKG)', 'Produksi padi (ton GKG)', '1.1 Jumlah produksi padi'],
        t=[790000, 805000, 820000, 830000], r=[812457, 798336, 765210, 841905]),
    dict(id='dt02', sas='S1', unit='ton', names=[
        'Produksi jagung', 'Produksi Jagung (pipilan kering)', 'Produksi jagung (ton pipilan kering)', '1.2 Jumlah produksi jagung'],
        t=[680000, 700000, 720000, 735000], r=[702118, 689455, 741302, 719876]),
    dict(id='dt03', sas='S1', unit='ton', names=[
        'Produksi kedelai', 'Produksi Kedele', 'Produksi kedelai (ton biji kering)', '1.3 Jumlah produksi kedelai'],
        t=[22000, 21000, 20000, 18000], r=[18450, 16320, 14875, 12590]),
    dict(id='dt04', sas='S1', unit=['kw/ha', 'Kw/Ha', 'kw/ha', 'ku/ha'], names=[
        'Produktivitas padi', 'Produktifitas Padi', 'Produktivitas padi (kw/ha)', '1.4 Produktivitas padi'],
        t=[58.5, 59, 59.5, 60], r=[58.92, 57.84, 58.31, 60.27]),
    dict(id='dt05', sas='S1', unit=['kw/ha', 'Kw/Ha', 'kw/ha', 'ku/ha'], names=[
        'Produktivitas jagung', 'Produktifitas Jagung', 'Produktivitas jagung (kw/ha)', '1.5 Produktivitas jagung'],
        t=[62, 62.5, 63, 63.5], r=[63.4, 61.95, 64.12, 62.87]),
    dict(id='dt06', sas='S1', unit='indeks', names=[
        'Indeks Pertanaman (IP) padi', 'IP Padi', 'Indeks pertanaman padi', N],
        t=[2.5, 2.5, 2.6, N], r=[2.48, 2.51, 2.55, N]),
    dict(id='dt14', sas='S1', unit='ha', names=['Luas tanam padi', 'Luas Tanam Padi', N, N],
         t=[135000, 138000, N, N], r=[139842, 133615, N, N]),
    dict(id='dt14b', sas='S1', unit='ha', names=[N, N, 'Luas tambah tanam (LTT) padi', '1.6 Luas Tambah Tanam (LTT) padi'],
         t=[N, N, 140000, 142000], r=[N, N, 136244, 145018]),
    dict(id='dt15', sas='S1', unit='ha', names=['Luas panen padi', 'Luas Panen Padi', 'Luas panen padi', '1.7 Luas panen padi (ha)'],
         t=[132000, 134000, 136000, 137000], r=[137896, 131204, 130450, 139630]),
    dict(id='dt20', sas='S1', unit='%', neg=True, names=[
        'Persentase luas serangan OPT pada tanaman padi',
        'Prosentase Luas Serangan Organisme Pengganggu Tumbuhan (OPT) Padi',
        '% luas serangan OPT padi', '1.8 Persentase luas serangan OPT padi'],
        t=[2.0, 1.8, 1.6, 1.5], r=[1.75, 2.12, 1.48, 1.39]),
    dict(id='dt07', sas='S2', unit='ton', names=[
        'Produksi cabai besar', 'Produksi Cabe Besar', 'Produksi cabai merah besar', '2.1 Produksi cabai besar'],
        t=[4500, 4700, 4900, 5100], r=[4812, 4210, 5024, 5318]),
    dict(id='dt08', sas='S2', unit='ton', names=[
        'Produksi cabai rawit', 'Produksi Cabe Rawit', 'Produksi cabai rawit', '2.2 Produksi cabai rawit'],
        t=[3200, 3300, 3400, 3500], r=[3415, 3098, 3520, 3376]),
    dict(id='dt24', sas='S2', unit='ton', names=[N, 'Produksi Melon', 'Produksi melon (ton)', '2.3 Produksi melon'],
         t=[N, 21000, 22000, 23000], r=[N, 22480, 20915, 24106]),
    # bawang merah: first of S2 in 2021-2022, last of S2 from 2023 (moved)
    dict(id='dt09', sas='S2', unit='ton', order={0: -1, 1: -1}, names=[
        'Produksi bawang merah', 'Produksi Bawang Merah', 'Produksi bawang merah (ton)', '2.4 Produksi bawang merah'],
        t=[1800, 1900, 2000, 2100], r=[1765, 2014, 1932, 2240]),
    dict(id='dt10', sas='S3', unit='kelompok', names=[
        'Jumlah kelompok tani kelas pemula', 'Jumlah Poktan Kelas Pemula',
        'Jumlah kelompok tani (poktan) kelas pemula', '3.1 Jumlah poktan kelas Pemula'],
        t=[620, 600, 580, 560], r=[598, 587, 571, 552]),
    dict(id='dt11', sas='S3', unit='kelompok', names=[
        'Jumlah kelompok tani kelas lanjut', 'Jumlah Poktan Kelas Lanjut',
        'Jumlah kelompok tani (poktan) kelas lanjut', '3.2 Jumlah poktan kelas Lanjut'],
        t=[410, 430, 450, 470], r=[425, 438, 462, 468]),
    dict(id='dt12', sas='S3', unit='kelompok', names=[
        N, N, 'Jumlah kelompok tani (poktan) kelas madya', '3.3 Jumlah poktan kelas Madya'],
        t=[N, N, 95, 110], r=[N, N, 102, 118]),
    dict(id='dt18', sas='S3', unit='rasio', names=[
        'Rasio penyuluh pertanian terhadap jumlah desa', 'Rasio Penyuluh Pertanian per Desa',
        'Rasio PPL terhadap desa', '3.4 Rasio penyuluh pertanian lapangan (PPL) per desa'],
        t=[1, 1, 1, 1], r=[0.72, 0.7, 0.68, 0.75]),
    dict(id='dt13', sas='S3', unit='%', names=[
        'Persentase kelompok tani yang menerapkan teknologi budidaya anjuran',
        'Prosentase Poktan yang Menerapkan Teknologi Budidaya Anjuran',
        'Persentase poktan yang menerapkan teknologi budi daya anjuran',
        '3.5 Persentase kelompok tani penerap teknologi budidaya anjuran'],
        t=[60, 65, 70, 75], r=[61.5, 63.8, 71.2, 74.65]),
    dict(id='dt16', sas='S4', unit='%', names=[
        'Persentase penyaluran pupuk bersubsidi tepat waktu',
        'Prosentase Penyaluran Pupuk Bersubsidi yang Tepat Waktu',
        'Persentase ketepatan waktu penyaluran pupuk bersubsidi',
        '4.1 Persentase penyaluran pupuk subsidi tepat waktu'],
        t=[90, 92, 95, 95], r=[87.5, 93.1, 94.25, 96.4]),
    dict(id='dt25', sas='S4', unit='%', names=[
        N, 'Prosentase Penyaluran Pupuk Bersubsidi yang Tepat Jumlah',
        'Persentase ketepatan jumlah penyaluran pupuk bersubsidi',
        '4.2 Persentase penyaluran pupuk subsidi tepat jumlah'],
        t=[N, 95, 95, 97], r=[N, 96.2, 94.85, 97.3]),
    dict(id='dt17', sas='S4', unit='orang', names=[
        'Jumlah petani penerima Kartu Tani', 'Jumlah Petani Penerima Kartu Tani', N, N],
        t=[150000, 155000, N, N], r=[148320, 151207, N, N]),
    dict(id='dt19', sas='S4', unit='indeks', names=['Nilai Tukar Petani (NTP)', 'NTP', 'Nilai tukar petani', N],
         t=[102, 103, 104, N], r=[101.26, 104.87, 108.45, N]),
    dict(id='dt19b', sas='S4', unit='indeks', names=[N, N, N, '4.3 Nilai Tukar Petani Tanaman Pangan (NTPP)'],
         t=[N, N, N, 105], r=[N, N, N, 107.92]),
    dict(id='dt21', sas='S4', unit='unit', names=[
        N, N, 'Jumlah alat dan mesin pertanian (alsintan) yang dimanfaatkan kelompok tani',
        '4.4 Jumlah alsintan yang dimanfaatkan poktan'],
        t=[N, N, 350, 380], r=[N, N, 362, 375]),
    dict(id='dt22', sas='S5', unit='nilai', names=[
        'Nilai SAKIP Dinas Pertanian', 'Nilai AKIP', 'Nilai SAKIP Perangkat Daerah', '5.1 Nilai SAKIP'],
        t=[63, 65, 67, 70], r=[62.47, 66.1, 67.28, 70.55]),
    dict(id='dt23', sas='S5', unit='%', names=[
        'Persentase realisasi anggaran', 'Prosentase Serapan Anggaran', 'Persentase realisasi anggaran',
        '5.2 Persentase realisasi anggaran'],
        t=[95, 95, 96, 97], r=[91.87, 94.3, 95.62, 97.14]),
]
AMBIGUOUS = [['dt14', 'dt14b'], ['dt19', 'dt19b']]
KADIS = ['Ir. SUNARTO, M.Si.', 'Pembina Utama Muda', 'NIP. 19680215 199403 1 004']


def sign(date):
    return [date, 'KEPALA DINAS PERTANIAN', 'KABUPATEN GROBOGAN', '', '', '', KADIS[0], KADIS[1], KADIS[2]]


def y2021(key, built):
    yi, y = 0, 2021
    stem = 'PK Distan 2021'; fname = stem + '.xlsx'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'PK2021'
    widths(ws, [5, 34, 48, 10, 13, 13, 11, 16])
    title(ws, 1, 'PENGUKURAN KINERJA TAHUN 2021', 8)
    title(ws, 2, 'DINAS PERTANIAN KABUPATEN GROBOGAN', 8)
    plain(ws, 4, 1, 'Kabupaten     : Grobogan')
    plain(ws, 5, 1, 'Nama SKPD    : Dinas Pertanian')
    heads = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan']
    header(ws, [(7, i + 1, 7, i + 1, h) for i, h in enumerate(heads)])

    def style(d, w):
        if d['id'] in ('dt04', 'dt05', 'dt18') and w == 'r':
            return 'ti'            # "58,92"
        if d['id'] == 'dt17':
            return 'ti'            # "150.000"
        return 'n'
    ket = {'dt03': 'Tidak tercapai', 'dt14': 'Tercapai', 'dt17': 'Data e-RDKK', 'dt19': 'Data BPS'}
    L = dict(start=8, cols=dict(no=1, sas=2, ind=3, sat=4, t=5, r=6, cap=7, ket=8), sas_mode='merge', no_mode='seq',
             style=style, cap='typed', unit_mode='col', ket=ket, cap_over={'dt03': 83.68, 'dt15': 104.46})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran Kegiatan Tahun 2021 : Rp. 24.318.906.000')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Kegiatan Tahun 2021 : Rp. 22.341.786.420')
    signature(ws, r + 4, 6, sign('Purwodadi, 31 Desember 2021'), bold_idx=(6,))
    wb.save(path); built.append((path, 'xlsx'))


def y2022(key, built):
    yi, y = 1, 2022
    stem = 'Pengukuran Kinerja Dinas Pertanian Tahun 2022'; fname = stem + '.xls'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'Lampiran'
    widths(ws, [6, 58, 14, 14, 11, 12])
    title(ws, 1, 'PENGUKURAN KINERJA PERANGKAT DAERAH TAHUN 2022', 6)
    title(ws, 2, 'DINAS PERTANIAN KABUPATEN GROBOGAN', 6)
    header(ws, [(4, 1, 5, 1, 'No'), (4, 2, 5, 2, 'Indikator Kinerja'), (4, 3, 4, 4, 'Kinerja Tahun 2022'),
                (5, 3, 5, 3, 'Target'), (5, 4, 5, 4, 'Realisasi'), (4, 5, 5, 5, 'Satuan'), (4, 6, 5, 6, 'Capaian (%)')])

    def style(d, w):
        if d['id'] in ('dt02', 'dt15') and w == 'r':
            return 'ti'            # "689.455" text, Indonesian grouping
        if d['id'] == 'dt17':
            return 'te'            # "155,000" English grouping
        if d['id'] in ('dt13', 'dt25') and w == 'r':
            return 'te'            # "63.8" decimal dot
        return 'n'
    L = dict(start=6, cols=dict(no=1, ind=2, t=3, r=4, sat=5, cap=6), sas_mode='section', no_mode='seq',
             sec=lambda i, t: f'{"ABCDE"[i]}. Sasaran Strategis : {t}',
             style=style, cap='formula', unit_mode='col')
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Anggaran Tahun 2022 : Rp. 25.870.115.000 ; Realisasi : Rp. 24.066.403.881')
    signature(ws, r + 3, 3, sign('Purwodadi, 30 Desember 2022'), bold_idx=(6,))
    wb.save(path); built.append((path, 'xls'))


def y2023(key, built):
    # year only in the sheet name; % indicators stored as fractions with a % format
    yi, y = 2, 2023
    stem = 'PENGUKURAN_KINERJA_DISTAN_GROBOGAN'; fname = stem + '.xlsx'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'PK 2023'
    wb.create_sheet('Sheet2')
    widths(ws, [5, 32, 52, 11, 13, 13, 11])
    title(ws, 1, 'PENGUKURAN KINERJA', 7)
    title(ws, 2, 'DINAS PERTANIAN KABUPATEN GROBOGAN', 7)
    header(ws, [(4, 1, 5, 1, 'No'), (4, 2, 5, 2, 'Sasaran Strategis'), (4, 3, 5, 3, 'Indikator Kinerja'),
                (4, 4, 5, 4, 'Satuan'), (4, 5, 4, 7, 'Kinerja'), (5, 5, 5, 5, 'Target'), (5, 6, 5, 6, 'Realisasi'),
                (5, 7, 5, 7, 'Capaian')])

    def style(d, w):
        if d['unit'] == '%':
            return 'pf'
        if d['id'] in ('dt04', 'dt06') and w == 'r':
            return 'ti'            # "58,31" text
        return 'n'
    L = dict(start=6, cols=dict(no=1, sas=2, ind=3, sat=4, t=5, r=6, cap=7), sas_mode='merge', no_mode='seq',
             style=style, cap='frac', unit_mode='col')
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    signature(ws, r + 2, 5, sign('Purwodadi,                        '), bold_idx=(6,))
    wb.save(path); built.append((path, 'xlsx'))


def y2024(key, built):
    # no numbering column: the number is typed into the name cell
    yi, y = 3, 2024
    stem = 'PK Dinas Pertanian Grobogan 2024'; fname = stem + '.ods'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'Tabel PK'
    widths(ws, [34, 52, 10, 13, 13, 11])
    title(ws, 1, 'PENGUKURAN KINERJA DINAS PERTANIAN', 6)
    title(ws, 2, 'KABUPATEN GROBOGAN', 6)
    title(ws, 3, 'TAHUN ANGGARAN 2024', 6)
    heads = ['Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']
    header(ws, [(5, i + 1, 5, i + 1, h) for i, h in enumerate(heads)] +
           [(6, i + 1, 6, i + 1, str(i + 1)) for i in range(6)])

    def style(d, w):
        if d['id'] in ('dt18', 'dt22') and w == 'r':
            return 'ti2'
        if d['id'] == 'dt12':
            return 'g'
        return 'n'
    L = dict(start=7, cols=dict(sas=1, ind=2, sat=3, t=4, r=5, cap=6), sas_mode='merge', no_mode=None,
             style=style, cap='typed', unit_mode='col', cap_over={'dt07': 104.72, 'dt21': 98.86})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 1, 'Jumlah Anggaran Tahun 2024 : Rp. 27.404.550.000')
    plain(ws, r + 2, 1, 'Jumlah Realisasi Anggaran Tahun 2024 : Rp. 26.619.118.207')
    signature(ws, r + 4, 4, sign('Purwodadi, 31 Desember 2024'), bold_idx=(6,))
    wb.save(path); built.append((path, 'ods'))


def main():
    key, built = [], []
    y2021(key, built); y2022(key, built); y2023(key, built); y2024(key, built)
    finish(SLUG, AGENCY, YEARS, built, key, AMBIGUOUS)


if __name__ == '__main__':
    main()
