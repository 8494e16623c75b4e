"""Agency A: Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), Kab. Muara Selasih, 2019-2022.
Annual Pengukuran Kinerja tables whose layout changes every year. All figures invented."""
import os
from openpyxl import Workbook
from common import *

AGENCY = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muara Selasih"
FOLDER = os.path.join(ROOT, "a_disdukcapil")
YEARS = [2019, 2020, 2021, 2022]
GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"]

# id: (kind, unit, polarity, {year: (name, target, realisasi)})
IND = {
 "a01": ("pct", "%", "+", {
    2019: ("Prosentase penduduk wajib KTP-el yang telah melakukan perekaman", 96.00, 95.12),
    2020: ("Persentase penduduk wajib KTP-el yang telah melakukan perekaman", 97.00, 97.85),
    2021: ("Persentase perekaman KTP-el penduduk wajib KTP", 98.00, 98.41),
    2022: ("Persentase Penduduk Wajib KTP-el yang sudah Merekam", 98.50, 99.02)}),
 "a11": ("pct", "%", "+", {
    2019: ("Prosentase penduduk wajib KTP yang memiliki KTP-el", 93.00, 91.37),
    2020: ("Persentase kepemilikan KTP-el", 95.00, 94.60),
    2021: ("Persentase penduduk wajib KTP yang telah memiliki KTP-el", 96.00, 96.88),
    2022: ("Persentase kepemilikan KTP Elektronik", 97.00, 97.45)}),
 "a10": ("pct", "%", "+", {
    2019: ("Persentase kepemilikan Kartu Keluarga", 98.00, 98.64),
    2020: ("Persentase kepemilikan KK", 98.50, 99.10),
    2021: ("Persentase Kepala Keluarga yang memiliki Kartu Keluarga", 99.00, 99.27),
    2022: ("Persentase kepemilikan Kartu Keluarga (KK)", 99.20, 99.35)}),
 "a04": ("pct", "%", "+", {
    2019: ("Persentase anak yang memiliki Kartu Identitas Anak (KIA)", 20.00, 14.83),
    2020: ("Persentase kepemilikan KIA", 30.00, 27.46),
    2021: ("Persentase kepemilikan Kartu Identitas Anak", 40.00, 41.20),
    2022: ("Persentase Kepemilikan Kartu Identitas Anak (KIA)", 50.00, 52.73)}),
 "a05": ("cnt", "keping", "+", {
    2020: ("Jumlah KIA yang diterbitkan", 12000, 11386),
    2021: ("Jumlah Kartu Identitas Anak (KIA) yang diterbitkan", 15000, 16274),
    2022: ("Jumlah KIA diterbitkan", 15000, 14905)}),
 "a19": ("pct", "%", "+", {
    2019: ("Persentase penduduk yang memiliki NIK", 99.50, 99.71),
    2020: ("Persentase penduduk yang telah memiliki Nomor Induk Kependudukan (NIK)", 99.60, 99.78),
    2021: ("Persentase penduduk ber-NIK", 99.70, 99.81)}),
 "a20": ("cnt", "jiwa", "+", {
    2022: ("Jumlah penduduk yang telah aktivasi Identitas Kependudukan Digital (IKD)", 10000, 6418)}),
 "a02": ("pct", "%", "+", {
    2019: ("Prosentase kepemilikan akta kelahiran anak 0-18 tahun", 90.00, 88.75),
    2020: ("Persentase kepemilikan akta kelahiran anak usia 0-18 tahun", 92.00, 92.38),
    2021: ("Persentase anak usia 0-18 tahun yang memiliki akta kelahiran", 94.00, 94.12),
    2022: ("Persentase kepemilikan akta kelahiran anak (0-18 th)", 95.00, 95.61)}),
 "a23": ("pct", "%", "+", {
    2021: ("Persentase kepemilikan akta kelahiran penduduk", 85.00, 84.26),
    2022: ("Persentase penduduk yang memiliki akta kelahiran", 87.00, 87.90)}),
 "a03": ("cnt", "lembar", "+", {
    2019: ("Jumlah akta kelahiran yang diterbitkan", 9500, 10126),
    2020: ("Jumlah akta kelahiran diterbitkan", 9500, 8874),
    2021: ("Jumlah penerbitan akta kelahiran", 10000, 10482),
    2022: ("Jumlah akta kelahiran yang diterbitkan oleh Disdukcapil", 10000, 10935)}),
 "a06": ("pct", "%", "+", {
    2019: ("Prosentase kepemilikan akta kematian", 30.00, 26.41),
    2020: ("Persentase kepemilikan akta kematian", 35.00, 33.18),
    2021: ("Persentase kepemilikan akta kematian penduduk", 40.00, 42.57),
    2022: ("Persentase kepemilikan akta kematian", 45.00, 47.09)}),
 "a07": ("cnt", "lembar", "+", {
    2019: ("Jumlah akta kematian yang diterbitkan", 800, 745),
    2020: ("Jumlah akta kematian diterbitkan", 900, 1137),
    2021: ("Jumlah penerbitan akta kematian", 1000, 1402),
    2022: ("Jumlah akta kematian yang diterbitkan oleh Disdukcapil", 1100, 1056)}),
 "a08": ("pct", "%", "+", {
    2019: ("Persentase pasangan nikah non muslim yang memiliki akta perkawinan", 70.00, 68.20),
    2020: ("Persentase kepemilikan akta perkawinan bagi non muslim", 72.00, 73.05),
    2021: ("Persentase kepemilikan akta perkawinan (non muslim)", 75.00, 76.33),
    2022: ("Persentase kepemilikan akta perkawinan penduduk non muslim", 78.00, 78.90)}),
 "a09": ("pct", "%", "+", {
    2019: ("Persentase kepemilikan akta perceraian bagi non muslim", 60.00, 55.00),
    2020: ("Persentase kepemilikan akta perceraian bagi non muslim", 62.00, 64.29),
    2021: ("Persentase kepemilikan akta perceraian (non muslim)", 65.00, 66.67),
    2022: ("Persentase kepemilikan akta perceraian penduduk non muslim", 70.00, 71.43)}),
 "a12": ("hari", "hari", "-", {
    2019: ("Rata - rata waktu penyelesaian dokumen kependudukan", 3, 2.8),
    2020: ("Rata-rata waktu penyelesaian dokumen kependudukan", 3, 2.5),
    2021: ("Rata-rata lama waktu pelayanan dokumen kependudukan", 2, 1.9),
    2022: ("Rata-rata waktu penyelesaian dokumen adminduk", 1, 1.2)}),
 "a13": ("idx", "indeks", "+", {
    2019: ("Indeks Kepuasan Masyarakat (IKM)", 80.00, 81.34),
    2020: ("Nilai IKM pelayanan administrasi kependudukan", 81.00, 82.56),
    2021: ("Indeks Kepuasan Masyarakat", 82.00, 84.17),
    2022: ("Indeks Kepuasan Masyarakat terhadap layanan Disdukcapil", 83.00, 85.02)}),
 "a18": ("cnt", "desa/kel", "+", {
    2019: ("Jumlah desa yang dilayani jemput bola", 40, 46),
    2020: ("Jumlah desa/kelurahan terlayani layanan jemput bola", 60, 38),
    2021: ("Jumlah desa/kelurahan yang dilayani jemput bola", 60, 64),
    2022: ("Jumlah desa dan kelurahan terlayani pelayanan keliling (jemput bola)", 80, 83)}),
 "a22": ("pct", "%", "+", {
    2021: ("Persentase penduduk rentan administrasi kependudukan yang terlayani", 80.00, 83.50),
    2022: ("Persentase penduduk rentan adminduk yang dilayani", 85.00, 88.10)}),
 "a16": ("pct", "%", "+", {
    2019: ("Persentase pengaduan masyarakat yang ditindaklanjuti", 100.00, 100.00),
    2020: ("Persentase pengaduan yang ditindaklanjuti", 100.00, 96.15),
    2021: ("Persentase pengaduan masyarakat yang ditindaklanjuti", 100.00, 100.00),
    2022: ("Persentase pengaduan layanan adminduk yang ditindaklanjuti", 100.00, 98.72)}),
 "a14": ("cnt", "lembaga", "+", {
    2019: ("Jumlah lembaga pengguna yang memanfaatkan data kependudukan", 12, 14),
    2020: ("Jumlah lembaga pengguna yang memanfaatkan data kependudukan", 15, 17)}),
 "a15": ("cnt", "dokumen", "+", {
    2021: ("Jumlah Perjanjian Kerja Sama (PKS) pemanfaatan data kependudukan", 20, 22),
    2022: ("Jumlah PKS pemanfaatan data kependudukan dengan lembaga pengguna", 25, 27)}),
 "a17": ("pct", "%", "+", {
    2019: ("Persentase data kependudukan yang valid dan mutakhir", 95.00, 96.20),
    2020: ("Persentase data kependudukan yang valid dan mutakhir", 96.00, 96.85),
    2021: ("Persentase data penduduk yang valid dan termutakhirkan", 97.00, 97.30),
    2022: ("Persentase data kependudukan valid dan mutakhir", 97.50, 97.92)}),
 "a21": ("pct", "%", "+", {
    2019: ("Persentase aparatur yang mengikuti diklat teknis administrasi kependudukan", 30.00, 35.71),
    2020: ("Persentase aparatur yang mengikuti diklat teknis adminduk", 30.00, 21.43)}),
 "a26": ("grade", "predikat", "+", {
    2019: ("Nilai evaluasi SAKIP Dinas", "B", "B"),
    2020: ("Nilai evaluasi SAKIP", "B", "BB"),
    2021: ("Nilai SAKIP Disdukcapil", "BB", "BB"),
    2022: ("Hasil evaluasi SAKIP", "BB", "BB")}),
 "a27": ("pct", "%", "+", {
    2019: ("Persentase dokumen perencanaan dan pelaporan yang disusun tepat waktu", 100.00, 100.00),
    2020: ("Prosentase dokumen perencanaan dan pelaporan tepat waktu", 100.00, 100.00),
    2021: ("Persentase dokumen perencanaan, penganggaran dan pelaporan kinerja yang tepat waktu", 100.00, 100.00),
    2022: ("Persentase dokumen perencanaan dan pelaporan kinerja tepat waktu", 100.00, 100.00)}),
 "a28": ("pct", "%", "+", {
    2019: ("Persentase sarana dan prasarana pelayanan yang memadai", 85.00, 86.67),
    2020: ("Persentase pemenuhan sarana dan prasarana pelayanan", 88.00, 88.24),
    2021: ("Persentase pemenuhan sarana dan prasarana pelayanan adminduk", 90.00, 91.18),
    2022: ("Persentase pemenuhan sarana prasarana pelayanan administrasi kependudukan", 92.00, 94.12)}),
}

