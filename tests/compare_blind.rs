//! `rakit compare` on the agencies made by outside examiners who did not read rakit's
//! matching code, in twenty rounds (`tests/data/blind`, `blind2`, `blind3`, `blind4`,
//! `blind14`, `blind16`, `blind20` … `blind34`, see their READMEs).
//! The first: annual tables with last year's realisasi
//! beside this year's, a Rencana Aksi with quarter columns and the year's realisasi beside them,
//! section rows instead of a Sasaran column, .xls and .ods years, names that drift by
//! abbreviation (`AKI (Angka Kematian Ibu)`, `AKABA`), degree (`S1/D-IV`, `S1/D4`), madrasah
//! level (`SD/MI`), the agency itself (`OPD`, `Perangkat Daerah (PD)`), a rate's base
//! (`per 100.000 KH`), a short form (`fasyankes`) and slips (`Mirko`). The second: several
//! years' realisasi and the Renstra columns beside the year's, figures typed with their units,
//! a cover sheet before the table, a hidden helper column, quarter blocks down the rows, quarters
//! side by side and cumulative quarters alone, an Indikator column labelled "Indikator Kinerja
//! (Satuan)", names that write `Perda` / `Peraturan Daerah`, `wisman`, `Dinas PUPR` / `Dinas
//! Pekerjaan Umum dan Penataan Ruang`, `Sakip` / `SAKIP` / `AKIP`.
//!
//! The measure is the examiner's key: every indicator row is read in its year with the target
//! and realisasi written, no group holds two of the examiner's indicators (but the pairs the
//! key calls ambiguous), and every indicator falls into one group, except those listed in
//! [`KNOWN_SPLITS`] with the reason rakit misses them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rust_decimal::Decimal;
use serde_json::Value;

