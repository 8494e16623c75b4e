//! The measures an agency reports of itself, one of each a year: how satisfied those it
//! serves are (`IKM`, `SKM`, `Indeks Kepuasan Masyarakat`, `Tingkat kepuasan …`), the
//! grade of its accountability (`Nilai SAKIP`, `Predikat AKIP`, `Nilai Akuntabilitas
//! Kinerja Instansi Pemerintah`), its accreditation (`Status akreditasi RS`) and the
//! auditor's opinion on the accounts (`Opini BPK atas LKPD`). Their names drift more than any other's from year to year
//! (`Nilai IKM Pelayanan KPH` / `Indeks kepuasan masyarakat`, `Nilai SKM` / `Nilai IKM
//! pelayanan Dinas …`), while each year holds one. Where each of two years holds exactly one
//! of a kind, the two are one indicator to confirm ([`super::matching`]); a year holding two
//! (the public's and the members' satisfaction, the agency's and the regency's SAKIP) links
//! none of them this way.
//!
//! A name is of a kind when it *is* the measure: its words start with the measure's word
//! (`kepuasan`, `IKM`, `SKM`; `SAKIP`, `AKIP`, `LAKIP`, `akuntabilitas`; `akreditasi`;
//! `opini`), after words that only say what is given of it (`Nilai`, `Indeks`, `Tingkat`,
//! `Predikat`, `Status`, `Hasil Evaluasi`, `Sistem`). A share or a count of something that has one is not
//! (`Persentase OPD dengan nilai SAKIP minimal B`, `Jumlah IKM yang dibina`, where IKM is
//! industri kecil menengah; `Jumlah Puskesmas terakreditasi`), nor a value of something else
//! (`Nilai Investasi IKM`, `Parameter uji terakreditasi (KAN)`).

use super::normalize::Word;

/// A measure an agency reports of itself once a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum OwnMeasure {
    /// how satisfied those it serves are (IKM, SKM)
    Satisfaction,
    /// the grade of its accountability (SAKIP)
    Accountability,
    /// its accreditation (`Status akreditasi RS`, `Predikat Akreditasi Lembaga`)
    Accreditation,
    /// the auditor's opinion on the accounts (`Opini BPK atas LKPD`)
    AuditOpinion,
}

impl OwnMeasure {
    /// The kind's name in the reason a match gives.
    pub(crate) fn said(self) -> &'static str {
        match self {
            OwnMeasure::Satisfaction => "IKM",
            OwnMeasure::Accountability => "SAKIP",
            OwnMeasure::Accreditation => "akreditasi",
            OwnMeasure::AuditOpinion => "opini BPK",
        }
    }

    /// A blocking word of its own, so that the names of one kind are scored together
    /// although they share no word (`Nilai SKM` / `Nilai IKM pelayanan …`).
    pub(crate) fn block(self) -> u64 {
        match self {
            OwnMeasure::Satisfaction => 0x6f77_6e5f_696b_6d00,
            OwnMeasure::Accountability => 0x6f77_6e5f_7361_6b00,
            OwnMeasure::Accreditation => 0x6f77_6e5f_616b_7200,
            OwnMeasure::AuditOpinion => 0x6f77_6e5f_6f70_6900,
        }
    }
}

/// Marks each entry of a year that is the only measure of its kind the agency gives of
/// itself that year ([`super::collect::Entry::sole`]).
pub(crate) fn mark_sole(year: &mut [Box<super::collect::Entry>]) {
    for kind in [
        OwnMeasure::Satisfaction,
        OwnMeasure::Accountability,
        OwnMeasure::Accreditation,
        OwnMeasure::AuditOpinion,
    ] {
        let mut of_kind = year.iter_mut().filter(|e| e.split.own == Some(kind));
        if let (Some(only), None) = (of_kind.next(), of_kind.next()) {
            only.sole = Some(kind);
        }
    }
}

/// Words that say what is given of a measure, before its own word.
const GIVEN: &[&str] = &[
    "nilai", "indeks", "index", "tingkat", "skor", "predikat", "hasil", "evaluasi", "lhe",
    "survei", "survey", "sistem", "status",
];

/// The measure's own words.
fn kind_of(norm: &str) -> Option<OwnMeasure> {
    match norm {
        "kepuasan" | "ikm" | "skm" => Some(OwnMeasure::Satisfaction),
        "sakip" | "akip" | "lakip" | "akuntabilitas" => Some(OwnMeasure::Accountability),
        "akreditasi" => Some(OwnMeasure::Accreditation),
        "opini" => Some(OwnMeasure::AuditOpinion),
        _ => None,
    }
}

