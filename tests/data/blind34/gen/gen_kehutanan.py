import random, os, openpyxl
from common import *
AG = 'kehutanan'; YEARS = [2018, 2019, 2020, 2021]
rng = random.Random(3401)
PROV = 'Provinsi Nusa Kencana'
# id: unit, dec, neg, base, step, cap, names by year
CAT = {
 'KH01': ('Ha', 0, False, 4500, 500, None, {2018: 'Luas lahan kritis yang direhabilitasi', 2019: 'Luas lahan kritis di luar kawasan hutan yang direhabilitasi', 2020: 'Luas lahan kritis yang di rehabilitasi (RHL)', 2021: 'Luas Lahan Kritis Yang Direhabilitasi di Provinsi Nusa Kencana'}),
 'KH02': ('Ha', 0, False, 2500, 250, None, {2018: 'Luas kawasan hutan yang direhabilitasi', 2019: 'Luas rehabilitasi di dalam kawasan hutan', 2020: 'Luas Kawasan Hutan Yang Direhabilitasi', 2021: 'Luas kawasan hutan terdegradasi yang direhabilitasi'}),
 'KH03': ('%', 2, False, 52.4, 0.3, None, {2018: 'Persentase tutupan lahan berhutan', 2019: 'Prosentase tutupan hutan', 2020: '% Tutupan Hutan terhadap luas daratan', 2021: 'Persentase tutupan hutan'}),
 'KH04': ('Unit', 0, False, 9, 1, 12, {2018: 'Jumlah KPH yang beroperasi', 2019: 'Jumlah Kesatuan Pengelolaan Hutan (KPH) yang operasional', 2020: 'KPH yang beroperasi secara efektif', 2021: 'Jumlah KPH yang beroperasi'}),
 'KH05': ('Unit', 0, False, 6, 2, 12, {2018: 'Jumlah KPH yang memiliki RPHJP', 2019: 'Jumlah KPH yang telah memiliki Rencana Pengelolaan Hutan Jangka Panjang (RPHJP)', 2021: 'KPH dengan RPHJP yang disahkan'}),
 'KH06': ('Ha', 0, False, 18000, 6000, None, {2018: 'Luas areal perhutanan sosial', 2019: 'Luas Areal Perhutanan Sosial (PS)'}),
 'KH06B': ('Ha', 0, False, 34000, 8000, None, {2020: 'Luas areal kelola perhutanan sosial yang mendapat persetujuan', 2021: 'Luas areal kelola PS yang memperoleh persetujuan'}),
 'KH07': ('Kelompok', 0, False, 60, 20, None, {2018: 'Jumlah KUPS yang dibina', 2019: 'Jumlah Kelompok Usaha Perhutanan Sosial (KUPS) yang dibina', 2020: 'Jumlah kelompok usaha perhutanan sosial binaan', 2021: 'Jumlah KUPS binaan'}),
 'KH08': ('Ha', 0, True, 1200, -150, None, {2018: 'Luas kebakaran hutan dan lahan', 2019: 'Luas Karhutla', 2020: 'Luas areal kebakaran hutan dan lahan (karhutla)', 2021: 'Luas kebakaran hutan dan lahan di Provinsi Nusa Kencana'}),
 'KH09': ('Titik', 0, True, 350, -40, None, {2018: 'Jumlah hotspot', 2019: 'Jumlah titik panas (hotspot)', 2020: 'Jumlah titik api / hotspot', 2021: 'Titik panas (hotspot)'}),
 'KH10': ('Ton', 1, False, 850, 60, None, {2018: 'Produksi hasil hutan bukan kayu (HHBK)', 2019: 'Jumlah produksi HHBK', 2020: 'Produksi Hasil Hutan Bukan Kayu', 2021: 'Volume produksi HHBK'}),
 'KH10A': ('Ton', 1, False, 120, 0, None, {2020: 'a. Madu hutan'}),
 'KH10B': ('Ton', 1, False, 640, 0, None, {2020: 'b. Getah pinus'}),
 'KH11': ('Jenis', 0, False, 5, 1, None, {2019: 'Jumlah jenis HHBK yang dikembangkan', 2020: 'Jenis HHBK yang dikembangkan'}),
 'KH12': ('Rp juta', 2, False, 3250, 150, None, {2018: 'Penerimaan PNBP sektor kehutanan', 2019: 'Realisasi PNBP Kehutanan', 2020: 'Jumlah penerimaan negara bukan pajak (PNBP) sektor kehutanan', 2021: 'PNBP Sektor Kehutanan'}),
 'KH13': ('Batang', 0, False, 750000, 50000, None, {2018: 'Jumlah bibit yang didistribusikan', 2019: 'Jumlah bibit tanaman kehutanan yang disalurkan', 2020: 'Bibit yang didistribusikan', 2021: 'Jumlah bibit didistribusikan kepada masyarakat'}),
 'KH14': ('%', 2, False, 80, 2.5, 100, {2018: 'Persentase kasus gangguan keamanan hutan yang ditangani', 2019: 'Prosentase kasus gangguan keamanan hutan yang ditangani', 2020: 'Persentase penanganan gangguan keamanan hutan', 2021: '% kasus gangguan kamhut yang ditangani'}),
 'KH15': ('Kelompok', 0, False, 0, 10, None, {2020: 'Jumlah Masyarakat Peduli Api (MPA) yang dibentuk', 2021: 'Jumlah MPA yang terbentuk'}),
 'KH16': ('Nilai', 2, False, 0, 0, None, {2018: 'Nilai SAKIP Dinas', 2019: 'Nilai SAKIP Dinas Kehutanan', 2020: 'Nilai evaluasi SAKIP Dinas Kehutanan', 2021: 'Nilai AKIP Dinas Kehutanan'}),
 'KH17': ('Ha', 0, False, 1500, 200, None, {2018: 'Luas hutan rakyat yang dibangun', 2019: 'Luas pembangunan hutan rakyat'}),
}
V = {k: gen_vals(rng, c[3], c[4], YEARS, c[1], c[2], c[5]) for k, c in CAT.items()}
V['KH15'][2020] = [20, 23]; V['KH15'][2021] = [30, 31]
V['KH16'] = {2018: ['B', 'BB'], 2019: ['BB', 'BB'], 2020: [65.0, 66.21], 2021: [70.0, 68.54]}
V['KH04'][2020] = [11, 10]
SAS = [('Meningkatnya kualitas tutupan hutan dan lahan', ['KH01', 'KH02', 'KH03', 'KH17', 'KH13']),
       ('Meningkatnya pengelolaan hutan lestari melalui KPH', ['KH04', 'KH05']),
       ('Meningkatnya akses masyarakat dalam pengelolaan hutan', ['KH06', 'KH06B', 'KH07', 'KH10', 'KH10A', 'KH10B', 'KH11', 'KH12']),
       ('Menurunnya gangguan terhadap kawasan hutan', ['KH08', 'KH09', 'KH14', 'KH15']),
       ('Meningkatnya akuntabilitas kinerja Dinas', ['KH16'])]
