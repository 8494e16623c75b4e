"""Agency 3: UPTD Pengujian Kendaraan Bermotor, Dinas Perhubungan Kabupaten Lembah Kerinan (2020-2023)."""
import random, copy
from common import *

SLUG = 'uptd_pkb_lembah_kerinan'
AGENCY = 'UPTD Pengujian Kendaraan Bermotor pada Dinas Perhubungan Kabupaten Lembah Kerinan'
YEARS = [2020, 2021, 2022, 2023]
FLOWS = ['K01', 'K04', 'K07', 'K08', 'K13', 'K15', 'K17', 'K19', 'K21', 'K22', 'K23']
NEG = {'K06', 'K09', 'K13', 'K17', 'K18'}
KEPALA = ('Yohanes Bakara Simanjorang, S.T.', 'Penata Tk. I (III/d)', 'NIP. 19810607 200604 1 011')

D = {
 'K01': {2020: ('Jumlah Kendaraan Wajib Uji yang Diuji', 'unit', 9800, 8415),
         2021: ('Jumlah kendaraan bermotor wajib uji yg telah diuji', 'unit', 9500, 9872),
         2022: ('JUMLAH PENGUJIAN KENDARAAN BERMOTOR WAJIB UJI', 'unit', 10200, 10644),
         2023: ('Jumlah KBWU yang Diuji', 'unit', 10800, 11032)},
 'K02': {2020: ('Persentase Kendaraan Wajib Uji yang Melakukan Uji Berkala', '%', 80, 71.6),
         2021: ('Prosentase kendaraan wajib uji yg melaksanakan uji berkala', '%', 80, 82.3),
         2022: ('CAKUPAN PENGUJIAN KENDARAAN BERMOTOR WAJIB UJI (%)', '%', 82, 84.1),
         2023: ('Persentase KBWU yang Melakukan Uji Berkala', '%', 85, 86.25)},
 'K03': {2020: ('Jumlah Kendaraan Wajib Uji Terdaftar', 'unit', 12000, 11752),
         2021: ('Jumlah kendaraan wajib uji yg terdaftar', 'unit', 12000, 11995),
         2022: ('JUMLAH KENDARAAN BERMOTOR WAJIB UJI TERDAFTAR', 'unit', 12400, 12656),
         2023: ('Jumlah KBWU Terdaftar', 'unit', 12800, 12790)},
 'K04': {2020: ('Jumlah Kendaraan Wajib Uji Baru (Uji Pertama)', 'unit', 600, 512),
         2021: ('Jumlah kendaraan wajib uji baru', 'unit', 600, 644),
         2022: ('JUMLAH UJI PERTAMA KENDARAAN BERMOTOR WAJIB UJI BARU', 'unit', 650, 701),
         2023: ('Jumlah KBWU Baru (Uji Pertama)', 'unit', 700, 688)},
 'K05': {2020: ('Persentase Kendaraan yang Lulus Uji', '%', 92, 93.4),
         2021: ('Prosentase kendaraan lulus uji', '%', 90, 94.1),
         2022: ('PERSENTASE KENDARAAN LULUS UJI BERKALA', '%', 92, 93.8),
         2023: ('Persentase KBWU Lulus Uji', '%', 93, 95.02)},
 'K06': {2020: ('Persentase Kendaraan yang Tidak Lulus Uji', '%', 8, 6.6),
         2021: ('Prosentase kendaraan tidak lulus uji', '%', 10, 5.9),
         2022: ('PERSENTASE KENDARAAN TIDAK LULUS UJI BERKALA', '%', 8, 6.2),
         2023: ('Persentase KBWU Tidak Lulus Uji', '%', 7, 4.98)},
 'K07': {2020: ('Pendapatan Retribusi Pengujian Kendaraan Bermotor', 'Rp', 780000000, 655450000),
         2021: ('Realisasi pendapatan retribusi pengujian kendaraan bermotor', 'Rp', 760000000, 801250000),
         2022: ('PENDAPATAN RETRIBUSI PENGUJIAN KB', 'Rp', 8200000000, 853700000),
         2023: ('Pendapatan Retribusi Pengujian\nKendaraan Bermotor (Rp)', 'Rp', 880000000, 902150000)},
 'K08': {2020: ('Jumlah Bukti Lulus Uji Elektronik (BLUe) yang Diterbitkan', 'kartu', 9000, 7760),
         2021: ('Jumlah kartu BLUe yg diterbitkan', 'kartu', 8800, 9135),
         2022: ('JUMLAH PENERBITAN KARTU BUKTI LULUS UJI ELEKTRONIK', 'kartu', 9400, 9981),
         2023: ('Jumlah BLUe yang Diterbitkan', 'kartu', 10000, 10476)},
 'K09': {2020: ('Rata-rata Waktu Pelayanan Pengujian', 'menit', 45, 48),
         2021: ('Rata - rata waktu pelayanan uji (menit)', 'menit', 45, 41),
         2022: ('RATA-RATA WAKTU PELAYANAN PENGUJIAN PER KENDARAAN', 'menit', 40, 38.5),
         2023: ('Rata-Rata Waktu Pelayanan Uji Berkala', 'menit', 35, 36.2)},
 'K10': {2020: ('Indeks Kepuasan Masyarakat (IKM)', 'nilai', 80, 79.3),
         2021: ('Indeks Kepuasan Masyarakat thd pelayanan pengujian', 'nilai', 80, 82.6),
         2022: ('IKM UPTD PKB', 'mutu', None, None),
         2023: ('Indeks Kepuasan Masyarakat Layanan Pengujian Kendaraan Bermotor', 'nilai', 83, 85.14)},
 'K11': {2020: ('Jumlah Penguji Bersertifikat Kompetensi', 'orang', 8, 8),
         2021: ('Jumlah penguji berkompetensi/bersertifikat', 'orang', 9, 9),
         2022: ('JUMLAH TENAGA PENGUJI YANG MEMILIKI SERTIFIKAT KOMPETENSI', 'orang', 10, 11),
         2023: ('Jumlah Penguji Bersertifikat', 'orang', 12, 12)},
 'K12': {2020: ('Persentase Alat Uji yang Terkalibrasi', '%', 100, 85.7),
         2021: ('Prosentase alat uji yg terkalibrasi', '%', 100, 100),
         2022: ('PERSENTASE PERALATAN UJI TERKALIBRASI', '%', 100, 92.86)},
 'K12b': {2023: ('Persentase Alat Uji Terkalibrasi dan Tersertifikasi', '%', 100, 100)},
 'K13': {2020: ('Jumlah Temuan Penyimpangan Hasil Uji', 'kasus', 0, 2),
         2021: ('Jumlah penyimpangan hasil uji', 'kasus', 0, 0),
         2022: ('JUMLAH PENGADUAN/PENYIMPANGAN HASIL UJI', 'kasus', 0, 1)},
 'K14': {2020: ('Predikat Akreditasi UPTD PKB', 'predikat', None, None),
         2021: ('Akreditasi Unit Pelaksana Uji Berkala', 'predikat', None, None),
         2022: ('NILAI AKREDITASI UPUBKB', 'predikat', None, None),
         2023: ('Akreditasi UPUBKB', 'predikat', None, None)},
 'K15': {2021: ('Jumlah kendaraan yg diuji melalui uji keliling', 'unit', 400, 366),
         2022: ('JUMLAH KENDARAAN DIUJI PADA PELAYANAN UJI KELILING', 'unit', 450, 478),
         2023: ('Jumlah KBWU yang Diuji Keliling', 'unit', 500, 512)},
 'K16': {2020: ('Persentase Angkutan Umum yang Laik Jalan', '%', 85, 83.2),
         2021: ('Prosentase angkutan umum laik jalan', '%', 85, 87.5),
         2022: ('PERSENTASE KENDARAAN ANGKUTAN UMUM LAIK JALAN', '%', 87, 88.9),
         2023: ('Persentase Angkutan Umum Laik Jalan', '%', 88, 90.4)},
 'K17': {2020: ('Jumlah Kecelakaan Lalu Lintas Akibat Faktor Kendaraan', 'kejadian', 15, 11),
         2021: ('Jumlah kecelakaan krn faktor teknis kendaraan', 'kejadian', 14, 12),
         2022: ('JUMLAH KECELAKAAN LALU LINTAS YANG DISEBABKAN FAKTOR KENDARAAN', 'kejadian', 12, 9),
         2023: ('Jml Laka Lantas Akibat Faktor Kendaraan', 'kejadian', 10, 10)},
 'K18': {2020: ('Persentase Kendaraan Wajib Uji yang Terlambat Uji', '%', 20, 28.4),
         2021: ('Prosentase kendaraan wajib uji yg terlambat uji', '%', 20, 17.7),
         2022: ('PERSENTASE KBWU TERLAMBAT UJI BERKALA', '%', 18, 15.9),
         2023: ('Persentase KBWU yang Terlambat\nMelakukan Uji Berkala', '%', 15, 13.75)},
 'K19': {2020: ('Jumlah Sosialisasi Uji Berkala', 'kali', 6, 3),
         2021: ('Jumlah kegiatan sosialisasi pengujian kendaraan', 'kali', 6, 6),
         2022: ('JUMLAH SOSIALISASI PENGUJIAN KENDARAAN BERMOTOR KEPADA PEMILIK/PENGUSAHA ANGKUTAN', 'kali', 8, 8),
         2023: ('Jumlah Sosialisasi Uji Berkala', 'kali', 8, 9)},
 'K20': {2020: ('Persentase Laporan Kinerja yang Disampaikan Tepat Waktu', '%', 100, 100),
         2021: ('Prosentase laporan tepat waktu', '%', 100, 100),
         2022: ('PERSENTASE DOKUMEN LAPORAN TEPAT WAKTU', '%', 100, 91.67),
         2023: ('Persentase Laporan UPTD Tepat Waktu', '%', 100, 1)},
 'K21': {2022: ('JUMLAH MOBIL BARANG YANG DIUJI', 'unit', 6800, 7112),
         2023: ('Jumlah Kendaraan Angkutan Barang yang Diuji', 'unit', 7200, 7380)},
 'K22': {2022: ('JUMLAH MOBIL PENUMPANG UMUM YANG DIUJI', 'unit', 2200, 2315),
         2023: ('Jumlah Kendaraan Angkutan Penumpang Umum yang Diuji', 'unit', 2400, 2462)},
 'K23': {2022: ('JUMLAH MOBIL BUS YANG DIUJI', 'unit', 1200, 1217),
         2023: ('Jumlah Bus yang Diuji', 'unit', 1200, 1190)},
}


