//! The pasted article beside the question (wide screens) or collapsible
//! above it (narrow screens): page noise collapsed in place, the sentences
//! behind the current suggestion highlighted. The text is only ever
//! rendered as text.

use crate::analysis::{Analysis, Span};
use crate::display::{pieces, Piece};
use crate::i18n::fill;
use crate::session::Action;
use crate::ui::components::NoisePanel;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub text: AttrValue,
    pub analysis: Option<Rc<Analysis>>,
    /// Sentences to highlight.
    pub marks: Rc<[Span]>,
    /// Open on narrow screens (wide screens always show the text).
    pub open: bool,
    pub on_toggle: Callback<()>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ArticlePanel(props: &ArticleProps) -> Html {
    let t = use_strings();
    let text = props.text.as_str();
    let hidden: Vec<(usize, Span)> = props.analysis.as_ref().map_or_else(Vec::new, |a| {
        a.noise
            .iter()
            .enumerate()
            .filter(|(i, _)| !a.restored.contains(i))
            .map(|(i, n)| (i, n.span()))
            .collect()
    });
    let body = pieces(text.len(), &hidden, &props.marks).into_iter().map(|piece| match piece {
        // Blank lines before the first words are not worth a screenful.
        Piece::Text(span) if span.start == 0 => html! { { span.of(text).trim_start_matches(['\n', '\r']).to_string() } },
        Piece::Text(span) => html! { { span.of(text).to_string() } },
        Piece::Mark(span) => html! {
            <mark class="article-panel__mark" id={format!("mark-{}", span.start)} tabindex="-1">
                { span.of(text).to_string() }
            </mark>
        },
        Piece::SetAside(i, _) => {
            let (kind, lines) = props
                .analysis
                .as_ref()
                .and_then(|a| a.noise.get(i))
                .map_or(("", 0), |n| (t.noise_kind(n.kind), n.lines));
            let note = fill(t.aside_inline, &[("kind", kind), ("n", &lines.to_string())]);
            html! { <span class="article-panel__aside" data-testid="aside-inline">{ "[" }{ note }{ "]" }</span> }
        }
    });
    let toggle = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <aside class={if props.open { "article-panel" } else { "article-panel article-panel--collapsed" }}
            aria-labelledby="article-heading">
            <div class="article-panel__bar">
                <h2 class="article-panel__heading" id="article-heading">{ t.article_heading }</h2>
                <button type="button" class="button article-panel__toggle"
                    aria-expanded={props.open.to_string()} aria-controls="article-body"
                    data-testid="article-toggle" onclick={toggle}>
                    { if props.open { t.article_hide } else { t.article_show } }
                </button>
            </div>
            <div class="article-panel__body" id="article-body">
                if let Some(a) = &props.analysis {
                    <NoisePanel analysis={a.clone()} text={props.text.clone()} on_action={props.on_action.clone()} />
                }
                <div class="article-panel__text" data-testid="article-text" tabindex="0"
                    role="region" aria-label={t.article_heading}>
                    { for body }
                </div>
            </div>
        </aside>
    }
}
