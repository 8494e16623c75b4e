"""Write README.md and NAMES.md from the keys plus the hand-written notes below."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AG = ['puskeswan_lembah_sari', 'terminal_pinang_lestari', 'inspektorat_nusa_kencana']

LAYOUT = {
 'PK_UPTD_Puskeswan_2019.xls': """Sheet `PK 2019` (visible): title rows 1-4 in C; header rows 6-7 (merged: No, Sasaran Strategis, Indikator Kinerja, Target[Nilai|Satuan], Realisasi[Nilai|Satuan], Capaian (%), Keterangan); numbered column row 8 `(1)..(9)`; data rows 9-28 (A No merged per sasaran, B Sasaran merged, C indikator, D target, E satuan, F realisasi, G satuan, H capaian formula, I ket). Budget lines and signature (G) below. Sheet `draft` is HIDDEN (same names, different numbers, realisasi 0) - not keyed.""",
 'RA_Puskeswan_2020.xlsx': """Sheet `Rencana Aksi 2020`: title rows 1-3; header rows 5-6 (No, Indikator Kinerja, Satuan, Target Tahunan, TW I..TW IV each T|R, Ket); sasaran group rows spanning A:M (`Sasaran : ...`, not keyed) at rows 7, 15, 22; NO annual realisasi column -> key realisasi = sum of the four R for flows, last reported quarter for levels. Quarter targets: per quarter for flows, cumulative for levels. Sheet `Keterangan`: notes.""",
 'Kinerja_Puskeswan_2021_2022.ods': """Sheet `LKjIP 2021`: Tabel 3.2, one header row 4 (No, Sasaran merged per group, Indikator, Satuan, Realisasi 2019, Realisasi 2020, Target 2021, Realisasi 2021, Capaian 2021, Target Akhir Renstra (2023), Capaian s/d 2021 thd Renstra); data rows 5-23; percent indicators stored as fractions with 0.00% format (keyed in points); only 2021 keyed (2019/2020 columns are context). Sheet `Capaian 2022`: TWO YEARS SIDE BY SIDE, header rows 4-5 (Tahun 2021 [Target, Realisasi, Capaian] | Tahun 2022 [...]), roman-numbered group rows (not keyed); only 2022 (G target, H realisasi) keyed; number prefix in A and inside the name. Sheet `Catatan`: notes.""",
 'PK_Terminal_Pinang_Lestari_2021.xlsx': """Sheet `PK 2021`: title rows 1-3 merged A:G; ONE header row 5 (No, Sasaran Strategis, Indikator Kinerja, Target, Realisasi, Capaian, Keterangan); data rows 6-24; every Target/Realisasi/Capaian is TEXT with its unit in the same cell ("79.450 orang", "82,5 %", "Rp. 312.450.000") - parsed Indonesian. Sheet `Sheet2` empty; `Catatan` notes.""",
 'Evaluasi_Renja_Terminal_2022.xls': """Sheet `E81 TW IV 2022`: Permendagri 86 form E.81, 15-column scheme with Kode and Satuan columns; header rows 6-7 (group titles, K|Rp), numbered row 8 (1..6 single, 7..16 over K/Rp pairs, 17 unit). Columns: A No, B Sasaran (repeated per indicator row), C Kode, D Program/Kegiatan, E Indikator, F Satuan, G/H Target Renstra, I/J Realisasi Renstra s.d. 2021, K/L Target Renja 2022, M..T TW I-IV K/Rp, U/V Realisasi Renja = SUM of quarters (flows) or =TW IV (levels), W/X Realisasi Renstra, Y/Z capaian Renstra, AA unit. Programme rows (9, 26) and kegiatan rows (10, 19, 27) carry Rp only: not keyed. Key target = K, realisasi = U (the sheet's own column 12). Faktor pendorong/penghambat and two signatures below. Sheet `E81 TW III 2022` HIDDEN - not keyed.""",
 'Terminal_Pinang_Lestari_2023_2024.ods': """Sheet `Bulanan 2023`: MONTHLY sheet, one header row 4 (No, Indikator, Satuan, Target 2023, Jan..Des, Realisasi 2023, Capaian); data rows 5-22; key realisasi = column Q as the sheet states it (SUM for flows, =Des for levels, except planted formula mistakes). Row 23 `Rata-rata capaian` not keyed. Sheet `Rekap 2024`: TRANSPOSED (unexpected layout) - indicators ACROSS THE COLUMNS in two printed blocks: block 1 rows 3-7 (A labels: Indikator Kinerja / Satuan / Target 2024 / Realisasi 2024 / Capaian), names in B3:J3; block 2 rows 11-15, names in B11:I11. Key rows share a row, so each carries `col`. % stored as fractions with 0.0% format. Sheet `Catatan` notes.""",
 'Inspektorat_Kinerja_2017_2018.xlsx': """Sheet `PK 2017`: title rows 1-2; header row 4 + numbered row 5 (No, Sasaran, Indikator, Polaritas, Satuan, Target, Realisasi, Capaian, Ket); data rows 6-24; capaian formula `IF(D="Positif", G/F*100, (2F-G)/F*100)`. Sheet `RA TW 2018`: quarterly, header rows 4-5 + numbered row 6 (No, IKU, Satuan, Target 2018, Triwulan I-IV Target|Real., Realisasi s.d. TW IV, Capaian); data rows 7-24; key realisasi = column M (annual column present). Sheet `PK 2018 lama` HIDDEN - not keyed. Sheet `Catatan` notes.""",
 'E81_Inspektorat_2019.xls': """Sheet `Evaluasi Renja TW IV`: E.81, 17-column scheme (adds column 15 Tingkat Capaian Renja %), header rows 6-7, numbered row 8 (1-6 single columns, 7-17 over the K/Rp pairs, 18 unit); columns A No, B Sasaran, C Kode (1.20.1.20.03.22...), D Program/Kegiatan, E Indikator, F Satuan, G/H Target Renstra, I/J Realisasi s.d. 2018, K/L Target Renja 2019, M..T TW I-IV K/Rp, U/V Realisasi Renja, W/X Tingkat capaian, Y/Z, AA/AB Renstra, AC unit. Programme rows 9, 29 and kegiatan rows 10, 20, 23, 30 are budget lines (not keyed). Rows below: `Rata-rata capaian kinerja (%)`, `Predikat kinerja`, two signatures (not keyed).""",
 'LKjIP_Inspektorat_2020.ods': """Sheet `Capaian IKU 2020`: CARD LAYOUT (unexpected layout) - each indicator is a vertical block: row `Indikator | <name merged B:G>` (the key row), `Satuan`, `Realisasi 2018 | v | Realisasi 2019 | v`, `Target 2020 | v | Realisasi 2020 | v | Capaian (%) | v`, `Target Renstra 2023 | v`, blank. Each sasaran starts with a `Sasaran n | text` row (not keyed). Only 2020 keyed (target = B of the Target row, realisasi = D). Sheet `Sheet1` HIDDEN draft; `Keterangan` notes.""",
}

