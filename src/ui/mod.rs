//! The browser shell: Yew components that render the flow and the engine's
//! result and send actions. No clinical logic lives here.

mod app;
mod components;
mod dom;
mod week;

pub use app::{App, AppProps};

use std::rc::Rc;

use crate::config::Config;
use crate::i18n::Lang;

/// Mounts the app into `#carefit` (the standalone page), replacing the
/// static fallback that showed while the wasm loaded.
pub fn start() {
    dom::show_fallback_on_panic();
    let Some(root) = dom::element_by_id("carefit") else {
        return;
    };
    let (config, issues) = dom::page_config();
    let lang = config.lang.or_else(dom::browser_lang).unwrap_or(Lang::En);
    dom::hide_fallback();
    let mount = dom::append_div(&root);
    yew::Renderer::<App>::with_root_and_props(
        mount,
        AppProps {
            config: Rc::new(config),
            issues: Rc::new(issues),
            lang,
        },
    )
    .render();
}

/// Reads a config object the way the widget does, for the page and tests.
pub fn read_config(json: Option<&str>) -> (Config, Vec<crate::config::ConfigIssue>) {
    json.map_or_else(|| (Config::default(), Vec::new()), Config::from_json)
}