/// The measure of itself a name is, if any: its first content words are words of what is
/// given and then the measure's own word.
pub(crate) fn own_measure(words: &[Word]) -> Option<OwnMeasure> {
    // numbering (`5.1`, `b.`) and stop words passed over
    let content = words.iter().filter(|w| !w.stop && !w.number && w.chars > 1);
    for w in content {
        if let Some(kind) = kind_of(&w.norm) {
            return Some(kind);
        }
        if !GIVEN.contains(&w.norm.as_str()) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::words;

    fn of(name: &str) -> Option<OwnMeasure> {
        own_measure(&words(name))
    }

    #[test]
    fn the_measures_an_agency_gives_of_itself() {
        for name in [
            "Indeks Kepuasan Masyarakat (IKM)",
            "Nilai IKM Pelayanan KPH",
            "IKM",
            "Nilai SKM",
            "Nilai Survei Kepuasan Masyarakat (SKM)",
            "Tingkat kepuasan perangkat daerah terhadap layanan koordinasi",
            "22. Indeks Kepuasan Masyarakat terhadap pelayanan IFK",
            "g. Nilai IKM UPTD BLK",
            "NILAI IKM PELAYANAN PEMAKAMAN",
        ] {
            assert_eq!(of(name), Some(OwnMeasure::Satisfaction), "{name}");
        }
        for name in [
            "Nilai SAKIP",
            "5.1 Nilai Evaluasi SAKIP",
            "Predikat SAKIP Dinas Perdagangan",
            "Nilai LHE AKIP DLH",
            "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
            "Nilai Hasil Evaluasi SAKIP",
            "Hasil evaluasi AKIP UPTD",
            "Nilai Akuntabilitas Kinerja (SAKIP) Satpol PP",
        ] {
            assert_eq!(of(name), Some(OwnMeasure::Accountability), "{name}");
        }
        for name in [
            "Akreditasi RS",
            "Status Akreditasi RSJD (KARS/LAM)",
            "Predikat akreditasi lembaga pelatihan",
            "NILAI AKREDITASI UPUBKB",
            "h. Akreditasi Unit Pelaksana Uji Berkala",
        ] {
            assert_eq!(of(name), Some(OwnMeasure::Accreditation), "{name}");
        }
        for name in [
            "Opini BPK atas LKPD",
            "1.4. Opini BPK atas LKPD",
            "Opini Badan Pemeriksa Keuangan (BPK) atas LKPD",
        ] {
            assert_eq!(of(name), Some(OwnMeasure::AuditOpinion), "{name}");
        }
    }

    /// The names of each group's entries, of `years` (each year's names) grouped.
    fn grouped(years: &[(i32, &[&str])]) -> (Vec<Vec<String>>, Vec<String>) {
        let mut names = crate::compare::collect::Names::default();
        let years = years
            .iter()
            .map(|(y, ns)| (*y, ns.iter().map(|n| names.entry(*y, n)).collect()))
            .collect();
        let (groups, links) = crate::compare::group(years, &Default::default());
        let groups = groups
            .iter()
            .map(|g| g.entries.iter().map(|e| e.name.clone()).collect())
            .collect();
        let reasons = links.iter().map(|l| l.verdict.reason.clone()).collect();
        (groups, reasons)
    }

    const COMPLAINTS: &str = "Persentase pengaduan masyarakat yang ditindaklanjuti";

    #[test]
    fn the_one_measure_of_a_kind_each_year_is_one_indicator_to_confirm() {
        let (groups, reasons) = grouped(&[
            (2023, &["Nilai SKM", COMPLAINTS]),
            (
                2024,
                &[
                    COMPLAINTS,
                    "Nilai IKM pelayanan Dinas Kependudukan dan Pencatatan Sipil",
                ],
            ),
        ]);
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(groups.contains(&vec![
            "Nilai SKM".to_string(),
            "Nilai IKM pelayanan Dinas Kependudukan dan Pencatatan Sipil".to_string()
        ]));
        assert!(reasons.iter().any(|r| r.contains("satu-satunya IKM")));
        // a share of agencies graded is no grade of the agency's own: the grade stays the
        // only one of its year
        let shares = "Persentase OPD dengan nilai SAKIP minimal B";
        let (groups, _) = grouped(&[
            (2020, &["Nilai SAKIP", shares]),
            (2021, &[shares, "Predikat Evaluasi AKIP Dinas"]),
        ]);
        assert_eq!(groups.len(), 2, "{groups:?}");
    }

    #[test]
    fn two_measures_of_a_kind_in_a_year_are_left_to_their_names() {
        // the members' satisfaction and the public's, each year: neither is the only one
        let members = "Indeks kepuasan anggota DPRD";
        let (groups, reasons) = grouped(&[
            (2022, &[members, "Nilai SKM"]),
            (2023, &["Nilai IKM pelayanan Sekretariat DPRD", members]),
        ]);
        assert_eq!(groups.len(), 3, "{groups:?}");
        assert!(!reasons.iter().any(|r| r.contains("satu-satunya")));
        // a year with two grades links neither to the other year's one by this reading
        let (_, reasons) = grouped(&[
            (
                2020,
                &[
                    "Nilai SAKIP Pemerintah Kabupaten",
                    "Predikat Evaluasi AKIP Dinas",
                ],
            ),
            (2021, &["Nilai SKM", "Nilai Evaluasi SAKIP"]),
        ]);
        assert!(
            !reasons.iter().any(|r| r.contains("satu-satunya")),
            "{reasons:?}"
        );
    }

    #[test]
    fn a_share_a_count_or_another_value_of_it_is_not_the_measure() {
        for name in [
            "Persentase OPD dengan nilai SAKIP minimal B",
            "Jumlah laporan hasil evaluasi SAKIP OPD",
            "Persentase rekomendasi hasil evaluasi AKIP yang ditindaklanjuti",
            "Jumlah IKM yang dibina",
            "Nilai Investasi IKM",
            "Persentase perangkat daerah yang melaksanakan SKM",
            "Mutu pelayanan (predikat IKM)",
            "Predikat Pelayanan Publik (IKM)",
            "Persentase pertumbuhan jumlah IKM",
            "Nilai tukar petani",
            "Persentase Puskesmas terakreditasi",
            "Jumlah sekolah terakreditasi A",
            "Parameter uji terakreditasi (KAN)",
            "Persentase fasilitas pelayanan kesehatan terakreditasi",
            "Jumlah Laporan Monitoring Opini dan Aspirasi Publik",
        ] {
            assert_eq!(of(name), None, "{name}");
        }
    }
}
