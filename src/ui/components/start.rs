//! The start page: what this is, how long it takes, that nothing leaves
//! the device, then two ways in: for oneself, or for someone else.

use yew::prelude::*;

use super::Ctx;
use crate::engine::ForWhom;
use crate::flow::Action;
use crate::i18n::fill;

pub fn view(ctx: &Ctx) -> Html {
    let t = ctx.t;
    // "Nothing is sent" stays true: with events on, the site learns the level.
    let mut points: Vec<&str> = t.start_points.lines().collect();
    if ctx.config.events {
        points.pop();
        points.push(t.start_events_point);
    }
    html! {
        <section class="cf-screen" data-screen="start">
            if let Some(center) = &ctx.config.center_name {
                <p class="cf-center">{ fill(t.center_intro, &[("center", center)]) }</p>
            }
            { ctx.heading(0, t.start_heading) }
            <p class="cf-lead">{ t.start_lead }</p>
            <ul class="cf-points">
                { for points.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <div class="cf-actions">
                // Two ways in, for oneself first: scripts and tests that take
                // the first `data-action="start"` start for themselves.
                <button type="button" class="cf-button cf-primary" data-action="start" data-for="myself" onclick={ctx.on(Action::Start)}>
                    { t.start_button }
                </button>
                <button type="button" class="cf-button cf-secondary" data-action="start" data-for="someone_else"
                    onclick={ctx.on(Action::StartFor(ForWhom::SomeoneElse))}>
                    { t.start_for_someone }
                </button>
                <button type="button" class="cf-button cf-secondary" data-action="compare" onclick={ctx.on(Action::Compare)}>
                    { t.compare_button }
                </button>
            </div>
        </section>
    }
}
