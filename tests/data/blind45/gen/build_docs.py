"""Write /work/blind45/README.md and NAMES.md from gen/meta/*.json plus hand-written sections."""
import json, glob, os

ROOT = '/work/blind45'
ORDER = ['uptd_rph_tanjung_seruni', 'disdik_prov_tanah_lumbara', 'uptd_pkb_lembah_kerinan']

LOOKALIKE = {
 'uptd_rph_tanjung_seruni': [
  'R01 (sapi/kerbau, ruminansia besar) vs R02 (kambing/domba, ruminansia kecil) vs R25 (all animals, 2021 only): two sub-types and their total - never merge.',
  'R05 ante mortem vs R06 post mortem: identical figures every year, different indicators - never merge.',
  'R10 Pendapatan retribusi (Rp) vs R11 Persentase realisasi retribusi terhadap target (%): Jumlah vs Persentase - never merge.',
  'R12 Juleha bersertifikat (level) vs R13 Juleha yang dilatih (flow) - never merge.',
  'R18 pengguna jasa terdaftar vs R19 pengguna jasa BARU - never merge ("X baru vs X").',
  'R03 Persentase pemotongan ternak di RPH vs R14 Persentase pemotongan (ternak) betina produktif - never merge.',
  'R20 changes unit (kg in 2018, ton from 2019: 987.300 kg vs 1.024,4 ton) but is the same indicator (same id).',
  'R09 (NKV level, 2018-2019 only), R24 (2018 only), R23 (2020-2021), R25 (2021), R11 (absent 2020), R13/R16 (from 2019): appear/disappear.',
 ],
 'disdik_prov_tanah_lumbara': [
  'P01 APK SMA/SMK/MA vs P02 APM SMA/SMK/MA (Kasar vs Murni; acronym APK/APM in some years) - never merge.',
  'P01 APK Pendidikan Menengah vs P03 APK Pendidikan Khusus (SLB) - never merge.',
  'P04 Angka Putus Sekolah SMA vs P05 ... SMK - never merge (one word apart every year).',
  'P07 Persentase guru bersertifikat pendidik vs P08 Jumlah guru bersertifikat pendidik - never merge.',
  'P14 literasi vs P15 numerasi (2023-2024, otherwise identical wording) - never merge.',
  'P16 RKB SMA vs P17 RKB SMK - never merge.',
  'P22 Rata-rata Lama Sekolah (RLS) vs P23 Harapan Lama Sekolah (HLS) - never merge.',
  'P12 renames DU/DI -> DUDI -> IDUKA but stays one indicator; P01/P02 change "SMA/SMK/MA Sederajat" to "Pendidikan Menengah" but stay one indicator.',
  'P06 (disappears in 2024), P14 (from 2022), P15 (from 2023), P24 (from 2022), P26 (2021-2022), P27 (2021 only).',
 ],
 'uptd_pkb_lembah_kerinan': [
  'K01 kendaraan wajib uji yang DIUJI (flow) vs K03 ... TERDAFTAR (level) - never merge.',
  'K03 terdaftar vs K04 wajib uji BARU (uji pertama) - never merge ("X baru vs X").',
  'K05 Persentase lulus uji vs K06 Persentase TIDAK lulus uji - never merge.',
  'K01 "Jumlah KBWU yang Diuji" vs K15 "Jumlah KBWU yang Diuji Keliling" (2023) - never merge.',
  'K21 mobil barang vs K22 mobil penumpang umum vs K23 mobil bus (sub-types, 2022-2023) vs K01 total - never merge.',
  'K02 Persentase (melakukan) uji berkala / "Cakupan pengujian" vs K18 Persentase terlambat uji - never merge.',
  'KBWU = Kendaraan Bermotor Wajib Uji; BLUe = Bukti Lulus Uji elektronik; UPUBKB = unit uji berkala (Keterangan sheet); 2022 names are UPPER CASE.',
  'K13 (disappears in 2023), K15 (from 2021), K21-K23 (from 2022).',
 ],
}
AMBIG_TEXT = {
 'uptd_rph_tanjung_seruni': ['R04 "Persentase daging ASUH" (2018-2020) vs R04b "Persentase Produk Daging yang ASUH dan Bersertifikat Halal" (2021): words added that narrow the meaning.'],
 'disdik_prov_tanah_lumbara': ['P13 lulusan SMK yang bekerja, melanjutkan, berwirausaha (BMW) (2021, 2023, 2024) vs P13b lulusan SMK yang terserap di dunia kerja (2022; the Petunjuk sheet says it counts only those working).',
                               'P25 guru yang mengikuti peningkatan kompetensi / diklat (2021-2023) vs P25b guru peserta PKB (2024; Catatan sheet says the measure changed).'],
 'uptd_pkb_lembah_kerinan': ['K12 Persentase alat uji terkalibrasi (2020-2022) vs K12b ... terkalibrasi dan tersertifikasi (2023; Keterangan sheet says the scope widened).'],
}
UNEXPECTED = """
Layouts a tool may not expect (chosen as things a real clerk plausibly produces):
1. **Card / form layout** (PKB 2020, `Lembar PK 2020`): no table at all; each indicator is a 5-line card
   ("Indikator Kinerja : ...", "Satuan :", "Target :", "Realisasi :", "Capaian (%) :"), two cards side by side,
   so two indicators share one key row.
2. **Transposed matrix** (PKB 2023, `Matriks 2023`): indicators across columns, fields down the rows; every
   name cell is on row 5.
3. **Stacked Target/Realisasi rows split over one sheet per sasaran** (Disdik 2022, `SS1`..`SS4`): each
   indicator takes two rows (Uraian = Target / Realisasi); the year's indicators are spread over four sheets.
4. **Raw e-SAKIP export** (PKB 2022, `export_2022`): snake_case header on row 1, no title, UPPER-CASE names,
   sasaran repeated on every row, a `tahun` column, hand-edited cells.
5. **Year trap** (Disdik 2023, `PK 2023`): the title says TAHUN 2022 (copied), everything else says 2023.
"""


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', '⏎')


