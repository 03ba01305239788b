//! From what the text says to a suggested answer for each step, with the
//! reason in a few words and the sentences behind it.

use super::signals::{Corroboration, Evidence, EvidenceKind, Reply, ReplyKind};
use super::sources::{same_name, Source, SourceKind};
use super::text::Span;
use crate::checklist::{Answers, Choice, StepId};
use crate::json::{json_by_id, json_fields};
use crate::score::{score, Band};

/// Why the app suggests a choice. Each code has a template in every
/// language (`i18n`), filled with the fields of [`Reason`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonCode {
    SourceWitnessed,
    SourceNamed,
    SourceOutlet,
    SourceUnnamedVia,
    SourceUnnamed,
    SourceNone,
    NamedWithRole,
    NamedOrganisation,
    NamedNoRole,
    UnnamedDescribed,
    UnnamedVague,
    NamedNoSource,
    CorroboratedBy,
    RelayOnly,
    RelayChain,
    NoOtherSource,
    ReplyReported,
    ReplySought,
    ReplyDismissed,
    ReplyNonAcknowledged,
    ReplyNotFound,
    NobodyAccused,
    EvidenceChecked,
    EvidenceFilePhoto,
    EvidenceUnclear,
    EvidenceAbsent,
    EvidenceNone,
}

impl ReasonCode {
    /// Every code, in declaration order (the index used by string tables).
    pub const ALL: [ReasonCode; 27] = [
        ReasonCode::SourceWitnessed,
        ReasonCode::SourceNamed,
        ReasonCode::SourceOutlet,
        ReasonCode::SourceUnnamedVia,
        ReasonCode::SourceUnnamed,
        ReasonCode::SourceNone,
        ReasonCode::NamedWithRole,
        ReasonCode::NamedOrganisation,
        ReasonCode::NamedNoRole,
        ReasonCode::UnnamedDescribed,
        ReasonCode::UnnamedVague,
        ReasonCode::NamedNoSource,
        ReasonCode::CorroboratedBy,
        ReasonCode::RelayOnly,
        ReasonCode::RelayChain,
        ReasonCode::NoOtherSource,
        ReasonCode::ReplyReported,
        ReasonCode::ReplySought,
        ReasonCode::ReplyDismissed,
        ReasonCode::ReplyNonAcknowledged,
        ReasonCode::ReplyNotFound,
        ReasonCode::NobodyAccused,
        ReasonCode::EvidenceChecked,
        ReasonCode::EvidenceFilePhoto,
        ReasonCode::EvidenceUnclear,
        ReasonCode::EvidenceAbsent,
        ReasonCode::EvidenceNone,
    ];

    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        REASON_IDS[self.index()]
    }
}

/// Identifiers of [`ReasonCode::ALL`].
const REASON_IDS: [&str; 27] = [
    "source-witnessed",
    "source-named",
    "source-outlet",
    "source-unnamed-via",
    "source-unnamed",
    "source-none",
    "named-with-role",
    "named-organisation",
    "named-no-role",
    "unnamed-described",
    "unnamed-vague",
    "named-no-source",
    "corroborated-by",
    "relay-only",
    "relay-chain",
    "no-other-source",
    "reply-reported",
    "reply-sought",
    "reply-dismissed",
    "reply-non-acknowledged",
    "reply-not-found",
    "nobody-accused",
    "evidence-checked",
    "evidence-file-photo",
    "evidence-unclear",
    "evidence-absent",
    "evidence-none",
];

json_by_id!(ReasonCode);

json_fields!(Reason {
    code,
    source,
    relay,
    detail,
    count
});

json_fields!(Suggestion {
    step,
    choice,
    reason,
    sentences
});

json_fields!(Suggested {
    answers,
    score,
    band
});

/// A reason: a code and the words that fill its template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub code: ReasonCode,
    /// The source or cue quoted ("local sources", "declined to comment").
    pub source: Option<String>,
    /// Who relays it ("SANA"), or a role.
    pub relay: Option<String>,
    /// A second quote ("which is an obvious lie"), or a year.
    pub detail: Option<String>,
    /// How many (other sources).
    pub count: usize,
}

impl Reason {
    fn new(code: ReasonCode) -> Reason {
        Reason {
            code,
            source: None,
            relay: None,
            detail: None,
            count: 0,
        }
    }

    fn source(mut self, s: impl Into<String>) -> Reason {
        self.source = Some(s.into());
        self
    }

    fn relay(mut self, s: impl Into<String>) -> Reason {
        self.relay = Some(s.into());
        self
    }

    fn detail(mut self, s: impl Into<String>) -> Reason {
        self.detail = Some(s.into());
        self
    }
}

/// The suggested answer to one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub step: StepId,
    pub choice: Choice,
    pub reason: Reason,
    /// The sentences behind the suggestion, in text order.
    pub sentences: Vec<Span>,
}

/// The suggested answers and the score they give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggested {
    pub answers: Vec<Suggestion>,
    pub score: u8,
    pub band: Band,
}

