//! Indicators whose name says that less is better: "Angka Kematian Ibu", "Prevalensi
//! stunting", "Angka Putus Sekolah SMP", "Tingkat Pengangguran Terbuka", "Rata-rata waktu
//! penyelesaian perizinan".
//!
//! A table without a polarity column (Polaritas, Sifat, Arah) still has negative
//! indicators, and agencies compute them with a negative formula. What such a name measures
//! is bad (deaths, cases, dropouts, poverty, unemployment, accidents, slums, time taken), so
//! the name decides, unless a word turns it into what is done about it ("penurunan angka
//! kematian", "kasus yang ditangani", "RTLH yang direhabilitasi", "cakupan penemuan kasus"):
//! then more is better again; so it is for a time held under a limit ("Waktu tunggu rawat
//! jalan < 60 menit" measures the share within it). A polarity cell always wins over the name
//! ([`crate::model::polarity`]).
//!
//! ```
//! use rakit_core::negative_name::name_is_negative;
//!
//! assert!(name_is_negative("Angka Kematian Ibu (per 100.000 KH)"));
//! assert!(name_is_negative("Persentase anak tidak sekolah (ATS) usia 7-15 tahun"));
//! assert!(name_is_negative("Rata-rata waktu penyelesaian perizinan"));
//! assert!(name_is_negative("Persentase Peserta Drop Out"));
//! assert!(name_is_negative("Disparitas harga barang kebutuhan pokok antar wilayah"));
//! assert!(name_is_negative("KV harga bapok"));
//! assert!(name_is_negative("Prevalence of Undernourishment (PoU)"));
//! assert!(name_is_negative("Persentase tender gagal/ulang"));
//! assert!(name_is_negative("Persentase peserta pelatihan yg tidak lulus"));
//! assert!(!name_is_negative("Persentase laporan yang tidak terlambat"));
//! assert!(!name_is_negative("Modern Contraceptive Prevalence Rate (mCPR)"));
//! assert!(!name_is_negative("Jumlah arsip rusak yang direstorasi"));
//! assert!(name_is_negative("Waktu rata-rata verifikasi SPJ"));
//! // the mean years of schooling and a tourist's mean stay: more is better
//! assert!(!name_is_negative("Rata-rata lama sekolah"));
//! assert!(!name_is_negative("Rata-rata lama tinggal wisatawan"));
//! assert!(!name_is_negative("Persentase penurunan angka kematian ibu"));
//! assert!(!name_is_negative("Persentase kasus kekerasan yang ditangani"));
//! assert!(!name_is_negative("Persentase perizinan yang terbit tepat waktu"));
//! assert!(!name_is_negative("Angka Partisipasi Murni SD"));
//! // fires put out, people rescued, the brigade's volunteers: more is better
//! assert!(name_is_negative("Jumlah kejadian kebakaran"));
//! assert!(!name_is_negative("Jumlah operasi penyelamatan (rescue) non kebakaran"));
//! assert!(!name_is_negative("Persentase sarana prasarana pemadam kebakaran kondisi baik"));
//! assert!(!name_is_negative("Jumlah anggota relawan kebakaran"));
//! // the time a rescue takes: shorter is better
//! assert!(name_is_negative("Response time penyelamatan non kebakaran"));
//! ```

