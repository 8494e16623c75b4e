"""The three Rencana Aksi workbooks (W2 cumulative, W5 per quarter, W7 schedule in % of the year's work)."""
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment
from lib import *

LV = {"S": "Sasaran", "P": "Program", "K": "Kegiatan"}


def newkey(file, sheet, year):
    return {"file": file, "sheet": sheet, "form": "rencana-aksi", "year": year, "indicators": [], "mistakes": [],
            "traps": [], "clean_rows": []}


def ind_entry(row, sas, b, written):
    return {"row": row, "sasaran": sas, "indikator": b["ind"], "satuan": b["sat"], "target": b["t"],
            "realisasi": b.get("r_key", b["r"]), "capaian_written": written, "polarity": "positive",
            "negative_formula": None, "level": {"S": "sasaran", "P": "program", "K": "kegiatan"}[b["lv"]]}


def sig(ws, row, col, lines):
    for s in lines:
        if s:
            put(ws, row, col, s, bold=s.isupper())
        row += 1


# ------------------------------------------------------------------ W2: Dishub Gowa RA 2024, cumulative
def build_w2():
    file, sheet = "Rencana_Aksi_Dishub_Gowa_2024.xls", "RA 2024"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    key = newkey(file, sheet, 2024)
    N = 16
    for i, t in enumerate(["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2024", "DINAS PERHUBUNGAN KABUPATEN GOWA",
                           "Capaian Triwulan I s.d. Triwulan IV (kumulatif)"]):
        title(ws, i + 1, t, N)
    widths = [5, 34, 36, 9, 10] + [9] * 8 + [11, 15, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[L(i + 1)].width = w
    h = 5
    single = {1: "No", 2: "Sasaran / Program / Kegiatan", 3: "Indikator Kinerja", 4: "Satuan",
              5: "Target Tahun 2024", 14: "Capaian s.d. TW IV (%)", 15: "Anggaran (Rp)", 16: "Penanggung Jawab"}
    for c, t in single.items():
        put(ws, h, c, t, bold=True, align=CENTER); ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    for q, name in enumerate(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]):
        c = 6 + 2 * q
        put(ws, h, c, name, bold=True, align=CENTER); ws.merge_cells(start_row=h, start_column=c, end_row=h, end_column=c + 1)
        put(ws, h + 1, c, "Target", bold=True, align=CENTER); put(ws, h + 1, c + 1, "Realisasi", bold=True, align=CENTER)
    for c in range(1, N + 1):
        put(ws, h + 2, c, f"({c})", align=CENTER)
    key["header_rows"] = [h, h + 2]
    SS1 = "Meningkatnya kualitas pelayanan angkutan umum dan keselamatan lalu lintas"
    SS3 = "Meningkatnya akuntabilitas kinerja perangkat daerah"
    B = [
        dict(lv="S", name=SS1, ind="Persentase kendaraan wajib uji yang lulus uji berkala", sat="%", t="85",
             tt=["80", "82", "84", "85"], rr=["81.2", "83.5", "86.1", "88.4"], r="88.4", pj="Kepala Dinas"),
        dict(lv="S", name=SS1, ind="Persentase halte dalam kondisi baik", sat="%", t="80", tt=["20", "40", "60", "80"],
             rr=["22", "41", "63", "86"], r="86", pj="Kepala Dinas", written="105.70",
             m=dict(kind="wrong-percent", col=14, correct="107.50", note="typed 105.70; 86/80x100 = 107.50")),
        dict(lv="S", name=SS3, ind="Nilai SAKIP Dinas Perhubungan", sat="predikat", t="B", tt=["-", "-", "-", "B"],
             rr=["-", "-", "-", "BB"], r="BB", pj="Sekretaris", written="100",
             trap=dict(kind="grade", col=14, note="grade target B, realisasi BB at TW IV: 100 is right; TW I-III '-' then B is not a fall-back")),
        dict(lv="P", name="Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
             ind="Persentase ruas jalan yang dilengkapi perlengkapan jalan", sat="%", t="62", tt=["15", "30", "45", "62"],
             rr=["14", "29", "44", "58.9"], r="58.9", pj="Kabid Lalu Lintas", kids=[4, 5, 6]),
        dict(lv="K", name="Penyediaan Perlengkapan Jalan di Jalan Kabupaten", ind="Jumlah rambu lalu lintas terpasang",
             sat="unit", t="240", tt=["40", "100", "180", "240"], rr=["38", "96", "175", "252"], r="252", ang=1245600000,
             pj="Kasi Rekayasa Lalu Lintas"),
        dict(lv="K", name="Pengujian Berkala Kendaraan Bermotor", ind="Jumlah kendaraan bermotor yang diuji", sat="unit",
             t="4800", tt=["1200", "2400", "3600", "4800"], rr=["1310", "2580", "3720", "5"], r="5", ang=612450000,
             pj="Kepala UPT PKB", written="107.50",
             m=dict(kind="thousands-dropped", col=13, correct="5160",
                    note="TW IV realisasi typed 5 against 4.800 with 107.50 % typed: 107.50 % of 4.800 = 5.160 (thousands dropped)",
                    shows="5")),
        dict(lv="K", name="Pengendalian dan Pengawasan Ketersediaan Angkutan Umum", ind="Jumlah trayek yang diawasi",
             sat="trayek", t="15", tt=["4", "8", "12", "15"], rr=["4", "7", "10", "13"], r="13", ang=318200000,
             pj="Kasi Angkutan", written="86.66",
             m=dict(kind="truncated", col=14, correct="86.67", note="typed 86.66; 13/15x100 = 86.6667, rounds to 86.67")),
        dict(lv="P", name="Program Pengelolaan Perparkiran", ind="Persentase titik parkir yang dikelola sesuai standar",
             sat="%", t="70", tt=["20", "40", "55", "70"], rr=["18", "38", "57", "72.1"], r="72.1", pj="Kabid Perparkiran",
             kids=[8, 9], ang=845300000,
             m=dict(kind="budget-sum", col=15, correct="835300000",
                    note="programme anggaran 845.300.000 but its kegiatan add up to 592.800.000 + 242.500.000 = 835.300.000",
                    shows="845300000")),
        dict(lv="K", name="Penyediaan Fasilitas Parkir untuk Umum", ind="Jumlah titik parkir tertata", sat="titik",
             t="60", tt=["15", "30", "25", "60"], rr=["14", "31", "44", "63"], r="63", ang=592800000, pj="Kasi Parkir",
             m=dict(kind="quarter-target-decreases", col=10, correct=None,
                    note="cumulative series 15, 30, 25, 60: the TW III target 25 is below TW II (30)", shows="25")),
        dict(lv="K", name="Pengawasan Penyelenggaraan Parkir", ind="Jumlah juru parkir yang dibina", sat="orang", t="150",
             tt=["40", "80", "120", "150"], rr=["40", "82", "118", "150"], r="150", ang=242500000, pj="Kasi Parkir"),
        dict(lv="P", name="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             ind="Persentase dokumen perencanaan dan pelaporan tepat waktu", sat="%", t="100", tt=["25", "50", "75", "100"],
             rr=["25", "50", "75", "100"], r="100", pj="Sekretaris", kids=[11, 12, 13]),
        dict(lv="K", name="Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
             ind="Jumlah dokumen perencanaan dan evaluasi", sat="dokumen", t="6", tt=["1", "3", "4", "6"],
             rr=["1", "3", "4", "6"], r="6", ang=156750000, pj="Kasubag Program"),
        dict(lv="K", name="Administrasi Keuangan Perangkat Daerah", ind="Jumlah laporan keuangan yang disusun",
             sat="laporan", t="12", tt=["3", "6", "9", "12"], rr=["3", "6", "9", "12"], r="12", ang=1874300000,
             pj="Kasubag Keuangan"),
        dict(lv="K", name="Administrasi Umum Perangkat Daerah", ind="Persentase kebutuhan administrasi umum yang terpenuhi",
             sat="paket", t="12", tt=["3", "6", "9", "12"], rr=["3", "6", "9", "11"], r="11", ang=286400000,
             pj="Kasubag Umum",
             m=dict(kind="unit-unlike-name", col=4, correct=None,
                    note="name says Persentase, unit is paket (figures right: 11/12 = 91.67)", shows="paket")),
    ]
    row = h + 3
    first = row
    no = 0
    for i, b in enumerate(B):
        if b["lv"] == "P" and "ang" not in b:
            b["ang"] = sum(B[k]["ang"] for k in b["kids"])
    cur_s = None
    for b in B:
        if b["lv"] == "S":
            no += 1
            put(ws, row, 1, no, align=CENTER)
            cur_s = b["name"]
        put(ws, row, 2, b["name"], bold=b["lv"] != "K", align=WRAP)
        put(ws, row, 3, b["ind"], align=WRAP)
        put(ws, row, 4, b["sat"], align=CENTER)
        for c, v in [(5, b["t"])] + [(6 + 2 * q, b["tt"][q]) for q in range(4)] + [(7 + 2 * q, b["rr"][q]) for q in range(4)]:
            if v in GRADES or v == "-":
                put(ws, row, c, v, align=CENTER)
            else:
                put(ws, row, c, num(v), numfmt(v))
        ex = capaian(b["t"], b["r"])
        if "written" in b:
            put(ws, row, 14, num(b["written"]) if b["t"] not in GRADES else 100, "0.00")
            w = b["written"]
        else:
            put(ws, row, 14, f"=M{row}/E{row}*100", "0.00")
            w = plain(r2(ex))
        if b["lv"] != "S":
            put(ws, row, 15, b["ang"], "#,##0")
        put(ws, row, 16, b["pj"], align=WRAP)
        key["indicators"].append(ind_entry(row, cur_s, b, w))
        if "m" in b:
            m = b["m"]
            key["mistakes"].append({"row": row, "cell": f"{L(m['col'])}{row}", "kind": m["kind"], "correct": m["correct"],
                                    "note": m["note"], "shows": m.get("shows", w)})
        else:
            key["clean_rows"].append(row)
        if "trap" in b:
            key["traps"].append({"row": row, "cell": f"{L(b['trap']['col'])}{row}", "kind": b["trap"]["kind"],
                                 "note": b["trap"]["note"]})
        row += 1
    key["data_rows"] = [first, row - 1]
    box(ws, h, 1, row - 1, N)
    sig(ws, row + 2, 13, ["Sungguminasa, 31 Desember 2024", "KEPALA DINAS PERHUBUNGAN", "KABUPATEN GOWA", "", "",
                          "Drs. H. Andi Muh. Rizal Tappa, M.Si", "NIP. 19700312 199503 1 004"])
    return wb, key, "xls", "dishub-gowa"


