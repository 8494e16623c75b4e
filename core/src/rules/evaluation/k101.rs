//! ## Apa yang diperiksa
//!
//! Pada formulir Evaluasi Hasil Renja (Formulir E.81, Permendagri 86/2017) beberapa kolom
//! dihitung dari kolom lain menurut aturan yang ditulis di baris nomor kolom:
//! `13 = 9 + 10 + 11 + 12` (realisasi tahun ini = jumlah realisasi triwulan),
//! `14 = 7 + 13` (realisasi Renstra s/d tahun ini), `15 = 14 / 6 x 100` (tingkat capaian
//! Renstra). Bila aturannya tidak ditulis tetapi penomorannya dikenali (15 atau 17 kolom),
//! aturan skema itu yang dipakai. Setiap baris dihitung ulang dengan desimal eksak, K dari
//! K dan Rp dari Rp (sel kosong = 0), dan dibandingkan dengan nilai sel pada ketelitian yang
//! tertulis: nilai yang membulatkan hasil hitung ke jumlah desimalnya dianggap benar, uang
//! sampai satu sen.
//!
//! *English.* Each computed column of the evaluation form is recomputed from its row's source
//! cells by the rule written in the numbering row (or the recognised scheme's rule), K from K
//! and Rp from Rp, with exact decimals, and compared at the stated precision.
//!
//! ## Mengapa penting
//!
//! Kolom hitungan yang diketik ulang (realisasi 0 padahal triwulannya terisi), rumus yang
//! merujuk baris berikutnya, % capaian yang dijumlahkan ke rupiah, atau capaian yang dipotong
//! dan bukan dibulatkan membuat angka evaluasi yang dikirim ke Bappeda salah.
//!
//! ## Contoh
//!
//! Baris dengan triwulan 2, 3, 1 dan realisasi tahun ini tertulis 0: `13 = 9 + 10 + 11 + 12`
//! menghendaki 6.
//!
//! ## Yang tidak memicunya
//!
//! Baris yang seluruh sel sumbernya kosong; sel hasil yang kosong, berisi teks atau galat
//! (galat dilaporkan [E901](E901.md)); pembagian dengan nol. Untuk indikator yang mengukur
//! **tingkat**, bukan besaran yang dapat dijumlah (satuannya `%`, indeks, nilai, skor, atau
//! namanya diawali Persentase, Indeks, Rasio, Rata-rata, Tingkat, Cakupan, Angka, Nilai;
//! atau angkanya sendiri menunjukkannya: nilai yang ditulis lebih dekat ke target tahun itu
//! daripada jumlah triwulannya, seperti `Luas areal (Ha)` 19.322,75 dengan target 19.300):
//! realisasi setahun yang sama dengan triwulan terakhir yang terisi atau rerata triwulannya,
//! dan realisasi Renstra sampai tahun ini yang sama dengan nilai tahun ini ("Nilai Akhir").
//!
//! Capaian setahun (`13 = 12/7 x 100`) indikator yang makin kecil makin baik (polaritasnya
//! dari kolom Polaritas, keterangan, atau namanya) dinilai dengan rumus negatif lembar itu
//! ([C107](C107.md)), bukan rumus tertulis apa adanya: baris yang memakainya tidak dilaporkan,
//! baris yang memakai rumus positif dilaporkan. Capaian Renstra dinilai menurut aturannya.
//!
//! *English.* Rows whose source cells are all blank; a blank, text or error result; a division
//! by zero. For an indicator measuring a level rather than a quantity that adds up (its unit
//! `%`, an index, a score, or a name starting Persentase, Indeks, Rasio, Rata-rata, Tingkat,
//! Cakupan, Angka, Nilai; or its figures show it: the value written lies nearer the year's
//! target than the quarters' sum): a year's realisasi equal to the last quarter written or
//! the quarters' mean, and a Renstra realisasi to date equal to this year's value. The year's
//! capaian of a lower-is-better indicator is judged by the sheet's negative formula
//! ([C107](C107.md)): rows written with it are not reported, rows written with the positive
//! formula are; the Renstra's progress is judged by its rule as written.
//!
//! ## Cara memperbaiki
//!
//! Di Excel, tulis rumus kolom itu sesuai aturannya (misalnya `=P15+S15+V15+Y15`) atau
//! perbaiki sel sumber yang keliru.

use rust_decimal::Decimal;

use crate::msg;
use crate::read::cell_name;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "k101.finding",
        "{cell} ({part}) berisi {stated}, aturan {rule} menghasilkan {shown}",
        "{cell} ({part}) holds {stated}, the rule {rule} gives {shown}";
    FINDING_HELP = "k101.finding.help",
        "Di Excel, hitung {cell} menurut aturan {rule}, atau perbaiki sel sumbernya.",
        "In Excel, compute {cell} by the rule {rule}, or correct its source cells.";
}

/// A computed cell that disagrees with its column's rule.
pub(super) fn finding(
    sheet: &str,
    row: u32,
    col: u32,
    stated: Decimal,
    exact: Decimal,
    rule: &str,
    money: bool,
) -> Finding {
    let cell = cell_name(row, col);
    let part = if money { "Rp" } else { "K" };
    let shown = exact.round_dp(4).normalize();
    let stated = stated.normalize();
    Finding::new(
        RuleId::K101,
        sheet,
        row,
        col,
        msg!(FINDING, cell, part, stated, rule, shown),
        msg!(FINDING_HELP, cell, rule),
    )
    .found(stated.to_string())
    .expected(format!("{shown} ({rule})"))
}
