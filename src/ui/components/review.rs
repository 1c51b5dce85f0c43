//! Check your answers: every question with its answer, each editable in
//! place, before the result.

use yew::prelude::*;

use super::{options, Ctx};
use crate::engine::{Answers, ForWhom, QuestionId};
use crate::flow::Action;

pub fn view(ctx: &Ctx, answers: &Answers, editing: Option<QuestionId>) -> Html {
    let t = ctx.t;
    let rows = answers.applicable().map(|q| {
        let text = t.question(q);
        let selected = answers.selected(q);
        let shown: Vec<&str> = selected.iter().map(|id| t.option_label(q, id)).collect();
        let editing = editing == Some(q);
        let toggle = ctx.on(Action::Edit(if editing { None } else { Some(q) }));
        html! {
            <div class="cf-review-row" data-question={q.id()}>
                <dt>{ text.heading }</dt>
                <dd class="cf-review-answer">
                    if shown.is_empty() {
                        <span class="cf-skipped">{ t.review_skipped }</span>
                    } else {
                        { shown.join(", ") }
                    }
                </dd>
                <dd class="cf-review-change">
                    <button type="button" class="cf-link" data-action="change" data-question={q.id()}
                        aria-expanded={editing.to_string()} onclick={toggle}>
                        { if editing { t.review_done } else { t.review_change } }
                        <span class="cf-visually-hidden">{ " " }{ text.topic }</span>
                    </button>
                </dd>
                if editing {
                    <dd class="cf-review-edit">
                        <fieldset class="cf-fieldset">
                            <legend class="cf-visually-hidden">{ text.heading }</legend>
                            { options::view(ctx, q, &selected) }
                        </fieldset>
                    </dd>
                }
            </div>
        }
    });
    // Who the answers are about changes here, the answers kept: the first
    // choice of the journey, the one most easily made by mistake.
    let (about, other) = match answers.for_whom {
        ForWhom::Myself => (t.start_button, ForWhom::SomeoneElse),
        ForWhom::SomeoneElse => (t.start_for_someone, ForWhom::Myself),
    };
    html! {
        <section class="cf-screen" data-screen="review">
            <button type="button" class="cf-link cf-back" data-action="back" onclick={ctx.on(Action::Back)}>
                { t.back }
            </button>
            { ctx.heading(0, t.review_heading) }
            <p class="cf-lead">{ t.review_lead }</p>
            <dl class="cf-review">
                <div class="cf-review-row">
                    <dt>{ t.start_who }</dt>
                    <dd class="cf-review-answer">{ about }</dd>
                    <dd class="cf-review-change">
                        <button type="button" class="cf-link" data-action="change-for" data-for={other.id()}
                            onclick={ctx.on(Action::ChangeFor(other))}>
                            { t.review_change }
                            <span class="cf-visually-hidden">{ " " }{ t.start_who }</span>
                        </button>
                    </dd>
                </div>
                { for rows }
            </dl>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="next" onclick={ctx.on(Action::Next)}>
                    { t.review_submit }
                </button>
            </div>
        </section>
    }
}
