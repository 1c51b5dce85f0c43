//! What to say when you call (`data-call-script`): a few lines a frightened
//! person can read out on a first call, built on the device from their
//! answers, in their language and voice (issue 29). Never in a URL, a
//! title or storage: only drawn on the result, and printed with it.
//!
//! The words are the catalog's `call_script`, a line each, each starting
//! with when it is said: `[*]` always, `[level]` when a level is suggested,
//! `[question=option]` when that option is among the answers to a question
//! asked of this person. So a clinician reviews every sentence as written,
//! and nothing is guessed: a line says only what an answer said (never a
//! relation or a gender).

use crate::engine::{Answers, Level, QuestionId};
use crate::i18n::{fill, lower_first, Catalog};

/// When a line of `call_script` is said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When<'a> {
    Always,
    Level,
    Answer(QuestionId, &'a str),
}

/// A line's condition and its words; `None` for a tag that names no
/// question, or no option of it (a catalog's mistake: the native tests
/// refuse it, and the browser leaves the line out).
pub fn parse(line: &str) -> Option<(When<'_>, &str)> {
    let Some(rest) = line.strip_prefix('[') else {
        return Some((When::Always, line));
    };
    let (tag, words) = rest.split_once(']')?;
    let when = match tag {
        "*" => When::Always,
        "level" => When::Level,
        _ => {
            let (question, option) = tag.split_once('=')?;
            let question = QuestionId::from_id(question)?;
            let option = question.option_ids().iter().find(|id| **id == option)?;
            When::Answer(question, option)
        }
    };
    Some((when, words.trim_start()))
}

/// The lines to read out, in the catalog's order, filled from the answers.
pub fn call_script(answers: &Answers, level: Option<Level>, t: &Catalog) -> Vec<String> {
    let substances = substances(answers, t);
    let level_name = level
        .map(|l| lower_first(t.level(l).name))
        .unwrap_or_default();
    t.call_script
        .lines()
        .filter_map(parse)
        .filter(|(when, _)| match when {
            When::Always => true,
            When::Level => level.is_some(),
            When::Answer(question, option) => {
                answers.is_applicable(*question) && answers.selected(*question).contains(option)
            }
        })
        .map(|(_, words)| {
            fill(
                words,
                &[("substances", &substances), ("level", &level_name)],
            )
        })
        .collect()
}

/// "alcohol and opioids", "alcohol, opioids and sedatives"; the catalog's
/// "alcohol or drugs" when none was named.
fn substances(answers: &Answers, t: &Catalog) -> String {
    let names: Vec<String> = answers
        .selected(QuestionId::Substances)
        .into_iter()
        .map(|id| lower_first(t.option_label(QuestionId::Substances, id)))
        .collect();
    match names.split_last() {
        None => t.alcohol_or_drugs.to_string(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), t.list_and),
    }
}
