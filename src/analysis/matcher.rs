//! One pass of multi-pattern matching over the text: every cue phrase of
//! [`super::cues::cues`] at once, with aho-corasick, kept only where it
//! stands on word boundaries.

use super::cues::{cues, signals, Cue, CueSet};
use super::text::Span;
use aho_corasick::automaton::Automaton;
// In the browser, aho-corasick's noncontiguous NFA, built directly:
// `AhoCorasick` would also link its DFA, contiguous NFA and prefilters,
// about 30 KB of gzipped wasm. Natively, where size does not matter, the
// DFA, which searches about four times faster.
#[cfg(not(target_arch = "wasm32"))]
use aho_corasick::dfa::{Builder, DFA as Engine};
#[cfg(target_arch = "wasm32")]
use aho_corasick::nfa::noncontiguous::{Builder, NFA as Engine};
use aho_corasick::{Input, MatchKind};
use std::sync::OnceLock;

/// A cue phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Index into [`cues`].
    pub entry: usize,
}

impl Hit {
    /// What the phrase signals.
    pub fn cues(&self) -> CueSet {
        signals(self.entry)
    }

    pub fn is(&self, cue: Cue) -> bool {
        self.cues().contains(cue)
    }
}

struct Matcher {
    automaton: Option<Engine>,
    /// Pattern id -> index into [`cues`] (curly-apostrophe variants share one).
    entry_of: Vec<usize>,
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut entry_of = Vec::new();
        for (i, (phrase, _)) in cues().enumerate() {
            patterns.push(phrase.to_string());
            entry_of.push(i);
            if phrase.contains('\'') {
                patterns.push(phrase.replace('\'', "’"));
                entry_of.push(i);
            }
        }
        let automaton = Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)
            .ok();
        Matcher {
            automaton,
            entry_of,
        }
    })
}

fn is_word_byte_at(text: &str, pos: usize, before: bool) -> bool {
    let c = if before {
        text[..pos].chars().next_back()
    } else {
        text[pos..].chars().next()
    };
    c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Every cue in `span` of `text`, on word boundaries, in order of start.
/// Overlapping cues are all reported ("sources say" and "say").
pub fn find(text: &str, span: Span) -> Vec<Hit> {
    let m = matcher();
    let hay = span.of(text);
    let mut hits = Vec::new();
    let Some(automaton) = &m.automaton else {
        return hits;
    };
    // An overlapping search with a Standard NFA cannot fail; an error would
    // only end the search early.
    for found in automaton
        .try_find_overlapping_iter(Input::new(hay))
        .into_iter()
        .flatten()
    {
        let start = span.start + found.start();
        let end = span.start + found.end();
        // Cues are ASCII at their ends, so these are char boundaries; the
        // checks keep a cue from matching inside a word.
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        let phrase = &text[start..end];
        let first_is_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
        let last_is_word = phrase
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if (first_is_word && is_word_byte_at(text, start, true))
            || (last_is_word && is_word_byte_at(text, end, false))
        {
            continue;
        }
        hits.push(Hit {
            span: Span::new(start, end),
            entry: m.entry_of[found.pattern().as_usize()],
        });
    }
    crate::order::sort_by(&mut hits, |a, b| {
        let key = |h: &Hit| (h.span.start, std::cmp::Reverse(h.span.end), h.entry);
        key(a).cmp(&key(b))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<&str> {
        find(text, Span::new(0, text.len()))
            .iter()
            .map(|h| h.span.of(text))
            .collect()
    }

    #[test]
    fn word_boundaries_and_case() {
        assert_eq!(phrases("He SAID so."), vec!["SAID"]);
        assert!(phrases("unsaid saids").is_empty());
        assert!(phrases("well-said").is_empty());
        assert_eq!(phrases("Accoridng to some experts"), vec!["Accoridng to"]);
    }

    #[test]
    fn overlapping_cues_are_all_found() {
        assert_eq!(phrases("Sources say it"), vec!["Sources say", "say"]);
    }

    #[test]
    fn curly_apostrophes_match() {
        let text = "The SANA didn’t provide any further details.";
        assert_eq!(phrases(text), vec!["didn’t provide any further details"]);
    }

    #[test]
    fn non_ascii_neighbours_are_word_characters() {
        assert!(phrases("éditédsaid").is_empty());
        assert_eq!(phrases("«said»"), vec!["said"]);
    }
}
