"""Agency 3: UPTD Sanggar Kegiatan Belajar (SKB), Dinas Pendidikan Kota Batu Rendang, 2022-2025."""
import os
from openpyxl import Workbook
from openpyxl.worksheet.properties import Outline
from common import *

AGENCY = 'UPTD Sanggar Kegiatan Belajar (SKB), Dinas Pendidikan Kota Batu Rendang'
SLUG = 'uptd_skb_kota_batu_rendang'
YEARS = [2022, 2023, 2024, 2025]
F22 = 'Profil Kinerja SKB Batu Rendang 2022.xlsx'
F23 = 'PK SKB 2023.ods'
F45 = 'Rencana Aksi SKB 2024-2025.xls'

IND = {
 'S01': ('orang', 'level', '+', {2022: (60, 58), 2023: (60, 63), 2024: (65, 61), 2025: (65, 67)}),
 'S02': ('orang', 'level', '+', {2022: (120, 126), 2023: (130, 128), 2024: (130, 137), 2025: (140, 142)}),
 'S03': ('orang', 'level', '+', {2022: (250, 268), 2023: (270, 281), 2024: (280, 294), 2025: (300, 306)}),
 'S04': ('orang', 'flow', '+', {2022: (15, 14), 2023: (15, 17), 2024: (18, 16), 2025: (18, 19)}),
 'S05': ('orang', 'flow', '+', {2022: (35, 38), 2023: (40, 41), 2024: (40, 44), 2025: (45, 40)}),
 'S06': ('orang', 'flow', '+', {2022: (90, 96), 2023: (100, 104), 2024: (105, 111), 2025: (110, 98)}),
 'S07': ('%', 'level', '+', {2022: (95, 97.96), 2023: (95, 98.1)}),
 'S07b': ('%', 'level', '+', {2024: (90, 92.5), 2025: (92, 93)}),
 'S08': ('orang', 'level', '+', {2022: (80, 80), 2023: (80, 85), 2024: (70, 72), 2025: (60, 60)}),
 'S09': ('orang', 'flow', '+', {2022: (75, 71), 2023: (75, 79), 2024: (65, 68), 2025: (55, 42)}),
 'S10': ('orang', 'level', '+', {2024: (40, 45), 2025: (50, 48)}),
 'S11': ('anak', 'level', '+', {2022: (90, 87), 2023: (90, 94), 2024: (95, 98), 2025: (100, 96)}),
 'S12': ('anak', 'flow', '+', {2022: (45, 43), 2023: (45, 48), 2024: (50, 52), 2025: (50, 49)}),
 'S13': ('orang', 'flow', '+', {2022: (100, 104), 2023: (110, 118), 2024: (120, 120), 2025: (120, 85)}),
 'S14': ('orang', 'flow', '+', {2022: (60, 57), 2023: (66, 72), 2024: (72, 78), 2025: (75, 44)}),
 'S15': ('%', 'level', '+', {2022: (60, 54.8), 2023: (60, 61), 2024: (60, 65), 2025: (62, 58)}),
 'S16': ('orang', 'level', '+', {2022: (12, 11), 2023: (14, 14), 2024: (16, 17), 2025: (18, 18)}),
 'S17': ('orang', 'flow', '+', {2022: (20, 22), 2023: (20, 18), 2024: (24, 25), 2025: (25, 20)}),
 'S18': ('%', 'level', '-', {2022: (5, 6.2), 2023: (5, 4.8), 2024: (4, 3.9), 2025: (4, 4.1)}),
 'S19': ('nilai', 'level', '+', {2022: (80, 82.4), 2023: (81, 83.9), 2024: (82, 85.1), 2025: (83, 84.2)}),
 'S20': ('predikat', 'grade', '+', {2022: ('B', 'B'), 2023: ('A', 'B'), 2024: ('A', 'A')}),
 'S21': ('TBM', 'level', '+', {2022: (10, 10), 2023: (12, 12)}),
 'S22': ('orang', 'flow', '+', {2022: (140, 148), 2023: (155, 162)}),
}

