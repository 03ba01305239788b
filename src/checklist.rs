//! The fixed checklist: five questions, always in the same order, each with
//! the same choices, so that scores are comparable between articles.
//!
//! This module owns identities and order only. The words shown to a reader
//! live in [`crate::i18n`], and the points in [`crate::score`].

use crate::json::{json_by_id, ToJson, Value};

/// One question of the checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    /// Who is the source of the main claim?
    Source,
    /// Is the source named?
    Named,
    /// Is there corroboration?
    Corroboration,
    /// Is there a denial or reply from the accused party?
    Reply,
    /// Is there evidence beyond what people say?
    Evidence,
}

impl StepId {
    /// Every step, in the order the reader meets them.
    pub const ALL: [StepId; 5] = [
        StepId::Source,
        StepId::Named,
        StepId::Corroboration,
        StepId::Reply,
        StepId::Evidence,
    ];

    /// Zero-based position in [`StepId::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The step at a zero-based position, if there is one.
    pub fn from_index(index: usize) -> Option<StepId> {
        Self::ALL.get(index).copied()
    }

    /// The choices offered for this step, strongest first.
    pub fn choices(self) -> &'static [Choice] {
        match self {
            StepId::Source => &[
                Choice::SourceWitnessed,
                Choice::SourceNamed,
                Choice::SourceOutlet,
                Choice::SourceUnnamed,
                Choice::SourceNone,
            ],
            StepId::Named => &[
                Choice::NamedWithRole,
                Choice::NamedPartly,
                Choice::UnnamedDescribed,
                Choice::UnnamedVague,
                Choice::NamedNoSource,
            ],
            StepId::Corroboration => &[
                Choice::CorroboratedIndependent,
                Choice::CorroboratedRelayOnly,
                Choice::CorroboratedNone,
            ],
            StepId::Reply => &[
                Choice::ReplyReported,
                Choice::ReplySought,
                Choice::ReplyDismissed,
                Choice::ReplyNotMentioned,
                Choice::ReplyNobodyAccused,
            ],
            StepId::Evidence => &[
                Choice::EvidenceChecked,
                Choice::EvidenceUnclear,
                Choice::EvidenceNone,
            ],
        }
    }

    /// The number of the rule in SOURCING.md this step stands on.
    pub const fn rules(self) -> &'static [u8] {
        match self {
            StepId::Source => &[1, 2],
            StepId::Named => &[3, 5],
            StepId::Corroboration => &[6, 7],
            StepId::Reply => &[8],
            StepId::Evidence => &[9],
        }
    }
}

/// One answer to one step. Every choice belongs to exactly one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    /// The outlet's own reporters saw it, or hold the documents.
    SourceWitnessed,
    /// A named person or organisation, on the record.
    SourceNamed,
    /// Another outlet's report.
    SourceOutlet,
    /// Unnamed people: "sources", "residents", "experts".
    SourceUnnamed,
    /// No source given.
    SourceNone,

    /// Named, with role or position.
    NamedWithRole,
    /// An organisation is named but no person, or a name without a role.
    NamedPartly,
    /// Unnamed, with a stated reason for anonymity or why they would know.
    UnnamedDescribed,
    /// Unnamed and vague.
    UnnamedVague,
    /// There is no source to name.
    NamedNoSource,

    /// Independent sources confirm it.
    CorroboratedIndependent,
    /// Other outlets only repeat the same report.
    CorroboratedRelayOnly,
    /// No corroboration.
    CorroboratedNone,

    /// The accused party's reply is reported.
    ReplyReported,
    /// A reply was sought: "declined to comment", "did not respond".
    ReplySought,
    /// A denial is mentioned and then dismissed without evidence.
    ReplyDismissed,
    /// No reply is mentioned.
    ReplyNotMentioned,
    /// Nobody is accused of anything.
    ReplyNobodyAccused,

    /// Documents, footage or data the outlet checked.
    EvidenceChecked,
    /// Pictures or documents of unclear origin, file photos.
    EvidenceUnclear,
    /// No evidence beyond what people say.
    EvidenceNone,
}

impl Choice {
    /// Every choice, in declaration order (the index used by string tables).
    pub const ALL: [Choice; 21] = [
        Choice::SourceWitnessed,
        Choice::SourceNamed,
        Choice::SourceOutlet,
        Choice::SourceUnnamed,
        Choice::SourceNone,
        Choice::NamedWithRole,
        Choice::NamedPartly,
        Choice::UnnamedDescribed,
        Choice::UnnamedVague,
        Choice::NamedNoSource,
        Choice::CorroboratedIndependent,
        Choice::CorroboratedRelayOnly,
        Choice::CorroboratedNone,
        Choice::ReplyReported,
        Choice::ReplySought,
        Choice::ReplyDismissed,
        Choice::ReplyNotMentioned,
        Choice::ReplyNobodyAccused,
        Choice::EvidenceChecked,
        Choice::EvidenceUnclear,
        Choice::EvidenceNone,
    ];

    /// Zero-based position in [`Choice::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The step this choice answers.
    pub const fn step(self) -> StepId {
        use Choice::*;
        match self {
            SourceWitnessed | SourceNamed | SourceOutlet | SourceUnnamed | SourceNone => {
                StepId::Source
            }
            NamedWithRole | NamedPartly | UnnamedDescribed | UnnamedVague | NamedNoSource => {
                StepId::Named
            }
            CorroboratedIndependent | CorroboratedRelayOnly | CorroboratedNone => {
                StepId::Corroboration
            }
            ReplyReported | ReplySought | ReplyDismissed | ReplyNotMentioned
            | ReplyNobodyAccused => StepId::Reply,
            EvidenceChecked | EvidenceUnclear | EvidenceNone => StepId::Evidence,
        }
    }

