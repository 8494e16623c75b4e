"""Agency B: Rumah Sakit Jiwa Daerah Sei Lumut, Provinsi Kepulauan Lintang, 2020-2023."""
import os, random
import openpyxl
from common import *
from data import B, present, yv, nm

ag = B
K = Keyer(ag)
F1 = "Evaluasi Renja RSJD 2020 TW IV.xls"
F2 = "Laporan Kinerja RSJD 2021-2022.ods"
F3 = "PK dan Capaian RSJD 2023.xlsx"
K.files = [F1, F2, F3]


def raw(name):
    return os.path.join(RAW, os.path.splitext(name)[0] + ".xlsx")


def cap(pol, t, r):
    return f"=ROUND((2*{t}-{r})/{t}*100,2)" if pol == "-" else f"=ROUND({r}/{t}*100,2)"


BYID = {d["id"]: d for d in ag["inds"]}
RENSTRA = {"B01": 75, "B02": 35, "B03": 7, "B04": 10, "B05": 1.5, "B07": 100, "B08": 7, "B12": 90, "B20": 90,
           "B06": 83, "B09": 27000, "B10": 1600, "B11": 1650, "B18": 0, "B13": 75, "B14": 100, "B15": "Paripurna",
           "B16": 100, "B17": 60}
PREV2019 = {"B01": 66.8, "B02": 46.2, "B03": 5.6, "B04": 19.5, "B05": 2.1, "B07": 98.0, "B08": 13.1, "B12": 72.5,
            "B20": 70.2, "B06": 78.9, "B09": 23410, "B10": 1150, "B11": 1460, "B18": 4, "B13": 55.3, "B14": 94.7,
            "B15": "Madya", "B16": 96.4, "B17": 35}


