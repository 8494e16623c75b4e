"""Agency C: Dinas Pengendalian Penduduk dan KB Kota Pinang Baru, 2021-2024."""
import os
import openpyxl
from common import *
from data import C, present, yv, nm

ag = C
K = Keyer(ag)
F1 = "Capaian IKU DPPKB 2021.ods"
F2 = "Renaksi dan Evaluasi DPPKB 2022-2023.xlsx"
F3 = "LKjIP DPPKB 2024.xls"
K.files = [F1, F2, F3]
BYID = {d["id"]: d for d in ag["inds"]}


def raw(name):
    return os.path.join(RAW, os.path.splitext(name)[0] + ".xlsx")


def cap(pol, t, r):
    return f"=ROUND((2*{t}-{r})/{t}*100,2)" if pol == "-" else f"=ROUND({r}/{t}*100,2)"


DEF = {"C01": "rata-rata anak yang dilahirkan wanita usia subur (SKI/Long Form SP)", "C02": "kelahiran per 1.000 perempuan 15-19 th",
       "C03": "PUS ingin ber-KB tidak terlayani / jumlah PUS x 100", "C04": "PUS pakai kontrasepsi modern / PUS x 100",
       "C05": "peserta KB MKJP / peserta KB aktif x 100", "C06": "jumlah PB selama tahun berjalan (SIGA)",
       "C07": "jumlah PA posisi Desember (SIGA)", "C08": "keluarga balita aktif BKB / keluarga balita x 100",
       "C09": "keluarga remaja aktif BKR / keluarga remaja x 100", "C10": "keluarga lansia aktif BKL / keluarga lansia x 100",
       "C11": "PIK-R aktif / PIK-R terbentuk x 100", "C15": "Kampung KB berkembang / Kampung KB x 100",
       "C16": "jumlah Kampung KB s/d tahun berjalan", "C17": "KK terdata / KK sasaran x 100", "C19": "jumlah PKB dan PLKB",
       "C20": "nilai LHE SAKIP Inspektorat"}


