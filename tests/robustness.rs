//! Any input gives an analysis and never a panic, and every span the
//! analysis returns lies on character boundaries inside the input.

#![cfg(not(target_arch = "wasm32"))]

use evidence_checklist::analysis::{analyze, analyze_with, Analysis, Options, Span};
use proptest::prelude::*;

/// Every span in an analysis, with what it is.
fn spans(a: &Analysis) -> Vec<(&'static str, Span)> {
    let mut out = vec![("body", a.body)];
    out.extend(a.noise.iter().map(|n| ("noise", n.span())));
    for s in &a.sources {
        out.push(("source", Span::new(s.start, s.end)));
        out.push((
            "source sentence",
            Span::new(s.sentence_start, s.sentence_end),
        ));
    }
    for c in &a.corroborations {
        out.push(("corroboration", Span::new(c.start, c.end)));
    }
    for d in &a.denials {
        out.push(("reply", Span::new(d.start, d.end)));
        out.push((
            "reply sentence",
            Span::new(d.sentence_start, d.sentence_end),
        ));
        out.extend(d.dismissal.map(|s| ("dismissal", s)));
    }
    for e in &a.evidence {
        out.push(("evidence", Span::new(e.start, e.end)));
    }
    for h in &a.hedges {
        out.push(("hedge", Span::new(h.start, h.end)));
    }
    for s in &a.suggested.answers {
        out.extend(s.sentences.iter().map(|x| ("suggestion sentence", *x)));
    }
    out
}

fn check(text: &str) {
    let a = analyze(text);
    check_analysis(text, &a);
    // Putting back every noise block (and some that do not exist) too.
    let all: Vec<usize> = (0..a.noise.len() + 2).collect();
    let b = analyze_with(text, &Options { restored: all });
    check_analysis(text, &b);
}

fn check_analysis(text: &str, a: &Analysis) {
    for (what, span) in spans(a) {
        assert!(span.start <= span.end, "{what} {span:?} is reversed");
        assert!(
            span.end <= text.len(),
            "{what} {span:?} is past the end ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start),
            "{what} {span:?} starts inside a character"
        );
        assert!(
            text.is_char_boundary(span.end),
            "{what} {span:?} ends inside a character"
        );
    }
    for s in &a.sources {
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(s.origin < a.sources.len());
        assert!(s.via.is_none_or(|v| v < a.sources.len()));
        assert!(s.cites.is_none_or(|c| c < a.sources.len()));
    }
    assert!(a.suggested.score <= 100);
    assert_eq!(a.suggested.answers.len(), 5);
}

/// Pieces that real pages and hostile pastes are made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("said".to_string()),
        Just(", according to ".to_string()),
        Just(" citing local sources".to_string()),
        Just("Notify of\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(" Mr. ".to_string()),
        Just("U.S.".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{0}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("مصادر محلية قالت".to_string()),
        Just("Сергей сказал".to_string()),
        Just("<script>".to_string()),
        Just("](".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("0 $\n".to_string()),
        Just(" Reply\n".to_string()),
        Just("Jane says:\n".to_string()),
        Just(" denied, which is an obvious lie. ".to_string()),
        Just("(DoD photo by A. B., 2009)\n".to_string()),
        "[A-Z][a-z]{0,8}".prop_map(|s| format!(" {s}")),
        any::<String>(),
        "\\PC{0,40}",
    ]
}

proptest! {
    // 2,000 cases each in the test command; `./x bench` runs many more
    // (PROPTEST_CASES).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn article_like_strings(parts in prop::collection::vec(piece(), 0..60)) {
        check(&parts.concat());
    }
}

#[test]
fn edge_inputs() {
    check("");
    check(" ");
    check("\n\n\n");
    check("\u{0}\u{0}said\u{0}");
    check("said");
    check("according to");
    check("citing");
    check("“,” said");
    check(", said");
    check("The, said, said, said.");
    check("\u{202e}SANA reported, citing local sources.\u{202c}");
    check("🙂 officials said 🙂🙂 denied 🙂");
    check(&"a".repeat(10_000));
    check(&"said ".repeat(10_000));
    check(&", ".repeat(10_000));
    // Markup scans stop at 2000 bytes, which must be a character boundary.
    check(&format!("said <a{}>", "é".repeat(1500)));
    check(&format!("said ]({})", "é".repeat(1500)));
}

#[test]
fn binary_junk() {
    // Bytes a pasted binary file might carry, made valid as text.
    let bytes: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    check(&String::from_utf8_lossy(&bytes));
}

#[test]
fn one_line_of_a_megabyte() {
    let sentence =
        "Officials said the bridge was closed, according to local sources, citing witnesses ";
    let line: String = sentence.repeat(1_048_576 / sentence.len() + 1);
    let a = analyze(&line);
    check_analysis(&line, &a);
    assert!(!a.sources.is_empty());
}

#[test]
fn ten_megabytes() {
    let para = "Civil sources said that three helicopters landed near the village. The Pentagon denied it.\n\n";
    let text = para.repeat(10 * 1_048_576 / para.len() + 1);
    let a = analyze(&text);
    check_analysis(&text, &a);
    // Reading stops at the limit, on a line, and says where.
    let limit = a.read_limit.expect("10 MB is past the limit");
    assert!(a.analysed_bytes <= evidence_checklist::analysis::READ_LIMIT);
    assert!(a.analysed_bytes > evidence_checklist::analysis::READ_LIMIT - 200);
    assert!(text[..limit].ends_with('\n'));
    assert!(a.sources.iter().all(|s| s.end <= limit));
    // A text under the limit is read whole.
    assert_eq!(analyze(para).read_limit, None);
}
