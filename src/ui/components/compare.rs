//! The four levels side by side: a table on wide screens, cards on phones.
//! The table scroller is focusable so a keyboard can scroll it too.

use yew::prelude::*;

use crate::engine::Level;
use crate::i18n::{Lang, LevelText};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub lang: Lang,
    pub onback: Callback<MouseEvent>,
}

fn list(items: &[&str]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let t = props.lang.catalog();
    let r = &t.compare_rows;
    let levels: Vec<&LevelText> = Level::ALL.iter().map(|l| t.level(*l)).collect();
    type Cell = fn(&LevelText) -> Html;
    let rows: [(&str, Cell); 7] = [
        (r.lives, |l| html! { l.lives }),
        (r.hours, |l| html! { l.hours }),
        (r.schedule, |l| html! { l.schedule }),
        (r.length, |l| html! { l.length }),
        (r.supervision, |l| html! { l.supervision }),
        (r.fits, |l| list(l.fits)),
        (r.includes, |l| list(l.includes)),
    ];
    html! {
        <section class="cf-screen" data-screen="compare">
            <button type="button" class="cf-link cf-back" data-action="back" onclick={props.onback.clone()}>
                { t.compare_back }
            </button>
            <h1 tabindex="-1">{ t.compare_heading }</h1>
            <p class="cf-lead">{ t.compare_lead }</p>
            <div class="cf-compare-table-wrap" tabindex="0" role="region" aria-label={t.compare_heading}>
                <table class="cf-compare-table">
                    <caption class="cf-visually-hidden">{ t.compare_heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ r.level }</th>
                            { for levels.iter().map(|l| html! {
                                <th scope="col" data-level={l.code}>{ l.name }<span class="cf-gloss">{ l.gloss }</span></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(label, cell)| html! {
                            <tr>
                                <th scope="row">{ *label }</th>
                                { for levels.iter().map(|l| html! { <td>{ cell(l) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="cf-compare-cards">
                { for levels.iter().map(|l| html! {
                    <article class="cf-card" data-level={l.code}>
                        <h2>{ l.name }</h2>
                        <p class="cf-gloss">{ l.gloss }</p>
                        <dl>
                            { for rows.iter().map(|(label, cell)| html! {
                                <div><dt>{ *label }</dt><dd>{ cell(l) }</dd></div>
                            }) }
                        </dl>
                    </article>
                }) }
            </div>
        </section>
    }
}
