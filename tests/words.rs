//! The words loaded on demand (`i18n::words`): a words file, read in the
//! walk's order, lays exactly the someone-else and mental-health catalogs
//! over the base one, and a file that does not fit is refused whole.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::{Flag, ForWhom, QuestionId as Q};
use carefit::flow::{Action, Flow, Words};
use carefit::i18n::{
    overlay, Audience, Catalog, Lang, LevelText, WordsError, MENTAL_HEALTH_FLAGS,
    MENTAL_HEALTH_QUESTIONS,
};

fn words(lang: Lang) -> Vec<String> {
    lang.words().into_iter().map(String::from).collect()
}

fn level_texts(levels: &[LevelText; 4]) -> Vec<&'static str> {
    let mut all = Vec::new();
    for l in levels {
        all.extend([
            l.name,
            l.gloss,
            l.summary,
            l.fits,
            l.includes,
            l.why_not_lower,
        ]);
        all.extend([l.lives, l.hours, l.schedule, l.length, l.supervision]);
        all.push(l.week_caption);
    }
    all
}

#[test]
fn a_words_file_lays_the_other_catalogs_over_the_base_in_order() {
    for &lang in Lang::ALL {
        let o = overlay(lang.catalog(), words(lang)).unwrap();
        let other = lang.other_catalog();
        assert!(o.other.all_texts() == other.all_texts(), "{lang:?}");
        for (laid, someone_else) in [(&o.mental_health, false), (&o.mental_health_other, true)] {
            let mh = lang.mental_health_catalog(someone_else);
            assert!(
                laid.all_texts() == mh.all_texts(),
                "{lang:?} {someone_else}"
            );
            assert_eq!(
                level_texts(&laid.levels),
                level_texts(lang.mental_health_levels(someone_else)),
                "{lang:?}"
            );
            // Mental health alone changes the reasons, the questions to ask
            // a program, the family words for a teen, what to say when you
            // call, the questions of
            // MENTAL_HEALTH_QUESTIONS, the flags of MENTAL_HEALTH_FLAGS and
            // the levels; every other word is the journey's own.
            let mut rest = *laid;
            let own = if someone_else { other } else { lang.catalog() };
            rest.reasons = own.reasons;
            rest.result_questions = own.result_questions;
            rest.result_safe_first = own.result_safe_first;
            rest.teen_family = own.teen_family;
            rest.call_script = own.call_script;
            rest.levels = own.levels;
            for q in MENTAL_HEALTH_QUESTIONS {
                rest.questions[q as usize] = own.questions[q as usize];
            }
            for flag in MENTAL_HEALTH_FLAGS {
                rest.flags[flag as usize] = own.flags[flag as usize];
            }
            assert!(
                rest.all_texts() == own.all_texts(),
                "{lang:?} {someone_else}"
            );
            assert_ne!(laid.reasons, own.reasons, "{lang:?} {someone_else}");
            assert_ne!(
                laid.flag(Flag::CoOccurring).body,
                own.flag(Flag::CoOccurring).body,
                "{lang:?} {someone_else}"
            );
            // Each question rewritten has words of its own: a heading, a
            // "why we ask" or an option's hint.
            let words = |q: &carefit::i18n::QuestionText| {
                let mut all = vec![q.heading, q.why];
                all.extend(q.options.iter().flat_map(|o| [o.label, o.hint]));
                all
            };
            for q in MENTAL_HEALTH_QUESTIONS {
                let (a, b) = (laid.question(q), own.question(q));
                assert_ne!(words(a), words(b), "{lang:?} {someone_else} {q:?}");
                assert_eq!(a.options.len(), b.options.len(), "{lang:?} {q:?}");
            }
            assert_ne!(
                laid.result_questions, own.result_questions,
                "{lang:?} {someone_else}"
            );
            for option in ["cravings", "relapsed"] {
                assert_ne!(
                    laid.option_label(Q::Since, option),
                    own.option_label(Q::Since, option),
                    "{lang:?} {someone_else} {option}"
                );
            }
            assert_ne!(
                laid.option_label(Q::History, "residential"),
                own.option_label(Q::History, "residential"),
                "{lang:?} {someone_else}"
            );
        }
        // Someone else with mental health alone: the other words, those levels.
        assert_eq!(
            o.mental_health_other.question(Q::Age).heading,
            other.question(Q::Age).heading
        );
    }
}

