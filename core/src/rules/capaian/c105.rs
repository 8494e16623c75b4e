//! ## Apa yang diperiksa
//!
//! Targetnya nol (`0`, `0 orang`, `-`) atau kosong, tetapi sel % capaian berisi **angka**
//! (`140`, `100%`, juga `0`). Pembagian dengan nol tidak menghasilkan angka, jadi % apa pun
//! yang tertulis tidak dapat dibenarkan. Sel % yang kosong atau berisi `-` tidak memicu
//! aturan ini. Temuan ini dilaporkan di sel **target**, karena di sanalah masalahnya.
//!
//! Aturan yang sama berlaku untuk setiap triwulan Rencana Aksi: target triwulan itu
//! dibandingkan dengan % triwulan itu.
//!
//! > **English.** The target is zero (`0`, `0 orang`, `-`) or empty, yet a number is stated
//! > as the %. Nothing divided by zero gives a number, so no stated % can be right. An empty %
//! > or a `-` does not trigger it. The finding is reported at the target cell. Each quarter of
//! > a Rencana Aksi is checked the same way, against that quarter's target.
//!
//! ## Mengapa penting
//!
//! % seperti 140 terhadap target 0 biasanya berarti realisasi disalin ke kolom % ("140
//! orang" menjadi "140 %"), atau targetnya lupa diisi. Evaluator akan menanyakan keduanya.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/banjar-pk-2016.xlsx
//! ```
//!
//! ```text
//! GALAT C105 target-nol · 2 temuan
//! C105(target-nol)
//!
//!   × PK 2016!C20 — indikator "SDM yang mengikuti pelatihan"
//!   │ target C20 "0 orang": % capaian tidak terdefinisi, tetapi tertulis "140"
//!     ╭─[banjar-pk-2016.xlsx › PK 2016 › C20]
//!  20 │ … │ C20: 0 orang │ D20: 140 orang │ E20: 140
//!     ·          ───┬───
//!     ·             ╰── tertulis "0 orang"
//!     ╰────
//!  saran: Isi target yang sebenarnya; capaian terhadap target nol tidak bisa
//!         dihitung.
//! ```
//!
//! Indikator yang sama muncul lagi di sheet Capaian Renstra, sel D12.
//!
//! Di Rencana Aksi triwulanan Bone 2020, sasaran "Jumlah koperasi berprestasi" menulis target
//! TW 4 `-` tetapi % TW 4 `100%`:
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! GALAT C105 target-nol · 1 temuan
//! C105(target-nol)
//!
//!   × E41 — Sasaran "Meningkatkan Koperasi yang berkualitas" › indikator "4.
//!   │ Jumlah koperasi berprestasi" › TW 4
//!   │ target E41 "-": % capaian TW 4 tidak terdefinisi, tetapi tertulis "100%"
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › E41]
//!  41 │ D41: TW 4 (B12) │ E41: - │ F41: 3 Kop% │ G41: 100% │ …
//!     ·                        ┬
//!     ·                        ╰── tertulis "-"
//!     ╰────
//!  saran: Isi target yang sebenarnya; capaian terhadap target nol tidak bisa
//!         dihitung.
//! ```
//!
//! Target TW 3 (E40) adalah `3 KOP`, jadi target yang kembali menjadi `-` juga dilaporkan
//! sebagai [Q603](Q603.md) di sel yang sama.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Target nol dengan % kosong: tidak ada angka yang salah.
//! - Target `-` dengan % `-`: kegiatan blok baris 17 di Bone 2020 (Q18–Q21, R18–R21, S18–S21
//!   semuanya `-`, anggaran `Rp. 0,-`).
//! - Realisasi nol atau `-` dengan target yang bukan nol: capaiannya 0 % (benar bila tertulis 0).
//!
//! ## Memperbaiki dengan tangan
//!
//! Isi target yang sebenarnya dari Perjanjian Kinerja. Bila indikator itu memang tidak punya
//! target tahun ini, kosongkan % capaian dan jelaskan di kolom Keterangan.
//!
//! ## Lihat juga
//!
//! [C103](C103.md) · [C111](C111.md) · [Q603](Q603.md)

use crate::i18n::Message;
use crate::model::{Check, SheetModel};
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "c105.finding",
        "target {target_cell} \"{target}\": {what} tidak terdefinisi, tetapi tertulis \"{stated}\"",
        "target {target_cell} \"{target}\": {what} is undefined, yet \"{stated}\" is written";
    FINDING_HELP = "c105.finding.help",
        "Isi target yang sebenarnya; capaian terhadap target nol tidak bisa dihitung.",
        "Fill in the real target; capaian against a zero target cannot be computed.";
}

/// A % stated against a zero or empty target.
pub(super) fn finding(sm: &SheetModel, c: &Check, what: &Message) -> Finding {
    Finding::new(
        RuleId::C105,
        &sm.name,
        c.target.row,
        c.target.col,
        msg!(
            FINDING,
            target_cell = c.target.cell_name(),
            target = &c.target.shown,
            what,
            stated = &c.stated.shown
        ),
        msg!(FINDING_HELP),
    )
    .found(c.target.shown.clone())
}
