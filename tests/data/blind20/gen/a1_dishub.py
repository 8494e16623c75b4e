"""Agency 1: Dinas Perhubungan Kabupaten Lombok Timur, 2020-2023."""
from common import *

SLUG = 'dishub-lombok-timur'
AGENCY = 'Dinas Perhubungan Kabupaten Lombok Timur'
YEARS = [2020, 2021, 2022, 2023]
SAS_ORDER = ['S1', 'S2', 'S3', 'S4']
SAS = {
    'S1': ['MENINGKATNYA KESELAMATAN LALU LINTAS DAN ANGKUTAN JALAN', 'Meningkatnya Keselamatan Lalu Lintas dan Angkutan Jalan',
           'Meningkatnya keselamatan dan ketertiban lalu lintas', 'Meningkatnya keselamatan lalu lintas'],
    'S2': ['MENINGKATNYA KUALITAS PELAYANAN ANGKUTAN UMUM', 'Meningkatnya Kualitas Pelayanan Angkutan Umum',
           'Meningkatnya kualitas pelayanan angkutan umum', 'Meningkatnya kualitas pelayanan angkutan umum'],
    'S3': ['MENINGKATNYA PENDAPATAN ASLI DAERAH SEKTOR PERHUBUNGAN', 'Meningkatnya Pendapatan Asli Daerah Sektor Perhubungan',
           'Meningkatnya PAD sektor perhubungan', 'Meningkatnya pendapatan asli daerah sektor perhubungan'],
    'S4': ['MENINGKATNYA AKUNTABILITAS KINERJA PERANGKAT DAERAH', 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah',
           'Meningkatnya akuntabilitas kinerja perangkat daerah', 'Meningkatnya akuntabilitas kinerja'],
}
N = None
IND = [
    dict(id='dh01', sas='S1', unit='%', names=[
        'Persentase kendaraan wajib uji yang lulus uji berkala',
        'Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala (KIR)',
        'Prosentase kendaraan wajib uji lulus uji berkala',
        '% kendaraan wajib uji yang lulus pengujian berkala'],
        t=[85, 87, 88, 90], r=[83.4, 86.1, 88.7, 89.25]),
    dict(id='dh02', sas='S1', unit=['kendaraan', 'Kendaraan', 'kendaraan', 'unit'], names=[
        'Jumlah kendaraan wajib uji yang lulus uji berkala',
        'Jumlah Kendaraan Wajib Uji yang Lulus Uji Berkala',
        'Jumlah kendaraan wajib uji lulus uji berkala',
        'Jumlah kendaraan wajib uji yang lulus pengujian berkala'],
        t=[8200, 8500, 8800, 9100], r=[8450, 8312, 9012, 9240]),
    dict(id='dh03', sas='S1', unit='kejadian', neg=True, names=[
        'Jumlah kecelakaan lalu lintas di jalan kabupaten',
        'Jumlah Kecelakaan Lalu Lintas pada Ruas Jalan Kabupaten',
        'Jumlah laka lantas di jalan kabupaten',
        'Jumlah kejadian kecelakaan lalu lintas di jalan Kabupaten'],
        t=[120, 115, 110, 105], r=[134, 109, 118, 97]),
    dict(id='dh04', sas='S1', unit='orang', neg=True, names=[
        'Jumlah korban meninggal dunia akibat kecelakaan lalu lintas',
        'Jumlah Korban Meninggal Dunia Akibat Kecelakaan Lalu Lintas',
        'Jumlah korban meninggal dunia akibat laka lantas',
        'Jumlah korban MD kecelakaan lalu lintas'],
        t=[45, 42, 40, 38], r=[51, 39, 44, 35]),
    dict(id='dh05', sas='S1', unit='orang', neg=True, names=[
        'Jumlah korban luka berat akibat kecelakaan lalu lintas',
        'Jumlah Korban Luka Berat Akibat Kecelakaan Lalu Lintas',
        'Jumlah korban luka berat akibat laka lantas',
        'Jumlah korban luka berat kecelakaan lalu lintas'],
        t=[80, 76, 72, 68], r=[86, 70, 75, 61]),
    dict(id='dh07', sas='S1', unit='%', names=[
        'Persentase ketersediaan rambu lalu lintas',
        'Persentase Ketersediaan Rambu-Rambu Lalu Lintas',
        'Persentase ketersediaan rambu lalu lintas pada jalan kabupaten',
        'Persentase ketersediaan perlengkapan jalan (rambu lalu lintas)'],
        t=[65, 70, 75, 80], r=[66.5, 71.2, 74.8, 81.05]),
    dict(id='dh08', sas='S1', unit='%', names=[
        'Persentase ketersediaan marka jalan',
        'Persentase Ketersediaan Marka Jalan',
        'Persentase ketersediaan marka jalan pada jalan kabupaten',
        'Persentase ketersediaan perlengkapan jalan (marka jalan)'],
        t=[55, 60, 65, 70], r=[52.3, 61, 63.75, 70.4]),
    dict(id='dh09', sas='S1', unit='%', names=[
        'Persentase ketersediaan traffic light pada persimpangan',
        'Persentase Ketersediaan Alat Pemberi Isyarat Lalu Lintas (APILL) pada Persimpangan',
        'Persentase ketersediaan APILL di persimpangan',
        'Persentase persimpangan yang dilengkapi APILL'],
        t=[40, 45, 50, 55], r=[38.46, 46.15, 50, 57.69]),
    dict(id='dh19', sas='S1', unit='%', names=[
        'Persentase ruas jalan kabupaten yang terlayani PJU',
        'Persentase Ruas Jalan Kabupaten yang Terlayani Penerangan Jalan Umum (PJU)', N, N],
        t=[60, 65, N, N], r=[58.2, 63.9, N, N]),
    dict(id='dh10', sas='S2', unit='trayek', names=[
        'Jumlah trayek angkutan perdesaan yang terlayani',
        'Jumlah Trayek Angkutan Pedesaan yang Terlayani',
        'Jumlah trayek angkutan perdesaan terlayani',
        'Jumlah trayek angdes yang terlayani'],
        t=[14, 14, 15, 16], r=[12, 13, 15, 14]),
    dict(id='dh11', sas='S2', unit='trayek', names=[
        'Jumlah trayek angkutan perkotaan yang terlayani',
        'Jumlah Trayek Angkutan Perkotaan yang Terlayani',
        'Jumlah trayek angkutan perkotaan terlayani',
        'Jumlah trayek angkot yang terlayani'],
        t=[6, 6, 7, 7], r=[5, 6, 6, 7]),
    dict(id='dh12', sas='S2', unit='%', names=[
        'Persentase armada angkutan umum yang laik jalan',
        'Persentase Armada Angkutan Umum yang Laik Jalan', N, N],
        t=[75, 78, N, N], r=[72.4, 79.1, N, N]),
    dict(id='dh12b', sas='S2', unit='%', names=[
        N, N, 'Persentase angkutan umum yang memenuhi standar pelayanan minimal',
        'Persentase armada angkutan umum yang memenuhi SPM'],
        t=[N, N, 60, 65], r=[N, N, 58.33, 66.67]),
    dict(id='dh13', sas='S2', unit='%', names=[
        'Load factor angkutan umum',
        'Rata-rata Load Factor Angkutan Umum',
        'Rata - rata tingkat keterisian penumpang angkutan umum',
        'Load factor rata-rata angkutan umum'],
        t=[60, 62, 65, 65], r=[47.5, 52.3, 61.8, 66.2]),
    dict(id='dh14', sas='S2', unit='%', names=[
        'Persentase terminal tipe C dalam kondisi baik',
        'Persentase Terminal Tipe C dalam Kondisi Baik',
        'Persentase terminal penumpang tipe C yang kondisinya baik',
        'Persentase terminal type C dalam kondisi baik'],
        t=[75, 75, 100, 100], r=[75, 75, 100, 100]),
    dict(id='dh06', sas='S2', unit='%', names=[
        'Persentase halte dalam kondisi baik',
        'Persentase Halte dalam Kondisi Baik',
        'Persentase halte yang kondisinya baik',
        'Persentase halte dalam kondisi baik'],
        t=[60, 65, 70, 75], r=[55, 62.5, 70, 72.5]),
    dict(id='dh20', sas='S2', unit=['nilai', 'nilai', 'nilai', 'indeks'], names=[
        'Indeks Kepuasan Masyarakat pelayanan pengujian kendaraan bermotor',
        'IKM Pelayanan Pengujian Kendaraan Bermotor',
        'Nilai IKM pelayanan uji KIR',
        'Indeks Kepuasan Masyarakat (IKM) pada unit pelayanan pengujian kendaraan bermotor'],
        t=[78, 80, 81, 82], r=[79.25, 81.4, 80.67, 83.12]),
    dict(id='dh21', sas='S2', unit=['nilai', 'nilai', 'nilai', 'indeks'], names=[
        N, N, 'Nilai IKM pelayanan terminal',
        'Indeks Kepuasan Masyarakat (IKM) pada unit pelayanan terminal'],
        t=[N, N, 78, 80], r=[N, N, 77.8, 81.05]),
    dict(id='dh15', sas='S3', unit='Rp', names=[
        'Pendapatan retribusi parkir di tepi jalan umum',
        'Pendapatan Retribusi Pelayanan Parkir di Tepi Jalan Umum (Rp)',
        'PAD retribusi parkir tepi jalan umum',
        'Pendapatan retribusi parkir di tepi jalan umum (TJU)'],
        t=[450000000, 500000000, 550000000, 600000000], r=[312450000, 468200000, 571325000, 588910000]),
    dict(id='dh16', sas='S3', unit='Rp', names=[
        'Pendapatan retribusi tempat khusus parkir',
        'Pendapatan Retribusi Tempat Khusus Parkir (Rp)',
        'PAD retribusi tempat khusus parkir',
        'Pendapatan retribusi tempat khusus parkir (TKP)'],
        t=[150000000, 175000000, 200000000, 225000000], r=[98500000, 162750000, 204300000, 231600000]),
    dict(id='dh17', sas=['S1', 'S3', 'S3', 'S3'], unit='Rp', names=[
        'Pendapatan retribusi pengujian kendaraan bermotor',
        'Pendapatan Retribusi Pengujian Kendaraan Bermotor (Rp)',
        'PAD retribusi pengujian kendaraan bermotor',
        'Pendapatan retribusi pengujian kendaraan bermotor '],
        t=[380000000, 400000000, 420000000, 440000000], r=[356800000, 410250000, 398600000, 452175000]),
    dict(id='dh25', sas='S3', unit='%', names=[
        N, 'Persentase Realisasi Pendapatan Retribusi Daerah',
        'Persentase realisasi pendapatan retribusi daerah',
        'Persentase realisasi pendapatan retribusi daerah sektor perhubungan'],
        t=[N, 100, 100, 100], r=[N, 87.45, 101.32, 98.7]),
    dict(id='dh18', sas='S3', unit='orang', names=[
        N, 'Jumlah Juru Parkir yang Dibina', 'Jumlah jukir yang dibina', 'Jumlah juru parkir (jukir) binaan'],
        t=[N, 120, 130, 150], r=[N, 124, 138, 147]),
    dict(id='dh22', sas='S4', unit='nilai', names=[
        'Nilai SAKIP Dinas Perhubungan', 'Nilai Evaluasi SAKIP',
        'Nilai evaluasi AKIP Perangkat Daerah', 'Nilai SAKIP'],
        t=[62, 65, 67, 70], r=[61.25, 64.8, 67.35, 69.9]),
    dict(id='dh23', sas='S4', unit='%', names=[
        'Persentase dokumen perencanaan dan pelaporan yang tersusun tepat waktu',
        'Persentase Dokumen Perencanaan dan Pelaporan yang Tepat Waktu',
        'Persentase dokumen perencanaan, evaluasi dan pelaporan tepat waktu',
        'Persentase ketepatan waktu penyusunan dokumen perencanaan dan pelaporan'],
        t=[100, 100, 100, 100], r=[100, 100, 90, 100]),
    dict(id='dh24', sas='S4', unit='%', names=[
        'Persentase serapan anggaran', 'Persentase Realisasi Anggaran',
        'Persentase penyerapan anggaran', 'Persentase  serapan anggaran'],
        t=[95, 95, 96, 97], r=[88.6, 93.12, 95.48, 96.05]),
]
AMBIGUOUS = [['dh12', 'dh12b']]

