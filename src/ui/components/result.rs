//! The result: the level (or what is missing), the person's own reasons,
//! why not one level lower, every flag's message, a drawn week, and next
//! steps with the center's details or referral help.

use yew::prelude::*;

use super::{crisis_lines, Ctx};
use crate::engine::{Answers, Assessment, Flag, Level, QuestionId, Reason};
use crate::flow::Action;
use crate::help::{self, Help};
use crate::i18n::{fill, lower_first, shown_lines, Catalog};
use crate::recommendation::NextStep;
use crate::result_page::{result_page, FlagBlock, FlagLines, FlagMore, ResultPage};
use crate::ui::dom;

fn topics(t: &Catalog, questions: &[QuestionId]) -> String {
    questions
        .iter()
        .map(|q| lower_first(t.question(*q).topic))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `confirming_restart`: "Start over" was pressed once, and the result asks
/// before anything is cleared (a kiosk clears at once: see `finish`).
pub fn view(ctx: &Ctx, answers: &Answers, confirming_restart: bool) -> Html {
    let t = ctx.t;
    let help = Help::new(ctx.config, ctx.lang);
    let page = result_page(answers, ctx.config, &help);
    let result = &page.recommendation.assessment;
    let level_code = result.level.map_or("none", Level::id);

    // Emergency help comes before the level and its reasons (spec v2), and
    // takes the page's heading, so a screen reader starts there.
    let emergency = page.emergency.is_some();
    // On an emergency, the level is what to talk about once safe (v3).
    let level_template = if emergency {
        t.result_once_safe
    } else {
        t.result_level_heading
    };
    let level_heading = match result.level {
        Some(level) => fill(level_template, &[("level", t.level(level).name)]),
        None => t.result_none_heading.to_string(),
    };
    let headline = match result.level {
        // The level in one sentence; what it is like is a tap away.
        Some(level) => html! { <p class="cf-level-gloss">{ t.level(level).gloss }</p> },
        None => html! {
            <>
                <p>{ t.result_none_body }</p>
                <p>{ fill(t.result_none_need, &[("count", &result.answers_needed().to_string())]) }</p>
                <ul class="cf-skipped-topics">{ for result.skipped.iter().map(|q| html! { <li>{ t.question(*q).topic }</li> }) }</ul>
                <button type="button" class="cf-button cf-primary cf-no-print" data-action="answer-skipped" onclick={ctx.on(Action::AnswerSkipped)}>
                    { t.answer_skipped }
                </button>
            </>
        },
    };
    let (urgent, other) = (&page.urgent, &page.other);
    let (deciding, also) = (page.reasons(true), page.reasons(false));

    let why_not_lower = result.level.and_then(|level| {
        let lower = level.lower()?;
        Some(more(
            ctx,
            &fill(t.result_why_not_lower, &[("level", t.level(lower).name)]),
            html! { <p>{ t.level(level).why_not_lower }</p> },
        ))
    });

    html! {
        <section class="cf-screen" data-screen="result">
            <button type="button" class="cf-link cf-back cf-no-print" data-action="back" onclick={ctx.on(Action::Back)}>
                { t.back }
            </button>
            <p class="cf-print-only">{ t.print_heading }</p>
            <p class="cf-print-only">{ fill(t.print_date, &[("date", &dom::today(ctx.lang))]) }</p>
            if let Some(block) = &page.emergency {
                { flag_block(ctx, result, &help, block) }
            }
            <div class="cf-result" data-level={level_code} role="region" aria-label={t.result_heading}>
                if emergency {
                    { ctx.heading(1, level_heading) }
                } else {
                    { ctx.heading(0, level_heading) }
                }
                { headline }
            </div>
            { next_steps(ctx, &page, &help) }
            <p class="cf-note">{ t.result_not_diagnosis }</p>
            { call_script(ctx, answers, result.level, &help) }
            if result.level.is_some() {
                <section class="cf-block">
                    { ctx.heading(1, t.result_reasons_heading) }
                    if deciding.is_empty() {
                        <p>{ t.result_no_reasons }</p>
                    } else {
                        <ul class="cf-reasons">{ for deciding.iter().map(|r| reason(t, r)) }</ul>
                    }
                </section>
            }
            // Each flag's headline, most urgent first; each opens on a tap.
            if !urgent.is_empty() || !other.is_empty() {
                <section class="cf-block">
                    { ctx.heading(1, t.result_flags_heading) }
                    { for urgent.iter().chain(other).map(|b| flag_block(ctx, result, &help, b)) }
                </section>
            }
            if let Some(level) = result.level {
                { week(ctx, level) }
            }
            { before_care(ctx, &help) }
            if !also.is_empty() {
                { more(ctx, t.result_also_noted, html! { <ul class="cf-reasons">{ for also.iter().map(|r| reason(t, r)) }</ul> }) }
            }
            { for why_not_lower }
            // In the words file (`late!`): until it is here, not shown.
            // Closed on screen; on paper, open, the end of the summary.
            if !t.result_questions.is_empty() {
                <details class="cf-block cf-more cf-to-ask">
                    <summary>{ ctx.heading(1, t.result_questions_heading) }</summary>
                    <ul class="cf-questions">{ for t.result_questions.lines().map(|q| html! { <li>{ q }</li> }) }</ul>
                </details>
            }
            // A kiosk prints nothing, and its page must not keep the answers
            // where "Save page" or a reader view would find them.
            if !ctx.kiosk {
                <div class="cf-private cf-print-only">
                    <p><strong>{ t.print_private }</strong></p>
                    { printed_answers(ctx, answers) }
                </div>
            }
            <div class="cf-actions cf-no-print">
                <button type="button" class="cf-button cf-secondary" data-action="compare" onclick={ctx.on(Action::Compare)}>
                    { t.compare_button }
                </button>
                // A kiosk never opens a print dialog a stranger could be left with.
                if !ctx.kiosk {
                    <button type="button" class="cf-button cf-secondary" data-action="print" onclick={Callback::from(|_: MouseEvent| dom::print())}>
                        { t.print }
                    </button>
                    if !confirming_restart {
                        <button type="button" class="cf-button cf-secondary" data-action="restart" onclick={ctx.on(Action::AskRestart)}>
                            { t.restart }
                        </button>
                    }
                }
            </div>
            if ctx.kiosk {
                { finish(ctx) }
            } else if confirming_restart {
                { confirm_restart(ctx) }
            }
        </section>
    }
}

/// "Clear all your answers?", asked once. The button that clears carries
/// the same `data-action` as the one that asked.
fn confirm_restart(ctx: &Ctx) -> Html {
    let t = ctx.t;
    html! {
        <div class="cf-confirm cf-no-print" role="group" aria-label={t.restart_confirm}>
            <p class="cf-confirm-question" tabindex="-1"><strong>{ t.restart_confirm }</strong></p>
            <div class="cf-actions">
                // Keeping the answers is the main button: clearing cannot be undone.
                <button type="button" class="cf-button cf-primary" data-action="keep" onclick={ctx.on(Action::Continue)}>
                    { t.restart_no }
                </button>
                <button type="button" class="cf-button cf-secondary" data-action="restart" onclick={ctx.on(Action::Restart)}>
                    { t.restart_yes }
                </button>
            </div>
        </div>
    }
}

/// A kiosk result ends with one main action that leaves nothing behind for
/// the next person.
fn finish(ctx: &Ctx) -> Html {
    html! {
        <button type="button" class="cf-button cf-primary cf-finish" data-action="restart" onclick={ctx.on(Action::Wipe)}>
            { ctx.t.kiosk_finish }
        </button>
    }
}

/// A section a person can open, closed on screen. Not on paper: the print
/// is the one-page summary, then the private answers (issue 29).
fn more(ctx: &Ctx, heading: &str, body: Html) -> Html {
    html! {
        <details class="cf-block cf-more cf-no-print">
            <summary>{ ctx.heading(1, heading.to_string()) }</summary>
            { body }
        </details>
    }
}

/// A fired rule's reason and the answers it read.
fn reason(t: &Catalog, reason: &Reason) -> Html {
    let said = reason.answers.iter().map(|(q, ids)| {
        let labels: Vec<&str> = ids.iter().map(|id| t.option_label(*q, id)).collect();
        html! { <li>{ format!("{}: ", t.question(*q).topic) }<q>{ labels.join(", ") }</q></li> }
    });
    html! {
        <li data-rule={reason.rule.to_string()}>
            <p>{ t.reason(reason.rule) }</p>
            <p class="cf-you-said">{ t.result_you_said }</p>
            <ul class="cf-said">{ for said }</ul>
        </li>
    }
}

/// One flag's message, with what goes with it (`ResultPage` decides): its
/// headline, the rest a tap away (issue 29); the emergency whole, at the
/// top of the page with its heading.
fn flag_block(ctx: &Ctx, result: &Assessment, help: &Help, block: &FlagBlock) -> Html {
    let t = ctx.t;
    let flag = block.flag;
    let text = t.flag(flag);
    let emergency = help.emergency.display.as_str();
    let medication = t.flag(Flag::Medication).heading;
    let words = |text: &'static str| -> Vec<String> {
        shown_lines(text, help.us)
            .map(|p| fill(p, &[("emergency", emergency), ("medication", medication)]))
            .collect()
    };
    let mut paragraphs = words(t.flag_body(flag, block.teen));
    match block.more {
        FlagMore::SkippedTopics => {
            let topics = fill(
                t.result_skipped_topics,
                &[("topics", &topics(t, &result.skipped))],
            );
            paragraphs = vec![format!("{topics} {}", paragraphs.concat())];
        }
        FlagMore::WithdrawalOpioids => paragraphs.extend(words(t.withdrawal_opioids)),
        FlagMore::OverdoseSigns => paragraphs.extend(words(t.overdose_signs)),
        FlagMore::None => {}
    }
    let lines = match block.lines {
        FlagLines::Crisis => crisis_lines::view(ctx),
        FlagLines::Home { teen } => crisis_lines::home(ctx, teen),
        FlagLines::None => html! {},
    };
    let body = html! {
        <>
            { for paragraphs.into_iter().map(|p| html! { <p>{ p }</p> }) }
            { lines }
        </>
    };
    if flag == Flag::Emergency {
        return html! {
            <div class="cf-flag" data-flag={flag.id()}>
                { ctx.heading(0, text.heading) }
                { body }
            </div>
        };
    }
    html! {
        <details class="cf-flag cf-more" data-flag={flag.id()}>
            <summary>{ ctx.heading(2, text.heading) }</summary>
            { body }
        </details>
    }
}

