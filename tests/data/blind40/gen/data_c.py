"""Agency C: Badan Penghubung Daerah Provinsi Teluk Saranggi (invented province; liaison office in Jakarta), 2021-2024.

tr[year] = (target, realisasi) exactly as KEYED.
"""
AGENCY = "Badan Penghubung Daerah Provinsi Teluk Saranggi"
SLUG = "badan_penghubung_teluk_saranggi"
YEARS = [2021, 2022, 2023, 2024]

D = {}


def ind(i, unit, kind, neg, names, tr):
    D[i] = dict(unit=unit, kind=kind, neg=neg, names=names, tr=tr)


ind("C01", "%", "level", False,
    {2021: "Persentase fasilitasi kunjungan kerja pejabat daerah di Jakarta",
     2022: "Persentase kunjungan kerja pejabat daerah yang difasilitasi",
     2023: "Persentase fasilitasi kunker pejabat daerah",
     2024: "Persentase Fasilitasi Kunjungan Kerja Pejabat Pemprov (%)"},
    {2021: (100, 100), 2022: (100, 98.7), 2023: (100, 100), 2024: (100, 99.4)})
ind("C02", "orang", "flow", False,
    {2021: "Jumlah pejabat dan tamu daerah yang difasilitasi", 2022: "Jumlah tamu daerah yang difasilitasi",
     2023: "Jumlah pejabat/tamu daerah yg difasilitasi",
     2024: "Jumlah pejabat & tamu daerah yang difasilitasi (orang)"},
    {2021: (1200, 864), 2022: (1500, 1732), 2023: (1800, 2045), 2024: (2000, 2210)})
ind("C03", "indeks", "level", False,
    {2021: "Indeks Kepuasan Masyarakat (IKM) layanan Mess Daerah", 2022: "IKM Layanan Mess",
     2023: "Indeks kepuasan pengguna layanan mess daerah", 2024: "IKM pelayanan Wisma Daerah (nilai)"},
    {2021: (80, 81.2), 2022: (82, 83.05), 2023: (83, 84.4), 2024: (84, 85.1)})
ind("C04", "%", "level", False,
    {2021: "Tingkat hunian Mess Daerah", 2022: "Tingkat okupansi Mess Daerah",
     2023: "Tingkat Hunian (Okupansi) Mess Daerah", 2024: "Tingkat okupansi Wisma Daerah (%)"},
    {2021: (60, 38.5), 2022: (65, 61.2), 2023: (70, 72.8), 2024: (72, 74.0)})
ind("C05", "kali", "flow", False,
    {2021: "Jumlah kegiatan promosi potensi daerah", 2022: "Jumlah event promosi potensi daerah di Jakarta",
     2023: "Jumlah promosi potensi daerah", 2024: "Jumlah event promosi potensi daerah (kali)"},
    {2021: (6, 4), 2022: (8, 9), 2023: (10, 11), 2024: (10, 12)})
ind("C06", "orang", "flow", False,
    {2021: "Jumlah pengunjung anjungan daerah di TMII", 2022: "Jumlah pengunjung Anjungan TMII",
     2024: "Jumlah pengunjung anjungan daerah TMII (orang)"},
    {2021: (20000, 3150), 2022: (15000, 9870), 2024: (30000, 31205)})
ind("C06b", "kunjungan", "flow", False,
    {2023: "Jumlah kunjungan ke Anjungan Provinsi di TMII"}, {2023: (25000, 27640)})
ind("C07", "dokumen", "flow", False,
    {2021: "Jumlah naskah kerja sama dengan Kementerian/Lembaga yang difasilitasi",
     2022: "Jumlah kerjasama dgn K/L yang difasilitasi",
     2023: "Jumlah Kerja Sama dengan Kementerian/Lembaga yang Difasilitasi",
     2024: "Jumlah kerja sama dengan K/L yang difasilitasi (dokumen)"},
    {2021: (4, 3), 2022: (5, 5), 2023: (5, 6), 2024: (6, 6)})
ind("C08", "kali", "flow", False,
    {2021: "Jumlah koordinasi dengan Kementerian/Lembaga", 2022: "Jumlah koordinasi dan konsultasi ke K/L",
     2023: "Jumlah koordinasi dgn Kementerian/Lembaga",
     2024: "Jumlah koordinasi dengan Kementerian / Lembaga (kali)"},
    {2021: (120, 134), 2022: (150, 162), 2023: (150, 171), 2024: (160, 158)})
ind("C09", "orang", "level", False,
    {2021: "Jumlah mahasiswa penghuni asrama yang difasilitasi",
     2022: "Jumlah mahasiswa asal daerah yang difasilitasi di asrama",
     2023: "Jumlah mahasiswa penghuni Asrama Mahasiswa", 2024: "Jumlah mahasiswa penghuni asrama (orang)"},
    {2021: (120, 118), 2022: (120, 120), 2023: (125, 127), 2024: (130, 131)})
