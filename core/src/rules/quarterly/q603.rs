//! ## Apa yang diperiksa
//!
//! rakit membandingkan target setiap triwulan dengan target triwulan sebelumnya, per
//! indikator, di ketiga tingkat (sasaran, program, kegiatan). Q603 muncul bila:
//!
//! - target triwulan **kembali kosong atau `-`** setelah triwulan sebelumnya berisi angka
//!   (TW 1 `1 Laporan Triwulan`, TW 2 `-`), dan tidak ada target yang sama atau lebih besar
//!   sesudahnya; atau
//! - target triwulan **lebih kecil** daripada target triwulan sebelumnya dalam satuan yang sama
//!   (TW 2 `50%`, TW 3 `40%`), kecuali bila target triwulannya ditulis per triwulan, yaitu
//!   jumlahnya sama dengan target tahunan: target per triwulan memang boleh naik turun.
//!
//! Hanya perubahan pertama setiap indikator yang dilaporkan, di sel target triwulan itu.
//!
//! > **English.** rakit compares each quarter's target with the previous quarter's, per
//! > indicator, at every level. Q603 is raised when a target falls back to empty or `-` after
//! > a figure with no target as large after it (a quarter not measured, `-` / 80 / `-` / 80,
//! > is none), or decreases (same unit), unless the quarter targets add up to the annual
//! > target (per-quarter targets may go up and down). Only the first such change of an
//! > indicator is reported, at that quarter's target cell.
//!
//! ## Mengapa penting
//!
//! Target kumulatif tidak pernah turun: yang sudah dicapai di TW 1 tetap tercapai di TW 2.
//! Target yang turun atau hilang biasanya berarti baris disalin dari blok lain, kolomnya
//! bergeser, atau target triwulan berikutnya lupa diisi. Akibatnya % triwulan itu tidak dapat
//! dihitung ([C105](C105.md) bila % tetap diisi), dan target TW 4 tidak lagi sama dengan target
//! tahunan.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! PERINGATAN Q603 target-triwulan-turun · 5 temuan
//! Q603(target-triwulan-turun)
//!
//!   ⚠ Q14 — Kegiatan "Penyelenggaraan Pelatihan Kewirausahaan" › indikator
//!   │ "Jumlah UM yang dilatih ( 3 Kec.Pertahun) dan fasilitasi ban…" › TW 2
//!   │ target TW 2 "-" kembali kosong/"-" setelah TW 1 "1 Laporan Triwulan"
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › Q14]
//!  14 │ … │ P14: TW 2 (B06) │ Q14: -
//!     ·                            ┬
//!     ·                            ╰── tertulis "-"
//!     ╰────
//!  saran: Tulis target kumulatif yang tidak turun, atau target per triwulan yang
//!         jumlahnya sama dengan target tahunan.
//! ```
//!
//! Kegiatan "Penyelenggaraan Pelatihan Kewirausahaan" (blok baris 12–16): target tahunan Q12
//! `1 Laporan Triwulan`, TW 1 Q13 `1 Laporan Triwulan`, TW 2–TW 4 `-`. Temuan lain di buku
//! kerja yang sama:
//!
//! | sel | tingkat, triwulan | target | sebelumnya |
//! | --- | --- | --- | --- |
//! | E41 | sasaran "Jumlah koperasi berprestasi", TW 4 | `-` | E40 `3 KOP` |
//! | Q51 | kegiatan "Sosialisasi prinsip - prinsip pemahaman koperasi", TW 4 | `-` | Q50 `100 Orang` |
//! | Q76 | kegiatan "Pembinaan Pemantauan Administrasi Keuangan KSP/USP", TW 4 | `-` | Q75 `12 Koperasi` |
//! | Q124 | kegiatan "Pengadaan Peralatan Gedung Kantor", TW 2 | `-` | Q123 `1 Kegiatan` |
//!
//! Di E41 % TW 4 tetap ditulis (`100%`), sehingga sel yang sama juga mendapat [C105](C105.md).
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Target yang mulai dari `-` lalu terisi: Q68 `-`, Q69–Q71 `1 Kegiatan` (blok baris 67).
//! - Target yang tetap `-` sepanjang tahun: kegiatan Q17–Q21 (anggaran `Rp. 0,-`).
//! - Target per triwulan yang sama setiap triwulan: `1 Laporan Triwulan` di Q33–Q36.
//! - `-` di triwulan yang tidak diukur, sebelum target yang sama muncul lagi: indeks yang
//!   disurvei per semester (TW 1 `-`, TW 2 `80`, TW 3 `-`, TW 4 `80`).
//! - Target yang naik: jadwal 30 / 50 / 80 / 100 % setiap program.
//!
//! ## Memperbaiki dengan tangan
//!
//! Untuk target kumulatif, tulis target setiap triwulan sampai TW 4 (TW 4 = target tahunan).
//! Untuk target per triwulan, tulis target setiap triwulan sehingga jumlahnya sama dengan
//! target tahunan, dan `0` (bukan `-`) untuk triwulan yang memang tanpa target, atau jelaskan
//! di kolom keterangan.
//!
//! ## Lihat juga
//!
//! [Q602](Q602.md) · [C105](C105.md) · [Panduan: Rencana Aksi triwulanan](../panduan.md#rencana-aksi-triwulanan)

use crate::model::Figure;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "q603.finding",
        "target {period} \"{fb_shown}\" {how} setelah {before} \"{prev}\"",
        "the {period} target \"{fb_shown}\" {how} after {before} \"{prev}\"";
    FINDING_HELP = "q603.finding.help",
        "Tulis target kumulatif yang tidak turun, atau target per triwulan yang jumlahnya sama dengan target tahunan.",
        "Write cumulative targets that never decrease, or per-quarter targets that add up to the annual target.";
    FELL_BACK = "q603.fell_back",
        "kembali kosong/\"-\"",
        "falls back to empty/\"-\"";
    SMALLER = "q603.smaller",
        "lebih kecil",
        "is smaller";
}

/// The target of a period (`fb`) below the one of the period `before` it (`prev`), or back
/// to empty; the periods named as the form names them (`TW 3`, `Semester I`).
pub(in crate::rules) fn finding(
    sheet: &str,
    fb: &Figure,
    (before, period): (crate::i18n::Message, crate::i18n::Message),
    prev: &str,
    fell_back: bool,
) -> Finding {
    Finding::new(
        RuleId::Q603,
        sheet,
        fb.row,
        fb.col,
        msg!(
            FINDING,
            period,
            fb_shown = &fb.shown,
            how = if fell_back {
                msg!(FELL_BACK)
            } else {
                msg!(SMALLER)
            },
            before,
            prev
        ),
        msg!(FINDING_HELP),
    )
    .found(fb.shown.clone())
}
