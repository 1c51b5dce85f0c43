//! Kiosk mode: "Still there?" before the answers are wiped for the next person.

use yew::prelude::*;

use super::Ctx;
use crate::flow::Action;
use crate::i18n::fill;

/// The seconds `remaining` (the whole countdown until the clock has
/// ticked) are shown as a number; the whole countdown is said once to
/// screen readers.
pub fn view(ctx: &Ctx, remaining: Option<u32>) -> Html {
    let t = ctx.t;
    let total = ctx.config.kiosk.countdown_seconds;
    let remaining = remaining.unwrap_or(total);
    html! {
        <section class="cf-screen cf-still-there" data-screen="still-there">
            <h1 tabindex="-1">{ t.still_there_heading }</h1>
            <p class="cf-lead" role="alert">
                { fill(t.still_there_body, &[("seconds", &total.to_string())]) }
            </p>
            <p class="cf-countdown" aria-hidden="true">{ remaining }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="continue" onclick={ctx.on(Action::Continue)}>
                    { t.still_there_stay }
                </button>
            </div>
        </section>
    }
}
