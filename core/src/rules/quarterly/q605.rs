//! ## Apa yang diperiksa
//!
//! Laporan bulanan (Rencana Aksi bulanan, "Realisasi Bulanan", "Laporan Bulanan") menulis
//! realisasi setiap bulan, Januari sampai Desember, dan di sampingnya realisasi setahun
//! (kolom `Realisasi`, `Jumlah`, `Total` atau `Realisasi s/d Desember`). Realisasi setahun
//! itu harus sesuai dengan bulan-bulannya:
//!
//! - **jumlah bulan-bulannya** untuk hitungan dan uang (orang, dokumen, Rp): 10 + 12 + 9 = 31;
//! - **bulan terakhir yang terisi** untuk yang kumulatif atau persentase (`%`, indeks,
//!   persentase): Januari 20 %, Februari 45 %, Maret 70 % berarti setahun (sejauh ini) 70 %.
//!
//! Pola mana yang berlaku ditentukan seperti target triwulan ditentukan
//! ([Q602](Q602.md)): bila target bulanan ditulis dan target bulan terakhir sama dengan target
//! tahunan, targetnya kumulatif, jadi realisasi setahun = bulan terakhir; bila target
//! bulanan berjumlah target tahunan, realisasi setahun = jumlahnya. Tanpa target bulanan,
//! persentase memakai bulan terakhir, dan hitungan memakai jumlahnya (atau bulan terakhir bila
//! realisasinya tidak pernah turun, yaitu ditulis kumulatif). Bulan yang kosong tidak ikut
//! (laporan tengah tahun), `-` dihitung nol. Angka dibandingkan pada ketelitian yang tertulis
//! di sel realisasi setahun.
//!
//! Persentase dan angka rata-rata yang naik turun dari bulan ke bulan (BOR, LOS rumah sakit)
//! dihitung setahun dari jumlah setahun atau dari rata-ratanya, bukan dari bulan terakhir:
//! realisasi setahun yang berada di antara angka bulan terendah dan tertinggi tidak
//! dilaporkan.
//!
//! Q605 muncul di sel realisasi setahun. Bila sel itu rumus (`=SUM(D7:O7)`) dan satu bulan
//! diketik sebagai teks (`12 orang`), pesannya menyebut sel itu: Excel melewati teks dalam
//! `SUM`, jadi jumlahnya kurang.
//!
//! > **English.** A monthly report writes each month's realisasi and the year's realisasi
//! > beside them (`Realisasi`, `Jumlah`, `Total`). The year's realisasi must be the sum of the
//! > months for counts and money, or the last month filled in for cumulative figures and
//! > percentages; which one applies is decided as for quarter targets (Q602): cumulative
//! > month targets (the last equals the annual target) mean the last month, month targets
//! > adding up to the annual target mean the sum; without month targets, percentages take the
//! > last month and counts the sum (or the last month when the months never decrease). Blank
//! > months are left out, `-` counts as zero, and the comparison is at the precision the
//! > year's cell is written to. A rate that rises and falls from month to month (a
//! > hospital's BOR or LOS) is worked out for the year from the year's totals or their
//! > average: a year's figure among the months' lowest and highest is not reported. Q605 is
//! > raised at the year's cell; when that cell is a formula and a month is typed as text
//! > (`12 orang`), the message names it: Excel's `SUM` skips text.
//!
//! ## Mengapa penting
//!
//! Realisasi setahun adalah angka yang dibaca pimpinan dan dipakai untuk capaian tahunan.
//! Bila tidak sesuai dengan bulan-bulannya, salah satunya keliru: bulan yang terlewat dari
//! rentang `SUM`, angka yang diketik sebagai teks sehingga tidak dijumlahkan, atau realisasi
//! setahun yang diketik ulang dan tidak diperbarui.
//!
//! ## Contoh
//!
//! `sample-workbooks/rencana-aksi-bulanan-2024.xlsx` (lihat `BULANAN.md` di folder itu):
//!
//! ```console
//! $ rakit check sample-workbooks/rencana-aksi-bulanan-2024.xlsx
//! ```
//!
//! ```text
//! GALAT Q605 realisasi-tahunan-beda-bulanan · 2 temuan
//!   x AQ9 — Kegiatan "Pengelolaan Konten dan Perencanaan Media Komunika…" ›
//!   | indikator "Jumlah konten informasi yang diterbitkan"
//!   | realisasi tahunan "130" tidak sama dengan jumlah realisasi bulanannya,
//!   | 140; N9 "10 konten" diketik sebagai teks dan tidak dijumlahkan SUM
//!
//!   x AQ12 — Kegiatan "Pengelolaan Nama Domain dan Sub Domain" › indikator
//!   | "Jumlah sub domain yang dikelola"
//!   | realisasi tahunan "95" tidak sama dengan jumlah realisasi bulanannya, 98
//! ```
//!
//! AQ9 adalah `=SUM(H9,K9,…,AO9)`: Maret (N9) diketik `10 konten`, teks, jadi `SUM` Excel
//! menghasilkan 130, bukan 140. AQ12 diketik 95, padahal kedua belas bulannya berjumlah 98.
//! Baris program (`Persentase …`, target bulanan kumulatif) memakai Desember dan tidak
//! memicu Q605.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Realisasi setahun yang sama dengan jumlah bulan-bulannya, atau dengan bulan terakhir
//!   untuk persentase dan target kumulatif.
//! - Laporan tengah tahun: bulan yang belum diisi tidak ikut.
//! - Tabel tanpa kolom realisasi setahun, atau bulan yang tidak terbaca sebagai angka
//!   ([V201](V201.md) melaporkannya).
//! - Satuan yang berbeda antara bulan dan setahun ([C110](C110.md) bila ada %).
//!
//! ## Memperbaiki dengan tangan
//!
//! Tulis angka bulanan sebagai angka (satuannya di kolom Satuan), periksa rentang rumus
//! `SUM`, dan hitung ulang realisasi setahun. Untuk persentase atau angka kumulatif, isi
//! realisasi setahun dengan bulan terakhir yang dilaporkan.
//!
//! ## Lihat juga
//!
//! [Q602](Q602.md) · [C101](C101.md) · [Panduan: laporan bulanan](../panduan.md#laporan-bulanan)

