//! One reader's walk through the checklist: the text, the answers and where
//! they are, with the verbs that move them on.
//!
//! This is the app's single reducer, kept in plain Rust so it tests
//! natively; `ui::state` wraps it for Yew. [`Session::apply`] is pure: it
//! returns `None` when an action changes nothing, so the UI can skip a
//! render.

use crate::checklist::{Answers, Choice, StepId};
use std::rc::Rc;

/// Which screen the reader is on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Pasting the article.
    #[default]
    Paste,
    /// Answering one question.
    Step(StepId),
    /// Reading the score.
    Summary,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The text area changed.
    Edit(Rc<str>),
    /// "Check this article".
    Start,
    /// A choice was picked on the current question.
    Answer(Choice),
    /// The reader typed the source's name (first question).
    NameSource(Rc<str>),
    /// "Next" (or "See the score" on the last question).
    Next,
    /// "Back".
    Back,
    /// Go to a question, from the summary's "Change" links.
    Change(StepId),
    /// Straight back to the summary after changing an answer.
    ToSummary,
    /// "Check another article": everything is cleared.
    Restart,
}

/// Everything the app holds; the rest is derived from it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// The pasted article, exactly as pasted.
    pub text: Rc<str>,
    /// Where the reader is.
    pub screen: Screen,
    /// The reader's answers.
    pub answers: Answers,
    /// The source's name as the reader typed it (optional).
    pub source_name: Rc<str>,
    /// "Next" was pressed with no answer: say so on the question.
    pub missing_answer: bool,
    /// The reader came to this question from the summary.
    pub from_summary: bool,
}

impl Session {
    /// True when there is something to check: not empty, not only spaces.
    pub fn can_start(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// The state after `action`, or `None` when nothing changes.
    pub fn apply(&self, action: Action) -> Option<Session> {
        let mut next = self.clone();
        match action {
            Action::Edit(text) => {
                if *text == *self.text {
                    return None;
                }
                next.text = text;
            }
            Action::Start => {
                if !self.can_start() || self.screen != Screen::Paste {
                    return None;
                }
                next.screen = Screen::Step(StepId::Source);
                next.missing_answer = false;
                next.from_summary = false;
            }
            Action::Answer(choice) => {
                if self.screen != Screen::Step(choice.step()) {
                    return None;
                }
                next.answers.set(choice);
                next.missing_answer = false;
            }
            Action::NameSource(name) => next.source_name = name,
            Action::Next => {
                let Screen::Step(step) = self.screen else {
                    return None;
                };
                if self.answers.get(step).is_none() {
                    next.missing_answer = true;
                } else {
                    next.screen = StepId::from_index(step.index() + 1)
                        .map(Screen::Step)
                        .unwrap_or(Screen::Summary);
                    next.missing_answer = false;
                    if next.screen == Screen::Summary {
                        next.from_summary = false;
                    }
                }
            }
            Action::Back => {
                next.missing_answer = false;
                next.screen = match self.screen {
                    Screen::Paste => return None,
                    Screen::Step(step) => match step.index().checked_sub(1) {
                        Some(i) => StepId::from_index(i).map_or(Screen::Paste, Screen::Step),
                        None => Screen::Paste,
                    },
                    Screen::Summary => Screen::Step(StepId::Evidence),
                };
            }
            Action::Change(step) => {
                if self.screen != Screen::Summary {
                    return None;
                }
                next.screen = Screen::Step(step);
                next.from_summary = true;
            }
            Action::ToSummary => {
                if !matches!(self.screen, Screen::Step(_)) {
                    return None;
                }
                if !self.answers.is_complete() {
                    next.missing_answer = true;
                } else {
                    next.screen = Screen::Summary;
                    next.from_summary = false;
                    next.missing_answer = false;
                }
            }
            Action::Restart => next = Session::default(),
        }
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> Session {
        actions
            .into_iter()
            .fold(Session::default(), |s, a| s.apply(a).unwrap_or(s))
    }

    fn text(s: &str) -> Action {
        Action::Edit(Rc::from(s))
    }

    #[test]
    fn cannot_start_with_blank_text() {
        for blank in ["", "   ", "\n\t \r\n", "\u{a0}\u{2003}"] {
            let s = run(vec![text(blank), Action::Start]);
            assert_eq!(s.screen, Screen::Paste, "{blank:?}");
            assert!(!s.can_start());
        }
        let s = run(vec![text("Officials said so."), Action::Start]);
        assert_eq!(s.screen, Screen::Step(StepId::Source));
    }

    #[test]
    fn next_needs_an_answer_and_says_so() {
        let s = run(vec![text("x"), Action::Start, Action::Next]);
        assert_eq!(s.screen, Screen::Step(StepId::Source));
        assert!(s.missing_answer);
        let s = s.apply(Action::Answer(Choice::SourceNamed)).unwrap();
        assert!(!s.missing_answer);
        let s = s.apply(Action::Next).unwrap();
        assert_eq!(s.screen, Screen::Step(StepId::Named));
    }

    #[test]
    fn a_full_walk_reaches_the_summary_and_back_keeps_answers() {
        let mut actions = vec![text("x"), Action::Start];
        for step in StepId::ALL {
            actions.push(Action::Answer(step.choices()[0]));
            actions.push(Action::Next);
        }
        let s = run(actions);
        assert_eq!(s.screen, Screen::Summary);
        assert!(s.answers.is_complete());
        let s = s.apply(Action::Back).unwrap();
        assert_eq!(s.screen, Screen::Step(StepId::Evidence));
        assert!(s.answers.is_complete());
        // Back from the first question returns to the text, keeping it.
        let s = run(vec![text("keep me"), Action::Start, Action::Back]);
        assert_eq!(s.screen, Screen::Paste);
        assert_eq!(&*s.text, "keep me");
    }

    #[test]
    fn answers_only_count_on_their_own_screen() {
        let s = run(vec![text("x"), Action::Start]);
        assert_eq!(s.apply(Action::Answer(Choice::EvidenceNone)), None);
    }

    #[test]
    fn change_from_summary_and_return() {
        let mut actions = vec![text("x"), Action::Start];
        for step in StepId::ALL {
            actions.push(Action::Answer(step.choices()[0]));
            actions.push(Action::Next);
        }
        actions.push(Action::Change(StepId::Corroboration));
        let s = run(actions);
        assert_eq!(s.screen, Screen::Step(StepId::Corroboration));
        assert!(s.from_summary);
        let s = s
            .apply(Action::Answer(Choice::CorroboratedNone))
            .unwrap()
            .apply(Action::ToSummary)
            .unwrap();
        assert_eq!(s.screen, Screen::Summary);
        assert_eq!(
            s.answers.get(StepId::Corroboration),
            Some(Choice::CorroboratedNone)
        );
    }

    #[test]
    fn restart_clears_everything_and_no_ops_return_none() {
        let s = run(vec![text("x"), Action::Start, Action::Restart]);
        assert_eq!(s, Session::default());
        assert_eq!(Session::default().apply(Action::Back), None);
        assert_eq!(Session::default().apply(Action::Next), None);
        assert_eq!(Session::default().apply(text("")), None);
    }
}
