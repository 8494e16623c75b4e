//! ## Apa yang diperiksa
//!
//! Di Rencana Aksi triwulanan, setiap indikator punya satu target tahunan (baris "Target
//! Tahunan") dan empat target triwulan. Instansi menulis target triwulan dengan salah satu dari
//! tiga cara, dan rakit menerima ketiganya, per indikator:
//!
//! | pola | artinya | contoh Bone 2020 |
//! | --- | --- | --- |
//! | **kumulatif** | target TW 4 sama dengan target tahunan (satuan sama) | E33–E36 `2,50%` / `5,00%` / `7,50%` / `11,76%`, target tahunan E32 `11,76%` |
//! | **per triwulan** | jumlah target triwulan sama dengan target tahunan (satuan sama; `-` dan sel kosong tidak dihitung) | Q33–Q36 `1 Laporan Triwulan` setiap triwulan, target tahunan Q32 `4 Laporan Triwulan` |
//! | **jadwal persen** | semua target triwulan berupa persen dan yang terakhir 100 % (satuan target tahunan apa pun; bila jadwalnya turun, [Q603](Q603.md) yang melaporkannya); di .xls dan .ods, yang format persennya tidak terbaca, juga pecahan 0,3 / 0,5 / 0,8 / 1 | K13–K16 `30%` / `50%` / `80%` / `100%`, target tahunan K12 `80%` |
//!
//! Q602 muncul bila target triwulan **terakhir yang terisi** (biasanya TW 4) tidak sama dengan
//! target tahunan **dan** tidak satu pun pola itu menjelaskannya. Temuan dilaporkan di sel
//! target triwulan itu, dengan target tahunan sebagai nilai "seharusnya". Target predikat
//! (`B`, `BB`) dijelaskan bila TW 4 sama dengan predikat tahunan. Indikator yang tidak memberi
//! target triwulan sama sekali (`-` atau kosong di setiap triwulan, hanya target tahunan:
//! indikator yang diukur sekali setahun) tidak diperiksa: tidak ada jadwal yang dibandingkan.
//!
//! > **English.** Each indicator of a quarterly Rencana Aksi has an annual target and four
//! > quarter targets, written in one of three styles, which rakit accepts per indicator:
//! > cumulative (TW 4 equals the annual target), per quarter (the quarter targets add up to
//! > it) or a schedule in percent (ending at 100 %, whatever the annual target's unit; a dip
//! > is Q603's; in .xls and .ods, whose percent formats are not read, also the fractions
//! > 0.3 / 0.5 / 0.8 / 1). Q602 is raised at the last quarter target that is filled in when it
//! > differs from the annual target and none of the styles explains it. An indicator that
//! > gives no quarter a target (`-` or blank in each) has no schedule to weigh.
//!
//! Rencana Aksi **bulanan** yang menulis target setiap bulan (dua belas) diperiksa dengan cara
//! yang sama: target Desember sama dengan target tahunan (kumulatif), atau jumlah target
//! bulanannya sama dengan target tahunan (per bulan), atau jadwal persen. Bila tidak,
//! temuan di target Desember menyebut jumlah target bulanannya
//! (`tests/data/blind19/pekalongan_dindagkop_2024_renaksi_bulanan.xlsx`, baris 24: bulan-bulan
//! berjumlah 110, target tahunan 120). Target bulan boleh turun (target per bulan).
//!
//! > A monthly Rencana Aksi with a target for each of its twelve months is judged alike:
//! > December equal to the annual target, the months adding up to it, or a schedule in
//! > percent; otherwise Q602 is raised at December's target with the months' sum.
//!
//! ## Mengapa penting
//!
//! Capaian TW 4 biasanya dibaca sebagai capaian setahun. Bila target TW 4 tidak sama dengan
//! target tahunan, capaian TW 4 dan capaian tahunan berbeda, dan salah satu targetnya keliru
//! (atau % dihitung terhadap target yang lain, seperti di contoh di bawah).
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! PERINGATAN Q602 target-tw4-beda · 3 temuan
//! Q602(target-tw4-beda)
//!
//!   ⚠ E51, E61, E76
//!   │ target TW 4 "61%" tidak sama dengan target tahunan "64%", dan tidak ada
//!   │ pola (kumulatif, per triwulan, jadwal persen) yang menjelaskannya
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › E51]
//!  51 │ D51: TW 4 (B12) │ E51: 61% │ F51: 24,43% │ G51: 38,17% │ …
//!     ·                        ─┬─
//!     ·                         ╰── tertulis "61%", seharusnya 64%
//!     ╰────
//!  saran: Samakan target TW 4 dengan target tahunan (target kumulatif), atau
//!         periksa target tahunannya.
//! ```
//!
//! Sasaran "Persentase koperasi Sehat" (blok baris 47–51): target tahunan E47 `64%`, target
//! triwulan 15 / 30 / 45 / 61 %. Bukan kumulatif (61 ≠ 64), bukan per triwulan (jumlahnya 151),
//! bukan jadwal persen (tidak berakhir di 100). % TW 4 di G51 (`38,17%`) ternyata dihitung
//! terhadap 64 %, bukan 61 %, dan dilaporkan sebagai [C101](C101.md) dengan catatan "dihitung
//! terhadap target tahunan 64% alih-alih target triwulan 61%". Indikator yang sama diulang di
//! blok baris 57 dan 72, jadi Q602 juga muncul di E61 dan E76.
//!
//! ## Yang tidak memicu aturan ini
//!
//! - E21 `100%` terhadap target tahunan E17 `99,86%`: target triwulan 30 / 50 / 80 / 100 %
//!   adalah jadwal persen.
//! - E16 `100%` terhadap target tahunan E12 `694,29 M`: jadwal persen, walaupun target
//!   tahunannya rupiah.
//! - Target program K(s+4) `100%` terhadap `80%` di ketiga puluh blok: jadwal persen.
//! - Q36 `1 Laporan Triwulan` terhadap Q32 `4 Laporan Triwulan`: per triwulan (1 + 1 + 1 + 1).
//! - Q71 `1 Kegiatan` terhadap Q67 `3 kegiatan`: TW 1 `-`, lalu 1 + 1 + 1 = 3 (per
//!   triwulan; `Kegiatan` dan `kegiatan` satuan yang sama).
//! - E41 `-` terhadap target tahunan E37 `3 KOP`: satu-satunya target triwulan, E40 `3 KOP`,
//!   sama dengan target tahunan. Target yang kembali menjadi `-` dilaporkan sebagai
//!   [Q603](Q603.md).
//! - Predikat: E121 `B` terhadap target tahunan E117 `B`.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tentukan dulu mana yang benar, target tahunan atau target TW 4 (lihat Perjanjian Kinerja).
//! Lalu samakan keduanya (target kumulatif), atau tulis target per triwulan yang jumlahnya sama
//! dengan target tahunan. Hitung ulang % TW 4 terhadap target TW 4 yang sudah dibetulkan.
//!
//! ## Lihat juga
//!
//! [Q603](Q603.md) · [C101](C101.md) · [Panduan: Rencana Aksi triwulanan](../panduan.md#rencana-aksi-triwulanan)

