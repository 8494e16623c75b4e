"""Write /work/blind44/README.md and NAMES.md from gen/out/*.json (row numbers come from the generators)."""
import json
import os
import re

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
ORDER = ["dispar_kota_batu_lintang", "uptd_pasar_muara_jelita", "dinsos_prov_teluk_sarana"]

HEAD = """# blind44: held-out test set (three invented agencies)

Examiner-built test material for the tool that reads Indonesian local-government performance workbooks
and compares the years of one agency. Every place, person, NIP and figure is invented. Nothing in
`/work/main` was read and the tool was not run.

## Folders

| folder | agency | years | files | key rows |
| --- | --- | --- | --- | --- |
{overview}

Each folder holds the delivered workbooks (all saved by LibreOffice headless, so formulas carry cached
values) and `key.json`. `gen/` holds the generators (`a1_dispar.py`, `a2_pasar.py`, `a3_dinsos.py`,
shared `common.py`), `deliver.py` (LibreOffice save + key.json), `build_docs.py` (this README and
NAMES.md), `run_all.sh` (rebuilds everything and runs `verify.py`), `raw/` (openpyxl output before
LibreOffice), `out/` (key rows + cell addresses + documentation per agency) and `tmp/` (verify.py's
xlsx copies of the .xls/.ods files). `NAMES.md` tabulates every indicator name per id and year.

## Key conventions

- One key row per indicator per year: `file`, `sheet`, `row` (1-based row of the indicator's name cell,
  the top-left cell when the name is merged), `year`, `written` (the name cell's text exactly, including
  numbering prefixes, double spaces and line breaks), `same_as` (stable id), `target`, `realisasi`.
- Numbers in %-formatted cells are fractions and are keyed in percent points (0,45 -> 45).
- Text is read in Indonesian notation ("1.850" = 1850, "85,1" = 85.1), units / "Rp" / ",-" ignored.
- Ranges -> lower bound ("75-80" -> 75); ">= 95" -> 95. Grades (B, BB), "-", blanks -> null.
- Typed mistakes are keyed AS TYPED (a target typed 10x, a fraction typed into a percent-points column,
  an annual column typed over with 0, a TW III value taken as the year's): the README names each one.
- Quarterly sheets without an annual realisasi column: realisasi = sum of the quarters for flows, the last
  reported quarter for levels / cumulative counts (flows and levels are listed per agency below; "-" in a
  flow quarter counts as nothing, a blank or "-" in a level quarter is "not reported").
- Multi-year tables: only the sheet's own year is keyed (LKjIP 2022 of agency 1, PK 2024 of agency 2).
- Not key rows: sasaran / group rows, programme rows and names, budget lines, averages and summary lines,
  signatures, hidden sheets, notes sheets, and the second copy of a duplicated row.
- `ambiguous` lists id pairs a careful reader could merge or not (neither answer is counted wrong).

## Layouts chosen

{layouts}

Layouts I expect a tool might not anticipate (invented, but plausible for an OPD clerk):
1. **Two rows per indicator** (agency 2, `PK 2023`): a 'Target' row and a 'Realisasi' row under one merged
   indicator name, quarters across and a 'Tahunan' column; the annual target and realisasi are in the
   same column on different rows.
2. **One sheet pasted together from four bidang submissions** (agency 3, `Rekap 2019`): four blocks one
   below the other, each with its own header and its own column order; in block III Realisasi comes
   BEFORE Target; block IV is quarterly with a total column; block II has a Satuan column after each value.
3. **Header repeated in the middle of the table** (agency 1, LKjIP 2022): the table continues on a second
   printed page with 'Tabel 3.2 (lanjutan)' and the two header rows and the column-number row again.
4. Smaller surprises: the indicator number typed inside the name cell ('7. Jumlah PAD ...', agency 1
   2021); the E.81 whose numbered Satuan column shifts every column number (agency 3, 2018); sasaran as
   full-width group rows in one year and merged cells in the next.
"""


def note_key(t):
    m = re.match(r"(?:rows?|block \w+: label row) (\d+)", t)
    return (0, int(m.group(1))) if m else (1, 0)


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", "↵")


