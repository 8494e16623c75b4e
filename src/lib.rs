//! rakit reads the performance-measurement workbooks of Indonesian local agencies
//! (Pengukuran Kinerja, Rencana Aksi), recalculates every % column exactly, reports every
//! problem at its cell and writes corrected workbooks.
//!
//! This crate is the command-line front end over [`rakit_core`], the core with bytes in and
//! bytes out. It adds what touches the computer: reading files and folders
//! ([`app::check_file`], [`app::collect_inputs`]), saving through a temporary file
//! ([`write::save_atomically`], [`fix::fix`]), the environment (`RAKIT_MAX_UNPACKED_MB`),
//! the terminal's report ([`render`]), the arguments ([`cli`]) and the commands
//! ([`commands`]). The core's modules are re-exported under the same names, so
//! `rakit::rules::Options` is `rakit_core::rules::Options`.
//!
//! Checking a workbook and reading its findings:
//!
//! ```
//! use std::path::Path;
//! use rakit::{app, rules::Options};
//!
//! let report = app::check_file(Path::new("sample-workbooks/banjar-pk-2015.xlsx"), None, &Options::default());
//! let g14 = report.findings.iter().find(|f| f.cell() == "G14").unwrap();
//! assert_eq!(g14.code, rakit::rules::RuleId::C101);
//! assert_eq!(g14.found.as_deref(), Some("109,10"));
//! assert_eq!(g14.expected.as_deref(), Some("109,90"));
//! ```

pub use rakit_core::{
    compare, emit, forms, formula, guard, i18n, layout, model, num, outcome, place, rules, sniff,
    text, value,
};

/// Every text rakit writes for people: the core's catalogue and the command line's own.
pub fn texts() -> impl Iterator<Item = &'static rakit_core::i18n::Text> {
    let modules: [&[&rakit_core::i18n::Text]; 6] = [
        app::TEXTS,
        cli::TEXTS,
        commands::TEXTS,
        compare_cmd::TEXTS,
        render::file_texts(),
        render::diagnostic_texts(),
    ];
    rakit_core::catalogue::all().chain(modules.into_iter().flatten().copied())
}

pub mod cli;
pub mod commands;
pub mod compare_cmd;
pub mod render;

/// One file, start to end ([`rakit_core::app`]), and the files and folders named on the
/// command line.
pub mod app {
    use std::path::{Path, PathBuf};

    pub use rakit_core::app::*;
    pub use rakit_core::outcome::{is_corrected_copy_name, Skipped};

    use crate::layout::mapping::Mapping;
    use crate::rules::Options;

    /// Checks one file. Never panics on its content and never writes anything.
    pub fn check_file(path: &Path, mapping: Option<&Mapping>, opts: &Options) -> FileReport {
        match std::fs::read(path) {
            Ok(bytes) => check_bytes_limited(
                path,
                bytes,
                mapping,
                opts,
                crate::read::max_unpacked_bytes(),
            ),
            Err(e) => FileReport::failed(
                path,
                read_error(&rakit_core::read::ReadError::Io(e.to_string())),
            ),
        }
    }

    /// Reads one file for `rakit compare` ([`read_for_compare`]): its sheet models and
    /// workbook, no rules. A file that cannot be read fails with [`check_file`]'s message.
    pub fn read_file_for_compare(path: &Path, mapping: Option<&Mapping>) -> FileReport {
        match std::fs::read(path) {
            Ok(bytes) => read_for_compare(path, bytes, mapping, crate::read::max_unpacked_bytes()),
            Err(e) => FileReport::failed(
                path,
                read_error(&rakit_core::read::ReadError::Io(e.to_string())),
            ),
        }
    }

