//! The shape every language fills in. Field names are the catalog's keys.

use crate::engine::{Flag, Level, QuestionId, RuleId};

pub struct OptionText {
    pub id: &'static str,
    pub label: &'static str,
    /// A plain example under the label; may be empty.
    pub hint: &'static str,
}

pub struct QuestionText {
    pub id: &'static str,
    /// The question, shown as the page heading.
    pub heading: &'static str,
    /// "Why we ask", in a sentence or two.
    pub why: &'static str,
    /// A short name for the review list and the printed summary.
    pub topic: &'static str,
    pub options: &'static [OptionText],
}

pub struct LevelText {
    pub code: &'static str,
    pub name: &'static str,
    /// A plain gloss shown beside the name the first time it appears.
    pub gloss: &'static str,
    pub summary: &'static str,
    pub lives: &'static str,
    pub hours: &'static str,
    pub schedule: &'static str,
    pub length: &'static str,
    pub supervision: &'static str,
    pub fits: &'static [&'static str],
    pub includes: &'static [&'static str],
    /// One line under the drawn week.
    pub week_caption: &'static str,
    /// Why the level below would not be enough, when this one is suggested.
    pub why_not_lower: &'static str,
}

pub struct FlagText {
    pub id: &'static str,
    pub heading: &'static str,
    pub body: &'static [&'static str],
}

pub struct CrisisText {
    pub heading: &'static str,
    pub lead: &'static str,
    pub emergency: &'static str,
    pub call_or_text_988: &'static str,
    pub line_988_note: &'static str,
    pub text_741741: &'static str,
    pub samhsa: &'static str,
    pub samhsa_note: &'static str,
    /// Label of a center-provided line's "text" number, with `{keyword}`.
    pub text_keyword: &'static str,
    pub call: &'static str,
    pub text: &'static str,
    pub go_on: &'static str,
    pub go_on_note: &'static str,
    pub close: &'static str,
}

pub struct Catalog {
    pub lang_name: &'static str,
    /// Label of the switch to this language, in this language.
    pub switch_label: &'static str,
    pub title: &'static str,
    pub help_now: &'static str,
    pub skip_to_help: &'static str,

    pub start_heading: &'static str,
    pub start_lead: &'static str,
    pub start_points: &'static [&'static str],
    pub start_button: &'static str,
    pub center_intro: &'static str,

    pub back: &'static str,
    pub next: &'static str,
    pub skip: &'static str,
    pub progress: &'static str,
    pub choose_all: &'static str,
    pub choose_one: &'static str,
    pub why_we_ask: &'static str,
    pub missing_choice: &'static str,
    pub answers_kept: &'static str,

    pub questions: [QuestionText; 14],

    pub crisis: CrisisText,

    pub review_heading: &'static str,
    pub review_lead: &'static str,
    pub review_skipped: &'static str,
    pub review_change: &'static str,
    pub review_done: &'static str,
    pub review_submit: &'static str,

    pub result_heading: &'static str,
    pub result_level_intro: &'static str,
    pub result_none_heading: &'static str,
    pub result_none_body: &'static str,
    pub result_none_need: &'static str,
    pub result_not_diagnosis: &'static str,
    pub result_reasons_heading: &'static str,
    pub result_no_reasons: &'static str,
    pub result_you_said: &'static str,
    pub result_why_not_lower: &'static str,
    pub result_flags_heading: &'static str,
    pub result_week_heading: &'static str,
    pub result_next_heading: &'static str,
    pub result_next_center: &'static str,
    pub result_next_contact: &'static str,
    pub result_next_no_center: &'static str,
    pub result_not_offered: &'static str,
    pub result_offered: &'static str,
    pub result_skipped_topics: &'static str,
    pub reasons: [&'static str; 20],
    pub flags: [FlagText; 11],

    pub levels: [LevelText; 4],
    pub days: [&'static str; 7],
    pub hours_label: &'static str,
    pub around_the_clock: &'static str,

    pub compare_button: &'static str,
    pub compare_heading: &'static str,
    pub compare_lead: &'static str,
    pub compare_back: &'static str,
    pub compare_rows: CompareRows,

    pub print: &'static str,
    pub restart: &'static str,
    pub print_heading: &'static str,
    pub print_answers: &'static str,
    pub samhsa_name: &'static str,

    pub notice_heading: &'static str,
    pub fallback_heading: &'static str,
    pub fallback_body: &'static str,
}

pub struct CompareRows {
    pub level: &'static str,
    pub lives: &'static str,
    pub hours: &'static str,
    pub schedule: &'static str,
    pub length: &'static str,
    pub supervision: &'static str,
    pub fits: &'static str,
    pub includes: &'static str,
}

impl Catalog {
    pub fn question(&self, id: QuestionId) -> &QuestionText {
        &self.questions[id as usize]
    }

    pub fn option_label(&self, question: QuestionId, option: &str) -> &'static str {
        self.question(question)
            .options
            .iter()
            .find(|o| o.id == option)
            .map_or("", |o| o.label)
    }

    pub fn level(&self, level: Level) -> &LevelText {
        &self.levels[level as usize]
    }

    pub fn flag(&self, flag: Flag) -> &FlagText {
        &self.flags[flag as usize]
    }

    pub fn reason(&self, rule: RuleId) -> &'static str {
        self.reasons[rule.0 as usize - 1]
    }
}
