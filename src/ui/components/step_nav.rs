//! Back and Next under a question (and "See the score" when the reader came
//! from the summary).

use crate::checklist::StepId;
use crate::session::Action;
use crate::ui::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub step: StepId,
    pub from_summary: bool,
    /// Practice mode, before the app's answer is shown: the main button
    /// checks the answer instead of moving on.
    pub reveal: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let t = use_strings();
    let last = props.step == StepId::Evidence;
    let onback = props.on_action.reform(|_: MouseEvent| Action::Back);
    let onsummary = props.on_action.reform(|_: MouseEvent| Action::ToSummary);
    html! {
        <div class="step-nav">
            <button type="button" class="button" data-testid="back" onclick={onback}>{ t.back }</button>
            // Next is the form's submit button: Enter on a choice moves on.
            <button type="submit" class="button button--primary" data-testid="next">
                { if props.reveal { t.reveal } else if last { t.to_summary } else { t.next } }
            </button>
            if props.from_summary && !last && !props.reveal {
                <button type="button" class="button" data-testid="to-summary" onclick={onsummary}>{ t.to_summary }</button>
            }
        </div>
    }
}
