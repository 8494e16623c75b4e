"""Agency A: Inspektorat Daerah Kabupaten Muara Rinjang, 2019-2022."""
from openpyxl import Workbook
from openpyxl.styles import Alignment
from common import *

AG = "Inspektorat Daerah Kabupaten Muara Rinjang"
S1 = "Meningkatnya kualitas sistem pengendalian intern pemerintah daerah"
S2 = "Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah"
S3 = "Meningkatnya pencegahan korupsi dan integritas aparatur"
KEPALA = ("Inspektur Daerah,", "Drs. HAMDAN SYARIFUDDIN, M.Si", "Pembina Utama Muda", "19690314 199303 1 007")


def y2019(out, keys):
    """Plain PK with Formulasi / Satuan / Sumber Data / Keterangan, IKU table then IKK table below."""
    wb = Workbook(); ws = wb.active; ws.title = "PK 2019"
    fn = "inspektorat_pk_2019.xlsx"
    title(ws, ["PENGUKURAN KINERJA", "INSPEKTORAT DAERAH " + KAB, "TAHUN 2019"], 10)
    ws["A5"] = "Nama OPD : Inspektorat Daerah"
    # two header rows + column number row
    hdr(ws, 7, 1, "No", 8); hdr(ws, 7, 2, "Sasaran Strategis", 8); hdr(ws, 7, 3, "Indikator Kinerja Utama", 8)
    hdr(ws, 7, 4, "Formulasi / Cara Pengukuran", 8); hdr(ws, 7, 5, "Satuan", 8)
    hdr(ws, 7, 6, "Kinerja Tahun 2019", c2=8)
    hdr(ws, 8, 6, "Target"); hdr(ws, 8, 7, "Realisasi"); hdr(ws, 8, 8, "% Capaian")
    hdr(ws, 7, 9, "Sumber Data", 8); hdr(ws, 7, 10, "Keterangan", 8)
    for i in range(1, 11):
        hdr(ws, 9, i, f"({i})")
    rows = [
        (S1, "a01", "Level Maturitas SPIP", "Hasil penilaian mandiri yang divalidasi BPKP (skala 1 s.d. 5)", "Level", "Level 2", "Level 2", "s", "Laporan Validasi BPKP", ""),
        (S1, "a02", "Level Kapabilitas APIP", "Hasil penilaian IACM oleh BPKP", "Level", "Level 2", "Level 2", "s", "BPKP Perwakilan", ""),
        (S1, "a15", "Persentase auditor yang bersertifikat JFA", "(Jumlah auditor bersertifikat JFA / jumlah auditor) x 100%", "%", 60, 55.56, "n", "Sub Bag Umum & Kepegawaian", "2 auditor belum lulus diklat"),
        (S2, "a03", "Persentase tindak lanjut temuan BPK", "(Jumlah temuan yang ditindaklanjuti / jumlah temuan) x 100%", "%", 75, 72.4, "n", "Aplikasi SIPTL BPK", ""),
        (S2, "a04", "Persentase tindak lanjut temuan APIP", "(Jumlah rekomendasi Inspektorat yang selesai ditindaklanjuti / jumlah rekomendasi) x 100%", "%", 80, 83.6, "n", "Data TLHP Inspektorat", ""),
        (S2, "a05", "Nilai AKIP Pemerintah Kabupaten", "Nilai hasil evaluasi AKIP oleh Kementerian PAN-RB", "Nilai", 60, 58.71, "n", "LHE KemenPAN-RB", "Predikat B"),
        (S2, "a07", "Jumlah OPD yang diaudit", "Jumlah OPD yang menjadi obyek audit sesuai PKPT", "OPD", 32, 30, "n", "PKPT 2019", "2 OPD dialihkan ke audit khusus"),
        (S2, "a09", "Jumlah Laporan Hasil Pemeriksaan (LHP) yang diterbitkan", "Jumlah LHP yang ditandatangani Inspektur", "LHP", 45, 47, "n", "Register LHP", ""),
        (S2, "a11", "Opini BPK atas LKPD", "Opini BPK RI atas Laporan Keuangan Pemerintah Daerah", "Opini", "WTP", "WDP", "s", "LHP BPK RI", "Opini WDP"),
        (S2, "a13", "Jumlah desa yang diaudit pengelolaan Dana Desa", "Jumlah desa yang diperiksa pengelolaan DD/ADD", "Desa", 40, 40, "n", "PKPT 2019", ""),
        (S3, "a10", "Persentase pengaduan masyarakat yang ditindaklanjuti", "(Pengaduan yang ditindaklanjuti / pengaduan yang diterima) x 100%", "%", 90, 100, "n", "Register Dumas", ""),
        (S3, "a16", "Persentase ASN yang menyampaikan LHKASN", "(ASN wajib lapor yang menyampaikan LHKASN / ASN wajib lapor) x 100%", "%", 100, 96.8, "n", "Aplikasi SiHarka", ""),
    ]
    r = 10; no = 0; prev = None; start = r
    for sas, id_, name, form, sat, t, rl, st, src, ket in rows:
        if sas != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=r, column=2, value=sas).alignment = WRAP
            start = r; prev = sas
        no += 1
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=3, value=name).alignment = WRAP
        ws.cell(row=r, column=4, value=form).alignment = WRAP
        ws.cell(row=r, column=5, value=sat)
        kt = put(ws, r, 6, t, st); kr = put(ws, r, 7, rl, st)
        if st == "s":
            ws.cell(row=r, column=8, value=100 if t == rl else None)
        else:
            ws.cell(row=r, column=8, value=f"=IFERROR(G{r}/F{r}*100,\"\")").number_format = "0.00"
        ws.cell(row=r, column=9, value=src); ws.cell(row=r, column=10, value=ket or None)
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2019, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 6), _r=ref(r, 7)))
        r += 1
    ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    box(ws, 7, 1, r - 1, 10)
    # second table: Indikator Kinerja Kegiatan
    r += 2
    ws.cell(row=r, column=1, value="INDIKATOR KINERJA KEGIATAN (IKK)").font = BOLD; r += 1
    h = r
    for i, t in enumerate(["No", "Kegiatan", "Indikator Kinerja Kegiatan", "Formulasi / Cara Pengukuran", "Satuan", "Target", "Realisasi", "% Capaian", "Sumber Data", "Keterangan"], 1):
        hdr(ws, r, i, t)
    r += 1
    ikk = [
        ("Evaluasi Akuntabilitas Kinerja Instansi Pemerintah", "a20", "Jumlah laporan hasil evaluasi SAKIP OPD", "Jumlah LHE SAKIP OPD yang diterbitkan", "Dokumen", 36, 36, None),
        ("Reviu Laporan Keuangan Pemerintah Daerah", "a21", "Jumlah laporan hasil reviu LKPD", "Jumlah LHR LKPD", "Laporan", 1, 1, None),
        ("Sosialisasi dan Bimtek SPIP", "a22", "Jumlah peserta sosialisasi/bimtek SPIP", "Jumlah peserta yang hadir", "Orang", 120, 134, 110.67),
        ("Reviu RKA Perangkat Daerah", "a23", "Jumlah dokumen RKA OPD yang direviu", "Jumlah RKA OPD yang selesai direviu", "Dokumen", 36, 34, None),
    ]
    for k, (keg, id_, name, form, sat, t, rl, typed) in enumerate(ikk, 1):
        ws.cell(row=r, column=1, value=f"{k}."); ws.cell(row=r, column=2, value=keg).alignment = WRAP
        ws.cell(row=r, column=3, value=name).alignment = WRAP; ws.cell(row=r, column=4, value=form)
        ws.cell(row=r, column=5, value=sat)
        kt = put(ws, r, 6, t); kr = put(ws, r, 7, rl)
        if typed is not None:   # typed-over capaian (wrong: 134/120 = 111,67)
            ws.cell(row=r, column=8, value=typed).number_format = "0.00"
        else:
            ws.cell(row=r, column=8, value=f"=ROUND(G{r}/F{r}*100,2)").number_format = "0.00"
        ws.cell(row=r, column=9, value="Sekretariat Inspektorat")
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2019, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 6), _r=ref(r, 7)))
        r += 1
    box(ws, h, 1, r - 1, 10)
    r += 1
    ws.cell(row=r, column=2, value="Jumlah Anggaran Tahun 2019 : Rp. 6.842.115.000"); r += 1
    ws.cell(row=r, column=2, value="Jumlah Realisasi Anggaran Tahun 2019 : Rp. 6.415.902.447"); r += 2
    sign(ws, r, 8, "Muara Rinjang, 31 Desember 2019", *KEPALA)
    widths(ws, [5, 32, 40, 40, 9, 11, 11, 10, 22, 24])
    wb.save(out + "/" + fn)
    return fn


