//! The shape every language fills in. Field names are the catalog's keys.
//!
//! A text of several paragraphs or list items holds one a line, written
//! with `lines!`: one string, where a list of strings would cost the wasm
//! a pointer and a length for each.

use crate::engine::{Flag, Level, QuestionId, RuleId};

/// An option's words. Its id is the engine's at the same place
/// (`QuestionId::option_ids`): the catalogs write it beside the words and
/// [`options!`] checks it when compiling, so the wasm carries each id once.
#[derive(Clone, Copy)]
pub struct OptionText {
    pub label: &'static str,
    /// A plain example under the label; may be empty.
    pub hint: &'static str,
}

/// A question's words; the catalog holds them in the engine's order of
/// questions ([`by_id!`]).
#[derive(Clone, Copy)]
pub struct QuestionText {
    /// The question, shown as the page heading.
    pub heading: &'static str,
    /// "Why we ask", in a sentence or two.
    pub why: &'static str,
    /// A short name for the review list and the printed summary.
    pub topic: &'static str,
    pub options: &'static [OptionText],
}

#[derive(Clone, Copy)]
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
#[derive(Clone, Copy)]
pub struct FlagText {
    pub heading: &'static str,
    pub body: &'static str,
}

/// A help line in one language. Numbers come from `crate::numbers`
/// constants; the keyword to text is the language's own (HOME, AYUDA).
#[derive(Clone, Copy)]
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
#[derive(Clone, Copy)]
pub struct HelpText {
    pub lines: &'static [LineText],
    pub home_lines: &'static [LineText],
    /// For a child or teen being hurt (`home_safety` with `adolescent`, v3).
    pub teen_lines: &'static [LineText],
    pub referral: LineText,
}

#[derive(Clone, Copy)]
pub struct CrisisText {
    /// "Need help now?": words that assume nothing (spec v2).
    pub help_heading: &'static str,
    pub help_lead: &'static str,
    pub help_back: &'static str,
    /// After the answer `self_harm` = `now`. The catalog for someone else
    /// (`words`) speaks of that person here; without it, `help_lead`.
    pub heading: &'static str,
    pub lead: &'static str,
    pub go_on: &'static str,
    pub go_on_note: &'static str,
    /// After the answer `withdrawal` = `severe` (v3), with `{emergency}`.
    pub withdrawal_heading: &'static str,
    pub withdrawal_lead: &'static str,
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

#[derive(Clone, Copy)]
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
    /// Above the two ways in, and the review's row that changes who.
    pub start_who: &'static str,
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
    /// With `{count}`, above the list of skipped topics.
    pub result_none_need: &'static str,
    /// The button that goes to each skipped question in turn.
    pub answer_skipped: &'static str,
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
    /// The emergency result's first next step, before its actions: getting
    /// safe now (spec v3), with `{emergency}`; a line each.
    pub result_safe_first: &'static str,
    /// The emergency result's level heading, with `{level}`: what to talk
    /// about once safe.
    pub result_once_safe: &'static str,
    /// On every result, after the next step (v3): paying for care, and what
    /// to have at hand before the first call (a line each, a list).
    pub result_paying_heading: &'static str,
    pub result_paying: &'static str,
    pub result_before_call_heading: &'static str,
    pub result_before_call: &'static str,
    /// What to say when you call (`data-call-script`): its heading, a line
    /// under it, and the lines a person can read out, each starting with
    /// when it is said (see `crate::call_script`); `{substances}` and
    /// `{level}` are filled from the answers.
    pub call_script_heading: &'static str,
    pub call_script_lead: &'static str,
    pub call_script: &'static str,
    /// Joins the last two things of a list ("alcohol and opioids").
    pub list_and: &'static str,
    /// `{substances}` in the call script when none was named.
    pub alcohol_or_drugs: &'static str,
    /// Each rule's reason, R1 first, a line each.
    pub reasons: &'static str,
    pub flags: [FlagText; 16],
    /// Added to `withdrawal_medical` when opioids are among the substances.
    /// It names no medicine: `medication`, always raised with opioids,
    /// does, once (spec v3); `{medication}` is that flag's heading.
    pub withdrawal_opioids: &'static str,
    /// Under `overdose_risk`: the signs of an overdose and what to do (v3).
    pub overdose_signs: &'static str,
    /// For someone under 18 (`adolescent` raised too), in place of the
    /// body of `family` (a parent or guardian agrees to care),
    /// `sober_living` (no adult housing) and `schedule_gap` (school, not
    /// leave from work): see [`Catalog::flag_body`].
    pub teen_family: &'static str,
    pub teen_sober_living: &'static str,
    pub teen_schedule_gap: &'static str,

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
    /// A kiosk's last start point, with `{finish}` (the button's words)
    /// and `{minutes}` (idle time and countdown, rounded up).
    pub kiosk_clears: &'static str,
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

#[derive(Clone, Copy)]
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

