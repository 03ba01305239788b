//! What leaves the checklist as a file or a paste: the analysis as JSON
//! (the command line's format), the full result with the reader's answers,
//! and a Markdown report for an assignment. Plain Rust, tested natively.

use crate::analysis::Analysis;
use crate::checklist::Answers;
use crate::i18n::{fill, Lang};
use crate::json::{obj, ToJson, Value};
use crate::score::score;
use crate::session::Session;

/// The version of the downloaded result's format.
pub const FORMAT_VERSION: u32 = 1;

/// The analysis as JSON, with each suggestion's reason in words.
pub fn analysis_json(analysis: &Analysis, lang: Lang) -> Value {
    let mut value = analysis.to_json();
    let t = lang.strings();
    let answers = value
        .get_mut("suggested")
        .and_then(|s| s.get_mut("answers"));
    if let Some(Value::Arr(answers)) = answers {
        for (v, s) in answers.iter_mut().zip(&analysis.suggested.answers) {
            v.set("reason_text", Value::Str(t.reason(&s.reason)));
        }
    }
    value
}

/// The full result: the analysis (as `checklist analyze` prints it), plus
/// the reader's answers, their score and a format version.
pub fn result_json(session: &Session) -> String {
    let mut value = match &session.analysis {
        Some(a) => analysis_json(a, session.lang),
        None => obj(vec![]),
    };
    let s = score(&session.answers);
    value.set("format_version", FORMAT_VERSION.to_json());
    value.set("answers", answers_json(&session.answers));
    value.set("source_name", Value::from(&*session.source_name));
    value.set("mode", session.mode.to_json());
    value.set("score", s.total.to_json());
    value.set("band", s.band.to_json());
    value.to_pretty()
}

/// The answers, as the host page receives them: step id -> choice id.
pub fn answers_json(answers: &Answers) -> Value {
    Value::Obj(
        answers
            .iter()
            .map(|(step, c)| (step.id().to_string(), c.to_json()))
            .collect(),
    )
}

/// A Markdown report: each question, the answer, its points and why, the
/// app's suggestion where it differs, the sentences behind it; the score.
pub fn markdown(session: &Session) -> String {
    let t = session.lang.strings();
    let s = score(&session.answers);
    let band = t.band(s.band).name;
    let mut out = format!("# {}\n\n", t.report_title);
    out.push_str(&fill(
        t.report_score,
        &[("score", &s.total.to_string()), ("band", band)],
    ));
    out.push_str("\n\n");
    out.push_str(t.band(s.band).meaning);
    out.push_str("\n\n");
    if !session.source_name.trim().is_empty() {
        out.push_str(&fill(
            t.source_named_as,
            &[("name", session.source_name.trim())],
        ));
        out.push_str("\n\n");
    }
    for part in s.parts {
        let step = part.step;
        out.push_str(&format!(
            "## {}. {}\n\n",
            step.index() + 1,
            t.step(step).question
        ));
        let answer = part.choice.map_or(t.not_answered, |c| t.choice(c).label);
        out.push_str(&format!(
            "- {}: {}\n- {}: {} / {}\n",
            t.col_answer, answer, t.col_points, part.points, part.max
        ));
        if let Some(c) = part.choice {
            out.push_str(&format!("- {}: {}\n", t.col_why, t.choice(c).reason));
        }
        if let Some(suggestion) = session.shown_suggestion(step) {
            if part.choice != Some(suggestion.choice) {
                out.push_str(&format!(
                    "- {}\n",
                    fill(
                        t.app_suggested,
                        &[("choice", t.choice(suggestion.choice).label)]
                    )
                ));
            }
            if !suggestion.sentences.is_empty() {
                out.push_str(&format!("\n{}:\n\n", t.behind_heading));
                for span in &suggestion.sentences {
                    let sentence: String = span
                        .of(&session.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    out.push_str(&format!("> {sentence}\n\n"));
                }
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::{Choice, StepId};
    use crate::session::Action;
    use std::rc::Rc;

    fn walked() -> Session {
        let mut s = Session::default()
            .apply(Action::Edit(Rc::from(
                "Helicopters landed, the agency SANA reported, citing local sources.\n\nThe Pentagon denied it.",
            )))
            .unwrap()
            .apply(Action::Start)
            .unwrap();
        s = s.apply(Action::Answer(Choice::SourceNamed)).unwrap();
        for _ in 0..5 {
            s = s.apply(Action::Next).unwrap_or(s);
        }
        s
    }

    #[test]
    fn markdown_has_every_question_the_score_and_the_differences() {
        let s = walked();
        let md = markdown(&s);
        assert!(md.starts_with("# Evidence checklist: report\n"));
        let total = score(&s.answers).total;
        assert!(md.contains(&format!("Score: {total} out of 100")));
        for step in StepId::ALL {
            assert!(md.contains(Lang::En.strings().step(step).question));
        }
        assert!(md.contains("The app suggested: Unnamed people"), "{md}");
        assert!(
            md.contains("> Helicopters landed, the agency SANA reported, citing local sources.")
        );
        // In Spanish, the same report in Spanish words.
        let mut es = s.clone();
        es.lang = Lang::Es;
        assert!(markdown(&es).contains("¿Quién es la fuente de la afirmación principal?"));
    }

    #[test]
    fn result_json_is_the_analysis_plus_the_answers() {
        let s = walked();
        let v: serde_json::Value = serde_json::from_str(&result_json(&s)).unwrap();
        assert_eq!(v["format_version"], 1);
        assert_eq!(v["answers"]["source"], "source-named");
        assert_eq!(v["score"], score(&s.answers).total);
        assert!(v["sources"].as_array().is_some_and(|a| !a.is_empty()));
        assert!(v["body"]["start"].is_number());
        assert!(v["suggested"]["answers"][0]["reason_text"].is_string());
        // The same as this crate reads it.
        let ours = Value::parse(&result_json(&s)).unwrap();
        assert_eq!(ours.get("mode").and_then(Value::as_str), Some("guided"));
    }
}