use rust_decimal::Decimal;

use super::{per_quarter_sum, same_unit};
use crate::model::{Figure, IndikatorTw, Reading, SheetModel};
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::capaian::units_differ;
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    FINDING = "q605.finding",
        "realisasi tahunan \"{total}\" tidak sama dengan {what}, {expected}",
        "the year's realisasi \"{total}\" differs from {what}, {expected}";
    WHAT_SUM = "q605.what_sum",
        "jumlah realisasi bulanannya",
        "the sum of its months";
    WHAT_LAST = "q605.what_last",
        "realisasi bulan terakhir ({month})",
        "the last month's realisasi ({month})";

    NOTE_TYPED = "q605.note_typed",
        "{cells} diketik sebagai teks dan tidak dijumlahkan SUM",
        "{cells} typed as text, which SUM skips";
    FINDING_HELP = "q605.finding.help",
        "Tulis angka bulanan sebagai angka, periksa rentang SUM, lalu hitung ulang realisasi tahunan.",
        "Write the monthly figures as numbers, check the SUM range, and recalculate the year's realisasi.";
}

/// How the year's realisasi follows from its months.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Sum,
    Last,
}

/// The year's realisasi of a monthly indicator against its months.
pub(super) fn check(sm: &SheetModel, ind: &IndikatorTw, out: &mut Vec<Finding>) {
    year_against_periods(sm, ind, RuleId::Q605, out);
}

