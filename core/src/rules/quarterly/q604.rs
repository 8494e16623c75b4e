//! ## Apa yang diperiksa
//!
//! Di Rencana Aksi triwulanan, anggaran biasanya ditulis di sel nama, pada baris kedua:
//! `Program Pengembangan Sistem Pendukung Usaha Bagi Usaha Kecil Menengah` ↵
//! `Rp.150.825.000 ,-`. rakit juga membaca anggaran dari kolom tersendiri (judul `Anggaran`,
//! `Pagu` atau `Pagu Anggaran`). Anggaran sebuah program harus sama dengan jumlah anggaran
//! kegiatan-kegiatannya.
//!
//! rakit mengelompokkan blok-blok yang berurutan dengan nama program yang sama menjadi satu
//! program. Anggaran program diambil dari blok pertama yang menuliskannya (biasanya hanya
//! blok pertama), lalu dibandingkan dengan jumlah anggaran kegiatan di blok-blok itu,
//! dengan angka persis. `Rp. 0,-` dihitung nol. Q604 muncul di sel anggaran program bila
//! jumlahnya berbeda; pesannya menyebut berapa kegiatan yang dijumlahkan dan jumlahnya.
//! Anggaran kegiatan yang tidak terbaca sebagai angka tidak ikut dijumlahkan (dan tidak
//! dilaporkan tersendiri), jadi bandingkan jumlah kegiatan di pesan dengan jumlah blok program
//! itu.
//!
//! Tabel yang menulis sasaran, program dan kegiatan sebagai baris di satu kolom nama
//! ("Sasaran / Program / Kegiatan") diperiksa dengan cara yang sama: baris yang namanya
//! diawali "Program" adalah program, dan baris-baris di bawahnya yang beranggaran dan bukan
//! program adalah kegiatannya (sasaran tidak beranggaran), sampai program berikutnya.
//!
//! > **English.** In a quarterly Rencana Aksi the budgets are usually written on the second
//! > line of the name cells (or in an Anggaran / Pagu column). rakit groups consecutive blocks
//! > with the same programme name into one programme, takes its budget from the first block
//! > that states it, and compares it exactly with the sum of the kegiatan budgets of those
//! > blocks. Q604 is raised at the programme's budget cell when they differ; the message gives
//! > the number of kegiatan summed and their sum. A kegiatan budget that does not read as a
//! > number is left out of the sum without a finding of its own. Where sasaran, programmes
//! > and kegiatan are rows of one name column, a row named "Program ..." is a programme and
//! > the rows under it that have a budget and are no programme are its kegiatan.
//!
//! ## Mengapa penting
//!
//! Anggaran program di Rencana Aksi harus sama dengan DPA, dan DPA menjumlahkan anggaran
//! kegiatan. Selisih berarti salah satu angka salah ketik, ada kegiatan yang terlewat, atau
//! anggarannya sudah berubah (perubahan anggaran) tetapi hanya di satu tempat.
//!
//! ## Contoh
//!
//! Di Rencana Aksi Bone 2020 (`bone-2020-rencana-aksi.xlsx`) anggaran kedelapan program sama
//! dengan jumlah kegiatannya, jadi Q604 **tidak** muncul. Misalnya program "Peningkatan
//! Kualitas Kelembagaan Koperasi" (H37, `Rp.330.007.300 ,-`, blok baris 37–86) dengan sepuluh
//! kegiatan (N37 `Rp. 41.080.000,-` sampai N82 `Rp.50.197.300 ,-`), dan program di H17
//! (`Rp.150.825.000 ,-`) dengan empat kegiatan, termasuk N17 `Rp. 0,-`.
//!
//! Untuk melihat temuannya, ubah satu anggaran kegiatan pada salinan buku kerja: N12 (kegiatan
//! "Penyelenggaraan Pelatihan Kewirausahaan", satu-satunya kegiatan program di H12) dari
//! `Rp. 45.865.000,-` menjadi `Rp. 40.000.000,-`. Pemeriksaan registri aturan
//! (`tests/rules_registry.rs`) memakai perubahan yang sama:
//!
//! ```console
//! $ rakit check bone-anggaran-salah.xlsx
//! ```
//!
//! ```text
//! Q604(anggaran-program-beda)
//!
//!   × H12: anggaran program Rp. 45.865.000,- berbeda dari jumlah anggaran 1 kegiatannya, Rp 40.000.000
//!    ╭─[bone-anggaran-salah.xlsx › RENAKSI 2020 › H12:1:140]
//!  1 │ A12: 1. │ B12: Meningkatkan Pertumbuhan Ke… │ C12: 1. Pertumbuhan Volume Usaha… │ D12: Target Tahunan │ E12: 694,29 M │ H12: Program Pengembangan Kewirausahaan dan Keunggulan Kompetiti… │ I12: Persentase Peningkatan Kual… │ J12: Target Tahunan │ K12: 80% │ N12: Penyelenggaraan Pelatihan K… │ O12: Jumlah UM yang dilatih ( 3 … │ P12: Target Tahunan │ Q12: 1 Laporan Triwulan │ T12: Kepala Seksi Peningkatan Ku…
//!    ·                                                                                                                              ──────────────────────────────┬─────────────────────────────
//!    ·                                                                                                                                                            ╰── ditemukan Rp. 45.865.000,-; seharusnya Rp 40.000.000
//!    ╰────
//!   help: Periksa anggaran program dan kegiatannya dengan DPA.
//! ```
//!
//! Di JSON temuan ini membawa `"level": "program"`.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Semua program Bone 2020, termasuk yang kegiatannya beranggaran `Rp. 0,-` (N17, N117,
//!   N127).
//! - Program yang anggarannya tidak ditulis, atau tidak satu pun kegiatannya menuliskan
//!   anggaran yang terbaca: tidak ada yang dapat dibandingkan.
//! - Gaya penulisan uang: `Rp.150.825.000 ,-` dan `Rp 150.825.000` sama.
//!
//! ## Memperbaiki dengan tangan
//!
//! Bandingkan anggaran program dan setiap kegiatannya dengan DPA (atau DPPA bila ada
//! perubahan), lalu betulkan angka yang salah. Bila sebuah kegiatan tidak ditulis di Rencana
//! Aksi, tambahkan bloknya.
//!
//! ## Lihat juga
//!
//! [A501](A501.md) · [A502](A502.md) · [Panduan: Rencana Aksi triwulanan](../panduan.md#rencana-aksi-triwulanan)

use crate::msg;
use rust_decimal::Decimal;

use crate::model::Anggaran;
use crate::num::fmt_id_auto;
use crate::rules::{Finding, Level, RuleId};

crate::texts! {
    FINDING = "q604.finding",
        "anggaran program {budget} berbeda dari jumlah anggaran {n} kegiatannya, Rp {sum}",
        "the programme budget {budget} differs from the sum of its {n} kegiatan, Rp {sum}";
    FINDING_HELP = "q604.finding.help",
        "Periksa anggaran program dan kegiatannya dengan DPA.",
        "Check the programme and kegiatan budgets against the DPA.";
}

/// A programme budget that differs from the sum `sum` of its `n` kegiatan budgets.
pub(in crate::rules) fn finding(sheet: &str, budget: &Anggaran, n: usize, sum: Decimal) -> Finding {
    Finding::new(
        RuleId::Q604,
        sheet,
        budget.row,
        budget.col,
        msg!(
            FINDING,
            budget = budget.text.trim(),
            n,
            sum = fmt_id_auto(sum, 0, 2)
        ),
        msg!(FINDING_HELP),
    )
    .found(budget.text.trim())
    .expected(format!("Rp {}", fmt_id_auto(sum, 0, 2)))
    .with_level(Level::Program)
}
