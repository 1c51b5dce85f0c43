//! Build step, with Yew's server-side rendering from the same components
//! the wasm runs:
//! - where a built page holds `<!-- carefit:prerender -->` (inside
//!   `#carefit`): the start page, the first question and the crisis screen,
//!   so a person can read (and begin) before the wasm arrives, each button
//!   marked with the screen `Flow::apply` leads to (`data-to`). `carefit.js`
//!   follows those until then and hands what the person did to the app
//!   (`ui::resume`);
//! - where it holds `<!-- carefit:help -->`: the static help (crisis lines,
//!   levels) shown while loading, on failure and with JavaScript off, for
//!   the page's config, in its language or in every language;
//! - with `--help-json`: the same help as JSON, for the boxes `carefit.js`
//!   draws itself (a widget loading, failing or stopped).
//!
//!   carefit-prerender dist/index.html dist/kiosk.html …
//!   carefit-prerender --help-json

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::rc::Rc;

use carefit::config::{Config, ConfigIssue, CrisisLine};
use carefit::flow::{Action, Flow};
use carefit::help::{self, Help};
use carefit::i18n::Lang;
use carefit::ui::{resume, App, AppProps, StaticHelp, StaticHelpProps};
use serde_json::{json, Value};
use yew::LocalServerRenderer;

const MARKER: &str = "<!-- carefit:prerender -->";
const HELP_MARKER: &str = "<!-- carefit:help -->";
const CONFIG_OPEN: &str = r#"<script type="application/json" id="carefit-config">"#;
/// What a kiosk page (kiosk.html, the single file) says in its head.
const KIOSK_PAGE: &str = r#"<meta name="carefit-page" content="kiosk">"#;

/// The screens a person can reach before the wasm arrives, each named by the
/// steps that reach it; the first is the page's first. Which button leads
/// where is not listed here: `routes` works it out.
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
    // As the wasm reads it (ui::start): a kiosk page stays a kiosk.
    let kiosk = page.contains(KIOSK_PAGE).then_some(("mode", "kiosk"));
    let json = (!config_text.trim().is_empty()).then(|| {
        serde_json::from_str::<Value>(&config_text)
            .map(Into::into)
            .map_err(|e| e.to_string())
    });
    let (config, issues) = Config::for_widget(json, kiosk);
    if page.contains(HELP_MARKER) {
        page = page.replace(HELP_MARKER, &static_help(&config));
    }
    if let Some(lang) = config.lang {
        page = in_language(&page, lang);
    }
    if page.contains(MARKER) {
        page = prerender(&page, &config_text, config, issues)?;
    }
    std::fs::write(path, page).map_err(|e| e.to_string())
}

/// A page of a center with a language of its own: `<html lang>` is that
/// language's, and so is `<title>`, which names the page with the start
/// screen's heading (" · carefit …" after it stays).
fn in_language(page: &str, lang: Lang) -> String {
    let mut page = page.to_string();
    let open = r#"<html lang=""#;
    if let Some(start) = page.find(open).map(|i| i + open.len()) {
        if let Some(end) = page[start..].find('"').map(|i| start + i) {
            page.replace_range(start..end, lang.tag());
        }
    }
    if let (Some(start), Some(end)) = (page.find("<title>"), page.find(" · carefit")) {
        if start < end {
            page.replace_range(start + "<title>".len()..end, lang.catalog().start_heading);
        }
    }
    page
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
        // How a config's own line is drawn, field by field, in the order
        // and words `help::actions` uses: carefit.js fills these in and
        // keeps no list of its own (a TTY number once went missing there).
        let ways = json!([
            { "number": "call", "label": c.call },
            { "number": "text", "label": c.text, "keyword": "text_keyword", "with_keyword": c.text_keyword },
            { "number": "tty", "label": c.tty },
        ]);
        let words = json!({
            "loading": c.loading, "failed": c.failed, "crashed": c.crashed,
            "help_now": t.help_now, "emergency": c.emergency, "emergency_note": c.emergency_note,
            "ways": ways,
            "lines": lines,
            "titles": titles(t),
        });
        (lang.tag().to_string(), words)
    });
    Value::Object(languages.collect())
}

