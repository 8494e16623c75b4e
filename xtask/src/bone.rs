//! The Bone 2020 Rencana Aksi workbook: `sample-workbooks/bone-2020-rencana-aksi.xlsx`.
//!
//! Built from `bone-2020-reconstruction.md` (table 1b), every figure as the text the document
//! prints, every mistake kept. The cell map and the readings chosen follow.

// CELL MAP of sample-workbooks/bone-2020-rencana-aksi.xlsx (as this builder writes it).
//
// One sheet, "RENAKSI 2020". Every figure is a string (as the document types it); an
// empty cell is a cell where the document prints nothing ("·" in the reconstruction); a
// "-" cell is a printed dash. Rows and columns below are Excel's (1-based, A = column 1).
//
// Rows
//   1..3    titles, merged A:T, bold, centred
//   5..7    "TUJUAN :" and the two tujuan lines, in A (not merged)
//   9       group headers; NO, SASARAN STRATEGIS, INDIKATOR SASARAN, PROGRAM & ANGGARAN,
//           INDIKATOR PROGRAM, KEGIATAN & ANGGARAN, INDIKATOR KEGIATAN and UNIT KERJA /
//           PENANGGUNG JAWAB are merged over rows 9:10; KRITERIA ... groups merged D9:E9,
//           J9:K9, P9:Q9; the three CAPAIAN groups F9:G9, L9:M9, R9:S9 all read
//           "CAPAIAN KINERJA SASARAN" (the source's copy-paste slip, kept)
//   10      sub-headers: PERIODE | TARGET under each KRITERIA group ("PERIODE" is this
//           workbook's word: the seed prints none), REALISASI KINERJA | % under each CAPAIAN
//   11      numbering row, numbers (not text): B=1 C=2 D:E=3 (merged) H=4 I=5 J:K=6
//           (merged) N=7 O=8 P:Q=9 (merged); A, F, G, L, M, R, S, T blank
//   12..161 thirty blocks of five rows; block Rk starts at row s = 12 + 5 (k - 1):
//           row s = "Target Tahunan", row s+q = "TW q (B0x)" for q = 1..4
//   163..169 signature in column P: P163 "Watampone,   31 Desember 2020", P164 "Kepala
//           Dinas Koperasi dan UKM Kab. Bone", P165:P166 blank, P167 "Ir.H.BAHARUDDIN,M.Si",
//           P168 "Pangkat : Pembina Tk.I", P169 "NIP         : 19631231 198903 1 175"
//
// Columns
//   A  NO: the sasaran number, only on the first block of a sasaran (A12 "1.", A37 "2.",
//      A87 "3."); the indicator number the document prints ("1. 1.", "2. 4.", "3. 8.",
//      "2.", "3.", "5.", "6.", "7.") is kept in front of the indicator name in C
//   B  Sasaran strategis          C  Indikator sasaran
//   D  sasaran period label       E  sasaran target (annual in row s, TWq in row s+q)
//   F  sasaran realisasi          G  sasaran %
//   H  programme name; on the first block of each programme a second line (after "\n")
//      holds the programme budget as printed; later blocks of the programme hold the name only
//   I  Indikator program
//   J  programme period label     K  programme target
//   L  programme realisasi        M  programme %
//   N  kegiatan name, "\n", kegiatan budget as printed (every block)
//   O  Indikator kegiatan
//   P  kegiatan period label      Q  kegiatan target
//   R  kegiatan realisasi         S  kegiatan %
//   T  Unit kerja / penanggung jawab
//   A, B, C, H, I, N, O, T are merged over the block's five rows (value in row s).
//   F, G, L, M, R, S are empty in every "Target Tahunan" row.
//
// Blocks (s = first row; IS = sasaran indicator, P = programme; budgets as printed)
//   block  s    IS  prog  kegiatan budget (N line 2)  programme budget (H line 2)
//   R01   12   IS1 P1    Rp. 45.865.000,-            Rp. 45.865.000,-
//   R02   17   IS2 P2    Rp. 0,-                     Rp.150.825.000 ,-
//   R03   22   IS2 P2    Rp. 60.525.000,-
//   R04   27   IS3 P2    Rp. 65.800.000,-
//   R05   32   IS3 P2    Rp. 24.500.000,-
//   R06   37   IS4 P3    Rp. 41.080.000,-            Rp.330.007.300 ,-
//   R07   42   IS5 P3    Rp. 62.350.000,-
//   R08   47   IS6 P3    Rp. 33.750.000,-
//   R09   52   IS5 P3    Rp. 25.280.000,-
//   R10   57   IS6 P3    Rp. 22.250.000,-
//   R11   62   IS7 P3    Rp. 17.000.000,-
//   R12   67   IS7 P3    Rp. 10.800.000,-
//   R13   72   IS6 P3    Rp. 22.800.000,-
//   R14   77   IS7 P3    Rp. 44.500.000,-
//   R15   82   IS7 P3    Rp.50.197.300 ,-
//   R16   87   IS8 P4    Rp. 108.076.800,-           Rp.346.909.800 ,-
//   R17   92   IS8 P4    Rp. 53.000.000,-
//   R18   97   IS8 P4    Rp. 3.000.000,-
//   R19   102  IS8 P4    Rp. 5.000.000,-
//   R20   107  IS8 P4    Rp. 123.833.000,-
//   R21   112  IS8 P4    Rp. 54.000.000,-
//   R22   117  IS8 P5    Rp. 0,-                     Rp.78.075.900 ,-
//   R23   122  IS8 P5    Rp. 27.000.000,-
//   R24   127  IS8 P5    Rp. 0,-
//   R25   132  IS8 P5    Rp. 10.293.500,-
//   R26   137  IS8 P5    Rp. 40.782.400,-
//   R27   142  IS8 P6    Rp. 25.550.000,-            Rp.25.550.000 ,-
//   R28   147  IS8 P7    Rp. 25.767.000,-            Rp.25.767.000 ,-
//   R29   152  IS8 P8    Rp. 40.250.000,-            Rp.70.750.000 ,-
//   R30   157  IS8 P8    Rp. 30.500.000,-
//
// Planted mistakes, one cell each (sheet "RENAKSI 2020"; expected per the reconstruction §2).
// Format: cell  block level quarter: found "..." (as written in the cell), expected ...;
// then the kind of mistake.
//   G48   R08 sasaran IS6 TW1: found "87,30%", expected 87,33%
//         wrong % (13,10/15)
//   G49   R08 sasaran IS6 TW2: found "86,00%", expected 86,67%
//         wrong % (26,00/30)
//   G50   R08 sasaran IS6 TW3: found "54,88%", expected 54,89%
//         truncated (24,70/45 = 54,888)
//   G51   R08 sasaran IS6 TW4: found "38,17%", expected 40,05%
//         wrong %: 24,43/64 (annual) = 38,17, not /61 (TW4 target)
//   G58   R10 sasaran IS6 TW1: found "87,30%", expected 87,33%
//         wrong % (13,10/15)
//   G59   R10 sasaran IS6 TW2: found "86,00%", expected 86,67%
//         wrong % (26,00/30)
//   G60   R10 sasaran IS6 TW3: found "54,88%", expected 54,89%
//         truncated (24,70/45 = 54,888)
//   G61   R10 sasaran IS6 TW4: found "38,17%", expected 40,05%
//         wrong %: 24,43/64 (annual) = 38,17, not /61 (TW4 target)
//   G73   R13 sasaran IS6 TW1: found "87,30%", expected 87,33%
//         wrong % (13,10/15)
//   G74   R13 sasaran IS6 TW2: found "86,00%", expected 86,67%
//         wrong % (26,00/30)
//   G75   R13 sasaran IS6 TW3: found "54,88%", expected 54,89%
//         truncated (24,70/45 = 54,888)
//   G76   R13 sasaran IS6 TW4: found "38,17%", expected 40,05%
//         wrong %: 24,43/64 (annual) = 38,17, not /61 (TW4 target)
//   G63   R11 sasaran IS7 TW1: found "85,19%", expected 100% (cap; 283,97 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G64   R11 sasaran IS7 TW2: found "99,15%", expected 100% (cap; 198,30 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G65   R11 sasaran IS7 TW3: found "99,15%", expected 100% (cap; 123,94 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G68   R12 sasaran IS7 TW1: found "85,19%", expected 100% (cap; 283,97 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G69   R12 sasaran IS7 TW2: found "99,15%", expected 100% (cap; 198,30 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G70   R12 sasaran IS7 TW3: found "99,15%", expected 100% (cap; 123,94 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G78   R14 sasaran IS7 TW1: found "85,19%", expected 100% (cap; 283,97 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G79   R14 sasaran IS7 TW2: found "99,15%", expected 100% (cap; 198,30 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G80   R14 sasaran IS7 TW3: found "99,15%", expected 100% (cap; 123,94 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G83   R15 sasaran IS7 TW1: found "85,19%", expected 100% (cap; 283,97 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G84   R15 sasaran IS7 TW2: found "99,15%", expected 100% (cap; 198,30 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   G85   R15 sasaran IS7 TW3: found "99,15%", expected 100% (cap; 123,94 uncapped)
//         % equals the realisasi (as if the target were 100 %)
//   M38   R06 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M39   R06 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M40   R06 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M43   R07 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M44   R07 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M45   R07 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M48   R08 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M49   R08 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M50   R08 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M53   R09 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M54   R09 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M55   R09 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M58   R10 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M59   R10 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M60   R10 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M63   R11 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M64   R11 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M65   R11 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M68   R12 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M69   R12 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M70   R12 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M73   R13 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M74   R13 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M75   R13 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M78   R14 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M79   R14 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M80   R14 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   M83   R15 program P3 TW1: found "65%", expected 67%
//         wrong % (20/30 = 66,67)
//   M84   R15 program P3 TW2: found "83%", expected 84%
//         wrong % (42/50)
//   M85   R15 program P3 TW3: found "77%", expected 78%
//         truncated / half-down (62/80 = 77,5)
//   S38   R06 kegiatan TW1: found "30%", expected no % (realisasi R38 "-")
//         % without realisasi
//   S39   R06 kegiatan TW2: found "50%", expected no % (realisasi R39 "-")
//         % without realisasi
//   S64   R11 kegiatan TW2: found "50%", expected no % (realisasi R64 "-")
//         % without realisasi
//   F31   R04 sasaran IS3 TW4: found "11`,76%", expected 11,76%
//         typed: stray back-tick
//   F36   R05 sasaran IS3 TW4: found "11`,76%", expected 11,76%
//         typed: stray back-tick
//   F41   R06 sasaran IS4 TW4: found "3 Kop%", expected 3 KOP (a count)
//         typed: count with a % sign
//   R33   R05 kegiatan TW1: found "45WUB", expected 45 WUB
//         typed: missing space (cosmetic)
//   R34   R05 kegiatan TW2: found "40WUB", expected 40 WUB
//         typed: missing space (cosmetic)
//   R35   R05 kegiatan TW3: found "35WUB", expected 35 WUB
//         typed: missing space (cosmetic)
//   E21   R02 sasaran IS2 TW4: found "100%", expected = annual E17 "99,86%"
//         TW4 target differs from the annual target
//   E41   R06 sasaran IS4 TW4: found "-", expected = annual E37 "3 KOP"
//         TW4 target differs from annual; falls from E40 "3 KOP"
//   E51   R08 sasaran IS6 TW4: found "61%", expected = annual E47 "64%"
//         TW4 target differs from the annual target
//   E61   R10 sasaran IS6 TW4: found "61%", expected = annual E57 "64%"
//         TW4 target differs from the annual target
//   E76   R13 sasaran IS6 TW4: found "61%", expected = annual E72 "64%"
//         TW4 target differs from the annual target
//   E16   R01 sasaran IS1 TW4: found "100%", expected unit of annual E12 "694,29 M"
//         TW4 target in % against a money annual target
//   E66   R11 sasaran IS7 TW4: found "100%", expected unit of annual E62 "248,71 M"
//         TW4 target in % against a money annual target
//   E71   R12 sasaran IS7 TW4: found "100%", expected unit of annual E67 "248,71 M"
//         TW4 target in % against a money annual target
//   E81   R14 sasaran IS7 TW4: found "100%", expected unit of annual E77 "248,71 M"
//         TW4 target in % against a money annual target
//   E86   R15 sasaran IS7 TW4: found "100%", expected unit of annual E82 "248,71 M"
//         TW4 target in % against a money annual target
//   Q14   R01 kegiatan TW2: found "-", expected target kept (Q13 "1 Laporan Triwulan")
//         target falls to "-" after TW1 (TW2..TW4); TW4 Q16 differs from annual Q12
//   Q51   R08 kegiatan TW4: found "-", expected = annual Q47 "100 Orang"
//         target falls to "-" after TW3 (Q50 "100 Orang")
//   Q71   R12 kegiatan TW4: found "1 Kegiatan", expected = annual Q67 "3 kegiatan" if cumulative
//         flat 1 Kegiatan TW2..TW4 (sums to the annual 3: per-quarter style)
//   Q76   R13 kegiatan TW4: found "-", expected = annual Q72 "12 Koperasi"
//         target falls to "-" after TW3 (Q75 "12 Koperasi")
//   Q124  R23 kegiatan TW2: found "-", expected target kept (Q123 "1 Kegiatan")
//         target falls to "-" after TW1 (TW2..TW4)
//
// Same rule over many cells
//   Programme TW4 target "100%" against annual "80%" (all 30 blocks, §2.4): K(s+4) vs K(s):
//     K16 K21 K26 K31 K36 K41 K46 K51 K56 K61 K66 K71 K76 K81 K86
//     K91 K96 K101 K106 K111 K116 K121 K126 K131 K136 K141 K146 K151 K156 K161
//   Kegiatan "4 Laporan Triwulan" annual, "1 Laporan Triwulan" each quarter (20 blocks;
//     per-quarter style, so TW4 Q(s+4) differs from the annual Q(s)):
//     R03 R04 R05 R06 R07 R09 R10 R11 R16 R17 R18 R19 R20 R21 R25 R26 R27 R28 R29 R30
//   Programme TW4 realisasi never reported: L(s+4) empty on every block, "-" on P1 (L16)
//     and P5 (L121 L126 L131 L136 L141); the % M(s+4) likewise
//   IS1 TW3/TW4 realisasi and % empty: F15 G15 F16 G16
//   P5 realisasi only at TW2: L(s+1), L(s+3), L(s+4) "-" on R22..R26; P6 (R27) L145 "-",
//     L146 empty
//   R27 kegiatan: budget N142 Rp. 25.550.000 but realisasi "-" in R143..R145, empty R146
//   Kegiatan TW4 realisasi without a %: R71 R81 R86 R91 R96 R106 R116 R156 (S empty)
//
// Kegiatan realisasi in another unit than its target (§2.5; target in Q of the same row):
//   R13 R24 R25 R29 R30 R33 R34 R35 R40 R43 R44 R45
//   R53 R54 R55 R58 R59 R60 R63 R65 R81 R86 R88 R89
//   R90 R91 R93 R94 R95 R96 R98 R99 R100 R103 R104 R105
//   R106 R108 R109 R110 R113 R114 R115 R116 R123 R133 R134 R135
//   R138 R139 R140 R148 R149 R150 R153 R154 R155 R156 R158 R159
//   R160
//   (61 cells; 54 with a % in S; no % beside R81 R86 R91 R96 R106 R116 R156)
// Sasaran in two units (§2.5): IS1 E12 "694,29 M" vs % quarters; IS7 E62/E67/E77/E82
//   "248,71 M" vs % quarters; IS2 quarter targets a 30/50/80/100 % schedule, realisasi
//   the indicator's own value (F18..F21, F23..F26).
//
// Right only under the workbook's cap-at-100 policy (§2.2; found "100%", exact uncapped):
//   G13(R01)=233,33 G14(R01)=142,00 G18(R02)=331,67 G19(R02)=199,00 G20(R02)=124,38
//   G23(R03)=331,67 G24(R03)=199,00 G25(R03)=124,38 G28(R04)=236,00 G29(R04)=176,00
//   G30(R04)=117,33 G33(R05)=236,00 G34(R05)=176,00 G35(R05)=117,33 G43(R07)=103,87
//   G44(R07)=103,13 G45(R07)=103,58 G53(R09)=103,87 G54(R09)=103,13 G55(R09)=103,58
//   M15(R01)=125,00 M119(R22)=200,00 M124(R23)=200,00 M129(R24)=200,00 M134(R25)=200,00
//   M139(R26)=200,00 M143(R27)=133,33 M149(R28)=120,00 M154(R29)=120,00 M159(R30)=120,00
//
// Right, worth a note (§2.3): IS2 TW4 G21/G26 "100%" (99,63/100); P4 TW3 M(s+3) "83%" on
//   R16..R21 (82,5 rounded half away from zero); IS3 TW4 G31/G36 right only if F reads 11,76;
//   IS4 TW4 G41 "100%" with TW4 target E41 "-" (right against the annual 3 KOP); IS8 TW4
//   on R16..R30 E(s+4) "B", F(s+4) "B", G(s+4) "100%" (grade indicator, right).
// Other (§2.8): IS2 has two annual targets, E17 "99,86%" and E22 "100%"; R03 (C22) has no
//   indicator number; "7." is on R12 (C67) although R11 (C62) already carries IS7's figures;
//   Rp. 0,- kegiatan with "-" targets: R02 (N17), R22 (N117), R24 (N127); falling realisasi:
//   IS6 F49 > F50 > F51, IS7 F65 > F66, R05 R33 > R34 > R35, R10 R59 > R60, R18 R99 > R100,
//   R20 R109 > R110, R28 R149 > R150, R29 R153 > R154 < R155 > R156.
//
// READINGS CHOSEN where bone-2020-reconstruction.md says the text is ambiguous (its §4),
// and the other choices this workbook makes.
//   §4.1  R01 TW3/TW4: the lone "80%" before the programme budget is the sasaran's TW3
//         target (E15; F15, G15 empty) and "80% 100% 100%" the programme's (K15 L15 M15);
//         TW4 "100%" alone is the sasaran's (E16), "100% - -" the programme's (K16 L16 M16).
//   §4.2  The lone "-" after R02's TW4 line is not placed (P2's TW4 realisasi L21 is empty).
//   §4.3  A segment with nothing after it gives empty cells (not lost ones). R01's single
//         "-" for kegiatan TW2..TW4 is the target (Q14..Q16; R, S empty). R22's kegiatan
//         TW1 "- -" is target and realisasi (Q118, R118); S118 empty.
//   §4.4  IS4's lone "3 KOP" at TW3 is the target (E40); F40, G40 empty.
//   §4.5  Kegiatan name / indicator per row (table 1c; [?] rows are guesses):
//         R01 Penyelenggaraan Pelatihan Kewirausahaan / Jumlah UM yang dilatih ... (1c, m)
//         R02 Pengembangan Kebijakan dan Program Peningkatan Ekonomi Lokal / Jumlah Keluarga
//             Miskin ... (the page-1 pair left once R03 and R04 are placed)
//         R03 Penyelenggaraan Promosi Produk UMKM / Jumlah Usaha Mikro yang difasiltasi
//             Promosi ... (unit Seksi Fasilitasi Usaha Mikro)
//         R04 Pendataan UMKM / Jumlah Usaha Mikro pertahun ("900 UM")
//         R05 Pemantauan Pengelolaan Penggunaan Dana Pemerintah ... / Jumlah WUB yang dibina
//         R06 Pembinaan Pengawasan dan Penghargaan Koperasi Berprestasi / Peningkatan
//             Koperasi berprestasi (...) (the IS4 "koperasi berprestasi" row)
//         R07 Koordinasi pelaksanaan Kebijakan ... / Jumlah Koperasi /Kopwan ... legalitas
//             lembaga (unit Kelembagaan dan Perizinan)
//         R08 Sosialisasi prinsip - prinsip pemahaman koperasi / Jumlah SDM Pengurus Pengawas
//             Koperasi (target and realisasi in Orang)
//         R09 Monitoring Evaluasi dan Pelaporan / Jumlah koperasi yang dimonitoring ... (Kop)
//         R10 Pembinaan dan Penilian Kesehatan KSP/USP / Jumlah Koperasi yang dinilai (1c, m)
//         R11 Peningkatan dan Pengembangan Jaringan Kerjasama ... / ... Promosi/Temu mitra
//         R12 Pembinaan pemantauan Administrasi Koperasi Pengelola Pasar Tradisional /
//             Jumlah Koperasi pasar tradisional yang dibina
//         R13 Pembinaan Pemantauan Administrasi Keuangan KSP/USP / Pembinaaan dan dan
//             fasilitasi koperasi sehat (the IS6 "koperasi sehat" row)
//         R14 Pelatihan Manajemen Akuntansi Koperasi ... / Jumlah jenis dokumen pelaporan
//             keuangan Inspektorat Daerah ... (page 3 prints six kegiatan and six indicators
//             for R11..R16, and this indicator right after this kegiatan; it does not fit the
//             kegiatan, which is how the page prints it)
//         R15 Pelatihan Manajemen Pengelolaan Koperasi /KUD / Jumlah koperasi/KUD yang dilatih
//         R16 Penyediaan Jasa Administrasi Keuangan / Jumlah Pemenuhan jasa tenaga
//             administrasi / tekns (printed next to it; "81 kali")
//         R17..R22 by realisasi unit, as 1c: Jasa Komunikasi, Bahan Bacaan, Perbaikan
//             Peralatan, Rapat Koordinasi, Administrasi perkantoran, Perlengkapan Gedung
//         R23 Pengadaan Peralatan Gedung Kantor (one "Kegiatan", "3 paket": a purchase),
//         R24 Pengadaan Mebeleur (Rp. 0,-), R25 Pemeliharaan Rutin Berkala Gedung Kantor,
//         R26 Pemeliharaan Rutin Berkala Kendaraan Dinas (quarterly, the larger budget)
//         R27 Bimbingan Teknis ... / Jumlah Aparat yang mengikuti ... Bimtek dan Diklat
//         R28 Penyusunan Laporan Capaian Kinerja ... / Jumlah dokumen laporan ... ("dok")
//         R29 Penyusuna Rencana Perangkat Daerah / Jumlah Dokumen Renstra,Renja,...
//         Programmes P1/P2 as table 1a. P6/P7: R27 is given "Program Peningkatan Kapasitas
//         dan Sumber Daya Aparatur", R28 "Program Peningkatan Pengembangan Sistem Pelaporan
//         Capaian Kinerja dan Keuangan" (R28's "dok"), although the text prints the
//         reporting programme's name first.
//   §4.6  Units (T): R01 and R02 the two page-1 "Kepala Seksi Peningkatan Kualitas
//         Kewirausahaan" cells; R04 as printed, cut after "dan"; R05 empty (not visible);
//         R08/R09 "... Keanggotaan dan Penerapan peraturan"; R10 "Kepala Seksi Pengawasan
//         Pemeriksaan dan Penilaian Kesehatan koperasi" (the overflow repeat "Pmeriksaan"
//         dropped); R11 "kepala Seksi Fasilitasi Usaha Koperasi" (the glued "koperasi"
//         dropped); R12/R13 "Kepala Seksi Penguatan dan perlindungan Usaha Koperasi";
//         R14/R15 "Kepala Seksi Peningkatan Kulitas SDM Koperasi" (page 3's two "Kulitas SDM
//         Koperasi" fragments read as these cells' middle); R16 the page-3 "Kepala
//         Sub.Bagian Program dan Keuangan"; R17..R27 "Kepala Sub.Bagian Umum dan
//         kepegawaian"; R28 page 5's one "Program dan Keuangan" cell (the reporting
//         kegiatan); R29, R30 "Kepala Sub.Bagian Program dan Keuangan". The fragments
//         "Kelembagaan dan Produktifitas Koperasi" are the overflow of P3's indicator (I).
//   §4.7  Numbering as printed: no number on R03 (C22); "7." on R12 (C67), not R11.
//   §4.8  R30: kegiatan "Pengelolaan Website Perangkat Daerah", indicator "Data Umum
//         Koperasi dan Usaha Mikro".
//   §4.9..§4.11  Not settled here: every figure is the printed text (no hidden decimals,
//         "M" kept as typed).
//   NO    The printed label "1. 1." is split: the sasaran number in A (A12 "1.", A37 "2.",
//         A87 "3."), the indicator number in front of the indicator name in C
//         ("1. Pertumbuhan Volume Usaha Mikro"), as the seed prints "7. Pertumbuhan Volume".
//   Headers  The three CAPAIAN groups keep the source's "CAPAIAN KINERJA SASARAN" slip;
//         "PERIODE" and "TARGET" sub-headers are this workbook's (the seed prints none);
//         period labels are written "Target Tahunan", "TW 1 (B03)" (without the seed's " :").
//   Budgets  The programme budget only on the first block of its programme (position and
//         sums decide, §0 and §3; the builder checks every sum), P1's in the kegiatan style
//         and R15's kegiatan budget in the programme style, as printed.
//   Names  As printed per row: SS3 "Meningkatkan ... urusan" on R16..R26, "Meningkakan ...
//         Urusan" on R27..R30; "Persentase Koperasi Aktif" (R07) / "Persentase koperasi
//         aktif" (R09); "Persentase koperasi Sehat" (R08, R10) / "... sehat" (R13);
//         "Pertumbuhan volume usaha" (R11) / "Pertumbuhan Volume Usaha" (R12, R14, R15).
//   R23   Annual target "1 Kegiatan" as the reconstruction writes it (the seed: "1  Kegiatan").
//   Numbering row  1..9 as numbers; the seed's "121 2 4 53 7 86 9" has two more digits,
//         which cannot be placed: NO, CAPAIAN and Unit cells stay blank.
//   Print  A4 landscape, one page wide, rows 9..11 repeated, page breaks before R05, R11,
//         R17, R23, R29 (where the document's pages 2..6 begin).

