"""UPTD Balai Pelatihan Pertanian, Dinas Pertanian Kabupaten Gading Mas, 2019-2022 (prefix T)."""
import os, openpyxl
from lib import *

AG = 'uptd_bpp_tani_kab_gading_mas'; OUT = os.path.join(ROOT, AG); os.makedirs(OUT, exist_ok=True)
Y = [2019, 2020, 2021, 2022]
S1 = 'Meningkatnya kapasitas SDM pertanian'
S2 = 'Meningkatnya mutu penyelenggaraan pelatihan'
S3 = 'Meningkatnya akuntabilitas kinerja dan keuangan balai'
_ = None
D = {
 'T01': ('orang', 'FLOW', S1, ['Jumlah petani yang dilatih', 'Jumlah petani yg dilatih', _, _], [(600, 612), (480, 455), _, _]),
 'T01l': ('orang', 'FLOW', S1, [_, _, 'Jumlah petani laki-laki yang dilatih', 'Jumlah petani (laki-laki) yang dilatih'], [_, _, (360, 371), (380, 377)]),
 'T01p': ('orang', 'FLOW', S1, [_, _, 'Jumlah petani perempuan yang dilatih', 'Jumlah petani (perempuan) yang dilatih'], [_, _, (240, 236), (260, 268)]),
 'T02': ('orang', 'FLOW', S1, ['Jumlah penyuluh pertanian yang dilatih', 'Jumlah penyuluh pertanian yang mengikuti pelatihan',
         'Jumlah penyuluh pertanian (PPL) yang dilatih', 'Jumlah Penyuluh Pertanian yang dilatih'], [(80, 84), (60, 58), (80, 81), (90, 90)]),
 'T03': ('%', 'LEVEL', S2, ['Persentase peserta pelatihan yang lulus', 'Prosentase peserta pelatihan yang lulus', _, _], [(90, 92.4), (90, 88.6), _, _]),
 'T03b': ('%', 'LEVEL', S2, [_, _, 'Persentase peserta yang kompeten berdasarkan uji kompetensi', 'Persentase peserta yg kompeten berdasarkan hasil uji kompetensi'], [_, _, (75, 71.8), (78, 79.5)]),
 'T04': ('angkatan', 'FLOW', S2, ['Jumlah angkatan pelatihan yang diselenggarakan', 'Jumlah angkatan pelatihan yang dilaksanakan',
         'Jumlah angkatan pelatihan teknis yang diselenggarakan', 'Jumlah angkatan pelatihan yang diselenggarakan'], [(24, 24), (18, 15), (22, 23), (24, 25)]),
 'T05': ('modul', 'FLOW', S2, ['Jumlah modul pelatihan yang disusun', 'Jumlah modul / kurikulum pelatihan yang disusun',
         'Jumlah modul dan kurikulum pelatihan yang disusun', 'Jumlah modul pelatihan yang disusun/direvisi'], [(6, 6), (8, 9), (6, 6), (5, 4)]),
 'T06': ('orang', 'LEVEL', S2, ['Jumlah widyaiswara bersertifikat', 'Jumlah widyaiswara yang bersertifikat',
         '3.1 Jumlah widyaiswara/pelatih bersertifikat', 'Jumlah widyaiswara bersertifikat kompetensi'], [(12, 12), (14, 13), (15, 15), (16, 17)]),
 'T07': ('%', 'LEVEL', S2, ['Persentase widyaiswara bersertifikat', 'Persentase widyaiswara yang bersertifikat',
         '3.2 Persentase widyaiswara/pelatih bersertifikat', 'Persentase widyaiswara bersertifikat kompetensi'], [(60, 60), (70, 65), (75, 75), (80, 85)]),
 'T08': ('orang', 'FLOW', S1, ['Jumlah petani milenial yang dilatih', 'Jumlah petani milenial yang dilatih',
         'Jumlah petani milenial (usia 19-39 th) yang dilatih', 'Jumlah Petani Milenial yang dilatih'], [(100, 96), (120, 131), (150, 148), (160, 172)]),
 'T09': ('unit', 'LEVEL', S1, ['Jumlah P4S yang dibina', 'Jumlah P4S yang dibina',
         'Jumlah Pusat Pelatihan Pertanian dan Perdesaan Swadaya (P4S) yang dibina', 'Jumlah P4S yang dibina'], [(18, 18), (20, 21), (22, 22), (24, 23)]),
 'T10': ('unit', 'FLOW', S1, ['Jumlah P4S baru yang dikukuhkan', 'Jumlah P4S baru yang dikukuhkan',
         'Jumlah P4S baru yg dikukuhkan', 'Jumlah P4S Baru yang dikukuhkan'], [(2, 2), (2, 3), (2, 1), (2, 2)]),
 'T11': ('%', 'LEVEL', S1, ['Persentase alumni yang menerapkan hasil pelatihan', 'Persentase alumni yang menerapkan hasil pelatihan di lapangan',
         'Persentase alumni pelatihan yang menerapkan hasil pelatihan', 'Persentase alumni yang menerapkan hasil pelatihan'], [(65, 61.5), (65, 66.2), (68, 69.9), (70, 68.4)]),
 'T12': ('nilai', 'LEVEL', S2, ['Indeks kepuasan peserta pelatihan', 'Indeks Kepuasan Peserta Pelatihan',
         'Nilai indeks kepuasan peserta pelatihan', 'Indeks kepuasan peserta pelatihan (skala 100)'], [(80, 82.3), (80, 81.75), (82, 83.1), (83, 84.2)]),
 'T13': ('orang', 'FLOW', S2, ['Jumlah peserta magang di kebun praktik', 'Jumlah peserta magang di kebun praktek',
         'Jumlah peserta magang/kunjungan di kebun praktik', 'Jumlah peserta magang di kebun praktik'], [(300, 287), (150, 135), (250, 262), (300, 315)]),
 'T14': ('ton', 'FLOW', S2, ['Produksi benih di kebun percontohan', 'Produksi benih kebun percontohan',
         'Produksi benih padi di kebun percontohan (ton)', 'Produksi benih kebun percontohan (ton)'], [(25000, 23.6), (25, 26.1), (27, 27.4), (28, 26.9)]),
 'T15': ('%', 'LEVEL', S2, ['Tingkat hunian asrama', 'Tingkat hunian asrama balai', 'Tingkat keterisian asrama', 'Tingkat hunian asrama'], [(70, 72.5), (50, 38.4), (60, 63.3), (70, 74.1)]),
 'T16': ('Rp', 'FLOW', S3, ['Pendapatan retribusi pemakaian asrama dan aula', 'Pendapatan retribusi pemakaian asrama & aula', _, _], [(45000000, 47250000), (30000000, 18600000), _, _]),
 'T17': ('nilai', 'LEVEL', S3, [_, _, 'Nilai SAKIP balai', 'Nilai SAKIP Balai Pelatihan'], [_, _, (62, 61.4), (65, 66.02)]),
 'T18': ('%', 'LEVEL', S3, ['Persentase realisasi anggaran', 'Persentase realisasi anggaran balai', 'Persentase serapan anggaran', 'Persentase realisasi anggaran'], [(95, 96.3), (90, 87.9), (95, 94.6), (96, 97.2)]),
 'T19': ('angkatan', 'FLOW', S2, [_, 'Jumlah pelatihan daring yang diselenggarakan', 'Jumlah pelatihan daring (e-learning) yang diselenggarakan', 'Jumlah pelatihan online/daring yang diselenggarakan'], [_, (6, 8), (8, 8), (6, 7)]),
}
ORDER = ['T01', 'T01l', 'T01p', 'T02', 'T08', 'T09', 'T10', 'T11', 'T03', 'T03b', 'T04', 'T19', 'T05', 'T06', 'T07', 'T12', 'T13', 'T14', 'T15', 'T16', 'T17', 'T18']
PCT = {2019: 'pct', 2020: 'num', 2021: 'num', 2022: 'tpct2'}

