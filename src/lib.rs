//! rakit reads the performance-measurement workbooks of Indonesian local agencies
//! (Pengukuran Kinerja, Rencana Aksi), recalculates every % column exactly, reports every
//! problem at its cell and writes corrected workbooks.
//!
//! Data flows one way: [`read`] (cells with positions and formats) → [`layout`] (find the
//! table, map columns) → [`model`] (indicators) → [`rules`] (findings) → outputs
//! ([`report`] for the terminal and JSON, [`write`] for workbooks).

pub mod app;
pub mod cli;
pub mod commands;
pub mod fix;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod num;
pub mod read;
pub mod report;
pub mod rules;
pub mod sniff;
pub mod text;
pub mod value;
pub mod write;
