"""Helpers shared by the blind16 generator and checker.

Numbers are kept as Decimal everywhere; cells get float() only when written.
"""
import os
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl.styles import Alignment, Border, Font, Side

D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # .../blind16

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def r2(x):
    """Round half away from zero to 2 decimals (all values here are >= 0)."""
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def plain(x):
    """Plain decimal string: no exponent, no trailing zeros ("62.5", "85000000000")."""
    if x is None:
        return None
    x = D(x)
    s = format(x, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(x, nd=None, locale="id"):
    """Text of a number as an agency types it. locale 'id': 1.250,50 ; 'en': 1,250.50.
    nd=None: as many decimals as needed (none for whole numbers)."""
    x = D(x)
    if nd is None:
        s = plain(x)
        if "." in s:
            ip, fp = s.split(".")
        else:
            ip, fp = s, ""
    else:
        q = x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
        s = format(q, "f")
        ip, fp = (s.split(".") + [""])[:2]
    th, dec = (".", ",") if locale == "id" else (",", ".")
    out = _group(int(ip), th)
    if fp:
        out += dec + fp
    return out


def capaian(target, real, negative=False):
    t, r = D(target), D(real)
    if negative:
        return (2 * t - r) / t * 100
    return r / t * 100


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def lo_convert(src, outdir, fmt):
    """Convert with LibreOffice headless; returns output path."""
    os.makedirs(outdir, exist_ok=True)
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    try:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
               "--convert-to", fmt, "--outdir", outdir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    stem = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, stem + "." + fmt)
    if not os.path.exists(out):
        raise RuntimeError("LibreOffice did not produce " + out)
    return out


def save_final(wb, final_path):
    """Save an openpyxl workbook through LibreOffice so that formulas carry cached values.
    The extension of final_path (.xlsx/.xls/.ods) picks the format."""
    stem, ext = os.path.splitext(os.path.basename(final_path))
    tmp = tempfile.mkdtemp(prefix="b16_")
    try:
        staged = os.path.join(tmp, stem + ".xlsx")
        wb.save(staged)
        out = lo_convert(staged, os.path.join(tmp, "out"), ext.lstrip("."))
        shutil.copyfile(out, final_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- parsing (checker)
_ID_RE = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_EN_RE = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


def parse_text_number(s, locale):
    s = s.strip()
    if locale == "id":
        if not _ID_RE.match(s):
            raise ValueError("not an Indonesian number: %r" % s)
        return D(s.replace(".", "").replace(",", "."))
    if not _EN_RE.match(s):
        raise ValueError("not an English number: %r" % s)
    return D(s.replace(",", ""))


def strip_unit_text(s, unit):
    """Remove the unit words and money wrappers from a combined cell such as
    'Rp. 80.000 (juta)' or '62,50 %' or '1.200 orang'."""
    t = s
    for tok in ["Rp.", "Rp", "(juta)", ",-"]:
        t = t.replace(tok, " ")
    if unit:
        for tok in sorted(unit.replace("Rp.", " ").replace("(juta)", " ").split(), key=len, reverse=True):
            t = t.replace(tok, " ")
    t = t.replace("%", " ")
    return t.strip()