mod data;

use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline, IgnoreError,
    Workbook, Worksheet, XlsxError,
};

use data::{Block, Figures, BLOCKS};

/// File name of the workbook inside `sample-workbooks/`.
pub const FILE_NAME: &str = "bone-2020-rencana-aksi.xlsx";
/// The only sheet.
pub const SHEET: &str = "RENAKSI 2020";

// Columns (0-based; A = 0).
const COL_NO: u16 = 0; // A
const COL_SASARAN: u16 = 1; // B  (1)
const COL_IND_SASARAN: u16 = 2; // C  (2)
const COL_SAS_LABEL: u16 = 3; // D  (3) period label
const COL_SAS_TARGET: u16 = 4; // E  (3) target
const COL_SAS_REAL: u16 = 5; // F  realisasi
const COL_SAS_PCT: u16 = 6; // G  %
const COL_PROGRAM: u16 = 7; // H  (4) name + budget
const COL_IND_PROGRAM: u16 = 8; // I  (5)
const COL_PRG_LABEL: u16 = 9; // J  (6) period label
const COL_PRG_TARGET: u16 = 10; // K  (6) target
const COL_PRG_REAL: u16 = 11; // L
const COL_PRG_PCT: u16 = 12; // M
const COL_KEGIATAN: u16 = 13; // N  (7) name + budget
const COL_IND_KEGIATAN: u16 = 14; // O  (8)
const COL_KEG_LABEL: u16 = 15; // P  (9) period label
const COL_KEG_TARGET: u16 = 16; // Q  (9) target
const COL_KEG_REAL: u16 = 17; // R
const COL_KEG_PCT: u16 = 18; // S
const COL_UNIT: u16 = 19; // T
const LAST_COL: u16 = COL_UNIT;

