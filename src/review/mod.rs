//! `carefit review`: the document a center's clinical director reads and
//! signs. One self-contained HTML page, made from the live data every time
//! — `RULES`, the catalogs' texts (the records of `carefit texts`), the
//! rows of `carefit table` and the default help lines — so it can never
//! say other words than the build runs. With `--since OLD.json` (an
//! earlier `carefit texts` output) it marks what changed since.
//!
//! The page loads nothing: no script, no link, no image, styles inline.
//! Every text sits in an element with `data-key`, `data-lang` and
//! `data-audience` whose text content is the record's text exactly.

mod html;
mod since;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::config::Config;
use crate::engine::{assess, table_rows, Flag, Level, QuestionId, RULES, SPEC_VERSION};
use crate::help::{actions, emergency_action, Help};
use crate::i18n::{Audience, Lang};
use html::{count, css_string, esc, percent, thousands, today};
use since::{diff, word_diff, Change, Diff, Piece};
pub use since::{Record, Since};

/// The commit carefit was built from: `./dev` sets `CAREFIT_COMMIT` to
/// `git rev-parse HEAD` (with `-dirty` for uncommitted changes) when it
/// builds the binary that makes the review; a plain `cargo build` has none.
const COMMIT: Option<&str> = option_env!("CAREFIT_COMMIT");

/// `carefit review`.
pub fn document() -> String {
    render(None)
}

/// `carefit review --since OLD.json`: `name` is the file's path as given,
/// `old` its contents. A file that is not a `carefit texts` output is
/// refused with a message naming what is wrong, and no document.
pub fn document_since(name: &str, old: &str) -> Result<String, String> {
    let since = Since::parse(name, old)?;
    Ok(render(Some(&since)))
}

/// The records `carefit texts` prints, in its order.
pub fn current_texts() -> Vec<Record> {
    let mut records = Vec::new();
    for &lang in Lang::ALL {
        for audience in Audience::ALL {
            for (key, text) in lang.texts(audience) {
                records.push(Record {
                    key,
                    lang: lang.tag().to_string(),
                    audience: audience.id().to_string(),
                    text: text.to_string(),
                });
            }
        }
    }
    records
}

fn commit() -> &'static str {
    COMMIT.filter(|c| !c.trim().is_empty()).unwrap_or("unknown")
}

fn audience_label(id: &str) -> String {
    match Audience::ALL.iter().find(|a| a.id() == id) {
        Some(Audience::Myself) => "For oneself".into(),
        Some(Audience::SomeoneElse) => "For someone else".into(),
        Some(Audience::MentalHealth) => "Mental health alone, for oneself".into(),
        Some(Audience::MentalHealthOther) => "Mental health alone, for someone else".into(),
        None => format!("Audience “{id}”"),
    }
}

fn lang_label(tag: &str) -> String {
    Lang::ALL.iter().find(|l| l.tag() == tag).map_or_else(
        || format!("Language “{tag}”"),
        |l| l.catalog().lang_name.to_string(),
    )
}

/// Where a text sits in the document: screens and topics in the order a
/// person meets them. Keys nobody listed here land in `Other`, so no text
/// is ever left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Start,
    Asking,
    Question(usize),
    Crisis,
    Help,
    Review,
    Result,
    Reasons,
    Flags,
    Level(usize),
    Days,
    Compare,
    Print,
    Kiosk,
    Other,
}

impl Group {
    fn of(key: &str) -> Group {
        let mut parts = key.split('.');
        let head = parts.next().unwrap_or_default();
        let second = parts.next();
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| head.starts_with(p));
        match (head, second) {
            ("questions", Some(q)) => QuestionId::ALL
                .iter()
                .position(|id| id.id() == q)
                .map_or(Group::Other, Group::Question),
            ("levels", Some(l)) => Level::ALL
                .iter()
                .position(|id| id.id() == l)
                .map_or(Group::Other, Group::Level),
            ("crisis", Some(_)) => Group::Crisis,
            ("help", Some(_)) => Group::Help,
            ("flags", Some(_)) => Group::Flags,
            ("days", Some(_)) => Group::Days,
            ("compare_rows", Some(_)) => Group::Compare,
            (_, Some(_)) => Group::Other,
            ("reasons", None) => Group::Reasons,
            _ if starts(&[
                "start_",
                "center_intro",
                "lang_name",
                "switch_label",
                "help_now",
            ]) =>
            {
                Group::Start
            }
            _ if starts(&[
                "choose_",
                "why_we_ask",
                "for_other_note",
                "missing_choice",
                "progress",
            ]) || matches!(head, "back" | "next" | "skip") =>
            {
                Group::Asking
            }
            _ if starts(&["review_"]) => Group::Review,
            _ if starts(&[
                "result_",
                "withdrawal_opioids",
                "overdose_signs",
                "teen_",
                "hours_label",
                "around_the_clock",
            ]) =>
            {
                Group::Result
            }
            _ if starts(&["compare_"]) => Group::Compare,
            _ if starts(&["print", "restart", "notice_"]) => Group::Print,
            _ if starts(&["kiosk_", "still_there_"]) => Group::Kiosk,
            _ => Group::Other,
        }
    }

    fn anchor(self) -> String {
        match self {
            Group::Question(i) => format!("g-question-{}", QuestionId::ALL[i].id()),
            Group::Level(i) => format!("g-level-{}", Level::ALL[i].id()),
            other => format!("g-{}", format!("{other:?}").to_lowercase()),
        }
    }

    fn title(self) -> String {
        let en = Lang::En.catalog();
        match self {
            Group::Start => "The start screen".into(),
            Group::Asking => "On every question".into(),
            Group::Question(i) => {
                let q = QuestionId::ALL[i];
                format!(
                    "Question {}: {} (“{}”)",
                    i + 1,
                    q.id(),
                    en.question(q).topic
                )
            }
            Group::Crisis => "Crisis help (“Need help now?” and after an answer of danger)".into(),
            Group::Help => "Help lines: their names and notes".into(),
            Group::Review => "Checking the answers".into(),
            Group::Result => "The result".into(),
            Group::Reasons => "The reasons, one line per rule (R1 first)".into(),
            Group::Flags => "Flags".into(),
            Group::Level(i) => {
                let l = Level::ALL[i];
                format!("Level {}: {}", l.id(), en.level(l).name)
            }
            Group::Days => "Days of the week".into(),
            Group::Compare => "The comparison of levels".into(),
            Group::Print => "Print, start over and notices".into(),
            Group::Kiosk => "Kiosk".into(),
            Group::Other => "Other texts".into(),
        }
    }
}

