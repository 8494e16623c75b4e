"""Agency 3: Dinas Pangan Kabupaten Padang Halimun, 2022-2025 (invented)."""
from common import *

ag = Agency("dinas_pangan_padang_halimun", "Dinas Pangan Kabupaten Padang Halimun", [2022, 2023, 2024, 2025])
ag.ambiguous = [["C24", "C24b"]]

KADIS = ("Ir. MARLINA HASIBUAN, M.P.", "Pembina Utama Muda (IV/c)", "NIP. 19700214 199603 2 002")
BAPPEDA = ("Drs. TAUFIK HIDAYAT NASUTION, M.AP", "Pembina Utama Muda (IV/c)", "NIP. 19690507 199003 1 005")

UNIT = {"C01": "skor", "C02": "skor", "C03": "indeks", "C04": "%", "C05": "desa", "C06": "%",
        "C07": "kkal/kap/hari", "C08": "gram/kap/hari", "C09": "kkal/kap/hari", "C10": "ton", "C11": "%",
        "C12": "unit", "C13": "kelompok", "C14": "kelompok", "C15": "%", "C16": "sampel", "C17": "sertifikat",
        "C18": "%", "C19": "%", "C20": "pasar", "C21": "kali", "C22": "predikat", "C23": "nilai",
        "C24": "%", "C24b": "%", "C25": "gram/kap/hari"}
FLOWS = {"C12", "C13", "C14", "C16", "C17", "C21"}
NEG = {"C04", "C05", "C06", "C18", "C19"}

VAL = {
    "C01": {2022: (85.0, 86.4), 2023: (87.0, 86.1), 2024: (88.5, 89.3), 2025: (90.0, 90.8)},
    "C02": {2022: (80.0, 82.5), 2023: (82.0, 83.7), 2024: (84.0, 83.2), 2025: (86.0, 87.4)},
    "C03": {2022: (72.5, 73.18), 2023: (74.0, 75.02), 2024: (75.5, 74.9), 2025: (77.0, 77.85)},
    "C04": {2022: (8.0, 7.5), 2023: (7.0, 7.3), 2024: (6.0, 5.4), 2025: (5.0, 4.6)},
    "C05": {2022: (12, 11), 2023: (10, 11), 2024: (8, 7), 2025: (6, 6)},
    "C06": {2022: (7.5, 7.12), 2023: (7.0, 6.85), 2024: (6.5, 6.9)},
    "C07": {2022: (2400, 2612), 2023: (2400, 2587), 2024: (2450, 2633), 2025: (2450, 2701)},
    "C08": {2022: (63, 68.4), 2023: (63, 67.9), 2024: (64, 69.2), 2025: (64, 70.1)},
    "C09": {2022: (2100, 2083), 2023: (2100, 2114), 2024: (2100, 2136), 2025: (2150, 2158)},
    "C10": {2022: (50, 52.5), 2023: (60, 60), 2024: (75, 71.25), 2025: (80, 84)},
    "C11": {2024: (100, 95), 2025: (100, 105)},
    "C12": {2022: (15, 15), 2023: (18, 17), 2024: (20, 21), 2025: (20, 20)},
    "C13": {2022: (10, 10), 2023: (12, 14), 2024: (15, 15), 2025: (15, 13)},
    "C14": {2024: (5, 6), 2025: (5, None)},
    "C15": {2022: (90, 92.3), 2023: (91, 90.5), 2024: (92, 93.8), 2025: (93, 95.1)},
    "C16": {2022: (120, 132), 2023: (150, 150), 2024: (150, 163), 2025: (180, 176)},
    "C17": {2022: (20, 24), 2023: (25, 28), 2024: (30, 31), 2025: (30, 35)},
    "C18": {2022: (5.0, 4.2), 2023: (5.0, 5.6), 2024: (4.5, 3.9), 2025: (4.5, 4.1)},
    "C19": {2023: (6.0, 5.8), 2024: (6.0, 6.3), 2025: (5.5, 5.1)},
    "C20": {2022: (6, 6), 2023: (8, 8), 2024: (8, 8), 2025: (10, 10)},
    "C21": {2023: (12, 16), 2024: (15, 22), 2025: (15, 18)},
    "C22": {2022: ("B", "B"), 2023: ("BB", "B"), 2024: ("BB", "BB"), 2025: (70, 72.4)},
    "C23": {2022: (80, 81.6), 2023: (81, 82.35), 2024: (82, 84.1), 2025: (83, 85.02)},
    "C24": {2022: (100, 100), 2023: (100, 91.67)},
    "C24b": {2024: (100, 100), 2025: (100, 87.5)},
    "C25": {2024: (57, 58.6), 2025: (58, 60.2)},
}

