//! `cargo bench --bench scale`: rakit at a verifier's scale, as ratios (never a timed test).
//!
//! 1. A folder of 1,000 generated submissions (annual tables of 10 to 400 rows, Rencana Aksi
//!    of 4 to 60 blocks, a third of them with figures typed as text): files per second on one
//!    and two threads, the folder's time as a ratio to loading the same files one after
//!    another with calamine on one thread, and the peak memory (VmHWM) of checking 250, 500
//!    and 1,000 of them, which must not grow with the number of files.
//! 2. One text-heavy workbook: 50,000 rows where every figure is a distinct text with its unit
//!    (`24.220 orang`, `Rp. 46.821 (juta)`, `61,47 %`): time and peak memory of `check`
//!    against calamine's load, as the library call and as the command a user runs (its
//!    report written: `-q`, the terminal's, `--format json`).
//! 3. A sheet whose used range runs to XDU1048576 (a formatted cell far away, as real
//!    submissions have) against the same sheet without it.
//!
//! Every measurement runs in a child process of its own (this executable with `--child`), so
//! each peak memory is its own. Workbooks are generated once into `target/bench-data/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use calamine::{open_workbook_auto, Reader};
use rakit::rules::Options;
use rayon::prelude::*;
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

/// An annual table of `rows` indicators; `text` writes every figure as text with its unit.
fn annual(path: &Path, agency: &str, rows: u32, seed: u32, text: bool, far_cell: bool) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("PK 2024").expect("name");
    let bold = Format::new().set_bold();
    ws.write_with_format(0, 0, "PENGUKURAN KINERJA", &bold)
        .expect("w");
    ws.write(1, 0, agency).expect("w");
    ws.write(2, 0, "TAHUN 2024").expect("w");
    let head = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "%",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_with_format(4, c as u16, *h, &bold).expect("w");
    }
    let two = Format::new().set_num_format("0.00");
    for i in 0..rows {
        let r = 5 + i;
        let k = i.wrapping_mul(2654435761).wrapping_add(seed) % 100_000;
        let target = 1_000 + k % 90_000;
        let real = 1_000 + (k * 7 + seed) % 95_000;
        let pct = f64::from(real) / f64::from(target) * 100.0;
        let stated = if (i + seed).is_multiple_of(17) {
            pct + 1.0
        } else {
            (pct * 100.0).round() / 100.0
        };
        ws.write(r, 0, i + 1).expect("w");
        if i % 10 == 0 {
            ws.write(r, 1, format!("Sasaran strategis nomor {}", i / 10 + 1))
                .expect("w");
        }
        ws.write(r, 2, format!("Jumlah koperasi aktif kelompok {i}"))
            .expect("w");
        if text {
            // each row in its own unit, target and realisasi alike, as agencies type them
            let (t, re) = if i % 2 == 0 {
                (
                    format!("{}.{:03} orang", target / 1000, target % 1000),
                    format!("{}.{:03} orang", real / 1000, real % 1000),
                )
            } else {
                (
                    format!("Rp. {}.{:03} (juta)", target / 1000, target % 1000),
                    format!("Rp. {}.{:03} (juta)", real / 1000, real % 1000),
                )
            };
            ws.write(r, 3, t).expect("w");
            ws.write(r, 4, re).expect("w");
            ws.write(r, 5, format!("{:.2} %", stated).replace('.', ","))
                .expect("w");
        } else {
            ws.write(r, 3, target).expect("w");
            ws.write(r, 4, real).expect("w");
            ws.write_with_format(r, 5, stated, &two).expect("w");
        }
    }
    let end = 5 + rows + 1;
    ws.write(end, 4, "Kota Contoh, 31 Desember 2024")
        .expect("w");
    ws.write(end + 4, 4, "Drs. ANDI MAKKASAU").expect("w");
    ws.write(end + 5, 4, "NIP. 19600512 198503 1 025")
        .expect("w");
    if far_cell {
        // a formatted empty cell at the sheet's far corner: the used range runs to XDU1048576
        let fill = Format::new().set_background_color("FFFF00");
        ws.write_blank(1_048_575, 16_348, &fill).expect("w");
    }
    wb.save(path).expect("save annual workbook");
}

