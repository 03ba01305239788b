//! Reads an article the way a careful reader would, and suggests an answer
//! to each step of the checklist with the sentences behind it.
//!
//! ```
//! use evidence_checklist::analysis::analyze;
//! use evidence_checklist::checklist::Choice;
//!
//! let text = "Helicopters landed near the town, the agency SANA reported, citing local sources.";
//! let a = analyze(text);
//! let origin = a.sources.iter().find(|s| s.text == "local sources").unwrap();
//! assert!(!origin.named);
//! assert_eq!(a.sources[origin.via.unwrap()].text, "SANA");
//! assert_eq!(a.suggested.answers[0].choice, Choice::SourceUnnamed);
//! ```
//!
//! The pass, all linear in the length of the text:
//!
//! 1. [`text`]: lines, sentences (abbreviations such as "Mr." and "U.S."
//!    do not end one) and word tokens, all as byte spans of the input;
//! 2. `noise`: each line classified as article text or page furniture; a
//!    comment thread runs from its first marker to the end; the body is the
//!    first to the last line of article text;
//! 3. `matcher`: one aho-corasick pass finds every cue phrase of the
//!    `cues` tables at once;
//! 4. `sources` and `signals`: per sentence, in bounded windows, who says
//!    what (named or not, relayed by whom), replies, evidence and hedges;
//! 5. `suggest`: one suggested choice per step, a reason and the sentences
//!    behind it.
//!
//! Nothing here panics on any input: every slice is taken at a boundary
//! the code found itself, and a property test checks it (tests/analysis).

mod cues;
mod matcher;
mod noise;
mod signals;
mod sources;
mod suggest;
pub mod text;

pub use noise::{Noise, NoiseKind};
pub use signals::{Corroboration, Evidence, EvidenceKind, Hedge, HedgeKind, Reply, ReplyKind};
pub use sources::{Source, SourceKind};
pub use suggest::{Reason, ReasonCode, Suggested, Suggestion};
pub use text::Span;

use crate::json::json_fields;
use cues::Cue;
use matcher::Hit;

/// What the reader changed about the analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Noise blocks (indices into [`Analysis::noise`]) the reader put back
    /// into the analysis.
    pub restored: Vec<usize>,
}

/// Everything the analysis found. Offsets are bytes into the input as
/// given; `end` is exclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The article body: from its first to its last line of article text.
    pub body: Span,
    /// Page noise set aside, in order.
    pub noise: Vec<Noise>,
    /// Which noise blocks the reader put back.
    pub restored: Vec<usize>,
    /// Every attribution in the analysed text, in order.
    pub sources: Vec<Source>,
    /// The source of the main claim (index into `sources`), if any.
    pub main_source: Option<usize>,
    /// Other sources, independent or repeating the main claim's origin.
    pub corroborations: Vec<Corroboration>,
    /// Denials and replies, and replies sought.
    pub denials: Vec<Reply>,
    pub evidence: Vec<Evidence>,
    pub hedges: Vec<Hedge>,
    /// The suggested choice for each step, and the score they give.
    pub suggested: Suggested,
    /// Bytes of text analysed (the body and what was put back).
    pub analysed_bytes: usize,
    /// The text looks English, the language of the cue lists. When it does
    /// not, the suggestions mean little and the app says so.
    pub english: bool,
    /// When the text to read is longer than [`READ_LIMIT`]: the byte at
    /// which reading stopped.
    pub read_limit: Option<usize>,
}

json_fields!(Analysis {
    body,
    noise,
    restored,
    sources,
    main_source,
    corroborations,
    denials,
    evidence,
    hedges,
    suggested,
    analysed_bytes,
    english,
    read_limit,
});

/// The most text read, in bytes (about 700 pages of articles): beyond it
/// the analysis would keep a browser busy for more than a moment.
pub const READ_LIMIT: usize = 2 * 1024 * 1024;

/// One sentence of the analysed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    /// Index of its line.
    pub line: usize,
    /// The article's title: read, but not a source of claims.
    pub headline: bool,
    /// A picture caption.
    pub caption: bool,
}

/// Analyses `text` with nothing put back.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// A headline: the first line of article text, short, with no full stop.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (1..=25).contains(&words) && !t.ends_with(['.', ':', '!', '?', '"', '”'])
}

