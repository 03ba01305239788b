//! The root component: the one reducer, the screen it is on, and the
//! effects around it (saving, the document's language, the host page).

use crate::i18n::{Lang, Strings};
use crate::json::{obj, ToJson, Value};
use crate::persist::{Saved, LINK_ANSWERS, LINK_WITH_TEXT};
use crate::report::answers_json;
use crate::score::score;
use crate::session::{Action, Mode, Screen, Session};
use crate::ui::browser;
use crate::ui::components::{Header, Notices, PasteScreen, StepScreen, SummaryScreen};
use crate::ui::notice::Notice;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Storage keys: the session without its text, and the text on its own
/// (so that answering does not rewrite a long article each time).
pub const STATE_KEY: &str = "evidence-checklist:state";
pub const TEXT_KEY: &str = "evidence-checklist:text";

/// Where the first screen comes from, and what to tell the reader about it.
struct Start {
    session: Session,
    notices: Vec<Notice>,
    /// A share link whose article must be decompressed first.
    pending_link: Option<String>,
}

fn first_session() -> Start {
    let mut notices = Vec::new();
    let mut pending_link = None;
    let fragment = browser::fragment();
    let mut session = if let Some(payload) = fragment.strip_prefix(LINK_ANSWERS) {
        browser::clear_fragment();
        match browser::from_base64url(payload).and_then(|b| Saved::from_bytes(&b).ok()) {
            Some(saved) => {
                notices.push(Notice::LinkAnswersOnly);
                saved.into_session()
            }
            None => {
                notices.push(Notice::LinkBroken);
                Session::default()
            }
        }
    } else {
        if let Some(payload) = fragment.strip_prefix(LINK_WITH_TEXT) {
            pending_link = Some(payload.to_string());
        }
        restore_saved(&mut notices)
    };
    // The URL chooses the language and, for new work, the mode.
    let lang = browser::url_param("lang")
        .and_then(|l| Lang::from_tag(&l))
        .or_else(|| restored_language(&session))
        .or_else(|| browser::browser_language().and_then(|l| Lang::from_tag(&l)))
        .unwrap_or_default();
    session.lang = lang;
    if let Some(mode) = browser::url_param("mode").and_then(|m| Mode::from_id(&m)) {
        if session.screen == Screen::Paste && mode != session.mode {
            session = session.apply(Action::SetMode(mode)).unwrap_or(session);
        }
    }
    Start {
        session,
        notices,
        pending_link,
    }
}

/// The language of restored work, when there was any.
fn restored_language(session: &Session) -> Option<Lang> {
    (session != &Session::default()).then_some(session.lang)
}

/// Work saved in this browser, if any can be read.
fn restore_saved(notices: &mut Vec<Notice>) -> Session {
    let state = browser::load(STATE_KEY);
    let text = browser::load(TEXT_KEY);
    match (state, text) {
        (Err(_), _) | (_, Err(_)) => {
            notices.push(Notice::SavingOff);
            Session::default()
        }
        (Ok(None), _) => Session::default(),
        (Ok(Some(json)), Ok(text)) => match Saved::from_json(&json) {
            Ok(mut saved) => {
                saved.text = text.unwrap_or_default();
                let session = saved.into_session();
                if !session.text.is_empty() || session.screen != Screen::Paste {
                    notices.push(Notice::Resumed);
                }
                session
            }
            Err(_) => {
                browser::forget(STATE_KEY);
                browser::forget(TEXT_KEY);
                notices.push(Notice::SavedUnreadable);
                Session::default()
            }
        },
    }
}

/// Opens a share link that carries the article: decompress, read, load.
/// The reader keeps their own language (from the URL or the browser), not
/// the sender's.
fn open_link(
    payload: String,
    lang: Lang,
    dispatch: Callback<Action>,
    notices: UseStateHandle<Vec<Notice>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        browser::clear_fragment();
        let saved = match browser::from_base64url(&payload) {
            Some(bytes) => browser::decompress(&bytes)
                .await
                .ok()
                .and_then(|b| Saved::from_bytes(&b).ok()),
            None => None,
        };
        let mut list = (*notices).clone();
        match saved {
            Some(saved) => {
                let session = Session {
                    lang,
                    ..saved.into_session()
                };
                dispatch.emit(Action::Load(Rc::new(session)));
                list.retain(|n| *n != Notice::Resumed);
                list.push(Notice::LinkOpened);
            }
            None => list.push(Notice::LinkBroken),
        }
        notices.set(list);
    });
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| first_session());
    let session = use_reducer(|| start.session.clone());
    let notices = use_state(|| start.notices.clone());
    let on_action = session.dispatcher().to_callback();
    let lang = session.lang;
    let t: &'static Strings = lang.strings();

    // A share link with the article inside opens once, after the first render.
    {
        let pending = start.pending_link.clone();
        let on_action = on_action.clone();
        let notices = notices.clone();
        use_effect_with((), move |_| {
            if let Some(payload) = pending {
                open_link(payload, lang, on_action, notices);
            }
        });
    }

    // The document speaks the interface language.
    use_effect_with(lang, move |lang| {
        let s = lang.strings();
        browser::set_document_language(s.code, s.dir);
    });

    use_saving(&session, notices.clone());
    use_host_messages(&session);

    let s = &*session;
    let text = AttrValue::from(s.text.clone());
    let screen = match s.screen {
        Screen::Paste => html! {
            <PasteScreen {text} mode={s.mode} on_action={on_action.clone()} />
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
                show_suggestion={s.shows_suggestion(step)}
                practice={s.mode == Mode::Practice}
                on_action={on_action.clone()}
            />
        },
        Screen::Summary => html! {
            <SummaryScreen session={Rc::new(s.clone())} on_action={on_action.clone()} />
        },
    };
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |n: Notice| {
            let mut list = (*notices).clone();
            list.retain(|x| *x != n);
            notices.set(list);
        })
    };
    let on_start_over = {
        let on_action = on_action.clone();
        Callback::from(move |_| {
            browser::forget(STATE_KEY);
            browser::forget(TEXT_KEY);
            on_action.emit(Action::Restart);
        })
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="app">
                <Header
                    {lang}
                    can_start_over={*s != Session { lang: s.lang, mode: s.mode, ..Session::default() }}
                    on_action={on_action.clone()}
                    {on_start_over}
                />
                <Notices notices={Rc::new((*notices).clone())} {on_dismiss} />
                <main class="app__main" id="main">{ screen }</main>
                <footer class="app__footer"><p>{ t.privacy_note }</p></footer>
            </div>
        </ContextProvider<Lang>>
    }
}

