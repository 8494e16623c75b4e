"""File 5: .xlsx written by a PHP template / small JS library (not Excel): zip built by hand,
minimal parts, no styles.xml, inline strings, figures as strings, no <dimension>, some cells
without r. Dinas Lingkungan Hidup Kabupaten Hulu Sari, Pengukuran Kinerja dan Anggaran 2024."""
import zipfile
from common import *

FN = "pk_dlh_hulu_sari_2024.xlsx"
SHEET = "Pengukuran Kinerja"

SAS = {6: ("Meningkatnya kualitas lingkungan hidup", 10),
       11: ("Meningkatnya pengendalian pencemaran dan kerusakan lingkungan", 13),
       14: ("Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup", 15)}
# row: indicator, unit, target (val, kind), realisasi (val, kind), pagu, realisasi anggaran
# kind: n = number, s = t="str" text, i = inline string text
IND = {
    6: ("Indeks Kualitas Lingkungan Hidup (IKLH)", "Indeks", "68.5", "69.12", 1_250_000_000, 1_187_325_000),
    7: ("Indeks Kualitas Air (IKA)", "Indeks", "52", "54.8", 845_500_000, 801_234_100),
    8: ("Indeks Kualitas Udara (IKU)", "Indeks", "86", "85.95", 412_000_000, 398_560_000),
    9: ("Persentase sampah yang terkelola", "%", "75", "71.4", 2_150_000_000, 2_063_417_500),
    10: ("Jumlah titik sampel uji kualitas air sungai", "titik", "24", "24", 185_000_000, 185_000_000),
    11: ("Persentase usaha/kegiatan yang taat terhadap dokumen lingkungan", "%", "80", "87.5", 320_000_000, 305_120_000),
    12: ("Jumlah pengaduan kasus lingkungan yang ditindaklanjuti", "kasus", "40", "46", 150_000_000, 139_850_000),
    13: ("Jumlah pohon yang ditanam pada lahan kritis", "batang", "12000", "13000", 275_000_000, 268_400_000),
    14: ("Persentase capaian kinerja program", "%", "90", "91", 3_450_000_000, 3_301_875_000),
    15: ("Nilai SAKIP Perangkat Daerah", "Nilai", "72", "70.15", 95_000_000, 91_250_000),
}


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_num(ref, v):
    a = f' r="{ref}"' if ref else ""
    return f"<c{a}><v>{v}</v></c>"


def c_str(ref, s):  # SheetJS-style string without shared strings
    a = f' r="{ref}"' if ref else ""
    return f'<c{a} t="str"><v>{x(s)}</v></c>'


def c_inl(ref, s):
    a = f' r="{ref}"' if ref else ""
    return f'<c{a} t="inlineStr"><is><t>{x(s)}</t></is></c>'


def num(v):
    v = D(v)
    return plain(v)


