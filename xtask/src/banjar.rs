//! The Banjar 2013-2016 Pengukuran Kinerja workbooks (stub).
use std::path::Path;
pub fn build(_out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    Ok(())
}
