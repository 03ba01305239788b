//! The summary score: a const table of points per choice and one pure
//! function from answers to a score out of 100 with a band.
//!
//! The table is the whole rule set; the README's "How the score works"
//! prints it, and a test checks that the README and this table agree.

use crate::checklist::{Answers, Choice, StepId};
use crate::json::{json_by_id, json_fields};

/// Points per choice, indexed like [`Choice::ALL`]. The best choice of each
/// step gives that step's maximum, and the maxima add up to 100.
pub const POINTS: [(Choice, u8); 21] = [
    // Who is the source of the main claim? (max 25; SOURCING rules 1, 2)
    (Choice::SourceWitnessed, 25),
    (Choice::SourceNamed, 22),
    (Choice::SourceOutlet, 8),
    (Choice::SourceUnnamed, 5),
    (Choice::SourceNone, 0),
    // Is the source named? (max 20; rules 3, 5)
    (Choice::NamedWithRole, 20),
    (Choice::NamedPartly, 12),
    (Choice::UnnamedDescribed, 10),
    (Choice::UnnamedVague, 0),
    (Choice::NamedNoSource, 0),
    // Is there corroboration? (max 25; rules 6, 7)
    (Choice::CorroboratedIndependent, 25),
    (Choice::CorroboratedRelayOnly, 0),
    (Choice::CorroboratedNone, 0),
    // Is there a reply from the accused? (max 15; rule 8)
    (Choice::ReplyReported, 15),
    (Choice::ReplySought, 10),
    (Choice::ReplyDismissed, 0),
    (Choice::ReplyNotMentioned, 0),
    (Choice::ReplyNobodyAccused, 15),
    // Is there evidence beyond what people say? (max 15; rule 9)
    (Choice::EvidenceChecked, 15),
    (Choice::EvidenceUnclear, 3),
    (Choice::EvidenceNone, 0),
];

/// Points for one choice.
pub fn points(choice: Choice) -> u8 {
    POINTS[choice.index()].1
}

/// The most a step can give.
pub fn max_points(step: StepId) -> u8 {
    step.choices().iter().map(|c| points(*c)).max().unwrap_or(0)
}

/// The score in words. Thresholds are the lowest score of each band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    /// 80 to 100.
    WellSourced,
    /// 60 to 79 (60 is NewsGuard's pass mark).
    MostlySourced,
    /// 40 to 59.
    WeaklySourced,
    /// 0 to 39.
    Unsupported,
}

/// Lowest score of each band, best first.
pub const BANDS: [(Band, u8); 4] = [
    (Band::WellSourced, 80),
    (Band::MostlySourced, 60),
    (Band::WeaklySourced, 40),
    (Band::Unsupported, 0),
];

impl Band {
    /// The band a total falls in.
    pub fn of(total: u8) -> Band {
        BANDS
            .iter()
            .find(|(_, min)| total >= *min)
            .map(|(b, _)| *b)
            .unwrap_or(Band::Unsupported)
    }

    /// The stable identifier used in JSON and tests.
    pub fn id(self) -> &'static str {
        match self {
            Band::WellSourced => "well-sourced",
            Band::MostlySourced => "mostly-sourced",
            Band::WeaklySourced => "weakly-sourced",
            Band::Unsupported => "unsupported",
        }
    }
}

/// One line of the breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The question.
    pub step: StepId,
    /// The answer given, if any.
    pub choice: Option<Choice>,
    /// Points earned.
    pub points: u8,
    /// Points possible.
    pub max: u8,
}

/// A score and how it was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0 to 100.
    pub total: u8,
    /// The band the total falls in.
    pub band: Band,
    /// One part per step, in step order.
    pub parts: [Part; 5],
}

json_by_id!(Band);

json_fields!(Part {
    step,
    choice,
    points,
    max
});

json_fields!(Score { total, band, parts });

