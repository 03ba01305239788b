//! Replies and denials, evidence, hedges and corroboration: what the cues
//! of one sentence say besides who speaks.

use super::cues::Cue;
use super::matcher::Hit;
use super::sources::Source;
use super::text::{tokens, Span};
use super::Sentence;
use crate::json::{json_by_id, json_fields};

/// What kind of reply the accused gave, or how it was sought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReplyKind {
    /// "denied", "rejected", "called the allegations false".
    Denial,
    /// A reply that is not a denial: "apologised", "accepts the ruling".
    Response,
    /// "declined to comment", "did not respond to a request".
    Sought,
    /// "has never acknowledged": the article notes it, but there is no reply.
    NonAcknowledgement,
}

/// A denial or reply, or a note that one was sought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: ReplyKind,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The article waves the denial away without evidence.
    pub dismissed: bool,
    /// Where it does so ("which is an obvious lie").
    pub dismissal: Option<Span>,
    /// The sentence that holds the dismissal.
    pub dismissal_sentence: Option<Span>,
}

/// What a piece of evidence is worth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    /// Documents, footage or data the outlet checked.
    Checked,
    /// Material of unclear origin: mentioned, not checked.
    Unclear,
    /// A picture caption dated before the events, or of another place.
    FilePhoto,
    /// The article says evidence is missing.
    Absent,
}

/// A piece of evidence, or its stated absence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: EvidenceKind,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// For a file photo: the year its caption gives.
    pub year: Option<u16>,
}

/// What kind of hedge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HedgeKind {
    /// "reportedly", "allegedly", "claimed".
    Hedge,
    /// Vague attribution: "sources say", "reports appeared".
    Vague,
}

/// A word or phrase that marks what the writer could not confirm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hedge {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: HedgeKind,
}

/// Another source, and whether it confirms the main claim independently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corroboration {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// Index into the sources.
    pub source: usize,
    /// It confirms, and it does not share the main claim's origin.
    pub independent: bool,
    /// Another outlet, or a named source, telling a similar story without
    /// confirming it: repetition, not corroboration.
    pub repeats: bool,
}

impl ReplyKind {
    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            ReplyKind::Denial => "denial",
            ReplyKind::Response => "response",
            ReplyKind::Sought => "sought",
            ReplyKind::NonAcknowledgement => "non-acknowledgement",
        }
    }
}

impl EvidenceKind {
    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            EvidenceKind::Checked => "checked",
            EvidenceKind::Unclear => "unclear",
            EvidenceKind::FilePhoto => "file-photo",
            EvidenceKind::Absent => "absent",
        }
    }
}

impl HedgeKind {
    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            HedgeKind::Hedge => "hedge",
            HedgeKind::Vague => "vague",
        }
    }
}

json_by_id!(ReplyKind, EvidenceKind, HedgeKind);

json_fields!(Reply {
    text,
    start,
    end,
    kind,
    sentence_start,
    sentence_end,
    dismissed,
    dismissal,
    dismissal_sentence,
});

json_fields!(Evidence {
    text,
    start,
    end,
    kind,
    sentence_start,
    sentence_end,
    year
});

json_fields!(Hedge {
    text,
    start,
    end,
    kind
});

json_fields!(Corroboration {
    text,
    start,
    end,
    sentence_start,
    sentence_end,
    source,
    independent,
    repeats,
});

/// How far apart, in the sorted list of hits, two overlapping cues can
/// be: overlapping phrases start within a few words of each other.
const NEAR: usize = 8;

/// The hits near hit `i` (which overlapping cues are among).
fn near(hits: &[Hit], i: usize) -> &[Hit] {
    &hits[i.saturating_sub(NEAR)..(i + NEAR + 1).min(hits.len())]
}

/// True when a longer cue of kind `cue` covers hit `i`.
fn covered_by(hits: &[Hit], i: usize, cue: Cue) -> bool {
    let span = hits[i].span;
    near(hits, i)
        .iter()
        .any(|h| h.is(cue) && h.span.contains(span) && h.span != span)
}