def rows_for(year, ov=None, extra=None):
    ov = ov or {}; extra = extra or {}; i = Y.index(year); out = []
    for id in ORDER:
        u, k, s, n, v = D[id]
        if n[i] is None: continue
        t, r = v[i]
        st = PCT[year] if u == '%' else ('rp2' if u == 'Rp' else 'num')
        out.append(R(id, n[i], u, ov.get((id, 't'), tv(t, st)), ov.get((id, 'r'), tv(r, st)), k, s, extra=dict(extra.get(id, {}))))
    return out

K = Keys(AG, 'T'); jobs = []
# ---- workbook 1 (.xls): PK 2019, table pasted twice
F1 = 'Pengukuran_Kinerja_2019.xls'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'PK 2019'
r = title(ws, ['PENGUKURAN KINERJA', 'UPTD BALAI PELATIHAN PERTANIAN', 'DINAS PERTANIAN KABUPATEN GADING MAS', 'TAHUN 2019'], 7)
r += 1
D['T11'][3][0] = 'Persentase alumni yang menerapkan hasil pelatihan pada'   # wrapped over two rows
rows = rows_for(2019, ov={('T14', 't'): tv(25000, 'num'), ('T16', 'r'): tv(47250000, 'rp')},
                extra={'T11': {'wrap2': 'usaha taninya'}, 'T05': {'draft': (5, 5)}})
