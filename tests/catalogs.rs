//! Every catalog is complete, consistent with the engine's ids, and the
//! English stays plain (Flesch–Kincaid grade 8 or lower).
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::{Flag, Level, QuestionId};
use carefit::i18n::{Catalog, Lang};

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort();
    out
}

#[test]
fn every_catalog_uses_the_engines_ids_in_order() {
    for lang in Lang::ALL {
        let t = lang.catalog();
        // The order of questions and flags, and each question's option ids,
        // are checked as the catalog compiles (`by_id!`, `options!`).
        assert_eq!(t.questions.len(), QuestionId::ALL.len());
        for (q, text) in QuestionId::ALL.iter().zip(&t.questions) {
            assert_eq!(text.options.len(), q.option_ids().len(), "{lang:?} {q:?}");
            assert_eq!(t.question(*q).heading, text.heading);
        }
        assert_eq!(t.flags.len(), Flag::ALL.len());
        assert_eq!(t.reasons.lines().count(), 20, "{lang:?}: a reason per rule");
        for (level, text) in Level::ALL.iter().zip(&t.levels) {
            assert_eq!(text.code, level.id(), "{lang:?}");
        }
    }
}

#[test]
fn every_catalog_has_every_text_with_the_same_placeholders() {
    let en = Lang::En.catalog().all_texts();
    assert!(en.len() > 250, "{} texts", en.len());
    for lang in Lang::ALL {
        let texts = lang.catalog().all_texts();
        assert_eq!(
            texts.len(),
            en.len(),
            "{lang:?} has a different number of texts"
        );
        for (a, b) in en.iter().zip(&texts) {
            assert_eq!(placeholders(a), placeholders(b), "{lang:?}: {b:?} vs {a:?}");
            assert!(!b.trim().is_empty());
        }
    }
}

#[test]
fn spanish_is_a_translation_not_a_copy() {
    let en = Lang::En.catalog().all_texts();
    let es = Lang::Es.catalog().all_texts();
    // Names, numbers and abbreviations may stay the same; sentences may not.
    let same: Vec<&&str> = en
        .iter()
        .zip(&es)
        .filter(|(a, b)| a == b && a.split_whitespace().count() > 2)
        .map(|(a, _)| a)
        .collect();
    assert!(same.is_empty(), "untranslated: {same:?}");
}

/// Terms a clinician and a center must use; each is shown with a plain
/// gloss beside it, so they are left out of the reading-grade count.
const GLOSSED_TERMS: &[&str] = &[
    "Partial hospitalization",
    "Intensive outpatient",
    "Standard outpatient",
    "Residential or inpatient care",
    "medically supervised withdrawal",
    "dual diagnosis",
];

fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && w[n - 2] != 'l' && !vowel(w[n - 2]) {
        count -= 1;
    }
    count.max(1)
}

/// Flesch–Kincaid grade of a text whose parts each count as a sentence.
fn grade(parts: &[&str]) -> f64 {
    let mut text = parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches(['.', '!', '?', ':']).to_string() + ".")
        .collect::<Vec<_>>()
        .join(" ");
    for term in GLOSSED_TERMS {
        text = text
            .replace(term, "care")
            .replace(&term.to_lowercase(), "care");
    }
    let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len().max(1) as f64;
    0.39 * (n / sentences) + 11.8 * (syl as f64 / n) - 15.59
}

/// The English a person reads, in the units they read it in.
fn reading_units(t: &Catalog) -> Vec<(String, Vec<&'static str>)> {
    let mut units = vec![
        (
            "start".to_string(),
            [t.start_heading, t.start_lead]
                .into_iter()
                .chain(t.start_points.lines())
                .collect(),
        ),
        (
            "crisis".into(),
            vec![
                t.crisis.heading,
                t.crisis.lead,
                t.crisis.go_on_note,
                t.crisis.emergency_note,
            ],
        ),
        (
            "help".into(),
            vec![t.crisis.help_heading, t.crisis.help_lead],
        ),
        (
            "help lines".into(),
            t.help
                .lines
                .iter()
                .chain(t.help.home_lines)
                .chain([&t.help.referral])
                .map(|l| l.note)
                .collect(),
        ),
        (
            "failure".into(),
            vec![t.crisis.loading, t.crisis.failed, t.crisis.crashed],
        ),
        (
            "result".into(),
            vec![
                t.result_none_body,
                t.result_not_diagnosis,
                t.result_no_reasons,
                t.result_next_no_center,
                t.result_not_offered,
                t.withdrawal_opioids,
                t.start_events_point,
            ],
        ),
    ];
    for (id, q) in QuestionId::ALL.iter().zip(&t.questions) {
        let mut parts = vec![q.heading, q.why];
        for o in q.options {
            parts.extend([o.label, o.hint]);
        }
        units.push((format!("question {}", id.id()), parts));
    }
    for (i, r) in t.reasons.lines().enumerate() {
        units.push((format!("reason R{}", i + 1), vec![r]));
    }
    for (id, f) in Flag::ALL.iter().zip(&t.flags) {
        units.push((
            format!("flag {}", id.id()),
            [f.heading].into_iter().chain(f.body.lines()).collect(),
        ));
    }
    for l in &t.levels {
        let parts = [l.summary, l.why_not_lower, l.week_caption]
            .into_iter()
            .chain(l.fits.lines())
            .chain(l.includes.lines())
            .collect();
        units.push((format!("level {}", l.code), parts));
    }
    units
}

#[test]
fn english_reads_at_grade_8_or_lower() {
    let mut too_hard = Vec::new();
    for (name, parts) in reading_units(Lang::En.catalog()) {
        let g = grade(&parts);
        if g > 8.0 {
            too_hard.push(format!("{name}: {g:.1}"));
        }
    }
    assert!(too_hard.is_empty(), "above grade 8: {too_hard:#?}");
}

#[test]
fn the_grade_formula_is_sane() {
    assert!(grade(&["The cat sat on the mat."]) < 2.0);
    assert!(grade(&["Comprehensive multidisciplinary rehabilitation necessitates individualized interdisciplinary coordination."]) > 16.0);
    assert_eq!(syllables("care"), 1);
    assert_eq!(syllables("treatment"), 2);
    assert_eq!(syllables("little"), 2);
}
