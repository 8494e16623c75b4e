"""Agency 1: Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Tapin, 2021-2024.
One file per year in mixed formats:
  2021 .xls  - Banjar-2016 style: value and unit in one text cell ("62,50 %", "Rp. 80.000 (juta)")
  2022 .xlsx - Banjar-2015 style: Target | satuan | Realisasi | satuan | %, numbers as numbers
  2023 .ods  - No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (formula)
  2024 .xlsx - same as 2023, sasaran merged
Figures and people are invented.
"""
import os

from openpyxl import Workbook

from common import (BOLD, BOX, CENTER, D, TITLE, WRAP, box, capaian, fmt_num, plain, r2,
                    save_final)

FOLDER = "a1-diskopukm-kab-tapin"
AGENCY = "Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Tapin"
YEARS = [2021, 2022, 2023, 2024]
FILES = {
    2021: "PK_2021_Diskopukm_Tapin.xls",
    2022: "Pengukuran Kinerja Diskop UKM Tapin 2022.xlsx",
    2023: "pengukuran_kinerja_diskopukm_2023.ods",
    2024: "PK Diskopukm Tapin TA 2024.xlsx",
}
SHEETS = {2021: "PK 2021", 2022: "Pengukuran Kinerja", 2023: "PK_2023", 2024: "PK 2024"}

SAS = {
    "S1": "Meningkatnya kualitas kelembagaan dan usaha koperasi",
    "S2": "Meningkatnya akses permodalan bagi koperasi dan UMKM",
    "S3": "Meningkatnya daya saing dan kapasitas usaha mikro, kecil dan menengah",
    "S4": "Meningkatnya akuntabilitas kinerja perangkat daerah",
}


def _all(v):
    return {y: v for y in YEARS}


def _yrs(*pairs):
    return dict(pairs)


