//! D1xx: submissions that duplicate each other, found across the files of one run once
//! every file is checked: the same bytes under another name (D101), or the same figures in
//! another workbook (D102).

pub(crate) mod d101;
pub(crate) mod d102;

pub use d101::finding as same_bytes;
pub use d102::finding as same_figures;
