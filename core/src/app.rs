//! One file, start to end: read → layout → model → rules, with every way a file can fail
//! turned into a message that names the file and says what to do.

use std::path::Path;

use crate::i18n::Lang;
use crate::i18n::{Message, Text};
use crate::layout::mapping::Mapping;
use crate::layout::TableKind;
use crate::msg;
use crate::read::{self, ReadError, Workbook};
use crate::rules::{self, Options, Severity};
use crate::sniff::Kind;

pub use crate::outcome::{FileError, FileReport, Shed, SheetSummary, Skipped, Status, Verdict};

crate::texts! {
    OS_NOT_FOUND = "app.os.not_found",
        "berkas tidak ditemukan",
        "file not found";
    OS_NO_FOLDER = "app.os.no_folder",
        "folder dalam jalurnya tidak ditemukan",
        "a folder in its path does not exist";
    OS_DENIED = "app.os.denied",
        "izin ditolak",
        "permission denied";
    OS_IS_FOLDER = "app.os.is_folder",
        "ini folder, bukan berkas",
        "it is a folder, not a file";
    OS_DISK_FULL = "app.os.disk_full",
        "disk penuh",
        "the disk is full";
    OS_IN_USE = "app.os.in_use",
        "berkas sedang dipakai program lain (mungkin terbuka di Excel)",
        "the file is in use by another program (perhaps open in Excel)";
    OS_READ_ONLY = "app.os.read_only",
        "disk atau foldernya hanya bisa dibaca",
        "the disk or folder is read-only";
    OS_OTHER = "app.os.other",
        "{detail}",
        "{detail}";
    NO_TABLE = "app.no_table",
        "tidak ada tabel indikator di sheet mana pun ({sheets}). rakit mencari baris judul kolom seperti \"Indikator\", \"Target\", \"Realisasi\", \"%\". Bila tabelnya ada tetapi judulnya lain, tulis berkas pemetaan (lihat docs/panduan.md, \"Pemetaan kolom\") dan jalankan: rakit check --mapping pemetaan.toml BERKAS",
        "no indicator table on any sheet ({sheets}). rakit looks for a header row with labels such as \"Indikator\", \"Target\", \"Realisasi\", \"%\". If the table is there under other labels, write a mapping file (see docs/guide.md, \"Column mapping\") and run: rakit check --mapping mapping.toml FILE";
    NO_TABLE_WEB_PAGE = "app.no_table.web_page",
        "halaman web ini tidak memuat tabel (yang terbaca hanya teks: \"{text}\"). Mungkin ekspornya gagal, misalnya karena sesi login sudah habis. Masuk lagi ke aplikasinya, unduh ulang, lalu periksa isinya di Excel.",
        "this web page holds no table (all it says is: \"{text}\"). Perhaps the export failed, for instance because the login session had expired. Log in to the application again, download it again, and look at it in Excel.";
    IO = "app.io",
        "berkas tidak dapat dibuka ({error}). Periksa nama dan izin berkasnya.",
        "the file cannot be opened ({error}). Check its name and permissions.";
    DAMAGED = "app.damaged",
        "buku kerja rusak atau terpotong ({detail}). Salin atau unduh ulang berkasnya, atau buka di Excel dan simpan ulang.",
        "the workbook is damaged or cut short ({detail}). Copy or download it again, or open it in Excel and save it again.";
    TOO_LARGE = "app.too_large",
        "buku kerja ini membengkak menjadi {size} MiB saat dibuka, melebihi batas {limit} MiB (kemungkinan berkas berbahaya atau rusak). Buka di Excel, hapus sheet yang tidak perlu, simpan ulang.",
        "this workbook inflates to {size} MiB when opened, over the {limit} MiB limit (possibly hostile or damaged). Open it in Excel, delete sheets you do not need, save again.";
    ENCRYPTED = "app.encrypted",
        "buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu coba lagi.",
        "the workbook is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.";
    BROKEN_SHEET = "app.broken_sheet",
        "sheet \"{sheet}\" rusak ({detail}). Buka di Excel atau LibreOffice dan simpan ulang sebagai .xlsx.",
        "sheet \"{sheet}\" is broken ({detail}). Open the file in Excel or LibreOffice and save it again as .xlsx.";
    NW_EMPTY = "app.not_workbook.empty",
        "berkas kosong (0 bait). Simpan ulang buku kerjanya dari Excel, lalu coba lagi.",
        "the file is empty (0 bytes). Save the workbook again from Excel, then try again.";
    NW_PDF = "app.not_workbook.pdf",
        "berkas ini PDF, bukan buku kerja. Minta berkas Excel aslinya dari perangkat daerah.",
        "this file is a PDF, not a workbook. Ask the agency for the original Excel file.";
    NW_JSON = "app.not_workbook.json",
        "berkas ini dokumen JSON (misalnya keluaran rakit --format json), bukan buku kerja. Berikan buku kerja aslinya (xlsx, xls, xlsb, ods).",
        "this file is a JSON document (for instance the output of rakit --format json), not a workbook. Give the original workbook (xlsx, xls, xlsb, ods).";
    NW_NOT_WORKBOOK_WHAT = "app.not_workbook.not_workbook.what",
        "berkas zip ini berisi dokumen {what}, bukan buku kerja. Periksa apakah berkas yang dikirim benar.",
        "this zip holds a {what} document, not a workbook. Check that the right file was sent.";
    NW_NOT_WORKBOOK = "app.not_workbook.not_workbook",
        "berkas zip ini bukan buku kerja (tidak ada xl/workbook.xml). Periksa apakah berkas yang dikirim benar.",
        "this zip is not a workbook (it has no xl/workbook.xml). Check that the right file was sent.";
    NW_DAMAGED_DETAIL = "app.not_workbook.damaged",
        "buku kerja rusak atau terpotong ({detail}). Salin atau unduh ulang berkasnya.",
        "the workbook is damaged or cut short ({detail}). Copy or download it again.";
    NW_UNKNOWN = "app.not_workbook.unknown",
        "isi berkas ini tidak dikenali sebagai buku kerja (xlsx, xls, xlsb, ods). Buka di Excel dan simpan sebagai .xlsx.",
        "this file's content is not a workbook (xlsx, xls, xlsb, ods). Open it in Excel and save it as .xlsx.";
}

