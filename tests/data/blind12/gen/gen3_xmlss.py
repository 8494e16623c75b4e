"""File 3: Excel 2003 XML Spreadsheet saved as .xls by an e-Kinerja application.
Dinas Sosial Kota Pelabuhan Baru, Pengukuran Kinerja 2024, two worksheets."""
from common import *

FN = "capaian_kinerja_dinsos_pelabuhan_baru_2024.xls"
SHEET = "Capaian Kinerja 2024"
F_POS = "=RC[-1]/RC[-2]*100"
F_NEG = "=(2*RC[-2]-RC[-1])/RC[-2]*100"
F_FRAC = "=RC[-1]/RC[-2]"

SAS = [("Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial (PMKS)", 6, 5),
       ("Meningkatnya kualitas penanganan korban bencana", 11, 3),
       ("Meningkatnya peran potensi dan sumber kesejahteraan sosial (PSKS)", 14, 3),
       ("Meningkatnya akuntabilitas kinerja &amp; pelayanan Dinas Sosial", 17, 2)]

# row: (indicator, unit, polarity, target, realisasi, target style, real style)
IND = {
    6: ("Persentase penduduk miskin", "%", "Negatif", "8.20", "7.95", "sFix", "sFix"),
    7: ("Persentase PMKS yang memperoleh bantuan sosial", "%", "Positif", "85", "88.6", "sFix", "sFix"),
    8: ("Jumlah KPM PKH yang graduasi mandiri", "KK", "Positif", "450", "512", "sInt", "sInt"),
    9: ("Persentase anak terlantar yang terpenuhi kebutuhan dasarnya", "%", "Positif", "90", "86.08", "sFix", "sFix"),
    10: ("Jumlah penyandang disabilitas yang memperoleh alat bantu", "orang", "Positif", "120", "120", "sInt", "sInt"),
    11: ("Persentase korban bencana yang memperoleh bantuan pada masa tanggap darurat", "%", "Positif", "100", "100", "sFix", "sFix"),
    12: ("Waktu tanggap darurat bencana sejak laporan diterima", "jam", "Negatif", "24", "30", "sInt", "sInt"),
    13: ("Jumlah Kampung Siaga Bencana (KSB) yang dibentuk", "kampung", "Positif", "6", "4", "sInt", "sInt"),
    14: ("Jumlah PSKS yang aktif (TKSK, PSM, Karang Taruna)", "lembaga", "Positif", "75", "81", "sInt", "sInt"),
    15: ("Persentase rumah tidak layak huni (RTLH) yang direhabilitasi", "unit", "Positif", "150", "142", "sInt", "sInt"),
    16: ("Jumlah PSKS yang aktif (TKSK, PSM, Karang Taruna)", "lembaga", "Positif", "75", "81", "sInt", "sInt"),
    17: ("Indeks Kepuasan Masyarakat (IKM) terhadap layanan Dinas Sosial", "Nilai", "Positif", "80", "82.43", "sFix", "sFix"),
    18: ("Persentase laporan kinerja dan keuangan yang disampaikan tepat waktu", "%", "Positif", "100", "100", "sFix", "sFix"),
}


def num(v):
    """Number as Excel writes it in <Data>: shortest repr of the double."""
    f = float(v)
    if f == int(f) and abs(f) < 1e15:
        return str(int(f))
    return repr(f)


def cell(v, typ="String", style=None, idx=None, formula=None, across=None, down=None):
    a = ""
    if idx:
        a += f' ss:Index="{idx}"'
    if across:
        a += f' ss:MergeAcross="{across}"'
    if down:
        a += f' ss:MergeDown="{down}"'
    if style:
        a += f' ss:StyleID="{style}"'
    if formula:
        a += f' ss:Formula="{formula}"'
    if v is None:
        return f"<Cell{a}/>"
    return f'<Cell{a}><Data ss:Type="{typ}">{v}</Data></Cell>'


