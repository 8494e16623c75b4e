//! The 30 blocks of the Bone 2020 Rencana Aksi, as `bone-2020-reconstruction.md` (table 1b)
//! rebuilds them from seed `000_6597b39af0ad6b75.txt`.
//!
//! Every figure is the text the document prints: `""` is a cell where nothing is printed
//! (`·` in the reconstruction), `"-"` a printed dash. Names are spelled as the seed prints
//! them (its typos kept), joined over the seed's line breaks with single spaces.

/// The figures of one level (sasaran, program or kegiatan) in one block: the annual target
/// and, for TW 1..TW 4, `[target, realisasi, %]`.
pub struct Figures {
    pub annual: &'static str,
    pub tw: [[&'static str; 3]; 4],
}

/// A programme: name, indicator, budget (as printed, on the first block of the programme
/// only) and its figures (repeated on every block of the programme).
pub struct Program {
    pub id: &'static str,
    pub name: &'static str,
    pub indicator: &'static str,
    pub budget: &'static str,
    pub figures: Figures,
}

/// One block (five worksheet rows): one kegiatan with its sasaran and programme.
pub struct Block {
    /// R01..R30.
    pub id: &'static str,
    /// Sasaran number for the NO column (only where the document prints one).
    pub no: &'static str,
    pub sasaran: &'static str,
    /// Indikator sasaran, with the indicator number the document prints in front of it.
    pub indikator_sasaran: &'static str,
    pub sasaran_figures: &'static Figures,
    pub program: &'static Program,
    pub kegiatan: &'static str,
    pub kegiatan_budget: &'static str,
    pub indikator_kegiatan: &'static str,
    pub kegiatan_figures: Figures,
    pub unit: &'static str,
}

const LT1: &str = "1 Laporan Triwulan";
const LT4: &str = "4 Laporan Triwulan";
const DASH: [&str; 3] = ["-", "-", "-"];
const TW_NONE: [&str; 3] = [LT1, "", ""];

// ---- Sasaran strategis (as printed; SS3 is spelled two ways) --------------------------

const SS1: &str = "Meningkatkan Pertumbuhan Kewirausahaan serta kualitas skala usaha mikro";
const SS2: &str = "Meningkatkan Koperasi yang berkualitas";
/// Pages 3-5 (R16-R26).
const SS3: &str =
    "Meningkatkan Akuntabilitas Kinerja urusan Pemerintahan Bidang Koperasi dan Usaha Mikro";
/// Pages 5-6 (R27-R30) print "Meningkakan ... Urusan".
const SS3_SIC: &str =
    "Meningkakan Akuntabilitas Kinerja Urusan Pemerintahan Bidang Koperasi dan Usaha Mikro";

// ---- Sasaran indicator figures (IS1..IS8) ------------------------------------------------

static IS1: Figures = Figures {
    annual: "694,29 M",
    tw: [
        ["30%", "70%", "100%"],
        ["50%", "71%", "100%"],
        // Ambiguity §4.1: the seed's "TW 3 : 80%" before the programme budget is read as
        // the sasaran's (target only); "80% 100% 100%" after it as the programme's.
        ["80%", "", ""],
        ["100%", "", ""],
    ],
};

/// IS2's quarters, printed identically on R02 and R03.
const IS2_TW: [[&str; 3]; 4] = [
    ["30%", "99,50%", "100%"],
    ["50%", "99,50%", "100%"],
    ["80%", "99,50%", "100%"],
    ["100%", "99,63%", "100%"],
];

/// IS2 on R02 (annual 99,86 %).
static IS2_R02: Figures = Figures {
    annual: "99,86%",
    tw: IS2_TW,
};

/// IS2 on R03 (annual 100 %, the same quarter figures).
static IS2_R03: Figures = Figures {
    annual: "100%",
    tw: IS2_TW,
};

static IS3: Figures = Figures {
    annual: "11,76%",
    tw: [
        ["2,50%", "5,90%", "100%"],
        ["5,00%", "8,80%", "100%"],
        ["7,50%", "8,80%", "100%"],
        ["11,76%", "11`,76%", "100%"],
    ],
};

static IS4: Figures = Figures {
    annual: "3 KOP",
    tw: [
        DASH,
        DASH,
        // Ambiguity §4.4: the lone "3 KOP" is read as the TW 3 target.
        ["3 KOP", "", ""],
        ["-", "3 Kop%", "100%"],
    ],
};

static IS5: Figures = Figures {
    annual: "34,50%",
    tw: [
        ["31,00%", "32,20%", "100%"],
        ["32,00%", "33,00%", "100%"],
        ["33,00%", "34,18%", "100%"],
        ["34,50%", "34,50%", "100%"],
    ],
};

static IS6: Figures = Figures {
    annual: "64%",
    tw: [
        ["15%", "13,10%", "87,30%"],
        ["30%", "26,00%", "86,00%"],
        ["45%", "24,70%", "54,88%"],
        ["61%", "24,43%", "38,17%"],
    ],
};

static IS7: Figures = Figures {
    annual: "248,71 M",
    tw: [
        ["30%", "85,19%", "85,19%"],
        ["50%", "99,15%", "99,15%"],
        ["80%", "99,15%", "99,15%"],
        ["100%", "99,10%", "99,10%"],
    ],
};

static IS8: Figures = Figures {
    annual: "B",
    tw: [DASH, DASH, DASH, ["B", "B", "100%"]],
};

// ---- Programmes P1..P8 -------------------------------------------------------------------

static P1: Program = Program {
    id: "P1",
    name: "Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif Usaha Kecil Menengah",
    indicator: "Persentase Peningkatan Kualitas Pelaku Usaha Mikro",
    // Printed in the kegiatan style (§2.7); position and sums make it the programme's.
    budget: "Rp. 45.865.000,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "16%", "53%"],
            ["50%", "24%", "48%"],
            ["80%", "100%", "100%"],
            ["100%", "-", "-"],
        ],
    },
};