/// Keeps the work in localStorage as the reader goes: the session at once,
/// the text a moment after typing stops. Says once when saving is off.
#[hook]
fn use_saving(session: &UseReducerHandle<Session>, notices: UseStateHandle<Vec<Notice>>) {
    let text_timer = use_mut_ref(|| None::<Timeout>);
    let said_off = use_mut_ref(|| notices.contains(&Notice::SavingOff));
    let saved_text = use_mut_ref(|| None::<Rc<str>>);
    let s = (**session).clone();
    use_effect_with(s, move |s| {
        crate::ui::crash::remember(&s.text, s.lang);
        let failed = {
            let notices = notices.clone();
            let said_off = said_off.clone();
            move || {
                if !*said_off.borrow() {
                    *said_off.borrow_mut() = true;
                    let mut list = (*notices).clone();
                    list.push(Notice::SavingOff);
                    notices.set(list);
                }
            }
        };
        if browser::save(STATE_KEY, &Saved::of(s, false).to_json()).is_err() {
            failed();
        }
        let unchanged = saved_text
            .borrow()
            .as_ref()
            .is_some_and(|t| Rc::ptr_eq(t, &s.text) || **t == *s.text);
        if !unchanged {
            let text = s.text.clone();
            let saved_text = saved_text.clone();
            let failed = failed.clone();
            // Replacing the timer cancels the previous one.
            *text_timer.borrow_mut() = Some(Timeout::new(400, move || {
                if browser::save(TEXT_KEY, &text).is_err() {
                    failed();
                }
                *saved_text.borrow_mut() = Some(text);
            }));
        }
    });
}

/// Messages to the host page, when the app is embedded with `?origin=`:
/// the result each time the summary is reached, and the content height
/// whenever it changes. Incoming messages are read only from that origin.
#[hook]
fn use_host_messages(session: &UseReducerHandle<Session>) {
    let origin = use_memo((), |_| browser::host_origin());
    let at_summary = session.screen == Screen::Summary;
    let answers = session.answers;
    {
        let origin = origin.clone();
        use_effect_with((at_summary, answers), move |(at_summary, answers)| {
            if let (true, Some(origin)) = (*at_summary, origin.as_ref()) {
                let s = score(answers);
                let message = obj(vec![
                    ("type", Value::from("evidence-checklist:result")),
                    ("version", crate::report::FORMAT_VERSION.to_json()),
                    ("score", s.total.to_json()),
                    ("band", s.band.to_json()),
                    ("answers", answers_json(answers)),
                ]);
                browser::post_to_host(origin, &message.to_string());
            }
        });
    }
    use_effect_with((), move |_| {
        let mut cleanup: Option<Box<dyn FnOnce()>> = None;
        if let Some(origin) = origin.as_ref().clone() {
            // Posts the height when it changed, or always when asked.
            let post_height = {
                let origin = origin.clone();
                let last = std::cell::Cell::new(-1);
                move |always: bool| {
                    let h = browser::content_height();
                    if always || h != last.get() {
                        last.set(h);
                        let msg =
                            format!("{{\"type\":\"evidence-checklist:height\",\"height\":{h}}}");
                        browser::post_to_host(&origin, &msg);
                    }
                }
            };
            let post_height = Rc::new(post_height);
            let observer = {
                let post_height = post_height.clone();
                let callback = Closure::<dyn FnMut()>::new(move || post_height(false));
                let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
                if let (Some(o), Some(root)) = (
                    &observer,
                    browser::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.document_element()),
                ) {
                    o.observe(&root);
                }
                (observer, callback)
            };
            // Incoming: only from the host's origin; a request for the
            // height is the one message understood.
            let on_message = {
                let post_height = post_height.clone();
                Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    if e.origin() != origin {
                        return;
                    }
                    let kind = js_sys::Reflect::get(&e.data(), &"type".into())
                        .ok()
                        .and_then(|v| v.as_string());
                    if kind.as_deref() == Some("evidence-checklist:request-height") {
                        post_height(true);
                    }
                })
            };
            if let Some(w) = browser::window() {
                let _ = w.add_event_listener_with_callback(
                    "message",
                    on_message.as_ref().unchecked_ref(),
                );
            }
            cleanup = Some(Box::new(move || {
                if let Some(o) = &observer.0 {
                    o.disconnect();
                }
                if let Some(w) = browser::window() {
                    let _ = w.remove_event_listener_with_callback(
                        "message",
                        on_message.as_ref().unchecked_ref(),
                    );
                }
                drop(observer.1);
            }));
        }
        move || {
            if let Some(c) = cleanup {
                c();
            }
        }
    });
}