SIGN = lambda date, grade, name, nip: [date, 'KEPALA DINAS PERHUBUNGAN', 'KABUPATEN LOMBOK TIMUR', '', '', '', name, grade, nip]
KADIS = ('H. LALU MUHAMMAD HASBI, S.T., M.T.', 'Pembina Tingkat I (IV/b)', 'NIP. 19730412 199903 1 006')
KADIS2 = ('Ir. BAIQ NURUL AINI, M.M.', 'Pembina (IV/a)', 'NIP. 19781103 200501 2 011')


def y2020(key, built):
    yi, y = 0, 2020
    fname = 'PK DISHUB 2020.xls'
    path = new_book('PK DISHUB 2020', SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'PK 2020'
    widths(ws, [5, 34, 48, 12, 16, 16, 11])
    title(ws, 1, 'PENGUKURAN KINERJA', 7)
    title(ws, 2, 'DINAS PERHUBUNGAN KABUPATEN LOMBOK TIMUR', 7)
    title(ws, 3, 'TAHUN 2020', 7)
    plain(ws, 5, 1, 'Kabupaten   : Lombok Timur')
    plain(ws, 6, 1, 'Nama SKPD  : Dinas Perhubungan')
    header(ws, [(8, 1, 8, 1, 'No'), (8, 2, 8, 2, 'Sasaran Strategis'), (8, 3, 8, 3, 'Indikator Kinerja'),
                (8, 4, 8, 4, 'Satuan'), (8, 5, 8, 5, 'Target'), (8, 6, 8, 6, 'Realisasi'), (8, 7, 8, 7, '% Capaian')])
    for i in range(7):
        put(ws, 9, i + 1, f'({i + 1})', align=CENTER)

    def style(d, w):
        if d['id'] == 'dh02':
            return 'te'          # "8,200" / "8,450" typed with English grouping
        if d['unit'] == 'Rp':
            return 'rpt'         # "Rp. 450.000.000,-"
        if d['id'] in ('dh07', 'dh13') and w == 'r':
            return 'ti'          # "66,5" as text
        return 'n'
    L = dict(start=10, cols=dict(no=1, sas=2, ind=3, sat=4, t=5, r=6, cap=7), sas_mode='merge', no_mode='seq',
             style=style, cap='typed', unit_mode='col', cap_over={'dh02': 103.5, 'dh15': 69.34})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran Kegiatan Tahun 2020 : Rp. 9.845.612.000')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Kegiatan Tahun 2020 : Rp. 8.723.180.450')
    signature(ws, r + 4, 5, SIGN('Selong, 31 Desember 2020', KADIS[1], KADIS[0], KADIS[2]), bold_idx=(6,))
    ws.merge_cells(start_row=r + 4, start_column=5, end_row=r + 4, end_column=7)
    wb.save(path); built.append((path, 'xls'))