    /// A flag's body on a result: for someone under 18, the words written
    /// for a teen where a flag has them.
    pub fn flag_body(&self, flag: Flag, adolescent: bool) -> &'static str {
        match (adolescent, flag) {
            (true, Flag::Family) => self.teen_family,
            (true, Flag::SoberLiving) => self.teen_sober_living,
            (true, Flag::ScheduleGap) => self.teen_schedule_gap,
            _ => self.flags[flag as usize].body,
        }
    }

    pub fn reason(&self, rule: RuleId) -> &'static str {
        self.reasons
            .lines()
            .nth(usize::from(rule.0) - 1)
            .unwrap_or_default()
    }
}

/// The lines of a text that hold where the page's help is: a line that
/// starts `[us] ` states a US fact (naloxone without a prescription, the
/// Family and Medical Leave Act, Medicaid and Medicare, state-funded care)
/// and shows only while the default US lines are in use (`us`); one that
/// starts `[any] ` is its wording for anywhere else, shown only then
/// (spec v3, "US facts go with the US lines"). Other lines always show.
pub fn shown_lines(text: &'static str, us: bool) -> impl Iterator<Item = &'static str> {
    text.lines().filter_map(move |line| {
        match (line.strip_prefix("[us] "), line.strip_prefix("[any] ")) {
            (Some(line), _) => us.then_some(line),
            (_, Some(line)) => (!us).then_some(line),
            _ => Some(line),
        }
    })
}

/// Where a text sits in a catalog, for `carefit texts`: a `group` (empty
/// for the catalog's own fields; `questions`, `options`, `flags`, …), the
/// position of the item in it (`item`, and `sub` for an option of a
/// question), and the field's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub group: &'static str,
    pub item: usize,
    pub sub: usize,
    pub field: &'static str,
}

/// What [`Catalog::walk`] calls for each text, in the one order the words
/// files (`carefit texts --words`) are written and read in.
pub trait Visit {
    /// Whether keys are read: the browser's overlay reads none, so no key
    /// is compiled into its wasm.
    const KEYS: bool;
    /// Whether texts are written: each list (a question's options, the
    /// help lines) is then copied, to be written, and kept for good.
    const WRITES: bool;
    fn text(&mut self, key: Key, text: &mut &'static str);
}

/// A struct's texts, in the walk's order: each one's byte offset in the
/// struct and its field's name. Written by [`text_fields!`], which checks
/// that each field named is a `&'static str`, and that every other field
/// is named as not a text.
///
/// # Safety
/// Each of `AT` must be the offset of a `&'static str` field of `Self`:
/// the walk writes one there.
pub unsafe trait TextFields {
    const AT: &'static [u16];
    /// Read only by walks that want keys, so no name is compiled into the
    /// browser's wasm.
    const NAMES: &'static [&'static str];
}

/// Lists a struct's texts, in order, for [`TextFields`]: a table of
/// offsets, not a call per field, is far fewer bytes in the wasm, where
/// the overlay walks every text once.
/// Fields after `not` are those that are not texts (or are walked on their
/// own): a field left out of both lists does not compile, so no text can
/// drop out of the words files unseen.
macro_rules! text_fields {
    ($ty:ident: $($field:ident),+ $(; not $($other:ident),+)? $(,)?) => {
        // SAFETY: each offset is of a field checked below to be a `&'static str`.
        unsafe impl TextFields for $ty {
            const AT: &'static [u16] = &[$({
                let at = std::mem::offset_of!($ty, $field);
                assert!(at <= u16::MAX as usize, "a text's offset does not fit a u16");
                at as u16
            }),+];
            const NAMES: &'static [&'static str] = &[$(stringify!($field)),+];
        }
        // Each field named is a text: `texts_of` writes a `&'static str` there.
        const _: fn(&$ty) = |x| {
            $(let _: &&'static str = &x.$field;)+
        };
        // And every field is named, as a text or as not one.
        const _: fn($ty) = |x| {
            let $ty { $($field: _,)+ $($($other: _,)+)? } = x;
        };
    };
}

