"""Agency 3: Disparpora Kabupaten Belitung Timur, annual tables 2021-2024 in ONE workbook, one sheet per year."""
import os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

OUT = "/work/blind2/disparpora-beltim"
os.makedirs(OUT, exist_ok=True)
FNAME = "Pengukuran_Kinerja_Disparpora_Beltim_2021-2024.xlsx"
YEARS = [2021, 2022, 2023, 2024]
SHEETS = {2021: "2021", 2022: "PK 22", 2023: "Pengukuran 2023", 2024: "LKjIP 2024"}
rng = random.Random(777)

SAS = {
    "S1": ["Meningkatnya kunjungan wisatawan", "Meningkatnya Kunjungan Wisatawan",
           "Meningkatnya jumlah kunjungan wisatawan", "Meningkatnya kunjungan wisatawan"],
    "S2": ["Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah",
           "Meningkatnya Kontribusi Sektor Pariwisata Terhadap Perekonomian Daerah",
           "Meningkatnya kontribusi pariwisata dan ekonomi kreatif terhadap perekonomian daerah",
           "Meningkatnya kontribusi pariwisata dan ekonomi kreatif terhadap perekonomian daerah"],
    "S3": ["Meningkatnya daya tarik dan kualitas destinasi pariwisata",
           "Meningkatnya Daya Tarik Dan Kualitas Destinasi Pariwisata",
           "Meningkatnya daya tarik dan kwalitas destinasi pariwisata",
           "Meningkatnya daya saing destinasi pariwisata"],
    "S4": ["Meningkatnya peran pemuda dan prestasi olahraga", "Meningkatnya Peran Pemuda Dan Prestasi Olahraga",
           "Meningkatnya peran serta pemuda dan prestasi olahraga", "Meningkatnya peran pemuda dan prestasi olahraga"],
    "S5": ["Meningkatnya akuntabilitas kinerja dinas", "Meningkatnya Akuntabilitas Kinerja Dinas",
           "Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya akuntabilitas kinerja dinas"],
}

