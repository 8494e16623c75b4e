"""Agency A: Dinas Pendidikan Dayah Kabupaten Tanoh Alue (invented Aceh kabupaten), 2019-2022.

tr[year] = (target, realisasi) exactly as KEYED (typed mistakes as typed, grades/'-' -> None).
"""
AGENCY = "Dinas Pendidikan Dayah Kabupaten Tanoh Alue"
SLUG = "dinas_pendidikan_dayah_tanoh_alue"
YEARS = [2019, 2020, 2021, 2022]

D = {}


def ind(i, unit, kind, neg, names, tr):
    D[i] = dict(unit=unit, kind=kind, neg=neg, names=names, tr=tr)


ind("A01", "%", "level", False,
    {2019: "Prosentase Dayah yang terakreditasi", 2020: "Persentase dayah terakreditasi",
     2021: "Persentase Dayah Yang Telah Terakreditasi", 2022: "Persentase dayah terakreditasi (%)"},
    {2019: (35, 33.5), 2020: (40, 41.2), 2021: (45, 44.1), 2022: (50, 52.3)})
ind("A02", "dayah", "level", False,
    {2019: "Jumlah dayah yang terakreditasi", 2020: "Jumlah Dayah Terakreditasi",
     2021: "Jumlah dayah yg telah terakreditasi", 2022: "Jumlah dayah terakreditasi (dayah)"},
    {2019: (48, 46), 2020: (55, 57), 2021: (62, 61), 2022: (70, 74)})
ind("A03", "orang", "level", False,
    {2019: "Jumlah santri dayah", 2020: "Jumlah Santri Dayah (orang)",
     2021: "Jumlah santri pada dayah binaan", 2022: "Jumlah santri dayah"},
    {2019: (18500, 18912), 2020: (19000, 19240), 2021: (19500, 19105), 2022: (20000, 20318)})
ind("A04", "orang", "flow", False,
    {2019: "Jumlah santri baru", 2020: "Jumlah Santri Baru yg mendaftar",
     2021: "Jumlah santri baru dayah", 2022: "Jumlah santri baru (orang)"},
    {2019: (3200, 3415), 2020: (3300, 2987), 2021: (3400, 3512), 2022: (3500, 3604)})
ind("A05", "%", "level", False,
    {2019: "Persentase guru dayah (teungku) yang bersertifikat",
     2020: "Prosentase Teungku Dayah bersertifikat",
     2021: "Persentase teungku dayah yang bersertifikat kompetensi",
     2022: "Persentase Tgk. dayah bersertifikat kompetensi"},
    {2019: (200, 18.4), 2020: (25, 26.1), 2021: (30, 29.0), 2022: (35, 36.8)})
ind("A06", "orang", "flow", False,
    {2019: "Jumlah teungku dayah yang dilatih",
     2020: "Jumlah Teungku dayah yang mengikuti pelatihan",
     2021: "Jumlah teungku dayah yg mengikuti pelatihan & bimtek",
     2022: "Jumlah teungku dayah yang mengikuti pelatihan dan bimtek"},
    {2019: (240, 240), 2020: (240, 180), 2021: (260, 265), 2022: (280, 290)})
ind("A07", "rasio", "level", True,
    {2019: "Rasio santri : teungku", 2020: "Rasio Santri per Teungku",
     2021: "Rasio santri terhadap teungku", 2022: "Rasio santri terhadap tgk dayah"},
    {2019: (16, 17.2), 2020: (15, 16.4), 2021: (15, 15.3), 2022: (14, 14.6)})
ind("A08", "%", "level", False,
    {2019: "Persentase dayah yang memiliki sarana dan prasarana layak",
     2020: "Persentase dayah dengan sarpras layak",
     2021: "Persentase Dayah Yang Memiliki Sarana & Prasarana Layak",
     2022: "Persentase dayah dengan sarana prasarana yang layak"},
    {2019: (60, 58.4), 2020: (62, 63.0), 2021: (65, 64.2), 2022: (68, 69.5)})
ind("A09", "dayah", "level", False,
    {2019: "Jumlah dayah yang menerima bantuan operasional",
     2020: "Jumlah dayah penerima bantuan operasional",
     2021: "Jumlah dayah penerima BOD (Bantuan Operasional Dayah)",
     2022: "Jumlah dayah penerima Bantuan Operasional Dayah"},
    {2019: (120, 120), 2020: (125, 118), 2021: (130, 131), 2022: (135, 135)})
ind("A10", "dayah", "level", False,
    {2019: "Jumlah dayah salafiyah yang dibina", 2020: "Jumlah dayah salafiah yang dibina",
     2021: "Jumlah dayah salafiyah (tradisional) yg dibina", 2022: "Jumlah dayah salafiyah yang dibina"},
    {2019: (85, 85), 2020: (88, 88), 2021: (90, 92), 2022: (92, 93)})