text_fields!(Catalog:
    lang_name, switch_label, help_now, start_heading, start_lead, start_points,
    start_events_point, start_button, start_for_someone, start_who, center_intro, back, next, skip,
    progress, choose_all, choose_one, why_we_ask, for_other_note, missing_choice,
    review_heading, review_lead, review_skipped, review_change, review_done, review_submit,
    result_heading, result_level_heading, result_none_heading, result_none_body,
    result_none_need, answer_skipped, result_not_diagnosis, result_reasons_heading, result_no_reasons,
    result_you_said, result_why_not_lower, result_flags_heading, result_week_heading,
    result_next_heading, result_call_points, result_also_noted, result_questions_heading,
    result_questions, result_next_center, result_next_contact, result_next_no_center,
    result_not_offered, result_also_call, result_offered, result_skipped_topics,
    result_safe_first, result_once_safe, result_paying_heading, result_paying,
    result_before_call_heading, result_before_call, call_script_heading, call_script_lead,
    call_script, list_and, alcohol_or_drugs, reasons, overdose_signs,
    withdrawal_opioids, teen_family, teen_sober_living, teen_schedule_gap, hours_label,
    around_the_clock, compare_button, compare_heading,
    compare_lead, compare_back, print, restart, restart_confirm, restart_yes, restart_no,
    kiosk_finish, kiosk_clears, print_heading, print_date, print_private, print_answers, notice_heading,
    kiosk_front_desk, still_there_heading, still_there_body, still_there_unit,
    still_there_stay, kiosk_contact, kiosk_qr_alt;
    not questions, crisis, help, flags, levels, days, compare_rows);
text_fields!(QuestionText: heading, why, topic; not options);
text_fields!(OptionText: label, hint);
text_fields!(CrisisText:
    help_heading, help_lead, help_back, heading, lead, go_on, go_on_note, withdrawal_heading,
    withdrawal_lead, emergency,
    emergency_note, call, text, text_keyword, tty, loading, failed, crashed);
text_fields!(LineText: name, note; not call, text, tty, keyword);
text_fields!(FlagText: heading, body);
text_fields!(LevelText:
    name, gloss, summary, lives, hours, schedule, length, supervision, fits, includes,
    week_caption, why_not_lower; not code);
text_fields!(CompareRows: level, lives, hours, schedule, length, supervision, fits, includes);

/// Visits the texts of `item`, the `i`th (and `sub`th) of `group`.
fn texts_of<T: TextFields, V: Visit>(
    v: &mut V,
    item: &mut T,
    group: &'static str,
    i: usize,
    sub: usize,
) {
    let names = if V::KEYS { T::NAMES } else { &[] };
    // SAFETY: `T::AT` holds offsets of `&'static str` fields of `T`
    // (`text_fields!` takes them with `offset_of!` and checks the type),
    // and `item` is borrowed mutably for the whole call.
    unsafe { texts_at(v, (item as *mut T).cast(), T::AT, names, group, i, sub) }
}

/// One loop for every struct (bytes in the wasm).
///
/// # Safety
/// Each of `at` must be the offset of a `&'static str` inside the value at
/// `base`, which nothing else may touch during the call.
#[inline(never)]
unsafe fn texts_at<V: Visit>(
    v: &mut V,
    base: *mut u8,
    at: &[u16],
    names: &[&'static str],
    group: &'static str,
    i: usize,
    sub: usize,
) {
    for (n, &at) in at.iter().enumerate() {
        let key = match V::KEYS {
            true => Key {
                group,
                item: i,
                sub,
                field: names[n],
            },
            false => Key::NONE,
        };
        v.text(key, unsafe { &mut *base.add(usize::from(at)).cast() });
    }
}

/// Visits each item of a `'static` list; a writing visitor gets a copy,
/// which then takes the list's place.
fn each_of<T: TextFields + Clone + 'static, V: Visit>(
    v: &mut V,
    list: &mut &'static [T],
    group: &'static str,
    i: usize,
) {
    let mut items = list.to_vec();
    for (j, item) in items.iter_mut().enumerate() {
        texts_of(v, item, group, i, j);
    }
    if V::WRITES {
        *list = items.leak();
    }
}

impl Key {
    const NONE: Key = Key {
        group: "",
        item: 0,
        sub: 0,
        field: "",
    };
}

