//! One component per file.

mod article;
mod choices;
mod paste;
mod step;
mod step_nav;
mod summary;

pub use article::ArticlePanel;
pub use choices::ChoiceList;
pub use paste::PasteScreen;
pub use step::StepScreen;
pub use step_nav::StepNav;
pub use summary::SummaryScreen;
