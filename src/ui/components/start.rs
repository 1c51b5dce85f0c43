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
    // A shared screen: say the answers go, when, and how, not that they stay.
    let clears = ctx.kiosk.then(|| {
        let k = &ctx.config.kiosk;
        let minutes = (k.idle_seconds + k.countdown_seconds).div_ceil(60);
        let text = [
            ("finish", t.kiosk_finish),
            ("minutes", &minutes.to_string()),
        ];
        fill(t.kiosk_clears, &text)
    });
    if let Some(clears) = &clears {
        if !ctx.config.events {
            points.pop();
        }
        points.push(clears);
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
            // Two ways in of the same weight, each saying who; for oneself
            // first: scripts and tests that take the first
            // `data-action="start"` start for themselves.
            <p class="cf-who"><strong>{ t.start_who }</strong></p>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="start" data-for="myself" onclick={ctx.on(Action::Start)}>
                    { t.start_button }
                </button>
                <button type="button" class="cf-button cf-primary" data-action="start" data-for="someone_else"
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
