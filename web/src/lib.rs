//! rakit in the browser: the core ([`rakit_core`]) behind wasm-bindgen, for the one-file page
//! `target/web/rakit.html` that `cargo run -p xtask -- web` builds.
//!
//! Everything here is what the command line does around the core, minus the file system:
//! [`check`] gives the JSON document of `rakit check --format json` for one file, [`fix`] the
//! bytes `rakit fix` writes (or, where it refuses, its message), and [`Checked`] keeps a
//! checked workbook so the page can show it in either language and offer its corrected copy
//! without reading it twice. Single-threaded: rayon runs on the page's one thread.

use std::cell::RefCell;
use std::path::Path;

use rakit_core::app::{self, FileReport, Status};
use rakit_core::fix;
use rakit_core::i18n::Lang;
use rakit_core::layout::mapping::Mapping;
use rakit_core::report;
use rakit_core::rules::Options;
use rakit_core::write::WriteError;
use wasm_bindgen::prelude::*;

rakit_core::texts! {
    OF_THEM_FORMULAS_PUT_BACK = "web.of_them_formulas_put_back",
        "di antaranya rumus yang dikembalikan ke pola kolomnya",
        "of them formulas put back to their column's pattern";
    CELLS_CORRECTED = "web.cells_corrected",
        "sel diperbaiki",
        "cells corrected";
    FINDINGS_NEED_A_MANUAL_FIX = "web.findings_need_a_manual_fix",
        "temuan perlu diperbaiki manual (lihat sheet Temuan)",
        "findings need a manual fix (see the Temuan sheet)";
    THE_CORRECTED_COPY_CANNOT_BE = "web.the_corrected_copy_cannot_be",
        "salinan perbaikan tidak dapat dibuat",
        "the corrected copy cannot be made";
    COMPARISON = "web.comparison",
        "perbandingan",
        "comparison";
}

/// The language named `en` or `id` (anything else: Bahasa Indonesia, rakit's default).
fn lang_of(name: &str) -> Lang {
    name.parse().unwrap_or_default()
}

/// The version of rakit this page was built from.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The JSON document of `rakit check --format json NAME` for the bytes of the file `name`
/// (with `--mapping MAPPING_NAME` when the text of a mapping file is given; one that cannot
/// be used is an error, as the CLI's exit 2).
#[wasm_bindgen]
pub fn check(
    name: &str,
    bytes: Vec<u8>,
    lang: &str,
    mapping: Option<String>,
    mapping_name: Option<String>,
) -> Result<String, JsError> {
    Ok(Checked::new(name, bytes, mapping, mapping_name)?.json(lang))
}

/// The bytes `rakit fix NAME` writes for the file `name`; where it writes none, the message
/// it prints (the file's name, then why).
#[wasm_bindgen]
pub fn fix(name: &str, bytes: Vec<u8>, lang: &str) -> Result<Vec<u8>, JsError> {
    let checked = Checked::run(name, bytes, None, &Options::default());
    match checked.corrected(lang_of(lang)) {
        Ok(c) => Ok(c.bytes),
        Err(message) => Err(JsError::new(&format!("{name}: {message}"))),
    }
}

/// Every rule as JSON (code, kebab name, family, severity, summaries in id and en,
/// whether fix corrects it), for the page's headings of findings grouped by rule.
#[wasm_bindgen]
pub fn rules() -> String {
    serde_json::to_string(rakit_core::rules::RULES).unwrap_or_else(|_| "[]".into())
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the message of a panic, so that the page can say what went wrong after the
/// WebAssembly instance stopped (a panic aborts it: the page then starts a new one).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(message));
    }));
}

/// The message of the last panic, if one happened.
#[wasm_bindgen]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow().clone())
}

/// One workbook checked, kept for the page: its report in either language and its
/// corrected copy.
#[wasm_bindgen]
pub struct Checked {
    report: FileReport,
    /// the mapping file's name, as the document's options name it (`--mapping NAME`)
    mapping_name: Option<String>,
}

/// A corrected copy and what `rakit fix` says about it.
#[wasm_bindgen(getter_with_clone)]
pub struct CorrectedCopy {
    /// the corrected workbook (always an xlsx)
    pub bytes: Vec<u8>,
    /// the name `rakit fix` gives it: `pk-diperbaiki.xlsx`
    pub name: String,
    /// `3 sel diperbaiki, 1 temuan perlu diperbaiki manual (lihat sheet Temuan)`
    pub summary: String,
    /// what a copy rebuilt from an xls, xlsb or ods file does not keep
    pub note: Option<String>,
}