# mistakes/traps per (file, id): text; the row is taken from the key
TRAPS = {
 ('PK_UPTD_Puskeswan_2019.xls', 'A02'): 'realisasi typed as text "1.250 ekor" (keyed 1250); capaian formula has the constant 1250 inside',
 ('PK_UPTD_Puskeswan_2019.xls', 'A05'): 'NEGATIVE indicator (PHMS cases) with the positive formula F/D*100 (75,00 instead of 125,00)',
 ('PK_UPTD_Puskeswan_2019.xls', 'A20'): 'target typed "<= 2" (keyed 2); negative indicator, capaian formula with constants',
 ('PK_UPTD_Puskeswan_2019.xls', 'A07'): 'capaian formula points at the NEXT row (=F+1/D+1)',
 ('PK_UPTD_Puskeswan_2019.xls', 'A08'): 'row DUPLICATED in the next row (second copy not keyed); negative indicator (S/C)',
 ('PK_UPTD_Puskeswan_2019.xls', 'A11'): 'capaian typed 95 (true 104,79)',
 ('PK_UPTD_Puskeswan_2019.xls', 'A12'): 'target typed 10x: 3000 instead of 300 (keyed AS TYPED 3000)',
 ('PK_UPTD_Puskeswan_2019.xls', 'A16'): 'grades: target "B", realisasi "B" (keyed null), capaian typed 100',
 ('RA_Puskeswan_2020.xlsx', 'A01'): 'TW IV realisasi typed "82,1 %" text (level -> keyed 82.1)',
 ('RA_Puskeswan_2020.xlsx', 'A03'): 'target a range "75-80" (keyed 75)',
 ('RA_Puskeswan_2020.xlsx', 'A09'): 'flow with TW II realisasi "-" (keyed sum of TW I+III+IV = 571 - TW II part)',
 ('RA_Puskeswan_2020.xlsx', 'A13'): 'TW III realisasi typed "<n> orang" (text with unit, keyed in the sum); flow -> sum',
 ('RA_Puskeswan_2020.xlsx', 'A15'): 'level (IKM) with TW IV realisasi "-": keyed last reported quarter (TW III)',
 ('RA_Puskeswan_2020.xlsx', 'A16'): 'grades only in TW IV ("B" / "BB"), keyed null',
 ('RA_Puskeswan_2020.xlsx', 'A17'): 'TW IV realisasi typed as the FRACTION 0.81 in a column of percent points (keyed AS TYPED 0.81)',
 ('RA_Puskeswan_2020.xlsx', 'A19'): 'seasonal flow: only TW III has target/realisasi, others "-"',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A17'): 'LKjIP 2021: target typed 80 into a 0.00% cell (shows 8000,00 %): keyed 8000 per the % convention',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A16'): 'LKjIP 2021: earlier-year columns hold grades B/BB while 2021 is a number',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A03'): 'Capaian 2022: realisasi text "81,4%"; capaian typed 101.75',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A05'): 'Capaian 2022: capaian typed 75 on a negative indicator (true (2*8-14)/8 = 25)',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A07'): 'Capaian 2022: the 2021 realisasi column says 1031 while sheet LKjIP 2021 says 1013 (2021 is keyed only from LKjIP 2021)',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A15'): 'Capaian 2022: target range "82-85" (keyed 82)',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A20'): 'Capaian 2022: target "maks 1,8" (keyed 1.8), negative',
 ('Kinerja_Puskeswan_2021_2022.ods', 'A21'): 'Capaian 2022: realisasi text "3.412" (keyed 3412); new indicator, 2021 columns "-"',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B01'): 'target typed 10x "840.000 orang" (keyed 840000), capaian "9,46 %"',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B03'): 'target range "13.500 - 14.000 rit" (keyed 13500)',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B07'): 'realisasi "71,2" without unit (text)',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B09'): 'negative indicator, capaian "133,33 %" = positive formula (true 66,67)',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B12'): 'target ">= 80 %" (keyed 80)',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B13'): 'row DUPLICATED in the next row (second copy not keyed)',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B16'): 'capaian typed "100 %" while realisasi 92,3 % of 100 %',
 ('PK_Terminal_Pinang_Lestari_2021.xlsx', 'B19'): 'grades B / B (null), capaian "Tercapai"',
 ('Evaluasi_Renja_Terminal_2022.xls', 'B06'): 'TW III K typed as text "<n> unit": the SUM in column U skips it, so the stated annual realisasi (keyed, 688 minus TW III) is short',
 ('Evaluasi_Renja_Terminal_2022.xls', 'B11'): 'target typed "400 Jt" (juta) while quarters are in rupiah; keyed as typed 400',
 ('Evaluasi_Renja_Terminal_2022.xls', 'B19'): 'grades: target "B", TW IV "A", column 12 "A" (null)',
 ('Evaluasi_Renja_Terminal_2022.xls', 'B16'): 'level % with 100 each quarter; column 12 = TW IV',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B01'): 'Bulanan 2023: annual =SUM(E:O) misses December; keyed the stated (short) value',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B07'): 'Bulanan 2023: level % taken as AVERAGE of the months instead of December; keyed the stated average',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B12'): 'Bulanan 2023: annual realisasi typed (no formula)',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B18'): 'negative (waiting time) with the positive capaian formula, both in 2023 and 2024',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B19'): 'Bulanan 2023: only December filled (annual score)',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B10'): 'Rekap 2024: target typed 10x (800, keyed 800)',
 ('Terminal_Pinang_Lestari_2023_2024.ods', 'B16'): 'Rekap 2024: realisasi text "100%" among fraction-formatted cells; capaian typed 100',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C01'): 'PK 2017: realisasi "Level 2" (keyed 2), capaian typed',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C02'): 'PK 2017: realisasi text "2,45"',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C03'): 'grades (B/B in 2017, BB/B in 2018) - null',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C04'): 'opinion WTP/WTP - null',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C07'): 'RA 2018: negative indicator with the positive capaian formula',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C08'): 'RA 2018: annual realisasi typed 127 while the quarters add up to 125 (keyed 127 as typed)',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C09'): 'PK 2017: capaian typed 100 (true 98,30); RA 2018: quarter targets 25/50/75/100 schedule',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C10'): 'PK 2017: row DUPLICATED next row (not keyed); RA 2018: capaian formula points at the row ABOVE',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C11'): 'PK 2017: polaritas cell BLANK -> the IF sends a positive indicator down the negative branch (96,77 instead of 103,33)',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C13'): 'PK 2017: target "≥ 90%" (keyed 90)',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C14'): 'RA 2018: annual realisasi typed "51 orang" (text)',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C16'): 'PK 2017: target range "50-55" (keyed 50)',
 ('Inspektorat_Kinerja_2017_2018.xlsx', 'C19'): 'RA 2018: annual realisasi =L/100 = 0.771, a fraction in a column of points (keyed 0.771 as written)',
 ('E81_Inspektorat_2019.xls', 'C01'): 'quarters and column 12 typed "Level 2"/"Level 3" (keyed 3)',
 ('E81_Inspektorat_2019.xls', 'C04'): 'opinion "WDP" in TW II and column 12, target WTP (null)',
 ('E81_Inspektorat_2019.xls', 'C06'): 'negative indicator with the positive capaian formula (other negatives use (2T-R)/T)',
 ('E81_Inspektorat_2019.xls', 'C12'): 'TW III "-"; column 12 SUM = 39',
 ('E81_Inspektorat_2019.xls', 'C17'): 'capaian typed 90 (true (2*10-9)/10 = 110)',
 ('E81_Inspektorat_2019.xls', 'C18'): 'target range "75-80" (keyed 75); TW I "-"',
 ('E81_Inspektorat_2019.xls', 'C09'): 'quarters as a cumulative schedule 22,5/51,3/78,9/100',
 ('LKjIP_Inspektorat_2020.ods', 'C01'): 'realisasi "Level 3" (keyed 3)',
 ('LKjIP_Inspektorat_2020.ods', 'C06'): 'negative indicator with the positive capaian formula',
 ('LKjIP_Inspektorat_2020.ods', 'C09'): 'realisasi text "94,5%"',
 ('LKjIP_Inspektorat_2020.ods', 'C13'): 'realisasi typed as the fraction 0.966 (General format) among percent points (keyed 0.966)',
 ('LKjIP_Inspektorat_2020.ods', 'C18'): 'target typed 10x: 800 (keyed 800)',
}

