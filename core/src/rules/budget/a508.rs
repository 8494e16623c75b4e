//! ## Apa yang diperiksa
//!
//! Tabel anggaran yang menulis realisasi per triwulan, semester atau bulan di samping
//! realisasi setahun: realisasi setahun itu harus sesuai dengan periode-periodenya, seperti
//! realisasi kinerja dengan triwulannya ([Q606](Q606.md)):
//!
//! - **jumlah periodenya** bila realisasinya per periode: 52.300.000 + 58.750.000 + …;
//! - **periode terakhir yang terisi** bila realisasinya sampai dengan periode itu (judul
//!   kolom `Kumulatif`, `s.d. TW II`), dan angka sampai dengan periode tidak turun.
//!
//! Tanpa judul yang menyebutnya, pola tabel ditentukan dari baris-barisnya (pola yang dipakai
//! sebagian besar baris); baris yang cocok dengan salah satu pola tidak dilaporkan bila
//! tabelnya tidak punya pola yang jelas. Periode yang kosong tidak ikut; `-` dihitung nol.
//!
//! > **English.** A budget table writing the realisasi of each quarter, semester or month
//! > beside the year's: the year's must be the periods' sum, or the last period filled in
//! > where they run to date (`Kumulatif`, `s.d. TW II`), and a realisasi to date never falls.
//! > Without a header saying which, most lines decide.
//!
//! ## Mengapa penting
//!
//! Realisasi setahun itulah yang dibagi anggaran menjadi serapan dan dijumlahkan ke program.
//! Bila tidak sesuai dengan periodenya, salah satunya keliru: periode yang terlewat, angka
//! yang tertukar, atau jumlah yang diketik dan tidak diperbarui.
//!
//! ## Contoh
//!
//! `tests/data/blind19/banyuwangi_dlh_2022_renaksi_semester.ods`, baris 27: realisasi
//! semester I dan II sebuah kegiatan tidak berjumlah realisasi setahunnya.
//!
//! ## Yang tidak memicunya
//!
//! - Realisasi setahun yang sama dengan jumlah periodenya, atau dengan periode terakhir untuk
//!   realisasi kumulatif.
//! - Tabel tanpa realisasi per periode.
//!
//! ## Memperbaiki dengan tangan
//!
//! Hitung ulang realisasi setahun dari periodenya (`=SUM(…)`), atau ambil periode terakhir
//! bila kolomnya kumulatif; periksa periode yang turun.
//!
//! ## Lihat juga
//!
//! [Q606](Q606.md) · [A503](A503.md)

use rust_decimal::Decimal;

use crate::layout::budget::{Amount, BudgetItem, BudgetTable};
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};

crate::texts! {
    SUM = "a508.sum",
        "realisasi {realisasi} tidak sama dengan jumlah realisasi periodenya, {expected}",
        "realisasi {realisasi} differs from the sum of its periods' realisasi, {expected}";
    LAST = "a508.last",
        "realisasi {realisasi} tidak sama dengan realisasi periode terakhirnya (kumulatif), {expected}",
        "realisasi {realisasi} differs from its last period's realisasi (to date), {expected}";
    NEITHER = "a508.neither",
        "realisasi {realisasi} tidak sama dengan jumlah realisasi periodenya ({expected}) maupun periode terakhirnya ({last})",
        "realisasi {realisasi} is neither the sum of its periods' realisasi ({expected}) nor its last period's ({last})";
    FALLS = "a508.falls",
        "realisasi sampai dengan periode ini, {shown}, lebih kecil daripada periode sebelumnya, {prev}: angka kumulatif tidak turun",
        "the realisasi to date of this period, {shown}, is below the period before, {prev}: a figure to date does not fall";
    HELP = "a508.help",
        "Hitung ulang realisasi setahun dari periodenya, dan periksa angka periode yang tertukar atau terlewat.",
        "Recompute the year's realisasi from its periods, and check for a period swapped or left out.";
}

/// How a table's period realisasi relate to the year's.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Style {
    Sum,
    ToDate,
    Unknown,
}

/// A line with its period figures written and its year's realisasi.
type Line<'a> = (&'a BudgetItem, Vec<(&'a Amount, Decimal)>, Option<Decimal>);

pub(super) fn check(sheet: &str, table: &BudgetTable, out: &mut Vec<Finding>) {
    if table.period_cols.len() < 2 && !table.realisasi_is_last_period {
        return;
    }
    let lines: Vec<Line<'_>> = table
        .items
        .iter()
        .filter(|i| !i.realisasi.is_empty())
        .map(|i| {
            (
                i,
                i.written_periods().collect::<Vec<_>>(),
                i.realisasi.value,
            )
        })
        .filter(|(_, p, r)| !p.is_empty() && r.is_some())
        .collect();
    let sum = |p: &[(&Amount, Decimal)]| p.iter().map(|x| x.1).sum::<Decimal>();
    let last = |p: &[(&Amount, Decimal)]| p.last().map(|x| x.1);
    let style = if table.realisasi_is_last_period || table.periods_to_date {
        Style::ToDate
    } else {
        // most lines decide; a line where both agree (one period filled) says nothing
        let (mut by_sum, mut by_last) = (0, 0);
        for (_, p, r) in &lines {
            let r = r.unwrap_or_default();
            let (s, l) = (
                super::same(sum(p), r),
                last(p).is_some_and(|l| super::same(l, r)),
            );
            match (s, l) {
                (true, false) => by_sum += 1,
                (false, true) => by_last += 1,
                _ => {}
            }
        }
        if by_sum >= 2 && by_sum > by_last * 3 {
            Style::Sum
        } else if by_last >= 2 && by_last > by_sum * 3 {
            Style::ToDate
        } else {
            Style::Unknown
        }
    };
    for (item, p, r) in &lines {
        let r = r.unwrap_or_default();
        let realisasi = fmt_id_auto(r, 0, 2);
        if style == Style::ToDate {
            // the series to date, the year's last where it is the last period's column
            let mut series: Vec<(&Amount, Decimal)> = p.clone();
            if table.realisasi_is_last_period {
                series.push((&item.realisasi, r));
            }
            if let Some(w) = series.windows(2).find(|w| w[1].1 < w[0].1) {
                out.push(
                    Finding::new(
                        RuleId::A508,
                        sheet,
                        item.row,
                        w[1].0.col,
                        msg!(
                            FALLS,
                            shown = fmt_id_auto(w[1].1, 0, 2),
                            prev = fmt_id_auto(w[0].1, 0, 2)
                        ),
                        msg!(HELP),
                    )
                    .found(w[1].0.shown.clone()),
                );
                continue;
            }
            if table.realisasi_is_last_period {
                continue;
            }
        }
        let (s, l) = (sum(p), last(p).unwrap_or_default());
        let message = match style {
            Style::Sum if !super::same(s, r) => {
                msg!(SUM, realisasi, expected = fmt_id_auto(s, 0, 2))
            }
            Style::ToDate if !super::same(l, r) => {
                msg!(LAST, realisasi, expected = fmt_id_auto(l, 0, 2))
            }
            Style::Unknown if !super::same(s, r) && !super::same(l, r) => msg!(
                NEITHER,
                realisasi,
                expected = fmt_id_auto(s, 0, 2),
                last = fmt_id_auto(l, 0, 2)
            ),
            _ => continue,
        };
        out.push(
            Finding::new(
                RuleId::A508,
                sheet,
                item.row,
                item.realisasi.col,
                message,
                msg!(HELP),
            )
            .found(item.realisasi.shown.clone()),
        );
    }
}
