//! One question of the checklist, with the article beside it and the app's
//! suggestion above the choices.

use crate::analysis::{Analysis, Span};
use crate::checklist::{Choice, StepId};
use crate::i18n::fill;
use crate::session::Action;
use crate::ui::components::{ArticlePanel, ChoiceList, SourcePicker, StepNav, SuggestionBox};
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
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
    pub analysis: Option<Rc<Analysis>>,
    /// The app's suggestion is shown (guided mode, or revealed in practice).
    pub show_suggestion: bool,
    /// Practice mode.
    pub practice: bool,
    pub on_action: Callback<Action>,
}

/// Scrolls the article to the highlighted sentence starting at `start` and
/// gives it the focus.
fn show_mark(start: usize) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("mark-{start}")))
    else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

#[component]
pub fn StepScreen(props: &StepProps) -> Html {
    let t = use_strings();
    let heading = use_focus_on(props.step);
    let article_open = use_state(|| false);
    // (request number, sentence start): scroll there after the render that
    // opens the article.
    let wanted = use_state(|| (0u32, None::<usize>));
    {
        let wanted = *wanted;
        use_effect_with(wanted, move |(_, start)| {
            if let Some(start) = start {
                show_mark(*start);
            }
        });
    }
    let on_show = {
        let article_open = article_open.clone();
        let wanted = wanted.clone();
        Callback::from(move |start: usize| {
            article_open.set(true);
            wanted.set((wanted.0.wrapping_add(1), Some(start)));
        })
    };
    let on_toggle = {
        let article_open = article_open.clone();
        Callback::from(move |_| article_open.set(!*article_open))
    };

    let words = t.step(props.step);
    let n = props.step.index() + 1;
    let total = StepId::ALL.len();
    let progress = fill(
        t.progress,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    let english = props.analysis.as_ref().is_none_or(|a| a.english);
    let suggestion = props
        .analysis
        .as_ref()
        .filter(|_| props.show_suggestion)
        .and_then(|a| a.suggested.for_step(props.step).cloned());
    let marks: Rc<[Span]> = suggestion
        .as_ref()
        .map_or_else(|| Rc::from([]), |s| Rc::from(s.sentences.as_slice()));
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
            <ArticlePanel
                text={props.text.clone()}
                analysis={props.analysis.clone()}
                {marks}
                open={*article_open}
                {on_toggle}
                on_action={props.on_action.clone()}
            />
            <section class="step" aria-labelledby="step-heading">
                <p class="step__progress" data-testid="progress">
                    { progress }
                    <progress class="step__bar" max={total.to_string()} value={n.to_string()} aria-hidden="true" />
                </p>
                <form class="step__form" {onsubmit} novalidate=true>
                    <fieldset class="step__fieldset" aria-describedby="step-help">
                        <legend class="step__legend">
                            <h2 id="step-heading" class="step__heading" tabindex="-1" ref={heading}>{ words.question }</h2>
                        </legend>
                        <p class="step__help" id="step-help">{ words.help }</p>
                        if let Some(limit) = props.analysis.as_ref().and_then(|a| a.read_limit) {
                            <p class="step__note" data-testid="read-limit">
                                { fill(t.truncated_note, &[
                                    ("n", &props.text.get(..limit).map_or(0, |s| s.chars().count()).to_string()),
                                    ("total", &props.text.chars().count().to_string()),
                                ]) }
                            </p>
                        }
                        if !english {
                            <p class="step__note" data-testid="english-only">{ t.english_only }</p>
                        } else if props.practice && suggestion.is_none() {
                            <p class="step__note" data-testid="practice-note">{ t.practice_note }</p>
                        }
                        if let Some(s) = &suggestion {
                            if props.practice {
                                <p class="step__verdict" role="status" data-testid="practice-verdict">
                                    { if props.answer == Some(s.choice) {
                                        t.you_agree_one.to_string()
                                    } else {
                                        fill(t.you_differ_one, &[("choice", t.choice(s.choice).label)])
                                    } }
                                </p>
                            }
                            <SuggestionBox suggestion={Rc::new(s.clone())} text={props.text.clone()} {on_show} />
                        }
                        if props.step == StepId::Source && suggestion.is_some() {
                            if let Some(a) = &props.analysis {
                                <SourcePicker analysis={a.clone()} chosen={props.source_name.clone()} on_action={props.on_action.clone()} />
                            }
                        }
                        <ChoiceList
                            step={props.step}
                            answer={props.answer}
                            suggested={suggestion.as_ref().map(|s| s.choice)}
                            on_action={props.on_action.clone()}
                        />
                        if props.missing {
                            <p class="step__error" role="alert" data-testid="missing-answer">{ t.choose_first }</p>
                        }
                    </fieldset>
                    if props.step == StepId::Source {
                        <div class="step__name">
                            <label for="source-name">{ t.source_name_label }</label>
                            <p class="step__name-hint" id="source-name-hint">{ t.source_name_hint }</p>
                            <input id="source-name" class="field" type="text" data-testid="source-name"
                                aria-describedby="source-name-hint"
                                value={props.source_name.clone()} oninput={on_name} />
                        </div>
                    }
                    <details class="step__why">
                        <summary>{ t.why_heading }</summary>
                        <p>{ words.why }</p>
                    </details>
                    <StepNav step={props.step} from_summary={props.from_summary}
                        reveal={props.practice && english && suggestion.is_none()}
                        on_action={props.on_action.clone()} />
                </form>
            </section>
        </div>
    }
}
