#!/usr/bin/env python3
"""Write ../README.md from the keys and gen/meta (called by build.py)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

INTRO = """# blind18: formula mistakes (held-out test set)

Seven workbooks of invented agencies (real kabupaten/kota names; people and figures invented) whose computed
columns are **formulas**, as staff fill them in Excel, with the mistakes people make with formulas and traps
where a formula differs from its neighbours for a good reason. Three forms: the annual *Pengukuran Kinerja*
(Target, Realisasi, % capaian), the quarterly *Rencana Aksi* (quarters across columns, and the Bone layout with
quarters down rows; budgets per program/kegiatan with serapan), and the Permendagri 86/2017 evaluation form E.81
(K/Rp pairs per TW, column 12 = sum of the TWs, Renstra columns, % columns as formulas; 17- and 15-column schemes).
Built by an outside examiner without reading rakit's source, tests or docs.

## Rebuild and check

```
python3 gen/build.py     # writes the workbooks, *.key.json, gen/meta/*.json and this README (needs openpyxl + soffice)
python3 gen/check.py     # re-reads every file and verifies every key entry against the cells; prints OK, exit 0
```

`build.py` writes each workbook with openpyxl as .xlsx and lets LibreOffice headless (`soffice --convert-to`)
open and save it in its final format, so every formula carries a cached value (formulas stay formulas; the .xls
and .ods keep theirs). Deterministic: no randomness, fixed names and figures. `gen/meta/<stem>.json` lists every
computed cell with its formula (or typed constant) and its independently computed right value (exact decimals);
`check.py` converts each file to .xlsx in a temp dir, reads it once with formulas and once with cached values,
and verifies: formulas/constants as recorded; every computed cell that is not a mistake shows the right value at
its displayed precision (traps included); every mistake cell shows a wrong value (or an error, or a number where
none is defensible), except the one flagged as "value right, formula wrong"; keys' `correct` and `formula`;
indicators' target/realisasi against their cells; every row with a computed cell or an indicator classified as
mistake, trap or clean.

## Conventions

- Rows are 1-based as Excel shows them; `cell` is the cell in error. Sheet names exact.
- `correct`: the right value of that cell as a plain decimal string, rounded half away from zero to 2 decimals
  for percentages (0 decimals for rupiah). Percentages are given in **percent points** even where the cell stores a
  fraction under a `0.00%` format (Gowa, and Badung H12). `null` where no value is defensible (target 0 or blank).
- Where a workbook caps capaian at 100 (Wajo: `MIN(100,...)` in every capaian cell), `correct` follows the cap.
- Negative polarity: each workbook that has it states it per row (Polaritas / Sifat). Sleman uses
  (2 x target - realisasi) / target x 100; Badung states target / realisasi x 100 (A5). Traps follow the workbook's
  own formula.
- Percentage/index indicators in the quarterly and E.81 forms take the TW IV value as the year's realisasi
  ("nilai akhir", and for a state indicator column 14 = that value); count indicators sum the quarters. Bogor says so
  in a note (C24); in the E.81 forms the rows are the program-level percentages.
- `formula` in a mistake: the formula as written (openpyxl/Excel syntax, `,` separators); `null` for a typed constant.
- `indicators`: every indicator row (and each quarter row in Wajo) with the year's target and realisasi in the unit
  written (percent points for %); grade rows null; E.81: the year's K target (column 7) and the true K realisasi of
  the year (column 12 recomputed from the quarters, or the TW IV value for percentages).
- Every mistake is a single cell; the rest of its row is right. Computed cells that depend on another computed
  cell were kept free of mistakes in what they depend on: no serapan on Bogor's program rows (whose totals carry
  the planted sum mistakes), the grand totals sum the kegiatan rows, capaian formulas read the quarters directly,
  and mistakes in the E.81 forms sit in cells nothing else reads (columns 13/15 %, or a value-right column 12).
- A typed constant with the right value where neighbours have formulas (Gowa H15) is a **trap**: a tool may note the
  constant, but must not call the value wrong.

"""


def main():
    keys = sorted(f for f in os.listdir(OUT) if f.endswith('.key.json'))
    lines = [INTRO, '## Files\n',
             '| file | agency | form | format | sheets / layout | formulas |', '| --- | --- | --- | --- | --- | --- |']
    tot = dict(m=0, t=0, c=0, i=0)
    per = []
    for kf in keys:
        k = json.load(open(os.path.join(OUT, kf)))
        meta = json.load(open(os.path.join(HERE, 'meta', kf[:-9] + '.json')))
        ext = k['file'].rsplit('.', 1)[1]
        sheets = meta['sheets']
        lines.append(f"| `{k['file']}` | {meta['agency']} | {meta['form']} | .{ext} | {', '.join(sheets)} | `{meta['formulas']}` |")
        tot['m'] += len(k['mistakes']); tot['t'] += len(k['traps']); tot['c'] += len(k['clean_rows']); tot['i'] += len(k['indicators'])
        per.append((k, meta))
    lines += ['', '## Counts\n', '| file | mistakes | traps | clean rows | indicators |', '| --- | --- | --- | --- | --- |']
    for k, meta in per:
        lines.append(f"| `{k['file']}` | {len(k['mistakes'])} | {len(k['traps'])} | {len(k['clean_rows'])} | {len(k['indicators'])} |")
    lines.append(f"| **total** | {tot['m']} | {tot['t']} | {tot['c']} | {tot['i']} |")
    lines += ['', '## Each file\n']
    for k, meta in per:
        lines += [f"### `{k['file']}`\n", k['layout'], '', 'Mistakes:', '']
        for m in k['mistakes']:
            f = f" `{m['formula']}`" if m['formula'] else ' (typed constant)'
            lines.append(f"- {m['sheet']}!{m['cell']} **{m['kind']}**{f}; correct {m['correct']}. {m['note']}")
        lines += ['', 'Traps (right although different):', '']
        for t in k['traps']:
            lines.append(f"- {t['sheet']}!{t['cell']} **{t['kind']}**: {t['note']}")
        lines.append('')
    open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
