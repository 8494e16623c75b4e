"""Agency 3: UPTD Balai Pembibitan Ternak dan Hijauan Pakan Ternak (BPT-HPT), Dinas Peternakan dan Kesehatan
Hewan Provinsi Teluk Gading.

Files
  Renstra_dan_Capaian_BPTHPT_2019_2020.xlsx   "Matriks Renstra" (2018-2023 targets + realisasi 2019, realisasi
                                               pulled by formulas from the hidden sheet "Data 2019"),
                                               "Capaian 2020" (turned over: indicators across), hidden
                                               "Data 2019" and "draft_2020_lama"
  RA_Triwulan_BPTHPT_2021.ods                 "RA 2021": quarters in blocks (T, R s.d. TW, %) - cumulative;
                                               the whole table pasted a second time below; "Catatan"
  Kinerja_BPTHPT_2022.xls                     "Capaian 2022": two panels side by side on the same rows
                                               (Bidang Pembibitan left, Bidang HPT & Pelayanan right); "Catatan"
Invented agency, people, NIPs and figures.
"""
from common import (Agency, GROUP_FILL, HEAD_FILL, Val, blank, box, col, dash, fml, grade, last_key, num, pct,
                    put, signature, sum_key, txt, widths)

AG = Agency(
    "uptd_bpthpt_prov_teluk_gading",
    "UPTD Balai Pembibitan Ternak dan Hijauan Pakan Ternak (BPT-HPT) Dinas Peternakan dan Kesehatan Hewan "
    "Provinsi Teluk Gading",
    [2019, 2020, 2021, 2022])
AG.ambiguous = [["C09", "C09b"]]

KEP_1 = ("drh. BAMBANG SURYO ATMOJO, M.Sc.", "Pembina Tk. I (IV/b)", "NIP. 19690812 199603 1 002")
KEP_2 = ("Ir. LESTARI HANDAYANI NINGRUM, M.P.", "Pembina (IV/a)", "NIP. 19750425 200212 2 005")


