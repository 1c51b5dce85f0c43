//! The four levels side by side: a table on wide screens, cards on phones.
//! The table scroller is focusable so a keyboard can scroll it too.

use yew::prelude::*;

use super::Ctx;
use crate::engine::Level;
use crate::flow::Action;
use crate::i18n::{Catalog, LevelText};

type Cell = fn(&LevelText) -> Html;

/// The rows of the comparison: a label and how to fill each level's cell.
/// Who a level is often for and what it includes come with the words file
/// (`late!`): before it is here (the start screen's comparison), those
/// rows wait.
fn rows(t: &Catalog) -> Vec<(&'static str, Cell)> {
    let r = &t.compare_rows;
    let mut rows: Vec<(&'static str, Cell)> = vec![
        (r.lives, |l| html! { l.lives }),
        (r.hours, |l| html! { l.hours }),
        (r.schedule, |l| html! { l.schedule }),
        (r.length, |l| html! { l.length }),
        (r.supervision, |l| html! { l.supervision }),
    ];
    if !t.levels[0].fits.is_empty() {
        rows.push((r.fits, |l| list(l.fits)));
        rows.push((r.includes, |l| list(l.includes)));
    }
    rows
}

/// The comparison as a table: on the compare screen, and on paper.
/// `tagged` puts `data-level` on the level headers (not in the printed
/// copy, so the result's own `data-level` stays the only one on its screen).
pub fn table(t: &Catalog, tagged: bool) -> Html {
    let levels: Vec<&LevelText> = Level::ALL.iter().map(|l| t.level(*l)).collect();
    html! {
        <table class="cf-compare-table">
            <caption class="cf-visually-hidden">{ t.compare_heading }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.compare_rows.level }</th>
                    { for levels.iter().map(|l| html! {
                        <th scope="col" data-level={tagged.then_some(l.code)}>
                            { l.name }<span class="cf-gloss">{ l.gloss }</span>
                        </th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows(t).iter().map(|(label, cell)| html! {
                    <tr>
                        <th scope="row">{ *label }</th>
                        { for levels.iter().map(|l| html! { <td>{ cell(l) }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn list(items: &'static str) -> Html {
    html! { <ul>{ for items.lines().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

/// `yours` is the level of the result the person came from, if any: marked
/// so they find it among the four.
pub fn view(ctx: &Ctx, yours: Option<Level>) -> Html {
    let t = ctx.t;
    let levels: Vec<&LevelText> = Level::ALL.iter().map(|l| t.level(*l)).collect();
    let rows = rows(t);
    html! {
        <section class="cf-screen" data-screen="compare">
            <button type="button" class="cf-link cf-back" data-action="back" onclick={ctx.on(Action::Back)}>
                { t.compare_back }
            </button>
            { ctx.heading(0, t.compare_heading) }
            <p class="cf-lead">{ t.compare_lead }</p>
            <div class="cf-compare-table-wrap" tabindex="0" role="region" aria-label={t.compare_heading}>
                { table(t, true) }
            </div>
            <div class="cf-compare-cards">
                { for levels.iter().map(|l| html! {
                    <article class="cf-card" data-level={l.code}
                        aria-current={(yours.map(Level::id) == Some(l.code)).then_some("true")}>
                        if yours.map(Level::id) == Some(l.code) {
                            <p class="cf-yours">{ t.result_heading }</p>
                        }
                        { ctx.heading(1, l.name) }
                        <p class="cf-gloss">{ l.gloss }</p>
                        <dl>
                            { for rows.iter().map(|(label, cell)| html! {
                                <div><dt>{ *label }</dt><dd>{ cell(l) }</dd></div>
                            }) }
                        </dl>
                    </article>
                }) }
            </div>
            // Not a dead end on a phone: the way back is at the foot too.
            <div class="cf-actions">
                <button type="button" class="cf-button cf-secondary" data-action="back" onclick={ctx.on(Action::Back)}>
                    { t.compare_back }
                </button>
            </div>
        </section>
    }
}
