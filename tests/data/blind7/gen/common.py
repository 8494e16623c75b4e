"""Shared helpers for the blind7 generators. Deterministic: no randomness, no clock."""
import json, os, subprocess, shutil, tempfile
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def pct(r, t, nd=2):
    return q(D(r) / D(t) * 100, nd)


def pct_trunc(r, t, nd=2):
    return (D(r) / D(t) * 100).quantize(D(1).scaleb(-nd), rounding=ROUND_DOWN)


def pct_neg(r, t, nd=2):
    return q((2 * D(t) - D(r)) / D(t) * 100, nd)


def kategori(p):
    p = D(p)
    assert not (D(90) <= p <= D(91) or D(75) <= p <= D(76) or D(65) <= p <= D(66) or D(50) <= p <= D(51)), p
    if p > 90: return "Sangat Tinggi"
    if p > 75: return "Tinggi"
    if p > 65: return "Sedang"
    if p > 50: return "Rendah"
    return "Sangat Rendah"


def idn(x, nd=0):
    """Indonesian typing: '.' groups thousands, ',' decimal mark."""
    x = D(x)
    s = f"{x:,.{nd}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def plain(x):
    """Plain decimal string for the key."""
    if x is None:
        return None
    x = D(x)
    s = format(x.normalize(), "f")
    return s


def rp(x):
    return "Rp. " + idn(x) + ",-"


def put(ws, row, col, val, fmt=None, bold=False, box=True, wrap=True):
    c = ws.cell(row=row, column=col, value=val)
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if box:
        c.border = BOX
    if wrap:
        c.alignment = WRAP
    return c


def L(col):
    return get_column_letter(col)


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo-blind7"
    r = subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)


def finish(wb, name, ext, key):
    """Save raw xlsx to a temp dir, let LibreOffice recalculate (xlsx -> xlsx, or -> xls / ods),
    and write NAME.ext plus NAME.key.json into OUT."""
    tmp = tempfile.mkdtemp(prefix="b7gen")
    raw = os.path.join(tmp, name + ".xlsx")
    wb.save(raw)
    fmt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[ext]
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    soffice_convert(raw, fmt, outdir)
    dst = os.path.join(OUT, name + "." + ext)
    shutil.copy(os.path.join(outdir, name + "." + ext), dst)
    key["file"] = name + "." + ext
    with open(os.path.join(OUT, name + ".key.json"), "w") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
    shutil.rmtree(tmp)
    print("wrote", dst)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[L(i)].width = w
