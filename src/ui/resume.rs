//! A journey begun before the wasm arrived. On the pre-rendered page a
//! person may already have tapped Start, chosen an answer, switched the
//! language or asked for help; `carefit.js` logs those steps and they are
//! replayed through the flow, so the app starts exactly where they are and
//! nothing is lost.

use crate::flow::{Action, Flow};

/// Replays logged steps through the flow ([`Action::from_step`]). Steps it
/// does not know are skipped.
pub fn replay<'a>(steps: impl IntoIterator<Item = &'a str>) -> Flow {
    steps
        .into_iter()
        .filter_map(Action::from_step)
        .fold(Flow::default(), Flow::apply)
}
