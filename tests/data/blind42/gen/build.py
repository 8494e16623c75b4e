"""Build all three agencies, then write README.md and NAMES.md."""
import os
import shutil

import agency_a
import agency_b
import agency_c
from lib import ROOT, GEN

CONVENTIONS = """\
## Key conventions applied

- `key.json` per agency: `agency`, `years`, `files`, `ambiguous`, `rows`; one row per indicator per year; `row` is the
  1-based row of the indicator's name cell (the top-left of its merge where the name is merged over several rows);
  `written` is that cell's text exactly; `same_as` is the id stable across years (A.., B.., C..; a `b` suffix marks an
  id that forms an **ambiguous** pair with its base id).
- Numbers in %-formatted cells (`0%`, `0.0%`, `0.00%`) are fractions and are keyed in percent points (0,9312 -> 93.12).
  A fraction typed into a cell that is NOT %-formatted is a mistake and is keyed as it stands (0.931, 0.933, 0.857143).
- Text is read the Indonesian way: `1.850` = 1850, `85,1` = 85.1, `1.792,4 juta US$` = 1792.4, `Rp. 4.812,5 juta` = 4812.5;
  units are ignored; `>= 90` / `<= 3` -> 90 / 3; ranges `85-90` -> lower bound 85; grades (B, BB, A) / `-` / blank -> null.
- Typed mistakes are keyed AS TYPED (targets typed 10x, thousands dropped, fractions, a computed column typed over with 0),
  and formula results are keyed AS THEY STAND (cached value), e.g. an annual SUM that leaves out TW IV.
- Quarterly / monthly / cumulative sheets:
  - where the sheet has an annual realisasi column (A 2019 col N, B 2022 E.81 col X = "13", B 2024 col K, C 2019 col I
    on the Realisasi line) that column is keyed;
  - where it has none and the period columns are per period (B 2021 monthly, C 2018 quarterly): realisasi = sum of the
    periods for FLOW ids, last reported period (not blank, not `-`) for LEVEL ids (lists of flows below);
  - A 2020 has only CUMULATIVE "Realisasi s.d. Triwulan" columns: the year value is the last reported s.d. column for
    flows and levels alike (summing would double count).
- Multi-year tables (A 2021 Realisasi 2019/2020 columns, C 2020 Tahun 2018/2019 columns): only the sheet's own year is keyed;
  the earlier-year columns differ from the earlier files on purpose in a few places (listed as traps).
- Never key rows: sasaran / group rows, programme / kegiatan / sub kegiatan rows without an indicator, budget lines,
  Rata-rata / Predikat rows, faktor / tindak lanjut lines, signatures, hidden sheets, notes / reference sheets, repeated
  header rows of a second table, and the second copy of a duplicated row or block.
- `verify.py` re-reads every key row from the delivered files (.xls/.ods converted back to .xlsx in `gen/tmp/`) at the cells
  recorded in `gen/ledger_<agency>.json` and checks `written`, `target` and `realisasi` with its own parser; it also checks
  15-25 key rows per agency-year, no key row on a hidden sheet, and that every name cell is the top-left of its merge.
"""


def md_escape(s):
    return str(s).replace('|', '\\|')


def agency_section(ag):
    out = []
    out.append(f'## {ag.name}  (`{ag.slug}/`)\n')
    per_year = {}
    for r in ag.rows:
        per_year[r['year']] = per_year.get(r['year'], 0) + 1
    out.append(f'Years {ag.years}; files: ' + ', '.join(f'`{f}`' for f in ag.files) +
               f'; key rows: {len(ag.rows)} (' + ', '.join(f'{y}: {n}' for y, n in sorted(per_year.items())) + ').\n')
    out.append('### Layout per year\n')
    for y in ag.years:
        out.append(f'- **{y}** - {ag.layouts[y]}')
    out.append('')
    out.append(f'**Flow indicators** (sum of periods where a sheet has no annual column): {", ".join(ag.flows)}. '
               'All other ids are levels (last reported period) or grades (null).\n')
    out.append(f'**Ambiguous pairs** (merge or split both accepted): {ag.ambiguous}\n')
    out.append('**Look-alikes that must NOT be merged, and drifts that ARE the same id:**\n')
    for l in ag.lookalikes:
        out.append(f'- {l}')
    out.append('')
    for fn, doc in ag.docs.items():
        ext = os.path.splitext(fn)[1]
        nkey = sum(1 for r in ag.rows if r['file'] == fn)
        out.append(f'### File `{fn}`\n')
        out.append(f'Delivered as {ext} ({nkey} key rows): {doc["summary"]}. Sheets, in order:\n')
        for sh, text in doc['sheets'].items():
            rows = [r for r in ag.rows if r['file'] == fn and r['sheet'] == sh]
            if rows:
                idx = ', '.join(f'{r["row"]} {r["same_as"]}' for r in rows)
                out.append(f'- **{sh}**: {text} Key rows ({len(rows)}, year {rows[0]["year"]}): {idx}.')
            else:
                out.append(f'- **{sh}**: {text} No key rows.')
        out.append('')
        if doc['traps']:
            out.append('Planted mistakes and traps (sheet / row):\n')
            order = list(doc['sheets'].keys())
            traps = sorted(doc['traps'], key=lambda t: (order.index(t[0]) if t[0] in order else 99, t[1]))
            for sh, row, text in traps:
                out.append(f'- `{sh}` row {row}: {text}')
            out.append('')
    return '\n'.join(out)