impl Suggested {
    /// The suggestion for a step.
    pub fn for_step(&self, step: StepId) -> Option<&Suggestion> {
        self.answers.iter().find(|s| s.step == step)
    }

    /// The suggestions as answers.
    pub fn as_answers(&self) -> Answers {
        Answers::from_choices(self.answers.iter().map(|s| s.choice))
    }
}

/// What the suggestions are made from.
pub(super) struct Findings<'a> {
    pub text: &'a str,
    pub sources: &'a [Source],
    /// The source of the main claim (index), if any.
    pub main: Option<usize>,
    pub corroborations: &'a [Corroboration],
    pub replies: &'a [Reply],
    pub evidence: &'a [Evidence],
    /// First-hand reporting in the lede.
    pub witnessed: Option<Span>,
    pub accuses: bool,
}

const MAX_SENTENCES: usize = 5;

fn sentences(spans: impl IntoIterator<Item = Span>) -> Vec<Span> {
    let mut v: Vec<Span> = spans.into_iter().collect();
    crate::order::sort(&mut v);
    v.dedup();
    v.truncate(MAX_SENTENCES);
    v
}

pub(super) fn suggest(f: &Findings) -> Suggested {
    let origin = f.main.map(|m| {
        let mut o = m;
        let mut guard = 0;
        while let Some(c) = f.sources[o].cites {
            o = c;
            guard += 1;
            if guard > f.sources.len() {
                break;
            }
        }
        o
    });
    let chain: Vec<&Source> = match f.main {
        Some(m) => f
            .sources
            .iter()
            .filter(|s| s.origin == f.sources[m].origin)
            .collect(),
        None => Vec::new(),
    };
    let chain_sentences = sentences(chain.iter().map(|s| s.sentence()));
    let relay = origin
        .and_then(|o| f.sources[o].via)
        .map(|v| f.sources[v].text.clone());

    // 1. Who is the source?
    let source_step = match (f.witnessed, origin) {
        (Some(w), o) if o.is_none_or(|o| w.start <= f.sources[o].sentence_end) => (
            Choice::SourceWitnessed,
            Reason::new(ReasonCode::SourceWitnessed),
            vec![w],
        ),
        (_, None) => (
            Choice::SourceNone,
            Reason::new(ReasonCode::SourceNone),
            vec![],
        ),
        (_, Some(o)) => {
            let s = &f.sources[o];
            let (choice, code) = if s.kind == SourceKind::Outlet && s.cites.is_none() {
                (Choice::SourceOutlet, ReasonCode::SourceOutlet)
            } else if s.named {
                (Choice::SourceNamed, ReasonCode::SourceNamed)
            } else if relay.is_some() {
                (Choice::SourceUnnamed, ReasonCode::SourceUnnamedVia)
            } else {
                (Choice::SourceUnnamed, ReasonCode::SourceUnnamed)
            };
            let mut r = Reason::new(code).source(&s.text);
            if let Some(v) = &relay {
                r = r.relay(v);
            }
            (choice, r, chain_sentences.clone())
        }
    };

    // 2. Is it named?
    let named_step = match origin {
        _ if source_step.0 == Choice::SourceWitnessed => (
            Choice::NamedPartly,
            Reason::new(ReasonCode::NamedOrganisation).source("the outlet's own reporting"),
            source_step.2.clone(),
        ),
        None => (
            Choice::NamedNoSource,
            Reason::new(ReasonCode::NamedNoSource),
            vec![],
        ),
        Some(o) => {
            let s = &f.sources[o];
            let (choice, code) = match (s.named, s.kind) {
                (true, SourceKind::Person) if s.role.is_some() => {
                    (Choice::NamedWithRole, ReasonCode::NamedWithRole)
                }
                (true, SourceKind::Person) => (Choice::NamedPartly, ReasonCode::NamedNoRole),
                (true, _) => (Choice::NamedPartly, ReasonCode::NamedOrganisation),
                (false, _) if s.described => {
                    (Choice::UnnamedDescribed, ReasonCode::UnnamedDescribed)
                }
                (false, _) => (Choice::UnnamedVague, ReasonCode::UnnamedVague),
            };
            let mut r = Reason::new(code).source(&s.text);
            if let Some(role) = &s.role {
                r = r.relay(role);
            }
            (choice, r, chain_sentences.clone())
        }
    };

    // 3. Corroboration.
    // Distinct outlets relaying the main claim's origin ("SANA" twice is one).
    let mut relay_names: Vec<String> = Vec::new();
    for s in chain
        .iter()
        .filter(|s| s.cites.is_some() || s.kind == SourceKind::Outlet)
    {
        let name = s.text.to_ascii_lowercase();
        if !relay_names.iter().any(|n| same_name(n, &name)) {
            relay_names.push(name);
        }
    }
    let relays_in_chain = relay_names.len();
    let corroboration_step = if let Some(c) = f.corroborations.iter().find(|c| c.independent) {
        (
            Choice::CorroboratedIndependent,
            Reason::new(ReasonCode::CorroboratedBy).source(&c.text),
            sentences([Span::new(c.sentence_start, c.sentence_end)]),
        )
    } else if let Some(first) = f.corroborations.iter().find(|c| c.repeats) {
        let repeating = || f.corroborations.iter().filter(|c| c.repeats);
        let mut r = Reason::new(ReasonCode::RelayOnly).source(&first.text);
        r.count = repeating().count();
        (
            Choice::CorroboratedRelayOnly,
            r,
            sentences(repeating().map(|c| Span::new(c.sentence_start, c.sentence_end))),
        )
    } else if relays_in_chain >= 2 {
        let mut r = Reason::new(ReasonCode::RelayChain);
        r.count = relays_in_chain;
        (Choice::CorroboratedRelayOnly, r, chain_sentences.clone())
    } else {
        (
            Choice::CorroboratedNone,
            Reason::new(ReasonCode::NoOtherSource),
            vec![],
        )
    };

    // 4. Reply.
    let sentence_of = |r: &Reply| Span::new(r.sentence_start, r.sentence_end);
    let denials: Vec<&Reply> = f
        .replies
        .iter()
        .filter(|r| matches!(r.kind, ReplyKind::Denial | ReplyKind::Response))
        .collect();
    let reply_step = if let Some(d) = denials.iter().find(|d| !d.dismissed) {
        (
            Choice::ReplyReported,
            Reason::new(ReasonCode::ReplyReported).source(&d.text),
            sentences(
                denials
                    .iter()
                    .filter(|d| !d.dismissed)
                    .map(|d| sentence_of(d)),
            ),
        )
    } else if let Some(d) = denials.first() {
        let mut r = Reason::new(ReasonCode::ReplyDismissed).source(&d.text);
        if let Some(dismissal) = d.dismissal {
            r = r.detail(dismissal.of(f.text));
        }
        let mut spans: Vec<Span> = denials.iter().map(|d| sentence_of(d)).collect();
        spans.extend(denials.iter().filter_map(|d| d.dismissal_sentence));
        (Choice::ReplyDismissed, r, sentences(spans))
    } else if let Some(s) = f.replies.iter().find(|r| r.kind == ReplyKind::Sought) {
        (
            Choice::ReplySought,
            Reason::new(ReasonCode::ReplySought).source(&s.text),
            sentences([sentence_of(s)]),
        )
    } else if let Some(n) = f
        .replies
        .iter()
        .find(|r| r.kind == ReplyKind::NonAcknowledgement)
    {
        (
            Choice::ReplyNotMentioned,
            Reason::new(ReasonCode::ReplyNonAcknowledged).source(&n.text),
            sentences([sentence_of(n)]),
        )
    } else if !f.accuses {
        (
            Choice::ReplyNobodyAccused,
            Reason::new(ReasonCode::NobodyAccused),
            vec![],
        )
    } else {
        (
            Choice::ReplyNotMentioned,
            Reason::new(ReasonCode::ReplyNotFound),
            vec![],
        )
    };

    // 5. Evidence.
    let sentence_of_e = |e: &Evidence| Span::new(e.sentence_start, e.sentence_end);
    let of_kind = |k: EvidenceKind| f.evidence.iter().filter(move |e| e.kind == k);
    let evidence_step = if let Some(e) = of_kind(EvidenceKind::Checked).next() {
        (
            Choice::EvidenceChecked,
            Reason::new(ReasonCode::EvidenceChecked).source(&e.text),
            sentences(of_kind(EvidenceKind::Checked).map(sentence_of_e)),
        )
    } else if let Some(e) = of_kind(EvidenceKind::FilePhoto).next() {
        let mut r = Reason::new(ReasonCode::EvidenceFilePhoto).source(&e.text);
        if let Some(y) = e.year {
            r = r.detail(y.to_string());
        }
        let spans = f
            .evidence
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EvidenceKind::FilePhoto | EvidenceKind::Unclear | EvidenceKind::Absent
                )
            })
            .map(sentence_of_e);
        (Choice::EvidenceUnclear, r, sentences(spans))
    } else if let Some(e) = of_kind(EvidenceKind::Unclear).next() {
        (
            Choice::EvidenceUnclear,
            Reason::new(ReasonCode::EvidenceUnclear).source(&e.text),
            sentences(of_kind(EvidenceKind::Unclear).map(sentence_of_e)),
        )
    } else if let Some(e) = of_kind(EvidenceKind::Absent).next() {
        (
            Choice::EvidenceNone,
            Reason::new(ReasonCode::EvidenceAbsent).source(&e.text),
            sentences(of_kind(EvidenceKind::Absent).map(sentence_of_e)),
        )
    } else {
        (
            Choice::EvidenceNone,
            Reason::new(ReasonCode::EvidenceNone),
            vec![],
        )
    };

    let answers: Vec<Suggestion> = [
        source_step,
        named_step,
        corroboration_step,
        reply_step,
        evidence_step,
    ]
    .into_iter()
    .map(|(choice, reason, sentences)| Suggestion {
        step: choice.step(),
        choice,
        reason,
        sentences,
    })
    .collect();
    let s = score(&Answers::from_choices(answers.iter().map(|a| a.choice)));
    Suggested {
        answers,
        score: s.total,
        band: s.band,
    }
}
