"""Write /work/blind41/README.md and NAMES.md from the generators' doc fragments and the key files."""
import json
import os

from lib import ROOT, SPEC

SLUGS = ["a_prokopim_pasir_kelambu", "b_uptd_blk_lubuk_serai", "c_distamkam_banyu_sekar"]

INTRO = """# blind41: a held-out test set of three invented agencies

Everything here is invented: places (Kabupaten Pasir Kelambu, Provinsi Nusa Palapa / Lubuk Serai, Kota Banyu
Sekar), people, NIPs and figures. The workbooks were written with openpyxl (`gen/raw/`) and then saved through
LibreOffice headless into their delivered format, so every formula carries a cached value.

| folder | agency | years | files | key rows |
| --- | --- | --- | --- | --- |
{table}

Formats across the set: {nx} .xlsx, {nl} .xls, {no} .ods.

## Key conventions (how `key.json` was filled)
* One row per indicator per year; `row` is the 1-based row of the indicator's name cell (top-left of a merge),
  `written` the name cell's text exactly (line breaks and trailing spaces included).
* Numbers in %-formatted cells are fractions, keyed in percent points (0.981 shown 98,10 % -> 98.1).
* Text is read in the Indonesian convention ("1.085 file" = 1085, "84,6 %" = 84.6, "Rp 1.250,6 juta" = 1250.6).
  Ranges -> lower bound ("80-85" -> 80, "3,2 - 3,4" -> 3.2); ">= 90" / "\u2265 82" -> the number.
  Grades (B, BB, A), "-" and N/A -> null.
* Typed mistakes are keyed AS TYPED (a target typed 10x is keyed 10x; a fraction 0,962 typed in a points cell
  is keyed 0.962).
* Quarterly / monthly sheets WITHOUT an annual realisasi column: realisasi = sum of the periods for flow ids,
  last reported period for level ids (flows and levels are listed per agency below). Where an annual realisasi
  column exists (E.81 col 12, 'Tahun 2022', 'Realisasi s.d. TW IV') that cell is the key, as written.
* E.81 forms: target = col 7 K (Target Renja of the year), realisasi = col 12 K. Programme / kegiatan /
  sub kegiatan rows that carry an indicator are key rows (the indicator cell); programme names, budget (Rp)
  cells, averages, predikat, faktor lines and signatures are not.
* Multi-year tables: only the sheet's own year is keyed (LKjIP earlier-year columns, the 2022 half of a
  2022/2023 side-by-side table, the 2018 rows of a 2019 export, the 'Realisasi 2019' line of a 2020 card).
* Not key rows: sasaran / group rows, programme names, budget lines, averages, signatures, hidden sheets,
  notes sheets, data annexes, and the second copy of a duplicated row.
* `ambiguous` lists pairs of ids that a careful reader could merge or keep apart (neither is counted wrong).

## Layouts (each agency changes layout every year)
| agency | year | layout |
| --- | --- | --- |
| A Prokopim | 2019 | annual PK, two header rows (Target / Realisasi each over Nilai + Satuan), numbered column row, merged Sasaran cells, budget lines and signature (.xls, with a hidden draft copy) |
| A Prokopim | 2020 | quarterly Rencana Aksi, TW I-IV target/realisasi pairs, NO annual realisasi column, Sasaran written only on the first row (same .xls, second sheet) |
| A Prokopim | 2021 | Permendagri 86 form E.81, 15-column scheme, K/Rp pairs, programme / kegiatan / sub kegiatan blocks (.ods, with a hidden TW III copy) |
| A Prokopim | 2022 | LKjIP chapter III table: realisasi 2019-2021 columns, target / realisasi / capaian 2022, Renstra target; sasaran group rows; numbering prefixes in the names; % cells as fractions (.xlsx) |
| B BLK | 2021 | monthly sheet Jan..Des, no annual realisasi column (.ods, with a per-trade data sheet and a notes sheet) |
| B BLK | 2022 | **unexpected**: Target and Realisasi on alternating rows ('Uraian' column), quarters across, annual in a 'Tahun 2022' column; one block has the Realisasi row first (.xlsx) |
| B BLK | 2023 | PK with 2022 and 2023 side by side (Target / Realisasi / Capaian for each year), numbered column row (same .xlsx, second sheet) |
| B BLK | 2024 | quarterly Rencana Aksi with T / R / % per quarter AND an annual 'Realisasi s.d. TW IV' column (.xls) |
| C Distamkam | 2017 | annual PK, ONE header row, value and unit in one text cell, Polaritas column, typed capaian (.xlsx) |
| C Distamkam | 2018 | E.81 in the older 17-column scheme (col 13 = 12/7 x 100), programmes and kegiatan (.xls, hidden working sheet) |
| C Distamkam | 2019 | **unexpected**: e-SAKIP database export, one row per indicator per YEAR (Tahun column; 2018 and 2019 rows interleaved), no merges (.ods) |
| C Distamkam | 2020 | **unexpected**: one "card" per indicator (labels in column A: Indikator / Satuan / Polaritas / Target 2020 / Realisasi 2019 / Realisasi 2020 / Capaian / Penjelasan), no column header at all (.xlsx) |

## Rebuild and check
`gen/run_all.sh` regenerates everything (needs python3 + openpyxl and LibreOffice `soffice`), writes the keys,
this README and NAMES.md, then runs `verify.py`. `verify.py` converts every delivered .xls / .ods back to .xlsx
in `gen/tmp/`, re-reads every key row (name cell text, merge top-left, sheet visibility, target and realisasi
re-parsed from the cells listed in `gen/spec/<slug>.json` under the conventions above) and exits 0 when all agree.
`gen/dump.py <xlsx> [sheet]` prints a sheet's non-empty cells.
"""


