"""Agency 2: Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Lombok Timur, 2022-2025.
All four years as sheets of ONE workbook ("PK 2022" .. "PK 2025").
Columns: No | Sasaran | Indikator | Satuan | Sifat | Target | Realisasi | Capaian (%) | Keterangan,
capaian as formulas (negative indicators: (2T-R)/T x 100), then a budget table per sheet
(Program | Anggaran | Realisasi | Serapan) whose JUMLAH row is a SUM.
Figures and people are invented.
"""
import os

from openpyxl import Workbook

from common import BOLD, CENTER, D, TITLE, WRAP, box, plain, save_final

FOLDER = "a2-dpupr-kab-lombok-timur"
AGENCY = "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Lombok Timur"
YEARS = [2022, 2023, 2024, 2025]
FILE = "LKjIP_DPUPR_Lotim_Pengukuran_Kinerja_2022-2025.xlsx"

SAS = {
    "S1": "Meningkatnya kualitas infrastruktur jalan dan jembatan kabupaten",
    "S2": "Meningkatnya layanan infrastruktur sumber daya air, air minum dan drainase",
    "S3": "Meningkatnya kualitas penataan ruang dan kawasan permukiman",
    "S4": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}


def _all(v):
    return {y: v for y in YEARS}


def _v(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


IND = {
    "mantap": dict(sas="S1", neg=False,
                   name=_v("Persentase panjang jalan kabupaten dalam kondisi mantap",
                           "Prosentase Jalan Kabupaten Kondisi Mantap",
                           "Persentase panjang jalan kabupaten kondisi mantap",
                           "Persentase Panjang Jalan Kabupaten dalam Kondisi Mantap"),
                   unit=_all("%"), T=_v("68", "71", "74", "77"), R=_v("67.35", "71.8", "73.2", "77.6")),
    "jalan_km": dict(sas="S1", neg=False,
                     name=_v("Panjang jalan kabupaten yang dibangun/ditingkatkan (kumulatif)",
                             "Panjang Jalan Kabupaten yang Dibangun/Ditingkatkan (kumulatif)",
                             "Panjang jalan yang dibangun/ditingkatkan (kumulatif)",
                             "Panjang jalan kabupaten yang dibangun/ditingkatkan (kumulatif)"),
                     unit=_all("km"), T=_v("42.5", "55", "68", "80"), R=_v("44.1", "57.3", "52.8", "70.2")),
    "jembatan": dict(sas="S1", neg=False,
                     name=_v("Jembatan yang dibangun/direhabilitasi", "Jembatan yang dibangun/direhabilitasi",
                             "Jembatan yang dibangun / direhabilitasi", "Jembatan yang dibangun / direhabilitasi"),
                     unit=_v("unit", "unit", "m", "m"), T=_v("6", "8", "120", "150"),
                     R=_v("6", "7", "126", "141"),
                     note={2024: "Satuan mengikuti Renstra Perubahan (panjang bentang)"}),
    "irigasi": dict(sas="S2", neg=False,
                    name=_v("Luas daerah irigasi kewenangan kabupaten dalam kondisi baik",
                            "Luas daerah irigasi kewenangan kabupaten dalam kondisi baik",
                            "Luas Daerah Irigasi kewenangan kabupaten dalam kondisi baik",
                            "Luas daerah irigasi kewenangan kabupaten dalam kondisi baik"),
                    unit=_all("Ha"), T=_v("12450", "12600", "12750", "12900000"),
                    R=_v("12480", "12655", "12700", "12940")),
    "spam": dict(sas="S2", neg=False,
                 name=_v("Jumlah sambungan rumah (SR) air minum perpipaan (kumulatif)",
                         "Jumlah Sambungan Rumah (SR) air minum perpipaan (kumulatif)",
                         "Jumlah sambungan rumah (SR) air minum perpipaan (kumulatif)",
                         "Jumlah sambungan rumah (SR) air minum perpipaan (kumulatif)"),
                 unit=_all("SR"), T=_v("18", "19200", "20000", "21000"),
                 R=_v("18140", "19315", "19020", "21060")),
    "drainase": dict(sas="S2", neg=False,
                     name=_all("Panjang saluran drainase yang dibangun/direhabilitasi"),
                     unit=_v("meter", "meter", "m", "m"), T=_v("1500", "1800", "1650", "2000"),
                     R=_v("1520", "1790", "1700", "2050")),
    "genangan": dict(sas="S2", neg=True,
                     name=_all("Jumlah titik genangan di kawasan perkotaan"),
                     unit=_all("titik"), T=_v("24", "20", "16", "12"), R=_v("19", "21", "14", "15")),
    "rdtr": dict(sas="S3", neg=False,
                 name=_v("Persentase dokumen RDTR yang ditetapkan dengan Peraturan Bupati",
                         "Persentase dokumen RDTR yang ditetapkan dengan Perbup", None, None),
                 unit=_v("%", "%", None, None), T=_v("40", "60", None, None), R=_v("40", "60", None, None)),
    "sanitasi": dict(sas="S3", neg=False,
                     name=_v(None, "Persentase rumah tangga dengan akses sanitasi layak",
                             "Persentase rumah tangga dengan akses sanitasi layak",
                             "Persentase rumah tangga dengan akses sanitasi layak"),
                     unit=_v(None, "%", "%", "%"), T=_v(None, "78", "81", "84"), R=_v(None, "79.4", "80.6", "84.9")),
    "rtlh": dict(sas="S3", neg=False,
                 name=_all("Jumlah rumah tidak layak huni (RTLH) yang ditangani"),
                 unit=_all("unit"), T=_v("400", "400", "200", "250"), R=_v("412", "405", "210", "262"),
                 note={2024: "Target disesuaikan dengan alokasi DAK"}),
    "kumuh": dict(sas="S3", neg=False,
                  name=_all("Persentase penanganan kawasan permukiman kumuh"),
                  unit=_all("%"), T=_v("10", "12.5", "15", "17.5"), R=_v("10.4", "13.1", "15.2", "17.9")),
    "dokumen": dict(sas="S4", neg=False,
                    name=_all("Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu"),
                    unit=_all("%"), T=_all("100"), R=_all("100")),
}
ORDER = ["mantap", "jalan_km", "jembatan", "irigasi", "spam", "drainase", "genangan", "rdtr",
         "sanitasi", "rtlh", "kumuh", "dokumen"]
FRACTION = {("kumuh", 2023)}

PROGRAMS = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Penyelenggaraan Jalan",
    "Program Pengelolaan Sumber Daya Air (SDA)",
    "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    "Program Pengelolaan dan Pengembangan Sistem Drainase",
    "Program Kawasan Permukiman",
    "Program Penyelenggaraan Penataan Ruang",
]
PBUDGET = {
    2022: [("8245600000", "7918334500"), ("46780000000", "44906215000"), ("12350000000", "11874560250"),
           ("9120000000", "8755400000"), ("3640000000", "3402118000"), ("5275000000", "5010775300"),
           ("1480000000", "1301900750")],
    2023: [("8512300000", "8204661900"), ("52100000000", "50118447000"), ("13025000000", "12480300500"),
           ("9870000000", "9512640000"), ("3910000000", "3755210400"), ("5600000000", "5318992100"),
           ("1620000000", "1498305000")],
    2024: [("8790450000", "8455112300"), ("49350000000", "46982705000"), ("13480000000", "12905450000"),
           ("10250000000", "9902318650"), ("4120000000", "3985004000"), ("4950000000", "4801226750"),
           ("1150000000", "1062780000")],
    2025: [("9105000000", "8812655420"), ("55600000000", "53207118000"), ("14200000000", "13655980100"),
           ("10900000000", "10488230000"), ("4380000000", "4215770500"), ("5325000000", "5118402600"),
           ("980000000", "905310000")],
}
HEAD = {
    2022: ("Ir. LALU MUHAMMAD HAFIZ, M.T.", "Pembina Utama Muda", "NIP. 19690817 199503 1 003"),
    2023: ("Ir. LALU MUHAMMAD HAFIZ, M.T.", "Pembina Utama Muda", "NIP. 19690817 199503 1 003"),
    2024: ("Ir. LALU MUHAMMAD HAFIZ, M.T.", "Pembina Utama Muda", "NIP. 19690817 199503 1 003"),
    2025: ("H. SUPARDI HAMZAN, S.T., M.Eng.", "Pembina Tk. I", "NIP. 19750421 200212 1 005"),
}