NAME = {
    "C01": {2022: "Skor Pola Pangan Harapan (PPH) Konsumsi", 2023: "Skor PPH konsumsi pangan",
            2024: "Skor PPH Konsumsi (skor)", 2025: "3.1 Skor Pola Pangan Harapan (PPH) konsumsi"},
    "C02": {2022: "Skor Pola Pangan Harapan (PPH) Ketersediaan", 2023: "Skor PPH ketersediaan pangan",
            2024: "Skor PPH Ketersediaan (skor)", 2025: "1.2 Skor PPH ketersediaan"},
    "C03": {2022: "Indeks Ketahanan Pangan (IKP)", 2023: "Indeks Ketahanan Pangan Kabupaten",
            2024: "IKP Kab. Padang Halimun (indeks)", 2025: "1.1 Indeks Ketahanan Pangan (IKP)"},
    "C04": {2022: "Persentase desa rentan rawan pangan", 2023: "Prosentase desa rentan rawan pangan",
            2024: "Persentase Desa Rentan Rawan Pangan (%)", 2025: "2.1 Persentase desa rentan rawan pangan"},
    "C05": {2022: "Jumlah desa rawan pangan ", 2023: "Jumlah desa rawan pangan",
            2024: "Jumlah Desa Rawan Pangan (desa)", 2025: "2.2 Jumlah desa rawan pangan"},
    "C06": {2022: "Prevalence of Undernourishment (PoU)", 2023: "Prevalensi Ketidakcukupan Konsumsi Pangan (PoU)",
            2024: "PoU (%)"},
    "C07": {2022: "Ketersediaan energi per kapita", 2023: "Ketersediaan energi perkapita",
            2024: "Ketersediaan Energi per Kapita (kkal/kap/hari)", 2025: "1.3 Ketersediaan energi per kapita per hari"},
    "C08": {2022: "Ketersediaan protein per kapita", 2023: "Ketersediaan protein perkapita",
            2024: "Ketersediaan Protein per Kapita (gram/kap/hari)", 2025: "1.4 Ketersediaan protein per kapita per hari"},
    "C09": {2022: "Konsumsi energi per kapita", 2023: "Tingkat konsumsi energi perkapita",
            2024: "Konsumsi Energi per Kapita (kkal/kap/hari)", 2025: "3.2 Konsumsi energi per kapita per hari"},
    "C10": {2022: "Jumlah cadangan pangan pemerintah daerah", 2023: "Jumlah Cadangan Pangan Pemerintah Daerah (CPPD)",
            2024: "Cadangan Pangan Pemerintah Daerah (ton)", 2025: "1.5 Jumlah cadangan pangan pemerintah kabupaten"},
    "C11": {2024: "Persentase Ketersediaan Cadangan Pangan Pemerintah Daerah (%)", 2025: "1.6 Persentase ketersediaan CPPD"},
    "C12": {2022: "Jumlah lumbung pangan masyarakat yang dibina", 2023: "Jumlah lumbung pangan masyarakat yg dibina",
            2024: "Jumlah Lumbung Pangan Masyarakat yang Dibina (unit)", 2025: "1.7 Jumlah lumbung pangan masyarakat binaan"},
    "C13": {2022: "Jumlah kelompok Pekarangan Pangan Lestari (P2L) yang difasilitasi", 2023: "Jumlah kelompok P2L yang difasilitasi",
            2024: "Jumlah Kelompok P2L yang Difasilitasi (kelompok)", 2025: "3.4 Jumlah kelompok P2L yang difasilitasi"},
    "C14": {2024: "Jumlah Kelompok P2L Baru yang Ditumbuhkan (kelompok)", 2025: "3.5 Jumlah kelompok P2L baru"},
    "C15": {2022: "Persentase pangan segar asal tumbuhan (PSAT) yang memenuhi syarat keamanan pangan",
            2023: "Persentase PSAT yang memenuhi syarat keamanan pangan",
            2024: "Persentase PSAT yang Memenuhi Syarat Keamanan Pangan (%)",
            2025: "4.1 Persentase pangan segar yg memenuhi syarat keamanan pangan"},
    "C16": {2022: "Jumlah sampel pangan segar yang diuji", 2023: "Jumlah sampel PSAT yang diuji keamanannya",
            2024: "Jumlah Sampel Pangan Segar yang Diuji (sampel)", 2025: "4.2 Jumlah sampel pangan segar yang diuji"},
    "C17": {2022: "Jumlah sertifikat/registrasi PSAT yang diterbitkan", 2023: "Jumlah sertifikasi & registrasi PSAT yang diterbitkan",
            2024: "Jumlah Sertifikat dan Registrasi PSAT yang Diterbitkan (sertifikat)",
            2025: "4.3 Jumlah sertifikat dan registrasi PSAT yg diterbitkan"},
    "C18": {2022: "Koefisien variasi harga beras di tingkat konsumen", 2023: "Koefisien Variasi (CV) harga beras tingkat konsumen",
            2024: "CV Harga Beras Tingkat Konsumen (%)", 2025: "2.3 Koefisien variasi harga beras tingkat konsumen"},
    "C19": {2023: "Koefisien Variasi (CV) harga beras tingkat produsen", 2024: "CV Harga Beras Tingkat Produsen (%)",
            2025: "2.4 Koefisien variasi harga beras tingkat produsen"},
    "C20": {2022: "Jumlah pasar yang dipantau harga pangannya", 2023: "Jumlah pasar yg dipantau harga pangan",
            2024: "Jumlah Pasar yang Dipantau Harga Pangannya (pasar)", 2025: "2.5 Jumlah pasar yang dipantau harga pangannya"},
    "C21": {2023: "Jumlah Gerakan Pangan Murah (GPM) yang dilaksanakan", 2024: "Jumlah GPM yang Dilaksanakan (kali)",
            2025: "2.6 Jumlah pelaksanaan Gerakan Pangan Murah"},
    "C22": {2022: "Nilai SAKIP Dinas Pangan", 2023: "Nilai AKIP Dinas Pangan", 2024: "Nilai SAKIP Dinas Pangan (predikat)",
            2025: "5.1 Nilai hasil evaluasi SAKIP Dinas Pangan"},
    "C23": {2022: "Indeks Kepuasan Masyarakat (IKM)", 2023: "Indeks Kepuasan Masyarakat (IKM) Dinas Pangan",
            2024: "IKM Dinas Pangan (nilai)", 2025: "5.2 Indeks kepuasan masyarakat"},
    "C24": {2022: "Persentase penanganan daerah rawan pangan", 2023: "Persentase penanganan daerah rawan pangan"},
    "C24b": {2024: "Persentase Desa Rawan Pangan yang Diintervensi (%)", 2025: "2.7 Persentase desa rawan pangan yang diintervensi"},
    "C25": {2024: "Konsumsi Protein per Kapita (gram/kap/hari)", 2025: "3.3 Konsumsi protein per kapita per hari"},
}
SAS = {"S1": "Meningkatnya ketersediaan pangan",
       "S2": "Menurunnya kerawanan pangan dan stabilnya harga pangan",
       "S3": "Meningkatnya kualitas konsumsi pangan masyarakat",
       "S4": "Meningkatnya keamanan pangan segar",
       "S5": "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan"}

ag.info = {"flows": sorted(FLOWS), "negative": sorted(NEG), "units": UNIT,
           "lookalikes": [
               ("C01", "C02", "Skor PPH konsumsi vs Skor PPH ketersediaan (two sub-types)"),
               ("C07", "C08", "Ketersediaan energi vs ketersediaan protein per kapita"),
               ("C07", "C09", "KETERSEDIAAN energi per kapita vs KONSUMSI energi per kapita"),
               ("C08", "C25", "Ketersediaan protein vs Konsumsi protein per kapita"),
               ("C09", "C25", "Konsumsi energi vs Konsumsi protein"),
               ("C04", "C05", "Persentase desa rentan rawan pangan vs Jumlah desa rawan pangan (both negative)"),
               ("C04", "C24b", "Persentase desa rentan rawan pangan vs Persentase desa rawan pangan yang diintervensi"),
               ("C10", "C11", "Jumlah cadangan pangan pemerintah daerah (ton) vs Persentase ketersediaan CPPD"),
               ("C13", "C14", "Jumlah kelompok P2L (yang difasilitasi) vs Jumlah kelompok P2L BARU"),
               ("C18", "C19", "Koefisien variasi harga beras tingkat konsumen vs tingkat produsen"),
               ("C15", "C16", "Persentase PSAT memenuhi syarat vs Jumlah sampel pangan segar diuji"),
               ("C06", "C04", "PoU (prevalensi ketidakcukupan konsumsi) vs desa rentan rawan pangan"),
           ]}


def sig3(sh, r, c, date, title, person):
    sh.put(r, c, date)
    sh.put(r + 1, c, title, bold=True)
    sh.put(r + 5, c, person[0], bold=True)
    sh.put(r + 6, c, person[1])
    sh.put(r + 7, c, person[2])


def cv(x):
    if isinstance(x, V):
        return x
    if x is None:
        return BLANK
    if x == "-":
        return DASH()
    v = N(x)
    if isinstance(x, (int, float)) and x >= 1000:
        v.fmt = "#,##0"
    return v


def numsum(vs):
    return sum(v.key for v in vs if v.kind in ("num", "formula") and v.key is not None)


D = "-"