/// Indicators rakit still splits, with why. Those of the first five rounds are one group
/// each since 4 Dec 2026 (the last three, `Incidence Rate DBD`, `TP-PKK` and the agency's own
/// name in `Nilai IKM Dinas Koperasi dan Usaha Mikro`, to confirm); the sixth round's
/// (`tests/data/blind20`, measured as it came on 4 Dec 2026: 12) are listed until mended
/// (`Nilai AKIP` / `Nilai SAKIP`, twice, and `PAD retribusi …` / `Pendapatan retribusi …`,
/// three times, mended the same day; `Rasio PPL terhadap desa` / `Rasio penyuluh pertanian
/// per desa`, by the code another year defines, and `alsintan` / `poktan`, words of
/// syllables, on 4 Dec evening). On 6 Dec, 35 left the list at once: an agency's one
/// satisfaction index, accountability grade, accreditation and audit opinion of a year,
/// however named (`Nilai SKM` / `Nilai IKM pelayanan …`, `Predikat SAKIP` / `Nilai Evaluasi
/// AKIP UPTD`, `Akreditasi RS` / `Status Akreditasi`), are one indicator to confirm where
/// each year holds one of the kind (`compare::own`).
const KNOWN_SPLITS: [(&str, &str); 349] = [
    // an English term for words an acronym abbreviates (`traffic light` / `Alat Pemberi
    // Isyarat Lalu Lintas (APILL)`), and for other words (`load factor` / `tingkat keterisian
    // penumpang`)
    ("dishub-lombok-timur", "dh09"),
    ("dishub-lombok-timur", "dh13"),
    // a name in other words (`uji KIR` / `pengujian kendaraan bermotor`)
    ("dishub-lombok-timur", "dh20"),
    // other words (`dimutakhirkan` / `diverifikasi dan divalidasi`)
    ("dinsos-kota-kupang", "ds12"),
    // a renamed term (`PPKS` for `PMKS`; `PSKS`, one letter from both, is another indicator)
    ("dinsos-kota-kupang", "ds21"),
    // the seventh round (`tests/data/blind21`): 19 as it came, 11 after the same day's
    // rules (a code another year defines: `IRBI`, `EWS`, `KLA`, `PKS`; a code in brackets
    // defined but for one word only by initials: `Indeks Pemberdayaan Gender (IDG)`,
    // `Peserta KB Aktif (PA)`, `(PB)`; the agency's short name: `Nilai AKIP BPBD`)
    // (`Persentase layanan Adminduk selesai tepat waktu (sesuai SOP)`, the standard noted in
    // brackets, joined on 4 Dec night)
    // - the 2023 ownership row (`Cakupan kepemilikan KTP-el` against `Persentase … yang
    //   memiliki KTP-el`: words of one root, but another measure word) taken by the
    //   recording indicator (see KNOWN_MERGES); `dilatih` / `terlatih`, `kebencanaan` /
    //   `bencana` are read by their roots since 4 Dec night (`compare::roots`)
    ("disdukcapil-banyumas", "dc01"),
    ("disdukcapil-banyumas", "dc09"),
    // - other words for the same (`Cakupan penerbitan Akta Kematian` / `Persentase
    //   kepemilikan akta kematian`; `IKM` / `SKM`, a survey renamed; `infrastruktur publik
    //   rusak` / `sarana dan prasarana umum terdampak`; `unmet need` measured as `Angka` /
    //   `Persentase`)
    ("disdukcapil-banyumas", "dc06"),
    ("bpbd-cianjur", "bp19"),
    ("dp3ap2kb-kediri", "dp08"),
    // - a code the other name defines with words around it (`aktivasi Identitas
    //   Kependudukan Digital (IKD)` / `penduduk wajib KTP yang telah aktivasi IKD`)
    ("disdukcapil-banyumas", "dc11"),
    // the eighth round (`tests/data/blind22`): 9 as it came, 6 after the same night's rules
    // (the value of a code or a measure, `Nilai Indeks Kualitas Lingkungan Hidup (IKLH)`,
    // `Nilai IKM Pelayanan PUPR`; the measure stated before what a figure is taken against,
    // `Kontribusi PAD pariwisata terhadap total PAD`)
    // (the evaluation's report written as its code, `Nilai LHE AKIP DLH`, `Nilai LHE SAKIP`,
    // one group since the common terms' glossary of 5 Dec: `LHE` = Laporan Hasil Evaluasi)
    // - the kinds of a thing named for it (`dokumen AMDAL dan UKL-UPL` / `Dokumen
    //   Lingkungan`)
    ("dlh-tanah-laut", "lh23"),
    // - other words (`Cakupan Layanan Sanitasi Layak` / `Persentase Akses Sanitasi Layak`;
    //   `SDM pariwisata yang tersertifikasi` / `Tenaga Kerja Pariwisata Bersertifikat`)
    ("dpupr-palopo", "pu12"),
    ("disbudpar-toraja-utara", "pw15"),
    // the ninth round (`tests/data/blind23`): 8 as it came (and a year of 24 indicators not
    // read), 6 after the same night's rules (a list of codes in brackets at the end, `(Renstra
    // /Renja/RKA/DPA)`, is a note; a code one name adds to three words in four the same,
    // `Nilai LHE AKIP Perangkat Daerah`, a doubt)
    // - other words for the same (`Layanan Metrologi Legal` / `layanan tera/tera ulang`;
    //   `aparatur` / `ASN`; `NOP` / `objek pajak`)
    ("disperindag", "b23"),
    ("bapenda", "c16"),
    // - a code joined to its number by a hyphen, defined by the words before it
    //   (`Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)` / `PBB P2`)
    ("bapenda", "c08"),
    // the tenth round (`tests/data/blind24`): 7 as it came, 5 after the same night's rules
    // (`sesuai SOP` at the end of a name after three words, a note; a code whose words its own
    // name writes, `… ditindaklanjuti UPTD PPA` after `Persentase pengaduan`, no reading of
    // the other name's)
    // - the service a survey asks about, three words one name adds (`Nilai IKM pelayanan
    //   administrasi kependudukan` / `Indeks Kepuasan Masyarakat (IKM)`); the agency's short
    //   name of syllables (`… terhadap layanan Disdukcapil`) is read as its own since 4 Dec
    //   night
    // - other words for the same, beside words of one root (`waktu` / `lama`; `kepatuhan
    //   penyampaian` / `perusahaan yang menyampaikan`), a kind named otherwise (`UMKM` /
    //   `usaha mikro dan kecil`), and the companies' kinds added in codes (`PMA/PMDN`)
    ("c_dpmptsp", "c10"),
    ("c_dpmptsp", "c15"),
    ("c_dpmptsp", "c12"),
    ("c_dpmptsp", "c17"),
    // the eleventh round (`tests/data/blind25`), measured as it came (69929d8): every row read
    // with its figures, no merge, 9 splits; 7 since 5 Dec
    // (a card's code with a Roman number after a slash, `(AK/I)`, read as one code since 5
    // Dec)
    // - the way named in codes one name adds (`… melalui mekanisme AKL, AKAD dan AKAN`), and
    //   the agency's region written out (`transmigran asal Kota Tanjung Rembulan`)
    ("disnakertrans", "a04"),
    ("disnakertrans", "a18"),
    // - other words for the same (`taman kota yang dipelihara` / `pemeliharaan taman kota`
    //   beside `taman/RTH publik`; `penganekaragaman konsumsi pangan` / `B2SA`; `Peta
    //   Ketahanan dan Kerentanan Pangan` / `FSVA` without the words beside it) (the
    //   accountability score's many names, `Nilai Evaluasi AKIP Dinas Perumahan …` / `Nilai
    //   LHE AKIP`, one group since 5 Dec's glossary; `titik PJU yang terpasang` / `lampu PJU
    //   yang dipasang` since 5 Dec's `di-` / `ter-`)
    ("ketahanan_pangan", "c19"),
    // the twelfth round (`tests/data/blind26`): as it came (4eddbe0) two tables misread, 6
    // splits and a wrong merge; after 5 Dec's rules (an indicator named `Rata-rata …` in an
    // evaluation form, a title copied from the year before, a leftover sheet of another
    // year's file, online and in person must agree, a unit of several in brackets) 6 splits
    // - other words for the same (`tertib kearsipan` / `menerapkan pengelolaan arsip sesuai
    //   kaidah kearsipan`; `pengakses` / `pengunjung` of the digital library; `armada
    //   penangkapan ikan` / `kapal perikanan`; `lahan` / `areal budidaya`)
    ("perpus", "a15"),
    ("perpus", "a24"),
    ("dkp", "b08"),
    ("dkp", "b22"),
    // - the region the agency serves dropped and what is ranked added (`Peringkat Kabupaten
    //   pada Porprov` / `Peringkat perolehan medali pada Pekan Olahraga Provinsi (Porprov)`)
    ("dispora", "c11"),
    // the thirteenth round (`tests/data/blind27`): as it came (24dc879) 15 splits, 8 of them
    // from a `Rekap` sheet read as a second 2022 table; after 5 Dec's rules (a summary whose
    // names are formulas into another sheet, `PNS` renamed `ASN`, codes together in brackets
    // defined by the words before) 5
    // - `ASN` against the words it abbreviates (`Indeks Profesionalitas ASN` / `… Aparatur
    //   Sipil Negara (IP ASN)`): `ASN` is a kind that must agree, never read from words
    ("bkpsdm", "a05"),
    // - other words for the same (`pejabat struktural` / `ASN`, `Diklatpim` / `Diklat
    //   Kepemimpinan`; `data kepegawaian` / `data ASN`; `jam pelatihan` / `jam pelajaran (JP)
    //   pengembangan kompetensi`; `Pilkada` / `Pemilu`, `masyarakat` / `pemilih`)
    ("bkpsdm", "a03"),
    ("bkpsdm", "a10"),
    ("bkpsdm", "a11"),
    ("kesbangpol", "c11"),
    // the fourteenth round (`tests/data/blind28`): as it came (9e4e135) 3 rows not read (an
    // indicator measured by words in both its target and realisasi, `WTP`, `Paripurna`,
    // `Level 3`), 2 rows' figures not read (`≤ 25 ‰`), 6 splits; after 5 Dec's rules every
    // row read with its figures, no merge, 6 splits (`Level 3` is now read with its
    // figure, which this round's examiner keyed as words: KNOWN_MISREADS)
    // - other words for the same (`temuan APIP` / `hasil pengawasan Inspektorat`; `konflik
    //   sosial yang diselesaikan` / `penyelesaian sengketa/konflik`) (the short form of
    //   syllables `trantibum` / `ketentraman dan ketertiban umum` is one group since 6 Dec's
    //   third session: `SHORT_FORMS`)
    ("inspektorat", "a04"),
    ("kecamatan", "c05"),
    // - `RS` dropped from `Status akreditasi RS` (a hospital's codes and their words, `ALOS`
    //   / `LOS (Average Length of Stay)` / `AvLOS` and `NDR` / `Angka kematian pasien > 48
    //   jam (NDR)`, one group each since 5 Dec: a stop word of an English name gives a letter
    //   of its code, and a name called by the other's code in brackets is to confirm)
    // the fifteenth round (`tests/data/blind29`): as it came (9739b8d) an evaluation form of
    // 15 rows not read (its `K` over two rows beside the quarters' `K` / `Rp`), 7 splits;
    // after 5 Dec's rules (the agency named in a title after other words, `Sekretariat DPRD`
    // as its words' initials, a code added after a word of place, `atas LKPD`, a doubt) 1
    // - a list of the kinds in brackets (`Jumlah rapat AKD (Komisi, Banggar, Bapemperda, BK)`)
    ("setwan", "d05"),
    // the sixteenth round (`tests/data/blind30`): as it came (9739b8d) 41 rows not read and
    // 19 rows' figures misread (an evaluation form cut at `Predikat SAKIP Kabupaten`, an
    // LKjIP table under a section row `A. Indikator Kinerja Utama`, a health centre's counts
    // read as its targets), 11 splits and 1 merge; after 5 Dec's rules every row read with
    // its figures, 8 splits, 1 merge; with the coverage rule (a `Cakupan` and the share that
    // receives it) 6
    // - a cultural agency's decree added (`… yang ditetapkan dengan SK Bupati`)
    ("kebudayaan", "k01"),
    // - other words for the same, in a regional secretariat (`Peringkat JDIH tingkat
    //   Provinsi` / `Peringkat pengelolaan JDIH`; `Skor` / `Status kinerja EKPPD`; `Laju` /
    //   `Tingkat inflasi`) (`Predikat SAKIP Kabupaten` holding the score is one group since
    //   the region's government is one word, `Kabupaten` after a code as `Pemda`)
    ("setda", "s06"),
    ("setda", "s13"),
    ("setda", "s16"),
    // - a health centre's service named otherwise (`Pelayanan kesehatan orang dengan risiko
    //   terinfeksi HIV` / `Cakupan orang berisiko terinfeksi HIV mendapat pemeriksaan HIV`)
    ("puskesmas", "p16"),
    // the eighteenth round (`tests/data/blind32`): as it came (9739b8d) a table of four years
    // side by side read as its last year alone (48 rows), 2 splits; after 5 Dec's rules every
    // row read in its year, 1 split
    // - a code of the measure at two levels (`Nilai Tukar Petani Tanaman Pangan (NTPP)` /
    //   `NTP Tanaman Pangan`)
    ("distan_tph", "p11"),
    // the nineteenth round (`tests/data/blind33`): as it came (b2265d6) a Rencana Aksi's
    // quarters under `Target` / `Realisasi` over a label of their own read as an annual table
    // (13 rows' realisasi wrong), 7 splits; after 5 Dec's later rules every row read, 4 splits
    // - other words for the same archive service (`terhubung JIKN` / `dapat diakses melalui
    //   JIKN`), well (`sumur bor yang dibangun` / `… di daerah sulit air`), and complaint
    //   (`tidak ditindaklanjuti` / `belum diselesaikan`); the Ombudsman's compliance score
    //   named by who gives it (`Skor Kepatuhan Ombudsman RI`)
    ("arsip", "a15"),
    ("esdm", "e12"),
    ("organisasi", "o11"),
    ("organisasi", "o17"),
    // the twentieth round (`tests/data/blind34`): as it came (b2265d6) a PK of each indicator
    // on a Target row and a Realisasi row beside a Capaian column not read (16 rows), a
    // target written `≥ 6.000` not read, a monthly sheet's `Per bulan` rows read as their
    // last month (6 rows), 7 splits and a wrong merge (a row typed twice joining a look-alike);
    // after 5 Dec's later rules every row read, 5 splits
    // - other words for the same (`tutupan lahan berhutan` / `% Tutupan Hutan terhadap luas
    //   daratan`; `bibit … didistribusikan` / `disalurkan`; `Keputusan Walikota` / `SK
    //   Walikota`; `Perda dan Perwali` for `produk hukum`; `perjanjian kerja sama` / `naskah
    //   kerjasama (MoU) yang dikaji`)
    ("kehutanan", "KH03"),
    ("kehutanan", "KH13"),
    ("hukum", "HK03"),
    ("hukum", "HK10"),
    // the twenty-first round (`tests/data/blind35`): as it came (93eafb3) a sheet of cards
    // (one block of labelled lines an indicator) not read (18 rows), a Rencana Aksi of two
    // rows an indicator read without its year's column (26 rows), a semester table read from
    // its first semester and its first target (`Target PK Awal` before `Target PK
    // Perubahan`), a monthly sheet's counts read as their last month (6 rows), 14 splits;
    // after 5 Dec's last rules every row read but two (KNOWN_MISREADS), 6 splits
    // - other words for the same (`nelayan penerima premi asuransi` / `nelayan yang
    //   terlindungi asuransi`; `UPI bersertifikat Kelayakan Pengolahan` / `UPI ber-SKP`;
    //   `Jumlah Kegiatan MTQ` / `Jumlah kegiatan MTQ/STQ tingkat provinsi`; `Peringkat
    //   Kafilah Provinsi pada MTQ/STQ Nasional` / `Peringkat Provinsi pada MTQ Nasional`;
    //   `OPD anggota TKPK yang melapor` / `OPD yang menyampaikan laporan`; `IKM layanan PBG`
    //   / `IKM pelayanan PBG dan SLF`)
    ("perikanan_tanjung_wuluh", "A16"),
    ("biro_kesra_nusa_kencana", "B08"),
    ("biro_kesra_nusa_kencana", "B09"),
    ("biro_kesra_nusa_kencana", "B14"),
    // the twenty-second round (`tests/data/blind36`): as it came (93eafb3) a table of two
    // years side by side read as the first year's (20 rows), a monthly sheet's year column
    // headed `Capaian Tahun 2022` (its formulas SUM / AVERAGE of the months) not read (16
    // rows), an E.81 ended at a unit `predikat` (3 rows), 27 splits; after 5 Dec's last rules
    // every row read but one (`Level 3`, now read with its figure), 15 splits
    // - other words for the same (`efisiensi hasil pemilihan` / `Efisiensi (selisih HPS
    //   dengan nilai kontrak)`; `RUP yang terumumkan` / `paket … diumumkan di SIRUP`;
    //   `e-purchasing` / `E-Katalog`; `Indeks kepuasan penyedia` / `IKM layanan UKPBJ`;
    //   `produk lokal tayang di e-katalog lokal` / `produk UMK lokal … Katalog Elektronik
    //   Lokal`; `SDM pengelola pengadaan` / `Pengelola PBJ`; `ODGJ` / `pasien gangguan jiwa`;
    //   `readmission rate` / `readmisi < 30 hari`; `SDM kesehatan` / `tenaga kesehatan`;
    //   `Metode Kontrasepsi Jangka Panjang` / `KB
    //   aktif MKJP`; `KRS yang mendapat pendampingan` / `keluarga berisiko stunting yang
    //   didampingi`; `Penyuluh KB (PKB/PLKB)` / `PKB/PLKB`)
    // - the agency named by the letters of some of its words (`IKM RSJ` of Rumah Sakit Jiwa
    //   Daerah), or where no title names it (`Status Akreditasi RSJD` in an E.81 whose title
    //   names the province)
    ("ukpbj_tanjung_rawa", "A05"),
    ("ukpbj_tanjung_rawa", "A07"),
    ("ukpbj_tanjung_rawa", "A12"),
    ("ukpbj_tanjung_rawa", "A13"),
    ("rsj_sei_lumut", "B07"),
    ("rsj_sei_lumut", "B08"),
    ("rsj_sei_lumut", "B17"),
    ("dppkb_kota_pinang_baru", "C05"),
    ("dppkb_kota_pinang_baru", "C13"),
    ("dppkb_kota_pinang_baru", "C19"),
    // the twenty-third and twenty-fourth rounds (`tests/data/blind37`, `blind38`), measured
    // as they came (0dda9e9): a Rencana Aksi whose names sit in the second column of a
    // merged `Sasaran / Indikator Kinerja` not read (18 rows), `pasien baru` merged with
    // `pasien` (a wrong merge), 13 splits; after 5 Dec's last rules those rows read, no wrong
    // merge, the same 13 splits (12 since 7 Dec reads `(Rp. Milyar)` as a unit, as `(Rp)`
    // is), all other words for the same or a code for its words: `Qanun Jinayat` /
    // `pelanggaran syariat`; `IKM` / `Industri Kecil Menengah`; `PDRB sektor industri` / `Sektor Industri`; `WUB` /
    // `Wirausaha Baru`; `SAKIP` / `AKIP`; `didaftarkan HKI (merek)` / `terdaftar Hak Merek`;
    // `kebersihan tangan` / `Hand Hygiene`; `formularium` / `Formularium Nasional`; `CRR` /
    // `Rasio Pendapatan BLUD thd Biaya Operasional`; `Akreditasi` / `Predikat Akreditasi`;
    // `Waktu tanggap` / `Emergency Response Time`
    ("dinas_syariat_islam_bukit_seulanga", "A10"),
    ("disperin_tanjung_sarira", "A08"),
    ("disperin_tanjung_sarira", "A11"),
    ("disperin_tanjung_sarira", "A18"),
    ("rsgm_sukamenanti", "B10"),
    ("rsgm_sukamenanti", "B11"),
    ("rsgm_sukamenanti", "B12"),
    ("rsgm_sukamenanti", "B19"),
    // the twenty-fifth round (`tests/data/blind39`), measured as it came (9ef737f): a
    // hidden recap of the first semester taken over the visible monthly sheet (19 rows not
    // read), a title naming a UPTD not read as the agency's, three .xls cells whose text
    // results LibreOffice stored as 0, 14 splits; after 5 Dec's last rules 13 splits, all
    // other words for the same (`terkalibrasi` / `telah dikalibrasi` joined since 7 Dec,
    // roots of short words): `akibat kesalahan pra
    // analitik` / `(re-test)`; `Nilai Evaluasi SAKIP` / `Predikat SAKIP`; `bidang
    // perekonomian` / `perekonomian & SDA`; `Nilai setoran dividen` / `Setoran Dividen/Laba
    // … ke Kas Daerah`; `melaporkan pelaksanaan` / `menyampaikan laporan`; `SIMDA BMD` /
    // `SIPD-BMD`; `aset yang aktif` / `BMD (sewa, KSP, BGS/BSG)`; `Opini BPK atas LKPD` / `…
    // terhadap Laporan Keuangan Pemerintah Daerah`; `terkait pengelolaan aset` / `Bidang
    // Aset`; `dihapuskan` / `penghapusan`; `direkonsiliasi` / `Terekonsiliasi`; `SIG` / `GIS`
    ("a_labkesda_watu_lerang", "A12"),
    ("b_perekonomian_rantau_selaka", "B02"),
    ("b_perekonomian_rantau_selaka", "B09"),
    ("b_perekonomian_rantau_selaka", "B13"),
    ("c_bpad_kepulauan_selindang", "C04"),
    ("c_bpad_kepulauan_selindang", "C05"),
    ("c_bpad_kepulauan_selindang", "C08"),
    ("c_bpad_kepulauan_selindang", "C11"),
    ("c_bpad_kepulauan_selindang", "C16"),
    ("c_bpad_kepulauan_selindang", "C20"),
    // the twenty-sixth round (`tests/data/blind40`), measured as it came (9ef737f): an
    // English LKjIP read as 2026 (its Strategic Plan Target's year; 19 rows), a form printed
    // twice side by side read half from each copy, one agency's units in IDR million, 4
    // splits; after 5 Dec's last rules the English table and the two copies read, 3 splits
    // in the agencies judged: `Nilai SAKIP` / `Nilai Akuntabilitas Kinerja Instansi
    // Pemerintah`; `IKM pelayanan Wisma Daerah` / `Indeks kepuasan pengguna layanan mess`;
    // `koordinasi dan konsultasi ke K/L` / `koordinasi dengan Kementerian / Lembaga`
    // the Papuan village agency, judged from 5 Dec's second session (its table turned over,
    // indicators across the columns, read): `Dana Desa/Kampung` / `dana kampung (DD & ADD)`
    ("dpmk_wandoma_jaya", "B09"),
    ("badan_penghubung_teluk_saranggi", "C08"),
    // the twenty-seventh round (`tests/data/blind41`), measured as it came (e0997d8): a
    // quarterly table of Target and Realisasi rows whose year stands under `Tahun 2022` read
    // without it (21 rows' targets, one indicator not read: its Realisasi row first), a card
    // read at its `Realisasi 2019` line (20 rows), an export of 2018 and 2019 rows read all
    // as 2019, names in capitals read as codes, a month typed `80 org` left out of the sum,
    // a level's months summed after its % formula, 22 splits; after 5 Dec's second session
    // every row read with the keyed figures, 3 splits, all other words for the same:
    // `Akreditasi lembaga` / `Predikat Akreditasi Lembaga`; `Jumlah retribusi` / `Penerimaan
    // retribusi`; `retribusi sewa taman` / `pemakaian kekayaan daerah`
    // the twenty-eighth round (`tests/data/blind42`), measured as it came (e0997d8): blocks of
    // Target / Realisasi / Capaian lines read without their `Tahun 2019` column (33 figures;
    // read since the twenty-seventh round's `Tahun 2022` column), a monthly sheet of Target
    // and Realisasi rows read at its last month (7), 8 splits; after 5 Dec's second session
    // every row read with the keyed figures but one (KNOWN_MISREADS), 5
    // splits, all other words for the same: `IKM layanan tata usaha & rumah tangga` /
    // `Indeks kepuasan layanan administrasi umum`; `Jumlah rit` / `Ritase`; `Produksi kompos`
    // / `Volume kompos yg dihasilkan TPS3R`; `lokasi pembuangan sampah liar` / `titik TPS
    // liar`; `Laju pertumbuhan sektor perdagangan` / `… PDRB sektor perdagangan`
    ("b_uptd_sampah_tanjung_mersik", "B07"),
    ("b_uptd_sampah_tanjung_mersik", "B21"),
    ("b_uptd_sampah_tanjung_mersik", "B17"),
    ("c_disdag_teluk_sangkar", "C04"),
    // the twenty-ninth round (`tests/data/blind43`), measured as it came (e0997d8): every row
    // read with the keyed figures, 2 splits; after 5 Dec's second session 1 split, other words
    // for the same: `Jumlah Benih untuk Penebaran/Restocking` / `Jumlah benih ikan yang
    // didistribusikan untuk penebaran`
    // the thirtieth round (`tests/data/blind44`), measured as it came (e0997d8): a quarterly
    // block's flows read at their last quarter (4 rows), 9 splits; after 5 Dec's second
    // session every row read with the keyed figures, the same 9 splits, all a code for its
    // words no name of the agency defines or other words for the same: `KPM` / `Keluarga
    // Penerima Manfaat`; `KK` / `keluarga`; `SAKIP` / `Nilai Evaluasi Akuntabilitas Kinerja
    // Instansi Pemerintah`; `IKM pelayanan Dinas Pariwisata` / `Nilai IKM`; `Persentase
    // kios yang terisi` / `Tingkat keterisian kios`, the same of los; `Indeks Kepuasan Masyarakat`
    // / `IKM`; `Volume sampah (m3)` / `(ton)`
    ("dinsos_prov_teluk_sarana", "S03"),
    ("dinsos_prov_teluk_sarana", "S05"),
    ("uptd_pasar_muara_jelita", "M05"),
    ("uptd_pasar_muara_jelita", "M06"),
    // the thirty-first round (`tests/data/blind45`): as it came (749a2ce) cards set two to a
    // band read as the left ones alone (20 figures), an export's `kode_indikator` column read
    // as the names (23 rows), a monthly sheet's production, revenue and volume read at their
    // last month (3 rows), 34 splits; after 5 Dec night's rules every row read, 16 splits
    // - levels that one name lists and another does not (`Angka Partisipasi Kasar (APK)
    //   SMA/SMK/MA Sederajat` / `… Pendidikan Menengah`; `Persentase Ruang Kelas SMA/SMK/SLB
    //   dalam Kondisi Baik` / `… Ruang Kelas dalam Kondisi Baik`): a level must agree
    ("disdik_prov_tanah_lumbara", "P01"),
    ("disdik_prov_tanah_lumbara", "P02"),
    ("disdik_prov_tanah_lumbara", "P07"),
    ("disdik_prov_tanah_lumbara", "P11"),
    ("disdik_prov_tanah_lumbara", "P18"),
    // - other words for the same (`Siswa Miskin` / `Peserta Didik dari Keluarga Miskin` / `Siswa
    //   Kurang Mampu`, `Peserta Didik` and `Siswa` one since 7 Dec; `Kualifikasi` /
    //   `Berkualifikasi Akademik`; `Cakupan pengujian KBWU` / `Persentase KBWU yang melakukan uji
    //   berkala`; `waktu pelayanan pengujian per kendaraan` / `uji berkala`; `Predikat Akreditasi
    //   UPTD PKB` / `Akreditasi UPUBKB`, the unit's two names; `sosialisasi pengujian … kepada
    //   pemilik/pengusaha angkutan`; `diuji pada pelayanan uji keliling` / `KBWU yang diuji
    //   keliling`; `KBWU` for `kendaraan wajib uji` without `bermotor`; `Produksi daging (ton)` /
    //   `… yang dihasilkan RPH (kg)`; `retribusi RPH terhadap target PAD`; `juleha` for `juru
    //   sembelih halal`, its syllables)
    ("disdik_prov_tanah_lumbara", "P09"),
    ("uptd_pkb_lembah_kerinan", "K02"),
    ("uptd_pkb_lembah_kerinan", "K09"),
    ("uptd_pkb_lembah_kerinan", "K15"),
    ("uptd_pkb_lembah_kerinan", "K18"),
    ("uptd_pkb_lembah_kerinan", "K19"),
    ("uptd_rph_tanjung_seruni", "R11"),
    ("uptd_rph_tanjung_seruni", "R13"),
    ("uptd_rph_tanjung_seruni", "R20"),
    // the thirty-second round (`tests/data/blind46`): as it came (749a2ce) a target typed
    // `125.000 vial` read as 125 (a stated % of 101,84 taken for a fraction), a quarterly
    // block's reports read at their last quarter (the year's `12 laporan` over a schedule
    // of %), 16 splits and a wrong merge; after 5 Dec night's rules (`B3`, a letter and its
    // count, and the glossary's `Bahan Berbahaya dan Beracun`; `ProKlim`; a code placed
    // after `di gudang`; `kadaluwarsa`) every row read, 11 splits and the merge
    // (KNOWN_MERGES)
    // - other words for the same (`realisasi fisik pembangunan` / `realisasi fisik APBD`;
    //   `efisiensi pengadaan` / `hasil tender` / `hasil pemilihan penyedia`; `RUP` / `paket
    //   PBJ`; `pengelola PBJ` / `SDM pengadaan`; `Nilai SAKIP` / `Predikat SAKIP`; `industri`
    //   / `Usaha/Kegiatan` / `perusahaan`; `Nilai evaluasi SAKIP UPTD` / `Nilai SAKIP UPTD
    //   IFK`; `IKM` / `Indeks Kepuasan Masyarakat terhadap pelayanan IFK`; `Serapan
    //   anggaran` / `realisasi anggaran UPTD IFK`), and a recipient one name adds (`ke
    //   Puskesmas dan RS`)
    ("bag_adpem_lembah_sarai", "P10"),
    ("bag_adpem_lembah_sarai", "P13"),
    ("bag_adpem_lembah_sarai", "P14"),
    ("bag_adpem_lembah_sarai", "P17"),
    ("bag_adpem_lembah_sarai", "P22"),
    ("dlh_prov_nusa_kemuning", "L07"),
    ("uptd_ifk_sungai_rindang", "F21"),
    ("uptd_ifk_sungai_rindang", "F24"),
    // the thirty-third round (`tests/data/blind47`): as it came (6afc485) two tables turned
    // over one under the other read as one indicator each (29 figures), cards of several
    // labels to a line read from their earlier years' line (16 figures), 20 splits and a
    // wrong merge; after 5 Dec night's last rules every row read but five (KNOWN_MISREADS;
    // four since 6 Dec, when a target written `maks 1,8` is read at its bound; one since
    // `Level 3` is read with its figure),
    // 7 splits
    // - other words for the same (`Opini BPK atas LKPD` / `Opini BPK RI terhadap LKPD
    //   Provinsi`; `Skor MCP` / `Nilai Monitoring Center for Prevention`, its words one name
    //   gives after the code; `Kasus Gangguan Reproduksi` / `penanganan gangguan
    //   reproduksi`; `Nilai Evaluasi Akuntabilitas Kinerja` / `Predikat Evaluasi AKIP`;
    //   `Angka Kebuntingan (Conception Rate)` / `Conception Rate (CR) hasil IB`; `OTP` /
    //   `ketepatan waktu keberangkatan`; `okupansi` / `keterisian kendaraan (okupansi)`)
    ("inspektorat_nusa_kencana", "C18"),
    ("puskeswan_lembah_sari", "A10b"),
    ("puskeswan_lembah_sari", "A17"),
    ("terminal_pinang_lestari", "B07"),
    // the thirty-fourth round (`tests/data/blind48`): as it came (6aacdaa) two years' PK tables
    // side by side on one sheet read as none (41 rows), 13 splits; after 6 Dec's rules (each
    // band of columns its year's table; `WUB` written out and found by its words) every row
    // read but one (KNOWN_MISREADS), 12 splits (`UKM` read as the `UMKM` it became, to
    // confirm)
    // - a kind of enterprise that must agree (`usaha kecil` / `usaha mikro` / `UMKM`), as
    //   Banjar's Mikro / Kecil / Menengah must
    ("diskopukm_prov_nusa_kencana", "B05"),
    ("diskopukm_prov_nusa_kencana", "B06"),
    ("diskopukm_prov_nusa_kencana", "B08"),
    ("diskopukm_prov_nusa_kencana", "B11"),
    // - a code one name writes and the other does not (`KSP/USP`; `LLTT`; the unit's own
    //   `UPTD`, and `IPLT`, its name before it became UPTD PALD)
    ("diskopukm_prov_nusa_kencana", "B04"),
    ("uptd_pald_watu_pelangi", "A15"),
    ("uptd_pald_watu_pelangi", "A17"),
    ("uptd_pald_watu_pelangi", "A19"),
    // - other words for the same (`anggota TRC terlatih` / `personel TRC BPBD yang mengikuti
    //   pelatihan`; `Rata-rata waktu tanggap darurat` / `Respon time penanganan`; `SDM
    //   koperasi terlatih` / `pengurus & pengelola koperasi yang dilatih`)
    ("bpbd_prov_kalimaya_barat", "C06"),
    ("diskopukm_prov_nusa_kencana", "B10"),
    // the thirty-fifth round (`tests/data/blind49`): as it came (6 Dec, 64215cd) cards
    // three to a band with their names alone on their first line, a table turned over
    // whose row of names was taken for a header, an LKjIP table of a block of years' rows
    // under each name, and a plan of TW I .. TW III beside last year's columns read wrong
    // or not at all (62 rows not read, 25 of the wrong year, 19 misread), 20 splits; after
    // 6 Dec's rules every row read, 7 splits and a merge to confirm (KNOWN_MERGES)
    // - a kind of person that must agree, one name writing it (`Jumlah ASN peserta
    //   pelatihan teknis` / `Jumlah peserta pelatihan teknis`, and `… fungsional`)
    ("bpsdm_prov_bentang_sagara", "B06"),
    ("bpsdm_prov_bentang_sagara", "B07"),
    ("bpsdm_prov_bentang_sagara", "B16"),
    // - the agency's own words on one side (`Nilai SAKIP BPSDM` / `Nilai SAKIP Perangkat
    //   Daerah`), another word for the same (`Pendapatan retribusi` / `Realisasi PAD
    //   Retribusi`), a code one name writes (`Jml kapal perikanan berpangkalan` in 2019's
    //   `(Pelabuhan)` table)
    // the thirty-sixth round (`tests/data/blind50`): as it came (b2959bf) a Rencana Aksi
    // printed twice side by side for two years read as one table (20 rows of the wrong year,
    // 34 misread), a monthly recap turned over read with its indicator numbers for names and
    // January for the year (21 rows), names written over two cells read as their measure
    // word alone, 44 splits, 14 wrong merges; after 6 Dec's rules (a band of any form its
    // year's model; the rest of a name beside its measure word; a turned table of months
    // read as the monthly form reads one; `baru` counting the new ones only a name of its
    // own; a budget's `serapan` its `realisasi`) every row read, no wrong merge, 15 splits:
    // - other words for the same (`bibit yang disalurkan` / `didistribusikan`; `tanaman
    //   hidup` / `keberhasilan tumbuh`; `Realisasi Retribusi Jasa Usaha` / `Pendapatan
    //   retribusi`; `analis
    //   bersertifikat kompeten` / `SDM analis tersertifikasi`; `kendaraan yg membayar PKB` /
    //   `kendaraan bayar pajak tahunan`; `WP menunggak` / `kendaraan menunggak`; `kendaraan
    //   baru terdaftar (BBN I)` / `kendaraan bermotor baru`) (`peralatan lab yang
    //   dikalibrasi` / `alat ukur/uji terkalibrasi` is one group since 8 Dec: `lab` is
    //   `laboratorium`)
    ("kph_ranowatu_tanjung_lirang", "K03"),
    ("kph_ranowatu_tanjung_lirang", "K04"),
    ("lab_lingkungan_lamboja_barat", "L20"),
    ("samsat_lambunu_selat_widara", "S06"),
    ("samsat_lambunu_selat_widara", "S10"),
    ("samsat_lambunu_selat_widara", "S19"),
    // - a code for words another name writes, or another measure of one thing (`Indeks
    //   Kepuasan Masyarakat` / `Nilai IKM`, IKM being also Industri Kecil Menengah; `Nilai
    //   SAKIP` / `Predikat SAKIP`; `Parameter uji terakreditasi (KAN)` / `Jumlah parameter
    //   pengujian terakreditasi SNI ISO/IEC 17025`; `Penerimaan Sumbangan Wajib …
    //   (SWDKLLJ)` / `Realisasi SWDKLLJ`)
    ("lab_lingkungan_lamboja_barat", "L03"),
    ("samsat_lambunu_selat_widara", "S20"),
    // the thirty-seventh round (`tests/data/blind51`): as it came (61370e6) a name merged
    // over its puskesmas' rows read at the first puskesmas (12 rows), two years' tables side
    // by side with their header rows at different heights read as one year (17 rows of the
    // wrong year, 16 wrong merges), an export sorting `Tahunan` after its quarters read a
    // row off, a level planned once read as the sum of its quarters (2 rows), 26 splits;
    // after 6 Dec's rules every row read but one (KNOWN_MISREADS), no wrong merge, 9 splits:
    // - an SPM service named by its service one year and by its measure another (`Pelayanan
    //   Kesehatan pada Usia Lanjut` / `Persentase lansia … yg mendapat skrining`), other
    //   words for the same (`PSU memadai` / `dilengkapi PSU`; `SR` / `sambungan rumah`;
    //   `Stop BABS` / `ODF`; `Siskeudes` / `Sistem Keuangan Desa`), `Nilai` / `Predikat
    //   SAKIP`
    ("dinkes_wanasari", "A06"),
    ("dinkes_wanasari", "A07"),
    ("dinkes_wanasari", "A12"),
    ("disperkim_lembahraya", "B11"),
    ("disperkim_lembahraya", "B12"),
    ("dpmd_tanjungseruni", "C14"),
    // the thirty-eighth round (`tests/data/blind52`): as it came (cc9519c) a name column
    // split into `Indikator` / `Sub Indikator` read from the first alone (24 rows, on an
    // annual and a monthly sheet), an indicator of the earlier of two years side by side with
    // no figure of the later not read, numbering `II.c.` glued to the names read as words (12
    // splits), 27 splits; after 6 Dec's rules every row read, no wrong merge but one to
    // confirm (KNOWN_MERGES), 16 splits:
    // - other words for the same (`UNBK` / `UN Jurusan`; `siswa kurang mampu` / `siswa
    //   miskin`; `berkualifikasi` / `kualifikasi`; `terlayani` / `terairi`; `jebol tanggul` /
    //   `kerusakan darurat`; `O & P` / `operasi dan pemeliharaan`), and a season's code
    //   written `MT I` / `MT-I`
    ("sma_negeri2_lembah_sari", "S03"),
    ("sma_negeri2_lembah_sari", "S04"),
    ("sma_negeri2_lembah_sari", "S13"),
    ("sma_negeri2_lembah_sari", "S17"),
    ("uptd_irigasi_tanah_lirang", "I01"),
    ("uptd_irigasi_tanah_lirang", "I11"),
    ("uptd_irigasi_tanah_lirang", "I12"),
    ("uptd_irigasi_tanah_lirang", "I15"),
    ("uptd_irigasi_tanah_lirang", "I23"),
    // - the forest park's: other words for the same (`kawasan berhutan` / `tutupan hutan`;
    //   `areal terbakar` / `kebakaran hutan & lahan`; `perambahan & illegal logging` /
    //   `gangguan kawasan`; `areal yang direhabilitasi` /
    //   `rehabilitasi kawasan terdegradasi`; `target PAD` / `target retribusi`)
    ("tahura_bukit_lamasi", "T02"),
    ("tahura_bukit_lamasi", "T04"),
    ("tahura_bukit_lamasi", "T05"),
    ("tahura_bukit_lamasi", "T09"),
    ("tahura_bukit_lamasi", "T14"),
    // the thirty-ninth round (`tests/data/blind53`), the food and fisheries office alone
    // (the other two are not judged yet: Kesbangpol's bulleted report not read, its year's
    // target and realisasi in one cell, `100 / 92,3`, read since 6 Dec; the lab's targets and
    // months' realisasi on two sheets matched by number, the realisasi not read): other
    // words for the same (`Peta Ketahanan dan Kerentanan Pangan` / `FSVA`; `aman
    // dikonsumsi` / `memenuhi syarat keamanan`)
    ("dkpp_batu_merapin", "A11"),
    ("dkpp_batu_merapin", "A21"),
    // the fortieth round (`tests/data/blind54`), the investment and labour office alone (the
    // hospital's monthly table turned over and the procurement bureau's apostrophe-grouped
    // and level figures are open): other words for the same (`Nilai Investasi yg
    // terealisasi` / `Realisasi Nilai Investasi (PMA + PMDN)`; `perizinan yang diproses secara
    // online` / `Izin yang Diproses melalui OSS`; `izin` / `perizinan` joined since 7 Dec, and
    // `Non-Izin Terbit` no longer taken by the permits' group)
    ("dpmptspnaker_lembah_sarimanik", "A01"),
    ("dpmptspnaker_lembah_sarimanik", "A22"),
    // blind54's provincial procurement bureau, judged from 6 Dec's second session (its
    // apostrophe-grouped figures, its names wrapped into the next row and `transaksi` counted
    // read): 1 split, other words for the same (`katalog elektronik lokal` / `e-katalog lokal`)
    ("biro_pbj_karang_laut_timur", "C06"),
    // blind53's politics agency, judged from 6 Dec's second session (its bulleted report
    // read by the list's numbers): 1 split, other words for the same (`SKP` / `rekomendasi
    // izin penelitian`)
    ("kesbangpol_sanggar_wulan", "B13"),
    // blind54's city hospital, judged from 6 Dec's second session (its monthly table turned
    // over read): 7 splits, other words for the same (`Average Length of Stay (AvLOS)` /
    // `Rata-rata Lama Dirawat (LOS)`, `Pasien Keluar (H+M)` / `Pasien Rawat Inap (keluar hidup
    // + mati)`, `SPM RSUD` / `Standar Pelayanan Minimal (SPM)`, `Penulisan resep sesuai
    // formularium` / `Kepatuhan Penggunaan
    // Formularium`, `Cost Recovery Rate` / `kemandirian keuangan BLUD`, `Gawat Darurat` / `IGD`)
    ("rsud_kota_teluk_sembilang", "B02"),
    ("rsud_kota_teluk_sembilang", "B11"),
    ("rsud_kota_teluk_sembilang", "B14"),
    ("rsud_kota_teluk_sembilang", "B19"),
    ("rsud_kota_teluk_sembilang", "B08"),
    ("rsud_kota_teluk_sembilang", "B13b"),
    // the forty-first round (`tests/data/blind55`), measured as it came (9666882): a museum's
    // table turned over with its units on a line above the names (19 rows not read), a ferry
    // port's plan of T and R rows (19 not read) and its months headed by date cells (18
    // misread, read at December), a learning centre's cards of labels over values (21 not
    // read) and its quarters to date (`s.d. TW I` .., 18 misread), 16 splits; after 6 Dec's
    // second session every row read with the keyed figures, no wrong merge, 11 splits, all
    // other words for the same: `roda dua` / `(R2) terangkut` and `R4 & lebih` / `roda empat atau
    // lebih` (a code defined in brackets in one year only), `yang laik laut` / `yang memenuhi
    // standar kelaiklautan`, `OTP` / `ketepatan jadwal`, `WB` (warga belajar) / `peserta didik`
    // (but where `siswa` is written, since 7 Dec), `Pendidikan Kesetaraan (Paket A, B, C)` /
    // `kesetaraan seluruh program`, `PAUD (KB dan SPS)` / `Pendidikan Anak Usia Dini`, `ikut
    // bimtek` / `mengikuti peningkatan kompetensi`
    ("uptd_pelabuhan_penyeberangan_liwu_pesisir", "F03"),
    ("uptd_pelabuhan_penyeberangan_liwu_pesisir", "F04"),
    ("uptd_pelabuhan_penyeberangan_liwu_pesisir", "F11"),
    ("uptd_pelabuhan_penyeberangan_liwu_pesisir", "F05b"),
    ("uptd_skb_kota_batu_rendang", "S22"),
    ("uptd_skb_kota_batu_rendang", "S11"),
    ("uptd_skb_kota_batu_rendang", "S12"),
    ("uptd_skb_kota_batu_rendang", "S17"),
    // the forty-second round (`tests/data/blind56`), measured as it came (9666882): every row
    // read, 27 misread (a Renstra's targets of six years read at 2026, a plan's `PK Awal`
    // taken over its `PK Perubahan`, a monthly sheet's hours, complaints and spots read at
    // December, two semesters' figures with superscript footnotes `14²`), 6 splits; after 6
    // Dec's second session every row read with its keyed figures, 5 splits, other words for
    // the same: `ketersediaan (uptime) pemancar` / `waktu pemancar beroperasi normal`,
    // `Pendengar Radio` / `yang mendengarkan`, `lama penyelesaian pengujian` / `Waktu
    // rata-rata penyelesaian uji`, `Personil` / `SDM laboratorium` (`alat laboratorium
    // terkalibrasi` / `peralatan lab yang dikalibrasi` joined since 7 Dec)
    ("lppl_radio_suara_lembah_rindang", "R14"),
    ("lppl_radio_suara_lembah_rindang", "R09"),
    ("uptd_labuji_bahan_kota_muara_temiang", "L03"),
    ("uptd_labuji_bahan_kota_muara_temiang", "L15"),
    // the forty-third round (`tests/data/blind57`), measured as it came (c63b825): 39 rows
    // not read (a worksheet of one block per indicator, `Formulasi` / `Pembilang` /
    // `Penyebut` under each name; a monthly recap turned over under `Bulan / Uraian`), 35
    // misread (a Renstra matrix read at its first realisasi's year, `PK Awal` under a merged
    // `Target 2019` taken for the target), 7 splits, 2 merges; after 6 Dec's third session
    // every row read with its keyed figures, 4 splits (`Satlinmas` / `Linmas` and
    // `trantibum` joined by their words), 2 merges (`KNOWN_MERGES`), other words for the
    // same: `pelayanan PATEN … tepat waktu` / `layanan … sesuai standar waktu (SOP)`,
    // `Cakupan pelayanan bencana kebakaran` / `cakupan wilayah layanan kebakaran (WMK)`,
    // `melalui yustisi (Tipiring)` / `melalui sidang Tipiring`
    ("kec_talang_seruni_sirantau", "K03"),
    ("satpolpp_damkar_parit_baru", "P10"),
    // the forty-fourth round (`tests/data/blind58`), measured as it came (b4b9bdb): 15 rows'
    // realisasi not read (a monthly recap turned over, its empty `Realisasi per bulan :`
    // line taken for the year's), 41 misread (two halves of one year's list side by side, a
    // Renstra's `Target Kinerja Renstra` over its years read as the final target, `PK Awal`
    // beside helper quarters, a card's `Target Awal` over its `Target Perubahan`, a month's
    // deaths against a target of 0, a plan's quarters against flat quarter targets), 13
    // splits, 12 merges; after 6 Dec's third session every figure as keyed, 6 splits, other
    // words for the same: `penambahan koleksi` / `koleksi baru yg diadakan`, `didigitalisasi`
    // / `dialihmediakan`, `cadangan pangan yang disalurkan` / `penyaluran cadangan pangan
    // untuk keadaan darurat`, `Prevalence of Undernourishment (PoU)` / `Prevalensi
    // ketidakcukupan konsumsi pangan`, `cadangan pangan (beras & non beras)` / `Cadangan
    // Pangan Pemerintah Provinsi`, `kunjungan pasien rawat jalan` / `Kunjungan rawat jalan
    // total`
    ("dispusip_lembah_sarangan", "P13"),
    ("dkp_prov_teluk_ambang", "K05"),
    ("dkp_prov_teluk_ambang", "K15"),
    ("dkp_prov_teluk_ambang", "K23"),
    ("pkm_sungai_medang_tirta_rambang", "H09"),
    // the forty-fifth round (`tests/data/blind59`), measured as it came (bcb4c8a): 20 rows not
    // read (a monthly recap turned over, `Uraian` over the codes beside `Indikator Kinerja`
    // over the names), 45 misread (a plan's `T/R` rows under `Target dan Realisasi per
    // Triwulan`, two halves of one year's list side by side both naming 2023, realisasi by
    // regency beside `Realisasi Provinsi`, new taxpayers by the month), 18 splits, 10 merges;
    // after 6 Dec's third session every figure as keyed, 8 splits, 3 merges (`KNOWN_MERGES`).
    // The splits: words added over two lines (`Persentase kendaraan wajib uji yang` /
    // `lulus uji berkala`, read as one name, against `Persentase kendaraan lulus uji`), other
    // words (`Penerimaan BPHTB` / `Realisasi Bea
    // Perolehan …`, `objek pajak … dimutakhirkan datanya` / `NOP …`, `keterwakilan perempuan
    // di DPRD` / `di Parlemen`, `Persentase perkawinan usia anak` / `Prevalensi`), a name of words
    // dropped (`Korban TPPO mendapat layanan`). 6 Dec's fourth session joined `UPTD PPA
    // Kab/Kota yang Terbentuk` (title case after a code no longer read as the regency's
    // government) and `Pusat Pembelajaran Keluarga (PUSPAGA)` (a short form in capitals in
    // brackets defined by its words), and so blind37's `LPPD Kabupaten/Kota`
    ("dishub_kota_bukit_jambangan", "D10"),
    ("bapenda_kab_rawa_kemuning", "B07"),
    ("bapenda_kab_rawa_kemuning", "B17"),
    ("dp3a_prov_tanah_kencana", "P09"),
    ("dp3a_prov_tanah_kencana", "P14"),
    ("dp3a_prov_tanah_kencana", "P16"),
    // the forty-sixth round (`tests/data/blind60`), measured as it came (412fb06): 57 rows
    // not read (an LKjIP table whose header's second row names the earlier years' realisasi
    // beside helper semesters, cards two to a band with `Target 2021 | … | Realisasi 2021 |
    // …` on one line, a list of numbered names merged over their cards with the labels one
    // column right), 2 rows' realisasi misread (proposals counted, read as a level), two of
    // the LKjIP's rows taken from a hidden helper sheet, 12 splits; after 6 Dec's fourth
    // session every figure as keyed, 8 splits, all other words for the same: `SDM koperasi
    // yang dilatih` / `peserta pelatihan perkoperasian` (and UMKM's), `terdampak COVID-19` /
    // `terdampak Pandemi`, `sektor SDA yang menyampaikan laporan TJSL` / `bidang SDA yang
    // melaporkan pelaksanaan TJSL/CSR`, `capaian kinerja kegiatan Bagian SDA` / `program
    // dan kegiatan`, `bibit … di kebun bibit` / `bibit … dan pelindung (polybag)`,
    // `terdata pada Sistem Informasi Makam` / `terinput dlm SIMAKAM` (`pelayanan pemakaman
    // jenazah` / `jenazah yang dimakamkan di TPU` one group since 7 Dec night: `TPU` is
    // `tempat pemakaman umum`)
    ("uptd_balatkop_ukm_prov_teluk_nirwana", "C01"),
    ("uptd_balatkop_ukm_prov_teluk_nirwana", "C02"),
    ("uptd_balatkop_ukm_prov_teluk_nirwana", "C20"),
    ("bagian_sda_setda_kab_sapta_lembah", "B14"),
    ("bagian_sda_setda_kab_sapta_lembah", "B17"),
    ("distamkam_kota_bukit_serindit", "A09"),
    ("distamkam_kota_bukit_serindit", "A16"),
    // the forty-seventh round (`tests/data/blind61`), measured as it came (698dc54): a year
    // of one small table per indicator (`a) Jumlah naskah …` over `Tahun | Target |
    // Realisasi`, 20 rows) and a semester report of T/R rows (the workbook unreadable) not
    // read, a Renstra's indicator typed under `Sasaran` beside a `Tujuan` column, 17 rows
    // misread (agreements and varieties counted read as levels, a plan's helper quarters
    // `(bantu)` taken for the year's realisasi); after 6 Dec's fourth session every figure as
    // keyed, 11 splits, other words for the same (`Kontinuitas pengaliran` / `Jam Operasional
    // Pelayanan Air`, `Pipa Distribusi yang dibangun` / `jaringan perpipaan yg dibangun dan
    // direhabilitasi`, `KS` / `kerja sama`, `PAD … penjualan benih` / `retribusi penjualan
    // produksi usaha daerah`, `petugas dan penangkar` / `Penangkar/petugas`); the agreements
    // followed up and those with other regions (`KSDD`, K05 / K08) apart since 6 Dec's fifth
    // session, when a code a name glosses in brackets stands only for the words names gloss
    // it by
    ("uptd_spam_kab_lembah_tirta", "A04"),
    ("uptd_spam_kab_lembah_tirta", "A08"),
    ("uptd_spam_kab_lembah_tirta", "A09"),
    ("uptd_spam_kab_lembah_tirta", "A12"),
    ("uptd_spam_kab_lembah_tirta", "A18"),
    ("uptd_spam_kab_lembah_tirta", "A21"),
    ("bagian_kerja_sama_setda_kota_tanjung_sekar", "K03"),
    ("uptd_balai_benih_tph_prov_nusa_kencana", "B16"),
    // the forty-eighth round (`tests/data/blind62`), measured as it came (608b4a8): a monthly
    // recap writing each name on a band of its own, its unit and months on the row below
    // (the workbook unreadable: `Indikator Kinerja / Satuan` taken for a unit column), a
    // plan's `% realisasi anggaran` taken for a budget line, a hidden sheet of quarters across
    // turned over into indicators named `TW I` .. `Tahunan`, 10 splits; after 6 Dec's fifth
    // session every figure as keyed, 7 splits: other words for the same (`Penera dan Pengamat
    // Tera` / `SDM kemetrologian`, `sewa sarana` / `pemanfaatan sarana balai`, `pemakaian` /
    // `penggunaan`, `diselenggarakan` / `difasilitasi`), the turned log's short names (`Atlet
    // binaan berlatih`, `Event virtual/daring`) and the agency's own facilities named in one
    // year only (`di GOR dan Stadion`)
    ("uptd_metrologi_kota_tanjung_lamatu", "M12"),
    ("uptd_bapelkes_prov_sagara_wening", "B09"),
    ("uptd_gor_stadion_kab_sungai_rarangan", "G01"),
    ("uptd_gor_stadion_kab_sungai_rarangan", "G10"),
    ("uptd_gor_stadion_kab_sungai_rarangan", "G16"),
    ("uptd_gor_stadion_kab_sungai_rarangan", "G17"),
    ("uptd_gor_stadion_kab_sungai_rarangan", "G22"),
    // the forty-ninth round (`tests/data/blind63`), measured as it came (d9dd5b5): a
    // kecamatan's realisasi written per village beside their total (19 rows misread: the
    // first village's taken), quarters in blocks whose realisasi columns say `R s.d.` (19
    // rows: the first quarter's taken), two panels side by side ending with one line alike
    // (`Rata-rata capaian bidang`: one table read, the second panel's figures lost), a block
    // of rows per indicator with its realisasi by semester (20 rows: a semester read as the
    // year); after 6 Dec's fifth session every figure as keyed, 6 splits: other words for the
    // same (`Sekolah Lapang (SL)` / `SL-PTT/SL-IPM`, `pelatihan/bimtek` / `ditingkatkan
    // kapasitasnya`, `pendampingan hukum` / `bantuan hukum`, `SDM layanan` / `petugas
    // layanan`, `panggilan hotline` / `layanan hotline/call center`, the PAD's names)
    ("uptd_bpp_kec_lubuk_sembilang_kab_rawa_kemuning", "A19"),
    ("uptd_ppa_kota_bandar_seruni", "B04"),
    ("uptd_ppa_kota_bandar_seruni", "B16"),
    ("uptd_ppa_kota_bandar_seruni", "B20"),
    ("uptd_bpthpt_prov_teluk_gading", "C15"),
    // - since 6 Dec night the whole of legal and psychological help (2020) joins neither
    //   part of 2021 (`compare::whole`), and takes the psychological help of 2022 on (see
    //   KNOWN_MERGES): 2021's stands alone
    ("uptd_ppa_kota_bandar_seruni", "B05"),
    // the fiftieth round (`tests/data/blind64`), measured as it came (f8fe645): a civil
    // servant's SKP appraisal (`Kegiatan Tugas Jabatan`, `Target` / `Realisasi` over
    // `Kuant/Output | Kual/Mutu | Waktu | Biaya`) unreadable, realisasi per cohort of
    // residents (`Angkatan I (Januari - April)` ..) read as the first cohort's (20 rows),
    // quarters to date across whose last (`s.d. TW IV`) is `-` read as none, a name wrapped
    // over `Tanah Makam (IPTM)` cut, the complaints followed up (`Jumlah …`, `pengaduan`) and
    // their share (`Pengaduan ditindaklanjuti`, `%`) merged, 6 splits, 4 merges; after 6 Dec
    // night every figure as keyed, no split but the mooring buoys of 2022 apart from 2023's
    // (one group since 7 Dec evening)
    // the fifty-first round (`tests/data/blind65`): every figure as keyed on arrival, 1
    // split, mended the same night (a code led by a code, `PJU tenaga surya (PJUTS)`, and a
    // whole whose bracket names its parts' kinds)
    // the fifty-second round (`tests/data/blind66`), measured as it came (91df98c): a year
    // whose figures stand by code on one sheet and its names on another (`Daftar IKU`)
    // unreadable (20 rows), a monthly recap turned over with no year's realisasi (the months
    // down, the indicators across) unread (18 rows), the unit's name `sentra IKM` in its
    // indicators' names, 16 splits and a merge besides; after 7 Dec's night every figure
    // as keyed but one (`KNOWN_MISREADS`), 12 splits: the turned recap's short labels (`Personel
    // berlisensi (%)`, `Latihan PKD / PKP-PK (kali)`, `Pergerakan Pesawat (take off/landing)`
    // against `… Pesawat Udara`), other words for the same (`dipantau pasca pulang` / `dilakukan
    // surveilans 21 hari`, `tenaga kesehatan` / `petugas kesehatan`, `tenant baru` / `IKM baru yang
    // menempati los`, `IKM yang dilatih` / `peserta pelatihan`, `kontrak dagang` / `kemitraan
    // pemasaran`, `secara daring` / `pemasaran online`, `pameran yang diikuti` / `promosi &
    // pameran`), and a part taken by its whole (`pendaftaran merek` by `sertifikasi (halal,
    // merek, SNI)`, see KNOWN_MERGES)
    ("uptd_bandara_prov_selat_lontar", "A04"),
    ("uptd_bandara_prov_selat_lontar", "A13"),
    ("uptd_bandara_prov_selat_lontar", "A16"),
    ("uptd_kes_haji_kota_rawa_seruni", "H14"),
    ("uptd_kes_haji_kota_rawa_seruni", "H15"),
    ("uptd_kes_haji_kota_rawa_seruni", "H17"),
    ("uptd_sentra_ikm_kab_lembah_randu", "S04"),
    ("uptd_sentra_ikm_kab_lembah_randu", "S09"),
    ("uptd_sentra_ikm_kab_lembah_randu", "S16"),
    ("uptd_sentra_ikm_kab_lembah_randu", "S20"),
    // the fifty-third round (`tests/data/blind67`), measured as it came (91df98c): cards
    // with a realisasi per semester read as the first semester's (18 figures), 11 splits and
    // 3 merges; after 7 Dec's night every figure as keyed, 7 splits (and one of an earlier
    // round): a name without its measure and
    // in other words (`Produksi bibit tanaman kehutanan dan MPTS` / `Jumlah bibit tanaman
    // yang diproduksi`, `Penyaluran bibit …` / `… yang disalurkan`, `Pohon yang ditanam` /
    // `Jumlah pohon yang ditanam di hutan kota dan RTH`, `Jumlah Pohon Adopsi` / `… yang
    // diadopsi`), `Materi Penyuluhan Digital` / `… yang diproduksi`, `(total)` / `(kasus
    // lama dan baru)`; and the training of
    // teachers, once matched by `mengikuti` alone (`Guru yang Mengikuti Diklat/Bimtek` /
    // `… Mengikuti Peningkatan Kompetensi`), apart since `mengikuti` is no word of its own
    ("uptd_bppp_prov_nusa_kenanga", "P18"),
    ("uptd_rumah_singgah_kota_tirta_lestari", "R05"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H01"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H02"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H05"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H08"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H09"),
    ("disdik_prov_tanah_lumbara", "P25"),
    // the fifty-fourth round (`tests/data/blind68`), measured as it came (645d1d0): a table
    // turned over with its quarters down the rows and its names under a row of codes
    // unreadable (21 rows), 9 splits and a merge; once read, a hidden row noted `dihapus`
    // taken for the year's and two splits more; after 7 Dec's morning every figure as
    // keyed, 7 splits: a turned table's short labels without their measure and in other
    // words (`KK penerima gas metana` / `Jumlah
    // rumah tangga penerima manfaat gas metan` / `Jumlah KK Pengguna Gas Metan TPA`,
    // `Produksi kompos (ton)` / `Volume kompos yang dihasilkan dari sampah organik`),
    // `Lokasi Skrining … di PAUD/TK` / `satuan PAUD yang dilakukan deteksi dini`, samples and
    // specimens (`sampel penyakit hewan yang diuji` / `Sampel Diagnosa Lab` / `spesimen yang
    // diperiksa di laboratorium`), `pelayanan kastrasi` / `Kastrasi Ternak & Hewan
    // Kesayangan`, `pelayanan bedah hewan` / `Tindakan Operasi/Bedah`, `PKB` for
    // `pemeriksaan kebuntingan` where no name defines it so
    ("uptd_tpa_regional_prov_sagara_timur", "T08"),
    ("uptd_tpa_regional_prov_sagara_timur", "T17"),
    ("uptd_pla_kota_tanjung_laras", "P15"),
    ("uptd_puskeswan_kab_sindang_wetan", "H09"),
    ("uptd_puskeswan_kab_sindang_wetan", "H10"),
    ("uptd_puskeswan_kab_sindang_wetan", "H11"),
    ("uptd_puskeswan_kab_sindang_wetan", "H13"),
    // the fifty-fifth round (`tests/data/blind69`), measured as it came (645d1d0): cards of
    // labelled lines whose first line was taken for a header (20 rows) unread, a workbook of
    // cards three across with a table of quarters each refused (no table found: 19 rows),
    // 3 splits and 2 merges (of the agencies read); after 7 Dec's
    // morning every figure as keyed but one (KNOWN_MISREADS), 7 splits: the park's revenue
    // in other words each year (`PNBP / retribusi masuk`, `retribusi tempat rekreasi dan
    // olahraga`, `Pendapatan Asli Daerah dari retribusi`), `Luas kawasan … yang ditata` /
    // `Luas area yang ditata`, `pegawai` / `SDM`, and `ruang lingkup terakreditasi
    // (parameter)` / `… pengujian terakreditasi KAN` (a hidden column's indicator, `… diuji
    // dan dikalibrasi (gabungan)`, took the tested devices' year until hidden columns were
    // read, 7 Dec's second session: a hidden one reporting nothing is a draft)
    ("uptd_kebun_raya_kab_bukit_manggala", "B12"),
    ("uptd_kebun_raya_kab_bukit_manggala", "B15"),
    ("uptd_kebun_raya_kab_bukit_manggala", "B20"),
    ("uptd_bpfk_kota_tanjung_rembulan", "C13"),
    // the fifty-sixth round (`tests/data/blind70`), measured as it came (1440d65): a plan of
    // Target and Realisasi rows under quarters written `I (Mar)` .. `IV (Des)` refused (no
    // table found, its programme's budget line under the quarters taken for a label: 23
    // rows), figures set out per irrigation area beside their total (`KINERJA UPTD
    // (GABUNGAN)`) read as the first area's (20 rows), 9 splits and 2 merges (of the
    // agencies read); after 7 Dec's morning every figure as keyed, 14 splits: a name in
    // other words or without its measure (`Volume Tampungan Efektif Bendungan` / `…
    // Waduk/Bendungan (juta m³)`: `m³` and `m3` not yet one unit, and the two scaled apart,
    // `Indeks Pertanaman (IP)` / `IP (INDEKS PERTANAMAN) pada D.I. …`, `Luas Sawah Puso
    // Akibat Kekurangan Air Irigasi` / `… karena Kekeringan`, `Petugas OP` / `Petugas
    // Operasi dan Pemeliharaan`, `Nilai Transaksi Lelang Ikan` / `Nilai Produksi Ikan yang
    // Dilelang`, `Retribusi Lelang` / `Pendapatan Retribusi Tempat Pelelangan Ikan`,
    // `Sarpras Kondisi Baik` written short, `Volume Es Balok yang Disalurkan` / `Vol. Es
    // Balok Tersalurkan`, `alat bantu disabilitas` / `Alat Bantu (kursi roda, kruk, ABD,
    // tongkat)`, `PD` / `penyandang disabilitas`, `KPD` / `KPD Baru`, `Lulusan Vokasional
    // yg Ditempatkan Kerja` / `… pada Dunia Kerja`), and the ponds kept (`Embung dan Situ`,
    // then `Embung` alone)
    ("uptd_pib_prov_nusa_kencana", "I11"),
    ("uptd_pib_prov_nusa_kencana", "I12"),
    ("uptd_pib_prov_nusa_kencana", "I16"),
    ("uptd_pptd_kota_sungai_permai", "D03"),
    ("uptd_pptd_kota_sungai_permai", "D04"),
    ("uptd_pptd_kota_sungai_permai", "D06"),
    ("uptd_pptd_kota_sungai_permai", "D14"),
    ("uptd_pptd_kota_sungai_permai", "D16"),
    ("uptd_ppih_tpi_kab_tanjung_selaksa", "T02"),
    ("uptd_ppih_tpi_kab_tanjung_selaksa", "T03"),
    ("uptd_ppih_tpi_kab_tanjung_selaksa", "T16"),
    ("uptd_ppih_tpi_kab_tanjung_selaksa", "T18"),
    // the fifty-seventh round (`tests/data/blind71`), measured as it came (1440d65): a
    // count's quarters done each quarter beside targets planned to date (`900 | 1.800 |
    // 2.700 | 3.600`, done `848 | 959 | 885 | 996`) read as the last quarter's, 7 splits and
    // a merge; after 7 Dec's morning every figure as keyed, 7 splits: `PA terhadap PUS
    // (CPR)` / `Angka Prevalensi Kontrasepsi (CPR)` / `Peserta KB Aktif terhadap PUS`,
    // `Angka Unmet Need` / `kebutuhan ber-KB yang tidak terpenuhi (unmet need)`, `Poktan` /
    // `kelompok kegiatan (BKB, BKR, BKL)`, `Drop Out Peserta KB` / `Putus Pakai (Drop Out)
    // Kontrasepsi`, `Penyuluh KB (PKB/PLKB)` / `Penyuluh KB`, `… Ditetapkan Dengan SK
    // Gubernur`, `Armada Berdokumen Lengkap (Kartu Pengawasan)`
    ("uptd_bpkb_kab_gunung_talaga", "K02"),
    ("uptd_bpkb_kab_gunung_talaga", "K06"),
    ("uptd_bpkb_kab_gunung_talaga", "K13"),
    ("uptd_bpkb_kab_gunung_talaga", "K15"),
    ("uptd_bpkb_kab_gunung_talaga", "K16"),
    ("uptd_bkcb_prov_teluk_cendana", "C01"),
    ("uptd_terminal_kota_palawira", "T21"),
    // the fifty-eighth round (`tests/data/blind72`), measured as it came (b39a42a): cards
    // two across whose quarters' line (`Realisasi TW` under `Triwulan | I .. IV`) was read for
    // the year's (`Realisasi 2022` under it) and a `maks. 2,5 %` target taken for a label
    // (20 figures), a numbered list of labelled lines under names running over the labels'
    // column unread (18 rows), 5 splits and 2 merges; after 7 Dec's second session every
    // figure as keyed (a hidden draft row `… (draft lama)` left out), 11 splits: `darah
    // reaktif IMLTD` / `Angka reaktif` / `hasil uji saring`, `petugas teknis
    // terlatih` / `SDM yang mengikuti pelatihan teknis` / `Petugas mengikuti bimtek`, `BPPD`
    // spelled out or not, `panggilan iseng/palsu` / `Prank Call` / `tidak valid`, `waktu
    // tanggap` with and without `Rata-rata`, `di lokasi kejadian` / `di TKP` / `di tempat
    // kejadian`, `ambulans siap operasional` / `kesiapan armada ambulans`, `masyarakat
    // terlatih` / `peserta pelatihan`, `petugas bersertifikat BTCLS` / `tenaga kesehatan
    // bersertifikat kegawatdaruratan`, `24 jam` / `24/7`, `jalan kondisi mantap` /
    // `Tingkat kemantapan jalan`
    ("utd_lembah_waruga", "U07"),
    ("utd_lembah_waruga", "U18"),
    ("utd_lembah_waruga", "U23"),
    ("psc119_karang_sembada", "P03"),
    ("psc119_karang_sembada", "P04b"),
    ("psc119_karang_sembada", "P08"),
    ("psc119_karang_sembada", "P09"),
    ("psc119_karang_sembada", "P11"),
    ("psc119_karang_sembada", "P14"),
    ("psc119_karang_sembada", "P18"),
    ("uptd_pjj2_teluk_bahari", "J02"),
    // the fifty-ninth round (`tests/data/blind73`), measured as it came (b39a42a): cards two
    // across each with a line of quarters and the year (`TW I .. TW IV | Realisasi 2023`
    // over their values) refused (no table found: 21 rows), a plan of quarters turned over
    // (each quarter's label over a Target and a Realisasi row) read without realisasi (18
    // figures), person-days (`OH`) read as a level (1 figure), 4 splits; after 7 Dec's
    // second session every figure as keyed (a hidden draft sheet's targets left out), 5
    // splits: the JKN outpatients' first year taken by the visits of both kinds, `anak asuh
    // binaan UPTD PSAA` / `dibina`, `lulus SLTA` / `SMA/SMK/MA` / `pendidikan menengah`,
    // `konseling` / `dukungan psikososial`, `akta kelahiran & KIA` / `dokumen kependudukan`
    ("uptd_bkpm_prov_nusa_semanggi", "P20"),
    ("uptd_psaa_kota_tanjung_kemuning", "A01"),
    ("uptd_psaa_kota_tanjung_kemuning", "A06"),
    ("uptd_psaa_kota_tanjung_kemuning", "A11"),
    ("uptd_psaa_kota_tanjung_kemuning", "A12"),
    // the sixtieth round (`tests/data/blind74`), measured as it came (a77de72): blocks of one
    // indicator each (a name line over `Satuan | Sifat | Target 2025 | TW I .. TW IV |
    // Realisasi 2025 | Capaian` and its values) not read (17 rows), a monthly count in
    // `pemeriksaan` read at December, 4 splits and a merge (`pengelasan` taken for
    // `pengolahan`); after 7 Dec's third session every row read, 2 splits: `Tingkat Kepatuhan
    // Uji Berkala` / `kendaraan wajib uji yang melakukan uji berkala`, `terakreditasi LA-LPK`
    // (a code one name adds)
    ("uptd_pkb_kota_tirta_kencana", "K05"),
    ("uptd_blk_prov_sagara_timur", "B14"),
    // the sixty-first round (`tests/data/blind75`), measured as it came (ad5272c): a hidden
    // sheet `rekap_awal` titled `(draft, belum final)` read beside the year's cards (4 rows
    // twice), two short names under a group's title (`BOR`, `IKM`) taken by the title, 12
    // splits and 3 merges; after 7 Dec's third session every row read with its keyed figures,
    // 10 splits: other words for the same (`Tingkat Kepatuhan Wajib Pajak` / `Persentase
    // kepatuhan wajib pajak kendaraan`, `ditindaklanjuti` / `diselesaikan`, `Layanan Keswa
    // Masyarakat` / `kunjungan rumah`, `sedot tinja` / `penyedotan kakus`), a code one name
    // adds (`PKB melalui e-Samsat`, `& BBNKB II`, `PKB dan BBNKB`), a dashboard's labels
    // without their measure (`Lumpur tinja masuk (m³)` / `Volume lumpur tinja masuk IPLT`,
    // `Pelanggan LLTT (SR)` / `Jumlah pelanggan LLTT (KK)`), `LLTT` / `Layanan Penyedotan
    // Lumpur Tinja Terjadwal` (a word between the code's letters)
    ("uptd_ppd_batu_rangin", "S09"),
    ("uptd_ppd_batu_rangin", "S10"),
    ("uptd_ppd_batu_rangin", "S14"),
    ("uptd_ppd_batu_rangin", "S18"),
    ("uptd_ppd_batu_rangin", "S22"),
    ("uptd_rsjd_teluk_damar", "R17"),
    ("uptd_pald_lembah_sarimbun", "L02"),
    ("uptd_pald_lembah_sarimbun", "L04"),
    ("uptd_pald_lembah_sarimbun", "L05"),
    ("uptd_pald_lembah_sarimbun", "L16"),
    // the sixty-second round (`tests/data/blind76`), measured as it came (d4266b1): a recap by
    // regency whose realisasi's last column is their total (`JUMLAH / PROVINSI`) read at the
    // first regency's (20 figures), 9 splits and a merge; after 7 Dec's third session every
    // figure as keyed, 9 splits (7 after 7 Dec's fourth session reads a code with and without
    // its hyphen as one, `SL-PHT` / `SLPHT`): the recap's names in capitals and short (`LUAS GERAKAN PENGENDALIAN OPT` /
    // `Luas areal yang dikendalikan melalui gerakan pengendalian`, `KECAMATAN WILAYAH
    // PENGAMATAN` / `kecamatan yang diamati POPT`, `REKOMENDASI PENGENDALIAN` / `dokumen
    // peramalan dan rekomendasi`), other words for the same (`DPI` / `dampak perubahan iklim`
    // / `banjir dan kekeringan`, `produksi yang diselamatkan` with its crops and threats
    // named, `seni tradisi` / `kesenian tradisional`, `sewa gedung` / `retribusi pemakaian
    // gedung`)
    ("uptd_bptph_teluk_anggrek", "P04"),
    ("uptd_bptph_teluk_anggrek", "P07"),
    ("uptd_bptph_teluk_anggrek", "P15"),
    ("uptd_bptph_teluk_anggrek", "P18"),
    ("uptd_bptph_teluk_anggrek", "P19"),
    ("uptd_taman_budaya_nusa_kencana", "T16"),
    ("uptd_taman_budaya_nusa_kencana", "T19"),
    // the sixty-third round (`tests/data/blind77`), measured as it came (e275d90): a Rencana
    // Aksi written as a card per indicator (`Indikator Kinerja : …` over `Triwulan | Target
    // | Realisasi`) not read (20 rows), a table under a band merged across it (`A. INDIKATOR
    // KINERJA UTAMA`) not read (12 rows), 3 splits and 3 merges; after 7 Dec's fourth session
    // every figure as keyed, 2 splits: the zoo's visitors of both kinds (`(dewasa+anak)`,
    // `Total Pengunjung`; one group since `anak-anak` is one word, see KNOWN_MERGES), the
    // lab's fees in other words each year (`PNBP/retribusi jasa pengujian`, `retribusi
    // pelayanan laboratorium`)
    ("uptd_lppmhp_teluk_kelambu", "L14"),
    // the sixty-fourth round (`tests/data/blind78`), measured as it came (063e777): an
    // evaluation form numbering each K and Rp column apart (`6 | 7` over `K | Rp`) read
    // with no figures (20 rows), a table turned over in three bands read as cards (18
    // rows' figures), a Rencana Aksi quarter read short (KNOWN_MISREADS), 17 splits and
    // 59 merges (most of them the misread rows'); after 7 Dec's fourth session those forms
    // read, 4 splits and 3 merges; since the sex counted must agree (7 Dec's fifth session)
    // the farm centre's trainees, all, men, women and the young, four groups (T08 one)
    ("uptd_psda_ws_batang_lirik", "A03"),
    ("uptd_btp_prov_lembah_sari_raya", "P07"),
    // the sixty-fifth round (`tests/data/blind79`), measured as it came (96bc750): an LKjIP
    // table whose names are set in by a column under a label merged over two not read (17
    // rows), monthly cards (`Bulan | Jan … Des` over `Realisasi`) read at January (19
    // rows), a card named `IKM` alone not read, a share planned `75` each quarter summed
    // under its `=SUM` year, a count of words documented read at its last month, a spending
    // indicator (`Jumlah realisasi belanja`) left out as a budget line; after 7 Dec's
    // fifth session every figure as keyed, 6 splits, other words for the same: `kesesuaian
    // obat dg formularium` / `kepatuhan penggunaan formularium nasional`; `success rate` /
    // `Treatment Success Rate`; `SDM` / `pegawai`; `infeksi nosokomial` / `Infeksi Terkait
    // Pelayanan Kesehatan (HAIs)` / `Angka HAIs`; `LHU tepat waktu` / `Ketepatan waktu
    // penerbitan LHU`; `Status vitalitas` / `Indeks vitalitas`
    ("uptd_rsk_paru_prov_bukit_kenanga", "P10"),
    ("uptd_rsk_paru_prov_bukit_kenanga", "P12p"),
    ("uptd_rsk_paru_prov_bukit_kenanga", "P14"),
    ("uptd_rsk_paru_prov_bukit_kenanga", "P19"),
    ("uptd_balai_k3_prov_selat_mawar", "K16"),
    ("uptd_balai_bahasa_kab_rantau_pandan", "B13"),
    // the sixty-sixth round (`tests/data/blind80`), measured as it came (96bc750): every
    // figure as keyed, 2 splits and 2 merges; after 7 Dec's fifth session 2 splits (kinds in
    // brackets, `(darat)` / `(perairan)`, now kinds): the unit's two names (`Pusat Informasi
    // Pariwisata` / `TIC (Tourism Information Centre)`), `pelayanan` / `layanan` (one word
    // breaks `SPM`'s letters)
    ("uptd_pip_pariwisata_kota_pantai_lestari", "P01"),
    ("uptd_pip_pariwisata_kota_pantai_lestari", "P13"),
    // the sixty-seventh round (`tests/data/blind81`), measured as it came (82a81cf): an E.81
    // of the year's columns alone (seven pairs) read with no figures (18 rows), a plan of
    // row pairs planning the fourth quarter alone read with no target (18), a table turned
    // over in bands read with no year (19), a monitoring sheet of `Capaian s.d. TW I` ..
    // `IV` read with no realisasi (20), a plan whose quarters plan nothing not read (19),
    // `16 | Jumlah anggaran pemeliharaan …` taken for the budget line ending its table (4
    // rows, and 8 in 2021); after 7 Dec's fifth session every figure as keyed but one
    // (KNOWN_MISREADS), 1 split: `sewa lahan & bangunan KI` for `pemakaian kekayaan daerah`
    ("uptd_kawasan_industri_kab_sungai_barasa", "K07"),
    // the sixty-ninth round (`tests/data/blind83`), measured as it came (ebc927b): a drug
    // rehabilitation centre's dashboard of numbered cards (`#1 | Jml klien …`) unreadable, a
    // bus unit's plan of bare `s.d. TW` columns read without realisation (10 rows), 10
    // splits and 5 merges; after 7 Dec evening's rules every row read with the keyed
    // figures, 3 splits: other words for the same (`konseling keluarga` / `family support
    // group`, `dikembalikan ke keluarga (resosialisasi)` / `direintegrasikan ke keluarga &
    // masyarakat`, `penjangkauan` / `outreach`)
    ("uptd_rehsos_napza_prov_tanah_seroja", "R06"),
    ("uptd_rehsos_napza_prov_tanah_seroja", "R08"),
    ("uptd_rehsos_napza_prov_tanah_seroja", "R16"),
    // the seventieth round (`tests/data/blind84`), measured as it came (e00ff81): a
    // weighbridge unit's evaluation form whose quarters write their kinerja alone (`I`..`IV`
    // under `Realisasi Kinerja Triwulan (K)`) and number each K and Rp column read with no
    // figures (20 rows), its workbook's two years naming the unit two ways (`UPTD PPKB Dinas
    // Perhubungan`, `UPTD Pengawasan Muatan Kendaraan (Jembatan Timbang)`) refused as two
    // agencies, 2 splits and 1 merge; after 7 Dec night's rules every row read with the
    // keyed figures but one (KNOWN_MISREADS), 1 split: the unit's days of operation named
    // by either of its names (`hari operasional UPPKB` / `… jembatan timbang`)
    ("uptd_ppkb_jembatan_timbang_prov_lintas_sagara", "J11"),
    // the seventy-first round (`tests/data/blind85`), measured as it came (4ba49f2): a
    // plan's row that gives the year's target and its quarters' realisasi, no quarter's
    // target (`Predikat SAKIP | BB | | - | … | B`), not read; 1 split: the smart city's
    // outreach events (2021) and the digital literacy and outreach events (2022), a whole of
    // two things written the year after one of them, kept apart as other rounds' examiners
    // keyed such pairs
    ("uptd_command_center_kota_bandar_arunika", "C14"),
    // the seventy-second round (`tests/data/blind86`), measured as it came (f128cc3): two
    // evaluation forms numbering each K and Rp column (`6 | 7` over `K | Rp`, ten pairs)
    // read with no target (33 rows), 10 splits and 1 merge; after 7 Dec night's rules every
    // row read with the keyed figures but one (KNOWN_MISREADS), 6 splits: the permits issued
    // and the new permits issued (`IPTM yang diterbitkan` / `IPTM baru yang diterbitkan`,
    // `baru` a kind that must agree), accreditation by its scope and by its body (`ruang
    // lingkup akreditasi laboratorium`, `parameter uji terakreditasi KAN` / `(ISO/IEC
    // 17025)`), the time a test takes in other words (`waktu penyelesaian pengujian` /
    // `lama pengujian sampel` / `penyelesaian uji sampel`), the visits to the resort and all
    // visits (`… ke OW air panas` / `Jumlah kunjungan wisatawan (total)`), tickets sold
    // online and by e-ticketing
    ("uptd_pemakaman_krematorium_kota_sirna_galih", "M03"),
    ("uptd_pengujian_mutu_pakan_prov_bumi_lestari", "F07"),
    ("uptd_pengujian_mutu_pakan_prov_bumi_lestari", "F12"),
    ("uptd_air_panas_wisata_kab_gunung_halimun", "W01"),
    ("uptd_air_panas_wisata_kab_gunung_halimun", "W17"),
    // the seventy-third round (`tests/data/blind87`), measured as it came (167a96c): two
    // evaluation forms whose headers say `(K)` and `(Rp)` in their own text, no row of
    // labels under them, read as annual tables with a quarter for the year (36 rows), and a
    // PK whose `Tahun 2021` stands over `Realisasi | Target | Capaian (%)` read with the
    // capaian for its realisasi (18 rows), 9 splits and 4 merges; after 7 Dec night's rules
    // every row read with the keyed figures, 7 splits: the calibration lab's accreditation
    // scope in other words (`ruang lingkup kalibrasi` / `parameter` / `ruang lingkup
    // (parameter)`), its calibrators (`tenaga kalibrator` / `SDM kalibrator`), its quality
    // documents (`dokumen sistem mutu` / `dokumen mutu (SOP/IK)`), the devices calibrated and
    // the health facilities whose devices are (2022's two names taken the other way round:
    // KNOWN_MERGES), a food court's cashless payments in other words (`pengguna QRIS` /
    // `pembayaran non tunai`), and a flats unit's electricity in other words (`pemenuhan
    // listrik` / `unit terlayani listrik`)
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L03"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L11"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L13"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L17m"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L21"),
    ("uptd_pusat_kuliner_kota_seruni_jaya", "K12"),
    ("uptd_pengelolaan_rusun_pekerja_kab_karang_emas", "R17l"),
    // the seventy-fourth round (`tests/data/blind88`), measured as it came (e903768): an
    // E.81 signed in January read as the next year's (20 rows), no split, no merge
    // the seventy-fifth round (`tests/data/blind89`), measured as it came (fbd0b49): two
    // evaluation forms of eight pairs (the Renstra's target, the year's, four quarters, the
    // realisasi, `Tingkat Capaian`) read with no figures (40 rows), 4 splits and 1 merge;
    // after 8 Dec's rule (the quarters found by their headers) every row read, 4 splits: a
    // terminal's routes and its campaigns with a code added (`trayek` / `trayek AKDP`,
    // `sosialisasi keselamatan` / `… LLAJ`; codes must agree) and a forest park's burnt area
    // in other words (`Luas areal terbakar` / `Luas kebakaran hutan`)
    ("uptd_terminal_tipe_b_kota_pelita_timur", "P11"),
    ("uptd_terminal_tipe_b_kota_pelita_timur", "P12"),
    ("uptd_terminal_tipe_b_kota_pelita_timur", "P14"),
    ("uptd_pengelolaan_taman_hutan_raya_kab_bukit_gading", "T10"),
    // the seventy-sixth round (`tests/data/blind90`), measured as it came (ad48da5): 10
    // splits, 6 merges; after 8 Dec's spelling (`lab` is `laboratorium`: `alat lab
    // terkalibrasi`, `SDM lab yg dilatih`) 8 splits: a code added (`metode uji yang
    // terakreditasi KAN`, `lulusan tersertifikasi BNSP`), a training centre's 2023 table
    // naming its indicators short (`Jumlah Peserta Pelatihan` for the competence-based
    // training's, `Jumlah Lulusan` for the graduates': each taken by a near name of the
    // other, KNOWN_MERGES), `tersertifikasi` / `bersertifikat`, `bekerja` / `terserap di
    // dunia kerja`, and a waste unit's sites merged from two (`TPS & TPS3R`) taken by one
    (
        "uptd_laboratorium_kesehatan_hewan_prov_tanjung_harapan",
        "L08",
    ),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B01"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B02"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B04"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B05"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B06"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B08"),
    ("uptd_pengelolaan_sampah_tpst_kota_batu_merah", "S14m"),
];

