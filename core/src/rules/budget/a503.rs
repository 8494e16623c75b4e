//! ## Apa yang diperiksa
//!
//! Tabel realisasi anggaran (Program / Kegiatan / Sub Kegiatan dengan kolom Anggaran atau
//! Pagu, Realisasi, dan sering Serapan (%) serta Sisa Anggaran), di bawah tabel indikator atau
//! di sheet tersendiri. Anggaran, realisasi dan sisa sebuah program harus sama dengan jumlah
//! kegiatannya (dan kegiatan dengan jumlah sub kegiatannya), dan baris JUMLAH / TOTAL harus
//! sama dengan jumlah program di atasnya.
//!
//! rakit mengenali tingkat baris dari tanda pertama yang membedakannya: kode (`1.02.01`,
//! `1.1`), kata Program / Kegiatan / Sub Kegiatan di awal nama, indentasi atau tanda `- `,
//! kolom No yang hanya diisi pada program, atau nama program yang diawali "Program". Bila
//! tingkatnya hanya terbaca dari indentasi atau penomoran, A503 di baris program baru
//! dilaporkan bila program lain di tabel yang sama cocok dengan jumlah kegiatannya (bukti
//! bahwa tingkatnya terbaca benar). Baris JUMLAH dianggap benar bila sama dengan jumlah
//! program, atau dengan jumlah baris paling bawah (kegiatan), atau, bila tingkatnya tidak
//! terbaca, bila semua baris bersama-sama tepat dua atau tiga kali jumlah itu.
//!
//! Baris `Sub Total` per urusan diperiksa terhadap program di atasnya, dan `TOTAL` di bawah
//! beberapa sub total terhadap jumlah sub total itu. Bila setiap triwulan punya kolom
//! realisasinya sendiri (`Realisasi Keuangan s.d. TW I` .. `TW IV`), setiap kolom itu juga
//! dijumlahkan.
//!
//! Akibat sebuah salah ketik tidak dilaporkan dua kali: JUMLAH yang menjumlahkan kegiatan
//! benar walaupun satu program salah ketik.
//!
//! > **English.** In a budget table (programs, kegiatan, sub kegiatan with anggaran,
//! > realisasi, often serapan and sisa), a program's amounts must equal the sum of its
//! > kegiatan (a kegiatan's, of its sub kegiatan), and the JUMLAH / TOTAL line the sum of the
//! > programs above it. Levels are read from codes, the words Program / Kegiatan / Sub
//! > Kegiatan, indentation or bullets, a No column filled on programs only, or names starting
//! > with "Program". Where only indentation or numbering tells the levels, a program is
//! > reported only when another program of the table adds up (evidence the levels were read
//! > right). A total is right when it equals the programs' sum or the lowest lines' sum; a
//! > TOTAL under Sub Totals equals their sum; each quarter's realisasi column is summed too.
//!
//! ## Mengapa penting
//!
//! Angka program dan JUMLAH dipakai di LKjIP untuk serapan dan efisiensi, dan harus sama
//! dengan DPA. Selisih berarti salah ketik, kegiatan yang terlewat, atau rumus SUM yang
//! rentangnya tidak mencakup semua baris.
//!
//! ## Contoh
//!
//! Di `tests/data/blind7/sleman-dinkes-pk-2024.xlsx`, sheet Anggaran, program kedua menulis
//! anggaran 12.480.600.000 sedangkan kedua kegiatannya berjumlah 12.408.600.000:
//!
//! ```console
//! $ rakit check tests/data/blind7/sleman-dinkes-pk-2024.xlsx --select A503
//! ```
//!
//! ```text
//! A503(jumlah-anggaran-beda)
//!
//!   x C8
//!   | anggaran 12.480.600.000 tidak sama dengan jumlah 2 baris di bawahnya (12.408.600.000)
//!    ,-[sleman-dinkes-pk-2024.xlsx › Anggaran › C8]
//!  8 | … | B8: Program Pemenuhan Upa… | C8: 12.480.600.000 | D8: 11.814.078.800 | E8: 94,66
//!    :                                      ^^^^^^^|^^^^^^
//!    :                                             `-| tertulis "12.480.600.000", seharusnya
//!    :                                               | 12.408.600.000
//!    `----
//!  saran: Periksa angka ini dan angka-angka di bawahnya dengan DPA; bila memakai rumus, periksa
//!         rentangnya.
//! ```
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Program dengan satu kegiatan yang anggarannya sama.
//! - JUMLAH yang dihitung dari kegiatan (`=C5+C6+C7+C9+C10`) walaupun satu program salah.
//! - Anggaran yang ditulis sebagai teks (`Rp. 2.500.000.000,-`) atau `-` (nol).
//! - Tabel yang tingkat barisnya tidak terbaca (semua baris sejajar) dan JUMLAH-nya sama
//!   dengan jumlah program.
//!
//! ## Memperbaiki dengan tangan
//!
//! Bandingkan program dan kegiatannya dengan DPA dan betulkan angka yang salah; bila
//! JUMLAH memakai rumus, pastikan rentangnya mencakup semua program.
//!
//! ## Lihat juga
//!
//! [A501](A501.md) · [A504](A504.md) · [Q604](Q604.md)