# id -> sasaran, names per year, units per year, targets, realisasi (Decimal strings)
IND = {
    "kop_aktif": dict(
        sas="S1",
        name=_yrs((2021, "Persentase koperasi aktif"), (2022, "Persentase koperasi aktif"),
                  (2023, "Persentase Koperasi Aktif"), (2024, "Persentase koperasi aktif")),
        unit=_yrs((2021, "%"), (2022, "persen"), (2023, "Persen (%)"), (2024, "Persen (%)")),
        T=_yrs((2021, "62.5"), (2022, "64"), (2023, "66"), (2024, "68")),
        R=_yrs((2021, "63.1"), (2022, "64.8"), (2023, "65.2"), (2024, "68.4"))),
    "kop_rat": dict(
        sas="S1",
        name=_yrs((2021, "Prosentase koperasi yang melaksanakan RAT"),
                  (2022, "Persentase Koperasi yang Melaksanakan Rapat Anggota Tahunan (RAT)"),
                  (2023, "Persentase koperasi yang melaksanakan RAT"),
                  (2024, "Persentase Koperasi Yang Melaksanakan RAT")),
        unit=_all("%"),
        T=_yrs((2021, "55"), (2022, "58"), (2023, "60"), (2024, "62")),
        R=_yrs((2021, "51.2"), (2022, "57.4"), (2023, "61.3"), (2024, "62.4"))),
    "kop_bh": dict(
        sas="S1",
        name=_yrs((2021, "Jumlah koperasi berbadan hukum"), (2022, "Jumlah koperasi berbadan hukum"),
                  (2023, "Jumlah Koperasi Berbadan Hukum"), (2024, "Jumlah koperasi berbadan hukum")),
        unit=_all("unit"),
        T=_yrs((2021, "312"), (2022, "325"), (2023, "340"), (2024, "355")),
        R=_yrs((2021, "318"), (2022, "331"), (2023, "322"), (2024, "350"))),
    "kop_sehat": dict(
        sas="S1",
        name=_yrs((2021, "Persentase koperasi sehat"), (2022, "Persentase Koperasi Sehat"),
                  (2023, "Persentase koperasi sehat"), (2024, "Persentase koperasi sehat")),
        unit=_all("%"),
        T=_yrs((2021, "35"), (2022, "37.5"), (2023, "40"), (2024, "42.5")),
        R=_yrs((2021, "33.8"), (2022, "36.9"), (2023, "41.2"), (2024, "42"))),
    "kur": dict(
        sas="S2",
        name=_yrs((2021, "Volume penyaluran KUR (Kredit Usaha Rakyat)"), (2022, "Volume Penyaluran KUR"),
                  (2023, "Volume penyaluran Kredit Usaha Rakyat (KUR)"), (2024, "Volume penyaluran KUR")),
        unit=_all("Rp. (juta)"),
        T=_yrs((2021, "80000"), (2022, "85000000000"), (2023, "90000"), (2024, "95000")),
        R=_yrs((2021, "82450"), (2022, "87310"), (2023, "91025"), (2024, "97880"))),
    "modal": dict(
        sas="S2",
        name=_yrs((2021, "Jumlah koperasi yang mengakses permodalan"),
                  (2022, "Jumlah koperasi yang mengakses permodalan")),
        unit=_yrs((2021, "unit"), (2022, "unit")),
        T=_yrs((2021, "20"), (2022, "22")),
        R=_yrs((2021, "18"), (2022, "23"))),
    "umkm_naik": dict(
        sas="S3",
        name=_yrs((2021, "UMKM yang naik kelas"), (2022, "UMKM yang naik kelas"),
                  (2023, "UMKM Naik Kelas"), (2024, "UMKM yang naik kelas")),
        unit=_yrs((2021, "unit usaha"), (2022, "unit usaha"), (2023, "%"), (2024, "%")),
        T=_yrs((2021, "25"), (2022, "30"), (2023, "2.5"), (2024, "3")),
        R=_yrs((2021, "27"), (2022, "31"), (2023, "2.8"), (2024, "3.1"))),
    "nib": dict(
        sas="S3",
        name=_yrs((2021, "Persentase UMKM yang memiliki NIB"),
                  (2022, "Persentase UMKM yang memiliki Nomor Induk Berusaha (NIB)"),
                  (2023, "Persentase UMKM yang memiliki Nomor Induk Berusaha (NIB)"),
                  (2024, "Persentase UMKM yang memiliki Nomor Induk Berusaha (NIB)")),
        unit=_all("%"),
        T=_yrs((2021, "40"), (2022, "50"), (2023, "60"), (2024, "70")),
        R=_yrs((2021, "42.5"), (2022, "55.1"), (2023, "63"), (2024, "71.8"))),
    "wub": dict(
        sas="S3",
        name=_yrs((2021, "Jumlah wirausaha baru"), (2022, "Jumlah wirausaha baru"),
                  (2023, "Jumlah Wirausaha Baru"), (2024, "Jumlah wirausaha baru")),
        unit=_all("orang"),
        T=_yrs((2021, "150"), (2022, "300"), (2023, "320"), (2024, "330")),
        R=_yrs((2021, "162"), (2022, "287"), (2023, "305"), (2024, "341"))),
    "latih": dict(
        sas="S3",
        name=_yrs((2021, "Jumlah pelaku UMKM yang mengikuti pelatihan"),
                  (2022, "Jumlah pelaku UMKM yang mengikuti pelatihan/bimtek"),
                  (2023, "Jumlah pelaku UMKM yang mengikuti pelatihan"),
                  (2024, "Jumlah pelaku UMKM yang mengikuti pelatihan")),
        unit=_yrs((2021, "orang"), (2022, "orang"), (2023, "Org"), (2024, "Org")),
        T=_yrs((2021, "200"), (2022, "220"), (2023, "240"), (2024, "250")),
        R=_yrs((2021, "214"), (2022, "226"), (2023, "251"), (2024, "262"))),
    "plut": dict(
        sas="S3",
        name=_yrs((2021, "Jumlah kunjungan pelaku usaha ke PLUT-KUMKM per tahun"),
                  (2022, "Jumlah kunjungan pelaku usaha ke PLUT-KUMKM per tahun"),
                  (2023, "Jumlah kunjungan pelaku usaha ke PLUT KUMKM per tahun"),
                  (2024, "Jumlah kunjungan pelaku usaha ke PLUT-KUMKM per tahun")),
        unit=_all("kunjungan"),
        T=_yrs((2021, "1200"), (2022, "1400"), (2023, "1600"), (2024, "1800")),
        R=_yrs((2021, "1352"), (2022, "1518"), (2023, "1184"), (2024, "1866"))),
    "digital": dict(
        sas="S3",
        name=_yrs((2024, "Jumlah UMKM yang memanfaatkan platform digital (go digital)")),
        unit=_yrs((2024, "unit usaha")),
        T=_yrs((2024, "150")),
        R=_yrs((2024, "172"))),
    "dokumen": dict(
        sas="S4",
        name=_all("Tersusunnya dokumen perencanaan dan pelaporan kinerja tepat waktu"),
        unit=_all("dokumen"),
        T=_all("5"), R=_all("5")),
}
ORDER = ["kop_aktif", "kop_rat", "kop_bh", "kop_sehat", "kur", "modal", "umkm_naik", "nib",
         "wub", "latih", "plut", "digital", "dokumen"]
