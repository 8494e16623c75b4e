"""Agency 2: DPMD Kabupaten Gowa, Rencana Aksi (quarterly) workbooks, one per year."""
from openpyxl import Workbook
from openpyxl.styles import PatternFill
from common import *

FOLDER = "a2-dpmd-gowa"
SAS = "Meningkatnya kemandirian dan kapasitas pemerintahan desa"
PROG = {"A": ("Program Penataan Desa", 1250000000), "B": ("Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat", 2140000000),
        "C": ("Program Pengembangan Ekonomi Desa", 1680000000)}
KEG = {"A1": ("Fasilitasi Penyusunan Perencanaan Pembangunan Desa", 640000000),
       "B1": ("Peningkatan Kapasitas Aparatur Pemerintah Desa", 910000000),
       "B2": ("Pembinaan PKK dan Posyandu", 585000000),
       "B3": ("Fasilitasi Gotong Royong Masyarakat", 420000000),
       "C1": ("Fasilitasi Pengembangan BUMDes", 1025000000)}
# order of the table: (level, code) ; indicators carry 'at' = 'S', 'A', 'A1', ...
ORDER = ["S", "A", "A1", "B", "B1", "B2", "B3", "C", "C1"]

def I(id, at, unit, base, style, names):
    return {"id": id, "at": at, "unit": unit, "base": base, "style": style,
            "names": dict(zip(YEARS, names)) if isinstance(names, list) else names, "neg": False}

