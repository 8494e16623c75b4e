"""Agency 2: UPTD Panti Sosial Asuhan Anak (PSAA) Tunas Kemuning, Dinas Sosial Kota Tanjung Kemuning.
Years 2021-2024, one workbook per year:
  Monev Triwulan UPTD PSAA 2021.ods                     turned-over quarterly matrix (indicators across)
  Rekap Bulanan Kinerja UPTD PSAA 2022.xlsx             monthly recap (Jan-Des across)
  Evaluasi Renja UPTD PSAA Triwulan IV 2023.xls         Permendagri 86 form E.81
  Matriks Renstra UPTD PSAA 2021-2026 (Capaian 2024).xlsx   Renstra matrix, six years of targets
"""
from common import *
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

AG = Agency("uptd_psaa_kota_tanjung_kemuning",
            "UPTD Panti Sosial Asuhan Anak (PSAA) Tunas Kemuning, Dinas Sosial Kota Tanjung Kemuning",
            [2021, 2022, 2023, 2024], "A")
AG.ambiguous = [["A09", "A09b"]]
FLOW = ["A02", "A03", "A06", "A07", "A08", "A09", "A09b", "A11", "A13", "A16", "A17", "A21"]
LEVEL = ["A01", "A04", "A05", "A10", "A12", "A14", "A15", "A18", "A19", "A20", "A22"]
AG.flow_ids, AG.level_ids = FLOW, LEVEL

NAMES = {
    "A01": {2021: "Jumlah anak asuh yang dibina dalam panti", 2022: "Jumlah anak asuh dibina",
            2023: "Jumlah Anak Asuh yang Mendapatkan Pembinaan di Panti",
            2024: "Jumlah anak asuh binaan UPTD PSAA (orang)"},
    "A02": {2021: "Jumlah anak asuh baru yang diterima", 2022: "Jumlah anak asuh baru ",
            2023: "Jumlah Anak Asuh Baru yang Diterima di Panti", 2024: "Jumlah anak asuh baru binaan (orang)"},
    "A03": {2021: "Jumlah anak yang direunifikasi dengan keluarga", 2022: "Jumlah reunifikasi keluarga (anak)",
            2023: "Jumlah Anak Asuh yang Kembali ke Keluarga (Reunifikasi)",
            2024: "Jumlah anak yg berhasil direunifikasi dg keluarga"},
    "A04": {2021: "Persentase anak yang direunifikasi dengan keluarga", 2022: "Prosentase reunifikasi keluarga",
            2023: "Persentase Anak Asuh yang Berhasil Direunifikasi",
            2024: "% anak yg berhasil direunifikasi dg keluarga"},
    "A05": {2021: "Persentase anak asuh usia sekolah yang bersekolah", 2022: "Prosentase anak asuh bersekolah"},
    "A19": {2021: "Persentase anak asuh yang naik kelas", 2022: "Prosentase anak asuh naik kelas/ lulus"},
    "A20": {2023: "Persentase Anak Asuh yang Bersekolah dan Naik Kelas",
            2024: "% anak asuh bersekolah & naik kelas"},
    "A06": {2021: "Jumlah anak asuh yang lulus SMA/SMK sederajat", 2022: "Jumlah anak asuh lulus SLTA",
            2023: "Jumlah Anak Asuh Lulus SMA/SMK/MA",
            2024: "Jumlah anak asuh yang lulus pendidikan menengah (SMA/SMK/MA)"},
    "A07": {2021: "Jumlah anak asuh yang mengikuti pelatihan keterampilan",
            2022: "Jumlah anak asuh ikut pelatihan keterampilan",
            2023: "Jumlah Anak Asuh yang Mengikuti Pelatihan\nKeterampilan/ Vokasional",
            2024: "Jumlah anak asuh peserta pelatihan keterampilan (orang)"},
    "A08": {2023: "Jumlah Anak Asuh yang Memperoleh Sertifikat Keterampilan",
            2024: "Jumlah anak asuh bersertifikat keterampilan"},
    "A09": {2021: "Jumlah anak yang mendapatkan pengasuhan alternatif berbasis keluarga",
            2022: "Jumlah anak dalam pengasuhan alternatif (berbasis keluarga)"},
    "A09b": {2023: "Jumlah Anak yang Ditempatkan pada Keluarga Asuh/ Orang Tua Asuh",
             2024: "Jumlah anak ditempatkan di keluarga asuh (foster care)"},
    "A10": {2021: "Persentase anak asuh yang memperoleh layanan kesehatan",
            2022: "Prosentase anak asuh mendapat layanan kesehatan",
            2023: "Persentase Anak Asuh yang Mendapatkan Layanan Kesehatan Berkala",
            2024: "% anak asuh terlayani kesehatan"},
    "A11": {2021: "Jumlah layanan konseling dan pendampingan psikososial",
            2022: "Jumlah layanan konseling/ pendampingan psikososial (kali)",
            2023: "Jumlah Layanan Dukungan Psikososial bagi Anak Asuh",
            2024: "Jumlah sesi konseling & dukungan psikososial"},
    "A12": {2021: "Persentase anak asuh yang memiliki dokumen kependudukan lengkap",
            2022: "Prosentase anak asuh memiliki akta kelahiran & KIA",
            2023: "Persentase Anak Asuh dengan Dokumen Kependudukan Lengkap",
            2024: "% anak asuh berdokumen kependudukan"},  # 2024: name wrapped onto a continuation row
    "A13": {2021: "Jumlah kunjungan rumah (home visit) keluarga anak asuh", 2022: "Jumlah home visit",
            2023: "Jumlah Kunjungan Rumah Keluarga Anak Asuh", 2024: "Jumlah kunjungan keluarga (home visit) (kali)"},
    "A14": {2021: "Indeks kepuasan penerima layanan", 2022: "Nilai Indeks Kepuasan Masyarakat (IKM)",
            2023: "Indeks Kepuasan Masyarakat terhadap Layanan Panti", 2024: "IKM UPTD PSAA"},
    "A15": {2021: "Persentase pemenuhan kebutuhan dasar anak asuh",
            2022: "Prosentase pemenuhan kebutuhan dasar (permakanan, sandang, asrama)",
            2023: "Persentase Pemenuhan Kebutuhan Dasar Anak Asuh",
            2024: "% kebutuhan dasar anak asuh terpenuhi"},
    "A16": {2021: "Jumlah layanan permakanan (orang hari)", 2022: "Jumlah hari layanan permakanan",
            2023: "Jumlah Layanan Permakanan Anak Asuh (OH)", 2024: "Layanan permakanan (orang/hari)"},
    "A17": {2021: "Jumlah pengasuh dan pekerja sosial yang dilatih",
            2022: "Jumlah pengasuh/ peksos yg mengikuti pelatihan",
            2023: "Jumlah Pengasuh dan Pekerja Sosial yang Ditingkatkan Kapasitasnya"},
    "A18": {2022: "Nilai akreditasi lembaga kesejahteraan sosial anak (LKSA)", 2023: "Nilai Akreditasi Panti",
            2024: "Akreditasi LKSA/ Panti"},
    "A21": {2021: "Jumlah anak asuh penerima beasiswa/ bantuan pendidikan",
            2022: "Jumlah anak asuh penerima bantuan pendidikan", 2023: "Jumlah Anak Asuh Penerima Beasiswa",
            2024: "Jumlah anak asuh yang menerima beasiswa atau bantuan pendidikan"},
    "A22": {2022: "Rata-rata lama tinggal anak asuh di panti (bulan)", 2023: "Rata-rata Lama Pengasuhan dalam Panti",
            2024: "Rata2 lama tinggal anak di panti (bln)"},
}
UNIT = {"A01": "anak", "A02": "anak", "A03": "anak", "A04": "%", "A05": "%", "A19": "%", "A20": "%",
        "A06": "anak", "A07": "anak", "A08": "anak", "A09": "anak", "A09b": "anak", "A10": "%", "A11": "kali",
        "A12": "%", "A13": "kali", "A14": "nilai", "A15": "%", "A16": "OH", "A17": "orang", "A18": "predikat",
        "A21": "anak", "A22": "bulan"}

