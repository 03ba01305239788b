//! The first question's shortcut: the sources the app found, each one a
//! button that answers with it.

use crate::analysis::{Analysis, SourceKind};
use crate::i18n::fill;
use crate::session::Action;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

/// At most this many sources are offered (the main one first).
const MAX_OFFERED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SourcePickerProps {
    pub analysis: Rc<Analysis>,
    /// The source name the reader has now.
    pub chosen: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SourcePicker(props: &SourcePickerProps) -> Html {
    let t = use_strings();
    let a = &props.analysis;
    // Distinct sources, the main claim's origin first; no denials.
    let mut offered: Vec<usize> = Vec::new();
    let main_origin = a.main_source.map(|m| a.sources[m].origin);
    let order = main_origin.into_iter().chain(0..a.sources.len());
    for i in order {
        let s = &a.sources[i];
        if s.denies || offered.iter().any(|o| a.sources[*o].text == s.text) {
            continue;
        }
        offered.push(i);
        if offered.len() == MAX_OFFERED {
            break;
        }
    }
    if offered.is_empty() {
        return html! {};
    }
    html! {
        <div class="source-picker" role="group" aria-labelledby="source-picker-heading" aria-describedby="source-picker-hint">
            <p class="source-picker__heading" id="source-picker-heading">{ t.found_sources_heading }</p>
            <p class="source-picker__hint" id="source-picker-hint">{ t.found_sources_hint }</p>
            <ul class="source-picker__list">
                { for offered.iter().map(|&i| {
                    let s = &a.sources[i];
                    let mut detail = t.source_kind(s.kind).to_string();
                    if s.kind != SourceKind::Unnamed {
                        detail.push_str(", ");
                        detail.push_str(if s.named { t.named_word } else { t.unnamed_word });
                    }
                    if let Some(v) = s.via {
                        detail.push_str(", ");
                        detail.push_str(&fill(t.relayed_by, &[("relay", &a.sources[v].text)]));
                    }
                    let pressed = *props.chosen == s.text;
                    let onclick = props.on_action.reform(move |_: MouseEvent| Action::UseSource(i));
                    html! {
                        <li key={i}>
                            <button type="button" class="source-picker__button" aria-pressed={pressed.to_string()}
                                data-testid="found-source" {onclick}>
                                <span class="source-picker__name">{ s.text.clone() }</span>
                                <span class="source-picker__detail">{ detail }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
