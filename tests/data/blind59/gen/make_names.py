"""Write NAMES.md: every indicator name as written, per id and year, from the key files."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOTES = {
    'dishub_kota_bukit_jambangan': {
        'D03': 'ambiguous pair with D03b (scope widened to tempat khusus parkir)',
        'D03b': 'ambiguous pair with D03',
        'D05': 'look-alike of D06 (Jumlah / Persentase APILL)',
        'D06': 'look-alike of D05',
        'D09': 'split in 2023 into D22 (barang) and D23 (penumpang)',
        'D22': 'split from D09; neighbour of D23',
        'D23': 'split from D09; neighbour of D22',
        'D10': '2021: the name wraps, its second row "lulus uji berkala" is a continuation row',
        'D14': 'disappears after 2022', 'D18': 'disappears after 2022',
        'D20': 'appears 2023', 'D21': 'appears 2022', 'D24': 'appears 2022',
    },
    'bapenda_kab_rawa_kemuning': {
        'B05': 'look-alike of B06 (WP baru / WP terdaftar)',
        'B06': 'look-alike of B05',
        'B19': 'ambiguous pair with B19b (kontribusi thd pendapatan daerah vs rasio thd APBD)',
        'B19b': 'ambiguous pair with B19',
        'B12': 'merged with B13 into B14 from 2021', 'B13': 'merged with B12 into B14 from 2021',
        'B14': 'merge of B12 + B13', 'B09': 'disappears after 2021', 'B11': 'appears 2020',
        'B21': 'appears 2021',
    },
    'dp3a_prov_tanah_kencana': {
        'P22': 'split in 2021 into P01 (perempuan) and P02 (anak)',
        'P01': 'look-alike of P02 (perempuan / anak)', 'P02': 'look-alike of P01',
        'P03': 'ambiguous pair with P03b (kasus vs korban)', 'P03b': 'ambiguous pair with P03',
        'P04': 'IPG, neighbour of P05 (IDG)', 'P05': 'IDG, neighbour of P04 (IPG)',
        'P15': '2022: written in the Sasaran column', 'P09': 'disappears after 2022',
        'P19': 'disappears after 2022', 'P13': 'appears 2021', 'P20': 'appears 2022',
    },
}


def show(s):
    s = s.replace('|', '\\|').replace('\n', '⏎')
    if s != s.strip() or '  ' in s:
        s = s.replace(' ', '·')
    return s


def main():
    out = ['# NAMES: every indicator name as written, per id and year', '',
           'Generated from the key files by gen/make_names.py. `⏎` marks a line break inside the cell;',
           'names with a trailing or double space are shown with `·` for every space. Empty = not reported that year.', '']
    for slug in sorted(os.listdir(ROOT)):
        kp = os.path.join(ROOT, slug, 'key.json')
        if not os.path.isfile(kp):
            continue
        key = json.load(open(kp, encoding='utf-8'))
        years = key['years']
        ids = []
        names = {}
        for r in key['rows']:
            if r['same_as'] not in ids:
                ids.append(r['same_as'])
            names[(r['same_as'], r['year'])] = r['written']
        ids.sort(key=lambda x: (int(''.join(ch for ch in x if ch.isdigit())), x))
        out.append('## %s (%s)' % (key['agency'], slug))
        out.append('')
        out.append('| id | ' + ' | '.join(str(y) for y in years) + ' | note |')
        out.append('|---|' + '---|' * len(years) + '---|')
        for i in ids:
            cells = [show(names.get((i, y), '')) for y in years]
            out.append('| %s | %s | %s |' % (i, ' | '.join(cells), NOTES.get(slug, {}).get(i, '')))
        out.append('')
        out.append('%d ids, %d key rows; ambiguous: %s' % (len(ids), len(key['rows']),
                   ', '.join('/'.join(p) for p in key['ambiguous'])))
        out.append('')
    with open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    print('NAMES.md written')


if __name__ == '__main__':
    main()
