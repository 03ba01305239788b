//! One-time messages to the reader: about saved work, links, storage.

use crate::i18n::Strings;

/// Something the reader should know once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is off or full: work is not kept across reloads.
    SavingOff,
    /// Stored work was unreadable; the checklist starts fresh.
    SavedUnreadable,
    /// Work was restored from this browser.
    Resumed,
    /// A shared link was opened.
    LinkOpened,
    /// The link held answers only.
    LinkAnswersOnly,
    /// The link could not be read.
    LinkBroken,
}

impl Notice {
    pub fn text(self, t: &Strings) -> &'static str {
        match self {
            Notice::SavingOff => t.saving_off,
            Notice::SavedUnreadable => t.saved_unreadable,
            Notice::Resumed => t.resumed,
            Notice::LinkOpened => t.link_opened,
            Notice::LinkAnswersOnly => t.link_answers_only,
            Notice::LinkBroken => t.link_broken,
        }
    }

    /// A warning (something did not work) rather than information.
    pub fn is_warning(self) -> bool {
        matches!(
            self,
            Notice::SavingOff | Notice::SavedUnreadable | Notice::LinkBroken
        )
    }

    /// The test id of the notice.
    pub fn id(self) -> &'static str {
        match self {
            Notice::SavingOff => "notice-saving-off",
            Notice::SavedUnreadable => "notice-saved-unreadable",
            Notice::Resumed => "notice-resumed",
            Notice::LinkOpened => "notice-link-opened",
            Notice::LinkAnswersOnly => "notice-link-answers-only",
            Notice::LinkBroken => "notice-link-broken",
        }
    }
}
