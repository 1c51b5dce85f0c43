//! Kiosk mode: "Still there?" before the answers are wiped for the next person.

use yew::prelude::*;

use super::Ctx;
use crate::flow::Action;

/// The seconds `remaining` (the whole countdown until the clock has
/// ticked) are the one count shown; the words name no number of their own,
/// so the two never disagree. Screen readers hear the words once.
pub fn view(ctx: &Ctx, remaining: Option<u32>) -> Html {
    let t = ctx.t;
    let remaining = remaining.unwrap_or(ctx.config.kiosk.countdown_seconds);
    html! {
        <section class="cf-screen cf-still-there" data-screen="still-there">
            { ctx.heading(0, t.still_there_heading) }
            <p class="cf-lead" role="alert">
                { t.still_there_body }
            </p>
            <p class="cf-countdown" aria-hidden="true">{ remaining }<span class="cf-countdown-unit">{ t.still_there_unit }</span></p>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="continue" onclick={ctx.on(Action::Continue)}>
                    { t.still_there_stay }
                </button>
            </div>
        </section>
    }
}