/// What the level is like, and a week drawn as bars (read out as a list
/// of days and hours): a section to open.
fn week(ctx: &Ctx, level: Level) -> Html {
    let t = ctx.t;
    let days = level.typical_week().days().into_iter().zip(t.days).map(|(hours, day)| {
        // The bar's height is an attribute the stylesheet reads (no style attribute under a strict CSP).
        let (height, label) = match hours {
            None => ("24".to_string(), t.around_the_clock.to_string()),
            Some(h) => (h.to_string(), fill(t.hours_label, &[("hours", &h.to_string())])),
        };
        html! {
            <li class="cf-day">
                <span class="cf-bar-wrap" aria-hidden="true"><span class="cf-bar-fill" data-h={height}></span></span>
                <span class="cf-day-name">{ day }</span>
                <span class="cf-day-hours">{ label }</span>
            </li>
        }
    });
    let l = t.level(level);
    more(
        ctx,
        t.result_week_heading,
        html! {
            <>
                <p>{ l.summary }</p>
                <ol class="cf-week">{ for days }</ol>
                <p class="cf-note">{ l.week_caption }</p>
            </>
        },
    )
}

/// "What to do next": one main action (`data-next-step`), which
/// `Recommendation::next_step` decides — getting safe on an emergency (a
/// crisis line, the emergency number), else a call to the center, or the
/// referral line when there is no center phone or the center does not
/// offer the level — then what a call is like, and the rest.
fn next_steps(ctx: &Ctx, page: &ResultPage, help: &Help) -> Html {
    let t = ctx.t;
    let config = ctx.config;
    let rec = &page.recommendation;
    let level = rec.assessment.level;
    let center = config.center_name.as_deref();
    let level_name = level.map(|l| t.level(l).name).unwrap_or_default();
    let not_offered = rec.not_offered(config);
    let step = &page.next_step;
    let emergency_result = matches!(step, NextStep::GetSafe { .. });
    let main = |label: String, href: String| {
        if ctx.kiosk {
            html! { <p class="cf-tel cf-next-step" data-next-step="">{ label }</p> }
        } else {
            html! { <a class="cf-button cf-primary cf-next-step" data-next-step="" {href}>{ label }</a> }
        }
    };
    let other = |label: String, href: String| {
        if ctx.kiosk {
            html! { <p class="cf-tel">{ label }</p> }
        } else {
            html! { <p><a class="cf-tel" {href}>{ label }</a></p> }
        }
    };
    let center_label = |center: &str, phone: &crate::config::Phone| {
        fill(
            t.result_next_center,
            &[("center", center), ("phone", &phone.display)],
        )
    };
    // Getting safe first (spec v3): the crisis line, the emergency number,
    // and what to do if something has already happened.
    let get_safe = match step {
        NextStep::GetSafe { line, emergency } => {
            let number = emergency.display.as_str();
            let words = shown_lines(t.result_safe_first, help.us)
                .map(|p| html! { <p>{ fill(p, &[("emergency", number)]) }</p> });
            let (first, rest) = match line {
                Some(line) => {
                    let mut actions = help::actions(line, ctx.lang).into_iter();
                    let first = actions.next().unwrap_or_default();
                    let mut rest: Vec<(String, String)> = actions.collect();
                    rest.push(help::emergency_action(emergency, ctx.lang));
                    (first, rest)
                }
                None => (help::emergency_action(emergency, ctx.lang), Vec::new()),
            };
            Some(html! {
                <div class="cf-get-safe">
                    { for words }
                    if let Some(line) = line {
                        <p class="cf-line-name">{ line.name.clone() }</p>
                    }
                    { main(first.0, first.1) }
                    { for rest.into_iter().map(|(label, href)| other(label, href)) }
                </div>
            })
        }
        _ => None,
    };
    // The center's number: the main action when it offers the level; on an
    // emergency result, or beside the referral when it does not offer the
    // level, a plain link for later.
    let center_call = match (step, center, &config.phone) {
        (NextStep::CallCenter { center, phone }, ..) => {
            Some(main(center_label(center, phone), phone.tel_href()))
        }
        (_, Some(center), Some(phone)) if emergency_result || not_offered => {
            Some(other(center_label(center, phone), phone.tel_href()))
        }
        _ => None,
    };
    let referral = match step {
        NextStep::Referral { line, .. } => Some(line),
        NextStep::GetSafe { .. } if center_call.is_none() => help.referral.as_ref(),
        _ => None,
    };
    let referral_call = referral.map(|referral| {
        // First in "What to do next" unless getting safe leads it.
        let intro = if emergency_result {
            t.result_also_call
        } else {
            t.result_next_no_center
        };
        let mut actions = help::actions(referral, ctx.lang).into_iter();
        let (label, href) = actions.next().unwrap_or_default();
        html! {
            <>
                <p>{ intro }</p>
                <p class="cf-line-name">{ referral.name.clone() }</p>
                if emergency_result {
                    { other(label, href) }
                } else {
                    { main(label, href) }
                }
                // The other ways to reach it (a TTY number, say).
                { for actions.map(|(label, href)| other(label, href)) }
                if let Some(note) = &referral.note {
                    <p class="cf-line-note">{ note.clone() }</p>
                }
            </>
        }
    });
    // A center that offers the level, with no phone: say so beside the referral.
    let offered_note = match (center, rec.offered_here) {
        (Some(center), Some(true)) => {
            html! { <p>{ fill(t.result_offered, &[("center", center), ("level", level_name)]) }</p> }
        }
        _ => html! {},
    };
    let contact = config.contact_url.as_ref().map(|url| {
        let name = center
            .or(help.referral.as_ref().map(|r| r.name.as_str()))
            .unwrap_or_default();
        let url = url.as_str().to_string();
        if ctx.kiosk {
            // No way off the page: a code to scan and a link to write down.
            // carefit.js draws the code (src/bin/carefit-qr.rs) into the
            // image: the encoder is not in this wasm.
            html! {
                <div class="cf-kiosk-contact">
                    <p>{ fill(t.kiosk_contact, &[("center", name)]) }</p>
                    <img class="cf-qr" data-qr={url.clone()} width="200" height="200" alt={fill(t.kiosk_qr_alt, &[("url", &url)])} />
                    <p class="cf-tel">{ url.clone() }</p>
                </div>
            }
        } else {
            html! {
                <p><a href={url} rel="noopener noreferrer" target="_blank">
                    { fill(t.result_next_contact, &[("center", name)]) }
                </a></p>
            }
        }
    });
    // Said whatever else there is: a center with no referral line beside it
    // (another country's) still tells the person it lacks the level.
    let not_offered_note = center.filter(|_| not_offered).map(|center| {
        html! { <p class="cf-not-offered">{ fill(t.result_not_offered, &[("center", center), ("level", level_name)]) }</p> }
    });
    // The main action first, right under the heading (on a phone, within
    // the first screen); the notes and the other number after it.
    let (first, second) = match step {
        NextStep::CallCenter { .. } => (center_call, referral_call),
        _ => (referral_call, center_call),
    };
    html! {
        <section class="cf-block cf-next">
            { ctx.heading(1, t.result_next_heading) }
            { for get_safe }
            { for first }
            { offered_note }
            { for not_offered_note }
            { for second }
            { for contact }
        </section>
    }
}

