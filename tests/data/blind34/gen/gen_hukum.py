import random, os, openpyxl
from common import *
AG = 'hukum'; YEARS = [2016, 2017, 2018, 2019]
rng = random.Random(3403)
CAT = {
 'HK01': ('Perda', 0, False, 12, 1, None, {2016: 'Jumlah Perda yang ditetapkan', 2017: 'Jumlah Peraturan Daerah yang ditetapkan', 2018: 'Perda yang ditetapkan', 2019: 'Jumlah Perda Kota Batu Lintang yang ditetapkan'}),
 'HK02': ('Perwali', 0, False, 45, 5, None, {2016: 'Jumlah Perwali yang ditetapkan', 2017: 'Jumlah Peraturan Walikota yang ditetapkan', 2018: 'Jumlah Perwal yang ditetapkan', 2019: 'Peraturan Wali Kota yang ditetapkan'}),
 'HK03': ('SK', 0, False, 300, 20, None, {2016: 'Jumlah Keputusan Walikota yang diterbitkan', 2017: 'Jumlah SK Walikota yang diterbitkan', 2018: 'Jumlah Keputusan Wali Kota', 2019: 'Jumlah Keputusan Wali Kota yang diterbitkan'}),
 'HK04': ('Ranperda', 0, False, 14, 1, None, {2016: 'Jumlah Ranperda yang diharmonisasi', 2017: 'Jumlah rancangan Perda yang diharmonisasikan', 2018: 'Ranperda yang telah diharmonisasi', 2019: 'Jumlah Ranperda yang difasilitasi harmonisasi'}),
 'HK05': ('%', 2, False, 85, 5, 100, {2016: 'Persentase produk hukum daerah yang dipublikasikan melalui JDIH', 2017: 'Prosentase produk hukum yang terpublikasi di Jaringan Dokumentasi dan Informasi Hukum (JDIH)', 2018: '% produk hukum dipublikasikan di JDIH', 2019: 'Persentase produk hukum daerah yang terpublikasi pada JDIH'}),
 'HK06': ('Dokumen', 0, False, 1850, 250, None, {2016: 'Jumlah dokumen hukum yang diunggah di website JDIH', 2017: 'Jumlah dokumen yang diunggah ke JDIH', 2018: 'Dokumen hukum yang diunggah ke JDIH'}),
 'HK06B': ('Dokumen', 0, False, 9800, 0, None, {2019: 'Jumlah dokumen hukum pada JDIH'}),
 'HK07': ('Perkara', 0, False, 18, 2, None, {2016: 'Jumlah perkara yang ditangani', 2017: 'Jumlah perkara hukum yang ditangani', 2018: 'Perkara yang ditangani', 2019: 'Jumlah perkara litigasi dan non litigasi yang ditangani'}),
 'HK08': ('%', 2, False, 60, 5, 100, {2016: 'Persentase perkara yang dimenangkan', 2017: 'Prosentase perkara yang dimenangkan Pemkot', 2018: 'Persentase kemenangan perkara', 2019: 'Persentase perkara yang dimenangkan'}),
 'HK09': ('Kali', 0, False, 24, 4, None, {2016: 'Jumlah pemberian bantuan hukum', 2017: 'Jumlah bantuan hukum kepada aparatur', 2019: 'Jumlah layanan bantuan hukum bagi aparatur'}),
 'HK10': ('Kali', 0, False, 12, 2, None, {2016: 'Jumlah sosialisasi produk hukum', 2017: 'Jumlah kegiatan sosialisasi produk hukum daerah', 2018: 'Sosialisasi produk hukum', 2019: 'Jumlah sosialisasi Perda dan Perwali'}),
 'HK11': ('Orang', 0, False, 600, 100, None, {2016: 'Jumlah peserta sosialisasi', 2017: 'Jumlah peserta sosialisasi produk hukum', 2018: 'Peserta sosialisasi produk hukum'}),
 'HK12': ('%', 2, False, 80, 3, 100, {2016: 'Persentase produk hukum daerah yang diselesaikan tepat waktu', 2017: 'Prosentase produk hukum yang selesai tepat waktu', 2018: '% produk hukum tepat waktu', 2019: 'Persentase produk hukum daerah yang diselesaikan tepat waktu'}),
 'HK13': ('Perda', 0, False, 3, 1, None, {2017: 'Jumlah Perda yang dikaji ulang', 2018: 'Jumlah Perda yang dievaluasi/dikaji', 2019: 'Jumlah Perda yang dikaji'}),
 'HK14': ('Kelurahan', 0, False, 5, 2, None, {2016: 'Jumlah Kelurahan Sadar Hukum', 2017: 'Jumlah kelurahan sadar hukum yang dibina', 2018: 'Kelurahan Sadar Hukum', 2019: 'Jumlah Kelurahan Sadar Hukum (Kadarkum)'}),
 'HK15': ('Nilai', 2, False, 55, 5, None, {2018: 'Nilai Indeks Reformasi Hukum', 2019: 'Indeks Reformasi Hukum Kota Batu Lintang'}),
 'HK16': ('%', 2, False, 90, 2, 100, {2016: 'Persentase permohonan konsultasi hukum yang ditindaklanjuti', 2017: 'Persentase konsultasi hukum yang ditindaklanjuti', 2018: 'Prosentase konsultasi hukum ditindaklanjuti', 2019: 'Persentase layanan konsultasi hukum yang ditindaklanjuti'}),
 'HK17': ('Naskah', 0, False, 20, 4, None, {2016: 'Jumlah naskah perjanjian kerja sama yang difasilitasi', 2017: 'Jumlah naskah kerjasama (MoU) yang dikaji', 2018: 'Naskah PKS yang difasilitasi'}),
 'HK18': ('%', 2, True, 30, -5, None, {2017: 'Persentase Ranperda yang dikoreksi pada evaluasi Gubernur', 2018: 'Prosentase Ranperda yang dikoreksi Gubernur', 2019: 'Persentase ranperda yang mendapat koreksi evaluasi Gubernur'}),
}
V = {k: gen_vals(rng, c[3], c[4], YEARS, c[1], c[2], c[5]) for k, c in CAT.items()}
V['HK06B'] = {2019: [9800, 10342]}
V['HK01'][2018] = [14, 13]; V['HK12'][2016] = [80, 87]; V['HK16'][2016] = [90, 93.5]
key = Key('Bagian Hukum Sekretariat Daerah Kota Batu Lintang', YEARS)
key.d['ambiguous'] = [['HK06', 'HK06B']]
NOTES = []
HEAD = ['BAGIAN HUKUM SEKRETARIAT DAERAH', 'KOTA BATU LINTANG']
SIG = ('Kepala Bagian Hukum', 'MUHAMMAD FIRDAUS LUBIS, S.H., M.H.', 'Penata Tk. I (III/d)', '19810615 200501 1 012')
SAS = [('Meningkatnya kualitas produk hukum daerah', ['HK01', 'HK02', 'HK03', 'HK04', 'HK12', 'HK13', 'HK18', 'HK17']),
       ('Meningkatnya akses informasi dan dokumentasi hukum', ['HK05', 'HK06', 'HK06B']),
       ('Meningkatnya penanganan perkara dan bantuan hukum', ['HK07', 'HK08', 'HK09', 'HK16']),
       ('Meningkatnya kesadaran hukum masyarakat dan aparatur', ['HK10', 'HK11', 'HK14', 'HK15'])]
