"""Write NAMES.md: every indicator name (the key's `written`) per id per year, per agency."""
import json
import os

from common import ROOT

SLUGS = ['uptd_pib_prov_nusa_kencana', 'uptd_pptd_kota_sungai_permai', 'uptd_ppih_tpi_kab_tanjung_selaksa']


def show(s):
    s = s.replace('|', '\\|').replace('\n', ' ⏎ ')
    if s != s.rstrip(' '):
        s = s.rstrip(' ') + '␠' * (len(s) - len(s.rstrip(' ')))
    return s


out = ['# NAMES: every indicator name per id per year', '',
       'Cell text exactly as keyed (`written`). ⏎ = line break inside the cell, ␠ = trailing space. '
       'Ids ending in `b` are the second member of an ambiguous pair; `—` = indicator absent that year.', '']
for slug in SLUGS:
    key = json.load(open(os.path.join(ROOT, slug, 'key.json'), encoding='utf-8'))
    years = key['years']
    names = {}
    where = {}
    for r in key['rows']:
        names.setdefault(r['same_as'], {})[r['year']] = r['written']
        where[r['year']] = where.get(r['year'], set()) | {r['sheet']}
    out.append(f"## {key['agency']} (`{slug}`)")
    out.append('')
    out.append('Ambiguous pairs: ' + ', '.join(' / '.join(p) for p in key['ambiguous']))
    out.append('')
    out.append('| id | ' + ' | '.join(f"{y} ({', '.join(sorted(where[y]))})" for y in years) + ' |')
    out.append('|---|' + '---|' * len(years))
    for iid in sorted(names, key=lambda x: (x[:3], x)):
        out.append(f'| {iid} | ' + ' | '.join(show(names[iid][y]) if y in names[iid] else '—' for y in years) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8').write('\n'.join(out))
print('NAMES.md written')
