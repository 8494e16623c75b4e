# -*- coding: utf-8 -*-
"""Invented indicator catalogue for three OPD of the invented Kabupaten Teluk Wangsa.

Each indicator: id, sasaran key, kind, unit, q (quarter style), neg, names (one per
year of the agency, None = absent that year), t0/step for the generated figures.
kind: pct (percent points), idx (index/nilai, 2 dec), cnt (count), rpm (Rp miliar, 2 dec),
      rp (rupiah), rank (peringkat, lower is better)
q: per = quarter figures add up (realisasi tahunan = sum of quarters)
   cum = cumulative quarters (realisasi tahunan = TW IV)
   end = measured once at year end (TW I-III '-', realisasi tahunan = TW IV)
"""
import random

KAB = "Teluk Wangsa"
IBUKOTA = "Sungai Baru"


def I(id, s, kind, unit, q, names, t0, step, neg=False):
    return dict(id=id, s=s, kind=kind, unit=unit, q=q, names=names, t0=t0, step=step, neg=neg)


# ---------------------------------------------------------------- A: perpustakaan
A = dict(
    code="a", folder="perpus", years=[2018, 2019, 2020, 2021],
    agency="Dinas Perpustakaan dan Kearsipan Kabupaten Teluk Wangsa",
    sasaran={
        "S1": ["Meningkatnya budaya gemar membaca dan literasi masyarakat"] * 2 + ["Meningkatnya budaya literasi masyarakat"] * 2,
        "S2": ["Meningkatnya kualitas pengelolaan arsip daerah"] * 2 + ["Meningkatnya tertib penyelenggaraan kearsipan daerah"] * 2,
        "S3": ["Meningkatnya akuntabilitas kinerja Dinas"] * 2 + ["Meningkatnya akuntabilitas kinerja Perangkat Daerah"] * 2,
    },
    inds=[
        I("a01", "S1", "idx", "nilai", "end", ["Tingkat Kegemaran Membaca Masyarakat", "Tingkat Kegemaran Membaca Masyarakat (TGM)", "TGM (Tingkat Gemar Membaca) Masyarakat", "Nilai Tingkat Kegemaran Membaca (TGM)"], 52.3, 1.8),
        I("a02", "S1", "idx", "nilai", "end", [None, "Indeks Pembangunan Literasi Masyarakat (IPLM)", "IPLM", "Nilai Indeks Pembangunan Literasi Masyarakat"], 43.2, 2.5),
        I("a03", "S1", "cnt", "orang", "per", ["Jumlah pengunjung perpustakaan", "Jumlah Pengunjung Perpustakaan Daerah", "Jumlah kunjungan ke perpustakaan", None], 38500, .06),
        I("a25", "S1", "cnt", "orang", "per", [None, None, None, "Jumlah pemustaka yang memanfaatkan layanan perpustakaan (fisik dan digital)"], 40000, .15),
        I("a26", "S1", "cnt", "orang/hari", "end", ["Rata - rata kunjungan perpustakaan per hari", "Rata - rata kunjungan perpustakaan per hari", "Rata-rata kunjungan perpustakaan perhari", "Rata-rata jumlah kunjungan per hari"], 135, .05),
        I("a04", "S1", "cnt", "orang", "cum", ["Jumlah anggota perpustakaan", "Jumlah anggota perpustakaan", "Jumlah anggota perpustakaan yang terdaftar", "Jumlah Anggota Perpustakaan"], 4200, .08),
        I("a05", "S1", "cnt", "eksemplar", "cum", ["Jumlah koleksi bahan pustaka", "Jumlah koleksi buku perpustakaan (eksemplar)", "Jumlah eksemplar koleksi bahan pustaka", "Jumlah eksemplar koleksi bahan pustaka"], 52000, .05),
        I("a06", "S1", "cnt", "judul", "cum", [None, None, "Jumlah judul koleksi bahan pustaka", "Jumlah judul koleksi bahan pustaka"], 17000, .04),
        I("a07", "S1", "pct", "%", "cum", ["Prosentase perpustakaan desa yang dibina", "Persentase Perpustakaan Desa/Kelurahan yang dibina", "Persentase perpustakaan desa/kel. yang mendapat pembinaan", "Persentase perpustakaan desa/kelurahan yang mendapat pembinaan"], 35, 10),
        I("a08", "S1", "cnt", "unit", "end", [None, None, "Jumlah perpustakaan sekolah yang terakreditasi", "Jumlah perpustakaan sekolah terakreditasi"], 10, .2),
        I("a10", "S1", "cnt", "lokasi", "per", ["Jumlah lokasi layanan perpustakaan keliling", "Jumlah lokasi layanan perpustakaan keliling", "Jumlah titik layanan Perpustakaan Keliling", "Jumlah lokasi layanan pusling"], 24, .1),
        I("a12", "S1", "cnt", "kegiatan", "per", ["Jumlah kegiatan pembudayaan kegemaran membaca", "Jumlah kegiatan promosi gemar membaca", "Jumlah kegiatan pembudayaan gemar membaca", None], 8, .1),
        I("a11", "S1", "idx", "nilai", "end", [None, "Indeks Kepuasan Masyarakat terhadap layanan perpustakaan", "IKM Layanan Perpustakaan", "Indeks Kepuasan Masyarakat (IKM) layanan perpustakaan"], 77, 1),
        I("a24", "S1", "cnt", "orang", "per", [None, None, "Jumlah pengakses perpustakaan digital (e-Pustaka Wangsa)", "Jumlah pengunjung perpustakaan digital"], 6000, .4),
        I("a13", "S2", "pct", "%", "cum", ["Prosentase arsip yang tertata", "Persentase arsip yang tertata", "Persentase arsip yang tertata sesuai standar", "Persentase arsip tertata"], 60, 6),
        I("a14", "S2", "cnt", "berkas", "per", ["Jumlah arsip yang tertata", "Jumlah arsip yang tertata", "Jumlah berkas arsip yang tertata", "Jumlah arsip yang tertata"], 8500, .1),
        I("a15", "S2", "pct", "%", "end", ["Persentase OPD yang menerapkan pengelolaan arsip sesuai kaidah kearsipan", "Persentase OPD yang menerapkan pengelolaan arsip sesuai kaidah kearsipan", "Persentase Perangkat Daerah yang menerapkan pengelolaan arsip sesuai kaidah kearsipan", "Persentase Perangkat Daerah yang tertib kearsipan"], 40, 10),
        I("a16", "S2", "idx", "nilai", "end", ["Nilai hasil pengawasan kearsipan", "Nilai hasil pengawasan kearsipan internal", "Nilai Pengawasan Kearsipan Internal", "Hasil pengawasan kearsipan internal (nilai)"], 62, 4),
        I("a17", "S2", "cnt", "berkas", "per", ["Jumlah arsip statis yang diakuisisi", "Jumlah arsip statis yang diakuisisi", "Jumlah arsip statis yang diakuisisi", "Jumlah akuisisi arsip statis"], 350, .1),
        I("a18", "S2", "cnt", "berkas", "per", [None, "Jumlah arsip vital yang terselamatkan", "Jumlah arsip vital yang diselamatkan", "Jumlah arsip vital yang diselamatkan"], 400, .05),
        I("a19", "S2", "cnt", "desa", "end", ["Jumlah desa yang menerapkan tertib arsip", "Jumlah desa yang menerapkan tertib arsip", None, "Jumlah desa tertib arsip"], 15, .2),
        I("a20", "S2", "pct", "%", "end", ["Persentase arsip yang rusak", "Persentase arsip yang mengalami kerusakan", "Persentase arsip yang rusak", "Persentase arsip rusak"], 12, -2, neg=True),
        I("a21", "S3", "idx", "nilai", "end", ["Nilai SAKIP Dinas Perpustakaan dan Kearsipan", "Nilai Evaluasi SAKIP", "Nilai AKIP Perangkat Daerah", "Nilai AKIP Perangkat Daerah"], 58, 3),
        I("a22", "S3", "pct", "%", "cum", ["Persentase realisasi anggaran", "Persentase serapan anggaran", "Persentase realisasi anggaran", "Persentase Realisasi Anggaran"], 95, .5),
        I("a23", "S3", "cnt", "dokumen", "per", ["Jumlah dokumen perencanaan dan pelaporan yang tersusun tepat waktu", "Jumlah dokumen perencanaan dan pelaporan tepat waktu", "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun", "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu"], 8, 0),
    ],
    ambiguous=[["a03", "a25"]],
)

