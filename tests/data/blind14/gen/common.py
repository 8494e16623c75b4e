"""Shared helpers for the blind14 generators (build in /tmp, convert with LibreOffice, record key rows)."""
import json, os, random, shutil, subprocess
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TMP = "/tmp/blind14build"
YEARS = [2021, 2022, 2023, 2024]

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def r2(x):
    """round half away from zero, 2 decimals"""
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def make_values(inds, seed):
    """fill ind['v'][year] = (target, realisasi) from ind['base'] = (t2021, step, kind)."""
    rng = random.Random(seed)
    for ind in inds:
        t0, step, kind = ind["base"]
        neg = ind.get("neg", False)
        ind["v"] = {}
        for i, y in enumerate(YEARS):
            if y not in ind["names"]:
                continue
            t = t0 + step * i
            f = rng.uniform(0.86, 1.12)
            if neg:
                f = rng.uniform(0.8, 1.15)
            r = t * f
            if kind == "pct":
                t = min(r2(t), 100.0)
                r = min(r2(r), 100.0)
                # keep a few at one decimal, most at two
            elif kind == "int":
                t = int(round(t)); r = int(round(r))
            elif kind == "idx":
                from decimal import Decimal, ROUND_HALF_UP
                t = float(Decimal(repr(t)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
                r = float(Decimal(repr(r)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
            else:  # 'dec' two decimals
                t = r2(t); r = r2(r)
            ind["v"][y] = (t, r)
    return inds


def idn(x, dec=None):
    """Indonesian number text: 1.250 / 87,5 / 0,6712"""
    if dec is None:
        if float(x).is_integer():
            dec = 0
        else:
            s = repr(float(x))
            dec = len(s.split(".")[1])
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def convert(src, outdir, fmt):
    """LibreOffice headless conversion; returns the output path."""
    os.makedirs(outdir, exist_ok=True)
    prof = "-env:UserInstallation=file:///tmp/blind14build/lo_profile"
    subprocess.run(["soffice", prof, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    assert os.path.exists(out), out
    return out


def ship(wb, agency_dir, fname):
    """save openpyxl wb to /tmp, convert with LibreOffice so formulas get cached values,
    and place it under blind14/<agency_dir>/<fname> (format from fname's extension)."""
    stem, ext = os.path.splitext(fname)
    ext = ext[1:]
    build = os.path.join(TMP, agency_dir, "src")
    conv = os.path.join(TMP, agency_dir, "conv")
    os.makedirs(build, exist_ok=True)
    src = os.path.join(build, stem + ".xlsx")
    wb.save(src)
    out = convert(src, conv, ext)
    dest_dir = os.path.join(ROOT, agency_dir)
    os.makedirs(dest_dir, exist_ok=True)
    shutil.copy(out, os.path.join(dest_dir, fname))


class Key:
    def __init__(self, agency, folder):
        self.agency = agency
        self.folder = folder
        self.files = []
        self.rows = []
        self.ambiguous = []
        self.layout = {}  # (file, sheet) -> dict(name=col, target=col, realisasi=col, mode)

    def add(self, file, sheet, row, year, written, same_as, t, r):
        self.rows.append({"file": file, "sheet": sheet, "row": row, "year": year, "written": written,
                          "same_as": same_as, "target": t, "realisasi": r})

    def write(self):
        d = os.path.join(ROOT, self.folder)
        os.makedirs(d, exist_ok=True)
        key = {"agency": self.agency, "years": YEARS, "files": self.files, "rows": self.rows,
               "ambiguous": self.ambiguous}
        with open(os.path.join(d, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        lay = [{"file": k[0], "sheet": k[1], **v} for k, v in self.layout.items()]
        with open(os.path.join(HERE, f"layout_{self.folder}.json"), "w", encoding="utf-8") as f:
            json.dump(lay, f, ensure_ascii=False, indent=1)
