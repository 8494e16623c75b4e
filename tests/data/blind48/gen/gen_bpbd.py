"""Agency 3: BPBD Provinsi Kalimaya Barat, 2022-2025."""
import openpyxl
from common import *

YEARS = [2022, 2023, 2024, 2025]
SLUG = 'bpbd_prov_kalimaya_barat'
ctx = Ctx(SLUG, 'Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalimaya Barat', YEARS)
SPEC = [
 ('C01', 'indeks', 'dec', 0, 1, 145.2, -4, ["Indeks Risiko Bencana (IRB) Provinsi", "Indeks Risiko Bencana Provinsi", "IRB", "Nilai Indeks Risiko Bencana Indonesia (IRBI) Provinsi Kalimaya Barat"]),
 ('C02', 'indeks', 'dec', 0, 0, 0.52, 0.04, ["Indeks Ketahanan Daerah (IKD)", "Indeks Ketahanan Daerah", "IKD Provinsi", "Nilai Indeks Ketahanan Daerah (IKD)"]),
 ('C03', 'desa', 'int', 1, 0, 20, 5, ["Jumlah Desa Tangguh Bencana yang dibentuk", "Jumlah Destana baru yang terbentuk", "Jumlah desa/kelurahan tangguh bencana baru", "Jumlah Desa Tangguh Bencana (Destana) baru"]),
 ('C04', 'desa', 'int', 0, 0, 180, 20, ["Jumlah Desa Tangguh Bencana", "Jumlah Destana (kumulatif)", "Jumlah desa/kelurahan tangguh bencana", "Jumlah Desa Tangguh Bencana (Destana)"]),
 ('C12', 'dokumen', 'int', 1, 0, 3, 1, ["Jumlah dokumen kajian risiko bencana yang disusun", "Jumlah Dokumen KRB yang Disusun", "Jumlah kajian risiko bencana (KRB) yang tersusun", "Jumlah dokumen Kajian Risiko Bencana"]),
 ('C13', 'unit', 'int', 1, 0, 20, 5, ["Jumlah peralatan peringatan dini (EWS) yang dipasang", "Jumlah EWS yang Terpasang", "Jumlah Early Warning System yang dipasang", "Jumlah sistem peringatan dini yang dipasang (unit)"]),
 ('C14', '%', 'pct', 0, 0, 80, 4, ["Persentase EWS yang berfungsi", "Persentase EWS Berfungsi Baik", "Persentase Early Warning System yang berfungsi", "Persentase sistem peringatan dini yang berfungsi dengan baik"]),
 ('C15', 'kali', 'int', 1, 0, 24, 4, ["Jumlah sosialisasi dan simulasi kebencanaan", "Jumlah Sosialisasi & Simulasi Bencana", "Jumlah kegiatan sosialisasi/simulasi kesiapsiagaan", "Jumlah sosialisasi dan simulasi kesiapsiagaan bencana (kali)"]),
 ('C10', 'orang', 'int', 1, 0, 150, 10, ["Jumlah personil TRC yang dilatih", "Jumlah Personil Tim Reaksi Cepat (TRC) yang Dilatih", "Jumlah anggota TRC terlatih", "Jumlah personel TRC BPBD yang mengikuti pelatihan"]),
 ('C11', 'orang', 'int', 1, 0, 500, 100, ["Jumlah relawan penanggulangan bencana yang dilatih", "Jumlah Relawan PB yang Dilatih", "Jumlah relawan kebencanaan terlatih", "Jumlah relawan penanggulangan bencana yang mengikuti pelatihan"]),
 ('C05', '%', 'pct', 0, 0, 100, 0, ["Persentase masyarakat yang mendapat layanan penyelamatan dan evakuasi korban bencana", "Persentase Warga yang Memperoleh Layanan Penyelamatan & Evakuasi", "Persentase layanan penyelamatan dan evakuasi korban bencana provinsi", "Persentase warga negara korban bencana provinsi yang memperoleh layanan penyelamatan dan evakuasi"]),
 ('C06', 'jam', 'dec', 0, 1, 6, -0.5, ["Waktu tanggap darurat bencana", "Waktu Tanggap Darurat (jam)", "Respon time penanganan kejadian bencana", "Rata-rata waktu tanggap darurat bencana (jam)"]),
 ('C16', '%', 'pct', 0, 0, 95, 0, ["Persentase korban bencana yang menerima bantuan logistik", "Persentase Korban Bencana yg Menerima Bantuan Logistik", None, None]),
 ('C16b', '%', 'pct', 0, 0, 90, 2, [None, None, "Persentase pemenuhan kebutuhan dasar korban bencana", "Persentase pemenuhan kebutuhan dasar bagi korban bencana"]),
 ('C17', 'kejadian', 'int', 1, 1, 45, -5, ["Jumlah kejadian kebakaran hutan dan lahan", "Jumlah Kejadian Karhutla", "Jumlah kejadian karhutla (kejadian)", "Jumlah kejadian kebakaran hutan & lahan (karhutla)"]),
 ('C18', 'ha', 'dec', 1, 1, 1200, -150, ["Luas kebakaran hutan dan lahan", "Luas Lahan Terbakar (Ha)", "Luas areal karhutla (ha)", "Luas kebakaran hutan dan lahan (hektar)"]),
 ('C07', '%', 'pct', 0, 0, 60, 5, ["Persentase rumah rusak akibat bencana yang direhabilitasi", "Persentase Rumah Rusak yang Direhabilitasi", "Persentase rumah terdampak bencana yg direhabilitasi", "Persentase rehabilitasi rumah rusak pasca bencana"]),
 ('C08', 'unit', 'int', 1, 0, 1100, 100, ["Jumlah rumah rusak berat yang direhabilitasi", "Jumlah Rumah Rusak Berat yang Direhabilitasi", "Jumlah rumah rusak berat direhabilitasi (unit)", "Jml rumah rusak berat yg direhab"]),
 ('C09', 'unit', 'int', 1, 0, 300, 50, ["Jumlah rumah rusak sedang yang direhabilitasi", "Jumlah Rumah Rusak Sedang yang Direhabilitasi", "Jumlah rumah rusak sedang direhabilitasi (unit)", "Jml rumah rusak sedang yg direhab"]),
 ('C19', 'predikat', 'grade', 0, 0, 0, 0, ["Nilai SAKIP BPBD", "Nilai SAKIP", "Nilai evaluasi AKIP BPBD", None]),
 ('C20', 'indeks', 'dec', 0, 0, 78, 1, [None, "Indeks Kepuasan Masyarakat", "IKM layanan BPBD", "Indeks Kepuasan Masyarakat (IKM) BPBD"]),
]
IND = {s[0]: dict(unit=s[1], kind=s[2], flow=bool(s[3]), neg=bool(s[4]), t0=s[5], step=s[6]) for s in SPEC}
NAMES = {s[0]: dict(zip(YEARS, s[7])) for s in SPEC}
VALS = make_values(IND, YEARS, 4803)
GROUPS = [
 ("Menurunnya risiko bencana di Provinsi Kalimaya Barat", "Program Penanggulangan Bencana",
  ['C01', 'C02', 'C03', 'C04', 'C12', 'C13', 'C14', 'C15', 'C10', 'C11']),
 ("Meningkatnya kualitas penanganan darurat dan pemulihan pascabencana", "Program Penanggulangan Bencana (Kedaruratan dan Rehabilitasi)",
  ['C05', 'C06', 'C16', 'C16b', 'C17', 'C18', 'C07', 'C08', 'C09']),
 ("Meningkatnya akuntabilitas dan pelayanan BPBD", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", ['C19', 'C20']),
]
ctx.flows = [i for i in IND if IND[i]['flow']]
ctx.ambiguous = [["C16", "C16b"]]
SIG = ("Kepala Pelaksana BPBD Provinsi Kalimaya Barat", "Ir. YOHANES TAMBUNAN, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19710808 199803 1 006")


def grp_items(year):
    out = []
    for g, p, ids in GROUPS:
        its = items_for(year, NAMES, IND, VALS, ids)
        if its:
            out.append((g, p, its))
    return out


def pk_and_card():
    name = 'Kinerja BPBD 2022-2023.xlsx'
    ctx.file(name, name, 'xlsx')
    wb = openpyxl.Workbook()
    # ---------------- 2022 PK, two header rows, Satuan columns, numbered row, polarity
    y = 2022
    ws = wb.active; ws.title = 'PK 2022'
    title(ws, ["PENGUKURAN KINERJA TAHUN 2022", "BADAN PENANGGULANGAN BENCANA DAERAH", "PROVINSI KALIMAYA BARAT"], 9)
    for c, h in (('A', 'No'), ('B', 'Sasaran Strategis'), ('C', 'Indikator Kinerja'), ('H', 'Capaian (%)'), ('I', 'Polaritas')):
        put(ws, f"{c}5", h, bold=True, align=CENTER); put(ws, f"{c}6", None); ws.merge_cells(f"{c}5:{c}6")
    for c1, c2, h in (('D', 'E', 'Target'), ('F', 'G', 'Realisasi')):
        put(ws, f"{c1}5", h, bold=True, align=CENTER); put(ws, f"{c2}5", None); ws.merge_cells(f"{c1}5:{c2}5")
        put(ws, f"{c1}6", "Nilai", bold=True); put(ws, f"{c2}6", "Satuan", bold=True)
    for i in range(9):
        put(ws, f"{L(i+1)}7", f"({i+1})", align=CENTER)
    ws.column_dimensions['B'].width = 32; ws.column_dimensions['C'].width = 50
    mods = {'C06': dict(cap='pos'), 'C03': dict(t='x10'), 'C05': dict(t='pct0', r='pct0'), 'C13': dict(r='txt'),
            'C10': dict(cap='wrongrow'), 'C14': dict(dup=True)}
    row = 8; no = 0
    for g, p, its in grp_items(y):
        start = row; no += 1
        for it in its:
            m = mods.get(it['id'], {})
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
            for cp in range(2 if m.get('dup') else 1):
                put(ws, f"A{row}", None); put(ws, f"B{row}", None)
                put(ws, f"C{row}", it['name'], align=WRAP)
                put(ws, f"D{row}", tc, tf); put(ws, f"E{row}", it['unit']); put(ws, f"F{row}", rc, rf); put(ws, f"G{row}", it['unit'])
                put(ws, f"I{row}", 'Negatif' if it['neg'] else 'Positif')
                if it['kind'] == 'grade':
                    put(ws, f"H{row}", 100)
                else:
                    put(ws, f"H{row}", cap_formula('D', 'F', row, it['neg'], m.get('cap')), '0.00')
                if cp == 0:
                    ctx.rec(ws.title, row, 'C', y, it, tk, rk, [f"D{row}"], [f"F{row}"])
                    for k, v in m.items():
                        if k in ('t', 'r'):
                            ctx.note(f"[PK 2022] row {row}: {it['id']} {'target' if k=='t' else 'realisasi'} typed {v!r}: {tc if k=='t' else rc!r}")
                        if k == 'cap':
                            ctx.note(f"[PK 2022] row {row}: {it['id']} capaian {v}: {ws['H'+str(row)].value}")
                else:
                    ctx.note(f"[PK 2022] row {row}: duplicate of row {row-1} ({it['id']}), not keyed")
                row += 1
        ws.merge_cells(f"B{start}:B{row-1}"); ws[f"B{start}"] = g; ws[f"B{start}"].alignment = WRAP
        ws.merge_cells(f"A{start}:A{row-1}"); ws[f"A{start}"] = no
    ctx.note(f"[PK 2022] title rows 1-3, TWO header rows 5-6 (Target Nilai|Satuan, Realisasi Nilai|Satuan), numbered row 7 '(1)'..'(9)', data rows 8-{row-1}; Polaritas column I (C01, C06, C17, C18 Negatif; C01/C17/C18 use (2T-R)/T); C19 grades -> null")
    ws[f"C{row+1}"] = "Jumlah Anggaran : Rp. 18.456.250.000,-"
    ws[f"C{row+2}"] = "Realisasi Anggaran : Rp. 17.023.118.400,-"
    signature(ws, row + 4, 6, "Kalimaya, 10 Januari 2023", *SIG)
    # ---------------- 2023 card layout
    y = 2023
    ws = wb.create_sheet('Form Capaian IKU 2023')
    title(ws, ["FORMULIR CAPAIAN INDIKATOR KINERJA TAHUN 2023", "BPBD PROVINSI KALIMAYA BARAT"], 6)
    ws.column_dimensions['A'].width = 20; ws.column_dimensions['C'].width = 60
    mods = {'C08': dict(t='numtxt'), 'C14': dict(r='pcttxt2'), 'C15': dict(t='range'), 'C11': dict(cap='typed', typed=112.5),
            'C17': dict(r='dash'), 'C20': dict(t='ge')}
    row = 4
    for g, p, its in grp_items(y):
        put(ws, f"A{row}", f"SASARAN STRATEGIS : {g}", bold=True, border=False); ws.merge_cells(f"A{row}:F{row}")
        row += 2
        for it in its:
            m = mods.get(it['id'], {})
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
            labels = ["Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"]
            vals = [it['name'], it['unit'], tc, rc, None]
            for i in range(5):
                put(ws, f"A{row+i}", labels[i]); put(ws, f"B{row+i}", ":", border=False)
                put(ws, f"C{row+i}", vals[i], [None, None, tf, rf, '0.00'][i], align=WRAP if i == 0 else None)
            if it['kind'] == 'grade':
                ws[f"C{row+4}"] = '-'
            else:
                ws[f"C{row+4}"] = cap_formula('C', 'C', 0, False, m.get('cap'), m.get('typed')) if m.get('cap') else (
                    f"=IFERROR((2*C{row+2}-C{row+3})/C{row+2}*100,0)" if it['neg'] else f"=IFERROR(C{row+3}/C{row+2}*100,0)")
            ctx.rec(ws.title, row, 'C', y, it, tk, rk, [f"C{row+2}"], [f"C{row+3}"])
            for k, v in m.items():
                if k in ('t', 'r'):
                    ctx.note(f"[Form Capaian IKU 2023] rows {row}-{row+4}: {it['id']} {'target' if k=='t' else 'realisasi'} typed {v!r}: {tc if k=='t' else rc!r}")
                if k == 'cap':
                    ctx.note(f"[Form Capaian IKU 2023] row {row+4}: {it['id']} capaian typed {m['typed']} (true {round(it['r']/it['t']*100,2)})")
            row += 6
    ctx.note(f"[Form Capaian IKU 2023] CARD layout (no table header): each indicator is a 5-line card 'Indikator Kinerja : <name>' (name in C, merged nothing), 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)' in column C, a blank line between cards, 'SASARAN STRATEGIS : ...' band before each group; cards from row 6 to {row-2}; C19 grade cards -> null")
    signature(ws, row + 1, 3, "Kalimaya, 12 Januari 2024", *SIG)
    # hidden draft
    wd = wb.create_sheet('PK 2023 (draft)'); wd.sheet_state = 'hidden'
    wd['A1'] = 'DRAFT PK 2023 - belum ditandatangani'
    r = 3
    for g, p, its in grp_items(y):
        for it in its:
            wd[f"A{r}"] = it['name']; wd[f"B{r}"] = it['t']; r += 1
    wn = wb.create_sheet('Catatan')
    wn['A1'] = "IRB dan waktu tanggap: indikator negatif. Sumber IRB: InaRISK BNPB."
    wn['A2'] = "Realisasi IKM 2023 hasil survei semester II."
    ctx.note("sheets: 'PK 2022', 'Form Capaian IKU 2023', 'PK 2023 (draft)' HIDDEN (not keyed), 'Catatan' (notes)")
    wb.save(f"{RAW}/{SLUG}/{name}")


def transposed2024():
    y = 2024
    name = 'Capaian IKU BPBD 2024.ods'
    ctx.file(name, 'Capaian IKU BPBD 2024.xlsx', 'ods')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'IKU 2024'
    groups = grp_items(y)
    n = sum(len(i) for _, _, i in groups)
    title(ws, ["CAPAIAN INDIKATOR KINERJA BPBD PROVINSI KALIMAYA BARAT TAHUN 2024", "(disajikan mendatar untuk lampiran presentasi)"], n + 1)
    labels = {5: "Sasaran", 6: "Indikator Kinerja", 7: "Satuan", 8: "Realisasi 2023", 9: "Target 2024", 10: "Realisasi 2024", 11: "Capaian 2024 (%)", 12: "Sifat"}
    for r, t in labels.items():
        put(ws, f"A{r}", t, bold=True)
    ws.column_dimensions['A'].width = 18
    mods = {'C17': dict(cap='pos'), 'C07': dict(r='frac'), 'C20': dict(t='ge'), 'C18': dict(r='dash'),
            'C09': dict(t='txt'), 'C01': dict(cap='wrongcol')}
    col = 2
    for g, p, its in groups:
        c0 = col
        for it in its:
            m = mods.get(it['id'], {})
            C = L(col)
            ws.column_dimensions[C].width = 16
            put(ws, f"{C}6", it['name'], align=WRAP); put(ws, f"{C}7", it['unit'])
            pv = VALS[(it['id'], 2023)]['r'] if NAMES[it['id']][2023] else '-'
            put(ws, f"{C}8", pv)
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
            put(ws, f"{C}9", tc, tf); put(ws, f"{C}10", rc, rf)
            put(ws, f"{C}12", 'Negatif' if it['neg'] else 'Positif')
            if it['kind'] == 'grade':
                put(ws, f"{C}11", '-')
            elif m.get('cap') == 'wrongcol':
                D = L(col + 1)
                put(ws, f"{C}11", f"=IFERROR((2*{D}9-{D}10)/{D}9*100,0)", '0.00')
            else:
                f = f"=IFERROR({C}10/{C}9*100,0)" if (not it['neg'] or m.get('cap') == 'pos') else f"=IFERROR((2*{C}9-{C}10)/{C}9*100,0)"
                put(ws, f"{C}11", f, '0.00')
            put(ws, f"{C}5", None)
            ctx.rec(ws.title, 6, C, y, it, tk, rk, [f"{C}9"], [f"{C}10"])
            for k, v in m.items():
                if k in ('t', 'r'):
                    ctx.note(f"column {C}: {it['id']} {'target' if k=='t' else 'realisasi'} typed {v!r}: {tc if k=='t' else rc!r}")
                if k == 'cap':
                    ctx.note(f"column {C}: {it['id']} capaian {v}: {ws[C+'11'].value}")
            col += 1
        ws.merge_cells(f"{L(c0)}5:{L(col-1)}5"); ws[f"{L(c0)}5"] = g; ws[f"{L(c0)}5"].alignment = CENTER
    ctx.note(f"sheet 'IKU 2024': TRANSPOSED table: labels in column A (rows 5-12: Sasaran, Indikator Kinerja, Satuan, Realisasi 2023, Target 2024, Realisasi 2024, Capaian 2024 (%), Sifat); indicators run across columns B..{L(col-1)}, names all in row 6 -> every key row has row 6 and a col; row 5 sasaran merged over its columns; Realisasi 2023 row NOT keyed; C16 replaced by C16b (ambiguous pair)")
    signature(ws, 15, 2, "Kalimaya, 20 Januari 2025", *SIG)
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


def e81_2025():
    y = 2025
    name = 'E81 BPBD TW IV 2025.xls'
    ctx.file(name, 'E81 BPBD TW IV 2025.xlsx', 'xls')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'E81 TW IV'
    title(ws, ["FORMULIR E.81", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI KALIMAYA BARAT",
               "RENJA BPBD PROVINSI KALIMAYA BARAT TAHUN 2025", "Periode Pelaksanaan: Triwulan IV Tahun 2025"], 29)
    single = [('A', 'No'), ('B', 'Sasaran'), ('C', 'Kode'), ('D', 'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan'), ('E', 'Indikator Kinerja Program (outcome)/Kegiatan (output)'), ('F', 'Satuan')]
    for i, (c, h) in enumerate(single):
        put(ws, f"{c}6", h, bold=True, align=CENTER); put(ws, f"{c}7", None); ws.merge_cells(f"{c}6:{c}7")
        put(ws, f"{c}8", i + 1, align=CENTER)
    pairs = ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "Realisasi Capaian Kinerja Renstra PD s/d Renja PD Tahun Lalu (2024)",
             "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2025)", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV",
             "Realisasi Kinerja dan Anggaran Renja PD yang Dievaluasi (2025)", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD (%)",
             "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2025", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2025 (%)"]
    rules = {14: "14 = 10+11+12+13", 15: "15 = 14/9 x 100", 16: "16 = 8+14", 17: "17 = 16/7 x 100"}
    for i, h in enumerate(pairs):
        k, rp = L(7 + 2*i), L(8 + 2*i)
        put(ws, f"{k}6", h, bold=True, align=CENTER); put(ws, f"{rp}6", None); ws.merge_cells(f"{k}6:{rp}6")
        put(ws, f"{k}7", "K", bold=True); put(ws, f"{rp}7", "Rp", bold=True)
        n = 7 + i
        put(ws, f"{k}8", rules.get(n, n), align=CENTER); put(ws, f"{rp}8", None); ws.merge_cells(f"{k}8:{rp}8")
    put(ws, "AD6", "Unit PD Penanggung Jawab", bold=True, align=CENTER); put(ws, "AD7", None); ws.merge_cells("AD6:AD7"); put(ws, "AD8", 18)
    ws.column_dimensions['D'].width = 35; ws.column_dimensions['E'].width = 45
    # K cols: 7 G, 8 I, 9 K, TW M O Q S, 14 U, 15 W, 16 Y, 17 AA
    mods = {'C12': dict(t='x10'), 'C16b': dict(t='pcttxt'), 'C04': dict(cap15='wrongrow'), 'C11': dict(dup=True),
            'C02': dict(t='numtxt'), 'C06': dict(cap15='pos')}
    import random
    rnd = random.Random(25)
    row = 9; no = 0; caps = []
    codes = ['1.05.03', '1.05.03', '1.05.01']
    for gi, (g, p, its) in enumerate(grp_items(y)):
        put(ws, f"B{row}", g, bold=True, align=WRAP)
        row += 1
        prow = row
        put(ws, f"C{row}", codes[gi]); put(ws, f"D{row}", p, bold=True, align=WRAP)
        row += 1
        first = row
        for j, it in enumerate(its):
            m = mods.get(it['id'], {})
            copies = 2 if m.get('dup') else 1
            no += 1
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            for cp in range(copies):
                put(ws, f"A{row}", no); put(ws, f"C{row}", f"{codes[gi]}.{j+1:02d}")
                put(ws, f"D{row}", "Sub Kegiatan " + ["Penyusunan Kajian Risiko", "Pengelolaan Risiko Bencana", "Pelayanan Pencegahan dan Kesiapsiagaan",
                                                       "Pelayanan Penyelamatan dan Evakuasi", "Penanganan Pascabencana", "Administrasi Umum"][min(j // 2, 5)], align=WRAP)
                put(ws, f"E{row}", it['name'], align=WRAP); put(ws, f"F{row}", it['unit'])
                if it['kind'] == 'grade':
                    rk = None
                else:
                    ren = it['t'] * (3 if it['flow'] else 1.05)
                    ren = int(ren) if it['kind'] == 'int' else round(ren, 2)
                    if it['kind'] == 'pct':
                        ren = min(ren, 100)
                    prev = int(ren * 0.55) if it['flow'] else VALS[(it['id'], 2024)]['r'] if NAMES[it['id']][2024] else '-'
                    put(ws, f"G{row}", ren); put(ws, f"I{row}", prev)
                    put(ws, f"K{row}", tc, tf)
                    for q in range(4):
                        put(ws, f"{L(13+2*q)}{row}", it['qr'][q])
                    pagu = rnd.randrange(200, 1500) * 1_000_000
                    put(ws, f"L{row}", pagu, '#,##0')
                    for q, f in enumerate((0.1, 0.2, 0.3, 0.33)):
                        put(ws, f"{L(14+2*q)}{row}", int(pagu * f), '#,##0')
                    put(ws, f"V{row}", f"=N{row}+P{row}+R{row}+T{row}", '#,##0')
                    if it['flow']:
                        put(ws, f"U{row}", f"=M{row}+O{row}+Q{row}+S{row}")
                    else:
                        put(ws, f"U{row}", it['r'])
                    rk = it['r']
                    rr = row + 1 if m.get('cap15') == 'wrongrow' else row
                    if it['neg'] and m.get('cap15') != 'pos':
                        put(ws, f"W{row}", f"=IFERROR((2*K{rr}-U{rr})/K{rr}*100,0)", '0.00')
                    else:
                        put(ws, f"W{row}", f"=IFERROR(U{rr}/K{rr}*100,0)", '0.00')
                    caps.append(f"W{row}")
                    put(ws, f"X{row}", f"=IFERROR(V{row}/L{row}*100,0)", '0.00')
                    put(ws, f"Y{row}", f"=IFERROR(I{row}+U{row},0)" if it['flow'] else f"=U{row}")
                    put(ws, f"AA{row}", f"=IFERROR(Y{row}/G{row}*100,0)", '0.00')
                    put(ws, f"AD{row}", "Bidang PK" if gi == 0 else ("Bidang KL / RR" if gi == 1 else "Sekretariat"))
                if it['kind'] == 'grade':
                    put(ws, f"K{row}", it['t']); put(ws, f"S{row}", it['r']); put(ws, f"U{row}", it['r'])
                if cp == 0:
                    ctx.rec(ws.title, row, 'E', y, it, tk, rk, [f"K{row}"], [f"U{row}"])
                    for k, v in m.items():
                        if k == 't':
                            ctx.note(f"row {row}: {it['id']} col 9 target typed {v!r}: {tc!r} (keyed {tk})")
                        if k == 'cap15':
                            ctx.note(f"row {row}: {it['id']} col 15 capaian mistake {v}: {ws['W'+str(row)].value}")
                else:
                    ctx.note(f"row {row}: duplicate of row {row-1} ({it['id']}), not keyed")
                row += 1
        put(ws, f"L{prow}", f"=SUM(L{first}:L{row-1})", '#,##0'); put(ws, f"V{prow}", f"=SUM(V{first}:V{row-1})", '#,##0')
    put(ws, f"E{row}", "Rata-rata capaian kinerja (%)", bold=True); put(ws, f"W{row}", f"=AVERAGE({caps[0]}:{caps[-1]})", '0.0')
    put(ws, f"E{row+1}", "Predikat kinerja", bold=True); put(ws, f"W{row+1}", "Sangat Tinggi")
    ws[f"E{row+2}"] = "Faktor pendorong: dukungan dana siap pakai BNPB"
    ws[f"E{row+3}"] = "Faktor penghambat: cuaca ekstrem akhir tahun"
    ctx.note(f"sheet 'E81 TW IV': 18-column variant (Kode and Satuan numbered, so 14 = 10+11+12+13, 15 = 14/9x100, 16 = 8+14, 17 = 16/7x100); title rows 1-4, header rows 6-7 (K|Rp), numbered row 8, sasaran rows (B) and programme rows (C code, D name) between indicator rows (E); data rows 9-{row-1}; target = col 9 (K), realisasi = col 14 (U: SUM formula for flows, typed year-end value for levels); Rata-rata/Predikat rows {row}-{row+1}, faktor rows, signatures not keyed. C19 dropped in 2025; C06 and C01 negative")
    signature(ws, row + 5, 5, "Disusun: Kalimaya, 9 Januari 2026", *SIG)
    signature(ws, row + 5, 20, "Dievaluasi: Kalimaya, 16 Januari 2026", "Kepala Bappeda Provinsi Kalimaya Barat", "Dr. SITI RAHMAWATI NASUTION, S.E., M.Si", "Pembina Utama Madya (IV/d)", "NIP. 19690120 199402 2 001")
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


if __name__ == '__main__':
    os.makedirs(f"{RAW}/{SLUG}", exist_ok=True)
    pk_and_card(); transposed2024(); e81_2025()
    ctx.dump()
    print(SLUG, len(ctx.rows))