/// Words and phrases naming something of which less is better.
const NEGATIVE: &[&[&str]] = &[
    // health
    &["kematian"],
    &["kesakitan"],
    &["prevalensi"],
    // the share of people whose food falls short (Prevalence of Undernourishment)
    &["pou"],
    &["undernourishment"],
    &["insidens"],
    &["incidence"],
    &["insiden"],
    &["stunting"],
    &["wasting"],
    &["underweight"],
    &["gizi", "buruk"],
    &["gizi", "kurang"],
    &["balita", "pendek"],
    &["case", "fatality"],
    &["aki"],
    &["akb"],
    &["akn"],
    &["akaba"],
    &["cfr"],
    &["kasus"],
    // education
    &["putus", "sekolah"],
    // a learner of a non-formal programme who leaves it (`Angka putus belajar kesetaraan`)
    &["putus", "belajar"],
    // a trainee or pupil who leaves before the end (`Persentase peserta drop out`)
    &["drop", "out"],
    &["dropout"],
    &["tidak", "sekolah"],
    &["ats"],
    &["buta", "aksara"],
    &["buta", "huruf"],
    &["mengulang"],
    // welfare and the economy
    &["kemiskinan"],
    &["penduduk", "miskin"],
    &["miskin", "ekstrem"],
    &["pengangguran"],
    &["tpt"],
    &["gini"],
    &["ketimpangan"],
    &["inflasi"],
    // prices that swing over time or differ between places (`KV harga bapok`, `Disparitas
    // harga … antar wilayah`)
    &["disparitas"],
    &["koefisien", "variasi"],
    &["kv", "harga"],
    &["cv", "harga"],
    &["fluktuasi", "harga"],
    &["gejolak", "harga"],
    &["tunggakan"],
    &["kerugian"],
    &["backlog"],
    &["tertinggal"],
    &["rawan", "pangan"],
    &["kerawanan"],
    // order and safety
    &["kecelakaan"],
    &["kebakaran"],
    &["kriminalitas"],
    &["kejahatan"],
    &["tindak", "pidana"],
    &["pelanggaran"],
    &["konflik"],
    &["gangguan"],
    &["penyalahgunaan"],
    &["risiko", "bencana"],
    // settlements and the environment
    &["kumuh"],
    &["tidak", "layak", "huni"],
    &["rtlh"],
    &["rusak"],
    &["genangan"],
    &["banjir"],
    &["lahan", "kritis"],
    &["pencemaran"],
    // findings of an audit
    &["temuan"],
    // what failed or came late (`Persentase tender gagal/ulang`, `… yang terlambat`)
    &["gagal"],
    &["kegagalan"],
    &["terlambat"],
    &["keterlambatan"],
    // what is done without a permit
    &["tanpa", "izin"],
    &["tidak", "berizin"],
    &["ilegal"],
    &["illegal"],
];

/// Phrases of matters left unresolved ("pengaduan pelayanan publik yang belum
/// diselesaikan"), and of those who did not pass ("peserta pelatihan yang tidak lulus",
/// "kendaraan tidak lulus uji"): fewer is better, whatever the words before them.
const UNRESOLVED: &[&[&str]] = &[
    &["tidak", "lulus"],
    &["tidak", "terselesaikan"],
    &["belum", "terselesaikan"],
    &["tidak", "diselesaikan"],
    &["belum", "diselesaikan"],
    &["tidak", "ditindaklanjuti"],
    &["belum", "ditindaklanjuti"],
];

/// Phrases of the time a service takes: shorter is better.
const DURATION: &[&[&str]] = &[
    &["rata", "rata", "waktu"],
    &["waktu", "rata", "rata"],
    &["lama", "waktu"],
    &["lama", "penyelesaian"],
    &["waktu", "penyelesaian"],
    &["waktu", "tunggu"],
    &["waktu", "tanggap"],
    &["waktu", "respon"],
    &["response", "time"],
];

/// Words that turn a bad thing into what is done about it, so that more is better: "penurunan
/// angka kematian", "kasus yang ditangani", "RTLH yang direhabilitasi".
const TURNING: &[&str] = &[
    "penurunan",
    "menurunnya",
    "turunnya",
    "berkurangnya",
    "pengurangan",
    "mengurangi",
    "menekan",
    "ditekan",
    "penanganan",
    "ditangani",
    "tertangani",
    "penanggulangan",
    "ditanggulangi",
    "tertanggulangi",
    "pencegahan",
    "dicegah",
    "pengendalian",
    "terkendali",
    "dikendalikan",
    "penindakan",
    "ditindak",
    "ditindaklanjuti",
    "tindaklanjut",
    "terselesaikan",
    "diselesaikan",
    "penyelesaian",
    "rehabilitasi",
    "direhabilitasi",
    "restorasi",
    "direstorasi",
    "perbaikan",
    "diperbaiki",
    "peningkatan",
    "pengentasan",
    "dientaskan",
    "bebas",
    "terbebas",
    "pemulihan",
    "dipulihkan",
    "mendapat",
    "mendapatkan",
    "memperoleh",
    "menerima",
    "penerima",
    "dilayani",
    "terlayani",
    "pelayanan",
    "layanan",
    "cakupan",
    "penemuan",
    "ditemukan",
    "terdeteksi",
    "deteksi",
    "skrining",
    "diskrining",
    "pengobatan",
    "diobati",
    "sembuh",
    "kesembuhan",
    "pemberdayaan",
    "diberdayakan",
    "pembinaan",
    "dibina",
    "dilatih",
    "pelatihan",
    "bantuan",
    "intervensi",
    "pendampingan",
    "didampingi",
    "direlokasi",
    "relokasi",
    "penertiban",
    "ditertibkan",
    "penegakan",
    "dievakuasi",
    "evakuasi",
    "mitigasi",
    "penataan",
    "ditata",
    "perlindungan",
    "dilindungi",
    "dirujuk",
    "rujukan",
    "ketepatan",
    "tepat",
    "kesiapsiagaan",
    "tangguh",
    "penyuluhan",
    "sosialisasi",
    "ditanam",
    "penanaman",
    "uji",
    "pengujian",
    "pengawasan",
    "diawasi",
    "pemantauan",
    "dipantau",
    "pemeriksaan",
    "diperiksa",
    // a fire brigade's work: putting fires out, rescue
    "pemadam",
    "pemadaman",
    "dipadamkan",
    "penyelamatan",
    "diselamatkan",
    "rescue",
];