/// A words file holds each catalog for someone else whole, then for each
/// audience with mental health alone the reasons, the questions to ask a
/// program, the emergency result's first step and the family words for a
/// teen and what to say when you call (a text each), each question
/// rewritten (heading, why, topic, a label and a hint for each option), two
/// texts for each flag rewritten, and the levels' texts.
#[test]
fn a_words_file_holds_what_each_audience_reads() {
    for &lang in Lang::ALL {
        let per_level = level_texts(&lang.catalog().levels).len();
        let other = lang.texts(Audience::SomeoneElse).len();
        let questions: usize = MENTAL_HEALTH_QUESTIONS
            .iter()
            .map(|q| 3 + 2 * q.option_ids().len())
            .sum();
        // mental_health, history, since, home.
        assert_eq!(
            questions,
            (3 + 2 * 3) + (3 + 2 * 4) + (3 + 2 * 3) + (3 + 2 * 3)
        );
        let mh = 5 + questions + 2 * MENTAL_HEALTH_FLAGS.len() + per_level;
        assert_eq!(lang.texts(Audience::MentalHealth).len(), mh, "{lang:?}");
        // First the texts the first wasm leaves out (`walk_late`).
        let late = 34 + Q::ALL.len() + carefit::i18n::LATE_FLAGS.len() + 5 * 4;
        assert_eq!(lang.words().len(), late + other + 2 * mh, "{lang:?}");
    }
}

/// What the walk leaves out (level codes, help numbers and keywords) the
/// overlay keeps from the base: the other catalogs must not differ there.
#[test]
fn what_the_words_file_leaves_out_is_the_same_in_every_catalog() {
    fn fixed(t: &Catalog) -> Vec<Option<&'static str>> {
        let mut out: Vec<Option<&str>> = t.levels.iter().map(|l| Some(l.code)).collect();
        let h = &t.help;
        for line in h
            .lines
            .iter()
            .chain(h.home_lines)
            .chain(h.teen_lines)
            .chain([&h.referral])
        {
            out.extend([line.call, line.text, line.tty, line.keyword]);
        }
        out
    }
    for &lang in Lang::ALL {
        assert_eq!(
            fixed(lang.other_catalog()),
            fixed(lang.catalog()),
            "{lang:?}"
        );
        for someone_else in [false, true] {
            let levels = lang.mental_health_levels(someone_else);
            let codes: Vec<_> = levels.iter().map(|l| l.code).collect();
            assert_eq!(codes, ["OUT", "IOP", "PHP", "RES"], "{lang:?}");
        }
    }
}

#[test]
fn a_words_file_of_the_wrong_length_is_refused_with_both_counts() {
    let base = Lang::En.catalog();
    let full = words(Lang::En);
    let n = full.len();
    let short = full[..n - 1].to_vec();
    let err = overlay(base, short)
        .err()
        .expect("one text short is refused");
    assert_eq!(
        err,
        WordsError {
            got: n - 1,
            expected: n
        }
    );
    let message = err.to_string();
    assert!(
        message.contains(&(n - 1).to_string()) && message.contains(&n.to_string()),
        "{message}"
    );
    let mut long = full.clone();
    long.push("one too many".into());
    assert_eq!(
        overlay(base, long).err(),
        Some(WordsError {
            got: n + 1,
            expected: n
        })
    );
    assert!(overlay(base, Vec::new()).is_err());
    // Refusing leaves the base catalog as it was.
    assert_eq!(base.all_texts(), Lang::En.catalog().all_texts());
    assert_eq!(
        base.question(Q::UseFrequency).heading,
        Lang::En.catalog().question(Q::UseFrequency).heading
    );
}

