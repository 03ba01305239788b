//! The pasted article beside the question (wide screens) or collapsible
//! above it (narrow screens). The text is only ever rendered as text.

use crate::ui::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub text: AttrValue,
}

#[component]
pub fn ArticlePanel(props: &ArticleProps) -> Html {
    let t = use_strings();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <aside class={classes!("article-panel", (!*open).then_some("article-panel--collapsed"))}
            aria-labelledby="article-heading">
            <div class="article-panel__bar">
                <h2 class="article-panel__heading" id="article-heading">{ t.article_heading }</h2>
                <button type="button" class="button article-panel__toggle"
                    aria-expanded={(*open).to_string()} aria-controls="article-text"
                    data-testid="article-toggle" onclick={toggle}>
                    { if *open { t.article_hide } else { t.article_show } }
                </button>
            </div>
            <div class="article-panel__text" id="article-text" data-testid="article-text" tabindex="0"
                role="region" aria-label={t.article_heading}>
                { props.text.to_string() }
            </div>
        </aside>
    }
}
