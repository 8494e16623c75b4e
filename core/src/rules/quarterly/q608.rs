//! ## Apa yang diperiksa
//!
//! Angka satu triwulan (atau satu bulan) sebuah indikator yang kira-kira **10, 100 atau 1.000
//! kali** angka periode lainnya, padahal periode lainnya saling mirip: realisasi 52 / **448** /
//! 47 / 50 kunjungan, atau target bulanan 1 / 1 / 1 / 1 / 1 / **10** / 1 kali. Angka itu dibagi
//! 10, 100 atau 1.000 jatuh tepat di antara angka periode lainnya, jadi hampir pasti ada nol
//! yang bertambah (448 untuk 44,8 atau 45) atau pemisah desimal yang hilang. Target dan
//! realisasi diperiksa masing-masing, sekali per indikator untuk tiap baris angka.
//!
//! Diperlukan sedikitnya empat periode berangka lebih dari nol, dan angka periode lainnya
//! paling jauh tiga kali satu sama lain. Angka yang hanya jauh lebih besar tanpa jatuh di
//! antara yang lain sesudah dibagi (12 laporan di TW IV di samping 1 / 1 / 1) tidak
//! dilaporkan: kegiatan yang memang menumpuk di satu periode ada. Angka kumulatif (25 / 50 / 75
//! / 100) tidak memicunya, karena periodenya sendiri berbeda lebih dari tiga kali.
//!
//! > **English.** A quarter's (or a month's) figure about 10, 100 or 1,000 times the other
//! > periods' of the same indicator, which are alike (within three times of each other): once
//! > divided by that power of ten it falls among them, so a zero was almost surely typed too
//! > many or a decimal mark lost. Targets and realisasi are checked apart, once per indicator
//! > each. Four periods above zero at least; a figure merely far larger, not falling among the
//! > others once divided, is not reported.
//!
//! ## Mengapa penting
//!
//! Realisasi tahunan adalah jumlah triwulannya (atau triwulan terakhir): satu triwulan yang
//! sepuluh kali lipat membuat capaian tahunan ratusan persen, dan rumus di kolom jumlah tidak
//! melihat apa pun yang salah. Tidak ada rumus yang menangkapnya; hanya perbandingan dengan
//! periode di sampingnya.
//!
//! ## Contoh
//!
//! `tests/data/blind84/uptd_griya_sehat_kota_tirta_kembang/Laporan_Kinerja_UPTD_Griya_Sehat_2020_2021.xlsx`,
//! sheet `Renaksi TW 2021`: realisasi TW II sebuah kunjungan diketik sepuluh kali lipat.
//!
//! ## Yang tidak memicunya
//!
//! - Periode yang naik perlahan atau kumulatif (25 / 50 / 75 / 100).
//! - Angka yang jauh lebih besar tetapi tidak jatuh di antara yang lain sesudah dibagi 10, 100
//!   atau 1.000 (1 / 1 / 1 / 12 laporan).
//! - Indikator dengan kurang dari empat periode berangka.
//! - Tabel contoh Banjar dan Bone.
//!
//! ## Memperbaiki dengan tangan
//!
//! Periksa angka periode itu di dokumen sumbernya: hapus nol yang berlebih atau letakkan
//! kembali pemisah desimalnya.
//!
//! ## Lihat juga
//!
//! [Q606](Q606.md) (realisasi tahunan beda dengan triwulannya) · [Y102](Y102.md) (target yang
//! melonjak antar-tahun)

use rust_decimal::Decimal;

use crate::model::{Figure, IndikatorTw, Reading, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "q608.finding",
        "{what} {period} \"{shown}\" sekitar {times}× {what} periode lain ({others}); dibagi {times} angka itu jatuh di antara mereka",
        "the {what} of {period} \"{shown}\" is about {times}× the other periods' ({others}); divided by {times} it falls among them";
    FINDING_HELP = "q608.finding.help",
        "Periksa {what} {period}: kemungkinan ada nol yang berlebih atau pemisah desimal yang hilang.",
        "Check the {what} of {period}: a zero too many or a lost decimal mark is likely.";
    TARGET = "q608.target", "target", "target";
    REALISASI = "q608.realisasi", "realisasi", "realisasi";
}

/// The periods' targets, then their realisasi: each row of figures once.
pub(super) fn check(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    let targets: Vec<(u8, &Figure)> = ind
        .quarters
        .iter()
        .filter_map(|q| Some((q.q, q.target.as_ref()?)))
        .collect();
    let realisasi: Vec<(u8, &Figure)> = ind
        .quarters
        .iter()
        .filter_map(|q| Some((q.q, q.realisasi.as_ref()?)))
        .collect();
    for (figures, realised) in [(targets, false), (realisasi, true)] {
        if let Some(f) = one_far(sm, ind, &figures, realised) {
            out.push(f);
        }
    }
}

/// The period among `figures` that is a power of ten times the others, where they are alike.
fn one_far(
    sm: &SheetModel,
    ind: &IndikatorTw,
    figures: &[(u8, &Figure)],
    realised: bool,
) -> Option<Finding> {
    // the periods' numbers above zero, in one unit
    let numbers: Vec<(u8, &Figure, Decimal)> = figures
        .iter()
        .filter_map(|&(q, f)| match &f.reading {
            Reading::Number { q: x, .. } if x.scaled() > Decimal::ZERO => Some((q, f, x)),
            _ => None,
        })
        .filter(|(_, _, x)| {
            figures.iter().all(|(_, g)| match &g.reading {
                Reading::Number { q: y, .. } => super::same_unit(x, y),
                _ => true,
            })
        })
        .map(|(q, f, x)| (q, f, x.scaled()))
        .collect();
    if numbers.len() < 4 {
        return None;
    }
    for (i, &(q, f, v)) in numbers.iter().enumerate() {
        let others: Vec<Decimal> = numbers
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, n)| n.2)
            .collect();
        let (Some(&low), Some(&high)) = (others.iter().min(), others.iter().max()) else {
            continue;
        };
        // the other periods alike, and this one far above them all
        if high > low * Decimal::from(3) || v < high * Decimal::from(5) {
            continue;
        }
        let tolerance = Decimal::new(11, 1);
        let Some(times) = [10i64, 100, 1000].into_iter().find(|&k| {
            let back = v / Decimal::from(k);
            back * tolerance >= low && back <= high * tolerance
        }) else {
            continue;
        };
        // the other periods' figures as written, or their least and greatest where many
        let shown: Vec<(Decimal, &str)> = numbers
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, n)| (n.2, n.1.shown.trim()))
            .collect();
        let others = if shown.len() <= 4 {
            shown.iter().map(|s| s.1).collect::<Vec<_>>().join(" / ")
        } else {
            let least = shown.iter().min_by_key(|s| s.0).map_or("", |s| s.1);
            let most = shown.iter().max_by_key(|s| s.0).map_or("", |s| s.1);
            format!("{least} … {most}")
        };
        let what = if realised {
            msg!(REALISASI)
        } else {
            msg!(TARGET)
        };
        let period = super::period_name(ind.period, q);
        return Some(
            Finding::new(
                RuleId::Q608,
                &sm.name,
                f.row,
                f.col,
                msg!(
                    FINDING,
                    what = what.clone(),
                    period = period.clone(),
                    shown = f.shown.trim(),
                    times,
                    others
                ),
                msg!(FINDING_HELP, what, period),
            )
            .found(f.shown.trim()),
        );
    }
    None
}
