"""Write ../NAMES.md from the key.json files: per agency a table id x year of the names as written."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# Indicator names as written, per agency (id x year)', '',
       '"—" = indicator absent that year. Two names in one cell = the indicator occurs on two rows (duplicate).', '']
for k in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
    d = json.load(open(k))
    ys = d['years']
    out += [f"## {d['agency']}  (`{os.path.basename(os.path.dirname(k))}/`)", '',
            f"Ambiguous pairs (distinct ids a reader could merge): {', '.join(a + ' / ' + b for a, b in d['ambiguous'])}", '',
            '| id | ' + ' | '.join(str(y) for y in ys) + ' |', '|---|' + '---|' * len(ys)]
    ids = sorted({r['same_as'] for r in d['rows']})
    for i in ids:
        cells = []
        for y in ys:
            ns = [r['written'] for r in d['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append(' ‖ '.join(n.replace('|', '\\|') for n in ns) if ns else '—')
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
