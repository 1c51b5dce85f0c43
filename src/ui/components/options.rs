//! A question's choices: native radios or checkboxes with labels, so the
//! browser, the keyboard and screen readers all know what they are.

use yew::prelude::*;

use super::Ctx;
use crate::engine::QuestionId;
use crate::flow::Action;

pub fn view(ctx: &Ctx, question: QuestionId, selected: &[&'static str]) -> Html {
    let t = ctx.t;
    let q = question;
    let multi = q.is_multi();
    let kind = if multi { "checkbox" } else { "radio" };
    // The words by position, the ids from the engine.
    let options = t.question(q).options.iter().zip(q.option_ids()).map(|(option, &value)| {
        let id = format!("{}-{}-{}", ctx.uid, q.id(), value);
        let hint_id = format!("{id}-hint");
        let checked = selected.contains(&value);
        let onchange = {
            let dispatch = ctx.dispatch.clone();
            let selected = selected.to_vec();
            Callback::from(move |e: Event| {
                let on = e
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .is_some_and(|input| input.checked());
                let ids = if multi { q.toggled(&selected, value, on) } else { vec![value.to_string()] };
                dispatch.emit(Action::Choose(q, ids));
            })
        };
        // autocomplete="off": the browser keeps no choice in its session
        // history to put back on Back or a reload.
        html! {
            <div class="cf-option">
                <input type={kind} id={id.clone()} name={q.id()} value={value} checked={checked} autocomplete="off"
                    aria-describedby={(!option.hint.is_empty()).then(|| hint_id.clone())} {onchange} />
                <label for={id}>
                    <span class="cf-option-label">{ option.label }</span>
                    if !option.hint.is_empty() {
                        <span class="cf-hint" id={hint_id}>{ option.hint }</span>
                    }
                </label>
            </div>
        }
    });
    html! {
        <div class="cf-options">
            <p class="cf-choose">{ if multi { t.choose_all } else { t.choose_one } }</p>
            { for options }
        </div>
    }
}