SAS = {
    2021: [("Meningkatnya kualitas pengasuhan dan perlindungan anak asuh", ["A01", "A02", "A15", "A16", "A10", "A12", "A11"]),
           ("Meningkatnya pendidikan dan kemandirian anak asuh", ["A05", "A19", "A06", "A07", "A21"]),
           ("Meningkatnya reintegrasi anak ke dalam keluarga", ["A03", "A04", "A09", "A13"]),
           ("Meningkatnya kualitas layanan dan SDM panti", ["A14", "A17"])],
    2022: [("Meningkatnya kualitas pengasuhan dan perlindungan anak asuh", ["A01", "A02", "A15", "A16", "A10", "A12", "A11", "A22"]),
           ("Meningkatnya pendidikan dan kemandirian anak asuh", ["A05", "A19", "A06", "A07", "A21"]),
           ("Meningkatnya reintegrasi anak ke dalam keluarga", ["A03", "A04", "A09", "A13"]),
           ("Meningkatnya kualitas layanan dan kelembagaan panti", ["A14", "A17", "A18"])],
    2024: [("Meningkatnya kualitas pengasuhan anak asuh", ["A01", "A02", "A15", "A16", "A10", "A12", "A11", "A22"]),
           ("Meningkatnya pendidikan dan kemandirian anak asuh", ["A20", "A06", "A07", "A08", "A21"]),
           ("Meningkatnya pengasuhan berbasis keluarga", ["A03", "A04", "A09b", "A13"]),
           ("Meningkatnya kualitas layanan panti", ["A14", "A18"])],
}

F21 = "Monev Triwulan UPTD PSAA 2021"
F22 = "Rekap Bulanan Kinerja UPTD PSAA 2022"
F23 = "Evaluasi Renja UPTD PSAA Triwulan IV 2023"
F24 = "Matriks Renstra UPTD PSAA 2021-2026 (Capaian 2024)"


def signature(ws, row, colL, place_date):
    ws[f"{colL}{row}"] = place_date
    ws[f"{colL}{row + 1}"] = "Kepala UPTD PSAA Tunas Kemuning"
    ws[f"{colL}{row + 5}"] = "Dra. RATNA DEWI KUSUMAWATI, M.Si"
    ws[f"{colL}{row + 5}"].font = Font(bold=True, underline="single")
    ws[f"{colL}{row + 6}"] = "Penata Tingkat I (III/d)"
    ws[f"{colL}{row + 7}"] = "NIP. 19780324 200312 2 006"


