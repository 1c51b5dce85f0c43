//! The browser entry Trunk builds: it mounts the standalone page and
//! exports `mount_widget` for `web/carefit.js`. Everything else lives in
//! the library.

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

    #[wasm_bindgen]
    pub fn mount_widget(
        container: web_sys::Element,
        host: web_sys::Element,
        config_json: Option<String>,
        attributes: Vec<String>,
    ) -> WidgetHandle {
        WidgetHandle(Some(carefit::ui::mount_widget(
            container,
            host,
            config_json,
            attributes,
        )))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    carefit::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("carefit-web runs in the browser: use `./dev serve` (see README). The staff CLI is `carefit`.");
    std::process::exit(2);
}
