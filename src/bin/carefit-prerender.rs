//! Build step: renders the start page, the first question and the crisis
//! screen into the built `index.html` with Yew's server-side rendering,
//! from the same components the wasm runs, so a person can read (and begin)
//! before the wasm arrives. `carefit.js` makes them work until then and
//! hands what the person did to the app (`ui::resume`).
//!
//!   carefit-prerender dist/index.html
//!
//! The page must hold `<!-- carefit:prerender -->` inside `#carefit`.

use std::process::ExitCode;
use std::rc::Rc;

use carefit::config::{Config, ConfigIssue};
use carefit::i18n::Lang;
use carefit::ui::{resume, App, AppProps};
use yew::LocalServerRenderer;

const MARKER: &str = "<!-- carefit:prerender -->";
const CONFIG_OPEN: &str = r#"<script type="application/json" id="carefit-config">"#;

/// The screens a person can reach before the wasm arrives, each named by the
/// steps that reach it.
const SCREENS: [(&str, &[&str]); 3] = [
    ("start", &[]),
    ("question", &["start"]),
    ("crisis", &["help"]),
];

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: carefit-prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    match prerender_file(&path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("carefit-prerender: {path}: {message}");
            ExitCode::FAILURE
        }
    }
}

fn prerender_file(path: &str) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if !page.contains(MARKER) {
        return Err(format!("no {MARKER} in the page"));
    }
    let config_text = page_config(&page).unwrap_or_default();
    let (config, issues) = if config_text.trim().is_empty() {
        (Config::default(), Vec::new())
    } else {
        Config::from_json(&config_text)
    };
    let screens: Vec<String> = SCREENS
        .iter()
        .map(|(name, steps)| {
            let html = render(config.clone(), issues.clone(), steps);
            let hidden = if *name == "start" { "" } else { " hidden" };
            format!(r#"<div data-pre="{name}"{hidden}>{}</div>"#, inert(&html))
        })
        .collect();
    let block = format!(
        r#"<div class="cf-prerendered" data-config="{}">{}</div>"#,
        escape_attribute(config_text.trim()),
        screens.concat()
    );
    let page = page.replace(MARKER, &block).replace(
        r#"id="carefit-fallback""#,
        r#"id="carefit-fallback" hidden"#,
    );
    std::fs::write(path, page).map_err(|e| e.to_string())
}

/// The page's own config, as the wasm will read it.
fn page_config(page: &str) -> Option<String> {
    let start = page.find(CONFIG_OPEN)? + CONFIG_OPEN.len();
    let end = start + page[start..].find("</script>")?;
    Some(page[start..end].to_string())
}

/// The app as it first renders after `steps`, in the page's language (the
/// browser's may differ; the wasm then renders its own).
fn render(config: Config, issues: Vec<ConfigIssue>, steps: &[&str]) -> String {
    let (flow, _) = resume::replay(steps.iter().copied());
    resume::hand_over(flow);
    let props = AppProps {
        lang: config.lang.unwrap_or(Lang::En),
        config: Rc::new(config),
        issues: Rc::new(issues),
        events_host: None,
    };
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Renames the automation contract's attributes: checks and scripts that
/// wait for `data-screen` must see the running app, not its picture.
fn inert(html: &str) -> String {
    ["screen", "action", "question"]
        .iter()
        .fold(html.to_string(), |html, name| {
            html.replace(&format!(" data-{name}="), &format!(" data-pre-{name}="))
        })
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
