use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub lang: Lang,
    pub config: Rc<Config>,
    pub onstart: Callback<MouseEvent>,
    pub oncompare: Callback<MouseEvent>,
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let t = props.lang.catalog();
    html! {
        <section class="cf-screen" data-screen="start">
            if let Some(center) = &props.config.center_name {
                <p class="cf-center">{ fill(t.center_intro, &[("center", center)]) }</p>
            }
            <h1 tabindex="-1">{ t.start_heading }</h1>
            <p class="cf-lead">{ t.start_lead }</p>
            <ul class="cf-points">
                { for t.start_points.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="start" onclick={props.onstart.clone()}>
                    { t.start_button }
                </button>
                <button type="button" class="cf-button cf-secondary" data-action="compare" onclick={props.oncompare.clone()}>
                    { t.compare_button }
                </button>
            </div>
        </section>
    }
}