def y2021(key, built):
    yi, y = 1, 2021
    stem = 'Pengukuran Kinerja Dinas Perhubungan Tahun 2021'
    fname = stem + '.xlsx'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    wb.create_sheet('Sheet2'); wb.create_sheet('Sheet3')
    widths(ws, [5, 36, 52, 12, 16, 16, 12])
    title(ws, 1, 'PENGUKURAN KINERJA DINAS PERHUBUNGAN KABUPATEN LOMBOK TIMUR TAHUN 2021', 7)
    header(ws, [(3, 1, 4, 1, 'No.'), (3, 2, 4, 2, 'Sasaran Strategis'), (3, 3, 4, 3, 'Indikator Kinerja'),
                (3, 4, 4, 4, 'Satuan'), (3, 5, 3, 7, 'Tahun 2021'), (4, 5, 4, 5, 'Target'), (4, 6, 4, 6, 'Realisasi'),
                (4, 7, 4, 7, 'Capaian (%)')])
    L = dict(start=5, cols=dict(no=1, sas=2, ind=3, sat=4, t=5, r=6, cap=7), sas_mode='merge', no_mode='dot',
             style=lambda d, w: 'n', cap='formula', unit_mode='col')
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2021 : Rp. 10.215.440.000')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2021 : Rp. 9.512.008.775')
    signature(ws, r + 4, 5, SIGN('Selong, 31 Desember 2021', KADIS[1], KADIS[0], KADIS[2]), bold_idx=(6,))
    wb.save(path); built.append((path, 'xlsx'))


