//! If the app ever panics, the reader sees "Something went wrong — your
//! text is safe" with a way to reload, and the text is written to storage
//! first. The page is then left as it was under the message, since the
//! WebAssembly cannot go on after a panic.

use crate::i18n::Lang;
use crate::ui::browser;
use crate::ui::TEXT_KEY;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The latest text and language, for the panic hook to keep.
    static LAST: RefCell<(Rc<str>, Lang)> = RefCell::new((Rc::from(""), Lang::En));
}

/// Records what the panic hook must keep (cheap: an `Rc` clone).
pub fn remember(text: &Rc<str>, lang: Lang) {
    LAST.with(|last| *last.borrow_mut() = (text.clone(), lang));
}

/// Installs the hook. Called once, before the app renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let (text, lang) = LAST.with(|last| last.borrow().clone());
        if !text.is_empty() {
            let _ = browser::save(TEXT_KEY, &text);
        }
        web_sys::console::error_1(&info.to_string().into());
        show(lang);
    }));
}

/// Puts the message over the page, with a reload button that has the focus.
fn show(lang: Lang) {
    let t = lang.strings();
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let panel = document.create_element("div")?;
        panel.set_class_name("crash");
        panel.set_attribute("role", "alertdialog")?;
        panel.set_attribute("aria-labelledby", "crash-message")?;
        panel.set_attribute("data-testid", "crash")?;
        panel.set_attribute("lang", t.code)?;
        panel.set_attribute("dir", t.dir)?;
        let message = document.create_element("p")?;
        message.set_id("crash-message");
        message.set_text_content(Some(t.crash_message));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_class_name("button button--primary");
        button.set_text_content(Some(t.reload));
        let reload = Closure::<dyn FnMut()>::new(browser::reload);
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())?;
        reload.forget(); // lives as long as the page
        panel.append_child(&message)?;
        panel.append_child(&button)?;
        body.append_child(&panel)?;
        if let Ok(b) = button.dyn_into::<web_sys::HtmlElement>() {
            let _ = b.focus();
        }
        Ok(())
    };
    let _ = build();
}