use rust_decimal::Decimal;

use super::{same, sum_of, Figure};
use crate::layout::budget::{BudgetItem, BudgetTable};
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};

crate::texts! {
    ANGGARAN = "a503.anggaran", "anggaran", "anggaran";
    REALISASI = "a503.realisasi", "realisasi", "realisasi";
    PARENT = "a503.parent",
        "{figure} {written} tidak sama dengan jumlah {n} baris di bawahnya ({sum})",
        "{figure} {written} is not the sum of the {n} lines under it ({sum})";
    TOTAL = "a503.total",
        "{figure} di baris jumlah, {written}, tidak sama dengan jumlah {n} baris di atasnya ({sum})",
        "{figure} on the total line, {written}, is not the sum of the {n} lines above it ({sum})";
    HELP = "a503.help",
        "Periksa angka ini dan angka-angka di bawahnya dengan DPA; bila memakai rumus, periksa rentangnya.",
        "Check this amount and the ones under it against the DPA; where it is a formula, check its range.";
}

fn name(f: Figure) -> &'static crate::i18n::Text {
    match f {
        Figure::Anggaran | Figure::OtherAnggaran(_) => &ANGGARAN,
        Figure::Realisasi | Figure::Period(_) => &REALISASI,
    }
}

pub(super) fn check(sheet: &str, table: &BudgetTable, out: &mut Vec<Finding>) {
    // each line's children, by index (a table of thousands of lines is walked once)
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); table.items.len()];
    for (k, item) in table.items.iter().enumerate() {
        if let Some(p) = item.parent.filter(|p| *p < children.len()) {
            children[p].push(k);
        }
    }
    parents(sheet, table, &children, out);
    totals(sheet, table, &children, out);
}

/// Programs against their kegiatan, kegiatan against their sub kegiatan.
fn parents(sheet: &str, table: &BudgetTable, under: &[Vec<usize>], out: &mut Vec<Finding>) {
    let items = &table.items;
    let mut wrong = Vec::new();
    let mut agree = false;
    for (i, parent) in items.iter().enumerate() {
        if under[i].is_empty() {
            continue;
        }
        let children = || under[i].iter().map(|k| &items[*k]);
        for f in Figure::all(table) {
            let written = f.of(parent);
            if written.is_empty() {
                continue;
            }
            let (Some(value), Some((sum, n))) = (written.value, sum_of(f, children())) else {
                continue;
            };
            if n == 0 {
                continue;
            }
            if same(value, sum) {
                agree = true;
            } else if !(matches!(f, Figure::Realisasi) && by_periods(value, children())) {
                wrong.push((parent, f, sum, n));
            }
        }
    }
    if !table.levels_named && !agree {
        return;
    }
    for (item, f, sum, n) in wrong {
        out.extend(finding(sheet, item, f, sum, n, &PARENT));
    }
}

