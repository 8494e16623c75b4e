#!/usr/bin/env python3
"""Re-reads the shipped blind11 workbooks (cached values) and checks every key against them.

Independent of the generator: it recomputes each capaian from the cells of the shipped file with
Decimal (ROUND_HALF_UP), and checks the planted features survived LibreOffice.
Usage: python3 gen/check.py      (exit status 0 when everything holds)
"""
import json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

import openpyxl
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# table geometry of each file, written by hand (not imported from the generator)
LAYOUT = {
    "dinkes_sinjai_2023.xlsx": dict(sheet="PK 2023", first=8, last=25, t="F", r="G", p="H", pol="E", neg="Negatif"),
    "disdik_parepare_2022.xlsx": dict(sheet="Capaian 2022", first=8, last=24, t="F", r="G", p="H", pol="E", neg="(-)"),
    "bappeda_bone_2021.xlsm": dict(sheet="Pengukuran 2021", first=8, last=22, t="E", r="F", p="G", pol="H", neg="Negatif"),
    "dishub_sulsel_2024.xlsx": dict(sheet="Pengukuran Kinerja", first=8, last=27, t="E", r="F", p="G", pol="H",
                                    neg="Minimize"),
    "dpmptsp_banjar_2020.xlsx": dict(sheet="PK 2020", first=9, last=23, t="F", r="G", p="H", pol="E", neg="Negatif"),
    "bpbd_gowa_2023.ods": dict(sheet="Pengukuran Kinerja", first=7, last=18, t="F", r="G", p="H", pol="E", neg="Negatif"),
}
GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"]
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


def rhu(x, n):
    return x.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def dec_of(v):
    """Decimal of a cell value (float via repr, text with Indonesian comma)."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return D(repr(v))
    s = str(v).strip()
    if re.fullmatch(r"-?\d+(,\d+)?", s):
        return D(s.replace(",", "."))
    return None


def amount(v):
    """Target/realisasi: number, Indonesian text with dot groups, or a grade; None when unreadable."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return D(repr(v))
    s = str(v).strip() if v is not None else ""
    if s.upper() in GRADES:
        return s.upper()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return D(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(,\d+)?", s):
        return D(s.replace(",", "."))
    return None


def truth(t, r, neg):
    t, r = amount(t), amount(r)
    if t is None or r is None:
        return None
    if isinstance(t, str) or isinstance(r, str):
        if isinstance(t, str) and isinstance(r, str):
            return D(100) if GRADES.index(r) >= GRADES.index(t) else None
        return None
    if t == 0:
        return None
    return (2 * t - r) / t * 100 if neg else r / t * 100


# ------------------------------------------------------------------ readers
class Xlsx:
    def __init__(self, path):
        self.f = openpyxl.load_workbook(path)
        self.v = openpyxl.load_workbook(path, data_only=True)
        self.zip = zipfile.ZipFile(path)

    def cell(self, sheet, coord):
        c, cv = self.f[sheet][coord], self.v[sheet][coord]
        formula = c.value if isinstance(c.value, str) and c.value.startswith("=") else None
        return dict(value=cv.value, formula=formula, fmt=c.number_format, comment=c.comment is not None)


class Ods:
    NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
          "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"}

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        self.root = ET.fromstring(self.zip.read("content.xml"))
        self.cells, self.merges, self.hidden, self.sheets = {}, {}, set(), []
        T, O = "{%s}" % self.NS["table"], "{%s}" % self.NS["office"]
        styles = {}
        for st in self.root.iter("{%s}style" % self.NS["style"]):
            for tp in st.iter("{%s}table-properties" % self.NS["style"]):
                styles[st.get("{%s}name" % self.NS["style"])] = tp.get("{%s}display" % self.NS["table"])
        for tab in self.root.iter(T + "table"):
            name = tab.get(T + "name")
            self.sheets.append(name)
            if styles.get(tab.get(T + "style-name")) == "false":
                self.hidden.add(name)
            r = 0
            for row in tab.iter(T + "table-row"):
                rrep = int(row.get(T + "number-rows-repeated", "1"))
                c = 0
                for cell in row:
                    if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                        continue
                    crep = int(cell.get(T + "number-columns-repeated", "1"))
                    vt = cell.get(O + "value-type")
                    for extra in range(1, min(crep, 50) if vt else 1):  # repeated cells with content
                        self.cells[(name, f"{get_column_letter(c + 1 + extra)}{r + 1}")] = dict(
                            value=None, formula=None, fmt=None, comment=False, vt=vt, copy_of=(c, r))
                    if cell.tag == T + "table-cell" and (vt or cell.get(T + "formula")):
                        if vt in ("float", "percentage", "currency"):
                            raw = cell.get(O + "value")
                            val = D(raw)
                            val = int(val) if val == val.to_integral_value() and "." not in raw else float(raw)
                        elif vt == "string":
                            val = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", self.NS))
                        else:
                            val = None
                        f = cell.get(T + "formula")
                        ann = cell.find("office:annotation", self.NS) is not None
                        coord = f"{get_column_letter(c + 1)}{r + 1}"
                        self.cells[(name, coord)] = dict(value=val, formula=f, fmt=None, comment=ann, vt=vt)
                    elif cell.tag == T + "table-cell" and cell.find("office:annotation", self.NS) is not None:
                        self.cells[(name, f"{get_column_letter(c + 1)}{r + 1}")] = dict(
                            value=None, formula=None, fmt=None, comment=True, vt=None)
                    rs = int(cell.get(T + "number-rows-spanned", "1"))
                    cs = int(cell.get(T + "number-columns-spanned", "1"))
                    if rs > 1 or cs > 1:
                        self.merges.setdefault(name, set()).add(
                            f"{get_column_letter(c + 1)}{r + 1}:{get_column_letter(c + cs)}{r + rs}")
                    c += crep
                r += rrep

        for k, v in list(self.cells.items()):
            if "copy_of" in v:
                col0, row0 = v["copy_of"]
                src = self.cells[(k[0], f"{get_column_letter(col0 + 1)}{row0 + 1}")]
                self.cells[k] = dict(src, comment=False)

    def cell(self, sheet, coord):
        return self.cells.get((sheet, coord), dict(value=None, formula=None, fmt=None, comment=False, vt=None))


