//! The browser shell: Yew components that render the flow and the engine's
//! result and send actions. No clinical logic lives here.

mod app;
mod components;
mod dom;
mod json;
mod kiosk;
pub mod resume;
mod week;

pub use app::{App, AppProps};
#[cfg(feature = "prerender")]
pub use components::static_help::{StaticHelp, StaticHelpProps};

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

use crate::config::{Config, ConfigIssue};
use crate::i18n::Lang;

thread_local! {
    /// The standalone page's app, held for as long as the page: nothing
    /// tears it down. Held, not leaked: that dropping an `AppHandle` leaves
    /// the app running is Yew's detail, not a promise.
    static PAGE_APP: RefCell<Option<AppHandle<App>>> = const { RefCell::new(None) };
}

/// Mounts the app into `#carefit` (the standalone page), in place of the
/// pre-rendered screens or the static fallback that showed while the wasm
/// loaded. `steps` is what the person did meanwhile (see [`resume`]).
pub fn start(steps: &[String]) {
    let Some(root) = dom::element_by_id("carefit") else {
        return;
    };
    let (config, issues) = dom::page_config();
    let (flow, lang) = resume::replay(steps.iter().map(String::as_str));
    resume::hand_over(flow);
    let config = Config {
        lang: lang.or(config.lang),
        ..config
    };
    dom::hide_fallback();
    // Replaced within this task, so no frame shows neither.
    dom::remove_prerendered(&root);
    let mount = dom::append_div(&root);
    PAGE_APP.set(Some(render(mount, config, issues, None)));
}

/// A widget mounted by `<carefit-widget>` or `mount()`; `destroy` removes
/// it with its listeners and timers.
pub struct Widget(AppHandle<App>);

impl Widget {
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mounts a widget into `container` (inside the host's shadow root). The
/// JSON config comes first; attributes (`[name, value, name, value, …]`)
/// fill what it left unset.
pub fn mount_widget(
    container: Element,
    host: Element,
    config_json: Option<String>,
    attributes: Vec<String>,
) -> Widget {
    let pairs = attributes
        .chunks(2)
        .filter_map(|pair| Some((pair.first()?.as_str(), pair.get(1)?.as_str())));
    let json = config_json.as_deref().map(json::parse);
    let (config, issues) = Config::for_widget(json, pairs);
    Widget(render(container, config, issues, Some(host)))
}

fn render(
    mount: Element,
    config: Config,
    issues: Vec<ConfigIssue>,
    host: Option<Element>,
) -> AppHandle<App> {
    let lang = config.lang.or_else(dom::browser_lang).unwrap_or(Lang::En);
    if let Some(accent) = config.theme.accent {
        dom::set_custom_property(&mount, "--carefit-accent", &accent.to_string());
    }
    if !issues.is_empty() {
        let lines: Vec<String> = issues.iter().map(ToString::to_string).collect();
        dom::warn(&format!("carefit config:\n{}", lines.join("\n")));
    }
    let events_host = host.filter(|_| config.events);
    yew::Renderer::<App>::with_root_and_props(
        mount,
        AppProps {
            config: Rc::new(config),
            issues: Rc::new(issues),
            lang,
            events_host,
        },
    )
    .render()
}

/// Reads a config object the way the widget does, for the page and tests.
pub fn read_config(json: Option<&str>) -> (Config, Vec<ConfigIssue>) {
    json.map_or_else(|| (Config::default(), Vec::new()), json::read_config)
}
