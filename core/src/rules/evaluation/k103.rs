//! ## Apa yang diperiksa
//!
//! Pada formulir Evaluasi Hasil Renja (Formulir E.81), baris program dan kegiatan
//! menjumlahkan baris anaknya di setiap kolom anggaran (`=SUM(K12,K17,K21)`,
//! `=SUM(M12,M17,M21)`, …). Bila sebagian besar jumlah di satu baris merujuk baris-baris anak
//! yang sama, jumlah yang merujuk baris lain (satu anak terlewat, satu anak terhitung dua
//! kali) dilaporkan di selnya. Rujukan ke satu anak saja (`=F15`) di baris yang jumlah-jumlah
//! lainnya menjumlahkan beberapa anak juga dilaporkan: anak yang lain terlewat.
//!
//!
//! Baris JUMLAH di bawah tabel yang angkanya diketik (bukan rumus): setiap nilai Rp-nya harus
//! jumlah baris-baris program (baris dengan kode teratas: `1`, `2`, `3` di atas `1.1`,
//! `1.1.1`). Bila sebagian besar kolom Rp baris itu sama dengan jumlah programnya, kolom yang
//! tidak sama dilaporkan di selnya.
//!
//! *English.* On a parent row of the evaluation form, the sums that add other child rows
//! than most of the row's sums (a child left out, a child counted twice) are reported; so is
//! a reference to one child alone (`=F15`) where the row's sums add several. On a typed
//! JUMLAH row, an Rp figure unlike the sum of the programme rows (the top-level codes) is
//! reported where most of the row's Rp figures are that sum.
//!
//! ## Mengapa penting
//!
//! Anggaran program yang melewatkan satu kegiatan, atau menghitungnya dua kali, membuat
//! total dan serapan anggaran perangkat daerah salah tanpa terlihat.
//!
//! ## Contoh
//!
//! `=SUM(K12,K17,K21,K23,K31)` di baris yang jumlah-jumlah lainnya
//! `=SUM(G12,G17,G21,G23,G28,G31)`: baris 28 terlewat. `=SUM(K35,K38)+K35`: baris 35
//! terhitung dua kali.
//!
//! ## Yang tidak memicunya
//!
//! Baris dengan kurang dari tiga jumlah, atau tanpa pola yang dipegang sebagian besar
//! jumlahnya; rumus yang merujuk kolom atau sheet lain; rujukan ke satu anak di baris yang
//! jumlah-jumlahnya juga hanya punya satu anak.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, samakan rumus jumlah sel itu dengan jumlah-jumlah lain di barisnya.

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k103.finding",
        "{cell} (={formula}) merujuk baris {rows}, sedangkan jumlah-jumlah lain di barisnya merujuk baris {other_rows}",
        "{cell} (={formula}) refers to rows {rows}, while the row's other sums refer to rows {other_rows}";
    TOTAL = "k103.total",
        "{cell} di baris jumlah tertulis {stated}, sedangkan jumlah baris program ({rows}) {exact}",
        "{cell} on the total row reads {stated}, while the programme rows ({rows}) add up to {exact}";
    TOTAL_HELP = "k103.total.help",
        "Periksa {cell}: kolom Rp lain di baris jumlah ini sama dengan jumlah baris programnya. Tulis {exact}, atau =SUM dari baris program.",
        "Check {cell}: the row's other Rp figures are the sum of the programme rows. Write {exact}, or =SUM of the programme rows.";
    FINDING_HELP = "k103.finding.help",
        "Di Excel, samakan rumus {cell} dengan jumlah-jumlah lain di baris ini (baris {other_rows}).",
        "In Excel, make {cell} add the same rows as the row's other sums (rows {other_rows}).";
}

fn rows_text(rows: &[u32]) -> String {
    rows.iter()
        .map(|r| (r + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A parent sum over other child rows than its row's other sums.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    formula: &str,
    common: &[u32],
    rows: &[u32],
) -> Finding {
    let cell = cell_name(row, col);
    let (c, r) = (rows_text(common), rows_text(rows));
    Finding::new(
        RuleId::K103,
        sheet,
        row,
        col,
        msg!(FINDING, cell, formula, rows = &r, other_rows = &c),
        msg!(FINDING_HELP, cell, other_rows = &c),
    )
    .found(format!("={formula}"))
    .expected(format!("baris / rows {c}"))
}

/// A typed total row's Rp figure unlike the sum of the programme rows.
pub(super) fn total_finding(
    sheet: &str,
    row: u32,
    col: u32,
    stated: rust_decimal::Decimal,
    exact: rust_decimal::Decimal,
    rows: &[u32],
) -> Finding {
    let cell = cell_name(row, col);
    let (stated, exact) = (
        crate::num::fmt_id_auto(stated, 0, 2),
        crate::num::fmt_id_auto(exact, 0, 2),
    );
    Finding::new(
        RuleId::K103,
        sheet,
        row,
        col,
        msg!(
            TOTAL,
            cell,
            stated = &stated,
            rows = &rows_text(rows),
            exact = &exact
        ),
        msg!(TOTAL_HELP, cell, exact = &exact),
    )
    .found(stated.clone())
    .expected(exact)
}
