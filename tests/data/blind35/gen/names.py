"""Write NAMES.md (id x year table of names as written) from the key files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ['# Indicator names as written, per agency (id x year; "—" = absent)', '']
for folder in ['perikanan_tanjung_wuluh', 'biro_kesra_nusa_kencana', 'dcktr_kota_pranaya']:
    k = json.load(open(os.path.join(ROOT, folder, 'key.json')))
    ys = k['years']
    out += [f'## {k["agency"]} (`{folder}/`)', '', 'Ambiguous pairs (distinct ids a reader could merge): ' +
            ', '.join(f'{a}/{b}' for a, b in k['ambiguous']), '',
            '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---|' + '---|' * len(ys)]
    ids = sorted({r['same_as'] for r in k['rows']})
    for i in ids:
        cells = []
        for y in ys:
            w = [r['written'] for r in k['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append(w[0].replace('|', '\\|') if w else '—')
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
