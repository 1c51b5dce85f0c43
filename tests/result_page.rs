//! The result page as data (`carefit::result_page`, issue 29), over every
//! row of the rules' table, for oneself and for a teen, with and without a
//! center: an emergency leads with getting safe; the reasons up front are
//! those that set the level; every flag and every help list shows once.
#![cfg(not(target_arch = "wasm32"))]

use carefit::config::Config;
use carefit::engine::{table_rows, Answers, Flag, QuestionId};
use carefit::help::Help;
use carefit::i18n::Lang;
use carefit::recommendation::NextStep;
use carefit::result_page::{result_page, FlagLines, FlagMore, ResultPage};

fn centers() -> Vec<Config> {
    let (center, issues) = Config::from_json(
        r#"{"center_name":"Casa Esperanza","phone":"555-010-2000","offers":["OUT","IOP"]}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    vec![Config::default(), center]
}

/// Every page of the table, and of the table's answers for a teen.
fn pages(mut check: impl FnMut(&Answers, &ResultPage)) -> usize {
    let mut count = 0;
    for config in centers() {
        let help = Help::new(&config, Lang::En);
        for row in table_rows() {
            for teen in [false, true] {
                let mut answers = row.answers.clone();
                if teen {
                    answers.set(QuestionId::Age, &["under_18"]).unwrap();
                }
                check(&answers, &result_page(&answers, &config, &help));
                count += 1;
            }
        }
    }
    count
}

#[test]
fn an_emergency_leads_with_getting_safe_and_nothing_else_does() {
    let mut emergencies = 0;
    let count = pages(|answers, page| {
        let emergency = page.recommendation.assessment.has(Flag::Emergency);
        assert_eq!(page.emergency.is_some(), emergency, "{answers:?}");
        assert_eq!(
            matches!(page.next_step, NextStep::GetSafe { .. }),
            emergency,
            "{answers:?}"
        );
        if let Some(block) = page.emergency {
            assert_eq!(block.flag, Flag::Emergency);
            assert_eq!(block.lines, FlagLines::Crisis, "the crisis lines with it");
            emergencies += 1;
        }
    });
    assert!(
        emergencies > 0 && emergencies < count,
        "{emergencies} of {count}"
    );
}

#[test]
fn the_reasons_up_front_are_those_that_set_the_level() {
    pages(|answers, page| {
        let result = &page.recommendation.assessment;
        for reason in page.reasons(true) {
            assert!(
                result.level.is_some() && reason.floor == result.level,
                "{answers:?}"
            );
        }
        for reason in page.reasons(false) {
            assert!(
                result.level.is_none() || reason.floor != result.level,
                "{answers:?}"
            );
        }
        // A level is never shown without a reason that set it, unless it is
        // the lowest, which no rule needs to set.
        if let Some(level) = result.level {
            assert!(
                !page.reasons(true).is_empty() || level.lower().is_none(),
                "{answers:?}"
            );
        }
    });
}

#[test]
fn every_flag_and_every_help_list_shows_once() {
    pages(|answers, page| {
        let result = &page.recommendation.assessment;
        let shown: Vec<Flag> = page.flag_blocks().map(|b| b.flag).collect();
        let mut raised: Vec<Flag> = result.flags.iter().collect();
        let mut sorted = shown.clone();
        sorted.sort();
        raised.sort();
        assert_eq!(sorted, raised, "each raised flag once: {answers:?}");
        // Read at once: the urgent ones, most urgent first; the rest a tap away.
        for block in &page.urgent {
            assert!(block.flag.urgency() < Flag::LEAST_URGENT && block.flag != Flag::Emergency);
        }
        for block in &page.other {
            assert_eq!(block.flag.urgency(), Flag::LEAST_URGENT);
        }
        let ranks: Vec<u8> = page.urgent.iter().map(|b| b.flag.urgency()).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        // The crisis lines at most once on a page; with any flag that calls
        // for them (emergency, a safety plan, a family's), exactly once.
        let crisis = page
            .flag_blocks()
            .filter(|b| b.lines == FlagLines::Crisis)
            .count();
        let calls_for = [Flag::Emergency, Flag::SafetyPlan, Flag::Family]
            .iter()
            .any(|f| result.has(*f));
        assert_eq!(crisis, usize::from(calls_for), "{answers:?}");
        // Home-safety lines only with home safety, with the child line for a teen.
        for block in page.flag_blocks() {
            match block.lines {
                FlagLines::Home { teen } => {
                    assert_eq!(block.flag, Flag::HomeSafety);
                    assert_eq!(teen, result.has(Flag::Adolescent));
                }
                _ => assert_ne!(block.flag, Flag::HomeSafety),
            }
            let opioids = answers.substances.iter().any(|s| s.id() == "opioids");
            assert_eq!(
                block.more == FlagMore::WithdrawalOpioids,
                block.flag == Flag::WithdrawalMedical && opioids
            );
            assert_eq!(
                block.more == FlagMore::OverdoseSigns,
                block.flag == Flag::OverdoseRisk
            );
        }
    });
}