ind("A11", "dayah", "level", False,
    {2019: "Jumlah dayah terpadu yang dibina", 2020: "Jumlah dayah terpadu (modern) yang dibina",
     2021: "Jumlah dayah terpadu yg dibina", 2022: "Jumlah dayah terpadu yang dibina"},
    {2019: (40, 40), 2020: (42, 43), 2021: (45, 45), 2022: (47, 48)})
ind("A12", "orang", "flow", False,
    {2019: "Jumlah santri hafiz 30 juz", 2020: "Jumlah santri penghafal Al-Qur'an 30 juz",
     2021: "Jumlah santri hafizh Al-Quran 30 juz", 2022: "Jumlah santri yang hafal Al-Qur'an 30 juz"},
    {2019: (25, 31), 2020: (30, 27), 2021: (35, 38), 2022: (40, 44)})
ind("A13", "%", "level", True,
    {2019: "Angka putus sekolah santri", 2020: "Angka Putus Sekolah santri dayah",
     2021: "Angka putus sekolah santri dayah", 2022: "Angka putus sekolah santri dayah (%)"},
    {2019: (2.0, 2.4), 2020: (1.8, 2.1), 2021: (1.6, 1.5), 2022: (1.5, 1.3)})
ind("A14", "%", "level", False,
    {2019: "Persentase santri yang lulus uji kompetensi kitab kuning",
     2020: "Persentase santri lulus uji kitab kuning",
     2022: "Persentase santri lulus uji kompetensi kitab kuning"},
    {2019: (70, 72.5), 2020: (72, 70.1), 2022: (77, 78.0)})
ind("A14b", "%", "level", False,
    {2021: "Persentase santri yg lulus uji kompetensi baca kitab"},
    {2021: (75, 76.4)})
ind("A15", "nilai", "level", False,
    {2019: "Nilai SAKIP Dinas Pendidikan Dayah",
     2020: "Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP)",
     2021: "Nilai SAKIP", 2022: "Nilai SAKIP Perangkat Daerah"},
    {2019: (None, None), 2020: (None, None), 2021: (65, 63.42), 2022: (70, None)})
ind("A16", "indeks", "level", False,
    {2019: "Indeks Kepuasan Masyarakat", 2020: "Indeks Kepuasan Masyarakat (IKM)",
     2021: "IKM terhadap layanan Dinas", 2022: "Nilai IKM"},
    {2019: (78, 80.12), 2020: (80, 81.05), 2021: (81, 82.4), 2022: (82, 83.7)})
ind("A17", "%", "level", False,
    {2019: "Persentase serapan anggaran", 2020: "Tingkat serapan anggaran",
     2021: "Persentase realisasi anggaran", 2022: "Persentase Penyerapan Anggaran"},
    {2019: (95, 0.934), 2020: (95, 88.2), 2021: (95, 96.1), 2022: (97, 97.5)})
ind("A18", "dokumen", "flow", False,
    {2019: "Jumlah dokumen perencanaan dan laporan kinerja",
     2020: "Jumlah Dokumen Perencanaan & Pelaporan",
     2021: "Jumlah dokumen perencanaan, evaluasi dan pelaporan kinerja",
     2022: "Jumlah dokumen perencanaan dan pelaporan kinerja"},
    {2019: (6, 6), 2020: (6, 6), 2021: (7, 7), 2022: (7, 7)})
ind("A19", "%", "level", False,
    {2021: "Persentase dayah yang menggunakan aplikasi SIM-Dayah",
     2022: "Persentase dayah yang menerapkan Sistem Informasi Manajemen Dayah"},
    {2021: (40, 46.5), 2022: (60, 58.2)})
ind("A20", "orang", "flow", False,
    {2019: "Jumlah santri peserta Musabaqah Qira'atil Kutub (MQK)", 2020: "Jumlah santri peserta MQK"},
    {2019: (120, 134), 2020: (120, None)})
ind("A21", "dayah", "flow", False,
    {2020: "Jumlah dayah yang menerima bantuan rehab sarana",
     2021: "Jumlah dayah penerima bantuan rehabilitasi sarana prasarana",
     2022: "Jumlah dayah penerima bantuan rehabilitasi sarpras"},
    {2020: (15, 12), 2021: (18, 0), 2022: (20, 21)})

AMBIGUOUS = [["A14", "A14b"]]
MUST_NOT_MERGE = [("A01", "A02", "Persentase vs Jumlah dayah terakreditasi"),
                  ("A03", "A04", "santri (stock) vs santri baru (intake)"),
                  ("A10", "A11", "dayah salafiyah vs dayah terpadu (two sub-types)"),
                  ("A09", "A21", "bantuan operasional vs bantuan rehabilitasi sarana"),
                  ("A05", "A06", "teungku bersertifikat (%) vs teungku dilatih (orang)")]
