//! The core of rakit: bytes in, bytes out. It reads the performance-measurement workbooks
//! of Indonesian local agencies (Pengukuran Kinerja, Rencana Aksi), recalculates every %
//! column exactly, reports every problem at its cell and writes corrected workbooks, with no
//! terminal, file system, environment or clock: the command line (`rakit`) and the browser
//! page are thin front ends over it. It builds for `wasm32-unknown-unknown`, where rayon
//! runs on the one thread there is.
//!
//! Data flows one way: [`read`] (cells with positions and formats) → [`layout`] (the
//! vocabulary of tables) → [`forms`] (find tables, read them into the [`model`]) →
//! [`rules`] (findings) → [`guard`] (what fix may change) → [`outcome`] → outputs
//! ([`report`] for JSON, [`fix`] and [`write`](mod@write) for workbooks) → [`app`].
//! docs/architecture.md says which module may use which; `tests/architecture.rs` enforces it.
//!
//! Checking a workbook's bytes and reading its findings:
//!
//! ```
//! use std::path::Path;
//! use rakit_core::{app, rules::Options};
//!
//! let bytes = std::fs::read("../sample-workbooks/banjar-pk-2015.xlsx").unwrap();
//! let report = app::check_bytes(Path::new("banjar-pk-2015.xlsx"), bytes, None, &Options::default());
//! let g14 = report.findings.iter().find(|f| f.cell() == "G14").unwrap();
//! assert_eq!(g14.code, rakit_core::rules::RuleId::C101);
//! assert_eq!(g14.found.as_deref(), Some("109,10"));
//! assert_eq!(g14.expected.as_deref(), Some("109,90"));
//! ```
//!
//! Reading a value as it was typed:
//!
//! ```
//! use rakit_core::value::{parse, Value};
//!
//! let Value::Number(q) = parse("Rp. 2.165.319.100") else { panic!() };
//! assert_eq!(q.value.to_string(), "2165319100");
//! assert!(q.money);
//! ```

pub mod app;
pub mod catalogue;
pub mod compare;
pub mod emit;
pub mod fix;
pub mod forms;
pub mod formula;
pub mod guard;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod negative_name;
pub mod num;
pub mod outcome;
pub mod place;
pub mod read;
pub mod report;
pub mod rules;
pub mod sniff;
pub mod text;
pub mod value;
pub mod write;