FLOWS = {}
LOOK = {
 'puskeswan_lembah_sari': ['A01 (Persentase HPR divaksin) vs A02 (Jumlah HPR divaksin): Persentase vs Jumlah', 'A02 (rabies/HPR vaccinations) vs A21 (PMK vaccinations, 2022): different diseases',
    'A04 (kasus penyakit hewan ditangani) vs A05 (kasus PHMS): sub-type, and A05 is negative', 'A13 (peternak dilayani) vs A14 (peternak BARU terdaftar / 2022 "peternak baru yang dilayani"): X baru vs X',
    'A06 (Persentase sapi betina produktif di-IB) vs A07 (Jumlah akseptor IB)', 'A12 (peternak disuluh) vs A13 (peternak dilayani)'],
 'terminal_pinang_lestari': ['B01 (penumpang berangkat) vs B02 (penumpang datang)', 'B03 (keberangkatan AKDP) vs B04 (keberangkatan angkutan perdesaan)',
    'B05 (Persentase kendaraan lulus ramp check) vs B06 (Jumlah kendaraan di-ramp check)', 'B13 (PO beroperasi, a stock) vs B14 (PO BARU terdaftar, a flow)',
    'B16 (persentase pengaduan ditindaklanjuti) vs B17 (calo ditertibkan) - unrelated despite "ditindaklanjuti/ditertibkan"'],
 'inspektorat_nusa_kencana': ['C06 (Jumlah temuan) vs C07 (Jumlah temuan BERULANG)', 'C12 (Jumlah pengaduan ditangani) vs C13 (Persentase pengaduan ditindaklanjuti)',
    'C14 (auditor bersertifikat, stock) vs C15 (auditor BARU, flow)', 'C19 (PERSENTASE OPD dengan peta risiko, 2017-18) vs C20 (JUMLAH OPD dengan peta risiko, 2019-20): must NOT be merged',
    'C05 (Persentase TLHP diselesaikan) vs C16 (Persentase kerugian daerah dipulihkan)', 'C01 (Level kapabilitas APIP) vs C02 (Level maturitas SPIP)'],
}
AMBIG = {
 'puskeswan_lembah_sari': 'A10 / A10b: "Persentase kebuntingan hasil PKB" (2019-20) vs "Conception Rate (CR)" (2021-22) - close in meaning, either merge or split accepted.',
 'terminal_pinang_lestari': 'B15 / B15b: "Load factor angkutan AKDP" (2021-22) vs "Tingkat okupansi angkutan umum" (2023-24; the Catatan sheet says the definition was widened).',
 'inspektorat_nusa_kencana': 'C03 / C03b: "Predikat SAKIP" (grade, 2017-18) vs "Nilai SAKIP" (score, 2019-20).',
}


