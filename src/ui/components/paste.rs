//! The first screen: a large text area with a live word count, and the
//! button that starts the checklist.

use crate::session::{Action, Mode};
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    /// The text so far.
    pub text: AttrValue,
    /// Guided or practice.
    pub mode: Mode,
    /// Sends `Edit`, `SetMode` and `Start`.
    pub on_action: Callback<Action>,
}

/// Words as a reader counts them: runs of letters or digits.
fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[component]
pub fn PasteScreen(props: &PasteProps) -> Html {
    let t = use_strings();
    let heading = use_focus_on(());
    let oninput = props.on_action.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        Action::Edit(Rc::from(area.value()))
    });
    let onsubmit = props.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        // For testing the crash screen: `?simulate-crash` panics here.
        if crate::ui::browser::url_param("simulate-crash").is_some() {
            panic!("simulated crash (?simulate-crash)");
        }
        Action::Start
    });
    let words = word_count(&props.text);
    let blank = props.text.trim().is_empty();
    html! {
        <section class="paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading" class="paste__heading" tabindex="-1" ref={heading}>{ t.paste_heading }</h2>
            <form class="paste__form" {onsubmit}>
                <label class="paste__label" for="article-input">{ t.paste_label }</label>
                <p class="paste__hint" id="paste-hint">{ t.paste_hint }</p>
                <textarea
                    id="article-input"
                    class="paste__input"
                    data-testid="article-input"
                    aria-describedby="paste-hint word-count"
                    spellcheck="false"
                    rows="14"
                    value={props.text.clone()}
                    {oninput}
                />
                <p class="paste__count" id="word-count" data-testid="word-count">{ t.words(words) }</p>
                <fieldset class="paste__mode">
                    <legend>{ t.mode_heading }</legend>
                    { for [(Mode::Guided, t.mode_guided), (Mode::Practice, t.mode_practice)].into_iter().map(|(mode, label)| {
                        let id = format!("mode-{}", mode.id());
                        let onchange = props.on_action.reform(move |_: Event| Action::SetMode(mode));
                        html! {
                            <div class="paste__mode-choice">
                                <input type="radio" name="mode" id={id.clone()} value={mode.id()}
                                    data-testid={id.clone()} checked={props.mode == mode} {onchange} />
                                <label for={id}>{ label }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <div class="paste__actions">
                    <button
                        type="submit"
                        class="button button--primary"
                        data-testid="start"
                        disabled={blank}
                        aria-describedby={blank.then_some("start-reason")}
                    >
                        { t.start }
                    </button>
                    if blank {
                        <p class="paste__reason" id="start-reason">{ t.start_disabled_reason }</p>
                    }
                </div>
            </form>
        </section>
    }
}
