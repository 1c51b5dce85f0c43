//! The browser shell: Yew components that render the flow and the engine's
//! result and send actions. No clinical logic lives here.

mod app;
mod components;
mod dom;
mod json;
mod kiosk;
pub mod resume;
mod words;

pub use app::{App, AppProps};
#[cfg(feature = "prerender")]
pub use components::static_help::{StaticHelp, StaticHelpProps};
#[cfg(not(target_arch = "wasm32"))]
pub use words::preload as preload_words;
#[cfg(target_arch = "wasm32")]
pub use words::{arrived as words_arrived, set_loader as set_words_loader};

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

use crate::config::{Config, ConfigIssue};
use crate::flow::Flow;
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
/// Only on a page the build made, which says so in its head
/// (`<meta name="carefit-page">`); its settings come from the JSON inside
/// `#carefit` alone. A kiosk page stays a kiosk whatever those settings say
/// (`mode="kiosk"`, as a widget's attribute does).
pub fn start(steps: &[String]) {
    let Some(kind) = dom::page_kind() else {
        return;
    };
    let Some(root) = dom::element_by_id("carefit") else {
        return;
    };
    let json = dom::own_config(&root).map(|text| json::parse(&text));
    let kiosk = (kind == "kiosk").then_some(("mode", "kiosk"));
    let (config, issues) = Config::for_widget(json, kiosk);
    let flow = resume::replay(steps.iter().map(String::as_str));
    dom::hide_fallback();
    // Replaced within this task, so no frame shows neither.
    dom::remove_prerendered(&root);
    let mount = dom::append_div(&root);
    PAGE_APP.set(Some(render(mount, config, issues, None, 1, flow)));
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
/// fill what it left unset. Its headings start at `h2`, under the host
/// page's own `h1`, unless the attribute `heading-level` says otherwise.
pub fn mount_widget(
    container: Element,
    host: Element,
    config_json: Option<String>,
    attributes: Vec<String>,
) -> Widget {
    let pairs = attributes
        .chunks(2)
        .filter_map(|pair| Some((pair.first()?.as_str(), pair.get(1)?.as_str())));
    let top_heading = match pairs.clone().find(|(name, _)| *name == "heading-level") {
        Some((_, "1")) => 1,
        Some((_, "3")) => 3,
        Some((_, "4")) => 4,
        _ => 2,
    };
    let json = config_json.as_deref().map(json::parse);
    let (config, issues) = Config::for_widget(json, pairs);
    Widget(render(
        container,
        config,
        issues,
        Some(host),
        top_heading,
        Flow::default(),
    ))
}

fn render(
    mount: Element,
    config: Config,
    issues: Vec<ConfigIssue>,
    host: Option<Element>,
    top_heading: u8,
    flow: Flow,
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
            top_heading,
            flow,
        },
    )
    .render()
}

/// Reads a config object the way the widget does, for the page and tests.
pub fn read_config(json: Option<&str>) -> (Config, Vec<ConfigIssue>) {
    json.map_or_else(|| (Config::default(), Vec::new()), json::read_config)
}
