//! The root component: holds the one reducer and shows the current screen.

use crate::i18n::Lang;
use crate::session::{Screen, Session};
use crate::ui::components::{PasteScreen, StepScreen, SummaryScreen};
use crate::ui::use_strings;
use yew::prelude::*;

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <ContextProvider<Lang> context={Lang::En}>
            <Shell />
        </ContextProvider<Lang>>
    }
}

#[component]
fn Shell() -> Html {
    let session = use_reducer(Session::default);
    let t = use_strings();
    let on_action = session.dispatcher().to_callback();
    let s = &*session;
    let text = AttrValue::from(s.text.clone());
    let screen = match s.screen {
        Screen::Paste => html! {
            <PasteScreen {text} on_action={on_action.clone()} />
        },
        Screen::Step(step) => html! {
            <StepScreen
                {step}
                {text}
                answer={s.answers.get(step)}
                missing={s.missing_answer}
                from_summary={s.from_summary}
                source_name={AttrValue::from(s.source_name.clone())}
                analysis={s.analysis.clone()}
                on_action={on_action.clone()}
            />
        },
        Screen::Summary => html! {
            <SummaryScreen
                answers={s.answers}
                source_name={AttrValue::from(s.source_name.clone())}
                analysis={s.analysis.clone()}
                {on_action}
            />
        },
    };
    html! {
        <div class="app" lang={t.code} dir={t.dir}>
            <header class="app__header">
                <h1 class="app__title">{ t.app_title }</h1>
                <p class="app__tagline">{ t.tagline }</p>
            </header>
            <main class="app__main" id="main">{ screen }</main>
            <footer class="app__footer"><p>{ t.privacy_note }</p></footer>
        </div>
    }
}
