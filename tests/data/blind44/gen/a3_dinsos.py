"""Agency 3: Dinas Sosial Provinsi Teluk Sarana (invented), 2017-2020."""
from common import (FMT_CAP, FMT_DEC2, FMT_INT, FMT_PCT, FMT_PCT0, FMT_PCT1, FMT_RP, GFILL, HFILL, A,
                    Agency, L, Sheet, idn, num_sum, quarters)

SLUG = "dinsos_prov_teluk_sarana"
FLOW = {"S02", "S08", "S10", "S11", "S12", "S13", "S15", "S16", "S18", "S19", "S24"}
AG = Agency(
    SLUG, "Dinas Sosial Provinsi Teluk Sarana", [2017, 2018, 2019, 2020],
    ambiguous=[["S17", "S17b"]],
    flows=sorted(FLOW),
    levels=["S01", "S03", "S04", "S05", "S06 (cumulative count)", "S07 (cumulative count)", "S09", "S14",
            "S17", "S17b", "S20", "S21", "S22", "S23"],
    negatives=["S22 (Persentase penduduk miskin: lower is better)"],
    mustnot=[("S01", "S02", "Persentase PMKS tertangani vs Jumlah PMKS tertangani"),
             ("S07", "S08", "lansia terlantar DALAM panti vs LUAR panti (two sub-types)"),
             ("S06", "S07", "anak terlantar vs lansia terlantar dalam panti"),
             ("S10", "S11", "korban bencana ALAM vs bencana SOSIAL (two sub-types)"),
             ("S05", "S23", "bansos pangan / sembako vs Bantuan Sosial Tunai (BST) Covid-19"),
             ("S13", "S24", "PSKS (all potentials) vs TKSK (one kind of PSKS)")])

U = {"S01": "%", "S02": "jiwa", "S03": "KPM", "S04": "%", "S05": "KK", "S06": "anak", "S07": "orang",
     "S08": "orang", "S09": "%", "S10": "jiwa", "S11": "jiwa", "S12": "orang", "S13": "orang", "S14": "%",
     "S15": "kelompok", "S16": "unit", "S17": "%", "S17b": "%", "S18": "orang", "S19": "orang",
     "S20": "nilai", "S21": "nilai", "S22": "%", "S23": "KK", "S24": "orang"}
PCT = {"S01", "S04", "S09", "S14", "S17", "S17b", "S22"}

V = {
    "S01": {2017: (35, 36.2), 2018: (38, 37.5), 2019: (41, 42.3), 2020: (44, 45.8)},
    "S02": {2017: (12500, 12936), 2018: (13400, 13210), 2019: (14300, 14950), 2020: (15200, 16112)},
    "S03": {2017: (85000, 87412), 2018: (95000, 98306), 2019: (98000, 96775), 2020: (100000, 101240)},
    "S04": {2017: (2, None), 2018: (3, 3.4), 2019: (4, 4.1), 2020: (5, 3.9)},
    "S05": {2017: (24000, 23510), 2018: (25000, 25000), 2019: (26000, 26480), 2020: (60000, 64215)},
    "S06": {2017: (120, 118), 2018: (120, 124), 2019: (125, 125), 2020: (130, 112)},
    "S07": {2017: (80, 80), 2018: (85, 83), 2019: (85, 88), 2020: (90, 86)},
    "S08": {2017: (300, 322), 2018: (350, 347), 2019: (400, 415), 2020: (450, 478)},
    "S09": {2017: (60, 61.5), 2018: (65, 64.2), 2019: (70, 72.8), 2020: (75, 76.1)},
    "S10": {2017: (2000, 2340), 2018: (2000, 3875), 2019: (2500, 1960), 2020: (2500, 2715)},
    "S11": {2017: (300, 285), 2018: (300, 310), 2019: (350, 240), 2020: (350, 365)},
    "S12": {2017: (100, 100), 2018: (120, 125), 2019: (120, 118), 2020: (150, 150)},
    "S13": {2017: (500, 512), 2018: (550, 560), 2019: (600, 615), 2020: (650, 640)},
    "S14": {2017: (20, 21.4), 2018: (22, 22.9), 2019: (25, 24.6), 2020: (27, 28.3)},
    "S15": {2017: (40, 40), 2018: (45, 47), 2019: (50, 52), 2020: (50, 35)},
    "S16": {2017: (150, 150), 2018: (200, 196), 2019: (200, 210), 2020: (100, 100)},
    "S17": {2017: (50, 48.3), 2018: (60, 62.7)},
    "S17b": {2019: (70, 74.5), 2020: (80, 83.1)},
    "S18": {2017: (60, 58), 2018: (60, 64), 2019: (70, 71), 2020: (70, 44)},
    "S19": {2017: (40, 42), 2018: (45, 45), 2019: (50, 48)},
    "S20": {2017: (75, 76.4), 2018: (76, 78.2), 2019: (78, 80.05), 2020: (80, 81.7)},
    "S21": {2017: ("B", "B"), 2018: ("B", "BB"), 2019: ("BB", "BB"), 2020: (71, 72.35)},
    "S22": {2017: (13.5, 13.82), 2018: (13.0, 13.11), 2019: (12.5, 12.36), 2020: (12.0, 12.94)},
    "S23": {2020: (45000, 47820)},
    "S24": {2018: (180, 180), 2019: (180, 178), 2020: (190, 190)},
}