# ==========================================================================
# 2022: Banjar-style PK, single header row, value and unit in one text cell,
#       blank Sasaran cell = same as above
# ==========================================================================
Y = 2022
b22 = Book(ag, "PK Dinas Pangan 2022", "ods", font="Times New Roman", size=11)
sh = b22.sheet("PK 2022")
shh = b22.sheet("PK 2022 (awal)", hidden=True)
ORDER22 = [("S1", ["C02", "C03", "C07", "C08", "C10", "C12"]),
           ("S2", ["C04", "C05", "C06", "C18", "C20", "C24"]),
           ("S3", ["C01", "C09", "C13", "dup:C13"]),
           ("S4", ["C15", "C16", "C17"]),
           ("S5", ["C22", "C23"])]
REP22 = {
    "C02": (U(80.0, "skor", 2), U(82.5, "skor", 2), N(103.13)),
    "C03": (TX("72,50", 72.5), TX("73,18", 73.18), N(101.9)),
    "C07": (U(2400, "kkal/kap/hari"), U(2612, "kkal/kap/hari"), N(108.83)),
    "C08": (U(63, "gram/kap/hari"), U(68.4, "gram/kap/hari"), N(108.57)),
    "C10": (U(50, "ton"), U(52.5, "ton"), N(105)),
    "C12": (U(15, "unit"), U(15, "unit"), N(100)),
    "C04": (PT(8.0, 1), PT(7.5), N(106.25)),
    "C05": (U(12, "desa"), U(11, "desa"), N(91.67)),
    "C06": (PT(7.5), PT(7.12), N(105.07)),
    "C18": (PT(5), PT(4.2), N(116)),
    "C20": (U(6, "pasar"), U(6, "pasar"), N(100)),
    "C24": (PT(100), PT(100), N(100)),
    "C01": (TX("85,00", 85.0), TX("86,40", 86.4), N(101.65)),
    "C09": (U(2100, "kkal/kap/hari"), U(2083, "kkal/kap/hari"), N(99.19)),
    "C13": (U(10, "kelompok"), U(10, "kelompok"), N(100)),
    "C15": (PT(90), PT(92.3), N(102.56)),
    "C16": (U(120, "sampel"), U(132, "sampel"), N(110)),
    "C17": (DASH(), U(24, "sertifikat"), DASH()),
    "C22": (G("B"), G("B"), N(100)),
    "C23": (TX("80-82", 80), N(81.6), N(102)),
}


def pk22(sh, draft):
    sh.widths(A=34, B=52, C=20, D=20, E=13)
    for i, t in enumerate(["PENGUKURAN KINERJA" if not draft else "PERJANJIAN KINERJA (AWAL, SEBELUM PERUBAHAN)",
                           "DINAS PANGAN", "KABUPATEN PADANG HALIMUN", "TAHUN 2022"]):
        sh.put(1 + i, 1, t, bold=True, h="center", size=12)
        sh.merge(1 + i, 1, 1 + i, 5)
    sh.put(6, 1, "Kabupaten       : Padang Halimun")
    sh.put(7, 1, "Nama SKPD     : Dinas Pangan")
    hdr = 9
    for c, t in enumerate(["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Realisasi"], 1):
        sh.put(hdr, c, t, bold=True, h="center", fill=GREY, border=True)
    r = hdr + 1
    first = r
    rows = {}
    for sk, ids in ORDER22:
        for j, item in enumerate(ids):
            dup = item.startswith("dup:")
            sid = item.split(":")[-1]
            if j == 0:
                sh.put(r, 1, SAS[sk], wrap=True, v_al="top")
            sh.put(r, 2, NAME[sid][Y], wrap=True)
            T, R, C = REP22[sid]
            if draft:
                T = {"C10": U(45, "ton"), "C16": U(100, "sampel"), "C13": U(8, "kelompok")}.get(sid, T)
                R, C = BLANK, BLANK
            sh.put(r, 3, T, h="center")
            sh.put(r, 4, R, h="center")
            sh.put(r, 5, C, h="center", fmt="0.00")
            if not draft:
                if dup:
                    ag.note(sh, r, "DUPLICATE of the C13 row directly above (identical) - not keyed.")
                else:
                    ag.key(sh, r, 2, Y, sid, [A(r, 3)], [A(r, 4)])
                    rows[sid] = r
            r += 1
    last = r - 1
    sh.box(hdr, 1, last, 5)
    return hdr, first, last, rows


hdr, first, last, rows22 = pk22(sh, False)
pk22(shh, True)
b22.describe("PK 2022 (awal)", "HIDDEN sheet: the PK before the budget revision (targets only, C10 45 ton, C16 100 sampel, C13 8 kelompok). Not keyed.")
r = last + 2
sh.put(r, 1, "Jumlah Anggaran Tahun 2021")
sh.put(r, 2, ": Rp. 4.872.350.000,-")
sh.put(r + 1, 1, "Jumlah Realisasi Anggaran Tahun 2022")
sh.put(r + 1, 2, ": Rp. 4.601.118.250,-")
ag.note(sh, r, "Budget line says 'Tahun 2021' (copied from last year's table) while the title, realisasi line and date say 2022 - year disagreement; not a key row.")
sig3(sh, r + 3, 4, "Padang Halimun, 16 Januari 2023", "KEPALA DINAS PANGAN", KADIS)
N22 = {
    "C02": "Values with units inside one text cell ('80,00 skor') on most rows -> parsed Indonesian style.",
    "C03": "% Realisasi typed 101,90 while 73,18/72,50 = 100,94 (typed capaian disagrees).",
    "C05": "Negative indicator typed % 91,67 = 11/12 (positive formula) although 11 < 12 desa is good; the name cell ends with a trailing space.",
    "C04": "Negative, typed % 106,25 = (2x8-7,5)/8 (LKjIP formula, correct).",
    "C13": "Duplicate row follows.",
    "C17": "Target '-' -> keyed null (no target set); realisasi '24 sertifikat'.",
    "C22": "Grade B / B -> null/null; % typed 100.",
    "C23": "Target typed as a range '80-82' -> keyed 80; realisasi a plain number 81,6.",
    "C07": "'2.400 kkal/kap/hari': dot is the thousands separator -> 2400.",
}
for sid, txt in N22.items():
    ag.note(sh, rows22[sid], txt)
ag.note(sh, first + 1, "Sasaran cells are NOT merged: only the first row of each sasaran carries the text, the blank cells below mean 'same as above'.")
b22.describe("PK 2022", "Banjar-style annual PK. Title rows 1-4, 'Kabupaten' / 'Nama SKPD' lines 6-7, ONE header row %d. Columns: A Sasaran Strategis (written on the first row of each sasaran only, not merged) | B Indikator Kinerja | C Target | D Realisasi | E %% Realisasi (typed numbers, no formulas). Targets/realisasi mostly text with the unit inside ('2.400 kkal/kap/hari', '7,5 %%'). Data rows %d-%d. Budget lines, date and signature below." % (hdr, first, last))