ind("C10", "orang", "flow", False,
    {2022: "Jumlah mahasiswa baru asal daerah yang difasilitasi", 2023: "Jumlah mahasiswa baru yang difasilitasi",
     2024: "Jumlah mahasiswa baru asal daerah yg difasilitasi (orang)"},
    {2022: (40, 46), 2023: (40, 38), 2024: (45, 47)})
ind("C11", "Rp juta", "flow", False,
    {2021: "Nilai transaksi produk UMKM daerah (Rp juta)", 2022: "Nilai transaksi produk UMKM yang dipromosikan",
     2023: "Nilai transaksi UMKM daerah pada event promosi (juta rupiah)",
     2024: "Nilai transaksi produk UMKM daerah (Rp juta)"},
    {2021: (500, 320.5), 2022: (750, 812.4), 2023: (900, 1045.6), 2024: (1000, 1210.3)})
ind("C12", "UMKM", "flow", False,
    {2021: "Jumlah UMKM yang difasilitasi promosi", 2022: "Jumlah UMKM daerah yang difasilitasi promosi",
     2023: "Jumlah UMKM yg difasilitasi pameran/promosi",
     2024: "Jumlah UMKM daerah yang difasilitasi promosi (UMKM)"},
    {2021: (40, 28), 2022: (50, 57), 2023: (60, 64), 2024: (60, 66)})
ind("C13", "%", "level", False,
    {2023: "Persentase UMKM daerah yang difasilitasi promosi",
     2024: "Persentase UMKM yang difasilitasi promosi (%)"},
    {2023: (30, 31.5), 2024: (35, 33.0)})
ind("C14", "berita", "flow", False,
    {2021: "Jumlah berita daerah di media nasional",
     2022: "Jumlah informasi daerah yang dipublikasikan di media nasional",
     2023: "Jumlah publikasi informasi daerah pada media nasional",
     2024: "Jumlah berita & informasi daerah yang dipublikasikan di media nasional (berita)"},
    {2021: (100, 126), 2022: (120, 143), 2023: (150, 162), 2024: (160, 171)})
ind("C15", "%", "level", False,
    {2021: "Persentase pengaduan yang ditindaklanjuti", 2022: "Persentase pengaduan masyarakat yang ditindaklanjuti",
     2023: "Persentase pengaduan layanan yg ditindaklanjuti", 2024: "Prosentase pengaduan yang ditindaklanjuti (%)"},
    {2021: (100, 100), 2022: (100, 100), 2023: (100, 95.0), 2024: (100, 100)})
ind("C16", "nilai", "level", False,
    {2021: "Nilai SAKIP", 2022: "Nilai SAKIP Badan Penghubung", 2023: "Nilai SAKIP", 2024: "Nilai Evaluasi SAKIP (nilai)"},
    {2021: (None, None), 2022: (65, 66.12), 2023: (None, None), 2024: (70, 71.84)})
ind("C17", "%", "level", False,
    {2021: "Persentase realisasi anggaran", 2022: "Persentase serapan anggaran",
     2023: "Persentase realisasi anggaran", 2024: "Tingkat realisasi anggaran (%)"},
    {2021: (95, 86.4), 2022: (95, 94.1), 2023: (95, 96.9), 2024: (97, 95.6)})
ind("C18", "hari", "level", True,
    {2021: "Rata-rata waktu penyelesaian layanan fasilitasi (hari)", 2022: "Rata - rata waktu penyelesaian fasilitasi",
     2023: "Rata-rata waktu layanan fasilitasi (hari)", 2024: "Rata-rata waktu penyelesaian layanan fasilitasi (hari)"},
    {2021: (3, 3.4), 2022: (3, 2.8), 2023: (2.5, 2.6), 2024: (2, 2.1)})
ind("C19", "keluhan", "flow", True,
    {2021: "Jumlah keluhan pengguna Mess Daerah", 2022: "Jumlah keluhan pengguna mess",
     2024: "Jumlah keluhan pengguna Wisma Daerah (keluhan)"},
    {2021: (10, 7), 2022: (10, 12), 2024: (8, 5)})
ind("C20", "dokumen", "flow", False,
    {2021: "Jumlah dokumen perencanaan dan pelaporan", 2022: "Jumlah dokumen perencanaan & pelaporan kinerja",
     2023: "Jumlah dokumen perencanaan, evaluasi dan pelaporan", 2024: "Jumlah Dokumen Perencanaan dan Pelaporan (dokumen)"},
    {2021: (8, 8), 2022: (8, 8), 2023: (9, 9), 2024: (9, 9)})

AMBIGUOUS = [["C06", "C06b"]]
MUST_NOT_MERGE = [("C01", "C02", "Persentase fasilitasi kunker vs Jumlah pejabat/tamu difasilitasi"),
                  ("C09", "C10", "mahasiswa penghuni asrama vs mahasiswa baru"),
                  ("C12", "C13", "Jumlah UMKM vs Persentase UMKM difasilitasi promosi"),
                  ("C07", "C08", "kerja sama dengan K/L vs koordinasi dengan K/L"),
                  ("C03", "C19", "IKM mess vs keluhan pengguna mess")]