# =============================================================================== 2021: turned-over quarterly
def book_2021():
    Y = 2021
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriks TW 2021"
    ids = [i for _, g in SAS[Y] for i in g]
    last = get_column_letter(2 + len(ids))
    title(ws, 1, "MATRIKS MONITORING DAN EVALUASI KINERJA TRIWULANAN", last)
    title(ws, 2, "UPTD PANTI SOSIAL ASUHAN ANAK (PSAA) TUNAS KEMUNING", last, bold=False)
    title(ws, 3, "DINAS SOSIAL KOTA TANJUNG KEMUNING - TAHUN 2021", last, bold=False)
    widths(ws, {"A": 10, "B": 12})
    for k in range(len(ids)):
        ws.column_dimensions[get_column_letter(3 + k)].width = 15
    merge(ws, "A5:B5", "Sasaran", bold=True, fill=HEAD_FILL)
    merge(ws, "A6:B6", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "A7:B7", "Satuan", bold=True)
    merge(ws, "A8:B8", "Target Tahun 2021", bold=True)
    for q, r in zip(["TW I", "TW II", "TW III", "TW IV"], [9, 11, 13, 15]):
        merge(ws, f"A{r}:A{r + 1}", q, bold=True)
        put(ws, f"B{r}", "Target")
        put(ws, f"B{r + 1}", "Realisasi")
    merge(ws, "A17:B17", "Keterangan", bold=True)
    ws.row_dimensions[6].height = 95

    # id: (annual target V, quarter targets, quarter realisasi, ket)
    D = {
        "A01": (N(80), [N(80)] * 4, [N(78), N(77), N(79), N(76)], "posisi akhir triwulan"),
        "A02": (N(15), [N(4), N(4), N(4), N(3)], [N(4), N(3), N(2), N(3)], ""),
        "A15": (P(100, "0%"), [P(100, "0%")] * 4, [P(100, "0%")] * 4, ""),
        "A16": (NI(29200), [NI(7300)] * 4, [NI(6930), NI(6975), NI(7020), NI(6815)], "orang x hari"),
        "A10": (TP(100), [TP(100)] * 4, [TP(100)] * 4, ""),
        "A12": (N(90), [N(90)] * 4, [N(84.6), N(86.1), N(87.3), N(0.882, note="fraction")], ""),
        "A11": (N(480), [N(120)] * 4, [N(108), N(112), N(121), N(114)], ""),
        "A05": (N(100), [N(100)] * 4, [N(96.2), N(96.2), N(97.4), N(97.4)], ""),
        "A19": (N(95), [None, N(95), None, None], [None, N(96.1), None, None], "kenaikan kelas Juni"),
        "A06": (N(8), [DASH, N(8), DASH, DASH], [DASH, N(8), DASH, DASH], "kelulusan Juni"),
        "A07": (N(40), [N(10)] * 4, [N(10), N(9), N(12), N(7)], ""),
        "A21": (N(20), [DASH, DASH, N(20), DASH], [DASH, DASH, T(18, "anak"), DASH], ""),
        "A03": (N(10), [N(2), N(3), N(2), N(3)], [N(2), N(2), N(1), N(3)], ""),
        "A04": (T(12.5), [N(3), N(6), N(9), N(12.5)], [N(2.6), N(5.3), N(6.6), N(10.5)], "kumulatif"),
        "A09": (N(6), [N(1), N(2), N(1), N(2)], [N(1), N(2), N(0), N(2)], ""),
        "A13": (N(600, note="10x"), [N(15)] * 4, [N(12), N(15), N(14), N(13)], ""),
        "A14": (N(80), [None, N(80), None, N(80)], [None, N(80.6), None, None], "survei TW IV belum diolah"),
        "A17": (N(10), [DASH, N(5), N(5), DASH], [DASH, N(4), N(6), DASH], ""),
    }
    AG.mistake(Y, "A13", "annual target typed 10x: 600 for 60 home visits (quarter targets 15 each); key target 600")
    AG.mistake(Y, "A12", "TW IV realisasi typed 0,882 in a plain cell (for 88,2 %); level id -> key realisasi 0.882")
    c = 3
    for sas, g in SAS[Y]:
        c0 = c
        for iid in g:
            L = get_column_letter(c)
            put(ws, f"{L}6", NAMES[iid][Y], wrap=True, bold=True)
            put(ws, f"{L}7", UNIT[iid], align="center")
            t, qt, qr, ket = D[iid]
            put(ws, f"{L}8", t)
            pairs = []
            for k, r in enumerate([9, 11, 13, 15]):
                put(ws, f"{L}{r}", qt[k] if qt[k] is not None else None)
                put(ws, f"{L}{r + 1}", qr[k] if qr[k] is not None else None)
                pairs.append((f"{L}{r + 1}", qr[k]))
            put(ws, f"{L}17", ket, wrap=True)
            rspec = spec_sum(pairs) if iid in FLOW else spec_last(pairs)
            AG.add(F21 + ".ods", ws.title, Y, iid, f"{L}6", NAMES[iid][Y], spec_cell(f"{L}8", t), rspec,
                   with_col=True)
            c += 1
        merge(ws, f"{get_column_letter(c0)}5:{get_column_letter(c - 1)}5", sas, bold=True, fill=HEAD_FILL)
    ws["A19"] = "Catatan: realisasi diisi per triwulan (bukan kumulatif), kecuali indikator persentase (posisi akhir triwulan)."
    ws["A19"].font = Font(italic=True, size=9)
    signature(ws, 21, "P", "Tanjung Kemuning, 10 Januari 2022")
    deliver(AG, wb, F21, "ods")
    AG.layouts[Y] = ("Monev Triwulan 2021 (.ods, sheet 'Matriks TW 2021'): NEW LAYOUT - the table turned over: "
                     "indicators ACROSS (names in row 6, columns C..T, hence 'col' in the key), sasaran merged over "
                     "their indicator columns in row 5, Satuan row, 'Target Tahun 2021' row, then TW I-IV each as a "
                     "Target row and a Realisasi row, Keterangan row; NO annual realisasi (flow: sum of TW; level: "
                     "last reported TW). A14 reported only at TW II, A19 only at TW II; '-' quarters; "
                     "'18 anak' text; %-formatted 100 %; '100 %' text; '12,5' text target.")


