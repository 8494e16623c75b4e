"""Agency A: Dinas Komunikasi dan Informatika, Evaluasi Hasil Renja (E.81) 2020-2023.
2020 uses the old Permendagri 13/2006 programme/kegiatan nomenclature (no sub kegiatan);
2021 the first Permendagri 90/2019 nomenclature (Program / Kegiatan / Sub Kegiatan);
2022-2023 the Kepmendagri 050-5889/2021 update (kegiatan and sub kegiatan names reworded, codes inline)."""
from common import KAB, KAB_UP, IBUKOTA, Key, ship, rng, r2
from evalform import build_eval

SLUG = "diskominfo"
AGENCY = "Dinas Komunikasi dan Informatika Kabupaten Tanah Lintang"
YEARS = [2020, 2021, 2022, 2023]

# id: (kind, base target, renstra end target)
SPEC = {
    "a01": ("idx", 62.5, 75), "a02": ("idx", 80.1, 85), "a03": ("pct", 90, 100), "a04": ("pct", 95, 100),
    "a05": ("doc", 5, 25), "a06": ("doc", 4, 20), "a07": ("doc", 1, 5), "a08": ("pct", 92, 100),
    "a09": ("cnt", 46, 50), "a10": ("doc", 1, 5), "a11": ("doc", 16, 80), "a12": ("doc", 2, 10),
    "a13": ("pct", 90, 100), "a14": ("doc", 12, 60), "a16": ("doc", 12, 60), "a20": ("pct", 78, 95),
    "a21": ("idx", 71.5, 85), "a22": ("pct", 60, 100), "a23": ("cnt", 1200, 7500), "a24": ("cnt", 24, 40),
    "a25": ("cnt", 18, 30), "a26": ("doc", 4, 20), "a30": ("idx", 2.1, 3.0), "a31": ("pct", 70, 100),
    "a32": ("pct", 80, 100), "a33": ("cnt", 38, 52), "a34": ("pct", 45, 80), "a35": ("cnt", 3, 20),
    "a36": ("cnt", 2, 12), "a38": ("cnt", 30, 52), "a39": ("doc", 1, 1), "a40": ("doc", 2, 10),
    "a41": ("pct", 65, 100), "a42": ("cnt", 25, 52), "a43": ("cnt", 120, 900), "a44": ("doc", 2, 10),
    "a45": ("pct", 40, 100), "a46": ("pct", 85, 100), "a47": ("cnt", 15, 52), "a48": ("cnt", 6, 40),
    "a50": ("pct", 100, 100), "a51": ("doc", 4, 20), "a52": ("cnt", 24, 120), "a53": ("pct", 85, 100),
    "a54": ("cnt", 9, 9), "a55": ("cnt", 150, 800),
}


