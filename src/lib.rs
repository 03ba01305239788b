//! # Evidence checklist
//!
//! Helps a reader judge how well a news article is sourced. The reader
//! pastes one article and walks a fixed checklist of five questions; the
//! app suggests answers from the text, and ends with a score from 0 to 100
//! that explains itself question by question.
//!
//! The crate is two layers:
//!
//! * a plain-Rust core, with no web crates, tested natively:
//!   [`checklist`] (the questions and choices, as data), [`score`] (the
//!   points table and one pure function), [`session`] (the reader's walk,
//!   as one pure reducer) and [`i18n`] (every string, one table per
//!   language);
//! * `ui`, the Yew interface, compiled only for `wasm32`.
//!
//! ```
//! use evidence_checklist::checklist::{Answers, Choice::*};
//! use evidence_checklist::score::{score, Band};
//!
//! let answers = Answers::from_choices([
//!     SourceUnnamed, UnnamedVague, CorroboratedNone, ReplyNotMentioned, EvidenceNone,
//! ]);
//! let s = score(&answers);
//! assert_eq!(s.total, 5);
//! assert_eq!(s.band, Band::Unsupported);
//! ```

pub mod analysis;
pub mod checklist;
pub mod display;
pub mod i18n;
pub mod json;
pub mod order;
pub mod persist;
pub mod report;
pub mod score;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// For `./x bench`: analyses `text` `runs` times in the browser and
/// returns the mean time in milliseconds (timed as one block: browsers
/// round `performance.now()` too coarsely to time one short article).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchAnalyze)]
pub fn bench_analyze(text: &str, runs: u32) -> f64 {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f64::NAN;
    };
    let runs = runs.max(1);
    let start = performance.now();
    for _ in 0..runs {
        std::hint::black_box(analysis::analyze(std::hint::black_box(text)));
    }
    (performance.now() - start) / f64::from(runs)
}
