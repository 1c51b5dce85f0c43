//! Rules R1–R20 of the spec (section 3), one entry each, beside the answers
//! its reason quotes. `carefit rules` prints this table for clinical review,
//! so what is reviewed is what runs.

use std::fmt;

use serde::{Serialize, Serializer};

use super::answers::Answers;
use super::outcome::{Flag, Level};
use super::questions::*;

/// The version of the clinical specification ("Levels of care and the fit
/// logic") that `RULES` and the catalogs implement: the review document
/// (`carefit review`) names it on its cover and where the director signs.
pub const SPEC_VERSION: &str = "v3";

/// A rule's number; prints as `R7`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleId(pub u8);

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "R{}", self.0)
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

pub struct Rule {
    pub id: RuleId,
    /// The condition in the spec's words, for the printed rule table.
    pub when: &'static str,
    /// The lowest level this rule allows, if it raises the level at all.
    pub floor: Option<Level>,
    pub flag: Option<Flag>,
    /// The questions whose answers the reason quotes back to the person.
    pub cites: &'static [QuestionId],
    fires: fn(&Answers) -> bool,
}

impl Rule {
    pub fn fires(&self, answers: &Answers) -> bool {
        (self.fires)(answers)
    }

    /// The floor this rule sets for these answers: R9 sets none when the
    /// person doesn't drink or use drugs (spec v3).
    pub fn floor_for(&self, answers: &Answers) -> Option<Level> {
        match self.id {
            RuleId(9) if answers.no_use() => None,
            _ => self.floor,
        }
    }

    /// When the rule sets no floor though it fires, in the spec's words,
    /// for the printed rule table and the review document.
    pub fn no_floor_when(&self) -> Option<&'static str> {
        (self.id == RuleId(9)).then_some("no floor when `use_frequency` = `none`")
    }
}

use Level::*;
use QuestionId as Q;

const fn rule(
    id: u8,
    when: &'static str,
    floor: Option<Level>,
    flag: Option<Flag>,
    cites: &'static [QuestionId],
    fires: fn(&Answers) -> bool,
) -> Rule {
    Rule {
        id: RuleId(id),
        when,
        floor,
        flag,
        cites,
        fires,
    }
}

fn daily_alcohol_or_sedatives(a: &Answers) -> bool {
    a.use_frequency == Some(UseFrequency::Daily) && a.uses_alcohol_or_sedatives()
}

