//! What every target shares.

/// libFuzzer's hook aborts on any panic, even one rakit catches. rakit's reader turns a panic of
/// a reader underneath (calamine, zip, quick-xml) into a damaged-file report
/// (`rakit_core::read::load_bytes`); such a panic is not a crash, so the hook lets it unwind to
/// that catch. A panic anywhere else still aborts, and libFuzzer saves the input.
pub fn reader_panics_are_damaged_files() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !rakit_core::read::panic_in_dependency(info) {
                fuzzer_hook(info);
            }
        }));
    });
}