def make_values():
    R = rng(2301)
    vals = {}
    prevreal = {}
    for k, y in enumerate(YEARS):
        for iid, (kind, base, ren) in SPEC.items():
            kk = k if y >= 2021 else 0
            if kind == "pct":
                t = min(100.0, r2(base + 2.5 * kk))
                real = min(100.0, r2(t * R.uniform(0.9, 1.04)))
                q1 = r2(real * 0.2); q2 = r2(real * 0.25); q3 = r2(real * 0.25)
                qs = [q1, q2, q3, r2(real - q1 - q2 - q3)]
                prev = prevreal.get(iid, r2(t - 4.5))
            elif kind == "idx":
                t = r2(base + (0.1 if base < 10 else 1.5) * kk)
                real = r2(t * R.uniform(0.96, 1.05))
                qs = [0, 0, 0, real]
                prev = prevreal.get(iid, r2(t * 0.97))
            elif kind == "cnt":
                t = int(round(base * (1 + 0.08 * kk)))
                real = int(round(t * R.uniform(0.85, 1.12)))
                w = [R.uniform(0.5, 1.5) for _ in range(4)]
                qs = [int(real * x / sum(w)) for x in w[:3]]
                qs.append(real - sum(qs))
                prev = int(round(t * (0.9 * kk + 0.95))) if ren > base * 2 else prevreal.get(iid, t - 2)
            else:  # doc
                t = int(base)
                real = t if R.random() < 0.8 else max(0, t - 1)
                if t >= 4:
                    qs = [real // 4] * 3 + [real - 3 * (real // 4)]
                else:
                    qs = [0, 0, 0, real]
                prev = t * (kk + 1) if ren >= t * 4 else t
            vals[(iid, y)] = dict(kind=kind, target=t, real=real, quarters=qs, renstra=ren, prev=prev)
            prevreal[iid] = real
    return vals


def leaf_rp(R, k):
    pagu = R.randrange(25, 450) * 1_000_000 + R.randrange(0, 1000) * 1000
    ratio = R.uniform(0.82, 0.99)
    real = int(pagu * ratio / 1000) * 1000
    qs = [int(real * 0.15 / 1000) * 1000, int(real * 0.25 / 1000) * 1000, int(real * 0.3 / 1000) * 1000]
    qs.append(real - sum(qs))
    return {"renstra": pagu * 5 + R.randrange(0, 90) * 1_000_000, "prev": int(pagu * (k + 0.92)),
            "renja": pagu, "tw1": qs[0], "tw2": qs[1], "tw3": qs[2], "tw4": qs[3]}


SAS1 = "Meningkatnya akuntabilitas kinerja perangkat daerah"
SAS2 = "Meningkatnya keterbukaan informasi publik"
SAS3 = "Meningkatnya penerapan SPBE"
SAS4 = "Meningkatnya ketersediaan data statistik sektoral"
SAS5 = "Meningkatnya keamanan informasi pemerintah daerah"


def B(level, name, inds, **extra):
    return (level, name, inds, extra)


def blocks_2020():
    return [
        B("U", "URUSAN WAJIB : KOMUNIKASI DAN INFORMATIKA", []),
        B("P", "Program Pelayanan Administrasi Perkantoran",
          [("a50", "Cakupan pelayanan administrasi perkantoran", "%")], sasaran=SAS1, code="2.10.01"),
        B("K", "Penyediaan jasa komunikasi, sumber daya air dan listrik",
          [("a14", "Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik", "laporan")], code="2.10.01.02"),
        B("K", "Penyediaan alat tulis kantor", [("a51", "Jumlah paket ATK yang disediakan", "paket")], code="2.10.01.10"),
        B("K", "Rapat-rapat koordinasi dan konsultasi ke luar daerah",
          [("a52", "Jumlah kegiatan rapat koordinasi dan konsultasi", "kali")], code="2.10.01.18"),
        B("P", "Program Peningkatan Sarana dan Prasarana Aparatur",
          [("a53", "Persentase sarana dan prasarana aparatur dalam kondisi baik", "%")], sasaran=SAS1, code="2.10.02"),
        B("K", "Pemeliharaan rutin/berkala kendaraan dinas/operasional",
          [("a54", "Jumlah kendaraan dinas/operasional yang dipelihara", "unit")], code="2.10.02.24"),
        B("P", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
          [("a01", "Nilai evaluasi SAKIP SKPD", "nilai")], sasaran=SAS1, code="2.10.06"),
        B("K", "Penyusunan laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD",
          [("a07", "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD", "dokumen")], code="2.10.06.01"),
        B("K", "Penyusunan pelaporan keuangan semesteran dan prognosis realisasi anggaran",
          [("a12", "Jumlah laporan keuangan semesteran dan prognosis realisasi anggaran", "laporan")], code="2.10.06.02"),
        B("K", "Penyusunan pelaporan keuangan akhir tahun",
          [("a10", "Jumlah laporan keuangan akhir tahun", "laporan")], code="2.10.06.03"),
        B("K", "Penyusunan dokumen perencanaan SKPD",
          [("a05", "Jumlah dokumen perencanaan SKPD (Renstra/Renja/RKA/DPA)", "dokumen")], code="2.10.06.05"),
        B("P", "Program Pengembangan Komunikasi, Informasi dan Media Massa",
          [("a20", "Persentase informasi pembangunan yang terdiseminasi kpd masyarakat", "%")], sasaran=SAS2, code="2.10.15"),
        B("K", "Penyebarluasan informasi pembangunan daerah",
          [("a23", "Jumlah konten/berita pembangunan daerah yang dipublikasikan", "konten")], code="2.10.15.03"),
        B("K", "Pembinaan Kelompok Informasi Masyarakat",
          [("a25", "Jumlah KIM yang dibina", "kelompok")], code="2.10.15.07"),
        B("P", "Program Kerjasama Informasi dengan Mas Media",
          [("a24", "Jumlah media massa yang bekerjasama", "media")], sasaran=SAS2, code="2.10.17"),
        B("K", "Penyebarluasan informasi penyelenggaraan pemerintahan daerah melalui media massa",
          [("a55", "Jumlah publikasi melalui media cetak dan elektronik", "kali")], code="2.10.17.01"),
        B("P", "Program Optimalisasi Pemanfaatan Teknologi Informasi",
          [("a30", "Indeks SPBE", "indeks"),
           ("a31", "Persentase SKPD yang terhubung jaringan intra pemda", "%")], sasaran=SAS3, code="2.10.18"),
        B("K", "Pengelolaan website pemerintah daerah",
          [("a33", "Jumlah sub domain website SKPD yang dikelola", "sub domain")], code="2.10.18.02"),
        B("K", "Pengembangan aplikasi layanan publik",
          [("a35", "Jumlah aplikasi pelayanan publik yang dibangun", "aplikasi")], code="2.10.18.05"),
        B("K", "Pembangunan jaringan intranet pemda",
          [("a38", "Jumlah SKPD yang terhubung jaringan intranet", "SKPD")], code="2.10.18.08"),
        B("P", "Program Pengembangan Data/Informasi/Statistik Daerah",
          [("a41", "Persentase ketersediaan data statistik daerah", "%")], sasaran=SAS4, code="2.10.19"),
        B("K", "Penyusunan dan pengumpulan data dan statistik daerah",
          [("a44", "Jumlah buku data statistik daerah yang diterbitkan", "buku")], code="2.10.19.01"),
    ]


def blocks_2021():
    return [
        B("U", "2.16 URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA", []),
        B("P", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
          [("a01", "Nilai SAKIP Perangkat Daerah", "Nilai")], sasaran=SAS1, code="2.16.01"),
        B("K", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          [("a03", "Persentase dokumen perencanaan dan evaluasi kinerja yang tersusun tepat waktu", "%")], code="2.16.01.1.01"),
        B("S", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
          [("a05", "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen")], code="2.16.01.1.01.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
          [("a07", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Laporan")], code="2.16.01.1.01.06"),
        B("S", "Evaluasi Kinerja Perangkat Daerah",
          [("a06", "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan")], code="2.16.01.1.01.07"),
        B("K", "Administrasi Keuangan Perangkat Daerah",
          [("a08", "Persentase tertib administrasi keuangan", "%")], code="2.16.01.1.02"),
        B("S", "Penyediaan Gaji dan Tunjangan ASN",
          [("a09", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/bulan")], code="2.16.01.1.02.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
          [("a10", "Jumlah Laporan Keuangan Akhir Tahun SKPD", "Laporan")], code="2.16.01.1.02.05"),
        B("K", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
          [("a13", "Persentase pemenuhan jasa penunjang layanan kedinasan", "%")], code="2.16.01.1.08"),
        B("S", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
          [("a14", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "Laporan")], code="2.16.01.1.08.02"),
        B("S", "Penyediaan Jasa Pelayanan Umum Kantor",
          [("a16", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "Laporan")], code="2.16.01.1.08.04"),
        B("P", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
          [("a20", "Persentase informasi publik yang terdiseminasi kepada masyarakat", "%")], sasaran=SAS2, code="2.16.02"),
        B("K", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
          [("a22", "Persentase OPD yang mengelola informasi publik melalui PPID Pembantu", "%")], code="2.16.02.1.01"),
        B("S", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
          [("a23", "Jumlah Konten Informasi Publik yang Dipublikasikan", "Konten")], code="2.16.02.1.01.02"),
        B("S", "Penyelenggaraan Hubungan Masyarakat, Media dan Kemitraan Komunitas",
          [("a24", "Jumlah Media Massa yang Menjalin Kerja Sama", "Media")], code="2.16.02.1.01.05"),
        B("S", "Penguatan Kapasitas Sumber Daya Komunikasi Publik",
          [("a25", "Jumlah Kelompok Informasi Masyarakat (KIM) yang dibina", "Kelompok")], code="2.16.02.1.01.06"),
        B("S", "Monitoring Opini dan Aspirasi Publik",
          [("a26", "Jumlah Laporan Monitoring Opini dan Aspirasi Publik", "Laporan")], code="2.16.02.1.01.01"),
        B("P", "PROGRAM APLIKASI INFORMATIKA",
          [("a30", "Indeks SPBE", "Indeks"),
           ("a31", "Persentase OPD yang terhubung jaringan intra pemerintah", "%")], sasaran=SAS3, code="2.16.03"),
        B("K", "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a32", "Persentase sub domain OPD yang aktif", "%")], code="2.16.03.1.01"),
        B("S", "Pengelolaan Nama Domain dan Sub Domain",
          [("a33", "Jumlah Sub Domain yang Dikelola", "Sub Domain")], code="2.16.03.1.01.01"),
        B("K", "Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a34", "Persentase Layanan Pemerintahan yang Terintegrasi Secara Elektronik", "%")], code="2.16.03.1.02"),
        B("S", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
          [("a35", "Jumlah Aplikasi Layanan Publik yang Dikembangkan", "Aplikasi")], code="2.16.03.1.02.05"),
        B("S", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
          [("a38", "Jumlah OPD yang Terhubung Jaringan Intra Pemerintah", "OPD")], code="2.16.03.1.02.10"),
        B("U", "2.20 URUSAN PEMERINTAHAN BIDANG STATISTIK", []),
        B("P", "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
          [("a41", "Persentase Data Statistik Sektoral yang Tersedia", "%")], sasaran=SAS4, code="2.20.02"),
        B("K", "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
          [("a42", "Jumlah OPD yang menyampaikan data statistik sektoral", "OPD")], code="2.20.02.1.01"),
        B("S", "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
          [("a43", "Jumlah Dataset Statistik Sektoral yang Dipublikasikan", "Dataset")], code="2.20.02.1.01.01"),
        B("U", "2.21 URUSAN PEMERINTAHAN BIDANG PERSANDIAN", []),
        B("P", "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
          [("a45", "Persentase OPD yang Menerapkan Keamanan Informasi", "%")], sasaran=SAS5, code="2.21.02"),
        B("K", "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota",
          [("a46", "Persentase Insiden Keamanan Informasi yang Ditangani", "%")], code="2.21.02.1.01"),
        B("S", "Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik",
          [("a47", "Jumlah OPD yang Menerapkan Sistem Keamanan Informasi", "OPD")], code="2.21.02.1.01.01"),
    ]


def blocks_2022():
    return [
        B("U", "2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA", []),
        B("P", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          [("a01", "Nilai AKIP Perangkat Daerah", "Nilai"),
           ("a02", "Indeks Kepuasan Masyarakat (IKM)", "Nilai")], sasaran=SAS1, code="2.16.01"),
        B("K", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          [("a03", "Persentase Dokumen Perencanaan dan Evaluasi Kinerja Tepat Waktu", "%")], code="2.16.01.2.01"),
        B("S", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
          [("a05", "Jumlah Dokumen Perencanaan Perangkat Daerah (Renstra, Renja, RKA)", "Dok")], code="2.16.01.2.01.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
          [("a07", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Lap")], code="2.16.01.2.01.06"),
        B("S", "Evaluasi Kinerja Perangkat Daerah",
          [("a06", "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Lap")], code="2.16.01.2.01.07"),
        B("K", "Administrasi Keuangan Perangkat Daerah",
          [("a08", "Persentase Tertib Administrasi dan Pelaporan Keuangan", "%")], code="2.16.01.2.02"),
        B("S", "Penyediaan Gaji dan Tunjangan ASN",
          [("a09", "Jumlah orang yg menerima gaji dan tunjangan ASN", "Orang / Bulan")], code="2.16.01.2.02.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
          [("a10", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Lap")], code="2.16.01.2.02.05"),
        B("S", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
          [("a11", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Lap")], code="2.16.01.2.02.07"),
        B("K", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
          [("a13", "Persentase Pemenuhan Penunjang Layanan Kedinasan", "%")], code="2.16.01.2.08"),
        B("S", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
          [("a14", "Jumalh Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "Lap")], code="2.16.01.2.08.02"),
        B("P", "Program Informasi dan Komunikasi Publik",
          [("a20", "Persentase Informasi Publik yang Didiseminasikan", "%"),
           ("a21", "Indeks Keterbukaan Informasi Publik", "Nilai")], sasaran=SAS2, code="2.16.02"),
        B("K", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
          [("a22", "Persentase Perangkat Daerah yang Mengelola Informasi Publik melalui PPID Pembantu", "%")], code="2.16.02.2.01"),
        B("S", "Monitoring Opini dan Aspirasi Publik di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a26", "Jumlah Laporan Hasil Monitoring Opini dan Aspirasi Publik", "Lap")], code="2.16.02.2.01.01"),
        B("S", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
          [("a23", "Jumlah Konten yang Dipublikasikan pada Media Komunikasi Publik", "Konten")], code="2.16.02.2.01.02"),
        B("S", "Penyelenggaraan Hubungan Masyarakat, Media dan Kemitraan Komunitas",
          [("a24", "Jumlah kerjasama dengan media massa", "Media")], code="2.16.02.2.01.05"),
        B("S", "Penguatan Kapasitas Sumber Daya Komunikasi Publik dan Kemitraan Komunitas",
          [("a25", "Jumlah KIM (Kelompok Informasi Masyarakat) yang Dibina", "Kelompok")], code="2.16.02.2.01.06"),
        B("P", "Program Aplikasi Informatika",
          [("a30", "Nilai Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", "Indeks"),
           ("a31", "Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", "%")], sasaran=SAS3, code="2.16.03"),
        B("K", "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a32", "Persentase Sub Domain Perangkat Daerah yang Aktif", "%")], code="2.16.03.2.01"),
        B("S", "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a33", "Jumlah Nama Domain dan Sub Domain yang Dikelola", "Sub Domain")], code="2.16.03.2.01.01"),
        B("K", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a34", "Persentase layanan pemerintahan yang terintegrasi secara elektronik", "%")], code="2.16.03.2.02"),
        B("S", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
          [("a35", "Jumlah Aplikasi Layanan Publik yang Dikembangkan", "Aplikasi"),
           ("a36", "Jumlah Aplikasi Administrasi Pemerintahan yang Dikembangkan", "Aplikasi")], code="2.16.03.2.02.05"),
        B("S", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
          [("a38", "Jumlah Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", "PD")], code="2.16.03.2.02.10"),
        B("S", "Pengembangan dan Pengelolaan Ekosistem Kabupaten/Kota Cerdas dan Kota Cerdas",
          [("a39", "Jumlah Dokumen Masterplan Smart City yang Disusun", "Dok")], code="2.16.03.2.02.14"),
        B("U", "2.20 - URUSAN PEMERINTAHAN BIDANG STATISTIK", []),
        B("P", "Program Penyelenggaraan Statistik Sektoral",
          [("a41", "Persentase Ketersediaan Data Statistik Sektoral", "%")], sasaran=SAS4, code="2.20.02"),
        B("K", "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
          [("a42", "Jumlah Perangkat Daerah yang Menyampaikan Data Statistik Sektoral", "PD")], code="2.20.02.2.01"),
        B("S", "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
          [("a43", "Jumlah Data Set Statistik Sektoral yang dipublikasikan", "Dataset")], code="2.20.02.2.01.01"),
        B("U", "2.21 - URUSAN PEMERINTAHAN BIDANG PERSANDIAN", []),
        B("P", "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
          [("a45", "Persentase Perangkat Daerah yang Menerapkan Keamanan Informasi", "%")], sasaran=SAS5, code="2.21.02"),
        B("K", "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota",
          [("a46", "Persentase insiden keamanan informasi yang ditangani", "%")], code="2.21.02.2.01"),
        B("S", "Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik",
          [("a47", "Jumlah Perangkat Daerah yang Menerapkan Sistem Keamanan Informasi", "PD")], code="2.21.02.2.01.01"),
        B("S", "Penyediaan Layanan Keamanan Informasi Pemerintah Daerah Kabupaten/Kota",
          [("a48", "Jumlah Layanan Keamanan Informasi yang Diselenggarakan", "Layanan")], code="2.21.02.2.01.03"),
    ]


def blocks_2023():
    return [
        B("U", "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA", []),
        B("P", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          [("a01", "Nilai LHE AKIP Perangkat Daerah", "Nilai"),
           ("a02", "Nilai IKM Layanan Diskominfo", "Nilai")], sasaran=SAS1, code="2.16.01"),
        B("K", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          [("a04", "Persentase Tertib Pelaporan Capaian Kinerja, Rencana Kerja dan Penganggaran", "%")], code="2.16.01.2.01"),
        B("S", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
          [("a05", "Jumlah dokumen perencanaan PD", "Dok")], code="2.16.01.2.01.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
          [("a07", "Jml Laporan Capaian Kinerja & Ikhtisar Realisasi Kinerja SKPD", "Lap")], code="2.16.01.2.01.06"),
        B("S", "Evaluasi Kinerja Perangkat Daerah",
          [("a06", "Jumlah Laporan  Evaluasi Kinerja Perangkat Daerah", "Lap")], code="2.16.01.2.01.07"),
        B("K", "Administrasi Keuangan Perangkat Daerah",
          [("a08", "Persentase Tertib Administrasi dan Pelaporan Keuangan", "%")], code="2.16.01.2.02"),
        B("S", "Penyediaan Gaji dan Tunjangan ASN",
          [("a09", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/Bulan")], code="2.16.01.2.02.01"),
        B("S", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
          [("a11", "Jumlah Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD", "Lap")], code="2.16.01.2.02.07"),
        B("S", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
          [("a10", "Jumlah Laporan Keuangan Akhir Tahun SKPD", "Lap")], code="2.16.01.2.02.05"),
        B("K", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
          [("a13", "Persentase Pemenuhan Penunjang Layanan Kedinasan", "%")], code="2.16.01.2.08"),
        B("S", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
          [("a14", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "Laporan")], code="2.16.01.2.08.02"),
        B("P", "Program Informasi dan Komunikasi Publik",
          [("a20", "Persentase penyebarluasan informasi publik", "%"),
           ("a21", "Nilai Indeks Keterbukaan Informasi Publik (IKIP)", "Nilai")], sasaran=SAS2, code="2.16.02"),
        B("K", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
          [("a22", "Persentase PD yang Mengelola Informasi Publik melalui PPID Pembantu", "%")], code="2.16.02.2.01"),
        B("S", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
          [("a23", "Jumlah konten informasi publik yg dipublikasikan", "Konten")], code="2.16.02.2.01.02"),
        B("S", "Penyelenggaraan Hubungan Masyarakat, Media dan Kemitraan Komunitas",
          [("a24", "Jumlah Kerja Sama Media Massa", "Media")], code="2.16.02.2.01.05"),
        B("S", "Penguatan Kapasitas Sumber Daya Komunikasi Publik dan Kemitraan Komunitas",
          [("a25", "Jumlah Kelompok Informasi Masyarakat yang Dibina", "Kelompok")], code="2.16.02.2.01.06"),
        B("P", "Program Aplikasi Informatika",
          [("a30", "Indeks SPBE Kabupaten Tanah Lintang", "Indeks"),
           ("a31", "Persentase OPD Terhubung Jaringan Intra Pemerintah", "%")], sasaran=SAS3, code="2.16.03"),
        B("K", "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a32", "Persentase sub domain PD yang aktif", "%")], code="2.16.03.2.01"),
        B("S", "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a33", "Jumlah sub domain yg dikelola", "Sub Domain")], code="2.16.03.2.01.01"),
        B("K", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
          [("a34", "Persentase Layanan Pemerintahan Terintegrasi secara Elektronik", "%")], code="2.16.03.2.02"),
        B("S", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
          [("a36", "Jumlah aplikasi administrasi pemerintahan yang dikembangkan", "Aplikasi"),
           ("a35", "Jumlah aplikasi layanan publik yang dikembangkan", "Aplikasi")], code="2.16.03.2.02.05"),
        B("S", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
          [("a38", "Jumlah OPD yang Terhubung Jaringan Intra Pemerintah", "OPD")], code="2.16.03.2.02.10"),
        B("S", "Pengembangan dan Pengelolaan Ekosistem Kabupaten/Kota Cerdas dan Kota Cerdas",
          [("a40", "Jumlah Laporan Pengembangan Ekosistem Smart City", "Lap")], code="2.16.03.2.02.14"),
        B("U", "URUSAN PEMERINTAHAN BIDANG STATISTIK", []),
        B("P", "Program Penyelenggaraan Statistik Sektoral",
          [("a41", "Persentase ketersediaan data statistik sektoral PD", "%")], sasaran=SAS4, code="2.20.02"),
        B("K", "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
          [("a42", "Jumlah PD yang menyampaikan data statistik sektoral", "PD")], code="2.20.02.2.01"),
        B("S", "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
          [("a43", "Jumlah dataset statistik sektoral terpublikasi", "Dataset")], code="2.20.02.2.01.01"),
        B("U", "URUSAN PEMERINTAHAN BIDANG PERSANDIAN", []),
        B("P", "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
          [("a45", "Persentase PD yang menerapkan keamanan informasi", "%")], sasaran=SAS5, code="2.21.02"),
        B("K", "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota",
          [("a46", "Persentase Insiden Keamanan Informasi yang Ditangani", "%")], code="2.21.02.2.01"),
        B("S", "Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik",
          [("a47", "Jumlah PD yang Menerapkan Sistem Keamanan Informasi", "PD")], code="2.21.02.2.01.01"),
        B("S", "Penyediaan Layanan Keamanan Informasi Pemerintah Daerah Kabupaten/Kota",
          [("a48", "Jumlah layanan keamanan informasi yg diselenggarakan", "Layanan")], code="2.21.02.2.01.03"),
    ]


def add_budgets(blocks, seed, k):
    R = rng(seed)
    order = {"P": 0, "K": 1, "S": 2}
    for i, (lev, name, inds, ex) in enumerate(blocks):
        if lev == "U":
            continue
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else "U"
        leaf = nxt == "U" or order.get(nxt, 0) <= order[lev]
        if leaf:
            ex["rp"] = leaf_rp(R, k)
    return blocks


KADIS = ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", KAB_UP, "", "Drs. HENDRA SAPUTRA, M.Si",
         "Pembina Utama Muda", "NIP. 19720314 199803 1 006"]
KABAP = ["KEPALA BAPPEDA", KAB_UP, "", "Ir. RUSDIANSYAH LUBIS, M.T",
         "Pembina Utama Muda", "NIP. 19690821 199503 1 002"]


def main():
    vals = make_values()
    key = Key(AGENCY, SLUG, YEARS)
    key.ambiguous = [["a03", "a04"], ["a11", "a12"], ["a39", "a40"]]
    faktor = [("Faktor pendorong", "Dukungan pimpinan dan koordinasi dengan Perangkat Daerah berjalan baik."),
              ("Faktor penghambat", "Keterbatasan SDM bidang TIK dan jaringan di wilayah kecamatan terluar."),
              ("Tindak lanjut yang diperlukan dalam triwulan berikutnya", "-"),
              ("Tindak lanjut yang diperlukan dalam Renja PD berikutnya", "Penambahan anggaran pengembangan jaringan intra pemerintah.")]
    plans = [
        (2020, blocks_2020(), "Evaluasi Renja Diskominfo 2020.xls", "E81 2020",
         dict(scheme="17", kode="col", satuan_numbered=False, renstra_end=2021,
              prog_head="Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan")),
        (2021, blocks_2021(), "Evaluasi Renja Diskominfo 2021.xlsx", "Evaluasi TW IV",
         dict(scheme="15", kode="col", satuan_numbered=False, renstra_end=2026)),
        (2022, blocks_2022(), "EVALUASI RENJA DISKOMINFO TAHUN 2022.ods", "Realisasi TW IV",
         dict(scheme="15", kode="inline", satuan_numbered=True, renstra_end=2026)),
        (2023, blocks_2023(), "Evaluasi Renja Diskominfo 2023.xlsx", "TW IV 2023",
         dict(scheme="15", kode="col", satuan_numbered=True, renstra_end=2026, frac=True)),
    ]
    for k, (y, blocks, fn, sh, opts) in enumerate(plans):
        add_budgets(blocks, 500 + y, max(0, y - 2021))
        opts["titles"] = (["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP %s" % KAB_UP,
                           "RENJA PERANGKAT DAERAH %s TAHUN %d" % (KAB_UP, y),
                           "Perangkat Daerah : Dinas Komunikasi dan Informatika",
                           "Periode Pelaksanaan : Triwulan IV Tahun %d" % y])
        if y == 2021:
            opts["titles"] = ["Evaluasi Terhadap Hasil Renja Perangkat Daerah", KAB, "Tahun %d" % y]
        opts["faktor"] = faktor
        opts["place_date"] = "%s, %s Januari %d" % (IBUKOTA, ["11", "14", "12", "10"][k], y + 1)
        opts["sig_left"] = KADIS
        opts["sig_right"] = KABAP
        opts["unit_default"] = "Diskominfo"
        if y == 2022:
            opts["numfmt"] = lambda i, l: str(i) + "."
        wb = build_eval(y, blocks, vals, opts, key, fn, sh)
        ship(wb, SLUG, fn)
        key.files.append(fn)
    key.write()
    print(SLUG, len(key.rows), "key rows")


if __name__ == "__main__":
    main()
