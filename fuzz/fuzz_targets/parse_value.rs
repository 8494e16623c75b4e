//! Any text as a cell's value: parsing it never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = rakit_core::value::parse(s);
        let _ = rakit_core::report::plain_decimal(s);
    }
});
