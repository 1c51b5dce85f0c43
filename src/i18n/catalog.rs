//! The shape every language fills in. Field names are the catalog's keys.
//!
//! A text of several paragraphs or list items holds one a line, written
//! with `lines!`: one string, where a list of strings would cost the wasm
//! a pointer and a length for each.

use crate::engine::{Flag, Level, QuestionId, RuleId};

/// An option's words. Its id is the engine's at the same place
/// (`QuestionId::option_ids`): the catalogs write it beside the words and
/// [`options!`] checks it when compiling, so the wasm carries each id once.
pub struct OptionText {
    pub label: &'static str,
    /// A plain example under the label; may be empty.
    pub hint: &'static str,
}

/// A question's words; the catalog holds them in the engine's order of
/// questions ([`by_id!`]).
pub struct QuestionText {
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
    pub fits: &'static str,
    pub includes: &'static str,
    /// One line under the drawn week.
    pub week_caption: &'static str,
    /// Why the level below would not be enough, when this one is suggested.
    pub why_not_lower: &'static str,
}

/// A flag's message; the catalog holds them in the engine's order of flags.
pub struct FlagText {
    pub heading: &'static str,
    pub body: &'static str,
}

/// A help line in one language. Numbers come from `crate::help`'s
/// constants; the keyword to text is the language's own (HOME, AYUDA).
pub struct LineText {
    pub name: &'static str,
    pub call: Option<&'static str>,
    pub text: Option<&'static str>,
    /// A number for people who are deaf or hard of hearing.
    pub tty: Option<&'static str>,
    pub keyword: Option<&'static str>,
    pub note: &'static str,
}

/// The default lines, in this language.
pub struct HelpText {
    pub lines: &'static [LineText],
    pub home_lines: &'static [LineText],
    pub referral: LineText,
}

pub struct CrisisText {
    /// "Need help now?": words that assume nothing (spec v2).
    pub help_heading: &'static str,
    pub help_lead: &'static str,
    pub help_back: &'static str,
    /// After the answer `self_harm` = `now`.
    pub heading: &'static str,
    pub lead: &'static str,
    /// The same, when the answers are about someone else.
    pub lead_other: &'static str,
    pub go_on: &'static str,
    pub go_on_note: &'static str,
    /// The emergency number's action, with `{number}`, and its note.
    pub emergency: &'static str,
    pub emergency_note: &'static str,
    pub call: &'static str,
    pub text: &'static str,
    /// Texting a line that needs a word, with `{keyword}` and `{number}`.
    pub text_keyword: &'static str,
    pub tty: &'static str,
    /// Shown when the app could not load or stopped: the help still works.
    pub loading: &'static str,
    pub failed: &'static str,
    pub crashed: &'static str,
}

pub struct Catalog {
    pub lang_name: &'static str,
    /// Label of the switch to this language, in this language.
    pub switch_label: &'static str,
    pub help_now: &'static str,

    pub start_heading: &'static str,
    pub start_lead: &'static str,
    pub start_points: &'static str,
    /// Replaces the last start point when the center's config sets `events`.
    pub start_events_point: &'static str,
    /// The first way in: for oneself (`data-for="myself"`).
    pub start_button: &'static str,
    /// The second way in: for someone else (`data-for="someone_else"`).
    pub start_for_someone: &'static str,
    pub center_intro: &'static str,

    pub back: &'static str,
    pub next: &'static str,
    pub skip: &'static str,
    pub progress: &'static str,
    pub choose_all: &'static str,
    pub choose_one: &'static str,
    pub why_we_ask: &'static str,
    /// Under each question when the answers are about someone else, until
    /// the questions have words of their own for that (spec v2).
    pub for_other_note: &'static str,
    pub missing_choice: &'static str,

    pub questions: [QuestionText; 15],

    pub crisis: CrisisText,
    pub help: HelpText,

    pub review_heading: &'static str,
    pub review_lead: &'static str,
    pub review_skipped: &'static str,
    pub review_change: &'static str,
    pub review_done: &'static str,
    pub review_submit: &'static str,

    pub result_heading: &'static str,
    /// The level in the heading, with `{level}`: what may fit.
    pub result_level_heading: &'static str,
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
    /// What happens when they call, a line each.
    pub result_call_points: &'static str,
    /// Reasons that did not set the level.
    pub result_also_noted: &'static str,
    pub result_questions_heading: &'static str,
    pub result_questions: &'static str,
    pub result_next_center: &'static str,
    pub result_next_contact: &'static str,
    pub result_next_no_center: &'static str,
    pub result_not_offered: &'static str,
    /// Before the referral line, after `result_not_offered`.
    pub result_also_call: &'static str,
    pub result_offered: &'static str,
    pub result_skipped_topics: &'static str,
    /// Each rule's reason, R1 first, a line each.
    pub reasons: &'static str,
    pub flags: [FlagText; 15],
    /// Added to `withdrawal_medical` when opioids are among the substances.
    pub withdrawal_opioids: &'static str,

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
    /// Asked once before "Start over" clears everything.
    pub restart_confirm: &'static str,
    pub restart_yes: &'static str,
    pub restart_no: &'static str,
    /// A kiosk result's last, main action: it clears at once.
    pub kiosk_finish: &'static str,
    pub print_heading: &'static str,
    /// With `{date}`, on page one of the print.
    pub print_date: &'static str,
    /// Above the printed answers, on a page of their own.
    pub print_private: &'static str,
    pub print_answers: &'static str,