N = {
    "S01": {2017: "Persentase PMKS yang tertangani",
            2018: "Prosentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang Tertangani",
            2019: "% PMKS yg tertangani",
            2020: "Persentase Penyandang Masalah Kesejahteraan Sosial yang ditangani"},
    "S02": {2017: "Jumlah PMKS yang tertangani",
            2018: "Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) yang Tertangani",
            2019: "Jumlah PMKS yg tertangani",
            2020: "Jumlah Penyandang Masalah Kesejahteraan Sosial yang ditangani"},
    "S03": {2017: "Jumlah Keluarga Penerima Manfaat (KPM) Program Keluarga Harapan", 2018: "Jumlah KPM PKH",
            2019: "Jumlah KPM Program Keluarga Harapan (PKH)", 2020: "Jumlah Keluarga Penerima Manfaat PKH"},
    "S04": {2017: "Persentase KPM PKH yang graduasi mandiri", 2018: "Prosentase KPM PKH Graduasi Sejahtera Mandiri",
            2019: "Persentase KPM PKH yang graduasi",
            2020: "Persentase Keluarga Penerima Manfaat PKH yang Graduasi Mandiri"},
    "S05": {2017: "Jumlah KK penerima bantuan sosial pangan", 2018: "Jumlah KK Penerima Bansos Pangan",
            2019: "Jumlah keluarga penerima bantuan sosial pangan (BPNT)",
            2020: "Jumlah KK Penerima Bantuan Sosial Pangan/Sembako"},
    "S06": {2017: "Jumlah anak terlantar yang dilayani dalam panti",
            2018: "Jumlah Anak Terlantar yang Mendapat Pelayanan di Dalam Panti",
            2019: "Jml anak terlantar dlm panti yg dilayani",
            2020: "Jumlah anak terlantar yang dilayani di dalam panti sosial"},
    "S07": {2017: "Jumlah lanjut usia terlantar yang dilayani dalam panti",
            2018: "Jumlah Lanjut Usia Terlantar yang Mendapat Pelayanan di Dalam Panti",
            2019: "Jml lansia terlantar dlm panti yg dilayani",
            2020: "Jumlah lansia terlantar yang dilayani di dalam panti sosial"},
    "S08": {2017: "Jumlah lanjut usia terlantar yang dilayani di luar panti",
            2018: "Jumlah Lanjut Usia Terlantar yang Mendapat Pelayanan di Luar Panti",
            2019: "Jml lansia terlantar luar panti yg dilayani",
            2020: "Jumlah lansia terlantar yang dilayani di luar panti sosial"},
    "S09": {2017: "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
            2018: "Prosentase Penyandang Disabilitas Terlantar yang Terpenuhi Kebutuhan Dasar",
            2019: "% penyandang disabilitas terlantar yg terpenuhi kebutuhan dasarnya",
            2020: "Persentase Penyandang Disabilitas Terlantar Yang Terpenuhi Kebutuhan Dasarnya"},
    "S10": {2017: "Jumlah korban bencana alam yang mendapat bantuan sosial",
            2018: "Jumlah Korban Bencana Alam yang Terpenuhi Kebutuhan Dasarnya",
            2019: "Jml korban bencana alam yg mendapat bantuan",
            2020: "Jumlah korban bencana alam yang mendapatkan bantuan sosial"},
    "S11": {2017: "Jumlah korban bencana sosial yang mendapat bantuan sosial",
            2018: "Jumlah Korban Bencana Sosial yang Terpenuhi Kebutuhan Dasarnya",
            2019: "Jml korban bencana sosial yg mendapat bantuan",
            2020: "Jumlah korban bencana sosial yang mendapatkan bantuan sosial"},
    "S12": {2017: "Jumlah Taruna Siaga Bencana (Tagana) yang dilatih", 2018: "Jumlah TAGANA yang Terlatih",
            2019: "Jumlah Tagana terlatih", 2020: "Jumlah Taruna Siaga Bencana yang terlatih"},
    "S13": {2017: "Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang diberdayakan",
            2018: "Jumlah PSKS yang Diberdayakan", 2019: "Jumlah PSKS yg diberdayakan",
            2020: "Jumlah potensi & sumber kesejahteraan sosial yang diberdayakan"},
    "S14": {2017: "Persentase fakir miskin yang ditangani", 2018: "Prosentase Fakir Miskin yang Tertangani",
            2019: "% fakir miskin yg ditangani", 2020: "Persentase Fakir Miskin Yang Ditangani"},
    "S15": {2017: "Jumlah Kelompok Usaha Bersama (KUBE) fakir miskin yang dibina",
            2018: "Jumlah KUBE Fakir Miskin yang Dibina", 2019: "Jumlah KUBE yg dibina",
            2020: "Jumlah kelompok usaha bersama fakir miskin yang dibina"},
    "S16": {2017: "Jumlah rumah tidak layak huni (RTLH) yang direhabilitasi",
            2018: "Jumlah Rutilahu yang Direhabilitasi", 2019: "Jumlah RTLH yg direhab",
            2020: "Jumlah Rumah Tidak Layak Huni yang Direhabilitasi"},
    "S17": {2017: "Persentase data BDT yang diverifikasi dan divalidasi",
            2018: "Prosentase Basis Data Terpadu (BDT) yang Diverifikasi dan Divalidasi"},
    "S17b": {2019: "% data DTKS yg diverifikasi & divalidasi",
             2020: "Persentase Data Terpadu Kesejahteraan Sosial (DTKS) yang Diverifikasi dan Divalidasi"},
    "S18": {2017: "Jumlah gelandangan dan pengemis yang direhabilitasi",
            2018: "Jumlah Gelandangan dan Pengemis (Gepeng) yang Direhabilitasi",
            2019: "Jumlah gepeng yg direhabilitasi", 2020: "Jumlah gelandangan & pengemis yang direhabilitasi"},
    "S19": {2017: "Jumlah korban penyalahgunaan NAPZA yang direhabilitasi",
            2018: "Jumlah Korban Penyalahgunaan NAPZA yang Direhabilitasi Sosial",
            2019: "Jml korban NAPZA yg direhabilitasi"},
    "S20": {2017: "Indeks Kepuasan Masyarakat (IKM)", 2018: "Nilai IKM", 2019: "IKM",
            2020: "Indeks Kepuasan Masyarakat terhadap Pelayanan Dinas Sosial"},
    "S21": {2017: "Nilai SAKIP Dinas Sosial", 2018: "Nilai Evaluasi SAKIP", 2019: "Nilai SAKIP",
            2020: "Nilai Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP)"},
    "S22": {2017: "Persentase penduduk miskin", 2018: "Prosentase Penduduk Miskin Provinsi",
            2019: "% penduduk miskin", 2020: "Persentase Penduduk Miskin Prov. Teluk Sarana"},
    "S23": {2020: "Jumlah KK penerima Bantuan Sosial Tunai (BST) Covid-19"},
    "S24": {2018: "Jumlah TKSK yang Dibina", 2019: "Jumlah Tenaga Kesejahteraan Sosial Kecamatan (TKSK) yg dibina",
            2020: "Jumlah TKSK yang dibina"},
}


def nfmt(sid, v):
    if isinstance(v, float) and v != int(v):
        return FMT_DEC2
    return FMT_INT


def fmt_of(sid, v):
    return None if isinstance(v, str) or v is None else nfmt(sid, v)


def txt(sid, v):
    """value and unit in one text cell, the Banjar way: '12.500 jiwa', '36,2 %'."""
    u = U[sid]
    return "%s %s" % (idn(v), u)


def signature(S, r, col, lines):
    for i, t in enumerate(lines):
        S.plain(r + i, col, t, al="center", b=(i == len(lines) - 3))


SIG_KADIS = ["KEPALA DINAS SOSIAL", "PROVINSI TELUK SARANA", "", "", "", "Dra. Hj. SITI NURBAYA, M.AP",
             "Pembina Utama Madya (IV/d)", "NIP. 19640719 198903 2 006"]