NAMES = {
 'S01': {2022: 'Jumlah Warga Belajar Paket A', 2023: 'Jumlah warga belajar Pendidikan Kesetaraan Paket A', 2024: 'Jml WB Paket A', 2025: 'Jumlah peserta didik Paket A (orang)'},
 'S02': {2022: 'Jumlah Warga Belajar Paket B', 2023: 'Jumlah warga belajar Pendidikan Kesetaraan Paket B', 2024: 'Jml WB Paket B', 2025: 'Jumlah peserta didik Paket B (orang)'},
 'S03': {2022: 'Jumlah Warga Belajar Paket C', 2023: 'Jumlah warga belajar Pendidikan Kesetaraan Paket C', 2024: 'Jml WB Paket C', 2025: 'Jumlah peserta didik Paket C (orang)'},
 'S04': {2022: 'Jumlah Lulusan Paket A', 2023: 'Jumlah lulusan Paket A setara SD', 2024: 'Jml lulusan Paket A', 2025: 'Lulusan Paket A (orang)'},
 'S05': {2022: 'Jumlah Lulusan Paket B', 2023: 'Jumlah lulusan Paket B setara SMP', 2024: 'Jml lulusan Paket B', 2025: 'Lulusan Paket B (orang)'},
 'S06': {2022: 'Jumlah Lulusan Paket C', 2023: 'Jumlah lulusan Paket C setara SMA', 2024: 'Jml lulusan Paket C', 2025: 'Lulusan Paket C (orang)'},
 'S07': {2022: 'Persentase Kelulusan Paket C', 2023: 'Prosentase kelulusan warga belajar Paket C'},
 'S07b': {2024: '% WB Paket C yg menyelesaikan pembelajaran (tamat)', 2025: 'Persentase warga belajar Paket C yang tamat belajar (%)'},
 'S08': {2022: 'Jumlah Warga Belajar Keaksaraan Dasar', 2023: 'Jumlah warga belajar keaksaraan dasar (KD)', 2024: 'Jml WB keaksaraan dasar', 2025: 'Warga belajar Keaksaraan Dasar (orang)'},
 'S09': {2022: 'Jumlah Warga Belajar yang Memperoleh SUKMA', 2023: 'Jumlah warga belajar yang memperoleh Surat Keterangan Melek Aksara (SUKMA)', 2024: 'Jml warga yg melek aksara (ber-SUKMA)', 2025: 'Warga belajar melek aksara / memperoleh SUKMA (orang)'},
 'S10': {2024: 'Jml WB keaksaraan usaha mandiri (KUM)', 2025: 'Warga belajar Keaksaraan Usaha Mandiri (orang)'},
 'S11': {2022: 'Jumlah Peserta Didik PAUD', 2023: 'Jumlah peserta didik PAUD (KB dan SPS)', 2024: 'Jml peserta didik PAUD', 2025: 'Peserta didik Pendidikan Anak Usia Dini (anak)'},
 'S12': {2022: 'Jumlah Peserta Didik Baru PAUD', 2023: 'Jumlah peserta didik baru PAUD (KB dan SPS)', 2024: 'Jml peserta didik PAUD baru', 2025: 'Peserta didik baru Pendidikan Anak Usia Dini (anak)'},
 'S13': {2022: 'Jumlah Peserta Kursus dan Pelatihan', 2023: 'Jumlah peserta kursus & pelatihan kecakapan kerja (PKK)', 2024: 'Jml peserta kursus/PKK', 2025: 'Peserta Pendidikan Kecakapan Kerja (orang)'},
 'S14': {2022: 'Jumlah Lulusan Kursus yang Bekerja/Berwirausaha', 2023: 'Jumlah lulusan kursus yg bekerja atau berwirausaha', 2024: 'Jml lulusan kursus yg bekerja/wirausaha', 2025: 'Lulusan kursus yang bekerja / berwirausaha (orang)'},
 'S15': {2022: 'Persentase Lulusan Kursus yang Bekerja', 2023: 'Prosentase lulusan kursus yang terserap dunia kerja', 2024: '% lulusan kursus yg bekerja', 2025: 'Persentase lulusan kursus yang bekerja (%)'},
 'S16': {2022: 'Jumlah Tutor Bersertifikat', 2023: 'Jumlah tutor/pamong belajar yang bersertifikat', 2024: 'Jml tutor bersertifikat', 2025: 'Tutor bersertifikat kompetensi (orang)'},
 'S17': {2022: 'Jumlah Tutor yang Mengikuti Peningkatan Kompetensi', 2023: 'Jumlah tutor yg mengikuti diklat/bimtek peningkatan kompetensi', 2024: 'Jml tutor ikut bimtek', 2025: 'Tutor yang mengikuti peningkatan kompetensi (orang)'},
 'S18': {2022: 'Angka Putus Belajar Pendidikan Kesetaraan', 2023: 'Angka putus belajar (drop out) warga belajar kesetaraan', 2024: 'Angka putus belajar kesetaraan (%)', 2025: 'Angka Putus Belajar (%)'},
 'S19': {2022: 'Indeks Kepuasan Masyarakat', 2023: 'Nilai Survei Kepuasan Masyarakat (SKM)', 2024: 'IKM', 2025: 'Indeks Kepuasan Masyarakat (IKM) layanan SKB (nilai)'},
 'S20': {2022: 'Akreditasi Satuan Pendidikan (SKB)', 2023: 'Nilai akreditasi SKB', 2024: 'Predikat akreditasi lembaga'},
 'S21': {2022: 'Jumlah Taman Bacaan Masyarakat (TBM) Binaan', 2023: 'Jumlah TBM yang dibina'},
 'S22': {2022: 'Jumlah Lulusan Pendidikan Kesetaraan (Paket A, B, C)', 2023: 'Jumlah lulusan kesetaraan seluruh program'},
}

KEPALA = ('Hj. NURLAILA SIREGAR, S.Pd., M.Pd.', 'Pembina (IV/a)', 'NIP. 19720409 199702 2 003')

