"""Agency 1: UPTD Sistem Penyediaan Air Minum (SPAM) Kabupaten Lembah Tirta, 2020-2023.

Files
  PK_UPTD_SPAM_LEMBAH_TIRTA_2020.xlsx          2020 annual PK table (+ pasted copy, hidden draft sheet)
  RENAKSI_TRIWULAN_UPTD_SPAM_2021.ods          2021 Rencana Aksi, quarters across (T/R pairs)
  EVALUASI_KINERJA_UPTD_SPAM_2022_2023.xls     2022 E.81 form; 2023 weighted "penilaian kinerja"
                                               split over one sheet per aspect (+ hidden lookup)
"""
import os

import openpyxl

from common import (landscape, F, G, N, P, RAW, T, V, Recorder, merge, put, signature, widths)

SLUG = "uptd_spam_kab_lembah_tirta"
AGENCY = "UPTD Sistem Penyediaan Air Minum (SPAM) Kabupaten Lembah Tirta"
YEARS = [2020, 2021, 2022, 2023]
FLOW = ["A02", "A03", "A04", "A07", "A10", "A11", "A14", "A18", "A21", "A24"]
AMBIG = [["A01", "A01b"]]

F20 = "PK_UPTD_SPAM_LEMBAH_TIRTA_2020.xlsx"
F21 = "RENAKSI_TRIWULAN_UPTD_SPAM_2021.ods"
F2223 = "EVALUASI_KINERJA_UPTD_SPAM_2022_2023.xls"

KEPALA = ("Ir. SUHARDIMAN RANGGA, M.T.", "Pembina (IV/a)", "NIP. 19720314 199803 1 007")
KEPALA23 = ("DEWI ANGGRAINI PUSPASARI, S.T., M.Eng.", "Penata Tk. I (III/d)",
            "NIP. 19830927 200901 2 004")


