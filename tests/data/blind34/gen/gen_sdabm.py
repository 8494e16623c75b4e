import random, os, openpyxl
from common import *
AG = 'sdabm'; YEARS = [2021, 2022, 2023, 2024]
rng = random.Random(3402)
KAB = 'Kabupaten Tanah Meranti'
CAT = {
 'SD01': ('%', 2, False, 68.5, 2.5, 100, {2021: 'Persentase panjang jalan kabupaten dalam kondisi mantap', 2022: 'Prosentase jalan kabupaten kondisi mantap', 2023: '% Panjang Jalan Kabupaten Mantap', 2024: 'Persentase Jalan Kabupaten dalam Kondisi Mantap (baik dan sedang)'}),
 'SD02': ('Km', 2, False, 412.5, 18, None, {2021: 'Panjang jalan kabupaten dalam kondisi baik', 2022: 'Panjang jalan kondisi baik', 2023: 'Panjang jalan kabupaten kondisi baik', 2024: 'Jalan kabupaten dalam kondisi baik'}),
 'SD03': ('Km', 2, False, 42.5, 4, None, {2021: 'Panjang jalan yang ditingkatkan', 2022: 'Panjang peningkatan jalan', 2023: 'Panjang jalan kabupaten yang ditingkatkan strukturnya', 2024: 'Panjang jalan yang ditingkatkan'}),
 'SD04': ('Km', 2, False, 180, 10, None, {2021: 'Panjang jalan yang dipelihara', 2022: 'Panjang pemeliharaan rutin jalan', 2023: 'Panjang jalan yang mendapat pemeliharaan rutin', 2024: 'Panjang jalan yang dipelihara rutin'}),
 'SD05': ('%', 2, False, 78, 2, 100, {2021: 'Persentase jembatan kabupaten dalam kondisi baik', 2022: 'Prosentase jembatan kondisi baik', 2023: 'Persentase jembatan dalam kondisi baik', 2024: '% jembatan kondisi baik'}),
 'SD06': ('Unit', 0, False, 6, 1, None, {2021: 'Jumlah jembatan yang dibangun', 2022: 'Jembatan yang dibangun', 2023: 'Jumlah pembangunan jembatan'}),
 'SD07': ('%', 2, False, 71.2, 2.2, 100, {2021: 'Persentase jaringan irigasi kabupaten dalam kondisi baik', 2022: 'Prosentase Jaringan Irigasi Kondisi Baik', 2023: 'Persentase jaringan irigasi dalam kondisi baik', 2024: 'Persentase Jaringan Irigasi (JI) Kondisi Baik'}),
 'SD08': ('Ha', 0, False, 12450, 350, None, {2021: 'Luas daerah irigasi (DI) yang terlayani', 2022: 'Luas areal irigasi terlayani', 2023: 'Luas DI yang terlayani jaringan irigasi', 2024: 'Luas daerah irigasi terlayani'}),
 'SD09': ('M', 0, False, 8500, 500, None, {2021: 'Panjang saluran irigasi yang direhabilitasi', 2022: 'Panjang rehabilitasi saluran irigasi', 2023: 'Panjang saluran irigasi yg direhabilitasi', 2024: 'Panjang jaringan irigasi yang direhabilitasi'}),
 'SD10': ('M', 0, False, 3200, 300, None, {2021: 'Panjang saluran drainase yang dibangun', 2022: 'Panjang drainase yang dibangun', 2023: 'Pembangunan saluran drainase', 2024: 'Panjang saluran drainase perkotaan yang dibangun'}),
 'SD11': ('%', 2, False, 55, 3, 100, {2022: 'Persentase drainase dalam kondisi baik', 2023: 'Prosentase saluran drainase kondisi baik', 2024: 'Persentase saluran drainase dalam kondisi baik'}),
 'SD12': ('Ha', 0, True, 140, -12, None, {2021: 'Luas genangan banjir', 2022: 'Luas kawasan tergenang banjir', 2023: 'Luas genangan', 2024: 'Luas genangan banjir di Kabupaten Tanah Meranti'}),
 'SD13': ('%', 2, False, 62, 3, 100, {2021: 'Persentase cakupan pelayanan air baku', 2022: 'Cakupan layanan air baku', 2023: 'Persentase cakupan pelayanan air baku', 2024: 'Persentase cakupan pelayanan air baku'}),
 'SD14': ('Liter/detik', 0, False, 210, 20, None, {2022: 'Kapasitas air baku yang tersedia', 2023: 'Kapasitas sarana air baku terbangun', 2024: 'Kapasitas air baku'}),
 'SD15': ('Titik', 0, False, 8, 2, None, {2021: 'Jumlah titik rawan banjir yang ditangani', 2022: 'Titik rawan banjir yang tertangani'}),
 'SD15B': ('Lokasi', 0, False, 10, 2, None, {2024: 'Jumlah lokasi rawan banjir yang ditangani'}),
 'SD16': ('%', 2, True, 9.5, -1, None, {2021: 'Persentase jalan kabupaten rusak berat', 2023: 'Persentase panjang jalan kabupaten kondisi rusak berat', 2024: 'Persentase jalan rusak berat'}),
 'SD17': ('Indeks', 2, False, 78, 1, None, {2021: 'Indeks Kepuasan Masyarakat', 2022: 'Nilai IKM', 2023: 'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan DSDABM', 2024: 'IKM'}),
}
V = {k: gen_vals(rng, c[3], c[4], YEARS, c[1], c[2], c[5]) for k, c in CAT.items()}
V['SD15B'] = {2024: [14, 12]}
LEVEL = {'SD01', 'SD02', 'SD05', 'SD07', 'SD08', 'SD11', 'SD12', 'SD13', 'SD14', 'SD16', 'SD17'}
key = Key('Dinas Sumber Daya Air dan Bina Marga Kabupaten Tanah Meranti', YEARS)
key.d['ambiguous'] = [['SD15', 'SD15B']]
NOTES = []
SIG = ('Kepala Dinas Sumber Daya Air dan Bina Marga', 'RUSDIANTO HARAHAP, S.T., M.T.', 'Pembina Tk. I (IV/b)', '19750921 200112 1 004')
SIG2 = ('Kepala Bappeda Kabupaten Tanah Meranti', 'Dra. SITI MARLINA NASUTION, M.AP', 'Pembina Utama Muda (IV/c)', '19690307 199403 2 006')
fmt_of = lambda iid: '#,##0' if CAT[iid][1] == 0 else '#,##0.00'

