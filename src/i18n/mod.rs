//! Every string the reader sees, one table per language.
//!
//! The tables are plain data so that the command line, the Markdown export
//! and the web interface all speak with the same words. Templates carry
//! named holes such as `{n}`, filled by [`fill`].

mod ar;
mod en;
mod es;

use crate::analysis::{NoiseKind, Reason, SourceKind};
use crate::checklist::{Choice, StepId};
use crate::score::Band;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Arabic (right to left).
    Ar,
}

impl Lang {
    /// Every language offered.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    /// The table of strings for this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::EN,
            Lang::Es => &es::ES,
            Lang::Ar => &ar::AR,
        }
    }

    /// The stable identifier used in saved work: the primary language
    /// subtag ("en", "es", "ar").
    pub fn id(self) -> &'static str {
        self.strings().code
    }

    /// The language of a BCP 47 tag ("es", "es-MX", "ar-EG"), if offered.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::from_id(&primary)
    }

    /// The language with this identifier ([`Lang::id`]), if offered.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }
}

crate::json::json_by_id!(Lang);

/// The words of one step.
#[derive(Debug)]
pub struct StepText {
    /// The question, as a heading.
    pub question: &'static str,
    /// One line on how to answer.
    pub help: &'static str,
    /// "Why this matters", citing the rule it stands on.
    pub why: &'static str,
}

/// The words of one choice.
#[derive(Debug)]
pub struct ChoiceText {
    /// The label next to the radio button.
    pub label: &'static str,
    /// Examples, shown under the label.
    pub hint: &'static str,
    /// One sentence on why the choice earns its points (the summary).
    pub reason: &'static str,
}

/// The words of one band.
#[derive(Debug)]
pub struct BandText {
    /// The band's name.
    pub name: &'static str,
    /// One sentence on what it means.
    pub meaning: &'static str,
}

/// Every interface string of one language.
#[derive(Debug)]
pub struct Strings {
    /// BCP 47 code, for the `lang` attribute.
    pub code: &'static str,
    /// Text direction, for the `dir` attribute: "ltr" or "rtl".
    pub dir: &'static str,
    /// The language's own name, for the language switch.
    pub native_name: &'static str,

    pub app_title: &'static str,
    pub tagline: &'static str,
    pub privacy_note: &'static str,

    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    /// "{n} words".
    pub word_count: &'static str,
    pub word_count_one: &'static str,
    pub start: &'static str,
    pub start_disabled_reason: &'static str,

    /// "Question {n} of {total}".
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub to_summary: &'static str,
    pub why_heading: &'static str,
    pub choose_first: &'static str,
    pub source_name_label: &'static str,
    pub source_name_hint: &'static str,
    pub edit_article: &'static str,

    pub article_heading: &'static str,
    pub article_show: &'static str,
    pub article_hide: &'static str,

    pub summary_heading: &'static str,
    pub score_label: &'static str,
    pub out_of: &'static str,
    pub col_question: &'static str,
    pub col_answer: &'static str,
    pub col_points: &'static str,
    pub col_why: &'static str,
    pub not_answered: &'static str,
    /// "Change the answer to: {question}" (screen-reader label of a link).
    pub change: &'static str,
    pub change_label: &'static str,
    pub check_another: &'static str,
    pub source_named_as: &'static str,
    pub score_explainer: &'static str,