key = Key('Dinas Kehutanan Provinsi Nusa Kencana', YEARS)
key.d['ambiguous'] = [['KH06', 'KH06B']]
NOTES = []
HEAD = ['DINAS KEHUTANAN', 'PROVINSI NUSA KENCANA']
SIG = ('Kepala Dinas Kehutanan', 'Ir. ANDI MAPPALEWA SURYADIPURA, M.Si', 'Pembina Utama Muda (IV/c)', '19680412 199303 1 007')

def ids_for(y):
    return [(s, [i for i in ids if y in CAT[i][6]]) for s, ids in SAS]

# ---------- 2018: two-row layout (.xls) ----------
def f2018():
    y = 2018; fn = 'Pengukuran_Kinerja_Dishut_2018.xls'; sh = 'PK 2018'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['PENGUKURAN KINERJA'] + HEAD + ['TAHUN ANGGARAN 2018'], 8)
    m(ws, 6, 1, 7, 1, 'No', b=True); m(ws, 6, 2, 7, 2, 'Sasaran Strategis', b=True)
    m(ws, 6, 3, 7, 3, 'Indikator Kinerja', b=True); m(ws, 6, 4, 7, 4, 'Uraian', b=True)
    m(ws, 6, 5, 7, 5, 'Satuan', b=True); m(ws, 6, 6, 6, 7, 'Tahun 2018', b=True)
    w(ws, 7, 6, 'Jumlah', b=True, center=True); w(ws, 7, 7, 'Capaian\n(%)', b=True, center=True, wrap=True)
    m(ws, 6, 8, 7, 8, 'Keterangan', b=True)
    for i in range(8): w(ws, 8, i + 1, f'({i+1})', center=True, italic=True)
    r = 9; no = 0
    groups = ids_for(y)
    for s, ids in groups:
        # duplicate KH07 row (planted)
        seq = list(ids)
        if 'KH07' in seq: seq.insert(seq.index('KH07') + 1, 'KH07')
        r0 = r
        for iid in seq:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            name = CAT[iid][6][y]; t, re_ = V[iid][y]
            m(ws, r, 1, r + 1, 1, no); m(ws, r, 3, r + 1, 3, name, center=False)
            w(ws, r, 4, 'Target'); w(ws, r + 1, 4, 'Realisasi')
            w(ws, r, 5, unit); w(ws, r + 1, 5, unit)
            fmt = '#,##0' if dec == 0 else '#,##0.00'
            kt, kr = t, re_
            vt, vr = t, re_
            cap = f'=F{r+1}/F{r}*100'
            if neg: cap = f'=(2*F{r}-F{r+1})/F{r}*100'
            if iid == 'KH03':
                vt, vr = round(t / 100, 5), round(re_ / 100, 6); fmt = '0.00%'
            if iid == 'KH01':
                vr = idn(re_) + ' ha'
                cap = 100 * re_ / t
                cap = round(cap, 2)
                NOTES.append(f'{fn} r{r+1}: KH01 realisasi typed as text "{vr}"; capaian typed as constant {cap} (right)')
            if iid == 'KH13':
                vt = t * 10; kt = vt
                NOTES.append(f'{fn} r{r}: KH13 target typed 10x: {idn(vt)} (true {idn(t)}); capaian formula gives {round(re_/vt*100,2)} instead of {round(re_/t*100,2)}')
            if iid == 'KH08':
                cap = f'=F{r+1}/F{r}*100'
                NOTES.append(f'{fn} r{r+1}: KH08 negative indicator computed with positive formula R/T*100 = {round(re_/t*100,2)}; (2T-R)/T*100 = {round((2*t-re_)/t*100,2)}')
            if iid == 'KH09':
                w(ws, r, 8, 'Indikator negatif (-)')
            if iid == 'KH14':
                true = round(re_ / t * 100, 2); cap = round(true - 4.6, 2)
                NOTES.append(f'{fn} r{r+1}: KH14 capaian typed {cap} (constant), true {true}')
            if iid == 'KH16':
                cap = 100; fmt = '@'
                NOTES.append(f'{fn} r{r}: KH16 grade target B, realisasi BB (keyed null); capaian typed 100')
                kt, kr = None, None
            w(ws, r, 6, vt, fmt=fmt); w(ws, r + 1, 6, vr, fmt=fmt)
            w(ws, r, 7, None); w(ws, r + 1, 7, cap, fmt='0.00')
            if ws.cell(r, 8).value is None: w(ws, r, 8, None)
            w(ws, r + 1, 8, None)
            key.add(fn, sh, r, y, name, iid, kt, kr)
            r += 2
        m(ws, r0, 2, r - 1, 2, s, center=False)
    NOTES.append(f'{fn}: KH07 row duplicated (two identical blocks, both keyed)')
    r += 1
    w(ws, r, 2, 'Jumlah Anggaran Tahun 2018', border=False); w(ws, r, 4, 'Rp. 48.215.660.000,-', border=False)
    w(ws, r + 1, 2, 'Jumlah Realisasi Anggaran Tahun 2018', border=False); w(ws, r + 1, 4, 'Rp. 44.908.117.250,-', border=False)
    w(ws, r + 2, 2, '*) Angka realisasi PNBP bersumber dari SIMPONI, angka sementara', border=False, italic=True)
    signature(ws, r + 4, 6, 'Mataram Baru, 20 Januari 2019', *SIG)
    widths(ws, {'A': 5, 'B': 30, 'C': 45, 'D': 11, 'E': 10, 'F': 14, 'G': 11, 'H': 18})
    ws.freeze_panes = 'D9'; ws.print_title_rows = '6:8'
    wb.save(os.path.join(RAW, fn.replace('.xls', '.xlsx')))