/// True when a negation comes just before hit `i` ("did not deny"), or a
/// hedge covers it ("could not be independently verified").
fn negated(text: &str, sentence: Span, hits: &[Hit], i: usize) -> bool {
    if covered_by(hits, i, Cue::Hedge) {
        return true;
    }
    // The three words before the cue, read from a short window.
    let span = hits[i].span;
    let mut from = span.start.saturating_sub(48).max(sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = tokens(text, Span::new(from, span.start));
    before.iter().rev().take(3).any(|t| {
        t.is("not")
            || t.is("never")
            || t.is("unable")
            || t.is("cannot")
            || t.word.ends_with("n't")
            || t.word.ends_with("n’t")
    })
}

/// What one sentence's cues say.
#[derive(Default)]
pub(super) struct Signals {
    pub replies: Vec<Reply>,
    pub evidence: Vec<Evidence>,
    pub hedges: Vec<Hedge>,
    /// Spans of first-hand reporting cues.
    pub witnessed: Vec<Span>,
    /// A confirmation cue, not negated, is in the sentence.
    pub confirms: bool,
    /// Someone is accused of something.
    pub accuses: bool,
}

pub(super) fn in_sentence(text: &str, sentence: &Sentence, hits: &[Hit], out: &mut Signals) {
    let s = sentence.span;
    let mk = |span: Span| (span.of(text).to_string(), span.start, span.end);
    let verified = (0..hits.len()).any(|i| hits[i].is(Cue::Verified) && !negated(text, s, hits, i));
    let hedges_before = out.hedges.len();
    for (i, h) in hits.iter().enumerate() {
        let (t, start, end) = mk(h.span);
        for cue in h.cues().iter() {
            match cue {
                Cue::Denial | Cue::Response | Cue::Sought | Cue::NonAcknowledgement => {
                    let kind = match cue {
                        Cue::Denial => ReplyKind::Denial,
                        Cue::Response => ReplyKind::Response,
                        Cue::Sought => ReplyKind::Sought,
                        _ => ReplyKind::NonAcknowledgement,
                    };
                    if kind == ReplyKind::Denial && negated(text, s, hits, i) {
                        continue;
                    }
                    out.replies.push(Reply {
                        text: t.clone(),
                        start,
                        end,
                        kind,
                        sentence_start: s.start,
                        sentence_end: s.end,
                        dismissed: false,
                        dismissal: None,
                        dismissal_sentence: None,
                    });
                }
                Cue::Hedge | Cue::Vague => {
                    // The longest phrase wins: "could not be verified", not
                    // also "verified".
                    if out.hedges[hedges_before..]
                        .iter()
                        .any(|x| x.start <= start && end <= x.end)
                    {
                        continue;
                    }
                    out.hedges.push(Hedge {
                        text: t.clone(),
                        start,
                        end,
                        kind: if cue == Cue::Vague {
                            HedgeKind::Vague
                        } else {
                            HedgeKind::Hedge
                        },
                    });
                }
                Cue::NoEvidence | Cue::Unclear | Cue::EvidenceNoun => {
                    let kind = match cue {
                        Cue::NoEvidence => EvidenceKind::Absent,
                        Cue::Unclear if negated(text, s, hits, i) => continue,
                        Cue::Unclear => EvidenceKind::Unclear,
                        // "could not take pictures" is absence, not pictures.
                        _ if covered_by(hits, i, Cue::NoEvidence) => continue,
                        _ if verified => EvidenceKind::Checked,
                        _ => EvidenceKind::Unclear,
                    };
                    out.evidence.push(Evidence {
                        text: t.clone(),
                        start,
                        end,
                        kind,
                        sentence_start: s.start,
                        sentence_end: s.end,
                        year: None,
                    });
                }
                Cue::Witnessed if !negated(text, s, hits, i) => out.witnessed.push(h.span),
                Cue::Confirmation if !negated(text, s, hits, i) => out.confirms = true,
                Cue::Accusation => out.accuses = true,
                _ => {}
            }
        }
    }
}

/// A denial followed, in its sentence or the next, by the article waving it
/// away ("which is an obvious lie") is dismissed.
pub(super) fn mark_dismissals(
    replies: &mut [Reply],
    dismissals: &[(Span, Span)],
    next_sentence: impl Fn(Span) -> Option<Span>,
) {
    // `dismissals` is in text order: find a sentence's by binary search.
    let in_sentence = |sentence: Span| {
        let from = dismissals.partition_point(|(s, _)| s.start < sentence.start);
        dismissals[from..]
            .iter()
            .take_while(move |(s, _)| *s == sentence)
    };
    for r in replies.iter_mut().filter(|r| r.kind == ReplyKind::Denial) {
        let own = Span::new(r.sentence_start, r.sentence_end);
        let later_in_own = in_sentence(own).find(|(_, d)| d.start > r.start);
        let in_next = next_sentence(own).and_then(|n| in_sentence(n).next());
        let found = later_in_own.or(in_next);
        r.dismissal = found.map(|(_, d)| *d);
        r.dismissal_sentence = found.map(|(sentence, _)| *sentence);
        r.dismissed = r.dismissal.is_some();
    }
}

/// True when the sorted list of sentence spans holds `s`.
fn holds(sorted: &[Span], s: Span) -> bool {
    sorted.binary_search(&s).is_ok()
}

/// Years (1900-2099) written in a span, as numbers.
pub(super) fn years_in(text: &str) -> impl Iterator<Item = u16> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u16>().ok())
        .filter(|y| (1900..=2099).contains(y))
}

/// Other sources against the main claim's origin: independent when they
/// confirm and come from elsewhere; repetition otherwise.
pub(super) fn corroborations(
    sources: &[Source],
    main_origin: Option<usize>,
    confirming: &[Span],
    denying: &[Span],
) -> Vec<Corroboration> {
    let Some(main) = main_origin else {
        return Vec::new();
    };
    // Which origins have a confirmation in one of their sentences.
    let mut confirmed = vec![false; sources.len()];
    for s in sources {
        if holds(confirming, s.sentence()) {
            confirmed[s.origin] = true;
        }
    }
    let mut seen = vec![false; sources.len()];
    let mut out: Vec<Corroboration> = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        // A relay is represented by the origin it cites; a denial is a
        // reply, not support.
        if s.origin == main
            || s.denies
            || s.cites.is_some()
            || seen[s.origin]
            || holds(denying, s.sentence())
        {
            continue;
        }
        seen[s.origin] = true;
        let trustworthy = (s.named && s.kind != super::SourceKind::Outlet) || s.described;
        let independent = trustworthy && confirmed[s.origin];
        let repeats = !independent && (s.named || s.kind == super::SourceKind::Outlet);
        out.push(Corroboration {
            text: s.text.clone(),
            start: s.start,
            end: s.end,
            sentence_start: s.sentence_start,
            sentence_end: s.sentence_end,
            source: i,
            independent,
            repeats,
        });
    }
    out
}
