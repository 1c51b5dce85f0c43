//! Every catalog is complete, consistent with the engine's ids, and the
//! English stays plain (Flesch–Kincaid grade 8 or lower).
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::{
    assess, table_rows, Answers, Flag, History, Level, QuestionId, RuleId, UseFrequency,
};
use carefit::i18n::{
    Audience, Catalog, Key, Lang, LevelText, QuestionText, Visit, MENTAL_HEALTH_FLAGS,
    MENTAL_HEALTH_QUESTIONS,
};

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

/// The texts of `es` that are the same as `en`'s at the same place and
/// longer than two words: names, numbers and abbreviations may stay the
/// same; sentences may not.
fn untranslated(en: &[&'static str], es: &[&'static str]) -> Vec<&'static str> {
    assert_eq!(en.len(), es.len());
    en.iter()
        .zip(es)
        .filter(|(a, b)| a == b && a.split_whitespace().count() > 2)
        .map(|(a, _)| *a)
        .collect()
}

#[test]
fn spanish_is_a_translation_not_a_copy() {
    let texts = |lang: Lang, audience| -> Vec<&'static str> {
        lang.texts(audience).into_iter().map(|(_, t)| t).collect()
    };
    for audience in Audience::ALL {
        let same = untranslated(&texts(Lang::En, audience), &texts(Lang::Es, audience));
        assert!(same.is_empty(), "{audience:?}: untranslated: {same:?}");
    }
    let en = Lang::En.catalog().all_texts();
    let es = Lang::Es.catalog().all_texts();
    let same = untranslated(&en, &es);
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
        units.push(question_unit(*id, q));
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
    units.push(("next steps".into(), t.result_call_points.lines().collect()));
    // v3: a teen's words, the overdose signs, the emergency result's first
    // step, the two short parts of every result.
    for (name, text) in [
        ("teen family", t.teen_family),
        ("teen sober living", t.teen_sober_living),
        ("teen schedule gap", t.teen_schedule_gap),
        ("overdose signs", t.overdose_signs),
        ("safe first", t.result_safe_first),
        ("paying", t.result_paying),
        ("before the call", t.result_before_call),
    ] {
        let lines = text
            .lines()
            .map(|l| l.trim_start_matches("[us] ").trim_start_matches("[any] "));
        units.push((name.into(), lines.collect()));
    }
    units.extend(level_units(&t.levels));
    units
}

/// A question as a person reads it: heading, why, each option and hint.
fn question_unit(id: QuestionId, q: &QuestionText) -> (String, Vec<&'static str>) {
    let mut parts = vec![q.heading, q.why];
    for o in q.options {
        parts.extend([o.label, o.hint]);
    }
    (format!("question {}", id.id()), parts)
}

