//! Work kept between visits and carried in links: the reader's session as
//! versioned JSON, and the payload of a share link. Plain Rust; the UI
//! stores the JSON in localStorage, and compresses share payloads with the
//! browser's own `CompressionStream` and writes them in base64url with its
//! own `btoa` (`ui::browser`).
//!
//! Anything read back (storage, a link) is untrusted: it is parsed into
//! [`Saved`], checked, and rebuilt through [`Session::restore`], which
//! drops answers that do not fit their question and reads the text again.

use crate::checklist::{Answers, StepId};
use crate::i18n::Lang;
use crate::json::{json_fields, ToJson, Value};
use crate::session::{Mode, Screen, Session};
use std::fmt;
use std::rc::Rc;

/// The version written now; older ones are read, newer ones are refused.
pub const VERSION: u32 = 1;

/// What is kept of a session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub version: u32,
    /// The article; empty in an answers-only link.
    pub text: String,
    pub restored: Vec<usize>,
    pub answers: Answers,
    pub answered: [bool; 5],
    /// The question the reader was on, if any.
    pub step: Option<StepId>,
    /// The reader was on the summary.
    pub summary: bool,
    pub source_name: String,
    pub mode: Mode,
    pub revealed: [bool; 5],
    pub lang: Option<Lang>,
}

json_fields!(Saved {
    version,
    text,
    restored,
    answers,
    answered,
    step,
    summary,
    source_name,
    mode,
    revealed,
    lang,
});

/// Why saved work or a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not the shape of saved work (damaged, truncated or not ours).
    Unreadable,
    /// Saved by a newer version of the app.
    TooNew(u32),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreadable => write!(f, "the saved work could not be read"),
            LoadError::TooNew(v) => write!(f, "the saved work is from a newer version ({v})"),
        }
    }
}

impl Saved {
    /// What to keep of `session`; `with_text: false` leaves the article out.
    pub fn of(session: &Session, with_text: bool) -> Saved {
        Saved {
            version: VERSION,
            text: if with_text {
                session.text.to_string()
            } else {
                String::new()
            },
            restored: if with_text {
                session.restored.clone()
            } else {
                Vec::new()
            },
            answers: session.answers,
            answered: session.answered,
            step: match session.screen {
                Screen::Step(s) => Some(s),
                _ => None,
            },
            summary: session.screen == Screen::Summary,
            source_name: session.source_name.to_string(),
            mode: session.mode,
            revealed: session.revealed,
            lang: Some(session.lang),
        }
    }

    /// The session this saved work stands for, checked and read again.
    pub fn into_session(self) -> Session {
        let screen = match (self.summary, self.step) {
            (true, _) => Screen::Summary,
            (false, Some(s)) => Screen::Step(s),
            (false, None) => Screen::Paste,
        };
        Session {
            text: Rc::from(self.text),
            screen,
            answers: self.answers,
            source_name: Rc::from(self.source_name),
            restored: self.restored,
            answered: self.answered,
            mode: self.mode,
            revealed: self.revealed,
            lang: self.lang.unwrap_or_default(),
            ..Session::default()
        }
        .restore()
    }

    /// The saved work as JSON text.
    pub fn to_json(&self) -> String {
        ToJson::to_json(self).to_string()
    }

    /// Saved work from its JSON. Unknown fields are ignored and missing ones
    /// take their defaults; a field of the wrong shape makes the whole
    /// unreadable.
    pub fn from_json(json: &str) -> Result<Saved, LoadError> {
        let saved = Value::parse(json)
            .ok()
            .and_then(|v| Saved::from_value(&v))
            .ok_or(LoadError::Unreadable)?;
        match saved.version {
            0 => Err(LoadError::Unreadable),
            v if v > VERSION => Err(LoadError::TooNew(v)),
            _ => Ok(saved),
        }
    }
}

/// The fragment of a share link that carries the article (compressed).
pub const LINK_WITH_TEXT: &str = "share=";
/// The fragment of a share link that carries the answers only.
pub const LINK_ANSWERS: &str = "answers=";