/// What to say when you call (`data-call-script`), from the answers, in
/// the person's language and voice: closed on screen below the next step,
/// open on paper.
fn call_script(ctx: &Ctx, answers: &Answers, level: Option<Level>, help: &Help) -> Html {
    let t = ctx.t;
    // In the words file (`late!`): until it is here, nothing.
    if t.call_script.is_empty() {
        return html! {};
    }
    let lines = crate::call_script::call_script(answers, level, t);
    html! {
        <details class="cf-block cf-more cf-call-script" data-call-script="">
            <summary>{ ctx.heading(1, t.call_script_heading) }</summary>
            <p class="cf-note">{ t.call_script_lead }</p>
            <div class="cf-script">{ for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }</div>
            // What a call is like, and what to have at hand (not on the
            // printed summary).
            <ul class="cf-call-points">
                { for t.result_call_points.lines().map(|p| html! { <li>{ p }</li> }) }
            </ul>
            <div class="cf-no-print">
                { ctx.heading(2, t.result_before_call_heading) }
                <ul class="cf-before-call">{ for shown_lines(t.result_before_call, help.us).map(|p| html! { <li>{ p }</li> }) }</ul>
            </div>
        </details>
    }
}

/// Paying for care, on every result (spec v3; what to have at hand before
/// the first call is with what to say). Closed on screen.
fn before_care(ctx: &Ctx, help: &Help) -> Html {
    let t = ctx.t;
    // In the words file (`late!`): until it is here, nothing.
    if t.result_paying.is_empty() {
        return html! {};
    }
    more(
        ctx,
        t.result_paying_heading,
        html! { <>{ for shown_lines(t.result_paying, help.us).map(|p| html! { <p>{ p }</p> }) }</> },
    )
}

/// Only on paper: the answers behind the result, for a clinician.
fn printed_answers(ctx: &Ctx, answers: &Answers) -> Html {
    let t = ctx.t;
    let rows = answers.applicable().map(|q| {
        let labels: Vec<&str> = answers
            .selected(q)
            .iter()
            .map(|id| t.option_label(q, id))
            .collect();
        let shown = if labels.is_empty() {
            t.review_skipped.to_string()
        } else {
            labels.join(", ")
        };
        html! { <div><dt>{ t.question(q).topic }</dt><dd>{ shown }</dd></div> }
    });
    html! {
        <section class="cf-block">
            { ctx.heading(1, t.print_answers) }
            <dl class="cf-printed-answers">{ for rows }</dl>
        </section>
    }
}
