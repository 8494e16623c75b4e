"""Write README.md and NAMES.md from key.json and the generators' notes (gen/out/*/*.json)."""
import os, re, json, glob
from collections import defaultdict, Counter
from common import GEN, ROOT
from make_keys import AGENCIES

INFO = {
 'uptd_ppp_tanjung_lamaru': dict(
  title='UPTD Pelabuhan Perikanan Pantai (PPP) Tanjung Lamaru, Dinas Kelautan dan Perikanan Provinsi Nusa Serindit (invented), 2019-2022',
  layouts=[('2019', 'PK UPTD PPP Tanjung Lamaru 2019.xls', 'annual PK, two header rows, Target and Realisasi each with its own Satuan column, numbered column row, merged Sasaran, budget lines, signature'),
           ('2020', 'RA TW PPP Tanjung Lamaru 2020.ods', 'quarterly Rencana Aksi in vertical 5-row blocks (Target Tahunan + TW I..IV lines, Bone style), no annual realisasi; hidden draft sheet; notes sheet'),
           ('2021', 'Monitoring Realisasi Bulanan PPP 2021.xlsx', 'monthly realisation sheet (Jan..Des) with a `Realisasi s.d. Desember` formula column, sasaran as full-width group rows; instructions sheet'),
           ('2022', 'LKjIP 2022 Bab III PPP Tanjung Lamaru.xlsx', 'LKjIP chapter III table in LONG format: four year-rows (2019-2022) under each indicator, Renstra target merged per block (unexpected layout)')],
  flows='P01, P02, P03, P06, P07, P09, P10, P11, P14, P19, P22, P24 (P11 is reported cumulatively in the 2020 quarterly sheet, so its key there is the TW IV value)',
  levels='P04, P05, P08, P08b, P12, P13, P15, P16, P17, P18, P20, P21, P23',
  negative='P19 (pollution events), P20 (hours to issue an SPB)',
  lookalikes=['P05 `Persentase kapal ... yang memiliki SPB` vs P06 `Jumlah SPB yang diterbitkan` (Persentase vs Jumlah)',
              'P06 (SPB, sailing approvals) vs P07 (STBLKK, arrival reports): two different documents, same targets in some years',
              'P13 `Jumlah nelayan (yang) terdaftar` vs P14 `Jumlah nelayan baru (yang) terdaftar` (X vs X baru)',
              'P15 `fasilitas pokok` vs P16 `fasilitas fungsional` (two sub-types, otherwise identical wording)',
              'P03 `kunjungan kapal perikanan` vs P24 `kapal yang melakukan bongkar muat ikan` (new in 2022) and P04 `kapal ... yang berpangkalan`',
              'P01 `produksi ikan yang didaratkan` (ton) vs P02 `Nilai produksi ikan ...` (Rp) and P18 `mutu ikan`'],
  ambiguous='P08 `Persentase kapal yang menyerahkan log book penangkapan ikan` (2019-2020) vs P08b `Tingkat kepatuhan pengisian logbook penangkapan ikan` / `Persentase kepatuhan logbook penangkapan ikan` (2021-2022). '
            'The 2022 LKjIP block of P08b even carries the P08 figures for 2019-2020, but the wording measures something else (ships that hand in a logbook vs compliance in filling it).',
  drift=['P02 changes unit: Rp juta in 2019-2021 (95.870), Rp miliar in 2022 (112,36); same indicator (scale change, not a collapse)',
         'P21 is a grade (B, BB) in 2019-2021 (key null) and a numeric SAKIP score (70 / 71,35) in 2022',
         'P12 disappears after 2020 (and is not measured in 2020: realisasi null); P14 and P18 appear in 2020, P23 in 2021, P24 in 2022',
         'spelling and form: Prosentase/Persentase, `yg`, `Jml`, `&`, `Rata - rata`/`Rata-rata`/`Waktu rata-rata` (reordered), SPB/STBLKK/IKM written out in some years, units in names `(ton)`, `(Rp. Juta)`, `(kali)`, `(orang)`, `(Rp)`, `(%)`']),
 'bpsdm_prov_bentang_sagara': dict(
  title='Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Bentang Sagara (invented), 2021-2024',
  layouts=[('2021', 'E81 Evaluasi Renja BPSDM 2021 TW IV.xlsx', 'Permendagri 86 form E.81 (TW IV), K/Rp pairs, programme and kegiatan rows, Renstra columns, averages and two signatures; hidden TW III sheet'),
           ('2022', 'Lembar Kinerja BPSDM 2022.ods', 'CARDS SIDE BY SIDE: one 4-row card per indicator, three cards across (unexpected layout); notes sheet listing two indicator names'),
           ('2023', 'PK dan Realisasi BPSDM 2023-2024.xls / sheet `RA 2023`', 'Rencana Aksi with TW I-IV target/realisasi pairs and no annual realisasi column'),
           ('2024', 'PK dan Realisasi BPSDM 2023-2024.xls / sheet `Capaian 2024`', 'LKjIP table with realisasi 2021-2023 columns, Renstra 2026 target, numbered names `1.1 ...`, group rows per sasaran; hidden draft sheet; notes sheet')],
  flows='B02, B03, B04, B06, B07, B14, B16, B17, B20, B21',
  levels='B01, B05, B08, B09, B10, B11, B12, B13, B13b, B15, B18, B19, B22, B23 (B01, B09, B19 rise through the year: cumulative levels, last quarter)',
  negative='B22 (share of participants failing), B23 (days to issue certificates)',
  lookalikes=['B02 PKA (Administrator) vs B03 PKP (Pengawas) vs B21 PKN Tk. II (Nasional): three leadership-training sub-types',
              'B04 `Jumlah peserta Latsar CPNS` vs B05 `Persentase (kelulusan) peserta Latsar CPNS (yang lulus)` (Jumlah vs Persentase)',
              'B05 `... yang lulus` (Latsar only) vs B22 `Persentase peserta pelatihan yang tidak lulus` (all training; negative)',
              'B06 `pelatihan teknis` vs B07 `pelatihan fungsional` (two sub-types) and B16 `pelatihan (berbasis) e-learning / jarak jauh`',
              'B14 `Jumlah ASN yang mengikuti uji kompetensi` vs B15 `Persentase pejabat yang telah diukur kompetensinya` (Jumlah vs Persentase, different population)',
              'B11 `Jumlah widyaiswara (WI) bersertifikat` vs B12 `Jumlah program pelatihan (yang) terakreditasi`',
              'B08 `Indeks Profesionalitas ASN` vs B13/B13b satisfaction indices'],
  ambiguous='B13 `Indeks Kepuasan Masyarakat (IKM) terhadap layanan BPSDM` / `Nilai IKM layanan BPSDM` (2021-2022) vs B13b `Indeks Kepuasan Peserta Pelatihan` (2023-2024); '
            'the 2024 table says `menggantikan IKM layanan BPSDM` but the respondents differ (public vs trainees).',
  drift=['B18 is a grade in 2021 (BB/BB), 2022 (BB/A) and 2024 (A/BB) -> null, but a numeric score in 2023 (75 / 76,12)',
         'values that look wrong but are right: B22 2022 realisasi 0,8 (%) is a true 0,8 % (not a fraction), B05 2022 realisasi 100 against a range target, B09 2021 realisasi 22,5 against the 10x target 200',
         'B17 disappears in 2024; B16 appears in 2022; B21 and B23 appear in 2023; B22 is only in 2021-2022',
         'Renstra changes: 2019-2023 in the 2021 E.81 (target akhir 2023), transition Renstra 2024-2026 in the 2024 table',
         'acronyms: PKA/PKP/PKN Tk. II, Latsar CPNS vs `Pelatihan Dasar Calon Pegawai Negeri Sipil`, IP ASN, JP, bangkom, WI; numbering prefixes `1.1` .. `3.3` in 2024; `≥ 20 JP` in a name']),
 'uptd_parkir_kota_palindra': dict(
  title='UPTD Pengelolaan Parkir, Dinas Perhubungan Kota Palindra (invented), 2022-2025',
  layouts=[('2023', 'Capaian Kinerja UPTD Parkir 2022-2023.ods (top table)', 'annual PK with ONE header row, every value typed as text with its unit in the cell, capaian typed'),
           ('2022', 'Capaian Kinerja UPTD Parkir 2022-2023.ods (bottom table of the same sheet)', 'annual PK with two header rows, separate Satuan column, numeric values, Keterangan; a second whole table on the same sheet (both keyed); hidden draft sheet'),
           ('2024', 'Rekap IKU UPTD Parkir 2024.xlsx', 'the table TURNED OVER: one column per indicator, rows Satuan/Polaritas/Target/TW I-IV/Realisasi/Capaian/Kategori (unexpected layout; key rows carry `col`)'),
           ('2025', 'Evaluasi RA TW III UPTD Parkir 2025.xls', 'two years side by side (2024 target/realisasi as reference) plus 2025 quarters with TW IV still empty and no annual column; hidden TW II sheet')],
  flows='K01, K02, K04, K08, K10, K11, K12, K13, K19, K22',
  levels='K03, K05, K06, K07, K09, K14, K15, K16, K16b, K17, K18, K20, K21 (K16 and K16b are cumulative through the year: last quarter)',
  negative='K09 (leakage of parking revenue), K13 (complaints)',
  lookalikes=['K01 retribusi parkir `tepi jalan umum (TJU)` vs K02 `tempat khusus parkir (TKP)` (two sub-types; acronyms in some years)',
              'K03 `Jumlah titik parkir tepi jalan umum` vs K04 `Jumlah titik parkir (TJU) baru` / `penambahan titik parkir baru` (X vs X baru)',
              'K07 `Persentase titik parkir ... non tunai / e-parking` vs K08 `Jumlah transaksi ... non tunai / e-parking` (Persentase vs Jumlah)',
              'K10 `pelanggaran parkir yang ditindak` vs K11 `kendaraan yang digembok` vs K12 `kendaraan yang diderek` (sub-types of enforcement)',
              'K13 `Jumlah pengaduan` (negative) vs K14 `Persentase pengaduan yang ditindaklanjuti`',
              'K17 `gedung/pelataran parkir (TKP) yang dikelola` vs K03 `titik parkir TJU`; K21 `mesin parkir elektronik (TPE)` vs K07/K08',
              'K05 `Jumlah juru parkir (jukir) terdaftar` vs K06 `Persentase juru parkir ... atribut lengkap` vs K18 `Persentase setoran jukir tepat waktu`'],
  ambiguous='K16 `Rasio realisasi terhadap potensi retribusi parkir` (2022-2024) vs K16b `Persentase capaian target PAD retribusi parkir` (2025, Ket: `indikator baru (pengganti rasio potensi)`): '
            'a replacement with a different denominator (potential vs target).',
  drift=['K20 is a grade in 2022 (B/B), 2023 (BB/B) and 2025 (BB / nothing yet) -> null, a numeric LHE score 70 / 68,4 in 2024',
         'K18 disappears in 2025, K21 appears in 2024, K16 is replaced by K16b in 2025',
         'acronyms TJU/TKP/Jukir/IKM/TPE/KTA written out or not; `yg`, `Jml`, `thd`, `&`; `Prosentase`; `Dikunci Roda (Gembok)` for digembok; units in names `(Rp)`, `(%)`, `(titik)`, `(kali)`, `(aduan)`'])
}


