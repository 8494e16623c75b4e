//! Generated submissions: a small annual Pengukuran Kinerja workbook as an agency sends it
//! (title block, table, date line, signature), with the mistakes a test asks for.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

/// What a generated submission has.
#[derive(Debug, Clone)]
pub struct Submission {
    pub agency: String,
    pub year: i32,
    /// varies the figures, so two agencies' workbooks differ
    pub seed: u32,
    /// sasaran with their indicators
    pub sasaran: usize,
    pub per_sasaran: usize,
    /// one % off by five points (C101, an error)
    pub wrong_pct: bool,
    /// one % truncated instead of rounded (C102, a warning)
    pub truncated_pct: bool,
    /// a `#DIV/0!` in the % column of an extra row
    pub error_cell: bool,
    /// a sasaran row with no indicator under it
    pub empty_sasaran: bool,
    /// the first indicator written again at the end
    pub duplicate_indicator: bool,
    pub date_line: bool,
    pub signature: bool,
    /// the realisasi of the first this many indicators left blank (a table not yet filled)
    pub blank_realisasi: usize,
}

impl Default for Submission {
    fn default() -> Self {
        Submission {
            agency: "DINAS KOPERASI DAN UKM".into(),
            year: 2020,
            seed: 0,
            sasaran: 2,
            per_sasaran: 3,
            wrong_pct: false,
            truncated_pct: false,
            error_cell: false,
            empty_sasaran: false,
            duplicate_indicator: false,
            date_line: true,
            signature: true,
            blank_realisasi: 0,
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl Submission {
    pub fn agency(mut self, a: &str) -> Self {
        self.agency = a.into();
        self
    }

    pub fn seed(mut self, s: u32) -> Self {
        self.seed = s;
        self
    }

    /// Writes the workbook to `path`.
    pub fn write(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name(format!("PK {}", self.year)).unwrap();
        let bold = Format::new().set_bold();
        let two = Format::new().set_num_format("0.00");
        ws.write_with_format(0, 0, "PENGUKURAN KINERJA", &bold)
            .unwrap();
        ws.write(1, 0, self.agency.as_str()).unwrap();
        ws.write(2, 0, format!("TAHUN {}", self.year)).unwrap();
        let head = [
            "No",
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "% Capaian",
        ];
        for (c, h) in head.iter().enumerate() {
            ws.write_with_format(4, c as u16, *h, &bold).unwrap();
        }
        let mut row = 5u32;
        let mut n = 0u32;
        let mut first_name = String::new();
        for s in 0..self.sasaran {
            for k in 0..self.per_sasaran {
                n += 1;
                if k == 0 {
                    ws.write(
                        row,
                        1,
                        format!("Meningkatnya layanan koperasi bidang {}", s + 1),
                    )
                    .unwrap();
                }
                let name = format!("Jumlah koperasi aktif kelompok {}", n);
                if first_name.is_empty() {
                    first_name = name.clone();
                }
                let target = f64::from(100 + (self.seed * 7 + n * 13) % 400);
                let real = f64::from(90 + (self.seed * 11 + n * 17) % 420);
                let mut pct = round2(real / target * 100.0);
                if self.wrong_pct && n == 2 {
                    pct += 5.0;
                }
                let (target, real, pct) = if self.truncated_pct && n == 3 {
                    (140.0, 142.0, 101.42)
                } else {
                    (target, real, pct)
                };
                ws.write(row, 0, n).unwrap();
                ws.write(row, 2, name).unwrap();
                ws.write(row, 3, "unit").unwrap();
                ws.write(row, 4, target).unwrap();
                if n as usize > self.blank_realisasi {
                    ws.write(row, 5, real).unwrap();
                    ws.write_with_format(row, 6, pct, &two).unwrap();
                }
                row += 1;
            }
        }
        if self.duplicate_indicator {
            n += 1;
            ws.write(row, 0, n).unwrap();
            ws.write(row, 2, first_name.as_str()).unwrap();
            ws.write(row, 3, "unit").unwrap();
            ws.write(row, 4, 100).unwrap();
            ws.write(row, 5, 100).unwrap();
            ws.write_with_format(row, 6, 100, &two).unwrap();
            row += 1;
        }
        if self.error_cell {
            n += 1;
            ws.write(row, 0, n).unwrap();
            ws.write(row, 2, "Jumlah koperasi baru").unwrap();
            ws.write(row, 3, "unit").unwrap();
            ws.write(row, 4, 0).unwrap();
            ws.write(row, 5, 3).unwrap();
            ws.write_formula(
                row,
                6,
                rust_xlsxwriter::Formula::new(format!("=F{}/E{}*100", row + 1, row + 1))
                    .set_result("#DIV/0!"),
            )
            .unwrap();
            row += 1;
        }
        if self.empty_sasaran {
            ws.write(row, 1, "Meningkatnya kualitas pengawasan koperasi")
                .unwrap();
            row += 1;
        }
        row += 1;
        if self.date_line {
            ws.write(row, 5, format!("Kota Contoh, 31 Desember {}", self.year))
                .unwrap();
        }
        if self.signature {
            ws.write(row + 1, 5, "KEPALA DINAS").unwrap();
            ws.write(row + 4, 5, "Drs. ANDI MAKKASAU").unwrap();
            ws.write(row + 5, 5, "NIP. 19600512 198503 1 025").unwrap();
        }
        wb.save(path).unwrap();
    }
}