def fmtv(v):
    if v is None:
        return 'null'
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return str(v)


def main():
    metas = [json.load(open(f'{ROOT}/gen/meta/{s}.json')) for s in ORDER]
    R = ['# blind45 - held-out test set: three invented agencies, four years each', '',
         'Everything here is invented (places, people, figures). Generators: `gen/*.py`, rebuilt by `gen/run_all.sh` '
         '(raw workbooks written with openpyxl to `gen/raw/`, then saved through LibreOffice headless into the '
         'delivered .xlsx/.xls/.ods so that formulas carry cached values). `verify.py` re-reads every key row from '
         'the delivered files (xls/ods converted back to xlsx in `gen/tmp/`).', '',
         '## Key conventions (as in the brief)', '',
         '- One key row per indicator per year; `row` is the 1-based row of the indicator name cell (top-left of a merge); '
         '`written` is that cell\'s exact text (including numbering prefixes, a trailing space in R22 2021 and the '
         'line breaks "\\n" of two PKB 2023 names).',
         '- Numbers in %-formatted cells are fractions: keyed in percent points. Text is parsed Indonesian style '
         '("10.236 orang" = 10236, "71,6 %" = 71.6, "Rp 780.000.000" = 780000000). Ranges -> lower bound ("86 - 88 %" -> 86, '
         '"≥ 75" / ">= 90" -> 75 / 90). Grades (A, B, BB), "Level III", "-" -> null.',
         '- Typed mistakes are keyed AS TYPED (10x targets, fractions typed into percent-point rows, a realisasi column typed 0).',
         '- Quarterly/monthly sheets without an annual realisasi: realisasi = sum of periods for FLOW ids, last reported '
         'period for level/cumulative ids. Where an annual realisasi column exists, it is the key (its cached value).',
         '- Multi-year tables: only the sheet\'s own year is keyed. Not keyed: sasaran/group rows, programme/kegiatan names '
         'without an indicator, budget lines, averages, signatures, hidden sheets, notes, the second copy of a duplicated row.',
         '- `ambiguous` pairs: merging or splitting them is not counted wrong.', '', UNEXPECTED, '']
    R.append('## Summary\n')
    R.append('| folder | agency | years | files | key rows |')
    R.append('| --- | --- | --- | --- | --- |')
    for m in metas:
        n = len(m['specs'])
        R.append(f"| `{m['slug']}/` | {m['agency']} | {', '.join(map(str, m['years']))} | "
                 f"{'; '.join(b['file'] for b in m['books'])} | {n} |")
    R.append('')
    for m in metas:
        slug = m['slug']
        R.append(f"## `{slug}/` - {m['agency']}\n")
        R.append(f"Years {m['years']}. Flow ids (sum of periods): {', '.join(m['flows'])}. All other ids are levels / "
                 f"cumulative (last reported period). Negative-polarity ids (lower is better): {', '.join(m['extra']['neg'])}.\n")
        R.append('**Look-alikes that must NOT be merged, and drift that must be merged:**\n')
        for t in LOOKALIKE[slug]:
            R.append(f'- {t}')
        R.append('\n**Ambiguous pairs (in key.json `ambiguous`):**\n')
        for t in AMBIG_TEXT[slug]:
            R.append(f'- {t}')
        R.append('')
        for b in m['books']:
            R.append(f"### {b['file']}  ({b['fmt']})\n")
            for l in b['layout']:
                R.append(f"- sheet `{l['sheet']}`: {l['text']}")
            R.append('')
            if b['notes']:
                R.append('Planted mistakes and traps:\n')
                for nt in sorted(b['notes'], key=lambda x: (x['sheet'] or '', x['row'] or 0)):
                    where = f"`{nt['sheet']}` row {nt['row']}" if nt['row'] else f"`{nt['sheet']}`"
                    R.append(f"- {where}: {nt['text']}")
                R.append('')
            rows = [s for s in m['specs'] if s['file'] == b['file']]
            R.append('Key rows:\n')
            R.append('| sheet | row | name cell | id | year | target | realisasi | written |')
            R.append('| --- | --- | --- | --- | --- | --- | --- | --- |')
            for s in rows:
                R.append(f"| {s['sheet']} | {s['row']} | {s['name_cell']} | {s['same_as']} | {s['year']} | "
                         f"{fmtv(s['target'])} | {fmtv(s['realisasi'])} | {esc(s['written'])} |")
            R.append('')
    open(f'{ROOT}/README.md', 'w').write('\n'.join(R) + '\n')

    N = ['# NAMES - indicator names per id per year (exact written text; ⏎ = line break)', '',
         'Ids ending in "b" are the second member of an ambiguous pair. "—" = indicator absent that year.', '']
    for m in metas:
        N.append(f"## {m['agency']} (`{m['slug']}`)\n")
        ys = m['years']
        N.append('| id | flow/level | ' + ' | '.join(map(str, ys)) + ' |')
        N.append('| --- | --- | ' + ' | '.join('---' for _ in ys) + ' |')
        ids = {}
        for s in m['specs']:
            ids.setdefault(s['same_as'], {})[s['year']] = s['written']
        def sk(i):
            return (i[0], int(''.join(ch for ch in i[1:] if ch.isdigit())), i)
        for i in sorted(ids, key=sk):
            kind = 'flow' if i in m['flows'] else 'level'
            if i in m['extra']['neg']:
                kind += ', neg'
            N.append(f'| {i} | {kind} | ' + ' | '.join(esc(ids[i].get(y, '—')) for y in ys) + ' |')
        N.append('')
    open(f'{ROOT}/NAMES.md', 'w').write('\n'.join(N) + '\n')
    print('README.md and NAMES.md written')


if __name__ == '__main__':
    main()
