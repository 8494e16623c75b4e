"""Shared helpers for the blind39 generators (invented agencies, invented figures)."""
import json, os, random, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

GEN = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(GEN, "raw")
ROOT = os.path.dirname(GEN)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def L(c):
    return get_column_letter(c)


def fmt_id(x, dec=None):
    """Indonesian number text: 1.250 / 85,5 / 1.688,25"""
    if dec is None:
        dec = 0
        for d in range(0, 4):
            if abs(round(x, d) - x) < 1e-9:
                dec = d
                break
        else:
            dec = 2
    s = f"{x:,.{dec}f}"  # 1,234.50
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


class S:
    """Thin wrapper over an openpyxl worksheet."""

    def __init__(self, book, ws):
        self.book, self.ws = book, ws
        self.title = ws.title

    def put(self, r, c, v, fmt=None, b=False, i=False, h=None, v_al="center", wrap=True,
            box=True, size=None):
        cell = self.ws.cell(row=r, column=c)
        cell.value = v
        if fmt:
            cell.number_format = fmt
        if b or i or size:
            cell.font = Font(bold=b, italic=i, size=size or 11)
        cell.alignment = Alignment(horizontal=h, vertical=v_al, wrap_text=wrap)
        if box:
            cell.border = BOX
        return cell

    def text(self, r, c, v, b=False, h=None, size=None):
        return self.put(r, c, v, b=b, h=h, wrap=False, box=False, size=size)

    def merge(self, r1, c1, r2, c2, v=None, **kw):
        if v is not None:
            self.put(r1, c1, v, **kw)
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1) and kw.get("box", True):
                    self.ws.cell(row=rr, column=cc).border = BOX
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def rows(self, first, last):
        self.docref[1] = self.docref[1].replace("{rows}", f"{first}-{last}")

    def widths(self, ws_):
        for k, w in ws_.items():
            self.ws.column_dimensions[k].width = w

    def box_range(self, r1, c1, r2, c2):
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                self.ws.cell(row=rr, column=cc).border = BOX


class Book:
    """One delivered workbook: written raw as xlsx, delivered as `ext` through LibreOffice."""

    def __init__(self, agency, name, ext):
        self.agency, self.name, self.ext = agency, name, ext
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets_doc = []  # (sheet title, description)

    @property
    def filename(self):
        return f"{self.name}.{self.ext}"

    def sheet(self, title, hidden=False, doc=None):
        ws = self.wb.create_sheet(title)
        if hidden:
            ws.sheet_state = "hidden"
        s = S(self, ws)
        s.docref = [title, doc or ""]
        if doc:
            self.sheets_doc.append(s.docref)
        return s

    def save_raw(self):
        os.makedirs(RAW, exist_ok=True)
        p = os.path.join(RAW, f"{self.name}.xlsx")
        self.wb.save(p)
        return p


class Agency:
    def __init__(self, slug, name, years):
        self.slug, self.name, self.years = slug, name, years
        self.books = []
        self.keys = []      # key rows (public)
        self.ledger = []    # where each key value is read from (for verify.py)
        self.notes = []     # (file, sheet, row or None, text)
        self.ambiguous = []
        self.flows = []
        self.file_docs = {}  # filename -> text

    def book(self, name, ext):
        b = Book(self, name, ext)
        self.books.append(b)
        return b

    def note(self, book, sheet, row, text):
        self.notes.append((book.filename, sheet, row, text))

    def key(self, book, sheet, row, col, year, iid, written, target, realisasi, tsrc, rsrc):
        """tsrc / rsrc: dict(cells=[A1 refs], agg='one'|'sum'|'last') on the same sheet."""
        self.keys.append(dict(file=book.filename, sheet=sheet.title, row=row, year=year,
                              written=written, same_as=iid,
                              target=None if target is None else round(float(target), 6),
                              realisasi=None if realisasi is None else round(float(realisasi), 6)))
        self.ledger.append(dict(file=book.filename, sheet=sheet.title, row=row, col=col,
                                same_as=iid, year=year, tsrc=tsrc, rsrc=rsrc))


def split_flow(total, n, rng, dec=0, zero_ok=True):
    """Split a flow total into n period values (largest-remainder rounding, sums exactly)."""
    unit = 10 ** dec
    tot = int(round(total * unit))
    w = [rng.uniform(0.5, 1.5) for _ in range(n)]
    sw = sum(w)
    raw = [tot * x / sw for x in w]
    parts = [int(x) for x in raw]
    rest = tot - sum(parts)
    order = sorted(range(n), key=lambda k: (raw[k] - parts[k]) + rng.uniform(0, 0.3), reverse=True)
    for k in order[:rest]:
        parts[k] += 1
    assert sum(parts) == tot
    return [p / unit if dec else p for p in parts]


def level_path(final, n, rng, dec=2, integer=False, cap=None, rising=True):
    out = []
    for k in range(n - 1):
        f = 1 - (n - 1 - k) * rng.uniform(0.01, 0.05) if rising else 1 + rng.uniform(-0.06, 0.06)
        v = final * f
        if cap is not None:
            v = min(v, cap)
        out.append(int(round(v)) if integer else round(v, dec))
    if integer and rising:
        for k in range(1, len(out)):
            out[k] = max(out[k], out[k - 1])
        out = [min(x, final) for x in out]
    out.append(final)
    return out


def soffice_convert(src, outdir, ext):
    os.makedirs(outdir, exist_ok=True)
    filt = {"xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods"}[ext]
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", filt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    assert os.path.exists(out), out
    return out


def deliver(ag):
    """Save raw xlsx, convert through LibreOffice into the agency folder, write key.json + ledger."""
    dest = os.path.join(ROOT, ag.slug)
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    for b in ag.books:
        p = b.save_raw()
        soffice_convert(p, dest, b.ext)
    key = dict(agency=ag.name, years=ag.years, files=[b.filename for b in ag.books],
               ambiguous=ag.ambiguous, rows=ag.keys)
    with open(os.path.join(dest, "key.json"), "w") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    with open(os.path.join(GEN, f"ledger_{ag.slug}.json"), "w") as f:
        json.dump(dict(slug=ag.slug, flows=ag.flows, rows=ag.ledger, notes=ag.notes,
                       docs={b.filename: b.sheets_doc for b in ag.books},
                       file_docs=ag.file_docs), f, ensure_ascii=False, indent=1)