# --------------------------------------------------------------------------- 2020
def sheet_2020(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2020"
    sh = ws.title
    widths(ws, {"A": 5, "B": 30, "C": 42, "D": 11, "E": 16, "F": 18, "G": 11, "H": 20})
    merge(ws, "A1:H1", "PENGUKURAN KINERJA", bold=True, border=False, h="center", size=12)
    merge(ws, "A2:H2", "UPTD SISTEM PENYEDIAAN AIR MINUM (SPAM) KABUPATEN LEMBAH TIRTA",
          bold=True, border=False, h="center", size=12)
    merge(ws, "A3:H3", "TAHUN ANGGARAN 2020", bold=True, border=False, h="center", size=12)
    put(ws, "A5", "Kabupaten      : Lembah Tirta", border=False, wrap=False, h="left")
    put(ws, "A6", "Nama SKPD     : Dinas Pekerjaan Umum dan Penataan Ruang / UPTD SPAM",
        border=False, wrap=False, h="left")
    # three header rows
    merge(ws, "A8:A9", "No", bold=True, h="center")
    merge(ws, "B8:B9", "Sasaran Strategis", bold=True, h="center")
    merge(ws, "C8:C9", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "D8:D9", "Satuan", bold=True, h="center")
    merge(ws, "E8:G8", "Tahun 2020", bold=True, h="center")
    put(ws, "E9", "Target", bold=True, h="center")
    put(ws, "F9", "Realisasi", bold=True, h="center")
    put(ws, "G9", "% Capaian", bold=True, h="center")
    merge(ws, "H8:H9", "Keterangan", bold=True, h="center")
    for i, c in enumerate("ABCDEFGH"):
        put(ws, "%s10" % c, "(%d)" % (i + 1), h="center", italic=True)

    # (id, name, unit, target V, realisasi V, capaian cell, keterangan)
    groups = [
        ("Meningkatnya cakupan pelayanan air minum perpipaan yang layak dan terjangkau", [
            ("A01", "Cakupan pelayanan air minum perpipaan", "%", P(58.5), P(57.9), "f", ""),
            ("A02", "Jumlah Sambungan\nRumah (SR) baru", "SR", N(1200), N(1187), "f", ""),
            ("A05", "Jumlah Sambungan Rumah aktif", "SR", N(13800), T("13.642 SR", 13642),
             98.86, ""),
            ("A20", "Jumlah Hidran Umum yang berfungsi", "unit", N(45), N(41), "f", ""),
            ("A21", "Panjang Pipa Distribusi yang dibangun", "meter", T("8.500 m", 8500),
             T("8.320 m", 8320), 97.88, ""),
        ]),
        ("Meningkatnya kuantitas, kualitas dan kontinuitas air minum", [
            ("A08", "Kapasitas Produksi Terpasang", "liter/detik", N(240), N(240), "f", ""),
            ("A09", "Kapasitas produksi yang dimanfaatkan", "liter/detik", N(205),
             N(198.6, "#,##0.0"), "f", ""),
            ("A10", "Volume produksi air", "m3", N(6200000), N(6135480), "f", ""),
            ("DRAFT", "Volume air terdistribusi (draft, tdk dipakai)", "m3", N(5100000),
             N(4990000), "f", ""),
            ("A11", "Volume air terjual", "m3", N(4300000), N(4188120), "f", ""),
            ("A06", "Prosentase Kehilangan Air (NRW)", "%", P(30), P(31.4), "neg",
             "indikator negatif"),
            ("A12", "Kontinuitas pengaliran (jam/hari)", "jam", N(24), T("21,5 jam", 21.5),
             89.58, ""),
            ("A13", "Persentase kualitas air yang memenuhi syarat Permenkes", "%",
             T("≥ 95 %", 95), P(96.5), 101.58, ""),
            ("A14", "Jumlah sampel air yang diuji", "sampel", N(48), N(48), "f", ""),
        ]),
        ("Meningkatnya kepuasan pelanggan air minum", [
            ("A15", "Persentase Pengaduan Pelanggan yang", "%", P(95), P(97.2), "f", ""),
            ("CONT", "ditindaklanjuti", None, None, None, None, ""),
            ("A17", "Efektifitas Penagihan Rekening Air", "%", P(90), G(0.93), 103.33, ""),
            ("A18", "Pendapatan dari penjualan air", "Rupiah", T("Rp 9.850.000.000", 9850000000),
             T("Rp 9.612.447.500 *)", 9612447500), 97.59, "*) angka sementara"),
        ]),
    ]
    r = 11
    no = 1
    for sas, items in groups:
        start = r
        for (sid, name, unit, t, rv, cap, ket) in items:
            if sid == "CONT":
                put(ws, "C%d" % r, name, h="left")
                for c in "ADEFGH":
                    put(ws, "%s%d" % (c, r), None)
                r += 1
                continue
            put(ws, "A%d" % r, "%d." % no if sid != "DRAFT" else "", h="center")
            put(ws, "C%d" % r, name, h="left")
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, t)
            put(ws, "F%d" % r, rv)
            if cap == "f":
                put(ws, "G%d" % r, "=F%d/E%d*100" % (r, r), fmt="0.00")
            elif cap == "neg":
                put(ws, "G%d" % r, "=(2*E%d-F%d)/E%d*100" % (r, r, r), fmt="0.00")
            else:
                put(ws, "G%d" % r, cap, fmt="0.00")
            put(ws, "H%d" % r, ket, h="left")
            if sid == "DRAFT":
                ws.row_dimensions[r].hidden = True
            else:
                rec.add(F20, sh, "C%d" % r, 2020, sid, name, ("one", [("E%d" % r, t)]),
                        ("one", [("F%d" % r, rv)]))
                no += 1
            r += 1
        merge(ws, "B%d:B%d" % (start, r - 1), sas, h="left", v="top")
    # last sasaran: the clerk put the SAKIP indicator in the Sasaran column
    put(ws, "A%d" % r, "%d." % no, h="center")
    put(ws, "B%d" % r, "Meningkatnya akuntabilitas kinerja UPTD", h="left", v="top")
    name = "Rasio Biaya Operasi terhadap Pendapatan"
    t, rv = N(0.95, "0.00"), N(0.97, "0.00")
    put(ws, "C%d" % r, name, h="left")
    put(ws, "D%d" % r, "rasio", h="center")
    put(ws, "E%d" % r, t)
    put(ws, "F%d" % r, rv)
    put(ws, "G%d" % r, "=(2*E%d-F%d)/E%d*100" % (r, r, r), fmt="0.00")
    put(ws, "H%d" % r, "indikator negatif", h="left")
    rec.add(F20, sh, "C%d" % r, 2020, "A19", name, ("one", [("E%d" % r, t)]),
            ("one", [("F%d" % r, rv)]))
    r += 1
    no += 1
    put(ws, "A%d" % r, "%d." % no, h="center")
    name = "Nilai Evaluasi SAKIP UPTD"
    t, rv = T("B", None), T("BB", None)
    put(ws, "B%d" % r, name, h="left")
    put(ws, "C%d" % r, None)
    put(ws, "D%d" % r, "predikat", h="center")
    put(ws, "E%d" % r, t)
    put(ws, "F%d" % r, rv)
    put(ws, "G%d" % r, 100, fmt="0.00")
    put(ws, "H%d" % r, "", h="left")
    rec.add(F20, sh, "B%d" % r, 2020, "A22", name, ("one", [("E%d" % r, t)]),
            ("one", [("F%d" % r, rv)]))
    last = r
    r += 2
    put(ws, "B%d" % r, "Jumlah Anggaran Tahun 2020           : Rp. 3.412.550.000,-", border=False,
        wrap=False, h="left")
    put(ws, "B%d" % (r + 1), "Jumlah Realisasi Anggaran Tahun 2020 : Rp. 3.208.114.275,-",
        border=False, wrap=False, h="left")
    put(ws, "B%d" % (r + 2), "*) angka sementara, menunggu hasil audit BPKP atas laporan keuangan UPTD",
        border=False, wrap=False, h="left", italic=True)
    end = signature(ws, r + 4, "F", "Lembah Tirta, 31 Desember 2020",
                    ["Kepala UPTD SPAM", "Kabupaten Lembah Tirta,"], *KEPALA)
    # the table pasted a second time under the signature (older draft numbers)
    r2 = end + 3
    put(ws, "A%d" % r2, "LAMPIRAN (salinan tabel untuk lampiran LKjIP)", bold=True, border=False,
        wrap=False, h="left")
    r2 += 1
    for rr in range(8, last + 1):
        if ws.row_dimensions[rr].hidden:
            continue
        for c in "ABCDEFGH":
            src = ws["%s%d" % (c, rr)]
            v = src.value
            if isinstance(v, str) and v.startswith("="):
                v = v.replace(str(rr), str(r2))
            put(ws, "%s%d" % (c, r2), v, bold=rr < 11, h=src.alignment.horizontal,
                fmt=src.number_format)
        r2 += 1
    ws.freeze_panes = "A11"

    # hidden draft sheet
    wd = wb.create_sheet("Sheet2")
    put(wd, "A1", "draft PK 2020 (jangan dicetak)", border=False)
    drafts = [("Cakupan pelayanan air minum", 58.5, 56.0), ("Jumlah SR baru", 1200, 1100),
              ("Jumlah SR aktif", 13800, 13500), ("Volume produksi air", 6200000, 6000000)]
    for i, (nm, t_, r_) in enumerate(drafts):
        put(wd, "B%d" % (i + 3), nm)
        put(wd, "C%d" % (i + 3), t_)
        put(wd, "D%d" % (i + 3), r_)
    wd.sheet_state = "hidden"
    landscape(wb)
    wb.save(os.path.join(RAW, F20.replace(".xlsx", ".xlsx")))
    rec.files.append(F20)


