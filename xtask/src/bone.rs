//! The Bone 2020 Rencana Aksi workbook (stub).
use std::path::Path;
pub fn build(_out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    Ok(())
}
