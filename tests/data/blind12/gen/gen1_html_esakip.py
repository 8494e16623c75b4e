"""File 1: HTML page saved as .xls by an e-SAKIP "Export to Excel" button.
Annual Pengukuran Kinerja, Dinas Kesehatan Kabupaten Sungai Rawa, 2023."""
from common import *

FN = "pengukuran_kinerja_dinkes_kab_sungai_rawa_2023.xls"
SHEET = sheet_from_filename(FN)

S1 = "Meningkatnya Derajat<br>Kesehatan Masyarakat"
S2 = "Meningkatnya Akses &amp; Mutu<br>Pelayanan Kesehatan"
S3 = "Meningkatnya Tata Kelola &amp;<br>SDM Kesehatan"

# (sasaran or None, indicator html, plain name, unit, sifat, target text, realisasi text,
#  target value, realisasi value, stated % text, role, extra)
ROWS = [
    (S1, "Angka Kematian Ibu (AKI)", "per 100.000 KH", "Negatif", "98", "87,4", None),
    (None, "Angka Kematian Bayi (AKB)", "per 1.000 KH", "Negatif", "7,5", "8,1", None),
    (None, "Prevalensi stunting pada balita", "%", "Negatif", "18,50", "16,92", None),
    (None, "Usia Harapan Hidup (UHH)", "Tahun", "Positif", "71,20", "71,35", None),
    (S2, "Persentase Puskesmas terakreditasi Paripurna", "%", "Positif", "60,00", "60,00", None),
    (None, "Indeks Kepuasan Masyarakat (IKM)<br>terhadap layanan Puskesmas", "Nilai", "Positif", "82,00", "84,73", None),
    (None, "Cakupan pelayanan kesehatan ibu hamil (K6)", "%", "Positif", "95", "91,36", None),
    (None, "Jumlah kunjungan rawat jalan di Puskesmas", "kunjungan", "Positif", "245.000", "258.312", None),
    (None, "Persentase desa/kelurahan UCI<br>(<i>Universal Child Immunization</i>)", "%", "Positif", "90,00", "93,50", None),
    (None, "Cakupan penemuan dan pengobatan kasus TBC<br>(<i>treatment coverage</i>)", "%", "Positif", "90", "101,3", None),
    (S3, "Nilai evaluasi SAKIP Dinas Kesehatan", "Predikat", "Positif", "BB", "BB", None),
    (None, "Persentase realisasi anggaran", "%", "Positif", "95,00", "92,,47", None),
    (None, "Persentase dokumen perencanaan &amp; pelaporan<br>yang disusun tepat waktu", "%", "Positif", "100", "100", None),
    (None, "Jumlah tenaga kesehatan yang mengikuti<br>pelatihan kompetensi", "orang", "Positif", "120", "96", None),
    (None, "Persentase Posyandu aktif (Purnama &amp; Mandiri)", "%", "Positif", "75,00", "78,40", None),
]
# true numeric values where the text is not a plain Indonesian number
TRUE = {11: ("95", "92.47")}


def parse_id(s):
    return D(s.replace(".", "").replace(",", "."))