/// Scores a set of answers. An unanswered step earns nothing.
pub fn score(answers: &Answers) -> Score {
    let parts = StepId::ALL.map(|step| {
        let choice = answers.get(step);
        Part {
            step,
            choice,
            points: choice.map(points).unwrap_or(0),
            max: max_points(step),
        }
    });
    let total = parts.iter().map(|p| p.points).sum::<u8>().min(100);
    Score {
        total,
        band: Band::of(total),
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Choice::*;

    #[test]
    fn table_is_in_choice_order_and_maxima_add_to_100() {
        for (i, (c, _)) in POINTS.iter().enumerate() {
            assert_eq!(c.index(), i, "{c:?} out of order");
        }
        let sum: u32 = StepId::ALL.iter().map(|s| max_points(*s) as u32).sum();
        assert_eq!(sum, 100);
    }

    /// (name, answers, expected total, expected band)
    const CASES: &[(&str, [Choice; 5], u8, Band)] = &[
        (
            "best on every step",
            [
                SourceWitnessed,
                NamedWithRole,
                CorroboratedIndependent,
                ReplyReported,
                EvidenceChecked,
            ],
            100,
            Band::WellSourced,
        ),
        (
            "worst on every step",
            [
                SourceNone,
                NamedNoSource,
                CorroboratedNone,
                ReplyNotMentioned,
                EvidenceNone,
            ],
            0,
            Band::Unsupported,
        ),
        (
            "named positioned source, confirmed, reply reported, no evidence",
            [
                SourceNamed,
                NamedWithRole,
                CorroboratedIndependent,
                ReplyReported,
                EvidenceNone,
            ],
            82,
            Band::WellSourced,
        ),
        (
            "unnamed vague, relayed, dismissed denial, file photo",
            [
                SourceUnnamed,
                UnnamedVague,
                CorroboratedRelayOnly,
                ReplyDismissed,
                EvidenceUnclear,
            ],
            8,
            Band::Unsupported,
        ),
        (
            "named org, uncorroborated, reply sought, documents",
            [
                SourceNamed,
                NamedPartly,
                CorroboratedNone,
                ReplySought,
                EvidenceChecked,
            ],
            59,
            Band::WeaklySourced,
        ),
        (
            "described anonymous officials, confirmed, reply sought",
            [
                SourceUnnamed,
                UnnamedDescribed,
                CorroboratedIndependent,
                ReplySought,
                EvidenceChecked,
            ],
            65,
            Band::MostlySourced,
        ),
    ];

    #[test]
    fn cases() {
        for (name, choices, total, band) in CASES {
            let s = score(&Answers::from_choices(*choices));
            assert_eq!(s.total, *total, "{name}");
            assert_eq!(s.band, *band, "{name}");
            assert_eq!(
                s.parts.iter().map(|p| p.points as u32).sum::<u32>(),
                *total as u32
            );
        }
    }

    #[test]
    fn band_edges() {
        for (total, band) in [
            (100, Band::WellSourced),
            (80, Band::WellSourced),
            (79, Band::MostlySourced),
            (60, Band::MostlySourced),
            (59, Band::WeaklySourced),
            (40, Band::WeaklySourced),
            (39, Band::Unsupported),
            (0, Band::Unsupported),
        ] {
            assert_eq!(Band::of(total), band, "{total}");
        }
    }

    #[test]
    fn unanswered_steps_earn_nothing() {
        let s = score(&Answers::from_choices([SourceNamed]));
        assert_eq!(s.total, 22);
        assert_eq!(s.parts[1].choice, None);
        assert_eq!(s.parts[1].points, 0);
    }

    /// Every combination of answers to the other steps, with the first two
    /// steps fixed.
    fn all_with(
        source: &[Choice],
        named: &[Choice],
        reply: &[Choice],
        corr: &[Choice],
    ) -> Vec<Answers> {
        let mut out = Vec::new();
        for s in source {
            for n in named {
                for c in corr {
                    for r in reply {
                        for e in StepId::Evidence.choices() {
                            out.push(Answers::from_choices([*s, *n, *c, *r, *e]));
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn rule_unnamed_vague_uncorroborated_unanswered_is_at_most_40() {
        // Whatever the evidence answer, and whether the unnamed claim comes
        // straight or through another outlet.
        let all = all_with(
            &[SourceUnnamed, SourceOutlet],
            &[UnnamedVague],
            &[ReplyNotMentioned, ReplyDismissed, ReplyNobodyAccused],
            &[CorroboratedNone, CorroboratedRelayOnly],
        );
        assert_eq!(all.len(), 2 * 3 * 2 * 3);
        for a in all {
            assert!(score(&a).total <= 40, "{a:?} -> {}", score(&a).total);
        }
    }

    #[test]
    fn rule_named_positioned_confirmed_with_reply_is_above_80() {
        let all = all_with(
            &[SourceNamed, SourceWitnessed],
            &[NamedWithRole],
            &[ReplyReported],
            &[CorroboratedIndependent],
        );
        for a in all {
            assert!(score(&a).total > 80, "{a:?} -> {}", score(&a).total);
        }
    }
}
