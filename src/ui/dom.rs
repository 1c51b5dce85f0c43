//! The few browser APIs the shell touches. Nothing here stores anything or
//! sends anything anywhere.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::i18n::Lang;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn element_by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// What the build's own page says it is, in its head:
/// `<meta name="carefit-page" content="standard">` (index.html) or
/// `"kiosk"` (kiosk.html, the single file). Markup in a page's body (a
/// forum post, a CMS block) cannot put an element there.
pub fn page_kind() -> Option<String> {
    let meta = document()?
        .query_selector(r#"head > meta[name="carefit-page"]"#)
        .ok()??;
    meta.get_attribute("content")
}

/// The settings of `root`'s own app: the text of a
/// `<script type="application/json">` that is its child, and nothing found
/// elsewhere on the page. `None` without one, or when it holds only spaces.
pub fn own_config(root: &Element) -> Option<String> {
    root.query_selector(r#":scope > script[type="application/json"]"#)
        .ok()??
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

/// The first of the browser's languages the widget speaks.
pub fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(navigator.language())
        .find_map(|tag: String| Lang::from_tag(&tag))
}

pub fn append_div(parent: &Element) -> Element {
    let doc = document().expect("a page has a document");
    let div = doc.create_element("div").expect("div");
    parent.append_child(&div).expect("append");
    div
}

pub fn hide_fallback() {
    if let Some(el) = element_by_id("carefit-fallback") {
        if let Ok(el) = el.dyn_into::<HtmlElement>() {
            el.set_hidden(true);
        }
    }
}

/// The screens rendered into the page at build time, which the app replaces.
pub fn remove_prerendered(root: &Element) {
    if let Ok(Some(pre)) = root.query_selector(".cf-prerendered") {
        pre.remove();
    }
}

/// Moves focus (and so the scroll) to the first element `selector` finds
/// in `root`: a screen's heading, so a screen reader starts there.
pub fn focus(root: &Element, selector: &str) {
    if let Ok(Some(el)) = root.query_selector(selector) {
        if let Ok(el) = el.dyn_into::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Scrolls `root`'s top into view when it has scrolled up out of view,
/// so a new screen opens at its top.
pub fn show_top(root: &Element) {
    if root.get_bounding_client_rect().top() < 0.0 {
        root.scroll_into_view();
    }
}

/// Today's date as the person's language writes it ("December 2, 2026").
/// Natively (a render for the tests) there is no browser to ask: none.
#[cfg(not(target_arch = "wasm32"))]
pub fn today(_: Lang) -> String {
    String::new()
}

/// Today's date as the person's language writes it ("December 2, 2026").
#[cfg(target_arch = "wasm32")]
pub fn today(lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0()
        .to_locale_date_string(lang.tag(), &options)
        .into()
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Sets a CSS custom property through the CSSOM (allowed under a strict
/// CSP, unlike a `style` attribute).
pub fn set_custom_property(element: &Element, name: &str, value: &str) {
    if let Some(el) = element.dyn_ref::<HtmlElement>() {
        let _ = el.style().set_property(name, value);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Tells the host page the level, and nothing else (opt-in by config).
pub fn dispatch_complete(host: &Element, level: Option<&str>) {
    let detail = js_sys::Object::new();
    let level = level.map_or(wasm_bindgen::JsValue::NULL, Into::into);
    let _ = js_sys::Reflect::set(&detail, &"level".into(), &level);
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("carefit:complete", &init) {
        let _ = host.dispatch_event(&event);
    }
}
