//! `cargo bench`: the time of `rakit check` on generated workbooks as a ratio to merely
//! loading the same workbook with calamine (open + every sheet's values).
//!
//! - annual: 50,000 indicator rows (text with units, numbers, a wrong % now and then)
//! - quarterly: 2,000 Rencana Aksi blocks of five lines, three levels, names merged over
//!   their block
//!
//! Workbooks are generated once into `target/bench-data/`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use calamine::{open_workbook_auto, Reader};
use rakit::rules::Options;
use rust_xlsxwriter::{Format, Workbook};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn data_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&d).expect("create target/bench-data");
    d
}

fn annual(path: &Path, rows: u32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").expect("name");
    let bold = Format::new().set_bold();
    ws.write_with_format(0, 0, "PENGUKURAN KINERJA", &bold)
        .expect("w");
    ws.write(1, 0, "DINAS CONTOH KABUPATEN CONTOH").expect("w");
    ws.write(2, 0, "TAHUN 2024").expect("w");
    let head = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "",
        "Realisasi",
        "",
        "%",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_with_format(4, c as u16, *h, &bold).expect("w");
    }
    let two = Format::new().set_num_format("0.00");
    for i in 0..rows {
        let r = 5 + i;
        let (target, real) = if i % 3 == 0 {
            (
                100_000 + (i % 900) * 1000 + i % 1000,
                90_000 + (i * 7 % 950) * 1000 + (i * 3) % 1000,
            )
        } else {
            (100 + (i % 900), 90 + (i * 7 % 950))
        };
        ws.write(r, 0, i + 1).expect("w");
        if i % 10 == 0 {
            ws.write(r, 1, format!("Sasaran strategis nomor {}", i / 10 + 1))
                .expect("w");
        }
        ws.write(r, 2, format!("Jumlah koperasi aktif kelompok {i}"))
            .expect("w");
        if i % 3 == 0 {
            ws.write(
                r,
                3,
                format!("{}.{:03} orang", target / 1000, target % 1000),
            )
            .expect("w");
            ws.write(r, 5, format!("{}.{:03} orang", real / 1000, real % 1000))
                .expect("w");
        } else {
            ws.write(r, 3, target).expect("w");
            ws.write(r, 4, "unit").expect("w");
            ws.write(r, 5, real).expect("w");
            ws.write(r, 6, "unit").expect("w");
        }
        let pct = f64::from(real) / f64::from(target) * 100.0;
        // a wrong % now and then; the others rounded as a person would
        let stated = if i % 17 == 0 {
            pct + 1.0
        } else {
            (pct * 100.0 + 0.5).floor() / 100.0
        };
        ws.write_with_format(r, 7, stated, &two).expect("w");
    }
    let end = 5 + rows + 1;
    ws.write(
        end,
        0,
        "Jumlah Anggaran Kegiatan Tahun 2024 : Rp. 2.165.319.100",
    )
    .expect("w");
    ws.write(end + 2, 5, "Kota Contoh, 31 Desember 2024")
        .expect("w");
    wb.save(path).expect("save annual bench workbook");
}