# ---------------------------------------------------------------- B: kelautan dan perikanan
B = dict(
    code="b", folder="dkp", years=[2019, 2020, 2021, 2022],
    agency="Dinas Kelautan dan Perikanan Kabupaten Teluk Wangsa",
    sasaran={
        "S1": ["Meningkatnya produksi perikanan tangkap dan budidaya"] * 2 + ["Meningkatnya produksi dan produktivitas perikanan"] * 2,
        "S2": ["Meningkatnya konsumsi ikan dan daya saing produk perikanan"] * 4,
        "S3": ["Terjaganya kelestarian sumber daya kelautan dan perikanan"] * 4,
        "S4": ["Meningkatnya akuntabilitas kinerja perangkat daerah"] * 4,
    },
    inds=[
        I("b01", "S1", "cnt", "ton", "per", ["Produksi perikanan tangkap", "Produksi Perikanan Tangkap", "Jumlah produksi perikanan tangkap", "Produksi perikanan tangkap di laut"], 21500, .04),
        I("b02", "S1", "cnt", "ton", "per", ["Produksi perikanan budidaya", "Produksi Perikanan Budidaya", "Jumlah produksi perikanan budidaya", "Produksi perikanan budidaya"], 8700, .06),
        I("b04", "S1", "cnt", "ton", "per", [None, "Produksi rumput laut", "Produksi rumput laut (ton basah)", "Jumlah produksi rumput laut"], 3000, .08),
        I("b05", "S1", "rpm", "Rp. Miliar", "per", ["Nilai produksi perikanan", "Nilai Produksi Perikanan", "Nilai produksi perikanan", None], 412.5, .05),
        I("b06", "S1", "cnt", "orang", "end", ["Jumlah nelayan", "Jumlah nelayan", "Jumlah nelayan", "Jumlah nelayan"], 12400, .01),
        I("b07", "S1", "cnt", "orang", "end", ["Jumlah pembudidaya ikan", "Jumlah pembudi daya ikan", "Jumlah pembudidaya ikan", "Jumlah Pembudidaya Ikan"], 3100, .03),
        I("b08", "S1", "cnt", "unit", "end", ["Jumlah kapal perikanan", "Jumlah armada penangkapan ikan", "Jumlah armada kapal perikanan", None], 2850, .02),
        I("b09", "S1", "cnt", "orang", "cum", ["Jumlah nelayan yang memiliki Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)", "Jumlah nelayan pemilik kartu KUSUKA", "Jumlah nelayan yang memiliki kartu KUSUKA", None], 3000, .25),
        I("b27", "S1", "cnt", "orang", "cum", [None, None, None, "Jumlah pelaku usaha perikanan yang memiliki KUSUKA"], 6500, 0),
        I("b10", "S1", "cnt", "orang", "cum", ["Jumlah nelayan yang terlindungi asuransi", "Jumlah nelayan yang mendapatkan asuransi", "Jumlah nelayan penerima premi asuransi nelayan", None], 800, .15),
        I("b11", "S2", "idx", "kg/kapita/tahun", "end", ["Angka Konsumsi Ikan", "Tingkat konsumsi ikan masyarakat", "AKI (kg/kap/thn)", "Angka Konsumsi Ikan (AKI)"], 38.5, 1.2),
        I("b12", "S2", "cnt", "unit", "end", ["Jumlah unit pengolahan ikan (UPI)", "Jumlah Unit Pengolahan Ikan", "Jumlah UPI", "Jumlah unit pengolahan ikan"], 145, .05),
        I("b13", "S2", "cnt", "unit", "end", ["Jumlah UPI yang memiliki SKP", "Jumlah UPI yang memiliki Sertifikat Kelayakan Pengolahan (SKP)", "Jumlah UPI ber-SKP", "Jumlah unit pengolahan ikan yang memiliki SKP"], 18, .15),
        I("b14", "S2", "cnt", "kelompok", "end", ["Jumlah Pokdakan yang dibina", "Jumlah kelompok pembudidaya ikan (Pokdakan) yang dibina", "Jumlah Pokdakan yang dibina", "Jumlah Pokdakan binaan"], 60, .08),
        I("b15", "S2", "cnt", "kelompok", "end", ["Jumlah KUB nelayan yang dibina", "Jumlah Kelompok Usaha Bersama (KUB) nelayan yang dibina", "Jumlah KUB yang dibina", "Jumlah KUB nelayan binaan"], 45, .08),
        I("b16", "S2", "pct", "%", "end", ["Persentase pembudidaya ikan yang menerapkan CBIB", "Prosentase pembudidaya yang menerapkan Cara Budidaya Ikan yang Baik (CBIB)", "Persentase pembudidaya ikan yang menerapkan CBIB", "Persentase pembudidaya ikan penerap CBIB"], 22, 5),
        I("b17", "S2", "cnt", "ekor", "per", ["Jumlah benih ikan yang diproduksi BBI", "Jumlah produksi benih ikan BBI", "Jumlah benih ikan yang dihasilkan Balai Benih Ikan (BBI)", "Jumlah benih ikan yang diproduksi BBI"], 1150000, .04),
        I("b18", "S3", "cnt", "ha", "end", ["Luas kawasan konservasi perairan yang dikelola", "Luas kawasan konservasi perairan", "Luas Kawasan Konservasi Perairan Daerah (KKPD) yang dikelola", "Luas kawasan konservasi perairan yang dikelola"], 12500, .03),
        I("b19", "S3", "pct", "%", "end", ["Persentase kerusakan terumbu karang", "Persentase terumbu karang dalam kondisi rusak", "Persentase kerusakan terumbu karang", "Persentase tutupan terumbu karang rusak"], 34, -2, neg=True),
        I("b20", "S3", "cnt", "kasus", "per", ["Jumlah kasus destructive fishing", "Jumlah kasus penangkapan ikan yang merusak (destructive fishing)", "Jumlah kasus destructive fishing", "Jumlah pelanggaran destructive fishing"], 14, -2, neg=True),
        I("b21", "S3", "cnt", "kelompok", "end", ["Jumlah Pokmaswas yang aktif", "Jumlah Pokmaswas aktif", "Jumlah kelompok masyarakat pengawas (Pokmaswas) yang aktif", "Jumlah Pokmaswas yang aktif"], 22, .08),
        I("b22", "S3", "cnt", "ha", "end", ["Luas lahan budidaya yang dimanfaatkan", "Luas areal budidaya ikan", "Luas lahan budidaya perikanan yang dimanfaatkan", None], 1850, .04),
        I("b23", "S2", "idx", "nilai", "end", [None, "Nilai Tukar Nelayan (NTN)", "Nilai Tukar Nelayan", "NTN"], 101.5, 1.2),
        I("b24", "S2", "idx", "nilai", "end", [None, "Nilai Tukar Pembudidaya Ikan (NTPi)", "Nilai Tukar Pembudidaya Ikan", "NTPi"], 99.8, 1.0),
        I("b25", "S4", "idx", "nilai", "end", ["Nilai SAKIP", "Nilai SAKIP Dinas", "Nilai evaluasi AKIP", "Nilai AKIP"], 60.5, 3),
        I("b26", "S4", "pct", "%", "cum", ["Persentase realisasi anggaran", "Persentase realisasi anggaran", "Persentase serapan anggaran", "Persentase Realisasi Keuangan"], 96, 0),
    ],
    ambiguous=[["b09", "b27"]],
)

