//! Profiling helper: analyses 1 MB of article text 10 times
//! (`perf record target/release/examples/profile`).
fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut text = String::new();
    for name in [
        "wire-report-denial",
        "long-article",
        "anonymous-officials",
        "non-latin-names",
        "relay-chain",
        "markdown-html-remains",
        "subjects-not-sources",
        "opinion-no-sources",
    ] {
        text.push_str(
            &std::fs::read_to_string(format!("{root}/tests/articles/{name}.txt"))
                .unwrap_or_default(),
        );
        text.push_str("\n\n");
    }
    let big = text.repeat(1_048_576 / text.len() + 1);
    for _ in 0..10 {
        std::hint::black_box(evidence_checklist::analysis::analyze(&big));
    }
}
