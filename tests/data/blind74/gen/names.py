"""Write NAMES.md: every indicator name (the key's `written`) per id per year."""
import glob
import json
import os

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
NOTES = {
    'uptd_labkesda_kab_lembah_kemuning': {'L03': 'look-alike A (air minum)', 'L04': 'look-alike B (air bersih)',
                                          'L06': 'ambiguous A', 'L06b': 'ambiguous B',
                                          'L20': 'merged into L17 from 2023', 'L21': 'merged into L17 from 2023',
                                          'L17': 'L20 + L21 merged', 'L05': 'negative', 'L18': 'negative',
                                          'L07': 'grade', 'L16': 'PMI (internal) - do not confuse with PME (L06b)'},
    'uptd_blk_prov_sagara_timur': {'B02': 'look-alike A (Jumlah)', 'B03': 'look-alike B (Persentase)',
                                   'B07': 'ambiguous A', 'B07b': 'ambiguous B', 'B04': 'split into B05 + B06 from 2022',
                                   'B05': 'half of B04', 'B06': 'half of B04', 'B20': 'grade'},
    'uptd_pkb_kota_tirta_kencana': {'K01': 'look-alike A (uji berkala)', 'K08': 'look-alike B (uji pertama)',
                                    'K06': 'ambiguous A (buku uji)', 'K06b': 'ambiguous B (kartu BLUe)',
                                    'K09': 'negative', 'K13': 'grade'},
}


def cell(s):
    return s.replace('|', '\\|').replace('\n', '⏎').replace(' ', '·') if s.endswith(' ') else \
        s.replace('|', '\\|').replace('\n', '⏎')


def main():
    out = ['# NAMES: every indicator name per id per year', '',
           'The text is the key\'s `written` (the name cell exactly). `⏎` marks a line break inside the cell;',
           'a name shown with `·` for spaces ends with a trailing space. "-" = the indicator is absent that year.', '']
    for kp in sorted(glob.glob(os.path.join(ROOT, '*', 'key.json'))):
        slug = os.path.basename(os.path.dirname(kp))
        key = json.load(open(kp, encoding='utf-8'))
        locs = json.load(open(os.path.join(GEN, 'locs', slug + '.json'), encoding='utf-8'))
        flow = set(locs['flow_ids'])
        years = key['years']
        names = {}
        for r in key['rows']:
            names.setdefault(r['same_as'], {})[r['year']] = r['written']
        def sortkey(i):
            return (int(''.join(ch for ch in i if ch.isdigit())), i)
        out += [f'## {key["agency"]}', f'`{slug}` - ambiguous pairs: ' +
                ', '.join(' / '.join(p) for p in key['ambiguous']), '',
                '| id | kind | ' + ' | '.join(str(y) for y in years) + ' | note |',
                '|---|---|' + '---|' * len(years) + '---|']
        for i in sorted(names, key=sortkey):
            kind = 'flow' if i in flow else 'level'
            row = [cell(names[i][y]) if y in names[i] else '-' for y in years]
            out.append(f'| {i} | {kind} | ' + ' | '.join(row) + f' | {NOTES.get(slug, {}).get(i, "")} |')
        out.append('')
    with open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
    print('NAMES.md written')


if __name__ == '__main__':
    main()
