"""Agency 3: Dinas Kesehatan Kabupaten Purworejo, 2021-2024, one file per year, every table with a
"Target Akhir Renstra (2026)" column and a "Capaian s/d tahun N terhadap Target Akhir Renstra" column.
  2021 .xlsx - numbers as numbers, but the Target Akhir column typed as TEXT, Indonesian ("1.250")
  2022 .xlsx - numbers as numbers; one Target Akhir stored as a fraction under a 0% format (0.95)
  2023 .xlsx - an "English-format" export: every figure is TEXT with English separators
               ("1,220", "88.90", "1,250.00", budget "Rp 52,318,400,000.00")
  2024 .xls  - numbers as numbers, formulas
Negative indicators (Sifat = Negatif): capaian = (2T - R) / T x 100; no Renstra % for them ("-").
Figures and people are invented.
"""
import os

from openpyxl import Workbook

from common import BOLD, CENTER, D, TITLE, WRAP, box, capaian, fmt_num, plain, r2, save_final

FOLDER = "a3-dinkes-kab-purworejo"
AGENCY = "Dinas Kesehatan Kabupaten Purworejo"
YEARS = [2021, 2022, 2023, 2024]
FILES = {
    2021: "PK_Dinkes_Purworejo_2021.xlsx",
    2022: "Pengukuran Kinerja Dinkes 2022.xlsx",
    2023: "PK Dinkes Purworejo 2023 (final).xlsx",
    2024: "PK_DINKES_2024.xls",
}
SHEETS = {2021: "PK 2021", 2022: "Pengukuran Kinerja 2022", 2023: "PK 2023", 2024: "PK2024"}

SAS = {
    "S1": "Meningkatnya mutu dan akses pelayanan kesehatan",
    "S2": "Meningkatnya derajat kesehatan ibu dan anak",
    "S3": "Meningkatnya upaya kesehatan masyarakat dan pengendalian penyakit",
}


def _all(v):
    return {y: v for y in YEARS}


def _v(*vals):
    return {y: v for y, v in zip(YEARS, vals) if v is not None}


