"""Write /work/blind29/NAMES.md: per id, the name written each year (from the key files)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# Names per id and year', '', 'Generated from the key.json files by gen/names.py. "—" = the indicator is absent that year.', '']
for ag in ['bpkad', 'setwan', 'disnakkeswan']:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    ys = k['years']
    out += ['## %s (%s)' % (k['agency'], ag), '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    ids = sorted({r['same_as'] for r in k['rows']})
    for i in ids:
        cells = []
        for y in ys:
            ns = [r['written'] for r in k['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append(' / '.join('`%s`' % n.replace('\n', '⏎').replace('|', '\\|') for n in ns) if ns else '—')
        out.append('| %s | %s |' % (i, ' | '.join(cells)))
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
