//! One reader's walk through the checklist: the text, the answers and where
//! they are, with the verbs that move them on.
//!
//! This is the app's single reducer, kept in plain Rust so it tests
//! natively; `ui::state` wraps it for Yew. [`Session::apply`] is pure: it
//! returns `None` when an action changes nothing, so the UI can skip a
//! render.

use crate::analysis::{analyze_with, Analysis, Options, SourceKind, Suggestion};
use crate::checklist::{Answers, Choice, StepId};
use crate::i18n::Lang;
use std::rc::Rc;

/// How the app helps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Each question starts with the app's suggestion selected.
    #[default]
    Guided,
    /// For teaching: the reader answers first, then sees what the app found.
    Practice,
}

impl Mode {
    /// The identifier used in URLs (`?mode=practice`).
    pub fn id(self) -> &'static str {
        match self {
            Mode::Guided => "guided",
            Mode::Practice => "practice",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        match id {
            "guided" => Some(Mode::Guided),
            "practice" => Some(Mode::Practice),
            _ => None,
        }
    }
}

crate::json::json_by_id!(Mode);

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
    /// Put a block of page noise back into the analysis.
    PutBack(usize),
    /// Set a block put back aside again.
    SetAside(usize),
    /// One click on a source the app found: it becomes the answer to the
    /// first question, with its name.
    UseSource(usize),
    /// Guided or practice (before the checklist starts).
    SetMode(Mode),
    /// Practice mode: show the app's answer to the current question.
    Reveal,
    /// The interface language.
    SetLang(Lang),
    /// Replace everything (work restored from storage or a shared link).
    Load(Rc<Session>),
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
    /// What the app read in the text (from "Check this article" on).
    pub analysis: Option<Rc<Analysis>>,
    /// Noise blocks the reader put back into the analysis.
    pub restored: Vec<usize>,
    /// Steps the reader answered themselves; the others hold the app's
    /// suggestion, and follow it when the analysis changes.
    pub answered: [bool; 5],
    /// Guided or practice.
    pub mode: Mode,
    /// Practice mode: the questions whose app answer the reader has seen.
    pub revealed: [bool; 5],
    /// The interface language.
    pub lang: Lang,
}