# ---------------------------------------------------------------- 2017: annual PK, value+unit text (.ods)
G17 = [("Meningkatnya penanganan Penyandang Masalah Kesejahteraan Sosial (PMKS)",
        ["S01", "S02", "S06", "S07", "S08", "S09", "S18", "S19"]),
       ("Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin dan korban bencana",
        ["S03", "S04", "S05", "S10", "S11", "S12"]),
       ("Meningkatnya pemberdayaan fakir miskin dan potensi sumber kesejahteraan sosial",
        ["S22", "S14", "S15", "S16", "S13", "S17"]),
       ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik", ["S20", "S21"])]


def pk2017():
    f = "PK Dinsos Prov 2017.ods"
    wb = AG.new_file(f, "Annual Pengukuran Kinerja 2017 in the Banjar style: one header row, target and "
                        "realisasi mostly typed as text with the unit in the same cell, sasaran written only on "
                        "the first row of its group (blank below, not merged), typed capaian, budget lines, "
                        "signature; a hidden 'murni' draft and a notes sheet.")
    ws = wb.active
    ws.title = "PK 2017"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 34, "C": 50, "D": 16, "E": 16, "F": 12, "G": 20})
    S.title(1, 1, 7, "PENGUKURAN KINERJA")
    S.title(2, 1, 7, "DINAS SOSIAL PROVINSI TELUK SARANA")
    S.title(3, 1, 7, "TAHUN 2017")
    S.plain(5, 1, "Provinsi       : Teluk Sarana")
    S.plain(6, 1, "Nama SKPD : Dinas Sosial")
    for i, t in enumerate(["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Realisasi",
                           "Keterangan"]):
        S.h(8, i + 1, t)
    notes = AG.sheet_doc(
        f, "PK 2017", "key sheet (2017)", header="row 8 (one header row, no column numbers)",
        columns="A No (sasaran number on its first row) | B Sasaran Strategis (first row of the group only) | "
                "C Indikator Kinerja | D Target | E Realisasi (D/E mostly text 'value unit') | F % Realisasi "
                "(typed) | G Keterangan")
    year = 2017
    r = 9
    numeric = {"S15", "S16", "S20"}
    for sno, (sas, ids) in enumerate(G17, 1):
        S.c(r, 1, sno, al="center")
        S.c(r, 2, sas)
        first = r
        seq = list(ids)
        if "S16" in seq:
            seq.insert(seq.index("S16") + 1, "DUP:S16")
        for sid in seq:
            dup = sid.startswith("DUP:")
            sid = sid[4:] if dup else sid
            T, R = V[sid][year]
            name = N[sid][year]
            if r != first:
                S.c(r, 1, None)
                S.c(r, 2, None)
            S.c(r, 3, name)
            tkey, rkey = T, R
            if sid in numeric:
                dcell, ecell = T, R
                dfmt, efmt = nfmt(sid, T), nfmt(sid, R)
            elif sid == "S09":
                dcell, ecell = T / 100.0, R / 100.0
                dfmt, efmt = FMT_PCT0, FMT_PCT1
                notes.append("row %d (S09): target and realisasi are fractions in %%-formatted cells (0,6 "
                             "shown '60%%', 0,615 shown '61.5%%'); keys 60 / 61.5." % r)
            elif sid == "S21":
                dcell, ecell = "B", "B"
                dfmt = efmt = None
                tkey = rkey = None
            else:
                dcell = txt(sid, T)
                ecell = txt(sid, R) if R is not None else "-"
                dfmt = efmt = None
            if sid == "S12":
                dcell = "1.000 orang"
                tkey = 1000
                notes.append("row %d (S12): target typed 10x '1.000 orang' (Renstra: 100 per year); key 1000;"
                             " %% typed 10." % r)
            cap = None if R is None or isinstance(T, str) else round(R / float(tkey) * 100, 2)
            if sid == "S02":
                cap = 104.3
                notes.append("row %d (S02): typed %% 104,3 disagrees with 12.936/12.500 = 103,49." % r)
            if sid == "S22":
                cap = 97.68
                notes.append("row %d (S22, negative): %% 97,68 = target/realisasi x 100 (one of the negative "
                             "formulas; (2T-R)/T gives 97,63)." % r)
            if sid == "S04":
                cap = "-"
                notes.append("row %d (S04): realisasi '-' (graduasi data not yet available), %% '-'; keyed "
                             "target 2, realisasi null." % r)
            if sid == "S21":
                cap = 100
                notes.append("row %d (S21): grades 'B' / 'B', %% typed 100; keyed null / null." % r)
            S.c(r, 4, dcell, fmt=dfmt, al="right")
            S.c(r, 5, ecell, fmt=efmt, al="right")
            S.c(r, 6, cap, fmt=FMT_CAP, al="right")
            S.c(r, 7, "Data BPS (Susenas Maret)" if sid == "S22" else None)
            if dup:
                notes.append("row %d: the S16 (RTLH) row repeated (same name and figures): duplicate, not a key "
                             "row." % r)
            else:
                AG.key(f, "PK 2017", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 4)}, {"cell": A(r, 5)})
            r += 1
    AG.docs[f]["sheets"][-1]["data_rows"] = "9-%d (22 indicators + 1 duplicate)" % (r - 1)
    notes.append("text cells use Indonesian numbers with units: '12.500 jiwa', '36,2 %', '85.000 KPM'; S15, "
                 "S16, S20 are plain numbers.")
    r += 1
    S.plain(r, 2, "Jumlah Anggaran Tahun 2017 :")
    S.plain(r, 3, "Rp. 38.465.210.000,-")
    S.plain(r + 1, 2, "Jumlah Realisasi Anggaran Tahun 2017 :")
    S.plain(r + 1, 3, "Rp. 35.912.876.450,-")
    S.plain(r + 3, 5, "Tanjung Sarana, 29 Januari 2018", al="center")
    signature(S, r + 4, 5, SIG_KADIS)
    notes.append("rows %d-%d: budget lines; rows %d-%d: date and signature." % (r, r + 1, r + 3, r + 11))
    # hidden draft
    wh = wb.create_sheet("PK 2017 murni")
    wh.sheet_state = "hidden"
    H = Sheet(wh)
    H.plain(1, 1, "PK 2017 (MURNI, sebelum APBD-P)", b=True)
    for i, t in enumerate(["No", "Indikator Kinerja", "Target"]):
        H.h(3, i + 1, t)
    rr = 4
    for sas, ids in G17:
        for sid in ids:
            T = V[sid][year][0]
            H.c(rr, 1, rr - 3)
            H.c(rr, 2, N[sid][year])
            H.c(rr, 3, txt(sid, T) if not isinstance(T, str) else T)
            rr += 1
    AG.sheet_doc(f, "PK 2017 murni", "HIDDEN draft (targets before APBD-P): not key rows")
    wl = wb.create_sheet("Lampiran")
    C = Sheet(wl)
    C.widths({"A": 110})
    for i, t in enumerate(["Lampiran / catatan:", "- Target Tagana dilatih per tahun sesuai Renstra: 100 orang.",
                           "- Data graduasi KPM PKH 2017 belum dirilis Kementerian Sosial.",
                           "- Persentase penduduk miskin: BPS Provinsi Teluk Sarana, Maret 2017."]):
        C.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Lampiran", "notes only (not key rows)")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2018: E.81 with a numbered Satuan column (.xlsx)
E18 = [
    ("Meningkatnya penanganan PMKS", "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", [
        ("Pelayanan dan Perlindungan Sosial PMKS dalam Panti", 6125400000,
         ["S01", "S02", "S06", "S07", "S09"]),
        ("Pelayanan Sosial Lanjut Usia di Luar Panti", 845000000, ["S08"]),
        ("Rehabilitasi Sosial Gelandangan, Pengemis dan Korban NAPZA", 1210500000, ["S18", "S19"])]),
    ("Meningkatnya perlindungan dan jaminan sosial", "Program Perlindungan dan Jaminan Sosial", [
        ("Pendampingan dan Verifikasi Penerima PKH", 1480000000, ["S03", "S04"]),
        ("Penyaluran Bantuan Sosial Pangan", 2350000000, ["S05"]),
        ("Penanganan Korban Bencana Alam dan Sosial", 3120750000, ["S10", "S11", "S12"])]),
    ("Meningkatnya pemberdayaan fakir miskin dan PSKS",
     "Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya", [
         ("Pemberdayaan Fakir Miskin melalui KUBE dan Rehabilitasi RTLH", 5460000000,
          ["S22", "S14", "S15", "S16"]),
         ("Pemberdayaan Kelembagaan Kesejahteraan Sosial", 980600000, ["S13", "S24", "S17"])]),
    ("Meningkatnya akuntabilitas dan kualitas pelayanan",
     "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", [
         ("Penyusunan Laporan Capaian Kinerja dan Survei Kepuasan Masyarakat", 185000000, ["S20", "S21"])]),
]
REN18 = {"S01": 40, "S02": 64000, "S03": 95000, "S04": 3, "S05": 25000, "S06": 120, "S07": 85, "S08": 1550,
         "S09": 65, "S10": 10000, "S11": 1500, "S12": 540, "S13": 2650, "S14": 22, "S15": 210, "S16": 850,
         "S17": 60, "S18": 300, "S19": 210, "S20": 76, "S21": "BB", "S22": 13.0}