// Rows (0-based; Excel row = index + 1).
const ROW_TUJUAN: u32 = 4; // Excel 5..7
const ROW_HEAD1: u32 = 8; // Excel 9
const ROW_HEAD2: u32 = 9; // Excel 10
const ROW_NUMBERS: u32 = 10; // Excel 11
/// First row of block R01 (Excel 12). Block k (1-based) starts at FIRST_DATA + 5 (k - 1).
const FIRST_DATA: u32 = 11;
const BLOCK_ROWS: u32 = 5;

const PERIODS: [&str; 5] = [
    "Target Tahunan",
    "TW 1 (B03)",
    "TW 2 (B06)",
    "TW 3 (B09)",
    "TW 4 (B12)",
];

/// The three levels' columns: period label, target, realisasi, %.
const LEVEL_COLS: [[u16; 4]; 3] = [
    [COL_SAS_LABEL, COL_SAS_TARGET, COL_SAS_REAL, COL_SAS_PCT],
    [COL_PRG_LABEL, COL_PRG_TARGET, COL_PRG_REAL, COL_PRG_PCT],
    [COL_KEG_LABEL, COL_KEG_TARGET, COL_KEG_REAL, COL_KEG_PCT],
];

struct Formats {
    title: Format,
    plain: Format,
    header: Format,
    number: Format,
    name: Format,
    label: Format,
    figure: Format,
    signature_name: Format,
}