/// Checks the bytes of one workbook, named `path` in messages. Never panics on its content.
pub fn check_bytes(
    path: &Path,
    bytes: Vec<u8>,
    mapping: Option<&Mapping>,
    opts: &Options,
) -> FileReport {
    check_bytes_limited(path, bytes, mapping, opts, read::MAX_UNPACKED_BYTES)
}

/// [`check_bytes`] with another limit on the workbook's unpacked size.
pub fn check_bytes_limited(
    path: &Path,
    bytes: Vec<u8>,
    mapping: Option<&Mapping>,
    opts: &Options,
    max_unpacked: u64,
) -> FileReport {
    use sha2::Digest as _;
    let digest: [u8; 32] = sha2::Sha256::digest(&bytes).into();
    let mut r = match read::load_bytes_limited(path, bytes, max_unpacked) {
        Ok(wb) => check_workbook(wb, mapping, opts),
        Err(e) => FileReport::failed(path, read_error(&e)),
    };
    r.digest = Some(digest);
    r
}

/// Reads the bytes of one workbook for `rakit compare`, named `path` in messages: the sheet
/// models and the workbook (for the cells of sources and headers), nothing else. No rule,
/// no guard, no digest: compare never reads check's findings. A file that cannot be read,
/// or holds no indicator table, fails with the same message as [`check_bytes_limited`];
/// one that is read has [`Status::Clean`] and no findings because nothing was checked.
pub fn read_for_compare(
    path: &Path,
    bytes: Vec<u8>,
    mapping: Option<&Mapping>,
    max_unpacked: u64,
) -> FileReport {
    let wb = match read::load_bytes_limited(path, bytes, max_unpacked) {
        Ok(wb) => wb,
        Err(e) => return FileReport::failed(path, read_error(&e)),
    };
    let models = match tables(&wb, mapping) {
        Ok(m) => m,
        Err(e) => return FileReport::failed(&wb.path, e),
    };
    FileReport {
        path: wb.path.clone(),
        status: Status::Clean,
        error: None,
        sheets: sheet_summaries(&models),
        findings: Vec::new(),
        relative_path: wb.path.display().to_string(),
        agency: models.iter().find_map(|m| m.meta.agency.clone()),
        corrected_copy: crate::outcome::is_corrected_copy_name(&wb.path)
            || crate::outcome::has_rakit_sheets(&wb),
        digest: None,
        figures: None,
        workbook: Some(wb),
        models,
        policies: Vec::new(),
        places: Vec::new(),
        tallied: [0; 3],
    }
}

