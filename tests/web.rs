//! Browser tests of the components' wiring: mount the app, type, click,
//! read the DOM. Run by `./x test` with wasm-bindgen-test in headless
//! Chromium; they wait with `yew::scheduler::flush()`, never with sleeps.
#![cfg(target_arch = "wasm32")]

use evidence_checklist::checklist::{Answers, Choice, StepId};
use evidence_checklist::score::score;
use evidence_checklist::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlButtonElement, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app in its own element (with no saved work to resume).
async fn mount() -> Element {
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        storage.clear().unwrap();
    }
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, test_id: &str) -> HtmlElement {
    root.query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into()
        .unwrap()
}

async fn type_text(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = find(root, "article-input").dyn_into().unwrap();
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &Element, test_id: &str) {
    find(root, test_id).click();
    yew::scheduler::flush().await;
}

fn heading_text(root: &Element) -> String {
    root.query_selector("#step-heading")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn start_is_disabled_while_the_text_is_blank_and_says_why() {
    let root = mount().await;
    let start: HtmlButtonElement = find(&root, "start").dyn_into().unwrap();
    assert!(start.disabled());
    assert!(root.text_content().unwrap().contains("the box is empty"));

    type_text(&root, "   \n  ").await;
    assert!(start.disabled(), "whitespace only is still blank");

    type_text(&root, "Officials said the bridge was closed.").await;
    assert!(!start.disabled());
    assert_eq!(find(&root, "word-count").text_content().unwrap(), "6 words");
}

#[wasm_bindgen_test]
async fn a_walk_to_the_summary_shows_the_tables_score() {
    let root = mount().await;
    type_text(&root, "Local sources said helicopters landed.").await;
    click(&root, "start").await;

    let picks = [
        Choice::SourceUnnamed,
        Choice::UnnamedVague,
        Choice::CorroboratedRelayOnly,
        Choice::ReplyNotMentioned,
        Choice::EvidenceUnclear,
    ];
    for (i, pick) in picks.iter().enumerate() {
        assert_eq!(
            find(&root, "progress").text_content().unwrap(),
            format!("Question {} of 5", i + 1)
        );
        // The new question's heading has the focus.
        let focused = document().active_element().unwrap();
        assert_eq!(focused.id(), "step-heading");
        click(&root, &format!("choice-{}", pick.id())).await;
        click(&root, "next").await;
    }

    let expected = score(&Answers::from_choices(picks));
    assert_eq!(
        find(&root, "score").text_content().unwrap(),
        expected.total.to_string()
    );
    assert_eq!(find(&root, "band").text_content().unwrap(), "Unsupported");
    assert_eq!(document().active_element().unwrap().id(), "summary-heading");
}

#[wasm_bindgen_test]
async fn the_suggestion_is_preselected_marked_and_explained() {
    let root = mount().await;
    type_text(
        &root,
        "Helicopters landed, the agency SANA reported, citing local sources.",
    )
    .await;
    click(&root, "start").await;
    let checked = root
        .query_selector("input[type=radio]:checked")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert_eq!(checked.value(), "source-unnamed");
    // The badge sits in the label of the checked choice.
    let badge = find(&root, "suggested-badge");
    let label = root
        .query_selector("label[for='choice-source-unnamed']")
        .unwrap()
        .unwrap();
    assert!(label.contains(Some(&badge)));
    assert!(find(&root, "suggestion-reason")
        .text_content()
        .unwrap()
        .contains("relayed by SANA"));
    // The sentence behind it is highlighted in the article.
    let mark = root.query_selector("mark").unwrap().unwrap();
    assert!(mark
        .text_content()
        .unwrap()
        .starts_with("Helicopters landed"));
    // One click on a found source names it.
    click(&root, "found-source").await;
    let name: web_sys::HtmlInputElement = find(&root, "source-name").dyn_into().unwrap();
    assert_eq!(name.value(), "local sources");
}

#[wasm_bindgen_test]
async fn change_from_the_summary_and_back_to_it() {
    let root = mount().await;
    type_text(&root, "Text.").await;
    click(&root, "start").await;
    for step in StepId::ALL {
        click(&root, &format!("choice-{}", step.choices()[0].id())).await;
        click(&root, "next").await;
    }
    assert_eq!(find(&root, "score").text_content().unwrap(), "100");
    click(&root, "change-corroboration").await;
    assert_eq!(heading_text(&root), "Is there corroboration?");
    click(&root, "choice-corroborated-none").await;
    click(&root, "to-summary").await;
    assert_eq!(find(&root, "score").text_content().unwrap(), "75");

    click(&root, "restart").await;
    let area: HtmlTextAreaElement = find(&root, "article-input").dyn_into().unwrap();
    assert_eq!(area.value(), "");
}

#[wasm_bindgen_test]
async fn back_from_the_first_question_keeps_the_text() {
    let root = mount().await;
    type_text(&root, "Keep this text, with <b>markup</b> as text.").await;
    click(&root, "start").await;
    // The article beside the question shows the markup as text.
    let article = find(&root, "article-text");
    assert!(article.text_content().unwrap().contains("<b>markup</b>"));
    assert_eq!(article.query_selector("b").unwrap(), None);
    click(&root, "back").await;
    let area: HtmlTextAreaElement = find(&root, "article-input").dyn_into().unwrap();
    assert_eq!(area.value(), "Keep this text, with <b>markup</b> as text.");
}

#[wasm_bindgen_test]
async fn practice_mode_shows_the_app_answer_after_the_readers() {
    let root = mount().await;
    type_text(
        &root,
        "Helicopters landed, the agency SANA reported, citing local sources.",
    )
    .await;
    click(&root, "mode-practice").await;
    click(&root, "start").await;
    assert!(root
        .query_selector("[data-testid='suggestion']")
        .unwrap()
        .is_none());
    assert_eq!(
        find(&root, "next").text_content().unwrap(),
        "Check my answer"
    );
    click(&root, "choice-source-unnamed").await;
    click(&root, "next").await;
    assert!(find(&root, "suggestion")
        .text_content()
        .unwrap()
        .contains("Unnamed people"));
    assert_eq!(
        find(&root, "practice-verdict").text_content().unwrap(),
        "You and the app agree on this one."
    );
    assert_eq!(find(&root, "next").text_content().unwrap(), "Next");
}

#[wasm_bindgen_test]
fn base64url_through_the_browser_round_trips_and_refuses_junk() {
    use evidence_checklist::ui::browser::{from_base64url, to_base64url};
    let all: Vec<u8> = (0..=255).collect();
    for bytes in [
        &b""[..],
        b"a",
        b"ab",
        b"abc",
        b"\x00\xff\xfe",
        "é€😀".as_bytes(),
        &all,
    ] {
        let text = to_base64url(bytes);
        assert!(!text.contains(['+', '/', '=']), "{text}");
        assert_eq!(from_base64url(&text).as_deref(), Some(bytes));
    }
    // RFC 4648 test vectors, in the URL-safe alphabet.
    assert_eq!(to_base64url(b"foobar"), "Zm9vYmFy");
    assert_eq!(to_base64url(b"fo"), "Zm8");
    assert_eq!(to_base64url(&[0xfb, 0xff]), "-_8");
    // Padding is accepted; anything outside the alphabet is refused.
    assert_eq!(from_base64url("Zm8=").as_deref(), Some(&b"fo"[..]));
    for junk in ["not base64!", "Zm9v YmFy", "Zm9vYmFy+", "Z", "<script>"] {
        assert_eq!(from_base64url(junk), None, "{junk}");
    }
}
