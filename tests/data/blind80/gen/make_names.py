"""Write NAMES.md: every name per id and year, from the key files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ['uptd_asrama_mhs_prov_teluk_jingga', 'uptd_pip_pariwisata_kota_pantai_lestari', 'uptd_mangrove_kab_muara_sembilan']
out = ['# NAMES (blind80)', '', 'Names exactly as keyed (`written`); line breaks shown as ⏎, trailing spaces as ·.', '']
for ag in AG:
    k = json.load(open(os.path.join(ROOT, ag, 'key.json')))
    ys = k['years']
    ids = []
    for r in k['rows']:
        if r['same_as'] not in ids:
            ids.append(r['same_as'])
    ids.sort()
    tab = {(r['same_as'], r['year']): r['written'] for r in k['rows']}
    out += [f'## {ag}', '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    for i in ids:
        cells = []
        for y in ys:
            w = tab.get((i, y))
            if w is None:
                cells.append('—')
            else:
                t = w.replace('\n', '⏎').replace('|', '\\|')
                t = t.rstrip(' ') + '·' * (len(t) - len(t.rstrip(' ')))
                cells.append(t)
        out.append(f'| {i} | ' + ' | '.join(cells) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
