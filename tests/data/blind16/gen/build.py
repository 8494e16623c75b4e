#!/usr/bin/env python3
"""Rebuild every blind16 workbook, key.json and gen/layout.json.

    python3 gen/build.py          # from tests/data/blind16 (or anywhere)
    python3 gen/check.py          # then verify

Needs python3 + openpyxl and LibreOffice (soffice) on PATH.
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import a1  # noqa: E402
import a2  # noqa: E402
import a3  # noqa: E402
from common import HERE, ROOT  # noqa: E402

# (code, id, year, note)
EXPECTED = {
    a1: [
        ("Y102", "kur", 2022, "Target 85.000.000.000 under the unit 'Rp. (juta)' (typed in rupiah) where "
         "2021, 2023 and 2024 write 80.000, 90.000 and 95.000 (juta): a factor of about one million."),
        ("Y103", "kop_bh", 2023, "Jumlah koperasi berbadan hukum is a stock: targets 312 < 325 < 340 < 355, "
         "realisasi 331 (2022) falls to 322 (2023)."),
        ("Y101", "umkm_naik", 2023, "Unit 'unit usaha' in 2021-2022 becomes '%' in 2023-2024 (name unchanged: "
         "'UMKM yang naik kelas' / 'UMKM Naik Kelas')."),
        ("Y104", "modal", 2023, "Jumlah koperasi yang mengakses permodalan is in 2021 and 2022 and gone from "
         "2023 on (reported in the first year it is missing)."),
        ("Y104", "digital", 2024, "Jumlah UMKM yang memanfaatkan platform digital (go digital) first appears "
         "in 2024."),
    ],
    a2: [
        ("Y102", "spam", 2022, "Target 18 SR (thousands dropped) where 2023-2025 write 19.200, 20.000 and "
         "21.000 SR: every other year is more than 1000 times larger."),
        ("Y103", "spam", 2024, "Sambungan rumah (kumulatif): targets rise every year (18 [typo] < 19.200 < "
         "20.000 < 21.000, also with 18.000), realisasi 19.315 (2023) falls to 19.020 (2024)."),
        ("Y103", "jalan_km", 2024, "Panjang jalan ... (kumulatif): targets 42,5 < 55 < 68 < 80 km, realisasi "
         "57,3 (2023) falls to 52,8 km (2024)."),
        ("Y101", "jembatan", 2024, "Unit 'unit' (2022-2023: 6 and 8 jembatan) becomes 'm' (2024-2025: 120 and "
         "150 m of span)."),
        ("Y102", "irigasi", 2025, "Target 12.900.000 Ha where 2022-2024 write 12.450, 12.600, 12.750 Ha "
         "(factor >= 1011 against each)."),
        ("Y104", "rdtr", 2024, "Persentase dokumen RDTR ... is in 2022-2023 and gone in 2024-2025."),
        ("Y104", "sanitasi", 2023, "Persentase rumah tangga dengan akses sanitasi layak first appears in 2023."),
    ],
    a3: [
        ("Y105", "aki", 2022, "Target akhir Renstra of Angka Kematian Ibu: 85 (2021) -> 70 (2022-2024)."),
        ("Y105", "akreditasi", 2023, "Target akhir Renstra of Persentase fasyankes terakreditasi: 90 % (2021, "
         "2022) -> 100 % (2023, written '100.00' in the English-format file)."),
        ("Y105", "posyandu", 2024, "Target akhir Renstra of Jumlah posyandu aktif: 1.250 (2021-2023, in three "
         "number formats) -> 1.400 (2024)."),
        ("Y101", "stbm", 2023, "Unit 'desa' (2021-2022: 180 / 200 desa) becomes '%' (2023-2024: 60 / 70 %); "
         "no Renstra target ('-') in any year."),
        ("Y104", "uhc", 2022, "Persentase penduduk yang terdaftar sebagai peserta JKN (UHC) first appears in "
         "2022."),
        ("Y104", "tb", 2024, "Persentase keberhasilan pengobatan TB (success rate) is in 2021-2023 and gone in "
         "2024."),
    ],
}

TRAPS = {
    a1: [
        ("Y101", "kop_aktif", 2022, "Unit '%' (2021) written 'persen' (2022): the same unit."),
        ("Y101", "kop_aktif", 2023, "Unit 'persen' (2022) written 'Persen (%)' (2023, 2024): the same unit."),
        ("Y101", "latih", 2023, "Unit 'orang' (2021-2022) written 'Org' (2023-2024): the same unit."),
        ("Y102", "wub", 2022, "Target doubles, 150 -> 300 orang (then 320, 330): a real change of plan, not "
         "orders of magnitude."),
        ("Y102", "kop_sehat", 2022, "Target and realisasi stored as fractions 0,375 / 0,369 under a 0.00% "
         "format in 2022 = 37,5 / 36,9 percent points; other years write 35 / 40 / 42,5 %: same scale."),
        ("Y103", "plut", 2023, "Jumlah kunjungan ... per tahun is a yearly flow, not a cumulative count: its "
         "realisasi 1.518 -> 1.184 may fall although its targets rise (1.200 < 1.400 < 1.600 < 1.800). "
         "NOTE: the literal rule 'targets keep rising and realisasi falls' matches; see README."),
        ("Y104", "kop_rat", 2022, "Name drifts 'Prosentase koperasi yang melaksanakan RAT' (2021) -> "
         "'Persentase Koperasi yang Melaksanakan Rapat Anggota Tahunan (RAT)' (2022) -> back (2023, 2024): "
         "one indicator in all four years, nothing appears or disappears."),
    ],
    a2: [
        ("Y103", "genangan", 2024, "Jumlah titik genangan is a negative indicator (Sifat: Negatif, targets "
         "24 > 20 > 16 > 12); realisasi 21 -> 14 is an improvement, and its targets do not rise."),
        ("Y103", "rtlh", 2024, "Jumlah RTLH yang ditangani is a yearly flow (targets 400, 400, 200, 250, not "
         "rising); realisasi 405 -> 210 follows the halved target."),
        ("Y102", "rtlh", 2024, "Target halves, 400 -> 200 unit (note: 'disesuaikan dengan alokasi DAK'): a "
         "real change, not orders of magnitude."),
        ("Y101", "drainase", 2024, "Unit 'meter' (2022-2023) written 'm' (2024-2025): the same unit."),
        ("Y104", "mantap", 2023, "Name drifts to 'Prosentase Jalan Kabupaten Kondisi Mantap' (2023) from "
         "'Persentase panjang jalan kabupaten dalam kondisi mantap': the same indicator in all four years."),
        ("Y102", "kumuh", 2023, "Target/realisasi stored as 0,125 / 0,131 under a 0.00% format = 12,5 / 13,1 "
         "percent points; other years 10 / 15 / 17,5 %: same scale."),
    ],
    a3: [
        ("Y105", "posyandu", 2022, "Target akhir '1.250' (2021, a text cell, Indonesian grouping) and 1250 "
         "(2022, a number): equal."),
        ("Y105", "posyandu", 2023, "Target akhir '1,250.00' (2023, English-format text) = 1250: equal."),
        ("Y105", "imunisasi", 2022, "Target akhir stored as 0,95 under a 0% format (2022) = 95 %, as in "
         "2021 ('95'), 2023 ('95.00') and 2024 (95)."),
        ("Y101", "aki", 2022, "Unit 'per 100.000 KH' (2021) written 'per 100.000 kelahiran hidup' (2022-2024): "
         "the same unit (KH = kelahiran hidup). The Y105 on this indicator in 2022 IS expected."),
        ("Y102", "bumil", 2023, "Target '3,480' in the English-format 2023 file is 3480 (as 3.450 / 3.520 / "
         "3.500 in the other years), not 3,48."),
        ("Y103", "dbd", 2023, "Jumlah kasus DBD is a negative, non-cumulative count (targets 120 > 110 > 100 > "
         "90); realisasi 134 -> 88 is an improvement."),
        ("Y104", "k4", 2023, "Name drifts every year (Persentase/Prosentase, 'pelayanan antenatal K4' / "
         "'pelayanan kesehatan K4' / 'Pelayanan Antenatal (K4)' / 'pelayanan K4'): one indicator in all four "
         "years."),
    ],
}


def main():
    layout_all = {}
    for mod in (a1, a2, a3):
        outdir = os.path.join(ROOT, mod.FOLDER)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        rows, budget, layout = mod.build(outdir)
        key = {
            "agency": mod.AGENCY,
            "years": mod.YEARS,
            "rows": rows,
            "budget": budget,
            "expected": [{"code": c, "id": i, "year": y, "note": n} for c, i, y, n in EXPECTED[mod]],
            "traps": [{"code": c, "id": i, "year": y, "note": n} for c, i, y, n in TRAPS[mod]],
        }
        with open(os.path.join(outdir, "key.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
        layout_all[mod.FOLDER] = layout
        print("%s: %d rows, %d expected, %d traps, files: %s" % (
            mod.FOLDER, len(rows), len(key["expected"]), len(key["traps"]),
            ", ".join(sorted({r["file"] for r in rows}))))
    with open(os.path.join(HERE, "layout.json"), "w", encoding="utf-8") as f:
        json.dump(layout_all, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
