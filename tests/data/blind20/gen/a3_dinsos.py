"""Agency 3: Dinas Sosial Kota Kupang, 2022-2025 (2022-2024 as sheets of one workbook)."""
from common import *

SLUG = 'dinsos-kota-kupang'
AGENCY = 'Dinas Sosial Kota Kupang'
YEARS = [2022, 2023, 2024, 2025]
SAS_ORDER = ['S1', 'S2', 'S3', 'S4']
SAS = {
    'S1': ['Meningkatnya pemenuhan kebutuhan dasar PMKS', 'Meningkatnya pemenuhan kebutuhan dasar PMKS',
           'Meningkatnya pelayanan rehabilitasi sosial dasar', 'Meningkatnya Pelayanan Rehabilitasi Sosial Dasar'],
    'S2': ['Meningkatnya perlindungan dan jaminan sosial', 'Meningkatnya perlindungan dan jaminan sosial',
           'Meningkatnya perlindungan dan jaminan sosial bagi masyarakat miskin dan rentan',
           'Meningkatnya Perlindungan dan Jaminan Sosial'],
    'S3': ['Meningkatnya peran serta PSKS dalam penyelenggaraan kesejahteraan sosial',
           'Meningkatnya peran serta PSKS dalam penyelenggaraan kesejahteraan sosial',
           'Meningkatnya peran PSKS', 'Meningkatnya Peran Serta PSKS'],
    'S4': ['Meningkatnya akuntabilitas kinerja', 'Meningkatnya akuntabilitas kinerja',
           'Meningkatnya akuntabilitas kinerja perangkat daerah', 'Meningkatnya Akuntabilitas Kinerja'],
}
N = None
IND = [
    dict(id='ds01', sas='S1', unit='%', names=[
        'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di luar panti',
        'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya diluar panti sosial',
        'Persentase penyandang disabilitas terlantar terpenuhi kebutuhan dasar di luar panti',
        'Persentase Penyandang Disabilitas Terlantar yg terpenuhi kebutuhan dasarnya di luar panti'],
        t=[100, 100, 100, 100], r=[85.71, 92.5, 100, 96.3]),
    dict(id='ds02', sas='S1', unit='%', names=[
        'Persentase anak terlantar yang terpenuhi kebutuhan dasarnya di luar panti',
        'Persentase anak terlantar yang terpenuhi kebutuhan dasarnya diluar panti sosial',
        'Persentase anak terlantar terpenuhi kebutuhan dasar di luar panti',
        'Persentase Anak Terlantar yg terpenuhi kebutuhan dasarnya di luar panti'],
        t=[100, 100, 100, 100], r=[90.48, 95.65, 100, 100]),
    dict(id='ds03', sas='S1', unit='%', names=[
        'Persentase lanjut usia terlantar yang terpenuhi kebutuhan dasarnya di luar panti',
        'Persentase lanjut usia terlantar yang terpenuhi kebutuhan dasarnya diluar panti sosial',
        'Persentase lansia terlantar terpenuhi kebutuhan dasar di luar panti',
        'Persentase Lanjut Usia Terlantar yg terpenuhi kebutuhan dasarnya di luar panti'],
        t=[100, 100, 100, 100], r=[78.26, 88.89, 93.75, 100]),
    dict(id='ds04', sas='S1', unit='%', names=[
        'Persentase gelandangan dan pengemis yang terpenuhi kebutuhan dasarnya di luar panti',
        'Persentase gepeng yang terpenuhi kebutuhan dasarnya diluar panti sosial',
        'Persentase gelandangan dan pengemis terpenuhi kebutuhan dasar di luar panti',
        'Persentase Gelandangan dan Pengemis yg terpenuhi kebutuhan dasarnya di luar panti'],
        t=[100, 100, 100, 100], r=[100, 100, 95.24, 100]),
    dict(id='ds07', sas='S1', unit='anak', names=[
        'Jumlah anak terlantar usia 0-5 tahun yang mendapatkan layanan rehabilitasi sosial',
        'Jumlah anak terlantar usia 0 - 5 tahun yang mendapat layanan rehabilitasi sosial',
        'Jumlah anak terlantar usia 0-5 th yang mendapat rehabilitasi sosial',
        'Jumlah Anak Terlantar (usia 0-5 tahun) yg mendapatkan layanan rehabilitasi sosial'],
        t=[35, 40, 40, 45], r=[31, 42, 38, 45]),
    dict(id='ds08', sas='S1', unit='anak', names=[
        'Jumlah anak terlantar usia 6-18 tahun yang mendapatkan layanan rehabilitasi sosial',
        'Jumlah anak terlantar usia 6 - 18 tahun yang mendapat layanan rehabilitasi sosial',
        'Jumlah anak terlantar usia 6-18 th yang mendapat rehabilitasi sosial',
        'Jumlah Anak Terlantar (usia 6-18 tahun) yg mendapatkan layanan rehabilitasi sosial'],
        t=[120, 130, 140, 150], r=[126, 118, 143, 152]),
    dict(id='ds21', sas='S1', unit='%', names=[
        'Persentase PMKS yang tertangani',
        'Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang tertangani',
        'Persentase PMKS tertangani', 'Persentase PPKS yang tertangani'],
        t=[70, 72, 75, 78], r=[68.4, 73.15, 74.9, 79.6]),
    # moved from S1 to S2 in 2024
    dict(id='ds17', sas=['S1', 'S1', 'S2', 'S2'], unit='orang', names=[
        'Jumlah penyandang disabilitas yang menerima alat bantu',
        'Jumlah penyandang disabilitas penerima alat bantu',
        'Jumlah penyandang disabilitas yang mendapat bantuan alat bantu (kursi roda, kruk, alat bantu dengar)',
        'Jumlah disabilitas penerima alat bantu'],
        t=[60, 75, 80, 90], r=[64, 71, 85, 92]),
    dict(id='ds05', sas='S2', unit='%', names=[
        'Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya pada saat dan setelah tanggap darurat bencana',
        'Persentase korban bencana alam dan sosial yang terpenuhi kebutuhan dasarnya\npada saat dan setelah tanggap darurat bencana daerah kota',
        'Persentase korban bencana alam dan bencana sosial terpenuhi kebutuhan dasar pada saat dan setelah tanggap darurat',
        'Persentase Korban Bencana Alam dan Sosial yg terpenuhi kebutuhan dasarnya pada saat dan setelah tanggap darurat bencana'],
        t=[100, 100, 100, 100], r=[100, 100, 100, 100]),
    dict(id='ds10', sas='S2', unit='KPM', names=[
        'Jumlah KPM PKH yang graduasi mandiri',
        'Jumlah Keluarga Penerima Manfaat (KPM) PKH yang graduasi mandiri',
        'Jumlah KPM Program Keluarga Harapan yang graduasi mandiri',
        'Jumlah KPM PKH graduasi mandiri'],
        t=[450, 500, 550, 600], r=[487, 512, 538, 641]),
    dict(id='ds11', sas='S2', unit='%', names=[
        N, N, 'Persentase KPM Program Keluarga Harapan yang graduasi mandiri', 'Persentase KPM PKH graduasi mandiri'],
        t=[N, N, 5, 6], r=[N, N, 4.87, 6.12]),
    dict(id='ds18', sas='S2', unit='orang', names=[
        'Jumlah penerima bantuan sosial yang bersumber dari APBD',
        'Jumlah penerima bansos APBD Kota',
        'Jumlah penerima bantuan sosial bersumber APBD',
        'Jumlah penerima bantuan sosial dari APBD Kota Kupang'],
        t=[2500, 2750, 3000, 3000], r=[2500, 2812, 2964, 3105]),
    dict(id='ds12', sas='S2', unit='%', names=[
        'Persentase Data Terpadu Kesejahteraan Sosial (DTKS) yang diverifikasi dan divalidasi',
        'Persentase DTKS yang diverifikasi dan divalidasi',
        'Persentase data DTKS yang dimutakhirkan', N],
        t=[100, 100, 100, N], r=[96.4, 98.12, 100, N]),
    dict(id='ds12b', sas='S2', unit='%', names=[N, N, N, 'Persentase data DTSEN yang dimutakhirkan'],
         t=[N, N, N, 100], r=[N, N, N, 87.35]),
    dict(id='ds06', sas='S2', unit='jiwa', names=[
        'Jumlah fakir miskin yang didaftarkan sebagai peserta PBI JK',
        'Jumlah fakir miskin yang didaftarkan menjadi peserta PBI Jaminan Kesehatan', N, N],
        t=[12000, 12500, N, N], r=[11850, 13204, N, N]),
    dict(id='ds22', sas='S3', unit='%', names=[
        'Persentase PSKS yang aktif',
        'Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif',
        'Persentase PSKS aktif', 'Persentase PSKS yang berperan aktif'],
        t=[65, 68, 70, 72], r=[63.2, 69.75, 71.4, 70.8]),
    dict(id='ds13', sas='S3', unit='orang', names=[
        'Jumlah Pekerja Sosial Masyarakat (PSM) yang aktif', 'Jumlah PSM aktif',
        'Jumlah pekerja sosial masyarakat yang aktif', 'JUMLAH PSM YANG AKTIF'],
        t=[150, 155, 160, 165], r=[148, 156, 161, 170]),
    dict(id='ds14', sas='S3', unit='orang', names=[
        'Jumlah Taruna Siaga Bencana (Tagana) yang terlatih', 'Jumlah TAGANA terlatih',
        'Jumlah Tagana yang telah mengikuti pelatihan', 'Jumlah Taruna Siaga Bencana terlatih'],
        t=[80, 85, 90, 95], r=[80, 86, 88, 95]),
    dict(id='ds15', sas='S3', unit='unit', names=[
        'Jumlah Karang Taruna yang aktif', 'Jumlah Karang Taruna aktif',
        'Jumlah Karang Taruna kelurahan yang aktif', 'Jumlah karangtaruna yang aktif'],
        t=[51, 51, 51, 51], r=[38, 42, 45, 47]),
    dict(id='ds23', sas='S3', unit='unit', names=[
        N, N, 'Jumlah Karang Taruna yang dibina', 'Jumlah Karang Taruna yang mendapatkan pembinaan'],
        t=[N, N, 20, 25], r=[N, N, 22, 25]),
    dict(id='ds16', sas='S3', unit='lembaga', names=[
        'Jumlah Lembaga Kesejahteraan Sosial (LKS) yang dibina', 'Jumlah LKS yang dibina',
        'Jumlah LKS yang mendapatkan pembinaan', 'Jumlah Lembaga Kesejahteraan Sosial yang dibina'],
        t=[25, 27, 30, 32], r=[24, 27, 31, 30]),
    dict(id='ds19', sas='S4', unit='nilai', names=[
        'Indeks Kepuasan Masyarakat (IKM)', 'Nilai IKM', 'Indeks Kepuasan Masyarakat',
        'Nilai Indeks Kepuasan Masyarakat (IKM) Dinas Sosial'],
        t=[80, 81, 82, 83], r=[81.36, 82.05, 81.74, 84.2]),
    dict(id='ds20', sas='S4', unit='nilai', names=[
        'Nilai SAKIP Dinas Sosial', 'Nilai SAKIP', 'Nilai Evaluasi SAKIP', 'Nilai AKIP Dinas Sosial'],
        t=[65, 67, 70, 72], r=[64.3, 67.55, 70.12, 71.85]),
    dict(id='ds24', sas='S4', unit='%', names=[
        'Persentase realisasi anggaran', 'Persentase Realisasi Anggaran', 'Persentase serapan anggaran',
        'Persentase realisasi anggaran (serapan)'],
        t=[95, 96, 96, 97], r=[92.41, 95.86, 97.03, 96.48]),
]
AMBIGUOUS = [['ds12', 'ds12b']]
KADIS = ['Drs. YOHANES M. LADO, M.Si.', 'Pembina Tingkat I (IV/b)', 'NIP. 19700824 199603 1 003']
KADIS2 = ['MARIA G. DA COSTA, S.Sos., M.AP.', 'Pembina (IV/a)', 'NIP. 19790317 200604 2 015']


