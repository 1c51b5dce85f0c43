//! The engine's assessment joined with what the center offers. The level
//! comes from the engine alone; the config only adds where to go next.

use crate::config::{Config, CrisisLine, Phone};
use crate::engine::{assess, Answers, Assessment, Flag};
use crate::help::Help;

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub assessment: Assessment,
    /// `Some(false)` when the center does not run the suggested level, so
    /// the result points to referral help; `None` when unknown.
    pub offered_here: Option<bool>,
}

pub fn recommend(answers: &Answers, config: &Config) -> Recommendation {
    let assessment = assess(answers);
    let offered_here = assessment
        .level
        .and_then(|level| config.offers_level(level));
    Recommendation {
        assessment,
        offered_here,
    }
}

/// The result's first next step, the one action `data-next-step` marks.
/// Decided here, beside the level, so the views only draw it and the
/// tests can walk every answer set natively.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// `emergency` (spec v3): getting safe now, never a call to book a
    /// program. The first way to reach a crisis line (988 by default, or
    /// the center's own), with the emergency number beside it; the
    /// emergency number alone when the center set no crisis line.
    GetSafe {
        line: Option<CrisisLine>,
        emergency: Phone,
    },
    /// Call the center, which offers the level (or whose offer is unknown).
    CallCenter { center: String, phone: Phone },
    /// The referral line: there is no center phone, or the center does not
    /// offer the level (`not_offered`: it says so).
    Referral { line: CrisisLine, not_offered: bool },
    /// Nothing to call: no center phone and no referral line (a center
    /// abroad that named none).
    Nothing,
}

impl Recommendation {
    /// Whether a center is named and does not run the suggested level.
    pub fn not_offered(&self, config: &Config) -> bool {
        config.center_name.is_some() && self.offered_here == Some(false)
    }

    /// What to do first, from the assessment, the center and its help.
    pub fn next_step(&self, config: &Config, help: &Help) -> NextStep {
        if self.assessment.has(Flag::Emergency) {
            let line = help
                .lines
                .iter()
                .find(|l| l.call.is_some() || l.text.is_some())
                .cloned();
            return NextStep::GetSafe {
                line,
                emergency: help.emergency.clone(),
            };
        }
        let not_offered = self.not_offered(config);
        match (&config.center_name, &config.phone) {
            (Some(center), Some(phone)) if !not_offered => NextStep::CallCenter {
                center: center.clone(),
                phone: phone.clone(),
            },
            _ => match &help.referral {
                Some(line) => NextStep::Referral {
                    line: line.clone(),
                    not_offered,
                },
                None => NextStep::Nothing,
            },
        }
    }
}