# --------------------------------------------------------------------------- 2021
def sheet_2021(rec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA TW 2021"
    sh = ws.title
    widths(ws, {"A": 5, "B": 26, "C": 40, "D": 10, "E": 15, "F": 12, "G": 13, "H": 12, "I": 13,
                "J": 12, "K": 13, "L": 12, "M": 13, "N": 18})
    merge(ws, "A1:N1", "RENCANA AKSI DAN REALISASI PERJANJIAN KINERJA TAHUN 2021", bold=True,
          border=False, h="center", size=12)
    merge(ws, "A2:N2", "UPTD SPAM KABUPATEN LEMBAH TIRTA", bold=True, border=False, h="center",
          size=12)
    merge(ws, "A3:N3", "(posisi s.d. Triwulan IV)", border=False, h="center", italic=True)
    merge(ws, "A5:A7", "No", bold=True, h="center")
    merge(ws, "B5:B7", "Sasaran", bold=True, h="center")
    merge(ws, "C5:C7", "Indikator Kinerja", bold=True, h="center")
    merge(ws, "D5:D7", "Satuan", bold=True, h="center")
    merge(ws, "E5:E7", "Target Tahunan 2021", bold=True, h="center")
    merge(ws, "F5:M5", "Target dan Realisasi per Triwulan", bold=True, h="center")
    for i, q in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c1 = "FHJL"[i]
        c2 = "GIKM"[i]
        merge(ws, "%s6:%s6" % (c1, c2), q, bold=True, h="center")
        put(ws, "%s7" % c1, "Target", bold=True, h="center")
        put(ws, "%s7" % c2, "Realisasi", bold=True, h="center")
    merge(ws, "N5:N7", "Penanggung Jawab", bold=True, h="center")
    for i, c in enumerate("ABCDEFGHIJKLMN"):
        put(ws, "%s8" % c, i + 1, h="center", italic=True)

    def qt_flow(t, dec=0):
        q = [round(t / 4.0, dec)] * 3
        return q + [round(t - sum(q), dec)]

    # (id, name, unit, target V, quarter targets, quarter realisasi [V or None], pj)
    kasi_op = "Kasi Operasional & Pemeliharaan"
    kasi_pel = "Kasi Pelayanan & Hubungan Pelanggan"
    kasubag = "Kasubag Tata Usaha"
    groups = [
        ("Meningkatnya cakupan pelayanan air minum perpipaan", [
            ("A01", "Cakupan Pelayanan Air Minum Perpipaan (%)", "%", N(60),
             [58.5, 59, 59.5, 60], [N(58.4, "0.0"), N(59.1, "0.0"), N(59.8, "0.0"),
                                    N(60.4, "0.0")], kasi_pel),
            ("A02", "Jumlah SR baru yang terpasang", "SR", N(1250), [300, 310, 320, 320],
             [N(280), N(315), N(342), N(301)], kasi_pel),
            ("A05", "Jumlah SR aktif (total pelanggan)", "SR", N(15000),
             [14100, 14400, 14700, 15000], [N(14020), N(14390), N(14812), N(14705)], kasi_pel),
            ("A20", "Jumlah hidran umum/kran umum berfungsi (unit)", "unit", N(45),
             [45, 45, 45, 45], [N(42), N(42), N(43), N(43)], kasi_op),
            ("A21", "Panjang jaringan distribusi terbangun (meter)", "m", T("9.000", 9000),
             [1500, 2500, 3000, 2000], [T("1.200", 1200), T("2.650", 2650), N(3100), N(2410)],
             kasi_op),
        ]),
        ("Meningkatnya kuantitas, kualitas dan kontinuitas pelayanan air minum", [
            ("A08", "Kapasitas terpasang IPA (liter/detik)", "l/dt", N(260), [240, 240, 260, 260],
             [N(240), N(240), N(260), N(260)], kasi_op),
            ("A09", "Kapasitas Produksi Riil (liter/detik)", "l/dt", N(215), [205, 210, 212, 215],
             [N(204), N(212), N(219), N(221)], kasi_op),
            ("A10", "Volume air yg diproduksi (m3)", "m3", N(6500000), qt_flow(6500000),
             [N(1580200), N(1622450), N(1671300), N(1650880)], kasi_op),
            ("A11", "Volume Air Terjual (m3)", "m3", N(4500000), qt_flow(4500000),
             [N(1060400), N(1098250), N(1131900), None], kasi_pel),
            ("A06", "Persentase kehilangan air / Non Revenue Water", "%", N(29),
             [31, 30, 29.5, 29], [N(32.1, "0.0"), N(30.8, "0.0"), N(29.9, "0.0"),
                                  N(29.2, "0.0")], kasi_op),
            ("A12", "Jam Operasional Pelayanan Air", "jam/hari", N(24), [24, 24, 24, 24],
             [N(20), N(21), N(22.5, "0.0"), N(23)], kasi_op),
            ("A13", "Prosentase Sampel Air Memenuhi Baku Mutu", "%", N(100), [100] * 4,
             [N(95), N(97.5, "0.0"), N(100), N(98.2, "0.0")], kasi_op),
            ("A14", "Jumlah Sampel Uji Kualitas Air (sampel)", "sampel", N(600), [15] * 4,
             [N(12), N(15), N(15), N(18)], kasi_op),
        ]),
        ("Meningkatnya kepuasan pelanggan dan kinerja keuangan UPTD", [
            ("A15", "Persentase pengaduan yg diselesaikan", "%", N(95), [95] * 4,
             [N(96), N(94.5, "0.0"), N(98), N(97.6, "0.0")], kasi_pel),
            ("A16", "Indeks Kepuasan Masyarakat (IKM)", "nilai", N(78), ["-", "-", "-", 78],
             [None, None, None, N(80.12)], kasi_pel),
            ("A17", "Efektivitas penagihan", "%", N(91), [88, 89, 90, 91],
             [N(88), N(90.5, "0.0"), N(92.1, "0.0"), N(93.4, "0.0")], kasubag),
            ("A18", "Jumlah Pendapatan Penjualan Air (Rp)", "Rp",
             T("Rp 10.500.000.000", 10500000000), qt_flow(10500000000),
             [N(2480100000), N(2611500000), N(2702880000), N(2790420000)], kasubag),
            ("A19", "Rasio biaya operasi thd pendapatan", "rasio", N(0.93, "0.00"),
             [0.93] * 4, [N(1.02, "0.00"), N(0.98, "0.00"), N(0.95, "0.00"),
                          N(0.94, "0.00")], kasubag),
        ]),
    ]
    r = 9
    no = 1
    for gi, (sas, items) in enumerate(groups):
        start = r
        for (sid, name, unit, t, qts, qrs, pj) in items:
            # the clerk numbers the indicators inside the name cell; column A holds the
            # sasaran number (I, II, III) merged over the group
            name = "%d. %s" % (no, name)
            put(ws, "C%d" % r, name, h="left")
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, t)
            cells = []
            for i in range(4):
                c1 = "FHJL"[i]
                c2 = "GIKM"[i]
                qt = qts[i]
                put(ws, "%s%d" % (c1, r), qt, fmt="General" if not isinstance(qt, str) else None,
                    h="right")
                qr = qrs[i]
                put(ws, "%s%d" % (c2, r), qr if qr is not None else None)
                cells.append(("%s%d" % (c2, r), qr))
            put(ws, "N%d" % r, pj, h="left")
            agg = "sum" if sid in FLOW else "last"
            rec.add(F21, sh, "C%d" % r, 2021, sid, name, ("one", [("E%d" % r, t)]), (agg, cells))
            no += 1
            r += 1
        merge(ws, "B%d:B%d" % (start, r - 1), sas, h="left", v="top")
        merge(ws, "A%d:A%d" % (start, r - 1), ["I", "II", "III"][gi], h="center", v="top")
    r += 1
    put(ws, "B%d" % r, "Catatan: realisasi TW IV volume air terjual belum direkap (menunggu "
        "billing Desember).", border=False, wrap=False, h="left", italic=True)
    signature(ws, r + 2, "J", "Lembah Tirta, 10 Januari 2022",
              ["Kepala UPTD SPAM Kabupaten Lembah Tirta"], *KEPALA)
    put(ws, "B%d" % (r + 3), "Mengetahui,", border=False, wrap=False, h="left")
    put(ws, "B%d" % (r + 4), "Kepala Dinas PUPR Kabupaten Lembah Tirta", border=False, wrap=False,
        h="left")
    put(ws, "B%d" % (r + 8), "H. MARZUKI DAENG TALLO, S.T., M.Si", bold=True, border=False,
        wrap=False, h="left")
    put(ws, "B%d" % (r + 9), "NIP. 19680811 199503 1 002", border=False, wrap=False, h="left")
    ws.freeze_panes = "D9"

    wn = wb.create_sheet("Catatan")
    notes = ["Catatan penyusunan Rencana Aksi 2021:",
             "1. Target triwulan kapasitas mengikuti jadwal uji fungsi IPA 20 l/dt (TW III).",
             "2. IKM diukur satu kali setahun pada TW IV oleh konsultan.",
             "3. Realisasi volume air terjual TW IV menyusul.",
             "4. Target jumlah sampel uji mengikuti Permenkes 492/2010 (min. 5 sampel/bulan)."]
    for i, t in enumerate(notes):
        put(wn, "A%d" % (i + 1), t, border=False, wrap=False, h="left")
    landscape(wb)
    wb.save(os.path.join(RAW, F21.replace(".ods", ".xlsx")))
    rec.files.append(F21)