def ids_for(y): return [(s, [i for i in ids if y in CAT[i][6]]) for s, ids in SAS]

def f2016():
    y = 2016; fn = 'PK_Bagian_Hukum_2016.xlsx'; sh = 'PK 2016'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['PENGUKURAN KINERJA'] + HEAD + ['TAHUN 2016'], 7)
    m(ws, 6, 1, 7, 1, 'No', b=True); m(ws, 6, 2, 7, 2, 'Sasaran\nStrategis', b=True); m(ws, 6, 3, 7, 3, 'Indikator\nKinerja', b=True)
    m(ws, 6, 4, 6, 6, 'Tahun 2016', b=True)
    for c, t in [(4, 'Target'), (5, 'Realisasi'), (6, '%\nCapaian')]: w(ws, 7, c, t, b=True, wrap=True, center=True)
    m(ws, 6, 7, 7, 7, 'Ket.', b=True)
    r = 8; no = 0
    for s, ids in ids_for(y):
        seq = list(ids)
        if 'HK10' in seq: seq.insert(seq.index('HK10') + 1, 'HK10')
        r0 = r
        for iid in seq:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]
            w(ws, r, 1, no, center=True); w(ws, r, 3, nm, wrap=True)
            kt, kr = t, re_
            pct = unit == '%'
            fmtv = lambda v: (idn(v, 2) if v != int(v) else idn(v, 0)) + (' %' if pct else ' ' + unit)
            vt, vr = fmtv(t), fmtv(re_)
            cap = round(re_ / t * 100, 2); ket = None
            if iid in ('HK02', 'HK03', 'HK07'):
                vt, vr = t, re_; cap = f'=E{r}/D{r}*100'
            if iid == 'HK12':
                vt = '80-85 %'; cap = round(re_ / 80 * 100, 2); ket = '*)'
                NOTES.append(f'{fn} r{r}: HK12 target written as range "80-85 %" (keyed lower bound 80); capaian vs lower bound')
            if iid == 'HK16':
                vt = '≥ 90 %'; NOTES.append(f'{fn} r{r}: HK16 target "≥ 90 %" (keyed 90)')
            if iid == 'HK08':
                true = cap; cap = round(re_ / t, 4)
                NOTES.append(f'{fn} r{r}: HK08 capaian typed as fraction {cap} (true {true} %)')
            if iid == 'HK14':
                vr = 'N/A'; kr = None; cap = '-'; ket = 'belum ada penilaian'
                NOTES.append(f'{fn} r{r}: HK14 realisasi "N/A" (keyed null)')
            if iid == 'HK06':
                NOTES.append(f'{fn} r{r}: HK06 figures as text with units "{vt}" / "{vr}"')
            if iid == 'HK04':
                true = cap; cap = round(cap + 8.33, 2)
                NOTES.append(f'{fn} r{r}: HK04 capaian typed wrong {cap}, true {true}')
            w(ws, r, 4, vt); w(ws, r, 5, vr); w(ws, r, 6, cap, fmt='0.00'); w(ws, r, 7, ket)
            key.add(fn, sh, r, y, nm, iid, kt, kr)
            r += 1
        m(ws, r0, 2, r - 1, 2, s, center=False)
    NOTES.append(f'{fn}: HK10 row duplicated (both keyed); most figures are text "12 Perda", "93,50 %", HK02/HK03/HK07 numeric with formula capaian')
    w(ws, r, 3, 'Jumlah Anggaran Tahun 2016 : Rp. 1.284.560.000,-', border=False)
    w(ws, r + 1, 3, 'Jumlah Realisasi Anggaran Tahun 2016 : Rp. 1.197.403.250,-', border=False)
    w(ws, r + 2, 1, '*) Target berupa rentang 80-85 %; capaian dihitung terhadap batas bawah.', border=False, italic=True)
    w(ws, r + 3, 1, '**) Data perkara bersumber dari register perkara Bagian Hukum per 31 Desember 2016.', border=False, italic=True)
    signature(ws, r + 5, 5, 'Batu Lintang, 16 Januari 2017', *SIG)
    widths(ws, {'A': 5, 'B': 30, 'C': 50, 'D': 16, 'E': 16, 'F': 10, 'G': 14})
    ws.freeze_panes = 'D8'; ws.print_title_rows = '6:7'
    wb.save(os.path.join(RAW, fn))

