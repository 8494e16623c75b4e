"""Writes README.md from the built books."""

ROWS = {
    "klaten_dpupr_2023_ra_tw": ("xlsx", "Dinas PUPR Kab. Klaten", "2023",
                                "quarters across columns, Target s.d. / Realisasi s.d. / % per TW; program, kegiatan, sub kegiatan",
                                "cumulative; year = TW IV; no cap; formulas everywhere; per-quarter realisasi anggaran"),
    "madiun_dinkes_2021_renaksi": ("xls", "Dinas Kesehatan Kota Madiun", "2021",
                                   "all TW targets, then all TW realisasi; polarity and category columns",
                                   "per-quarter targets; year = sum (counts) / TW IV (%, rates, predikat); (2T-R)/T for Negatif; typed values"),
    "gowa_dinkopukm_2022_pengukuran_ra": ("xlsx", "Dinas Koperasi dan UKM Kab. Gowa", "2022",
                                          "Bone-like blocks: Target Tahunan row + TW 1..TW 4 rows; second sheet PK 2022",
                                          "cap at 100; % cumulative, counts per quarter; budgets as 'Rp. x.xxx,-' text; whole-number programme %"),
    "pekalongan_dindagkop_2024_renaksi_bulanan": ("xlsx", "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan", "2024",
                                                  "monthly Jan..Des columns, Target and Realisasi row per indicator, TW subtotals",
                                                  "hidden helper column Z (JUMLAH/AKHIR) drives formulas; negative = T/R"),
    "banyuwangi_dlh_2022_renaksi_semester": ("ods", "Dinas Lingkungan Hidup Kab. Banyuwangi", "2022",
                                             "semester columns; sasaran indicators only; separate program/kegiatan budget table",
                                             "s.d. semester; Indonesian decimal comma in text cells; (-) = (2T-R)/T; Penunjang at program level only"),
    "sumedang_disdik_2023_ra": ("xlsx", "Dinas Pendidikan Kab. Sumedang", "2023",
                                "TW target/realisasi pairs; anggaran murni and perubahan; TW realisasi anggaran",
                                "per-quarter targets; percentages stored as fractions (0.00%); serapan vs perubahan; formulas"),
    "lomboktimur_distan_2024_renaksi_kumulatif": ("xlsx", "Dinas Pertanian Kab. Lombok Timur", "2024",
                                                  "quarters across columns, Target / Realisasi / % per TW (Kumulatif); kategori column",
                                                  "cumulative incl. realisasi anggaran s.d. TW; category of TW IV; typed values"),
}