# =========================================================================== 2019: Renstra matrix
def sheet_2019(book):
    ws = book.sheet("Matriks Renstra")
    wd = book.sheet("Data 2019", state="hidden")
    widths(ws, {"A": 5, "B": 22, "C": 24, "D": 42, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 11, "K": 11,
                "L": 11, "M": 12, "N": 13, "O": 11})
    put(ws, "A1", "MATRIKS RENCANA STRATEGIS (RENSTRA) 2018 - 2023 DAN REALISASI TAHUN 2019", bold=True, h="center")
    put(ws, "A2", "UPTD BALAI PEMBIBITAN TERNAK DAN HIJAUAN PAKAN TERNAK", bold=True, h="center")
    put(ws, "A3", "DINAS PETERNAKAN DAN KESEHATAN HEWAN PROVINSI TELUK GADING", bold=True, h="center")
    for r in (1, 2, 3):
        ws.merge_cells("A%d:O%d" % (r, r))
    H = {"A5": "No", "B5": "Tujuan", "C5": "Sasaran", "D5": "Indikator Kinerja", "E5": "Satuan",
         "F5": "Kondisi Awal (2017)", "G5": "Target Kinerja Tahun", "G6": 2018, "H6": 2019, "I6": 2020, "J6": 2021,
         "K6": 2022, "L6": 2023, "M5": "Kondisi Kinerja Akhir Periode Renstra", "N5": "Realisasi 2019",
         "O5": "Capaian 2019 (%)"}
    for k, v in H.items():
        put(ws, k, v, bold=True, h="center", wrap=True, fill=HEAD_FILL)
    for m in ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:L5", "M5:M6", "N5:N6", "O5:O6"):
        ws.merge_cells(m)
    for i, c in enumerate("ABCDEFGHIJKLMNO"):
        put(ws, "%s7" % c, i + 1, h="center", italic=True)
    box(ws, "A5:O7")
    put(wd, "A1", "DATA REALISASI 2019 (sumber: laporan bulanan seksi)")
    put(wd, "A2", "Indikator")
    put(wd, "B2", "Satuan")
    put(wd, "C2", "Realisasi")
    # targets 2018..2023; realisasi: ("F", value) = formula from Data 2019, ("T", Val) = typed
    S = [
        ("Meningkatnya produksi bibit ternak unggul", [
            ("C01", "Jumlah bibit sapi Bali yang didistribusikan ke peternak", "ekor", 85, [90, 100, 110, 120, 130, 140],
             ("F", 104), None),
            ("C06", "Jumlah bibit kambing yang didistribusikan ke peternak", "ekor", 180,
             [190, 200, 220, 240, 260, 280], ("F", 212), None),
            ("C02", "Jumlah populasi sapi induk", "ekor", 240, [250, 260, 270, 280, 290, 300], ("F", 262), None),
            ("C03", "Angka kelahiran (calving rate) sapi", "%", 62, [64, 66, 68, 70, 72, 74], ("F", 67.5), None),
            # planted: the formula points at the next row of Data 2019 (S/C instead of mortality)
            ("C04", "Angka kematian pedet", "%", 5, [4.5, 4, 3.5, 3, 2.5, 2], ("FNEXT", 3.2), "neg"),
            ("C05", "Service per Conception (S/C)", "kali", 2.0, [1.9, 1.8, 1.7, 1.6, 1.5, 1.5], ("F", 1.6), "neg"),
            ("C11", "Jumlah pelayanan inseminasi buatan (IB)", "dosis", 380, [400, 420, 440, 460, 480, 500],
             ("F", 436), None),
            ("C12", "Rata-rata pertambahan bobot badan harian (PBBH) pedet", "kg/ekor/hari", "0,30",
             [txt("0,32", 0.32), txt("0,35", 0.35), txt("0,37", 0.37), txt("0,40", 0.40), txt("0,42", 0.42),
              txt("0,45", 0.45)], ("T", txt("0,38 kg", 0.38)), None),
            ("C18", "Jumlah pejantan unggul yang dipelihara", "ekor", 10, [12, 12, 14, 14, 15, 15], ("F", 12), None),
            ("C22", "Jumlah ternak yang tercatat dalam recording", "ekor", 300, [320, 340, 360, 380, 400, 420],
             ("F", 351), None),
        ]),
        ("Meningkatnya mutu dan kesehatan ternak bibit", [
            ("C13", "Persentase bibit ternak yang memiliki SKLB", "%", pct(0.4, "0%"),
             [pct(0.45, "0%"), pct(0.5, "0%"), pct(0.55, "0%"), pct(0.6, "0%"), pct(0.65, "0%"), pct(0.7, "0%")],
             ("T", pct(0.523, "0.0%")), None),
            ("C14", "Jumlah SKLB yang diterbitkan", "lembar", 120, [140, 160, 180, 200, 220, 240], ("F", 171), None),
            ("C17", "Persentase ternak yang bebas penyakit hewan menular strategis (PHMS)", "%", 95,
             [96, 97, 98, 98, 99, 100], ("F", 98.4), None),
        ]),
        ("Meningkatnya produksi dan distribusi hijauan pakan ternak", [
            ("C07", "Produksi hijauan rumput unggul", "ton", "1.100",
             [txt("1.150", 1150), txt("1.250", 1250), txt("1.300", 1300), txt("1.350", 1350), txt("1.400", 1400),
              txt("1.450", 1450)], ("T", txt("1.318 ton", 1318)), None),
            ("C08", "Produksi hijauan leguminosa", "ton", 180, [190, 200, 210, 220, 230, 240], ("F", 214.5), None),
            ("C09", "Luas kebun HPT yang dipelihara", "ha", 40, [42, 45, 45, 48, 50, 50], ("F", 45), None),
            ("C10", "Jumlah bibit HPT (stek/pols) yang", "stek", num(120000, "#,##0"),
             [num(135000, "#,##0"), num(150000, "#,##0"), num(165000, "#,##0"), num(180000, "#,##0"),
              num(195000, "#,##0"), num(210000, "#,##0")], ("T", txt("162.500 stek", 162500)), "WRAP"),
            ("C16", "Jumlah kelompok peternak penerima bibit", "kelompok", 14, [15, 16, 18, 20, 22, 24], ("F", 17),
             None),
        ]),
        ("Meningkatnya kualitas pelayanan dan pendapatan balai", [
            ("C15", "Realisasi PAD dari penjualan ternak dan hijauan", "Rp", num(760000000, "#,##0"),
             [num(800000000, "#,##0"), txt("Rp 871.450.000", 871450000), num(925000000, "#,##0"),
              num(975000000, "#,##0"), num(1025000000, "#,##0"), num(1080000000, "#,##0")],
             ("T", txt("Rp 912.300.000", 912300000)), None),
            ("C19", "Indeks Kepuasan Masyarakat (IKM)", "nilai", 75, [76, 78, 80, 82, 84, 85], ("F", 79.1), None),
        ]),
    ]
    # Data 2019 rows first (so that formulas can point at them)
    drow = {}
    dr = 3
    data_vals = []
    for _, inds in S:
        for sid, name, unit, awal, tg, (kind, rv), flag in inds:
            if kind in ("F", "FNEXT"):
                put(wd, "A%d" % dr, name)
                put(wd, "B%d" % dr, unit)
                put(wd, "C%d" % dr, rv)
                drow[sid] = dr
                data_vals.append((dr, rv))
                dr += 1
    r = 8
    no = 0
    for sasaran, inds in S:
        start = r
        for sid, name, unit, awal, tg, (kind, rv), flag in inds:
            no += 1
            put(ws, "A%d" % r, no, h="center", v_align="top")
            put(ws, "D%d" % r, name, wrap=True)
            put(ws, "E%d" % r, unit, h="center")
            put(ws, "F%d" % r, awal, h="right")
            tvals = [v if isinstance(v, Val) else num(v) for v in tg]
            for i, c in enumerate("GHIJKL"):
                put(ws, "%s%d" % (c, r), tvals[i], h="right")
            put(ws, "M%d" % r, tvals[-1], h="right")
            if kind == "F":
                rval = fml("='Data 2019'!C%d" % drow[sid], rv)
            elif kind == "FNEXT":
                nxt = drow[sid] + 1
                cached = [v for (x, v) in data_vals if x == nxt][0]
                rval = fml("='Data 2019'!C%d" % nxt, cached)
            else:
                rval = rv
            put(ws, "N%d" % r, rval, h="right")
            if flag == "neg":
                put(ws, "O%d" % r, Val("=(2*H%d-N%d)/H%d*100" % (r, r, r), None, "0.00"))
            elif isinstance(tvals[1].cell, (int, float)) and (kind != "T" or isinstance(rval.cell, (int, float))):
                put(ws, "O%d" % r, Val("=N%d/H%d*100" % (r, r), None, "0.00"))
            else:
                put(ws, "O%d" % r, Val(round(rval.key / tvals[1].key * 100, 2), None, "0.00"))
            AG.key(book, ws, "D%d" % r, 2019, sid, tvals[1], rval, "H%d" % r, "N%d" % r)
            if flag == "WRAP":
                r += 1
                put(ws, "D%d" % r, "didistribusikan")   # continuation of the wrapped name (no figures)
            r += 1
        put(ws, "C%d" % start, sasaran, wrap=True, v_align="top")
        ws.merge_cells("C%d:C%d" % (start, r - 1))
    put(ws, "B8", "Meningkatkan ketersediaan bibit ternak dan hijauan pakan ternak yang berkualitas", wrap=True,
        v_align="top")
    ws.merge_cells("B8:B%d" % (r - 1))
    box(ws, "A8:O%d" % (r - 1))
    r += 1
    put(ws, "D%d" % r, "Keterangan: realisasi diambil dari sheet data (laporan bulanan seksi).", italic=True)
    signature(ws, r + 2, 12, "Kota Teluk Gading, 20 Januari 2020", ["Kepala UPTD BPT-HPT"], *KEP_1, merge_to="O")


