"""Write /work/blind43/README.md and /work/blind43/NAMES.md from the generators' output (gen/out/*.json)."""
import json
import os
from collections import defaultdict

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
AGENCIES = ["bagpem_lubuk_semilang", "bbi_sungai_rantau", "dinas_pangan_padang_halimun"]

AMBIG_WHY = {
    ("A15", "A15b"): "'Persentase kelurahan yang memiliki data monografi mutakhir' (2019-2021) was replaced in 2022 by "
                     "'Persentase kelurahan yang profilnya diperbarui (%)': the same purpose (up-to-date kelurahan data) "
                     "under a new definition; the LKjIP 2022 shows '-' for its earlier years.",
    ("B21", "B21b"): "'Persentase serapan anggaran (UPTD)' (2018-2019) vs 'Persentase realisasi keuangan UPTD' (2021): "
                     "budget absorption under another name; absent in 2020.",
    ("C24", "C24b"): "'Persentase penanganan daerah rawan pangan' (2022-2023) vs 'Persentase desa rawan pangan yang "
                     "diintervensi' (2024-2025): similar programme measure, redefined per desa.",
}

INTRO = """# blind43 - held-out test set: three invented agencies, four years each

Everything here is invented (places, people, figures). Three agencies, each with four consecutive years
spread over three workbooks that mix .xlsx, .xls and .ods, every year in a different layout:

| folder | agency | years | files |
| --- | --- | --- | --- |
{agency_table}

Each folder holds the delivered workbooks and `key.json`
(`{{"agency", "years", "files", "ambiguous", "rows": [{{file, sheet, row, year, written, same_as, target, realisasi}}]}}`).

## How the files were made
* `gen/a1_bagpem.py`, `gen/a2_bbi.py`, `gen/a3_pangan.py` build every workbook with openpyxl as raw .xlsx
  into `gen/raw/<agency>/` (formulas without cached values) and record key rows, the cells behind them
  and the planted mistakes (`gen/out/<agency>.json`).
* `gen/deliver.py` saves every raw workbook through LibreOffice headless (`soffice --convert-to xls / ods /
  xlsx`) into the agency folder, so all formulas carry cached values, and writes `key.json` and
  `gen/verify_spec.json` (the target / realisasi cells of every key row and how they combine).
* `gen/build_docs.py` writes this README and NAMES.md. `gen/run_all.sh` rebuilds everything and runs
  `verify.py`.
* `verify.py` converts the delivered .xls/.ods back to .xlsx in `gen/tmp/`, re-reads every key row
  (name cell text, target and realisasi parsed with the conventions below, independently of the
  generators) and checks them against key.json; also one row per (id, year), 15-25 indicators per
  agency-year, visible sheets, name cells not inside a merge. It passes: {total} key rows.

## Key conventions (as briefed)
* One key row per indicator per year; `row` is the 1-based row of the indicator's name cell (top-left of a
  merge); `written` is that cell's text exactly (trailing / double spaces and prefixes included).
* Numbers in %-formatted cells are fractions -> keyed in percent points. Text is read the Indonesian way
  (`1.850` = 1850, `85,1` = 85.1, units and `Rp.` / `,-` dropped). Ranges -> lower bound (`80-82` -> 80,
  `>= 85` -> 85). Grades (B, BB, A), `-`, blanks -> null.
* Typed mistakes are keyed AS TYPED (a target typed 10x is keyed 10x; a fraction typed in a % indicator is
  keyed as the fraction; an annual realisasi column typed over with 0 is keyed 0; an annual SUM that drops a
  text cell is keyed at its cached value).
* Where a sheet has an annual realisasi column (E.81 column 13, Renaksi 2023 'Realisasi 2023', annual
  tables) that column is the realisasi. Where it has none (Renaksi 2020, the 2018 monthly sheet):
  realisasi = sum of the periods for FLOW indicators, last reported period for LEVEL / cumulative ones
  (flows are listed per agency below; `-` counts as nothing reported / 0 in a sum).
* Multi-year tables (LKjIP 2022 with 2019-2021 columns, BBI 2021 side by side with 2020): only the sheet's
  own year is keyed.
* Not key rows: sasaran / group / section rows, programme and kegiatan NAMES (their indicator cells on the
  same row are key rows in the E.81 forms), budget lines, averages (Rata-rata), predikat, signatures, hidden
  sheets, notes sheets, repeated header rows, and the second copy of a duplicated row.
* `ambiguous` pairs: a careful reader could merge them or not; neither is counted wrong.

## Layouts
| agency-year | sheet | layout |
| --- | --- | --- |
{layout_table}

Unusual layouts (invented, but a clerk could plausibly make them):
* **U1 cards** (Bagian Pemerintahan 2021): no column header at all; one bordered six-row block per indicator
  (label | ':' | value rows 'Indikator Kinerja', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian (%)',
  'Keterangan'), stacked down the sheet, sasaran as yellow heading rows.
* **U2 two rows per indicator** (BBI 2020): the target and the realisasi share ONE value column 'Nilai'; the
  first row of each pair is 'Target', the second 'Realisasi' (column 'Uraian'), name and capaian merged over
  the pair.
* **U3 repeated header mid-table** (Dinas Pangan 2023): the three header rows are copied again after a
  'Hal. 2' line in the middle of the table (print page 2), and a sasaran continues with '(lanjutan)'.
* **U4 stacked sub-tables** (Dinas Pangan 2025): one small table per sasaran, each with its own heading, own
  header row, own 'Rata-rata capaian sasaran' row, No restarting at 1 and '1.1', '2.3' prefixes in the names.
* Also less common: the monthly sheet without an annual column (BBI 2018), Banjar-style value+unit text
  cells with unmerged 'blank = same as above' sasaran cells (Dinas Pangan 2022), hidden FIRST sheet holding a
  draft (Bagian Pemerintahan 2019).
"""