def E(i, y):
    return D[i][y]


def idn(x):
    if isinstance(x, float) and x != int(x):
        s = f'{x:,.2f}'.rstrip('0').rstrip('.')
    else:
        s = f'{int(x):,}'
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


# ================================================================ 2020: card / form layout, two blocks per band
SAS20 = [
 ('Meningkatnya kelaikan kendaraan bermotor wajib uji', ['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K16', 'K18']),
 ('Meningkatnya kualitas pelayanan pengujian', ['K07', 'K08', 'K09', 'K10', 'K11', 'K12', 'K13', 'K14']),
 ('Menurunnya kecelakaan akibat faktor kendaraan', ['K17', 'K19']),
 ('Meningkatnya akuntabilitas kinerja UPTD', ['K20']),
]


def cards2020(b, ws):
    y = 2020
    widths(ws, {'A': 4, 'B': 14, 'C': 2, 'D': 22, 'E': 22, 'F': 3, 'G': 4, 'H': 14, 'I': 2, 'J': 22, 'K': 22})
    merge(ws, 'A1:K1', 'LEMBAR PENGUKURAN KINERJA', bold=True, align=CENTER)
    merge(ws, 'A2:K2', 'UPTD PENGUJIAN KENDARAAN BERMOTOR', bold=True, align=CENTER)
    merge(ws, 'A3:K3', 'DINAS PERHUBUNGAN KABUPATEN LEMBAH KERINAN', bold=True, align=CENTER)
    merge(ws, 'A4:K4', 'TAHUN ANGGARAN 2020', bold=True, align=CENTER)
    r = 6
    n = 0
    text_vals = {'K01': ('9.800 unit', '8.415 unit'), 'K03': ('12.000 unit', '11.752 unit'),
                 'K07': ('Rp 780.000.000', None), 'K09': ('45 menit', '48 menit'), 'K02': ('80 %', '71,6 %')}
    for si, (sas, ids) in enumerate(SAS20, 1):
        merge(ws, f'A{r}:K{r}', f'SASARAN {si} : {sas}', bold=True, fill=GRP_FILL)
        r += 2
        blocks = list(ids)
        if si == 1:
            blocks.append('DUP_K16')
        for k in range(0, len(blocks), 2):
            pair = blocks[k:k + 2]
            for j, iid in enumerate(pair):
                cn, cl, cc, cv, cv2 = ('A', 'B', 'C', 'D', 'E') if j == 0 else ('G', 'H', 'I', 'J', 'K')
                dup = iid == 'DUP_K16'
                real = 'K16' if dup else iid
                name, unit, t, rv = E(real, y)
                if not dup:
                    n += 1
                w(ws, f'{cn}{r}', f'{n}.', align=LEFTW)
                labels = ['Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']
                for i, lab in enumerate(labels):
                    w(ws, f'{cl}{r+i}', lab, align=LEFTW)
                    w(ws, f'{cc}{r+i}', ':', align=LEFTW)
                merge(ws, f'{cv}{r}:{cv2}{r}', name, align=LEFTW)
                ws.row_dimensions[r].height = 32
                w(ws, f'{cv}{r+1}', unit)
                tw, rw = t, rv
                if real in text_vals:
                    a, bb = text_vals[real]
                    tw = a if a else tw
                    rw = bb if bb else rw
                if real == 'K14':
                    tw, rw = 'B', 'B'
                fmt = '#,##0' if real == 'K07' else None
                w(ws, f'{cv}{r+2}', tw, fmt=fmt, align=Alignment(horizontal='left'))
                w(ws, f'{cv}{r+3}', rw, fmt=fmt, align=Alignment(horizontal='left'))
                numeric = isinstance(tw, (int, float)) and isinstance(rw, (int, float))
                if real == 'K01':
                    cap = 87.9
                    b.note(ws, r, 'K01 (left block) target/realisasi TEXT "9.800 unit" / "8.415 unit" (key 9800 / 8415); capaian TYPED 87,9 while 8.415/9.800 = 85,87.')
                elif real == 'K14':
                    cap = 100
                    b.note(ws, r, 'K14 (block at this row) grades "B" / "B": key null/null; capaian typed 100.')
                elif real in ('K06', 'K18', 'K17'):
                    cap = f'=(2*{cv}{r+2}-{cv}{r+3})/{cv}{r+2}*100'
                elif real == 'K09':
                    cap = round(48 / 45 * 100, 2)
                    b.note(ws, r, 'K09 (right block) NEGATIVE (waktu pelayanan, lower is better) but capaian typed 106,67 = 48/45 (positive); negative would be 93,33. Values typed "45 menit" / "48 menit".')
                elif numeric:
                    cap = f'={cv}{r+3}/{cv}{r+2}*100'
                else:
                    cap = {'K03': 97.93, 'K07': 84.03, 'K02': 89.5}[real]
                w(ws, f'{cv}{r+4}', cap, fmt='0.00', align=Alignment(horizontal='left'))
                if real == 'K13':
                    b.note(ws, r, 'K13 (block at this row) target 0 (realisasi 2): capaian formula gives #DIV/0! (target zero).')
                if real == 'K07':
                    b.note(ws, r, 'K07 target typed as TEXT "Rp 780.000.000" (key 780000000); realisasi a number 655.450.000; capaian typed 84,03.')
                if real == 'K02':
                    b.note(ws, r, 'K02 target/realisasi text "80 %" / "71,6 %" (key 80 / 71,6); capaian typed 89,5.')
                if dup:
                    b.note(ws, r, f'DUPLICATED BLOCK: the {"left" if j == 0 else "right"} block at row {r} repeats K16 (first copy keyed); not a key row.')
                else:
                    b.key(ws, r, y, name, real, t, rv, f'{cv}{r}', ('cell', f'{cv}{r+2}'), ('cell', f'{cv}{r+3}'))
            r += 6
    last = r - 1
    w(ws, f'H{r+1}', 'Lembah Kerinan, 30 Desember 2020')
    w(ws, f'H{r+2}', 'Kepala UPTD Pengujian Kendaraan Bermotor,')
    w(ws, f'H{r+6}', KEPALA[0], bold=True)
    w(ws, f'H{r+7}', KEPALA[1])
    w(ws, f'H{r+8}', KEPALA[2])
    b.describe(ws, f'CARD / FORM layout (no table header). Title rows 1-4; each sasaran is a shaded band row '
               f'"SASARAN n : ..." (merged A:K); under it indicator cards two per band: left card in A-E, right card '
               f'in G-K. A card is 5 lines: "Indikator Kinerja : <name>" (name merged D:E or J:K; KEY ROW, shared by '
               f'the left and right card), "Satuan", "Target", "Realisasi", "Capaian (%)" (formula or typed), then a '
               f'blank line. Target = 2 rows below the name, Realisasi = 3 rows below. Cards rows 8-{last}. Signature below.')


