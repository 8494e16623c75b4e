//! ## Apa yang diperiksa
//!
//! Di antara berkas-berkas yang diperiksa bersama (sebuah folder kiriman): berkas yang
//! isinya sama persis, bait demi bait, dengan berkas lain yang namanya atau foldernya
//! berbeda. Setiap berkas dalam kelompok itu mendapat temuan yang menyebut berkas lainnya.
//!
//! *English.* Among the files checked together: a file byte-for-byte identical to another
//! under another name or folder; each file of the group gets a finding naming the others.
//!
//! ## Mengapa penting
//!
//! Dua perangkat daerah yang mengirim berkas yang sama berarti salah satunya mengirim berkas
//! yang salah (atau menyalin); satu perangkat daerah yang mengirim dua kali membuat rekap
//! menghitungnya dua kali.
//!
//! ## Contoh
//!
//! `dinas-a/pk-2020.xlsx` dan `dinas-b/pk-2020 (1).xlsx` sama persis: keduanya dilaporkan
//! di A1 sheet pertamanya.
//!
//! ## Yang tidak memicunya
//!
//! Berkas yang berbeda satu bait pun (lihat [D102](D102.md) untuk angka yang sama); satu
//! berkas yang disebut dua kali di baris perintah; berkas yang tidak terbaca.
//!
//! ## Cara memperbaiki
//!
//! Tanyakan kepada pengirimnya berkas mana yang benar, dan simpan satu saja.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "d101.finding",
        "berkas ini sama persis dengan {list}",
        "this file is identical to {list}";
    FINDING_HELP = "d101.finding.help",
        "Tanyakan kepada pengirimnya berkas mana yang benar; simpan satu saja.",
        "Ask the senders which file is right; keep only one.";
}

/// A file identical to `others` (the paths as shown).
pub fn finding(sheet: &str, others: &[&str]) -> Finding {
    let list = others.join(", ");
    Finding::new(
        RuleId::D101,
        sheet,
        0,
        0,
        msg!(FINDING, list),
        msg!(FINDING_HELP),
    )
    .found(list)
}
