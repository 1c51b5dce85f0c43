//! The help a page shows without the app: while it loads, if it cannot
//! load, if it stops, and with JavaScript off. Rendered into the built
//! pages by `carefit-prerender` from the same lines as the app's screens.

use yew::prelude::*;

use super::{crisis_lines, Ctx};
use crate::i18n::fill;

pub fn view(ctx: &Ctx) -> Html {
    let t = ctx.t;
    let center = ctx.config.center_name.as_deref();
    // The center's own number, when it has one: the next step of any result.
    let call = center
        .zip(ctx.config.phone.as_ref())
        .map(|(center, phone)| {
            let label = fill(
                t.result_next_center,
                &[("center", center), ("phone", &phone.display)],
            );
            if ctx.kiosk {
                html! { <p class="cf-tel">{ label }</p> }
            } else {
                html! { <p><a class="cf-tel" href={phone.tel_href()}>{ label }</a></p> }
            }
        });
    html! {
        <section class="cf-screen" lang={ctx.lang.tag()}>
            if let Some(center) = center {
                <p class="cf-center">{ fill(t.center_intro, &[("center", center)]) }</p>
            }
            <h2>{ t.start_heading }</h2>
            <p class="cf-loading">{ t.crisis.loading }</p>
            { for call }
            <h3>{ t.help_now }</h3>
            { crisis_lines::view(ctx) }
            <h3>{ t.compare_heading }</h3>
            <ul class="cf-levels">
                { for t.levels.iter().map(|l| html! {
                    <li><strong>{ l.name }</strong>{ ": " }{ l.gloss }</li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct StaticHelpProps {
    pub config: std::rc::Rc<crate::config::Config>,
    /// The page's language, or every language when the page does not say.
    pub langs: Vec<crate::i18n::Lang>,
}

/// The static help as a component, for server-side rendering.
#[component]
pub fn StaticHelp(props: &StaticHelpProps) -> Html {
    let dispatch = Callback::noop();
    let kiosk = props.config.mode == crate::config::Mode::Kiosk;
    html! {
        <>
            { for props.langs.iter().map(|lang| view(&Ctx {
                lang: *lang,
                t: lang.catalog(),
                config: &props.config,
                kiosk,
                uid: "cf-help",
                dispatch: &dispatch,
                top_heading: 1,
                other_note: false,
            })) }
        </>
    }
}
