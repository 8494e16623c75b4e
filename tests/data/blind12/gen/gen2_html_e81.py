"""File 2: HTML .xls written by an e-Monev application (old ASP style: uppercase tags, unquoted
attributes, class=xl65.., windows-1252), Permendagri 86/2017 Formulir E.81 with K/Rp pairs,
Dinas Pertanian dan Ketahanan Pangan Kabupaten Tanjung Lestari, Triwulan IV 2024."""
from common import *

FN = "E81_TW4_2024_Distankp_Tanjung_Lestari.xls"
SHEET = sheet_from_filename(FN)
NCOL = 29
M = 1_000_000

# code, level, name, indicator, unit, F (renstra K), H (real renstra K to 2023), J (target K 2024),
# K quarters, G (renstra Rp), I (real renstra Rp to 2023), K (target Rp), Rp quarters, unit PD, note
SUBS = {
    "1.1.1": ("Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
              "Panjang jaringan irigasi usaha tani yang direhabilitasi", "meter", 7500, 4800, 1500, [150, 400, 500, 300],
              4100 * M, 2310 * M, 850 * M, [42_500_000, 212_400_000, 318_750_000, 241_300_000], "Bidang PSP", ""),
    "1.1.2": ("Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
              "Panjang jalan usaha tani yang dibangun", "meter", 4000, 2350, 800, [0, 250, 337, 250],
              3000 * M, 1_720_500_000, 620 * M, [0, 155 * M, 210_800_000, 236_150_000], "Bidang PSP", ""),
    "1.1.3": ("Pembangunan Embung Pertanian", "Jumlah embung pertanian yang dibangun", "unit", 6, 3, 0, [0, 0, 0, 0],
              1500 * M, 745 * M, 0, [0, 0, 0, 0], "Bidang PSP",
              "Target 0: pembangunan embung ditunda ke TA 2025 (refocusing anggaran, SK Bupati No. 12/2024)"),
    "2.1.1": ("Penyelenggaraan Penyuluhan Pertanian", "Jumlah kegiatan penyuluhan yang dilaksanakan", "kali",
              240, 144, 48, [10, 13, 12, 11], 1500 * M, 905 * M, 310 * M, [62 * M, 81_250_000, 78_900_000, 71_600_000],
              "Bidang Penyuluhan", ""),
    "2.1.2": ("Pelatihan Petani dan Pelaku Usaha Pertanian", "Jumlah petani yang dilatih", "orang", 1250, 780, 250,
              [0, 100, 110, 65], 2300 * M, 1385 * M, 475 * M, [0, 180_500_000, 190 * M, 88_700_000], "Bidang Penyuluhan", ""),
    "2.1.3": ("Penyediaan dan Pengembangan Sarana Penyuluhan Pertanian", "Jumlah BPP yang direhabilitasi", "unit",
              10, 5, 3, [0, 0, 1, 2], 2600 * M, 1010 * M, 540 * M, [0, 0, 87_500_000, 428_650_000], "Bidang Penyuluhan", ""),
    "3.1.1": ("Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan yang disusun", "dokumen",
              25, 15, 5, [2, 1, 1, 1], 700 * M, 430 * M, 145 * M, [38 * M, 35_500_000, 32_250_000, 36_800_000],
              "Sekretariat", ""),
    "3.1.2": ("Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi kinerja yang disusun", "laporan",
              20, 12, 4, [1, 1, 1, 1], 480 * M, 290 * M, 98 * M, [24_500_000, 24_500_000, 24_500_000, 22_350_000],
              "Sekretariat", ""),
}
UPPER = {  # code: (name, indicator, unit, F, H, J, quarters K, unit PD)
    "1": ("PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
          "Luas areal pertanian yang terlayani prasarana irigasi dan jalan usaha tani", "Ha", 3000, 1950, 650, [0, 120, 260, 215], "Bidang PSP"),
    "1.1": ("Pengembangan Prasarana Pertanian", "Jumlah paket prasarana pertanian yang dibangun/direhabilitasi", "paket",
            60, 38, 12, [0, 3, 5, 4], "Bidang PSP"),
    "2": ("PROGRAM PENYULUHAN PERTANIAN", "Jumlah kelompok tani yang naik kelas", "kelompok", 150, 96, 30, [0, 6, 10, 12],
          "Bidang Penyuluhan"),
    "2.1": ("Pengembangan Penerapan Penyuluhan Pertanian", "Jumlah penyuluh pertanian yang meningkat kapasitasnya", "orang",
            200, 118, 40, [0, 15, 12, 10], "Bidang Penyuluhan"),
    "3": ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
          "Jumlah dokumen perencanaan dan pelaporan yang tersusun tepat waktu", "dokumen", 45, 27, 9, [3, 2, 2, 2], "Sekretariat"),
    "3.1": ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Jumlah dokumen perencanaan dan evaluasi yang disusun", "dokumen", 45, 27, 9, [3, 2, 2, 2], "Sekretariat"),
}
ORDER = ["1", "1.1", "1.1.1", "1.1.2", "1.1.3", "2", "2.1", "2.1.1", "2.1.2", "2.1.3", "3", "3.1", "3.1.1", "3.1.2"]
SASARAN = {"1": ("Meningkatnya ketersediaan prasarana pertanian", 5),
           "2": ("Meningkatnya kapasitas SDM dan kelembagaan petani", 5),
           "3": ("Meningkatnya akuntabilitas kinerja Perangkat Daerah", 4)}
