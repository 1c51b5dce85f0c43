//! The engine against the clinical spec (sections 2–5): the rules it runs
//! are what `carefit rules` and the review document (`carefit review`) print.
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::Config;
use carefit::engine::*;
use carefit::recommendation::recommend;

/// Answers to change: (question, new option ids).
type Changes<'a> = &'a [(QuestionId, &'a [&'a str])];

fn answers(json: &str) -> Answers {
    Answers::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// Every question answered at its lowest-risk option: fires no rule.
const CALM: &str = r#"{"use_frequency":"not_using","substances":["cannabis"],"withdrawal":"none",
  "medical":"none","self_harm":"no","mental_health":"no","daily_life":"coping",
  "between_sessions":"yes","history":"none","home":"supportive","commitments":["work"],
  "time":"full_time","format":"in_person"}"#;

/// CALM with some answers replaced.
fn calm_with(changes: Changes) -> Answers {
    let mut a = answers(CALM);
    for (q, ids) in changes {
        a.set(*q, ids).unwrap();
    }
    a
}

fn rule_ids(result: &Assessment) -> Vec<String> {
    result.rules().map(|r| r.to_string()).collect()
}

#[test]
fn calm_answers_fire_nothing_and_suggest_outpatient() {
    let result = assess(&answers(CALM));
    assert_eq!(result.level, Some(Level::Out));
    assert!(result.reasons.is_empty());
    assert!(result.flags.is_empty(), "{:?}", result.flags);
    assert!(result.skipped.is_empty());
}

#[test]
fn worked_example_of_section_5() {
    let a = answers(
        r#"{"mental_health":"no_care","between_sessions":"not_sure","time":"under_9",
        "use_frequency":"weekly_or_less","substances":["alcohol"],"withdrawal":"none",
        "medical":"none","self_harm":"no","daily_life":"coping","history":"none",
        "home":"supportive","commitments":["work"]}"#,
    );
    let json = serde_json::to_string(&assess(&a).cli_report()).unwrap();
    // The spec's example, with v3's `medication` (alcohol is among the
    // substances): the example itself predates the flag.
    assert_eq!(
        json,
        r#"{"level":"IOP","flags":["co_occurring","incomplete","medication","schedule_gap"],"rules":["R9","R12"],"skipped":["format"]}"#
    );
}

/// One case per rule: the answers that fire it alone on top of CALM, the
/// level it gives and the flag it raises.
fn rule_case(n: u8) -> (Answers, Level, Option<Flag>) {
    use QuestionId as Q;
    let (changes, level, flag): (Changes, Level, Option<Flag>) = match n {
        1 => (
            &[(Q::SelfHarm, &["now"])],
            Level::Res,
            Some(Flag::Emergency),
        ),
        2 => (
            &[(Q::Withdrawal, &["severe"])],
            Level::Res,
            Some(Flag::WithdrawalMedical),
        ),
        3 => (
            &[(Q::Withdrawal, &["strong"])],
            Level::Iop,
            Some(Flag::WithdrawalMedical),
        ),
        4 => (
            &[
                (Q::Withdrawal, &["strong"]),
                (Q::UseFrequency, &["daily"]),
                (Q::Substances, &["sedatives"]),
            ],
            Level::Php,
            Some(Flag::WithdrawalMedical),
        ),
        5 => (
            &[
                (Q::Withdrawal, &["not_sure"]),
                (Q::UseFrequency, &["daily"]),
                (Q::Substances, &["alcohol", "opioids"]),
            ],
            Level::Iop,
            Some(Flag::WithdrawalMedical),
        ),
        6 => (
            &[(Q::Medical, &["needs_care"])],
            Level::Php,
            Some(Flag::MedicalCheck),
        ),
        7 => (
            &[(Q::SelfHarm, &["past_month"])],
            Level::Iop,
            Some(Flag::SafetyPlan),
        ),
        8 => (
            &[(Q::MentalHealth, &["in_care"])],
            Level::Out,
            Some(Flag::CoOccurring),
        ),
        9 => (
            &[(Q::MentalHealth, &["no_care"])],
            Level::Iop,
            Some(Flag::CoOccurring),
        ),
        10 => (&[(Q::DailyLife, &["struggling"])], Level::Iop, None),
        11 => (&[(Q::DailyLife, &["not_coping"])], Level::Php, None),
        12 => (&[(Q::BetweenSessions, &["not_sure"])], Level::Iop, None),
        13 => (&[(Q::BetweenSessions, &["no"])], Level::Php, None),
        14 => (
            &[(Q::Home, &["unsafe"])],
            Level::Php,
            Some(Flag::SoberLiving),
        ),
        15 => (
            &[(Q::Home, &["unsafe"]), (Q::BetweenSessions, &["no"])],
            Level::Res,
            Some(Flag::SoberLiving),
        ),
        16 => (&[(Q::UseFrequency, &["most_days"])], Level::Iop, None),
        17 => (
            &[(Q::History, &["residential"]), (Q::Since, &["doing_well"])],
            Level::Iop,
            Some(Flag::StepDown),
        ),
        18 => (
            &[(Q::History, &["intensive"]), (Q::Since, &["cravings"])],
            Level::Iop,
            None,
        ),
        19 => (
            &[(Q::History, &["outpatient"]), (Q::Since, &["relapsed"])],
            Level::Iop,
            None,
        ),
        20 => (
            &[(Q::History, &["residential"]), (Q::Since, &["relapsed"])],
            Level::Php,
            None,
        ),
        _ => unreachable!(),
    };
    (calm_with(changes), level, flag)
}

