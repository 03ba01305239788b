//! The command line: the score table and scores as JSON, from the same
//! types the app uses.
//!
//! ```text
//! checklist analyze FILE|-         the analysis of an article, as JSON
//! checklist table                  the points table and bands
//! checklist score CHOICE...        the score of a set of answers
//! ```

use evidence_checklist::analysis::analyze as analyze_text;
use evidence_checklist::checklist::{Answers, Choice, StepId};
use evidence_checklist::i18n::Lang;
use evidence_checklist::json::{obj, ToJson, Value};
use evidence_checklist::report::analysis_json;
use evidence_checklist::score::{points, score, BANDS};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage:
  checklist analyze FILE          print the analysis of an article as JSON (- reads standard input)
  checklist table                 print the points table and the bands as JSON
  checklist score CHOICE...       print the score of one choice per question as JSON
                                  (choices as in `checklist table`, e.g. source-unnamed)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => match args.get(1) {
            Some(path) => analyze(path),
            None => Err(USAGE.to_string()),
        },
        Some("table") => Ok(table()),
        Some("score") => score_of(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(value) => {
            println!("{}", value.to_pretty());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// The points table, by step, with the English labels.
fn table() -> Value {
    let t = Lang::En.strings();
    let steps: Vec<Value> = StepId::ALL
        .iter()
        .map(|step| {
            let choices: Vec<Value> = step
                .choices()
                .iter()
                .map(|c| {
                    obj(vec![
                        ("id", Value::from(c.id())),
                        ("label", Value::from(t.choice(*c).label)),
                        ("points", points(*c).to_json()),
                    ])
                })
                .collect();
            obj(vec![
                ("id", Value::from(step.id())),
                ("question", Value::from(t.step(*step).question)),
                ("choices", Value::Arr(choices)),
            ])
        })
        .collect();
    let bands: Vec<Value> = BANDS
        .iter()
        .map(|(b, min)| {
            obj(vec![
                ("id", Value::from(b.id())),
                ("name", Value::from(t.band(*b).name)),
                ("min", min.to_json()),
            ])
        })
        .collect();
    obj(vec![
        ("steps", Value::Arr(steps)),
        ("bands", Value::Arr(bands)),
    ])
}

fn score_of(ids: &[String]) -> Result<Value, String> {
    let mut choices = Vec::new();
    for id in ids {
        match Choice::from_id(id) {
            Some(c) => choices.push(c),
            None => {
                return Err(format!(
                    "unknown choice {id:?}; `checklist table` lists them"
                ))
            }
        }
    }
    let s = score(&Answers::from_choices(choices));
    let t = Lang::En.strings();
    Ok(obj(vec![
        ("score", s.to_json()),
        ("band_name", Value::from(t.band(s.band).name)),
    ]))
}

/// Reads a file (or standard input for `-`) as text. Bytes that are not
/// UTF-8 are replaced, so any file gives an analysis; offsets are then into
/// the text as read.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("note: {path} is not valid UTF-8; invalid bytes were replaced, so offsets refer to the replaced text");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

fn analyze(path: &str) -> Result<Value, String> {
    let text = read_input(path)?;
    Ok(analysis_json(&analyze_text(&text), Lang::En))
}
