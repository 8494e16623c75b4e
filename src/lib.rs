//! rakit reads the performance-measurement workbooks of Indonesian local agencies
//! (Pengukuran Kinerja, Rencana Aksi), recalculates every % column exactly, reports every
//! problem at its cell and writes corrected workbooks.
//!
//! Data flows one way: [`read`] (cells with positions and formats) → [`layout`] (find the
//! table, map columns) → [`model`] (indicators) → [`rules`] (findings) → [`guard`] →
//! [`outcome`] → outputs ([`report`] for the terminal and JSON, [`fix`] and
//! [`write`](mod@write) for workbooks) → [`app`] → the front end ([`cli`], [`commands`]).
//! docs/architecture.md says which module may use which; `tests/architecture.rs` enforces it.
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
//!
//! Reading a value as it was typed:
//!
//! ```
//! use rakit::value::{parse, Value};
//!
//! let Value::Number(q) = parse("Rp. 2.165.319.100") else { panic!() };
//! assert_eq!(q.value.to_string(), "2165319100");
//! assert!(q.money);
//! ```

pub mod app;
pub mod cli;
pub mod commands;
pub mod fix;
pub mod forms;
pub mod formula;
pub mod guard;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod num;
pub mod outcome;
pub mod read;
pub mod report;
pub mod rules;
pub mod sniff;
pub mod text;
pub mod value;
pub mod write;