def main():
    ags = [json.load(open(os.path.join(GEN, "out", s + ".json"))) for s in ORDER]
    overview = []
    layouts = []
    for ag in ags:
        per = {}
        for r in ag["rows"]:
            per[r["year"]] = per.get(r["year"], 0) + 1
        overview.append("| `%s/` | %s | %s | %s | %d (%s) |" % (
            ag["slug"], ag["agency"], "-".join(str(y) for y in (ag["years"][0], ag["years"][-1])),
            "<br>".join(ag["files"]), len(ag["rows"]),
            ", ".join("%d: %d" % (y, per[y]) for y in ag["years"])))
        for fname in ag["files"]:
            years = sorted({r["year"] for r in ag["rows"] if r["file"] == fname})
            layouts.append("- %s / `%s` (%s): %s" % (ag["slug"], fname, ", ".join(map(str, years)),
                                                       ag["docs"][fname]["intro"]))
    out = [HEAD.format(overview="\n".join(overview), layouts="\n".join(layouts))]
    for n, ag in enumerate(ags, 1):
        out.append("\n## Agency %d: %s (`%s/`)\n" % (n, ag["agency"], ag["slug"]))
        out.append("Years %s. Files: %s.\n" % (", ".join(map(str, ag["years"])),
                                               ", ".join("`%s`" % f for f in ag["files"])))
        out.append("- Flows (per-period; quarters / months add up): %s" % ", ".join(ag["flows"]))
        out.append("- Levels (position at period end; last reported value): %s" % ", ".join(ag["levels"]))
        out.append("- Negative indicators (lower is better): %s" % ", ".join(ag["negatives"]))
        out.append("- Look-alikes that must NOT be merged:")
        for a, b, why in ag["mustnot"]:
            out.append("  - %s vs %s: %s" % (a, b, why))
        out.append("- Ambiguous pairs (merge or split both accepted): %s" % "; ".join(
            "(%s, %s)" % tuple(p) for p in ag["ambiguous"]))
        # appear / disappear
        ids = sorted({r["same_as"] for r in ag["rows"]})
        years = ag["years"]
        partial = []
        for i in ids:
            ys = sorted({r["year"] for r in ag["rows"] if r["same_as"] == i})
            if ys != years:
                partial.append("%s only in %s" % (i, ", ".join(map(str, ys))))
        out.append("- Indicators that appear / disappear: %s" % "; ".join(partial))
        for fname in ag["files"]:
            d = ag["docs"][fname]
            out.append("\n### `%s`\n" % fname)
            out.append(d["intro"] + "\n")
            for sh in d["sheets"]:
                out.append("- **Sheet `%s`** - %s" % (sh["sheet"], sh["role"]))
                if sh["header"]:
                    out.append("  - Header: %s" % sh["header"])
                if sh["columns"]:
                    out.append("  - Columns: %s" % sh["columns"])
                if sh["data_rows"]:
                    out.append("  - Data rows: %s" % sh["data_rows"])
                if sh["notes"]:
                    out.append("  - Planted mistakes and traps:")
                    for t in sorted(sh["notes"], key=note_key):
                        out.append("    - %s" % t)
    out.append("""
## Regenerating and verifying

`bash gen/run_all.sh` rebuilds raw workbooks, saves them through LibreOffice into the agency folders,
writes key.json, README.md and NAMES.md, and runs `verify.py`. `python3 verify.py` alone re-reads every
key row from the delivered files (xls / ods converted back to xlsx in `gen/tmp/`) and checks `written`,
`target` and `realisasi` with its own parser (cell addresses from `gen/out/<agency>.json`).
""")
    with open(os.path.join(ROOT, "README.md"), "w") as f:
        f.write("\n".join(out))

    # NAMES.md
    nm = ["# Indicator names per id and year\n",
          "Exactly as written in the name cell (↵ marks a line break inside the cell). Blank: the indicator "
          "is not in that year's file. Ambiguous pairs and must-not-merge look-alikes are listed in README.md.\n"]
    for ag in ags:
        years = ag["years"]
        nm.append("\n## %s (`%s/`)\n" % (ag["agency"], ag["slug"]))
        nm.append("| id | " + " | ".join(map(str, years)) + " |")
        nm.append("| --- | " + " | ".join("---" for _ in years) + " |")
        names = {}
        for r in ag["rows"]:
            names.setdefault(r["same_as"], {})[r["year"]] = r["written"]
        for i in sorted(names, key=lambda x: (x[:3], x)):
            nm.append("| %s | " % i + " | ".join(esc(names[i].get(y, "")) for y in years) + " |")
        amb = ", ".join("(%s, %s)" % tuple(p) for p in ag["ambiguous"])
        nm.append("\nAmbiguous: %s. Must not merge: %s.\n" % (
            amb, "; ".join("%s / %s" % (a, b) for a, b, _ in ag["mustnot"])))
    with open(os.path.join(ROOT, "NAMES.md"), "w") as f:
        f.write("\n".join(nm))
    print("README.md and NAMES.md written")


if __name__ == "__main__":
    main()