def sign(date, k):
    return [date, 'KEPALA DINAS SOSIAL', 'KOTA KUPANG', '', '', '', k[0], k[1], k[2]]


def s2022(wb, key, fname):
    yi, y = 0, 2022
    ws = wb.active; ws.title = '2022'
    widths(ws, [5, 32, 56, 10, 12, 12, 12])
    title(ws, 1, 'PENGUKURAN KINERJA DINAS SOSIAL KOTA KUPANG TAHUN 2022', 7)
    heads = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian']
    header(ws, [(3, i + 1, 3, i + 1, h) for i, h in enumerate(heads)])
    L = dict(start=4, cols=dict(no=1, sas=2, ind=3, sat=4, t=5, r=6, cap=7), sas_mode='merge', no_mode='seq',
             style=lambda d, w: 'n', cap='formula', unit_mode='col')
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2022 : Rp. 14.602.330.500')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2022 : Rp. 13.493.771.012')
    signature(ws, r + 4, 5, sign('Kupang, 30 Desember 2022', KADIS), bold_idx=(6,))


def s2023(wb, key, fname):
    # copied from 2022 by another officer: the year was deleted from the title; only the sheet name has it
    yi, y = 1, 2023
    ws = wb.create_sheet('2023')
    widths(ws, [6, 62, 10, 12, 12, 12])
    title(ws, 1, 'PENGUKURAN KINERJA', 6)
    title(ws, 2, 'DINAS SOSIAL KOTA KUPANG', 6)
    plain(ws, 4, 1, 'Kota      : Kupang')
    plain(ws, 5, 1, 'OPD       : Dinas Sosial')
    header(ws, [(7, 1, 8, 1, 'No'), (7, 2, 8, 2, 'Sasaran / Indikator Kinerja'), (7, 3, 8, 3, 'Satuan'),
                (7, 4, 7, 6, 'Kinerja'), (8, 4, 8, 4, 'Target'), (8, 5, 8, 5, 'Realisasi'), (8, 6, 8, 6, 'Capaian (%)')])

    def style(d, w):
        if d['id'] in ('ds02', 'ds21', 'ds22') and w == 'r':
            return 'ti'
        if d['id'] == 'ds06':
            return 'ti'            # "12.500"
        return 'n'
    L = dict(start=9, cols=dict(no=1, ind=2, sat=3, t=4, r=5, cap=6), sas_mode='section', no_mode='hier',
             sec=lambda i, t: t, sec_no=lambda i: str(i + 1),
             style=style, cap='typed', unit_mode='col', cap_over={'ds08': 90.76, 'ds06': 105.36})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran : Rp. 15.118.904.000')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran : Rp. 14.527.563.118')
    signature(ws, r + 4, 4, sign('Kupang,                      ', KADIS), bold_idx=(6,))


