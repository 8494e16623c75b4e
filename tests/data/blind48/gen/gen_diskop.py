"""Agency 2: Dinas Koperasi dan UKM Provinsi Nusa Kencana, 2021-2024."""
import openpyxl
from common import *

YEARS = [2021, 2022, 2023, 2024]
SLUG = 'diskopukm_prov_nusa_kencana'
ctx = Ctx(SLUG, 'Dinas Koperasi dan Usaha Kecil Menengah Provinsi Nusa Kencana', YEARS)
SPEC = [
 ('B01', '%', 'pct', 0, 0, 62, 2, ["Persentase koperasi aktif", "Prosentase Koperasi Aktif", "Persentase Koperasi yang Aktif", "% koperasi aktif"]),
 ('B02', 'unit', 'int', 0, 0, 2150, 60, ["Jumlah koperasi aktif", "Jumlah Koperasi Aktif", "Jumlah koperasi yang aktif (unit)", "Jml koperasi aktif"]),
 ('B03', '%', 'pct', 0, 0, 18, 3, ["Persentase koperasi sehat", "Prosentase Koperasi Sehat", "Persentase koperasi berpredikat sehat", "Persentase koperasi dengan kesehatan kategori sehat"]),
 ('B04', 'unit', 'int', 1, 0, 120, 10, ["Jumlah koperasi yang dinilai kesehatannya", "Jumlah Koperasi yg Dinilai Kesehatannya", "Jumlah koperasi yang dinilai tingkat kesehatannya", "Jumlah penilaian kesehatan KSP/USP koperasi"]),
 ('B12', 'Rp miliar', 'dec', 0, 0, 850, 60, ["Volume usaha koperasi", "Volume Usaha Koperasi (Rp Miliar)", "Jumlah volume usaha koperasi", "Volume usaha koperasi (miliar rupiah)"]),
 ('B13', 'Rp miliar', 'dec', 0, 0, 310, 25, ["Modal sendiri koperasi", "Modal Sendiri Koperasi (Rp Miliar)", "Jumlah modal sendiri koperasi", "Modal sendiri koperasi (miliar rupiah)"]),
 ('B14', 'unit', 'int', 1, 0, 900, 80, ["Jumlah koperasi yang melaksanakan RAT", "Jumlah Koperasi yang Melaksanakan Rapat Anggota Tahunan", "Jumlah koperasi melaksanakan RAT tepat waktu", "Jml koperasi yg melaksanakan RAT"]),
 ('B15', '%', 'pct', 0, 0, 40, 4, ["Persentase koperasi yang melaksanakan RAT", "Prosentase Koperasi yang Melaksanakan RAT", "Persentase koperasi melaksanakan RAT tepat waktu", "Persentase koperasi yg melaksanakan Rapat Anggota Tahunan (RAT)"]),
 ('B10', 'orang', 'int', 1, 0, 400, 50, ["Jumlah SDM koperasi yang dilatih", "Jumlah SDM Koperasi yang Mengikuti Pelatihan", "Jumlah pengurus & pengelola koperasi yang dilatih", "Jumlah SDM koperasi terlatih (orang)"]),
 ('B20', 'koperasi', 'int', 1, 0, 60, 5, ["Jumlah koperasi yang diawasi", "Jumlah Koperasi yang Diawasi dan Diperiksa", "Jumlah koperasi yg diawasi & diperiksa", None]),
 ('B05', 'unit usaha', 'int', 1, 0, 150, 25, ["Jumlah UKM binaan yang naik kelas", "Jumlah UKM Binaan Naik Kelas", "Jumlah usaha kecil binaan yang naik kelas", None]),
 ('B05b', 'unit usaha', 'int', 1, 0, 180, 0, [None, None, None, "Jumlah usaha mikro yang naik kelas menjadi usaha kecil"]),
 ('B06', '%', 'pct', 0, 0, 8, 1, ["Persentase peningkatan omzet UKM binaan", "Prosentase Peningkatan Omset UKM Binaan", "Persentase kenaikan omzet usaha kecil binaan", "Peningkatan omzet UMKM binaan (%)"]),
 ('B21', '%', 'pct', 0, 0, 57, 1, [None, None, "Kontribusi UMKM terhadap PDRB", "Kontribusi UMKM thd PDRB (%)"]),
 ('B07', 'orang', 'int', 1, 0, 900, 100, ["Jumlah wirausaha baru", "Jumlah Wirausaha Baru yang Tercipta", "Jumlah wirausaha baru (orang)", "Jumlah WUB"]),
 ('B08', 'unit usaha', 'int', 1, 0, 1500, 300, ["Jumlah UKM yang difasilitasi legalitas usaha", "Jumlah UKM yg Difasilitasi NIB", "Jumlah usaha mikro difasilitasi perizinan berusaha (NIB)", "Jumlah UMKM yang difasilitasi legalitas usaha/NIB"]),
 ('B09', 'unit usaha', 'int', 1, 0, 1200, 150, ["Jumlah UMKM yang mengakses KUR", "Jumlah UMKM yang Mengakses Kredit Usaha Rakyat", "Jumlah UMKM yang mengakses pembiayaan (KUR)", "Jumlah UMKM akses pembiayaan KUR & non KUR"]),
 ('B11', 'orang', 'int', 1, 0, 600, 50, ["Jumlah SDM UKM yang dilatih", "Jumlah SDM UKM yang Mengikuti Pelatihan", "Jumlah pelaku UKM yang dilatih", "Jumlah SDM UMKM terlatih (orang)"]),
 ('B16', 'produk', 'int', 1, 0, 250, 50, ["Jumlah produk UKM yang difasilitasi sertifikasi halal", "Jumlah Produk UKM yang Bersertifikat Halal", "Jumlah produk UKM difasilitasi sertifikat halal", "Jumlah produk UMKM yang difasilitasi sertifikasi halal"]),
 ('B17', 'unit usaha', 'int', 1, 0, 350, 150, [None, "Jumlah UKM Go Digital", "Jumlah UKM yang onboarding ke marketplace (go digital)", "Jumlah UMKM go digital"]),
 ('B18', 'predikat', 'grade', 0, 0, 0, 0, ["Nilai SAKIP Dinas", "Nilai SAKIP", "Predikat SAKIP Dinas Koperasi dan UKM", "Nilai AKIP"]),
 ('B19', '%', 'pct', 0, 0, 95, 0, ["Persentase serapan anggaran", "Prosentase Realisasi Serapan Anggaran", "Persentase realisasi anggaran", "Persentase serapan anggaran Dinas"]),
]
IND = {s[0]: dict(unit=s[1], kind=s[2], flow=bool(s[3]), neg=bool(s[4]), t0=s[5], step=s[6]) for s in SPEC}
NAMES = {s[0]: dict(zip(YEARS, s[7])) for s in SPEC}
VALS = make_values(IND, YEARS, 4802)
GROUPS = [
 ("Meningkatnya kualitas kelembagaan dan usaha koperasi", "Program Pengawasan dan Pemeriksaan Koperasi / Penilaian Kesehatan KSP-USP",
  ['B01', 'B02', 'B03', 'B04', 'B12', 'B13', 'B14', 'B15', 'B10', 'B20']),
 ("Meningkatnya daya saing usaha kecil dan menengah", "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)",
  ['B05', 'B05b', 'B06', 'B21', 'B07', 'B08', 'B09', 'B11', 'B16', 'B17']),
 ("Meningkatnya akuntabilitas kinerja perangkat daerah", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", ['B18', 'B19']),
]
ctx.flows = [i for i in IND if IND[i]['flow']]
ctx.ambiguous = [["B05", "B05b"]]


def grp_items(year):
    out = []
    for g, p, ids in GROUPS:
        its = items_for(year, NAMES, IND, VALS, ids)
        if its:
            out.append((g, p, its))
    return out


# ------------------------------------------------------------------ 2021: E.81 15-column (xlsx)
def e81_2021():
    y = 2021
    name = 'Evaluasi Renja Diskop UKM 2021 (E.81).xlsx'
    ctx.file(name, name, 'xlsx')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'E.81 TW IV'
    title(ws, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI NUSA KENCANA",
               "RENJA DINAS KOPERASI DAN UKM PROVINSI NUSA KENCANA TAHUN 2021",
               "Periode Pelaksanaan: Triwulan IV"], 25)
    single = [('A', 'No', 1), ('B', 'Sasaran', 2), ('C', 'Program/Kegiatan', 3), ('D', 'Indikator Kinerja Program (outcome)/ Kegiatan (output)', 4), ('Y', 'Unit Perangkat Daerah Penanggung Jawab', 15)]
    for c, h, n in single:
        put(ws, f"{c}5", h, bold=True, align=CENTER); put(ws, f"{c}6", None); ws.merge_cells(f"{c}5:{c}6")
        put(ws, f"{c}7", n, align=CENTER)
    pairs = ["Target Kinerja dan Anggaran Renstra PD Tahun 2023 (Akhir Periode Renstra)",
             "Realisasi Capaian Kinerja dan Anggaran Renstra PD s/d Renja PD Tahun Lalu (2020)",
             "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021)",
             "Realisasi Kinerja Triwulan I", "Realisasi Kinerja Triwulan II", "Realisasi Kinerja Triwulan III", "Realisasi Kinerja Triwulan IV",
             "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
             "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021",
             "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)"]
    for i, h in enumerate(pairs):
        k, rp = L(5 + 2*i), L(6 + 2*i)
        put(ws, f"{k}5", h, bold=True, align=CENTER); put(ws, f"{rp}5", None); ws.merge_cells(f"{k}5:{rp}5")
        put(ws, f"{k}6", "K", bold=True); put(ws, f"{rp}6", "Rp", bold=True)
        n = 5 + i
        lab = {12: "12 = 8+9+10+11", 13: "13 = 6+12", 14: "14 = 13/5 x 100"}.get(n, n)
        put(ws, f"{k}7", lab, align=CENTER); put(ws, f"{rp}7", None); ws.merge_cells(f"{k}7:{rp}7")
    ws.column_dimensions['C'].width = 30; ws.column_dimensions['D'].width = 45
    mods = {'B01': dict(t='pct', r='pct'), 'B12': dict(t='txtM'), 'B09': dict(t='txt'), 'B10': dict(t='x10'),
            'B03': dict(cap14='wrongrow'), 'B15': dict(t='ge')}
    row = 8; no = 0; caps = []
    import random
    rnd = random.Random(21)
    for g, prog, its in grp_items(y):
        put(ws, f"B{row}", g, bold=True, align=WRAP)
        for c in range(1, 26):
            ws.cell(row=row, column=c).border = BOX
        row += 1
        prow = row
        put(ws, f"C{row}", prog, bold=True, align=WRAP)
        row += 1
        first = row
        for it in its:
            m = mods.get(it['id'], {})
            no += 1
            put(ws, f"A{row}", no); put(ws, f"D{row}", it['name'], align=WRAP)
            put(ws, f"C{row}", None)
            kind_t = m.get('t', 'n')
            if kind_t == 'txtM':
                tc, tf, tk = f"Rp {fmt_id(it['t'])} M", None, it['t']
            else:
                tc, tf, tk = val(kind_t, it['t'], it['unit'])
            rkind = m.get('r', 'n')
            if it['kind'] == 'grade':
                put(ws, f"E{row}", 'A'); put(ws, f"G{row}", 'B'); put(ws, f"I{row}", it['t'])
                for q in range(4):
                    put(ws, f"{L(11+2*q)}{row}", '-' if q < 3 else it['r'])
                put(ws, f"S{row}", it['r']); put(ws, f"U{row}", it['r']); put(ws, f"W{row}", '-')
                ctx.rec(ws.title, row, 'D', y, it, None, None, [f"I{row}"], [f"S{row}"])
                row += 1
                continue
            ren = it['t'] * (1.2 if it['flow'] else 1.1)
            ren = int(ren * (3 if it['flow'] else 1)) if it['kind'] == 'int' else round(ren * (3 if it['flow'] else 1), 2)
            if it['kind'] == 'pct':
                ren = min(round(it['t'] * 1.1, 2), 100)
            prev = int(ren * 0.4) if it['flow'] else round(it['t'] * 0.95, 2)
            if it['id'] == 'B01':
                put(ws, f"E{row}", ren / 100, '0.00%'); put(ws, f"G{row}", prev / 100, '0.00%')
            else:
                put(ws, f"E{row}", ren); put(ws, f"G{row}", prev)
            put(ws, f"I{row}", tc, tf)
            for q in range(4):
                v = it['qr'][q]
                if it['id'] == 'B01':
                    put(ws, f"{L(11+2*q)}{row}", v / 100, '0.00%')
                else:
                    put(ws, f"{L(11+2*q)}{row}", v)
            # Rp
            pagu = rnd.randrange(150, 900) * 1_000_000
            put(ws, f"J{row}", pagu, '#,##0')
            sp = [int(pagu * f) for f in (0.12, 0.22, 0.28, 0.3)]
            for q in range(4):
                put(ws, f"{L(12+2*q)}{row}", sp[q], '#,##0')
            put(ws, f"T{row}", f"=L{row}+N{row}+P{row}+R{row}", '#,##0')
            if it['flow']:
                put(ws, f"S{row}", f"=K{row}+M{row}+O{row}+Q{row}")
                rk = it['r']
            else:
                rc, rf, rk = val(rkind, it['r'], it['unit'])
                put(ws, f"S{row}", rc, rf)
            put(ws, f"U{row}", f"=G{row}+S{row}" if it['flow'] else f"=S{row}", ws[f"S{row}"].number_format)
            put(ws, f"V{row}", f"=H{row}+T{row}", '#,##0')
            rr = row + 1 if m.get('cap14') == 'wrongrow' else row
            put(ws, f"W{row}", f"=IFERROR(U{rr}/E{rr}*100,0)", '0.00'); caps.append(f"W{row}")
            put(ws, f"X{row}", f"=IFERROR(V{row}/F{row}*100,0)", '0.00')
            put(ws, f"Y{row}", "Bidang Kelembagaan" if it['id'] < 'B05' or it['id'] in ('B10', 'B12', 'B13', 'B14', 'B15', 'B20') else "Bidang UKM")
            ctx.rec(ws.title, row, 'D', y, it, tk, rk, [f"I{row}"], [f"S{row}"])
            for k, v in m.items():
                if k == 't':
                    ctx.note(f"row {row}: {it['id']} col 7 target typed {v!r}: {tc!r} (keyed {tk})")
                if k == 'cap14':
                    ctx.note(f"row {row}: {it['id']} col 14 (W) formula points at the next row (=U{rr}/E{rr}*100)")
            row += 1
        # programme Rp: sums
        put(ws, f"F{prow}", f"=SUM(F{first}:F{row-1})", '#,##0'); put(ws, f"J{prow}", f"=SUM(J{first}:J{row-1})", '#,##0')
        put(ws, f"T{prow}", f"=SUM(T{first}:T{row-1})", '#,##0')
    ctx.note("col 12 (S) is a formula =K+M+O+Q for flow indicators and a typed year-end value (= TW IV) for level indicators; key realisasi = col 12 value, key target = col 7 (I)")
    ctx.note("B01 has all K cells as fractions in % formatted cells (keyed in percent points); B18 grades (target 'B'... ) -> null")
    put(ws, f"D{row}", "Rata-rata capaian kinerja (%)", bold=True); put(ws, f"W{row}", f"=AVERAGE({caps[0]}:{caps[-1]})", '0.0')
    put(ws, f"D{row+1}", "Predikat kinerja", bold=True); put(ws, f"W{row+1}", "Tinggi")
    ws[f"D{row+2}"] = "Faktor pendorong keberhasilan pencapaian: dukungan APBN dan kemitraan perbankan"
    ws[f"D{row+3}"] = "Faktor penghambat pencapaian kinerja: refocusing anggaran Covid-19"
    ws[f"D{row+4}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya / Renja berikutnya: pendataan koperasi aktif ODS"
    ctx.note(f"sheet 'E.81 TW IV': title rows 1-3, header rows 5-6 (K|Rp pairs), numbered row 7 (1..15 with '12 = 8+9+10+11', '13 = 6+12', '14 = 13/5 x 100'); rows alternate sasaran row (B), programme row (C, Rp sums), indicator rows (D); data rows 8-{row-1}; Rata-rata / Predikat / faktor rows {row}-{row+4}; signatures below (not keyed)")
    signature(ws, row + 6, 4, "Disusun: Kota Kencana, 12 Januari 2022", "Kepala Dinas Koperasi dan UKM", "Drs. MUHAMMAD FAISAL LATUCONSINA, M.Si", "Pembina Utama Muda (IV/c)", "NIP. 19680904 199303 1 009")
    signature(ws, row + 6, 18, "Dievaluasi: Kota Kencana, 20 Januari 2022", "Kepala Bappeda Provinsi Nusa Kencana", "Dr. Ir. HENDRIKUS MANEK, M.T.", "Pembina Utama Madya (IV/d)", "NIP. 19650211 199103 1 002")
    wb.save(f"{RAW}/{SLUG}/{name}")


# ------------------------------------------------------------------ 2022 + 2023 side by side (ods)
def side_by_side():
    name = 'PK dan Capaian 2022-2023.ods'
    ctx.file(name, 'PK dan Capaian 2022-2023.xlsx', 'ods')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Capaian 2022 & 2023'
    title(ws, ["PERBANDINGAN CAPAIAN KINERJA DINAS KOPERASI DAN UKM PROVINSI NUSA KENCANA", "TAHUN 2022 DAN TAHUN 2023"], 13)
    blocks = [(2022, 'A'), (2023, 'H')]
    for yr, c0 in blocks:
        ci = CI(c0)
        put(ws, f"{c0}4", f"TAHUN {yr}", bold=True, align=CENTER)
        for i in range(1, 6):
            put(ws, f"{L(ci+i)}4", None)
        ws.merge_cells(f"{c0}4:{L(ci+5)}4")
        for i, h in enumerate(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]):
            put(ws, f"{L(ci+i)}5", h, bold=True, align=CENTER)
    ws.column_dimensions['B'].width = 45; ws.column_dimensions['I'].width = 45
    mods = {2022: {'B03': dict(r='pcttxt'), 'B15': dict(t='ge'), 'B11': dict(dup=True), 'B07': dict(r='txt')},
            2023: {'B06': dict(t='range'), 'B19': dict(r='frac'), 'B09': dict(cap='wrongrow'), 'B12': dict(cap='typed', typed=97.5)}}
    g22, g23 = grp_items(2022), grp_items(2023)
    row = 6
    nos = {2022: 0, 2023: 0}
    for gi in range(len(g22)):
        g = g22[gi][0]
        put(ws, f"A{row}", f"Sasaran: {g}", bold=True); ws.merge_cells(f"A{row}:F{row}")
        put(ws, f"H{row}", f"Sasaran: {g23[gi][0]}", bold=True); ws.merge_cells(f"H{row}:M{row}")
        row += 1
        end = row
        for yr, c0, its in ((2022, 'A', g22[gi][2]), (2023, 'H', g23[gi][2])):
            ci = CI(c0)
            C = lambda k: L(ci + k)
            r = row
            for it in its:
                m = mods[yr].get(it['id'], {})
                copies = 2 if m.get('dup') else 1
                nos[yr] += 1
                tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
                rc, rf, rk = val(m.get('r', 'n'), it['r'], it['unit'])
                for cp in range(copies):
                    put(ws, f"{C(0)}{r}", nos[yr]); put(ws, f"{C(1)}{r}", it['name'], align=WRAP); put(ws, f"{C(2)}{r}", it['unit'])
                    put(ws, f"{C(3)}{r}", tc, tf); put(ws, f"{C(4)}{r}", rc, rf)
                    if it['kind'] == 'grade':
                        put(ws, f"{C(5)}{r}", 100 if it['r'] >= it['t'] or it['r'] == 'A' else '-')
                    else:
                        put(ws, f"{C(5)}{r}", cap_formula(C(3), C(4), r, it['neg'], m.get('cap'), m.get('typed')), '0.00')
                    if cp == 0:
                        ctx.rec(ws.title, r, C(1), yr, it, tk, rk, [f"{C(3)}{r}"], [f"{C(4)}{r}"])
                        for k, v in m.items():
                            if k in ('t', 'r'):
                                ctx.note(f"row {r} col {C(1)} ({yr}): {it['id']} {'target' if k=='t' else 'realisasi'} typed {v!r}: {tc if k=='t' else rc!r}")
                            if k == 'cap':
                                ctx.note(f"row {r} col {C(1)} ({yr}): {it['id']} capaian {v}: {ws[C(5)+str(r)].value}")
                    else:
                        ctx.note(f"row {r} col {C(1)} ({yr}): duplicate of the row above ({it['id']}), not keyed")
                    r += 1
            end = max(end, r)
        row = end
    ctx.note(f"sheet 'Capaian 2022 & 2023': title rows 1-2, block headers row 4 ('TAHUN 2022' A:F, 'TAHUN 2023' H:M), header row 5, data rows 6-{row-1}; left block A-F is 2022 (name col B), right block H-M is 2023 (name col I); the blocks are NOT aligned row by row (2022 has a duplicated B11 row, 2023 adds B21 and B17 positions differ) -> key rows carry col; sasaran bands in both blocks")
    ctx.note("B18 grades both years -> null")
    put(ws, f"B{row+1}", "Catatan: data 2023 angka sementara (belum audit BPK)")
    signature(ws, row + 3, 9, "Kota Kencana, 29 Januari 2024", "Kepala Dinas Koperasi dan UKM", "Dra. MARIA GORETTI DA SILVA, M.M.", "Pembina Utama Muda (IV/c)", "NIP. 19700315 199503 2 004")
    wn = wb.create_sheet('Catatan')
    for i, t in enumerate(["Sumber data: ODS Kemenkop, laporan RAT, SIMKUMKM.", "Volume usaha dan modal sendiri dalam miliar rupiah.",
                           "B19 = realisasi belanja / pagu.", "Indikator 'Kontribusi UMKM terhadap PDRB' baru masuk Renstra perubahan 2023."], 1):
        wn.cell(row=i, column=1, value=t)
    ctx.note("second sheet 'Catatan' = notes, not keyed")
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


