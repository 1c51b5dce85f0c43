//! The screens, one file each. They are plain view functions, not Yew
//! components: none holds state, and each component type costs wasm in
//! Yew's lifecycle machinery (README, "Speed and size"). They render what they are
//! given and send [`Action`]s; nothing clinical is decided here.

use yew::{Callback, MouseEvent};

use crate::config::Config;
use crate::flow::Action;
use crate::i18n::{Catalog, Lang};

pub mod compare;
pub mod crisis;
pub mod crisis_lines;
pub mod notice;
pub mod options;
pub mod question;
pub mod result;
pub mod review;
pub mod start;
#[cfg(feature = "prerender")]
pub mod static_help;
pub mod still_there;

/// What every view gets: the words, the center's settings, and the way to
/// send actions to the flow.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub t: &'static Catalog,
    pub config: &'a Config,
    /// On a kiosk nothing may navigate, print or be selected.
    pub kiosk: bool,
    /// Prefix for element ids, unique per widget on the page.
    pub uid: &'a str,
    pub dispatch: &'a Callback<Action>,
}

impl Ctx<'_> {
    /// A click handler that sends `action`.
    pub fn on(&self, action: Action) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    }
}
