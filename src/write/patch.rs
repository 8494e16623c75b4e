//! Patching an xlsx package (stub until the patcher lands).
use std::io::{Seek, Write};
use std::path::Path;

use super::{CellEdit, ExtraSheet, WriteError};

pub fn write_patched_xlsx(
    _input: &Path,
    _out: &mut (impl Write + Seek),
    _edits: &[CellEdit],
    _extra: &[ExtraSheet],
) -> Result<(), WriteError> {
    Err(WriteError::Package("not yet".into()))
}