SD17 = {"S01": 36.2, "S02": 50420, "S03": 87412, "S04": "-", "S05": 23510, "S06": 118, "S07": 80, "S08": 1180,
        "S09": 61.5, "S10": 8125, "S11": 1170, "S12": 385, "S13": 2080, "S14": 21.4, "S15": 158, "S16": 640,
        "S17": 48.3, "S18": 232, "S19": 158, "S20": 76.4, "S21": "B", "S22": 13.82}


def e81_2018():
    f = "E-81 Dinsos TW IV 2018.xlsx"
    wb = AG.new_file(f, "Permendagri 86/2017 form E.81, Triwulan IV 2018, in the 15-column scheme whose "
                        "Satuan column is numbered (so every number shifts: 13 = 9+10+11+12, 14 = 7+13, "
                        "15 = 14/6 x 100); programme rows carry only budgets, kegiatan names are merged beside "
                        "their indicators; no capaian-of-the-year column.")
    ws = wb.active
    ws.title = "TW IV 2018"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 22, "C": 30, "D": 44, "E": 9, "Z": 18})
    for c in range(6, 26):
        ws.column_dimensions[L(c)].width = 12 if c % 2 == 0 else 15
    S.title(1, 1, 26, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI TELUK SARANA")
    S.title(2, 1, 26, "PERANGKAT DAERAH : DINAS SOSIAL")
    S.title(3, 1, 26, "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2018")
    for c, t in [(1, "No"), (2, "Sasaran"), (3, "Program / Kegiatan"),
                 (4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"), (5, "Satuan"),
                 (26, "Unit PD Penanggung Jawab")]:
        S.h(5, c, t)
        S.m(5, c, 7, c)
    for c, t in [(6, "Target Renstra PD pada Tahun 2018 (Akhir Periode Renstra)"),
                 (8, "Realisasi Capaian Kinerja Renstra PD s/d Renja PD Tahun Lalu (2017)"),
                 (10, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan 2018"),
                 (20, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"),
                 (22, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2018"),
                 (24, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2018 (%)")]:
        S.h(5, c, t, size=9)
        S.m(5, c, 6, c + 1)
    S.h(5, 12, "Realisasi Kinerja dan Anggaran pada Triwulan")
    S.m(5, 12, 5, 19)
    for i, q in enumerate(["I", "II", "III", "IV"]):
        S.h(6, 12 + 2 * i, q)
        S.m(6, 12 + 2 * i, 6, 13 + 2 * i)
    for c in range(6, 26):
        S.h(7, c, "K" if c % 2 == 0 else "Rp.")
    nums = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 8: "7", 10: "8", 12: "9", 14: "10", 16: "11",
            18: "12", 20: "13 = 9+10+11+12", 22: "14 = 7 + 13", 24: "15 = 14 / 6 x 100", 26: "16"}
    for c in range(1, 27):
        S.h(8, c, nums.get(c), b=False, size=9)
    for c in range(6, 26, 2):
        S.m(8, c, 8, c + 1)
    notes = AG.sheet_doc(
        f, "TW IV 2018", "key sheet (2018)",
        header="rows 5-7 (titles; quarters I-IV; K / Rp.), row 8 numbers the columns 1-16 with Satuan as "
               "column 5 ('13 = 9+10+11+12', '14 = 7 + 13', '15 = 14 / 6 x 100')",
        columns="A No | B Sasaran (merged) | C Program (own row, budget only) / Kegiatan (merged beside its "
                "indicators) | D Indikator | E Satuan | F/G (6) Renstra target 2018 | H/I (7) realisasi s.d. "
                "2017 | J/K (8) target 2018 | L/M..R/S (9-12) TW I-IV | T/U (13) realisasi 2018 | V/W (14) | "
                "X/Y (15) | Z (16) unit. Key: target = J, realisasi = T.")
    year = 2018
    r = 9
    no = 0
    sum_rows = []
    for sas, prog, kegs in E18:
        sstart = r
        no += 1
        prow = r
        S.c(r, 1, no, al="center")
        S.c(r, 3, prog, b=True, fill=GFILL)
        S.m(r, 3, r, 5)
        notes.append("row %d: programme row '%s' (budget only, not a key row)." % (r, prog[:40]))
        r += 1
        krows = []
        for kname, pagu, ids in kegs:
            kstart = r
            krows.append(r)
            S.c(r, 3, kname, valign="top")
            # Rp
            rp_q = [int(pagu * w) for w in (0.14, 0.26, 0.27)]
            rp_q.append(int(pagu * 0.295))
            S.c(r, 7, pagu * 5, fmt=FMT_INT)
            S.c(r, 9, int(pagu * 3.7), fmt=FMT_INT)
            S.c(r, 11, pagu, fmt=FMT_INT)
            for i, v in enumerate(rp_q):
                S.c(r, 13 + 2 * i, v, fmt=FMT_INT)
            if kname.startswith("Penyaluran"):
                S.c(r, 17, "=1245000000-O%d-M%d" % (r, r), fmt=FMT_INT)
                notes.append("row %d: TW III Rp is '=1245000000-O%d-M%d' (a cumulative constant inside the "
                             "formula)." % (r, r, r))
            S.c(r, 21, "=M{0}+O{0}+Q{0}+S{0}".format(r), fmt=FMT_INT)
            S.c(r, 23, "=I{0}+U{0}".format(r), fmt=FMT_INT)
            S.c(r, 25, "=ROUND(W{0}/G{0}*100,2)".format(r), fmt=FMT_CAP)
            for sid in ids:
                T, R = V[sid][year]
                name = N[sid][year]
                S.c(r, 4, name)
                S.c(r, 5, U[sid], al="center")
                ren = REN18.get(sid)
                S.c(r, 6, ren, fmt=fmt_of(sid, ren), al="right")
                S.c(r, 8, SD17.get(sid), fmt=fmt_of(sid, SD17.get(sid)), al="right")
                S.c(r, 10, T, fmt=fmt_of(sid, T), al="right")
                tkey, rkey = T, R
                flow = sid in FLOW
                if sid == "S21":
                    qr = ["-", "-", "-", "BB"]
                    tkey = rkey = None
                elif sid == "S22":
                    qr = ["-", 13.02, "-", 13.11]
                elif sid == "S20":
                    qr = ["-", "-", "-", 78.2]
                elif sid == "S14":
                    qr = [19.8, 20.6, 21.9, 22.9]
                elif sid == "S04":
                    qr = ["-", 1.2, 2.6, 3.4]
                else:
                    _, qr = quarters(sid, year, T, R, flow)
                for i, v in enumerate(qr):
                    S.c(r, 12 + 2 * i, v, fmt=fmt_of(sid, v), al="right")
                if sid == "S21":
                    S.c(r, 20, "=R%d" % r, al="right")
                    S.c(r, 22, "BB", al="right")
                    S.c(r, 24, "-", al="right")
                    notes.append("row %d (S21): grades (target 'B', TW IV 'BB', column 13 =R -> 'BB'); keyed "
                                 "null / null." % r)
                else:
                    if sid == "S14":
                        S.c(r, 20, "=P%d" % r, fmt=FMT_DEC2)
                        rkey = 21.9
                        notes.append("row %d (S14): column 13 takes TW III (=P%d, 21,9) instead of TW IV "
                                     "(R%d, 22,9): the TW III value taken as the year's. Keyed as the cell "
                                     "shows: 21.9." % (r, r, r))
                    elif flow:
                        S.c(r, 20, "=L{0}+N{0}+P{0}+R{0}".format(r), fmt=nfmt(sid, R))
                    else:
                        S.c(r, 20, "=R%d" % r, fmt=nfmt(sid, R))
                    S.c(r, 22, "=H{0}+T{0}".format(r) if flow else "=T%d" % r, fmt=nfmt(sid, R))
                    if sid == "S24":
                        S.c(r, 24, "=ROUND(V{0}/F{0}*100,2)".format(r), fmt=FMT_CAP)
                        notes.append("row %d (S24): new indicator without a Renstra target (F%d blank): "
                                     "column 15 is #DIV/0!." % (r, r))
                    elif sid == "S22":
                        S.c(r, 24, "=ROUND((2*F{0}-V{0})/F{0}*100,2)".format(r), fmt=FMT_CAP)
                    else:
                        S.c(r, 24, "=ROUND(V{0}/F{0}*100,2)".format(r), fmt=FMT_CAP)
                if sid == "S04":
                    notes.append("row %d (S04): TW I '-' (no graduation data yet)." % r)
                if sid == "S22":
                    notes.append("row %d (S22, negative): BPS figures in TW II (March) and TW IV (September); "
                                 "column 15 uses (2T-R)/T." % r)
                S.c(r, 26, "Dinas Sosial", size=9)
                AG.key(f, "TW IV 2018", r, 4, year, name, sid, tkey, rkey, {"cell": A(r, 10)}, {"cell": A(r, 20)})
                r += 1
            S.m(kstart, 3, r - 1, 3)
        # programme budget sums
        for c in (7, 9, 11, 13, 15, 17, 19, 21, 23):
            refs = ["%s%d" % (L(c), k) for k in krows]
            if prog.startswith("Program Pelayanan"):
                refs.append("%s%d" % (L(c), krows[0]))
            S.c(prow, c, "=" + "+".join(refs), fmt=FMT_INT, b=True, fill=GFILL)
        S.c(prow, 25, "=ROUND(W{0}/G{0}*100,2)".format(prow), fmt=FMT_CAP, fill=GFILL)
        if prog.startswith("Program Pelayanan"):
            notes.append("row %d: programme budget adds its first kegiatan twice (=G%d+G%d+G%d+G%d ...)."
                         % (prow, krows[0], krows[1], krows[2], krows[0]))
        S.c(sstart, 2, sas, valign="top")
        S.m(sstart, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "9-%d (4 programme rows, 9 kegiatan blocks, 23 indicators)" % (r - 1)
    notes.append("column 14 adds last year's cumulative figure for flows (=H+T) and repeats the level (=T) for "
                 "levels; columns 14-15 and the Rp columns are not keyed.")
    r += 1
    S.plain(r, 4, "Rata-rata capaian kinerja Renstra (%)", b=True)
    S.plain(r, 24, "87,4", al="right")
    S.plain(r + 1, 4, "Predikat kinerja", b=True)
    S.plain(r + 1, 24, "Tinggi")
    S.plain(r + 2, 4, "Faktor pendorong : koordinasi dengan Dinas Sosial Kabupaten/Kota dan pendamping PKH")
    S.plain(r + 3, 4, "Faktor penghambat : bencana banjir bandang November 2018 menambah sasaran")
    S.plain(r + 4, 4, "Tindak lanjut dalam Renja berikutnya : pemutakhiran BDT/DTKS")
    notes.append("rows %d-%d: summary lines (typed average '87,4', predikat, faktor, tindak lanjut): not key "
                 "rows." % (r, r + 4))
    sg = r + 6
    S.plain(sg, 4, "Disusun", al="center")
    S.plain(sg, 22, "Dievaluasi", al="center")
    signature(S, sg + 1, 4, SIG_KADIS)
    signature(S, sg + 1, 22, ["KEPALA BAPPEDA", "PROVINSI TELUK SARANA", "", "", "",
                              "Ir. MUHAMMAD ARIFIN LUBIS, M.Si", "Pembina Utama Muda (IV/c)",
                              "NIP. 19661105 199203 1 004"])
    wp = wb.create_sheet("Petunjuk")
    P = Sheet(wp)
    P.widths({"A": 110})
    for i, t in enumerate(["Petunjuk pengisian Formulir E.81 (Permendagri 86 Tahun 2017):",
                           "Kolom 13 diisi jumlah realisasi triwulan I s/d IV (9+10+11+12).",
                           "Kolom 14 diisi realisasi s/d tahun lalu ditambah realisasi tahun berjalan (7+13).",
                           "Kolom 15 diisi kolom 14 dibagi kolom 6 dikali 100."]):
        P.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Petunjuk", "filling instructions (not key rows)")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2019: compiled per bidang, different column orders (.xls)
def blocks2019():
    f = "Capaian Kinerja Dinsos 2019 per Bidang.xls"
    wb = AG.new_file(f, "UNUSUAL LAYOUT: one sheet pasted together from four bidang submissions, one below "
                        "the other, each with its own header row(s) and its OWN column order (Target before "
                        "or after Realisasi, Satuan in different places, one block quarterly).")
    ws = wb.active
    ws.title = "Rekap 2019"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 50, "C": 13, "D": 13, "E": 13, "F": 13, "G": 13, "H": 13, "I": 15, "J": 11})
    S.title(1, 1, 10, "REKAPITULASI CAPAIAN KINERJA PER BIDANG")
    S.title(2, 1, 10, "DINAS SOSIAL PROVINSI TELUK SARANA")
    S.title(3, 1, 10, "TAHUN 2019")
    notes = AG.sheet_doc(
        f, "Rekap 2019", "key sheet (2019); four blocks with different columns",
        header="each block has its own header: block I row 6, block II row %s, block III row %s, block IV "
               "rows %s (see below)",
        columns="Block I (Sekretariat): A No | B Indikator | C Satuan | D Target | E Realisasi | F Capaian (%). "
                "Block II (Linjamsos): A No | B Indikator Kinerja | C Target | D Satuan | E Realisasi | "
                "F Satuan | G %. Block III (Rehsos): A No | B Uraian Indikator | C Realisasi 2019 | D Target "
                "2019 | E Capaian (%) | F Satuan - REALISASI BEFORE TARGET. Block IV (Dayasos & PFM): A No | "
                "B Indikator | C Satuan | D Target | E-H Realisasi TW I-IV | I Jumlah / Akhir (=SUM for flows, "
                "=H for levels) | J %.")
    year = 2019
    hdr_rows = {}

    def label(r, t):
        S.c(r, 1, t, b=True, fill=GFILL, border=False)
        S.m(r, 1, r, 10)

    def avg_row(r, col, first, last):
        S.c(r, 2, "Rata-rata capaian bidang", it=True)
        S.c(r, col, "=ROUND(AVERAGE(%s%d:%s%d),2)" % (L(col), first, L(col), last), fmt=FMT_CAP)

    # ---- Block I
    r = 5
    label(r, "I. SEKRETARIAT")
    r += 1
    hdr_rows["I"] = r
    for i, t in enumerate(["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]):
        S.h(r, i + 1, t)
    r += 1
    first = r
    for no, sid in enumerate(["S20", "S21", "S22", "S01", "S02"], 1):
        T, R = V[sid][year]
        name = N[sid][year]
        S.c(r, 1, no, al="center")
        S.c(r, 2, name)
        S.c(r, 3, U[sid], al="center")
        tcell, tkey, rkey = T, T, R
        cap = "=ROUND(E{0}/D{0}*100,2)".format(r)
        if sid == "S20":
            tcell = ">= 78"
            cap = 102.63
            notes.append("row %d (S20): target '>= 78' (key 78); capaian typed 102,63." % r)
        if sid == "S21":
            tkey = rkey = None
            cap = 100
            notes.append("row %d (S21): grades 'BB' / 'BB', capaian typed 100; null / null." % r)
        if sid == "S22":
            notes.append("row %d (S22, negative): capaian uses the positive formula E/D*100 = 98,88; "
                         "(2T-R)/T = 101,12." % r)
        S.c(r, 4, tcell, fmt=fmt_of(sid, tcell), al="right")
        S.c(r, 5, R, fmt=fmt_of(sid, R), al="right")
        S.c(r, 6, cap, fmt=FMT_CAP)
        AG.key(f, "Rekap 2019", r, 2, year, name, sid, tkey, rkey, {"cell": A(r, 4)}, {"cell": A(r, 5)})
        r += 1
    avg_row(r, 6, first, r - 1)
    notes.append("block I: label row 5, header row 6, data rows %d-%d, average row %d (not key)." % (first, r - 1, r))
    r += 2
    # ---- Block II
    label(r, "II. BIDANG PERLINDUNGAN DAN JAMINAN SOSIAL")
    r += 1
    hdr_rows["II"] = r
    for i, t in enumerate(["No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Satuan", "%"]):
        S.h(r, i + 1, t)
    r += 1
    first = r
    seq = ["S03", "S04", "S05", "S10", "S11", "S12", "DUP:S12"]
    no = 0
    for sid in seq:
        dup = sid.startswith("DUP:")
        sid = sid[4:] if dup else sid
        T, R = V[sid][year]
        name = N[sid][year]
        if not dup:
            no += 1
        S.c(r, 1, no, al="center")
        S.c(r, 2, name)
        S.c(r, 3, T, fmt=fmt_of(sid, T), al="right")
        S.c(r, 4, U[sid], al="center")
        ecell = R
        cap = "=ROUND(E{0}/C{0}*100,2)".format(r)
        if sid == "S10":
            ecell = "1.960"
            cap = 78.4
            notes.append("row %d (S10): realisasi typed as text '1.960' (key 1960); capaian typed 78,4." % r)
        S.c(r, 5, ecell, fmt=fmt_of(sid, ecell), al="right")
        S.c(r, 6, U[sid], al="center")
        S.c(r, 7, cap, fmt=FMT_CAP)
        if dup:
            notes.append("row %d: S12 (Tagana) row pasted twice: duplicate, not a key row." % r)
        else:
            AG.key(f, "Rekap 2019", r, 2, year, name, sid, T, R, {"cell": A(r, 3)}, {"cell": A(r, 5)})
        r += 1
    avg_row(r, 7, first, r - 1)
    notes.append("block II: label row %d, header row %d, data rows %d-%d, average row %d."
                 % (hdr_rows["II"] - 1, hdr_rows["II"], first, r - 1, r))
    r += 2
    # ---- Block III (realisasi before target)
    label(r, "III. BIDANG REHABILITASI SOSIAL")
    r += 1
    hdr_rows["III"] = r
    for i, t in enumerate(["No", "Uraian Indikator", "Realisasi 2019", "Target 2019", "Capaian (%)", "Satuan"]):
        S.h(r, i + 1, t)
    r += 1
    first = r
    for no, sid in enumerate(["S06", "S07", "S08", "S09", "S18", "S19"], 1):
        T, R = V[sid][year]
        name = N[sid][year]
        S.c(r, 1, no, al="center")
        S.c(r, 2, name)
        ccell = R
        cap = "=ROUND(C{0}/D{0}*100,2)".format(r)
        if sid == "S09":
            ccell = "72,8 %"
            cap = 104
            notes.append("row %d (S09): realisasi typed as text '72,8 %%' in C%d (key 72.8); capaian typed 104."
                         % (r, r))
        if sid == "S08":
            cap = "=ROUND(C{0}/D{0}*100,2)".format(r - 1)
            notes.append("row %d (S08): capaian E%d points at the row above (=C%d/D%d): 103,53 instead of "
                         "103,75." % (r, r, r - 1, r - 1))
        S.c(r, 3, ccell, fmt=fmt_of(sid, ccell), al="right")
        S.c(r, 4, T, fmt=fmt_of(sid, T), al="right")
        S.c(r, 5, cap, fmt=FMT_CAP)
        S.c(r, 6, U[sid], al="center")
        AG.key(f, "Rekap 2019", r, 2, year, name, sid, T, R, {"cell": A(r, 4)}, {"cell": A(r, 3)})
        r += 1
    avg_row(r, 5, first, r - 1)
    notes.append("block III: label row %d, header row %d, data rows %d-%d (column C is REALISASI, D is TARGET),"
                 " average row %d." % (hdr_rows["III"] - 1, hdr_rows["III"], first, r - 1, r))
    r += 2
    # ---- Block IV (quarterly)
    label(r, "IV. BIDANG PEMBERDAYAAN SOSIAL DAN PENANGANAN FAKIR MISKIN")
    r += 1
    hdr_rows["IV"] = r
    for c, t in [(1, "No"), (2, "Indikator"), (3, "Satuan"), (4, "Target"), (9, "Jumlah / Posisi Akhir"),
                 (10, "%")]:
        S.h(r, c, t)
        S.m(r, c, r + 1, c)
    S.h(r, 5, "Realisasi")
    S.m(r, 5, r, 8)
    for i, t in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        S.h(r + 1, 5 + i, t)
    r += 2
    first = r
    for no, sid in enumerate(["S13", "S14", "S15", "S16", "S17b", "S24"], 1):
        T, R = V[sid][year]
        name = N[sid][year]
        flow = sid in FLOW
        _, qr = quarters(sid, year, T, R, flow)
        S.c(r, 1, no, al="center")
        S.c(r, 2, name)
        S.c(r, 3, U[sid], al="center")
        S.c(r, 4, T, fmt=fmt_of(sid, T), al="right")
        for i, v in enumerate(qr):
            S.c(r, 5 + i, v, fmt=fmt_of(sid, v), al="right")
        S.c(r, 9, "=SUM(E{0}:H{0})".format(r) if flow else "=H%d" % r, fmt=nfmt(sid, R))
        cap = "=ROUND(I{0}/D{0}*100,2)".format(r)
        if sid == "S15":
            cap = 140
            notes.append("row %d (S15): typed capaian 140 disagrees with 52/50 = 104." % r)
        if sid == "S17b":
            notes.append("row %d (S17b): DTKS replaces the BDT of 2017-2018 (S17): ambiguous pair." % r)
        S.c(r, 10, cap, fmt=FMT_CAP)
        AG.key(f, "Rekap 2019", r, 2, year, name, sid, T, R, {"cell": A(r, 4)}, {"cell": A(r, 9)})
        r += 1
    avg_row(r, 10, first, r - 1)
    notes.append("block IV: label row %d, header rows %d-%d, data rows %d-%d, average row %d."
                 % (hdr_rows["IV"] - 1, hdr_rows["IV"], hdr_rows["IV"] + 1, first, r - 1, r))
    d = AG.docs[f]["sheets"][-1]
    d["header"] = d["header"] % (hdr_rows["II"], hdr_rows["III"], "%d-%d" % (hdr_rows["IV"], hdr_rows["IV"] + 1))
    d["data_rows"] = "7-%d in four blocks (23 indicators + 1 duplicate)" % (r - 1)
    sg = r + 3
    S.plain(sg, 8, "Tanjung Sarana, 24 Januari 2020", al="center")
    signature(S, sg + 1, 8, SIG_KADIS)
    w2 = wb.create_sheet("Sheet2")
    S2 = Sheet(w2)
    S2.widths({"A": 50, "B": 16})
    for i, (b, n) in enumerate([("Sekretariat", 5), ("Perlindungan dan Jaminan Sosial", 6),
                                ("Rehabilitasi Sosial", 6), ("Pemberdayaan Sosial dan PFM", 6)]):
        S2.c(i + 1, 1, b)
        S2.c(i + 1, 2, n)
    S2.c(5, 1, "Jumlah indikator")
    S2.c(5, 2, "=SUM(B1:B4)")
    AG.sheet_doc(f, "Sheet2", "count of indicators per bidang (not key rows)")
    wc = wb.create_sheet("Catatan")
    C = Sheet(wc)
    C.widths({"A": 110})
    for i, t in enumerate(["Catatan:", "- Rekap disusun dari laporan masing-masing bidang (format bidang).",
                           "- Mulai 2019 BDT diganti Data Terpadu Kesejahteraan Sosial (DTKS).",
                           "- Korban bencana 2019 lebih rendah dari target (tidak ada bencana besar)."]):
        C.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Catatan", "notes only (not key rows)")
    AG.save(wb, f)


# ---------------------------------------------------------------- 2020: Bone-style five-line blocks (.xlsx)
G20 = [("Meningkatnya penanganan PMKS", ["S01", "S02", "S06", "S07", "S08", "S09", "S18"]),
       ("Meningkatnya perlindungan dan jaminan sosial", ["S03", "S04", "S05", "S23", "S10", "S11", "S12"]),
       ("Meningkatnya pemberdayaan fakir miskin dan PSKS", ["S22", "S14", "S15", "S16", "S13", "S24", "S17b"]),
       ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan", ["S20", "S21"])]
Q20 = {  # explicit quarter (targets, realisasi) where the generic pattern is not wanted
    "S04": ([2.5, 5, 4, 5], ["-", 1.1, 2.7, 3.9]),
    "S06": ([100, 110, 120, 130], [98, 104, 108, 112]),
    "S07": ([75, 80, 85, 90], [78, 81, 84, 86]),
    "S14": ([20, 23, 25, 27], [21.6, 24.9, 28.3, "-"]),
    "S15": ([10, 15, 15, 10], [8, 15, 12, "-"]),
    "S20": (["-", "-", "-", 80], ["-", "-", "-", 81.7]),
    "S21": (["-", "-", "-", 71], ["-", "-", "-", 72.35]),
    "S22": (["-", 12.2, "-", 12.0], ["-", 12.78, "-", 12.94]),
    "S23": (["-", 45000, 45000, 45000], ["-", 45310, 47820, 47820]),
    "S02": ([3800, 3800, 3800, 3800], [3650, "4.120 jiwa", 4096, 4246]),
    "S16": ([0, 0, 50, 50], [0, 0, 42, 58]),
    "S12": ([0, 50, 50, 50], [0, 50, 50, 50]),
}


def bone2020():
    f = "RENAKSI PK DINSOS 2020.xlsx"
    wb = AG.new_file(f, "Rencana Aksi PK 2020 in the Bone-2020 style: every indicator a five-line block "
                        "('Target Tahunan :' and 'TW 1 (B03) :' .. 'TW 4 (B12) :'), with target, realisasi and "
                        "a capped % on the quarter lines; no annual realisasi.")
    ws = wb.active
    ws.title = "Renaksi PK 2020"
    S = Sheet(ws)
    S.widths({"A": 5, "B": 26, "C": 44, "D": 17, "E": 13, "F": 13, "G": 9, "H": 24})
    S.title(1, 1, 8, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA")
    S.title(2, 1, 8, "DINAS SOSIAL PROVINSI TELUK SARANA")
    S.title(3, 1, 8, "TAHUN ANGGARAN 2020")
    S.plain(4, 1, "TUJUAN : Meningkatnya kesejahteraan sosial Penyandang Masalah Kesejahteraan Sosial (PMKS)")
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Sasaran"), (8, "Penanggung Jawab")]:
        S.h(6, c, t)
        S.m(6, c, 7, c)
    S.h(6, 4, "Kriteria Keberhasilan Sasaran")
    S.m(6, 4, 6, 7)
    for i, t in enumerate(["Waktu", "Target", "Realisasi", "%"]):
        S.h(7, 4 + i, t)
    for c in range(1, 9):
        S.h(8, c, "(%d)" % c, b=False)
    notes = AG.sheet_doc(
        f, "Renaksi PK 2020", "key sheet (2020)",
        header="rows 6-7 (Kriteria Keberhasilan Sasaran merged over Waktu / Target / Realisasi / %), row 8 "
               "numbers the columns (1)-(8)",
        columns="A No | B Sasaran Strategis (merged over its blocks) | C Indikator Sasaran (merged over 5 rows) | "
                "D label | E Target | F Realisasi | G % (capped at 100: =IF(F/E*100>100,100,...)) | "
                "H Penanggung jawab. Key: target = E of the 'Target Tahunan' line (the block's first row, "
                "= 'row'); realisasi = sum of the four quarter lines' F for flows, the last reported quarter "
                "for levels. Percent indicators are fractions in %-formatted cells.")
    year = 2020
    r = 9
    no = 0
    pjs = {0: "Kabid Rehabilitasi Sosial", 1: "Kabid Perlindungan dan Jaminan Sosial",
           2: "Kabid Pemberdayaan Sosial dan PFM", 3: "Sekretaris"}
    for gi, (sas, ids) in enumerate(G20):
        sstart = r
        for sid in ids:
            T, R = V[sid][year]
            name = N[sid][year]
            no += 1
            flow = sid in FLOW
            pct = sid in PCT
            if sid in Q20:
                qt, qr = Q20[sid]
            else:
                qt, qr = quarters(sid, year, T, R, flow)
            S.c(r, 1, "%d." % no, al="center", valign="top")
            S.c(r, 3, name, valign="top")
            S.c(r, 8, pjs[gi], valign="top")
            S.c(r, 4, "Target Tahunan :")
            tcell, tkey = T, T
            if pct:
                tcell = T / 100.0
            if sid == "S12":
                tcell = "150 orang"
                notes.append("row %d (S12): Target Tahunan typed as text '150 orang' (key 150)." % r)
            if sid == "S17b":
                tcell = "80%"
                notes.append("row %d (S17b): Target Tahunan typed as text '80%%' (key 80); quarter cells are "
                             "%%-formatted fractions." % r)
            S.c(r, 5, tcell, fmt=(FMT_PCT if pct else nfmt(sid, T)) if not isinstance(tcell, str) else None,
                al="right")
            S.c(r, 6, None)
            S.c(r, 7, None)
            cells = []
            vals = []
            for q in range(4):
                rr = r + 1 + q
                S.c(rr, 4, "TW %d (B%02d) :" % (q + 1, 3 * (q + 1)))
                t, v = qt[q], qr[q]
                if pct:
                    t = t / 100.0 if not isinstance(t, str) else t
                    v = round(v / 100.0, 6) if not isinstance(v, str) else v
                S.c(rr, 5, t, fmt=(FMT_PCT if pct else fmt_of(sid, t)) if not isinstance(t, str) else None,
                    al="right")
                S.c(rr, 6, v, fmt=(FMT_PCT if pct else fmt_of(sid, v)) if not isinstance(v, str) else None,
                    al="right")
                if sid == "S22":
                    g = '=IFERROR(IF((2*E{0}-F{0})/E{0}*100>100,100,ROUND((2*E{0}-F{0})/E{0}*100,2)),"-")'.format(rr)
                elif sid == "S09" and q == 2:
                    g = '=IFERROR(IF(F{1}/E{1}*100>100,100,ROUND(F{1}/E{1}*100,2)),"-")'.format(rr, rr + 1)
                    notes.append("row %d (S09, TW 3 line): %% formula G%d points at the TW 4 line (=F%d/E%d)."
                                 % (rr, rr, rr + 1, rr + 1))
                elif sid == "S10" and q == 2:
                    g = '=IFERROR(ROUND(F{0}/E{0}*100,2),"-")'.format(rr)
                else:
                    g = '=IFERROR(IF(F{0}/E{0}*100>100,100,ROUND(F{0}/E{0}*100,2)),"-")'.format(rr)
                S.c(rr, 7, g, fmt=FMT_CAP)
                cells.append(A(rr, 6))
                if isinstance(v, str):
                    pv = None if v == "-" else float(v.split()[0].replace(".", "").replace(",", "."))
                else:
                    pv = v * 100 if pct else v
                vals.append(pv)
            if sid == "S10":
                notes.append("row %d (S10, TW 3 line %d): the only %% without the 100 cap (shows %s) - the "
                             "workbook caps everywhere else." % (r, r + 3, ("%.2f" % (qr[2] / float(qt[2]) * 100)).replace(".", ",")))
            if flow:
                rkey = num_sum(vals)
                rspec = {"sum": cells}
            else:
                rkey = [v for v in vals if v is not None][-1]
                rkey = round(rkey, 6)
                rspec = {"last": cells}
            if sid == "S21":
                notes.append("row %d (S21): SAKIP as a score this year (71 / 72,35), TW 1-3 '-'." % r)
            assert abs(rkey - R) < 1e-6, (sid, rkey, R)
            if sid == "S02":
                notes.append("row %d (S02, flow): TW 2 realisasi typed as text '4.120 jiwa' (F%d); realisasi = "
                             "3.650 + 4.120 + 4.096 + 4.246 = 16.112." % (r, r + 2))
            if sid == "S14":
                notes.append("row %d (S14, level): TW 4 realisasi '-' (F%d): last reported TW 3 = 28,3 %%."
                             % (r, r + 4))
            if sid == "S15":
                notes.append("row %d (S15, flow): TW 4 '-' (no KUBE formed in TW 4): realisasi 8+15+12 = 35."
                             % r)
            if sid == "S04":
                notes.append("row %d (S04): quarter targets decrease (2,5 / 5 / 4 / 5 %%)." % r)
            if sid == "S22":
                notes.append("row %d (S22, negative level): BPS figures in TW 2 (March) and TW 4 (September); "
                             "%% uses (2T-R)/T capped." % r)
            if sid == "S23":
                notes.append("row %d (S23): BST Covid-19 recipients, new in 2020 (level: the same KK each "
                             "month); TW 1 '-'." % r)
            for c in (1, 3, 8):
                S.m(r, c, r + 4, c)
            AG.key(f, "Renaksi PK 2020", r, 3, year, name, sid, tkey, rkey, {"cell": A(r, 5)}, rspec)
            r += 5
        S.c(sstart, 2, sas, valign="top")
        S.m(sstart, 2, r - 1, 2)
    AG.docs[f]["sheets"][-1]["data_rows"] = "9-%d (23 indicators x 5 rows)" % (r - 1)
    S.plain(r + 1, 6, "Tanjung Sarana, 18 Januari 2021", al="center")
    signature(S, r + 2, 6, SIG_KADIS)
    wr = wb.create_sheet("Rekap TW")
    R_ = Sheet(wr)
    for i, t in enumerate(["Triwulan", "Rata-rata % capaian"]):
        R_.h(1, i + 1, t)
    for q in range(4):
        R_.c(2 + q, 1, "TW %d" % (q + 1))
        R_.c(2 + q, 2, "=ROUND(AVERAGEIF('Renaksi PK 2020'!D9:D%d,\"TW %d*\",'Renaksi PK 2020'!G9:G%d),2)"
             % (r - 1, q + 1, r - 1), fmt=FMT_CAP)
    AG.sheet_doc(f, "Rekap TW", "average % per quarter (not key rows)")
    wc = wb.create_sheet("Catatan")
    C = Sheet(wc)
    C.widths({"A": 110})
    for i, t in enumerate(["Catatan:", "- Capaian per triwulan dibatasi maksimal 100%.",
                           "- BST Covid-19 disalurkan April-Desember 2020.",
                           "- Realisasi triwulan indikator jumlah bersifat per triwulan (tidak kumulatif), "
                           "kecuali jumlah penerima manfaat dan jumlah klien panti (posisi akhir)."]):
        C.plain(i + 1, 1, t)
    AG.sheet_doc(f, "Catatan", "notes only (not key rows)")
    AG.save(wb, f)


if __name__ == "__main__":
    pk2017()
    e81_2018()
    blocks2019()
    bone2020()
    AG.dump()
    print(SLUG, len(AG.rows))