    pub steps: [StepText; 5],
    pub choices: [ChoiceText; 21],
    pub bands: [BandText; 4],
    pub suggestion_heading: &'static str,
    pub suggested_badge: &'static str,
    pub behind_heading: &'static str,
    /// "Show this sentence in the article: {sentence}" (a button's label).
    pub go_to_sentence: &'static str,
    pub found_sources_heading: &'static str,
    pub found_sources_hint: &'static str,
    /// "relayed by {relay}".
    pub relayed_by: &'static str,
    pub named_word: &'static str,
    pub unnamed_word: &'static str,
    /// Person, organisation, outlet, unnamed people.
    pub source_kinds: [&'static str; 4],
    /// "Set aside: {n} lines of comments and page furniture".
    pub set_aside_summary: &'static str,
    pub set_aside_none: &'static str,
    pub show: &'static str,
    pub hide: &'static str,
    pub put_back: &'static str,
    pub set_aside_again: &'static str,
    /// "{kind}, {n} lines" (a block in the list).
    pub block_label: &'static str,
    /// "{kind}: {n} lines set aside" (where the block was in the text).
    pub aside_inline: &'static str,
    pub put_back_note: &'static str,
    /// Navigation, donation, share, related, legal, byline, comments.
    pub noise_kinds: [&'static str; 7],
    /// "The app suggested: {choice}".
    pub app_suggested: &'static str,
    pub you_agree: &'static str,
    pub hedges_heading: &'static str,
    pub analysed_note: &'static str,

    pub mode_heading: &'static str,
    pub mode_guided: &'static str,
    pub mode_practice: &'static str,
    pub reveal: &'static str,
    pub practice_note: &'static str,
    pub you_agree_one: &'static str,
    /// "The app's answer is different: {choice}."
    pub you_differ_one: &'static str,
    /// "You agreed with the app on {n} of {total} questions."
    pub practice_summary: &'static str,
    pub start_over: &'static str,
    pub start_over_confirm: &'static str,
    pub confirm_yes: &'static str,
    pub cancel: &'static str,
    pub saving_off: &'static str,
    pub saved_unreadable: &'static str,
    pub resumed: &'static str,
    pub share_heading: &'static str,
    pub copy_link: &'static str,
    pub copy_link_answers: &'static str,
    pub link_copied: &'static str,
    /// "... would be {n} characters long ..."
    pub link_too_long: &'static str,
    pub answers_link_copied: &'static str,
    pub copy_failed: &'static str,
    pub copy_text: &'static str,
    pub text_copied: &'static str,
    pub download_json: &'static str,
    pub print: &'static str,
    pub link_opened: &'static str,
    pub link_answers_only: &'static str,
    pub link_broken: &'static str,
    pub language_label: &'static str,
    pub english_only: &'static str,
    pub report_title: &'static str,
    /// "Score: {score} out of 100 ({band})".
    pub report_score: &'static str,
    pub crash_message: &'static str,
    pub reload: &'static str,
    /// "Analysed the first {n} of {total} characters: the rest is too long to read here."
    pub truncated_note: &'static str,

    /// Why the app suggests a choice, per [`ReasonCode`]; holes: {source},
    /// {relay}, {detail}, {count}.
    pub reasons: [&'static str; 27],
}

impl Strings {
    /// The words of a step.
    pub fn step(&self, step: StepId) -> &StepText {
        &self.steps[step.index()]
    }

    /// The words of a choice.
    pub fn choice(&self, choice: Choice) -> &ChoiceText {
        &self.choices[choice.index()]
    }

    /// The words of a band.
    pub fn band(&self, band: Band) -> &BandText {
        let i = match band {
            Band::WellSourced => 0,
            Band::MostlySourced => 1,
            Band::WeaklySourced => 2,
            Band::Unsupported => 3,
        };
        &self.bands[i]
    }

    /// The name of a kind of source.
    pub fn source_kind(&self, kind: SourceKind) -> &'static str {
        let i = match kind {
            SourceKind::Person => 0,
            SourceKind::Organisation => 1,
            SourceKind::Outlet => 2,
            SourceKind::Unnamed => 3,
        };
        self.source_kinds[i]
    }

    /// The name of a kind of page noise.
    pub fn noise_kind(&self, kind: NoiseKind) -> &'static str {
        let i = match kind {
            NoiseKind::Navigation => 0,
            NoiseKind::Donation => 1,
            NoiseKind::Share => 2,
            NoiseKind::Related => 3,
            NoiseKind::Legal => 4,
            NoiseKind::Byline => 5,
            NoiseKind::Comments => 6,
        };
        self.noise_kinds[i]
    }

    /// A suggestion's reason in words.
    pub fn reason(&self, r: &Reason) -> String {
        let count = r.count.to_string();
        fill(
            self.reasons[r.code.index()],
            &[
                ("source", r.source.as_deref().unwrap_or("")),
                ("relay", r.relay.as_deref().unwrap_or("")),
                ("detail", r.detail.as_deref().unwrap_or("")),
                ("count", &count),
            ],
        )
    }

    /// "{n} words", with the singular where the language has one.
    pub fn words(&self, n: usize) -> String {
        if n == 1 {
            self.word_count_one.to_string()
        } else {
            fill(self.word_count, &[("n", &n.to_string())])
        }
    }
}

/// Replaces each `{name}` in `template` with its value. Unknown holes are
/// left as they are, so a missing value shows instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_cases() {
        for (template, want) in [
            ("Question {n} of {total}", "Question 2 of 5"),
            ("{n}", "2"),
            ("no holes", "no holes"),
            ("{unknown} stays", "{unknown} stays"),
            ("open { never closed", "open { never closed"),
            ("", ""),
        ] {
            assert_eq!(fill(template, &[("n", "2"), ("total", "5")]), want);
        }
    }

    #[test]
    fn languages_from_ids_and_tags() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
            assert_eq!(Lang::from_tag(lang.id()), Some(lang));
        }
        for (tag, want) in [
            ("es-MX", Some(Lang::Es)),
            ("AR_eg", Some(Lang::Ar)),
            ("en-GB", Some(Lang::En)),
            ("fr", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_tag(tag), want, "{tag}");
        }
        // An id is exact: saved work holds "es", never a tag.
        assert_eq!(Lang::from_id("es-MX"), None);
        assert_eq!(Lang::from_id("ES"), None);
    }

    #[test]
    fn every_language_is_complete() {
        for lang in Lang::ALL {
            let s = lang.strings();
            for step in StepId::ALL {
                assert!(!s.step(step).question.is_empty(), "{lang:?} {step:?}");
                assert!(!s.step(step).why.is_empty(), "{lang:?} {step:?}");
                // Each "why" cites the rules of its step.
                for rule in step.rules() {
                    assert!(
                        s.step(step).why.contains(&rule.to_string()),
                        "{lang:?} {step:?} does not cite rule {rule}"
                    );
                }
            }
            for c in Choice::ALL {
                assert!(!s.choice(c).label.is_empty(), "{lang:?} {c:?}");
                assert!(!s.choice(c).reason.is_empty(), "{lang:?} {c:?}");
            }
            assert!(s.progress.contains("{n}") && s.progress.contains("{total}"));
            for code in crate::analysis::ReasonCode::ALL {
                assert!(!s.reasons[code.index()].is_empty(), "{lang:?} {code:?}");
            }
            assert!(s.word_count.contains("{n}"));
        }
    }
}
