"""Assemble /work/blind56/NAMES.md and README.md from README_head.md and the doc_*.json fragments written by build.py."""
import os, json, glob

ROOT = '/work/blind56'
GEN = os.path.join(ROOT, 'gen')
ORDER = ['uptd_pstw_seroja_kasih_tanjung_seruni', 'lppl_radio_suara_lembah_rindang', 'uptd_labuji_bahan_kota_muara_temiang']


def esc(s):
    return s.replace('|', '\\|').replace('\n', '⏎')


def idkey(s):
    return (s[:3], s)


def main():
    frags = [json.load(open(os.path.join(GEN, 'doc_%s.json' % s), encoding='utf-8')) for s in ORDER]
    # NAMES.md
    out = ['# NAMES — indicator names per id per year', '',
           'Each cell is the name cell exactly as written (a trailing space is shown as "␠"). "—" = not in that year. '
           'Ids ending in "b" are the second member of an ambiguous pair (merge or split both accepted).', '']
    for f in frags:
        out += ['## %s' % f['name'], '', '`%s/`' % f['slug'], '']
        out.append('| id | ' + ' | '.join(str(y) for y in f['years']) + ' |')
        out.append('|---|' + '---|' * len(f['years']))
        for i in sorted({r['same_as'] for r in f['rows']}, key=idkey):
            cells = []
            for y in f['years']:
                w = [r['written'] for r in f['rows'] if r['same_as'] == i and r['year'] == y]
                cells.append(esc(w[0][:-1] + '␠' if w and w[0].endswith(' ') else w[0]) if w else '—')
            out.append('| %s | %s |' % (i, ' | '.join(cells)))
        out += ['', 'Ambiguous (either way is right): ' + ', '.join(' / '.join(p) for p in f['ambiguous']), '',
                'Look-alikes that must NOT be merged:']
        out += ['- **%s**: %s' % (a, b) for a, b in f['must_not_merge']]
        out.append('')
    open(os.path.join(ROOT, 'NAMES.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # README.md
    body = ['', '# Per agency and per file', '',
            'Row numbers are 1-based sheet rows as delivered. "key" = what key.json holds for that row.', '']
    for f in frags:
        cnt = {}
        for r in f['rows']:
            cnt[r['year']] = cnt.get(r['year'], 0) + 1
        body += ['## %s' % f['name'], '',
                 'Folder `%s/`; files %s.' % (f['slug'], ', '.join('`%s`' % x for x in f['files'])), '',
                 'Key rows: ' + ', '.join('%s: %d' % (y, cnt.get(y, 0)) for y in f['years']) + ' (total %d).' % len(f['rows']), '',
                 '**Flow ids** (per-period amounts: summed over quarters / semesters / months where a sheet has no annual realisasi): '
                 + ', '.join(f['flows']) + '. Every other id is a level (stock, cumulative count, percentage, index, unit cost, '
                 'average days): the last reported period. Negative (lower is better): ' + ', '.join(f['negatives']) + '.', '',
                 '**Ambiguous**: ' + ', '.join(' / '.join(p) for p in f['ambiguous']) + '. **Must not be merged**: '
                 + '; '.join('%s (%s)' % (a, b) for a, b in f['must_not_merge']) + '.', '']
        cur = None
        for s in f['sheets']:
            if s['file'] != cur:
                cur = s['file']
                body += ['### `%s`' % cur, '']
            keyed = [r for r in f['rows'] if r['file'] == s['file'] and r['sheet'] == s['sheet']]
            ys = sorted({r['year'] for r in keyed})
            body.append('- **Sheet "%s"** (%s): %s' % (s['sheet'], ('%d key rows, year %s' % (len(keyed), '/'.join(map(str, ys))))
                                                      if keyed else 'no key rows', s['layout']))
            for n in s['notes']:
                body.append('  - %s' % n)
            if keyed:
                body.append('  - key rows: ' + ', '.join('%d %s' % (r['row'], r['same_as']) for r in keyed))
            body.append('')
    head = open(os.path.join(GEN, 'README_head.md'), encoding='utf-8').read()
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(head.rstrip('\n') + '\n' + '\n'.join(body) + '\n')


if __name__ == '__main__':
    main()
