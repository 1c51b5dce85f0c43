//! The screens, one file each. They are plain view functions, not Yew
//! components: none holds state, and each component type costs wasm in
//! Yew's lifecycle machinery (ARCHITECTURE.md, "Speed and size"). They render what they are
//! given and send [`Action`]s; nothing clinical is decided here.

use yew::{html, AttrValue, Callback, Html, MouseEvent};

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
    /// The rank of a screen's own heading: 1 on the widget's own page, 2
    /// inside a host's page (whose `h1` is its own), or as the host asks.
    pub top_heading: u8,
    /// The answers are about someone else (`for_whom`) but their words are
    /// not here (yet): the base words say so with a note.
    pub other_note: bool,
}

impl Ctx<'_> {
    /// A heading `depth` ranks below the screen's own (depth 0, which takes
    /// the focus on a new screen).
    pub fn heading(&self, depth: u8, text: impl Into<AttrValue>) -> Html {
        self.heading_of(depth, text.into())
    }

    fn heading_of(&self, depth: u8, text: AttrValue) -> Html {
        const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
        let tag = TAGS[usize::from(self.top_heading + depth).clamp(1, 6) - 1];
        let tabindex = (depth == 0).then_some("-1");
        html! { <@{tag} {tabindex}>{ text }</@> }
    }

    /// A click handler that sends `action`.
    pub fn on(&self, action: Action) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    }
}