# ------------------------------------------------------------------ style of a % cell
def style_of(c, key_style):
    if isinstance(c["value"], str) and not c["formula"]:
        return "text"
    if c["fmt"] is not None and "%" in c["fmt"]:
        return "fraction"
    if c["fmt"] is None:  # ods: trust the key for blank cells, numbers are numbers
        return key_style
    return "number"


def shown_decimals(c, style):
    """Decimals (in percent points) the corrected value must carry."""
    fmt = c["fmt"] or "General"
    if style == "text":
        return 2
    if style == "fraction":
        m = re.search(r"0\.(0+)%", fmt)
        return len(m.group(1)) if m else 2
    m = re.fullmatch(r"[#,]*0\.(0+)", fmt)
    if m:
        return len(m.group(1))
    return 2


def stated(v, style):
    """(percent points, decimals written in percent points) of a stated value."""
    d = dec_of(v)
    if d is None:
        return None, None
    n = max(0, -d.as_tuple().exponent)
    if style == "fraction":
        return d * 100, max(0, n - 2)
    return d, n


def right(v, exact, style):
    sp, n = stated(v, style)
    return sp is not None and exact is not None and rhu(exact, n) == sp


def check_file(keypath):
    key = json.load(open(keypath))
    fname = key["file"]
    L = LAYOUT[fname]
    path = os.path.join(OUT, fname)
    book = Ods(path) if fname.endswith(".ods") else Xlsx(path)
    sheet = L["sheet"]
    get = lambda coord: book.cell(sheet, coord)  # noqa: E731
    key_style = key["conventions"]["style_of_percent_column"]

    def row_truth(row):
        neg = str(get(f"{L['pol']}{row}")["value"]).strip() == L["neg"]
        return truth(get(f"{L['t']}{row}")["value"], get(f"{L['r']}{row}")["value"], neg), neg

    seen_rows = {}
    for group in ("fixable", "not_fixable", "traps"):
        for e in key[group]:
            assert e["sheet"] == sheet
            row = coordinate_to_tuple(e["cell"])[0]
            if row in seen_rows:
                fail(f"{fname} row {row} keyed twice ({seen_rows[row]}, {group})")
            seen_rows[row] = group
            if not e["cell"].startswith(L["p"]) or not L["first"] <= row <= L["last"]:
                fail(f"{fname} {e['cell']} outside the % column of the table")

    for e in key["fixable"]:
        c = get(e["cell"])
        row = coordinate_to_tuple(e["cell"])[0]
        exact, neg = row_truth(row)
        tag = f"{fname} {e['cell']}"
        if c["formula"]:
            fail(f"{tag}: fixable cell is a formula")
        if exact is None:
            fail(f"{tag}: no true value")
            continue
        st = style_of(c, key_style)
        if c["value"] is None:
            st = key_style if c["fmt"] is None else ("fraction" if "%" in c["fmt"] else "number")
        if st != e["style"]:
            fail(f"{tag}: cell style {st} but key says {e['style']}")
        # was
        if e["was"] is None:
            if c["value"] not in (None, ""):
                fail(f"{tag}: key says blank, cell holds {c['value']!r}")
        elif st == "text":
            if c["value"] != e["was"]:
                fail(f"{tag}: holds {c['value']!r}, key was {e['was']!r}")
        elif dec_of(c["value"]) != D(e["was"]):
            fail(f"{tag}: holds {c['value']!r}, key was {e['was']!r}")
        if e["was"] is not None and right(c["value"], exact, st):
            fail(f"{tag}: stated {c['value']!r} is right ({exact})")
        # corrected
        n = shown_decimals(c, st)
        if st == "fraction":
            want = str(rhu(exact / 100, n + 2))
        elif st == "text":
            want = str(rhu(exact, n)).replace(".", ",")
        else:
            want = str(rhu(exact, n))
        if e["corrected"] != want:
            fail(f"{tag}: corrected {e['corrected']} but recomputation gives {want} (exact {exact})")
        if e["kind"] == "posneg" and not neg:
            fail(f"{tag}: posneg on a positive row")
        if e["kind"] == "trunc":
            sp, k = stated(c["value"], st)
            if sp != exact.quantize(D(1).scaleb(-k), rounding="ROUND_DOWN"):
                fail(f"{tag}: not a truncation")
        if e["kind"] == "frac":
            sp, _ = stated(c["value"], "number")
            if sp is None or rhu(sp * 100, n) != rhu(exact, n):
                fail(f"{tag}: not the fraction of the true value")

    for e in key["traps"]:
        c = get(e["cell"])
        row = coordinate_to_tuple(e["cell"])[0]
        exact, _ = row_truth(row)
        st = style_of(c, key_style)
        if c["formula"]:
            fail(f"{fname} {e['cell']}: trap is a formula")
        if not right(c["value"], exact, st):
            fail(f"{fname} {e['cell']}: trap {c['value']!r} is not right (exact {exact})")

    for e in key["not_fixable"]:
        c = get(e["cell"])
        row = coordinate_to_tuple(e["cell"])[0]
        tag = f"{fname} {e['cell']}"
        exact, _ = row_truth(row)
        if e["kind"] == "formula":
            if not c["formula"]:
                fail(f"{tag}: should hold a formula")
            if c["value"] is None or right(c["value"], exact, style_of(dict(c, formula=None), key_style)) \
                    or (key_style == "fraction" and right(c["value"], exact, "fraction")):
                fail(f"{tag}: formula value {c['value']!r} is not wrong")
        elif e["kind"] == "malformed":
            if amount(get(f"{L['r']}{row}")["value"]) is not None:
                fail(f"{tag}: realisasi is readable")
            if c["value"] is None or c["formula"]:
                fail(f"{tag}: no typed stated %")
        elif e["kind"] == "target0":
            if amount(get(f"{L['t']}{row}")["value"]) != 0:
                fail(f"{tag}: target is not 0")
        else:
            fail(f"{tag}: unknown kind {e['kind']}")

    # every other row of the table is right (no unplanned mistake), formulas hold cached values
    for row in range(L["first"], L["last"] + 1):
        c = get(f"{L['p']}{row}")
        if c["formula"] and c["value"] is None:
            fail(f"{fname} {L['p']}{row}: formula without cached value")
        if row in seen_rows:
            continue
        exact, _ = row_truth(row)
        st = "fraction" if key_style == "fraction" else ("text" if isinstance(c["value"], str) else "number")
        if exact is None or not right(c["value"], exact, st):
            fail(f"{fname} {L['p']}{row}: unkeyed row is not right ({c['value']!r} vs {exact})")

    for e in key["dependents"]:
        c = book.cell(e["sheet"], e["cell"])
        if not c["formula"]:
            fail(f"{fname} dependent {e['sheet']}!{e['cell']} is not a formula")
        elif c["value"] is None:
            fail(f"{fname} dependent {e['sheet']}!{e['cell']} has no cached value")
    FEATURE_CHECKS[fname](book)
    return len(key["fixable"]), len(key["not_fixable"]), len(key["traps"])