use crate::model::{Figure, Triwulan};
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "q602.finding",
        "target {period} \"{target_shown}\" tidak sama dengan target tahunan \"{annual_shown}\", dan tidak ada pola (kumulatif, per triwulan, jadwal persen) yang menjelaskannya",
        "the {period} target \"{target_shown}\" differs from the annual target \"{annual_shown}\", and no style (cumulative, per quarter, percent schedule) explains it";
    FINDING_MONTH = "q602.finding.month",
        "target {month} \"{target_shown}\" tidak sama dengan target tahunan \"{annual_shown}\", dan tidak ada pola (kumulatif, per bulan, jadwal persen) yang menjelaskannya: target bulanannya berjumlah {sum}",
        "the {month} target \"{target_shown}\" differs from the annual target \"{annual_shown}\", and no style (cumulative, per month, percent schedule) explains it: the months' targets add up to {sum}";
    FINDING_MONTH_HELP = "q602.finding.month.help",
        "Samakan jumlah target bulanan dengan target tahunan (target per bulan), atau target Desember dengan target tahunan (target kumulatif).",
        "Make the months' targets add up to the annual target (per month), or the December target equal it (cumulative).";
    FINDING_HELP = "q602.finding.help",
        "Samakan target {period} dengan target tahunan (target kumulatif), atau periksa target tahunannya.",
        "Make the {period} target equal the annual target (cumulative targets), or check the annual target.";
}

/// The last period's target (`period`: `TW 4`, `Semester II`) that differs from the annual
/// one, unexplained.
pub(in crate::rules) fn finding(
    sheet: &str,
    period: crate::i18n::Message,
    target: &Figure,
    annual: &Figure,
) -> Finding {
    let message = msg!(
        FINDING,
        period = period.clone(),
        target_shown = &target.shown,
        annual_shown = &annual.shown
    );
    at_target(sheet, target, annual, message, msg!(FINDING_HELP, period))
}

/// The last month's target that differs from the annual one, while the months' targets
/// do not add up to it either.
pub(in crate::rules) fn month_finding(
    sheet: &str,
    last: &Triwulan,
    target: &Figure,
    annual: &Figure,
    sum: &str,
) -> Finding {
    let message = msg!(
        FINDING_MONTH,
        month = crate::rules::capaian::month_name(last.q),
        target_shown = &target.shown,
        annual_shown = &annual.shown,
        sum
    );
    at_target(sheet, target, annual, message, msg!(FINDING_MONTH_HELP))
}

/// Q602 at the last period's target, the annual one as expected.
fn at_target(
    sheet: &str,
    target: &Figure,
    annual: &Figure,
    message: crate::i18n::Message,
    help: crate::i18n::Message,
) -> Finding {
    Finding::new(RuleId::Q602, sheet, target.row, target.col, message, help)
        .found(target.shown.clone())
        .expected(annual.shown.clone())
}
