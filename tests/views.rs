//! The screens as the app draws them, rendered natively with Yew's
//! server-side rendering (the `prerender` feature, as `carefit-prerender`
//! does): what only the markup shows — the emergency result's first step,
//! the crisis screen after severe withdrawal, medicines said once, a
//! teen's lines, and no US line or US fact beside another country's help.
//! The choice of next step itself is tested over every answer set in
//! `tests/next_step.rs`.
#![cfg(feature = "prerender")]

use std::rc::Rc;

use carefit::config::Config;
use carefit::engine::{Answers, ForWhom};
use carefit::flow::{CrisisReason, Flow, Screen};
use carefit::i18n::Lang;
use carefit::ui::{preload_words, App, AppProps, StaticHelp, StaticHelpProps};
use yew::LocalServerRenderer;

const ABROAD: &str = r#"{"center_name":"Hope House","phone":"020 7946 0000",
    "crisis":{"emergency":"999","lines":[{"name":"Samaritans","call":"116 123"}],
    "home_lines":[{"name":"Refuge","call":"0808 2000 247"}]}}"#;

/// What no page may show once a center sets its own lines: a US number, a
/// US line's name, or a US fact (spec v3, "US facts go with the US lines").
const US: [&str; 16] = [
    "911",
    "988",
    "741741",
    "1-800",
    "211",
    "88788",
    "SAMHSA",
    "Childhelp",
    "Crisis Text Line",
    "Medicaid",
    "Medicare",
    "Family and Medical Leave",
    "Ausencia Familiar",
    "prescription",
    "sin receta",
    "State-funded",
];

fn config(json: &str) -> Config {
    match json {
        "" => Config::default(),
        json => {
            let (config, issues) = Config::from_json(json);
            assert!(issues.is_empty(), "{issues:?}");
            config
        }
    }
}

fn render(config: &Config, lang: Lang, flow: Flow) -> String {
    preload_words(lang);
    let props = AppProps {
        config: Rc::new(config.clone()),
        issues: Rc::new(Vec::new()),
        lang,
        flow,
        events_host: None,
        top_heading: 1,
    };
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn result(config: &Config, lang: Lang, answers: &str, for_whom: ForWhom) -> String {
    let mut answers = Answers::from_json(answers).unwrap();
    answers.for_whom = for_whom;
    render(
        config,
        lang,
        Flow {
            screen: Screen::Result,
            answers,
            ..Flow::default()
        },
    )
}

/// The opening tag of the first element with `attribute`.
fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no {attribute}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                out.push(' ');
            }
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

const EMERGENCY: &str = r#"{"age":"adult","use_frequency":"daily","substances":["alcohol"],"withdrawal":"mild",
    "medical":"none","self_harm":"now","mental_health":"no","daily_life":"coping","between_sessions":"yes",
    "history":"none","home":"supportive","commitments":["work"],"time":"under_9","format":"in_person"}"#;

