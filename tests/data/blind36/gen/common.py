import json, os, random
from decimal import Decimal, ROUND_HALF_UP
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put(ws, ref, v, fmt=None, bold=False, wrap=False, center=False, size=None):
    c = ws[ref]
    c.value = v
    if fmt:
        c.number_format = fmt
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if wrap or center:
        c.alignment = Alignment(wrap_text=wrap, horizontal="center" if center else None, vertical="center" if center else "top")
    return c


def merge(ws, rng, v=None, **kw):
    first = rng.split(":")[0]
    if v is not None:
        put(ws, first, v, **kw)
    if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
        ws.merge_cells(rng)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def widths(ws, d):
    for k, w in d.items():
        ws.column_dimensions[k].width = w


def idn(x, dec=None):
    """Indonesian number text: 1850 -> '1.850', 85.1 -> '85,1'."""
    if isinstance(x, int) or (isinstance(x, float) and x == int(x) and dec is None):
        s = f"{int(x):,}".replace(",", ".")
        return s
    if dec is None:
        s = repr(float(x))
        dec = len(s.split(".")[1]) if "." in s else 0
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def split_int(total, w=(0.21, 0.25, 0.26)):
    p = [int(round(total * x)) for x in w]
    return p + [total - sum(p)]


def split_cents(total, w=(0.21, 0.25, 0.26)):
    c = int(round(total * 100))
    p = [int(round(c * x)) for x in w]
    p.append(c - sum(p))
    return [v / 100 for v in p]


def level_q(R, pol="+"):
    """Quarter values of a level/cumulative indicator ending at R."""
    if isinstance(R, int):
        fs = (0.9, 0.94, 0.97) if pol == "+" else (1.1, 1.06, 1.03)
        return [int(round(R * f)) for f in fs] + [R]
    fs = (0.95, 0.97, 0.99) if pol == "+" else (1.05, 1.03, 1.01)
    return [r2(R * f) for f in fs] + [R]


def is_int_val(v):
    return isinstance(v, int) or (isinstance(v, float) and v == int(v))


class Keyer:
    def __init__(self, ag):
        self.ag = ag
        self.rows = []
        self.docs = []  # (file, sheet, cell/row, text)
        self.files = []
        self.dups = []

    def key(self, file, sheet, row, year, written, id_, target, real):
        self.rows.append(dict(file=file, sheet=sheet, row=row, year=year, written=written,
                              same_as=id_, target=target, realisasi=real))

    def doc(self, file, sheet, where, text):
        self.docs.append(dict(file=file, sheet=sheet, where=where, text=text))

    def write(self):
        d = os.path.join(ROOT, self.ag["folder"])
        os.makedirs(d, exist_ok=True)
        out = {"agency": self.ag["agency"], "years": self.ag["years"], "files": self.files,
               "ambiguous": self.ag["ambiguous"], "rows": self.rows,
               "duplicate_rows_not_keyed": self.dups}
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        with open(os.path.join(HERE, "tmp", f"docs_{self.ag['code']}.json"), "w", encoding="utf-8") as f:
            json.dump(self.docs, f, ensure_ascii=False, indent=1)


def num(v):
    """key value of a data figure: grades/text -> None."""
    if isinstance(v, (int, float)):
        return v
    return None


def signature(ws, row, col, place_date, jabatan, nama, pangkat, nip):
    put(ws, f"{col}{row}", place_date)
    put(ws, f"{col}{row+1}", jabatan)
    put(ws, f"{col}{row+5}", nama, bold=True)
    put(ws, f"{col}{row+6}", pangkat)
    put(ws, f"{col}{row+7}", nip)
    return row + 8
