//! The root: one reducer holding the flow, the language, and the screens.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    compare, crisis, notice, question, result, review, start, still_there, Ctx,
};
use super::kiosk::use_kiosk;
use super::{dom, words};
use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::{assess, Level};
use crate::flow::{Action, Flow, Screen};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub issues: Rc<Vec<ConfigIssue>>,
    /// The page's language; the person may switch (`Flow::lang`).
    pub lang: Lang,
    /// Where the journey starts: steps taken on the pre-rendered page,
    /// replayed (`ui::resume`), or a fresh start.
    #[prop_or_default]
    pub flow: Flow,
    /// The element to tell about a finished check, when the config opts in.
    #[prop_or_default]
    pub events_host: Option<web_sys::Element>,
    /// The rank of each screen's heading (see `Ctx::top_heading`).
    #[prop_or(1)]
    pub top_heading: u8,
}

/// Thin adapter: the flow's own `apply` does the work.
#[derive(Clone, PartialEq, Default)]
struct FlowState(Flow);

impl Reducible for FlowState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(FlowState(self.0.clone().apply(action)))
    }
}

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(0) };
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| FlowState(props.flow.clone()));
    // Ids stay unique when several widgets share a page.
    let uid = use_memo((), |_| {
        NEXT_INSTANCE.with(|n| {
            n.set(n.get() + 1);
            format!("cf{}", n.get())
        })
    });
    let root = use_node_ref();
    let flow = &state.0;
    let lang = flow.lang.unwrap_or(props.lang);
    // Words beyond the base catalog's come from a file; until it is here,
    // the base words and the note.
    let needs = flow.words();
    let loaded = words::catalog(lang, needs);
    let t = loaded.unwrap_or(lang.catalog());

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // Asked for as soon as a journey begins, whichever way in and whatever
    // the answers: a request made only after "someone else" or "I don't
    // drink or use drugs" would tell the host's log that answer. From here,
    // not from an effect hook (bytes): `load` asks once a language and sends
    // `Action::Words` when they are here.
    if flow.screen != Screen::Start {
        words::load(lang, &dispatch);
    }
    let kiosk = props.config.mode == Mode::Kiosk;
    // A kiosk wipe is a restart: the page's language comes back with it.
    let remaining = use_kiosk(
        kiosk.then_some(props.config.kiosk),
        flow.is_pristine(),
        dispatch.clone(),
    );
    // Each new screen: focus its heading (not on first load, which would
    // pull the page), so screen readers start at the question; and when the
    // widget's top has scrolled out of view (Next low on a long page), the
    // screen opens at its top, not part-way down. "Clear all your
    // answers?" takes the focus while it asks, and gives it back to "Start
    // over" when the answers are kept.
    let was = use_mut_ref(|| None::<(Screen, bool)>);
    {
        let root = root.clone();
        let key = (
            flow.screen.clone(),
            flow.missing_choice,
            flow.confirming_restart,
        );
        use_effect_with(key, move |(screen, _, asking)| {
            let Some((was_screen, was_asking)) =
                was.borrow_mut().replace((screen.clone(), *asking))
            else {
                return;
            };
            let target = if *asking {
                ".cf-confirm-question"
            } else if was_asking && *screen == Screen::Result {
                "[data-action=restart]"
            } else {
                ":is(h1, h2, h3, h4)[tabindex=\"-1\"]"
            };
            if let Some(el) = root.cast::<web_sys::Element>() {
                if was_screen != *screen {
                    dom::show_top(&el);
                }
                dom::focus(&el, target);
            }
        });
    }

    // The one thing that may leave the widget: the level, once per result.
    {
        let host = props.events_host.clone();
        // Assess only when someone is listening; the result screen does its own.
        let shown =
            (host.is_some() && flow.screen == Screen::Result).then(|| assess(&flow.answers).level);
        use_effect_with(shown, move |shown| {
            if let (Some(host), Some(level)) = (host, shown) {
                dom::dispatch_complete(&host, level.map(Level::id));
            }
        });
    }

    let announcement = match (&flow.screen, flow.progress()) {
        (_, Some(n)) => fill(t.progress, &[("n", &n.to_string())]),
        (Screen::Review, _) => t.review_heading.to_string(),
        (Screen::Result, _) => t.result_heading.to_string(),
        (Screen::Compare { .. }, _) => t.compare_heading.to_string(),
        _ => String::new(),
    };

    let ctx = Ctx {
        lang,
        t,
        config: &props.config,
        kiosk,
        uid: &uid,
        dispatch: &dispatch,
        top_heading: props.top_heading,
        other_note: needs.someone_else && loaded.is_none(),
    };
    let screen = match &flow.screen {
        Screen::Start => start::view(&ctx),
        Screen::Question(q) => question::view(&ctx, flow, *q),
        Screen::Crisis { reason, .. } => crisis::view(&ctx, *reason),
        Screen::StillThere { .. } => still_there::view(&ctx, remaining),
        Screen::Review => review::view(&ctx, &flow.answers, flow.editing),
        Screen::Result => result::view(&ctx, &flow.answers, flow.confirming_restart),
        Screen::Compare { back } => {
            let yours = (**back == Screen::Result)
                .then(|| assess(&flow.answers).level)
                .flatten();
            compare::view(&ctx, yours)
        }
    };

    let on_crisis = matches!(flow.screen, Screen::Crisis { .. });
    let other_langs = Lang::ALL.iter().copied().filter(|l| *l != lang).map(|l| {
        html! {
            <button type="button" class="cf-link cf-lang" data-action="lang" lang={l.tag()}
                onclick={ctx.on(Action::Lang(l))}>
                { l.catalog().switch_label }
            </button>
        }
    });

    let content = html! {
        <>
            <div class="cf-bar">
                if !on_crisis {
                    <button type="button" class="cf-help" data-action="help" onclick={ctx.on(Action::Help)}>
                        { t.help_now }
                    </button>
                }
                { for other_langs }
            </div>
            if !props.issues.is_empty() {
                { notice::view(&ctx, &props.issues) }
            }
            { screen }
            <div class="cf-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
        </>
    };
    // Literal classes: a computed one would ship Yew's class-set machinery.
    if kiosk {
        html! {
            <div class="carefit cf-kiosk" lang={lang.tag()} ref={root}
                oncontextmenu={Callback::from(|e: MouseEvent| e.prevent_default())}>
                { content }
            </div>
        }
    } else {
        html! { <div class="carefit" lang={lang.tag()} ref={root}>{ content }</div> }
    }
}
