"""Write NAMES.md (id x year table of names as written) from the three key.json files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# Indicator names as written, per agency (id x year; — = absent that year)', '']
for ag in ('arsip', 'esdm', 'organisasi'):
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    yrs = k['years']; tab = {}
    for r in k['rows']:
        tab.setdefault(r['same_as'], {})[r['year']] = r['written']
    out += [f"## {ag}: {k['agency']}", '', '| id | ' + ' | '.join(map(str, yrs)) + ' |', '|---' * (len(yrs) + 1) + '|']
    for i in sorted(tab):
        out.append(f'| {i} | ' + ' | '.join(tab[i].get(y, '—') for y in yrs) + ' |')
    out += ['', 'Ambiguous pairs: ' + ', '.join(f'{a} / {b}' for a, b in k['ambiguous']), '']
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
