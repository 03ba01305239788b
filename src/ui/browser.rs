//! The browser's side of things, in one place: URL parameters, storage,
//! the clipboard, compression for share links, downloads, and messages to
//! a host page. Every call that can fail returns a `Result` or an
//! `Option`; nothing here panics when the browser says no.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, ReadableStream, ReadableWritablePair, Response, Storage,
    UrlSearchParams, Window, WritableStream,
};

// The Compression Streams API (in every current browser); web-sys only
// offers it behind an unstable flag, so it is declared here.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The browser refused: storage disabled or full, clipboard not allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

pub fn window() -> Option<Window> {
    web_sys::window()
}

/// The value of a URL parameter (`?lang=es`).
pub fn url_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The URL fragment without its `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar (after a link was opened), so
/// a reload does not open it again over newer work.
pub fn clear_fragment() {
    if let Some(w) = window() {
        let loc = w.location();
        let url = format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        );
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The page's address without fragment, for share links.
pub fn page_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// The browser's preferred language tag ("es-MX").
pub fn browser_language() -> Option<String> {
    window()?.navigator().language()
}

/// Sets `lang` and `dir` on the document, so the whole page (and screen
/// readers) follow the interface language.
pub fn set_document_language(code: &str, dir: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
        let _ = el.set_attribute("dir", dir);
    }
}

/// localStorage, when the browser allows it.
fn storage() -> Result<Storage, Refused> {
    window()
        .ok_or(Refused)?
        .local_storage()
        .map_err(|_| Refused)?
        .ok_or(Refused)
}

/// Reads a stored value. `Err` when storage is off; `Ok(None)` when empty.
pub fn load(key: &str) -> Result<Option<String>, Refused> {
    storage()?.get_item(key).map_err(|_| Refused)
}

/// Stores a value. `Err` when storage is off or full.
pub fn save(key: &str, value: &str) -> Result<(), Refused> {
    storage()?.set_item(key, value).map_err(|_| Refused)
}

/// Forgets a stored value (quietly: there is nothing to do if it fails).
pub fn forget(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Copies text to the clipboard. `Err` when the page may not (an iframe
/// without permission, an old browser).
pub async fn copy(text: &str) -> Result<(), Refused> {
    let clipboard = window().ok_or(Refused)?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| Refused)
}

fn blob_of(bytes: &[u8], mime: &str) -> Result<Blob, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes).into());
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &bag)
}

/// Runs bytes through the browser's own (de)compression: no compression
/// code in the app's WebAssembly.
async fn transform(bytes: &[u8], compress: bool) -> Result<Vec<u8>, JsValue> {
    let blob = blob_of(bytes, "application/octet-stream")?;
    let pair = if compress {
        let c = CompressionStream::new("deflate-raw")?;
        ReadableWritablePair::new(&c.readable(), &c.writable())
    } else {
        let d = DecompressionStream::new("deflate-raw")?;
        ReadableWritablePair::new(&d.readable(), &d.writable())
    };
    let stream = blob.stream().pipe_through(&pair);
    let response = Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    transform(bytes, true).await
}

pub async fn decompress(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    transform(bytes, false).await
}

/// Bytes as base64url without padding (RFC 4648 §5), for a URL fragment.
/// The browser's own `btoa` does the work, so the app carries no base64
/// code: each byte becomes one character U+0000 to U+00FF, the "binary
/// string" `btoa` takes.
pub fn to_base64url(bytes: &[u8]) -> String {
    let binary: String = bytes.iter().map(|&b| char::from(b)).collect();
    let Some(Ok(b64)) = window().map(|w| w.btoa(&binary)) else {
        return String::new();
    };
    b64.trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect()
}

/// The bytes back from base64url (padding optional), or `None` when the
/// text is not base64url.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
    {
        return None;
    }
    let mut b64: String = text
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while b64.len() % 4 != 0 {
        b64.push('=');
    }
    let binary = window()?.atob(&b64).ok()?;
    // `atob` gives one character per byte, each at most U+00FF.
    binary.chars().map(|c| u8::try_from(c).ok()).collect()
}

/// Offers `text` as a file download.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let blob = blob_of(text.as_bytes(), mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// The host page's origin, from `?origin=`: only an http(s) origin, never
/// "*" or a path. Messages go there and nowhere else.
pub fn host_origin() -> Option<String> {
    let given = url_param("origin")?;
    let url = web_sys::Url::new(&given).ok()?;
    let origin = url.origin();
    let ok = (url.protocol() == "https:" || url.protocol() == "http:")
        && given.trim_end_matches('/') == origin;
    ok.then_some(origin)
}

/// Posts a JSON message to the host page, with exactly its origin as the
/// target. Nothing is sent when the app is not in a frame.
pub fn post_to_host(origin: &str, json: &str) {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    if let Ok(message) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&message, origin);
    }
}

/// The height of the page's content, in CSS pixels.
pub fn content_height() -> i32 {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.scroll_height())
        .unwrap_or(0)
}