def y2020(out, keys):
    """Rencana Aksi TW I-IV, no annual realisasi column, % stored as fractions with % format.
    Title copied from last year: says TAHUN 2019 (sheet name, date line and budget line say 2020)."""
    wb = Workbook(); ws = wb.active; ws.title = "RENAKSI 2020"
    fn = "inspektorat_renaksi_2020.ods"
    title(ws, ["RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULANAN", "INSPEKTORAT DAERAH " + KAB, "TAHUN 2019"], 15)
    hdr(ws, 5, 1, "No", 6); hdr(ws, 5, 2, "Sasaran Strategis", 6); hdr(ws, 5, 3, "Indikator Kinerja", 6)
    hdr(ws, 5, 4, "Satuan", 6); hdr(ws, 5, 5, "Target Tahunan", 6)
    for q, nm in enumerate(["TW I (B03)", "TW II (B06)", "TW III (B09)", "TW IV (B12)"]):
        c = 6 + 2 * q
        hdr(ws, 5, c, nm, c2=c + 1); hdr(ws, 6, c, "Target"); hdr(ws, 6, c + 1, "Realisasi")
    hdr(ws, 5, 14, "Penanggung Jawab", 6); hdr(ws, 5, 15, "Ket.", 6)
    for i in range(1, 16):
        hdr(ws, 7, i, str(i))
    D = "-"
    # (sas, id, name, unit, style, annual, [qt], [qr], mode)  mode: last|sum|grade
    rows = [
        (S1, "a01", "Level Maturitas SPIP", "Level", "s", "Level 3", [D, D, D, "Level 3"], [D, D, D, "Level 3"], "grade", "Irban I"),
        (S1, "a02", "Level Kapabilitas APIP", "Level", "s", "Level 2", [D, D, D, "Level 2"], [D, D, D, "Level 2"], "grade", "Sekretaris"),
        (S1, "a15", "Persentase auditor bersertifikat JFA", "%", "p", 65, [D, D, D, 65], [D, D, D, 61.11], "last", "Kasubag Umum"),
        (S2, "a03", "Persentase temuan BPK yang ditindaklanjuti", "%", "p", 80, [20, 40, 60, 80], [18.5, 39.2, 61.0, 81.3], "last", "Irban II"),
        (S2, "a04", "Persentase temuan Inspektorat yang ditindaklanjuti", "%", "p", 85, [20, 45, 65, 85], [22.1, 44.0, 66.7, 86.9], "last", "Irban II"),
        (S2, "a05", "Nilai AKIP Kabupaten", "Nilai", "n", 63, [D, D, D, 63], [D, D, D, 62.4], "last", "Irban III"),
        (S2, "a06", "Predikat SAKIP Pemerintah Kabupaten", "Predikat", "s", "B", [D, D, D, "B"], [D, D, D, "B"], "grade", "Irban III"),
        (S2, "a08", "Persentase OPD dengan nilai SAKIP minimal B", "%", "p", 40, [D, D, D, 40], [D, D, D, 38.89], "last", "Irban III"),
        (S2, "a07", "Jumlah OPD yang diaudit", "OPD", "n", 34, [8, 9, 9, 8], [8, 10, 9, 7], "sum", "Irban I-IV"),
        (S2, "a09", "Jumlah LHP yang diterbitkan", "LHP", "n", 48, [10, 14, 14, 10], [9, 15, 14, 12], "sum", "Irban I-IV"),
        (S2, "a11", "Opini BPK atas LKPD", "Opini", "s", "WTP", [D, "WTP", D, D], [D, "WTP", D, D], "grade", "Irban II"),
        (S2, "a13", "Jumlah desa yang diaudit (Dana Desa)", "Desa", "n", 42, [D, 14, 14, 14], [D, 12, 16, 14], "sum", "Irban IV"),
        (S2, "a17", "Persentase temuan berulang", "%", "p", 10, [D, D, D, 10], [D, D, D, 12], "last", "Irban I"),
        (S3, "a10", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", "p", 90, [90, 90, 90, 90], [100, 100, 87.5, 100], "last", "Irban Khusus"),
        (S3, "a14", "Nilai MCP KPK", "Nilai", "n", 75, [D, D, D, 75], [D, D, D, 71.3], "last", "Sekretaris"),
        (S3, "a16", "Persentase ASN yang menyampaikan LHKASN", "%", "p", 100, [D, 100, 100, 100], [D, 78.2, 95.1, 98.9], "last", "Irban Khusus"),
    ]
    r = 8; prev = None
    for no, (sas, id_, name, unit, st, ann, qt, qr, mode, pj) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=no)
        if sas != prev:
            ws.cell(row=r, column=2, value=sas).alignment = WRAP; prev = sas
        ws.cell(row=r, column=3, value=name).alignment = WRAP
        ws.cell(row=r, column=4, value=unit)
        kt = put(ws, r, 5, ann, st)
        for q in range(4):
            put(ws, r, 6 + 2 * q, qt[q], st); put(ws, r, 7 + 2 * q, qr[q], st)
        ws.cell(row=r, column=14, value=pj)
        if mode == "sum":
            kr = float(sum(x for x in qr if not isinstance(x, str)))
            rs = {"sum": [ref(r, 7 + 2 * q) for q in range(4)]}
        elif mode == "last":
            kr = float(qr[3]); rs = {"last": ref(r, 13)}
        else:
            kr = None; rs = {"last": ref(r, 13)}
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2020, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 5), _r=rs, _mode=mode))
        r += 1
    box(ws, 5, 1, r - 1, 15)
    r += 1
    ws.cell(row=r, column=2, value="Pagu Anggaran Tahun 2020 : Rp. 5.918.400.000 (setelah refocusing)"); r += 2
    sign(ws, r, 11, "Muara Rinjang, 31 Desember 2020", *KEPALA)
    widths(ws, [5, 30, 38, 9, 11] + [9] * 8 + [14, 8])
    wb.save(out + "/" + fn.replace(".ods", ".xlsx"))
    return fn


