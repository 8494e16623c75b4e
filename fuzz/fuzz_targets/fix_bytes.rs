//! Any bytes as a workbook, checked and then corrected: writing the corrected copy either
//! succeeds or refuses with an error, and never panics; a copy it writes reads back.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use rakit_core::{app, i18n::Lang, rules::Options};

fuzz_target!(|data: &[u8]| {
    common::reader_panics_are_damaged_files();
    let name = std::path::Path::new("fuzz.xlsx");
    let report = app::check_bytes(name, data.to_vec(), None, &Options::default());
    if let Ok(copy) = rakit_core::fix::corrected_copy(&report, Lang::Id) {
        let again = app::check_bytes(name, copy.bytes, None, &Options::default());
        assert!(
            again.workbook.is_some(),
            "a corrected copy rakit wrote does not read back: {:?}",
            again.error
        );
    }
});