/// A Rencana Aksi of `blocks` five-line blocks.
fn quarterly(path: &Path, agency: &str, blocks: u32, seed: u32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("RENAKSI 2024").expect("name");
    ws.write(
        0,
        0,
        "PENGUKURAN KINERJA BERDASARKAN RENCANA AKSI TAHUN ANGGARAN 2024",
    )
    .expect("w");
    ws.write(1, 0, agency).expect("w");
    for (c, t) in [
        (1, "SASARAN STRATEGIS"),
        (2, "INDIKATOR SASARAN"),
        (3, "KRITERIA KEBERHASILAN SASARAN"),
        (7, "KEGIATAN & ANGGARAN"),
        (8, "INDIKATOR KEGIATAN"),
        (9, "KRITERIA KEBERHASILAN KEGIATAN"),
    ] {
        ws.write(2, c, t).expect("w");
    }
    ws.write(2, 0, "NO").expect("w");
    for base in [3u16, 9] {
        for (k, t) in ["PERIODE", "TARGET", "REALISASI", "%"].iter().enumerate() {
            ws.write(3, base + k as u16, *t).expect("w");
        }
    }
    let plain = Format::new();
    for b in 0..blocks {
        let s = 4 + b * 5;
        for (c, text) in [
            (1u16, format!("Sasaran {b}")),
            (2, format!("Persentase koperasi sehat {b}")),
            (7, format!("Kegiatan {b}\nRp. 45.865.000,-")),
            (8, format!("Jumlah UM yang dilatih {b}")),
        ] {
            ws.merge_range(s, c, s + 4, c, &text, &plain)
                .expect("merge");
        }
        for base in [3u16, 9] {
            ws.write(s, base, "Target Tahunan").expect("w");
            ws.write(s, base + 1, "100%").expect("w");
            for q in 1..=4u32 {
                let r = s + q;
                let t = q * 25;
                let real = t - ((b + seed) % 5);
                ws.write(r, base, format!("TW {q}")).expect("w");
                ws.write(r, base + 1, format!("{t}%")).expect("w");
                ws.write(r, base + 2, format!("{real},50%")).expect("w");
                let mut pct = (f64::from(real) + 0.5) / f64::from(t) * 100.0;
                if (b + q + seed).is_multiple_of(17) {
                    pct += 1.0;
                }
                ws.write(r, base + 3, format!("{:.2}%", pct).replace('.', ","))
                    .expect("w");
            }
        }
    }
    wb.save(path).expect("save quarterly workbook");
}

/// The folder of `n` submissions, in six agency subfolders.
fn folder(n: u32) -> PathBuf {
    let dir = data_dir().join(format!("folder-{n}-v2"));
    let done = dir.join(".complete");
    if done.exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    (0..n).into_par_iter().for_each(|i| {
        let sub = dir.join(format!("opd-{}", i % 6));
        std::fs::create_dir_all(&sub).expect("mkdir");
        let agency = format!("DINAS CONTOH NOMOR {i}");
        match i % 3 {
            0 => quarterly(
                &sub.join(format!("renaksi-{i}.xlsx")),
                &agency,
                4 + (i * 7) % 57,
                i,
            ),
            1 => annual(
                &sub.join(format!("pk-{i}.xlsx")),
                &agency,
                10 + (i * 13) % 391,
                i,
                true,
                false,
            ),
            _ => annual(
                &sub.join(format!("pk-{i}.xlsx")),
                &agency,
                10 + (i * 13) % 391,
                i,
                false,
                false,
            ),
        }
    });
    std::fs::write(&done, b"").expect("mark");
    dir
}

fn files_of(dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut v = rakit::app::collect_inputs(&[dir.to_path_buf()]);
    v.truncate(n);
    v
}