/// Figures rakit still reads otherwise than the examiner keyed them, with why: (agency,
/// file, sheet, row, figure).
const KNOWN_MISREADS: [(&str, &str, &str, u64, &str); 29] = [
    // the thirty-seventh round's: a range `85 - 90 Ha` as the target of a negative indicator
    // (the slum area, less is better) read at its upper end, as the agency's own % is worked
    // out; the examiner keys every range at its lower end
    (
        "disperkim_lembahraya",
        "LKjIP Disperkim 2024.xls",
        "Tabel 3.1",
        11,
        "target",
    ),
    // a level on a scale written `Level 2` / `Level 3` (an APIP capability level, SPIP's
    // maturity): read as its figure in the unit `Level`, as the twenty-second, thirty-third
    // and fortieth rounds' examiners keyed it; the fourteenth and fifteenth rounds' keyed it
    // as words, no figure
    (
        "inspektorat",
        "inspektorat_pk_2019.xlsx",
        "PK 2019",
        10,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_pk_2019.xlsx",
        "PK 2019",
        10,
        "realisasi",
    ),
    (
        "inspektorat",
        "inspektorat_pk_2019.xlsx",
        "PK 2019",
        11,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_pk_2019.xlsx",
        "PK 2019",
        11,
        "realisasi",
    ),
    (
        "inspektorat",
        "inspektorat_renaksi_2020.ods",
        "RENAKSI 2020",
        8,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_renaksi_2020.ods",
        "RENAKSI 2020",
        8,
        "realisasi",
    ),
    (
        "inspektorat",
        "inspektorat_renaksi_2020.ods",
        "RENAKSI 2020",
        9,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_renaksi_2020.ods",
        "RENAKSI 2020",
        9,
        "realisasi",
    ),
    (
        "inspektorat",
        "inspektorat_lkjip_2022.xlsx",
        "Tabel 3.2",
        7,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_lkjip_2022.xlsx",
        "Tabel 3.2",
        8,
        "target",
    ),
    (
        "inspektorat",
        "inspektorat_lkjip_2022.xlsx",
        "Tabel 3.2",
        8,
        "realisasi",
    ),
    (
        "setwan",
        "IKU Sekretariat DPRD 2022.xlsx",
        "IKU 2021",
        21,
        "target",
    ),
    (
        "setwan",
        "IKU Sekretariat DPRD 2022.xlsx",
        "IKU 2021",
        21,
        "realisasi",
    ),
    ("setwan", "PK SETWAN 2023.xls", "PK 2023", 27, "target"),
    ("setwan", "PK SETWAN 2023.xls", "PK 2023", 27, "realisasi"),
    // - a target typed `400 Jt`: read as Rp 400.000.000, keyed as typed (400)
    (
        "terminal_pinang_lestari",
        "Evaluasi_Renja_Terminal_2022.xls",
        "E81 TW IV 2022",
        29,
        "target",
    ),
    // the year's realisasi as the cell writes it, a sum of a percentage's periods
    // (`=SUM(E14:H14)` of 1,07 .. 1,2; `=G12+H12` of two semesters): the key takes the last
    // period's; `rakit check` reports the quarterly one (Q606), not the semester one
    (
        "perikanan_tanjung_wuluh",
        "RENAKSI_LKJIP_DISKAN_2020_2021.ods",
        "RENAKSI 2020",
        13,
        "realisasi",
    ),
    (
        "dcktr_kota_pranaya",
        "Laporan Kinerja DCKTR 2022-2023.xlsx",
        "PK 2023",
        12,
        "realisasi",
    ),
    // a flow's quarters summed where one quarter is typed with its scale (`Rp. 1.166,9 jt`
    // among plain numbers in the unit's millions): rakit sums only quarters of one scale,
    // and takes the last
    (
        "b_perekonomian_rantau_selaka",
        "RENAKSI PK 2022 Perekonomian SDA.xlsx",
        "RA PK 2022",
        63,
        "realisasi",
    ),
    // a range target of a negative indicator (inflation `2 - 4`): rakit reads it at the
    // edge it is measured against, the upper one; the key takes the lower bound
    (
        "b_perekonomian_rantau_selaka",
        "Kinerja Bag Ekon SDA 2023-2024.xls",
        "PK 2023",
        10,
        "target",
    ),
    // the fifty-second round's: aircraft movements by month, the recap's label giving no
    // unit (`Pergerakan Pesawat (take off/landing)`): read as the last month's, as a level's
    // are; the examiner sums them
    (
        "uptd_bandara_prov_selat_lontar",
        "PK dan Rekap Bulanan UPTD Bandara 2019-2020.xls",
        "Rekap Bulanan 2020",
        5,
        "realisasi",
    ),
    // the fifty-fifth round's: a range `45 - 50` as the waiting time's target (less is
    // better) read at its upper end, where the agency's own % (95,56) is worked out of the
    // lower: a range's edge is not yet settled by the stated %
    (
        "uptd_bkmm_prov_lembah_sagara",
        "LKjIP 2022 BKMM - Bab III.xls",
        "Tabel 3.1",
        22,
        "target",
    ),
    // the sixtieth round's: agreements signed in three months of twelve (`1 | 2 | 3`, no
    // target), read as the last month's, a count that climbs as a running total does; the
    // examiner sums them
    (
        "uptd_labkesda_kab_lembah_kemuning",
        "Labkesda_Evaluasi_2023_2024.xls",
        "Rekap Bulanan 2024",
        6,
        "realisasi",
    ),
    // the sixty-fourth round's: a quarter of a Rencana Aksi in T/R rows read 2 where the
    // key sums 3, not yet looked into
    (
        "uptd_bpp_tani_kab_gading_mas",
        "Rencana_Aksi_2020.xlsx",
        "RA 2020",
        14,
        "realisasi",
    ),
    // the sixty-seventh round's: a count of events whose second quarter is typed ten times
    // over (`1 | 10 | 1 | 2`, the year's target 4): the sum lies farther from the target
    // than the last quarter, which is taken; the examiner keys the sum as typed
    (
        "uptd_balai_ttg_prov_rimba_jaya",
        "LKjIP_Balai_TTG_2021_2022.xlsx",
        "RA 2022",
        17,
        "realisasi",
    ),
    // the seventieth round's: a target written `185 jt` (juta) read as 185.000.000, in the
    // rupiah its realisasi is written in; the examiner keys the number as typed, the scale
    // word dropped as a unit
    (
        "uptd_penyu_pesisir_kab_pantai_marindu",
        "LKjIP_UPTD_Penyu_2019.ods",
        "Tabel 3.1",
        21,
        "target",
    ),
    // the seventy-second round's: a levy's quarters in full rupiah beside the year's target
    // in millions (`1800`): the last quarter, nearer the target than their sum, is taken;
    // the examiner sums them
    (
        "uptd_pemakaman_krematorium_kota_sirna_galih",
        "Rencana_Aksi_2022_UPTD_Pemakaman.xls",
        "RA 2022",
        23,
        "realisasi",
    ),
    // the seventy-fourth round's: a target typed `27,5 ribu` in a PK whose unit is `orang`,
    // read as 27.500 people (the realisasi is 30.689), as the words say; the examiner keys
    // the figure as typed, 27,5 (a unit that changes, planted)
    (
        "uptd_perpustakaan_keliling_kota_bumi_asri",
        "Rekap_Bulanan_2023_dan_PK_2024.xls",
        "PK 2024",
        6,
        "target",
    ),
];