/// The words of a name, lower case, split at anything that is no letter or digit.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the bad thing at `i` is what the name measures: not denied before it ("PNS yang
/// tidak terkena hukuman pelanggaran disiplin", "desa bebas ..."), not where or for whom
/// something else is done ("pohon yang ditanam pada lahan kritis"), and not the subject of
/// a thing made about it ("Jumlah dokumen kajian risiko bencana", "peta rawan bencana",
/// "data kemiskinan yang dimutakhirkan": the documents, maps and data are counted).
fn measured(words: &[String], i: usize) -> bool {
    !words[..i].iter().any(|w| {
        matches!(
            w.as_str(),
            "tidak"
                | "non"
                | "bebas"
                | "tanpa"
                // those who work on it ("relawan kebakaran", "petugas kebakaran")
                | "relawan"
                | "petugas"
                | "personel"
                | "personil"
                | "satgas"
                | "pada"
                | "di"
                | "untuk"
                | "bagi"
                | "terhadap"
                | "ke"
                | "oleh"
                // things made about it
                | "dokumen"
                | "kajian"
                | "studi"
                | "analisis"
                | "peta"
                | "pemetaan"
                | "rencana"
                | "laporan"
                | "data"
                | "basis"
                | "database"
                | "sistem"
                | "aplikasi"
                | "regulasi"
                | "peraturan"
                | "perda"
                | "perbup"
                | "perwali"
                | "sop"
                | "pedoman"
                | "informasi"
                | "profil"
        )
    })
}

/// Whether a word of `list` turns the name, unless "tidak" or "belum" comes before it
/// ("kasus yang tidak terselesaikan" stays bad).
fn turned(words: &[String], list: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        list.contains(&w.as_str()) && !(i > 0 && matches!(words[i - 1].as_str(), "tidak" | "belum"))
    })
}

/// Whether an indicator's name measures something of which less is better (see the
/// module's documentation).
pub fn name_is_negative(name: &str) -> bool {
    static NEGATIVE_BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    static DURATION_BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    static UNRESOLVED_BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let w = words(name);
    // each place of the name against the phrases that start with its word (a name meets
    // few of them: most of its words start none)
    let found = |list: &std::sync::OnceLock<ByFirst>,
                 phrases: &'static [&'static [&'static str]]| {
        let by_first = list.get_or_init(|| by_first(phrases));
        (0..w.len()).any(|i| {
            by_first.get(w[i].as_str()).is_some_and(|ps| {
                ps.iter().any(|p| {
                    w.get(i..i + p.len())
                        .is_some_and(|at| at.iter().zip(p.iter()).all(|(a, b)| a == b))
                })
            }) && measured(&w, i)
        })
    };
    if found(&UNRESOLVED_BY_FIRST, UNRESOLVED) {
        return true;
    }
    if found(&DURATION_BY_FIRST, DURATION) {
        // the time of what is done ("waktu penyelesaian", "lama waktu pelayanan") is the
        // measure; done in time ("tepat waktu"), or another thing done, is not; nor a time
        // held under a standard ("Waktu tunggu rawat jalan < 60 menit"): the share that
        // meets it is measured
        if within_standard(name) {
            return false;
        }
        let turning: Vec<&str> = TURNING
            .iter()
            .copied()
            .filter(|t| {
                !matches!(
                    *t,
                    "penyelesaian"
                        | "pelayanan"
                        | "layanan"
                        | "pemadam"
                        | "pemadaman"
                        | "penyelamatan"
                        | "rescue"
                )
            })
            .collect();
        return !turned(&w, &turning);
    }
    found(&NEGATIVE_BY_FIRST, NEGATIVE) && !turned(&w, TURNING)
}

