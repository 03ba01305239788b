//! One component per file.

mod article;
mod choices;
mod header;
mod noise_panel;
mod notices;
mod paste;
mod share_panel;
mod source_picker;
mod step;
mod step_nav;
mod suggestion;
mod summary;

pub use article::ArticlePanel;
pub use choices::ChoiceList;
pub use header::Header;
pub use noise_panel::NoisePanel;
pub use notices::Notices;
pub use paste::PasteScreen;
pub use share_panel::SharePanel;
pub use source_picker::SourcePicker;
pub use step::StepScreen;
pub use step_nav::StepNav;
pub use suggestion::SuggestionBox;
pub use summary::SummaryScreen;

/// The start of `text` cut to about `max` bytes on a character boundary,
/// with an ellipsis when cut; line breaks become spaces.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.len() <= max {
        return flat;
    }
    let mut end = max;
    while !flat.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", flat[..end].trim_end())
}
