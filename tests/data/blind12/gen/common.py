"""Shared helpers for the blind12 generators (Python 3.11 standard library only)."""
import json
import os
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def rhu(x, n=2):
    """Round half up (away from zero) to n decimals."""
    q = Decimal(1).scaleb(-n)
    return D(x).quantize(q, rounding=ROUND_HALF_UP)


def trunc(x, n=2):
    q = Decimal(1).scaleb(-n)
    return D(x).quantize(q, rounding=ROUND_DOWN)


def cap_pos(t, r):
    return D(r) / D(t) * 100


def cap_neg(t, r):
    """LKjIP form: (2 x target - realisasi) / target x 100."""
    t, r = D(t), D(r)
    return (2 * t - r) / t * 100


def cap_neg_tr(t, r):
    return D(t) / D(r) * 100


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt(x, n=2, locale="id", group=True):
    """Format a number: id -> 1.234,56 ; en -> 1,234.56."""
    x = rhu(x, n) if n is not None else D(x)
    neg = x < 0
    x = abs(x)
    s = format(x, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    ts, ds = (".", ",") if locale == "id" else (",", ".")
    ip = _group(int(ip), ts) if group else ip
    r = ip + (ds + fp if fp else "")
    return ("-" if neg else "") + r


def plain(x):
    """Plain decimal string for the key: '.' decimal mark, no grouping, no trailing zeros."""
    x = D(x)
    s = format(x.normalize(), "f")
    return s


def col_letter(n):
    """1 -> A"""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Key:
    def __init__(self, file, sheet, layout):
        self.d = {"file": file, "layout": layout, "mistakes": [], "traps": [],
                  "clean_rows": [], "indicators": []}
        self.sheet = sheet
        self.rows_with_mistake = set()

    def mistake(self, row, cell, kind, correct, note, sheet=None):
        sh = sheet or self.sheet
        assert (sh, row) not in self.rows_with_mistake, ("two mistakes on one row", row)
        self.rows_with_mistake.add((sh, row))
        self.d["mistakes"].append({"sheet": sh, "row": row, "cell": cell, "kind": kind,
                                   "correct": correct, "note": note})

    def trap(self, row, cell, kind, note, sheet=None):
        self.d["traps"].append({"sheet": sheet or self.sheet, "row": row, "cell": cell,
                                "kind": kind, "note": note})

    def clean(self, row, sheet=None):
        self.d["clean_rows"].append({"sheet": sheet or self.sheet, "row": row})

    def indicator(self, row, name, target, realisasi, sheet=None):
        self.d["indicators"].append({"sheet": sheet or self.sheet, "row": row, "name": name,
                                     "target": plain(target), "realisasi": plain(realisasi)})

    def write(self):
        stem = os.path.splitext(self.d["file"])[0]
        p = os.path.join(OUT, stem + ".key.json")
        with open(p, "w", encoding="utf-8") as f:
            json.dump(self.d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return p


def sheet_from_filename(fn):
    return os.path.splitext(fn)[0][:31]


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def write_bytes(name, data):
    p = os.path.join(OUT, name)
    with open(p, "wb") as f:
        f.write(data)
    return p
