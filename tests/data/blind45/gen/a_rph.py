"""Agency 1: UPTD Rumah Potong Hewan, Dinas Pertanian Kota Tanjung Seruni (2018-2021)."""
import random, copy
from common import *

SLUG = 'uptd_rph_tanjung_seruni'
AGENCY = 'UPTD Rumah Potong Hewan pada Dinas Pertanian Kota Tanjung Seruni'
YEARS = [2018, 2019, 2020, 2021]
FLOWS = ['R01', 'R02', 'R05', 'R06', 'R08', 'R10', 'R13', 'R16', 'R19', 'R20', 'R23', 'R25']
NEG = {'R07', 'R08', 'R14'}
KEPALA = ('drh. Wulan Pratiwisari, M.Si', 'Pembina (IV/a)', 'NIP. 19780312 200501 2 009')

# id -> year -> (written name, unit, target, realisasi)   (key values)
D = {
 'R01': {2018: ('Jumlah pemotongan ternak sapi/kerbau di RPH', 'ekor', 4800, 4915),
         2019: ('Jumlah Pemotongan Sapi dan Kerbau di RPH', 'ekor', 5000, 5122),
         2020: ('Jml ternak sapi & kerbau yg dipotong di RPH', 'ekor', 5200, 4630),
         2021: ('Jumlah Ternak Ruminansia Besar (Sapi/Kerbau) yang Dipotong di RPH', 'ekor', 5000, 5210)},
 'R02': {2018: ('Jumlah pemotongan ternak kambing/domba di RPH', 'ekor', 2600, 2755),
         2019: ('Jumlah Pemotongan Kambing dan Domba di RPH', 'ekor', 2700, 2688),
         2020: ('Jml ternak kambing & domba yg dipotong di RPH', 'ekor', 2800, 2410),
         2021: ('Jumlah Ternak Ruminansia Kecil (Kambing/Domba) yang Dipotong di RPH', 'ekor', 2700, 2934)},
 'R25': {2021: ('Jumlah Ternak yang Dipotong di RPH', 'ekor', 7700, 8144)},
 'R03': {2018: ('Prosentase pemotongan ternak di RPH terhadap total pemotongan di Kota', '%', 75, 77.4),
         2019: ('Persentase Pemotongan Ternak di RPH terhadap Total Pemotongan', '%', 78, 79.1),
         2020: ('Persentase ternak yg dipotong di RPH (%)', '%', 80, 76.8),
         2021: ('Persentase Pemotongan Ternak Yang Dilakukan Di RPH', '%', 82, 81.35)},
 'R04': {2018: ('Persentase daging yang memenuhi syarat ASUH', '%', 90, 92.5),
         2019: ('Persentase Daging yang Aman, Sehat, Utuh dan Halal (ASUH)', '%', 92, 93.1),
         2020: ('Persentase daging Aman, Sehat, Utuh, dan Halal', '%', 93, 94.2)},
 'R04b': {2021: ('Persentase Produk Daging yang ASUH dan Bersertifikat Halal', '%', 85, 83.6)},
 'R05': {2018: ('Jumlah ternak yang diperiksa ante mortem', 'ekor', 7400, 7670),
         2019: ('Jumlah Pemeriksaan Antemortem', 'ekor', 77000, 7810),
         2020: ('Jml pemeriksaan ante-mortem (ekor)', 'ekor', 8000, 7040),
         2021: ('Jumlah Ternak yang Diperiksa Kesehatannya Sebelum Dipotong (Ante Mortem)', 'ekor', 7700, 8144)},
 'R06': {2018: ('Jumlah karkas yang diperiksa post mortem', 'ekor', 7400, 7670),
         2019: ('Jumlah Pemeriksaan Postmortem', 'ekor', 7700, 7810),
         2020: ('Jml pemeriksaan post-mortem (ekor)', 'ekor', 8000, 7040),
         2021: ('Jumlah Karkas dan Jeroan yang Diperiksa Setelah Dipotong (Post Mortem)', 'ekor', 7700, 8144)},
 'R07': {2018: ('Persentase karkas/jeroan yang diafkir', '%', 2.0, 1.6),
         2019: ('Persentase Karkas dan Jeroan yang Diafkir (Negatif)', '%', 1.8, 1.9),
         2020: ('Persentase karkas & jeroan afkir', '%', 1.8, 1.5),
         2021: ('Persentase Afkir Karkas dan Jeroan', '%', 1.5, 1.2)},
 'R08': {2018: ('Jumlah kasus penyakit zoonosis yang ditemukan di RPH', 'kasus', 12, 9),
         2019: ('Jumlah Temuan Kasus Zoonosis di RPH', 'kasus', 10, 11),
         2020: ('Jml kasus zoonosa yg ditemukan', 'kasus', 10, 7),
         2021: ('Jumlah Temuan Kasus Zoonosis pada Pemeriksaan di RPH', 'kasus', 8, 6)},
 'R09': {2018: ('Level Nomor Kontrol Veteriner (NKV) RPH', 'level', None, None),
         2019: ('Level NKV RPH', 'level', 2, 2)},
 'R24': {2018: ('Jumlah sertifikat halal RPH yang masih berlaku', 'sertifikat', 1, 1)},
 'R10': {2018: ('Pendapatan Retribusi Rumah Potong Hewan', 'Rp', 410000000, 428750000),
         2019: ('Realisasi Pendapatan Retribusi RPH', 'Rp', 450000000, 436920000),
         2020: ('Pendapatan retribusi pemakaian RPH (Rp)', 'Rp', 475000000, 402115000),
         2021: ('Pendapatan Retribusi Pemakaian Rumah Potong Hewan', 'Rp', 450000000, 468300000)},
 'R11': {2018: ('Persentase realisasi retribusi terhadap target', '%', 100, 104.57),
         2019: ('Persentase Realisasi Retribusi RPH terhadap Target PAD', '%', 100, 97.09),
         2021: ('Persentase Realisasi Retribusi terhadap Target', '%', 100, 1.0407)},
 'R12': {2018: ('Jumlah juru sembelih halal bersertifikat', 'orang', 14, 14),
         2019: ('Jumlah Juleha Bersertifikat', 'orang', 16, 18),
         2020: ('Jml juru sembelih halal (juleha) yg bersertifikat', 'orang', 20, 19),
         2021: ('Jumlah Juru Sembelih Halal (Juleha) Bersertifikat Kompetensi', 'orang', 22, 24)},
 'R13': {2019: ('Jumlah Juleha yang Mengikuti Pelatihan', 'orang', 10, 12),
         2020: ('Jml juleha yg dilatih', 'orang', 10, 6),
         2021: ('Jumlah Juru Sembelih Halal yang Dilatih', 'orang', 8, 8)},
 'R14': {2018: ('Persentase pemotongan ternak betina produktif', '%', 5, 3.8),
         2019: ('Persentase Pemotongan Sapi Betina Produktif', '%', 4, 4.6),
         2020: ('Persentase pemotongan betina produktif', '%', 3, 2.1),
         2021: ('Persentase Pemotongan Ternak Ruminansia Betina Produktif', '%', 2.5, 1.9)},
 'R15': {2018: ('Indeks Kepuasan Masyarakat (IKM)', 'nilai', 78, 80.12),
         2019: ('Indeks Kepuasan Masyarakat terhadap Pelayanan RPH', 'nilai', 80, 81.45),
         2020: ('Nilai IKM pelayanan RPH', 'mutu', None, None),
         2021: ('IKM Pelayanan Rumah Potong Hewan', 'nilai', 82, 84.06)},
 'R16': {2019: ('Volume Limbah Cair yang Diolah IPAL', 'm3', 3600, 3412),
         2020: ('Volume limbah cair diolah di IPAL (m3)', 'm3', 3800, 3275),
         2021: ('Volume Limbah Cair RPH yang Diolah melalui IPAL', 'm3', 3600, 3705)},
 'R17': {2018: ('Persentase sarana dan prasarana RPH dalam kondisi baik', '%', 85, 86),
         2019: ('Persentase Sarana & Prasarana RPH Kondisi Baik', '%', 87, 84),
         2020: ('Persentase sarpras RPH kondisi baik', '%', 88, 0.88),
         2021: ('Persentase Sarana Prasarana RPH dalam Kondisi Baik', '%', 90, 91.5)},
 'R18': {2018: ('Jumlah pengguna jasa RPH (jagal) terdaftar', 'orang', 45, 47),
         2019: ('Jumlah Jagal/Pengguna Jasa RPH Terdaftar', 'orang', 48, 51),
         2020: ('Jml pengguna jasa RPH terdaftar', 'orang', 52, 53),
         2021: ('Jumlah Pengguna Jasa RPH yang Terdaftar', 'orang', 55, 58)},
 'R19': {2018: ('Jumlah pengguna jasa RPH baru', 'orang', 4, 5),
         2019: ('Jumlah Pengguna Jasa RPH Baru', 'orang', 4, 4),
         2020: ('Jml pengguna jasa baru', 'orang', 4, 2),
         2021: ('Jumlah Pengguna Jasa Baru RPH', 'orang', 3, 5)},
 'R20': {2018: ('Produksi daging sapi/kerbau yang dihasilkan RPH (kg)', 'kg', 960000, 987300),
         2019: ('Produksi Daging di RPH (ton)', 'ton', 1000, 1024.4),
         2020: ('Produksi daging (ton)', 'ton', 1040, 926.45),
         2021: ('Jumlah Produksi Daging Sapi/Kerbau RPH (ton)', 'ton', 1000, 1052.7)},
 'R21': {2018: ('Nilai Evaluasi SAKIP UPTD', 'predikat', None, None),
         2019: ('Nilai AKIP UPTD RPH', 'nilai', 60, 61.2),
         2020: ('Nilai SAKIP', 'predikat', None, None),
         2021: ('Nilai Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) UPTD', 'nilai', 65, 63.75)},
 'R22': {2018: ('Persentase laporan yang disampaikan tepat waktu', '%', 100, 100),
         2019: ('Persentase Laporan Kinerja & Keuangan Tepat Waktu', '%', 100, 91.67),
         2020: ('Persentase laporan tepat waktu', '%', 100, 100),
         2021: ('Prosentase Laporan yang Disampaikan Tepat Waktu ', '%', 100, 100)},
 'R23': {2020: ('Jml pemotongan darurat', 'ekor', 30, 22),
         2021: ('Jumlah Pemotongan Darurat (Emergency Slaughter)', 'ekor', 25, 19)},
}


