//! The browser entry Trunk builds: it exports `start_page` and
//! `mount_widget` for `web/carefit.js`. Everything else lives in the
//! library.
// No `main` in the browser: `carefit.js` calls the exports below, and
// std's start-up code for a `main` would only cost bytes.
#![cfg_attr(target_arch = "wasm32", no_main)]

/// Talc, not Rust's default dlmalloc: smaller (ARCHITECTURE.md, "Speed and size"),
/// on a phone that may be paying for every byte.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A mounted widget; `destroy()` may be called more than once.
    #[wasm_bindgen]
    pub struct WidgetHandle(Option<carefit::ui::Widget>);

    #[wasm_bindgen]
    impl WidgetHandle {
        pub fn destroy(&mut self) {
            if let Some(widget) = self.0.take() {
                widget.destroy();
            }
        }
    }

    /// Starts the standalone page's `#carefit`, replaying `steps` taken on
    /// its pre-rendered screens before the wasm arrived. `words(lang)`
    /// fetches a language's words file, for `words_arrived`.
    #[wasm_bindgen]
    pub fn start_page(steps: Vec<String>, words: js_sys::Function) {
        log_panics();
        carefit::ui::set_words_loader(words);
        carefit::ui::start(&steps);
    }

    #[wasm_bindgen]
    pub fn mount_widget(
        container: web_sys::Element,
        host: web_sys::Element,
        config_json: Option<String>,
        attributes: Vec<String>,
        words: js_sys::Function,
    ) -> WidgetHandle {
        log_panics();
        carefit::ui::set_words_loader(words);
        WidgetHandle(Some(carefit::ui::mount_widget(
            container,
            host,
            config_json,
            attributes,
        )))
    }

    /// A language's words file (its tag, and its texts, none when it could
    /// not be had), fetched by `carefit.js` for `ui::words`.
    #[wasm_bindgen]
    pub fn words_arrived(lang: String, texts: Vec<String>) {
        if let Some(lang) = carefit::i18n::Lang::from_tag(&lang) {
            carefit::ui::words_arrived(lang, Some(texts).filter(|t| !t.is_empty()));
        }
    }

    /// A debug build (`./dev serve`) writes a panic's message and place to
    /// the console. The release build aborts at once and carries no message
    /// (ARCHITECTURE.md, "Speed and size"): nothing to set there.
    fn log_panics() {
        #[cfg(debug_assertions)]
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("carefit panicked: {info}").into())
        }));
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("carefit-web runs in the browser: use `./dev serve` (see README). The staff CLI is `carefit`.");
    std::process::exit(2);
}