    /// The stable identifier used in JSON, links and test ids.
    pub fn id(self) -> &'static str {
        CHOICE_IDS[self.index()]
    }

    /// The choice with this identifier, if any.
    pub fn from_id(id: &str) -> Option<Choice> {
        CHOICE_IDS
            .iter()
            .position(|c| *c == id)
            .map(|i| Choice::ALL[i])
    }
}

/// Identifiers of [`Choice::ALL`].
const CHOICE_IDS: [&str; 21] = [
    "source-witnessed",
    "source-named",
    "source-outlet",
    "source-unnamed",
    "source-none",
    "named-with-role",
    "named-partly",
    "unnamed-described",
    "unnamed-vague",
    "named-no-source",
    "corroborated-independent",
    "corroborated-relay-only",
    "corroborated-none",
    "reply-reported",
    "reply-sought",
    "reply-dismissed",
    "reply-not-mentioned",
    "reply-nobody-accused",
    "evidence-checked",
    "evidence-unclear",
    "evidence-none",
];

impl StepId {
    /// The stable identifier used in JSON, links and test ids.
    pub fn id(self) -> &'static str {
        ["source", "named", "corroboration", "reply", "evidence"][self.index()]
    }

    /// The step with this identifier, if any.
    pub fn from_id(id: &str) -> Option<StepId> {
        StepId::ALL.into_iter().find(|s| s.id() == id)
    }
}

json_by_id!(StepId, Choice);

/// The reader's answers, one slot per step; `None` until answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers([Option<Choice>; 5]);

impl Answers {
    /// The answer to `step`, if given.
    pub fn get(&self, step: StepId) -> Option<Choice> {
        self.0[step.index()]
    }

    /// Sets the answer to the step `choice` belongs to.
    pub fn set(&mut self, choice: Choice) {
        self.0[choice.step().index()] = Some(choice);
    }

    /// Clears the answer to `step`.
    pub fn clear(&mut self, step: StepId) {
        self.0[step.index()] = None;
    }

    /// True when every step has an answer.
    pub fn is_complete(&self) -> bool {
        self.0.iter().all(Option::is_some)
    }

    /// Answers built from one choice per step; later choices for the same
    /// step replace earlier ones.
    pub fn from_choices(choices: impl IntoIterator<Item = Choice>) -> Answers {
        let mut answers = Answers::default();
        for c in choices {
            answers.set(c);
        }
        answers
    }

    /// The answers as saved: one choice id or `null` per step, in step
    /// order; `None` unless that is what `value` holds.
    pub fn from_json(value: &Value) -> Option<Answers> {
        let items = value.as_array().filter(|a| a.len() == StepId::ALL.len())?;
        let mut answers = Answers::default();
        for (slot, item) in answers.0.iter_mut().zip(items) {
            *slot = match item {
                Value::Null => None,
                other => Some(Choice::from_id(other.as_str()?)?),
            };
        }
        Some(answers)
    }

    /// The given answers, in step order.
    pub fn iter(&self) -> impl Iterator<Item = (StepId, Option<Choice>)> + '_ {
        StepId::ALL.iter().map(|s| (*s, self.get(*s)))
    }
}

/// One choice id or `null` per step, in step order.
impl ToJson for Answers {
    fn to_json(&self) -> Value {
        self.0.to_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_listed_once_under_its_own_step() {
        let mut seen = Vec::new();
        for step in StepId::ALL {
            for c in step.choices() {
                assert_eq!(c.step(), step, "{c:?}");
                assert!(!seen.contains(c), "{c:?} listed twice");
                seen.push(*c);
            }
        }
        assert_eq!(seen.len(), Choice::ALL.len());
    }

    #[test]
    fn ids_are_kebab_case_distinct_and_round_trip() {
        let kebab =
            |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        for (i, c) in Choice::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert!(kebab(c.id()), "{c:?}");
            assert_eq!(Choice::from_id(c.id()), Some(*c));
            assert_eq!(c.to_json(), Value::from(c.id()));
        }
        assert_eq!(Choice::from_id("nonsense"), None);
        for (i, s) in StepId::ALL.iter().enumerate() {
            assert_eq!(StepId::from_index(i), Some(*s));
            assert!(kebab(s.id()), "{s:?}");
            assert_eq!(StepId::from_id(s.id()), Some(*s));
        }
        assert_eq!(StepId::from_index(5), None);
        assert_eq!(StepId::from_id("nonsense"), None);
    }

    #[test]
    fn answers_round_trip_as_json_and_refuse_other_shapes() {
        let answers = Answers::from_choices([Choice::SourceNamed, Choice::EvidenceNone]);
        let json = answers.to_json();
        assert_eq!(
            json.to_string(),
            r#"["source-named",null,null,null,"evidence-none"]"#
        );
        assert_eq!(Answers::from_json(&json), Some(answers));
        for bad in [
            "[]",
            "[null,null,null,null]",
            "[null,null,null,null,null,null]",
            r#"["nonsense",null,null,null,null]"#,
            "[1,null,null,null,null]",
            "{}",
        ] {
            assert_eq!(
                Answers::from_json(&Value::parse(bad).unwrap()),
                None,
                "{bad}"
            );
        }
    }

    #[test]
    fn answers_set_replaces_within_a_step() {
        let mut a = Answers::default();
        assert!(!a.is_complete());
        a.set(Choice::SourceNamed);
        a.set(Choice::SourceUnnamed);
        assert_eq!(a.get(StepId::Source), Some(Choice::SourceUnnamed));
        a.clear(StepId::Source);
        assert_eq!(a.get(StepId::Source), None);
    }
}
