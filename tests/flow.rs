//! The journey through the screens, natively: branching, the crisis
//! interrupt, back, review and start over.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::{ForWhom, QuestionId as Q};
use carefit::flow::{Action, CrisisReason, Flow, Screen};

fn run(actions: Vec<Action>) -> Flow {
    actions.into_iter().fold(Flow::default(), Flow::apply)
}

fn number(flow: &Flow) -> Option<usize> {
    flow.progress()
}

fn choose(q: Q, id: &str) -> Action {
    Action::Choose(q, vec![id.to_string()])
}

#[test]
fn start_leads_to_the_first_question_and_back_returns() {
    let flow = run(vec![Action::Start]);
    assert_eq!(flow.screen, Screen::Question(Q::Age), "age is asked first");
    assert_eq!(number(&flow), Some(1));
    assert_eq!(flow.clone().apply(Action::Back).screen, Screen::Start);
    let flow = flow.apply(choose(Q::Age, "adult")).apply(Action::Next);
    assert_eq!(flow.screen, Screen::Question(Q::UseFrequency));
    assert_eq!(number(&flow), Some(2));
}

#[test]
fn next_needs_a_choice_but_skip_does_not() {
    let flow = run(vec![Action::Start, Action::Next]);
    assert!(flow.missing_choice);
    assert_eq!(flow.screen, Screen::Question(Q::Age));
    let flow = flow.apply(Action::Skip);
    assert!(!flow.missing_choice);
    assert_eq!(flow.screen, Screen::Question(Q::UseFrequency));
    let flow = flow.apply(Action::Skip);
    assert_eq!(flow.screen, Screen::Question(Q::Substances));
}

#[test]
fn since_follows_history_only_when_there_was_treatment() {
    let mut flow = run(vec![Action::Start]);
    while flow.screen != Screen::Question(Q::History) {
        flow = flow.apply(Action::Skip);
    }
    let none = flow
        .clone()
        .apply(choose(Q::History, "none"))
        .apply(Action::Next);
    assert_eq!(none.screen, Screen::Question(Q::Home));
    assert_eq!(number(&none), Some(11));
    let some = flow
        .apply(choose(Q::History, "outpatient"))
        .apply(Action::Next);
    assert_eq!(some.screen, Screen::Question(Q::Since));
    assert_eq!(number(&some), Some(11));
}

#[test]
fn self_harm_now_interrupts_then_goes_on_with_the_answer_kept() {
    let mut flow = run(vec![Action::Start]);
    while flow.screen != Screen::Question(Q::SelfHarm) {
        flow = flow.apply(Action::Skip);
    }
    let flow = flow.apply(choose(Q::SelfHarm, "now"));
    assert_eq!(flow.screen.id(), "crisis");
    assert!(matches!(
        flow.screen,
        Screen::Crisis {
            reason: CrisisReason::SelfHarm,
            ..
        }
    ));
    let flow = flow.apply(Action::Continue);
    assert_eq!(flow.screen, Screen::Question(Q::MentalHealth));
    assert_eq!(flow.answers.selected(Q::SelfHarm), ["now"]);
    // Choosing `now` again from the review also interrupts, then returns there.
    let mut flow = flow;
    while flow.screen != Screen::Review {
        flow = flow.apply(Action::Skip);
    }
    let flow = flow
        .apply(choose(Q::SelfHarm, "past_month"))
        .apply(choose(Q::SelfHarm, "now"));
    assert_eq!(flow.screen.id(), "crisis");
    assert_eq!(flow.apply(Action::Continue).screen, Screen::Review);
}