#[test]
fn the_emergency_result_leads_with_getting_safe_not_a_booking() {
    let center = config(r#"{"center_name":"Casa Esperanza","phone":"555-010-2000"}"#);
    for (lang, for_whom, hurt, reach) in [
        (
            Lang::En,
            ForWhom::Myself,
            "already hurt yourself or taken something",
            None,
        ),
        (
            Lang::En,
            ForWhom::SomeoneElse,
            "already hurt themselves or taken something",
            Some("Move guns, medicines, drugs, and alcohol out of their reach"),
        ),
        (
            Lang::Es,
            ForWhom::Myself,
            "Si ya se hizo daño o tomó algo",
            None,
        ),
        (
            Lang::Es,
            ForWhom::SomeoneElse,
            "Si esta persona ya se hizo daño",
            Some("Ponga las armas, las medicinas, las drogas y el alcohol"),
        ),
    ] {
        let html = result(&center, lang, EMERGENCY, for_whom);
        let step = tag(&html, "data-next-step");
        assert!(step.contains(r#"href="tel:988""#), "{step}");
        let shown = text_of(&html);
        assert!(shown.contains(hurt), "{lang:?} {for_whom:?}");
        if let Some(reach) = reach {
            assert!(shown.contains(reach), "{lang:?}");
        }
        // The center's number comes after, as a plain link, not the step.
        let step_at = html.find("data-next-step").unwrap();
        let center_at = html
            .find("tel:5550102000")
            .expect("the center's number stays");
        assert!(step_at < center_at);
        assert!(!tag(&html, "tel:5550102000").contains("data-next-step"));
        // The level is what to talk about once safe.
        let once = if lang == Lang::En {
            "safe, talk about this"
        } else {
            "a salvo, habl"
        };
        assert!(shown.contains(once), "{lang:?} {for_whom:?}");
    }
    // Abroad, the center's own crisis line is the step.
    let html = result(&config(ABROAD), Lang::En, EMERGENCY, ForWhom::Myself);
    assert!(tag(&html, "data-next-step").contains("tel:116123"));
}

#[test]
fn severe_withdrawal_opens_its_own_crisis_screen() {
    for (json, number) in [("", "911"), (ABROAD, "999")] {
        let config = config(json);
        for lang in [Lang::En, Lang::Es] {
            let mut answers = Answers::default();
            answers
                .set(carefit::engine::QuestionId::Withdrawal, &["severe"])
                .unwrap();
            let html = render(
                &config,
                lang,
                Flow {
                    screen: Screen::Crisis {
                        then: Box::new(Screen::Review),
                        reason: CrisisReason::Withdrawal,
                    },
                    answers,
                    ..Flow::default()
                },
            );
            let screen = tag(&html, r#"data-screen="crisis""#);
            assert!(screen.contains(r#"data-reason="withdrawal""#), "{screen}");
            assert!(html.contains(r#"data-action="continue""#));
            let shown = text_of(&html);
            let deadly = if lang == Lang::En {
                "can be deadly"
            } else {
                "Puede ser mortal"
            };
            assert!(shown.contains(deadly), "{lang:?}");
            assert!(
                shown.contains(&format!(" {number} "))
                    || shown.contains(&format!(" {number}."))
                    || shown.contains(&format!("{number} ya"))
                    || shown.contains(&format!("{number} now")),
                "{lang:?} {number}"
            );
        }
    }
}

const OPIOIDS: &str = r#"{"age":"adult","use_frequency":"daily","substances":["opioids","alcohol"],"withdrawal":"strong",
    "medical":"none","self_harm":"no","mental_health":"no","daily_life":"coping","between_sessions":"yes",
    "history":"none","home":"supportive","commitments":["work"],"time":"under_9","format":"in_person"}"#;

#[test]
fn medicines_are_named_once_and_the_overdose_signs_shown() {
    for lang in [Lang::En, Lang::Es] {
        for for_whom in [ForWhom::Myself, ForWhom::SomeoneElse] {
            let html = result(&Config::default(), lang, OPIOIDS, for_whom);
            // Said once: inside `medication`'s block and nowhere else, though
            // `withdrawal_medical` speaks of opioids too.
            let at = html.find(r#"data-flag="medication""#).expect("medication");
            let end = at + html[at..].find("</div>").unwrap();
            let (inside, outside) = (&html[at..end], [&html[..at], &html[end..]].concat());
            for medicine in [
                "buprenorf",
                "buprenorph",
                "metad",
                "methad",
                "naltrex",
                "acampros",
            ] {
                assert!(
                    !outside.contains(medicine),
                    "{lang:?} {for_whom:?}: {medicine}"
                );
            }
            assert!(inside.contains("naltrex") && inside.contains("acampros"));
            assert!(html.contains(r#"data-flag="withdrawal_medical""#));
            let shown = text_of(&html);
            let signs = if lang == Lang::En {
                "2 to 3 minutes"
            } else {
                "2 a 3 minutos"
            };
            assert!(shown.contains(signs), "{lang:?}");
        }
    }
}

const UNSAFE_HOME: &str = r#"{"age":"under_18","use_frequency":"weekly_or_less","substances":["cannabis"],"withdrawal":"none",
    "medical":"none","self_harm":"no","mental_health":"no","daily_life":"coping","between_sessions":"yes",
    "history":"none","home":"unsafe","commitments":["school"],"time":"under_9","format":"in_person"}"#;

#[test]
fn a_teen_not_safe_at_home_gets_childhelp_from_the_help_lines() {
    for lang in [Lang::En, Lang::Es] {
        for for_whom in [ForWhom::Myself, ForWhom::SomeoneElse] {
            let teen = result(&Config::default(), lang, UNSAFE_HOME, for_whom);
            assert!(teen.contains("tel:18004224453"), "{lang:?} {for_whom:?}");
            assert!(teen.contains("sms:18004224453"), "{lang:?} {for_whom:?}");
            // A teen's own words: never sober living homes (spec v3).
            let sober = lang.catalog().flags[carefit::engine::Flag::SoberLiving as usize].body;
            assert!(
                !teen.contains(sober.lines().next().unwrap()),
                "{lang:?} {for_whom:?}"
            );
            assert!(
                !teen.to_lowercase().contains("sober living"),
                "{lang:?} {for_whom:?}"
            );
            let adult = result(
                &Config::default(),
                lang,
                &UNSAFE_HOME.replace("under_18", "adult"),
                for_whom,
            );
            assert!(!adult.contains("18004224453"), "{lang:?} {for_whom:?}");
        }
    }
    // A center's own teen line replaces it; without one, none.
    let own = config(
        r#"{"crisis":{"emergency":"999","lines":[],"teen_lines":[{"name":"Childline","call":"0800 1111"}]}}"#,
    );
    let html = result(&own, Lang::En, UNSAFE_HOME, ForWhom::Myself);
    assert!(html.contains("tel:08001111") && !html.contains("18004224453"));
}

/// Answers that raise every flag they can at once, for each audience.
fn everything(age: &str, no_use: bool) -> String {
    let use_part = if no_use {
        r#""use_frequency":"none""#
    } else {
        r#""use_frequency":"daily","substances":["opioids","alcohol","sedatives"],"withdrawal":"strong","between_sessions":"no""#
    };
    format!(
        r#"{{"age":"{age}",{use_part},"medical":"needs_care","self_harm":"past_month","mental_health":"no_care",
        "daily_life":"not_coping","history":"residential","since":"cravings","home":"unsafe",
        "commitments":["work"],"time":"under_9","format":"either"}}"#
    )
}

#[test]
fn abroad_no_us_line_or_us_fact_shows_for_any_audience() {
    let abroad = config(ABROAD);
    for lang in [Lang::En, Lang::Es] {
        for for_whom in [ForWhom::Myself, ForWhom::SomeoneElse] {
            for age in ["adult", "under_18"] {
                for no_use in [false, true] {
                    for self_harm in ["past_month", "now"] {
                        let answers = everything(age, no_use).replace(
                            r#""self_harm":"past_month""#,
                            &format!(r#""self_harm":"{self_harm}""#),
                        );
                        let html = result(&abroad, lang, &answers, for_whom);
                        for us in US {
                            assert!(
                                !html.contains(us),
                                "{lang:?} {for_whom:?} {age} no_use={no_use} {self_harm}: {us}"
                            );
                        }
                        assert!(html.contains("tel:999"));
                    }
                }
            }
            // The crisis screens too.
            for reason in [
                CrisisReason::Help,
                CrisisReason::SelfHarm,
                CrisisReason::Withdrawal,
            ] {
                let answers = Answers {
                    for_whom,
                    ..Answers::default()
                };
                let html = render(
                    &abroad,
                    lang,
                    Flow {
                        screen: Screen::Crisis {
                            then: Box::new(Screen::Start),
                            reason,
                        },
                        answers,
                        ..Flow::default()
                    },
                );
                for us in US {
                    assert!(!html.contains(us), "{lang:?} {reason:?}: {us}");
                }
            }
        }
        // And the static help every page carries.
        let html = futures::executor::block_on(
            LocalServerRenderer::<StaticHelp>::with_props(StaticHelpProps {
                config: Rc::new(abroad.clone()),
                langs: vec![lang],
            })
            .hydratable(false)
            .render(),
        );
        for us in US {
            assert!(!html.contains(us), "static help {lang:?}: {us}");
        }
    }
}

#[test]
fn with_the_us_lines_the_us_facts_show() {
    let html = result(
        &Config::default(),
        Lang::En,
        &everything("adult", false),
        ForWhom::Myself,
    );
    for fact in [
        "Medicaid",
        "without a prescription",
        "Family and Medical Leave",
        "SAMHSA",
    ] {
        assert!(html.contains(fact), "{fact}");
    }
    let html = result(
        &Config::default(),
        Lang::Es,
        &everything("adult", false),
        ForWhom::SomeoneElse,
    );
    for fact in ["Medicaid", "sin receta"] {
        assert!(html.contains(fact), "{fact}");
    }
}

#[test]
fn every_result_has_paying_for_care_and_before_the_first_call_after_the_next_step() {
    for lang in [Lang::En, Lang::Es] {
        let t = lang.catalog();
        for answers in [EMERGENCY, OPIOIDS, UNSAFE_HOME, r#"{"self_harm":"now"}"#] {
            let html = result(&Config::default(), lang, answers, ForWhom::Myself);
            let next = html.find("cf-next").unwrap();
            let paying = html.find(t.result_paying_heading).expect("paying for care");
            let call = html
                .find(t.result_before_call_heading)
                .expect("before the first call");
            // What to have at hand goes with what to say when you call.
            let script = html.find("data-call-script").expect("what to say");
            assert!(next < script && script < call && next < paying, "{lang:?}");
            // Closed sections, so a phone's result stays short.
            assert!(html[..paying].rfind("<details").unwrap() > next);
            assert!(html[..call].rfind("<details").unwrap() > next);
        }
    }
}