/// What the words for mental health alone change, in the units a person
/// reads them in: each reason that can show, the questions of
/// `MENTAL_HEALTH_QUESTIONS`, the flags of `MENTAL_HEALTH_FLAGS`, the levels.
fn mental_health_units(t: &Catalog) -> Vec<(String, Vec<&'static str>)> {
    let mut units: Vec<(String, Vec<&'static str>)> = t
        .reasons
        .lines()
        .enumerate()
        .filter(|(_, r)| !r.is_empty())
        .map(|(i, r)| (format!("reason R{}", i + 1), vec![r]))
        .collect();
    for q in MENTAL_HEALTH_QUESTIONS {
        units.push(question_unit(q, t.question(q)));
    }
    for flag in MENTAL_HEALTH_FLAGS {
        let f = t.flag(flag);
        units.push((
            format!("flag {}", flag.id()),
            [f.heading].into_iter().chain(f.body.lines()).collect(),
        ));
    }
    units.extend(level_units(&t.levels));
    units
}

/// The levels' texts a person reads, a unit per level.
fn level_units(levels: &[LevelText; 4]) -> Vec<(String, Vec<&'static str>)> {
    levels
        .iter()
        .map(|l| {
            let parts = [l.summary, l.why_not_lower, l.week_caption]
                .into_iter()
                .chain(l.fits.lines())
                .chain(l.includes.lines())
                .collect();
            (format!("level {}", l.code), parts)
        })
        .collect()
}

#[test]
fn english_reads_at_grade_8_or_lower() {
    let en = Lang::En;
    let units = [
        ("myself", reading_units(en.catalog())),
        ("someone else", reading_units(en.other_catalog())),
        (
            "mental health",
            mental_health_units(en.mental_health_catalog(false)),
        ),
        (
            "mental health, someone else",
            mental_health_units(en.mental_health_catalog(true)),
        ),
    ];
    let mut too_hard = Vec::new();
    for (audience, units) in units {
        for (name, parts) in units {
            let g = grade(&parts);
            if g > 8.0 {
                too_hard.push(format!("{audience}, {name}: {g:.1}"));
            }
        }
    }
    assert!(too_hard.is_empty(), "above grade 8: {too_hard:#?}");
}

/// Syllables of a Spanish word: a run of vowels is one syllable, except
/// two strong vowels side by side (a, e, o, or an accented í or ú), which
/// are two.
fn sílabas(word: &str) -> usize {
    let strong = |c: char| "aeoáéóíú".contains(c);
    let vowel = |c: char| strong(c) || "iuü".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in word.to_lowercase().chars().filter(|c| c.is_alphabetic()) {
        if vowel(c) {
            match prev {
                Some(p) if vowel(p) && !(strong(p) && strong(c)) => {}
                _ => count += 1,
            }
        }
        prev = Some(c);
    }
    count.max(1)
}

/// Fernández Huerta's reading ease for Spanish (Law's correction): 60 or
/// more reads like grade 8 or lower.
fn facilidad(parts: &[&str]) -> f64 {
    let text = parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches(['.', '!', '?', ':']).to_string() + ".")
        .collect::<Vec<_>>()
        .join(" ");
    let sentences = text.matches(['.', '!', '?']).count().max(1) as f64;
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let syl: usize = words.iter().map(|w| sílabas(w)).sum();
    let n = words.len().max(1) as f64;
    206.84 - 60.0 * (syl as f64 / n) - 1.02 * (n / sentences)
}

#[test]
fn spanish_for_someone_else_and_mental_health_reads_easily() {
    let es = Lang::Es;
    let units = [
        ("someone else", reading_units(es.other_catalog())),
        (
            "mental health",
            mental_health_units(es.mental_health_catalog(false)),
        ),
        (
            "mental health, someone else",
            mental_health_units(es.mental_health_catalog(true)),
        ),
    ];
    let mut too_hard = Vec::new();
    for (audience, units) in units {
        for (name, parts) in units {
            let ease = facilidad(&parts);
            if ease < 60.0 {
                too_hard.push(format!("{audience}, {name}: {ease:.1}"));
            }
        }
    }
    assert!(too_hard.is_empty(), "harder than grade 8: {too_hard:#?}");
}

#[test]
fn the_grade_formula_is_sane() {
    assert!(grade(&["The cat sat on the mat."]) < 2.0);
    assert!(grade(&["Comprehensive multidisciplinary rehabilitation necessitates individualized interdisciplinary coordination."]) > 16.0);
    assert_eq!(syllables("care"), 1);
    assert_eq!(syllables("treatment"), 2);
    assert_eq!(syllables("little"), 2);
}

