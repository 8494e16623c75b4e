# -*- coding: utf-8 -*-
"""Build the blind21 held-out workbooks and their keys.

python3 gen/build.py   (run from /work/blind21 or anywhere)
Writes raw .xlsx with openpyxl to /tmp/blind21-build/, then converts each with
LibreOffice (so formulas get cached values) into /work/blind21/<agency>/ as
.xlsx / .xls / .ods, and writes <agency>/key.json.
"""
import json, os, shutil, subprocess, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import DC, DC_SAS, BP, BP_SAS, DP, DP_SAS, AMBIGUOUS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = "/tmp/blind21-build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-blind21"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


# ------------------------------------------------------------------ numbers
def idn(x, dec=None):
    """Indonesian text: '.' groups thousands, ',' decimal."""
    if dec is None:
        if abs(x - round(x)) < 1e-9:
            dec = 0
        else:
            s = ("%.2f" % x).rstrip("0")
            dec = len(s.split(".")[1])
    s = f"{x:,.{dec}f}"  # 1,234.56
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def capaian(t, r, neg):
    if not t:
        return None
    v = (2 * t - r) / t * 100 if neg else r / t * 100
    # half away from zero, 2 decimals
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(v)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def cell_value(x, unit, mode, rowi):
    """Return (value, number_format) for a target/realisasi cell."""
    if mode == "num":
        if unit == "Rp":
            return x, "#,##0"
        if abs(x - round(x)) < 1e-9 and abs(x) >= 1000:
            return int(round(x)), "#,##0"
        return x, "General"
    if mode == "pctfrac":
        if unit == "%":
            return x / 100.0, "0.00%"
        if unit == "Rp":
            return x, "#,##0"
        if abs(x - round(x)) < 1e-9 and abs(x) >= 1000:
            return int(round(x)), "#,##0"
        return x, "General"
    if mode == "text":
        if unit == "Rp":
            return "Rp " + idn(x, 0), "@"
        return idn(x), "@"
    if mode == "incell":
        if unit == "%":
            return (idn(x) + (" %" if rowi % 2 == 0 else "%")), "@"
        if unit == "Rp":
            return "Rp. " + idn(x, 0) + ",-", "@"
        if unit in ("nilai", "indeks", "rasio", "anak per WUS"):
            return idn(x), "@"
        return idn(x) + " " + unit, "@"
    raise ValueError(mode)


# ------------------------------------------------------------------ helpers
def put(ws, r, c, v, fmt=None, font=None, align=None, border=False):
    cell = ws.cell(row=r, column=c, value=v)
    if fmt:
        cell.number_format = fmt
    if font:
        cell.font = font
    if align:
        cell.alignment = align
    if border:
        cell.border = BOX
    return cell


def title_block(ws, lines, ncols, start=1):
    r = start
    for ln in lines:
        if ln:
            put(ws, r, 1, ln, font=BOLD, align=Alignment(horizontal="center"))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    return r


def signature(ws, r, col, place, date, jabatan, nama, pangkat, nip):
    for i, t in enumerate([f"{place}, {date}", jabatan, None, None, nama, pangkat, f"NIP. {nip}"]):
        if t:
            put(ws, r + i, col, t, font=BOLD if t == nama else None)
    return r + 7


# ------------------------------------------------------------------ annual
HDR_TEXT = {"no": "No", "sas": "Sasaran Strategis", "ind": "Indikator Kinerja",
            "sat": "Satuan", "tgt": "Target", "real": "Realisasi", "cap": "% Capaian",
            "tgtu": None, "realu": None}


