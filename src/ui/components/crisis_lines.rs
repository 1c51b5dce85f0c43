//! Help lines as actions a thumb can hit: one full-width control to call,
//! one to text, with a short note under each. Everything comes from
//! [`Help`]: the center's lines or the defaults, in the page's language.
//! On a kiosk the numbers are large plain text: nothing leaves the page.

use yew::prelude::*;

use super::Ctx;
use crate::config::{CrisisLine, Phone};
use crate::help::{self, Help};

/// A tap-to-call or tap-to-text control, or plain text on a kiosk.
fn action(ctx: &Ctx, label: String, href: String) -> Html {
    if ctx.kiosk {
        html! { <span class="cf-action cf-tel">{ label }</span> }
    } else {
        html! { <a class="cf-action cf-tel" {href}>{ label }</a> }
    }
}

fn note(text: Option<&str>) -> Html {
    match text {
        Some(text) => html! { <p class="cf-line-note">{ text.to_string() }</p> },
        None => html! {},
    }
}

/// The emergency number, first in every list.
pub fn emergency(ctx: &Ctx, phone: &Phone) -> Html {
    let (label, href) = help::emergency_action(phone, ctx.lang);
    html! {
        <li class="cf-line cf-emergency">
            { action(ctx, label, href) }
            { note(Some(ctx.t.crisis.emergency_note)) }
        </li>
    }
}

/// One line: its name, a control per way to reach it, and its note.
pub fn line(ctx: &Ctx, line: &CrisisLine) -> Html {
    let actions = help::actions(line, ctx.lang);
    html! {
        <li class="cf-line">
            <p class="cf-line-name">{ line.name.clone() }</p>
            { for actions.into_iter().map(|(label, href)| action(ctx, label, href)) }
            { note(line.note.as_deref()) }
        </li>
    }
}

/// Emergency, the crisis lines and the referral line; on a kiosk, first of
/// all the people at the front desk.
pub fn view(ctx: &Ctx) -> Html {
    let help = Help::new(ctx.config, ctx.lang);
    let front_desk = ctx.kiosk.then(|| {
        let words = ctx
            .config
            .front_desk
            .as_deref()
            .unwrap_or(ctx.t.kiosk_front_desk);
        html! { <p class="cf-front-desk" role="alert">{ words.to_string() }</p> }
    });
    html! {
        <>
        { for front_desk }
        <ul class="cf-crisis-list">
            { emergency(ctx, &help.emergency) }
            { for help.lines.iter().chain(&help.referral).map(|l| line(ctx, l)) }
        </ul>
        </>
    }
}

/// For someone not safe at home: emergency and the home-safety lines; for
/// a teen (`adolescent`), the lines for a child or teen being hurt too.
pub fn home(ctx: &Ctx, teen: bool) -> Html {
    let help = Help::new(ctx.config, ctx.lang);
    let teen_lines = if teen { &help.teen_lines[..] } else { &[] };
    html! {
        <ul class="cf-crisis-list">
            { emergency(ctx, &help.emergency) }
            { for teen_lines.iter().chain(&help.home_lines).map(|l| line(ctx, l)) }
        </ul>
    }
}
