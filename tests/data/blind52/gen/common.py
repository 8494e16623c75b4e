"""Shared helpers: value objects that carry their key value, the key/notes collector, signatures."""
from openpyxl.utils import get_column_letter as CL, column_index_from_string as CI


def idn(x, dec=None):
    """Indonesian number text: 1.250 / 85,5"""
    if dec is None:
        fx = float(x)
        dec = 0 if fx.is_integer() else len(repr(fx).split('.')[1])
    s = f"{x:,.{dec}f}"
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


class V:
    """A cell to write and the value the key expects from it (None = null)."""
    def __init__(self, value=None, style='num', key=None, formula=None, quote=False):
        self.value, self.style, self.key, self.formula, self.quote = value, style, key, formula, quote


def N(x, style='num'):
    return V(x, style, x)


def P(x, style='pct'):
    """number stored as a fraction in a %-formatted cell; key in percent points"""
    return V(round(x / 100.0, 10), style, x)


def S(text, key, style='strr'):
    return V(text, style, key)


def Q(text, key, style='strr'):
    """number typed with a leading apostrophe (text cell, quotePrefix)"""
    return V(text, style, key, quote=True)


def D(style='strr'):
    return V('-', style, None)


def G(grade, style='txtc'):
    return V(grade, style, None)


def F(formula, key=None, style='dec2'):
    return V(None, style, key, formula=formula)


def E(style='num'):
    return V(None, style, None)


def as_v(x, style='num'):
    if isinstance(x, V):
        return x
    if x is None:
        return E(style)
    if x == '-':
        return D()
    return N(x, style)


def put(sh, r, c, v, style=None):
    v = as_v(v)
    if isinstance(c, str):
        c = CI(c)
    sh.set(r, c, v.value, style or v.style, formula=v.formula, quote=v.quote)
    return v.key


def qsum(vs):
    ks = [as_v(v).key for v in vs]
    return round(sum(k for k in ks if k is not None), 6)


def qlast(vs):
    ks = [as_v(v).key for v in vs if as_v(v).key is not None]
    return ks[-1] if ks else None


class Ctx:
    def __init__(self, slug, agency, years):
        self.slug, self.agency, self.years = slug, agency, years
        self.keys, self.cellmap, self.notes, self.files = [], [], [], []
        self.ambiguous, self.desc = [], []
        self.names = {}   # id -> {year: written}

    def key(self, file, sheet, row, col, year, written, same_as, t, r, tspec, rspec, shared=False):
        if isinstance(col, int):
            col = CL(col)
        k = {"file": file, "sheet": sheet, "row": row, "year": year, "written": written,
             "same_as": same_as, "target": t, "realisasi": r}
        if shared:
            k["col"] = col
        self.keys.append(k)
        self.cellmap.append({"file": file, "sheet": sheet, "row": row, "col": col, "year": year,
                             "same_as": same_as, "target": tspec, "realisasi": rspec})
        self.names.setdefault(same_as, {})
        assert year not in self.names[same_as], (same_as, year)
        self.names[same_as][year] = written

    def note(self, file, sheet, row, text):
        self.notes.append((file, sheet, row, text))

    def describe(self, file, sheet, text):
        self.desc.append((file, sheet, text))


def ref(r, c):
    if isinstance(c, int):
        c = CL(c)
    return f"{c}{r}"


def signature(sh, row, col, lines, width=1):
    """lines: list of (text, style); writes them downwards, centred in a merge of `width` columns"""
    c = CI(col) if isinstance(col, str) else col
    for i, (text, st) in enumerate(lines):
        if text:
            sh.set(row + i, c, text, st)
            if width > 1:
                sh.merge(row + i, c, row + i, c + width - 1)
    return row + len(lines)
