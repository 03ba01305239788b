//! One-time messages, each with a close button; announced politely.

use crate::ui::notice::Notice;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Rc<Vec<Notice>>,
    pub on_dismiss: Callback<Notice>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let t = use_strings();
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().map(|n| {
                let n = *n;
                let onclick = props.on_dismiss.reform(move |_: MouseEvent| n);
                html! {
                    <p key={n.id()} class={if n.is_warning() { "notice notice--warning" } else { "notice" }} data-testid={n.id()}>
                        <span>{ n.text(t) }</span>
                        { " " }
                        <button type="button" class="link-button notice__close" aria-label={t.hide} {onclick}>{ "×" }</button>
                    </p>
                }
            }) }
        </div>
    }
}