INDS = [
    I("desa_mandiri", "S", "%", (6.5, 1.5, "pct"), "cum", ["Persentase desa mandiri", "Desa mandiri (%)", "Persentase Desa Mandiri di Kabupaten Gowa", "Prosentase desa berstatus mandiri"]),
    I("desa_maju", "S", "%", (24.3, 2.5, "pct"), "cum", ["Persentase desa maju", "Desa maju (%)", "Persentase Desa Maju di Kabupaten Gowa", "Prosentase desa berstatus maju"]),
    I("idm", "S", "indeks", (0.6712, 0.012, "idx"), "sched", ["Rata-rata Indeks Desa Membangun (IDM)", "Rata - rata IDM", "Rerata Indeks Desa Membangun", "Rata-rata nilai IDM Kab. Gowa"]),
    I("naik1", "S", "desa", (18, 2, "int"), "per", ["Jumlah desa yang status IDM-nya naik 1 tingkat", "Jumlah desa dengan status IDM naik 1 tingkat", "Jumlah desa yang naik status IDM 1 tingkat", "Jumlah Desa naik status 1 (satu) tingkat"]),
    I("naik2", "S", "desa", (4, 1, "int"), "per", ["Jumlah desa yang status IDM-nya naik 2 tingkat", "Jumlah desa dengan status IDM naik 2 tingkat", "Jumlah desa yang naik status IDM 2 tingkat", "Jumlah Desa naik status 2 (dua) tingkat"]),
    I("apbdes_awal", "A", "%", (85, 3, "pct"), "sched", ["Persentase desa yang menyampaikan laporan realisasi APBDes semester awal tepat waktu", "Persentase desa yang menyampaikan laporan realisasi APBDes semester awal", "Persentase desa menyampaikan\nlaporan realisasi APBDes semester awal tepat waktu", "persentase desa yang menyampaikan laporan realisasi APBDes semester awal tepat waktu"]),
    I("apbdes_akhir", "A", "%", (80, 4, "pct"), "sched", ["Persentase desa yang menyampaikan laporan realisasi APBDes semester akhir tepat waktu", "Persentase desa yang menyampaikan laporan realisasi APBDes semester akhir", "Persentase desa menyampaikan laporan realisasi APBDes semester akhir tepat waktu", "persentase desa yang menyampaikan laporan realisasi APBDes semester akhir tepat waktu"]),
    I("rpjmdes_susun", "A", "desa", (40, 10, "int"), "per", {2021: "Jumlah desa yang menyusun RPJMDes", 2022: "Jumlah desa yang menyusun RPJM Desa"}),
    I("rpjmdes_tetap", "A", "desa", (30, 8, "int"), "per", {2023: "Jumlah desa yang menetapkan RPJMDes", 2024: "Jumlah desa yang menetapkan Perdes RPJMDes"}),
    I("siskeudes", "A1", "%", (88, 3, "pct"), "cum", ["Persentase desa yang menggunakan aplikasi Siskeudes", "Prosentase desa pengguna Siskeudes", "Persentase desa yang menggunakan Siskeudes", "Persentase Desa yang Menggunakan Aplikasi SISKEUDES"]),
    I("website", "A1", "%", (20, 15, "pct"), "sched", {2023: "Persentase desa yang memiliki website desa aktif", 2024: "Persentase desa dengan website desa yang aktif"}),
    I("kader_kec", "B", "orang", (90, 10, "int"), "per", ["Jumlah kader pemberdayaan masyarakat terlatih tingkat kecamatan", "Jumlah kader pemberdayaan masyarakat terlatih tingkat kecamatan", "Jml. KPM terlatih tingkat kecamatan", "Jumlah Kader Pemberdayaan Masyarakat (KPM) terlatih tingkat Kecamatan"]),
    I("kader_desa", "B", "orang", (420, 40, "int"), "per", ["Jumlah kader pemberdayaan masyarakat terlatih tingkat desa", "Jumlah kader pemberdayaan masyarakat terlaith tingkat desa", "Jml. KPM terlatih tingkat desa", "Jumlah Kader Pemberdayaan Masyarakat (KPM) terlatih tingkat Desa"]),
    I("aparat_l", "B1", "orang", (310, 20, "int"), "per", ["Jumlah aparatur desa laki-laki yang mengikuti pelatihan", "Jumlah aparatur desa laki-laki yang mengikuti pelatihan", "Jumlah aparatur pemerintah desa laki-laki yang dilatih", "Jumlah aparatur desa (laki-laki) yang mengikuti pelatihan"]),
    I("aparat_p", "B1", "orang", (140, 25, "int"), "per", ["Jumlah aparatur desa perempuan yang mengikuti pelatihan", "Jumlah aparatur desa perempuan yang mengikuti pelatihn", "Jumlah aparatur pemerintah desa perempuan yang dilatih", "Jumlah aparatur desa (perempuan) yang mengikuti pelatihan"]),
    I("posyandu", "B2", "unit", (612, 8, "int"), "cum", ["Jumlah Posyandu aktif", "Jumlah Posyandu yang aktif", "Jml Posyandu Aktif", "Jumlah posyandu aktif di Kabupaten Gowa"]),
    I("pkk", "B2", "kelompok", (121, 0, "int"), "cum", ["Jumlah kelompok PKK desa yang dibina", "Jumlah TP-PKK desa yang dibina", "Jumlah kelompok PKK desa yang dibina", "Jumlah Kelompok PKK Desa Yang Dibina"]),
    I("rtlh", "B3", "unit", (150, 25, "int"), "per", ["Jumlah RTLH yang direhabilitasi melalui swadaya masyarakat", "Jumlah Rumah Tidak Layak Huni yang direhabilitasi melalui swadaya masyarakat", "Jumlah RTLH direhabilitasi swadaya", "Jumlah Rumah Tidak Layak Huni (RTLH) yang direhabilitasi secara swadaya"]),
    I("jml_bumdes", "C", "unit", (96, 6, "int"), "cum", ["Jumlah BUMDes yang aktif", "Jumlah Badan Usaha Milik Desa yang aktif", "Jml. BUMDes aktif", "Jumlah BUMDes aktif (unit)"]),
    I("pers_bumdes", "C", "%", (80.5, 5, "pct"), "cum", ["Persentase BUMDes yang aktif", "Persentase Badan Usaha Milik Desa yang aktif", "Pers. BUMDes aktif", "Persentase BUMDes aktif (%)"]),
    I("bkad", "C", "lembaga", (3, 2, "int"), "per", {2021: "Jumlah Badan Kerja Sama Antar Desa (BKAD) yang terbentuk", 2022: "Jumlah BKAD yang terbentuk"}),
    I("um", "C1", "unit", (240, 30, "int"), "per", ["Jumlah Usaha Mikro binaan BUMDes", "Jumlah Usaha Mikro binaan Badan Usaha Milik Desa", "Jumlah usaha mikro yang dibina BUMDes", "Jumlah Usaha Mikro binaan BUMDes (unit)"]),
    I("uk", "C1", "unit", (36, 6, "int"), "per", ["Jumlah Usaha Kecil binaan BUMDes", "Jumlah Usaha Kecil binaan Badan Usaha Milik Desa", "Jumlah usaha kecil yang dibina BUMDes", "Jumlah Usaha Kecil binaan BUMDes (unit)"]),
]
make_values(INDS, 1402)
KEY = Key("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Gowa", FOLDER)
KEY.ambiguous = [["rpjmdes_susun", "rpjmdes_tetap"]]