IND = {
    "akreditasi": dict(sas="S1", neg=False,
                       name=_v("Persentase fasilitas pelayanan kesehatan terakreditasi",
                               "Persentase fasilitas pelayanan kesehatan terakreditasi",
                               "Persentase fasilitas pelayanan kesehatan yang terakreditasi",
                               "Persentase Fasilitas Pelayanan Kesehatan Terakreditasi"),
                       unit=_all("%"), T=_v("80", "85", "90", "95"), R=_v("81.3", "86.7", "88.9", "95.6"),
                       TA=_v("90", "90", "100", "100")),
    "uhc": dict(sas="S1", neg=False,
                name=_v(None, "Persentase penduduk yang terdaftar sebagai peserta JKN (UHC)",
                        "Persentase penduduk yang terdaftar sebagai peserta JKN (UHC)",
                        "Persentase penduduk terdaftar sebagai peserta JKN (Universal Health Coverage)"),
                unit=_v(None, "%", "%", "%"), T=_v(None, "95", "96", "97"), R=_v(None, "96.1", "97.4", "98.2"),
                TA=_v(None, "98", "98", "98")),
    "ikm": dict(sas="S1", neg=False,
                name=_v("Indeks Kepuasan Masyarakat (IKM) Puskesmas", "Indeks Kepuasan Masyarakat (IKM) Puskesmas",
                        "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Puskesmas",
                        "Indeks Kepuasan Masyarakat (IKM) Puskesmas"),
                unit=_all("nilai"), T=_v("82", "83", "84", "85"), R=_v("83.1", "84", "84.6", "86.2"),
                TA=_all("86")),
    "aki": dict(sas="S2", neg=True,
                name=_v("Angka Kematian Ibu (AKI)", "Angka Kematian Ibu (AKI)", "Angka kematian ibu",
                        "Angka Kematian Ibu (AKI)"),
                unit=_v("per 100.000 KH", "per 100.000 kelahiran hidup", "per 100.000 kelahiran hidup",
                        "per 100.000 kelahiran hidup"),
                T=_v("95", "90", "85", "80"), R=_v("102.4", "88.1", "79.6", "83.2"), TA=_v("85", "70", "70", "70")),
    "k4": dict(sas="S2", neg=False,
               name=_v("Persentase ibu hamil yang mendapatkan pelayanan antenatal K4",
                       "Persentase ibu hamil mendapatkan pelayanan kesehatan K4",
                       "Prosentase Ibu Hamil yang Mendapatkan Pelayanan Antenatal (K4)",
                       "Persentase ibu hamil yang mendapatkan pelayanan K4"),
               unit=_all("%"), T=_v("95", "96", "97", "98"), R=_v("93.8", "95.2", "97.4", "98.1"),
               TA=_all("100")),
    "bumil": dict(sas="S2", neg=False,
                  name=_v("Jumlah ibu hamil yang mendapat tablet tambah darah (TTD) minimal 90 tablet",
                          "Jumlah ibu hamil yang mendapatkan Tablet Tambah Darah (TTD) minimal 90 tablet",
                          "Jumlah ibu hamil yang mendapat tablet tambah darah (TTD) minimal 90 tablet",
                          "Jumlah ibu hamil yang mendapat tablet tambah darah (TTD) minimal 90 tablet"),
                  unit=_all("orang"), T=_v("3450", "3520", "3480", "3500"), R=_v("3412", "3536", "3466", "3528"),
                  TA=_all("3600")),
    "imunisasi": dict(sas="S2", neg=False,
                      name=_v("Cakupan imunisasi dasar lengkap (IDL)", "Cakupan Imunisasi Dasar Lengkap",
                              "Cakupan imunisasi dasar lengkap (IDL)", "Cakupan imunisasi dasar lengkap"),
                      unit=_all("%"), T=_v("92", "93", "94", "95"), R=_v("93.4", "93.9", "95.1", "96.2"),
                      TA=_all("95")),
    "stunting": dict(sas="S2", neg=True,
                     name=_v("Prevalensi balita stunting", "Prevalensi balita stunting",
                             "Prevalensi stunting pada balita", "Prevalensi balita stunting"),
                     unit=_all("%"), T=_v("16", "14", "12", "10"), R=_v("15.2", "13.6", "12.8", "9.7"),
                     TA=_all("8")),
    "posyandu": dict(sas="S3", neg=False,
                     name=_v("Jumlah posyandu aktif", "Jumlah Posyandu Aktif",
                             "Jumlah posyandu aktif (purnama dan mandiri)", "Jumlah posyandu aktif"),
                     unit=_all("posyandu"), T=_v("1180", "1200", "1220", "1240"),
                     R=_v("1185", "1204", "1221", "1236"), TA=_v("1250", "1250", "1250", "1400")),
    "stbm": dict(sas="S3", neg=False,
                 name=_v("Desa/kelurahan yang melaksanakan STBM", "Desa/kelurahan yang melaksanakan STBM",
                         "Desa/Kelurahan yang melaksanakan STBM", "Desa/kelurahan yang melaksanakan STBM"),
                 unit=_v("desa", "desa", "%", "%"), T=_v("180", "200", "60", "70"), R=_v("186", "204", "62.3", "71.5"),
                 TA=_all(None)),
    "tb": dict(sas="S3", neg=False,
               name=_v("Persentase keberhasilan pengobatan pasien TB (success rate)",
                       "Persentase keberhasilan pengobatan TB (success rate)",
                       "Persentase keberhasilan pengobatan pasien TB (success rate)", None),
               unit=_v("%", "%", "%", None), T=_v("90", "90", "90", None), R=_v("88.4", "91.2", "92", None),
               TA=_v("90", "90", "90", None)),
    "dbd": dict(sas="S3", neg=True,
                name=_v("Jumlah kasus DBD", "Jumlah kasus Demam Berdarah Dengue (DBD)", "Jumlah Kasus DBD",
                        "Jumlah kasus DBD"),
                unit=_all("kasus"), T=_v("120", "110", "100", "90"), R=_v("97", "134", "88", "121"),
                TA=_all("75")),
}
ORDER = ["akreditasi", "uhc", "ikm", "aki", "k4", "bumil", "imunisasi", "stunting", "posyandu", "stbm",
         "tb", "dbd"]
TA_FRACTION = {("imunisasi", 2022)}

BUDGET = {
    2021: ("48215600000", "45902318450"),
    2022: ("51330000000", "49117842300"),
    2023: ("52318400000", "50266105775"),
    2024: ("55870250000", "53408912640"),
}
HEAD = ("dr. RATNA KUSUMAWARDHANI, M.Kes.", "Pembina Utama Muda", "NIP. 19700611 199903 2 004")


def is_pct(u):
    return u == "%"


def row_format(unit, *vals):
    """One number format for the target and realisasi cells of a row."""
    fm = [num_format(unit, v) for v in vals]
    return "0.00" if "0.00" in fm else ("#,##0.00" if "#,##0.00" in fm else "#,##0")


def num_format(unit, v):
    if is_pct(unit):
        return "0.00"
    if D(v) != D(v).to_integral_value():
        return "#,##0.00"
    return "#,##0"


def _num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)


def en_text(v, unit):
    """English-format text as the 2023 export writes it."""
    v = D(v)
    if is_pct(unit) or v != v.to_integral_value():
        return fmt_num(v, 2, "en")
    return fmt_num(v, None, "en")


def build(outdir):
    key_rows, layout = [], {}
    for year in YEARS:
        wb = Workbook()
        ws = wb.active
        ws.title = SHEETS[year]
        layout[FILES[year] + "|" + ws.title] = _sheet(ws, year, key_rows)
        save_final(wb, os.path.join(outdir, FILES[year]))
    budget = {str(y): {"anggaran": BUDGET[y][0], "realisasi": BUDGET[y][1]} for y in YEARS}
    return key_rows, budget, layout