#[test]
fn severe_withdrawal_interrupts_at_once_then_goes_on_with_the_answer_kept() {
    let mut flow = run(vec![Action::StartFor(ForWhom::SomeoneElse)]);
    while flow.screen != Screen::Question(Q::Withdrawal) {
        flow = flow.apply(Action::Skip);
    }
    // The other answers wait for Next; `severe` does not.
    for calm in ["none", "mild", "not_sure", "strong"] {
        let same = flow.clone().apply(choose(Q::Withdrawal, calm));
        assert_eq!(same.screen, Screen::Question(Q::Withdrawal), "{calm}");
    }
    let flow = flow.apply(choose(Q::Withdrawal, "severe"));
    assert_eq!(
        flow.screen,
        Screen::Crisis {
            then: Box::new(Screen::Question(Q::Medical)),
            reason: CrisisReason::Withdrawal,
        }
    );
    assert_eq!(CrisisReason::Withdrawal.id(), "withdrawal");
    let flow = flow.apply(Action::Continue);
    assert_eq!(flow.screen, Screen::Question(Q::Medical));
    assert_eq!(flow.answers.selected(Q::Withdrawal), ["severe"]);
    // From the review too, and back there.
    let mut flow = flow;
    while flow.screen != Screen::Review {
        flow = flow.apply(Action::Skip);
    }
    let flow = flow
        .apply(choose(Q::Withdrawal, "mild"))
        .apply(choose(Q::Withdrawal, "severe"));
    assert!(matches!(
        flow.screen,
        Screen::Crisis {
            reason: CrisisReason::Withdrawal,
            ..
        }
    ));
    assert_eq!(flow.apply(Action::Continue).screen, Screen::Review);
}

#[test]
fn only_the_two_answers_of_danger_open_crisis_help() {
    // Every option of every question, chosen on its own screen: only
    // `self_harm` = `now` and `withdrawal` = `severe` leave the question.
    for q in Q::ALL.iter().copied() {
        let mut flow = run(vec![Action::Start]);
        while flow.screen != Screen::Question(q) && flow.screen != Screen::Review {
            flow = flow.apply(Action::Skip);
        }
        if flow.screen == Screen::Review {
            continue; // `since` waits for a history
        }
        for id in q.option_ids() {
            let after = flow.clone().apply(choose(q, id));
            let expected = match (q, *id) {
                (Q::SelfHarm, "now") => Some(CrisisReason::SelfHarm),
                (Q::Withdrawal, "severe") => Some(CrisisReason::Withdrawal),
                _ => None,
            };
            match expected {
                Some(reason) => assert!(
                    matches!(after.screen, Screen::Crisis { reason: r, .. } if r == reason),
                    "{q:?} {id}"
                ),
                None => assert_eq!(after.screen, Screen::Question(q), "{q:?} {id}"),
            }
        }
    }
}

#[test]
fn help_and_compare_return_where_they_were() {
    let flow = run(vec![
        Action::Start,
        Action::Skip,
        Action::Skip,
        Action::Help,
    ]);
    assert_eq!(flow.screen.id(), "crisis");
    // Help on request is not a report: it speaks of nothing they said.
    assert!(matches!(
        flow.screen,
        Screen::Crisis {
            reason: CrisisReason::Help,
            ..
        }
    ));
    assert_eq!(CrisisReason::Help.id(), "help");
    assert_eq!(CrisisReason::SelfHarm.id(), "self_harm");
    assert_eq!(
        flow.apply(Action::Continue).screen,
        Screen::Question(Q::Substances)
    );
    let flow = run(vec![Action::Compare]);
    assert_eq!(flow.screen.id(), "compare");
    assert_eq!(flow.apply(Action::Back).screen, Screen::Start);
}

#[test]
fn review_then_result_then_restart_forgets_everything() {
    let mut flow = run(vec![
        Action::Start,
        choose(Q::UseFrequency, "daily"),
        Action::Next,
    ]);
    while flow.screen != Screen::Review {
        flow = flow.apply(Action::Skip);
    }
    let flow = flow
        .apply(Action::Edit(Some(Q::Home)))
        .apply(choose(Q::Home, "unsafe"));
    assert_eq!(flow.editing, Some(Q::Home));
    let flow = flow.apply(Action::Next);
    assert_eq!(flow.screen, Screen::Result);
    assert_eq!(flow.editing, None);
    assert_eq!(flow.clone().apply(Action::Back).screen, Screen::Review);
    assert_eq!(flow.apply(Action::Restart), Flow::default());
}

#[test]
fn start_over_asks_once_and_any_other_step_keeps_the_answers() {
    let mut flow = run(vec![
        Action::Start,
        choose(Q::UseFrequency, "daily"),
        Action::Next,
    ]);
    while flow.screen != Screen::Review {
        flow = flow.apply(Action::Skip);
    }
    let result = flow.apply(Action::Next);
    let asking = result.clone().apply(Action::AskRestart);
    assert!(asking.confirming_restart);
    assert_eq!(asking.screen, Screen::Result);
    assert_eq!(asking.answers, result.answers, "asking clears nothing");
    // "No, keep my answers" (or any other step) closes the question.
    for step in [
        Action::Continue,
        Action::Compare,
        Action::Help,
        Action::Back,
    ] {
        let after = asking.clone().apply(step.clone());
        assert!(!after.confirming_restart, "{step:?} keeps asking");
        assert_eq!(after.answers, result.answers);
    }
    assert_eq!(asking.apply(Action::Restart), Flow::default());
    // Only a result asks: elsewhere there is nothing to confirm.
    assert!(!Flow::default().apply(Action::AskRestart).confirming_restart);
}

