//! Names the generated evaluation forms are made of: agencies, programs, kegiatan, sub kegiatan
//! with their indicators and units (after the Permendagri 90/2019 nomenclature), regencies,
//! officials (invented names) and the narrative rows under the table.

/// A sub kegiatan: name, output indicator, unit.
pub type Sub = (&'static str, &'static str, &'static str);

pub struct Keg {
    pub name: &'static str,
    pub ind: &'static str,
    pub unit: &'static str,
    pub subs: &'static [Sub],
}

pub struct Prog {
    pub name: &'static str,
    pub ind: &'static str,
    pub unit: &'static str,
    pub sasaran: &'static str,
    /// The unit of the agency in charge (column "Unit Perangkat Daerah Penanggung Jawab").
    pub bidang: &'static str,
    pub kegs: &'static [Keg],
}

pub struct Opd {
    pub name: &'static str,
    pub slug: &'static str,
    pub programs: &'static [Prog],
}

/// The support program every agency has, first in every form.
pub const PENUNJANG: Prog = Prog {
    name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    ind: "Nilai SAKIP Perangkat Daerah",
    unit: "Nilai",
    sasaran: "Meningkatnya akuntabilitas kinerja Perangkat Daerah",
    bidang: "Sekretariat",
    kegs: &[
        Keg {
            name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            ind: "Persentase dokumen perencanaan dan evaluasi yang tersusun tepat waktu",
            unit: "%",
            subs: &[
                ("Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen"),
                ("Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD", "Dokumen"),
                ("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Laporan"),
                ("Evaluasi Kinerja Perangkat Daerah", "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan"),
            ],
        },
        Keg {
            name: "Administrasi Keuangan Perangkat Daerah",
            ind: "Persentase tertib administrasi dan pelaporan keuangan",
            unit: "%",
            subs: &[
                ("Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/Bulan"),
                ("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah Laporan Keuangan Akhir Tahun SKPD", "Laporan"),
                ("Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Laporan"),
            ],
        },
        Keg {
            name: "Administrasi Kepegawaian Perangkat Daerah",
            ind: "Persentase ASN yang meningkat kompetensinya",
            unit: "%",
            subs: &[
                ("Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "Paket"),
                ("Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "Orang"),
            ],
        },
        Keg {
            name: "Administrasi Umum Perangkat Daerah",
            ind: "Persentase ketersediaan pemenuhan layanan umum kedinasan",
            unit: "%",
            subs: &[
                ("Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "Paket"),
                ("Penyediaan Bahan Logistik Kantor", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "Paket"),
                ("Penyediaan Barang Cetakan dan Penggandaan", "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", "Paket"),
                ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Laporan"),
            ],
        },
        Keg {
            name: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            ind: "Persentase pemenuhan jasa penunjang perkantoran",
            unit: "%",
            subs: &[
                ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "Laporan"),
                ("Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "Laporan"),
            ],
        },
        Keg {
            name: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            ind: "Persentase barang milik daerah dalam kondisi baik",
            unit: "%",
            subs: &[
                ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan Dibayarkan Pajaknya", "Unit"),
                ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "Unit"),
            ],
        },
    ],
};

pub const OPDS: &[Opd] = &[
    Opd {
        name: "Dinas Kesehatan",
        slug: "dinkes",
        programs: &[
            Prog {
                name: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                ind: "Persentase fasilitas pelayanan kesehatan yang terakreditasi",
                unit: "%",
                sasaran: "Meningkatnya derajat kesehatan masyarakat",
                bidang: "Bidang Kesehatan Masyarakat",
                kegs: &[
                    Keg {
                        name: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
                        ind: "Cakupan pelayanan kesehatan sesuai standar",
                        unit: "%",
                        subs: &[
                            ("Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "Orang"),
                            ("Pengelolaan Pelayanan Kesehatan Balita", "Jumlah Balita yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "Orang"),
                            ("Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Dokumen"),
                            ("Pengelolaan Surveilans Kesehatan", "Jumlah Dokumen Hasil Pengelolaan Surveilans Kesehatan", "Dokumen"),
                        ],
                    },
                    Keg {
                        name: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
                        ind: "Persentase puskesmas dengan sarana, prasarana dan alat kesehatan sesuai standar",
                        unit: "%",
                        subs: &[
                            ("Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", "Jumlah Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan yang Disediakan", "Unit"),
                            ("Rehabilitasi dan Pemeliharaan Puskesmas", "Jumlah Puskesmas yang Direhabilitasi dan/atau Dipelihara", "Unit"),
                        ],
                    },
                ],
            },
            Prog {
                name: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
                ind: "Persentase tenaga kesehatan yang memenuhi standar kompetensi",
                unit: "%",
                sasaran: "Meningkatnya mutu sumber daya manusia kesehatan",
                bidang: "Bidang Sumber Daya Kesehatan",
                kegs: &[
                    Keg {
                        name: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
                        ind: "Rasio tenaga kesehatan terhadap jumlah penduduk",
                        unit: "Indeks",
                        subs: &[
                            ("Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar", "Jumlah Sumber Daya Manusia Kesehatan yang Memenuhi Standar", "Orang"),
                        ],
                    },
                    Keg {
                        name: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
                        ind: "Persentase SDM kesehatan yang ditingkatkan kompetensinya",
                        unit: "%",
                        subs: &[
                            ("Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan", "Jumlah Sumber Daya Manusia Kesehatan yang Ditingkatkan Kompetensinya", "Orang"),
                        ],
                    },
                ],
            },
        ],
    },
    Opd {
        name: "Dinas Pendidikan dan Kebudayaan",
        slug: "disdikbud",
        programs: &[
            Prog {
                name: "Program Pengelolaan Pendidikan",
                ind: "Angka Partisipasi Murni SD",
                unit: "%",
                sasaran: "Meningkatnya akses dan mutu pendidikan dasar",
                bidang: "Bidang Pembinaan SD",
                kegs: &[
                    Keg {
                        name: "Pengelolaan Pendidikan Sekolah Dasar",
                        ind: "Persentase SD dengan sarana prasarana sesuai standar",
                        unit: "%",
                        subs: &[
                            ("Pembangunan Ruang Kelas Baru", "Jumlah Ruang Kelas Baru yang Dibangun", "Unit"),
                            ("Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Jumlah Ruang Kelas yang Direhabilitasi", "Unit"),
                            ("Pengadaan Mebel Sekolah", "Jumlah Paket Mebel Sekolah yang Disediakan", "Paket"),
                            ("Pengelolaan Dana BOS Sekolah Dasar", "Jumlah Laporan Pengelolaan Dana BOS Sekolah Dasar", "Laporan"),
                        ],
                    },
                    Keg {
                        name: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
                        ind: "Angka Partisipasi Murni SMP",
                        unit: "%",
                        subs: &[
                            ("Pengadaan Perlengkapan Sekolah", "Jumlah Paket Perlengkapan Sekolah yang Disediakan", "Paket"),
                            ("Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Sekolah Menengah Pertama", "Jumlah Pendidik dan Tenaga Kependidikan SMP yang Disediakan", "Orang"),
                        ],
                    },
                ],
            },
            Prog {
                name: "Program Pendidik dan Tenaga Kependidikan",
                ind: "Persentase guru yang bersertifikat pendidik",
                unit: "%",
                sasaran: "Meningkatnya kualitas pendidik dan tenaga kependidikan",
                bidang: "Bidang Pendidik dan Tenaga Kependidikan",
                kegs: &[Keg {
                    name: "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan",
                    ind: "Persentase pendidik dengan kualifikasi S1/D4",
                    unit: "%",
                    subs: &[
                        ("Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan", "Jumlah Pendidik dan Tenaga Kependidikan yang Ditingkatkan Kompetensinya", "Orang"),
                        ("Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan", "Jumlah Dokumen Hasil Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan", "Dokumen"),
                    ],
                }],
            },
        ],
    },
    Opd {
        name: "Badan Perencanaan Pembangunan Daerah",
        slug: "bappeda",
        programs: &[
            Prog {
                name: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
                ind: "Persentase konsistensi program RKPD terhadap RPJMD",
                unit: "%",
                sasaran: "Meningkatnya kualitas perencanaan pembangunan daerah",
                bidang: "Bidang Perencanaan, Pengendalian dan Evaluasi",
                kegs: &[
                    Keg {
                        name: "Penyusunan Perencanaan dan Pendanaan",
                        ind: "Persentase dokumen perencanaan pembangunan daerah yang ditetapkan tepat waktu",
                        unit: "%",
                        subs: &[
                            ("Penyusunan Dokumen Perencanaan Pembangunan Daerah (RPJPD, RPJMD dan RKPD)", "Jumlah Dokumen Perencanaan Pembangunan Daerah", "Dokumen"),
                            ("Koordinasi Penyelenggaraan Perencanaan Pembangunan Daerah", "Jumlah Laporan Koordinasi Penyelenggaraan Perencanaan Pembangunan Daerah", "Laporan"),
                            ("Pelaksanaan Musyawarah Perencanaan Pembangunan Daerah", "Jumlah Kegiatan Musrenbang yang Dilaksanakan", "Kegiatan"),
                        ],
                    },
                    Keg {
                        name: "Pengendalian, Evaluasi dan Pelaporan",
                        ind: "Persentase capaian kinerja RKPD",
                        unit: "%",
                        subs: &[
                            ("Evaluasi Pelaksanaan Rencana Pembangunan Daerah", "Jumlah Laporan Evaluasi Pelaksanaan Rencana Pembangunan Daerah", "Laporan"),
                            ("Pengendalian Pelaksanaan Rencana Pembangunan Daerah", "Jumlah Laporan Pengendalian Pelaksanaan Rencana Pembangunan Daerah", "Laporan"),
                        ],
                    },
                ],
            },
            Prog {
                name: "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah",
                ind: "Indeks kualitas perencanaan pembangunan daerah",
                unit: "Indeks",
                sasaran: "Meningkatnya sinergi perencanaan pembangunan daerah",
                bidang: "Bidang Pemerintahan dan Pembangunan Manusia",
                kegs: &[
                    Keg {
                        name: "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia",
                        ind: "Persentase program bidang pemerintahan dan pembangunan manusia yang selaras",
                        unit: "%",
                        subs: &[
                            ("Koordinasi Penyusunan Dokumen Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", "Jumlah Dokumen Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", "Dokumen"),
                            ("Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan Pembangunan Daerah Bidang Pemerintahan dan Pembangunan Manusia", "Jumlah Laporan Koordinasi Sinergitas dan Harmonisasi Perencanaan", "Laporan"),
                        ],
                    },
                    Keg {
                        name: "Koordinasi Perencanaan Bidang Perekonomian dan SDA",
                        ind: "Persentase program bidang perekonomian dan SDA yang selaras",
                        unit: "%",
                        subs: &[
                            ("Koordinasi Penyusunan Dokumen Perencanaan Bidang Perekonomian dan SDA", "Jumlah Dokumen Perencanaan Bidang Perekonomian dan SDA", "Dokumen"),
                        ],
                    },
                ],
            },
        ],
    },
    Opd {
        name: "Dinas Pekerjaan Umum dan Penataan Ruang",
        slug: "dpupr",
        programs: &[
            Prog {
                name: "Program Penyelenggaraan Jalan",
                ind: "Persentase jalan kabupaten dalam kondisi mantap",
                unit: "%",
                sasaran: "Meningkatnya kualitas infrastruktur jalan dan jembatan",
                bidang: "Bidang Bina Marga",
                kegs: &[Keg {
                    name: "Penyelenggaraan Jalan Kabupaten/Kota",
                    ind: "Persentase panjang jalan kabupaten yang ditangani",
                    unit: "%",
                    subs: &[
                        ("Rekonstruksi Jalan", "Panjang Jalan yang Direkonstruksi", "Km"),
                        ("Pemeliharaan Berkala Jalan", "Panjang Jalan yang Dipelihara Secara Berkala", "Km"),
                        ("Pembangunan Jembatan", "Jumlah Jembatan yang Dibangun", "Unit"),
                        ("Penyusunan Rencana, Kebijakan, Strategi dan Teknis Pengembangan Jaringan Jalan", "Jumlah Dokumen Rencana Teknis Pengembangan Jaringan Jalan", "Dokumen"),
                    ],
                }],
            },
            Prog {
                name: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
                ind: "Persentase rumah tangga dengan akses air minum layak",
                unit: "%",
                sasaran: "Meningkatnya akses masyarakat terhadap air minum layak",
                bidang: "Bidang Cipta Karya",
                kegs: &[Keg {
                    name: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
                    ind: "Jumlah sambungan rumah yang terlayani SPAM",
                    unit: "Unit",
                    subs: &[
                        ("Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan", "Jumlah SPAM Jaringan Perpipaan di Kawasan Perdesaan yang Dibangun", "Unit"),
                        ("Penyusunan Rencana, Kebijakan, Strategi dan Teknis Sistem Penyediaan Air Minum", "Jumlah Dokumen Rencana Teknis SPAM", "Dokumen"),
                    ],
                }],
            },
            Prog {
                name: "Program Penataan Bangunan Gedung",
                ind: "Persentase bangunan gedung pemerintah yang laik fungsi",
                unit: "%",
                sasaran: "Meningkatnya kualitas penataan bangunan gedung",
                bidang: "Bidang Tata Bangunan",
                kegs: &[Keg {
                    name: "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten/Kota",
                    ind: "Jumlah bangunan gedung yang memiliki PBG",
                    unit: "Unit",
                    subs: &[
                        ("Penyelenggaraan Proses Penerbitan Persetujuan Bangunan Gedung (PBG)", "Jumlah PBG yang Diterbitkan", "Dokumen"),
                    ],
                }],
            },
        ],
    },
];

/// Regency and the town where its documents are signed.
pub const KABUPATEN: &[(&str, &str)] = &[
    ("Kabupaten Banjar", "Martapura"),
    ("Kabupaten Bone", "Watampone"),
    ("Kabupaten Lombok Timur", "Selong"),
    ("Kabupaten Karanganyar", "Karanganyar"),
    ("Kabupaten Sintang", "Sintang"),
    ("Kabupaten Minahasa", "Tondano"),
];

/// Invented officials: name, rank.
pub const KEPALA: &[(&str, &str)] = &[
    ("dr. HENDRA WIJAYA, M.Kes", "Pembina Utama Muda"),
    ("Drs. SUPARMAN, M.Si", "Pembina Tingkat I"),
    ("Ir. RAHMAT HIDAYAT, M.T.", "Pembina Utama Muda"),
    ("Dra. SRI WAHYUNI, M.Pd", "Pembina Tingkat I"),
    ("H. MUHAMMAD ARIF, S.STP, M.Si", "Pembina Utama Muda"),
    ("RINA MARLINA, S.E., M.M.", "Pembina Tingkat I"),
];

pub const KEPALA_BAPPEDA: &[(&str, &str)] = &[
    ("Dr. Ir. BUDI SANTOSO, M.Si", "Pembina Utama Muda"),
    ("H. ANDI MAPPASESSU, S.Sos., M.AP", "Pembina Utama Muda"),
    ("YULIANTI KUSUMA, S.T., M.Eng", "Pembina Tingkat I"),
];

pub const PENDORONG: &[&str] = &[
    "Dukungan pimpinan dan koordinasi yang baik antar bidang; ketersediaan anggaran sesuai jadwal.",
    "Komitmen aparatur dalam melaksanakan kegiatan sesuai rencana kerja; sistem informasi perencanaan yang terintegrasi.",
];

pub const PENGHAMBAT: &[&str] = &[
    "Refocusing anggaran pada triwulan berjalan; keterlambatan proses pengadaan barang dan jasa.",
    "Keterbatasan jumlah dan kompetensi SDM; sebagian kegiatan baru dapat dilaksanakan pada akhir tahun.",
];

pub const TL_TRIWULAN: &[&str] = &[
    "Mempercepat pelaksanaan kegiatan yang tertunda dan meningkatkan pengendalian realisasi fisik dan keuangan.",
    "Menyusun jadwal pelaksanaan kegiatan per bulan dan melakukan monitoring secara berkala.",
];

pub const TL_RENJA: &[&str] = &[
    "Menyesuaikan target kinerja dan pagu indikatif dengan kemampuan pelaksanaan; memperbaiki perencanaan pengadaan.",
    "Meningkatkan kualitas penyusunan indikator kinerja dan sinkronisasi dengan Renstra Perangkat Daerah.",
];