/// Analyses `text`, with the reader's changes.
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    let lines = text::lines(text);
    let layout = noise::layout(text, &lines);
    let restored: Vec<usize> = options
        .restored
        .iter()
        .copied()
        .filter(|i| *i < layout.noise.len())
        .collect();
    let mut included: Vec<bool> = (0..lines.len())
        .map(|i| {
            layout.content[i] || layout.block_of_line[i].is_some_and(|b| restored.contains(&b))
        })
        .collect();
    // Past READ_LIMIT bytes of text to read, the rest is not read: the
    // suggestions come from the start of a very long paste, and say so.
    let mut to_read = 0;
    let mut read_limit = None;
    for (i, line) in lines.iter().enumerate() {
        if !included[i] {
            continue;
        }
        if to_read + line.span.len() > READ_LIMIT {
            read_limit = Some(line.span.start);
            included[i..].iter_mut().for_each(|x| *x = false);
            break;
        }
        to_read += line.span.len();
    }

    // One pass of multi-pattern matching, over the lines that are read
    // (from the first to the last; set-aside lines around them are skipped).
    let first_read = included.iter().position(|i| *i);
    let last_read = included.iter().rposition(|i| *i);
    let read_span = match (first_read, last_read) {
        (Some(a), Some(b)) => Span::new(lines[a].span.start, lines[b].span.end),
        _ => Span::new(0, 0),
    };
    let hits = matcher::find(text, read_span);
    // Lines with a picture credit are captions (hits and lines are both in
    // text order).
    let mut caption_lines = vec![false; lines.len()];
    let mut line = 0;
    for h in hits.iter().filter(|h| h.is(Cue::PhotoCredit)) {
        while line < lines.len() && lines[line].span.end < h.span.start {
            line += 1;
        }
        if let Some(l) = lines.get(line) {
            caption_lines[line] |= l.span.contains(h.span);
        }
    }
    let first_content = layout.content.iter().position(|c| *c);
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut spans = Vec::new();
    let mut analysed_bytes = 0;
    for (i, line) in lines.iter().enumerate() {
        if !included[i] {
            continue;
        }
        analysed_bytes += line.span.len();
        let headline = Some(i) == first_content && is_headline(line.span.of(text));
        spans.clear();
        text::sentences_in(text, line.span, &mut spans);
        sentences.extend(spans.iter().map(|s| Sentence {
            span: *s,
            line: i,
            headline,
            caption: caption_lines[i],
        }));
    }

    // Hits per sentence: both lists are in text order.
    let mut per_sentence: Vec<&[Hit]> = Vec::with_capacity(sentences.len());
    let mut h = 0;
    for s in &sentences {
        while h < hits.len() && hits[h].span.start < s.span.start {
            h += 1;
        }
        let from = h;
        let mut to = h;
        while to < hits.len() && hits[to].span.end <= s.span.end {
            to += 1;
        }
        per_sentence.push(&hits[from..to]);
    }

    let mut found: Vec<Source> = Vec::new();
    let mut sig = signals::Signals::default();
    let mut confirming: Vec<Span> = Vec::new();
    let mut denying: Vec<Span> = Vec::new();
    let mut dismissals: Vec<(Span, Span)> = Vec::new();
    let mut accuses = false;
    // "SANA reports (source):" relays the sources of the lines after it.
    let mut pending_relay: Option<(usize, usize)> = None;
    for (s, sh) in sentences.iter().zip(&per_sentence) {
        let before = sig.replies.len();
        let confirms_before = sig.confirms;
        sig.confirms = false;
        signals::in_sentence(text, s, sh, &mut sig);
        if sig.confirms {
            confirming.push(s.span);
        }
        sig.confirms = confirms_before;
        if sig.replies[before..]
            .iter()
            .any(|r| r.kind != ReplyKind::NonAcknowledgement)
        {
            denying.push(s.span);
        }
        dismissals.extend(
            sh.iter()
                .filter(|h| h.is(Cue::Dismissal))
                .map(|h| (s.span, h.span)),
        );
        accuses |= sig.accuses;
        if s.headline || s.caption {
            continue;
        }
        let local = sources::in_sentence(text, s, sh);
        let offset = found.len();
        for mut src in local {
            src.via = src.via.map(|v| v + offset);
            src.cites = src.cites.map(|c| c + offset);
            found.push(src);
        }
        if let Some((relay, line)) = pending_relay {
            if s.line > line && s.line <= line + 4 {
                for i in offset..found.len() {
                    if found[i].via.is_none()
                        && found[i].cites.is_none()
                        && i != relay
                        && !found[i].named
                    {
                        found[i].via = Some(relay);
                        if found[relay].cites.is_none() {
                            found[relay].cites = Some(i);
                        }
                    }
                }
            } else if s.line > line + 4 {
                pending_relay = None;
            }
        }
        let ends_with_colon = s.span.of(text).trim_end().ends_with(':');
        if ends_with_colon {
            if let Some(i) = (offset..found.len()).find(|i| found[*i].kind == SourceKind::Outlet) {
                pending_relay = Some((i, s.line));
            }
        }
    }
    sources::link_origins(&mut found);

    // Captions: a credited picture, dated before the article's events, is a
    // file photo. One caption line is one piece of evidence.
    let article_year = sentences
        .iter()
        .filter(|s| !s.caption)
        .flat_map(|s| signals::years_in(s.span.of(text)))
        .max();
    let mut caption_line = None;
    for s in sentences.iter().filter(|s| s.caption) {
        if caption_line == Some(s.line) {
            continue;
        }
        caption_line = Some(s.line);
        let line = lines[s.line].span;
        let caption = line.of(text).trim();
        let start = line.start + (line.of(text).len() - line.of(text).trim_start().len());
        let span = Span::new(start, start + caption.len());
        let caption_year = signals::years_in(caption).max();
        let file_photo = matches!((caption_year, article_year), (Some(c), Some(a)) if c < a);
        sig.evidence.push(Evidence {
            text: caption.to_string(),
            start: span.start,
            end: span.end,
            kind: if file_photo {
                EvidenceKind::FilePhoto
            } else {
                EvidenceKind::Unclear
            },
            sentence_start: span.start,
            sentence_end: span.end,
            year: caption_year,
        });
    }

    let next_sentence = |span: Span| {
        let i = sentences.partition_point(|s| s.span.start < span.start);
        sentences.get(i + 1).map(|s| s.span)
    };
    signals::mark_dismissals(&mut sig.replies, &dismissals, next_sentence);

    let main_source = found.iter().position(|s| !s.denies);
    let main_origin = main_source.map(|m| found[m].origin);
    let corroborations = signals::corroborations(&found, main_origin, &confirming, &denying);
    let lede_end = sentences
        .iter()
        .filter(|s| !s.headline && !s.caption)
        .nth(2)
        .map_or(usize::MAX, |s| s.span.end);
    let witnessed = sig
        .witnessed
        .iter()
        .find(|w| w.end <= lede_end)
        .and_then(|w| {
            sentences
                .iter()
                .find(|s| s.span.contains(*w))
                .map(|s| s.span)
        });

    let suggested = suggest::suggest(&suggest::Findings {
        text,
        sources: &found,
        main: main_source,
        corroborations: &corroborations,
        replies: &sig.replies,
        evidence: &sig.evidence,
        witnessed,
        accuses,
    });

    let english = looks_english(&lines, &included, text);
    Analysis {
        read_limit,
        english,
        body: layout.body,
        noise: layout.noise,
        restored,
        sources: found,
        main_source,
        corroborations,
        denials: sig.replies,
        evidence: sig.evidence,
        hedges: sig.hedges,
        suggested,
        analysed_bytes,
    }
}

