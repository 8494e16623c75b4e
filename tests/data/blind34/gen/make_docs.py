import json, os
G = os.path.dirname(os.path.abspath(__file__)); B = os.path.dirname(G)
LAYOUT = {
'kehutanan': [
 ('Pengukuran_Kinerja_Dishut_2018.xls', 'sheet "PK 2018", year 2018. Two-row layout: header rows 6-7 (merged; F6:G6 "Tahun 2018" over Jumlah / Capaian), row 8 column numbers (1)-(8). Each indicator = 2 rows: name in C (merged over both), D says "Target" / "Realisasi", value in F (target on the name row, realisasi on the next row), capaian formula in G on the Realisasi row. Sasaran in B merged over its indicators. Budget lines, footnote and signature below. Key row = name row.'),
 ('RENAKSI DISHUT 2019.ods', 'sheet "Renaksi 2019", year 2019. Rencana Aksi: header rows 6-8 (merged; "TW I".."TW IV" each over T / R). Name in C, Satuan D, annual target E, TW targets F,H,J,L, TW realisasi G,I,K,M, capaian N (formula), PJ in O. No annual realisasi: key realisasi = TW IV for cumulative/level indicators (TW IV target = annual target) and the sum of TW I-IV for per-quarter ones (quarter targets add up to the annual target: KH08, KH09, KH10, KH12, KH13).'),
 ('LKjIP_Dishut_2020-2021.xlsx', 'sheet "2020", year 2020: one column A holds "1. <sasaran>" (group row), "1.1 <indikator>" and sub-indicators "a. Madu hutan" / "b. Getah pinus" (keyed; written without leading spaces); Satuan B, Target C, Realisasi D, Capaian E (formula), Ket. F; header row 5 with line breaks. Sheet "2021", year 2021: LKjIP table 3.1, header rows 5-6 merged + row 7 numbers: No A, Indikator B, Satuan C, Realisasi 2019 D and 2020 E (comparison only, NOT keyed), Target 2021 F, Realisasi 2021 G (keyed), Capaian H, Target akhir Renstra 2023 I, capaian thd Renstra J; sasaran group rows merged A:J. Sheet "Rekap": formulas pointing at 2020/2021 (names and capaian only), no key rows.'),
],
'sdabm': [
 ('E81_Evaluasi_Renja_DSDABM_TW4_2021.xlsx', 'sheet "E81 TW IV 2021", year 2021. Permendagri 86 form E.81: header rows 6-8 (merged, K/Rp pairs), row 9 column numbers "1".."15" with rules "12 = 8+9+10+11", "13 = 6 + 12", "14 = 13/5 x 100". A No, B Sasaran, C Program/Kegiatan, D Indikator (name), E Satuan, F/G (5) Renstra 2024, H/I (6) s.d. 2020, J/K (7) Renja 2021, L..S TW I-IV K/Rp, T/U (12), V/W (13), X/Y (14), Z unit PD. Key target = J (7 K); realisasi = cached value of T (12 K). Level indicators fill only TW IV and col 12 = TW IV (=R); counts sum the quarters. Rows after the table: Rata-rata capaian, Predikat, faktor pendorong/penghambat, two signatures (not keyed).'),
 ('Realisasi_Bulanan_DSDABM_2022.xls', 'sheet "Real. Bulanan 2022", year 2022. Monthly sheet: header rows 5-6 (F5:Q5 "Realisasi Bulan Ke-", months Januari..Desember in row 6), No A, name B, Satuan C, Target 2022 D, blank spacer column E, months F..Q, "Sifat Data" R ("Kumulatif" / "Per bulan"), Capaian S (formula). Group rows "A. BIDANG BINA MARGA" etc. No annual realisasi: key realisasi = last filled month for "Kumulatif" (level) rows, sum of the 12 months for "Per bulan" rows.'),
 ('Kinerja DSDABM 2023-2024.ods', 'sheets "TA 2023" (year 2023) and "2023" (holds 2024: wrong year in sheet name; title and headers say 2024). Header row 5 with line breaks: No A, Sasaran B, Indikator C, Polaritas D (Positif/Negatif), Satuan E, Target F, Realisasi G, blank column H, Capaian I (formula; negatives (2T-R)/T), Kategori J (formula). In the 2024 sheet every % indicator is stored as a fraction in a 0.00% cell (keyed in percent points). Sheet "Ringkasan": formulas pointing at both sheets (names and capaian), no key rows.'),
],
'hukum': [
 ('PK_Bagian_Hukum_2016.xlsx', 'sheet "PK 2016", year 2016. Header rows 6-7 with line breaks; D6:F6 merged "Tahun 2016" over Target / Realisasi / % Capaian; Ket. G. Name in C, sasaran in B (merged). Most figures are text with units ("12 Perda", "1.850 Dokumen", "93,50 %"); HK02/HK03/HK07 are numbers with a formula capaian; other capaian typed. Range target "80-85 %" keyed as its lower bound 80; "≥ 90 %" keyed 90. Budget lines, two footnotes and signature below.'),
 ('Renaksi Bag Hukum 2017.ods', 'sheet "Renaksi 2017", year 2017. Bone-style Rencana Aksi: each indicator is a 5-row block; name in C merged over the block (key row = first row, "Target Tahunan :"), D criteria label ("TW 1 (B03) :" ...), E target (annual on the first row, quarter targets below), F realisasi per quarter, G % (formula). No annual realisasi: key = TW 4 realisasi where the TW 4 target equals the annual target (cumulative/level), else the sum of TW 1-4 (quarter targets add up to the annual target).'),
 ('LKjIP_BagHukum_2018_2019.xls', 'sheet "LKjIP 2018", year 2018: header rows 5-6 merged; name B, Satuan C, "Tahun 2018" block D Target / E Realisasi / F Capaian, blank column G, "Tahun 2017 (pembanding)" block H Realisasi / I Capaian (NOT keyed), J kenaikan. Sasaran group rows in capitals. Sheet "LKjIP 2019", year 2019: name B, Satuan C, Realisasi 2017 D and 2018 E (comparison, NOT keyed), Tahun 2019 F Target / G Realisasi (keyed) / H Capaian, I Target akhir Renstra 2021, J capaian thd Renstra, K Status (formula); sasaran rows merged A:K.'),
],
}
out = ['# Blind set 34: held-out performance workbooks', '',
 'Invented places: Provinsi Nusa Kencana (Dinas Kehutanan, 2018-2021), Kabupaten Tanah Meranti (Dinas Sumber Daya Air dan Bina Marga, 2021-2024), Kota Batu Lintang (Bagian Hukum Setda, 2016-2019). All people, NIPs and figures invented.', '',
 '## Keying conventions',
 '- Target/realisasi as a careful reader takes them from the cell: fraction in a % cell -> percent points; Indonesian text parsed ("1.850 Dokumen" = 1850, "85,1" = 85.1); range "80-85 %" -> lower bound 80; "≥ 270" -> 270; grades (B, BB), "-", "N/A" -> null; typed mistakes keyed as typed (e.g. the 10x targets).',
 '- Rencana Aksi / monthly sheets: realisasi = last period for cumulative/level indicators, sum of periods for per-period ones (see each file). E.81: target = col 7 K, realisasi = cached col 12 K.',
 '- Multi-year tables: only the columns of the sheet\'s own year are keyed (comparison years are not).',
 '- Group rows (sasaran), budget lines, Rata-rata rows, signatures, Rekap/Ringkasan sheets are not key rows. Duplicated indicator rows are both keyed with the same id.',
 '- `ambiguous` in key.json: different ids a reasonable reader could merge (KH06/KH06B, SD15/SD15B, HK06/HK06B). Look-alikes that are NOT the same and are not listed: KH01/KH02, KH04/KH05, KH10/KH11, KH08/KH09, SD01/SD02/SD16, SD05/SD06, SD07/SD08/SD09, SD10/SD11, SD13/SD14, HK01/HK02/HK13, HK07/HK08, HK10/HK11, HK05/HK06.',
 '- Frozen panes are set by the generators but LibreOffice headless conversion drops them; print titles survive.', '']