CUM17 = {'HK05': True, 'HK08': True, 'HK12': True, 'HK16': True, 'HK18': True, 'HK14': True, 'HK07': True, 'HK06': True}
def f2017():
    y = 2017; fn = 'Renaksi Bag Hukum 2017.ods'; sh = 'Renaksi 2017'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA'] + HEAD + ['TAHUN ANGGARAN 2016'], 8)
    NOTES.append(f'{fn}: title says TAHUN ANGGARAN 2016; sheet, header and date line say 2017 (figures are 2017)')
    hd = ['No', 'Sasaran Strategis', 'Indikator Sasaran', 'Kriteria Keberhasilan', 'Target', 'Realisasi\nKinerja', '%', 'Penanggung\nJawab']
    for c, t in enumerate(hd): w(ws, 6, c + 1, t, b=True, wrap=True, center=True)
    for c in range(8): w(ws, 7, c + 1, f'({c+1})', center=True, italic=True)
    r = 8; no = 0
    for s, ids in ids_for(y):
        r0 = r
        for iid in ids:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]
            fm = '#,##0' if dec == 0 else '#,##0.00'
            cum = CUM17.get(iid, False)
            if unit == '%':
                tq = [round(t - 6 + 2 * q, 2) for q in range(3)] + [t] if not neg else [t] * 4
                rq = [round(re_ - 5 + 1.5 * q, 2) for q in range(3)] + [re_] if not neg else [round(re_ + 3 - q, 2) for q in range(3)] + [re_]
            else:
                tq = split_q(rng, t, dec, cum); rq = split_q(rng, re_, dec, cum)
            if iid == 'HK07':
                tq = [int(t * 0.3), int(t * 0.6), int(t * 0.5), t]
                NOTES.append(f'{fn} r{r}: HK07 cumulative quarter targets decrease (TW 3 {tq[2]} < TW 2 {tq[1]})')
            m(ws, r, 1, r + 4, 1, no); m(ws, r, 3, r + 4, 3, nm, center=False)
            w(ws, r, 4, 'Target Tahunan :'); w(ws, r, 5, t, fmt=fm); w(ws, r, 6, None); w(ws, r, 7, None)
            kr = rq[3] if cum else round(sum(rq), dec)
            vrq = list(rq)
            if iid == 'HK11':
                vrq[0] = '-'; kr = round(sum(rq[1:]), dec)
                NOTES.append(f'{fn} r{r}: HK11 TW 1 realisasi "-" (none); per-quarter sum of TW 2-4 = {kr}')
            for q in range(4):
                rr = r + 1 + q
                w(ws, rr, 4, f'TW {q+1} (B{3*(q+1):02d}) :'); w(ws, rr, 5, tq[q], fmt=fm); w(ws, rr, 6, vrq[q], fmt=fm)
                if cum: cf = f'=F{rr}/E{rr}*100' if not neg else f'=(2*E{rr}-F{rr})/E{rr}*100'
                else: cf = f'=IF(ISNUMBER(F{rr}),F{rr}/E{rr}*100,0)'
                if iid == 'HK05' and q == 3:
                    cf = f'=F{rr}/E{rr-1}*100'
                    NOTES.append(f'{fn} r{rr}: HK05 TW 4 % formula divides by TW 3 target (E{rr-1}); true {round(rq[3]/tq[3]*100,2)}')
                w(ws, rr, 7, cf, fmt='0.00')
            m(ws, r, 8, r + 4, 8, 'Kasubag ' + ('Perundang-undangan' if s.startswith('Meningkatnya kualitas') else 'Bantuan Hukum' if 'perkara' in s else 'Dokumentasi dan Informasi Hukum'), center=False)
            key.add(fn, sh, r, y, nm, iid, t, kr)
            r += 5
        m(ws, r0, 2, r - 1, 2, s, center=False)
    NOTES.append(f'{fn}: each indicator is a 5-row block (Target Tahunan + TW 1..4); name merged over the block; key row = first row')
    signature(ws, r + 1, 6, 'Batu Lintang, 15 Januari 2018', *SIG)
    widths(ws, {'A': 5, 'B': 28, 'C': 45, 'D': 18, 'E': 12, 'F': 12, 'G': 9, 'H': 20})
    ws.print_title_rows = '6:7'
    wb.save(os.path.join(RAW, 'Renaksi Bag Hukum 2017.xlsx'))

