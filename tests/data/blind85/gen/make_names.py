import json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ['uptd_smk_pp_negeri_prov_lembah_sentosa', 'uptd_pasar_hewan_kab_padang_raya', 'uptd_command_center_kota_bandar_arunika']
def esc(s): return repr(s)[1:-1].replace('|', '\\|') if s is not None else ''
out = ['# NAMES', '', 'Every written name per id and year (from key.json; `\\n` = line break inside the cell, trailing spaces kept inside the backticks).', '']
for a in AG:
    k = json.load(open(os.path.join(BASE, a, 'key.json')))
    ys = k['years']; ids = []
    for r in k['rows']:
        if r['same_as'] not in ids: ids.append(r['same_as'])
    ids.sort()
    out += ['## ' + a, '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---|' + '---|' * len(ys)]
    for i in ids:
        cells = []
        for y in ys:
            w = [r['written'] for r in k['rows'] if r['same_as'] == i and r['year'] == y]
            cells.append('`%s`' % esc(w[0]) if w else '—')
        out.append('| %s | %s |' % (i, ' | '.join(cells)))
    out.append('')
open(os.path.join(BASE, 'NAMES.md'), 'w').write('\n'.join(out))
