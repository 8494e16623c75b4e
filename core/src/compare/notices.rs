//! What a person should know of a comparison's inputs before reading it, one line each, as
//! `rakit compare` prints them on standard error and the browser page shows them beside the
//! summary workbook: each sheet left out as a copy of a year's table, each table pasted
//! again under a sheet's first, and files of several agencies.

use super::Comparison;
use crate::i18n::Lang;

crate::texts! {
    SAME_TABLE_AS = "compare.notices.same_table_as",
        "tabel tahun {year} ini sudah ada di {kept} ({shared} dari {indicators} nama indikatornya sama); sheet ini tidak dibandingkan. Bila sheet ini yang benar, keluarkan yang lain dari perbandingan",
        "this {year} table is already in {kept} ({shared} of its {indicators} indicator names are the same); this sheet is not compared. If this sheet is the right one, leave the other out of the comparison";
    SUMMARY_OF = "compare.notices.summary_of",
        "sheet ini merangkum {kept} ({shared} dari {indicators} nama indikatornya rumus ke sheet itu); sheet ini tidak dibandingkan",
        "this sheet sums up {kept} ({shared} of its {indicators} indicator names are formulas into it); this sheet is not compared";
    PASTED_TABLE = "compare.notices.pasted_table",
        "tabel tahun {year} di baris {row} mengulang tabel pertama sheet ini ({shared} dari {indicators} nama indikatornya sama); tabel itu tidak dibandingkan",
        "the {year} table on row {row} repeats this sheet's first table ({shared} of its {indicators} indicator names are the same); that table is not compared";
    SEVERAL_AGENCIES = "compare.notices.several_agencies",
        "rakit: berkas dari {n} OPD; indikator OPD yang berbeda tidak dapat disandingkan. Bandingkan tiap OPD tersendiri (satu folder per OPD):",
        "rakit: files of {n} agencies (OPD); the indicators of different agencies do not line up. Compare each agency on its own (one folder per agency):";
}

impl Comparison {
    /// The notices on the inputs, in `lang`: `path › sheet: …` for each sheet left out as a
    /// copy of a year's table, and for each table pasted again under a sheet's first; where
    /// files of several agencies were given, a line saying so and one per agency (`  name:
    /// file, file`).
    pub fn notices(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        for r in &self.repeated {
            let kept = format!("{} › {}", r.kept_path, r.kept_sheet);
            let text = if let Some(row) = r.table_row {
                crate::msg!(
                    PASTED_TABLE,
                    year = r.year,
                    row,
                    shared = r.shared,
                    indicators = r.indicators
                )
            } else if r.summary {
                crate::msg!(
                    SUMMARY_OF,
                    kept,
                    shared = r.shared,
                    indicators = r.indicators
                )
            } else {
                crate::msg!(
                    SAME_TABLE_AS,
                    year = r.year,
                    kept,
                    shared = r.shared,
                    indicators = r.indicators
                )
            };
            lines.push(format!("{} › {}: {}", r.path, r.sheet, text.render(lang)));
        }
        if self.agencies.len() > 1 {
            let n = self.agencies.len();
            lines.push(crate::msg!(SEVERAL_AGENCIES, n).render(lang));
            for a in &self.agencies {
                lines.push(format!("  {}: {}", a.name, a.files.join(", ")));
            }
        }
        lines
    }
}
