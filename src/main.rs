//! The `rakit` binary: parses arguments (help and errors in the chosen language) and
//! dispatches (see `rakit::commands`).

use clap::error::ErrorKind;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    rakit::purge_freed_memory_promptly();
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