#[rustfmt::skip] // one rule per entry reads like the spec table
pub static RULES: [Rule; 20] = [
    rule(1, "`self_harm` = `now`", Some(Res), Some(Flag::Emergency), &[Q::SelfHarm],
        |a| a.self_harm == Some(SelfHarm::Now)),
    rule(2, "`withdrawal` = `severe`", Some(Res), Some(Flag::WithdrawalMedical), &[Q::Withdrawal],
        |a| a.withdrawal == Some(Withdrawal::Severe)),
    rule(3, "`withdrawal` = `strong`", Some(Iop), Some(Flag::WithdrawalMedical), &[Q::Withdrawal],
        |a| a.withdrawal == Some(Withdrawal::Strong)),
    // Alcohol and sedative withdrawal can turn dangerous; daily use raises the stakes.
    rule(4, "`withdrawal` = `strong`, `use_frequency` = `daily`, and `substances` has `alcohol` or `sedatives`",
        Some(Php), Some(Flag::WithdrawalMedical), &[Q::Withdrawal, Q::UseFrequency, Q::Substances],
        |a| a.withdrawal == Some(Withdrawal::Strong) && daily_alcohol_or_sedatives(a)),
    rule(5, "`withdrawal` = `not_sure`, `use_frequency` = `daily`, and `substances` has `alcohol` or `sedatives`",
        Some(Iop), Some(Flag::WithdrawalMedical), &[Q::Withdrawal, Q::UseFrequency, Q::Substances],
        |a| a.withdrawal == Some(Withdrawal::NotSure) && daily_alcohol_or_sedatives(a)),
    rule(6, "`medical` = `needs_care`", Some(Php), Some(Flag::MedicalCheck), &[Q::Medical],
        |a| a.medical == Some(Medical::NeedsCare)),
    rule(7, "`self_harm` = `past_month`", Some(Iop), Some(Flag::SafetyPlan), &[Q::SelfHarm],
        |a| a.self_harm == Some(SelfHarm::PastMonth)),
    rule(8, "`mental_health` = `in_care`", None, Some(Flag::CoOccurring), &[Q::MentalHealth],
        |a| a.mental_health == Some(MentalHealth::InCare)),
    // v3: with no drinking or drug use, untreated mental health alone sets no
    // floor (the rule still fires: its reason and `co_occurring` stay).
    rule(9, "`mental_health` = `no_care`", Some(Iop), Some(Flag::CoOccurring), &[Q::MentalHealth],
        |a| a.mental_health == Some(MentalHealth::NoCare)),
    rule(10, "`daily_life` = `struggling`", Some(Iop), None, &[Q::DailyLife],
        |a| a.daily_life == Some(DailyLife::Struggling)),
    rule(11, "`daily_life` = `not_coping`", Some(Php), None, &[Q::DailyLife],
        |a| a.daily_life == Some(DailyLife::NotCoping)),
    rule(12, "`between_sessions` = `not_sure`", Some(Iop), None, &[Q::BetweenSessions],
        |a| a.between_sessions == Some(BetweenSessions::NotSure)),
    rule(13, "`between_sessions` = `no`", Some(Php), None, &[Q::BetweenSessions],
        |a| a.between_sessions == Some(BetweenSessions::No)),
    rule(14, "`home` = `unsafe`", Some(Php), Some(Flag::SoberLiving), &[Q::Home],
        |a| a.home == Some(Home::Unsafe)),
    rule(15, "`home` = `unsafe` and (`between_sessions` = `no` or `daily_life` = `not_coping`)",
        Some(Res), Some(Flag::SoberLiving), &[Q::Home, Q::BetweenSessions, Q::DailyLife],
        |a| a.home == Some(Home::Unsafe)
            && (a.between_sessions == Some(BetweenSessions::No)
                || a.daily_life == Some(DailyLife::NotCoping))),
    rule(16, "`use_frequency` is `most_days` or `daily`", Some(Iop), None, &[Q::UseFrequency],
        |a| matches!(a.use_frequency, Some(UseFrequency::MostDays | UseFrequency::Daily))),
    // A good step down from residential care or detox is usually IOP, not weekly sessions.
    rule(17, "`history` = `residential` and `since` is `doing_well` or `cravings`",
        Some(Iop), Some(Flag::StepDown), &[Q::History, Q::Since],
        |a| a.history == Some(History::Residential)
            && matches!(a.since, Some(Since::DoingWell | Since::Cravings))),
    rule(18, "`since` = `cravings`", Some(Iop), None, &[Q::Since],
        |a| a.since == Some(Since::Cravings)),
    rule(19, "`since` = `relapsed` and `history` = `outpatient`", Some(Iop), None, &[Q::Since, Q::History],
        |a| a.since == Some(Since::Relapsed) && a.history == Some(History::Outpatient)),
    rule(20, "`since` = `relapsed` and `history` is `intensive` or `residential`",
        Some(Php), None, &[Q::Since, Q::History],
        |a| a.since == Some(Since::Relapsed)
            && matches!(a.history, Some(History::Intensive | History::Residential))),
];

/// The rule table as Markdown, in the layout of the spec's table.
pub fn markdown_table() -> String {
    let mut out = String::from("| rule | when | floor | flag |\n|---|---|---|---|\n");
    for rule in &RULES {
        let mut floor = rule
            .floor
            .map_or("—".to_string(), |l| format!("`{}`", l.id()));
        if let Some(unless) = rule.no_floor_when() {
            floor += &format!("; {unless}");
        }
        let flag = rule.flag.map_or(String::new(), |f| format!("`{}`", f.id()));
        out.push_str(&format!(
            "| {} | {} | {floor} | {flag} |\n",
            rule.id, rule.when
        ));
    }
    out
}