r = lay_pk(ws, K, F1, ws.title, 2019, rows, r, sas_merge=True)
put(ws, f"B{r+1}", 'Jumlah anggaran program: Rp 1.245.600.000,-'); put(ws, f"B{r+2}", 'Realisasi anggaran: Rp 1.199.512.300,-')
r = sign(ws, r + 4, 'F', 'Gading Mas', 2020, 'Dr. Ir. SUWARNI LESTARIANINGSIH, M.P.', '19690822 199503 2 001', 'Kepala UPTD Balai Pelatihan Pertanian')
put(ws, f"A{r+2}", '(salinan tabel untuk lampiran)')
lay_pk(ws, Keys('x', 'x'), F1, ws.title, 2019, rows_for(2019), r + 3, sas_merge=True)   # pasted twice: not key
jobs.append((save_raw(wb, 'bpp_w1.xlsx'), 'xls', F1)); K.files.append(F1)

# ---- workbook 2 (.xlsx): Rencana Aksi 2020 in row pairs, no annual realisasi
F2 = 'Rencana_Aksi_2020.xlsx'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'RA 2020'
r = title(ws, ['RENCANA AKSI DAN REALISASI TRIWULANAN', 'UPTD BALAI PELATIHAN PERTANIAN KAB. GADING MAS TAHUN 2020'], 9)
rows = rows_for(2020, extra={'T13': {}, 'T16': {'blanks': (1, 2)}, 'T04': {'blanks': (1,)}, 'T15': {'blanks': (3,)}})
byid = {x.id: x for x in rows}
byid['T13'].q = [tv(95), tv(None, 'dash'), tv(None, 'dash'), tv(40)]   # pandemic: no magang TW II-III
byid['T02'].q = [tv(20), tv(140), tv(12), tv(12)]   # TW II typed 10x (14 -> 140)
byid['T01'].q = [tv(160), tv(None, 'dash'), tv(135), tv(160)]
r = lay_tw_pairs(ws, K, F2, ws.title, 2020, rows, r + 1)
put(ws, f"B{r+1}", 'Keterangan: TW II-III 2020 pelatihan tatap muka ditiadakan (pandemi Covid-19).')
ws = wb.create_sheet('Catatan'); put(ws, 'A1', 'Realisasi tahunan dihitung dari jumlah triwulan (jumlah) atau triwulan terakhir (persentase/indeks).')
jobs.append((save_raw(wb, 'bpp_w2.xlsx'), 'xlsx', F2)); K.files.append(F2)

# ---- workbook 3 (.ods): monthly recap 2021 + cards 2022 (two years on two sheets)
F3 = 'Evaluasi_Kinerja_2021_2022.ods'
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Rekap Bulanan 2021'
r = title(ws, ['REKAPITULASI CAPAIAN KINERJA BULANAN', 'BALAI PELATIHAN PERTANIAN - TAHUN 2021'], 17)
rows = rows_for(2021, extra={'T19': {'blanks': (0, 1, 2, 6, 7)}, 'T10': {'blanks': tuple(range(9))}})
mo = [2, 2, 1, 2, 2, 2, 1, 2, 2, 2, 2, 1]   # months add to 21
for x in rows:
    if x.id == 'T04': x.m = [tv(v) for v in mo]
r = lay_monthly(ws, K, F3, ws.title, 2021, rows, r + 1, typed_over='T04')
byid = {x.id: x for x in rows}
put(ws, f"B{r+1}", 'Rata-rata capaian'); put(ws, f"B{r+2}", 'Predikat: Baik')
ws = wb.create_sheet('Kartu IKU 2022')
r = title(ws, ['KARTU INDIKATOR KINERJA UTAMA 2022', 'UPTD BALAI PELATIHAN PERTANIAN'], 8)
ov = {('T15', 'r'): tv(74.1, 'plainfrac'), ('T12', 't'): tv(83, 'ge2'), ('T11', 't'): tv(70, 'range', hi=75),
      ('T14', 'r'): tv(26.9, 'unit', unit='ton'), ('T01p', 'r'): tv(268, 'foot'), ('T17', 't'): tv(None, 'grade', grade='B')}
