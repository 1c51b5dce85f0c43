//! Crisis help before anything else; the person may go on afterwards.
//! Asked for ("Need help now?"), it assumes nothing and leads back; after
//! the answer `self_harm` = `now`, it speaks of that answer (spec v2); after
//! `withdrawal` = `severe`, of the danger of that withdrawal (v3).

use yew::prelude::*;

use super::{crisis_lines, Ctx};
use crate::flow::{Action, CrisisReason};
use crate::help::Help;
use crate::i18n::fill;

pub fn view(ctx: &Ctx, reason: CrisisReason) -> Html {
    let c = &ctx.t.crisis;
    let (heading, lead, go_on, go_on_note) = match reason {
        CrisisReason::Help => (c.help_heading, c.help_lead, c.help_back, None),
        CrisisReason::SelfHarm => {
            // Someone else's words not here: words that assume nothing.
            let lead = if ctx.other_note { c.help_lead } else { c.lead };
            (c.heading, lead, c.go_on, Some(c.go_on_note))
        }
        CrisisReason::Withdrawal => (
            c.withdrawal_heading,
            c.withdrawal_lead,
            c.go_on,
            Some(c.go_on_note),
        ),
    };
    let emergency = Help::new(ctx.config, ctx.lang).emergency.display;
    let mut lead = lead.lines().map(|p| fill(p, &[("emergency", &emergency)]));
    let first = lead.next().unwrap_or_default();
    html! {
        <section class="cf-screen cf-crisis" data-screen="crisis" data-reason={reason.id()}>
            { ctx.heading(0, heading) }
            <p class="cf-lead" role="alert">{ first }</p>
            { for lead.map(|p| html! { <p>{ p }</p> }) }
            { crisis_lines::view(ctx) }
            <div class="cf-actions">
                <button type="button" class="cf-button cf-secondary" data-action="continue" onclick={ctx.on(Action::Continue)}>
                    { go_on }
                </button>
            </div>
            if let Some(note) = go_on_note {
                <p class="cf-note">{ note }</p>
            }
        </section>
    }
}