# =========================================================================== 2020: turned over
def sheet_2020(book):
    ws = book.sheet("Capaian 2020")
    widths(ws, {"A": 22})
    put(ws, "A1", "CAPAIAN INDIKATOR KINERJA UPTD BPT-HPT PROVINSI TELUK GADING TAHUN 2020", bold=True)
    put(ws, "A2", "(disajikan mendatar sesuai format papan data balai)", italic=True)
    d = dash
    inds = [
        ("PEMBIBITAN TERNAK", [
            ("C01", "Jumlah Bibit Sapi Bali yang Didistribusikan (ekor)", "ekor", 104, num(100), num(97)),
            ("C06", "Jumlah Bibit Kambing yang Didistribusikan (ekor)", "ekor", 212, num(200), num(226)),
            ("C02", "Populasi Sapi Induk (ekor)", "ekor", 262, num(260), num(258)),
            ("C03", "Calving Rate (%)", "%", 67.5, pct(0.66, "0%"), pct(0.684, "0.0%")),
            ("C04", "Mortalitas pedet (%)", "%", 3.2, txt("4 %", 4), txt("3,1 %", 3.1)),
            ("C05", "S/C (kali)", "kali", 1.6, num(1.8), num(1.7)),
            ("C11", "Jumlah Pelayanan IB (dosis)", "dosis", 436, num(420), num(447)),
            ("C12", "Rata - rata PBBH pedet (kg/ekor/hari)", "kg", 0.38, txt("0,35", 0.35), num(0.36)),
            ("C18", "Jumlah Pejantan Unggul (ekor)", "ekor", 12, num(12), num(12)),
            ("C22", "Jumlah ternak ter-recording", "ekor", 351, num(340), num(362)),
        ]),
        ("MUTU & KESEHATAN", [
            # planted: wrong formula - SKLB count divided by the number of cows instead of the number of bibit
            ("C13", "Prosentase bibit bersertifikat (SKLB)", "%", 52.3, pct(0.5, "0%"), "WRONGPCT"),
            ("C14", "Jumlah Surat Keterangan Layak Bibit (SKLB) yang diterbitkan", "lembar", 171, num(160),
             num(183)),
            ("C17", "Prosentase ternak bebas PHMS", "%", 98.4, num(97), num(98.9)),
        ]),
        ("HIJAUAN PAKAN", [
            ("C07", "Produksi Rumput Unggul (ton)", "ton", 1318, txt("1.250 ton", 1250), txt("1.287 ton", 1287)),
            ("C08", "Produksi Leguminosa (ton)", "ton", 214.5, num(200), num(196.5)),
            ("C09", "Luas kebun hijauan pakan ternak yang dipelihara (ha)", "ha", 45, num(45), num(45)),
            ("C10", "Jumlah stek/pols HPT yang didistribusikan", "stek", 162500, num(150000, "#,##0"),
             num(158250, "#,##0")),
            ("C16", "Jumlah Kelompok Peternak Penerima Bibit Ternak", "kelompok", 17, num(16), num(19)),
            ("C20", "Produksi silase/hay (ton)", "ton", "-", txt("50 ton", 50), txt("62,5 ton", 62.5)),
        ]),
        ("PELAYANAN", [
            ("C15", "Pendapatan Asli Daerah (retribusi penjualan ternak & HPT)", "Rp", 912300000,
             num(900000000, "#,##0"), num(948615000, "#,##0")),
            ("C19", "IKM", "nilai", 79.1, num(78), num(80.6)),
        ]),
    ]
    labels = {5: "Kelompok", 6: "Indikator", 7: "Satuan", 8: "Realisasi 2019", 9: "Target 2020",
              10: "Realisasi 2020", 11: "Capaian 2020 (%)", 12: "Keterangan"}
    for rr, s in labels.items():
        put(ws, "A%d" % rr, s, bold=True, fill=HEAD_FILL if rr <= 7 else None)
    c = 2
    colof = {}
    pending = []
    for grp, items in inds:
        gstart = c
        for sid, name, unit, r19, t, rv in items:
            L = col(c)
            colof[sid] = L
            ws.column_dimensions[L].width = 14
            put(ws, "%s6" % L, name, bold=True, wrap=True, h="center", fill=HEAD_FILL)
            put(ws, "%s7" % L, unit, h="center")
            put(ws, "%s8" % L, r19 if not isinstance(r19, str) else r19, h="right",
                )
            if sid == "C15":
                ws["%s8" % L].number_format = "#,##0"
            put(ws, "%s9" % L, t, h="right")
            pending.append((sid, L, t, rv))
            c += 1
        put(ws, "%s5" % col(gstart), grp, bold=True, h="center", fill=GROUP_FILL)
        ws.merge_cells("%s5:%s5" % (col(gstart), col(c - 1)))
    for sid, L, t, rv in pending:
        if rv == "WRONGPCT":
            rv = fml("=%s10/%s10" % (colof["C14"], colof["C02"]), 183 / 258, "0.0%")
        put(ws, "%s10" % L, rv, h="right")
        if sid in ("C04", "C05"):
            put(ws, "%s11" % L, Val(round((2 * t.key - rv.key) / t.key * 100, 2), None, "0.00"))
        elif isinstance(t.cell, (int, float)) and (isinstance(rv.cell, (int, float)) or str(rv.cell).startswith("=")):
            put(ws, "%s11" % L, Val("=%s10/%s9*100" % (L, L), None, "0.00"))
        else:
            put(ws, "%s11" % L, Val(round(rv.key / t.key * 100, 2), None, "0.00"))
        AG.key(book, ws, "%s6" % L, 2020, sid, t, rv, "%s9" % L, "%s10" % L)
    put(ws, "%s12" % colof["C20"], "indikator baru 2020", wrap=True)
    put(ws, "%s12" % colof["C04"], "indikator negatif", wrap=True)
    put(ws, "%s12" % colof["C05"], "indikator negatif", wrap=True)
    box(ws, "A5:%s12" % col(c - 1))
    put(ws, "A14", "Sumber: laporan bulanan seksi pembibitan, seksi HPT dan subbag TU.", italic=True)
    signature(ws, 16, c - 5, "Kota Teluk Gading, 18 Januari 2021", ["Kepala UPTD BPT-HPT"], *KEP_1,
              merge_to=col(c - 1))
    wh = book.sheet("draft_2020_lama", state="hidden")
    put(wh, "A1", "DRAFT - target sebelum pergeseran anggaran")
    put(wh, "A2", "Jumlah Bibit Sapi Bali yang Didistribusikan (ekor)")
    put(wh, "B2", 110)
    put(wh, "A3", "Produksi Rumput Unggul (ton)")
    put(wh, "B3", 1300)


