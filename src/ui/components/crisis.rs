//! Crisis help before anything else; the person may go on afterwards.

use std::rc::Rc;

use yew::prelude::*;

use super::crisis_lines::CrisisLines;
use crate::config::Config;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CrisisProps {
    pub lang: Lang,
    pub config: Rc<Config>,
    #[prop_or_default]
    pub kiosk: bool,
    pub oncontinue: Callback<MouseEvent>,
}

#[component]
pub fn Crisis(props: &CrisisProps) -> Html {
    let c = &props.lang.catalog().crisis;
    html! {
        <section class="cf-screen cf-crisis" data-screen="crisis">
            <h1 tabindex="-1">{ c.heading }</h1>
            <p class="cf-lead" role="alert">{ c.lead }</p>
            <CrisisLines lang={props.lang} config={props.config.clone()} kiosk={props.kiosk} />
            <div class="cf-actions">
                <button type="button" class="cf-button cf-secondary" data-action="continue" onclick={props.oncontinue.clone()}>
                    { c.go_on }
                </button>
            </div>
            <p class="cf-note">{ c.go_on_note }</p>
        </section>
    }
}
