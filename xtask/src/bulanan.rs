//! Generated monthly Rencana Aksi / Laporan Bulanan workbooks (invented agencies and
//! figures) with the mistakes real ones have, and the answer key of each.
//!
//! `cargo run -p xtask -- samples` writes `sample-workbooks/rencana-aksi-bulanan-2024.xlsx`
//! ([`build_samples`], documented in `sample-workbooks/BULANAN.md`); `tests/monthly.rs`
//! includes this file to write held-out variants (other header wording, abbreviated months,
//! realisasi-only months, other levels, `.ods`).
//!
//! Layout: title lines, then a header whose month row names the months as [`Params::months`]
//! types them, merged over Target / Realisasi / % sub-columns ([`Months::Triple`]) or one
//! realisasi column each beside the year's target ([`Months::RealisasiOnly`]); the year's
//! realisasi (`=SUM` of the months for counts, `=` the last month reported for cumulative
//! percentages) and its % (`=ROUND(total/target*100,2)`) after the months; a date line and a
//! signature block under the table. Every formula caches what Excel computes from the cells
//! as written (a month typed as text is skipped by `SUM`).
#![allow(dead_code)]

use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};

/// How the months are written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Months {
    /// a merged month header over three sub-columns, labelled as given
    Triple([&'static str; 3]),
    /// one column a month holding realisasi, beside the year's target
    RealisasiOnly,
}

/// The levels of the rows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Levels {
    /// a Sasaran column
    Sasaran,
    /// a Program and a Kegiatan column
    ProgramKegiatan,
}

/// A planted mistake.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mistake {
    /// a month's % typed wrong (the year's % where the months hold realisasi only)
    WrongPercent,
    /// a month's realisasi typed as text with its unit (`12 orang`), which `SUM` skips
    TextWithUnit,
    /// the year's realisasi typed, not matching its months
    TotalMismatch,
}

impl Mistake {
    pub fn key(self) -> &'static str {
        match self {
            Mistake::WrongPercent => "wrong-percent",
            Mistake::TextWithUnit => "month-typed-as-text",
            Mistake::TotalMismatch => "total-not-its-months",
        }
    }
}

pub struct Params {
    pub seed: u64,
    pub sheet: &'static str,
    pub title: &'static str,
    pub agency: &'static str,
    pub place: &'static str,
    pub year: i32,
    /// the months' labels as typed
    pub months: [&'static str; 12],
    pub layout: Months,
    pub levels: Levels,
    pub anggaran: bool,
    /// the months reported (6: a report at the end of Juni)
    pub filled: u8,
    /// the header of the year's target, realisasi and % columns
    pub target_label: &'static str,
    pub total_label: &'static str,
    pub capaian_label: &'static str,
    pub group_label: &'static str,
    pub numbering_row: bool,
    /// the month row (and its T / R / % row) written again before this indicator, as a
    /// header repeated at the top of a printed page
    pub repeat_months_at: Option<usize>,
    /// (indicator index, mistake)
    pub mistakes: Vec<(usize, Mistake)>,
}

/// A planted mistake where it stands (Excel row, cell name).
#[derive(Debug, Clone)]
pub struct Planted {
    pub row: u32,
    pub cell: String,
    pub kind: Mistake,
    pub note: String,
}

/// What a generated workbook holds.
#[derive(Debug, Clone, Default)]
pub struct Key {
    pub sheet: String,
    /// Excel rows of the indicators
    pub rows: Vec<u32>,
    pub mistakes: Vec<Planted>,
    /// Excel rows without a planted mistake
    pub clean_rows: Vec<u32>,
}

pub const MONTHS_FULL: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// A counted indicator (per-month targets adding up to the year) or a cumulative
/// percentage (the last month's target is the year's).
#[derive(Clone, Copy)]
struct Ind {
    name: &'static str,
    unit: &'static str,
    percent: bool,
}

const SASARAN: [(&str, [Ind; 2]); 3] = [
    (
        "Meningkatnya kualitas pelayanan publik",
        [
            Ind {
                name: "Jumlah pengaduan masyarakat yang ditindaklanjuti",
                unit: "pengaduan",
                percent: false,
            },
            Ind {
                name: "Persentase layanan perizinan tepat waktu",
                unit: "%",
                percent: true,
            },
        ],
    ),
    (
        "Meningkatnya keterbukaan informasi publik",
        [
            Ind {
                name: "Jumlah informasi publik yang dipublikasikan",
                unit: "informasi",
                percent: false,
            },
            Ind {
                name: "Persentase permohonan informasi yang dijawab",
                unit: "%",
                percent: true,
            },
        ],
    ),
    (
        "Meningkatnya kapasitas aparatur",
        [
            Ind {
                name: "Jumlah aparatur yang mengikuti pelatihan",
                unit: "orang",
                percent: false,
            },
            Ind {
                name: "Jumlah dokumen perencanaan yang disusun",
                unit: "dokumen",
                percent: false,
            },
        ],
    ),
];

/// A programme: its name, its indicator and its two kegiatan with theirs.
type Programme = (&'static str, Ind, [(&'static str, Ind); 2]);