def main():
    layout = ("Excel 2003 XML Spreadsheet (SpreadsheetML, <?mso-application progid=\"Excel.Sheet\"?>) saved with the .xls "
              "extension by an e-Kinerja web application. Two worksheets: 'Keterangan' (cover and notes: source, formulas, "
              "polarity) and 'Capaian Kinerja 2024' (the table). Table sheet: row 1-2 title (ss:MergeAcross=7), row 3 absent "
              "(next row has ss:Index=4), header rows 4-5 (No/Sasaran/Indikator/Satuan/Polaritas with ss:MergeDown=1, "
              "'Tahun 2024' ss:MergeAcross=2 over Target/Realisasi/Capaian; row 5 starts with ss:Index=6). Columns A No, "
              "B Sasaran (ss:MergeDown over its indicators, so the rows below skip B with ss:Index=3), C Indikator, "
              "D Satuan, E Polaritas (Positif/Negatif), F Target, G Realisasi, H Capaian (%) in percent points. Data rows "
              "6-18 (13 indicators, 4 sasaran). Figures are typed ss:Type=Number; most H cells are R1C1 formulas "
              "(=RC[-1]/RC[-2]*100, negative =(2*RC[-2]-RC[-1])/RC[-2]*100) with the cached value in <Data>; H styles: "
              "'Fixed' (2 decimals), '0', 'Percent' (H10 holds 1 shown as 100.00%). Signature block in rows 20-27.")
    k = Key(FN, SHEET, layout)
    rows = []
    rows.append('<Row ss:Height="18">' + cell("PENGUKURAN KINERJA", style="sTitle", across=7) + "</Row>")
    rows.append('<Row ss:Height="18">' + cell("DINAS SOSIAL KOTA PELABUHAN BARU TAHUN 2024", style="sTitle", across=7) + "</Row>")
    rows.append('<Row ss:Index="4" ss:Height="15">' + cell("No", style="sHead", down=1) + cell("Sasaran Strategis", style="sHead", down=1)
                + cell("Indikator Kinerja", style="sHead", down=1) + cell("Satuan", style="sHead", down=1)
                + cell("Polaritas", style="sHead", down=1) + cell("Tahun 2024", style="sHead", across=2) + "</Row>")
    rows.append('<Row ss:Height="15">' + cell("Target", style="sHead", idx=6) + cell("Realisasi", style="sHead")
                + cell("Capaian (%)", style="sHead") + "</Row>")
    sas_at = {r: (n, d) for n, r, d in SAS}
    no = 0
    for r in range(6, 19):
        name, unit, pol, t, rv, ts, rs = IND[r]
        no += 1
        t, rv = D(t), D(rv)
        exact = cap_neg(t, rv) if pol == "Negatif" else cap_pos(t, rv)
        formula = F_NEG if pol == "Negatif" else F_POS
        hval, hstyle = exact, "sFix"
        if r == 6:
            k.trap(r, "H6", "negative-indicator-correct",
                   "Persentase penduduk miskin is Negatif: (2x8,20-7,95)/8,20x100 = 103,0488 (formula cached, shown 103.05); the positive formula would give 96,95.")
        elif r == 9:
            formula = F_FRAC
            hval = rv / t
            k.mistake(r, "H9", "capaian-fraction", plain(rhu(exact)),
                      "Formula =RC[-1]/RC[-2] without x100 in a 'Fixed' (percent points) column: cached 0.95644..., shown 0.96; 86,08/90x100 = 95,64.")
        elif r == 10:
            formula = F_FRAC
            hval = rv / t
            hstyle = "sPct"
            k.trap(r, "H10", "capaian-percent-format-fraction",
                   "H10 holds 1 (=RC[-1]/RC[-2]) with the 'Percent' number format, shown 100.00%: right, the format says it is a fraction.")
        elif r == 12:
            formula = F_POS
            hval = cap_pos(t, rv)
            k.mistake(r, "H12", "negative-positive-formula", plain(rhu(exact)),
                      "Waktu tanggap is Negatif (E12) but H12 uses =RC[-1]/RC[-2]*100 -> 125; (2x24-30)/24x100 = 75,00.")
        elif r == 13:
            formula = None
            hval = trunc(exact)
            k.mistake(r, "H13", "capaian-truncated", plain(rhu(exact)),
                      "Typed 66.66 (no formula); 4/6x100 = 66,6667 -> 66,67.")
        elif r == 15:
            k.mistake(r, "D15", "unit-unlike-name", "%",
                      "Name says Persentase but Satuan is 'unit' and target/realisasi are counts of houses (150 / 142); the % (94,67) is right for the counts.")
        elif r == 16:
            k.mistake(r, "C16", "duplicate-indicator", "",
                      "Same indicator, unit and figures as row 14 (Jumlah PSKS yang aktif, 75 / 81 lembaga) repeated under the same sasaran.")
        elif r == 17:
            formula = None
            hval = rhu(exact, 0)
            hstyle = "sWhole"
            k.trap(r, "H17", "capaian-rounded-at-precision",
                   "Typed 103 with number format '0'; 82,43/80x100 = 103,0375 -> 103 at the precision shown: right.")
        else:
            k.clean(r)
        k.indicator(r, name.replace("&amp;", "&"), t, rv)
        cs = [cell(no, "Number", "sCenter")]
        if r in sas_at:
            n, d = sas_at[r]
            cs.append(cell(n, style="sWrap", down=d - 1))
            cs.append(cell(name, style="sWrap"))
        else:
            cs.append(cell(name, style="sWrap", idx=3))
        cs.append(cell(unit, style="sCenter"))
        cs.append(cell(pol, style="sCenter"))
        cs.append(cell(num(t), "Number", ts))
        cs.append(cell(num(rv), "Number", rs))
        cs.append(cell(num(hval if formula is None else D(repr(float(hval)))), "Number", hstyle, formula=formula))
        rows.append("<Row>" + "".join(cs) + "</Row>")
    rows.append('<Row ss:Index="20">' + cell("Pelabuhan Baru, 20 Januari 2025", idx=6, across=2, style="sCenterPlain") + "</Row>")
    rows.append("<Row>" + cell("KEPALA DINAS SOSIAL", idx=6, across=2, style="sCenterPlain") + "</Row>")
    rows.append("<Row>" + cell("KOTA PELABUHAN BARU", idx=6, across=2, style="sCenterPlain") + "</Row>")
    rows.append('<Row ss:Index="25">' + cell("ANDI MAPPASESSU, S.Sos., M.Si", idx=6, across=2, style="sSign") + "</Row>")
    rows.append("<Row>" + cell("Pembina Tk. I (IV/b)", idx=6, across=2, style="sCenterPlain") + "</Row>")
    rows.append("<Row>" + cell("NIP. 19780921 200501 1 003", idx=6, across=2, style="sCenterPlain") + "</Row>")

    notes = [
        ("KETERANGAN", "sTitleLeft"),
        ("Dokumen: Pengukuran Kinerja Tahun 2024", None),
        ("Perangkat Daerah: Dinas Sosial Kota Pelabuhan Baru", None),
        ("Sumber data: Aplikasi e-Kinerja Kota Pelabuhan Baru, diunduh 21-01-2025", None),
        ("Rumus capaian indikator positif: Realisasi / Target x 100", None),
        ("Rumus capaian indikator negatif: (2 x Target - Realisasi) / Target x 100", None),
        ("Polaritas Negatif: semakin rendah realisasi semakin baik", None),
        ("Lembar data: 'Capaian Kinerja 2024'", None),
    ]
    nrows = "".join("<Row>" + cell(t, style=s) + "</Row>\n" for t, s in notes)

    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>e-Kinerja Kota Pelabuhan Baru</Author>
  <Created>2025-01-21T02:14:09Z</Created>
  <Version>12.00</Version>
 </DocumentProperties>
 <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">
  <ActiveSheet>1</ActiveSheet>
  <ProtectStructure>False</ProtectStructure>
  <ProtectWindows>False</ProtectWindows>
 </ExcelWorkbook>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Bottom"/>
   <Font ss:FontName="Calibri" ss:Size="10"/>
  </Style>
  <Style ss:ID="sTitle"><Alignment ss:Horizontal="Center"/><Font ss:FontName="Calibri" ss:Size="12" ss:Bold="1"/></Style>
  <Style ss:ID="sTitleLeft"><Font ss:FontName="Calibri" ss:Size="12" ss:Bold="1"/></Style>
  <Style ss:ID="sHead"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>
   <Borders><Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/><Border ss:Position="Left" ss:LineStyle="Continuous" ss:Weight="1"/><Border ss:Position="Right" ss:LineStyle="Continuous" ss:Weight="1"/><Border ss:Position="Top" ss:LineStyle="Continuous" ss:Weight="1"/></Borders>
   <Font ss:FontName="Calibri" ss:Size="10" ss:Bold="1"/><Interior ss:Color="#DDEBF7" ss:Pattern="Solid"/></Style>
  <Style ss:ID="sWrap"><Alignment ss:Vertical="Top" ss:WrapText="1"/></Style>
  <Style ss:ID="sCenter"><Alignment ss:Horizontal="Center" ss:Vertical="Top"/></Style>
  <Style ss:ID="sCenterPlain"><Alignment ss:Horizontal="Center"/></Style>
  <Style ss:ID="sSign"><Alignment ss:Horizontal="Center"/><Font ss:FontName="Calibri" ss:Size="10" ss:Bold="1" ss:Underline="Single"/></Style>
  <Style ss:ID="sInt"><Alignment ss:Vertical="Top"/><NumberFormat ss:Format="#,##0"/></Style>
  <Style ss:ID="sFix"><Alignment ss:Vertical="Top"/><NumberFormat ss:Format="Fixed"/></Style>
  <Style ss:ID="sWhole"><Alignment ss:Vertical="Top"/><NumberFormat ss:Format="0"/></Style>
  <Style ss:ID="sPct"><Alignment ss:Vertical="Top"/><NumberFormat ss:Format="Percent"/></Style>
  <Style ss:ID="sPct2"><NumberFormat ss:Format="0.00%"/></Style>
 </Styles>
 <Worksheet ss:Name="Keterangan">
  <Table ss:ExpandedColumnCount="1" ss:ExpandedRowCount="{len(notes)}" x:FullColumns="1" x:FullRows="1">
   <Column ss:Width="420"/>
{nrows}  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><ProtectObjects>False</ProtectObjects><ProtectScenarios>False</ProtectScenarios></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="{SHEET}">
  <Table ss:ExpandedColumnCount="8" ss:ExpandedRowCount="27" x:FullColumns="1" x:FullRows="1" ss:DefaultRowHeight="15">
   <Column ss:Width="24"/>
   <Column ss:Width="170"/>
   <Column ss:Width="240"/>
   <Column ss:Width="55"/>
   <Column ss:Width="55"/>
   <Column ss:Width="60" ss:Span="2"/>
{"".join("   " + x + chr(10) for x in rows)}  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <PageSetup><Layout x:Orientation="Landscape"/></PageSetup>
   <Selected/>
   <FreezePanes/><FrozenNoSplit/><SplitHorizontal>5</SplitHorizontal><TopRowBottomPane>5</TopRowBottomPane><ActivePane>2</ActivePane>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
"""
    write_bytes(FN, xml.replace("\n", "\r\n").encode("utf-8"))
    k.write()


if __name__ == "__main__":
    main()