# =========================================================================== 2021: RA, quarter blocks, cumulative
def table_2021(ws, top, record, book):
    put(ws, "A%d" % top, "No", bold=True, h="center", fill=HEAD_FILL)
    put(ws, "B%d" % top, "Indikator Kinerja", bold=True, h="center", fill=HEAD_FILL)
    put(ws, "C%d" % top, "Satuan", bold=True, h="center", fill=HEAD_FILL)
    put(ws, "D%d" % top, "Target Tahunan 2021", bold=True, h="center", wrap=True, fill=HEAD_FILL)
    put(ws, "E%d" % top, "Target dan Realisasi Kumulatif (s.d. Triwulan)", bold=True, h="center", fill=HEAD_FILL)
    put(ws, "Q%d" % top, "Ket.", bold=True, h="center", fill=HEAD_FILL)
    for i, tw in enumerate(["TW I", "TW II", "TW III", "TW IV"]):
        c0 = 5 + 3 * i
        put(ws, "%s%d" % (col(c0), top + 1), tw, bold=True, h="center", fill=HEAD_FILL)
        ws.merge_cells("%s%d:%s%d" % (col(c0), top + 1, col(c0 + 2), top + 1))
        for j, s in enumerate(["T", "R s.d.", "%"]):
            put(ws, "%s%d" % (col(c0 + j), top + 2), s, bold=True, h="center", fill=HEAD_FILL)
    for m in ("A", "B", "C", "D", "Q"):
        ws.merge_cells("%s%d:%s%d" % (m, top, m, top + 2))
    ws.merge_cells("E%d:P%d" % (top, top))
    box(ws, "A%d:Q%d" % (top, top + 2))
    d = dash
    b = blank
    P0 = "0%"
    P1 = "0.0%"
    K = "#,##0"
    G = [
        ("I. PEMBIBITAN TERNAK", [
            ("C01", "1. Jumlah distribusi bibit sapi Bali", "ekor", num(110), [20, 50, 80, 110], [18, 47, 85, 116], None),
            ("C06", "2. Jumlah distribusi bibit kambing", "ekor", num(220), [50, 110, 160, 220], [44, 102, 171, 229],
             None),
            ("C02", "3. Jumlah sapi induk produktif di balai", "ekor", num(270), [270, 270, 270, 270],
             [261, 264, 268, 271], "posisi akhir TW"),
            ("C03", "4. Persentase angka kelahiran pedet (calving rate)", "%", num(68), [15, 35, 55, 68],
             [16.2, 36.5, 54.8, 69.3], None),
            ("C04", "5. Persentase kematian pedet", "%", num(3.5), [3.5, 3.5, 3.5, 3.5], [2.1, 2.8, 3.0, 3.3],
             "indikator negatif"),
            ("C05", "6. Nilai service per conception", "kali", num(1.7), [1.7, 1.7, 1.7, 1.7], [1.8, 1.75, 1.7, 1.68],
             "indikator negatif"),
            ("C21", "7. Jarak beranak (calving interval)", "bulan", num(14), [14, 14, 14, 14], [14.5, 14.3, 14.1, b()],
             "TW IV belum dihitung"),
            ("C11", "8. Jumlah pelayanan IB ternak balai", "dosis", num(440), [110, 220, 330, 440],
             [105, 226, 341, 452], None),
            ("C12", "9. Pertambahan bobot badan harian pedet", "kg/ekor/hari", txt("0,37", 0.37),
             [0.37, 0.37, 0.37, 0.37], [0.35, 0.36, 0.38, 0.39], None),
        ]),
        ("II. MUTU DAN KESEHATAN TERNAK", [
            ("C13", "10. Persentase ternak bibit yang bersertifikat SKLB", "%", pct(0.55, P0),
             [pct(0.15, P0), pct(0.3, P0), pct(0.45, P0), pct(0.55, P0)],
             [pct(0.142, P1), pct(0.318, P1), pct(0.466, P1), pct(0.571, P1)], None),
            ("C14", "11. Jumlah SKLB diterbitkan (lembar)", "lembar", num(180), [45, 90, 135, 180], [40, 96, 138, 187],
             None),
            ("C17", "12. Persentase ternak sehat bebas PHMS", "%", num(98), [98, 98, 98, 98], [99.1, 98.7, 98.2, 98.6],
             None),
        ]),
        ("III. HIJAUAN PAKAN TERNAK", [
            ("C23", "13. Produksi hijauan pakan ternak (rumput & leguminosa)", "ton", txt("1.550", 1550),
             [350, 750, 1150, 1550], [362, 781, 1124, 1583], "gabungan rumput dan leguminosa"),
            ("C09b", "14. Luas lahan HPT produktif", "ha", num(40), [40, 40, 40, 40], [38, 40, 41.5, 41.5], None),
            # planted: the cumulative figure falls at TW IV (96.500 after 118.000)
            ("C10", "15. Distribusi bibit hijauan pakan (stek/pols)", "stek", num(165000, K),
             [num(40000, K), num(85000, K), num(125000, K), num(165000, K)],
             [num(38500, K), num(90250, K), num(118000, K), num(96500, K)], None),
            ("C16", "16. Jumlah poknak penerima bibit", "kelompok", num(18), [4, 9, 14, 18], [4, 8, 15, 19], None),
            ("C20", "17. Jumlah produksi pakan awetan (silase & hay)", "ton", num(60), [15, 30, 45, 60],
             [14, 31.5, 47, 66], None),
        ]),
        ("IV. PELAYANAN DAN PENDAPATAN", [
            ("C15", "18. Realisasi PAD Balai (Rp)", "Rp", num(950000000, K),
             [num(200000000, K), num(450000000, K), num(700000000, K), num(950000000, K)],
             [num(187450000, K), num(462100000, K), num(731800000, K), num(1004250000, K)], None),
            ("C19", "19. Nilai Indeks Kepuasan Masyarakat", "nilai", num(80), [d(), 80, d(), 80], [d(), 80.9, d(), 81.7],
             "survei semesteran"),
        ]),
    ]
    r = top + 3
    for gname, inds in G:
        put(ws, "A%d" % r, gname, bold=True, fill=GROUP_FILL)
        ws.merge_cells("A%d:Q%d" % (r, r))
        r += 1
        for sid, name, unit, t, qt, qr, ket in G_items(inds):
            put(ws, "B%d" % r, name, wrap=True)
            put(ws, "A%d" % r, int(name.split(".")[0]), h="center")
            put(ws, "C%d" % r, unit, h="center")
            put(ws, "D%d" % r, t, h="right")
            rcells = []
            for i in range(4):
                c0 = 5 + 3 * i
                put(ws, "%s%d" % (col(c0), r), qt[i], h="right")
                put(ws, "%s%d" % (col(c0 + 1), r), qr[i], h="right")
                put(ws, "%s%d" % (col(c0 + 2), r),
                    Val('=IFERROR(%s%d/%s%d*100,"")' % (col(c0 + 1), r, col(c0), r), None, "0.00"))
                rcells.append("%s%d" % (col(c0 + 1), r))
            put(ws, "Q%d" % r, ket, wrap=True)
            if record:
                AG.key(book, ws, "B%d" % r, 2021, sid, t, last_key(qr), "D%d" % r, rcells, "last")
            r += 1
    box(ws, "A%d:Q%d" % (top + 3, r - 1))
    return r