FRACTION = {("kop_sehat", 2022)}  # percent stored as a fraction under a 0.00% format

BUDGET = {
    2021: ("3245870000", "3012455350"),
    2022: ("3518204000", "3361977820"),
    2023: ("3402550000", "3290118640"),
    2024: ("3876300000", "3702845215"),
}
HEAD = {
    2021: ("Hj. NOOR AINAH SARI, S.E., M.Si.", "Pembina Tk. I", "NIP. 19720314 199803 2 006"),
    2022: ("Hj. NOOR AINAH SARI, S.E., M.Si.", "Pembina Tk. I", "NIP. 19720314 199803 2 006"),
    2023: ("H. AHMAD RIFANI, S.Sos., M.AP.", "Pembina", "NIP. 19780902 200312 1 004"),
    2024: ("H. AHMAD RIFANI, S.Sos., M.AP.", "Pembina Tk. I", "NIP. 19780902 200312 1 004"),
}


def rows_for(year):
    return [i for i in ORDER if year in IND[i]["T"]]


def is_pct(unit):
    return "%" in unit or unit.lower().startswith("persen")


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


def combined_text(v, unit):
    if unit == "%":
        return fmt_num(v, 2) + " %"
    if unit == "Rp. (juta)":
        return "Rp. " + fmt_num(v) + " (juta)"
    return fmt_num(v) + " " + unit


def pct_text(v):
    """A % column as the Banjar tables type it: two decimals at most, trailing zeros dropped."""
    s = plain(r2(v))
    return fmt_num(D(s))


def title_block(ws, year, ncols, start=1):
    last = chr(ord("A") + ncols - 1)
    lines = ["PENGUKURAN KINERJA", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "KABUPATEN TAPIN",
             "TAHUN %d" % year]
    for k, t in enumerate(lines):
        r = start + k
        ws.cell(r, 1, t).font = TITLE
        ws.cell(r, 1).alignment = CENTER
        ws.merge_cells("A%d:%s%d" % (r, last, r))
    return start + len(lines)


def signature(ws, r, year, col=1):
    ws.cell(r, col + 3, "Rantau, 31 Desember %d" % year)
    ws.cell(r + 1, col + 3, "Kepala Dinas Koperasi, Usaha Kecil dan Menengah")
    ws.cell(r + 2, col + 3, "Kabupaten Tapin,")
    name, rank, nip = HEAD[year]
    ws.cell(r + 6, col + 3, name).font = BOLD
    ws.cell(r + 7, col + 3, rank)
    ws.cell(r + 8, col + 3, nip)


def build(outdir):
    key_rows, layout = [], {}
    for year in YEARS:
        wb = Workbook()
        ws = wb.active
        ws.title = SHEETS[year]
        fname = FILES[year]
        if year == 2021:
            lay = _y2021(ws, year, key_rows, fname)
        elif year == 2022:
            lay = _y2022(ws, year, key_rows, fname)
        else:
            lay = _y2023_24(ws, year, key_rows, fname)
        layout[fname + "|" + ws.title] = lay
        save_final(wb, os.path.join(outdir, fname))
    budget = {str(y): {"anggaran": BUDGET[y][0], "realisasi": BUDGET[y][1]} for y in YEARS}
    return key_rows, budget, layout


def _key(key_rows, year, fname, sheet, row, iid):
    d = IND[iid]
    key_rows.append({
        "year": year, "file": fname, "sheet": sheet, "row": row, "written": d["name"][year],
        "id": iid, "unit": d["unit"][year], "target": plain(D(d["T"][year])),
        "realisasi": plain(D(d["R"][year])), "target_akhir": None})