def md_escape(s):
    return (s or '').replace('|', '\\|').replace('\n', ' / ')


def main():
    readme = []
    R = readme.append
    R('# blind49: held-out test set (three invented agencies, four years each)')
    R('')
    R('Everything here is invented: places, people, figures. Each agency folder holds its workbooks and `key.json`. '
      'Workbooks were made with openpyxl (`gen/gen_*.py`, raw xlsx in `gen/raw/`) and then saved through LibreOffice headless (`gen/convert.py`), '
      'so every formula carries a cached value. `gen/run_all.sh` rebuilds everything and runs `verify.py`.')
    R('')
    R('| folder | agency | years | files | key rows |')
    R('| --- | --- | --- | --- | --- |')
    tot = 0
    keys = {}
    for slug in AGENCIES:
        k = json.load(open(os.path.join(ROOT, slug, 'key.json')))
        keys[slug] = k
        n = len(k['rows'])
        tot += n
        per = Counter(r['year'] for r in k['rows'])
        R('| `%s/` | %s | %s | %s | %d (%s) |' % (slug, k['agency'], ', '.join(map(str, k['years'])),
                                                   '<br>'.join('`%s`' % f for f in k['files']), n,
                                                   ', '.join('%d: %d' % (y, per[y]) for y in sorted(per))))
    R('')
    R('Total: %d key rows.' % tot)
    R('')
    R('## Key conventions (as in the brief)')
    R('')
    R('- One key row per indicator per year; `row` is the 1-based row of the indicator\'s name cell (top-left of a merge); `written` is that cell\'s text exactly; '
      '`col` (the name cell\'s column letter) is given where several key rows share one sheet row (cards side by side, the turned-over table).')
    R('- Numbers in %-formatted cells are fractions and are keyed in percent points (0,924 in a `0.0%` cell -> 92.4). Text is parsed in Indonesian convention '
      '(`1.850` = 1850, `85,1` = 85.1, `Rp. 1.250.000.000` = 1250000000, `61.8 %` with a lone decimal point = 61.8). Ranges -> lower bound (`78 - 80` -> 78, `>= 90` / `≥ 95` -> 90 / 95). '
      'Grades (B, BB, A), `-` and empty -> null. Typed mistakes (targets typed 10x, a fraction typed in a General cell) are keyed AS TYPED.')
    R('- Quarterly sheets without an annual realisasi: realisasi = sum of the quarters for flow (per-period) indicators, the last reported quarter for level / cumulative ones '
      '(flows per agency are listed below). Where an annual realisasi column or row exists (E.81 column 12, the monthly `s.d. Desember` column, the 2024 turned-over table), it is the key.')
    R('- Multi-year tables: only the sheet\'s own year is keyed (PPP 2022 long LKjIP table, BPSDM 2024 table, Parkir 2025 side-by-side). Exception: the Parkir sheet `PK 2023 & 2022` holds two whole tables of different years; both are keyed.')
    R('- Not key rows: sasaran / group rows, programme and kegiatan names, budget lines, averages, signatures, hidden sheets, notes sheets, and the second copy of a duplicated row/card/column.')
    R('- `ambiguous` lists pairs a careful reader could merge or not (neither counts as wrong).')
    R('')
    R('## Layouts chosen')
    R('')
    R('Each agency uses a different layout every year. Layouts that a tool might not expect but a clerk could plausibly produce:')
    R('')
    R('1. **Cards side by side** (BPSDM 2022): each indicator a small 4-row card (name / Target / Realisasi / Capaian), three cards across a row band.')
    R('2. **Table turned over** (Parkir 2024): indicators are columns, the measures are rows (made to print on one A3 landscape page).')
    R('3. **Long LKjIP table** (PPP 2022): one block of four year-rows (2019..2022) per indicator, the name merged over the block; the key row is the block\'s first row while the 2022 figures sit on its fourth row.')
    R('4. **Two whole tables of different years on one sheet** in different layouts (Parkir 2023 text-with-units table above, 2022 numeric table pasted below).')
    R('5. **Quarter sheet still open** (Parkir 2025): TW IV column present but empty, no annual column, and last year\'s target/realisasi columns in front of this year\'s target.')
    R('')
    R('Also: Bone-style vertical quarter blocks (PPP 2020), monthly sheet (PPP 2021), E.81 with K/Rp pairs and a hidden earlier-quarter copy (BPSDM 2021), '
      'RA quarter pairs without annual column (BPSDM 2023), LKjIP with earlier-year columns and a Renstra target (BPSDM 2024), hidden draft sheets, notes sheets, signatures, budget lines.')
    R('')
    for slug, inf in INFO.items():
        k = keys[slug]
        R('## `%s/`: %s' % (slug, inf['title']))
        R('')
        R('| year | file | layout |')
        R('| --- | --- | --- |')
        for y, f, lay in inf['layouts']:
            R('| %s | `%s` | %s |' % (y, f, lay))
        R('')
        R('- **Flow indicators** (sum of quarters where no annual value is given): %s.' % inf['flows'])
        R('- **Level indicators** (last reported quarter): %s.' % inf['levels'])
        R('- **Negative indicators** (lower is better): %s.' % inf['negative'])
        R('- **Look-alikes that must NOT be merged:**')
        for x in inf['lookalikes']:
            R('  - %s' % x)
        R('- **Ambiguous (in key.json `ambiguous`):** %s' % inf['ambiguous'])
        R('- **Drift and appearances:**')
        for x in inf['drift']:
            R('  - %s' % x)
        R('')
        for j in sorted(glob.glob(os.path.join(GEN, 'out', slug, '*.json'))):
            d = json.load(open(j))
            rows = [r for r in k['rows'] if r['file'] == d['file']]
            per = Counter((r['sheet'], r['year']) for r in rows)
            R('### `%s`' % d['file'])
            R('')
            R('Key rows: %s.' % ', '.join('sheet `%s` year %d: %d' % (s, y, n) for (s, y), n in sorted(per.items())))
            R('')
            multi = len({r['year'] for r in rows}) > 1
            def annotate(line):
                mm = re.match(r'Traps \(([^)]*)\)', line)
                sel = [r for r in rows if not mm or r['sheet'] == mm.group(1)]
                yrs = len({r['year'] for r in sel}) > 1
                loc = defaultdict(list)
                for r in sorted(sel, key=lambda r: r['row']):
                    s = ('row %d col %s' % (r['row'], r['col'])) if 'col' in r else ('row %d' % r['row'])
                    loc[r['same_as']].append(('%d %s' % (r['year'], s)) if yrs else s)
                def rep(m):
                    i = m.group(1)
                    if i not in loc or line[max(0, m.start() - 1):m.start()] == '(':
                        return i
                    return '%s (%s)' % (i, ', '.join(loc[i]))
                return re.sub(r'\b([PBK]\d\d b?)\b'.replace(' ', ''), rep, line)
            for line in d['doc']:
                line = line.replace('%%', '%')
                if line.startswith('Traps'):
                    line = annotate(line)
                R('- ' + line if not line.startswith('- ') else '  ' + line)
            R('')
            R('<details><summary>key rows of this file</summary>')
            R('')
            R('| sheet | row | col | year | id | written | target | realisasi |')
            R('| --- | --- | --- | --- | --- | --- | --- | --- |')
            for r in rows:
                R('| %s | %d | %s | %d | %s | %s | %s | %s |' % (r['sheet'], r['row'], r.get('col', ''), r['year'], r['same_as'],
                                                            md_escape(r['written']), r['target'], r['realisasi']))
            R('')
            R('</details>')
            R('')
    R('## Files in `gen/`')
    R('')
    R('- `common.py`: cell helpers; every value is written as a spec (`N` number, `P` percent fraction, `T` text with its key value, `F` formula with its expected cached value).')
    R('- `gen_ppp.py`, `gen_bpsdm.py`, `gen_parkir.py`: one per agency; they write raw xlsx to `gen/raw/<agency>/` and notes + key rows (with the cells holding target/realisasi) to `gen/out/<agency>/`.')
    R('- `convert.py`: LibreOffice headless (`-env:UserInstallation=file:///tmp/lo-blind49`) saves each raw workbook in its delivered format (xlsx, xls, ods) into the agency folder.')
    R('- `make_keys.py`: writes `<agency>/key.json` and `gen/cellmap_<agency>.json` (target/realisasi cells and rule: value, sum or last, for verify.py).')
    R('- `make_docs.py`: writes this README and NAMES.md.')
    R('- `../verify.py`: converts xls/ods back to xlsx in `gen/tmp/`, re-reads every key row (name cell text, merge top-left, target and realisasi parsed independently '
      'in Indonesian convention, % format -> points, sums / last quarter), and checks counts (15-25 per agency-year), unique ids per year, `col` where rows are shared, keyed sheets visible.')
    open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(readme) + '\n')

    names = ['# Indicator names per id per year', '',
             'Exactly as written in the name cell (line breaks shown as ` / `). `—` = the indicator is absent that year. '
             'Ambiguous pairs are marked; every other different id is a different indicator.', '']
    for slug in AGENCIES:
        k = keys[slug]
        years = k['years']
        amb = {x for p in k['ambiguous'] for x in p}
        names.append('## %s (`%s`)' % (k['agency'], slug))
        names.append('')
        names.append('| id | ' + ' | '.join(str(y) for y in years) + ' |')
        names.append('| --- |' + ' --- |' * len(years))
        by = defaultdict(dict)
        for r in k['rows']:
            by[r['same_as']][r['year']] = r
        def sk(i):
            import re
            m = re.match(r'([A-Z])(\d+)(\w*)', i)
            return (int(m.group(2)), m.group(3))
        for i in sorted(by, key=sk):
            cells = []
            for y in years:
                r = by[i].get(y)
                cells.append(md_escape(r['written']) + (' (T %s, R %s)' % (r['target'], r['realisasi'])) if r else '—')
            names.append('| %s%s | %s |' % (i, ' (ambiguous)' if i in amb else '', ' | '.join(cells)))
        names.append('')
        names.append('Ambiguous pairs: %s.' % ', '.join('%s / %s' % tuple(p) for p in k['ambiguous']))
        names.append('')
    open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(names) + '\n')
    print('README.md and NAMES.md written')


if __name__ == '__main__':
    main()
