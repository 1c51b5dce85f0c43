//! The crisis numbers, as tap-to-call and tap-to-text links: the US lines
//! by default, or the center's own from the config.

use yew::prelude::*;

use super::Ctx;
use crate::config::Phone;
use crate::i18n::fill;

/// A tap-to-call or tap-to-text link, or large plain text on a kiosk.
fn link(kiosk: bool, label: String, href: String) -> Html {
    if kiosk {
        html! { <span class="cf-tel">{ label }</span> }
    } else {
        html! { <a class="cf-tel" {href}>{ label }</a> }
    }
}

pub fn view(ctx: &Ctx) -> Html {
    let c = &ctx.t.crisis;
    let kiosk = ctx.kiosk;
    let call = |label: String, phone: &Phone| link(kiosk, label, phone.tel_href());
    let text = |label: String, number: &str, keyword: Option<&str>| {
        let href = match keyword {
            Some(word) => format!("sms:{number}?body={word}"),
            None => format!("sms:{number}"),
        };
        link(kiosk, label, href)
    };
    if let Some(custom) = ctx.config.crisis_for(ctx.lang) {
        let emergency = fill(c.emergency, &[("number", &custom.emergency.display)]);
        return html! {
            <ul class="cf-crisis-list">
                <li class="cf-emergency">{ call(emergency, &custom.emergency) }</li>
                { for custom.lines.iter().map(|line| html! {
                    <li>
                        <strong>{ line.name.clone() }</strong>
                        if let Some(phone) = &line.call {
                            { " " }{ call(fill(c.call, &[("number", &phone.display)]), phone) }
                        }
                        if let Some(phone) = &line.text {
                            { " " }{ match &line.text_keyword {
                                Some(word) => text(fill(c.text_keyword, &[("keyword", word), ("number", &phone.display)]), &phone.dial, Some(word)),
                                None => text(fill(c.text, &[("number", &phone.display)]), &phone.dial, None),
                            } }
                        }
                    </li>
                }) }
            </ul>
        };
    }
    let dial = |label: String, href: &str| link(kiosk, label, href.to_string());
    html! {
        <ul class="cf-crisis-list">
            <li class="cf-emergency">{ dial(fill(c.emergency, &[("number", "911")]), "tel:911") }</li>
            <li>
                { dial(c.call_or_text_988.to_string(), "tel:988") }
                <span class="cf-line-note">{ c.line_988_note }</span>
            </li>
            <li>{ text(c.text_741741.to_string(), "741741", Some("HOME")) }</li>
            <li>
                { dial(c.samhsa.to_string(), "tel:18006624357") }
                <span class="cf-line-note">{ c.samhsa_note }</span>
            </li>
        </ul>
    }
}
