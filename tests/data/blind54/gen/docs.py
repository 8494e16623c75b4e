"""README.md and NAMES.md for blind54."""
import os
from collections import Counter, defaultdict
from common import ROOT

INTRO = """# blind54 - held-out test set: three invented agencies, four years each

Everything here is invented (places, people, figures). Built by `gen/run_all.sh` (openpyxl writes
`gen/raw/<slug>/*.xlsx`; LibreOffice headless saves each into its delivered format, so every formula carries a
cached value), then checked by `verify.py` (re-reads every key row from the delivered files; `.xls` / `.ods` are
converted back to `.xlsx` in `gen/tmp/`).

| folder | agency | years | files |
| --- | --- | --- | --- |
{agency_table}

## Key conventions (as in the brief, plus the decisions taken here)
- `rows[]`: one row per indicator per year. `row` = 1-based row of the indicator's name cell (top-left of a merge).
  `col` is added where several key rows share one sheet row: the turned-over table of RSUD 2021 (names across row 4)
  and the cards of Biro PBJ 2025 (three cards side by side). `written` = the name cell's text exactly.
- Numbers in %-formatted cells are fractions -> keyed in percent points. Text is read in Indonesian convention
  ("1.612" = 1612, "48,2 %" = 48.2); text with SPACES ("1 084 600 000 000") or APOSTROPHES ("63'905'150'000") as
  thousands separators is read as the number. Units / "Rp." / ",-" around a number are dropped ("320 orang" = 320,
  "Rp. 850.000.000.000,-" = 850000000000, "Level 3" = 3 - a maturity level is a number, not a grade).
- Ranges -> lower bound ("60-85" -> 60, "1-3" -> 1); ">= 90", "<= 5", "< 25", "≤ 3" -> the number.
  Grades (B, BB, A), accreditation predicates (Paripurna, Utama), "-" and empty cells -> null.
- Typed mistakes are keyed AS TYPED: a target typed 10x stays 10x, a fraction typed into a General cell stays a
  fraction (0.645, 0.925), an E.81 column 14 typed over as 0 stays 0. A formula is keyed by the value it SHOWS
  (its cached value), also where the formula is wrong (a SUM that skips a quarter typed as text; an annual cell that
  points at the TW3 sheet).
- Quarterly / monthly sheets WITHOUT an annual realisasi column (DPMPTSP 2019, Biro PBJ 2024): realisasi = sum of the
  periods for FLOW indicators, the last period that holds a value for LEVEL / cumulative ones ("-" in a period =
  none). Flow ids are listed per agency below. Where an annual column exists (E.81 col 14, Renaksi 2023 "Realisasi
  2023", the fifth sheet of DPMPTSP 2020, the "Tahun 2021" row of the turned-over RSUD sheet) it is the realisasi.
- Multi-year tables (LKjIP with Realisasi 2019/2020 or 2021/2022 and a Renstra target, E.81 with its Renstra and
  "s.d. tahun lalu" columns): only the sheet's own year is keyed. No sheet here holds two whole tables of different
  years; one WORKBOOK (Biro PBJ 2022-2023) holds two years on two sheets, each keyed with its own year.
- Not key rows: sasaran / bidang / group rows, programme and kegiatan names (E.81: the indicator in col E on the
  same row IS keyed), budget lines, the JUMLAH (total) row, averages, the weighted average, predikat rows,
  signatures, hidden sheets, notes sheets, the TW1..TW4 sheets of DPMPTSP 2020 (the fifth sheet holds the year), the
  monthly rows and the "Rata-rata bulanan" row of the turned-over RSUD sheet, the continuation row of a wrapped name,
  and the second copy of a duplicated row.
- `ambiguous`: pairs a careful reader could merge or keep apart (neither is counted wrong).

## Unexpected layouts used
From the brief's list:
1. Landscape print with the header block (both header rows + the numbered row) REPEATED mid-table
   (DPMPTSP 2019, rows 20-22).
2. Each quarter its own sheet TW1..TW4 and the annual figures on a fifth sheet "Rekap 2020", mostly formulas into the
   TW4 sheet, one into TW3 (DPMPTSP 2020).
3. Thousands separators typed as SPACES (DPMPTSP 2021 LKjIP, every figure >= 1000) and as APOSTROPHES (Biro PBJ 2023).
4. Header written in ENGLISH ("No | Performance Indicator | Unit | Target | Actual | Achievement (%) | Remarks") with
   English group rows (RSUD 2024).
5. The % achievement written as a FRACTION (1,0657) in General cells (RSUD 2024).
6. Negative indicators marked ONLY by "(-)" after the name (DPMPTSP 2019) or by an arrow "↓" (RSUD 2024).
7. A TOTAL row "JUMLAH" plus unweighted and WEIGHTED average rows under a table with a Bobot column (Biro PBJ 2022).
8. Indicator names that wrap across two UNMERGED rows, the second holding only the rest of the name (Biro PBJ 2023).
Own:
9. A table TURNED OVER: indicators across the columns (BOR, LOS, BTO, TOI, NDR, GDR, pasien keluar), months down
   the rows, a Target row on top, the year's row and a misleading monthly-average row at the bottom (RSUD 2021).
10. Indicator CARDS three side by side on a dashboard sheet, each card: code, name, Target, Realisasi, Capaian
    (Biro PBJ 2025).
11. Monthly monitoring with no annual column where levels stop being reported before December (Biro PBJ 2024).
Also the standard forms: annual PK with two header rows, Nilai+Satuan pairs and a numbered row (DPMPTSP 2018),
E.81 (Permendagri 86) with K/Rp pairs, Kode and Satuan columns, programme and kegiatan rows (RSUD 2022), LKjIP
chapter III tables with earlier years and a Renstra target (DPMPTSP 2021, RSUD 2023), hidden draft sheets, notes
sheets, titles and signatures.

## Key-row counts
| agency | year 1 | year 2 | year 3 | year 4 | total |
| --- | --- | --- | --- | --- | --- |
{counts}
"""


