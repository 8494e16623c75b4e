"""Write NAMES.md: every written name per id and year, from the agencies' key.json."""
import json, glob, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# NAMES - every name per id and year', '',
       'Names are shown as JSON strings so line breaks (`\\n`) and trailing spaces are visible. `—` = id absent that year.', '']
for kp in sorted(glob.glob(os.path.join(BASE, '*', 'key.json'))):
    k = json.load(open(kp)); ys = k['years']
    out += [f"## {k['agency']}", '', f"ambiguous: {k['ambiguous']}", '',
            '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    ids = []
    for r in k['rows']:
        if r['same_as'] not in ids: ids.append(r['same_as'])
    m = {(r['same_as'], r['year']): r for r in k['rows']}
    for i in sorted(ids):
        cells = []
        for y in ys:
            r = m.get((i, y))
            cells.append('—' if r is None else '`' + json.dumps(r['written'], ensure_ascii=False).replace('|', '\\|') + '`'
                         + f" ({r['sheet']}!{r.get('col', '')}{r['row']})")
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out.append('')
open(os.path.join(BASE, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