impl Saved {
    fn from_value(v: &Value) -> Option<Saved> {
        let Value::Obj(_) = v else { return None };
        // Each field: its default when missing, `None` when misshapen.
        fn field<T: Default>(
            v: &Value,
            key: &str,
            read: impl Fn(&Value) -> Option<T>,
        ) -> Option<T> {
            v.get(key).map_or(Some(T::default()), read)
        }
        fn nullable<T>(v: &Value, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
            match v {
                Value::Null => Some(None),
                v => read(v).map(Some),
            }
        }
        fn text(v: &Value) -> Option<String> {
            v.as_str().map(str::to_string)
        }
        fn flags(v: &Value) -> Option<[bool; 5]> {
            let items = v.as_array().filter(|a| a.len() == 5)?;
            let mut out = [false; 5];
            for (o, item) in out.iter_mut().zip(items) {
                *o = item.as_bool()?;
            }
            Some(out)
        }
        Some(Saved {
            version: field(v, "version", |n| u32::try_from(n.as_u64()?).ok())?,
            text: field(v, "text", text)?,
            restored: field(v, "restored", |a| {
                a.as_array()?
                    .iter()
                    .map(|n| usize::try_from(n.as_u64()?).ok())
                    .collect()
            })?,
            answers: field(v, "answers", Answers::from_json)?,
            answered: field(v, "answered", flags)?,
            step: field(v, "step", |s| nullable(s, |s| StepId::from_id(s.as_str()?)))?,
            summary: field(v, "summary", Value::as_bool)?,
            source_name: field(v, "source_name", text)?,
            mode: field(v, "mode", |m| Mode::from_id(m.as_str()?))?,
            revealed: field(v, "revealed", flags)?,
            lang: field(v, "lang", |l| nullable(l, |l| Lang::from_id(l.as_str()?)))?,
        })
    }

    /// Saved work from a link's bytes (JSON as UTF-8).
    pub fn from_bytes(bytes: &[u8]) -> Result<Saved, LoadError> {
        Saved::from_json(std::str::from_utf8(bytes).map_err(|_| LoadError::Unreadable)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Choice;
    use crate::session::Action;

    fn session() -> Session {
        let s = Session::default();
        let s = s
            .apply(Action::Edit(Rc::from(
                "The agency SANA reported it, citing local sources.",
            )))
            .unwrap();
        let s = s.apply(Action::Start).unwrap();
        let s = s.apply(Action::Answer(Choice::SourceNamed)).unwrap();
        s.apply(Action::Next).unwrap()
    }

    #[test]
    fn a_session_round_trips() {
        let s = session();
        let back = Saved::from_json(&Saved::of(&s, true).to_json())
            .unwrap()
            .into_session();
        assert_eq!(back.text, s.text);
        assert_eq!(back.screen, s.screen);
        assert_eq!(back.answers, s.answers);
        assert_eq!(back.answered, s.answered);
        assert_eq!(
            back.analysis.as_ref().map(|a| a.sources.len()),
            s.analysis.as_ref().map(|a| a.sources.len())
        );
    }

    #[test]
    fn answers_only_leaves_the_text_out() {
        let s = session();
        let saved = Saved::of(&s, false);
        assert!(saved.text.is_empty());
        let back = saved.into_session();
        assert_eq!(back.answers.get(StepId::Source), Some(Choice::SourceNamed));
        assert!(back.analysis.is_none());
        assert_eq!(back.screen, Screen::Paste, "no text to question");
    }

    #[test]
    fn bad_input_is_refused_in_plain_words() {
        for junk in [
            "",
            "{",
            "null",
            "[]",
            "{\"version\":0}",
            "{\"version\":1,\"answers\":[\"nonsense\"]}",
            "\u{0}",
        ] {
            assert_eq!(
                Saved::from_json(junk),
                Err(LoadError::Unreadable),
                "{junk:?}"
            );
        }
        assert_eq!(
            Saved::from_json("{\"version\":99}"),
            Err(LoadError::TooNew(99))
        );
        assert!(LoadError::Unreadable
            .to_string()
            .contains("could not be read"));
        // Unknown fields are ignored; missing ones take their defaults.
        let s = Saved::from_json("{\"version\":1,\"text\":\"x\",\"future\":true}").unwrap();
        assert_eq!(s.text, "x");
    }
}
