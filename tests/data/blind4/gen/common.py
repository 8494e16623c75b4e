"""Shared helpers for the blind4 generators (deterministic; no randomness here)."""
import json
import os
import random
import shutil
import subprocess
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO_PROFILE = "file:///tmp/lo-blind4"
FIXED_DT = (2024, 1, 15, 9, 0, 0)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)


def rnd(x, dec):
    """Round half away from zero to dec decimals, returned as float (or int when dec == 0)."""
    q = Decimal(1).scaleb(-dec) if dec > 0 else Decimal(1)
    v = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(v) if dec == 0 else float(v)


def id_num(x, dec=0):
    """Indonesian number text: 1.250,50"""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def capaian(t, r, neg=False):
    if not t:
        return None
    if neg:
        return rnd((2 * t - r) / t * 100, 2)
    return rnd(r / t * 100, 2)


def realise(rng, target, dec, neg=False, lo=0.86, hi=1.08):
    f = rng.uniform(lo, hi)
    if neg:
        f = rng.uniform(0.9, 1.15)
    v = rnd(target * f, dec)
    if dec == 0 and v == 0:
        v = 1
    return v


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def merge(ws, r1, c1, r2, c2, value=None, bold=True):
    cell = ws.cell(r1, c1)
    if value is not None:
        cell.value = value
    cell.alignment = CENTER
    if bold:
        cell.font = BOLD
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def fix_props(wb):
    import datetime
    dt = datetime.datetime(*FIXED_DT)
    wb.properties.created = dt
    wb.properties.modified = dt
    wb.properties.creator = "Subbag Perencanaan"
    wb.properties.lastModifiedBy = "Subbag Perencanaan"


def save_xlsx(wb, path):
    """Save and rewrite the zip with fixed timestamps so reruns give identical bytes."""
    fix_props(wb)
    tmp = path + ".tmp"
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-01-15T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


def convert(src_xlsx, fmt, outdir, final_name):
    """Convert with LibreOffice (one at a time, private profile) and rename to final_name."""
    tmpdir = os.path.join("/tmp", "blind4-conv")
    shutil.rmtree(tmpdir, ignore_errors=True)
    os.makedirs(tmpdir)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", tmpdir, src_xlsx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src_xlsx))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(tmpdir, base + "." + ext)
    if ext == "ods":
        normalise_odf(produced, os.path.join(outdir, final_name))
    else:
        shutil.move(produced, os.path.join(outdir, final_name))
    shutil.rmtree(tmpdir, ignore_errors=True)


def normalise_odf(src, dst):
    """Rewrite an .ods with fixed dates in meta.xml and fixed zip timestamps (mimetype first, stored)."""
    import re
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "meta.xml":
                data = re.sub(rb"(<meta:creation-date>)[^<]*(<)", rb"\g<1>2024-01-15T09:00:00\2", data)
                data = re.sub(rb"(<dc:date>)[^<]*(<)", rb"\g<1>2024-01-15T09:00:00\2", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"", data)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


def signature(ws, row, col, place_date, jabatan, nama, pangkat, nip):
    lines = [place_date, jabatan, "", "", "", nama, pangkat, nip]
    for i, t in enumerate(lines):
        if t:
            c = ws.cell(row + i, col, t)
            if i == 5:
                c.font = Font(bold=True, underline="single")
    return row + len(lines)


def write_key(agency_dir, agency, years, files, rows, ambiguous):
    key = {"agency": agency, "years": years, "files": files, "rows": rows, "ambiguous": ambiguous}
    with open(os.path.join(agency_dir, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write("\n")


def keyrow(fname, sheet, row, year, written, same_as, target, realisasi):
    return {"file": fname, "sheet": sheet, "row": row, "year": year, "written": written,
            "same_as": same_as, "target": target, "realisasi": realisasi}