fn quarterly(path: &Path, blocks: u32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("RENAKSI 2024").expect("name");
    ws.write(
        0,
        0,
        "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI TAHUN ANGGARAN 2024",
    )
    .expect("w");
    let top = [
        (1, "SASARAN STRATEGIS"),
        (2, "INDIKATOR SASARAN"),
        (3, "KRITERIA KEBERHASILAN SASARAN"),
        (7, "PROGRAM & ANGGARAN"),
        (8, "INDIKATOR PROGRAM"),
        (9, "KRITERIA KEBERHASILAN PROGRAM"),
        (13, "KEGIATAN & ANGGARAN"),
        (14, "INDIKATOR KEGIATAN"),
        (15, "KRITERIA KEBERHASILAN KEGIATAN"),
        (19, "UNIT KERJA"),
    ];
    for (c, t) in top {
        ws.write(2, c, t).expect("w");
    }
    ws.write(2, 0, "NO").expect("w");
    for base in [3u16, 9, 15] {
        for (k, t) in ["PERIODE", "TARGET", "REALISASI", "%"].iter().enumerate() {
            ws.write(3, base + k as u16, *t).expect("w");
        }
    }
    let plain = Format::new();
    for b in 0..blocks {
        let s = 4 + b * 5;
        // names merged over their five-line block, as the agencies' own files have them
        let names = [
            (1, format!("Sasaran {b}")),
            (2, format!("Persentase koperasi sehat {b}")),
            (7, format!("Program {b}\nRp. 45.865.000,-")),
            (8, format!("Persentase peningkatan {b}")),
            (13, format!("Kegiatan {b}\nRp. 45.865.000,-")),
            (14, format!("Jumlah UM yang dilatih {b}")),
            (19, "Kepala Seksi".to_string()),
        ];
        for (c, text) in names {
            ws.merge_range(s, c, s + 4, c, &text, &plain)
                .expect("merge");
        }
        for base in [3u16, 9, 15] {
            ws.write(s, base, "Target Tahunan").expect("w");
            ws.write(
                s,
                base + 1,
                if base == 15 {
                    "4 Laporan Triwulan"
                } else {
                    "100%"
                },
            )
            .expect("w");
            for q in 1..=4u32 {
                let r = s + q;
                ws.write(r, base, format!("TW {q} (B{:02})", q * 3))
                    .expect("w");
                if base == 15 {
                    ws.write(r, base + 1, "1 Laporan Triwulan").expect("w");
                    ws.write(r, base + 2, "1 Laporan Triwulan").expect("w");
                    ws.write(r, base + 3, "100%").expect("w");
                } else {
                    let t = q * 25;
                    let real = t - (b % 5);
                    ws.write(r, base + 1, format!("{t}%")).expect("w");
                    ws.write(r, base + 2, format!("{real},50%")).expect("w");
                    let mut pct = (f64::from(real) + 0.5) / f64::from(t) * 100.0;
                    // a wrong % now and then, as in the annual workbook
                    if (b + q) % 17 == 0 {
                        pct += 1.0;
                    }
                    ws.write(r, base + 3, format!("{:.2}%", pct).replace('.', ","))
                        .expect("w");
                }
            }
        }
    }
    wb.save(path).expect("save quarterly bench workbook");
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn load_only(path: &Path) {
    let mut wb = open_workbook_auto(path).expect("open");
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("range");
        std::hint::black_box(range.get_size());
    }
}

fn measure(label: &str, path: &Path, runs: usize) {
    // warm the page cache
    load_only(path);
    let mut load = Vec::new();
    let mut check = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        load_only(path);
        load.push(t.elapsed());
        let t = Instant::now();
        let r = rakit::app::check_file(path, None, &Options::default());
        check.push(t.elapsed());
        std::hint::black_box(r.findings.len());
    }
    let (l, c) = (median(load), median(check));
    println!(
        "{label}: calamine load {:.1} ms, rakit check {:.1} ms, ratio {:.2}",
        l.as_secs_f64() * 1e3,
        c.as_secs_f64() * 1e3,
        c.as_secs_f64() / l.as_secs_f64()
    );
}

fn main() {
    rakit::purge_freed_memory_promptly();
    rakit::no_transparent_huge_pages();
    let dir = data_dir();
    let a = dir.join("annual-50000.xlsx");
    if !a.exists() {
        annual(&a, 50_000);
    }
    let q = dir.join("quarterly-2000-v3.xlsx");
    if !q.exists() {
        quarterly(&q, 2_000);
    }
    let runs = std::env::var("RAKIT_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    measure("annual 50,000 rows", &a, runs);
    measure("quarterly 2,000 blocks", &q, runs);
}