# ================================================================ 2021: quarterly triplets, annual realisasi, polarity
SAS21 = [
 ('Meningkatnya kelaikan kendaraan bermotor wajib uji', ['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K15', 'K16', 'K18']),
 ('Meningkatnya kualitas pelayanan pengujian kendaraan bermotor', ['K07', 'K08', 'K09', 'K10', 'K11', 'K12', 'K13', 'K14']),
 ('Menurunnya kecelakaan lalu lintas akibat faktor kendaraan', ['K17', 'K19']),
 ('Meningkatnya akuntabilitas kinerja UPTD', ['K20']),
]
OLD21 = {'K01': 10000, 'K03': 12500, 'K07': 800000000, 'K08': 9200, 'K04': 650}


def ra2021(b, ws, rng):
    y = 2021
    widths(ws, {'A': 4, 'B': 24, 'C': 44, 'D': 8, 'E': 9, 'F': 13, 'G': 12, 'T': 13, 'U': 11, 'V': 18})
    for c in range(8, 20):
        ws.column_dimensions[CL(c)].width = 9
    ws.column_dimensions['G'].hidden = True
    merge(ws, 'A1:V1', 'RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN', bold=True, align=CENTER)
    merge(ws, 'A2:V2', 'UPTD PENGUJIAN KENDARAAN BERMOTOR DINAS PERHUBUNGAN KABUPATEN LEMBAH KERINAN', bold=True, align=CENTER)
    merge(ws, 'A3:V3', 'TAHUN 2021', bold=True, align=CENTER)
    for ref, v in [('A5:A6', 'No'), ('B5:B6', 'Sasaran'), ('C5:C6', 'Indikator Kinerja'), ('D5:D6', 'Satuan'),
                   ('E5:E6', 'Polaritas'), ('F5:F6', 'Target 2021'), ('G5:G6', 'Target Awal'),
                   ('H5:J5', 'TW I'), ('K5:M5', 'TW II'), ('N5:P5', 'TW III'), ('Q5:S5', 'TW IV'),
                   ('T5:T6', 'Realisasi 2021'), ('U5:U6', 'Capaian 2021 (%)'), ('V5:V6', 'Penanggung Jawab')]:
        merge(ws, ref, v, bold=True, align=CENTER, fill=HDR_FILL)
    for q in range(4):
        for i, v in enumerate(['T', 'R', '%']):
            w(ws, f'{CL(8+3*q+i)}6', v, bold=True, align=CENTER, fill=HDR_FILL)
    for c in range(1, 23):
        w(ws, f'{CL(c)}7', f'({c})', align=CENTER, italic=True)
    box_range(ws, 5, 1, 7, 22)
    r = 8
    for si, (sas, ids) in enumerate(SAS21, 1):
        r0 = r
        for k, iid in enumerate(ids):
            name, unit, t, rv = E(iid, y)
            written = f'{"abcdefghij"[k]}. {name}'
            flow = iid in FLOWS
            tw = t
            if iid == 'K14':
                tq, rq, tw = ['-', '-', '-', 'A'], ['-', '-', '-', 'B'], 'A'
            elif iid == 'K13':
                tq, rq = [0, 0, 0, 0], [0, 0, 0, 0]
            elif iid == 'K19':
                tq, rq = [1, 2, 2, 1], [1, 2, 2, 1]
            elif iid == 'K17':
                tq, rq = [3, 4, 3, 4], [2, 4, 3, 3]
            elif iid == 'K07':
                tq = [x * 1000 for x in split_flow(t // 1000, 4, rng)]
                rq = [x * 1000 for x in split_flow(rv // 1000, 4, rng)]
            elif flow:
                tq, rq = split_flow(t, 4, rng), split_flow(rv, 4, rng)
            elif iid in ('K10',):
                tq, rq = ['-', 80, '-', 80], ['-', 81.9, '-', 82.6]
            elif iid == 'K11':
                tq, rq = [9, 9, 9, 9], [8, 8, 9, 9]
            elif iid == 'K03':
                tq, rq = [12000] * 4, [11820, 11890, 11940, 11995]
            elif iid == 'K20':
                tq, rq = [100] * 4, [100] * 4
            elif iid == 'K12':
                tq, rq = [100] * 4, [85.7, 85.7, 100, 100]
            else:
                tq, rq = [t] * 4, level_path(rv, 4, rng, dec=1, down=iid in NEG)
            if iid == 'K05':
                tw = '>= 90'
                tq = ['>= 90'] * 4
            w(ws, f'C{r}', written, align=LEFTW)
            w(ws, f'D{r}', unit, align=CENTER)
            w(ws, f'E{r}', 'Negatif' if iid in NEG else 'Positif', align=CENTER)
            fmt = '#,##0' if iid == 'K07' else None
            w(ws, f'F{r}', tw, fmt=fmt, align=CENTER)
            w(ws, f'G{r}', OLD21.get(iid), fmt=fmt, align=CENTER)
            for q in range(4):
                ct, cr, cp = CL(8 + 3 * q), CL(9 + 3 * q), CL(10 + 3 * q)
                w(ws, f'{ct}{r}', tq[q], fmt=fmt, align=CENTER)
                w(ws, f'{cr}{r}', rq[q], fmt=fmt, align=CENTER)
                if isinstance(tq[q], (int, float)) and isinstance(rq[q], (int, float)) and tq[q] != 0:
                    if iid in NEG:
                        w(ws, f'{cp}{r}', f'=(2*{ct}{r}-{cr}{r})/{ct}{r}*100', fmt='0.0', align=CENTER)
                    else:
                        w(ws, f'{cp}{r}', f'={cr}{r}/{ct}{r}*100', fmt='0.0', align=CENTER)
                else:
                    w(ws, f'{cp}{r}', '-', align=CENTER)
            if iid == 'K14':
                w(ws, f'T{r}', 'B', align=CENTER)
                cap = '-'
            elif flow:
                w(ws, f'T{r}', f'=I{r}+L{r}+O{r}+R{r}', fmt=fmt, align=CENTER)
                cap = f'=T{r}/F{r}*100'
            else:
                w(ws, f'T{r}', f'=R{r}', align=CENTER)
                cap = f'=T{r}/F{r}*100'
            if iid in NEG and iid != 'K06':
                cap = f'=(2*F{r}-T{r})/F{r}*100'
            if iid == 'K13':
                cap = f'=IF(F{r}=0,"-",(2*F{r}-T{r})/F{r}*100)'
            if iid == 'K08':
                cap = f'=T{r+1}/F{r+1}*100'
                b.note(ws, r, f'K08 capaian formula points at the next row (=T{r+1}/F{r+1}*100, the K09 waktu pelayanan row): 91,11 instead of 103,81.')
            w(ws, f'U{r}', cap, fmt='0.00', align=CENTER)
            w(ws, f'V{r}', {1: 'Kasi Pengujian', 2: 'Kasubag TU', 3: 'Kasi Pengujian', 4: 'Kasubag TU'}[si], align=LEFTC)
            if iid == 'K06':
                b.note(ws, r, 'K06 Polaritas says "Negatif" but the annual capaian formula is the positive =T/F*100 (59 instead of 141); the quarterly % cells use the negative formula.')
            if iid == 'K05':
                b.note(ws, r, 'K05 target typed ">= 90" (text; key 90), quarter targets too; capaian =T/F*100 gives #VALUE!.')
            if iid == 'K14':
                b.note(ws, r, 'K14 grades: target "A", TW IV and annual realisasi "B": key null/null.')
            if iid == 'K13':
                b.note(ws, r, 'K13 target 0 and realisasi 0 (target zero): capaian "-" via IF.')
            if iid == 'K10':
                b.note(ws, r, 'K10 IKM measured per semester (TW I, III "-"); annual realisasi =TW IV.')
            b.key(ws, r, y, written, iid, t, rv, f'C{r}', ('cell', f'F{r}'), ('cell', f'T{r}'))
            r += 1
        merge(ws, f'A{r0}:A{r-1}', si, align=CENTER)
        merge(ws, f'B{r0}:B{r-1}', sas, align=LEFTW)
    last = r - 1
    box_range(ws, 8, 1, last, 22)
    w(ws, f'R{r+2}', 'Lembah Kerinan, 11 Januari 2022')
    w(ws, f'R{r+3}', 'Kepala UPTD PKB,')
    w(ws, f'R{r+7}', KEPALA[0], bold=True)
    w(ws, f'R{r+8}', KEPALA[2])
    b.note(ws, None, 'HIDDEN COLUMN G "Target Awal" (targets before the budget revision, e.g. K01 10.000, K07 800.000.000) '
           'is not the target: key target = column F.')
    b.describe(ws, f'Quarterly RA with triplets. Title rows 1-3, two header rows 5-6 (TW I..IV each over T | R | %), '
               f'numbered row 7 "(1)".."(22)". Columns: A No (per sasaran, merged), B Sasaran (merged), C Indikator '
               f'(prefixed "a. ", "b. " within each sasaran), D Satuan, E Polaritas (Positif/Negatif), F Target 2021, '
               f'G Target Awal (HIDDEN column), H-S TW I-IV T/R/%, T Realisasi 2021 (=SUM for flows, =TW IV for levels), '
               f'U Capaian 2021 (%), V Penanggung Jawab. Data rows 8-{last}.')


# ================================================================ 2022: e-SAKIP export (flat, snake_case headers)
SAS22 = [
 ('SS.01', 'Meningkatnya kelaikan kendaraan bermotor wajib uji',
  ['K01', 'K21', 'K22', 'K23', 'K02', 'K03', 'K04', 'K05', 'K06', 'K15', 'K16', 'K18']),
 ('SS.02', 'Meningkatnya kualitas pelayanan pengujian kendaraan bermotor', ['K07', 'K08', 'K09', 'K10', 'K11', 'K12', 'K13', 'K14']),
 ('SS.03', 'Menurunnya kecelakaan lalu lintas akibat faktor kendaraan', ['K17', 'K19']),
 ('SS.04', 'Meningkatnya akuntabilitas kinerja UPTD', ['K20']),
]


def export2022(b, ws, hidden_copy=False):
    y = 2022
    heads = ['no', 'tahun', 'kode_sasaran', 'sasaran', 'kode_indikator', 'indikator_kinerja', 'satuan', 'target',
             'realisasi', 'capaian', 'polaritas', 'status_verifikasi']
    for i, h in enumerate(heads):
        w(ws, f'{CL(i+1)}1', h, bold=True)
    widths(ws, {'A': 5, 'B': 7, 'C': 10, 'D': 40, 'E': 14, 'F': 60, 'G': 9, 'H': 14, 'I': 14, 'J': 10, 'K': 10, 'L': 16})
    r, n = 2, 0
    for kode, sas, ids in SAS22:
        for k, iid in enumerate(ids, 1):
            n += 1
            name, unit, t, rv = E(iid, y)
            tw, rw = t, rv
            cap = None if t in (None, 0) else round((2 * t - rv) / t * 100 if iid in NEG else rv / t * 100, 2)
            if iid == 'K07':
                tw = '8.200.000.000'
                cap = round(rv / 820000000 * 100, 2)
            if iid == 'K09':
                rw = '38,5'
            if iid == 'K10':
                tw, rw, cap = 'B', 'B', None
            if iid == 'K14':
                tw, rw, cap = 'A', 'A', None
            if iid == 'K21':
                cap = 140.59
            if iid == 'K13':
                cap = 0
            if hidden_copy:
                if isinstance(rw, (int, float)):
                    rw = round(rw * 0.9, 2)
                cap = None
            vals = [n, 2022, kode, sas, f'IKU.{kode[-2:]}.{k:02d}', name, unit, tw, rw, cap,
                    'negatif' if iid in NEG else 'positif', 'Draft' if hidden_copy else ('Terverifikasi' if iid not in ('K21', 'K09') else 'Perlu Perbaikan')]
            for i, v in enumerate(vals):
                w(ws, f'{CL(i+1)}{r}', v)
            if not hidden_copy:
                b.key(ws, r, y, name, iid, t, rv, f'F{r}', ('cell', f'H{r}'), ('cell', f'I{r}'))
                if iid == 'K07':
                    b.note(ws, r, 'K07 target edited by hand to TEXT "8.200.000.000" (10x the DPA 820.000.000): key 8200000000 AS TYPED; the exported capaian 104,11 was computed against 820 juta.')
                if iid == 'K09':
                    b.note(ws, r, 'K09 realisasi TEXT "38,5" (Indonesian decimal comma): key 38,5.')
                if iid == 'K10':
                    b.note(ws, r, 'K10 "IKM UPTD PKB" grades "B" / "B" (mutu pelayanan): key null/null, capaian empty.')
                if iid == 'K14':
                    b.note(ws, r, 'K14 grades "A" / "A": key null/null.')
                if iid == 'K21':
                    b.note(ws, r, 'K21 capaian TYPED 140,59 while 7.112 / 6.800 = 104,59 (digit slip).')
                if iid == 'K13':
                    b.note(ws, r, 'K13 target 0, realisasi 1, exported capaian 0 (target zero; negative indicator).')
            r += 1
    last = r - 1
    if not hidden_copy:
        b.describe(ws, f'e-SAKIP EXPORT: no title, one header row 1 in snake_case (no | tahun | kode_sasaran | sasaran | '
                   f'kode_indikator | indikator_kinerja | satuan | target | realisasi | capaian | polaritas | '
                   f'status_verifikasi); sasaran repeated on every row; names in UPPER CASE; values stored as numbers '
                   f'except a few hand edits. Data rows 2-{last}. Key name cell F, target H, realisasi I.')
    else:
        b.describe(ws, 'HIDDEN sheet: an earlier draft export of 2022 (realisasi 90 % of the final, status Draft). Not key rows.')


# ================================================================ 2023: transposed matrix (indicators across columns)
SAS23 = [
 ('Meningkatnya kelaikan kendaraan bermotor wajib uji',
  ['K01', 'K15', 'K21', 'K22', 'K23', 'K02', 'K03', 'K04', 'K05', 'K06', 'K16', 'K18']),
 ('Meningkatnya kualitas pelayanan pengujian', ['K07', 'K08', 'K09', 'K10', 'K11', 'K12b', 'K14']),
 ('Menurunnya kecelakaan akibat faktor kendaraan', ['K17', 'K19']),
 ('Meningkatnya akuntabilitas', ['K20']),
]


def matrix2023(b, ws, rng):
    y = 2023
    merge(ws, 'A1:X1', 'MATRIKS CAPAIAN KINERJA UPTD PENGUJIAN KENDARAAN BERMOTOR', bold=True, align=CENTER)
    merge(ws, 'A2:X2', 'DINAS PERHUBUNGAN KABUPATEN LEMBAH KERINAN - TAHUN 2023', bold=True, align=CENTER)
    labels = {4: 'Sasaran', 5: 'Indikator Kinerja', 6: 'Satuan', 7: 'Polaritas', 8: 'Target 2023',
              9: 'Realisasi TW I', 10: 'Realisasi TW II', 11: 'Realisasi TW III', 12: 'Realisasi TW IV',
              13: 'Realisasi 2023', 14: 'Capaian (%)', 15: 'Keterangan'}
    for rr, v in labels.items():
        w(ws, f'A{rr}', v, bold=True, fill=HDR_FILL, box=True, align=LEFTC)
    ws.column_dimensions['A'].width = 18
    ws.row_dimensions[5].height = 90
    col = 2
    for sas, ids in SAS23:
        c0 = col
        for iid in ids:
            L = CL(col)
            ws.column_dimensions[L].width = 14
            name, unit, t, rv = E(iid, y)
            flow = iid in FLOWS
            fmt = None
            if iid == 'K02':
                fmt = '0.00%'
            if iid == 'K14':
                tq, rq, tw = ['-', '-', '-', 'A'], None, 'A'
            elif iid == 'K07':
                tq, tw = [x * 1000 for x in split_flow(rv // 1000, 4, rng)], t
            elif iid == 'K10':
                tq, tw = ['-', 84.2, '-', 85.14], t
            elif iid == 'K19':
                tq, tw = [2, 3, 2, 2], t
            elif iid == 'K17':
                tq, tw = [3, 2, 2, 3], t
            elif iid == 'K20':
                tq, tw = [100, 100, 100, 100], t
            elif iid == 'K12b':
                tq, tw = [100, 100, 100, 100], t
            elif iid in ('K11',):
                tq, tw = [10, 11, 12, 12], t
            elif iid == 'K03':
                tq, tw = [12610, 12680, 12745, 12790], t
            elif flow:
                tq, tw = split_flow(rv, 4, rng), t
            else:
                tq, tw = level_path(rv, 4, rng, dec=2, spread=0.03, down=iid in NEG), t
            w(ws, f'{L}5', name, bold=True, align=CENTER, box=True)
            w(ws, f'{L}6', unit, align=CENTER, box=True)
            w(ws, f'{L}7', '-' if iid in NEG else '+', align=CENTER, box=True)
            nf = '0.00%' if fmt else ('#,##0' if iid == 'K07' else None)
            w(ws, f'{L}8', tw / 100 if (fmt and isinstance(tw, (int, float))) else tw, fmt=nf, align=CENTER, box=True)
            for q in range(4):
                v = tq[q]
                w(ws, f'{L}{9+q}', v / 100 if (fmt and isinstance(v, (int, float))) else v, fmt=nf, align=CENTER, box=True)
            if iid == 'K14':
                w(ws, f'{L}13', 'A', align=CENTER, box=True)
                cap = '-'
            elif iid == 'K20':
                w(ws, f'{L}13', 1, align=CENTER, box=True)
                cap = f'={L}13/{L}8*100'
            elif flow:
                w(ws, f'{L}13', f'=SUM({L}9:{L}12)', fmt=nf, align=CENTER, box=True)
                cap = f'={L}13/{L}8*100'
            else:
                w(ws, f'{L}13', f'={L}12', fmt=nf, align=CENTER, box=True)
                cap = f'={L}13/{L}8*100'
            if iid in NEG:
                cap = f'=(2*{L}8-{L}13)/{L}8*100'
            if iid == 'K22':
                P = CL(col - 1)
                cap = f'={P}13/{P}8*100'
                b.note(ws, 5, f'K22 (column {L}) capaian formula points at the previous COLUMN (={P}13/{P}8*100, K21): 102,50 instead of 102,58.')
            w(ws, f'{L}14', cap, fmt='0.00', align=CENTER, box=True)
            ket = {'K10': 'Survei semester', 'K12b': 'Termasuk sertifikasi alat', 'K20': 'Lengkap', 'K14': 'Akreditasi Kemenhub'}.get(iid)
            w(ws, f'{L}15', ket, align=CENTER, box=True)
            if iid == 'K20':
                b.note(ws, 5, f'K20 (column {L}) quarters 100 but "Realisasi 2023" typed 1 (a fraction in a General cell for 100 %): key realisasi 1 AS TYPED; capaian 1.')
            if iid == 'K02':
                b.note(ws, 5, f'K02 (column {L}) target, quarters and realisasi are fractions in 0.00%-formatted cells: key 85 / 86,25.')
            if iid == 'K14':
                b.note(ws, 5, f'K14 (column {L}) grades "A" / "A": key null/null.')
            if iid in ('K07', 'K18'):
                b.note(ws, 5, f'{iid} (column {L}) name contains a line break (Alt+Enter); written keeps "\\n".')
            b.key(ws, 5, y, name, iid, t, rv, f'{L}5', ('cell', f'{L}8'), ('cell', f'{L}13'))
            col += 1
        if col - 1 > c0:
            merge(ws, f'{CL(c0)}4:{CL(col-1)}4', sas, bold=True, align=CENTER, box=True)
        else:
            w(ws, f'{CL(c0)}4', sas, bold=True, align=CENTER, box=True)
    lastcol = CL(col - 1)
    w(ws, f'{CL(col-5)}18', 'Lembah Kerinan, 12 Januari 2024')
    w(ws, f'{CL(col-5)}19', 'Kepala UPTD PKB,')
    w(ws, f'{CL(col-5)}23', 'Rahmadani Putri Harahap, S.T., M.T.', bold=True)
    w(ws, f'{CL(col-5)}24', 'NIP. 19850214 200902 2 003')
    b.describe(ws, f'TRANSPOSED MATRIX: indicators run across columns B-{lastcol}; rows are fields. Row 4 Sasaran '
                   f'(merged over its indicators\' columns), row 5 Indikator Kinerja (ALL name cells, so every key row '
                   f'of this sheet is 5), 6 Satuan, 7 Polaritas (+/-), 8 Target 2023, 9-12 Realisasi TW I-IV, 13 Realisasi '
                   f'2023 (=SUM for flows, =TW IV for levels), 14 Capaian (%), 15 Keterangan. Column A holds the row labels.')


def keterangan(b, ws):
    widths(ws, {'A': 110})
    lines = ['KETERANGAN',
             'KBWU = Kendaraan Bermotor Wajib Uji.',
             'BLUe = Bukti Lulus Uji elektronik (kartu dan stiker uji).',
             'UPUBKB = Unit Pelaksana Uji Berkala Kendaraan Bermotor (nama akreditasi Kemenhub untuk UPTD PKB).',
             'Mulai 2023 indikator alat uji mencakup kalibrasi dan sertifikasi alat.',
             'Sheet export_2022 diunduh dari aplikasi e-SAKIP Kabupaten tanggal 20-01-2023 (target retribusi diperbaiki manual).']
    for i, l in enumerate(lines):
        w(ws, f'A{i+1}', l, bold=(i == 0))
    b.describe(ws, 'Notes sheet: acronyms (KBWU, BLUe, UPUBKB) and remarks. Not key rows.')


def main():
    rng = random.Random(4503)
    b1 = Book(SLUG, 'Lembar PK UPTD PKB 2020', 'ods')
    cards2020(b1, b1.sheet('Lembar PK 2020'))
    b1.save()

    b2 = Book(SLUG, 'RA TW UPTD PKB 2021', 'xls')
    ra2021(b2, b2.sheet('RA TW 2021'), rng)
    b2.save()

    b3 = Book(SLUG, 'Kinerja UPTD PKB 2022-2023', 'xlsx')
    export2022(b3, b3.sheet('export_2022'))
    matrix2023(b3, b3.sheet('Matriks 2023'), rng)
    export2022(b3, b3.sheet('Sheet3', hidden=True), hidden_copy=True)
    keterangan(b3, b3.sheet('Keterangan'))
    b3.save()

    finish(SLUG, AGENCY, YEARS, [b1, b2, b3], ambiguous=[['K12', 'K12b']], flows=FLOWS,
           extra=dict(neg=sorted(NEG)))


if __name__ == '__main__':
    main()
