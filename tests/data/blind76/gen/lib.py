"""Shared helpers for the blind76 generators.

Each generator builds raw workbooks with openpyxl into gen/raw/<slug>/, records the key rows
(with the figures the generator intends, never read back from a file) and, for verify.py, a
locator per key row telling which cells hold the name, the target and the realisasi and which
rule turns them into the keyed figure (cell / sum / last). The raw workbooks are then saved
through LibreOffice (own profile) into the agency folder as .xlsx, .xls or .ods, so that every
formula carries a cached value.
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
LOC = os.path.join(HERE, "locators")
LO_PROFILE = "file:///tmp/lo-blind76"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
BAND_FILL = PatternFill("solid", fgColor="FFF2CC")

FMT_INT = "#,##0"
FMT_DEC1 = "#,##0.0"
FMT_DEC2 = "#,##0.00"
FMT_PCT0 = "0%"
FMT_PCT1 = "0.0%"
FMT_PCT2 = "0.00%"
FMT_RP = '_("Rp"* #,##0_);_("Rp"* \\(#,##0\\);_("Rp"* "-"_);_(@_)'
FMT_ACC = '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'


def col(c):
    return c if isinstance(c, str) else get_column_letter(c)


def cidx(c):
    return column_index_from_string(c) if isinstance(c, str) else c


def shift(c, n):
    return get_column_letter(cidx(c) + n)


def put(ws, ref, value, fmt=None, bold=False, wrap=True, h=None, v="center", border=True,
        italic=False, size=None, fill=None):
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    if bold or italic or size:
        cell.font = Font(bold=bold, italic=italic, size=size or 11)
    cell.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        cell.border = BOX
    if fill:
        cell.fill = fill
    return cell


def merge(ws, rng, value=None, **kw):
    first = rng.split(":")[0]
    if value is not None:
        put(ws, first, value, **kw)
    ws.merge_cells(rng)
    # border the whole merged area so that it prints as a box
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = BOX


def widths(ws, spec):
    for c, w in spec.items():
        ws.column_dimensions[c].width = w


def text(ws, ref, value, bold=False, italic=False, size=None, h=None):
    """A cell outside the table: no border, no wrap."""
    return put(ws, ref, value, bold=bold, italic=italic, size=size, h=h, wrap=False, border=False,
               v=None)


def tval(cell_value, key=None, fmt=None):
    """Return the keyed figure for a cell value the generator writes."""
    if key is not None:
        return key
    if cell_value is None:
        return None
    if isinstance(cell_value, str):
        raise ValueError("a text cell needs an explicit key value: %r" % cell_value)
    if fmt and "%" in fmt:
        return round(cell_value * 100, 10)
    return cell_value


class Agency:
    def __init__(self, slug, name, years):
        self.slug = slug
        self.name = name
        self.years = years
        self.files = []          # (final file name, raw path, format)
        self.rows = []
        self.locs = []
        self.ambiguous = []
        self.flow = []
        self.level = []
        self.dir = os.path.join(ROOT, slug)
        self.rawdir = os.path.join(RAW, slug)
        os.makedirs(self.dir, exist_ok=True)
        os.makedirs(self.rawdir, exist_ok=True)
        os.makedirs(LOC, exist_ok=True)

    # ------------------------------------------------------------------ key rows
    def key(self, fname, ws, name_ref, year, same_as, target, realisasi, t_spec, r_spec,
            with_col=False):
        """Record one key row.

        name_ref: the name cell (e.g. "C12"); t_spec / r_spec: ("cell", ["F12"]),
        ("sum", [...]), ("last", [...]) -- the rule verify.py applies to the delivered file.
        target / realisasi: the figures the generator intends (as typed, mistakes included).
        """
        from openpyxl.utils.cell import coordinate_from_string
        c, r = coordinate_from_string(name_ref)
        written = ws[name_ref].value
        assert isinstance(written, str) and written.strip(), (name_ref, written)
        row = {"file": fname, "sheet": ws.title, "row": r}
        if with_col:
            row["col"] = c
        row.update({"year": year, "written": written, "same_as": same_as,
                    "target": target, "realisasi": realisasi})
        self.rows.append(row)
        self.locs.append({"file": fname, "sheet": ws.title, "row": r, "col": c,
                          "keycol": with_col, "target": list(t_spec), "realisasi": list(r_spec)})

    # ------------------------------------------------------------------ output
    def save_book(self, wb, final_name):
        stem, ext = os.path.splitext(final_name)
        fmt = ext.lstrip(".")
        raw = os.path.join(self.rawdir, stem + ".xlsx")
        wb.save(raw)
        self.files.append((final_name, raw, fmt))

    def convert_all(self):
        for final, raw, fmt in self.files:
            outdir = os.path.join(HERE, "tmp", "conv", self.slug)
            os.makedirs(outdir, exist_ok=True)
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                            "--convert-to", fmt, "--outdir", outdir, raw],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            produced = os.path.join(outdir, os.path.splitext(os.path.basename(raw))[0] + "." + fmt)
            shutil.move(produced, os.path.join(self.dir, final))

    def write_key(self):
        # sanity: one key row per id per year, files known
        seen = set()
        for r in self.rows:
            k = (r["same_as"], r["year"])
            assert k not in seen, k
            seen.add(k)
            assert r["year"] in self.years, r
        key = {"agency": self.name, "years": self.years,
               "files": [f for f, _, _ in self.files], "ambiguous": self.ambiguous,
               "rows": self.rows}
        with open(os.path.join(self.dir, "key.json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(LOC, self.slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"slug": self.slug, "flow": self.flow, "level": self.level,
                       "locators": self.locs}, fh, ensure_ascii=False, indent=1)

    def finish(self):
        # remove stale deliverables of this agency, then convert and write the key
        for f in os.listdir(self.dir):
            if f.endswith((".xlsx", ".xls", ".ods")):
                os.remove(os.path.join(self.dir, f))
        self.convert_all()
        self.write_key()
        print("%s: %d key rows, files %s" % (self.slug, len(self.rows),
                                              [f for f, _, _ in self.files]))


def split_int(total, weights):
    """Split an integer total into integer parts proportional to weights (last takes the rest)."""
    s = float(sum(weights))
    parts = [int(round(total * w / s)) for w in weights[:-1]]
    parts.append(total - sum(parts))
    return parts


def signature(ws, r, c, place_date, role, name, rank, nip):
    text(ws, "%s%d" % (c, r), place_date)
    text(ws, "%s%d" % (c, r + 1), role)
    text(ws, "%s%d" % (c, r + 5), name, bold=True)
    text(ws, "%s%d" % (c, r + 6), rank)
    text(ws, "%s%d" % (c, r + 7), nip)
    return r + 8