#[test]
fn every_language_has_a_words_file_of_the_same_shape() {
    let n = Lang::En.words().len();
    for &lang in Lang::ALL {
        assert_eq!(lang.words().len(), n, "{lang:?}");
        for audience in Audience::ALL {
            assert!(!lang.texts(audience).is_empty());
        }
        // The myself catalog's keys are the someone-else catalog's.
        let keys = |a| {
            lang.texts(a)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(Audience::Myself), keys(Audience::SomeoneElse));
        assert_eq!(
            keys(Audience::MentalHealth),
            keys(Audience::MentalHealthOther)
        );
    }
}

#[test]
fn the_flow_decides_which_words_a_journey_reads() {
    let start = |a| Flow::default().apply(a);
    assert!(start(Action::Start).words().base());
    let other = start(Action::StartFor(ForWhom::SomeoneElse));
    assert_eq!(
        other.words(),
        Words {
            someone_else: true,
            mental_health: false
        }
    );
    let none = other.apply(Action::Choose(Q::UseFrequency, vec!["none".into()]));
    assert_eq!(
        none.words(),
        Words {
            someone_else: true,
            mental_health: true
        }
    );
    let mine = start(Action::Start).apply(Action::Choose(Q::UseFrequency, vec!["none".into()]));
    assert_eq!(
        mine.words(),
        Words {
            someone_else: false,
            mental_health: true
        }
    );
    let using = mine.apply(Action::Choose(Q::UseFrequency, vec!["daily".into()]));
    assert!(using.words().base());
    assert!(start(Action::StartFor(ForWhom::Myself)).words().base());
}

/// The texts the first wasm leaves out (`late!`: empty there) come with
/// the words file, for the journey about oneself too.
#[test]
fn the_words_file_brings_the_texts_the_first_wasm_leaves_out() {
    for &lang in Lang::ALL {
        let full = lang.catalog();
        // The base catalog as the browser's build has it.
        struct Blank;
        impl carefit::i18n::Visit for Blank {
            const KEYS: bool = false;
            const WRITES: bool = false;
            fn text(&mut self, _: carefit::i18n::Key, text: &mut &'static str) {
                *text = "";
            }
        }
        let mut wasm = *full;
        wasm.walk_late(&mut Blank);
        assert!(wasm.result_paying.is_empty() && wasm.levels[1].week_caption.is_empty());
        let o = overlay(&wasm, words(lang)).unwrap();
        assert!(o.myself.all_texts() == full.all_texts(), "{lang:?}");
        assert!(
            o.other.all_texts() == lang.other_catalog().all_texts(),
            "{lang:?}"
        );
        assert!(!o.other.result_before_call.is_empty());
        assert!(!o.mental_health.result_paying.is_empty());
    }
}

/// One source for every line (spec v3): no sentence of any catalog, for any
/// audience, names a help line or its number; those come from `help.rs`
/// and the center's config, and the help lines' own names and notes are the
/// only texts about them.
#[test]
fn no_catalog_sentence_names_a_line_or_a_number() {
    const LINES: [&str; 12] = [
        "911",
        "988",
        "741741",
        "1-800",
        "211",
        "88788",
        "SAMHSA",
        "Crisis Text Line",
        "Lifeline",
        "Childhelp",
        "Hotline",
        "AYUDA",
    ];
    let mut read = 0;
    for &lang in Lang::ALL {
        for audience in Audience::ALL {
            for (key, text) in lang.texts(audience) {
                if key.starts_with("help.") {
                    continue;
                }
                for line in LINES {
                    assert!(
                        !text.contains(line),
                        "{lang:?} {} {key} names {line}: {text}",
                        audience.id()
                    );
                }
                read += 1;
            }
        }
    }
    assert!(read > 1_500, "{read}");
}