SAS_OLD = [
 ("Meningkatnya kualitas pelayanan administrasi kependudukan",
  ["a01", "a11", "a10", "a04", "a05", "a19", "a12", "a13", "a18", "a16"]),
 ("Meningkatnya kepemilikan dokumen pencatatan sipil",
  ["a02", "a03", "a06", "a07", "a08", "a09"]),
 ("Meningkatnya pemanfaatan data kependudukan dan kualitas informasi administrasi kependudukan",
  ["a14", "a17"]),
 ("Meningkatnya kualitas tata kelola dan akuntabilitas kinerja dinas",
  ["a21", "a26", "a27", "a28"]),
]
SAS_NEW = [
 ("Meningkatnya cakupan kepemilikan dokumen kependudukan",
  ["a01", "a11", "a10", "a04", "a05", "a19", "a20"]),
 ("Meningkatnya cakupan kepemilikan dokumen pencatatan sipil",
  ["a02", "a23", "a03", "a06", "a07", "a08", "a09"]),
 ("Meningkatnya kualitas pelayanan dan pemanfaatan data kependudukan",
  ["a12", "a13", "a18", "a22", "a16", "a15", "a17"]),
 ("Meningkatnya akuntabilitas kinerja Disdukcapil", ["a26", "a27", "a28"]),
]
RENSTRA_2026 = {"a01": 99.5, "a11": 99.0, "a10": 99.5, "a04": 75.0, "a05": 16000, "a19": 100.0,
                "a02": 98.0, "a23": 92.0, "a03": 11000, "a06": 60.0, "a07": 1300, "a08": 85.0,
                "a09": 80.0, "a12": 1, "a13": 88.0, "a18": 120, "a22": 95.0, "a16": 100.0,
                "a15": 40, "a17": 99.0, "a26": "A", "a27": 100.0, "a28": 100.0, "a20": None}