#[wasm_bindgen]
impl Checked {
    /// Checks the bytes of the file `name`, with the mapping file's text (and its name, for
    /// the document's options) when one is given; an error only for a mapping that cannot
    /// be used (a workbook that cannot be read is a report with status `unreadable`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        name: &str,
        bytes: Vec<u8>,
        mapping: Option<String>,
        mapping_name: Option<String>,
    ) -> Result<Checked, JsError> {
        let mapping = match mapping {
            Some(text) => Some(Mapping::parse(&text).map_err(|e| JsError::new(&e.to_string()))?),
            None => None,
        };
        let mut checked = Checked::run(name, bytes, mapping.as_ref(), &Options::default());
        if mapping.is_some() {
            checked.mapping_name = mapping_name;
        }
        Ok(checked)
    }

    /// The JSON document of `rakit check --format json` for this file, in `lang` (`id`, `en`).
    pub fn json(&self, lang: &str) -> String {
        let run = report::Run {
            version: env!("CARGO_PKG_VERSION").to_string(),
            mapping: self.mapping_name.clone(),
            ..report::Run::default()
        };
        report::json_of_run(std::slice::from_ref(&self.report), &run, lang_of(lang))
    }

    /// `clean`, `findings` or `unreadable`.
    pub fn status(&self) -> String {
        match self.report.status {
            Status::Clean => "clean",
            Status::Findings => "findings",
            Status::Unreadable => "unreadable",
        }
        .to_string()
    }

    /// The summary line the terminal prints for this file.
    pub fn summary(&self, lang: &str) -> String {
        report::summary_line(&self.report, lang_of(lang))
    }

    /// The corrected copy, in `lang` (its Temuan sheet speaks it); where `rakit fix` writes
    /// none, the message it gives.
    pub fn copy(&self, lang: &str) -> Result<CorrectedCopy, JsError> {
        let lang = lang_of(lang);
        self.corrected(lang).map_err(|e| JsError::new(&e))
    }
}

impl Checked {
    /// Checks one file's bytes as `rakit check` does.
    pub fn run(name: &str, bytes: Vec<u8>, mapping: Option<&Mapping>, opts: &Options) -> Checked {
        Checked {
            report: app::check_bytes(Path::new(name), bytes, mapping, opts),
            mapping_name: None,
        }
    }

    /// The report of the check.
    pub fn report(&self) -> &FileReport {
        &self.report
    }

    /// The corrected copy and what `rakit fix` prints about it, or the message it gives
    /// instead of a copy.
    pub fn corrected(&self, lang: Lang) -> Result<CorrectedCopy, String> {
        let r = &self.report;
        if let Some(e) = &r.error {
            return Err(e.message.render(lang));
        }
        let name = fix::default_output(&r.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("buku-kerja{}.xlsx", fix::SUFFIX));
        match fix::corrected_copy(r, lang) {
            Ok(c) => {
                let formulas = if c.formulas > 0 {
                    format!(" ({} {})", c.formulas, OF_THEM_FORMULAS_PUT_BACK.get(lang))
                } else {
                    String::new()
                };
                let summary = format!(
                    "{} {}{formulas}, {} {}",
                    c.corrected,
                    CELLS_CORRECTED.get(lang),
                    c.remaining,
                    FINDINGS_NEED_A_MANUAL_FIX.get(lang)
                );
                Ok(CorrectedCopy {
                    bytes: c.bytes,
                    name,
                    summary,
                    note: c.not_kept,
                })
            }
            Err(WriteError::Refused(why)) => Err(why.render(lang)),
            Err(e) => Err(format!("{} ({e})", THE_CORRECTED_COPY_CANNOT_BE.get(lang))),
        }
    }
}

/// The years of several checked files, compared as `rakit compare` compares them: the page
/// adds each readable file, and offers the summary workbook when two or more years are read.
#[wasm_bindgen]
#[derive(Default)]
pub struct Years {
    reports: Vec<FileReport>,
}

#[wasm_bindgen]
impl Years {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Years {
        Years::default()
    }

    /// Adds a checked file (a file rakit could not read adds nothing).
    pub fn add(&mut self, checked: &Checked) {
        if checked.report.workbook.is_some() {
            self.reports.push(checked.report.clone());
        }
    }

    fn comparison(&self) -> rakit_core::compare::Comparison {
        rakit_core::compare::compare(
            &self.reports,
            &rakit_core::compare::CompareConfig::default(),
        )
    }

    /// The years read, in order (`[2013, 2014, …]`).
    pub fn years(&self) -> Vec<i32> {
        self.comparison().years
    }

    /// The summary workbook's name, as `rakit compare` names it (`perbandingan-2013-2016.xlsx`).
    pub fn name(&self, lang: &str) -> String {
        let lang = lang_of(lang);
        let years = self.comparison().years;
        let span = match (years.first(), years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        };
        format!("{}-{span}.xlsx", COMPARISON.get(lang))
    }

    /// What to know of the files before reading the comparison, one line each, as `rakit
    /// compare` prints them: a sheet left out as a copy of a year's table, files of several
    /// agencies.
    pub fn notices(&self, lang: &str) -> Vec<String> {
        self.comparison().notices(lang_of(lang))
    }

    /// The summary workbook (`rakit compare`'s, without links to files the page cannot see).
    pub fn xlsx(&self, lang: &str) -> Result<Vec<u8>, JsError> {
        self.comparison()
            .to_xlsx(lang_of(lang))
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_s_texts_join_the_catalogue() {
        let all = rakit_core::catalogue::all().chain(super::TEXTS.iter().copied());
        let problems = rakit_core::catalogue::problems(all);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
