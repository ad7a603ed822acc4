//! The command line on the 12,000 real articles of `../shared/corpora/` (skipped with a message
//! when the file is absent), run as a user runs it, side by side in one run:
//! `isnad search بوتين` the first time (nothing cached) and the second time (the processed corpus
//! cached) against `rg -c بوتين` on the same file, then `isnad quotes --json` the first time and
//! with the cache warm. The cache goes to a temporary folder (`ISNAD_CACHE_DIR`).
//!
//! Run: `cargo bench --no-default-features --bench cli`.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs of each warm measurement; the median is reported.
const RUNS: usize = 7;

fn main() {
    let Some(corpus) = common::corpus_path() else {
        println!("cli bench skipped: the 12k corpus is absent (set ISNAD_CORPUS)");
        return;
    };
    let cache = tempfile::tempdir().expect("a temporary cache folder");
    let isnad = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
        c.args(args)
            .arg(&corpus)
            .env("ISNAD_CACHE_DIR", cache.path());
        c
    };
    println!("corpus: {}", corpus.display());
    let first = time(&mut isnad(&["search", "بوتين"]));
    let warm = median(|| time(&mut isnad(&["search", "بوتين"])));
    let uncached = time(&mut isnad(&["--no-cache", "search", "بوتين"]));
    println!(
        "isnad search بوتين: first time {}, cache warm {} (median of {RUNS}), --no-cache {}",
        ms(first),
        ms(warm),
        ms(uncached)
    );
    if rg_available() {
        // Run after run, one of each, so that both see the same machine.
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            ours.push(time(&mut isnad(&["search", "بوتين"])));
            theirs.push(time(Command::new("rg").args(["-c", "بوتين"]).arg(&corpus)));
        }
        let (ours, theirs) = (median_of(ours), median_of(theirs));
        println!(
            "side by side, run after run: isnad search بوتين (cache warm) {} vs rg -c بوتين {} (medians of {RUNS}): {:.1}×",
            ms(ours),
            ms(theirs),
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    } else {
        println!("rg -c: skipped, rg is not on PATH");
    }
    clear(cache.path());
    let first = time(&mut isnad(&["quotes", "--json"]));
    let warm = median(|| time(&mut isnad(&["quotes", "--json"])));
    println!(
        "isnad quotes --json: first time {}, cache warm {} (median of {RUNS})",
        ms(first),
        ms(warm)
    );
}

/// Wall time of one run, its output dropped.
fn time(command: &mut Command) -> Duration {
    let t = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command runs");
    let elapsed = t.elapsed();
    assert!(
        status.code().is_some_and(|c| c <= 1),
        "{command:?} failed: {status}"
    );
    elapsed
}

fn median(mut run: impl FnMut() -> Duration) -> Duration {
    median_of((0..RUNS).map(|_| run()).collect())
}

fn median_of(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn rg_available() -> bool {
    Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn clear(cache: &Path) {
    for e in std::fs::read_dir(cache).into_iter().flatten().flatten() {
        let _ = std::fs::remove_file(e.path());
    }
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}