def split_int(total, w):
    parts = [int(total * x) for x in w]
    parts[-1] = total - sum(parts[:-1])
    return parts


def quarters(ind, y):
    """(target per TW, realisasi per TW) consistent with the annual figures"""
    t, r = ind["v"][y]
    kind = ind["base"][2]
    rnd = (lambda x: int(round(x))) if kind == "int" else ((lambda x: round(x, 4)) if kind == "idx" else r2)
    if ind["style"] == "cum":
        tq = [rnd(t * f) for f in (0.25, 0.5, 0.75)] + [t]
        rq = [rnd(r * f) for f in (0.2, 0.45, 0.7)] + [r]
    elif ind["style"] == "per":
        tq = split_int(t, (0.2, 0.3, 0.3, 0.2)); rq = split_int(r, (0.15, 0.3, 0.3, 0.25))
    else:  # schedule in percent of the year's work
        tq = [30, 50, 80, 100]; rq = [25, 50, 80, 100]
    return tq, rq


def year_items(y):
    """yield ('head', code) / ('ind', ind) in table order"""
    for code in ORDER:
        yield ("head", code)
        for ind in INDS:
            if ind["at"] == code and y in ind["names"]:
                yield ("ind", ind)


def head_text(code, y):
    if code == "S":
        return "Sasaran Strategis: " + SAS
    if code in PROG:
        return PROG[code][0]
    return "Kegiatan " + KEG[code][0]


def budget(code, y):
    base = PROG[code][1] if code in PROG else KEG[code][1]
    pagu = base + 50000000 * (y - 2021)
    return pagu, [int(pagu * f) for f in (0.18, 0.42, 0.71, 0.953)]


def title(ws, y, col=1):
    ws.cell(1, col, "RENCANA AKSI DAN PENGUKURAN KINERJA TRIWULAN").font = BOLD
    ws.cell(2, col, "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN GOWA").font = BOLD
    ws.cell(3, col, f"TAHUN ANGGARAN {y}").font = BOLD


def sign(ws, r, col, y):
    ws.cell(r, col, "Sungguminasa, 10 Januari " + str(y + 1))
    ws.cell(r + 1, col, "Kepala Dinas,")
    ws.cell(r + 5, col, "Hj. Andi Nurhayati Mappaselle, S.Sos., M.Si.")
    ws.cell(r + 6, col, "NIP. 19750817 199803 2 004")