def main():
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import puskeswan, terminal, inspektorat
    mods = {m.SLUG: m for m in (puskeswan, terminal, inspektorat)}
    out = ['# blind47 - held-out test set (3 invented agencies x 4 years)', '',
           'Generated by `gen/run_all.sh` (openpyxl -> `gen/raw/*.xlsx`, then saved through LibreOffice headless to the delivered format so formulas carry cached values). '
           '`verify.py` re-reads every key row from the delivered files (xls/ods converted back to xlsx in `gen/tmp/verify`) and checks written / target / realisasi. '
           'Key conventions as in the brief: percent-formatted numbers are keyed in percent points; text parsed Indonesian; ranges -> lower bound; ">= 80" / "<= 2" / "maks 1,8" -> the number; grades, opinions (WTP), "-" -> null; '
           'typed mistakes keyed AS TYPED; where a sheet has an annual realisasi column (E.81 column 12, monthly "Realisasi 2023", RA 2018 "Realisasi s.d. TW IV") the key is the value that column STATES (its cached formula value, even where the formula is wrong - flagged below); '
           'quarterly sheets without one: sum of quarters for flows, last reported quarter for levels.', '',
           'Unexpected layouts: (1) Terminal `Rekap 2024`: indicators across the columns, two stacked blocks (key rows carry `col`); (2) Inspektorat 2020: card layout, one vertical block per indicator; (3) Terminal 2021: every figure is text with its unit inside; (4) Puskeswan `Capaian 2022`: two years side by side. Also a monthly sheet (Terminal 2023) and two E.81 forms (15- and 17-column).', '']
    names_md = ['# Indicator names per id per year', '']
    for slug in AG:
        key = json.load(open(os.path.join(ROOT, slug, 'key.json')))
        m = mods[slug]
        out += [f'## {slug} - {key["agency"]}', '', f'Years {key["years"]}; files {key["files"]}; {len(key["rows"])} key rows.', '']
        flows = sorted(i for i in m.I if m.I[i]['kind'] == 'flow'); neg = sorted(i for i in m.I if m.I[i]['pol'] == '-')
        out += [f'- FLOW (per-period) ids: {", ".join(flows)}; all others are LEVEL / cumulative (last quarter).',
                f'- NEGATIVE (lower is better) ids: {", ".join(neg)}.',
                f'- Ambiguous pair: {AMBIG[slug]}', '- Look-alikes that must NOT be merged:'] + ['  - ' + t for t in LOOK[slug]] + ['']
        for f in key['files']:
            rows = [r for r in key['rows'] if r['file'] == f]
            out += [f'### {f}', '', LAYOUT[f], '', '| sheet | row | col | year | id | target | realisasi | written | trap |', '|---|---|---|---|---|---|---|---|---|']
            for r in rows:
                t = TRAPS.get((f, r['same_as']), '')
                out.append(f"| {r['sheet']} | {r['row']} | {r.get('col', '')} | {r['year']} | {r['same_as']} | {r['target']} | {r['realisasi']} | {r['written'].replace(chr(10), ' / ')} | {t} |")
            out.append('')
        names_md += [f'## {slug}', '', '| id | ' + ' | '.join(map(str, key['years'])) + ' |', '|---' * (len(key['years']) + 1) + '|']
        for i in m.I:
            names_md.append(f'| {i} | ' + ' | '.join(m.I[i]['names'][y] or '-' for y in key['years']) + ' |')
        names_md.append('')
    open(os.path.join(ROOT, 'README.md'), 'w').write('\n'.join(out))
    open(os.path.join(ROOT, 'NAMES.md'), 'w').write('\n'.join(names_md))


if __name__ == '__main__':
    main()