# ------------------------------------------------------------------ 2021: IKU with polaritas and definition columns
def iku2021():
    y = 2021
    S = "IKU 2021"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    for i, t in enumerate(["CAPAIAN INDIKATOR KINERJA UTAMA (IKU)",
                           "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA PINANG BARU", "TAHUN ANGGARAN 2021"], 1):
        merge(ws, f"A{i}:J{i}", t, bold=True, center=True)
    for c, v in zip("ABCDEFGHIJ", ["No", "Sasaran", "Indikator Kinerja", "Definisi Operasional / Formulasi", "Satuan",
                                   "Polaritas", "Target 2021", "Realisasi 2021", "Capaian (%)", "Kategori"]):
        put(ws, f"{c}5", v, bold=True, center=True, wrap=True)
    for i, c in enumerate("ABCDEFGHIJ", 1):
        put(ws, f"{c}6", f"({i})", center=True)
    r = 7
    inds = present(ag, y)
    no = 0
    for s in sorted(set(d["sas"] for d in inds)):
        r0 = r
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"A{r}", no); put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", DEF.get(d["id"], ""), wrap=True)
            put(ws, f"E{r}", d["unit"])
            put(ws, f"F{r}", "Positif" if d["pol"] == "+" else "Negatif")
            kt, kr = num(T), num(R)
            capf = f"=IFERROR(ROUND(IF(F{r}=\"Positif\",H{r}/G{r}*100,(2*G{r}-H{r})/G{r}*100),2),\"\")"
            if d["id"] == "C05":
                put(ws, f"F{r}", None)
                K.doc(F1, S, f"F{r}", "polaritas cell left blank for a positive indicator: the IF formula takes the negative branch (2G-H)/G*100 = 104,8 instead of 95,2")
            if d["id"] == "C01":
                put(ws, f"G{r}", "2,28"); put(ws, f"H{r}", R, fmt="0.00"); put(ws, f"I{r}", 98.68)
                K.doc(F1, S, f"G{r}", "target stored as text '2,28'; capaian typed as constant 98,68 ((2*2,28-2,31)/2,28*100 = 98,68)")
            elif d["id"] == "C06":
                put(ws, f"G{r}", T, fmt="#,##0"); put(ws, f"H{r}", f"{idn(R)} akseptor"); put(ws, f"I{r}", 96)
                K.doc(F1, S, f"H{r}", "realisasi stored as text '9.120 akseptor' (dot = thousands, unit inside); capaian typed 96 (9.120/9.500 = 96,00)")
            elif d["id"] == "C17":
                put(ws, f"G{r}", T); put(ws, f"H{r}", R / 100, fmt="0.0%"); put(ws, f"I{r}", capf, fmt="0.00")
                K.doc(F1, S, f"H{r}", "realisasi stored as the fraction 0,986 in a % cell (shows 98,6%) against a target of 100 percent points; keyed 98,6; the formula gives capaian 0,99")
            else:
                put(ws, f"G{r}", T, fmt="#,##0.##"); put(ws, f"H{r}", R, fmt="#,##0.##"); put(ws, f"I{r}", capf, fmt="0.00")
            put(ws, f"J{r}", f"=IF(I{r}=\"\",\"\",IF(I{r}>=91,\"Sangat Tinggi\",IF(I{r}>=76,\"Tinggi\",IF(I{r}>=66,\"Sedang\",IF(I{r}>=51,\"Rendah\",\"Sangat Rendah\")))))")
            K.key(F1, S, r, y, name, d["id"], kt, kr)
            r += 1
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    box(ws, 5, r - 1, 1, 10)
    r += 1
    signature(ws, r, "G", "Pinang Baru, 14 Januari 2022", "KEPALA DINAS PENGENDALIAN PENDUDUK DAN KB",
              "Drs. SYAHRIAL NASUTION, M.AP", "Pembina Utama Muda (IV/c)", "NIP. 19690927 199403 1 005")
    widths(ws, {"A": 4, "B": 28, "C": 44, "D": 34, "E": 12, "F": 10, "G": 10, "H": 10, "I": 10, "J": 13})
    ws2 = wb.create_sheet("Rumus")
    ws2.sheet_state = "hidden"
    put(ws2, "A1", "Positif : Realisasi / Target x 100")
    put(ws2, "A2", "Negatif : (2 x Target - Realisasi) / Target x 100")
    K.doc(F1, "Rumus", "whole sheet", "hidden sheet with the two capaian formulas (not a key sheet)")
    ws3 = wb.create_sheet("Grafik")
    put(ws3, "A1", "Data grafik capaian IKU 2021")
    for i in range(no):
        put(ws3, f"A{i+3}", i + 1); put(ws3, f"B{i+3}", f"='{S}'!I{7+i}")
    wb.save(raw(F1))