# =============================================================================== 2022: monthly recap
def book_2022():
    Y = 2022
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap 2022"
    title(ws, 1, "REKAPITULASI BULANAN CAPAIAN KINERJA", "Q")
    title(ws, 2, "UPTD PANTI SOSIAL ASUHAN ANAK TUNAS KEMUNING KOTA TANJUNG KEMUNING", "Q", bold=False)
    title(ws, 3, "TAHUN 2022", "Q", bold=False)
    merge(ws, "A5:A6", "No", bold=True, fill=HEAD_FILL)
    merge(ws, "B5:B6", "Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "C5:C6", "Satuan", bold=True, fill=HEAD_FILL)
    merge(ws, "D5:D6", "Target 2022", bold=True, fill=HEAD_FILL)
    merge(ws, "E5:P5", "Realisasi Bulan", bold=True, fill=HEAD_FILL)
    MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
    for k, m in enumerate(MON):
        put(ws, f"{get_column_letter(5 + k)}6", m, bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "Q5:Q6", "Ket.", bold=True, fill=HEAD_FILL)
    for k in range(17):
        put(ws, f"{get_column_letter(1 + k)}7", k + 1, align="center")
    widths(ws, {"A": 5, "B": 48, "C": 9, "D": 11, "Q": 18})
    for k in range(12):
        ws.column_dimensions[get_column_letter(5 + k)].width = 8

    def M(vals, mk=N):
        return [None if v is None else (DASH if v == "-" else (v if isinstance(v, V) else mk(v))) for v in vals]

    a16 = [2325, 2100, 2356, 2310, 2387, 2340, 2418, 2449, 2370, 2418, 2340, 2457]
    a16v = M(a16, NI)
    a16v[6] = NI(24180, note="10x")
    D = {
        "A01": (N(80), M([75, 75, 76, 77, 77, 78, 78, 79, 79, 78, 78, 78]), ""),
        "A02": (N(15), M([3, 1, 2, 1, 0, 2, 3, 1, 1, 2, 0, 1]), ""),
        "A15": (P(100, "0%"), [P(100, "0%")] * 12, ""),
        "A16": (NI(29200), a16v, "OH = orang x hari"),
        "A10": (N(100), M([100] * 12), ""),
        "A12": (N(95), [P(x) for x in [89.7, 89.7, 90.9, 90.9, 91.0, 92.3, 92.3, 92.4, 92.4, 93.6, 93.6, 93.6]], ""),
        "A11": (N(500), M([44, 45, 47, 46, 48, 46, 49, 47, 48, 46, 46, None]), "Des menyusul *)"),
        "A22": (N(30), M([33.1, 33.0, 33.0, 32.9, 32.9, 32.8, 32.8, 32.7, 32.6, 32.6, 32.5, 32.5]), "indikator negatif"),
        "A05": (N(100), M([97.4, None, None, None, None, None, 98.7, None, None, None, None, None]), "data per semester"),
        "A19": (N(95), M([None, None, None, None, None, 94.9, None, None, None, None, None, None]), ""),
        "A06": (N(9), M(["-", "-", "-", "-", 9, "-", "-", "-", "-", "-", "-", "-"]), "kelulusan Mei"),
        "A07": (N(45), M([4, 3, 5, 4, 3, 4, 5, 4, 3, 4, 4, 3]), ""),
        "A21": (N(25), [T(12, "anak"), None, None, None, None, None, T(14, "anak"), None, None, None, None, None], ""),
        "A03": (N(12), M([1, 0, 1, 1, 0, 2, 1, 1, 0, 2, 1, 1]), ""),
        "A04": (N(15), M([1.3, 1.3, 2.6, 3.8, 3.8, 6.4, 7.7, 9.0, 9.0, 11.5, 12.8, 14.1]), "kumulatif"),
        "A09": (N(8), M([0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1]), ""),
        "A13": (N(70), M([5, 6, 7, 6, 6, 6, 5, 7, 6, 6, 6, 6]), ""),
        "A14": (N(81), [None] * 5 + [TXT("81,7", 81.7)] + [None] * 5 + [TXT("82,15", 82.15)], "survei semesteran"),
        "A17": (N(12), M([None, None, 5, None, None, None, None, 7, None, None, None, None]), ""),
        "A18": (G("B"), [None] * 9 + [G("B")] + [None, None], "visitasi Okt"),
    }
    AG.mistake(Y, "A16", "July realisasi typed 10x (24.180 for 2.418 orang-hari); flow id -> key realisasi is the sum as typed")
    AG.mistake(Y, "A07", "row pasted twice (second copy directly below is not a key row)")
    r = 8
    no = 1
    roman = ["I", "II", "III", "IV"]
    for si, (sas, ids) in enumerate(SAS[Y]):
        merge(ws, f"A{r}:Q{r}", f"{roman[si]}. SASARAN : {sas}", bold=True, align="left", fill=HEAD_FILL)
        r += 1
        for iid in ids:
            t, ms, ket = D[iid]
            for copy in (0, 1) if iid == "A07" else (0,):
                put(ws, f"A{r}", no, align="center")
                put(ws, f"B{r}", NAMES[iid][Y], wrap=True)
                put(ws, f"C{r}", UNIT[iid], align="center")
                put(ws, f"D{r}", t)
                pairs = []
                for k in range(12):
                    L = get_column_letter(5 + k)
                    put(ws, f"{L}{r}", ms[k] if ms[k] is not None else None)
                    pairs.append((f"{L}{r}", ms[k]))
                put(ws, f"Q{r}", ket, wrap=True)
                if copy == 0:
                    rspec = spec_sum(pairs) if iid in FLOW else spec_last(pairs)
                    AG.add(F22 + ".xlsx", ws.title, Y, iid, f"B{r}", NAMES[iid][Y], spec_cell(f"D{r}", t), rspec)
                r += 1
            no += 1
            if iid == "A16":
                put(ws, f"A{r}", None)
                put(ws, f"B{r}", "Jumlah anak asuh penyandang disabilitas (usulan indikator, belum disepakati)")
                put(ws, f"C{r}", "anak")
                for k in range(12):
                    put(ws, f"{get_column_letter(5 + k)}{r}", 3)
                ws.row_dimensions[r].hidden = True
                r += 1
    ws[f"B{r + 1}"] = "*) Data layanan konseling bulan Desember menyusul (rekap dibuat 22 Desember 2022)."
    ws[f"B{r + 2}"] = "Indikator persentase dan rata-rata diisi posisi akhir bulan; indikator jumlah diisi capaian bulan berjalan."
    for rr in (r + 1, r + 2):
        ws[f"B{rr}"].font = Font(italic=True, size=9)
    signature(ws, r + 4, "L", "Tanjung Kemuning, 22 Desember 2022")
    deliver(AG, wb, F22, "xlsx")
    AG.layouts[Y] = ("Rekap Bulanan 2022 (.xlsx, sheet 'Rekap 2022'): monthly recap - Target 2022 then Jan..Des "
                     "realisasi across (merged 'Realisasi Bulan' over the months), sasaran as full-width group rows "
                     "('I. SASARAN : ...'), numbered header row; NO annual realisasi (flow: sum of the months "
                     "reported; level: last month reported). A11 has no December (footnote), A05 reported only in "
                     "Jan and Jul, A19 only in Jun, A14 Jun and Dec as text '81,7' / '82,15', A18 grade in Okt; "
                     "A12 months as %-formatted fractions; the A07 row pasted twice; a hidden draft row after A16.")


# =============================================================================== 2023: E.81
def book_2023():
    Y = 2023
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "E.81 TW IV 2023"
    for i, t in enumerate(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TANJUNG KEMUNING",
                           "UPTD PANTI SOSIAL ASUHAN ANAK TUNAS KEMUNING - DINAS SOSIAL",
                           "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN ANGGARAN 2023"], start=1):
        title(ws, i, t, "Z")
    ws["A4"] = "Indikator dan target kinerja Perangkat Daerah Kota yang mengacu pada sasaran RKPD : Meningkatnya pelayanan dan rehabilitasi sosial"
    ws["A4"].font = Font(size=9, italic=True)
    hdr = [("A6:A7", "No"), ("B6:B7", "Sasaran"), ("C6:C7", "Program / Kegiatan / Sub Kegiatan"),
           ("D6:D7", "Indikator Kinerja Program (outcome) / Kegiatan (output)"), ("E6:E7", "Satuan"),
           ("F6:G7", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)"),
           ("H6:I7", "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun Lalu (2022)"),
           ("J6:K7", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2023) yang Dievaluasi"),
           ("L6:S6", "Realisasi Kinerja pada Triwulan"),
           ("L7:M7", "I"), ("N7:O7", "II"), ("P7:Q7", "III"), ("R7:S7", "IV"),
           ("T6:U7", "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"),
           ("V6:W7", "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2023"),
           ("X6:Y7", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2023 (%)"),
           ("Z6:Z7", "Unit Perangkat Daerah Penanggung Jawab")]
    for rng, t in hdr:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            merge(ws, rng, t, bold=True, fill=HEAD_FILL)
        else:
            put(ws, rng.split(":")[0], t, bold=True, fill=HEAD_FILL)
    nums = [("A8", "1"), ("B8", "2"), ("C8", "3"), ("D8", "4"), ("E8", "5"), ("F8:G8", "6"), ("H8:I8", "7"),
            ("J8:K8", "8"), ("L8:M8", "9"), ("N8:O8", "10"), ("P8:Q8", "11"), ("R8:S8", "12"),
            ("T8:U8", "13 = 9 + 10 + 11 + 12"), ("V8:W8", "14 = 7 + 13"), ("X8:Y8", "15 = 14 / 6 x 100"), ("Z8", "16")]
    for rng, t in nums:
        if ":" in rng:
            merge(ws, rng, t)
        else:
            put(ws, rng, t, align="center")
    for k in range(6, 26):
        L = get_column_letter(k)
        put(ws, f"{L}9", "K" if k % 2 == 0 else "Rp", align="center", bold=True)
    widths(ws, {"A": 5, "B": 20, "C": 32, "D": 40, "E": 8, "Z": 16})
    for k in range(6, 26):
        ws.column_dimensions[get_column_letter(k)].width = 11 if k % 2 == 0 else 14

    # indicators: id: (renstra2026, real s.d. 2022, target 2023 V, [TW K], col13 mode, pj)
    D = {
        "A01": (85, 78, N(85), [80, 81, 83, 82], "last"),
        "A16": (31025, 56210, NI(31025), [7380, 7462, 7544, 7544], "sum"),
        "A15": (100, 100, N(100), [100, 100, 100, 100], "last"),
        "A02": (18, 29, N(18), [5, 3, 4, 2], "sum"),
        "A22": (24, 32.5, N(28), [28.4, 27.9, 27.5, 27.1], "last"),
        "A10": (100, 100, N(100), [100, 98.8, 98.8, 98.8], "last"),
        "A11": (560, 967, N(520), [128, 131, 140, 135], "sum"),
        "A12": (100, 93.6, N(98), [95.1, 96.3, 97.6, 97.6], "last"),
        "A20": (98, 96.8, N(96), [95.8, 95.8, 96.3, 96.3], "last"),
        "A06": (10, 17, N(10), [0, 9, 0, 0], "sum"),
        "A07": (55, 84, N(50), [12, 14, 15, 11], "typed0"),
        "A08": (35, 0, N(30), [0, 12, 0, 15], "sum"),
        "A21": (30, 44, N(30), [0, 0, 31, 0], "sum"),
        "A03": (15, 19, N(12), [3, 4, 2, 4], "sum"),
        "A13": (80, 126, N(80), [19, 21, 22, 19], "sum"),
        "A04": (16, 14.1, N(14), [3.7, 8.5, 11.0, 15.9], "last"),
        "A09b": (8, 12, N(5), [1, 2, 1, 2], "sum"),
        "A14": (83, 82.15, N(82), [None, 82.9, None, 83.4], "wrongsum"),
        "A17": (12, 22, N(12), [0, 6, 8, 0], "sum"),
        "A18": ("A", "B", G("B"), [None, None, None, "A"], "grade"),
    }
    AG.mistake(Y, "A07", "column 13 (K) typed over as 0 while TW I-IV hold 12/14/15/11; key realisasi 0 (the column as it stands)")
    AG.mistake(Y, "A14", "column 13 (K) is =L+N+P+R, summing two IKM surveys (82,9 + 83,4) -> 166,3; key 166.3")
    struct = [
        ("P", "PROGRAM REHABILITASI SOSIAL", None),
        ("K", "Rehabilitasi Sosial Dasar Anak Terlantar di dalam Panti Sosial", ["A01"]),
        ("S", "Penyediaan Permakanan", ["A16", "A15"], 412650000),
        ("S", "Penyediaan Sandang dan Asrama", ["A02", "A22"], 118400000),
        ("S", "Pemberian Pelayanan Kesehatan dan Dukungan Psikososial", ["A10", "A11", "A12"], 96250000),
        ("S", "Pemberian Bimbingan Pendidikan dan Keterampilan", ["A20", "A06", "A07", "A08", "A21"], 187300000),
        ("K", "Reunifikasi dan Reintegrasi Sosial Anak", ["A03"]),
        ("S", "Penelusuran dan Kunjungan Keluarga Anak Asuh", ["A13", "A04"], 64800000),
        ("S", "Fasilitasi Pengasuhan Alternatif Berbasis Keluarga", ["A09b"], 38750000),
        ("P", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None),
        ("K", "Peningkatan Mutu Pelayanan UPTD", ["A14"]),
        ("S", "Pendidikan dan Pelatihan Pengasuh dan Pekerja Sosial", ["A17"], 42500000),
        ("S", "Fasilitasi Akreditasi Lembaga", ["A18"], 25000000),
    ]
    r = 10
    start_all = r
    no = 1
    prog_rows, keg_rows = [], []   # [row, [child rows]]
    for item in struct:
        kind, nm, ids = item[0], item[1], item[2]
        if kind == "P":
            prog_rows.append([r, []])
            put(ws, f"A{r}", None)
            put(ws, f"C{r}", nm, bold=True, wrap=True)
            ws[f"C{r}"].fill = HEAD_FILL
            for k in range(4, 27):
                put(ws, f"{get_column_letter(k)}{r}", ws[f"{get_column_letter(k)}{r}"].value)
            prog_row = r
            r += 1
            continue
        first = r
        if kind == "K":
            keg_rows.append([r, []])
            prog_rows[-1][1].append(r)
        else:
            keg_rows[-1][1].append(r)
        for j, iid in enumerate(ids):
            ren, prev, t, q, mode = D[iid]
            put(ws, f"A{r}", no if j == 0 else None, align="center")
            put(ws, f"C{r}", nm if j == 0 else None, wrap=True, bold=(kind == "K"))
            put(ws, f"D{r}", NAMES[iid][Y], wrap=True)
            put(ws, f"E{r}", UNIT[iid], align="center")
            if mode in ("sum", "typed0") and iid != "A08":
                ren = ren * 5  # flows: Renstra target = total over 2022-2026
            put(ws, f"F{r}", ren, fmt="#,##0" if isinstance(ren, (int, float)) and ren >= 1000 else None)
            put(ws, f"H{r}", prev, fmt="#,##0" if isinstance(prev, (int, float)) and prev >= 1000 else None)
            put(ws, f"J{r}", t)
            qcells = ["L", "N", "P", "R"]
            pairs = []
            for qc, qv in zip(qcells, q):
                if qv is None:
                    put(ws, f"{qc}{r}", None)
                    pairs.append((f"{qc}{r}", None))
                else:
                    vv = G(qv) if isinstance(qv, str) else (NI(qv) if qv >= 1000 else N(qv))
                    put(ws, f"{qc}{r}", vv)
                    pairs.append((f"{qc}{r}", vv))
            if mode == "sum":
                _, val = spec_sum(pairs)
                tv = F(f"=L{r}+N{r}+P{r}+R{r}", val, "#,##0" if val and val >= 1000 else "General")
            elif mode == "last":
                tv = F(f"=R{r}", q[3], "General")
            elif mode == "typed0":
                tv = N(0, note="typed over")
            elif mode == "wrongsum":
                tv = F(f"=L{r}+N{r}+P{r}+R{r}", sum(x for x in q if x is not None), "General", note="wrong formula")
            else:  # grade
                tv = G("A")
            put(ws, f"T{r}", tv)
            if mode in ("sum", "typed0"):
                put(ws, f"V{r}", f"=H{r}+T{r}", fmt="#,##0")
            elif mode == "grade":
                put(ws, f"V{r}", "A")
            else:
                put(ws, f"V{r}", f"=T{r}")
            if mode == "grade":
                put(ws, f"X{r}", "-")
            else:
                put(ws, f"X{r}", f"=V{r}/F{r}*100", fmt="0.00")
            put(ws, f"Z{r}", "Seksi Pelayanan & Rehsos" if iid not in ("A14", "A17", "A18") else "Subbag Tata Usaha", wrap=True)
            AG.add(F23 + ".xls", ws.title, Y, iid, f"D{r}", NAMES[iid][Y], spec_cell(f"J{r}", t),
                   spec_cell(f"T{r}", tv))
            r += 1
        if kind == "S":
            budget = item[3]
            put(ws, f"G{first}", round(budget * 5.2, -4), fmt="#,##0")
            put(ws, f"K{first}", budget, fmt="#,##0")
            shares = [0.18, 0.24, 0.27, 0.26]
            for qc, sh in zip(["M", "O", "Q", "S"], shares):
                put(ws, f"{qc}{first}", round(budget * sh, -3), fmt="#,##0")
            put(ws, f"U{first}", f"=M{first}+O{first}+Q{first}+S{first}", fmt="#,##0")
            put(ws, f"W{first}", f"=I{first}+U{first}", fmt="#,##0")
            put(ws, f"Y{first}", f"=W{first}/G{first}*100", fmt="0.00")
            put(ws, f"I{first}", round(budget * 1.9, -3), fmt="#,##0")
        no += 1
    end_row = r - 1
    # budget sums on kegiatan and program rows
    for parent, kids in keg_rows + prog_rows:
        for L in ["G", "I", "K", "M", "O", "Q", "S", "U", "W"]:
            put(ws, f"{L}{parent}", "=" + "+".join(f"{L}{k}" for k in kids), fmt="#,##0")
        put(ws, f"Y{parent}", f"=W{parent}/G{parent}*100", fmt="0.00")
    # sasaran column (2), merged
    merge(ws, f"B10:B{prog_rows[1][0] - 1}", "Meningkatnya kualitas pengasuhan, pendidikan dan reintegrasi anak asuh",
          align="left")
    merge(ws, f"B{prog_rows[1][0]}:B{end_row}", "Meningkatnya kualitas layanan panti", align="left")
    # summary rows under the table
    put(ws, f"C{r + 1}", "Rata-rata capaian kinerja (%)", bold=True)
    put(ws, f"X{r + 1}", f"=AVERAGE(X{start_all}:X{end_row})", fmt="0.0")
    put(ws, f"C{r + 2}", "Predikat kinerja", bold=True)
    put(ws, f"X{r + 2}", "Sangat Tinggi")
    ws[f"C{r + 3}"] = "Faktor pendorong : dukungan orang tua asuh dan sekolah mitra."
    ws[f"C{r + 4}"] = "Faktor penghambat : keterbatasan pekerja sosial; survei IKM semester I terlambat."
    ws[f"C{r + 5}"] = "Tindak lanjut yang diperlukan dalam triwulan berikutnya : penambahan jadwal home visit."
    ws[f"C{r + 6}"] = "Tindak lanjut yang diperlukan dalam Renja berikutnya : penambahan anggaran pelatihan vokasional."
    ws[f"C{r + 8}"] = "Disusun"
    ws[f"C{r + 9}"] = "Tanjung Kemuning, 12 Januari 2024"
    ws[f"C{r + 10}"] = "Kepala UPTD PSAA Tunas Kemuning"
    ws[f"C{r + 14}"] = "Dra. RATNA DEWI KUSUMAWATI, M.Si"
    ws[f"C{r + 15}"] = "NIP. 19780324 200312 2 006"
    ws[f"T{r + 8}"] = "Dievaluasi"
    ws[f"T{r + 9}"] = "Tanjung Kemuning, 19 Januari 2024"
    ws[f"T{r + 10}"] = "Kepala Dinas Sosial Kota Tanjung Kemuning"
    ws[f"T{r + 14}"] = "H. SYAMSUL BAHRI NASUTION, S.Sos, M.AP"
    ws[f"T{r + 15}"] = "NIP. 19690917 199403 1 004"
    deliver(AG, wb, F23, "xls")
    AG.layouts[Y] = ("Evaluasi Renja TW IV 2023 (.xls, sheet 'E.81 TW IV 2023'): Permendagri 86 form E.81 with the "
                     "Deli Serdang numbering (Satuan numbered 5): K/Rp pairs, 6 = Target Renstra 2026, "
                     "7 = Realisasi s.d. 2022, 8 = Target Renja 2023 (key target), 9-12 = TW I-IV, "
                     "13 = 9+10+11+12 (key realisasi, formulas: sum for counts, =TW IV for rates), 14, 15; "
                     "program / kegiatan / sub kegiatan names in column 3 with their budgets; several indicators "
                     "under one sub kegiatan (column 3 blank on the following rows); rata-rata / predikat / "
                     "faktor rows and two signatures (Disusun / Dievaluasi) below. A07's column 13 typed over "
                     "(0), A14's column 13 sums two IKM surveys.")


# =============================================================================== 2024: Renstra matrix
def book_2024():
    Y = 2024
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Matriks Renstra"
    title(ws, 1, "MATRIKS RENCANA STRATEGIS (RENSTRA) 2021-2026 DAN CAPAIAN KINERJA TAHUN 2024", "O")
    title(ws, 2, "UPTD PANTI SOSIAL ASUHAN ANAK TUNAS KEMUNING - DINAS SOSIAL KOTA TANJUNG KEMUNING", "O", bold=False)
    merge(ws, "A4:A5", "No", bold=True, fill=HEAD_FILL)
    merge(ws, "B4:B5", "Tujuan / Sasaran / Indikator Kinerja", bold=True, fill=HEAD_FILL)
    merge(ws, "C4:C5", "Satuan", bold=True, fill=HEAD_FILL)
    merge(ws, "D4:D5", "Kondisi Awal (2020)", bold=True, fill=HEAD_FILL)
    merge(ws, "E4:J4", "Target Kinerja Tahun", bold=True, fill=HEAD_FILL)
    for k, yy in enumerate(range(2021, 2027)):
        put(ws, f"{get_column_letter(5 + k)}5", str(yy), bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "K4:K5", "Kondisi Kinerja Akhir Renstra (2026)", bold=True, fill=HEAD_FILL)
    merge(ws, "L4:M4", "Realisasi", bold=True, fill=HEAD_FILL)
    put(ws, "L5", "2023", bold=True, align="center", fill=HEAD_FILL)
    put(ws, "M5", "2024", bold=True, align="center", fill=HEAD_FILL)
    merge(ws, "N4:N5", "Capaian 2024 (%)", bold=True, fill=HEAD_FILL)
    merge(ws, "O4:O5", "Keterangan", bold=True, fill=HEAD_FILL)
    for k in range(15):
        put(ws, f"{get_column_letter(1 + k)}6", f"({k + 1})", align="center")
    widths(ws, {"A": 5, "B": 50, "C": 8, "D": 10, "K": 12, "L": 10, "M": 10, "N": 10, "O": 22})

    # id: (kondisi awal, targets 2021..2026 (index 3 = 2024 -> V), realisasi 2023, realisasi 2024 V)
    D = {
        "A01": (82, [80, 80, 85, N(85), 85, 85], 82, N(84)),
        "A02": (14, [15, 15, 18, N(18), 20, 20], 14, N(19)),
        "A15": (100, [100, 100, 100, N(100), 100, 100], 100, N(0.995, note="fraction")),
        "A16": (29930, [29200, 29200, 31025, NI(31025), 31025, 31025], 29930, NI(30660)),
        "A10": (100, [100, 100, 100, N(100), 100, 100], 98.8, N(100)),
        "A12": (80, [90, 95, 98, N(100), 100, 100], 97.6, N(98.8)),
        "A11": (420, [480, 500, 520, N(5400, note="10x"), 560, 560], 534, N(561)),
        "A22": (34, [32, 30, 28, N(26), 25, 24], 27.1, TXT("25,4 bln", 25.4)),
        "A20": (94, [95, 95, 96, CMP(">=", 97), 97, 98], 96.3, N(97.6)),
        "A06": (7, [8, 9, 10, N(10), 10, 10], 9, N(11)),
        "A07": (35, [40, 45, 50, N(55), 55, 55], 52, N(55)),
        "A08": ("-", ["-", "-", 30, N(35), 35, 35], 27, N(36)),
        "A21": (15, [20, 25, 30, N(30), 30, 30], 31, N(33)),
        "A03": (9, [10, 12, 12, N(14), 15, 15], 13, N(15)),
        "A04": (11, [12.5, 15, 14, N(16), 16, 16], 15.9, N(17.9)),
        "A09b": ("-", ["-", "-", 5, N(6), 7, 8], 6, T(6, "anak")),
        "A13": (48, [60, 70, 80, N(80), 80, 80], 81, N(77)),
        "A14": (79, [80, 81, 82, RNG(83, 85), 84, 85], 83.4, N(84.7)),
        "A18": ("C", ["B", "B", "B", G("A"), "A", "A"], "A", G("A")),
    }
    AG.mistake(Y, "A11", "target 2024 typed 10x (5.400 for 540); key target 5400")
    AG.mistake(Y, "A15", "realisasi 2024 typed 0,995 in a plain cell (for 99,5 %); key 0.995")
    r = 7
    merge(ws, f"A{r}:O{r}", "TUJUAN : Meningkatnya kesejahteraan sosial anak terlantar di Kota Tanjung Kemuning",
          bold=True, align="left", fill=HEAD_FILL)
    r += 1
    no = 1
    for si, (sas, ids) in enumerate(SAS[Y], start=1):
        merge(ws, f"A{r}:O{r}", f"SASARAN {si} : {sas}", bold=True, align="left")
        r += 1
        for iid in ids:
            awal, tg, r23, r24 = D[iid]
            put(ws, f"A{r}", no, align="center")
            put(ws, f"B{r}", NAMES[iid][Y], wrap=(iid != "A12"))
            put(ws, f"C{r}", UNIT[iid], align="center")
            put(ws, f"D{r}", awal, fmt="#,##0" if isinstance(awal, (int, float)) and awal >= 1000 else None)
            for k, tv in enumerate(tg):
                L = get_column_letter(5 + k)
                if isinstance(tv, V):
                    put(ws, f"{L}{r}", tv)
                else:
                    put(ws, f"{L}{r}", tv, fmt="#,##0" if isinstance(tv, (int, float)) and tv >= 1000 else None)
            put(ws, f"K{r}", tg[5], fmt="#,##0" if isinstance(tg[5], (int, float)) and tg[5] >= 1000 else None)
            put(ws, f"L{r}", r23, fmt="#,##0" if isinstance(r23, (int, float)) and r23 >= 1000 else None)
            put(ws, f"M{r}", r24)
            if isinstance(tg[3].raw, (int, float)) and isinstance(r24.raw, (int, float)):
                if iid == "A22":
                    put(ws, f"N{r}", f"=ROUND((2*H{r}-M{r})/H{r}*100,2)", fmt="0.00")
                else:
                    put(ws, f"N{r}", f"=ROUND(M{r}/H{r}*100,2)", fmt="0.00")
            elif iid == "A22":
                put(ws, f"N{r}", 102.31, fmt="0.00")
            else:
                put(ws, f"N{r}", {"A18": 100, "A20": 100.62}.get(iid, "-"))
            put(ws, f"O{r}", "indikator negatif" if iid == "A22" else ("baru 2023" if iid in ("A08", "A09b") else None))
            AG.add(F24 + ".xlsx", ws.title, Y, iid, f"B{r}", NAMES[iid][Y], spec_cell(f"H{r}", tg[3]),
                   spec_cell(f"M{r}", r24))
            r += 1
            no += 1
            if iid == "A12":
                # continuation row of the wrapped name (not a key row)
                put(ws, f"A{r}", None)
                put(ws, f"B{r}", "lengkap (akta, KIA, KK)")
                for k in range(3, 16):
                    put(ws, f"{get_column_letter(k)}{r}", None)
                r += 1
    ws[f"B{r + 1}"] = "Catatan: target 2023-2026 sesuai Renstra Perubahan (Perwal No. 17 Tahun 2023); indikator A20 menggabungkan indikator bersekolah dan naik kelas."
    ws[f"B{r + 2}"] = "Sumber: Laporan bulanan UPTD, SIKS-NG, data sekolah mitra."
    for rr in (r + 1, r + 2):
        ws[f"B{rr}"].font = Font(italic=True, size=9)
    signature(ws, r + 4, "L", "Tanjung Kemuning, 20 Januari 2025")
    h = wb.create_sheet("Renstra Awal (draft)")
    h["A1"] = "Matriks Renstra awal 2021-2026 (sebelum perubahan) - arsip"
    h["A3"] = "Indikator"
    h["B3"] = "Target 2024"
    h["A4"] = "Jumlah anak asuh yang dibina dalam panti"
    h["B4"] = 80
    h["A5"] = "Persentase anak asuh usia sekolah yang bersekolah"
    h["B5"] = 100
    h.sheet_state = "hidden"
    deliver(AG, wb, F24, "xlsx")
    AG.layouts[Y] = ("Matriks Renstra 2021-2026 with capaian 2024 (.xlsx, sheet 'Matriks Renstra'): Kondisi Awal 2020, "
                     "six target columns 2021..2026 (key target = 2024 column H), Kondisi Akhir, Realisasi 2023 and "
                     "2024 (key realisasi = 2024 column M), Capaian 2024; Tujuan and Sasaran as group rows; A12's "
                     "name wrapped by hand onto a continuation row ('lengkap (akta, KIA, KK)' below, not a key row); "
                     "target range '83 - 85', '>= 97'; '25,4 bln' and '6 anak' text; hidden sheet 'Renstra Awal (draft)'.")


def build():
    book_2021()
    book_2022()
    book_2023()
    book_2024()
    AG.save()
    return AG


if __name__ == "__main__":
    build()
    print("PSAA:", len(AG.rows), "key rows")
