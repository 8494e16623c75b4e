"""Write NAMES.md: every name per id and year, from the three key.json files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ['uptd_balai_benih_ikan_kab_watu_kembar', 'uptd_perpustakaan_keliling_kota_bumi_asri',
      'uptd_pengelolaan_air_limbah_prov_sungai_rata']
out = ['# NAMES', '', 'Every written name per id and year (line breaks shown as `⏎`, trailing spaces as `·`).', '']
for a in AG:
    k = json.load(open(os.path.join(ROOT, a, 'key.json')))
    ys = k['years']
    ids = []
    cell = {}
    for r in k['rows']:
        if r['same_as'] not in ids:
            ids.append(r['same_as'])
        w = r['written'].replace('\n', '⏎').replace('|', '\\|')
        n = len(w) - len(w.rstrip(' '))
        cell[(r['same_as'], r['year'])] = w.rstrip(' ') + '·' * n
    ids.sort()
    out += [f'## {a}', '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    for i in ids:
        out.append(f'| {i} | ' + ' | '.join(cell.get((i, y), '—') for y in ys) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