    pub notice_heading: &'static str,

    /// What a kiosk's crisis help says first, unless the config says otherwise.
    pub kiosk_front_desk: &'static str,
    pub still_there_heading: &'static str,
    pub still_there_body: &'static str,
    /// Under the countdown's number.
    pub still_there_unit: &'static str,
    pub still_there_stay: &'static str,
    pub kiosk_contact: &'static str,
    pub kiosk_qr_alt: &'static str,
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
        question
            .option_ids()
            .iter()
            .position(|id| *id == option)
            .map_or("", |i| self.question(question).options[i].label)
    }

    pub fn level(&self, level: Level) -> &LevelText {
        &self.levels[level as usize]
    }

    pub fn flag(&self, flag: Flag) -> &FlagText {
        &self.flags[flag as usize]
    }

    pub fn reason(&self, rule: RuleId) -> &'static str {
        self.reasons
            .lines()
            .nth(usize::from(rule.0) - 1)
            .unwrap_or_default()
    }
}

impl Catalog {
    /// Every text in the catalog, for the checks that read them all
    /// (reading grade, placeholders, no English left in a translation).
    pub fn all_texts(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = vec![
            self.lang_name,
            self.switch_label,
            self.help_now,
            self.start_heading,
            self.start_lead,
            self.start_events_point,
            self.start_button,
            self.start_for_someone,
            self.center_intro,
            self.back,
            self.next,
            self.skip,
            self.progress,
            self.choose_all,
            self.choose_one,
            self.why_we_ask,
            self.for_other_note,
            self.missing_choice,
            self.review_heading,
            self.review_lead,
            self.review_skipped,
            self.review_change,
            self.review_done,
            self.review_submit,
            self.result_heading,
            self.result_level_heading,
            self.result_none_heading,
            self.result_none_body,
            self.result_none_need,
            self.result_not_diagnosis,
            self.result_reasons_heading,
            self.result_no_reasons,
            self.result_you_said,
            self.result_why_not_lower,
            self.result_flags_heading,
            self.result_week_heading,
            self.result_next_heading,
            self.result_also_noted,
            self.result_questions_heading,
            self.result_next_center,
            self.result_next_contact,
            self.result_next_no_center,
            self.result_not_offered,
            self.result_also_call,
            self.result_offered,
            self.result_skipped_topics,
            self.hours_label,
            self.around_the_clock,
            self.compare_button,
            self.compare_heading,
            self.compare_lead,
            self.compare_back,
            self.print,
            self.restart,
            self.restart_confirm,
            self.restart_yes,
            self.restart_no,
            self.kiosk_finish,
            self.print_heading,
            self.print_date,
            self.print_private,
            self.print_answers,
            self.withdrawal_opioids,
            self.notice_heading,
            self.kiosk_front_desk,
            self.still_there_heading,
            self.still_there_body,
            self.still_there_unit,
            self.still_there_stay,
            self.kiosk_contact,
            self.kiosk_qr_alt,
        ];
        out.extend(self.start_points.lines());
        out.extend(self.result_call_points.lines());
        out.extend(self.result_questions.lines());
        for q in &self.questions {
            out.extend([q.heading, q.why, q.topic]);
            for o in q.options {
                out.push(o.label);
                out.push(o.hint);
            }
        }
        let c = &self.crisis;
        out.extend([
            c.help_heading,
            c.help_lead,
            c.help_back,
            c.heading,
            c.lead,
            c.lead_other,
            c.go_on,
            c.go_on_note,
            c.emergency,
            c.emergency_note,
            c.call,
            c.text,
            c.text_keyword,
            c.tty,
            c.loading,
            c.failed,
            c.crashed,
        ]);
        let h = &self.help;
        for line in h.lines.iter().chain(h.home_lines).chain([&h.referral]) {
            out.extend([line.name, line.note]);
        }
        out.extend(self.reasons.lines());
        for f in &self.flags {
            out.push(f.heading);
            out.extend(f.body.lines());
        }
        for l in &self.levels {
            out.extend([
                l.name,
                l.gloss,
                l.summary,
                l.lives,
                l.hours,
                l.schedule,
                l.length,
                l.supervision,
                l.week_caption,
                l.why_not_lower,
            ]);
            out.extend(l.fits.lines());
            out.extend(l.includes.lines());
        }
        out.extend(self.days);
        let r = &self.compare_rows;
        out.extend([
            r.level,
            r.lives,
            r.hours,
            r.schedule,
            r.length,
            r.supervision,
            r.fits,
            r.includes,
        ]);
        out.retain(|t| !t.is_empty());
        out
    }
}

/// Whether `positions` are 0, 1, 2, … `len - 1`; `const`, so [`by_id!`]
/// checks a catalog while it compiles.
pub const fn in_order(positions: &[usize], len: usize) -> bool {
    let mut i = 0;
    while i < positions.len() {
        if positions[i] != i {
            return false;
        }
        i += 1;
    }
    positions.len() == len
}

/// Whether two lists of ids are the same, in the same order; `const`, so
/// [`options!`] checks a catalog while it compiles.
pub const fn same_ids(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        let (x, y) = (a[i].as_bytes(), b[i].as_bytes());
        if x.len() != y.len() {
            return false;
        }
        let mut j = 0;
        while j < x.len() {
            if x[j] != y[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}
