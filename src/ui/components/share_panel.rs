//! Share, export and print: a link that carries the work (the article
//! compressed into the fragment, which browsers never send), the answers
//! alone, a Markdown report, the full result as JSON, and printing.

use crate::i18n::fill;
use crate::persist::{Saved, LINK_ANSWERS, LINK_WITH_TEXT};
use crate::report::{markdown, result_json};
use crate::session::Session;
use crate::ui::browser;
use crate::ui::use_strings;
use std::rc::Rc;
use yew::prelude::*;

/// Longer links are hard to paste into a message or an assignment.
pub const MAX_LINK: usize = 8_000;

#[derive(Clone, PartialEq)]
enum Status {
    None,
    LinkCopied,
    AnswersLinkCopied,
    TooLong(usize),
    TextCopied,
    /// The clipboard is not available: the text to copy by hand.
    CopyByHand(Rc<str>),
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub session: Rc<Session>,
}

fn answers_link(session: &Session) -> String {
    let json = Saved::of(session, false).to_json();
    format!(
        "{}#{}{}",
        browser::page_url(),
        LINK_ANSWERS,
        browser::to_base64url(json.as_bytes())
    )
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = use_strings();
    let status = use_state(|| Status::None);

    // Copies `text`; on failure shows it for copying by hand.
    let copy_then = |status: UseStateHandle<Status>, text: String, ok: Status| {
        wasm_bindgen_futures::spawn_local(async move {
            match browser::copy(&text).await {
                Ok(()) => status.set(ok),
                Err(_) => status.set(Status::CopyByHand(Rc::from(text))),
            }
        });
    };

    let on_link = {
        let session = props.session.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let session = session.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let json = Saved::of(&session, true).to_json();
                match browser::compress(json.as_bytes()).await {
                    Ok(bytes) => {
                        let link = format!(
                            "{}#{}{}",
                            browser::page_url(),
                            LINK_WITH_TEXT,
                            browser::to_base64url(&bytes)
                        );
                        if link.len() > MAX_LINK {
                            status.set(Status::TooLong(link.len()));
                        } else {
                            copy_then(status, link, Status::LinkCopied);
                        }
                    }
                    // No compression in this browser: only the answers travel.
                    Err(_) => status.set(Status::TooLong(json.len())),
                }
            });
        })
    };
    let on_answers_link = {
        let session = props.session.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            copy_then(
                status.clone(),
                answers_link(&session),
                Status::AnswersLinkCopied,
            )
        })
    };
    let on_text = {
        let session = props.session.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            copy_then(status.clone(), markdown(&session), Status::TextCopied)
        })
    };
    let on_json = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download(
                "evidence-checklist.json",
                &result_json(&session),
                "application/json",
            );
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());

    let message = match &*status {
        Status::None | Status::CopyByHand(_) => None,
        Status::LinkCopied => Some(t.link_copied.to_string()),
        Status::AnswersLinkCopied => Some(t.answers_link_copied.to_string()),
        Status::TooLong(n) => Some(fill(t.link_too_long, &[("n", &n.to_string())])),
        Status::TextCopied => Some(t.text_copied.to_string()),
    };
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h3 id="share-heading" class="share-panel__heading">{ t.share_heading }</h3>
            <div class="share-panel__buttons">
                <button type="button" class="button" data-testid="copy-link" onclick={on_link}>{ t.copy_link }</button>
                <button type="button" class="button" data-testid="copy-answers-link" onclick={on_answers_link}>{ t.copy_link_answers }</button>
                <button type="button" class="button" data-testid="copy-text" onclick={on_text}>{ t.copy_text }</button>
                <button type="button" class="button" data-testid="download-json" onclick={on_json}>{ t.download_json }</button>
                <button type="button" class="button" data-testid="print" onclick={on_print}>{ t.print }</button>
            </div>
            <p class="share-panel__status" role="status" aria-live="polite" data-testid="share-status">
                { message.unwrap_or_default() }
            </p>
            if let Status::CopyByHand(text) = &*status {
                <label class="share-panel__manual">
                    <span>{ t.copy_failed }</span>
                    <textarea readonly=true rows="4" data-testid="copy-by-hand" value={AttrValue::from(text.clone())} />
                </label>
            }
        </section>
    }
}