static P2: Program = Program {
    id: "P2",
    name: "Program Pengembangan Sistem Pendukung Usaha Bagi Usaha Kecil Menengah",
    indicator: "Persentase Peningkatan Produktifits Usaha Mikro,Kecil dan Menengah",
    budget: "Rp.150.825.000 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "19%", "63%"],
            ["50%", "38%", "76%"],
            ["80%", "57%", "71%"],
            // Ambiguity §4.2: the lone "-" after R02's TW 4 line is not assigned.
            ["100%", "", ""],
        ],
    },
};

static P3: Program = Program {
    id: "P3",
    name: "Peningkatan Kualitas Kelembagaan Koperasi",
    indicator: "Persentase Peningkatan Kapasitas kelembagaan dan Produktifitas Koperasi",
    budget: "Rp.330.007.300 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "20%", "65%"],
            ["50%", "42%", "83%"],
            ["80%", "62%", "77%"],
            ["100%", "", ""],
        ],
    },
};

static P4: Program = Program {
    id: "P4",
    name: "Program Pelayanan Administrasi Perkantoran",
    indicator: "Cakupan ketersediaan Pelayanan Administrasi Perkantoran Setiap Tahun Anggaran",
    budget: "Rp.346.909.800 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "22%", "73%"],
            ["50%", "44%", "88%"],
            ["80%", "66%", "83%"],
            ["100%", "", ""],
        ],
    },
};

static P5: Program = Program {
    id: "P5",
    name: "Program Penigkatan Sarana dan Prasarana Aparatur",
    indicator: "Cakupan Realisasi Peningkatan Sarana dan Prasarana Aparatur sesuai rencana kebutuhan setiap tahun anggaran",
    budget: "Rp.78.075.900 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "-", "-"],
            ["50%", "100%", "100%"],
            ["80%", "-", "-"],
            ["100%", "-", "-"],
        ],
    },
};

/// Ambiguity §4.5: which of the two page-5 programmes is R27's and which R28's. R27 (the
/// Bimtek kegiatan) is given the capacity programme, R28 (realisasi in "dok") the reporting
/// programme, although the text prints the reporting programme's name first.
static P6: Program = Program {
    id: "P6",
    name: "Program Peningkatan Kapasitas dan Sumber Daya Aparatur",
    indicator: "Persentase Ketersediaan Aparat Pembina Koperasi yang bersertifikat",
    budget: "Rp.25.550.000 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "40%", "100%"],
            ["50%", "45%", "90%"],
            ["80%", "-", "-"],
            ["100%", "", ""],
        ],
    },
};