# ==========================================================================
# 2023: quarterly Rencana Aksi WITH annual realisasi and Sifat column,
#       header repeated in the middle of the table -- UNUSUAL LAYOUT U3
# ==========================================================================
Y = 2023
b23 = Book(ag, "RENAKSI PK 2023 DISPANGAN", "xlsx", font="Calibri", size=10)
sh = b23.sheet("TW IV 2023")
sh3 = b23.sheet("TW III 2023", hidden=True)
shp = b23.sheet("Petunjuk")
ORDER23 = [("S1", ["C02", "C03", "C07", "C08", "C10", "C12"]),
           ("S2", ["C04", "C05", "C06", "C18", "C19", "C20", "C21", "C24"]),
           ("S3", ["C01", "C09", "C13"]),
           ("S4", ["C15", "C16", "C17"]),
           ("S5", ["C22", "C23"])]
Q23 = {
    "C02": ([D, D, D, 82], [D, D, D, 83.7]),
    "C03": ([D, D, D, 74], [D, D, D, 75.02]),
    "C07": ([2400] * 4, [2540, 2561, 2575, 2587]),
    "C08": ([63] * 4, [66.2, 66.9, 67.5, 67.9]),
    "C10": ([20, 35, 50, 60], [22, 35, 48, 60]),
    "C12": ([4, 5, 5, 4], [3, 5, 5, 4]),
    "C04": ([D, D, D, 7], [D, D, D, 7.3]),
    "C05": ([D, D, D, 10], [D, D, D, 11]),
    "C06": ([D, D, D, 7], [D, D, D, 6.85]),
    "C18": ([5] * 4, [4.8, 5.1, 6.2, 5.6]),
    "C19": ([6] * 4, [5.5, 5.9, 6.1, 5.8]),
    "C20": ([8] * 4, [8] * 4),
    "C21": ([3] * 4, [4, 3, 5, 4]),
    "C24": ([25, 50, 75, 100], [25, 50, 75, 91.67]),
    "C01": ([D, D, D, 87], [D, D, D, 86.1]),
    "C09": ([P(25, "0%"), P(50, "0%"), P(75, "0%"), P(100, "0%")], [D, D, D, 2114]),
    "C13": ([3] * 4, [2, 4, 4, 4]),
    "C15": ([91] * 4, [89.2, 90.1, 90.8, 90.5]),
    "C16": ([30, 40, 40, 40], [28, 42, 41, 39]),
    "C17": ([5, 7, 7, 6], [6, 8, 7, 7]),
    "C22": ([D, D, D, G("BB")], [D, D, D, G("B")]),
    "C23": ([D, 81, D, 81], [D, 81.9, D, 82.35]),
}
PJ23 = {"S1": "Bidang Ketersediaan dan Kerawanan Pangan", "S2": "Bidang Distribusi dan Cadangan Pangan",
        "S3": "Bidang Konsumsi dan Keamanan Pangan", "S4": "Bidang Konsumsi dan Keamanan Pangan", "S5": "Sekretariat"}
sh.widths(A=5, B=24, C=40, D=12, E=8, F=10, **{get_column_letter(c): 8 for c in range(7, 19)}, S=11, T=10, U=22)
for i, t in enumerate(["RENCANA AKSI DAN CAPAIAN PERJANJIAN KINERJA TAHUN 2023",
                       "DINAS PANGAN KABUPATEN PADANG HALIMUN", "Posisi : Triwulan IV"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=11)
    sh.merge(1 + i, 1, 1 + i, 21)


def header23(sh, hdr):
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"), (5, "Sifat"),
                 (6, "Target 2023"), (19, "Realisasi 2023"), (20, "Capaian 2023 (%)"), (21, "Penanggung Jawab")]:
        sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=BLUE, border=True)
        sh.merge(hdr, c, hdr + 1, c)
    for k, tw in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 7 + 3 * k
        sh.put(hdr, c, tw, bold=True, h="center", fill=BLUE, border=True)
        sh.merge(hdr, c, hdr, c + 2)
        for j, t in enumerate(["T", "R", "%"]):
            sh.put(hdr + 1, c + j, t, bold=True, h="center", fill=BLUE, border=True)
    for c in range(1, 22):
        sh.put(hdr + 2, c, c, h="center", italic=True, size=8, border=True)


hdr = 5
header23(sh, hdr)
r = hdr + 3
first = r
rows23 = {}
count = 0
no = 0
page2 = None
SIFAT = {sid: ("Negatif" if sid in NEG else "Positif") for sid in VAL}
SIFAT["C17"] = ""
for sk, ids in ORDER23:
    r0 = r
    cont = False
    for sid in ids:
        if count == 12:
            # close the sasaran merge on page 1, repeat the header
            sh.put(r0, 2, SAS[sk] if not cont else SAS[sk] + " (lanjutan)", wrap=True, v_al="top")
            sh.merge(r0, 2, r - 1, 2)
            r += 1
            sh.put(r, 1, "Hal. 2", italic=True)
            page2 = r + 1
            header23(sh, page2)
            r = page2 + 3
            r0 = r
            cont = True
        count += 1
        no += 1
        t, rv = VAL[sid][Y]
        sh.put(r, 1, no, h="center")
        sh.put(r, 3, NAME[sid][Y], wrap=True)
        sh.put(r, 4, UNIT[sid], h="center")
        sh.put(r, 5, SIFAT[sid], h="center")
        T = {"C19": N(60), "C15": N(0.91), "C22": G("BB")}.get(sid, cv(t))
        sh.put(r, 6, T, h="center")
        qt, qr = Q23[sid]
        for k in range(4):
            c = 7 + 3 * k
            tv, rvv = cv(qt[k]), cv(qr[k])
            sh.put(r, c, tv, h="center")
            sh.put(r, c + 1, rvv, h="center")
            if tv.kind in ("num",) and rvv.kind == "num" and tv.fmt != "0%":
                sh.put(r, c + 2, F("={1}{0}/{2}{0}*100".format(r, get_column_letter(c + 1), get_column_letter(c)), fmt="0.00"), h="center")
            else:
                sh.put(r, c + 2, DASH(), h="center")
        qk = [sh.book.placed[(sh.name, A(r, 8 + 3 * k))] for k in range(4)]
        if sid == "C13":
            S = U(14, "kelompok")
        elif sid == "C10":
            S = N(60)
        elif sid == "C22":
            S = G("B")
        elif sid in FLOWS:
            S = F("=SUM(H{0},K{0},N{0},Q{0})".format(r), key=numsum(qk))
        else:
            S = F("=Q{0}".format(r), key=qk[3].key, fmt=qk[3].fmt)
        if S.kind == "formula" and S.key is not None and S.key >= 1000:
            S.fmt = "#,##0"
        sh.put(r, 19, S, h="center")
        if sid == "C19":
            cap = F("=S{0}/F{0}*100".format(r), fmt="0.00")
        elif sid == "C21":
            cap = F('=IF(E{0}="Positif",S{0}/F{0}*100,(2*F{0}-S{0})/F{0}*100)'.format(r + 1), fmt="0.00")
        elif sid == "C22":
            cap = DASH()
        else:
            cap = F('=IF(E{0}="Positif",S{0}/F{0}*100,(2*F{0}-S{0})/F{0}*100)'.format(r), fmt="0.00")
        sh.put(r, 20, cap, h="center")
        sh.put(r, 21, PJ23[sk], wrap=True)
        ag.key(sh, r, 3, Y, sid, [A(r, 6)], [A(r, 19)])
        rows23[sid] = r
        r += 1
    sh.put(r0, 2, SAS[sk] + (" (lanjutan)" if cont else ""), wrap=True, v_al="top")
    sh.merge(r0, 2, r - 1, 2)
