//! One question per screen: back at the top, the question as the heading,
//! why we ask, the choices, then Next and Skip.

use yew::prelude::*;

use super::{options, Ctx};
use crate::engine::QuestionId;
use crate::flow::{Action, Flow};
use crate::i18n::fill;

pub fn view(ctx: &Ctx, flow: &Flow, question: QuestionId) -> Html {
    let t = ctx.t;
    let text = t.question(question);
    // "Question 3": no total, no bar (`Flow::progress`).
    let n = flow.progress().unwrap_or(1);
    let progress = fill(t.progress, &[("n", &n.to_string())]);
    let why_id = format!("{}-why", ctx.uid);
    let error_id = format!("{}-error", ctx.uid);
    let missing = flow.missing_choice;
    // Keyed by the question, so Yew draws each question's inputs anew instead
    // of patching the last question's: a reused input kept the checked state
    // the browser gave it there, and Back showed a kept answer as not chosen.
    html! {
        <section key={question.id()} class="cf-screen" data-screen="question" data-question={question.id()}>
            <div class="cf-question-top">
                <button type="button" class="cf-link cf-back" data-action="back" onclick={ctx.on(Action::Back)}>
                    { t.back }
                </button>
                <p class="cf-progress-text">{ progress }</p>
            </div>
            <fieldset class="cf-fieldset"
                aria-describedby={if missing { format!("{why_id} {error_id}") } else { why_id.clone() }}>
                <legend>{ ctx.heading(0, text.heading) }</legend>
                <p class="cf-why" id={why_id}>
                    if ctx.other_note {
                        <strong class="cf-for-other">{ t.for_other_note }</strong>{ " " }
                    }
                    // In the words file (`late!`): until it is here, not shown.
                    if !text.why.is_empty() {
                        <strong>{ t.why_we_ask }</strong>{ " " }{ text.why }
                    }
                </p>
                if missing {
                    <p class="cf-error" id={error_id} role="alert">{ t.missing_choice }</p>
                }
                { options::view(ctx, question, &flow.answers.selected(question)) }
            </fieldset>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="next" onclick={ctx.on(Action::Next)}>
                    { t.next }
                </button>
                // Skipping is allowed, never pushed: a link, not a second button.
                <button type="button" class="cf-link cf-skip" data-action="skip" onclick={ctx.on(Action::Skip)}>
                    { t.skip }
                </button>
            </div>
        </section>
    }
}