/// What each placeholder is filled with when the text is shown. A
/// placeholder missing here is listed as unexplained (and fails the tests).
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("center", "The center’s name, from its settings. Texts with it show only when the center gave its name."),
    ("phone", "The center’s phone number, from its settings."),
    ("number", "A help line’s number, such as 911 or 988, in that line’s button."),
    ("keyword", "The word to text to a line, in the person’s language (for example HOME in English, AYUDA in Spanish)."),
    ("emergency", "The emergency number: 911, or the center’s own where its settings replace the crisis lines."),
    ("level", "The name of a level of care, such as “Intensive outpatient (IOP)”."),
    ("count", "How many more questions need an answer before a level can be suggested."),
    ("topics", "The topics of the questions the person skipped, as a list."),
    ("n", "The number of the question on the screen."),
    ("hours", "The hours of care on one day of the drawn week."),
    ("date", "The day the result was printed."),
    ("url", "The center’s contact link, shown as a QR code on a kiosk."),
    ("medication", "The heading of the message about medicines for opioid or alcohol use, where a text points to it."),
    ("finish", "The words of a kiosk’s last button, “Finish and clear my answers”."),
    ("substances", "In what to say when you call: what the person said they use, from the answers (for example “alcohol and opioids”), or “alcohol or drugs” when that question was skipped."),
    ("minutes", "How long a kiosk waits with no one using it before it clears the answers: its idle time and countdown, in whole minutes."),
];

/// What a line marker at the start of a line (`[us] `) means. Listed only
/// when some text uses it; one missing here fails the tests.
const MARKERS: &[(&str, &str)] = &[
    (
        "us",
        "Shown only while the default United States help lines are in use: a fact true in the US.",
    ),
    (
        "any",
        "Shown only where the center has set its own help lines: the wording for anywhere else.",
    ),
    ("*", "In what to say when you call: always said."),
    (
        "level",
        "In what to say when you call: said only when a level is suggested.",
    ),
];

/// What a call-script line's `[question=option]` means (see
/// `carefit::call_script`).
const ANSWER_MARKER: &str = "In what to say when you call: said only when the person gave that answer (the question’s id, then the option’s, as in the rules).";

/// The line markers (`[us] `, `[any] `) a text's lines start with.
pub fn markers(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let name = line.strip_prefix('[')?.split_once("] ")?.0;
            let allowed =
                |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_=*".contains(c);
            (!name.is_empty() && name.chars().all(allowed)).then_some(name)
        })
        .collect()
}

/// The meaning of a line marker, if this module explains it.
pub fn marker_meaning(name: &str) -> Option<&'static str> {
    match MARKERS.iter().find(|(n, _)| *n == name) {
        Some((_, meaning)) => Some(meaning),
        None if crate::call_script::parse(&format!("[{name}] x")).is_some() => Some(ANSWER_MARKER),
        None => None,
    }
}

/// The `{name}` placeholders in a text, as `fill` reads them.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let name = &rest[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.push(name);
                rest = &rest[close + 1..];
            }
        }
    }
    out
}

/// The meaning of a placeholder, if this module explains it.
pub fn placeholder_meaning(name: &str) -> Option<&'static str> {
    PLACEHOLDERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, m)| *m)
}

/// How the levels fall over every row of `carefit table`.
struct Fall {
    rows: usize,
    levels: Vec<usize>,
    flags: Vec<usize>,
    rules: Vec<usize>,
}

fn fall() -> Fall {
    let mut fall = Fall {
        rows: 0,
        levels: vec![0; Level::ALL.len()],
        flags: vec![0; Flag::ALL.len()],
        rules: vec![0; RULES.len()],
    };
    for row in table_rows() {
        let result = assess(&row.answers);
        fall.rows += 1;
        fall.levels[result.floor as usize] += 1;
        for flag in result.flags.iter().filter(|f| f.in_table()) {
            fall.flags[flag as usize] += 1;
        }
        for reason in &result.reasons {
            if let Some(i) = RULES.iter().position(|r| r.id == reason.rule) {
                fall.rules[i] += 1;
            }
        }
    }
    fall
}

/// Everything the sections share.
struct Doc<'a> {
    version: &'static str,
    records: Vec<Record>,
    /// (key, lang, audience) → index in `records`.
    index: HashMap<(String, String, String), usize>,
    since: Option<&'a Since>,
    diff: Option<Diff<'a>>,
    out: String,
}

fn text_id(r: &Record) -> String {
    format!("t-{}-{}-{}", r.lang, r.audience, r.key)
}