/// Indicators rakit still merges, with why: pairs of the examiner's ids in one group.
/// The seventh round's (`tests/data/blind21`, measured as it came on 4 Dec 2026).
const KNOWN_MERGES: [(&str, &str, &str); 51] = [
    // `… penduduk wajib KTP yang memiliki KTP-el` (2021, 2022) takes `… penduduk wajib KTP
    // yang telah melakukan perekaman KTP-el` (2023): the two differ in the words that tell
    // owning from recording alone, while 2023's ownership row (`Cakupan kepemilikan …`)
    // says it with another measure word, so the recording row scores better
    ("disdukcapil-banyumas", "dc01", "dc09"),
    // the sixteenth round's: `Jumlah naskah kuno yang didigitalisasi` (2020) joins `Jumlah
    // naskah kuno yang dikonservasi` (2017, 2018), to confirm: the two differ by one verb, as
    // names of one indicator written otherwise often do (`difasilitasi` / `dibina`, `dinilai`
    // / `diperiksa`: a rule parting verbs split five of those in earlier rounds)
    ("kebudayaan", "k13", "k14"),
    // the thirty-second round's: `Persentase limbah B3 terkelola` (2019) joins `Persentase
    // industri yang taat pengelolaan limbah B3` (2017), to confirm: `terkelola` and
    // `pengelolaan` one root, the other name only adding words, as names of one indicator
    // often do; 2019's own `… taat pengelolaan limbah Bahan Berbahaya dan Beracun` scores
    // less (`industri` / `Usaha/Kegiatan`)
    ("dlh_prov_nusa_kemuning", "L07", "L09"),
    // the thirty-fifth round's: `Jumlah peserta pelatihan berbasis e-learning` (2022) joins
    // `Jumlah peserta pelatihan teknis` (2021, 2023), to confirm, where 2022's own `Jumlah
    // ASN peserta pelatihan teknis` is refused (`ASN`, a kind of person, written by one name)
    ("bpsdm_prov_bentang_sagara", "B06", "B16"),
    // the thirty-eighth round's: `Jumlah ruang kelas direhabilitasi` (2019) and `Jumlah ruang
    // kelas baru (RKB) dibangun` (2020), to confirm: classrooms built new are a doubt against
    // classrooms (`baru` with a word of making), and no other name of 2020 is nearer
    ("sma_negeri2_lembah_sari", "S23", "S24"),
    // the forty-third round's: an indicator of two deeds and one of them: `Persentase
    // perekaman dan pencetakan KTP-el` (2021) joins `Persentase pencetakan KTP-el thd
    // perekaman` (2022), which writes both words; `… non yustisi` (2022) joins `…
    // pelanggaran Perda (yustisi dan non yustisi)` (2023), which the examiner made of it and
    // its sibling. A whole and its part differ by words another name of one indicator also
    // drops or adds
    ("disdukcapil_sungai_lirang", "D02", "D20"),
    ("satpolpp_damkar_parit_baru", "P18", "P20"),
    // the forty-fourth round's, the same: `Jumlah pengunjung perpustakaan` (2020) and `…
    // kunjungan fisik ke perpustakaan` (2021), one of its two parts; `cadangan pangan non
    // beras` (2020) and `cadangan pangan (beras & non beras)` (2021), their whole; and
    // `cadangan pangan yang disalurkan` (2024, `utk keadaan darurat`) taken by the whole
    // reserve's group (`cadangan pangan`)
    ("dispusip_lembah_sarangan", "P01", "P22"),
    ("dkp_prov_teluk_ambang", "K22", "K23"),
    ("dkp_prov_teluk_ambang", "K05", "K23"),
    // the forty-fifth round's, the same: `Jumlah kendaraan wajib uji yang diuji` (2022) and
    // `… angkutan barang yang diuji KIR` (2023), one of its parts
    ("dishub_kota_bukit_jambangan", "D09", "D22"),
    // the forty-seventh round's: new connections split by income (`SR baru bagi MBR`, 2022)
    // taken by all new connections (`SR baru yang terpasang`, 2021); domestic and foreign
    // agreements (2021, 2022) joined by their sum (`dalam & luar negeri`, 2023)
    ("uptd_spam_kab_lembah_tirta", "A02", "A03"),
    ("bagian_kerja_sama_setda_kota_tanjung_sekar", "K01", "K03"),
    ("bagian_kerja_sama_setda_kota_tanjung_sekar", "K02", "K03"),
    // the forty-eighth round's: health workers of puskesmas trained (2021, 2022) taken by
    // those of puskesmas and emergency care together (2023, 2024)
    ("uptd_bapelkes_prov_sagara_wening", "B12", "B23"),
    // the forty-ninth round's, the same: legal and psychological help together (2020) and
    // apart (2021 on): the whole joins neither part of 2021 (`compare::whole`), but 2020's
    // group takes the psychological help of 2022 on, which 2021's alone does not score
    // better; grass and legumes apart (2019, 2020) and together. (Rice and palawija counted
    // together and apart are apart since 6 Dec night, as are the forty-fourth round's
    // mothers' and infants' deaths, the forty-fifth round's hotel and restaurant taxes and
    // women and children cases.)
    ("uptd_ppa_kota_bandar_seruni", "B05", "B22"),
    ("uptd_bpthpt_prov_teluk_gading", "C08", "C23"),
    // (The fiftieth round's boundary markers and mooring buoys counted together, 2020 and
    // 2021, and apart, 2022 and 2023, are apart since 7 Dec evening: 2023's buoys join no
    // group whose earlier entry is their whole. The cemetery plots laid out and kept, and
    // the youths placed in work and apprenticeships, together and apart, are apart.)
    // the fifty-second round's: a whole taken by one of its parts' groups, the parts of no
    // year beside it both (`sertifikasi (halal, merek, SNI)`, its kinds listed with commas;
    // `manasik kesehatan & pembinaan kebugaran`, the fitness one a share the year before)
    ("uptd_sentra_ikm_kab_lembah_randu", "S10", "S23"),
    ("uptd_kes_haji_kota_rawa_seruni", "H11", "H24"),
    // the fifty-third round's, the same: counselling sessions (2023, 2024) taken by the
    // sessions of counselling and health together (2021, 2022); education and extension
    // together (2022) by the education events of the years before; and the trees adopted
    // and their adopters, one of them in other words each year
    ("uptd_rumah_singgah_kota_tirta_lestari", "R14", "R21"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H12", "H24"),
    ("uptd_hutan_kota_kab_gunung_sarimbun", "H08", "H09"),
    // the fifty-fourth round's: the trucks' trips of all haulers (2019, 2020) and those of
    // private haulers (2021, 2022), the regencies' trucks counted apart beside them: no
    // name joins the two parts (`truk kab/kota` and `swasta`), to confirm
    ("uptd_tpa_regional_prov_sagara_timur", "T13", "T22"),
    // the fifty-fifth round's: research and publications together (2024) taken by the
    // publications' group, the parts (2021-2023) sharing no word but the measure
    ("uptd_kebun_raya_kab_bukit_manggala", "B08", "B21"),
    // the fifty-sixth round's: the walking aids (2023, 2024) and the hearing and seeing
    // aids (2023, 2024) taken by the aids of 2021 and 2022, of every kind (the ponds and
    // lakes kept, 2020 and 2021, and the ponds alone, 2022 and 2023, apart since 7 Dec
    // evening)
    ("uptd_pptd_kota_sungai_permai", "D03", "D14"),
    ("uptd_pptd_kota_sungai_permai", "D03", "D15"),
    // the fifty-seventh round's: the visitors of the sites, domestic and foreign together
    // (2020, 2021), taken by the domestic visitors' group (`domestik` / `nusantara`)
    ("uptd_bkcb_prov_teluk_cendana", "C06", "C07"),
    // the fifty-eighth round's: the blood components made (2019-2021) taken by the platelets
    // and plasma made (2022), one of the two parts it was split into; the non-trauma
    // emergencies (2021, 2022) and all emergencies, trauma and non-trauma (2023, 2024)
    ("utd_lembah_waruga", "U11", "U22"),
    ("psc119_karang_sembada", "P16", "P20"),
    // the fifty-ninth round's: the outpatient visits, general and JKN together (2020, 2021),
    // and the JKN patients' (2023): the part's year joins the whole's
    ("uptd_bkpm_prov_nusa_semanggi", "P07", "P20"),
    // the sixty-first round's: the fleet of trucks and motorbikes together (2019, `armada …
    // (truk & motor tinja)`) and the trucks alone (2020-2022): the part's years join the whole's
    ("uptd_pald_lembah_sarimbun", "L12", "L22"),
    // the sixty-third round's: the zoo's visitors, adults (2021, 2022) and all (`Total
    // Pengunjung`, 2024): the whole's year joins the adults' group, the children's beside it
    // (their sum not the whole's, 2022's adult target typed ten times over)
    ("uptd_taman_satwa_kota_bukit_sarang", "T01d", "T01t"),
    // the sixty-fourth round's: a whole and its kind (`A09` / `A09n`), not yet looked into
    ("uptd_psda_ws_batang_lirik", "A09", "A09n"),
    // the sixty-fifth round's: TB found and treated (2020, 2021) and TB found (`CDR`, 2022,
    // 2023), one of the two it was split into
    ("uptd_rsk_paru_prov_bukit_kenanga", "P12", "P12n"),
    // the sixty-sixth round's: character building and soft skills (2020, 2021) and character
    // building alone (2022, 2023): the whole's years join one part's
    ("uptd_asrama_mhs_prov_teluk_jingga", "A08", "A08k"),
    // the sixty-seventh round's: the workers taken on (2019-2021) and the local ones (2022):
    // a whole's years joining one part's (TTG tried and certified, 2020 and 2021, and each
    // alone, 2022 and 2023, apart since 7 Dec evening: a part joins no group whose earlier
    // entry is its whole)
    ("uptd_kawasan_industri_kab_sungai_barasa", "K05", "K05l"),
    // the sixty-eighth round's: the graduates taken into work (2019, 2020) and those who
    // work (2021, 2022), a part of its whole, to confirm (`terserap dunia kerja` /
    // `bekerja`; those in business of their own stand apart)
    ("uptd_slb_negeri_kab_lembah_arwana", "L05", "L05n"),
    // the sixty-ninth round's: with their own year's indicator read in other words (see
    // KNOWN_SPLITS), the reintegrated clients of 2021 taken by the families counselled, and
    // the outpatients of 2021 by the resocialized, each to confirm
    ("uptd_rehsos_napza_prov_tanah_seroja", "R06", "R08"),
    ("uptd_rehsos_napza_prov_tanah_seroja", "R08", "R18"),
    // the seventieth round's: the vehicles over their dimensions (2021, 2022) and those over
    // their dimensions or load (`ODOL`, 2023, 2024), of which it was one of two, in other
    // words (`kelebihan dimensi (over dimension)`, `over dimension dan over loading`), to
    // confirm
    (
        "uptd_ppkb_jembatan_timbang_prov_lintas_sagara",
        "J05",
        "J45",
    ),
    // the seventy-second round's: the depots and shops of veterinary drugs watched (2019,
    // 2020) and the feed and drug businesses watched (2021, 2022), of which they were one
    // of two kinds, to confirm
    (
        "uptd_pengujian_mutu_pakan_prov_bumi_lestari",
        "F13m",
        "F13t",
    ),
    // the seventy-third round's: the devices calibrated (`% alat kesehatan terkalibrasi`)
    // and the health facilities whose devices are (`% fasyankes dengan alkes
    // terkalibrasi`), near names, taken the other way round in 2022, and the government
    // facilities' share before the two kinds merged
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L03", "L17m"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L03", "L17"),
    ("uptd_lab_kalibrasi_prov_tirta_raharja", "L17", "L17m"),
    // the seventy-fifth round's: a terminal's facilities in good repair (`fasilitas
    // terminal`, 2020) joined to its main facilities' (`fasilitas utama`, from 2021, which
    // the examiner keys as the same indicator in 2021 and another from 2022), to confirm
    ("uptd_terminal_tipe_b_kota_pelita_timur", "P10", "P10u"),
    // the seventy-sixth round's: a training centre's 2023 short names (`Jumlah Peserta
    // Pelatihan`, `Jumlah Lulusan`) each taken by a near name of another indicator
    // (`peserta yang lulus pelatihan`, `lulusan berwirausaha`), its apprentices joined to the
    // domestic ones they split into (`pemagangan` / `pemagangan dalam negeri`), and a waste
    // unit's two kinds of site joined to the total they merge into (`TPS`, `TPS3R` / `TPS &
    // TPS3R`), all to confirm
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B01", "B02"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B06", "B08"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B02", "B08"),
    ("uptd_balai_latihan_kerja_kab_sungai_deras", "B14", "B14d"),
    (
        "uptd_pengelolaan_sampah_tpst_kota_batu_merah",
        "S14",
        "S14m",
    ),
    (
        "uptd_pengelolaan_sampah_tpst_kota_batu_merah",
        "S14m",
        "S14r",
    ),
];