# ------------------------------------------------------------------ 2022: Bone-style blocks (annual + TW rows)
def ra2022(wb):
    y = 2022
    S = "RA 2022"
    ws = wb.active; ws.title = S
    for i, t in enumerate(["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                           "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA PINANG BARU", "TAHUN 2022"], 1):
        merge(ws, f"A{i}:H{i}", t, bold=True, center=True)
    for c, v in zip("ABCDEFGH", ["No", "Sasaran Strategis", "Indikator Sasaran", "Kriteria Keberhasilan",
                                 "Target", "Realisasi", "Capaian (%)", "Penanggung Jawab"]):
        put(ws, f"{c}5", v, bold=True, center=True, wrap=True)
    for i, c in enumerate("ABCDEFGH", 1):
        put(ws, f"{c}6", i, center=True)
    r = 7
    inds = present(ag, y)
    PF = '0.00"%"'
    block_row = {}
    no = 0
    pend = []
    for s in sorted(set(d["sas"] for d in inds)):
        r0 = r
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            block_row[d["id"]] = r
            merge(ws, f"A{r}:A{r+4}", f"{no}.", center=True)
            merge(ws, f"C{r}:C{r+4}", name, wrap=True)
            merge(ws, f"H{r}:H{r+4}", "Bidang KB" if s == 1 else ("Bidang KS dan PK" if s == 2 else "Sekretariat"), wrap=True)
            put(ws, f"D{r}", "Target Tahunan :")
            fmt = PF if d["unit"] == "%" else "#,##0.##"
            put(ws, f"E{r}", T, fmt=fmt)
            labels = ["TW 1 (B03)", "TW 2 (B06)", "TW 3 (B09)", "TW 4 (B12)"]
            kt, kr = num(T), num(R)
            if d["mode"] == "sum":
                tq = split_int(T, (0.25, 0.25, 0.25)); rq = split_int(R); kr = sum(rq)
            else:
                tq = [T] * 4 if d["id"] != "C13" else [20, 40, 60, 80]
                rq = level_q(R, d["pol"])
                if d["id"] == "C13":
                    rq = [22.5, 45.0, 63.8, R]
                if d["id"] == "C09":
                    tq = [48, 48, 50, 48]
                    K.doc(F2, S, f"E{r+3}:E{r+4}", "quarter targets 48 / 48 / 50 / 48: TW 3 target typed 50, above the annual 48, then falls back")
            if d["id"] == "C20":
                tq = ["-", "-", "-", T]; rq = ["-", "-", "-", R]
            for i in range(4):
                rr = r + 1 + i
                put(ws, f"D{rr}", labels[i])
                put(ws, f"E{rr}", tq[i], fmt=fmt)
                rv = rq[i]
                if d["id"] == "C07" and i == 3:
                    put(ws, f"F{rr}", idn(R))
                    K.doc(F2, S, f"F{rr}", "TW 4 realisasi stored as text '53.610' (dot = thousands); keyed 53610; capaian cell shows #VALUE!")
                else:
                    put(ws, f"F{rr}", rv, fmt=fmt)
                if isinstance(tq[i], str):
                    put(ws, f"G{rr}", "-")
                    continue
                pol = d["pol"]
                if d["id"] == "C12":
                    pol = "+"
                f = cap(pol, f"E{rr}", f"F{rr}")
                if d["id"] == "C11" and i == 3:
                    pend.append((rr, f"G{rr}"))
                    f = None
                if f:
                    put(ws, f"G{rr}", f, fmt="0.00")
            if d["id"] == "C12":
                K.doc(F2, S, f"G{r+1}:G{r+4}", "negative indicator (prevalensi stunting) quarter capaian computed with the positive formula F/E*100 (95,56 at TW 4 instead of 104,44)")
            if d["id"] == "C06":
                K.doc(F2, S, f"E{r+1}:F{r+4}", "per-quarter indicator: quarter targets add up to the annual 9.800 and quarter realisasi add up to the year (10.234)")
            K.key(F2, S, r, y, name, d["id"], kt, kr)
            r += 5
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    for rr, ref in pend:
        tgt = block_row["C12"] + 4
        put(ws, ref, f"=ROUND(F{tgt}/E{rr}*100,2)", fmt="0.00")
        K.doc(F2, S, ref, f"TW 4 capaian of the PIK-R row points at another block's realisasi (F{tgt}, prevalensi stunting TW 4) instead of F{rr}")
    K.doc(F2, S, "E:F", "percent values are numbers in percent points with the custom format 0.00\"%\" (literal % sign, no scaling): 58 shows as 58.00%")
    box(ws, 5, r - 1, 1, 8)
    r += 1
    signature(ws, r, "E", "Pinang Baru, 10 Januari 2023", "Kepala Dinas,", "Drs. SYAHRIAL NASUTION, M.AP",
              "Pembina Utama Muda (IV/c)", "NIP. 19690927 199403 1 005")
    widths(ws, {"A": 4, "B": 26, "C": 40, "D": 16, "E": 11, "F": 11, "G": 11, "H": 16})


# ------------------------------------------------------------------ 2023: K and % under each quarter + Realisasi Akhir
def eval2023(wb):
    y = 2023
    S = "Evaluasi 2023"
    ws = wb.create_sheet(S)
    merge(ws, "A1:O1", "EVALUASI CAPAIAN KINERJA TRIWULAN TAHUN 2023", bold=True, center=True)
    merge(ws, "A2:O2", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA PINANG BARU", bold=True, center=True)
    for c, v in {"A": "No", "B": "Indikator Kinerja", "C": "Satuan", "D": "Target 2023", "M": "Realisasi Akhir Tahun",
                 "N": "Capaian (%)", "O": "Faktor Penghambat / Keterangan"}.items():
        merge(ws, f"{c}4:{c}5", v, bold=True, center=True, wrap=True)
    for (a, b), v in zip([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")], ["TW I", "TW II", "TW III", "TW IV"]):
        merge(ws, f"{a}4:{b}4", v, bold=True, center=True)
        put(ws, f"{a}5", "K", center=True); put(ws, f"{b}5", "%", center=True)
    r = 6
    inds = present(ag, y)
    no = 0
    for si, s in enumerate(sorted(set(d["sas"] for d in inds))):
        merge(ws, f"A{r}:O{r}", f"SASARAN {si+1} : {ag['sasaran'][s].upper()}", bold=True)
        r += 1
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"A{r}", no); put(ws, f"B{r}", name, wrap=True); put(ws, f"C{r}", d["unit"])
            kt, kr = num(T), num(R)
            tv = T
            if d["id"] == "C19":
                tv = T * 10; kt = tv
                K.doc(F2, S, f"D{r}", "target typed 10x too big: 450 instead of 45 (orang); capaian 9,78")
            pct_frac = d["id"] == "C08"
            put(ws, f"D{r}", tv / 100 if pct_frac else tv, fmt="0.0%" if pct_frac else "#,##0.##")
            if d["id"] == "C20":
                q = ["-", "-", "-", R]
            elif d["mode"] == "sum":
                q = split_int(R)
            else:
                q = level_q(R, d["pol"])
            for (kc, pc), v in zip([("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")], q):
                if pct_frac:
                    put(ws, f"{kc}{r}", v / 100, fmt="0.0%")
                else:
                    put(ws, f"{kc}{r}", v, fmt="#,##0.##")
                if isinstance(v, str):
                    put(ws, f"{pc}{r}", "-")
                else:
                    put(ws, f"{pc}{r}", f"=IFERROR({cap(d['pol'], f'D{r}', f'{kc}{r}')[1:]},\"\")", fmt="0.00")
            if d["id"] == "C14":
                put(ws, f"M{r}", R, fmt="#,##0")
                K.doc(F2, S, f"M{r}", "Realisasi Akhir typed as constant 4388 (right: TW IV, cumulative)")
            elif d["id"] == "C20":
                put(ws, f"M{r}", R, fmt="0.00")
            elif d["mode"] == "sum":
                put(ws, f"M{r}", f"=E{r}+G{r}+I{r}+K{r}", fmt="#,##0")
            else:
                put(ws, f"M{r}", f"=K{r}", fmt="0.0%" if pct_frac else "#,##0.##")
            if pct_frac:
                K.doc(F2, S, f"D{r}:M{r}", "percentages of this row stored as fractions with a % format (0,65 shows 65,0%) while the other % rows hold percent points; keyed 65 / 66,1; capaian still right because both sides are fractions")
            pol = d["pol"]
            if d["id"] == "C02":
                pol = "+"
                K.doc(F2, S, f"N{r}", "negative indicator (ASFR 15-19) capaian computed with the positive formula M/D*100 (102,2) while TFR and unmet need use (2D-M)/D*100")
            put(ws, f"N{r}", f"=IFERROR({cap(pol, f'D{r}', f'M{r}')[1:]},\"\")", fmt="0.00")
            if d["id"] == "C06":
                put(ws, f"O{r}", "PB dilaporkan per triwulan; realisasi akhir = jumlah TW I-IV", wrap=True)
            if d["id"] == "C03":
                put(ws, f"O{r}", "keterbatasan stok implan di faskes", wrap=True)
            K.key(F2, S, r, y, name, d["id"], kt, kr)
            r += 1
    box(ws, 4, r - 1, 1, 15)
    r += 1
    put(ws, f"B{r}", "Rata-rata capaian kinerja (%)"); put(ws, f"N{r}", f"=ROUND(AVERAGE(N7:N{r-2}),1)")
    widths(ws, {"A": 4, "B": 48, "C": 12, "D": 10, "M": 12, "N": 10, "O": 30})
    ws3 = wb.create_sheet("Sheet2")
    ws3.sheet_state = "hidden"
    for i, k in enumerate(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"], 1):
        put(ws3, f"A{i}", k); put(ws3, f"B{i}", [91, 76, 66, 51, 0][i - 1])
    K.doc(F2, "Sheet2", "whole sheet", "hidden lookup table of capaian categories (not a key sheet)")


# ------------------------------------------------------------------ 2024: LKjIP 4-year comparison
def lkjip2024():
    y = 2024
    S = "Tabel 3.2 IKU"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = S
    put(ws, "A1", "Tabel 3.2", bold=True)
    put(ws, "A2", "Perbandingan Realisasi dan Capaian Kinerja Tahun 2021 s.d. 2024", bold=True)
    put(ws, "A3", "Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Pinang Baru")
    for c, v in {"A": "No", "B": "Sasaran", "C": "Indikator Kinerja", "D": "Satuan", "E": "Target 2024",
                 "N": "Target Akhir RPJMD (2026)", "O": "Capaian s.d. 2024 thd Target 2026 (%)", "P": "Status"}.items():
        merge(ws, f"{c}5:{c}6", v, bold=True, center=True, wrap=True)
    merge(ws, "F5:I5", "Realisasi", bold=True, center=True)
    merge(ws, "J5:M5", "% Capaian", bold=True, center=True)
    for i, yy in enumerate([2021, 2022, 2023, 2024]):
        put(ws, f"{CL(6+i)}6", yy, center=True); put(ws, f"{CL(10+i)}6", yy, center=True)
    rpjmd = {"C01": 2.15, "C02": 14, "C03": 9, "C04": 62, "C05": 30, "C06": 10500, "C07": 57000, "C08": 70, "C09": 58,
             "C10": 50, "C11": 85, "C12": 12, "C13": 100, "C14": 5000, "C15": 70, "C17": 100, "C19": 48, "C20": 80}
    r = 7
    inds = present(ag, y)
    no = 0
    for s in sorted(set(d["sas"] for d in inds)):
        r0 = r
        for d in [d for d in inds if d["sas"] == s]:
            no += 1
            name = nm(d, ag, y); T = yv(d, ag, y, "T"); R = yv(d, ag, y, "R")
            put(ws, f"A{r}", no); put(ws, f"C{r}", name, wrap=True); put(ws, f"D{r}", d["unit"])
            kt, kr = num(T), num(R)
            for i, yy in enumerate([2021, 2022, 2023]):
                rv = yv(d, ag, yy, "R"); tv = yv(d, ag, yy, "T")
                put(ws, f"{CL(6+i)}{r}", "-" if rv is None else rv, fmt="#,##0.##")
                if rv is None or not isinstance(rv, (int, float)) or not tv:
                    put(ws, f"{CL(10+i)}{r}", "-")
                else:
                    cv = (2 * tv - rv) / tv * 100 if d["pol"] == "-" else rv / tv * 100
                    put(ws, f"{CL(10+i)}{r}", r2(cv), fmt="0.00")
            if d["id"] == "C04":
                put(ws, f"E{r}", "≥ 61")
                put(ws, f"M{r}", 98.69)
                K.doc(F3, S, f"E{r}", "target typed as a bound '≥ 61' (keyed 61); capaian 2024 typed as constant 98,69 (60,2/61)")
            else:
                put(ws, f"E{r}", T, fmt="#,##0.##")
            if d["id"] == "C20":
                put(ws, f"I{r}", "BB"); put(ws, f"M{r}", "-")
                K.doc(F3, S, f"I{r}", "realisasi 2024 typed as the SAKIP grade 'BB' instead of the score (target 77 is a score); keyed null")
            elif d["id"] == "C05":
                put(ws, f"I{r}", "28,6"); put(ws, f"M{r}", 102.14)
                K.doc(F3, S, f"I{r}", "realisasi stored as text '28,6'; capaian typed as constant 102,14")
            elif d["id"] != "C04":
                put(ws, f"I{r}", R, fmt="#,##0.##")
                f = cap(d["pol"], f"E{r}", f"I{r}")
                if d["id"] == "C03":
                    f = f"=ROUND(E{r}/I{r}*100,2)"
                    K.doc(F3, S, f"M{r}", "negative indicator (unmet need) computed with target/realisasi x 100 (95,96) while the other negative rows use (2T-R)/T x 100 (95,79): formula switched silently")
                if d["id"] == "C13":
                    f = f"=ROUND(H{r}/E{r}*100,2)"
                    K.doc(F3, S, f"M{r}", "capaian 2024 formula points at the 2023 realisasi column H instead of I")
                put(ws, f"M{r}", f, fmt="0.00")
            else:
                put(ws, f"I{r}", R, fmt="#,##0.##")
            put(ws, f"N{r}", rpjmd[d["id"]], fmt="#,##0.##")
            if d["pol"] == "-":
                put(ws, f"O{r}", f"=IFERROR(ROUND(N{r}/I{r}*100,2),\"-\")", fmt="0.00")
            else:
                put(ws, f"O{r}", f"=IFERROR(ROUND(I{r}/N{r}*100,2),\"-\")", fmt="0.00")
            put(ws, f"P{r}", f"=IF(ISNUMBER(O{r}),IF(O{r}>=100,\"Tercapai\",IF(O{r}>=90,\"Akan tercapai\",\"Perlu usaha keras\")),\"-\")")
            K.key(F3, S, r, y, name, d["id"], kt, kr)
            r += 1
        merge(ws, f"B{r0}:B{r-1}", ag["sasaran"][s], wrap=True)
    last = r - 1
    box(ws, 5, last, 1, 16)
    r += 1
    signature(ws, r, "L", "Pinang Baru, Februari 2025", "Kepala Dinas Pengendalian Penduduk dan KB",
              "dr. NURHAYATI SIREGAR, M.Kes", "Pembina Tk. I (IV/b)", "NIP. 19780214 200501 2 009")
    widths(ws, {"A": 4, "B": 26, "C": 46, "D": 12, "E": 9, "N": 11, "O": 12, "P": 16})
    ws2 = wb.create_sheet("Rekap")
    put(ws2, "A1", "Rekap capaian 2024", bold=True)
    put(ws2, "A3", "Rata-rata capaian 2024"); put(ws2, "B3", f"=ROUND(AVERAGE('{S}'!M7:M{last}),2)")
    put(ws2, "A4", "Tercapai"); put(ws2, "B4", f"=COUNTIF('{S}'!P7:P{last},\"Tercapai\")")
    put(ws2, "A5", "Perlu usaha keras"); put(ws2, "B5", f"=COUNTIF('{S}'!P7:P{last},\"Perlu usaha keras\")")
    wb.save(raw(F3))


def main():
    iku2021()
    wb = openpyxl.Workbook()
    ra2022(wb)
    eval2023(wb)
    wb.save(raw(F2))
    lkjip2024()
    K.write()


if __name__ == "__main__":
    main()