EXTRA_PAST = {("a23", 2020): 82.17}

HEAD_OLD = ("Drs. HENDRA WIRATAMA, M.Si", "Pembina Utama Muda", "NIP. 19680314 199203 1 007")
HEAD_NEW = ("RATNA KUSUMAWARDANI, S.H., M.H.", "Pembina Tingkat I", "NIP. 19750822 200012 2 003")


def groups(year):
    sas = SAS_OLD if year <= 2020 else SAS_NEW
    out = []
    for s, ids in sas:
        ids = [i for i in ids if year in IND[i][3]]
        if ids:
            out.append((s, ids))
    return out


def data(i, year):
    kind, unit, pol, ys = IND[i]
    name, t, r = ys[year]
    return kind, unit, pol, name, t, r


def cap(kind, pol, t, r):
    if kind == "grade":
        return 100 if GRADES.index(r) >= GRADES.index(t) else None
    return capaian(t, r, neg=(pol == "-"))


def numval(kind, v):
    return None if kind == "grade" else v


def txt_with_unit(kind, unit, v):
    if kind == "grade":
        return v
    if kind == "pct":
        return f"{fmt_id(v, 2)} %"
    if kind == "idx":
        return fmt_id(v, 2)
    if kind == "hari":
        return f"{fmt_id(v, 0 if float(v).is_integer() else 1)} hari"
    return f"{fmt_id(v, 0)} {unit}"