FIRST_ROW = 9


def rp_of(code):
    """(G, I, Ktarget, [q1..q4]) summed over the sub kegiatan under code."""
    G = I = Kt = 0
    q = [0, 0, 0, 0]
    for c, s in SUBS.items():
        if c == code or c.startswith(code + "."):
            G += s[7]; I += s[8]; Kt += s[9]
            q = [a + b for a, b in zip(q, s[10])]
    return G, I, Kt, q


def n0(x):
    return "-" if x == 0 else fmt(x, 0)


def pct(x):
    return fmt(x, 2)


def main():
    layout = ("HTML .xls from an e-Monev web application (uppercase tags, unquoted attributes, class=xl65.. with "
              "mso-number-format, charset=windows-1252 in the meta tag and the bytes in cp1252, br kept in its cell by "
              "br{mso-data-placement:same-cell}; three <TABLE>s: the form with its title rows, then notes, then "
              "signatures). Permendagri 86/2017 Formulir E.81 (Evaluasi terhadap hasil Renja), TW IV 2024. Excel rows: "
              "1-4 title rows inside the first table (COLSPAN=29), 5 blank, 6-7 header (ROWSPAN/COLSPAN: each measure a K/Rp "
              "pair), 8 column numbers with the rules (13=9+10+11+12, 14=13/8x100, 15=7+13, 16=15/6x100). Columns: A No (code), "
              "B Sasaran (ROWSPAN over its program block), C Program/Kegiatan/Sub kegiatan, D Indikator, E Satuan, F/G Target "
              "Renstra 2026 K/Rp, H/I Realisasi Renstra s.d. 2023, J/K Target Renja 2024, L/M..R/S realisasi TW I..IV, T/U "
              "Realisasi 2024 (sum of the quarters), V/W Tingkat capaian 2024 % (K: T/J; Rp = serapan U/K), X/Y Realisasi "
              "Renstra s.d. 2024 (H+T, I+U), Z/AA Tingkat capaian Renstra % (X/F, Y/G), AB Unit PD, AC Keterangan. Data rows "
              "9-22 (3 programs, 3 kegiatan, 8 sub kegiatan; every row is an indicator, all quantities that add up), row 23 "
              "JUMLAH (Rp only). Program and kegiatan Rp are the sums of their sub kegiatan. Indonesian notation as text; "
              "'-' for zero.")
    k = Key(FN, SHEET, layout)
    rows = []
    r = FIRST_ROW
    tot = {"G": 0, "I": 0, "K": 0, "q": [0, 0, 0, 0]}
    for code in ORDER:
        if code in SUBS:
            s = SUBS[code]
            name, ind, unit, F, H, J, qk = s[0], s[1], s[2], s[3], s[4], s[5], s[6]
            upd, note = s[11], s[12]
        else:
            u = UPPER[code]
            name, ind, unit, F, H, J, qk, upd = u
            note = ""
        G, I, Kt, qr = rp_of(code)
        if "." not in code:
            tot["G"] += G; tot["I"] += I; tot["K"] += Kt
            tot["q"] = [a + b for a, b in zip(tot["q"], qr)]
        T = sum(qk)
        U = sum(qr)
        cells = {}
        cells["A"] = code
        cells["C"] = name
        cells["D"] = ind
        cells["E"] = unit
        cells["F"], cells["G"] = n0(F), n0(G)
        cells["H"], cells["I"] = n0(H), n0(I)
        cells["J"], cells["K"] = fmt(J, 0), n0(Kt)
        for i, (a, b) in enumerate(zip(["L", "N", "P", "R"], ["M", "O", "Q", "S"])):
            cells[a], cells[b] = n0(qk[i]), n0(qr[i])
        Tst = T
        cells["T"], cells["U"] = fmt(T, 0), n0(U)
        V = cap_pos(J, T) if J else None
        W = cap_pos(Kt, U) if Kt else None
        cells["V"] = pct(V) if V is not None else "-"
        cells["W"] = pct(W) if W is not None else "-"
        X, Y = H + T, I + U
        cells["X"], cells["Y"] = fmt(X, 0), n0(Y)
        cells["Z"], cells["AA"] = pct(cap_pos(F, X)), pct(cap_pos(G, Y))
        cells["AB"] = upd
        cells["AC"] = note
        # planted items
        if r == 11:
            cells["T"] = "0"
            cells["V"] = pct(0)
            cells["X"] = fmt(H, 0)
            cells["Z"] = pct(cap_pos(F, H))
            k.mistake(r, "T11", "computed-column-typed-over", plain(T),
                      "Column 13 (=9+10+11+12) holds 0 while TW I-IV hold 150+400+500+300 = 1.350 m. V11 (0,00), X11 (4.800) and Z11 (64,00) only follow it (true: 90,00 / 6.150 / 82,00).")
        elif r == 12:
            k.trap(r, "V12", "capaian-rounded-half-up",
                   "837/800x100 = 104,625 exactly: half up gives 104,63 as stated (half-even would give 104,62). Z12: 3.187/4.000 = 79,675 -> 79,68, also right.")
        elif r == 13:
            k.trap(r, "V13", "target-zero-with-note",
                   "Target Renja 0 and realisasi 0 with capaian '-' and serapan '-'; Keterangan (AC13) explains the postponement. Renstra columns still right: 3/6 = 50,00.")
        elif r == 15:
            cells["V"] = "95,00"
            k.mistake(r, "V15", "capaian-wrong", plain(rhu(V)),
                      "37/40x100 = 92,50; stated 95,00.")
        elif r == 16:
            true_z = rhu(cap_pos(F, X))
            cells["Z"] = "79,71"
            k.mistake(r, "Z16", "renstra-capaian-wrong", plain(true_z),
                      "Column 16 = 15/6x100 = 190/240x100 = 79,1667 -> 79,17; stated 79,71 (digits swapped).")
        elif r == 17:
            k.trap(r, "V17", "capaian-over-100-uncapped",
                   "275 petani trained against 250: 110,00, not capped (nothing in the form caps).")
        elif r == 18:
            cells["Q"] = "87.500.00"
            k.mistake(r, "Q18", "number-malformed", "87500000",
                      "TW III Rp typed '87.500.00' (last group of two digits); column 13 Rp (U18 = 516.150.000) and the kegiatan/program sums imply 87.500.000.")
        elif r == 20:
            cells["W"] = "89,11"
            k.mistake(r, "W20", "serapan-wrong", plain(rhu(W)),
                      "Serapan = 238.400.000 / 243.000.000 x 100 = 98,1070 -> 98,11; stated 89,11.")
        elif r == 22:
            k.trap(r, "V22", "capaian-exactly-100",
                   "One laporan per quarter, 1+1+1+1 = 4 against 4: exactly 100,00.")
        else:
            k.clean(r)
        k.indicator(r, ind, J, T)
        cells["_level"] = "program" if "." not in code else ("kegiatan" if code.count(".") == 1 else "sub")
        cells["_sas"] = SASARAN.get(code)
        rows.append(cells)
        r += 1
    # JUMLAH row (row 23)
    Gt, It, Kt, qt = tot["G"], tot["I"], tot["K"], tot["q"]
    Ut = sum(qt)
    k_stated = Kt + 125 * M
    jml = {"A": "", "C": "JUMLAH", "G": n0(Gt), "I": n0(It), "K": fmt(k_stated, 0),
           "M": n0(qt[0]), "O": n0(qt[1]), "Q": n0(qt[2]), "S": n0(qt[3]), "U": n0(Ut),
           "W": pct(cap_pos(k_stated, Ut)), "Y": n0(It + Ut), "AA": pct(cap_pos(Gt, It + Ut)), "_level": "total"}
    k.mistake(23, "K23", "budget-total-not-sum", plain(Kt),
              "JUMLAH of Target Renja Rp: %s stated, the three programs add up to %s. W23 (serapan on the stated total) only follows it." % (fmt(k_stated, 0), fmt(Kt, 0)))
    rows.append(jml)

    cols = [col_letter(i) for i in range(1, NCOL + 1)]
    out = []
    out.append('<HTML xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">')
    out.append("<HEAD>")
    out.append('<META HTTP-EQUIV=Content-Type CONTENT="application/vnd.ms-excel; charset=windows-1252">')
    out.append("<META NAME=ProgId CONTENT=Excel.Sheet>")
    out.append("<TITLE>Evaluasi Renja TW IV 2024</TITLE>")
    out.append("<STYLE>")
    out.append("<!--")
    out.append("TABLE {border-collapse:collapse}")
    out.append("TD {font-family:Tahoma; font-size:8.0pt; vertical-align:top}")
    out.append(".xl65 {mso-number-format:\"\\@\"; border:.5pt solid windowtext; white-space:normal}")
    out.append(".xl66 {mso-number-format:\"\\@\"; border:.5pt solid windowtext; text-align:right}")
    out.append(".xl67 {mso-number-format:\"\\@\"; border:.5pt solid windowtext; text-align:center; font-weight:700; background:#C0C0C0}")
    out.append(".xl68 {mso-number-format:\"\\@\"; border:.5pt solid windowtext; font-weight:700}")
    out.append(".xl69 {mso-number-format:\"\\@\"; border:.5pt solid windowtext; font-style:italic}")
    out.append(".xl70 {font-size:11.0pt; font-weight:700; text-align:center}")
    out.append(".xl71 {text-align:center}")
    out.append("BR {mso-data-placement:same-cell}")
    out.append("-->")
    out.append("</STYLE>")
    out.append("</HEAD>")
    out.append("<BODY>")
    out.append("<TABLE BORDER=0 CELLPADDING=2 CELLSPACING=0 WIDTH=2400>")
    out.append("<TR><TD COLSPAN=29 CLASS=xl70>EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANJUNG LESTARI</TD></TR>")
    out.append("<TR><TD COLSPAN=29 CLASS=xl70>RENJA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN TANJUNG LESTARI</TD></TR>")
    out.append("<TR><TD COLSPAN=29 CLASS=xl70>PERIODE PELAKSANAAN: TRIWULAN IV TAHUN ANGGARAN 2024</TD></TR>")
    out.append("<TR><TD COLSPAN=29>Indikator dan target kinerja Perangkat Daerah mengacu pada Renstra periode 2021\u20132026 (Formulir E.81, Permendagri 86 Tahun 2017)</TD></TR>")
    out.append("<TR><TD COLSPAN=29>&nbsp;</TD></TR>")
    # header row 6
    h6 = ["<TR>",
          "<TD ROWSPAN=2 CLASS=xl67>No</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Sasaran</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Program/Kegiatan/<BR>Sub Kegiatan</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Indikator Kinerja Program (<I>outcome</I>)/<BR>Kegiatan/Sub Kegiatan (<I>output</I>)</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Satuan</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Kinerja Pada Triwulan I</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Kinerja Pada Triwulan II</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Kinerja Pada Triwulan III</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Kinerja Pada Triwulan IV</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2024</TD>",
          "<TD COLSPAN=2 CLASS=xl67>Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2024 (%)</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Unit PD Penanggung Jawab</TD>",
          "<TD ROWSPAN=2 CLASS=xl67>Keterangan</TD>",
          "</TR>"]
    out.append("".join(h6))
    out.append("<TR>" + "<TD CLASS=xl67>K</TD><TD CLASS=xl67>Rp</TD>" * 11 + "</TR>")
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13=9+10+11+12", "14=13/8x100",
            "15=7+13", "16=15/6x100", "17", "18"]
    row8 = "<TR>"
    for i, n in enumerate(nums):
        span = " COLSPAN=2" if 5 <= i <= 15 else ""
        row8 += f"<TD{span} CLASS=xl67>{n}</TD>"
    out.append(row8 + "</TR>")
    for cells in rows:
        lvl = cells["_level"]
        cls_name = {"program": "xl68", "kegiatan": "xl65", "sub": "xl69", "total": "xl68"}[lvl]
        tds = []
        for c in cols:
            if c == "B":
                if lvl == "program":
                    sas, span = cells["_sas"]
                    tds.append(f"<TD ROWSPAN={span} CLASS=xl65>{esc(sas)}</TD>")
                elif lvl == "total":
                    tds.append("<TD CLASS=xl65>&nbsp;</TD>")
                continue
            v = cells.get(c, "")
            if c in ("A", "C", "D", "E", "AB", "AC"):
                cls = cls_name if c in ("C", "D") else "xl65"
                tds.append(f"<TD CLASS={cls}>{esc(v) if v else '&nbsp;'}</TD>")
            else:
                tds.append(f"<TD CLASS=xl66>{v if v else '&nbsp;'}</TD>")
        out.append("<TR>" + "".join(tds) + "</TR>")
    out.append("</TABLE>")
    # notes table
    out.append("<TABLE BORDER=0 CELLPADDING=2 CELLSPACING=0>")
    out.append("<TR><TD COLSPAN=29>&nbsp;</TD></TR>")
    out.append("<TR><TD COLSPAN=4>Faktor pendorong keberhasilan pencapaian</TD><TD COLSPAN=25>: Dukungan kelompok tani dan cuaca yang mendukung pada musim tanam II</TD></TR>")
    out.append("<TR><TD COLSPAN=4>Faktor penghambat pencapaian kinerja</TD><TD COLSPAN=25>: Keterlambatan penetapan lokasi CPCL &amp; refocusing anggaran embung</TD></TR>")
    out.append("<TR><TD COLSPAN=4>Tindak lanjut yang diperlukan dalam triwulan berikutnya</TD><TD COLSPAN=25>: -</TD></TR>")
    out.append("<TR><TD COLSPAN=4>Tindak lanjut yang diperlukan dalam Renja PD berikutnya</TD><TD COLSPAN=25>: Penjadwalan ulang pembangunan embung pada Renja 2025</TD></TR>")
    out.append("</TABLE>")
    # signatures
    out.append("<TABLE BORDER=0 CELLPADDING=2 CELLSPACING=0>")
    out.append("<TR><TD COLSPAN=29>&nbsp;</TD></TR>")
    out.append("<TR><TD COLSPAN=10 CLASS=xl71>Disusun</TD><TD COLSPAN=9>&nbsp;</TD><TD COLSPAN=10 CLASS=xl71>Dievaluasi</TD></TR>")
    out.append("<TR><TD COLSPAN=10 CLASS=xl71>Tanjung Lestari, 10 Januari 2025<BR>KEPALA DINAS PERTANIAN DAN<BR>KETAHANAN PANGAN</TD><TD COLSPAN=9>&nbsp;</TD><TD COLSPAN=10 CLASS=xl71>Tanjung Lestari, 24 Januari 2025<BR>KEPALA BAPPEDA<BR>KABUPATEN TANJUNG LESTARI</TD></TR>")
    out.append("<TR><TD COLSPAN=29 HEIGHT=60>&nbsp;</TD></TR>")
    out.append("<TR><TD COLSPAN=10 CLASS=xl71><B><U>Ir. SUPRAPTO HADIWIJAYA, M.Si</U></B></TD><TD COLSPAN=9>&nbsp;</TD><TD COLSPAN=10 CLASS=xl71><B><U>Dra. NURHAYATI LUBIS, M.AP</U></B></TD></TR>")
    out.append("<TR><TD COLSPAN=10 CLASS=xl71>NIP. 19690817 199503 1 002</TD><TD COLSPAN=9>&nbsp;</TD><TD COLSPAN=10 CLASS=xl71>NIP. 19720425 199803 2 006</TD></TR>")
    out.append("</TABLE>")
    out.append("</BODY>")
    out.append("</HTML>")
    write_bytes(FN, ("\r\n".join(out) + "\r\n").encode("cp1252"))
    k.write()


if __name__ == "__main__":
    main()