def write(books, path):
    L = []
    L.append("# blind19: quarterly Rencana Aksi as agencies lay them out")
    L.append("")
    L.append("Seven held-out workbooks of the quarterly *Rencana Aksi* (Pengukuran Kinerja berdasarkan Rencana Aksi "
             "Perjanjian Kinerja) of invented agencies of real kabupaten/kota, each in its own layout, with planted "
             "mistakes, traps (odd but right) and clean rows. People and figures are invented.")
    L.append("")
    L.append("## Rebuild and check")
    L.append("")
    L.append("```")
    L.append("python3 gen/build.py   # writes the 7 workbooks, the 7 *.key.json and this README (deterministic)")
    L.append("python3 gen/check.py   # re-reads every workbook (formulas and cached values) against its key; prints OK")
    L.append("```")
    L.append("")
    L.append("Needs python3 with openpyxl and LibreOffice `soffice` (a private profile at /tmp/lo-blind19 is used). "
             "Workbooks are written with openpyxl and converted by LibreOffice so formula cells carry cached values; "
             "check.py converts .xls/.ods back to .xlsx in a temporary directory. The generator is split into "
             "gen/common.py and one module per workbook (gen/f1_*.py .. gen/f7_*.py).")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | format | agency | year | layout | conventions | mistakes | traps | clean rows |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for b in books:
        fmt, ag, yr, lay, conv = ROWS[b.stem]
        L.append(f"| {b.file} | {fmt} | {ag} | {yr} | {lay} | {conv} | {len(b.mistakes)} | {len(b.traps)} | {len(b.clean)} |")
    tm = sum(len(b.mistakes) for b in books)
    tt = sum(len(b.traps) for b in books)
    tc = sum(len(b.clean) for b in books)
    L.append(f"| **total** | | | | | | {tm} | {tt} | {tc} |")
    L.append("")
    L.append("## Conventions of the keys")
    L.append("")
    L.append("- One `NAME.key.json` per workbook `NAME.ext`: `file`, `layout` (one paragraph: sheets, header rows, "
             "columns by letter, conventions), `mistakes`, `traps`, `clean_rows`, `indicators`, `verdict_any_of`.")
    L.append("- Rows are 1-based as Excel shows them; `cell` is the cell in error (mistakes) or the cell that looks odd "
             "(traps). A row is in at most one of mistakes / traps / clean_rows; every data row of every table (and "
             "the PK sheet rows of the Gowa file) is in exactly one of them. A row may carry several mistakes or "
             "several traps.")
    L.append("- `correct`: plain decimal string, percent points with 2 decimals, rupiah with 0 decimals, other "
             "quantities at the precision the workbook writes them; `null` where no single right value follows from "
             "the workbook (a series that falls, quarter targets that do not add up, an amount above the budget, a "
             "category: the note names the right category).")
    L.append("- `formula`: the formula the cell holds as found in the workbook (the wrong one), `null` for typed "
             "values. A mistake with `\"flags\": [\"value_right_formula_wrong\"]` shows the right value through a "
             "wrong formula (a constant typed into it); every other mistake cell shows a wrong value.")
    L.append("- Where a quarter's or month's targets do not add up to the annual target, the key names the annual "
             "target cell; for a swap of two quarters, the first of the two cells; for an amount above the budget, "
             "the quarter that overshoots. Cells that merely follow a wrong input (a serapan computed from a "
             "mistyped anggaran, a category that follows a wrong capaian, a total row) are consistent with what they "
             "use and are not listed separately; the note says so.")
    L.append("- `indicators`: every indicator row with its year's target and realisasi as the workbook states them "
             "(the year's realisasi cell; for the Bone-like and cumulative files without a year column, the Target "
             "Tahunan row / the TW IV column). Percent values in percent points (a 0,9750 fraction is `97.50`); a "
             "predikat as text (`BB`). Where the year's realisasi cell is itself a listed mistake, the stated value "
             "is given and the mistake's `correct` holds the right one. For Pekalongan (two rows per indicator) the row "
             "is the Target row; the realisasi is read from the Realisasi row below it.")
    L.append("- `verdict_any_of`: `[\"fail\"]` for all seven files: each has at least one wrong figure.")
    L.append("- Kinds used: " + ", ".join(sorted({m["kind"] for b in books for m in b.mistakes})) + " (mistakes); "
             + ", ".join(sorted({t["kind"] for b in books for t in b.traps})) + " (traps).")
    L.append("")
    L.append("## Mistakes and traps, file by file")
    for b in books:
        k = b.key()
        L.append("")
        L.append(f"### {b.file}")
        L.append("")
        L.append(f"{b.agency}, {b.year}. {k['layout']}")
        L.append("")
        L.append("Mistakes:")
        L.append("")
        for m in k["mistakes"]:
            f = f"`{m['formula']}`" if m["formula"] else "`(typed)`"
            c = m["correct"] if m["correct"] is not None else "n/a"
            fl = " [value right, formula wrong]" if m.get("flags") else ""
            L.append(f"- {m['sheet']}!{m['cell']} **{m['kind']}** {f}; correct {c}.{fl} {m['note']}")
        L.append("")
        L.append("Traps:")
        L.append("")
        for t in k["traps"]:
            L.append(f"- {t['sheet']}!{t['cell']} **{t['kind']}** `(right)`; correct as stated. {t['note']}")
        L.append("")
        L.append("Clean rows: " + ", ".join(f"{c['sheet']}!{c['row']}" for c in k["clean_rows"]))
    L.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