# ---------------------------------------------------------------- C: pemuda dan olahraga (+ pariwisata from 2022)
C = dict(
    code="c", folder="dispora", years=[2020, 2021, 2022, 2023],
    agency="Dinas Pemuda dan Olahraga Kabupaten Teluk Wangsa",
    agency_late="Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Teluk Wangsa",
    sasaran={
        "S1": ["Meningkatnya partisipasi dan peran pemuda dalam pembangunan"] * 4,
        "S2": ["Meningkatnya prestasi dan budaya olahraga"] * 2 + ["Meningkatnya prestasi olahraga dan budaya olahraga masyarakat"] * 2,
        "S3": [None, None, "Meningkatnya kunjungan wisata dan ekonomi kreatif", "Meningkatnya kunjungan wisata dan ekonomi kreatif"],
        "S4": ["Meningkatnya akuntabilitas kinerja perangkat daerah"] * 4,
    },
    inds=[
        I("c01", "S1", "idx", "nilai", "end", ["Indeks Pembangunan Pemuda", "IPP Kabupaten Teluk Wangsa", "Indeks Pembangunan Pemuda (IPP)", "Nilai IPP"], 48.5, 1.5),
        I("c02", "S1", "cnt", "organisasi", "end", ["Jumlah organisasi kepemudaan yang aktif", "Jumlah OKP yang aktif", "Jumlah Organisasi Kepemudaan (OKP) aktif", "Jumlah organisasi kepemudaan aktif"], 34, .06),
        I("c03", "S1", "cnt", "orang", "per", ["Jumlah wirausaha muda baru", "Jumlah wirausaha muda baru", "Jumlah wirausaha muda pemula", "Jumlah wirausahawan muda baru"], 40, .15),
        I("c04", "S1", "cnt", "orang", "per", ["Jumlah pemuda yang mengikuti pelatihan kewirausahaan", "Jumlah pemuda yang dilatih kewirausahaan", None, None], 120, .1),
        I("c05", "S1", "pct", "%", "end", ["Persentase pemuda yang aktif dalam kegiatan sosial kemasyarakatan", "Prosentase pemuda yang aktif dalam kegiatan sosial kemasyarakatan", "Persentase pemuda aktif kegiatan sosial kemasyarakatan", "Persentase pemuda yang aktif berorganisasi dan kegiatan sosial kemasyarakatan"], 42, 3),
        I("c06", "S1", "cnt", "orang", "end", ["Jumlah pemuda pelopor berprestasi tingkat provinsi", "Jumlah pemuda pelopor berprestasi tingkat provinsi", "Jumlah pemuda pelopor berprestasi tingkat Provinsi", "Jumlah pemuda pelopor berprestasi tingkat provinsi"], 3, 0),
        I("c07", "S1", "cnt", "orang", "end", ["Jumlah anggota Paskibraka yang dibina", "Jumlah anggota Paskibraka yang dibina", "Jumlah Paskibraka Kab. yang dibina", "Jumlah Paskibraka Kabupaten yang dibina"], 44, 0),
        I("c08", "S2", "cnt", "orang", "per", ["Jumlah atlet berprestasi tingkat provinsi", "Jumlah atlet berprestasi tingkat provinsi", "Jumlah atlet berprestasi tingkat Provinsi", "Jumlah atlet yang berprestasi di tingkat provinsi"], 65, .08),
        I("c09", "S2", "cnt", "orang", "per", ["Jumlah atlet berprestasi tingkat nasional", "Jumlah atlet berprestasi tingkat nasional", "Jumlah atlet berprestasi tingkat Nasional", "Jumlah atlet yang berprestasi di tingkat nasional"], 6, .2),
        I("c10", "S2", "cnt", "medali", "per", ["Jumlah medali yang diraih pada kejuaraan tingkat provinsi", "Jumlah medali kejuaraan tingkat provinsi", "Jumlah perolehan medali pada kejuaraan tingkat provinsi", "Jumlah perolehan medali kejuaraan tingkat provinsi"], 48, .06),
        I("c11", "S2", "rank", "peringkat", "end", ["Peringkat Kabupaten pada Porprov", "Peringkat Kab. Teluk Wangsa pada Porprov", "Peringkat perolehan medali pada Pekan Olahraga Provinsi (Porprov)", "Peringkat Kabupaten Teluk Wangsa pada Porprov"], 9, -1, neg=True),
        I("c12", "S2", "cnt", "orang", "end", ["Jumlah pelatih olahraga bersertifikat", "Jumlah pelatih olahraga yang bersertifikat", "Jumlah pelatih bersertifikat", "Jumlah pelatih olahraga bersertifikasi"], 38, .08),
        I("c13", "S2", "cnt", "orang", "end", ["Jumlah wasit/juri olahraga bersertifikat", "Jumlah wasit dan juri yang bersertifikat", "Jumlah wasit/juri bersertifikat", "Jumlah wasit/juri olahraga bersertifikasi"], 25, .08),
        I("c14", "S2", "cnt", "cabor", "end", ["Jumlah cabang olahraga yang dibina", "Jumlah cabor yang dibina", "Jumlah cabang olahraga (cabor) binaan", "Jumlah cabang olahraga yang dibina"], 22, .04),
        I("c15", "S2", "pct", "%", "end", ["Persentase masyarakat yang berolahraga", "Persentase masyarakat yang berolahraga secara teratur", "Persentase penduduk yang berolahraga", None], 28, 2),
        I("c21", "S2", "pct", "%", "end", [None, None, None, "Angka Partisipasi Olahraga (APO)"], 35, 0),
        I("c16", "S2", "cnt", "unit", "end", ["Jumlah sarana dan prasarana olahraga yang memenuhi standar", "Jumlah sarana prasarana olahraga yang memenuhi standar", "Jumlah sarpras olahraga yang memenuhi standar", "Jumlah sarana dan prasarana olahraga berstandar"], 14, .08),
        I("c17", "S2", "cnt", "unit", "per", ["Jumlah sarana olahraga yang dibangun/direhabilitasi", "Jumlah sarana olahraga yang dibangun/direhabilitasi", None, None], 4, 0),
        I("c18", "S2", "cnt", "event", "per", ["Jumlah event olahraga yang diselenggarakan", "Jumlah event olahraga yang diselenggarakan", "Jumlah penyelenggaraan event olahraga", "Jumlah event olahraga yang dilaksanakan"], 12, .08),
        I("c22", "S3", "cnt", "orang", "per", [None, None, "Jumlah kunjungan wisatawan nusantara", "Jumlah kunjungan wisnus"], 160000, .15),
        I("c23", "S3", "cnt", "orang", "per", [None, None, "Jumlah kunjungan wisatawan mancanegara", "Jumlah kunjungan wisman"], 2100, .15),
        I("c24", "S3", "cnt", "lokasi", "end", [None, None, "Jumlah destinasi wisata yang dikembangkan", "Jumlah destinasi wisata yang dikembangkan"], 5, .2),
        I("c25", "S3", "rp", "Rupiah", "per", [None, None, "Pendapatan Asli Daerah (PAD) sektor pariwisata", "PAD sektor pariwisata"], 1000000000, .12),
        I("c26", "S3", "cnt", "orang", "per", [None, None, "Jumlah pelaku ekonomi kreatif yang dibina", "Jumlah pelaku ekraf yang dibina"], 130, .15),
        I("c19", "S4", "idx", "nilai", "end", ["Nilai AKIP Dispora", "Nilai SAKIP Dinas", "Nilai Evaluasi SAKIP Perangkat Daerah", "Nilai AKIP Perangkat Daerah"], 61, 2.5),
        I("c20", "S4", "pct", "%", "cum", ["Persentase serapan anggaran", "Persentase realisasi anggaran", "Persentase realisasi anggaran", "Persentase Realisasi Anggaran (%)"], 95, 0),
        I("c27", "S4", "idx", "nilai", "end", [None, None, None, "Indeks Kepuasan Masyarakat (IKM)"], 80, 0),
    ],
    ambiguous=[["c15", "c21"]],
)