fn load_only(path: &Path) {
    let mut wb = open_workbook_auto(path).expect("open");
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("range");
        std::hint::black_box(range.get_size());
    }
}

/// Peak resident memory of this process so far, in MiB.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// What a child measures; it prints `seconds peak_mib`.
fn child(args: &[String]) {
    let what = args[0].as_str();
    let t = Instant::now();
    match what {
        "load-files" => {
            for f in files_of(Path::new(&args[1]), args[2].parse().expect("n")) {
                load_only(&f);
            }
        }
        "check-files" => {
            // as `rakit check` does for several files, before any thread starts
            rakit::reuse_freed_memory_across_files();
            let files = files_of(Path::new(&args[1]), args[2].parse().expect("n"));
            let threads: usize = args[3].parse().expect("threads");
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("pool");
            // as `rakit check -q` does: each report keeps the number of its findings only
            let mut reports: Vec<_> = pool.install(|| {
                files
                    .par_iter()
                    .map(|f| rakit::app::check_file(f, None, &Options::default()).tally())
                    .collect()
            });
            rakit::app::cross_check(&mut reports, &Options::default());
            let summary = rakit::report::Summary::of(&reports, 0);
            std::hint::black_box(summary);
        }
        "load" => load_only(Path::new(&args[1])),
        "command" => {
            // `rakit ARGS...` as the binary runs it, its output to this child's stdout (the
            // parent reads only the last line, the measurement)
            let argv: Vec<std::ffi::OsString> = std::iter::once("rakit".into())
                .chain(args[1..].iter().map(Into::into))
                .collect();
            let lang = rakit::cli::lang_of(&argv);
            let cli = rakit::cli::parse(argv, lang).expect("arguments");
            let code = rakit::commands::run(cli);
            assert!(code < 2, "rakit {:?} exited with {code}", &args[1..]);
            use std::io::Write as _;
            let _ = std::io::stdout().flush();
            println!();
        }
        "check" => {
            let r = rakit::app::check_file(Path::new(&args[1]), None, &Options::default());
            std::hint::black_box(r.findings.len());
        }
        "stages" => {
            // where the peak memory of one check comes from
            let rss = || {
                std::fs::read_to_string("/proc/self/status")
                    .ok()
                    .and_then(|s| {
                        s.lines()
                            .find(|l| l.starts_with("VmRSS:"))
                            .map(|l| l.to_string())
                    })
                    .unwrap_or_default()
            };
            let wb = rakit::read::load(Path::new(&args[1])).expect("load");
            eprintln!("read: {} peak {:.0} MiB", rss(), peak_mib());
            let models = rakit::forms::build(&wb, None);
            eprintln!("forms: {} peak {:.0} MiB", rss(), peak_mib());
            let opts = Options::default();
            let policies = rakit::rules::sheet_policy::decide_all(&models, &opts);
            let findings = rakit::rules::check(&wb, &models, &policies, &opts);
            eprintln!(
                "rules ({} findings): {} peak {:.0} MiB",
                findings.len(),
                rss(),
                peak_mib()
            );
        }
        other => panic!("unknown child {other}"),
    }
    println!("{} {}", t.elapsed().as_secs_f64(), peak_mib());
}

