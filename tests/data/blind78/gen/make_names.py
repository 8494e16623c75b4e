"""Write NAMES.md: every name per id and year, taken from the keys."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ['uptd_psda_ws_batang_lirik', 'uptd_bpp_tani_kab_gading_mas', 'uptd_btp_prov_lembah_sari_raya']
def show(s):
    return s.replace('|', '\\|').replace('\n', '⏎') + ('␠' * (len(s) - len(s.rstrip(' '))) if s != s.rstrip(' ') else '')
out = ['# NAMES', '', 'Every `written` name per id and year (⏎ = line break inside the cell, ␠ = trailing space). Empty = id absent that year.', '']
for ag in AG:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    ys = k['years']; ids = []
    for r in k['rows']:
        if r['same_as'] not in ids: ids.append(r['same_as'])
    ids.sort(key=lambda i: (i[:3], i))
    m = {(r['same_as'], r['year']): r['written'] for r in k['rows']}
    out += [f'## {ag}', '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---|' + '---|' * len(ys)]
    for i in ids:
        out.append(f'| {i} | ' + ' | '.join(show(m[(i, y)]) if (i, y) in m else '' for y in ys) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
