//! What to say when you call (`carefit::call_script`, issue 29): built from
//! the answers alone, in the person's language and voice, saying only what
//! an answer said.
#![cfg(not(target_arch = "wasm32"))]

use carefit::call_script::{call_script, parse, When};
use carefit::engine::{assess, table_rows, Answers, Level, QuestionId};
use carefit::i18n::{Catalog, Lang};

/// Every catalog a person can read the script from: for oneself, for
/// someone else, and both for mental health alone, in every language.
fn catalogs() -> Vec<(String, &'static Catalog)> {
    let mut all = Vec::new();
    for &lang in Lang::ALL {
        all.push((format!("{lang:?} myself"), lang.catalog()));
        all.push((format!("{lang:?} someone else"), lang.other_catalog()));
        all.push((
            format!("{lang:?} mental health"),
            lang.mental_health_catalog(false),
        ));
        all.push((
            format!("{lang:?} mental health, someone else"),
            lang.mental_health_catalog(true),
        ));
    }
    all
}

/// The English catalog a catalog's script must match, condition for
/// condition: the same audience's.
fn english_of(name: &str) -> &'static Catalog {
    let en = Lang::En;
    match (
        name.contains("mental health"),
        name.contains("someone else"),
    ) {
        (false, false) => en.catalog(),
        (false, true) => en.other_catalog(),
        (true, other) => en.mental_health_catalog(other),
    }
}

fn conditions(t: &'static Catalog) -> Vec<When<'static>> {
    t.call_script
        .lines()
        .filter_map(parse)
        .map(|(w, _)| w)
        .collect()
}

fn answers(json: &str) -> Answers {
    Answers::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// The mother of the issue: her 16-year-old uses opioids daily, gets very
/// sick on stopping, and home is not safe.
const MOTHER: &str = r#"{"age":"under_18","use_frequency":"daily","substances":["opioids"],
  "withdrawal":"strong","medical":"none","self_harm":"no","mental_health":"no",
  "daily_life":"struggling","between_sessions":"no","history":"none","home":"unsafe",
  "commitments":["school"],"time":"full_time","format":"in_person"}"#;

#[test]
fn every_line_says_when_it_is_said_by_a_real_question_and_option() {
    for (name, t) in catalogs() {
        assert!(!t.call_script.is_empty(), "{name}");
        for line in t.call_script.lines() {
            assert!(line.starts_with('['), "{name}: {line:?} has no condition");
            let (when, words) = parse(line).unwrap_or_else(|| panic!("{name}: {line:?}"));
            assert!(
                !words.is_empty() && !words.contains('['),
                "{name}: {line:?}"
            );
            if let When::Answer(question, _) = when {
                // A line about an answer that is never asked would never be said.
                assert_ne!(question, QuestionId::Format, "{name}: {line:?}");
            }
        }
        // Every language says the same things: the same conditions, in order.
        assert_eq!(conditions(t), conditions(english_of(&name)), "{name}");
        // Mental health alone: no line about use, nothing to fill it with.
        if name.contains("mental health") {
            assert!(!t.call_script.contains("{substances}"), "{name}");
            for when in conditions(t) {
                if let When::Answer(question, _) = when {
                    let about_use = matches!(
                        question,
                        QuestionId::UseFrequency | QuestionId::Substances | QuestionId::Withdrawal
                    );
                    assert!(!about_use, "{name}: {question:?}");
                }
            }
        }
    }
    assert_eq!(
        parse("[age=teen] x"),
        None,
        "an option the question does not have"
    );
    assert_eq!(
        parse("[ages=adult] x"),
        None,
        "a question that does not exist"
    );
}

#[test]
fn the_mother_reads_about_her_teen_in_her_own_voice() {
    let a = answers(MOTHER);
    let level = assess(&a).level;
    assert_eq!(level, Some(Level::Res));
    let en = call_script(&a, level, Lang::En.other_catalog());
    assert_eq!(
        en,
        [
            "Hello. I'm calling about someone I care about, to ask about treatment.",
            "They are under 18.",
            "They use opioids every day.",
            "When they cut down or stop, they get very sick.",
            "Where they live isn't safe for them right now.",
            "A self-check suggested this level of care: Residential or inpatient care. Do you offer it?",
            "How soon could they start, and how can I help?",
        ]
    );
    let es = call_script(&a, level, Lang::Es.other_catalog());
    assert_eq!(es[1], "Tiene menos de 18 años.");
    assert_eq!(es[2], "Consume opioides todos los días.");
    assert_eq!(es.len(), en.len());
    // For oneself, the first person.
    let me = call_script(&a, level, Lang::En.catalog());
    assert_eq!(me[1], "I'm under 18.");
    assert_eq!(me[2], "I use opioids every day.");
}

#[test]
fn nothing_is_guessed_and_every_placeholder_is_filled() {
    // No relation or gender in any voice, for any answers of the table.
    let guessed = [
        "he", "she", "his", "her", "him", "son", "daughter", "husband", "wife", "mother", "father",
        "él", "ella", "hijo", "hija", "esposo", "esposa", "madre", "padre",
    ];
    let rows: Vec<_> = table_rows().collect();
    for (name, t) in catalogs() {
        for row in rows.iter().step_by(7) {
            let level = assess(&row.answers).level;
            for line in call_script(&row.answers, level, t) {
                let lower = line.to_lowercase();
                for word in lower.split(|c: char| !c.is_alphabetic()) {
                    assert!(!guessed.contains(&word), "{name}: {word:?} in {line:?}");
                }
                assert!(!line.contains(['{', '}', '[', ']']), "{name}: {line:?}");
            }
        }
    }
}

#[test]
fn it_says_only_what_was_answered() {
    let t = Lang::En.catalog();
    // Nothing answered: a greeting and a question, no level, no use.
    let none = call_script(&Answers::default(), None, t);
    assert_eq!(
        none,
        [
            "Hello. I'm calling for myself, to ask about treatment.",
            "How soon could I start?"
        ]
    );
    // How often, without what: "alcohol or drugs".
    let a = answers(r#"{"use_frequency":"most_days"}"#);
    assert!(call_script(&a, None, t).contains(&"I use alcohol or drugs on most days.".to_string()));
    // Three things named, joined as a sentence joins them.
    let a = answers(r#"{"use_frequency":"daily","substances":["alcohol","opioids","sedatives"]}"#);
    assert!(call_script(&a, None, t)
        .contains(&"I use alcohol, opioids and sedatives every day.".to_string()));
    let es = call_script(&a, None, Lang::Es.catalog());
    assert!(es.contains(&"Consumo alcohol, opioides y sedantes todos los días.".to_string()));
    // Mental health alone: about mental health, not a word of use.
    let a = answers(r#"{"use_frequency":"none","mental_health":"no_care"}"#);
    let lines = call_script(&a, None, Lang::En.mental_health_catalog(false)).join(" ");
    assert!(
        lines.contains("to ask about care for my mental health."),
        "{lines}"
    );
    assert!(lines.contains("no care for them now"), "{lines}");
    assert!(
        !lines.contains("use") && !lines.contains("drink"),
        "{lines}"
    );
    // Thoughts of ending one's life now are said plainly: the script goes
    // with the crisis line's call.
    let a = answers(r#"{"self_harm":"now"}"#);
    assert!(call_script(&a, assess(&a).level, t).contains(
        &"I'm having thoughts of ending my life or hurting myself right now.".to_string()
    ));
}