fn render(since: Option<&Since>) -> String {
    render_texts(current_texts(), since)
}

fn render_texts(records: Vec<Record>, since: Option<&Since>) -> String {
    let index = records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.key.clone(), r.lang.clone(), r.audience.clone()), i))
        .collect();
    let diff = since.map(|s| diff(&s.old, &records));
    let mut doc = Doc {
        version: env!("CARGO_PKG_VERSION"),
        records,
        index,
        since,
        diff,
        out: String::with_capacity(1 << 20),
    };
    doc.write();
    doc.out
}

impl Doc<'_> {
    fn change(&self, i: usize) -> Change<'_> {
        self.diff.as_ref().map_or(Change::Same, |d| d.changes[i])
    }

    fn since_name(&self) -> String {
        self.since.map(|s| esc(&s.name)).unwrap_or_default()
    }

    fn summary(&self) -> Option<String> {
        let d = self.diff.as_ref()?;
        let changed = d.count(|c| matches!(c, Change::Changed(_)));
        let new = d.count(|c| *c == Change::New);
        Some(format!(
            "{} changed, {} new, {} removed since {}",
            count(changed, "text", "texts"),
            thousands(new),
            thousands(d.removed.len()),
            self.since_name()
        ))
    }

    fn keys(&self) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.records
            .iter()
            .map(|r| r.key.as_str())
            .filter(|k| seen.insert(*k))
            .collect()
    }

    fn write(&mut self) {
        let fall = fall();
        let title = format!(
            "carefit {}: the rules and every text, for sign-off",
            self.version
        );
        let header = css_string(&format!(
            "carefit {} · commit {}",
            self.version,
            short(commit())
        ));
        let _ = write!(
            self.out,
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>\n{}\n@page {{ @top-right {{ content: \"{header}\"; }} }}\n</style>\n</head>\n<body>\n",
            esc(&title),
            include_str!("review.css")
        );
        self.cover(&title);
        self.contents();
        self.out.push_str("<main id=\"main\">\n");
        if self.since.is_some() {
            self.changes();
        }
        self.about();
        self.rules(&fall);
        self.texts();
        self.levels(&fall);
        self.sign_off();
        self.out.push_str("</main>\n");
        let _ = write!(
            self.out,
            "<footer><p>Made by <code>carefit review</code> from the code of carefit {} (commit <code>{}</code>). \
             Make it again rather than edit it: it is generated from what runs.</p></footer>\n</body>\n</html>\n",
            self.version,
            esc(commit())
        );
    }

    fn cover(&mut self, title: &str) {
        let keys = self.keys().len();
        let commit_note = if COMMIT.is_some_and(|c| !c.trim().is_empty()) {
            "recorded when <code>./dev</code> built this carefit"
        } else {
            "this carefit was built without <code>CAREFIT_COMMIT</code>; make the document with \
             <code>./dev review</code> or <code>./dev release</code> to record the commit"
        };
        let _ = write!(
            self.out,
            "<header class=\"cover\">\n<p class=\"kicker\">For the clinical director’s review and signature</p>\n\
             <h1>{}</h1>\n<dl class=\"facts\">\n\
             <dt>Version</dt><dd>carefit {}</dd>\n\
             <dt>Commit</dt><dd><code>{}</code> ({commit_note})</dd>\n\
             <dt>Clinical specification</dt><dd>Levels of care and the fit logic, {}</dd>\n\
             <dt>Made on</dt><dd>{} (UTC)</dd>\n\
             <dt>Rules</dt><dd>{} (R1–R{})</dd>\n\
             <dt>Texts</dt><dd>{} ({} keys, in {} languages, for up to {} audiences)</dd>\n</dl>\n",
            esc(title),
            self.version,
            esc(commit()),
            esc(SPEC_VERSION),
            today(),
            RULES.len(),
            RULES.len(),
            thousands(self.records.len()),
            thousands(keys),
            Lang::ALL.len(),
            Audience::ALL.len(),
        );
        if let Some(summary) = self.summary() {
            let _ = writeln!(
                self.out,
                "<p class=\"summary\" id=\"summary\"><strong>{summary}.</strong> \
                 <a href=\"#changes\">Read only the changes</a>.</p>"
            );
        }
        self.out.push_str("</header>\n");
    }

    fn contents(&mut self) {
        let mut groups: Vec<Group> = self.keys().iter().map(|k| Group::of(k)).collect();
        groups.sort();
        groups.dedup();
        self.out.push_str(
            "<nav aria-labelledby=\"contents-h\">\n<h2 id=\"contents-h\">Contents</h2>\n<ol>\n",
        );
        if self.since.is_some() {
            let _ = writeln!(
                self.out,
                "<li><a href=\"#changes\">What changed since {}</a></li>",
                self.since_name()
            );
        }
        self.out.push_str(
            "<li><a href=\"#about\">What carefit is and is not, and how to read this</a></li>\n\
             <li><a href=\"#rules\">The rules as they run</a></li>\n\
             <li><a href=\"#texts\">Every text</a>\n<ol>\n\
             <li><a href=\"#placeholders\">Placeholders</a></li>\n\
             <li><a href=\"#default-lines\">The help lines as the default build shows them</a></li>\n",
        );
        for g in groups {
            let _ = writeln!(
                self.out,
                "<li><a href=\"#{}\">{}</a></li>",
                g.anchor(),
                esc(&g.title())
            );
        }
        self.out.push_str(
            "</ol></li>\n<li><a href=\"#levels\">How the levels fall</a></li>\n\
             <li><a href=\"#sign-off\">Sign-off</a></li>\n</ol>\n</nav>\n",
        );
    }

    fn changes(&mut self) {
        let Some(d) = self.diff.as_ref() else { return };
        let mut changed = String::new();
        let mut new = String::new();
        for (i, c) in d.changes.iter().enumerate() {
            let r = &self.records[i];
            let link = format!(
                "<p><a href=\"#{}\"><code>{}</code>, {}, {}</a></p>",
                esc(&text_id(r)),
                esc(&r.key),
                esc(&lang_label(&r.lang)),
                esc(&audience_label(&r.audience).to_lowercase())
            );
            let lang = esc(&r.lang);
            match c {
                Change::Same => {}
                Change::New => {
                    let _ = writeln!(
                        new,
                        "<li>{link}<ins class=\"t-copy\" lang=\"{lang}\">{}</ins></li>",
                        esc(&r.text)
                    );
                }
                Change::Changed(old) => {
                    let words = match word_by_word(old, &r.text) {
                        Some(diff) => format!(
                            "<p class=\"tag\">Word by word, old struck through, new marked:</p>\
                             <p class=\"t-copy diff\" lang=\"{lang}\">{diff}</p>"
                        ),
                        // Rewritten: the whole old text, then the new.
                        None => format!(
                            "<p class=\"tag\">Before:</p><del class=\"t-copy\" lang=\"{lang}\">{}</del>\
                             <p class=\"tag\">Now:</p><ins class=\"t-copy\" lang=\"{lang}\">{}</ins>",
                            esc(old),
                            esc(&r.text)
                        ),
                    };
                    let _ = writeln!(changed, "<li>{link}{words}</li>");
                }
            }
        }
        let mut removed = String::new();
        for r in &d.removed {
            let _ = writeln!(
                removed,
                "<li data-removed=\"\" data-key=\"{}\" data-removed-lang=\"{}\" data-removed-audience=\"{}\">\
                 <p><code>{}</code>, {}, {}</p><del class=\"t-copy\" lang=\"{}\">{}</del></li>",
                esc(&r.key),
                esc(&r.lang),
                esc(&r.audience),
                esc(&r.key),
                esc(&lang_label(&r.lang)),
                esc(&audience_label(&r.audience).to_lowercase()),
                esc(&r.lang),
                esc(&r.text)
            );
        }
        let summary = self.summary().unwrap_or_default();
        let name = self.since_name();
        let _ = write!(
            self.out,
            "<section id=\"changes\" aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">What changed since {name}</h2>\n\
             <p><strong>{summary}.</strong> This part lists only the changes: old words struck through, \
             new words beside them, each with a link to its place among every text. \
             {name} is the list of texts signed last time (<code>carefit texts</code> as it was then).</p>\n"
        );
        let lists = [
            ("changes-changed", "Changed", "ol", changed),
            ("changes-new", "New", "ol", new),
            ("changes-removed", "Removed", "ul", removed),
        ];
        for (id, heading, tag, items) in lists {
            let n = items.matches("<li").count();
            let _ = writeln!(self.out, "<h3 id=\"{id}\">{heading} ({n})</h3>");
            if items.is_empty() {
                self.out.push_str("<p>None.</p>\n");
            } else {
                let _ = writeln!(self.out, "<{tag} class=\"changes\">\n{items}</{tag}>");
            }
        }
        self.out.push_str("</section>\n");
    }

    fn about(&mut self) {
        let not_diagnosis = self
            .index
            .get(&("result_not_diagnosis".into(), "en".into(), "myself".into()))
            .map(|&i| esc(&self.records[i].text));
        let levels: Vec<String> = Level::ALL
            .iter()
            .map(|l| esc(Lang::En.catalog().level(*l).name))
            .collect();
        let first = if self.since.is_some() {
            "Start with <a href=\"#changes\">What changed</a>: it lists each text changed, added or \
             removed since the version signed last, and links to its place. Then"
        } else {
            "Read"
        };
        let _ = write!(
            self.out,
            "<section id=\"about\" aria-labelledby=\"about-h\">\n<h2 id=\"about-h\">What carefit is and is not</h2>\n\
             <p>carefit is a self-check that a treatment center puts on its website or on a kiosk. A person, or \
             someone worried about them, answers up to {} plain questions. In their own browser, carefit says \
             which level of care may fit: {}. It says why, what a week there looks like, and what to do next. \
             Nothing the person answers leaves their device.</p>\n\
             <p><strong>It informs; it does not diagnose.</strong> It is not a clinical assessment and does not \
             decide anyone’s care. Every result says what <em>may</em> fit, and that a counselor, nurse or doctor \
             will talk with the person and help decide. It is not a crisis service: when an answer signals danger, \
             it shows emergency and crisis lines before anything else. It promises nothing about a program or \
             about the future.</p>\n",
            QuestionId::ALL.len(),
            levels.join(", ")
        );
        if let Some(text) = not_diagnosis {
            let _ = writeln!(
                self.out,
                "<p>Every result tells the person (in English, for oneself):</p>\n<blockquote class=\"t-copy\">{text}</blockquote>"
            );
        }
        let _ = write!(
            self.out,
            "<h3 id=\"how-chosen\">How the level is chosen</h3>\n\
             <p>Each rule whose condition matches the answers sets a floor. The level suggested is the highest \
             floor of the rules that match, or standard outpatient when none sets one. Some rules also raise a \
             flag: a message on the result. The center’s settings never change the level. When more than half \
             of the questions that apply are skipped, no level is suggested, but the rules’ flags still show.</p>\n\
             <h3 id=\"how-to-read\">How to read this document</h3>\n\
             <p>{first} <a href=\"#rules\">the rules</a> first: they decide the level, and each shows the words a \
             person reads about it. Then the <a href=\"#{}\">crisis help</a> and the \
             <a href=\"#default-lines\">help lines</a>, which a person in danger sees first. Then every other text, \
             English beside Spanish, in the order a person meets them. \
             <a href=\"#levels\">How the levels fall</a> shows how the rules divide every combination of answers. \
             Sign at the end.</p>\n</section>\n",
            Group::Crisis.anchor()
        );
    }

    /// A rule's condition with each id glossed by its English words:
    /// `` `self_harm` = `now` `` → self_harm (“Self-harm”) = now (“…”).
    fn condition(when: &str) -> String {
        let en = Lang::En.catalog();
        let mut out = String::new();
        let mut question: Option<QuestionId> = None;
        for (i, part) in when.split('`').enumerate() {
            if i % 2 == 0 {
                out.push_str(&esc(part));
                continue;
            }
            if let Some(q) = QuestionId::from_id(part) {
                question = Some(q);
                let _ = write!(
                    out,
                    "<code>{}</code> (“{}”)",
                    esc(part),
                    esc(en.question(q).topic)
                );
            } else if let Some(label) = question
                .map(|q| en.option_label(q, part))
                .filter(|l| !l.is_empty())
            {
                let _ = write!(out, "<code>{}</code> (“{}”)", esc(part), esc(label));
            } else {
                let _ = write!(out, "<code>{}</code>", esc(part));
            }
        }
        out
    }

    fn reason_line(&self, lang: &str, audience: &str, rule: usize) -> Option<&str> {
        let i = self
            .index
            .get(&("reasons".into(), lang.into(), audience.into()))?;
        self.records[*i].text.lines().nth(rule)
    }

    fn old_reason_line(&self, lang: &str, audience: &str, rule: usize) -> Option<Option<&str>> {
        let since = self.since?;
        let old = since
            .old
            .iter()
            .find(|r| r.key == "reasons" && r.lang == lang && r.audience == audience);
        Some(old.and_then(|r| r.text.lines().nth(rule)))
    }

    fn rules(&mut self, fall: &Fall) {
        let en = Lang::En.catalog();
        let _ = write!(
            self.out,
            "<section id=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">The rules as they run</h2>\n\
             <p>These are the {} rules the engine runs, in its own order, printed from the same table \
             (<code>carefit rules</code> prints it too). Ids in code type are the questions’ and options’ ids; \
             the words in quotes are what the person sees (English). “Quotes back” names the answers the result \
             shows under the reason, in the person’s own words. “Fires in” counts the rows of \
             <code>carefit table</code>, every combination of the answers the rules read, where the rule matches.</p>\n",
            RULES.len()
        );
        let audiences: Vec<&'static str> = Audience::ALL.iter().map(|a| a.id()).collect();
        for (n, rule) in RULES.iter().enumerate() {
            let id = rule.id.to_string();
            // Its line of `reasons`, as the result reads it (`Catalog::reason`).
            let line_of = usize::from(rule.id.0).saturating_sub(1);
            let mut floor = rule.floor.map_or_else(
                || "None: this rule raises no floor.".to_string(),
                |l| format!("<code>{}</code>, {}", l.id(), esc(en.level(l).name)),
            );
            // R9 (spec v3): none for mental health alone.
            if let Some(unless) = rule.no_floor_when() {
                floor += &format!("; {}", Self::condition(unless));
            }
            let flag = rule.flag.map_or_else(
                || "None.".to_string(),
                |f| format!("<code>{}</code>, “{}”", f.id(), esc(en.flag(f).heading)),
            );
            // The answers the result shows under this reason ("You said …").
            let quoted = rule
                .cites
                .iter()
                .map(|q| format!("<code>{}</code> (“{}”)", q.id(), esc(en.question(*q).topic)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                self.out,
                "<section class=\"rule\" data-rule=\"{id}\" id=\"rule-{id}\" aria-labelledby=\"rule-{id}-h\">\n\
                 <h3 id=\"rule-{id}-h\">{id}</h3>\n<dl class=\"facts\">\n\
                 <dt>When</dt><dd>{}</dd>\n<dt>Floor</dt><dd>{floor}</dd>\n<dt>Flag</dt><dd>{flag}</dd>\n\
                 <dt>Quotes back</dt><dd>{}</dd>\n\
                 <dt>Fires in</dt><dd>{} of {} rows ({})</dd>\n</dl>\n",
                Self::condition(rule.when),
                quoted,
                thousands(fall.rules[n]),
                thousands(fall.rows),
                percent(fall.rules[n], fall.rows)
            );
            let _ = write!(
                self.out,
                "<table class=\"texts\">\n<caption>The reason a person reads when {id} fires</caption>\n{}<tbody>\n",
                lang_head()
            );
            for audience in &audiences {
                let _ = write!(
                    self.out,
                    "<tr><th scope=\"row\">{}</th>",
                    esc(&audience_label(audience))
                );
                for lang in Lang::ALL {
                    let tag = lang.tag();
                    let line = self.reason_line(tag, audience, line_of);
                    let old = self.old_reason_line(tag, audience, line_of);
                    let cell = match (line, old) {
                        (None, _) => "<p class=\"tag\">No reason text (missing)</p>".to_string(),
                        (Some(now), Some(Some(before))) if before != now => format!(
                            "<p class=\"tag\">Before:</p><del class=\"t-copy\" lang=\"{tag}\">{}</del>\
                             <p class=\"tag\">Now:</p><ins class=\"t-copy\" lang=\"{tag}\">{}</ins>",
                            esc(before),
                            esc(now)
                        ),
                        (Some(now), Some(None)) => format!(
                            "<p class=\"tag\">New:</p><ins class=\"t-copy\" lang=\"{tag}\">{}</ins>",
                            esc(now)
                        ),
                        (Some(""), _) => "<p class=\"tag\">(empty)</p>".to_string(),
                        (Some(now), _) => {
                            format!("<p class=\"t-copy\" lang=\"{tag}\">{}</p>", esc(now))
                        }
                    };
                    let _ = write!(self.out, "<td>{cell}</td>");
                }
                self.out.push_str("</tr>\n");
            }
            self.out.push_str("</tbody>\n</table>\n</section>\n");
        }
        self.out.push_str("</section>\n");
    }

    fn texts(&mut self) {
        let _ = write!(
            self.out,
            "<section id=\"texts\" aria-labelledby=\"texts-h\">\n<h2 id=\"texts-h\">Every text</h2>\n\
             <p>All {} texts of <code>carefit texts</code>, each once, grouped in the order a person meets them. \
             Each key is one piece of the app; English and Spanish sit side by side, and each row is one audience:</p>\n\
             <ul>\n<li><strong>For oneself</strong>: the person answering about themselves.</li>\n\
             <li><strong>For someone else</strong>: a parent, partner or friend answering about someone they care about.</li>\n\
             <li><strong>Mental health alone</strong>, for oneself or for someone else: the texts that take the place \
             of these when the person does not drink or use drugs (only those texts differ).</li>\n</ul>\n\
             <p>Lines within one text are its paragraphs or list items. Words in braces, such as <code>{{center}}</code>, \
             are filled in when the text is shown; see <a href=\"#placeholders\">Placeholders</a>.</p>\n",
            thousands(self.records.len())
        );
        self.placeholders();
        self.default_lines();
        let mut groups: BTreeMap<Group, Vec<String>> = BTreeMap::new();
        for key in self.keys() {
            groups
                .entry(Group::of(key))
                .or_default()
                .push(key.to_string());
        }
        for (group, keys) in groups {
            let anchor = group.anchor();
            let _ = write!(
                self.out,
                "<section class=\"group\" id=\"{anchor}\" aria-labelledby=\"{anchor}-h\">\n<h3 id=\"{anchor}-h\">{}</h3>\n",
                esc(&group.title())
            );
            // One table a group, its head repeated on each printed page; a
            // body a key, headed by the key, a row an audience.
            let _ = write!(
                self.out,
                "<table class=\"texts\">\n<caption class=\"vh\">Texts: {}</caption>\n{}",
                esc(&group.title()),
                lang_head()
            );
            for key in keys {
                self.key_block(&key);
            }
            self.out.push_str("</table>\n</section>\n");
        }
        self.out.push_str("</section>\n");
    }

    fn key_block(&mut self, key: &str) {
        let _ = writeln!(
            self.out,
            "<tbody class=\"key\" id=\"{}\"><tr><th colspan=\"{}\" scope=\"rowgroup\"><code>{}</code></th></tr>",
            esc(&format!("k-{key}")),
            Lang::ALL.len() + 1,
            esc(key),
        );
        for audience in Audience::ALL {
            let cells: Vec<Option<usize>> = Lang::ALL
                .iter()
                .map(|l| {
                    self.index
                        .get(&(
                            key.to_string(),
                            l.tag().to_string(),
                            audience.id().to_string(),
                        ))
                        .copied()
                })
                .collect();
            if cells.iter().all(Option::is_none) {
                continue;
            }
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\">{}</th>",
                esc(&audience_label(audience.id()))
            );
            for cell in cells {
                match cell {
                    Some(i) => {
                        let html = self.text_element(i);
                        let _ = write!(self.out, "<td>{html}</td>");
                    }
                    None => self
                        .out
                        .push_str("<td><p class=\"tag\">Not in this language</p></td>"),
                }
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n");
    }

    /// The element that holds exactly one record's text, marked when it
    /// changed, with the old words struck through before it.
    fn text_element(&self, i: usize) -> String {
        let r = &self.records[i];
        let attrs = format!(
            "id=\"{}\" data-key=\"{}\" data-lang=\"{}\" data-audience=\"{}\" lang=\"{}\"",
            esc(&text_id(r)),
            esc(&r.key),
            esc(&r.lang),
            esc(&r.audience),
            esc(&r.lang)
        );
        let text = esc(&r.text);
        match self.change(i) {
            Change::Same => format!("<div class=\"t\" {attrs}>{text}</div>"),
            Change::New => format!(
                "<p class=\"tag\">New since {}:</p><ins class=\"t\" {attrs} data-changed=\"new\">{text}</ins>",
                self.since_name()
            ),
            Change::Changed(old) => format!(
                "<p class=\"tag\">Before:</p><del class=\"t-old\" lang=\"{}\">{}</del>\
                 <p class=\"tag\">Now:</p><ins class=\"t\" {attrs} data-changed=\"changed\">{text}</ins>",
                esc(&r.lang),
                esc(old)
            ),
        }
    }

    fn placeholders(&mut self) {
        let mut used: BTreeMap<&str, usize> = BTreeMap::new();
        let mut marked: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &self.records {
            for name in placeholders(&r.text) {
                *used.entry(name).or_default() += 1;
            }
            for name in markers(&r.text) {
                *marked.entry(name).or_default() += 1;
            }
        }
        let mut marker_rows = String::new();
        for (name, n) in &marked {
            let meaning = marker_meaning(name)
                .map_or_else(|| "Not explained yet: ask the developers.".to_string(), esc);
            let _ = writeln!(
                marker_rows,
                "<tr><th scope=\"row\"><code>[{}]</code></th><td>{meaning}</td><td class=\"n\">{}</td></tr>",
                esc(name),
                thousands(*n)
            );
        }
        let marker_table = if marker_rows.is_empty() {
            String::new()
        } else {
            format!(
                "<p>A line that starts with a marker in brackets shows only where the marker says; \
                 the marker itself is never shown:</p>\n<table>\n<thead><tr><th scope=\"col\">Marker</th>\
                 <th scope=\"col\">The line shows</th><th scope=\"col\">Lines</th></tr></thead>\n\
                 <tbody>\n{marker_rows}</tbody>\n</table>\n"
            )
        };
        let mut rows = String::new();
        for (name, n) in &used {
            let meaning = placeholder_meaning(name)
                .map_or_else(|| "Not explained yet: ask the developers.".to_string(), esc);
            let _ = writeln!(
                rows,
                "<tr><th scope=\"row\"><code>{{{}}}</code></th><td>{meaning}</td><td class=\"n\">{}</td></tr>",
                esc(name),
                thousands(*n)
            );
        }
        let _ = write!(
            self.out,
            "<section id=\"placeholders\" aria-labelledby=\"placeholders-h\">\n<h3 id=\"placeholders-h\">Placeholders</h3>\n\
             <p>The texts are shown below as written. Each word in braces is filled in when the text is shown:</p>\n\
             <table>\n<thead><tr><th scope=\"col\">Placeholder</th><th scope=\"col\">Filled with</th>\
             <th scope=\"col\">Texts using it</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n{marker_table}</section>\n"
        );
    }

    fn default_lines(&mut self) {
        let config = Config::default();
        let helps: Vec<(Lang, Help)> = Lang::ALL
            .iter()
            .map(|&l| (l, Help::new(&config, l)))
            .collect();
        let line_cell = |lang: Lang, line: Option<&crate::config::CrisisLine>| match line {
            None => "<td></td>".to_string(),
            Some(line) => {
                let ways: Vec<String> = actions(line, lang)
                    .into_iter()
                    .map(|(label, _)| format!("<li>{}</li>", esc(&label)))
                    .collect();
                format!(
                    "<td lang=\"{}\"><p><strong>{}</strong></p><ul>{}</ul>{}</td>",
                    lang.tag(),
                    esc(&line.name),
                    ways.concat(),
                    line.note
                        .as_deref()
                        .map(|n| format!("<p>{}</p>", esc(n)))
                        .unwrap_or_default()
                )
            }
        };
        let mut rows = String::new();
        let _ = write!(rows, "<tr><th scope=\"row\">Emergency</th>");
        for (lang, help) in &helps {
            let _ = write!(
                rows,
                "<td lang=\"{}\">{}</td>",
                lang.tag(),
                esc(&emergency_action(&help.emergency, *lang).0)
            );
        }
        rows.push_str("</tr>\n");
        type Pick = fn(&Help) -> Vec<&crate::config::CrisisLine>;
        let kinds: [(&str, Pick); 4] = [
            ("Crisis line", |h| h.lines.iter().collect()),
            ("Not safe at home", |h| h.home_lines.iter().collect()),
            (
                "A child or teen being hurt (with \"not safe at home\", for someone under 18)",
                |h| h.teen_lines.iter().collect(),
            ),
            ("Finding a program (referral)", |h| {
                h.referral.iter().collect()
            }),
        ];
        for (label, pick) in kinds {
            let most = helps.iter().map(|(_, h)| pick(h).len()).max().unwrap_or(0);
            for i in 0..most {
                let number = if most > 1 {
                    format!(" {}", i + 1)
                } else {
                    String::new()
                };
                let _ = write!(rows, "<tr><th scope=\"row\">{label}{number}</th>");
                for (lang, help) in &helps {
                    rows.push_str(&line_cell(*lang, pick(help).get(i).copied()));
                }
                rows.push_str("</tr>\n");
            }
        }
        let _ = write!(
            self.out,
            "<section id=\"default-lines\" aria-labelledby=\"default-lines-h\">\n\
             <h3 id=\"default-lines-h\">The help lines as the default build shows them</h3>\n\
             <p>With no crisis lines of its own in its settings, a center’s carefit shows these (United States \
             numbers), with their names and notes from the texts below and each way to reach them as its button \
             reads. A center that sets its own lines shows those instead.</p>\n\
             <table class=\"texts\">\n{}<tbody>\n{rows}</tbody>\n</table>\n</section>\n",
            lang_head_for("Line")
        );
    }

    fn levels(&mut self, fall: &Fall) {
        let en = Lang::En.catalog();
        let mut level_rows = String::new();
        for (i, l) in Level::ALL.iter().enumerate() {
            let _ = writeln!(
                level_rows,
                "<tr data-level=\"{}\"><th scope=\"row\"><code>{}</code> {}</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                l.id(),
                l.id(),
                esc(en.level(*l).name),
                thousands(fall.levels[i]),
                percent(fall.levels[i], fall.rows)
            );
        }
        let mut flag_rows = String::new();
        let mut left_out = Vec::new();
        for (i, f) in Flag::ALL.iter().enumerate() {
            if !f.in_table() {
                left_out.push(format!("<code>{}</code>", f.id()));
                continue;
            }
            let _ = writeln!(
                flag_rows,
                "<tr data-flag=\"{}\"><th scope=\"row\"><code>{}</code> “{}”</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                f.id(),
                f.id(),
                esc(en.flag(*f).heading),
                thousands(fall.flags[i]),
                percent(fall.flags[i], fall.rows)
            );
        }
        let _ = write!(
            self.out,
            "<section id=\"levels\" aria-labelledby=\"levels-h\">\n<h2 id=\"levels-h\">How the levels fall</h2>\n\
             <p>Over every row of <code>carefit table</code>: each of the {} combinations of the answers the rules \
             read, counted once. These are combinations, not people: they show how the rules divide the answers, \
             not how often a person gets a level.</p>\n\
             <table class=\"counts\">\n<caption>Rows per level</caption>\n\
             <thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Rows</th><th scope=\"col\">Share</th></tr></thead>\n\
             <tbody>\n{level_rows}</tbody>\n</table>\n\
             <table class=\"counts\">\n<caption>Rows where each flag is raised</caption>\n\
             <thead><tr><th scope=\"col\">Flag</th><th scope=\"col\">Rows</th><th scope=\"col\">Share</th></tr></thead>\n\
             <tbody>\n{flag_rows}</tbody>\n</table>\n\
             <p>Not counted, because the table leaves out the answers that raise them (skips, schedule, format, who \
             the answers are about, age, and which substances): {}.</p>\n</section>\n",
            thousands(fall.rows),
            left_out.join(", ")
        );
    }

    fn sign_off(&mut self) {
        let since = self
            .summary()
            .map(|s| format!(" I have read what changed: {s}."))
            .unwrap_or_default();
        let fields = [
            "Name",
            "Role",
            "Licence (type, number, state)",
            "Center",
            "Date",
            "Signature",
        ];
        let rows: String = fields
            .iter()
            .map(|f| format!("<tr><th scope=\"row\">{f}</th><td></td></tr>\n"))
            .collect();
        let _ = write!(
            self.out,
            "<section id=\"sign-off\" aria-labelledby=\"sign-off-h\">\n<h2 id=\"sign-off-h\">Sign-off</h2>\n\
             <p>I have reviewed the rules and the texts in this document and approve them for use by the center \
             named below.{since}</p>\n\
             <dl class=\"facts\">\n<dt>Version signed</dt><dd>carefit {}</dd>\n<dt>Commit</dt><dd><code>{}</code></dd>\n\
             <dt>Clinical specification</dt><dd>{}</dd>\n<dt>Texts</dt><dd>{}</dd>\n<dt>Document made on</dt><dd>{}</dd>\n</dl>\n\
             <table class=\"sign\">\n<caption>Signed by</caption>\n<tbody>\n{rows}</tbody>\n</table>\n</section>\n",
            self.version,
            esc(commit()),
            esc(SPEC_VERSION),
            thousands(self.records.len()),
            today()
        );
    }
}

/// The old and new words of a text in one run: the old struck through,
/// the new marked, the rest as it was. None when less than half the new
/// text was there before: a rewrite reads better whole, old then new.
fn word_by_word(old: &str, new: &str) -> Option<String> {
    let pieces = word_diff(old, new);
    let kept: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Same(s) => s.trim().len(),
            _ => 0,
        })
        .sum();
    if kept * 2 < new.trim().len() {
        return None;
    }
    Some(
        pieces
            .into_iter()
            .map(|piece| match piece {
                Piece::Same(s) => esc(s),
                Piece::Gone(s) => format!("<del>{}</del>", esc(s)),
                Piece::Added(s) => format!("<ins>{}</ins>", esc(s)),
            })
            .collect(),
    )
}

/// The head row of a table with a column per language.
fn lang_head() -> String {
    lang_head_for("For")
}

fn lang_head_for(first: &str) -> String {
    let langs: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<th scope=\"col\" lang=\"{}\">{}</th>",
                l.tag(),
                esc(l.catalog().lang_name)
            )
        })
        .collect();
    format!("<thead><tr><th scope=\"col\">{first}</th>{langs}</tr></thead>\n")
}