fn blind(agency: &str) -> PathBuf {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    [
        "blind", "blind2", "blind3", "blind4", "blind14", "blind16", "blind20", "blind21",
        "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29",
        "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37",
        "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45",
        "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53",
        "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61",
        "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69",
        "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77",
        "blind78", "blind79", "blind80", "blind81", "blind82", "blind83", "blind84", "blind85",
        "blind86", "blind87", "blind88", "blind89", "blind90",
    ]
    .iter()
    .map(|set| data.join(set).join(agency))
    .find(|p| p.exists())
    .unwrap_or_else(|| panic!("no blind set holds {agency}"))
}

/// A name with its spaces as the document writes them: none at either end, one between
/// words (the key writes a name as typed, `Penambahan titik PJU baru `, line breaks and all).
fn spaced(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `rakit compare --format json` on one agency's folder: the document and what went to stderr.
fn compare_json(agency: &str) -> (Value, String) {
    let out = Command::cargo_bin("rakit")
        .expect("rakit")
        .args(["compare", "--format", "json"])
        .arg(blind(agency))
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (serde_json::from_slice(&out.stdout).expect("json"), stderr)
}

/// What a figure in `unit` is worth in ones: a thousand for `ribu`, a million for `juta`, a
/// thousand million for `milyar` / `miliar`; one for any other unit.
fn scale(unit: &Value) -> Decimal {
    let u = unit.as_str().unwrap_or("").to_lowercase();
    [
        ("ribu", 1_000i64),
        ("juta", 1_000_000),
        ("milyar", 1_000_000_000),
        ("miliar", 1_000_000_000),
    ]
    .iter()
    .find(|(w, _)| u.split_whitespace().any(|x| x == *w))
    .map_or(Decimal::ONE, |(_, n)| Decimal::from(*n))
}

fn dec(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => n.to_string().parse().ok(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// Where one source row went: its group, its year, its figures and the worth of its unit
/// ([`scale`]).
type ReadRow<'a> = (usize, String, &'a Value, Decimal);

/// What is wrong with the comparison of one agency against its key.
/// Whether another key row of `r`'s sheet and year, written the same with the same
/// figures, was read: `r` is a copy of it, typed twice.
fn twin_read<V>(key: &Value, r: &Value, at: &BTreeMap<(String, String, u64, String), V>) -> bool {
    let same = |a: &Value, f: &str| a[f] == r[f];
    key["rows"].as_array().into_iter().flatten().any(|o| {
        o["row"] != r["row"]
            && [
                "file",
                "sheet",
                "year",
                "written",
                "same_as",
                "target",
                "realisasi",
            ]
            .iter()
            .all(|f| same(o, f))
            && at.contains_key(&(
                o["file"].as_str().unwrap_or("").to_string(),
                o["sheet"].as_str().unwrap_or("").to_string(),
                o["row"].as_u64().unwrap_or(0),
                o["year"]
                    .as_i64()
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            ))
    })
}

fn judge(agency: &str) -> Vec<String> {
    let dir = blind(agency);
    let key: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("key.json")).expect("key.json"))
            .expect("key");
    let (doc, _) = compare_json(agency);
    let mut problems = Vec::new();
    // (file, sheet, row) -> (group, year, figures)
    // by source row and year: a table of several years side by side gives one row each
    let mut at: BTreeMap<(String, String, u64, String), ReadRow> = BTreeMap::new();
    let mut at_column: BTreeMap<(String, String, u64, String, String), ReadRow> = BTreeMap::new();
    // and by the name written, for a row of such a table with no figure cells (grades)
    let mut at_name: BTreeMap<(String, String, u64, String, String), ReadRow> = BTreeMap::new();
    // by file, year and name alone: a name listed on another sheet than its figures (the
    // key at the list's row, the document at the figures')
    let mut named_in_file: BTreeMap<(String, String, String), ReadRow> = BTreeMap::new();
    for (g, ind) in doc["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .enumerate()
    {
        for (year, y) in ind["years"].as_object().expect("years") {
            let s = &y["source"];
            let file = Path::new(s["path"].as_str().unwrap_or(""))
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let sheet = s["sheet"].as_str().unwrap_or("").to_string();
            let row = s["row"].as_u64().unwrap_or(0);
            // a table turned over (its indicators across the columns) has every name on one
            // row: the key tells them by their column (`col`), the document by its cells'
            for c in y["cells"].as_object().into_iter().flat_map(|c| c.values()) {
                let letters: String = c["cell"]
                    .as_str()
                    .unwrap_or("")
                    .chars()
                    .take_while(char::is_ascii_uppercase)
                    .collect();
                at_column.insert(
                    (file.clone(), sheet.clone(), row, year.clone(), letters),
                    (g, year.clone(), y, scale(&ind["unit"])),
                );
            }
            let written = ind["names"][year.as_str()]
                .as_str()
                .or(ind["name"].as_str())
                .unwrap_or("")
                .to_string();
            at_name.insert(
                (
                    file.clone(),
                    sheet.clone(),
                    row,
                    year.clone(),
                    spaced(&written),
                ),
                (g, year.clone(), y, scale(&ind["unit"])),
            );
            named_in_file.insert(
                (file.clone(), year.clone(), spaced(&written)),
                (g, year.clone(), y, scale(&ind["unit"])),
            );
            at.insert(
                (file, sheet, row, year.clone()),
                (g, year.clone(), y, scale(&ind["unit"])),
            );
        }
    }
    // the third examiner listed under "ambiguous" the look-alikes that must stay apart
    // (tests/data/blind3/README.md): there, no merge is allowed
    let third = dir.parent().is_some_and(|p| p.ends_with("blind3"));
    let ambiguous: BTreeSet<(String, String)> = key["ambiguous"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|_| !third)
        .filter_map(|p| Some((p[0].as_str()?.to_string(), p[1].as_str()?.to_string())))
        .flat_map(|(a, b)| [(a.clone(), b.clone()), (b, a)])
        .collect();
    let mut groups_of: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    // each known misread's place, and whether a key row there is read wrong
    let mut misread_at: BTreeMap<String, bool> = BTreeMap::new();
    let mut ids_of: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for r in key["rows"].as_array().expect("rows") {
        let (file, sheet) = (
            r["file"].as_str().unwrap_or(""),
            r["sheet"].as_str().unwrap_or(""),
        );
        let row = r["row"].as_u64().unwrap_or(0);
        let id = r["same_as"]
            .as_str()
            .or(r["id"].as_str())
            .unwrap_or("")
            .to_string();
        let key_year = r["year"]
            .as_i64()
            .map(|y| y.to_string())
            .unwrap_or_default();
        let place = (file.to_string(), sheet.to_string(), row);
        let by_column = r["col"].as_str().and_then(|c| {
            at_column
                .get(&(
                    place.0.clone(),
                    place.1.clone(),
                    row,
                    key_year.clone(),
                    c.to_string(),
                ))
                .or_else(|| {
                    at_name.get(&(
                        place.0.clone(),
                        place.1.clone(),
                        row,
                        key_year.clone(),
                        spaced(r["written"].as_str().unwrap_or("")),
                    ))
                })
        });
        let by_name = || {
            named_in_file.get(&(
                place.0.clone(),
                key_year.clone(),
                spaced(r["written"].as_str().unwrap_or("")),
            ))
        };
        let Some((g, _, y, group_scale)) = by_column
            .or_else(|| at.get(&(place.0.clone(), place.1.clone(), row, key_year.clone())))
            .or_else(by_name)
        else {
            // read in another year, or not at all
            let other = at
                .iter()
                .find(|(k, _)| (&k.0, &k.1, k.2) == (&place.0, &place.1, row));
            match other {
                Some((k, _)) => {
                    problems.push(format!("{file} row {row}: year {}, key {}", k.3, r["year"]))
                }
                // a row typed twice (the same name, target and realisasi as another key
                // row of the year's sheet): compared once, as its twin
                None if twin_read(&key, r, &at) => {}
                None => problems.push(format!(
                    "not read: {file} {sheet} row {row} {}",
                    r["written"]
                )),
            }
            continue;
        };
        // the unit the row writes where its figures were brought to the group's scale (the
        // document says it), else the one its name writes (`Pendapatan retribusi (Rp.
        // juta)`), its figures lined up with the group's other years in rupiah
        let named_scale = match &y["unit"] {
            Value::String(_) => scale(&y["unit"]),
            _ => scale(&Value::String(
                r["written"]
                    .as_str()
                    .unwrap_or("")
                    .replace(|c: char| !c.is_alphanumeric(), " "),
            )),
        };
        for f in ["target", "realisasi"] {
            // a figure read in the unit its cells write (`Rp. 185,5 M`: 185.5 Rp milyar)
            let scaled = dec(&y[f]).map(|v| v * *group_scale);
            let in_ones = dec(&r[f]).map(|k| k * named_scale);
            // a key rounded to four places or more (`97.875817` of 97.8758169934641…), or
            // written to more places than the file holds (`1516.6666666666667` of an .ods's
            // 1516.66666666667), or written as the cell shows it (`92.86` of 13/14 in a
            // `0.00%` cell, 0.928571428571429)
            let rounded = match (dec(&r[f]), dec(&y[f])) {
                (Some(k), Some(v)) if k.scale() >= 4 => {
                    v.round_dp(k.scale()) == k || (k - v).abs() <= k.abs() * Decimal::new(1, 12)
                }
                (Some(k), Some(v)) if k.scale() >= 2 && v.scale() >= 10 => {
                    v.round_dp(k.scale()) == k
                }
                _ => false,
            };
            let known = KNOWN_MISREADS.contains(&(agency, file, sheet, row, f));
            let wrong = dec(&r[f]) != dec(&y[f])
                && dec(&r[f]) != scaled
                && !(named_scale > Decimal::ONE && (in_ones == dec(&y[f]) || in_ones == scaled))
                && !rounded;
            if wrong && !known {
                problems.push(format!(
                    "{file} {sheet} row {row} {f}: {} read, {} written",
                    y[f], r[f]
                ));
            }
            // a known misread is one of the key rows at its place (several share a row of
            // a table turned over)
            if known {
                *misread_at
                    .entry(format!("{file} {sheet} row {row} {f}"))
                    .or_default() |= wrong;
            }
        }
        groups_of.entry(id.clone()).or_default().insert(*g);
        ids_of.entry(*g).or_default().insert(id);
    }
    for (place, _) in misread_at.iter().filter(|(_, wrong)| !**wrong) {
        problems.push(format!(
            "{place} is read right now: take it out of KNOWN_MISREADS"
        ));
    }
    for (id, groups) in &groups_of {
        let known = KNOWN_SPLITS.contains(&(agency, id.as_str()));
        if groups.len() > 1 && !known {
            problems.push(format!("{id} split over {} groups", groups.len()));
        }
        if groups.len() == 1 && known {
            problems.push(format!(
                "{id} is one group now: take it out of KNOWN_SPLITS"
            ));
        }
    }
    for &(_, a, b) in KNOWN_MERGES.iter().filter(|m| m.0 == agency) {
        if !ids_of
            .values()
            .any(|ids| ids.contains(a) && ids.contains(b))
        {
            problems.push(format!(
                "{a} and {b} are apart now: take them out of KNOWN_MERGES"
            ));
        }
    }
    for ids in ids_of.values() {
        for a in ids {
            for b in ids {
                let known = KNOWN_MERGES.contains(&(agency, a.as_str(), b.as_str()));
                if a < b && !ambiguous.contains(&(a.clone(), b.clone())) && !known {
                    problems.push(format!("{a} and {b} merged"));
                }
            }
        }
    }
    problems
}

#[test]
fn education_annual_tables_with_last_years_realisasi_xls_and_ods() {
    let problems = judge("disdikbud-sumba-timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn health_tables_with_section_rows_abbreviations_and_rate_bases() {
    let problems = judge("dinkes-kota-bitung");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rencana_aksi_sheets_with_the_years_realisasi_beside_the_quarters() {
    let problems = judge("diskopukm-sumbawa-barat");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn planning_agency_tables_naming_the_agency_several_ways() {
    let problems = judge("bappelitbangda-selayar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn public_works_tables_with_several_years_renstra_columns_and_a_cover_sheet() {
    let problems = judge("pupr-ketapang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rencana_aksi_in_blocks_side_by_side_and_cumulative_quarters() {
    let problems = judge("satpolpp-banyuasin");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn one_workbook_of_years_with_units_in_the_names() {
    let problems = judge("disparpora-beltim");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The third round: evaluation forms (Permendagri 86/2017, E.81) of four years, 15 and 17
/// columns, K / % / Rp quarters, formulas and typed values, .xls, an empty first column.
#[test]
fn evaluation_forms_of_a_planning_agency() {
    let problems = judge("bappeda-muara-jaya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn evaluation_forms_across_the_2022_nomenclature_change() {
    let problems = judge("diskominfo-teluk-rimba");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// An evaluation form's urusan and bidang rows carry budgets only: no indicator to compare.
#[test]
fn headings_without_figures_are_not_compared() {
    let (doc, _) = compare_json("bappeda-muara-jaya");
    let names: Vec<&str> = doc["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert!(
        !names.iter().any(
            |n| n.to_uppercase().starts_with("URUSAN") || n.to_uppercase().starts_with("UNSUR")
        ),
        "{names:#?}"
    );
}

/// The files of one agency whose titles go on with their year ("DINAS KESEHATAN KOTA BITUNG
/// TAHUN 2019") are one agency: no warning of several agencies.
#[test]
fn a_title_going_on_with_its_year_is_the_same_agency() {
    let (doc, stderr) = compare_json("dinkes-kota-bitung");
    assert_eq!(
        doc["agencies"].as_array().map(Vec::len),
        Some(1),
        "{}",
        doc["agencies"]
    );
    assert!(!stderr.contains("berkas dari"), "{stderr}");
}

/// The fourth round (`tests/data/blind4`): annual tables as .xlsx, .xls and .ods with a Renstra
/// column, the sasaran as section rows one year and an indicator moved into the Sasaran column
/// another, values and units in columns of their own.
#[test]
fn health_tables_in_three_formats_with_a_renstra_column() {
    let problems = judge("dinkes-bantul");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// One workbook of four year sheets and a cover: figures typed with their units (`Rp 130
/// Miliar` beside other years' full rupiah), columns reordered, percent fractions, a size named
/// once more (`… naik kelas menjadi Usaha Kecil`), a list of codes in brackets.
#[test]
fn one_workbook_of_years_with_scales_typed_in_the_cells() {
    let problems = judge("diskop-banyuwangi");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Quarterly tables with the year's realisasi beside the quarters, one headed `Tahunan /
/// Triwulan` over `I … IV` (its year's column, not TW I's), one with a budget sheet.
#[test]
fn quarterly_tables_with_the_periods_labelled_on_two_rows() {
    let problems = judge("dispendik-sidoarjo");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The fifth round (`tests/data/blind14`): an agency's annual tables in four formats (the
/// year in the file's name alone, in the sheet's name alone, the Sasaran as section rows,
/// Target and Realisasi split into Nilai | Satuan, a table at C9), a Rencana Aksi of four
/// years (an "Uraian" column beside "Indikator Kinerja", budget lines among the indicators,
/// quarters in blocks down the rows), one workbook of four year sheets (a cover and a
/// hidden helper sheet, Realisasi before Target, figures typed with units, fractions under
/// a percent format, rates typed with their base: "90 per 100.000 KH"). As it came, 20 rows
/// of the year named only by its file and 20 of the table with an Uraian column were not
/// read, 3 rates were read as two figures, and 15 indicators split.
#[test]
fn tables_of_four_years_in_other_layouts() {
    for agency in ["a1-disdik-sleman", "a2-dpmd-gowa", "a3-dinkes-kupang"] {
        let problems = judge(agency);
        assert!(problems.is_empty(), "{agency}: {problems:#?}");
    }
}

/// A programme's budget line in an indicator column ("Realisasi Anggaran", "Anggaran (Rp)"
/// beside the programme's name) is not compared as an indicator.
#[test]
fn budget_lines_among_the_indicators_are_not_compared() {
    let (doc, _) = compare_json("a2-dpmd-gowa");
    for ind in doc["indicators"].as_array().expect("indicators") {
        let name = ind["name"].as_str().unwrap_or("");
        assert!(
            ![
                "Anggaran (Rp)",
                "Realisasi Anggaran",
                "Pagu / Realisasi Anggaran"
            ]
            .contains(&name),
            "{name} compared as an indicator"
        );
    }
}

/// `tests/data/blind16`: three agencies of four years whose year-over-year findings an
/// examiner keyed (Y101-Y105) with traps: units spelled otherwise (`%` / `persen` / `Persen
/// (%)`, `Org`, `m` / `meter`, `KH` / `kelahiran hidup`), a target that doubles, a negative
/// indicator or a yearly count that falls, a Renstra target in another number format, a
/// Renstra progress column labelled with the target it is measured against. As they came:
/// every row read and grouped, 16 of 18 findings, 9 traps and 20 more Y105 reported (the
/// progress column read as the Renstra target). Now every expected finding and nothing else.
#[test]
fn year_over_year_findings_as_an_examiner_keyed_them() {
    let mut all = Vec::new();
    for a in [
        "a1-diskopukm-kab-tapin",
        "a2-dpupr-kab-lombok-timur",
        "a3-dinkes-kab-purworejo",
    ] {
        for p in judge(a) {
            all.push(format!("{a}: {p}"));
        }
        let (doc, _) = compare_json(a);
        let key: Value =
            serde_json::from_str(&std::fs::read_to_string(blind(a).join("key.json")).unwrap())
                .unwrap();
        // id -> names of the key
        let mut group_of_name: BTreeMap<String, usize> = BTreeMap::new();
        for (g, ind) in doc["indicators"].as_array().unwrap().iter().enumerate() {
            group_of_name.insert(ind["name"].as_str().unwrap().to_string(), g);
        }
        let mut at: BTreeMap<(String, String, u64), usize> = BTreeMap::new();
        for (g, ind) in doc["indicators"].as_array().unwrap().iter().enumerate() {
            for (_, y) in ind["years"].as_object().unwrap() {
                let s = &y["source"];
                let file = Path::new(s["path"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                at.insert(
                    (
                        file,
                        s["sheet"].as_str().unwrap().to_string(),
                        s["row"].as_u64().unwrap(),
                    ),
                    g,
                );
            }
        }
        let mut groups_of_id: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for r in key["rows"].as_array().unwrap() {
            if let Some(g) = at.get(&(
                r["file"].as_str().unwrap().to_string(),
                r["sheet"].as_str().unwrap().to_string(),
                r["row"].as_u64().unwrap(),
            )) {
                groups_of_id
                    .entry(r["id"].as_str().unwrap().to_string())
                    .or_default()
                    .insert(*g);
            }
        }
        let findings: Vec<(String, usize, i64, String)> = doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| {
                Some((
                    f["code"].as_str()?.to_string(),
                    *group_of_name.get(f["indicator"].as_str()?)?,
                    f["year"].as_i64()?,
                    f["message"].as_str().unwrap_or("").to_string(),
                ))
            })
            .collect();
        let mut used = BTreeSet::new();
        for e in key["expected"].as_array().unwrap() {
            let (code, id, year) = (
                e["code"].as_str().unwrap(),
                e["id"].as_str().unwrap(),
                e["year"].as_i64().unwrap(),
            );
            let gs = groups_of_id.get(id).cloned().unwrap_or_default();
            let hit = findings
                .iter()
                .enumerate()
                .find(|(_, f)| f.0 == code && gs.contains(&f.1) && f.2 == year);
            match hit {
                Some((i, _)) => {
                    used.insert(i);
                }
                None => all.push(format!(
                    "{a}: expected {code} {id} {year} missing ({})",
                    e["note"]
                )),
            }
        }
        for t in key["traps"].as_array().unwrap() {
            let (code, id, year) = (
                t["code"].as_str().unwrap(),
                t["id"].as_str().unwrap(),
                t["year"].as_i64().unwrap(),
            );
            let gs = groups_of_id.get(id).cloned().unwrap_or_default();
            if let Some(f) = findings
                .iter()
                .find(|f| f.0 == code && gs.contains(&f.1) && f.2 == year)
            {
                all.push(format!("{a}: trap {code} {id} {year} reported: {}", f.3));
            }
        }
        for (i, f) in findings.iter().enumerate() {
            if !used.contains(&i) {
                all.push(format!(
                    "{a}: other finding {} {} {}: {}",
                    f.0, doc["indicators"][f.1]["name"], f.2, f.3
                ));
            }
        }
    }
    assert!(all.is_empty(), "{all:#?}");
}

/// The sixth round (`tests/data/blind20`): annual tables of three more agencies.
#[test]
fn transport_tables_of_four_years_in_three_formats() {
    let problems = judge("dishub-lombok-timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn agriculture_tables_with_percent_fractions_one_year() {
    let problems = judge("distan-grobogan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn social_affairs_years_as_sheets_of_one_workbook_and_an_xls() {
    let problems = judge("dinsos-kota-kupang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The seventh round (`tests/data/blind21`): three more agencies, a quarterly Rencana Aksi
/// year, two years as sheets of one `.xls`, percent fractions, figures typed with their units
/// and in Indonesian text, names moved into the Sasaran column. As it came every row was read
/// in its year with the target and realisasi written; 19 indicators split and one pair
/// merged.
#[test]
fn civil_registry_years_with_units_typed_in_the_cells() {
    let problems = judge("disdukcapil-banyumas");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn disaster_agency_years_with_a_quarterly_plan() {
    let problems = judge("bpbd-cianjur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn family_planning_years_with_codes_noted_in_brackets() {
    let problems = judge("dp3ap2kb-kediri");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The eighth round (`tests/data/blind22`): environment, public works and tourism agencies,
/// a Rencana Aksi year in blocks and one row per indicator, two years as sheets of one
/// workbook, last year's realisasi headed with its year before the target (`Realisasi 2020 |
/// Target | Realisasi`, read as this year's as it came), figures typed with units and in
/// Indonesian text, percent fractions.
#[test]
fn environment_agency_years_with_last_years_realisasi_named_by_its_year() {
    let problems = judge("dlh-tanah-laut");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn public_works_years_with_numbered_names_and_a_quarterly_plan() {
    let problems = judge("dpupr-palopo");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn tourism_agency_years_across_the_pandemic() {
    let problems = judge("disbudpar-toraja-utara");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The ninth round (`tests/data/blind23`): four years of the evaluation form across the
/// nomenclature change (programme, kegiatan and sub kegiatan indicators); annual tables, a
/// Rencana Aksi in blocks with a unit of a scale (`Juta USD`) and two years as sheets; an LKjIP
/// chapter III table, a Renstra table, a table of Target / Realisasi / Capaian rows under each
/// name with no year over its one column of figures (not read as it came), and two tables on
/// one sheet.
#[test]
fn evaluation_forms_of_four_years_across_the_nomenclature_change() {
    let problems = judge("diskominfo");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn trade_agency_years_with_a_plan_in_a_unit_of_millions() {
    let problems = judge("disperindag");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn revenue_agency_years_in_four_layouts_one_stacked_under_its_names() {
    let problems = judge("bapenda");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The tenth round (`tests/data/blind24`): a civil registry's annual tables in four layouts
/// (two years as sheets of an .xls, an LKjIP chapter III table, value and unit in one cell);
/// a women's and children's agency's four Rencana Aksi (blocks, quarters side by side, T / R /
/// % under each quarter, Bone-style text blocks), each indicator's row naming the officer
/// responsible (`Kepala Dinas`, once taken for the signature block), quarters planned as
/// shares of the year with `-` for none; an investment agency's evaluation forms and annual
/// tables with a graded indicator and a budget cell of both amounts.
#[test]
fn civil_registry_years_in_four_layouts() {
    let problems = judge("a_disdukcapil");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn womens_agency_plans_with_the_officer_responsible_on_each_row() {
    let problems = judge("b_dp3a");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn investment_agency_years_with_a_graded_indicator() {
    let problems = judge("c_dpmptsp");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The eleventh round (`tests/data/blind25`): a manpower agency's annual tables with value
/// and unit cell pairs, hidden columns, two tables on a sheet and realisasi as formulas into
/// another sheet; a housing agency's evaluation forms (15 and 17 columns) and two Rencana Aksi
/// (a year's realisasi beside the quarters, and none); a food security agency's tables with
/// figures typed as text and an LKjIP chapter III table.
#[test]
fn manpower_agency_years_with_formulas_into_another_sheet() {
    let problems = judge("disnakertrans");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn housing_agency_years_of_evaluation_forms_and_plans() {
    let problems = judge("perkim");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn food_security_agency_years_with_figures_typed_as_text() {
    let problems = judge("ketahanan_pangan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twelfth round (`tests/data/blind26`): a library and archives agency whose evaluation
/// form holds an indicator named `Rata-rata …` and whose LKjIP table is titled with the year
/// before, beside a sheet of that year left in its workbook; a fisheries agency with realisasi
/// before target and figures typed with their units; a youth and sports agency of Bone-style
/// blocks and an evaluation form of 17 columns.
#[test]
fn library_agency_years_with_a_title_of_the_year_before_and_a_leftover_sheet() {
    let problems = judge("perpus");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fisheries_agency_years_with_figures_typed_with_their_units() {
    let problems = judge("dkp");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn youth_and_sports_agency_years_of_blocks_and_evaluation_forms() {
    let problems = judge("dispora");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirteenth round (`tests/data/blind27`): a personnel agency's four years as sheets of
/// one workbook (one an LKjIP table titled with the year before, one a leftover sheet of the
/// year before them); a fire brigade's two workbooks of two years, one with a `Rekap` sheet
/// whose names are formulas into the first year's sheet; a politics agency's four files, one a
/// Rencana Aksi of a `Target` row and a `Realisasi` row per indicator, the quarters side by
/// side (its realisasi were not read before 5 Dec).
#[test]
fn personnel_agency_years_as_sheets_of_one_workbook() {
    let problems = judge("bkpsdm");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fire_brigade_years_beside_a_summary_of_formulas_into_them() {
    let problems = judge("damkar");
    assert!(problems.is_empty(), "{problems:#?}");
    // the summary is named as such, not compared
    let (doc, stderr) = compare_json("damkar");
    let left_out = &doc["sheets_repeating_a_year"];
    assert_eq!(left_out[0]["sheet"], "Rekap", "{left_out}");
    assert_eq!(left_out[0]["summary"], true, "{left_out}");
    assert_eq!(left_out[0]["same_as"]["sheet"], "PK 2021", "{left_out}");
    assert!(stderr.contains("merangkum"), "{stderr}");
}

#[test]
fn politics_agency_years_of_four_layouts() {
    let problems = judge("kesbangpol");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The fourteenth round (`tests/data/blind28`): an inspectorate's indicators measured by words
/// (`WTP`, `Level 3`) and an IKU table with columns of formulas and data sources; a hospital's
/// codes (BOR, ALOS, NDR) and rates per mille (`≤ 25 ‰`), its accreditation a grade
/// (`Paripurna`); a sub-district office's evaluation form and plans.
#[test]
fn inspectorate_years_measured_by_words_and_numbers() {
    let problems = judge("inspektorat");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn hospital_years_of_codes_and_rates_per_mille() {
    let problems = judge("rsud");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sub_district_office_years() {
    let problems = judge("kecamatan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The fifteenth round (`tests/data/blind29`): a finance agency's figures written with their
/// scale (`Rp. 185,5 M`) and its BPK indicators with the report they are over or without it
/// (`Opini BPK atas LKPD` / `Opini BPK`); a council secretariat's evaluation form whose `K`
/// columns stand over two rows beside the quarters' (not read before 5 Dec), its name in
/// initials and in words; a livestock agency's plans of blocks and evaluation form.
#[test]
fn finance_agency_years_with_figures_written_with_their_scale() {
    let problems = judge("bpkad");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn council_secretariat_years_of_an_evaluation_form_labelled_over_two_rows() {
    let problems = judge("setwan");
    assert!(problems.is_empty(), "{problems:#?}");
    // one agency, though one title names it in words and the others in initials
    let (doc, _) = compare_json("setwan");
    assert_eq!(
        doc["agencies"].as_array().map(Vec::len),
        Some(1),
        "{}",
        doc["agencies"]
    );
}

#[test]
fn livestock_agency_years() {
    let problems = judge("disnakkeswan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The sixteenth round (`tests/data/blind30`): a cultural agency's four forms; a regional
/// secretariat's four years as sheets of one workbook, its evaluation form holding an
/// indicator named by a grade (`Predikat SAKIP Kabupaten`, not read before 5 Dec); a health
/// centre's Penilaian Kinerja Puskesmas (a count beside each rate, `Target Sasaran (jumlah)`
/// | `Target (%)`) and an LKjIP table under a section row (both misread before 5 Dec).
#[test]
fn cultural_agency_years() {
    let problems = judge("kebudayaan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_secretariat_years_as_sheets_of_one_workbook() {
    let problems = judge("setda");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn health_centre_years_of_rates_beside_their_counts() {
    let problems = judge("puskesmas");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The seventeenth round (`tests/data/blind31`): public works (a header in one row with its
/// units in brackets, indicators numbered `1.1.1`), a land office (performance and budget
/// side by side under one year, `Kinerja` over `T | R | %` and `Anggaran (Rp)` over its own:
/// not read before 5 Dec; a year in one sheet per division), plantations (a monthly
/// realisation table, an LKjIP table of `T | R | %` under `Tahun 2019`: not read before 5 Dec).
#[test]
fn public_works_years() {
    let problems = judge("dinas_pupr");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn land_office_years_of_performance_and_budget_side_by_side() {
    let problems = judge("dinas_pertanahan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn plantation_agency_years_of_t_r_labels() {
    let problems = judge("dinas_perkebunan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The eighteenth round (`tests/data/blind32`): a research agency's four years in one table,
/// each year's Target / Realisasi / % under its year (before 5 Dec only the last year was
/// compared); a food-crops agency's PK of numbered sasaran rows and an LKjIP table starting
/// in column C with English headers; an urban village's four forms.
#[test]
fn research_agency_years_side_by_side_in_one_table() {
    let problems = judge("brida");
    assert!(problems.is_empty(), "{problems:#?}");
    // each year's figures from its own columns, under the indicator's own name
    let (doc, _) = compare_json("brida");
    let years: BTreeSet<String> = doc["indicators"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|i| {
            i["years"]
                .as_object()
                .into_iter()
                .flat_map(|y| y.keys().cloned())
        })
        .collect();
    assert_eq!(years.len(), 4, "{years:?}");
    let names: Vec<&str> = doc["indicators"][0]["names"]
        .as_object()
        .into_iter()
        .flat_map(|n| n.values().filter_map(|v| v.as_str()))
        .collect();
    // not `… (2021)`, as the reader names another year's figures
    let dated = |n: &str| {
        n.strip_suffix(')')
            .and_then(|n| n.rsplit_once(" ("))
            .is_some_and(|(_, y)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
    };
    assert!(
        !names.is_empty() && !names.iter().any(|n| dated(n)),
        "{names:?}"
    );
}

#[test]
fn food_crops_agency_years() {
    let problems = judge("distan_tph");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn urban_village_years() {
    let problems = judge("kelurahan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The nineteenth round (`tests/data/blind33`): an archives agency (a Rencana Aksi whose
/// quarters stand under `Target` > `Rencana Aksi Triwulan` and `Realisasi` > `Triwulan`, no
/// year's realisasi beside them), a provincial energy agency (an IKU matrix, a PK of two
/// tables with the realisasi left of the target, a plan of one sheet per sasaran), a regional
/// secretariat's bureau (figures typed as text, two years in one workbook).
#[test]
fn archives_agency_years() {
    let problems = judge("arsip");
    assert!(problems.is_empty(), "{problems:#?}");
    // of two years' targets, the one its own realisasi disagrees with (`0,2` beside 22,40;
    // 2022: 30 beside 31,75) is the one off
    let (doc, _) = compare_json("arsip");
    let off = y102(&doc);
    assert!(
        off.iter().any(|(y, m)| *y == 2021 && m.contains("F35")),
        "{off:?}"
    );
    assert!(!off.iter().any(|(y, _)| *y == 2022), "{off:?}");
}

#[test]
fn energy_agency_years() {
    let problems = judge("esdm");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn organisation_bureau_years() {
    let problems = judge("organisasi");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The year and message of each Y102 (a target off the other years') of a comparison.
fn y102(doc: &Value) -> Vec<(i64, String)> {
    doc["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["code"] == "Y102")
        .map(|f| {
            (
                f["year"].as_i64().unwrap_or(0),
                f["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A target typed ten times too large (`1.400` for 140, BRIDA 2024) beside a realisasi in line
/// with the other years (151) is flagged; the other fifteen indicators of the table, whose
/// targets rise year by year with their realisasi, are not.
#[test]
fn a_target_ten_times_off_beside_its_realisasi_is_flagged() {
    let (doc, _) = compare_json("brida");
    let off = y102(&doc);
    assert_eq!(off.len(), 1, "{off:?}");
    assert_eq!(off[0].0, 2024);
    assert!(
        off[0].1.contains("M10") && off[0].1.contains("151"),
        "{off:?}"
    );
}

/// The twentieth round (`tests/data/blind34`): a provincial forestry agency (a PK of each
/// indicator on a Target row and a Realisasi row, one column of figures beside a Capaian
/// column, a note `Indikator negatif (-)`; a target `≥ 6.000`; a row typed twice), a water
/// resources and roads agency (a monthly sheet whose `Sifat Data` column says `Kumulatif` or
/// `Per bulan`), a city's legal bureau (figures as text, a range target, five rows a quarter).
#[test]
fn forestry_agency_years() {
    let problems = judge("kehutanan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn water_and_roads_agency_years() {
    let problems = judge("sdabm");
    assert!(problems.is_empty(), "{problems:#?}");
    // `Panjang peningkatan jalan` is `Per bulan`: its year is the sum of its months (one
    // typed `9,38 km`), not December's 0,21
    let (doc, _) = compare_json("sdabm");
    let year = doc["indicators"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|i| i["names"]["2022"] == "Panjang peningkatan jalan")
        .map(|i| i["years"]["2022"]["realisasi"].clone());
    assert_eq!(year, Some(Value::from("49.47")), "{year:?}");
}

#[test]
fn legal_bureau_years() {
    let problems = judge("hukum");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-first round (`tests/data/blind35`): a fisheries agency (a PK with its sasaran
/// merged down its rows; a Rencana Aksi of two rows an indicator beside a `Tahunan / s.d. TW
/// IV` column; an LKjIP of numbered names and a target `≥ 80`; an E.81), a provincial
/// welfare bureau (a monthly sheet of counts entered as they happen, with no year's column; a
/// PK of figures typed with their unit; a Rencana Aksi with T / R / % a quarter; two years
/// side by side), a housing and spatial planning agency (target and realisasi each beside its
/// unit; a sheet of cards, one block of labelled lines an indicator; semesters beside the
/// year under `Realisasi`, a revised target beside the first; cumulative quarters).
#[test]
fn fisheries_agency_years() {
    let problems = judge("perikanan_tanjung_wuluh");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn welfare_bureau_years() {
    let problems = judge("biro_kesra_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
    // counts entered in the months they happen, no column of the year: their sum
    let (doc, _) = compare_json("biro_kesra_nusa_kencana");
    let year = doc["indicators"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|i| i["names"]["2020"] == "Jumlah guru ngaji dan pemuka agama penerima insentif")
        .map(|i| i["years"]["2020"]["realisasi"].clone());
    assert_eq!(year, Some(Value::from("3500")), "{year:?}");
}

#[test]
fn housing_and_spatial_planning_agency_years() {
    let problems = judge("dcktr_kota_pranaya");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-second round (`tests/data/blind36`): a procurement bureau (a PK and its
/// realisasi in two rows; quarters of T / R and no year's column; an LKjIP with earlier
/// years), a mental hospital (an E.81 with a Kode column and a grade `Paripurna`; figures typed
/// with their unit; a monthly sheet whose `Capaian Tahun 2022` is the months' SUM or
/// AVERAGE; two years side by side under `Perbandingan Tahun 2022 dan Tahun 2023`), a family
/// planning agency (IKU with Polaritas; blocks of a target line and four quarter lines, a
/// count typed `53.610`; an evaluation of quarters; an LKjIP of 2021-2024).
#[test]
fn procurement_bureau_years() {
    let problems = judge("ukpbj_tanjung_rawa");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn mental_hospital_years() {
    let problems = judge("rsj_sei_lumut");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn family_planning_agency_years() {
    let problems = judge("dppkb_kota_pinang_baru");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-third round (`tests/data/blind37`): an Aceh agency of syariat (a Rencana Aksi
/// whose `Sasaran / Indikator Kinerja` is merged over two columns, each sasaran on a row of
/// its own in the first and the names in the second; a PK of two rows an indicator; an LKjIP
/// with earlier years and the Renstra's), a parks and cemeteries agency (an E.81; a monthly
/// sheet of 2021; 2021 beside 2022; a PK with Polaritas and Kategori), a provincial bureau
/// of government (an LKjIP of one block an indicator: its name on a line, then `Uraian |
/// 2018 | 2019 | 2020 | Target Akhir Renstra` again over its Target / Realisasi / Capaian
/// lines; a Rencana Aksi of T/R/% triples; an E.81 with K / % / Rp under each quarter).
/// The twenty-fifth round (`tests/data/blind39`): a regional health laboratory (a UPTD;
/// realisasi of three years before the year's target; a unit that turns from millions to
/// rupiah), an economy section of a city's secretariat (an E.81 with sub-kegiatan; a
/// Rencana Aksi in blocks of five lines; two years side by side in an .xls), a provincial
/// asset agency (a monthly sheet beside a hidden recap; cards; a sheet of realisasi whose
/// names and targets are formulas into a sheet of targets, its header repeated mid-table).
#[test]
fn health_laboratory_years() {
    let problems = judge("a_labkesda_watu_lerang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn economy_section_years() {
    let problems = judge("b_perekonomian_rantau_selaka");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn asset_agency_years() {
    let problems = judge("c_bpad_kepulauan_selindang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-sixth round (`tests/data/blind40`): an Aceh agency of dayah education (an
/// E.81; an LKjIP starting in column F and split over two sheets), a provincial liaison
/// office (sasaran written as numbered lines among the names; semesters; the same form
/// printed twice side by side, TW II and TW IV; an LKjIP with English headers; an older
/// E.81 whose units are in the names), a Papuan village agency (its 2020 table turned over:
/// indicators across the columns, measures and years down the rows, each name keyed by its
/// column; judged from 5 Dec's second session, when such a table is read).
#[test]
fn dayah_education_agency_years() {
    let problems = judge("dinas_pendidikan_dayah_tanoh_alue");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn village_community_agency_years() {
    let problems = judge("dpmk_wandoma_jaya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn liaison_office_years() {
    let problems = judge("badan_penghubung_teluk_saranggi");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_government_bureau_years() {
    let problems = judge("biro_pemotda_provinsi_nusa_kenari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn syariat_agency_years() {
    let problems = judge("dinas_syariat_islam_bukit_seulanga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn parks_and_cemeteries_agency_years() {
    let problems = judge("distamkam_kota_tanjung_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-fourth round (`tests/data/blind38`): an industry agency (figures typed as text
/// with their unit; a quarterly Rencana Aksi with no year's column; an LKjIP with earlier
/// years and a Rekap), a dental hospital (a monthly sheet; an E.81; a Target row and a
/// Realisasi row an indicator; four sub-tables each with its header; `pasien baru` beside
/// `pasien`), a border management agency (an IKU table with Kode and Formulasi; two years
/// side by side; quarterly blocks; semesters).
#[test]
fn industry_agency_years() {
    let problems = judge("disperin_tanjung_sarira");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn dental_hospital_years() {
    let problems = judge("rsgm_sukamenanti");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn border_agency_years() {
    let problems = judge("bppd_sempadan_raya");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-seventh round (`tests/data/blind41`): a protocol section of a regency's
/// secretariat (a PK and a Rencana Aksi without the year's realisasi in one .xls; an E.81 in
/// an .ods with a hidden TW III copy; an LKjIP of earlier years and the Renstra's), a
/// provincial training centre (a monthly sheet with no year's column, a month typed `80
/// org`; a table of Target and Realisasi rows under `TW I .. TW IV | Tahun 2022`, one
/// indicator's Realisasi row first; two years side by side; a Rencana Aksi of T / R / %),
/// a city's parks and cemeteries agency (value and unit in one cell; an older E.81; an
/// application's export of 2018 and 2019 rows under a `Tahun` column; cards of labelled lines
/// with last year's realisasi inside, names in capitals).
#[test]
fn protocol_section_years() {
    let problems = judge("a_prokopim_pasir_kelambu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn training_centre_years() {
    let problems = judge("b_uptd_blk_lubuk_serai");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn city_parks_and_cemeteries_years() {
    let problems = judge("c_distamkam_banyu_sekar");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-eighth round (`tests/data/blind42`): a general affairs and finance section of
/// a regency's secretariat (a PK in an .xls; a Rencana Aksi and a monitoring sheet of
/// cumulative `Realisasi s.d. Triwulan` columns; an LKjIP with a second table stacked under
/// the first), a city's waste management unit (a monthly sheet of a Target row and a
/// Realisasi row an indicator, no year's column, a month typed `4.139 ton`; an E.81 with K /
/// % / Rp under each quarter; a PK with Pembilang and Penyebut; semesters with the year's
/// column), a provincial trade agency (figures typed with their unit; quarters with no
/// year's column; blocks of Target / Realisasi / Capaian lines; an LKjIP of three years).
#[test]
fn general_affairs_section_years() {
    let problems = judge("a_bagumum_lembah_sirantih");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn waste_management_unit_years() {
    let problems = judge("b_uptd_sampah_tanjung_mersik");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_trade_agency_years() {
    let problems = judge("c_disdag_teluk_sangkar");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The twenty-ninth round (`tests/data/blind43`): a government section of a city's
/// secretariat (a PK in an .xls with a hidden draft; quarters with no year's column; cards
/// of six labelled lines with no header; an LKjIP of earlier years), a regency's fish seed
/// centre (a monthly sheet with no year's column; an E.81; a Target line and a Realisasi
/// line sharing one `Nilai` column; two years side by side), a regency's food agency
/// (figures typed with their unit; a plan whose header repeats mid-table with a `(lanjutan)`
/// sasaran; an older E.81 with units in the names; a sub-table per sasaran, each with its
/// header and average).
#[test]
fn government_section_years() {
    let problems = judge("bagpem_lubuk_semilang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fish_seed_centre_years() {
    let problems = judge("bbi_sungai_rantau");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn food_agency_years() {
    let problems = judge("dinas_pangan_padang_halimun");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirtieth round (`tests/data/blind44`): a city's tourism agency (a PK in an .xls; a
/// plan with no year's column and a monthly sheet in one workbook; an LKjIP whose header
/// repeats with `(lanjutan)`), a regency's market management unit (an E.81 with a hidden TW
/// III copy; a plan in an .ods; an indicator on two rows with a `Tahunan` column; two years
/// side by side), a provincial social agency (figures typed with their unit; an E.81 whose
/// numbered Satuan column moves every number; four bidang's blocks on one sheet, each with
/// its header and order of columns; Bone-style blocks of five lines).
#[test]
fn city_tourism_agency_years() {
    let problems = judge("dispar_kota_batu_lintang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn market_management_unit_years() {
    let problems = judge("uptd_pasar_muara_jelita");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_social_agency_years() {
    let problems = judge("dinsos_prov_teluk_sarana");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-first round (`tests/data/blind45`): a city's abattoir unit (a PK and a plan
/// of quarters in one workbook, a monthly sheet of production, revenue and volume with no
/// year's total, an LKjIP with earlier years' columns), a provincial education agency (an
/// E.81 in an .xls; a plan of two rows an indicator over four sheets; figures typed with
/// their units under a title naming the year before; two years side by side), a vehicle
/// testing unit (cards two to a band; a plan of T / R / % triplets with a hidden column; an
/// application's export with `kode_indikator` beside `indikator_kinerja` and names in
/// capitals; a table turned over, its indicators across the columns).
#[test]
fn abattoir_unit_years() {
    let problems = judge("uptd_rph_tanjung_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_education_agency_years() {
    let problems = judge("disdik_prov_tanah_lumbara");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn vehicle_testing_unit_years() {
    let problems = judge("uptd_pkb_lembah_kerinan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-second round (`tests/data/blind46`): a regency's medicine warehouse (two
/// years of one workbook, the second's figures typed with their units; a plan of quarters
/// in an .ods; a monthly sheet whose year's formula leaves December out), a development
/// administration section (an E.81; Bone-style blocks of five lines; an LKjIP in an .xls;
/// two years side by side, the earlier first), a provincial environment agency (a PK with a
/// Sifat column; cards; T / R / % triplets; three rows an indicator with the years across).
#[test]
fn medicine_warehouse_years() {
    let problems = judge("uptd_ifk_sungai_rindang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn development_administration_section_years() {
    let problems = judge("bag_adpem_lembah_sarai");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_environment_agency_years() {
    let problems = judge("dlh_prov_nusa_kemuning");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-third round (`tests/data/blind47`): a regency's animal health centre (a PK in an
/// .xls with a hidden draft; a plan of quarters; an LKjIP and two years side by side in an
/// .ods), a city's bus terminal unit (figures typed with their units; an E.81 of 15 columns
/// with a hidden TW III copy; a monthly sheet, and two tables turned over one under the
/// other), a provincial inspectorate (a PK with a polarity column; a plan with the year's
/// column; an E.81 of 17 columns; cards of several labels to a line).
#[test]
fn animal_health_centre_years() {
    let problems = judge("puskeswan_lembah_sari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn bus_terminal_unit_years() {
    let problems = judge("terminal_pinang_lestari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_inspectorate_years() {
    let problems = judge("inspektorat_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-fourth round (`tests/data/blind48`): a provincial disaster management agency
/// (two years in one workbook, an LKjIP table of IKU in an .ods, an E.81 of TW IV in an .xls),
/// a provincial cooperatives and SME office (an E.81 in an .xlsx; two years' PK tables side by
/// side on one sheet of an .ods; a plan of quarterly blocks in an .xls), a regency's faecal
/// sludge unit renamed from UPTD IPLT to UPTD PALD (a PK in an .xls, a plan in an .ods, two
/// years of monitoring in an .xlsx).
#[test]
fn provincial_disaster_agency_years() {
    let problems = judge("bpbd_prov_kalimaya_barat");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_cooperatives_office_years() {
    let problems = judge("diskopukm_prov_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sludge_treatment_unit_years() {
    let problems = judge("uptd_pald_watu_pelangi");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-fifth round (`tests/data/blind49`): a provincial fishing port unit (a PK of two
/// header rows in an .xls, a plan of quarterly blocks in an .ods, a monthly sheet, and an
/// LKjIP table of a block of years' rows under each merged name), a provincial civil-service
/// training agency (an E.81 with a hidden TW III copy; cards three to a band, each name
/// alone on its first line; a plan of quarters and an LKjIP table with earlier years), a
/// city's parking unit (two years' tables one under the other; a table turned over; a TW III
/// evaluation beside last year's columns).
#[test]
fn fishing_port_unit_years() {
    let problems = judge("uptd_ppp_tanjung_lamaru");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn civil_service_training_agency_years() {
    let problems = judge("bpsdm_prov_bentang_sagara");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn parking_unit_years() {
    let problems = judge("uptd_parkir_kota_palindra");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-sixth round (`tests/data/blind50`): a provincial environmental laboratory unit
/// (a monthly recap turned over, one indicator a column), a provincial forest management
/// unit (names written over two cells, the measure word merged down beside the rest), a
/// provincial tax unit (a Rencana Aksi printed twice side by side, last year's and this
/// year's to TW III).
#[test]
fn environmental_laboratory_years() {
    let problems = judge("lab_lingkungan_lamboja_barat");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn forest_management_unit_years() {
    let problems = judge("kph_ranowatu_tanjung_lirang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_tax_unit_years() {
    let problems = judge("samsat_lambunu_selat_widara");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-seventh round (`tests/data/blind51`): a regency's health office (a name merged
/// over its puskesmas' rows and their total), a city's housing office (a monthly sheet turned
/// over, an export of one row per indicator and period with its year's line last, a table
/// split over two sheets), a regency's village office (two years side by side with header
/// rows at different heights, a level planned in one quarter).
#[test]
fn health_office_years() {
    let problems = judge("dinkes_wanasari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn housing_office_years() {
    let problems = judge("disperkim_lembahraya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn village_office_years() {
    let problems = judge("dpmd_tanjungseruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-eighth round (`tests/data/blind52`): a province's senior high school (numbering
/// in a column of its own, a plan of two rows an indicator starting at column F), a regency's
/// irrigation unit (a table turned over in two bands, two years side by side under an
/// autofilter with hidden columns and the names split into `Indikator` / `Sub Indikator`).
/// A province's forest park (Tahura): numbering `II.c.` glued to the names, one small table
/// a sasaran with Realisasi before Target, a monthly sheet of the same split names.
#[test]
fn senior_high_school_years() {
    let problems = judge("sma_negeri2_lembah_sari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn irrigation_unit_years() {
    let problems = judge("uptd_irigasi_tanah_lirang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn forest_park_years() {
    let problems = judge("tahura_bukit_lamasi");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The thirty-ninth round (`tests/data/blind53`): a regency's food security and fisheries
/// office (a PK under three levels of merged Misi / Tujuan / Sasaran rows, a plan of a Target
/// and a Realisasi row an indicator, an LKjIP table with a cumulative `Realisasi s/d 2021`
/// beside the year's).
#[test]
fn food_and_fisheries_office_years() {
    let problems = judge("dkpp_batu_merapin");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The fortieth round (`tests/data/blind54`): a regency's investment, licensing and labour
/// office (a plan with its header repeated mid-table, quarter sheets and a fifth of the year,
/// thousands grouped by spaces, negatives marked `(-)`).
#[test]
fn investment_and_labour_office_years() {
    let problems = judge("dpmptspnaker_lembah_sarimanik");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// blind54's provincial procurement bureau: figures grouped by apostrophes (`50'000'000'000`),
/// names wrapped into the next row, a maturity `Level 3`, cards three to a band.
#[test]
fn provincial_procurement_bureau_years() {
    let problems = judge("biro_pbj_karang_laut_timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// blind53's city politics agency: a target and its realisasi in one cell (`100 / 92,3`), a
/// year written as a bulleted report over a table of numbers alone.
#[test]
fn city_politics_agency_years() {
    let problems = judge("kesbangpol_sanggar_wulan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// blind54's city hospital: a monthly table turned over (months down the rows under a
/// corner named `Bulan`), rates per mille, negatives marked by an arrow.
#[test]
fn city_hospital_years() {
    let problems = judge("rsud_kota_teluk_sembilang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The forty-first round (`tests/data/blind55`): a provincial museum's years, one of them a
/// table turned over with its units on a line above the names.
#[test]
fn museum_and_cultural_park_years() {
    let problems = judge("uptd_museum_taman_budaya_selat_lingkara");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A ferry port's years: an evaluation form, a plan of a T row and an R row per indicator,
/// months headed by date cells, two years side by side.
#[test]
fn ferry_port_years() {
    let problems = judge("uptd_pelabuhan_penyeberangan_liwu_pesisir");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A learning centre's years: cards of labels over values fed by a hidden sheet, groups of
/// rows collapsed beside a hidden draft row, quarters to date, a plan reported to TW III.
#[test]
fn learning_centre_years() {
    let problems = judge("uptd_skb_kota_batu_rendang");
    assert!(problems.is_empty(), "{problems:#?}");
    // the hidden draft row under its shown twin (row 13 of PK 2023) is no indicator of
    // 2023; the rows of the collapsed groups, hidden too, are
    let (doc, _) = compare_json("uptd_skb_kota_batu_rendang");
    let rows_2023: Vec<u64> = doc["indicators"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["years"]["2023"]["source"]["row"].as_u64())
        .collect();
    assert!(!rows_2023.contains(&13), "{rows_2023:?}");
    assert!(
        rows_2023.contains(&18) && rows_2023.contains(&26),
        "{rows_2023:?}"
    );
}

/// The forty-second round (`tests/data/blind56`): an elderly care home's years (its header
/// repeated mid-table, realisasi by semester with superscript footnotes, capaian in words).
#[test]
fn elderly_care_home_years() {
    let problems = judge("uptd_pstw_seroja_kasih_tanjung_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A public radio's years: a monthly sheet of hours, complaints and spots, each figure's unit
/// in the next cell, a header in two languages, a plan's first and revised targets.
#[test]
fn public_radio_years() {
    let problems = judge("lppl_radio_suara_lembah_rindang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A materials laboratory's years: a Renstra of six years' targets beside one year's
/// realisasi, two years one under the other, names over two rows, a plan to TW III.
#[test]
fn materials_laboratory_years() {
    let problems = judge("uptd_labuji_bahan_kota_muara_temiang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A civil registry's years: a plan of T and R columns a quarter, cards two abreast, a
/// chapter III table pasted twice.
#[test]
fn civil_registry_years() {
    let problems = judge("disdukcapil_sungai_lirang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A civil service police and fire brigade's years: blocks of five rows, the evaluation form,
/// months down the rows under indicators across, a Renstra matrix.
#[test]
fn civil_police_and_fire_years() {
    let problems = judge("satpolpp_damkar_parit_baru");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A sub-district office's years: a PK over two sheets, T and R rows, a worksheet of one
/// block per indicator, quarters to date.
#[test]
fn city_sub_district_office_years() {
    let problems = judge("kec_talang_seruni_sirantau");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A library and archives agency's years: Bone's blocks, the evaluation form, a monthly
/// recap turned over and split by section over two sheets.
#[test]
fn library_and_archives_years() {
    let problems = judge("dispusip_lembah_sarangan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A provincial food security agency's years: a Renstra matrix, `PK Awal` / `PK Perubahan`
/// pasted twice, T and R rows to date, a form of one block of labels and values per
/// indicator.
#[test]
fn food_security_agency_years() {
    let problems = judge("dkp_prov_teluk_ambang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A community health centre's years: months across with no year's column, an LKjIP table,
/// quarters over two sheets, two tables side by side on a notice board.
#[test]
fn community_health_centre_years() {
    let problems = judge("pkm_sungai_medang_tirta_rambang");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A city's transport agency's years: a PK, a plan of T and R rows, an LKjIP table over two
/// sheets, cards two to a row.
#[test]
fn city_transport_agency_years() {
    let problems = judge("dishub_kota_bukit_jambangan");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A regency's revenue agency's years: the evaluation form, a monthly recap turned over over
/// two sheets, a Renstra matrix, two lists side by side.
#[test]
fn regency_revenue_agency_years() {
    let problems = judge("bapenda_kab_rawa_kemuning");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A provincial women's and children's agency's years: Bone's blocks, quarters to date, `PK
/// Awal` / `PK Perubahan`, realisasi by regency beside the province's.
#[test]
fn womens_and_children_agency_years() {
    let problems = judge("dp3a_prov_tanah_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn parks_and_cemeteries_city_office_years() {
    let problems = judge("distamkam_kota_bukit_serindit");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn natural_resources_section_years() {
    let problems = judge("bagian_sda_setda_kab_sapta_lembah");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn cooperative_training_centre_years() {
    let problems = judge("uptd_balatkop_ukm_prov_teluk_nirwana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn drinking_water_unit_years() {
    let problems = judge("uptd_spam_kab_lembah_tirta");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn cooperation_section_years() {
    let problems = judge("bagian_kerja_sama_setda_kota_tanjung_sekar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn food_crop_seed_centre_years() {
    let problems = judge("uptd_balai_benih_tph_prov_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn legal_metrology_unit_years() {
    let problems = judge("uptd_metrologi_kota_tanjung_lamatu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn health_training_centre_years() {
    let problems = judge("uptd_bapelkes_prov_sagara_wening");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sports_hall_and_stadium_unit_years() {
    let problems = judge("uptd_gor_stadion_kab_sungai_rarangan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn agricultural_extension_centre_years() {
    let problems = judge("uptd_bpp_kec_lubuk_sembilang_kab_rawa_kemuning");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn women_and_children_protection_unit_years() {
    let problems = judge("uptd_ppa_kota_bandar_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn livestock_breeding_and_forage_centre_years() {
    let problems = judge("uptd_bpthpt_prov_teluk_gading");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn public_cemetery_unit_years() {
    let problems = judge("uptd_tpu_kota_tanjung_seruling");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn marine_conservation_area_unit_years() {
    let problems = judge("uptd_kkp_prov_nusa_kirana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn youth_social_care_home_years() {
    let problems = judge("uptd_psbr_kab_sungai_lirang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn public_rental_flats_unit_years() {
    let problems = judge("uptd_rusunawa_kota_lembah_sarai");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn heavy_equipment_unit_years() {
    let problems = judge("uptd_alat_berat_prov_tanjung_arum");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn street_lighting_and_parks_unit_years() {
    let problems = judge("uptd_pju_taman_kab_rimba_karang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn island_airport_unit_years() {
    let problems = judge("uptd_bandara_prov_selat_lontar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn hajj_health_service_unit_years() {
    let problems = judge("uptd_kes_haji_kota_rawa_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn small_industry_centre_unit_years() {
    let problems = judge("uptd_sentra_ikm_kab_lembah_randu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn agricultural_training_centre_years() {
    let problems = judge("uptd_bppp_prov_nusa_kenanga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn children_s_shelter_unit_years() {
    let problems = judge("uptd_rumah_singgah_kota_tirta_lestari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn city_forest_and_nursery_unit_years() {
    let problems = judge("uptd_hutan_kota_kab_gunung_sarimbun");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_landfill_unit_years() {
    let problems = judge("uptd_tpa_regional_prov_sagara_timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn autism_service_centre_years() {
    let problems = judge("uptd_pla_kota_tanjung_laras");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sub_district_animal_health_centre_years() {
    let problems = judge("uptd_puskeswan_kab_sindang_wetan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn community_eye_health_centre_years() {
    let problems = judge("uptd_bkmm_prov_lembah_sagara");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn botanic_garden_years() {
    let problems = judge("uptd_kebun_raya_kab_bukit_manggala");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn health_facility_safety_centre_years() {
    let problems = judge("uptd_bpfk_kota_tanjung_rembulan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn heritage_conservation_centre_years() {
    let problems = judge("uptd_bkcb_prov_teluk_cendana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn passenger_terminal_unit_years() {
    let problems = judge("uptd_terminal_kota_palawira");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn family_planning_extension_centre_years() {
    let problems = judge("uptd_bpkb_kab_gunung_talaga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn irrigation_and_dams_unit_years() {
    let problems = judge("uptd_pib_prov_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn integrated_disability_service_centre_years() {
    let problems = judge("uptd_pptd_kota_sungai_permai");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fish_auction_market_unit_years() {
    let problems = judge("uptd_ppih_tpi_kab_tanjung_selaksa");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn blood_transfusion_unit_years() {
    let problems = judge("utd_lembah_waruga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn public_safety_centre_years() {
    let problems = judge("psc119_karang_sembada");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_roads_and_bridges_unit_years() {
    let problems = judge("uptd_pjj2_teluk_bahari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn community_lung_health_centre_years() {
    let problems = judge("uptd_bkpm_prov_nusa_semanggi");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn children_s_home_years() {
    let problems = judge("uptd_psaa_kota_tanjung_kemuning");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn forest_nursery_years() {
    let problems = judge("uptd_persemaian_kab_gunung_seriang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_health_laboratory_years() {
    let problems = judge("uptd_labkesda_kab_lembah_kemuning");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn vocational_training_centre_years() {
    let problems = judge("uptd_blk_prov_sagara_timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn city_vehicle_roadworthiness_testing_years() {
    let problems = judge("uptd_pkb_kota_tirta_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_revenue_service_unit_years() {
    let problems = judge("uptd_ppd_batu_rangin");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn provincial_psychiatric_hospital_years() {
    let problems = judge("uptd_rsjd_teluk_damar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn domestic_wastewater_unit_years() {
    let problems = judge("uptd_pald_lembah_sarimbun");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_hidden_sheet_titled_a_draft_is_left_out() {
    // `rekap_awal`, hidden, titled `REKAP AWAL (draft, belum final)`: none of its four rows
    // is an indicator of 2021 beside the year's cards
    let (doc, _) = compare_json("uptd_ppd_batu_rangin");
    let sheets: Vec<&str> = doc["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .flat_map(|i| i["years"].as_object().into_iter().flatten())
        .filter_map(|(_, y)| y["source"]["sheet"].as_str())
        .collect();
    assert!(sheets.contains(&"KARTU KINERJA 2021"), "{sheets:?}");
    assert!(!sheets.contains(&"rekap_awal"), "{sheets:?}");
}

#[test]
fn fish_hatchery_unit_years() {
    let problems = judge("uptd_bbi_tanjung_seruni");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn cultural_park_unit_years() {
    let problems = judge("uptd_taman_budaya_nusa_kencana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn crop_protection_centre_years() {
    let problems = judge("uptd_bptph_teluk_anggrek");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn seed_certification_centre_years() {
    let problems = judge("uptd_bpsb_tph_nusa_lontar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn city_zoo_unit_years() {
    let problems = judge("uptd_taman_satwa_kota_bukit_sarang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fishery_product_quality_laboratory_years() {
    let problems = judge("uptd_lppmhp_teluk_kelambu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn river_basin_water_resources_unit_years() {
    let problems = judge("uptd_psda_ws_batang_lirik");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regency_farm_training_centre_years() {
    let problems = judge("uptd_bpp_tani_kab_gading_mas");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn education_technology_centre_years() {
    let problems = judge("uptd_btp_prov_lembah_sari_raya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn lung_hospital_years() {
    let problems = judge("uptd_rsk_paru_prov_bukit_kenanga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn occupational_safety_and_health_centre_years() {
    let problems = judge("uptd_balai_k3_prov_selat_mawar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn regional_language_and_literature_centre_years() {
    let problems = judge("uptd_balai_bahasa_kab_rantau_pandan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn student_dormitory_unit_years() {
    let problems = judge("uptd_asrama_mhs_prov_teluk_jingga");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn tourist_information_centre_years() {
    let problems = judge("uptd_pip_pariwisata_kota_pantai_lestari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn mangrove_area_unit_years() {
    let problems = judge("uptd_mangrove_kab_muara_sembilan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn appropriate_technology_centre_years() {
    let problems = judge("uptd_balai_ttg_prov_rimba_jaya");
    assert!(problems.is_empty(), "{problems:#?}");
    // the 2022 plan pasted again under itself (`(salinan untuk bahan rapat)`, its merges
    // lost) is not compared, and said so: its header's row, the sheet kept
    let (doc, stderr) = compare_json("uptd_balai_ttg_prov_rimba_jaya");
    let left_out = &doc["sheets_repeating_a_year"];
    let pasted: Vec<&Value> = left_out
        .as_array()
        .map(|v| v.iter().filter(|r| r["table_row"] == 32).collect())
        .unwrap_or_default();
    assert_eq!(pasted.len(), 1, "{left_out}");
    assert_eq!(pasted[0]["sheet"], "RA 2022", "{left_out}");
    assert!(stderr.contains("di baris 32 mengulang"), "{stderr}");
    let names_2022 = doc["indicators"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter(|i| i["years"].get("2022").is_some())
                .count()
        })
        .unwrap_or(0);
    assert_eq!(
        names_2022, 21,
        "one entry for each of the 21 indicators of 2022"
    );
}

#[test]
fn industrial_estate_unit_years() {
    let problems = judge("uptd_kawasan_industri_kab_sungai_barasa");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn geospatial_data_centre_years() {
    let problems = judge("uptd_geospasial_prov_tanjung_permai");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn artificial_insemination_centre_years() {
    let problems = judge("uptd_bib_ternak_prov_padang_sawitri");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn special_needs_school_years() {
    let problems = judge("uptd_slb_negeri_kab_lembah_arwana");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn mother_and_child_hospital_years() {
    let problems = judge("uptd_rsia_kota_bandar_melati");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn bus_rapid_transit_unit_years() {
    let problems = judge("uptd_brt_kota_sungai_kemilau");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn drug_rehabilitation_centre_years() {
    let problems = judge("uptd_rehsos_napza_prov_tanah_seroja");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn reservoir_and_raw_water_unit_years() {
    let problems = judge("uptd_embung_air_baku_kab_bukit_randu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn traditional_health_care_unit_years() {
    let problems = judge("uptd_griya_sehat_kota_tirta_kembang");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn turtle_conservation_unit_years() {
    let problems = judge("uptd_penyu_pesisir_kab_pantai_marindu");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn weighbridge_unit_years() {
    let problems = judge("uptd_ppkb_jembatan_timbang_prov_lintas_sagara");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn agricultural_vocational_school_years() {
    let problems = judge("uptd_smk_pp_negeri_prov_lembah_sentosa");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn livestock_market_unit_years() {
    let problems = judge("uptd_pasar_hewan_kab_padang_raya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn city_command_centre_unit_years() {
    let problems = judge("uptd_command_center_kota_bandar_arunika");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn cemetery_and_crematorium_unit_years() {
    let problems = judge("uptd_pemakaman_krematorium_kota_sirna_galih");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn feed_testing_laboratory_years() {
    let problems = judge("uptd_pengujian_mutu_pakan_prov_bumi_lestari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn hot_spring_resort_unit_years() {
    let problems = judge("uptd_air_panas_wisata_kab_gunung_halimun");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn workers_flats_unit_years() {
    let problems = judge("uptd_pengelolaan_rusun_pekerja_kab_karang_emas");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn medical_device_calibration_laboratory_years() {
    let problems = judge("uptd_lab_kalibrasi_prov_tirta_raharja");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn food_court_unit_years() {
    let problems = judge("uptd_pusat_kuliner_kota_seruni_jaya");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fish_hatchery_years() {
    let problems = judge("uptd_balai_benih_ikan_kab_watu_kembar");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn mobile_library_years() {
    let problems = judge("uptd_perpustakaan_keliling_kota_bumi_asri");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sungai_rata_wastewater_unit_years() {
    let problems = judge("uptd_pengelolaan_air_limbah_prov_sungai_rata");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn childrens_shelter_years() {
    let problems = judge("uptd_rumah_singgah_prov_karang_sari");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn forest_park_unit_years() {
    let problems = judge("uptd_pengelolaan_taman_hutan_raya_kab_bukit_gading");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn pelita_timur_bus_terminal_years() {
    let problems = judge("uptd_terminal_tipe_b_kota_pelita_timur");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn animal_health_laboratory_years() {
    let problems = judge("uptd_laboratorium_kesehatan_hewan_prov_tanjung_harapan");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn waste_processing_site_years() {
    let problems = judge("uptd_pengelolaan_sampah_tpst_kota_batu_merah");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn sungai_deras_vocational_training_centre_years() {
    let problems = judge("uptd_balai_latihan_kerja_kab_sungai_deras");
    assert!(problems.is_empty(), "{problems:#?}");
}
