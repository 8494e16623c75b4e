"""NAMES.md: every indicator name per id per year, from the three key.json files."""
import json, os
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
out = ['# NAMES - blind66', '',
       'Every indicator name as written in the name cell, per id (same id = same indicator) and year.',
       'A line break inside a cell is shown as `\u23ce`; a trailing space as `\u2423`. '
       '`--` = the indicator is absent that year. Ids ending in `b` are the second member of an '
       'ambiguous pair.', '']
for d in sorted(os.listdir(ROOT)):
    kp = os.path.join(ROOT, d, 'key.json')
    if not os.path.isfile(kp):
        continue
    key = json.load(open(kp, encoding='utf-8'))
    years = key['years']
    names = defaultdict(dict)
    for r in key['rows']:
        w = r['written'].replace('\n', '\u23ce')
        if w.endswith(' '):
            w = w[:-1] + '\u2423'
        names[r['same_as']][r['year']] = w.replace('|', '\\|')
    out += ['## %s' % d, '', key['agency'], '',
            'Ambiguous pairs: %s' % ', '.join(' / '.join(p) for p in key['ambiguous']), '',
            '| id | ' + ' | '.join(str(y) for y in years) + ' |',
            '|---|' + '---|' * len(years)]
    def sk(i):
        return (i.rstrip('b'), i)
    for sid in sorted(names, key=sk):
        out.append('| %s | ' % sid + ' | '.join(names[sid].get(y, '--') for y in years) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8').write('\n'.join(out))
print('NAMES.md written')