impl Formats {
    fn new() -> Self {
        let base = Format::new().set_font_name("Arial").set_font_size(9);
        let boxed = base.clone().set_border(FormatBorder::Thin);
        Formats {
            title: base
                .clone()
                .set_bold()
                .set_font_size(12)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            plain: base.clone(),
            header: boxed
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(0xD9D9D9),
            number: boxed
                .clone()
                .set_italic()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            name: boxed
                .clone()
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::Top),
            label: boxed
                .clone()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            figure: boxed
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            signature_name: base.set_bold().set_underline(FormatUnderline::Single),
        }
    }
}

/// Writes `text` as a string, or a formatted blank cell where the document prints nothing.
fn put(ws: &mut Worksheet, row: u32, col: u16, text: &str, f: &Format) -> Result<(), XlsxError> {
    if text.is_empty() {
        ws.write_blank(row, col, f)?;
    } else {
        ws.write_string_with_format(row, col, text, f)?;
    }
    Ok(())
}

/// Builds the workbook into `out/bone-2020-rencana-aksi.xlsx`.
pub fn build(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out)?;
    let mut workbook = Workbook::new();
    // A fixed creation date keeps the committed file byte-for-byte reproducible.
    let created = ExcelDateTime::from_ymd(2020, 12, 31)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title("Pengukuran Kinerja berdasarkan Rencana Aksi 2020")
            .set_company("Dinas Koperasi dan UKM Kabupaten Bone")
            .set_creation_datetime(&created),
    );
    check_blocks()?;
    let ws = workbook.add_worksheet();
    ws.set_name(SHEET)?;
    let f = Formats::new();

    layout(ws)?;
    titles(ws, &f)?;
    headers(ws, &f)?;
    let mut previous_program = "";
    for (k, block) in BLOCKS.iter().enumerate() {
        let first = FIRST_DATA + BLOCK_ROWS * k as u32;
        let program_budget = if block.program.id != previous_program {
            Some(block.program.budget)
        } else {
            None
        };
        previous_program = block.program.id;
        write_block(ws, &f, first, block, program_budget)?;
    }
    let last_data = FIRST_DATA + BLOCK_ROWS * BLOCKS.len() as u32 - 1;
    // Every figure is text (as the document types it): silence Excel's green triangles.
    ws.ignore_error_range(
        FIRST_DATA,
        0,
        last_data,
        LAST_COL,
        IgnoreError::NumberStoredAsText,
    )?;
    signature(ws, &f, last_data + 2)?;

    workbook.save(out.join(FILE_NAME))?;
    Ok(())
}

