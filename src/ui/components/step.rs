//! One question of the checklist, with the article beside it.

use crate::checklist::{Choice, StepId};
use crate::i18n::fill;
use crate::session::Action;
use crate::ui::components::{ArticlePanel, ChoiceList, StepNav};
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub step: StepId,
    pub text: AttrValue,
    pub answer: Option<Choice>,
    /// "Next" was pressed without an answer.
    pub missing: bool,
    pub from_summary: bool,
    pub source_name: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StepScreen(props: &StepProps) -> Html {
    let t = use_strings();
    let heading = use_focus_on(props.step);
    let text = t.step(props.step);
    let n = props.step.index() + 1;
    let total = StepId::ALL.len();
    let progress = fill(
        t.progress,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    let onsubmit = props.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let on_name = props.on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::NameSource(Rc::from(input.value()))
    });
    html! {
        <div class="step-layout">
            <ArticlePanel text={props.text.clone()} />
            <section class="step" aria-labelledby="step-heading">
                <p class="step__progress" data-testid="progress">
                    { progress }
                    <progress class="step__bar" max={total.to_string()} value={n.to_string()} aria-hidden="true" />
                </p>
                <form class="step__form" {onsubmit} novalidate=true>
                    <fieldset class="step__fieldset" aria-describedby="step-help">
                        <legend class="step__legend">
                            <h2 id="step-heading" class="step__heading" tabindex="-1" ref={heading}>{ text.question }</h2>
                        </legend>
                        <p class="step__help" id="step-help">{ text.help }</p>
                        <ChoiceList step={props.step} answer={props.answer} on_action={props.on_action.clone()} />
                        if props.missing {
                            <p class="step__error" role="alert" data-testid="missing-answer">{ t.choose_first }</p>
                        }
                    </fieldset>
                    if props.step == StepId::Source {
                        <div class="step__name">
                            <label for="source-name">{ t.source_name_label }</label>
                            <p class="step__name-hint" id="source-name-hint">{ t.source_name_hint }</p>
                            <input id="source-name" type="text" data-testid="source-name"
                                aria-describedby="source-name-hint"
                                value={props.source_name.clone()} oninput={on_name} />
                        </div>
                    }
                    <details class="step__why">
                        <summary>{ t.why_heading }</summary>
                        <p>{ text.why }</p>
                    </details>
                    <StepNav step={props.step} from_summary={props.from_summary} on_action={props.on_action.clone()} />
                </form>
            </section>
        </div>
    }
}