GROUPS = [('Meningkatnya akses dan mutu pendidikan kesetaraan', ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S22', 'S07', 'S18']),
          ('Meningkatnya keberaksaraan masyarakat', ['S08', 'S09', 'S21']),
          ('Meningkatnya layanan Pendidikan Anak Usia Dini', ['S11', 'S12']),
          ('Meningkatnya keterampilan kerja masyarakat', ['S13', 'S14', 'S15']),
          ('Meningkatnya mutu layanan SKB', ['S16', 'S17', 'S19', 'S20'])]


def sign(ws, r, c, date):
    W(ws, f'{c}{r}', date)
    W(ws, f'{c}{r+1}', 'Kepala UPTD SKB Kota Batu Rendang')
    W(ws, f'{c}{r+5}', KEPALA[0], bold=True)
    W(ws, f'{c}{r+6}', KEPALA[1])
    W(ws, f'{c}{r+7}', KEPALA[2])


# ---------------------------------------------------------------- 2022: indicator cards side by side (values pulled from a hidden data sheet)
def build_2022(kb, outdir):
    year = 2022
    file = F22
    wb = Workbook()
    ws = wb.active
    ws.title = 'Kartu Kinerja 2022'
    sh = ws.title
    wd = wb.create_sheet('data')
    # flat data sheet (hidden): the cards refer to it
    for k, t in enumerate(['No', 'Indikator', 'Satuan', 'Target', 'Realisasi']):
        W(wd, f'{col(k+1)}1', t, bold=True)
    drow = {}
    dr = 2
    for g, ids in GROUPS:
        for i in ids:
            unit, kind, pol, v = IND[i]
            t, rv = v[year]
            pct = i == 'S15'
            W(wd, f'A{dr}', dr - 1)
            W(wd, f'B{dr}', NAMES[i][year])
            W(wd, f'C{dr}', unit)
            W(wd, f'D{dr}', t / 100 if pct else t, fmt=FMT_PCT1 if pct else None)
            W(wd, f'E{dr}', rv / 100 if pct else rv, fmt=FMT_PCT1 if pct else None)
            if i == 'S03':
                W(wd, f'E{dr}', '268 orang')
            if i == 'S07':
                W(wd, f'D{dr}', '>= 95')
            if i == 'S09':
                W(wd, f'D{dr}', 750)
            if i == 'S19':
                W(wd, f'E{dr}', '82,4')
            drow[i] = dr
            dr += 1
    wd.sheet_state = 'hidden'
    kb.describe(file, 'data', 'HIDDEN flat data sheet (No | Indikator | Satuan | Target | Realisasi) that the cards read '
                'with formulas; not keyed (the same 2022 figures as the cards).')

    M(ws, 'B1:L1', 'PROFIL CAPAIAN KINERJA UPTD SKB KOTA BATU RENDANG TAHUN 2022', bold=True, h='center', size=14)
    M(ws, 'B2:L2', 'Dinas Pendidikan Kota Batu Rendang', h='center')
    for c in 'BCDFGHJKL':
        ws.column_dimensions[c].width = 14
    for c in 'AEI':
        ws.column_dimensions[c].width = 3
    r = 4
    prev_vals_row = {}
    for gn, (g, ids) in enumerate(GROUPS, 1):
        M(ws, f'B{r}:L{r}', f'SASARAN {gn}. {g.upper()}', bold=True, fill='FCE4D6', border=True)
        r += 1
        for b0 in range(0, len(ids), 3):
            band = ids[b0:b0 + 3]
            for k, i in enumerate(band):
                c1 = col(2 + 4 * k)
                c2 = col(3 + 4 * k)
                c3 = col(4 + 4 * k)
                unit, kind, pol, v = IND[i]
                t, rv = v[year]
                pct = i == 'S15'
                M(ws, f'{c1}{r}:{c3}{r}', NAMES[i][year], bold=True, wrap=True, h='center', border=True, fill='E2EFDA')
                W(ws, f'{c1}{r+1}', 'Satuan', border=True)
                M(ws, f'{c2}{r+1}:{c3}{r+1}', unit, border=True, h='center')
                for cc, lab in zip((c1, c2, c3), ('Target', 'Realisasi', 'Capaian')):
                    W(ws, f'{cc}{r+2}', lab, bold=True, h='center', border=True)
                fm = FMT_PCT1 if pct else None
                W(ws, f'{c1}{r+3}', f'=data!D{drow[i]}', fmt=fm, h='center', border=True)
                W(ws, f'{c2}{r+3}', f'=data!E{drow[i]}', fmt=fm, h='center', border=True)
                if pol == '-':
                    capf = f'=ROUND({c2}{r+3}/{c1}{r+3}*100,2)'   # positive formula on a negative indicator
                else:
                    capf = f'=ROUND({c2}{r+3}/{c1}{r+3}*100,2)'
                W(ws, f'{c3}{r+3}', capf, fmt='0.00', h='center', border=True)
                M(ws, f'{c1}{r+4}:{c3}{r+4}', None, italic=True, border=True, wrap=True)
                tkey, rkey = t, rv
                if i == 'S20':
                    W(ws, f'{c3}{r+3}', 'Tercapai', h='center', border=True)
                    tkey = rkey = None
                    kb.note(file, sh, f'card at {c1}{r} ({i}): grade B / B (keyed null / null); capaian "Tercapai"')
                if i == 'S03':
                    W(ws, f'{c3}{r+3}', 107.2, fmt='0.00', h='center', border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): realisasi is the text "268 orang" (from the data sheet; keyed 268); capaian typed 107,20')
                if i == 'S07':
                    W(ws, f'{c3}{r+3}', 103.12, fmt='0.00', h='center', border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): target ">= 95" (keyed 95); capaian typed 103,12')
                if i == 'S09':
                    tkey = 750
                    kb.note(file, sh, f'card at {c1}{r} ({i}): target typed 10x (750 for 75; keyed 750); capaian 9,47')
                if i == 'S19':
                    W(ws, f'{c3}{r+3}', 103, fmt='0.00', h='center', border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): realisasi the text "82,4" (keyed 82.4); capaian typed 103')
                if i == 'S18':
                    kb.note(file, sh, f'card at {c1}{r} ({i}): negative indicator (dropout rate) but capaian =R/T*100 (124,00; the (2T-R)/T formula gives 76,00)')
                if i == 'S15':
                    kb.note(file, sh, f'card at {c1}{r} ({i}): percent-formatted fractions 0,60 / 0,548 (keyed 60 / 54.8)')
                if i == 'S13':
                    pr = prev_vals_row.get('band')
                    W(ws, f'{c3}{r+3}', f'=ROUND({c2}{r+3}/{c1}{pr}*100,2)', fmt='0.00', h='center', border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): capaian formula divides by {c1}{pr}, the target of the card above (S11), instead of {c1}{r+3}')
                if i == 'S16':
                    W(ws, f'{c3}{r+3}', 100, fmt='0.00', h='center', border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): capaian typed 100 (true 11/12 = 91,67)')
                if i == 'S01':
                    W(ws, f'{c1}{r+4}', 'turun 4 org dr 2021', italic=True, border=True)
                    kb.note(file, sh, f'card at {c1}{r} ({i}): the Keterangan line holds a number ("turun 4 org dr 2021")')
                if i == 'S06':
                    W(ws, f'{c1}{r+4}', 'naik 11 org dibanding 2021', italic=True, border=True)
                kb.add(file, sh, r, c1, year, NAMES[i][year], i, tkey, rkey, spec(f'{c1}{r+3}'), spec(f'{c2}{r+3}'),
                       colkey=True)
            ws.row_dimensions[r].height = 45
            prev_vals_row['band'] = r + 3
            r += 6
    sign(ws, r + 1, 'J', 'Batu Rendang, 16 Januari 2023')
    kb.describe(file, sh, 'A "profile" sheet of indicator CARDS, three side by side (columns B-D, F-H, J-L, with '
                'narrow gap columns A, E, I). Each card: name merged over its three columns (the key row, with "col"), '
                'a Satuan line, a label line Target | Realisasi | Capaian, the values line, a Keterangan line, then a '
                'blank row; a shaded SASARAN band (merged B:L) opens each group. Target and realisasi are formulas '
                'reading the hidden sheet "data" (cached values are the key). Title rows 1-2, signature at the bottom.')
    p = os.path.join(outdir, F22)
    wb.save(p)
    return p, 'xlsx'


# ---------------------------------------------------------------- 2023: PK with Excel outline groups, some collapsed, and a hidden draft row
COLLAPSE23 = {2, 4}


def build_2023(kb, outdir):
    year = 2023
    file = F23
    wb = Workbook()
    ws = wb.active
    ws.title = 'PK 2023'
    sh = ws.title
    M(ws, 'A1:G1', 'PERJANJIAN KINERJA DAN PENGUKURAN KINERJA TAHUN 2023', bold=True, h='center')
    M(ws, 'A2:G2', 'UPTD SANGGAR KEGIATAN BELAJAR (SKB) KOTA BATU RENDANG', bold=True, h='center')
    M(ws, 'A3:G3', 'DINAS PENDIDIKAN KOTA BATU RENDANG', bold=True, h='center')
    for k, t in enumerate(['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan']):
        W(ws, f'{col(k+1)}5', t, bold=True, h='center', border=True, wrap=True)
    for c, w in {'A': 6, 'B': 58, 'C': 10, 'D': 12, 'E': 12, 'F': 12, 'G': 30}.items():
        ws.column_dimensions[c].width = w
    groups = [(g, list(ids)) for g, ids in GROUPS]
    roman = ['I', 'II', 'III', 'IV', 'V']
    r = 6
    n = 1
    for gn, (g, ids) in enumerate(groups, 1):
        W(ws, f'A{r}', roman[gn - 1], bold=True, border=True, h='center')
        W(ws, f'B{r}', g, bold=True, border=True, fill='D9E1F2')
        for c in 'CDEFG':
            W(ws, f'{c}{r}', None, border=True, fill='D9E1F2')
        srow = r
        collapsed = gn in COLLAPSE23
        if gn - 1 in COLLAPSE23:
            # Excel's default outline (summary row below): the collapse flag sits on the row after the group
            ws.row_dimensions[srow].collapsed = True
        r += 1
        seq = []
        for i in ids:
            seq.append((i, ''))
            if i == 'S06':
                seq.append((i, 'draft'))
            if i == 'S16':
                seq.append((i, 'dup'))
        for i, kindrow in seq:
            unit, kind, pol, v = IND[i]
            t, rv = v[year]
            pct = i in ('S15', 'S07')
            fm = FMT_PCT1 if pct else None
            W(ws, f'A{r}', n if kindrow == '' else (n - 1), h='center', border=True)
            W(ws, f'B{r}', NAMES[i][year], wrap=True, border=True)
            W(ws, f'C{r}', unit, h='center', border=True)
            W(ws, f'D{r}', t / 100 if pct else t, fmt=fm, border=True)
            W(ws, f'E{r}', rv / 100 if pct else rv, fmt=fm, border=True)
            if pol == '-':
                W(ws, f'F{r}', f'=ROUND((2*D{r}-E{r})/D{r}*100,2)', fmt='0.00', border=True)
            elif pct:
                W(ws, f'F{r}', f'=ROUND(E{r}/D{r}*100,2)', fmt='0.00', border=True)
            else:
                W(ws, f'F{r}', f'=ROUND(E{r}/D{r}*100,2)', fmt='0.00', border=True)
            W(ws, f'G{r}', None, border=True, wrap=True)
            ws.row_dimensions[r].outline_level = 1
            if collapsed:
                ws.row_dimensions[r].hidden = True
            tkey, rkey = t, rv
            where = 'collapsed group, hidden row' if collapsed else 'expanded group'
            if kindrow == 'draft':
                W(ws, f'D{r}', 100)
                W(ws, f'E{r}', 97)
                W(ws, f'G{r}', 'angka sementara (draft) - jangan dipakai', border=True)
                ws.row_dimensions[r].hidden = True
                kb.note(file, sh, f'row {r} (S06 draft): a genuinely HIDDEN row inside an EXPANDED group (its siblings are visible), same name as row {r-1}, older figures 100 / 97; NOT keyed')
                r += 1
                continue
            if kindrow == 'dup':
                kb.note(file, sh, f'row {r} ({i}): duplicate of row {r-1}; not keyed')
                r += 1
                continue
            if i == 'S05':
                W(ws, f'E{r}', '41 orang', border=True, h='right')
                W(ws, f'F{r}', 102.5, fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}): realisasi typed as text "41 orang" (keyed 41); capaian typed 102,50')
            if i == 'S13':
                W(ws, f'D{r}', '110 org', border=True, h='right')
                W(ws, f'F{r}', 107.27, fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}) [{where}]: target typed as text "110 org" (keyed 110); capaian typed 107,27')
            if i == 'S18':
                W(ws, f'E{r}', '4,8 %', border=True, h='right')
                W(ws, f'F{r}', 104, fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}): negative indicator; realisasi typed as text "4,8 %" (keyed 4.8); capaian typed 104 ((2T-R)/T)')
            if i == 'S19':
                W(ws, f'E{r}', '83,9', border=True, h='right')
                W(ws, f'F{r}', 103.58, fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}): realisasi the text "83,9" (keyed 83.9)')
            if i == 'S20':
                W(ws, f'F{r}', '-', border=True, h='center')
                W(ws, f'G{r}', 'Akreditasi ulang Nov 2023: B (nilai 84)', border=True)
                tkey = rkey = None
                kb.note(file, sh, f'row {r} ({i}): grade target A, realisasi B (keyed null / null); Keterangan holds a number ("nilai 84")')
            if i == 'S03':
                W(ws, f'D{r}', t * 10, border=True)
                tkey = t * 10
                kb.note(file, sh, f'row {r} ({i}): target typed 10x (2700 for 270; keyed 2700); capaian 10,41')
            if i == 'S02':
                W(ws, f'F{r}', 89, fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}): capaian typed 89,00 (true 128/130 = 98,46)')
            if i in ('S15', 'S07'):
                kb.note(file, sh, f'row {r} ({i}) [{where}]: percent-formatted fractions (keyed {t} / {rv})')
            if i == 'S09':
                W(ws, f'G{r}', 'naik 8 org dr 2022', border=True)
                kb.note(file, sh, f'row {r} ({i}) [{where}]: Keterangan holds a number ("naik 8 org dr 2022")')
            if collapsed and i not in ('S13', 'S09', 'S15'):
                kb.note(file, sh, f'row {r} ({i}): inside a COLLAPSED outline group (row hidden) - a key row')
            kb.add(file, sh, r, 'B', year, NAMES[i][year], i, tkey, rkey, spec(f'D{r}'), spec(f'E{r}'))
            n += 1
            r += 1
    last = r - 1
    r += 1
    W(ws, f'B{r}', 'Anggaran 2023 : Rp 1.286.450.000 ; Realisasi : Rp 1.201.377.600')
    sign(ws, r + 2, 'E', 'Batu Rendang, 10 Januari 2024')
    kb.describe(file, sh, 'Annual PK with ONE header row (row 5: No | Sasaran / Indikator Kinerja | Satuan | Target | '
                'Realisasi | Capaian (%%) | Keterangan), title rows 1-3, rows 6-%d: sasaran rows (roman numerals, '
                'shaded, not keyed) each followed by its indicators grouped with Excel\'s row outline (level 1, summary '
                'row: Excel default, so the +/- button sits below each group). Groups II and IV are COLLAPSED: their rows are hidden but ARE key rows. Group I also holds a '
                'genuinely hidden draft row that is not keyed (see below). Budget line and signature at the bottom.' % last)
    wn = wb.create_sheet('Catatan')
    for k, t in enumerate(['Grup baris (outline) dibuat agar tabel muat 1 halaman saat dicetak.',
                           'Baris lulusan Paket C versi draft disembunyikan, angka final 104 orang (ijazah terbit Juli 2023).',
                           'Target PK 2023 sesuai PK tgl 3 Januari 2023.'], 1):
        W(wn, f'A{k}', t)
    kb.describe(file, 'Catatan', 'Notes sheet; not keyed.')
    p = os.path.join(outdir, F23.replace('.ods', '.xlsx'))
    wb.save(p)
    return p, 'ods'


