//! What the app set aside as page noise, collapsed to one line; shown, it
//! lists each block with a button to put it back into the analysis.

use crate::analysis::Analysis;
use crate::i18n::fill;
use crate::session::Action;
use crate::ui::components::excerpt;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoisePanelProps {
    pub analysis: Rc<Analysis>,
    pub text: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn NoisePanel(props: &NoisePanelProps) -> Html {
    let t = use_strings();
    let open = use_state(|| false);
    let a = &props.analysis;
    if a.noise.is_empty() {
        return html! { <p class="noise-panel noise-panel--empty">{ t.set_aside_none }</p> };
    }
    let lines: usize = a
        .noise
        .iter()
        .enumerate()
        .filter(|(i, _)| !a.restored.contains(i))
        .map(|(_, n)| n.lines)
        .sum();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="noise-panel" data-testid="noise-panel">
            <p class="noise-panel__summary">
                <span data-testid="set-aside-summary">{ fill(t.set_aside_summary, &[("n", &lines.to_string())]) }</span>
                { " " }
                <button type="button" class="link-button" aria-expanded={(*open).to_string()}
                    aria-controls="noise-list" data-testid="noise-toggle" onclick={toggle}>
                    { if *open { t.hide } else { t.show } }
                </button>
            </p>
            <ul class="noise-panel__list" id="noise-list" hidden={!*open}>
                { for a.noise.iter().enumerate().map(|(i, n)| {
                    let restored = a.restored.contains(&i);
                    let label = fill(t.block_label, &[("kind", t.noise_kind(n.kind)), ("n", &n.lines.to_string())]);
                    let onclick = props.on_action.reform(move |_: MouseEvent| {
                        if restored { Action::SetAside(i) } else { Action::PutBack(i) }
                    });
                    html! {
                        <li key={i} class="noise-panel__item">
                            <span class="noise-panel__label">{ label.clone() }</span>
                            if restored {
                                <span class="noise-panel__note">{ " (" }{ t.put_back_note }{ ")" }</span>
                            }
                            <q class="noise-panel__preview">{ excerpt(n.span().of(&props.text), 60) }</q>
                            <button type="button" class="button noise-panel__button"
                                aria-label={format!("{}: {}", if restored { t.set_aside_again } else { t.put_back }, label)}
                                data-testid={format!("noise-{i}")} {onclick}>
                                { if restored { t.set_aside_again } else { t.put_back } }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
