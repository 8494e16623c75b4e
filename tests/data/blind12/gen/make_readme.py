"""Write ../README.md from the six keys."""
import json, os
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.normpath(os.path.join(HERE, ".."))
FILES = [
 ("pengukuran_kinerja_dinkes_kab_sungai_rawa_2023.xls", "HTML saved as .xls (UTF-8)", "e-SAKIP 'Export ke Excel' (h3/p titles outside the table, thead/tbody, two-row header, x:num on some cells, signature in a 2nd table)", "Dinas Kesehatan Kab. Sungai Rawa", "2023", "annual PK: No, Sasaran, Indikator, Satuan, Sifat, Target, Realisasi, % Capaian; rows 7-21"),
 ("E81_TW4_2024_Distankp_Tanjung_Lestari.xls", "HTML saved as .xls (windows-1252)", "e-Monev, old ASP style (uppercase tags, unquoted attributes, class=xl65, no thead, 3 tables)", "Dinas Pertanian dan Ketahanan Pangan Kab. Tanjung Lestari", "2024 TW IV", "Permendagri 86 E.81, K/Rp pairs, program/kegiatan/sub kegiatan, sasaran ROWSPAN; rows 9-22, JUMLAH 23"),
 ("capaian_kinerja_dinsos_pelabuhan_baru_2024.xls", "Excel 2003 XML Spreadsheet saved as .xls", "e-Kinerja (SpreadsheetML, 2 worksheets, MergeAcross/MergeDown, ss:Index, R1C1 formulas with cached values)", "Dinas Sosial Kota Pelabuhan Baru", "2024", "sheet 'Capaian Kinerja 2024': No, Sasaran, Indikator, Satuan, Polaritas, Target, Realisasi, Capaian; rows 6-18"),
 ("capaian_kinerja_disdikbud_bukit_sembilan_2023.csv", "CSV ; decimal comma, BOM, CRLF", "provincial portal 'Unduh CSV'", "Dinas Pendidikan dan Kebudayaan Kab. Bukit Sembilan", "2023", "annual target + TW I-IV targets, realisasi, capaian, keterangan; lines 6-19"),
 ("pk_dlh_hulu_sari_2024.xlsx", "xlsx built by hand", "PHP template / SheetJS-like writer (no styles.xml, inline strings, t=str, no dimension, cells without r)", "Dinas Lingkungan Hidup Kab. Hulu Sari", "2024", "annual kinerja + anggaran (pagu, realisasi, serapan); rows 6-15, Jumlah 16"),
 ("export_kinerja_dpmptsp_marga_jaya_2024.xls", "HTML saved as .xls (UTF-8)", "English-locale application (1,234.56), leading '#' column, Realisasi before Target, Arah Maximize/Minimize, Kategori", "DPMPTSP Kota Marga Jaya", "2024", "annual: #, Kode, Indikator, Satuan, Arah, Realisasi, Target, Capaian, Kategori; rows 7-18"),
]
keys = {f: json.load(open(os.path.join(DATA, os.path.splitext(f)[0] + ".key.json"), encoding="utf-8")) for f, *_ in FILES}
L = []
L.append("# blind12: six submissions exported by programs other than Excel\n")
L.append("Held-out test set for rakit, written by an outside examiner. Every agency, person and figure is invented. "
         "Each file is written byte for byte by a generator in `gen/` (Python 3.11 standard library only); `gen/check.py` "
         "re-reads the files with its own plain parsers and verifies every key. Regenerate with "
         "`cd gen && for f in gen*.py; do python3 $f; done && python3 make_readme.py && python3 check.py`.\n")
L.append("## Files\n")
L.append("| file | format | exporter emulated | agency | year | layout |")
L.append("| --- | --- | --- | --- | --- | --- |")
for f, fmt_, exp, ag, yr, lay in FILES:
    L.append(f"| `{f}` | {fmt_} | {exp} | {ag} | {yr} | {lay} |")
L.append("\nEach file's `layout` paragraph in its key gives the details (rows, columns, conventions).\n")
tm = sum(len(k["mistakes"]) for k in keys.values()); tt = sum(len(k["traps"]) for k in keys.values())
tc = sum(len(k["clean_rows"]) for k in keys.values()); ti = sum(len(k["indicators"]) for k in keys.values())
L.append("## Totals\n")
L.append("| file | mistakes | traps | clean rows | indicators |")
L.append("| --- | --- | --- | --- | --- |")
for f in keys:
    k = keys[f]
    L.append(f"| `{f}` | {len(k['mistakes'])} | {len(k['traps'])} | {len(k['clean_rows'])} | {len(k['indicators'])} |")