def G_items(inds):
    out = []
    for sid, name, unit, t, qt, qr, ket in inds:
        qt = [v if isinstance(v, Val) else num(v) for v in qt]
        qr = [v if isinstance(v, Val) else num(v) for v in qr]
        out.append((sid, name, unit, t, qt, qr, ket))
    return out


def sheet_2021(book):
    ws = book.sheet("RA 2021")
    widths(ws, {"A": 5, "B": 46, "C": 11, "D": 13, "Q": 22})
    for i in range(5, 17):
        ws.column_dimensions[col(i)].width = 10
    put(ws, "A1", "RENCANA AKSI DAN CAPAIAN KINERJA TRIWULANAN TAHUN 2021", bold=True)
    put(ws, "A2", "UPTD BALAI PEMBIBITAN TERNAK DAN HIJAUAN PAKAN TERNAK PROVINSI TELUK GADING", bold=True)
    r = table_2021(ws, 4, True, book)
    put(ws, "B%d" % (r + 1), "R s.d. = realisasi kumulatif sampai dengan triwulan berkenaan.", italic=True)
    # the same table pasted a second time (not keyed)
    r2 = table_2021(ws, r + 4, False, book)
    signature(ws, r2 + 2, 12, "Kota Teluk Gading, 14 Januari 2022", ["Kepala UPTD BPT-HPT"], *KEP_2, merge_to="Q")
    wc = book.sheet("Catatan")
    widths(wc, {"A": 100})
    for i, s in enumerate([
        "CATATAN",
        "- Mulai 2021 produksi rumput dan leguminosa dilaporkan gabungan sebagai produksi HPT.",
        "- Indikator luas kebun HPT diganti menjadi luas lahan HPT produktif (lahan yang dipanen).",
        "- Calving interval TW IV dihitung setelah rekapitulasi kelahiran Januari 2022.",
    ], 1):
        put(wc, "A%d" % i, s, bold=(i == 1))