def _y2021(ws, year, key_rows, fname):
    # Sasaran | Indikator | Target | Realisasi | % Realisasi ; value+unit in one text cell
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 52
    for c in "CDE":
        ws.column_dimensions[c].width = 20
    r = title_block(ws, year, 5) + 1
    ws.cell(r, 1, "Kabupaten : Tapin")
    ws.cell(r + 1, 1, "Nama SKPD : Dinas Koperasi, Usaha Kecil dan Menengah")
    h = r + 3
    ws.cell(h, 1, "Sasaran Strategis")
    ws.cell(h, 2, "Indikator Kinerja")
    ws.cell(h, 3, "Tahun 2021")
    ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=5)
    ws.merge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
    ws.merge_cells(start_row=h, start_column=2, end_row=h + 1, end_column=2)
    for c, t in zip((3, 4, 5), ("Target", "Realisasi", "% Realisasi")):
        ws.cell(h + 1, c, t)
    for rr in (h, h + 1):
        for c in range(1, 6):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).alignment = CENTER
    r = h + 2
    first = r
    prev_sas = None
    for iid in rows_for(year):
        d = IND[iid]
        if d["sas"] != prev_sas:
            ws.cell(r, 1, SAS[d["sas"]])  # blank below = same sasaran (as in the Banjar tables)
            prev_sas = d["sas"]
        ws.cell(r, 2, d["name"][year])
        u = d["unit"][year]
        ws.cell(r, 3, combined_text(d["T"][year], u))
        ws.cell(r, 4, combined_text(d["R"][year], u))
        ws.cell(r, 5, pct_text(capaian(d["T"][year], d["R"][year])))
        for c in range(1, 6):
            ws.cell(r, c).alignment = WRAP
        _key(key_rows, year, fname, ws.title, r, iid)
        r += 1
    box(ws, "A%d:E%d" % (h, r - 1))
    r += 1
    a, b = BUDGET[year]
    ws.cell(r, 1, "Jumlah Anggaran Kegiatan Tahun %d : Rp. %s" % (year, fmt_num(a)))
    ws.cell(r + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun %d : Rp. %s" % (year, fmt_num(b)))
    lay = dict(name="B", unit=None, target="C", realisasi="D", cap="E", sifat=None, ta=None, locale="id", first=first,
               last=r - 2, budget={"anggaran": "A%d" % r, "realisasi": "A%d" % (r + 1)})
    signature(ws, r + 3, year, col=1)
    return lay


def _y2022(ws, year, key_rows, fname):
    # Sasaran | Indikator | Target | (sat) | Realisasi | (sat) | %
    widths = dict(A=40, B=55, C=14, D=12, E=14, F=12, G=10)
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    r = title_block(ws, year, 7) + 1
    ws.cell(r, 1, "Kabupaten : Tapin")
    ws.cell(r + 1, 1, "Nama SKPD : Dinas Koperasi, Usaha Kecil dan Menengah")
    h = r + 3
    for c, t in ((1, "Sasaran Strategis"), (2, "Indikator Kinerja"), (3, "Target"), (5, "Realisasi"),
                 (7, "%")):
        ws.cell(h, c, t)
    ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=4)
    ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=6)
    for c, t in ((1, "(1)"), (2, "(2)"), (3, "(3)"), (5, "(4)"), (7, "(5)")):
        ws.cell(h + 1, c, t)
    ws.merge_cells(start_row=h + 1, start_column=3, end_row=h + 1, end_column=4)
    ws.merge_cells(start_row=h + 1, start_column=5, end_row=h + 1, end_column=6)
    for rr in (h, h + 1):
        for c in range(1, 8):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).alignment = CENTER
    r = h + 2
    first = r
    groups = {}
    for iid in rows_for(year):
        d = IND[iid]
        groups.setdefault(d["sas"], []).append(r)
        ws.cell(r, 2, d["name"][year]).alignment = WRAP
        u = d["unit"][year]
        t, re_ = D(d["T"][year]), D(d["R"][year])
        if (iid, year) in FRACTION:
            ct = ws.cell(r, 3, float(t / 100))
            cr = ws.cell(r, 5, float(re_ / 100))
            ct.number_format = cr.number_format = "0.00%"
        else:
            ct = ws.cell(r, 3, float(t) if t != t.to_integral_value() else int(t))
            cr = ws.cell(r, 5, float(re_) if re_ != re_.to_integral_value() else int(re_))
            ct.number_format = cr.number_format = row_format(u, t, re_)
        ws.cell(r, 4, u)
        ws.cell(r, 6, u)
        cp = ws.cell(r, 7, float(r2(capaian(t, re_))))
        cp.number_format = "0.00"
        _key(key_rows, year, fname, ws.title, r, iid)
        r += 1
    for s, rs in groups.items():
        ws.cell(rs[0], 1, SAS[s]).alignment = WRAP
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    box(ws, "A%d:G%d" % (h, r - 1))
    last = r - 1
    r += 1
    a, b = BUDGET[year]
    ws.cell(r, 1, "Jumlah Anggaran Kegiatan Tahun %d" % year)
    ws.cell(r, 2, ":")
    ca = ws.cell(r, 3, int(a))
    ws.cell(r + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun %d" % year)
    ws.cell(r + 1, 2, ":")
    cb = ws.cell(r + 1, 3, int(b))
    ca.number_format = cb.number_format = '"Rp. "#,##0'
    lay = dict(name="B", unit="D", target="C", realisasi="E", cap="G", sifat=None, ta=None, locale="id", first=first,
               last=last, budget={"anggaran": "C%d" % r, "realisasi": "C%d" % (r + 1)})
    signature(ws, r + 3, year, col=2)
    return lay


def _y2023_24(ws, year, key_rows, fname):
    # No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%)
    widths = dict(A=5, B=38, C=55, D=12, E=14, F=14, G=12)
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    r = title_block(ws, year, 7) + 1
    h = r + 1
    heads = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target %d" % year,
             "Realisasi %d" % year, "Capaian (%)"]
    for c, t in enumerate(heads, 1):
        ws.cell(h, c, t).font = BOLD
        ws.cell(h, c).alignment = CENTER
    r = h + 1
    first = r
    groups = {}
    for n, iid in enumerate(rows_for(year), 1):
        d = IND[iid]
        groups.setdefault(d["sas"], []).append(r)
        ws.cell(r, 1, n)
        ws.cell(r, 3, d["name"][year]).alignment = WRAP
        u = d["unit"][year]
        t, re_ = D(d["T"][year]), D(d["R"][year])
        ws.cell(r, 4, u)
        ct = ws.cell(r, 5, float(t) if t != t.to_integral_value() else int(t))
        cr = ws.cell(r, 6, float(re_) if re_ != re_.to_integral_value() else int(re_))
        ct.number_format = cr.number_format = row_format(u, t, re_)
        cp = ws.cell(r, 7, "=ROUND(F%d/E%d*100,2)" % (r, r))
        cp.number_format = "0.00"
        _key(key_rows, year, fname, ws.title, r, iid)
        r += 1
    for s, rs in groups.items():
        ws.cell(rs[0], 2, SAS[s]).alignment = WRAP
        if year == 2024 and len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    box(ws, "A%d:G%d" % (h, r - 1))
    last = r - 1
    r += 1
    a, b = BUDGET[year]
    ws.cell(r, 3, "Jumlah Anggaran Tahun %d" % year)
    ws.cell(r + 1, 3, "Jumlah Realisasi Anggaran Tahun %d" % year)
    ws.cell(r + 2, 3, "Serapan Anggaran (%)")
    ca = ws.cell(r, 5, int(a))
    cb = ws.cell(r + 1, 5, int(b))
    ca.number_format = cb.number_format = '"Rp "#,##0'
    cs = ws.cell(r + 2, 5, "=ROUND(E%d/E%d*100,2)" % (r + 1, r))
    cs.number_format = "0.00"
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=6)
    lay = dict(name="C", unit="D", target="E", realisasi="F", cap="G", sifat=None, ta=None, locale="id", first=first,
               last=last, budget={"anggaran": "E%d" % r, "realisasi": "E%d" % (r + 1)})
    signature(ws, r + 4, year, col=2)
    return lay
