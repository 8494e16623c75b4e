"""Agency 1: UPTD Pengelolaan Air Limbah Domestik (IPLT), Dinas PUPR Kota Watu Pelangi, 2018-2021."""
import openpyxl
from openpyxl.styles import Alignment
from common import *

YEARS = [2018, 2019, 2020, 2021]
SLUG = 'uptd_pald_watu_pelangi'
ctx = Ctx(SLUG, 'UPTD Pengelolaan Air Limbah Domestik (IPLT) - Dinas PUPR Kota Watu Pelangi', YEARS)

# id: unit, kind, flow, neg, t0, step, names 2018..2021
SPEC = [
 ('A01', 'm3', 'int', 1, 0, 11000, 800, ["Volume lumpur tinja yang diolah di IPLT", "Volume Lumpur Tinja yg Diolah IPLT (m3)", "Jumlah volume lumpur tinja terolah", "Volume lumpur tinja yang terolah di Instalasi Pengolahan Lumpur Tinja (IPLT)"]),
 ('A02', '%', 'pct', 0, 0, 42, 4, ["Persentase rumah tangga yang terlayani SPALD", "Prosentase Rumah Tangga terlayani Sistem Pengelolaan Air Limbah Domestik", "Persentase RT terlayani SPALD-T dan SPALD-S", "Persentase rumah tangga yang terlayani sistem pengelolaan air limbah domestik (SPALD)"]),
 ('A03', 'SR', 'int', 0, 0, 1800, 350, ["Jumlah pelanggan LLTT", "Jumlah Pelanggan Layanan Lumpur Tinja Terjadwal (LLTT)", "Jumlah pelanggan layanan lumpur tinja terjadwal", "Jml pelanggan LLTT (SR)"]),
 ('A08', 'SR', 'int', 1, 0, 300, 40, ["Jumlah pelanggan LLTT baru", "Jumlah Pelanggan Baru LLTT", "Jumlah pelanggan baru layanan lumpur tinja terjadwal", "Jml pelanggan LLTT baru (SR)"]),
 ('A04', 'rit', 'int', 1, 0, 1900, 150, ["Jumlah ritase truk tinja yang masuk IPLT", "Jumlah Ritase Truk Tinja masuk ke IPLT", "Ritase truk tinja ke IPLT (rit/tahun)", "Jumlah ritase kendaraan penyedot tinja yang membuang ke IPLT"]),
 ('A05', 'mg/L', 'dec', 0, 1, 50, -3, ["Kadar BOD efluen IPLT", "Kadar BOD Effluent IPLT (mg/l)", "Konsentrasi BOD pada efluen IPLT", "Kadar BOD efluen IPLT (mg/L)"]),
 ('A06', 'mg/L', 'dec', 0, 1, 100, -5, ["Kadar TSS efluen IPLT", "Kadar TSS Effluent IPLT (mg/l)", "Konsentrasi TSS pada efluen IPLT", "Kadar TSS efluen IPLT (mg/L)"]),
 ('A07', '%', 'pct', 0, 0, 75, 5, ["Persentase efluen IPLT yang memenuhi baku mutu", "Prosentase hasil uji efluen memenuhi baku mutu", "Persentase sampel efluen yg memenuhi baku mutu", "Persentase efluen IPLT memenuhi baku mutu air limbah domestik"]),
 ('A09', '%', 'pct', 0, 0, 55, 6, ["Persentase kapasitas terpakai IPLT", "Prosentase Pemanfaatan Kapasitas IPLT", "Tingkat pemanfaatan kapasitas IPLT (%)", "Persentase kapasitas IPLT yang termanfaatkan"]),
 ('A10', 'unit', 'int', 0, 0, 6, 1, ["Jumlah truk tinja yang beroperasi", "Jumlah Truk Tinja Beroperasi", "Jumlah armada truk tinja yang beroperasi (unit)", "Jumlah armada penyedot tinja yg beroperasi"]),
 ('A11', '%', 'pct', 0, 0, 85, 3, ["Persentase truk tinja laik jalan", "Prosentase Truk Tinja Laik Jalan", "Persentase armada truk tinja yang laik jalan", "Persentase armada laik jalan"]),
 ('A12', 'Rp juta', 'dec', 1, 0, 450, 60, ["Pendapatan retribusi penyedotan kakus", "Pendapatan Retribusi Penyedotan Kakus (Rp juta)", "Realisasi pendapatan retribusi penyedotan kakus", "Pendapatan retribusi pelayanan penyedotan kakus (juta rupiah)"]),
 ('A13', 'indeks', 'dec', 0, 0, 76, 1.5, ["Indeks Kepuasan Masyarakat (IKM) layanan IPLT", "IKM Layanan IPLT", "Indeks kepuasan masyarakat terhadap layanan penyedotan & pengolahan lumpur tinja", "Nilai IKM layanan UPTD PALD"]),
 ('A14', 'kasus', 'int', 1, 1, 40, -5, ["Jumlah keluhan pelanggan", "Jumlah Keluhan Pelanggan yg Masuk", "Jumlah pengaduan/keluhan pelanggan", "Jumlah keluhan pelanggan (kasus)"]),
 ('A15', 'kali', 'int', 1, 0, 12, 2, ["Jumlah sosialisasi sanitasi kepada masyarakat", "Jumlah Sosialisasi Sanitasi & LLTT", "Jumlah kegiatan sosialisasi sanitasi", "Jumlah sosialisasi sanitasi aman kepada masyarakat (kali)"]),
 ('A16', '%', 'pct', 0, 0, 80, 4, ["Persentase sludge drying bed yang berfungsi baik", "Prosentase SDB berfungsi baik", "Persentase unit Sludge Drying Bed (SDB) yg berfungsi", "Persentase bak pengering lumpur (SDB) yang berfungsi baik"]),
 ('A17', 'ton', 'dec', 1, 0, 20, 5, [None, None, "Jumlah lumpur kering yang dimanfaatkan", "Jumlah lumpur kering hasil olahan IPLT yang dimanfaatkan sbg kompos (ton)"]),
 ('A18', 'predikat', 'grade', 0, 0, 0, 0, ["Nilai SAKIP UPTD", "Nilai Evaluasi SAKIP UPTD", None, None]),
 ('A19', 'laporan', 'int', 1, 0, 16, 0, ["Jumlah laporan kinerja dan keuangan yang disusun", "Jumlah Laporan Kinerja & Keuangan", "Jumlah dokumen laporan kinerja dan keuangan", "Jumlah laporan kinerja dan keuangan UPTD yang tersusun tepat waktu"]),
 ('A20', '%', 'pct', 0, 0, 12, 0, [None, None, None, "Persentase rumah tangga dengan akses sanitasi aman"]),
]
IND = {s[0]: dict(unit=s[1], kind=s[2], flow=bool(s[3]), neg=bool(s[4]), t0=s[5], step=s[6]) for s in SPEC}
NAMES = {s[0]: dict(zip(YEARS, s[7])) for s in SPEC}
VALS = make_values(IND, YEARS, 4801)
GROUPS = [
 ("Meningkatnya cakupan pelayanan pengelolaan air limbah domestik", ['A02', 'A20', 'A03', 'A08', 'A01', 'A04', 'A17']),
 ("Meningkatnya kualitas hasil pengolahan lumpur tinja", ['A05', 'A06', 'A07', 'A09', 'A16']),
 ("Meningkatnya kualitas layanan dan tata kelola UPTD", ['A10', 'A11', 'A12', 'A13', 'A14', 'A15', 'A18', 'A19']),
]
ctx.flows = [i for i in IND if IND[i]['flow']]
ctx.ambiguous = [["A02", "A20"]]
HEAD = ["UPTD PENGELOLAAN AIR LIMBAH DOMESTIK (IPLT)", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA WATU PELANGI"]


def grp_items(year):
    out = []
    for g, ids in GROUPS:
        its = items_for(year, NAMES, IND, VALS, ids)
        if its:
            out.append((g, its))
    return out


# ------------------------------------------------------------------ 2018: PK, one header row (xls)
def pk2018():
    y = 2018
    name = 'PK UPTD IPLT 2018.xls'
    ctx.file(name, 'PK UPTD IPLT 2018.xlsx', 'xls')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PK 2018'
    title(ws, ["PENGUKURAN KINERJA"] + HEAD + ["TAHUN ANGGARAN 2018"], 6)
    hdr = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
    for i, h in enumerate(hdr):
        put(ws, f"{L(i+1)}6", h, bold=True, align=CENTER)
    ws.column_dimensions['B'].width = 35; ws.column_dimensions['C'].width = 50
    mods = {'A01': dict(t='txt'), 'A02': dict(t='pct', r='pct'), 'A05': dict(cap='pos'),
            'A07': dict(cap='wrongrow'), 'A12': dict(t='x10'), 'A14': dict(r='dash'),
            'A09': dict(r='pcttxt'), 'A15': dict(cap='typed', typed=120), 'A10': dict(dup=True)}
    row = 7
    no = 0
    for g, its in grp_items(y):
        start = row
        no += 1
        for it in its:
            m = mods.get(it['id'], {})
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
            copies = 2 if m.get('dup') else 1
            for c in range(copies):
                put(ws, f"C{row}", it['name'], align=WRAP)
                put(ws, f"D{row}", tc, tf); put(ws, f"E{row}", rc, rf)
                if it['kind'] == 'grade':
                    put(ws, f"F{row}", '-')
                else:
                    put(ws, f"F{row}", cap_formula('D', 'E', row, it['neg'], m.get('cap'), m.get('typed')), '0.00')
                put(ws, f"A{row}", None); put(ws, f"B{row}", None)
                if c == 0:
                    ctx.rec(ws.title, row, 'C', y, it, tk, rk, [f"D{row}"], [f"E{row}"])
                else:
                    ctx.note(f"row {row}: exact duplicate of row {row-1} ({it['id']}); second copy is not a key row")
                row += 1
            r0 = row - copies
            for k, v in m.items():
                if k == 't' and v != 'pct':
                    ctx.note(f"row {r0}: {it['id']} target typed as {v!r}: {tc!r} (keyed {tk})")
                if k == 'r' and v != 'pct':
                    ctx.note(f"row {r0}: {it['id']} realisasi typed as {v!r}: {rc!r} (keyed {rk})")
                if v == 'pct':
                    ctx.note(f"row {r0}: {it['id']} {'target' if k=='t' else 'realisasi'} is a fraction in a % formatted cell ({tc if k=='t' else rc}), keyed in percent points")
                if k == 'cap':
                    ctx.note(f"row {r0}: {it['id']} capaian: {v} ({ws['F'+str(r0)].value})")
        ws.merge_cells(f"B{start}:B{row-1}"); ws.merge_cells(f"A{start}:A{row-1}")
        ws[f"B{start}"] = g; ws[f"A{start}"] = no
        ws[f"B{start}"].alignment = WRAP
    ctx.note(f"A18 (Nilai SAKIP UPTD) target 'B' realisasi 'B' style grades -> null")
    ctx.note(f"A05/A06/A14 are negative indicators (lower is better); A06 and A14 use the (2T-R)/T formula")
    row += 1
    ws[f"B{row}"] = "Jumlah Anggaran"; ws[f"C{row}"] = "Rp. 1.245.600.000,-"
    ws[f"B{row+1}"] = "Jumlah Realisasi Anggaran"; ws[f"C{row+1}"] = "Rp. 1.187.352.500,-"
    signature(ws, row + 3, 5, "Watu Pelangi, 31 Desember 2018", "Kepala UPTD PALD", "Ir. BAGUS HARIMURTI, M.T.", "Penata Tk. I (III/d)", "NIP. 19780312 200501 1 004")
    ctx.note(f"sheet 'PK 2018': title rows 1-4, ONE header row 6 (No, Sasaran Strategis, Indikator Kinerja, Target, Realisasi, Capaian (%)), data rows 7-{row-2}; Sasaran and No merged per group; no Satuan column; budget lines and signature below")
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


# ------------------------------------------------------------------ 2019: quarterly Rencana Aksi, no annual realisasi (ods)
def ra2019():
    y = 2019
    name = 'Rencana Aksi dan Realisasi TW 2019.ods'
    ctx.file(name, 'Rencana Aksi dan Realisasi TW 2019.xlsx', 'ods')
    wb = openpyxl.Workbook()
    # notes sheet first, real table second, hidden draft third
    wn = wb.active; wn.title = 'Keterangan'
    for i, t in enumerate(["Catatan penyusunan:", "- Target triwulan disusun berdasarkan Rencana Aksi PK 2019.",
                           "- Realisasi TW IV data s/d 20 Desember 2019 (IKM belum disurvei).",
                           "- Indikator bertanda * adalah indikator negatif (semakin kecil semakin baik).",
                           "Jumlah indikator: 18"], 1):
        wn.cell(row=i, column=1, value=t)
    ws = wb.create_sheet('RA 2019')
    title(ws, ["RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2019"] + HEAD, 14)
    cols = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan"]
    for i, h in enumerate(cols):
        put(ws, f"{L(i+1)}5", h, bold=True, align=CENTER); put(ws, f"{L(i+1)}6", None)
        ws.merge_cells(f"{L(i+1)}5:{L(i+1)}6")
    for q in range(4):
        c1, c2 = L(6 + 2*q), L(7 + 2*q)
        put(ws, f"{c1}5", f"TW {['I','II','III','IV'][q]}", bold=True, align=CENTER); put(ws, f"{c2}5", None)
        ws.merge_cells(f"{c1}5:{c2}5")
        put(ws, f"{c1}6", "Target", bold=True); put(ws, f"{c2}6", "Realisasi", bold=True)
    put(ws, "N5", "Capaian TW IV (%)", bold=True, align=CENTER); put(ws, "N6", None); ws.merge_cells("N5:N6")
    for i in range(14):
        put(ws, f"{L(i+1)}7", i + 1, align=CENTER)
    ws.column_dimensions['C'].width = 50
    mods = {'A02': dict(t='range'), 'A11': dict(t='ge'), 'A04': dict(qr={2: 'txt'}),
            'A13': dict(blank_last=True), 'A07': dict(qr={3: 'frac'}), 'A14': dict(cap='pos'),
            'A06': dict(qr={1: 'dash'})}
    row = 8; no = 0
    for g, its in grp_items(y):
        start = row
        for it in its:
            m = mods.get(it['id'], {})
            no += 1
            put(ws, f"A{row}", no); put(ws, f"B{row}", None)
            nm = it['name'] + (' *' if False else '')
            put(ws, f"C{row}", it['name'], align=WRAP); put(ws, f"D{row}", it['unit'])
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            put(ws, f"E{row}", tc, tf)
            rcells, rkeys = [], []
            for q in range(4):
                c1, c2 = L(6 + 2*q), L(7 + 2*q)
                if it['kind'] == 'grade':
                    put(ws, f"{c1}{row}", '-' if q < 3 else it['t']); put(ws, f"{c2}{row}", '-' if q < 3 else it['r'])
                    rcells.append(f"{c2}{row}"); rkeys.append(None)
                    continue
                put(ws, f"{c1}{row}", it['qt'][q])
                kind = m.get('qr', {}).get(q, 'n')
                if q == 3 and m.get('blank_last'):
                    kind = 'blank'
                rc, rf, rk = val(kind, it['qr'][q], it['unit'])
                put(ws, f"{c2}{row}", rc, rf)
                rcells.append(f"{c2}{row}"); rkeys.append(rk)
                if kind != 'n':
                    ctx.note(f"row {row}: {it['id']} TW {q+1} realisasi typed {kind!r}: {rc!r}")
            agg = 'sum' if it['flow'] else 'last'
            rk = agg_key(rkeys, agg) if it['kind'] != 'grade' else None
            if it['kind'] != 'grade':
                put(ws, f"N{row}", cap_formula('L', 'M', row, it['neg'], m.get('cap')), '0.00')
            ctx.rec(ws.title, row, 'C', y, it, tk, rk, [f"E{row}"], rcells, agg)
            if 't' in m:
                ctx.note(f"row {row}: {it['id']} target typed {m['t']!r}: {tc!r} (keyed {tk})")
            if 'cap' in m:
                ctx.note(f"row {row}: {it['id']} is negative but capaian uses the positive formula M/L*100")
            if m.get('blank_last'):
                ctx.note(f"row {row}: {it['id']} TW IV realisasi blank -> level indicator keyed at TW III ({rk})")
            row += 1
        ws.merge_cells(f"B{start}:B{row-1}"); ws[f"B{start}"] = g; ws[f"B{start}"].alignment = WRAP
    ctx.note("A18 (grade) quarters '-' and TW IV target/realisasi grades -> null")
    signature(ws, row + 2, 11, "Watu Pelangi, 6 Januari 2020", "Kepala UPTD PALD", "Ir. BAGUS HARIMURTI, M.T.", "Penata Tk. I (III/d)", "NIP. 19780312 200501 1 004")
    # hidden draft
    wd = wb.create_sheet('RA 2019 (draft)')
    wd.sheet_state = 'hidden'
    wd['A1'] = 'DRAFT - jangan dipakai'
    r = 3
    for g, its in grp_items(y):
        for it in its:
            wd[f"B{r}"] = it['name']; wd[f"C{r}"] = it['t'] if isinstance(it['t'], str) else it['t'] * 1.1
            r += 1
    ctx.note(f"sheets: 'Keterangan' (notes, first sheet, not keyed), 'RA 2019' (the table), 'RA 2019 (draft)' HIDDEN with inflated targets (not keyed)")
    ctx.note(f"sheet 'RA 2019': title rows 1-3, TWO header rows 5-6 (TW I..IV each Target|Realisasi), numbered column row 7 (1..14), data rows 8-{row-1}; NO annual realisasi column -> realisasi = sum of TW (flows) or last reported TW (levels); capaian column N = TW IV only")
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


# ------------------------------------------------------------------ 2020 monthly + 2021 LKjIP in one xlsx
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']


def monthly_lkjip():
    name = 'Monitoring Kinerja UPTD PALD 2020-2021.xlsx'
    ctx.file(name, name, 'xlsx')
    wb = openpyxl.Workbook()
    # ---- 2020 monthly
    y = 2020
    ws = wb.active; ws.title = 'Realisasi Bulanan 2020'
    title(ws, ["REKAPITULASI REALISASI KINERJA BULANAN TAHUN 2020", "UPTD PALD (IPLT) KOTA WATU PELANGI"], 17)
    hdr = ["No", "Indikator Kinerja", "Satuan", "Target 2020"] + MONTHS + ["Keterangan"]
    for i, h in enumerate(hdr):
        put(ws, f"{L(i+1)}4", h, bold=True, align=CENTER)
    ws.column_dimensions['B'].width = 55
    mods = {'A01': dict(mr={2: 'numtxt'}), 'A03': dict(blank_tail=2), 'A12': dict(t='x10'),
            'A06': dict(mr={7: 'dash'}), 'A15': dict(dup=True), 'A02': dict(t='pct', mrall='pct'),
            'A09': dict(t='pcttxt')}
    row = 5; no = 0
    for g, its in grp_items(y):
        put(ws, f"A{row}", f"Sasaran: {g}", bold=True); ws.merge_cells(f"A{row}:Q{row}")
        row += 1
        for it in its:
            m = mods.get(it['id'], {})
            copies = 2 if m.get('dup') else 1
            no += 1
            for c in range(copies):
                put(ws, f"A{row}", no); put(ws, f"B{row}", it['name'], align=WRAP); put(ws, f"C{row}", it['unit'])
                tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
                put(ws, f"D{row}", tc, tf)
                rcells, rkeys = [], []
                for mi in range(12):
                    kind = m.get('mr', {}).get(mi, m.get('mrall', 'n'))
                    if m.get('blank_tail') and mi >= 12 - m['blank_tail']:
                        kind = 'blank'
                    rc, rf, rk = val(kind, it['mr'][mi], it['unit'])
                    put(ws, f"{L(5+mi)}{row}", rc, rf)
                    rcells.append(f"{L(5+mi)}{row}"); rkeys.append(rk)
                put(ws, f"Q{row}", 'nilai semester' if it['id'] == 'A13' else None)
                agg = 'sum' if it['flow'] else 'last'
                if c == 0:
                    ctx.rec(ws.title, row, 'B', y, it, tk, agg_key(rkeys, agg), [f"D{row}"], rcells, agg)
                    for k, v in m.items():
                        if k == 't':
                            ctx.note(f"[{ws.title}] row {row}: {it['id']} target typed {v!r}: {tc!r} (keyed {tk})")
                        if k == 'mr':
                            for mi, kk in v.items():
                                ctx.note(f"[{ws.title}] row {row}: {it['id']} {MONTHS[mi]} realisasi typed {kk!r}: {ws[L(5+mi)+str(row)].value!r}")
                        if k == 'mrall':
                            ctx.note(f"[{ws.title}] row {row}: {it['id']} all months are fractions in % cells")
                        if k == 'blank_tail':
                            ctx.note(f"[{ws.title}] row {row}: {it['id']} Nov/Des blank -> level keyed at Okt ({agg_key(rkeys, agg)})")
                else:
                    ctx.note(f"[{ws.title}] row {row}: duplicate of row {row-1} ({it['id']}), not keyed")
                row += 1
    ctx.note(f"[{ws.title}] title rows 1-2, ONE header row 4 (No, Indikator, Satuan, Target 2020, Jan..Des, Keterangan), sasaran rows as merged A:Q bands, data rows 6-{row-1}; NO total column: realisasi = sum of months (flows) or last reported month (levels); A13 IKM monthly values are semester surveys carried forward (level)")
    # ---- hidden copy of the old monthly sheet
    wh = wb.create_sheet('Bulanan 2020 (lama)'); wh.sheet_state = 'hidden'
    wh['A1'] = 'versi lama - sebelum verifikasi'
    r = 3
    for g, its in grp_items(y):
        for it in its:
            wh[f"B{r}"] = it['name']; wh[f"D{r}"] = it['t']; r += 1
    # ---- 2021 LKjIP
    y = 2021
    ws = wb.create_sheet('Tabel 3.1 LKjIP 2021')
    title(ws, ["Tabel 3.1", "Capaian Kinerja Sasaran UPTD PALD Kota Watu Pelangi Tahun 2021"], 11)
    top = [("No", 'A'), ("Sasaran Strategis", 'B'), ("Indikator Kinerja", 'C'), ("Satuan", 'D')]
    for h, c in top:
        put(ws, f"{c}4", h, bold=True, align=CENTER); put(ws, f"{c}5", None); ws.merge_cells(f"{c}4:{c}5")
    put(ws, "E4", "Realisasi", bold=True, align=CENTER); put(ws, "F4", None); ws.merge_cells("E4:F4")
    put(ws, "E5", 2019, bold=True); put(ws, "F5", 2020, bold=True)
    put(ws, "G4", "Tahun 2021", bold=True, align=CENTER); put(ws, "H4", None); put(ws, "I4", None); ws.merge_cells("G4:I4")
    put(ws, "G5", "Target", bold=True); put(ws, "H5", "Realisasi", bold=True); put(ws, "I5", "Capaian (%)", bold=True)
    put(ws, "J4", "Target Akhir Renstra (2023)", bold=True, align=CENTER); put(ws, "J5", None); ws.merge_cells("J4:J5")
    put(ws, "K4", "Capaian s/d 2021 thd Renstra (%)", bold=True, align=CENTER); put(ws, "K5", None); ws.merge_cells("K4:K5")
    for i in range(11):
        put(ws, f"{L(i+1)}6", f"({i+1})", align=CENTER)
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 50
    mods = {'A05': dict(cap='pos'), 'A09': dict(cap='wrongrow'), 'A13': dict(t='numtxt'),
            'A11': dict(cap='typed', typed=101.2), 'A16': dict(t='range'), 'A01': dict(r='txt')}
    row = 7; no = 0
    caps = []
    for g, its in grp_items(y):
        start = row
        for it in its:
            m = mods.get(it['id'], {})
            no += 1
            put(ws, f"A{row}", no); put(ws, f"B{row}", None)
            put(ws, f"C{row}", it['name'], align=WRAP); put(ws, f"D{row}", it['unit'])
            for col, yy in (('E', 2019), ('F', 2020)):
                v = VALS.get((it['id'], yy))
                pv = v['r'] if (v and NAMES[it['id']][yy]) else '-'
                put(ws, f"{col}{row}", pv)
            tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
            rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
            put(ws, f"G{row}", tc, tf); put(ws, f"H{row}", rc, rf)
            if it['kind'] == 'grade':
                put(ws, f"I{row}", '-')
            else:
                put(ws, f"I{row}", cap_formula('G', 'H', row, it['neg'], m.get('cap'), m.get('typed')), '0.00')
                caps.append(f"I{row}")
                rens = round(it['t'] * 1.15, 2) if not it['neg'] else round(it['t'] * 0.85, 2)
                if it['kind'] == 'int':
                    rens = int(rens)
                if it['kind'] == 'pct':
                    rens = min(rens, 100)
                put(ws, f"J{row}", rens)
                put(ws, f"K{row}", f"=IFERROR(H{row}/J{row}*100,0)", '0.00')
            ctx.rec(ws.title, row, 'C', y, it, tk, rk, [f"G{row}"], [f"H{row}"])
            for k, v in m.items():
                if k in ('t', 'r'):
                    ctx.note(f"[{ws.title}] row {row}: {it['id']} {'target' if k=='t' else 'realisasi'} typed {v!r}: {tc if k=='t' else rc!r}")
                if k == 'cap':
                    ctx.note(f"[{ws.title}] row {row}: {it['id']} capaian {v}: {ws['I'+str(row)].value}")
            row += 1
        ws.merge_cells(f"B{start}:B{row-1}"); ws[f"B{start}"] = g; ws[f"B{start}"].alignment = WRAP
    put(ws, f"C{row}", "Rata-rata capaian kinerja", bold=True)
    put(ws, f"I{row}", f"=AVERAGE({caps[0]}:{caps[-1]})", '0.00')
    ctx.note(f"[{ws.title}] title rows 1-2, TWO header rows 4-5 (Realisasi 2019|2020, Tahun 2021 Target|Realisasi|Capaian, Target Akhir Renstra 2023, capaian thd Renstra), numbered row 6 '(1)'..'(11)', data rows 7-{row-1}, average row {row} (not keyed); only 2021 Target (G) / Realisasi (H) keyed, the 2019/2020 columns are NOT key rows. A20 is new (2019/2020 '-'); A18 dropped")
    signature(ws, row + 3, 8, "Watu Pelangi, 14 Februari 2022", "Kepala UPTD PALD", "RATNA KUSUMAWARDANI, S.T., M.Eng.", "Penata Tk. I (III/d)", "NIP. 19830621 200903 2 007")
    wn = wb.create_sheet('Catatan')
    wn['A1'] = 'Catatan: angka 2020 sudah diverifikasi Inspektorat. Tabel 3.1 disalin ke LKjIP Bab III.'
    ctx.note("sheets: 'Realisasi Bulanan 2020' (2020 keyed), 'Bulanan 2020 (lama)' HIDDEN (not keyed), 'Tabel 3.1 LKjIP 2021' (2021 keyed), 'Catatan' (notes)")
    wb.save(f"{RAW}/{SLUG}/{name}")


if __name__ == '__main__':
    os.makedirs(f"{RAW}/{SLUG}", exist_ok=True)
    pk2018(); ra2019(); monthly_lkjip()
    ctx.dump()
    print(SLUG, len(ctx.rows))