# ---------- 2019: Rencana Aksi TW I-IV (.ods) ----------
CUM19 = {'KH01': True, 'KH02': True, 'KH03': True, 'KH04': True, 'KH05': True, 'KH06': True, 'KH07': True,
         'KH08': False, 'KH09': False, 'KH10': False, 'KH11': True, 'KH12': False, 'KH13': False, 'KH14': True,
         'KH16': True, 'KH17': True}
def f2019():
    y = 2019; fn = 'RENAKSI DISHUT 2019.ods'; sh = 'Renaksi 2019'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sh
    title(ws, ['RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA'] + HEAD + ['TAHUN 2018'], 15)
    NOTES.append(f'{fn}: title says TAHUN 2018, sheet name and headers say 2019 (figures are 2019)')
    for c, t in [(1, 'No'), (2, 'Sasaran Strategis'), (3, 'Indikator Kinerja'), (4, 'Satuan'), (5, 'Target\nTahun 2019'),
                 (14, 'Capaian s.d.\nTW IV\n(%)'), (15, 'Penanggung\nJawab')]:
        m(ws, 6, c, 8, c, t, b=True)
    m(ws, 6, 6, 6, 13, 'Target dan Realisasi Kinerja per Triwulan', b=True)
    for q, lab in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']):
        m(ws, 7, 6 + 2 * q, 7, 7 + 2 * q, lab, b=True)
        w(ws, 8, 6 + 2 * q, 'T', b=True, center=True); w(ws, 8, 7 + 2 * q, 'R', b=True, center=True)
    r = 9; no = 0
    for s, ids in ids_for(y):
        r0 = r
        for iid in ids:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            name = CAT[iid][6][y]; t, re_ = V[iid][y]
            w(ws, r, 1, no, center=True); w(ws, r, 3, name, wrap=True); w(ws, r, 4, unit)
            fmt = '#,##0' if dec == 0 else '#,##0.00'
            kt, kr = t, re_
            if iid == 'KH16':
                w(ws, r, 5, t)
                for q in range(4):
                    w(ws, r, 6 + 2 * q, '-' if q < 3 else t); w(ws, r, 7 + 2 * q, '-' if q < 3 else re_)
                w(ws, r, 14, '-'); kt = kr = None
                NOTES.append(f'{fn} r{r}: KH16 grade (BB/BB) only in TW IV, keyed null')
            else:
                cum = CUM19[iid]
                level = unit in ('%', 'Unit', 'Jenis')
                if level:
                    tq = [round(t - (3 - q) * (0.3 if dec else 0), dec) for q in range(4)]
                    rq = [round(re_ - (3 - q) * (0.25 if dec else 0), dec) for q in range(4)]
                    if dec == 0:
                        tq = [max(1, t - (3 - q) // 2) for q in range(4)]; tq[3] = t
                        rq = [max(1, re_ - (3 - q) // 2) for q in range(4)]; rq[3] = re_
                    tq[3] = t; rq[3] = re_
                else:
                    tq = split_q(rng, t, dec, cum); rq = split_q(rng, re_, dec, cum)
                w(ws, r, 5, t, fmt=fmt)
                for q in range(4):
                    w(ws, r, 6 + 2 * q, tq[q], fmt=fmt); w(ws, r, 7 + 2 * q, rq[q], fmt=fmt)
                if cum: num = f'M{r}'
                else: num = f'SUM(G{r},I{r},K{r},M{r})'
                cap = f'={num}/E{r}*100' if not neg else f'=(2*E{r}-{num})/E{r}*100'
                if iid == 'KH09':
                    cap = f'=(2*E{r+1}-{num})/E{r+1}*100'
                    NOTES.append(f'{fn} r{r}: KH09 capaian formula points at the next row\'s target (E{r+1}); true (2T-R)/T = {round((2*t-re_)/t*100,2)}')
                if iid == 'KH14':
                    ws.cell(r, 13).value = idn(re_, 1) if re_ != int(re_) else idn(re_, 0)
                    kr = float(str(ws.cell(r, 13).value).replace('.', '').replace(',', '.'))
                    NOTES.append(f'{fn} r{r}: KH14 TW IV realisasi typed as text "{ws.cell(r,13).value}"')
                if iid == 'KH11':
                    ws.cell(r, 9).value = '-'
                    NOTES.append(f'{fn} r{r}: KH11 TW II realisasi "-" (level indicator; TW IV is the year\'s value)')
                w(ws, r, 14, cap, fmt='0.00')
                if not cum:
                    kr = round(sum(rq), dec)
            w(ws, r, 15, 'Kabid ' + ('RHL' if s.startswith('Meningkatnya kualitas') else 'PKSDAE'), wrap=True)
            key.add(fn, sh, r, y, name, iid, kt, kr)
            r += 1
        m(ws, r0, 2, r - 1, 2, s, center=False)
    r += 1
    w(ws, r, 2, 'Keterangan: T = Target, R = Realisasi; capaian indikator negatif = (2T - R)/T x 100', border=False, italic=True)
    signature(ws, r + 2, 12, 'Mataram Baru, 17 Januari 2020', *SIG)
    widths(ws, {'A': 5, 'B': 26, 'C': 42, 'D': 9, 'E': 12, 'N': 12, 'O': 14})
    ws.freeze_panes = 'F9'; ws.print_title_rows = '6:8'
    wb.save(os.path.join(RAW, 'RENAKSI DISHUT 2019.xlsx'))

# ---------- 2020 numbering layout + 2021 LKjIP multi-year + Rekap (.xlsx) ----------
def f2021():
    fn = 'LKjIP_Dishut_2020-2021.xlsx'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '2020'
    y = 2020
    title(ws, ['PENGUKURAN KINERJA TAHUN 2020'] + HEAD, 6)
    for c, t in enumerate(['Sasaran / Indikator Kinerja', 'Satuan', 'Target\n2020', 'Realisasi\n2020', 'Capaian\n(%)', 'Keterangan']):
        w(ws, 5, c + 1, t, b=True, wrap=True, center=True)
    r = 6; rows20 = {}
    for si, (s, ids) in enumerate(ids_for(y)):
        w(ws, r, 1, f'{si+1}. {s}', b=True); [w(ws, r, c, None) for c in range(2, 7)]; r += 1
        k = 0
        for iid in ids:
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]
            if iid in ('KH10A', 'KH10B'):
                written = '    ' + nm
            else:
                k += 1; written = f'{si+1}.{k} {nm}'
            w(ws, r, 1, written, wrap=True); w(ws, r, 2, unit)
            fmt = '#,##0' if dec == 0 else '#,##0.00'
            vt, vr = t, re_; kt, kr = t, re_
            cap = f'=D{r}/C{r}*100' if not neg else f'=(2*C{r}-D{r})/C{r}*100'
            if iid == 'KH04':
                cap = 100; NOTES.append(f'2020 r{r}: KH04 capaian formula overwritten by constant 100; true {round(re_/t*100,2)}')
            if iid == 'KH06B':
                vt = idn(t) + ' ha'; cap = round(re_ / t * 100, 2)
                NOTES.append(f'2020 r{r}: KH06B target typed as text "{vt}", capaian typed constant (right)')
            if iid == 'KH12':
                vt = idn(t, 2); cap = round(re_ / t * 100, 2)
                NOTES.append(f'2020 r{r}: KH12 target typed as text "{vt}" (Rp juta), capaian constant (right)')
            w(ws, r, 3, vt, fmt=fmt); w(ws, r, 4, vr, fmt=fmt); w(ws, r, 5, cap, fmt='0.00')
            w(ws, r, 6, 'Negatif' if neg else None)
            key.add(fn, '2020', r, y, written.strip(), iid, kt, kr); rows20[iid] = r
            r += 1
    w(ws, r + 1, 1, 'Catatan: a. dan b. merupakan rincian komoditas HHBK unggulan (sub indikator)', border=False, italic=True)
    signature(ws, r + 3, 4, 'Mataram Baru, 25 Januari 2021', *SIG)
    widths(ws, {'A': 62, 'B': 10, 'C': 13, 'D': 13, 'E': 10, 'F': 14})
    NOTES.append('2020: names carry numbering "1.1 ..." (sasaran "1." rows are group rows); sub-indicators "a."/"b." keyed with written name without leading spaces')

    ws = wb.create_sheet('2021'); y = 2021
    title(ws, ['TABEL 3.1 CAPAIAN KINERJA SASARAN TAHUN 2021'] + HEAD, 10)
    m(ws, 5, 1, 6, 1, 'No', b=True); m(ws, 5, 2, 6, 2, 'Indikator Kinerja', b=True); m(ws, 5, 3, 6, 3, 'Satuan', b=True)
    m(ws, 5, 4, 5, 5, 'Realisasi', b=True); w(ws, 6, 4, 2019, b=True, center=True); w(ws, 6, 5, 2020, b=True, center=True)
    m(ws, 5, 6, 5, 8, 'Tahun 2021', b=True)
    for c, t in [(6, 'Target'), (7, 'Realisasi'), (8, 'Capaian\n(%)')]: w(ws, 6, c, t, b=True, wrap=True, center=True)
    m(ws, 5, 9, 5, 10, 'Renstra 2019-2023', b=True)
    w(ws, 6, 9, 'Target Akhir\nRenstra (2023)', b=True, wrap=True, center=True)
    w(ws, 6, 10, 'Capaian s.d. 2021\nthd Renstra (%)', b=True, wrap=True, center=True)
    for i in range(10): w(ws, 7, i + 1, f'({i+1})', center=True, italic=True)
    r = 8; no = 0; rows21 = {}
    for si, (s, ids) in enumerate(ids_for(y)):
        m(ws, r, 1, r, 10, f'Sasaran {si+1}: {s}', b=True, center=False); r += 1
        for iid in ids:
            no += 1
            unit, dec, neg = CAT[iid][0], CAT[iid][1], CAT[iid][2]
            nm = CAT[iid][6][y]; t, re_ = V[iid][y]
            fmt = '#,##0' if dec == 0 else '#,##0.00'
            w(ws, r, 1, no, center=True); w(ws, r, 2, nm, wrap=True); w(ws, r, 3, unit)
            for c, yy in [(4, 2019), (5, 2020)]:
                v = V[iid].get(yy, [None, None])[1] if yy in CAT[iid][6] or iid in ('KH06B',) else '-'
                if iid == 'KH16' and yy == 2019: v = 'BB'
                if iid == 'KH06B' and yy == 2019: v = '-'
                if iid == 'KH10' and yy == 2020:
                    v = round(V[iid][2020][1] + 12.4, 1)
                    NOTES.append(f'2021 r{r}: KH10 realisasi 2020 written {v} here, {V[iid][2020][1]} in sheet 2020 (revised figure; not keyed)')
                w(ws, r, c, v, fmt=fmt)
            vt, vr = t, re_; kt, kr = t, re_
            cap = f'=G{r}/F{r}*100' if not neg else f'=(2*F{r}-G{r})/F{r}*100'
            if iid == 'KH01':
                vt = '≥ ' + idn(t); cap = round(re_ / t * 100, 2)
                NOTES.append(f'2021 r{r}: KH01 target typed "{vt}" (keyed {t}); capaian constant')
            if iid == 'KH13':
                cap = f'=G{r}/F{r+1}*100'
                NOTES.append(f'2021 r{r}: KH13 capaian formula points at next row\'s target F{r+1}; true {round(re_/t*100,2)}')
            if iid == 'KH15':
                vr = '-'; kr = None; cap = None
                NOTES.append(f'2021 r{r}: KH15 realisasi "-" (not yet reported; keyed null)')
            if iid == 'KH03':
                vt, vr = round(t / 100, 6), round(re_ / 100, 6); fmt = '0.00%'
                cap = f'=G{r}/F{r}*100'
                NOTES.append(f'2021 r{r}: KH03 target/realisasi stored as fractions in 0.00% cells (keyed in percent points)')
            w(ws, r, 6, vt, fmt=fmt); w(ws, r, 7, vr, fmt=fmt); w(ws, r, 8, cap, fmt='0.00')
            fin = {'KH01': 30000, 'KH02': 16000, 'KH03': 54.0, 'KH04': 12, 'KH05': 12, 'KH06B': 60000, 'KH07': 150,
                   'KH08': 600, 'KH09': 150, 'KH10': 1200, 'KH12': 4000, 'KH13': 4000000, 'KH14': 95, 'KH15': 50, 'KH16': 75}[iid]
            w(ws, r, 9, fin if iid != 'KH03' else fin / 100, fmt=fmt)
            w(ws, r, 10, f'=G{r}/I{r}*100' if iid not in ('KH15',) else '-', fmt='0.00')
            key.add(fn, '2021', r, y, nm, iid, kt, kr); rows21[iid] = r
            r += 1
    w(ws, r + 1, 2, 'Sumber: diolah dari laporan UPTD KPH dan Bidang PKSDAE. Realisasi 2019-2020 hanya pembanding (tidak dinilai).', border=False, italic=True)
    widths(ws, {'A': 5, 'B': 48, 'C': 10, 'D': 11, 'E': 11, 'F': 12, 'G': 12, 'H': 10, 'I': 14, 'J': 15})
    ws.freeze_panes = 'D8'; ws.print_title_rows = '5:7'

    ws = wb.create_sheet('Rekap')
    title(ws, ['REKAPITULASI CAPAIAN KINERJA 2020 - 2021', 'DINAS KEHUTANAN PROVINSI NUSA KENCANA'], 4)
    for c, t in enumerate(['No', 'Indikator (2021)', 'Capaian 2020 (%)', 'Capaian 2021 (%)']):
        w(ws, 4, c + 1, t, b=True, center=True, wrap=True)
    r = 5
    for i, (iid, r21) in enumerate(rows21.items()):
        w(ws, r, 1, i + 1); w(ws, r, 2, f"='2021'!B{r21}")
        r20 = rows20.get(iid)
        if iid == 'KH09' and r20: r20 += 1; NOTES.append(f'Rekap r{r}: KH09 capaian 2020 points at the wrong row of sheet 2020')
        w(ws, r, 3, f"='2020'!E{r20}" if r20 else '-', fmt='0.00'); w(ws, r, 4, f"='2021'!H{r21}", fmt='0.00')
        r += 1
    w(ws, r, 2, 'Rata-rata', b=True); w(ws, r, 3, f'=AVERAGE(C5:C{r-1})', fmt='0.00'); w(ws, r, 4, f'=AVERAGE(D5:D{r-1})', fmt='0.00')
    widths(ws, {'A': 5, 'B': 55, 'C': 14, 'D': 14})
    wb.save(os.path.join(RAW, fn))

f2018(); f2019(); f2021()
key.d['files'] = ['Pengukuran_Kinerja_Dishut_2018.xls', 'RENAKSI DISHUT 2019.ods', 'LKjIP_Dishut_2020-2021.xlsx']
key.save(os.path.join(HERE, '..', AG, 'key.json'))
with open(os.path.join(RAW, AG + '_notes.txt'), 'w') as f: f.write('\n'.join(NOTES) + '\n')
import json; json.dump({k: v[6] for k, v in CAT.items()}, open(os.path.join(RAW, AG + '_names.json'), 'w'), ensure_ascii=False)
print(AG, len(key.d['rows']))
