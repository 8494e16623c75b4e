"""Shared helpers for the blind27 generators (invented Kabupaten Tanah Lontar)."""
import json, os, re
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter, column_index_from_string

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "gen", "build")
KAB = "KABUPATEN TANAH LONTAR"
KOTA_TTD = "Sungai Lontar"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")


def fmt_id(x, dec=None):
    """Indonesian number text: 1250 -> '1.250', 87.5 -> '87,5'."""
    if dec is None:
        dec = 0 if float(x) == int(x) else len(repr(float(x)).split(".")[1])
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def render(v, style, unit=""):
    """Return (cell value, number_format) for a figure v written in a given style."""
    if style == "dash":
        return "-", None
    if style == "blank" or v is None:
        return None, None
    if style == "num":
        return v, ("0.00" if v != int(v) else "0")
    if style == "num_plain":
        return v, None
    if style == "pctf":  # fraction with percent format
        return round(v / 100, 6), ("0.00%" if round(v, 2) != int(v) else "0%")
    if style == "pcts":  # '87,5 %'
        return f"{fmt_id(v)} %", None
    if style == "pctn":  # '100%'
        return f"{fmt_id(v)}%", None
    if style == "txt":  # '1.250'
        return fmt_id(v), None
    if style == "unitin":  # '12 ormas'
        return f"{fmt_id(v)} {unit}", None
    if style == "rp":
        return f"Rp {fmt_id(v)}", None
    if style.startswith("grade:"):  # 'grade:Baik' -> '3,25 (Baik)'
        return f"{fmt_id(v, 2)} ({style[6:]})", None
    raise ValueError(style)


class Keys:
    def __init__(self, agency, years, folder):
        self.agency, self.years, self.folder = agency, years, folder
        self.rows, self.files, self.ambiguous, self.cells = [], [], [], []

    def add(self, file, sheet, row, year, written, sid, target, real, name_cell, t_cell, r_spec):
        """r_spec: cell coordinate, or ('sum'|'last', [cells]) for Rencana Aksi."""
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year,
                          "written": written, "same_as": sid, "target": target,
                          "realisasi": real})
        self.cells.append({"file": file, "sheet": sheet, "name": name_cell,
                           "target": t_cell, "real": r_spec})

    def save(self):
        d = os.path.join(ROOT, self.folder)
        os.makedirs(d, exist_ok=True)
        key = {"agency": self.agency, "years": self.years, "files": self.files,
               "ambiguous": self.ambiguous, "rows": self.rows}
        with open(os.path.join(d, "key.json"), "w") as f:
            json.dump(key, f, indent=1, ensure_ascii=False)
        with open(os.path.join(BUILD, self.folder + "_cells.json"), "w") as f:
            json.dump(self.cells, f, indent=1, ensure_ascii=False)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def put(ws, coord, value, fmt=None, bold=False, align=None):
    c = ws[coord]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if align:
        c.alignment = align
    return c


def L(i):
    return get_column_letter(i)


def signature(ws, row, col, year, jabatan, nama, pangkat, nip, date="31 Desember"):
    put(ws, f"{L(col)}{row}", f"{KOTA_TTD}, {date} {year}")
    put(ws, f"{L(col)}{row+1}", jabatan, bold=True)
    put(ws, f"{L(col)}{row+5}", nama, bold=True)
    put(ws, f"{L(col)}{row+6}", pangkat)
    put(ws, f"{L(col)}{row+7}", f"NIP. {nip}")
