//! ## Apa yang diperiksa
//!
//! Sebagian instansi menulis capaian di atas 100 sebagai **100 %**: realisasi 5,90 terhadap
//! target 2,50 (236 %) ditulis `100%`. Ini kebijakan batas (*capping*), bukan salah hitung.
//! rakit menentukan untuk **setiap sheet** kebijakan mana yang dipakai, lalu menilai semua %
//! di sheet itu dengan kebijakan yang sama:
//!
//! - **Disimpulkan dari buku kerja** (bawaan). rakit melihat setiap % yang hasil hitungnya di
//!   atas 100 (dengan target dan realisasi dalam satuan yang sama). Bila yang tertulis 100
//!   (pada ketelitian yang tertulis), itu satu suara untuk "dibatasi 100"; bila yang tertulis
//!   nilai tanpa batasnya, satu suara untuk "tanpa batas". Sheet dinilai dengan batas 100 bila
//!   **sedikitnya dua** % ditulis 100 **dan** jumlahnya lebih banyak daripada yang ditulis
//!   tanpa batas. Bila tidak, tanpa batas.
//! - **Dipilih pengguna** dengan `--cap`: `--cap 100`, `--cap 120` (angka positif apa pun,
//!   desimal boleh dengan koma atau titik), atau `--cap none` (juga `tidak` / `tanpa`) untuk
//!   menilai tanpa batas. Pilihan ini berlaku untuk setiap sheet dan setiap berkas dalam
//!   perintah itu, termasuk tabel tahunan.
//!
//! Dengan batas N, hasil hitung di atas N dianggap N: `100%` untuk 236 % benar. Q601 muncul
//! **sekali per sheet** yang dinilai dengan batas, di sel pertama baris judul tabel, dan
//! menyebut batasnya serta asal pilihannya: "disimpulkan: n capaian di atas 100 ditulis 100"
//! atau "dipilih pengguna (--cap)". Sheet yang dinilai tanpa batas tidak mendapat Q601.
//!
//! Di bawah batas, % yang justru menulis nilai tanpa batasnya menjadi [C101](C101.md) dengan
//! catatan "nilai tanpa batas; melanggar kebijakan batas 100 buku kerja ini". Di sheet
//! "Indikator (rakit)" dari `rakit fix`, rumus capaian baris triwulan memakai batas itu
//! (`MIN(100,…)`).
//!
//! > **English.** Some agencies write any capaian above 100 as 100 %. rakit decides per sheet
//! > which policy applies: a cap at 100 when at least two stated values above 100 are written
//! > as 100 and they outnumber the ones written uncapped; otherwise no cap. `--cap 100`,
//! > `--cap N` or `--cap none` sets it for every sheet of the run. With a cap N, a
//! > recalculated value above N counts as N. Q601 is reported once per capped sheet, at the
//! > first cell of the table's header row, and says the cap and whether it was inferred (with
//! > the number of values that showed it) or set by the user. Under a cap, a stated value that
//! > gives the uncapped figure becomes C101 with a note saying it breaks the policy.
//!
//! ## Mengapa penting
//!
//! Tanpa kebijakan batas, setiap `100%` untuk capaian 236 % terlihat sebagai kesalahan, dan
//! temuan yang benar tenggelam di antaranya. Dengan Q601 Anda tahu kebijakan apa yang dipakai
//! rakit, dan dapat menggantinya bila kebijakan instansi Anda lain.
//!
//! ## Contoh
//!
//! ```console
//! $ rakit check sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! INFO Q601 kebijakan-batas-capaian · 1 temuan
//! Q601(kebijakan-batas-capaian)
//!
//!   ☞ A9
//!   │ capaian dinilai dengan batas 100 % (disimpulkan: 30 capaian di atas 100
//!   │ ditulis 100)
//!    ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › A9]
//!  9 │ A9: NO │ B9: SASARAN STRATEGIS │ C9: INDIKATOR SASARAN │ …
//!    ·     ──
//!    ╰────
//!  saran: Bila capaian di atas 100 memang tidak dibatasi, tulis capaian
//!         sebenarnya di Excel (misalnya 120 %, bukan 100 %). Di baris perintah:
//!         --cap none menilai tanpa batas, --cap N dengan batas lain.
//! ```
//!
//! Rencana Aksi Bone 2020 menulis 30 capaian di atas 100 sebagai `100%`, dan tidak satu pun
//! sebagai nilai tanpa batasnya. Contohnya:
//!
//! | sel | target | realisasi | hasil hitung | tertulis |
//! | --- | --- | --- | --- | --- |
//! | G13 (sasaran, TW 1) | E13 `30%` | F13 `70%` | 233,33 | `100%` |
//! | G33 (sasaran, TW 1) | E33 `2,50%` | F33 `5,90%` | 236 | `100%` |
//! | G43 (sasaran, TW 1) | E43 `31,00%` | F43 `32,20%` | 103,87 | `100%` |
//! | M15 (program, TW 3) | K15 `80%` | L15 `100%` | 125 | `100%` |
//! | M119 (program, TW 2) | K119 `50%` | L119 `100%` | 200 | `100%` |
//!
//! Semua `100%` itu dinilai benar. Dengan `--cap none` ketiga puluhnya menjadi
//! [C101](C101.md), dan ringkasannya berubah dari `galat 46, peringatan 85, info 1` menjadi
//! `galat 76, peringatan 85, info 0`:
//!
//! ```console
//! $ rakit check --cap none sample-workbooks/bone-2020-rencana-aksi.xlsx
//! ```
//!
//! ```text
//! GALAT C101 capaian-salah · 71 temuan · semua diperbaiki rakit fix [fix]
//! C101(capaian-salah)
//!
//!   × G28, G33
//!   │ % capaian TW 1 tertulis "100%", hasil hitung 236 (realisasi / target ×
//!   │ 100; realisasi "5,90%", target "2,50%")
//!     ╭─[bone-2020-rencana-aksi.xlsx › RENAKSI 2020 › G28]
//!  28 │ … │ F28: 5,90% │ G28: 100% │ J28: TW 1 (B03) │ K28: 30% │ L28: 19% │ …
//!     ·                       ──┬─
//!     ·                         ╰── tertulis "100%", seharusnya 236 [fix]
//!     ╰────
//! ```
//!
//! Dengan `--cap 100` pesannya menjadi "capaian dinilai dengan batas 100 % (dipilih pengguna
//! (--cap))".
//!
//! ## Yang tidak memicu aturan ini
//!
//! - Buku kerja Banjar 2013–2016: capaian di atas 100 ditulis apa adanya (109,10; 155,46;
//!   316,67), jadi sheet-sheet itu dinilai tanpa batas dan tidak ada Q601.
//! - Satu `100%` saja untuk capaian di atas 100: belum cukup untuk menyimpulkan kebijakan
//!   (perlu sedikitnya dua).
//! - `--cap none`.
//!
//! ## Memperbaiki dengan tangan
//!
//! Tidak ada yang perlu diperbaiki. Pastikan kebijakan yang disimpulkan sama dengan kebijakan
//! instansi Anda; bila tidak, jalankan ulang dengan `--cap none` atau `--cap N`. Tuliskan
//! kebijakan itu di catatan dokumen agar pembaca tahu bahwa `100%` bisa berarti "100 % atau
//! lebih".
//!
//! ## Lihat juga
//!
//! [C101](C101.md) · [Panduan: batas capaian](../panduan.md#batas-capaian---cap)

use crate::i18n::Message;
use crate::msg;
use crate::rules::{Finding, RuleId};

crate::texts! {
    FINDING = "q601.finding",
        "capaian dinilai dengan batas {cap} % ({how})",
        "capaian judged with a cap of {cap} % ({how})";
    FINDING_HELP = "q601.finding.help",
        "Bila capaian di atas 100 memang tidak dibatasi, tulis capaian sebenarnya di Excel (misalnya 120 %, bukan 100 %). Di baris perintah: --cap none menilai tanpa batas, --cap N dengan batas lain.",
        "If capaian above 100 is not capped, type the real capaian in Excel (120 %, not 100 %). On the command line: --cap none judges without a cap, --cap N with another cap.";
}

/// The cap `cv_s` a sheet is judged by, and where it comes from.
pub(in crate::rules) fn finding(
    sheet: &str,
    (row, col): (u32, u32),
    cv_s: &str,
    how: &Message,
) -> Finding {
    Finding::new(
        RuleId::Q601,
        sheet,
        row,
        col,
        msg!(FINDING, cap = &cv_s, how),
        msg!(FINDING_HELP),
    )
}