impl Catalog {
    /// Every text of the catalog, in one fixed order: the order of the
    /// words files, and of [`Catalog::all_texts`]. Level codes, help
    /// numbers and text keywords are not words and are not visited.
    pub fn walk<V: Visit>(&mut self, v: &mut V) {
        texts_of(v, self, "", 0, 0);
        for (i, q) in self.questions.iter_mut().enumerate() {
            texts_of(v, q, "questions", i, 0);
            each_of(v, &mut q.options, "options", i);
        }
        texts_of(v, &mut self.crisis, "crisis", 0, 0);
        let h = &mut self.help;
        each_of(v, &mut h.lines, "help.lines", 0);
        each_of(v, &mut h.home_lines, "help.home_lines", 0);
        each_of(v, &mut h.teen_lines, "help.teen_lines", 0);
        texts_of(v, &mut h.referral, "help.referral", 0, 0);
        for (i, f) in self.flags.iter_mut().enumerate() {
            texts_of(v, f, "flags", i, 0);
        }
        walk_levels(&mut self.levels, v);
        for (i, day) in self.days.iter_mut().enumerate() {
            let key = match V::KEYS {
                true => Key {
                    group: "days",
                    item: i,
                    ..Key::NONE
                },
                false => Key::NONE,
            };
            v.text(key, day);
        }
        texts_of(v, &mut self.compare_rows, "compare_rows", 0, 0);
    }

    /// Every text in the catalog, a line of a several-line text each, for
    /// the checks that read them all (reading grade, placeholders, no
    /// English left in a translation).
    pub fn all_texts(&self) -> Vec<&'static str> {
        struct All(Vec<&'static str>);
        impl Visit for All {
            const KEYS: bool = false;
            const WRITES: bool = false;
            fn text(&mut self, _: Key, text: &mut &'static str) {
                self.0.extend(text.lines().filter(|line| !line.is_empty()));
            }
        }
        let mut all = All(Vec::new());
        let mut copy = *self;
        copy.walk(&mut all);
        all.0
    }
}

/// The four levels' texts, in the walk's order (a catalog's own, or the
/// words for mental health alone).
fn walk_levels<V: Visit>(levels: &mut [LevelText; 4], v: &mut V) {
    for (i, l) in levels.iter_mut().enumerate() {
        texts_of(v, l, "levels", i, 0);
    }
}

/// The flags whose base words speak of drinking or drug use: the words for
/// mental health alone have their own.
pub const MENTAL_HEALTH_FLAGS: [Flag; 5] = [
    Flag::CoOccurring,
    Flag::Family,
    Flag::MedicalCheck,
    Flag::SoberLiving,
    Flag::StepDown,
];

/// The questions asked after `use_frequency` = `none` whose base words
/// speak of drinking or drug use, or presume it (having both, detox,
/// cravings, using again, people using at home): the words for mental
/// health alone have their own.
pub const MENTAL_HEALTH_QUESTIONS: [QuestionId; 4] = [
    QuestionId::MentalHealth,
    QuestionId::History,
    QuestionId::Since,
    QuestionId::Home,
];

impl Catalog {
    /// The texts the words for mental health alone replace, in the walk's
    /// order: the reasons, the questions to ask a program, the emergency
    /// result's first step, the family words for a teen, what to say when
    /// you call, the questions of
    /// [`MENTAL_HEALTH_QUESTIONS`] (with their options), the flags of
    /// [`MENTAL_HEALTH_FLAGS`], the levels. Once in the wasm, for both
    /// overlays.
    #[inline(never)]
    pub fn walk_mental_health<V: Visit>(&mut self, v: &mut V) {
        for (field, text) in [
            ("reasons", &mut self.reasons),
            ("result_questions", &mut self.result_questions),
            ("result_safe_first", &mut self.result_safe_first),
            ("teen_family", &mut self.teen_family),
            ("call_script", &mut self.call_script),
        ] {
            let key = match V::KEYS {
                true => Key { field, ..Key::NONE },
                false => Key::NONE,
            };
            v.text(key, text);
        }
        for q in MENTAL_HEALTH_QUESTIONS {
            let i = q as usize;
            let q = &mut self.questions[i];
            texts_of(v, q, "questions", i, 0);
            each_of(v, &mut q.options, "options", i);
        }
        for flag in MENTAL_HEALTH_FLAGS {
            let i = flag as usize;
            texts_of(v, &mut self.flags[i], "flags", i, 0);
        }
        walk_levels(&mut self.levels, v);
    }
}