def y2021(out, keys):
    """Permendagri 86 E.81 form, K/Rp pairs, program and kegiatan rows."""
    wb = Workbook(); ws = wb.active; ws.title = "E81 TW IV"
    fn = "inspektorat_evaluasi_renja_2021.xls"
    title(ws, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP " + KAB,
               "RENJA PERANGKAT DAERAH INSPEKTORAT DAERAH " + KAB, "PERIODE PELAKSANAAN : TRIWULAN IV TAHUN 2021"], 29)
    ws["A5"] = "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD :"
    # header rows 7-8, number row 9, K/Rp row 10
    hdr(ws, 7, 1, "No", 8); hdr(ws, 7, 2, "Sasaran", 8); hdr(ws, 7, 3, "Program / Kegiatan", 8)
    hdr(ws, 7, 4, "Indikator Kinerja Program (outcome) / Kegiatan (output)", 8); hdr(ws, 7, 5, "Satuan", 8)
    groups = ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)",
              "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)",
              "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang dievaluasi"]
    col = 6
    for g in groups:
        hdr(ws, 7, col, g, 8, col + 1); col += 2
    hdr(ws, 7, col, "Realisasi Kinerja Pada Triwulan", c2=col + 7)
    for q, nm in enumerate(["I", "II", "III", "IV"]):
        hdr(ws, 8, col + 2 * q, nm, c2=col + 2 * q + 1)
    col += 8
    for g in ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang dievaluasi",
              "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021",
              "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)"]:
        hdr(ws, 7, col, g, 8, col + 1); col += 2
    hdr(ws, 7, col, "Unit PD Penanggung Jawab", 8); hdr(ws, 7, col + 1, "Ket.", 8)
    nums = ["1", "2", "3", "4", "", "5", "6", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 6+12", "14 = 13/5 x 100", "15", "16"]
    spans = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1]
    c = 1
    for n, s in zip(nums, spans):
        if n:
            hdr(ws, 9, c, n, c2=c + s - 1)
        c += s
    for c in range(6, 28, 2):
        hdr(ws, 10, c, "K"); hdr(ws, 10, c + 1, "Rp")
    # columns: 6/7 renstra, 8/9 s.d. lalu, 10/11 target 2021, 12..19 TW I-IV, 20/21 realisasi, 22/23 renstra s.d., 24/25 %, 26 unit, 27 ket
    P = "prog"; K = "keg"
    # (level, label, id, name, unit, renstra, sd2020, target, [q], mode, rp_target, [rp q])
    rows = [
        (P, "Program Penyelenggaraan Pengawasan", "a03", "Persentase Tindak Lanjut Temuan BPK RI", "%", 95, 81.3, 85, [25, 48, 70, 86.05], "last", 2450000000, [310500000, 612000000, 598250000, 802117500]),
        (P, None, "a04", "Persentase tindak lanjut hasil pengawasan Inspektorat", "%", 95, 86.9, 85, [30, 52, 71, 88.4], "last", None, None),
        (K, "Penyelenggaraan Pengawasan Internal", "a07", "Jumlah Perangkat Daerah yang diaudit", "PD", 36, 64, 35, [8, 9, 10, 8], "sum", 1210000000, [150000000, 328500000, 351200000, 340150000]),
        (K, None, "a09", "Jumlah LHP yang diterbitkan", "LHP", 55, 97, 50, [11, 13, 14, 13], "sum", None, None),
        (K, None, "a13", "Jumlah desa yang diperiksa pengelolaan Dana Desa", "Desa", 45, 82, 44, ["-", 15, 15, 14], "sum", None, None),
        (K, "Penyelenggaraan Pengawasan dengan Tujuan Tertentu", "a10", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", 100, 100, 95, [100, 100, 92.3, 100], "last", 420000000, [60000000, 115000000, 98000000, 136500000]),
        (K, None, "a18", "Jumlah laporan hasil audit investigatif / dengan tujuan tertentu", "Laporan", 6, 0, 4, [1, 1, 1, 2], "sum", None, None),
        (P, "Program Perumusan Kebijakan, Pendampingan dan Asistensi", "a01", "Level maturitas SPIP", "level", 4, 3, 3, ["-", "-", "-", 3], "last", 980000000, [120000000, 260400000, 250000000, 331750000]),
        (P, None, "a02", "Level kapabilitas APIP", "level", 3, 2, 3, ["-", "-", "-", 2], "last", None, None),
        (P, None, "a05", "Nilai SAKIP Pemerintah Daerah", "nilai", 70, 62.4, 65, ["-", "-", "-", 63.9], "last", None, None),
        (P, None, "a08", "Persentase Perangkat Daerah dengan nilai SAKIP minimal B", "%", 75, 38.89, 50, ["-", "-", "-", 52.78], "last", None, None),
        (P, None, "a14", "Nilai MCP (Monitoring Centre for Prevention) KPK", "nilai", 90, 71.3, 80, ["-", 45.1, 66.8, 84.2], "last", None, None),
        (P, None, "a15", "Persentase Auditor bersertifikat", "%", 90, 61.11, 70, ["-", "-", "-", 66.67], "last", None, None),
        (P, None, "a16", "Persentase ASN yang menyampaikan LHKASN tepat waktu", "%", 100, 98.9, 100, ["-", 81.5, 97.2, 100], "last", None, None),
        (P, None, "a17", "Persentase temuan berulang", "%", 5, 12, 8, ["-", "-", "-", 7.5], "last", None, None),
        (P, None, "a11", "Opini BPK atas LKPD", "opini", "WTP", "WTP", "WTP", ["-", "WTP", "-", "-"], "grade", None, None),
        (K, "Evaluasi Akuntabilitas Kinerja Perangkat Daerah", "a20", "Jumlah laporan hasil evaluasi SAKIP Perangkat Daerah", "Dokumen", 36, 72, 36, ["-", "-", 20, 16], "sum", 365000000, [25000000, 60000000, 140500000, 131250000]),
        (K, "Reviu Laporan Keuangan dan Dokumen Perencanaan", "a21", "Jumlah laporan reviu LKPD", "Laporan", 1, 2, 1, [1, "-", "-", "-"], "sum", 290000000, [98000000, 52000000, 70000000, 61500000]),
        (K, None, "a23", "Jumlah dokumen RKA Perangkat Daerah yang direviu", "Dokumen", 36, 70, 36, ["-", "-", "-", 36], "sum", None, None),
    ]
    r = 11
    ws.cell(row=r, column=2, value=S2 + "; " + S1 + "; " + S3).alignment = WRAP
    no = 0
    for lvl, label, id_, name, unit, ren, sd, tgt, q, mode, rpt, rpq in rows:
        if label:
            no += 1
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=label).alignment = WRAP
            if lvl == P:
                ws.cell(row=r, column=3).font = BOLD
        ws.cell(row=r, column=4, value=name).alignment = WRAP
        ws.cell(row=r, column=5, value=unit)
        put(ws, r, 6, ren); put(ws, r, 8, sd)
        kt = put(ws, r, 10, tgt)
        if rpt:
            ws.cell(row=r, column=11, value=rpt).number_format = "#,##0"
            for i in range(4):
                ws.cell(row=r, column=13 + 2 * i, value=rpq[i]).number_format = "#,##0"
            ws.cell(row=r, column=21, value=f"=M{r}+O{r}+Q{r}+S{r}").number_format = "#,##0"
            ws.cell(row=r, column=25, value=f"=IFERROR(U{r}/K{r}*100,0)").number_format = "0.00"
        for i in range(4):
            put(ws, r, 12 + 2 * i, q[i])
        if mode == "sum":
            ws.cell(row=r, column=20, value=f"=SUM(L{r},N{r},P{r},R{r})")
            ws.cell(row=r, column=22, value=f"=H{r}+T{r}")
            kr = float(sum(x for x in q if not isinstance(x, str)))
        elif mode == "last":
            ws.cell(row=r, column=20, value=f"=R{r}")
            ws.cell(row=r, column=22, value=f"=T{r}")
            kr = float(q[3])
        else:
            ws.cell(row=r, column=20, value="WTP"); ws.cell(row=r, column=22, value="WTP"); kr = None
        ws.cell(row=r, column=20).number_format = "#,##0.00"
        if mode != "grade":
            ws.cell(row=r, column=24, value=f"=IFERROR(V{r}/F{r}*100,\"\")").number_format = "0.00"
        ws.cell(row=r, column=26, value="Inspektorat Daerah")
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2021, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 10), _r=ref(r, 20)))
        r += 1
    box(ws, 7, 1, r - 1, 27)
    r += 1
    ws.cell(row=r, column=3, value="Rata-rata capaian kinerja (%)")
    ws.cell(row=r, column=24, value=f"=ROUND(AVERAGE(X11:X{r-2}),1)")
    r += 1
    ws.cell(row=r, column=3, value="Predikat kinerja"); ws.cell(row=r, column=24, value="Tinggi"); r += 1
    ws.cell(row=r, column=3, value="Faktor pendorong : komitmen pimpinan dan ketersediaan auditor"); r += 1
    ws.cell(row=r, column=3, value="Faktor penghambat : keterbatasan auditor bersertifikat, pandemi Covid-19"); r += 2
    ws.cell(row=r, column=3, value="Disusun"); ws.cell(row=r, column=20, value="Dievaluasi")
    sign(ws, r + 1, 3, "Muara Rinjang, 10 Januari 2022", *KEPALA)
    sign(ws, r + 1, 20, "Muara Rinjang, 10 Januari 2022", "Kepala Bappeda,", "Ir. SYAMSUL BAHRI, MT", "Pembina Utama Muda", "19700822 199703 1 004")
    widths(ws, [5, 22, 30, 38, 8] + [10] * 20 + [10, 10])
    wb.save(out + "/" + fn.replace(".xls", ".xlsx"))
    return fn


