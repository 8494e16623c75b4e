"""Assemble key.json per agency (and the cell map verify.py uses) from the generators' out/*.json."""
import os, json, glob
from common import GEN, ROOT

AGENCIES = {
    'uptd_ppp_tanjung_lamaru': dict(
        agency='UPTD Pelabuhan Perikanan Pantai Tanjung Lamaru, Dinas Kelautan dan Perikanan Provinsi Nusa Serindit',
        ambiguous=[['P08', 'P08b']]),
    'bpsdm_prov_bentang_sagara': dict(
        agency='Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Bentang Sagara',
        ambiguous=[['B13', 'B13b']]),
    'uptd_parkir_kota_palindra': dict(
        agency='UPTD Pengelolaan Parkir, Dinas Perhubungan Kota Palindra',
        ambiguous=[['K16', 'K16b']]),
}


def load(slug):
    files = []
    for j in sorted(glob.glob(os.path.join(GEN, 'out', slug, '*.json'))):
        files.append(json.load(open(j)))
    return files


def main():
    for slug, meta in AGENCIES.items():
        fs = load(slug)
        if not fs:
            continue
        rows, cm = [], []
        for f in fs:
            for k in f['keys']:
                row = dict(file=k['file'], sheet=k['sheet'], row=k['row'])
                if k['use_col']:
                    row['col'] = k['col']
                row.update(year=k['year'], written=k['written'], same_as=k['same_as'],
                           target=k['target'], realisasi=k['realisasi'])
                rows.append(row)
                cm.append(dict(file=k['file'], sheet=k['sheet'], row=k['row'], col=k['col'], year=k['year'],
                               same_as=k['same_as'], tspec=k['tspec'], rspec=k['rspec']))
        order = sorted(range(len(rows)), key=lambda i: (rows[i]['year'], rows[i]['file'], rows[i]['sheet'], rows[i]['row'], rows[i].get('col', '')))
        rows = [rows[i] for i in order]
        cm = [cm[i] for i in order]
        years = sorted({r['year'] for r in rows})
        files = sorted({f['file'] for f in fs})
        key = dict(agency=meta['agency'], years=years, files=files, ambiguous=meta['ambiguous'], rows=rows)
        os.makedirs(os.path.join(ROOT, slug), exist_ok=True)
        with open(os.path.join(ROOT, slug, 'key.json'), 'w') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(GEN, 'cellmap_%s.json' % slug), 'w') as fh:
            json.dump(cm, fh, ensure_ascii=False, indent=1)
        print(slug, len(rows), 'key rows', {y: sum(1 for r in rows if r['year'] == y) for y in years})


if __name__ == '__main__':
    main()