    /// Expands folders into the workbooks they hold (recursively, sorted); files are kept as
    /// given whatever their extension. Our own corrected copies are skipped inside folders.
    pub fn collect_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
        collect_inputs_with_roots(paths)
            .into_iter()
            .map(|i| i.path)
            .collect()
    }

    /// A workbook to process and the folder argument it was found in.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Input {
        /// The workbook, as given or as the folder argument joined with its place inside it.
        pub path: PathBuf,
        /// The folder argument it was found in; `None` for a file argument.
        pub root: Option<PathBuf>,
    }

    impl Input {
        /// The path as people read it: relative to the folder given, or as given.
        pub fn relative(&self) -> String {
            self.root
                .as_deref()
                .and_then(|root| self.path.strip_prefix(root).ok())
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(&self.path)
                .display()
                .to_string()
        }
    }

    /// [`collect_inputs`], keeping for each workbook the folder argument it came from, so a
    /// corrected copy can keep its place in the folder's subfolders.
    pub fn collect_inputs_with_roots(paths: &[PathBuf]) -> Vec<Input> {
        collect(paths, false).0
    }

    /// The workbooks of a check: folders expanded, rakit's corrected copies included (a
    /// verifier receives them back), and the files of the folders that look like workbooks
    /// but are not checked, with the reason (Office lock files `~$…`, rakit's temporary
    /// files). Files that are not workbooks at all are not listed.
    pub fn collect_for_check(paths: &[PathBuf]) -> (Vec<Input>, Vec<Skipped>) {
        collect(paths, true)
    }

    fn collect(paths: &[PathBuf], copies: bool) -> (Vec<Input>, Vec<Skipped>) {
        let mut out = Vec::new();
        let mut skipped = Vec::new();
        for p in paths {
            if p.is_dir() {
                let mut found = Vec::new();
                let mut passed = Vec::new();
                walk(p, copies, &mut found, &mut passed);
                found.sort();
                passed.sort_by(|a, b| a.0.cmp(&b.0));
                out.extend(found.into_iter().map(|path| Input {
                    path,
                    root: Some(p.clone()),
                }));
                skipped.extend(passed.into_iter().map(|(path, reason)| Skipped {
                    path: path.strip_prefix(p).unwrap_or(&path).display().to_string(),
                    reason,
                }));
            } else {
                out.push(Input {
                    path: p.clone(),
                    root: None,
                });
            }
        }
        (out, skipped)
    }

    fn walk(
        dir: &Path,
        copies: bool,
        out: &mut Vec<PathBuf>,
        skipped: &mut Vec<(PathBuf, crate::rules::Message)>,
    ) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, copies, out, skipped);
                continue;
            }
            if !has_workbook_extension(&p) {
                continue;
            }
            match skip_reason(&p, copies) {
                Some(reason) => skipped.push((p, reason)),
                None => out.push(p),
            }
        }
    }

    fn has_workbook_extension(p: &Path) -> bool {
        p.extension()
            .and_then(|e| e.to_str())
            .map(|e| rakit_core::app::EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            .unwrap_or(false)
    }

    rakit_core::texts! {
        LOCK_FILE = "app.skip.lock_file",
            "berkas kunci Office (dibuat Excel selama buku kerjanya terbuka), bukan buku kerja",
            "an Office lock file (Excel makes it while the workbook is open), not a workbook";
        TEMPORARY = "app.skip.temporary",
            "berkas sementara rakit (sisa penyimpanan yang terputus)",
            "a rakit temporary file (left by an interrupted save)";
        CORRECTED_COPY = "app.skip.corrected_copy",
            "salinan perbaikan rakit: tidak diperbaiki lagi",
            "a rakit corrected copy: not corrected again";
    }

    /// Why a workbook-named file in a folder is not processed, if it is not.
    fn skip_reason(p: &Path, copies: bool) -> Option<crate::rules::Message> {
        use crate::rules::Message;
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("~$") {
            return Some(Message::new(&LOCK_FILE));
        }
        if name.starts_with(".rakit-") {
            return Some(Message::new(&TEMPORARY));
        }
        if !copies && is_corrected_copy_name(p) {
            return Some(Message::new(&CORRECTED_COPY));
        }
        None
    }
}

/// Reading workbooks ([`rakit_core::read`]) from files.
pub mod read {
    use std::path::Path;

    pub use rakit_core::read::*;

    /// The limit in force: [`MAX_UNPACKED_BYTES`], or `RAKIT_MAX_UNPACKED_MB` mebibytes
    /// when set.
    pub fn max_unpacked_bytes() -> u64 {
        std::env::var("RAKIT_MAX_UNPACKED_MB")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .map(|mb| mb * 1024 * 1024)
            .unwrap_or(MAX_UNPACKED_BYTES)
    }

    /// Reads a workbook file. The file is read once into memory and never written.
    pub fn load(path: &Path) -> Result<Workbook, ReadError> {
        let bytes = std::fs::read(path).map_err(|e| ReadError::Io(e.to_string()))?;
        load_bytes_limited(path, bytes, max_unpacked_bytes())
    }
}

/// Writing workbooks ([`rakit_core::write`]) to files.
pub mod write {
    use std::io::Write as _;
    use std::path::{Path, PathBuf};

    pub use rakit_core::write::*;

    /// The in-place xlsx patcher, from a file.
    pub mod patch {
        use std::io::{Seek, Write};
        use std::path::Path;

        pub use rakit_core::write::patch::*;

        use super::{CellEdit, ExtraSheet, WriteError};

        /// [`patch_xlsx`] of the xlsx file at `input`.
        pub fn write_patched_xlsx(
            input: &Path,
            out: &mut (impl Write + Seek),
            edits: &[CellEdit],
            extra: &[ExtraSheet],
        ) -> Result<(), WriteError> {
            patch_xlsx(std::fs::read(input)?, out, edits, extra)
        }
    }

    /// Writes through `write` into a temporary file next to `dest`, then renames it to `dest`.
    /// Refuses to write onto `input`.
    pub fn save_atomically<F>(input: &Path, dest: &Path, write: F) -> Result<PathBuf, WriteError>
    where
        F: FnOnce(&mut std::fs::File) -> Result<(), WriteError>,
    {
        if same_file(input, dest) {
            return Err(WriteError::Io(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the output would overwrite the input",
            )));
        }
        let dir = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        let mut tmp = tempfile::Builder::new()
            .prefix(".rakit-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        write(tmp.as_file_mut())?;
        tmp.as_file_mut().flush()?;
        tmp.as_file_mut().sync_all()?;
        // the copy gets the input's permissions, not the temporary file's private ones
        if let Ok(meta) = std::fs::metadata(input) {
            let _ = tmp.as_file().set_permissions(meta.permissions());
        }
        tmp.persist(dest).map_err(|e| WriteError::Io(e.error))?;
        Ok(dest.to_path_buf())
    }