const PROGRAMS: [Programme; 2] = [
    (
        "Program Informasi dan Komunikasi Publik",
        Ind {
            name: "Persentase OPD yang menyampaikan informasi publik",
            unit: "%",
            percent: true,
        },
        [
            (
                "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
                Ind {
                    name: "Jumlah konten informasi yang diterbitkan",
                    unit: "konten",
                    percent: false,
                },
            ),
            (
                "Pengelolaan Media Komunikasi Publik",
                Ind {
                    name: "Jumlah siaran pers yang dipublikasikan",
                    unit: "siaran",
                    percent: false,
                },
            ),
        ],
    ),
    (
        "Program Aplikasi Informatika",
        Ind {
            name: "Persentase layanan publik berbasis elektronik",
            unit: "%",
            percent: true,
        },
        [
            (
                "Pengelolaan Nama Domain dan Sub Domain",
                Ind {
                    name: "Jumlah sub domain yang dikelola",
                    unit: "sub domain",
                    percent: false,
                },
            ),
            (
                "Pengelolaan e-Government",
                Ind {
                    name: "Jumlah aplikasi yang dikembangkan",
                    unit: "aplikasi",
                    percent: false,
                },
            ),
        ],
    ),
];

/// A small generator of the same numbers for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

/// Excel's column name of a zero-based column.
pub fn col_name(c: u16) -> String {
    let mut n = c as u32 + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        s.push(b'A' + r);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn cell(row: u32, col: u16) -> String {
    format!("{}{}", col_name(col), row + 1)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// `12`, `72.5`: a number as a formula's cached result.
fn result(x: f64) -> String {
    let r = round2(x);
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

/// One row to write: its names, indicator, and whether it is the first of its group.
struct Row {
    sasaran: Option<&'static str>,
    program: Option<&'static str>,
    kegiatan: Option<&'static str>,
    ind: Ind,
    anggaran: Option<f64>,
}

fn rows(levels: Levels) -> Vec<Row> {
    let mut out = Vec::new();
    match levels {
        Levels::Sasaran => {
            for (s, inds) in SASARAN {
                for (i, ind) in inds.iter().enumerate() {
                    out.push(Row {
                        sasaran: (i == 0).then_some(s),
                        program: None,
                        kegiatan: None,
                        ind: *ind,
                        anggaran: None,
                    });
                }
            }
        }
        Levels::ProgramKegiatan => {
            for (pi, (p, pind, kegs)) in PROGRAMS.iter().enumerate() {
                let budgets: Vec<f64> = kegs
                    .iter()
                    .enumerate()
                    .map(|(k, _)| 45_000_000.0 + 12_500_000.0 * (pi * 2 + k) as f64)
                    .collect();
                out.push(Row {
                    sasaran: None,
                    program: Some(p),
                    kegiatan: None,
                    ind: *pind,
                    anggaran: Some(budgets.iter().sum()),
                });
                for ((k, kind), b) in kegs.iter().zip(budgets) {
                    out.push(Row {
                        sasaran: None,
                        program: None,
                        kegiatan: Some(k),
                        ind: *kind,
                        anggaran: Some(b),
                    });
                }
            }
        }
    }
    out
}

/// Writes one monthly workbook and gives its key.
pub fn write(path: &Path, p: &Params) -> Result<Key, XlsxError> {
    let mut wb = Workbook::new();
    // a fixed creation date: the same parameters give the same bytes
    let date = ExcelDateTime::from_ymd(p.year.clamp(1900, 9999) as u16, 12, 31)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(p.title)
            .set_comment("Generated by rakit's xtask/src/bulanan.rs.")
            .set_creation_datetime(&date),
    );
    let ws = wb.add_worksheet().set_name(p.sheet)?;
    let key = write_sheet(ws, p)?;
    wb.save(path)?;
    Ok(key)
}

fn write_sheet(ws: &mut Worksheet, p: &Params) -> Result<Key, XlsxError> {
    let mut rng = Rng(p.seed.wrapping_mul(2654435761).wrapping_add(7));
    let head = Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let plain = Format::new().set_border(FormatBorder::Thin);
    let title = Format::new().set_bold().set_align(FormatAlign::Center);

    // the columns
    let mut c: u16 = 0;
    let no_col = c;
    c += 1;
    let name_cols: Vec<(&str, u16)> = match p.levels {
        Levels::Sasaran => vec![("Sasaran Strategis", 1)],
        Levels::ProgramKegiatan => vec![("Program", 1), ("Kegiatan", 2)],
    };
    c += name_cols.len() as u16;
    let ind_col = c;
    let unit_col = c + 1;
    let target_col = c + 2;
    c += 3;
    let first_month = c;
    let per_month: u16 = match p.layout {
        Months::Triple(_) => 3,
        Months::RealisasiOnly => 1,
    };
    let month_col = |m: usize| first_month + m as u16 * per_month;
    // (target, realisasi, %) of a month
    let cols_of = |m: usize| -> (Option<u16>, u16, Option<u16>) {
        let b = month_col(m);
        match p.layout {
            Months::Triple(_) => (Some(b), b + 1, Some(b + 2)),
            Months::RealisasiOnly => (None, b, None),
        }
    };
    let total_col = first_month + 12 * per_month;
    let cap_col = total_col + 1;
    let ang_col = cap_col + 1;
    let last_col = if p.anggaran { ang_col } else { cap_col };

    // title block
    ws.merge_range(0, 0, 0, last_col, p.title, &title)?;
    ws.merge_range(1, 0, 1, last_col, p.agency, &title)?;
    ws.merge_range(2, 0, 2, last_col, &format!("TAHUN {}", p.year), &title)?;
    let top: u32 = 4;
    let mrow = top + 1;
    let leaf = match p.layout {
        Months::Triple(_) => mrow + 1,
        Months::RealisasiOnly => mrow,
    };
    let vertical = |ws: &mut Worksheet, col: u16, text: &str| -> Result<(), XlsxError> {
        ws.merge_range(top, col, leaf, col, text, &head)?;
        Ok(())
    };
    vertical(ws, no_col, "No")?;
    for (label, col) in &name_cols {
        vertical(ws, *col, label)?;
    }
    vertical(ws, ind_col, "Indikator Kinerja")?;
    vertical(ws, unit_col, "Satuan")?;
    vertical(ws, target_col, p.target_label)?;
    ws.merge_range(top, first_month, top, total_col - 1, p.group_label, &head)?;
    for m in 0..12 {
        let b = month_col(m);
        if per_month > 1 {
            ws.merge_range(mrow, b, mrow, b + per_month - 1, p.months[m], &head)?;
        } else {
            ws.write_string_with_format(mrow, b, p.months[m], &head)?;
        }
        if let Months::Triple(sub) = p.layout {
            for (i, s) in sub.iter().enumerate() {
                ws.write_string_with_format(leaf, b + i as u16, *s, &head)?;
            }
        }
    }
    vertical(ws, total_col, p.total_label)?;
    vertical(ws, cap_col, p.capaian_label)?;
    if p.anggaran {
        vertical(ws, ang_col, "Anggaran (Rp)")?;
    }
    let mut r = leaf + 1;
    if p.numbering_row {
        for col in 0..=last_col {
            ws.write_number_with_format(r, col, (col + 1) as f64, &head)?;
        }
        r += 1;
    }

    let mut key = Key {
        sheet: p.sheet.to_string(),
        ..Key::default()
    };
    let filled = p.filled.clamp(1, 12) as usize;
    for (i, row) in rows(p.levels).iter().enumerate() {
        if p.repeat_months_at == Some(i) {
            ws.write_string_with_format(r, no_col, "No", &head)?;
            for (label, col) in &name_cols {
                ws.write_string_with_format(r, *col, *label, &head)?;
            }
            ws.write_string_with_format(r, ind_col, "Indikator Kinerja", &head)?;
            ws.write_string_with_format(r, unit_col, "Satuan", &head)?;
            ws.write_string_with_format(r, target_col, p.target_label, &head)?;
            ws.write_string_with_format(r, total_col, p.total_label, &head)?;
            ws.write_string_with_format(r, cap_col, p.capaian_label, &head)?;
            for m in 0..12 {
                ws.write_string_with_format(r, month_col(m), p.months[m], &head)?;
                if let Months::Triple(sub) = p.layout {
                    for (j, s) in sub.iter().enumerate() {
                        ws.write_string_with_format(r + 1, month_col(m) + j as u16, *s, &head)?;
                    }
                }
            }
            r += if per_month > 1 { 2 } else { 1 };
        }
        let mistake = p.mistakes.iter().find(|m| m.0 == i).map(|m| m.1);
        let excel = r + 1;
        key.rows.push(excel);
        ws.write_number_with_format(r, no_col, (i + 1) as f64, &plain)?;
        for ((_, col), name) in name_cols.iter().zip(match p.levels {
            Levels::Sasaran => vec![row.sasaran],
            Levels::ProgramKegiatan => vec![row.program, row.kegiatan],
        }) {
            match name {
                Some(n) => ws.write_string_with_format(r, *col, n, &plain)?,
                None => ws.write_blank(r, *col, &plain)?,
            };
        }
        ws.write_string_with_format(r, ind_col, row.ind.name, &plain)?;
        ws.write_string_with_format(r, unit_col, row.ind.unit, &plain)?;
        // targets and realisasi of the months
        let (annual, targets, real): (f64, Vec<f64>, Vec<f64>) = if row.ind.percent {
            let annual = [80.0, 85.0, 90.0, 95.0][rng.range(0, 3) as usize];
            let targets: Vec<f64> = (1..=12).map(|m| round2(annual * m as f64 / 12.0)).collect();
            let mut last = 0.0;
            let real: Vec<f64> = targets
                .iter()
                .map(|t| {
                    let v = round2((t + rng.range(0, 400) as f64 / 100.0 - 2.0).max(last));
                    last = v;
                    v
                })
                .collect();
            (annual, targets, real)
        } else {
            let targets: Vec<f64> = (0..12).map(|_| rng.range(4, 20) as f64).collect();
            let real: Vec<f64> = targets
                .iter()
                .map(|t| (t + rng.range(0, 4) as f64 - 2.0).max(0.0))
                .collect();
            (targets.iter().sum(), targets, real)
        };
        ws.write_number_with_format(r, target_col, annual, &plain)?;
        let text_month = (mistake == Some(Mistake::TextWithUnit)).then_some(filled.min(3) - 1);
        let wrong_month =
            (mistake == Some(Mistake::WrongPercent) && per_month > 1).then_some(filled / 2);
        for m in 0..12 {
            let (tc, rc, pc) = cols_of(m);
            if let Some(tc) = tc {
                ws.write_number_with_format(r, tc, targets[m], &plain)?;
            }
            if m >= filled {
                ws.write_blank(r, rc, &plain)?;
                if let Some(pc) = pc {
                    ws.write_blank(r, pc, &plain)?;
                }
                continue;
            }
            if text_month == Some(m) {
                let shown = format!("{} {}", real[m], row.ind.unit);
                ws.write_string_with_format(r, rc, &shown, &plain)?;
                key.mistakes.push(Planted {
                    row: excel,
                    cell: cell(r, rc),
                    kind: Mistake::TextWithUnit,
                    note: format!("{} realisasi typed as text \"{shown}\"", p.months[m].trim()),
                });
            } else {
                ws.write_number_with_format(r, rc, real[m], &plain)?;
            }
            if let Some(pc) = pc {
                let exact = round2(real[m] / targets[m] * 100.0);
                let stated = if wrong_month == Some(m) {
                    key.mistakes.push(Planted {
                        row: excel,
                        cell: cell(r, pc),
                        kind: Mistake::WrongPercent,
                        note: format!(
                            "{} % typed as {} where {}/{} gives {exact}",
                            p.months[m].trim(),
                            round2(exact + 7.5),
                            real[m],
                            targets[m]
                        ),
                    });
                    round2(exact + 7.5)
                } else {
                    exact
                };
                ws.write_number_with_format(r, pc, stated, &plain)?;
            }
        }
        // the year's realisasi
        let reported = &real[..filled];
        let skipped: f64 = text_month.map(|m| real[m]).unwrap_or(0.0);
        let total = if row.ind.percent {
            let last = cols_of(filled - 1).1;
            let v = reported[filled - 1];
            ws.write_formula_with_format(
                r,
                total_col,
                Formula::new(format!("={}", cell(r, last))).set_result(result(v)),
                &plain,
            )?;
            v
        } else if mistake == Some(Mistake::TotalMismatch) {
            let sum: f64 = reported.iter().sum();
            let typed = sum - 3.0;
            ws.write_number_with_format(r, total_col, typed, &plain)?;
            key.mistakes.push(Planted {
                row: excel,
                cell: cell(r, total_col),
                kind: Mistake::TotalMismatch,
                note: format!("year typed as {typed} where the months add up to {sum}"),
            });
            typed
        } else {
            let refs: Vec<String> = (0..filled).map(|m| cell(r, cols_of(m).1)).collect();
            let formula = match p.layout {
                Months::RealisasiOnly => format!("=SUM({}:{})", refs[0], refs[filled - 1]),
                Months::Triple(_) => format!("=SUM({})", refs.join(",")),
            };
            let v: f64 = reported.iter().sum::<f64>() - skipped;
            ws.write_formula_with_format(
                r,
                total_col,
                Formula::new(formula).set_result(result(v)),
                &plain,
            )?;
            v
        };
        // the year's %
        let exact = round2(total / annual * 100.0);
        if mistake == Some(Mistake::WrongPercent) && per_month == 1 {
            let typed = round2(exact + 12.0);
            ws.write_number_with_format(r, cap_col, typed, &plain)?;
            key.mistakes.push(Planted {
                row: excel,
                cell: cell(r, cap_col),
                kind: Mistake::WrongPercent,
                note: format!("year's % typed as {typed} where {total}/{annual} gives {exact}"),
            });
        } else {
            ws.write_formula_with_format(
                r,
                cap_col,
                Formula::new(format!(
                    "=ROUND({}/{}*100,2)",
                    cell(r, total_col),
                    cell(r, target_col)
                ))
                .set_result(result(exact)),
                &plain,
            )?;
        }
        if p.anggaran {
            match row.anggaran {
                Some(a) => ws.write_number_with_format(r, ang_col, a, &plain)?,
                None => ws.write_blank(r, ang_col, &plain)?,
            };
        }
        if mistake.is_none() {
            key.clean_rows.push(excel);
        }
        r += 1;
    }
    // date line and signature block
    let sig = total_col;
    r += 1;
    ws.write_string(r, sig, format!("{}, 31 Desember {}", p.place, p.year))?;
    ws.write_string(r + 1, sig, "Kepala Dinas")?;
    ws.write_string(r + 5, sig, "Drs. H. Lalu Ahmad Fauzi, M.Si")?;
    ws.write_string(r + 6, sig, "NIP. 19700512 199503 1 004")?;
    ws.set_column_width(ind_col, 40)?;
    Ok(key)
}

/// The sample of `sample-workbooks/`: T / R / % under each month, Program and Kegiatan
/// levels with their anggaran, a full year reported.
pub fn sample_params() -> Params {
    Params {
        seed: 2024,
        sheet: "Rencana Aksi 2024",
        title: "RENCANA AKSI DAN REALISASI BULANAN",
        agency: "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LOMBOK TIMUR",
        place: "Selong",
        year: 2024,
        months: MONTHS_FULL,
        layout: Months::Triple(["Target", "Realisasi", "%"]),
        levels: Levels::ProgramKegiatan,
        anggaran: true,
        filled: 12,
        target_label: "Target Tahunan",
        total_label: "Realisasi s.d. Desember",
        capaian_label: "Capaian (%)",
        group_label: "Target dan Realisasi per Bulan",
        numbering_row: false,
        repeat_months_at: None,
        mistakes: vec![
            (1, Mistake::TextWithUnit),
            (2, Mistake::WrongPercent),
            (4, Mistake::TotalMismatch),
        ],
    }
}

/// Writes the monthly sample and its notes (`BULANAN.md`).
pub fn build_samples(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out)?;
    let p = sample_params();
    let name = "rencana-aksi-bulanan-2024";
    let key = write(&out.join(format!("{name}.xlsx")), &p)?;
    let mut md = String::from(
        "# Monthly sample workbook (Rencana Aksi / Realisasi Bulanan)\n\n\
         Generated by `cargo run -p xtask -- samples` (`xtask/src/bulanan.rs`): an invented \
         agency and invented figures. Months Januari..Desember side by side, each a merged \
         header over Target / Realisasi / %, the year's target before them and the year's \
         realisasi (`=SUM` of the months for counts, `=` December for cumulative percentages) \
         and % after them; Program and Kegiatan levels with their anggaran. Every formula \
         caches what Excel computes from the cells as written.\n\n",
    );
    md.push_str(&format!(
        "## {name}.xlsx\n\nSheet `{}`, {} {}.\n\n| cell | kind | what |\n| --- | --- | --- |\n",
        key.sheet, p.agency, p.year
    ));
    for m in &key.mistakes {
        md.push_str(&format!("| {} | {} | {} |\n", m.cell, m.kind.key(), m.note));
    }
    let clean: Vec<String> = key.clean_rows.iter().map(u32::to_string).collect();
    md.push_str(&format!(
        "\nRows without a mistake: {}.\n",
        clean.join(", ")
    ));
    std::fs::write(out.join("BULANAN.md"), md)?;
    Ok(())
}
