"""Agency A: Dinas Syariat Islam Kabupaten Bukit Seulanga (invented, Aceh), 2019-2022."""
import os, openpyxl
from openpyxl.styles import Font
from lib import *

AG = 'Dinas Syariat Islam Kabupaten Bukit Seulanga'
OUT = os.path.join(ROOT, 'dinas_syariat_islam_bukit_seulanga')
os.makedirs(OUT, exist_ok=True)
key = Key(AG, [2019, 2020, 2021, 2022], [['A18', 'A21']])

# id: unit, polarity, {year: (name, target_key, real_key)}
D = {
 'A01': ('%', '+', {2019: ('Persentase gampong yang menerapkan qanun syariat Islam', 60, 58.5),
                    2020: ('Prosentase Gampong yang menerapkan Qanun Syariat', 65, 66.2),
                    2021: ('Persentase gampong yg menerapkan qanun syariat Islam', 70, 71.4),
                    2022: ('% Gampong Penerap Qanun Syariat Islam', 75, 74.1)}),
 'A02': ('gampong', '+', {2019: ('Jumlah gampong yang menerapkan qanun syariat Islam', 140, 136),
                    2020: ('Jumlah Gampong yang menerapkan Qanun Syariat', 150, 155),
                    2021: ('Jumlah gampong penerap qanun syariat', 165, 168),
                    2022: ('Jumlah Gampong Penerap Qanun Syariat Islam', 175, 172)}),
 'A03': ('kasus', '-', {2019: ('Jumlah kasus pelanggaran qanun jinayat', 40, 46),
                    2020: ('Jumlah Kasus Pelanggaran Qanun Jinayat', 35, 31),
                    2021: ('Jumlah kasus pelanggaran Qanun Jinayat di Kab. Bukit Seulanga', 30, 33),
                    2022: ('Kasus pelanggaran qanun jinayat (jumlah)', 28, 24)}),
 'A04': ('%', '+', {2019: ('Persentase kasus pelanggaran syariat yang diselesaikan', 85, 82.6),
                    2020: ('Persentase penyelesaian kasus pelanggaran syariat', 88, 90.3),
                    2021: ('Persentase kasus pelanggaran syariat yang diselesaikan', 90, 87.9),
                    2022: ('Prosentase kasus pelanggaran syariat yang diselesaikan', 90, 91.7)}),
 'A05': ('orang', '+', {2019: ('Jumlah dai perbatasan yang dibina', 60, 60),
                    2020: ("Jumlah Da'i Perbatasan yang dibina", 64, 64),
                    2021: ('Jumlah dai perbatasan yang mendapat pembinaan', 70, 72),
                    2022: ('Jumlah Dai Perbatasan yang dibina', 75, 75)}),
 'A06': ('orang', '+', {2019: ('Jumlah imam meunasah yang dilatih', 120, 115),
                    2020: ('Jumlah Imam Meunasah yang mendapat pelatihan', 120, 124),
                    2021: ('Jumlah imam meunasah/gampong yang dilatih', 150, 150),
                    2022: ('Jumlah Imam Meunasah Terlatih', 150, 146)}),
 'A07': ('orang', '+', {2019: ("Jumlah khatib Jum'at yang tersertifikasi", 40, 38),
                    2020: ('Jumlah Khatib Jumat bersertifikat', 45, 45),
                    2021: ('Jumlah khatib jumat yang tersertifikasi', 50, 52)}),
 'A08': ('%', '+', {2019: ("Persentase masyarakat yang mampu membaca Al-Qur'an", 80, 85.1),
                    2020: ('Prosentase masyarakat mampu baca Al Quran', 82, 83.4),
                    2021: ('Persentase masyarakat yang dapat membaca Al-Quran', 84, 84.9),
                    2022: ("% Masyarakat Mampu Membaca Al-Qur'an", 86, 86.2)}),
 'A09': ('%', '+', {2019: ("Persentase siswa SD/MI yang mampu membaca Al-Qur'an", 75, 71.3),
                    2020: ('Prosentase siswa SD/MI mampu baca Al Quran', 78, 79.6),
                    2021: ('Persentase siswa SD/MI yang dapat membaca Al-Quran', 80, 82.4),
                    2022: ("% Siswa SD/MI Mampu Membaca Al-Qur'an", 85, 84.0)}),
 'A10': ('lembaga', '+', {2019: ('Jumlah TPA/TPQ yang dibina', 1450, 148),
                    2020: ('Jumlah TPQ/TPA binaan', 150, 152),
                    2021: ("Jumlah Taman Pendidikan Al-Qur'an (TPA/TPQ) yang dibina", 155, 155),
                    2022: ('Jumlah TPA/TPQ Binaan', 160, 163)}),
 'A11': ('orang', '+', {2019: ('Jumlah santri TPA yang diwisuda', 1200, 1315),
                    2020: ('Jumlah Santri TPA/TPQ yang diwisuda', 1250, 1180),
                    2021: ('Jumlah wisudawan santri TPA', 1300, 1402)}),
 'A12': ('indeks', '+', {2019: ('Indeks Kepuasan Masyarakat (IKM)', 78, 79.2),
                    2020: ('Indeks Kepuasan Masyarakat terhadap layanan Dinas Syariat Islam', 80, 81.05),
                    2021: ('IKM Dinas Syariat Islam', 81, 80.6),
                    2022: ('Indeks Kepuasan Masyarakat', 82, 83.1)}),
 'A13': ('kali', '+', {2019: ('Jumlah sosialisasi qanun syariat Islam', 24, 26),
                    2020: ('Jumlah kegiatan sosialisasi Qanun Syariat Islam', 24, 24),
                    2021: ('Frekuensi sosialisasi qanun', 12, 14),
                    2022: ('Jumlah Sosialisasi Qanun Syariat Islam', 12, 12)}),
 'A14': ('orang', '+', {2019: ('Jumlah peserta sosialisasi qanun syariat Islam', 2400, 2650),
                    2020: ('Jumlah Peserta Sosialisasi Qanun', 2400, 2515),
                    2021: ('Jumlah peserta sosialisasi qanun', 1200, 1460),
                    2022: ('Jumlah Peserta Sosialisasi Qanun Syariat Islam', 1500, 1850)}),
 'A15': ('masjid', '+', {2019: ('Jumlah masjid yang menerapkan manajemen masjid ideal', 20, 18),
                    2020: ('Jumlah Masjid dengan manajemen ideal', 25, 25),
                    2021: ('Jumlah masjid yang menerapkan manajemen masjid ideal', 30, 31),
                    2022: ('Jumlah Masjid Percontohan Manajemen Masjid Ideal', 35, 36)}),
 'A16': ('orang', '+', {2019: ('Jumlah muallaf yang mendapat pembinaan', 50, 57),
                    2022: ('Jumlah Muallaf yang dibina', 60, 64)}),
 'A17': ('predikat', '+', {2019: ('Nilai SAKIP Dinas Syariat Islam', None, None),
                    2020: ('Predikat SAKIP', None, None),
                    2021: ('Nilai Evaluasi SAKIP DSI', None, None),
                    2022: ('Predikat Nilai SAKIP Dinas', None, None)}),
 'A18': ('%', '+', {2019: ('Persentase dokumen perencanaan dan pelaporan yang tepat waktu', 100, 100),
                    2020: ('Persentase dokumen perencanaan & pelaporan tepat waktu', 100, 100),
                    2021: ('Persentase dokumen perencanaan dan pelaporan yang tepat waktu', 100, None)}),
 'A19': ('dokumen', '+', {2021: ('Jumlah dokumen perencanaan dan pelaporan', 8, 8),
                    2022: ('Jumlah dokumen perencanaan dan pelaporan kinerja', 8, 8)}),
 'A20': ('kali', '+', {2020: ('Jumlah patroli pengawasan syariat bersama WH', 48, 51),
                    2021: ('Jumlah patroli syariat bersama Wilayatul Hisbah', 48, 50),
                    2022: ('Jumlah Patroli Syariat Bersama WH', 52, 55)}),
 'A21': ('%', '+', {2022: ('Persentase dokumen perencanaan yang disusun tepat waktu', 100, 100)}),
}
GRADES = {2019: ('B', 'B'), 2020: ('B', 'BB'), 2021: ('BB', 'BB'), 2022: ('BB', 'BB')}