def fmt_ids(ids):
    return ", ".join(ids)


def main():
    rows_table = []
    ext = {"xlsx": 0, "xls": 0, "ods": 0}
    docs = {}
    keys = {}
    for slug in SLUGS:
        doc = json.load(open(os.path.join(SPEC, slug + ".doc.json")))
        key = json.load(open(os.path.join(ROOT, slug, "key.json")))
        docs[slug], keys[slug] = doc, key
        for f in doc["files"]:
            ext[f["fmt"]] += 1
        per_year = {}
        for r in key["rows"]:
            per_year[r["year"]] = per_year.get(r["year"], 0) + 1
        rows_table.append(f"| `{slug}/` | {key['agency']} | {', '.join(map(str, key['years']))} | "
                          f"{len(key['files'])} | {len(key['rows'])} ("
                          + ", ".join(f"{y}: {n}" for y, n in sorted(per_year.items())) + ") |")
    out = [INTRO.format(table="\n".join(rows_table), nx=ext["xlsx"], nl=ext["xls"], no=ext["ods"])]
    for slug in SLUGS:
        doc, key = docs[slug], keys[slug]
        ex = doc["extra"]
        out.append(f"\n## {key['agency']}  (`{slug}/`)\n")
        out.append(f"* Years {', '.join(map(str, key['years']))}; files: "
                   + "; ".join(f"`{f}`" for f in key["files"]) + ".")
        out.append(f"* Flow ids (periods add up): {fmt_ids(doc['flows']['flows'])}.")
        out.append(f"* Level ids (last reported period): {fmt_ids(doc['flows']['levels'])}.")
        out.append(f"* Negative indicators (lower is better): {fmt_ids(ex['negatives'])}.")
        out.append("* Look-alikes that must NOT be merged:")
        for a, b in ex["lookalikes"]:
            out.append(f"  * {a}: {b}")
        out.append("* Ambiguous pairs (in key.json `ambiguous`; merge or split both accepted):")
        for a, b in ex["ambiguous_why"]:
            out.append(f"  * {a}: {b}")
        for f in doc["files"]:
            out.append(f"\n### `{f['fname']}` ({f['fmt']})\n")
            for d in f["desc"]:
                out.append(d)
            out.append("")
            for s in f["sheets"]:
                hid = " (HIDDEN)" if s["hidden"] else ""
                out.append(f"**Sheet `{s['name']}`{hid}** - {s['nkeys']} key rows")
                out.append("")
                for d in s["desc"]:
                    out.append(f"* {d}")
                if s["keyrows"]:
                    out.append("* Key rows: " + ", ".join(f"{r} {i}" for r, i in s["keyrows"]))
                if s["notes"]:
                    out.append("* Planted mistakes and traps:")
                    for (r, t) in s["notes"]:
                        where = f"row {r}" if r else "sheet"
                        out.append(f"  * {where}: {t}")
                out.append("")
    open(os.path.join(ROOT, "README.md"), "w").write("\n".join(out) + "\n")

    # NAMES.md
    nm = ["# Indicator names per id per year\n",
          "Cells show the name cell's text exactly as written (a line break is shown as `\u23ce`); "
          "an empty cell means the indicator is absent that year. Ids with a suffix `b` are the ambiguous "
          "partners listed in README / key.json.\n"]
    for slug in SLUGS:
        key, doc = keys[slug], docs[slug]
        years = key["years"]
        flows = set(doc["flows"]["flows"])
        neg = set(doc["extra"]["negatives"])
        nm.append(f"\n## {key['agency']}\n")
        nm.append("| id | kind | " + " | ".join(map(str, years)) + " |")
        nm.append("| --- | --- | " + " | ".join("---" for _ in years) + " |")
        ids = sorted({r["same_as"] for r in key["rows"]})
        by = {(r["same_as"], r["year"]): r["written"] for r in key["rows"]}
        for i in ids:
            kind = ("flow" if i in flows else "level") + (", neg" if i in neg else "")
            cells = []
            for y in years:
                w = by.get((i, y), "")
                w = w.replace("|", "\\|").replace("\n", "\u23ce")
                if w != w.strip():
                    w = f"`{w}`"
                cells.append(w)
            nm.append(f"| {i} | {kind} | " + " | ".join(cells) + " |")
        nm.append("\nAmbiguous pairs: " + ", ".join(f"{a}/{b}" for a, b in key["ambiguous"]))
    open(os.path.join(ROOT, "NAMES.md"), "w").write("\n".join(nm) + "\n")
    print("README.md and NAMES.md written")


if __name__ == "__main__":
    main()