def signature(ws, row, col, year, head, date):
    text(ws, row, col, f"{IBUKOTA}, {date}")
    text(ws, row + 1, col, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    text(ws, row + 2, col, f"KABUPATEN {KAB_UP},")
    text(ws, row + 6, col, head[0], bold=True)
    text(ws, row + 7, col, head[1])
    text(ws, row + 8, col, head[2])


# ---------------------------------------------------------------- 2019: Banjar style, value+unit in one text cell
def sheet_2019(ws, rec, fname):
    year = 2019
    widths(ws, [38, 52, 16, 16, 12])
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                           f"KABUPATEN {KAB_UP}", "TAHUN 2019"], start=1):
        title(ws, i, t, 1, 5)
    text(ws, 6, 1, f"Kabupaten : {KAB}")
    text(ws, 7, 1, "Nama SKPD : Dinas Kependudukan dan Pencatatan Sipil")
    merge(ws, 9, 1, 10, 1, "Sasaran Strategis", bold=True, align=CENTER)
    merge(ws, 9, 2, 10, 2, "Indikator Kinerja", bold=True, align=CENTER)
    merge(ws, 9, 3, 9, 5, "Tahun 2019", bold=True, align=CENTER)
    for c, h in zip((3, 4, 5), ("Target", "Realisasi", "% Realisasi")):
        put(ws, 10, c, h, bold=True, align=CENTER)
    row = 11
    for sas, ids in groups(year):
        start = row
        for i in ids:
            kind, unit, pol, name, t, r = data(i, year)
            put(ws, row, 2, name)
            put(ws, row, 3, txt_with_unit(kind, unit, t))
            put(ws, row, 4, txt_with_unit(kind, unit, r))
            put(ws, row, 5, cap(kind, pol, t, r), fmt='0.00')
            rec.add(fname, ws.title, row, year, name, i, numval(kind, t), numval(kind, r),
                    cl(2, row), spec(cl(3, row), "null" if kind == "grade" else "one"),
                    spec(cl(4, row), "null" if kind == "grade" else "one"))
            row += 1
        merge(ws, start, 1, row - 1, 1, sas)
    row += 1
    text(ws, row, 1, "Jumlah Anggaran Kegiatan Tahun 2019 : Rp. 4.215.630.500")
    text(ws, row + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun 2019 : Rp. 3.962.118.740")
    signature(ws, row + 3, 4, year, HEAD_OLD, "31 Desember 2019")


# ---------------------------------------------------------------- 2020: Satuan column, Realisasi tahun lalu
def sheet_2020(ws, rec, fname):
    year = 2020
    widths(ws, [5, 34, 50, 11, 14, 12, 12, 11, 22])
    title(ws, 1, "PENGUKURAN KINERJA TAHUN 2020", 1, 9)
    title(ws, 2, f"DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN {KAB_UP}", 1, 9)
    for c, h in ((1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (5, "Realisasi Tahun Lalu (2019)"), (9, "Keterangan")):
        merge(ws, 4, c, 5, c, h, bold=True, align=CENTER)
    merge(ws, 4, 6, 4, 8, "Tahun 2020", bold=True, align=CENTER)
    for c, h in zip((6, 7, 8), ("Target", "Realisasi", "Capaian (%)")):
        put(ws, 5, c, h, bold=True, align=CENTER)
    for c in range(1, 10):
        put(ws, 6, c, f"({c})", align=CENTER)
    row, no = 7, 1
    for sas, ids in groups(year):
        first = True
        for i in ids:
            kind, unit, pol, name, t, r = data(i, year)
            put(ws, row, 1, no, align=CENTER)
            put(ws, row, 2, sas if first else None)
            first = False
            put(ws, row, 3, name)
            put(ws, row, 4, {"pct": "%", "idx": "indeks", "grade": "predikat"}.get(kind, unit))
            prev = IND[i][3].get(2019)
            f = '0.00' if kind in ("pct", "idx") else ('0.0' if kind == "hari" else FMT_INT)
            if kind == "grade":
                put(ws, row, 5, prev[2] if prev else "-")
                put(ws, row, 6, t)
                put(ws, row, 7, r)
                put(ws, row, 8, 100, fmt='0.00')
            else:
                put(ws, row, 5, prev[2] if prev else "-", fmt=f)
                put(ws, row, 6, t, fmt=f)
                if i in ("a05", "a07"):           # typed as text with Indonesian grouping
                    put(ws, row, 7, fmt_id(r, 0))
                    put(ws, row, 8, cap(kind, pol, t, r), fmt='0.00')
                else:
                    put(ws, row, 7, r, fmt=f)
                    if pol == "-":
                        put(ws, row, 8, f"=ROUND((2*F{row}-G{row})/F{row}*100,2)", fmt='0.00')
                    else:
                        put(ws, row, 8, f"=ROUND(G{row}/F{row}*100,2)", fmt='0.00')
            put(ws, row, 9, "Indikator negatif (makin kecil makin baik)" if pol == "-" else None)
            rec.add(fname, ws.title, row, year, name, i, numval(kind, t), numval(kind, r),
                    cl(3, row), spec(cl(6, row), "null" if kind == "grade" else "one"),
                    spec(cl(7, row), "null" if kind == "grade" else "one"))
            row += 1
            no += 1
    row += 1
    text(ws, row, 2, "Jumlah Anggaran Tahun 2020 (setelah refocusing) : Rp. 3.874.210.000")
    text(ws, row + 1, 2, "Jumlah Realisasi Anggaran Tahun 2020 : Rp. 3.512.664.385")
    signature(ws, row + 3, 6, year, HEAD_OLD, "31 Desember 2020")


# ---------------------------------------------------------------- 2021: LKjIP chapter III table
def sheet_2021(ws, rec, fname):
    year = 2021
    widths(ws, [5, 30, 46, 10, 11, 11, 11, 11, 11, 12, 14])
    text(ws, 1, 1, "BAB III", bold=True)
    text(ws, 2, 1, "AKUNTABILITAS KINERJA", bold=True)
    text(ws, 3, 1, "A. Capaian Kinerja Organisasi", bold=True)
    merge(ws, 4, 1, 4, 11, "Pengukuran capaian kinerja Dinas Kependudukan dan Pencatatan Sipil Tahun 2021 "
          "dilakukan dengan membandingkan target dan realisasi indikator kinerja sasaran strategis sebagaimana "
          "ditetapkan dalam Perjanjian Kinerja Tahun 2021, serta membandingkannya dengan realisasi tahun-tahun "
          "sebelumnya dan target akhir Renstra 2021-2026, sebagaimana disajikan pada tabel berikut:", border=False)
    ws.row_dimensions[4].height = 48
    title(ws, 6, "Tabel 3.1", 1, 11, size=11)
    title(ws, 7, "Perbandingan Realisasi dan Capaian Kinerja Tahun 2021 dengan Tahun 2019, 2020 "
          "dan Target Akhir Renstra", 1, 11, size=11)
    for c, h in ((1, "No"), (2, "Sasaran Strategis"), (3, "Indikator Kinerja"), (4, "Satuan"),
                 (8, "Target 2021"), (9, "Capaian 2021 (%)"), (10, "Target Akhir Renstra (2026)"),
                 (11, "Capaian s.d. 2021 terhadap Target Akhir Renstra (%)")):
        merge(ws, 9, c, 10, c, h, bold=True, align=CENTER)
    merge(ws, 9, 5, 9, 7, "Realisasi", bold=True, align=CENTER)
    for c, h in zip((5, 6, 7), ("2019", "2020", "2021")):
        put(ws, 10, c, h, bold=True, align=CENTER)
    for c in range(1, 12):
        put(ws, 11, c, c, align=CENTER)
    row, no = 12, 1
    for sas, ids in groups(year):
        start = row
        for i in ids:
            kind, unit, pol, name, t, r = data(i, year)
            put(ws, row, 1, no, align=CENTER)
            put(ws, row, 3, name)
            put(ws, row, 4, {"pct": "%", "idx": "indeks", "grade": "predikat"}.get(kind, unit))
            if kind == "pct":
                f, conv = FMT_PCT, (lambda v: v / 100)
            elif kind in ("idx",):
                f, conv = '0.00', (lambda v: v)
            elif kind == "hari":
                f, conv = '0.0', (lambda v: v)
            else:
                f, conv = FMT_INT, (lambda v: v)
            for c, y in ((5, 2019), (6, 2020)):
                past = IND[i][3].get(y)
                v = past[2] if past else EXTRA_PAST.get((i, y))
                if v is None:
                    put(ws, row, c, "-", align=CENTER)
                elif kind == "grade":
                    put(ws, row, c, v, align=CENTER)
                else:
                    put(ws, row, c, conv(v), fmt=f)
            ren = RENSTRA_2026[i]
            if kind == "grade":
                put(ws, row, 7, r, align=CENTER)
                put(ws, row, 8, t, align=CENTER)
                put(ws, row, 9, 100, fmt='0.00')
                put(ws, row, 10, ren, align=CENTER)
                put(ws, row, 11, "-", align=CENTER)
            else:
                put(ws, row, 7, conv(r), fmt=f)
                put(ws, row, 8, conv(t), fmt=f)
                put(ws, row, 10, conv(ren), fmt=f)
                if pol == "-":
                    put(ws, row, 9, f"=ROUND((2*H{row}-G{row})/H{row}*100,2)", fmt='0.00')
                    put(ws, row, 11, f"=ROUND(J{row}/G{row}*100,2)", fmt='0.00')
                else:
                    put(ws, row, 9, f"=ROUND(G{row}/H{row}*100,2)", fmt='0.00')
                    put(ws, row, 11, f"=ROUND(G{row}/J{row}*100,2)", fmt='0.00')
            rec.add(fname, ws.title, row, year, name, i, numval(kind, t), numval(kind, r),
                    cl(3, row), spec(cl(8, row), "null" if kind == "grade" else "one"),
                    spec(cl(7, row), "null" if kind == "grade" else "one"))
            row += 1
            no += 1
        merge(ws, start, 2, row - 1, 2, sas)
    text(ws, row + 1, 1, "Sumber: Disdukcapil Kab. Muara Selasih (data SIAK, diolah), 2022")
    text(ws, row + 3, 1, "Dari tabel di atas dapat dilihat bahwa sebagian besar indikator kinerja telah mencapai "
         "target yang ditetapkan dalam Perjanjian Kinerja Tahun 2021.")


# ---------------------------------------------------------------- 2022: Banjar 2015 style, split value / unit
def sheet_2022(ws, rec, fname):
    year = 2022
    widths(ws, [36, 54, 11, 10, 11, 10, 10])
    for i, t in enumerate(["PENGUKURAN KINERJA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                           f"KABUPATEN {KAB_UP}", "TAHUN 2022"], start=1):
        title(ws, i, t, 1, 7)
    text(ws, 6, 1, f"Kabupaten : {KAB}")
    text(ws, 7, 1, "Nama Perangkat Daerah : Dinas Kependudukan dan Pencatatan Sipil")
    put(ws, 9, 1, "Sasaran Strategis", bold=True, align=CENTER)
    put(ws, 9, 2, "Indikator Kinerja", bold=True, align=CENTER)
    merge(ws, 9, 3, 9, 4, "Target", bold=True, align=CENTER)
    merge(ws, 9, 5, 9, 6, "Realisasi", bold=True, align=CENTER)
    put(ws, 9, 7, "%", bold=True, align=CENTER)
    put(ws, 10, 1, "(1)", align=CENTER)
    put(ws, 10, 2, "(2)", align=CENTER)
    merge(ws, 10, 3, 10, 4, "(3)", align=CENTER)
    merge(ws, 10, 5, 10, 6, "(4)", align=CENTER)
    put(ws, 10, 7, "(5)", align=CENTER)
    row = 11
    for gi, (sas, ids) in enumerate(groups(year)):
        start = row
        for i in ids:
            kind, unit, pol, name, t, r = data(i, year)
            put(ws, row, 2, name)
            frac = (kind == "pct" and gi >= 1)     # from the 2nd sasaran on, % typed as fractions
            if kind == "grade":
                put(ws, row, 3, t, align=CENTER); put(ws, row, 4, None)
                put(ws, row, 5, r, align=CENTER); put(ws, row, 6, None)
                put(ws, row, 7, 100, fmt='0.00')
            elif i == "a20":                     # typed as text
                put(ws, row, 3, fmt_id(t, 0)); put(ws, row, 4, unit)
                put(ws, row, 5, fmt_id(r, 0)); put(ws, row, 6, unit)
                put(ws, row, 7, cap(kind, pol, t, r), fmt='0.00')
            else:
                if frac:
                    put(ws, row, 3, t / 100, fmt=FMT_PCT); put(ws, row, 4, None)
                    put(ws, row, 5, r / 100, fmt=FMT_PCT); put(ws, row, 6, None)
                else:
                    f = '0.00' if kind in ("pct", "idx") else ('0.0' if kind == "hari" else FMT_INT)
                    u = {"pct": "%", "idx": "indeks"}.get(kind, unit)
                    put(ws, row, 3, t, fmt=f); put(ws, row, 4, u)
                    put(ws, row, 5, r, fmt=f); put(ws, row, 6, u)
                if pol == "-":
                    put(ws, row, 7, f"=ROUND((2*C{row}-E{row})/C{row}*100,2)", fmt='0.00')
                else:
                    put(ws, row, 7, f"=ROUND(E{row}/C{row}*100,2)", fmt='0.00')
            rec.add(fname, ws.title, row, year, name, i, numval(kind, t), numval(kind, r),
                    cl(2, row), spec(cl(3, row), "null" if kind == "grade" else "one"),
                    spec(cl(5, row), "null" if kind == "grade" else "one"))
            row += 1
        merge(ws, start, 1, row - 1, 1, sas)
    row += 1
    text(ws, row, 1, "Jumlah Anggaran Kegiatan Tahun 2022 : Rp. 5.106.775.000")
    text(ws, row + 1, 1, "Jumlah Realisasi Anggaran Kegiatan Tahun 2022 : Rp. 4.853.902.116")
    signature(ws, row + 3, 5, year, HEAD_NEW, "30 Desember 2022")


def main():
    rec = Recorder(AGENCY, YEARS)
    f1 = "PK Disdukcapil 2019-2020.xls"
    wb = Workbook()
    ws = wb.active; ws.title = "PK 2019"
    sheet_2019(ws, rec, f1)
    sheet_2020(wb.create_sheet("PK 2020"), rec, f1)
    ship(wb, "a_2019_2020.xlsx", FOLDER, f1)

    f2 = "LKjIP 2021 Bab III - Disdukcapil.ods"
    wb = Workbook(); ws = wb.active; ws.title = "Tabel 3.1"
    sheet_2021(ws, rec, f2)
    ship(wb, "a_2021.xlsx", FOLDER, f2)

    f3 = "Pengukuran Kinerja Disdukcapil 2022.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "PK 2022"
    sheet_2022(ws, rec, f3)
    ship(wb, "a_2022.xlsx", FOLDER, f3)

    rec.files = [f1, f2, f3]
    rec.ambiguous = [["a14", "a15"]]
    rec.write(FOLDER, "a")
    print("agency A:", len(rec.rows), "key rows")


if __name__ == "__main__":
    main()