/// The digits of a printed amount: "Rp.150.825.000 ,-" -> 150825000.
fn rupiah(printed: &str) -> Result<u64, String> {
    let digits: String = printed.chars().filter(char::is_ascii_digit).collect();
    digits
        .parse()
        .map_err(|e| format!("budget {printed:?}: {e}"))
}

/// Checks the data before writing: blocks R01..R30 in order, and every programme budget
/// equal to the sum of its kegiatan budgets (reconstruction §3).
fn check_blocks() -> Result<(), String> {
    let mut sums: Vec<(&str, u64, u64)> = Vec::new();
    for (k, block) in BLOCKS.iter().enumerate() {
        let expected = format!("R{:02}", k + 1);
        if block.id != expected {
            return Err(format!("block {} found where {expected} belongs", block.id));
        }
        let amount = rupiah(block.kegiatan_budget)?;
        match sums.last_mut() {
            Some((id, _, sum)) if *id == block.program.id => *sum += amount,
            _ => sums.push((block.program.id, rupiah(block.program.budget)?, amount)),
        }
    }
    for (id, budget, sum) in sums {
        if budget != sum {
            return Err(format!(
                "{id}: budget {budget} but its kegiatan sum to {sum}"
            ));
        }
    }
    Ok(())
}

fn layout(ws: &mut Worksheet) -> Result<(), XlsxError> {
    let widths: [(u16, f64); 20] = [
        (COL_NO, 5.0),
        (COL_SASARAN, 20.0),
        (COL_IND_SASARAN, 20.0),
        (COL_SAS_LABEL, 13.0),
        (COL_SAS_TARGET, 10.0),
        (COL_SAS_REAL, 11.0),
        (COL_SAS_PCT, 8.0),
        (COL_PROGRAM, 24.0),
        (COL_IND_PROGRAM, 24.0),
        (COL_PRG_LABEL, 13.0),
        (COL_PRG_TARGET, 8.0),
        (COL_PRG_REAL, 10.0),
        (COL_PRG_PCT, 7.0),
        (COL_KEGIATAN, 26.0),
        (COL_IND_KEGIATAN, 26.0),
        (COL_KEG_LABEL, 13.0),
        (COL_KEG_TARGET, 17.0),
        (COL_KEG_REAL, 11.0),
        (COL_KEG_PCT, 7.0),
        (COL_UNIT, 20.0),
    ];
    for (col, width) in widths {
        ws.set_column_width(col, width)?;
    }
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    ws.set_repeat_rows(ROW_HEAD1, ROW_NUMBERS)?;
    ws.set_freeze_panes(FIRST_DATA, 0)?;
    // Page breaks where the printed document's pages 2..6 begin: R05, R11, R17, R23, R29.
    let breaks: Vec<u32> = [4, 10, 16, 22, 28]
        .iter()
        .map(|k| FIRST_DATA + BLOCK_ROWS * k)
        .collect();
    ws.set_page_breaks(&breaks)?;
    Ok(())
}

