//! A config problem, shown and announced: the widget still works with the
//! defaults for the fields named.

use yew::prelude::*;

use super::Ctx;
use crate::config::ConfigIssue;

pub fn view(ctx: &Ctx, issues: &[ConfigIssue]) -> Html {
    html! {
        <div class="cf-notice" role="status">
            <p class="cf-notice-heading">{ ctx.t.notice_heading }</p>
            <ul>
                { for issues.iter().map(|issue| html! {
                    <li data-field={issue.field.clone()}>{ issue.to_string() }</li>
                }) }
            </ul>
        </div>
    }
}
