import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# NAMES - every written name per id and year', '', 'Line breaks shown as ⏎, trailing spaces as ·.', '']
for kp in sorted(glob.glob(f'{ROOT}/*/key.json')):
    k = json.load(open(kp)); ys = k['years']
    names = {}
    for r in k['rows']: names.setdefault(r['same_as'], {})[r['year']] = r['written']
    out += [f'## {k["agency"]}', '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    def show(s):
        if s is None: return '—'
        t = s.replace('\n', '⏎').replace('|', '\\|')
        return t.rstrip(' ') + '·' * (len(t) - len(t.rstrip(' ')))
    for i in sorted(names): out.append(f'| {i} | ' + ' | '.join(show(names[i].get(y)) for y in ys) + ' |')
    out.append('')
open(f'{ROOT}/NAMES.md', 'w').write('\n'.join(out))