fn titles(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    let lines = [
        "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI",
        "PERJANJIAN KINERJA DINAS KOPERASI DAN UKM KABUPATEN BONE",
        "TAHUN ANGGARAN 2020",
    ];
    for (i, line) in lines.iter().enumerate() {
        ws.merge_range(i as u32, 0, i as u32, LAST_COL, line, &f.title)?;
        ws.set_row_height(i as u32, 18)?;
    }
    let tujuan = [
        "TUJUAN :",
        "1. Mengembanhkan kemandirian ekonomi melalui Koperasi dan Usaha Mikro",
        "2. Meningkatkan Akuntabilitas Kinerja Organisasi Perangkat Daerah",
    ];
    for (i, line) in tujuan.iter().enumerate() {
        ws.write_string_with_format(ROW_TUJUAN + i as u32, 0, *line, &f.plain)?;
    }
    Ok(())
}

fn headers(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    let h = &f.header;
    // Cells without a sub-header span both header rows.
    for (col, text) in [
        (COL_NO, "NO"),
        (COL_SASARAN, "SASARAN STRATEGIS"),
        (COL_IND_SASARAN, "INDIKATOR SASARAN"),
        (COL_PROGRAM, "PROGRAM & ANGGARAN"),
        (COL_IND_PROGRAM, "INDIKATOR PROGRAM"),
        (COL_KEGIATAN, "KEGIATAN & ANGGARAN"),
        (COL_IND_KEGIATAN, "INDIKATOR KEGIATAN"),
        (COL_UNIT, "UNIT KERJA / PENANGGUNG JAWAB"),
    ] {
        ws.merge_range(ROW_HEAD1, col, ROW_HEAD2, col, text, h)?;
    }
    // Groups. The three CAPAIAN groups all read "CAPAIAN KINERJA SASARAN": the seed prints
    // it three times (a copy-paste slip of the source), and the workbook keeps it.
    let groups = [
        (
            COL_SAS_LABEL,
            "KRITERIA KEBERHASILAN SASARAN (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_SAS_REAL, "CAPAIAN KINERJA SASARAN"),
        (
            COL_PRG_LABEL,
            "KRITERIA KEBERHASILAN PROGRAM (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_PRG_REAL, "CAPAIAN KINERJA SASARAN"),
        (
            COL_KEG_LABEL,
            "KRITERIA KEBERHASILAN KEGIATAN (TARGET TAHUNAN & TRIWULAN)",
        ),
        (COL_KEG_REAL, "CAPAIAN KINERJA SASARAN"),
    ];
    for (col, text) in groups {
        ws.merge_range(ROW_HEAD1, col, ROW_HEAD1, col + 1, text, h)?;
    }
    // Sub-headers. The seed prints no sub-header over the period labels or the targets:
    // "PERIODE" and "TARGET" are this workbook's.
    for cols in LEVEL_COLS {
        ws.write_string_with_format(ROW_HEAD2, cols[0], "PERIODE", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[1], "TARGET", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[2], "REALISASI KINERJA", h)?;
        ws.write_string_with_format(ROW_HEAD2, cols[3], "%", h)?;
    }
    ws.set_row_height(ROW_HEAD1, 48)?;
    ws.set_row_height(ROW_HEAD2, 26)?;

    // Numbering row: 1..9 under the nine numbered columns (a kriteria number spans its
    // label and target columns); NO, the CAPAIAN columns and Unit kerja stay blank.
    for col in 0..=LAST_COL {
        ws.write_blank(ROW_NUMBERS, col, &f.number)?;
    }
    for (col, n) in [
        (COL_SASARAN, 1),
        (COL_IND_SASARAN, 2),
        (COL_PROGRAM, 4),
        (COL_IND_PROGRAM, 5),
        (COL_KEGIATAN, 7),
        (COL_IND_KEGIATAN, 8),
    ] {
        ws.write_number_with_format(ROW_NUMBERS, col, n, &f.number)?;
    }
    for (col, n) in [(COL_SAS_LABEL, 3), (COL_PRG_LABEL, 6), (COL_KEG_LABEL, 9)] {
        ws.merge_range(ROW_NUMBERS, col, ROW_NUMBERS, col + 1, "", &f.number)?;
        ws.write_number_with_format(ROW_NUMBERS, col, n, &f.number)?;
    }
    Ok(())
}

fn write_block(
    ws: &mut Worksheet,
    f: &Formats,
    first: u32,
    block: &Block,
    program_budget: Option<&str>,
) -> Result<(), XlsxError> {
    let last = first + BLOCK_ROWS - 1;
    let program = match program_budget {
        Some(budget) => format!("{}\n{}", block.program.name, budget),
        None => block.program.name.to_string(),
    };
    let kegiatan = format!("{}\n{}", block.kegiatan, block.kegiatan_budget);
    let names: [(u16, &str); 8] = [
        (COL_NO, block.no),
        (COL_SASARAN, block.sasaran),
        (COL_IND_SASARAN, block.indikator_sasaran),
        (COL_PROGRAM, &program),
        (COL_IND_PROGRAM, block.program.indicator),
        (COL_KEGIATAN, &kegiatan),
        (COL_IND_KEGIATAN, block.indikator_kegiatan),
        (COL_UNIT, block.unit),
    ];
    for (col, text) in names {
        ws.merge_range(first, col, last, col, text, &f.name)?;
    }
    let levels: [&Figures; 3] = [
        block.sasaran_figures,
        &block.program.figures,
        &block.kegiatan_figures,
    ];
    for (figures, cols) in levels.iter().zip(LEVEL_COLS) {
        put(ws, first, cols[0], PERIODS[0], &f.label)?;
        put(ws, first, cols[1], figures.annual, &f.figure)?;
        put(ws, first, cols[2], "", &f.figure)?;
        put(ws, first, cols[3], "", &f.figure)?;
        for (q, tw) in figures.tw.iter().enumerate() {
            let row = first + 1 + q as u32;
            put(ws, row, cols[0], PERIODS[q + 1], &f.label)?;
            for (i, text) in tw.iter().enumerate() {
                put(ws, row, cols[1 + i], text, &f.figure)?;
            }
        }
    }
    for row in first..=last {
        ws.set_row_height(row, 18)?;
    }
    Ok(())
}

fn signature(ws: &mut Worksheet, f: &Formats, row: u32) -> Result<(), XlsxError> {
    let col = COL_KEG_LABEL;
    let lines: [(u32, &str, &Format); 5] = [
        (0, "Watampone,   31 Desember 2020", &f.plain),
        (1, "Kepala Dinas Koperasi dan UKM Kab. Bone", &f.plain),
        (4, "Ir.H.BAHARUDDIN,M.Si", &f.signature_name),
        (5, "Pangkat : Pembina Tk.I", &f.plain),
        (6, "NIP         : 19631231 198903 1 175", &f.plain),
    ];
    for (offset, text, format) in lines {
        ws.write_string_with_format(row + offset, col, text, format)?;
    }
    Ok(())
}
