//! The choices of one question: native radio buttons with visible labels.

use crate::checklist::{Choice, StepId};
use crate::session::Action;
use crate::ui::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceListProps {
    pub step: StepId,
    pub answer: Option<Choice>,
    /// The app's suggestion, marked beside its choice.
    pub suggested: Option<Choice>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ChoiceList(props: &ChoiceListProps) -> Html {
    let t = use_strings();
    let name = format!("step-{}", props.step.id());
    html! {
        <ul class="choices" role="none">
            { for props.step.choices().iter().map(|choice| {
                let choice = *choice;
                let id = format!("choice-{}", choice.id());
                let hint_id = format!("{id}-hint");
                let words = t.choice(choice);
                let onchange = props.on_action.reform(move |_: Event| Action::Answer(choice));
                html! {
                    <li class="choices__item" key={choice.id()} role="none">
                        <input
                            type="radio"
                            class="choices__radio"
                            id={id.clone()}
                            name={name.clone()}
                            value={choice.id()}
                            data-testid={id.clone()}
                            checked={props.answer == Some(choice)}
                            aria-describedby={(!words.hint.is_empty()).then(|| hint_id.clone())}
                            {onchange}
                        />
                        <label class="choices__label" for={id}>
                            <span class="choices__text">
                                { words.label }
                                if props.suggested == Some(choice) {
                                    { " " }<span class="choices__badge" data-testid="suggested-badge">{ t.suggested_badge }</span>
                                }
                            </span>
                            if !words.hint.is_empty() {
                                <span class="choices__hint" id={hint_id}>{ words.hint }</span>
                            }
                        </label>
                    </li>
                }
            }) }
        </ul>
    }
}
