//! The root: one reducer holding the flow, the language, and the screens.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    compare, crisis, notice, question, result, review, start, still_there, Ctx,
};
use super::dom;
use super::kiosk::use_kiosk;
use super::resume;
use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::{assess, Level};
use crate::flow::{Action, Flow, Screen};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub issues: Rc<Vec<ConfigIssue>>,
    pub lang: Lang,
    /// The element to tell about a finished check, when the config opts in.
    #[prop_or_default]
    pub events_host: Option<web_sys::Element>,
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
    let state = use_reducer(|| FlowState(resume::take()));
    let lang = use_state_eq(|| props.lang);
    // Ids stay unique when several widgets share a page.
    let uid = use_memo((), |_| {
        NEXT_INSTANCE.with(|n| {
            n.set(n.get() + 1);
            format!("cf{}", n.get())
        })
    });
    let root = use_node_ref();
    let flow = &state.0;
    let t = lang.catalog();

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let kiosk = props.config.mode == Mode::Kiosk;
    // A kiosk wipe also brings back the page's language: the next person
    // does not inherit the last one's.
    let kiosk_dispatch = {
        let (dispatch, lang, default) = (dispatch.clone(), lang.clone(), props.lang);
        Callback::from(move |action: Action| {
            if action == Action::Restart {
                lang.set(default);
            }
            dispatch.emit(action);
        })
    };
    let remaining = use_kiosk(
        kiosk.then_some(props.config.kiosk),
        flow.is_pristine() && *lang == props.lang,
        kiosk_dispatch,
    );
    // Each new screen: focus its heading (not on first load, which would
    // pull the page), so screen readers start at the question.
    let first_render = use_mut_ref(|| true);
    {
        let root = root.clone();
        let key = (flow.screen.clone(), flow.missing_choice);
        use_effect_with(key, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(el) = root.cast::<web_sys::Element>() {
                dom::focus_heading(&el);
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
        (_, Some((n, total))) => fill(
            t.progress,
            &[("n", &n.to_string()), ("total", &total.to_string())],
        ),
        (Screen::Review, _) => t.review_heading.to_string(),
        (Screen::Result, _) => t.result_heading.to_string(),
        (Screen::Compare { .. }, _) => t.compare_heading.to_string(),
        _ => String::new(),
    };

    let ctx = Ctx {
        lang: *lang,
        t,
        config: &props.config,
        kiosk,
        uid: &uid,
        dispatch: &dispatch,
    };
    let screen = match &flow.screen {
        Screen::Start => start::view(&ctx),
        Screen::Question(q) => question::view(&ctx, flow, *q),
        Screen::Crisis { reason, .. } => crisis::view(&ctx, *reason),
        Screen::StillThere { .. } => still_there::view(&ctx, remaining),
        Screen::Review => review::view(&ctx, &flow.answers, flow.editing),
        Screen::Result => result::view(&ctx, &flow.answers),
        Screen::Compare { back } => {
            let yours = (**back == Screen::Result)
                .then(|| assess(&flow.answers).level)
                .flatten();
            compare::view(&ctx, yours)
        }
    };

    let on_crisis = matches!(flow.screen, Screen::Crisis { .. });
    let other_langs = Lang::ALL.iter().copied().filter(|l| *l != *lang).map(|l| {
        let set = lang.clone();
        html! {
            <button type="button" class="cf-link cf-lang" data-action="lang" lang={l.tag()}
                onclick={Callback::from(move |_: MouseEvent| set.set(l))}>
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