/// A commit's first 12 characters, for the page header.
fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_in_the_texts_is_explained() {
        for r in current_texts() {
            for name in placeholders(&r.text) {
                assert!(
                    placeholder_meaning(name).is_some(),
                    "`{{{name}}}` in {} ({}, {}) has no explanation in PLACEHOLDERS",
                    r.key,
                    r.lang,
                    r.audience
                );
            }
        }
    }

    #[test]
    fn every_line_marker_in_the_texts_is_explained() {
        for r in current_texts() {
            for name in markers(&r.text) {
                assert!(
                    marker_meaning(name).is_some(),
                    "`[{name}]` in {} ({}, {}) has no explanation in MARKERS",
                    r.key,
                    r.lang,
                    r.audience
                );
            }
        }
        assert_eq!(
            markers("[us] A.\nB [x] c\n[any] D.\n[R9] no"),
            ["us", "any"]
        );
    }

    #[test]
    fn a_marked_line_is_explained_in_the_document() {
        let mut records = current_texts();
        records[0].text = "[us] Call a US line.\n[any] Call a line.".into();
        let html = render_texts(records, None);
        assert!(html.contains("<th scope=\"row\"><code>[us]</code></th><td>Shown only while the default United States"));
        assert!(html.contains("<th scope=\"row\"><code>[any]</code></th>"));
    }

    #[test]
    fn placeholders_are_read_as_fill_reads_them() {
        assert_eq!(
            placeholders("Call {center} at {phone}."),
            ["center", "phone"]
        );
        assert_eq!(placeholders("a {not one} {x}"), ["x"]);
        assert!(placeholders("{}").is_empty());
    }
}