def y2022(out, keys):
    """LKjIP chapter III table with realisasi 2019-2021, target akhir Renstra, Alasan column."""
    wb = Workbook(); ws0 = wb.active; ws0.title = "Cover"
    ws0["A1"] = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) INSPEKTORAT DAERAH " + KAB + " TAHUN 2022"
    ws0["A3"] = "Lampiran: Tabel 3.2 (sheet 'Tabel 3.2')"
    ws = wb.create_sheet("Tabel 3.2")
    fn = "inspektorat_lkjip_2022.xlsx"
    title(ws, ["Tabel 3.2", "Perbandingan Realisasi Kinerja Tahun 2022 dengan Tahun-Tahun Sebelumnya dan Target Akhir Renstra",
               "Inspektorat Daerah " + KAB.title()], 13)
    hdr(ws, 5, 1, "No", 6); hdr(ws, 5, 2, "Sasaran", 6); hdr(ws, 5, 3, "Indikator Kinerja", 6); hdr(ws, 5, 4, "Satuan", 6)
    hdr(ws, 5, 5, "Realisasi", c2=7)
    for i, y in enumerate([2019, 2020, 2021]):
        hdr(ws, 6, 5 + i, str(y))
    hdr(ws, 5, 8, "Tahun 2022", c2=10)
    hdr(ws, 6, 8, "Target"); hdr(ws, 6, 9, "Realisasi"); hdr(ws, 6, 10, "Capaian (%)")
    hdr(ws, 5, 11, "Target Akhir Renstra (2026)", 6); hdr(ws, 5, 12, "Capaian s.d. 2022 thd Target Renstra (%)", 6)
    hdr(ws, 5, 13, "Alasan / Keterangan", 6)
    # (sas, id, name, unit, prev3, target, real, real_style, capaian(None=formula, or typed), renstra, alasan)
    rows = [
        (S1, "a01", "Level Maturitas SPIP", "Level", ["Level 2", "Level 3", "3"], "Level 3", 3.12, "n", 100, "Level 4", "Skor validasi BPKP 3,12"),
        (S1, "a02", "Level Kapabilitas APIP", "Level", ["Level 2", "Level 2", "2"], "Level 3", "Level 2", "s", "-", "Level 3", "Belum memenuhi KPA level 3"),
        (S1, "a15", "Persentase Auditor yang bersertifikat JFA", "%", [55.56, 61.11, 66.67], 75, 72.22, "n", None, 90, ""),
        (S2, "a03", "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti", "%", [72.4, 81.3, 86.05], 90, 88.7, "n", None, 95, "Sebagian rekomendasi menunggu pengembalian kerugian"),
        (S2, "a04", "Persentase temuan Inspektorat yang ditindaklanjuti", "%", [83.6, 86.9, 88.4], 90, 91.25, "n", None, 95, ""),
        (S2, "a05", "Nilai SAKIP Pemerintah Daerah", "Nilai", [58.71, 62.4, 63.9], 67, 66.05, "n", None, 70, ""),
        (S2, "a06", "Predikat SAKIP Pemerintah Daerah", "Predikat", ["B", "B", "B"], "BB", "B", "s", "-", "BB", "Nilai 66,05 masih predikat B"),
        (S2, "a07", "Jumlah OPD yang diaudit", "OPD", [30, 34, 35], 36, "36 OPD", "s", 100, 36, ""),
        (S2, "a08", "Persentase OPD dengan nilai SAKIP minimal B", "%", [None, 38.89, 52.78], 60, 63.89, "n", None, 75, ""),
        (S2, "a09", "Jumlah LHP yang diterbitkan", "LHP", [47, 50, 51], 52, "55 LHP", "s", 105.77, 55, ""),
        (S2, "a17", "Persentase temuan berulang (-)", "%", [None, 12, 7.5], 6, 6.5, "n", "WRONG", 5, "Indikator negatif"),
        (S3, "a10", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", [100, 100, 100], 95, "100 %", "s", 105.26, 100, ""),
        (S3, "a14", "Nilai MCP KPK", "Nilai", [None, 71.3, 84.2], 85, 88.9, "n", None, 90, ""),
        (S3, "a19", "Persentase desa dengan pengelolaan Dana Desa yang akuntabel", "%", [None, None, None], 80, 83.5, "n", None, 90, "Indikator baru (Renstra 2021-2026 reviu)"),
    ]
    r = 7; prev = None; start = r
    for no, (sas, id_, name, unit, prev3, t, rl, rst, cap, ren, al) in enumerate(rows, 1):
        if sas != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=r, column=2, value=sas).alignment = WRAP; start = r; prev = sas
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=3, value=name).alignment = WRAP
        ws.cell(row=r, column=4, value=unit)
        for i, v in enumerate(prev3):
            put(ws, r, 5 + i, v if v is not None else "-")
        kt = put(ws, r, 8, t)
        if isinstance(rl, str) and rst == "s" and rl[0].isdigit():
            ws.cell(row=r, column=9, value=rl).alignment = CENTER
            kr = float(rl.split()[0].replace(",", "."))
        else:
            kr = put(ws, r, 9, rl)
        if cap is None:
            ws.cell(row=r, column=10, value=f"=ROUND(I{r}/H{r}*100,2)").number_format = "0.00"
        elif cap == "WRONG":   # negative indicator computed as if positive: 6,5/6 = 108,33 (should be 91,67)
            ws.cell(row=r, column=10, value=f"=ROUND(I{r}/H{r}*100,2)").number_format = "0.00"
        else:
            ws.cell(row=r, column=10, value=cap)
        put(ws, r, 11, ren)
        if isinstance(ren, (int, float)) and kr is not None and not isinstance(rl, str):
            ws.cell(row=r, column=12, value=f"=ROUND(I{r}/K{r}*100,2)").number_format = "0.00"
        ws.cell(row=r, column=13, value=al or None).alignment = WRAP
        keys.append(dict(file=fn, sheet=ws.title, row=r, year=2022, written=name, same_as=id_, target=kt, realisasi=kr,
                         _t=ref(r, 8), _r=ref(r, 9)))
        r += 1
    ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    box(ws, 5, 1, r - 1, 13)
    ws.cell(row=r + 1, column=2, value="Sumber: Data olahan Inspektorat Daerah Kab. Muara Rinjang, 2022")
    widths(ws, [5, 30, 40, 9, 9, 9, 9, 9, 10, 10, 11, 12, 30])
    wb.save(out + "/" + fn)
    return fn


def build(out, keys):
    return [y2019(out, keys), y2020(out, keys), y2021(out, keys), y2022(out, keys)]