def y2022(key, built):
    # year only in the file name: no year in title, sheet, date or budget line
    yi, y = 2, 2022
    stem = 'PK_Dishub_Lotim_2022'
    fname = stem + '.ods'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'PK'
    widths(ws, [6, 60, 22, 22, 12])
    title(ws, 1, 'PENGUKURAN KINERJA', 5)
    title(ws, 2, 'DINAS PERHUBUNGAN', 5)
    title(ws, 3, 'KABUPATEN LOMBOK TIMUR', 5)
    header(ws, [(5, 1, 5, 1, 'NO'), (5, 2, 5, 2, 'INDIKATOR KINERJA'), (5, 3, 5, 3, 'TARGET'),
                (5, 4, 5, 4, 'REALISASI'), (5, 5, 5, 5, '%')])
    L = dict(start=6, cols=dict(no=1, ind=2, t=3, r=4, cap=5), sas_mode='section', no_mode='seq',
             sec=lambda i, t: f'Sasaran {i + 1} : {t}', sec_no=lambda i: ROMAN[i],
             style=lambda d, w: 'tu', cap='typed', unit_mode='cell', cap_over={'dh04': 110.0})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran : Rp. 11.002.375.000')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran : Rp. 10.504.917.300')
    signature(ws, r + 4, 3, SIGN('Selong, ..........................', KADIS2[1], KADIS2[0], KADIS2[2]), bold_idx=(6,))
    wb.save(path); built.append((path, 'ods'))