impl Session {
    /// True when there is something to check: not empty, not only spaces.
    pub fn can_start(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// Reads the text again (with the noise put back) and lets the answers
    /// the reader has not given follow the new suggestions.
    fn reanalyse(&mut self) {
        let analysis = analyze_with(
            &self.text,
            &Options {
                restored: self.restored.clone(),
            },
        );
        // Practice mode, and text the cue lists cannot read (not English),
        // leave the answers to the reader.
        if self.mode == Mode::Guided && analysis.english {
            for suggestion in &analysis.suggested.answers {
                if !self.answered[suggestion.step.index()] {
                    self.answers.set(suggestion.choice);
                }
            }
        }
        self.restored = analysis.restored.clone();
        self.analysis = Some(Rc::new(analysis));
    }

    /// Whether the app's suggestion for `step` is shown: always in guided
    /// mode, after the reader's answer in practice mode, never for text
    /// that does not look English.
    pub fn shows_suggestion(&self, step: StepId) -> bool {
        let readable = self.analysis.as_ref().is_some_and(|a| a.english);
        readable && (self.mode == Mode::Guided || self.revealed[step.index()])
    }

    /// The app's suggestion for `step`, when it is shown to the reader.
    pub fn shown_suggestion(&self, step: StepId) -> Option<&Suggestion> {
        if !self.shows_suggestion(step) {
            return None;
        }
        self.analysis.as_ref()?.suggested.for_step(step)
    }

    /// A session rebuilt from saved parts: answers that do not fit their
    /// question are dropped, and the text is read again.
    pub fn restore(mut self) -> Session {
        let mut answers = Answers::default();
        for (step, choice) in self.answers.iter() {
            if let Some(c) = choice.filter(|c| c.step() == step) {
                answers.set(c);
            }
        }
        self.answers = answers;
        self.missing_answer = false;
        self.analysis = None;
        if self.can_start() {
            self.reanalyse();
        } else {
            self.restored.clear();
            if self.screen != Screen::Summary {
                self.screen = Screen::Paste;
            }
        }
        if self.screen == Screen::Summary && !self.answers.is_complete() {
            self.screen = if self.can_start() {
                Screen::Step(StepId::Source)
            } else {
                Screen::Paste
            };
        }
        self
    }

    /// Where the reader's answers differ from the suggestions they were
    /// shown: (step, the reader's answer, the suggestion); unanswered steps
    /// are not differences.
    pub fn differences(&self) -> Vec<(StepId, Option<Choice>, Choice)> {
        StepId::ALL
            .iter()
            .filter_map(|step| self.shown_suggestion(*step))
            .filter(|s| self.answers.get(s.step).is_some_and(|a| a != s.choice))
            .map(|s| (s.step, self.answers.get(s.step), s.choice))
            .collect()
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
                // A new text: the old analysis and the noise put back no
                // longer fit it.
                next.analysis = None;
                next.restored.clear();
            }
            Action::Start => {
                if !self.can_start() || self.screen != Screen::Paste {
                    return None;
                }
                next.screen = Screen::Step(StepId::Source);
                next.missing_answer = false;
                next.from_summary = false;
                if next.analysis.is_none() {
                    next.reanalyse();
                }
            }
            Action::Answer(choice) => {
                if self.screen != Screen::Step(choice.step()) {
                    return None;
                }
                next.answers.set(choice);
                next.answered[choice.step().index()] = true;
                next.missing_answer = false;
            }
            Action::PutBack(block) => {
                let known = self
                    .analysis
                    .as_ref()
                    .is_some_and(|a| block < a.noise.len());
                if !known || self.restored.contains(&block) {
                    return None;
                }
                next.restored.push(block);
                crate::order::sort(&mut next.restored);
                next.reanalyse();
            }
            Action::SetAside(block) => {
                if !self.restored.contains(&block) {
                    return None;
                }
                next.restored.retain(|b| *b != block);
                next.reanalyse();
            }
            Action::UseSource(index) => {
                if self.screen != Screen::Step(StepId::Source) {
                    return None;
                }
                let source = self.analysis.as_ref().and_then(|a| a.sources.get(index))?;
                let choice = match (source.kind, source.named) {
                    (SourceKind::Outlet, _) if source.cites.is_none() => Choice::SourceOutlet,
                    (_, true) => Choice::SourceNamed,
                    (_, false) => Choice::SourceUnnamed,
                };
                next.source_name = Rc::from(source.text.as_str());
                next.answers.set(choice);
                next.answered[StepId::Source.index()] = true;
                next.missing_answer = false;
            }
            Action::NameSource(name) => next.source_name = name,
            Action::Next => {
                let Screen::Step(step) = self.screen else {
                    return None;
                };
                if self.answers.get(step).is_none() {
                    next.missing_answer = true;
                } else if !self.shows_suggestion(step)
                    && self.mode == Mode::Practice
                    && self.analysis.as_ref().is_some_and(|a| a.english)
                {
                    // Practice: the first "Next" shows the app's answer.
                    next.revealed[step.index()] = true;
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
            Action::Restart => {
                next = Session {
                    lang: self.lang,
                    mode: self.mode,
                    ..Session::default()
                }
            }
            Action::SetMode(mode) => {
                if self.screen != Screen::Paste {
                    return None;
                }
                next.mode = mode;
                // Suggestions the reader did not give are not theirs to keep.
                for step in StepId::ALL {
                    if !next.answered[step.index()] {
                        next.answers.clear(step);
                    }
                }
                if next.analysis.is_some() {
                    next.reanalyse();
                }
            }
            Action::Reveal => {
                let Screen::Step(step) = self.screen else {
                    return None;
                };
                if self.answers.get(step).is_none() {
                    next.missing_answer = true;
                } else {
                    next.revealed[step.index()] = true;
                }
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Load(session) => next = (*session).clone(),
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
        // With no suggestion to stand in (the answer cleared).
        let mut s = run(vec![text("x"), Action::Start]);
        s.answers = Answers::default();
        let s = s.apply(Action::Next).unwrap();
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
    fn start_suggests_answers_the_reader_can_change() {
        let s = run(vec![
            text("The ministry said the bridge was closed."),
            Action::Start,
        ]);
        let a = s.analysis.clone().unwrap();
        assert_eq!(s.answers, a.suggested.as_answers());
        assert!(s.differences().is_empty());
        assert_eq!(s.answered, [false; 5]);
        let s = s.apply(Action::Answer(Choice::SourceUnnamed)).unwrap();
        assert!(s.answered[0]);
        assert_eq!(
            s.differences(),
            vec![(
                StepId::Source,
                Some(Choice::SourceUnnamed),
                Choice::SourceNamed
            )]
        );
    }

    #[test]
    fn putting_noise_back_reanalyses_and_keeps_the_readers_answers() {
        let article =
            "Title\n\nThe mayor said it rained.\n\nNotify of\n\nJane: Officials denied it.\n";
        let s = run(vec![text(article), Action::Start]);
        let a = s.analysis.clone().unwrap();
        assert_eq!(a.noise.len(), 1);
        assert_eq!(
            s.answers.get(StepId::Reply),
            Some(Choice::ReplyNobodyAccused)
        );
        // The reader answers the first question; then puts the comments back.
        let s = s.apply(Action::Answer(Choice::SourceUnnamed)).unwrap();
        let s = s.apply(Action::PutBack(0)).unwrap();
        assert_eq!(s.restored, vec![0]);
        let b = s.analysis.clone().unwrap();
        assert!(b.denials.iter().any(|d| d.text == "denied"));
        // The untouched answer follows the new suggestion; the reader's stays.
        assert_eq!(s.answers.get(StepId::Reply), Some(Choice::ReplyReported));
        assert_eq!(s.answers.get(StepId::Source), Some(Choice::SourceUnnamed));
        assert_eq!(s.apply(Action::PutBack(0)), None);
        assert_eq!(s.apply(Action::PutBack(7)), None);
        let s = s.apply(Action::SetAside(0)).unwrap();
        assert!(s.restored.is_empty());
        assert_eq!(
            s.answers.get(StepId::Reply),
            Some(Choice::ReplyNobodyAccused)
        );
    }

    #[test]
    fn one_click_on_a_found_source_answers_the_first_question() {
        let s = run(vec![
            text("SANA reported it, citing local sources."),
            Action::Start,
        ]);
        let a = s.analysis.clone().unwrap();
        let local = a
            .sources
            .iter()
            .position(|x| x.text == "local sources")
            .unwrap();
        let s = s.apply(Action::UseSource(local)).unwrap();
        assert_eq!(&*s.source_name, "local sources");
        assert_eq!(s.answers.get(StepId::Source), Some(Choice::SourceUnnamed));
        assert_eq!(s.apply(Action::UseSource(99)), None);
    }

    #[test]
    fn editing_the_text_drops_the_old_analysis() {
        let s = run(vec![
            text("Officials said so."),
            Action::Start,
            Action::Back,
        ]);
        assert!(s.analysis.is_some());
        let s = s.apply(text("Something else.")).unwrap();
        assert!(s.analysis.is_none());
        let s = s.apply(Action::Start).unwrap();
        assert!(s.analysis.is_some());
    }

    #[test]
    fn practice_mode_asks_first_then_shows_the_app_answer() {
        let s = run(vec![
            Action::SetMode(Mode::Practice),
            text("The agency SANA reported it, citing local sources."),
            Action::Start,
        ]);
        assert_eq!(s.answers, Answers::default(), "nothing is pre-selected");
        assert!(!s.shows_suggestion(StepId::Source));
        // Next without an answer says so.
        let s = s.apply(Action::Next).unwrap();
        assert!(s.missing_answer);
        // The first Next after answering shows the app's answer...
        let s = s.apply(Action::Answer(Choice::SourceNamed)).unwrap();
        let s = s.apply(Action::Next).unwrap();
        assert_eq!(s.screen, Screen::Step(StepId::Source));
        assert!(s.shows_suggestion(StepId::Source));
        assert_eq!(
            s.differences(),
            vec![(
                StepId::Source,
                Some(Choice::SourceNamed),
                Choice::SourceUnnamed
            )]
        );
        // ...the second moves on.
        let s = s.apply(Action::Next).unwrap();
        assert_eq!(s.screen, Screen::Step(StepId::Named));
        assert!(!s.shows_suggestion(StepId::Named));
    }

    #[test]
    fn text_that_is_not_english_gets_no_suggestions() {
        let s = run(vec![
            text("Los funcionarios dijeron que el puente fue cerrado el lunes después de la inundación, y que las reparaciones tardarán semanas."),
            Action::Start,
        ]);
        assert!(!s.analysis.as_ref().unwrap().english);
        assert_eq!(s.answers, Answers::default());
        assert!(!s.shows_suggestion(StepId::Source));
        // The checklist still works by hand.
        let s = s
            .apply(Action::Answer(Choice::SourceNone))
            .unwrap()
            .apply(Action::Next)
            .unwrap();
        assert_eq!(s.screen, Screen::Step(StepId::Named));
    }

    #[test]
    fn restoring_drops_answers_that_do_not_fit_and_reads_again() {
        let mut saved = Session {
            text: Rc::from("Officials said the bridge was closed."),
            screen: Screen::Summary,
            ..Session::default()
        };
        // A hostile or damaged save: the evidence answer in the source slot.
        saved.answers = Answers::from_json(
            &crate::json::Value::parse(r#"["evidence-none",null,null,null,null]"#).unwrap(),
        )
        .unwrap();
        let s = saved.restore();
        assert_eq!(
            s.answers.get(StepId::Source),
            Some(Choice::SourceUnnamed),
            "the suggestion stands in"
        );
        assert!(s.analysis.is_some());
        // Incomplete answers cannot show a summary.
        assert_eq!(s.screen, Screen::Summary);
        let empty = Session {
            screen: Screen::Summary,
            ..Session::default()
        }
        .restore();
        assert_eq!(empty.screen, Screen::Paste);
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
