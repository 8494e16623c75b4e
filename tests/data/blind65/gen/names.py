"""Write NAMES.md: every indicator name per id per year, from the key files."""
import json
import os

from common import CELLS, ROOT

SLUGS = ['uptd_rusunawa_kota_lembah_sarai', 'uptd_alat_berat_prov_tanjung_arum', 'uptd_pju_taman_kab_rimba_karang']


def cell(r):
    w = json.dumps(r['written'], ensure_ascii=False)[1:-1].replace('|', '\\|')
    return '`%s`' % w


out = ['# blind65: indicator names per id and year', '',
       'Each cell is the name cell\'s text exactly, JSON-escaped (`\\n` = a line break inside the cell); a trailing space '
       'is kept inside the backticks. Empty = the indicator is not in that year. "flow" = realisasi of period sheets is '
       'the sum of the reported periods; the other ids are levels (last reported period). Ids ending in "b" are the '
       'second member of the agency\'s ambiguous pair.', '']
for slug in SLUGS:
    key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
    meta = json.load(open(os.path.join(CELLS, slug + '.json')))
    years = key['years']
    out.append('## %s' % slug)
    out.append('')
    out.append(key['agency'])
    out.append('')
    out.append('Ambiguous pair: %s. Look-alike pairs (keep apart): %s.' % (
        ', '.join(' / '.join(p) for p in key['ambiguous']),
        ', '.join(' / '.join(p) for p in meta['lookalikes'])))
    out.append('')
    out.append('| id | kind | ' + ' | '.join(str(y) for y in years) + ' |')
    out.append('|---|---|' + '---|' * len(years))
    ids = sorted({r['same_as'] for r in key['rows']}, key=lambda i: (i[:3], i))
    for i in ids:
        by = {r['year']: r for r in key['rows'] if r['same_as'] == i}
        kind = 'flow' if i in meta['flow_ids'] else 'level'
        out.append('| %s | %s | ' % (i, kind) + ' | '.join(cell(by[y]) if y in by else '' for y in years) + ' |')
    out.append('')
open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(out))
print('NAMES.md written')