last = r - 1
sh.box(first, 1, page2 - 3, 21)
sh.box(page2 + 3, 1, last, 21)
N23 = {
    "C19": "Negative (Sifat 'Negatif') but the capaian cell is an overwritten positive =S/F*100; and the target is typed 10x: 60 instead of 6 (quarter targets 6) -> keyed as typed 60.",
    "C17": "Sifat cell left BLANK: the capaian formula IF(E=\"Positif\", S/F*100, (2F-S)/F*100) takes the negative branch -> 88,00 instead of 112.",
    "C13": "Realisasi 2023 column typed as text '14 kelompok' (quarters 2+4+4+4) -> keyed 14.",
    "C15": "Target typed as a fraction 0,91 in a General cell (quarter targets 91) -> keyed as typed 0.91; capaian 9945.",
    "C10": "Realisasi 2023 hard-coded 60 (a number, not =Q) - equals TW IV, no error in value.",
    "C21": "Capaian formula points at the NEXT row (C24's cells).",
    "C22": "Grade: target BB, TW IV B, realisasi 'B' -> null/null; capaian '-'.",
    "C09": "Quarter targets written as a schedule in percent of the year's work (25%, 50%, 75%, 100%, percent-formatted) against an annual target of 2.100 kkal; only TW IV realisasi.",
    "C04": "Negative: capaian by the IF formula = (2x7-7,3)/7 = 95,71.",
    "C18": "Negative level: realisasi = TW IV 5,6 (TW III 6,2 was higher).",
}
for sid, txt in N23.items():
    ag.note(sh, rows23[sid], txt)
ag.note(sh, page2, "REPEATED HEADER (rows %d-%d) in the middle of the table: a page-2 copy of the three header rows, preceded by a 'Hal. 2' line; sasaran 2 continues below it with '(lanjutan)'." % (page2, page2 + 2))
r = last + 2
sig3(sh, r, 16, "Padang Halimun, 15 Januari 2024", "Kepala Dinas Pangan", KADIS)
b23.describe("TW IV 2023", "Quarterly Rencana Aksi with an annual realisasi column and a Sifat (polarity) column. Title rows 1-3. Header rows %d-%d ('Triwulan I..IV' merged over T | R | %%; numbered row %d 1..21). Columns: A No | B Sasaran Strategis (merged) | C Indikator Kinerja | D Satuan | E Sifat | F Target 2023 | G-I TW I T/R/%% | J-L TW II | M-O TW III | P-R TW IV | S Realisasi 2023 (=SUM for flows, =Q for levels) | T Capaian 2023 | U Penanggung Jawab. Data rows %d-%d and %d-%d: the header is REPEATED at rows %d-%d (page 2). Key: target F, realisasi S." % (hdr, hdr + 2, hdr + 2, first, page2 - 3, page2 + 3, last, page2, page2 + 2))
# hidden TW III sheet (earlier report of the same year)
sh3.put(1, 1, "RENCANA AKSI PK 2023 - POSISI TRIWULAN III", bold=True)
for c, t in enumerate(["No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi s.d. TW III"], 1):
    sh3.put(3, c, t, bold=True)
rr = 4
for sk, ids in ORDER23:
    for sid in ids:
        sh3.put(rr, 1, rr - 3)
        sh3.put(rr, 2, NAME[sid][Y])
        sh3.put(rr, 3, UNIT[sid])
        t, _ = VAL[sid][Y]
        sh3.put(rr, 4, t)
        q = Q23[sid][1][2]
        sh3.put(rr, 5, q.value if isinstance(q, V) else q)
        rr += 1
b23.describe("TW III 2023", "HIDDEN sheet: the earlier Triwulan III position of the same year (targets and TW III realisasi). Not keyed.")
for i, t in enumerate(["PETUNJUK PENGISIAN", "1. Kolom T, R, % diisi setiap triwulan paling lambat tanggal 10 bulan berikutnya.",
                       "2. Sifat indikator: Positif (semakin tinggi semakin baik) / Negatif (semakin rendah semakin baik).",
                       "3. Realisasi 2023 untuk indikator kumulatif diisi jumlah TW I s.d. TW IV, selain itu diisi nilai TW IV.",
                       "4. Kolom Capaian dihitung otomatis, jangan diketik manual."]):
    shp.put(1 + i, 1, t, bold=(i == 0))
shp.widths(A=110)
b23.describe("Petunjuk", "Instructions sheet (5 lines). Not keyed.")

# ==========================================================================
# 2024: E.81, 17 numbered columns with a numbered Kode column, units in names
# 2025: stacked sub-tables, one per sasaran, each with its own header -- UNUSUAL LAYOUT U4
# ==========================================================================
b45 = Book(ag, "Evaluasi Renja dan PK 2024-2025", "xls", font="Arial", size=9)
sh = b45.sheet("E81 2024")
sh25 = b45.sheet("PK 2025")
shd = b45.sheet("PK 2025 draft", hidden=True)
shk = b45.sheet("Keterangan")
Y = 2024
sh.widths(A=5, B=18, C=14, D=34, E=40, **{get_column_letter(c): 11 for c in range(6, 28)}, AB=16)
for i, t in enumerate(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "DINAS PANGAN KABUPATEN PADANG HALIMUN",
                       "PERIODE PELAKSANAAN : TAHUN 2024 (TRIWULAN IV)",
                       "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD : Meningkatnya ketahanan pangan daerah"]):
    sh.put(1 + i, 1, t, bold=(i < 3), h="center" if i < 3 else "left", size=11 if i < 3 else 9)
    sh.merge(1 + i, 1, 1 + i, 28)
