//! Crisis help before anything else; the person may go on afterwards.

use yew::prelude::*;

use super::{crisis_lines, Ctx};
use crate::flow::Action;

pub fn view(ctx: &Ctx) -> Html {
    let c = &ctx.t.crisis;
    html! {
        <section class="cf-screen cf-crisis" data-screen="crisis">
            <h1 tabindex="-1">{ c.heading }</h1>
            <p class="cf-lead" role="alert">{ c.lead }</p>
            { crisis_lines::view(ctx) }
            <div class="cf-actions">
                <button type="button" class="cf-button cf-secondary" data-action="continue" onclick={ctx.on(Action::Continue)}>
                    { c.go_on }
                </button>
            </div>
            <p class="cf-note">{ c.go_on_note }</p>
        </section>
    }
}
