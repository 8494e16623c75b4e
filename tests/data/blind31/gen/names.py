"""Write /work/blind31/NAMES.md: per id, the name written each year."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# NAMES: per id, the name as written each year', '']
for ag in ['dinas_pupr', 'dinas_pertanahan', 'dinas_perkebunan']:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    out += [f'## {ag} ({k["agency"]})', '', '| id | ' + ' | '.join(map(str, k['years'])) + ' |',
            '|---|' + '---|' * len(k['years'])]
    ids = sorted({r['same_as'] for r in k['rows']})
    for i in ids:
        cells = []
        for y in k['years']:
            w = [r['written'] for r in k['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append(' / '.join(repr(x)[1:-1] for x in w) if w else '—')
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out += ['', 'ambiguous pairs: ' + (', '.join('/'.join(p) for p in k['ambiguous']) or 'none'), '']
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