def f1819():
    fn = 'LKjIP_BagHukum_2018_2019.xls'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'LKjIP 2018'; y = 2018
    title(ws, ['TABEL 3.2 PERBANDINGAN CAPAIAN KINERJA TAHUN 2018 DAN 2017'] + HEAD, 10)
    m(ws, 5, 1, 6, 1, 'No', b=True); m(ws, 5, 2, 6, 2, 'Indikator Kinerja', b=True); m(ws, 5, 3, 6, 3, 'Satuan', b=True)
    m(ws, 5, 4, 5, 6, 'Tahun 2018', b=True); m(ws, 5, 8, 5, 9, 'Tahun 2017 (pembanding)', b=True)
    m(ws, 5, 10, 6, 10, 'Kenaikan /\n(Penurunan)\nRealisasi', b=True)
    for c, t in [(4, 'Target'), (5, 'Realisasi'), (6, 'Capaian\n(%)'), (8, 'Realisasi'), (9, 'Capaian\n(%)')]: w(ws, 6, c, t, b=True, wrap=True, center=True)
    ws.column_dimensions['G'].width = 2
    r = 7; no = 0
    for s, ids in ids_for(y):
        w(ws, r, 2, s.upper(), b=True); r += 1
        for iid in ids:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]; fm = '#,##0' if dec == 0 else '#,##0.00'
            w(ws, r, 1, no, center=True); w(ws, r, 2, nm, wrap=True); w(ws, r, 3, unit)
            vt, vr, kt, kr = t, re_, t, re_
            cap = f'=E{r}/D{r}*100' if not neg else f'=(2*D{r}-E{r})/D{r}*100'
            f2 = fm
            if iid == 'HK12':
                vt, vr = round(t / 100, 6), round(re_ / 100, 6); f2 = '0.00%'
                NOTES.append(f'{fn} LKjIP 2018 r{r}: HK12 stored as fractions in 0.00% cells')
            if iid == 'HK03':
                vr = f'{re_} SK'; cap = round(re_ / t * 100, 2)
                NOTES.append(f'{fn} LKjIP 2018 r{r}: HK03 realisasi text "{vr}"')
            if iid == 'HK01':
                cap = 100; NOTES.append(f'{fn} LKjIP 2018 r{r}: HK01 capaian typed 100 over the formula; true {round(re_/t*100,2)}')
            w(ws, r, 4, vt, fmt=f2); w(ws, r, 5, vr, fmt=f2); w(ws, r, 6, cap, fmt='0.00'); w(ws, r, 7, None, border=False)
            p = V[iid].get(2017) if 2017 in CAT[iid][6] else None
            if p:
                w(ws, r, 8, p[1] if iid != 'HK12' else p[1] / 100, fmt=f2)
                w(ws, r, 9, round(p[1] / p[0] * 100 if not neg else (2 * p[0] - p[1]) / p[0] * 100, 2), fmt='0.00')
                w(ws, r, 10, f'=E{r}-H{r}' if iid != 'HK03' else re_ - p[1], fmt=f2)
            else:
                w(ws, r, 8, '-'); w(ws, r, 9, '-'); w(ws, r, 10, '-')
            key.add(fn, 'LKjIP 2018', r, y, nm, iid, kt, kr)
            r += 1
    w(ws, r + 1, 2, 'Sumber: Bagian Hukum Setda Kota Batu Lintang, diolah. Kolom 2017 hanya pembanding.', border=False, italic=True)
    widths(ws, {'A': 5, 'B': 50, 'C': 10, 'D': 11, 'E': 11, 'F': 10, 'H': 11, 'I': 10, 'J': 12})
    ws.print_title_rows = '5:6'

    ws = wb.create_sheet('LKjIP 2019'); y = 2019
    title(ws, ['TABEL 3.1 CAPAIAN KINERJA TAHUN 2019 DIBANDINGKAN TAHUN SEBELUMNYA DAN TARGET RENSTRA'] + HEAD, 11)
    m(ws, 5, 1, 6, 1, 'No', b=True); m(ws, 5, 2, 6, 2, 'Sasaran / Indikator Kinerja', b=True); m(ws, 5, 3, 6, 3, 'Satuan', b=True)
    m(ws, 5, 4, 5, 5, 'Realisasi Tahun', b=True); w(ws, 6, 4, '2017', b=True, center=True); w(ws, 6, 5, '2018', b=True, center=True)
    m(ws, 5, 6, 5, 8, 'Tahun 2019', b=True)
    for c, t in [(6, 'Target'), (7, 'Realisasi'), (8, 'Capaian\n(%)')]: w(ws, 6, c, t, b=True, wrap=True, center=True)
    m(ws, 5, 9, 6, 9, 'Target Akhir\nRenstra\n(2021)', b=True); m(ws, 5, 10, 6, 10, 'Capaian s.d.\n2019 thd\nRenstra (%)', b=True)
    m(ws, 5, 11, 6, 11, 'Status', b=True)
    r = 7; no = 0
    for si, (s, ids) in enumerate(ids_for(y)):
        m(ws, r, 1, r, 11, f'Sasaran {si+1}. {s}', b=True, center=False); r += 1
        for iid in ids:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]; fm = '#,##0' if dec == 0 else '#,##0.00'
            w(ws, r, 1, no, center=True); w(ws, r, 2, nm, wrap=True); w(ws, r, 3, unit)
            for c, yy in [(4, 2017), (5, 2018)]:
                w(ws, r, c, V[iid][yy][1] if yy in CAT[iid][6] else '-', fmt=fm)
            vt, kt = t, t
            cap = f'=G{r}/F{r}*100' if not neg else f'=(2*F{r}-G{r})/F{r}*100'
            if iid == 'HK18':
                cap = f'=G{r}/F{r}*100'
                NOTES.append(f'{fn} LKjIP 2019 r{r}: HK18 negative computed with positive formula = {round(re_/t*100,2)}; (2T-R)/T = {round((2*t-re_)/t*100,2)}')
            if iid == 'HK13':
                vt = t * 10; kt = vt
                NOTES.append(f'{fn} LKjIP 2019 r{r}: HK13 target typed 10x: {vt} (true {t})')
            w(ws, r, 6, vt, fmt=fm); w(ws, r, 7, re_, fmt=fm); w(ws, r, 8, cap, fmt='0.00')
            fin = {'HK01': 15, 'HK02': 65, 'HK03': 400, 'HK04': 18, 'HK05': 100, 'HK06B': 12000, 'HK07': 26, 'HK08': 80, 'HK09': 40,
                   'HK10': 20, 'HK12': 95, 'HK13': 6, 'HK14': 13, 'HK15': 75, 'HK16': 98, 'HK18': 10}[iid]
            w(ws, r, 9, fin, fmt=fm)
            w(ws, r, 10, f'=G{r}/I{r}*100' if not neg else f'=I{r}/G{r}*100', fmt='0.00')
            w(ws, r, 11, f'=IF(J{r}>=100,"Tercapai",IF(J{r}>=75,"Akan tercapai","Perlu usaha keras"))')
            key.add(fn, 'LKjIP 2019', r, y, nm, iid, kt, re_)
            r += 1
    w(ws, r + 1, 2, 'Keterangan: realisasi 2017 dan 2018 sebagai pembanding; yang dinilai kolom Tahun 2019.', border=False, italic=True)
    signature(ws, r + 3, 7, 'Batu Lintang, 20 Februari 2020', *SIG)
    widths(ws, {'A': 5, 'B': 52, 'C': 10, 'D': 10, 'E': 10, 'F': 10, 'G': 10, 'H': 10, 'I': 12, 'J': 12, 'K': 16})
    ws.freeze_panes = 'D7'; ws.print_title_rows = '5:6'
    wb.save(os.path.join(RAW, fn.replace('.xls', '.xlsx')))

f2016(); f2017(); f1819()
key.d['files'] = ['PK_Bagian_Hukum_2016.xlsx', 'Renaksi Bag Hukum 2017.ods', 'LKjIP_BagHukum_2018_2019.xls']
key.save(os.path.join(HERE, '..', AG, 'key.json'))
with open(os.path.join(RAW, AG + '_notes.txt'), 'w') as f: f.write('\n'.join(NOTES) + '\n')
import json; json.dump({k: v[6] for k, v in CAT.items()}, open(os.path.join(RAW, AG + '_names.json'), 'w'), ensure_ascii=False)
print(AG, len(key.d['rows']))