# ---------------- 2021 E.81 ----------------
def f2021():
    y = 2021; fn = 'E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx'; sh = 'E81 TW IV 2021'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANAH MERANTI',
               'RENJA DINAS SUMBER DAYA AIR DAN BINA MARGA KABUPATEN TANAH MERANTI TAHUN 2021',
               'Periode Pelaksanaan: Triwulan IV (Oktober - Desember 2021)'], 26)
    w(ws, 4, 1, 'Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD:', border=False)
    H = 6
    for c, t in [(1, 'No'), (2, 'Sasaran'), (3, 'Program / Kegiatan'), (4, 'Indikator Kinerja Program (outcome) / Kegiatan (output)'), (5, 'Satuan'), (26, 'Unit Perangkat Daerah Penanggung Jawab')]:
        m(ws, H, c, H + 2, c, t, b=True)
    blocks = [(6, 'Target Renstra PD pada Tahun 2024 (Akhir Periode Renstra PD)'),
              (8, 'Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)'),
              (10, 'Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi'),
              (20, 'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi'),
              (22, 'Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021 (Akhir Tahun Pelaksanaan Renja PD Tahun 2021)'),
              (24, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)')]
    for c, t in blocks: m(ws, H, c, H + 1, c + 1, t, b=True, size=8)
    m(ws, H, 12, H, 19, 'Realisasi Kinerja Pada Triwulan', b=True)
    for q, lab in enumerate(['I', 'II', 'III', 'IV']): m(ws, H + 1, 12 + 2 * q, H + 1, 13 + 2 * q, lab, b=True)
    for c in range(6, 26): w(ws, H + 2, c, 'K' if c % 2 == 0 else 'Rp', b=True, center=True)
    nums = [(1, '1'), (2, '2'), (3, '3'), (4, '4'), (5, ''), (6, '5'), (8, '6'), (10, '7'), (12, '8'), (14, '9'), (16, '10'), (18, '11'),
            (20, '12 = 8+9+10+11'), (22, '13 = 6 + 12'), (24, '14 = 13/5 x 100'), (26, '15')]
    for c, t in nums:
        if c in (1, 2, 3, 4, 5, 26): w(ws, H + 3, c, t, center=True, italic=True)
        else: m(ws, H + 3, c, H + 3, c + 1, t, italic=True, size=8)
    struct = [
      ('S', 'Meningkatnya kemantapan jalan dan jembatan kabupaten', [('SD01', None), ('SD16', None)]),
      ('P', 'Program Penyelenggaraan Jalan', [('SD02', None), ('SD05', None)]),
      ('K', 'Peningkatan Jalan', [('SD03', 4_850_000_000)]),
      ('K', 'Pemeliharaan Rutin Jalan', [('SD04', 2_315_400_000)]),
      ('K', 'Pembangunan Jembatan', [('SD06', 3_120_000_000)]),
      ('S', 'Meningkatnya kinerja pengelolaan sumber daya air', [('SD07', None), ('SD13', None)]),
      ('P', 'Program Pengelolaan Sumber Daya Air (SDA)', [('SD08', None), ('SD12', None)]),
      ('K', 'Rehabilitasi Jaringan Irigasi', [('SD09', 2_760_500_000)]),
      ('K', 'Penanganan Banjir dan Drainase', [('SD10', 1_984_250_000), ('SD15', None)]),
      ('S', 'Meningkatnya kualitas pelayanan publik Dinas', [('SD17', None)]),
    ]
    r = H + 4; no = 0; prog_row = None; keg_rows = {}; sas_no = 0
    for kind, label, inds in struct:
        first = r
        if kind == 'S': sas_no += 1
        for j, (iid, rp) in enumerate(inds):
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]; fm = fmt_of(iid)
            if kind == 'S' and j == 0: w(ws, r, 1, sas_no, center=True)
            else: w(ws, r, 1, None)
            w(ws, r, 2, label if (kind == 'S' and j == 0) else None, wrap=True, b=True)
            w(ws, r, 3, label if (kind != 'S' and j == 0) else None, wrap=True, b=(kind == 'P'))
            w(ws, r, 4, nm, wrap=True); w(ws, r, 5, unit)
            level = iid in LEVEL
            if level:
                fin = {'SD01': 80, 'SD16': 5, 'SD02': 520, 'SD05': 88, 'SD07': 82, 'SD13': 75, 'SD08': 13800, 'SD12': 90, 'SD17': 82}[iid]
                prev = round(t - (CAT[iid][4] or 1) * 1.1, dec)
                tq = [None, None, None, re_]
                if iid == 'SD07':
                    tq = [round(re_ - 1.6, 2), round(re_ - 1.1, 2), round(re_ - 0.4, 2), re_]
            else:
                fin = round(t * 5.4, dec) if dec else int(t * 5.4)
                prev = round(t * 1.9, dec) if dec else int(t * 1.9)
                tq = split_q(rng, re_, dec, False)
            w(ws, r, 6, fin, fmt=fm); w(ws, r, 8, prev, fmt=fm); w(ws, r, 10, t, fmt=fm)
            for q in range(4): w(ws, r, 12 + 2 * q, tq[q], fmt=fm)
            if level: kform = f'=R{r}'
            else: kform = f'=L{r}+N{r}+P{r}+R{r}'
            kr = re_ if level else round(sum(tq), dec)
            if iid == 'SD07':
                kform = f'=L{r}+N{r}+P{r}+R{r}'; kr = round(sum(tq), 2)
                NOTES.append(f'{fn} r{r}: SD07 (a % level) column 12 sums the four quarters = {kr}; the year\'s level is TW IV {re_}')
            if iid == 'SD10':
                kform = 0; kr = 0
                NOTES.append(f'{fn} r{r}: SD10 column 12 (K) typed over as 0 while quarters hold {tq} (sum {sum(tq)})')
            w(ws, r, 20, kform, fmt=fm)
            w(ws, r, 22, f'=T{r}' if level else f'=H{r}+T{r}', fmt=fm)
            xf = f'=V{r}/F{r}*100'
            if iid == 'SD09':
                xf = f'=V{r}/F{r+1}*100'
                NOTES.append(f'{fn} r{r}: SD09 column 14 (K) divides by the next row\'s Renstra target (F{r+1})')
            w(ws, r, 24, xf, fmt='0.00')
            # Rp
            if kind == 'K' and rp:
                w(ws, r, 11, rp, fmt='#,##0'); w(ws, r, 7, rp * 5, fmt='#,##0'); w(ws, r, 9, int(rp * 1.8), fmt='#,##0')
                rq = [int(rp * f) for f in (0.08, 0.22, 0.31, 0.30)]
                for q in range(4): w(ws, r, 13 + 2 * q, rq[q], fmt='#,##0')
                w(ws, r, 21, f'=M{r}+O{r}+Q{r}+S{r}', fmt='#,##0'); w(ws, r, 23, f'=I{r}+U{r}', fmt='#,##0')
                w(ws, r, 25, f'=W{r}/G{r}*100', fmt='0.00')
                keg_rows.setdefault(prog_row, []).append(r)
            else:
                for c in (7, 9, 11, 13, 15, 17, 19, 21, 23, 25): w(ws, r, c, None, fmt='#,##0')
            w(ws, r, 26, 'Bidang Bina Marga' if iid in ('SD01', 'SD16', 'SD02', 'SD05', 'SD03', 'SD04', 'SD06') else ('Sekretariat' if iid == 'SD17' else 'Bidang SDA'), wrap=True)
            key.add(fn, sh, r, y, nm, iid, t, kr)
            r += 1
        if kind == 'P': prog_row = first
    # program Rp sums
    for pr, ks in keg_rows.items():
        for c in ('K', 'G', 'I'): ws[f'{c}{pr}'] = f'=SUM(' + ','.join(f'{c}{k}' for k in ks) + ')'; ws[f'{c}{pr}'].number_format = '#,##0'
        us = [f'U{k}' for k in ks]
        if pr == min(keg_rows):
            us = us + [us[0]]
            NOTES.append(f'{fn} r{pr}: program Rp realisation (U{pr}) counts kegiatan row {ks[0]} twice (budget, not keyed)')
        ws[f'U{pr}'] = '=' + '+'.join(us); ws[f'U{pr}'].number_format = '#,##0'
        ws[f'W{pr}'] = f'=I{pr}+U{pr}'; ws[f'Y{pr}'] = f'=W{pr}/G{pr}*100'
    last = r - 1
    r += 1
    w(ws, r, 4, 'Rata-rata capaian kinerja (%)', b=True); w(ws, r, 24, f'=ROUND(AVERAGE(X{H+4}:X{last}),1)', fmt='0.0'); w(ws, r, 25, f'=ROUND(AVERAGE(Y{H+4}:Y{last}),1)', fmt='0.0')
    w(ws, r + 1, 4, 'Predikat kinerja', b=True); w(ws, r + 1, 24, 'Rendah'); w(ws, r + 1, 25, 'Rendah')
    w(ws, r + 2, 4, 'Faktor pendorong keberhasilan pencapaian:', border=False); w(ws, r + 2, 10, 'Dukungan DAK Jalan dan DAK Irigasi', border=False)
    w(ws, r + 3, 4, 'Faktor penghambat pencapaian kinerja:', border=False); w(ws, r + 3, 10, 'Curah hujan tinggi pada TW IV, refocusing anggaran', border=False)
    w(ws, r + 4, 4, 'Tindak lanjut yang diperlukan dalam triwulan berikutnya:', border=False)
    w(ws, r + 5, 4, 'Tindak lanjut yang diperlukan dalam Renja PD berikutnya:', border=False)
    w(ws, r + 7, 4, 'Disusun', border=False); w(ws, r + 7, 20, 'Dievaluasi', border=False)
    signature(ws, r + 8, 4, 'Tanah Meranti, 14 Januari 2022', *SIG); signature(ws, r + 8, 20, '', *SIG2)
    NOTES.append(f'{fn}: columns F-Y are K/Rp pairs (5..14); key target = col J (7 K), realisasi = col T (12 K, cached). Level indicators (%, km baik, ha, index) fill only TW IV and take 12 = TW IV')
    widths(ws, {'A': 4, 'B': 22, 'C': 24, 'D': 40, 'E': 9, 'Z': 16})
    for c in range(6, 26): ws.column_dimensions[CL(c)].width = 12 if c % 2 == 0 else 15
    ws.freeze_panes = 'F10'; ws.print_title_rows = '6:9'
    wb.save(os.path.join(RAW, fn))