# ------------------------------------------------------------------ features that must survive LibreOffice
def need(cond, msg):
    if not cond:
        fail(msg)


def x_common(book, fname, sheet, merges, comments, dv_ranges, cf_ranges, names, freeze, hidden=(), charts=0,
             images=0, protected=None, print_titles=None, print_area=None, formulas=()):
    wb = book.f
    ws = wb[sheet]
    have = {str(m) for m in ws.merged_cells.ranges}
    for m in merges:
        need(m in have, f"{fname}: merged {m} lost")
    for c in comments:
        need(ws[c].comment is not None, f"{fname}: comment on {c} lost")
    dvs = {str(r) for dv in ws.data_validations.dataValidation for r in dv.sqref.ranges}
    for r in dv_ranges:
        need(r in dvs, f"{fname}: data validation on {r} lost (have {dvs})")
    cfs = {str(r.sqref) for r in ws.conditional_formatting}
    for r in cf_ranges:
        need(r in cfs, f"{fname}: conditional format on {r} lost (have {cfs})")
    for n in names:
        need(n in wb.defined_names, f"{fname}: defined name {n} lost")
    need(ws.freeze_panes == freeze, f"{fname}: freeze panes {ws.freeze_panes} != {freeze}")
    for h in hidden:
        need(wb[h].sheet_state == "hidden", f"{fname}: sheet {h} not hidden")
    files = book.zip.namelist()
    need(sum(1 for f in files if f.startswith("xl/charts/chart")) >= charts, f"{fname}: chart lost")
    need(sum(1 for f in files if f.startswith("xl/media/")) >= images, f"{fname}: image lost")
    if protected is not None:
        need(ws.protection.sheet, f"{fname}: protection lost")
        need(bool(ws.protection.password) == protected, f"{fname}: password state changed")
    if print_titles:
        need(ws.print_title_rows == print_titles, f"{fname}: print titles {ws.print_title_rows}")
    if print_area:
        need(print_area in str(ws.print_area), f"{fname}: print area {ws.print_area}")
    for coord in formulas:
        need(isinstance(ws[coord].value, str) and ws[coord].value.startswith("="), f"{fname}: {coord} not a formula")