/// Small words that make up a large share of any English text.
const ENGLISH_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have", "he",
    "in", "is", "it", "its", "of", "on", "said", "that", "the", "their", "they", "this", "to",
    "was", "were", "which", "with",
];

/// Does the text read (up to its first 20 KB) look English? One word in
/// ten or more is a common English small word; texts of a few words pass
/// when they are written in Latin letters.
fn looks_english(lines: &[text::Line], included: &[bool], text: &str) -> bool {
    let (mut words, mut common, mut latin, mut letters) = (0usize, 0usize, 0usize, 0usize);
    let mut read = 0;
    for (line, _) in lines.iter().zip(included).filter(|(_, i)| **i) {
        let l = line.span.of(text);
        for w in l
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
                common += 1;
            }
        }
        for c in l.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            latin += usize::from(c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c));
        }
        read += l.len();
        if read > 20_000 {
            break;
        }
    }
    if words < 20 {
        return letters == 0 || latin * 2 > letters;
    }
    common * 10 >= words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_or_not() {
        let cases: &[(&str, bool)] = &[
            ("Officials said the bridge was closed on Monday after the flood, and that repairs would take weeks. The mayor has not commented.", true),
            ("Los funcionarios dijeron que el puente fue cerrado el lunes después de la inundación, y que las reparaciones tardarán semanas. El alcalde no ha comentado.", false),
            ("قال المسؤولون إن الجسر أغلق يوم الاثنين بعد الفيضان وإن الإصلاحات ستستغرق أسابيع ولم يعلق رئيس البلدية على ذلك حتى الآن في البيان الرسمي", false),
            ("Officials said so.", true),
            ("Сергей сказал.", false),
            ("", true),
        ];
        for (text, english) in cases {
            assert_eq!(analyze(text).english, *english, "{text}");
        }
        // The three example articles are English.
        for f in [
            "state-media-local-sources",
            "relayed-reports-file-photo",
            "republished-with-denial",
        ] {
            let path = format!(
                "{}/tests/articles/shared/{f}.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).expect(&path);
            assert!(analyze(&text).english, "{f}");
        }
    }
}
