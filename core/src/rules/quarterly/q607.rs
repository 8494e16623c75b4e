//! ## Apa yang diperiksa
//!
//! Rencana Aksi triwulanan yang targetnya **kumulatif** (target triwulan tidak pernah turun
//! dan target TW IV sama dengan target tahunan: 5 / 11 / 18,5 / 24,3 Km untuk 24,3 Km):
//! realisasinya pun sampai dengan triwulan itu, jadi realisasi sebuah hitungan (panjang,
//! jumlah, dokumen) tidak turun dari satu triwulan ke triwulan berikutnya. Realisasi yang
//! turun (5,2 / 11,4 / **7,9** / 24,6) dilaporkan di selnya, sekali per indikator.
//!
//! Indikator yang mengukur tingkat (satuan %, indeks, nilai; nama Persentase, Rasio, Indeks,
//! Rata-rata, Tingkat, Cakupan, Angka …) tidak diperiksa: tingkat boleh turun. Target yang
//! juga berjumlah target tahunan (0 / 0 / 0 / 5 untuk 5) tidak jelas kumulatif, jadi tidak
//! diperiksa.
//!
//! > **English.** Where a quarterly indicator's targets are cumulative (never decreasing,
//! > TW IV equal to the annual target), its realisasi is to date as well: for a count, a
//! > realisasi below the previous quarter's is reported at its cell, once per indicator.
//! > Levels (percentages, indices, rates) may fall and are not checked.
//!
//! ## Mengapa penting
//!
//! Angka s.d. triwulan yang turun biasanya salah ketik (digit yang hilang: 7,9 untuk 17,9)
//! atau realisasi triwulan itu saja yang ditulis di kolom kumulatif. Capaian triwulan itu
//! ikut salah, dan pembaca laporan mengira pekerjaannya mundur.
//!
//! ## Contoh
//!
//! `tests/data/blind19/klaten_dpupr_2023_ra_tw.xlsx`, baris 13: target s.d. TW 5 / 11 / 18,5 /
//! 24,3 Km, realisasi s.d. TW 5,2 / 11,4 / 7,9 / 24,6 Km: temuan di `N13`.
//!
//! ## Yang tidak memicunya
//!
//! - Target per triwulan (berjumlah target tahunan): realisasinya per triwulan pula.
//! - Indikator tingkat (persentase, indeks, nilai), yang boleh turun.
//! - Realisasi yang tetap (142 / 142 / 142 / 142 pegawai).
//!
//! ## Memperbaiki dengan tangan
//!
//! Periksa angka triwulan itu: tulis realisasi sampai dengan triwulan itu (jumlah dari awal
//! tahun), bukan realisasi triwulan itu saja.
//!
//! ## Lihat juga
//!
//! [Q603](Q603.md) (target triwulan yang turun) · [Q606](Q606.md)

use crate::model::{Figure, IndikatorTw, Reading, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    FINDING = "q607.finding",
        "realisasi {period} \"{shown}\" lebih kecil daripada {before} \"{prev}\", padahal targetnya kumulatif ({targets}): realisasi sampai dengan triwulan tidak turun",
        "the {period} realisasi \"{shown}\" is below {before}'s \"{prev}\" while its targets are cumulative ({targets}): a realisasi to date does not fall";
    FINDING_HELP = "q607.finding.help",
        "Periksa realisasi {period}: tulis jumlahnya sejak awal tahun, bukan realisasi triwulan itu saja.",
        "Check the {period} realisasi: write the total since the start of the year, not that quarter's alone.";
}

/// A count whose cumulative targets say its realisasi is to date, and whose realisasi falls.
pub(super) fn check(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    if crate::model::measures_a_level(&ind.nama, ind.satuan.as_deref()) {
        return;
    }
    let Some(annual_fig) = ind.annual.as_ref() else {
        return;
    };
    let Some(annual) = annual_fig.reading.quantity() else {
        return;
    };
    let targets: Vec<(&Figure, &Quantity)> = ind
        .quarters
        .iter()
        .filter_map(|q| Some((q.target.as_ref()?, number(q.target.as_ref())?)))
        .collect();
    let cumulative = targets.len() >= 2
        && targets.iter().all(|(_, t)| super::same_unit(t, annual))
        && targets
            .windows(2)
            .all(|w| w[0].1.scaled() <= w[1].1.scaled())
        && targets
            .windows(2)
            .any(|w| w[0].1.scaled() < w[1].1.scaled())
        && targets
            .last()
            .is_some_and(|(_, t)| t.scaled() == annual.scaled())
        && !super::per_quarter_sum(ind, annual_fig);
    if !cumulative {
        return;
    }
    let realisasi: Vec<(u8, &Figure, &Quantity)> = ind
        .quarters
        .iter()
        .filter_map(|q| {
            let f = q.realisasi.as_ref()?;
            Some((q.q, f, number(Some(f))?))
        })
        .filter(|(_, _, r)| super::same_unit(r, annual))
        .collect();
    for w in realisasi.windows(2) {
        let ((qa, fa, a), (qb, fb, b)) = (w[0], w[1]);
        if b.scaled() < a.scaled() {
            let targets = targets
                .iter()
                .map(|(f, _)| f.shown.to_string())
                .collect::<Vec<_>>()
                .join(" / ");
            out.push(
                Finding::new(
                    RuleId::Q607,
                    &sm.name,
                    fb.row,
                    fb.col,
                    msg!(
                        FINDING,
                        period = super::period_name(ind.period, qb),
                        shown = &fb.shown,
                        before = super::period_name(ind.period, qa),
                        prev = &fa.shown,
                        targets
                    ),
                    msg!(FINDING_HELP, period = super::period_name(ind.period, qb)),
                )
                .found(&fb.shown),
            );
            return;
        }
    }
}

/// The number a figure reads as, if it reads as one.
fn number(f: Option<&Figure>) -> Option<&Quantity> {
    match &f?.reading {
        Reading::Number { q, .. } => Some(q),
        _ => None,
    }
}