    fn same_file(a: &Path, b: &Path) -> bool {
        match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// Corrected copies ([`rakit_core::fix`]) saved to files.
pub mod fix {
    use std::io::Write as _;
    use std::path::{Path, PathBuf};

    pub use rakit_core::fix::*;

    use crate::i18n::Lang;
    use crate::outcome::FileReport;
    use crate::write::WriteError;

    /// What a fix did.
    #[derive(Debug, Clone)]
    pub struct FixOutcome {
        pub output: PathBuf,
        pub corrected: usize,
        pub remaining: usize,
        /// of the corrected cells, formulas put back to their column's pattern
        pub formulas: usize,
        /// what a rebuilt copy (xls, xlsb, ods input) could not keep, in the chosen language
        pub not_kept: Option<String>,
    }

    /// Writes the corrected copy of a checked file to `output` (never onto the input).
    pub fn fix(report: &FileReport, output: &Path, lang: Lang) -> Result<FixOutcome, WriteError> {
        let c = corrected_copy(report, lang)?;
        let out = crate::write::save_atomically(&report.path, output, |file| {
            file.write_all(&c.bytes)?;
            Ok(())
        })?;
        Ok(FixOutcome {
            output: out,
            corrected: c.corrected,
            remaining: c.remaining,
            formulas: c.formulas,
            not_kept: c.not_kept,
        })
    }
}

/// Outputs ([`rakit_core::report`]) and the terminal's report ([`crate::render`]).
pub mod report {
    pub use crate::render::*;
    pub use rakit_core::report::*;
}

/// Keeps the kernel from backing rakit's memory with transparent huge pages (Linux; elsewhere
/// it does nothing). mimalloc asks for them (`madvise`) on the arenas it reserves, and on a
/// machine whose memory is fragmented a fault there then waits for the kernel to compact
/// memory and zero 2 MiB at once: summary workbooks of the real-size compare set took a
/// quarter more wall time and five times the system time (1.71 s against 1.38 s, system
/// 0.73 s against 0.13 s, eight runs each), and a check of the same files 3 % more. Ordinary
/// 4 KiB pages cost more faults, which measure as nothing beside that. Call it first thing
/// in `main`.
pub fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag of this
        // process; a kernel without it returns an error, which changes nothing
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

/// Makes the global allocator (mimalloc, set by the `rakit` binary, the benchmarks and the
/// examples) give freed memory back at once. By default it keeps freed pages a second (ten
/// for its arenas): a check frees the workbook's XML and the reader's scratch buffers early,
/// the model then grows into fresh pages, and the peak counts both. Purging at once keeps
/// the peak to what is live (text-heavy workbook of 50,000 rows: 183 → 125 MiB; calamine
/// loading it: 56 → 45 MiB) at no CPU time that could be measured. Call it first thing in
/// `main`, before any thread starts; without mimalloc linked it must not be called. A run
/// over many files keeps freed pages again ([`reuse_freed_memory_across_files`]).
pub fn purge_freed_memory_promptly() {
    // SAFETY: called first thing in `main`, before other threads start
    unsafe { set_purge_delay(0) }
}

/// Makes mimalloc keep freed pages a while (a second, its default) instead of giving them
/// back at once: for a run over many files. Each file's XML, cells and model are freed when
/// its report is made, and the next file reuses those pages; given back at once, every file
/// would fault them in again and the kernel zero them (a folder of 1,000 submissions: 125,000
/// page faults, a fifth of the CPU time). The peak stays the largest files being checked
/// side by side, whatever the number of files (`cargo bench --bench scale`: 1,000 files
/// then take a quarter to a third less CPU time; the peak, flat, is about 30 MiB on one
/// thread and 60 on two). Call it
/// before the files are checked, while no other thread allocates; under another global
/// allocator (the tests) it changes nothing.
pub fn reuse_freed_memory_across_files() {
    // SAFETY: called before the files are checked, when no other thread allocates
    unsafe { set_purge_delay(1000) }
}

/// Sets mimalloc's `purge_delay` (milliseconds freed pages are kept before they are given
/// back to the system).
///
/// # Safety
/// mimalloc must be linked, and no other thread may be reading the option meanwhile.
unsafe fn set_purge_delay(ms: std::ffi::c_long) {
    // `mi_option_purge_delay` is the 16th option of mimalloc's `mi_option_t` (v2 and v3);
    // libmimalloc-sys declares `mi_option_set` only behind a feature that pulls in one more
    // crate, so it is declared here
    const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: the caller's (mi_option_set only stores the option)
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, ms) }
}