def f_dinkes(b):
    x_common(b, "dinkes", "PK 2023", ["B8:B11", "B12:B19", "B20:B25"], ["F8", "H14", "H17", "G25"], ["E8:E25"],
             ["H8:H25"], ["Target2023", "DaftarPolaritas"], "D8", hidden=["Bantu"], images=1,
             print_titles="$6:$7", print_area="$A$1:$I$40", formulas=["H13", "H15", "H19", "H21", "H26", "I26", "H27"])
    ws = b.f["PK 2023"]
    need(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "5", "dinkes: page setup lost")
    need(sum(len(cf.rules) for cf in ws.conditional_formatting) == 2, "dinkes: CF rule count")
    need(b.f.sheetnames == ["Sampul", "PK 2023", "Bantu"], "dinkes: sheets")


def f_disdik(b):
    x_common(b, "disdik", "Capaian 2022", ["B8:B15", "B16:B20", "B21:B24"], ["E6", "G19"], ["E8:E24"], [], [], None,
             hidden=["Ref"], charts=1, protected=False, formulas=["H23"])
    ref = b.f["Ref"]
    need(all(str(ref[f"B{i}"].value).startswith("=VALUE(SUBSTITUTE('Capaian 2022'!H") for i in range(2, 19)),
         "disdik: Ref formulas")