/// The year's realisasi of an indicator against its periods (months for Q605, quarters for
/// [`super::q606`]).
pub(super) fn year_against_periods(
    sm: &SheetModel,
    ind: &IndikatorTw,
    rule: RuleId,
    out: &mut Vec<Finding>,
) {
    let Some(total) = ind.realisasi_tahunan.as_deref() else {
        return;
    };
    let Some(tq) = total.reading.quantity() else {
        return;
    };
    // the year's realisasi read from a period's own cell (`s.d. TW IV`, each quarter's
    // figure to date): nothing to hold it against
    if ind
        .quarters
        .iter()
        .filter_map(|p| p.realisasi.as_ref())
        .any(|r| (r.row, r.col) == (total.row, total.col))
    {
        return;
    }
    // the months filled in: (month, figure, value)
    let mut months: Vec<(u8, &Figure, Decimal)> = Vec::new();
    for p in &ind.quarters {
        let Some(r) = &p.realisasi else {
            continue;
        };
        match &r.reading {
            Reading::Number { q, .. } => {
                if units_differ(tq, q) {
                    return;
                }
                months.push((p.q, r, q.scaled()));
            }
            Reading::Dash => months.push((p.q, r, Decimal::ZERO)),
            Reading::Blank => {}
            // text, an error or an unreadable figure: nothing to add up (other rules report it)
            _ => return,
        }
    }
    let Some(&(last_m, _, last)) = months.last() else {
        return;
    };
    let sum: Decimal = months.iter().map(|m| m.2).sum();
    let styles = styles(ind, tq, &months);
    let fits = |style: Style| match style {
        Style::Sum => agrees(tq, sum),
        Style::Last => agrees(tq, last),
    };
    if styles.iter().any(|s| fits(*s)) {
        return;
    }
    // a rate of each month that rises and falls (a hospital's BOR, LOS): the year's, worked
    // out of the year's own totals (or their average), lies among the months' and is no
    // slip (a quarter's plan states its year as the last quarter's, and is held to it)
    let values = || months.iter().map(|m| m.2);
    let (low, high) = (values().min(), values().max());
    let up_and_down = months.windows(2).any(|w| w[1].2 < w[0].2);
    if ind.period == crate::model::PeriodKind::Month
        && styles == [Style::Last]
        && up_and_down
        && low
            .zip(high)
            .is_some_and(|(l, h)| l <= tq.scaled() && tq.scaled() <= h)
    {
        return;
    }
    // Excel's SUM skips a month typed as text
    let typed: Vec<&Figure> = months.iter().filter(|m| m.1.typed).map(|m| m.1).collect();
    let skipped = total.formula.as_deref().is_some_and(|f| {
        f.to_ascii_uppercase().contains("SUM(")
            && !typed.is_empty()
            && agrees(
                tq,
                months
                    .iter()
                    .filter(|m| !m.1.typed)
                    .map(|m| m.2)
                    .sum::<Decimal>(),
            )
    });
    let (style, expected) = match styles.first() {
        Some(Style::Last) => (Style::Last, last),
        _ => (Style::Sum, sum),
    };
    // written in the unit of the year's cell ("1.187,35" Rp miliar, not in rupiah)
    let factor = tq.scale.factor();
    let expected = if factor.is_zero() {
        expected
    } else {
        expected / factor
    };
    let dp = tq.decimals.max(expected.normalize().scale().min(2));
    let expected_s = fmt_id_auto(expected, 0, dp);
    use crate::model::PeriodKind;
    let what = match (style, ind.period) {
        (Style::Sum, PeriodKind::Month) => msg!(WHAT_SUM),
        (Style::Last, PeriodKind::Month) => {
            msg!(WHAT_LAST, month = crate::rules::capaian::month_name(last_m))
        }
        (Style::Sum, PeriodKind::Quarter) => msg!(super::q606::WHAT_SUM),
        (Style::Last, PeriodKind::Quarter) => {
            msg!(super::q606::WHAT_LAST, q = last_m.to_string())
        }
        (Style::Sum, PeriodKind::Half) => msg!(super::q606::WHAT_SUM_HALVES),
        (Style::Last, PeriodKind::Half) => msg!(
            super::q606::WHAT_LAST_HALF,
            period = super::period_name(PeriodKind::Half, last_m)
        ),
    };
    let mut message = msg!(FINDING, total = &total.shown, what, expected = &expected_s);
    if skipped {
        let cells: Vec<String> = typed
            .iter()
            .map(|f| format!("{} \"{}\"", f.cell_name(), f.shown))
            .collect();
        message = message.note(msg!(NOTE_TYPED, cells = cells.join(", ")));
    }
    out.push(
        Finding::new(
            rule,
            &sm.name,
            total.row,
            total.col,
            message,
            msg!(FINDING_HELP),
        )
        .found(&total.shown)
        .expected(expected_s),
    );
}