# =========================================================================== 2022: two panels side by side
def sheet_2022(book):
    ws = book.sheet("Capaian 2022")
    widths(ws, {"A": 5, "B": 40, "C": 10, "D": 13, "E": 13, "F": 9, "G": 3, "H": 5, "I": 40, "J": 10, "K": 15,
                "L": 15, "M": 9})
    put(ws, "A1", "CAPAIAN KINERJA TAHUN 2022", bold=True, h="center")
    put(ws, "A2", "UPTD BALAI PEMBIBITAN TERNAK DAN HIJAUAN PAKAN TERNAK", bold=True, h="center")
    put(ws, "A3", "DINAS PETERNAKAN DAN KESEHATAN HEWAN PROVINSI TELUK GADING", bold=True, h="center")
    for r in (1, 2, 3):
        ws.merge_cells("A%d:M%d" % (r, r))
    put(ws, "A5", "I. BIDANG PEMBIBITAN DAN PRODUKSI TERNAK", bold=True, fill=GROUP_FILL)
    ws.merge_cells("A5:F5")
    put(ws, "H5", "II. BIDANG HIJAUAN PAKAN DAN PELAYANAN", bold=True, fill=GROUP_FILL)
    ws.merge_cells("H5:M5")
    for cols in ("ABCDEF", "HIJKLM"):
        for c, s in zip(cols, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "%"]):
            put(ws, "%s6" % c, s, bold=True, h="center", fill=HEAD_FILL)
    box(ws, "A6:F6")
    box(ws, "H6:M6")
    left = [
        ("C01", "Jml bibit sapi bali yg didistribusikan", "ekor", num(120), num(123)),
        ("C06", "Jml bibit kambing yg didistribusikan", "ekor", num(240), num(236)),
        ("C02", "Jumlah Populasi Sapi Induk Produktif", "ekor", num(280), num(283)),
        # planted: realisasi typed as a fraction (0.712 for 71,2 %) in a plain cell
        ("C03", "Angka Kelahiran Pedet / Calving Rate", "%", num(70), num(0.712)),
        ("C04", "Angka Kematian (Mortalitas) Pedet", "%", num(3), txt("2,6 %", 2.6)),
        ("C05", "Service per conception (S/C)", "kali", num(1.6), num(1.62)),
        ("C21", "Calving Interval (bulan)", "bulan", num(13.5), num(13.8)),
        ("C11", "Pelayanan Inseminasi Buatan (dosis)", "dosis", num(460), num(471)),
        ("C12", "Rata-rata PBBH Pedet Lepas Sapih", "kg/ekor/hari", txt("0,40 kg", 0.40), txt("0,41 kg", 0.41)),
        ("C18", "Jumlah pejantan unggul sapi Bali yang dipelihara", "ekor", num(14), num(15)),
    ]
    right = [
        ("C13", "Persentase Bibit Ternak Ber-SKLB", "%", pct(0.6, "0%"), pct(0.612, "0.0%")),
        ("C14", "Jumlah SKLB yg Diterbitkan", "lembar", num(200), num(214)),
        ("C17", "Persentase Ternak Balai Bebas PHMS (%)", "%", num(98), num(99.2)),
        ("C23", "Produksi Hijauan Pakan Ternak (HPT) (ton)", "ton", txt("1.650 ton", 1650), txt("1.702 ton", 1702)),
        ("C09b", "Luas Lahan Hijauan Pakan Produktif (ha)", "ha", num(42), num(42)),
        ("C10", "Jumlah Bibit HPT yang Didistribusikan (stek & pols)", "stek", num(180000, "#,##0"),
         num(184300, "#,##0")),
        ("C20", "Produksi Pakan Awetan Silase dan Hay (ton)", "ton", txt("70 - 75 ton", 70), num(78.5)),
        # planted: target typed 9.850.000.000 for 985.000.000 (10x)
        ("C15", "Realisasi PAD Retribusi Penjualan Produksi Usaha Daerah", "Rp", txt("Rp 9.850.000.000", 9850000000),
         txt("Rp 1.012.640.000", 1012640000)),
        ("C19", "Indeks Kepuasan Masyarakat terhadap Layanan Balai", "nilai", txt("\u2265 82", 82), num(83.4)),
    ]
    for cols, items in (("ABCDEF", left), ("HIJKLM", right)):
        no_c, nm_c, un_c, t_c, r_c, p_c = cols
        r = 7
        for i, (sid, name, unit, t, rv) in enumerate(items, 1):
            put(ws, "%s%d" % (no_c, r), i, h="center")
            put(ws, "%s%d" % (nm_c, r), name, wrap=True)
            put(ws, "%s%d" % (un_c, r), unit, h="center")
            put(ws, "%s%d" % (t_c, r), t, h="right")
            put(ws, "%s%d" % (r_c, r), rv, h="right")
            if sid in ("C04", "C05", "C21"):
                put(ws, "%s%d" % (p_c, r), Val(round((2 * t.key - rv.key) / t.key * 100, 2), None, "0.00"))
            elif isinstance(t.cell, (int, float)) and isinstance(rv.cell, (int, float)):
                put(ws, "%s%d" % (p_c, r), Val("=%s%d/%s%d*100" % (r_c, r, t_c, r), None, "0.00"))
            else:
                put(ws, "%s%d" % (p_c, r), Val(round(rv.key / t.key * 100, 2), None, "0.00"))
            AG.key(book, ws, "%s%d" % (nm_c, r), 2022, sid, t, rv, "%s%d" % (t_c, r), "%s%d" % (r_c, r))
            r += 1
        box(ws, "%s7:%s%d" % (cols[0], cols[-1], r - 1))
        put(ws, "%s%d" % (nm_c, r), "Rata-rata capaian bidang", bold=True)
        put(ws, "%s%d" % (p_c, r), Val("=ROUND(AVERAGE(%s7:%s%d),2)" % (p_c, p_c, r - 1), None, "0.00"), bold=True)
    put(ws, "B20", "*) indikator negatif: mortalitas, S/C dan calving interval, capaian = (2 x target - realisasi) "
                   "/ target x 100", italic=True)
    put(ws, "B21", "Sumber data: recording balai dan laporan seksi s.d. 31 Desember 2022.", italic=True)
    signature(ws, 23, 11, "Kota Teluk Gading, 16 Januari 2023", ["Kepala UPTD BPT-HPT"], *KEP_2, merge_to="M")
    wc = book.sheet("Catatan")
    widths(wc, {"A": 100})
    for i, s in enumerate([
        "CATATAN PENYUSUNAN",
        "- Format dua kolom dipakai agar muat satu halaman (A4 landscape).",
        "- Indikator jumlah poknak penerima bibit tidak lagi menjadi IKU mulai 2022.",
        "- Pejantan unggul kembali dimasukkan sebagai indikator mulai 2022.",
    ], 1):
        put(wc, "A%d" % i, s, bold=(i == 1))


def main():
    b = AG.book("Renstra_dan_Capaian_BPTHPT_2019_2020", "xlsx")
    sheet_2019(b)
    sheet_2020(b)
    b.save()
    b = AG.book("RA_Triwulan_BPTHPT_2021", "ods")
    sheet_2021(b)
    b.save()
    b = AG.book("Kinerja_BPTHPT_2022", "xls")
    sheet_2022(b)
    b.save()
    key = AG.finish()
    print(AG.slug, len(key["rows"]), "key rows")


if __name__ == "__main__":
    main()