hdr = 6
for c, t in [(1, "No"), (2, "Sasaran"), (3, "Kode"), (4, "Program / Kegiatan / Sub Kegiatan"),
             (5, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (28, "Unit PD Penanggung Jawab")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c)
for c, t in [(6, "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"),
             (8, "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)"),
             (10, "Target Kinerja dan Anggaran Renja PD Tahun 2024"),
             (20, "Realisasi Kinerja dan Anggaran Renja PD Tahun 2024"),
             (22, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD Tahun 2024 (%)"),
             (24, "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"),
             (26, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)")]:
    sh.put(hdr, c, t, bold=True, h="center", wrap=True, fill=GREY)
    sh.merge(hdr, c, hdr + 1, c + 1)
sh.put(hdr, 12, "Realisasi Kinerja dan Anggaran pada Triwulan", bold=True, h="center", fill=GREY)
sh.merge(hdr, 12, hdr, 19)
for k, tw in enumerate(["I", "II", "III", "IV"]):
    sh.put(hdr + 1, 12 + 2 * k, tw, bold=True, h="center", fill=GREY)
    sh.merge(hdr + 1, 12 + 2 * k, hdr + 1, 13 + 2 * k)
sh.ws.row_dimensions[hdr].height = 64
nums = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 8: "7", 10: "8", 12: "9", 14: "10", 16: "11", 18: "12",
        20: "13 = 9+10+11+12", 22: "14 = 13/8 x 100", 24: "15 = 7 + 13", 26: "16 = 15/6 x 100", 28: "17"}
for c, t in nums.items():
    sh.put(hdr + 2, c, t, h="center", italic=True, size=8, bold=True)
    if 6 <= c <= 26:
        sh.merge(hdr + 2, c, hdr + 2, c + 1)
for c in range(6, 28):
    sh.put(hdr + 3, c, "K" if c % 2 == 0 else "Rp", h="center", bold=True)
r = hdr + 4
first = r
RENSTRA24 = {"C03": 78, "C01": 92, "C04": 4, "C02": 88, "C07": 2500, "C08": 65, "C10": 90, "C11": P(100), "C21": 75,
             "C12": 100, "C09": 2150, "C25": 60, "C13": 75, "C14": 20, "C05": 5, "C06": 6, "C24b": P(100), "C18": 4,
             "C19": 5, "C20": 10, "C15": 95, "C16": 800, "C17": 150, "C22": G("A"), "C23": 85}
SD2023 = {"C12": 50, "C13": 36, "C16": 402, "C17": 72, "C21": 28, "C14": 0}
Q24 = {
    "C03": [D, D, D, 74.9], "C01": [D, D, D, 89.3], "C04": [D, D, D, 5.4],
    "C02": [D, D, D, 83.2], "C07": [2580, 2601, 2622, 2633], "C08": [68.1, 68.5, 68.9, 69.2],
    "C10": [25, 40, 55, 71.25], "C11": [P(33.33), P(53.33), P(73.33), P(95)], "C21": [5, 6, 5, 6],
    "C12": [4, U(6, "unit"), 6, 5], "C09": [D, D, D, 2136], "C25": [D, D, D, 58.6],
    "C13": [3, 4, 4, 4], "C14": [D, 2, 2, 2], "C05": [D, D, D, 7], "C06": [D, D, D, 6.9],
    "C24b": [P(25), P(50), P(75), P(100)], "C18": [4.2, 4.0, 3.7, 3.9], "C19": [6.1, 6.4, 6.6, 6.3],
    "C20": [8, 8, 8, 8], "C15": [91.5, 92.7, 93.1, 93.8], "C16": [35, 44, 42, 42], "C17": [6, 9, 8, 8],
    "C22": [D, D, D, G("BB")], "C23": [D, 83.2, D, 84.1],
}
BLOCKS24 = [
    ("sas", "", "", "Indikator Kinerja Utama (IKU)", ["C03", "C01", "C04"], None),
    ("prog", "1", "2.09.02", "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT", ["C02", "C07", "C08"],
     ["2.09.02.2.01", "2.09.02.2.02", "2.09.02.2.03", "2.09.02.2.02"]),
    ("keg", "1.1", "2.09.02.2.01", "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota",
     ["C10", "C11", "C21"], (1850000000, 1210500000, [120400000, 385250000, 301800000, 379615000])),
    ("keg", "1.2", "2.09.02.2.02", "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota", ["C12"],
     (650000000, 142000000, [10200000, 45600000, 38900000, 44150000])),
    ("keg", "1.3", "2.09.02.2.03", "Penentuan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai Angka Kecukupan Gizi",
     ["C09", "C25", "C13", "C14"], (980000000, 276300000, [30500000, 82400000, 71200000, 86750000])),
    ("prog", "2", "2.09.03", "PROGRAM PENANGANAN KERAWANAN PANGAN", ["C05", "C06"], ["2.09.03.2.01", "2.09.03.2.02"]),
    ("keg", "2.1", "2.09.03.2.01", "Penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten/Kota", ["C24b"],
     (420000000, 96750000, [0, 41250000, 30000000, 24100000])),
    ("keg", "2.2", "2.09.03.2.02", "Pelaksanaan Stabilisasi Pasokan dan Harga Pangan", ["C18", "C19", "C20"],
     (520000000, 118400000, [22100000, 31800000, 29400000, 33900000])),
    ("prog", "3", "2.09.04", "PROGRAM PENGAWASAN KEAMANAN PANGAN", ["C15"], ["2.09.04.2.01"]),
    ("keg", "3.1", "2.09.04.2.01", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota", ["C16", "C17"],
     (610000000, 131600000, [25300000, 36100000, 34250000, 33800000])),
    ("prog", "4", "2.09.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["C22", "C23"],
     (14200000000, 3052800000, [612400000, 781250000, 745900000, 889300000])),
]
rows24 = {}
keg_rows = {}
progs = []
for kind, num, kode, label, ids, budget in BLOCKS24:
    r0 = r
    for sid in ids:
        t, rv = VAL[sid][Y]
        sh.put(r, 5, NAME[sid][Y], wrap=True)
        rs = RENSTRA24[sid]
        sh.put(r, 6, rs if isinstance(rs, V) else cv(rs), h="center")
        if sid in FLOWS:
            sh.put(r, 8, cv(SD2023[sid]), h="center")
        elif sid in ("C11", "C24b", "C25"):
            sh.put(r, 8, DASH(), h="center")
        elif sid == "C22":
            sh.put(r, 8, G("B"), h="center")
        else:
            sh.put(r, 8, cv(VAL[sid][2023][1]), h="center")
        T = {"C14": U(5, "kelompok"), "C11": P(100), "C24b": P(100), "C22": G("BB")}.get(sid, cv(t))
        sh.put(r, 10, T, h="center")
        for k in range(4):
            sh.put(r, 12 + 2 * k, cv(Q24[sid][k]), h="center")
        qk = [sh.book.placed[(sh.name, A(r, 12 + 2 * k))] for k in range(4)]
        if sid == "C20":
            av = N(0)
        elif sid == "C22":
            av = G("BB")
        elif sid in FLOWS:
            av = F("=SUM(L{0},N{0},P{0},R{0})".format(r), key=numsum(qk))
        else:
            av = F("=R{0}".format(r), key=qk[3].key, fmt=qk[3].fmt)
        if av.kind == "formula" and av.key is not None and av.key >= 1000:
            av.fmt = "#,##0"
        sh.put(r, 20, av, h="center")
        # 14 = 13/8 x 100
        if sid == "C22":
            sh.put(r, 22, N(100), h="center")
        elif sid in NEG and sid != "C05":
            sh.put(r, 22, F("=(2*J{0}-T{0})/J{0}*100".format(r), fmt="0.00"), h="center")
        else:
            sh.put(r, 22, F("=T{0}/J{0}*100".format(r), fmt="0.00"), h="center")
        # 15 = 7 + 13 ; 16 = 15/6 x 100
        if sid == "C22":
            sh.put(r, 24, G("BB"), h="center")
            sh.put(r, 26, DASH(), h="center")
        else:
            sh.put(r, 24, F("=H{0}+T{0}".format(r)) if sid in FLOWS else F("=T{0}".format(r), fmt=qk[3].fmt if qk[3].fmt and "%" in qk[3].fmt else None), h="center")
            sh.put(r, 26, F("=X{0}/F{0}*100".format(r + 1 if sid == "C03" else r), fmt="0.00"), h="center")
        sh.put(r, 28, {"sas": "Dinas Pangan", "prog": "Dinas Pangan"}.get(kind, "Bidang teknis"), h="center")
        rows24[sid] = r
        r += 1
    sh.put(r0, 1, num, h="center", v_al="top")
    sh.merge(r0, 1, r - 1, 1)
    sh.put(r0, 3, kode, h="center", v_al="top")
    sh.merge(r0, 3, r - 1, 3)
    sh.put(r0, 4, label, wrap=True, v_al="top", bold=(kind == "prog"))
    sh.merge(r0, 4, r - 1, 4)
    if kind == "keg" or (kind == "prog" and isinstance(budget, tuple)):
        renstraRp, pagu, qrp = budget
        keg_rows[kode] = r0
        sh.put(r0, 7, N(renstraRp), fmt="#,##0")
        sh.put(r0, 9, N(int(renstraRp * 0.52)), fmt="#,##0")
        sh.put(r0, 11, N(pagu), fmt="#,##0")
        for k in range(4):
            sh.put(r0, 13 + 2 * k, N(qrp[k]), fmt="#,##0")
        sh.put(r0, 21, F("=M{0}+O{0}+Q{0}+S{0}".format(r0)), fmt="#,##0")
        sh.put(r0, 23, F("=U{0}/K{0}*100".format(r0)), fmt="0.00")
        sh.put(r0, 25, F("=I{0}+U{0}".format(r0)), fmt="#,##0")
        sh.put(r0, 27, F("=Y{0}/G{0}*100".format(r0)), fmt="0.00")
        for cc in (7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27):
            sh.merge(r0, cc, r - 1, cc)
    elif kind == "prog":
        progs.append((r0, r - 1, budget))
    else:
        sas_r0 = r0
last = r - 1
for r0, r1, kegs in progs:
    for cc in (7, 9, 11, 13, 15, 17, 19, 21, 25):
        cl = get_column_letter(cc)
        sh.put(r0, cc, F("=" + "+".join("%s%d" % (cl, keg_rows[k]) for k in kegs)), fmt="#,##0")
        sh.merge(r0, cc, r1, cc)
    sh.put(r0, 23, F("=U{0}/K{0}*100".format(r0)), fmt="0.00")
    sh.put(r0, 27, F("=Y{0}/G{0}*100".format(r0)), fmt="0.00")
    sh.merge(r0, 23, r1, 23)
    sh.merge(r0, 27, r1, 27)
sh.put(first, 2, "Meningkatnya ketahanan pangan daerah", wrap=True, v_al="top")
sh.merge(first, 2, last, 2)
sh.box(hdr, 1, last, 28)
for sid, rr in rows24.items():
    ag.key(sh, rr, 5, Y, sid, [A(rr, 10)], [A(rr, 20)])
r = last + 1
sh.put(r, 5, "Rata-rata capaian kinerja (%)", bold=True)
sh.put(r, 22, F("=AVERAGE(V{0}:V{1})".format(first, last)), fmt="0.0")
sh.put(r, 23, F("=AVERAGE(W{0}:W{1})".format(first, last)), fmt="0.0")
sh.put(r + 1, 5, "Predikat kinerja", bold=True)
sh.put(r + 1, 22, "Sangat Tinggi")
ag.note(sh, r, "Rata-rata capaian / Predikat rows (not key rows).")
for i, (a, b) in enumerate([("Faktor pendorong keberhasilan pencapaian:", "Dukungan DAK Ketahanan Pangan dan kerja sama dengan Perum BULOG."),
                            ("Faktor penghambat pencapaian kinerja:", "Anomali iklim (El Nino) menaikkan harga beras di tingkat produsen."),
                            ("Tindak lanjut dalam triwulan berikutnya:", "-"),
                            ("Tindak lanjut dalam Renja PD berikutnya:", "Penambahan stok CPPD menjadi 80 ton.")]):
    sh.put(r + 3 + i, 2, a)
    sh.put(r + 3 + i, 6, b)
r += 9
sh.put(r, 4, "Disusun", bold=True)
sig3(sh, r + 1, 4, "Padang Halimun, 13 Januari 2025", "KEPALA DINAS PANGAN", KADIS)
sh.put(r, 20, "Dievaluasi", bold=True)
sig3(sh, r + 1, 20, "Padang Halimun, 24 Januari 2025", "KEPALA BAPPEDA", BAPPEDA)
N24 = {
    "C05": "Negative (desa rawan pangan): column 14 is the positive =T/J*100 (87,50) while C04, C06, C18, C19 use (2J-T)/J*100.",
    "C12": "TW II K typed as text '6 unit'; column 13 =SUM(L,N,P,R) silently drops it -> the file's annual realisasi is 15 (quarters read 4+6+6+5 = 21). Keyed as the file says: 15.",
    "C20": "Column 13 typed over with 0 while every quarter holds 8 (level) -> keyed as typed 0.",
    "C14": "Target typed as text '5 kelompok' -> 5.",
    "C22": "Grade: target BB, TW IV BB, column 13 'BB' -> null/null.",
    "C03": "Column 16 formula points at the next row (=X%d/F%d*100)." % (rows24["C03"] + 1, rows24["C03"] + 1),
    "C11": "Target, quarter and column-13 cells percent-formatted -> keyed 100 / 95.",
    "C24b": "Percent-formatted cells (1 = 100%). Redefined successor of C24 (ambiguous pair C24/C24b).",
    "C02": "Programme outcome indicator row (programme 2.09.02); the programme's Rp cells are =sum of its kegiatan, counting kegiatan 2.09.02.2.02 TWICE.",
    "C10": "Level: column 13 = TW IV 71,25 (=R).",
}
for sid, txt in N24.items():
    ag.note(sh, rows24[sid], txt)
b45.describe("E81 2024", "Permendagri 86 form E.81, 17 numbered columns with a numbered Kode column (1 No, 2 Sasaran, 3 Kode, 4 Program/Kegiatan, 5 Indikator, 6 Target Renstra 2026, 7 Realisasi s.d. 2023, 8 Target 2024, 9-12 TW I-IV, 13 = 9+10+11+12, 14 = 13/8 x 100, 15 = 7 + 13, 16 = 15/6 x 100, 17 Unit), each K/Rp pair; no Satuan column - units are inside the indicator names. Title rows 1-4. Header rows %d-%d, column-number row %d, K/Rp row %d. Columns: A No | B Sasaran (merged) | C Kode | D Program/Kegiatan | E Indikator | F/G 6 | H/I 7 | J/K 8 | L/M..R/S 9-12 | T/U 13 | V/W 14 | X/Y 15 | Z/AA 16 | AB 17. Blocks: IKU rows, 4 programmes (outcome indicator rows; programme 4 has no kegiatan) and 6 kegiatan. Data rows %d-%d. Key: target J, realisasi T. Below: rata-rata, predikat, faktor, tindak lanjut, Disusun/Dievaluasi signatures." % (hdr, hdr + 1, hdr + 2, hdr + 3, first, last))

# ---- 2025 stacked sub-tables
Y = 2025
sh = sh25
ORDER25 = [("S1", ["C03", "C02", "C07", "C08", "C10", "C11", "C12"]),
           ("S2", ["C04", "C05", "C18", "C19", "C20", "C21", "C24b"]),
           ("S3", ["C01", "C09", "C25", "C13", "C14"]),
           ("S4", ["C15", "C16", "C17"]),
           ("S5", ["C22", "C23", "dup:C23"])]
OV25 = {("C02", "T"): TX("86-88", 86), ("C07", "R"): U(2701, "kkal"), ("C14", "R"): DASH(),
        ("C04", "T"): P(5, "0.0%"), ("C04", "R"): P(4.6, "0.0%"), ("C22", "R"): TX("72,4", 72.4)}
sh.widths(A=5, B=50, C=14, D=9, E=11, F=11, G=11, H=30)
for i, t in enumerate(["PENGUKURAN KINERJA TAHUN 2025", "DINAS PANGAN KABUPATEN PADANG HALIMUN"]):
    sh.put(1 + i, 1, t, bold=True, h="center", size=12)
    sh.merge(1 + i, 1, 1 + i, 8)
r = 4
rows25 = {}
subs = []
for k, (sk, ids) in enumerate(ORDER25, 1):
    sh.put(r, 1, "SASARAN STRATEGIS %d : %s" % (k, SAS[sk]), bold=True, fill=YELLOW)
    sh.merge(r, 1, r, 8)
    h0 = r + 1
    for c, t in enumerate(["No", "Indikator Kinerja", "Satuan", "Sifat", "Target", "Realisasi", "Capaian (%)", "Keterangan"], 1):
        sh.put(h0, c, t, bold=True, h="center", fill=GREY)
    r = h0 + 1
    r1 = r
    for j, item in enumerate(ids, 1):
        dup = item.startswith("dup:")
        sid = item.split(":")[-1]
        t, rv = VAL[sid][Y]
        sh.put(r, 1, j, h="center")
        sh.put(r, 2, NAME[sid][Y], wrap=True)
        sh.put(r, 3, UNIT[sid], h="center")
        sh.put(r, 4, "Negatif" if sid in NEG else "Positif", h="center")
        T = OV25.get((sid, "T"), cv(t))
        R = OV25.get((sid, "R"), cv(rv))
        sh.put(r, 5, T, h="center")
        sh.put(r, 6, R, h="center")
        if sid == "C13":
            cap = N(100)
        elif sid == "C14":
            cap = DASH()
        elif sid in NEG and sid != "C19":
            cap = F("=(2*E{0}-F{0})/E{0}*100".format(r), fmt="0.00")
        else:
            cap = F("=F{0}/E{0}*100".format(r), fmt="0.00")
        sh.put(r, 7, cap, h="center")
        if dup:
            ag.note(sh, r, "DUPLICATE of the C23 row directly above (same name/figures, numbered 3) - not keyed.")
        else:
            ag.key(sh, r, 2, Y, sid, [A(r, 5)], [A(r, 6)])
            rows25[sid] = r
        r += 1
    sh.put(r, 2, "Rata-rata capaian sasaran %d" % k, bold=True, italic=True)
    sh.put(r, 7, F("=AVERAGE(G{0}:G{1})".format(r1, r - 1)), fmt="0.00")
    sh.box(h0, 1, r, 8)
    subs.append((k, r - 1 - h0 + 1, h0, r1, r - 1, r))
    r += 2
ag.note(sh, subs[0][5], "Each sub-table ends with a 'Rata-rata capaian sasaran n' row (not a key row).")
sig3(sh, r, 6, "Padang Halimun, 14 Januari 2026", "KEPALA DINAS PANGAN", KADIS)
N25 = {
    "C19": "Negative (Sifat 'Negatif') but capaian formula is the positive =F/E*100 (92,73); C18 above uses (2E-F)/E*100.",
    "C02": "Target typed as a range '86-88' -> keyed 86.",
    "C07": "Realisasi typed as text '2.701 kkal' -> 2701.",
    "C14": "Realisasi '-' -> null (data not yet available); capaian '-'.",
    "C04": "Target and realisasi percent-formatted ('0.0%': 0,05 / 0,046) -> keyed 5 / 4.6.",
    "C22": "Numeric this year (target 70, realisasi typed as text '72,4' -> 72.4); grades in 2022-2024.",
    "C13": "Capaian typed 100 while 13/15 = 86,67 (typed capaian disagrees).",
    "C11": "Realisasi 105 against 100 (over-achievement, no error).",
    "C23": "Followed by a duplicate row.",
    "C03": "Names carry numbering prefixes '1.1', '1.2', ... this year while the No column restarts at 1 in every sub-table.",
}
for sid, txt in N25.items():
    ag.note(sh, rows25[sid], txt)
b45.describe("PK 2025", "UNUSUAL LAYOUT U4 - five stacked sub-tables, one per sasaran, each with a yellow heading row 'SASARAN STRATEGIS n : ...', its OWN header row (No | Indikator Kinerja | Satuan | Sifat | Target | Realisasi | Capaian (%%) | Keterangan) and a closing 'Rata-rata capaian sasaran n' row; the No column restarts at 1 in each sub-table and the names carry '1.1', '2.3', ... prefixes. Title rows 1-2. Sub-table header rows: %s. Data rows: %s. Signature below." % (", ".join(str(s[2]) for s in subs), "; ".join("%d-%d" % (s[3], s[4]) for s in subs)))
# hidden draft and notes
shd.put(1, 1, "DRAFT PK 2025 (sebelum APBD Perubahan) - JANGAN DIPAKAI", bold=True)
rr = 3
for sk, ids in ORDER25:
    for item in ids:
        if item.startswith("dup:"):
            continue
        t, _ = VAL[item][2025]
        shd.put(rr, 1, NAME[item][2025])
        shd.put(rr, 2, t if not isinstance(t, str) else t)
        rr += 1
b45.describe("PK 2025 draft", "HIDDEN draft sheet (names and targets only). Not keyed.")
for i, t in enumerate(["KETERANGAN", "1. Sheet E81 2024 adalah evaluasi Renja Triwulan IV tahun 2024 (Permendagri 86/2017).",
                       "2. Sheet PK 2025 adalah pengukuran kinerja tahun 2025 per sasaran strategis.",
                       "3. Indikator PoU tidak lagi digunakan mulai 2025 (Renstra perubahan).",
                       "4. Nilai SAKIP 2025 menggunakan nilai angka hasil evaluasi Inspektorat (bukan predikat)."]):
    shk.put(1 + i, 1, t, bold=(i == 0))
shk.widths(A=100)
b45.describe("Keterangan", "Notes sheet (5 lines). Not keyed.")

ag.dump()
print(ag.slug, len(ag.rows), "key rows")