# ------------------------------------------------------------------ 2020: Permendagri 86 form E.81, 18 numbered columns
def e81_2020():
    y = 2020
    S = "E.81 TW IV"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    merge(ws, "A1:AC1", "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI", bold=True, center=True)
    merge(ws, "A2:AC2", "PROVINSI KEPULAUAN LINTANG", bold=True, center=True)
    merge(ws, "A3:AC3", "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2020", bold=True, center=True)
    put(ws, "A4", "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya derajat kesehatan masyarakat")
    singles = {"A": "No", "B": "Sasaran", "C": "Kode", "D": "Program/Kegiatan",
               "E": "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "F": "Satuan",
               "AC": "Unit Perangkat Daerah Penanggung Jawab"}
    for c, v in singles.items():
        merge(ws, f"{c}6:{c}8", v, bold=True, center=True, wrap=True)
    pairs = [("G", "H", "Target Renstra PD pada Tahun 2023 (Akhir Periode Renstra PD)"),
             ("I", "J", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2019)"),
             ("K", "L", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2020) yang Dievaluasi"),
             ("U", "V", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
             ("W", "X", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)"),
             ("Y", "Z", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2020"),
             ("AA", "AB", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2020 (%)")]
    for a, b, v in pairs:
        merge(ws, f"{a}6:{b}7", v, bold=True, center=True, wrap=True)
    merge(ws, "M6:T6", "Realisasi Kinerja Pada Triwulan", bold=True, center=True)
    for (a, b), v in zip([("M", "N"), ("O", "P"), ("Q", "R"), ("S", "T")], ["I", "II", "III", "IV"]):
        merge(ws, f"{a}7:{b}7", v, bold=True, center=True)
    for a, b, _ in pairs + [("M", "N", 0), ("O", "P", 0), ("Q", "R", 0), ("S", "T", 0)]:
        put(ws, f"{a}8", "K", center=True); put(ws, f"{b}8", "Rp", center=True)
    nums = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5", "F": "6", "G": "7", "I": "8", "K": "9", "M": "10",
            "O": "11", "Q": "12", "S": "13", "U": "14 = 10+11+12+13", "W": "15 = 14/9 x 100", "Y": "16 = 8 + 14",
            "AA": "17 = 16/7 x 100", "AC": "18"}
    for c, v in nums.items():
        put(ws, f"{c}9", v, center=True)
        if c not in "ABCDEF" and c != "AC":
            nxt = CL(CI(c) + 1)
            ws.merge_cells(f"{c}9:{nxt}9")
    merge(ws, "B10:AC10", "Perangkat Daerah : Rumah Sakit Jiwa Daerah Sei Lumut", bold=True)
    put(ws, "C11", "1.02", bold=True); merge(ws, "D11:F11", "URUSAN PEMERINTAHAN WAJIB BIDANG KESEHATAN", bold=True)
    structure = [
        ("prog", "1.02.02", "Program Peningkatan Mutu Pelayanan Kesehatan Jiwa", ["B01", "B02", "B03", "B04", "B05", "B08"], 1),
        ("keg", "1.02.02.1.01", "Pelayanan Rawat Inap Jiwa", ["B11"], 1),
        ("keg", "1.02.02.1.02", "Pelayanan Rawat Jalan dan Rehabilitasi", ["B09", "B10", "B12"], 1),
        ("keg", "1.02.02.1.03", "Pelayanan Visite dan Asuhan Klinis", ["B07", "B20"], 1),
        ("prog", "1.02.03", "Program Peningkatan Kepuasan dan Keselamatan Pasien", ["B06", "B18"], 2),
        ("prog", "1.02.04", "Program Pengelolaan Keuangan BLUD", ["B13", "B14", "B15"], 3),
        ("prog", "1.02.05", "Program Peningkatan Kapasitas SDM Kesehatan", ["B16"], 4),
        ("keg", "1.02.05.1.01", "Pendidikan dan Pelatihan SDM Kesehatan", ["B17"], 4),
    ]
    budgets = {"1.02.02.1.01": (4210000000, 3985220500), "1.02.02.1.02": (2875500000, 2611304200),
               "1.02.02.1.03": (615000000, 598775000), "1.02.03": (1250000000, 1102550300),
               "1.02.04": (780000000, 745110000), "1.02.05.1.01": (420000000, 211450000)}
    budgets["1.02.02"] = tuple(sum(budgets[k][i] for k in ("1.02.02.1.01", "1.02.02.1.02", "1.02.02.1.03")) for i in (0, 1))
    budgets["1.02.05"] = budgets["1.02.05.1.01"]
    r = 12
    no = 0
    first_w, last_w = None, None
    sas_rows = {}
    for lvl, code, pname, ids, sas in structure:
        no += 1
        r0 = r
        put(ws, f"A{r}", no)
        put(ws, f"C{r}", code, bold=(lvl == "prog"))
        for id_ in ids:
            d = BYID[id_]
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            sas_rows.setdefault(sas, []).append(r)
            put(ws, f"E{r}", name, wrap=True); put(ws, f"F{r}", d["unit"])
            put(ws, f"G{r}", RENSTRA[id_]); put(ws, f"I{r}", PREV2019[id_]); put(ws, f"K{r}", T)
            kt, kr = num(T), num(R)
            if id_ == "B15":
                for c in "MOQ":
                    put(ws, f"{c}{r}", "-")
                put(ws, f"S{r}", R); put(ws, f"U{r}", f"=S{r}"); put(ws, f"W{r}", "-"); put(ws, f"Y{r}", R); put(ws, f"AA{r}", "-")
                K.doc(F1, S, f"K{r}:U{r}", "grade/status indicator: target 'Paripurna', realisasi 'Madya' (keyed null/null)")
            else:
                q = split_int(R) if d["mode"] == "sum" else level_q(R, d["pol"])
                for c, v in zip("MOQS", q):
                    put(ws, f"{c}{r}", v, fmt="#,##0.##")
                if id_ == "B01":
                    put(ws, f"Q{r}", idn(q[2]))
                    K.doc(F1, S, f"Q{r}", f"TW III K stored as text '{idn(q[2])}' (comma decimal); column 14 takes TW IV so the year value is unaffected")
                if id_ == "B09":
                    put(ws, f"U{r}", R)
                    K.doc(F1, S, f"U{r}", "constant 21856 typed over the column-14 formula (=M+O+Q+S); the value is right")
                elif d["mode"] == "sum":
                    put(ws, f"U{r}", f"=M{r}+O{r}+Q{r}+S{r}", fmt="#,##0")
                else:
                    put(ws, f"U{r}", f"=S{r}", fmt="#,##0.##")
                pol = d["pol"]
                if id_ == "B05":
                    pol = "+"
                    K.doc(F1, S, f"W{r}", "negative indicator (NDR, lower is better) computed with the positive formula U/K*100 (90) while ALOS, TOI, readmisi use (2K-U)/K*100")
                f = cap(pol, f"K{r}", f"U{r}")
                if id_ == "B12":
                    f = f"=ROUND(U{r+1}/K{r}*100,2)"
                    K.doc(F1, S, f"W{r}", f"capaian formula points at the next row: =U{r+1}/K{r}*100")
                if id_ == "B18":
                    K.doc(F1, S, f"W{r}", "target 0 (lower is better): (2*K-U)/K gives #DIV/0! (keyed target 0)")
                put(ws, f"W{r}", f, fmt="0.00")
                put(ws, f"Y{r}", f"=I{r}+U{r}", fmt="#,##0.##")
                put(ws, f"AA{r}", f"=ROUND(Y{r}/G{r}*100,2)", fmt="0.00")
            first_w = first_w or r; last_w = r
            K.key(F1, S, r, y, name, id_, kt, kr)
            r += 1
        merge(ws, f"D{r0}:D{r-1}", pname, wrap=True, bold=(lvl == "prog"))
        ws.merge_cells(f"A{r0}:A{r-1}") if r - 1 > r0 else None
        ws.merge_cells(f"C{r0}:C{r-1}") if r - 1 > r0 else None
        b, rb = budgets[code]
        q = split_int(rb, (0.18, 0.24, 0.27))
        put(ws, f"L{r0}", b, fmt="#,##0")
        for c, v in zip("NPRT", q):
            put(ws, f"{c}{r0}", v, fmt="#,##0")
        put(ws, f"V{r0}", f"=N{r0}+P{r0}+R{r0}+T{r0}", fmt="#,##0")
        put(ws, f"X{r0}", f"=ROUND(V{r0}/L{r0}*100,2)", fmt="0.00")
        put(ws, f"AC{r0}", "Bidang Pelayanan Medik" if sas == 1 else ("Bidang Keperawatan" if sas == 2 else ("Bagian Keuangan" if sas == 3 else "Bagian Umum dan Kepegawaian")), wrap=True)
    for sas, rows in sas_rows.items():
        merge(ws, f"B{min(rows)}:B{max(rows)}", ag["sasaran"][sas], wrap=True)
    K.doc(F1, S, "Y column", "column 16 = 8 + 14 is applied to rate indicators too (e.g. BOR 66,8 + 64,2 = 131): a sum of rates")
    box(ws, 6, r - 1, 1, 29)
    r += 1
    put(ws, f"D{r}", "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, f"W{r}", f"=ROUND(AVERAGE(W{first_w}:W{first_w+8}:W{last_w}),1)")
    put(ws, f"X{r}", f"=ROUND(AVERAGE(X{first_w}:X{last_w}),1)")
    K.doc(F1, S, f"W{r}", f"range chain AVERAGE(W{first_w}:W{first_w+8}:W{last_w}) where a list was meant; it also meets the #DIV/0! of B18, so the cell is an error")
    r += 1
    put(ws, f"D{r}", "Predikat kinerja"); put(ws, f"W{r}", "Tinggi"); r += 1
    put(ws, f"D{r}", "Faktor pendorong : dukungan BLUD dan dokter spesialis jiwa tetap"); r += 1
    put(ws, f"D{r}", "Faktor penghambat : pandemi Covid-19 menurunkan kunjungan dan BOR"); r += 1
    put(ws, f"D{r}", "Tindak lanjut : layanan telekonsultasi jiwa pada Renja 2021"); r += 2
    put(ws, f"D{r}", "Disusun"); put(ws, f"W{r}", "Dievaluasi")
    put(ws, f"D{r+1}", "Direktur RSJD Sei Lumut"); put(ws, f"W{r+1}", "Kepala Bappeda Provinsi Kepulauan Lintang")
    put(ws, f"D{r+5}", "dr. MARLINA SITOHANG, Sp.KJ", bold=True); put(ws, f"W{r+5}", "Drs. ABDUL KARIM, M.Si", bold=True)
    put(ws, f"D{r+6}", "NIP. 19720811 200212 2 003"); put(ws, f"W{r+6}", "NIP. 19680102 199303 1 006")
    widths(ws, {"A": 4, "B": 22, "C": 12, "D": 30, "E": 40, "F": 10, "AC": 18})
    wb.save(raw(F1))


def unit_txt(v, unit):
    if unit == "%":
        return f"{idn(v)} %"
    if unit == "permil":
        return f"{idn(v)} ‰"
    return f"{idn(v)} {unit}"


# ------------------------------------------------------------------ 2021: sasaran group rows, values+units as text
def pk2021(wb):
    y = 2021
    S = "PK 2021"
    ws = wb.active; ws.title = S
    for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2021", "RUMAH SAKIT JIWA DAERAH SEI LUMUT", "PROVINSI KEPULAUAN LINTANG"], 1):
        merge(ws, f"A{i}:F{i}", t, bold=True, center=True)
    for c, v in zip("ABCDEF", ["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN", "KETERANGAN"]):
        put(ws, f"{c}5", v, bold=True, center=True)
    r = 6
    inds = present(ag, y)
    no = 0
    for si, s in enumerate(sorted(set(d["sas"] for d in inds))):
        put(ws, f"A{r}", "ABCD"[si] + ".", bold=True)
        merge(ws, f"B{r}:F{r}", f"Sasaran Strategis {si+1} : {ag['sasaran'][s]}", bold=True)
        r += 1
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"A{r}", no); put(ws, f"B{r}", name, wrap=True)
            kt, kr = num(T), num(R)
            tt = unit_txt(T, d["unit"])
            rt = unit_txt(R, d["unit"]) if R is not None else "-"
            note = ""
            if d["id"] == "B12":
                tt = "85-90 %"
                K.doc(F2, S, f"C{r}", "target typed as a range '85-90 %' (keyed 85)")
            if d["id"] == "B06":
                tt = "≥ 81"; rt = "79,88"
                K.doc(F2, S, f"C{r}", "target typed as a bound '≥ 81' (keyed 81); realisasi '79,88' as text")
            put(ws, f"C{r}", tt); put(ws, f"D{r}", rt)
            if R is None:
                capv = "-"; note = "data diklat belum direkap Bagian Umum"
                K.doc(F2, S, f"D{r}", "realisasi '-' (not reported); keyed null")
            elif T == 0:
                capv = "-"; note = "target nihil"
                K.doc(F2, S, f"C{r}", "target 0 kasus (lower is better): capaian undefined, written '-'")
            elif d["pol"] == "-":
                capv = r2((2 * T - R) / T * 100)
                if d["id"] == "B02":
                    capv = r2(R / T * 100)
                    K.doc(F2, S, f"E{r}", "negative indicator (ALOS) capaian typed with the positive formula: 98,5 instead of (2*40-39,4)/40*100 = 101,5")
            else:
                capv = r2(R / T * 100)
            put(ws, f"E{r}", capv, fmt="0.00")
            if d["id"] == "B09":
                note = "kunjungan turun (pandemi Covid-19)"
            put(ws, f"F{r}", note, wrap=True)
            K.key(F2, S, r, y, name, d["id"], kt, kr)
            r += 1
    box(ws, 5, r - 1, 1, 6)
    r += 1
    signature(ws, r, "D", "Tanjung Lintang, 31 Desember 2021", "Direktur,", "dr. MARLINA SITOHANG, Sp.KJ",
              "Pembina Utama Muda (IV/c)", "NIP. 19720811 200212 2 003")
    widths(ws, {"A": 5, "B": 55, "C": 18, "D": 18, "E": 11, "F": 30})


MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def monthly2022(wb):
    y = 2022
    S = "Monitoring Bulanan 2022"
    ws = wb.create_sheet(S)
    rnd = random.Random(2022)
    merge(ws, "A1:R1", "MONITORING CAPAIAN INDIKATOR KINERJA BULANAN TAHUN 2022", bold=True, center=True)
    merge(ws, "A2:R2", "RSJD SEI LUMUT", bold=True, center=True)
    for c, v in zip("ABCD", ["No", "Indikator", "Satuan", "Target 2022"]):
        put(ws, f"{c}4", v, bold=True, center=True)
    for i, m in enumerate(MONTHS):
        put(ws, f"{CL(5+i)}4", m, bold=True, center=True)
    put(ws, "Q4", "Capaian Tahun 2022", bold=True, center=True, wrap=True); put(ws, "R4", "Ket", bold=True)
    r = 5
    for no, d in enumerate(present(ag, y), 1):
        name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
        put(ws, f"A{r}", no); put(ws, f"B{r}", name, wrap=True); put(ws, f"C{r}", d["unit"])
        kt = num(T)
        if d["id"] == "B14":
            put(ws, f"D{r}", 1, fmt="0%")
            K.doc(F2, S, f"D{r}", "target stored as the fraction 1 in a % formatted cell (shows 100%) while the other % targets are percent points; keyed 100")
        else:
            put(ws, f"D{r}", T, fmt="#,##0.##")
        if d["id"] == "B15":
            put(ws, f"O{r}", R); put(ws, f"Q{r}", R); put(ws, f"R{r}", "survei akreditasi Nov 2022")
            kr = None
            K.doc(F2, S, f"Q{r}", "status indicator: target 'Paripurna', realisasi 'Utama' (keyed null/null)")
        elif d["id"] == "B06":
            put(ws, f"J{r}", 82.4, fmt="0.00"); put(ws, f"P{r}", R, fmt="0.00"); put(ws, f"Q{r}", R, fmt="0.00")
            put(ws, f"R{r}", "survei semester; nilai tahun = semester II")
            kr = R
        elif d["mode"] == "sum":
            w = [rnd.uniform(0.8, 1.2) for _ in range(12)]
            parts = [int(R * x / sum(w)) for x in w]
            parts[-1] += R - sum(parts)
            if d["id"] == "B18":
                parts = [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]
            if d["id"] == "B17":
                parts = [0, 0, 12, 0, 8, 0, 0, 15, 0, 20, 0, 0]
            for i, v in enumerate(parts):
                if d["id"] == "B17" and v == 0:
                    continue
                put(ws, f"{CL(5+i)}{r}", v, fmt="#,##0")
            if d["id"] == "B09":
                put(ws, f"Q{r}", f"=SUM(E{r}:O{r})", fmt="#,##0")
                kr = sum(parts[:11])
                K.doc(F2, S, f"Q{r}", f"annual SUM range stops at November (=SUM(E{r}:O{r})): {kr} stated, {sum(parts)} with December; keyed as stated ({kr})")
            else:
                put(ws, f"Q{r}", f"=SUM(E{r}:P{r})", fmt="#,##0")
                kr = sum(parts)
        else:
            c = int(round(R * 100))
            vals = [c + rnd.randint(-(int(c * 0.05) + 1), int(c * 0.05) + 1) for _ in range(11)]
            if R == 100:
                vals = [10000] * 11
            vals.append(12 * c - sum(vals))
            for i, v in enumerate(vals):
                put(ws, f"{CL(5+i)}{r}", v / 100, fmt="0.00")
            put(ws, f"Q{r}", f"=ROUND(AVERAGE(E{r}:P{r}),2)", fmt="0.00")
            kr = R
            if vals[-1] / 100 > 100 and d["unit"] == "%":
                pass
        K.key(F2, S, r, y, name, d["id"], kt, kr)
        r += 1
    box(ws, 4, r - 1, 1, 18)
    put(ws, f"B{r+1}", "Capaian tahunan: rata-rata bulanan untuk indikator rasio, jumlah untuk indikator kunjungan/kejadian.")
    widths(ws, {"A": 4, "B": 48, "C": 10, "D": 10, "Q": 12, "R": 30})
    ws3 = wb.create_sheet("Ref")
    ws3.sheet_state = "hidden"
    for i, u in enumerate(["%", "hari", "kali", "permil", "nilai", "kunjungan", "orang", "kasus", "predikat"], 1):
        put(ws3, f"A{i}", u)
    K.doc(F2, "Ref", "whole sheet", "hidden helper sheet (list of units for data validation)")


# ------------------------------------------------------------------ 2023: two years side by side
def side2023():
    y = 2023
    S = "Capaian 2022-2023"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    merge(ws, "A1:L1", "CAPAIAN KINERJA RSJD SEI LUMUT PROVINSI KEPULAUAN LINTANG", bold=True, center=True)
    merge(ws, "A2:L2", "PERBANDINGAN TAHUN 2022 DAN TAHUN 2023", bold=True, center=True)
    for c, v in {"A": "No", "B": "Sasaran Strategis", "C": "Indikator Kinerja Utama", "D": "Satuan", "K": "Tren", "L": "Keterangan"}.items():
        merge(ws, f"{c}4:{c}5", v, bold=True, center=True, wrap=True)
    merge(ws, "E4:G4", "Tahun 2022", bold=True, center=True)
    merge(ws, "H4:J4", "Tahun 2023", bold=True, center=True)
    for c, v in zip("EFGHIJ", ["Target", "Realisasi", "Capaian (%)"] * 2):
        put(ws, f"{c}5", v, bold=True, center=True)
    for i in range(1, 13):
        put(ws, f"{CL(i)}6", f"({i})", center=True)
    r = 7
    inds = present(ag, y)
    no = 0
    for s in sorted(set(d["sas"] for d in inds)):
        r0 = r
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            T22 = yv(d, ag, 2022, "T"); R22 = yv(d, ag, 2022, "R")
            put(ws, f"A{r}", no); put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", d["unit"])
            kt, kr = num(T), num(R)
            if d["id"] == "B15":
                put(ws, f"E{r}", T22); put(ws, f"F{r}", R22); put(ws, f"G{r}", "-")
                put(ws, f"H{r}", T); put(ws, f"I{r}", R); put(ws, f"J{r}", 100); put(ws, f"K{r}", "naik")
                K.doc(F3, S, f"H{r}:J{r}", "status indicator: 'Paripurna' / 'Paripurna', capaian typed 100 (keyed null/null)")
            else:
                put(ws, f"E{r}", T22, fmt="#,##0.##"); put(ws, f"F{r}", R22, fmt="#,##0.##")
                put(ws, f"G{r}", f"=IFERROR({cap(d['pol'], f'E{r}', f'F{r}')[1:]},\"-\")", fmt="0.00")
                tv = T
                if d["id"] == "B03":
                    tv = T * 10; kt = tv
                    K.doc(F3, S, f"H{r}", "target typed 10x too big: 70 instead of 7 (BTO, kali); capaian 10,43")
                put(ws, f"H{r}", tv, fmt="#,##0.##")
                if d["id"] == "B11":
                    put(ws, f"I{r}", idn(R))
                    K.doc(F3, S, f"I{r}", "realisasi stored as text '1.702' (dot = thousands); capaian formula gives '-' via IFERROR")
                else:
                    put(ws, f"I{r}", R, fmt="#,##0.##")
                pol = d["pol"]
                if d["id"] == "B04":
                    pol = "+"
                    K.doc(F3, S, f"J{r}", "negative indicator (TOI) capaian 2023 computed with the positive formula I/H*100 (98) while ALOS and NDR use (2H-I)/H*100")
                if d["id"] == "B21":
                    put(ws, f"J{r}", 97.78)
                    K.doc(F3, S, f"J{r}", "constant 97,78 typed over the capaian formula (right: 88/90*100)")
                else:
                    put(ws, f"J{r}", f"=IFERROR({cap(pol, f'H{r}', f'I{r}')[1:]},\"-\")", fmt="0.00")
                put(ws, f"K{r}", f"=IF(ISNUMBER(I{r}),IF(I{r}>F{r},\"naik\",IF(I{r}<F{r},\"turun\",\"tetap\")),\"-\")")
            if d["id"] == "B09":
                put(ws, f"L{r}", "realisasi 2022 dikoreksi (Januari-Desember)", wrap=True)
                K.doc(F3, S, f"F{r}", f"2022 comparison realisasi {R22} (full year) differs from the 2022 monthly sheet's stated {sum([0])*0 or 'Jan-Nov sum'}; not keyed here (sheet year 2023)")
            if d["id"] == "B18":
                put(ws, f"L{r}", "target nihil (zero) - capaian tidak dihitung", wrap=True)
            K.key(F3, S, r, y, name, d["id"], kt, kr)
            r += 1
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    last = r - 1
    box(ws, 4, last, 1, 12)
    r += 1
    signature(ws, r, "H", "Tanjung Lintang, 15 Januari 2024", "Direktur RSJD Sei Lumut,", "dr. YOHANES PATTY, Sp.KJ, MARS",
              "Pembina Utama Muda (IV/c)", "NIP. 19750419 200312 1 002")
    widths(ws, {"A": 4, "B": 30, "C": 48, "D": 10, "K": 8, "L": 30})
    ws2 = wb.create_sheet("Rekap")
    put(ws2, "A1", "Rekap capaian IKU", bold=True)
    put(ws2, "A3", "Rata-rata capaian 2022"); put(ws2, "B3", f"=ROUND(AVERAGE('{S}'!G7:G{last}),2)")
    put(ws2, "A4", "Rata-rata capaian 2023"); put(ws2, "B4", f"=ROUND(AVERAGE('{S}'!J7:J{last}),2)")
    put(ws2, "A5", "Jumlah IKU naik"); put(ws2, "B5", f"=COUNTIF('{S}'!K7:K{last},\"naik\")")
    put(ws2, "A6", "Jumlah IKU turun"); put(ws2, "B6", f"=COUNTIF('{S}'!K7:K{last},\"turun\")")
    wb.save(raw(F3))


def main():
    e81_2020()
    wb = openpyxl.Workbook()
    pk2021(wb)
    monthly2022(wb)
    wb.save(raw(F2))
    side2023()
    # fix the B09 cross-year doc with the real number
    k22 = [k for k in K.rows if k["year"] == 2022 and k["same_as"] == "B09"][0]["realisasi"]
    for dd in K.docs:
        if dd["file"] == F3 and "comparison realisasi" in dd["text"]:
            dd["text"] = f"2022 comparison realisasi 26.311 (full year) differs from the 2022 monthly sheet's stated {k22} (Jan-Nov sum); column F is not keyed (sheet year 2023)"
    K.write()


if __name__ == "__main__":
    main()
