"""Write NAMES.md (every name per id and year) and the generated tables of README.md."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGS = ['uptd_brt_kota_sungai_kemilau', 'uptd_rehsos_napza_prov_tanah_seroja', 'uptd_embung_air_baku_kab_bukit_randu']
esc = lambda s: '' if s is None else repr(s)[1:-1].replace('|', '\\|')
out = ['# NAMES — every written name per id and year (repr: \\n = line break, trailing spaces kept)\n']
gen = []
for ag in AGS:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    ys = k['years']; ids = []
    for r in k['rows']:
        if r['same_as'] not in ids: ids.append(r['same_as'])
    by = {(r['same_as'], r['year']): r['written'] for r in k['rows']}
    out.append(f'\n## {ag}\n\n| id | ' + ' | '.join(map(str, ys)) + ' |\n|---|' + '---|' * len(ys))
    for i in sorted(ids):
        out.append(f'| {i} | ' + ' | '.join(f'`{esc(by[(i, y)])}`' if (i, y) in by else '—' for y in ys) + ' |')
    notes = json.load(open(os.path.join(ROOT, 'gen', 'raw', ag + '_notes.json')))
    gen.append(f'\n### {ag}: layouts\n\n| year | workbook | sheet | layout |\n|---|---|---|---|')
    for y, f, s, d in notes['layouts']: gen.append(f'| {y} | {f} | {s} | {d} |')
    gen.append(f'\n### {ag}: planted mistakes\n\n| year | cell | indicator | what | keyed |\n|---|---|---|---|---|')
    for m in notes['mistakes']: gen.append(f"| {m['year']} | {m['cell']} | {m['id']} | {m['what']} | {m['keyed']} |")
    cnt = {y: sum(1 for r in k['rows'] if r['year'] == y) for y in ys}
    gen.append(f'\nKey rows per year: ' + ', '.join(f'{y}: {n}' for y, n in cnt.items()) + f' (total {len(k["rows"])})')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out) + '\n')
head = open(os.path.join(ROOT, 'gen', 'README_head.md')).read()
open(os.path.join(ROOT, 'README.md'), 'w').write(head + '\n## Generated tables (from the generators)\n' + '\n'.join(gen) + '\n')
print('NAMES.md, README.md written')