/// Rules that cannot fire without another: R4 needs R3's answer, R15 R14's
/// and R13's, R5 fires with R16 (daily use), R4 with R16 too.
fn companions(n: u8) -> &'static [&'static str] {
    match n {
        4 => &["R3", "R4", "R16"],
        5 => &["R5", "R16"],
        15 => &["R13", "R14", "R15"],
        _ => &[],
    }
}

#[test]
fn each_rule_fires_with_its_floor_flag_and_reason() {
    for n in 1..=20u8 {
        let (a, level, flag) = rule_case(n);
        let result = assess(&a);
        let id = format!("R{n}");
        let expected: Vec<String> = match companions(n) {
            [] => vec![id.clone()],
            list => list.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(rule_ids(&result), expected, "{id}");
        assert_eq!(result.level, Some(level), "{id}");
        if let Some(flag) = flag {
            assert!(result.has(flag), "{id} should raise {flag:?}");
        }
        let reason = result
            .reasons
            .iter()
            .find(|r| r.rule.to_string() == id)
            .unwrap();
        assert!(!reason.answers.is_empty(), "{id}'s reason names no answer");
        for (q, ids) in &reason.answers {
            assert_eq!(ids, &a.selected(*q), "{id} quotes the person's own answer");
        }
    }
}

#[test]
fn near_misses_do_not_fire() {
    use QuestionId as Q;
    // R4/R5 need daily use of alcohol or sedatives.
    let a = calm_with(&[
        (Q::Withdrawal, &["strong"]),
        (Q::UseFrequency, &["daily"]),
        (Q::Substances, &["opioids"]),
    ]);
    assert_eq!(rule_ids(&assess(&a)), ["R3", "R16"]);
    let a = calm_with(&[
        (Q::Withdrawal, &["not_sure"]),
        (Q::UseFrequency, &["most_days"]),
        (Q::Substances, &["alcohol"]),
    ]);
    assert_eq!(rule_ids(&assess(&a)), ["R16"]);
    // R15 needs more than an unsafe home.
    let a = calm_with(&[(Q::Home, &["unsafe"]), (Q::DailyLife, &["not_coping"])]);
    assert_eq!(rule_ids(&assess(&a)), ["R11", "R14", "R15"]);
    let a = calm_with(&[(Q::Home, &["alone"]), (Q::DailyLife, &["not_coping"])]);
    assert_eq!(assess(&a).level, Some(Level::Php));
    // R17 is for residential history only; relapse after it is R20.
    let a = calm_with(&[(Q::History, &["intensive"]), (Q::Since, &["doing_well"])]);
    assert_eq!(assess(&a).level, Some(Level::Out));
    let a = calm_with(&[(Q::History, &["residential"]), (Q::Since, &["cravings"])]);
    assert_eq!(rule_ids(&assess(&a)), ["R17", "R18"]);
}

#[test]
fn schedule_and_format_flags_describe_the_level() {
    use QuestionId as Q;
    let cases: &[(Changes, bool)] = &[
        (&[(Q::Time, &["under_9"])], false),
        (
            &[(Q::Time, &["under_9"]), (Q::DailyLife, &["struggling"])],
            true,
        ),
        (
            &[(Q::Time, &["9_to_19"]), (Q::DailyLife, &["struggling"])],
            false,
        ),
        (
            &[(Q::Time, &["9_to_19"]), (Q::DailyLife, &["not_coping"])],
            true,
        ),
        (
            &[(Q::Time, &["20_plus"]), (Q::DailyLife, &["not_coping"])],
            false,
        ),
        (&[(Q::Time, &["20_plus"]), (Q::SelfHarm, &["now"])], true),
        (&[(Q::Time, &["full_time"]), (Q::SelfHarm, &["now"])], false),
    ];
    for (changes, gap) in cases {
        let result = assess(&calm_with(changes));
        assert_eq!(result.has(Flag::ScheduleGap), *gap, "{changes:?}");
    }
    let virtual_iop = calm_with(&[(Q::Format, &["virtual"]), (Q::UseFrequency, &["daily"])]);
    assert!(assess(&virtual_iop).has(Flag::VirtualOption));
    let either_out = calm_with(&[(Q::Format, &["either"])]);
    assert!(assess(&either_out).has(Flag::VirtualOption));
    let virtual_php = calm_with(&[(Q::Format, &["virtual"]), (Q::Medical, &["needs_care"])]);
    assert!(!assess(&virtual_php).has(Flag::VirtualOption));
    let in_person = calm_with(&[(Q::Format, &["in_person"])]);
    assert!(!assess(&in_person).has(Flag::VirtualOption));
}

#[test]
fn skips_give_incomplete_then_too_few_answers() {
    use QuestionId as Q;
    let mut a = answers(CALM);
    a.set(Q::Format, &[]).unwrap();
    let result = assess(&a);
    assert_eq!(result.skipped, [Q::Format]);
    assert!(result.has(Flag::Incomplete) && !result.has(Flag::TooFewAnswers));

    // 13 questions apply with no history: 6 skipped is not more than half…
    let mut a = answers(CALM);
    for q in [
        Q::UseFrequency,
        Q::Substances,
        Q::Withdrawal,
        Q::Medical,
        Q::Commitments,
        Q::Time,
    ] {
        a.set(q, &[]).unwrap();
    }
    assert_eq!(assess(&a).applicable, 13);
    assert!(assess(&a).level.is_some());
    assert_eq!(assess(&a).answers_needed(), 0);
    // …7 is, and one more answer would bring a level back.
    a.set(Q::Format, &[]).unwrap();
    let result = assess(&a);
    assert!(result.has(Flag::TooFewAnswers));
    assert_eq!(result.level, None);
    assert_eq!(result.answers_needed(), 1);
    assert_eq!(result.cli_report().level, None);

    // With a history, `since` applies and counts.
    let mut a = calm_with(&[(Q::History, &["outpatient"])]);
    assert_eq!(assess(&a).skipped, [Q::Since]);
    for q in [
        Q::UseFrequency,
        Q::Substances,
        Q::Withdrawal,
        Q::Medical,
        Q::Commitments,
        Q::Time,
    ] {
        a.set(q, &[]).unwrap();
    }
    assert_eq!(assess(&a).applicable, 14);
    assert!(
        !assess(&a).has(Flag::TooFewAnswers),
        "7 of 14 is exactly half"
    );
}

#[test]
fn danger_shows_even_without_a_level() {
    let result = assess(&answers(r#"{"self_harm":"now"}"#));
    assert_eq!(result.level, None);
    assert!(result.has(Flag::Emergency) && result.has(Flag::TooFewAnswers));
    assert_eq!(result.floor, Level::Res);
}

#[test]
fn choosing_no_history_drops_since() {
    let mut a = answers(r#"{"history":"intensive","since":"relapsed"}"#);
    a.set(QuestionId::History, &["none"]).unwrap();
    assert_eq!(a.since, None);
    assert!(!a.is_applicable(QuestionId::Since));
}

#[test]
fn none_of_the_commitments_stands_alone() {
    use QuestionId as Q;
    for json in [
        r#"{"commitments":["none","work"]}"#,
        r#"{"commitments":["caregiving","school","none"]}"#,
    ] {
        let error = Answers::from_json(json).unwrap_err().to_string();
        assert!(
            error.contains("`commitments` takes `none` alone"),
            "{json}: {error}"
        );
    }
    // An unknown id is named first, whatever else the list holds.
    let error = Answers::from_json(r#"{"commitments":["none","gardening"]}"#).unwrap_err();
    assert!(error.to_string().contains("`gardening`"), "{error}");
    for ok in [
        r#"["none"]"#,
        r#"["none","none"]"#,
        r#"["work","school"]"#,
        "[]",
    ] {
        answers(&format!(r#"{{"commitments":{ok}}}"#));
    }

    // The model refuses it too, and keeps the answer it had.
    let mut a = calm_with(&[]);
    assert_eq!(
        a.set(Q::Commitments, &["work", "none"]),
        Err(AnswersError::NotAlone {
            question: Q::Commitments,
            option: "none"
        })
    );
    assert_eq!(a.selected(Q::Commitments), ["work"]);
}

#[test]
fn ticking_none_clears_the_other_commitments_and_back() {
    use QuestionId as Q;
    let c = Q::Commitments;
    assert_eq!(c.toggled(&["work", "school"], "none", true), ["none"]);
    assert_eq!(c.toggled(&["none"], "caregiving", true), ["caregiving"]);
    assert_eq!(
        c.toggled(&["caregiving"], "work", true),
        ["work", "caregiving"]
    );
    assert_eq!(c.toggled(&["work", "school"], "work", false), ["school"]);
    assert_eq!(c.toggled(&["none"], "none", false), Vec::<String>::new());
    // Substances have no option that stands alone.
    assert_eq!(Q::Substances.alone_option(), None);
    assert_eq!(
        Q::Substances.toggled(&["opioids", "other"], "alcohol", true),
        ["alcohol", "opioids", "other"]
    );

    // Every selection the answers accept, every tick and untick: the
    // result is accepted again, and holds the option exactly when ticked.
    for q in QuestionId::ALL.iter().copied().filter(|q| q.is_multi()) {
        let options = q.option_ids();
        for bits in 0..1u32 << options.len() {
            let selected: Vec<&str> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & 1 << i != 0)
                .map(|(_, id)| *id)
                .collect();
            if Answers::default().set(q, &selected).is_err() {
                assert!(selected.contains(&"none") && selected.len() > 1);
                continue;
            }
            for id in options {
                for on in [true, false] {
                    let ids = q.toggled(&selected, id, on);
                    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                    assert_eq!(ids.contains(id), on, "{q:?} {selected:?} {id} {on}");
                    let mut a = Answers::default();
                    assert_eq!(a.set(q, &ids), Ok(()), "{q:?} {selected:?} {id} {on}");
                }
            }
        }
    }
}

#[test]
fn flags_sort_alphabetically_and_rules_by_number() {
    let ids: Vec<&str> = Flag::ALL.iter().map(|f| f.id()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let numbers: Vec<u8> = RULES.iter().map(|r| r.id.0).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
}

#[test]
fn answers_round_trip_through_json() {
    let a = calm_with(&[
        (QuestionId::Substances, &["opioids", "alcohol"]),
        (QuestionId::History, &["residential"]),
        (QuestionId::Since, &["cravings"]),
    ]);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(Answers::from_json(&json).unwrap(), a);
    assert!(
        json.contains(r#""substances":["alcohol","opioids"]"#),
        "{json}"
    );
}

/// An independent reading of the rule table, written from the spec alone,
/// to cross-check the engine over every combination.
fn spec_oracle(a: &Answers) -> (Level, Vec<u8>) {
    let s = |q: QuestionId| a.selected(q).first().copied().unwrap_or("");
    let alc_sed = a
        .selected(QuestionId::Substances)
        .iter()
        .any(|x| *x == "alcohol" || *x == "sedatives");
    use QuestionId as Q;
    let table: [(bool, Level); 20] = [
        (s(Q::SelfHarm) == "now", Level::Res),
        (s(Q::Withdrawal) == "severe", Level::Res),
        (s(Q::Withdrawal) == "strong", Level::Iop),
        (
            s(Q::Withdrawal) == "strong" && s(Q::UseFrequency) == "daily" && alc_sed,
            Level::Php,
        ),
        (
            s(Q::Withdrawal) == "not_sure" && s(Q::UseFrequency) == "daily" && alc_sed,
            Level::Iop,
        ),
        (s(Q::Medical) == "needs_care", Level::Php),
        (s(Q::SelfHarm) == "past_month", Level::Iop),
        (s(Q::MentalHealth) == "in_care", Level::Out),
        // v3: no floor for mental health alone.
        (
            s(Q::MentalHealth) == "no_care",
            if s(Q::UseFrequency) == "none" {
                Level::Out
            } else {
                Level::Iop
            },
        ),
        (s(Q::DailyLife) == "struggling", Level::Iop),
        (s(Q::DailyLife) == "not_coping", Level::Php),
        (s(Q::BetweenSessions) == "not_sure", Level::Iop),
        (s(Q::BetweenSessions) == "no", Level::Php),
        (s(Q::Home) == "unsafe", Level::Php),
        (
            s(Q::Home) == "unsafe"
                && (s(Q::BetweenSessions) == "no" || s(Q::DailyLife) == "not_coping"),
            Level::Res,
        ),
        (
            matches!(s(Q::UseFrequency), "most_days" | "daily"),
            Level::Iop,
        ),
        (
            s(Q::History) == "residential" && matches!(s(Q::Since), "doing_well" | "cravings"),
            Level::Iop,
        ),
        (s(Q::Since) == "cravings", Level::Iop),
        (
            s(Q::Since) == "relapsed" && s(Q::History) == "outpatient",
            Level::Iop,
        ),
        (
            s(Q::Since) == "relapsed" && matches!(s(Q::History), "intensive" | "residential"),
            Level::Php,
        ),
    ];
    let fired: Vec<u8> = (1..=20).filter(|n| table[*n as usize - 1].0).collect();
    let level = fired
        .iter()
        .map(|n| table[*n as usize - 1].1)
        .max()
        .unwrap_or(Level::Out);
    (level, fired)
}

#[test]
fn every_combination_matches_the_spec_table() {
    let mut count = 0;
    for row in table_rows() {
        let result = assess(&row.answers);
        let (level, fired) = spec_oracle(&row.answers);
        assert_eq!(result.floor, level, "{:?}", row.answers);
        assert_eq!(result.level, Some(level), "{:?}", row.answers);
        let numbers: Vec<u8> = result.rules().map(|r| r.0).collect();
        assert_eq!(numbers, fired, "{:?}", row.answers);
        count += 1;
    }
    assert_eq!(count, 291_600 + 2_430);
}

/// The answers `a` (where they don't use) raised to `not_using`, with every
/// way of answering the three questions that then apply.
fn raised_from_no_use(a: &Answers) -> Vec<Answers> {
    let mut out = Vec::new();
    for substance in [Substance::Alcohol, Substance::Opioids] {
        for &withdrawal in Withdrawal::ALL {
            for &between in BetweenSessions::ALL {
                let mut up = a.clone();
                up.use_frequency = Some(UseFrequency::NotUsing);
                up.substances = [substance].into();
                up.withdrawal = Some(withdrawal);
                up.between_sessions = Some(between);
                out.push(up);
            }
        }
    }
    out
}

/// The ordered questions, each with a way to raise its answer one step.
fn raise(a: &Answers, q: QuestionId) -> Option<Answers> {
    let mut up = a.clone();
    use QuestionId as Q;
    match q {
        Q::UseFrequency => up.use_frequency = Some(a.use_frequency?.next()?),
        Q::Withdrawal => up.withdrawal = Some(a.withdrawal?.next()?),
        Q::Medical => up.medical = Some(a.medical?.next()?),
        Q::SelfHarm => up.self_harm = Some(a.self_harm?.next()?),
        Q::MentalHealth => up.mental_health = Some(a.mental_health?.next()?),
        Q::DailyLife => up.daily_life = Some(a.daily_life?.next()?),
        Q::BetweenSessions => up.between_sessions = Some(a.between_sessions?.next()?),
        Q::Since => up.since = Some(a.since?.next()?),
        Q::Home => up.home = Some(a.home?.next()?),
        _ => return None,
    }
    Some(up)
}

#[test]
fn monotone_over_every_combination() {
    let ordered: Vec<QuestionId> = QuestionId::ALL
        .iter()
        .copied()
        .filter(|q| q.kind() == QuestionKind::Ordered)
        .collect();
    assert_eq!(ordered.len(), 9);
    assert_eq!(
        UseFrequency::ALL[0],
        UseFrequency::None,
        "`none` is the lowest"
    );
    let mut checked = 0u32;
    for row in table_rows() {
        let base = assess(&row.answers);
        let mut raised: Vec<(QuestionId, Answers)> = ordered
            .iter()
            .filter_map(|&q| Some((q, raise(&row.answers, q)?)))
            .collect();
        // From `none`, one step up brings back the three questions it took away.
        if row.answers.no_use() {
            raised.extend(
                raised_from_no_use(&row.answers)
                    .into_iter()
                    .map(|up| (QuestionId::UseFrequency, up)),
            );
        }
        for (q, up) in raised {
            let higher = assess(&up);
            assert!(
                higher.level >= base.level,
                "raising {q:?} lowered {:?}",
                row.answers
            );
            for flag in [Flag::Emergency, Flag::WithdrawalMedical] {
                assert!(
                    !base.has(flag) || higher.has(flag),
                    "raising {q:?} dropped {flag:?} for {:?}",
                    row.answers
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1_100_000, "only {checked} raises checked");
}

#[test]
fn the_config_never_changes_the_level() {
    let configs: Vec<Config> = [
        "{}",
        r#"{"offers":["OUT"]}"#,
        r#"{"offers":["IOP","PHP"],"center_name":"Hope House","phone":"555-010-2000"}"#,
        r##"{"offers":["RES"],"mode":"kiosk","lang":"es","theme":{"accent":"#ffeeaa"}}"##,
        r#"{"offers":["OUT","IOP","PHP","RES"],"events":true}"#,
    ]
    .iter()
    .map(|json| Config::from_json(json).0)
    .collect();
    for (i, row) in table_rows().enumerate().step_by(7) {
        let plain = assess(&row.answers);
        for config in &configs {
            let rec = recommend(&row.answers, config);
            assert_eq!(rec.assessment, plain, "row {i}");
            let offered = plain
                .level
                .and_then(|l| config.offers.map(|o| o.contains(l)));
            assert_eq!(rec.offered_here, offered);
        }
    }
}

#[test]
fn rule_table_is_generated_from_the_code() {
    let table = markdown_table();
    assert_eq!(table.lines().count(), 22);
    assert!(table.contains("| R15 | `home` = `unsafe` and (`between_sessions` = `no` or `daily_life` = `not_coping`) | `RES` | `sober_living` |"));
    assert!(table.contains("| R8 | `mental_health` = `in_care` | — | `co_occurring` |"));
}

#[test]
fn csv_table_has_every_row() {
    let csv = table_csv();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(TABLE_HEADER));
    assert_eq!(lines.clone().count(), 291_600 + 2_430);
    // `none` is the lowest option, so its rows come first, the three
    // questions it takes away empty.
    let first = lines.next().unwrap();
    assert_eq!(first, "none,,,none,no,no,coping,,none,,supportive,OUT,,");
    assert_eq!(csv.matches("\nnone,,,").count(), 2_430);
    assert!(csv.contains("\nnot_using,yes,none,none,no,no,coping,yes,none,,supportive,OUT,,\n"));
    assert!(csv.contains("\nnone,,,needs_care,past_month,no_care,not_coping,,intensive,relapsed,unsafe,RES,R6 R7 R9 R11 R14 R15 R20,co_occurring home_safety medical_check safety_plan sober_living\n"));
    assert!(csv.contains(
        "\ndaily,yes,severe,needs_care,now,no_care,not_coping,no,residential,relapsed,unsafe,RES,"
    ));
}

#[test]
fn overdose_risk_follows_the_substances_and_never_the_level() {
    for (substances, raised) in [
        (&["opioids"][..], true),
        (&["stimulants"], true),
        (&["other"], true),
        (&["alcohol", "opioids"], true),
        (&["alcohol"], false),
        (&["sedatives", "cannabis"], false),
        // v3: sedatives with alcohol.
        (&["sedatives", "alcohol"], true),
        (&["alcohol", "cannabis", "sedatives"], true),
        (&["sedatives"], false),
        (&[], false),
    ] {
        let a = calm_with(&[(QuestionId::Substances, substances)]);
        let result = assess(&a);
        assert_eq!(result.has(Flag::OverdoseRisk), raised, "{substances:?}");
        assert_eq!(
            result.level,
            Some(Level::Out),
            "{substances:?}: no level change"
        );
    }
    // Raised with or without a level: danger is never hidden.
    let few = assess(&answers(r#"{"substances":["opioids"]}"#));
    assert!(few.has(Flag::TooFewAnswers) && few.has(Flag::OverdoseRisk));
}

#[test]
fn medication_follows_opioids_or_alcohol_and_never_the_level() {
    for substances in [
        &["opioids"][..],
        &["alcohol"],
        &["alcohol", "sedatives"],
        &["cannabis", "opioids"],
        &["sedatives"],
        &["stimulants", "cannabis", "other"],
        &[],
    ] {
        let raised = substances.contains(&"opioids") || substances.contains(&"alcohol");
        let result = assess(&calm_with(&[(QuestionId::Substances, substances)]));
        assert_eq!(result.has(Flag::Medication), raised, "{substances:?}");
        assert_eq!(result.level, Some(Level::Out), "{substances:?}");
    }
    // Raised with or without a level, and never on the table.
    let few = assess(&answers(r#"{"substances":["alcohol"]}"#));
    assert!(few.has(Flag::TooFewAnswers) && few.has(Flag::Medication));
    assert!(!Flag::Medication.in_table());
}

#[test]
fn r9_sets_no_floor_for_mental_health_alone() {
    let alone = answers(
        r#"{"use_frequency":"none","medical":"none","self_harm":"no","mental_health":"no_care",
        "daily_life":"coping","history":"none","home":"supportive"}"#,
    );
    let result = assess(&alone);
    assert_eq!(result.level, Some(Level::Out));
    assert_eq!(rule_ids(&result), ["R9"], "the reason stays");
    assert!(result.has(Flag::CoOccurring));
    assert_eq!(result.reasons[0].floor, None, "and sets no level");
    // With use, R9 keeps its floor.
    let mut using = alone.clone();
    using.set(QuestionId::UseFrequency, &["not_using"]).unwrap();
    assert_eq!(assess(&using).level, Some(Level::Iop));
}

#[test]
fn home_safety_comes_with_an_unsafe_home_beside_sober_living() {
    let unsafe_home = assess(&calm_with(&[(QuestionId::Home, &["unsafe"])]));
    assert!(unsafe_home.has(Flag::HomeSafety) && unsafe_home.has(Flag::SoberLiving));
    assert_eq!(
        unsafe_home.level,
        Some(Level::Php),
        "R14 alone sets the level"
    );
    for home in ["supportive", "alone"] {
        assert!(!assess(&calm_with(&[(QuestionId::Home, &[home])])).has(Flag::HomeSafety));
    }
    let few = assess(&answers(r#"{"home":"unsafe"}"#));
    assert!(few.has(Flag::TooFewAnswers) && few.has(Flag::HomeSafety));
}

#[test]
fn the_new_safety_flags_match_their_conditions_over_every_combination() {
    // In the table's rows, "no alcohol or sedatives" stands for opioids.
    for row in table_rows().step_by(7) {
        let result = assess(&row.answers);
        assert_eq!(
            result.has(Flag::HomeSafety),
            row.answers.home == Some(Home::Unsafe)
        );
        assert_eq!(
            result.has(Flag::OverdoseRisk),
            row.alcohol_or_sedatives == Some(false)
        );
        // Alcohol stands for "alcohol or sedatives", opioids for neither:
        // both raise `medication`.
        assert_eq!(
            result.has(Flag::Medication),
            row.alcohol_or_sedatives.is_some()
        );
    }
}

#[test]
fn flags_by_urgency_put_danger_first() {
    let result = assess(&answers(
        r#"{"self_harm":"now","withdrawal":"severe","substances":["opioids"],"home":"unsafe","medical":"needs_care"}"#,
    ));
    let order = result.flags_by_urgency();
    assert_eq!(order[0], Flag::Emergency);
    let rank = |f: Flag| order.iter().position(|x| *x == f).unwrap();
    assert!(rank(Flag::WithdrawalMedical) < rank(Flag::MedicalCheck));
    assert!(rank(Flag::OverdoseRisk) < rank(Flag::SoberLiving));
    assert!(rank(Flag::HomeSafety) < rank(Flag::Incomplete));
    // A helper's and a teen's next steps are read before the rest, never before danger.
    let result = assess(&answers(
        r#"{"for_whom":"someone_else","age":"under_18","mental_health":"in_care","withdrawal":"severe"}"#,
    ));
    let order = result.flags_by_urgency();
    let rank = |f: Flag| order.iter().position(|x| *x == f).unwrap();
    for flag in [Flag::Family, Flag::Adolescent] {
        assert!(rank(Flag::WithdrawalMedical) < rank(flag));
        assert!(rank(flag) < rank(Flag::CoOccurring));
        assert!(flag.urgency() < Flag::LEAST_URGENT, "shown open");
    }
}

/// The typical week each level draws, against the spec's table (section 1).
#[test]
fn typical_weeks_fit_the_spec_table() {
    use std::ops::RangeInclusive;
    struct Row {
        level: Level,
        hours_a_week: RangeInclusive<u32>,
        days: RangeInclusive<usize>,
        hours_a_day: RangeInclusive<u8>,
    }
    let table = [
        // "1–2 sessions a week, under 9 h"; the table gives no day length.
        Row {
            level: Level::Out,
            hours_a_week: 1..=8,
            days: 1..=2,
            hours_a_day: 1..=8,
        },
        // "9–19 h/week; 3–5 days a week, 2–4 h a day".
        Row {
            level: Level::Iop,
            hours_a_week: 9..=19,
            days: 3..=5,
            hours_a_day: 2..=4,
        },
        // "20–30 typical; 5–6 days a week, about 6–8 h a day".
        Row {
            level: Level::Php,
            hours_a_week: 20..=30,
            days: 5..=6,
            hours_a_day: 6..=8,
        },
    ];
    for row in table {
        let level = row.level;
        let hours = level
            .typical_week()
            .hours
            .unwrap_or_else(|| panic!("{level:?} has hours"));
        let total: u32 = hours.iter().map(|h| u32::from(*h)).sum();
        let treated: Vec<u8> = hours.iter().copied().filter(|h| *h > 0).collect();
        assert!(
            row.hours_a_week.contains(&total),
            "{level:?}: {total} h a week"
        );
        assert!(
            row.days.contains(&treated.len()),
            "{level:?}: {} days",
            treated.len()
        );
        for h in treated {
            assert!(row.hours_a_day.contains(&h), "{level:?}: {h} h a day");
        }
        assert_eq!(level.typical_week().days(), hours.map(Some));
    }
    // "Around the clock": no hours to count, every day.
    assert_eq!(Level::Res.typical_week().hours, None);
    assert_eq!(Level::Res.typical_week().days(), [None; 7]);
}

/// Flags other than those `for_whom` and `age` raise.
fn without_who(flags: IdSet<Flag>) -> IdSet<Flag> {
    flags
        .iter()
        .filter(|f| !matches!(f, Flag::Family | Flag::Adolescent))
        .collect()
}

/// Spec v2, "Same level for anyone": `for_whom` and `age` change only the
/// flags `family` and `adolescent`. Every combination, then each with a
/// different set of skips (the row's number picks them).
#[test]
fn the_level_is_the_same_for_myself_and_someone_else_and_at_any_age() {
    let mut checked = 0u32;
    for (i, row) in table_rows().enumerate() {
        let mut skipped = row.answers.clone();
        let mut bits = (i as u32).wrapping_mul(2_654_435_761) >> 8;
        for &q in QuestionId::ALL {
            if bits & 1 == 1 {
                skipped.set(q, &[]).unwrap();
            }
            bits >>= 1;
        }
        for given in [row.answers, skipped] {
            let base = assess(&given);
            for &for_whom in ForWhom::ALL {
                for age in [None, Some(Age::Adult), Some(Age::UnderEighteen)] {
                    let mut a = given.clone();
                    a.for_whom = for_whom;
                    a.age = age;
                    let result = assess(&a);
                    assert_eq!(result.level, base.level, "{a:?}");
                    assert_eq!(result.floor, base.floor, "{a:?}");
                    assert_eq!(result.reasons, base.reasons, "{a:?}");
                    assert_eq!(result.skipped, base.skipped, "{a:?}");
                    assert_eq!(result.applicable, base.applicable, "{a:?}");
                    assert_eq!(without_who(result.flags), without_who(base.flags));
                    assert_eq!(result.has(Flag::Family), for_whom == ForWhom::SomeoneElse);
                    assert_eq!(
                        result.has(Flag::Adolescent),
                        age == Some(Age::UnderEighteen)
                    );
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, (291_600 + 2_430) * 2 * 6);
}

#[test]
fn age_is_asked_first_and_never_counted() {
    use QuestionId as Q;
    assert_eq!(QuestionId::ALL[0], Q::Age);
    assert_eq!(Q::Age.kind(), QuestionKind::Plain);
    assert_eq!(Q::Age.option_ids(), ["adult", "under_18"]);
    let a = Answers::default();
    assert_eq!(a.applicable().next(), Some(Q::Age), "asked");
    assert!(!a.skipped().contains(&Q::Age), "never skipped");
    assert_eq!(assess(&a).applicable, 13, "never counted");
    // Age alone is not an answer that brings a level.
    let result = assess(&answers(r#"{"age":"under_18"}"#));
    assert_eq!(result.skipped.len(), 13);
    assert!(result.has(Flag::TooFewAnswers) && result.has(Flag::Adolescent));
    // Answered or not, CALM's result is the same.
    let calm = assess(&answers(CALM));
    let adult = assess(&calm_with(&[(Q::Age, &["adult"])]));
    assert_eq!(adult, calm);
    let teen = assess(&calm_with(&[(Q::Age, &["under_18"])]));
    assert_eq!(teen.level, Some(Level::Out));
    assert_eq!(teen.flags.iter().collect::<Vec<_>>(), [Flag::Adolescent]);
}

#[test]
fn for_whom_is_a_key_not_a_question() {
    assert_eq!(ForWhom::default(), ForWhom::Myself);
    assert!(QuestionId::from_id("for_whom").is_none());
    let calm = answers(CALM);
    assert_eq!(calm.for_whom, ForWhom::Myself, "absent: myself");
    for (json, expected) in [
        (r#"{"for_whom":"someone_else"}"#, ForWhom::SomeoneElse),
        (r#"{"for_whom":"myself"}"#, ForWhom::Myself),
        (r#"{"for_whom":null}"#, ForWhom::Myself),
    ] {
        let a = answers(json);
        assert_eq!(a.for_whom, expected, "{json}");
        assert!(a.skipped().iter().all(|q| q.counts()));
    }
    for (json, needle) in [
        (r#"{"for_whom":"my_son"}"#, "`my_son` for `for_whom`"),
        (r#"{"for_whom":["myself"]}"#, "`for_whom`"),
        (
            r#"{"for_whom":"myself","for_whom":"someone_else"}"#,
            "`for_whom` is given twice",
        ),
        (r#"{"for_who":"myself"}"#, "`for_whom`"),
    ] {
        let error = Answers::from_json(json).unwrap_err().to_string();
        assert!(error.contains(needle), "{json}: {error}");
    }
    // Raised with or without a level.
    let mut other = calm.clone();
    other.for_whom = ForWhom::SomeoneElse;
    let result = assess(&other);
    assert_eq!(result.level, Some(Level::Out));
    assert_eq!(result.flags.iter().collect::<Vec<_>>(), [Flag::Family]);
    let few = assess(&answers(r#"{"for_whom":"someone_else","self_harm":"now"}"#));
    assert!(few.has(Flag::Family) && few.has(Flag::Emergency) && few.has(Flag::TooFewAnswers));
}

#[test]
fn no_use_takes_three_questions_away() {
    use QuestionId as Q;
    let three = [Q::Substances, Q::Withdrawal, Q::BetweenSessions];
    let none = answers(r#"{"use_frequency":"none"}"#);
    for q in three {
        assert!(!none.is_applicable(q), "{q:?}");
        assert!(!none.skipped().contains(&q), "{q:?} is not skipped");
    }
    assert_eq!(
        none.applicable().count(),
        QuestionId::ALL.len() - 4,
        "no since, and not the three"
    );
    assert_eq!(assess(&none).applicable, 10);
    // Skipped, `use_frequency` leaves them asked, as in v1.
    assert!(three.iter().all(|q| Answers::default().is_applicable(*q)));

    // Choosing `none` drops their answers; choosing again brings them back, empty.
    let mut a = calm_with(&[(Q::UseFrequency, &["daily"]), (Q::Withdrawal, &["strong"])]);
    a.set(Q::UseFrequency, &["none"]).unwrap();
    assert!(three.iter().all(|q| !a.is_answered(*q)));
    let result = assess(&a);
    assert_eq!(result.level, Some(Level::Out));
    assert!(
        result.skipped.is_empty() && result.flags.is_empty(),
        "{result:?}"
    );
    a.set(Q::UseFrequency, &["weekly_or_less"]).unwrap();
    assert_eq!(a.skipped(), three);

    // The reader refuses them, whatever the order of the keys, naming each.
    for q in three {
        let value = if q.is_multi() {
            r#"["alcohol"]"#
        } else {
            r#""not_sure""#
        };
        for json in [
            format!(r#"{{"use_frequency":"none","{}":{value}}}"#, q.id()),
            format!(r#"{{"{}":{value},"use_frequency":"none"}}"#, q.id()),
        ] {
            let error = Answers::from_json(&json).unwrap_err();
            assert_eq!(error, AnswersError::WithoutUse(q), "{json}");
            assert!(error.to_string().contains(&format!("`{}`", q.id())));
        }
        // Left empty, they are simply not there.
        let empty = if q.is_multi() { "[]" } else { "null" };
        answers(&format!(
            r#"{{"use_frequency":"none","{}":{empty}}}"#,
            q.id()
        ));
    }
    // The same for `since` now: a history given after it no longer hides it.
    assert_eq!(
        Answers::from_json(r#"{"since":"relapsed","history":"none"}"#),
        Err(AnswersError::SinceWithoutHistory)
    );
}

#[test]
fn v2_keys_round_trip_through_json() {
    let mut a = calm_with(&[
        (QuestionId::Age, &["under_18"]),
        (QuestionId::UseFrequency, &["none"]),
    ]);
    a.for_whom = ForWhom::SomeoneElse;
    let json = serde_json::to_string(&a).unwrap();
    assert!(
        json.starts_with(
            r#"{"for_whom":"someone_else","age":"under_18","use_frequency":"none","medical""#
        ),
        "{json}"
    );
    assert_eq!(Answers::from_json(&json).unwrap(), a);
    let json = serde_json::to_string(&answers(CALM)).unwrap();
    assert!(!json.contains("for_whom"), "myself is the default: {json}");
}