def f_bappeda(b):
    x_common(b, "bappeda", "Pengukuran 2021", ["B8:B15", "B16:B22"], ["E8", "G13"], ["H8:H22"], ["G8:G22"],
             ["TargetTahunan", "Capaian"], "C8", print_titles="$6:$7", formulas=["G9", "G15", "G20", "G16"])
    ct = b.zip.read("[Content_Types].xml").decode()
    need("macroEnabled" in ct, "bappeda: not a macro-enabled package")
    s = b.f["Ringkasan"]
    need(all(str(s[f"B{i}"].value).startswith("=") for i in range(3, 11)), "bappeda: Ringkasan formulas")
    need(b.f["Pengukuran 2021"]["G14"].number_format == "0.00%", "bappeda: blank G14 lost its 0.00% format")


def f_dishub(b):
    x_common(b, "dishub", "Pengukuran Kinerja", ["B8:B17", "B18:B27", "E5:G5", "A5:A6", "I5:I6"], ["G14"],
             ["H8:H27"], ["G8:G27"], [], "D8", charts=1, protected=True, print_titles="$5:$7",
             print_area="$A$1:$I$42", formulas=["G9", "G11", "G15", "G18", "G22", "G23", "G28", "G29", "G20"])
    sheet_xml = [f for f in b.zip.namelist() if f.startswith("xl/worksheets/sheet")]
    need(any(b"dataBar" in b.zip.read(f) for f in sheet_xml), "dishub: data bar lost")
    need(b.f.sheetnames == ["Pengukuran Kinerja", "Grafik Capaian"], "dishub: sheets")


def f_dpmptsp(b):
    x_common(b, "dpmptsp", "PK 2020", ["B9:B16", "B17:B23"], ["H11"], ["E9:E23"], ["H9:H23"],
             ["ListPolaritas", "Realisasi2020"], "D9", hidden=["Bantu"], images=1, print_titles="$7:$8",
             print_area="$A$1:$J$37", formulas=["H12", "H16", "H22", "H18", "H24", "I24", "J24"])
    need(b.f["PK 2020"]["H10"].number_format == "0.0", "dpmptsp: 0.0 format lost")


def f_bpbd(b):
    need(b.sheets == ["Pengukuran Kinerja", "Ref"], f"bpbd: sheets {b.sheets}")
    need("Ref" in b.hidden, "bpbd: Ref not hidden")
    for m in ["B7:B13", "B14:B18", "A1:H1"]:
        need(m in b.merges.get("Pengukuran Kinerja", set()), f"bpbd: merge {m} lost")
    for c in ["F7", "H18"]:
        need(b.cell("Pengukuran Kinerja", c)["comment"], f"bpbd: comment {c} lost")
    content = b.zip.read("content.xml").decode()
    need("DaftarSifat" in content and "content-validation" in content, "bpbd: validation / name lost")
    need("conditional-format" in content, "bpbd: conditional format lost")
    settings = b.zip.read("settings.xml").decode()
    need('<config:config-item config:name="HorizontalSplitMode" config:type="short">2<' in settings
         and '<config:config-item config:name="VerticalSplitPosition" config:type="int">6<' in settings,
         "bpbd: freeze lost")
    for c in ["H10", "H12", "H19"]:
        need(b.cell("Pengukuran Kinerja", c)["formula"], f"bpbd: {c} not a formula")


FEATURE_CHECKS = {
    "dinkes_sinjai_2023.xlsx": f_dinkes, "disdik_parepare_2022.xlsx": f_disdik, "bappeda_bone_2021.xlsm": f_bappeda,
    "dishub_sulsel_2024.xlsx": f_dishub, "dpmptsp_banjar_2020.xlsx": f_dpmptsp, "bpbd_gowa_2023.ods": f_bpbd,
}


def main():
    import warnings
    warnings.simplefilter("ignore")
    tot = [0, 0, 0]
    keys = sorted(f for f in os.listdir(OUT) if f.endswith(".key.json"))
    for k in keys:
        n = check_file(os.path.join(OUT, k))
        print(f"{k}: fixable {n[0]}, not fixable {n[1]}, traps {n[2]}")
        tot = [a + b for a, b in zip(tot, n)]
    print(f"total: fixable {tot[0]}, not fixable {tot[1]}, traps {tot[2]}")
    if FAILS:
        print(f"{len(FAILS)} failure(s)")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
