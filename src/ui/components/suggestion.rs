//! The app's suggestion for one question: the choice, the reason in a
//! sentence, and the sentences behind it, each a button that shows it in
//! the article.

use crate::analysis::Suggestion;
use crate::i18n::fill;
use crate::ui::components::excerpt;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SuggestionProps {
    pub suggestion: Rc<Suggestion>,
    pub text: AttrValue,
    /// Show the sentence starting at this byte in the article.
    pub on_show: Callback<usize>,
}

#[component]
pub fn SuggestionBox(props: &SuggestionProps) -> Html {
    let t = use_strings();
    let s = &props.suggestion;
    html! {
        <section class="suggestion" aria-labelledby="suggestion-heading" data-testid="suggestion">
            <h3 class="suggestion__heading" id="suggestion-heading">
                { t.suggestion_heading }{ ": " }
                <span class="suggestion__choice" data-testid="suggested-choice">{ t.choice(s.choice).label }</span>
            </h3>
            <p class="suggestion__reason" data-testid="suggestion-reason">{ t.reason(&s.reason) }</p>
            if !s.sentences.is_empty() {
                <p class="suggestion__behind" id="behind-heading">{ t.behind_heading }</p>
                <ol class="suggestion__sentences" aria-labelledby="behind-heading">
                    { for s.sentences.iter().map(|span| {
                        let sentence = excerpt(span.of(&props.text), 140);
                        let label = fill(t.go_to_sentence, &[("sentence", &sentence)]);
                        let start = span.start;
                        let onclick = props.on_show.reform(move |_: MouseEvent| start);
                        html! {
                            <li key={start}>
                                <button type="button" class="link-button suggestion__sentence"
                                    aria-label={label} data-testid="behind-sentence" {onclick}>
                                    { "“" }{ sentence }{ "”" }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