/// The sheet models of a workbook, or the message saying it holds no indicator table.
fn tables(
    wb: &Workbook,
    mapping: Option<&Mapping>,
) -> Result<Vec<crate::model::SheetModel>, FileError> {
    let models = crate::forms::build(wb, mapping);
    if models.is_empty() {
        let names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
        let message = match web_page_text(wb) {
            Some(text) => msg!(NO_TABLE_WEB_PAGE, text),
            None => msg!(NO_TABLE, sheets = names.join(", ")),
        };
        return Err(FileError {
            kind: "no_table",
            message,
        });
    }
    Ok(models)
}

/// The text of a web page that holds no table (no row with two cells filled, as a login
/// page an expired session returns in place of the export), its first lines cut to 80
/// characters; `None` for any other file, or a page with a table.
fn web_page_text(wb: &Workbook) -> Option<String> {
    if wb.format != read::Format::Html {
        return None;
    }
    let mut rows: Vec<(&str, u32)> = Vec::new();
    let mut text = String::new();
    let mut cut = false;
    for s in &wb.sheets {
        for c in s.cells.iter().filter(|c| !c.value.is_empty()) {
            if rows.contains(&(s.name.as_str(), c.row)) {
                return None;
            }
            rows.push((s.name.as_str(), c.row));
            for (i, w) in c.shown().split_whitespace().enumerate() {
                if cut || text.chars().count() + w.chars().count() > 80 {
                    cut = true;
                    break;
                }
                if !text.is_empty() {
                    text.push_str(if i == 0 { " / " } else { " " });
                }
                text.push_str(w);
            }
        }
    }
    if cut {
        text.push_str(" …");
    }
    Some(text)
}

/// What each sheet read holds.
fn sheet_summaries(models: &[crate::model::SheetModel]) -> Vec<SheetSummary> {
    models
        .iter()
        .map(|m| SheetSummary {
            name: m.name.clone(),
            layout: m
                .tables
                .first()
                .map(|t| t.kind)
                .unwrap_or(TableKind::Annual),
            year: m.year(),
            indicators: m.indikator.len() + m.triwulan.len(),
        })
        .collect()
}