AGENCIES = [A, B, C]


def _nice(x):
    if x >= 100000:
        return int(round(x / 100.0)) * 100
    if x >= 5000:
        return int(round(x / 10.0)) * 10
    return int(round(x))


def _split(total, rng, dec=0):
    w = [rng.uniform(.18, .32) for _ in range(4)]
    s = sum(w)
    parts = [round(total * x / s, dec) for x in w[:3]]
    last = round(total - sum(parts), dec)
    if dec == 0:
        parts = [int(p) for p in parts]
        last = int(total) - sum(parts)
    return parts + [last]


def make_values(ag):
    """V[(id, year)] = dict(t, r, tq[4], rq[4]) ; first year index = 0 of the indicator's own life."""
    rng = random.Random("teluk-wangsa-" + ag["code"])
    V = {}
    for ind in ag["inds"]:
        first = None
        for i, y in enumerate(ag["years"]):
            if ind["names"][i] is None and first is None:
                continue
            if first is None:
                first = i
            k = i - first
            kind, t0, st, neg = ind["kind"], ind["t0"], ind["step"], ind["neg"]
            if kind == "pct":
                t = round(min(100.0, t0 + st * k), 2)
                if neg:
                    r = round(t * rng.uniform(.72, 1.12), 2)
                else:
                    r = round(min(100.0, t * rng.uniform(.9, 1.07)), 2)
                dec = 2
            elif kind in ("idx", "rpm"):
                t = round(t0 + st * k, 2) if kind == "idx" else round(t0 * (1 + st) ** k, 2)
                r = round(t * rng.uniform(.95, 1.05), 2)
                dec = 2
            elif kind == "rank":
                t = int(t0 + st * k)
                r = t + rng.choice([-2, -1, 0, 1])
                dec = 0
            elif kind == "rp":
                t = int(round(t0 * (1 + st) ** k / 1e6)) * 1000000
                r = int(round(t * rng.uniform(.88, 1.15) / 1e3)) * 1000
                dec = 0
            else:  # cnt
                if neg:
                    t = max(2, int(t0 + st * k))
                    r = max(0, int(round(t * rng.uniform(.6, 1.2))))
                else:
                    t = _nice(t0 * (1 + st) ** k)
                    r = _nice(t * rng.uniform(.86, 1.16))
                dec = 0
            q = ind["q"]
            if q == "per":
                tq = _split(t, rng, dec)
                rq = _split(r, rng, dec)
            elif q == "cum":
                tq = [round(t * f, dec) if dec else _nice(t * f) for f in (.25, .5, .75)] + [t]
                rq = []
                for f in (.25, .5, .75):
                    v = r * f * rng.uniform(.92, 1.05)
                    rq.append(round(v, dec) if dec else _nice(v))
                rq.append(r)
                for j in range(1, 4):
                    if rq[j] < rq[j - 1]:
                        rq[j] = rq[j - 1]
            else:
                tq = [None, None, None, t]
                rq = [None, None, None, r]
            V[(ind["id"], y)] = dict(t=t, r=r, tq=tq, rq=rq, dec=dec)
    return V


def present(ag, year):
    i = ag["years"].index(year)
    return [ind for ind in ag["inds"] if ind["names"][i] is not None]


def name_of(ag, ind, year):
    return ind["names"][ag["years"].index(year)]


def sas_of(ag, sid, year):
    return ag["sasaran"][sid][ag["years"].index(year)]
