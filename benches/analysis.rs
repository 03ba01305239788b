//! Analysis speed: time and MB/s on each example article and on 1 MB and
//! 10 MB of text. A benchmark that prints figures, not a timed test:
//! `cargo bench --bench analysis` (run by `./x bench`).

use evidence_checklist::analysis::analyze;
use std::time::{Duration, Instant};

/// Median and spread (min, max) of `runs` timings of `f`.
fn time<F: FnMut()>(runs: usize, mut f: F) -> (Duration, Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    t.sort_unstable();
    (t[t.len() / 2], t[0], t[t.len() - 1])
}

fn row(name: &str, text: &str, runs: usize) {
    // Warm up: the automaton is built once per process.
    std::hint::black_box(analyze(text));
    let (median, min, max) = time(runs, || {
        std::hint::black_box(analyze(std::hint::black_box(text)));
    });
    let mb = text.len() as f64 / 1_048_576.0;
    println!(
        "{name:<36} {:>10} {:>10.3} {:>10.3} {:>10.3} {:>9.1}",
        text.len(),
        median.as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        mb / median.as_secs_f64()
    );
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    println!("native analysis ({} runs each; times in ms)", 21);
    println!(
        "{:<36} {:>10} {:>10} {:>10} {:>10} {:>9}",
        "input", "bytes", "median", "min", "max", "MB/s"
    );
    let build = Instant::now();
    std::hint::black_box(analyze(
        "warm up: the automaton is built here, officials said.",
    ));
    println!(
        "{:<36} {:>10} {:>10.3}",
        "first call (builds the automaton)",
        "",
        build.elapsed().as_secs_f64() * 1e3
    );
    let mut article_text = String::new();
    for dir in [
        format!("{root}/tests/articles/shared"),
        format!("{root}/tests/articles"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            row(&name, &text, 21);
            // Articles without a comment thread make the long inputs: a
            // thread would set everything after it aside.
            if !dir.contains("shared") && !name.contains("comment") {
                article_text.push_str(&text);
                article_text.push_str("\n\n");
            }
        }
    }
    let repeat = |text: &str, bytes: usize| text.repeat(bytes / text.len().max(1) + 1);
    let page = std::fs::read_to_string(format!(
        "{root}/tests/articles/shared/state-media-local-sources.txt"
    ))
    .unwrap_or_default();
    row(
        "1 MB of article text",
        &repeat(&article_text, 1_048_576),
        11,
    );
    row(
        "1 MB page, one article + its comments",
        &format!(
            "{}{}",
            page,
            repeat(&page[page.find("Notify of").unwrap_or(0)..], 1_048_576)
        ),
        11,
    );
    row(
        "10 MB of article text",
        &repeat(&article_text, 10 * 1_048_576),
        3,
    );
}
