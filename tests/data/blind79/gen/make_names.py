"""Write NAMES.md: every written name per id and year, from the three key.json files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGS = ['uptd_rsk_paru_prov_bukit_kenanga', 'uptd_balai_k3_prov_selat_mawar', 'uptd_balai_bahasa_kab_rantau_pandan']


def cell(s):
    core = s.rstrip(' ')
    return core.replace('|', '\\|').replace('\n', '⏎') + '␠' * (len(s) - len(core))


out = ['# NAMES — every written name per id and year', '',
       'Written exactly as in the name cell; `⏎` marks a line break inside the cell, `␠` a trailing space '
       '`—` = id not present that year.', '']
for ag in AGS:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    years = k['years']
    ids = []
    tab = {}
    for r in k['rows']:
        if r['same_as'] not in ids:
            ids.append(r['same_as'])
        tab[(r['same_as'], r['year'])] = r['written']
    ids.sort(key=lambda i: (i[:3], len(i), i))
    out += [f'## {ag}', '', 'ambiguous: ' + ', '.join(' / '.join(p) for p in k['ambiguous']), '',
            '| id | ' + ' | '.join(map(str, years)) + ' |', '|---|' + '---|' * len(years)]
    for i in ids:
        out.append(f'| {i} | ' + ' | '.join(cell(tab[(i, y)]) if (i, y) in tab else '—' for y in years) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
