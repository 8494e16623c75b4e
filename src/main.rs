//! The `rakit` binary: parses arguments (help and errors in the chosen language) and
//! dispatches (see `rakit::commands`).

use clap::error::ErrorKind;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    rakit::purge_freed_memory_promptly();
    rakit::no_transparent_huge_pages();
    quiet_reader_panics();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = rakit::cli::lang_of(&args);
    let cli = match rakit::cli::parse(args, lang) {
        Ok(c) => c,
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let _ = e.print();
                std::process::exit(0);
            }
            _ => {
                eprint!("{}", rakit::cli::error_text(&e, lang));
                std::process::exit(2);
            }
        },
    };
    std::process::exit(rakit::commands::run(cli));
}

/// A reader underneath rakit (calamine, zip, quick-xml) that panics on hostile bytes makes
/// that file "damaged" (`rakit_core::read` catches it and the report names the file and the
/// reason); the panic's own backtrace text would only frighten. Panics in rakit's own code
/// still print as usual.
fn quiet_reader_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !rakit::read::panic_in_dependency(info) {
            default(info);
        }
    }));
}