# ---------------------------------------------------------------- 2024 (s.d. TW, cumulative) + 2025 (TW pairs, reported to TW III)
IDS24 = [('Meningkatnya akses dan mutu pendidikan kesetaraan', ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07b', 'S18']),
         ('Meningkatnya keberaksaraan masyarakat', ['S08', 'S10', 'S09']),
         ('Meningkatnya layanan PAUD', ['S11', 'S12']),
         ('Meningkatnya keterampilan kerja masyarakat', ['S13', 'S14', 'S15']),
         ('Meningkatnya mutu layanan SKB', ['S16', 'S17', 'S19', 'S20'])]
CUM24 = {  # realisasi s.d. TW I..IV
 'S01': [58, 60, 61, 61], 'S02': [128, 131, 135, 137], 'S03': [281, 285, 290, 294], 'S04': [0, 16, 16, 16],
 'S05': [0, 44, 44, 44], 'S06': [0, 108, 110, 111], 'S07b': [0.0, 0.91, 0.91, 0.925], 'S18': [1.2, 2.5, 3.4, 3.9],
 'S08': [72, 72, 72, 72], 'S10': [30, 45, 45, 45], 'S09': [0, 20, 45, '68 org'], 'S11': [94, 94, 98, 98],
 'S12': [0, 12, 50, 2], 'S13': [24, 60, 92, 120], 'S14': [10, 31, 55, 78], 'S15': [0.55, 0.6, 0.62, 0.65],
 'S16': [14, 14, 17, 17], 'S17': [6, 12, 20, 25], 'S19': ['-', 84.3, '-', 85.1], 'S20': ['A', 'A', 'A', 'A']}


def build_2024_2025(kb, outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = 'RA 2024'
    sh = ws.title
    file = F45
    year = 2024
    M(ws, 'A1:J1', 'RENCANA AKSI DAN REALISASI KINERJA TAHUN 2024', bold=True, h='center')
    M(ws, 'A2:J2', 'UPTD SKB KOTA BATU RENDANG', bold=True, h='center')
    M(ws, 'A3:J3', '(realisasi kumulatif sampai dengan triwulan berjalan)', italic=True, h='center')
    for c, t in zip('ABCD', ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024']):
        M(ws, f'{c}5:{c}6', t, bold=True, h='center', border=True, wrap=True)
    M(ws, 'E5:H5', 'Realisasi Kumulatif', bold=True, h='center', border=True)
    for c, t in zip('EFGH', ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']):
        W(ws, f'{c}6', t, bold=True, h='center', border=True)
    M(ws, 'I5:I6', 'Capaian s.d. TW IV (%)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'J5:J6', 'Keterangan', bold=True, h='center', border=True)
    for c, w in {'A': 5, 'B': 46, 'C': 10, 'D': 12, 'E': 11, 'F': 11, 'G': 11, 'H': 11, 'I': 12, 'J': 30}.items():
        ws.column_dimensions[c].width = w
    r = 7
    n = 1
    for gn, (g, ids) in enumerate(IDS24, 1):
        M(ws, f'A{r}:J{r}', f'SASARAN {gn} : {g}', bold=True, border=True)
        r += 1
        for i in ids:
            unit, kind, pol, v = IND[i]
            t, rv = v[year]
            pct = i in ('S07b', 'S15')
            fm = FMT_PCT1 if pct else None
            W(ws, f'A{r}', n, h='center', border=True)
            W(ws, f'B{r}', NAMES[i][year], wrap=True, border=True)
            W(ws, f'C{r}', unit, h='center', border=True)
            W(ws, f'D{r}', t / 100 if pct else t, fmt=fm, border=True, h='center' if isinstance(t, str) else None)
            for k, c in enumerate('EFGH'):
                val = CUM24[i][k]
                W(ws, f'{c}{r}', val, fmt=fm, border=True, h='right' if isinstance(val, str) else None)
            if pol == '-':
                W(ws, f'I{r}', f'=ROUND((2*D{r}-H{r})/D{r}*100,2)', fmt='0.00', border=True)
            else:
                W(ws, f'I{r}', f'=ROUND(H{r}/D{r}*100,2)', fmt='0.00', border=True)
            W(ws, f'J{r}', None, border=True, wrap=True)
            tkey, rkey = t, rv
            if i == 'S12':
                rkey = 2
                W(ws, f'J{r}', 'penerimaan gelombang 2', border=True)
                kb.note(file, sh, f'row {r} ({i}): s.d. TW IV typed 2 (the new pupils of TW IV alone) after s.d. TW III 50: the cumulative column falls; keyed AS TYPED 2 (the clerk meant 52)')
            if i == 'S17':
                W(ws, f'D{r}', 240, border=True)
                tkey = 240
                kb.note(file, sh, f'row {r} ({i}): target typed 10x (240 for 24; keyed 240)')
            if i == 'S15':
                W(ws, f'D{r}', '60-65', border=True, h='right')
                kb.note(file, sh, f'row {r} ({i}): target a range "60-65" (keyed 60); realisasi percent-formatted fractions (s.d. TW IV 0,65 keyed 65); capaian #VALUE!')
            if i == 'S07b':
                kb.note(file, sh, f'row {r} ({i}): percent-formatted fractions (keyed 90 / 92.5)')
            if i == 'S09':
                kb.note(file, sh, f'row {r} ({i}): s.d. TW IV typed as text "68 org" (keyed 68)')
            if i == 'S20':
                tkey = rkey = None
                W(ws, f'I{r}', 'Tercapai', border=True)
                kb.note(file, sh, f'row {r} ({i}): grade A / A (keyed null / null)')
            if i == 'S14':
                W(ws, f'I{r}', f'=ROUND(H{r-1}/D{r}*100,2)', fmt='0.00', border=True)
                kb.note(file, sh, f'row {r} ({i}): capaian formula =ROUND(H{r-1}/D{r}*100,2) takes the realisasi of the row above (166,67; true 108,33)')
            if i == 'S02':
                W(ws, f'J{r}', 'naik 9 org dr 2023', border=True)
                kb.note(file, sh, f'row {r} ({i}): Keterangan holds a number ("naik 9 org dr 2023")')
            if i == 'S19':
                kb.note(file, sh, f'row {r} ({i}): IKM in TW II and TW IV only ("-" in s.d. TW I and III); s.d. TW IV 85,1')
            kb.add(file, sh, r, 'B', year, NAMES[i][year], i, tkey, rkey, spec(f'D{r}'), spec(f'H{r}'))
            n += 1
            r += 1
    last = r - 1
    sign(ws, r + 2, 'H', 'Batu Rendang, 6 Januari 2025')
    kb.describe(file, sh, 'Rencana Aksi 2024 with CUMULATIVE quarter columns. Title rows 1-3; header rows 5-6: No | '
                'Indikator Kinerja | Satuan | Target 2024 | "Realisasi Kumulatif" over s.d. TW I, s.d. TW II, s.d. TW III, '
                's.d. TW IV | Capaian s.d. TW IV (%%) | Keterangan; sasaran rows (merged A:J) and indicator rows 8-%d. '
                'Every column holds the figure to date, so realisasi = s.d. TW IV for flows and levels alike.' % last)

    build_2025(wb, kb, file)
    p = os.path.join(outdir, F45.replace('.xls', '.xlsx'))
    wb.save(p)
    return p, 'xls'


IDS25 = ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07b', 'S18', 'S08', 'S10', 'S09', 'S11', 'S12', 'S13', 'S14', 'S15',
         'S16', 'S17', 'S19']
Q25 = {  # (quarter targets, quarter realisasi TW I..III; TW IV blank)
 'S01': ([65] * 4, [62, 66, 67]), 'S02': ([140] * 4, [137, 140, 142]), 'S03': ([300] * 4, [296, 301, 306]),
 'S04': ([0, 18, 0, 0], ['-', 19, 0]), 'S05': ([0, 45, 0, 0], ['-', 40, 0]), 'S06': ([0, 110, 0, 0], ['-', 98, 0]),
 'S07b': ([92] * 4, [90, 93, 93]), 'S18': ([4] * 4, [4.5, 4.3, 4.1]), 'S08': ([60] * 4, [60, 60, 60]),
 'S10': ([50] * 4, [40, 48, 48]), 'S09': ([0, 25, 0, 30], [0, 42, 0]), 'S11': ([100] * 4, [98, 98, 96]),
 'S12': ([10, 5, 30, 5], [9, 4, 36]), 'S13': ([30, 30, 30, 30], [28, 31, 26]), 'S14': ([15, 20, 20, 20], [14, '12 orang', 18]),
 'S15': (['>= 62'] * 4, [55, 57, 58]), 'S16': ([18] * 4, [16, 18, 18]), 'S17': ([5, 5, 10, 5], [4, 6, 10]),
 'S19': (['-', 83, '-', 83], ['-', 84.2, '-'])}


def build_2025(wb, kb, file):
    year = 2025
    ws = wb.create_sheet('RA 2025')
    sh = ws.title
    M(ws, 'A1:M1', 'RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025', bold=True, h='center')
    M(ws, 'A2:M2', 'UPTD SANGGAR KEGIATAN BELAJAR KOTA BATU RENDANG', bold=True, h='center')
    M(ws, 'A3:M3', 'Keadaan s.d. Triwulan III (30 September 2025)', italic=True, h='center')
    M(ws, 'A5:A6', 'No', bold=True, h='center', border=True)
    M(ws, 'B5:B6', 'Indikator Kinerja', bold=True, h='center', border=True)
    M(ws, 'C5:C6', 'Target 2025', bold=True, h='center', border=True, wrap=True)
    for k, (a, b) in enumerate([('D', 'E'), ('F', 'G'), ('H', 'I'), ('J', 'K')]):
        M(ws, f'{a}5:{b}5', f'TW {["I", "II", "III", "IV"][k]}', bold=True, h='center', border=True)
        W(ws, f'{a}6', 'Target', bold=True, h='center', border=True)
        W(ws, f'{b}6', 'Realisasi', bold=True, h='center', border=True)
    M(ws, 'L5:L6', 'Capaian s.d. TW III (%)', bold=True, h='center', border=True, wrap=True)
    M(ws, 'M5:M6', 'Keterangan', bold=True, h='center', border=True)
    for c, w in {'A': 5, 'B': 52, 'C': 11, 'L': 12, 'M': 28}.items():
        ws.column_dimensions[c].width = w
    r = 7
    n = 1
    seq = []
    for i in IDS25:
        seq.append((i, False))
        if i == 'S05':
            seq.append((i, True))
    for i, dup in seq:
        unit, kind, pol, v = IND[i]
        t, rv = v[year]
        qt, qr = Q25[i]
        W(ws, f'A{r}', n if not dup else n - 1, h='center', border=True)
        W(ws, f'B{r}', NAMES[i][year], wrap=True, border=True)
        W(ws, f'C{r}', t, border=True)
        for k, (a, b) in enumerate([('D', 'E'), ('F', 'G'), ('H', 'I'), ('J', 'K')]):
            W(ws, f'{a}{r}', qt[k], border=True, h='right' if isinstance(qt[k], str) else None)
            val = qr[k] if k < 3 else None
            W(ws, f'{b}{r}', val, border=True, h='right' if isinstance(val, str) else None)
        if kind == 'flow':
            num = f'SUM(E{r},G{r},I{r},K{r})'
        else:
            num = f'I{r}'
        if pol == '-':
            W(ws, f'L{r}', f'=ROUND((2*C{r}-{num})/C{r}*100,2)', fmt='0.00', border=True)
        else:
            W(ws, f'L{r}', f'=ROUND({num}/C{r}*100,2)', fmt='0.00', border=True)
        W(ws, f'M{r}', None, border=True, wrap=True)
        tkey, rkey = t, rv
        agg = 'sum' if kind == 'flow' else 'last'
        if i == 'S15':
            W(ws, f'C{r}', '>= 62', border=True, h='right')
            kb.note(file, sh, f'row {r} ({i}): annual and quarter targets ">= 62" (keyed 62); capaian #VALUE!')
        if i == 'S19':
            W(ws, f'L{r}', f'=ROUND(G{r}/C{r}*100,2)', fmt='0.00', border=True)
            kb.note(file, sh, f'row {r} ({i}): IKM surveyed in TW II only: realisasi = 84,2 (last reported quarter)')
        if i == 'S14':
            kb.note(file, sh, f'row {r} ({i}): TW II realisasi typed as text "12 orang"; it counts in the key sum (14+12+18 = 44) while the capaian formula SUM() skips it (42,67 instead of 58,67)')
        if i in ('S04', 'S05', 'S06'):
            if not dup:
                kb.note(file, sh, f'row {r} ({i}): TW I realisasi "-" (exams are in TW II)')
        if i == 'S12':
            W(ws, f'M{r}', 'naik 6 anak dr TW III 2024', border=True)
            kb.note(file, sh, f'row {r} ({i}): Keterangan holds a number ("naik 6 anak dr TW III 2024")')
        if dup:
            kb.note(file, sh, f'row {r} ({i}): duplicate of row {r-1}; not keyed')
        else:
            kb.add(file, sh, r, 'B', year, NAMES[i][year], i, tkey, rkey, spec(f'C{r}'),
                   spec([f'{c}{r}' for c in 'EGIK'], agg))
            n += 1
        r += 1
    last = r - 1
    sign(ws, r + 2, 'J', 'Batu Rendang, 8 Oktober 2025')
    kb.describe(file, sh, 'Quarterly Rencana Aksi with TW I-IV Target/Realisasi pairs and NO annual realisasi column, '
                'reported up to TW III (TW IV realisasi empty). No Satuan column: units are in the names ("(orang)", '
                '"(anak)", "(%%)"). Title rows 1-3 (row 3 "Keadaan s.d. Triwulan III"), header rows 5-6 (No | '
                'Indikator Kinerja | Target 2025 | TW I..TW IV [Target, Realisasi] | Capaian s.d. TW III (%%) | '
                'Keterangan), data rows 7-%d, no sasaran rows. Realisasi = sum of the reported quarters for flows, the '
                'last reported quarter for level indicators.' % last)
    # hidden revision sheet + instructions sheet
    wh = wb.create_sheet('RA 2025 (revisi 1)')
    W(wh, 'A1', 'RENCANA AKSI 2025 - REVISI 1 (sebelum APBD-P)', bold=True)
    for k, i in enumerate(IDS25):
        W(wh, f'A{k+3}', k + 1)
        W(wh, f'B{k+3}', NAMES[i][year])
        t = IND[i][3][year][0]
        W(wh, f'C{k+3}', t if isinstance(t, str) else (t - 2 if t > 10 else t))
    wh.sheet_state = 'hidden'
    kb.describe(file, 'RA 2025 (revisi 1)', 'HIDDEN sheet: an earlier target revision (names and targets only). Not keyed.')
    wp = wb.create_sheet('Petunjuk')
    for k, t in enumerate(['Isi kolom Realisasi setiap akhir triwulan paling lambat tgl 5 bulan berikutnya.',
                           'Sheet RA 2024: isian KUMULATIF (s.d. triwulan).',
                           'Sheet RA 2025: isian PER TRIWULAN; indikator stok (jumlah WB, tutor, %) isi posisi akhir triwulan.'], 1):
        W(wp, f'A{k}', t)
    kb.describe(file, 'Petunjuk', 'Instructions sheet; not keyed.')


def build(outdir):
    kb = KeyBook(AGENCY, SLUG, YEARS)
    kb.flows = sorted(i for i in IND if IND[i][1] == 'flow')
    kb.ambiguous = [['S07', 'S07b']]
    kb.must_not_merge = [
        ('S01 / S02 / S03', 'learners of Paket A, B and C (three sub-types)'),
        ('S04 / S05 / S06', 'graduates of Paket A, B and C (three sub-types)'),
        ('S22 vs S04-S06', 'graduates of all equivalency programmes together vs one package'),
        ('S01-S03 / S04-S06', 'learners enrolled vs graduates'),
        ('S06 / S07, S07b', 'number of Paket C graduates vs percentage (Jumlah vs Persentase)'),
        ('S08 / S10', 'two literacy sub-types: keaksaraan dasar vs keaksaraan usaha mandiri (KUM)'),
        ('S08 / S09', 'literacy learners enrolled vs learners made literate (SUKMA)'),
        ('S11 / S12', 'PAUD pupils vs NEW PAUD pupils ("X baru" vs "X")'),
        ('S13 / S14 / S15', 'course participants vs graduates employed (Jumlah) vs percentage employed'),
        ('S16 / S17', 'tutors certified (a stock) vs tutors trained in the year'),
    ]
    kb.negatives = sorted(i for i in IND if IND[i][2] == '-')
    os.makedirs(outdir, exist_ok=True)
    raws = [build_2022(kb, outdir), build_2023(kb, outdir), build_2024_2025(kb, outdir)]
    kb.files = [F22, F23, F45]
    return kb, raws