def main():
    layout = ("Hand-built .xlsx as a PHP export template writes it (not Excel): parts [Content_Types].xml, _rels/.rels, "
              "xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/worksheets/sheet1.xml only; no styles.xml (every cell is "
              "General), no sharedStrings (text as t=\"inlineStr\" or SheetJS-style t=\"str\" with <v>), no <dimension>, "
              "rows 6, 9, 12 and 16 write their cells without the r attribute (positions are sequential from A). One sheet "
              "'Pengukuran Kinerja'. Rows 1-3 title (merged A:J), header rows 4-5 (A-D merged down; 'Kinerja' E4:G4, "
              "'Anggaran' H4:J4). Columns A No, B Sasaran (merged down over its indicators), C Indikator Kinerja, D Satuan, "
              "E Target, F Realisasi, G Capaian (%), H Pagu (Rp), I Realisasi Anggaran (Rp), J Serapan (%). Data rows 6-15 "
              "(10 indicators), row 16 Jumlah (H, I, J), place/date and signature rows 18-23. Figures are mostly numbers "
              "(General), some are strings in Indonesian notation ('105,38', '71,4', '12.000'); % in percent points. "
              "All indicators positive.")
    k = Key(FN, SHEET, layout)
    rowsxml = []
    merges = ["A1:J1", "A2:J2", "A3:J3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:J4"]
    rowsxml.append('<row r="1">' + c_inl("A1", "PENGUKURAN KINERJA DAN REALISASI ANGGARAN") + "</row>")
    rowsxml.append('<row r="2">' + c_inl("A2", "DINAS LINGKUNGAN HIDUP KABUPATEN HULU SARI") + "</row>")
    rowsxml.append('<row r="3">' + c_inl("A3", "TAHUN ANGGARAN 2024") + "</row>")
    rowsxml.append('<row r="4">' + c_inl("A4", "No") + c_inl("B4", "Sasaran Strategis") + c_inl("C4", "Indikator Kinerja")
                   + c_inl("D4", "Satuan") + c_inl("E4", "Kinerja") + c_inl("H4", "Anggaran") + "</row>")
    rowsxml.append('<row r="5">' + c_inl("E5", "Target") + c_inl("F5", "Realisasi") + c_inl("G5", "Capaian (%)")
                   + c_inl("H5", "Pagu (Rp)") + c_inl("I5", "Realisasi (Rp)") + c_inl("J5", "Serapan (%)") + "</row>")
    no_r_rows = {6, 9, 12, 16}
    sum_pagu = sum_real = 0
    for r in range(6, 16):
        name, unit, t, rv, pagu, ra = IND[r]
        t, rv = D(t), D(rv)
        exact = cap_pos(t, rv)
        ser = cap_pos(pagu, ra)
        sum_pagu += pagu
        sum_real += ra
        cells = {}
        cells["A"] = ("n", str(r - 5))
        if r in SAS:
            cells["B"] = ("i", SAS[r][0])
            if SAS[r][1] > r:
                merges.append(f"B{r}:B{SAS[r][1]}")
        cells["C"] = ("i", name)
        cells["D"] = ("i", unit)
        cells["E"] = ("n", num(t))
        cells["F"] = ("n", num(rv))
        cells["G"] = ("n", plain(rhu(exact)))
        cells["H"] = ("n", str(pagu))
        cells["I"] = ("n", str(ra))
        cells["J"] = ("n", plain(rhu(ser)))
        if r == 7:
            cells["G"] = ("i", fmt(exact, 2))
            k.trap(r, "G7", "figure-stored-as-text",
                   "G7 is the inline string '105,38' (decimal comma): 54,8/52x100 = 105,3846 -> 105,38, right.")
        elif r == 8:
            cells["G"] = ("n", plain(rhu(exact / 100, 4)))
            k.mistake(r, "G8", "capaian-fraction", plain(rhu(exact)),
                      "G8 holds 0.9994 (General format, no %): the fraction; 85,95/86x100 = 99,94.")
        elif r == 9:
            cells["F"] = ("s", "71,4")
            cells["G"] = ("s", fmt(exact, 1))
            k.clean(r)
        elif r == 11:
            cells["F"] = ("i", "87,,5")
            cells["G"] = ("s", fmt(exact, 2))
            k.mistake(r, "F11", "number-malformed", "87.5",
                      "Realisasi typed '87,,5'; the intended 87,5 gives 87,5/80x100 = 109,375 -> 109,38 as stated.")
        elif r == 12:
            k.trap(r, "G12", "capaian-over-100-uncapped",
                   "46 of 40 complaints handled: 115, not capped (no row of the sheet caps).")
        elif r == 13:
            cells["E"] = ("i", "12.000")
            cells["F"] = ("n", "13")
            cells["G"] = ("n", plain(rhu(exact)))
            k.mistake(r, "F13", "realisasi-thousands-dropped", "13000",
                      "Realisasi 13 against a target of 12.000 batang while G13 states 108,33 (= 13.000/12.000): thousands dropped.")
        elif r == 14:
            cells["J"] = ("s", "97,51")
            k.mistake(r, "J14", "serapan-wrong", plain(rhu(ser)),
                      "Serapan = 3.301.875.000 / 3.450.000.000 x 100 = 95,7065 -> 95,71; stated '97,51'.")
        elif r == 15:
            cells["G"] = ("s", fmt(exact, 2))
            k.clean(r)
        else:
            k.clean(r)
        k.indicator(r, name, t, rv)
        rowsxml.append(build_row(r, cells, r in no_r_rows))
    # Jumlah row
    pagu_stated = sum_pagu - 100_000_000
    cells = {"C": ("i", "JUMLAH"), "H": ("n", str(pagu_stated)), "I": ("n", str(sum_real)),
             "J": ("n", plain(rhu(cap_pos(pagu_stated, sum_real))))}
    merges.append("A16:G16")
    cells["A"] = ("i", "JUMLAH")
    del cells["C"]
    k.mistake(16, "H16", "budget-total-not-sum", str(sum_pagu),
              "Jumlah pagu %s but H6:H15 add up to %s; J16 (serapan on the stated total) only follows it." % (fmt(pagu_stated, 0), fmt(sum_pagu, 0)))
    rowsxml.append(build_row(16, cells, True))
    rowsxml.append('<row r="18">' + c_inl("H18", "Hulu Sari, 27 Januari 2025") + "</row>")
    rowsxml.append('<row r="19">' + c_inl("H19", "KEPALA DINAS LINGKUNGAN HIDUP") + "</row>")
    rowsxml.append('<row r="22">' + c_inl("H22", "Ir. BAMBANG SETIAJI WIBOWO, M.T.") + "</row>")
    rowsxml.append('<row r="23">' + c_inl("H23", "NIP. 19750611 200212 1 005") + "</row>")
    merges += ["H18:J18", "H19:J19", "H22:J22", "H23:J23"]

    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="3" width="45" customWidth="1"/>'
             '<col min="4" max="7" width="12" customWidth="1"/><col min="8" max="9" width="18" customWidth="1"/>'
             '<col min="10" max="10" width="12" customWidth="1"/></cols>'
             "<sheetData>" + "".join(rowsxml) + "</sheetData>"
             f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
             "</worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    p = os.path.join(OUT, FN)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                           ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 27, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    k.write()


def build_row(r, cells, no_r):
    out = [f'<row r="{r}">']
    if no_r:
        last = max(ord(c) for c in cells) - 64
        for i in range(1, last + 1):
            c = col_letter(i)
            if c not in cells:
                out.append("<c/>")
                continue
            out.append(cell(None, cells[c]))
    else:
        for c in sorted(cells, key=lambda s: ord(s)):
            out.append(cell(f"{c}{r}", cells[c]))
    out.append("</row>")
    return "".join(out)


def cell(ref, kv):
    kind, v = kv
    return {"n": c_num, "s": c_str, "i": c_inl}[kind](ref, v)


if __name__ == "__main__":
    main()
