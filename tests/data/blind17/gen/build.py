#!/usr/bin/env python3
"""Rebuild every file of blind17: python3 gen/build.py (from tests/data/blind17 or anywhere).

Writes the workbooks, their .key.json files, gen/manifest.json (cell-level checks for check.py) and README.md.
Formula workbooks are recalculated by LibreOffice headless (so every formula carries a cached value);
.xls and .ods files are converted from the openpyxl-built .xlsx by LibreOffice.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import files_a, files_b, files_c  # noqa: E402

BUILDERS = [files_a.f01, files_a.f02, files_a.f03, files_a.f04, files_b.f05, files_b.f06, files_b.f07, files_b.f08,
            files_b.f09, files_b.f10, files_b.f11, files_c.f12, files_c.f13, files_c.f14, files_c.f15, files_c.f16,
            files_c.f17, files_c.f18, files_c.f19]


def soffice(tmp, fmt, outdir, paths):
    prof = "file://" + os.path.join(tmp, "lo_profile")
    cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt, "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    tmp = os.path.join(HERE, "_tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    stage, recalc = os.path.join(tmp, "stage"), os.path.join(tmp, "recalc")
    os.makedirs(stage); os.makedirs(recalc)
    # remove previous outputs
    for fn in os.listdir(OUT):
        if fn.endswith((".xlsx", ".xls", ".ods", ".key.json")):
            os.remove(os.path.join(OUT, fn))
    fbs = [b() for b in BUILDERS]
    for fb in fbs:
        fb.wb.save(os.path.join(stage, fb.name + ".xlsx"))
    # recalc formula files
    fpaths = [os.path.join(stage, fb.name + ".xlsx") for fb in fbs if fb.formulas]
    if fpaths:
        soffice(tmp, "xlsx", recalc, fpaths)
    src = {fb.name: os.path.join(recalc if fb.formulas else stage, fb.name + ".xlsx") for fb in fbs}
    for ext in ("xls", "ods"):
        ps = [src[fb.name] for fb in fbs if fb.ext == ext]
        if ps:
            soffice(tmp, ext, OUT, ps)
    for fb in fbs:
        if fb.ext == "xlsx":
            shutil.copyfile(src[fb.name], os.path.join(OUT, fb.fname))
        assert os.path.exists(os.path.join(OUT, fb.fname)), fb.fname
        with open(os.path.join(OUT, fb.name + ".key.json"), "w", encoding="utf-8") as fh:
            json.dump(fb.key(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump([fb.manifest() for fb in fbs], fh, ensure_ascii=False, indent=1)
    write_readme(fbs)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"built {len(fbs)} files into {OUT}")


def write_readme(fbs):
    tm = sum(len(fb.mistakes) for fb in fbs); tt = sum(len(fb.traps) for fb in fbs)
    tc = sum(len(fb.clean_rows) for fb in fbs); ti = sum(len(fb.indicators) for fb in fbs)
    L = []
    L.append("# blind17: a Bappeda verifier's batch (Kabupaten Sumbawa Barat, 2024)\n")
    L.append("Held-out test set for rakit, built by an outside examiner without reading rakit's code, tests or docs. "
             "It pictures the folder a Bappeda verifier opens at 11 pm: 19 submissions from the OPDs of Kabupaten "
             "Sumbawa Barat (capital Taliwang) for the year 2024, each made by a different (invented) person in their own "
             "layout. The set probes **no silent pass**: layouts that make a reader take the wrong columns "
             "(last year's realisasi, Renstra targets, Kondisi awal, hidden old-value columns, % before Realisasi, "
             "Realisasi before Target), miss rows (tables split over sheets, two tables on one sheet, repeated headers, "
             "blank rows, sub-indicators, sub-headings) or misread numbers (text with units, fractions under 0.00%, "
             "formulas with cached values), each hiding one or a few planted mistakes. All names, people and figures are "
             "invented.\n")
    L.append("## Rebuild and check\n")
    L.append("```\ncd tests/data/blind17\npython3 gen/build.py   # rebuilds every workbook, key, gen/manifest.json and this README\n"
             "python3 gen/check.py   # re-reads every file (xls/ods converted back to xlsx in a temp dir) and verifies every key entry; prints OK\n```\n")
    L.append("Needs Python 3 with openpyxl and LibreOffice (`soffice`) on PATH. The build is deterministic (no randomness; "
             "LibreOffice only recalculates the two formula workbooks and converts the .xls/.ods files).\n")
    L.append("## Files\n")
    L.append("| # | file | agency | form | format | layout | expected verdict | mistakes | traps | indicators |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for i, fb in enumerate(fbs, 1):
        L.append(f"| {i:02d} | `{fb.fname}` | {fb.agency} | {fb.form} | .{fb.ext} | {fb.short} | "
                 f"{' / '.join(fb.verdict)} | {len(fb.mistakes)} | {len(fb.traps)} | {len(fb.indicators)} |")
    L.append("")
    nfail = sum(1 for fb in fbs if fb.verdict == ["fail"])
    nclean = sum(1 for fb in fbs if fb.verdict == ["pass", "pass_with_warnings"])
    nun = len(fbs) - nfail - nclean
    L.append(f"Totals: {len(fbs)} files ({nfail} fail, {nclean} clean, {nun} not performance tables); "
             f"{tm} planted mistakes, {tt} traps, {tc} clean rows, {ti} indicators.\n")
    L.append("## Conventions\n")
    L.append("- Keys: `<file name without extension>.key.json` beside each file, shape as in the brief. Rows are 1-based as "
             "Excel shows them, sheet names exact.\n"
             "- `correct` is a plain decimal string rounded half away from zero to 2 decimals (exact arithmetic with Python "
             "`decimal`), `null` where no value is defensible (target zero), a category name for `wrong_category`, and the "
             "exact rupiah sum for `wrong_sum`.\n"
             "- `indicators` lists every visible indicator row with the year's target and realisasi as plain decimal strings "
             "in the unit written (percent points: 0.725 under 0.00% is \"72.5\"; text '1.012 orang' is \"1012\"; '-' is "
             "\"0\"). Grade and qualitative values are null. For the E.81 forms target = the year's Renja target (col 7 or "
             "8) and realisasi = the year's summed realisation (col 12 or 13); for the Rencana Aksi file realisasi = the "
             "TW 4 line (cumulative). Hidden draft rows (file 10, rows 14-15) are not listed.\n"
             "- `clean_rows` = indicator rows with no planted mistake (trap rows included).\n"
             "- A stated value with fewer decimals is right when the exact value rounds to it; truncation is a mistake.\n"
             "- Negative polarity: files 01 and 06 state and use (2T-R)/T; file 16 states and uses target/realisasi on both "
             "of its negative rows. File 03 states a cap at 100 and applies it everywhere; no other file caps.\n"
             "- Category scale (files 10, 19): >= 91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat "
             "Rendah; no planted value falls in a gap (90-91, 75-76, ...).\n"
             "- Each mistake is a single cell; the other cells of its row are consistent with the truth (e.g. a Kategori "
             "beside a wrong % matches the true %, so a tool comparing Kategori with the STATED % may add a second finding "
             "on that row: file 19 row 12, where the stated 0.92 % would be Sangat Rendah). A tool may also legitimately add warnings (numbers typed as text, "
             "hidden rows/columns, target zero, unit vs name); warnings never change the expected verdict of a fail file, "
             "and the clean files accept pass_with_warnings.\n"
             "- `gen/manifest.json` holds the machine checks (every capaian/sum/category cell with the expression that "
             "recomputes it), used by `gen/check.py`.\n")
    L.append("## Notes for a judge\n")
    L.append("- Silent-pass probes: file 07's only mistake is on the third sheet; file 08's two mistakes are in the second "
             "table of the sheet; file 09's target-zero mistake is below the repeated header (row 14); file 10 hides an "
             "old-value column between Target and Realisasi; files 01, 05, 16, 18, 19 put other figure columns (last years, "
             "Kondisi awal, Renstra) next to the year's pair; file 02 puts Realisasi before Target; file 06 puts the % "
             "before Realisasi. A reader taking the wrong pair would flag clean rows or miss the planted cell.\n"
             "- File 03 (Rencana Aksi) applies a stated cap of 100 to every quarter; its planted mistake (H25) is below "
             "100 so it is wrong under either cap policy. Its 'Target Tahunan' lines carry a target only.\n"
             "- File 04 holds formulas (cached values by LibreOffice): U12 `=S12/I13*100` points at the next row, Y15 "
             "`=ROUNDDOWN(...)` truncates; every other formula is right.\n"
             "- File 11 (15-column E.81) has no capaian-of-the-year column; its only % columns are col 15 (Renstra, K and "
             "Rp). Its planted mistake is X13 (col 15 K).\n"
             "- File 16 uses target/realisasi for its two negative rows, as its A5 note says; a tool that uses the default "
             "(2T-R)/T there without inferring the workbook's formula would raise two false errors.\n"
             "- Non-tables (12-14) contain numbers (letter number, budget lines, ages) but no indicator/target/realisasi; "
             "the empty template (15) accepts unreadable, pass or pass_with_warnings, never fail.\n")
    L.append("## Mistakes and traps per file\n")
    for i, fb in enumerate(fbs, 1):
        L.append(f"### {i:02d} `{fb.fname}` (expected: {' / '.join(fb.verdict)})\n")
        L.append(fb.layout + "\n")
        if fb.mistakes:
            L.append("Mistakes:\n")
            for m in fb.mistakes:
                L.append(f"- `{m['sheet']}`!{m['cell']} `{m['kind']}`, correct {m['correct']}: {m['note']}")
            L.append("")
        if fb.traps:
            L.append("Traps (right, must not be reported as errors):\n")
            for t in fb.traps:
                L.append(f"- `{t['sheet']}`!{t['cell']} `{t['kind']}`: {t['note']}")
            L.append("")
        if not fb.mistakes and not fb.traps and not fb.indicators:
            L.append("Not a performance table: no indicators, mistakes or traps.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