# --------------------------------------------------------------------------- 2022 E.81
def sheet_2022(rec, wb):
    ws = wb.active
    ws.title = "E81 TW IV 2022"
    sh = ws.title
    widths(ws, {"A": 5, "B": 22, "C": 30, "D": 36, "E": 9})
    for c in "FGHIJKLMNOPQRSTUVWXY":
        ws.column_dimensions[c].width = 12
    ws.column_dimensions["Z"].width = 18
    merge(ws, "A1:Z1", "Evaluasi Terhadap Hasil Renja Perangkat Daerah", bold=True, border=False,
          h="center", size=12)
    merge(ws, "A2:Z2", "Kabupaten Lembah Tirta", bold=True, border=False, h="center")
    merge(ws, "A3:Z3", "Tahun 2022", bold=True, border=False, h="center")
    merge(ws, "A5:A7", "No", bold=True, h="center")
    merge(ws, "B5:B7", "Sasaran", bold=True, h="center")
    merge(ws, "C5:C7", "Program/ Kegiatan/ Sub Kegiatan", bold=True, h="center")
    merge(ws, "D5:D7", "Indikator Kinerja Program (outcome)/ Kegiatan (output)", bold=True,
          h="center")
    merge(ws, "E5:E7", "Satuan", bold=True, h="center")
    merge(ws, "F5:G6", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra "
          "PD)", bold=True, h="center")
    merge(ws, "H5:I6", "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun 2021",
          bold=True, h="center")
    merge(ws, "J5:K6", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2022) yang "
          "dievaluasi", bold=True, h="center")
    merge(ws, "L5:S5", "Realisasi Kinerja Pada Triwulan", bold=True, h="center")
    for i, q in enumerate(["I", "II", "III", "IV"]):
        c1 = "LNPR"[i]
        c2 = "MOQS"[i]
        merge(ws, "%s6:%s6" % (c1, c2), q, bold=True, h="center")
    merge(ws, "T5:U6", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
          bold=True, h="center")
    merge(ws, "V5:W6", "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2022", bold=True,
          h="center")
    merge(ws, "X5:Y6", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun "
          "2022 (%)", bold=True, h="center")
    merge(ws, "Z5:Z7", "Unit PD Penanggung Jawab", bold=True, h="center")
    for i in range(10):
        c1 = "FHJLNPRTVX"[i]
        c2 = "GIKMOQSUWY"[i]
        put(ws, "%s7" % c1, "K", bold=True, h="center")
        put(ws, "%s7" % c2, "Rp.", bold=True, h="center")
    nums = [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"), ("F:G", "6"),
            ("H:I", "7"), ("J:K", "8"), ("L:M", "9"), ("N:O", "10"), ("P:Q", "11"),
            ("R:S", "12"), ("T:U", "13 = 9+10+11+12"), ("V:W", "14 = 7 + 13"),
            ("X:Y", "15 = 14/6 x 100"), ("Z", "16")]
    for cc, t in nums:
        if ":" in cc:
            a, b = cc.split(":")
            merge(ws, "%s8:%s8" % (a, b), t, h="center", italic=True)
        else:
            put(ws, "%s8" % cc, t, h="center", italic=True)
    merge(ws, "A9:Z9", "Perangkat Daerah : Dinas Pekerjaan Umum dan Penataan Ruang - UPTD Sistem "
          "Penyediaan Air Minum Kabupaten Lembah Tirta", bold=True, h="left")

    # rows: (kind, no, C text, sid, D name, unit, renstra, real2021, target V, quarters K
    #        [V], T-mode, Rp budget, Rp quarters)
    # T-mode: "sum" formula, "last" formula (=R), or a V typed over
    rows = [
        ("prog", "1", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
         "A01b", "Persentase rumah tangga yang mengakses air minum layak", "%", 80, 69.4,
         N(72, "0.00"), [N(69.8, "0.00"), N(70.3, "0.00"), N(70.9, "0.00"), N(71.35, "0.00")],
         "last", 2845600000, [402150000, 812700000, 690880000, 842300000]),
        ("prog+", "", None, "A06", "Tingkat Kehilangan Air (NRW)", "%", 25, 29.2,
         N(28), [N(29.6, "0.0"), N(29.1, "0.0"), N(28.8, "0.0"), N(28.6, "0.0")], "last",
         None, None),
        ("prog+", "", None, "A12", "Kontinuitas aliran air ke pelanggan (jam/hari)", "jam/hari",
         24, 23, N(24), [N(22.1, "0.0"), N(22.5, "0.0"), N(23), N(22.8, "0.0")], "last",
         None, None),
        ("keg", "1.1", "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di "
         "Daerah Kabupaten/Kota", "A05", "Jumlah sambungan rumah yang aktif", "SR", 21000,
         14705, N(16200), [N(14980), N(15310), N(15740), N(16055)], "last", 2845600000,
         [402150000, 812700000, 690880000, 842300000]),
        ("keg+", "", None, "A13", "Persentase sampel air minum memenuhi syarat kualitas", "%",
         100, 98.2, N(100), [N(97.9, "0.0"), N(98.3, "0.0"), N(99), N(98.6, "0.0")], "last",
         None, None),
        ("sub", "1.1.1", "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan", "A03",
         "Jumlah SR baru bagi MBR", "SR", 3000, 0, N(600), [N(95), N(160), N(188), N(171)],
         "sum", 1210500000, [150200000, 380400000, 301000000, 362650000]),
        ("sub+", "", None, "A04", "Jumlah SR baru non MBR (reguler)", "SR", 3500, 1238,
         N(700), [N(142), N(181), N(205), N(168)], "sum", None, None),
        ("sub+", "", None, "A21", "Pembangunan & rehabilitasi jaringan pipa distribusi (m)",
         "m", 48000, 17680, N(95000), [N(1450), N(2600), N(2980), N(2075)], "sum", None, None),
        ("sub", "1.1.2", "Optimalisasi dan Peningkatan Unit Produksi SPAM", "A08",
         "Kapasitas Produksi Terpasang (L/dtk)", "l/dt", 300, 260, N(260),
         [N(260), N(260), N(260), N(260)], "last", 985300000,
         [140100000, 278500000, 262330000, 301800000]),
        ("sub+", "", None, "A09", "Kapasitas produksi terpakai", "l/dt", 260, 221, N(225),
         [N(218.5, "0.0"), N(220), N(222.8, "0.0"), N(223.5, "0.0")], "last", None, None),
        ("sub+", "", None, "A10", "Volume Produksi Air (M3)", "m3", 7500000, 6524830,
         N(6800000), [N(1642300), N(1688150), N(1712560), N(1699300)], G(0), None, None),
        ("sub+", "", None, "A11", "Volume air yang terjual kepada pelanggan", "m3", 5500000,
         4443150, N(4850000), [N(1168200), N(1190455), N(1215900), N(1226900)], "wrong3",
         None, None),
        ("sub+", "", None, "A07", "Volume kehilangan air (m3)", "m3", 1300000, 0,
         N(1450000), [N(374100), N(377695), N(372660), N(373765)], "sum", None, None),
        ("sub", "1.1.3", "Operasi dan Pemeliharaan SPAM serta Perlindungan Air Baku", "A24",
         "Jumlah sumber air baku yang dipelihara (titik)", "titik", 16, 0, N(12),
         [N(3), N(3), N(3), N(3)], "sum", 649800000,
         [111850000, 153800000, 127550000, 178350000]),
        ("prog", "2", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "A19",
         "Rasio Operasi (Operating Ratio)", "rasio", 0.85, 0.94, N(0.9, "0.00"),
         [N(0.97, "0.00"), N(0.95, "0.00"), N(0.93, "0.00"), N(0.92, "0.00")], "last",
         1508400000, [298700000, 401250000, 362900000, 418600000]),
        ("prog+", "", None, "A16", "Nilai IKM Pelayanan Air Minum", "nilai", 85, 80.12, N(80),
         [None, None, None, N(81.05)], "last", None, None),
        ("keg", "2.1", "Peningkatan Pelayanan Pelanggan dan Administrasi Keuangan UPTD", "A15",
         "Penanganan pengaduan pelanggan (%)", "%", 98, 97.6, N(96),
         [N(97.4, "0.0"), N(97.9, "0.0"), N(98.3, "0.0"), N(98.1, "0.0")], "last", 1508400000,
         [298700000, 401250000, 362900000, 418600000]),
        ("keg+", "", None, "A17", "Efektivitas Penagihan Rekening", "%", 95, 93.4, N(92),
         [N(90.2, "0.0"), N(91.8, "0.0"), N(92.9, "0.0"), N(93.8, "0.0")], "last", None, None),
        ("keg+", "", None, "A18", "Pendapatan Penjualan Air", "Rp", 60000000000, 20197347500,
         N(11200000000), [N(2650320000), N(2744100000), N(2801450000), N(2849900000)], "sum",
         None, None),
        ("keg+", "", None, "A23", "Persentase pelanggan yang membayar rekening tepat waktu", "%",
         90, 0, N(85), [N(81.2, "0.0"), N(82.5, "0.0"), N(83.1, "0.0"), N(83.7, "0.0")], "last",
         None, None),
    ]
    r = 10
    sas_start = r
    prog_start = None
    ent_start = None
    ent_col_c = None

    def close_entity(end):
        if ent_start is not None and end > ent_start:
            merge(ws, "C%d:C%d" % (ent_start, end), ws["C%d" % ent_start].value, h="left",
                  v="top")
            merge(ws, "A%d:A%d" % (ent_start, end), ws["A%d" % ent_start].value, h="center",
                  v="top")

    for row in rows:
        (kind, no, ctext, sid, dname, unit, renstra, real21, t, qk, tmode, rp, rpq) = row
        if not kind.endswith("+"):
            close_entity(r - 1)
            ent_start = r
            put(ws, "A%d" % r, no, h="center", v="top")
            put(ws, "C%d" % r, ctext, h="left", v="top", bold=kind == "prog")
        put(ws, "D%d" % r, dname, h="left")
        put(ws, "E%d" % r, unit, h="center")
        put(ws, "F%d" % r, renstra, fmt="General")
        put(ws, "H%d" % r, real21, fmt="General")
        put(ws, "J%d" % r, t)
        qcells = []
        for i in range(4):
            c1 = "LNPR"[i]
            put(ws, "%s%d" % (c1, r), qk[i] if qk[i] is not None else None)
            qcells.append(("%s%d" % (c1, r), qk[i]))
        vals = [q.key for q in qk if q is not None]
        if tmode == "sum":
            tv = F("=L{0}+N{0}+P{0}+R{0}".format(r), round(sum(vals), 6), "General")
        elif tmode == "last":
            tv = F("=R{0}".format(r), vals[-1], qk[-1].fmt)
        elif tmode == "wrong3":
            tv = F("=L{0}+N{0}+P{0}".format(r), round(sum(vals[:3]), 6), "#,##0")
        else:  # typed over
            tv = tmode
        put(ws, "T%d" % r, tv)
        if tmode in ("sum", "wrong3") or isinstance(tmode, V):
            put(ws, "V%d" % r, "=H{0}+T{0}".format(r), fmt="General")
        else:
            put(ws, "V%d" % r, "=T{0}".format(r), fmt="General")
        put(ws, "X%d" % r, "=IFERROR(V{0}/F{0}*100,0)".format(r), fmt="0.00")
        if rp is not None:
            put(ws, "K%d" % r, rp, fmt="#,##0")
            put(ws, "G%d" % r, rp * 5, fmt="#,##0")
            put(ws, "I%d" % r, int(rp * 0.92), fmt="#,##0")
            for i in range(4):
                put(ws, "%s%d" % ("MOQS"[i], r), rpq[i], fmt="#,##0")
            put(ws, "U%d" % r, "=M{0}+O{0}+Q{0}+S{0}".format(r), fmt="#,##0")
            put(ws, "W%d" % r, "=I{0}+U{0}".format(r), fmt="#,##0")
            put(ws, "Y%d" % r, "=IFERROR(W{0}/G{0}*100,0)".format(r), fmt="0.00")
        else:
            for c in "GIKMOQSUWY":
                put(ws, "%s%d" % (c, r), None)
        put(ws, "Z%d" % r, "UPTD SPAM", h="center")
        rec.add(F2223, sh, "D%d" % r, 2022, sid, dname, ("one", [("J%d" % r, t)]),
                ("one", [("T%d" % r, tv)]))
        r += 1
    close_entity(r - 1)
    merge(ws, "B%d:B%d" % (sas_start, r - 1), "Meningkatnya akses dan kualitas pelayanan air "
          "minum perpipaan yang berkelanjutan", h="left", v="top")
    last = r - 1
    r += 1
    put(ws, "C%d" % r, "Rata-rata capaian kinerja (%)", bold=True, h="left")
    put(ws, "X%d" % r, "=AVERAGE(X10:X%d)" % last, fmt="0.0")
    put(ws, "C%d" % (r + 1), "Predikat kinerja", bold=True, h="left")
    put(ws, "X%d" % (r + 1), "Tinggi", h="center")
    put(ws, "C%d" % (r + 2), "Faktor pendorong: dukungan DAK air minum dan program hibah SR MBR.",
        h="left", border=False, wrap=False)
    put(ws, "C%d" % (r + 3), "Faktor penghambat: kebocoran pipa transmisi di ruas Sungai Batang; "
        "kekeruhan air baku musim hujan.", h="left", border=False, wrap=False)
    put(ws, "C%d" % (r + 4), "Tindak lanjut: penggantian meter induk zona 3 dan 4 pada Renja 2023.",
        h="left", border=False, wrap=False)
    r += 6
    put(ws, "D%d" % r, "Disusun", border=False, h="center")
    put(ws, "D%d" % (r + 1), "Kepala UPTD SPAM Kabupaten Lembah Tirta", border=False, h="center")
    put(ws, "D%d" % (r + 5), KEPALA[0], bold=True, border=False, h="center")
    put(ws, "D%d" % (r + 6), KEPALA[2], border=False, h="center")
    put(ws, "T%d" % r, "Dievaluasi", border=False, h="center", wrap=False)
    put(ws, "T%d" % (r + 1), "Kepala Bappeda Kabupaten Lembah Tirta", border=False, h="center",
        wrap=False)
    put(ws, "T%d" % (r + 5), "Dr. ANDI FIRMANSYAH LATIEF, S.E., M.Si", bold=True, border=False,
        h="center", wrap=False)
    put(ws, "T%d" % (r + 6), "NIP. 19700205 199603 1 003", border=False, h="center", wrap=False)
    ws.freeze_panes = "E10"


