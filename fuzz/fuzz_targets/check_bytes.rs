//! Any bytes as a workbook (xlsx, xls, xlsb, ods, or none): checking them returns a report
//! and never panics. Seed the corpus with `sample-workbooks/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use rakit_core::{app, rules::Options};

fuzz_target!(|data: &[u8]| {
    common::reader_panics_are_damaged_files();
    let r = app::check_bytes(
        std::path::Path::new("fuzz.xlsx"),
        data.to_vec(),
        None,
        &Options::default(),
    );
    let _ = rakit_core::report::json(&[r], rakit_core::i18n::Lang::Id);
});