def E(i, y):
    return D[i][y]


def sign_block(ws, r, col, place_date, jab, who=KEPALA):
    w(ws, f'{col}{r}', place_date)
    w(ws, f'{col}{r+1}', jab)
    w(ws, f'{col}{r+5}', who[0], bold=True)
    w(ws, f'{col}{r+6}', who[1])
    w(ws, f'{col}{r+7}', who[2])


# ---------------------------------------------------------------- 2018: annual PK
SAS18 = [
 ('Meningkatnya penyediaan daging yang Aman, Sehat, Utuh dan Halal (ASUH) bagi masyarakat',
  ['R01', 'R02', 'R03', 'R20', 'R04', 'R14']),
 ('Meningkatnya pengawasan kesehatan masyarakat veteriner di RPH', ['R05', 'R06', 'R07', 'R08', 'R09', 'R24']),
 ('Meningkatnya kualitas pelayanan dan pendapatan RPH', ['R10', 'R11', 'R12', 'R15', 'R17', 'R18', 'R19']),
 ('Meningkatnya akuntabilitas kinerja UPTD', ['R21', 'R22']),
]


def pk2018(b, ws, draft=False):
    y = 2018
    widths(ws, {'A': 5, 'B': 30, 'C': 48, 'D': 13, 'E': 10, 'F': 13, 'G': 10, 'H': 11, 'I': 16})
    merge(ws, 'A1:I1', 'PENGUKURAN KINERJA', bold=True, align=CENTER)
    merge(ws, 'A2:I2', 'UPTD RUMAH POTONG HEWAN KOTA TANJUNG SERUNI', bold=True, align=CENTER)
    merge(ws, 'A3:I3', 'DINAS PERTANIAN KOTA TANJUNG SERUNI', bold=True, align=CENTER)
    merge(ws, 'A4:I4', 'TAHUN 2018' if not draft else 'TAHUN 2018 (RANCANGAN)', bold=True, align=CENTER)
    w(ws, 'A6', 'Unit Kerja       : UPTD Rumah Potong Hewan')
    w(ws, 'A7', 'Tahun Anggaran : 2018')
    for ref, v in [('A9:A10', 'No'), ('B9:B10', 'Sasaran Strategis'), ('C9:C10', 'Indikator Kinerja'),
                   ('D9:E9', 'Target'), ('F9:G9', 'Realisasi'), ('H9:H10', 'Capaian (%)'), ('I9:I10', 'Ket.')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for col, v in zip('DEFG', ['Nilai', 'Satuan', 'Nilai', 'Satuan']):
        w(ws, f'{col}10', v, bold=True, align=CENTER, fill=HDR_FILL)
    for i, v in enumerate(['1', '2', '3', '4', '5', '6', '7', '8 = 6/4 x 100', '9']):
        w(ws, f'{CL(i+1)}11', v, align=CENTER, italic=True)
    box_range(ws, 9, 1, 11, 9)
    r = 12
    for si, (sas, ids) in enumerate(SAS18):
        r0 = r
        for iid in ids:
            name, unit, t, rv = E(iid, y)
            if draft:
                name = name.capitalize() if iid in ('R01', 'R05') else name
            w(ws, f'C{r}', name, align=LEFTW)
            tw, rw = t, rv
            tf = rf = None
            ucell = unit
            cap = f'=F{r}/D{r}*100'
            if iid == 'R03':
                tw = '≥ 75'
                cap = 103.2
                if not draft:
                    b.note(ws, r, 'R03 target typed as text "≥ 75" (key 75); capaian typed 103,2 (77,4/75 = 103,2, right).')
            elif iid in ('R04',):
                tw, rw, tf, rf = t / 100, rv / 100, '0%', '0.0%'
                if not draft:
                    b.note(ws, r, 'R04 target and realisasi stored as fractions in %-formatted cells (0.9 / 0.925 shown 90% / 92,5%): key 90 / 92,5.')
            elif iid == 'R07':
                cap = f'=F{r}/D{r}*100'
                if not draft:
                    b.note(ws, r, 'R07 is a NEGATIVE indicator (afkir, lower is better) but the capaian formula is the positive =F/D*100 (80 instead of 120).')
            elif iid in ('R08', 'R14'):
                cap = f'=(2*D{r}-F{r})/D{r}*100'
            elif iid == 'R09':
                tw, rw = 'Level III', 'Level III'
                cap = 100
                ucell = None
                if not draft:
                    b.note(ws, r, 'R09 target/realisasi "Level III" (a grade-like level, no number): key null/null; capaian typed 100.')
            elif iid == 'R10':
                tf = '#,##0'
                rw = '428.750.000'
                cap = 104.57
                if not draft:
                    b.note(ws, r, 'R10 realisasi typed as TEXT "428.750.000" (key 428750000); capaian typed 104,57 (right).')
            elif iid == 'R12':
                cap = f'=F{r+1}/D{r+1}*100'
                if not draft:
                    b.note(ws, r, 'R12 capaian formula points at the NEXT row (=F{0}/D{0}*100, the IKM row): 102,72 instead of 100.'.format(r + 1))
            elif iid == 'R20':
                tf = rf = '#,##0'
            elif iid == 'R21':
                tw, rw, cap = 'B', 'B', '-'
                if not draft:
                    b.note(ws, r, 'R21 target and realisasi are grades "B": key null/null, capaian "-".')
            if draft:
                if isinstance(tw, (int, float)) and iid in ('R01', 'R02', 'R10', 'R18'):
                    tw = round(tw * 0.95)
                rw = None
                cap = None
            w(ws, f'A{r}', None)
            w(ws, f'D{r}', tw, fmt=tf, align=CENTER)
            w(ws, f'E{r}', ucell if not (iid == 'R21') else None, align=CENTER)
            w(ws, f'F{r}', rw, fmt=rf, align=CENTER)
            w(ws, f'G{r}', ucell if not (iid == 'R21') else None, align=CENTER)
            w(ws, f'H{r}', cap, fmt='0.00', align=CENTER)
            if not draft:
                b.key(ws, r, y, name, iid, t, rv, f'C{r}', ('cell', f'D{r}'), ('cell', f'F{r}'))
            r += 1
        merge(ws, f'A{r0}:A{r-1}', si + 1, align=CENTER)
        merge(ws, f'B{r0}:B{r-1}', sas, align=LEFTW)
    box_range(ws, 12, 1, r - 1, 9)
    last = r - 1
    r += 1
    w(ws, f'B{r}', 'Jumlah Anggaran Kegiatan Tahun 2018')
    w(ws, f'D{r}', ': Rp.')
    w(ws, f'E{r}', 1245300000, fmt='#,##0')
    w(ws, f'B{r+1}', 'Jumlah Realisasi Anggaran Kegiatan Tahun 2018')
    w(ws, f'D{r+1}', ': Rp.')
    w(ws, f'E{r+1}', 1187640500, fmt='#,##0')
    sign_block(ws, r + 3, 'F', 'Tanjung Seruni, 31 Desember 2018', 'Kepala UPTD Rumah Potong Hewan,')
    if not draft:
        b.describe(ws, f'Annual PK table. Title rows 1-4, unit/year lines 6-7. Two header rows 9-10 '
                   f'(Target and Realisasi each split into Nilai | Satuan), numbered column row 11 '
                   f'("1".."9", "8 = 6/4 x 100"). Columns: A No (merged per sasaran), B Sasaran Strategis '
                   f'(merged vertically), C Indikator Kinerja, D Target, E Satuan, F Realisasi, G Satuan, '
                   f'H Capaian (%) (formulas, some typed), I Ket. Data rows 12-{last} (21 indicators, 4 sasaran). '
                   f'Below: budget lines (Jumlah Anggaran / Realisasi Anggaran), date and signature.')
    return last


# ---------------------------------------------------------------- 2019: quarterly RA without annual realisasi
SAS19 = [
 ('Meningkatnya penyediaan daging ASUH bagi masyarakat', ['R01', 'R02', 'R03', 'R20', 'R04', 'R14']),
 ('Meningkatnya pengawasan kesmavet di RPH', ['R05', 'R06', 'R07', 'R08', 'R09']),
 ('Meningkatnya kualitas pelayanan dan PAD RPH', ['R10', 'R11', 'R12', 'R13', 'R15', 'R16', 'R17', 'R18', 'R19']),
 ('Meningkatnya akuntabilitas kinerja UPTD', ['R21', 'R22']),
]


def ra2019(b, ws, rng):
    y = 2019
    widths(ws, {'A': 5, 'B': 26, 'C': 46, 'D': 9, 'E': 12, 'N': 11, 'O': 20})
    for c in 'FGHIJKLM':
        ws.column_dimensions[c].width = 10
    merge(ws, 'A1:O1', 'RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA', bold=True, align=CENTER)
    merge(ws, 'A2:O2', 'UPTD RUMAH POTONG HEWAN DINAS PERTANIAN KOTA TANJUNG SERUNI', bold=True, align=CENTER)
    merge(ws, 'A3:O3', 'TAHUN 2019', bold=True, align=CENTER)
    for ref, v in [('A5:A6', 'No'), ('B5:B6', 'Sasaran Strategis'), ('C5:C6', 'Indikator Kinerja'),
                   ('D5:D6', 'Satuan'), ('E5:E6', 'Target Tahun 2019'), ('F5:G5', 'Triwulan I'),
                   ('H5:I5', 'Triwulan II'), ('J5:K5', 'Triwulan III'), ('L5:M5', 'Triwulan IV'),
                   ('N5:N6', 'Capaian s.d. TW IV (%)'), ('O5:O6', 'Penanggung Jawab')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for i, c in enumerate('FGHIJKLM'):
        w(ws, f'{c}6', 'T' if i % 2 == 0 else 'R', bold=True, align=CENTER, fill=HDR_FILL)
    box_range(ws, 5, 1, 6, 15)
    r, n = 7, 0
    pj = {0: 'Kasi Pelayanan Pemotongan', 1: 'Dokter Hewan Berwenang', 2: 'Kasubag TU', 3: 'Kasubag TU'}
    for si, (sas, ids) in enumerate(SAS19):
        r0 = r
        for iid in ids:
            name, unit, t, rv = E(iid, y)
            n += 1
            written = f'{n}. {name}'
            flow = iid in FLOWS
            # quarter targets and realisations
            if iid == 'R05':
                tq = [1925, 1925, 1925, 1925]
                rq = split_flow(rv, 4, rng)
            elif iid == 'R09':
                tq, rq = ['-', '-', '-', 2], ['-', '-', '-', 2]
            elif iid == 'R21':
                tq, rq = ['-', '-', '-', 60], ['-', '-', '-', 61.2]
            elif iid == 'R13':
                tq, rq = ['-', 10, '-', '-'], [0, 12, '-', '-']
            elif iid == 'R15':
                tq, rq = ['-', 80, '-', 80], ['-', 80.9, '-', 81.45]
            elif iid == 'R17':
                tq, rq = [87, 87, 87, 87], [85, 84.5, 84, None]
            elif iid == 'R22':
                tq, rq = [100, 100, 100, 100], [100, 75, 100, 91.67]
            elif iid == 'R11':
                tq, rq = [25, 50, 75, 100], [23.5, 48.1, 72.6, 97.09]
            elif iid == 'R12':
                tq, rq = [16, 16, 16, 16], [14, 16, 16, 18]
            elif iid == 'R18':
                tq, rq = [48, 48, 48, 48], [48, 49, 50, 51]
            elif flow:
                dec = 1 if iid == 'R20' else 0
                if iid == 'R10':
                    tq = [x * 1000 for x in split_flow(t // 1000, 4, rng)]
                    rq = [x * 1000 for x in split_flow(rv // 1000, 4, rng)]
                else:
                    tq = split_flow(t, 4, rng, dec)
                    rq = split_flow(rv, 4, rng, dec)
            else:
                tq = [t] * 4
                rq = level_path(rv, 4, rng, dec=2, down=iid in NEG)
            w(ws, f'C{r}', written, align=LEFTW)
            w(ws, f'D{r}', unit, align=CENTER)
            w(ws, f'E{r}', t, fmt='#,##0' if iid == 'R10' else None, align=CENTER)
            cells = []
            for q in range(4):
                tc, rc = CL(6 + 2 * q), CL(7 + 2 * q)
                w(ws, f'{tc}{r}', tq[q], fmt='#,##0' if iid == 'R10' else None, align=CENTER)
                w(ws, f'{rc}{r}', rq[q], fmt='#,##0' if iid == 'R10' else None, align=CENTER)
                cells.append(f'{rc}{r}')
            if flow:
                cap = f'=SUM(G{r},I{r},K{r},M{r})/E{r}*100'
                if iid in NEG:
                    cap = f'=(2*E{r}-SUM(G{r},I{r},K{r},M{r}))/E{r}*100'
                rspec = ('sum', cells)
            else:
                cap = f'=M{r}/E{r}*100'
                if iid in NEG:
                    cap = f'=(2*E{r}-M{r})/E{r}*100'
                rspec = ('last', cells)
            if iid == 'R02':
                cap = 101.2
                b.note(ws, r, 'R02 capaian TYPED 101,2 while 2.688 / 2.700 = 99,56.')
            w(ws, f'N{r}', cap, fmt='0.00', align=CENTER)
            w(ws, f'O{r}', pj[si], align=LEFTC)
            b.key(ws, r, y, written, iid, t, rv, f'C{r}', ('cell', f'E{r}'), rspec)
            if iid == 'R05':
                b.note(ws, r, 'R05 annual target typed 10x: 77000 (quarter targets 1.925 each add up to 7.700; the Catatan sheet admits the typo). Key target 77000 as typed.')
            if iid == 'R17':
                b.note(ws, r, 'R17 (level) TW IV realisasi blank (not reported): key realisasi = last reported quarter TW III = 84; the capaian formula =M/E*100 gives 0.')
            if iid in ('R09', 'R21'):
                b.note(ws, r, f'{iid} measured once a year: TW I-III "-", TW IV holds the value (key realisasi = TW IV).')
            if iid == 'R13':
                b.note(ws, r, 'R13 (flow): TW I realisasi typed 0, TW III-IV "-": key realisasi = sum = 12.')
            if iid == 'R15':
                b.note(ws, r, 'R15 IKM measured per semester: TW I and III "-", key realisasi = TW IV 81,45 (last reported).')
            r += 1
            if iid == 'R19':
                # duplicated row (copy/paste), second copy is not a key row
                for c in range(1, 16):
                    src = ws.cell(r - 1, c)
                    if c in (1, 2):
                        continue
                    v = src.value
                    if isinstance(v, str) and v.startswith('='):
                        v = v.replace(str(r - 1), str(r))
                    ws.cell(r, c).value = v
                    ws.cell(r, c).number_format = src.number_format
                    ws.cell(r, c).alignment = copy.copy(src.alignment)
                b.note(ws, r, f'DUPLICATED ROW: row {r} repeats R19 (row {r-1}) with the same number and values; only row {r-1} is keyed.')
                r += 1
        merge(ws, f'A{r0}:A{r-1}', si + 1, align=CENTER)
        merge(ws, f'B{r0}:B{r-1}', sas, align=LEFTW)
    box_range(ws, 7, 1, r - 1, 15)
    last = r - 1
    sign_block(ws, r + 2, 'L', 'Tanjung Seruni, 10 Januari 2020', 'Kepala UPTD RPH,')
    b.describe(ws, f'Quarterly Rencana Aksi. Title rows 1-3, two header rows 5-6 (Triwulan I..IV each split '
               f'T | R). Columns: A No (per sasaran, merged), B Sasaran (merged), C Indikator (written with a '
               f'running number prefix "1. ", "2. " ...), D Satuan, E Target Tahun 2019, F-M TW I..IV target/'
               f'realisasi pairs, N Capaian s.d. TW IV (%) (formula), O Penanggung Jawab. NO annual realisasi '
               f'column: key realisasi = sum of quarters for flows, last reported quarter for levels. '
               f'Data rows 7-{last} (22 indicators + 1 duplicated row). Signature below.')
    return last


def catatan(b, ws):
    widths(ws, {'A': 110})
    lines = ['CATATAN PENYUSUNAN',
             '1. Target pemeriksaan antemortem pada Rencana Aksi 2019 tertulis 77.000 ekor, seharusnya 7.700 ekor (salah ketik, belum direvisi di dokumen PK).',
             '2. Realisasi TW IV sarana prasarana (2019) belum dilaporkan oleh pengelola teknis sampai laporan ini disusun.',
             '3. Sheet "PK 2018 (draft)" adalah rancangan PK sebelum revisi anggaran, tidak dipakai sebagai dasar pengukuran.',
             '4. Nilai IKM diukur per semester (TW II dan TW IV).',
             '5. Baris indikator pengguna jasa baru tercetak dua kali pada RA 2019 (copy-paste).']
    for i, l in enumerate(lines):
        w(ws, f'A{i+1}', l, bold=(i == 0))
    b.describe(ws, 'Notes sheet (text only, no key rows). Line 2 admits the 77.000 typo of R05 2019.')


# ---------------------------------------------------------------- 2020: monthly sheet
GR20 = [
 ('A. PELAYANAN PEMOTONGAN', ['R01', 'R02', 'R23', 'R03', 'R20', 'R04', 'R14']),
 ('B. KESEHATAN MASYARAKAT VETERINER', ['R05', 'R06', 'R07', 'R08']),
 ('C. PELAYANAN, PENDAPATAN DAN SARANA', ['R10', 'R12', 'R13', 'R15', 'R16', 'R17', 'R18', 'R19']),
 ('D. MANAJEMEN', ['R21', 'R22']),
]
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']


def monthly2020(b, ws, rng):
    y = 2020
    widths(ws, {'A': 5, 'B': 44, 'C': 9, 'D': 13, 'Q': 22})
    for i in range(12):
        ws.column_dimensions[CL(5 + i)].width = 10
    merge(ws, 'A1:Q1', 'LAPORAN REALISASI KINERJA BULANAN', bold=True, align=CENTER)
    merge(ws, 'A2:Q2', 'UPTD RUMAH POTONG HEWAN KOTA TANJUNG SERUNI', bold=True, align=CENTER)
    merge(ws, 'A3:Q3', 'TAHUN 2020', bold=True, align=CENTER)
    for ref, v in [('A5:A6', 'No'), ('B5:B6', 'Indikator Kinerja'), ('C5:C6', 'Satuan'),
                   ('D5:D6', 'Target 2020'), ('E5:P5', 'Realisasi Bulan'), ('Q5:Q6', 'Keterangan')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for i, m in enumerate(MONTHS):
        w(ws, f'{CL(5+i)}6', m, bold=True, align=CENTER, fill=HDR_FILL)
    box_range(ws, 5, 1, 6, 17)
    r = 7
    covid = [1.0, 1.0, 0.9, 0.55, 0.6, 0.8, 1.25, 1.0, 1.0, 1.0, 1.0, 1.1]
    for g, ids in GR20:
        merge(ws, f'A{r}:Q{r}', g, bold=True, fill=GRP_FILL)
        r += 1
        for n, iid in enumerate(ids, 1):
            name, unit, t, rv = E(iid, y)
            flow = iid in FLOWS
            mv = [None] * 12
            tw = t
            if iid == 'R01':
                wts = [c * rng.uniform(0.9, 1.1) for c in covid]
                mv = [round(rv * x / sum(wts)) for x in wts]
                mv[11] = rv - sum(mv[:11])
            elif iid == 'R02':
                wts = [0.7] * 12
                wts[6] = 4.0
                wts = [x * rng.uniform(0.9, 1.1) for x in wts]
                mv = [round(rv * x / sum(wts)) for x in wts]
                mv[11] = rv - sum(mv[:11])
            elif iid in ('R05', 'R06'):
                mv = [m1 + m2 for m1, m2 in zip(MV['R01'], MV['R02'])]
            elif iid == 'R10':
                mv = [x * 1000 for x in split_flow(rv // 1000, 12, rng)]
            elif iid == 'R20':
                mv = split_flow(rv, 12, rng, dec=2)
            elif iid == 'R13':
                mv = ['-'] * 12
                mv[7] = 6
            elif iid == 'R19':
                mv = ['-'] * 12
                mv[2], mv[9] = 1, 1
            elif iid == 'R08':
                mv = [1, 0, 0, '-', '-', 1, 2, 0, 1, 0, 1, 1]
            elif iid == 'R23':
                mv = split_flow(rv, 12, rng)
            elif iid == 'R16':
                mv = split_flow(rv, 12, rng)
            elif iid == 'R15':
                mv = [None] * 11 + ['B']
                tw = 'B'
            elif iid == 'R21':
                mv = [None] * 11 + ['B']
                tw = 'BB'
            elif iid == 'R12':
                mv = [19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, None]
            elif iid == 'R18':
                mv = [52, 52, 52, 52, 52, 53, 53, 53, 53, 53, 53, 53]
            elif iid == 'R22':
                mv = [100, 100, 100, 50, 100, 100, 100, 100, 100, 100, 100, 100]
            elif iid == 'R17':
                mv = [88] * 11 + [0.88]
            else:
                path = level_path(rv, 12, rng, dec=2, spread=0.05, down=iid in NEG)
                mv = path
            MV[iid] = mv
            w(ws, f'A{r}', n, align=CENTER)
            w(ws, f'B{r}', name, align=LEFTW)
            w(ws, f'C{r}', unit, align=CENTER)
            if iid == 'R01':
                tw = '5.200 ekor'
                b.note(ws, r, f'R01 target typed as text "5.200 ekor" (key 5200); March realisasi typed as text "{mv[2]} ekor" (counted in the sum).')
            w(ws, f'D{r}', tw, fmt='#,##0' if iid in ('R10',) else None, align=CENTER)
            cells = []
            for i in range(12):
                v = mv[i]
                if iid == 'R01' and i == 2:
                    v = f'{mv[2]} ekor'
                w(ws, f'{CL(5+i)}{r}', v, fmt='#,##0' if iid == 'R10' else ('0.00' if iid == 'R20' else None), align=CENTER)
                cells.append(f'{CL(5+i)}{r}')
            rspec = ('sum' if flow else 'last', cells)
            # key realisasi check
            if flow:
                tot = 0
                for v in mv:
                    if isinstance(v, (int, float)):
                        tot += v
                assert abs(tot - rv) < 1e-6, (iid, tot, rv)
            if iid == 'R12':
                w(ws, f'Q{r}', 'Des: data menyusul')
                b.note(ws, r, 'R12 (level) December blank ("data menyusul"): key realisasi = last reported month (Nov) = 19.')
            if iid == 'R17':
                b.note(ws, r, 'R17 December typed 0.88 (a fraction in a row of percent points, General format): key realisasi 0.88 AS TYPED (last month).')
            if iid in ('R15', 'R21'):
                b.note(ws, r, f'{iid} target and December value are grades ({tw} / B): key null/null.')
            if iid == 'R08':
                b.note(ws, r, 'R08 months hold 0 and "-" mixed; sum = 7.')
            b.key(ws, r, y, name, iid, t, rv, f'B{r}', ('cell', f'D{r}'), rspec)
            r += 1
    box_range(ws, 7, 1, r - 1, 17)
    last = r - 1
    sign_block(ws, r + 2, 'M', 'Tanjung Seruni, 8 Januari 2021', 'Kepala UPTD Rumah Potong Hewan,')
    b.describe(ws, f'Monthly realisation sheet. Title rows 1-3, header rows 5-6 ("Realisasi Bulan" merged over '
               f'Jan..Des in row 6). Columns: A No (restarts per group), B Indikator Kinerja, C Satuan, D Target 2020, '
               f'E-P Jan..Des, Q Keterangan. Group rows (A. .. D., merged A:Q) are not key rows. NO annual total: '
               f'key realisasi = sum of months for flows, last reported month for levels. Data rows 8-{last}.')


MV = {}


def retribusi_sheet(b, ws):
    widths(ws, {'A': 22, 'B': 14, 'C': 16, 'D': 16})
    w(ws, 'A1', 'RINCIAN RETRIBUSI PEMAKAIAN RPH MENURUT JENIS TERNAK TAHUN 2020', bold=True)
    for c, v in zip('ABCD', ['Jenis Ternak', 'Tarif (Rp/ekor)', 'Jumlah Ekor', 'Jumlah (Rp)']):
        w(ws, f'{c}3', v, bold=True, box=True, align=CENTER)
    rows = [('Sapi', 60000, 4406), ('Kerbau', 60000, 224), ('Kambing', 25000, 2115), ('Domba', 25000, 295)]
    for i, (j, tarif, ekor) in enumerate(rows):
        r = 4 + i
        w(ws, f'A{r}', j, box=True); w(ws, f'B{r}', tarif, fmt='#,##0', box=True)
        w(ws, f'C{r}', ekor, fmt='#,##0', box=True); w(ws, f'D{r}', f'=B{r}*C{r}', fmt='#,##0', box=True)
    w(ws, 'A8', 'Jumlah', bold=True, box=True)
    w(ws, 'C8', '=SUM(C4:C7)', fmt='#,##0', box=True)
    w(ws, 'D8', '=SUM(D4:D7)', fmt='#,##0', box=True)
    w(ws, 'A10', 'Catatan: selisih dengan laporan bulanan berasal dari retribusi sewa kandang dan penjualan limbah.')
    b.describe(ws, 'Detail sheet: retribution by animal type (tariff x heads). Not key rows; its total '
               'differs from the monthly R10 sum (explained in A10).')


def old_sheet(b, ws):
    w(ws, 'A1', 'REKAP BULANAN (format lama)')
    w(ws, 'A3', 'Indikator'); w(ws, 'B3', 'Jan'); w(ws, 'C3', 'Feb'); w(ws, 'D3', 'Mar')
    w(ws, 'A4', 'Jumlah pemotongan sapi'); w(ws, 'B4', 401); w(ws, 'C4', 377); w(ws, 'D4', 366)
    w(ws, 'A5', 'Jumlah pemotongan kambing'); w(ws, 'B5', 170); w(ws, 'C5', 159); w(ws, 'D5', 181)
    b.describe(ws, 'HIDDEN leftover sheet (old format, first quarter only, different figures). Not key rows.')


# ---------------------------------------------------------------- 2021: LKjIP table
SAS21 = [
 ('Meningkatnya penyediaan daging ASUH', ['R01', 'R02', 'R25', 'R03', 'R20', 'R04b', 'R14', 'R23']),
 ('Meningkatnya pengawasan kesehatan masyarakat veteriner', ['R05', 'R06', 'R07', 'R08']),
 ('Meningkatnya kualitas pelayanan dan pendapatan RPH', ['R10', 'R11', 'R12', 'R13', 'R15', 'R16', 'R17', 'R18', 'R19']),
 ('Meningkatnya akuntabilitas kinerja UPTD', ['R21', 'R22']),
]
RENSTRA23 = {'R01': 5200, 'R02': 2900, 'R25': 8100, 'R03': 85, 'R20': 1100, 'R04b': 95, 'R14': 2, 'R23': 20,
             'R05': 8100, 'R06': 8100, 'R07': 1.2, 'R08': 5, 'R10': 500000000, 'R11': 100, 'R12': 26, 'R13': 8,
             'R15': 85, 'R16': 3800, 'R17': 95, 'R18': 60, 'R19': 3, 'R21': 70, 'R22': 100}
PCT21 = {'R03', 'R04b', 'R07', 'R14', 'R17', 'R22'}


def lkjip2021(b, ws):
    y = 2021
    widths(ws, {'A': 5, 'B': 26, 'C': 46, 'D': 9, 'E': 12, 'F': 12, 'G': 12, 'H': 13, 'I': 13, 'J': 11, 'K': 13, 'L': 13})
    w(ws, 'A1', 'Tabel 3.1', bold=True)
    merge(ws, 'A2:L2', 'Perbandingan Realisasi Kinerja Tahun 2021 dengan Tahun-Tahun Sebelumnya dan Target Akhir Renstra 2019-2023',
          bold=True, align=CENTER)
    merge(ws, 'A3:L3', 'UPTD Rumah Potong Hewan Kota Tanjung Seruni', align=CENTER)
    for ref, v in [('A5:A6', 'No'), ('B5:B6', 'Sasaran'), ('C5:C6', 'Indikator Kinerja'), ('D5:D6', 'Satuan'),
                   ('E5:G5', 'Realisasi'), ('H5:J5', 'Tahun 2021'), ('K5:K6', 'Target Akhir Renstra (2023)'),
                   ('L5:L6', 'Capaian s.d. 2021 thd Target Renstra (%)')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for c, v in zip('EFGHIJ', ['2018', '2019', '2020', 'Target', 'Realisasi', 'Capaian (%)']):
        w(ws, f'{c}6', v, bold=True, align=CENTER, fill=HDR_FILL)
    for i in range(12):
        w(ws, f'{CL(i+1)}7', f'({i+1})', align=CENTER, italic=True)
    box_range(ws, 5, 1, 7, 12)
    r = 8
    for si, (sas, ids) in enumerate(SAS21):
        r0 = r
        for iid in ids:
            name, unit, t, rv = E(iid, y)
            w(ws, f'C{r}', name, align=LEFTW)
            w(ws, f'D{r}', unit, align=CENTER)
            # earlier years restated
            prev = []
            for py in (2018, 2019, 2020):
                src = {'R04b': 'R04'}.get(iid, iid)
                v = '-'
                if iid == 'R25':
                    v = D['R01'][py][3] + D['R02'][py][3]
                elif iid == 'R04b':
                    v = '-'
                elif py in D.get(src, {}):
                    v = D[src][py][3]
                    if v is None:
                        v = {2018: 'B', 2020: 'B'}.get(py, '-') if iid == 'R21' else ('B' if iid == 'R15' else '-')
                prev.append(v)
            if iid == 'R20':
                prev[0] = 987.3
            if iid == 'R10':
                prev[2] = 412115000
            if iid == 'R17':
                prev[2] = 88
            if iid == 'R05':
                prev[1] = 7810
            for c, v in zip('EFG', prev):
                w(ws, f'{c}{r}', v, fmt='#,##0' if iid == 'R10' else None, align=CENTER)
            tw, rw, fmt = t, rv, ('#,##0' if iid == 'R10' else None)
            if iid in PCT21:
                tw, rw, fmt = t / 100, rv / 100, '0.00%'
            w(ws, f'H{r}', tw, fmt=fmt, align=CENTER)
            w(ws, f'I{r}', rw, fmt=fmt, align=CENTER)
            cap = f'=I{r}/H{r}*100'
            if iid in ('R07', 'R08'):
                cap = f'=(2*H{r}-I{r})/H{r}*100'
            if iid == 'R14':
                b.note(ws, r, 'R14 is NEGATIVE (pemotongan betina produktif) but capaian uses the positive =I/H*100 (76 instead of 124).')
            if iid == 'R16':
                cap = f'=I{r-1}/H{r-1}*100'
                b.note(ws, r, f'R16 capaian formula points at the row ABOVE (=I{r-1}/H{r-1}*100, the R15 IKM row): 102,51 instead of 102,92.')
            if iid == 'R01':
                cap = 102.4
                b.note(ws, r, 'R01 capaian TYPED 102,4 while 5.210 / 5.000 = 104,2 (digits swapped).')
            if iid == 'R11':
                b.note(ws, r, 'R11 realisasi typed 1.0407 (a fraction in a General cell of a % row; means 104,07 %): key realisasi 1.0407 AS TYPED; capaian formula gives 1,04.')
            w(ws, f'J{r}', cap, fmt='0.00', align=CENTER)
            ren = RENSTRA23[iid]
            w(ws, f'K{r}', ren / 100 if iid in PCT21 else ren, fmt=fmt, align=CENTER)
            w(ws, f'L{r}', f'=I{r}/K{r}*100', fmt='0.00', align=CENTER)
            b.key(ws, r, y, name, iid, t, rv, f'C{r}', ('cell', f'H{r}'), ('cell', f'I{r}'))
            r += 1
        merge(ws, f'A{r0}:A{r-1}', si + 1, align=CENTER)
        merge(ws, f'B{r0}:B{r-1}', sas, align=LEFTW)
    box_range(ws, 8, 1, r - 1, 12)
    last = r - 1
    w(ws, f'A{r+1}', 'Sumber: Data UPTD RPH diolah, 2022', italic=True)
    b.note(ws, None, 'Restated earlier years (columns E-G, not keyed) differ from the earlier files on purpose: '
           'R20 2018 restated 987,3 (ton) where the 2018 PK had 987.300 kg; R10 2020 restated 412.115.000 vs the '
           'monthly sum 402.115.000; R17 2020 restated 88 where the monthly sheet ended with 0.88; R05 2019 7.810 (same). '
           'R04b shows "-" for earlier years (new indicator); R25 earlier years are R01+R02 sums.')
    b.note(ws, None, 'Target/Realisasi 2021 of R03, R04b, R07, R14, R17, R22 (and their Renstra targets) are fractions '
           'in 0.00%-formatted cells: key in percent points. R22 name has a trailing space (written keeps it).')
    b.describe(ws, f'LKjIP chapter III table. Title rows 1-3, two header rows 5-6 ("Realisasi" over 2018 | 2019 | 2020, '
               f'"Tahun 2021" over Target | Realisasi | Capaian (%)), numbered row 7 "(1)".."(12)". Columns: A No, '
               f'B Sasaran (merged), C Indikator Kinerja, D Satuan, E-G Realisasi 2018-2020 (restated, NOT keyed), '
               f'H Target 2021, I Realisasi 2021, J Capaian (%), K Target Akhir Renstra (2023), L Capaian thd Renstra. '
               f'Data rows 8-{last}. Only 2021 is keyed.')


def anggaran2021(b, ws):
    widths(ws, {'A': 5, 'B': 60, 'C': 16, 'D': 16, 'E': 10})
    w(ws, 'A1', 'Tabel 3.2', bold=True)
    w(ws, 'A2', 'Realisasi Anggaran per Program/Kegiatan Tahun 2021', bold=True)
    for c, v in zip('ABCDE', ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']):
        w(ws, f'{c}4', v, bold=True, box=True, align=CENTER)
    rows = [(1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 312500000, 301233400),
            (2, 'Program Pengendalian dan Penanggulangan Bencana Pertanian', 0, 0),
            (3, 'Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner', 845700000, 812955100),
            ('', '  Pengelolaan Rumah Potong Hewan', 620000000, 598120000),
            ('', '  Penjaminan Kesehatan Hewan dan Produk Hewan', 225700000, 214835100)]
    for i, (n, p, a, re) in enumerate(rows):
        r = 5 + i
        w(ws, f'A{r}', n, box=True); w(ws, f'B{r}', p, box=True)
        w(ws, f'C{r}', a, fmt='#,##0', box=True); w(ws, f'D{r}', re, fmt='#,##0', box=True)
        w(ws, f'E{r}', f'=IF(C{r}=0,"-",D{r}/C{r}*100)', fmt='0.00', box=True)
    w(ws, 'B10', 'Jumlah', bold=True, box=True)
    w(ws, 'C10', '=C5+C6+C7', fmt='#,##0', box=True); w(ws, 'D10', '=D5+D6+D7', fmt='#,##0', box=True)
    b.describe(ws, 'Budget table per programme/kegiatan (not key rows).')


def main():
    rng = random.Random(4501)
    b1 = Book(SLUG, 'PK dan Rencana Aksi UPTD RPH 2018-2019', 'xlsx')
    ws = b1.sheet('PK 2018')
    pk2018(b1, ws)
    wsd = b1.sheet('PK 2018 (draft)', hidden=True)
    pk2018(b1, wsd, draft=True)
    b1.describe(wsd, 'HIDDEN draft copy of PK 2018 (older targets, realisasi empty). Not key rows.')
    ws = b1.sheet('RA 2019')
    ra2019(b1, ws, rng)
    catatan(b1, b1.sheet('Catatan'))
    b1.save()

    b2 = Book(SLUG, 'Realisasi Bulanan RPH 2020', 'xls')
    monthly2020(b2, b2.sheet('Bulanan 2020'), rng)
    retribusi_sheet(b2, b2.sheet('Retribusi per Jenis'))
    old_sheet(b2, b2.sheet('Sheet2', hidden=True))
    b2.save()

    b3 = Book(SLUG, 'LKjIP 2021 UPTD RPH - Bab III', 'ods')
    lkjip2021(b3, b3.sheet('Tabel 3.1'))
    anggaran2021(b3, b3.sheet('Tabel 3.2'))
    b3.save()

    finish(SLUG, AGENCY, YEARS, [b1, b2, b3], ambiguous=[['R04', 'R04b']], flows=FLOWS,
           extra=dict(neg=sorted(NEG)))


if __name__ == '__main__':
    main()