def write_annual(ws, year, rows, sas_text, spec, prev_map):
    cols = spec["cols"]
    C = {k: i + 1 for i, k in enumerate(cols)}
    n = len(cols)
    widths = {"no": 5, "sas": 34, "ind": 50, "sat": 11, "prev": 13, "tgt": 13, "real": 13,
              "cap": 11, "tgtu": 12, "realu": 12}
    for k, i in C.items():
        ws.column_dimensions[L(i)].width = widths[k]
    r = title_block(ws, spec["title"], n)
    for ln in spec.get("subtitle", []):
        put(ws, r, 1, ln)
        r += 1
    r += 1
    hdr = spec["hdr"]
    htext = dict(HDR_TEXT)
    htext.update(spec.get("htext", {}))
    prev_label = spec.get("prev_label", f"Realisasi {year - 1}")
    top = r
    if hdr == "one":
        for k in cols:
            t = prev_label if k == "prev" else htext[k]
            if k == "tgt":
                t = spec.get("tgt_label", f"Target {year}")
            if k == "real":
                t = spec.get("real_label", f"Realisasi {year}")
            put(ws, r, C[k], t, font=BOLD, align=CENTER, border=True)
        r += 1
    elif hdr == "two":
        for k in cols:
            if k in ("tgt", "real", "cap"):
                put(ws, r + 1, C[k], htext[k], font=BOLD, align=CENTER, border=True)
            else:
                t = prev_label if k == "prev" else htext[k]
                put(ws, r, C[k], t, font=BOLD, align=CENTER, border=True)
                put(ws, r + 1, C[k], None, border=True)
                ws.merge_cells(start_row=r, start_column=C[k], end_row=r + 1, end_column=C[k])
        put(ws, r, C["tgt"], spec.get("year_label", f"Tahun {year}"), font=BOLD, align=CENTER, border=True)
        ws.merge_cells(start_row=r, start_column=C["tgt"], end_row=r, end_column=C["cap"])
        r += 2
    elif hdr == "split":  # Banjar 2015: value and unit in two cells
        for k in cols:
            if k in ("tgtu", "realu"):
                continue
            put(ws, r, C[k], {"cap": "%"}.get(k, htext[k]), font=BOLD, align=CENTER, border=True)
        ws.merge_cells(start_row=r, start_column=C["tgt"], end_row=r, end_column=C["tgtu"])
        ws.merge_cells(start_row=r, start_column=C["real"], end_row=r, end_column=C["realu"])
        r += 1
    if spec.get("numbering"):
        i = 1
        for k in cols:
            if k in ("tgtu", "realu"):
                continue
            put(ws, r, C[k], f"({i})", align=CENTER, border=True)
            if k in ("tgt", "real") and hdr == "split":
                ws.merge_cells(start_row=r, start_column=C[k], end_row=r, end_column=C[k] + 1)
            i += 1
        r += 1
    first = r
    keyrows = []
    mode = spec["values"]
    capmode = spec["cap"]
    sas_mode = spec.get("sas", "merge")
    blocks = []
    for i, row in enumerate(rows):
        sno, rid, name, unit, t, rv, opts = row
        rr = first + i
        for k in cols:
            put(ws, rr, C[k], None, border=True)
        if "no" in C:
            put(ws, rr, C["no"], i + 1, align=Alignment(horizontal="center", vertical="top"), border=True)
        moved = opts.get("moved")
        if moved:
            put(ws, rr, C["sas"], name, align=WRAP, border=True)
        else:
            put(ws, rr, C["ind"], name, align=WRAP, border=True)
            if not blocks or blocks[-1][0] != sno or blocks[-1][3]:
                blocks.append([sno, rr, rr, False])
            else:
                blocks[-1][2] = rr
        if moved and blocks:
            blocks[-1][3] = True  # close block
        if "sat" in C:
            put(ws, rr, C["sat"], unit, align=Alignment(horizontal="center", vertical="top"), border=True)
        tv, tf = cell_value(t, unit, mode, i)
        rv_, rf = cell_value(rv, unit, mode, i)
        put(ws, rr, C["tgt"], tv, fmt=tf, border=True)
        put(ws, rr, C["real"], rv_, fmt=rf, border=True)
        if "tgtu" in C:
            put(ws, rr, C["tgtu"], unit, border=True)
            put(ws, rr, C["realu"], unit, border=True)
        if "prev" in C:
            pv = prev_map.get(rid)
            if pv is None:
                put(ws, rr, C["prev"], "-", align=Alignment(horizontal="center"), border=True)
            else:
                v, f = cell_value(pv, unit, mode, i)
                put(ws, rr, C["prev"], v, fmt=f, border=True)
        neg = opts.get("neg", False)
        wrong = opts.get("cap")
        tc, rc = L(C["tgt"]) + str(rr), L(C["real"]) + str(rr)
        if capmode == "formula" and wrong is None:
            if mode == "pctfrac":
                f = f"=({2}*{tc}-{rc})/{tc}" if neg else f"={rc}/{tc}"
                put(ws, rr, C["cap"], f, fmt="0.00%", border=True)
            else:
                f = f"=ROUND((2*{tc}-{rc})/{tc}*100,2)" if neg else f"=ROUND({rc}/{tc}*100,2)"
                put(ws, rr, C["cap"], f, fmt="0.00", border=True)
        else:
            cv = wrong if wrong is not None else capaian(t, rv, neg)
            if mode == "pctfrac":
                put(ws, rr, C["cap"], cv / 100.0, fmt="0.00%", border=True)
            elif mode in ("text",):
                put(ws, rr, C["cap"], idn(cv), fmt="@", border=True)
            elif mode == "incell" and capmode == "typed_text":
                put(ws, rr, C["cap"], idn(cv) + " %", fmt="@", border=True)
            else:
                put(ws, rr, C["cap"], cv, fmt="0.00", border=True)
        keyrows.append({"row": rr, "year": year, "written": name, "same_as": rid,
                        "target": t, "realisasi": rv})
    # sasaran cells
    for sno, a, b, _ in blocks:
        put(ws, a, C["sas"], sas_text[sno], align=WRAP, border=True)
        if sas_mode == "merge" and b > a:
            ws.merge_cells(start_row=a, start_column=C["sas"], end_row=b, end_column=C["sas"])
        elif sas_mode == "repeat":
            for x in range(a + 1, b + 1):
                put(ws, x, C["sas"], sas_text[sno], align=WRAP, border=True)
    r = first + len(rows) + 1
    for ln in spec.get("budget", []):
        put(ws, r, 2, ln)
        r += 1
    r += 1
    sig = spec["sig"]
    signature(ws, r, C[spec.get("sig_col", "real")], *sig)
    return keyrows


