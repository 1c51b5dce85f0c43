//! The result page as data (issue 29): what it leads with, its one next
//! step, the reasons that set the level, the flags in the order their
//! headlines show, and which help lines go with which flag. Decided here,
//! beside the engine, and tested natively over every row of the rules'
//! table (`tests/result_page.rs`); the view (`ui::components::result`)
//! only draws it, in this order.

use crate::config::Config;
use crate::engine::{Answers, Flag, Level, Reason, Substance};
use crate::help::Help;
use crate::recommendation::{recommend, NextStep, Recommendation};

#[derive(Clone, Debug, PartialEq)]
pub struct ResultPage {
    pub recommendation: Recommendation,
    /// The one main action (`data-next-step`).
    pub next_step: NextStep,
    /// On an emergency, getting safe leads the page, before the level
    /// (spec v3); `None` otherwise.
    pub emergency: Option<FlagBlock>,
    /// The safety flags (urgency below `Flag::LEAST_URGENT`), most urgent
    /// first: the page shows each one's headline first.
    pub urgent: Vec<FlagBlock>,
    /// The rest, after them.
    pub other: Vec<FlagBlock>,
}

/// One flag's message on the page, and what goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagBlock {
    pub flag: Flag,
    /// Help lines drawn under it: each list once on a page.
    pub lines: FlagLines,
    /// Words added after its own.
    pub more: FlagMore,
    /// A teen's own words, where the flag has them.
    pub teen: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagLines {
    None,
    /// The crisis lines (988 and the rest).
    Crisis,
    /// The home-safety lines; for a teen, the child abuse line too (v3).
    Home {
        teen: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagMore {
    None,
    /// The topics skipped, before the flag's words.
    SkippedTopics,
    /// Opioid withdrawal, pointing to `medication` (named once, v3).
    WithdrawalOpioids,
    /// The signs of an overdose and what to do (v3).
    OverdoseSigns,
}

impl ResultPage {
    pub fn level(&self) -> Option<Level> {
        self.recommendation.assessment.level
    }

    /// Whether a reason set the level: those are "Why we suggest this",
    /// the rest a tap away ("Also noted").
    pub fn sets_level(&self, reason: &Reason) -> bool {
        self.level().is_some() && reason.floor == self.level()
    }

    /// The reasons that set the level, or (`false`) the others, in rule
    /// order. Borrowed, not copied: the wasm carries no clone of them.
    pub fn reasons(&self, setting: bool) -> Vec<&Reason> {
        let all = &self.recommendation.assessment.reasons;
        all.iter()
            .filter(|r| self.sets_level(r) == setting)
            .collect()
    }

    /// Every flag block, in the page's order.
    pub fn flag_blocks(&self) -> impl Iterator<Item = &FlagBlock> {
        self.emergency.iter().chain(&self.urgent).chain(&self.other)
    }
}

pub fn result_page(answers: &Answers, config: &Config, help: &Help) -> ResultPage {
    let recommendation = recommend(answers, config);
    let next_step = recommendation.next_step(config, help);
    let result = &recommendation.assessment;
    let teen = result.has(Flag::Adolescent);
    // 988 takes calls from family and friends too; its list goes with the
    // first flag that calls for it, once on a page.
    let crisis_shown_by = [Flag::Emergency, Flag::SafetyPlan, Flag::Family]
        .into_iter()
        .find(|f| result.has(*f));
    let block = |flag: Flag| FlagBlock {
        flag,
        lines: match flag {
            Flag::HomeSafety => FlagLines::Home { teen },
            _ if crisis_shown_by == Some(flag) => FlagLines::Crisis,
            _ => FlagLines::None,
        },
        more: match flag {
            Flag::Incomplete => FlagMore::SkippedTopics,
            Flag::WithdrawalMedical if answers.substances.contains(Substance::Opioids) => {
                FlagMore::WithdrawalOpioids
            }
            Flag::OverdoseRisk => FlagMore::OverdoseSigns,
            _ => FlagMore::None,
        },
        teen,
    };
    let (urgent, other): (Vec<Flag>, Vec<Flag>) = result
        .flags_by_urgency()
        .into_iter()
        .filter(|f| *f != Flag::Emergency)
        .partition(|f| f.urgency() < Flag::LEAST_URGENT);
    ResultPage {
        emergency: result.has(Flag::Emergency).then(|| block(Flag::Emergency)),
        urgent: urgent.into_iter().map(block).collect(),
        other: other.into_iter().map(block).collect(),
        next_step,
        recommendation,
    }
}
