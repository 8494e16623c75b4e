"""Build the three agencies: raw workbooks (openpyxl) -> LibreOffice -> delivered files, key.json, cellmap,
NAMES.md and the generated part of README.md."""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import museum, ferry, skb


def main():
    agencies = []
    for mod in (museum, ferry, skb):
        rawdir = os.path.join(RAW, mod.SLUG)
        shutil.rmtree(rawdir, ignore_errors=True)
        kb, raws = mod.build(rawdir)
        outdir = os.path.join(ROOT, mod.SLUG)
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        for path, fmt in raws:
            out = soffice_convert(path, fmt, outdir)
            if fmt == 'xlsx':
                patch_table_style(out)
            print('  delivered', os.path.relpath(out, ROOT))
        for f in kb.files:
            assert os.path.exists(os.path.join(outdir, f)), f
        key = {"agency": kb.agency, "years": kb.years, "files": kb.files, "ambiguous": kb.ambiguous, "rows": kb.rows}
        with open(os.path.join(outdir, 'key.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        agencies.append((mod, kb))
    cellmap = {kb.slug: kb.cells for _, kb in agencies}
    with open(os.path.join(GEN, 'cellmap.json'), 'w', encoding='utf-8') as fh:
        json.dump(cellmap, fh, ensure_ascii=False, indent=1)
    write_names(agencies)
    write_readme_generated(agencies)


def cellname(s):
    return s.replace('\n', '⏎').replace('|', '/')


def write_names(agencies):
    out = ['# NAMES: indicator names per id per year', '',
           'Exactly as written in the name cell ("⏎" marks a line break inside the cell; a "|" in a name is shown as "/"). '
           '"—" = the indicator is not in that year. Ids with a "b" suffix are the second member of an *ambiguous* pair.', '']
    for mod, kb in agencies:
        out.append(f'## {kb.agency}  (`{kb.slug}`)')
        out.append('')
        out.append('| id | ' + ' | '.join(str(y) for y in kb.years) + ' |')
        out.append('|---|' + '---|' * len(kb.years))
        ids = sorted({r['same_as'] for r in kb.rows}, key=lambda s: (s[:3], s))
        for i in ids:
            cells = []
            for y in kb.years:
                w = [r['written'] for r in kb.rows if r['same_as'] == i and r['year'] == y]
                cells.append(cellname(w[0]) if w else '—')
            out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
        out.append('')
        out.append('Ambiguous pairs (merge or split both accepted): ' + ', '.join(' / '.join(p) for p in kb.ambiguous))
        out.append('')
        out.append('Look-alikes that must NOT be merged:')
        for a, b in kb.must_not_merge:
            out.append(f'- {a}: {b}')
        out.append('')
    with open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


def write_readme_generated(agencies):
    out = []
    for mod, kb in agencies:
        out.append(f'## {kb.agency}')
        out.append('')
        out.append(f'Folder `{kb.slug}/`, years {kb.years[0]}-{kb.years[-1]}, files: ' + ', '.join(f'`{f}`' for f in kb.files) + '.')
        out.append('')
        cnt = {}
        for r in kb.rows:
            cnt[r['year']] = cnt.get(r['year'], 0) + 1
        out.append('Key rows per year: ' + ', '.join(f'{y}: {cnt.get(y, 0)}' for y in kb.years) + f' (total {len(kb.rows)}).')
        out.append('')
        out.append('Flow (per-period) ids, summed over quarters/months where no annual realisasi is written: ' + ', '.join(kb.flows) + '. All other ids are level/stock/percentage/index ids (last reported period), grade ids are keyed null.')
        neg = getattr(kb, 'negatives', [])
        if neg:
            out.append('')
            out.append('Negative indicators (lower is better): ' + ', '.join(neg) + '.')
        out.append('')
        out.append('Ambiguous pairs: ' + ', '.join(' / '.join(p) for p in kb.ambiguous) + '. Must NOT be merged:')
        for a, b in kb.must_not_merge:
            out.append(f'- {a}: {b}')
        out.append('')
        for f in kb.files:
            out.append(f'### `{f}`')
            out.append('')
            sheets = [k[1] for k in kb.layout if k[0] == f]
            for s in sheets:
                keyed = [r for r in kb.rows if r['file'] == f and r['sheet'] == s]
                ys = sorted({r['year'] for r in keyed})
                out.append(f'- **Sheet "{s}"**' + (f' — {len(keyed)} key rows, year {", ".join(map(str, ys))}' if keyed else ' — no key rows') + '.')
                out.append(f'  {kb.layout[(f, s)]}')
                for n in kb.notes.get((f, s), []):
                    out.append(f'  - {n}')
            out.append('')
    with open(os.path.join(GEN, 'README_generated.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    head = open(os.path.join(GEN, 'README_head.md'), encoding='utf-8').read()
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n# Per agency and per file (sheets, header rows, columns, data rows, every planted mistake and trap by row)\n\n'
                 + '\n'.join(out).replace('\n## ', '\n## ') + '\n')


if __name__ == '__main__':
    main()
