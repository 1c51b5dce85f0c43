//! One question per screen: back at the top, the question as the heading,
//! why we ask, the choices, then Next and Skip.

use yew::prelude::*;

use super::options::Options;
use crate::engine::QuestionId;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub lang: Lang,
    pub uid: AttrValue,
    pub question: QuestionId,
    pub selected: Vec<&'static str>,
    pub progress: (usize, usize),
    pub missing_choice: bool,
    pub onchoose: Callback<(QuestionId, Vec<String>)>,
    pub onnext: Callback<MouseEvent>,
    pub onback: Callback<MouseEvent>,
    pub onskip: Callback<MouseEvent>,
}

#[component]
pub fn QuestionScreen(props: &QuestionScreenProps) -> Html {
    let t = props.lang.catalog();
    let text = t.question(props.question);
    let (n, total) = props.progress;
    let progress = fill(
        t.progress,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    let why_id = format!("{}-why", props.uid);
    let error_id = format!("{}-error", props.uid);
    let percent = (n * 100 / total.max(1)).min(100);
    html! {
        <section class="cf-screen" data-screen="question" data-question={props.question.id()}>
            <button type="button" class="cf-link cf-back" data-action="back" onclick={props.onback.clone()}>
                { t.back }
            </button>
            <p class="cf-progress-text">{ progress.clone() }</p>
            <div class="cf-progress" role="progressbar" aria-label={progress}
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={n.to_string()}>
                <div class={format!("cf-progress-fill cf-w{}", percent / 5 * 5)}></div>
            </div>
            <fieldset class={if props.missing_choice { "cf-fieldset cf-has-error" } else { "cf-fieldset" }}
                aria-describedby={if props.missing_choice { format!("{why_id} {error_id}") } else { why_id.clone() }}>
                <legend><h1 tabindex="-1">{ text.heading }</h1></legend>
                <p class="cf-why" id={why_id}>
                    <strong>{ t.why_we_ask }</strong>{ " " }{ text.why }
                </p>
                if props.missing_choice {
                    <p class="cf-error" id={error_id} role="alert">{ t.missing_choice }</p>
                }
                <Options lang={props.lang} uid={props.uid.clone()} question={props.question}
                    selected={props.selected.clone()} onchoose={props.onchoose.clone()} />
            </fieldset>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="next" onclick={props.onnext.clone()}>
                    { t.next }
                </button>
                <button type="button" class="cf-button cf-secondary" data-action="skip" onclick={props.onskip.clone()}>
                    { t.skip }
                </button>
            </div>
        </section>
    }
}