/// The page titles `carefit.js` gives the standalone page's screens: one per
/// kind of screen, from the base catalog alone, so a title is the same
/// whoever the answers are about and whatever they were. A question is
/// "Question", with no number and no total: the count of questions differs
/// from one journey to another (the progress text's words before `{n}`).
fn titles(t: &carefit::i18n::Catalog) -> Value {
    let question = t.progress.split("{n}").next().unwrap_or_default().trim();
    json!({
        "question": question, "review": t.review_heading,
        "result": t.result_heading, "compare": t.compare_heading,
    })
}

fn prerender(
    page: &str,
    config_text: &str,
    config: Config,
    issues: Vec<ConfigIssue>,
) -> Result<String, String> {
    let app = Renderer {
        config: Rc::new(config),
        issues: Rc::new(issues),
    };
    let screens: Vec<Pre> = SCREENS
        .iter()
        .map(|&(name, steps)| Pre::new(name, app.render(&resume::replay(steps.iter().copied()))))
        .collect();
    let names: Vec<&str> = SCREENS.iter().map(|(name, _)| *name).collect();
    let routes = routes(&app, &screens)?;
    let screens: Vec<String> = screens
        .iter()
        .zip(&routes)
        .enumerate()
        .map(|(i, (screen, leads))| {
            let mut html = screen.html.clone();
            // From the last, so each control's place in the markup holds.
            for (control, leads) in screen.controls.iter().zip(leads).rev() {
                html.insert_str(control.at, &targets(leads, &names));
            }
            let hidden = if i == 0 { "" } else { " hidden" };
            format!(
                r#"<div data-pre="{}"{hidden}>{}</div>"#,
                screen.name,
                inert(&html)
            )
        })
        .collect();
    let block = format!(
        r#"<div class="cf-prerendered" data-config="{}">{}</div>"#,
        escape_attribute(config_text.trim()),
        screens.concat()
    );
    Ok(page.replace(MARKER, &block).replace(
        r#"id="carefit-fallback""#,
        r#"id="carefit-fallback" hidden"#,
    ))
}

/// The page's own config, as the wasm will read it.
fn page_config(page: &str) -> Option<String> {
    let start = page.find(CONFIG_OPEN)? + CONFIG_OPEN.len();
    let end = start + page[start..].find("</script>")?;
    Some(page[start..end].to_string())
}

/// The app with the page's settings, rendered for any flow.
struct Renderer {
    config: Rc<Config>,
    issues: Rc<Vec<ConfigIssue>>,
}

