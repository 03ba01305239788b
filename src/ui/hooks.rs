//! Small hooks shared by the components.

use crate::i18n::{Lang, Strings};
use yew::prelude::*;

/// The strings of the language in context (English when there is none).
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<Lang>().unwrap_or_default().strings()
}

/// A ref whose element receives focus whenever `key` changes, so a screen
/// change moves a screen reader and the keyboard to the new heading.
#[hook]
pub fn use_focus_on<K: PartialEq + Clone + 'static>(key: K) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(key, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    node
}
