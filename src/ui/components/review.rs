//! Check your answers: every question with its answer, each editable in
//! place, before the result.

use yew::prelude::*;

use super::{options, Ctx};
use crate::engine::{Answers, ForWhom, QuestionId};
use crate::flow::Action;

pub fn view(ctx: &Ctx, answers: &Answers, editing: Option<QuestionId>) -> Html {
    let t = ctx.t;
    // Who the answers are about changes here, the answers kept: the first
    // choice of the journey, the one most easily made by mistake. One row
    // markup for it and every question (bytes).
    let (about, other) = match answers.for_whom {
        ForWhom::Myself => (t.start_button, ForWhom::SomeoneElse),
        ForWhom::SomeoneElse => (t.start_for_someone, ForWhom::Myself),
    };
    let who = (None, t.start_who, t.start_who, vec![about]);
    let questions = answers.applicable().map(|q| {
        let text = t.question(q);
        let shown = answers
            .selected(q)
            .iter()
            .map(|id| t.option_label(q, id))
            .collect();
        (Some(q), text.heading, text.topic, shown)
    });
    let rows = std::iter::once(who).chain(questions).map(|(q, heading, topic, shown)| {
        let editing = q.is_some() && editing == q;
        let (action, for_whom, onclick) = match q {
            Some(_) => ("change", None, ctx.on(Action::Edit(if editing { None } else { q }))),
            None => ("change-for", Some(other.id()), ctx.on(Action::ChangeFor(other))),
        };
        let question = q.map(QuestionId::id);
        html! {
            <div class="cf-review-row" data-question={question}>
                <dt>{ heading }</dt>
                <dd class="cf-review-answer">
                    if shown.is_empty() {
                        <span class="cf-skipped">{ t.review_skipped }</span>
                    } else {
                        { shown.join(", ") }
                    }
                </dd>
                <dd class="cf-review-change">
                    <button type="button" class="cf-link" data-action={action} data-question={question}
                        data-for={for_whom} aria-expanded={q.map(|_| editing.to_string())} {onclick}>
                        { if editing { t.review_done } else { t.review_change } }
                        <span class="cf-visually-hidden">{ " " }{ topic }</span>
                    </button>
                </dd>
                if let (true, Some(q)) = (editing, q) {
                    <dd class="cf-review-edit">
                        <fieldset class="cf-fieldset">
                            <legend class="cf-visually-hidden">{ heading }</legend>
                            { options::view(ctx, q, &answers.selected(q)) }
                        </fieldset>
                    </dd>
                }
            </div>
        }
    });
    html! {
        <section class="cf-screen" data-screen="review">
            <button type="button" class="cf-link cf-back" data-action="back" onclick={ctx.on(Action::Back)}>
                { t.back }
            </button>
            { ctx.heading(0, t.review_heading) }
            <p class="cf-lead">{ t.review_lead }</p>
            <dl class="cf-review">{ for rows }</dl>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-primary" data-action="next" onclick={ctx.on(Action::Next)}>
                    { t.review_submit }
                </button>
            </div>
        </section>
    }
}