def write(agencies, mods):
    lines = []
    for ag in agencies:
        lines.append(f"| `{ag.slug}/` | {ag.agency} | {', '.join(map(str, ag.years))} | " +
                     "; ".join(f"`{f}`" for f in ag.files) + " |")
    counts = []
    for ag in agencies:
        c = Counter(r["year"] for r in ag.rows)
        counts.append(f"| {ag.slug} | " + " | ".join(f"{y}: {c[y]}" for y in ag.years) + f" | {len(ag.rows)} |")
    total = sum(len(a.rows) for a in agencies)
    counts.append(f"| all | | | | | {total} |")
    txt = INTRO.format(agency_table="\n".join(lines), counts="\n".join(counts))
    out = [txt]
    for ag, (pfx, mod) in zip(agencies, mods.items()):
        out.append(f"\n## {ag.agency} (`{ag.slug}/`)\n")
        flows = sorted(ag.flows)
        levels = sorted(k for k in mod.META if k not in ag.flows)
        out.append(f"- FLOW ids (sum of periods): {', '.join(flows)}")
        out.append(f"- LEVEL / cumulative ids (last reported period): {', '.join(levels)}")
        neg = sorted(k for k, m in mod.META.items() if m[2] < 0)
        out.append(f"- negative indicators (lower is better): {', '.join(neg)}")
        out.append("- look-alikes that must NOT be merged:")
        for a, b in ag.lookalikes:
            out.append(f"  - {a}: {b}")
        out.append(f"- `ambiguous`: {', '.join(' / '.join(p) for p in ag.ambiguous)}")
        for f in ag.files:
            out.append(f"\n### `{f}`\n")
            for sh, d in ag.docs[f]:
                out.append(f"- sheet **{sh}**: {d}")
            keyed = [r for r in ag.rows if r["file"] == f]
            ys = sorted(set(r["year"] for r in keyed))
            out.append(f"- key rows: {len(keyed)} (year {', '.join(map(str, ys))})")
            notes = sorted(ag.notes[f], key=lambda n: (n[0], n[1]))
            if notes:
                out.append("- planted mistakes and traps, by row:")
                for sh, row, t in notes:
                    out.append(f"  - {sh} row {row}: {t}")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")

    # NAMES.md
    n = ["# Indicator names per id per year (the `written` text of each key row)\n",
         "`—` = the indicator is absent that year. `⏎ ...` = the continuation row of a wrapped name (not part of "
         "`written`). Ids with a suffix `b` are different indicators from the id without it (see `ambiguous` in each "
         "key.json and the README for the pairs that may be merged or not).\n"]
    for ag, (pfx, mod) in zip(agencies, mods.items()):
        n.append(f"\n## {ag.agency}\n")
        n.append("| id | " + " | ".join(map(str, ag.years)) + " |")
        n.append("| --- |" + " --- |" * len(ag.years))
        by = defaultdict(dict)
        for r in ag.rows:
            by[r["same_as"]][r["year"]] = r["written"]
        wrap = getattr(mod, "WRAP23", {})

        def sk(k):
            return (k[0], int("".join(ch for ch in k[1:] if ch.isdigit())), k)
        for sid in sorted(by, key=sk):
            cells = []
            for y in ag.years:
                w = by[sid].get(y)
                if w is None:
                    cells.append("—")
                else:
                    if y == 2023 and sid in wrap and w == wrap[sid][0]:
                        w = f"{w} ⏎ {wrap[sid][1]}"
                    cells.append(w.replace("|", "\\|"))
            n.append(f"| {sid} | " + " | ".join(cells) + " |")
        n.append("")
        n.append("Must NOT be merged: " + "; ".join(f"{a} ({b})" for a, b in ag.lookalikes) + ".")
        n.append("")
        n.append("Ambiguous (either is accepted): " + "; ".join(" / ".join(p) for p in ag.ambiguous) + ".")
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(n) + "\n")
