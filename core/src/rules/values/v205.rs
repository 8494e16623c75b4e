//! ## Apa yang diperiksa
//!
//! Indikator bersatuan `%` yang target atau realisasinya diketik sebagai **pecahan** di sel
//! biasa (bukan sel berformat persen): target 75, realisasi **0,749**. Dikalikan 100 angka itu
//! dekat dengan angka pasangannya (74,9 terhadap 75, paling jauh dua kali), jadi hampir pasti
//! yang dimaksud 74,9 %. Diperiksa bila pecahan itu paling besar 1,5 dan pasangannya
//! sedikitnya 5.
//!
//! > **English.** An indicator whose unit is `%` with its target or realisasi typed as a
//! > fraction in a plain (not percent-formatted) cell: target 75, realisasi 0.749. Times 100 it
//! > lies near the other figure (within twice), so 74.9 % was almost surely meant. Checked
//! > where the fraction is at most 1.5 and the other figure at least 5.
//!
//! ## Mengapa penting
//!
//! Capaiannya menjadi sekitar 1 % padahal kinerjanya sekitar 100 %, dan rumus % capaian di
//! samping sel itu ikut menghitung dari pecahan tersebut tanpa tanda apa pun: tidak ada rumus
//! yang salah, hanya angkanya.
//!
//! ## Contoh
//!
//! `tests/data/blind86/uptd_air_panas_wisata_kab_gunung_halimun/PK_UPTD_Air_Panas_2021.ods`,
//! sheet `Pengukuran Kinerja`, `F19`: target 75 %, realisasi `0,749`.
//!
//! ## Yang tidak memicunya
//!
//! - Sel berformat persen (`74,9%` disimpan 0,749): rakit membacanya 74,9 %.
//! - Persen kecil yang memang kecil (target 1,5 %, realisasi 0,9 %): pasangannya di bawah 5.
//! - Pecahan yang dikalikan 100 jauh dari pasangannya (target 60 %, realisasi 0,2).
//! - Indikator yang satuannya bukan `%`.
//!
//! ## Memperbaiki dengan tangan
//!
//! Ketik angka persennya (74,9), atau beri sel itu format persen di Excel.
//!
//! ## Lihat juga
//!
//! [C104](C104.md) (% capaian yang ditulis sebagai pecahan) · [Q608](Q608.md)

use rust_decimal::Decimal;

use crate::model::{Figure, Indikator, Reading, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "v205.finding",
        "{what} \"{shown}\" pada indikator bersatuan % tampak diketik sebagai pecahan: {other} \"{other_shown}\", jadi yang dimaksud kemungkinan {meant} %",
        "the {what} \"{shown}\" of an indicator in % looks typed as a fraction: the {other} is \"{other_shown}\", so {meant} % was likely meant";
    FINDING_HELP = "v205.finding.help",
        "Ketik angka persennya ({meant}), atau beri sel itu format persen di Excel.",
        "Type the percentage ({meant}), or give the cell a percent format in Excel.";
    TARGET = "v205.target", "target", "target";
    REALISASI = "v205.realisasi", "realisasi", "realisasi";
}

/// The target or realisasi of an indicator in % typed as a fraction beside the other.
pub(super) fn check(sm: &SheetModel, ind: &Indikator, out: &mut Vec<Finding>) {
    let in_percent = ind
        .satuan
        .as_deref()
        .is_some_and(|u| matches!(u.trim().to_lowercase().as_str(), "%" | "persen"));
    if !in_percent {
        return;
    }
    let (Some(target), Some(realisasi)) = (ind.target.as_ref(), ind.realisasi.as_ref()) else {
        return;
    };
    for (small, other, realised) in [(realisasi, target, true), (target, realisasi, false)] {
        let (Some(s), Some(o)) = (plain_number(small), number(other)) else {
            continue;
        };
        let hundred = Decimal::from(100);
        let meant = s * hundred;
        let near = meant * Decimal::from(2) >= o && meant <= o * Decimal::from(2);
        if s > Decimal::ZERO && s <= Decimal::new(15, 1) && o >= Decimal::from(5) && near {
            let (what, other_what) = if realised {
                (msg!(REALISASI), msg!(TARGET))
            } else {
                (msg!(TARGET), msg!(REALISASI))
            };
            let meant = crate::num::fmt_id_auto(meant.normalize(), 0, 2);
            out.push(
                Finding::new(
                    RuleId::V205,
                    &sm.name,
                    small.row,
                    small.col,
                    msg!(
                        FINDING,
                        what,
                        shown = small.shown.trim(),
                        other = other_what,
                        other_shown = other.shown.trim(),
                        meant = &meant
                    ),
                    msg!(FINDING_HELP, meant = &meant),
                )
                .found(small.shown.trim()),
            );
            return;
        }
    }
}

/// The number a figure reads as, shown with no percent sign (a cell with no percent format,
/// nothing typed after the number).
fn plain_number(f: &Figure) -> Option<Decimal> {
    match &f.reading {
        Reading::Number { q, .. } if !f.shown.contains('%') => Some(q.scaled()),
        _ => None,
    }
}

/// The number a figure reads as.
fn number(f: &Figure) -> Option<Decimal> {
    match &f.reading {
        Reading::Number { q, .. } => Some(q.scaled()),
        _ => None,
    }
}
