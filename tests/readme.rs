//! The README's "How the score works" must print the table the code uses.

use evidence_checklist::checklist::{Choice, StepId};
use evidence_checklist::i18n::Lang;
use evidence_checklist::score::{points, BANDS};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The rows of the Markdown table that follows `heading`'s section start.
fn rows_after(text: &str, marker: &str) -> Vec<Vec<String>> {
    let start = text.find(marker).expect("marker in README");
    text[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn points_table_matches_the_code() {
    let t = Lang::En.strings();
    let rows = rows_after(&readme(), "| Question | Answer | Points |");
    assert_eq!(rows.len(), Choice::ALL.len());
    let mut i = 0;
    for step in StepId::ALL {
        for (k, c) in step.choices().iter().enumerate() {
            let row = &rows[i];
            if k == 0 {
                assert!(row[0].starts_with(t.step(step).question), "{row:?}");
            } else {
                assert_eq!(row[0], "", "{row:?}");
            }
            assert_eq!(row[1], t.choice(*c).label, "{row:?}");
            assert_eq!(row[2], points(*c).to_string(), "{row:?}");
            i += 1;
        }
    }
}

#[test]
fn bands_table_matches_the_code() {
    let t = Lang::En.strings();
    let rows = rows_after(&readme(), "| Score | Band |");
    assert_eq!(rows.len(), BANDS.len());
    let mut top = 100;
    for (row, (band, min)) in rows.iter().zip(BANDS) {
        assert_eq!(row[0], format!("{min} to {top}"));
        assert_eq!(row[1], t.band(band).name);
        top = min.saturating_sub(1);
    }
}
