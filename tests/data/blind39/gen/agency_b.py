"""Agency B: Bagian Perekonomian dan Sumber Daya Alam, Sekretariat Daerah Kota Rantau Selaka (invented), 2021-2024."""
import random
from common import Agency, L, fmt_id, split_flow, level_path, deliver

KOTA = "Rantau Selaka"
SAS = {
    1: "Meningkatnya kualitas kebijakan perekonomian daerah",
    2: "Terkendalinya inflasi dan stabilitas harga bahan pokok",
    3: "Meningkatnya kinerja BUMD dan optimalisasi penerimaan dari sumber daya alam",
    4: "Meningkatnya akuntabilitas kinerja Bagian",
}
D = {
 "B01": ("level", "+", "%", 1, {
    2021: "Persentase rekomendasi kebijakan bidang perekonomian yang ditindaklanjuti",
    2022: "Persentase Rekomendasi Kebijakan Perekonomian yang Ditindaklanjuti",
    2023: "Prosentase rekomendasi kebijakan perekonomian & SDA yg ditindaklanjuti",
    2024: "Persentase rekomendasi kebijakan perekonomian dan SDA yang ditindaklanjuti"},
    {2021: (70, 75), 2022: (75, 80), 2023: (80, 83.33), 2024: (85, 87.5)}),
 "B02": ("flow", "+", "rekomendasi", 1, {
    2021: "Jumlah rekomendasi kebijakan bidang perekonomian yang disusun",
    2022: "Jumlah Rekomendasi Kebijakan Perekonomian",
    2023: "Jumlah rekomendasi kebijakan perekonomian & SDA yg disusun",
    2024: "Jumlah rekomendasi kebijakan perekonomian dan SDA yang disusun"},
    {2021: (8, 8), 2022: (10, 10), 2023: (12, 12), 2024: (12, 16)}),
 "B03": ("level", "-", "%", 2, {
    2021: "Laju inflasi Kota Rantau Selaka",
    2022: "Tingkat Inflasi Kota (yoy)",
    2023: "Laju Inflasi Kota Rantau Selaka (% yoy)",
    2024: "Laju inflasi (y-on-y)"},
    {2021: (3.5, 2.14), 2022: (3.5, 5.37), 2023: (2, 2.91), 2024: (2.5, 1.86)}),
 "B04": ("flow", "+", "kali", 2, {
    2021: "Jumlah rapat koordinasi Tim Pengendalian Inflasi Daerah (TPID)",
    2022: "Jumlah Rakor TPID",
    2023: "Jumlah rapat koordinasi TPID yang dilaksanakan",
    2024: "Jumlah rapat koordinasi Tim Pengendalian Inflasi Daerah"},
    {2021: (12, 12), 2022: (12, 14), 2023: (12, 15), 2024: (24, 26)}),
 "B05": ("flow", "+", "kali", 2, {
    2021: "Jumlah operasi pasar murah yang difasilitasi",
    2022: "Jumlah Operasi Pasar Murah",
    2023: "Jumlah pelaksanaan operasi pasar (pasar murah)",
    2024: "Jumlah operasi pasar murah yang difasilitasi"},
    {2021: (6, 6), 2022: (8, 10), 2023: (10, 12), 2024: (12, 12)}),
 "B06": ("flow", "+", "kali", 2, {
    2023: "Jumlah Gerakan Pangan Murah (GPM) yang difasilitasi",
    2024: "Jumlah GPM yang difasilitasi"},
    {2023: (4, 6), 2024: (8, 9)}),
 "B07": ("level", "+", "%", 3, {
    2021: "Persentase BUMD dengan predikat sehat",
    2022: "Persentase BUMD yang Sehat",
    2023: "Prosentase BUMD sehat",
    2024: "Persentase Badan Usaha Milik Daerah (BUMD) yang sehat"},
    {2021: (66.67, 66.67), 2022: (66.67, 33.33), 2023: (66.67, 66.67), 2024: (100, 66.67)}),
 "B08": ("flow", "+", "laporan", 3, {
    2021: "Jumlah laporan evaluasi kinerja BUMD",
    2022: "Jumlah Laporan Hasil Evaluasi Kinerja BUMD",
    2023: "Jumlah laporan evaluasi kinerja BUMD yg disusun",
    2024: "Jumlah laporan evaluasi kinerja BUMD"},
    {2021: (3, 3), 2022: (3, 3), 2023: (4, 4), 2024: (4, 4)}),
 "B09": ("flow", "+", "Rp juta", 3, {
    2021: "Nilai setoran dividen BUMD (Rp. juta)",
    2022: "Setoran Dividen/Laba BUMD ke Kas Daerah",
    2023: "Nilai setoran dividen BUMD (juta rupiah)",
    2024: "Nilai dividen BUMD yang disetor ke kas daerah (Rp juta)"},
    {2021: (4500, 4712.5), 2022: (5000, 3980), 2023: (5200, 5388.75), 2024: (5500, 5940)}),
 "B10": ("level", "+", "%", 2, {
    2021: "Persentase ketersediaan data harga bahan pokok harian",
    2022: "Persentase Ketersediaan Data\nHarga Bapok",
    2023: "Prosentase ketersediaan data harga bahan pokok",
    2024: "Persentase ketersediaan data harga barang kebutuhan pokok"},
    {2021: (95, 96.8), 2022: (100, 98.4), 2023: (100, 100), 2024: (100, 99.6)}),
 "B11": ("level", "+", "komoditas", 2, {
    2021: "Jumlah komoditas bahan pokok yang dipantau harganya",
    2022: "Jumlah Komoditas Bapok yang Dipantau",
    2023: "Jumlah komoditas yg dipantau harganya",
    2024: "Jumlah komoditas bahan pokok yang dipantau"},
    {2021: (20, 20), 2022: (22, 22), 2023: (25, 25), 2024: (25, 27)}),
 "B12": ("level", "+", "%", 3, {
    2021: "Persentase realisasi Dana Bagi Hasil Sumber Daya Alam (DBH SDA) terhadap pagu",
    2022: "Persentase Realisasi DBH SDA",
    2023: "Prosentase realisasi DBH SDA terhadap pagu",
    2024: "Persentase realisasi DBH Sumber Daya Alam terhadap pagu"},
    {2021: (90, 93.2), 2022: (90, 87.45), 2023: (92, 95.1), 2024: (95, 101.3)}),
 "B13": ("level", "+", "perusahaan", 3, {
    2021: "Jumlah perusahaan yang menyampaikan laporan TJSL/CSR",
    2022: "Jumlah Perusahaan yang Melaporkan Pelaksanaan TJSL",
    2023: "Jumlah perusahaan yg menyampaikan laporan Tanggung Jawab Sosial dan Lingkungan (TJSL)",
    2024: "Jumlah perusahaan yang menyampaikan laporan TJSL"},
    {2021: (15, 17), 2022: (18, 16), 2023: (20, 22), 2024: (22, 25)}),
 "B14": ("grade", "+", "predikat", 4, {
    2021: "Nilai SAKIP Bagian Perekonomian",
    2022: "Predikat SAKIP Bagian",
    2023: "Nilai AKIP Bagian"},
    {2021: (None, None), 2022: (None, None), 2023: (None, None)}),
 "B15": ("level", "+", "%", 4, {
    2021: "Persentase penyerapan anggaran Bagian",
    2022: "Persentase Serapan Anggaran",
    2023: "Prosentase realisasi anggaran Bagian Perekonomian & SDA",
    2024: "Persentase penyerapan anggaran Bagian Perekonomian dan SDA"},
    {2021: (95, 91.37), 2022: (95, 94.82), 2023: (95, 96.05), 2024: (97, 95.6)}),
 "B16": ("flow", "+", "pelaku usaha", 1, {
    2021: "Jumlah pelaku usaha yang difasilitasi kemitraan",
    2022: "Jumlah Pelaku Usaha yang Difasilitasi Kemitraan",
    2023: "Jumlah pelaku usaha difasilitasi kemitraan"},
    {2021: (25, 28), 2022: (30, 34), 2023: (30, 31)}),
 "B17": ("flow", "+", "pelaku usaha", 1, {
    2022: "Jumlah Pelaku Usaha Baru yang Difasilitasi Kemitraan",
    2023: "Jumlah pelaku usaha baru difasilitasi kemitraan"},
    {2022: (10, 12), 2023: (10, 9)}),
 "B18": ("flow", "+", "dokumen", 2, {
    2023: "Jumlah dokumen rencana aksi daerah ketahanan pangan",
    2024: "Jumlah dokumen Rencana Aksi Daerah (RAD) Ketahanan Pangan"},
    {2023: (1, 1), 2024: (1, 1)}),
 "B19": ("level", "+", "%", 4, {
    2021: "Tingkat kepuasan perangkat daerah terhadap layanan koordinasi perekonomian",
    2023: "Tingkat kepuasan perangkat daerah thd layanan koordinasi perekonomian",
    2024: "Tingkat Kepuasan Perangkat Daerah terhadap Layanan Koordinasi Perekonomian dan SDA"},
    {2021: (80, 82.5), 2023: (82, 84.1), 2024: (85, 86)}),
 "B19b": ("level", "+", "indeks", 4, {
    2022: "Indeks Kepuasan Layanan Koordinasi Perekonomian"},
    {2022: (3.2, 3.35)}),
 "B20": ("flow", "+", "kegiatan", 3, {
    2021: "Jumlah kegiatan fasilitasi pengelolaan sumber daya alam",
    2022: "Jumlah Fasilitasi Pengelolaan SDA",
    2023: "Jumlah kegiatan fasilitasi pengelolaan SDA",
    2024: "Jumlah fasilitasi kegiatan pengelolaan sumber daya alam"},
    {2021: (6, 6), 2022: (8, 7), 2023: (8, 8), 2024: (10, 11)}),
 "B21": ("level", "+", "%", 3, {
    2024: "Persentase perusahaan yang menyampaikan laporan TJSL"},
    {2024: (80, 83.33)}),
}
ORDER = {
 2022: [1, ["B01", "B02", "B16", "B17"], 2, ["B03", "B04", "B05", "B10", "B11"],
        3, ["B07", "B08", "B09", "B12", "B13", "B20"], 4, ["B14", "B15", "B19b"]],
 2023: [1, ["B01", "B02", "B16", "B17"], 2, ["B03", "B04", "B05", "B06", "B10", "B11", "B18"],
        3, ["B07", "B08", "B09", "B12", "B13", "B20"], 4, ["B14", "B15", "B19"]],
 2024: [1, ["B01", "B02"], 2, ["B03", "B04", "B05", "B06", "B10", "B11", "B18"],
        3, ["B07", "B08", "B09", "B12", "B13", "B21", "B20"], 4, ["B15", "B19"]],
}