#[test]
fn unknown_option_ids_change_nothing() {
    let flow = run(vec![Action::Start, choose(Q::UseFrequency, "hourly")]);
    assert!(!flow.answers.is_answered(Q::UseFrequency));
}

#[test]
fn steps_logged_on_the_prerendered_page_replay_into_the_same_place() {
    let steps = [
        "start",
        "choose age adult",
        "next",
        "choose use_frequency daily",
        "next",
        "choose substances alcohol sedatives",
        "help",
        "continue",
    ];
    let flow = steps
        .iter()
        .filter_map(|s| Action::from_step(s))
        .fold(Flow::default(), Flow::apply);
    assert_eq!(flow.screen, Screen::Question(Q::Substances));
    assert_eq!(flow.answers.selected(Q::Age), ["adult"]);
    assert_eq!(flow.answers.selected(Q::UseFrequency), ["daily"]);
    assert_eq!(flow.lang, None, "the page's own language");
    assert_eq!(
        flow.answers.selected(Q::Substances),
        ["alcohol", "sedatives"]
    );
}

#[test]
fn unknown_steps_name_no_action() {
    for step in [
        "",
        "print",
        "lang xx",
        "lang",
        "choose nothing here",
        "jump",
    ] {
        assert_eq!(Action::from_step(step), None, "{step}");
    }
    assert_eq!(
        Action::from_step("choose use_frequency"),
        Some(Action::Choose(Q::UseFrequency, vec![]))
    );
}

#[test]
fn the_language_switch_is_a_step_and_a_restart_brings_the_page_language_back() {
    use carefit::i18n::Lang;
    let flow = ["start", "lang es-MX", "choose age under_18"]
        .iter()
        .filter_map(|s| Action::from_step(s))
        .fold(Flow::default(), Flow::apply);
    assert_eq!(flow.lang, Some(Lang::Es));
    assert_eq!(
        flow.screen,
        Screen::Question(Q::Age),
        "switching moves nowhere"
    );
    assert!(!flow.is_pristine());
    // Start over keeps the language the person chose; a kiosk's wipe for
    // the next person brings the page's back.
    let restarted = flow.clone().apply(Action::Restart);
    assert_eq!(restarted.lang, Some(Lang::Es));
    assert_eq!(restarted.answers, Default::default());
    let wiped = flow.apply(Action::Wipe);
    assert_eq!(wiped.lang, None);
    assert!(wiped.is_pristine());
}

#[test]
fn two_ways_in_set_who_the_answers_are_about_and_ask_the_same_questions() {
    let mine = run(vec![Action::Start]);
    let theirs = run(vec![Action::StartFor(ForWhom::SomeoneElse)]);
    assert_eq!(mine.answers.for_whom, ForWhom::Myself);
    assert_eq!(theirs.answers.for_whom, ForWhom::SomeoneElse);
    assert_eq!(theirs.screen, Screen::Question(Q::Age));
    assert_eq!(theirs.questions(), mine.questions());
    assert_eq!(theirs.progress(), mine.progress());
    // Back to the start and in the other way: the last choice holds.
    let again = theirs.apply(Action::Back).apply(Action::Start);
    assert_eq!(again.answers.for_whom, ForWhom::Myself);
    assert_eq!(
        run(vec![Action::StartFor(ForWhom::Myself)]),
        run(vec![Action::Start])
    );
    // A restart forgets it with the rest.
    let wiped = run(vec![
        Action::StartFor(ForWhom::SomeoneElse),
        Action::Restart,
    ]);
    assert!(wiped.is_pristine());
}

