//! The result's first next step (`Recommendation::next_step`), over every
//! combination of the answers the rules read and the kinds of center: an
//! emergency always leads with getting safe, never with a program's
//! booking call (spec v3, "Emergency first").
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::Config;
use carefit::engine::{table_rows, Flag, Level};
use carefit::help::{self, Help};
use carefit::i18n::Lang;
use carefit::recommendation::{recommend, NextStep};

const CENTERS: [&str; 5] = [
    "",
    r#"{"center_name":"Casa Esperanza","phone":"555-010-2000"}"#,
    r#"{"center_name":"Casa Esperanza","phone":"555-010-2000","offers":["OUT","IOP"]}"#,
    r#"{"center_name":"Casa Esperanza","offers":["OUT"]}"#,
    // Abroad: its own emergency number and crisis line, no referral.
    r#"{"center_name":"Hope House","phone":"020 7946 0000",
        "crisis":{"emergency":"999","lines":[{"name":"Samaritans","call":"116 123"}]}}"#,
];

#[test]
fn an_emergency_always_leads_with_getting_safe() {
    let mut emergencies = 0;
    for center in CENTERS {
        let (config, issues) = match center {
            "" => (Config::default(), Vec::new()),
            json => Config::from_json(json),
        };
        assert!(issues.is_empty(), "{issues:?}");
        for lang in [Lang::En, Lang::Es] {
            let help = Help::new(&config, lang);
            let center_href = config.phone.as_ref().map(|p| p.tel_href());
            for row in table_rows() {
                let rec = recommend(&row.answers, &config);
                let step = rec.next_step(&config, &help);
                let emergency = rec.assessment.has(Flag::Emergency);
                match &step {
                    NextStep::GetSafe {
                        line,
                        emergency: number,
                    } => {
                        assert!(emergency, "{:?}", row.answers);
                        assert_eq!(number, &help.emergency);
                        // The main action: the crisis line's first way in.
                        let (_, href) = match line {
                            Some(line) => {
                                assert!(help.lines.contains(line));
                                help::actions(line, lang).remove(0)
                            }
                            None => help::emergency_action(number, lang),
                        };
                        assert_ne!(Some(&href), center_href.as_ref());
                        emergencies += 1;
                    }
                    _ => assert!(!emergency, "{:?}", row.answers),
                }
            }
        }
    }
    // R1 fires on a third of the rows.
    assert_eq!(emergencies, (291_600 + 2_430) / 3 * CENTERS.len() * 2);
}

#[test]
fn the_first_way_to_get_safe_is_988_or_the_centers_own_line() {
    let answers = carefit::engine::Answers::from_json(r#"{"self_harm":"now"}"#).unwrap();
    let default = Config::default();
    let rec = recommend(&answers, &default);
    let NextStep::GetSafe {
        line: Some(line),
        emergency,
    } = rec.next_step(&default, &Help::new(&default, Lang::En))
    else {
        panic!("an emergency leads with getting safe");
    };
    assert_eq!(help::actions(&line, Lang::En)[0].1, "tel:988");
    assert_eq!(emergency.display, "911");
    // Abroad: its own line; with only an emergency number, that number.
    let (abroad, _) = Config::from_json(CENTERS[4]);
    let NextStep::GetSafe {
        line: Some(line), ..
    } = rec.next_step(&abroad, &Help::new(&abroad, Lang::En))
    else {
        panic!("the center's own line");
    };
    assert_eq!(line.name, "Samaritans");
    let (bare, _) = Config::from_json(r#"{"crisis":{"emergency":"112","lines":[]}}"#);
    assert_eq!(
        rec.next_step(&bare, &Help::new(&bare, Lang::En)),
        NextStep::GetSafe {
            line: None,
            emergency: carefit::config::Phone::known("112")
        }
    );
}

#[test]
fn otherwise_the_center_or_the_referral_line() {
    let answers = carefit::engine::Answers::from_json(
        r#"{"use_frequency":"daily","substances":["cannabis"],"withdrawal":"none","medical":"none",
        "self_harm":"no","mental_health":"no","daily_life":"coping","between_sessions":"yes",
        "history":"none","home":"supportive","commitments":["work"],"time":"9_to_19","format":"in_person"}"#,
    )
    .unwrap();
    let step = |center: &str| {
        let config = match center {
            "" => Config::default(),
            json => Config::from_json(json).0,
        };
        let rec = recommend(&answers, &config);
        assert_eq!(rec.assessment.level, Some(Level::Iop));
        rec.next_step(&config, &Help::new(&config, Lang::En))
    };
    assert!(matches!(step(CENTERS[1]), NextStep::CallCenter { .. }));
    assert!(matches!(
        step(r#"{"center_name":"Casa Esperanza","phone":"555-010-2000","offers":["OUT"]}"#),
        NextStep::Referral {
            not_offered: true,
            ..
        }
    ));
    assert!(matches!(
        step(""),
        NextStep::Referral {
            not_offered: false,
            ..
        }
    ));
    assert_eq!(
        step(CENTERS[4]),
        NextStep::CallCenter {
            center: "Hope House".into(),
            phone: carefit::config::Phone::known("020 7946 0000"),
        }
    );
}