# id, sasaran, unit, dec, lower_is_better, names 2021..2024 (2023 carries the unit in the name), targets
IND = [
 ("wisnus", "S1", "orang", 0, False,
  ["Jumlah kunjungan wisatawan nusantara", "Jumlah Kunjungan Wisatawan Nusantara",
   "Jumlah kunjungan wisatawan nusantara (orang)", "Jumlah wisatawan nusantara yang berkunjung"],
  [185000, 210000, 240000, 265000]),
 ("wisman", "S1", "orang", 0, False,
  ["Jumlah kunjungan wisatawan mancanegara", "Jumlah Kunjungan Wisatawan Mancanegara",
   "Jumlah kunjungan wisman (orang)", "Jumlah wisatawan mancanegara yang berkunjung"],
  [650, 1500, 2800, 3500]),
 ("lama_tinggal", "S1", "hari", 2, False,
  ["Rata-rata lama tinggal wisatawan", "Rata - Rata Lama Tinggal Wisatawan",
   "Rata-rata lama tinggal wisatawan (hari)", "Rata rata lama tinggal wisatawan"], [1.8, 1.9, 2.0, 2.1]),
 ("tpk_hotel", "S1", "%", 2, False,
  ["Tingkat penghunian kamar hotel", "Tingkat Penghunian Kamar (TPK) Hotel",
   "Tingkat penghunian kamar hotel (%)", "Tingkat hunian kamar hotel"], [38, 45, 50, 55]),
 ("pad_pariwisata", "S2", "Rp", 0, False,
  ["Jumlah PAD sektor pariwisata", "Jumlah Pendapatan Asli Daerah (PAD) Sektor Pariwisata",
   "Jumlah PAD sektor pariwisata (Rp)", "Jumlah Pendapatan Asli Daerah sektor pariwisata"],
  [6500000000, 7800000000, 9000000000, 10000000000]),
 ("pajak_pariwisata", "S2", "Rp", 0, False,
  ["Jumlah pajak daerah sektor pariwisata (pajak hotel, restoran dan hiburan)",
   "Jumlah Pajak Daerah Sektor Pariwisata", "Jumlah pajak daerah sektor pariwisata (Rp)",
   "Jumlah penerimaan pajak daerah sektor pariwisata"],
  [5200000000, 6300000000, 7300000000, 8100000000]),
 ("retribusi_rekreasi", "S2", "Rp", 0, False,
  ["Jumlah retribusi daerah tempat rekreasi dan olahraga",
   "Jumlah Retribusi Daerah Tempat Rekreasi Dan Olahraga",
   "Jumlah retribusi tempat rekreasi dan olahraga (Rp)",
   "Jumlah retribusi daerah tempat rekreasi dan olah raga"], [450000000, 520000000, 600000000, 650000000]),
 ("pdrb_pariwisata", "S2", "%", 2, False,
  ["Kontribusi sektor pariwisata terhadap PDRB",
   "Persentase Kontribusi Sektor Pariwisata Terhadap PDRB",
   "Kontribusi sektor pariwisata terhadap PDRB (%)",
   "Persentase kontribusi sektor pariwisata terhadap Produk Domestik Regional Bruto (PDRB)"],
  [4.1, 4.3, 4.6, 4.9]),
 ("tk_sertifikasi", "S2", "orang", 0, False,
  ["Jumlah tenaga kerja pariwisata yang tersertifikasi",
   "Jumlah Tenaga Kerja Pariwisata Yang Bersertifikat",
   "Jumlah tenaga kerja pariwisata yang tersertifikasi (orang)",
   "Jumlah tenaga kerja sektor pariwisata yang tersertifikasi"], [120, 150, 180, 200]),
 ("ekraf_hki", "S2", "produk", 0, False,
  [None, None, "Jumlah produk ekonomi kreatif yang difasilitasi pendaftaran HKI (produk)",
   "Jumlah produk ekonomi kreatif yang difasilitasi Hak Kekayaan Intelektual (HKI)"],
  [None, None, 25, 30]),
 ("desa_wisata_jml", "S3", "desa", 0, False,
  ["Jumlah desa wisata", "Jumlah Desa Wisata", "Jumlah desa wisata (desa)", "Jumlah desa wisata yang terbentuk"],
  [12, 15, 18, 20]),
 ("desa_wisata_pct", "S3", "%", 2, False,
  ["Persentase desa wisata berkategori maju dan mandiri",
   "Persentase Desa Wisata Berkategori Maju Dan Mandiri",
   "Persentase desa wisata kategori maju dan mandiri (%)",
   "Prosentase desa wisata berkategori maju/mandiri"], [16.67, 20, 22.22, 25]),
 ("destinasi", "S3", "lokasi", 0, False,
  ["Jumlah destinasi wisata yang dikembangkan", "Jumlah Destinasi Wisata Yang Dikembangkan",
   "Jumlah destinasi wisata yg dikembangkan (lokasi)", "Jumlah destinasi pariwisata yang dikembangkan"],
  [4, 5, 5, 6]),
 ("event_nasional", "S3", "event", 0, False,
  ["Jumlah event pariwisata berskala nasional", "Jumlah Event Pariwisata Berskala Nasional",
   "Jumlah event pariwisata skala nasional (event)",
   "Jumlah kalender event pariwisata berskala nasional"], [2, 3, 4, 4]),
 ("kecelakaan_wisatawan", "S3", "kasus", 0, True,
  ["Jumlah kasus kecelakaan wisatawan di destinasi wisata",
   "Jumlah Kasus Kecelakaan Wisatawan Di Destinasi Wisata",
   "Jumlah kasus kecelakaan wisatawan di lokasi destinasi wisata (kasus)",
   "Jumlah kasus kecelakaan wisatawan di destinasi wisata"], [8, 7, 6, 5]),
 ("ikw", "S3", "indeks", 2, False,
  ["Indeks kepuasan wisatawan", "Indeks Kepuasan Wisatawan", "Indeks kepuasan wisatawan (poin)",
   "Indeks Kepuasan Wisatawan (IKW)"], [78, 80, 82, 84]),
 ("tpt_muda", "S4", "%", 2, True,
  ["Tingkat pengangguran terbuka usia muda", "Tingkat Pengangguran Terbuka (TPT) Usia Muda",
   "Tingkat pengangguran terbuka usia muda (%)", "Tingkat pengangguran terbuka pemuda"],
  [9.5, 9.0, 8.5, 8.0]),
 ("wirausaha_muda", "S4", "orang", 0, False,
  ["Jumlah wirausaha muda yang dibina", "Jumlah Wirausaha Muda Yang Dibina",
   "Jumlah wirausaha pemuda yang dibina (orang)", "Jumlah wira usaha muda yang dibina"], [50, 60, 70, 80]),
 ("okp_aktif", "S4", "organisasi", 0, False,
  ["Jumlah organisasi kepemudaan yang aktif", "Jumlah Organisasi Kepemudaan (OKP) Yang Aktif", None, None],
  [25, 28, None, None]),
 ("medali_provinsi", "S4", "medali", 0, False,
  ["Jumlah medali yang diraih pada kejuaraan tingkat provinsi",
   "Jumlah Medali Yang Diraih Pada Kejuaraan Tingkat Provinsi",
   "Jumlah perolehan medali pada kejuaraan tingkat provinsi (medali)",
   "Jumlah medali yang diraih pada kejuaraan tingkat Provinsi"], [35, 40, 45, 50]),
 ("atlet_berprestasi", "S4", "orang", 0, False,
  ["Jumlah atlet berprestasi", "Jumlah Atlet Berprestasi", "Jumlah atlit berprestasi (orang)", None],
  [40, 45, 50, None]),
 ("atlet_berprestasi_prov_nas", "S4", "orang", 0, False,
  [None, None, None, "Jumlah atlet berprestasi tingkat provinsi dan nasional"], [None, None, None, 30]),
 ("sarpras_or", "S4", "%", 2, False,
  ["Persentase sarana dan prasarana olahraga dalam kondisi baik",
   "Prosentase Sarana Dan Prasarana Olahraga Dalam Kondisi Baik",
   "Persentase sarpras olahraga dalam kondisi baik (%)",
   "Persentase sarana prasarana olahraga kondisi baik"], [60, 65, 70, 72]),
 ("nilai_sakip", "S5", "nilai", 2, False,
  ["Nilai SAKIP Disparpora", "Nilai SAKIP Dinas Pariwisata, Pemuda Dan Olahraga",
   "Nilai AKIP Disparpora (poin)", "Nilai SAKIP Disparpora"], [61, 63, 65, 67]),
]
BY = {i[0]: i for i in IND}