# ------------------------------------------------------------------ W5: DLH Pekalongan RA 2023, per quarter
def build_w5():
    file, sheet = "RA_Triwulan_DLH_Pekalongan_2023.xlsx", "Rencana Aksi"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    key = newkey(file, sheet, 2023)
    N = 22
    for i, t in enumerate(["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN", "DINAS LINGKUNGAN HIDUP KOTA PEKALONGAN",
                           "TAHUN ANGGARAN 2023"]):
        title(ws, i + 1, t, N)
    widths = [5, 34, 34, 9, 10] + [8, 8, 8] * 4 + [10, 10, 15, 15, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[L(i + 1)].width = w
    h = 5
    single = {1: "No", 2: "Sasaran / Program / Kegiatan", 3: "Indikator", 4: "Satuan", 5: "Target 2023",
              18: "Realisasi 2023", 19: "Capaian (%)", 20: "Anggaran (Rp)", 21: "Realisasi Anggaran (Rp)", 22: "Ket."}
    for c, t in single.items():
        put(ws, h, c, t, bold=True, align=CENTER); ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    for q, name in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c = 6 + 3 * q
        put(ws, h, c, name, bold=True, align=CENTER); ws.merge_cells(start_row=h, start_column=c, end_row=h, end_column=c + 2)
        for j, s in enumerate(["T", "R", "%"]):
            put(ws, h + 1, c + j, s, bold=True, align=CENTER)
    for c in range(1, N + 1):
        put(ws, h + 2, c, c, align=CENTER)
    key["header_rows"] = [h, h + 2]
    S1 = "Meningkatnya pengelolaan sampah"
    B = [
        dict(lv="S", name=S1, ind="Persentase sampah yang tertangani", sat="%", t="85", tt=["-", "-", "-", "85"],
             rr=["-", "-", "-", "82.61"], r="82.61", ket="nilai akhir TW IV",
             trap=dict(kind="quarter-style", col=15,
                       note="a percentage measured once a year: TW I-III '-' and TW IV = annual target; the year's realisasi is the TW IV value (82.61), not a sum")),
        dict(lv="P", name="Program Pengelolaan Persampahan", ind="Jumlah sampah yang terangkut ke TPA", sat="ton", t="24350",
             tt=["6000", "6100", "6100", "6150"], rr=["6420", "6610", "6700", "6836"], kids=[2, 3]),
        dict(lv="K", name="Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir Sampah",
             ind="Jumlah ritase pengangkutan sampah", sat="rit", t="7300", tt=["1825"] * 4,
             rr=["1790", "1850", "1902", "1871"], ang=3412650000, ra=3198420000,
             qm=dict(q=1, formula="=J{r}/I{n}*100", shown="6166.67", kind="formula-unlike-neighbours", correct="101.37",
                     note="TW II % formula =J10/I11*100 divides by the next row's TW II target (30): shows 6166.67; 1850/1825x100 = 101.37")),
        dict(lv="K", name="Pengembangan Bank Sampah", ind="Jumlah bank sampah yang dibina", sat="unit", t="120",
             tt=["30"] * 4, rr=["28", "33", "35", "35"], ang=248500000, ra=236775000),
        dict(lv="P", name="Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
             ind="Jumlah pengaduan pencemaran yang ditindaklanjuti", sat="kasus", t="24", tt=["6"] * 4, rr=["5", "7", "6", "6"],
             kids=[5, 6, 7], ang=1105000000,
             m=dict(kind="budget-sum", col=20, correct="1095000000",
                    note="programme anggaran 1.105.000.000 but its kegiatan add up to 412.300.000 + 287.600.000 + 395.100.000 = 1.095.000.000",
                    shows="1105000000")),
        dict(lv="K", name="Pemantauan Kualitas Air", ind="Jumlah titik sampel air yang diuji", sat="titik", t="48",
             tt=["12"] * 4, rr=["12"] * 4, ang=412300000, ra=398650000),
        dict(lv="K", name="Pemantauan Kualitas Udara", ind="Jumlah lokasi pemantauan udara ambien", sat="lokasi", t="16",
             tt=["4"] * 4, rr=["4", "4", "3", "4"], ang=287600000, ra=270145000, written="95.75",
             m=dict(kind="wrong-percent", col=19, correct="93.75", note="typed 95.75; 15/16x100 = 93.75")),
        dict(lv="K", name="Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungannya Diterbitkan",
             ind="Jumlah usaha dan/atau kegiatan yang diawasi", sat="usaha", t="60", tt=["15"] * 4, rr=["14", "16", "15", "17"],
             ang=395100000, ra=377230000, written="1.0333",
             m=dict(kind="fraction", col=19, correct="103.33", note="typed 1.0333 (the fraction); 62/60x100 = 103.33",
                    shows="1.0333")),
        dict(lv="P", name="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             ind="Jumlah laporan kinerja dan keuangan", sat="laporan", t="16", tt=["4"] * 4, rr=["4"] * 4, kids=[9, 10, 11]),
        dict(lv="K", name="Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
             ind="Jumlah dokumen perencanaan dan laporan kinerja", sat="dokumen", t="4", tt=["1"] * 4, rr=["1"] * 4,
             ang=168450000, ra=161200000,
             trap=dict(kind="quarter-style", col=6, note="targets per quarter (1 each for 4 a year): flat, not a decrease")),
        dict(lv="K", name="Administrasi Keuangan Perangkat Daerah", ind="Jumlah laporan keuangan", sat="laporan", t="12",
             tt=["3"] * 4, rr=["3"] * 4, ang=2985600000, ra=2871340500),
        dict(lv="K", name="Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
             ind="Jumlah kendaraan operasional yang dipelihara", sat="unit", t="0", tt=["0"] * 4, rr=["2"] * 4,
             ang=312750000, ra=298410000, written="100",
             m=dict(kind="target-zero", col=19, correct=None, note="target 0 (every quarter 0) with 100 % typed: undefined")),
    ]
    for b in B:
        if b["lv"] == "P":
            b.setdefault("ang", sum(B[k]["ang"] for k in b["kids"]))
            b["ra"] = sum(B[k]["ra"] for k in b["kids"])
        if "r" not in b:
            b["r"] = plain(sum(D(x) for x in b["rr"]))
    row = h + 3
    first = row
    no = 0
    for b in B:
        if b["lv"] == "S":
            no += 1
            put(ws, row, 1, no, align=CENTER)
        put(ws, row, 2, b["name"], bold=b["lv"] != "K", align=WRAP)
        put(ws, row, 3, b["ind"], align=WRAP)
        put(ws, row, 4, b["sat"], align=CENTER)
        put(ws, row, 5, num(b["t"]), numfmt(b["t"]))
        qm = b.get("qm")
        for q in range(4):
            c = 6 + 3 * q
            tv, rv = b["tt"][q], b["rr"][q]
            for cc, v in ((c, tv), (c + 1, rv)):
                if v == "-":
                    put(ws, row, cc, "-", align=CENTER)
                else:
                    put(ws, row, cc, num(v), numfmt(v))
            if tv == "-" or D(tv) == 0:
                put(ws, row, c + 2, "-", align=CENTER)
            elif qm and qm["q"] == q:
                put(ws, row, c + 2, qm["formula"].format(r=row, n=row + 1), "0.00")
            else:
                put(ws, row, c + 2, f"={L(c + 1)}{row}/{L(c)}{row}*100", "0.00")
        if b["lv"] == "S":
            put(ws, row, 18, num(b["r"]), "0.00")
        else:
            put(ws, row, 18, f"=G{row}+J{row}+M{row}+P{row}", "#,##0")
        ex = capaian(b["t"], b["r"])
        if "written" in b:
            put(ws, row, 19, num(b["written"]), "General" if b["m"]["kind"] == "fraction" else "0.00")
            w = b["written"]
        else:
            put(ws, row, 19, f"=R{row}/E{row}*100", "0.00")
            w = plain(r2(ex))
        if b["lv"] != "S":
            put(ws, row, 20, b["ang"], "#,##0")
            put(ws, row, 21, b["ra"], "#,##0")
        put(ws, row, 22, b.get("ket", ""))
        key["indicators"].append(ind_entry(row, S1 if b["lv"] == "S" else None, b, w))
        mm = b.get("m") or qm
        if mm:
            col = L(mm["col"]) if "col" in mm else L(6 + 3 * mm["q"] + 2)
            key["mistakes"].append({"row": row, "cell": f"{col}{row}", "kind": mm["kind"], "correct": mm["correct"],
                                    "note": mm["note"], "shows": mm.get("shows", mm.get("shown", w))})
        else:
            key["clean_rows"].append(row)
        if "trap" in b:
            key["traps"].append({"row": row, "cell": f"{L(b['trap']['col'])}{row}", "kind": b["trap"]["kind"],
                                 "note": b["trap"]["note"]})
        row += 1
    key["data_rows"] = [first, row - 1]
    box(ws, h, 1, row - 1, N)
    sig(ws, row + 2, 17, ["Pekalongan, 29 Desember 2023", "Kepala Dinas Lingkungan Hidup", "Kota Pekalongan", "", "",
                          "Ir. Sri Wahyuningsih, M.T.", "NIP. 19720815 199803 2 006"])
    # sasaran name for program/kegiatan rows: the one sasaran
    for e in key["indicators"]:
        e["sasaran"] = S1
    return wb, key, "xlsx", "dlh-pekalongan"


# ------------------------------------------------------------------ W7: Distan Tabalong RA 2022, 5-row blocks, schedule
def build_w7():
    file, sheet = "Rencana_Aksi_PK_Distan_Tabalong_2022.xls", "Renaksi"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    key = newkey(file, sheet, 2022)
    N = 10
    for i, t in enumerate(["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                           "DINAS PERTANIAN KABUPATEN TABALONG", "TAHUN ANGGARAN 2022"]):
        title(ws, i + 1, t, N)
    for i, w in enumerate([5, 34, 34, 10, 16, 15, 11, 11, 11, 24]):
        ws.column_dimensions[L(i + 1)].width = w
    h = 5
    single = {1: "No", 2: "Sasaran Strategis / Program / Kegiatan", 3: "Indikator", 4: "Satuan", 5: "Anggaran (Rp)",
              10: "Unit Kerja / Penanggung Jawab"}
    for c, t in single.items():
        put(ws, h, c, t, bold=True, align=CENTER); ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    put(ws, h, 6, "Kriteria Keberhasilan", bold=True, align=CENTER)
    ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=9)
    for j, s in enumerate(["Periode", "Target", "Realisasi", "Capaian (%)"]):
        put(ws, h + 1, 6 + j, s, bold=True, align=CENTER)
    for c in range(1, N + 1):
        put(ws, h + 2, c, f"({c})", align=CENTER)
    key["header_rows"] = [h, h + 2]
    S1 = "Meningkatnya produksi dan produktivitas pertanian"
    S2 = "Meningkatnya kesejahteraan petani"
    B = [
        dict(lv="S", name=S1, ind="Produksi padi", sat="ton GKG", t="68500", r="70215", sch=[".3", ".5", ".8", "1"],
             prog=[".28", ".49", ".82", "1"], pj="Kepala Dinas",
             qm=dict(q=0, written="95.33", kind="wrong-percent", correct="93.33",
                     note="TW 1 capaian typed 95.33; 28 % / 30 % x100 = 93.33"),
             trap=dict(kind="schedule-style", note="quarter targets 30/50/80/100 % of the year's work while the annual target is 68.500 ton GKG: schedule style, right")),
        dict(lv="S", name=S2, ind="Nilai Tukar Petani (NTP)", sat="indeks", t="103.5", r="104.82", sch=[".3", ".5", ".8", "1"],
             prog=[".3", ".5", ".8", "1"], pj="Kepala Dinas",
             trap=dict(kind="schedule-style", note="TW 4 target 100 % against an annual 103,50 indeks: a schedule in % of the year's work, not a mismatch")),
        dict(lv="P", name="Program Penyediaan dan Pengembangan Sarana Pertanian",
             ind="Persentase kelompok tani yang menerima bantuan sarana produksi", sat="%", t="75", r="78.6",
             sch=[".25", ".5", ".75", "1"], prog=[".25", ".5", ".8", "1"], kids=[3, 4], ang=2150750000,
             pj="Kabid Prasarana dan Sarana Pertanian",
             m=dict(kind="budget-sum", col=5, correct="2140750000",
                    note="programme anggaran 2.150.750.000; its kegiatan add up to 1.284.500.000 + 856.250.000 = 2.140.750.000",
                    shows="2150750000")),
        dict(lv="K", name="Pengawasan Penggunaan Sarana Pendukung Pertanian",
             ind="Jumlah kelompok tani penerima benih dan pupuk", sat="kelompok", t="140", r="146",
             sch=[".3", ".5", ".45", "1"], prog=[".3", ".5", ".7", "1"], ang=1284500000, pj="Seksi Pupuk dan Pestisida",
             qm=dict(q=2, field="t", kind="quarter-target-decreases", correct=None, shows="45%",
                     note="schedule 30 %, 50 %, 45 %, 100 %: the TW 3 target 45 % is below TW 2 (50 %)")),
        dict(lv="K", name="Penyediaan Alat dan Mesin Pertanian", ind="Jumlah unit alsintan yang disalurkan", sat="unit",
             t="45", r="45", sch=[".2", ".4", ".7", "1"], prog=[".2", ".4", ".7", "1"], ang=856250000,
             pj="Seksi Alsintan"),
        dict(lv="P", name="Program Penyuluhan Pertanian", ind="Persentase petani yang mendapat penyuluhan", sat="%",
             t="80", r="76.4", sch=[".3", ".5", ".8", "1"], prog=[".3", ".5", ".75", ".96"], kids=[6],
             pj="Kabid Penyuluhan", written="0.955",
             m=dict(kind="fraction", col=9, correct="95.50", note="annual capaian typed 0.955 (the fraction); 76.4/80x100 = 95.50",
                    shows="0.955")),
        dict(lv="K", name="Pengembangan Penerapan Penyuluhan Pertanian", ind="Jumlah kegiatan penyuluhan yang dilaksanakan",
             sat="kegiatan", t="96", r="94", sch=[".25", ".5", ".75", "1"], prog=[".24", ".49", ".74", ".98"],
             ang=412800000, pj="Seksi Penyuluhan", written="97.91",
             m=dict(kind="truncated", col=9, correct="97.92", note="annual capaian typed 97.91; 94/96x100 = 97.9167, rounds to 97.92")),
        dict(lv="P", name="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             ind="Persentase dokumen perencanaan dan pelaporan tepat waktu", sat="dokumen", t="100", r="100",
             sch=[".25", ".5", ".75", "1"], prog=[".25", ".5", ".75", "1"], kids=[8, 9], pj="Sekretaris",
             m=dict(kind="unit-unlike-name", col=4, correct=None,
                    note="name says Persentase, unit is dokumen (figures right: 100)", shows="dokumen")),
        dict(lv="K", name="Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
             ind="Jumlah dokumen perencanaan dan evaluasi", sat="dokumen", t="7", r="7", sch=[".3", ".5", ".8", "1"],
             prog=[".3", ".5", ".8", "1"], ang=185400000, pj="Subbag Perencanaan"),
        dict(lv="K", name="Administrasi Keuangan Perangkat Daerah", ind="Jumlah laporan keuangan", sat="laporan",
             t="12", r="12", sch=[".25", ".5", ".75", "1"], prog=[".25", ".5", ".75", "1"], ang=2416700000,
             pj="Subbag Keuangan"),
    ]
    for b in B:
        if b["lv"] == "P":
            b.setdefault("ang", sum(B[k]["ang"] for k in b["kids"]))
    row = h + 3
    first = row
    no = 0
    cur = None
    for b in B:
        top = row
        if b["lv"] == "S":
            no += 1
            put(ws, top, 1, no, align=CENTER)
            cur = b["name"]
        put(ws, top, 2, f"{LV[b['lv']]}: {b['name']}" if b["lv"] != "S" else b["name"], bold=b["lv"] != "K", align=WRAP)
        put(ws, top, 3, b["ind"], align=WRAP)
        put(ws, top, 4, b["sat"], align=CENTER)
        if b["lv"] != "S":
            put(ws, top, 5, b["ang"], '"Rp. "#,##0')
        put(ws, top, 10, b["pj"], align=WRAP)
        for c in (1, 2, 3, 4, 5, 10):
            ws.merge_cells(start_row=top, start_column=c, end_row=top + 4, end_column=c)
        # target tahunan line
        put(ws, top, 6, "Target Tahunan")
        put(ws, top, 7, num(b["t"]), numfmt(b["t"]))
        put(ws, top, 8, num(b["r"]), numfmt(b["r"]))
        ex = capaian(b["t"], b["r"])
        m = b.get("m")
        if "written" in b:
            put(ws, top, 9, num(b["written"]), "General" if m["kind"] == "fraction" else "0.00")
            w = b["written"]
        else:
            put(ws, top, 9, f"=H{top}/G{top}*100", "0.00")
            w = plain(r2(ex))
        key["indicators"].append(ind_entry(top, cur, b, w))
        if m:
            key["mistakes"].append({"row": top, "cell": f"{L(m['col'])}{top}", "kind": m["kind"], "correct": m["correct"],
                                    "note": m["note"], "shows": m.get("shows", w)})
        else:
            key["clean_rows"].append(top)
        if "trap" in b:
            key["traps"].append({"row": top + 1, "cell": f"G{top + 1}", "kind": b["trap"]["kind"], "note": b["trap"]["note"]})
        qm = b.get("qm")
        for q in range(4):
            r_ = top + 1 + q
            put(ws, r_, 6, f"TW {q + 1} (B{3 * (q + 1):02d})")
            put(ws, r_, 7, float(D(b["sch"][q])), "0%")
            put(ws, r_, 8, float(D(b["prog"][q])), "0%")
            if qm and qm["q"] == q and "written" in qm:
                put(ws, r_, 9, num(qm["written"]), "0.00")
                key["mistakes"].append({"row": r_, "cell": f"I{r_}", "kind": qm["kind"], "correct": qm["correct"],
                                        "note": qm["note"], "shows": qm["written"]})
            else:
                put(ws, r_, 9, f"=H{r_}/G{r_}*100", "0.00")
                if qm and qm["q"] == q:
                    key["mistakes"].append({"row": r_, "cell": f"G{r_}", "kind": qm["kind"], "correct": qm["correct"],
                                            "note": qm["note"], "shows": qm["shows"]})
                else:
                    key["clean_rows"].append(r_)
        row = top + 5
    key["data_rows"] = [first, row - 1]
    box(ws, h, 1, row - 1, N)
    sig(ws, row + 2, 8, ["Tanjung, 30 Desember 2022", "KEPALA DINAS PERTANIAN", "KABUPATEN TABALONG", "", "",
                         "H. MUHAMMAD NOOR RIFANI, S.P., M.P.", "Pembina Utama Muda", "NIP. 19690422 199403 1 007"])
    return wb, key, "xls", "distan-tabalong"


RA_BUILDERS = [build_w2, build_w5, build_w7]
