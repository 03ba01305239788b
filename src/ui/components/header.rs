//! The page header: title, language switch, and "Start over" with its
//! confirmation.

use crate::i18n::Lang;
use crate::session::Action;
use crate::ui::hooks::use_focus_on;
use crate::ui::use_strings;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// There is work to clear.
    pub can_start_over: bool,
    pub on_action: Callback<Action>,
    /// Confirmed: clear everything, storage included.
    pub on_start_over: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_strings();
    let asking = use_state(|| false);
    let onchange = props.on_action.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Action::SetLang(Lang::from_tag(&select.value()).unwrap_or_default())
    });
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let confirm = {
        let asking = asking.clone();
        let on_start_over = props.on_start_over.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            on_start_over.emit(());
        })
    };
    html! {
        <header class="header">
            <div class="header__titles">
                <h1 class="header__title">{ t.app_title }</h1>
                <p class="header__tagline">{ t.tagline }</p>
            </div>
            <div class="header__tools">
                <label class="header__lang">
                    <span>{ t.language_label }</span>
                    <select class="field" data-testid="language" {onchange}>
                        { for Lang::ALL.iter().map(|l| {
                            let s = l.strings();
                            html! { <option value={s.code} lang={s.code} selected={*l == props.lang}>{ s.native_name }</option> }
                        }) }
                    </select>
                </label>
                if props.can_start_over && !*asking {
                    <button type="button" class="button" data-testid="start-over" onclick={ask}>{ t.start_over }</button>
                }
            </div>
            if *asking {
                <ConfirmStartOver {confirm} {cancel} />
            }
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct ConfirmProps {
    confirm: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
}

/// "Start over?" with Yes and Cancel; the question takes the focus.
#[component]
fn ConfirmStartOver(props: &ConfirmProps) -> Html {
    let t = use_strings();
    let question = use_focus_on(());
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-question" data-testid="confirm-start-over">
            <p id="confirm-question" class="confirm__question" tabindex="-1" ref={question}>{ t.start_over_confirm }</p>
            <div class="confirm__actions">
                <button type="button" class="button button--danger" data-testid="confirm-yes" onclick={props.confirm.clone()}>{ t.confirm_yes }</button>
                <button type="button" class="button" data-testid="confirm-cancel" onclick={props.cancel.clone()}>{ t.cancel }</button>
            </div>
        </div>
    }
}