static P7: Program = Program {
    id: "P7",
    name: "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
    indicator: "Cakupan realisasi penyusunan dokumen pelaporan capaian kinerja dan keuangan setiap tahun anggaran",
    budget: "Rp.25.767.000 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "30%", "100%"],
            ["50%", "60%", "100%"],
            ["80%", "80%", "100%"],
            ["100%", "", ""],
        ],
    },
};

static P8: Program = Program {
    id: "P8",
    name: "Program Penunjang Pemerintahan Umum",
    indicator: "Cakupan Realisasi kegiatan Penunjang pemerintahan Umum setiap tahun anggaran",
    budget: "Rp.70.750.000 ,-",
    figures: Figures {
        annual: "80%",
        tw: [
            ["30%", "30%", "100%"],
            ["50%", "60%", "100%"],
            ["80%", "80%", "100%"],
            ["100%", "", ""],
        ],
    },
};

// ---- Units (unit kerja / penanggung jawab) ----------------------------------------------
// Several are joined from fragments the extraction scattered (see the readings in bone.rs,
// §4.6): U_ANGGOTA, U_AWAS, U_PENGUATAN and U_SDM do not occur in one piece in the seed.

const U_KEWIRA: &str = "Kepala Seksi Peningkatan Kualitas Kewirausahaan";
const U_FASUM: &str = "Kepala Seksi Fasilitasi Usaha Mikro";
/// Printed cut off after "dan" (R04); kept as printed.
const U_PENGEMB: &str = "Kepala Seksi Pengembangan Penguatan dan";
const U_KELEMB: &str = "Kepala Seksi Kelembagaan dan Perizinan";
const U_ANGGOTA: &str = "Kepala Seksi Keanggotaan dan Penerapan peraturan";
const U_AWAS: &str = "Kepala Seksi Pengawasan Pemeriksaan dan Penilaian Kesehatan koperasi";
const U_FASKOP: &str = "kepala Seksi Fasilitasi Usaha Koperasi";
const U_PENGUATAN: &str = "Kepala Seksi Penguatan dan perlindungan Usaha Koperasi";
const U_SDM: &str = "Kepala Seksi Peningkatan Kulitas SDM Koperasi";
const U_PROGKEU: &str = "Kepala Sub.Bagian Program dan Keuangan";
const U_UMUM: &str = "Kepala Sub.Bagian Umum dan kepegawaian";

// ---- The blocks ----------------------------------------------------------------------------

/// Four quarters of "1 Laporan Triwulan" with the schedule % 30/50/80 and realisasi `r`,
/// TW 4 target only.
const fn lt_schedule(r1: &'static str, r2: &'static str, r3: &'static str) -> Figures {
    Figures {
        annual: LT4,
        tw: [
            [LT1, r1, "30%"],
            [LT1, r2, "50%"],
            [LT1, r3, "80%"],
            TW_NONE,
        ],
    }
}

