//! The score, its band, and a breakdown that explains each part, shows
//! where the reader and the app's suggestion differ, and links back to
//! change the answer.

use crate::analysis::Analysis;
use crate::checklist::Answers;
use crate::i18n::fill;
use crate::score::score;
use crate::session::Action;
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub answers: Answers,
    pub source_name: AttrValue,
    pub analysis: Option<Rc<Analysis>>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SummaryScreen(props: &SummaryProps) -> Html {
    let t = use_strings();
    let heading = use_focus_on(());
    let s = score(&props.answers);
    let band = t.band(s.band);
    let restart = props.on_action.reform(|_: MouseEvent| Action::Restart);
    let suggested = |step| {
        props
            .analysis
            .as_ref()
            .and_then(|a| a.suggested.for_step(step))
            .map(|x| x.choice)
    };
    let agree = s
        .parts
        .iter()
        .all(|p| suggested(p.step).is_none_or(|c| p.choice == Some(c)));
    let mut hedges: Vec<&str> = props.analysis.as_ref().map_or_else(Vec::new, |a| {
        a.hedges.iter().map(|h| h.text.as_str()).collect()
    });
    hedges.sort_unstable_by_key(|h| h.to_ascii_lowercase());
    hedges.dedup_by_key(|h| h.to_ascii_lowercase());
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="summary__heading" tabindex="-1" ref={heading}>{ t.summary_heading }</h2>
            <div class={classes!("summary__result", format!("summary__result--{}", s.band.id()))}>
                <p class="summary__score">
                    <span class="summary__label">{ t.score_label }{ ": " }</span>
                    <span class="summary__number" data-testid="score">{ s.total }</span>
                    <span class="summary__outof">{ " " }{ t.out_of }</span>
                </p>
                <p class="summary__band" data-testid="band">{ band.name }</p>
                <p class="summary__meaning">{ band.meaning }</p>
            </div>
            if !props.source_name.trim().is_empty() {
                <p class="summary__source">{ fill(t.source_named_as, &[("name", props.source_name.trim())]) }</p>
            }
            if props.analysis.is_some() && agree {
                <p class="summary__agree" data-testid="agree">{ t.you_agree }</p>
            }
            <table class="summary__table">
                <caption class="summary__caption">{ t.score_explainer }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_question }</th>
                        <th scope="col">{ t.col_answer }</th>
                        <th scope="col">{ t.col_points }</th>
                        <th scope="col">{ t.col_why }</th>
                    </tr>
                </thead>
                <tbody>
                    { for s.parts.iter().map(|part| {
                        let q = t.step(part.step).question;
                        let change = props.on_action.reform({
                            let step = part.step;
                            move |_: MouseEvent| Action::Change(step)
                        });
                        let differs = suggested(part.step).filter(|c| part.choice != Some(*c));
                        html! {
                            <tr data-testid={format!("part-{}", part.step.id())}>
                                <th scope="row">{ q }</th>
                                <td>
                                    { part.choice.map_or(t.not_answered, |c| t.choice(c).label) }
                                    if let Some(c) = differs {
                                        <span class="summary__differs" data-testid={format!("differs-{}", part.step.id())}>
                                            { fill(t.app_suggested, &[("choice", t.choice(c).label)]) }
                                        </span>
                                    }
                                </td>
                                <td class="summary__points">{ format!("{} / {}", part.points, part.max) }</td>
                                <td>
                                    { part.choice.map_or("", |c| t.choice(c).reason) }
                                    { " " }
                                    <button type="button" class="link-button" onclick={change}
                                        data-testid={format!("change-{}", part.step.id())}
                                        aria-label={fill(t.change_label, &[("question", q)])}>
                                        { t.change }
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if !hedges.is_empty() {
                <p class="summary__hedges" data-testid="hedges">
                    { t.hedges_heading }{ ": " }{ hedges.join(", ") }
                </p>
            }
            <button type="button" class="button button--primary" data-testid="restart" onclick={restart}>
                { t.check_another }
            </button>
        </section>
    }
}