/// Whether a name holds a time under a limit: `< 60 menit`, `≤ 3 hari`, `kurang dari 24
/// jam`, `maksimal 5 hari`.
fn within_standard(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "<",
        "≤",
        "kurang dari",
        "maksimal",
        "maks.",
        "paling lama",
        "tidak lebih dari",
    ]
    .iter()
    .any(|k| {
        lower.match_indices(k).any(|(at, _)| {
            let rest = lower[at + k.len()..].trim_start_matches([' ', '=']);
            rest.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// Phrases by their first word.
type ByFirst = rustc_hash::FxHashMap<&'static str, Vec<&'static [&'static str]>>;

fn by_first(phrases: &'static [&'static [&'static str]]) -> ByFirst {
    let mut out = ByFirst::default();
    for p in phrases {
        if let Some(first) = p.first() {
            out.entry(*first).or_default().push(*p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::name_is_negative;

    #[test]
    fn bad_things_are_negative_and_what_is_done_about_them_is_not() {
        for n in [
            "Angka Kematian Bayi (AKB)",
            "AKI per 100.000 KH",
            "Prevalensi Stunting pada Balita",
            "Persentase balita gizi buruk",
            "Angka Putus Sekolah SD/MI",
            "Angka putus belajar pendidikan kesetaraan",
            "Angka Buta Aksara penduduk usia 15-59 tahun",
            "Tingkat Pengangguran Terbuka",
            "Persentase penduduk miskin",
            "Indeks Gini",
            "Jumlah kejadian kebakaran",
            "Angka kecelakaan lalu lintas",
            "Luas kawasan permukiman kumuh",
            "Persentase jalan kabupaten dalam kondisi rusak berat",
            "Jumlah kasus DBD",
            "Jumlah kasus perselisihan hubungan industrial yang tidak terselesaikan",
            "Lama waktu pelayanan perizinan (hari)",
            "Jumlah temuan BPK",
            "Indeks Risiko Bencana",
            "Rata-rata waktu penyelesaian perizinan",
            "Persentase balita dengan gizi kurang",
            "Persentase jalan dalam kondisi rusak",
            "Persentase pemanfaatan air tanah tanpa izin",
            "Jumlah tambang ilegal",
            "Jumlah pengaduan pelayanan publik yang belum diselesaikan",
            "Jumlah pengaduan yang tidak ditindaklanjuti",
        ] {
            assert!(name_is_negative(n), "{n}");
        }
        for n in [
            "Persentase penurunan angka kematian ibu",
            "Cakupan penemuan kasus TB",
            "Persentase kasus kekerasan terhadap perempuan yang ditangani",
            "Jumlah RTLH yang direhabilitasi",
            "Jumlah Rumah Tidak Layak Huni (RTLH) keluarga miskin yang direhabilitasi",
            "Persentase pelanggaran perda yang ditindak",
            "Persentase tindak lanjut temuan yang ditindaklanjuti",
            "Persentase dokumen yang selesai tepat waktu",
            "Ketepatan waktu pelayanan",
            "Waktu tunggu rawat jalan < 60 menit",
            "Waktu tanggap kebakaran kurang dari 15 menit",
            "Persentase desa bebas buang air besar sembarangan",
            "Angka Partisipasi Kasar SMP",
            "Jumlah pencari kerja yang ditempatkan",
            "Persentase balita gizi buruk yang mendapat perawatan",
            "Nilai SAKIP",
            "Jumlah PNS yang tidak terkena hukuman pelanggaran disiplin",
            "Persentase kejadian kebakaran yang tertangani dalam response time",
            "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap",
            "Jumlah pohon yang ditanam pada lahan kritis",
            "Jumlah uji emisi kendaraan bermotor",
            "Persentase desa bebas kumuh",
            "Jumlah dokumen kajian risiko bencana yang dimutakhirkan",
            "Jumlah peta rawan bencana yang disusun",
            "Persentase data kemiskinan yang dimutakhirkan",
            "Persentase usaha tanpa izin yang ditertibkan",
            "Jumlah pengaduan yang diselesaikan",
        ] {
            assert!(!name_is_negative(n), "{n}");
        }
    }
}
