//! Kiosk mode: "Still there?" before the answers are wiped for the next person.

use yew::prelude::*;

use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct StillThereProps {
    pub lang: Lang,
    /// The whole countdown, said once to screen readers.
    pub total: u32,
    /// Seconds left, shown as a number.
    pub remaining: u32,
    pub onstay: Callback<MouseEvent>,
}

#[component]
pub fn StillThere(props: &StillThereProps) -> Html {
    let t = props.lang.catalog();
    html! {
        <section class="cf-screen cf-still-there" data-screen="still-there">
            <h1 tabindex="-1">{ t.still_there_heading }</h1>
            <p class="cf-lead" role="alert">
                { fill(t.still_there_body, &[("seconds", &props.total.to_string())]) }
            </p>
            <p class="cf-countdown" aria-hidden="true">{ props.remaining }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="continue" onclick={props.onstay.clone()}>
                    { t.still_there_stay }
                </button>
            </div>
        </section>
    }
}