/// Which ways of adding up the months explain the year, most likely first.
fn styles(ind: &IndikatorTw, tq: &Quantity, months: &[(u8, &Figure, Decimal)]) -> Vec<Style> {
    if let Some(annual) = &ind.annual {
        let last_target = ind
            .quarters
            .iter()
            .rev()
            .find_map(|p| p.target.as_ref().filter(|t| !t.reading.is_blank()));
        let cumulative = match (annual.reading.quantity(), last_target) {
            (Some(a), Some(t)) => t
                .reading
                .quantity()
                .is_some_and(|t| same_unit(a, t) && a.scaled() == t.scaled()),
            _ => false,
        };
        let per_month = last_target.is_some() && per_quarter_sum(ind, annual);
        match (cumulative, per_month) {
            (true, false) => return vec![Style::Last],
            (false, true) => return vec![Style::Sum],
            _ => {}
        }
    }
    // a level, not a flow: an index, a score, a ratio is read where it stands at the end
    let level_unit = ind.satuan.as_deref().is_some_and(|u| {
        let u = crate::text::label(u);
        [
            "indeks", "index", "skor", "rasio", "poin", "nilai", "predikat", "tingkat",
        ]
        .iter()
        .any(|w| u == *w || u.starts_with(&format!("{w} ")))
    });
    // a unit that does not add up over the months (`hari` of a stay, `‰`, `%`), in the Satuan
    // column or in brackets after the name (`LOS (hari)` of a table turned over)
    let unit = ind
        .satuan
        .as_deref()
        .map(str::to_string)
        .or_else(|| crate::text::bracket_at_end(&ind.nama).map(|(_, u)| u.trim().to_string()));
    let no_sum = unit.as_deref().is_some_and(|u| {
        let u = u.trim();
        u == "%" || u == "‰" || u.eq_ignore_ascii_case("hari") || u.eq_ignore_ascii_case("menit")
    });
    let percent = level_unit
        || no_sum
        || tq.percent
        || ind
            .annual
            .as_ref()
            .and_then(|a| a.reading.quantity())
            .is_some_and(|a| a.percent)
        || months
            .iter()
            .any(|m| m.1.reading.quantity().is_some_and(|q| q.percent) || m.1.format.percent);
    if percent {
        return vec![Style::Last];
    }
    let never_decreases = months.windows(2).all(|w| w[0].2 <= w[1].2);
    if never_decreases {
        vec![Style::Sum, Style::Last]
    } else {
        vec![Style::Sum]
    }
}

/// Whether the stated year agrees with `exact` at the precision it is written to.
fn agrees(stated: &Quantity, exact: Decimal) -> bool {
    let half = Decimal::new(5, stated.decimals.min(27) + 1) * stated.scale.factor();
    let diff = (stated.scaled() - exact).abs();
    diff <= half || diff <= exact.abs().max(Decimal::ONE) * Decimal::new(1, 9)
}