def y2023(key, built):
    # year only in the title; target/realisasi value and unit in separate cells under a merged header
    yi, y = 3, 2023
    stem = 'Pengukuran Kinerja Dishub Lotim'
    fname = stem + '.xlsx'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'Pengukuran Kinerja'
    widths(ws, [5, 34, 52, 15, 11, 15, 11, 10])
    title(ws, 1, 'PENGUKURAN KINERJA PERANGKAT DAERAH', 8)
    title(ws, 2, 'DINAS PERHUBUNGAN KAB. LOMBOK TIMUR', 8)
    title(ws, 3, 'TAHUN ANGGARAN 2023', 8)
    header(ws, [(5, 1, 5, 1, 'No'), (5, 2, 5, 2, 'Sasaran Strategis'), (5, 3, 5, 3, 'Indikator Kinerja'),
                (5, 4, 5, 5, 'Target'), (5, 6, 5, 7, 'Realisasi'), (5, 8, 5, 8, '%'),
                (6, 1, 6, 1, '(1)'), (6, 2, 6, 2, '(2)'), (6, 3, 6, 3, '(3)'), (6, 4, 6, 5, '(4)'), (6, 6, 6, 7, '(5)'),
                (6, 8, 6, 8, '(6)')])

    def style(d, w):
        if d['unit'] == 'Rp':
            return 'rp'
        if d['id'] in ('dh01', 'dh20', 'dh22') and w == 'r':
            return 'ti2'        # "89,25" as text
        return 'n'
    L = dict(start=7, cols=dict(no=1, sas=2, ind=3, t=4, ts=5, r=6, rs=7, cap=8), sas_mode='blank', no_mode='seq',
             style=style, cap='typed', unit_mode='split', cap_over={'dh10': 78.5})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    signature(ws, r + 2, 6, SIGN('Selong,                       ', KADIS2[1], KADIS2[0], KADIS2[2]), bold_idx=(6,))
    wb.save(path); built.append((path, 'xlsx'))


def main():
    key, built = [], []
    y2020(key, built); y2021(key, built); y2022(key, built); y2023(key, built)
    finish(SLUG, AGENCY, YEARS, built, key, AMBIGUOUS)


if __name__ == '__main__':
    main()