impl Renderer {
    /// The app as it first renders `flow`, in the page's language (the
    /// browser's may differ; the wasm then renders its own).
    fn render(&self, flow: &Flow) -> String {
        let props = AppProps {
            lang: self.config.lang.unwrap_or(Lang::En),
            config: self.config.clone(),
            issues: self.issues.clone(),
            events_host: None,
            top_heading: 1,
            flow: flow.clone(),
        };
        futures::executor::block_on(
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }

    /// Which of `screens` shows `flow`, if one does: the one that looks like
    /// the app's markup for it.
    fn shown(&self, flow: &Flow, screens: &[Pre]) -> Option<usize> {
        let looks = looks(&self.render(flow));
        screens.iter().position(|screen| screen.looks == looks)
    }
}

/// One pre-rendered screen: the app's markup and what a person can press
/// or choose on it.
struct Pre {
    name: &'static str,
    html: String,
    looks: String,
    controls: Vec<Control>,
}

impl Pre {
    fn new(name: &'static str, html: String) -> Pre {
        Pre {
            name,
            looks: looks(&html),
            controls: controls(&html),
            html,
        }
    }
}

/// Markup as a person sees it on the pre-rendered page: the ids' instance
/// prefix (`cf2-`) left out, as each render numbers its own, and the
/// choices unchecked, as the page keeps its own choices across screens.
fn looks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("cf") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with('-') {
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out.replace(" checked", "")
}

/// A button or a choice on a pre-rendered screen, named by the step
/// `carefit.js` logs for it (`help`, `start someone_else`, `lang es`,
/// `choose age adult`; a box of several is logged as if chosen alone).
struct Control {
    step: String,
    button: bool,
    /// Where its targets go in the markup: after its tag's first attribute.
    at: usize,
}

fn controls(html: &str) -> Vec<Control> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = html[at..].find('<').map(|i| at + i) {
        let Some(end) = html[start..].find('>').map(|i| start + i) else {
            break;
        };
        at = end;
        let tag = &html[start..end];
        let (step, button) = if tag.starts_with("<button ") {
            let Some(action) = attribute(tag, "data-action") else {
                continue;
            };
            let detail = attribute(tag, if action == "lang" { "lang" } else { "data-for" });
            let step = detail.map_or(action.to_string(), |d| format!("{action} {d}"));
            (step, true)
        } else if tag.starts_with("<input ") {
            let (Some(name), Some(value)) = (attribute(tag, "name"), attribute(tag, "value"))
            else {
                continue;
            };
            (format!("choose {name} {value}"), false)
        } else {
            continue;
        };
        let at = start + tag.find("\" ").map_or(tag.len(), |i| i + 1);
        found.push(Control { step, button, at });
    }
    found
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Where a button leads (a screen's index; `None`: nowhere `carefit.js` can
/// show, so it waits for the app), by the screen its own was opened from
/// (`None`: its own was shown first).
type Leads = BTreeMap<Option<usize>, Option<usize>>;

/// Where every button of every screen leads: to the other screen that shows
/// the flow `Flow::apply` makes of the button's action, if one does. Found
/// by walking every place `carefit.js` can be in: a screen, the screen it
/// was opened from, and a flow; choosing an answer changes the flow, not
/// the screen. Fails when a button's target depends on more than where its
/// screen was opened from, or a choice changes the screen, which
/// `carefit.js` could not follow.
fn routes(app: &Renderer, screens: &[Pre]) -> Result<Vec<Vec<Leads>>, String> {
    let mut leads: Vec<Vec<Leads>> = screens
        .iter()
        .map(|screen| vec![Leads::new(); screen.controls.len()])
        .collect();
    let mut seen: Vec<(Flow, Option<usize>)> = Vec::new();
    let mut todo = vec![(Flow::default(), None)];
    let mut visited = vec![false; screens.len()];
    if app.shown(&Flow::default(), screens) != Some(0) {
        return Err("the first pre-rendered screen is not the app's first".into());
    }
    while let Some((flow, from)) = todo.pop() {
        if seen.contains(&(flow.clone(), from)) {
            continue;
        }
        let here = app
            .shown(&flow, screens)
            .expect("only shown flows are walked");
        visited[here] = true;
        for (control, leads) in screens[here].controls.iter().zip(&mut leads[here]) {
            let next = Action::from_step(&control.step).map(|action| flow.clone().apply(action));
            let to = next.as_ref().and_then(|next| app.shown(next, screens));
            let step = &control.step;
            let name = screens[here].name;
            match (control.button, next, to) {
                (false, Some(next), Some(to)) if to == here => todo.push((next, from)),
                (false, ..) => {
                    return Err(format!(
                        "`{step}` on `{name}` changes the screen; carefit.js follows only buttons"
                    ))
                }
                // A button that leaves the screen as it is waits for the app too.
                (true, next, to) => {
                    let to = to.filter(|to| *to != here);
                    if *leads.entry(from).or_insert(to) != to {
                        return Err(format!(
                            "where `{step}` on `{name}` leads depends on more than the screen it was opened from"
                        ));
                    }
                    if let (Some(next), Some(_)) = (next, to) {
                        todo.push((next, Some(here)));
                    }
                }
            }
        }
        seen.push((flow, from));
    }
    match visited.iter().position(|shown| !shown) {
        Some(i) => Err(format!("no button leads to `{}`", screens[i].name)),
        None => Ok(leads),
    }
}

/// A button's targets as attributes: `data-to="start"`, and where it leads
/// elsewhere when its screen was opened from another, `data-to-question=
/// "question"`. No target, or an empty one: the app decides.
fn targets(leads: &Leads, names: &[&str]) -> String {
    let name = |to: Option<usize>| to.map_or("", |i| names[i]);
    // The default: where it leads from the page's first screen, or most often.
    let count = |to: &Option<usize>| leads.values().filter(|t| *t == to).count();
    let usual = leads
        .get(&None)
        .or_else(|| leads.values().rev().max_by_key(|to| count(to)));
    let Some(&usual) = usual else {
        return String::new();
    };
    let mut attributes: String = leads
        .iter()
        .filter(|(_, to)| **to != usual)
        .map(|(from, to)| {
            let from = from.expect("the default covers the first screen");
            format!(r#" data-to-{}="{}""#, names[from], name(*to))
        })
        .collect();
    if usual.is_some() {
        attributes += &format!(r#" data-to="{}""#, name(usual));
    }
    attributes
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

#[cfg(test)]
mod tests {
    use super::*;

    fn app(config_text: &str) -> Renderer {
        let (config, issues) = Config::from_json(config_text);
        Renderer {
            config: Rc::new(config),
            issues: Rc::new(issues),
        }
    }

    #[test]
    fn a_center_with_a_language_gets_its_lang_and_title_on_every_page() {
        let page = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Which level of care fits you? · carefit kiosk</title>";
        let es = in_language(page, Lang::Es);
        assert!(es.contains(r#"<html lang="es">"#), "{es}");
        // The Spanish start heading, whatever its words are today.
        let heading = Lang::Es.catalog().start_heading;
        assert_ne!(heading, Lang::En.catalog().start_heading);
        assert!(
            es.contains(&format!("<title>{heading} · carefit kiosk</title>")),
            "{es}"
        );
        // Every page the build writes has both, so every page follows.
        for name in ["index.html", "web/kiosk.html", "web/embed.html"] {
            let source = std::fs::read_to_string(name).expect("a page");
            let es = in_language(&source, Lang::Es);
            assert!(es.contains(r#"<html lang="es">"#), "{name}");
            assert!(es.contains("<title>Encuentre"), "{name}");
        }
    }

    /// The pre-rendered block the build writes for a page with this config.
    fn written(app: &Renderer, config_text: &str) -> String {
        let page = format!("<main>{MARKER}</main>");
        let page = prerender(
            &page,
            config_text,
            (*app.config).clone(),
            (*app.issues).clone(),
        );
        page.expect("pre-rendered")
    }

    /// The written screens, by name, with their markup as the app's again:
    /// no targets, the automation ids back.
    fn screens(block: &str) -> Vec<(&str, String)> {
        block
            .split(r#"<div data-pre=""#)
            .skip(1)
            .map(|part| {
                let (name, rest) = part.split_once('"').expect("a name");
                let html = &rest[rest.find('>').expect("a tag") + 1..];
                (name, balanced(html).replace(" data-pre-", " data-"))
            })
            .collect()
    }

    /// The element `html` opens with, up to its end tag.
    fn balanced(html: &str) -> &str {
        let mut open = 0;
        for (at, _) in html
            .match_indices("<div")
            .chain(html.match_indices("</div>"))
            .collect::<BTreeMap<_, _>>()
        {
            open += if html[at..].starts_with("</") { -1 } else { 1 };
            if open == 0 {
                return &html[..at + "</div>".len()];
            }
        }
        panic!("unbalanced: {html}")
    }

    /// The whole tag around `at`.
    fn tag(html: &str, at: usize) -> &str {
        let start = html[..at].rfind('<').expect("a tag");
        &html[start..at + html[at..].find('>').expect("its end")]
    }

    fn without_targets(html: &str) -> String {
        let mut html = html.to_string();
        while let Some(start) = html.find(" data-to") {
            let value = start + html[start..].find("=\"").expect("a value") + 2;
            let end = value + html[value..].find('"').expect("its end") + 1;
            html.replace_range(start..end, "");
        }
        html
    }

    /// Does what carefit.js does on the written page, for every sequence of
    /// up to `depth` buttons and choices, and checks that wherever it shows
    /// a screen, the app given the same logged steps looks the same. Returns
    /// how many screens it compared.
    fn follow(app: &Renderer, block: &str, depth: usize) -> Result<usize, String> {
        let screens = screens(block);
        let mut compared = 0;
        walk(
            app,
            &screens,
            ("start", ""),
            &mut Vec::new(),
            depth,
            &mut compared,
        )?;
        Ok(compared)
    }

    fn walk(
        app: &Renderer,
        screens: &[(&str, String)],
        (shown, from): (&str, &str),
        steps: &mut Vec<String>,
        depth: usize,
        compared: &mut usize,
    ) -> Result<(), String> {
        let html = &screens
            .iter()
            .find(|(name, _)| *name == shown)
            .expect("a written screen")
            .1;
        let flow = resume::replay(steps.iter().map(String::as_str));
        if looks(&app.render(&flow)) != looks(&without_targets(html)) {
            return Err(format!(
                "after {steps:?} the page shows `{shown}`, the app {:?}",
                flow.screen
            ));
        }
        *compared += 1;
        if depth == 0 {
            return Ok(());
        }
        for control in controls(html) {
            let tag = tag(html, control.at);
            let to = attribute(tag, &format!("data-to-{from}"))
                .or(attribute(tag, "data-to"))
                .unwrap_or_default();
            steps.push(control.step);
            let next = match (control.button, to) {
                // A button with no target waits for the app: nothing to compare.
                (true, "") => None,
                (true, to) => Some((to, shown)),
                (false, _) => Some((shown, from)),
            };
            if let Some(next) = next {
                walk(app, screens, next, steps, depth - 1, compared)?;
            }
            steps.pop();
        }
        Ok(())
    }

    #[test]
    fn every_written_target_is_where_flow_apply_leads() {
        for config in [
            "",
            r#"{"lang": "es", "center_name": "Casa Esperanza", "phone": "555-010-2000"}"#,
        ] {
            let app = app(config);
            let block = written(&app, config);
            let compared = follow(&app, &block, 6).unwrap();
            assert!(compared > 400, "{compared} screens compared");
        }
    }

    #[test]
    fn the_targets_written_today() {
        let app = app("");
        let block = written(&app, "");
        let buttons: Vec<String> = screens(&block)
            .iter()
            .flat_map(|(name, html)| {
                controls(html)
                    .into_iter()
                    .filter(|c| c.button)
                    .map(move |c| {
                        let tag = tag(html, c.at);
                        let targets: Vec<&str> = tag
                            .split(' ')
                            .filter(|a| a.starts_with("data-to"))
                            .collect();
                        format!("{name}: {} -> {}", c.step, targets.join(" "))
                    })
            })
            .collect();
        assert_eq!(
            buttons,
            [
                r#"start: help -> data-to="crisis""#,
                "start: lang es -> ",
                r#"start: start myself -> data-to="question""#,
                // Someone else's first question has words of its own.
                "start: start someone_else -> ",
                "start: compare -> ",
                r#"question: help -> data-to="crisis""#,
                "question: lang es -> ",
                r#"question: back -> data-to="start""#,
                "question: next -> ",
                "question: skip -> ",
                "crisis: lang es -> ",
                // Back where it was opened from.
                r#"crisis: continue -> data-to-question="question" data-to="start""#,
            ]
        );
    }

    #[test]
    fn every_wrong_target_is_found() {
        let app = app("");
        let block = written(&app, "");
        let mut tried = 0;
        for (at, _) in block.match_indices(" data-to") {
            let value = at + block[at..].find('"').unwrap() + 1;
            let end = value + block[value..].find('"').unwrap();
            for (name, _) in SCREENS
                .iter()
                .filter(|(name, _)| *name != &block[value..end])
            {
                let wrong = [&block[..value], name, &block[end..]].concat();
                assert!(
                    follow(&app, &wrong, 3).is_err(),
                    "{}",
                    &wrong[at..value + 12]
                );
                tried += 1;
            }
        }
        assert_eq!(tried, 6 * 2);
    }
}