/// Runs a child `runs` times: the median time and the largest peak memory.
fn run(args: &[&str], runs: usize) -> (Duration, f64) {
    let exe = std::env::current_exe().expect("exe");
    let mut times = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..runs {
        let out = Command::new(&exe)
            .arg("--child")
            .args(args)
            .output()
            .expect("child");
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().last().unwrap_or_default().to_string();
        let mut it = line.split_whitespace();
        let secs: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            panic!(
                "child {args:?} failed: {text}{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let mib: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
        times.push(Duration::from_secs_f64(secs));
        peak = peak.max(mib);
    }
    times.sort();
    (times[times.len() / 2], peak)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    rakit::purge_freed_memory_promptly();
    rakit::no_transparent_huge_pages();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1..]);
        return;
    }
    let runs = std::env::var("RAKIT_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);

    // 1. the folder
    let dir = folder(1000);
    let d = dir.display().to_string();
    let n = files_of(&dir, usize::MAX).len();
    let (load, load_mem) = run(&["load-files", &d, &n.to_string()], runs);
    let (one, _) = run(&["check-files", &d, &n.to_string(), "1"], runs);
    let (two, two_mem) = run(&["check-files", &d, &n.to_string(), "2"], runs);
    println!(
        "folder of {n} submissions: calamine load (1 thread) {:.0} ms; rakit check 1 thread {:.0} ms ({:.0} files/s), 2 threads {:.0} ms ({:.0} files/s); speedup 1→2 threads {:.2}; ratio to calamine: 1 thread {:.2}, 2 threads {:.2}",
        ms(load),
        ms(one),
        n as f64 / one.as_secs_f64(),
        ms(two),
        n as f64 / two.as_secs_f64(),
        one.as_secs_f64() / two.as_secs_f64(),
        one.as_secs_f64() / load.as_secs_f64(),
        two.as_secs_f64() / load.as_secs_f64(),
    );
    let mut mems = Vec::new();
    for k in [250usize, 500, 1000] {
        let (_, mem) = run(&["check-files", &d, &k.min(n).to_string(), "2"], 1);
        mems.push(format!("{k} files {mem:.0} MiB"));
    }
    println!(
        "folder peak memory (2 threads): {}; calamine loading all {n}: {load_mem:.0} MiB; check 2 threads {two_mem:.0} MiB",
        mems.join(", ")
    );

    // 2. the text-heavy workbook
    let text = data_dir().join("text-heavy-50000-v2.xlsx");
    if !text.exists() {
        annual(&text, "DINAS CONTOH", 50_000, 1, true, false);
    }
    let t = text.display().to_string();
    let (load, load_mem) = run(&["load", &t], runs);
    let (check, check_mem) = run(&["check", &t], runs);
    println!(
        "text-heavy 50,000 rows: calamine load {:.0} ms {load_mem:.0} MiB; rakit check {:.0} ms {check_mem:.0} MiB; time ratio {:.2}, memory ratio {:.2}",
        ms(load),
        ms(check),
        check.as_secs_f64() / load.as_secs_f64(),
        check_mem / load_mem
    );
    // the command as a user runs it, its report written out: every finding with its place
    for args in [
        &["check", "-q", &t][..],
        &["check", &t][..],
        &["check", "--format", "json", &t][..],
    ] {
        let mut child = vec!["command"];
        child.extend_from_slice(args);
        let (time, mem) = run(&child, runs);
        println!(
            "  rakit {}: {:.0} ms {mem:.0} MiB; time ratio {:.2}, memory ratio {:.2}",
            args[..args.len() - 1].join(" "),
            ms(time),
            time.as_secs_f64() / load.as_secs_f64(),
            mem / load_mem
        );
    }

    // 3. the used range that runs to XDU1048576
    let near = data_dir().join("used-range-near-v2.xlsx");
    let far = data_dir().join("used-range-xdu-v2.xlsx");
    if !near.exists() || !far.exists() {
        annual(&near, "DINAS CONTOH", 2_000, 3, true, false);
        annual(&far, "DINAS CONTOH", 2_000, 3, true, true);
    }
    let (a, a_mem) = run(&["check", &near.display().to_string()], runs);
    let (b, b_mem) = run(&["check", &far.display().to_string()], runs);
    println!(
        "used range to XDU1048576 (2,000 rows of data): rakit check {:.1} ms {b_mem:.0} MiB against {:.1} ms {a_mem:.0} MiB without the far cell (time ratio {:.2}, memory ratio {:.2})",
        ms(b),
        ms(a),
        b.as_secs_f64() / a.as_secs_f64(),
        b_mem / a_mem
    );
}