/// A text's words, lower case, each between spaces: `" do you "` is found
/// in it only as whole words.
fn words_of(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

/// Which of `phrases` (whole words, lower case, `|` between them) `text`
/// holds.
fn phrases_in(text: &str, phrases: &str) -> Vec<String> {
    let words = words_of(text);
    phrases
        .split('|')
        .filter(|p| words.contains(&format!(" {p} ")))
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn the_words_for_someone_else_and_mental_health_fit_the_base_catalog() {
    for lang in Lang::ALL {
        let base = lang.texts(Audience::Myself);
        let base_levels: Vec<_> = base
            .iter()
            .filter(|(key, _)| key.starts_with("levels."))
            .collect();
        let other = lang.texts(Audience::SomeoneElse);
        assert_eq!(other.len(), base.len(), "{lang:?}");
        for ((key, a), (other_key, b)) in base.iter().zip(&other) {
            assert_eq!(key, other_key, "{lang:?}");
            assert_eq!(placeholders(a), placeholders(b), "{lang:?} {key}: {b:?}");
            assert_eq!(a.is_empty(), b.trim().is_empty(), "{lang:?} {key}");
        }
        for audience in [Audience::MentalHealth, Audience::MentalHealthOther] {
            let texts = lang.texts(audience);
            let levels: Vec<_> = texts
                .iter()
                .filter(|(key, _)| key.starts_with("levels."))
                .collect();
            assert_eq!(levels.len(), base_levels.len(), "{lang:?} {audience:?}");
            let questions: Vec<_> = texts
                .iter()
                .filter(|(key, _)| key.starts_with("questions."))
                .collect();
            let rewritten = base
                .iter()
                .filter(|(key, _)| {
                    MENTAL_HEALTH_QUESTIONS
                        .iter()
                        .any(|q| key.starts_with(&format!("questions.{}.", q.id())))
                })
                .count();
            assert_eq!(questions.len(), rewritten, "{lang:?} {audience:?}");
            // The reasons, the questions to ask a program, the emergency
            // result's first step, the family words for a teen, what to say
            // when you call, the questions' texts, 2 texts for each flag it
            // rewrites, the levels.
            assert_eq!(
                texts.len(),
                5 + rewritten + 2 * MENTAL_HEALTH_FLAGS.len() + base_levels.len(),
                "{lang:?} {audience:?}"
            );
            for (key, b) in &texts {
                let (_, a) = base
                    .iter()
                    .find(|(base_key, _)| base_key == key)
                    .unwrap_or_else(|| panic!("{lang:?} {audience:?}: {key} is no base text"));
                // The call script for mental health alone has no line about
                // use, so no `{substances}` (tests/call_script.rs).
                let unused = |name: &&str| key != "call_script" || *name != "substances";
                let mut expected = placeholders(a);
                expected.retain(unused);
                assert_eq!(expected, placeholders(b), "{lang:?} {audience:?} {key}");
            }
            let t = lang.mental_health_catalog(audience == Audience::MentalHealthOther);
            assert_eq!(t.reasons.lines().count(), 20, "{lang:?} {audience:?}");
        }
        assert_eq!(lang.other_catalog().reasons.lines().count(), 20, "{lang:?}");
    }
}

#[test]
fn every_audience_reads_the_same_level_facts() {
    for lang in Lang::ALL {
        let base = &lang.catalog().levels;
        for levels in [
            &lang.other_catalog().levels,
            lang.mental_health_levels(false),
            lang.mental_health_levels(true),
        ] {
            for ((level, a), b) in Level::ALL.iter().zip(base).zip(levels) {
                assert_eq!(b.code, level.id(), "{lang:?}");
                let facts = |l: &LevelText| [l.name, l.lives, l.hours, l.schedule, l.length];
                assert_eq!(facts(a), facts(b), "{lang:?} {}", b.code);
            }
        }
    }
}

#[test]
fn every_question_is_asked_anew_about_someone_else() {
    for lang in Lang::ALL {
        let (mine, theirs) = (lang.catalog(), lang.other_catalog());
        for (id, (a, b)) in QuestionId::ALL
            .iter()
            .zip(mine.questions.iter().zip(&theirs.questions))
        {
            assert_ne!(a.heading, b.heading, "{lang:?} {id:?}: the same heading");
            assert_ne!(a.why, b.why, "{lang:?} {id:?}: the same 'why we ask'");
        }
    }
}

/// Words that would ask the helper about their own use or life, or answer
/// as the person ("I feel", "my cravings"). "I am not sure" and what the
/// helper can do ("you can call") are the helper's own and stay.
const SECOND_PERSON: &str = concat!(
    "you use|you drink|you used|do you|have you|are you|you have|you had|you feel|",
    "you cut|you stop|you need|you live|you get|you see|you take|you just|you could|",
    "would you|you would|your use|your life|your health|your home|your body|your mental|",
    "your physical|your age|your time|your week|your safety|yourself|i have|i feel|",
    "i get|i do not get|i am managing|i cannot|i live|i could|i don't|my",
);

#[test]
fn english_questions_about_someone_else_ask_about_them() {
    let t = Lang::En.other_catalog();
    let mut found = Vec::new();
    for (id, q) in QuestionId::ALL.iter().zip(&t.questions) {
        let texts = [q.heading, q.why, q.topic]
            .into_iter()
            .chain(q.options.iter().flat_map(|o| [o.label, o.hint]));
        for text in texts {
            for phrase in phrases_in(text, SECOND_PERSON) {
                found.push(format!("{id:?}: {phrase:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    assert!(!phrases_in("How often do you use?", SECOND_PERSON).is_empty());
}

/// Spanish words that would give the person (or the reader) a gender.
/// Words that agree with a thing or stay neutral ("un lugar seguro", "las
/// dos cosas juntas", "vida sobria", "a solas", "Listo" for done) are left
/// out.
const GENDERED_ES: &str = concat!(
    "él|ella|solo|sola|sólo|segura|cansado|cansada|preocupado|preocupada|enfermo|",
    "enferma|embarazada|embarazadas|sobrio|confundido|confundida|dispuesto|dispuesta|",
    "internado|internada|juntos|hijo|hija|ayudarlo|ayudarla|acompañarlo|acompañarla|",
    "llevarlo|llevarla|protegerlo|protegerla|lo protege|la protege|bienvenido|",
    "bienvenida",
);

#[test]
fn spanish_for_someone_else_and_mental_health_guesses_no_gender() {
    let mut found = Vec::new();
    for audience in [
        Audience::SomeoneElse,
        Audience::MentalHealth,
        Audience::MentalHealthOther,
    ] {
        for (key, text) in Lang::Es.texts(audience) {
            for word in phrases_in(text, GENDERED_ES) {
                found.push(format!("{audience:?} {key}: {word:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    assert!(!phrases_in("Si está sola, llame.", GENDERED_ES).is_empty());
}

/// Words of a return to drinking or drug use, whole words.
const USING_AGAIN: &str = "used again|using again|use again|started using|volví a|volvió a";

/// The start of words about drugs or alcohol, in either language.
const SUBSTANCE_STEMS: &str = concat!(
    "drug|alcohol|substance|sober|withdraw|detox|craving|relaps|opioid|naloxon|",
    "buprenorph|methadon|naltrexon|acamprosat|narcan|fentanyl|heroin|cocaine|",
    "cannabis|marijuana|sedative|stimulant|overdose|drink|drunk|anon|",
    "droga|sustancia|consum|abstinencia|desintox|sobri|recaíd|metadona|",
    "buprenorfina|fentanilo|heroína|cocaína|marihuana|sedante|estimulante|",
    "sobredosis|beber|bebe|bebida|borrach|naloxona",
);

/// Whole words of using, or of presuming it (having both, dual care),
/// where the word alone ("use", "both") is a common one.
const USE_PHRASES: &str = concat!(
    "people use|you use|they use|use there|using|use again|used again|return to use|",
    "have both|treat both|treats both|treating both|dual|las dos cosas|ganas de|",
    "volví a|volvió a|diagnóstico dual",
);

/// The phrases of `USE_PHRASES` and `USING_AGAIN` that `text` holds.
fn use_words(text: &str) -> Vec<String> {
    let mut found = phrases_in(text, USE_PHRASES);
    found.extend(phrases_in(text, USING_AGAIN));
    found
}

/// The substance stems `text` holds.
fn substance_words(text: &str) -> Vec<&'static str> {
    let words = words_of(text);
    SUBSTANCE_STEMS
        .split('|')
        .filter(|stem| words.contains(&format!(" {stem}")))
        .collect()
}

#[test]
fn the_words_for_mental_health_alone_do_not_speak_of_drugs_or_alcohol() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for audience in [Audience::MentalHealth, Audience::MentalHealthOther] {
            for (key, text) in lang.texts(audience) {
                for stem in substance_words(text) {
                    found.push(format!("{lang:?} {audience:?} {key}: {stem:?} in {text:?}"));
                }
                for phrase in phrases_in(text, USING_AGAIN) {
                    found.push(format!(
                        "{lang:?} {audience:?} {key}: {phrase:?} in {text:?}"
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(substance_words("cravings and detox"), ["detox", "craving"]);
    assert_eq!(
        phrases_in("I have started using again", USING_AGAIN),
        ["using again", "started using"]
    );
}

/// A question's texts, as a person reads them.
fn question_texts(q: &QuestionText) -> Vec<&'static str> {
    let mut texts = vec![q.heading, q.why, q.topic];
    for o in q.options {
        texts.extend([o.label, o.hint]);
    }
    texts
}

/// After `use_frequency` = `none`, every question still asked reads without
/// drugs or alcohol; `MENTAL_HEALTH_QUESTIONS` are exactly those whose
/// journey's own words speak of them or presume them (spec v3).
#[test]
fn every_question_asked_after_no_use_reads_for_mental_health_alone() {
    let answers = Answers {
        use_frequency: Some(UseFrequency::None),
        history: Some(History::Residential),
        ..Answers::default()
    };
    let after: Vec<QuestionId> = answers
        .applicable()
        .skip_while(|q| *q != QuestionId::UseFrequency)
        .skip(1)
        .collect();
    assert!(after.contains(&QuestionId::Since), "{after:?}");
    for lang in Lang::ALL {
        for someone_else in [false, true] {
            let t = lang.mental_health_catalog(someone_else);
            let own = match someone_else {
                true => lang.other_catalog(),
                false => lang.catalog(),
            };
            for &q in &after {
                let speaks = |t: &Catalog| {
                    let question = t.question(q);
                    question_texts(question).into_iter().any(|text| {
                        !substance_words(text).is_empty() || !use_words(text).is_empty()
                    })
                };
                assert!(!speaks(t), "{lang:?} {someone_else} {q:?}");
                assert_eq!(
                    speaks(own),
                    MENTAL_HEALTH_QUESTIONS.contains(&q),
                    "{lang:?} {someone_else} {q:?}"
                );
            }
        }
    }
}

/// With `use_frequency` = `none`, each rule that can fire has a reason for
/// mental health alone and no other has one; each flag that can be raised
/// reads without drugs or alcohol.
#[test]
fn the_words_for_mental_health_alone_cover_every_rule_and_flag_that_can_show() {
    let mut rules = [false; 21];
    // `family` and `adolescent` come from `for_whom` and `age`, no columns.
    let mut flags = vec![Flag::Family, Flag::Adolescent];
    for row in table_rows().filter(|row| row.answers.no_use()) {
        let a = assess(&row.answers);
        for RuleId(id) in a.rules() {
            rules[usize::from(id)] = true;
        }
        flags.extend(
            a.flags
                .iter()
                .filter(|f| !flags.contains(f))
                .collect::<Vec<_>>(),
        );
    }
    assert!(flags.contains(&Flag::CoOccurring) && flags.contains(&Flag::StepDown));
    assert!(!flags.contains(&Flag::WithdrawalMedical));
    for lang in Lang::ALL {
        for someone_else in [false, true] {
            let t = lang.mental_health_catalog(someone_else);
            for id in 1..=20u8 {
                assert_eq!(
                    t.reason(RuleId(id)).is_empty(),
                    !rules[usize::from(id)],
                    "{lang:?} someone else: {someone_else}, R{id}"
                );
            }
            for &flag in &flags {
                let f = t.flag(flag);
                let stems: Vec<_> = [f.heading, f.body, t.flag_body(flag, true)]
                    .into_iter()
                    .flat_map(substance_words)
                    .collect();
                assert!(stems.is_empty(), "{lang:?} {flag:?}: {stems:?}");
            }
        }
    }
}

/// Texts of the catalog's own that a result shows only under a flag.
const SHOWN_WITH: [(&str, Flag); 2] = [
    ("overdose_signs", Flag::OverdoseRisk),
    ("withdrawal_opioids", Flag::WithdrawalMedical),
];

/// The flags a result can raise once `use_frequency` = `none`, over every
/// row of the table, and `family` and `adolescent` (no columns).
fn mental_health_flags() -> Vec<Flag> {
    let mut flags = vec![Flag::Family, Flag::Adolescent];
    for row in table_rows().filter(|row| row.answers.no_use()) {
        for f in assess(&row.answers).flags.iter() {
            if !flags.contains(&f) {
                flags.push(f);
            }
        }
    }
    flags
}

/// Every text a person can be shown once `use_frequency` = `none`, with
/// its key: the whole catalog for mental health alone (oneself or someone
/// else), less what comes before that answer (the start screen, and the
/// question `use_frequency`, whose answer begins the path) and what cannot
/// show on it: the questions not asked, the flags no answer can raise and
/// the texts shown only with one of them (`SHOWN_WITH`), and the words of
/// withdrawal (shown only after an answer about it). The reasons are all
/// kept: those of rules that cannot fire are empty.
fn mental_health_path(
    lang: Lang,
    someone_else: bool,
    flags: &[Flag],
) -> Vec<(String, &'static str)> {
    struct Keyed(Vec<(String, &'static str)>);
    impl Visit for Keyed {
        const KEYS: bool = true;
        const WRITES: bool = false;
        fn text(&mut self, key: Key, text: &mut &'static str) {
            self.0.push((key.name(), *text));
        }
    }
    let none = Answers {
        use_frequency: Some(UseFrequency::None),
        history: Some(History::Residential),
        ..Answers::default()
    };
    let not_shown: Vec<String> = QuestionId::ALL
        .iter()
        .filter(|q| !none.is_applicable(**q) || **q == QuestionId::UseFrequency)
        .map(|q| format!("questions.{}.", q.id()))
        .chain(
            Flag::ALL
                .iter()
                .filter(|f| !flags.contains(f))
                .map(|f| format!("flags.{}.", f.id())),
        )
        .chain(
            SHOWN_WITH
                .iter()
                .filter(|(_, f)| !flags.contains(f))
                .map(|(key, _)| key.to_string()),
        )
        .collect();
    let mut all = Keyed(Vec::new());
    let mut t = *lang.mental_health_catalog(someone_else);
    t.walk(&mut all);
    all.0
        .into_iter()
        .filter(|(key, _)| {
            !key.starts_with("start_")
                && !key.contains("withdrawal")
                // Fills only a call-script line about use: the script for
                // mental health alone has none (tests/call_script.rs).
                && key != "alcohol_or_drugs"
                && !not_shown
                    .iter()
                    .any(|prefix| key.starts_with(prefix.as_str()))
        })
        .collect()
}

/// Spec v3: with `use_frequency` = `none`, no text a person can be shown —
/// a question's why or hint, an option, a reason, a flag, a level, the
/// questions to ask a program — speaks of drinking or drug use or presumes
/// it, in either language, for oneself or for someone else.
#[test]
fn no_text_on_the_path_for_mental_health_alone_speaks_of_drinking_or_drugs() {
    let flags = mental_health_flags();
    assert!(flags.contains(&Flag::CoOccurring) && flags.contains(&Flag::SoberLiving));
    assert!(!flags.contains(&Flag::WithdrawalMedical) && !flags.contains(&Flag::OverdoseRisk));
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for someone_else in [false, true] {
            let path = mental_health_path(*lang, someone_else, &flags);
            let keys: Vec<&str> = path.iter().map(|(k, _)| k.as_str()).collect();
            for key in [
                "reasons",
                "result_questions",
                "result_safe_first",
                "teen_family",
                "teen_sober_living",
                "questions.mental_health.why",
                "questions.home.options.unsafe.hint",
                "flags.co_occurring.body",
                "levels.IOP.includes",
                "crisis.lead",
            ] {
                assert!(
                    keys.contains(&key),
                    "{lang:?} {someone_else}: {key} is not walked"
                );
            }
            assert!(!keys.iter().any(|k| k.starts_with("questions.substances.")));
            for (key, text) in &path {
                let words = substance_words(text)
                    .into_iter()
                    .map(String::from)
                    .chain(use_words(text));
                for word in words {
                    found.push(format!(
                        "{lang:?} someone else: {someone_else}, {key}: {word:?} in {text:?}"
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // The lists find what they are for, in both languages.
    assert_eq!(
        substance_words("Do you offer medicine for opioid or alcohol use?"),
        ["alcohol", "opioid"]
    );
    assert_eq!(
        use_words("People use there, or there is violence."),
        ["people use", "use there"]
    );
    assert_eq!(use_words("Many people have both."), ["have both"]);
    assert_eq!(
        substance_words("Ahí otras personas consumen o beben."),
        ["consum", "bebe"]
    );
    assert_eq!(
        use_words("Muchas personas tienen las dos cosas."),
        ["las dos cosas"]
    );
    assert!(substance_words("Care for your mental health, with a psychiatrist.").is_empty());
}

/// Spec v3 "Words": no promise for a program or an outcome ("keeps you
/// safe", "works better", "most people", "will"), in any audience or
/// language.
const PROMISES: &str = concat!(
    "keeps you safe|keeps them safe|works better|most people|will|",
    "le protege|le da protección|funciona mejor|la mayoría de las personas|",
    "le mostraremos|hablará|le ayudará",
);

#[test]
fn no_text_promises_what_a_program_or_the_future_will_be() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for audience in Audience::ALL {
            for (key, text) in lang.texts(audience) {
                for phrase in phrases_in(text, PROMISES) {
                    found.push(format!(
                        "{lang:?} {audience:?} {key}: {phrase:?} in {text:?}"
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(
        phrases_in(
            "Care around the clock keeps you safe. Most people will",
            PROMISES
        ),
        ["keeps you safe", "most people", "will"]
    );
}

/// Words a teen, or the parent of one, must not read (spec v3, section 4):
/// adult housing, leave from work, an adult deciding alone.
const NOT_FOR_A_TEEN: &str = concat!(
    "sober living|supportive housing|family and medical leave|leave from work|hr team|",
    "an adult usually decides|an adult most often decides|vida sobria|vivienda con apoyo|",
    "licencia|recursos humanos|una persona adulta decide",
);

#[test]
fn a_teens_words_offer_no_adult_housing_no_work_leave_and_a_guardian() {
    for lang in Lang::ALL {
        let catalogs = [
            (Audience::Myself, lang.catalog()),
            (Audience::SomeoneElse, lang.other_catalog()),
            (Audience::MentalHealth, lang.mental_health_catalog(false)),
            (
                Audience::MentalHealthOther,
                lang.mental_health_catalog(true),
            ),
        ];
        for (audience, t) in catalogs {
            let mut teen: Vec<&str> = [Flag::Family, Flag::SoberLiving, Flag::ScheduleGap]
                .iter()
                .map(|f| t.flag_body(*f, true))
                .collect();
            teen.push(t.flag(Flag::Adolescent).body);
            teen.extend(t.levels.iter().map(|l| l.fits));
            for text in teen {
                let found = phrases_in(text, NOT_FOR_A_TEEN);
                assert!(
                    found.is_empty(),
                    "{lang:?} {audience:?}: {found:?} in {text:?}"
                );
            }
            // The words for an adult stay where they belong.
            assert_ne!(
                t.flag_body(Flag::SoberLiving, true),
                t.flag(Flag::SoberLiving).body
            );
            assert_ne!(
                t.flag_body(Flag::ScheduleGap, true),
                t.flag(Flag::ScheduleGap).body
            );
        }
        // A parent reads that a parent or guardian usually agrees, and that
        // a teen can get some care in confidence.
        for t in [lang.other_catalog(), lang.mental_health_catalog(true)] {
            let family = t.flag_body(Flag::Family, true);
            let guardian = ["parent or guardian", "tutela"];
            let confidence = ["in confidence", "confidencial"];
            assert!(
                guardian.iter().any(|w| family.contains(w)),
                "{lang:?}: {family:?}"
            );
            assert!(
                confidence.iter().any(|w| family.contains(w)),
                "{lang:?}: {family:?}"
            );
            assert!(t.flag(Flag::Family).body.lines().count() > 1, "{lang:?}");
        }
    }
}

/// The WhatsApp keyword 442-AYUDAME is shown with the digits a keypad needs.
#[test]
fn whatsapp_is_shown_with_its_digits() {
    for t in [Lang::Es.catalog(), Lang::Es.other_catalog()] {
        let notes: Vec<&str> = t.help.lines.iter().map(|l| l.note).collect();
        let whatsapp = notes
            .iter()
            .find(|n| n.contains("WhatsApp"))
            .expect("WhatsApp");
        assert!(whatsapp.contains("442-298-2363"), "{whatsapp:?}");
    }
}