pub static BLOCKS: [Block; 30] = [
    Block {
        id: "R01",
        no: "1.",
        sasaran: SS1,
        indikator_sasaran: "1. Pertumbuhan Volume Usaha Mikro",
        sasaran_figures: &IS1,
        program: &P1,
        kegiatan: "Penyelenggaraan Pelatihan Kewirausahaan",
        kegiatan_budget: "Rp. 45.865.000,-",
        indikator_kegiatan: "Jumlah UM yang dilatih ( 3 Kec.Pertahun) dan fasilitasi bantuan alat usaha",
        kegiatan_figures: Figures {
            annual: LT1,
            tw: [
                [LT1, "90 UM", "100%"],
                // Ambiguity §4.3: R01's single "-" for TW 2..TW 4 is read as the target.
                ["-", "", ""],
                ["-", "", ""],
                ["-", "", ""],
            ],
        },
        unit: U_KEWIRA,
    },
    Block {
        id: "R02",
        no: "",
        sasaran: SS1,
        indikator_sasaran: "2. Persentase Usaha Mikro dan kecil",
        sasaran_figures: &IS2_R02,
        program: &P2,
        kegiatan: "Pengembangan Kebijakan dan Program Peningkatan Ekonomi Lokal",
        kegiatan_budget: "Rp. 0,-",
        indikator_kegiatan: "Jumlah Keluarga Miskin usia produktif yang difasilitasi ( pelatihan Pengembangan Usaha )",
        kegiatan_figures: Figures {
            annual: "-",
            tw: [DASH, DASH, DASH, DASH],
        },
        unit: U_KEWIRA,
    },
    Block {
        id: "R03",
        no: "",
        sasaran: SS1,
        indikator_sasaran: "Persentase Usaha Mikro dan kecil",
        sasaran_figures: &IS2_R03,
        program: &P2,
        kegiatan: "Penyelenggaraan Promosi Produk Usaha Mikro Kecil Menengah",
        kegiatan_budget: "Rp. 60.525.000,-",
        indikator_kegiatan: "Jumlah Usaha Mikro yang difasiltasi Promosi / Jumlah waktu pelaksanaan pameran",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "-", "-"],
                [LT1, "4 UM", "25%"],
                [LT1, "10 UM", "80%"],
                TW_NONE,
            ],
        },
        unit: U_FASUM,
    },
    Block {
        id: "R04",
        no: "",
        sasaran: SS1,
        indikator_sasaran: "3. Persentase Pertumbuhan Usaha Mikro menjadi usaha kecil",
        sasaran_figures: &IS3,
        program: &P2,
        kegiatan: "Pendataan UMKM",
        kegiatan_budget: "Rp. 65.800.000,-",
        indikator_kegiatan: "Jumlah Usaha Mikro pertahun",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "-", "-"],
                [LT1, "900 UM", "50%"],
                [LT1, "900 UM", "80%"],
                TW_NONE,
            ],
        },
        unit: U_PENGEMB,
    },
    Block {
        id: "R05",
        no: "",
        sasaran: SS1,
        indikator_sasaran: "Persentase Pertumbuhan Usaha Mikro menjadi usaha kecil",
        sasaran_figures: &IS3,
        program: &P2,
        kegiatan: "Pemantauan Pengelolaan Penggunaan Dana Pemerintah bagi Usaha Mikro Kecil Menengah",
        kegiatan_budget: "Rp. 24.500.000,-",
        indikator_kegiatan: "Jumlah WUB yang dibina",
        kegiatan_figures: lt_schedule("45WUB", "40WUB", "35WUB"),
        // Not visible in the text: left empty.
        unit: "",
    },
    Block {
        id: "R06",
        no: "2.",
        sasaran: SS2,
        indikator_sasaran: "4. Jumlah koperasi berprestasi",
        sasaran_figures: &IS4,
        program: &P3,
        kegiatan: "Pembinaan Pengawasan dan Penghargaan Koperasi Berprestasi",
        kegiatan_budget: "Rp. 41.080.000,-",
        indikator_kegiatan: "Peningkatan Koperasi berprestasi ( Jumlah Koperasi Berprestasi yang difasilitasi pertahun )",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "-", "30%"],
                [LT1, "-", "50%"],
                [LT1, "10 kop", "100%"],
                [LT1, "-", "-"],
            ],
        },
        unit: U_KELEMB,
    },
    Block {
        id: "R07",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "5. Persentase Koperasi Aktif",
        sasaran_figures: &IS5,
        program: &P3,
        kegiatan: "Koordinasi pelaksanaan Kebijakan dan Program Pembangunan koperasi",
        kegiatan_budget: "Rp. 62.350.000,-",
        indikator_kegiatan: "Jumlah Koperasi /Kopwan yang difasilitasi penyuluhan dan legalitas lembaga",
        kegiatan_figures: lt_schedule("25 Orang", "25 Orang", "25 Orang"),
        unit: U_KELEMB,
    },
    Block {
        id: "R08",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "6. Persentase koperasi Sehat",
        sasaran_figures: &IS6,
        program: &P3,
        kegiatan: "Sosialisasi prinsip - prinsip pemahaman koperasi",
        kegiatan_budget: "Rp. 33.750.000,-",
        indikator_kegiatan: "Jumlah SDM Pengurus Pengawas Koperasi",
        kegiatan_figures: Figures {
            annual: "100 Orang",
            tw: [DASH, DASH, ["100 Orang", "100 Orang", "100%"], DASH],
        },
        unit: U_ANGGOTA,
    },
    Block {
        id: "R09",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Persentase koperasi aktif",
        sasaran_figures: &IS5,
        program: &P3,
        kegiatan: "Monitoring Evaluasi dan Pelaporan",
        kegiatan_budget: "Rp. 25.280.000,-",
        indikator_kegiatan: "Jumlah koperasi yang dimonitoring dan evaluasi pertahun",
        kegiatan_figures: lt_schedule("7 Kop", "9 Kop", "11 Kop"),
        unit: U_ANGGOTA,
    },
    Block {
        id: "R10",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Persentase koperasi Sehat",
        sasaran_figures: &IS6,
        program: &P3,
        kegiatan: "Pembinaan dan Penilian Kesehatan KSP/USP",
        kegiatan_budget: "Rp. 22.250.000,-",
        indikator_kegiatan: "Jumlah Koperasi yang dinilai",
        kegiatan_figures: lt_schedule("6 Kop", "7 Kop", "6 Kop"),
        unit: U_AWAS,
    },
    Block {
        id: "R11",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Pertumbuhan volume usaha",
        sasaran_figures: &IS7,
        program: &P3,
        kegiatan: "Peningkatan dan Pengembangan Jaringan Kerjasama Usaha Koperasi",
        kegiatan_budget: "Rp. 17.000.000,-",
        indikator_kegiatan: "Jumlah Koperasi yang difasilitasi Promosi/Temu mitra dengan pihak ketiga",
        kegiatan_figures: lt_schedule("1 kop", "-", "2 Kop"),
        unit: U_FASKOP,
    },
    Block {
        id: "R12",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "7. Pertumbuhan Volume Usaha",
        sasaran_figures: &IS7,
        program: &P3,
        kegiatan: "Pembinaan pemantauan Administrasi Koperasi Pengelola Pasar Tradisional",
        kegiatan_budget: "Rp. 10.800.000,-",
        indikator_kegiatan: "Jumlah Koperasi pasar tradisional yang dibina",
        kegiatan_figures: Figures {
            annual: "3 kegiatan",
            tw: [
                DASH,
                ["1 Kegiatan", "-", "-"],
                ["1 Kegiatan", "-", "-"],
                ["1 Kegiatan", "3 Keg", ""],
            ],
        },
        unit: U_PENGUATAN,
    },
    Block {
        id: "R13",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Persentase koperasi sehat",
        sasaran_figures: &IS6,
        program: &P3,
        kegiatan: "Pembinaan Pemantauan Administrasi Keuangan KSP/USP",
        kegiatan_budget: "Rp. 22.800.000,-",
        indikator_kegiatan: "Pembinaaan dan dan fasilitasi koperasi sehat",
        kegiatan_figures: Figures {
            annual: "12 Koperasi",
            tw: [DASH, DASH, ["12 Koperasi", "12 Kop", "100%"], DASH],
        },
        unit: U_PENGUATAN,
    },
    Block {
        id: "R14",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Pertumbuhan Volume Usaha",
        sasaran_figures: &IS7,
        program: &P3,
        kegiatan: "Pelatihan Manajemen Akuntansi Koperasi Bagi pengurus Pengelola KSP/USP",
        kegiatan_budget: "Rp. 44.500.000,-",
        indikator_kegiatan: "Jumlah jenis dokumen pelaporan keuangan Inspektorat Daerah yang tersusun selama satu tahun anggaran",
        kegiatan_figures: Figures {
            annual: "1 Kegiatan",
            tw: [DASH, DASH, DASH, ["1 Kegiatan", "25 Orang", ""]],
        },
        unit: U_SDM,
    },
    Block {
        id: "R15",
        no: "",
        sasaran: SS2,
        indikator_sasaran: "Pertumbuhan Volume Usaha",
        sasaran_figures: &IS7,
        program: &P3,
        kegiatan: "Pelatihan Manajemen Pengelolaan Koperasi /KUD",
        // Printed in the programme style (§2.7); position and sums make it the kegiatan's.
        kegiatan_budget: "Rp.50.197.300 ,-",
        indikator_kegiatan: "Jumlah koperasi/KUD yang dilatih",
        kegiatan_figures: Figures {
            annual: "1 Kegiatan",
            tw: [DASH, DASH, DASH, ["1 kegiatan", "70 Koperasi", ""]],
        },
        unit: U_SDM,
    },
    Block {
        id: "R16",
        no: "3.",
        sasaran: SS3,
        indikator_sasaran: "8. Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        kegiatan: "Penyediaan Jasa Administrasi Keuangan",
        kegiatan_budget: "Rp. 108.076.800,-",
        indikator_kegiatan: "Jumlah Pemenuhan jasa tenaga administrasi / tekns",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "81 kali", "30%"],
                [LT1, "81 Kali", "50%"],
                [LT1, "81 kali", "80%"],
                [LT1, "81 kali", ""],
            ],
        },
        unit: U_PROGKEU,
    },
    Block {
        id: "R17",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        kegiatan: "Penyediaan Jasa Komunikasi Sumber Daya Air dan Listrik",
        kegiatan_budget: "Rp. 53.000.000,-",
        indikator_kegiatan: "Tingkat ketersediaan Jasa Komunikasi ( elpon/Fax dan Internet)",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "12 rek", "30%"],
                [LT1, "12 rek", "50%"],
                [LT1, "12 rek", "80%"],
                [LT1, "12 rek", ""],
            ],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R18",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        // The seed prints "Perundang Undangan" apart from the rest of the name (l.1685).
        kegiatan: "Penyediaan Bahan Bacaan dan Peraturan Perundang Undangan",
        kegiatan_budget: "Rp. 3.000.000,-",
        indikator_kegiatan: "Tingkat Ketersediaan bahan bacaan dan ( Surat Kabar dan majalah )",
        kegiatan_figures: lt_schedule("1 paket", "4 paket", "3 paket"),
        unit: U_UMUM,
    },
    Block {
        id: "R19",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        kegiatan: "Penyediaan Jasa Perbaikan Peralatan Kerja",
        kegiatan_budget: "Rp. 5.000.000,-",
        indikator_kegiatan: "Jumlah Pemenuhan jasa dan komponen AC,Komputer dan printer",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "12 kali", "30%"],
                [LT1, "12 kali", "50%"],
                [LT1, "12 kali", "80%"],
                [LT1, "12 kali", ""],
            ],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R20",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        kegiatan: "Rapat Rapat Koordinasi dan Konsultai Dalam daerah dan Luar Daerah",
        kegiatan_budget: "Rp. 123.833.000,-",
        indikator_kegiatan: "Tingkat Keikutsertaan Aparat dalam kegiatan koordinasi dan konsultasi pelaksanaan tupoksi organisasi",
        kegiatan_figures: lt_schedule("10 keg", "12 keg", "9 keg"),
        unit: U_UMUM,
    },
    Block {
        id: "R21",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P4,
        kegiatan: "Pelaksanaan Administrasi perkantoran",
        kegiatan_budget: "Rp. 54.000.000,-",
        indikator_kegiatan: "Tingkat ketersediaan ATK, barang Cetakan dan Penggandaan serta makan dan minum harian",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "12 paket", "30%"],
                [LT1, "12 paket", "50%"],
                [LT1, "12 paket", "80%"],
                [LT1, "12 paket", ""],
            ],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R22",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P5,
        kegiatan: "Pengadaan Perlengkapan Gedung Kantor",
        kegiatan_budget: "Rp. 0,-",
        indikator_kegiatan: "Jumlah pengadaan perlengkapan gedung kantor sesuai rencana kebutuhan satu tahun anggaran",
        kegiatan_figures: Figures {
            annual: "-",
            // Ambiguity §4.3: TW 1 prints only "- -"; the % cell is left empty.
            tw: [["-", "-", ""], DASH, DASH, DASH],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R23",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P5,
        kegiatan: "Pengadaan Peralatan Gedung Kantor",
        kegiatan_budget: "Rp. 27.000.000,-",
        indikator_kegiatan: "Jumlah Pengadaan perlalatan gedung kantor sesuai rencana kebutuhan satu tahun anggaran",
        kegiatan_figures: Figures {
            // The seed prints "1  Kegiatan" (two spaces); the reconstruction's "1 Kegiatan".
            annual: "1 Kegiatan",
            tw: [["1 Kegiatan", "3 paket", "100%"], DASH, DASH, DASH],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R24",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P5,
        kegiatan: "Pengadaan Mebeleur",
        kegiatan_budget: "Rp. 0,-",
        indikator_kegiatan: "Jumlah pengadaan meneleur sesuai rencana kebutuhan selama satu tahun",
        kegiatan_figures: Figures {
            annual: "-",
            tw: [DASH, DASH, DASH, DASH],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R25",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P5,
        kegiatan: "Pemeliharaan Rutin Berkala Gedung Kantor",
        kegiatan_budget: "Rp. 10.293.500,-",
        indikator_kegiatan: "Tingkat ketersediaan kebutuhan rutin pemeliharaan Gedung Kantor sesuai rencana kebutuhan selama satu tahun anggaran",
        kegiatan_figures: lt_schedule("1 keg", "1 keg", "1 keg"),
        unit: U_UMUM,
    },
    Block {
        id: "R26",
        no: "",
        sasaran: SS3,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P5,
        kegiatan: "Pemeliharaan Rutin Berkala Kendaraan Dinas",
        kegiatan_budget: "Rp. 40.782.400,-",
        indikator_kegiatan: "Jumlah mobil Jabatan dan motor yang dipelihara",
        kegiatan_figures: lt_schedule("1 keg", "1 keg", "1 keg"),
        unit: U_UMUM,
    },
    Block {
        id: "R27",
        no: "",
        sasaran: SS3_SIC,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P6,
        kegiatan: "Bimbingan Teknis Implementasi Peraturan Perundang Undangan",
        kegiatan_budget: "Rp. 25.550.000,-",
        indikator_kegiatan: "Jumlah Aparat yang mengikuti kegiatan Bimtek dan Diklat Struktural",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [[LT1, "-", "-"], [LT1, "-", "-"], [LT1, "-", "-"], TW_NONE],
        },
        unit: U_UMUM,
    },
    Block {
        id: "R28",
        no: "",
        sasaran: SS3_SIC,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P7,
        kegiatan: "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        kegiatan_budget: "Rp. 25.767.000,-",
        indikator_kegiatan: "Jumlah dokumen laporan capaian kinerja dan keuangan",
        kegiatan_figures: lt_schedule("2 dok", "2 dok", "1 dok"),
        unit: U_PROGKEU,
    },
    Block {
        id: "R29",
        no: "",
        sasaran: SS3_SIC,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P8,
        kegiatan: "Penyusuna Rencana Perangkat Daerah",
        kegiatan_budget: "Rp. 40.250.000,-",
        indikator_kegiatan: "Jumlah Dokumen Renstra,Renja,Pra Renja ,RKA,DPA,dan DPPA tersedia tepat waktu",
        kegiatan_figures: Figures {
            annual: LT4,
            tw: [
                [LT1, "2 dok", "30%"],
                [LT1, "1 dok", "50%"],
                [LT1, "2 dok", "80%"],
                [LT1, "1 dok", ""],
            ],
        },
        unit: U_PROGKEU,
    },
    Block {
        id: "R30",
        no: "",
        sasaran: SS3_SIC,
        indikator_sasaran: "Hasil Evaluasi SAKIP Oleh APIP",
        sasaran_figures: &IS8,
        program: &P8,
        kegiatan: "Pengelolaan Website Perangkat Daerah",
        kegiatan_budget: "Rp. 30.500.000,-",
        // Ambiguity §4.8: the only text near the kegiatan name is read as its indicator.
        indikator_kegiatan: "Data Umum Koperasi dan Usaha Mikro",
        kegiatan_figures: lt_schedule("1 keg", "1 keg", "1 keg"),
        unit: U_PROGKEU,
    },
];