# --------------------------------------------------------------------------- 2023 aspects
def sheets_2023(rec, wb):
    # hidden lookup table used by the Nilai formulas
    wl = wb.create_sheet("Tabel Nilai")
    put(wl, "A1", "Rasio capaian (min)")
    put(wl, "B1", "Nilai")
    for i, (lo, nv) in enumerate([(0, 1), (0.7, 2), (0.8, 3), (0.9, 4), (1.0, 5)]):
        put(wl, "A%d" % (i + 2), lo)
        put(wl, "B%d" % (i + 2), nv)
    wl.sheet_state = "hidden"

    ws0 = wb.create_sheet("Rekap Nilai 2023")
    aspects = [
        ("Asp. Keuangan 2023", "ASPEK KEUANGAN", 25, "K", [
            ("A17", "Efektivitas penagihan (%)", "%", P(93), P(92.6), P(94.2), "last", 0.08),
            ("A18", "Pendapatan jasa pelayanan air minum", "Rp",
             T("Rp 11.900.000.000", 11900000000), N(5710400000), N(6091715000), "sum", 0.06),
            ("A19", "Rasio operasi", "rasio", N(0.88, "0.00"), N(0.93, "0.00"),
             N(0.9, "0.00"), "last", 0.06),
            ("A23", "Prosentase Pelanggan Bayar Tepat Waktu", "%", P(87), P(85.1), P(86.2),
             "last", 0.05),
        ]),
        ("Asp. Pelayanan 2023", "ASPEK PELAYANAN", 35, "P", [
            ("A01b", "Persentase RT dg akses air minum layak", "%", N(75, "0.00"),
             N(72.8, "0.00"), N(74.1, "0.00"), "last", 0.08),
            ("A03", "Jumlah Sambungan Rumah Baru Masyarakat Berpenghasilan Rendah (MBR)", "SR",
             N(650), N(288), N(349), "sum", 0.05),
            ("A04", "Jumlah SR baru reguler", "SR", N(720), N(340), N(366), "sum", 0.05),
            ("A05", "SR Aktif", "SR", T("17.500 SR", 17500), N(16590), N(17210), "last", 0.06),
            ("A15", "Persentase Pengaduan Pelanggan Yang Ditangani", "%", N(97), N(97.8, "0.0"),
             N(98.4, "0.0"), "wrongsum", 0.05),
            ("A16", "Indeks kepuasan pelanggan", "nilai", N(82), None, N(82.4, "0.00"), "last",
             0.06),
        ]),
        ("Asp. Operasional 2023", "ASPEK OPERASIONAL", 30, "O", [
            ("A06", "Kehilangan air (NRW)", "%", P(27), P(28.3), P(27.9), "last", 0.04),
            ("A07", "Volume Air Hilang (m³)", "m3", N(1400000), N(712300), N(698250), "sum",
             0.02),
            ("A08", "Kapasitas produksi terpasang", "l/dt", N(280), N(260), N(270), "last", 0.02),
            ("A09", "Kapasitas produksi riil", "l/dt", N(235), N(226.5, "0.0"), N(231), "last",
             0.03),
            ("A10", "Volume air baku terolah / produksi (m3)", "m3", N(7100000), N(3488100),
             N(3527800), "sum", 0.02),
            ("A11", "Air terjual (m3)", "m3", N(5100000), N(2510650), N(2566650), "sum", 0.02),
            ("A12", "Kontinuitas pelayanan", "jam/hari", N(24), N(22.9, "0.0"), N(23.2, "0.0"),
             "last", 0.04),
            ("A13", "Kualitas air memenuhi syarat (%)", "%", P(100), P(98.7), P(99.1), "last",
             0.04),
            ("A14", "Jumlah sampel uji kualitas air", "sampel", N(72), N(34), N(36), "sum", 0.01),
            ("A21", "Panjang jaringan perpipaan yg dibangun dan direhabilitasi", "m",
             T("10.000 m", 10000), T("4.120 m", 4120), T("5.750 m", 5750), "typed", 0.01),
            ("A24", "Jml titik sumber air baku yg dipelihara", "titik", N(14), N(6), N(7), "sum",
             0.01),
        ]),
        ("Asp. SDM 2023", "ASPEK SUMBER DAYA MANUSIA", 10, "S", [
            ("A25", "Rasio jumlah pegawai per 1.000 pelanggan", "orang/1.000 SR", N(5.5, "0.0"),
             N(5.9, "0.0"), N(5.7, "0.0"), "last", 0.10),
        ]),
    ]
    summary = []
    for (shname, aspek, bobot, code, items) in aspects:
        ws = wb.create_sheet(shname)
        widths(ws, {"A": 5, "B": 7, "C": 44, "D": 11, "E": 8, "F": 16, "G": 15, "H": 15, "I": 16,
                    "J": 8, "K": 10, "L": 22})
        merge(ws, "A1:L1", "PENILAIAN KINERJA UPTD SPAM KABUPATEN LEMBAH TIRTA TAHUN 2023",
              bold=True, border=False, h="center", size=11)
        merge(ws, "A2:L2", "%s (Bobot %d %%)" % (aspek, bobot), bold=True, border=False,
              h="center")
        merge(ws, "A4:A5", "No", bold=True, h="center")
        merge(ws, "B4:B5", "Kode", bold=True, h="center")
        merge(ws, "C4:C5", "Indikator", bold=True, h="center")
        merge(ws, "D4:D5", "Satuan", bold=True, h="center")
        merge(ws, "E4:E5", "Bobot", bold=True, h="center")
        merge(ws, "F4:F5", "Target 2023", bold=True, h="center")
        merge(ws, "G4:I4", "Realisasi", bold=True, h="center")
        put(ws, "G5", "Semester I", bold=True, h="center")
        put(ws, "H5", "Semester II", bold=True, h="center")
        put(ws, "I5", "Tahun 2023", bold=True, h="center")
        merge(ws, "J4:J5", "Nilai", bold=True, h="center")
        merge(ws, "K4:K5", "Bobot x Nilai", bold=True, h="center")
        merge(ws, "L4:L5", "Sumber Data", bold=True, h="center")
        for i, c in enumerate("ABCDEFGHIJKL"):
            put(ws, "%s6" % c, "(%d)" % (i + 1), h="center", italic=True)
        r = 7
        for k, (sid, name, unit, t, s1, s2, mode, w) in enumerate(items):
            put(ws, "A%d" % r, k + 1, h="center")
            put(ws, "B%d" % r, "%s.%d" % (code, k + 1), h="center")
            put(ws, "C%d" % r, name, h="left")
            put(ws, "D%d" % r, unit, h="center")
            put(ws, "E%d" % r, w, fmt="0%")
            put(ws, "F%d" % r, t)
            put(ws, "G%d" % r, s1)
            put(ws, "H%d" % r, s2)
            if mode == "sum":
                rv = F("=G{0}+H{0}".format(r), round(s1.key + s2.key, 6), s2.fmt)
            elif mode == "last":
                rv = F("=H{0}".format(r), s2.key, s2.fmt)
            elif mode == "wrongsum":      # a level summed over the semesters
                rv = F("=G{0}+H{0}".format(r), round(s1.key + s2.key, 6), s2.fmt)
            else:                          # typed as text by the clerk
                rv = T("9.870 m", 9870)
            put(ws, "I%d" % r, rv)
            if isinstance(t.cell, str) or isinstance(rv.cell, str) and not rv.cell.startswith("="):
                put(ws, "J%d" % r, 4, h="center")
            elif sid in ("A06", "A19", "A25"):
                put(ws, "J%d" % r, "=IF(I{0}<=F{0},5,IF(I{0}<=F{0}*1.1,4,IF(I{0}<=F{0}*1.2,3,2)))"
                    .format(r), h="center")
            else:
                put(ws, "J%d" % r, "=VLOOKUP(I{0}/F{0},'Tabel Nilai'!$A$2:$B$6,2,TRUE)".format(r),
                    h="center")
            put(ws, "K%d" % r, "=E{0}*J{0}".format(r), fmt="0.00")
            put(ws, "L%d" % r, "Laporan %s UPTD" % ("keuangan" if code == "K" else "teknis"),
                h="left")
            rec.add(F2223, shname, "C%d" % r, 2023, sid, name, ("one", [("F%d" % r, t)]),
                    ("one", [("I%d" % r, rv)]))
            r += 1
        put(ws, "C%d" % r, "Jumlah aspek", bold=True, h="left")
        put(ws, "E%d" % r, "=SUM(E7:E%d)" % (r - 1), fmt="0%")
        put(ws, "K%d" % r, "=SUM(K7:K%d)" % (r - 1), fmt="0.00")
        summary.append((aspek, bobot, "='%s'!K%d" % (shname, r)))
        if shname.startswith("Asp. Operasional"):
            put(ws, "C%d" % (r + 2), "Catatan: realisasi panjang pipa semester II sudah termasuk "
                "rehabilitasi pipa transmisi 1.300 m.", border=False, wrap=False, h="left",
                italic=True)
    # summary sheet (not key)
    ws0 = wb["Rekap Nilai 2023"]
    widths(ws0, {"A": 5, "B": 40, "C": 10, "D": 14})
    merge(ws0, "A1:D1", "REKAPITULASI PENILAIAN KINERJA UPTD SPAM TAHUN 2023", bold=True,
          border=False, h="center")
    put(ws0, "A3", "No", bold=True)
    put(ws0, "B3", "Aspek", bold=True)
    put(ws0, "C3", "Bobot", bold=True)
    put(ws0, "D3", "Nilai Tertimbang", bold=True)
    for i, (a, b, f) in enumerate(summary):
        put(ws0, "A%d" % (i + 4), i + 1)
        put(ws0, "B%d" % (i + 4), a, h="left")
        put(ws0, "C%d" % (i + 4), b / 100.0, fmt="0%")
        put(ws0, "D%d" % (i + 4), f, fmt="0.00")
    n = len(summary) + 4
    put(ws0, "B%d" % n, "TOTAL", bold=True)
    put(ws0, "D%d" % n, "=SUM(D4:D%d)" % (n - 1), fmt="0.00")
    put(ws0, "B%d" % (n + 1), "Kategori", bold=True)
    put(ws0, "D%d" % (n + 1), "=IF(D%d>2.8,\"SEHAT\",IF(D%d>=2.2,\"KURANG SEHAT\",\"SAKIT\"))"
        % (n, n))
    signature(ws0, n + 3, "B", "Lembah Tirta, 15 Januari 2024",
              ["Kepala UPTD SPAM Kabupaten Lembah Tirta"], *KEPALA23)
    # order sheets: E81, Rekap, aspects..., hidden lookup last
    order = ["E81 TW IV 2022", "Rekap Nilai 2023", "Asp. Keuangan 2023", "Asp. Pelayanan 2023",
             "Asp. Operasional 2023", "Asp. SDM 2023", "Tabel Nilai"]
    wb._sheets = [wb[n_] for n_ in order]


def build():
    rec = Recorder(SLUG, AGENCY, YEARS, AMBIG, FLOW)
    sheet_2020(rec)
    sheet_2021(rec)
    wb = openpyxl.Workbook()
    sheet_2022(rec, wb)
    sheets_2023(rec, wb)
    landscape(wb)
    wb.save(os.path.join(RAW, F2223.replace(".xls", ".xlsx")))
    rec.files.append(F2223)
    return rec


if __name__ == "__main__":
    build().write()
