//! Build step, with Yew's server-side rendering from the same components
//! the wasm runs:
//! - where a built page holds `<!-- carefit:prerender -->` (inside
//!   `#carefit`): the start page, the first question and the crisis screen,
//!   so a person can read (and begin) before the wasm arrives. `carefit.js`
//!   makes them work until then and hands what the person did to the app
//!   (`ui::resume`);
//! - where it holds `<!-- carefit:help -->`: the static help (crisis lines,
//!   levels) shown while loading, on failure and with JavaScript off, for
//!   the page's config, in its language or in every language;
//! - with `--help-json`: the same help as JSON, for the boxes `carefit.js`
//!   draws itself (a widget loading, failing or stopped).
//!
//!   carefit-prerender dist/index.html dist/kiosk.html …
//!   carefit-prerender --help-json

use std::process::ExitCode;
use std::rc::Rc;

use carefit::config::{Config, ConfigIssue, CrisisLine};
use carefit::help::{self, Help};
use carefit::i18n::Lang;
use carefit::ui::{resume, App, AppProps, StaticHelp, StaticHelpProps};
use serde_json::{json, Value};
use yew::LocalServerRenderer;

const MARKER: &str = "<!-- carefit:prerender -->";
const HELP_MARKER: &str = "<!-- carefit:help -->";
const CONFIG_OPEN: &str = r#"<script type="application/json" id="carefit-config">"#;

/// The screens a person can reach before the wasm arrives, each named by the
/// steps that reach it.
const SCREENS: [(&str, &[&str]); 3] = [
    ("start", &[]),
    ("question", &["start"]),
    ("crisis", &["help"]),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: carefit-prerender PAGE… | --help-json");
        return ExitCode::from(2);
    }
    if args == ["--help-json"] {
        println!("{}", help_json());
        return ExitCode::SUCCESS;
    }
    for path in &args {
        if let Err(message) = render_page(path) {
            eprintln!("carefit-prerender: {path}: {message}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn render_page(path: &str) -> Result<(), String> {
    let mut page = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if !page.contains(MARKER) && !page.contains(HELP_MARKER) {
        return Err(format!("neither {MARKER} nor {HELP_MARKER} in the page"));
    }
    let config_text = page_config(&page).unwrap_or_default();
    let (config, issues) = if config_text.trim().is_empty() {
        (Config::default(), Vec::new())
    } else {
        Config::from_json(&config_text)
    };
    if page.contains(HELP_MARKER) {
        page = page.replace(HELP_MARKER, &static_help(&config));
    }
    if page.contains(MARKER) {
        page = prerender(&page, &config_text, config, issues);
    }
    std::fs::write(path, page).map_err(|e| e.to_string())
}

/// The help without the app, in the config's language or in every one.
fn static_help(config: &Config) -> String {
    let langs = config.lang.map_or_else(|| Lang::ALL.to_vec(), |l| vec![l]);
    let props = StaticHelpProps {
        config: Rc::new(config.clone()),
        langs,
    };
    futures::executor::block_on(
        LocalServerRenderer::<StaticHelp>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Each language's default help and the words `carefit.js` needs to draw it,
/// or a center's lines, itself: `{"en": {"lines": [...], "failed": ...}}`.
fn help_json() -> Value {
    let item = |name: Option<&str>, actions: Vec<(String, String)>, note: Option<&str>| {
        let actions: Vec<Value> = actions
            .into_iter()
            .map(|(label, href)| json!({ "label": label, "href": href }))
            .collect();
        json!({ "name": name, "actions": actions, "note": note })
    };
    let line = |line: &CrisisLine, lang| {
        item(
            Some(&line.name),
            help::actions(line, lang),
            line.note.as_deref(),
        )
    };
    let languages = Lang::ALL.iter().map(|&lang| {
        let t = lang.catalog();
        let c = &t.crisis;
        let h = Help::new(&Config::default(), lang);
        let mut lines = vec![item(
            None,
            vec![help::emergency_action(&h.emergency, lang)],
            Some(c.emergency_note),
        )];
        lines.extend(h.lines.iter().chain(&h.referral).map(|l| line(l, lang)));
        let words = json!({
            "loading": c.loading, "failed": c.failed, "crashed": c.crashed,
            "help_now": t.help_now, "emergency": c.emergency, "emergency_note": c.emergency_note,
            "call": c.call, "text": c.text, "text_keyword": c.text_keyword,
            "lines": lines,
        });
        (lang.tag().to_string(), words)
    });
    Value::Object(languages.collect())
}

fn prerender(page: &str, config_text: &str, config: Config, issues: Vec<ConfigIssue>) -> String {
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
    page.replace(MARKER, &block).replace(
        r#"id="carefit-fallback""#,
        r#"id="carefit-fallback" hidden"#,
    )
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
    let flow = resume::replay(steps.iter().copied());
    let props = AppProps {
        lang: config.lang.unwrap_or(Lang::En),
        config: Rc::new(config),
        issues: Rc::new(issues),
        events_host: None,
        top_heading: 1,
        flow,
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