def s2024(wb, key, fname):
    yi, y = 2, 2024
    ws = wb.create_sheet('2024')
    widths(ws, [5, 30, 56, 7, 10, 12, 12, 12])
    title(ws, 1, 'PENGUKURAN KINERJA', 8)
    title(ws, 2, 'DINAS SOSIAL KOTA KUPANG', 8)
    title(ws, 3, 'TAHUN 2024', 8)
    header(ws, [(5, 1, 6, 1, 'No'), (5, 2, 6, 2, 'Sasaran Strategis'), (5, 3, 6, 3, 'Indikator Kinerja'),
                (5, 4, 6, 4, 'Sifat'), (5, 5, 6, 5, 'Satuan'), (5, 6, 5, 8, 'Kinerja Tahun 2024'),
                (6, 6, 6, 6, 'Target'), (6, 7, 6, 7, 'Realisasi'), (6, 8, 6, 8, '%')])

    def style(d, w):
        if d['id'] == 'ds18':
            return 'ti'
        return 'n'
    L = dict(start=7, cols=dict(no=1, sas=2, ind=3, sif=4, sat=5, t=6, r=7, cap=8), sas_mode='blank', no_mode='alpha',
             style=style, cap='typed', unit_mode='col', cap_over={'ds17': 106.35})
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 2, 'Jumlah Anggaran Tahun 2024 : Rp. 16.240.087.600')
    plain(ws, r + 2, 2, 'Jumlah Realisasi Anggaran Tahun 2024 : Rp. 15.757.809.300')
    signature(ws, r + 4, 6, sign('Kupang, 31 Desember 2024', KADIS2), bold_idx=(6,))