#[test]
fn the_start_steps_name_who_the_answers_are_about() {
    assert_eq!(Action::from_step("start"), Some(Action::Start));
    assert_eq!(
        Action::from_step("start myself"),
        Some(Action::StartFor(ForWhom::Myself))
    );
    assert_eq!(
        Action::from_step("start someone_else"),
        Some(Action::StartFor(ForWhom::SomeoneElse))
    );
    assert_eq!(Action::from_step("start my_son"), None);
    let flow = ["start someone_else", "choose age under_18", "next"]
        .iter()
        .filter_map(|s| Action::from_step(s))
        .fold(Flow::default(), Flow::apply);
    assert_eq!(flow.answers.for_whom, ForWhom::SomeoneElse);
    assert_eq!(flow.screen, Screen::Question(Q::UseFrequency));
}

/// Every question screen a journey passes through, answering each with
/// `answer` (or skipping it), until the review.
fn walk(mut flow: Flow, answer: impl Fn(Q) -> Option<&'static str>) -> (Flow, Vec<Q>) {
    let mut seen = Vec::new();
    while let Screen::Question(q) = flow.screen {
        seen.push(q);
        flow = match answer(q) {
            Some(id) => flow.apply(choose(q, id)).apply(Action::Next),
            None => flow.apply(Action::Skip),
        };
        assert!(seen.len() <= Q::ALL.len(), "no end: {seen:?}");
    }
    (flow, seen)
}

#[test]
fn no_use_skips_exactly_the_three_questions_about_use() {
    let none = |q: Q| match q {
        Q::UseFrequency => Some("none"),
        Q::History => Some("outpatient"),
        _ => None,
    };
    let (flow, seen) = walk(run(vec![Action::Start]), none);
    assert_eq!(flow.screen, Screen::Review);
    let expected: Vec<Q> = Q::ALL
        .iter()
        .copied()
        .filter(|q| ![Q::Substances, Q::Withdrawal, Q::BetweenSessions].contains(q))
        .collect();
    assert_eq!(seen, expected);
    assert_eq!(flow.questions(), expected, "the review lists the same");
    // The same journey with use asks them all.
    let daily = |q: Q| (q == Q::UseFrequency).then_some("daily");
    let (_, seen) = walk(run(vec![Action::Start]), daily);
    let mut all = Q::ALL.to_vec();
    all.retain(|q| *q != Q::Since);
    assert_eq!(seen, all);

    // Progress counts what is asked; Back from the next question returns to it.
    let flow = run(vec![
        Action::Start,
        Action::Skip,
        choose(Q::UseFrequency, "none"),
        Action::Next,
    ]);
    assert_eq!(flow.screen, Screen::Question(Q::Medical));
    assert_eq!(number(&flow), Some(3));
    assert_eq!(
        flow.apply(Action::Back).screen,
        Screen::Question(Q::UseFrequency)
    );

    // Changing to `none` on the review drops the answers that no longer apply.
    let (review, _) = walk(run(vec![Action::Start]), |q| match q {
        Q::UseFrequency => Some("daily"),
        Q::Withdrawal => Some("strong"),
        _ => None,
    });
    assert_eq!(review.answers.selected(Q::Withdrawal), ["strong"]);
    let review = review
        .apply(Action::Edit(Some(Q::UseFrequency)))
        .apply(choose(Q::UseFrequency, "none"));
    assert_eq!(review.screen, Screen::Review);
    assert!(!review.answers.is_answered(Q::Withdrawal));
    assert!(!review.questions().contains(&Q::Withdrawal));
}

/// Every answer skipped but `use_frequency` daily: too few answers.
fn too_few() -> Flow {
    let mut flow = run(vec![Action::Start]);
    while let Screen::Question(q) = flow.screen {
        flow = if q == Q::UseFrequency {
            flow.apply(choose(q, "daily")).apply(Action::Next)
        } else {
            flow.apply(Action::Skip)
        };
    }
    let flow = flow.apply(Action::Next);
    assert_eq!(flow.screen, Screen::Result);
    assert!(carefit::engine::assess(&flow.answers).level.is_none());
    flow
}

#[test]
fn answer_skipped_visits_each_skipped_question_then_the_result() {
    let flow = too_few();
    let skipped = flow.answers.skipped();
    assert!(!skipped.contains(&Q::Age), "age is never counted");
    let mut flow = flow.apply(Action::AnswerSkipped);
    assert!(flow.answering_skipped);
    let mut seen = Vec::new();
    while let Screen::Question(q) = flow.screen {
        seen.push(q);
        // Next needs an answer there too; Skip moves on.
        flow = flow.apply(Action::Next);
        assert!(flow.missing_choice);
        flow = flow.apply(Action::Skip);
    }
    assert_eq!(seen, skipped, "each skipped question once, in order");
    assert_eq!(flow.screen, Screen::Result);
    assert!(!flow.answering_skipped, "the round ends on the result");
    // Afterwards the journey is as before: Back to the review, then the
    // last question, whose Next leads to the review again.
    let last = flow.apply(Action::Back).apply(Action::Back);
    assert_eq!(last.screen, Screen::Question(*Q::ALL.last().unwrap()));
    assert_eq!(last.apply(Action::Skip).screen, Screen::Review);
}

