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

/// When a line of `call_script` is said, as the native checks and the
/// review read it (`carefit review` explains each condition).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When<'a> {
    Always,
    Level,
    Answer(QuestionId, &'a str),
}

/// A line's condition and its words; `None` for a tag that names no
/// question, or no option of it (a catalog's mistake: the native tests
/// refuse it, and the browser never says the line).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(line: &str) -> Option<(When<'_>, &str)> {
    let (tag, words) = split(line)?;
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
    Some((when, words))
}

/// A line's tag and its words: `[tag] words`. Char patterns only: a
/// string pattern would bring the wasm a substring searcher.
fn split(line: &str) -> Option<(&str, &str)> {
    let (tag, words) = line.strip_prefix('[')?.split_once(']')?;
    Some((tag, words.strip_prefix(' ').unwrap_or(words)))
}

/// Whether a line tagged `tag` is said. Plain string matches: the first
/// wasm carries this, and it must stay small (the 110 KB guard).
fn said(tag: &str, answers: &Answers, level: Option<Level>) -> bool {
    match tag.split_once('=') {
        Some((question, option)) => QuestionId::from_id(question)
            .is_some_and(|q| answers.is_applicable(q) && answers.selected(q).contains(&option)),
        None => tag == "*" || (tag == "level" && level.is_some()),
    }
}

/// The lines to read out, in the catalog's order, filled from the answers.
pub fn call_script(answers: &Answers, level: Option<Level>, t: &Catalog) -> Vec<String> {
    let substances = substances(answers, t);
    let level_name = level.map_or("", |l| t.level(l).name);
    let values = [("substances", substances.as_str()), ("level", level_name)];
    t.call_script
        .lines()
        .filter_map(split)
        .filter(|(tag, _)| said(tag, answers, level))
        .map(|(_, words)| fill(words, &values))
        .collect()
}

/// "alcohol and opioids", "alcohol, opioids and sedatives"; the catalog's
/// "alcohol or drugs" when none was named.
fn substances(answers: &Answers, t: &Catalog) -> String {
    let ids = answers.selected(QuestionId::Substances);
    if ids.is_empty() {
        return t.alcohol_or_drugs.to_string();
    }
    let mut out = String::new();
    for (i, id) in ids.iter().enumerate() {
        if i + 1 == ids.len() && i > 0 {
            out.push(' ');
            out.push_str(t.list_and);
            out.push(' ');
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&lower_first(t.option_label(QuestionId::Substances, id)));
    }
    out
}
