//! A journey begun before the wasm arrived. On the pre-rendered page a
//! person may already have tapped Start, chosen an answer or asked for
//! help; `carefit.js` logs those steps and they are replayed through the
//! flow, so the app starts exactly where they are and nothing is lost.

use std::cell::RefCell;

use crate::flow::{Action, Flow};
use crate::i18n::Lang;

thread_local! {
    static WAITING: RefCell<Option<Flow>> = const { RefCell::new(None) };
}

/// Hands `flow` to the next app that mounts on this thread.
pub fn hand_over(flow: Flow) {
    WAITING.with(|w| *w.borrow_mut() = Some(flow));
}

/// The flow handed over, taken once; otherwise a fresh start.
pub(crate) fn take() -> Flow {
    WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default()
}

/// Replays logged steps through the flow ([`Action::from_step`]); `lang
/// TAG` steps are the language switch. Steps it does not know are skipped.
pub fn replay<'a>(steps: impl IntoIterator<Item = &'a str>) -> (Flow, Option<Lang>) {
    let mut flow = Flow::default();
    let mut lang = None;
    for step in steps {
        if let Some(tag) = step.strip_prefix("lang ") {
            lang = Lang::from_tag(tag).or(lang);
        } else if let Some(action) = Action::from_step(step) {
            flow = flow.apply(action);
        }
    }
    (flow, lang)
}