REAL = {}
for iid, s, unit, dec, low, names, tg in IND:
    for k, y in enumerate(YEARS):
        t = tg[k]
        if t is None:
            continue
        if low:
            r = t * rng.uniform(0.85, 1.12)
        else:
            r = t * rng.uniform(0.93, 1.07)
        if unit == "%":
            r = min(r, 99.5)
        r = rnd(r, dec)
        if unit == "Rp":
            r = int(round(r, -3))
        REAL[(iid, y)] = r

ORDER = {y: [i[0] for i in IND if i[5][k]] for k, y in enumerate(YEARS)}
# reorder some rows
o = ORDER[2022]; o.remove("wisman"); o.insert(0, "wisman")
o.remove("pdrb_pariwisata"); o.insert(o.index("pad_pariwisata"), "pdrb_pariwisata")
o = ORDER[2023]; o.remove("atlet_berprestasi"); o.insert(o.index("medali_provinsi"), "atlet_berprestasi")
o.remove("kecelakaan_wisatawan"); o.insert(o.index("desa_wisata_jml"), "kecelakaan_wisatawan")
o = ORDER[2024]; o.remove("retribusi_rekreasi"); o.insert(o.index("pad_pariwisata") + 1, "retribusi_rekreasi")
o.remove("ikw"); o.insert(o.index("destinasi"), "ikw")


def grouped(y):
    seen = []
    for i in ORDER[y]:
        if BY[i][1] not in seen:
            seen.append(BY[i][1])
    return [(s, [i for i in ORDER[y] if BY[i][1] == s]) for s in seen]


ROWS = []


def add_key(y, row, iid):
    k = YEARS.index(y)
    ROWS.append({"file": FNAME, "sheet": SHEETS[y], "row": row, "year": y, "written": BY[iid][5][k],
                 "same_as": iid, "target": BY[iid][6][k], "realisasi": REAL[(iid, y)]})


def title(ws, lines, ncol):
    for r, t in enumerate(lines, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t); c.font = Font(bold=True, size=12); c.alignment = CENTER


def sign(ws, r, col, y):
    signature(ws, r, col, f"Manggar, {'28 Februari' if y % 2 else '31 Januari'} {y + 1}",
              "Kepala Dinas Pariwisata, Pemuda dan Olahraga\nKabupaten Belitung Timur",
              "YULIANTI NOVITASARI, S.E., M.M.", "Pembina (IV/a)", "19780621 200312 2 005")