/// Checks a workbook already read.
pub fn check_workbook(wb: Workbook, mapping: Option<&Mapping>, opts: &Options) -> FileReport {
    let models = match tables(&wb, mapping) {
        Ok(m) => m,
        Err(e) => return FileReport::failed(&wb.path, e),
    };
    let policies = rules::sheet_policy::decide_all(&models, opts);
    // the figures' fingerprint (for duplicates across files) beside the rules
    let (mut findings, figures) = rayon::join(
        || rules::check(&wb, &models, &policies, opts),
        || figures_fingerprint(&models),
    );
    crate::guard::guard(&wb, &models, &mut findings);
    if let Some(policy) = &opts.policy {
        let mut breaches = rules::policy::check(&wb, &models, &findings, policy);
        breaches.retain(|f| opts.reports(f.code));
        findings.extend(breaches);
    }
    let sheets = sheet_summaries(&models);
    let status = if findings.iter().any(|f| f.severity != Severity::Info) {
        Status::Findings
    } else {
        Status::Clean
    };
    FileReport {
        path: wb.path.clone(),
        status,
        error: None,
        sheets,
        findings,
        relative_path: wb.path.display().to_string(),
        agency: models.iter().find_map(|m| m.meta.agency.clone()),
        corrected_copy: crate::outcome::is_corrected_copy_name(&wb.path)
            || crate::outcome::has_rakit_sheets(&wb),
        digest: None,
        figures,
        workbook: Some(wb),
        models,
        policies,
        places: Vec::new(),
        tallied: [0; 3],
    }
}

/// An operating system's error (`No such file or directory (os error 2)`) in `lang`: the
/// common ones by their error number, others as the system wrote them.
pub fn os_error_text(detail: &str, lang: Lang) -> String {
    os_error(detail).render(lang)
}

/// An operating system's error as a message: the common ones by their error number, others
/// as the system wrote them.
pub fn os_error(detail: &str) -> Message {
    let code = detail
        .rsplit("(os error ")
        .next()
        .and_then(|c| c.strip_suffix(')'))
        .and_then(|c| c.trim().parse::<i32>().ok());
    let text: Option<&'static Text> = match (cfg!(windows), code) {
        (_, Some(2)) => Some(&OS_NOT_FOUND),
        (true, Some(3)) | (false, Some(20)) => Some(&OS_NO_FOLDER),
        (true, Some(5)) | (false, Some(13 | 1)) => Some(&OS_DENIED),
        (false, Some(21)) => Some(&OS_IS_FOLDER),
        (false, Some(28)) | (true, Some(112)) => Some(&OS_DISK_FULL),
        (true, Some(32 | 33)) => Some(&OS_IN_USE),
        (false, Some(30)) | (true, Some(19)) => Some(&OS_READ_ONLY),
        _ => None,
    };
    match text {
        Some(text) => Message::new(text),
        None => msg!(OS_OTHER, detail),
    }
}

/// Fewer figures than this are not compared across files (D102): small tables agree by
/// chance.
const MIN_FIGURES: usize = 8;

/// A fingerprint of every figure of the tables, in order, as the cells show them.
fn figures_fingerprint(models: &[crate::model::SheetModel]) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    let mut n = 0usize;
    let mut add = |f: Option<&crate::model::Figure>| {
        if let Some(f) = f.filter(|f| !f.shown.trim().is_empty()) {
            f.shown.hash(&mut h);
            n += 1;
        } else {
            0u8.hash(&mut h);
        }
    };
    for m in models {
        for i in &m.indikator {
            add(i.target.as_ref());
            add(i.realisasi.as_ref());
            add(i.capaian.as_ref());
        }
        for i in &m.triwulan {
            add(i.annual.as_ref());
            for q in &i.quarters {
                add(q.target.as_ref());
                add(q.realisasi.as_ref());
                add(q.capaian.as_ref());
            }
        }
    }
    (n >= MIN_FIGURES).then(|| h.finish())
}