/// Flags whose body the first wasm leaves out ([`Catalog::walk_late`]):
/// what they say helps a person choose, and none is about danger.
pub const LATE_FLAGS: [Flag; 9] = [
    Flag::Adolescent,
    Flag::CoOccurring,
    Flag::Incomplete,
    Flag::Medication,
    Flag::ScheduleGap,
    Flag::SoberLiving,
    Flag::StepDown,
    Flag::TooFewAnswers,
    Flag::VirtualOption,
];

impl Catalog {
    /// The texts the first wasm leaves out ([`late!`]), in the walk's
    /// order: texts only a result reads that nobody needs to get help —
    /// the two short parts of every result (spec v3), what a call is like,
    /// the questions to ask a program, a teen's words, what a result says
    /// without a level, the print's own lines, the descriptive flags
    /// ([`LATE_FLAGS`]), why each question is asked, each level's summary, caption, "why not lower",
    /// who it is often for and what it includes (the comparison shows
    /// those rows once here), and what only the build's help reads. A words file starts with them, for the journey about oneself.
    #[inline(never)]
    pub fn walk_late<V: Visit>(&mut self, v: &mut V) {
        let key = |group, item, field| match V::KEYS {
            true => Key {
                group,
                item,
                sub: 0,
                field,
            },
            false => Key::NONE,
        };
        for (field, text) in [
            ("result_paying_heading", &mut self.result_paying_heading),
            ("result_paying", &mut self.result_paying),
            (
                "result_before_call_heading",
                &mut self.result_before_call_heading,
            ),
            ("result_before_call", &mut self.result_before_call),
            ("call_script_heading", &mut self.call_script_heading),
            ("call_script_lead", &mut self.call_script_lead),
            ("call_script", &mut self.call_script),
            ("list_and", &mut self.list_and),
            ("alcohol_or_drugs", &mut self.alcohol_or_drugs),
            ("result_call_points", &mut self.result_call_points),
            ("result_questions", &mut self.result_questions),
            ("reasons", &mut self.reasons),
            ("overdose_signs", &mut self.overdose_signs),
            ("withdrawal_opioids", &mut self.withdrawal_opioids),
            ("review_lead", &mut self.review_lead),
            ("result_skipped_topics", &mut self.result_skipped_topics),
            ("result_no_reasons", &mut self.result_no_reasons),
            ("kiosk_contact", &mut self.kiosk_contact),
            (
                "result_questions_heading",
                &mut self.result_questions_heading,
            ),
            ("result_week_heading", &mut self.result_week_heading),
            ("still_there_body", &mut self.still_there_body),
            ("compare_lead", &mut self.compare_lead),
            ("teen_sober_living", &mut self.teen_sober_living),
            ("teen_schedule_gap", &mut self.teen_schedule_gap),
            ("result_none_body", &mut self.result_none_body),
            ("result_none_need", &mut self.result_none_need),
            ("print_heading", &mut self.print_heading),
            ("print_date", &mut self.print_date),
            ("print_private", &mut self.print_private),
            ("print_answers", &mut self.print_answers),
            // Never read by the app: the build's static help and carefit.js
            // (carefit-prerender --help-json) show them, natively.
            ("lang_name", &mut self.lang_name),
            ("crisis.loading", &mut self.crisis.loading),
            ("crisis.failed", &mut self.crisis.failed),
            ("crisis.crashed", &mut self.crisis.crashed),
        ] {
            v.text(key("", 0, field), text);
        }
        // Why each question is asked: the first question may show before
        // the words file is here, and is whole without it.
        for (i, question) in self.questions.iter_mut().enumerate() {
            v.text(key("questions", i, "why"), &mut question.why);
        }
        for flag in LATE_FLAGS {
            let i = flag as usize;
            v.text(key("flags", i, "body"), &mut self.flags[i].body);
        }
        for (i, level) in self.levels.iter_mut().enumerate() {
            v.text(key("levels", i, "summary"), &mut level.summary);
            v.text(key("levels", i, "fits"), &mut level.fits);
            v.text(key("levels", i, "includes"), &mut level.includes);
            v.text(key("levels", i, "week_caption"), &mut level.week_caption);
            v.text(key("levels", i, "why_not_lower"), &mut level.why_not_lower);
        }
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
