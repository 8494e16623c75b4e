"""File 6: HTML .xls from an English-locale application (figures 1,234.56), extra leading row-number
column, Realisasi before Target, Arah Maximize/Minimize, Kategori column.
Dinas Penanaman Modal dan PTSP Kota Marga Jaya, 2024."""
from common import *

FN = "export_kinerja_dpmptsp_marga_jaya_2024.xls"
SHEET = sheet_from_filename(FN)

# row: kode, indicator, unit, arah, realisasi, target, decimals shown for R/T
IND = {
    7: ("IKU.01", "Nilai realisasi investasi PMA dan PMDN", "Rp miliar", "Maximize", "1318.45", "1250", 2),
    8: ("IKU.02", "Jumlah izin usaha dan non-usaha yang diterbitkan", "izin", "Maximize", "4318", "4000", 0),
    9: ("IKU.03", "Persentase izin yang terbit tepat waktu sesuai SOP", "%", "Maximize", "96.4", "95", 2),
    10: ("IKU.04", "Waktu rata-rata penerbitan izin", "hari", "Minimize", "4.2", "5", 2),
    11: ("IKU.05", "Persentase pengaduan perizinan yang tidak terselesaikan", "%", "Minimize", "4", "5", 2),
    12: ("IKU.06", "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan", "nilai", "Maximize", "84.62", "85", 2),
    13: ("IKK.01", "Jumlah pelaku usaha yang difasilitasi NIB melalui OSS RBA", "pelaku usaha", "Maximize", "2870", "3200", 0),
    14: ("IKK.02", "Jumlah kegiatan promosi investasi (business forum & expo)", "kegiatan", "Maximize", "6", "6", 0),
    15: ("IKK.03", "Persentase perusahaan yang menyampaikan LKPM", "%", "Maximize", "71.3", "85", 2),
    16: ("IKK.04", "Jumlah peta potensi investasi yang dimutakhirkan", "dokumen", "Maximize", "3", "0", 0),
    17: ("IKK.05", "Persentase kelurahan yang terlayani perizinan keliling", "%", "Maximize", "62.5", "80", 2),
    18: ("IKK.06", "Jumlah tenaga kerja terserap dari investasi baru", "orang", "Maximize", "12480", "11500", 0),
}


def kategori(v):
    v = D(v)
    if v >= 91:
        return "Sangat Tinggi"
    if v >= 76:
        return "Tinggi"
    if v >= 66:
        return "Sedang"
    if v >= 51:
        return "Rendah"
    return "Sangat Rendah"