def fmt_rows(rows):
    rows = sorted(set(rows))
    out, start, prev = [], None, None
    for r in rows:
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            out.append("%d-%d" % (start, prev) if prev != start else str(start))
            start = prev = r
    if start is not None:
        out.append("%d-%d" % (start, prev) if prev != start else str(start))
    return ", ".join(out)


def main():
    data = [json.load(open(os.path.join(GEN, "out", s + ".json"))) for s in AGENCIES]
    total = sum(len(d["rows"]) for d in data)
    agency_table = "\n".join("| `%s/` | %s | %s | %s |" % (d["slug"], d["agency"], "-".join(map(str, [d["years"][0], d["years"][-1]])),
                                                            "; ".join("`%s`" % f for f in d["files"])) for d in data)
    layout = []
    for d in data:
        seen = {}
        for r in d["rows"]:
            seen.setdefault(r["year"], (r["file"], r["sheet"]))
        for y in d["years"]:
            f, s = seen[y]
            desc = [x["desc"] for x in d["sheets"][f] if x["sheet"] == s][0]
            short = desc.split(". ")[0]
            layout.append("| %s %d | `%s` / %s | %s |" % (d["slug"].split("_")[0], y, f, s, short))
    out = [INTRO.format(agency_table=agency_table, total=total, layout_table="\n".join(layout))]

    for d in data:
        info = d["info"]
        out.append("\n---\n\n# %s (`%s/`)\n" % (d["agency"], d["slug"]))
        per_year = defaultdict(int)
        for r in d["rows"]:
            per_year[r["year"]] += 1
        out.append("Years %s; key rows per year: %s (total %d).\n" % (
            ", ".join(map(str, d["years"])), ", ".join("%d: %d" % (y, per_year[y]) for y in d["years"]), len(d["rows"])))
        out.append("* **Flow** indicators (summed over quarters/months where no annual column exists): %s. "
                   "All others are levels (last reported period)." % ", ".join(info["flows"]))
        out.append("* **Negative** indicators (lower is better): %s." % ", ".join(info["negative"]))
        ids_years = defaultdict(list)
        for r in d["rows"]:
            ids_years[r["same_as"]].append(r["year"])
        partial = ["%s (%s)" % (k, ", ".join(map(str, sorted(v)))) for k, v in sorted(ids_years.items()) if len(v) != len(d["years"])]
        out.append("* Indicators present only in some years: %s." % "; ".join(partial))
        out.append("* **Look-alikes that must NOT be merged:**")
        for a, b, why in info["lookalikes"]:
            out.append("  * %s vs %s - %s" % (a, b, why))
        out.append("* **Ambiguous** (merge or split both accepted):")
        for a, b in d["ambiguous"]:
            out.append("  * %s / %s - %s" % (a, b, AMBIG_WHY[(a, b)]))
        out.append("")
        notes = defaultdict(list)
        for n in d["notes"]:
            notes[(n["file"], n["sheet"])].append(n)
        for f in d["files"]:
            out.append("## `%s`\n" % f)
            out.append("Sheets (in workbook order): %s.\n" % ", ".join(
                "`%s`%s" % (s["sheet"], " (hidden)" if s["hidden"] else "") for s in d["sheets"][f]))
            for s in d["sheets"][f]:
                out.append("### sheet `%s`%s\n" % (s["sheet"], " (HIDDEN)" if s["hidden"] else ""))
                out.append(s["desc"] + "\n")
                krows = [r for r in d["rows"] if r["file"] == f and r["sheet"] == s["sheet"]]
                if krows:
                    years = sorted({r["year"] for r in krows})
                    out.append("Key rows (%d, year %s): %s.\n" % (len(krows), "/".join(map(str, years)),
                                                                  fmt_rows([r["row"] for r in krows])))
                nn = sorted(notes.get((f, s["sheet"]), []), key=lambda n: n["row"])
                if nn:
                    out.append("Planted mistakes and traps, by row:\n")
                    idmap = {r["row"]: r["same_as"] for r in krows}
                    for n in nn:
                        tag = idmap.get(n["row"])
                        out.append("* row %d%s: %s" % (n["row"], " (%s)" % tag if tag else "", n["text"]))
                    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w") as fh:
        fh.write("\n".join(out) + "\n")

    # NAMES.md
    nm = ["# Indicator names per id per year\n",
          "Exact text of the name cell of each key row (`written` in key.json). '—' = not present that year.",
          "Flow = summed over periods; Neg = lower is better. Ambiguous pairs are marked with a star.\n"]
    for d in data:
        nm.append("\n## %s\n" % d["agency"])
        amb = {x for p in d["ambiguous"] for x in p}
        names = defaultdict(dict)
        for r in d["rows"]:
            names[r["same_as"]][r["year"]] = r["written"]
        nm.append("| id | unit | kind | " + " | ".join(map(str, d["years"])) + " |")
        nm.append("| --- | --- | --- | " + " | ".join("---" for _ in d["years"]) + " |")
        for sid in sorted(names, key=lambda s: (s[:3], s)):
            kind = ("flow" if sid in d["info"]["flows"] else "level") + (", neg" if sid in d["info"]["negative"] else "")
            cells = []
            for y in d["years"]:
                w = names[sid].get(y)
                cells.append("`%s`" % w.replace("|", "\\|") if w is not None else "—")
            nm.append("| %s%s | %s | %s | %s |" % (sid, "*" if sid in amb else "", d["info"]["units"].get(sid, ""), kind, " | ".join(cells)))
        nm.append("\nLook-alikes (must not be merged): " + "; ".join("%s/%s" % (a, b) for a, b, _ in d["info"]["lookalikes"]) + ".")
    with open(os.path.join(ROOT, "NAMES.md"), "w") as fh:
        fh.write("\n".join(nm) + "\n")
    print("README.md and NAMES.md written (%d key rows)" % total)


if __name__ == "__main__":
    main()