/// Whether a parent's realisasi is its children's once each child's realisasi is taken
/// from its own periods (their sum, or the last one to date): the child's year is the one
/// wrong, and A508 says so at its cell.
fn by_periods<'a>(value: Decimal, children: impl Iterator<Item = &'a BudgetItem> + Clone) -> bool {
    let from = |last: bool| {
        let mut total = Decimal::ZERO;
        let mut changed = false;
        for c in children.clone() {
            let written: Vec<Decimal> = c.written_periods().map(|(_, v)| v).collect();
            let own = c.realisasi.value.unwrap_or_default();
            let derived = if written.is_empty() {
                own
            } else if last {
                written.last().copied().unwrap_or_default()
            } else {
                written.iter().sum()
            };
            changed |= !same(derived, own);
            total += derived;
        }
        changed && same(total, value)
    };
    from(false) || from(true)
}

/// Each JUMLAH line against the lines since the one before.
fn totals(sheet: &str, table: &BudgetTable, under: &[Vec<usize>], out: &mut Vec<Finding>) {
    let items = &table.items;
    let mut start = 0;
    // the sub totals since the last total of totals
    let mut subtotals: Vec<&BudgetItem> = Vec::new();
    for (i, total) in items.iter().enumerate() {
        if !total.total {
            continue;
        }
        let lines = &items[start..i];
        start = i + 1;
        if lines.iter().all(|l| l.total) {
            // a TOTAL under Sub Totals (one per urusan): their sum
            let parts = std::mem::take(&mut subtotals);
            if parts.len() >= 2 {
                for f in Figure::all(table) {
                    let written = f.of(total);
                    let (Some(value), Some((sum, n))) =
                        (written.value, sum_of(f, parts.iter().copied()))
                    else {
                        continue;
                    };
                    if !written.is_empty() && !same(value, sum) {
                        out.extend(finding(sheet, total, f, sum, n, &TOTAL));
                    }
                }
            }
            continue;
        }
        subtotals.push(total);
        let has_children = |k: usize| !under[k].is_empty();
        let offset = i - lines.len();
        for f in Figure::all(table) {
            let written = f.of(total);
            if written.is_empty() {
                continue;
            }
            let Some(value) = written.value else {
                continue;
            };
            let top = sum_of(f, lines.iter().filter(|l| !l.total && l.depth == 0));
            let leaves = sum_of(
                f,
                lines
                    .iter()
                    .enumerate()
                    .filter(|(k, l)| !l.total && !has_children(offset + k))
                    .map(|(_, l)| l),
            );
            let all = sum_of(f, lines.iter().filter(|l| !l.total));
            // each sum stands alone: a malformed kegiatan leaves the programmes' sum
            let agrees = |s: Option<(Decimal, usize)>| s.is_some_and(|(v, _)| same(v, value));
            if agrees(top) || agrees(leaves) {
                continue;
            }
            // levels rakit could not tell apart: programmes and their kegiatan added together
            if !table.nested
                && all.is_some_and(|(all, _)| (2..=3).any(|k| same(all, value * Decimal::from(k))))
            {
                continue;
            }
            let Some((top, n)) = top.filter(|(_, n)| *n > 0) else {
                continue;
            };
            out.extend(finding(sheet, total, f, top, n, &TOTAL));
        }
    }
}

fn finding(
    sheet: &str,
    item: &BudgetItem,
    f: Figure,
    sum: Decimal,
    n: usize,
    text: &'static crate::i18n::Text,
) -> Option<Finding> {
    let a = f.of(item);
    let written = a.shown.trim().to_string();
    let sum = fmt_id_auto(sum, 0, 2);
    Some(
        Finding::new(
            RuleId::A503,
            sheet,
            item.row,
            a.col,
            crate::i18n::Message::new(text)
                .arg("figure", crate::i18n::Message::new(name(f)))
                .arg("written", written.as_str())
                .arg("n", n.to_string())
                .arg("sum", sum.as_str()),
            msg!(HELP),
        )
        .found(written)
        .expected(sum),
    )
}
