//! A config problem, shown and announced: the widget still works with the
//! defaults for the fields named.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::ConfigIssue;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub issues: Rc<Vec<ConfigIssue>>,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let t = props.lang.catalog();
    html! {
        <div class="cf-notice" role="status">
            <p class="cf-notice-heading">{ t.notice_heading }</p>
            <ul>
                { for props.issues.iter().map(|issue| html! {
                    <li data-field={issue.field.clone()}>{ issue.to_string() }</li>
                }) }
            </ul>
        </div>
    }
}