def main():
    layout = ("HTML .xls from an English-locale monitoring application (Export to Excel): UTF-8 meta, mso-number-format "
              "classes, figures as text in English notation (',' thousands, '.' decimals: 1,318.45; 4,318) with x:num on "
              "some cells. Title lines are the first rows of the table (colspan=9): Excel rows 1-3 titles, 4 blank, header "
              "rows 5-6 in <thead> (rowspan/colspan: 'Kinerja Tahun 2024' over Realisasi/Target/Capaian). Columns: "
              "A '#' (row numbers), B Kode, C Indikator Kinerja, D Satuan, E Arah (Maximize/Minimize), F Realisasi, "
              "G Target (realisasi BEFORE target), H Capaian (%), I Kategori (Permendagri scale: >=91 Sangat Tinggi, 76-90 "
              "Tinggi, 66-75 Sedang, 51-65 Rendah, <=50 Sangat Rendah). Data rows 7-18 (12 indicators). Minimize "
              "indicators use target / realisasi x 100 (both rows 10 and 11 agree, and the note under the table states "
              "it). No capping. A second table holds notes and signature.")
    k = Key(FN, SHEET, layout)
    body = []
    for r in range(7, 19):
        kode, name, unit, arah, rv, t, nd = IND[r]
        rv, t = D(rv), D(t)
        exact = None
        if t != 0:
            exact = cap_neg_tr(t, rv) if arah == "Minimize" else cap_pos(t, rv)
        stated = fmt(exact, 2, "en") if exact is not None else ""
        kat = kategori(rhu(exact)) if exact is not None else ""
        xr = xt = ""
        if r == 8:
            k.trap(r, "F8", "thousands-separator-english-locale",
                   "4,318 and 4,000 izin: ',' groups thousands in this English-locale export (decimals are '.' throughout); 4318/4000 = 107.95 right.")
        elif r == 10:
            k.trap(r, "H10", "negative-indicator-alternative-formula",
                   "Minimize: target/realisasi = 5/4.2x100 = 119.0476 -> 119.05, the formula the note states and row 11 also uses; (2T-R)/T would give 116.00.")
        elif r == 11:
            k.trap(r, "H11", "negative-indicator-alternative-formula",
                   "Minimize: 5/4x100 = 125.00 (target/realisasi), consistent with row 10 and the note; (2T-R)/T would give 120.00.")
        elif r == 13:
            stated = fmt(trunc(exact), 2, "en")
            k.mistake(r, "H13", "capaian-truncated", plain(rhu(exact)),
                      "2,870/3,200x100 = 89.6875; stated 89.68 is truncated, rounded half up is 89.69 (category Tinggi either way).")
        elif r == 14:
            k.trap(r, "H14", "capaian-exactly-100", "6 of 6: exactly 100.00.")
        elif r == 15:
            kat = "Sangat Tinggi"
            k.mistake(r, "I15", "kategori-wrong", "Tinggi",
                      "Capaian 71.30/85x100 = 83.88 (stated right) falls in 76-90, Tinggi; the cell says Sangat Tinggi.")
        elif r == 16:
            stated = "100.00"
            kat = "Sangat Tinggi"
            k.mistake(r, "H16", "target-zero", "undefined",
                      "Target 0 with realisasi 3 and no note: capaian is undefined, 100.00 is invented.")
        elif r == 17:
            stated = "87.50"
            kat = kategori(D("87.50"))
            k.mistake(r, "H17", "capaian-wrong", plain(rhu(exact)),
                      "62.50/80x100 = 78.125 -> 78.13 (half up); stated 87.50. Kategori Tinggi holds for both.")
        else:
            k.clean(r)
        if r in (7, 8, 18):
            xr = f' x:num="{plain(rv)}"'
            xt = f' x:num="{plain(t)}"'
        k.indicator(r, name.replace("&amp;", "&"), t, rv)
        body.append(
            f'<tr><td class="c">{r - 6}</td><td class="t">{kode}</td><td class="t">{esc(name)}</td>'
            f'<td class="t c">{unit}</td><td class="t c">{arah}</td>'
            f'<td class="{"n2" if nd else "n0"}"{xr}>{fmt(rv, nd, "en")}</td>'
            f'<td class="{"n2" if nd else "n0"}"{xt}>{fmt(t, nd, "en")}</td>'
            f'<td class="t r">{stated}</td><td class="t c">{kat}</td></tr>\n')
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">
<meta name="ProgId" content="Excel.Sheet">
<style type="text/css">
td, th {{ font-family: Calibri, sans-serif; font-size: 10pt; border: thin solid #000000; }}
th {{ background-color: #305496; color: #FFFFFF; }}
.t {{ mso-number-format: "\\@"; }}
.n0 {{ mso-number-format: "\\#\\,\\#\\#0"; text-align: right; }}
.n2 {{ mso-number-format: "\\#\\,\\#\\#0\\.00"; text-align: right; }}
.c {{ text-align: center; }}
.r {{ text-align: right; }}
.title {{ font-size: 13pt; font-weight: bold; border: none; text-align: center; }}
.plain {{ border: none; }}
br {{ mso-data-placement: same-cell; }}
</style>
</head>
<body>
<table border="1" cellpadding="3" cellspacing="0">
<thead>
<tr><td colspan="9" class="title">LAPORAN CAPAIAN KINERJA (PERFORMANCE ACHIEVEMENT REPORT)</td></tr>
<tr><td colspan="9" class="title">DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA MARGA JAYA</td></tr>
<tr><td colspan="9" class="title">Periode: January - December 2024</td></tr>
<tr><td colspan="9" class="plain">&nbsp;</td></tr>
<tr><th rowspan="2">#</th><th rowspan="2">Kode</th><th rowspan="2">Indikator Kinerja</th><th rowspan="2">Satuan</th><th rowspan="2">Arah</th><th colspan="3">Kinerja Tahun 2024</th><th rowspan="2">Kategori</th></tr>
<tr><th>Realisasi</th><th>Target</th><th>Capaian (%)</th></tr>
</thead>
<tbody>
{"".join(body)}</tbody>
</table>
<table border="0" cellpadding="3" cellspacing="0">
<tr><td colspan="9" class="plain">&nbsp;</td></tr>
<tr><td colspan="9" class="plain">Notes: Capaian (Maximize) = Realisasi / Target x 100; Capaian (Minimize) = Target / Realisasi x 100.</td></tr>
<tr><td colspan="9" class="plain">Kategori: &ge;91 Sangat Tinggi; 76&ndash;90 Tinggi; 66&ndash;75 Sedang; 51&ndash;65 Rendah; &le;50 Sangat Rendah.</td></tr>
<tr><td colspan="9" class="plain">Generated: 2025-01-14 16:03:55 (UTC+07:00) &middot; user: dpmptsp_admin</td></tr>
<tr><td colspan="6" class="plain">&nbsp;</td><td colspan="3" class="plain c">Marga Jaya, January 14, 2025<br>Kepala Dinas Penanaman Modal dan PTSP</td></tr>
<tr><td colspan="9" class="plain" height="60">&nbsp;</td></tr>
<tr><td colspan="6" class="plain">&nbsp;</td><td colspan="3" class="plain c"><b>RATNA DEWI KUSUMAWARDANI, S.H., M.M.</b></td></tr>
<tr><td colspan="6" class="plain">&nbsp;</td><td colspan="3" class="plain c">NIP. 19800214 200604 2 011</td></tr>
</table>
</body>
</html>
"""
    write_bytes(FN, html.encode("utf-8"))
    k.write()


if __name__ == "__main__":
    main()
