import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = {
'uptd_balai_ttg_prov_rimba_jaya': """- Look-alikes kept apart: T01 Persentase vs T02 Jumlah desa pemanfaat TTG; T06 Jumlah vs T07 Persentase Posyantek aktif; T04 inovasi (all, inventarisasi) vs T05 inovasi *baru*; T08 laki-laki vs T09 perempuan peserta pelatihan; T18u diuji coba vs T18s disertifikasi.
- Ambiguous pair T19 / T19b: "Jumlah desa binaan (Balai) TTG" (2020-2021) disappears the year "Jumlah desa mitra penerapan TTG" (2022-2023) appears; same unit, similar size, same sasaran. A reader may take it as a rename (binaan -> mitra) or as a new indicator (partner villages applying TTG vs villages coached by the Balai). Keyed as different ids.
- Split: T18 "diuji coba dan disertifikasi" (2020-2021) splits in 2022 into T18u (diuji coba) and T18s (disertifikasi).
- Appearing / disappearing: T21 appears 2021; T16 appears 2022; T17 disappears after 2021; T18, T19 end 2021; T18u, T18s, T19b start 2022.
- Drift kinds: Persentase/Prosentase, yg/kpd/dg/&/thd/tk., TTG vs Teknologi Tepat Guna (TTG), disalurkan/didistribusikan, realisasi/penyerapan anggaran, IKM abbreviation, units in brackets added, Title Case, trailing spaces, line break inside a cell (T03 2023), name wrapped over two rows (T01 2020: only the first row is the key row), name typed in the Sasaran column (T07 2021), name merged over two rows (T03 2022).""",
'uptd_kawasan_industri_kab_sungai_barasa': """- Look-alikes kept apart: K01 Persentase vs K02 Luas lahan terisi; K03 perusahaan beroperasi (total) vs K04 perusahaan *baru*; K08 jalan dibangun vs K09 jalan dipelihara; K16 kapasitas IPAL vs K17 persentase limbah diolah IPAL; K05l lokal vs K05n non lokal.
- Ambiguous pair K19 / K19b: "bangunan pabrik siap pakai (BPSP) yang disewa(kan)" (2019-2021) vs "BPSP yang dimanfaatkan tenant" (2022): leased and used-by-tenant may be the same count or not (tenants may use units without a lease). Keyed as different ids.
- Split: K05 tenaga kerja terserap (2019-2021) splits in 2022 into K05l (lokal) and K05n (non lokal).
- Appearing / disappearing: K18 only 2019; K16 ends 2020; K17 and K20 appear 2020; K19b appears 2022; K05l/K05n appear 2022.
- Drift kinds: KI abbreviation for kawasan industri, perusahaan -> tenant, yg, &, Title Case, units added in brackets ((ha), (km), (Rp)), trailing space (K10 2022), synonyms (retribusi pemakaian kekayaan daerah vs sewa lahan & bangunan; promosi vs kegiatan promosi vs frekuensi promosi).""",
'uptd_geospasial_prov_tanjung_permai': """- Look-alikes kept apart: G01 Persentase vs G02 Jumlah perangkat daerah pengguna data geospasial; G03 peta tematik diterbitkan (all) vs G04 peta tematik *baru*; G08 persentase desa berpeta batas vs G09 desa difasilitasi penegasan batas; G14 jumlah permohonan dilayani vs G15 persentase tepat waktu; G05 dataset dipublikasikan vs G06 persentase dataset sesuai standar metadata.
- Ambiguous pair G19 / G19b: "aplikasi berbasis spasial yang dikembangkan" (2021-2023, FLOW) vs "aplikasi berbasis spasial yang terintegrasi dengan geoportal" (2024, LEVEL): could be the same subject re-worded or a different count. Keyed as different ids.
- Split: G10 ASN dilatih SIG (2021-2023) splits in 2024 into G10l (laki-laki) and G10p (perempuan); G10l vs G10p is also a qualifier look-alike pair.
- Appearing / disappearing: G18 (dokumen kebijakan satu peta) ends 2022 and G20 (RTR terdigitalisasi) appears 2023; G17 appears 2022; G19 ends 2023, G19b appears 2024.
- Drift kinds: PD for perangkat daerah, IG for informasi geospasial, yg, Title Case, diterbitkan/dipublikasikan, dilatih/mengikuti pelatihan/terlatih, software vs perangkat lunak, line break inside a cell (G01 2023), numbering inside the name ("3. " G05 2021), unit moved into the name (G12 2024 "(%)", G16 2024 "(Rp juta)"), trailing space (G13 2024).""",
}
out = ['# blind81 - held-out test set (performance workbooks, drifting indicator names)', '',
'Three invented agencies, four consecutive years each (key-row counts per agency below). Everything is rebuilt by `bash gen/run_all.sh` (openpyxl -> gen/raw/*.xlsx -> soffice convert -> agency folder), which ends with `python3 verify.py` (PASS required).', '',
'## Key conventions (as applied)',
'- One key row per indicator per year. `row` = 1-based row of the name cell (top-left of its merge); `col` given only where several key rows share a sheet row (cards side by side, turned-over tables). `written` = the name cell text exactly (line breaks, trailing spaces, numbering prefixes kept). For a name wrapped over two rows only the first row is the key row and `written` is the first row\'s text.',
'- Numbers in %-formatted cells are fractions keyed in percent points (0,846 -> 84.6). A fraction in a plain cell is a planted mistake keyed as typed.',
'- Text values parsed the Indonesian way after dropping Rp, ",-", units and "*)": "1.185*)" -> 1185, "82,5 %" -> 82.5, "Rp 52.500.000,-" -> 52500000; ranges "80 - 85" -> lower bound; "≥" dropped; grades (BB) and "-" -> null.',
'- Formulas keyed by their cached value, also where wrong.',
'- Without an annual realisasi column: FLOW ids = sum of reported quarters, LEVEL ids = last reported quarter; blank / "-" quarters are not reported. Cumulative "s.d. TW" columns: last reported column. With an annual realisasi column: taken as it stands.',
'- E.81: target = Target Renja K, realisasi = Realisasi Capaian Kinerja K column (formula cached value, or typed over). Renstra matrix: target of the realisasi year. PK Awal/Perubahan: Perubahan. Multi-year tables: only the sheet\'s own year.',
'- Not keyed: sasaran bands, programme/kegiatan rows without an indicator, budget lines, totals, averages, predikat, notes, footnotes, signatures, hidden sheets, hidden draft rows, continuation rows, the second copy of a pasted table.',
'- Key figures are the generators\' intended figures (mistakes included), never read back from files. gen/locators/<agency>.json tells verify.py which cells and rule (cell / sum / last / none) give each figure.', '']
for mp in sorted(glob.glob(f'{ROOT}/gen/meta_*.json')):
    slug = os.path.basename(mp)[5:-5]; m = json.load(open(mp)); k = json.load(open(f'{ROOT}/{slug}/key.json'))
    from collections import Counter
    c = Counter(r['year'] for r in k['rows'])
    out += [f'## {slug}', '', f'Files: {", ".join(k["files"])}. Key rows per year: ' + ', '.join(f'{y}: {c[y]}' for y in k['years']) + f' (total {len(k["rows"])}).', '',
            '| year | workbook | sheet | layout and unusual features |', '|---|---|---|---|']
    out += [f'| {a} | {b} | {s} | {d} |' for a, b, s, d in m['layouts']]
    out += ['', 'Planted mistakes:', '', '| year | cell | indicator | what | keyed |', '|---|---|---|---|---|']
    out += [f'| {a} | {b} | {c_} | {d} | {e} |' for a, b, c_, d, e in m['mistakes']]
    fl = m['flow_level']
    out += ['', 'FLOW ids: ' + ', '.join(i for i in sorted(fl) if fl[i] == 'FLOW'), '', 'LEVEL ids: ' + ', '.join(i for i in sorted(fl) if fl[i] == 'LEVEL'), '', 'Pairs and drift:', '', PAIRS[slug], '']
open(f'{ROOT}/README.md', 'w').write('\n'.join(out))
