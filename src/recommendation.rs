//! The engine's assessment joined with what the center offers. The level
//! comes from the engine alone; the config only adds where to go next.

use crate::config::Config;
use crate::engine::{assess, Answers, Assessment};

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