SAS = [
 ('Meningkatnya penerapan syariat Islam di gampong', ['A01', 'A02', 'A03', 'A04', 'A20']),
 ('Meningkatnya kualitas pemahaman dan pengamalan agama masyarakat',
  ['A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A13', 'A14', 'A15', 'A16']),
 ('Meningkatnya kualitas pelayanan dan akuntabilitas kinerja Dinas', ['A12', 'A17', 'A18', 'A19', 'A21']),
]


def ids_for(year):
    return [i for _, l in SAS for i in l if year in D[i][2]]


def title(ws, lines, last_col):
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t).font = TITLE
        ws.cell(i, 1).alignment = CENTER
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=last_col)


SIGN = ('Kepala Dinas Syariat Islam', 'Tgk. H. MUHAMMAD NASIR, S.Ag., M.A', 'Pembina Tk. I (IV/b)',
        '19700814 199803 1 004')

# ------------------------------------------------------------------ 2019: .xls annual PK
def y2019():
    Y = 2019
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PK 2019'
    title(ws, ['PENGUKURAN KINERJA', 'DINAS SYARIAT ISLAM KABUPATEN BUKIT SEULANGA',
               'TAHUN 2018'], 9)          # MISTAKE: wrong year in the title
    ws['A4'] = 'Kabupaten : Bukit Seulanga'
    hdr(ws, 'A6', 'No', 'A6:A7'); hdr(ws, 'B6', 'Sasaran Strategis', 'B6:B7')
    hdr(ws, 'C6', 'Indikator Kinerja', 'C6:C7'); hdr(ws, 'D6', 'Target', 'D6:E6')
    hdr(ws, 'F6', 'Realisasi', 'F6:G6'); hdr(ws, 'H6', 'Capaian (%)', 'H6:H7'); hdr(ws, 'I6', 'Keterangan', 'I6:I7')
    for c, t in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
        hdr(ws, f'{c}7', t)
    for c, t in zip('ABCDFHI', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']):
        put(ws, f'{c}8', t, center=True)
    ws.merge_cells('D8:E8'); ws.merge_cells('F8:G8')
    r = 9; no = 1
    for sname, ids in SAS:
        ids = [i for i in ids if Y in D[i][2]]
        if not ids: continue
        r0 = r
        put(ws, f'B{r}', sname, wrap=True)
        for i in ids:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            put(ws, f'A{r}', no, center=True); put(ws, f'C{r}', name, wrap=True)
            tw, rw = t, re
            if i == 'A17':
                tw, rw = GRADES[Y]
            if i == 'A08':
                rw = '85,1'              # MISTAKE: number stored as text
            put(ws, f'D{r}', tw, fmt='#,##0.##'); put(ws, f'E{r}', unit)
            put(ws, f'F{r}', rw, fmt='#,##0.##'); put(ws, f'G{r}', unit)
            if i == 'A17':
                put(ws, f'H{r}', 100)
            else:
                put(ws, f'H{r}', f'=F{r}/D{r}*100', fmt='0.00')   # A03 negative but positive formula (MISTAKE)
            put(ws, f'I{r}', 'Polaritas negatif' if pol == '-' else None)
            key.add(FN19, 'PK 2019', r, Y, name, i, t, re)
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
        box(ws, r0, r - 1, 1, 9)
    r += 1
    ws[f'B{r}'] = 'Jumlah Anggaran Tahun 2019 : Rp. 4.812.350.000'; r += 1
    ws[f'B{r}'] = 'Jumlah Realisasi Anggaran Tahun 2019 : Rp. 4.530.118.640'; r += 2
    signature(ws, r, 'G', 'Bukit Seulanga, 31 Desember 2019', *SIGN)
    for c, w in zip('ABCDEFGHI', [5, 34, 48, 9, 9, 9, 9, 10, 18]):
        ws.column_dimensions[c].width = w
    # hidden draft sheet, not key
    h = wb.create_sheet('Sheet2'); h.sheet_state = 'hidden'
    h['A1'] = 'draft target 2019 (rapat 12/2/2019)'
    for k, i in enumerate(ids_for(Y), 2):
        h.cell(k, 1, D[i][2][Y][0]); h.cell(k, 2, D[i][2][Y][1])
    a = wb.create_sheet('Anggaran')
    a['A1'] = 'Program'; a['B1'] = 'Pagu'; a['C1'] = 'Realisasi'
    for k, (p, pg, rl) in enumerate([('Program Pelayanan Administrasi Perkantoran', 1210500000, 1180220400),
                                      ('Program Pembinaan Syariat Islam', 2301850000, 2150310240),
                                      ('Program Peningkatan Pemahaman Agama', 1300000000, 1199588000)], 2):
        a.cell(k, 1, p); a.cell(k, 2, pg); a.cell(k, 3, rl)
    a['A5'] = 'Jumlah'; a['B5'] = '=SUM(B2:B4)'; a['C5'] = '=SUM(C2:C4)'
    raw = os.path.join(RAW, 'a_2019.xlsx'); wb.save(raw)
    convert(raw, 'xls', OUT, FN19)

# quarterly data 2020: (T list, R list) ; '-' for none
Q20 = {
 'A01': ([.50, .55, .60, .65], [.52, .57, .61, .662], 'L'),
 'A02': ([120, 130, 140, 150], [125, 138, 146, 155], 'L'),
 'A03': ([9, 9, 9, 8], [8, 7, 9, 7], 'S'),
 'A04': ([88, 88, 88, 88], [85.0, 87.5, 89.1, 90.3], 'L'),
 'A05': ([16, 32, 48, 64], [18, 34, 50, 64], 'L'),
 'A06': ([30, 30, 30, 30], [28, 35, 31, 30], 'S'),
 'A07': (['-', 20, '-', 45], ['-', 22, '-', 45], 'L'),
 'A08': (['-', '-', '-', 82], ['-', '-', '-', 83.4], 'L'),
 'A09': (['-', '-', '-', 78], ['-', '-', '-', 79.6], 'L'),
 'A10': ([140, 145, 148, 150], [141, 147, 150, 152], 'L'),
 'A11': (['-', 600, '-', 650], ['-', 560, '-', 620], 'S'),
 'A12': (['-', 80, '-', 80], ['-', 80.4, '-', 81.05], 'L'),
 'A13': ([6, 6, 6, 6], [5, 7, 6, 6], 'S'),
 'A14': ([600, 600, 600, 600], [540, 700, 655, 620], 'S'),
 'A15': ([10, 15, 20, 25], [10, 16, 21, 25], 'L'),
 'A17': (['-', '-', '-', 'B'], ['-', '-', '-', 'BB'], 'L'),
 'A18': ([100, 100, 100, 100], [100, 100, 100, 100], 'L'),
 'A20': ([12, 12, 12, 12], [12, 14, 13, 12], 'S'),
}


def y2020_2021():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RA 2020'
    Y = 2020
    title(ws, ['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA', 'DINAS SYARIAT ISLAM KABUPATEN BUKIT SEULANGA',
               'TAHUN ANGGARAN 2020'], 14)
    hdr(ws, 'A5', 'No', 'A5:A6'); hdr(ws, 'B5', 'Sasaran / Indikator Kinerja', 'B5:C6')
    hdr(ws, 'D5', 'Satuan', 'D5:D6'); hdr(ws, 'E5', 'Target Tahunan', 'E5:E6')
    for k, tw in enumerate(['TW I (B03)', 'TW II (B06)', 'TW III (B09)', 'TW IV (B12)']):
        c1 = 6 + 2 * k
        hdr(ws, f'{L(c1)}5', tw, f'{L(c1)}5:{L(c1+1)}5')
        hdr(ws, f'{L(c1)}6', 'Target'); hdr(ws, f'{L(c1+1)}6', 'Realisasi')
    hdr(ws, 'N5', 'Capaian s/d TW IV (%)', 'N5:N6')
    r = 7; no = 1
    for si, (sname, ids) in enumerate(SAS, 1):
        ids = [i for i in ids if Y in D[i][2]]
        put(ws, f'A{r}', f'S{si}', bold=True, center=True)
        put(ws, f'B{r}', 'Sasaran: ' + sname, bold=True); ws.merge_cells(f'B{r}:N{r}')
        r += 1
        for i in ids:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            T, R, mode = Q20[i]
            put(ws, f'A{r}', no, center=True); put(ws, f'B{r}', ''); put(ws, f'C{r}', name, wrap=True)
            put(ws, f'D{r}', unit)
            pf = '0.00%' if i == 'A01' else '#,##0.##'
            if i == 'A01':
                put(ws, f'E{r}', t / 100, fmt='0.00%')   # stored as fraction in a % cell
            elif i == 'A17':
                put(ws, f'E{r}', 'B')
            else:
                put(ws, f'E{r}', t, fmt=pf)
            for k in range(4):
                put(ws, f'{L(6+2*k)}{r}', T[k], fmt=pf, center=True)
                put(ws, f'{L(7+2*k)}{r}', R[k], fmt=pf, center=True)
            if i == 'A17':
                put(ws, f'N{r}', 100)
            elif i == 'A05':
                put(ws, f'N{r}', f'=M{r+1}/E{r}*100', fmt='0.00')    # MISTAKE: points at next row
            elif i == 'A12':
                put(ws, f'N{r}', 100, fmt='0.00')                     # MISTAKE: constant over formula (true 101,31)
            elif pol == '-':
                put(ws, f'N{r}', f'=(2*E{r}-SUM(G{r},I{r},K{r},M{r}))/E{r}*100', fmt='0.00')
            elif mode == 'S':
                put(ws, f'N{r}', f'=SUM(G{r},I{r},K{r},M{r})/E{r}*100', fmt='0.00')
            else:
                put(ws, f'N{r}', f'=M{r}/E{r}*100', fmt='0.00')
            ws.merge_cells(f'B{r}:B{r}')
            key.add(FN2021, 'RA 2020', r, Y, name, i, t, re)
            r += 1; no += 1
    r += 1
    signature(ws, r, 'K', 'Bukit Seulanga, 8 Januari 2021', *SIGN)
    ws.column_dimensions['B'].width = 3; ws.column_dimensions['C'].width = 50
    ws.column_dimensions['N'].width = 12

    # ---- PK 2021: two-row indicators
    Y = 2021
    w2 = wb.create_sheet('PK 2021')
    title(w2, ['PENGUKURAN KINERJA TAHUN 2021', 'DINAS SYARIAT ISLAM', 'KABUPATEN BUKIT SEULANGA'], 7)
    for c, t in zip('ABCDEFG', ['No', 'Indikator Kinerja', 'Uraian', 'Satuan', 'Tahun 2021', 'Capaian (%)', 'Keterangan']):
        hdr(w2, f'{c}5', t)
    r = 6; no = 1
    order = []
    for si, (sname, ids) in enumerate(SAS, 1):
        order.append(('S', si, sname))
        for i in ids:
            if Y in D[i][2]:
                order.append(('I', i, None))
                if i == 'A10':
                    order.append(('I', i, 'dup'))       # MISTAKE: duplicated block
    roman = {1: 'I', 2: 'II', 3: 'III'}
    for kind, i, extra in order:
        if kind == 'S':
            put(w2, f'A{r}', roman[i], bold=True, center=True)
            put(w2, f'B{r}', f'SASARAN {i} : {extra}', bold=True); w2.merge_cells(f'B{r}:G{r}')
            r += 1; continue
        unit, pol, yd = D[i]; name, t, re = yd[Y]
        tw, rw, ket = t, re, None
        if i == 'A09': tw = '80-85'                     # MISTAKE: range as target
        if i == 'A13': tw = '12 kali'                   # MISTAKE: number+unit text
        if i == 'A17': tw, rw = GRADES[Y]
        if i == 'A18': rw, ket = '-', 'belum ada data dari Bagian Umum'   # not reported
        put(w2, f'A{r}', no, center=True); w2.merge_cells(f'A{r}:A{r+1}')
        put(w2, f'B{r}', name, wrap=True); w2.merge_cells(f'B{r}:B{r+1}')
        put(w2, f'C{r}', 'Target'); put(w2, f'C{r+1}', 'Realisasi')
        put(w2, f'D{r}', unit); put(w2, f'D{r+1}', unit)
        put(w2, f'E{r}', tw, fmt='#,##0.##'); put(w2, f'E{r+1}', rw, fmt='#,##0.##')
        put(w2, f'F{r}', None)
        if i in ('A17', 'A18', 'A09', 'A13'):
            put(w2, f'F{r+1}', 100 if i == 'A17' else None)
        elif pol == '-':
            put(w2, f'F{r+1}', f'=(2*E{r}-E{r+1})/E{r}*100', fmt='0.00')
        else:
            put(w2, f'F{r+1}', f'=E{r+1}/E{r}*100', fmt='0.00')
        put(w2, f'G{r}', ket); put(w2, f'G{r+1}', None)
        key.add(FN2021, 'PK 2021', r, Y, name, i, t, re)
        r += 2; no += 1
    r += 1
    signature(w2, r, 'E', 'Bukit Seulanga, 31 Desember 2021', *SIGN)
    w2.column_dimensions['B'].width = 52; w2.column_dimensions['G'].width = 28

    # ---- Rekap: formulas only, not key
    w3 = wb.create_sheet('Rekap')
    w3['A1'] = 'REKAP CAPAIAN'; w3['A3'] = 'Rata-rata capaian RA 2020'
    w3['B3'] = "=AVERAGE('RA 2020'!N8:N40)"
    w3['A4'] = 'Rata-rata capaian PK 2021'; w3['B4'] = "=AVERAGE('PK 2021'!F7:F60)"
    w3['A5'] = 'Predikat 2021'
    w3['B5'] = '=IF(B4>90,"Sangat Tinggi",IF(B4>75,"Tinggi",IF(B4>65,"Sedang",IF(B4>50,"Rendah","Sangat Rendah"))))'
    raw = os.path.join(RAW, 'a_2020_2021.xlsx'); wb.save(raw)
    convert(raw, 'xlsx', OUT, FN2021)


def y2022():
    Y = 2022
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Tabel 3.1'
    ws['A1'] = 'Tabel 3.1'; ws['A1'].font = BOLD
    ws['A2'] = 'Perbandingan Realisasi Kinerja Tahun 2022 dengan Tahun Sebelumnya dan Target Akhir Renstra'
    ws['A3'] = 'Dinas Syariat Islam Kabupaten Bukit Seulanga'
    hdr(ws, 'A5', 'No', 'A5:A6'); hdr(ws, 'B5', 'Sasaran', 'B5:B6'); hdr(ws, 'C5', 'Indikator Kinerja', 'C5:C6')
    hdr(ws, 'D5', 'Satuan', 'D5:D6'); hdr(ws, 'E5', 'Realisasi', 'E5:F5')
    hdr(ws, 'E6', '2020'); hdr(ws, 'F6', '2021')
    hdr(ws, 'G5', 'Tahun 2022', 'G5:I5')
    hdr(ws, 'G6', 'Target'); hdr(ws, 'H6', 'Realisasi'); hdr(ws, 'I6', 'Capaian (%)')
    hdr(ws, 'J5', 'Target Akhir Renstra (2023)', 'J5:J6'); hdr(ws, 'K5', 'Capaian thd Target Akhir Renstra (%)', 'K5:K6')
    renstra = {'A01': 80, 'A02': 185, 'A03': 25, 'A04': 92, 'A05': 80, 'A06': 160, 'A08': 88, 'A09': 88,
               'A10': 165, 'A12': 83, 'A13': 12, 'A14': 1500, 'A15': 40, 'A16': 60, 'A17': 'A', 'A19': 8,
               'A20': 52, 'A21': 100}
    r = 7; no = 1
    for sname, ids in SAS:
        ids = [i for i in ids if Y in D[i][2]]
        r0 = r; put(ws, f'B{r}', sname, wrap=True)
        for i in ids:
            unit, pol, yd = D[i]; name, t, re = yd[Y]
            p20 = D[i][2].get(2020, (None, None, None))[2]
            p21 = D[i][2].get(2021, (None, None, None))[2]
            if i == 'A06': p21 = 148                      # LKjIP revised 2021 figure (PK 2021 says 150)
            if i == 'A17': p20, p21 = 'BB', 'BB'
            if i == 'A16': p20, p21 = '-', '-'
            if i == 'A18' or p21 is None and i not in ('A16',):
                p21 = p21 if p21 is not None else '-'
            if p20 is None: p20 = '-'
            tw, rw, pf = t, re, '#,##0.##'
            if i == 'A04': tw = '≥ 90'                     # MISTAKE/bound
            if i == 'A14': rw = '1.850 orang'              # MISTAKE: text with unit
            if i == 'A17': tw, rw = GRADES[Y]
            put(ws, f'A{r}', no, center=True); put(ws, f'C{r}', name, wrap=True); put(ws, f'D{r}', unit)
            put(ws, f'E{r}', p20, fmt=pf); put(ws, f'F{r}', p21, fmt=pf)
            put(ws, f'G{r}', tw, fmt=pf)
            if i == 'A01':
                put(ws, f'H{r}', re / 100, fmt='0.0%')     # fraction in a % cell
            else:
                put(ws, f'H{r}', rw, fmt=pf)
            if i == 'A17':
                put(ws, f'I{r}', 100)
            elif i == 'A01':
                put(ws, f'I{r}', f'=H{r}*100/G{r}*100', fmt='0.00')
            elif i in ('A04', 'A14'):
                put(ws, f'I{r}', {'A04': 101.89, 'A14': 123.33}[i], fmt='0.00')   # typed by hand
            elif i == 'A12':
                put(ws, f'I{r}', 100, fmt='0.00')          # MISTAKE: constant (true 101,34)
            elif pol == '-':
                put(ws, f'I{r}', f'=G{r}/H{r}*100', fmt='0.00')
            else:
                put(ws, f'I{r}', f'=H{r}/G{r}*100', fmt='0.00')
            put(ws, f'J{r}', renstra[i], fmt=pf)
            if i in ('A17',):
                put(ws, f'K{r}', '-')
            elif i == 'A01':
                put(ws, f'K{r}', f'=H{r}*100/J{r}*100', fmt='0.00')
            elif i in ('A04', 'A14'):
                put(ws, f'K{r}', '-')
            else:
                put(ws, f'K{r}', f'=H{r}/J{r}*100', fmt='0.00')
            key.add(FN22, 'Tabel 3.1', r, Y, name, i, t, re)
            r += 1; no += 1
        ws.merge_cells(f'B{r0}:B{r-1}')
    r += 1
    ws[f'C{r}'] = 'Sumber: Dinas Syariat Islam Kab. Bukit Seulanga, 2023 (data diolah)'
    r += 2
    signature(ws, r, 'H', 'Bukit Seulanga, Februari 2023', *SIGN)
    for c, w in zip('ABCDEFGHIJK', [5, 30, 48, 9, 9, 9, 9, 10, 10, 12, 14]):
        ws.column_dimensions[c].width = w
    g = wb.create_sheet('Grafik')
    g['A1'] = 'Data grafik capaian 2022'
    g['A2'] = "='Tabel 3.1'!C7"; g['B2'] = "='Tabel 3.1'!I7"
    g['A3'] = "='Tabel 3.1'!C8"; g['B3'] = "='Tabel 3.1'!I8"
    c = wb.create_sheet('Catatan')
    c['A1'] = 'Catatan: indikator Jumlah khatib Jumat dan wisudawan santri TPA tidak lagi menjadi IKU sejak 2022.'
    raw = os.path.join(RAW, 'a_2022.xlsx'); wb.save(raw)
    convert(raw, 'ods', OUT, FN22)


FN19 = 'Pengukuran Kinerja DSI 2019.xls'
FN2021 = 'DSI_RA2020_PK2021.xlsx'
FN22 = 'LKjIP DSI 2022 - Tabel 3.1.ods'
y2019(); y2020_2021(); y2022()
key.save(OUT)
print('A rows', len(key.d['rows']))
