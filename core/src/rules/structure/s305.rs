//! ## Apa yang diperiksa
//!
//! Buku kerja yang memuat **Perjanjian Kinerja** (tabel target tanpa realisasi) dan
//! **Pengukuran Kinerja** tahun yang sama (target, realisasi, capaian): indikator yang sama
//! (nama yang sama) harus memakai target yang sama di keduanya. Target yang berbeda
//! dilaporkan di sel target Pengukuran Kinerja, dengan target Perjanjian Kinerja dan selnya.
//!
//! *English.* A workbook with a Perjanjian Kinerja (a table of targets without realisasi)
//! and a Pengukuran Kinerja of the same year: the same indicator (the same name) must carry
//! the same target in both. A different target is reported at the Pengukuran Kinerja's target
//! cell, naming the Perjanjian Kinerja's target and its cell.
//!
//! ## Mengapa penting
//!
//! Perjanjian Kinerja adalah janji yang ditandatangani kepala perangkat daerah; capaian
//! diukur terhadap target yang dijanjikan itu. Target yang diubah di tabel pengukuran membuat
//! capaiannya tampak lebih baik (atau lebih buruk) daripada yang sebenarnya.
//!
//! ## Contoh
//!
//! `tests/data/blind10/pk-bpkad-tanjungwangi-2024.ods`: sheet "PK 2024" menjanjikan 95 %
//! untuk "Persentase penyerapan belanja daerah" (E10), sheet "Pengukuran Kinerja 2024"
//! mengukurnya terhadap 90 (E9): satu peringatan di E9.
//!
//! ## Yang tidak memicunya
//!
//! Target yang sama; indikator yang hanya ada di salah satu tabel; tabel dua tahun yang
//! berbeda; target kualitatif (`WTP`) atau batas (`≥ 90`) yang tidak dapat dibandingkan
//! sebagai angka.
//!
//! ## Cara memperbaiki
//!
//! Pakai target Perjanjian Kinerja di tabel pengukuran (atau, bila Perjanjian Kinerja
//! diubah secara resmi, perbarui sheet Perjanjian Kinerja-nya).

use crate::model::{Figure, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};
use crate::text;

crate::texts! {
    FINDING = "s305.finding",
        "target \"{found}\" berbeda dari target Perjanjian Kinerja \"{promised}\" ({at})",
        "target \"{found}\" differs from the Perjanjian Kinerja's target \"{promised}\" ({at})";
    FINDING_HELP = "s305.finding.help",
        "Ukur capaian terhadap target yang dijanjikan di Perjanjian Kinerja, atau perbarui Perjanjian Kinerja bila targetnya diubah secara resmi.",
        "Measure the capaian against the target promised in the Perjanjian Kinerja, or update the Perjanjian Kinerja if its target was changed officially.";
}

/// A Pengukuran Kinerja target (`found`) unlike the Perjanjian Kinerja's (`promised`, on
/// sheet `pk`).
pub(super) fn finding(sheet: &str, found: &Figure, pk: &str, promised: &Figure) -> Finding {
    let at = format!("{}!{}", pk, promised.cell_name());
    Finding::new(
        RuleId::S305,
        sheet,
        found.row,
        found.col,
        msg!(
            FINDING,
            found = &*found.shown,
            promised = &*promised.shown,
            at = &at
        ),
        msg!(FINDING_HELP),
    )
    .found(&*found.shown)
    .expected(&*promised.shown)
}

/// A Perjanjian Kinerja's promised targets: (normalized name, target) of every indicator,
/// when the sheet's tables hold targets and no realisasi (an annual table, or a schedule of
/// quarter targets).
fn promised(sm: &SheetModel) -> Option<Vec<(String, &Figure)>> {
    let annual = !sm.indikator.is_empty()
        && sm.indikator.iter().all(|i| i.realisasi.is_none())
        && sm.indikator.iter().any(|i| i.target.is_some());
    if annual {
        return Some(
            sm.indikator
                .iter()
                .filter_map(|i| Some((text::norm(&i.nama), i.target.as_ref()?)))
                .collect(),
        );
    }
    let schedule = !sm.triwulan.is_empty()
        && sm.indikator.is_empty()
        && sm.triwulan.iter().all(|i| {
            i.realisasi_tahunan.is_none() && i.quarters.iter().all(|q| q.realisasi.is_none())
        });
    schedule.then(|| {
        sm.triwulan
            .iter()
            .filter_map(|i| Some((text::norm(&i.nama), i.annual.as_ref()?)))
            .collect()
    })
}

/// Every measured indicator whose target differs from the same year's Perjanjian Kinerja.
pub(super) fn check(sheets: &[SheetModel], out: &mut Vec<Finding>) {
    for pk in sheets {
        let Some(promised) = promised(pk) else {
            continue;
        };
        let year = pk.meta.year();
        for sm in sheets
            .iter()
            .filter(|s| s.name != pk.name && s.meta.year() == year)
        {
            for ind in sm.indikator.iter().filter(|i| i.realisasi.is_some()) {
                let name = text::norm(&ind.nama);
                let Some((_, pt)) = promised.iter().find(|(n, _)| *n == name) else {
                    continue;
                };
                let Some(t) = &ind.target else {
                    continue;
                };
                let (Some(a), Some(b)) = (t.reading.quantity(), pt.reading.quantity()) else {
                    continue;
                };
                if a.scaled() != b.scaled() && a.percent == b.percent {
                    out.push(finding(&sm.name, t, &pk.name, pt));
                }
            }
        }
    }
}
