//! The score, its band, and a breakdown that explains each part, shows
//! where the reader and the app's suggestion differ, and links back to
//! change the answer.

use crate::i18n::fill;
use crate::score::score;
use crate::session::{Action, Mode, Session};
use crate::ui::components::SharePanel;
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub session: Rc<Session>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SummaryScreen(props: &SummaryProps) -> Html {
    let t = use_strings();
    let heading = use_focus_on(());
    let session = &props.session;
    let s = score(&session.answers);
    let practice = session.mode == Mode::Practice;
    let band = t.band(s.band);
    let restart = props.on_action.reform(|_: MouseEvent| Action::Restart);
    // The app's suggestions, where the reader has seen them.
    let suggested = |step| session.shown_suggestion(step).map(|x| x.choice);
    let agreed = s
        .parts
        .iter()
        .filter(|p| suggested(p.step).is_some_and(|c| p.choice == Some(c)))
        .count();
    let agree = session.differences().is_empty();
    let mut hedges: Vec<&str> = session
        .analysis
        .as_ref()
        .filter(|a| a.english)
        .map_or_else(Vec::new, |a| {
            a.hedges.iter().map(|h| h.text.as_str()).collect()
        });
    crate::order::sort_by(&mut hedges, |a, b| {
        a.to_ascii_lowercase().cmp(&b.to_ascii_lowercase())
    });
    hedges.dedup_by_key(|h| h.to_ascii_lowercase());
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="summary__heading" tabindex="-1" ref={heading}>{ t.summary_heading }</h2>
            <div class={format!("summary__result summary__result--{}", s.band.id())}>
                <p class="summary__score">
                    <span class="summary__label">{ t.score_label }{ ": " }</span>
                    <span class="summary__number" data-testid="score">{ s.total }</span>
                    <span class="summary__outof">{ " " }{ t.out_of }</span>
                </p>
                <p class="summary__band" data-testid="band">{ band.name }</p>
                <p class="summary__meaning">{ band.meaning }</p>
            </div>
            if !session.source_name.trim().is_empty() {
                <p class="summary__source">{ fill(t.source_named_as, &[("name", session.source_name.trim())]) }</p>
            }
            if practice && session.analysis.as_ref().is_some_and(|a| a.english) {
                <p class="summary__agree" data-testid="practice-summary">
                    { fill(t.practice_summary, &[("n", &agreed.to_string()), ("total", &s.parts.len().to_string())]) }
                </p>
            } else if session.analysis.as_ref().is_some_and(|a| a.english) && agree {
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
                                    } else if practice && suggested(part.step).is_some() {
                                        <span class="summary__differs" data-testid={format!("agrees-{}", part.step.id())}>
                                            { t.you_agree_one }
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
            <SharePanel session={session.clone()} />
            <section class="summary__article print-only" aria-hidden="true">
                <h3>{ t.article_heading }</h3>
                <p>{ session.analysis.as_ref().map_or(&*session.text, |a| a.body.of(&session.text)).to_string() }</p>
            </section>
            <button type="button" class="button button--primary summary__restart" data-testid="restart" onclick={restart}>
                { t.check_another }
            </button>
        </section>
    }
}