#[test]
fn answer_skipped_follows_the_answers_given_on_the_way() {
    // Answering `history` on the way makes `since` apply: it is asked next.
    let flow = too_few().apply(Action::AnswerSkipped);
    let mut flow = flow;
    while flow.screen != Screen::Question(Q::History) {
        flow = flow.apply(Action::Skip);
    }
    let flow = flow
        .apply(choose(Q::History, "outpatient"))
        .apply(Action::Next);
    assert_eq!(flow.screen, Screen::Question(Q::Since));
    // Answering `use_frequency` is not asked: it was answered.
    let flow = too_few().apply(Action::AnswerSkipped);
    assert_ne!(flow.screen, Screen::Question(Q::UseFrequency));
    // Enough answers on the way: the result has a level at the end.
    let mut flow = too_few().apply(Action::AnswerSkipped);
    while let Screen::Question(q) = flow.screen {
        let first = q.option_ids()[0];
        flow = flow.apply(choose(q, first)).apply(Action::Next);
        if let Screen::Crisis { .. } = flow.screen {
            flow = flow.apply(Action::Continue);
        }
    }
    assert_eq!(flow.screen, Screen::Result);
    assert!(carefit::engine::assess(&flow.answers).level.is_some());
}

#[test]
fn answer_skipped_does_nothing_off_a_result_or_with_nothing_skipped() {
    let start = Flow::default();
    assert_eq!(start.clone().apply(Action::AnswerSkipped), start);
    let question = run(vec![Action::Start]);
    assert_eq!(question.clone().apply(Action::AnswerSkipped), question);
    let mut all = run(vec![Action::Start]);
    while let Screen::Question(q) = all.screen {
        let first = q.option_ids()[0];
        all = all.apply(choose(q, first)).apply(Action::Next);
    }
    let result = all.apply(Action::Next);
    assert_eq!(result.screen, Screen::Result);
    assert_eq!(result.clone().apply(Action::AnswerSkipped), result);
}

#[test]
fn who_the_answers_are_about_changes_on_the_review_and_the_answers_stay() {
    let mut flow = run(vec![Action::Start]);
    while let Screen::Question(q) = flow.screen {
        let first = q.option_ids()[0];
        flow = flow.apply(choose(q, first)).apply(Action::Next);
    }
    assert_eq!(flow.screen, Screen::Review);
    let answers = flow.answers.clone();
    let theirs = flow.apply(Action::ChangeFor(ForWhom::SomeoneElse));
    assert_eq!(theirs.screen, Screen::Review);
    assert_eq!(theirs.answers.for_whom, ForWhom::SomeoneElse);
    assert!(theirs.words().someone_else, "their words from now on");
    assert_eq!(
        carefit::engine::assess(&theirs.answers).level,
        carefit::engine::assess(&answers).level,
        "who never changes the level"
    );
    let mine = theirs.apply(Action::ChangeFor(ForWhom::Myself));
    assert_eq!(mine.answers, answers, "back again: every answer as it was");
}

#[test]
fn the_number_goes_up_by_one_whatever_the_answers() {
    for use_frequency in ["none", "daily"] {
        for history in ["none", "outpatient"] {
            let mut flow = run(vec![Action::Start]);
            let mut last = 0;
            while let Screen::Question(q) = flow.screen {
                let n = flow.progress().unwrap();
                assert_eq!(n, last + 1);
                last = n;
                let id = match q {
                    Q::UseFrequency => use_frequency,
                    Q::History => history,
                    _ => q.option_ids()[0],
                };
                flow = flow.apply(choose(q, id)).apply(Action::Next);
                if let Screen::Crisis { .. } = flow.screen {
                    flow = flow.apply(Action::Continue);
                }
            }
            assert_eq!(
                last,
                flow.questions().len(),
                "the last number is the count asked"
            );
        }
    }
}