def y2025(key, built):
    yi, y = 3, 2025
    stem = 'Pengukuran Kinerja Dinsos Kota Kupang TA 2025'; fname = stem + '.xls'
    path = new_book(stem, SLUG)
    wb = Workbook(); ws = wb.active; ws.title = 'PK'
    widths(ws, [30, 58, 12, 12, 10, 12])
    title(ws, 1, 'PENGUKURAN KINERJA', 6)
    title(ws, 2, 'DINAS SOSIAL KOTA KUPANG', 6)
    title(ws, 3, 'TAHUN ANGGARAN 2025', 6)
    heads = ['SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'SATUAN', 'CAPAIAN (%)']
    header(ws, [(5, i + 1, 5, i + 1, h) for i, h in enumerate(heads)] +
           [(6, i + 1, 6, i + 1, f'({i + 1})') for i in range(6)])

    def style(d, w):
        if d['unit'] == '%' and w == 'r':
            return 'ti2'           # "96,30"
        return 'n'
    L = dict(start=7, cols=dict(sas=1, ind=2, t=3, r=4, sat=5, cap=6), sas_mode='merge', no_mode=None,
             style=style, cap='typed_text', unit_mode='col')
    rows = year_rows(IND, SAS_ORDER, yi)
    r = write_table(ws, L, rows, {k: v[yi] for k, v in SAS.items()}, y, key, fname)
    plain(ws, r + 1, 1, 'Jumlah Anggaran Tahun 2025 : Rp. 16.905.412.000')
    plain(ws, r + 2, 1, 'Jumlah Realisasi Anggaran Tahun 2025 : Rp. 16.311.090.540')
    signature(ws, r + 4, 3, sign('Kupang, 31 Desember 2025', KADIS2), bold_idx=(6,))
    wb.save(path); built.append((path, 'xls'))


def main():
    key, built = [], []
    stem = 'PK Dinas Sosial 2022-2024'; fname = stem + '.xlsx'
    path = new_book(stem, SLUG)
    wb = Workbook()
    s2022(wb, key, fname); s2023(wb, key, fname); s2024(wb, key, fname)
    wb.save(path); built.append((path, 'xlsx'))
    y2025(key, built)
    finish(SLUG, AGENCY, YEARS, built, key, AMBIGUOUS)


if __name__ == '__main__':
    main()