wb = Workbook()
first = True
for y in YEARS:
    k = YEARS.index(y)
    ws = wb.active if first else wb.create_sheet(SHEETS[y])
    ws.title = SHEETS[y]; first = False
    if y == 2021:
        title(ws, ["PENGUKURAN KINERJA TAHUN 2021", "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA",
                   "KABUPATEN BELITUNG TIMUR"], 7)
        cols = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        m = dict(sas=2, ind=3, sat=4, t=5, r=6, c=7, pol=None); hr = 5
    elif y == 2022:
        title(ws, ["PENGUKURAN PERJANJIAN KINERJA TAHUN 2022",
                   "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA KABUPATEN BELITUNG TIMUR"], 7)
        cols = ["No", "Indikator Kinerja", "Sasaran Strategis", "Satuan", "Target", "Realisasi", "% Capaian"]
        m = dict(sas=3, ind=2, sat=4, t=5, r=6, c=7, pol=None); hr = 4
    elif y == 2023:
        title(ws, ["PENGUKURAN KINERJA TAHUN ANGGARAN 2023",
                   "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA KABUPATEN BELITUNG TIMUR"], 7)
        cols = ["No", "Sasaran Strategis", "Indikator Kinerja (Satuan)", "Polaritas", "Target", "Realisasi",
                "Capaian (%)"]
        m = dict(sas=2, ind=3, sat=None, pol=4, t=5, r=6, c=7); hr = 4
    else:
        title(ws, ["TABEL PENGUKURAN DAN PERBANDINGAN CAPAIAN KINERJA (LKjIP 2024)",
                   "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA KABUPATEN BELITUNG TIMUR"], 10)
        m = dict(sas=2, ind=3, sat=4, pol=5, p22=6, p23=7, t=8, r=9, c=10); hr = 4
    if y < 2024:
        for c, h in enumerate(cols, 1):
            put(ws, hr, c, h, bold=True, align=CENTER)
        r = hr + 1
    else:
        for c, h in enumerate(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Arah Kinerja"], 1):
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            put(ws, 4, c, h, bold=True, align=CENTER); put(ws, 5, c, None)
        ws.merge_cells("F4:G4"); put(ws, 4, 6, "Realisasi", bold=True, align=CENTER); put(ws, 4, 7, None)
        ws.merge_cells("H4:J4"); put(ws, 4, 8, "Tahun 2024", bold=True, align=CENTER)
        put(ws, 4, 9, None); put(ws, 4, 10, None)
        for c, h in zip(range(6, 11), ["2022", "2023", "Target", "Realisasi", "Capaian (%)"]):
            put(ws, 5, c, h, bold=True, align=CENTER)
        r = 6
    n = 1
    for s, ids in grouped(y):
        rs = r
        for iid in ids:
            _, _, unit, dec, low, names, tg = BY[iid]
            put(ws, r, 1, n); put(ws, r, m["ind"], names[k])
            if m["sat"]:
                put(ws, r, m["sat"], unit)
            if m["pol"]:
                put(ws, r, m["pol"], "Menurun" if low else "Meningkat")
            if y == 2024:
                for key, py in (("p22", 2022), ("p23", 2023)):
                    v = REAL.get((iid, py))
                    put(ws, r, m[key], "-" if v is None else v, numfmt(dec))
            put(ws, r, m["t"], tg[k], numfmt(dec)); put(ws, r, m["r"], REAL[(iid, y)], numfmt(dec))
            put(ws, r, m["c"], capaian(tg[k], REAL[(iid, y)], low), "0.00")
            add_key(y, r, iid)
            r += 1; n += 1
        put(ws, rs, m["sas"], SAS[s][k])
        if r - 1 > rs:
            ws.merge_cells(start_row=rs, start_column=m["sas"], end_row=r - 1, end_column=m["sas"])
        ws.cell(row=rs, column=m["sas"]).alignment = CENTER
    sign(ws, r + 2, 6 if y < 2024 else 8, y)
    if y == 2022:
        widths(ws, [5, 52, 34, 10, 15, 15, 10])
    elif y == 2024:
        widths(ws, [5, 32, 52, 10, 11, 15, 15, 15, 15, 10])
    else:
        widths(ws, [5, 34, 52, 11, 15, 15, 10])
wb.save(os.path.join(OUT, FNAME))
write_key(OUT, "Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Belitung Timur", YEARS, [FNAME], ROWS,
          [["atlet_berprestasi", "atlet_berprestasi_prov_nas"]])
print(len(ROWS), "rows")
