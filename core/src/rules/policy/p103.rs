//! ## Apa yang diperiksa
//!
//! Dengan `tanda_tangan = true` di kebijakan: di bawah tabel setiap sheet indikator ada blok
//! tanda tangan, yaitu sel yang diawali `NIP` dengan 18 angka NIP, dan nama penanda tangan
//! di salah satu dari tiga baris di atasnya pada kolom yang sama.
//!
//! *English.* With `tanda_tangan = true`: under each indicator sheet's table, a signature
//! block: a cell starting `NIP` with the 18 digits of a civil servant's number, and the
//! signer's name on one of the three rows above it in the same column.
//!
//! ## Mengapa penting
//!
//! Dokumen kinerja yang tidak ditandatangani pejabat yang berwenang belum sah diserahkan.
//!
//! ## Contoh
//!
//! `NIP. 19600512 198503 1 025` di bawah `Drs. H. ANDI MAKKASAU` memenuhi aturan ini;
//! `NIP.` tanpa angka, atau NIP 17 angka, dilaporkan di selnya.
//!
//! ## Yang tidak memicunya
//!
//! Blok tanda tangan lengkap; kebijakan tanpa `tanda_tangan`.
//!
//! ## Cara memperbaiki
//!
//! Tulis nama dan NIP penanda tangan di bawah tabel, lalu kirim ulang.

use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING_HELP = "p103.finding.help",
        "Tulis nama dan NIP (18 angka) penanda tangan di bawah tabel.",
        "Write the signer's name and NIP (18 digits) under the table.";
    NO_BLOCK = "p103.no_block",
        "tidak ada blok tanda tangan (nama dan NIP) di bawah tabel",
        "no signature block (name and NIP) under the table";
    NIP_DIGITS = "p103.nip_digits",
        "NIP penanda tangan berisi {n} angka, bukan 18",
        "the signer's NIP has {n} digits, not 18";
    NO_NAME = "p103.no_name",
        "NIP tanpa nama penanda tangan di atasnya",
        "a NIP without the signer's name above it";
}

/// What the signature block lacks.
pub(super) enum Missing {
    Block,
    NipDigits(usize),
    Name,
}

pub(super) fn finding(sheet: &str, row: u32, col: u32, missing: Missing) -> Finding {
    let message = match missing {
        Missing::Block => msg!(NO_BLOCK),
        Missing::NipDigits(n) => msg!(NIP_DIGITS, n),
        Missing::Name => msg!(NO_NAME),
    };
    Finding::new(RuleId::P103, sheet, row, col, message, msg!(FINDING_HELP))
}