L.append(f"| **total** | **{tm}** | **{tt}** | **{tc}** | **{ti}** |\n")
L.append("""## Key format

One key per file, `NAME.key.json`:

```
{"file": "...", "layout": "one paragraph",
 "mistakes": [{"sheet": "...", "row": 12, "cell": "G12", "kind": "...", "correct": "98.72", "note": "..."}],
 "traps": [{"sheet": "...", "row": 14, "cell": "G14", "kind": "...", "note": "..."}],
 "clean_rows": [{"sheet": "...", "row": 9}],
 "indicators": [{"sheet": "...", "row": 9, "name": "...", "target": "24220", "realisasi": "26773"}]}
```

- `row` is 1-based as Excel shows it. HTML: each block element above a table (h3, p) is one row, every `<tr>` one row,
  rowspan/colspan resolved, `<br>` stays inside its cell (every HTML file declares `br {mso-data-placement:same-cell}`).
  CSV: the line number (the only quoted newline is in the last data row, so no keyed row is shifted).
- `sheet`: HTML and CSV: the file name without extension cut to 31 characters (Excel's rule; no HTML file carries an
  `x:ExcelWorkbook` sheet name). XML Spreadsheet and xlsx: the worksheet name.
- `correct`: the right value as a plain decimal ('.' decimal mark, no grouping; percent points for a %). For
  `target-zero` it is `undefined`, for `kategori-wrong` the right category, for `unit-unlike-name` the unit the name
  implies, for `duplicate-indicator` empty.
- `indicators`: every indicator row with the year's target and realisasi (E.81: column 8 target and column 13 realisasi,
  K only). Where the target or realisasi cell is itself the planted mistake (malformed, letter O, thousands dropped,
  typed-over sum), the value listed is the intended one. Qualitative targets (grades, categories) are left out.
- A stated % is right when the exact value, rounded half up, equals it at the precision written (decimals typed in a
  text; decimals of the number format for a number; 'Percent'/'0.00%' formats hold a fraction and are right as such).

## Consequence rule

Each mistake is reported once, at its cell. A cell that only follows a wrong input is not a separate mistake:
- E.81 `T11` (column 13 typed as 0): `V11`, `X11`, `Z11` follow it.
- E.81 `K23` (JUMLAH target Rp not the sum): `W23` (serapan on the stated total) follows it.
- E.81 `Q18` (malformed Rp): `U18` and the kegiatan sum `Q15` are right for the intended 87.500.000.
- xlsx `H16` (Jumlah pagu not the sum): `J16` follows it.
- Malformed / letter-O / thousands-dropped realisasi cells: the stated % beside them is right for the intended value and
  is not a mistake.
""")
bykind = defaultdict(list)
for f, k in keys.items():
    for m in k["mistakes"]:
        bykind[m["kind"]].append((f, m))
L.append("## Mistakes by kind\n")
L.append("| kind | n | where (file: cell) | correct |")
L.append("| --- | --- | --- | --- |")
for kind in sorted(bykind):
    items = bykind[kind]
    L.append(f"| {kind} | {len(items)} | " + "; ".join(f"`{f}`: {m['cell']}" for f, m in items) + " | "
             + "; ".join(m["correct"] or "-" for f, m in items) + " |")
tk = defaultdict(list)
for f, k in keys.items():
    for t in k["traps"]:
        tk[t["kind"]].append((f, t))
L.append("\n## Traps by kind (right, must not be reported as errors)\n")
L.append("| kind | n | where (file: cell) |")
L.append("| --- | --- | --- |")
for kind in sorted(tk):
    items = tk[kind]
    L.append(f"| {kind} | {len(items)} | " + "; ".join(f"`{f}`: {t['cell']}" for f, t in items) + " |")
L.append("""
## Notes for the reader

- Polarity: files 1, 3 and 4 mark negative indicators (Sifat / Polaritas = Negatif) and use (2 x target - realisasi) /
  target x 100 (stated in a note or the Keterangan sheet); file 6 marks Minimize and uses target / realisasi x 100 on
  both of its Minimize rows and says so under the table. Files 2 and 5 have no negative indicator. No file caps at 100.
- File 2 is encoded in windows-1252 (declared in the meta tag) and holds an en dash (byte 0x96) in the title row 4.
- File 2's every row is an indicator: the K columns of program, kegiatan and sub kegiatan rows are all quantities that
  add up over the quarters, and program/kegiatan Rp are sums of their sub kegiatan (all hold except the planted ones).
- File 5 has no styles.xml, so every number is General; a % stored as a number has its precision from the digits stored.
  E13 is the inline string '12.000' (twelve thousand, '.' grouping), the target of the thousands-dropped row.
- File 3: H9 and H10 both hold `=RC[-1]/RC[-2]` (no x100); H9 is formatted 'Fixed' (mistake: a fraction in a percent-points
  column), H10 'Percent' (trap: right).
- Half-up matters in three places: file 2 V12 (104,625 -> 104,63, a trap) and Z12 (79,675 -> 79,68, right), and
  file 6 H17, whose correct value 78.125 is 78.13 half up (78.12 half-even).
- Rows Excel would show: the HTML title lines (file 1: four block elements above the table; files 2 and 6: title rows
  inside the first table) are counted as rows; a reader that drops them will be off by a constant.
- No workbook has a year disagreement or a shifted row; every data row that is not listed as a mistake or a trap is clean.
""")
open(os.path.join(DATA, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