# ------------------------------------------------------------------ quarterly
def quarters(t, r, unit):
    """Return (tw_targets, tw_reals, kind). kind: 'sum' or 'last'."""
    if unit in ("indeks", "nilai", "menit"):
        return ["-", "-", "-", t], ["-", "-", "-", r], "last"
    if unit == "%":
        if t == 100:
            return [100, 100, 100, 100], [100, 100, 100, r], "last"
        ts = [round(t * p, 2) for p in (0.25, 0.5, 0.75)] + [t]
        rs = [round(r * p, 2) for p in (0.2, 0.45, 0.7)] + [r]
        return ts, rs, "last"
    # counts: per-quarter, adding up
    def split(x):
        x = int(round(x))
        a = [x // 4] * 4
        for i in range(x - sum(a)):
            a[3 - i] += 1
        return a
    ts = split(t)
    if t <= 2:
        ts = [0, 0, 0, int(t)] if t == 1 else [0, 1, 0, 1]
    rs = split(r)
    if r <= 2:
        rs = [0, 0, 0, int(r)] if r <= 1 else [0, 1, 0, 1]
    return ts, rs, "sum"


def write_quarterly(ws, year, rows, sas_text, spec):
    # A No | B Sasaran | C Indikator | D Satuan | E Target Tahunan | F..M TW I-IV T/R | N Realisasi | O % Capaian
    widths = [5, 32, 48, 11, 12] + [10] * 8 + [14, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[L(i + 1)].width = w
    r = title_block(ws, spec["title"], 15)
    r += 1
    h = r
    for c, t in [(1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (5, "Target Tahunan"), (14, f"Realisasi Tahun {year}"), (15, "% Capaian")]:
        put(ws, h, c, t, font=BOLD, align=CENTER, border=True)
        put(ws, h + 1, c, None, border=True)
        put(ws, h + 2, c, None, border=True)
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 2, end_column=c)
    put(ws, h, 6, "Target dan Realisasi per Triwulan", font=BOLD, align=CENTER, border=True)
    ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=13)
    for q, lab in enumerate(["TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]):
        c = 6 + 2 * q
        put(ws, h + 1, c, lab, font=BOLD, align=CENTER, border=True)
        put(ws, h + 1, c + 1, None, border=True)
        ws.merge_cells(start_row=h + 1, start_column=c, end_row=h + 1, end_column=c + 1)
        put(ws, h + 2, c, "T", font=BOLD, align=CENTER, border=True)
        put(ws, h + 2, c + 1, "R", font=BOLD, align=CENTER, border=True)
    first = h + 3
    keyrows = []
    blocks = []
    for i, (sno, rid, name, unit, t, rv, opts) in enumerate(rows):
        rr = first + i
        for c in range(1, 16):
            put(ws, rr, c, None, border=True)
        put(ws, rr, 1, i + 1, border=True)
        put(ws, rr, 3, name, align=WRAP, border=True)
        if not blocks or blocks[-1][0] != sno:
            blocks.append([sno, rr, rr])
        else:
            blocks[-1][2] = rr
        put(ws, rr, 4, unit, border=True)
        put(ws, rr, 5, t, border=True)
        ts, rs, kind = quarters(t, rv, unit)
        for q in range(4):
            put(ws, rr, 6 + 2 * q, ts[q], border=True)
            put(ws, rr, 7 + 2 * q, rs[q], border=True)
        if kind == "sum":
            put(ws, rr, 14, f"=SUM(G{rr},I{rr},K{rr},M{rr})", border=True)
        else:
            put(ws, rr, 14, f"=M{rr}", border=True)
        neg = opts.get("neg")
        if opts.get("cap") is not None:
            put(ws, rr, 15, opts["cap"], fmt="0.00", border=True)
        elif neg:
            put(ws, rr, 15, f"=ROUND((2*E{rr}-N{rr})/E{rr}*100,2)", fmt="0.00", border=True)
        else:
            put(ws, rr, 15, f"=ROUND(N{rr}/E{rr}*100,2)", fmt="0.00", border=True)
        keyrows.append({"row": rr, "year": year, "written": name, "same_as": rid,
                        "target": t, "realisasi": rv})
    for sno, a, b in blocks:
        put(ws, a, 2, sas_text[sno], align=WRAP, border=True)
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r = first + len(rows) + 2
    for ln in spec.get("budget", []):
        put(ws, r, 2, ln)
        r += 1
    signature(ws, r + 1, 12, *spec["sig"])
    return keyrows


# ------------------------------------------------------------------ conversion
def soffice_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


FILTER = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}


def emit(wb, agency_dir, fname):
    base, ext = os.path.splitext(fname)
    ext = ext[1:]
    raw_dir = os.path.join(TMP, os.path.basename(agency_dir))
    os.makedirs(raw_dir, exist_ok=True)
    raw = os.path.join(raw_dir, base + ".xlsx")
    wb.save(raw)
    out_tmp = os.path.join(raw_dir, "out")
    soffice_convert(raw, FILTER[ext], out_tmp)
    produced = os.path.join(out_tmp, base + "." + ext)
    shutil.move(produced, os.path.join(agency_dir, fname))


def prev_of(data, year):
    return {row[1]: row[5] for row in data.get(year - 1, [])}


# ------------------------------------------------------------------ agencies
def build_disdukcapil():
    slug = "disdukcapil-banyumas"
    d = os.path.join(ROOT, slug)
    os.makedirs(d, exist_ok=True)
    agency = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas"
    head = "Kepala Dinas Kependudukan dan Pencatatan Sipil\nKabupaten Banyumas"
    sig = lambda y: ("Purwokerto", f"31 Desember {y}" if y != 2022 else "30 Desember 2022", head,
                     "Drs. HARYONO SETIAJI, M.Si" if y < 2023 else "ENDANG PUSPITASARI, S.H., M.M.",
                     "Pembina Utama Muda" if y < 2023 else "Pembina Tingkat I",
                     "19670914 199203 1 006" if y < 2023 else "19740321 199903 2 004")
    keys, files = [], []

    # 2021 -- xlsx, No column, merged sasaran, two header rows + numbering, formulas
    wb = Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    f = "LKjIP 2021 Pengukuran Kinerja Disdukcapil Banyumas.xlsx"
    spec = {"cols": ["no", "sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "two", "numbering": True,
            "title": ["PENGUKURAN KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN BANYUMAS", "TAHUN 2021"],
            "subtitle": ["Kabupaten : Banyumas", "Nama OPD  : Dinas Kependudukan dan Pencatatan Sipil"],
            "values": "num", "cap": "formula", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2021 : Rp. 9.874.520.000", "Jumlah Realisasi Anggaran Tahun 2021 : Rp. 9.412.306.750"],
            "sig": sig(2021)}
    for k in write_annual(ws, 2021, DC[2021], DC_SAS[2021], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2022 + 2023 -- one .xls with two sheets
    wb = Workbook(); ws = wb.active; ws.title = "PK 2022"
    f = "PK Disdukcapil 2022-2023.xls"
    spec = {"cols": ["sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "one",
            "tgt_label": "Target", "real_label": "Realisasi", "htext": {"cap": "Capaian (%)"},
            "title": ["PENGUKURAN KINERJA TAHUN 2022", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BANYUMAS"],
            "values": "text", "cap": "typed", "sas": "blank",
            "budget": ["Jumlah Anggaran : Rp. 10.215.800.000", "Realisasi Anggaran : Rp. 9.987.114.200"],
            "sig": sig(2022)}
    for k in write_annual(ws, 2022, DC[2022], DC_SAS[2022], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    ws = wb.create_sheet("PK 2023")
    spec = {"cols": ["no", "sas", "ind", "sat", "prev", "tgt", "real", "cap"], "hdr": "two",
            "prev_label": "Realisasi Tahun 2022",
            "title": ["PENGUKURAN KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BANYUMAS", "TAHUN ANGGARAN 2023"],
            "values": "num", "cap": "formula", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2023 : Rp. 11.062.450.000", "Jumlah Realisasi Anggaran Tahun 2023 : Rp. 10.730.981.640"],
            "sig": sig(2023)}
    for k in write_annual(ws, 2023, DC[2023], DC_SAS[2023], spec, prev_of(DC, 2023)):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2024 -- .ods, units inside the cells, % typed
    wb = Workbook(); ws = wb.active; ws.title = "PK 2024"
    f = "pengukuran_kinerja_disdukcapil_2024.ods"
    spec = {"cols": ["no", "sas", "ind", "tgt", "real", "cap"], "hdr": "one",
            "tgt_label": "Target 2024", "real_label": "Realisasi 2024", "htext": {"cap": "Capaian"},
            "title": ["PENGUKURAN KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN BANYUMAS TAHUN 2024"],
            "values": "incell", "cap": "typed_text", "sas": "merge",
            "budget": ["Anggaran : Rp 11.530.000.000 ; Realisasi : Rp 11.201.665.300 (97,15 %)"],
            "sig": sig(2024), "sig_col": "real"}
    for k in write_annual(ws, 2024, DC[2024], DC_SAS[2024], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)
    return slug, "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas", [2021, 2022, 2023, 2024], files, keys, AMBIGUOUS["dc"]


def build_bpbd():
    slug = "bpbd-cianjur"
    d = os.path.join(ROOT, slug)
    os.makedirs(d, exist_ok=True)
    head = "Kepala Pelaksana BPBD\nKabupaten Cianjur"
    sig = lambda y: ("Cianjur", f"31 Desember {y}", head,
                     "Ir. ASEP MULYANA KUSUMAH" if y < 2022 else "RUDI HERMAWAN, S.STP., M.Si",
                     "Pembina Tingkat I", "19690817 199503 1 002" if y < 2022 else "19790605 199912 1 001")
    keys, files = [], []

    # 2020 -- .xls, Banjar style: value and unit in two cells, blank sasaran below, % typed
    wb = Workbook(); ws = wb.active; ws.title = "PK2020"
    f = "Pengukuran Kinerja BPBD 2020.xls"
    spec = {"cols": ["sas", "ind", "tgt", "tgtu", "real", "realu", "cap"], "hdr": "split", "numbering": True,
            "title": ["PENGUKURAN KINERJA", "BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN CIANJUR", "TAHUN 2020"],
            "subtitle": ["Kabupaten : Cianjur", "Nama SKPD : Badan Penanggulangan Bencana Daerah"],
            "values": "num", "cap": "typed", "sas": "blank",
            "budget": ["Jumlah Anggaran Kegiatan Tahun 2020 : Rp. 6.482.915.000", "Jumlah Realisasi Anggaran Kegiatan Tahun 2020 : Rp. 6.101.377.420"],
            "sig": sig(2020), "sig_col": "real"}
    for k in write_annual(ws, 2020, BP[2020], BP_SAS[2020], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2021 -- quarterly Rencana Aksi, .xlsx
    wb = Workbook(); ws = wb.active; ws.title = "RA 2021"
    f = "Rencana Aksi PK BPBD Tahun 2021.xlsx"
    spec = {"title": ["PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA",
                      "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN CIANJUR", "TAHUN ANGGARAN 2021"],
            "budget": ["Jumlah Anggaran : Rp. 7.015.300.000,-", "Realisasi Anggaran s.d. TW IV : Rp. 6.744.082.115,-"],
            "sig": sig(2021)}
    for k in write_quarterly(ws, 2021, BP[2021], BP_SAS[2021], spec):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2022 -- .xlsx, numbering prefixes in names, % as fractions with % format, formulas
    wb = Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja 2022"
    f = "PK_BPBD_Cianjur_2022.xlsx"
    spec = {"cols": ["sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "two",
            "title": ["PENGUKURAN KINERJA TAHUN 2022", "BPBD KABUPATEN CIANJUR"],
            "values": "pctfrac", "cap": "formula", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2022 : Rp. 7.230.640.000", "Jumlah Realisasi Anggaran Tahun 2022 : Rp. 6.958.210.980"],
            "sig": sig(2022)}
    for k in write_annual(ws, 2022, BP[2022], BP_SAS[2022], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2023 -- .ods, realisasi tahun lalu column, numbers as Indonesian text, sasaran repeated
    wb = Workbook(); ws = wb.active; ws.title = "PK 2023"
    f = "PK BPBD 2023.ods"
    spec = {"cols": ["no", "sas", "ind", "sat", "prev", "tgt", "real", "cap"], "hdr": "one",
            "prev_label": "Realisasi Tahun Lalu (2022)", "htext": {"cap": "Capaian (%)"},
            "title": ["PENGUKURAN KINERJA", "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN CIANJUR", "TAHUN 2023"],
            "values": "text", "cap": "typed", "sas": "repeat",
            "budget": ["Jumlah Anggaran Tahun 2023 : Rp. 7.544.100.000", "Jumlah Realisasi Anggaran Tahun 2023 : Rp. 7.302.655.470"],
            "sig": sig(2023)}
    for k in write_annual(ws, 2023, BP[2023], BP_SAS[2023], spec, prev_of(BP, 2023)):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)
    return slug, "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur", [2020, 2021, 2022, 2023], files, keys, AMBIGUOUS["bp"]


def build_dp():
    slug = "dp3ap2kb-kediri"
    d = os.path.join(ROOT, slug)
    os.makedirs(d, exist_ok=True)
    head = ("Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak,\nPengendalian Penduduk dan Keluarga Berencana\nKota Kediri")
    sig = lambda y: ("Kediri", f"31 Desember {y}", head,
                     "Dra. SRI WAHYUNINGSIH, M.AP" if y < 2024 else "ANDRI SETYAWAN, S.Sos., M.M.",
                     "Pembina Utama Muda" if y < 2024 else "Pembina Tingkat I",
                     "19680202 199403 2 007" if y < 2024 else "19781110 200312 1 005")
    title = "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"
    keys, files = [], []

    # 2022 -- xlsx, fractions with % format, formulas, two header rows + numbering
    wb = Workbook(); ws = wb.active; ws.title = "PK 2022"
    f = "PK DP3AP2KB 2022.xlsx"
    spec = {"cols": ["no", "sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "two", "numbering": True,
            "title": ["PENGUKURAN KINERJA", title, "KOTA KEDIRI", "TAHUN 2022"],
            "values": "pctfrac", "cap": "formula", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2022 : Rp. 14.306.775.000", "Jumlah Realisasi Anggaran Tahun 2022 : Rp. 13.598.402.316"],
            "sig": sig(2022)}
    for k in write_annual(ws, 2022, DP[2022], DP_SAS[2022], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2023 -- .ods, numbers as Indonesian text, blank sasaran below, % typed
    wb = Workbook(); ws = wb.active; ws.title = "Lembar1"
    f = "Pengukuran Kinerja 2023.ods"
    spec = {"cols": ["sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "one",
            "htext": {"cap": "%"},
            "title": ["PENGUKURAN KINERJA TAHUN 2023", "DP3AP2KB KOTA KEDIRI"],
            "values": "text", "cap": "typed", "sas": "blank",
            "budget": ["Jumlah Anggaran : Rp. 15.020.118.000", "Jumlah Realisasi Anggaran : Rp. 14.457.902.880"],
            "sig": sig(2023)}
    for k in write_annual(ws, 2023, DP[2023], DP_SAS[2023], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2024 -- .xls, numbers, formulas (some typed over)
    wb = Workbook(); ws = wb.active; ws.title = "PK 2024"
    f = "PK 2024 DP3AP2KB Kota Kediri.xls"
    spec = {"cols": ["no", "sas", "ind", "sat", "tgt", "real", "cap"], "hdr": "two",
            "title": ["PENGUKURAN KINERJA", title, "KOTA KEDIRI", "TAHUN 2024"],
            "values": "num", "cap": "formula", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2024 : Rp. 15.884.230.000", "Jumlah Realisasi Anggaran Tahun 2024 : Rp. 15.120.644.975"],
            "sig": sig(2024)}
    for k in write_annual(ws, 2024, DP[2024], DP_SAS[2024], spec, {}):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)

    # 2025 -- xlsx, realisasi 2024 beside, units inside cells, % typed
    wb = Workbook(); ws = wb.active; ws.title = "Pengukuran Kinerja"
    f = "PK_DP3AP2KB_2025.xlsx"
    spec = {"cols": ["no", "sas", "ind", "prev", "tgt", "real", "cap"], "hdr": "two",
            "prev_label": "Realisasi 2024",
            "title": ["PENGUKURAN KINERJA", "DP3AP2KB KOTA KEDIRI", "TAHUN 2025"],
            "values": "incell", "cap": "typed", "sas": "merge",
            "budget": ["Jumlah Anggaran Tahun 2025 : Rp. 16.002.500.000", "Jumlah Realisasi Anggaran Tahun 2025 : Rp. 15.410.087.600"],
            "sig": sig(2025)}
    for k in write_annual(ws, 2025, DP[2025], DP_SAS[2025], spec, prev_of(DP, 2025)):
        k.update(file=f, sheet=ws.title); keys.append(k)
    emit(wb, d, f); files.append(f)
    return slug, ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan "
                  "Keluarga Berencana Kota Kediri"), [2022, 2023, 2024, 2025], files, keys, AMBIGUOUS["dp"]


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    for fn in (build_disdukcapil, build_bpbd, build_dp):
        slug, agency, years, files, keys, amb = fn()
        rows = [{"file": k["file"], "sheet": k["sheet"], "row": k["row"], "year": k["year"],
                 "written": k["written"], "same_as": k["same_as"],
                 "target": k["target"], "realisasi": k["realisasi"]} for k in keys]
        key = {"agency": agency, "years": years, "files": files, "rows": rows, "ambiguous": amb}
        with open(os.path.join(ROOT, slug, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        print(slug, len(rows), "rows", files)


if __name__ == "__main__":
    main()