# ------------------------------------------------------------------ 2024: Bone-style, quarters in rows (xls)
def bone2024():
    y = 2024
    name = 'Pengukuran Kinerja RA PK 2024.xls'
    ctx.file(name, 'Pengukuran Kinerja RA PK 2024.xlsx', 'xls')
    wb = openpyxl.Workbook()
    wh = wb.active; wh.title = 'Sheet1 (lama)'; wh.sheet_state = 'hidden'
    wh['A1'] = 'format lama TW II'; wh['B3'] = 'Persentase koperasi aktif'; wh['C3'] = 70
    ws = wb.create_sheet('PK RA 2024')
    wb.active = 1
    title(ws, ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
               "DINAS KOPERASI DAN UKM PROVINSI NUSA KENCANA", "TAHUN ANGGARAN 2024"], 8)
    hdr = ["No", "Sasaran Strategis", "Indikator Sasaran", "Kriteria Keberhasilan", "Target", "Realisasi", "%", "Penanggung Jawab"]
    for i, h in enumerate(hdr):
        put(ws, f"{L(i+1)}5", h, bold=True, align=CENTER); put(ws, f"{L(i+1)}6", f"({i+1})", align=CENTER)
    ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 45; ws.column_dimensions['D'].width = 16
    mods = {'B07': dict(blank_last=True), 'B13': dict(t='numtxt'), 'B16': dict(t='x10'), 'B09': dict(qr={1: 'txt'}),
            'B21': dict(t='pcttxt2'), 'B08': dict(dup=True)}
    row = 7; no = 0
    LAB = ["Target Tahunan", "TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]
    for g, p, its in grp_items(y):
        gstart = row
        for it in its:
            m = mods.get(it['id'], {})
            copies = 2 if m.get('dup') else 1
            for cp in range(copies):
                no += 1
                r0 = row
                tc, tf, tk = val(m.get('t', 'n'), it['t'], it['unit'])
                rcells, rkeys = [], []
                for k in range(5):
                    put(ws, f"D{row}", LAB[k])
                    if k == 0:
                        put(ws, f"E{row}", tc, tf); put(ws, f"F{row}", None); put(ws, f"G{row}", None)
                    elif it['kind'] == 'grade':
                        put(ws, f"E{row}", '-' if k < 4 else it['t']); put(ws, f"F{row}", '-' if k < 4 else it['r'])
                        put(ws, f"G{row}", '-' if k < 4 else 100)
                        rcells.append(f"F{row}"); rkeys.append(None)
                    else:
                        q = k - 1
                        put(ws, f"E{row}", it['qt'][q])
                        kind = m.get('qr', {}).get(q, 'n')
                        if q == 3 and m.get('blank_last'):
                            kind = 'blank'
                        rc, rf, rk = val(kind, it['qr'][q], it['unit'])
                        put(ws, f"F{row}", rc, rf); rcells.append(f"F{row}"); rkeys.append(rk)
                        put(ws, f"G{row}", f"=IFERROR(MIN(100,F{row}/E{row}*100),0)", '0.00')
                    for c in 'ABCH':
                        put(ws, f"{c}{row}", None)
                    row += 1
                ws.merge_cells(f"A{r0}:A{row-1}"); ws.merge_cells(f"C{r0}:C{row-1}"); ws.merge_cells(f"H{r0}:H{row-1}")
                ws[f"A{r0}"] = no; ws[f"C{r0}"] = it['name']; ws[f"C{r0}"].alignment = WRAP
                ws[f"H{r0}"] = "Kabid Kelembagaan" if p.startswith('Program Peng') else ("Kabid UKM" if 'UMKM' in p else "Sekretaris")
                agg = 'sum' if it['flow'] else 'last'
                if cp == 0:
                    ctx.rec(ws.title, r0, 'C', y, it, tk, agg_key(rkeys, agg) if it['kind'] != 'grade' else None, [f"E{r0}"], rcells, agg)
                    for k, v in m.items():
                        if k == 't':
                            ctx.note(f"row {r0}: {it['id']} annual target typed {v!r}: {tc!r} (keyed {tk})")
                        if k == 'qr':
                            for q, kk in v.items():
                                ctx.note(f"row {r0+1+q}: {it['id']} TW {q+1} realisasi typed {kk!r}: {ws['F'+str(r0+1+q)].value!r}")
                        if k == 'blank_last':
                            ctx.note(f"row {r0+4}: {it['id']} TW 4 realisasi blank (flow: keyed sum of TW1-3 = {agg_key(rkeys, agg)})")
                else:
                    ctx.note(f"rows {r0}-{row-1}: duplicated block of {it['id']} (second copy, numbered {no}), not keyed")
        ws.merge_cells(f"B{gstart}:B{row-1}"); ws[f"B{gstart}"] = g; ws[f"B{gstart}"].alignment = WRAP
    ctx.note(f"sheet 'PK RA 2024' (2nd sheet, active): title rows 1-3, header row 5, numbered row 6 '(1)'..'(8)', data rows 7-{row-1}: each indicator is a 5-row block (Target Tahunan, TW 1 (B03) .. TW 4 (B12)) with No, Indikator and Penanggung Jawab merged over the block, Sasaran merged over its blocks; target = E on the 'Target Tahunan' line; no annual realisasi -> sum of TW (flows) / TW 4 (levels); % column capped at 100 with MIN(100, ...)")
    ctx.note("first sheet 'Sheet1 (lama)' is HIDDEN, not keyed. B05 and B20 gone in 2024, B05b new (ambiguous with B05)")
    signature(ws, row + 2, 6, "Kota Kencana, 15 Januari 2025", "Kepala Dinas Koperasi dan UKM", "Dra. MARIA GORETTI DA SILVA, M.M.", "Pembina Utama Muda (IV/c)", "NIP. 19700315 199503 2 004")
    wb.save(f"{RAW}/{SLUG}/{ctx.files[-1]['raw']}")


if __name__ == '__main__':
    os.makedirs(f"{RAW}/{SLUG}", exist_ok=True)
    e81_2021(); side_by_side(); bone2024()
    ctx.dump()
    print(SLUG, len(ctx.rows))
