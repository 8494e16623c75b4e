import json, os, glob
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# NAMES', '', 'Every name as written, per id and year (line breaks shown as ⏎, trailing spaces as ·).', '']
for kf in sorted(glob.glob(os.path.join(B, '*', 'key.json'))):
    k = json.load(open(kf)); ys = k['years']
    out += [f"## {k['agency']}", '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    ids = []
    for r in k['rows']:
        if r['same_as'] not in ids: ids.append(r['same_as'])
    for i in sorted(ids):
        cells = []
        for y in ys:
            w = [r['written'] for r in k['rows'] if r['same_as'] == i and r['year'] == y]
            if not w: cells.append('—'); continue
            t = w[0]; n = len(t.rstrip(' ')); t = t[:n] + '·' * (len(t) - n)
            cells.append(t.replace('\n', '⏎').replace('|', '\\|'))
        out.append(f"| {i} | " + ' | '.join(cells) + ' |')
    out.append('')
open(os.path.join(B, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
