//! Rebuilding a workbook with rust_xlsxwriter (stub: being written).