# ---------------- 2022 monthly (.xls) ----------------
def f2022():
    y = 2022; fn = 'Realisasi_Bulanan_DSDABM_2022.xls'; sh = 'Real. Bulanan 2022'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['LAPORAN REALISASI FISIK INDIKATOR KINERJA BULANAN', 'DINAS SDA DAN BINA MARGA KABUPATEN TANAH MERANTI', 'TAHUN 2021'], 19)
    NOTES.append(f'{fn}: title says TAHUN 2021; sheet name and header say 2022 (figures are 2022)')
    for c, t in [(1, 'No'), (2, 'Indikator Kinerja'), (3, 'Satuan'), (4, 'Target\nTahun 2022'), (18, 'Sifat\nData'), (19, 'Capaian\n(%)')]:
        m(ws, 5, c, 6, c, t, b=True)
    ws.column_dimensions['E'].width = 2
    m(ws, 5, 6, 5, 17, 'Realisasi Bulan Ke-', b=True)
    MON = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
    for i, mn in enumerate(MON): w(ws, 6, 6 + i, mn, b=True, center=True)
    groups = [('A. BIDANG BINA MARGA', ['SD01', 'SD02', 'SD03', 'SD04', 'SD05', 'SD06']),
              ('B. BIDANG SUMBER DAYA AIR', ['SD07', 'SD08', 'SD09', 'SD10', 'SD11', 'SD12', 'SD13', 'SD14', 'SD15']),
              ('C. SEKRETARIAT', ['SD17'])]
    r = 7; no = 0
    for g, ids in groups:
        w(ws, r, 2, g, b=True); r += 1
        for iid in ids:
            if y not in CAT[iid][6]: continue
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]; fm = fmt_of(iid)
            level = iid in LEVEL
            w(ws, r, 1, no, center=True); w(ws, r, 2, nm, wrap=True); w(ws, r, 3, unit)
            vt = t; kt = t
            if level:
                start = t * (0.93 if not neg else 1.1)
                mv = [round(start + (re_ - start) * (i + 1) / 12, dec) for i in range(12)]; mv[11] = re_
                if dec == 0: mv = [int(x) for x in mv]
            else:
                fr = sorted(rng.uniform(0, 1) for _ in range(11))
                cum = [round(re_ * f, dec) for f in fr] + [re_]
                mv = [cum[0]] + [round(cum[i] - cum[i - 1], dec) for i in range(1, 12)]
                if dec == 0: mv = [int(x) for x in mv]
                mv[11] = round(re_ - sum(mv[:11]), dec)
            kr = mv[11] if level else round(sum(mv), dec)
            vals = list(mv)
            if iid == 'SD17':
                vals = [None] * 5 + [round(re_ - 0.8, 2)] + [None] * 4 + [re_] + [None]
                kr = re_
                NOTES.append(f'{fn} r{r}: SD17 (IKM) measured in Juni and November only; Desember blank -> keyed November {re_}')
            if iid == 'SD03':
                vals[4] = idn(mv[4], 1 if mv[4] * 10 == int(mv[4] * 10) else 2) + ' km'
                NOTES.append(f'{fn} r{r}: SD03 Mei realisasi typed as text "{vals[4]}"')
            if iid == 'SD12':
                vt = t * 10; kt = vt
                NOTES.append(f'{fn} r{r}: SD12 target typed 10x: {vt} (true {t})')
            if iid == 'SD08':
                vt = idn(t) + ' Ha'
                NOTES.append(f'{fn} r{r}: SD08 target typed as text "{vt}"')
            f2 = fm
            if iid == 'SD13':
                vt = round(t / 100, 6); vals = [round(v / 100, 6) for v in vals]; f2 = '0.00%'
                NOTES.append(f'{fn} r{r}: SD13 stored as fractions in 0.00% cells')
            w(ws, r, 4, vt, fmt=f2); w(ws, r, 5, None, border=False)
            for i in range(12): w(ws, r, 6 + i, vals[i], fmt=f2)
            w(ws, r, 18, 'Kumulatif' if level else 'Per bulan')
            cap = f'=Q{r}/D{r}*100' if level else f'=SUM(F{r}:Q{r})/D{r}*100'
            if neg: cap = f'=(2*D{r}-Q{r})/D{r}*100'
            if iid == 'SD01':
                cap = f'=SUM(F{r}:Q{r})/D{r}*100'
                NOTES.append(f'{fn} r{r}: SD01 capaian sums all months of a Kumulatif indicator (~1200%); true {round(re_/t*100,2)}')
            if iid == 'SD17': cap = f'=P{r}/D{r}*100'
            if iid == 'SD08': cap = round(re_ / t * 100, 2)
            w(ws, r, 19, cap, fmt='0.00')
            key.add(fn, sh, r, y, nm, iid, kt, kr)
            r += 1
    w(ws, r + 1, 2, 'Keterangan: Sifat Data "Kumulatif" = posisi s.d. bulan berkenaan; "Per bulan" = realisasi pada bulan berkenaan.', border=False, italic=True)
    signature(ws, r + 3, 14, 'Tanah Meranti, 9 Januari 2023', *SIG)
    widths(ws, {'A': 4, 'B': 44, 'C': 10, 'D': 12, 'R': 10, 'S': 10})
    ws.freeze_panes = 'F7'; ws.print_title_rows = '5:6'
    wb.save(os.path.join(RAW, fn.replace('.xls', '.xlsx')))