# ---------------- 2021: side by side, T/R pairs per quarter
def y2021():
    y = 2021; fname = "RA_DPMD_Gowa_2021.xlsx"; sheet = "Rencana Aksi"
    wb = Workbook(); ws = wb.active; ws.title = sheet; title(ws, y)
    h = ["No", "Sasaran / Program / Kegiatan", "Indikator Kinerja", "Satuan", f"Target Tahun {y}"]
    for j, t in enumerate(h, 1):
        ws.cell(5, j, t).font = BOLD; ws.merge_cells(start_row=5, start_column=j, end_row=6, end_column=j)
    for q in range(4):
        c = 6 + 2 * q
        ws.cell(5, c, f"TW {['I','II','III','IV'][q]}"); ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 1)
        ws.cell(6, c, "T"); ws.cell(6, c + 1, "R")
    for c, t in ((14, f"Realisasi Tahun {y}"), (15, "Capaian (%)"), (16, "Penanggung Jawab")):
        ws.cell(5, c, t).font = BOLD; ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    r = 7; n = 0
    for kind, x in year_items(y):
        if kind == "head":
            n += 1
            ws.cell(r, 1, n if x == "S" else x); ws.cell(r, 2, head_text(x, y)).font = BOLD
            if x != "S":  # budget row: not an indicator
                pagu, rq = budget(x, y)
                ws.cell(r, 3, "Anggaran (Rp)"); ws.cell(r, 4, "Rp"); ws.cell(r, 5, pagu)
                for q in range(4):
                    ws.cell(r, 6 + 2 * q, int(pagu * (0.25, 0.5, 0.75, 1)[q])); ws.cell(r, 7 + 2 * q, rq[q])
                ws.cell(r, 14, rq[3]); ws.cell(r, 15, f"=ROUND(N{r}/E{r}*100,2)")
                for c in range(5, 15): ws.cell(r, c).number_format = '#,##0'
                r += 1
            continue
        ind = x; t, re = ind["v"][y]; tq, rq = quarters(ind, y)
        ws.cell(r, 3, ind["names"][y]); ws.cell(r, 4, ind["unit"]); ws.cell(r, 5, t)
        for q in range(4):
            ws.cell(r, 6 + 2 * q, tq[q]); ws.cell(r, 7 + 2 * q, rq[q])
            if ind["style"] == "sched":
                ws.cell(r, 6 + 2 * q).number_format = '0"%"'; ws.cell(r, 7 + 2 * q).number_format = '0"%"'
        ws.cell(r, 14, re); ws.cell(r, 15, f"=ROUND(N{r}/E{r}*100,2)")
        ws.cell(r, 16, "Bidang Pemdes" if ind["at"] in ("A", "A1") else "Bidang PMD")
        KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
        r += 1
    box(ws, f"A5:P{r-1}"); sign(ws, r + 2, 13, y)
    KEY.layout[(fname, sheet)] = {"name": 3, "target": 5, "realisasi": 14, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2022: quarters as blocks of 5 rows down the sheet (Target Tahunan, TW I..IV)
def y2022():
    y = 2022; fname = "Rencana Aksi PK DPMD Gowa.xlsx"; sheet = "RA TW 2022"
    wb = Workbook(); ws = wb.active; ws.title = sheet; title(ws, y)
    h = ["No", "Sasaran / Program / Kegiatan", "Anggaran (Rp)", "Indikator", "Satuan", "Periode", "Target", "Realisasi", "%", "Penanggung Jawab"]
    for j, t in enumerate(h, 1): ws.cell(5, j, t).font = BOLD
    for j in range(1, 11): ws.cell(6, j, f"({j})")
    r = 7; n = 0; head_start = None
    per = ["Target Tahunan :", "TW 1 (B03) :", "TW 2 (B06) :", "TW 3 (B09) :", "TW 4 (B12) :"]
    items = list(year_items(y))
    i = 0
    while i < len(items):
        kind, x = items[i]
        assert kind == "head"
        n += 1
        inds = []
        i += 1
        while i < len(items) and items[i][0] == "ind":
            inds.append(items[i][1]); i += 1
        start = r
        ws.cell(r, 1, n); ws.cell(r, 2, head_text(x, y)).alignment = WRAP
        if x != "S":
            pagu, _ = budget(x, y)
            ws.cell(r, 3, pagu).number_format = '"Rp. "#,##0",-"'
        for ind in inds:
            t, re = ind["v"][y]; tq, rq = quarters(ind, y)
            ws.cell(r, 4, ind["names"][y]).alignment = WRAP; ws.cell(r, 5, ind["unit"])
            ws.merge_cells(start_row=r, start_column=4, end_row=r + 4, end_column=4)
            ws.merge_cells(start_row=r, start_column=5, end_row=r + 4, end_column=5)
            for k in range(5):
                ws.cell(r + k, 6, per[k])
                tv, rv = (t, re) if k == 0 else (tq[k - 1], rq[k - 1])
                ws.cell(r + k, 7, tv); ws.cell(r + k, 8, rv)
                if k > 0 and ind["style"] == "sched":
                    ws.cell(r + k, 7).number_format = '0"%"'; ws.cell(r + k, 8).number_format = '0"%"'
                ws.cell(r + k, 9, f"=IF(G{r+k}=0,\"-\",ROUND(H{r+k}/G{r+k}*100,2))")
            KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
            r += 5
        if r - 1 > start:
            for c in (1, 2, 3, 10):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(start, 10, "Sekretariat" if x == "S" else "Kepala Bidang")
    box(ws, f"A5:J{r-1}"); sign(ws, r + 2, 8, y)
    KEY.layout[(fname, sheet)] = {"name": 4, "target": 7, "realisasi": 8, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2023: .ods, side by side, quarter targets then quarter realisasi
def y2023():
    y = 2023; fname = "rencana_aksi_dpmd_gowa_2023.ods"; sheet = "Renaksi"
    wb = Workbook(); ws = wb.active; ws.title = sheet; title(ws, y)
    h = ["No", "Sasaran / Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan"]
    for j, t in enumerate(h, 1):
        ws.cell(5, j, t); ws.merge_cells(start_row=5, start_column=j, end_row=6, end_column=j)
    ws.cell(5, 6, "Target Triwulan"); ws.merge_cells("F5:I5")
    ws.cell(5, 10, "Realisasi Triwulan"); ws.merge_cells("J5:M5")
    for q in range(4):
        ws.cell(6, 6 + q, ["I", "II", "III", "IV"][q]); ws.cell(6, 10 + q, ["I", "II", "III", "IV"][q])
    for c, t in ((14, "Realisasi s.d. TW IV"), (15, "Capaian (%)"), (16, "Ket")):
        ws.cell(5, c, t); ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    r = 7; n = 0
    for kind, x in year_items(y):
        if kind == "head":
            n += 1
            ws.cell(r, 1, n); ws.cell(r, 2, head_text(x, y)).font = BOLD
            if x != "S":
                pagu, rq = budget(x, y)
                ws.cell(r, 3, "Pagu / Realisasi Anggaran"); ws.cell(r, 4, "Rp"); ws.cell(r, 5, pagu)
                for q in range(4):
                    ws.cell(r, 6 + q, int(pagu * (0.25, 0.5, 0.75, 1)[q])); ws.cell(r, 10 + q, rq[q])
                ws.cell(r, 14, rq[3]); ws.cell(r, 15, f"=ROUND(N{r}/E{r}*100,2)")
                for c in range(5, 15): ws.cell(r, c).number_format = '#,##0'
                r += 1
            continue
        ind = x; t, re = ind["v"][y]; tq, rq = quarters(ind, y)
        ws.cell(r, 3, ind["names"][y]).alignment = WRAP; ws.cell(r, 4, ind["unit"]); ws.cell(r, 5, t)
        for q in range(4):
            ws.cell(r, 6 + q, tq[q]); ws.cell(r, 10 + q, rq[q])
        ws.cell(r, 14, re); ws.cell(r, 15, f"=ROUND(N{r}/E{r}*100,2)")
        if ind["style"] == "sched": ws.cell(r, 16, "TW dalam % progres")
        KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
        r += 1
    box(ws, f"A5:P{r-1}"); sign(ws, r + 2, 12, y)
    KEY.layout[(fname, sheet)] = {"name": 3, "target": 5, "realisasi": 14, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

# ---------------- 2024: side by side, quarters first, annual target and realisasi after them, code column
CODES = {"S": "", "A": "2.13.02", "A1": "2.13.02.2.01", "B": "2.13.05", "B1": "2.13.05.2.01", "B2": "2.13.05.2.02",
         "B3": "2.13.05.2.03", "C": "2.13.07", "C1": "2.13.07.2.01"}

def y2024():
    y = 2024; fname = "RA DPMD Kab Gowa 2024 final.xlsx"; sheet = "TW IV"
    wb = Workbook(); ws = wb.active; ws.title = sheet; title(ws, y)
    ws.cell(3, 1, f"TAHUN {y} (POSISI TRIWULAN IV)")
    h = ["Kode", "Uraian", "Indikator Kinerja", "Satuan"]
    for j, t in enumerate(h, 1):
        ws.cell(5, j, t); ws.merge_cells(start_row=5, start_column=j, end_row=6, end_column=j)
    for q in range(4):
        c = 5 + 2 * q
        ws.cell(5, c, f"Triwulan {['I','II','III','IV'][q]}"); ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 1)
        ws.cell(6, c, "Target"); ws.cell(6, c + 1, "Realisasi")
    ws.cell(5, 13, f"Tahun {y}"); ws.merge_cells("M5:N5"); ws.cell(6, 13, "Target"); ws.cell(6, 14, "Realisasi")
    ws.cell(5, 15, "Capaian (%)"); ws.merge_cells("O5:O6")
    r = 7
    for kind, x in year_items(y):
        if kind == "head":
            ws.cell(r, 1, CODES[x]); ws.cell(r, 2, head_text(x, y).replace("Kabupaten", "Kab.")).font = BOLD
            if x != "S":
                pagu, rq = budget(x, y)
                ws.cell(r, 3, "Realisasi Anggaran"); ws.cell(r, 4, "Rp")
                for q in range(4):
                    ws.cell(r, 5 + 2 * q, int(pagu * (0.25, 0.5, 0.75, 1)[q])); ws.cell(r, 6 + 2 * q, rq[q])
                ws.cell(r, 13, pagu); ws.cell(r, 14, rq[3]); ws.cell(r, 15, f"=ROUND(N{r}/M{r}*100,2)")
                for c in range(5, 15): ws.cell(r, c).number_format = '#,##0'
                r += 1
            continue
        ind = x; t, re = ind["v"][y]; tq, rq = quarters(ind, y)
        ws.cell(r, 3, ind["names"][y]); ws.cell(r, 4, ind["unit"])
        for q in range(4):
            ws.cell(r, 5 + 2 * q, tq[q]); ws.cell(r, 6 + 2 * q, rq[q])
            if ind["style"] == "sched":
                ws.cell(r, 5 + 2 * q).number_format = '0"%"'; ws.cell(r, 6 + 2 * q).number_format = '0"%"'
        ws.cell(r, 13, t); ws.cell(r, 14, re); ws.cell(r, 15, f"=ROUND(N{r}/M{r}*100,2)")
        KEY.add(fname, sheet, r, y, ind["names"][y], ind["id"], t, re)
        r += 1
    box(ws, f"A5:O{r-1}"); sign(ws, r + 2, 12, y)
    KEY.layout[(fname, sheet)] = {"name": 3, "target": 13, "realisasi": 14, "mode": "num"}
    KEY.files.append(fname); ship(wb, FOLDER, fname)

if __name__ == "__main__":
    y2021(); y2022(); y2023(); y2024()
    KEY.write()
    print(FOLDER, len(KEY.rows), "rows")
