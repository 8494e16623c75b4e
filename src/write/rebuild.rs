//! Rebuilding a workbook with rust_xlsxwriter (stub until the rebuild writer lands).
use std::io::{Seek, Write};

use super::{CellEdit, ExtraSheet, WriteError};
use crate::read::Workbook;

pub fn write_rebuilt(
    _source: &Workbook,
    _out: &mut (impl Write + Seek),
    _edits: &[CellEdit],
    _extra: &[ExtraSheet],
) -> Result<(), WriteError> {
    Err(WriteError::Package("not yet".into()))
}