def groups(y):
    o = ORDER[y]
    return [(o[i], o[i + 1]) for i in range(0, len(o), 2)]


def TR(i, y):
    return D[i][5][y]


def name(i, y):
    return D[i][4][y]


# --------------------------------------------------------------------------- 2021 E.81 (.ods)
E81 = [
    ("P", "4.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["B15", "B14"], None),
    ("K", "4.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [], None),
    ("S", "4.01.01.2.01.06", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", ["B19"], 38500000),
    ("P", "4.01.03", "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN", ["B01", "B03"], None),
    ("K", "4.01.03.2.01", "Pelaksanaan Kebijakan Perekonomian", ["B02"], None),
    ("S", "4.01.03.2.01.01", "Fasilitasi Penyusunan Kebijakan Perekonomian", ["B16"], 96750000),
    ("S", "4.01.03.2.01.02", "Pengendalian dan Distribusi Perekonomian", ["B04", "B05", "B10", "B11"], 245300000),
    ("S", "4.01.03.2.01.03", "Perumusan Kebijakan, Pemantauan dan Evaluasi Pengelolaan BUMD dan BLUD", ["B07", "B08", "B09"], 112800000),
    ("K", "4.01.03.2.03", "Pelaksanaan Kebijakan Sumber Daya Alam", ["B12"], None),
    ("S", "4.01.03.2.03.01", "Fasilitasi Pengelolaan Sumber Daya Alam", ["B20", "B13"], 87450000),
]
E81_NAMES_2021 = {"B01": "Persentase rekomendasi kebijakan bidang perekonomian yang ditindaklanjuti"}


def y2021(ag):
    Y = 2021
    rng = random.Random(21)
    b = ag.book("E81 Evaluasi Renja Bag Perekonomian 2021", "ods")
    s = b.sheet("TW IV 2021", doc="Permendagri 86/2017 form E.81 (Evaluasi terhadap Hasil Renja), TW IV: title rows 1-4, "
                "header rows 6-7, numbered row 8 ('14 = 10+11+12+13', '15 = 8 + 14', '16 = 15/7 x 100'), K/Rp row 9, "
                "'Perangkat Daerah' row 10, data rows {rows}: programme / kegiatan / sub kegiatan rows with their indicators "
                "(col D name, col E indicator, col F satuan). Pairs K/Rp: G-H Target Renstra 2024, I-J Realisasi Renstra "
                "s.d. 2020, K-L Target Renja 2021, M-T TW I..IV, U-V Realisasi Renja 2021 (= sum of quarters for flows, "
                "= TW IV for levels), W-X Realisasi Renstra s.d. 2021, Y-Z Tingkat Capaian Renstra, AA Unit PD, AB Keterangan. "
                "Keyed: target = col K, realisasi = col U.")
    s.widths({"A": 5, "B": 22, "C": 15, "D": 36, "E": 42, "F": 10, "AA": 18, "AB": 16})
    for c in range(7, 27):
        s.ws.column_dimensions[L(c)].width = 8 if c % 2 == 1 else 14
    s.text(1, 1, "Formulir E.81", b=True)
    s.text(2, 1, "Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kota", b=True)
    s.text(3, 1, f"Kota {KOTA}", b=True)
    s.text(4, 1, "Periode Pelaksanaan : Triwulan IV Tahun Anggaran 2021", b=True)
    hdr = [(1, 1, "No"), (2, 2, "Sasaran"), (3, 3, "Kode"), (4, 4, "Program / Kegiatan / Sub Kegiatan"),
           (5, 5, "Indikator Kinerja Program (Outcome) / Kegiatan (Output)"), (6, 6, "Satuan")]
    for c1, c2, t in hdr:
        s.merge(6, c1, 7, c2, t, b=True, h="center")
    s.merge(6, 7, 7, 8, "Target Renstra Perangkat Daerah pada Tahun 2024 (Akhir Periode Renstra PD)", b=True, h="center")
    s.merge(6, 9, 7, 10, "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2020)", b=True, h="center")
    s.merge(6, 11, 7, 12, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2021) yang Dievaluasi", b=True, h="center")
    s.merge(6, 13, 6, 20, "Realisasi Kinerja Pada Triwulan", b=True, h="center")
    for k, t in enumerate(["I", "II", "III", "IV"]):
        s.merge(7, 13 + 2 * k, 7, 14 + 2 * k, t, b=True, h="center")
    s.merge(6, 21, 7, 22, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", b=True, h="center")
    s.merge(6, 23, 7, 24, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2021", b=True, h="center")
    s.merge(6, 25, 7, 26, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2021 (%)", b=True, h="center")
    s.merge(6, 27, 7, 27, "Unit PD Penanggung Jawab", b=True, h="center")
    s.merge(6, 28, 7, 28, "Keterangan", b=True, h="center")
    nums = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14 = 10+11+12+13", "15 = 8 + 14",
            "16 = 15/7 x 100", "17", "18"]
    cols = [1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 28]
    for n, c in zip(nums, cols):
        if 7 <= c <= 26:
            s.merge(8, c, 8, c + 1, n, h="center", i=True)
        else:
            s.put(8, c, n, h="center", i=True)
    for c in range(7, 27):
        s.put(9, c, "K" if c % 2 == 1 else "Rp.", b=True, h="center")
    for c in list(range(1, 7)) + [27, 28]:
        s.put(9, c, "")
    s.merge(10, 1, 10, 28, "Perangkat Daerah : Sekretariat Daerah - Bagian Perekonomian dan Sumber Daya Alam", b=True)
    # lay out rows
    r = 11
    plan = []  # (level, code, label, ind list, budget, first_row, nrows)
    for lev, code, lab, inds, bud in E81:
        nrow = max(1, len(inds))
        plan.append([lev, code, lab, inds, bud, r, nrow])
        r += nrow
    last = r - 1
    # hierarchy: children sub rows for budget sums
    budget_rows = {}
    for idx, (lev, code, lab, inds, bud, fr, nr) in enumerate(plan):
        if lev == "S":
            continue
        kids = []
        for lev2, code2, _, _, _, fr2, _ in plan[idx + 1:]:
            if not code2.startswith(code + "."):
                continue
            if (lev == "P" and lev2 == "K") or (lev == "K" and lev2 == "S"):
                kids.append(fr2)
        budget_rows[fr] = kids
    no = 0
    sas_rows = {"4.01.01": SAS[4], "4.01.03": "Meningkatnya kualitas kebijakan perekonomian dan pengelolaan SDA"}
    renstra = {"B15": (97, 93.8), "B19": (85, 81), "B01": (85, 72), "B03": (3, 2.7), "B02": (50, 15),
               "B16": (140, 51), "B04": (60, 24), "B05": (40, 11), "B10": (100, 95.2), "B11": (25, 20),
               "B07": (100, 66.67), "B08": (16, 6), "B09": (26000, 8650.2), "B12": (95, 91.8), "B20": (40, 11),
               "B13": (25, 14)}
    ag.note(b, s.title, 10, "'Perangkat Daerah' row: not a key row")
    for lev, code, lab, inds, bud, fr, nr in plan:
        no += 1
        s.merge(fr, 1, fr + nr - 1, 1, no, h="center", v_al="top")
        if lev == "P":
            # sasaran text spans the programme block
            end = fr + nr - 1
            for lev2, code2, _, _, _, fr2, nr2 in plan:
                if code2.startswith(code + "."):
                    end = max(end, fr2 + nr2 - 1)
            s.merge(fr, 2, end, 2, sas_rows[code], v_al="top")
        s.merge(fr, 3, fr + nr - 1, 3, code, v_al="top")
        s.merge(fr, 4, fr + nr - 1, 4, lab, b=(lev == "P"), i=(lev == "S"), v_al="top")
        if not inds:
            ag.note(b, s.title, fr, f"kegiatan row '{lab}' without indicator (budget sums only): not a key row")
            for c in range(5, 27):
                s.put(fr, c, None)
        # budgets (Rp columns) on the first row of the block
        rpcols = [8, 10, 12, 14, 16, 18, 20, 22, 24, 26]
        if lev == "S":
            pagu = bud
            serap = rng.uniform(0.86, 0.97)
            real = int(pagu * serap / 1000) * 1000
            q = [int(x / 1000) * 1000 for x in split_flow(real, 4, rng)]
            q[-1] = real - sum(q[:3])
            s.put(fr, 8, pagu * 5 + 25000000, fmt="#,##0")
            s.put(fr, 10, int(pagu * 0.93), fmt="#,##0")
            s.put(fr, 12, pagu, fmt="#,##0")
            for k in range(4):
                s.put(fr, 14 + 2 * k, q[k], fmt="#,##0")
            if code.endswith(".02"):
                s.put(fr, 16, f"={q[0] + q[1]}-N{fr}", fmt="#,##0")
                ag.note(b, s.title, fr, f"Rp TW II of this sub kegiatan is '={q[0]+q[1]}-N{fr}' (constant inside a formula: cumulative minus TW I)")
            s.put(fr, 22, f"=N{fr}+P{fr}+R{fr}+T{fr}", fmt="#,##0")
        else:
            for c in [8, 10, 12, 14, 16, 18, 20, 22]:
                kids = budget_rows[fr]
                s.put(fr, c, "=" + "+".join(f"{L(c)}{k}" for k in kids) if kids else 0, fmt="#,##0")
        s.put(fr, 24, f"=J{fr}+V{fr}", fmt="#,##0")
        s.put(fr, 26, f"=IFERROR(ROUND(X{fr}/H{fr}*100,2),0)", fmt="0.00")
        for k, i in enumerate(inds):
            rr = fr + k
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(rr, 5, nm)
            s.put(rr, 6, {"Rp juta": "Rp. Juta"}.get(unit, unit), h="center")
            if k > 0:
                for c in rpcols:
                    s.put(rr, c, None)
            rt, rs = renstra.get(i, (None, None))
            kT, kR = T, R
            if kind == "flow":
                dec = 1 if unit == "Rp juta" else 0
                q = split_flow(R, 4, rng, dec)
                uform = f"=M{rr}+O{rr}+Q{rr}+S{rr}"
                wform = f"=I{rr}+U{rr}"
            elif kind == "level":
                q = level_path(R, 4, rng, dec=2, integer=isinstance(R, int), cap=100 if unit == "%" else None,
                               rising=(pol == "+"))
                uform = f"=S{rr}"
                wform = f"=U{rr}"
            else:
                q = ["-", "-", "-", "B"]
                uform = "B"
                wform = "B"
            tcell = T
            if i == "B14":
                tcell = "B"
                rt, rs = "BB", "B"
                ag.note(b, s.title, rr, "B14 grade: target 'B', TW IV 'B', col 14 'B' -> key null/null")
            if i == "B13":
                tcell = f"{T} perusahaan"
                ag.note(b, s.title, rr, "B13 target typed as text '15 perusahaan'")
            if i == "B04":
                uform = 0
                kR = 0
                ag.note(b, s.title, rr, f"B04 col 14 (realisasi Renja, col U) TYPED 0 over the formula while TW I-IV hold {'+'.join(str(x) for x in q)} = {sum(q)} (computed column typed over); keyed as typed: 0")
            s.put(rr, 7, rt, fmt="0.##" if not isinstance(rt, str) else None)
            s.put(rr, 9, rs, fmt="0.##" if not isinstance(rs, str) else None)
            s.put(rr, 11, tcell, fmt="0.##" if not isinstance(tcell, str) else None)
            for kk in range(4):
                s.put(rr, 13 + 2 * kk, q[kk], fmt="0.##" if not isinstance(q[kk], str) else None)
            s.put(rr, 21, uform, fmt="0.##")
            s.put(rr, 23, wform, fmt="0.##")
            yf = f"=IFERROR(ROUND(W{rr}/G{rr}*100,2),0)"
            if i == "B09":
                yf = f"=IFERROR(ROUND(W{rr+1}/G{rr+1}*100,2),0)"
                ag.note(b, s.title, rr, f"B09 col 16 K formula points at the next row (=W{rr+1}/G{rr+1})")
            if i == "B03":
                ag.note(b, s.title, rr, "B03 (inflation, negative) col 16 uses the positive formula W/G*100")
            s.put(rr, 25, yf, fmt="0.00")
            s.put(rr, 27, "Bagian Perekonomian dan SDA" if k == 0 else None)
            s.put(rr, 28, None)
            if kind == "level" and i != "B14":
                ag.note(b, s.title, rr, f"{i} level indicator: col 14 = TW IV (=S{rr}), not the sum")
            ag.key(b, s, rr, 5, Y, i, nm, kT if i != "B14" else None, kR if i != "B14" else None,
                   dict(cells=[f"K{rr}"], agg="one"), dict(cells=[f"U{rr}"], agg="one"))
        if lev != "S" and inds:
            ag.note(b, s.title, fr, f"{'programme' if lev == 'P' else 'kegiatan'} row '{lab}': its indicator(s) are key rows; Rp cells are sums of child rows")
    s.rows(11, last)
    r = last + 1
    s.merge(r, 1, r, 24, "Rata-rata Capaian Kinerja (%)", b=True, h="right")
    s.put(r, 25, f"=ROUND(AVERAGE(Y11:Y{last}),1)", fmt="0.0", b=True)
    s.put(r, 26, f"=ROUND(AVERAGE(Z11:Z{last}),1)", fmt="0.0", b=True)
    s.merge(r + 1, 1, r + 1, 24, "Predikat Kinerja", b=True, h="right")
    s.put(r + 1, 25, f'=IF(Y{r}>90,"Sangat Tinggi",IF(Y{r}>75,"Tinggi",IF(Y{r}>65,"Sedang",IF(Y{r}>50,"Rendah","Sangat Rendah"))))')
    ag.note(b, s.title, r, "Rata-rata / Predikat rows: not key rows")
    r += 3
    for lab, txt in [("Faktor pendorong keberhasilan pencapaian:", "Koordinasi TPID berjalan rutin; dukungan data harian dari pasar induk."),
                     ("Faktor penghambat pencapaian kinerja:", "Kenaikan harga BBM dan cabai merah pada Triwulan III."),
                     ("Tindak lanjut yang diperlukan dalam triwulan berikutnya:", "Memperkuat operasi pasar murah di 4 kecamatan."),
                     ("Tindak lanjut yang diperlukan dalam Renja PD berikutnya:", "Menambah anggaran sub kegiatan pengendalian distribusi.")]:
        s.text(r, 2, lab, b=True)
        s.text(r, 5, txt)
        r += 1
    r += 1
    s.text(r, 4, "Disusun", b=True)
    s.text(r, 21, "Dievaluasi", b=True)
    s.text(r + 1, 4, f"{KOTA}, 14 Januari 2022")
    s.text(r + 1, 21, f"{KOTA}, 20 Januari 2022")
    s.text(r + 2, 4, f"Sekretaris Daerah Kota {KOTA}")
    s.text(r + 2, 21, f"Kepala Bappeda Kota {KOTA}")
    s.text(r + 6, 4, "Ir. MARTINUS DOLOK SARAGI, M.T.", b=True)
    s.text(r + 6, 21, "Dr. SITI HAJAR NASUTION, S.P., M.Si", b=True)
    s.text(r + 7, 4, "NIP. 19680403 199303 1 007")
    s.text(r + 7, 21, "NIP. 19740722 199903 2 002")

    h = b.sheet("TW III 2021", hidden=True, doc="HIDDEN earlier quarterly report (names + TW I-III only): no key rows.")
    h.put(1, 1, "Evaluasi Renja TW III 2021 (arsip)", b=True, box=False)
    h.put(3, 1, "Indikator", b=True); h.put(3, 2, "Target", b=True); h.put(3, 3, "s.d. TW III", b=True)
    rr = 4
    for lev, code, lab, inds, bud, fr, nr in plan:
        for i in inds:
            T, R = TR(i, Y)
            h.put(rr, 1, name(i, Y)); h.put(rr, 2, T if T is not None else "B")
            h.put(rr, 3, round(R * 0.7, 2) if R is not None else "-")
            rr += 1
    ag.note(b, h.title, None, "hidden archive sheet (TW III): no key rows")


# --------------------------------------------------------------------------- 2022 Bone-like blocks (.xlsx)
PROG22 = {1: ("Program Perekonomian dan Pembangunan\n(Fasilitasi Penyusunan Kebijakan Perekonomian)", 104250000),
          2: ("Program Perekonomian dan Pembangunan\n(Pengendalian dan Distribusi Perekonomian)", 268900000),
          3: ("Program Perekonomian dan Pembangunan\n(Pengelolaan BUMD dan SDA)", 201750000),
          4: ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 41200000)}


def y2022(ag):
    Y = 2022
    rng = random.Random(22)
    b = ag.book("RENAKSI PK 2022 Perekonomian SDA", "xlsx")
    s = b.sheet("RA PK 2022", doc="Pengukuran kinerja berdasarkan Rencana Aksi in VERTICAL BLOCKS (Bone style): title rows 1-3, "
                "header rows 5-6, numbered row 7, data rows {rows}. Each indicator is a 5-row block: 'Target Tahunan :' "
                "line (target in E) then 'TW 1 (B03) :' .. 'TW 4 (B12) :' lines (quarter target E, realisasi F, % G "
                "capped at 100). No (A), Sasaran (B, spans its blocks), Indikator (C), Program & Anggaran (H) and "
                "Penanggung Jawab (I) are merged over the 5 rows; the key row is the block's first row. No annual "
                "realisasi: sum of quarters for flows, last reported quarter for levels.")
    s.widths({"A": 5, "B": 26, "C": 40, "D": 16, "E": 11, "F": 11, "G": 9, "H": 34, "I": 20})
    s.merge(1, 1, 1, 9, "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI PERJANJIAN KINERJA", b=True, h="center", box=False)
    s.merge(2, 1, 2, 9, f"BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM SETDA KOTA {KOTA.upper()}", b=True, h="center", box=False)
    s.merge(3, 1, 3, 9, "TAHUN ANGGARAN 2022", b=True, h="center", box=False)
    s.merge(5, 1, 6, 1, "No", b=True, h="center")
    s.merge(5, 2, 6, 2, "Sasaran Strategis", b=True, h="center")
    s.merge(5, 3, 6, 3, "Indikator Sasaran", b=True, h="center")
    s.merge(5, 4, 5, 7, "Kriteria Keberhasilan Sasaran", b=True, h="center")
    for c, t in [(4, "Periode"), (5, "Target"), (6, "Realisasi Kinerja"), (7, "%")]:
        s.put(6, c, t, b=True, h="center")
    s.merge(5, 8, 6, 8, "Program & Anggaran", b=True, h="center")
    s.merge(5, 9, 6, 9, "Unit Kerja / Penanggung Jawab", b=True, h="center")
    for c in range(1, 10):
        s.put(7, c, f"({c})", h="center", i=True)
    r = 8
    n = 0
    labels = ["Target Tahunan  :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    for g, ids in groups(Y):
        g0 = r
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.merge(r, 1, r + 4, 1, n, h="center", v_al="top")
            s.merge(r, 3, r + 4, 3, nm, v_al="top")
            for k in range(5):
                s.put(r + k, 4, labels[k])
            pct = i == "B15"
            dec = 1 if unit == "Rp juta" else 0
            if kind == "flow":
                qt = split_flow(T, 4, rng, dec)
                qr = split_flow(R, 4, rng, dec)
            elif kind == "level":
                qt = [T] * 4
                qr = level_path(R, 4, rng, dec=2, integer=isinstance(R, int), cap=100 if unit == "%" else None,
                                rising=(pol == "+"))
            else:
                qt, qr = ["-"] * 4, ["-", "-", "-", "B"]
            tcell, kT = T, T
            kR = (sum(qr) if kind == "flow" else qr[-1]) if kind != "grade" else None
            if kind == "flow" and dec:
                kR = round(kR, 1)
            fmt = None
            if pct:
                fmt = "0.00%"
                qt = [0.20, 0.45, 0.70, 0.95]
                ag.note(b, s.title, r, "B15 block stored as fractions in percent-formatted cells (0.9482 shown 94,82%); quarter targets are a cumulative schedule 20/45/70/95 %")
            if i == "B14":
                tcell, kT = "BB", None
                ag.note(b, s.title, r, "B14 grade: Target Tahunan 'BB', quarters '-', TW 4 'B' -> key null/null")
            if i == "B01":
                tcell, kT = 750, 750
                ag.note(b, s.title, r, "B01 Target Tahunan typed 10x: 750 for 75 %; keyed as typed 750")
            if i == "B11":
                qr[3] = None
                kR = qr[2]
                ag.note(b, s.title, r + 4, f"B11 TW 4 realisasi left blank: last reported quarter TW 3 = {qr[2]}")
            if i == "B19b":
                qr = ["-", "-", "-", R]
                qt = ["-", "-", "-", T]
                ag.note(b, s.title, r, "B19b index measured once a year: TW 1-3 '-', TW 4 = 3,35 -> key realisasi 3.35")
            if i == "B17":
                qr[1] += qr[0]
                qr[0] = "-"
                kR = sum(x for x in qr if not isinstance(x, str))
                ag.note(b, s.title, r + 1, f"B17 flow TW 1 realisasi '-' (none): realisasi = sum of TW 2-4 = {kR}")
            s.put(r, 5, tcell / 100 if pct else tcell, fmt=fmt, h="center")
            s.put(r, 6, None)
            s.put(r, 7, None)
            for k in range(4):
                rr = r + 1 + k
                tv, rv = qt[k], qr[k]
                if pct and not isinstance(rv, str) and rv is not None:
                    rv = round(rv / 100, 4)
                s.put(rr, 5, tv, fmt=fmt, h="center")
                s.put(rr, 6, rv, fmt=fmt, h="center")
                s.put(rr, 7, f'=IFERROR(MIN(100,ROUND(F{rr}/E{rr}*100,2)),"-")', fmt="0.00", h="center")
            if i == "B12":
                s.put(r + 4, 6, f"{fmt_id(qr[3])} %", h="center")
                ag.note(b, s.title, r + 4, f"B12 TW 4 realisasi typed as text '{fmt_id(qr[3])} %' (its % cell shows '-')")
            if i == "B09":
                s.put(r + 3, 6, f"Rp. {fmt_id(qr[2])} jt", h="center")
                ag.note(b, s.title, r + 3, f"B09 TW 3 realisasi typed as text 'Rp. {fmt_id(qr[2])} jt'")
            if i == "B03":
                ag.note(b, s.title, r, "B03 inflation (negative): % column uses realisasi/target capped at 100 (positive formula)")
            ag.key(b, s, r, 3, Y, i, nm, kT, kR, dict(cells=[f"E{r}"], agg="one"),
                   dict(cells=[f"F{r+1+k}" for k in range(4)], agg="sum" if kind == "flow" else "last"))
            r += 5
        s.merge(g0, 2, r - 1, 2, SAS[g], v_al="top")
        prog, pagu = PROG22[g]
        s.merge(g0, 8, r - 1, 8, f"{prog}\nRp. {fmt_id(pagu)},-", v_al="top")
        s.merge(g0, 9, r - 1, 9, "Kasubbag Perekonomian" if g in (1, 2) else ("Kasubbag SDA" if g == 3 else "Kasubbag TU Bagian"), v_al="top")
    s.rows(8, r - 1)
    ag.note(b, s.title, None, "% column G is capped at 100 (MIN(100, ...)): a workbook cap policy")
    r += 1
    s.text(r, 6, f"{KOTA}, 10 Januari 2023")
    s.text(r + 1, 6, "Kepala Bagian Perekonomian dan SDA")
    s.text(r + 5, 6, "HENDRA WIRATAMA LUBIS, S.E., M.Si", b=True)
    s.text(r + 6, 6, "Pembina (IV/a)")
    s.text(r + 7, 6, "NIP. 19790914 200312 1 005")


# --------------------------------------------------------------------------- 2023 + 2024 (.xls)
def y2023_2024(ag):
    rng = random.Random(2324)
    b = ag.book("Kinerja Bag Ekon SDA 2023-2024", "xls")
    # ---- PK 2023
    Y = 2023
    s = b.sheet("PK 2023", doc="Annual capaian table 2023: title rows 1-3, ONE header row 5, data rows {rows}; columns "
                "A No, B Sasaran (merged per group), C Indikator Kinerja, D Satuan, E Polaritas, F Target, G Realisasi, "
                "H Capaian (%) formula IF(E=\"Positif\", G/F, (2F-G)/F), I Kategori. Percent indicators stored as fractions "
                "in percent-formatted cells.")
    s.widths({"A": 5, "B": 30, "C": 52, "D": 12, "E": 10, "F": 11, "G": 11, "H": 11, "I": 14})
    s.merge(1, 1, 1, 9, "LAPORAN CAPAIAN KINERJA", b=True, h="center", box=False)
    s.merge(2, 1, 2, 9, f"BAGIAN PEREKONOMIAN DAN SDA SETDA KOTA {KOTA.upper()}", b=True, h="center", box=False)
    s.merge(3, 1, 3, 9, "TAHUN 2023", b=True, h="center", box=False)
    for c, t in enumerate(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi",
                           "Capaian (%)", "Kategori"], 1):
        s.put(5, c, t, b=True, h="center")
    r = 6
    n = 0
    for g, ids in groups(Y):
        g0 = r
        for i in ids:
            n += 1
            kind, pol, unit, _, _, _ = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            s.put(r, 1, n, h="center")
            s.put(r, 3, nm)
            s.put(r, 4, {"Rp juta": "Rp. Juta"}.get(unit, unit), h="center")
            polt = "Negatif" if pol == "-" else "Positif"
            fmt = "0.00%" if unit == "%" else ("#,##0.00" if unit == "Rp juta" else "0")
            tv = T / 100 if unit == "%" and T is not None else T
            rv = R / 100 if unit == "%" and R is not None else R
            cap = f'=ROUND(IF(E{r}="Positif",G{r}/F{r},(2*F{r}-G{r})/F{r})*100,2)'
            kT, kR = T, R
            if i == "B03":
                tv = "2 - 4"
                ag.note(b, s.title, r, "B03 target typed as a range '2 - 4' -> key lower bound 2; realisasi 0.0291 in a % cell -> 2.91; capaian shows #VALUE!")
            if i == "B14":
                tv, rv, kT, kR = "BB", "BB", None, None
                cap = 100
                ag.note(b, s.title, r, "B14 grade 'BB'/'BB', capaian typed 100 -> key null/null")
            if i == "B15":
                polt = None
                ag.note(b, s.title, r, "B15 Polaritas cell left BLANK: the IF sends it down the negative branch (98,89 instead of 101,11)")
            if i == "B13":
                cap = 100
                ag.note(b, s.title, r, "B13 capaian typed 100 while 22/20 = 110 (typed capaian that disagrees)")
            s.put(r, 5, polt, h="center")
            s.put(r, 6, tv, fmt=fmt if not isinstance(tv, str) else None, h="center")
            s.put(r, 7, rv, fmt=fmt if not isinstance(rv, str) else None, h="center")
            s.put(r, 8, cap, fmt="0.00", h="center")
            s.put(r, 9, f'=IFERROR(IF(H{r}>=91,"Sangat Tinggi",IF(H{r}>=76,"Tinggi",IF(H{r}>=66,"Sedang",IF(H{r}>=51,"Rendah","Sangat Rendah")))),"-")', h="center")
            ag.key(b, s, r, 3, Y, i, nm, kT, kR, dict(cells=[f"F{r}"], agg="one"), dict(cells=[f"G{r}"], agg="one"))
            r += 1
            if i == "B08":
                s.put(r, 1, n, h="center")
                s.put(r, 3, nm)
                s.put(r, 4, unit, h="center")
                s.put(r, 5, polt, h="center")
                s.put(r, 6, tv, fmt=fmt, h="center")
                s.put(r, 7, rv, fmt=fmt, h="center")
                s.put(r, 8, f'=ROUND(IF(E{r}="Positif",G{r}/F{r},(2*F{r}-G{r})/F{r})*100,2)', fmt="0.00", h="center")
                s.put(r, 9, f'=IFERROR(IF(H{r}>=91,"Sangat Tinggi",IF(H{r}>=76,"Tinggi",IF(H{r}>=66,"Sedang",IF(H{r}>=51,"Rendah","Sangat Rendah")))),"-")', h="center")
                ag.note(b, s.title, r, "DUPLICATE of the B08 row above (copy-paste, same number): not a key row")
                r += 1
        s.merge(g0, 2, r - 1, 2, SAS[g], v_al="top")
    s.rows(6, r - 1)
    s.merge(r, 1, r, 7, "Rata-rata Capaian", b=True, h="right")
    s.put(r, 8, f"=ROUND(AVERAGE(H6:H{r-1}),2)", fmt="0.00")
    ag.note(b, s.title, r, "Rata-rata row (shows #VALUE! because of the B03 row): not a key row")
    r += 2
    s.text(r, 6, f"{KOTA}, 12 Januari 2024")
    s.text(r + 1, 6, "Kepala Bagian Perekonomian dan SDA")
    s.text(r + 5, 6, "HENDRA WIRATAMA LUBIS, S.E., M.Si", b=True)
    s.text(r + 6, 6, "NIP. 19790914 200312 1 005")

    # ---- Evaluasi 2024 (two years side by side)
    Y = 2024
    e = b.sheet("Evaluasi 2024", doc="Two years side by side, titled 2024: title rows 1-3, header rows 5-6 (Tahun 2023 | "
                "Tahun 2024, each Target / Realisasi / Capaian), data rows {rows} (no sasaran rows); columns A No, "
                "B Indikator Kinerja, C Satuan, D-F 2023, G-I 2024, J Peningkatan (H-E), K Keterangan. Values in "
                "percent points (general format). ONLY 2024 is keyed (target G, realisasi H); the 2023 columns are "
                "context (B01 2023 realisasi differs from sheet PK 2023).")
    e.widths({"A": 5, "B": 56, "C": 12, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10, "J": 12, "K": 20})
    e.merge(1, 1, 1, 11, "EVALUASI CAPAIAN KINERJA TAHUN 2024", b=True, h="center", box=False)
    e.merge(2, 1, 2, 11, "DIBANDINGKAN DENGAN CAPAIAN TAHUN 2023", b=True, h="center", box=False)
    e.merge(3, 1, 3, 11, f"BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM SETDA KOTA {KOTA.upper()}", b=True, h="center", box=False)
    e.merge(5, 1, 6, 1, "No", b=True, h="center")
    e.merge(5, 2, 6, 2, "Indikator Kinerja", b=True, h="center")
    e.merge(5, 3, 6, 3, "Satuan", b=True, h="center")
    e.merge(5, 4, 5, 6, "Tahun 2023", b=True, h="center")
    e.merge(5, 7, 5, 9, "Tahun 2024", b=True, h="center")
    e.merge(5, 10, 6, 10, "Peningkatan / Penurunan Realisasi", b=True, h="center")
    e.merge(5, 11, 6, 11, "Keterangan", b=True, h="center")
    for k, t in enumerate(["Target", "Realisasi", "Capaian (%)"] * 2):
        e.put(6, 4 + k, t, b=True, h="center")
    r = 7
    n = 0
    for g, ids in groups(Y):
        for i in ids:
            n += 1
            kind, pol, unit, _, names, vals = D[i]
            T, R = TR(i, Y)
            nm = name(i, Y)
            e.put(r, 1, n, h="center")
            e.put(r, 2, nm)
            e.put(r, 3, {"Rp juta": "Rp. Juta"}.get(unit, unit), h="center")
            fmt = "#,##0.00" if unit == "Rp juta" else "0.##"
            if 2023 in vals:
                t3, r3 = vals[2023]
                if i == "B01":
                    r3 = 85
                if i == "B03":
                    t3 = "2 - 4"
                e.put(r, 4, t3, fmt=fmt, h="center")
                e.put(r, 5, r3, fmt=fmt, h="center")
                e.put(r, 6, f"=IFERROR(ROUND(E{r}/D{r}*100,2),\"-\")" if pol == "+" else f"=IFERROR(ROUND((2*D{r}-E{r})/D{r}*100,2),\"-\")", fmt="0.00", h="center")
                e.put(r, 10, f"=IFERROR(H{r}-E{r},\"-\")", fmt="0.##", h="center")
            else:
                for c in (4, 5, 6, 10):
                    e.put(r, c, "-", h="center")
                ag.note(b, e.title, r, f"{i} new in 2024: 2023 columns '-'")
            tv, rv = T, R
            if i == "B04":
                rv = "26 kali"
                ag.note(b, e.title, r, "B04 realisasi 2024 typed as text '26 kali'")
            if i == "B13":
                tv = "22 perusahaan"
                ag.note(b, e.title, r, "B13 target 2024 typed as text '22 perusahaan'")
            e.put(r, 7, tv, fmt=fmt if not isinstance(tv, str) else None, h="center")
            e.put(r, 8, rv, fmt=fmt if not isinstance(rv, str) else None, h="center")
            cap = f"=IFERROR(ROUND(H{r}/G{r}*100,2),\"-\")"
            if i == "B05":
                cap = f"=IFERROR(ROUND(H{r+1}/G{r+1}*100,2),\"-\")"
                ag.note(b, e.title, r, f"B05 capaian 2024 formula points at the next row (=H{r+1}/G{r+1})")
            if i == "B03":
                ag.note(b, e.title, r, "B03 negative indicator with the positive formula H/G*100 (74,40 instead of 125,60)")
            if i == "B01":
                ag.note(b, e.title, r, "B01 'Realisasi 2023' written 85 here but 83,33 in sheet PK 2023 (context column, not keyed)")
            e.put(r, 9, cap, fmt="0.00", h="center")
            e.put(r, 11, None)
            ag.key(b, e, r, 2, Y, i, nm, T, R, dict(cells=[f"G{r}"], agg="one"), dict(cells=[f"H{r}"], agg="one"))
            r += 1
    e.rows(7, r - 1)
    e.merge(r, 1, r, 8, "Rata-rata Capaian Kinerja", b=True, h="right")
    e.put(r, 9, f"=ROUND(AVERAGE(I7:I{r-1}),2)", fmt="0.00")
    ag.note(b, e.title, r, "Rata-rata row: not a key row")
    e.text(r + 2, 8, f"{KOTA}, 15 Januari 2025")
    e.text(r + 3, 8, "Kepala Bagian Perekonomian dan SDA")
    e.text(r + 7, 8, "RIZKY AMALIA PUTRI HARAHAP, S.STP., M.AP", b=True)
    e.text(r + 8, 8, "NIP. 19880517 200702 2 001")

    k = b.sheet("Keterangan", doc="Notes sheet: no key rows.")
    k.text(1, 1, "Keterangan:", b=True)
    k.text(2, 1, "- Realisasi laju inflasi bersumber dari BPS Kota Rantau Selaka (Desember, y-on-y).")
    k.text(3, 1, "- Persentase BUMD yang sehat: 2 dari 3 BUMD berpredikat sehat (PDAM Tirta Selaka, Perumda Pasar).")
    k.text(4, 1, "- Indikator Nilai AKIP Bagian tidak lagi digunakan pada PK 2024.")
    ag.note(b, k.title, None, "notes sheet: no key rows")

    h = b.sheet("PK 2024 awal", hidden=True, doc="HIDDEN first draft of PK 2024 (names + targets): no key rows.")
    h.put(1, 1, "Indikator", b=True); h.put(1, 2, "Target", b=True)
    rr = 2
    for g, ids in groups(2024):
        for i in ids:
            h.put(rr, 1, name(i, 2024)); h.put(rr, 2, TR(i, 2024)[0])
            rr += 1
    ag.note(b, h.title, None, "hidden draft sheet: no key rows")


def build():
    ag = Agency("b_perekonomian_rantau_selaka",
                f"Bagian Perekonomian dan Sumber Daya Alam, Sekretariat Daerah Kota {KOTA}", [2021, 2022, 2023, 2024])
    ag.ambiguous = [["B19", "B19b"]]
    ag.flows = [i for i in D if D[i][0] == "flow"]
    y2021(ag); y2022(ag); y2023_2024(ag)
    return ag


if __name__ == "__main__":
    deliver(build())