def main():
    layout = ("HTML table saved as .xls, as the 'Export ke Excel' button of an e-SAKIP web application writes it "
              "(UTF-8, mso-number-format classes, br {mso-data-placement:same-cell} so <br> stays inside its cell, "
              "no x:ExcelWorkbook block so Excel names the sheet after the file). Excel rows: rows 1-4 are the "
              "four block elements above the table (h3, h3, p, p); the table starts at row 5. Header rows 5-6 "
              "(thead, rowspan/colspan: 'Tahun 2023' over Target/Realisasi/% Capaian). Columns A No, B Sasaran "
              "Strategis (written on the first row of each sasaran only, blank = same as above), C Indikator Kinerja, "
              "D Satuan, E Sifat (Positif/Negatif), F Target, G Realisasi, H % Capaian. Data rows 7-21 (15 indicators). "
              "Figures are text in Indonesian notation ('.' thousands, ',' decimals); some target/realisasi/% cells "
              "carry x:num with the same value. Negative indicators use (2 x target - realisasi) / target x 100 "
              "(rows 7 and 9 agree; the note under the table says so). No capping. A second <table> after the data "
              "holds the budget lines, note, place/date and signature.")
    k = Key(FN, SHEET, layout)
    body = []
    row0 = 7
    for i, (sas, ind, unit, sifat, ttxt, rtxt, _) in enumerate(ROWS):
        row = row0 + i
        pname = ind.replace("<br>", " ").replace("<i>", "").replace("</i>", "").replace("&amp;", "&")
        qual = ttxt == "BB"
        if not qual:
            tv, rv = (D(TRUE[i][0]), D(TRUE[i][1])) if i in TRUE else (parse_id(ttxt), parse_id(rtxt))
            exact = cap_neg(tv, rv) if sifat == "Negatif" else cap_pos(tv, rv)
            stated = fmt(exact, 2)
        else:
            stated = "100,00"
        xnum_t = xnum_r = xnum_c = ""
        # roles
        if row == 7:
            k.trap(row, "H7", "negative-indicator-correct",
                   "AKI is negative: (2x98-87,4)/98x100 = 110,8163 -> 110,82 stated; right (the positive formula would give 89,18).")
        elif row == 8:
            stated = fmt(cap_pos(tv, rv), 2)  # 108,00
            k.mistake(row, "H8", "negative-positive-formula", plain(rhu(exact)),
                      "AKB is Negatif (col E) but the % is realisasi/target = 8,1/7,5 = 108,00; (2x7,5-8,1)/7,5x100 = 92,00.")
        elif row == 10:
            xnum_t = ' x:num="71.2"'
            xnum_r = ' x:num="71.35"'
            k.clean(row)
        elif row == 11:
            k.trap(row, "H11", "capaian-exactly-100", "60,00 against 60,00 gives exactly 100,00.")
        elif row == 12:
            stated = fmt(trunc(exact), 2)
            k.mistake(row, "H12", "capaian-truncated", plain(rhu(exact)),
                      "84,73/82,00x100 = 103,3293; stated 103,32 is truncated, rounded is 103,33.")
        elif row == 13:
            stated = fmt(exact / 100, 2)
            k.mistake(row, "H13", "capaian-fraction", plain(rhu(exact)),
                      "91,36/95x100 = 96,1684; stated 0,96 is the fraction (0,9617) in a column of percent points.")
        elif row == 14:
            xnum_t = ' x:num="245000"'
            xnum_r = ' x:num="258312"'
            k.trap(row, "G14", "thousands-separator-unambiguous",
                   "245.000 and 258.312 kunjungan are counts with '.' grouping thousands (x:num agrees); 258312/245000 = 105,4335 -> 105,43 right.")
        elif row == 15:
            stated = fmt(exact, 0)
            k.trap(row, "H15", "capaian-rounded-at-precision",
                   "93,50/90,00x100 = 103,8889; stated as a whole number 104, which is right at the precision written.")
        elif row == 16:
            xnum_c = ' x:num="%s"' % plain(rhu(exact))
            k.clean(row)
        elif row == 17:
            k.trap(row, "F17", "qualitative-target",
                   "Target and realisasi are SAKIP grades (BB / BB): realisasi at the target grade, 100 is defensible; no number to recompute.")
        elif row == 18:
            k.mistake(row, "G18", "number-malformed", "92.47",
                      "Realisasi typed '92,,47' (double comma); the intended 92,47 gives 92,47/95x100 = 97,3368 -> 97,34 as stated, and matches the budget lines under the table (Rp 44.584.965.320 of Rp 48.215.600.000).")
        elif row == 20:
            stated = fmt(cap_pos(rv, tv), 2)  # target/realisasi
            k.mistake(row, "H20", "capaian-inverted", plain(rhu(exact)),
                      "Stated 125,00 = target/realisasi (120/96); a positive indicator gives 96/120x100 = 80,00.")
        else:
            k.clean(row)
        if not qual:
            k.indicator(row, pname, tv, rv)
        sas_cell = ('<td class="text" style="vertical-align:top">%s</td>' % sas) if sas else '<td class="text">&nbsp;</td>'
        cls_n = "num2" if "," in ttxt else "num0"
        body.append(
            "<tr>\n"
            f'  <td class="center">{i + 1}</td>\n'
            f"  {sas_cell}\n"
            f'  <td class="text">{ind}</td>\n'
            f'  <td class="text center">{unit}</td>\n'
            f'  <td class="text center">{sifat}</td>\n'
            f'  <td class="{cls_n if xnum_t else "text"} right"{xnum_t}>{ttxt}</td>\n'
            f'  <td class="{cls_n if xnum_r else "text"} right"{xnum_r}>{rtxt}</td>\n'
            f'  <td class="{"pct" if xnum_c else "text"} right"{xnum_c}>{stated}</td>\n'
            "</tr>\n")
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="content-type" content="application/vnd.ms-excel; charset=UTF-8">
<meta name="generator" content="e-SAKIP Kabupaten Sungai Rawa v3.2">
<title>Pengukuran Kinerja 2023</title>
<style>
<!--
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 10pt; }}
h3 {{ font-size: 12pt; margin: 0; text-align: center; }}
table {{ border-collapse: collapse; }}
th {{ background: #D9E1F2; font-weight: bold; text-align: center; vertical-align: middle; border: .5pt solid windowtext; }}
td {{ border: .5pt solid windowtext; vertical-align: top; padding: 2px; }}
.text {{ mso-number-format: "\\@"; }}
.num0 {{ mso-number-format: "\\#\\,\\#\\#0"; }}
.num2 {{ mso-number-format: "\\#\\,\\#\\#0\\.00"; }}
.pct {{ mso-number-format: "0\\.00"; }}
.center {{ text-align: center; }}
.right {{ text-align: right; }}
.nob td {{ border: none; }}
br {{ mso-data-placement: same-cell; }}
-->
</style>
</head>
<body>
<h3>PENGUKURAN KINERJA</h3>
<h3>DINAS KESEHATAN KABUPATEN SUNGAI RAWA</h3>
<p align="center"><b>TAHUN ANGGARAN 2023</b></p>
<p>Dicetak dari e-SAKIP pada 05-02-2024 09:41:17 oleh&nbsp;: perencanaan.dinkes</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead>
<tr>
  <th rowspan="2" width="30">No</th>
  <th rowspan="2" width="180">Sasaran Strategis</th>
  <th rowspan="2" width="260">Indikator Kinerja</th>
  <th rowspan="2" width="90">Satuan</th>
  <th rowspan="2" width="70">Sifat</th>
  <th colspan="3">Tahun 2023</th>
</tr>
<tr>
  <th width="80">Target</th>
  <th width="80">Realisasi</th>
  <th width="80">%<br>Capaian</th>
</tr>
</thead>
<tbody>
{"".join(body)}</tbody>
</table>
<table class="nob" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="3">Jumlah Anggaran Tahun 2023</td><td colspan="5">: Rp. 48.215.600.000,-</td></tr>
<tr><td colspan="3">Jumlah Realisasi Anggaran Tahun 2023</td><td colspan="5">: Rp. 44.584.965.320,-</td></tr>
<tr><td colspan="8">Catatan&nbsp;: capaian indikator bersifat negatif dihitung (2 x Target &minus; Realisasi) / Target x 100 %</td></tr>
<tr><td colspan="8">&nbsp;</td></tr>
<tr><td colspan="5">&nbsp;</td><td colspan="3" class="center">Sungai Rawa, 31 Januari 2024</td></tr>
<tr><td colspan="5">&nbsp;</td><td colspan="3" class="center">KEPALA DINAS KESEHATAN<br>KABUPATEN SUNGAI RAWA</td></tr>
<tr><td colspan="8">&nbsp;</td></tr>
<tr><td colspan="8">&nbsp;</td></tr>
<tr><td colspan="5">&nbsp;</td><td colspan="3" class="center"><b><u>dr. HENDRA WIRASATYA, M.Kes</u></b></td></tr>
<tr><td colspan="5">&nbsp;</td><td colspan="3" class="center">Pembina Utama Muda</td></tr>
<tr><td colspan="5">&nbsp;</td><td colspan="3" class="center">NIP. 19740312 200112 1 004</td></tr>
</table>
</body>
</html>
"""
    write_bytes(FN, html.replace("\n", "\r\n").encode("utf-8"))
    k.write()


if __name__ == "__main__":
    main()