for ag in ('kehutanan', 'sdabm', 'hukum'):
    key = json.load(open(os.path.join(B, ag, 'key.json')))
    notes = open(os.path.join(G, 'raw', ag + '_notes.txt')).read().strip().splitlines()
    out += [f'## {ag}/ — {key["agency"]}', f'Years {key["years"]}; {len(key["rows"])} key rows.', '']
    for fn, desc in LAYOUT[ag]:
        n = sum(1 for r in key['rows'] if r['file'] == fn)
        out += [f'### {fn} ({n} key rows)', desc, '', 'Planted mistakes / oddities:']
        pref = {'LKjIP_Dishut_2020-2021.xlsx': ('2020 ', '2021 ', 'Rekap ')}.get(fn, ())
        for l in notes:
            if l.startswith(fn) or (pref and l.startswith(pref)):
                out.append('- ' + l.replace(fn, '').lstrip(': '))
        out.append('')
open(os.path.join(B, 'README.md'), 'w').write('\n'.join(out) + '\n')
# NAMES.md
nm = ['# Indicator names by year', '', '"—" = absent that year. Same id = same indicator.', '']
for ag in ('kehutanan', 'sdabm', 'hukum'):
    key = json.load(open(os.path.join(B, ag, 'key.json')))
    ys = key['years']; names = {}
    for r in key['rows']: names.setdefault(r['same_as'], {})[r['year']] = r['written']
    nm += [f'## {ag}', '', '| id | ' + ' | '.join(map(str, ys)) + ' |', '|---' * (len(ys) + 1) + '|']
    for iid in sorted(names):
        nm.append(f'| {iid} | ' + ' | '.join(names[iid].get(y, '—').replace('|', '/') for y in ys) + ' |')
    nm.append('')
open(os.path.join(B, 'NAMES.md'), 'w').write('\n'.join(nm) + '\n')