def _sheet(ws, year, key_rows):
    english = year == 2023
    widths = dict(A=5, B=34, C=52, D=14, E=9, F=12, G=12, H=11, I=14, J=14)
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    for r, t in enumerate(["PENGUKURAN KINERJA", "DINAS KESEHATAN KABUPATEN PURWOREJO",
                           "TAHUN %d" % year], 1):
        ws.cell(r, 1, t).font = TITLE
        ws.cell(r, 1).alignment = CENTER
        ws.merge_cells("A%d:J%d" % (r, r))
    h = 5
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Sifat",
             "Target %d" % year, "Realisasi %d" % year, "Capaian (%)",
             "Target Akhir Renstra (2026)",
             "Capaian s/d %d terhadap Target Akhir Renstra (%%)" % year]
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
        u = d["unit"][year]
        t, re_ = D(d["T"][year]), D(d["R"][year])
        ta = d["TA"][year]
        ta = D(ta) if ta is not None else None
        cap = r2(capaian(t, re_, d["neg"]))
        cap_ta = r2(re_ / ta * 100) if (ta is not None and not d["neg"]) else None
        ws.cell(r, 1, n)
        ws.cell(r, 3, d["name"][year]).alignment = WRAP
        ws.cell(r, 4, u)
        ws.cell(r, 5, "Negatif" if d["neg"] else "Positif")
        if english:
            ws.cell(r, 6, en_text(t, u))
            ws.cell(r, 7, en_text(re_, u))
            ws.cell(r, 8, fmt_num(cap, 2, "en"))
            ws.cell(r, 9, fmt_num(ta, 2, "en") if ta is not None else "-")
            ws.cell(r, 10, fmt_num(cap_ta, 2, "en") if cap_ta is not None else "-")
        else:
            ct, cr = ws.cell(r, 6, _num(t)), ws.cell(r, 7, _num(re_))
            ct.number_format = cr.number_format = row_format(u, t, re_)
            if d["neg"]:
                f = "=ROUND((2*F%d-G%d)/F%d*100,2)" % (r, r, r)
            else:
                f = "=ROUND(G%d/F%d*100,2)" % (r, r)
            ws.cell(r, 8, f).number_format = "0.00"
            # Target akhir
            if ta is None:
                ws.cell(r, 9, "-")
            elif year == 2021:
                ws.cell(r, 9, fmt_num(ta))  # typed as text, Indonesian: "1.250"
            elif (iid, year) in TA_FRACTION:
                c = ws.cell(r, 9, float(ta / 100))
                c.number_format = "0%"
            else:
                c = ws.cell(r, 9, _num(ta))
                c.number_format = num_format(u, ta)
            # Capaian terhadap target akhir
            if cap_ta is None:
                ws.cell(r, 10, "-")
            elif year == 2024:
                ws.cell(r, 10, "=ROUND(G%d/I%d*100,2)" % (r, r)).number_format = "0.00"
            else:
                ws.cell(r, 10, float(cap_ta)).number_format = "0.00"
        key_rows.append({"year": year, "file": FILES[year], "sheet": ws.title, "row": r,
                         "written": d["name"][year], "id": iid, "unit": u, "target": plain(t),
                         "realisasi": plain(re_), "target_akhir": plain(ta) if ta is not None else None})
        r += 1
    for s, rs in groups.items():
        ws.cell(rs[0], 2, SAS[s]).alignment = WRAP
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    box(ws, "A%d:J%d" % (h, r - 1))
    last = r - 1
    r += 1
    a, b = BUDGET[year]
    ws.cell(r, 3, "Jumlah Anggaran Tahun %d" % year)
    ws.cell(r + 1, 3, "Realisasi Anggaran Tahun %d" % year)
    ws.cell(r + 2, 3, "Serapan Anggaran (%)")
    for rr in (r, r + 1, r + 2):
        ws.merge_cells(start_row=rr, start_column=6, end_row=rr, end_column=7)
    if english:
        ws.cell(r, 6, "Rp " + fmt_num(D(a), 2, "en"))
        ws.cell(r + 1, 6, "Rp " + fmt_num(D(b), 2, "en"))
        ws.cell(r + 2, 6, fmt_num(r2(D(b) / D(a) * 100), 2, "en"))
    else:
        ws.cell(r, 6, int(a)).number_format = '"Rp "#,##0'
        ws.cell(r + 1, 6, int(b)).number_format = '"Rp "#,##0'
        ws.cell(r + 2, 6, "=ROUND(F%d/F%d*100,2)" % (r + 1, r)).number_format = "0.00"
    lay = dict(name="C", unit="D", target="F", realisasi="G", cap="H", sifat="E", ta="I", locale="en" if english else "id",
               first=first, last=last, budget={"anggaran": "F%d" % r, "realisasi": "F%d" % (r + 1)})
    r += 4
    name, rank, nip = HEAD
    ws.cell(r, 8, "Purworejo, 31 Desember %d" % year)
    ws.cell(r + 1, 8, "KEPALA DINAS KESEHATAN")
    ws.cell(r + 2, 8, "KABUPATEN PURWOREJO")
    ws.cell(r + 6, 8, name).font = BOLD
    ws.cell(r + 7, 8, rank)
    ws.cell(r + 8, 8, nip)
    return lay