def row_format(unit, *vals):
    """One number format for the target and realisasi cells of a row."""
    fm = [num_format(unit, v) for v in vals]
    return "0.00" if "0.00" in fm else ("#,##0.00" if "#,##0.00" in fm else "#,##0")


def num_format(unit, v):
    if unit == "%":
        return "0.00"
    if D(v) != D(v).to_integral_value():
        return "#,##0.00"
    return "#,##0"


def _num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)


def build(outdir):
    wb = Workbook()
    wb.remove(wb.active)
    key_rows, layout = [], {}
    for year in YEARS:
        ws = wb.create_sheet("PK %d" % year)
        layout[FILE + "|" + ws.title] = _sheet(ws, year, key_rows)
    save_final(wb, os.path.join(outdir, FILE))
    budget = {}
    for y in YEARS:
        a = sum(D(p[0]) for p in PBUDGET[y])
        b = sum(D(p[1]) for p in PBUDGET[y])
        budget[str(y)] = {"anggaran": plain(a), "realisasi": plain(b)}
    return key_rows, budget, layout


def _sheet(ws, year, key_rows):
    widths = dict(A=5, B=36, C=52, D=9, E=9, F=13, G=13, H=12, I=30)
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    for r, t in enumerate(["PENGUKURAN KINERJA TAHUN %d" % year,
                           "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                           "KABUPATEN LOMBOK TIMUR"], 1):
        ws.cell(r, 1, t).font = TITLE
        ws.cell(r, 1).alignment = CENTER
        ws.merge_cells("A%d:I%d" % (r, r))
    h = 5
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Sifat",
             "Target %d" % year, "Realisasi %d" % year, "Capaian (%)", "Keterangan"]
    for c, t in enumerate(heads, 1):
        ws.cell(h, c, t).font = BOLD
        ws.cell(h, c).alignment = CENTER
        ws.cell(h + 1, c, "(%d)" % c).alignment = CENTER
    r = h + 2
    first = r
    groups = {}
    n = 0
    for iid in ORDER:
        d = IND[iid]
        if year not in d["T"]:
            continue
        n += 1
        groups.setdefault(d["sas"], []).append(r)
        ws.cell(r, 1, n)
        ws.cell(r, 3, d["name"][year]).alignment = WRAP
        u = d["unit"][year]
        ws.cell(r, 4, u)
        ws.cell(r, 5, "Negatif" if d["neg"] else "Positif")
        t, re_ = D(d["T"][year]), D(d["R"][year])
        if (iid, year) in FRACTION:
            ct, cr = ws.cell(r, 6, float(t / 100)), ws.cell(r, 7, float(re_ / 100))
            ct.number_format = cr.number_format = "0.00%"
        else:
            ct, cr = ws.cell(r, 6, _num(t)), ws.cell(r, 7, _num(re_))
            ct.number_format = cr.number_format = row_format(u, t, re_)
        if d["neg"]:
            f = "=ROUND((2*F%d-G%d)/F%d*100,2)" % (r, r, r)
        else:
            f = "=ROUND(G%d/F%d*100,2)" % (r, r)
        ws.cell(r, 8, f).number_format = "0.00"
        if year in d.get("note", {}):
            ws.cell(r, 9, d["note"][year]).alignment = WRAP
        key_rows.append({"year": year, "file": FILE, "sheet": ws.title, "row": r,
                         "written": d["name"][year], "id": iid, "unit": u, "target": plain(t),
                         "realisasi": plain(re_), "target_akhir": None})
        r += 1
    for s, rs in groups.items():
        ws.cell(rs[0], 2, SAS[s]).alignment = WRAP
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    box(ws, "A%d:I%d" % (h, r - 1))
    last = r - 1

    # budget table
    r += 2
    ws.cell(r, 2, "REKAPITULASI ANGGARAN TAHUN %d" % year).font = BOLD
    r += 1
    bh = r
    for c, t in ((1, "No"), (2, "Program"), (6, "Anggaran (Rp)"), (7, "Realisasi (Rp)"), (8, "Serapan (%)")):
        ws.cell(r, c, t).font = BOLD
        ws.cell(r, c).alignment = CENTER
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    p0 = r
    for k, (pname, (a, b)) in enumerate(zip(PROGRAMS, PBUDGET[year]), 1):
        ws.cell(r, 1, k)
        ws.cell(r, 2, pname).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 6, int(a)).number_format = "#,##0"
        ws.cell(r, 7, int(b)).number_format = "#,##0"
        ws.cell(r, 8, "=ROUND(G%d/F%d*100,2)" % (r, r)).number_format = "0.00"
        r += 1
    ws.cell(r, 2, "JUMLAH").font = BOLD
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.cell(r, 6, "=SUM(F%d:F%d)" % (p0, r - 1)).number_format = "#,##0"
    ws.cell(r, 7, "=SUM(G%d:G%d)" % (p0, r - 1)).number_format = "#,##0"
    ws.cell(r, 8, "=ROUND(G%d/F%d*100,2)" % (r, r)).number_format = "0.00"
    box(ws, "A%d:H%d" % (bh, r))
    tot = r
    r += 2
    name, rank, nip = HEAD[year]
    ws.cell(r, 7, "Selong, 31 Desember %d" % year)
    ws.cell(r + 1, 7, "Kepala Dinas Pekerjaan Umum dan Penataan Ruang")
    ws.cell(r + 2, 7, "Kabupaten Lombok Timur,")
    ws.cell(r + 6, 7, name).font = BOLD
    ws.cell(r + 7, 7, rank)
    ws.cell(r + 8, 7, nip)
    return dict(name="C", unit="D", target="F", realisasi="G", cap="H", sifat="E", ta=None, locale="id", first=first,
                last=last, budget={"anggaran": "F%d" % tot, "realisasi": "G%d" % tot})