rows = rows_for(2022, ov=ov, extra={'T14': {'ket': 'gagal panen sebagian (banjir Maret)'}, 'T01p': {'ket': '*) termasuk KWT'}})
r = lay_cards(ws, K, F3, ws.title, 2022, rows, r + 1)
put(ws, f"B{r}", 'Nilai SAKIP target ditulis predikat B.')
ws = wb.create_sheet('lama'); ws.sheet_state = 'hidden'
put(ws, 'A1', 'Rekap 2021 versi awal'); put(ws, 'A2', D['T04'][3][2]); put(ws, 'B2', 20)
jobs.append((save_raw(wb, 'bpp_w3.xlsx'), 'ods', F3)); K.files.append(F3)

deliver(jobs, OUT)
# T04 2021 typed over: realisasi column holds 23 while months sum differently -> keyed 23 as typed
META = {
 'short': 'bpp', 'prefix': 'T',
 'years': {
  2019: f'{F1} / "PK 2019": annual PK (No | Sasaran Strategis merged vertically | Indikator | Satuan | Target | Realisasi | % Capaian formula) with a numbering row; T11 name wrapped over two rows; hidden draft row under T05; budget lines; signature; then the whole table pasted a second time below the signature (not key rows).',
  2020: f'{F2} / "RA 2020": Rencana Aksi in row pairs (name, No and Satuan merged over a Target row and a Realisasi row; TW I-IV; Target Tahunan only on the target row; no annual realisasi), sasaran bands in capitals; "-" quarters; notes sheet.',
  2021: f'{F3} / "Rekap Bulanan 2021": monthly recap, Jan-Des, "Realisasi s.d. Desember" column = SUM formula for FLOW ids and typed for LEVEL ids (keyed from that column).',
  2022: f'{F3} / "Kartu IKU 2022": cards, two per band (label column + value column, name merged over two columns), so key rows share sheet rows (col given); ≥ as ">=", range, unit text, footnote mark, grade. Same workbook has a hidden sheet "lama".',
 },
 'mistakes': [(2019, 'PK 2019 E (T14 row)', 'T14', 'target typed 1000x (25000 for 25 ton)', 'target 25000'),
              (2020, 'RA 2020 TW II realisasi (T02 row pair)', 'T02', 'quarter typed 10x (140 for 14)', 'realisasi 184 (sum 20+140+12+12)'),
              (2021, 'Rekap Bulanan 2021 Q (T04 row)', 'T04', 'computed column typed over: 23 typed in the s.d. Desember column (SUM formula elsewhere) while the months add to 21', 'realisasi 23 (as typed)'),
              (2022, 'Kartu IKU 2022 (T15 card, Realisasi)', 'T15', 'fraction 0,741 typed in a plain cell', 'realisasi 0.741')],
 'pairs': ['Look-alikes kept apart: T06 Jumlah widyaiswara bersertifikat vs T07 Persentase widyaiswara bersertifikat; T09 Jumlah P4S yang dibina (total) vs T10 Jumlah P4S baru yang dikukuhkan; T01l laki-laki vs T01p perempuan; T01 petani dilatih vs T08 petani milenial dilatih vs T02 penyuluh dilatih.',
           'Ambiguous pair T03 / T03b: "Persentase peserta pelatihan yang lulus" (2019-20) vs "Persentase peserta yang kompeten berdasarkan uji kompetensi" (2021-22). Passing the course and being declared competent in a competency test may be the same measure renamed (the balai switched to competency-based certification) or a stricter new measure; the drop 88,6 -> 71,8 supports either.',
           'Split: T01 Jumlah petani yang dilatih (2019-20) -> T01l laki-laki + T01p perempuan (2021-22).',
           'Appearing: T19 pelatihan daring (2020-), T17 Nilai SAKIP (2021-). Disappearing: T16 retribusi asrama & aula (after 2020), T01, T03.',
           'Drift: Prosentase/Persentase (T03 2020), yg, &, "/" alternatives (modul / kurikulum, widyaiswara/pelatih), words added (di lapangan, (usia 19-39 th), teknis, kompetensi), expansion of abbreviation (P4S spelled out 2021), synonyms (diselenggarakan/dilaksanakan, realisasi/serapan, hunian/keterisian, daring/online, praktik/praktek), unit into brackets (ton), (skala 100), Title Case (T02 2022, T08 2022, T12 2020), qualifier in brackets ((laki-laki)), numbering inside the name (T06 "3.1 ...", T07 "3.2 ..." in 2021).'],
 'flow': [i for i in D if D[i][1] == 'FLOW'], 'level': [i for i in D if D[i][1] == 'LEVEL'],
}
write_key(K, Y, [['T03', 'T03b']], OUT, META)
print(AG, len(K.rows))