# ---------------- 2023-2024 (.ods) ----------------
def f2324():
    fn = 'Kinerja DSDABM 2023-2024.ods'
    wb = openpyxl.Workbook()
    order = ['SD01', 'SD16', 'SD02', 'SD03', 'SD04', 'SD05', 'SD06', 'SD07', 'SD08', 'SD09', 'SD11', 'SD10', 'SD12', 'SD13', 'SD14', 'SD15B', 'SD17']
    sas = {'SD01': 'Meningkatnya kemantapan jalan dan jembatan', 'SD07': 'Meningkatnya kinerja pengelolaan SDA dan drainase', 'SD13': 'Meningkatnya pelayanan air baku', 'SD17': 'Meningkatnya kualitas pelayanan publik'}
    rowsY = {}
    for y, sh in [(2023, 'TA 2023'), (2024, '2023')]:
        ws = wb.active if y == 2023 else wb.create_sheet(sh); ws.title = sh
        title(ws, ['PENGUKURAN KINERJA', 'DINAS SUMBER DAYA AIR DAN BINA MARGA KABUPATEN TANAH MERANTI', f'TAHUN {y}'], 10)
        hd = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Satuan', f'Target\n{y}', f'Realisasi\n{y}', None, 'Capaian\n(%)', 'Kategori\nCapaian']
        for c, t in enumerate(hd):
            if t: w(ws, 5, c + 1, t, b=True, wrap=True, center=True)
        ws.column_dimensions['H'].width = 2
        r = 6; no = 0; rowsY[y] = {}
        seq = [i for i in order if y in CAT[i][6]]
        if y == 2024: seq.insert(seq.index('SD10') + 1, 'SD10')
        for iid in seq:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]; fm = fmt_of(iid)
            w(ws, r, 1, no, center=True); w(ws, r, 2, sas.get(iid), wrap=True); w(ws, r, 3, nm, wrap=True)
            w(ws, r, 4, 'Negatif' if neg else 'Positif'); w(ws, r, 5, unit)
            vt, vr, kt, kr = t, re_, t, re_
            if y == 2024 and unit == '%':
                vt, vr = round(t / 100, 6), round(re_ / 100, 6); fm = '0.00%'
            cap = f'=G{r}/F{r}*100' if not neg else f'=(2*F{r}-G{r})/F{r}*100'
            if y == 2023 and iid == 'SD04':
                cap = 100; NOTES.append(f'{fn} TA 2023 r{r}: SD04 capaian typed 100 over the formula; true {round(re_/t*100,2)}')
            if y == 2023 and iid == 'SD05':
                vr = idn(re_, 2) + ' %'; cap = round(re_ / t * 100, 2)
                NOTES.append(f'{fn} TA 2023 r{r}: SD05 realisasi typed as text "{vr}"')
            if y == 2024 and iid == 'SD16':
                cap = f'=G{r}/F{r}*100'
                NOTES.append(f'{fn} sheet "2023" (2024) r{r}: SD16 negative computed with positive formula = {round(re_/t*100,2)}; (2T-R)/T = {round((2*t-re_)/t*100,2)}')
            if y == 2024 and iid == 'SD14':
                vt = '≥ ' + str(t); cap = round(re_ / t * 100, 2)
                NOTES.append(f'{fn} sheet "2023" (2024) r{r}: SD14 target typed "{vt}" (keyed {t})')
            w(ws, r, 6, vt, fmt=fm); w(ws, r, 7, vr, fmt=fm); w(ws, r, 8, None, border=False)
            w(ws, r, 9, cap, fmt='0.00')
            w(ws, r, 10, f'=IF(I{r}>=91,"Sangat Tinggi",IF(I{r}>=76,"Tinggi",IF(I{r}>=66,"Sedang",IF(I{r}>=51,"Rendah","Sangat Rendah"))))')
            key.add(fn, sh, r, y, nm, iid, kt, kr); rowsY[y].setdefault(iid, r)
            r += 1
        w(ws, r + 1, 3, 'Catatan: indikator negatif dihitung (2 x Target - Realisasi) / Target x 100', border=False, italic=True)
        signature(ws, r + 3, 7, f'Tanah Meranti, 12 Januari {y+1}', *SIG)
        widths(ws, {'A': 4, 'B': 28, 'C': 46, 'D': 10, 'E': 11, 'F': 12, 'G': 12, 'I': 10, 'J': 14})
        ws.freeze_panes = 'D6'; ws.print_title_rows = '5:5'
    NOTES.append(f'{fn}: sheet named "2023" holds 2024 (title TAHUN 2024, headers Target 2024); 2024 % indicators stored as fractions in 0.00% cells; SD10 duplicated in 2024 (both keyed)')
    ws = wb.create_sheet('Ringkasan')
    title(ws, ['RINGKASAN CAPAIAN KINERJA 2023 - 2024'], 4)
    for c, t in enumerate(['No', 'Indikator Kinerja', 'Capaian 2023 (%)', 'Capaian 2024 (%)']): w(ws, 3, c + 1, t, b=True, center=True, wrap=True)
    r = 4
    for i, iid in enumerate([x for x in order if x in rowsY[2024] or x in rowsY[2023]]):
        r23, r24 = rowsY[2023].get(iid), rowsY[2024].get(iid)
        w(ws, r, 1, i + 1); w(ws, r, 2, f"='2023'!C{r24}" if r24 else f"='TA 2023'!C{r23}")
        w(ws, r, 3, f"='TA 2023'!I{r23}" if r23 else '-', fmt='0.00'); w(ws, r, 4, f"='2023'!I{r24}" if r24 else '-', fmt='0.00')
        r += 1
    widths(ws, {'A': 4, 'B': 55, 'C': 14, 'D': 14})
    wb.save(os.path.join(RAW, 'Kinerja DSDABM 2023-2024.xlsx'))

f2021(); f2022(); f2324()
key.d['files'] = ['E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx', 'Realisasi_Bulanan_DSDABM_2022.xls', 'Kinerja DSDABM 2023-2024.ods']
key.save(os.path.join(HERE, '..', AG, 'key.json'))
with open(os.path.join(RAW, AG + '_notes.txt'), 'w') as f: f.write('\n'.join(NOTES) + '\n')
import json; json.dump({k: v[6] for k, v in CAT.items()}, open(os.path.join(RAW, AG + '_names.json'), 'w'), ensure_ascii=False)
print(AG, len(key.d['rows']))