def names_section(ag):
    out = [f'## {ag.name} (`{ag.slug}`)\n']
    ids = []
    for r in ag.rows:
        if r['same_as'] not in ids:
            ids.append(r['same_as'])
    ids.sort(key=lambda s: (s[:3], s))
    out.append('| id | ' + ' | '.join(str(y) for y in ag.years) + ' |')
    out.append('| --- | ' + ' | '.join('---' for _ in ag.years) + ' |')
    for i in ids:
        cells = []
        for y in ag.years:
            rr = [r for r in ag.rows if r['same_as'] == i and r['year'] == y]
            if rr:
                r = rr[0]
                fmt = lambda v: 'null' if v is None else v
                cells.append(f'{md_escape(r["written"])} <br>T {fmt(r["target"])} / R {fmt(r["realisasi"])}')
            else:
                cells.append('-')
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out.append('')
    amb = ', '.join(f'{a} ~ {b}' for a, b in ag.ambiguous)
    out.append(f'Ambiguous pairs: {amb}. Flows: {", ".join(ag.flows)}.\n')
    return '\n'.join(out)


def main():
    for slug in (agency_a.SLUG, agency_b.SLUG, agency_c.SLUG):
        d = os.path.join(ROOT, slug)
        if os.path.isdir(d):
            shutil.rmtree(d)
    ags = [agency_a.build(), agency_b.build(), agency_c.build()]
    total = sum(len(a.rows) for a in ags)
    head = [
        '# blind42 - held-out test set: three invented agencies, four years each\n',
        'Everything here is invented (places, people, figures). Generators live in `gen/` (`gen/run_all.sh` rebuilds every '
        'workbook, key.json, this README and NAMES.md, then runs `verify.py`). Workbooks are written with openpyxl into '
        '`gen/raw/<agency>/*.xlsx` and saved through LibreOffice headless into the delivered format (.xlsx, .xls or .ods), '
        'so every formula carries a cached value.\n',
        f'Total key rows: {total} (' + ', '.join(f'{a.slug}: {len(a.rows)}' for a in ags) + ').\n',
        '| folder | agency | years | files |', '| --- | --- | --- | --- |',
    ]
    for a in ags:
        head.append(f'| `{a.slug}/` | {a.name} | {a.years[0]}-{a.years[-1]} | ' + '<br>'.join(a.files) + ' |')
    head.append('')
    head.append('Layouts a tool might not expect (invented, but plausible for a clerk): A 2020 cumulative "Realisasi s.d. '
                'Triwulan" columns with no annual column; A 2021 a second table with different columns stacked under the '
                'first on one sheet; B 2021 monthly sheet with a Target row and a Realisasi row per indicator; B 2023 '
                'Pembilang / Penyebut columns with realisasi as a formula and capaian by an IF on a Polaritas cell; '
                'C 2019 vertical 3-row blocks (Target / Realisasi / Capaian lines) per indicator.\n')
    readme = '\n'.join(head) + '\n' + CONVENTIONS + '\n\n---\n\n' + '\n\n---\n\n'.join(agency_section(a) for a in ags)
    with open(os.path.join(ROOT, 'README.md'), 'w') as f:
        f.write(readme + '\n')
    names = ['# NAMES - indicator names per id per year (as written in the name cell), with keyed target / realisasi\n',
             'T / R are the keyed values (null = grade, `-`, or not keyed). A `-` cell means the id is absent that year.\n']
    names += [names_section(a) for a in ags]
    with open(os.path.join(ROOT, 'NAMES.md'), 'w') as f:
        f.write('\n'.join(names) + '\n')
    print('built', total, 'key rows')


if __name__ == '__main__':
    main()
