//! ## Apa yang diperiksa
//!
//! Nilai uang yang, setelah skalanya diterapkan, lebih dari **Rp 10 triliun**: lebih besar dari
//! seluruh APBD sebuah kabupaten, apalagi satu perangkat daerah. rakit menerapkan skala yang
//! tertulis: `ribu`/`rb` × 1.000, `juta`/`(juta)`/`Jt` × 1.000.000, `M`/`Miliar`/`Milyar`
//! × 1.000.000.000, `T`/`Triliun` × 1.000.000.000.000. Angka seperti itu biasanya berarti
//! pemisah ribuan yang salah baca, atau skala yang ditulis dua kali (rupiah penuh di kolom
//! "(juta)"), atau `M` yang dimaksudkan sebagai juta oleh aplikasi tertentu.
//!
//! > **English.** A money value over Rp 10 trillion once its scale is applied (`juta`, `M` =
//! > miliar, `T`): more than a whole regency's budget. Usually a misread separator, a scale
//! > applied twice (full rupiah in a "(juta)" column), or `M` meant as juta.
//!
//! ## Mengapa penting
//!
//! Target Rp 55 triliun membuat capaian apa pun tidak berarti, dan angka itu akan dipertanyakan
//! oleh siapa pun yang membaca dokumennya.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2013.xlsx
//! ```
//!
//! ```text
//! PERINGATAN V203 skala-meragukan · 1 temuan
//! V203(skala-meragukan)
//!
//!   ⚠ C20 — indikator "Volume peminjaman KUR pada Bank Pemerintah"
//!   │ "55,000,000 Rp. (juta)" berarti Rp 55.000.000.000.000 — lebih dari Rp 10
//!   │ triliun, meragukan untuk satu perangkat daerah
//!     ╭─[banjar-pk-2013.xlsx › PK 2013 › C20]
//!  20 │ … │ C20: 55,000,000 Rp. (juta) │ E20: - Rp. (juta) │ G20: 0
//!     ·          ──────────┬──────────
//!     ·                    ╰── tertulis "55,000,000 Rp. (juta)"
//!     ╰────
//!  saran: Periksa pemisah ribuan dan skala (juta, M = miliar); bandingkan dengan
//!         tahun lain.
//! ```
//!
//! Tahun berikutnya (`banjar-pk-2014.xlsx`, C22) indikator yang sama bertarget `57,000`
//! Rp. (juta), yaitu Rp 57 miliar: target 2013 kemungkinan Rp 55 miliar (`55,000`).
//!
//! ## Yang tidak memicu aturan ini
//!
//! - `694,29 M` (Rencana Aksi Bone 2020): Rp 694,29 miliar.
//! - Baris anggaran Banjar (`Rp. 2.165.319.100`): Rp 2,1 miliar.
//!
//! ## Memperbaiki dengan tangan
//!
//! Bandingkan dengan dokumen anggaran dan tahun lain, lalu tulis angka dengan satu skala saja:
//! `55.000` di kolom "(juta)", atau `Rp 55.000.000.000` tanpa "(juta)".
//!
//! ## Lihat juga
//!
//! [V202](V202.md) · [Panduan: cara rakit membaca angka](../panduan.md#cara-rakit-membaca-angka)

use crate::model::Figure;
use crate::msg;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, RuleId};
use crate::value::Quantity;

crate::texts! {
    FINDING = "v203.finding",
        "\"{shown}\" berarti Rp {scaled} — lebih dari Rp 10 triliun, meragukan untuk satu perangkat daerah",
        "\"{shown}\" means Rp {scaled} — over Rp 10 trillion, doubtful for one agency";
    FINDING_HELP = "v203.finding.help",
        "Periksa pemisah ribuan dan skala (juta, M = miliar); bandingkan dengan tahun lain.",
        "Check the thousands separators and the scale (juta, M = miliar); compare with other years.";
}

/// A money value of a doubtful size.
pub(in crate::rules) fn finding(sheet: &str, f: &Figure, q: &Quantity) -> Finding {
    Finding::new(
        RuleId::V203,
        sheet,
        f.row,
        f.col,
        msg!(
            FINDING,
            shown = &f.shown,
            scaled = fmt_id_auto(q.scaled(), 0, 0)
        ),
        msg!(FINDING_HELP),
    )
    .found(f.shown.clone())
}