/// The findings across the files of one run, once every file is checked: byte-identical
/// files (D101) and workbooks with the same figures (D102). Each file of a group gets a
/// finding naming the others (by [`FileReport::relative_path`]).
pub fn cross_check(reports: &mut [FileReport], opts: &Options) {
    use std::collections::BTreeMap;
    let readable = |r: &FileReport| r.status != Status::Unreadable && !r.sheets.is_empty();
    let mut by_bytes: BTreeMap<[u8; 32], Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        if let (Some(d), true) = (r.digest, readable(r)) {
            by_bytes.entry(d).or_default().push(i);
        }
    }
    let mut by_figures: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        if let (Some(fp), true) = (r.figures, readable(r)) {
            by_figures.entry(fp).or_default().push(i);
        }
    }
    let mut add: Vec<(usize, crate::rules::Finding)> = Vec::new();
    if opts.reports(crate::rules::RuleId::D101) {
        for group in by_bytes.values().filter(|g| g.len() > 1) {
            for &i in group {
                let others: Vec<&str> = group
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| reports[j].relative_path.as_str())
                    .collect();
                let sheet = &reports[i].sheets[0].name;
                add.push((i, rules::duplicate::same_bytes(sheet, &others)));
            }
        }
    }
    if opts.reports(crate::rules::RuleId::D102) {
        for group in by_figures.values().filter(|g| g.len() > 1) {
            for &i in group {
                // the same bytes are D101's
                let others: Vec<&str> = group
                    .iter()
                    .filter(|&&j| j != i && reports[j].digest != reports[i].digest)
                    .map(|&j| reports[j].relative_path.as_str())
                    .collect();
                if others.is_empty() {
                    continue;
                }
                let sheet = &reports[i].sheets[0].name;
                add.push((i, rules::duplicate::same_figures(sheet, &others)));
            }
        }
    }
    for (i, f) in add {
        let r = &mut reports[i];
        if r.places.len() == r.findings.len() {
            // the places stay beside the findings (a slimmed report has no models)
            r.places.insert(0, crate::place::place_of(&r.models, &f));
        }
        r.findings.insert(0, f);
        if r.status == Status::Clean {
            r.status = Status::Findings;
        }
    }
}

/// The message for a file that cannot be read, with what to do about it.
pub fn read_error(e: &ReadError) -> FileError {
    let (kind, message): (&'static str, Message) = match e {
        ReadError::Io(detail) => ("io", msg!(IO, error = os_error(detail))),
        ReadError::NotWorkbook(kind) => not_workbook(kind),
        ReadError::Damaged(detail) => ("damaged", msg!(DAMAGED, detail)),
        ReadError::TooLarge { size: bytes, limit } => (
            "too_large",
            msg!(
                TOO_LARGE,
                size = bytes / (1024 * 1024),
                limit = limit / (1024 * 1024)
            ),
        ),
        ReadError::Encrypted => ("encrypted", msg!(ENCRYPTED)),
        ReadError::BrokenSheet { sheet, detail } => {
            ("broken_sheet", msg!(BROKEN_SHEET, sheet, detail))
        }
    };
    FileError { kind, message }
}

fn not_workbook(kind: &Kind) -> (&'static str, Message) {
    match kind {
        Kind::Empty => ("empty", msg!(NW_EMPTY)),
        Kind::Pdf => ("pdf", msg!(NW_PDF)),
        Kind::Json => ("json", msg!(NW_JSON)),
        Kind::ZipNotWorkbook(what) if !what.is_empty() => {
            ("not_workbook", msg!(NW_NOT_WORKBOOK_WHAT, what))
        }
        Kind::ZipNotWorkbook(_) => ("not_workbook", msg!(NW_NOT_WORKBOOK)),
        Kind::Damaged(detail) => ("damaged", msg!(NW_DAMAGED_DETAIL, detail)),
        // an HTML page, an XML Spreadsheet and a CSV are read as workbooks, never refused
        Kind::Zip | Kind::Ole | Kind::Unknown | Kind::Html | Kind::SpreadsheetXml | Kind::Csv => {
            ("unknown", msg!(NW_UNKNOWN))
        }
    }
}

/// Workbook extensions looked for inside folders.
/// (a `.csv` is a portal's export of a table, read as Excel opens it)
pub const EXTENSIONS: [&str; 7] = ["xlsx", "xlsm", "xls", "xlsb", "ods", "xltx", "csv"];
