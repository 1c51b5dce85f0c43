//! Turning answers into an assessment: the highest floor of the rules that
//! fire, plus the flags that describe the result (spec section 3).

use serde::Serialize;

use super::answers::Answers;
use super::id_set::IdSet;
use super::outcome::{Flag, Level};
use super::questions::{Age, ForWhom, Format, Home, QuestionId, Substance, TimeAvailable};
use super::rules::{Rule, RuleId, RULES};

/// Why the level is what it is: one fired rule and the answers it read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub rule: RuleId,
    pub floor: Option<Level>,
    pub flag: Option<Flag>,
    /// The person's own answers behind the rule, as (question, option ids).
    pub answers: Vec<(QuestionId, Vec<&'static str>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The suggestion; `None` when too few questions were answered.
    pub level: Option<Level>,
    /// The highest floor of the fired rules, shown or not.
    pub floor: Level,
    pub flags: IdSet<Flag>,
    /// One per fired rule, in rule-number order.
    pub reasons: Vec<Reason>,
    /// Applicable questions left unanswered, in question order (never `age`).
    pub skipped: Vec<QuestionId>,
    /// How many questions whose skips count applied to this person: 13 or
    /// 14, or 10 or 11 with no drinking or drug use (`age` never counts).
    pub applicable: usize,
}

/// The engine. Total: every `Answers` value gives an assessment.
pub fn assess(answers: &Answers) -> Assessment {
    let fired: Vec<&Rule> = RULES.iter().filter(|r| r.fires(answers)).collect();
    let floor = fired
        .iter()
        .filter_map(|r| r.floor_for(answers))
        .max()
        .unwrap_or(Level::Out);
    let mut flags: IdSet<Flag> = fired.iter().filter_map(|r| r.flag).collect();

    // Safety flags that never change the level (spec v2).
    let has = |s| answers.substances.contains(s);
    // v3: sedatives with alcohol too.
    if has(Substance::Opioids)
        || has(Substance::Stimulants)
        || has(Substance::Other)
        || (has(Substance::Sedatives) && has(Substance::Alcohol))
    {
        flags.insert(Flag::OverdoseRisk);
    }
    // v3: medicines for opioid and alcohol use, at every level.
    if has(Substance::Opioids) || has(Substance::Alcohol) {
        flags.insert(Flag::Medication);
    }
    if answers.home == Some(Home::Unsafe) {
        flags.insert(Flag::HomeSafety);
    }
    // Who the answers are about, and their age, change the words and these
    // flags, never the level (spec v2, "Same level for anyone").
    if answers.for_whom == ForWhom::SomeoneElse {
        flags.insert(Flag::Family);
    }
    if answers.age == Some(Age::UnderEighteen) {
        flags.insert(Flag::Adolescent);
    }

    let skipped = answers.skipped();
    let applicable = answers.counted().count();
    if !skipped.is_empty() {
        flags.insert(Flag::Incomplete);
    }
    let too_few = skipped.len() * 2 > applicable;
    let level = if too_few {
        flags.insert(Flag::TooFewAnswers);
        None
    } else {
        Some(floor)
    };

    // These describe the level shown, so with no level there is nothing to describe.
    if let Some(level) = level {
        if answers.time.is_some_and(|t| t < hours_needed(level)) {
            flags.insert(Flag::ScheduleGap);
        }
        if matches!(answers.format, Some(Format::Virtual | Format::Either)) && level <= Level::Iop {
            flags.insert(Flag::VirtualOption);
        }
    }

    let reasons = fired
        .iter()
        .map(|rule| Reason {
            rule: rule.id,
            floor: rule.floor_for(answers),
            flag: rule.flag,
            answers: rule
                .cites
                .iter()
                .map(|q| (*q, answers.selected(*q)))
                .filter(|(_, ids)| !ids.is_empty())
                .collect(),
        })
        .collect();

    Assessment {
        level,
        floor,
        flags,
        reasons,
        skipped,
        applicable,
    }
}

/// The least time a level asks for (`schedule_gap`).
fn hours_needed(level: Level) -> TimeAvailable {
    match level {
        Level::Out => TimeAvailable::Under9,
        Level::Iop => TimeAvailable::NineTo19,
        Level::Php => TimeAvailable::TwentyPlus,
        Level::Res => TimeAvailable::FullTime,
    }
}

impl Assessment {
    pub fn rules(&self) -> impl Iterator<Item = RuleId> + '_ {
        self.reasons.iter().map(|r| r.rule)
    }

    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(flag)
    }

    /// How many more skipped questions must be answered for a level to be
    /// suggested (0 when one is): at most half may be skipped.
    pub fn answers_needed(&self) -> usize {
        self.skipped.len().saturating_sub(self.applicable / 2)
    }

    /// The flags, most urgent first, then in alphabetical order. By rank
    /// rather than a sort: sorting code would cost the wasm kilobytes.
    pub fn flags_by_urgency(&self) -> Vec<Flag> {
        (0..=Flag::LEAST_URGENT)
            .flat_map(|rank| self.flags.iter().filter(move |f| f.urgency() == rank))
            .collect()
    }

    /// Exactly the JSON of the CLI contract (spec section 5).
    pub fn cli_report(&self) -> CliReport {
        CliReport {
            level: self.level,
            flags: self.flags.iter().collect(),
            rules: self.rules().collect(),
            skipped: self.skipped.iter().map(|q| q.id()).collect(),
        }
    }
}

/// The CLI's output object; `level` is `null` with `too_few_answers`.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct CliReport {
    pub level: Option<Level>,
    pub flags: Vec<Flag>,
    pub rules: Vec<RuleId>,
    pub skipped: Vec<&'static str>,
}
