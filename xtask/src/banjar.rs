//! The Banjar 2013-2016 Pengukuran Kinerja workbooks (seed `003_922fbe220de32440.txt`), and a small
//! synthetic workbook for the polarity and grade rules the seed does not exercise.
//!
//! Every value is written exactly as the seed types it, mistakes included (see the table of
//! planted mistakes at the top of each builder, and `sample-workbooks/BANJAR.md`). How a typed
//! value becomes a cell (number or text, which number format) is [`common::typed`].
//!
//! Files written to `sample-workbooks/`:
//! - `banjar-pk-2013.xlsx` (sheet `PK 2013`), and `banjar-pk-2013.ods` converted from it
//! - `banjar-pk-2014.xlsx` (sheet `Pengukuran Kinerja`)
//! - `banjar-pk-2015.xlsx` (sheet `Sheet1`), and `banjar-pk-2015.xls` converted from it
//! - `banjar-pk-2016.xlsx` (sheets `PK 2016` and `Capaian Renstra`)
//! - `contoh-polaritas-predikat.xlsx` (sheet `PK 2021`, synthetic)
//!
//! The `.ods` and `.xls` copies are made by LibreOffice (`soffice --headless --convert-to`) when
//! `soffice` is on PATH; without it a warning is printed and they are left as they are.

mod common;
mod pk2013;
mod pk2014;
mod pk2015;
mod pk2016;
mod polaritas;

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sheet;
use rust_xlsxwriter::XlsxError;

/// Builds every workbook of this module into `out`.
pub fn build(out: &Path) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(out)?;
    pk2013::build(out)?;
    pk2014::build(out)?;
    pk2015::build(out)?;
    pk2016::build(out)?;
    polaritas::build(out)?;
    convert(out, "banjar-pk-2013.xlsx", "ods")?;
    convert(out, "banjar-pk-2015.xlsx", "xls")?;
    Ok(())
}

/// The signature block of every Banjar table, after its date line.
const KEPALA_DINAS: [&str; 6] = [
    "Kepala Dinas,",
    "",
    "",
    "Ir. ACHMAD SUPRAPTO",
    "Pembina Utama Muda",
    "NIP. 19600512 198503 1 025",
];

/// Rows 1-7 of a Banjar sheet: four bold centred title lines merged over the table width,
/// an empty row 5, `Kabupaten : Banjar` in A6 and the `Nama SKPD` line in A7.
fn banjar_head(
    sheet: &mut Sheet,
    ncols: u16,
    titles: [&str; 4],
    skpd: &str,
) -> Result<(), XlsxError> {
    for (i, text) in titles.iter().enumerate() {
        sheet.title(i as u32 + 1, ncols, text)?;
    }
    sheet.label(6, 0, "Kabupaten : Banjar")?;
    sheet.label(7, 0, skpd)?;
    Ok(())
}

/// The date line and the signature block from Excel row `row`, merged over columns `c1..=c2`.
fn banjar_signature(
    sheet: &mut Sheet,
    row: u32,
    c1: u16,
    c2: u16,
    date: &str,
) -> Result<(), XlsxError> {
    let mut lines = vec![date];
    lines.extend(KEPALA_DINAS);
    sheet.signature(row, c1, c2, &lines)
}

/// The `soffice` executable on PATH, if any.
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("soffice"))
        .find(|p| p.is_file())
}

/// Converts `out/file` to format `to` (`ods`, `xls`) next to it with LibreOffice, if installed.
fn convert(out: &Path, file: &str, to: &str) -> Result<(), Box<dyn Error>> {
    let Some(soffice) = soffice() else {
        eprintln!("warning: soffice (LibreOffice) is not on PATH; {file} not converted to .{to}");
        return Ok(());
    };
    // A private profile, so that a LibreOffice already running does not take the job.
    let profile = std::env::temp_dir().join(format!("rakit-xtask-soffice-{}", std::process::id()));
    let status = Command::new(&soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(out)
        .arg(out.join(file))
        .status();
    if let Err(e) = std::fs::remove_dir_all(&profile) {
        if e.kind() != std::io::ErrorKind::NotFound {
            eprintln!("warning: could not remove {}: {e}", profile.display());
        }
    }
    let status = status?;
    let target = out.join(Path::new(file).with_extension(to));
    if !status.success() || !target.is_file() {
        return Err(format!("soffice could not convert {file} to .{to} ({status})").into());
    }
    println!("wrote {}", target.display());
    Ok(())
}
